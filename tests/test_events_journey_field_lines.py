"""A journey or timeline page's "When:" line dates the milestone its heading names.

"Stage 1: the 2019 inspection" | "When: 4th to 8th March 2019": the field line has dates and no milestone; the
heading just above names it. Read as one sentence, the heading's milestone takes the line's dates, and a verb on
the line ("When: submitted D1; judged fit for purpose D2") acts on what the heading names.
"""

from __future__ import annotations

from pipeline.extract import events
from pipeline.extract.common.structure import segment
from pipeline.records import Page

PAGE = ("This page tells how the local area partnership responded to the SEND inspections of its services.\n\n"
        "Stage 1: the 2019 inspection\n\nWhen: 4th to 8th March 2019\n\n"
        "Ofsted and the CQC inspected the local area under the framework then in use.\n\n"
        "Stage 2: our Written Statement of Action\n\nWhen: submitted 20th June 2019; judged fit for purpose "
        "2nd August 2019\n\nThe statement set out 30 actions.\n\n"
        "Stage 3: what happens next\n\nWhen: 2026\n\nWe will keep this page up to date.")


def milestones(*texts: str) -> list[tuple[str, str, str | None]]:
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    return [(e.type, e.start_date, e.end_date) for e in events.extract(doc)]


def test_a_when_line_dates_the_milestone_its_heading_names():
    found = milestones(PAGE)
    assert ("inspection", "2019-03-04", "2019-03-08") in found
    assert ("wsoa-submitted", "2019-06-20", None) in found
    assert ("wsoa-approved", "2019-08-02", None) in found


def test_a_when_line_under_a_heading_that_names_no_milestone_makes_none():
    assert milestones("Stage 3: what happens next\n\nWhen: 14th May 2026\n\nWe will keep this page up to date.") == []
