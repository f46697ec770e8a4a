"""PDFium's bounded text read in one pass is the text pypdfium2's two-pass read gives."""

import io

import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen import canvas

from pipeline.text import bounded
from pipeline.text.bounded import BoundedText

LINES = [
    "Item 6: Written Statement of Action - progress",
    "The board noted the update on the re-visit of 14 March 2023.",
    "Waiting times for assessment remain too long in two localities.",
    "Résumé of actions — owners and dates agreed “in principle”.",
]


def two_column_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.setFont("Helvetica", 11)
    y = 780
    for line in LINES:
        pdf.drawString(72, y, line)
        pdf.drawString(320, y - 400, line.upper())
        y -= 18
    pdf.showPage()
    pdf.showPage()  # an empty page
    pdf.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def pages():
    document = pdfium.PdfDocument(two_column_pdf())
    out = []
    for page in document:
        out.append((page, page.get_textpage()))
    yield out
    document.close()


RECTS = [None, (0, 0, 300, 842), (300, 0, 595, 842), (60, 700, 400, 790), (500, 0, 501, 1), (100, 100, 100, 100)]


@pytest.mark.parametrize("rect", RECTS)
def test_same_text_as_the_two_pass_read(pages, rect):
    for page, textpage in pages:
        box = page.get_bbox() if rect is None else rect
        left, bottom, right, top = box
        expected = textpage.get_text_bounded(left=left, bottom=bottom, right=right, top=top)
        assert BoundedText(textpage)(left, bottom, right, top) == expected


def test_page_reads_the_whole_page(pages):
    page, textpage = pages[0]
    text = BoundedText(textpage).page(page.get_bbox())
    assert text == textpage.get_text_bounded()
    assert "re-visit of 14 March 2023" in text and "“in principle”" in text


def test_text_longer_than_the_buffer_is_read_again(pages, monkeypatch):
    # A buffer too small for the text (as PDFium's added line breaks could make it): the cut
    # one-pass read is seen and done again the two-pass way.
    page, textpage = pages[0]
    monkeypatch.setattr(bounded, "SPARE", len(textpage.get_text_bounded()) // 2 - textpage.count_chars())
    reader = BoundedText(textpage)
    assert reader.size < len(textpage.get_text_bounded())
    assert reader.page(page.get_bbox()) == textpage.get_text_bounded()


def test_empty_page_reads_as_empty(pages):
    page, textpage = pages[1]
    assert BoundedText(textpage).page(page.get_bbox()) == ""
