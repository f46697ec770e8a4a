"""List markers: "(a)", "1.", "A)", "2.3", "(iv)", bullets and dashes.

How to recognise one at the start of a line, which numbering scheme it
belongs to, and which marker follows which ("(h)" -> "(i)", "A)" -> "b)"),
so that segmentation can open items and clause lists can tell a next
clause from a sub-item.
"""

from __future__ import annotations

import re

BULLET_CHARS = "•·▪●◦○■□➢►▶✓\u2022\u25aa\u25cf\uf0b7\uf0a7"
DASHES = "\u2013\u2014*-"
BULLETS = set(BULLET_CHARS + DASHES + "o")
# Markers that open a list item, in the forms councils use. Each alternative
# is named; "loose" ones also occur at the start of wrapped lines ("4 April",
# "– a dash", "A. Smith") so they count only after a closed sentence.
MARKER = re.compile(
    r"""^(?:
        (?P<paren>\(\s*(?:[a-zA-Z]|[ivxlcIVXLC]{1,5}|\d{1,3})\s*\))        # (a) (iv) (3)
      | (?P<close>(?:[a-zA-Z]|[ivxlcIVXLC]{1,5}|\d{1,3})\))              # a) iv) 3)
      | (?P<dotted>\d{1,3}(?:\.\d{1,3}){1,3}\.?)(?=\s|$)                 # 2.3 2.3. 2.3.1
      | (?P<number>\d{1,3}\.)(?=\s|$)                                    # 1.
      | (?P<lower>(?:[a-z]|[ivxlc]{1,5})\.)(?=\s|$)                      # a. iv.
      | (?P<upper>(?:[A-Z]|[IVXLC]{1,5})\.)(?=\s|$)                      # A. IV.
      | (?P<bullet>[%s])(?=\s|\w|$)                                      # bullets, glued or not
      | (?P<bare>\d{1,3})(?=\s+[A-Z])                                    # 4 Background
      | (?P<dash>[%s]|o)(?=\s|$)                                          # dashes, Word's "o"
    )\s*""" % (BULLET_CHARS, DASHES),
    re.VERBOSE,
)
LOOSE = {"bare", "dash", "upper"}
# A link in a ModernGov page's list of decisions or meetings: its date, a dash, the item's title
# ("24 Mar 2025 - SEND Improvement: ...", "24/03/2025 - Cabinet ..."), after a bullet if any.
DATED_LINK = re.compile(r"^\W*(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d{4})"
                        r"\s*[-–—]\s+(?=\S)")
MONTH_AFTER = re.compile(r"^\d{1,3}\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zA-Z]*\b")  # "15 JUNE 2021"
ROMAN = re.compile(r"^(?:x{0,3})(?:ix|iv|v?i{0,3})$")
# How deep a numbering scheme usually sits: paragraph numbers outside,
# letters inside them, roman numerals inside letters, bullets innermost.
RANK = {"number": 0, "dotted": 0, "paren-number": 1, "letter": 2, "roman": 3, "bullet": 4}


def match_marker(text: str, closed: bool = True) -> str | None:
    """The list marker opening ``text`` (with the space after it), or None.
    ``closed`` says whether the text before ended a sentence; loose markers
    need it."""
    match = MARKER.match(text)
    if not match:
        return None
    if match.lastgroup in LOOSE and not closed:
        return None
    if match.lastgroup == "bare" and MONTH_AFTER.match(text):
        return None
    return match.group(0)


def marker_parts(marker: str) -> tuple[str, str]:
    """("(a)" -> ("(x)", "a")): the marker's punctuation form and its label."""
    core = marker.strip()
    if core.startswith("(") and core.endswith(")"):
        return "(x)", core[1:-1].strip()
    if core.endswith(")"):
        return "x)", core[:-1]
    if core.endswith(".") and not re.fullmatch(r"\d+(?:\.\d+)+\.", core):
        return "x.", core[:-1]
    return "x", core


def marker_style(marker: str) -> str:
    """The numbering scheme of a marker: number, dotted, paren-number,
    letter, roman or bullet. "(i)" reads as roman here; ``is_successor``
    also accepts it as the letter after "(h)"."""
    core = marker.strip()
    if core in BULLETS or (core and core[0] in BULLET_CHARS):
        return "bullet"
    form, label = marker_parts(core)
    if re.fullmatch(r"\d+(?:\.\d+)+\.?", label):
        return "dotted"
    if label.isdigit():
        return "paren-number" if form == "(x)" else "number"
    if ROMAN.match(label.lower()) and (len(label) > 1 or label.lower() in "ivx"):
        return "roman"
    return "letter"


def roman_value(label: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total, last = 0, 0
    for char in reversed(label.lower()):
        value = values[char]
        total, last = (total - value, last) if value < last else (total + value, value)
    return total


def is_successor(previous: str, marker: str) -> bool:
    """Whether ``marker`` is the sibling that comes right after ``previous``
    ("(a)" -> "(b)", "A)" -> "b)", "2." -> "3.", "1.1" -> "1.2", "(h)" -> "(i)",
    a bullet after a bullet of the same kind)."""
    prev_style, style = marker_style(previous), marker_style(marker)
    if prev_style == "bullet" or style == "bullet":
        return prev_style == style and previous.strip() == marker.strip()
    prev_form, prev_label = marker_parts(previous)
    form, label = marker_parts(marker)
    if prev_form != form:
        return False
    if prev_style == "dotted" and style == "dotted":
        a, b = prev_label.rstrip(".").split("."), label.rstrip(".").split(".")
        return len(a) == len(b) and a[:-1] == b[:-1] and int(b[-1]) == int(a[-1]) + 1
    if prev_label.isdigit() and label.isdigit():
        return int(label) == int(prev_label) + 1
    if len(prev_label) == 1 and len(label) == 1 and prev_label.isalpha() and label.isalpha():
        if ord(label.lower()) == ord(prev_label.lower()) + 1:
            return True
    if ROMAN.match(prev_label.lower()) and ROMAN.match(label.lower()) and prev_label and label:
        return roman_value(label) == roman_value(prev_label) + 1
    return False
