"""The inspection's own form of an area for improvement ("Leaders should ...", "The ICB must ..."), read wherever
it stands: a letter's paragraph, a report's numbered paragraph, a page's line; invented pages."""

from __future__ import annotations

from pipeline.extract.weaknesses import recommended
from pipeline.extract.weaknesses.sentences import sentences_of
from pipeline.extract.weaknesses.text import is_hard_wrapped, lines_of
from pipeline.records import Page
from tests.test_weaknesses import texts

LETTER = (
    "Area SEND inspection of Northshire Local Area Partnership\n\n"
    "Ofsted and the CQC carried out a joint inspection of the local area partnership from 3 to 7 March 2025.\n\n"
    "The local area partnership's arrangements typically lead to positive experiences and outcomes for children and"
    " young people with SEND.\n\n"
    "Leaders should improve the timeliness of EHC needs assessments so that more plans are issued within 20 weeks.\n\n"
    "Leaders across the partnership should strengthen the oversight of children who are on part-time timetables.\n\n"
    "Yours sincerely\n"
)


def test_a_letters_paragraphs_in_the_inspections_form_are_findings():
    assert texts(LETTER) == [
        "Leaders should improve the timeliness of EHC needs assessments so that more plans are issued within 20 weeks.",
        "Leaders across the partnership should strengthen the oversight of children who are on part-time timetables."]


def test_a_reports_numbered_paragraphs_lose_their_number():
    page = ("1.1 Ofsted and the CQC inspected the local area in March 2025 and published their report in May.\n\n"
            "1.2 Inspectors found many strengths.\n\n"
            "1.3 Health leaders must reduce the time that children wait for an autism assessment.\n")
    assert texts(page) == ["Health leaders must reduce the time that children wait for an autism assessment."]


def test_no_inspection_in_sight_no_finding():
    page = ("Our schools strategy\n\n"
            "Leaders should improve the timeliness of reviews so that more pupils have a plan that is up to date.\n")
    assert texts(page) == []


def test_next_steps_legal_duties_and_continuing_work_are_no_findings():
    page = ("Ofsted and the CQC inspected the local area in March 2025.\n\n"
            "The partnership must now submit a priority action plan to Ofsted by 17 June 2025.\n\n"
            "The council must have regard to the SEND Code of Practice.\n\n"
            "Leaders should continue to build on the strong work of the parent carer forum.\n")
    assert texts(page) == []



def reader_texts(page: str) -> list[str]:
    """What the ``recommended`` reader alone proposes on a page (the other readers may take some of the same)."""
    pages = [Page(1, page)]
    lines = lines_of(pages)
    sentences = sentences_of(pages, lines, is_hard_wrapped(lines))
    return [item.text for item in recommended.extract(sentences, lambda number: pages[number - 1].text)]


def test_rows_of_a_one_column_table_under_its_title_each_a_finding():
    """A PDF's one-column table: the title and the table's header run into the first row's sentence, and each row
    after it begins its own line in the same block."""
    page = ("Ofsted and the CQC carried out an area SEND inspection of the local area partnership in March\n"
            "2025. The report was published in May 2025 and found that children and young people with SEND\n"
            "have inconsistent experiences and outcomes, and sets out the areas that leaders must improve in\n"
            "the coming year.\n"
            "Areas for improvement\n"
            "Areas for improvement\n"
            "Leaders should improve the timeliness of EHC plans, which has declined in the last year, and\n"
            "ensure that contributions from health and social care are received on time and are useful.\n"
            "The ICB should reduce waiting times for the autism assessment pathway and make sure that the\n"
            "families of children who are waiting receive support and clear information while they wait.\n")
    assert reader_texts(page) == [
        "Leaders should improve the timeliness of EHC plans, which has declined in the last year, and ensure that"
        " contributions from health and social care are received on time and are useful.",
        "The ICB should reduce waiting times for the autism assessment pathway and make sure that the families of"
        " children who are waiting receive support and clear information while they wait."]

def test_a_should_sentence_that_only_continues_a_paragraph_is_no_row():
    page = ("Ofsted and the CQC inspected the local area in March 2025. Inspectors met leaders and families, and\n"
            "the report praised the parent carer forum. The council notes that the\n"
            "ICB should reduce waiting times, which it is already doing, as the cabinet member explained.\n")
    assert texts(page) == []


# The 2023 framework's asks listed under an intro addressed to the area's leaders -----------------------------------

def test_asks_listed_after_leaders_placed_across_the_partnership():
    page = (
        "Ofsted and the CQC inspected the local area partnership in March 2025 and found that its arrangements lead "
        "to inconsistent experiences and outcomes for children and young people with SEND.\n\n"
        "The report asks leaders across the partnership and the schools to:\n\n"
        "• shorten the time families wait for an EHC needs assessment, so that help starts sooner;\n\n"
        "• make sure that annual reviews update plans when needs change.\n"
    )
    assert texts(page) == [
        "shorten the time families wait for an EHC needs assessment, so that help starts sooner;",
        "make sure that annual reviews update plans when needs change.",
    ]


def test_asks_listed_after_leaders_were_told_they_should():
    page = (
        "Ofsted and the CQC inspected the local area partnership for SEND in May 2024.\n\n"
        "Inspectors set out three areas for improvement. In short, leaders were told that they should:\n\n"
        "- widen the range of post-16 courses for young people with SEND\n\n"
        "- check that schools apply the graduated approach in the same way\n\n"
        "- tell families sooner about changes to short breaks\n"
    )
    assert len(texts(page)) == 3


def test_the_councils_own_should_list_is_not_an_ask_of_the_inspection():
    page = (
        "Ofsted and the CQC inspected the local area partnership for SEND in May 2024.\n\n"
        "To deliver the new strategy, the Council should:\n\n"
        "- widen the range of post-16 courses for young people with SEND\n\n"
        "- tell families sooner about changes to short breaks\n"
    )
    assert texts(page) == []


# The inspection's form under a label naming the area ("AfI 2", "APA1:", "Priority action 1 -") ---------------------

def test_rows_labelled_with_the_areas_codes():
    page = (
        "Ofsted and the CQC inspected the local area partnership for SEND in October 2024.\n"
        "Appendix 2 - the findings and the plan's sections\n"
        "Code Finding Plan section\n"
        "AfPA 1 Leaders must shorten the wait for an EHC needs assessment in the north of the county.\n"
        "Part 1\n"
        "AfI 1 Leaders should tell families sooner about changes to short breaks.\n"
        "Part 2\n"
    )
    assert texts(page) == [
        "Leaders must shorten the wait for an EHC needs assessment in the north of the county.",
        "Leaders should tell families sooner about changes to short breaks.",
    ]


def test_paragraphs_run_in_under_a_named_label_with_a_short_title():
    page = (
        "The report of the Ofsted and CQC inspection of the SEND partnership was published in June 2025.\n"
        "Priority action 1 - Leaders across the partnership must make sure that children missing education are "
        "known to the council.\n"
        "Area for improvement 2 (Transitions): The ICB should widen the range of adult therapy services for young "
        "people leaving school.\n"
    )
    assert [text.rstrip(".") for text in texts(page)] == [
        "Leaders across the partnership must make sure that children missing education are known to the council",
        "The ICB should widen the range of adult therapy services for young people leaving school",
    ]


def test_numbered_rows_run_together_in_one_sentence_are_each_a_finding():
    page = (
        "1.1 Ofsted and the CQC inspected the local area partnership for SEND between 3 and 7\n"
        "March 2025. The report, published in April 2025, found widespread and/or systemic\n"
        "failings and set out the following areas for priority action, in the words of the report:\n"
        "Area for priority action (as worded in the report)\n"
        "1 Leaders across the partnership should urgently shorten the wait for an EHC needs\n"
        "assessment, so that children and young people get the help they need without delay\n"
        "and families are kept informed.\n"
        "2 Leaders in the ICB should widen the range of therapies for children in special\n"
        "schools, so that each child receives the therapy that their EHC plan sets out.\n"
        "1.2 The priority action plan was sent to Ofsted in June 2025 and the first review by the\n"
        "Department for Education and NHS England took place in the autumn of that year.\n"
    )
    assert reader_texts(page) == [
        "Leaders across the partnership should urgently shorten the wait for an EHC needs assessment, so that "
        "children and young people get the help they need without delay and families are kept informed.",
        "Leaders in the ICB should widen the range of therapies for children in special schools, so that each "
        "child receives the therapy that their EHC plan sets out.",
    ]
