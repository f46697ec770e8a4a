"""Weaknesses: shapes met in blind batch 11 (findings as headings, a question heading over the findings,
a re-visit's put-right half as a colon intro, the meeting's own discussion), each on invented pages of
its own wording."""

from __future__ import annotations

import pytest

from tests.weakness_pages import texts


# Findings set as headings, each over a paragraph on what has been done --------------------

@pytest.mark.parametrize("intro", [
    "The inspection report set out three areas for improvement. Each is shown below with what has happened since.",
    "Inspectors identified three areas for improvement, set out below with our progress on each.",
])
def test_findings_set_as_headings_over_progress_paragraphs_are_the_items(intro):
    page = (
        "Our SEND inspection: an update\n\n"
        f"{intro}\n\n"
        "Leaders should reduce the time families wait for a speech and language therapy assessment\n\n"
        "Two new therapists started in January. The average wait is now 19 weeks.\n\n"
        "The partnership should improve how it checks the quality of annual reviews\n\n"
        "A new audit tool is in use. Every month a sample of reviews is checked by a panel.\n\n"
        "Too many children with SEND are excluded from primary schools\n\n"
        "Schools have signed a new inclusion charter.\n\n"
        "Contact us\n\n"
        "Email the SEND team for more information.\n"
    )
    found = texts(page)
    assert found == [
        "Leaders should reduce the time families wait for a speech and language therapy assessment",
        "The partnership should improve how it checks the quality of annual reviews",
        "Too many children with SEND are excluded from primary schools",
    ]


def test_headings_that_state_no_finding_are_not_read_as_findings():
    page = (
        "The Ofsted inspection found two areas for improvement. Here is what we have done since.\n\n"
        "New staff in the assessment team\n\n"
        "We have recruited four case officers.\n\n"
        "A new parent newsletter\n\n"
        "The first issue went out in March.\n"
    )
    assert texts(page) == []


# A heading asking what must improve heads the findings below it -------------------------

@pytest.mark.parametrize("question", ["What needs to improve?", "What does the area need to do better?",
                                      "Where must the partnership improve?"])
def test_a_question_heading_about_what_must_improve_heads_the_bullets_below(question):
    page = (
        "Appendix 2: Extract from the Ofsted and CQC area SEND inspection report\n"
        f"{question}\n"
        "• Leaders should make sure that the local offer is kept up to date and is easy for families to\n"
        "use.\n"
        "• The integrated care board should reduce the waiting times for the autism assessment pathway.\n"
    )
    found = texts(page)
    assert len(found) == 2
    assert found[0].startswith("Leaders should make sure that the local offer")


def test_a_question_about_what_happens_next_heads_no_findings():
    page = (
        "The report of the Ofsted and CQC inspection of SEND was published in April.\n"
        "What happens next?\n"
        "• The council will publish its plan in May.\n"
        "• Parents will be invited to a meeting in June.\n"
    )
    assert texts(page) == []


# A re-visit's put-right half as a colon intro, beside the half still open ----------------

@pytest.mark.parametrize("put_right", [
    "The re-visit found that sufficient progress had been made in addressing two of the weaknesses:",
    "Inspectors judged that enough progress had been made against two of the areas of weakness:",
])
def test_weaknesses_put_right_under_a_colon_intro_are_weaknesses_beside_the_open_ones(put_right):
    page = (
        "Ofsted and the CQC re-visited the area in March 2022 to review the three significant weaknesses\n"
        "found at the inspection in 2018.\n"
        "\n"
        f"{put_right}\n"
        "\n"
        "- The poor quality of the health advice in EHC plans.\n"
        "- Weak joint commissioning of therapy services.\n"
        "\n"
        "Sufficient progress had not been made in addressing one weakness:\n"
        "\n"
        "- The high rate of exclusion of children with SEND from secondary schools.\n"
        "\n"
        "During discussion, the following points were raised:\n"
        "\n"
        "- A Member asked that the Committee be told how many children were waiting for therapy.\n"
        "- Members were concerned that exclusions were still too high in some schools.\n"
    )
    found = texts(page)
    assert found == [
        "The poor quality of the health advice in EHC plans.",
        "Weak joint commissioning of therapy services.",
        "The high rate of exclusion of children with SEND from secondary schools.",
    ]


# A letter's passages, each quoted whole, under an intro that gives the report's own words ---------

@pytest.mark.parametrize("intro", [
    "The Director said the re-visit letter was clear, and quoted the passages the plan had been written around:",
    "Members were reminded of the inspection report's own words:",
    "The Head of SEND read out extracts from the Ofsted letter:",
])
def test_quoted_paragraphs_under_an_intro_that_quotes_the_report_are_the_items(intro):
    page = (
        "The re-visit by Ofsted and the CQC in March 2023 found that insufficient progress had been made.\n\n"
        f"{intro}\n\n"
        "“The local offer is out of date and families do not know where to find help.”\n\n"
        "“Too many annual reviews are late. Plans are not amended when needs change.”\n\n"
        "Members asked when the local offer would be rewritten.\n"
    )
    found = texts(page)
    assert found == ["The local offer is out of date and families do not know where to find help.",
                     "Too many annual reviews are late. Plans are not amended when needs change."]


def test_quoted_praise_under_such_an_intro_is_not_a_weakness():
    page = (
        "The Ofsted inspection report was published in June.\n\n"
        "The Director quoted the report's words:\n\n"
        "“Leaders know their area well and work closely with families.”\n\n"
        "“Children enjoy their time at the resource bases.”\n"
    )
    assert texts(page) == []


@pytest.mark.parametrize("finding", [
    "The rate of fixed-term exclusion of pupils with EHC plans is higher than the national average.",
    "Attendance of children with SEND in special schools is worse than in similar areas.",
])
def test_a_rate_set_against_the_country_states_a_shortfall(finding):
    from pipeline.extract.weaknesses import cues
    assert cues.reads_as_finding(finding)


# An enumeration set off by dashes or brackets after a counted weakness noun ---------------

@pytest.mark.parametrize("sentence", [
    "The direction requires the council to tackle the two areas for priority action that the inspection found"
    " – the long waits for speech and language therapy and the poor quality of transition planning – and to"
    " report monthly to the Department for Education.",
    "The Ofsted re-visit found that the two significant weaknesses (the long waits for speech and language"
    " therapy, and the poor quality of transition planning) had not improved enough.",
    "Ofsted's letter said the partnership still has to resolve the two weaknesses it found -- the long waits for"
    " speech and language therapy, and the poor quality of transition planning -- before the next visit.",
])
def test_weaknesses_set_off_by_dashes_or_brackets_after_their_count_are_the_items(sentence):
    found = texts("SEND improvement update\n\n" + sentence + "\n")
    assert found == ["the long waits for speech and language therapy", "the poor quality of transition planning"]


def test_an_aside_after_a_noun_without_a_count_is_not_read_as_an_enumeration():
    page = ("The Ofsted inspection report – published in May, after a long wait – was welcomed by members,"
            " who noted the strengths it found.\n")
    assert texts("SEND improvement update\n\n" + page) == []


# Findings named in the source's own words after a verb of naming -------------------------

@pytest.mark.parametrize("sentence", [
    "The re-visit found that insufficient progress had been made in two areas, which the letter calls ‘the weak"
    " joint commissioning of therapy services’ and ‘the lack of a shared view of children’s needs’.",
    "Ofsted judged that progress was not sufficient in the remaining two, described as “the weak joint"
    " commissioning of therapy services” and “the lack of a shared view of children’s needs”.",
])
def test_each_quotation_after_a_verb_of_naming_is_one_item(sentence):
    found = texts("SEND improvement update\n\n" + sentence + "\n")
    assert found == ["the weak joint commissioning of therapy services", "the lack of a shared view of children’s needs"]
