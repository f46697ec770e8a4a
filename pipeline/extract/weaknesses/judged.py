"""Findings set out one by one with what was judged or asked of each, as re-visit pages and quoted letters do.

- a re-visit's list that judges each weakness in a paragraph of its own ("- The slow issue of plans" /
  "Not made sufficient progress. ..." / "- ..."): the verdict does not end the list (``past_verdict``),
  and unmarked paragraphs each over a verdict are a list too (``verdict_pairs``);
- a letter quoted by its numbered paragraphs: "8. The local area partnership should:" over its items,
  then "9. Leaders in the ICB should reduce ..." (``WHO_SHOULD``, ``should_siblings``).

These only propose; ``lists`` weighs what they return with the intro's cues through ``decide``. Kept
free of ``cues`` (which reads ``WHO_SHOULD`` from here) so that neither imports the other's readers.
"""

from __future__ import annotations

import re

from pipeline.extract.weaknesses.items import Item, Marker, parse_marker
from pipeline.extract.weaknesses.text import TERMINAL, Found, Line, next_line
from pipeline.extract.weaknesses.verdicts import AMOUNT

PARAGRAPH_LINES = 12  # a verdict's or an item's paragraph is at most this long
MAX_FINDING_WORDS = 45  # a weakness told in one paragraph before its verdict

# A re-visit's verdict on one weakness, opening the paragraph under it: "Sufficient progress.", "Not made
# sufficient progress.", "The area has made sufficient progress in ...", "Insufficient progress: ...".
VERDICT_OPENING = re.compile(
    r"^\W{0,2}(?:(?:the\s+(?:local\s+)?area|the\s+(?:local\s+area\s+)?partnership|leaders|the\s+council|it|they)"
    r"\s+(?:has|have|had)\s+)?(?:not\s+(?:yet\s+)?)?(?:made\s+|making\s+|shown\s+)?"
    rf"{AMOUNT}\s+progress\b",
    re.IGNORECASE,
)

VERDICT_WORDS = 14  # the verdict is the paragraph's short first sentence ("Sufficient progress.")


def opens_with_verdict(text: str) -> bool:
    first = re.split(r"(?<=[.:;])\s", text.strip(), maxsplit=1)[0]
    return bool(VERDICT_OPENING.match(first)) and len(first.split()) <= VERDICT_WORDS


# The 2023 framework's letters: "8. The local area partnership should:", "Leaders in the ICB should:" over what
# they should do (the sentence is only its subject and the modal; a committee's "should" is not a finder's).
WHO = (r"(?:the\s+)?(?:local\s+area\s+partnership|local\s+area|area\s+partnership|partnership|"
       r"(?:\w+\s+){0,2}leaders|integrated\s+care\s+board|icb|commissioners)"
       r"(?:\s+(?:in|of|at|across|from|and)\s+[^.:;]{1,60}?)?\s+(?:should|must|needs?\s+to)(?:\s+also)?")
WHO_SHOULD = re.compile(r"(?:^|[.\"“]\s*|\bthat\s+|\b(?:says?|said|states?|stated|found|concluded|believes?|thinks?)\s+)"
                        r"(?:\d{1,2}\.\s+)?" + WHO + r"\s*:\s*$", re.IGNORECASE)  # ("the letter says (that) leaders should:")
# ... and the letter's next paragraph saying in one sentence what others should do: "9. Leaders in X should reduce ..."
WHO_SHOULD_DO = re.compile(r"^" + WHO + r"\s+[a-z]", re.IGNORECASE)


def past_verdict(lines: list[Line | None], start: int, previous: Marker) -> int | None:
    """A re-visit's list that judges each weakness in a paragraph of its own ("Not made sufficient
    progress. Waiting times ..."): the next item of the list right past that paragraph."""
    if not opens_with_verdict(lines[start].text):
        return None
    _, j = paragraph_at(lines, start)
    while j < len(lines) and lines[j] is None and j - start < PARAGRAPH_LINES:
        j += 1
    if j >= len(lines) or lines[j] is None:
        return None
    marker = parse_marker(lines[j].text)
    return j if marker and marker.follows(previous) else None


def paragraph_at(lines: list[Line | None], start: int) -> tuple[list[Line], int]:
    """The paragraph's lines from ``start`` (up to a blank line) and the index after them."""
    j = start
    while j < len(lines) and lines[j] is not None and j - start < PARAGRAPH_LINES:
        j += 1
    return [line for line in lines[start:j] if line is not None], j


def verdict_pairs(lines: list[Line | None], first: int) -> list[Item]:
    """Unmarked paragraphs each followed by a verdict paragraph ("The slow issue of plans" / "Not made
    sufficient progress. ..."): the paragraphs judged, while the pairs go on; at least two."""
    items: list[Item] = []
    j: int | None = first
    while j is not None and not opens_with_verdict(lines[j].text) \
            and not parse_marker(lines[j].text):
        body, after = paragraph_at(lines, j)
        verdict = next_line(lines, after - 1)
        text = " ".join(line.text for line in body)
        if verdict is None or not opens_with_verdict(lines[verdict].text) \
                or len(text.split()) > MAX_FINDING_WORDS or text.endswith(":"):
            break
        item = Item(Marker(("paragraph",), None, 0))
        for line in body:
            item.add(line)
        items.append(item)
        _, past = paragraph_at(lines, verdict)
        j = next_line(lines, past - 1)
    return items if len(items) >= 2 else []


def should_siblings(lines: list[Line | None], items: list[Item], own: Marker) -> list[Item]:
    """A letter quoted by its numbered paragraphs: after "8. The partnership should:" and its items, the
    next numbered paragraphs that say in one sentence what someone should do ("9. Leaders should ..."), each
    up to the line that ends its sentence (a PDF's next paragraph may follow without a blank line)."""
    last = next((item.lines[-1] for item in reversed(items) if item.lines), None)
    j = next((k for k in range(len(lines)) if lines[k] is last), None)
    out: list[Item] = []
    previous = own
    while j is not None and (j := next_line(lines, j)) is not None:
        marker = parse_marker(lines[j].text)
        if not (marker and marker.follows(previous) and marker.ordinal is not None
                and WHO_SHOULD_DO.match(lines[j].text[marker.length:])):
            break
        item = Item(marker)
        item.add(lines[j], marker.length)
        while j + 1 < len(lines) and lines[j + 1] is not None and not TERMINAL.search(item.parts[-1]) \
                and not parse_marker(lines[j + 1].text) and len(item.lines) < PARAGRAPH_LINES:
            j += 1
            item.add(lines[j])
        out.append(item)
        previous = marker
    return out


# A re-visit's verdict set after the weakness on its line: "The local offer: sufficient progress",
# "Waits for CAMHS – not made sufficient progress", "Joint commissioning (insufficient progress)".
VERDICT_TAIL = re.compile(
    r"\s*(?:[:–—]|\s-|\()\s*(?:(?:the\s+area\s+)?(?:has\s+|had\s+)?not\s+(?:yet\s+)?)?(?:made\s+)?"
    rf"{AMOUNT}\s+progress(?:\s+(?:made|seen|has\s+been\s+made))?"
    r"\s*\)?\s*\.?$", re.IGNORECASE)


def without_verdict_tail(found: Found, last_line: Line) -> Found:
    """The weakness without the verdict after it on its last line (the verdict is not the finding)."""
    tail = VERDICT_TAIL.search(found.text)
    if not tail or tail.start() == 0 or (last_line.page, last_line.end) != (found.page, found.end) \
            or not last_line.text.endswith(found.text[tail.start():]):
        return found
    cut = len(found.text) - tail.start()
    return Found(found.page, found.start, found.end - cut, found.text[:tail.start()], found.evidence)
