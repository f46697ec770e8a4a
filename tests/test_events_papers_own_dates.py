"""Whose date a clause gives: the paper's own business or the inspection cycle's milestone.

A date is the time of the nearest thing named before it in its clause. A report, a set of minutes or a
decision notice dates its own business as well as the milestones it tells of: the meetings of the council's
committees and the papers put to them, its consultations and events, its budget and timetables, its own
documents, rehearsals and the rules it works under. One rule (``events.decide.papers_own``) gives such a date
to that thing, never to the milestone named before it; the milestone keeps its own dates.
"""

from __future__ import annotations

import pytest

from pipeline.extract import events
from pipeline.extract.common.structure import segment
from pipeline.records import Page

INSPECTED = "Ofsted and the CQC carried out an area SEND inspection of the partnership in March 2024. "


def milestones(*texts: str) -> list[tuple[str, str, str | None]]:
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    return [(e.type, e.start_date, e.end_date) for e in events.extract(doc)]


def later(text: str) -> list[tuple[str, str, str | None]]:
    """The milestones of ``text`` after an inspection named in the sentence before it."""
    return [m for m in milestones(INSPECTED + text) if m != ("inspection", "2024-03", None)]


@pytest.mark.parametrize("text", [
    # a paper put to a committee, and when
    "The committee agreed the improvement plan and asked to receive a progress report in January 2026.",
    "That the forward plan be agreed, with the addition of the SEND improvement plan update report in May 2026.",
    # the council's budget, set on its own date
    "Note the extra funding for the action plan's delivery, as agreed in the budget set by Council on 4 March 2025.",
    # a committee's next meeting, after a re-visit named before it
    "The delegation lets the evidence be signed off in time if the re-visit is announced before Cabinet next meets "
    "on 12 February 2026.",
    # the paper's own document, refreshed on its own date
    "The area expects to be inspected again by 2027; the partnership's self-evaluation was refreshed in June 2025.",
    # an event of the paper's, where it is held, and one of a series
    "Families who want to know more about the inspection can come to a drop-in session at Riverside Community "
    "Centre on 14 May 2025.",
    "The next full inspection is due within five years; until then Ofsted will hold annual engagement meetings with "
    "the partnership, the first of which took place on 2 June 2025.",
    # a rule, with its participle after a comma
    "The area may be inspected under the new framework, introduced in January 2023, at any time.",
    # a session with a body named with its place, after a re-visit named before it
    "The panel will receive a report at each meeting until the re-visit, and will hold a joint session with the "
    "Health Scrutiny Committee for Exampleshire on 9 October 2025.",
    # the money for the plan, agreed by its own body on its own date
    "The Priority Action Plan is funded within the budget, including £2m of one-off investment agreed by Council "
    "on 12 February 2025.",
    # a date of an action's own timetable, under a plan
    "The Board is asked to approve the revised completion date of 30 November 2025 for action 2.1 of the Priority "
    "Action Plan.",
])
def test_a_date_of_the_papers_own_business_is_no_milestone(text):
    assert later(text) == []


@pytest.mark.parametrize("text, expected", [
    # the body that agreed a plan, named as the verb's agent, dates the approval
    ("The Priority Action Plan was agreed by Cabinet on 9 July 2024.", [("progress-plan", "2024-07-09", None)]),
    # a plan sent to those who judge it keeps its date; put to a committee, the date is the committee's
    ("The Priority Action Plan was submitted to Ofsted on 2 May 2024.", [("progress-plan", "2024-05-02", None)]),
    ("That the Priority Action Plan be presented to the Committee at its meeting on 16 September 2024.", []),
    # the monitors' own meetings are their reviews
    ("The DfE and NHS England reviewed progress at meetings on 4 June 2024 and 3 December 2024.",
     [("monitoring", "2024-06-04", None), ("monitoring", "2024-12-03", None)]),
])
def test_the_milestone_keeps_its_own_dates(text, expected):
    assert later(text) == expected


def test_a_verb_whose_subject_is_the_papers_own_acts_on_no_milestone():
    assert later("The consultation timetable was agreed on 3 April 2025.") == []
    assert later("The improvement plan was agreed on 3 April 2025.") == [("progress-plan", "2025-04-03", None)]


def test_a_pronoun_stands_for_the_papers_own_document_named_just_before():
    text = ("The updated strategic plan was published on 30 January 2025. The self-evaluation at Appendix 2 was "
            "prepared by the SEND Partnership Board. It was agreed by the Board on 10 December 2024.")
    assert later(text) == [("progress-plan", "2025-01-30", None)]
    # ... but stands for the plan when the plan is what the sentence before spoke of
    assert later("The SEND improvement plan was written with families. It was agreed by the Board on 10 December "
                 "2024.") == [("progress-plan", "2024-12-10", None)]


def test_a_draft_put_before_a_board_is_a_step_of_the_papers_timetable():
    assert later("A draft of the refreshed SEND strategy will be presented to the Partnership Board in May 2025.") == []
    assert later("The improvement plan will be presented to the SEND Partnership Board in May 2025.") == [
        ("progress-plan", "2025-05", None)]


@pytest.mark.parametrize("text", [
    "A mock re-visit with peer reviewers will take place on 14 and 15 October 2021.",
    "Evidence was tested at a practice re-visit held in November 2021.",
])
def test_a_rehearsal_of_a_visit_is_no_visit(text):
    assert later(text) == []


@pytest.mark.parametrize("text", [
    "APP area 1 | Gaps in therapy services | A joint commissioning plan for therapies has been agreed with the ICB, "
    "and a new service began in May 2024. | Green",
    "Waiting times fell after the workforce plan for therapists, agreed by the ICB on 2 October 2024, was delivered.",
])
def test_a_plan_of_another_name_is_not_the_areas_plan(text):
    assert later("The Accelerated Progress Plan was submitted in April 2024. " + text) == [
        ("progress-plan", "2024-04", None)]


def test_a_date_in_a_tables_row_is_not_the_header_lines():
    text = ("The Accelerated Progress Plan was submitted in April 2024.\n"
            "Area of weakness Progress since the revisit RAG\n"
            "The quality of EHC plans. | Audits in September 2024 rated 70% of plans good. | Amber\n")
    assert milestones(text) == [("progress-plan", "2024-04", None)]
