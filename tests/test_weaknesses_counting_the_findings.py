"""A sentence that counts the findings ("three of the significant weaknesses had not been addressed", "we had to
address five areas of significant weakness") speaks about them; it is none of them."""

from __future__ import annotations

from pipeline.extract.weaknesses.item_cues import counts_findings
from tests.weakness_pages import texts


def test_counting_phrases():
    assert counts_findings("three of the significant weaknesses identified in 2019 had not been sufficiently addressed")
    assert counts_findings("we needed to address four areas of significant weakness")
    assert counts_findings("the two areas for improvement had been met")
    assert counts_findings("2 of the 5 priority actions remain open")
    assert not counts_findings("waiting times in two areas of the county are too long")
    assert not counts_findings("the weak contribution of health to EHC plans")


def test_a_verdict_counting_the_weaknesses_is_no_weakness():
    page = ("Summary: The re-visit of the local area by Ofsted and the CQC found that four of the significant\n"
            "weaknesses identified in 2019 had not been sufficiently addressed. A plan is attached.\n")
    assert not any("significant weaknesses identified" in text for text in texts(page))


def test_a_web_page_saying_how_many_areas_it_had_to_address():
    page = ("Our SEND inspection\n\n"
            "Ofsted and the CQC inspected our local area in 2017. The inspection letter said we needed to address "
            "four areas of significant weakness, and we wrote a Written Statement of Action.\n")
    assert not any("four areas" in text for text in texts(page))
