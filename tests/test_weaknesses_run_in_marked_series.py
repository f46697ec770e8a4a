"""Findings set out as a run-in series inside one sentence, each item after a bracketed marker ("leaders should
(i) X; (ii) Y; and (iii) Z", "had not yet addressed (a) X; (b) Y; and (c) Z"): each item is one finding, without
the words that introduce the series, and the last runs to the sentence's end. A letter's "Weakness B: X, and Y"
label numbers one area, which is whole."""

from __future__ import annotations

from tests.weakness_pages import texts


def test_roman_numerals_after_should_are_one_finding_each():
    page = ("3.1 Ofsted and the CQC inspected the local area partnership in March 2024.\n"
            "3.2 The report also set out three areas for improvement: leaders should (i) agree a joint\n"
            "plan for inclusion, written with families, with clear measures of success; (ii) improve the\n"
            "timeliness of EHC plans; and (iii) reduce the use of part-time timetables for pupils with SEND.\n"
            "3.3 The partnership submitted its plan in May 2024.\n")
    assert texts(page) == [
        "agree a joint plan for inclusion, written with families, with clear measures of success",
        "improve the timeliness of EHC plans",
        "reduce the use of part-time timetables for pupils with SEND",
    ]


def test_lettered_items_after_a_reported_verdict_are_one_finding_each():
    page = ("The re-visit letter found that the area had made sufficient progress in one of the three areas.\n"
            "Inspectors judged that the area had not yet addressed (a) the poor quality of EHC plans and the\n"
            "delays in issuing them; (b) the weak joint commissioning of therapies; and (c) the lack of a\n"
            "clear pathway into adulthood.\n"
            "A plan was submitted in April.\n")
    found = texts(page)
    for item in ("the poor quality of EHC plans and the delays in issuing them",
                 "the weak joint commissioning of therapies", "the lack of a clear pathway into adulthood"):
        assert item in found
    assert not any("(b)" in text or "not yet addressed" in text for text in found)


def test_a_single_bracketed_letter_is_no_series():
    page = ("Ofsted and the CQC inspected the area in May 2023. Inspectors found that leaders should (a) improve "
            "the timeliness of EHC plans so that families are not left waiting.\n")
    assert all("(a)" not in text or "timeliness" in text for text in texts(page))


def test_a_letter_label_numbers_one_area_whole():
    page = ("2.2 Inspectors revisited the area in July 2022. The revisit letter found that the area had made\n"
            "sufficient progress in four of the six significant weaknesses. The two weaknesses where progress was\n"
            "judged insufficient are:\n"
            "Weakness A: The lack of clear information for families about the support available\n"
            "through the local offer.\n"
            "Weakness B: The variable quality of EHC plans, and the weak contribution of health to\n"
            "them.\n"
            "2.3 The Minister issued a statutory direction to the council in November 2022.\n")
    found = texts(page)
    assert "The variable quality of EHC plans, and the weak contribution of health to them" in found
    assert "the weak contribution of health to them" not in found
