"""Weaknesses in the shapes round 7 missed, one class of phrasing each, on invented pages (session 6,
helper weak8): a re-visit's list judging each weakness in a paragraph of its own, progress tables rated
"Amber - some progress" (a web table, and a PDF table whose cell wraps onto a line of its own), a letter
quoted by its numbered paragraphs ("N. The partnership should:" then "N+1. Leaders should ..."), plain
numbered titles over paragraphs in an appendix of weaknesses, "are, first, that X; and second, that Y",
"found that X, and that Y", and "how well X" as an area to improve."""

from __future__ import annotations

from tests.weakness_pages import extract, texts



# A re-visit's list, each weakness followed by its verdict -------------------------------------------

def test_each_weakness_then_its_verdict_paragraph_keeps_the_list_going():
    page = (
        "SEND re-visit: what the inspectors decided\n\n"
        "Ofsted and the CQC returned to the borough in May 2024 to check progress on the weaknesses found at the"
        " 2021 inspection. Each weakness, with the verdict on it:\n\n"
        "- Delays in issuing new EHC plans, which left many families waiting more than a year\n\n"
        "The area has made sufficient progress in this area. Nine in ten plans are now issued on time.\n\n"
        "- Poor information for families about the local offer\n\n"
        "Not made sufficient progress. Parents still find the website hard to use.\n\n"
        "- Too little therapy available in special schools\n\n"
        "Insufficient progress. Recruitment of therapists has stalled.\n\n"
        "The Director thanked staff for their work.\n"
    )
    found = extract(page)
    assert [item.text for item in found] == [
        "Delays in issuing new EHC plans, which left many families waiting more than a year",
        "Poor information for families about the local offer",
        "Too little therapy available in special schools",
    ]


def test_a_paragraph_after_a_list_that_is_no_verdict_still_ends_it():
    page = (
        "The SEND inspection letter of March 2023 identified these areas for improvement:\n\n"
        "- The slow completion of annual reviews for pupils in special schools\n\n"
        "The Board discussed the staffing of the annual review team.\n\n"
        "- The Board asked for a report on recruitment at its next meeting\n"
    )
    assert texts(page) == ["The slow completion of annual reviews for pupils in special schools"]


def test_unmarked_paragraphs_each_over_a_verdict_paragraph():
    page = (
        "Re-visit of SEND services\n\n"
        "Inspectors returned in November 2022 to look again at the three significant weaknesses they had"
        " reported in 2019. Each weakness, and the verdict on it:\n\n"
        "Children in care with SEND have their health needs reviewed late\n\n"
        "Not made sufficient progress. Reviews are still late for one child in three.\n\n"
        "Schools are unclear about the funding for pupils on SEN support\n\n"
        "Sufficient progress. A funding guide was agreed with head teachers.\n\n"
        "Our next report will follow in the summer.\n"
    )
    found = extract(page)
    assert [item.text for item in found] == [
        "Children in care with SEND have their health needs reviewed late",
        "Schools are unclear about the funding for pupils on SEN support",
    ]


def test_one_paragraph_over_a_verdict_is_not_a_run_of_judged_weaknesses():
    page = (
        "The SEND re-visit letter set out the position:\n\n"
        "The Partnership Board has met monthly since the inspection\n\n"
        "Sufficient progress overall, the letter said.\n\n"
        "Members welcomed the news.\n"
    )
    assert texts(page) == []


# Progress tables rated in words -----------------------------------------------------------------------

def test_web_table_rows_rated_by_colour_and_a_phrase():
    page = (
        "The local area's SEND services were inspected by Ofsted and the CQC in 2022, which found three significant"
        " weaknesses. We wrote a Written Statement of Action with our partners in health and with the parent carer"
        " forum, and we report on it here after each meeting of the SEND Improvement Board.\n\n"
        "Where we are\n\n"
        "Weakness\n\nStatus\n\nEvidence\n\n"
        "Parents are not involved in planning services for their children\n\n"
        "Amber - partly achieved\n\n"
        "A co-production charter was signed with the parent forum in June\n\n"
        "Transition to adult health services is poorly planned\n\n"
        "Red - behind schedule\n\n"
        "The transitions lead post is still vacant\n\n"
        "Schools do not receive timely advice from educational psychologists\n\n"
        "Green (on track)\n\n"
        "Waiting time for advice down to six weeks\n\n"
        "Contact the SEND team with any questions.\n"
    )
    assert texts(page) == [
        "Parents are not involved in planning services for their children",
        "Transition to adult health services is poorly planned",
        "Schools do not receive timely advice from educational psychologists",
    ]


def test_pdf_table_row_after_a_cell_wrapped_onto_its_own_line():
    page = (
        "The Committee considered progress since the Ofsted and CQC re-visit, which found two weaknesses"
        " remained. The report set out the position:\n"
        "Weakness Status Evidence\n"
        "The local offer is hard for families to find and use | Partly met | Visits to the site rose by a third,\n"
        "survey of families in June\n"
        "Health assessments for children in care are often late | Not yet met | 58% on time in March\n"
        "RESOLVED that the report be noted.\n"
    )
    found = extract(page)
    assert [item.text for item in found] == [
        "The local offer is hard for families to find and use",
        "Health assessments for children in care are often late",
    ]
    assert "table:continued" in found[-1].evidence


def test_piped_rows_under_a_line_of_their_own_without_a_table_above_are_not_read():
    page = (
        "Attendance at the SEND Board after the Ofsted inspection:\n"
        "Name Role\n"
        "Priya Kowalczyk-Brandt | Head of Inclusion | Present\n"
        "sent apologies for the second item\n"
        "Tomas Ferreira-Lund | Designated Clinical Officer | Present\n"
    )
    assert texts(page) == []


# A letter quoted by its numbered paragraphs ----------------------------------------------------------

def test_numbered_should_paragraph_over_dash_items_and_the_next_should_paragraph():
    page = (
        "Our inspection outcome\n\n"
        "Inspectors from Ofsted and the CQC visited the area in October 2024. The outcome letter is quoted"
        " below in part.\n\n"
        "\"5. Children with SEND are known well by their early years settings.\n\n"
        "6. The area partnership should:\n"
        "- reduce how long families wait for a first speech and language therapy appointment\n"
        "- make sure that EHC plans are reviewed when children move to secondary school\n\n"
        "7. Leaders at the county council should improve the accuracy of the information they hold on pupils"
        " educated at home.\"\n\n"
        "We will publish our updated plan in the spring.\n"
    )
    assert texts(page) == [
        "reduce how long families wait for a first speech and language therapy appointment",
        "make sure that EHC plans are reviewed when children move to secondary school",
        "Leaders at the county council should improve the accuracy of the information they hold on pupils"
        " educated at home.\"",
    ]


def test_a_committee_should_paragraph_is_not_a_finding():
    page = (
        "The Ofsted and CQC inspection letter was noted.\n\n"
        "4. The Committee members should:\n"
        "- read the appendix before the next meeting\n"
        "- send questions to the clerk\n"
    )
    assert texts(page) == []


# Plain numbered titles over paragraphs in an appendix --------------------------------------------------

def test_appendix_of_weaknesses_with_a_numbered_title_over_each_paragraph():
    page = (
        "Appendix 2: Areas of significant weakness\n"
        "The SEND inspection report of June 2022 set out the following areas of significant weakness.\n"
        "1. Identification of needs\n"
        "Needs are identified late in too many primary schools, and the local authority does not check that\n"
        "schools use the graduated approach.\n"
        "2. Short breaks\n"
        "Families of disabled children wait too long for short breaks and are not told why.\n"
    )
    found = extract(page)
    assert [item.text for item in found] == [
        "Needs are identified late in too many primary schools, and the local authority does not check that"
        " schools use the graduated approach.",
        "Families of disabled children wait too long for short breaks and are not told why.",
    ]
    assert all("headings:numbered-areas" in item.evidence for item in found)


def test_a_numbered_list_of_short_items_is_not_read_as_titles():
    page = (
        "The Ofsted and CQC inspection identified the following areas of significant weakness.\n"
        "1. Timeliness of plans\n"
        "2. Joint commissioning\n"
    )
    assert texts(page) == ["Timeliness of plans", "Joint commissioning"]


# Findings told in clauses ------------------------------------------------------------------------------

def test_areas_told_as_first_that_and_second_that():
    page = (
        "Reasons for the decision: Ofsted and the CQC inspected the area in January 2024. The priority actions"
        " are, first, that too many children are out of school without a suitable place; and second, that"
        " the quality of health advice in EHC plans is weak. A plan must be sent within 25 working days.\n"
    )
    assert texts(page) == [
        "too many children are out of school without a suitable place",
        "the quality of health advice in EHC plans is weak",
    ]


def test_found_that_x_and_that_y_keeps_both_with_newer_shortfall_words():
    page = (
        "The Board received an update on the SEND inspection. The inspectors had found that information about"
        " therapy in EHC plans was often missing, and that the autism pathway was fragmented across the two"
        " hospital trusts.\n"
    )
    assert texts(page) == [
        "information about therapy in EHC plans was often missing",
        "the autism pathway was fragmented across the two hospital trusts",
    ]


def test_how_well_item_under_an_intro_naming_areas_to_improve():
    page = (
        "The Panel heard about the Ofsted and CQC inspection letter. The areas for improvement were:\n"
        "- the time taken to agree placements for pupils with complex needs\n"
        "- how well the council listens to young people when it plans services\n"
    )
    found = extract(page)
    assert [item.text for item in found] == [
        "the time taken to agree placements for pupils with complex needs",
        "how well the council listens to young people when it plans services",
    ]
    assert "item:names-a-topic" in found[-1].evidence


def test_how_well_items_under_an_intro_that_names_nothing_are_what_was_looked_at():
    page = (
        "The Ofsted and CQC inspection considered:\n"
        "- how well the area identifies needs\n"
        "- how well the area meets needs\n"
    )
    assert texts(page) == []


def test_social_communication_needs_are_a_health_theme_not_communication_with_families():
    from pipeline.extract.weaknesses import themes
    assert "health-services" in themes.assign("The pathway for assessing social communication needs is unclear")
    assert "co-production" in themes.assign("Communication with families about their child's plan is poor")


def test_quoted_should_paragraphs_in_a_hard_wrapped_pdf_end_with_their_sentence():
    page = (
        "The Ofsted and CQC letter on the area's SEND arrangements, published in July 2024, says:\n"
        "4. The local area partnership and leaders in the ICB should:\n"
        "• make sure that children who need a wheelchair are assessed within\n"
        "eighteen weeks of being referred\n"
        "• improve the planning of moves from primary to secondary school for pupils\n"
        "with EHC plans\n"
        "5. Leaders at the council should check that alternative provision is safe and\n"
        "registered where it needs to be.\n"
        "The council's draft response is attached as Appendix 1 and was shared with\n"
        "the parent carer forum in August.\n"
    )
    assert texts(page) == [
        "make sure that children who need a wheelchair are assessed within eighteen weeks of being referred",
        "improve the planning of moves from primary to secondary school for pupils with EHC plans",
        "Leaders at the council should check that alternative provision is safe and registered where it needs"
        " to be.",
    ]
