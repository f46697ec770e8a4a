"""Weaknesses in the tables of action plans and trackers, on invented pages: which column holds findings (judged from
the header and the cells' shape), which lines only finish a row broken inside a cell, which column only names each
row's section, which cells only restate an area already given in full, and a findings column whose cells the text
gives one after another (a row ended by its rating, or numbered under a reference column)."""

from __future__ import annotations

from tests.weakness_pages import texts


REPORT_WITH_FINDINGS = (
    "Local area SEND inspection\n"
    "4.1 Ofsted and the CQC inspected the local area partnership in October 2024.\n"
    "4.2 The inspection report identified the following areas for priority action:\n"
    "1. Leaders must establish a shared strategy for SEND, with clear governance, and use accurate\n"
    "information about needs to plan services.\n"
    "2. The ICB must reduce the long waiting times for autism assessments and for community therapies.\n"
    "3. Leaders should make sure that young people aged 16 to 25 have access to more pathways into\n"
    "employment and adult life.\n"
)
FINDINGS = [
    "Leaders must establish a shared strategy for SEND, with clear governance, and use accurate information about "
    "needs to plan services.",
    "The ICB must reduce the long waiting times for autism assessments and for community therapies.",
    "Leaders should make sure that young people aged 16 to 25 have access to more pathways into employment and "
    "adult life.",
]


# A tracker whose second column names the section each action belongs to ----------------------------------------

SECTION_COLUMN_TRACKER = (
    "Appendix A: Priority Action Plan tracker\n"
    "Ref Priority Action Owner Milestone RAG\n"
    "PA1.1 | Joint strategy and oversight | Agree a joint strategy with the ICB | Director of Children's Services | June 2025 | A\n"
    "PA1.2 | Joint strategy and oversight | Set up an improvement board with an independent chair | Chief Executive | May 2025 | G\n"
    "PA2.1 | Therapy and assessment waits | Commission more assessment capacity | ICB Director | July 2025 | A\n"
    "PA2.2 | Therapy and assessment waits | Open a helpline for families waiting | Head of Service | April 2025 | G\n"
)
SECTION_COLUMN_OVERLEAF = (
    "Ref Priority Action Owner Milestone RAG\n"
    "PA3.1 | Routes into adult life | Double the supported internships | Head of Skills | September 2026 | A\n"
)


def test_a_column_repeated_down_the_rows_names_sections_not_findings():
    assert texts(REPORT_WITH_FINDINGS, SECTION_COLUMN_TRACKER) == FINDINGS


def test_a_section_column_stays_one_past_the_page_break():
    # the continued table's one cell in that column is a section's name too, though it is not repeated
    assert texts(REPORT_WITH_FINDINGS, SECTION_COLUMN_TRACKER, SECTION_COLUMN_OVERLEAF) == FINDINGS


def test_full_findings_repeated_down_the_rows_are_still_findings():
    # a column that gives the whole finding on every row of its actions is the findings column, read once
    table = (
        "Appendix A: action plan\n"
        "Area of significant weakness | Action | Lead | RAG\n"
        "The poor quality of EHC plans and the weak contribution of health to them | Audit of plans | Head of SEND | A\n"
        "The poor quality of EHC plans and the weak contribution of health to them | Training for writers | Lead | G\n"
        "The long waits for autism assessment, which leave families without support | New provider | ICB | R\n"
    )
    page = "The inspection found two areas of significant weakness, set out in the table below.\n" + table
    assert texts(page) == [
        "The poor quality of EHC plans and the weak contribution of health to them",
        "The long waits for autism assessment, which leave families without support",
    ]


# A row broken inside a cell: the line that finishes it is no row ----------------------------------------------

BROKEN_ROWS = (
    "Appendix B: progress against the areas of significant weakness\n"
    "Area of significant weakness | Action | Lead | By when | RAG\n"
    "The weak strategic oversight of the area's SEND arrangements | Monthly board with partners | Director of\n"
    "Children's Services and the ICB's Chief Nurse | March 2025 | A\n"
    "The poor quality of EHC plans and the late advice from health | Quality assurance framework | Head of\n"
    "SEND Casework and Principal Educational Psychologist | July 2025 | G\n"
)


def test_the_rest_of_a_row_broken_inside_a_cell_is_no_row():
    page = "The inspection letter identified two areas of significant weakness.\n" + BROKEN_ROWS
    assert texts(page) == [
        "The weak strategic oversight of the area's SEND arrangements",
        "The poor quality of EHC plans and the late advice from health",
    ]


# An appendix's short titles of the areas the report gives in full ---------------------------------------------

TITLES_TABLE = (
    "Appendix 2: Priority action plan summary\n"
    "Area for priority action | Key actions | Lead | By when | RAG\n"
    "1. Shared strategy and governance | Joint strategy; improvement board | Director | June 2025 | Amber\n"
    "2. Waiting times for autism assessments | New provider; waiting-well offer | ICB | March 2026 | Red\n"
    "3. Pathways into employment | Supported internships | Head of Skills | September 2025 | Green\n"
)


def test_short_titles_of_areas_given_in_full_are_not_further_findings():
    assert texts(REPORT_WITH_FINDINGS, TITLES_TABLE) == FINDINGS


def test_short_titles_alone_are_the_findings():
    # with no fuller wording anywhere, the table's titles are what the document says the areas are
    page = ("The inspection report identified three areas for priority action, summarised below.\n"
            + TITLES_TABLE)
    assert texts(page) == ["1. Shared strategy and governance", "2. Waiting times for autism assessments",
                           "3. Pathways into employment"]
