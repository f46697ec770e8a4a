"""Raw text rates over the same PDFs: PDFium alone, and the text stage's reader, one process each."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from pipeline.bench.common import rate


def pdfium_baseline(pdfs: list[Path]) -> dict[str, Any]:
    """PDFium's raw text rate: open each PDF, get_text_bounded() per page, one process."""
    import pypdfium2 as pdfium

    pages = failed = 0
    began = time.perf_counter()
    for path in pdfs:
        try:
            pdf = pdfium.PdfDocument(str(path))
        except Exception:
            failed += 1
            continue
        try:
            for page in pdf:
                textpage = page.get_textpage()
                textpage.get_text_bounded()
                textpage.close()
                page.close()
                pages += 1
        finally:
            pdf.close()
    seconds = time.perf_counter() - began
    return {"documents": len(pdfs) - failed, "failed": failed, "pages": pages,
            "seconds": round(seconds, 3), "pages_per_second": rate(pages, seconds),
            "version": getattr(pdfium, "PYPDFIUM_INFO", None) and str(pdfium.PYPDFIUM_INFO)}


def text_stage_single_process(corpus: Path) -> dict[str, Any]:
    """The text stage's own reader over the corpus PDFs, in this one process, no cache:
    the like-for-like figure to compare with PDFium's raw rate."""
    from pipeline.corpus import discover
    from pipeline.text import read_document

    docs = [d for d in discover(corpus) if d.suffix == "pdf"]
    pages = 0
    engines: dict[str, int] = {}
    began = time.perf_counter()
    for doc in docs:
        try:
            result = read_document(doc)
        except Exception:
            engines["exception"] = engines.get("exception", 0) + 1
            continue
        pages += len(result.pages)
        engines[result.engine or "unread"] = engines.get(result.engine or "unread", 0) + 1
    seconds = time.perf_counter() - began
    return {"documents": len(docs), "pages": pages, "seconds": round(seconds, 3),
            "pages_per_second": rate(pages, seconds), "engines": engines}
