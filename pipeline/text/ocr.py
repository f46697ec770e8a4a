"""OCR of PDF pages that have no usable text layer, with Tesseract through tesserocr.

Why tesserocr: measured on 14 text-layer pages of ../shared/corpus rendered at
200 dpi (one process, load on the machine from other jobs), tesserocr read
them in 1.2 CPU s a page, pytesseract (a tesseract process per page) in 1.9 and
ocrmypdf (a new PDF per page, then PDFium) in 2.3, at the same word recall
(0.989, 0.989, 0.983). tesserocr keeps one engine per worker process, loaded
once, and needs no temporary files. Its wheel carries the Tesseract library;
the English model comes from Debian's ``tesseract-ocr-eng`` (``make
ocr-deps``), so a machine without it reads no scans and says what to install.

Pages are rendered at ``OCR_DPI``, the resolution ``make bench`` measures.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

OCR_DPI = 200
LANGUAGE = "eng"
OCR_MISSING = "needs OCR: install tesseract-ocr (make ocr-deps)"
# Where Debian, Ubuntu, Homebrew and source builds put Tesseract's models.
TESSDATA_DIRS = [
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
]
NO_OCR_ENV = "MINUTES_NO_OCR"  # set to 1 to read as if Tesseract were not installed


class OcrUnavailable(Exception):
    """Tesseract or its English model is not installed."""


def tessdata_dir() -> Path | None:
    """The folder holding the English model, or None when there is none."""
    if os.environ.get(NO_OCR_ENV) == "1":
        return None
    candidates = []
    if os.environ.get("TESSDATA_PREFIX"):
        prefix = Path(os.environ["TESSDATA_PREFIX"])
        candidates += [prefix, prefix / "tessdata"]
    candidates += [Path(p) for p in TESSDATA_DIRS]
    for folder in candidates:
        if (folder / f"{LANGUAGE}.traineddata").is_file():
            return folder
    return None


def ocr_identity() -> str | None:
    """What would OCR a page here (binding version and model), or None when nothing can.

    Part of the text stage's cache key for PDFs: a document read without OCR is
    read again once OCR is installed, and again when the engine or model changes.
    Cheap (no import of the engine) and worked out once per setting of the
    environment, so a warm build stays fast.
    """
    return _identity(os.environ.get(NO_OCR_ENV), os.environ.get("TESSDATA_PREFIX"))


@lru_cache(maxsize=8)
def _identity(no_ocr: str | None, prefix: str | None) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    folder = tessdata_dir()
    if folder is None:
        return None
    try:
        binding = version("tesserocr")
    except PackageNotFoundError:
        return None
    model = folder / f"{LANGUAGE}.traineddata"
    return f"tesserocr {binding}; {model} {model.stat().st_size}"


@lru_cache(maxsize=1)
def _engine(folder: str):
    """One Tesseract engine per process: loading the model costs about 0.3 s."""
    import tesserocr

    return tesserocr.PyTessBaseAPI(path=folder, lang=LANGUAGE)


def engine():
    folder = tessdata_dir()
    if folder is None:
        raise OcrUnavailable(OCR_MISSING)
    try:
        return _engine(str(folder))
    except (ImportError, RuntimeError) as error:
        raise OcrUnavailable(f"{OCR_MISSING} ({error})") from error


def ocr_image(image, dpi: int = OCR_DPI) -> str:
    """Text of one page image (a PIL image) in Tesseract's reading order."""
    api = engine()
    api.SetImage(image)
    api.SetSourceResolution(dpi)
    try:
        return api.GetUTF8Text()
    finally:
        api.Clear()


def render_page(page, dpi: int = OCR_DPI):
    """A pypdfium2 page as a greyscale PIL image at ``dpi``."""
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    try:
        return bitmap.to_pil().copy()  # to_pil() shares the bitmap's memory
    finally:
        bitmap.close()


def ocr_pdf_page(page, dpi: int = OCR_DPI) -> str:
    return ocr_image(render_page(page, dpi), dpi)
