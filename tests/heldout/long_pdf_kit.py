"""The document-building framework shared by the long-PDF generators of held-out rounds 22, 25, 27 and 28.

``make_round22_pdfs.py``, ``make_round25_pdfs.py`` and ``make_round27_pdfs.py`` each write six long PDFs (and,
with ``--gold``, their gold files) with the same machinery; it used to be copied into each script and now stands
here once, so that the scripts hold only their documents' content. What the three copies did differently is an
explicit option, so that every script still writes byte-identical PDFs, sidecars and gold files (the committed
corpus and gold must not change when this module does; re-run the three scripts with ``--gold`` and compare):

- ``paragraph_styles(tag, ...)``: each round's paragraph styles, named with the round (``Body22``, ``Hang27``...);
  round 27 sets larger type.
- ``LongDoc``: one document, its flowables, its sidecar and the gold facts recorded as it is written. Each script
  subclasses it to give its ``styles``; round 27 also sets ``margin_y`` (2.5 cm top and bottom margins) and
  ``column_lookup`` (a text read whole in one column of a table on one page counts as on that page).
  Round 25's additions are options the others do not use: ``footer_centre``, ``{n}``/``{total}`` in the header and
  footer strings, ``record_res(..., last=True)``, ``table(..., style=...)`` and an instance ``body`` style.
- ``two_columns``, ``check_dates`` (round 25's ``--check``) and ``run`` (each script's ``main``).

Later rounds (27 to 55) copied a header of extra paragraph styles and a few ``Doc`` methods from one script to the
next; those stand here too:

- ``styles(tag, ...)``: ``paragraph_styles`` and the extra styles the scripts kept redefining (``minute``,
  ``num_para``, ``letter``...), each named with the round as before; a round that set one differently passes its
  attributes (``minute={"spaceBefore": 9}``).
- ``LongDoc.ruled`` (a ruled table with shaded header, section and further rows, in the round's ``ruled_fills``),
  ``LongDoc.num`` (a numbered paragraph in ``styles.num_para``) and ``resolved`` (rounds 27 and 28).
- Rounds 71 to 83 copied data tables set among the text (``need_table``, ``school_table``, ``kpi_table``,
  ``area_table``, with ``NEEDS`` and ``SCHOOLS``) and ``Doc`` methods listing each date once (``unique_dates``),
  several at a time (``dates_``) and giving a listed person their contact details (``contact``); those stand here
  too (every PDF and gold file of those rounds byte-identical after the move).

The output is deterministic (reportlab's invariant mode, set on import).
"""

from __future__ import annotations

import copy
import io
import json
import re
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Callable, NamedTuple
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLD = HERE / "gold"
PROVENANCE = "written for the held-out test set (invented text in the style of the council's papers)"

SAMPLE_STYLES = getSampleStyleSheet()


class Styles(NamedTuple):
    """One round's paragraph styles, in the order the scripts unpack them."""

    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    head: ParagraphStyle
    title: ParagraphStyle
    bullet: ParagraphStyle
    hang: ParagraphStyle
    numbered: ParagraphStyle


def paragraph_styles(tag: str, body: tuple[float, float, float] = (10.5, 14, 5), cell: tuple[float, float] = (9, 11),
                     head: tuple[float, float, float] = (11, 14, 8), title: tuple[float, float] = (14, 18)) -> Styles:
    """A round's styles, named ``Body{tag}``, ``Cell{tag}``...: ``body`` is (size, leading, space after), ``cell``
    (size, leading), ``head`` (size, leading, space before), ``title`` (size, leading)."""
    body_style = ParagraphStyle(f"Body{tag}", parent=SAMPLE_STYLES["BodyText"], fontName="Helvetica",
                                fontSize=body[0], leading=body[1], spaceAfter=body[2])
    return Styles(
        body=body_style,
        small=ParagraphStyle(f"Small{tag}", parent=body_style, fontSize=8, leading=10),
        cell=ParagraphStyle(f"Cell{tag}", parent=body_style, fontSize=cell[0], leading=cell[1], spaceBefore=0,
                            spaceAfter=0),
        head=ParagraphStyle(f"Head{tag}", parent=body_style, fontName="Helvetica-Bold", fontSize=head[0],
                            leading=head[1], spaceBefore=head[2]),
        title=ParagraphStyle(f"Title{tag}", parent=body_style, fontName="Helvetica-Bold", fontSize=title[0],
                             leading=title[1], spaceAfter=6),
        bullet=ParagraphStyle(f"Bullet{tag}", parent=body_style, leftIndent=22, firstLineIndent=-12),
        hang=ParagraphStyle(f"Hang{tag}", parent=body_style, leftIndent=32, firstLineIndent=-24),
        numbered=ParagraphStyle(f"Num{tag}", parent=body_style, leftIndent=36, firstLineIndent=-36),
    )


# The extra styles the scripts kept redefining: key -> (name, parent, attributes). A style is named ``{name}{tag}``;
# its parent is one of the round's ``Styles`` or an extra listed before it.
EXTRA_STYLES: dict[str, tuple[str, str, dict]] = {
    "centre": ("Centre", "body", {"alignment": 1}),
    "right": ("Right", "body", {"alignment": 2}),
    "minute": ("Minute", "body", {"fontName": "Helvetica-Bold", "spaceBefore": 10}),
    "indent": ("Indent", "body", {"leftIndent": 36}),
    "num_para": ("NumPara", "body", {"leftIndent": 36, "firstLineIndent": -36}),
    "sub_para": ("SubPara", "body", {"leftIndent": 70, "firstLineIndent": -36}),
    "roman": ("Roman", "body", {"leftIndent": 58, "firstLineIndent": -24}),
    "quote": ("Quote", "body", {"leftIndent": 30, "rightIndent": 20, "fontName": "Helvetica-Oblique"}),
    "sub": ("Sub", "body", {"fontName": "Helvetica-Bold", "spaceBefore": 4, "spaceAfter": 2}),
    "letter": ("Letter", "body", {"fontName": "Times-Roman", "fontSize": 11.5, "leading": 15}),
    "letter_bold": ("LetterBold", "letter", {"fontName": "Times-Bold", "spaceBefore": 8}),
    "letter_bullet": ("LetterBullet", "letter", {"leftIndent": 26, "firstLineIndent": -14}),
    "plan_cell": ("Plan", "body", {"fontSize": 8.5, "leading": 10.5, "spaceBefore": 0, "spaceAfter": 0}),
    "arial_cell": ("ArialCell", "cell", {"fontSize": 8.5, "leading": 10.5}),
}


def styles(tag: str, body: tuple[float, float, float] = (10.5, 14, 5), cell: tuple[float, float] = (9, 11),
           head: tuple[float, float, float] = (11, 14, 8), title: tuple[float, float] = (14, 18),
           **changes: dict) -> SimpleNamespace:
    """A round's ``paragraph_styles`` (as ``base``, and each by its name) with every one of ``EXTRA_STYLES``;
    ``changes`` sets a round's own attributes on an extra (``minute={"spaceBefore": 9}``)."""
    unknown = set(changes) - set(EXTRA_STYLES)
    assert not unknown, f"no such extra style: {sorted(unknown)}"
    base = paragraph_styles(tag, body, cell, head, title)
    made = dict(base._asdict())
    for key, (name, parent, attributes) in EXTRA_STYLES.items():
        made[key] = ParagraphStyle(f"{name}{tag}", parent=made[parent], **{**attributes, **changes.get(key, {})})
    return SimpleNamespace(base=base, **made)


def cells(rows, style: ParagraphStyle):
    return [[c if not isinstance(c, str) else Paragraph(c, style) for c in row] for row in rows]


class LongDoc:
    """One document: its flowables, its sidecar and the gold facts recorded as it is written.

    A round's script subclasses it and sets ``styles``; the other class attributes are the rounds' differences.
    """

    styles: Styles | SimpleNamespace  # a round's ``paragraph_styles`` or ``styles``
    margin_y = 2.2 * cm  # top and bottom page margins (round 27: 2.5 cm)
    column_lookup = False  # round 27: a text found whole in one table column of a page is on that page
    # ``ruled``'s shades: the header rows, the rows set as one cell (``None``: not shaded), further rows
    ruled_fills: tuple[str, str | None, str] = ("#D9D9D9", "#EDEDED", "#EDEDED")
    unique_dates = False  # rounds 71 to 83: each (start, end) pair listed once, with its first text

    def __init__(self, relative: str, meta: dict, meeting: dict, header_left: str, header_right: str,
                 footer_left: str, page_label: str = "Page {n} of {total}"):
        self.relative = relative
        self.meta = meta
        self.meeting = meeting
        self.header_left, self.header_right, self.footer_left = header_left, header_right, footer_left
        self.page_label = page_label
        self.footer_centre = ""
        self.body = self.styles.body  # the style of ``p`` (round 25 gives one document a larger one)
        self.story: list = []
        self.resolutions: list[dict] = []
        self.weaknesses: list[dict] = []
        self.dates: list[dict] = []
        self.people: list[dict] = []
        self.events: list[dict] = []

    # -- text ------------------------------------------------------------------------------------------------
    def p(self, text: str, style=None):
        self.story.append(Paragraph(text, style or self.body))

    def h(self, text: str, style=None):
        self.story.append(Paragraph(text, style or self.styles.head))

    def title(self, text: str):
        self.story.append(Paragraph(text, self.styles.title))

    def space(self, height: float = 6):
        self.story.append(Spacer(1, height))

    def add(self, *flowables):
        self.story.extend(flowables)

    def res(self, label, text: str, kind: str, shown_label: str | None = None, lead: str = "", style=None):
        """A resolution or recommendation: rendered as ``lead label text``; recorded as text and label."""
        marker = shown_label if shown_label is not None else (label or "")
        parts = [x for x in (lead, marker, escape(text)) if x]
        self.story.append(KeepTogether([Paragraph(" ".join(parts), style or self.styles.hang)]))
        self.record_res(label, text, kind)

    def record_res(self, label, text: str, kind: str, last: bool = False):
        """``last``: the clause also stands earlier in other words' company (a motion as moved, then carried);
        its page is the last page it stands on, where the meeting's decision is recorded."""
        self.resolutions.append({"text": text, "kind": kind, "label": label, **({"_last": True} if last else {})})

    def weak(self, text: str, themes: list[str], marker: str = "&bull;", style=None):
        self.story.append(KeepTogether([Paragraph(f"{marker} {escape(text)}" if marker else escape(text),
                                                  style or self.styles.bullet)]))
        self.record_weak(text, themes)

    def record_weak(self, text: str, themes: list[str]):
        self.weaknesses.append({"text": text, "themes": themes})

    def table(self, rows, widths, header: bool = True, grid: bool = True, split_in_row: bool = False,
              bold_header: bool = True, style=None, style_cell=None):
        """``style`` (round 25's name) or ``style_cell`` (round 27's): the cells' paragraph style."""
        data = cells(rows, style or style_cell or self.styles.cell)
        table = Table(data, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1 if split_in_row else 0)
        commands = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        if grid:
            commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        else:
            commands.append(("LEFTPADDING", (0, 0), (-1, -1), 0))
        if header and bold_header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")))
        table.setStyle(TableStyle(commands))
        self.story.append(table)

    def ruled(self, rows, widths, header_rows: int = 1, style=None, spans=(), shade=(), split_in_row: bool = False):
        """A ruled table, its header rows shaded: ``spans`` are rows set as one cell across the table (a tracker's
        section rows), ``shade`` further rows to shade; the shades are the class's ``ruled_fills``."""
        header_fill, span_fill, shade_fill = self.ruled_fills
        table = Table(cells(rows, style or self.styles.cell), colWidths=widths, repeatRows=header_rows,
                      splitInRow=1 if split_in_row else 0)
        commands = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
        if header_rows:
            commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor(header_fill)))
        for row in spans:
            commands.append(("SPAN", (0, row), (-1, row)))
            if span_fill:
                commands.append(("BACKGROUND", (0, row), (-1, row), colors.HexColor(span_fill)))
        for row in shade:
            commands.append(("BACKGROUND", (0, row), (-1, row), colors.HexColor(shade_fill)))
        table.setStyle(TableStyle(commands))
        self.story.append(table)

    def num(self, label: str, text: str, style=None):
        """A numbered paragraph, ``label`` set before ``text`` (in the round's ``num_para`` style)."""
        self.p(f"{label}&nbsp;&nbsp;{text}", style or self.styles.num_para)

    # -- gold facts listed by hand ------------------------------------------------------------------------------
    def date(self, text: str, start: str, end: str | None = None):
        if self.unique_dates and any(x["start"] == start and x["end"] == end for x in self.dates):
            return
        self.dates.append({"text": text, "start": start, "end": end})

    def dates_(self, pairs):
        """Several ``date`` calls, each a (text, start[, end]) tuple."""
        for pair in pairs:
            self.date(*pair)

    def contact(self, name: str, email: str | None, phone: str | None):
        """Give a person listed earlier the email and phone the document prints for them."""
        (person,) = [x for x in self.people if x["name"] == name]
        person.update(email=email, phone=phone)

    def person(self, name: str, role: str | None, kind: str, email: str | None = None, phone: str | None = None):
        self.people.append({"name": name, "role": role, "kind": kind, "email": email, "phone": phone})

    def event(self, kind: str, start: str, end: str | None, text: str):
        self.events.append({"type": kind, "start": start, "end": end, "text": text})

    # -- output ----------------------------------------------------------------------------------------------
    def _build(self, target, total: int) -> int:
        def decorate(canvas, document):
            width, height = A4
            canvas.saveState()
            canvas.setFont("Helvetica", 8)
            fill = lambda s: s.format(n=document.page, total=total)  # noqa: E731
            canvas.drawString(2 * cm, height - 1.2 * cm, fill(self.header_left))
            canvas.drawRightString(width - 2 * cm, height - 1.2 * cm, fill(self.header_right))
            canvas.drawString(2 * cm, 1.2 * cm, fill(self.footer_left))
            if self.footer_centre:
                canvas.drawCentredString(width / 2, 1.2 * cm, fill(self.footer_centre))
            canvas.drawRightString(width - 2 * cm, 1.2 * cm, fill(self.page_label))
            canvas.restoreState()

        document = SimpleDocTemplate(target, pagesize=A4, topMargin=self.margin_y, bottomMargin=self.margin_y,
                                     leftMargin=2.4 * cm, rightMargin=2.4 * cm, title=Path(self.relative).stem,
                                     author="", subject="", creator="")
        document.build(copy.deepcopy(self.story), onFirstPage=decorate, onLaterPages=decorate)
        return document.page

    def write(self) -> Path:
        """The PDF, built twice so that the footer can say "Page n of N", and its ``.meta.json`` sidecar."""
        path = CORPUS / self.relative
        path.parent.mkdir(parents=True, exist_ok=True)
        total = self._build(io.BytesIO(), 0)
        pages = self._build(str(path), total)
        assert pages == total, (self.relative, pages, total)
        meta = dict(self.meta)
        meta["provenance"] = PROVENANCE
        path.with_suffix(".meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
        return path

    def write_gold(self) -> Path:
        """The gold file, with the page of each resolution and weakness read back from the written PDF."""
        import pdfplumber

        path = CORPUS / self.relative
        squash = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
        with pdfplumber.open(path) as pdf:
            bodies, table_cells, strips = [], [], []
            for page in pdf.pages:
                inner = page.crop((0, 2 * cm - 4, page.width, page.height - 2 * cm + 4))
                bodies.append(squash(inner.extract_text() or ""))
                table_cells.append([squash(cell) for table in inner.extract_tables() for row in table
                                    for cell in row if cell])
                xs = sorted({round(edge["x0"]) for edge in inner.vertical_edges})
                strips.append({(a, b): squash(inner.crop((a, inner.bbox[1], b, inner.bbox[3])).extract_text() or "")
                               for a, b in zip(xs, xs[1:]) if b - a > 10})

        def last_page_of(text: str) -> int:
            needle = squash(text)
            found = [number for number, (body, found_cells) in enumerate(zip(bodies, table_cells), 1)
                     if needle in body or any(needle in cell for cell in found_cells)]
            assert found, (self.relative, text)
            return found[-1]

        def page_of(text: str) -> int:
            needle = squash(text)
            for number, body in enumerate(bodies, 1):
                if needle in body:
                    return number
            for number, found in enumerate(table_cells, 1):
                if any(needle in cell for cell in found):
                    return number
            if self.column_lookup:
                for number, found in enumerate(strips, 1):  # a cell read column by column
                    if any(needle in strip for strip in found.values()):
                        return number
            for number in range(1, len(bodies)):
                joined = bodies[number - 1] + bodies[number]
                if needle in joined:
                    return number
                for cut in range(10, len(needle) - 10):  # a table row broken across the page break
                    head, tail = needle[:cut], needle[cut:]
                    if any(c.endswith(head) for c in table_cells[number - 1]) and any(
                            c.startswith(tail) for c in table_cells[number]):
                        return number
                for column, above in strips[number - 1].items():  # a row broken where pdfplumber sees no cell
                    below = strips[number].get(column, "")
                    if any(above.endswith(needle[:cut]) and needle[cut:] in below
                           for cut in range(10, len(needle) - 5)):
                        return number
            raise AssertionError(f"{self.relative}: not found on any page: {text}")

        gold = {
            "document": self.relative,
            "meeting": self.meeting,
            "resolutions": [{"text": r["text"], "kind": r["kind"], "label": r["label"],
                             "page": last_page_of(r["text"]) if r.get("_last") else page_of(r["text"])}
                            for r in self.resolutions],
            "weaknesses": [{"text": w["text"], "page": page_of(w["text"]), "themes": w["themes"]}
                           for w in self.weaknesses],
            "dates": self.dates,
            "people": self.people,
            "events": self.events,
        }
        out = GOLD / Path(self.relative).with_suffix(".gold.json")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        return out


def resolved(doc: LongDoc, label, text: str, lead: str = "<b>Resolved</b> &ndash;", kind: str = "resolution"):
    """A resolution led by "Resolved -": unlabelled in the body style, labelled as a hanging paragraph."""
    doc.res(label, text, kind, lead=lead, style=doc.styles.body if label is None else doc.styles.hang)


def two_columns(doc: LongDoc, left: list[str], right: list[str], widths=(8.1 * cm, 8.1 * cm)):
    """An attendance block set in two columns without rules, as printed minutes lay it out."""
    rows = []
    for i in range(max(len(left), len(right))):
        rows.append([left[i] if i < len(left) else "", right[i] if i < len(right) else ""])
    doc.table(rows, list(widths), header=False, grid=False)


MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
MONTH_NUMBER = {m[:3].lower(): i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                                                         "Oct", "Nov", "Dec"], 1)}
DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + MONTHS + r")\.?,?\s+(\d{4})\b", re.I)
MONTH_DAY_YEAR = re.compile(r"\b(" + MONTHS + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)
MONTH_YEAR = re.compile(r"\b(" + MONTHS + r")\.?,?\s+(\d{4})\b", re.I)
NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b")


def check_dates(doc: LongDoc) -> None:
    """Every date-like string of the written PDF must have its day or month among the gold's starts and ends,
    and every gold start and end must be found in the PDF's text (a check on the hand-made listing)."""
    import pdfplumber

    with pdfplumber.open(CORPUS / doc.relative) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    text = re.sub(r"[ \t]+", " ", text)
    found: dict[str, str] = {}
    for m in DAY_MONTH_YEAR.finditer(text):
        found[f"{m[3]}-{MONTH_NUMBER[m[2][:3].lower()]:02d}-{int(m[1]):02d}"] = m[0]
    for m in MONTH_DAY_YEAR.finditer(text):
        found[f"{m[3]}-{MONTH_NUMBER[m[1][:3].lower()]:02d}-{int(m[2]):02d}"] = m[0]
    for m in NUMERIC.finditer(text):
        year = m[3] if len(m[3]) == 4 else "20" + m[3]
        if 1 <= int(m[2]) <= 12:
            found[f"{year}-{int(m[2]):02d}-{int(m[1]):02d}"] = m[0]
    months = {}
    for m in MONTH_YEAR.finditer(text):
        before = text[max(0, m.start() - 4):m.start()]
        if not re.search(r"\d\s*$", before):
            months[f"{m[2]}-{MONTH_NUMBER[m[1][:3].lower()]:02d}"] = m[0]
    gold = {d["start"] for d in doc.dates} | {d["end"] for d in doc.dates if d["end"]}
    pairs = [(d["start"], d["end"]) for d in doc.dates]
    assert len(pairs) == len(set(pairs)), (doc.relative, "duplicate date", [p for p in pairs if pairs.count(p) > 1])
    names = [p["name"] for p in doc.people]
    assert len(names) == len(set(names)), (doc.relative, "duplicate person")
    for iso, seen in sorted({**found, **months}.items()):
        if iso not in gold:
            print(f"   date in text not in gold: {seen!r} ({iso})")
    for iso in sorted(gold):
        if iso not in found and iso not in months:
            print(f"   gold date not seen as such in text: {iso}")



# ---------------------------------------------------------------- distractor tables (rounds 71 to 83)
# The data tables the long-PDF scripts set among their documents' text, copied from script to script before.

NEEDS = ["Autistic spectrum disorder", "Speech, language and communication needs", "Social, emotional and mental "
         "health", "Moderate learning difficulty", "Severe learning difficulty", "Profound and multiple learning "
         "difficulty", "Specific learning difficulty", "Physical disability", "Hearing impairment",
         "Visual impairment", "Other difficulty or disability"]
SCHOOLS = ["Albany", "Brookside", "Coppice", "Danesbury", "Elmhurst", "Fernleigh", "Greenacres", "Holmleigh",
           "Ingleby", "Juniper", "Kestrel", "Lindenhurst", "Millbrook", "Newlands", "Oakfield", "Pinewood",
           "Quarry Bank", "Redhill", "St Bede's", "Tanfield", "Underwood", "Valley", "Willowbank", "Yewtree"]


def need_table(d: LongDoc, seed: int):
    rows = [["Primary need", "EHC plans", "Share %", "SEN support", "Share %"]]
    for i, need in enumerate(NEEDS):
        a, b = 31 + (i * 173 + seed * 11) % 610, 61 + (i * 233 + seed * 5) % 1240
        rows.append([need, str(a), f"{(a % 23) + 1}.{i % 10}", str(b), f"{(b % 17) + 1}.{(i * 7) % 10}"])
    d.ruled(rows, [6.6 * cm, 2.3 * cm, 2 * cm, 2.6 * cm, 2.5 * cm])


def school_table(d: LongDoc, seed: int, rows_n: int = 20, schools: list[str] = SCHOOLS):
    rows = [["School", "Phase", "On roll", "SEN support %", "EHC plan %", "Suspensions", "Part-time timetables"]]
    for i in range(rows_n):
        rows.append([f"{schools[(i + seed) % len(schools)]} {'Primary' if i % 3 else 'Academy'}",
                     "Primary" if i % 3 else "Secondary", str(170 + (i * 89 + seed * 31) % 1080),
                     f"{9 + (i * 7 + seed) % 11}.{(i * 3) % 10}", f"{1 + (i * 5 + seed) % 5}.{(i * 9) % 10}",
                     str((i * 13 + seed) % 19), str((i * 7 + seed) % 6)])
    d.ruled(rows, [4.2 * cm, 1.9 * cm, 1.6 * cm, 2 * cm, 1.9 * cm, 2.2 * cm, 2.4 * cm])


def kpi_table(d: LongDoc, labels: list[str], seed: int, head=("Measure", "Baseline", "Latest", "Target", "RAG")):
    rows = [list(head)]
    for i, label in enumerate(labels):
        base = 20 + (i * 17 + seed * 7) % 60
        rows.append([label, f"{base}%", f"{base + (i * 5 + seed) % 15}%", f"{min(base + 25, 95)}%",
                     ["Green", "Amber", "Red"][(i + seed) % 3]])
    d.ruled(rows, [7.6 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 2 * cm])


def area_table(d: LongDoc, names: list[str], seed: int, label: str = "Area"):
    rows = [[label, "Children with EHC plan", "SEN support", "New requests (year)", "Issued in 20 weeks %",
             "Mainstream %"]]
    for i, name in enumerate(names):
        rows.append([name, str(102 + (i * 61 + seed * 19) % 400), str(340 + (i * 131 + seed) % 800),
                     str(15 + (i * 29 + seed) % 78), f"{22 + (i * 11 + seed) % 68}", f"{35 + (i * 7 + seed) % 41}"])
    d.ruled(rows, [3.8 * cm, 2.4 * cm, 2.2 * cm, 2.6 * cm, 2.6 * cm, 2.4 * cm])


def run(documents: list[Callable[[], LongDoc]], date_check: bool = False) -> None:
    """A script's ``main``: write every document's PDF; with ``--gold`` its gold too; with ``--check`` (only where
    ``date_check``, round 25) the gold and the date check."""
    gold = "--gold" in sys.argv
    check = date_check and "--check" in sys.argv
    for make in documents:
        doc = make()
        path = doc.write()
        print(path.relative_to(HERE), doc._build(io.BytesIO(), 0), "pages")
        if gold or check:
            print("  ", doc.write_gold().relative_to(HERE))
        if check:
            check_dates(doc)
