"""Printed minutes' lines, where the structure reader's paragraphs are too coarse.

A PDF of minutes sets the vote, "It was APPROVED" and the decision's first clause
as one run of lines, and a parish clerk writes one entry a line with no full stop
("Invoice received ..., resolved to pay"). Decisions are found where such a line
starts: a paragraph is cut at a line that opens a formal decision, and a narrative
paragraph's sentences also end where a line opens a decision or a short entry ends.
"""

from __future__ import annotations

import re

from pipeline.extract.common.structure import Block, Span, StructuredDocument
from pipeline.extract.resolutions.cues import (
    DECIDED_IN_SENTENCE, DECISION_LINE, FORMAL_OPENER, SENTENCE_SPLIT, is_formal, may_open_in_capitals,
)

# a line that needs the next one: it ends with a comma or a word like "and"
RUNS_ON = re.compile(r"(?:[,;:(&/-]|\b(?:and|or|the|to|of|a|an|for|with|by|in|on|at|from))$")
SHORT_LINE = 0.7  # a printed line this much shorter than the block's longest, with no stop, still ends an entry


def sentences_of(block: Block) -> list[str]:
    """A block's sentences; in printed minutes a line that opens a decision ("Also resolved
    to pay ...", "It was resolved ...") starts a sentence even where the line before it has
    no full stop."""
    low = block.text.lower()
    if len(block.raw_lines) < 2 or not any(stem in low for stem in ("resolv", "agree", "decid")):
        return SENTENCE_SPLIT.split(block.text)
    pieces, current = [], []
    width = max((len(line.strip()) for line in block.raw_lines), default=0)
    for line in block.raw_lines:
        line = line.strip()
        ends = bool(current) and not RUNS_ON.search(current[-1])
        short = current and len(current[-1]) < SHORT_LINE * width and line[:1].isupper()
        decided = current and DECIDED_IN_SENTENCE.search(current[-1]) and line[:1].isupper()
        if ends and (DECISION_LINE.match(line) or short or decided):
            pieces.append(" ".join(current))
            current = []
        current.append(line)
    if current:
        pieces.append(" ".join(current))
    if len(pieces) == 1:
        pieces = [block.text]
    return [sentence for piece in pieces for sentence in SENTENCE_SPLIT.split(re.sub(r"\s+", " ", piece).strip())]


def line_spans(doc: StructuredDocument, block: Block) -> list[Span] | None:
    """Where each of a block's lines lies in its pages, or None when the lines cannot be
    matched one to one (then the block is left whole)."""
    found = []
    for span in block.spans:
        text = doc.page_text(span.page)
        offset = span.start
        for line in text[span.start:span.end].split("\n"):
            if line.strip():
                start = offset + len(line) - len(line.lstrip())
                found.append(Span(span.page, start, start + len(line.strip())))
            offset += len(line) + 1
    return found if len(found) == len(block.raw_lines) else None


def opens_decision(line: str) -> bool:
    """A line that opens a formal decision in capitals ("It was APPROVED", "RESOLVED:")."""
    opener = FORMAL_OPENER.match(line)
    return bool(opener and is_formal(opener) and opener.group("word").isupper())


def split_at_decisions(doc: StructuredDocument) -> list[Block]:
    """The document's blocks, with a paragraph cut where one of its lines opens a formal
    decision: in printed minutes the vote, "It was APPROVED" and the decision's first
    clause are often set as one run of lines that the structure reader keeps together."""
    out = []
    for block in doc.blocks:
        if len(block.raw_lines) < 2 or not may_open_in_capitals(block.text):
            out.append(block)
            continue
        cuts = [k for k, line in enumerate(block.raw_lines) if k and opens_decision(line.strip())]
        spans = line_spans(doc, block) if cuts and block.kind == "paragraph" else None
        if not spans:
            out.append(block)
            continue
        for begin, end in zip([0, *cuts], [*cuts, len(block.raw_lines)]):
            lines = block.raw_lines[begin:end]
            out.append(Block(block.kind, re.sub(r"\s+", " ", " ".join(lines)).strip(), merge(spans[begin:end]),
                             block.marker if begin == 0 else None, lines))
    return out


def merge(spans: list[Span]) -> list[Span]:
    """Line spans as one span per page."""
    out: list[Span] = []
    for span in spans:
        if out and out[-1].page == span.page:
            out[-1] = Span(span.page, out[-1].start, span.end)
        else:
            out.append(Span(span.page, span.start, span.end))
    return out
