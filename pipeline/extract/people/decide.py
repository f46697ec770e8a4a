"""The two decisions about people, each one sum of weighed cues against one threshold.

1. Is a candidate a person? The cues of candidates.py (strong ones weigh
   ``ACCEPT`` alone, weak ones a fraction of it, cues against weigh below
   zero) are summed; a candidate at ``ACCEPT`` or over is a person.
2. Of what kind? Every cue of cues.py argues for one kind (officer, member,
   other) with a weight; a person's cues are those of the role stated for them
   and of every mention's context, each distinct cue counted once at its
   strongest. The kind with the most weight wins; a small prior for
   ``officer`` speaks when nothing else does (minutes name officers by name
   and members by title), and on a tie the kind argued for first wins.

What decided goes into the person's ``evidence``: the cues that made the
name a person, then the kind and the cues weighed for it.
"""

from __future__ import annotations

from pipeline.extract.common.evidence import Evidence
from pipeline.extract.people.cues import KindCue, chair_cues, honorific_cues, role_cues

ACCEPT = 3.0  # the one threshold for "is a person"
OFFICER_PRIOR = KindCue("officer", "prior", 0.5)
KINDS = ("officer", "member", "other")


def score(cues: list[tuple[str, float]]) -> float:
    return sum(weight for _, weight in cues)


def accepted(cues: list[tuple[str, float]]) -> bool:
    return score(cues) >= ACCEPT


def decide_kind(role: str | None, honorific: str | None, context: list[KindCue]) -> tuple[str, Evidence]:
    """The kind a person's cues add up to, and the evidence for it."""
    cues = _distinct(chair_cues(role_cues(role), honorific) + honorific_cues(honorific) + context + [OFFICER_PRIOR])
    totals = {kind: sum(c.weight for c in cues if c.kind == kind) for kind in KINDS}
    best = max(totals.values())
    kind = next(c.kind for c in cues if totals[c.kind] == best)
    evidence = Evidence()
    for cue in cues:
        evidence.add(f"{cue.kind}:{cue.name}", cue.weight if cue.kind == kind else -cue.weight)
    return kind, evidence


def _distinct(cues: list[KindCue]) -> list[KindCue]:
    """Each (kind, cue name) once, at its strongest, in first-seen order."""
    kept: dict[tuple[str, str], KindCue] = {}
    for cue in cues:
        key = (cue.kind, cue.name)
        if key not in kept or cue.weight > kept[key].weight:
            kept[key] = cue
    return list(kept.values())


def kind_of(role: str | None, honorific: str | None, hint: str | None) -> str:
    """The kind from a role, an honorific and one context hint (a shorthand for tests and callers
    with a single mention)."""
    context = [KindCue(hint, "context", 2.0)] if hint else []
    return decide_kind(role, honorific, context)[0]


def person_evidence(found: list[tuple[str, float]], kind: str, kind_evidence: Evidence) -> str:
    """``found:list +3; kind:officer; officer:section:officers +2; ...``: why a row is there."""
    found_part = "; ".join(f"{name} {weight:+g}" for name, weight in sorted(found, key=lambda c: -abs(c[1])))
    return "; ".join(part for part in (found_part, f"kind:{kind}", kind_evidence.reason()) if part)
