"""Areas given only as a tracker's rows spanning the whole table, each over its ruled action rows.

A WSoA tracker (Ref | Action | Lead | Target date | Progress | RAG) often states each area of weakness once, as a
full-width row above its actions, and nowhere else:

    Area 1: The lack of a clear and shared strategic vision for SEND across education, health and social care, and
    weak joint self-evaluation
    1.1 | Agree a joint SEND strategy ... | SEND Improvement Board | September 2020 | ... | G
    Area 2: ...

Each banner ("Area n:", "Weakness n -", "Priority action n:"), to the first ruled row under it, is one area, the
label left out; the banners are numbered on, past the rows and a page break with the header repeated. A title too
long for ``headed`` is no heading over a paragraph here: the rows below are no prose. Weighed by ``decide``: a bare
"Area n" is a weaker label than one naming weaknesses, so the banner must judge provision too.
"""

from __future__ import annotations

from pipeline.extract.common.evidence import Evidence
from pipeline.extract.weaknesses import cues, decide
from pipeline.extract.weaknesses.headed import LABELS, NUMBERED_AREAS, ROW_CELLS
from pipeline.extract.weaknesses.items import Item, parse_marker
from pipeline.extract.weaknesses.text import Line, context_before

BANNER_LINES = 3  # lines one banner may wrap over before its first row
ROWS_BETWEEN = 40  # lines of rows (and a page's repeated header) between two banners
CONTEXT_CHARS = 4000


def banner(line: Line | None):
    """The label marker of a banner line ("Area 2: ..."), or None."""
    if line is None or ROW_CELLS in line.text:
        return None
    marker = parse_marker(line.text)
    if marker is None or marker.style[0] != "label" or not (marker.names_weakness or marker.style[1] in LABELS):
        return None
    return marker


def banner_rows(lines: list[Line | None], first: int) -> tuple[list[Item], int]:
    """The banners from the one at ``first`` (numbered 1), each with its wrapped lines up to its first ruled row;
    nothing unless two or more each stand over ruled rows."""
    marker = banner(lines[first])
    if marker is None or marker.ordinal != 1:
        return [], first
    items: list[Item] = []
    at, resume = first, first
    while at is not None:
        item = Item(marker)
        item.add(lines[at], marker.length)
        j = at + 1
        while j < len(lines) and j - at <= BANNER_LINES and lines[j] is not None and ROW_CELLS not in lines[j].text \
                and banner(lines[j]) is None:
            item.add(lines[j])
            j += 1
        if j >= len(lines) or lines[j] is None or ROW_CELLS not in lines[j].text:
            break  # a banner stands over ruled rows, or it is no banner
        items.append(item)
        resume, at = j, None
        for k in range(j, min(len(lines), j + ROWS_BETWEEN)):
            found = banner(lines[k])
            if found is not None:
                if found.style == marker.style and found.ordinal == marker.ordinal + 1:
                    at, marker = k, found
                break
    if len(items) < 2 or not cues.has_source(context_before(lines, first, CONTEXT_CHARS, 200)):
        return [], first
    evidence = Evidence().add("table:banner-over-rows", decide.FORM["table"])
    evidence.add("list:labelled-as-weakness", decide.NAMES_WEAKNESS) if items[0].marker.names_weakness \
        else evidence.add("list:numbered-areas", NUMBERED_AREAS)
    evidence.add("context:inspection", decide.INSPECTION)
    for item in items:
        item.evidence = evidence
    return items, resume
