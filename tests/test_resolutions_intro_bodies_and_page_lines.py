"""Resolutions: a closing intro that names the decider again ("It was resolved that the Committee:"), a body
named by its common noun ("The committee noted ..."), a work programme noted, the last minutes' approval run in
after a title, and the lines of a decision page that are no clause (fields, linked documents, meeting links).
The sentences are invented."""

from __future__ import annotations

from pipeline.extract import resolutions
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def texts(text: str) -> list[str]:
    return [r.text for r in resolutions.extract(segment([Page(1, text)]))]


def test_closing_intro_naming_the_body_over_capitalised_verb_clauses():
    found = texts("Minutes\nIt was resolved that the Panel:\n1. Note the findings of the review visit.\n"
                  "2. Ask for a further report in the autumn.\n")
    assert found == ["Note the findings of the review visit.", "Ask for a further report in the autumn."]


def test_body_resolved_to_without_the_article():
    found = texts("Item 6 Inclusion Strategy\nThe officer introduced the paper.\nCabinet resolved to:\n"
                  "1. Approve the inclusion strategy for consultation.\n2. Note the timetable for the review.\n")
    assert found == ["Approve the inclusion strategy for consultation.", "Note the timetable for the review."]


def test_lower_case_body_and_commission_in_narrative():
    assert texts("7. Therapy services\nThe committee noted the update and asked that the new waiting times be "
                 "shared with members.\n") == [
        "The committee noted the update and asked that the new waiting times be shared with members."]
    assert texts("Item 3 Transport\nThe Commission agreed to write to the minister about school transport costs.\n") == [
        "The Commission agreed to write to the minister about school transport costs."]


def test_inspectorate_named_commission_is_no_decider():
    assert texts("The Care Quality Commission noted that waiting lists had grown in the north of the county.\n") == []


def test_work_programme_noted_beside_formal_decisions():
    found = texts("4. Budget\nRESOLVED that the budget report be noted.\n5. Work programme\n"
                  "The Board noted the work programme. The next meeting would be held in the spring.\n")
    assert "The Board noted the work programme." in found


def test_minutes_approval_after_a_long_title_or_run_in_lines():
    # the minute's title run into the approval's block by the reader
    assert texts("Minutes of 3 June 2024 and any matters arising The minutes were agreed as an accurate record.\n") == ["The minutes were agreed as an accurate record."]
    assert texts("Also present: Ms A Example (Healthwatch) Action HB12 MINUTES OF THE LAST MEETING The Minutes of the "
                 "meeting held on 2 May 2024 having been circulated were signed as a correct record.\n") == [
        "The Minutes of the meeting held on 2 May 2024 having been circulated were signed as a correct record."]


def test_decision_page_lines_that_are_no_clause():
    found = texts("Decision:\nDecision status: Recommendations Approved\nThat the strategy be approved.\n"
                  "Supporting documents:\nDecision:\nInclusion Strategy refresh 12/03/2025\nCabinet 12/03/2025 Item 4\n"
                  "Annex A - Strategy document PDF 312 KB\n")
    assert found == ["That the strategy be approved."]


def test_objects_of_an_intro_with_its_own_verb_are_kept():
    found = texts("Decision:\nThe Leader agreed:\n(a) the Capital Programme for School Places 2025-28\n")
    assert found == ["the Capital Programme for School Places 2025-28"]


def test_report_field_run_into_the_last_recommendation_is_cut():
    found = texts("The Board is recommended to:\n1. Comment on the draft improvement plan.\n"
                  "2. Agree to receive quarterly updates on the plan.\nOther options considered: None. The plan is a "
                  "statutory duty.\n")
    assert found[-1] == "Agree to receive quarterly updates on the plan."


def test_narrative_decision_dated_to_another_day_is_background():
    # (in a report that prints what it asks formally; the weight of the date alone is not enough elsewhere)
    found = texts("2. Recommendations\nThe Committee is asked to:\n(a) note the progress made since the plan was "
                  "submitted.\n3. Background\n3.1 The area was inspected in March 2024.\n3.2 Cabinet endorsed the "
                  "inclusion plan on 4 June 2024, and it was sent to the department on 20 June 2024.\n")
    assert found == ["note the progress made since the plan was submitted."]


def test_a_meeting_held_on_a_date_is_no_other_days_decision():
    found = texts("RESOLVED that the report be noted.\n9. Date of next meeting\n"
                  "The Committee noted that its next meeting is to be held on 3 July 2025.\n")
    assert "The Committee noted that its next meeting is to be held on 3 July 2025." in found


def test_where_the_recommendations_are_printed_is_no_recommendation():
    assert texts("Recommendations\nThe recommendations are set out at the start of the covering report.\n") == []
