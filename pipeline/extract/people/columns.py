"""Attendance blocks set in columns, read cell by cell.

A PDF's text layer gives a table without rules as lines, the gap between its
columns folded to one space ("Councillor C Brancepeth S Lumley", "Owen Garside
Colin Marsh - Head of SEND", "Councillor Jo Bloggs Opposition group
representative"). One step, ``grids``, finds every such block on a page and
cuts each of its rows into cells, from the label over the block and the shapes
of the names in its rows; one reader, ``read_cell``, reads the name a cell
opens with. The layouts:

- ``labelled``: two columns under a header that labels both ("Councillors:
  Officers:"), each a name, perhaps its role; each column's kind is its label's.
- ``names``: councillors' names alone set in columns, under a heading of their
  own ("COUNCILLORS", "Members present", a line ending "and Councillors:"), a
  plural title opening the first row ("Councillors C Brancepeth S Lumley") or a
  header of parties' names. Initials open each name ("L. Bowmaker J.
  Hutchinson"); rows of four words are two full names; short rows of single
  words are surnames where the page says so (the list ends "X and Y", or a row's
  word is titled a councillor elsewhere, or a party column holds one).
- ``pairs``: two titled names a row ("Councillor Jo Bloggs (Chair) Councillor Sam
  Okafor"), where a row's second name may lack the title ("Councillor Ann Wren
  Toby Marsh (Co-optee)"): the first name then holds two words.
- ``titled``: three or more lines in a row that each open with a name and name a
  job ("Ann Banks Project Manager, ..."), with or without a label: the name's
  cell ends where the next cell opens in sentence case ("Councillor Jo Bloggs |
  Opposition group representative").
- ``posts``: three or more lines in a row that each close with a titled name
  after the post it fills ("Headteacher, maintained primary | Mrs Jo Bloggs
  (Chair)"), as a forum's or a board's membership by category is set.

Where no cell boundary is known (a titled row whose job opens with capitals), a
row is one cell and the readers of names find where the name ends.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.extract.people.finders import (
    ATTENDANCE_RE,
    BLANKS_RE,
    HONORIFIC,
    HONORIFIC_RE,
    ITEM_NUMBER_RE,
    LABELS,
    PARTIES,
    ROLE_IN_BRACKETS_RE,
    titles_on_page,
    SPACES_TABS_RE,
    Mention,
    read_name_after,
)
from pipeline.extract.people.attendance import WRAPPED_ROW
from pipeline.extract.people.lexicon import ATTENDANCE_LABELS, PARTY_WORDS
from pipeline.extract.people.names import NAME_WORD, clean_name, word_class
from pipeline.extract.people.roles import CONNECTORS, ROLE_START


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    kind: str | None = None  # its column's label's kind ("member", "officer")
    outside: bool = False  # tagged as a co-optee or a church's representative ("(Co-optee)")


@dataclass(frozen=True)
class Grid:
    layout: str  # "labelled", "names", "pairs", "titled" or "posts"
    rows: tuple[tuple[Cell, ...], ...]

    @property
    def start(self) -> int:
        return self.rows[0][0].start

    @property
    def end(self) -> int:
        return self.rows[-1][-1].end

    @property
    def cells(self) -> tuple[Cell, ...]:
        return tuple(cell for row in self.rows for cell in row)


# asked for the cells, the cuts, the regions of one page, and again for its roles once every page is read
@functools.lru_cache(maxsize=256)
def grids(text: str) -> tuple[Grid, ...]:
    """Every block of columns on a page, each row cut into cells."""
    return labelled_grids(text) + names_grids(text) + pairs_grids(text) + titled_grids(text) + posts_grids(text)


def cuts(text: str) -> list[int]:
    """Where each cell starts: a run of words across such a place is two cells' words."""
    return sorted({cell.start for grid in grids(text) for cell in grid.cells})


def labelled_cells(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, kind) of each cell of a labelled block: an attendance region of its own."""
    return [(c.start, c.end, c.kind) for g in grids(text) if g.layout == "labelled" for c in g.cells]


def titled_spans(text: str) -> list[tuple[int, int]]:
    return [(g.start, g.end) for g in grids(text) if g.layout == "titled"]


def cell_roles(text: str) -> dict[int, str]:
    """Where a name's cell starts -> the role its row gives it in another cell: the job after it in a titled
    row cut in two, the post before it in a row of posts."""
    roles = {}
    for grid in grids(text):
        for row in grid.rows if grid.layout in ("titled", "posts") else ():
            if len(row) == 2:
                name, role = row if grid.layout == "titled" else reversed(row)
                roles[name.start] = " ".join(text[role.start:role.end].split()).strip(" |")
    return roles


def row_starts(text: str) -> frozenset[int]:
    """Where the name of a titled grid's row opens: a month's name there opens a name ("June Bloggs Senior
    Teacher")."""
    return frozenset(row[0].start for g in grids(text) if g.layout == "titled" for row in g.rows)


# ---------------------------------------------------------------- one reader of cells


def read_cell(text: str, cell: Cell) -> tuple[int, int, str | None, list[str], str | None] | None:
    """The name a cell opens with: (start, end, title, words, tag in brackets), read no further than the
    cell's end."""
    pos = SPACES_TABS_RE.match(text, cell.start).end()
    title = None
    if (honorific := HONORIFIC_RE.match(text, pos, cell.end)) is not None:
        title = honorific.group(0).rstrip(".")
        pos = SPACES_TABS_RE.match(text, honorific.end()).end()
    if (inverted := INVERTED_NAME_RE.match(text, pos, cell.end)) is not None:
        initials = inverted.group("initials").rstrip()
        end, words = inverted.start("initials") + len(initials), [*initials.split(), inverted.group("word")]
    elif (name := read_name_after(text, pos, cell.end)) is not None:
        end, words = name
    else:
        return None
    tag = ROLE_IN_BRACKETS_RE.match(text, end, cell.end)
    return pos if title is None else honorific.start(), end, title, words, tag.group(0).strip()[1:-1].strip() if tag else None


def cell_mentions(page: int, text: str) -> tuple[list[Mention], list[Mention]]:
    """The people of the cells of names, pairs and labelled grids, as (mentions of names and pairs grids, of
    labelled ones): a names grid's cell is a councillor, a pairs grid's cell has the title written in it,
    either a co-optee when its tag says so; a labelled cell takes its column's kind."""
    names, labelled = [], []
    for grid in grids(text):
        if grid.layout not in ("names", "pairs", "labelled"):
            continue  # titled names and posts' names are read where the name reads (the cells give their role)
        for cell in grid.cells:
            read = read_cell(text, cell)
            if read is None:
                continue
            start, end, title, words, tag = read
            if grid.layout == "labelled":
                labelled.append(Mention(page, start, end, clean_name(" ".join(([title] if title else []) + words)),
                                        honorific=title, source="columns", hint=cell.kind))
                continue
            title = title or (None if cell.outside or grid.layout == "pairs" else "Councillor")
            mention = Mention(page, start, end, clean_name(" ".join(([title] if title else []) + words)),
                              honorific=title, source="councillors" if grid.layout == "names" else "columns",
                              hint="other" if cell.outside else None)
            if tag and not cell.outside:
                mention.role = tag
            names.append(mention)
    return names, labelled


# ---------------------------------------------------------------- labelled: two columns under two labels


# An attendance block set in two columns under a header that labels both ("Councillors: Officers:",
# "Members Present  Officers in attendance"): each row reads "Jo Bloggs (Chair) Sam Okafor - Head of SEND".
# (Two labels, not one read as two: a colon after the first, or a second that opens a label of its own,
# "Members Present Officers Present", never "Members in attendance" or "Co-opted Members Present".)
TWO_COLUMN_HEADER_RE = re.compile(rf"(?im)^[ \t]*(?P<a>{LABELS})(?:[ \t]*:[ \t]*|[ \t]+(?=officers|also))"
                                  rf"(?P<b>{LABELS})[ \t]*:?[ \t]*$")
# A row's first cell: a name of two words (a title and initials before the surname allowed), its role in
# brackets; the second cell opens with a capital after it.
LEFT_CELL_RE = re.compile(rf"[ \t]*(?:{HONORIFIC}\.?[ \t]+)?(?:(?:[A-Z]\.?[ \t]+)+[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?"
                          r"|[A-Z][a-z'’-]+[ \t]+[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?)(?:[ \t]*\([^()\n]{1,40}\))?")
RIGHT_ROLE_RE = re.compile(r"[ \t]+[-–—,][ \t]")  # a cell's name, then its role set off
TWO_COLUMN_ROWS = 30  # rows read under such a header


def labelled_grids(text: str) -> tuple[Grid, ...]:
    """A two-column block under a header that labels both columns: the left column's kind is its first
    label's, the right's the second's ("Councillors" members, "Officers" officers). A row of one cell is the
    left column's, or the right's if its name has a role set off after it (the columns need not be as long
    as each other)."""
    if not ("fficers" in text or "FFICERS" in text or "lso" in text or "LSO" in text):
        return ()  # the header's second label is the officers' or those also present: a cheap first look
    found = []
    for header in TWO_COLUMN_HEADER_RE.finditer(text):
        left_kind = ATTENDANCE_LABELS[header.group("a").lower()]
        right_kind = ATTENDANCE_LABELS[header.group("b").lower()]
        if left_kind != "member" or right_kind not in ("officer", None):
            continue  # councillors on the left, officers or others attending on the right
        rows: list[tuple[Cell, ...]] = []
        pos = header.end() + 1
        for _ in range(TWO_COLUMN_ROWS):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            line = text[pos:end]
            if not line.strip() or ATTENDANCE_RE.match(line) or ITEM_NUMBER_RE.match(line):
                break
            left = LEFT_CELL_RE.match(text, pos, end)
            if not left:
                break
            rest = text[left.end():end]
            if rest.strip() and rest[:1] in " \t" and rest.lstrip()[:1].isupper() and not RIGHT_ROLE_RE.match(rest):
                rows.append((Cell(pos, left.end(), left_kind), Cell(left.end(), end, right_kind)))
            elif RIGHT_ROLE_RE.match(rest):
                rows.append((Cell(pos, end, right_kind),))  # "Sam Okafor - Head of SEND" alone: the right column
            elif not rest.strip():
                rows.append((Cell(pos, end, left_kind),))
            else:
                break
            pos = end + 1
            if pos >= len(text):
                break
        if rows:
            found.append(Grid("labelled", tuple(rows)))
    return tuple(found)


# ---------------------------------------------------------------- names: councillors' names in columns


# What a grid of councillors' names stands under: a heading line of its own ("COUNCILLORS", "County
# Councillors", "Members present", "Attendance", "Present") or a line that ends with "Councillors:" ("... in
# the Chair; and Councillors:"); a table of names may come out one cell to a paragraph, blank lines between.
NAMES_HEADING_RE = re.compile(r"(?im)^(?:(?P<councillors>[^\n]*\bcouncillors(?:[ \t]+present)?"
                              r"|[ \t]*(?:(?:county|borough|city|district|parish|town|committee)[ \t]+)?members(?:[ \t]+present)?)"
                              r"|[ \t]*(?:attendance|present))[ \t]*:?[ \t]*\n(?:[ \t]*\n)*")
# ... or a label that opens the grid's first row, the label a left column of its own: "Councillors: Peter Ash
# Rosa Birch", "Members: ...", the plural title alone "Councillors C Brancepeth S Lumley".
NAMES_LABEL_RE = re.compile(r"(?im)^[ \t]*(?:councillors[ \t]*:?|members[ \t]*:)[ \t]*(?=[A-Z])")
# ... or a header line of parties' names alone ("LABOUR CONSERVATIVE LIBERAL DEMOCRAT AND INDEPENDENT").
PARTY_HEADER_RE = re.compile(rf"(?im)^[ \t]*(?:(?:{PARTIES}|and|&|group|party|the)(?:[ \t]+|(?=\n)|$))+\n")
# A row's name: initials perhaps, a name's word, its tag in brackets; "and" before the list's last.
ROW_NAME_RE = re.compile(rf"[ \t]*(?P<and>and[ \t]+)?(?:(?P<initials>(?:[A-Z]\.?[ \t]*){{1,2}}?)[ \t]+)?(?P<word>{NAME_WORD})"
                         r"(?P<tag>[ \t]*\([^()\n]{1,30}\))?(?=[ \t.]|\n|$)")
# ... or written surname first, the initials after a comma ("Acklington, P. Longhorsley, A."): a row of such
# names is cut at each name whatever its length, the comma and the initials marking where each ends.
INVERTED_NAME = rf"(?P<word>{NAME_WORD}),[ \t]+(?P<initials>(?:[A-Z]\.[ \t]*){{1,3}})"
INVERTED_NAME_RE = re.compile(INVERTED_NAME)
INVERTED_ROW_NAME_RE = re.compile(rf"[ \t]*(?P<and>and[ \t]+)?{INVERTED_NAME}(?P<tag>[ \t]*\([^()\n]{{1,30}}\))?(?=[ \t]|\n|$)")
NAMES_ROWS = 20  # rows read under such an intro
OUTSIDE_TAG_RE = re.compile(r"(?i)co-?opt|parent\s+governor|diocese|church|independent")


def _row(text: str, pos: int, pattern: re.Pattern = ROW_NAME_RE) -> tuple[list[re.Match], int] | None:
    """A row's names and the line's end; None unless the line is wholly such names ("and" only before the
    last, a full stop only at the end)."""
    end = text.find("\n", pos)
    end = len(text) if end == -1 else end
    names, cursor = [], pos
    while cursor < end and (name := pattern.match(text, cursor, end)):
        names.append(name)
        cursor = name.end()
    rest = text[cursor:end].strip()
    if not names or (rest and rest != ".") or any(n.group("and") for n in names[:-1]) \
            or any(word_class(n.group("word")) != "name" for n in names):
        return None
    return names, end


def names_grids(text: str) -> tuple[Grid, ...]:
    """Grids of councillors' names (see the module's docstring)."""
    if not ("ouncillors" in text or "embers" in text or "resent" in text or "ttendance" in text
            or "OUNCILLORS" in text or "EMBERS" in text or "RESENT" in text or "TTENDANCE" in text) \
            and not PARTY_HEADER_RE.search(text):
        return ()
    # what the intro says the names are: "councillors" (or members), "attendance" (those present), "party"
    intros = [(m.end(), "councillors" if m.group("councillors") or "ember" in m.group(0).lower() else "attendance")
              for m in NAMES_HEADING_RE.finditer(text)]
    intros += [(m.end(), "councillors") for m in NAMES_LABEL_RE.finditer(text)]
    intros += [(m.end(), "party") for m in PARTY_HEADER_RE.finditer(text)
               if len([w for w in m.group(0).split() if w.lower() in PARTY_WORDS]) >= 2]
    found = []
    for pos, intro in sorted(intros):
        rows = []
        inverted = intro != "party" and _row(text, pos, INVERTED_ROW_NAME_RE) is not None
        pattern = INVERTED_ROW_NAME_RE if inverted else ROW_NAME_RE
        while len(rows) < NAMES_ROWS and pos < len(text) and text[pos] != "\n" and (row := _row(text, pos, pattern)):
            rows.append(row[0])
            pos = row[1] + 1
            if row[0][-1].group("and") or text[row[0][-1].end():row[1]].strip() == ".":
                break  # the list's last line
            if text.startswith("\n", pos) and len(row[0]) == 1 and intro == "councillors":
                pos = BLANKS_RE.match(text, pos).end()  # one cell to a paragraph: on past the blank line
        cut = [[[n] for n in r] for r in rows] if inverted else _cut(text, rows, intro)
        if cut:
            found.append(Grid("names", tuple(tuple(_name_cell(name) for name in row) for row in cut)))
    return tuple(found)


def _name_cell(name: list[re.Match]) -> Cell:
    first, last = name[0], name[-1]
    tag = last.group("tag")
    return Cell(min(first.start("initials"), first.start("word")) if first.group("initials") else first.start("word"),
                last.end(), "member",
                bool(tag and OUTSIDE_TAG_RE.search(tag)))


Row = list[re.Match]


def _cut(text: str, rows: list[Row], intro: str) -> list[list[Row]] | None:
    """Each row's names cut into people (each person the list of the row's names that make the name), or
    None when the rows cannot be cut with confidence (the other readers then read them)."""
    initialled = [bool(n.group("initials")) for r in rows for n in r]
    singles = [[[n] for n in r] for r in rows]
    if intro == "party":
        # surnames under parties' names (initials allowed), where a line of one name shows the columns hold
        # no given names ("Jo Bloggs Sam Stanworth" cannot be cut by its columns)
        return singles if any(len(r) == 1 for r in rows) else None
    if all(initialled):
        return singles if intro == "councillors" and len(initialled) >= 2 else None
    if any(initialled) or len(rows) < 2:
        return None
    sizes = [len(r) for r in rows]
    if 4 in sizes and all(n in (2, 4) for n in sizes) and not rows[-1][-1].group("and"):
        pairs = [[r[i:i + 2] for i in range(0, len(r), 2)] for r in rows]
        return None if any(pair[0].group("tag") for row in pairs for pair in row) else pairs  # a tag after a given name
    if all(n <= 3 for n in sizes) and sum(n >= 2 for n in sizes) >= 2 and (
            rows[-1][-1].group("and") or any(re.search(rf"\bCouncillors?[ \t]+{r[0].group('word')}\b(?![ \t]+[A-Z])", text)
                                             for r in rows)):
        return singles
    return None


# ---------------------------------------------------------------- pairs: two titled names a row


# A name in a row of pairs: initials and a surname, or a given name and a surname, its tag in brackets.
PAIR_NAME = rf"(?:(?:[A-Z]\.?[ \t]+){{1,3}}{NAME_WORD}|{NAME_WORD}[ \t]+{NAME_WORD})(?:[ \t]*\([^()\n]{{1,30}}\))?"
PAIR_TITLED = rf"{HONORIFIC}\.?[ \t]+{PAIR_NAME}"
PAIR_ROW_RE = re.compile(rf"(?m)^[ \t]*(?P<a>{PAIR_TITLED})[ \t]+(?P<b>(?P<title>{HONORIFIC}\.?[ \t]+)?{PAIR_NAME})[ \t]*$")
PAIR_WORDS_RE = re.compile(NAME_WORD)
TAG_RE = re.compile(r"\([^()\n]*\)")


def pairs_grids(text: str) -> tuple[Grid, ...]:
    """Two or more lines in a row of two titled names each, one row at least with both titled: each name one
    cell. A name's words must be a name's (no job or body word)."""
    if "ouncillor" not in text and "Cllr" not in text:
        return ()  # the grids of pairs seen are councillors' (membership lists): a cheap first look
    blocks, run, titled = [], [], False
    for row in list(PAIR_ROW_RE.finditer(text)) + [None]:
        if row is not None and all(word_class(w) in ("name", "surname", "honorific")
                                   for w in PAIR_WORDS_RE.findall(TAG_RE.sub("", row.group(0)))):
            if run and row.start() == run[-1].end() + 1:
                run.append(row)
                titled = titled or bool(row.group("title"))
                continue
            if len(run) >= 2 and titled:
                blocks.append(Grid("pairs", tuple(_pair_cells(r) for r in run)))
            run, titled = [row], bool(row.group("title"))
            continue
        if len(run) >= 2 and titled:
            blocks.append(Grid("pairs", tuple(_pair_cells(r) for r in run)))
        run, titled = [], False
    return tuple(blocks)


def _pair_cells(row: re.Match) -> tuple[Cell, Cell]:
    return tuple(Cell(row.start(k), row.end(k), outside=bool(OUTSIDE_TAG_RE.search(row.group(k)))) for k in "ab")


# ---------------------------------------------------------------- titled: a name, then its job


# A row of a grid of people: a name, then a title or an organisation in capitals ("Ann Bloggs Project Manager, ...",
# "Jo Bloggs | Headteacher, ..." where the text stage kept a ruled row's cells).
TITLED_ROW_RE = re.compile(r"[ \t]*(?:[•·▪*-][ \t]+)?(?P<name>)[A-Z][a-z'’-]+(?:[ \t]+[A-Z]\.?)?[ \t]+[A-Z][\w'’-]+[ \t]+(?:\|[ \t]+)?(?=[A-Z(])")
TITLED_ROWS = 3  # lines in a row that make such a grid
JOB_SPLIT_RE = re.compile(r"[\s/]+")


# A row's name (a title perhaps, then initials or given names and the surname), then the job's cell in
# sentence case: a capitalised word, then one in lower case that is no connector ("Councillor Jo Bloggs
# Opposition group representative"; not "... Adults and Health").
ROW_TITLE_RE = re.compile(rf"(?:{HONORIFIC}\.?[ \t]+)?")
ROW_WORD_RE = re.compile(r"(?P<word>[A-Z][\w'’.-]*)(?P<gap>[ \t]+)")
LOWER_NEXT_RE = re.compile(r"[a-z][\w'’-]*")


def _job_cell(text: str, start: int, end: int) -> int | None:
    """Where a titled row's job cell opens, when it opens in sentence case after a name of two words or
    more (each a name's word or an initial); None when the row does not show it."""
    pos = ROW_TITLE_RE.match(text, start, end).end()
    words = 0
    while (word := ROW_WORD_RE.match(text, pos, end)) is not None:
        lower = LOWER_NEXT_RE.match(text, word.end(), end)
        if lower and words >= 2 and lower.group(0) not in CONNECTORS:
            return word.start()
        if lower or word_class(word.group("word")) not in ("name", "initial"):
            return None  # a connector, or a word no name has: the name ended before (the readers find where)
        words += 1
        pos = word.end()
    return None


WRAP_WORDS = 4  # words a row's last cell wrapped onto a line of its own holds at most


def _wraps(row: str, line: str) -> bool:
    """Whether ``line`` is the last cell of the long ``row`` above it, wrapped: a few words, no label."""
    words = line.split()
    return len(row) >= WRAPPED_ROW and 0 < len(words) <= WRAP_WORDS and len(line) < WRAPPED_ROW \
        and not line.rstrip().endswith(":")


def _job_word(word: str) -> bool:
    """A job noun, also in the plural or behind a prefix: "Manager", "representatives",
    "Co-Headteacher"."""
    low = word.lower().strip(",;()")
    low = low.split("-", 1)[1] if "-" in low else low
    return low in ROLE_START or (low.endswith("s") and low[:-1] in ROLE_START)


def titled_grids(text: str) -> tuple[Grid, ...]:
    """Blocks of three or more lines in a row that each open with a name (perhaps after a bullet) and name
    a job ("Service Manager", "Head of ..."): a list of people with their titles, with or without a label
    over it; a long row's last cell may wrap onto a short line of its own ("... NHS Westshire" | "ICB"). A
    row is cut in two where its job's cell opens in sentence case (``_job_cell``); else it is one cell, and
    the readers of names find where the name ends."""
    blocks: list[Grid] = []
    run: list[tuple[Cell, ...]] = []
    pos, previous, wrapped = 0, "", False
    for line in text.split("\n") + [""]:
        start, pos = pos, pos + len(line) + 1
        row = TITLED_ROW_RE.match(line)
        if row is not None and any(_job_word(w) for w in JOB_SPLIT_RE.split(line[row.end():])):
            name_start, end = start + row.start("name"), start + len(line)
            cut = _job_cell(text, name_start, end)
            run.append((Cell(name_start, cut), Cell(cut, end)) if cut else (Cell(name_start, end),))
            previous, wrapped = line, False
            continue
        if run and not wrapped and _wraps(previous, line):
            wrapped = True  # the row above's last cell, wrapped: the rows may go on below
            continue
        if len(run) >= TITLED_ROWS:
            blocks.append(Grid("titled", tuple(run)))
        run, wrapped = [], False
    return tuple(blocks)


# ---------------------------------------------------------------- posts: a post, then the titled name filling it


# The titled name that closes a row, with its tag: "Mrs Alison Bloggs (Chair)".
POST_NAME_RE = re.compile(rf"{HONORIFIC}\.?[ \t]+(?:[A-Z]\.?[ \t]+)*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{0,2}}"
                          r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*")
# The post before it: capitalised, no separator of a list at its end ("Present: Mrs A Bloggs, Mr J ..." is a list).
POST_RE = re.compile(r"[ \t]*[A-Z][^\n]*?[^\s,;:&|-](?<!\band)[ \t]*\|?[ \t]*")
POST_ROWS = 3


def posts_grids(text: str) -> tuple[Grid, ...]:
    """Rows of a post, then the titled name of the person who fills it, three or more lines in a row."""
    rows: list[tuple[int, tuple[Cell, Cell]]] = []  # (the line's end, the row)
    for title in titles_on_page(text):
        line_end = text.find("\n", title.end())
        line_end = len(text) if line_end < 0 else line_end
        if not POST_NAME_RE.fullmatch(text, title.start(), line_end):
            continue  # most titles: a name in a sentence that goes on
        line_start = text.rfind("\n", 0, title.start()) + 1
        if line_start == title.start() or HONORIFIC_RE.match(text, SPACES_TABS_RE.match(text, line_start).end()) \
                or not POST_RE.fullmatch(text, line_start, title.start()):
            continue  # a name that opens its line, a row of two titled names, a list
        rows.append((line_end, (Cell(line_start, title.start()), Cell(title.start(), line_end))))
    blocks, run = [], []
    for line_end, row in rows + [(-1, None)]:
        if run and row is not None and row[0].start == run[-1][0] + 1:
            run.append((line_end, row))
            continue
        if len(run) >= POST_ROWS:
            blocks.append(Grid("posts", tuple(r for _, r in run)))
        run = [(line_end, row)] if row is not None else []
    return tuple(blocks)
