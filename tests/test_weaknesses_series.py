"""Weaknesses in the shapes rounds 13 and 14 missed, each a general class with invented pages (helper
weak14): an inspection as the subject of a verb of asking announces the list under it, whatever the items'
words (the SPEAKER cue); an inline series after a colon, set off by semicolons, read as a list is; an
ordinal series whose verb is elided after the first ("the second, Y"); a relative clause's verb is no
speaker; whom inspectors met is the inspection's scope."""

from __future__ import annotations

from tests.weakness_pages import texts


# The speaker cue: an inspection asks, over a list -------------------------------------------------

def test_inspectors_recommend_that_the_partnership_over_verb_phrases():
    page = (
        "Our SEND inspection\n\n"
        "Ofsted and the CQC inspected the local area partnership in June 2025.\n\n"
        "In the letter, the inspectors urge that the council and the ICB:\n\n"
        "• speeds up the transfer of records when children move between schools;\n\n"
        "• widens the choice of supported internships for young adults.\n\n"
        "Contact us\n"
    )
    assert texts(page) == [
        "speeds up the transfer of records when children move between schools;",
        "widens the choice of supported internships for young adults.",
    ]


def test_committee_report_recommending_is_no_speaker():
    page = (
        "Ofsted and the CQC inspected the local area partnership in June 2025.\n\n"
        "This report recommends that Cabinet:\n\n"
        "• approves the updated strategy for children with SEND;\n\n"
        "• delegates its publication to the Director of Children's Services.\n"
    )
    assert texts(page) == []


# An inline series after a colon -------------------------------------------------------------------

def test_semicolon_series_after_an_inspection_asking():
    page = (
        "Minutes\n\n"
        "The Director recalled that Ofsted and the CQC had visited in May 2024 and that the inspection report,"
        " issued in July, had asked the council to improve three things: the waits for wheelchair assessments;"
        " the quality of annual reviews of plans; and the support for young people moving into adult health"
        " services.\n\n"
        "Members asked about the budget.\n"
    )
    assert texts(page) == [
        "the waits for wheelchair assessments",
        "the quality of annual reviews of plans",
        "the support for young people moving into adult health services",
    ]


def test_semicolon_series_of_verbs_after_inspectors_asked_that_leaders():
    page = (
        "2.1 The area was inspected by Ofsted and the CQC in February 2025. The letter praised the"
        " short breaks offer.\n"
        "2.2 The letter asks that leaders: cut the waits for a sensory assessment; make sure that health\n"
        "advice reaches EHC plans in time, and that it is specific; and check that therapy in plans is\n"
        "delivered.\n"
        "2.3 This report sets out our response.\n"
    )
    assert texts(page) == [
        "cut the waits for a sensory assessment",
        "make sure that health advice reaches EHC plans in time, and that it is specific",
        "check that therapy in plans is delivered",
    ]


def test_semicolon_series_of_people_inspectors_met_is_scope():
    page = (
        "The inspection looked at the areas where the local area supports children with SEND, and"
        " inspectors met: headteachers and SENCOs; health visitors; the parent carer forum; and young people.\n"
    )
    assert texts(page) == []


def test_resolved_semicolon_series_is_no_finding():
    page = (
        "Ofsted and the CQC inspected the partnership in 2024 and named three areas for improvement.\n\n"
        "RESOLVED: that the report be noted; that the plan be approved; and that progress be reported in June.\n"
    )
    assert texts(page) == []


# An ordinal series with its verb elided ----------------------------------------------------------

def test_ordinal_series_with_the_verb_elided_after_the_first():
    page = (
        "Ofsted inspected the SEND partnership in 2024. The letter asked the council to get better in three"
        " respects. The first concerned the waits for wheelchair assessments, which families described as"
        " long; the second, the quality of transition plans at 14; and the last, that families are not told"
        " when plans change.\n"
    )
    assert texts(page) == [
        "the waits for wheelchair assessments, which families described as long",
        "the quality of transition plans at 14",
        "families are not told when plans change",
    ]


# Tables: the findings' column after a reference column; a plain-text table whose cells wrap ------------

def test_web_table_whose_findings_column_follows_a_reference_column():
    page = (
        "Ofsted and the CQC inspected the SEND partnership in March 2025.\n\n"
        "No.\n\n"
        "What the inspectors found\n\n"
        "W1\n\n"
        "Too many children wait more than a year for a sensory assessment.\n\n"
        "W2\n\n"
        "Health advice for EHC plans is often late and too general.\n\n"
        "W3\n\n"
        "Leaders should make sure that annual reviews lead to plans being updated.\n\n"
        "The plan was agreed in May.\n"
    )
    assert texts(page) == [
        "Too many children wait more than a year for a sensory assessment.",
        "Health advice for EHC plans is often late and too general.",
        "Leaders should make sure that annual reviews lead to plans being updated.",
    ]


def test_plain_text_table_whose_finding_cells_wrap_beside_a_rating():
    page = (
        "The re-visit by Ofsted and the CQC reported on the SEND weaknesses of 2018.\n\n"
        "Area of weakness (2018)                             Progress rating\n\n"
        "The local offer is out of date and hard for          Amber\n"
        "families to find\n\n"
        "Too few young people with SEND move into paid        Red\n"
        "work or supported internships\n\n"
        "Members asked for the next update in June.\n"
    )
    assert texts(page) == [
        "The local offer is out of date and hard for families to find",
        "Too few young people with SEND move into paid work or supported internships",
    ]


# A re-visit's verdicts in one sentence, each half's areas named after "relating to" / "in relation to" --

def test_verdict_both_ways_with_relational_prepositions():
    page = (
        "The SEND re-visit letter from Ofsted and the CQC was published in May 2023. Inspectors found that enough"
        " progress had been made in two of the four areas, in relation to the local offer, and the transition to"
        " adult services, but not in respect of the timeliness of annual reviews, or the quality and reach of"
        " short breaks.\n"
    )
    assert texts(page) == [
        "the local offer",
        "the transition to adult services",
        "the timeliness of annual reviews",
        "the quality and reach of short breaks",
    ]


def test_serial_comma_series_keeps_each_items_own_and():
    page = (
        "Ofsted and the CQC inspected the SEND partnership in 2024. The three areas for improvement concern the"
        " range of therapies and the waits for them, the quality of plans, and the way leaders listen to families.\n"
    )
    assert texts(page) == [
        "the range of therapies and the waits for them",
        "the quality of plans",
        "the way leaders listen to families",
    ]


def test_pdf_table_rows_do_not_push_the_inspection_out_of_reach():
    rows = "".join(f"{n} | Leaders should make sure that the service number {n} improves its waiting times a lot. | "
                   f"Director of Education and Skills\n" for n in range(1, 8))
    page = (
        "1. The inspection report from Ofsted and the CQC found widespread and/or systemic failings in the SEND\n"
        "partnership. The priority actions are in the table below.\n"
        "No. Priority action Lead officer\n" + rows +
        "2. The two areas for improvement concern the timeliness of annual reviews of EHC plans, and the\n"
        "information given to families on the Local Offer.\n"
    )
    assert texts(page)[-2:] == [
        "the timeliness of annual reviews of EHC plans",
        "the information given to families on the Local Offer",
    ]


# Precision: praise under a speaker that gives no polarity; a news release's closing lines --------------

def test_praise_list_under_a_reporting_intro_is_no_finding_whatever_the_count():
    page = (
        "Newsroom\n\nInspectors find positive experiences for children with SEND in the borough\n\n"
        "Children and young people with SEND in the borough generally have positive experiences and outcomes,"
        " according to a report published today by Ofsted and the Care Quality Commission (CQC).\n\n"
        "The joint inspection looked at how the Council and the ICB work together for the borough's 0 to"
        " 25-year-olds with SEND. This is the highest of the three outcomes an area can receive.\n\n"
        "Inspectors highlighted:\n\n"
        "• the warm welcome families receive at the family hubs;\n\n"
        "• the well-planned moves into reception classes;\n\n"
        "• the range of clubs open to disabled children.\n\n"
        "The Leader said she was proud of staff.\n"
    )
    assert texts(page) == []


def test_closing_lines_of_a_release_under_its_findings_are_no_findings():
    page = (
        "Ofsted and the CQC inspected our SEND partnership in March 2025.\n\n"
        "The report names these areas for improvement:\n\n"
        "• Leaders should cut the time families wait for a sensory assessment.\n\n"
        "• The ICB should make sure health advice for EHC plans arrives on time.\n\n"
        "• A further monitoring visit is expected to take place in 2026.\n\n"
        "• For press enquiries, please contact the press office on 01234 567890.\n"
    )
    assert texts(page) == [
        "Leaders should cut the time families wait for a sensory assessment.",
        "The ICB should make sure health advice for EHC plans arrives on time.",
    ]


# Labels that name the kind of finding, over their paragraphs, after an intro that counts them -------

def test_priority_action_labels_over_paragraphs_after_a_counting_intro():
    page = (
        "Ofsted and the CQC inspected the SEND partnership in May 2024.\n\n"
        "The report sets two priority actions, which must be met urgently, and two areas for improvement. We have"
        " copied them below word for word.\n\n"
        "Priority action 1\n\n"
        "Leaders should cut the time families wait for a sensory assessment.\n\n"
        "Priority action 2\n\n"
        "The ICB should make sure health advice for EHC plans arrives on time.\n\n"
        "Area for improvement 1\n\n"
        "Leaders should improve the information on the local offer.\n\n"
        "Area for improvement 2\n\n"
        "Leaders should check that annual reviews update plans promptly.\n\n"
        "Our plan\n\nWe will report each term.\n"
    )
    assert texts(page) == [
        "Leaders should cut the time families wait for a sensory assessment.",
        "The ICB should make sure health advice for EHC plans arrives on time.",
        "Leaders should improve the information on the local offer.",
        "Leaders should check that annual reviews update plans promptly.",
    ]


# Findings named in apposition inside sentences about their progress ------------------------------------

def test_areas_named_in_apposition_to_their_ordinal_or_count():
    page = (
        "Ofsted and the CQC inspected the SEND partnership in 2023 and re-visited it in 2025.\n\n"
        "The Head of Service reported on each area in turn. The first weakness, that too few families knew where"
        " to find help, had been tackled through a new directory. On the second priority action, which required"
        " the ICB to cut the waits for speech therapy, the Designated Clinical Officer said waits had halved."
        " The two other areas for improvement, the planning for adulthood and the oversight of children out of"
        " school, were not looked at this time.\n"
    )
    assert texts(page) == [
        "too few families knew where to find help",
        "cut the waits for speech therapy",
        "the planning for adulthood",
        "the oversight of children out of school",
    ]


def test_a_description_in_apposition_is_no_finding_without_an_inspection():
    page = (
        "The SEND Board met in May. The first priority, a new inclusion charter for schools, was agreed."
        " The second priority, which asked schools to cut exclusions, was deferred.\n"
    )
    assert texts(page) == []


# A speaker label over the report's words, in a wrapped PDF paragraph -----------------------------------

def test_what_the_letter_said_label_over_a_wrapped_sentence():
    page = (
        "3.1 Ofsted and the CQC inspected the SEND partnership in 2024. Each area is set out below.\n"
        "Area 1: Transition to adult services\n"
        "What the letter asked: Leaders should make sure that young people with SEND and their families know\n"
        "what support they will get from adult health services well before they turn 18.\n"
        "What we have done: A transition nurse started in January 2025.\n"
        "Area 2: Short breaks\n"
        "What the letter asked: Leaders should widen the short breaks offer for disabled children, including\n"
        "Saturday clubs and overnight stays.\n"
        "What we have done: Two new clubs opened in the spring.\n"
    )
    assert texts(page) == [
        "Leaders should make sure that young people with SEND and their families know what support they will get"
        " from adult health services well before they turn 18.",
        "Leaders should widen the short breaks offer for disabled children, including Saturday clubs and"
        " overnight stays.",
    ]


def test_what_inspectors_found_label_over_praise_is_no_finding():
    page = (
        "Ofsted and the CQC re-visited the SEND partnership in 2024.\n\n"
        "What inspectors found: the parent carer forum is a valued and equal partner.\n\n"
        "Contact us\n"
    )
    assert texts(page) == []


# Findings filed under a plan's workstreams; a count of which items are which ---------------------------

def test_findings_listed_under_workstreams_after_a_sentence_saying_which_are_which():
    page = (
        "Reasons for the decision:\n\n"
        "The inspection report from Ofsted and the CQC found widespread and/or systemic failings in the SEND"
        " partnership. It set two priority actions and one area for improvement. They are set out below under the"
        " strands of the plan that answers each; the first two are the priority actions.\n\n"
        "• Early years: Leaders should make sure that needs are identified before children start school.\n\n"
        "• Health: The ICB should cut the waits for autism assessment.\n\n"
        "• Adulthood: Leaders should widen the choice of supported internships.\n\n"
        "Alternative options considered: none.\n"
    )
    assert texts(page) == [
        "Early years: Leaders should make sure that needs are identified before children start school.",
        "Health: The ICB should cut the waits for autism assessment.",
        "Adulthood: Leaders should widen the choice of supported internships.",
    ]


def test_a_verdict_on_the_finding_just_named_is_no_finding():
    page = (
        "Ofsted and the CQC carried out a SEND monitoring inspection in 2025.\n\n"
        "Priority action 1: Leaders should cut the waits for speech and language therapy.\n\n"
        "Inspectors found that this priority action has not been fully met, although waits have fallen.\n"
    )
    assert texts(page) == ["Leaders should cut the waits for speech and language therapy."]
