"""The inspection's own form of an area for improvement ("Leaders should ...", "The ICB must ..."), read wherever
it stands: a letter's paragraph, a report's numbered paragraph, a page's line; invented pages."""

from __future__ import annotations

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

