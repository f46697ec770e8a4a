"""Ruled tables read as rows, so that a row's cells stay together on one line.

PDFium gives a table's text in drawing order: a row whose cells wrap onto
several lines comes out with its cells on different lines ("06" / "David
Redgewell, South West" / "Transport Network and Railfuture" / "Severnside
Transport Issues"), and the structure reader can no longer tell which name
goes with which title.

Most pages that draw lines hold no such table (a frame, a box round a notice,
underlines, a logo), and pdfplumber's table finder, which parses the whole page
with pdfminer first, cost 120 s on the corpus's ruled pages against PDFium's
1.7 s for all their text. So the cells are found from what PDFium already
holds, cheapest test first:

1. ``page_rules``: PDFium's path objects, bounds only (raw calls, no Python
   object per path). A thin path is a rule; a rectangle is four; a path that
   draws several lines gives its straight ones.
2. ``could_be_grid``: at least three distinct rule positions across and three
   down. A frame has two of each, underlines none down; most pages stop here.
3. ``split_grids``: row lines (horizontal rules that join two vertical ones)
   cut the page into bands, the vertical rules crossing a band cut it into
   cells, consecutive bands of two cells or more are a table; PDFium's text
   runs (``text_runs``, one box per stretch of a line) say, with no text read
   yet, which rows PDFium splits (``_row_split``). Only tables with such a row go on.
4. Only the split rows' cells are read, each as PDFium's bounded text (``bounded.py``); the
   rows between them are read as PDFium reads them (already a row a line).
   The table's text is replaced where it stands in PDFium's page text, so
   running headers and footers keep their place at the page's edges. A
   rewrite that does not keep exactly the page's words is dropped and
   PDFium's text kept.

A split row is one line, cells joined by `` | ``. Measured on ../shared/corpus
(README, "Tables as rows"): of 2,795 PDF pages, 1,147 have a possible grid,
487 a split row, 363 are rewritten, for about 2.3 CPU s in all (about half of
PDFium's own time to open the files and read their text); pdfplumber's table
finder, on the 1,584 pages the old detector sent it, rewrote 350 for 135 s.
"""

from __future__ import annotations

import bisect
import ctypes
import re
from collections import Counter
from typing import NamedTuple

from pipeline.text.bounded import BoundedText

CELL_SEPARATOR = " | "
RULE_THICKNESS = 2.0  # points: a path thinner than this in one direction is a rule
MIN_EDGE = 3.0  # points: shorter paths are dots, bullets and glyph parts
RULE_INSET = 1.0  # points: text is read this far inside a row's rules (cells are padded more than that)
TOLERANCE = 3.0  # points: rules this close are one (pdfplumber's default snap tolerance)
MIN_ROWS = 2
MIN_COLUMNS = 2
# A cell with more words than this is a block of prose laid out in a box (a
# decision notice's "Decision taken" with its numbered list), not a table's
# cell: its own lines carry structure that one line a row would lose.
MAX_CELL_WORDS = 40
MAX_CELL_LINES = 6  # the same in lines, told from text runs before any text is read
# Pages drawing more paths than this are charts or maps, not tables a reader wants as rows.
MAX_PATHS = 2000
MAX_SEGMENTS = 64  # a table of ten rows and five columns drawn as one path has about 34
SPACE = re.compile(r"\s+")


# ---------------------------------------------------------------- rules from PDFium


Bounds = tuple[float, float, float, float]  # left, bottom, right, top in PDF units
Box = tuple[float, float, float, float]  # x0, top, x1, bottom: top-down, from the page's top


class Rule(NamedTuple):
    """A ruling line, top-down: "h" from x0 to x1 at top (= bottom), "v" from top to bottom at x0 (= x1)."""

    orientation: str
    x0: float
    top: float
    x1: float
    bottom: float


def _path_bounds(page) -> tuple[list[Bounds], list]:
    """(left, bottom, right, top) of every path on the page that may be a rule or a box,
    and the raw path objects that draw several lines at once (their segments are read).

    Raw calls: pypdfium2's ``get_objects`` makes a Python object per page
    object, which on the corpus costs as much as the page's text.
    """
    import pypdfium2.raw as pdfium_c

    raw, path_type = page.raw, pdfium_c.FPDF_PAGEOBJ_PATH
    get_object, get_type, get_bounds = pdfium_c.FPDFPage_GetObject, pdfium_c.FPDFPageObj_GetType, \
        pdfium_c.FPDFPageObj_GetBounds
    count_segments = pdfium_c.FPDFPath_CountSegments
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    bounds, drawings = [], []
    for index in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = get_object(raw, index)
        if get_type(obj) != path_type or not get_bounds(obj, left, bottom, right, top):
            continue
        box = (left.value, bottom.value, right.value, top.value)
        width, height = box[2] - box[0], box[3] - box[1]
        if width < MIN_EDGE and height < MIN_EDGE:
            continue
        if width > RULE_THICKNESS and height > RULE_THICKNESS and count_segments(obj) not in BOX_SEGMENTS:
            drawings.append(obj)  # a diagonal line, a curve, or several lines in one path
        else:
            bounds.append(box)
    return bounds, drawings


# A rectangle drawn with "re" or as move + three lines (+ close): its bounds are the box.
BOX_SEGMENTS = (4, 5)


def _segment_rules(obj, page_top: float) -> list[Rule]:
    """The horizontal and vertical straight lines of one path that draws several."""
    import pypdfium2.raw as pdfium_c

    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
        return []
    x, y = ctypes.c_float(), ctypes.c_float()
    rules, previous, start = [], None, None
    count = pdfium_c.FPDFPath_CountSegments(obj)
    if count > MAX_SEGMENTS:  # a chart's curve or a map's outline, not a table's lines
        return []
    for index in range(count):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, index)
        if not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
            return rules
        point = (matrix.a * x.value + matrix.c * y.value + matrix.e,
                 matrix.b * x.value + matrix.d * y.value + matrix.f)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_LINETO and previous is not None:
            rules += _line_rule(previous, point, page_top)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = point
        previous = point
        if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None:
            rules += _line_rule(point, start, page_top)
    return rules


def _line_rule(a: tuple[float, float], b: tuple[float, float], page_top: float) -> list[Rule]:
    (x0, y0), (x1, y1) = sorted([a, b])
    if abs(y1 - y0) <= 0.5 and x1 - x0 >= MIN_EDGE:
        return [Rule("h", x0, page_top - y0, x1, page_top - y0)]
    if abs(x1 - x0) <= 0.5 and abs(y1 - y0) >= MIN_EDGE:
        top, bottom = sorted((page_top - y0, page_top - y1))
        return [Rule("v", x0, top, x0, bottom)]
    return []


def page_rules(page, page_top: float) -> list[Rule]:
    """Ruling lines of a pypdfium2 ``page`` in top-down coordinates (``page_top - y``).

    A path thin in one direction is one rule along its middle; a rectangle is
    its four sides (as pdfplumber takes rectangles); a path drawing several
    lines gives its horizontal and vertical ones.
    """
    bounds, drawings = _path_bounds(page)
    if len(bounds) + len(drawings) > MAX_PATHS:
        return []
    rules = []
    for left, bottom, right, top in bounds:
        y0, y1 = page_top - top, page_top - bottom
        if top - bottom <= RULE_THICKNESS:
            middle = (y0 + y1) / 2
            rules.append(Rule("h", left, middle, right, middle))
        elif right - left <= RULE_THICKNESS:
            middle = (left + right) / 2
            rules.append(Rule("v", middle, y0, middle, y1))
        else:
            rules += [Rule("h", left, y0, right, y0), Rule("h", left, y1, right, y1),
                      Rule("v", left, y0, left, y1), Rule("v", right, y0, right, y1)]
    for obj in drawings:
        rules += _segment_rules(obj, page_top)
    return rules


def _distinct(values: list[float]) -> list[float]:
    """Sorted positions, values within TOLERANCE of the one before merged into it."""
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > TOLERANCE:
            out.append(value)
    return out


def could_be_grid(rules: list[Rule]) -> bool:
    """At least three rule positions each way: the least a two-by-two grid draws."""
    needed = MIN_ROWS + 1
    across = [r.top for r in rules if r.orientation == "h"]
    down = [r.x0 for r in rules if r.orientation == "v"]
    return len(across) >= needed and len(down) >= needed and \
        len(_distinct(across)) >= needed and len(_distinct(down)) >= needed


# ---------------------------------------------------------------- which tables PDFium splits


def text_runs(textpage, page_top: float) -> list[Box]:
    """PDFium's text runs (a line's stretch of text) in reading order, top-down boxes."""
    import pypdfium2.raw as pdfium_c

    count = pdfium_c.FPDFText_CountRects(textpage.raw, 0, -1)
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    get_rect, raw = pdfium_c.FPDFText_GetRect, textpage.raw
    runs = []
    for index in range(max(count, 0)):
        if get_rect(raw, index, left, top, right, bottom):
            runs.append((left.value, page_top - top.value, right.value, page_top - bottom.value))
    return runs


def _same_line(a: Box, b: Box) -> bool:
    """Whether two runs share a line: they overlap by half the shorter one's height."""
    return min(a[3], b[3]) - max(a[1], b[1]) > 0.5 * min(a[3] - a[1], b[3] - b[1])


def _lines(runs: list[Box]) -> int:
    """How many lines a cell's runs lie on."""
    return len(_distinct([r[3] for r in runs]))


def _row_split(row: list[list[Box]]) -> bool:
    """Whether PDFium puts a row's cells (each a list of text runs) on different lines:
    the cells do not start on one line, or a cell before the last wraps (PDFium
    reads a cell's lines before the next cell's)."""
    if len(row) < 2:
        return False
    firsts = [min(runs, key=lambda r: (r[1], r[0])) for runs in row]
    if not all(_same_line(firsts[0], other) for other in firsts[1:]):
        return True
    return any(_lines(runs) > 1 for runs in row[:-1])


class Grid(NamedTuple):
    """A ruled table: its box and its rows, each row its cells' boxes left to right
    (None for a cell that holds no text)."""

    bbox: Box
    rows: list[list[Box | None]]
    split: list[bool]  # per row: whether PDFium puts its cells on different lines


def _row_rules(rules: list[Rule]) -> tuple[list[float], list[Rule]]:
    """Positions of the horizontal rules that join two vertical ones (a grid's
    row lines, not an underline or a rule under a heading), and the vertical rules."""
    down = sorted((r for r in rules if r.orientation == "v"), key=lambda r: r.x0)
    xs = [r.x0 for r in down]
    across = set()
    for rule in {(r.x0, r.top, r.x1) for r in rules if r.orientation == "h"}:
        x0, top, x1 = rule
        joined = 0
        for v in down[bisect.bisect_left(xs, x0 - TOLERANCE):bisect.bisect_right(xs, x1 + TOLERANCE)]:
            if v.top - TOLERANCE <= top <= v.bottom + TOLERANCE:
                joined += 1
                if joined == 2:
                    across.add(top)
                    break
    return _distinct(list(across)), down


def _crossing(across: list[float], down: list[Rule]) -> list[list[float]]:
    """Per band between adjacent row lines, the x of the vertical rules that cross all of it."""
    xs: list[list[float]] = [[] for _ in across[1:]]
    for rule in down:
        first = bisect.bisect_left(across, rule.top - TOLERANCE)  # the first row line at or below its top
        for band in range(first, len(across) - 1):
            if across[band + 1] > rule.bottom + TOLERANCE:
                break
            xs[band].append(rule.x0)
    return [_distinct(band) for band in xs]


def split_grids(rules: list[Rule], runs: list[Box]) -> list[Grid]:
    """The boxed tables of a page whose rows PDFium splits, as grids of cells.

    Read from rule positions and PDFium's text runs, no text yet: bands between
    adjacent row lines, each cut into cells by the vertical rules that cross the
    whole band (so a merged cell is one cell); consecutive bands with two cells
    or more are a table. A table is kept when some row is split (``_row_split``):
    prose between rules fills one cell, most tables' rows are one line or wrap
    only in their last cell (which PDFium reads in order), and a table with a
    block of prose in a cell is not rewritten at all (``MAX_CELL_LINES``).
    """
    across, down = _row_rules(rules)
    crossing = _crossing(across, down)
    boxed = [len(xs) >= MIN_COLUMNS + 1 for xs in crossing]  # a left and a right side, a divider
    cells: dict[tuple[int, int], list[Box]] = {}
    for run in runs:
        band = bisect.bisect(across, (run[1] + run[3]) / 2) - 1
        if 0 <= band < len(boxed) and boxed[band]:
            column = bisect.bisect(crossing[band], (run[0] + run[2]) / 2) - 1
            if 0 <= column < len(crossing[band]) - 1:
                cells.setdefault((band, column), []).append(run)
    grids, first = [], None
    for band in range(len(boxed) + 1):
        if band < len(boxed) and boxed[band]:
            first = band if first is None else first
            continue
        if first is not None:
            bands = range(first, band)
            filled = [[cells[b, c] for c in range(len(crossing[b]) - 1) if (b, c) in cells] for b in bands]
            if sum(1 for row in filled if len(row) >= 2) >= MIN_ROWS and any(_row_split(row) for row in filled) \
                    and not any(_lines(cell) > MAX_CELL_LINES for row in filled for cell in row):
                rows = [[(xs[c], across[b], xs[c + 1], across[b + 1]) if (b, c) in cells else None
                         for c in range(len(xs) - 1)] for b in bands for xs in [crossing[b]]]
                left = min(crossing[b][0] for b in bands)
                right = max(crossing[b][-1] for b in bands)
                grids.append(Grid((left, across[first], right, across[band]), rows,
                                  [_row_split(row) for row in filled]))
        first = None
    return grids


# ---------------------------------------------------------------- rows from cells


def _words(text: str) -> Counter:
    return Counter(w for w in SPACE.split(text.replace(CELL_SEPARATOR.strip(), " ")) if w)


def _one_line(text: str) -> str:
    return SPACE.sub(" ", text).strip()


class _PdfiumText:
    """PDFium's text inside boxes given in top-down coordinates."""

    def __init__(self, textpage, page_top: float) -> None:
        self.read = BoundedText(textpage)
        self.page_top = page_top

    def box(self, x0: float, top: float, x1: float, bottom: float) -> str:
        # Inset from the rules: the descenders of the line just above a table reach past its
        # top rule, and PDFium's bounded text would take their letters ("p", "g") as the
        # table's, so that the table's text is no longer found in the page's.
        top, bottom = top + RULE_INSET, bottom - RULE_INSET
        if x1 <= x0 or bottom <= top:
            return ""
        return self.read(x0, self.page_top - bottom, x1, self.page_top - top)


LIST_ITEM = re.compile(r"^(\d+[.)]|\(?[a-z]{1,3}\)|[•\-–])\s")


def _cell_text(text: str) -> str:
    """A cell's wrapped lines joined; a label's line ("Decision taken", "Reasons:")
    and list items keep their own lines, which the structure reader reads."""
    lines = [_one_line(line) for line in text.splitlines() if line.strip()]
    out: list[str] = []
    for line in lines:
        if out:
            previous = out[-1]
            label = previous.endswith(":") or (
                len(previous.split()) <= 3 and previous[-1] not in ",;-" and line[:1].isupper() and " " in line
            )
            if not (label or LIST_ITEM.match(line)):
                out[-1] = f"{previous} {line}"
                continue
        out.append(line)
    return "\n".join(out)


def _row_line(cells: list[str]) -> str:
    """A row as one line (a cell's own labels and list items aside); empty cells at
    its end are dropped, inner ones kept for the columns."""
    cells = [_cell_text(c) for c in cells]
    while cells and not cells[-1]:
        cells.pop()
    return CELL_SEPARATOR.join(cells)


def _grid_lines(grid: Grid, pdfium_text: _PdfiumText) -> list[str] | None:
    """A grid's text: each split row one line of cells, the rows between them as
    PDFium reads them (already a row a line), or None when it is not a table worth
    rewriting (a cell of prose).

    Only the split rows' cells are read one by one: each read scans the page's
    characters, and most rows of most tables are not split.
    """
    x0, _, x1, _ = grid.bbox
    out, block = [], None  # block: top and bottom of the unsplit rows not yet read
    for row, split in zip(grid.rows, grid.split):
        boxes = [cell for cell in row if cell]
        if not boxes:
            continue
        top, bottom = boxes[0][1], boxes[0][3]
        if not split:
            block = (block[0], bottom) if block else (top, bottom)
            continue
        if block:
            out.append(pdfium_text.box(x0, block[0], x1, block[1]).strip("\r\n"))
            block = None
        cells = [pdfium_text.box(*cell) if cell else "" for cell in row]
        if any(len(c.split()) > MAX_CELL_WORDS for c in cells):
            return None
        out.append(_row_line(cells))
    if block:
        out.append(pdfium_text.box(x0, block[0], x1, block[1]).strip("\r\n"))
    return out


def table_rows_text(page_text: str, textpage, grids: list[Grid], page_bbox) -> str | None:
    """``page_text`` with the split rows of its ruled tables as rows, or None to keep it as it is.

    Each table's text is replaced where it stands in PDFium's text, so that
    everything else keeps PDFium's order: running headers and footers, which
    PDFium often reads first or last whatever their place on the paper, stay at
    the page's edges where the text stage removes them. A table whose text is
    not one stretch of PDFium's text (drawn in pieces among other text) is kept
    as PDFium reads it.

    ``grids`` are tables from ``split_grids`` in top-down coordinates measured
    from ``page_bbox``'s top (PDF units: left, bottom, right, top).
    """
    pdfium_text = _PdfiumText(textpage, page_bbox[3])
    text, changed = page_text, False
    for grid in grids:
        region = pdfium_text.box(*grid.bbox).strip()
        at = text.find(region) if region else -1
        if at < 0 or text.find(region, at + 1) >= 0:
            continue
        lines = _grid_lines(grid, pdfium_text)
        if lines is None:
            continue
        text = text[:at] + "\n".join(line for line in lines if line.strip()) + text[at + len(region):]
        changed = True
    if not changed or _words(text) != _words(page_text):
        return None
    return text


def grids_on_page(page, textpage) -> tuple[list, tuple]:
    """The ruled grids of a pypdfium2 ``page`` whose rows PDFium may split, and the
    page box (left, bottom, right, top) they are measured in.

    Cheap on the pages that draw no grid (most): bounds of path objects only.
    """
    bbox = page.get_bbox()
    rules = page_rules(page, bbox[3])
    if not could_be_grid(rules):
        return [], bbox
    return split_grids(rules, text_runs(textpage, bbox[3])), bbox


def rows_text(page, textpage, page_text: str) -> str | None:
    """The entry point for the PDF reader: the page's text with its broken ruled
    tables as rows, or None when it has none (nearly every page)."""
    grids, bbox = grids_on_page(page, textpage)
    if not grids:
        return None
    return table_rows_text(page_text, textpage, grids, bbox)
