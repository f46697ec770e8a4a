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


GLUED_WORD_LENGTH = 25  # a "word" this long means the engine lost the spaces


def looks_garbled(text: str) -> bool:
    """PDFium reads most pages as well as pdfplumber at 1/50 of the cost; a page
    whose words run together lost its spacing and is worth pdfplumber's layout work."""
    words = text.split()
    if not words:
        return False
    glued = sum(1 for w in words if len(w) >= GLUED_WORD_LENGTH and "/" not in w and "@" not in w)
    return glued >= 3 and glued / len(words) > 0.02


def read_with_pdfplumber(data: bytes, page_numbers: list[int] | None = None) -> dict[int, str]:
    """Page texts by 0-based index, for all pages or just the ones asked for."""
    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        wanted = range(len(pdf.pages)) if page_numbers is None else page_numbers
        pages = {}
        for index in wanted:
            page = pdf.pages[index]
            pages[index] = page.extract_text(x_tolerance=1.5, y_tolerance=3) or ""
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


def _unreadable(error: Exception) -> PdfUnreadable:
    if _is_password_error(error):
        return PdfUnreadable("password-protected PDF: ask the publisher for an open copy")
    return PdfUnreadable(f"damaged PDF that neither PDFium nor pdfplumber can read ({error})")


def read_pdf(data: bytes) -> tuple[list[str], list[str], str]:
    """Raw page texts, warnings, and the engine that read them.

    PDFium reads every page (fast, and tolerant of broken cross-reference
    tables); pdfplumber re-reads only the pages PDFium garbled, and the whole
    file when PDFium cannot open it.
    """
    sniff(data)
    warnings: list[str] = []
    try:
        pages = read_with_pdfium(data)
    except Exception as error:  # PDFium raises one error type for many causes
        if _is_password_error(error):
            raise _unreadable(error) from error
        warnings.append(f"PDFium could not open the file ({error}); read with pdfplumber")
        try:
            by_index = read_with_pdfplumber(data)
        except Exception as second:
            raise _unreadable(second) from second
        return [by_index[i] for i in sorted(by_index)], warnings, "pdfplumber"
    garbled = [i for i, text in enumerate(pages) if looks_garbled(text)]
    if not garbled:
        return pages, warnings, "pdfium"
    try:
        for index, text in read_with_pdfplumber(data, garbled).items():
            pages[index] = text
        warnings.append(f"pages {', '.join(str(i + 1) for i in garbled)} re-read with pdfplumber")
    except Exception as error:
        warnings.append(f"pdfplumber could not re-read garbled pages ({error}); kept PDFium's text")
    return pages, warnings, "pdfium+pdfplumber"
