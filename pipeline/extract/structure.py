"""Segment page text into blocks before any fact is read from it.

Extractors read blocks (headings, numbered/lettered items, bullets, running
paragraphs), not raw lines, so a hard-wrapped PDF clause comes out as one
clause, and "RESOLVED that: (a) ... (b) ..." as one item per letter.

Every block keeps where it lies in the page text, so facts read from it can
quote the page exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.records import Page

# Markers that open a list item, in the forms councils use.
MARKER = re.compile(
    r"""^(?P<marker>
        \(\s*(?:[a-zA-Z]|[ivxlc]{1,5}|\d{1,3})\s*\)      # (a) (iv) (3)
      | (?:[a-zA-Z]|[ivxlc]{1,5})\)                      # a) iv)
      | \d{1,3}(?:\.\d{1,3}){0,3}[.)](?=\s)              # 1. 1) 2.3. 2.3.1)
      | \d{1,3}(?:\.\d{1,3}){1,3}(?=\s)                 # 2.3 2.3.1
      | \d{1,3}(?=\s+[A-Z])                             # 4 Background (bare number, capital after)
      | [A-Z]\.(?=\s)                                    # A.
      | [a-z]\.(?=\s)                                    # a.
      | [•·▪●◦○■□➢►\u2022\u25aa\u25cf\u2013\u2014*-](?=\s)  # bullets and dashes
      | o(?=\s)                                          # Word's "o" sub-bullet
    )\s+""",
    re.VERBOSE,
)
BULLETS = set("•·▪●◦○■□➢►\u2022\u25aa\u25cf\u2013\u2014*-o")
SENTENCE_END = re.compile(r"[.:;!?)]\s*$")


@dataclass
class Span:
    """A stretch of one page's text."""

    page: int
    start: int
    end: int


@dataclass
class Block:
    kind: str  # "item", "heading", "paragraph"
    text: str  # whitespace collapsed, marker removed
    spans: list[Span]  # one per page the block runs over
    marker: str | None = None
    raw_lines: list[str] = field(default_factory=list)

    @property
    def page(self) -> int:
        return self.spans[0].page

    @property
    def is_bullet(self) -> bool:
        return self.marker is not None and self.marker.strip() in BULLETS


@dataclass
class Line:
    page: int
    start: int
    end: int
    text: str


@dataclass
class StructuredDocument:
    pages: list[Page]
    blocks: list[Block]

    def page_text(self, page: int) -> str:
        return self.pages[page - 1].text if 0 < page <= len(self.pages) else ""

    @property
    def full_text(self) -> str:
        return "\n\n".join(p.text for p in self.pages)


def lines_of(pages: list[Page]) -> list[Line | None]:
    """All lines in reading order; None marks a blank line (paragraph break)."""
    out: list[Line | None] = []
    for page in pages:
        offset = 0
        for raw in page.text.split("\n"):
            stripped = raw.strip()
            if stripped:
                lead = len(raw) - len(raw.lstrip())
                out.append(Line(page.page, offset + lead, offset + lead + len(stripped), stripped))
            else:
                out.append(None)
            offset += len(raw) + 1
    return out


def looks_like_heading(text: str) -> bool:
    words = text.split()
    if text[-1] in ",;(-–&" or text.count("(") != text.count(")"):
        return False
    if not words or len(words) > 12 or SENTENCE_END.search(text) and not text.endswith(":"):
        return False
    if text.endswith(":"):
        return len(words) <= 6
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and (text.isupper() or sum(w[0].isupper() for w in words if w[0].isalpha()) >= 0.8 * len(words))


def _close(block_lines: list[Line], kind: str, marker: str | None) -> Block:
    spans: list[Span] = []
    for line in block_lines:
        if spans and spans[-1].page == line.page:
            spans[-1].end = line.end
        else:
            spans.append(Span(line.page, line.start, line.end))
    texts = [line.text for line in block_lines]
    if marker:
        texts[0] = texts[0][len(marker):].lstrip() if texts[0].startswith(marker) else texts[0]
    text = " ".join(texts)
    text = re.sub(r"(\w)- (\w)", lambda m: m.group(0) if m.group(2).isupper() else m.group(1) + "-" + m.group(2), text)
    return Block(kind, re.sub(r"\s+", " ", text).strip(), spans, marker.strip() if marker else None, texts)


def segment(pages: list[Page]) -> StructuredDocument:
    """Group lines into blocks: a marker or a heading starts a new block; a
    blank line ends a paragraph; wrapped lines continue the current block."""
    blocks: list[Block] = []
    current: list[Line] = []
    kind, marker = "paragraph", None

    def flush():
        nonlocal current
        if current:
            blocks.append(_close(current, kind, marker))
        current = []

    for line in lines_of(pages):
        if line is None:
            # A blank line ends a paragraph; items often have blank lines inside
            # PDFs' extracted text only at page ends, so items end too.
            flush()
            kind, marker = "paragraph", None
            continue
        match = MARKER.match(line.text)
        if match and len(line.text) > len(match.group(0)):
            flush()
            kind, marker = "item", match.group(0)
            current = [line]
            continue
        if looks_like_heading(line.text) and (not current or SENTENCE_END.search(current[-1].text)):
            flush()
            blocks.append(_close([line], "heading", None))
            kind, marker = "paragraph", None
            continue
        if current and kind == "paragraph" and SENTENCE_END.search(current[-1].text) and line.text[:1].isupper() \
                and len(current[-1].text) < 60:
            # A short line that ends a sentence, then a capital: a new paragraph.
            flush()
            kind, marker = "paragraph", None
        current.append(line)
    flush()
    return StructuredDocument(pages=pages, blocks=blocks)
