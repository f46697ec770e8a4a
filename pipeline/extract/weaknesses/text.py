"""Lines, paragraphs and found items for the weakness rules.

The weakness rules need list markers the shared segmenter does not know
("Action 1 -", "Priority action 2", "1:") and a finer view of where a list
stops, so they read the page text line by line here. Every position is an
offset into one page's text, so a found item quotes its page exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.records import Page

TERMINAL = re.compile(r"[.!?;]['\"”’)]*$")
SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?(?:\s|$)")  # "2.3", a report's next paragraph
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘'(])")
HEADING_TAIL = re.compile(r"\b(?:the|a|an|and|or|of|so|that|with|is|are|were)$|[,;(&-]$", re.IGNORECASE)
# A run-in label opening a paragraph that answers a finding above it: "What we have done. ...", "How we are doing:
# ...", "Progress since the re-visit. ...", "Next steps. ...": a question, or a few words with no verb, then a stop.
RUN_IN_LABEL = re.compile(r"^(?:(?i:what|how|where|why)\s+[^.:?!]{1,40}[.:?]|[A-Z][\w’'-]*(?:\s+[\w’'-]+){1,3}\.)"
                          r"(?=\s+[A-Z0-9])")
LABEL_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|can|could|may|did|does|do|should|must|needs?)\b",
                        re.IGNORECASE)
PARAGRAPH_WIDTH = 170  # longer lines are paragraphs of web text, never a PDF's wrapped lines


@dataclass
class Line:
    page: int
    start: int  # offset of the first non-space character in the page text
    end: int
    text: str  # stripped
    heading: bool = False  # the PDF's fonts set it as a heading (bold or larger: ``Page.headings``)


@dataclass
class Found:
    """One weakness: where its text starts and ends on one page, and the text."""

    page: int
    start: int
    end: int
    text: str
    evidence: str = ""  # the cues that kept it (decide.py)


def opens_with_label(text: str) -> bool:
    """The line opens a run-in labelled paragraph (not a short sentence: "Waits are long. ..." has a verb)."""
    label = RUN_IN_LABEL.match(text)
    return bool(label) and (text[:1] in "WHwh" and text[:3].lower() in ("wha", "how", "whe", "why")
                            or not LABEL_VERB.search(label.group(0)))


# "Revisit finding (November 2022): ...", "Our assessment: ...", "RAG: Amber", "(March 2023): ...": a short label with
# no verb in it (a date in brackets may follow it, or stand alone), run in before a colon.
COLON_LABEL = re.compile(r"^(?:[A-Z][\w'’/ -]{1,30}?(?:\s*[(\[][^()\[\]:]{1,30}[)\]])?|[(\[][^()\[\]:]{1,30}[)\]])\s*:(?=\s|$)")
# A line ending on a word no sentence or title ends with: the finding goes on below ("... children with" / "SEND").
DANGLING = re.compile(r"\b(?:a|an|the|of|with|to|in|on|for|and|or|that|who|which|by|from|at|their|its|including|such\s+as"
                      r"|particularly|especially|about|into|across|between|than|so|as|when|where|whether|is|are|be)$",
                      re.IGNORECASE)


ROW_CELL = " | "
ROW_START = re.compile(r"^[^|]{1,12} \| ")  # a row's short first cell: its number, code or label


def run_in_label(text: str) -> bool:
    """The line opens a block of its own under a run-in label: a note, verdict, progress or response on the finding
    above ("What we have done. ...", "Revisit finding (November 2022): ...", "Progress: ...", "RAG: Amber"), not
    more of it."""
    if not text[:1].isupper() and not text.startswith(("(", "[")):
        return False
    label = COLON_LABEL.match(text)  # (a bracketed date's "May" is no verb)
    return opens_with_label(text) or bool(label) and not LABEL_VERB.search(re.sub(r"[(\[].*", "", label.group(0)))


def ends_item(last: Line, line: Line) -> bool:
    """Where a finding ends, whatever reader took it: ``line`` after the finding's ``last`` line is not more of it
    when it opens a block of its own (``opens_block``), or when the finding was set as a heading (bold or larger)
    and ``line`` is body text under it ("Significant weakness 2 - <the finding>" in bold over the advisers'
    findings). A line in lower case, or after a line that dangles ("... children with"), is the finding's own
    sentence wrapped, and never ends it."""
    return (last.heading and not line.heading or _opens(last, line)) and not wraps_on(last, line)


def wraps_on(last: Line, line: Line) -> bool:
    return line.text[:1].islower() or bool(DANGLING.search(last.text))


def opens_block(last: Line, line: Line) -> bool:
    """``line`` opens a block of its own after ``last``, even with no blank line between: a run-in label of a note,
    verdict, progress or response on what is above ("Revisit finding (November 2022): ...", "Progress: ...", "What
    we have done. ..."), a table's next row ("2 | <finding> | <verdict>" under "1 | ... | ..."), or a heading after a
    sentence's end. (A paragraph's heading over its text is not such an end: a sentence reader reads the two
    together.)"""
    return _opens(last, line) and not wraps_on(last, line)  # (the cheap tests first: most lines open nothing)


def _opens(last: Line, line: Line) -> bool:
    return ROW_CELL in last.text and bool(ROW_START.match(line.text)) \
        or line.heading and not last.heading and bool(TERMINAL.search(last.text)) \
        or run_in_label(line.text)  # ("... in four." / "2 Recommendations" in bold: the next section's heading)


LINE_END_HYPHEN = re.compile(r"(?<=[A-Za-z])-[ \t]*\n\s*(?=[a-z])")  # "co-\nproduced": one word


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", LINE_END_HYPHEN.sub("-", text)).strip()


def next_line(lines: list[Line | None], index: int) -> int | None:
    """The next line with text within two blank lines, or None."""
    for j in range(index + 1, min(len(lines), index + 4)):
        if lines[j] is not None:
            return j
    return None


def lines_of(pages: list[Page]) -> list[Line | None]:
    """All lines in reading order; None marks a blank line or a page break."""
    out: list[Line | None] = []
    for page in pages:
        offset = 0
        headings = set(page.headings)
        for raw in page.text.split("\n"):
            stripped = raw.strip()
            if stripped:
                lead = len(raw) - len(raw.lstrip())
                out.append(Line(page.page, offset + lead, offset + lead + len(stripped), stripped,
                                offset + lead in headings))
            else:
                out.append(None)
            offset += len(raw) + 1
        out.append(None)
    return out


def is_hard_wrapped(lines: list[Line | None]) -> bool:
    """PDF text breaks lines inside sentences; web text breaks only between
    paragraphs. Most long lines ending without punctuation means the former."""
    long_lines = [line for line in lines if line is not None and len(line.text) > 40]
    # (a PDF table's rows, cells joined by " | ", run past the page width: they say nothing of its width)
    prose = [line for line in lines if line is None or " | " not in line.text]
    if not any(line is not None for line in prose):
        prose = lines
    if not long_lines or typical_width(prose) > 150:
        return False
    open_ended = [len(line.text) for line in long_lines
                  if not TERMINAL.search(line.text) and not line.text.endswith(":")]
    if len(open_ended) <= 0.5 * len(long_lines):
        return False
    # A PDF's lines stop at the page width; lines far longer are web paragraphs, and the
    # unpunctuated lines among them list items that lost their bullets.
    widths = sorted(len(line.text) for line in long_lines if " | " not in line.text) \
        or sorted(len(line.text) for line in long_lines)
    longest = widths[int(len(widths) * 0.9)]
    return not (longest > PARAGRAPH_WIDTH and sorted(open_ended)[len(open_ended) // 2] < 0.5 * longest)


def typical_width(lines: list[Line | None]) -> int:
    widths = sorted(len(line.text) for line in lines if line is not None)
    return widths[int(len(widths) * 0.8)] if widths else 80


def found_from_lines(item_lines: list[Line], first_start: int, text: str) -> Found:
    """The item's quote runs from its text's start to the end of its last
    line on the first page (a quote is one page's slice)."""
    page = item_lines[0].page
    end = max(line.end for line in item_lines if line.page == page)
    text = collapse(text)
    close = QUOTE_PAIRS.get(text[:1])
    if close and len(text) > 2 and text.endswith(close) and all(line.page == page for line in item_lines) \
            and close not in text[1:-1] and text[0] not in text[1:-1]:
        return Found(page, first_start + 1, end - 1, text[1:-1])  # "2.1.1 “...”": a finding quoted whole
    return Found(page, first_start, end, text)


QUOTE_PAIRS = {"“": "”", '"': '"', "‘": "’"}


def context_before(lines: list[Line | None], index: int, chars: int = 2000, lines_back: int = 60) -> str:
    """The text of up to ``lines_back`` lines ending at ``index``, about ``chars`` characters."""
    out: list[str] = []
    size = 0
    for line in reversed(lines[max(0, index - lines_back): index + 1]):
        if line is not None:
            out.append(line.text)
            size += len(line.text)
            if size > chars:
                break
    return " ".join(reversed(out))
