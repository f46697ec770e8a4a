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
