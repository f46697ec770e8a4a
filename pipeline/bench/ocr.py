"""OCR quality and cost on real text-layer pages: render, OCR, compare with the text layer.

A page whose PDF has a real text layer is a scan with its answer attached: the
page is rendered at the resolution the text stage OCRs at (200 dpi, greyscale),
read by the text stage's own OCR (``pipeline.text.ocr.ocr_image``), and its
words compared with PDFium's text of the same page.

- word recall: of the text layer's words (lower-cased runs of letters and
  digits, counted with repeats), the share OCR found as many times; layout and
  reading order do not count, only whether the words were read.
- seconds a page: wall time of the OCR call alone (rendering is reported
  apart), and CPU time of this process over the same calls, less disturbed by
  other load on the machine.

The sample is cheap and the same every run: the corpus PDFs in path order, one
in every ``len/SAMPLE_PAGES``, the first page of each with at least
``MIN_WORDS`` words whose text layer is usable (not sent to OCR by the text
stage, not garbled).
"""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

SAMPLE_PAGES = 15
MIN_WORDS = 100
WORD = re.compile(r"[a-z0-9]+")


def word_counts(text: str) -> Counter:
    return Counter(WORD.findall(text.lower()))


def recall_counts(reference: str, ocr: str) -> tuple[int, int]:
    """Words of ``reference`` that ``ocr`` has too (with repeats), and words of ``reference``."""
    want, got = word_counts(reference), word_counts(ocr)
    return sum(min(n, got[w]) for w, n in want.items()), sum(want.values())


def sample_pages(pdfs: list[Path], count: int = SAMPLE_PAGES) -> list[tuple[Path, int]]:
    """(pdf, 0-based page index) of real text-layer pages, spread over the corpus."""
    import pypdfium2 as pdfium

    from pipeline.text.pdf import looks_garbled
    from pipeline.text.usable import needs_ocr

    chosen: list[tuple[Path, int]] = []
    step = max(1, len(pdfs) // count)
    spread = pdfs[::step]
    for path in spread + [p for p in pdfs if p not in set(spread)]:  # the rest when the spread falls short
        try:
            pdf = pdfium.PdfDocument(str(path))
        except Exception:
            continue
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                text = page.get_textpage().get_text_bounded()
                usable = len(text.split()) >= MIN_WORDS and not needs_ocr(page, text) and not looks_garbled(text)
                page.close()
                if usable:
                    chosen.append((path, index))
                    break
        finally:
            pdf.close()
        if len(chosen) >= count:
            break
    return chosen


def ocr_bench(corpus: Path, pdfs: list[Path]) -> dict[str, Any]:
    """``ocr_word_recall`` and ``ocr_seconds_per_page`` over a sample of text-layer pages."""
    import pypdfium2 as pdfium

    from pipeline.text.ocr import OCR_DPI, OcrUnavailable, engine, ocr_image, ocr_identity, render_page

    try:
        engine()
    except OcrUnavailable as error:
        return {"error": str(error), "ocr_word_recall": None, "ocr_seconds_per_page": None}
    pages = []
    found = total = 0
    ocr_seconds = render_seconds = cpu_seconds = 0.0
    for path, index in sample_pages(pdfs):
        pdf = pdfium.PdfDocument(str(path))
        try:
            page = pdf[index]
            reference = page.get_textpage().get_text_bounded()
            began = time.perf_counter()
            image = render_page(page, OCR_DPI)
            rendered = time.perf_counter()
            cpu_began = time.process_time()
            text = ocr_image(image, OCR_DPI)
            cpu_seconds += time.process_time() - cpu_began
            ended = time.perf_counter()
            page.close()
        finally:
            pdf.close()
        hit, words = recall_counts(reference, text)
        found, total = found + hit, total + words
        render_seconds += rendered - began
        ocr_seconds += ended - rendered
        pages.append({"pdf": str(path.relative_to(corpus)), "page": index + 1, "words": words,
                      "recall": round(hit / words, 3), "ocr_seconds": round(ended - rendered, 2)})
    n = len(pages)
    return {
        "engine": ocr_identity(),
        "dpi": OCR_DPI,
        "pages": n,
        "words": total,
        "ocr_word_recall": round(found / total, 3) if total else None,
        "ocr_seconds_per_page": round(ocr_seconds / n, 2) if n else None,
        "ocr_cpu_seconds_per_page": round(cpu_seconds / n, 2) if n else None,
        "render_seconds_per_page": round(render_seconds / n, 3) if n else None,
        "sample": pages,
    }
