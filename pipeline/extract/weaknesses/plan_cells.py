"""Weaknesses in the first column of an action plan's table whose text comes a cell at a time.

A plan or tracker in a small font ("Area of significant weakness | Ref | Action | Lead | Timescale | RAG",
"Ref | Type | Finding | What we will do | Lead | Timescale | RAG") often reaches the text stage one cell after
another, each cell's wrapped lines in turn: the row's reference and type ("PA1 Priority" / "action"), the
finding over several short lines, then the row's actions numbered under the finding's number ("1.1 Recruit
...", "1.2 ..."), its lead, timescale and rating ("Red", "G"). Under a header naming a findings column and the
plan's other columns, each finding is the run of lines that ends a sentence right above its row's first action
("k.1"), back to the rating, type, reference or header cell before it; the finding's own number ("1. The
effectiveness of ...") is no part of it. The rows may run over pages with the header repeated.
"""

from __future__ import annotations

import re

from pipeline.extract.weaknesses import decide, tables
from pipeline.extract.weaknesses.text import TERMINAL, Found, Line, collapse

# The column the findings stand in, and the plan's other columns, in a header read over a few short lines.
FINDING_COLUMN = re.compile(r"\b(?:areas?\s+(?:of|for)\s+(?:significant\s+)?(?:weakness(?:es)?|improvement)"
                            r"|(?:significant\s+)?weakness(?:es)?|findings?|priority\s+actions?)\b", re.IGNORECASE)
PLAN_COLUMN = re.compile(r"\b(?:actions?|what\s+we\s+will\s+do|lead|owner|timescales?|by\s+when|deadline|progress"
                         r"|rag|status)\b", re.IGNORECASE)
HEADER_LINES = 5  # a header's cells wrapped over this many short lines
HEADER_WORDS = 8  # words on each of them
PLAN_COLUMNS = 2  # other columns named beside the findings'
PROSE_WORDS = 12  # a line this long is prose after the table, not a cell
FIRST_ACTION = re.compile(r"^(?P<row>\d{1,2})\.1\.?\s+(?=\S)")  # "1.1 Recruit ...": a row's first action
OWN_NUMBER = re.compile(r"^(?P<row>\d{1,2})(?:[.)]\s+(?=\S)|\s+(?=[A-Z]))")  # "1. The effectiveness ...", "1 The lack ..."
# The cell before a finding: its type ("Priority" / "action", "Area for" / "improvement"), a reference ("AFI",
# "1", "PA2"), a rating ("G", "Red") or a header's last line.
TYPE_CELL = re.compile(r"^(?:(?:area\s+)?(?:for|of)\s+)?(?:priority|action|area(?:\s+for)?|improvement|development"
                       r"|(?:area\s+of\s+)?(?:significant\s+)?weakness|ref\.?|type)$", re.IGNORECASE)
CODE_CELL = re.compile(r"^(?:[A-Z]{1,4}\s?\d{0,2}(?:\.\d{1,2})?|\d{1,2})$")
MIN_WORDS = 5
MAX_WORDS = 80


def header_at(lines: list[Line | None], index: int) -> int | None:
    """The line after a table header starting at ``index`` that names a findings column and the plan's
    other columns, or None."""
    parts: list[str] = []
    for k in range(index, min(len(lines), index + HEADER_LINES)):
        line = lines[k]
        if line is None or len(line.text.split()) > HEADER_WORDS or line.page != lines[index].page:
            return None
        parts.append(line.text)
        joined = " ".join(parts)
        if FINDING_COLUMN.search(joined) and len({word.lower() for word in PLAN_COLUMN.findall(joined)}) >= PLAN_COLUMNS:
            return k + 1
    return None


def before_finding(text: str) -> bool:
    """A line that is a cell before a finding's, never a line of it."""
    return bool(TERMINAL.search(text) or text.endswith(":") or TYPE_CELL.match(text) or CODE_CELL.match(text)
                or tables.RATING.match(text) or is_header_line(text))


def is_header_line(text: str) -> bool:
    """The header's own line of the plan's columns ("Key actions Lead Timescale RAG Progress update")."""
    return len({word.lower() for word in PLAN_COLUMN.findall(text)}) >= PLAN_COLUMNS


def finding_above(lines: list[Line | None], action: int, row: str) -> Found | None:
    """The finding whose sentence ends right above its row's first action."""
    below = lines[action]
    last = action - 1
    if last < 0 or lines[last] is None or lines[last].page != below.page or not TERMINAL.search(lines[last].text):
        return None
    first = last
    while first - 1 >= 0 and lines[first - 1] is not None and lines[first - 1].page == below.page \
            and not before_finding(lines[first - 1].text) and last - first < MAX_WORDS:
        first -= 1
    text = collapse("\n".join(line.text for line in lines[first:last + 1]))
    number = OWN_NUMBER.match(text)
    if number and number["row"] != row:
        return None
    skip = number.end() if number else 0
    text = text[skip:]
    if not MIN_WORDS <= len(text.split()) <= MAX_WORDS:
        return None
    start = lines[first].start + skip
    return Found(below.page, start, lines[last].end, text)


def may_head(text: str) -> bool:
    """A cheap test before FINDING_COLUMN: a short line with one of its words."""
    return len(text) <= 60 and ("eakness" in text or "inding" in text or "mprovement" in text or "riority" in text)


def extract(lines: list[Line | None]) -> list[Found]:
    out: list[Found] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line is None or not may_head(line.text) or not FINDING_COLUMN.search(line.text) \
                or (end := header_at(lines, index)) is None:
            index += 1
            continue
        found: list[Found] = []
        k = end
        while k < len(lines):
            below = lines[k]
            if below is not None:
                if len(below.text.split()) > PROSE_WORDS:
                    break  # prose after the table
                if (action := FIRST_ACTION.match(below.text)) and (cell := finding_above(lines, k, action["row"])):
                    found.append(cell)
            k += 1
        if found:
            out.extend(tables.weigh(lines, index, found, "table:cells-in-turn", decide.NAMES_WEAKNESS))
        index = max(k, index + 1)
    return out
