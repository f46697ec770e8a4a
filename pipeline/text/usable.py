"""Which PDF pages have no usable text layer and need OCR.

Two kinds, both measured on ../shared/corpus so that no page with a real text
layer is sent to OCR (OCR costs about a second a page; PDFium's text, a
thousandth of that):

- a picture of a page: fewer than ``FEW_WORDS`` words and images covering at
  least half the page, or no words at all over images or drawings (text turned
  into outlines). In the corpus only the scanned Milburn returns are either;
  covers and charts carry at least 7 words or cover less of the page.
- a text layer of garbage: a scanner's failed OCR or a font without a Unicode
  map gives letters that are not English ("Xkq zvbnm"): almost no common short
  words and many tokens no one could pronounce, or mostly characters outside
  ordinary text. The corpus's densest tables of names and figures stay below
  both thresholds.
"""

from __future__ import annotations

import re
from itertools import islice

FEW_WORDS = 5
PICTURE_COVERAGE = 0.5
WORD = re.compile(r"[A-Za-z]{2,}")
TOKEN = re.compile(r"[A-Za-z]+")
# Short words that make up a tenth or more of any English prose or minutes.
COMMON = frozenset(
    "the and of to a in for is on that by with be as at this are from will or it an which have has "
    "not been was were their its all should these any they we our".split()
)
VOWEL = re.compile(r"[aeiouy]", re.IGNORECASE)
CONSONANT_RUN = re.compile(r"[^aeiouy]{5,}", re.IGNORECASE)
# Not printable ASCII, not whitespace, and not a symbol ordinary English text uses.
UNUSUAL = re.compile(r"[^\x21-\x7e\s£€–—‘’“”•…·°½¼¾]")
MIN_TOKENS = 20
MIN_CHARS = 60


def _unpronounceable(token: str) -> bool:
    return not VOWEL.search(token) or bool(CONSONANT_RUN.search(token))


def looks_like_garbage(text: str) -> bool:
    """True for a text layer that is not words; false for a real page's tables and lists.

    Runs on every page, so the common case (ASCII prose with its short words)
    is settled without a loop over characters, and after its first few lines.
    """
    if not text.isascii():
        visible = len("".join(text.split()))  # (str.split's whitespace is the regex's \s)
        if visible >= MIN_CHARS and len(UNUSUAL.findall(text)) / visible > 0.25:
            return True
    lowered = text.lower()
    # Tokens are separated, so at most half the characters start one: this many common words make up
    # 2% of the tokens whatever their number, and settle a page of prose after its first lines.
    enough = 0.02 * (len(lowered) + 1) / 2
    tokens: list[str] = []
    common = 0
    for match in TOKEN.finditer(lowered):
        token = match.group()
        tokens.append(token)
        if token in COMMON:
            common += 1
            if common >= enough:
                return False
    if len(tokens) < MIN_TOKENS or common >= 0.02 * len(tokens):
        return False
    long_tokens = [t for t in tokens if len(t) >= 4]  # not "Mr", "Mrs", "St"
    odd_tokens = sum(1 for t in long_tokens if _unpronounceable(t))
    return odd_tokens > 0.3 * len(long_tokens) > 0


def image_coverage(page) -> tuple[float, bool]:
    """Share of the page covered by images, and whether it draws anything at all."""
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    covered, drawn = 0.0, False
    for obj in page.get_objects(max_depth=3):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            left, bottom, right, top = obj.get_bounds()
            covered += max(0.0, right - left) * max(0.0, top - bottom)
            drawn = True
        elif obj.type in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_SHADING):
            drawn = True
    return (covered / (width * height) if width and height else 0.0), drawn


def needs_ocr(page, text: str) -> bool:
    """Whether ``page`` (pypdfium2) with text layer ``text`` should be read by OCR."""
    words = sum(1 for _ in islice(WORD.finditer(text), FEW_WORDS))  # stop counting at FEW_WORDS
    if words < FEW_WORDS:
        coverage, drawn = image_coverage(page)
        return coverage >= PICTURE_COVERAGE or (words == 0 and drawn)
    return looks_like_garbage(text)
