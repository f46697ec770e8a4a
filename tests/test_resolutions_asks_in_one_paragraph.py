"""What a paper asks of its meeting, printed in one paragraph or with the "to" in each item.

- "It is recommended that the Committee (1) notes ...; (2) comments on ...; and (3) agrees ..." is three
  recommendations: the intro ends on the body whose verbs follow each number.
- "Cabinet is asked:" over "1. To note ...", "2. To endorse ...": the intro has no "to", each item opens with it.
- "Decision required from the Board:" then "The Board is asked to approve ...": a paper's one ask, a paragraph of
  its own, carried whole; the same sentence under a report's "Legal implications" is no recommendation.
"""

from __future__ import annotations

from pipeline.extract import resolutions
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def rows(*pages: str) -> list[tuple[str, str]]:
    doc = segment([Page(i + 1, text) for i, text in enumerate(pages)])
    return [(r.kind, r.text) for r in resolutions.extract(doc)]


def test_numbered_asks_run_on_after_the_body():
    page = ("Purpose of report\nTo inform the Panel of the outcome of the inspection.\n\nRecommendations\n"
            "It is recommended that the Scrutiny Panel (1) notes the inspection letter at Appendix 1; (2) "
            "comments on the draft plan at Appendix 2; and (3) agrees to receive a further report in March 2026.\n\n"
            "Reasons for recommendations\nThe Panel oversees services for children with SEND.")
    assert rows(page) == [
        ("recommendation", "notes the inspection letter at Appendix 1;"),
        ("recommendation", "comments on the draft plan at Appendix 2; and"),
        ("recommendation", "agrees to receive a further report in March 2026."),
    ]


def test_asked_without_to_over_items_that_open_with_it():
    page = ("Proposed decision\n\nCabinet is asked:\n\n1. To note the progress made against the plan;\n"
            "2. To endorse the revised delivery plan at Appendix 1; and\n"
            "3. To agree that the Committee receives a report at each meeting.\n\nConsultation\n\n"
            "The plan was shared with the Parent Carer Forum.")
    assert [text for _, text in rows(page)] == [
        "To note the progress made against the plan;",
        "To endorse the revised delivery plan at Appendix 1; and",
        "To agree that the Committee receives a report at each meeting.",
    ]


def test_a_single_ask_under_decision_required():
    page = ("Highlight report: Workstream 2\nOverall status Amber\n\nDecision required from the Board:\n\n"
            "The Board is asked to approve the revised completion date of 31 March 2026 for action 2.3.\n\n"
            "Highlight report: Workstream 3\nOverall status Green")
    assert rows(page) == [("recommendation", "The Board is asked to approve the revised completion date of "
                                             "31 March 2026 for action 2.3.")]


def test_the_same_sentence_under_legal_implications_is_none():
    page = ("7.2 Legal\n\nImplications verified by: Ann Lee\n\nThe Committee is asked to note the report under "
            "the remit of its terms of reference.\n\n7.3 Diversity and Equality\n\nThere are none.")
    assert rows(page) == []
