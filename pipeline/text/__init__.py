"""The text stage: one document's bytes -> clean text per page.

PDFs keep their page numbers; web pages and text files are one page.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.records import Document, Page, TextResult
from pipeline.text.cleanup import clean_pages
from pipeline.text.html import read_html
from pipeline.text.pdf import PdfUnreadable, read_pdf
from pipeline.text.plain import NotText, read_plain

STAGE = "text"


def suffix_is_pdf(doc: Document) -> bool:
    return doc.suffix == "pdf"


def read_document(doc: Document) -> TextResult:
    """Never raises for bad input: a document that cannot be read comes back with ``error``."""
    data = Path(doc.abspath).read_bytes()
    try:
        if doc.suffix == "pdf":
            raw, warnings, engine = read_pdf(data)
        elif doc.suffix in {"html", "htm"}:
            (raw, warnings), engine = read_html(data), "html"
        else:
            (raw, warnings), engine = read_plain(data), "plain"
    except (PdfUnreadable, NotText) as error:
        return TextResult(pages=[], error=str(error))
    texts = clean_pages(raw)
    pages = [Page(page=i + 1, text=t) for i, t in enumerate(texts)]
    result = TextResult(pages=pages, warnings=warnings, engine=engine)
    if not any(p.text.strip() for p in pages):
        result.error = (
            f"no text layer: {len(pages)} page(s) of images; the document needs OCR"
            if suffix_is_pdf(doc)
            else "no text: the file is empty once markup is removed"
        )
    return result
