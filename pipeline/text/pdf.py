"""PDFs: PDFium page by page, pdfplumber for what PDFium garbles, OCR for what has no text,
and ruled tables a row a line where PDFium splits their rows (pipeline.text.tables).

Real downloads break in known ways (empty, truncated, an HTML error page, a
password, a broken cross-reference table, bytes around the PDF, scans without
text). Each gets a reason a person can act on instead of a parser's traceback,
and whatever PDFium can read is read.
"""

from __future__ import annotations

import io
import logging
import re

from pipeline.text.bounded import BoundedText
from pipeline.text.fonts import heading_lines
from pipeline.text.ocr import OcrUnavailable, ocr_pdf_page
from pipeline.text.tables import rows_text
from pipeline.text.usable import needs_ocr

# How each page's text was read (pages.method).
TEXT_LAYER = "text-layer"  # the PDF's own text, by PDFium (or pdfplumber when PDFium cannot open the file)
LAYOUT_REREAD = "layout-reread"  # PDFium ran the words together; pdfplumber's layout analysis re-read it
TABLE_ROWS = "table-rows"  # the text layer, with ruled tables whose rows PDFium split written a row a line
OCR = "ocr"  # no usable text layer: rendered and read by Tesseract
NEEDS_OCR = "needs-ocr"  # no usable text layer and no Tesseract here: the text layer as it was (little or none)


class PdfUnreadable(Exception):
    """The file cannot be read as a PDF; the message says why and what to do."""


HEADER_WINDOW = 1024  # where PDFium looks for %PDF- itself
HTML_STARTS = (b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")
# After the last %%EOF, PDF objects mean the file was cut off in an incremental update.
OBJECTS = re.compile(rb"\d+\s+\d+\s+obj\b|\bendobj\b|\bstream\r?\n")


def sniff(data: bytes) -> bytes:
    """The PDF inside ``data``: bytes before ``%PDF-`` and after the last ``%%EOF`` cut off.

    Real downloads carry junk around the PDF (a proxy's banner, an HTML
    fragment, padding). PDFium finds a header in the first 1,024 bytes itself;
    past that both PDFium and pdfminer are given the PDF alone, whose offsets
    count from ``%PDF-``.
    Raises ``PdfUnreadable`` for files that hold no PDF or only part of one.
    """
    if not data.strip():
        raise PdfUnreadable("empty file (0 bytes): download it again")
    start = data.find(b"%PDF-")
    if start < 0:
        if data[:1024].lstrip().lower().startswith(HTML_STARTS):
            raise PdfUnreadable(
                "an HTML page, not a PDF: the server sent an error or login page; download it again"
            )
        raise PdfUnreadable("not a PDF: the file has no %PDF- header")
    end = data.rfind(b"%%EOF")
    if end < start or OBJECTS.search(data, end):
        raise PdfUnreadable(
            "truncated PDF: the file ends before its %%EOF marker (the download stopped part-way); "
            "download it again"
        )
    if start <= HEADER_WINDOW:  # PDFium finds the header itself, offsets and all
        start = 0
    return data[start:end + len(b"%%EOF")] + b"\n"


def _is_password_error(error: Exception) -> bool:
    name = type(error).__name__.lower()
    return "password" in name or "encrypt" in name or "password" in str(error).lower()


GLUED_WORD_LENGTH = 25  # a "word" this long means the engine lost the spaces
# A table of contents' leader ("Foreword ........ 3"): not words run together. On
# ../shared/corpus every page once sent to pdfplumber for its "long words" was a
# contents page (15 pages, 2 of the text stage's 8.5 CPU seconds on text-layer PDFs),
# and pdfplumber's text of them had the same long tokens.
LEADER = re.compile(r"\.{2,}|…+|_{2,}|·{2,}")
LONG_TOKEN = re.compile(r"\S{%d}" % GLUED_WORD_LENGTH)


def _glued(word: str) -> bool:
    if len(word) < GLUED_WORD_LENGTH or "/" in word or "@" in word:
        return False
    return any(len(piece) >= GLUED_WORD_LENGTH for piece in LEADER.split(word))


def looks_garbled(text: str) -> bool:
    """PDFium reads most pages as well as pdfplumber at 1/50 of the cost; a page
    whose words run together lost its spacing and is worth pdfplumber's layout work.
    Dot leaders do not count as words run together."""
    if not LONG_TOKEN.search(text):  # most pages: settled without splitting the page into words
        return False
    words = text.split()
    glued = sum(1 for w in words if _glued(w))
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


class PdfiumReader:
    """PDFium's text page by page, OCR for the pages whose text layer is not usable,
    and ruled tables as rows where PDFium split their rows (pipeline.text.tables)."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.methods: list[str] = []
        self.warnings: list[str] = []
        self.garbled: list[int] = []  # 0-based pages whose words PDFium ran together
        self.headings: list[set[str]] = []  # per page, the lines its fonts set as headings (pipeline.text.fonts)

    def read(self, data: bytes) -> None:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(data)
        try:
            for number, page in enumerate(pdf, start=1):
                try:
                    textpage = page.get_textpage()
                    try:
                        text = layer = BoundedText(textpage).page(page.get_bbox())
                        method = TEXT_LAYER
                        headings: set[str] = set()
                        if needs_ocr(page, text):
                            text, method = self.ocr(page, number, text)
                        elif looks_garbled(text):
                            self.garbled.append(number - 1)
                        else:
                            text, method = self.table_rows(page, textpage, number, text)
                        if method != OCR:
                            headings = self.heading_lines(textpage, number, layer)
                    finally:
                        textpage.close()
                    self.texts.append(text)
                    self.headings.append(headings)
                    self.methods.append(method)
                finally:
                    page.close()
        finally:
            pdf.close()

    def table_rows(self, page, textpage, number: int, text: str) -> tuple[str, str]:
        try:
            rows = rows_text(page, textpage, text)
        except Exception as error:  # a page's drawing PDFium cannot measure: its text is still good
            self.warnings.append(f"could not read the tables of page {number} as rows ({error}); kept PDFium's text")
            return text, TEXT_LAYER
        return (text, TEXT_LAYER) if rows is None else (rows, TABLE_ROWS)

    def heading_lines(self, textpage, number: int, text: str) -> set[str]:
        try:
            return heading_lines(textpage, text)
        except Exception as error:  # a font PDFium cannot describe: the text is still good
            self.warnings.append(f"could not read the fonts of page {number} ({error}); no headings marked")
            return set()

    def ocr(self, page, number: int, text_layer: str) -> tuple[str, str]:
        try:
            return ocr_pdf_page(page), OCR
        except OcrUnavailable:
            return text_layer, NEEDS_OCR
        except Exception as error:  # Tesseract's errors carry no type of their own
            self.warnings.append(f"OCR failed on page {number} ({error}); kept its text layer")
            return text_layer, NEEDS_OCR


def _unreadable(error: Exception) -> PdfUnreadable:
    if _is_password_error(error):
        return PdfUnreadable("password-protected PDF: ask the publisher for an open copy")
    return PdfUnreadable(f"damaged PDF that neither PDFium nor pdfplumber can read ({error})")


def read_pdf(data: bytes) -> tuple[list[str], list[str], list[str], str]:
    """Raw page texts, how each was read, warnings, and the engines that read them (``read_pdf_headed``
    without the headings)."""
    return read_pdf_headed(data)[:4]


def read_pdf_headed(data: bytes) -> tuple[list[str], list[str], list[str], str, list[set[str]]]:
    """Raw page texts, how each was read, warnings, the engines that read them, and per page the
    lines its fonts set as headings (``pipeline.text.fonts``: bold, or larger than the body).

    PDFium reads every page (fast, and tolerant of broken cross-reference
    tables); Tesseract reads the pages without a usable text layer; the rows of
    ruled tables that PDFium splits across lines are written a row a line
    (PDFium's characters, cells found from the page's rules); pdfplumber
    re-reads only the pages PDFium garbled, and the whole file when PDFium
    cannot open it.
    """
    data = sniff(data)
    reader = PdfiumReader()
    try:
        reader.read(data)
    except Exception as error:  # PDFium raises one error type for many causes
        if _is_password_error(error):
            raise _unreadable(error) from error
        warnings = [f"PDFium could not open the file ({error}); read with pdfplumber"]
        try:
            by_index = read_with_pdfplumber(data)
        except Exception as second:
            raise _unreadable(second) from second
        texts = [by_index[i] for i in sorted(by_index)]
        return texts, [TEXT_LAYER] * len(texts), warnings, "pdfplumber", [set() for _ in texts]
    pages, methods, warnings, headings = reader.texts, reader.methods, reader.warnings, reader.headings
    engine = "pdfium+tesseract" if OCR in methods else "pdfium"
    garbled = reader.garbled
    if not garbled:
        return pages, methods, warnings, engine, headings
    try:
        for index, text in read_with_pdfplumber(data, garbled).items():
            pages[index] = text
            methods[index] = LAYOUT_REREAD
        warnings.append(f"pages {', '.join(str(i + 1) for i in garbled)} re-read with pdfplumber")
        engine += "+pdfplumber"
    except Exception as error:
        warnings.append(f"pdfplumber could not re-read garbled pages ({error}); kept PDFium's text")
    return pages, methods, warnings, engine, headings
