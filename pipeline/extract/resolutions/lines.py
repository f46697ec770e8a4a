"""Printed minutes' lines, where the structure reader's paragraphs are too coarse.

A PDF of minutes sets the vote, "It was APPROVED" and the decision's first clause
as one run of lines, and a parish clerk writes one entry a line with no full stop
("Invoice received ..., resolved to pay"). Decisions are found where such a line
starts: a paragraph is cut at a line that opens a formal decision or the next
minute ("24/058 Date of Next Meeting"), and a narrative paragraph's sentences also
end where a line opens a decision or a short entry ends.

A PDF's running header or footer that the text stage kept (it only drops lines
repeated on three pages or more) is carried into the block that runs over the page
break: lines repeated at the same edge of most pages are page furniture, and are
dropped from the blocks before any clause is read.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.common.structure import Block, Span, StructuredDocument
from pipeline.extract.resolutions.cues import (
    DECIDED_IN_SENTENCE, DECISION_LINE, FORMAL_OPENER, SENTENCE_SPLIT, is_formal, may_open_in_capitals,
)

# a line that needs the next one: it ends with a comma or a word like "and"
RUNS_ON = re.compile(r"(?:[,;:(&/-]|\b(?:and|or|the|to|of|a|an|for|with|by|in|on|at|from))$")
SHORT_LINE = 0.7  # a printed line this much shorter than the block's longest, with no stop, still ends an entry
# "resolved that the Town": a that-clause goes on to the next line, a parish entry ends "resolved to pay"
OPEN_THAT = re.compile(r"\b(?:resolved|agreed|decided)\s+that\b(?:\s+\S+){0,6}$", re.IGNORECASE)
# a line that opens the next minute: its reference ("24/058", "CYP/44/23", "Minute 12") and a short
# title with no full stop ("Date of Next Meeting"); a reference of letters and a number ("CYP1",
# "HWB 12") only before a title in capitals ("CYP1 MINUTES"), as such minutes print it
LETTERS_REFERENCE = r"[A-Z]{2,6}\s?\d{1,4}[a-z]?[.:]?\s+"  # "CYP1 ", "HWB 12: "
LETTERS_TITLE = r"[A-Z0-9&’',/() -]"  # what a title in capitals holds after its first letter ("A&E", "A NEW ...")
MINUTE_HEADING = re.compile(r"^(?:(?:(?:[A-Z]{1,6}\s?/\s?)?\d{1,4}/\d{1,4}(?:/\d{2,4})?[a-z]?|Minute\s+(?:No\.?\s*)?\d{1,4}[a-z]?)"
                            r"[.:]?\s+[A-Z](?:[^.;:]|:\s(?=[A-Z(])(?!(?i:that|to)\b)){0,80}"  # "SEND: Accelerated ...": a colon inside the title
                            rf"|{LETTERS_REFERENCE}[A-Z]{LETTERS_TITLE}{{2,80}})$")
# a first look for "CYP1 MINUTES", "CYP1 A&E ...": the heading's letter branch, its title's first three characters
MINUTE_CODE = re.compile(rf"\b{LETTERS_REFERENCE}[A-Z]{LETTERS_TITLE}{{2}}")
MINUTE_TITLE_WORDS = 10
# "The Committee RESOLVED to" ending its line over "* Note ...": the decision's intro without its
# colon, which the structure reader ran into the first bullet
DANGLING_OPENER = re.compile(r"\b(?:RESOLVED|AGREED|DECIDED|Resolved|Agreed|Decided)\s+(?:to|that)$")
BULLET_LINE = re.compile(r"^\s*(?:[*•·▪‣◦-]|\(?[a-z]\)|\(?[ivx]{1,4}\)|\d{1,2}[.)])\s+\S")
EDGE_LINES = 3  # lines at the top and at the foot of a page where running headers and footers are
FURNITURE_SHARE = 0.5  # a line at the same edge of at least this share of the pages (and two) is furniture


LISTED_LINES = 2  # lines in a row ending with a comma before a capital that make a list one item a line


def comma_listed(lines: list[str]) -> set[int]:
    """"Clerks & Councils Direct Jan 18," / "Donation request, Councillors resolved not to support," /
    "Letter of thanks from the Minibus.": correspondence listed one item a line, each line but the last
    ending with a comma and the next opening with a capital. The indexes of the lines that end an item
    (only in a run of LISTED_LINES or more, since prose wraps after a comma too)."""
    ends = [k for k in range(len(lines) - 1)
            if lines[k].rstrip().endswith(",") and lines[k + 1].lstrip()[:1].isupper()]
    listed, run = set(), []
    for k in ends + [-2]:
        if run and k != run[-1] + 1:
            if len(run) >= LISTED_LINES:
                listed.update(run)
            run = []
        run.append(k)
    return listed


def sentences_of(block: Block) -> list[str]:
    """A block's sentences; in printed minutes a line that opens a decision ("Also resolved
    to pay ...", "It was resolved ...") starts a sentence even where the line before it has
    no full stop."""
    low = block.text.lower()
    if len(block.raw_lines) < 2 or not any(stem in low for stem in ("resolv", "agree", "decid")):
        return SENTENCE_SPLIT.split(block.text)
    pieces, current = [], []
    width = max((len(line.strip()) for line in block.raw_lines), default=0)
    listed = comma_listed(block.raw_lines)
    for index, line in enumerate(block.raw_lines):
        line = line.strip()
        if index - 1 in listed:
            pieces.append(" ".join(current).rstrip(","))  # an item of a list one a line: a sentence of its own
            current = []
        ends = bool(current) and not RUNS_ON.search(current[-1])
        short = current and len(current[-1]) < SHORT_LINE * width and line[:1].isupper()
        decided = (current and DECIDED_IN_SENTENCE.search(current[-1]) and line[:1].isupper()
                   and not OPEN_THAT.search(current[-1]))
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


def opens_minute(line: str) -> bool:
    """A line that opens the next minute: "24/058 Date of Next Meeting"."""
    return bool(MINUTE_HEADING.match(line)) and len(line.split()) <= MINUTE_TITLE_WORDS


def opens_decision(line: str) -> bool:
    """A line that opens a formal decision in capitals ("It was APPROVED", "RESOLVED:")."""
    opener = FORMAL_OPENER.match(line)
    return bool(opener and is_formal(opener) and opener.group("word").isupper())


def split_at_decisions(doc: StructuredDocument) -> list[Block]:
    """The document's blocks, without page furniture, with a paragraph cut where one of its
    lines opens a formal decision or the next minute: in printed minutes the vote, "It was
    APPROVED" and the decision's first clause are often set as one run of lines that the
    structure reader keeps together, and so are a decision and the next minute's heading."""
    out = []
    furniture = page_furniture(doc)
    for original in doc.blocks:
        block = without_furniture(original, furniture) if furniture and len(original.raw_lines) > 1 else original
        if block is None:
            continue
        if block is original and (parts := _intro_over_bullet(doc, block)):
            out.append(parts[0])
            block = original = parts[1]
        if len(block.raw_lines) < 2 or not (may_open_in_capitals(block.text) or may_hold_minute(block.text)):
            out.append(block)
            continue
        # a minute's heading is cut from the lines before it and from its text after it
        cuts = sorted({cut for k, line in enumerate(block.raw_lines)
                       for cut in ([k] if opens_decision(line.strip()) else [k, k + 1] if opens_minute(line.strip()) else [])
                       if 0 < cut < len(block.raw_lines)})
        spans = line_spans(doc, original) if cuts and block.kind == "paragraph" else None
        if spans and block is not original:
            spans = [span for span, line in zip(spans, original.raw_lines) if shape(line) not in furniture]
        if not spans:
            out.append(block)
            continue
        for begin, end in zip([0, *cuts], [*cuts, len(block.raw_lines)]):
            lines = block.raw_lines[begin:end]
            out.append(Block(block.kind, re.sub(r"\s+", " ", " ".join(lines)).strip(), merge(spans[begin:end]),
                             block.marker if begin == 0 else None, lines))
    return out


def _intro_over_bullet(doc: StructuredDocument, block: Block) -> tuple[Block, Block] | None:
    """A formal intro that ends its line with "to" or "that" ("The Committee RESOLVED to") run into
    the bullet on the next line: the intro (given its colon) and the bullet's lines."""
    if len(block.raw_lines) < 2 or not DANGLING_OPENER.search(block.raw_lines[0].strip()):
        return None
    opener = FORMAL_OPENER.match(block.raw_lines[0].strip())
    spans = line_spans(doc, block) if opener and is_formal(opener) else None
    if not spans or not BULLET_LINE.match(doc.page_text(spans[1].page)[spans[1].start:spans[1].end]):
        return None
    rest = block.raw_lines[1:]
    return (Block(block.kind, block.raw_lines[0].strip() + ":", merge(spans[:1]), block.marker, block.raw_lines[:1]),
            Block("paragraph", re.sub(r"\s+", " ", " ".join(rest)).strip(), merge(spans[1:]), None, rest))


def may_hold_minute(text: str) -> bool:
    """A first look for a minute reference ("24/058", "Minute 12") before the lines are read."""
    return "/" in text or "Minute" in text or bool(MINUTE_CODE.search(text))


def shape(line: str) -> str:
    """A line with its numbers masked, so "Page 1 of 2" and "Page 2 of 2" look alike."""
    return re.sub(r"\d+", "#", line.strip().lower())


def page_furniture(doc: StructuredDocument) -> set[str]:
    """The shapes of lines repeated at the same edge (top or foot) of most pages: running
    headers and footers the text stage kept (a two-page report's)."""
    if len(doc.pages) < 2:
        return set()
    counts: Counter[tuple[str, str]] = Counter()
    for page in doc.pages:
        lines = [line for line in page.text.split("\n") if line.strip()]
        counts.update({("top", shape(line)) for line in lines[:EDGE_LINES]})
        counts.update({("foot", shape(line)) for line in lines[-EDGE_LINES:]})
    needed = max(2, FURNITURE_SHARE * len(doc.pages))
    return {text for (_, text), n in counts.items() if n >= needed and len(text) > 3}


def without_furniture(block: Block, furniture: set[str]) -> Block | None:
    """The block without its furniture lines (None when it is nothing else)."""
    kept = [line for line in block.raw_lines if shape(line) not in furniture]
    if len(kept) == len(block.raw_lines):
        return block
    if not kept:
        return None
    return Block(block.kind, re.sub(r"\s+", " ", " ".join(kept)).strip(), block.spans, block.marker, kept)


def merge(spans: list[Span]) -> list[Span]:
    """Line spans as one span per page."""
    out: list[Span] = []
    for span in spans:
        if out and out[-1].page == span.page:
            out[-1] = Span(span.page, out[-1].start, span.end)
        else:
            out.append(Span(span.page, span.start, span.end))
    return out
