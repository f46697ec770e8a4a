"""Weaknesses in the common real shapes rounds 18 and 19 missed, one class each, on invented pages (helper
weak16): what an Improvement Notice requires, as an officer lists it; the verb-phrase items a report asks the
area's leaders to do; a re-visit's areas after a verdict on a count of them, or after a pointer following an
elliptic verdict; "that" as a relative pronoun after "inspectors found"."""

from __future__ import annotations

from tests.weakness_pages import texts


# What an Improvement Notice (or any direction) requires, the verb right over its list ---------------------

def test_improvement_notice_requirements_listed_by_an_officer():
    page = (
        "3. The Department for Education issued the Improvement Notice after the SEND re-visit by Ofsted and the"
        " CQC.\n\n"
        "4. The Head of SEND said that the Improvement Notice required the council and the ICB to address, as a"
        " priority:\n"
        "- the late issue of EHC plans;\n"
        "- the weak oversight of pupils on part-time timetables; and\n"
        "- the poor response to complaints from parents.\n\n"
        "5. Members asked about the budget.\n"
    )
    assert texts(page) == [
        "the late issue of EHC plans;",
        "the weak oversight of pupils on part-time timetables; and",
        "the poor response to complaints from parents.",
    ]


def test_direction_requires_the_area_to_tackle_urgently():
    page = (
        "Following the SEND re-visit by Ofsted and the CQC, the statutory direction requires the partnership to tackle"
        " urgently:\n\n"
        "• inconsistent identification of needs in the early years\n"
        "• long waits for speech and language therapy\n"
    )
    assert texts(page) == [
        "inconsistent identification of needs in the early years",
        "long waits for speech and language therapy",
    ]


# "The report asks leaders to:" over verb phrases ----------------------------------------------------------

def test_the_report_asks_leaders_to_over_verb_phrases():
    page = (
        "Ofsted and the CQC have published the report of their inspection of the local area partnership.\n\n"
        "The report asks leaders to:\n\n"
        "• make sure that families are told how long they will wait for an assessment\n"
        "• strengthen the way annual reviews feed into planning\n"
        "• extend the range of post-16 options for young people\n"
    )
    assert texts(page) == [
        "make sure that families are told how long they will wait for an assessment",
        "strengthen the way annual reviews feed into planning",
        "extend the range of post-16 options for young people",
    ]


def test_the_report_asked_the_partnership_to():
    page = (
        "The inspection of the local area found inconsistent experiences for children with SEND.\n\n"
        "The report asked the partnership to:\n\n"
        "• speed up the transfer of plans between councils\n"
        "• involve young people in designing the Local Offer\n"
    )
    assert texts(page) == [
        "speed up the transfer of plans between councils",
        "involve young people in designing the Local Offer",
    ]


def test_a_committee_report_asking_its_own_readers_is_not_weaknesses():
    page = (
        "Following the SEND inspection by Ofsted and the CQC, this report sets out the partnership's plan.\n\n"
        "The report asks the Committee to:\n\n"
        "• note the outcome of the inspection\n"
        "• comment on the draft improvement plan\n"
    )
    assert texts(page) == []


# A re-visit's areas after its verdict on a count of them ----------------------------------------------------

def test_revisit_areas_after_a_verdict_on_a_count_then_the_remaining_ones():
    page = (
        "Members were told that the re-visit letter confirmed that sufficient progress had been made in two of the"
        " five areas of significant weakness, these were as follows:-\n\n"
        "• The timeliness of EHC plans\n\n"
        "• The Local Offer\n\n"
        "Insufficient progress had been made in the remaining three areas:-\n\n"
        "• The weak joint commissioning of therapies\n\n"
        "• The high rate of exclusions of pupils with SEND\n\n"
        "• The poor co-production with families\n"
    )
    found = texts(page)
    assert found == [
        "The timeliness of EHC plans",
        "The Local Offer",
        "The weak joint commissioning of therapies",
        "The high rate of exclusions of pupils with SEND",
        "The poor co-production with families",
    ]
    assert not any(text.endswith(":-") for text in found)


def test_these_were_after_an_elliptic_verdict_closing_its_sentence():
    page = (
        "The re-visit letter from Ofsted and the CQC had found that sufficient progress had been made in two"
        " areas, the Local Offer and transition to adult services, but not in the remaining three. These were:\n\n"
        "- the variable quality of EHC plans\n"
        "- the lack of a joint commissioning strategy\n"
        "- the poor attendance of pupils with SEND\n"
    )
    assert texts(page) == [
        "the variable quality of EHC plans",
        "the lack of a joint commissioning strategy",
        "the poor attendance of pupils with SEND",
    ]


# "that" as a relative pronoun ---------------------------------------------------------------------------

def test_things_inspectors_found_that_are_working_well_is_no_finding():
    page = (
        "Ofsted and the CQC published their report on the local area's SEND arrangements today.\n\n"
        "\u201cWe are proud of the many things inspectors found that are working well, but we know from families"
        " that their experiences are not yet consistent.\u201d \u2013 Councillor Jo Bloggs\n\n"
        "\u201cWe welcome the practice the report found that has improved since 2019, but there is more to do.\u201d\n"
    )
    assert texts(page) == []


def test_the_intro_of_a_revisit_list_is_not_itself_an_item():
    page = (
        "The Ofsted and CQC re-visit of the local area's SEND arrangements found that leaders had acted on most of"
        " the weaknesses.\n\n"
        "Insufficient progress had been made in the remaining two areas:-\n\n"
        "• The weak oversight of alternative provision\n\n"
        "• Long waits for autism assessments\n"
    )
    assert texts(page) == ["The weak oversight of alternative provision", "Long waits for autism assessments"]


# A ruled two-column table some of whose rows lost their " | " ------------------------------------------------

def test_table_rows_glued_to_their_answer_cell_are_rows_too():
    page = (
        "1.1 Ofsted and the CQC re-visited the local area's SEND arrangements in June 2023.\n"
        "Table 1: Areas of significant weakness and the re-visit's findings\n"
        "Area of significant weakness Re-visit finding\n"
        "The weak strategic leadership of SEND across the partnership | Sufficient progress\n"
        "The late and poorly written EHC plans Not sufficient progress\n"
        "The lack of joint commissioning of therapies | Not sufficient progress\n"
        "Long waits for an autism assessment Sufficient progress\n"
        "2.1 The partnership has since refreshed its strategy.\n"
    )
    assert texts(page) == [
        "The weak strategic leadership of SEND across the partnership",
        "The late and poorly written EHC plans",
        "The lack of joint commissioning of therapies",
        "Long waits for an autism assessment",
    ]


def test_a_dfe_review_column_glued_to_the_area():
    page = (
        "Following the SEND inspection by Ofsted and the CQC the DfE reviewed progress in January 2024.\n"
        "Area of significant weakness Position at the DfE review\n"
        "Inconsistent identification of needs in early years settings | Improving\n"
        "Poor transitions between primary and secondary schools Not yet improving\n"
        "The weak quality assurance of EHC plans | Not yet improving\n"
    )
    assert texts(page) == [
        "Inconsistent identification of needs in early years settings",
        "Poor transitions between primary and secondary schools",
        "The weak quality assurance of EHC plans",
    ]
