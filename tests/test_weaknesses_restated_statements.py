"""A long pack's second statement of the findings (an appendix's summary list, a plan's rows) that copies the
report's list item by item, shorter, adds no finding; a list of other findings in similar words stays
(``statements``)."""

from __future__ import annotations

from pipeline.extract.weaknesses import statements, without_restated_groups
from pipeline.extract.weaknesses.text import Found
from tests.weakness_pages import extract

REPORT = (
    "Area SEND inspection outcome\n"
    "Ofsted and the CQC inspected the local area partnership in May 2024. The inspection identified the following\n"
    "areas for improvement:\n"
    "- Leaders should improve the timeliness of EHC needs assessments, so that families do not wait many months for\n"
    "support to begin.\n"
    "- Leaders should reduce the waiting times for speech and language therapy across the whole of the county.\n"
    "- Leaders should improve how they share information with parents and carers about the local offer.\n"
    "\n"
    "The partnership board has agreed a plan in response.\n"
    + "The report also describes what is working well for children and their families across the area. " * 10 + "\n"
)
APPENDIX = (
    "Appendix B: summary for the board\n"
    "The inspection report set out the following areas for improvement:\n"
    "- Leaders should improve the timeliness of EHC needs assessments.\n"
    "- Leaders should reduce waiting times for speech and language therapy.\n"
    "- Leaders should improve how they share information about the local offer.\n"
    "\n"
    "The board will review the plan every quarter.\n"
)


def test_a_shorter_copy_of_the_list_adds_no_finding():
    found = extract(REPORT, APPENDIX)
    assert [(item.page, item.text[:60]) for item in found] == [
        (1, "Leaders should improve the timeliness of EHC needs assessmen"),
        (1, "Leaders should reduce the waiting times for speech and langu"),
        (1, "Leaders should improve how they share information with paren"),
    ]


PAGES = {1: 4000, 2: 4000}  # each list well inside its page: two statements, not one over a page break


def item(page: int, start: int, text: str, evidence: str) -> Found:
    return Found(page, start, start + len(text), text, evidence)


def test_other_findings_in_similar_words_stay():
    """A re-visit's list beside the inspection's: the same areas' words, but other findings of their own."""
    kept = [
        item(1, 0, "the timeliness of EHC plans and the contributions of health services to them", "intro:names-weakness +3; intro:colon +1"),
        item(1, 100, "the quality of support for children with social and emotional needs", "intro:names-weakness +3; intro:colon +1"),
        item(2, 0, "the quality of EHC plans", "intro:no-progress +3; intro:colon +1"),
        item(2, 50, "the timeliness of support for children with emotional needs", "intro:no-progress +3; intro:colon +1"),
    ]
    assert without_restated_groups(kept, PAGES) == kept


def test_one_copied_item_is_not_a_restated_statement():
    """Only a statement most of whose items copy another's, in order, is said again; one item alike is chance."""
    kept = [
        item(1, 0, "Rates of exclusion for pupils receiving SEN support are high and rising.", "intro:names-weakness +3; intro:heading +1"),
        item(1, 100, "Too few young people move into employment when they leave school.", "intro:names-weakness +3; intro:heading +1"),
        item(2, 0, "the high rates of exclusion of pupils receiving SEN support", "intro:must-change +2; intro:colon +1"),
        item(2, 80, "the weak oversight of children who are educated at home", "intro:must-change +2; intro:colon +1"),
        item(2, 160, "the slow progress in agreeing a joint commissioning strategy", "intro:must-change +2; intro:colon +1"),
    ]
    assert statements.restated(kept, [statements_stems(found.text) for found in kept], PAGES) == set()


def statements_stems(text: str) -> set[str]:
    from pipeline.extract.weaknesses import content_stems
    return content_stems(text)
