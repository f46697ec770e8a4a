"""The text stage: one document's bytes -> clean text per page, and how each page was read.

PDFs keep their page numbers, OCR'd pages included; web pages and text files are one page.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.records import Document, Page, TextResult

# The readers are imported when a document is read, not with the package: the
# build imports pipeline.text.ocr for its cache key, and a warm build reads nothing.

STAGE = "text"


def suffix_is_pdf(doc: Document) -> bool:
    return doc.suffix == "pdf"


def read_document(doc: Document) -> TextResult:
    """Never raises for bad input: a document that cannot be read comes back with ``error``."""
    from pipeline.text.cleanup import clean_pages
    from pipeline.text.html import read_html
    from pipeline.text.ocr import OCR_MISSING
    from pipeline.text.fonts import heading_offsets
    from pipeline.text.pdf import NEEDS_OCR, OCR, PdfUnreadable, read_pdf_headed
    from pipeline.text.plain import NotText, read_plain

    data = Path(doc.abspath).read_bytes()
    headings: list[set[str]] = []
    try:
        if doc.suffix == "pdf":
            raw, methods, warnings, engine, headings = read_pdf_headed(data)
        elif doc.suffix in {"html", "htm"}:
            (raw, warnings), engine = read_html(data), "html"
            methods = ["html"]
        else:
            (raw, warnings), engine = read_plain(data), "plain"
            methods = ["plain"]
    except (PdfUnreadable, NotText) as error:
        return TextResult(pages=[], error=str(error))
    texts = clean_pages(raw)
    pages = [Page(page=i + 1, text=t, method=m, headings=heading_offsets(t, headings[i]) if i < len(headings) else [])
             for i, (t, m) in enumerate(zip(texts, methods))]
    result = TextResult(pages=pages, warnings=warnings, engine=engine)
    unread = result.needs_ocr
    if unread:
        result.warnings.append(f"{OCR_MISSING}: page(s) {', '.join(map(str, unread))} have no usable text layer")
    if not any(p.text.strip() for p in pages if p.method != NEEDS_OCR):
        if unread:
            result.error = f"{OCR_MISSING}: {len(pages)} page(s), none with a usable text layer"
        elif any(p.method == OCR for p in pages):
            result.error = f"no text: OCR found no words on its {len(pages)} page(s) of images"
        elif suffix_is_pdf(doc):
            result.error = f"no text: {len(pages)} blank page(s), with neither a text layer nor anything drawn"
        else:
            result.error = "no text: the file is empty once markup is removed"
    return result
