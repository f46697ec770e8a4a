"""Segment page text into blocks before any fact is read from it.

Extractors read blocks (headings, numbered/lettered items, bullets, table rows,
running paragraphs), not raw lines, so a hard-wrapped PDF clause comes out as
one clause, and "RESOLVED that: (a) ... (b) ..." as one item per letter.

Every block keeps where it lies in the page text, so facts read from it can
quote the page exactly.

Two kinds of text reach us: hard-wrapped PDF pages (every line about the same
width, no blank lines between paragraphs) and web/text pages (one line per
paragraph, often markdown). ``page_layout`` tells them apart, and the rules
for where a paragraph ends differ accordingly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.common.markers import (  # noqa: F401  (part of this module's API)
    BULLETS, MARKER, RANK, is_successor, marker_parts, marker_style, match_marker,
)
from pipeline.records import Page

SENTENCE_END = re.compile(r"[.:;!?)][\"'”’]?\s*$")
HEADING_STOP = re.compile(r"[.;!?,][\"'”’]?\s*$")
FULL_STOP = re.compile(r"[.!?:][\"'”’)]?$")
# A line that ends mid-sentence: the next line must continue it.
OPEN_END = re.compile(r"(?:[,(/&]|\b(?:and|or|the|of|to|for|with|by|in|on|a|an|at|from|that|be|is|are|as))$",
                      re.IGNORECASE)

def ends_sentence(text: str) -> bool:
    """``SENTENCE_END`` read at the end of ``text`` only: a long line is not scanned from its start."""
    return bool(SENTENCE_END.search(text, max(0, len(text.rstrip()) - 2)))


def ends_open(text: str) -> bool:
    """``OPEN_END`` read at the end of ``text`` only (its words are at most four letters)."""
    return bool(OPEN_END.search(text, max(0, len(text) - 6)))


# Words minutes and reports open a new paragraph with, even mid-page in a PDF.
STARTER = re.compile(r"^(?:RESOLVED|AGREED|ORDERED|DECIDED|Resolved\s*[:–—-]|It was (?:RESOLVED|AGREED)\b)")
# "Decision:", "Recommendation(s): ...", "Summary: ..." -- a label opening a line.
LABEL_START = re.compile(r"^[A-Z][\w()’'/&-]*(?: [A-Za-z][\w()’'/&-]*){0,3}\s?:(?:\s|$)")
ITEM_REFERENCE = re.compile(r"^\((?:Agenda )?Item\s+[\w.]+\)$", re.IGNORECASE)  # "(Item 6)" under a minute's title
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
EMPHASIS = re.compile(r"\*\*|__")
TABLE_RULE = re.compile(r"^\|?[\s|:-]*\|?$")  # "|", "|---|---|"
MARKUP = re.compile(r"[#*_|]")  # a line without these has no markdown for clean_line to strip
HYPHEN_GAP = re.compile(r"(\w)- (\w)")  # "multi- agency" from a wrapped line
WHITESPACE_RUN = re.compile(r"\s+")
WRAPPED_WIDTH_LIMIT = 150  # a page whose long lines exceed this is not hard-wrapped
SHORT_LINE = 0.75  # a line shorter than this share of the page width may end a paragraph
TITLE_LINE = 0.5  # a numbered line this short, unpunctuated, is a section title


@dataclass
class Span:
    """A stretch of one page's text."""

    page: int
    start: int
    end: int


@dataclass
class Block:
    kind: str  # "item", "heading", "paragraph", "table"
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

    @property
    def style(self) -> str | None:
        """The marker's numbering scheme ("number", "letter", "bullet", ...), see ``common.markers``."""
        return marker_style(self.marker) if self.marker else None

    @property
    def looks_like_heading(self) -> bool:
        """A numbered section title ("1. Introduction") rather than a numbered sentence."""
        return self.kind == "heading" or (bool(self.text) and looks_like_heading(self.text))


@dataclass
class Line:
    page: int
    start: int
    end: int
    text: str  # markdown decoration removed
    heading_hint: bool = False  # the source marked it as a heading ("## ...", a bold line)
    font_hint: bool = False  # the hint is a PDF's font (bold or larger, pipeline.text.fonts), not markup
    table: bool = False  # a markdown table row


@dataclass
class StructuredDocument:
    pages: list[Page]
    blocks: list[Block]

    def page_text(self, page: int) -> str:
        return self.pages[page - 1].text if 0 < page <= len(self.pages) else ""

    @property
    def full_text(self) -> str:
        return "\n\n".join(p.text for p in self.pages)


# ---------------------------------------------------------------- lines


def clean_line(raw: str, page: int, offset: int) -> Line | None:
    """One non-blank source line with markdown heading marks and emphasis
    stripped; the span shrinks so that it still starts and ends on real text."""
    stripped = raw.strip()
    if not stripped or (stripped.startswith("|") and TABLE_RULE.match(stripped)):
        return None
    start = offset + len(raw) - len(raw.lstrip())
    end = start + len(stripped)
    if not MARKUP.search(stripped):  # most lines: nothing to strip
        return Line(page, start, end, stripped)
    heading = MARKDOWN_HEADING.match(stripped)
    text = stripped
    if heading:
        start += heading.end()
        text = text[heading.end():]
    bold = text.startswith("**") and text.endswith("**") and len(text) > 4
    lead = len(text) - len(text.lstrip("*_ "))
    trail = len(text) - len(text.rstrip("*_ "))
    if lead or trail:
        start += lead
        end -= trail
        text = text[lead:len(text) - trail]
    text = EMPHASIS.sub("", text).strip()
    if not text:
        return None
    table = stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1
    return Line(page, start, end, text, heading_hint=bool(heading) or bold, table=table)


def lines_of(pages: list[Page]) -> list[Line | None]:
    """All lines in reading order; None marks a blank line (paragraph break)."""
    out: list[Line | None] = []
    for page in pages:
        offset = 0
        headings = set(page.headings)  # lines the PDF's fonts set as headings (pipeline.text.fonts)
        for raw in page.text.split("\n"):
            line = clean_line(raw, page.page, offset)
            if headings and line is not None and line.start in headings:
                line.heading_hint = line.font_hint = True
            out.append(line)
            offset += len(raw) + 1
    return out


def page_layout(pages: list[Page]) -> dict[int, int | None]:
    """Per page, the width hard-wrapped lines fill, or None when lines are whole
    paragraphs (web pages, forms): then every line break ends a block. A page
    is hard-wrapped when its lines are of PDF width and some sentence runs on
    to a line that starts in lower case."""
    layout: dict[int, int | None] = {}
    for page in pages:
        lines = [line.strip() for line in page.text.split("\n") if line.strip()]
        lengths = sorted(len(line) for line in lines)
        wraps = any(after[:1].islower() for after in lines[1:])
        width = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0
        layout[page.page] = width if wraps and width <= WRAPPED_WIDTH_LIMIT else None
    return layout


def looks_like_heading(text: str) -> bool:
    """Short, title-cased or upper-case, not a sentence ("Background",
    "Recommendation(s)", "Reason for decision:")."""
    words = text.split()
    if not words or text[-1] in ",;(-–&" or text.count("(") != text.count(")"):
        return False
    if len(words) > 12 or HEADING_STOP.search(text):
        return False
    if text.endswith(":"):
        return len(words) <= 6
    titled = [w for w in words if w[0].isalpha()]
    return bool(titled) and (text.isupper() or sum(w[0].isupper() for w in titled) >= 0.8 * len(titled))


def is_titled(text: str) -> bool:
    """Text on a line the source marked as a heading ("## ...", all bold) is a
    title unless it reads as a sentence."""
    return looks_like_heading(text) or (len(text.split()) <= 12 and not HEADING_STOP.search(text))


# ---------------------------------------------------------------- blocks


def _close(block_lines: list[Line], kind: str, marker: str | None) -> Block:
    spans: list[Span] = []
    for line in block_lines:
        if spans and spans[-1].page == line.page:
            spans[-1].end = line.end
        else:
            spans.append(Span(line.page, line.start, line.end))
    texts = [line.text for line in block_lines]
    if marker:
        first = texts[0].lstrip()
        texts[0] = first[len(marker):].lstrip() if first.startswith(marker) else first
    text = " ".join(t for t in texts if t)
    if "- " in text:
        text = HYPHEN_GAP.sub(_join_hyphen, text)
    # " ".join(split()) is WHITESPACE_RUN.sub(" ", text).strip(): \s and str.isspace are one set of characters
    return Block(kind, " ".join(text.split()), spans, marker.strip() if marker else None, texts)


def _join_hyphen(match: re.Match) -> str:
    """"multi- agency" -> "multi-agency"; "Health- Education" keeps its space (a capital after it)."""
    return match.group(0) if match.group(2).isupper() else match.group(1) + "-" + match.group(2)


class Segmenter:
    """Groups lines into blocks. A marker, a heading, a table row or a
    paragraph opener starts a block; a blank line, or in hard-wrapped text a
    short line ending a sentence, ends one; other lines continue the block."""

    def __init__(self, pages: list[Page]):
        self.layout = page_layout(pages)
        self.blocks: list[Block] = []
        self.current: list[Line] = []
        self.kind: str = "paragraph"
        self.marker: str | None = None
        self.pending_marker: Line | None = None  # "1." alone on its line, its text on the next
        self.after_blank = True

    def flush(self) -> None:
        if self.current:
            self.blocks.append(_close(self.current, self.kind, self.marker))
        self.current = []
        self.kind, self.marker = "paragraph", None

    def start(self, line: Line, kind: str, marker: str | None = None) -> None:
        self.flush()
        self.kind, self.marker = kind, marker
        self.current = [line]

    def previous(self) -> Line | None:
        return self.current[-1] if self.current else None

    def is_closed(self) -> bool:
        """Whether the text so far ends a sentence or a block, so that a loose
        marker ("4 Legal", "– a dash", "A. Agree") really opens an item."""
        prev = self.previous()
        if prev is None or self.after_blank:
            return True
        return ends_sentence(prev.text) or self.kind in ("item", "heading") or prev.heading_hint

    def ends_paragraph(self, line: Line) -> bool:
        """Whether ``line`` starts a new paragraph: always in web text (one
        line, one paragraph); in hard-wrapped text after a short line that
        ends a sentence, or after a short numbered title (which then becomes
        a heading)."""
        prev = self.previous()
        width = self.layout.get(prev.page)
        if width is None:
            return True
        starts_sentence = line.text[:1].isupper() or line.text[:1].isdigit() or line.text[:1] in "“\"'‘("
        if not starts_sentence:
            return False
        if FULL_STOP.search(prev.text) and len(prev.text) < SHORT_LINE * width:
            return True
        if len(self.current) == 1 and len(prev.text) < TITLE_LINE * width and self.kind == "item":
            # "3. Recommendation" over its paragraph: a numbered title, not a wrapped line
            rest = prev.text[len(self.marker or ""):].strip()
            if looks_like_heading(rest):
                self.kind = "heading"
                return True
        return False

    def continues_after_blank(self, line: Line) -> bool:
        """A blank line inside a sentence (page furniture, PDF artefacts): the
        lower-case line after it still belongs to the open block."""
        prev = self.previous()
        return (prev is not None and not ends_sentence(prev.text) and line.text[:1].islower()
                and match_marker(line.text) is None)

    def take_pending_marker(self, line: Line) -> None:
        """Open an item whose marker stood alone on the line before."""
        marker_line = self.pending_marker
        self.pending_marker = None
        self.flush()
        self.kind, self.marker = "item", marker_line.text
        self.current = [marker_line, line]

    def feed(self, line: Line | None, following: Line | None = None) -> None:
        """Take one line; ``following`` is the next non-blank line (for
        headings, which in PDFs are known by what comes after them)."""
        if line is None:
            self.after_blank = True
            return
        if self.after_blank and self.current and not self.continues_after_blank(line):
            self.flush()
        marker = None if line.table else match_marker(line.text, closed=self.is_closed())
        if marker is not None and not line.text[len(marker):].strip():
            self.flush_pending_marker()
            self.flush()
            self.pending_marker = line
            self.after_blank = True
            return
        closed_before = self.after_blank
        self.after_blank = False
        if self.pending_marker is not None:
            self.take_pending_marker(line)
        elif line.table:
            self.start(line, "table")
            self.flush()
        elif marker is not None:
            rest = line.text[len(marker):].strip()
            # (a font's hint leaves a numbered line an item: a bold "3. <Title>" heads its lettered items)
            heading = line.heading_hint and not line.font_hint and is_titled(rest)
            self.start(line, "heading" if heading else "item", marker)
        elif self.is_heading(line, closed_before, following):
            self.start(line, "heading")
            self.flush()
        elif not self.current:
            self.start(line, "paragraph")
        elif self.opens_paragraph(line):
            self.start(line, "paragraph")
        else:
            self.current.append(line)

    def is_heading(self, line: Line, closed_before: bool, following: Line | None) -> bool:
        """A title on a line of its own: marked as one (markdown), or title-like
        after a closed sentence, or (in PDFs) a short unpunctuated line after a
        closed sentence that is followed by an item or a paragraph opener."""
        words = len(line.text.split())
        prev = self.previous()
        if line.heading_hint:
            if not line.font_hint:
                return is_titled(line.text)
            # a PDF's bold or larger line: a title when it reads as one ("Background", "4. Next Steps"), not
            # a clause in bold ("It was agreed") nor a line running on from the sentence before it
            opened = prev is not None and not closed_before and not ends_sentence(prev.text) and not prev.heading_hint
            if looks_like_heading(line.text) and not opened:
                return True
        if ITEM_REFERENCE.match(line.text):
            return True
        if not (prev is None or closed_before or ends_sentence(prev.text)):
            return False
        if following is not None and ITEM_REFERENCE.match(following.text) and words <= 25:
            return True
        width = self.layout.get(line.page)
        full = width is not None and len(line.text) >= 0.8 * width  # maybe a wrapped paragraph's first line
        if looks_like_heading(line.text) and not full:
            return True
        return (width is not None and words <= 12 and not ends_sentence(line.text)
                and line.text[:1].isupper() and following is not None and self.opens_block(following))

    @staticmethod
    def opens_block(line: Line) -> bool:
        return bool(match_marker(line.text) or STARTER.match(line.text) or line.text.startswith("(Item")
                    or LABEL_START.match(line.text))

    def opens_paragraph(self, line: Line) -> bool:
        prev = self.previous()
        if ends_open(prev.text) or (line.text[:1].islower() and not ends_sentence(prev.text)):
            return False
        if STARTER.match(line.text) or LABEL_START.match(line.text):
            return True
        return self.ends_paragraph(line)

    def flush_pending_marker(self) -> None:
        """A marker with no text after it stays a (tiny) paragraph of its own."""
        if self.pending_marker is not None:
            self.start(self.pending_marker, "paragraph")
            self.pending_marker = None
            self.flush()

    def finish(self) -> list[Block]:
        self.flush_pending_marker()
        self.flush()
        return self.blocks


def segment(pages: list[Page]) -> StructuredDocument:
    """The document's pages as blocks, in reading order."""
    segmenter = Segmenter(pages)
    lines = lines_of(pages)
    following: Line | None = None
    upcoming: list[Line | None] = [None] * len(lines)
    for index in range(len(lines) - 1, -1, -1):  # next non-blank line after each line
        upcoming[index] = following
        if lines[index] is not None:
            following = lines[index]
    for line, after in zip(lines, upcoming):
        segmenter.feed(line, after)
    return StructuredDocument(pages=pages, blocks=segmenter.finish())
