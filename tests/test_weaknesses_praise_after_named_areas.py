"""An intro whose own sentence praises ("In summary, inspectors praised:") lists strengths, even right after a
sentence naming the areas for improvement (whose count then says nothing of this list); and a plan's header row
naming a response column ("Area for improvement What we will do Lead By when") over ruled rows heads actions, not
findings."""

from __future__ import annotations

from tests.weakness_pages import texts

PRAISE = (
    "3.2 The Ofsted and CQC letter describes what the partnership does well and what it needs to do better,\n"
    "and sets out three areas for improvement in the table at its end. In summary, inspectors praised:\n"
    "• the early identification of needs in the early years, including the health visiting team;\n"
    "• the strong relationship between leaders and the parent carer forum;\n"
    "• the inclusive practice of many mainstream schools.\n"
    "3.3 The partnership will publish an updated strategic plan in September.\n"
)


def test_an_intro_that_praises_lists_strengths_after_a_sentence_naming_the_areas():
    assert texts(PRAISE) == []


def test_an_intro_naming_areas_with_a_praise_word_before_still_lists_findings():
    page = PRAISE.replace("In summary, inspectors praised:", "The areas for improvement are:")
    assert len(texts(page)) == 3


PLAN = (
    "The Ofsted and CQC inspection in March 2025 set out three areas for improvement.\n"
    "Appendix 2: Summary of the partnership's response to the areas for improvement\n"
    "Area for improvement What we will do Lead By when\n"
    "AFI 1: Waiting times | Commission 500 additional assessments | ICB Head of Commissioning | March 2026\n"
    "AFI 1: Waiting times | Open a waiting well hub with the forum | Head of SEND | September 2025\n"
    "AFI 2: EHC plans | Audit 15 plans each month | Principal Officer | December 2025\n"
)


def test_ruled_rows_under_a_response_column_header_are_no_findings():
    assert not any("|" in text for text in texts(PLAN))
