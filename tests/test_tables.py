"""Ruled tables on PDFs built here: a row whose cells PDFium splits across lines
comes out as one line, through the text stage's own reader; pages that draw only
a frame, boxes or underlines are not sent to the table reader at all."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline.extract import extract_document
from pipeline.records import Document
from pipeline.text import read_document
from pipeline.text.pdf import TABLE_ROWS, TEXT_LAYER, read_pdf
from pipeline.text.tables import could_be_grid, grids_on_page, page_rules

SPEAKERS = [
    ("01", "Maria Garbutt", "A4018 Roadworks"),
    ("02", "David Redgewell, South West Transport Network and Railfuture Severnside", "Transport Issues"),
    ("03", "Claire Bowers", "Urgent concerns regarding ongoing roadworks on the main route into the city"),
    ("04", "Councillor Tom Renhard, Labour Group Leader and member for Bishopston", "Bus lanes"),
]


def table_pdf(rows, ruled: bool = True, before: str = "Statements were received and noted as follows:",
              after: str = "The Committee noted the statements.") -> bytes:
    """Prose, a table whose long cells wrap onto several lines, then prose again."""
    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    data = [[Paragraph(text, cell) for text in row] for row in [("Ref No", "Name", "Title"), *rows]]
    table = Table(data, colWidths=[50, 150, 150])
    if ruled:
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([
        Paragraph(before, styles["BodyText"]), table, Paragraph(after, styles["BodyText"]),
    ])
    return buffer.getvalue()


def pdfium_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        textpage = pdf[0].get_textpage()
        return textpage.get_text_bounded()
    finally:
        pdf.close()


def grids_of_first_page(data: bytes) -> list:
    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[0]
        textpage = page.get_textpage()
        grids, _ = grids_on_page(page, textpage)
        return grids
    finally:
        pdf.close()


def test_pdfium_alone_splits_the_rows_of_this_table():
    """The premise: without the table reader, a wrapped row's name and title are on different lines."""
    lines = pdfium_text(table_pdf(SPEAKERS)).splitlines()
    assert not any("David Redgewell" in line and "Transport Issues" in line for line in lines)


def test_a_split_row_is_one_line_of_cells_in_reading_order():
    pages, methods, _, _ = read_pdf(table_pdf(SPEAKERS))
    lines = pages[0].splitlines()
    split = [f"{ref} | {name} | {title}" for ref, name, title in SPEAKERS if len(name) > 20]
    for row in split:
        assert row in lines
    rows = [lines.index(row) for row in split]
    assert lines.index("Statements were received and noted as follows:") < min(rows)
    assert rows == sorted(rows) and max(rows) < lines.index("The Committee noted the statements.")
    assert methods == [TABLE_ROWS]


def test_every_word_of_the_page_is_kept():
    data = table_pdf(SPEAKERS)
    pages, _, _, _ = read_pdf(data)
    assert sorted(w for w in pages[0].split() if w != "|") == sorted(pdfium_text(data).split())


def test_the_method_is_recorded_per_page_and_facts_point_at_the_rewritten_text(tmp_path):
    path = tmp_path / "minutes.pdf"
    path.write_bytes(table_pdf(SPEAKERS, after="RESOLVED: that the statements be noted and the plan be approved."))
    doc = Document(path="minutes.pdf", abspath=str(path), sha256="x")
    result = read_document(doc)
    assert [p.method for p in result.pages] == [TABLE_ROWS] and result.method == TABLE_ROWS
    assert "02 | David Redgewell, South West Transport Network and Railfuture Severnside | Transport Issues" \
        in result.pages[0].text
    facts = extract_document(doc, result)
    found = [f for kind in (facts.resolutions, facts.people) for f in kind]
    assert any("Redgewell" in f.quote for f in facts.people)
    assert facts.resolutions
    for fact in found:
        assert result.pages[fact.page - 1].text[fact.char_start:fact.char_end] == fact.quote


def test_a_table_whose_rows_pdfium_keeps_together_is_left_alone():
    short = [("01", "Maria Garbutt", "Roadworks"), ("02", "Claire Bowers", "Bus lanes")]
    pages, methods, _, _ = read_pdf(table_pdf(short))
    assert " | " not in pages[0] and "01 Maria Garbutt Roadworks" in pages[0]
    assert methods == [TEXT_LAYER]


def test_a_table_without_rules_keeps_pdfiums_text():
    pages, methods, _, _ = read_pdf(table_pdf(SPEAKERS, ruled=False))
    assert " | " not in pages[0] and methods == [TEXT_LAYER]


def drawn_page(draw) -> bytes:
    """One page of prose with whatever ``draw(canvas)`` adds."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    text = pdf.beginText(80, 700)
    for n in range(12):
        text.textLine(f"Line {n} of the report, which runs on for a while as prose does.")
    pdf.drawText(text)
    draw(pdf)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_frames_boxes_and_underlines_are_not_sent_to_the_table_reader():
    def frame(pdf):
        pdf.rect(60, 60, 475, 720)

    def boxes(pdf):
        pdf.rect(70, 520, 200, 200)
        pdf.rect(300, 520, 200, 200)

    def underlines(pdf):
        for y in (698, 682, 666, 650):
            pdf.line(80, y, 400, y)

    def frame_with_a_heading_rule(pdf):
        pdf.rect(60, 60, 475, 720)
        pdf.line(60, 690, 535, 690)

    for draw in (frame, boxes, underlines, frame_with_a_heading_rule):
        data = drawn_page(draw)
        pdf = pdfium.PdfDocument(data)
        try:
            page = pdf[0]
            assert not could_be_grid(page_rules(page, page.get_bbox()[3])), draw.__name__
        finally:
            pdf.close()
        assert grids_of_first_page(data) == [], draw.__name__
        assert read_pdf(data)[1] == [TEXT_LAYER], draw.__name__


def test_a_grid_is_found_only_where_pdfium_splits_a_row():
    assert grids_of_first_page(table_pdf(SPEAKERS))
    short = [("01", "Maria Garbutt", "Roadworks"), ("02", "Claire Bowers", "Bus lanes")]
    assert grids_of_first_page(table_pdf(short)) == []


def test_running_headers_and_template_footers_are_not_facts_on_pages_with_tables(tmp_path):
    """Page furniture repeated on every page (a council's name, "Page n of N", a template's
    approval line) is removed before facts are read, also where a table is rewritten:
    the table's text is replaced in place, so the furniture keeps its place at the edges.
    Only a date the furniture alone prints is kept, once."""
    styles = getSampleStyleSheet()

    def furniture(pdf, doc):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(72, 810, "Bristol City Council - Transport and Connectivity Policy Committee")
        pdf.drawString(72, 30, f"Template approved March 25          Page {doc.page}")

    story = []
    for n in range(4):
        story.append(Paragraph(f"Item {n + 1}: statements received", styles["Heading2"]))
        table = Table([[Paragraph(t, styles["BodyText"]) for t in row] for row in [("Ref No", "Name", "Title"), *SPEAKERS]],
                      colWidths=[50, 150, 150])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
        story += [table, Paragraph("RESOLVED: that the statements be noted.", styles["BodyText"])]
        story.append(Paragraph("The Committee discussed the item at length. " * 60, styles["BodyText"]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story, onFirstPage=furniture, onLaterPages=furniture)
    path = tmp_path / "minutes.pdf"
    path.write_bytes(buffer.getvalue())
    doc = Document(path="minutes.pdf", abspath=str(path), sha256="x")
    result = read_document(doc)
    assert TABLE_ROWS in {p.method for p in result.pages} and len(result.pages) >= 3
    for page in result.pages:
        assert "Template approved" not in page.text and "Bristol City Council" not in page.text
        assert "Page " not in page.text
    facts = extract_document(doc, result)
    # The footer's date is printed nowhere else, so it is read once, alone (as ../shared/gold counts
    # such a date); the furniture's words never reach a fact.
    assert [d.quote for d in facts.dates if "March" in d.quote] == ["March 25"]
    assert facts.resolutions and not any("Template" in r.quote for r in facts.resolutions)
