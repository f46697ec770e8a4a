"""How printed minutes record a decision outside the "RESOLVED that ..." paragraph.

Two shapes: a minute whose title in capitals runs into its decision on one line ("1412 MINUTES - Resolved -
That the minutes ... be signed", "27 WORK PROGRAMME - Resolved - That the programme be agreed"), and the
approval of the last minutes with the decider as its subject and the minutes as its object ("The Lead
Member approved as a correct record the minutes of the meeting held on D", "The Cabinet Member confirmed
the minutes of the last meeting").
"""

from __future__ import annotations

import pytest

from pipeline.extract import resolutions
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def texts(*pages: str) -> list[str]:
    doc = segment([Page(i + 1, text) for i, text in enumerate(pages)])
    found = resolutions.extract(doc)
    for r in found:
        assert doc.page_text(r.page)[r.char_start:r.char_end] == r.quote
    return [r.text for r in found]


def test_a_decision_run_in_after_the_minutes_title_in_capitals():
    page = ("801 APOLOGIES - Apologies were received from Councillor Lane.\n\n"
            "802 MINUTES - Resolved - That the minutes of the meeting held on 3 March 2025, having been circulated, "
            "be taken as read and signed by the Chairman.\n\n"
            "803 WORK PROGRAMME - Resolved - That the work programme be agreed.\n\n"
            "804 SEND INSPECTION - The Director submitted a report on the inspection.")
    assert texts(page) == [
        "Resolved - That the minutes of the meeting held on 3 March 2025, having been circulated, be taken as read "
        "and signed by the Chairman.",
        "Resolved - That the work programme be agreed."]


def test_a_word_in_title_case_inside_a_sentence_opens_no_decision():
    assert texts("The Chair said that the issues Resolved - as reported - had been closed.") == []


@pytest.mark.parametrize("sentence", [
    "The Lead Member approved as a correct record the minutes of the meeting held on 9 December 2024.",
    "The Cabinet Member for Schools confirmed the minutes of the last meeting.",
])
def test_the_last_minutes_approved_by_their_decider(sentence):
    page = ("5. DECISIONS OF THE LEAD MEMBER\n5.1 " + sentence + "\n6. SEND STRATEGY\n"
            "6.1 The Lead Member RESOLVED to:\n(1) note the report;\n(2) approve the strategy.")
    assert texts(page) == [sentence, "note the report;", "approve the strategy."]
