"""Decisions for dates: which readings of the grammar stand, and why.

A date is kept as the grammar reads it, with the form that read it as its
evidence (``grammar:day-month-year``). One decision weighs context: a
"from X to Y" range after words of a change of date ("a delay ... from Dec 25
to Jun 26") is two dates, the old and the new, not a period.
"""

from __future__ import annotations

from pipeline.extract.common.evidence import Evidence
from pipeline.extract.dates import cues
from pipeline.extract.dates.grammar import Context, Found, scan

RESCHEDULED = 2.0  # threshold: a range is a change of date
WEIGHTS = {"before:change-of-date": 2, "range:from-to": 1, "ends:both-dates": 0}


def rescheduled(text: str, found: Found) -> Evidence:
    """The cues that a range in ``text`` is a change of date rather than a period."""
    ev = Evidence()
    before = text[max(0, found.start - cues.RESCHEDULED_REACH):found.start]
    ev.when(cues.RESCHEDULED.search(before), "before:change-of-date", WEIGHTS["before:change-of-date"])
    ev.when(cues.RANGE_FROM.match(text, found.start), "range:from-to", WEIGHTS["range:from-to"])
    return ev


def _ends(text: str, found: Found, ctx: Context) -> list[Found]:
    """The two dates of a "from X to Y", each read on its own, with page positions."""
    span = text[found.start:found.end]
    join = cues.JOIN.search(span)
    if not join:
        return []
    parts = [(found.start, found.start + join.start()), (found.start + join.end(), found.end)]
    ends = []
    for start, end in parts:
        read = scan(text[start:end], ctx)
        if len(read) != 1:
            return []
        f = read[0]
        ends.append(Found(start + f.start, start + f.end, f.start_date, f.end_date, f.form))
    return ends


def decide(text: str, found: list[Found], ctx: Context) -> list[tuple[Found, str]]:
    """Each reading kept, with its evidence; a change of date's range as its two ends."""
    out = []
    for f in found:
        if f.end_date:
            ev = rescheduled(text, f)
            if ev.passes(RESCHEDULED) and (ends := _ends(text, f, ctx)):
                out += [(e, f"grammar:{e.form}; " + ev.reason()) for e in ends]
                continue
        out.append((f, f"grammar:{f.form}"))
    return out
