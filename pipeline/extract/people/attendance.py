"""Attendance lists: where a meeting's "Present:", "In attendance:" and "Apologies ... from" lists run,
and whether a name stands in one as an item of its own.

A list runs from its label to the next list, a blank line, a line that opens an item, or a heading after
a line that closed the list; a long row may wrap its organisation onto a line of its own. In a list of one
person a line ("Jo Bloggs, Head of SEND") a capitalised name inside the line is the role's words, not
another person. The label patterns themselves are the finders' (``finders.ATTENDANCE_RE``).
"""

from __future__ import annotations

import functools
import re

from pipeline.extract.common.structure import looks_like_heading
from pipeline.extract.people.finders import (
    APOLOGIES_SENTENCE_RE, APOLOGIES_STOP_RE, ATTENDANCE_RE, HONORIFIC, HONORIFIC_RE, OUTSIDE_MEMBERS,
    PARAGRAPH_END_RE,
)
from pipeline.extract.people.lexicon import ATTENDANCE_LABELS, RANKS, ROLE_WORDS
from pipeline.extract.people.names import word_class
from pipeline.extract.people.roles import starts_like_role


def attendance_regions(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, kind hint) of the lists of people at a meeting:
    "PRESENT: ...", "IN ATTENDANCE: ...", "Apologies were received from ...".
    A list ends at the next list, a blank line, a line that opens an item, or
    a heading after a line that closed the list."""
    regions = []
    labels = [m for m in ATTENDANCE_RE.finditer(text) if m.group("bare") is None or m.group("label").isupper()]
    for i, match in enumerate(labels):
        start = match.end()
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        end = min(end, start + 1500)
        stop = re.search(r"\n[ \t]*\n|\n[ \t]*(?:\d{1,3}[.)]|\(?[a-z]\))[ \t]|\n[A-Z][A-Z \t]{6,}\n"
                         r"|\n[ \t]*\d{1,3}[ \t]+[A-Z][a-z]+[ \t]+[A-Za-z]", text[start:end])  # "1 Public forum"
        if stop:
            end = start + stop.start()
        regions.append((start, _list_end(text, start, end), ATTENDANCE_LABELS[match.group("label").lower()]))
    for match in APOLOGIES_SENTENCE_RE.finditer(text):
        stop = APOLOGIES_STOP_RE.search(text, match.end())
        end = stop.start() if stop else match.end() + min(400, len(text) - match.end())
        # apologies from co-optees, said in the sentence or its item's heading ("Apologies for Absence -
        # Parent Governor Representatives", "... from the diocesan representative"): not members
        lines_before = text[max(0, match.start() - 300):match.start()].split("\n")
        heading = next((line for line in reversed(lines_before[:-1]) if line.strip()), "") + lines_before[-1]
        sentence = text[match.start():match.start() + 400]
        paragraph = PARAGRAPH_END_RE.search(sentence)
        outside = OUTSIDE_MEMBERS.search(heading + " " + sentence[:paragraph.start()])
        regions.append((match.end(), end, "other" if outside else "member"))
    return regions


def _list_end(text: str, start: int, end: int) -> int:
    """Where a list that runs over lines stops: at a heading line that comes
    after a line not ending in a separator ("Apologies and Substitutes")."""
    pos = text.find("\n", start, end)
    while pos >= 0:
        prev = text[text.rfind("\n", 0, pos) + 1:pos].rstrip()
        line_end = text.find("\n", pos + 1)
        line_end = end if line_end < 0 or line_end > end else line_end
        line = text[pos + 1:line_end].strip()
        # (a bracket still open at the line's end goes on below: "Councillor Jo Bloggs (Cabinet" | "Member for ...)")
        open_end = prev.endswith((",", "&", "(", ";", ":")) or prev.endswith(" and") or prev.count("(") > prev.count(")")
        # "(Warrington Place)", "(substitute)": a bracket that opens a line goes on with the row above
        if line and not open_end and not line.startswith("(") and looks_like_heading(line) \
                and not _opens_with_name(line) and not _wrapped_into_rows(text, prev, line_end, end) \
                and not (len(prev) >= WRAPPED_ROW and ENTRY_IN_LINE.search(line)):
            # (in two columns a row's wrapped title runs into the other column's entry: "Children's Social Care
            # and Safeguarding Jo Bloggs, Democratic Services")
            return pos
        pos = text.find("\n", pos + 1, end)
    return end


# A row this long may wrap its last cell onto the next line (an attendance list's and a grid's alike: "Kerenza
# Bloggs Co-Chair Parent Carer Council for" | "Westshire").
WRAPPED_ROW = 40
ENTRY_IN_LINE = re.compile(r"\b[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?[ \t]+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?,[ \t]+[A-Z]")


def _wrapped_into_rows(text: str, prev: str, line_end: int, end: int) -> bool:
    """"Jo Bloggs Director of Place, NHS North East and North" | "Cumbria Integrated Care Board" | "Sam
    Okafor ...": a long row's organisation wrapped onto a line of its own, the rows going on after it."""
    if len(prev) < WRAPPED_ROW or line_end >= end:
        return False
    following_end = text.find("\n", line_end + 1)
    following = text[line_end + 1:following_end if 0 <= following_end <= end else end].strip()
    return _opens_with_name(following)


def _opens_with_name(line: str) -> bool:
    """A row of an attendance grid: the line opens with a title or two words of a name ("Jo Bloggs Clerk",
    "Cllr J Bloggs"), perhaps after job words ("Clerk J Bloggs"), not with a heading's words ("Chairman's
    Announcements")."""
    words = line.lstrip("*•✓✔ \t").split()  # "* Jo Bloggs * Sam Stanworth": a presence mark before the name
    while len(words) > 2 and (words[0].lower() in ROLE_WORDS or words[0].lower().strip(".") in RANKS) \
            and words[0][:1].isupper():  # "Det Ch Supt Jo Bloggs": a rank before the name
        words = words[1:]
    if HONORIFIC_RE.match(" ".join(words[:2])):
        return True
    if len(words) > 2 and words[1].endswith(",") and starts_like_role(" ".join(words[2:])):
        words[1] = words[1][:-1]  # "Jo Bloggs, Director of Public Health ...": the role after a comma
    words = words[:2]
    return len(words) == 2 and all(w[:1].isupper() and word_class(w) in ("name", "initial") and
                                   re.fullmatch(r"[\w.'’-]+", w) and not w.endswith(("'s", "’s")) for w in words)


RANK_BEFORE = re.compile(r"(?:^|(?<=[\s,;:]))(?:(?:Chief|Detective|Police|Det|Ch)\.?[ \t]+)*(?:Superintendent|Inspector|Sergeant"
                         r"|Constable|Supt|Insp|DCI|PCSO|PC|Sgt|DC|DS|DI)\.?$")


# A line that is one person's entry: a name, then a comma or a dash and the role ("Jo Bloggs, Head of SEND").
ENTRY_ON_LINE_RE = re.compile(rf"[ \t*•·-]*(?:{HONORIFIC}\.?[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{1,2}}"
                              r"[ \t]*(?:,|[ \t][-–—])[ \t]+\S")
ONE_A_LINE_SHARE = 2 / 3  # of a list's lines that are entries, for the list to be one person a line


@functools.lru_cache(maxsize=256)
def _one_a_line(text: str, start: int, end: int) -> bool:
    """Whether a list of people runs one person a line, each line a name and its role: then a name inside
    a line is its role's words, no item."""
    lines = [line for line in text[start:end].split("\n")[1:] if line.strip()]  # the label's line aside
    entries = sum(1 for line in lines if _entry(line, 0))
    return entries >= 2 and entries >= ONE_A_LINE_SHARE * len(lines)


def _entry(text: str, pos: int) -> re.Match | None:
    """A line's "Name, Role" entry at ``pos``: a name, a comma or dash, and a job title (not the next name of
    a list run over lines, "Dylan Jeffrey, David Brazier, ...")."""
    entry = ENTRY_ON_LINE_RE.match(text, pos)
    return entry if entry and starts_like_role(text[entry.end() - 1:entry.end() + 60], within=4, article=False) else None


def in_entry_line(text: str, start: int, region: tuple[int, int, str | None]) -> bool:
    """Whether ``start`` is past the name of its line's entry in a list of one person a line ("Paul Leighton,
    Director of Education, Strong Start and Integration"): the role's words, not another person."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start <= region[0] or not region[0] <= start < region[1]:
        return False
    entry = _entry(text, line_start)
    return bool(entry) and entry.end() <= start and _one_a_line(text, region[0], region[1])


def is_list_item(text: str, start: int, end: int, region: tuple[int, int, str | None]) -> bool:
    """True when a candidate stands as one item of an attendance list: what
    comes before it is a separator, and what follows is a separator, a role in
    brackets, or the end of the list."""
    # a police rank opens the item as "Councillor" does: "and Superintendent Jo Bloggs (... Police)"
    before = RANK_BEFORE.sub("", text[region[0]:start].rstrip(" \t\n*")).rstrip(" \t\n*")
    if in_entry_line(text, start, region):
        return False  # "Paul Leighton, Director of Education, Strong Start and Integration": a role's words
    after = text[end:region[1]].lstrip(" \t*")
    opens_item = not before or before.endswith((",", ";", ":", "•", "·", "-", "–")) or \
        re.search(r"\band$|\bfrom$|\bwith$|\bCouncillors?$|\bCllrs?\.?$", before) is not None
    closes_item = not after or after[:1] in ",;(.\n" or after.startswith(("and ", "&")) or \
        text[end:end + 2].startswith("\n")
    return opens_item and closes_item
