"""A date that restates a period counted from a milestone is the period's end, not the milestone's date.

"The plan must be submitted within 30 working days of publication of the report, that is by 13 June 2025":
the report's publication starts the period, and "that is by D" says when the period ends; the date is the
deadline of what the period bounds (the plan's submission), never the report's publication.
"""

from __future__ import annotations

import pytest

from pipeline.extract import events
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def milestones(*texts: str) -> list[tuple[str, str, str | None]]:
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    return sorted((e.type, e.start_date, e.end_date) for e in events.extract(doc))


@pytest.mark.parametrize("text", [
    "The Priority Action Plan must be submitted to Ofsted within 30 working days of publication of the report, that "
    "is by 20 March 2025.",
    "The partnership must submit its Priority Action Plan to Ofsted within 30 working days of the report's "
    "publication, i.e. by 20 March 2025.",
])
def test_the_restated_end_of_a_period_is_the_deadline_of_the_plan(text):
    assert milestones(text) == [("progress-plan", "2025-03-20", None)]


def test_the_publication_keeps_a_date_of_its_own():
    assert milestones("The SEND inspection report was published on 6 February 2025.") == [
        ("outcome-letter", "2025-02-06", None)]
