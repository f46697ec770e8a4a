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
    the like-for-like figure to compare with PDFium's raw rate.

    Documents with OCR'd pages are counted apart (``ocr``): the text-layer rate is
    over the PDFs read from their text layer alone, so OCR of a few scans does not
    hide what reading text-layer PDFs costs, and the OCR'd ones say what scans cost.
    """
    from pipeline.corpus import discover
    from pipeline.text import read_document

    docs = [d for d in discover(corpus) if d.suffix == "pdf"]
    engines: dict[str, int] = {}
    text_layer = {"documents": 0, "pages": 0, "seconds": 0.0, "paths": []}
    scanned = {"documents": 0, "pages": 0, "ocr_pages": 0, "seconds": 0.0}
    began = time.perf_counter()
    for doc in docs:
        started = time.perf_counter()
        try:
            result = read_document(doc)
        except Exception:
            engines["exception"] = engines.get("exception", 0) + 1
            continue
        seconds = time.perf_counter() - started
        engines[result.engine or "unread"] = engines.get(result.engine or "unread", 0) + 1
        ocr_pages = sum(1 for p in result.pages if p.method == "ocr")
        part = scanned if ocr_pages else text_layer
        part["documents"] += 1
        part["pages"] += len(result.pages)
        part["seconds"] += seconds
        if ocr_pages:
            scanned["ocr_pages"] += ocr_pages
        else:
            text_layer["paths"].append(doc.abspath)
    seconds = time.perf_counter() - began
    pages = text_layer["pages"] + scanned["pages"]
    return {"documents": len(docs), "pages": pages, "seconds": round(seconds, 3),
            "pages_per_second": rate(pages, seconds), "engines": engines,
            "text_layer": {**{k: v for k, v in text_layer.items() if k != "paths"},
                           "seconds": round(text_layer["seconds"], 3),
                           "pages_per_second": rate(text_layer["pages"], text_layer["seconds"])},
            "text_layer_paths": text_layer["paths"],
            "ocr": {**scanned, "seconds": round(scanned["seconds"], 3),
                    "seconds_per_ocr_page": round(scanned["seconds"] / scanned["ocr_pages"], 2)
                    if scanned["ocr_pages"] else None}}
