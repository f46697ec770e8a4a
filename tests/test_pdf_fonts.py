"""PDF lines set in bold (or larger) reach the segmenter as headings; the page text is unchanged."""

import io

from reportlab.pdfgen import canvas

from pipeline.extract.common.structure import segment
from pipeline.records import Page
from pipeline.text.cleanup import clean_pages
from pipeline.text.fonts import heading_offsets
from pipeline.text.pdf import read_pdf, read_pdf_headed

BODY = [
    "The partnership has set out how it will respond to the findings of the visit and",
    "how families will be told about the progress made over the coming year.",
    "Leaders have agreed a timetable with schools and health colleagues for the",
    "work, which the board will review each quarter.",
]


def bold_heading_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    y = 780
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(72, y, "Progress Against The Plan")
    for line in BODY:
        y -= 16
        pdf.setFont("Helvetica", 11)
        pdf.drawString(72, y, line)
    y -= 24
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(72, y, "A long sentence set in bold that is the start of a paragraph and")
    y -= 16
    pdf.drawString(72, y, "runs on to a second bold line, so it is no title at all but a")
    y -= 16
    pdf.drawString(72, y, "paragraph of text the writer chose to set in bold for emphasis.")
    pdf.setFont("Helvetica", 11)
    for line in BODY:
        y -= 16
        pdf.drawString(72, y, line)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_bold_line_is_a_heading_and_bold_paragraph_is_not():
    data = bold_heading_pdf()
    raw, methods, _, _, headings = read_pdf_headed(data)
    assert headings[0] == {"Progress Against The Plan"}
    assert read_pdf(data)[0] == raw  # the text is the same with or without fonts
    text = clean_pages(raw)[0]
    offsets = heading_offsets(text, headings[0])
    assert [text[o:o + 8] for o in offsets] == ["Progress"]
    blocks = segment([Page(1, text, methods[0], offsets)]).blocks
    assert blocks[0].kind == "heading" and blocks[0].text == "Progress Against The Plan"
    assert not any(b.kind == "heading" and b.text.startswith("A long sentence") for b in blocks)


def test_plain_pages_segment_as_before():
    data = bold_heading_pdf()
    raw, methods, _, _, _ = read_pdf_headed(data)
    text = clean_pages(raw)[0]
    plain = segment([Page(1, text, methods[0])]).blocks
    assert plain[0].kind != "heading" or plain[0].text == "Progress Against The Plan"
