"""Segmentation: blocks from hard-wrapped PDF pages and one-line-per-paragraph web text."""

from __future__ import annotations

import pytest

from pipeline.extract.common.structure import (
    is_successor,
    marker_style,
    match_marker,
    segment,
)
from pipeline.records import Page


def blocks_of(*texts: str):
    return segment([Page(i + 1, text) for i, text in enumerate(texts)]).blocks


def summary(*texts: str) -> list[tuple[str, str | None, str]]:
    return [(b.kind, b.marker, b.text) for b in blocks_of(*texts)]


# A hard-wrapped page: lines about 80 characters wide, no blank lines.
MINUTES_PAGE = """\
1. Mr Smith introduced the report and explained that the service had made good
progress since the inspection, with most actions now complete or on track.
2. RESOLVED that the Panel note the report.
Youth Justice Annual Report
(Item 7)
1. The manager introduced the report and described the work of the service over
the year, including the closure of the local institution.
3. RESOLVED that Cabinet agree to:
A) Note the forecast revenue overspend of £23.3m (excluding Schools).
b) Agree the Capital budget changes to be presented to the County Council on
13 February for final decisions.
"""


def test_wrapped_lines_join_into_one_item():
    blocks = blocks_of(MINUTES_PAGE)
    first = blocks[0]
    assert first.kind == "item" and first.marker == "1."
    assert first.text.startswith("Mr Smith introduced") and first.text.endswith("on track.")


def test_short_sentence_line_ends_item_before_an_unpunctuated_title():
    kinds = summary(MINUTES_PAGE)
    assert ("item", "2.", "RESOLVED that the Panel note the report.") in kinds
    assert ("heading", None, "Youth Justice Annual Report") in kinds
    assert ("heading", None, "(Item 7)") in kinds


def test_letters_open_items_and_wrapped_item_continues():
    kinds = summary(MINUTES_PAGE)
    assert ("item", "A)", "Note the forecast revenue overspend of £23.3m (excluding Schools).") in kinds
    last = kinds[-1]
    assert last[1] == "b)" and last[2].endswith("13 February for final decisions.")


def test_spans_quote_the_page_exactly():
    pages = [Page(1, MINUTES_PAGE)]
    doc = segment(pages)
    for block in doc.blocks:
        for span in block.spans:
            quote = doc.page_text(span.page)[span.start:span.end]
            assert quote.split()[-1] == block.raw_lines[-1].split()[-1]


def test_block_runs_over_a_page_break_with_one_span_per_page():
    blocks = blocks_of(
        "(a) Delegate authority to the Director of Public Health, in consultation with the\nrelevant",
        "Corporate Directors, to take relevant actions.\n",
    )
    assert len(blocks) == 1
    assert [s.page for s in blocks[0].spans] == [1, 2]
    assert blocks[0].text.endswith("relevant Corporate Directors, to take relevant actions.")


def test_web_text_every_line_is_a_block():
    text = "That the report be noted.\nThat the plan be approved.\nThe Cabinet discussed the plan."
    assert [b.text for b in blocks_of(text)] == text.split("\n")


def test_lower_case_line_after_blank_continues_the_sentence():
    text = ("- EHC plans are of poor quality and the information from EHC plans and annual\n\n"
            "reviews is not used to inform commissioning.\n\n- Second point.")
    blocks = blocks_of(text)
    assert len(blocks) == 2
    assert blocks[0].text.endswith("annual reviews is not used to inform commissioning.")


def test_marker_alone_on_its_line_opens_the_next_lines_item():
    text = "5.1\n\nThe Committee is asked to\nnote the report\n\n6.\n\nBackground Documents"
    kinds = summary(text)
    assert kinds[0] == ("item", "5.1", "The Committee is asked to note the report")
    assert kinds[1][1] == "6." and kinds[1][2] == "Background Documents"


def test_markdown_headings_and_bold_are_cleaned():
    text = ("## **1. Recommendation(s)**\n\n"
            "### **1.1 O&S to review the statement and provide feedback before it is sent.**")
    blocks = blocks_of(text)
    assert (blocks[0].kind, blocks[0].marker, blocks[0].text) == ("heading", "1.", "Recommendation(s)")
    assert (blocks[1].kind, blocks[1].marker) == ("item", "1.1")
    assert blocks[1].text == "O&S to review the statement and provide feedback before it is sent."
    quote = text[blocks[1].spans[0].start:blocks[1].spans[0].end]
    assert quote.startswith("1.1 O&S") and not quote.endswith("*")


def test_table_rows_are_their_own_blocks():
    text = "| No. | Item |\n|---|---|\n|\nAPOLOGIES Minutes: none.\n|"
    blocks = blocks_of(text)
    assert blocks[0].kind == "table"
    assert blocks[1].text == "APOLOGIES Minutes: none."


def test_paragraph_openers_start_new_blocks_in_pdf_text():
    text = ("The Chair agreed to write to group leaders to remind Members of their duty as\n"
            "a Corporate Parent.\n"
            "RESOLVED that the minutes of the meeting held on 30 July 2024 were a correct\n"
            "record of the meeting.\n"
            "Recommendation(s): Cabinet is asked to NOTE the Quarter 3 Performance Report\n"
            "and the actions being taken.\n")
    texts = [b.text for b in blocks_of(text)]
    assert texts[1].startswith("RESOLVED that the minutes") and texts[1].endswith("record of the meeting.")
    assert texts[2] == ("Recommendation(s): Cabinet is asked to NOTE the Quarter 3 Performance Report "
                        "and the actions being taken.")


def test_short_numbered_title_over_a_paragraph_is_a_heading():
    text = ("3. Recommendation\n"
            "County Council is asked to agree the revised Terms of Reference as set out in\n"
            "the Appendix and ask the Monitoring Officer to update the Constitution.\n"
            "4. Background Documents\n"
            "None.\n")
    kinds = summary(text)
    assert kinds[0] == ("heading", "3.", "Recommendation")
    assert kinds[1][0] == "paragraph" and kinds[1][2].startswith("County Council is asked")


def test_wrapped_date_is_not_a_numbered_item():
    text = ("(a) transfer the functions from the Children Directorate to the Adult Directorate\n"
            "and the workforce in services from the Children Directorate to the Adults from 1\n"
            "April 2025; and\n")
    assert len(blocks_of(text)) == 1


def test_dash_inside_a_wrapped_sentence_is_not_a_bullet():
    text = ("Past Pathway of report: the Adult Social Care Cabinet Committee on the fifteenth\n"
            "– and the Children's Committee on the sixteenth, both of which considered\n"
            "the report in public.")
    assert len(blocks_of(text)) == 1


def test_page_without_wrapped_sentences_reads_line_by_line():
    text = "Decision:\nCabinet agree to:\nA) the Commissioning Plan\nReason(s) for decision:"
    assert [b.text for b in blocks_of(text)] == ["Decision:", "Cabinet agree to:", "the Commissioning Plan",
                                                 "Reason(s) for decision:"]


@pytest.mark.parametrize("line, marker", [
    ("(a) endorse the approach", "(a) "), ("iv) the fourth", "iv) "), ("2.3 The council", "2.3 "),
    ("A. Agree to transfer", "A. "), ("• Customer Services", "• "), ("·That a plan", "·"),
    ("4 Legal implications", "4 "), ("30 January 2025 was the date", None), ("e.g. this", None),
])
def test_match_marker(line, marker):
    assert match_marker(line) == marker


def test_loose_marker_needs_a_closed_sentence_before():
    assert match_marker("4 Legal implications", closed=False) is None
    assert match_marker("(b) delegate", closed=False) == "(b) "


@pytest.mark.parametrize("previous, marker, expected", [
    ("(a)", "(b)", True), ("A)", "b)", True), ("(h)", "(i)", True), ("(i)", "(ii)", True),
    ("2.", "3.", True), ("1.1", "1.2", True), ("1.9", "2.", False), ("(a)", "b)", False),
    ("•", "•", True), ("•", "-", False), ("3.", "1.", False),
])
def test_is_successor(previous, marker, expected):
    assert is_successor(previous, marker) is expected


@pytest.mark.parametrize("marker, style", [
    ("(a)", "letter"), ("(iv)", "roman"), ("1.", "number"), ("(1)", "paren-number"), ("2.3", "dotted"),
    ("•", "bullet"), ("(c)", "letter"),
])
def test_marker_style(marker, style):
    assert marker_style(marker) == style


def test_a_date_in_capitals_is_not_a_numbered_item():
    assert match_marker("15 JUNE 2021") is None
    assert match_marker("15 June 2021") is None
