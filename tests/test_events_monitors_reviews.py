"""The monitors' reviews of the area's plan, named by the review or by the plan reviewed.

The DfE and NHS England review an area's progress against its WSoA, APP or priority action plan. A paper
names such a review by a counted noun with its kind before it ("the first monitoring review of the plan",
"the second progress review"), or says the plan "would be reviewed" where the monitors are named in the same
sentence; either is a monitoring milestone. A plan reviewed where no monitor is named (a board's own review)
is not.
"""

from __future__ import annotations

import pytest

from pipeline.extract import events
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def milestones(*texts: str) -> list[tuple[str, str, str | None]]:
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    return sorted((e.type, e.start_date, e.end_date) for e in events.extract(doc))


@pytest.mark.parametrize("text, expected", [
    ("The Department for Education and NHS England will hold the first monitoring review of the plan in "
     "September 2025, and reviews every six months thereafter.", [("monitoring", "2025-09", None)]),
    ("The DfE held the second progress review of the Priority Action Plan on 4 March 2025.",
     [("monitoring", "2025-03-04", None)]),
])
def test_a_counted_review_with_its_kind_is_the_monitors(text, expected):
    assert milestones(text) == expected


def test_the_plan_reviewed_where_the_monitors_are_named_is_their_review():
    text = ("The DfE and NHS England will go on monitoring the two areas through an Accelerated Progress Plan, which "
            "must be submitted by 31 October 2023 and will be reviewed for the first time in February 2024.")
    assert milestones(text) == [("monitoring", "2024-02", None), ("progress-plan", "2023-10-31", None)]


def test_a_plan_reviewed_where_no_monitor_is_named_is_no_milestone():
    text = ("The Accelerated Progress Plan was submitted on 31 October 2023. The SEND Board agreed that the plan "
            "would be reviewed by its members in February 2024.")
    assert milestones(text) == [("progress-plan", "2023-10-31", None)]


def test_the_monitors_most_recent_review():
    text = "Progress has been good, and the DfE's most recent review, on 12 March 2024, recognised it."
    assert milestones(text) == [("monitoring", "2024-03-12", None)]


def test_their_officials_reviewing_progress_after_the_monitors_are_named():
    text = ("The DfE and NHS England required an Accelerated Progress Plan. Since then, officials have reviewed "
            "progress at meetings on 3 October 2023 and 9 April 2024.")
    assert milestones(text) == [("monitoring", "2023-10-03", None), ("monitoring", "2024-04-09", None)]


def test_officials_of_no_monitor_review_nothing():
    assert milestones("The council's officials reviewed progress on the road scheme on 3 October 2023.") == []


def test_a_review_at_meetings_with_the_monitors_abbreviated_in_brackets():
    """"reviewed by the Department for Education (DfE) and NHS England at six-monthly meetings, the last of
    which took place on D": the bracketed abbreviation is part of the name, not a break of the verb's clause."""
    doc = segment([Page(1, "The WSoA was declared fit for purpose on 23 August 2022. Progress was then reviewed by "
                           "the Department for Education (DfE) and NHS England at six-monthly meetings, the last of "
                           "which took place on 12 September 2024.")])
    assert ("monitoring", "2024-09-12") in [(e.type, e.start_date) for e in events.extract(doc)]


def test_progress_reviewed_with_no_agent_after_the_monitors_are_named():
    """"The APP was agreed by the DfE in June 2023. Progress had since been reviewed in July 2023 and January
    2024.": progress reviewed, no agent given, right after the monitors are named, is their review."""
    doc = segment([Page(1, "The APP was submitted on 28 April 2023 and agreed by the Department for Education in June "
                           "2023. Progress had since been reviewed in July 2023 and January 2024.")])
    found = [(e.type, e.start_date) for e in events.extract(doc)]
    assert ("monitoring", "2023-07") in found and ("monitoring", "2024-01") in found


def test_progress_reviewed_by_a_committee_is_no_monitoring():
    doc = segment([Page(1, "The APP was agreed by the Department for Education in June 2023. Progress has been "
                           "reviewed by the Scrutiny Committee in July 2023.")])
    assert ("monitoring", "2023-07") not in [(e.type, e.start_date) for e in events.extract(doc)]
