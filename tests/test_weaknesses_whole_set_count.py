"""A list's count when the sentence before judges a part of a whole ("sufficient progress in three of the five
weaknesses"): an intro that names the whole set afresh ("The original weaknesses were:", "All the areas of weakness
were:") lists all of it; one that points back ("These were:") lists the part."""

from __future__ import annotations

from tests.weakness_pages import texts

VERDICT = (
    "Consideration was given to a report on the outcome of the Ofsted and CQC revisit of the local area's SEND\n"
    "arrangements. The letter found that the area had made sufficient progress in addressing two of the four\n"
    "significant weaknesses identified at the initial inspection. {intro}\n"
    "(i) the weak joint commissioning of services for children with SEND\n"
    "(ii) the poor quality of EHC plans and the late advice from health\n"
    "(iii) the long waits for an assessment of autism\n"
    "(iv) the low awareness of the local offer among families\n"
    "Members asked how the waits would be reduced and were told that a new provider had been appointed in\n"
    "July and that the longest waits had begun to fall.\n"
)
ALL_FOUR = [
    "the weak joint commissioning of services for children with SEND",
    "the poor quality of EHC plans and the late advice from health",
    "the long waits for an assessment of autism",
    "the low awareness of the local offer among families",
]


def test_an_intro_naming_the_original_set_lists_all_of_it():
    assert texts(VERDICT.format(intro="The original weaknesses were:")) == ALL_FOUR


def test_an_intro_naming_all_the_areas_lists_all_of_them():
    assert texts(VERDICT.format(intro="All the areas of weakness were:")) == ALL_FOUR


def test_an_intro_pointing_back_lists_the_part():
    assert texts(VERDICT.format(intro="These were:")) == ALL_FOUR[:2]
