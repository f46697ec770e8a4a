"""A plural findings noun followed by "in" and a series of three or more ("significant weaknesses in A, B, and C")
enumerates the findings; "weaknesses in" one phrase is not split."""

from __future__ import annotations

from tests.weakness_pages import texts


def test_weaknesses_in_a_serial_series_are_its_items():
    page = ("What did the inspectors find?\n\nInspectors found some good practice. However, the letter, dated 2 May "
            "2018, said that a Written Statement of Action was required because of significant weaknesses in the "
            "strategic leadership of SEND, the timeliness of EHC plans, and the quality of the local offer.\n\n"
            "What is a Written Statement of Action?\n")
    assert texts(page) == ["the strategic leadership of SEND", "the timeliness of EHC plans",
                           "the quality of the local offer"]


def test_weaknesses_in_one_phrase_are_not_split_at_its_commas():
    from pipeline.extract.weaknesses.sentences import enumeration_start
    text = ("The letter found significant weaknesses in the way that education, health and care services work "
            "together.")
    assert enumeration_start(text) is None
