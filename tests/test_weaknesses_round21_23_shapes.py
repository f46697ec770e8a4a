"""Weaknesses in shapes rounds 21 to 23 missed, one class each, on invented pages (helper weak18): numbered
paragraphs a sentence points at by their numbers ("set out in paragraphs 3.4 to 3.6"); a list item that ends with a
colon over its own nested list; a finder saying someone should improve a series of things in one sentence."""

from __future__ import annotations

from tests.weakness_pages import texts


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
    page = POINTED.replace("paragraphs 3.4 to 3.6", "paragraphs 5.2 to 5.4")
    assert texts(page) == []


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
