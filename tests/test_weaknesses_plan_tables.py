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


# A findings column first, its cells given one after another, each row ended by its rating -------------------------

RATED_ROWS_IN_TURN = (
    "Appendix A - progress summary\n"
    "Area of significant\n"
    "weakness found at the\n"
    "inspection\n"
    "What we have done Impact so far RAG\n"
    "The late and poor quality\n"
    "advice from health services\n"
    "to EHC needs assessments\n"
    "Named health leads for\n"
    "advice; weekly tracking\n"
    "81% of advice on time,\n"
    "up from 40%\n"
    "Green\n"
    "The weak oversight of\n"
    "children educated on\n"
    "part-time timetables\n"
    "Register kept by the\n"
    "inclusion team\n"
    "Timetables reviewed each\n"
    "half term\n"
    "Amber\n"
    "Next steps: the partnership will refresh its self-evaluation before the re-visit and report again in the spring.\n"
)


def test_a_findings_column_read_a_cell_at_a_time_row_by_row():
    page = "The inspection identified two areas of significant weakness, set out in Appendix A.\n" + RATED_ROWS_IN_TURN
    assert texts(page) == [
        "The late and poor quality advice from health services to EHC needs assessments",
        "The weak oversight of children educated on part-time timetables",
    ]


# A findings column after a reference column: only each group's first row holds the finding --------------------------

REFERENCED_ROWS_IN_TURN = (
    "Appendix 1: Accelerated Progress Plan tracker\n"
    "Ref Area of significant\n"
    "weakness\n"
    "Action Lead Target\n"
    "date\n"
    "Progress\n"
    "RAG\n"
    "1.1 Area 1 of the re-visit:\n"
    "too many annual reviews\n"
    "are late, and plans are\n"
    "not updated\n"
    "Recruit two review\n"
    "officers\n"
    "Head of SEND\n"
    "May 2025\n"
    "Both in post.\n"
    "Blue\n"
    "1.2 Termly audit of\n"
    "annual reviews with\n"
    "schools\n"
    "Principal\n"
    "Psychologist\n"
    "July 2025\n"
    "Two audits held.\n"
    "Amber\n"
    "2.1 Area 3 of the re-visit:\n"
    "families wait too long for\n"
    "speech and language\n"
    "therapy\n"
    "Commission a second\n"
    "provider\n"
    "ICB lead\n"
    "June 2025\n"
    "Contract let.\n"
    "Green\n"
)


# (a report's wrapped prose above the appendix, as a PDF's text gives it)
WRAPPED_REPORT = (
    "1.5 Background\n"
    "Ofsted and the CQC re-visited the local area in February 2023 to judge the progress\n"
    "made against the areas of significant weakness in the inspection letter of 2019. The\n"
    "re-visit letter found sufficient progress in three of the five areas, and insufficient\n"
    "progress in the other two, which are given in the first column of the tracker below.\n"
    "The Department for Education and NHS England have reviewed the plan every six months\n"
    "since it was agreed, most recently in July 2025, when they judged that good progress\n"
    "had been made in the first area and that further progress was needed in the second.\n"
)


def test_a_findings_column_after_references_holds_one_finding_per_group():
    page = WRAPPED_REPORT + REFERENCED_ROWS_IN_TURN
    assert texts(page) == [
        "too many annual reviews are late, and plans are not updated",
        "families wait too long for speech and language therapy",
    ]


# Numbered rows whose first cell breaks at a page's end; overleaf the header and rows come ruled -------------------

NUMBERED_ROWS_PAGE = (
    "Appendix 1: Written Statement of Action - progress tracker\n"
    "This tracker is kept by the SEND Improvement Board's programme office and is updated each month. It\n"
    "shows, for each area of significant weakness, the actions agreed in the WSoA and the evidence of\n"
    "their impact, with the Board's rating of each area at the end of November.\n"
    "No. Area of significant\n"
    "weakness\n"
    "What we said we would\n"
    "do\n"
    "Progress and evidence of impact RAG\n"
    "1 The weak joint\n"
    "commissioning of\n"
    "therapies.\n"
    "Joint commissioning\n"
    "board set up.\n"
    "Two therapy contracts let.\n"
    "G\n"
    "2 The long waits for an\n"
    "assessment of autism and\n"
    "for\n"
    "New assessment\n"
    "provider; waiting list\n"
    "Average wait fell from\n"
    "70 to 48 weeks\n"
    "A\n"
)
RULED_ROWS_OVERLEAF = (
    "No. | Area of significant weakness | What we said we would do | Progress and evidence of impact | RAG\n"
    "speech and language therapy. validated. (November 2021).\n"
    "3 | The poor information for families in the local offer. | Local offer rebuilt with parents. | Relaunched"
    " in September | A\n"
    "Completed actions: 30 of 41.\n"
)


def test_numbered_rows_go_on_past_a_page_break_into_ruled_rows():
    page = "The inspection letter identified three areas of significant weakness.\n" + NUMBERED_ROWS_PAGE
    assert texts(page, RULED_ROWS_OVERLEAF) == [
        "The weak joint commissioning of therapies.",
        "The long waits for an assessment of autism and for speech and language therapy.",
        "The poor information for families in the local offer.",
    ]


def test_rows_one_cell_short_of_a_wider_header_are_all_rows():
    page = (
        "The inspection letter identified three areas of significant weakness.\n"
        "Area of significant weakness | Action | Lead | By when | RAG | Notes\n"
        "The weak strategic oversight of the area's SEND arrangements | Monthly board | Director | March | A\n"
        "The poor quality of EHC plans and the late advice from health | Quality framework | Head of SEND | July | G\n"
        "The long waits for an autism assessment and for therapy | New provider | ICB lead | June | R\n"
    )
    assert texts(page) == [
        "The weak strategic oversight of the area's SEND arrangements",
        "The poor quality of EHC plans and the late advice from health",
        "The long waits for an autism assessment and for therapy",
    ]


# Headings spanning a ruled table over each section's rows --------------------------------------------------------

SECTION_HEADINGS_TRACKER = (
    "Appendix A: Priority Action Plan tracker\n"
    "Ref | Action | Owner | Milestone | RAG\n"
    "Priority action 1: Shared strategy and governance\n"
    "1.1 | Agree a joint strategy with the ICB and publish it | Director of Children's Services | June 2025 | A\n"
    "1.2 | Set up an improvement board with an independent chair | Chief Executive | May 2025 | G\n"
    "Priority action 2: Waiting times for autism assessments\n"
    "2.1 | Commission more assessment capacity from a new provider | ICB Director | July 2025 | A\n"
    "2.2 | Open a helpline for families waiting for an assessment | Head of Service | April 2025 | G\n"
)


def test_a_tables_section_rows_are_no_paragraph_under_its_heading():
    # the rows under "Priority action 1: <title>" are its actions, not the paragraph stating the finding
    found = texts("The SEND inspection found two priority actions.\n" + SECTION_HEADINGS_TRACKER)
    assert not any(" | " in item for item in found)


def test_section_headings_restating_areas_given_in_full_are_not_further_findings():
    assert texts(REPORT_WITH_FINDINGS, SECTION_HEADINGS_TRACKER) == FINDINGS


def test_section_headings_alone_name_the_areas():
    assert texts("The SEND inspection found two priority actions.\n" + SECTION_HEADINGS_TRACKER) == [
        "Shared strategy and governance", "Waiting times for autism assessments"]


def test_a_trackers_area_column_copying_the_findings_out_again_adds_none():
    tracker = (
        "Appendix A: progress against each area\n"
        "Area for priority action | Progress | RAG\n"
        "Leaders must establish a shared strategy for SEND, with clear governance, and use accurate information"
        " about needs to plan services | Strategy agreed | A\n"
        "The ICB must reduce the long waiting times for autism assessments and for community therapies | New"
        " provider | R\n"
        "Young people aged 16 to 25 need more pathways into employment and adult life | Internships doubled | G\n"
    )
    assert texts(REPORT_WITH_FINDINGS, tracker) == FINDINGS
