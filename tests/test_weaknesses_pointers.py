"""Where a document says its findings are written is no finding (one vocabulary, ``pointers``): a verdict's object
that only says where the areas stand ("the other two, which are given in the first column of the tracker below"),
an item whose predicate is a pointer; an intro whose sentence points at the numbered paragraphs below still heads
them."""

from __future__ import annotations

from tests.weakness_pages import texts


def test_a_verdicts_object_that_only_points_to_a_table_is_no_finding():
    page = (
        "Ofsted and the CQC re-visited the local area for SEND in February 2023 to judge the progress made\n"
        "against the areas of significant weakness in the inspection letter of 2019. The re-visit\n"
        "letter found sufficient progress in three of the five areas, and insufficient progress in\n"
        "the other two, which are given in the first column of the tracker at Appendix 1.\n"
    )
    assert texts(page) == []


def test_an_item_pointing_to_the_places_above_is_no_finding():
    page = (
        "The SEND re-visit found that the area had not made sufficient progress in addressing the weaknesses "
        "identified above, or in reducing the waiting times for an autism assessment.\n"
    )
    assert texts(page) == ["reducing the waiting times for an autism assessment"]


def test_paragraphs_pointed_to_by_their_numbers_are_the_list():
    page = (
        "3.1 The inspection identified two areas for improvement, which are set out in paras. 3.2 to 3.3.\n"
        "3.2 Leaders should improve the timeliness of EHC needs assessments and plans.\n"
        "3.3 The ICB should reduce the waiting times for speech and language therapy.\n"
        "4. Financial implications\n"
    )
    assert texts(page) == ["Leaders should improve the timeliness of EHC needs assessments and plans.",
                           "The ICB should reduce the waiting times for speech and language therapy."]


WHOLE_NUMBERED = (
    "4. The partnership received the middle of the three possible outcomes of the SEND inspection. Inspectors\n"
    "praised the strong relationships between leaders and the parent carer forum, and the special schools.\n"
    "5. The report identified two areas for improvement, which are set out in paragraphs 6 and 7.\n"
    "6. Leaders should make sure that the views of children and young people are captured in their EHC\n"
    "plans, and that plans are updated after each annual review.\n"
    "7. Leaders should improve the timeliness of access to speech and language therapy, so that children\n"
    "receive the support set out in their plans.\n"
    "8. The improvement plan sets out the actions the partnership will take in response to each area and\n"
    "will be published on the local offer.\n"
)


def test_whole_numbered_paragraphs_pointed_to_by_the_paragraph_above():
    assert texts(WHOLE_NUMBERED) == [
        "Leaders should make sure that the views of children and young people are captured in their EHC plans, and "
        "that plans are updated after each annual review.",
        "Leaders should improve the timeliness of access to speech and language therapy, so that children receive "
        "the support set out in their plans.",
    ]


def test_a_numbered_paragraph_pointing_elsewhere_heads_no_list():
    page = WHOLE_NUMBERED.replace("paragraphs 6 and 7", "paragraphs 12 and 13")
    assert texts(page) == []
