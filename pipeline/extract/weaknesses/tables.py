"""Weaknesses set out as the rows of a table, in the three shapes the text stage gives tables.

- a PDF's ruled table read a row a line, cells joined by " | " (``pages.method`` table-rows):
  the rows' first cells under a header that names weaknesses, findings or areas;
- a web page's HTML table, one cell a paragraph: a header cell naming weaknesses, the other
  header cells ("Progress rating"), then the rows' cells in turn; each row's first cell;
- a table whose cell separators the text lost (tabs turned to spaces): a header line naming weaknesses
  then the columns answering them ("Area for improvement What we have done How we are doing"), a row
  a line; each row's first sentence;
- a ruled table whose header names no column the header reader knows ("No. Area of the plan Assessment RAG",
  "Responsible body Areas for improvement"): the findings column decided once per table from its cells
  (``columns``: the leftmost phrase column reading as findings, before any rating column, or the one phrase
  column beside verdicts), under a header, codes or an intro naming findings; a one-row table labelled with the
  finding's kind and number ("Area of significant weakness 2 | ...");
- an unruled table whose rows open with findings' codes ("AfPA 1 Leaders must ...") or, each reading as a
  finding, with their numbers, under a header naming findings: each row's text over its wrapped lines;
- a row whose cell opens with the kind of finding it states ("Priority action: X. What we are
  doing ...", "Improvement: Y."): the label names the kind, the item is the cell's first sentence.

The header cells themselves and rating (RAG) cells are never items. Every row proposed is
weighed by ``decide`` with the list's cues and the row's own words.
"""

from __future__ import annotations

import re
from itertools import takewhile

from pipeline.extract.common.evidence import Evidence
from pipeline.extract.weaknesses import columns as cell_kinds, cues, decide, headed, verdicts
from pipeline.extract.weaknesses.text import (
    DANGLING, SENTENCE_SPLIT, TERMINAL, Found, Line, collapse, context_before, ends_item, typical_width,
)

CELL = " | "
# A header cell that names what the rows are: "Area of significant weakness identified by inspectors",
# "Weakness identified in the inspection letter", "Finding", "Areas for improvement".
HEADER_NAMES = re.compile(
    r"^(?:(?:no|ref)\.?\s+)?(?:the\s+)?(?:(?:key|main|inspection|inspectors[’']?)\s+)?"
    r"(?:areas?\s+(?:of|for)\s+(?:significant\s+|key\s+|priority\s+)?(?:weakness(?:es)?|concerns?|improvement|action)"
    r"|(?:significant\s+)?weakness(?:es)?|findings?|priority\s+actions?|improvements?(?:\s+needed)?|concerns?"
    # the speaker cue as a header: "What the inspection report requires", "What inspectors said", "What Ofsted found"
    r"|what\s+(?:the\s+)?(?:(?:inspection|re-?visit|outcome)\s+)?(?:inspectors?|inspection|ofsted|cqc|report|letter)\s+"
    r"(?:requires?|required|asks?|asked|found|finds|said|says|identified|recommends?|recommended|wants?|wanted))\b",
    re.IGNORECASE)
# A rating cell: RAG colours, progress words, a DfE judgement; never an item.
RATING = re.compile(
    r"^(?:(?:red|amber|green|blue|grey|black)(?:\s*[/-]\s*(?:red|amber|green))*"
    r"(?:\s*[-–:(]\s*[a-z]+(?:\s+[a-z]+){0,3}\)?)?|"  # "Amber - some progress", "Green (on track)"
    r"complete[d]?|on\s+track|off\s+track|"
    r"not\s+started|in\s+progress|ongoing|achieved|(?:not\s+(?:yet\s+)?|partly\s+|partially\s+|largely\s+)?met|(?:some|significant|serious|no)\s+concerns?|"
    r"good|outstanding|requires\s+improvement|inadequate|improving|improved|"
    # a re-visit's judgement per weakness: "Sufficient progress", "Not (yet) sufficient progress", "Limited progress"
    rf"(?:not\s+(?:yet\s+)?)?{verdicts.AMOUNT}(?:\s+progress)?(?:\s+made)?|"
    r"rag|n/?a)\.?$",
    re.IGNORECASE)
# "Priority action: X", "Improvement: Y", "Area for improvement 2: Z": a cell that says what kind of finding it holds.
LABEL = re.compile(
    r"^(?:(?:area\s+(?:for|of)\s+)?priority\s+action|(?:area\s+for\s+)?improvement|area\s+of\s+(?:significant\s+)?weakness|"
    r"(?:significant\s+)?weakness|area\s+of\s+concern"
    # the speaker cue as a label: "What the report said: X", "What inspectors found: Y", "The letter's words: Z"
    r"|what\s+(?:the\s+)?(?:(?:inspection|re-?visit|outcome)\s+)?(?:inspectors?|inspection|ofsted|cqc|report|letter)\s+"
    r"(?:said|says|found|finds|asked|asks|required|requires|recommended|recommends|identified))"
    r"(?:\s+\d{1,2})?\s*[:–-]\s+(?=\w)",
    re.IGNORECASE)
# The header of a column answering each finding: "What we are doing", "Our response", "Action taken".
RESPONSE_HEADER = re.compile(r"\b(?:what\s+we\s+(?:are|have|will)|our\s+response|response|actions?|doing|done|"
                             r"progress|update|next\s+steps)\b", re.IGNORECASE)
HEADER_LINES = 2  # a PDF header row may wrap onto a second line
MAX_HEADER_WORDS = 14
MAX_CELL_WORDS = 60  # a web table's cell holding a finding is at most a long sentence
# (columns, the findings column's place) a web table's cell paragraphs may fall into: "Finding | Lead", "Ref |
# Finding | Lead | Target date"
COLUMN_READINGS = ((2, 0), (3, 0), (4, 0), (2, 1), (3, 1), (4, 1))
MAX_OTHER_WORDS = 8  # the other header cells of a table of weaknesses are short labels
MAX_JUDGEMENT_WORDS = 20  # a cell judging progress in a sentence ("The area has made sufficient progress.")
CONTEXT_CHARS = 2500
MAX_ROWS = 20


def extract(lines: list[Line | None], wrapped: bool) -> list[Found]:
    out = piped_rows(lines) + labelled_rows(lines) + coded_rows(lines)
    return (out if wrapped else out + cell_paragraphs(lines) + glued_rows(lines) + strength_cell_pairs(lines)) \
        + rated_rows(lines)


def header_names(text: str) -> bool:
    return len(text.split()) <= MAX_HEADER_WORDS and not TERMINAL.search(text) and bool(HEADER_NAMES.match(text))


def weigh(lines: list[Line | None], at: int, rows: list[Found], cue: str, weight: float) -> list[Found]:
    """Each row with the table's cues (what names the rows, an inspection around) and its own."""
    table = Evidence().add(cue, weight).add("intro:table", decide.FORM["table"])
    if cues.has_source(context_before(lines, at, CONTEXT_CHARS)):
        table.add("context:inspection", decide.INSPECTION)
    else:
        table.add("context:no-inspection", decide.NO_INSPECTION)
    kept: list[Found] = []
    for row in rows:
        evidence = decide.item_evidence(table, row.text)
        evidence.when(cues.COUNCIL_VOICE.search(row.text), "item:council-voice", decide.COUNCIL_VOICE)
        if decide.keep(evidence):
            row.evidence = evidence.reason()
            kept.append(row)
    return kept


# A cell that only numbers the row: "3", "2.1", "b", "iv", a short code ("AFI1", "PA 2", "SW3"), or the kind of
# finding with its number ("Priority action 1", "Area for improvement 2", "Weakness 3").
REFERENCE = re.compile(
    r"^\W*(?:[a-z]{0,4}\s?\d{1,2}(?:\.\d{1,2})?|[a-z]|[ivx]{1,4}|ref\.?|no\.?"
    r"|(?:priority\s+action|area\s+(?:for|of)\s+(?:improvement|development|concern|(?:significant\s+)?weakness)"
    r"|(?:significant\s+)?weakness|recommendation|finding)\s*(?:\d{1,2}|[a-h]|[ivx]{1,4})[a-z]?)\W*$", re.IGNORECASE)


def cells(line: Line) -> list[tuple[int, str]]:
    """A " | " row's cells with where each starts in the line."""
    out: list[tuple[int, str]] = []
    at = 0
    for cell in line.text.split(CELL):
        out.append((at, cell))
        at += len(cell) + len(CELL)
    return out


def row_cell(line: Line, column: int) -> Found | None:
    """The row's cell in ``column`` (past a first cell that only numbers the row), on the page's
    offsets; None for a rating or a stub."""
    row = cells(line)
    if column == 0 and len(row) > 1 and REFERENCE.match(row[0][1]):
        column = 1  # "1 | The quality of plans ... | Amber"
    if column >= len(row):
        return None
    at, cell = row[column]
    lead = len(cell) - len(cell.lstrip())
    cell = cell.strip()
    if len(cell.split()) < 3 or RATING.match(cell):
        return None
    start = line.start + at + lead
    return Found(line.page, start, start + len(cell), collapse(cell))


def piped_rows(lines: list[Line | None]) -> list[Found]:
    """A PDF table read a row a line: each row's cell under a header naming weaknesses (the
    lines just above the rows, or the first row itself). A table broken by a page goes on at the
    next page's top without its header: rows of as many cells right after the page break."""
    out: list[Found] = []
    index = 0
    # the last table read: (its end, its column, its cells, whether that column only names each row's section)
    previous: tuple[int, int, int, bool] | None = None
    while index < len(lines):
        line = lines[index]
        if line is None or CELL not in line.text or index and lines[index - 1] is not None \
                and CELL in lines[index - 1].text:
            index += 1
            continue
        answers = short_answers(lines, index)
        end = index
        while end < len(lines) and lines[end] is not None and (CELL in lines[end].text
                                                                or glued_head(lines[end], answers) is not None):
            end += 1
        rows, column = list(range(index, end)), 0
        width = len(cells(line))
        if previous and continues_table(lines, previous, index, width):
            column, cue = previous[1], "table:continued"
        elif header_above(lines, index):
            cue = "table:header-names-weakness"
        elif end - index == 1 and labelled_single_row(line):
            rows, column, cue = [index], 1, "table:section-heading"  # "Area for priority action 2 | <the finding>"
        else:
            named = [k for k, (_, cell) in enumerate(cells(lines[index])) if header_names(cell.strip())] \
                or improvement_column(lines[index])
            rows, column = (rows[1:], named[0]) if named else ([], 0)  # the first row is the header
            cue = "table:header-names-weakness"
            if not named and (read := read_column(lines, index, end, answers)) is not None:
                rows, column, cue = read
        rows = [k for k in rows if k not in row_remainders(lines, range(index, end))]
        found = [cell for k in rows if (cell := row_cell(lines[k], column) if CELL in lines[k].text
                                        else glued_head(lines[k], answers) if column == 0
                                        else numbered_head(lines[k], answers) if column == 1 else None) is not None]
        labels = cue == "table:continued" and previous[3] or groups_rows(found)
        if labels:
            found = [cell for cell in found if not is_label(cell.text)]
        weight = decide.NAMES_WEAKNESS if cue != "table:findings-column" else decide.FINDINGS_COLUMN
        kept = weigh(lines, index, found, cue, weight) if found else []
        out.extend(kept)
        previous = (end, column, width, labels) if kept or labels else None
        index = end
    return out


HEADER_LINE_WORDS = 20  # a header row of several cells read as one line
WRAPPED_HEADER_WORDS = 3  # the last header cell wrapped onto a line of its own


def labelled_single_row(line: Line) -> bool:
    """A table of one row whose first cell only names the kind of finding with its number ("Area of significant
    weakness 2 | <the finding>", "Area for priority action 1 | ..."): the finding heads the actions below it."""
    row = [cell.strip() for _, cell in cells(line)]
    return len(row) == 2 and bool(REFERENCE.match(row[0])) and HEADER_NAMES.match(row[0]) is not None


def header_and_intro(lines: list[Line | None], index: int) -> tuple[str, str]:
    """The header line(s) just above a table's rows (short lines, no sentence end but a question's), and the
    line(s) above them: the intro."""
    header: list[str] = []
    k = index - 1
    if k > 0 and lines[k] is not None and lines[k - 1] is not None and CELL in lines[k - 1].text:
        return "", ""  # the rows go on below a row whose last cell wrapped: a table broken in two, no header
    while k >= 0 and len(header) < HEADER_LINES and lines[k] is not None and CELL not in lines[k].text:
        text = lines[k].text.strip()
        if len(text.split()) > HEADER_LINE_WORDS or text.endswith(":") or TERMINAL.search(text.rstrip("?")) \
                or header and len(header[0].split()) > WRAPPED_HEADER_WORDS \
                or k and lines[k - 1] is not None and CELL in lines[k - 1].text:
            break  # (a second line only when the first is a header's wrapped tail: "progress?", "year"; a line
            # right below a row is that row's last cell wrapped, never a header)
        header.insert(0, text)
        k -= 1
    intro: list[str] = []
    while k >= 0 and len(intro) < 2 and lines[k] is not None and CELL not in lines[k].text:
        intro.insert(0, lines[k].text.strip())
        k -= 1
    return " ".join(header), " ".join(intro)


def read_column(lines: list[Line | None], index: int, end: int, answers: list[str]) \
        -> tuple[list[int], int, str] | None:
    """The rows and the findings column of a table whose header names no column the header reader knows: the
    column read from the cells (``columns``), when a header, the codes or an intro names findings."""
    rows = [k for k in range(index, end) if CELL in lines[k].text and k not in row_remainders(lines, range(index, end))]
    table = [[cell for _, cell in cells(lines[k])] for k in rows]
    read = cell_kinds.findings_column(table)
    if read is None:
        return None
    header, intro = header_and_intro(lines, index)
    if cell_kinds.named_by(header, intro, table) is None:
        return None
    return list(range(index, end)), read[0], "table:findings-column"


def row_remainders(lines: list[Line | None], rows: range) -> set[int]:
    """The lines of a table's rows that only finish a row broken inside a cell: a PDF row whose cell wraps gives
    its cells over two lines or more ("PA1.2 | Strategy | Establish the SEND" / "Improvement Board ... | Chief
    Executive | February 2025 | B"), each with fewer cells than the table's rows, the wrapped cell counted on both.
    Their first cell is the broken cell's tail, never the row's first cell: a short line after a short line, when
    the two fit in one row of the table's width (so rows one cell short of a wider header are still rows). (A row whose " | " the text lost is one line of its own.)"""
    counts = [len(lines[k].text.split(CELL)) if CELL in lines[k].text else 0 for k in rows]
    width = max(counts, default=0)
    out: set[int] = set()
    filled = width  # cells of the row being read so far
    for k, count in zip(rows, counts):
        if not count:
            filled = width
        elif filled < width and filled + count - 1 <= width:
            out.add(k)  # the row goes on: its wrapped cell is this line's first
            filled += count - 1
        else:
            filled = count
    return out


LABEL_WORDS = 6  # a column's repeated cell this short is a section's name


def groups_rows(found: list[Found]) -> bool:
    """The column's cells repeat down the rows ("Strategy and governance" over four actions, "EHC plans" over
    three): it names the section each row belongs to, as a tracker's area column does, it does not state them."""
    seen: set[str] = set()
    for cell in found:
        key = cell.text.lower()
        if key in seen and is_label(cell.text):
            return True
        seen.add(key)
    return False


def is_label(text: str) -> bool:
    """A short title, no sentence ("Health waiting times", "Preparing for adulthood")."""
    return len(text.split()) <= LABEL_WORDS and not TERMINAL.search(text)


ANSWER_WORDS = 4  # a two-column table's answer cell: "Improving", "Not sufficient progress"


def short_answers(lines: list[Line | None], index: int) -> list[str]:
    """The short last cells of the two-cell rows from ``index`` on, longest first: a ruled table's column
    of answers ("Sufficient progress", "Not yet improving"), which the text may glue to a row's first cell
    without its " | "."""
    found: set[str] = set()
    for line in takewhile(lambda line: line is not None, lines[index:index + 2 * MAX_ROWS]):
        row = line.text.split(CELL)
        if len(row) == 2 and 0 < len(row[1].split()) <= ANSWER_WORDS and not TERMINAL.search(row[1].strip()):
            found.add(" ".join(row[1].split()))
        elif len(row) > 2 and all(cell_kinds.is_verdict(cell) for cell in row[-2:]):
            # a wider row's verdicts ("Good progress | Green", "Sufficient progress | -"): its last cells together
            found.add(" ".join(" ".join(row[-2:]).split()))
    return sorted(found, key=len, reverse=True)


def glued_head(line: Line, answers: list[str]) -> Found | None:
    """A row of the table whose separator the text lost ("The weak use of data Improving"): its first cell,
    when the line ends with one of the table's answers and what is before it is a cell's worth of words."""
    text = line.text.rstrip()
    for answer in answers:
        if len(text) > len(answer) and text.endswith(answer) and text[-len(answer) - 1] == " ":
            head = text[:-len(answer)].rstrip()
            if len(head.split()) < 3 or TERMINAL.search(head):
                return None
            return Found(line.page, line.start, line.start + len(head), collapse(head))
    return None


def numbered_head(line: Line, answers: list[str]) -> Found | None:
    """A glued row of a table whose first column only numbers the rows ("3 The weak use of data Good progress
    Green"): its findings cell, past the number."""
    head = glued_head(line, answers)
    number = ROW_NUMBER.match(head.text) if head is not None else None
    if number is None or len(head.text[number.end():].split()) < 3:
        return None
    return Found(head.page, head.start + number.end(), head.end, head.text[number.end():])


def header_above(lines: list[Line | None], index: int) -> bool:
    """The line just above the rows (or the two above, a header wrapped) names weaknesses. A line right below a
    row is that row's last cell wrapped ("...; monthly" / "Improvement Board; ..."), never a header."""
    above: list[str] = []
    for k in range(index - 1, max(-1, index - 1 - HEADER_LINES), -1):
        if lines[k] is None or k and lines[k - 1] is not None and CELL in lines[k - 1].text:
            break
        above.insert(0, lines[k].text)
        if header_names(" ".join(above)):
            return True
    return False


def improvement_column(line: Line) -> list[int]:
    """A header row of strengths beside what must improve ("What is working well | What needs to improve"): the
    improvement column's index, or none."""
    if "well" not in line.text and "trength" not in line.text:
        return []
    row = [cell.strip() for _, cell in cells(line)]
    if not any(cues.STRENGTHS_CELL.match(cell) for cell in row):
        return []
    return [k for k, cell in enumerate(row) if cues.IMPROVE_CELL.match(cell)][:1]


PAGE_GAP = 3  # blank lines (a page break among them) between a table and its rows on the next page
WRAPPED_LINES = 2  # a row's last cell wrapped below it, before the next row on the same page
RUNNING_LINES = 2  # a running header left at the next page's top ("Council - Committee 7 May", "Page 2")


def continues_table(lines: list[Line | None], previous: tuple[int, int, int, bool], index: int, width: int) -> bool:
    """These rows go on with the table read last, with as many cells: on the same page, after at most two
    lines a row's last cell wrapped onto; or on the next page, with only blank lines, the page break and
    at most a running header (lines without end punctuation at the new page's top) between."""
    end, _, cells_before, _ = previous
    last = lines[end - 1]
    if width != cells_before or last is None:
        return False
    if lines[index].page == last.page:  # the row above wrapped its last cell onto a line of its own
        return index - end <= WRAPPED_LINES and all(line is not None and CELL not in line.text
                                                    for line in lines[end:index])
    if lines[index].page != last.page + 1:
        return False
    between = [line for line in lines[end:index] if line is not None]
    return index - end - len(between) <= PAGE_GAP and len(between) <= RUNNING_LINES and all(
        line.page == lines[index].page and not TERMINAL.search(line.text) and not line.text.endswith(":")
        and CELL not in line.text for line in between)


def labelled_rows(lines: list[Line | None]) -> list[Found]:
    """Lines opening with the kind of finding they state: the first sentence after the label."""
    out: list[Found] = []
    width = typical_width(lines)
    for index, line in enumerate(lines):
        if line is None or not line.text[:1].isupper():
            continue
        label = LABEL.match(line.text)
        if not label or headed.finding_below(lines, index, width):
            continue  # (a heading over the paragraph that states the finding: ``headed``'s to read)
        rest = line.text[label.end():]
        first = SENTENCE_SPLIT.split(rest, maxsplit=1)[0].split(CELL)[0].rstrip()
        if len(first.split()) < 4:
            continue
        start = line.start + label.end()
        row = Found(line.page, start, start + len(first), collapse(first))
        below = lines[index + 1] if index + 1 < len(lines) else None
        if first == rest.rstrip() and not TERMINAL.search(first) and below is not None \
                and (below.text[:1].islower() or DANGLING.search(first)):
            row = wrapped_on(lines, index, row)  # the sentence goes on on the lines below (a title would not)
        if NEUTRAL_SPEAKER.search(label.group(0)):  # "What inspectors found:" may be praise: the row must judge
            out.extend(weigh(lines, index, [row], "intro:told", decide.TOLD))
        elif below is not None and CELL in below.text and below.page == line.page:
            # a heading spanning a ruled table over its section's rows ("Priority action 1: Joint strategy" over
            # "1.1 | Agree ... | Director | June | A"): the area's title, a restatement when it is given in full
            out.extend(weigh(lines, index, [row], "table:section-heading", decide.NAMES_WEAKNESS))
        else:
            out.extend(weigh(lines, index, [row], "row:labelled-as-weakness", decide.NAMES_WEAKNESS))
    return out


WRAP_LINES = 4  # lines a labelled sentence may wrap onto
NEUTRAL_SPEAKER = re.compile(r"\b(?:said|says|found|finds|identified)\b", re.IGNORECASE)


def wrapped_on(lines: list[Line | None], index: int, row: Found) -> Found:
    """A labelled row's sentence carried on over the lines below it (a PDF's wrapped paragraph), up to
    where it ends; a line that opens a label or a marker of its own ends it first."""
    parts, end, above = [row.text], row.end, lines[index]
    for below in lines[index + 1:index + 1 + WRAP_LINES]:
        if below is None or below.page != row.page or LABEL.match(below.text) or FIELD_LABEL.match(below.text) \
                or ends_item(above, below):
            break
        above = below
        sentence = SENTENCE_SPLIT.split(below.text, maxsplit=1)[0]
        parts.append(sentence)
        end = below.start + len(sentence.rstrip())
        if TERMINAL.search(sentence.rstrip()):
            break
    return Found(row.page, row.start, end, collapse(" ".join(parts)))


# "What we have done: ...", "Progress: ...": the next labelled paragraph of the row
FIELD_LABEL = re.compile(r"^[A-Z][\w’' ]{2,40}:\s")


def cell_paragraphs(lines: list[Line | None]) -> list[Found]:
    """A web page's table, one cell a paragraph: after a header cell naming weaknesses and the other
    header cells, each row's first cell, while the other cells of each row are short."""
    texts = [(k, line) for k, line in enumerate(lines) if line is not None]
    out: list[Found] = []
    for position, (index, line) in enumerate(texts):
        if not header_names(line.text):
            continue
        # (a reference column may come first; the reading that falls into the most rows is the table's)
        rows = max((table_rows(texts, position, columns, lead) if position >= lead else []
                    for columns, lead in COLUMN_READINGS), key=len)
        if rows:
            found = [Found(cell.page, cell.start, cell.end, collapse(cell.text)) for cell in rows]
            out.extend(weigh(lines, index, found, "table:header-names-weakness", decide.NAMES_WEAKNESS))
    return out


def strength_cell_pairs(lines: list[Line | None]) -> list[Found]:
    """A web page's two-column table of strengths beside what must improve, one cell a paragraph ("What is working
    well" / "What needs to improve" / a strength / a finding / ...): the improvement column's cells, while each reads
    as a finding."""
    out: list[Found] = []
    texts = [(index, line) for index, line in enumerate(lines) if line is not None]
    for position, (index, line) in enumerate(texts[:-1]):
        if ("well" not in line.text and "trength" not in line.text) or len(line.text) > 40:
            continue
        after = texts[position + 1][1].text
        first = cues.STRENGTHS_CELL.match(line.text)
        if not (first and cues.IMPROVE_CELL.match(after) or cues.IMPROVE_CELL.match(line.text) and cues.STRENGTHS_CELL.match(after)):
            continue
        column = 1 if first else 0
        found: list[Found] = []
        for at in range(position + 2, len(texts) - 1, 2):
            row = [cell for _, cell in texts[at:at + 2]]
            cell = row[column]
            if any(not 3 <= len(each.text.split()) <= MAX_CELL_WORDS for each in row) \
                    or not cues.reads_as_finding(cell.text) or cues.reads_as_finding(row[1 - column].text):
                break
            found.append(Found(cell.page, cell.start, cell.end, collapse(cell.text)))
        if found:
            out.extend(weigh(lines, index, found, "table:column-names-improvement", decide.NAMES_WEAKNESS))
    return out


def starts_table(lines: list[Line | None], index: int) -> bool:
    """A web table's cells begin at ``index``: a header cell naming weaknesses over rows."""
    if lines[index] is None or not header_names(lines[index].text):
        return False
    texts = [(k, line) for k, line in enumerate(lines[index:index + 40], start=index) if line is not None]
    return any(table_rows(texts, 0, columns) for columns in (2, 3))


def table_rows(texts: list[tuple[int, Line]], header: int, columns: int, lead: int = 0) -> list[Line]:
    """The cells under the header cell at ``header`` (the ``lead``-th of ``columns`` header cells, "Ref. |
    What the report requires"), or none when the cells do not fall into rows: every row's other cells
    short, the header's other cells short labels."""
    if lead and not all(REFERENCE.match(cell.text) or cell_kinds.is_reference(cell.text) or header_names(cell.text)
                        for _, cell in texts[header - lead:header]):
        return []  # a column before the findings only numbers the rows ("Ref.", "No.", "Finding" over "Priority action 1")
    heads = texts[header - lead:header] + texts[header + 1:header + columns - lead]
    if len(heads) < columns - 1 or any(len(cell.text.split()) > MAX_OTHER_WORDS
                                       or TERMINAL.search(cell.text.rstrip().rstrip("?"))  # "Progress made?"
                                       and not REFERENCE.match(cell.text)  # "No."
                                       for _, cell in heads):
        return []
    # "Area for improvement / What we are doing": the other column holds responses, as long as the findings; so does
    # any other column beside a findings column that does not name findings itself ("What inspectors found / Where
    # we are now"): the header over the rows' first cells says what they are, the other only what answers them
    other = heads[0][1].text
    # (a line ending in a colon, "Inspectors told us that:", introduces a list under a heading: no header cell)
    responses = columns == 2 and (bool(RESPONSE_HEADER.search(other))
                                  or not header_names(other) and not other.rstrip().endswith(":"))
    rows: list[Line] = []
    kinds: set[bool] = set()  # whether the rows are rated: all rows of one table are alike
    at = header + columns - lead
    while at + columns <= len(texts):
        row = [cell for _, cell in texts[at:at + columns]]
        first, others = row[lead], row[:lead] + row[lead + 1:]
        if lead and not all(REFERENCE.match(cell.text) for cell in row[:lead]):
            break  # each row's reference ("PA1", "AFI 2", "3") before its finding
        if len(first.text.split()) < 3 or len(first.text.split()) > MAX_CELL_WORDS or REFERENCE.match(first.text):
            break  # (a cell that only numbers the row, "Priority action 1", is the reference column, not the findings)
        # a rating ("Amber", "Not sufficient progress", "The area has made sufficient progress") beside the finding;
        # the row's other cells may comment at a paragraph's length
        rated = all(len(cell.text.split()) <= MAX_CELL_WORDS for cell in others) \
            and any(RATING.match(cell.text) or cell_kinds.is_verdict(cell.text) for cell in others)
        answered = responses and all(len(cell.text.split()) <= MAX_CELL_WORDS for cell in others) \
            and (cues.reads_as_finding(first.text) or answered_in_council_voice(first, others)) \
            and not cues.is_response(first.text)
        # "Area for improvement | Lead partner | Target date": the other cells only say who or by when; beside a
        # lead, a column may note the position in a phrase ("Lead | Position at review": "Strategy agreed; ...")
        assigned = all(len(cell.text.split()) <= (MAX_OTHER_WORDS if columns - lead < 3 else MAX_JUDGEMENT_WORDS)
                       and not TERMINAL.search(cell.text) for cell in others) \
            and cues.reads_as_finding(first.text) and not cues.is_response(first.text)
        if not (rated or answered or assigned) or kinds and rated not in kinds:
            break
        kinds.add(rated)
        rows.append(first)
        at += columns
    return rows if len(rows) >= 2 else []


def answered_in_council_voice(first: Line, others: list[Line]) -> bool:
    """A row of a findings-and-response table whose answer speaks as the council ("We have opened two new
    provisions") and whose first cell does not: that cell is what the answer answers, a finding however it is
    worded ("The shortage of specialist places close to home.")."""
    return not cues.COUNCIL_VOICE.search(first.text) and all(cues.COUNCIL_VOICE.search(cell.text) for cell in others)


def glued_rows(lines: list[Line | None]) -> list[Found]:
    """A table whose cells the text joined with spaces: under a header line that names weaknesses in
    its first column and responses in the others, each following line (up to a blank one) is a row,
    and the row's first sentence, when it states a finding and the row goes on past it, is the item."""
    out: list[Found] = []
    for index, line in enumerate(lines):
        if line is None or not header_names(line.text):
            continue
        name = HEADER_NAMES.match(line.text)
        if not RESPONSE_HEADER.search(line.text, name.end()):
            continue
        found: list[Found] = []
        for row in takewhile(lambda below: below is not None, lines[index + 1:index + 1 + MAX_ROWS]):
            first, *rest = SENTENCE_SPLIT.split(row.text, maxsplit=1)
            if not rest or len(first.split()) > MAX_CELL_WORDS or not cues.reads_as_finding(first) \
                    or cues.is_response(first):
                break
            found.append(Found(row.page, row.start, row.start + len(first), collapse(first)))
        if len(found) >= 2:
            out.extend(weigh(lines, index, found, "table:header-names-weakness", decide.NAMES_WEAKNESS))
    return out


# A plain-text table whose column gap the text lost: "Significant weakness identified in 2019  Judgement at
# re-visit" over rows, each a block of lines whose first line ends with its rating ("... effectiveness is
# Sufficient progress" / "not accurate and does not drive improvement"): the finding is the block without it.
RATING_HEADER = re.compile(r"\b(?:judge?ments?|ratings?|rag|status|verdict|progress|outcome|assessment)\b[^.]*$",
                           re.IGNORECASE)
RATING_WORDS = 4  # a rating is at most this many words at a row's line end
ROW_NUMBER = re.compile(r"^(?:\d{1,2}|[a-h])[.)]?\s+(?=\w)")


def rating_at_end(text: str) -> int | None:
    """Where a rating that ends ``text`` begins, leaving at least three words before it."""
    words = list(re.finditer(r"\S+", text))
    for size in range(min(RATING_WORDS, len(words) - 3), 0, -1):
        at = words[-size].start()
        if RATING.match(text[at:]):
            return at
    return None


def rated_rows(lines: list[Line | None]) -> list[Found]:
    """Under a header line naming weaknesses then a rating column, each block of lines with a rating at the
    end of one of its lines: the block's words without the rating, joined across its wrapped lines."""
    out: list[Found] = []
    for index, line in enumerate(lines):
        if line is None or not header_names(line.text) or not (name := HEADER_NAMES.match(line.text)) \
                or not RATING_HEADER.search(line.text, name.end()):
            continue
        rows: list[list[tuple[Line, int]]] = []  # each row's lines, with where its rating begins (or the end)
        fresh = True  # after a blank line (or the header) only a rated line goes on with the table
        for below in lines[index + 1:index + 1 + 4 * MAX_ROWS]:
            if below is None:
                fresh = True
                continue
            cut = rating_at_end(below.text)
            if cut is not None:
                rows.append([(below, cut)])  # a rated line opens a row
            elif fresh or not rows:
                break  # a paragraph after the table
            else:
                rows[-1].append((below, len(below.text)))  # the row's cell wrapped onto this line
            fresh = False
        found = []
        for row in rows:  # (the quote spans the rating beside the first line; the text leaves it out)
            words = [line.text[:cut].rstrip() for line, cut in row]
            first, last = row[0][0], row[-1][0]
            number = ROW_NUMBER.match(words[0])
            text = collapse(" ".join(words))[number.end() if number else 0:]
            if len(SENTENCE_SPLIT.split(text)) > 1:
                break  # a cell of more than one sentence: other columns glued on (``glued_rows``)
            start = first.start + (number.end() if number else 0)
            found.append(Found(first.page, start, last.start + len(words[-1]), text))
        if len(found) >= 2:
            out.extend(weigh(lines, index, found, "table:header-names-weakness", decide.NAMES_WEAKNESS))
    return out


# A row of an unruled table opening with a finding's code and its text ("AfPA 1 Leaders must ...", "SW2 The weak
# ..."), a whole code, not an action's ("AfPA 1.2").
CODED_ROW = re.compile(r"^(?:af(?:pa|i)|apa|sw|asw|aosw|aoc)\s?\d{1,2}(?![.\d])\s+(?=[A-Za-z])", re.IGNORECASE)
# ... or with its number alone, in a one-column table of findings ("1 Leaders should ...").
NUMBERED_ROW = re.compile(r"^\d{1,2}\s+(?=[A-Z])")
TRAILING_CELL_WORDS = 3  # a later cell wrapped onto its own line below the row ("Section A", "Lead: DCS")
CODED_WRAP = 5  # lines a coded row's text may wrap onto


def coded_rows(lines: list[Line | None]) -> list[Found]:
    """An unruled table whose rows open with the codes of findings, under a header naming findings ("Ref Finding
    PAP section"): each row's text after its code, over the lines it wraps onto, up to a short later cell, the next
    code or a blank line."""
    out: list[Found] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        above = lines[index - 1] if index else None
        if line is None or above is None or not (row_code := CODED_ROW if CODED_ROW.match(line.text)
                                                 else NUMBERED_ROW if NUMBERED_ROW.match(line.text)
                                                 and line.text.startswith("1 ") else None) \
                or row_code.match(above.text) or cell_kinds.named_by(above.text, "", []) != "header" \
                or len(above.text.split()) > MAX_HEADER_WORDS or TERMINAL.search(above.text):
            index += 1
            continue
        found: list[Found] = []
        header = index - 1
        while index < len(lines) and lines[index] is not None and (code := row_code.match(lines[index].text)):
            first = lines[index]
            parts, end = [first.text[code.end():].rstrip()], first.start + len(first.text.rstrip())
            index += 1
            for below in lines[index:index + CODED_WRAP]:
                if TERMINAL.search(parts[-1]) or below is None or below.page != first.page \
                        or row_code.match(below.text) or CELL in below.text:
                    break  # (the row's sentence ended: what follows is a later cell or the next paragraph)
                index += 1
                if len(below.text.split()) <= TRAILING_CELL_WORDS and not TERMINAL.search(below.text):
                    break  # the row's later cell
                parts.append(below.text.strip())
                end = below.start + len(below.text.rstrip())
            start = first.start + code.end()
            found.append(Found(first.page, start, end, collapse(" ".join(parts))))
            while index < len(lines) and lines[index] is not None and CELL not in lines[index].text \
                    and len(lines[index].text.split()) <= TRAILING_CELL_WORDS and not TERMINAL.search(lines[index].text):
                index += 1  # the row's later cell ("Section A") before the next row
        if not found:
            index = header + 2  # (never stays put)
            continue
        if row_code is NUMBERED_ROW and (not all(cues.reads_as_finding(row.text) for row in found)
                                         or RATING_HEADER.search(lines[header].text)):
            continue  # numbered rows are findings only when each reads as one (rated rows are ``rated_rows``')
        if len(found) >= 2:
            out.extend(weigh(lines, header, found, "table:header-names-weakness", decide.NAMES_WEAKNESS))
    return out
