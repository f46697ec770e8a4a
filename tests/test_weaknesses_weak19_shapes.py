"""Weaknesses in common real shapes rounds 24 to 27 missed or misread, one class each, on invented pages (helper
weak19): a findings-and-response table whose answers speak as the council; a paragraph pointing to the numbered
paragraphs that set the findings out; a list item's line that ends on a word no line ends with; counted findings
"for the partnership, concerning" what they are about; "young people and their families" as one phrase; a re-visit's
verdict recalling areas already listed; a list item that introduces a list of its own; a "They asked ..." intro that
leans on the sentence before; an action plan's table read a cell at a time; a table row's cells are not one
sentence, and "the second area" is no finding."""

from __future__ import annotations

from tests.weakness_pages import extract, texts


# A findings-and-response table whose answers speak as the council -----------------------------------------------

def test_a_web_table_of_findings_beside_what_we_have_done():
    page = (
        "Our SEND inspection\n\n"
        "Ofsted and the CQC inspected the local area in March 2022 and found three areas of significant weakness.\n\n"
        "The table below shows each area and what we have done about it.\n\n"
        "Area of significant weakness\n\n"
        "What we have done\n\n"
        "The shortage of short-break places for disabled children near their homes.\n\n"
        "We have opened a new short-break centre and commissioned forty extra places.\n\n"
        "The late completion of EHC needs assessments.\n\n"
        "We have recruited four more caseworkers and now complete most assessments on time.\n\n"
        "The limited involvement of parents in planning local services.\n\n"
        "Our parent carer forum now co-chairs the SEND board.\n\n"
        "Contact us\n\n"
        "Email send@example.gov.uk for more information.\n"
    )
    assert texts(page) == [
        "The shortage of short-break places for disabled children near their homes.",
        "The late completion of EHC needs assessments.",
        "The limited involvement of parents in planning local services.",
    ]


# A paragraph pointing to the numbered paragraphs that set the findings out ---------------------------------------

POINTED = (
    "2 Background\n"
    "2.1 Ofsted and the CQC inspected the local area partnership in May 2025 and published their report on\n"
    "1 July 2025. The partnership received the middle of the three outcomes.\n"
    "2.2 The report identified three areas for improvement, which are set out in paragraphs 2.3 to 2.5.\n"
    "2.3 Leaders should improve the quality of EHC plans, so that they describe children's needs\n"
    "accurately and are updated when those needs change.\n"
    "2.4 Leaders should reduce the time that families wait for a speech and language therapy\n"
    "assessment.\n"
    "2.5 Leaders should make sure that young people with SEND get timely advice about their options\n"
    "after the age of 16.\n"
    "3 Next steps\n"
    "3.1 A strategic improvement plan will be agreed by the SEND Partnership Board in September.\n"
)


def test_findings_in_the_numbered_paragraphs_an_earlier_paragraph_points_to():
    assert texts(POINTED) == [
        "Leaders should improve the quality of EHC plans, so that they describe children's needs accurately and are "
        "updated when those needs change.",
        "Leaders should reduce the time that families wait for a speech and language therapy assessment.",
        "Leaders should make sure that young people with SEND get timely advice about their options after the age "
        "of 16.",
    ]


# A list item's line that ends on a word no line ends with -----------------------------------------------------

def test_an_item_goes_on_past_a_line_that_ends_on_with():
    page = (
        "1. PURPOSE\n"
        "1.1 To note the outcome of the Area SEND inspection of the local area partnership.\n"
        "2. BACKGROUND\n"
        "2.1 Ofsted and the CQC inspected the local area partnership in June 2025.\n"
        "2.2 Inspectors identified two areas for improvement:\n"
        "2.3 Leaders should improve the timeliness of annual reviews of EHC plans.\n"
        "2.4 Leaders should improve access to speech and language therapy for children with\n"
        "SEND, including those in alternative provision.\n"
        "2.5 The improvement plan was agreed by the SEND Partnership Board on 8 October 2025.\n"
        "3. CONSULTATION\n"
        "3.1 The plan was discussed with the parent carer forum.\n"
    )
    assert texts(page)[-1] == ("Leaders should improve access to speech and language therapy for children with SEND, "
                               "including those in alternative provision.")


# Counted findings "for the partnership, concerning" what they are about ------------------------------------------

def test_priority_actions_for_the_partnership_concerning_two_things():
    page = (
        "Report of the Director of Children's Services\n\n"
        "Ofsted and the CQC inspected the local area partnership in October 2025. Inspectors set out two priority "
        "actions for the local area partnership, concerning the support for children who are missing education and "
        "the oversight of alternative provision. The partnership will publish its plan by December.\n"
    )
    assert texts(page) == [
        "the support for children who are missing education",
        "the oversight of alternative provision",
    ]


# "young people and their families" as one phrase --------------------------------------------------------------

def test_their_families_after_young_people_is_no_item_of_its_own():
    page = (
        "Inspection report published\n\n"
        "Ofsted and the CQC inspected the local area in September 2025. The report asks leaders to improve the "
        "timeliness of EHC plans, the quality of short breaks and the guidance on adult health services for young "
        "people and their families.\n"
    )
    found = texts(page)
    assert "their families" not in found
    assert found[-1] == "the guidance on adult health services for young people and their families"


# A re-visit's verdict recalling areas already listed ----------------------------------------------------------

def test_a_verdict_sentence_recalling_listed_areas_adds_none():
    page = (
        "SEND inspection: our progress\n\n"
        "Ofsted and the CQC inspected the local area in 2021 and identified three areas of significant weakness:\n\n"
        "1. The poor quality of EHC plans and the weak contribution of health services to them.\n\n"
        "2. Long waits for speech and language therapy and for occupational therapy.\n\n"
        "3. The low confidence of parents and carers in the local area.\n\n"
        "Ofsted and the CQC revisited in 2023. Inspectors found that we had made sufficient progress in two of the "
        "areas, but had not yet made sufficient progress in improving the quality of EHC plans or the confidence of "
        "parents.\n"
    )
    assert texts(page) == [
        "The poor quality of EHC plans and the weak contribution of health services to them.",
        "Long waits for speech and language therapy and for occupational therapy.",
        "The low confidence of parents and carers in the local area.",
    ]


def test_a_verdict_on_an_area_in_other_words_is_still_read_when_nothing_was_listed():
    page = (
        "Ofsted and the CQC revisited the local area in 2023. Inspectors found that we had made sufficient progress "
        "in three of the areas, but had not yet made sufficient progress in reducing waits for speech and language "
        "therapy and occupational therapy.\n"
    )
    assert texts(page) == ["reducing waits for speech and language therapy and occupational therapy"]


def test_the_area_still_open_beside_a_list_of_those_put_right_is_kept_however_alike():
    page = (
        "Ofsted and the CQC revisited the local area in 2023 to decide whether sufficient progress had been made in the "
        "areas of significant weakness.\n\n"
        "Inspectors found that the area had made sufficient progress in addressing two of the three areas:\n\n"
        "- the timeliness of EHC plans;\n\n"
        "- the support for young people moving to adult services.\n\n"
        "Inspectors found that the area had not made sufficient progress in improving the quality of EHC plans for "
        "young people.\n"
    )
    assert texts(page)[-1] == "improving the quality of EHC plans for young people"
    short = page.replace("EHC plans for young people.", "EHC plans.")
    assert short != page and texts(short)[-1] == "improving the quality of EHC plans"


# A list item that introduces a list of its own -----------------------------------------------------------------

def test_a_bullet_that_introduces_numbered_findings_over_a_page_break():
    first = (
        "35 AREA SEND INSPECTION\n"
        "The Board considered a report on the Area SEND inspection of the local area partnership, and the\n"
        "partnership's response to the areas for improvement.\n"
        "The Chief Officer introduced the report, highlighting the following:\n"
        "• Ofsted and the CQC had inspected the local area partnership in July 2025 and the report\n"
        "had been published in August 2025.\n"
        "• Inspectors had praised the partnership's work with early years settings and the\n"
        "strength of its relationship with the parent carer forum.\n"
        "• Inspectors had nevertheless identified two areas for improvement, which were:\n"
    )
    second = (
        "i. Leaders should reduce the waiting times for autism assessments for children aged\n"
        "over five.\n"
        "ii. Leaders should improve the quality of the advice given to young people about\n"
        "supported internships.\n"
        "• An updated action plan had been agreed in September 2025.\n"
    )
    found = extract(first, second)
    assert [(item.page, item.text) for item in found] == [
        (2, "Leaders should reduce the waiting times for autism assessments for children aged over five."),
        (2, "Leaders should improve the quality of the advice given to young people about supported internships."),
    ]


# A "They asked ..." intro that leans on the sentence before ------------------------------------------------------

def test_they_asked_the_partnership_to_improve_after_a_numbered_paragraph():
    page = (
        "4.4 The partnership received the highest of the three outcomes. The next full inspection is expected\n"
        "within five years, and Ofsted will hold annual engagement meetings with the partnership in the meantime.\n"
        "4.5 Inspectors found that children's needs are identified early and that families value the local offer,\n"
        "and that young people are well prepared for adulthood. They asked the partnership to improve the following areas:\n"
        "• Leaders should make sure that health advice for EHC needs assessments is consistently timely and\n"
        "specific.\n"
        "• Leaders should reduce the use of part-time timetables for children and young people with SEND.\n"
        "4.6 The SEND Partnership Board agreed an action plan addressing both areas in May 2025, and the plan is\n"
        "published on the Local Offer with the progress made so far.\n"
    )
    assert texts(page) == [
        "Leaders should make sure that health advice for EHC needs assessments is consistently timely and specific.",
        "Leaders should reduce the use of part-time timetables for children and young people with SEND.",
    ]


# An action plan's table read a cell at a time ------------------------------------------------------------------

TRACKER = (
    "Appendix A: Accelerated Progress Plan tracker\n"
    "The area was revisited by Ofsted and the CQC in November 2021 and the letter found insufficient progress in\n"
    "two of the areas of significant weakness identified at the inspection.\n"
    "Area of significant\n"
    "weakness\n"
    "Ref Action Lead Timescale Progress\n"
    "RAG\n"
    "1. The quality of EHC\n"
    "plans, and the late\n"
    "contributions from\n"
    "health and social care.\n"
    "1.1 Weekly panel\n"
    "to check every\n"
    "new plan.\n"
    "Head of SEND\n"
    "July 2022\n"
    "In place.\n"
    "G\n"
    "2. The weak\n"
    "communication with\n"
    "families about the\n"
    "changes being made.\n"
    "2.1 Monthly\n"
    "newsletter written\n"
    "with parents.\n"
    "Communications\n"
    "lead\n"
    "From May 2022\n"
    "Eleven issues.\n"
    "A\n"
)


def test_findings_of_a_plan_table_read_a_cell_at_a_time():
    assert texts(TRACKER) == [
        "The quality of EHC plans, and the late contributions from health and social care.",
        "The weak communication with families about the changes being made.",
    ]


def test_the_header_line_of_the_plan_columns_and_an_undotted_number_are_no_part_of_a_finding():
    page = TRACKER.replace("Ref Action Lead Timescale Progress\nRAG\n1. The", "Key actions Lead Timescale RAG Progress\n1 The") \
        .replace("2. The weak", "2 The weak")
    assert page != TRACKER
    assert texts(page) == [
        "The quality of EHC plans, and the late contributions from health and social care.",
        "The weak communication with families about the changes being made.",
    ]


def test_findings_after_their_reference_and_type_cells():
    page = (
        "Appendix 1: Priority Action Plan\n"
        "Ofsted and the CQC inspected the local area partnership in July 2025.\n"
        "Ref Type Finding (from the\n"
        "inspection report)\n"
        "What we will do Lead Timescale RAG\n"
        "PA1 Priority\n"
        "action\n"
        "Leaders should\n"
        "urgently improve the\n"
        "timeliness of EHC\n"
        "needs assessments.\n"
        "1.1 Recruit six\n"
        "caseworkers.\n"
        "Head of SEND\n"
        "March 2026\n"
        "Red\n"
        "AFI\n"
        "1\n"
        "Area for\n"
        "improvement\n"
        "Leaders should reduce\n"
        "waiting times for\n"
        "speech therapy.\n"
        "2.1 Commission a\n"
        "new service.\n"
        "ICB\n"
        "June 2026\n"
        "Amber\n"
    )
    assert texts(page) == [
        "Leaders should urgently improve the timeliness of EHC needs assessments.",
        "Leaders should reduce waiting times for speech therapy.",
    ]


def test_an_action_table_without_a_findings_column_gives_no_finding():
    page = TRACKER.replace("Area of significant\nweakness\n", "Key actions\nagreed\n")
    assert texts(page) == []


# A table row's cells are not one sentence; "the second area" is no finding -----------------------------------

def test_a_risk_table_row_naming_an_area_by_its_place():
    page = (
        "Ofsted and the CQC revisited the local area in 2021 and found insufficient progress in two areas.\n"
        "6. RISK MANAGEMENT\n"
        "Risk | Level of risk | Controls | Controlled risk\n"
        "The next review finds insufficient progress in the second area. | High | Termly audits in schools. | Medium\n"
        "Rising requests for assessment reduce timeliness. | High | More caseworkers funded. | Medium\n"
        "7. POTENTIAL IMPACTS\n"
    )
    assert texts(page) == []


# Themes: what is wanting, not what putting it right is for; information shared with families ------------------

def test_the_theme_of_a_finding_is_its_main_clause_not_its_purpose():
    from pipeline.extract.weaknesses import themes
    finding = ("Leaders should improve how they listen to the views of young people with SEND, so that these views "
               "shape the strategy and commissioning of services.")
    assert themes.assign(finding)[0] == "co-production"


def test_information_shared_with_parents_is_communication_with_families():
    from pipeline.extract.weaknesses import themes
    assert themes.assign("Leaders should improve how the partnership shares information with parents and carers "
                         "about changes to services.") == ["co-production"]
    assert "data-oversight" in themes.assign("Leaders should improve the sharing of information between health "
                                             "services and schools.")
