"""Weaknesses in shapes rounds 21 to 23 missed, one class each, on invented pages (helper weak18): numbered
paragraphs a sentence points at by their numbers ("set out in paragraphs 3.4 to 3.6"); a list item that ends with a
colon over its own nested list; a finder saying someone should improve a series of things in one sentence."""

from __future__ import annotations

from tests.weakness_pages import extract, texts


# Numbered paragraphs pointed at by their numbers ------------------------------------------------------------------

POINTED = (
    "3.1 Ofsted and the CQC carried out an area SEND inspection of the local area partnership in March 2025.\n"
    "3.2 The inspection report was published in May 2025. Inspectors found inconsistent experiences and outcomes\n"
    "for children and young people with SEND.\n"
    "3.3 Inspectors identified three areas for improvement, which are set out in paragraphs 3.4 to 3.6\n"
    "as they appear in the report.\n"
    "3.4 Leaders should improve the timeliness of EHC plans, so that families do not wait for\n"
    "support.\n"
    "3.5 Leaders in the ICB should reduce waiting times for occupational therapy.\n"
    "3.6 Leaders should improve the local offer, so that parents know what is available.\n"
    "3.7 The partnership will update its strategic plan by June 2025.\n"
)


def test_areas_set_out_in_the_paragraphs_the_intro_numbers():
    assert texts(POINTED) == [
        "Leaders should improve the timeliness of EHC plans, so that families do not wait for support.",
        "Leaders in the ICB should reduce waiting times for occupational therapy.",
        "Leaders should improve the local offer, so that parents know what is available.",
    ]


def test_paragraphs_pointed_at_that_are_not_the_next_ones_head_nothing():
    # (the paragraphs are still read by their own form, "Leaders should ...", see ``recommended``; the pointing
    # sentence lends them nothing)
    page = POINTED.replace("paragraphs 3.4 to 3.6", "paragraphs 5.2 to 5.4")
    found = extract(page)
    assert len(found) >= 2 and all(item.evidence.startswith("finding:leaders-should") for item in found)
    assert texts(page.replace("Leaders should", "The partnership will").replace("Leaders in the ICB should",
                                                                                 "The ICB will")) == []


# An item ending with a colon over its own nested list -------------------------------------------------------------

NESTED = (
    "Minutes\n\n"
    "The report was introduced by the Assistant Director, who noted:\n\n"
    "· Ofsted and the CQC had inspected the local area in March 2019 and required a Written Statement of Action.\n\n"
    "· The three areas of significant weakness were:\n\n"
    "o the poor quality of EHC plans;\n\n"
    "o the long waits for autism assessment;\n\n"
    "o the weak local offer.\n\n"
    "· The local area expected a revisit before the end of the year.\n"
)


def test_areas_nested_under_a_point_of_the_officers_update():
    assert texts(NESTED) == [
        "the poor quality of EHC plans;", "the long waits for autism assessment;", "the weak local offer.",
    ]


def test_a_nested_list_under_a_point_on_something_else_stays_out():
    page = NESTED.replace("The three areas of significant weakness were:", "The board had agreed three priorities:")
    page = page.replace("the poor quality of EHC plans;", "a new autism hub;").replace(
        "the long waits for autism assessment;", "more short breaks;").replace(
        "the weak local offer.", "a refreshed website.")
    assert texts(page) == []


# A finder saying in one sentence what someone should improve, a series ---------------------------------------------

SAID = (
    "Ofsted and the CQC inspected the local area partnership in January 2025.\n\n"
    "Inspectors found that children are well supported in the early years.\n\n"
    "The report says that leaders should improve the speed of new EHC plans, the support for pupils at SEN support in"
    " secondary schools, and the advice that young people receive about work after the age of 16.\n\n"
    "The council's cabinet member said she was proud of staff.\n"
)


def test_a_series_the_report_says_leaders_should_improve():
    assert texts(SAID) == [
        "the speed of new EHC plans",
        "the support for pupils at SEN support in secondary schools",
        "the advice that young people receive about work after the age of 16",
    ]


def test_what_an_officer_says_leaders_should_improve_is_no_finding():
    page = SAID.replace("The report says that leaders should", "The cabinet member said that schools should")
    assert texts(page) == []


# Pointers to where the findings are written are no findings ------------------------------------------------------

def test_they_are_set_out_at_an_appendix_is_a_pointer_not_a_series():
    page = ("1. Background\n\n2. Ofsted and the CQC inspected the local area partnership in May 2024. The inspection"
            " report identified two priority actions and three areas for improvement. They are set out, with the lead"
            " for each, the progress made and a rating, at Appendix 2.\n\n3. Members are asked to note the report.\n")
    assert texts(page) == []


AREAS = (
    "Ofsted and the CQC inspected the local area in 2019 and identified four areas of significant weakness:\n\n"
    "a) the poor quality of EHC plans;\n\nb) the long waits for autism assessment;\n\nc) the weak local offer;\n\n"
    "d) the lack of joint commissioning.\n\n"
)


def test_a_revisit_pointing_at_the_areas_listed_above_adds_no_item():
    page = AREAS + ("When they revisited in 2022, inspectors found that the area had made sufficient progress in"
                    " addressing the first and fourth areas, but had not made sufficient progress in addressing the"
                    " second and third areas listed above.\n")
    assert texts(page) == ["the poor quality of EHC plans;", "the long waits for autism assessment;",
                           "the weak local offer;", "the lack of joint commissioning."]


def test_a_revisit_pointing_at_paragraph_numbers_adds_no_item():
    page = ("Ofsted and the CQC inspected the local area in 2019 and identified four areas of significant weakness,"
            " set out in paragraph 3.3.\n\nWhen they revisited in 2022, inspectors found that the area had not made"
            " sufficient progress in addressing those in paragraphs 3.3(b) and 3.3(c).\n")
    assert texts(page) == []


def test_a_revisit_naming_what_it_found_unprogressed_keeps_it():
    page = ("Ofsted and the CQC inspected the local area in 2019.\n\nWhen they revisited in 2022, inspectors found"
            " that the area had not made sufficient progress in reducing waiting times for autism assessment.\n")
    assert texts(page) == ["reducing waiting times for autism assessment"]


# A short intro leaning on a sentence that praises ----------------------------------------------------------------

PRAISE_THEN_AREAS = (
    "Inspectors from Ofsted and the CQC visited the partnership in February 2026. They found that arrangements lead"
    " to inconsistent experiences and outcomes for children with SEND.\n\n"
    "The report praises the partnership's work in several areas. Inspectors said that:\n\n"
    "- leaders have an accurate understanding of what needs to improve\n"
    "- children in the early years are identified quickly and well supported\n"
    "- the parent carer forum is an influential partner\n\n"
    "The inspectors identified two areas for improvement. They said that leaders should:\n\n"
    "- improve the timeliness of EHC needs assessments\n"
    "- reduce waiting times for autism assessments\n"
)


def test_what_inspectors_said_after_the_report_praises_is_praise():
    assert texts(PRAISE_THEN_AREAS) == ["improve the timeliness of EHC needs assessments",
                                        "reduce waiting times for autism assessments"]


def test_praise_beside_named_weaknesses_still_introduces_them():
    page = ("Ofsted and the CQC inspected the local area in 2022.\n\n"
            "The letter praised frontline staff but identified three areas of significant weakness. These were:\n\n"
            "- the slow completion of needs assessments\n- the patchy offer of short breaks\n"
            "- the unclear routes into adult social care\n")
    assert texts(page) == ["the slow completion of needs assessments", "the patchy offer of short breaks",
                           "the unclear routes into adult social care"]


# A re-visit's intro counting the areas put right as a part of the whole --------------------------------------------

def test_progress_in_two_of_the_five_leaves_three_in_the_list():
    page = ("Members were reminded that the inspection letter of 2019 had identified five areas of significant"
            " weakness.\n\nOfsted and the CQC revisited the area in October 2021. The revisit letter found that"
            " sufficient progress had been made in two of the five areas, but that sufficient progress had not been"
            " made in addressing:\n\n1. the timeliness of EHC plans;\n2. the sharing of information between services;\n"
            "3. the range of provision for young people aged 19 to 25.\n\n"
            "The Department for Education had written to the Council.\n")
    assert texts(page) == ["the timeliness of EHC plans;", "the sharing of information between services;",
                           "the range of provision for young people aged 19 to 25."]


# A table's first column of numbered weaknesses, its cells given a line at a time ---------------------------------

TABLE_PAGE_1 = (
    "Appendix A: Written Statement of Action - progress\n"
    "The table sets out, for each area of significant weakness identified at the Ofsted and CQC inspection, the\n"
    "key actions, the lead officer and the progress made.\n"
    "No.\nArea of significant\nweakness\nKey actions Lead RAG Progress update\n"
    "1 The slow issue of\nEHC plans and late\nannual reviews.\n1.1 Recruit more\ncase officers.\nHead of SEND\nAmber\n"
    "Nine officers\nhave been\nrecruited since\nMay.\n"
    "2 Weak joint\ncommissioning of\ntherapies.\n2.1 Agree a joint\nframework.\nDirector of\nPlace\nGreen\n"
    "The framework was\nagreed in June.\n"
)
TABLE_PAGE_2 = (
    "No.\nArea of significant\nweakness\nKey actions Lead RAG Progress update\n"
    "3 Long waits for\nautism assessment.\n3.1 Fund extra\nassessments.\nICB lead\nRed\nThe wait is still\n58 weeks.\n"
)


def test_first_column_of_a_table_over_two_pages_its_header_cell_wrapped():
    found = [(item.page, item.text) for item in extract(
        TABLE_PAGE_1, TABLE_PAGE_2)]
    assert found == [(1, "The slow issue of EHC plans and late annual reviews."),
                     (1, "Weak joint commissioning of therapies."), (2, "Long waits for autism assessment.")]


def test_a_wrapped_header_of_actions_reads_no_first_column():
    page = TABLE_PAGE_1.replace("Area of significant\nweakness\n", "Action and\nmilestones\n")
    assert texts(page) == []


# A findings column's cells, each after its row's label ----------------------------------------------------------

FINDINGS_TABLE = (
    "Appendix 1: Improvement plan - progress against the findings of the Ofsted and CQC inspection\n"
    "Ref Finding of the inspection report Lead Progress to date RAG\n"
    "Priority action\n1\nLeaders should urgently\nimprove the timeliness of\nEHC needs assessments.\nHead of\nSEND\n"
    "A new hub\nopened in May.\nAmber\n"
    "Area for\nimprovement 1\nLeaders in the ICB should\nreduce waits for speech\nand language therapy.\nICB lead\n"
    "Waits have\nfallen by a\nthird.\nGreen\n"
    "Area for\nimprovement 2\nLeaders should improve\nthe local offer.\nHead of\nSEND\nA review is\nunder way.\nAmber\n"
)


def test_should_cells_of_a_findings_column_after_their_row_labels():
    assert texts(FINDINGS_TABLE) == [
        "Leaders should urgently improve the timeliness of EHC needs assessments.",
        "Leaders in the ICB should reduce waits for speech and language therapy.",
        "Leaders should improve the local offer.",
    ]


def test_cells_that_say_what_was_done_are_no_findings():
    page = FINDINGS_TABLE.replace("Leaders should urgently\nimprove", "We have worked\nto improve").replace(
        "Leaders in the ICB should\nreduce", "The ICB has worked to\nreduce").replace(
        "Leaders should improve\nthe local offer.", "A new website\nwas launched.")
    assert texts(page) == []


# A risk register's "does not make sufficient progress" is a risk, not a verdict --------------------------------

def test_a_risk_of_too_little_progress_is_no_finding():
    page = ("Ofsted and the CQC inspected the local area in 2024 and the Council received an Improvement Notice.\n\n"
            "Assessment and Mitigation of Risk\nRisk | Mitigation\n"
            "The partnership does not make sufficient progress against the Improvement Notice, leading to further"
            " intervention. | Monthly oversight by the Board.\n")
    assert texts(page) == []


def test_a_verdict_of_too_little_progress_is_still_read():
    page = ("Ofsted and the CQC revisited the local area in 2022.\n\nThe revisit letter found that the area has not"
            " made sufficient progress in reducing waiting times for autism assessment.\n")
    assert texts(page) == ["reducing waiting times for autism assessment"]


def test_options_after_the_age_of_sixteen_is_preparing_for_adulthood():
    from pipeline.extract.weaknesses import themes
    assert "preparing-for-adulthood" in themes.assign("the advice young people get on their choices after the age of 16")


BROKEN_PAGE_1 = TABLE_PAGE_1.replace("2 Weak joint\ncommissioning of\ntherapies.\n", "2 Weak joint\ncommissioning of\ntherapies and of\n")
BROKEN_PAGE_2 = (
    "No.\nArea of significant\nweakness\nKey actions Lead RAG Progress update\n"
    "short breaks. for all partners.\nagreed in June.\n"
    "3 Long waits for\nautism assessment.\n3.1 Fund extra\nassessments.\nICB lead\nRed\nThe wait is still\n58 weeks.\n"
)


def test_a_first_column_cell_broken_by_a_page_break_goes_on_under_the_repeated_header():
    found = [(item.page, item.text) for item in extract(BROKEN_PAGE_1, BROKEN_PAGE_2)]
    assert found == [(1, "The slow issue of EHC plans and late annual reviews."),
                     (1, "Weak joint commissioning of therapies and of short breaks."),
                     (2, "Long waits for autism assessment.")]


def test_a_broken_cell_is_not_joined_to_a_capitalised_line_overleaf():
    page_2 = BROKEN_PAGE_2.replace("short breaks. for all partners.", "Short breaks. For all partners.")
    assert [item.text for item in extract(BROKEN_PAGE_1, page_2)] == [
        "The slow issue of EHC plans and late annual reviews.", "Long waits for autism assessment."]
