"""A marked list whose leading items are written in the 2023 framework's voice ("Leaders should ...", "The
partnership must ...") is the inspection's findings whatever introduces it: a board's "For reference, these are:",
a bare heading over lettered items, coded lines ("PA1 - ...", "AFI2 - ..."), a box's title, a paragraph promising
each finding followed by its progress. Each item ends at its first sentence that asks nothing more."""

from __future__ import annotations

from tests.weakness_pages import extract, texts

CODED = (
    "SIB/26/04 Chair's update\n"
    "The Chair recalled that the Board was set up after the area SEND inspection by Ofsted and the CQC in May 2025.\n"
    "The Board's terms of reference ask it to secure improvement against each of the\n"
    "inspection's findings. For reference, these are:\n"
    "PA1 - Leaders across the partnership must urgently improve the quality of EHC plans, so that\n"
    "children receive the right help at the right time.\n"
    "PA2 - Leaders must put in place joint governance of the SEND strategy.\n"
    "AFI1 - Leaders should reduce waiting times for occupational therapy.\n"
    "AFI2 - The partnership should strengthen the support offered in mainstream nurseries.\n"
    "The Chair reported that she had met the Parent Carer Forum in October.\n"
)


def test_coded_lines_in_the_voice_are_the_findings_under_an_intro_that_names_nothing():
    assert texts(CODED) == [
        "Leaders across the partnership must urgently improve the quality of EHC plans, so that children receive the "
        "right help at the right time.",
        "Leaders must put in place joint governance of the SEND strategy.",
        "Leaders should reduce waiting times for occupational therapy.",
        "The partnership should strengthen the support offered in mainstream nurseries.",
    ]
    assert all("list:framework-voice" in item.evidence for item in extract(CODED))


HEADED = (
    "2. The inspection found widespread and/or systemic failings. Ofsted and the CQC set out what the\n"
    "Council and its partners must address.\n"
    "Priority actions\n"
    "a) Leaders must urgently improve the timeliness of EHC needs assessments.\n"
    "b) Leaders must improve how they communicate with parents and carers.\n"
    "Areas for improvement\n"
    "c) Leaders in the council and the ICB should reduce waits for speech and language therapy.\n"
    "d) Leaders should improve the oversight of children on part-time timetables.\n"
    "3. I have decided to issue an Improvement Notice.\n"
)


def test_lettered_items_under_bare_headings_run_on_past_the_second_heading():
    assert texts(HEADED) == [
        "Leaders must urgently improve the timeliness of EHC needs assessments.",
        "Leaders must improve how they communicate with parents and carers.",
        "Leaders in the council and the ICB should reduce waits for speech and language therapy.",
        "Leaders should improve the oversight of children on part-time timetables.",
    ]


WITH_PROGRESS = (
    "4.3 The four areas for improvement from the Ofsted and CQC inspection are set out below, each\n"
    "followed by a summary of the progress made.\n"
    "(1) Leaders should improve the timeliness of EHC plans for children who move into the area. In\n"
    "the year to August, 71% of plans were issued within 20 weeks.\n"
    "(2) Leaders should reduce the waits for ADHD assessments. They should also make sure that\n"
    "families are supported while they wait. A new provider began work in March.\n"
    "(3) Leaders should improve the local offer. The website was relaunched in June.\n"
)


def test_each_item_ends_at_its_first_sentence_that_asks_nothing():
    assert texts(WITH_PROGRESS) == [
        "Leaders should improve the timeliness of EHC plans for children who move into the area.",
        "Leaders should reduce the waits for ADHD assessments. They should also make sure that families are "
        "supported while they wait.",
        "Leaders should improve the local offer.",
    ]


def test_one_item_in_the_voice_is_no_list_of_findings():
    page = CODED.replace("PA2 - Leaders must put in place", "PA2 - The Board has put in place") \
        .replace("AFI1 - Leaders should reduce", "AFI1 - Waiting times were reduced for") \
        .replace("AFI2 - The partnership should strengthen", "AFI2 - Staff strengthened")
    assert texts(page) == []


def test_the_voice_of_a_committee_or_of_we_is_no_finding():
    page = CODED.replace("Leaders across the partnership must", "We must").replace("Leaders must", "We must") \
        .replace("Leaders should", "The Committee should").replace("The partnership should", "We should")
    assert texts(page) == []


def test_no_inspection_in_sight_no_findings():
    page = CODED.replace("after the area SEND inspection by Ofsted and the CQC in May 2025", "in May 2025") \
        .replace("inspection's findings", "strategy's aims")
    assert texts(page) == []
