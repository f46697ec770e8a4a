"""A page cut into the sentences events are read from, and the headings under which its lines are
papers cited or a ModernGov page's links rather than prose.

Events are read sentence by sentence, but a page's sentences are not only prose: a labelled line
("Date of inspection: 23 - 25 May 2022") or a title line is a sentence of its own even where the
next line opens with a date; a web page's timeline table arrives one cell a line and each date
cell belongs with the cell beside it; and a prose sentence that a blank line cut is one sentence.
"""

from __future__ import annotations

import re

from pipeline.extract.common.sentences import LEADING_MARKER, sentences
from pipeline.extract.events.cues import (
    BARE_YEAR, CELL_LENGTH, CITATIONS, CITED_COLUMNS, DATE_CELL, DATE_HEADER, DATE_ROW, FILE_LINK_END, LABEL_LINE,
    MEETING_LINKS, RUNS_ON, SENTENCE_END,
)

SHORT_LINE = 60  # a title line is no longer
NEXT_WORD = re.compile(r"\S")
SMALL_WORDS = {"and", "or", "of", "the", "a", "an", "to", "by", "in", "on", "for", "with", "at", "from"}


def citations_heading(text: str, citing: bool, heading_rx: re.Pattern = CITATIONS) -> bool:
    """Whether the sentences after ``text`` are papers cited: from a heading "Background papers"
    ("6. Background papers", "References") to the next heading ("7. Appendices"). With
    ``MEETING_LINKS``, the same for the links under "Decisions" or "Agenda items"."""
    heading = heading_rx.match(text)
    if heading and not text[heading.end():].strip(" \t:.-–"):
        return True
    if citing and _title_like(text) and not BARE_YEAR.search(text) and not DATE_CELL.search(text) \
            and not (heading_rx is CITATIONS and CITED_COLUMNS.match(text)):
        return False
    return citing


def meeting_links_heading(text: str, listing: bool) -> bool:
    """Whether the sentences after ``text`` are a ModernGov page's links to decisions or meetings."""
    return citations_heading(text, listing, MEETING_LINKS)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The page's sentences, with a labelled line ("Date of Inspection: 23 – 25
    May 2022") or a short title line ("Ofsted and CQC SEND Inspection – September
    2025") ended at its line break even where the next line starts with a date."""
    out = []
    cited = False  # under a "Background papers" heading: a paper a line, each ending with its date
    for begin, end in sentences(text):
        start = begin
        nl = text.find("\n", begin, end)
        while nl != -1:
            after = NEXT_WORD.search(text, nl + 1, end)
            first = text[after.start()] if after else ""
            if first.isalnum() and not first.islower():  # most wrapped lines go on in lower case
                line_start = text.rfind("\n", 0, nl) + 1
                line = text[max(start, line_start):nl].strip()
                cited = cited or _citations_line(text, line_start)
                # a heading has its line to itself: a line whose start holds the end of the sentence
                # before ("... (APP). The draft APP is at Appendix" | "1 and must be ...") is prose
                mid_line = line_start < start and not LEADING_MARKER.fullmatch(text[line_start:start])
                if (line and not mid_line and not RUNS_ON.search(line)
                        and (LABEL_LINE.match(line) or _title_like(line) or FILE_LINK_END.search(line)
                             or DATE_ROW.match(line) and DATE_ROW.match(text, after.start())
                             # "... areas for" | "improvement" | "Background papers": a heading of cited papers has
                             # its line to itself, whatever the line before it
                             or _citations_line(text, after.start())
                             # "Inspection of X, Ofsted and CQC, 25 October 2024" | "X Plan, 6 December 2024"
                             or cited and CITED_ROW_END.search(line))):
                    if nl > start:
                        out.append((start, nl))
                    start = after.start()
            nl = text.find("\n", nl + 1, end)
        if end > start:
            out.append((start, end))
    return _cell_rows(text, _prose_run_on(text, out))


CITED_ROW_END = re.compile(r",\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+\s+(?:19|20)\d\d\W?$")  # a paper's date


def _citations_line(text: str, start: int) -> bool:
    """Whether the line at ``start`` is a "Background papers" heading alone."""
    first = text[start:start + 1]
    if first.isalpha() and first not in "BbRrSsDdPpAa":  # a cheap first look: the letters the heading can open with
        return False
    end = text.find("\n", start)
    line = text[start:end if end != -1 else len(text)]
    heading = CITATIONS.match(line)
    return bool(heading) and not line[heading.end():].strip(" \t:.-–")


def _cell_rows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A timeline table read one cell a line (a web page's ``<td>``s): each date cell is joined
    to the cell beside it in its row, so that "24 to 28 September 2018" and "Joint inspection of
    the local area by Ofsted and the CQC" are read as one sentence. Which side is the row's the
    header says ("Date" | "What happened", or "Milestone" | "Date"); without one, a run of cells
    that opens with a date is date-first and one that ends with a date is date-last."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for span in spans + [(len(text) + 1, len(text) + 1)]:  # a sentinel ends the last run
        b, e = span
        # a cell is one short line; the line of prose beside a date cell may run longer ("19 October 2022" | "The
        # Secretary of State issues ... requiring it to ...")
        cell = b <= len(text) and "\n" not in text[b:e] and (
            e - b <= CELL_LENGTH or bool(run) and bool(DATE_CELL.match(text[run[-1][0]:run[-1][1]])))
        if cell and (not run or not text[run[-1][1]:b].strip()):
            run.append(span)
            continue
        out += _rows_of(text, run)
        run = [span] if cell else []
        if not cell and b <= len(text):
            out.append(span)
    return sorted(out)


def _rows_of(text: str, run: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of one run of single-line cells, a date cell joined to its row's other cell."""
    kinds = ["date" if DATE_CELL.match(text[b:e]) else "header" if DATE_HEADER.match(text[b:e]) else "text"
             for b, e in run]
    if kinds.count("date") < 2:
        return run  # one dated line among headings is no table
    first = kinds.index("date")
    last = len(kinds) - 1 - kinds[::-1].index("date")
    if "header" in kinds[:first]:
        header = kinds.index("header")
        step = 1 if header + 1 < first and kinds[header + 1] == "text" else -1  # "Date" first: the cell after
    elif first == 0:
        step = 1
    elif last == len(kinds) - 1:
        step = -1
    else:
        step = _prose_side(text, run, kinds)
        if not step:
            return run
    joined: dict[int, int] = {}  # the index of a date cell -> that of its row's other cell
    for i, kind in enumerate(kinds):
        j = i + step
        if kind == "date" and 0 <= j < len(run) and kinds[j] == "text" and j not in joined.values():
            joined[i] = j
    out = []
    partners = set(joined.values())
    for i, span in enumerate(run):
        if i in joined:
            j = joined[i]
            out.append((min(span[0], run[j][0]), max(span[1], run[j][1])))
        elif i not in partners:
            out.append(span)
    return out


PROSE_END = re.compile(r"[.!?][\"”’')]*\s*$")  # a line of prose ends with its stop (a heading with a colon does not)


def _prose_side(text: str, run: list[tuple[int, int]], kinds: list[str]) -> int:
    """Which side of its date cells a run's milestones stand, where the run has other lines at both ends
    (a page's intro above a "Timeline" heading, a section below): the side whose cells are sentences. A
    timeline of dates each over a line of prose ("16 May 2019" | "Inspection letter published.") has a
    sentence after every date, and before every date but the first (a heading is above it): date-first;
    a table of milestones each over its date, the other way about. 1 date-first, -1 date-last, 0 unsure."""
    dates = [i for i, kind in enumerate(kinds) if kind == "date"]

    def sentence(j: int) -> bool:
        return 0 <= j < len(run) and kinds[j] == "text" and bool(PROSE_END.search(text[run[j][0]:run[j][1]]))

    after = sum(sentence(i + 1) for i in dates)
    before = sum(sentence(i - 1) for i in dates)
    if after == len(dates) and before < after:
        return 1
    if before == len(dates) and after < before:
        return -1
    return 0


def _prose_run_on(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A sentence of prose that a blank line cut before its stop ("following a CQC /Ofsted Area
    SEND inspection of North" | "Northamptonshire Local Area Partnership between ...") is
    joined to what follows; a heading, a labelled line or a list item is not."""
    out: list[tuple[int, int]] = []
    for begin, end in spans:
        if out:
            b, e = out[-1]
            piece = text[b:e]
            if (len(piece) > SHORT_LINE and "\n" not in piece.strip() and not SENTENCE_END.search(piece)
                    and not _title_like(piece, None) and not LABEL_LINE.match(piece) and "|" not in piece
                    and not text[e:begin].strip() and text[begin:begin + 1].isalpha()
                    and not LABEL_LINE.match(text[begin:end])
                    # a date alone under a headline is the page's dateline ("... inspected in Sunderland" |
                    # "September 2021"), unless the headline's words need it ("... inspected in")
                    and (RUNS_ON.search(piece) or not DATE_CELL.match(text[begin:end]))
                    and "|" not in text[begin:end].split("\n", 1)[0]):  # "News | 14 May 2024": a dateline
                out[-1] = (b, end)
                continue
        out.append((begin, end))
    return out


def _title_like(line: str, longest: int | None = SHORT_LINE) -> bool:
    """A heading: its words mostly capitalised or numbers, no comma (and short, unless ``longest`` is None)."""
    words = re.findall(r"[\w’'-]+", line)
    if "," in line or not words or (longest is not None and len(line) > longest):
        return False
    big = [w for w in words if w[0].isupper() or w[0].isdigit()]
    return len(big) >= 0.7 * len([w for w in words if w.lower() not in SMALL_WORDS])
