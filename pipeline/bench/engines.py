"""The text stage's reader against PDFium's raw text rate over the same PDFs, in one process.

Both are timed on CPU seconds (``time.process_time``) as well as the wall clock,
document by document and interleaved (PDFium, then the reader, then the other way
round for the next document), so that load from other work on the machine falls
on both alike. On the wall clock alone two runs of the same code gave ratios of
0.80 and 0.48: PDFium's baseline is a few seconds of work and moved with load.
``text_ratio`` is the CPU ratio; the wall-clock one is kept beside it.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from pipeline.bench.common import rate


def pdfium_raw(path: Path) -> int:
    """PDFium's bare text extraction of one PDF: open, get_text_bounded() per page; its page count."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    pages = 0
    try:
        for page in pdf:
            textpage = page.get_textpage()
            textpage.get_text_bounded()
            textpage.close()
            page.close()
            pages += 1
    finally:
        pdf.close()
    return pages


def _timed(fn, *args) -> tuple[Any, float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    value = fn(*args)
    return value, time.process_time() - cpu, time.perf_counter() - wall


def text_against_pdfium(corpus: Path) -> dict[str, Any]:
    """PDFium raw and the text stage's reader (``read_document``, no cache) over the corpus PDFs.

    The ratio is over the PDFs read from their text layer alone; documents with OCR'd
    pages are counted apart (``ocr``), so OCR of a few scans does not hide what
    reading text-layer PDFs costs, and the OCR'd ones say what scans cost.
    """
    import pypdfium2 as pdfium

    from pipeline.corpus import discover
    from pipeline.text import read_document

    docs = [d for d in discover(corpus) if d.suffix == "pdf"]
    engines: dict[str, int] = {}
    zero = {"documents": 0, "pages": 0, "seconds": 0.0, "cpu_seconds": 0.0}
    raw, reader = dict(zero), dict(zero)
    scanned = {**zero, "ocr_pages": 0}
    raw_failed = 0
    for number, doc in enumerate(docs):
        runs: dict[str, tuple[Any, float, float]] = {}
        for which in (("raw", "reader") if number % 2 == 0 else ("reader", "raw")):
            try:
                runs[which] = _timed(pdfium_raw if which == "raw" else read_document,
                                     Path(doc.abspath) if which == "raw" else doc)
            except pdfium.PdfiumError:
                runs[which] = (None, 0.0, 0.0)
            except Exception:
                runs[which] = (None, 0.0, 0.0)
                engines["exception"] = engines.get("exception", 0) + 1
        result, cpu, wall = runs["reader"]
        if result is None:
            continue
        engines[result.engine or "unread"] = engines.get(result.engine or "unread", 0) + 1
        ocr_pages = sum(1 for p in result.pages if p.method == "ocr")
        if ocr_pages:
            scanned["ocr_pages"] += ocr_pages
            part = scanned
        elif runs["raw"][0] is None:  # PDFium cannot open it: no like-for-like figure
            raw_failed += 1
            continue
        else:
            part = reader
            raw_pages, raw_cpu, raw_wall = runs["raw"]
            raw["documents"] += 1
            raw["pages"] += raw_pages
            raw["cpu_seconds"] += raw_cpu
            raw["seconds"] += raw_wall
        part["documents"] += 1
        part["pages"] += len(result.pages)
        part["cpu_seconds"] += cpu
        part["seconds"] += wall

    def finished(part: dict[str, Any]) -> dict[str, Any]:
        return {**part, "seconds": round(part["seconds"], 3), "cpu_seconds": round(part["cpu_seconds"], 3),
                "pages_per_second": rate(part["pages"], part["seconds"]),
                "pages_per_cpu_second": rate(part["pages"], part["cpu_seconds"]),
                "cpu_ms_per_page": round(1000 * part["cpu_seconds"] / part["pages"], 2) if part["pages"] else None}

    return {
        "pdfium": {**finished(raw), "failed": raw_failed,
                   "version": getattr(pdfium, "PYPDFIUM_INFO", None) and str(pdfium.PYPDFIUM_INFO)},
        "text_single_process": {
            "documents": len(docs), "engines": engines,
            "text_layer": finished(reader),
            "ocr": {**finished(scanned),
                    "seconds_per_ocr_page": round(scanned["seconds"] / scanned["ocr_pages"], 2)
                    if scanned["ocr_pages"] else None,
                    "cpu_seconds_per_ocr_page": round(scanned["cpu_seconds"] / scanned["ocr_pages"], 2)
                    if scanned["ocr_pages"] else None},
        },
    }
