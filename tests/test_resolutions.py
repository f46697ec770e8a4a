"""Resolutions and recommendations: one clause per item, its kind, label and action."""

from __future__ import annotations

import pytest

from pipeline.extract import resolutions
from pipeline.extract.resolutions.actions import action_of
from pipeline.extract.resolutions.clauses import split_inline
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def extract(*texts: str):
    doc = segment([Page(i + 1, text) for i, text in enumerate(texts)])
    found = resolutions.extract(doc)
    for r in found:  # provenance holds for every fact
        assert doc.page_text(r.page)[r.char_start:r.char_end] == r.quote
        assert r.quote
        assert r.evidence  # and says which cues decided it
    return found


def rows(*texts: str):
    return [(r.kind, r.label, r.text, r.action) for r in extract(*texts)]


# ---------------------------------------------------------------- minutes


PDF_MINUTES = """\
86. Minutes of the Meeting held on 9th January 2025
(Item 3)
RESOLVED that the minutes of the meeting on 9 January 2025 were a correct record
and that they be signed by the Chair
87. Budget Monitoring
(Item 4)
1. Mr Oakford introduced the report and explained that the forecast overspend had
reduced since the last quarter, although pressures remained in social care.
2. RESOLVED that Cabinet agree to:
A) Note the forecast revenue overspend of £23.3m (excluding Schools).
b) Agree the Capital budget changes.
c) Delegate authority to the Director of Public Health, in consultation with the
relevant Corporate Directors, to take relevant actions.
88. Commissioning Plan
(Item 5)
1. Mr Love introduced the report which set out the plan for the next four years and
thanked officers for their work on it.
2. RESOLVED that Cabinet considered the proposed amendments and endorsed the draft
budget to be presented to County Council on 13th February for final decisions.
"""


def test_minutes_resolved_that_carries_its_own_clause():
    found = rows(PDF_MINUTES)
    assert found[0] == ("resolution", None, "RESOLVED that the minutes of the meeting on 9 January 2025 were a "
                        "correct record and that they be signed by the Chair", "approved")
    assert found[-1][1] == "2." and found[-1][2].startswith("RESOLVED that Cabinet considered")
    assert found[-1][3] == "endorsed"  # a framing "considered" gives way


def test_resolved_intro_gives_one_clause_per_letter():
    found = rows(PDF_MINUTES)
    letters = [f for f in found if f[1] in ("A)", "b)", "c)")]
    assert [f[2] for f in letters] == [
        "Note the forecast revenue overspend of £23.3m (excluding Schools).",
        "Agree the Capital budget changes.",
        "Delegate authority to the Director of Public Health, in consultation with the relevant Corporate "
        "Directors, to take relevant actions.",
    ]
    assert [f[3] for f in letters] == ["noted", "agreed", "delegated"]
    assert len(found) == 5  # the narrative paragraphs are not resolutions


def test_resolved_dash_with_lettered_clauses_and_their_bullets():
    text = ("At the conclusion of the discussion the recommendations were agreed.\n\n"
            "Resolved –\n\n"
            "(a) That the Joint Written Statement of Action be noted.\n\n"
            "(b) That the following next steps be approved:\n\n"
            "· That a detailed action plan is prepared.\n\n"
            "· That a report be brought back to Cabinet in six months.\n\n"
            "Supporting documents:")
    found = rows(text)
    assert [f[1] for f in found] == ["(a)", "(b)"]
    assert found[1][2] == ("That the following next steps be approved: · That a detailed action plan is prepared. "
                           "· That a report be brought back to Cabinet in six months.")
    assert found[1][3] == "approved"


def test_decision_page_with_unnumbered_that_clauses():
    text = ("Decision:\n\nThat the Joint Written Statement of Action be noted.\n\n"
            "That the following next steps be approved:\n\n· That a detailed action plan is prepared.\n\n"
            "· That the SEND action plan be presented to the Panel.\n\nPublication date: 11/02/2022")
    found = rows(text)
    assert len(found) == 2
    assert all(kind == "resolution" and label is None for kind, label, _, _ in found)
    assert found[1][2].endswith("· That the SEND action plan be presented to the Panel.")


def test_decision_then_resolved_committee_intro_without_colon():
    text = ("Decision:\n\nRESOLVED: That the People Overview and Scrutiny Committee\n\n"
            "a) Noted the updates in the report.\n\nb) Agreed to set up a Task and Finish Panel.\n\n"
            "Minutes:\n\nThe Chair invited Ms Smith to address the Committee.")
    assert rows(text) == [("resolution", "a)", "Noted the updates in the report.", "noted"),
                          ("resolution", "b)", "Agreed to set up a Task and Finish Panel.", "agreed")]


def test_record_of_decision_clause_without_a_verb_takes_the_intros():
    text = ("Decision:\nCabinet agree to:\nA) the Commissioning Plan for Education Provision 2025-29\n"
            "Reason(s) for decision:\nThe plan sets out how the council will meet its duty.")
    assert rows(text) == [("resolution", "A)", "the Commissioning Plan for Education Provision 2025-29", "agreed")]


def test_roman_numbered_clauses_after_resolved_colon():
    text = ("Resolved: That the Health and Wellbeing Board:\n\n"
            "i) Received and considered the Improvement Plan.\n\n"
            "ii) Considered the first assessment of progress and would expect regular updates.")
    found = rows(text)
    assert [f[1] for f in found] == ["i)", "ii)"]
    assert [f[3] for f in found] == ["received", "considered"]


def test_list_steps_over_sub_headings_between_clauses():
    text = ("(27) RESOLVED that:\n"
            "County Council, having given due regard to the report, is asked to agree the\n"
            "following:\n"
            "Capital Programme\n"
            "(a) The 10-year Capital programme and investment proposals of £1,419m.\n"
            "(b) The directorate capital programmes as set out in the appendices.\n"
            "Council Tax\n"
            "(c) To increase Council Tax band rates up to the maximum permitted.\n"
            "291. Next item\n")
    found = rows(text)
    assert [f[1] for f in found] == ["(a)", "(b)", "(c)"]
    assert found[0][3] == "agreed"


def test_inline_numbered_clauses_are_split():
    text = "RESOLVED: (1) That the report be noted; (2) That the action plan be approved for publication."
    found = rows(text)
    assert [(f[1], f[2]) for f in found] == [("(1)", "That the report be noted;"),
                                             ("(2)", "That the action plan be approved for publication.")]


def test_that_the_report_be_noted_is_a_resolution():
    assert rows("RESOLVED - That the report be noted.")[0][2] == "RESOLVED - That the report be noted."


# ---------------------------------------------------------------- not resolutions


def test_bare_recommendations_agreed_and_motion_carried_are_not_resolutions():
    assert rows("Recommendations Agreed.") == []
    assert rows("RESOLVED accordingly.") == []
    assert rows("At the conclusion of the discussion the recommendations were agreed.") == []


def test_motion_and_lost_amendment_wording_is_not_a_resolution():
    text = ("15) Mr Streatfeild proposed and Mr Sole seconded the following amendment:\n\n"
            "“County Council is asked to:\n\n"
            "(1) Endorse the ongoing joint work between the councils on devolution.\n\n"
            "(2) Expect there to be as much transparency as possible in this process.”\n\n"
            "Amendment lost.")
    assert rows(text) == []


def test_unheaded_that_clauses_after_a_proposer_are_a_motion():
    text = ("It was proposed by Cllr Sutton seconded by Cllr Taylor\n\n"
            "(a) That the findings of Ofsted be welcomed and noted.\n\n(b) That the action plan be approved.")
    assert rows(text) == []


def test_reason_for_decision_and_questions_are_not_resolutions():
    text = ("Decision:\n\n(a) That the report be noted.\n\nReason for decision:\n\n"
            "To ensure the Council meets the requirement of the inspection.\n\n"
            "Members of Cabinet are asked to consider whether they have an interest.")
    assert [f[2] for f in rows(text)] == ["That the report be noted."]


# ---------------------------------------------------------------- recommendations


REPORT_PAGE = """\
Summary: This report proposes the transfer of the service to the adult directorate
so that young adults receive support from adult social care.
Recommendation(s):
Cabinet is asked to:
A. Agree to TRANSFER the statutory functions of the service to the Adult
Directorate from 1 April 2025; and
B. DELEGATE authority to the Corporate Director to take the relevant actions.
1. Introduction
1.1 Transitions is the process of a young person moving into adulthood, and
the service oversees it for those with learning and physical disabilities.
"""
REPORT_BODY = """\
10. Conclusions
10.1 It is proposed to transfer the statutory functions of the service to the
adult directorate.
Recommendation(s):
Cabinet is asked to:
A. Agree to TRANSFER the statutory functions of the service to the Adult
Directorate from 1 April 2025; and
B. DELEGATE authority to the Corporate Director to take the relevant actions;
11. Background Documents
"""


def test_report_recommendations_listed_once_though_printed_twice():
    found = extract(REPORT_PAGE, REPORT_BODY)
    assert [(r.kind, r.label, r.action, r.page) for r in found] == [
        ("recommendation", "A.", "agreed", 1), ("recommendation", "B.", "delegated", 1)]
    assert found[0].text.endswith("to the Adult Directorate from 1 April 2025; and")


def test_inline_recommendation_label_is_dropped_from_the_text():
    text = ("Recommendation(s): Cabinet is asked to NOTE the Quarter 3 Performance Report\n"
            "and the actions being taken to address areas where performance is not as targeted.\n"
            "1. Introduction\n")
    assert rows(text) == [("recommendation", None, "Cabinet is asked to NOTE the Quarter 3 Performance Report and "
                           "the actions being taken to address areas where performance is not as targeted.", "noted")]


def test_numbered_recommendation_section_in_markdown():
    text = ("## **1. Recommendation(s)**\n\n"
            "### **1.1 O&S to review the written statement of action and provide feedback.**\n\n"
            "## **2. Introduction and Background**\n\n2.1 Ofsted require the plan to cover the areas.\n\n"
            "## **4. Reason for Recommendation**\n\n4.1 Scrutiny has a clear governance responsibility.\n\n"
            "### **7.2 Legal**\n\nThe Committee is asked to note the report content under its terms of reference.")
    assert rows(text) == [("recommendation", "1.1",
                           "O&S to review the written statement of action and provide feedback.", "reviewed")]


def test_standalone_asked_to_intro_opens_recommendations():
    text = "The Committee is recommended to:\n\n(a) note the report;\n\n(b) approve the revised plan."
    assert [(f[0], f[1]) for f in rows(text)] == [("recommendation", "(a)"), ("recommendation", "(b)")]


# ---------------------------------------------------------------- unheaded and narrative forms


def test_unheaded_that_clauses_on_a_decision_page_dedupe_with_the_resolved_copy():
    text = ("Agenda item\n\nSEND Update\n\n"
            "1. That the statutory direction set out at Appendix 3 be noted.\n\n"
            "2. To receive SEND update reports on a quarterly basis.\n\n"
            "The Lead Member introduced the report.\n\nResolved –\n\n"
            "(a) That the statutory direction set out at Appendix 3 be noted.\n\n"
            "(b) To receive SEND update reports on a quarterly basis.")
    found = rows(text)
    assert [f[1] for f in found] == ["(a)", "(b)"]  # the formal copy wins
    assert [f[3] for f in found] == ["noted", "received"]


def test_that_cabinet_notes_is_a_resolution():
    text = ("27/10/2021 - SEND Transformation\n\n"
            "1. That Cabinet notes the work being undertaken and endorses the strategic priorities.\n\n"
            "Reasons for Decisions:\n\nThe council is two years into a programme.")
    assert rows(text) == [("resolution", "1.", "That Cabinet notes the work being undertaken and endorses the "
                           "strategic priorities.", "noted")]


def test_it_was_agreed_in_capitals_gives_the_sentence_as_written():
    # the gold keeps "It was AGREED that ..." as printed (GUIDELINES: "the clause as written"), as it
    # keeps "RESOLVED that ..."; the narrative after the sentence is not part of it
    text = ("Members were reminded of the key areas of concern.\n\n"
            "It was AGREED that a link to the improvement page be circulated to members of the board. "
            "Members enquired into the response.")
    assert rows(text) == [("resolution", None, "It was AGREED that a link to the improvement page be circulated to "
                           "members of the board.", "agreed")]


def test_narrative_decisions_when_no_formal_resolution():
    text = ("Members were reminded of the key areas of concern.\n\n"
            "It was noted that health assessments had been delivered in a timely manner.\n\n"
            "The Cabinet Member noted the £15 million secured for the recovery plan.\n\n"
            "The Committee confirmed the minutes of the meeting held on 25 November 2021 as a correct record.")
    assert rows(text) == [("resolution", None, "The Committee confirmed the minutes of the meeting held on "
                           "25 November 2021 as a correct record.", "confirmed")]


def test_minutes_submitted_and_approved_as_a_correct_record():
    # narrative minutes: the last minutes "were submitted and approved", no "RESOLVED" anywhere
    text = ("12/07 MINUTES - WESTSHIRE LEARNING PANEL - 4 MARCH 2025\n\n"
            "The minutes of the meeting of the Westshire Learning Panel held on 4 March 2025 were submitted and "
            "approved as a correct record.\n\n12/08 SEND UPDATE\n\nThe Head of SEND presented the report.")
    found = rows(text)
    assert [f[2] for f in found] == ["The minutes of the meeting of the Westshire Learning Panel held on 4 March 2025 "
                                     "were submitted and approved as a correct record."]


def test_narrative_agreement_mid_paragraph():
    text = ("Attention turned to the hubs. Members asked how they would work. It was agreed that colleagues "
            "from Health will be invited to a future meeting to present the plan.")
    assert rows(text)[0][2] == ("It was agreed that colleagues from Health will be invited to a future meeting to "
                                "present the plan.")  # the sentence as written, as the gold keeps it


def test_narrative_agreement_ignored_beside_a_formal_resolution():
    text = ("The Cabinet discussed the plan. It was agreed that the Cabinet would receive an update in six months.\n\n"
            "Resolved –\n\n(a) That the plan be noted.")
    assert [f[2] for f in rows(text)] == ["That the plan be noted."]


def test_clause_running_over_a_page_is_quoted_on_its_first_page():
    first = ("Notes from the meeting were taken by the clerk and circulated to all the members\n"
             "of the board before the next meeting.\n"
             "5. RESOLVED that Cabinet agree to transfer the statutory functions delivered by")
    second = "the service to the Adult Directorate from 1 April 2025.\n"
    found = extract(first, second)
    assert len(found) == 1 and found[0].page == 1
    assert found[0].text.endswith("to the Adult Directorate from 1 April 2025.")
    assert found[0].quote == "RESOLVED that Cabinet agree to transfer the statutory functions delivered by"


# ---------------------------------------------------------------- helpers


@pytest.mark.parametrize("text, action", [
    ("Note the forecast capital underspend", "noted"),
    ("That the findings be welcomed and noted.", "welcomed"),
    ("DELEGATE authority to the Director", "delegated"),
    ("RESOLVED that Mr Bartlett be duly elected Vice Chair", "elected"),
    ("RESOLVED that the minutes were a correct record", "approved"),
    ("Received and considered the plan", "received"),
    ("County Council, having given due regard to the report (published for noting), is asked to agree the following:",
     "agreed"),
    ("the approved budget and the Commissioning Plan", None),
    ("Agreed that members would hold a meeting for the annual review", "agreed"),
])
def test_action_of(text, action):
    assert action_of(text) == action


def test_split_inline_needs_an_intro_and_a_sequence():
    assert split_inline("the Council notes paragraphs (a) and (b) of the report") is None
    assert split_inline("RESOLVED that: (a) the report be noted; (c) the plan be approved") is None


@pytest.mark.parametrize("text, expected", [
    ("It is recommended that the Board notes the progress made against the plan.",
     [("recommendation", None, "It is recommended that the Board notes the progress made against the plan.", "noted")]),
    ("Resolution:\n\nThat the Health and Wellbeing Board endorses the SEND strategy.",
     [("resolution", None, "That the Health and Wellbeing Board endorses the SEND strategy.", "endorsed")]),
    ("The Committee RESOLVED that the update be noted and that a further update be brought back.",
     [("resolution", None, "The Committee RESOLVED that the update be noted and that a further update be brought back.",
       "noted")]),
    ("That said, the partnership is being supported by the adviser who has been appointed.", []),
    ("To approve the minutes of the meeting held on 12 March 2024.\n\nTo receive the report of the Director.", []),
    ("The motion was put to the vote and was LOST.", []),
])
def test_other_council_phrasings(text, expected):
    assert rows(text) == expected


def test_recommendations_in_a_numbered_section_stop_at_the_next_section():
    text = ("2. RECOMMENDATIONS\n\n2.1 That Cabinet notes the outcome of the inspection.\n\n"
            "2.2 That Cabinet approves the Written Statement of Action.\n\n3. BACKGROUND\n\n"
            "3.1 That the inspection took place in March is well known to members.")
    assert [(f[0], f[1], f[3]) for f in rows(text)] == [("recommendation", "2.1", "noted"),
                                                        ("recommendation", "2.2", "approved")]


def test_a_numbered_lead_in_that_stops_mid_sentence_introduces_the_clauses():
    text = ("4. Recommendations\n\n4.1 That the Executive, having taken account of the views of the "
            "Scrutiny Panel,\n\n(a) notes the outcome of the re-visit;\n\n"
            "(b) approves the Accelerated Progress Plan;\n\n5. Background\n\n5.1 The re-visit took place in May.")
    assert [(f[1], f[2], f[3]) for f in rows(text)] == [("(a)", "notes the outcome of the re-visit;", "noted"),
                                                        ("(b)", "approves the Accelerated Progress Plan;",
                                                         "approved")]


def test_a_lettered_clause_ending_with_a_colon_keeps_its_sub_items():
    text = ("RESOLVED:\n\n(a) That the following be approved:\n(i) the plan;\n(ii) the budget.\n\n"
            "(b) That the report be noted.")
    assert [f[1] for f in rows(text)] == ["(a)", "(b)"]


def test_approval_of_the_last_minutes_beside_formal_resolutions():
    text = ("3. MINUTES\n\nThe minutes of the meeting held on 2 February 2023 were agreed as a true record.\n\n"
            "4. SEND UPDATE\n\nRESOLVED: That the update be noted.")
    assert rows(text) == [("resolution", None, "The minutes of the meeting held on 2 February 2023 were agreed "
                                               "as a true record.", "agreed"),
                          ("resolution", None, "That the update be noted.", "noted")]


def test_an_agenda_item_to_approve_the_minutes_is_not_a_resolution():
    text = ("3. Minutes of the meeting held on 2 February 2023 and, if in order, to be approved as a correct "
            "record\n\n4. SEND update\n\nRESOLVED: That the update be noted.")
    assert [f[2] for f in rows(text)] == ["That the update be noted."]


@pytest.mark.parametrize("text, clause", [
    ("Minutes: The Panel considered the SEND update and, after discussion, RESOLVED – that the update be noted.",
     "that the update be noted."),
    ("The Board received the report of the Director. AGREED: That the action plan be endorsed.",
     "That the action plan be endorsed."),
])
def test_a_formal_resolved_run_on_after_other_text(text, clause):
    assert [f[2] for f in rows(text)] == [clause]


def test_resolved_in_lower_case_inside_a_sentence_is_not_a_trigger():
    assert rows("Members heard that the issue was resolved, and that the service had improved.") == []


def test_a_lead_in_naming_only_the_body_under_a_proposals_heading_is_a_recommendation():
    text = ("Proposals\n\n8. That the Committee:\n\n(a) notes the outcome of the area SEND inspection; and\n\n"
            "(b) agrees to receive an update on progress at its meeting in September 2024.\n\nRachel Dunmore")
    assert [(r[0], r[1], r[2]) for r in rows(text)] == [
        ("recommendation", "(a)", "notes the outcome of the area SEND inspection; and"),
        ("recommendation", "(b)", "agrees to receive an update on progress at its meeting in September 2024.")]


def test_a_body_lead_in_after_resolved_leads_into_its_bullets():
    text = ("RESOLVED (unanimously):\n\nThat the Committee\n\n• note the outcome of the inspection;\n\n"
            "• endorse the Priority Action Plan at Appendix 1; and\n\n• receive a progress report every six months.")
    assert [(r[0], r[2]) for r in rows(text)] == [
        ("resolution", "note the outcome of the inspection;"),
        ("resolution", "endorse the Priority Action Plan at Appendix 1; and"),
        ("resolution", "receive a progress report every six months.")]


def test_a_decisions_required_box_is_a_recommendation():
    page = ("Report of the Corporate Director\n\nDecision(s) required\nThe Executive is asked to approve the "
            "Accelerated Progress Plan for submission to the\nDepartment for Education by 8 October 2021.\n\n"
            "1.0 PURPOSE OF REPORT\n\n1.1 To inform the Executive of the outcome of the re-visit and the plan it\n"
            "asks for, which is set out in the appendix to this report.")
    assert [(r[0], r[1], r[2]) for r in rows(page)] == [
        ("recommendation", None, "The Executive is asked to approve the Accelerated Progress Plan for submission "
         "to the Department for Education by 8 October 2021.")]
    assert rows("Decision Maker: Cabinet\n\nDecision status: Approved") == []


def test_a_trigger_line_that_carries_the_first_item_of_a_list():
    text = ("RESOLVED - (i)  That the progress against the Written Statement of Action be noted.\n"
            "            (ii) That the Committee receive a further report in March 2023.\n\nFO33 WORK PROGRAMME")
    assert [(r[1], r[2]) for r in rows(text)] == [
        ("(i)", "That the progress against the Written Statement of Action be noted."),
        ("(ii)", "That the Committee receive a further report in March 2023.")]


def test_recommendations_headed_with_the_proposed_decision():
    text = ("3. Recommendation(s) / Proposed Decision\n\n"
            "1. That the Overview and Scrutiny Board notes the findings of the area SEND inspection.\n\n"
            "2. That the Overview and Scrutiny Board recommends to the Cabinet that progress is reported to the "
            "Board every six months.\n\nSupporting Information")
    assert [(r[0], r[1]) for r in rows(text)] == [("recommendation", "1."), ("recommendation", "2.")]


# ---------------------------------------------------------------- other councils' layouts
# Each test is a class of phrasing, written small; none is any one council's text.

PRINTED_MINUTES = """\
Recommendation 2 was moved by Councillor Green and seconded by Councillor Brown. On being put
to the vote the recommendation was CARRIED unanimously.
It was APPROVED
3a. Library opening hours - Approve the extension of opening hours at the central library
to eight in the evening.
Recommendation 3B was moved by Councillor Green and seconded by Councillor White. On being put
to the vote the recommendation was CARRIED with one abstention.
"""


def test_it_was_approved_on_a_line_of_its_own_in_printed_minutes():
    found = extract(PRINTED_MINUTES)
    assert [(r.label, r.text, r.action) for r in found] == [
        ("3a.", "Library opening hours - Approve the extension of opening hours at the central library to eight "
                "in the evening.", "approved")]
    assert found[0].evidence.startswith("after:approved")


def test_a_decider_named_before_capitals_carries_its_clause():
    found = rows("Cabinet APPROVED the use of £2m from reserves for the SEND programme.\n\n"
                 "SUMMARY OF APPROVED RECOMMENDATIONS\n\n"
                 "Recommendations 4c and 5 were not APPROVED by the committee.")
    assert found == [("resolution", None, "Cabinet APPROVED the use of £2m from reserves for the SEND programme.",
                      "approved")]


def test_decision_notice_paragraphs_until_the_reasons():
    found = rows("Decision:\n\nThe Committee approved the Local Transport Plan.\n\n"
                 "The Committee delegated authority to the Director to finalise the plan.\n\n"
                 "Reasons:\n\nThe plan is needed to secure the funding.")
    assert [f[2] for f in found] == ["The Committee approved the Local Transport Plan.",
                                     "The Committee delegated authority to the Director to finalise the plan."]
    assert [f[3] for f in found] == ["approved", "delegated"]


def test_decision_taken_naming_only_the_decider_introduces_the_numbered_clauses():
    found = rows("(d) Decision taken\nThat the Committee for Highways and Transport;\n"
                 "1. Approved the submission of the business case to the funding body.\n"
                 "2. Authorised the Director to award the contracts for the scheme.\n"
                 "(e) Exempt Information?")
    assert [(f[1], f[3]) for f in found] == [("1.", "approved"), ("2.", "authorised")]


def test_parish_minutes_decisions_follow_the_discussion():
    found = rows("The clerk presented the accounts. Resolved to pay the following accounts: Clerk salary £300.\n\n"
                 "The council considered three quotes for grass cutting. It was resolved to accept the quote from "
                 "the lowest bidder.\n\n"
                 "Proposed by Cllr Smith, seconded by Cllr Jones and resolved that the Council adopts the revised "
                 "Standing Orders.\n\n"
                 "The Chair agreed to write to the highways authority about the potholes.\n\n"
                 "The minutes of the meeting held on 8th February 2021 were approved and signed by the Chairman.")
    texts = [f[2] for f in found]
    assert texts == [
        "Resolved to pay the following accounts: Clerk salary £300.",
        "It was resolved to accept the quote from the lowest bidder.",
        "Proposed by Cllr Smith, seconded by Cllr Jones and resolved that the Council adopts the revised Standing "
        "Orders.",
        "The minutes of the meeting held on 8th February 2021 were approved and signed by the Chairman.",
    ]  # one member agreeing to write a letter is not the meeting deciding


def test_recommendation_table_rows():
    found = rows("Recommendations\n\n| No. | Recommendation |\n| --- | --- |\n"
                 "| 1 | Approve the Written Statement of Action |\n| 2 | Note the progress made since the inspection |\n")
    assert found == [("recommendation", "1", "Approve the Written Statement of Action", "approved"),
                     ("recommendation", "2", "Note the progress made since the inspection", "noted")]


def test_a_body_that_resolved_with_a_colon_heads_its_list():
    found = rows("The Committee resolved:\n\n• to note the report;\n\n• to approve the budget of £5m;\n\n"
                 "• to delegate authority to the Chief Executive.")
    assert [f[2] for f in found] == ["to note the report;", "to approve the budget of £5m;",
                                     "to delegate authority to the Chief Executive."]


def test_narrative_sentences_weighed_beside_formal_decisions():
    found = extract("RESOLVED that the budget be approved.\n\n"
                    "The Committee noted the report.\n\n"
                    "The Committee received a report on the progress of the inspection action plan.\n\n"
                    "The Panel noted that item 9 would be taken after item 5.")
    assert [r.text for r in found] == ["RESOLVED that the budget be approved.", "The Committee noted the report."]
    assert "alone" in found[1].evidence and "doc:formal-decisions" in found[1].evidence


def test_a_titled_item_is_its_lettered_decisions_and_a_reprint_without_the_title_is_one():
    text = ("It was APPROVED:\n\n2a. Residents Parking - Approve the increase of the first permit charge to £124 "
            "for each vehicle.\n\n"
            "The Committee RESOLVED:\n\n1. Residents Parking\n\na. Approve the increase of the first permit charge "
            "to £124 for each vehicle.\n\nb. Approve the inflationary increase of all visitor permits every year.")
    assert [f[2] for f in rows(text)] == [
        "Residents Parking - Approve the increase of the first permit charge to £124 for each vehicle.",
        "Approve the inflationary increase of all visitor permits every year.",
    ]


def test_clauses_a_word_apart_are_two_decisions():
    text = ("Decision:\n\nThe Committee for Transport noted the report.\n\n"
            "Reasons:\n\nNone.\n\nDecision:\n\nThe Committee for Transport noted the update report.")
    assert [f[2] for f in rows(text)] == ["The Committee for Transport noted the report.",
                                         "The Committee for Transport noted the update report."]


def test_an_amendments_wording_is_not_a_decision():
    text = ("Councillor Self moved an amendment which was seconded by Councillor Brown. The amendment text as follows:\n\n"
            "That the Committee for Transport\n\n1. Approve the first stage of the levy at a cost of £500k.\n\n"
            "2. Approve testing options for the levy.\n\nThe amendment was withdrawn.")
    assert rows(text) == []


def test_recommended_and_decision_in_capitals_head_the_two_kinds():
    text = ("RECOMMENDED that the Cabinet Member for Education:\n\n"
            "(1) Notes the progress made in implementing the strategy.\n\n"
            "Minutes:\n\nThe report was introduced by the Head of Inclusion.\n\n"
            "DECISION the Cabinet Member for Education:\n\n"
            "(1) Noted the progress made in implementing the strategy.\n\n"
            "DECISION NO: 24/00096 For publication")
    assert [(f[0], f[1], f[2]) for f in rows(text)] == [
        ("recommendation", "(1)", "Notes the progress made in implementing the strategy."),
        ("resolution", "(1)", "Noted the progress made in implementing the strategy.")]


def test_a_recommendation_in_the_reasons_block_is_not_one():
    text = ("Recommendation\n\nThe Committee:\n\n1) Approves the change requests set out in Appendix 1.\n\n"
            "2) Agrees the flexibility to move funding between schemes.\n\n"
            "Reasons for recommendation Change requests outside agreed tolerances require approval.\n\n"
            "It is recommended that the Committee approve an amendment to the change control tolerances.")
    assert [f[2] for f in rows(text)] == ["Approves the change requests set out in Appendix 1.",
                                         "Agrees the flexibility to move funding between schemes."]


def test_what_happened_at_the_meeting_is_not_a_decision():
    text = ("Decisions\n\nUse the search options below to find information about recent decisions.\n\n"
            "Decision:\n\nApologies were received from Councillor Jones.\n\n"
            "Decision:\n\nThat the report be noted.")
    found = extract(text)
    assert [r.text for r in found] == ["That the report be noted."]


PARISH_PAGE = """\
21.01.8 Finance
Transfer from the Savings Account to the Current Account
The Councillors resolved to transfer £1000 to the Current Account. Clerk
to arrange a letter for the signatories to sign to transfer these funds.
Invoice received from the contractor for grass cutting £ 889.00, resolved to pay
Letter received from the minibus charity, asking for a donation, resolved to pay £65.00
The Pot Hole repairs - Materials are required to fill the pot holes on the lanes. Resolved
Councillor Smith contact the supplier and order more stone.
The Chair agreed to write to the highways authority about the verges.
"""


def test_parish_minutes_printed_one_entry_a_line():
    found = extract(PARISH_PAGE)
    assert [r.text for r in found] == [
        "The Councillors resolved to transfer £1000 to the Current Account.",
        "Invoice received from the contractor for grass cutting £ 889.00, resolved to pay",
        "Letter received from the minibus charity, asking for a donation, resolved to pay £65.00",
        "Resolved Councillor Smith contact the supplier and order more stone.",
    ]
    assert all("resolved" in r.evidence for r in found)


def test_a_resolved_heading_over_a_list_and_decisions_naming_the_body():
    assert [f[2] for f in rows("## Resolved\n\n- That the report be noted.\n- That the action plan be approved.\n\n"
                                 "## Next item\n\nThe Chair thanked officers.")] == [
        "That the report be noted.", "That the action plan be approved."]
    assert [f[2] for f in rows("Decisions:\n\n* Cabinet approved the Written Statement of Action.\n"
                                 "* Cabinet delegated authority to the Director to submit it.\n")] == [
        "Cabinet approved the Written Statement of Action.", "Cabinet delegated authority to the Director to submit it."]


# -- the same layouts in real PDFs: PDFium's text, running lines removed, then the reader -----------


def from_pdf(pages: list[list[str]]):
    from pipeline.text.cleanup import clean_pages
    from pipeline.text.pdf import read_pdf
    from tests.pdfs import make_pdf

    raw, _, _, _ = read_pdf(make_pdf(pages, header="Westshire Council - Cabinet Member Decisions", footer_numbers=True))
    return resolutions.extract(segment([Page(page=i + 1, text=t) for i, t in enumerate(clean_pages(raw))]))


def test_a_decision_notice_pdf_gives_its_decisions_not_its_reasons():
    found = from_pdf([
        ["DECISION NOTICE", "Decision maker: Cabinet Member for Children and Families",
         "Subject: Written Statement of Action for SEND", "Decision:",
         "1. To approve the Written Statement of Action for submission to Ofsted.",
         "2. To delegate final amendments to the Director of Children's Services.",
         "Reasons:", "The local area must submit its statement within 70 working days."],
        ["Alternative options considered:", "None, as the statement is a statutory requirement."],
    ])
    texts = [r.text for r in found]
    assert [r.label for r in found] == ["1.", "2."]
    assert texts[0].startswith("To approve the Written Statement of Action")
    assert not any("70 working days" in t for t in texts)
    assert all(r.evidence for r in found)


def test_printed_minutes_pdf_with_the_decision_after_the_discussion():
    found = from_pdf([
        ["MINUTES OF THE CHILDREN'S SCRUTINY COMMITTEE", "12 SEND Improvement Update",
         "The Director introduced the report on progress against the inspection's weaknesses.",
         "Members asked about waiting times for assessments. It was RESOLVED that the",
         "progress report be noted and a further update be brought in six months."],
        ["13 Work Programme", "It was APPROVED that the work programme be agreed."],
    ])
    texts = " | ".join(r.text for r in found)
    assert "progress report be noted and a further update be brought in six months" in texts
    assert "work programme be agreed" in texts
    assert not any("Director introduced" in r.text for r in found)


@pytest.mark.parametrize("region, words, expected", [
    ("Agreed **that** the pre-\nschool plan", ["Agreed", "that", "the", "pre-school", "plan"], 36),
    ("co- ordinated work", ["co-", "ordinated", "work"], 18),  # a hyphen's space goes to the gap
    ("see *note* here", ["see", "*note*", "here"], 15),  # a gap gives back the '*' a word opens with
    ("the plan was", ["the", "plan", "is"], 8),  # as far as the words agree
    ("the plan", ["then"], None),
])
def test_a_clause_is_located_word_by_word_as_the_page_prints_it(region, words, expected):
    from pipeline.extract.resolutions.clauses import _longest_prefix

    found = _longest_prefix(region, words, 0)
    assert (found[1] if found else None) == expected


def test_an_intro_without_its_colon_over_bullets_gives_every_bullet():
    found = extract("7.3 The Panel RESOLVED to\n"
                    "  * Note the parent carer forum's survey of waiting times.\n"
                    "  * Agree that the health trust be invited to the March meeting.\n"
                    "  * Ask that a further update come to the Panel in the autumn.\n\nThe meeting closed at 4pm.\n")
    assert [r.text for r in found] == ["Note the parent carer forum's survey of waiting times.",
                                        "Agree that the health trust be invited to the March meeting.",
                                        "Ask that a further update come to the Panel in the autumn."]
    assert all(r.evidence for r in found)


def test_a_deputation_received_is_no_decision():
    found = extract("12. PUBLIC PARTICIPATION\nThe Panel received a deputation from Mr Owen Castellan on behalf "
                    "of a parents' group, who spoke about transport to special schools.\n"
                    "13. SEND UPDATE\nRESOLVED: That the update be noted.\n")
    assert [r.text for r in found] == ["That the update be noted."]


@pytest.mark.parametrize("links", [
    "Decisions\n\n• 12 Jan 2024 - Children's Services: Improvement Notice and Action Plan\n\n"
    "Agenda items\n\n• 12/01/2024 - Cabinet Children's Services: Improvement Notice and Action Plan",
    "Related decisions\n\n- 3rd June 2023 - Home to School Transport Policy Review\n\n"
    "Meetings\n\n- 03.06.2023 - Cabinet Home to School Transport Policy Review",
])
def test_a_moderngov_pages_dated_links_are_no_decisions(links):
    # an issue page's list of its decisions and meetings: a date, a dash and the item's title, linked
    text = "Decision:\n\nThe Cabinet agreed to approve the plan.\n\n" + links
    assert [r.text for r in extract(text)] == ["The Cabinet agreed to approve the plan."]


@pytest.mark.parametrize("intro", [
    "The Adults, Children and Young People's Overview and Scrutiny Committee considered the report and RESOLVED to:",
    "The Corporate Parenting and Education Scrutiny Panel, having discussed the update at length, AGREED to:",
    "Members of the Health and Wellbeing Board considered the report in detail and RESOLVED:",
])
def test_a_long_committee_name_before_resolved_in_capitals_still_opens_the_list(intro):
    found = rows(f"8. SEND UPDATE\n\n{intro}\n\n1. Note the update on the improvement plan;\n"
                 "2. Ask the Director to report again in March; and\n3. Thank the officers for their work.\n")
    assert [r[1:3] for r in found] == [("1.", "Note the update on the improvement plan;"),
                                       ("2.", "Ask the Director to report again in March; and"),
                                       ("3.", "Thank the officers for their work.")]


@pytest.mark.parametrize("sentence", [
    "The Panel considered the report and noted the responses to its recommendations.",
    "The Committee discussed the tracker and agreed the revised timetable for the review.",
    "The Board, having considered the update, endorsed the refreshed SEND strategy.",
])
def test_a_body_that_considered_a_paper_and_then_decided(sentence):
    found = rows(f"12. SCRUTINY RECOMMENDATIONS\n\n{sentence}\n\n13. WORK PROGRAMME\n\nRESOLVED that the work programme be noted.\n")
    assert [r[2] for r in found] == [sentence, "RESOLVED that the work programme be noted."]


@pytest.mark.parametrize("sentence", [
    "The Minutes of the meeting held on 4 March 2024 were taken as read and signed as a correct record.",
    "The minutes of the last meeting, having been circulated, were taken as read and confirmed.",
    "The minutes of the meeting held on 2 May 2023 were taken as read and approved by the Chair.",
])
def test_minutes_taken_as_read_are_their_approval(sentence):
    found = rows(f"CYP1 MINUTES\n{sentence}\nCYP2 PUBLIC QUESTION TIME\nNo questions had been received.\n")
    assert [r[2] for r in found] == [sentence]


@pytest.mark.parametrize("code", ["CYP1", "HWB 14", "EXB23"])
def test_a_minute_heading_with_a_letter_code_run_into_the_paragraph_before(code):
    """Printed minutes set "CYP1 MINUTES" right under the attendance, with no blank line: the
    heading opens a minute of its own, and the approval under it is a sentence of its own."""
    text = ("Officers present: A. Bloggs and B. Bloggs\nAlso in attendance: Councillor C. Bloggs, Portfolio Holder,\n"
            f"and one member of the public\n{code} MINUTES\nThe Minutes of the meeting held on 4 March 2024 were "
            "approved as a correct\nrecord.\nCYP2 PUBLIC QUESTION TIME\nNo questions had been received.\n")
    assert [r[2] for r in rows(text)] == [
        "The Minutes of the meeting held on 4 March 2024 were approved as a correct record."]


@pytest.mark.parametrize("sentence", [
    "The minutes of the meeting of the Adult Social Care and Health Overview and Scrutiny Committee held on 4th March, 2024 were APPROVED.",
    "The minutes of the previous meeting were AGREED.",
])
def test_a_formal_word_ending_its_sentence_is_the_verb_not_an_opener(sentence):
    """Capitals that end the sentence after its subject ("... were APPROVED.") do not open a clause,
    so the whole sentence is the minutes' approval rather than an empty clause after the capitals."""
    found = extract("1   MINUTES\n\n" + sentence + "\n\n2   DECLARATIONS OF INTEREST\n\nThere were none.")
    assert [r.text for r in found] == [sentence]



@pytest.mark.parametrize("heading", ["CYP1 A&E ATTENDANCES BY CHILDREN", "HWB 14 A NEW SEND STRATEGY",
                                     "CYP3 Q&A WITH THE DIRECTOR", "EXB23 I-THRIVE MODEL", "CYP2 PUBLIC QUESTION TIME"])
def test_a_letter_coded_heading_is_cut_whatever_its_title_opens_with(heading):
    """The first look for a minute heading agrees with the heading itself: a letter-coded title that
    opens with a one-letter word or a sign ("A&E", "A NEW", "Q&A") is cut from the paragraph
    it was run into, in a block with no "/" or "Minute" to let it through."""
    from pipeline.extract.common.structure import segment
    from pipeline.extract.resolutions.lines import may_hold_minute, opens_minute, split_at_decisions
    from pipeline.records import Page
    assert opens_minute(heading) and may_hold_minute(heading)
    text = ("The Committee noted the report, and Members asked about waiting\ntimes and agreed that the Chair "
            f"write to the ICB\n{heading}\nmembers were told that waiting times had fallen\n")
    blocks = [b.text for b in split_at_decisions(segment([Page(1, text)]))]
    assert heading in blocks


def test_a_minute_heading_with_a_colon_in_its_title_ends_the_decision_above():
    # PDF minutes run the next minute's reference and title ("31/25 Children's Services (SEND): Progress")
    # on after the last decision; the colon inside the title does not stop it being a heading
    text = ("30/25 Public Question\nA resident asked about waiting times.\n"
            "Resolved: That the question and the answer of the Portfolio Holder be noted.\n"
            "31/25 Special Educational Needs (SEND): Written Statement of\nAction update\n"
            "The Director introduced the report, which set out the progress\nof the partnership since the "
            "Committee last considered it.\n")
    assert [r[2] for r in rows(text)] == ["That the question and the answer of the Portfolio Holder be noted."]


@pytest.mark.parametrize("intro, table", [
    ("RESOLVED: To note the attendance at this meeting of the following duly appointed Substitute Members:",
     "Ordinary Member Substitute Member\n\nCouncillor Amy Quigg Councillor Ben Rudd"),
    ("RESOLVED – That the following be appointed to the Fostering Panel for the coming year:",
     "Panel Member Term\n\nMs Dora Fitch Two years"),
])
def test_an_intro_over_names_rather_than_clauses_is_the_decision(intro, table):
    text = f"7. Membership\n\n{intro}\n\n{table}\n\n8. Minutes\n\nRESOLVED: That the minutes be signed as a correct record.\n"
    found = [r[2] for r in rows(text)]
    assert found == [intro.split(":", 1)[1].strip() if intro.startswith("RESOLVED:") else intro[len("RESOLVED – "):],
                     "That the minutes be signed as a correct record."]


# ---------------------------------------------------------------- rounds 13 and 14: intros and passives


@pytest.mark.parametrize("intro", [
    "The Committee is asked to;",  # a semicolon typed for the colon
    "Cabinet is recommended to;",
])
def test_an_intro_that_stops_at_to_with_a_semicolon_leads_in(intro):
    text = f"""2 RECOMMENDATIONS

{intro}

2.1 Note the progress made against the Written Statement of Action;

2.2 Agree the revised timetable for the Improvement Board.

3 THE REPORT

3.1 Ofsted and the CQC visited the area in 2022.
"""
    found = [t for _, _, t, _ in rows(text)]
    assert found == ["Note the progress made against the Written Statement of Action;",
                     "Agree the revised timetable for the Improvement Board."]


@pytest.mark.parametrize("intro", [
    "It was resolved unanimously to:",
    "It was unanimously agreed that:",
    "It was agreed by a majority to:",
    "The Board resolved (nem con) that:",
])
def test_a_closing_intro_with_how_the_vote_went(intro):
    text = f"""7. SEND Re-visit Outcome

Members asked about waiting times for speech and language therapy.

{intro}

a) note the outcome of the re-visit;

b) ask officers to bring the Accelerated Progress Plan to the next meeting.
"""
    found = [t for _, _, t, _ in rows(text)]
    assert found == ["note the outcome of the re-visit;",
                     "ask officers to bring the Accelerated Progress Plan to the next meeting."]


@pytest.mark.parametrize("sentence", [
    "The action log was noted.",
    "The forward work programme was agreed.",
    "The performance report was received and noted.",
])
def test_a_paper_noted_in_the_passive_after_another_sentence(sentence):
    text = f"""4. Minutes and Action Log

The minutes of the meeting held on 3 March 2024 were agreed as a correct record. {sentence}

5. SEND Update

RESOLVED that the update be noted.
"""
    assert sentence in [t for _, _, t, _ in rows(text)]


def test_a_paper_noted_inside_the_account_of_a_debate_is_read_only_as_its_own_sentence():
    text = ("Members discussed the report at length. The Chair said that the report was noted by officers "
            "with concern about the budget for 2025/26 and the wider pressures on the service.")
    assert rows(text) == []


def test_decisions_heading_over_dated_links_is_no_decision_label():
    text = """Recommendations:

That Cabinet notes the re-visit letter at Appendix 1.

Decisions:

14/03/2023 - SEND Re-visit and Accelerated Progress Plan

Agenda items:

14/03/2023 - Cabinet Item 6

Background papers:

Local area SEND re-visit letter, Ofsted and CQC, 12 January 2023
"""
    found = [t for _, _, t, _ in rows(text)]
    assert found == ["That Cabinet notes the re-visit letter at Appendix 1."]


def test_a_paper_noted_in_the_passive_as_its_own_paragraph():
    text = """6. Work Programme

The Committee's work programme for 2024/25 was noted.
"""
    assert [t for _, _, t, _ in rows(text)] == ["The Committee's work programme for 2024/25 was noted."]


@pytest.mark.parametrize("sentence", [
    "Our Written Statement of Action was accepted by Ofsted on 2 December 2019.",
    "The improvement plan was approved by the DfE in March 2023.",
])
def test_a_milestone_reported_in_the_passive_is_no_paper_noted(sentence):
    text = f"""3. SEND Update

The Director gave an update on SEND. {sentence}
"""
    assert rows(text) == []


@pytest.mark.parametrize("heading", ["2. RECOMMENDED ACTION", "3. Proposed Decision", "Recommended Decisions"])
def test_that_clauses_under_a_recommended_action_heading_are_recommendations(heading):
    text = (f"1. PURPOSE OF REPORT\n1.1 This report informs the Committee of the outcome of the review.\n{heading}\n"
            "2.1 That the Committee notes the outcome of the review.\n"
            "2.2 That the Committee endorses the improvement plan attached at Appendix B.\n"
            "3. BACKGROUND\n3.1 The review took place in May.\n")
    assert [r[0] for r in rows(text)] == ["recommendation", "recommendation"]


def test_a_cover_sheet_reason_field_is_no_reasons_heading():
    text = ("Key Decision: No\nReason: This report is for information and scrutiny.\nRecommendations\n"
            "That the Board notes the update on the improvement plan and comments on the next steps.\n"
            "1. Summary of Report\n1.1 This report updates the Board.\n")
    assert [r[0] for r in rows(text)] == ["recommendation"]


@pytest.mark.parametrize("heading", ["Recommendations and Reasons", "Recommendation(s) and Reason(s) for Decision"])
def test_a_recommendations_and_reasons_heading_over_one_that_clause(heading):
    text = ("Purpose of Report\nThis report presents the annual report of the Board.\n" + heading + "\n"
            "That the Committee considers the annual report and identifies any matters for its work programme.\n"
            "Reason: to help the Committee hold the partnership to account.\n1. Background\nThe Board met six times.\n")
    assert [r[0] for r in rows(text)] == ["recommendation"]


def test_a_decision_record_opening_with_the_paper_considered_is_no_decision():
    text = ("Decision:\nFurther to Minute No. 45 of 2 May 2023, the Executive considered the report of the Director of "
            "Education on the outcome of the monitoring visit carried out in January 2024.\n"
            "Decision Made: That\n(1) the outcome of the visit be noted;\n(2) the improvement plan be approved.\n"
            "Reasons for the decision:\nThe plan is required.\n")
    assert [r[1] for r in rows(text)] == ["(1)", "(2)"]


def test_the_paper_considered_and_what_was_decided_on_it_stays():
    text = "Decision:\nThe Executive considered the report of the Director of Education and approved the improvement plan.\n"
    assert len(rows(text)) == 1


def test_a_date_of_the_meeting_a_decision_looks_ahead_to_is_no_report_of_another_meeting():
    text = ("7. Minutes\nRESOLVED: That the minutes be approved.\n\n12. Forward plan\n"
            "The Panel noted its forward plan, and agreed to add an item on respite care for its meeting on 4 June 2026.\n"
            "The meeting ended at 8.40 p.m.\n")
    assert any("respite care" in r[2] for r in rows(text))


@pytest.mark.parametrize("text, clause", [
    # the last minutes' approval, the minutes named otherwise: "record", "notes", the meeting by its body's name
    ("342 Record of meeting\n\nThe record of the meeting of the Committee held on 20 July 2023 was agreed and signed "
     "by the Chairperson as correct.",
     "The record of the meeting of the Committee held on 20 July 2023 was agreed and signed by the Chairperson as correct."),
    ("2. Notes of the last meeting\n\nThe notes of the previous meeting held on 4 March 2024 were agreed as an "
     "accurate record.",
     "The notes of the previous meeting held on 4 March 2024 were agreed as an accurate record."),
    ("4. Minutes\n\nThe minutes of the Cabinet meeting held on 14 May 2024 were confirmed and signed by the Leader.",
     "The minutes of the Cabinet meeting held on 14 May 2024 were confirmed and signed by the Leader."),
    # the body's name with its small words ("and", "of")
    ("2. Minutes\n\nThe minutes of the Children and Families Partnership Board meeting held on 3 June 2024 were agreed "
     "as an accurate record and signed by the Chair.",
     "The minutes of the Children and Families Partnership Board meeting held on 3 June 2024 were agreed as an "
     "accurate record and signed by the Chair."),
])
def test_the_last_meetings_record_approved_beside_formal_resolutions(text, clause):
    found = rows(f"{text}\n\n5. SEND update\n\nRESOLVED that the report be noted.")
    assert [f[2] for f in found] == [clause, "RESOLVED that the report be noted."]


@pytest.mark.parametrize("text", [
    # another body's decision on a date, reported in a paper, with what will become of the plan after it
    "1.2 The SEND Partnership Board agreed an updated SEND and Inclusion Improvement Plan on 10 December 2024, "
    "which will be published on the Local Offer by 28 February 2025.",
    "The Health and Wellbeing Board endorsed a refreshed SEND Strategy in March 2024, which will be reviewed every year.",
    "Cabinet agreed a new Inclusion Plan on 4 June 2024, that will be monitored by the SEND Partnership Board.",
])
def test_a_decision_reported_with_a_relative_future_is_no_resolution(text):
    found = rows(f"RESOLVED that the report be noted.\n\n{text}")
    assert [f[2] for f in found] == ["RESOLVED that the report be noted."]


def test_a_future_passive_in_the_decision_itself_still_counts():
    found = rows("RESOLVED that the report be noted.\n\nIt was agreed that the notes of the workshop will be "
                 "circulated to members.")
    assert len(found) == 2


def test_what_a_body_will_be_asked_to_do_over_numbered_items():
    # an issue page written before the meeting: "Cabinet will be asked to:" over "(i) ... (ii) ...", each a recommendation
    text = ("The local area must submit a plan by 30 June 2025.\n\nCabinet will be asked to:\n\n"
            "(i) note the outcome of the inspection; and\n\n(ii) approve the improvement plan for submission.\n\n"
            "Agenda items\n")
    assert rows(text) == [("recommendation", "(i)", "note the outcome of the inspection; and", "noted"),
                          ("recommendation", "(ii)", "approve the improvement plan for submission.", "approved")]


def test_a_body_receiving_several_reports_is_what_was_before_it_not_a_decision():
    # "The Board received the ... reports": the papers before the meeting, the decision follows formally
    text = ("CYP12 PERFORMANCE REPORTS - QUARTER 1\n\nThe Board received the quarterly performance monitoring reports "
            "for quarter 1 of 2025/26.\n\nRESOLVED: That the reports be noted.\n")
    assert [r[2] for r in rows(text)] == ["That the reports be noted."]


def test_a_decision_notices_meeting_line_and_a_cross_reference_are_no_decisions():
    # "Decisions" heads the notice and the meeting's details follow; a report's last section points elsewhere
    notice = ("Decisions\nHousing Cabinet\nDate: Tuesday, 3 June 2025 Time: 6.00 pm Venue: Room 2, Civic Centre\n"
              "Present: Councillor Ann Bell (Chair)\n\n4. SEND PLAN\n\nRESOLVED: That the plan be approved.\n")
    assert [r[2] for r in rows(notice)] == ["That the plan be approved."]
    report = ("1. RECOMMENDATIONS\n\nThat the Cabinet approves the plan.\n\n7. RISKS\n\nNone.\n\n"
              "8. RECOMMENDATIONS\n\n8.1 As set out at the front of the report.\n")
    assert [r[2] for r in rows(report)] == ["That the Cabinet approves the plan."]
