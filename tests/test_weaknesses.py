"""Weaknesses: each rule on small made-up pages, and the hard cases met in real papers."""

from __future__ import annotations

from pipeline.records import Page
from tests.weakness_pages import extract, texts



# Introduced lists ---------------------------------------------------------------

def test_lettered_list_hard_wrapped_like_a_pdf():
    page = (
        "In March 2023 the local area was inspected by Ofsted and the CQC\n"
        "to judge how well it meets the needs of children with SEND.\n"
        "The significant weaknesses identified were:\n"
        "a) the poor quality of EHC plans and the lack of contributions from\n"
        "health and social care professionals\n"
        "b) the long waiting times for CAMHS and speech and language\n"
        "therapy\n"
        "c) the weak oversight of alternative provision.\n"
        "2.3 The council has started work on a written statement of action\n"
        "that it will submit to Ofsted by the end of June.\n"
    )
    assert texts(page) == [
        "the poor quality of EHC plans and the lack of contributions from health and social care professionals",
        "the long waiting times for CAMHS and speech and language therapy",
        "the weak oversight of alternative provision.",
    ]


def test_bullets_stop_at_the_next_paragraph_and_progress_lists_are_not_weaknesses():
    page = (
        "Members were reminded of the areas of concern from the SEND inspection. These were as follows:-\n\n"
        "• Limited co-production with families\n"
        "• Transition\n\n"
        "The director then set out the progress made since the inspection. These were as follows:-\n\n"
        "• Appointment of an independent chair\n"
        "• A new SEND newsletter\n"
    )
    assert texts(page) == ["Limited co-production with families", "Transition"]


def test_numbered_items_with_blank_lines_and_strengths_before_the_naming():
    page = (
        "Ofsted and the CQC inspected the area's SEND services and, although there were strengths,"
        " they also identified three areas of weakness:\n\n"
        "1. The local offer is not effective\n\n"
        "2. Leaders do not know the quality of new EHC plans\n\n"
        "3. Co-production is weak\n\n"
        "The council and its partners have produced a plan to address these areas.\n"
    )
    assert len(texts(page)) == 3


def test_stated_count_caps_the_list():
    page = (
        "The Ofsted inspection found two areas of weakness:\n"
        "• EHC plans are late\n"
        "• Parents are not involved in designing services\n"
        "• A bullet about something else that happens to follow\n"
    )
    assert texts(page) == ["EHC plans are late", "Parents are not involved in designing services"]


def test_a_stated_number_of_lines_without_bullets():
    page = (
        "Ofsted and the CQC found three areas of significant weakness in the SEND system:\n"
        "The quality of EHC plans\n"
        "Waiting times for therapy\n"
        "The local offer\n"
        "We have written a plan to put these right, working with parents.\n"
    )
    assert texts(page) == ["The quality of EHC plans", "Waiting times for therapy", "The local offer"]
    assert texts(page.replace("three areas", "four areas")) == []  # the count must hold


def test_short_intro_points_back_and_areas_put_right_are_left_out():
    page = (
        "Inspectors revisited the local area. They found sufficient progress in two areas, which no longer need"
        " to be monitored. These were:\n\n"
        "• SEND strategy\n"
        "• Local offer\n\n"
        "There were two areas where inspectors found changes too recent to show impact. These were:\n\n"
        "• The timeliness of EHC plans\n"
        "• Outcomes for children with SEND\n"
    )
    assert texts(page) == ["The timeliness of EHC plans", "Outcomes for children with SEND"]


def test_not_made_sufficient_progress_still_lists_weaknesses():
    page = (
        "At the revisit, inspectors found the area had not made sufficient progress in addressing the"
        " following significant weaknesses:\n"
        "- the quality of EHC plans\n"
        "- the sufficiency of specialist places\n"
    )
    assert texts(page) == ["the quality of EHC plans", "the sufficiency of specialist places"]


def test_labelled_actions_after_namely():
    page = (
        "The SEND inspection required a written statement of action on 2 areas of concern, namely:-\n"
        "Action 1 - the poor progress of pupils with an EHCP at key stage 4.\n"
        "Action 2 - the weakness of joint commissioning.\n"
        "The report concluded that the statement had been submitted.\n"
    )
    assert texts(page) == ["the poor progress of pupils with an EHCP at key stage 4.",
                           "the weakness of joint commissioning."]


def test_priority_action_labels_on_their_own_lines():
    page = (
        "Following the local area SEND inspection, Ofsted approved our plan.\n"
        "Priority action 1\n"
        "Leaders should urgently improve the timeliness of EHC plans.\n"
        "Priority action 2\n"
        "Leaders should reduce waiting times for therapies.\n"
        "Improvement board\n"
        "The board meets every six weeks.\n"
    )
    assert texts(page) == ["Leaders should urgently improve the timeliness of EHC plans.",
                           "Leaders should reduce waiting times for therapies."]


def test_numbered_items_with_explanation_in_between():
    page = (
        "Our SEND inspection report set out what must change.\n\n"
        "Priority actions from the inspection\n\n"
        "1: Speed up the issuing of new plans for children.\n\n"
        "What we are doing\n\n"
        "We are hiring more caseworkers.\n\n"
        "• Two caseworkers started in May.\n\n"
        "2: Reduce how long families wait for therapy.\n\n"
        "What we are doing\n\n"
        "A new therapy contract starts in June.\n"
    )
    assert texts(page) == ["Speed up the issuing of new plans for children.",
                           "Reduce how long families wait for therapy."]


def test_item_continues_over_a_blank_line_and_actions_are_dropped():
    page = (
        "The following significant areas of weakness were identified by the SEND inspection:-\n\n"
        "- Records are inaccurate.\n"
        "- EHC plans are of poor quality and the information from plans and annual\n\n"
        "reviews is not used to inform commissioning.\n"
        "- To respond, the partnership is preparing its written statement of action.\n"
    )
    assert texts(page) == [
        "Records are inaccurate.",
        "EHC plans are of poor quality and the information from plans and annual reviews is not used to inform"
        " commissioning.",
    ]


def test_what_inspectors_told_us_keeps_only_the_shortfalls():
    page = (
        "After the SEND inspection in 2017 Ofsted and the CQC told us that:\n"
        "• leaders know the area well\n"
        "• services needed to work better together\n"
        "• we were taking too long to issue EHC plans\n"
    )
    assert texts(page) == ["services needed to work better together", "we were taking too long to issue EHC plans"]


def test_what_the_written_statement_must_address():
    page = ("The SEND inspection letter was published in May. The written statement of action must address:\n"
            "• weak joint commissioning\n• the poor quality of EHC plans\n")
    assert texts(page) == ["weak joint commissioning", "the poor quality of EHC plans"]


def test_a_heading_over_strengths_and_weaknesses_together_is_left_alone():
    page = ("Outcome of the SEND inspection\n\nStrengths and areas for improvement\n\n"
            "• a strong parent carer forum\n• slow EHC plans\n")
    assert texts(page) == []


def test_a_report_paragraph_number_ends_a_wrapped_list():
    page = (
        "2.1 The inspectors identified the following key areas for\n"
        "development in the local area's SEND arrangements:\n"
        "• Improve the consistency of SEN support in schools\n"
        "• Reduce the number of exclusions for pupils with SEND\n"
        "2.2 The local area has since developed an action plan with its partners and\n"
        "has shared it with parents.\n"
    )
    assert texts(page) == ["Improve the consistency of SEN support in schools",
                           "Reduce the number of exclusions for pupils with SEND"]


def test_members_own_concerns_are_debate():
    page = (
        "The committee considered the SEND inspection report. Members raised the following concerns:\n"
        "• the cost of home to school transport\n"
        "• the timing of the next meeting\n"
    )
    assert texts(page) == []


def test_a_list_of_actions_to_address_weaknesses_is_not_weaknesses():
    page = (
        "Since the Ofsted inspection, a plan to address known weaknesses means work is underway in several areas:\n"
        "• A new triage system\n"
        "• Extra staff in the SEND team\n"
    )
    assert texts(page) == []


def test_heading_then_unmarked_paragraphs():
    page = (
        "Ofsted and CQC inspection of the local area partnership\n\n"
        "Areas for improvement\n\n"
        "Leaders should improve the timeliness of annual reviews of EHC plans.\n\n"
        "Leaders should make sure that the local offer is up to date.\n\n"
        "Next steps\n\n"
        "The partnership will publish its plan.\n"
    )
    assert texts(page) == ["Leaders should improve the timeliness of annual reviews of EHC plans.",
                           "Leaders should make sure that the local offer is up to date."]


def test_item_running_over_a_page_break_quotes_its_first_page():
    first = "The SEND inspection identified these weaknesses:\n• the long waits for ASD\n"
    second = "assessment and reviews\n\nThe council accepts the findings.\n"
    [item] = extract(first, second)
    assert item.text == "the long waits for ASD assessment and reviews"
    assert item.page == 1 and item.quote == "the long waits for ASD"


# Sentences --------------------------------------------------------------------------

def test_enumerated_sentence_keeps_compound_phrases_whole():
    page = ("The inspection report found serious weaknesses. The areas of concern it listed included unclear"
            " strategic plans, the limited say of young people and the delays in Education, Health and Care plans"
            " reaching families.")
    assert texts(page) == ["unclear strategic plans", "the limited say of young people",
                           "the delays in Education, Health and Care plans reaching families"]


def test_inline_lettered_items_in_one_sentence():
    page = ("The SEND inspection letter was published. The significant weaknesses identified were: (a) the poor"
            " quality of EHC plans; (b) long waits for CAMHS; and (c) weak joint commissioning.")
    assert texts(page) == ["the poor quality of EHC plans", "long waits for CAMHS", "weak joint commissioning"]


def test_and_before_a_gerund_opens_a_new_item_but_speech_and_language_does_not():
    page = ("Inspectors identified concerns including the need to reduce the time taken to issue EHC plans and"
            " waiting times for speech and language services.")
    assert texts(page) == ["the need to reduce the time taken to issue EHC plans",
                           "waiting times for speech and language services"]


def test_modifier_after_a_comma_stays_with_its_item_and_should_sentences_continue():
    page = (
        "The SEND inspection letter was published in July.\n"
        "Areas for improvement included sharper targets in the SEND plan, with regular reporting and"
        " checking of progress. The council should publish waiting times;\n"
        "The council should reduce exclusions of children with EHC plans;\n"
        "The parent carer forum had helped write the plan.\n"
    )
    assert texts(page) == [
        "sharper targets in the SEND plan, with regular reporting and checking of progress",
        "The council should publish waiting times",
        "The council should reduce exclusions of children with EHC plans",
    ]


def test_reported_findings_that_state_a_shortfall():
    page = ("The DfE review of the SEND partnership welcomed the new board, but the review also said that"
            " transition planning is not yet consistent. The inspection report (June 2023) found delays in"
            " issuing plans and identified gaps in therapy provision.")
    assert texts(page) == ["transition planning is not yet consistent",
                           "delays in issuing plans", "gaps in therapy provision"]


def test_reported_progress_judgements_and_praise_are_not_weaknesses():
    page = ("The SEND revisit judged that insufficient progress had been made. Inspectors found that the new"
            " EHC plan quality assurance process has helped. The report also noted that action must continue.")
    assert texts(page) == []


def test_numbered_areas_named_in_a_sentence():
    page = ("After the SEND revisit, work to improve continued on Area 2 (the timeliness of plans) and"
            " Area 4 (attendance of pupils with SEND). Milestones for Area 4 were revised.")
    assert texts(page) == ["Area 2 (the timeliness of plans)", "Area 4 (attendance of pupils with SEND)"]


def test_quoted_weakness():
    page = ("A councillor queried a weakness named in the SEND inspection report: \u201cyoung people have too few"
            " routes into work\u201d. Officers explained the background.")
    assert texts(page) == ["young people have too few routes into work"]


def test_findings_of_a_school_inspection_without_send_context_are_ignored():
    page = ("Recent primary school inspections looked at the curriculum. Across schools, inspectors' areas for"
            " development include phonics teaching, reading for pleasure and times tables.")
    assert texts(page) == []


def test_repeated_items_are_kept_once():
    page = (
        "The SEND inspection found these weaknesses:\n• the quality of EHC plans\n\n"
        "To recap, the SEND inspection found these weaknesses:\n• the quality of EHC plans\n"
    )
    assert texts(page) == ["the quality of EHC plans"]


# Re-visits, pointing back, colons and single sentences -----------------------------

def test_a_judgement_of_too_little_progress_introduces_the_remaining_weaknesses():
    page = (
        "The re-visit letter from Ofsted and the CQC found that the local area had made sufficient progress in"
        " two of the four significant weaknesses. The area has not made sufficient progress in tackling:\n\n"
        "• the late completion of annual reviews;\n"
        "• the patchy access to occupational therapy.\n"
    )
    assert texts(page) == ["the late completion of annual reviews;", "the patchy access to occupational therapy."]


def test_insufficient_progress_after_a_sentence_about_progress_made():
    page = (
        "Inspectors revisited the SEND partnership in May and judged that enough had changed in three areas."
        " They found that sufficient progress had been made in most of the weaknesses. Insufficient progress"
        " had been made in:\n"
        "(a) the oversight of children educated at home; and\n"
        "(b) the reach of the parent carer forum.\n"
    )
    assert texts(page) == ["the oversight of children educated at home; and", "the reach of the parent carer forum."]


def test_the_count_after_the_progress_judgement_caps_the_list():
    page = (
        "The SEND revisit looked again at the five weaknesses found in 2019; insufficient progress had been"
        " made in two, namely:\n"
        "- the wait for sensory assessments;\n"
        "- the variability of transition plans.\n"
        "- The board will meet monthly.\n"
    )
    assert texts(page) == ["the wait for sensory assessments;", "the variability of transition plans."]


def test_progress_made_still_introduces_no_weaknesses():
    page = ("At the SEND revisit inspectors found sufficient progress in these areas:\n"
            "• the local offer\n• joint commissioning\n")
    assert texts(page) == []


def test_a_short_intro_points_back_to_the_paragraph_before():
    page = (
        "3.1 The Ofsted and CQC inspection found three areas of significant weakness, which the written\n"
        "statement of action set out to remedy.\n"
        "\n"
        "3.2 The three areas were:\n"
        "i. the slow response of health partners to requests for advice;\n"
        "ii. the uneven quality of SEN support in secondary schools;\n"
        "iii. the absence of a shared outcomes framework.\n"
    )
    assert texts(page) == ["the slow response of health partners to requests for advice;",
                           "the uneven quality of SEN support in secondary schools;",
                           "the absence of a shared outcomes framework."]


def test_an_intro_about_something_else_does_not_point_back():
    page = (
        "The SEND inspection found three areas of significant weakness.\n"
        "\n"
        "The board's first actions were:\n"
        "• appointing a SEND programme manager\n"
        "• reviewing the EHC hub\n"
    )
    assert texts(page) == []


def test_a_paragraph_number_is_not_a_stated_count():
    page = (
        "The inspection report listed the areas of weakness.\n\n"
        "2 The areas were:\n"
        "• slow EHC plans\n• poor transition\n• thin local offer\n"
    )
    assert len(texts(page)) == 3


def test_an_enumeration_after_a_colon_inside_a_sentence():
    page = ("The SEND inspection report named two areas for improvement: the inconsistent use of one-page profiles"
            " and the limited choice of post-16 courses. The plan was agreed.")
    assert texts(page) == ["the inconsistent use of one-page profiles", "the limited choice of post-16 courses"]


def test_areas_of_insufficient_progress_the_plan_must_address():
    page = ("After the SEND revisit, the areas where insufficient progress has been made, and which the plan"
            " must cover, are: the timeliness of reviews; the quality of advice from social care; and the"
            " visibility of the local offer.")
    assert texts(page) == ["the timeliness of reviews", "the quality of advice from social care",
                           "the visibility of the local offer"]


def test_a_colon_after_weaknesses_put_right_lists_nothing():
    page = ("At the SEND revisit inspectors found sufficient progress in two areas of weakness: the local offer"
            " and joint commissioning.")
    assert texts(page) == []


def test_what_too_little_progress_was_made_in_item_by_item():
    page = ("The revisit letter says that the area has not yet made sufficient progress in raising the attendance"
            " of pupils with SEND, or in shortening waits for sensory processing assessments.")
    assert texts(page) == ["raising the attendance of pupils with SEND",
                           "shortening waits for sensory processing assessments"]


def test_too_little_progress_in_a_count_of_areas_is_not_an_item():
    page = ("The SEND revisit found the area had not made sufficient progress in two of the five areas of"
            " weakness. Insufficient progress has been made overall.")
    assert texts(page) == []


def test_one_remaining_weakness_stated_as_a_sentence():
    page = ("Inspectors found at the SEND revisit that most weaknesses had been addressed. The remaining weakness"
            " relates to the support for young people moving to adult health services, which is still patchy.")
    assert texts(page) == ["The remaining weakness relates to the support for young people moving to adult health"
                           " services, which is still patchy"]


def test_two_that_clauses_of_one_finding_are_two_items():
    page = ("The SEND inspection report also found that many parents were unaware of the short breaks offer,"
            " and that too few pupils with EHC plans attended school regularly.")
    assert texts(page) == ["many parents were unaware of the short breaks offer",
                           "too few pupils with EHC plans attended school regularly"]


def test_a_second_verb_shares_the_source_of_the_first():
    page = ("At the review meeting on SEND, DfE advisers noted the new panel but said that decisions were still"
            " slow and that too few plans were reviewed on time.")
    assert texts(page) == ["decisions were still slow", "too few plans were reviewed on time"]


def test_an_enumeration_of_weaknesses_put_right_is_not_weaknesses():
    page = ("Inspectors at the SEND revisit judged that the area had made sufficient progress in two of the four"
            " significant weaknesses, including the accessibility of the local offer.")
    assert texts(page) == []


def test_sub_paragraphs_under_a_numbered_intro():
    page = (
        "Ofsted and CQC area SEND inspection\n\n"
        "Areas for improvement\n\n"
        "7. The inspection letter gives these areas for improvement:\n\n"
        "7.1 Leaders should make sure that annual reviews update plans when needs change.\n\n"
        "7.2 Leaders should widen the range of post-16 courses for young people with SEND.\n\n"
        "8. The partnership will report on progress to the board every quarter.\n\n"
        "9. The board has agreed a new data dashboard.\n"
    )
    assert texts(page) == ["Leaders should make sure that annual reviews update plans when needs change.",
                           "Leaders should widen the range of post-16 courses for young people with SEND."]


def test_sibling_paragraphs_after_a_colon_are_not_a_list():
    page = (
        "2.1 The SEND inspection identified three areas of weakness, set out below:\n"
        "2.2 The council has written to parents about the findings.\n"
        "2.3 A plan will go to Cabinet in June.\n"
    )
    assert texts(page) == []


def test_rows_of_a_table_of_weaknesses():
    page = (
        "2.1 Table 1 lists the areas of significant weakness in the Ofsted and CQC letter and their rating.\n"
        "No. Area of significant weakness Rating\n"
        "1 The slow start of the new SEND strategy, which few partners Amber\n"
        "know about\n"
        "2 Poor recording of children's needs on the case system Green\n"
        "3 Too many children placed in independent schools Red\n"
        "\n"
        "2.2 The board agreed these ratings in September.\n"
    )
    found = extract(page)
    assert [item.text for item in found] == [
        "The slow start of the new SEND strategy, which few partners know about",
        "Poor recording of children's needs on the case system",
        "Too many children placed in independent schools",
    ]
    assert found[1].quote == "Poor recording of children's needs on the case system"


def test_a_table_needs_numbered_rows():
    page = ("The SEND inspection letter named four weaknesses.\n"
            "Area of weakness Lead\n"
            "See the appendix for the full table.\n")
    assert texts(page) == []


def test_the_overall_outcome_of_an_inspection_is_not_a_weakness():
    page = ("The inspectors had found that the SEND partnership's arrangements led to inconsistent experiences and"
            " outcomes for children and young people, and had asked for a plan.")
    assert texts(page) == []


def test_members_view_of_progress_is_debate():
    page = ("The committee discussed the SEND revisit. Members felt that insufficient progress had been made in:\n"
            "• home to school transport\n• the council's own budget\n")
    assert texts(page) == []


def test_a_table_ends_before_the_sentence_after_it():
    page = (
        "The SEND inspection letter named these weaknesses.\n"
        "Weakness Status\n"
        "1 Plans are late. Red\n"
        "2 Parents are not heard. Amber\n"
        "The board reviews this table monthly.\n"
    )
    assert texts(page) == ["Plans are late.", "Parents are not heard."]


# What an inspection's weaknesses or concerns are about ------------------------------

def test_concerns_about_an_enumeration_after_the_finder():
    page = ("Following the SEND inspection in May, Ofsted raised concerns about the slow processing of requests for"
            " assessment, the gaps in respite care, and the few routes into apprenticeships.")
    assert texts(page) == ["the slow processing of requests for assessment", "the gaps in respite care",
                           "the few routes into apprenticeships"]


def test_they_after_a_finding_and_a_repeated_preposition():
    page = ("The CQC found that the health visiting service for children with SEND is strong. They also had concerns"
            " with the handover of records between trusts and with the follow-up of missed appointments.")
    assert texts(page) == ["the handover of records between trusts", "the follow-up of missed appointments"]


def test_concerns_of_parents_members_or_an_unnamed_they_are_not_findings():
    page = ("The SEND inspection report was presented. Parents raised concerns about the consultation on the new"
            " strategy. Members raised concerns about the cost of transport. The forum met in June. They raised"
            " concerns about the bus passes.")
    assert texts(page) == []


def test_weaknesses_in_the_area_itself_are_not_an_item():
    page = ("The SEND inspection letter identified significant weaknesses in the local area's arrangements that"
            " leaders, working with schools, must now address.")
    assert texts(page) == []


def test_finder_after_by_and_inspectors_who_were_concerned():
    page = ("After the SEND inspection, concerns were raised by Ofsted about the delays in reviewing plans and the"
            " shortage of specialist teachers. SEND inspectors were especially concerned about the long journeys"
            " to special schools.")
    assert texts(page) == ["the delays in reviewing plans", "the shortage of specialist teachers",
                           "the long journeys to special schools"]


def test_items_named_as_areas_for_improvement():
    page = ("The SEND inspection report picked out the weak tracking of pupils with medical needs and the thin offer"
            " of short breaks as areas for improvement. Councillors identified the cost of transport as a concern.")
    assert texts(page) == ["the weak tracking of pupils with medical needs", "the thin offer of short breaks"]


def test_semicolons_separate_items_that_keep_their_commas():
    page = ("The SEND inspection letter set out three areas of weakness: the slow, patchy issuing of plans and"
            " reviews; the weak, late advice from health; and the poor local offer.")
    assert texts(page) == ["the slow, patchy issuing of plans and reviews", "the weak, late advice from health",
                           "the poor local offer"]


# Lists: headings far from the source, 2023 wording, lost bullets, list ends -------------

def test_a_heading_of_areas_for_development_far_down_a_long_letter():
    filler = "".join(f"Paragraph {n} describes what was seen in the settings visited this term.\n\n"
                     for n in range(40))
    page = ("Ofsted and the CQC carried out a joint SEND inspection of the area.\n\n" + filler
            + "Areas for development\n\n"
            "• Too few settings use the new assessment tool.\n"
            "• Short breaks are hard to find for older children.\n")
    assert texts(page) == ["Too few settings use the new assessment tool.",
                           "Short breaks are hard to find for older children."]


def test_improvements_the_partnership_must_make():
    page = ("The area SEND inspection report was published in March.\n\n"
            "The partnership must make the following improvements:\n\n"
            "a) Leaders should cut the time families wait for hearing tests.\n"
            "b) Leaders should check that plans are updated after reviews.\n\n"
            "The following improvements have been made since the SEND inspection:\n\n"
            "• a new website for families\n"
            "• faster decisions on requests for assessment\n")
    assert texts(page) == ["Leaders should cut the time families wait for hearing tests.",
                           "Leaders should check that plans are updated after reviews."]


WEB_PAGE = (
    "About our SEND inspection\n\n"
    "Ofsted and the CQC inspected the SEND services of the area in the spring and published a letter that set out"
    " in detail what the inspectors saw, who they spoke to and what they think about the services on offer today.\n\n"
    "What inspectors found\n\n"
    "Inspectors told us that:\n"
    "staff in our schools know families well and understand their strengths and weaknesses\n"
    "the short breaks offer is popular with families across the whole of the county\n\n"
    "What needs to change\n\n"
    "The letter names areas of weakness that we must tackle. We need to get better at:\n"
    "answering requests for an assessment of needs on time, even in busy months\n"
    "telling families about the help on offer from the council and the NHS\n"
    "planning for life after school with young people and their families\n\n"
    "What happens next\n\n"
    "We are sorry that families have had to wait, and we have set up a board to lead the work, chaired by the"
    " director, which meets every month and reports to the cabinet on how the work is going and what is next.\n\n"
    "Contact us\n\n"
    "Page last updated in May\n"
)


def test_lines_that_lost_their_bullets_after_an_intro_without_a_count():
    assert texts(WEB_PAGE) == ["answering requests for an assessment of needs on time, even in busy months",
                               "telling families about the help on offer from the council and the NHS",
                               "planning for life after school with young people and their families"]


def test_lines_without_bullets_stop_at_the_sentence_after_them():
    page = WEB_PAGE.replace("their families\n\n", "their families\nWe have a plan.\n")
    assert texts(page)[-1] == "planning for life after school with young people and their families"
    assert len(texts(page)) == 3


def test_a_web_page_with_paragraph_lines_is_not_hard_wrapped():
    from pipeline.extract.weaknesses.text import is_hard_wrapped, lines_of
    assert not is_hard_wrapped(lines_of([Page(1, WEB_PAGE)]))
    wrapped = ("The inspection of the local area took place over five days in the autumn and\n"
               "looked at how well the area meets the needs of children with SEND, including\n"
               "the work of schools, health services and the council, and the views of many\n"
               "parents and carers who responded to the survey run by the inspectors.\n") * 3
    assert is_hard_wrapped(lines_of([Page(1, wrapped)]))


def test_a_full_stop_after_semicolon_items_or_a_fragment_ends_the_list():
    wrapped = ("The local area's services for children with special educational needs were looked at\n"
               "again this year by Ofsted and the CQC, who spoke to many families, staff and leaders\n"
               "across education, health and care, and who read a large number of plans and files\n"
               "before they wrote their letter to the director and the chief executive of the board.\n\n"
               "The SEND re-visit report looked at the weaknesses found at the inspection in 2019 and\n"
               "judged that insufficient progress had been made in addressing them, namely:\n"
               "- the slow issuing of plans to families who asked for an assessment of needs;\n"
               "- the poor advice from health services to the teams writing plans for children.\n"
               "The board will meet in May to consider the plan for the next year, with parents\n"
               "and carers invited to the meeting and to the workshops that follow it in June\n")
    assert texts(wrapped) == ["the slow issuing of plans to families who asked for an assessment of needs;",
                              "the poor advice from health services to the teams writing plans for children."]


def test_a_word_broken_at_a_line_end_is_joined():
    page = ("The SEND inspection identified these weaknesses:\n"
            "• the absence of a co-\nordinated approach to transport\n")
    assert texts(page) == ["the absence of a co-ordinated approach to transport"]


def test_knowing_what_needs_to_improve_is_not_a_shortfall():
    page = ("The SEND inspection report also found that the partnership's self-evaluation is accurate and that"
            " leaders know what needs to improve.")
    assert texts(page) == []


def test_which_were_after_the_naming_phrase():
    page = ("The SEND inspection report was discussed. It listed four areas of significant weakness, which were the"
            " pace of reviews, the reach of outreach teams, respite for carers and the choice of colleges.")
    assert texts(page) == ["the pace of reviews", "the reach of outreach teams", "respite for carers",
                           "the choice of colleges"]


def test_the_following_found_by_an_inspection_keeps_only_shortfalls():
    page = ("The SEND inspectors identified the following:\n"
            "• leaders are ambitious for children\n"
            "• too few plans are checked for quality\n"
            "• therapy waits are unacceptable\n")
    assert texts(page) == ["too few plans are checked for quality", "therapy waits are unacceptable"]


def test_weaknesses_were_found_in_without_a_named_finder():
    page = ("After the SEND inspection, weaknesses were found in the sharing of care records and the speed of"
            " decisions on placements. Concerns were raised about the date of the next meeting.")
    assert texts(page) == ["the sharing of care records", "the speed of decisions on placements"]


def test_lines_of_a_web_page_one_blank_line_apart():
    from pipeline.text.html import html_to_text
    page = html_to_text(
        "<html><body><main><h1>Our SEND inspection</h1><p>Ofsted and the CQC looked at SEND services across the"
        " county this year and wrote to us with what they found, after talking to many families and visiting"
        " schools, nurseries and colleges.</p><h2>What has to change</h2><p>The letter sets out areas for"
        " improvement. We need to improve:<br>the wait for sensory assessments<br>the range of sixth form"
        " courses</p><p>We have written a plan with parents.</p><h2>Contact</h2></main></body></html>")
    assert texts(page) == ["the wait for sensory assessments", "the range of sixth form courses"]


# weak3: forms met in the fourth batch of held-out documents ----------------------

def test_revisit_letter_paragraph_after_initial_inspection_intro():
    page = (
        "Ofsted and the CQC revisited the area to decide whether sufficient progress has been made.\n\n"
        "At the initial inspection, inspectors found the following:\n\n"
        "Health visitors were not told when a child had been identified as needing support.\n\n"
        "Leaders have since introduced a shared notification process.\n\n"
        "The area has made sufficient progress in addressing this significant weakness.\n\n"
        "At the initial inspection, inspectors found the following:\n\n"
        "Transport for young people at college was too often arranged late.\n\n"
        "Arrangements are still not reliable.\n\n"
        "The area has not made sufficient progress in addressing this significant weakness.\n"
    )
    assert texts(page) == [
        "Health visitors were not told when a child had been identified as needing support.",
        "Transport for young people at college was too often arranged late.",
    ]


def test_intro_paragraph_without_a_judgement_on_this_weakness_is_not_taken():
    page = (
        "The SEND inspection letter was published last month.\n\n"
        "At the initial inspection, inspectors found the following:\n\n"
        "Parents said that they were not listened to by the council.\n\n"
        "We will report to the committee again in the spring.\n"
    )
    assert texts(page) == []


def test_judgement_on_this_weakness_is_not_itself_a_weakness():
    page = ("Ofsted revisited the area in May. The area has not made sufficient progress "
            "in addressing this significant weakness.\n")
    assert texts(page) == []


def test_faq_question_over_bullets_keeps_the_shortfalls():
    page = (
        "Area SEND inspection\n\n"
        "What did the inspectors find?\n\n"
        "• Families wait too long for wheelchair assessments.\n\n"
        "• The short breaks offer is not well understood.\n\n"
        "Did the inspectors find anything positive?\n\n"
        "• The parent carer forum is a strong partner.\n"
    )
    assert texts(page) == [
        "Families wait too long for wheelchair assessments.",
        "The short breaks offer is not well understood.",
    ]


def test_faq_question_over_praise_takes_nothing():
    page = (
        "Area SEND inspection\n\n"
        "What did Ofsted say?\n\n"
        "• Children's needs are identified well in the early years.\n"
        "• Leaders know the area well.\n"
    )
    assert texts(page) == []


# Evidence weighed per candidate (decide.py) ----------------------------------------

def evidence_of(*pages: str) -> dict[str, str]:
    return {item.text: item.evidence for item in extract(*pages)}


def test_an_intro_ending_with_a_full_stop_is_carried_by_a_count_that_matches():
    page = (
        "Ofsted and the CQC inspected the local area's SEND services in May.\n\n"
        "The report also named four ‘significant areas of weakness’ and the partnership must now write a plan"
        " to address these four key areas.\n\n"
        "• The timeliness of EHC plans\n• Joint commissioning of therapies\n• Communication with families\n"
        "• The local offer\n\n"
        "The plan is due in August.\n"
    )
    found = evidence_of(page)
    assert list(found) == ["The timeliness of EHC plans", "Joint commissioning of therapies",
                           "Communication with families", "The local offer"]
    assert all("count:4/4" in reason and "intro:full-stop" in reason for reason in found.values())


def test_the_same_list_after_a_full_stop_without_count_or_naming_is_left_out():
    page = (
        "Ofsted and the CQC inspected the local area's SEND services in May.\n\n"
        "The partnership met families at four events over the summer.\n\n"
        "• The timeliness of EHC plans\n• Joint commissioning of therapies\n"
    )
    assert texts(page) == []


def test_the_following_areas_for_improvement_with_a_full_stop_and_numbered_items():
    page = (
        "2.1 The Board is asked to note the following areas for improvement resulting from an area-wide"
        " inspection of SEND in March 2017.\n\n"
        "1. Leaders do not have an accurate view of the area's effectiveness.\n"
        "2. The quality of EHC plans is too variable.\n"
        "3. Transition to adult services is poorly planned.\n\n"
        "3. Financial implications\n"
    )
    found = evidence_of(page)
    assert len(found) == 3
    assert all("intro:promises-list" in reason for reason in found.values())


def test_an_intro_that_asks_for_change_after_a_sentence_naming_the_areas():
    page = (
        "The joint inspection by Ofsted and the CQC highlighted some areas of strength as well as areas where"
        " action was required. The authority was required to address:\n\n"
        "· The poor quality of EHC plans;\n\n"
        "· Waiting times for autism assessments.\n\n"
        "These areas were already part of the improvement plan.\n"
    )
    found = evidence_of(page)
    assert list(found) == ["The poor quality of EHC plans;", "Waiting times for autism assessments."]
    assert all("intro:names-weakness" in reason for reason in found.values())  # read with the sentence before
    alone = decide_intro("The authority was required to tackle the following:")
    assert alone.has("intro:must-change")
    # "improvements in two areas" names the areas found wanting (weak7: "needed to improve in three areas: X; Y")
    assert decide_intro("The authority was required to make improvements in two areas:").has("intro:names-weakness")


def decide_intro(last: str, previous: str = ""):
    from pipeline.extract.weaknesses import decide
    return decide.intro_evidence(previous, last, "the Ofsted inspection", "colon")


def test_a_short_intro_paragraph_leans_on_the_count_in_the_paragraph_above():
    page = (
        "The outcome of the inspection identified areas where we need to improve, and the written statement"
        " focuses on three specific areas where we need to accelerate progress.\n\n"
        "For our county these are as follows:\n\n"
        "• the shortage of school places\n• the quality of annual reviews\n• poor outcomes at SEN support\n"
    )
    found = evidence_of(page)
    assert len(found) == 3 and all("count:3/3" in reason for reason in found.values())


def test_what_an_inspection_looks_at_is_not_what_it_found():
    page = (
        "Each local area is inspected by Ofsted and the CQC. The inspection focuses on three key areas:\n\n"
        "• How effectively the local area identifies children and young people with SEND\n"
        "• How effectively the local area meets their needs\n"
        "• How effectively the local area improves their outcomes\n"
    )
    assert texts(page) == []


def test_an_intro_that_is_itself_a_dash_item_and_items_with_markers_alone_on_their_lines():
    page = (
        "- The SEND inspection was led by Ofsted and the CQC.\n"
        "- Areas for focus were summarised for the meeting including.\n"
        "-\nPreparing for adulthood\n"
        "-\nWaiting times for some health services\n"
        "- We have been preparing a post inspection plan.\n"
    )
    assert texts(page) == ["Preparing for adulthood", "Waiting times for some health services"]


def test_a_heading_per_area_over_the_paragraph_that_states_it():
    page = (
        "The SEND inspection took place in May 2022. The inspectors identified two areas for improvement.\n\n"
        "Timeliness of EHC plans\n\nToo many plans are issued late and advice from health is variable.\n\n"
        "Waiting times for therapies\n\nFamilies wait too long for speech and language therapy.\n\n"
        "Next steps\n\nThe council will publish a plan.\n"
    )
    assert texts(page) == ["Too many plans are issued late and advice from health is variable.",
                           "Families wait too long for speech and language therapy."]


def test_one_sentence_findings_on_a_web_page_but_not_a_quoted_reaction():
    page = (
        "Ofsted and CQC published their report on our local area SEND inspection today.\n\n"
        "Inspectors found that children are well supported in early years settings.\n\n"
        "Waits for assessment and diagnosis of autism remain too long.\n\n"
        "The local offer is not well known by families.\n\n"
        "Councillor Smith said: \"Waiting lists are too long and we will fix them.\"\n"
    )
    found = evidence_of(page)
    assert list(found) == ["Waits for assessment and diagnosis of autism remain too long.",
                           "The local offer is not well known by families."]
    assert all("finding:judges-provision" in reason for reason in found.values())


def test_a_shortfall_sentence_on_a_page_without_an_inspection_is_not_a_finding():
    page = ("Our short breaks service\n\nWaits for a short break remain too long.\n\n"
            "We are recruiting more carers.\n")
    assert texts(page) == []


def test_what_parents_were_unhappy_with_one_item_each():
    page = ("The inspection commented that parents were unhappy with the timeliness of EHC plans; the overall"
            " quality of plans; communication; the variation in support in mainstream schools and waiting times"
            " for an autism assessment.\n")
    assert texts(page) == ["the timeliness of EHC plans", "the overall quality of plans", "communication",
                           "the variation in support in mainstream schools", "waiting times for an autism assessment"]


def test_an_enumeration_ends_where_a_contrast_begins():
    page = ("The SEND inspection report does still outline areas for improvement, particularly the waiting times for"
            " wheelchair assessments, but recognises that waiting times have recently reduced.\n")
    assert texts(page) == ["the waiting times for wheelchair assessments"]


def test_decide_weighs_an_intro_of_strengths_and_a_short_count_against():
    from pipeline.extract.weaknesses import decide

    strengths = decide.intro_evidence("", "The inspectors found these strengths:", "Ofsted inspection", "colon")
    assert not decide.could_pass(strengths) and strengths.has("intro:strengths-or-progress")
    named = decide.intro_evidence("", "The inspection found these significant weaknesses:", "Ofsted", "colon")
    assert decide.keep(named) and "intro:names-weakness" in named.reason()
    short = decide.list_evidence(named, items=2, count=4)
    assert short.has("count") and short.score < named.score
    response = decide.item_evidence(named, "We will appoint a new SEND lead")
    assert not decide.keep(response) and response.has("item:response")


def test_a_what_needs_to_improve_heading_over_bullets():
    page = ("The local area SEND inspection by Ofsted and the CQC ended in March.\n\n"
            "What needs to improve\n\n"
            "• Families wait too long for an autism assessment.\n"
            "• Annual reviews are often late.\n\n"
            "What happens next\n\nThe partnership will write a plan.\n")
    assert texts(page) == ["Families wait too long for an autism assessment.", "Annual reviews are often late."]


def test_the_parts_of_the_councils_own_strategy_are_not_findings():
    page = ("Two strands were added in response to the SEND inspection, so there are now three focused areas"
            " of work in the next version of the strategy, as follows:\n\n"
            "· Strand 1: Improving communication;\n\n· Strand 2: Preparing for adulthood;\n\n"
            "· Strand 3: Revenue and funding.\n")
    assert texts(page) == []


def test_an_intro_then_a_paragraph_then_its_list():
    page = ("The SEND inspection report was published by Ofsted and the CQC.\n"
            "Areas for improvement identified in the report:\n"
            "The inspection identified areas where services are not yet meeting expectations. These align with"
            " our plan.\n"
            "- Waits for assessment and diagnosis remain too long.\n"
            "- Annual reviews are late.\n")
    assert texts(page) == ["Waits for assessment and diagnosis remain too long.", "Annual reviews are late."]


def test_an_intro_that_runs_on_into_its_numbered_items():
    page = ("Last November, Ofsted and the CQC carried out a re-visit of our SEND services.\n\n"
            "Improvements were found in three of six areas. However, inspectors found that more work needs to be done\n\n"
            "1. to improve waiting times for autism assessments.\n"
            "2. to improve the quality of EHC plans.\n\n"
            "What we are doing\n")
    found = evidence_of(page)
    assert list(found) == ["to improve waiting times for autism assessments.", "to improve the quality of EHC plans."]
    assert all("intro:runs-on" in reason and "intro:must-change" in reason for reason in found.values())


def test_a_report_introduced_by_someone_is_not_the_finder():
    page = ("SEND inspection action plan\n\nThe Cabinet Member introduced the report and commented that the timing"
            " of the meeting was not ideal for stakeholders.\n")
    assert texts(page) == []


# Round 4's classes, each in wording of its own ---------------------------------------------

def test_a_full_stop_intro_over_paragraphs_that_go_on_with_its_numbering():
    page = (
        "5. Findings\n"
        "5.1 The joint inspection by Ofsted and the CQC in May found some good practice. It also\n"
        "found three significant weaknesses in the partnership's work. They are set out below.\n"
        "5.2 Poor oversight of pupils who are taught at home or are missing from education.\n"
        "5.3 Weak arrangements for sharing information between schools and health visitors.\n"
        "5.4 The slow completion of annual reviews, many of which are over a year late.\n"
        "5.5 The partnership consulted parents on its draft plan during June and July of this year.\n"
    )
    found = evidence_of(page)
    assert [text[:20] for text in found] == ["Poor oversight of pu", "Weak arrangements fo", "The slow completion "]
    assert all("count:3/3" in reason and "intro:promises-list" in reason for reason in found.values())


def test_a_full_stop_over_the_next_report_paragraph_is_no_intro():
    page = (
        "3.1 The inspection found two significant weaknesses in the area, which the plan addresses.\n"
        "3.2 The council has agreed the plan with its health partners and will publish it in May.\n"
    )
    assert texts(page) == []


def test_a_pdf_item_stops_where_a_next_step_begins():
    page = (
        "The inspection identified these areas for priority action:\n"
        "1. Too few children with complex needs receive a timely assessment from the community\n"
        "paediatric service, and many families wait over a year for a first appointment here.\n"
        "2. The quality of new plans varies widely between teams and many contain out of date advice.\n"
        "The partnership must now produce a priority action plan and will be monitored by the DfE\n"
        "until the next full inspection of the area, expected in two years' time from this letter.\n"
    )
    found = texts(page)
    assert len(found) == 2 and found[1].endswith("out of date advice.")


def test_finding_sentences_after_an_announcing_sentence_in_the_same_paragraph():
    page = ("Ofsted and the CQC published their SEND inspection report of the local area last week.\n\n"
            "The report also says where the partnership must improve. Too few annual reviews are completed"
            " within the required time. Families are not always clear about who their key worker is."
            " The council will publish a revised plan in the spring.\n")
    found = evidence_of(page)
    assert list(found) == ["Too few annual reviews are completed within the required time.",
                           "Families are not always clear about who their key worker is."]
    assert all("position:after-announcement" in reason for reason in found.values())


def test_no_announcement_no_findings_from_a_paragraph():
    page = ("Ofsted and the CQC published their inspection report of the local area last week.\n\n"
            "The council welcomed the report and thanked families. Too few annual reviews were completed last"
            " year, the cabinet member said. Plans are now on track.\n")
    assert texts(page) == []


def test_the_weaknesses_still_open_after_a_revisit():
    page = ("Inspectors returned in March to check progress on the five SEND weaknesses. They judged that three had"
            " been resolved, but not the other two, which are the late completion of needs assessments and the"
            " limited range of short breaks.\n")
    found = evidence_of(page)
    assert list(found) == ["the late completion of needs assessments", "the limited range of short breaks"]
    assert all("sentence:remaining" in reason for reason in found.values())
    outstanding = ("The monitoring visit by the DfE followed the SEND inspection. The outstanding areas of weakness relate to"
                   " the timeliness of annual reviews and the information offered to families.\n")
    assert texts(outstanding) == ["the timeliness of annual reviews", "the information offered to families"]


def test_remaining_weaknesses_put_right_are_not_weaknesses():
    page = ("The re-visit letter found that the area had made sufficient progress in the remaining two, which were"
            " the local offer and joint commissioning.\n")
    assert texts(page) == []


def test_an_inline_enumeration_after_a_colon_is_weighed_like_a_list():
    page = ("The SEND inspection outcome was reported to the committee. Inspectors pointed to four areas:"
            " (a) the consistency of annual reviews; (b) the delays in speech therapy; (c) the low attendance"
            " of pupils with SEN support; and (d) the reach of the parent carer forum.\n")
    found = evidence_of(page)
    assert len(found) == 4 and list(found)[0] == "the consistency of annual reviews"
    assert all("count:4/4" in reason and "list:inline-markers" in reason for reason in found.values())


def test_an_inline_enumeration_of_a_plan_is_not_weaknesses():
    page = ("The council's new SEND strategy was agreed in June. It has three parts: (i) early help in every"
            " family hub; (ii) more special school places; and (iii) a new transport policy.\n")
    assert texts(page) == []


def test_their_concerns_after_a_sentence_whose_finder_is_the_inspection():
    page = ("The SEND area was inspected in the autumn. Inspectors reported mixed experiences for families. Their key"
            " concerns were the backlog of needs assessments; the shortage of local specialist places; and the"
            " slow replies to parents' emails.\n")
    assert len(texts(page)) == 3
    members = ("Members discussed the inspection report at length. Their main concerns were parking at the"
               " special school; the cost of transport; and the timing of meetings.\n")
    assert texts(members) == []


def test_someone_else_accepting_a_weakness_is_not_a_finding():
    page = ("The SEND re-visit letter was published in July and the chair of the ICB spoke to the board.\n"
            "The ICB's director of nursing acknowledged that the therapy weakness was a matter for every partner"
            " and said that a new therapy lead would be appointed by April.\n")
    assert texts(page) == []


def test_the_scope_of_the_findings_and_an_intros_own_words_are_not_items():
    page = ("The inspection by Ofsted and the CQC found four areas of weakness in how the council meets the needs"
            " of children with SEND.\n")
    assert texts(page) == []
    pointing = ("Ofsted and the CQC also identified weaknesses in two areas, which are described below.\n\n"
                "Joint commissioning\n\nHealth and care services are not commissioned together.\n")
    assert "two areas, which are described below" not in texts(pointing)


def test_sentence_evidence_names_several_cues():
    page = ("Ofsted's SEND inspection report identified concerns about the timeliness of plans and the quality of"
            " annual reviews.\n")
    reasons = list(evidence_of(page).values())
    assert reasons and all("sentence:findings-about" in reason and "context:inspection" in reason
                           and "sentence:inspection-found" in reason for reason in reasons)


def test_unique_keeps_the_first_of_overlapping_items_in_reader_order():
    from pipeline.extract.weaknesses import unique
    from pipeline.extract.weaknesses.text import Found

    found = [Found(1, 10, 20, "a"), Found(1, 30, 40, "b"), Found(1, 15, 35, "c"), Found(1, 0, 10, "d"),
             Found(2, 12, 18, "e"), Found(1, 50, 60, "A"), Found(1, 40, 45, "f")]
    assert [item.text for item in unique(found)] == ["a", "b", "d", "e", "f"]


def test_one_bare_item_left_after_an_intro_that_lost_its_bullet():
    page = ("What the SEND inspectors found\n\n"
            "Inspectors from Ofsted and the CQC praised many services.\n\n"
            "Areas for development were also highlighted, including:\n\n"
            "the co-ordination of health visits for young children with complex needs\n")
    assert texts(page) == ["the co-ordination of health visits for young children with complex needs"]
    title = ("The SEND inspection identified these areas of weakness:\n\nJoint commissioning\n")
    assert texts(title) == []  # a two-word title is not an item


def test_a_shortfall_set_against_praise_in_a_list_of_findings():
    page = ("The main findings of the Ofsted and CQC inspection of SEND services include:\n\n"
            "• Families value the short breaks and the support of the parent carer forum. However, the range of"
            " activities for older teenagers is too narrow, especially in rural parts of the county.\n\n"
            "• Leaders know the area well.\n")
    found = evidence_of(page)
    assert list(found) == ["the range of activities for older teenagers is too narrow, especially in rural parts"
                           " of the county"]
    assert "sentence:contrasted" in next(iter(found.values()))


def test_a_revisit_letters_account_of_progress_is_not_a_new_weakness():
    page = ("The SEND re-visit by Ofsted and the CQC took place in May.\n\n"
            "At the initial inspection, inspectors found that annual reviews were late.\n\n"
            "Annual reviews held since the autumn have improved. However, reviews for older pupils are still too"
            " often late. The area has not made sufficient progress in addressing this significant weakness.\n")
    assert "reviews for older pupils are still too often late" not in texts(page)


def test_announced_findings_in_a_hard_wrapped_pdf_paragraph():
    page = (
        "4. Outcome of the SEND inspection\n"
        "4.1 Ofsted and the Care Quality Commission inspected the local area partnership in June and\n"
        "published their report in August, with a judgement that the arrangements lead to inconsistent\n"
        "experiences for families and that leaders must act on several findings without any delay.\n"
        "4.2 The report also sets out what the partnership must do better. Too many plans are issued after\n"
        "the twenty week limit. Young carers are not always identified by schools and health services.\n"
        "The partnership has agreed to publish an updated strategy in the new year with the forum and\n"
        "with the young people's council, who asked to help write the sections about transport.\n"
        "4.3 The committee is asked to note the outcome and the next steps set out in section five of this\n"
        "report, including the dates of the first meetings with the Department for Education and with\n"
        "NHS England, which will monitor the partnership's progress through the following two years.\n"
    )
    assert texts(page) == ["Too many plans are issued after the twenty week limit.",
                           "Young carers are not always identified by schools and health services."]


def test_areas_where_progress_is_still_needed_and_a_count_of_part_of_the_whole():
    page = ("The DfE's review of the SEND written statement of action found progress in most areas. The three areas"
            " where progress is still needed are the timeliness of annual reviews, the local offer and the"
            " tracking of children educated at home.\n")
    found = evidence_of(page)
    assert len(found) == 3 and all("count:3/3" in reason for reason in found.values())
    from pipeline.extract.weaknesses import cues

    assert cues.stated_count("insufficient progress in two of the five SEND weaknesses, namely") == 2


def test_weaknesses_that_remain_in_named_things():
    page = ("The SEND monitoring visit report came out in October. Serious weaknesses persist in the"
            " oversight of part-time timetables and in the planning of post-16 transport.\n")
    assert texts(page) == ["the oversight of part-time timetables", "the planning of post-16 transport"]


def test_a_dated_commitment_in_a_list_of_weaknesses_is_not_one():
    page = ("The SEND inspection letter set out these areas for improvement:\n\n"
            "• Annual reviews are often late.\n"
            "• A new family hub will open in the north of the county in September 2025.\n")
    found = evidence_of(page)
    assert list(found) == ["Annual reviews are often late."]


def test_a_sentence_pointing_back_at_the_weaknesses_named_before():
    page = ("After the SEND inspection, the letter named weaknesses in three areas. These are the tracking of"
            " pupils taught off-site, the consistency of annual reviews and the reach of short breaks.\n")
    assert texts(page) == ["the tracking of pupils taught off-site", "the consistency of annual reviews",
                           "the reach of short breaks"]
    praise = ("After the SEND inspection, the letter named three strengths. These are the short breaks, the forum"
              " and the family hubs.\n")
    assert texts(praise) == []


def test_a_web_table_of_findings_beside_a_column_whose_header_names_no_findings():
    """"What inspectors found | Where we are now": the findings header says what the first column holds; the other
    header, whatever its words, only heads what answers each row."""
    page = (
        "Our SEND journey\n\n"
        "Ofsted and the CQC inspected the local area in March 2019 and found two significant weaknesses.\n\n"
        "What inspectors found in 2019\n\n"
        "Where we are today\n\n"
        "Plans for children were often late and the advice in them was out of date.\n\n"
        "Nine in ten plans now arrive within twenty weeks, checked by a panel each month.\n\n"
        "Families waited too long for a first therapy appointment.\n\n"
        "A second therapy team started in 2021 and most families are seen within twelve weeks.\n"
    )
    assert texts(page) == ["Plans for children were often late and the advice in them was out of date.",
                           "Families waited too long for a first therapy appointment."]
