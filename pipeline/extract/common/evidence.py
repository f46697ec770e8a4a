"""Evidence: weak cues combined into one decision per candidate, with the reason kept.

Rules that gate on one feature ("the intro must end with a colon", "an officer is whoever has a
job title nearby") are right on the documents they were written on and wrong elsewhere,
because councils phrase the same thing many ways. A reader instead proposes candidates
generously and collects cues about each: every cue is a small, independent piece of evidence
(the intro names weaknesses; the stated count matches the items; the item judges provision),
weighted by how much it says, positive or negative. A candidate is kept when the sum reaches the
decision's one threshold. The cues that fired are written into the fact's ``evidence`` column,
so a researcher sees why a row is there and a developer sees why a miss was missed.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cue:
    """One piece of evidence: ``name`` like ``intro:areas-for-improvement`` and its weight."""

    name: str
    weight: float

    def __str__(self) -> str:
        return f"{self.name} {self.weight:+g}"


@dataclass
class Evidence:
    """The cues collected for one candidate."""

    cues: list[Cue] = field(default_factory=list)

    def add(self, name: str, weight: float, value: object = None) -> "Evidence":
        """Record a cue; ``value`` (a count, a label) is appended as ``name:value``."""
        self.cues.append(Cue(f"{name}:{value}" if value is not None else name, weight))
        return self

    def when(self, condition: object, name: str, weight: float, value: object = None) -> "Evidence":
        """Record the cue only when ``condition`` holds: reads like a list of rules."""
        if condition:
            self.add(name, weight, value)
        return self

    def extend(self, other: "Evidence") -> "Evidence":
        self.cues.extend(other.cues)
        return self

    @property
    def score(self) -> float:
        return sum(cue.weight for cue in self.cues)

    def passes(self, threshold: float) -> bool:
        return self.score >= threshold

    def has(self, prefix: str) -> bool:
        return any(cue.name == prefix or cue.name.startswith(prefix + ":") for cue in self.cues)

    def reason(self) -> str:
        """The cues that fired, strongest first: what goes into a fact's ``evidence`` column."""
        ordered = sorted(self.cues, key=lambda cue: -abs(cue.weight))
        return "; ".join(str(cue) for cue in ordered)


def because(*names: str) -> str:
    """Evidence for a fact a single structural rule decides (a date's grammar, a labelled field)."""
    return "; ".join(names)
