"""What a plan's monitors (the DfE's and NHS England's advisers at a review meeting) say about progress since the
inspection, or ask the partnership to do next, is commentary on progress, not a finding: "at the review, advisers
noted that X", "the advisers asked the partnership to Y". So is a clause that reports figures moving from one value
to another. The inspection's own findings on the same page are still taken."""

from __future__ import annotations

from pipeline.extract.weaknesses import item_cues
from tests.weakness_pages import texts

REVIEW = (
    "3.1 Ofsted and the CQC inspected the local area in March 2024. Inspectors found that children wait too long\n"
    "for an occupational therapy assessment, and that the quality of EHC plans is too variable.\n"
    "3.2 A Priority Action Plan was agreed in June 2024. At the first review meeting, on 9 October 2024, the\n"
    "advisers noted that the number of open assessments had fallen from 310 in June to 204 in September, but that\n"
    "the backlog of annual reviews remained too high. The advisers asked the partnership to publish a trajectory for\n"
    "annual reviews and to show how the views of young people shape the plan. The next review is due in March 2025.\n"
)


def test_advisers_commentary_and_requests_are_not_findings():
    found = texts(REVIEW)
    assert not any("backlog" in text or "trajectory" in text or "views of young people" in text for text in found)
    assert not any("fallen from" in text for text in found)


def test_the_inspection_findings_on_the_same_page_are_kept():
    found = texts(REVIEW)
    assert any("occupational therapy" in text for text in found)
    assert any("quality of EHC plans" in text for text in found)


def test_the_speaker_is_the_monitor_only_when_the_advisers_speak():
    assert item_cues.last_speaker("At the second review, advisers noted that ") == "monitor"
    assert item_cues.last_speaker("The DfE and NHS England advisers said that ") == "monitor"
    assert item_cues.last_speaker("Inspectors found that ") == "inspection"
    assert item_cues.monitor_speaks("The advisers asked the partnership to ")
    assert item_cues.monitor_speaks("The SEND advisers were concerned that ")
    assert not item_cues.monitor_speaks("The report of the advisers was received. Inspectors found that ")


def test_figures_moving_are_a_progress_report():
    assert item_cues.MOVED_FIGURES.search("the proportion issued on time rose from 12% to 47%")
    assert item_cues.MOVED_FIGURES.search("waits had fallen from 40 weeks in May to 22")
    assert not item_cues.MOVED_FIGURES.search("too many children wait more than 18 weeks for an assessment")


DIRECTION = (
    "Appendix 2 - The statutory direction and the areas of significant weakness\n"
    "The Ofsted and CQC re-visit found insufficient progress in three of the areas of significant weakness.\n"
    "The direction requires the Council to:\n"
    "• work with the adviser appointed by the Secretary of State and share the information asked for;\n"
    "• set up an improvement board with an independent chair;\n"
    "• report progress to the Department every quarter.\n"
)

REQUIRED_PLAN = (
    "2.4 The re-visit by Ofsted and the CQC in May 2022 found that the area had made sufficient progress in two of\n"
    "its five areas of significant weakness. Because the area had not made sufficient progress in all of its areas,\n"
    "the Department for Education has required an Accelerated Progress Plan. The plan is attached.\n"
)


def test_a_directions_requirements_are_not_findings():
    assert texts(DIRECTION) == []


def test_the_plan_required_after_a_verdict_is_not_a_finding():
    assert not any("Accelerated Progress Plan" in text for text in texts(REQUIRED_PLAN))
    assert item_cues.PLAN_REQUIRED.search("the Department requires a written statement of action")
    assert not item_cues.PLAN_REQUIRED.search("the lack of a clear improvement plan")
