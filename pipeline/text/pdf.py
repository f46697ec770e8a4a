"""PDFs: pdfplumber page by page, PDFium when pdfminer cannot parse the file.

Real downloads break in known ways (empty, truncated, an HTML error page, a
password, a broken cross-reference table, scans without text). Each gets a
reason a person can act on instead of a parser's traceback.
"""

from __future__ import annotations

import io
import logging

class PdfUnreadable(Exception):
    """The file cannot be read as a PDF; the message says why and what to do."""


def sniff(data: bytes) -> None:
    """Reject files that are not PDFs before a parser sees them."""
    if not data.strip():
        raise PdfUnreadable("empty file (0 bytes): download it again")
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")):
        raise PdfUnreadable(
            "an HTML page, not a PDF: the server sent an error or login page; download it again"
        )
    if b"%PDF-" not in data[:1024]:
        raise PdfUnreadable("not a PDF: the file does not start with a %PDF- header")
    if b"%%EOF" not in data[-2048:]:
        raise PdfUnreadable(
            "truncated PDF: the file ends before its %%EOF marker (the download stopped part-way); "
            "download it again"
        )


def _is_password_error(error: Exception) -> bool:
    name = type(error).__name__.lower()
    return "password" in name or "encrypt" in name or "password" in str(error).lower()


def read_with_pdfplumber(data: bytes) -> list[str]:
    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = []
        for page in pdf.pages:
            pages.append(page.extract_text(x_tolerance=1.5, y_tolerance=3) or "")
            page.close()  # frees pdfplumber's per-page object cache
        return pages


def read_with_pdfium(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_bounded())
            textpage.close()
            page.close()
        return pages
    finally:
        pdf.close()


def read_pdf(data: bytes) -> tuple[list[str], list[str], str]:
    """Raw page texts, warnings, and the engine that read them."""
    sniff(data)
    warnings: list[str] = []
    try:
        return read_with_pdfplumber(data), warnings, "pdfplumber"
    except Exception as error:  # pdfminer raises many types; the reason goes to the user
        if _is_password_error(error):
            raise PdfUnreadable("password-protected PDF: ask the publisher for an open copy") from error
        warnings.append(f"pdfplumber could not parse the file ({type(error).__name__}: {error}); read with PDFium")
    try:
        return read_with_pdfium(data), warnings, "pdfium"
    except Exception as error:
        if _is_password_error(error):
            raise PdfUnreadable("password-protected PDF: ask the publisher for an open copy") from error
        raise PdfUnreadable(f"damaged PDF that neither pdfplumber nor PDFium can read ({error})") from error
