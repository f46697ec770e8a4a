"""Weaknesses: shapes met in blind batch 10 (unmarked items, other bullet glyphs, prose series), each
on invented pages of its own wording."""

from __future__ import annotations

from pipeline.extract.weaknesses import item_cues
from tests.weakness_pages import texts


# Items that lost their markers but kept their ";" -----------------------------------

def test_wrapped_items_ended_by_semicolons_under_a_colon_intro_are_read():
    page = (
        "The Panel heard that the SEND inspection by Ofsted and the CQC in May 2024 had set out four areas\n"
        "for improvement, which were that the partnership should:\n"
        "reduce the time families wait for an autism assessment, which is currently more than two\n"
        "years;\n"
        "make sure that annual reviews lead to changes in plans when needs change;\n"
        "improve the quality of the health advice in EHC plans; and\n"
        "develop its work with schools to reduce the number of pupils on reduced timetables.\n"
        "Members asked how progress would be measured and were told that a dashboard was in preparation.\n"
    )
    found = texts(page)
    assert len(found) == 4
    assert found[0].startswith("reduce the time families wait") and found[0].endswith("more than two years;")  # joined over its wrapped line
    assert found[3].startswith("develop its work with schools")


def test_an_intro_ended_by_a_spaced_dash_points_back_to_what_it_named():
    page = (
        "The Assistant Director said that the re-visit by Ofsted and the CQC had found insufficient\n"
        "progress in two areas, and that these were what the improvement plan now concentrated on -\n"
        "\n"
        "the quality and timeliness of the health advice given for EHC needs assessments;\n"
        "the oversight of children placed in unregistered alternative provision.\n"
        "\n"
        "The next review by the Department for Education would take place in the spring.\n"
    )
    found = texts(page)
    assert found == ["the quality and timeliness of the health advice given for EHC needs assessments;",
                     "the oversight of children placed in unregistered alternative provision."]


def test_semicolon_items_under_an_intro_naming_no_findings_are_not_read():
    page = (
        "The SEND inspection by Ofsted and the CQC was discussed at length. Following the debate, the Panel\n"
        "agreed that officers should be asked to:\n"
        "circulate the latest figures on the timeliness of EHC plans to all members of the Panel;\n"
        "arrange a visit to the new specialist resource base at the secondary school; and\n"
        "bring a further report on the local offer to the meeting in the spring.\n"
    )
    assert texts(page) == []


# Word's "o" bullets after an intro naming recommendations ----------------------------

def test_recommendations_for_improvement_announce_word_style_o_bullets():
    page = (
        "The SEND inspection by Ofsted and the CQC was published in June. Inspectors praised the early years\n"
        "outreach team. The inspection made three recommendations for improvement.\n"
        "\n"
        "o Leaders should make sure that health advice for EHC plans is returned within six weeks.\n"
        "o The ICB should reduce waiting times for children's mental health services.\n"
        "o Leaders should improve the transition of young people with SEND into adult services.\n"
        "\n"
        "The Cabinet Member thanked officers for the report.\n"
    )
    found = texts(page)
    assert len(found) == 3
    assert found[1] == "The ICB should reduce waiting times for children's mental health services."


# Series told in prose ----------------------------------------------------------------

def test_a_finder_critical_of_a_series_repeating_of():
    page = (
        "The Director reported on the outcome of the SEND inspection by Ofsted and the CQC. The letter had, however,"
        " been critical of the delays in issuing final EHC plans, of the low take-up of personal budgets, and of the"
        " gaps in the local offer for young people aged 16 to 25.\n"
    )
    assert texts(page) == ["the delays in issuing final EHC plans", "the low take-up of personal budgets",
                           "the gaps in the local offer for young people aged 16 to 25"]


def test_a_namely_series_of_that_clauses_is_one_item_each():
    page = (
        "The SEND inspection by Ofsted and the CQC found much to praise. It identified three areas for improvement,"
        " namely that leaders should reduce the backlog of annual reviews, that the ICB should shorten waits for"
        " speech therapy and that careers advice for young people with SEND should begin earlier.\n"
    )
    assert texts(page) == ["leaders should reduce the backlog of annual reviews",
                           "the ICB should shorten waits for speech therapy",
                           "careers advice for young people with SEND should begin earlier"]


def test_an_officer_whose_title_ends_with_a_source_word_is_no_finder():
    page = (
        "The Director said that the SEND inspection by Ofsted and the CQC had identified weaknesses in the"
        " timeliness of plans.\n\n"
        "(c) Replying to Councillor Patel, the Head of Quality Assurance and Review stated that 420 annual reviews were"
        " overdue, and that two agency caseworkers had been engaged to reduce the backlog by the summer.\n"
    )
    found = texts(page)
    assert not any("caseworkers" in text for text in found)


def test_knowing_strengths_and_weaknesses_is_praise():
    assert item_cues.is_praise("leaders now have a clear understanding of the partnership's strengths and weaknesses")
    assert item_cues.is_praise("the partnership now knows its strengths and areas for development")
    assert not item_cues.is_praise("leaders now have plans but waiting times remain too long")


# The other half of a verdict left elliptic ---------------------------------------------

def test_an_elliptic_no_progress_verdict_after_a_progress_made_one():
    page = (
        "The re-visit by Ofsted and the CQC found that the area had made sufficient progress in three of the five"
        " significant weaknesses, though not yet in the remaining two: (a) the quality of the health advice in EHC"
        " plans; and (b) the arrangements for young people moving to adult services.\n"
    )
    assert texts(page) == ["the quality of the health advice in EHC plans",
                           "the arrangements for young people moving to adult services"]


def test_an_elliptic_verdict_without_its_own_list_only_recalls_findings():
    page = (
        "The re-visit by Ofsted and the CQC found that the area had made sufficient progress in four of the six"
        " significant weaknesses, but not in the areas relating to short breaks and to the health advice in plans.\n"
    )
    assert texts(page) == []


# A re-visit page's put-right list beside the open one ----------------------------------

REVISIT_PAGE = (
    "Ofsted and the CQC re-visited the area in March to check our progress against the weaknesses from 2019.\n\n"
    "Areas in which inspectors found we had made enough progress\n\n"
    "• The slow completion of EHC needs assessments.\n\n"
    "• The lack of a strategy for children missing education.\n\n"
    "We were pleased that inspectors recognised the work of our SENCo network.\n\n"
    "{open}\n\n"
    "• The poor quality of transition planning for young people aged 14 to 25.\n"
)


def test_a_put_right_heading_beside_the_open_ones_heads_weaknesses_too():
    found = texts(REVISIT_PAGE.format(open="Areas where we still need to make progress"))
    assert found == ["The slow completion of EHC needs assessments.",
                     "The lack of a strategy for children missing education.",
                     "The poor quality of transition planning for young people aged 14 to 25."]


def test_a_put_right_heading_alone_heads_strengths():
    found = texts(REVISIT_PAGE.format(open="What happens next"))
    assert not any("slow completion" in text for text in found)


# Obligation sentences after an announcing one -----------------------------------------

def test_need_to_and_must_sentences_after_an_announcement_are_findings():
    page = (
        "Ofsted and the CQC published their area SEND inspection report in May.\n\n"
        "The report set out what the partnership has to get better at. Leaders have to reduce the time families"
        " wait for a decision on an EHC needs assessment. They also need to strengthen the oversight of pupils on"
        " part-time timetables. The ICB must make sure that the designated clinical officer has the capacity to"
        " check the health sections of plans.\n\n"
        "The partnership must publish an updated strategic plan within 50 working days.\n"
    )
    found = texts(page)
    assert len(found) == 3
    assert found[1].startswith("They also need to strengthen the oversight")
    assert not any("publish" in text for text in found)


def test_a_plans_deadline_after_an_announcement_is_no_obligation_finding():
    page = (
        "Ofsted and the CQC published their area SEND inspection report in May.\n\n"
        "The report set out what the partnership has to get better at. Leaders have to reduce the time families"
        " wait for a decision on an EHC needs assessment. The improvement plan must get to the DfE by 1 July.\n"
    )
    assert texts(page) == ["Leaders have to reduce the time families wait for a decision on an EHC needs assessment."]


# Tables: coded references and cells glued by lost tabs ---------------------------------

def test_ruled_rows_numbered_by_a_short_code_give_their_weakness_cell():
    page = (
        "Appendix A sets out the areas for improvement from the SEND inspection by Ofsted and the CQC.\n"
        "Ref Area for improvement Owner Due\n"
        "PA1 | The ICB should cut the wait for an autism assessment to under a year. | Head of Commissioning | June 2025\n"
        "PA 2 | Leaders should make sure that EHC plans are reviewed when needs change. | SEND Manager | May 2025\n"
    )
    assert texts(page) == ["The ICB should cut the wait for an autism assessment to under a year.",
                           "Leaders should make sure that EHC plans are reviewed when needs change."]


def test_a_table_whose_tabs_became_spaces_gives_each_row_its_first_sentence():
    page = (
        "Ofsted and the CQC inspected our local area in March and asked us to improve in three areas. This page"
        " tells you what we have done since then, and what we still have to do, in the words of the report.\n\n"
        "We wrote the plan with the parent carer forum, with schools and with the health services, and we have met"
        " every month since the inspection to check that the actions in it are being carried out.\n\n"
        "Weakness Our response Progress\n"
        "Too many families wait over a year for a sensory assessment. We have trained two more therapists. Amber\n"
        "Leaders should make sure that transition plans start at 14. A new protocol is in place. Green\n"
        "Information on the local offer is not kept up to date. The website was rebuilt in June. Green\n\n"
        "We will report on progress again in the autumn.\n"
    )
    assert texts(page) == ["Too many families wait over a year for a sensory assessment.",
                           "Leaders should make sure that transition plans start at 14.",
                           "Information on the local offer is not kept up to date."]
