"""Ruled tables read as rows, so that a row's cells stay together on one line.

PDFium gives a table's text in drawing order: a row whose cells wrap onto
several lines comes out with its cells on different lines ("06 David
Redgewell, South West" / "Transport Network and Railfuture" / "Severnside" /
"Transport Issues"), and the structure reader can no longer tell which name
goes with which title. pdfplumber's table finder knows the cells but costs
about fifty times PDFium's text, so it runs only where it can help:

1. ``has_rulings``: the page draws at least a table's worth of thin lines or
   boxes (PDFium's page objects, no text work). Most pages draw none.
2. pdfplumber finds the ruled tables on those pages; only a table with a row
   whose cells PDFium put on different lines is rewritten.
3. Each cell's text is PDFium's own (the characters inside the cell's box),
   so the words are the ones PDFium read; a rewrite that does not keep
   exactly the page's words (a "table" found across running text, which
   slices words apart) is dropped and PDFium's text kept.

A rewritten table is one line a row, cells joined by `` | ``, in the table's
place between the text above and below it.

Not yet wired into ``read_pdf``: on ../shared/corpus ``has_rulings`` passes
1,582 of 2,795 pages (most reports draw boxes and rules), and pdfplumber's
table finder on them costs 120 s against PDFium's 1.7 s for all pages' text,
far below the bench's 0.5 of PDFium's rate. Wired in, it kept every
resolution and added a date (eval on ../shared/gold). A tighter detector
(a grid of thin rules in both directions, or a sign in PDFium's text) is the
step left.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

CELL_SEPARATOR = " | "
RULE_THICKNESS = 2.0  # points: a path thinner than this in one direction is a rule
MIN_RULES = 4  # a table with two rows and two columns draws at least this many
MIN_ROWS = 2
# A cell with more words than this is a block of prose laid out in a box (a
# decision notice's "Decision taken" with its numbered list), not a table's
# cell: its own lines carry structure that one line a row would lose.
MAX_CELL_WORDS = 40
SPACE = re.compile(r"\s+")


def has_rulings(page) -> bool:
    """Whether a pypdfium2 ``page`` draws enough rules or boxes to hold a ruled table.

    Cheap: page objects' bounds only. Thin paths are ruling lines; a path
    with area counts too, since many tables draw each cell as a box.
    """
    import pypdfium2.raw as pdfium_c

    rules = 0
    for obj in page.get_objects(max_depth=2):
        if obj.type != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        left, bottom, right, top = obj.get_bounds()
        if right - left >= 10 or top - bottom >= 10:  # not a dot or a bullet
            rules += 1
            if rules >= MIN_RULES:
                return True
    return False


def _words(text: str) -> Counter:
    return Counter(w for w in SPACE.split(text.replace(CELL_SEPARATOR.strip(), " ")) if w)


def _one_line(text: str) -> str:
    return SPACE.sub(" ", text).strip()


class _PdfiumText:
    """PDFium's text inside boxes given in pdfplumber's top-down coordinates."""

    def __init__(self, textpage, height: float) -> None:
        self.textpage = textpage
        self.height = height

    def box(self, x0: float, top: float, x1: float, bottom: float) -> str:
        if x1 <= x0 or bottom <= top:
            return ""
        return self.textpage.get_text_bounded(
            left=x0, bottom=self.height - bottom, right=x1, top=self.height - top
        )


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


def _rows_broken(rows: list[list[str]], lines: list[str]) -> bool:
    """True when some row's cells start on different lines of PDFium's text.

    Each cell's first line is what counts: a cell's own text wrapping under
    its first line ("Decision taken" / "That the Committee ...") is ordinary
    text that PDFium already gives in order.
    """
    for cells in rows:
        starts = [_one_line(c.strip().splitlines()[0]) for c in cells if c.strip()]
        if len(starts) < 2:
            continue
        if not any(" ".join(starts) in line for line in lines):
            return True
    return False


def table_rows_text(page_text: str, textpage, plumber_page) -> str | None:
    """``page_text`` with its broken ruled tables as rows, or None to keep it as it is."""
    height = float(plumber_page.height)
    pdfium_text = _PdfiumText(textpage, height)
    x_start, y_start, x_end, y_end = (float(v) for v in plumber_page.bbox)
    lines = [_one_line(line) for line in page_text.splitlines()]
    tables = []
    for table in plumber_page.find_tables():
        rows = []
        for row in table.rows:
            cells = [pdfium_text.box(*cell) if cell else "" for cell in row.cells]
            if sum(1 for c in cells if c.strip()) >= 1:
                rows.append(cells)
        if sum(1 for r in rows if sum(1 for c in r if c.strip()) >= 2) < MIN_ROWS:
            continue
        if any(len(c.split()) > MAX_CELL_WORDS for r in rows for c in r):
            continue
        if _rows_broken(rows, lines):
            tables.append((table.bbox, rows))
    if not tables:
        return None
    tables.sort(key=lambda t: t[0][1])
    parts, cursor = [], y_start
    for (x0, top, x1, bottom), rows in tables:
        if top < cursor:  # overlapping tables: keep PDFium's text
            return None
        parts.append(pdfium_text.box(x_start, cursor, x_end, top))
        parts.extend(_row_line(row) for row in rows)
        # Text beside the table, in its band (rare: a caption or a margin note).
        parts.append(pdfium_text.box(x_start, top, x0, bottom))
        parts.append(pdfium_text.box(x1, top, x_end, bottom))
        cursor = bottom
    parts.append(pdfium_text.box(x_start, cursor, x_end, y_end))
    text = "\n".join(p.strip("\r\n") for p in parts if p.strip())
    if _words(text) != _words(page_text):
        return None
    return text


def rows_for_pages(data: bytes, pdf, texts: dict[int, str]) -> dict[int, str]:
    """New texts for the pages (by 0-based index) whose ruled tables PDFium broke apart.

    ``pdf`` is the open pypdfium2 document of ``data``; ``texts`` maps a page's
    index to PDFium's text of it.
    """
    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    rewritten = {}
    with pdfplumber.open(io.BytesIO(data)) as plumber:
        for index, text in texts.items():
            page, plumber_page = pdf[index], plumber.pages[index]
            textpage = page.get_textpage()
            try:
                new = table_rows_text(text, textpage, plumber_page)
            finally:
                textpage.close()
                page.close()
                plumber_page.close()
            if new is not None:
                rewritten[index] = new
    return rewritten
