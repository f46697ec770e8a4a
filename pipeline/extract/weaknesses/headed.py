"""Weaknesses under numbered headings, one area a heading, each over the paragraph that states it.

An officer's report often gives each weakness still open its own sub-heading, "Area 1: <a short
title>", "Weakness 2 – <title>", "Priority 3: <title>", and states the finding in the (often
numbered) report paragraph right below it, before what has been done about it:

    Area 1: Support in mainstream schools
    2. Schools vary too much in how well they ... (the finding)
    3. Since the plan was approved, ... (the response)

The items are the first paragraph under each heading. Proposed here, weighed by ``decide`` with
the headings' cues (a label naming weaknesses, or a bare "Area n"), what the text above the first
heading says (it names weaknesses, a count agreeing with the headings), an inspection around, and
each paragraph's own words (it must judge provision; a response or a next step weighs against).
"""

from __future__ import annotations

from pipeline.extract.common.evidence import Evidence
from pipeline.extract.weaknesses import cues, decide
from pipeline.extract.weaknesses.items import Item, Marker, parse_marker
from pipeline.extract.weaknesses.text import TERMINAL, Line, context_before

MAX_TITLE_WORDS = 10  # a heading's title names one area
TITLE_WIDTH = 0.7  # a plain numbered title is a short line, not the first line of a wrapped item
HEADING_GAP = 40  # lines searched for the next heading past the paragraphs under one
ABOVE_CHARS = 600  # text above the first heading read for what it names
NUMBERED_AREAS = 1.5  # "Area 1:" alone may number localities or workstreams: the text above must agree
LABELS = ("area", "weakness", "concern", "priority")  # "Action 1:" heads an action, not a finding
ROW_CELLS = " | "  # a ruled table's row, as the text stage joins its cells


def heading(line: Line | None, numbered: bool = False) -> Marker | None:
    """A numbered heading: a label ("Area 1:") and a short title with no end punctuation; with
    ``numbered`` (right under an intro that names weaknesses) a plain "1. <Title>" too."""
    if line is None:
        return None
    marker = parse_marker(line.text)
    if marker is None:
        return None
    if numbered and marker.style[0] == "number" and marker.ordinal is not None:
        if not line.text[marker.length:][:1].isupper():
            return None
    elif marker.style[0] != "label" or not (marker.names_weakness or marker.style[1] in LABELS):
        return None
    title = line.text[marker.length:].strip()
    if not title or len(title.split()) > MAX_TITLE_WORDS or TERMINAL.search(title) or title.endswith(":") \
            or cues.JUDGES_PROVISION.search(title) or cues.MODAL.search(title):
        return None  # (a title that judges is the finding itself: "Priority action 1: Waits are too long";
        # "Waiting for therapy" only names a topic)
    return marker


def finding_below(lines: list[Line | None], index: int, width: int) -> bool:
    """The line at ``index`` is a numbered heading whose paragraph states a finding: the paragraph,
    not the heading's title, is the item."""
    if heading(lines[index]) is None:
        return False
    item, _ = paragraph_after(lines, index, width)
    return item is not None and cues.reads_as_finding(" ".join(item.parts))


def paragraph_after(lines: list[Line | None], index: int, width: int,
                    numbered: bool = False) -> tuple[Item | None, int]:
    """The paragraph right below the heading at ``index`` (its number left out), and the line after it."""
    j = index + 1
    while j < len(lines) and lines[j] is None and j - index <= 2:
        j += 1
    if j >= len(lines) or lines[j] is None or heading(lines[j], numbered) or ROW_CELLS in lines[j].text:
        return None, j  # (a ruled table's rows under a heading spanning the table are its actions, no paragraph)
    marker = parse_marker(lines[j].text)
    if numbered and (marker or not lines[j].text[:1].isupper() or len(lines[index].text) >= TITLE_WIDTH * width):
        return None, j  # a plain numbered title: a capitalised, unnumbered paragraph below a short line
    item = Item(marker or Marker(("paragraph",), None, 0))
    item.add(lines[j], marker.length if marker else 0)
    j += 1
    while j < len(lines) and lines[j] is not None and not parse_marker(lines[j].text):
        last = item.parts[-1]
        # a hard-wrapped line goes on unless the one before ended a sentence well short of the width
        if TERMINAL.search(last) and len(last) < 0.85 * width:
            break
        item.add(lines[j])
        j += 1
    return (item if item.lines else None), j


def headed_areas(lines: list[Line | None], first: int, width: int,
                 numbered: bool = False) -> tuple[list[Item], int]:
    """The paragraphs under "Area 1: ...", "Area 2: ..." (with ``numbered``, under an intro that names
    weaknesses, "1. <Title>" too): each heading's first paragraph, the headings numbered on; with the
    list's evidence set on each; and where reading resumes."""
    marker = heading(lines[first], numbered)
    if marker is None or marker.ordinal != 1:
        return [], first
    items: list[Item] = []
    at, current, resume = first, marker, first
    while at is not None:
        item, after = paragraph_after(lines, at, width, numbered)
        if item is None:
            break
        items.append(item)
        resume = after
        at = next((k for k in range(after, min(len(lines), after + HEADING_GAP))
                   if (found := heading(lines[k], numbered)) and found.style == current.style
                   and found.ordinal == current.ordinal + 1), None)
        current = heading(lines[at], numbered) if at is not None else current
    if numbered and len(items) < 2:
        return [], first
    if not items:
        return [], first
    evidence = headings_evidence(lines, first, marker, len(items))
    for item in items:
        item.evidence = evidence
    return items, resume


def headings_evidence(lines: list[Line | None], first: int, marker: Marker, headings: int) -> Evidence:
    """The cues of the headings and of the text above them."""
    evidence = Evidence()
    if marker.names_weakness:
        evidence.add("headings:label-names-weakness", decide.NAMES_WEAKNESS)
    else:
        evidence.add("headings:numbered-areas", NUMBERED_AREAS)
    above = context_before(lines, first - 1, ABOVE_CHARS, 8) if first else ""
    if cues.names_weakness(above):
        evidence.add("above:names-weakness", decide.PREVIOUS_NAMES)
    if cues.has_source(context_before(lines, first, 2500)):
        evidence.add("context:inspection", decide.INSPECTION)
    else:
        evidence.add("context:no-inspection", decide.NO_INSPECTION)
    count = cues.stated_count(above)
    if count:
        evidence.add("count", decide.COUNT_MATCHES if count == headings else decide.COUNT_SHORT,
                     f"{min(count, headings)}/{count}")
    return evidence
