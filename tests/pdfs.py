"""Small PDFs made on the fly for the text-stage tests (reportlab)."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def make_pdf(pages: list[list[str]], header: str | None = None, footer_numbers: bool = False) -> bytes:
    """A PDF with one list of lines per page, optional running header and page numbers."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    width, height = A4
    for number, lines in enumerate(pages, start=1):
        if header:
            pdf.drawString(72, height - 40, header)
        y = height - 90
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 16
        if footer_numbers:
            pdf.drawString(width / 2, 30, f"Page {number}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_image_only_pdf(pages: int = 2) -> bytes:
    """Pages with drawings and no text layer, like a scan."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for _ in range(pages):
        pdf.rect(72, 72, 300, 400, fill=1)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def render_pages(data: bytes, dpi: int = 200) -> list:
    """Each page of a PDF as a greyscale PIL image, as a scanner would see the paper."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil().copy() for page in pdf]
    finally:
        pdf.close()


def make_scanned_pdf(images: list, text_layers: list[str | None] | None = None) -> bytes:
    """A PDF of page images, like a scanner's; ``text_layers`` puts invisible text under a page
    (what a scanner's own OCR leaves, here whatever text is given, garbage included)."""
    from reportlab.lib.utils import ImageReader

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    width, height = A4
    layers = text_layers or [None] * len(images)
    for image, layer in zip(images, layers):
        pdf.drawImage(ImageReader(image), 0, 0, width=width, height=height)
        if layer:
            text = pdf.beginText(72, height - 90)
            text.setTextRenderMode(3)  # invisible, as OCR layers are
            for line in layer.split("\n"):
                text.textLine(line)
            pdf.drawText(text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_mixed_pdf(text_pages: dict[int, list[str]], scanned_pages: dict[int, list[str]]) -> bytes:
    """Pages by number (1-based): some with a text layer, some scans of text."""
    import pikepdf

    count = max([*text_pages, *scanned_pages])
    out = pikepdf.new()
    sources = []  # kept open until saved: the new file copies their pages then
    for number in range(1, count + 1):
        if number in scanned_pages:
            data = make_scanned_pdf(render_pages(make_pdf([scanned_pages[number]])))
        else:
            data = make_pdf([text_pages.get(number, [])])
        sources.append(pikepdf.open(io.BytesIO(data)))
        out.pages.extend(sources[-1].pages)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()
