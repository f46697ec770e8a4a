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

import re

from pipeline.extract.common.evidence import Evidence
from pipeline.extract.common.structure import looks_like_heading
from pipeline.extract.weaknesses import cues, decide
from pipeline.extract.weaknesses.items import DOTTED, Item, Marker, parse_marker
from pipeline.extract.weaknesses.text import TERMINAL, Line, context_before, PARAGRAPH_WIDTH, next_line, run_in_label

MAX_TITLE_WORDS = 10  # a heading's title names one area
TITLE_WIDTH = 0.7  # a plain numbered title is a short line, not the first line of a wrapped item
HEADING_GAP = 40  # lines searched for the next heading past the paragraphs under one
ABOVE_CHARS = 600  # text above the first heading read for what it names
NUMBERED_AREAS = 1.5  # "Area 1:" alone may number localities or workstreams: the text above must agree
LABELS = ("area", "weakness", "concern", "priority")  # "Action 1:" heads an action, not a finding
ROW_CELLS = " | "  # a ruled table's row, as the text stage joins its cells
# "What the report said:", "In the inspectors' words:", "The letter states:": a sub-label under a finding's heading
# that sets the inspection's own words apart below it (quoted, boxed, indented), before "What we are doing:"
REPORT_WORDS = re.compile(r"^\W{0,2}(?:what\s+|in\s+)?(?:the\s+)?(?:inspection\s+|revisit\s+|re-visit\s+)?"
                          r"(?:report|letter|inspectors?|inspection)(?:'s?|s')?\s*(?:said|says|stated|states|found|"
                          r"words|wrote|asked)?\s*(?:words\s*)?:\s*$", re.IGNORECASE)


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
    if not title:
        # a bare label naming what it heads ("Area for priority action 2", "Significant weakness 3"): a box or a
        # sub-heading set over the finding, which is the paragraph below
        return marker if marker.names_weakness else None
    if len(title.split()) > MAX_TITLE_WORDS or TERMINAL.search(title) or title.endswith(":") \
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
    if j < len(lines) and lines[j] is not None and REPORT_WORDS.match(lines[j].text):
        j = next_line(lines, j) or len(lines)  # "What the report said:" set over the quoted finding
    if j >= len(lines) or lines[j] is None or heading(lines[j], numbered) or ROW_CELLS in lines[j].text \
            or lines[j].text[:1].islower():
        return None, j  # (a ruled table's rows under a heading spanning the table are its actions, no paragraph; a line
        # going on in lower case: the "heading" was a wrapped sentence's first line)
    marker = parse_marker(lines[j].text)
    if numbered and (marker or not lines[j].text[:1].isupper() or len(lines[index].text) >= TITLE_WIDTH * width):
        return None, j  # a plain numbered title: a capitalised, unnumbered paragraph below a short line
    item = Item(marker or Marker(("paragraph",), None, 0))
    item.add(lines[j], marker.length if marker else 0)
    j += 1
    while j < len(lines) and lines[j] is not None and not parse_marker(lines[j].text) \
            and not run_in_label(lines[j].text) and not DOTTED.match(lines[j].text):  # ("3.2 ...": the report's next paragraph)
        last = item.parts[-1]
        # a hard-wrapped line goes on unless the one before ended a sentence well short of the width
        if TERMINAL.search(last) and (len(last) < 0.85 * width or len(last) > PARAGRAPH_WIDTH):
            break  # (a line longer than any PDF's is a web page's whole paragraph)
        if j + 1 < len(lines) and lines[j + 1] is not None and ROW_CELLS in lines[j + 1].text:
            break  # "Ref Action Lead By" over "1.1 | ...": a ruled table's header, not more of the finding
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


# ---------------------------------------------------------------- findings as headings

# A letter's or a decision record's weaknesses written as headings, each over a paragraph of findings, progress
# or actions: "The lack of a shared strategy ..." set in bold (or "Weakness 2: The quality of plans is too variable.",
# "Area 1: The poor timeliness of EHC plans.") over what was found or done about it. The heading is the weakness;
# the paragraph under it is a note, not another weakness.
FINDING_TITLE_WORDS = 40  # a heading stating a finding is one sentence
TITLE_LINES = 3
BODY_LINES = 30  # a heading's paragraphs run at most this far before the next heading
HEADED_CONTEXT = 4000  # text above the first heading searched for an inspection or review
FONT_HEADINGS = 2.0  # parallel headings, each reading as a finding, each over its own body
EACH_NOTED = 1.0  # a body says how far the weakness above it was put right ("... made sufficient progress ...")


def finding_heading(lines: list[Line | None], index: int) -> tuple[list[Line], Marker | None, int] | None:
    """The heading at ``index`` whose title may state a finding: lines the PDF's fonts set as a heading (one title
    however many lines it wraps to), or a labelled line ("Weakness 2:", "Area 1:") whose title is a sentence; its
    lines, its label and the index after it."""
    line = lines[index]
    if line is None:
        return None
    marker = parse_marker(line.text)
    if line.heading:
        group, j = [line], index + 1
        while j < len(lines) and lines[j] is not None and lines[j].heading and len(group) < TITLE_LINES \
                and not (lines[j].text[:1].isupper() and (TERMINAL.search(group[-1].text)
                                                            or len(group[-1].text) < 0.5 * len(lines[j].text))):
            # (a short title over a longer one, "Findings" over "The lack of ...", is a title of its own)
            group.append(lines[j])
            j += 1
        return group, (marker if marker and marker.length < len(line.text) else None), j
    if marker is None or marker.style[0] != "label" or not (marker.names_weakness or marker.style[1] in LABELS):
        return None
    group, j = [line], index + 1
    while not TERMINAL.search(group[-1].text) and j < len(lines) and lines[j] is not None \
            and len(group) < TITLE_LINES and not parse_marker(lines[j].text):
        group.append(lines[j])
        j += 1
    if not TERMINAL.search(group[-1].text):
        return None  # an unpunctuated title over a paragraph: ``headed_areas``' "Area 1: <topic>"
    return group, marker, j


def states_finding(title: str, marker: Marker | None) -> bool:
    """A heading's title that states one finding, as a sentence does ("The poor quality of EHC plans."), not a
    section's title ("Progress Against The Plan", "BUDGET MONITORING"), nor one naming the findings as a whole
    ("Progress against the areas of weakness"), nor an action ("We will ...")."""
    if not title or len(title.split()) > FINDING_TITLE_WORDS or title.endswith(":") or ROW_CELLS in title:
        return False
    if looks_like_heading(title) or cues.names_weakness(title) or cues.is_response(title):
        return False
    return bool(marker and marker.names_weakness) or cues.reads_as_finding(title)


def heading_title(group: list[Line], marker: Marker | None) -> str:
    first = group[0].text[marker.length:] if marker else group[0].text
    return " ".join([first.strip(), *(line.text for line in group[1:])]).strip()


def headed_findings(lines: list[Line | None], first: int) -> tuple[list[Item], int]:
    """Two or more parallel headings from ``first``, each a finding over a body of its own (see above): one
    item a heading, its label left out, with the run's evidence on each; and where reading resumes."""
    start = finding_heading(lines, first)
    if start is None:
        return [], first
    kind = lines[first].heading
    style = start[1].style if start[1] and not kind else None
    items: list[Item] = []
    noted = 0
    at: int | None = first
    resume = first
    while at is not None:
        found = finding_heading(lines, at)
        if found is None or lines[at].heading != kind:
            break
        group, marker, after = found
        if style is not None and (marker is None or marker.style != style):
            break
        title = heading_title(group, marker)
        if not states_finding(title, marker):
            break
        body = next_line(lines, after - 1)
        if body is None or lines[body].heading or finding_heading(lines, body) is not None \
                or ROW_CELLS in lines[body].text:
            break  # no paragraph under it: a list of titles, or a table's header over its rows
        item = Item(marker or Marker(("paragraph",), None, 0))
        item.add(group[0], marker.length if marker else 0)
        for line in group[1:]:
            item.add(line)
        items.append(item)
        following = next((k for k in range(body, min(len(lines), body + BODY_LINES))
                          if lines[k] is not None and (lines[k].heading or parse_marker(lines[k].text))
                          and finding_heading(lines, k) is not None), None)
        stop = following if following is not None else min(len(lines), body + BODY_LINES)
        text = " ".join(line.text for line in lines[body:stop] if line is not None)
        noted += bool(PROGRESS_NOTE.search(text))
        resume = stop
        at = following
    if len(items) < 2:
        return [], first
    evidence = Evidence()
    if any(item.marker.names_weakness for item in items):
        evidence.add("headings:label-names-weakness", decide.NAMES_WEAKNESS)
    else:
        evidence.add("headings:findings-over-bodies", FONT_HEADINGS)
    if noted >= 2:
        evidence.add("bodies:progress-noted", EACH_NOTED)
    if cues.has_source(context_before(lines, first, HEADED_CONTEXT, 200)):
        evidence.add("context:inspection", decide.INSPECTION)
    else:
        evidence.add("context:no-inspection", decide.NO_INSPECTION)
    for item in items:
        item.evidence = evidence
    return items, resume


PROGRESS_NOTE = re.compile(
    r"\b(?:(?:not\s+)?made\s+(?:sufficient|good|some|limited|little|no|insufficient|strong|reasonable)\s+progress|"
    r"(?:sufficient|insufficient|good|some|limited|little|no)\s+progress)\b", re.IGNORECASE)
