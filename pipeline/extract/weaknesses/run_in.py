"""Findings set out as a run-in list inside one sentence: "leaders should (i) X; (ii) Y; and (iii) Z", "the
area had not yet addressed (a) X; (b) Y; and (c) Z". Whichever reader took the sentence (or its first clause)
as one finding, each marked item is a finding of its own, without the words that introduce the list; the list
runs in the page text to the sentence's end, past where the reader stopped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract.weaknesses.text import Found, collapse

# The first marker of a series, after a word: "should (i) ", "addressed (a) ", "are (1) ".
FIRST = re.compile(r"(?<=[\w,:;])\s+\((?P<mark>a|i|1)\)\s+(?=\w)")
SERIES = {"a": "abcdefghij", "i": ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"],
          "1": [str(n) for n in range(1, 11)]}
# What ends the last item: a full stop before a capital or the page's end, or a blank line.
SENTENCE_END = re.compile(r"\.(?=\s+[A-Z(\d]|\s*$)|\n\s*\n")
# What may stand between an item and the next marker: a semicolon or comma, then perhaps "and" or "or".
JOINER = re.compile(r"[;,]?\s+(?:(?:and|or)\s+)?$")
TRIM = " \n\t.,;:"


def next_marker(text: str, mark: str, start: int) -> re.Match | None:
    return re.compile(rf"\s\({re.escape(mark)}\)\s+(?=\w)").search(text, start)


def items(page_text: str, first: int) -> list[tuple[int, int]]:
    """The spans of the marked items from the first marker at ``first``: each to the next marker, the last to the
    sentence's end; none unless a second marker follows, joined by a semicolon, comma or "and"."""
    opening = FIRST.match(page_text, first)
    if opening is None:
        return []
    marks = SERIES[opening["mark"]]
    end = SENTENCE_END.search(page_text, opening.end())
    stop = end.start() if end else len(page_text)
    starts, at = [opening.end()], opening.end()
    bounds: list[int] = []
    for mark in marks[1:]:
        found = next_marker(page_text, mark, at)
        if found is None or found.start() >= stop or not JOINER.search(page_text[at:found.start() + 1]):
            break
        bounds.append(found.start())
        starts.append(found.end())
        at = found.end()
    if len(starts) < 2:
        return []
    spans = []
    for begin, finish in zip(starts, bounds + [stop]):
        raw = page_text[begin:finish]
        raw = re.sub(r"[;,]?\s+(?:and|or)\s*$", "", raw.rstrip(TRIM)).rstrip(TRIM)
        spans.append((begin, begin + len(raw)))
    return spans


def split_run_in(found: list[Found], page_text: Callable[[int], str]) -> list[Found]:
    """Each finding holding a run-in series' first marker after words of its own becomes the series' items."""
    out: list[Found] = []
    for item in found:
        if "(" not in item.text or not FIRST.search(item.text):
            out.append(item)  # the cheap test first: almost no finding holds a marker
            continue
        text = page_text(item.page)
        opening = FIRST.search(text, item.start, item.end)
        spans = items(text, opening.start()) if opening else []
        if not spans:
            out.append(item)
            continue
        evidence = f"{item.evidence}; list:run-in-markers" if item.evidence else "list:run-in-markers"
        out.extend(Found(item.page, a, b, collapse(text[a:b]), evidence) for a, b in spans)
    return out
