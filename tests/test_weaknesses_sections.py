"""Weaknesses in the shapes round 12 missed, each a general class with invented pages (helper weak13):
what an inspection asks someone to address or "do N things better" announces the findings; a list
intro naming the findings only as what a report responds to; "the review identified these areas";
a verdict citing items by their letters is no item; "they require the partnership to A, to B, and to
C", one item per infinitive; items each over a progress verdict after an intro naming them in the
sentence before; a question heading over unmarked paragraphs of a PDF; a web table whose other
columns only say who leads and by when."""

from __future__ import annotations

from tests.weakness_pages import texts


# What someone was asked, told or required to address: the list or the ordinal sentences after it ----

def test_asked_to_tackle_these_matters_over_bullets():
    page = (
        "Item 5: Area SEND inspection\n\n"
        "Ofsted and the CQC inspected the area in May 2024. The report praised the Parent Carer Forum."
        " The letter told the council to tackle these matters:\n\n"
        "• Leaders should cut the time families wait for a sensory assessment.\n\n"
        "• The ICB should make sure health advice for EHC plans arrives on time.\n\n"
        "The Board noted the report.\n"
    )
    assert texts(page) == [
        "Leaders should cut the time families wait for a sensory assessment.",
        "The ICB should make sure health advice for EHC plans arrives on time.",
    ]


def test_asked_to_do_two_things_better_then_ordinal_sentences():
    page = (
        "What the inspection found\n\n"
        "Inspectors from Ofsted visited our SEND services in October 2023. The inspectors wanted leaders to do two things better."
        " Firstly, the partnership should speed up the transfer of plans when children move school."
        " Lastly, leaders should check that therapy in plans is delivered.\n\n"
        "Our plan\n\nWe are writing a plan with families.\n"
    )
    assert texts(page) == [
        "the partnership should speed up the transfer of plans when children move school",
        "leaders should check that therapy in plans is delivered",
    ]


# The findings named only as what a report responds to, with the count matching ---------------------

def test_report_responds_to_each_area_for_improvement_in_turn():
    page = (
        "Minutes:\n\n"
        "Members considered an update on the area SEND inspection of March 2024. The update responds to each"
        " of the three areas for improvement in turn:\n\n"
        "(1) Leaders should make sure that EHC plans name the health provision children need.\n\n"
        "(2) The partnership should improve the support for young people moving to adult services.\n\n"
        "(3) Leaders should reduce the use of part-time timetables.\n\n"
        "Resolved: That the update be noted.\n"
    )
    assert texts(page) == [
        "Leaders should make sure that EHC plans name the health provision children need.",
        "The partnership should improve the support for young people moving to adult services.",
        "Leaders should reduce the use of part-time timetables.",
    ]


# "identified these areas" over lettered items across a PDF page break; a verdict citing the letters ---

def test_review_identified_these_areas_across_a_page_and_a_verdict_citing_letters():
    first = (
        "Borough Council - Children's Scrutiny Panel - 3 March 2022\n"
        "3.1 The local area was inspected by Ofsted and the CQC in 2018 and the letter set out its findings in\n"
        "detail for the partnership. The 2018 review identified the following areas:\n"
        "(i) the slow pace at which new education, health and care plans were completed and issued to\n"
        "families;\n"
        "(ii) the weak oversight of pupils who attend alternative provision for part of the week;\n"
    )
    second = (
        "Borough Council - Children's Scrutiny Panel - 3 March 2022\n"
        "(iii) the poor take-up of personal budgets by families of young people with complex needs.\n"
        "3.2 The re-visit found that the area had made sufficient progress in addressing (i) and (ii), but had not\n"
        "made sufficient progress in addressing (iii).\n"
        "3.3 The Panel is asked to note the findings of the re-visit and the local area's planned response.\n"
    )
    assert texts(first, second) == [
        "the slow pace at which new education, health and care plans were completed and issued to families;",
        "the weak oversight of pupils who attend alternative provision for part of the week;",
        "the poor take-up of personal budgets by families of young people with complex needs.",
    ]


# One request per infinitive ---------------------------------------------------------------------------

def test_one_item_per_infinitive_after_they_expect():
    page = (
        "Reasons for the decision:\n\n"
        "The area SEND inspection report, published in May 2024, named three areas for improvement. Overall,"
        " they expect the partnership to cut waits for speech therapy, to publish a clearer local offer, and"
        " to improve the quality of annual reviews.\n"
    )
    assert texts(page) == [
        "cut waits for speech therapy",
        "publish a clearer local offer",
        "improve the quality of annual reviews",
    ]


def test_an_infinitive_that_qualifies_or_counts_is_no_request():
    page = (
        "The Department for Education had asked the area to prepare an improvement plan, to be submitted by"
        " 1 June 2024. Ofsted and the CQC asked the partnership to take urgent action in one area and to"
        " improve in three others.\n"
    )
    assert texts(page) == []


# Items each over a progress verdict ---------------------------------------------------------------------

def test_headings_each_over_a_verdict_after_the_naming_sentence():
    page = (
        "Our SEND re-visit\n\n"
        "Ofsted and the CQC came back in May 2023. Inspectors checked each of the weaknesses found in 2018."
        " Open a heading to see their view.\n\n"
        "Late annual reviews for young people at college\n\n"
        "Sufficient progress. Most reviews are now held on time.\n\n"
        "Weak joint planning between education and health services\n\n"
        "Not sufficient progress. Joint plans are still rare.\n\n"
        "Contact us\n"
    )
    assert texts(page) == [
        "Late annual reviews for young people at college",
        "Weak joint planning between education and health services",
    ]


# A question heading over unmarked paragraphs of a PDF, no blank line between ---------------------------

def test_question_heading_over_should_paragraphs_in_a_pdf():
    page = (
        "3. Background\n"
        "3.1 Ofsted and the CQC inspected the borough's SEND services in February 2024 and found a great deal\n"
        "to praise in the work of schools, health services and the council's own teams, and in the way\n"
        "that families are involved in planning. The report also said what must change, which is set out\n"
        "below in the report's own words:\n"
        "What should the partnership improve?\n"
        "Leaders should make sure that the views of young people shape the plans written for them at each\n"
        "stage of their education and in particular at the move to further education colleges.\n"
        "The ICB should work with the community trust to shorten the wait for a wheelchair assessment and\n"
        "keep families informed of where they are on the waiting list while they are waiting for it.\n"
        "3.2 The partnership's plan was agreed by the Board in April 2024 and is attached to this report, with\n"
        "the targets that the Board has set for each of the areas that the inspectors asked it to improve.\n"
    )
    assert texts(page) == [
        "Leaders should make sure that the views of young people shape the plans written for them at each"
        " stage of their education and in particular at the move to further education colleges.",
        "The ICB should work with the community trust to shorten the wait for a wheelchair assessment and"
        " keep families informed of where they are on the waiting list while they are waiting for it.",
    ]


# A web table whose other columns only say who leads and by when ----------------------------------------

def test_web_table_of_findings_with_owner_and_deadline_columns():
    page = (
        "Our inspection outcome\n\n"
        "Ofsted and the CQC inspected the partnership in January 2025. The inspection report sets out three"
        " areas for improvement.\n\n"
        "Weakness\n\nOwner\n\nDeadline\n\n"
        "Leaders should reduce the time taken to issue EHC plans.\n\nCounty Council\n\nMarch 2026\n\n"
        "The ICB should shorten waits for ADHD assessment.\n\nNHS Integrated Care Board\n\nJune 2026\n\n"
        "Leaders should improve the information families get about short breaks.\n\nSEND Board\n\nMay 2026\n\n"
        "We will report on progress in the autumn.\n"
    )
    assert texts(page) == [
        "Leaders should reduce the time taken to issue EHC plans.",
        "The ICB should shorten waits for ADHD assessment.",
        "Leaders should improve the information families get about short breaks.",
    ]


# A page's running header or footer between two items never closes the list ---------------------------

def test_bullets_go_on_past_a_page_footer_line():
    first = (
        "Ofsted and the CQC inspected SEND services in the borough in 2023 and the letter was published in\n"
        "May 2023 after the inspection team had met families, schools and health services across the area.\n"
        "Inspectors required the partnership to address these weaknesses:\n"
        "• the quality of education, health and care plans, which too often lack detail about the\n"
        "health provision children need;\n"
        "• the long waits for speech and language therapy assessments across the borough;\n"
    )
    second = (
        "Page 3 of 8\n"
        "• the weak oversight of children on part-time timetables in secondary schools across the area.\n"
        "4.1 The partnership's response to these weaknesses is set out in the plan attached to this report\n"
        "and will be reviewed by the SEND Board at its meeting in September 2023 before publication.\n"
    )
    assert texts(first, second) == [
        "the quality of education, health and care plans, which too often lack detail about the health"
        " provision children need;",
        "the long waits for speech and language therapy assessments across the borough;",
        "the weak oversight of children on part-time timetables in secondary schools across the area.",
    ]


def test_ordinal_words_opening_paragraphs_are_markers():
    page = (
        "The Ofsted and CQC SEND report identified three areas for improvement.\n\n"
        "Firstly, leaders should make annual reviews lead to updated plans.\n\n"
        "Secondly, the ICB should reduce the wait for occupational therapy.\n\n"
        "Lastly, leaders should improve the local offer's information on short breaks.\n\n"
        "We have already started work.\n"
    )
    assert texts(page) == [
        "leaders should make annual reviews lead to updated plans.",
        "the ICB should reduce the wait for occupational therapy.",
        "leaders should improve the local offer's information on short breaks.",
    ]
