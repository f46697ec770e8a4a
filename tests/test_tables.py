"""Ruled tables on PDFs built here: a row's cells come out as one line.

pipeline.text.tables is not yet called by read_pdf (its page detector sends
too many of the corpus's pages to pdfplumber; see the module), so these tests
drive it directly over PDFium's text of each page."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

import pypdfium2 as pdfium

from pipeline.text.tables import has_rulings, rows_for_pages
from tests.pdfs import make_pdf

SPEAKERS = [
    ("01", "Maria Garbutt", "A4018 Roadworks"),
    ("02", "David Redgewell, South West Transport Network and Railfuture Severnside", "Transport Issues"),
    ("03", "Claire Bowers", "Urgent concerns regarding ongoing roadworks on the main route into the city"),
]


def read_pdf(data: bytes):
    """PDFium's page texts, with ruled tables rewritten where the tables module would."""
    pdf = pdfium.PdfDocument(data)
    try:
        texts, ruled = [], {}
        for index, page in enumerate(pdf):
            textpage = page.get_textpage()
            texts.append(textpage.get_text_bounded())
            textpage.close()
            if has_rulings(page):
                ruled[index] = texts[-1]
            page.close()
        rewritten = rows_for_pages(data, pdf, ruled) if ruled else {}
    finally:
        pdf.close()
    engine = "pdfium+pdfplumber-tables" if rewritten else "pdfium"
    return [rewritten.get(i, t) for i, t in enumerate(texts)], ["text-layer"] * len(texts), [], engine


def table_pdf(rows, ruled: bool = True) -> bytes:
    """Prose, a table whose long cells wrap onto several lines, then prose again."""
    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    data = [[Paragraph(text, cell) for text in row] for row in [("Ref No", "Name", "Title"), *rows]]
    table = Table(data, colWidths=[50, 150, 150])
    if ruled:
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([
        Paragraph("Statements were received and noted as follows:", styles["BodyText"]),
        table,
        Paragraph("The Committee noted the statements.", styles["BodyText"]),
    ])
    return buffer.getvalue()


def test_a_ruled_tables_rows_are_one_line_each_in_reading_order():
    pages, methods, _, engine = read_pdf(table_pdf(SPEAKERS))
    lines = pages[0].splitlines()
    assert "Ref No | Name | Title" in lines
    for ref, name, title in SPEAKERS:
        assert f"{ref} | {name} | {title}" in lines
    rows = [lines.index(f"{ref} | {name} | {title}") for ref, name, title in SPEAKERS]
    assert lines.index("Statements were received and noted as follows:") < min(rows)
    assert rows == sorted(rows) and max(rows) < lines.index("The Committee noted the statements.")
    assert methods == ["text-layer"] and "pdfplumber-tables" in engine


def test_every_word_of_the_page_is_kept():
    data = table_pdf(SPEAKERS)
    pdf = pdfium.PdfDocument(data)
    textpage = pdf[0].get_textpage()
    pdfium_words = sorted(textpage.get_text_bounded().split())
    pdf.close()
    pages, _, _, _ = read_pdf(data)
    assert sorted(w for w in pages[0].split() if w != "|") == pdfium_words


def test_pages_without_rules_keep_pdfiums_text():
    pages, _, _, engine = read_pdf(table_pdf(SPEAKERS, ruled=False))
    assert " | " not in pages[0] and "pdfplumber" not in engine
    pages, _, _, engine = read_pdf(make_pdf([["Minutes of the meeting", "RESOLVED: that the plan be agreed."]]))
    assert " | " not in pages[0] and engine == "pdfium"


def test_a_table_whose_rows_pdfium_keeps_together_is_left_alone():
    short = [("01", "Maria Garbutt", "Roadworks"), ("02", "Claire Bowers", "Bus lanes")]
    pages, _, _, engine = read_pdf(table_pdf(short))
    assert " | " not in pages[0] and "01 Maria Garbutt Roadworks" in pages[0]
    assert "pdfplumber" not in engine
