"""Weaknesses in the first column of an action plan's table whose text comes a cell at a time.

A plan or tracker in a small font ("Area of significant weakness | Ref | Action | Lead | Timescale | RAG",
"Ref | Type | Finding | What we will do | Lead | Timescale | RAG") often reaches the text stage one cell after
another, each cell's wrapped lines in turn: the row's reference and type ("PA1 Priority" / "action"), the
finding over several short lines, then the row's actions numbered under the finding's number ("1.1 Recruit
...", "1.2 ..."), its lead, timescale and rating ("Red", "G"). Under a header naming a findings column and the
plan's other columns, each finding is the run of lines that ends a sentence right above its row's first action
("k.1"), back to the rating, type, reference or header cell before it; the finding's own number ("1. The
effectiveness of ...") is no part of it. The rows may run over pages with the header repeated.

When the header names the findings column first ("Area of significant weakness | What we have done | Impact so
far | RAG"), or right after a reference column ("Ref | Area of significant weakness | Action | Lead | ..."), each
row's cells come in that order: the finding is the row's first cell, the lines from the row's start to the line
that opens its next cell (a capitalised word after a line that could end the cell). A row starts after the
rating that ended the row before, or at its reference; under a reference column a finding spans its actions'
rows, so only the first of them ("1.1", "2.1") holds one.
"""

from __future__ import annotations

import re

from pipeline.extract.weaknesses import decide, tables
from pipeline.extract.weaknesses.text import TERMINAL, Found, Line, collapse

# The column the findings stand in, and the plan's other columns, in a header read over a few short lines.
FINDING_COLUMN = re.compile(r"\b(?:areas?\s+(?:of|for)\s+(?:significant\s+)?(?:weakness(?:es)?|improvement)"
                            r"|(?:significant\s+)?weakness(?:es)?|findings?|priority\s+actions?)\b", re.IGNORECASE)
PLAN_COLUMN = re.compile(r"\b(?:actions?|what\s+we\s+(?:will\s+do|have\s+done|are\s+doing)|lead|owner|timescales?"
                         r"|by\s+when|deadline|progress|impact|rag|status)\b", re.IGNORECASE)
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
        if not found and (order := findings_lead(lines, index)) is not None:
            found = first_cells(lines, header_end(lines, end), order == "ref", header_texts(lines, index, end))
        if found:
            out.extend(tables.weigh(lines, index, found, "table:cells-in-turn", decide.NAMES_WEAKNESS))
        index = max(k, index + 1)
    return out


REF_WORDS = re.compile(r"^(?:ref(?:erence)?|no|number|#)\.?\s*$", re.IGNORECASE)


def findings_lead(lines: list[Line | None], index: int) -> str | None:
    """Where the header puts the findings column: first ("first"), right after a reference column ("ref"), or
    neither (None: "Area of significant weakness | Ref | Action ...", whose rows' actions are numbered under the
    finding). The header's first line may be the one above ``index`` ("Ref Area of significant" / "weakness")."""
    above = lines[index - 1] if index else None
    text = lines[index].text
    if above is not None and above.page == lines[index].page and len(above.text.split()) <= HEADER_WORDS \
            and not TERMINAL.search(above.text):
        joined = above.text + " " + text
        column = FINDING_COLUMN.search(joined)
        if column and column.start() < len(above.text):
            text = joined
    column = FINDING_COLUMN.search(text)
    lead = text[:column.start()].strip()
    if not lead and not re.search(r"\bref\b", text[column.end():], re.IGNORECASE):
        return "first"
    return "ref" if REF_WORDS.match(lead) else None


RATING_HEADER = re.compile(r"\b(?:rag(?:\s+rating)?|status|rating)\s*$", re.IGNORECASE)
HEADER_TAIL = 4  # the header's last cells wrapped below where its columns were recognised ("date", "RAG")


def header_end(lines: list[Line | None], end: int) -> int:
    """The line after the header's rating column ("RAG", "Status"), its last, when it stands a few short lines
    below where ``header_at`` recognised the columns; else ``end``."""
    for k in range(end - 1, min(len(lines), end + HEADER_TAIL)):
        line = lines[k]
        if line is None or len(line.text.split()) > HEADER_WORDS:
            break
        if RATING_HEADER.search(line.text):
            return k + 1
    return end


def header_texts(lines: list[Line | None], index: int, end: int) -> set[str]:
    """The header's lines, to pass over where the header is repeated at a page's top."""
    return {line.text for line in lines[max(0, index - 1):header_end(lines, end)] if line is not None}


ROW_REF = re.compile(r"^(?P<row>\d{1,2})\.(?P<action>\d{1,2})\.?\s+(?=\S)")  # "1.1 Area 2 of ...", "2.3 Commission ..."
# "Area 2 of the re-visit:", "Weakness 3:": the cell's own label before the finding
AREA_LABEL = re.compile(r"^(?:area|weakness|finding|priority\s+action)\s+\d{1,2}"
                        r"(?:\s+(?:of|from|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s*[:–-]\s+", re.IGNORECASE)
SINGLE_RATING = re.compile(r"^[RAGB]$")  # "G", "A": a tracker's rating letter
ROW_LINES = 60  # lines a row's cells may take


def is_rating(lines: list[Line | None], k: int) -> bool:
    """A row's last cell: a rating on its line ("Amber", "G"), or broken over two ("Gree" / "n")."""
    text = lines[k].text
    if tables.RATING.match(text) or SINGLE_RATING.match(text):
        return True
    below = lines[k + 1] if k + 1 < len(lines) else None
    return below is not None and len(text) + len(below.text) <= 6 and bool(tables.RATING.match(text + below.text))


def opens_cell(above: str, text: str) -> bool:
    """``text``'s line opens the row's next cell, not the one ``above`` wraps on: a capitalised word (not an
    abbreviation, "EHC") or a figure, after a line that could end a cell (not "... and" or "... plans,")."""
    if tables.DANGLING.search(above) or above.endswith((",", "(", "-", "–", "/")):
        return False
    return text[:1].isdigit() or text[:1].isupper() and text[1:2].islower()


def finding_cell(lines: list[Line | None], start: int, skip: int) -> Found | None:
    """The row's first cell from line ``start`` (past ``skip`` characters of a reference): its lines to the one
    before the line that opens the next cell, on one page."""
    first = lines[start]
    last = start
    while last + 1 < len(lines) and last - start < ROW_LINES:
        below = lines[last + 1]
        if below is None or below.page != first.page or opens_cell(lines[last].text, below.text) \
                or is_rating(lines, last + 1) or ROW_REF.match(below.text):
            break
        last += 1
    parts = [(first.start + skip, first.text[skip:])] + [(line.start, line.text) for line in lines[start + 1:last + 1]]
    raw = "\n".join(text for _, text in parts)
    label = AREA_LABEL.match(raw) or OWN_NUMBER.match(raw)
    cut = label.end() if label else 0
    text = collapse(raw[cut:])
    if not MIN_WORDS <= len(text.split()) <= MAX_WORDS:
        return None
    for at, part in parts:  # the page offset of the cell's first word past its label
        if cut < len(part):
            cut += len(part[cut:]) - len(part[cut:].lstrip())
            return Found(first.page, at + cut, lines[last].end, text)
        cut -= len(part) + 1
    return None


def first_cells(lines: list[Line | None], start: int, by_ref: bool, header: set[str]) -> list[Found]:
    """Each row's first cell under a header that names the findings column first (or after ``by_ref``'s
    reference column); the table ends at a line of prose."""
    found: list[Found] = []
    k, fresh = start, True  # ``fresh``: the next line opens a row (after the header or a row's rating)
    while k < len(lines):
        line = lines[k]
        if line is None or line.text in header:
            k += 1
            continue
        if len(line.text.split()) > PROSE_WORDS:
            break
        ref = ROW_REF.match(line.text) if by_ref else None
        if (ref or fresh and not by_ref) and (ref is None or ref["action"] == "1"):
            if (cell := finding_cell(lines, k, ref.end() if ref else 0)) is not None:
                found.append(cell)
        fresh = not by_ref and is_rating(lines, k)
        k += 1
    return found
