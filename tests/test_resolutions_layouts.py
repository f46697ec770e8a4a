"""Resolutions in the layouts of councils the rules were not written on: decision notices whose
decider "has:" a list, running headers glued to a clause, the next minute run on to a decision,
a "Decision:" label over the account of the debate, a motion's mover and seconder before the
decision, a report's recommendations table. Every text here is invented."""

from __future__ import annotations

import pytest

from pipeline.extract import resolutions
from pipeline.extract.common.structure import Block, Span, StructuredDocument, segment
from pipeline.extract.resolutions.lines import page_furniture
from pipeline.records import Page


def extract(*texts: str):
    doc = segment([Page(i + 1, text) for i, text in enumerate(texts)])
    found = resolutions.extract(doc)
    for r in found:
        assert doc.page_text(r.page)[r.char_start:r.char_end] == r.quote
        assert r.evidence  # every resolution says which cues decided it
    return found


def from_pdf(pages: list[list[str]], header: str):
    """Through the real text stage: a reportlab PDF, PDFium, the page clean-up."""
    from pipeline.text.cleanup import clean_pages
    from pipeline.text.pdf import read_pdf
    from tests.pdfs import make_pdf

    raw, _, _, _ = read_pdf(make_pdf(pages, header=header, footer_numbers=True))
    return resolutions.extract(segment([Page(page=i + 1, text=t) for i, t in enumerate(clean_pages(raw))]))


# ---------------------------------------------------------------- decision notices


def test_a_decider_who_has_a_numbered_list_of_past_decisions():
    found = extract(
        "Record of Executive Member Decision\n"
        "Wards affected: Northgate, Riverside\n"
        "The Executive Member for Highways and Transport has:\n"
        "(a) Agreed the revised school transport policy for pupils with an EHC plan;\n"
        "(b) Authorised a consultation with parents on personal travel budgets; and\n"
        "(c) Asked officers to report the outcome to the Scrutiny Panel in spring 2026.\n"
        "Reasons for the decision\n"
        "The current policy has not been reviewed since 2017 and the panel recommended a review.\n")
    assert [(r.label, r.kind) for r in found] == [("(a)", "resolution"), ("(b)", "resolution"), ("(c)", "resolution")]
    assert found[0].text.startswith("Agreed the revised school transport policy")
    assert "names-decider" in found[0].evidence and "opens-with-decision" in found[0].evidence
    assert not any("not been reviewed" in r.text for r in found)


def test_a_decision_line_run_into_the_lines_around_it():
    # a PDF's "Decision" heading that the structure reader sets in one paragraph with its neighbours
    found = from_pdf([[
        "Record of a decision taken by the Leader of Northmoor District Council",
        "Subject: Capital funding for special school places in the north of the district",
        "Key decision: Yes",
        "Divisions affected: All",
        "Decision",
        "The Leader of the Council has decided to:",
        "(1) Approve the capital programme for special school places for 2025/26 of £3.4m, as set out",
        "in Appendix A to the report of the Director of Place;",
        "(2) Delegate the award of the building contracts to the Director of Place, in consultation with",
        "the Cabinet Member for Education.",
        "Reasons",
        "The programme adds sixty special school places in the north of the district, where children now",
        "travel more than an hour each way to school, which the inspection of the local area found in 2024.",
    ]], header="Northmoor District Council - Leader's Decisions")
    assert [r.label for r in found] == ["(1)", "(2)"]
    assert found[0].text.startswith("Approve the capital programme for special school places")
    assert found[0].evidence.startswith("after:decision-label")


def test_an_area_that_has_a_list_of_findings_is_not_a_decision():
    found = extract(
        "Inspectors found that the partnership has:\n"
        "• an accurate understanding of the needs of its children;\n"
        "• improved the timeliness of assessments since the last inspection.\n")
    assert found == []


# ---------------------------------------------------------------- printed minutes


def test_a_running_header_on_the_next_page_is_not_part_of_the_clause():
    # the last recommendation of page 1 with page 2's running header, as the structure reader
    # joins them when the text stage keeps a two-page report's header
    header = ["Northfield Borough Council Schools Forum - Agenda Item 9", "RESTRICTED Page 2 of 2"]
    page_1 = ("Northfield Borough Council Schools Forum - Agenda Item 9\nRESTRICTED Page 1 of 2\n2. Recommendations\n"
              "2.1 That the Forum agrees to set aside £250,000 of the high needs block for outreach.")
    page_2 = "\n".join(header) + "\n3. Background\n3.1 The inspection took place over three weeks."
    pages = [Page(1, page_1), Page(2, page_2)]
    start = page_1.index("That the Forum")
    glued = Block("item", "That the Forum agrees to set aside £250,000 of the high needs block for outreach. "
                  + " ".join(header), [Span(1, start, len(page_1)), Span(2, 0, len("\n".join(header)))], "2.1",
                  ["That the Forum agrees to set aside £250,000 of the high needs block for outreach.", *header])
    doc = StructuredDocument(pages, [Block("heading", "Recommendations", [Span(1, start - 19, start - 1)], "2.",
                                           ["Recommendations"]), glued])
    found = resolutions.extract(doc)
    assert [r.text for r in found] == ["That the Forum agrees to set aside £250,000 of the high needs block for outreach."]
    assert found[0].kind == "recommendation"


def test_page_furniture_is_a_line_at_the_same_edge_of_most_pages():
    pages = [Page(1, "Westmere Parish Council\nMinutes of the meeting\nAll present."),
             Page(2, "Westmere Parish Council\nItem 4 Finance\nPayments approved.")]
    doc = segment(pages)
    assert page_furniture(doc) == {"westmere parish council"}
    assert page_furniture(segment(pages[:1])) == set()


def test_the_next_minute_run_on_to_a_decision_is_cut_off():
    found = from_pdf([[
        "Minutes of the meeting of Eastbrook Parish Council held in the village hall on 4 March 2025",
        "17/111 Public Participation",
        "A resident asked whether the council would support the new special school planned for the edge of",
        "the village. The Chairman said the matter would be considered by the planning working group.",
        "17/112 Accounts",
        "RESOLVED to approve the payments listed in the schedule, totalling £2,410.50.",
        "17/113 Correspondence",
        "A letter from the county council about school transport was noted by the members present.",
    ]], header="Eastbrook Parish Council")
    texts = [r.text for r in found]
    assert "RESOLVED to approve the payments listed in the schedule, totalling £2,410.50." in texts
    assert not any("Correspondence" in t for t in texts)


def test_the_mover_and_seconder_are_part_of_the_decision_sentence():
    found = extract(
        "9. Village Hall Grant\nThe clerk reported a request for help with the costs of a sensory room. "
        "Proposed by Councillor Amis, seconded by Councillor Brand and RESOLVED that a grant of £500 be awarded "
        "to the village hall for the sensory room.\n\n"
        "10. Play Area\nIt was moved by Councillor Cole, seconded by Councillor Dunn, and AGREED that the clerk "
        "obtain three quotes for accessible swings.\n")
    texts = [r.text for r in found]
    assert texts[0].startswith("Proposed by Councillor Amis, seconded by Councillor Brand and RESOLVED that a grant")
    assert texts[1].startswith("It was moved by Councillor Cole")
    assert len(found) == 2


def test_a_decision_that_clause_wrapped_at_a_line_end_stays_one_sentence():
    found = from_pdf([[
        "Minutes of the meeting of Eastbrook Parish Council held on 4 March 2025",
        "21/034 Bus Route",
        "Members discussed the new bus route to the special school, which parents said took too long, at",
        "length. It was proposed by Cllr Eve, seconded by Cllr Ford and resolved that the Parish",
        "Clerk write to the bus operator asking for a later service on school days.",
        "21/035 Grass Cutting",
        "Invoice received from the contractor for the playing field, resolved to pay",
    ]], header="Eastbrook Parish Council")
    texts = [r.text for r in found]
    assert ("It was proposed by Cllr Eve, seconded by Cllr Ford and resolved that the Parish Clerk write to the bus "
            "operator asking for a later service on school days.") in texts
    assert not any(t.endswith("the Parish") for t in texts)


# ---------------------------------------------------------------- what is not a decision


def test_a_decision_label_over_the_account_of_the_debate():
    found = extract(
        "Decision:\n\n"
        "The Cabinet Member for Education introduced the report. He said that the inspection had found long waits "
        "for assessments and that a new plan had been written with families.\n\n"
        "In response to a question, the Director explained that two new posts had been filled.\n\n"
        "Having considered the report, the Executive AGREED to:\n\n"
        "• approve the Local Area SEND Improvement Plan;\n"
        "• receive a progress report in six months.\n")
    assert [r.text for r in found] == ["approve the Local Area SEND Improvement Plan;", "receive a progress report in six months."]


def test_thanks_and_welcome_beside_formal_decisions_are_courtesy():
    found = extract(
        "The Panel welcomed the contribution of young people to the new charter and thanked the officers "
        "for attending.\n\n"
        "RESOLVED – That the update be noted.\n")
    assert [r.text for r in found] == ["RESOLVED – That the update be noted."]


def test_a_column_heading_row_does_not_end_the_list_of_recommendations():
    found = extract(
        "4. Recommendations\nRef. Recommendation\n"
        "4.1 That the Board notes the findings of the joint inspection.\n"
        "4.2 That the Board approves the improvement plan at Appendix 2.\n"
        "5. Background\n5.1 The board last considered the plan in March.\n")
    assert [(r.label, r.kind) for r in found] == [("4.1", "recommendation"), ("4.2", "recommendation")]


# ---------------------------------------------------------------- more ways of printing a decision


def test_how_the_vote_went_between_resolved_and_that():
    for vote in ("(unanimously)", "by consensus", "by a majority vote"):
        found = extract(f"Members discussed the sufficiency plan.\n\nResolved {vote} that the plan be endorsed.")
        assert [r.text for r in found] == [f"Resolved {vote} that the plan be endorsed."]


def test_an_intro_in_lower_case_ending_with_to_heads_its_list():
    found = extract("The Schools Forum considered the report.\n\nThe Forum agreed to:\n\n"
                    "(i) note the findings of the review;\n\n(ii) set up a working group on exclusions.")
    assert [(r.label, r.text) for r in found] == [("(i)", "note the findings of the review;"),
                                                  ("(ii)", "set up a working group on exclusions.")]


def test_recommendations_agreed_as_follows():
    found = extract("The recommendations in the report were agreed as follows:\n\n"
                    "1. To accept the findings of the peer review.\n\n2. To publish the action plan by July.")
    assert [r.label for r in found] == ["1.", "2."] and found[1].text == "To publish the action plan by July."


def test_a_body_and_a_colon_before_what_it_did():
    found = extract("The Partnership Board: (a) noted the inspection letter; (b) asked the chair to write to "
                    "the schools about exclusions.")
    assert [r.label for r in found] == ["(a)", "(b)"]
    assert "opens-with-decision" in found[0].evidence


def test_resolved_that_the_body_with_an_inline_list_is_read_once():
    found = extract("Resolved that the Trust Board: (1) accepts the review's findings; (2) thanks the staff involved.")
    assert [r.label for r in found] == ["(1)", "(2)"]


def test_noting_what_had_happened_is_an_account_not_a_decision():
    found = extract("The Panel noted that the reviewers had visited six schools and that they had also met the "
                    "parent carer forum before writing their letter.\n\n"
                    "The Panel noted that two more members were willing to join the working group.")
    assert [r.text for r in found] == ["The Panel noted that two more members were willing to join the working group."]
    assert "noted-what-had-happened" not in found[0].evidence


def test_a_named_body_deciding_in_capitals_inside_a_paragraph():
    found = extract("The Head of Inclusion presented the report and answered questions on transport. After a "
                    "short debate, the Executive APPROVED the new travel assistance policy from September 2026. "
                    "The Chair thanked the officers.")
    assert [r.text for r in found] == ["After a short debate, the Executive APPROVED the new travel assistance "
                                       "policy from September 2026."]
    assert found[0].action == "approved"


@pytest.mark.parametrize("text, first", [
    ("The following was agreed:\n\n• to note the report;\n\n• to ask for an update in March.", "to note the report;"),
    ("Members agreed the following:\n\n• to note the report;\n\n• to ask for an update in March.", "to note the report;"),
    ("The Committee made the following resolutions:\n\n1. To note the report.\n\n2. To ask for an update.",
     "To note the report."),
    ("Summary of decisions:\n\n1. Noted the report.\n\n2. Agreed to ask for an update in March.", "Noted the report."),
    ("Resolved unanimously:\n\n1. To note the report.\n\n2. To ask for an update in March.", "To note the report."),
])
def test_intros_over_a_list_of_decisions(text, first):
    found = extract(text)
    assert len(found) == 2 and found[0].text == first and found[0].kind == "resolution"


def test_recommended_that_and_a_proposal_label_are_recommendations():
    found = extract("Recommended that the Schools Forum notes the outcome of the review.\n\n"
                    "Proposal: That the Forum funds two outreach posts from the high needs block.")
    assert [(r.kind, r.text) for r in found] == [
        ("recommendation", "Recommended that the Schools Forum notes the outcome of the review."),
        ("recommendation", "That the Forum funds two outreach posts from the high needs block.")]


def test_one_decision_maker_who_decided():
    found = extract("The Executive Member for Schools decided to approve the funding of 40 resourced places.\n\n"
                    "The Leader agreed to write to the minister about the funding formula.")
    assert [r.text for r in found] == ["The Executive Member for Schools decided to approve the funding of 40 "
                                       "resourced places."]


@pytest.mark.parametrize("text", ["DECISION-MAKER: CHILDREN AND YOUNG PEOPLE PANEL", "Key decision: Yes - it affects "
                                  "more than two wards", "The Panel unanimously AGREED the recommendation."])
def test_form_fields_and_bare_agreements_are_not_decisions(text):
    assert extract(text) == []


def test_more_decisions_of_narrative_minutes():
    found = extract(
        "Hedges along the lane to the school need cutting back before the autumn term. Members agreed this "
        "should be done by the clerk's contractor.\n\n"
        "After a long debate, all the members were in favour of the hall applying for charitable status.\n\n"
        "It was also resolved to pay the supplier £120.00 for the new noticeboard.\n\n"
        "Approved Grants and Allocations to 2026/27 (£000s)")
    assert [r.text for r in found] == [
        "Hedges along the lane to the school need cutting back before the autumn term. Members agreed this should be "
        "done by the clerk's contractor.",
        "After a long debate, all the members were in favour of the hall applying for charitable status.",
        "It was also resolved to pay the supplier £120.00 for the new noticeboard."]


def test_an_agenda_that_invited_a_decider_to_approve_a_list():
    found = extract("4. Short Breaks Rates 2026/27\n\n"
                    "The Cabinet Member was asked to approve for the 2026/27 financial year:\n\n"
                    "· the rates paid to short break providers;\n\n· the charges made to other councils.\n\n"
                    "Decision:\n\nThe Cabinet Member RESOLVED to approve the rates and charges.")
    assert [(r.kind, r.text) for r in found] == [
        ("recommendation", "The Cabinet Member was asked to approve for the 2026/27 financial year: · the rates paid "
                           "to short break providers; · the charges made to other councils."),
        ("resolution", "The Cabinet Member RESOLVED to approve the rates and charges.")]


def test_also_resolved_in_lower_case_opens_the_next_entry_of_printed_minutes():
    found = from_pdf([[
        "Minutes of the meeting of Eastbrook Parish Council held in the village hall on 4 March 2025",
        "17/114 Play Area",
        "Due to the date of the next meeting it was also resolved to pay the contractor £ 1,850.00 for the",
        "accessible roundabout, upon completion of the work",
        "Also resolved to pay £ 310.00 to the sign maker upon receipt of the invoice",
        "17/115 Any Other Business",
        "The clerk reported that the bus shelter had been repaired by the county council at no cost.",
    ]], header="Eastbrook Parish Council")
    texts = [r.text for r in found]
    assert "Also resolved to pay £ 310.00 to the sign maker upon receipt of the invoice" in texts
    assert any(t.endswith("upon completion of the work") for t in texts)


# ---------------------------------------------------------------- round 5's classes, in words of our own


def test_a_body_that_considered_a_report_and_resolved_over_a_numbered_list_in_a_pdf():
    found = from_pdf([[
        "Notice of decisions taken by the Cabinet of Westmarsh Borough Council",
        "Decision reference: CAB/25/031",
        "The Cabinet considered the report of the Director of Education and RESOLVED (by 7 votes to 1):",
        "1. To note the findings of the local area SEND inspection and the areas for priority action it",
        "identified.",
        "2. To approve the submission of the priority action plan to Ofsted by the end of the month.",
        "3. To ask the Director of Education to report progress to the Cabinet every quarter, starting in",
        "the autumn.",
        "Reasons for the decision",
        "The inspection found that children waited too long for an assessment of their needs and the plan",
        "sets out how the partnership will put that right.",
    ]], header="Westmarsh Borough Council - Cabinet decisions")
    assert [r.label for r in found] == ["1.", "2.", "3."]
    assert found[2].text == ("To ask the Director of Education to report progress to the Cabinet every quarter, "
                             "starting in the autumn.")


@pytest.mark.parametrize("paragraph, expected", [
    ("Following questions from members it was RESOLVED that the update on the inspection be received. "
     "It was further RESOLVED that the Director circulates the revised timetable to all members.",
     ["Following questions from members it was RESOLVED that the update on the inspection be received.",
      "It was further RESOLVED that the Director circulates the revised timetable to all members."]),
    ("RESOLVED that the Board endorses the local area's self-evaluation. It was also AGREED that a "
     "workshop on the findings be arranged for the spring.",
     ["RESOLVED that the Board endorses the local area's self-evaluation.",
      "It was also AGREED that a workshop on the findings be arranged for the spring."]),
])
def test_a_further_decision_in_the_same_paragraph_is_a_decision_of_its_own(paragraph, expected):
    found = extract("12 Local Area SEND Inspection\n\nThe Head of Inclusion presented the update.\n\n" + paragraph)
    assert [r.text for r in found] == expected


def test_a_list_item_that_runs_into_the_next_sections_heading_ends_before_it():
    found = extract(
        "Decision\n"
        "1. To note the report on the local area SEND inspection.\n"
        "2. To agree that the Head of SEND reports to the Board on the progress of the plan, in consultation\n"
        "with the Lead Member for Children and Families, and with the parent carer forum, in six months.\n"
        "Reasons for the decision\n"
        "The report, published on 2 June 2025, found that families waited too long for an assessment, with\n"
        "only a fifth of plans issued on time, and that leaders did not know the quality of provision.\n")
    assert [r.text for r in found] == [
        "To note the report on the local area SEND inspection.",
        "To agree that the Head of SEND reports to the Board on the progress of the plan, in consultation with the "
        "Lead Member for Children and Families, and with the parent carer forum, in six months."]


def test_further_decisions_in_capitals_and_a_noted_in_capitals():
    found = extract("It was RESOLVED that the update be noted. FURTHER RESOLVED that the Director writes to the ICB. "
                    "It was also NOTED that the next review is in June.")
    assert [r.text for r in found] == ["It was RESOLVED that the update be noted.",
                                       "FURTHER RESOLVED that the Director writes to the ICB.",
                                       "It was also NOTED that the next review is in June."]


@pytest.mark.parametrize("text, expected", [
    # after a decider the capitals are the clause's verb: a short decision has wording of its own
    ("12 Ofsted letter\nMembers NOTED the report.", ["Members NOTED the report."]),
    ("7 SEND Strategy\nThe Cabinet APPROVED the strategy.", ["The Cabinet APPROVED the strategy."]),
    # ... but the verb and a bare "recommendation" or nothing at all is no wording
    ("4 Minutes\nThe Panel NOTED.", []),
    ("5 Transport\nThe Board AGREED the recommendations.", []),
])
def test_a_short_decision_in_capitals_after_its_decider(text, expected):
    assert [r.text for r in extract(text)] == expected


def test_a_body_that_voted_to_do_something_decided_it():
    found = extract("8 Short breaks\nThe Forum voted to approve the proposal for short breaks funding.")
    assert [r.text for r in found] == ["The Forum voted to approve the proposal for short breaks funding."]


@pytest.mark.parametrize("opener", ["RESOLVED", "---RESOLVED", "RESOLVED that"])
def test_a_list_whose_items_open_in_capitals_is_read_whole(opener):
    """Under a trigger and its decider, "a) NOTED ...; b) ASKED ...; c) AGREED ...": every item is a
    decision, the one whose verb is not among the formal words too."""
    text = (f"7   SCHOOL PLACES\n\n    Members discussed the report.\n\n    {opener}\n\n    The Committee:\n\n"
            "    a)  NOTED the report on school places;\n\n"
            "    b)  ASKED that the Director bring the place planning strategy to the\n        Committee in March; and\n\n"
            "    c)  ENDORSED the proposal to consult on the new unit.\n\n8   ANY OTHER BUSINESS\n")
    assert [r.text for r in extract(text)] == [
        "NOTED the report on school places;",
        "ASKED that the Director bring the place planning strategy to the Committee in March; and",
        "ENDORSED the proposal to consult on the new unit."]


@pytest.mark.parametrize("heading, kind", [("2 Recommendations", "recommendation"),
                                           ("Proposals", "recommendation"),
                                           ("Decision", "resolution")])
def test_a_deciders_lead_in_under_a_recommendations_heading_asks(heading, kind):
    text = (f"Report to Cabinet\n{heading}\nThat Cabinet:\n1. Approve the school places strategy for consultation.\n"
            "2. Delegate the final wording to the Director of Education.\n3 Background\n3.1 The strategy is due.")
    assert [r.kind for r in extract(text)] == [kind, kind]


def test_a_recommendations_heading_run_into_the_line_before_still_asks():
    """A PDF whose reader ran "1 Recommendations" into the contact line above it."""
    text = ("Report to Cabinet\nContact Officer: A. Person, Head of School Places,\na.person@example.gov.uk\n"
            "1 Recommendations\nThat Cabinet:\n1. Approve the school places strategy for consultation.\n"
            "2. Delegate the final wording to the Director of Education.\n2 Background\n2.1 The strategy is due.")
    assert [r.kind for r in extract(text)] == ["recommendation", "recommendation"]


# ---------------------------------------------------------------- an issue page's background under "Decision:"


def test_background_under_a_decision_label_before_the_asked_to_intro_is_not_a_decision():
    found = extract(
        "Issue details\n\nDecision:\n\n"
        "The local area was inspected by Ofsted and the CQC in March 2022, when four areas of weakness were found. "
        "Inspectors came back in May 2024 and their letter was published in July 2024.\n\n"
        "The re-visit found that progress had not been made in:\n\n"
        "- the timeliness of plans\n- the quality of plans\n\n"
        "The Cabinet is asked to:\n\n(1) note the outcome of the re-visit;\n\n"
        "(2) approve the plan for submission to the Department for Education.")
    assert [(r.kind, r.text) for r in found] == [
        ("recommendation", "note the outcome of the re-visit;"),
        ("recommendation", "approve the plan for submission to the Department for Education.")]


def test_a_decision_under_its_label_is_kept_though_an_intro_follows():
    found = extract(
        "Decision:\n\nThe Cabinet approved the SEND improvement plan.\n\n"
        "The Cabinet further agreed:\n\n(1) to publish the plan;\n\n(2) to review it in a year.")
    assert "The Cabinet approved the SEND improvement plan." in [r.text for r in found]


def test_a_decision_inside_a_list_of_correspondence_one_item_a_line_is_that_item():
    found = extract(
        "24.05.8 Correspondence\nEmails are forwarded to Councillors when received.\n"
        "Rural Services Network bulletin May 24,\nAir ambulance donation request, Councillors resolved to give £50,\n"
        "Letter of thanks from the Youth Club.\n24.05.9 Any Other Business\nNone.")
    assert [r.text for r in found] == ["Air ambulance donation request, Councillors resolved to give £50"]


def test_prose_wrapped_after_a_comma_is_not_a_list():
    found = extract(
        "The Clerk reported on the play area inspection, the quotes received from two contractors,\n"
        "Greenway Ltd and Parkside Play, and the insurer's advice. Councillors resolved to accept\n"
        "the lower quote.")
    assert [r.text for r in found] == ["Councillors resolved to accept the lower quote."]


def test_an_intro_on_the_last_line_of_a_box_of_report_fields():
    # a front sheet's "FROM: ... Deadline date:" box runs into the intro line below it (and no
    # "Recommendations" heading of its own is read above: in a PDF it may be run into the title)
    found = extract(
        "Contact Officer: Dana Moor, Head of Inclusion\nTel. 01234 567890\n01234 567891\nSCHOOL PLACES REVIEW\n"
        "PARTNERSHIP: FINDINGS AND NEXT STEPS RECOMMENDATIONS\nFROM: Corporate Director of People Deadline date: N/A\n"
        "It is recommended that the People Scrutiny Panel:\n"
        "1. Notes the findings of the review of school places;\n"
        "2. Agrees to receive a further report in the spring.\n"
        "1. PURPOSE OF REPORT\n1.1 This report sets out the findings.")
    assert [(r.label, r.kind, r.text) for r in found] == [
        ("1.", "recommendation", "Notes the findings of the review of school places;"),
        ("2.", "recommendation", "Agrees to receive a further report in the spring.")]


def test_the_next_minutes_title_numbered_on_from_the_decisions_is_not_one():
    found = extract(
        "RESOLVED:\n\n1. To note the progress made against the plan.\n\n2. To request a briefing note on waiting "
        "times.\n\n3. SCHOOL PLACES PLANNING REPORT\n\nThe report was introduced by the Director.\n\nRESOLVED:\n\n"
        "1. To note the report.\n")
    assert [r.text for r in found] == ["To note the progress made against the plan.",
                                       "To request a briefing note on waiting times.", "To note the report."]


def test_a_clause_wrapped_before_its_paragraph_number_keeps_the_next_clause():
    # "... at paragraph" | "5." | "b) Agree ...": the number that ends a) is read as b)'s marker
    found = extract(
        "RECOMMENDATION\n1. The Committee is RECOMMENDED to:\na) Note the progress made against the plan, as set out "
        "in the table at paragraph\n5.\nb) Agree to receive a further progress report in the autumn.\nExecutive "
        "Summary\n2. The area was inspected in June.")
    assert [(r.label, r.text) for r in found][-1] == (
        "b)", "Agree to receive a further progress report in the autumn.")
    assert len(found) == 2


def test_the_account_of_the_minutes_approved_before_its_formal_decision_is_not_a_second_one():
    found = extract(
        "HW2 MINUTES\nThe minutes of the last meeting held on 3 March 2023 were agreed as a correct record, subject\n"
        "to the correction of a title.\nRESOLVED - That the minutes of the meeting held on 3 March 2023 be approved "
        "as a correct\nrecord, subject to the correction noted.\nHW3 DECLARATIONS OF INTEREST\nNone.")
    assert len(found) == 1 and found[0].text.endswith(
        "That the minutes of the meeting held on 3 March 2023 be approved as a correct record, subject to the "
        "correction noted.")


def test_a_label_word_wrapped_alone_in_a_narrow_cell_is_no_label():
    found = extract(
        "2.2 Complete a joint\nreview of therapies.\nThe therapy\nreview is complete\nand its\nrecommendations\n"
        "are being costed;\na business case\nwill be considered\nby the ICB in May\n2023.")
    assert found == []


def test_a_label_on_the_last_line_of_a_title_in_capitals_over_a_list():
    # the report's title in capitals and the "RECOMMENDATIONS" label below it read as one paragraph
    found = extract(
        "PEOPLE AND COMMUNITIES SCRUTINY PANEL AGENDA ITEM No. 4\n12 MAY 2025 PUBLIC REPORT\n"
        "Report of: Dana Moor-Whitfield, Corporate Director of People and Communities Services\n"
        "Cabinet Member(s) responsible: Councillor Ann Wren-Halsey, Cabinet Member for Education, Schools,\n"
        "Skills and Lifelong Learning\nContact Officer(s): Bill Stott-Carew, Head of School Place Planning\n"
        "Cara Pym-Oldfield, Assistant Director, Education and Inclusion\nTel. 01234 567890\n01234 567891\n"
        "REVIEW OF SPECIALIST SCHOOL PLACES ACROSS THE NORTHFIELD LOCAL\nAREA: FINDINGS AND NEXT STEPS\n"
        "RECOMMENDATIONS\n1. Notes the findings of the review of specialist school places across the local area and "
        "the gaps in\nprovision;\n2. Agrees to receive a further report in the spring.\n1. PURPOSE OF REPORT\n"
        "1.1 This report sets out the findings.")
    assert [(r.label, r.kind) for r in found] == [("1.", "recommendation"), ("2.", "recommendation")]


# ---------------------------------------------------------------- "is asked to note:" over numbered sentences


def test_asked_to_note_over_items_that_are_sentences_of_their_own():
    found = extract(
        "Recommendations for noting:\nThe Executive is asked to note:\n"
        "1. The findings of the joint inspection of the Westshire local area partnership, published on 4 March 2025.\n"
        "2. That progress against the plan will be reported to the Improvement Board every quarter.\n")
    texts = [r.text for r in found]
    assert len(found) == 2, texts
    assert texts[0].startswith("The findings of the joint inspection")
    assert texts[1].startswith("That progress against the plan")


def test_asked_to_approve_over_objects_in_lower_case_stays_one_recommendation():
    found = extract("The Cabinet Member is asked to approve:\n(a) the fees for 2025/26;\n(b) the charging policy.\n")
    assert len(found) == 1


# ---------------------------------------------------------------- full Council minutes as a "Minute / Decision / Action By" table


def test_a_decision_cell_of_a_minutes_row_with_an_action_column():
    found = extract(
        "Minute No. | Description/Decision | Action By\n"
        "12 MINUTES OF THE LAST MEETING\n"
        "| Agreed - That the minutes of the meeting held on 3 June 2025 be taken as read and signed. | JB\n"
        "13 DECLARATIONS OF INTEREST\nThere were none.\n")
    assert [r.text for r in found] == ["Agreed - That the minutes of the meeting held on 3 June 2025 be taken as read and signed."]


def test_agreed_after_a_mover_and_seconder_inside_the_minute():
    found = extract(
        "Minutes of the Council\n"
        "46 RECOMMENDATION OF THE EXECUTIVE - CAPITAL STRATEGY 2025/26 Moved by Councillor Aldwark and seconded by "
        "Councillor Lindrick:- Agreed - That the Capital Strategy for 2025/26 be approved.\n"
        "GM\n"
        "47 RECOMMENDATION OF THE EXECUTIVE - LOCAL PLAN Moved by Councillor Aldwark and seconded by Councillor "
        "Morley:- Agreed -\n(a) that the Local Plan timetable be adopted; and\n(b) that the Director be authorised to "
        "publish it.\nAS\n48 QUESTIONS\nThere were none.\n")
    texts = [r.text for r in found]
    assert any(t.endswith("That the Capital Strategy for 2025/26 be approved.") for t in texts), texts
    assert any(t.startswith("that the Local Plan timetable be adopted") for t in texts), texts
    assert any(t.startswith("that the Director be authorised") for t in texts), texts


def test_a_minute_run_into_its_row_cells_and_the_meeting_closing():
    found = extract(
        "12 MINUTES OF THE LAST MEETING Moved by Councillor Aldwark and seconded by Councillor Lindrick:- | Agreed - "
        "That the minutes of the meeting held on 3 June 2025 be taken as read and signed. | JB 13 DECLARATIONS OF "
        "INTEREST Councillor Morley declared an interest in minute 15.\n\n"
        "Agreed - That the minutes of the committees be received.\nThe meeting closed at 6.10 p.m.\n")
    texts = [r.text for r in found]
    assert texts == ["Agreed - That the minutes of the meeting held on 3 June 2025 be taken as read and signed.",
                     "Agreed - That the minutes of the committees be received."], texts


def test_a_scrutiny_report_table_of_recommendations_to_cabinet():
    found = extract(
        "7. Recommendations made in 2024/25\n7.1 The panels made 11 recommendations, shown below with the response.\n"
        "Date Panel Recommendation Response\n"
        "12/06/2024 | Children and\nYoung People | That the Panel recommends to Cabinet that the SEND strategy be "
        "co-produced with parents and published. | Accepted.\nPublished 2\nJuly 2024.\n"
        "08/01/2025 | Housing | That the Panel recommends to Cabinet that damp homes of disabled children be inspected "
        "first. | Accepted in part. 19/03/2025 | Housing | That the Panel recommends to Cabinet that grants be "
        "advertised to landlords. | Accepted.\n8. Priorities for 2025/26\n")
    texts = [r.text for r in found]
    assert texts == ["That the Panel recommends to Cabinet that the SEND strategy be co-produced with parents and published.",
                     "That the Panel recommends to Cabinet that damp homes of disabled children be inspected first.",
                     "That the Panel recommends to Cabinet that grants be advertised to landlords."], texts
    assert {r.kind for r in found} == {"resolution"}  # what the panel resolved to recommend
