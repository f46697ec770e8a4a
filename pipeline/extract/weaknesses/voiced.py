"""A marked list whose items are written in the 2023 framework's voice, whatever introduces it.

The framework words each priority action and area for improvement as what the area's leaders should or must do
("Leaders across education, health and care must urgently improve ...", "The partnership should reduce ..."). A
pack quotes them under anything: a board's "For reference, these are:", a bare "Priority actions" heading over
"a)", "b)", coded lines ("PA1 - Leaders must ...", "AFI3 - ..."), a box's title ("What the inspection report asked
us to improve"), a paragraph promising them "in the inspectors' words, each followed by a summary of the progress
made". Where the intro names nothing a list reader knows, the items' own voice says what they are: a run of at
least two leading items each in that voice, with an inspection named above, is the findings. The run ends at the
first item in another voice, and each item at the first sentence that says no more of what should be done (the
progress told after it in the same paragraph is not the finding).
"""

from __future__ import annotations

import re
from itertools import takewhile
from typing import TYPE_CHECKING

from pipeline.extract.common.evidence import Evidence
from pipeline.extract.weaknesses import cues, decide
from pipeline.extract.weaknesses.items import Item, parse_marker
from pipeline.extract.weaknesses.text import Line, context_before

if TYPE_CHECKING:
    from pipeline.extract.weaknesses.lists import ListReader

# Who the framework asks: the area's leaders (anywhere: "Leaders in the council and the ICBs", "Senior leaders
# across ..."), the partnership or its partners, the ICB; never a committee, a council's members or "we".
AREA_LEADERS = re.compile(
    r"^\W{0,2}(?:(?:senior|strategic|system|area|local\s+area|partnership)\s+)?leaders\b"
    r"|^\W{0,2}(?:the\s+)?(?:local\s+area\s+)?(?:partnership|partners)\b"
    r"|^\W{0,2}the\s+(?:icb|integrated\s+care\s+boards?)\b",
    re.IGNORECASE)
MODAL_WORD = re.compile(r"\b(?:should|must)\b", re.IGNORECASE)
SENTENCE_STOP = re.compile(r"[.!?][’'\"”)]*(?=\s+[A-Z0-9“\"‘(])")
LEADING_RUN = 2  # leading items in the voice that make the list the findings
CONTEXT_CHARS = 4000  # characters read back for the inspection the findings come from


def in_voice(text: str) -> bool:
    """"Leaders should ...", "The partnership must ...": what the framework asks the area's leaders to do."""
    return bool(AREA_LEADERS.match(text)) and bool(cues.SHOULD_START.match(text) or cues.MUST_START.match(text))


def voiced_list(reader: "ListReader", index: int) -> tuple[list[Item], int]:
    """The list starting at this marked line when its leading items are in the framework's voice; else nothing."""
    line = reader.lines[index]
    if "hould" not in line.text and "must" not in line.text:
        return [], index  # (the cheap test first: the first item's subject and modal stand on its first line)
    marker = parse_marker(line.text)
    if marker is None or marker.style[0] == "dotted" or marker.style[0] == "number" and marker.ordinal != 1 \
            or not in_voice(line.text[marker.length:]):
        return [], index  # ("6. Leaders should ..." after "5. ...": the report's own paragraphs, read by ``lists``)
    items = reader.collect(index)
    run = list(takewhile(lambda item: in_voice(" ".join(item.parts)), items))
    if len(run) < LEADING_RUN or not cues.has_source(context_before(reader.lines, index, CONTEXT_CHARS, 200)):
        return [], index
    for item in run:
        keep_voiced_sentences(item)
    evidence = Evidence().add("list:framework-voice", decide.NAMES_WEAKNESS)
    return reader.finish(run, index, None, evidence.add("context:inspection", decide.INSPECTION))


def keep_voiced_sentences(item: Item) -> None:
    """The item cut before its first sentence that asks nothing (no "should" or "must"): "(1) Leaders should improve
    the timeliness of EHC plans. In the twelve months to September, 68% of plans were issued ..." ends at "plans."
    ("They should also make sure ..." after it goes on saying what should be done)."""
    joined = "\n".join(item.parts)
    for stop in SENTENCE_STOP.finditer(joined):
        following = joined[stop.end():].lstrip()
        nxt = SENTENCE_STOP.search(following)
        if not MODAL_WORD.search(following[:nxt.end() if nxt else len(following)]):
            cut_at(item, stop.end())
            return


def cut_at(item: Item, offset: int) -> None:
    """The item's parts and lines cut at ``offset`` of its parts joined by newlines."""
    at = 0
    for k, part in enumerate(item.parts):
        if offset <= at + len(part):
            kept = offset - at
            line = item.lines[k]
            end = line.end - (len(part) - kept)
            item.parts[k:] = [part[:kept]]
            item.lines[k:] = [Line(line.page, line.start, end, line.text[:len(line.text) - (len(part) - kept)])]
            return
        at += len(part) + 1
