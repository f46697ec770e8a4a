"""Which lines of a PDF page its fonts set as headings: bold, or clearly larger than the page's body.

Web pages reach the extractors with their headings marked; a PDF's text layer keeps no font, so
a bold line over a paragraph read as a plain line. Here each line of PDFium's text is sampled at
three characters (its first, middle and last), which costs a few calls a line, not one a
character: a line is a heading when all three are bold (the font's name or weight says so) or
all are set clearly larger than the most common size on the page. Bold is not a heading where it
is the page's body (most of the page bold) or a paragraph set in bold (a run of bold lines too
long for a title).

The page text is not changed: the lines found travel beside it (``Page.headings``, the offsets
where they start in the cleaned text), so every quote and span still reads the page text.
"""

from __future__ import annotations

import ctypes
import functools
import re
import unicodedata

from pipeline.text.cleanup import SPACES

BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|[-,]bd\b|[-,]b$", re.IGNORECASE)
BOLD_WEIGHT = 600
FORCE_BOLD = 1 << 18  # PDF font descriptor flag ForceBold
LARGER = 1.2  # a line this much larger than the page's body size stands out as a heading
MOST_BOLD = 0.5  # a page whose lines are mostly bold is set in bold: bold marks nothing there
RUN_WORDS = 36  # consecutive heading lines holding more words are a paragraph set in bold
# A bold run ending open ("Visitor Permits -", "Schools and") is a run-in label: its sentence goes on in the body.
RUNS_ON = re.compile(r"(?:[-–—,;(&/]|\b(?:and|or|the|of|to|for|with|by|in|on|a|an|at|from|that|is|are))$",
                     re.IGNORECASE)
MARKER = re.compile(r"^(?:\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zA-Z]|[ivx]{1,4})[.)]|\d{1,2}(?:\.\d{1,2})*)\s+")
MARKER_STARTS = frozenset("0123456789(")
LETTER = re.compile(r"[A-Za-z]{2}")


def _line_key(text: str) -> str:
    """A line as the text stage's cleanup leaves it (NFKC, spaces folded, trimmed)."""
    return SPACES.sub(" ", unicodedata.normalize("NFKC", text).replace("\u00ad", "")).strip()


NAMES: dict[bytes, bool] = {}  # a font's name (as PDFium gives it) -> whether it names a bold face


def _bold_reader(textpage):
    """``bold(index)``: whether the page's character ``index`` is set in a bold face (its font's weight, its
    ForceBold flag or its name says so). A closure over the raw calls: it runs a few times a line."""
    import pypdfium2.raw as raw

    handle, weight, info = textpage.raw, raw.FPDFText_GetFontWeight, raw.FPDFText_GetFontInfo
    buffer = ctypes.create_string_buffer(96)
    flags = ctypes.c_int()
    flags_ref = ctypes.byref(flags)

    def bold(index: int) -> bool:
        if weight(handle, index) >= BOLD_WEIGHT:
            return True
        length = info(handle, index, buffer, 96, flags_ref)
        if flags.value & FORCE_BOLD:
            return True
        key = buffer.raw[:max(0, min(length, 96) - 1)]
        known = NAMES.get(key)
        if known is None:
            known = NAMES[key] = bool(BOLD_NAME.search(key.decode("latin-1", "replace").split("+", 1)[-1]))
        return known

    return bold


def _new_title(line: str, following: str) -> bool:
    """The bold line after ``line`` starts a title of its own: ``line`` is a short title over a longer one ("Main
    findings" over "The lack of a shared strategy ..."), or ends a sentence."""
    if not following[:1].isupper():
        return False
    return len(line) < 0.5 * len(following) or line.rstrip()[-1:] in ".!?"


def _middle(text: str, first: int, last: int) -> int:
    middle = (first + last + 1) // 2
    while middle < last and text[middle].isspace():
        middle += 1
    return middle


def heading_lines(textpage, text: str | None = None) -> set[str]:
    """The texts (as cleanup leaves them) of the page's lines set as headings; ``text`` is the
    page's text as PDFium read it, if already read (it is used when it holds every character)."""
    count = textpage.count_chars()
    if text is None or len(text) != count:
        text = textpage.get_text_range()
    if not text or len(text) != count:  # offsets would not be PDFium's char indexes
        return set()
    import pypdfium2.raw as raw

    bold_at, size_at = _bold_reader(textpage), functools.partial(raw.FPDFText_GetFontSize, textpage.raw)
    lines: list[tuple[str, int, int, bool, float]] = []  # text, first and last char sampled, bold, size
    sep = "\r\n" if "\r\n" in text else "\n"  # (other breaks stay inside a line: its offsets still hold)
    step = len(sep)
    weight: dict[int, int] = {}  # font size (tenths) -> characters set in it
    offset = 0
    previous = False
    for raw_line in text.split(sep):
        stripped = raw_line.strip()
        if stripped and LETTER.search(stripped):
            first = offset + len(raw_line) - len(raw_line.lstrip())
            title = stripped
            if stripped[0] in MARKER_STARTS or stripped[1:2] in ".)":
                marker = MARKER.match(stripped)  # "3. ", "(b) ": a list's number is often plain before a bold title
                if marker and marker.end() < len(stripped):
                    first += marker.end()
                    title = stripped[marker.end():]
            last = first + len(title) - 1
            # (a line starting in lower case goes on from the one before: bold only after a bold line, so not asked)
            previous = (previous or not title[0].islower()) and bold_at(first) and bold_at(last) \
                and bold_at(_middle(text, first, last))
            size = size_at(first)
            key = int(size * 10 + 0.5)
            weight[key] = weight.get(key, 0) + len(stripped)
            lines.append((stripped, first, last, previous, size))
        offset += len(raw_line) + step
    if len(lines) < 2:
        return set()
    body = max(weight, key=weight.get) / 10
    bold_share = sum(len(line) for line, _, _, is_bold, _ in lines if is_bold) / max(1, sum(weight.values()))
    least = LARGER * body
    marked = [(body > 0 and size >= least and size_at(last) >= least and size_at(_middle(text, first, last)) >= least)
              or (is_bold and bold_share <= MOST_BOLD) for _, first, last, is_bold, size in lines]
    found: set[str] = set()
    index = 0
    while index < len(lines):  # runs of marked lines, too long a run being a bold paragraph
        if not marked[index]:
            index += 1
            continue
        end = index
        while end + 1 < len(lines) and marked[end + 1] and not _new_title(lines[end][0], lines[end + 1][0]):
            end += 1
        run = [lines[k][0] for k in range(index, end + 1)]
        if sum(len(line.split()) for line in run) <= RUN_WORDS and not RUNS_ON.search(run[-1]):
            found.update(_line_key(line) for line in run)
        index = end + 1
    return found


def heading_offsets(text: str, keys: set[str]) -> list[int]:
    """Where in the cleaned page ``text`` the lines whose text is in ``keys`` start."""
    if not keys:
        return []
    out: list[int] = []
    offset = 0
    for raw_line in text.split("\n"):
        stripped = raw_line.strip()
        if stripped and stripped in keys:
            out.append(offset + len(raw_line) - len(raw_line.lstrip()))
        offset += len(raw_line) + 1
    return out
