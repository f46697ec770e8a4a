"""Findings set apart by layout under a bare label naming them ("Area for priority action 2", "Significant weakness
3", a shaded box's "Area of significant weakness 1 | <the finding>" row, or a topic heading "Priority action 1: <topic>"
over "What the report said:" and the quoted finding): each is one item of the findings, the paragraph below the label
(or the row's cell), never the action table, the "What we have done" text or the report's next paragraph after it.
Invented pages."""

from __future__ import annotations

from pipeline.extract.weaknesses.headed import REPORT_WORDS, run_in_label
from pipeline.extract.weaknesses.items import parse_marker
from tests.weakness_pages import texts

BARE_LABELS = (
    "Ofsted and the CQC inspected the Eastvale local area partnership in May 2025. The plan answers each area.\n"
    "Area for priority action 1\n"
    "Leaders across the partnership should urgently reduce the time families wait for EHC needs assessments.\n"
    "Ref Action Lead By\n"
    "1.1 | Recruit six more case officers | Head of SEN | Jun 2025\n"
    "Area for priority action 2\n"
    "Leaders in the ICB should shorten the waits for therapy and keep families informed while they wait.\n"
    "Ref Action Lead By\n"
    "2.1 | Commission extra therapy sessions | ICB Director | Sep 2025\n"
)


def test_each_bare_label_heads_its_finding_over_an_action_table():
    assert texts(BARE_LABELS) == [
        "Leaders across the partnership should urgently reduce the time families wait for EHC needs assessments.",
        "Leaders in the ICB should shorten the waits for therapy and keep families informed while they wait.",
    ]


TOPIC_HEADINGS = (
    "Ofsted and the CQC inspected the Northmere local area partnership in January 2025.\n\n"
    "Priority action 1: assessments\n\n"
    "What the report said:\n"
    "\"Leaders should make sure that EHC needs assessments are finished within twenty weeks.\"\n\n"
    "What we have done:\n"
    "We have recruited four more coordinators.\n\n"
    "Priority action 2: therapy waits\n\n"
    "What the report said:\n"
    "\"The ICB should cut the waits for speech and language therapy in the north of the county.\"\n\n"
    "What we have done:\n"
    "We opened a new clinic in the spring.\n"
)


def test_the_quoted_finding_under_a_topic_heading_is_the_item_not_the_response():
    found = texts(TOPIC_HEADINGS)
    assert any("EHC needs assessments are finished within twenty weeks" in text for text in found)
    assert any("speech and language therapy in the north" in text for text in found)
    assert not any("recruited four more" in text or "new clinic" in text for text in found)


BOXED_ROWS = (
    "Southfield local area Accelerated Progress Plan, following the Ofsted and CQC revisit letter.\n"
    "Area of significant weakness 1 | The poor quality of EHC plans and the weak advice from health services.\n"
    "Ref Action Lead Milestone\n"
    "1a | Audit every new plan | Principal EP | Jan 2023\n"
    "Area of significant weakness 2 | Families wait too long for autism assessments and get little help meanwhile.\n"
    "Ref Action Lead Milestone\n"
    "2a | Open a second assessment clinic | ICB lead | Mar 2023\n"
)


def test_a_labelled_box_row_is_its_cell_alone():
    assert texts(BOXED_ROWS) == [
        "The poor quality of EHC plans and the weak advice from health services.",
        "Families wait too long for autism assessments and get little help meanwhile.",
    ]


NOTE_AND_NEXT_PARAGRAPH = (
    "The revisit letter from Ofsted and the CQC set out its findings on each weakness in turn.\n"
    "Weakness 1\n"
    "The lack of a shared strategy for SEND across the council and the health services in the borough area.\n"
    "Finding at revisit: the area has made sufficient progress in addressing this significant weakness.\n"
    "Weakness 2\n"
    "The inconsistent quality of the advice from health and social care that goes into EHC plans here.\n"
    "3.2 The plan sets out the actions the partnership will take on this remaining weakness.\n"
)


def test_a_finding_under_a_bare_label_stops_at_a_run_in_note_or_the_next_numbered_paragraph():
    found = texts(NOTE_AND_NEXT_PARAGRAPH)
    assert "The inconsistent quality of the advice from health and social care that goes into EHC plans here." in found
    assert not any("Finding at revisit" in text or "3.2" in text or "The plan sets out" in text for text in found)


def test_labels_naming_findings_are_markers_that_say_what_they_head():
    for label in ("Area for priority action 2", "Area of significant weakness 1", "Significant weakness 3",
                  "Areas for improvement 4"):
        marker = parse_marker(label)
        assert marker is not None and marker.names_weakness, label
    assert not parse_marker("Area 2: Support in schools").names_weakness
    assert parse_marker("Area of significant weakness 1 | The poor quality of plans.").length == len(
        "Area of significant weakness 1 | ")


def test_sub_labels_and_run_in_labels():
    assert REPORT_WORDS.match("What the report said:") and REPORT_WORDS.match("In the inspectors' words:")
    assert not REPORT_WORDS.match("What we are doing:")
    assert run_in_label("Our assessment: some progress, but it is early.")
    assert run_in_label("What we have done. We opened a clinic.")
    assert not run_in_label("Leaders should improve X: a plan")
    assert not run_in_label("the partnership: a note")
