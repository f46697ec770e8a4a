"""Meeting metadata: council, committee and date of the meeting a document belongs to.

The document itself says best which meeting it records or is written for,
and says it near its top: a minutes heading ("MINUTES of a meeting of the
Cabinet held ... on Thursday, 30 January 2025", "CORPORATE PARENTING PANEL –
29 October 2024"), a report's "To: Cabinet – 30 January 2025", a label
("Meeting date:", "Date of meeting", "Date of decision:", "Decision due: 24
Nov 2021 by Cabinet", ModernGov's "Meeting: 11/06/2024 - Cabinet (Item 7)"),
a ModernGov page heading ("<Committee> - Friday, 20 December 2024 2.30 pm"),
a minutes' opening sentence ("A meeting of <Committee> was held on Wednesday, 17th January, 2024."),
a decision list's "30/08/2019 - <title>". Only those forms count: a press
release's dateline or a date in the text is not a meeting.

Else the sidecar, which the corpus folder's path already fills when there is
none. Minutes are usually published with the next meeting's papers, so a
sidecar date can be the later meeting: the document's own date wins, and
when it differs from the sidecar's, so does the document's committee.
"""

from __future__ import annotations

import re

from pipeline.extract.dates.grammar import Found, scan
from pipeline.extract.common.structure import StructuredDocument
from pipeline.records import Document, MeetingInfo

HEAD = 1500  # characters of the first page where a document names its meeting
BEFORE = 300  # characters before a date searched for what it is the date of

# What may stand before a meeting's date (matched at the end of the text before it).
# Between "held" and "on": the place and time, which may hold a time's stops ("6.00pm", "7.30 p.m.")
# and, in a heading hard-wrapped to two lines, a line break ("HELD AT 6.00PM,\nON MONDAY 19 ...")
TIME_STOP = r"(?<=\d)\.(?=\d\d)|(?<=\b[ap])\.(?=m\b)|(?<=\b[ap]\.m)\."
HELD_GAP = rf"(?:[^.\n]|{TIME_STOP}|\n(?![ \t]*\n))"
MINUTES = re.compile(r"(?:^|\n)[ \t]*minutes\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+)?meeting\b"
                     rf"(?:\s+of\s+(?:the\s+)?(?P<committee>[^.\n]*?(?:\n[^.\n]*?)?)\s+held\b)?(?:[^.]|{TIME_STOP})*?\bon\s+$", re.I)
# "Meeting held on Tuesday, 15 March 2022 at 6.30 pm", "Minutes of the Cabinet held at County Hall on"
# ("Meeting of held on ...": ModernGov's printed minutes whose committee's name, set apart in the page, is lost)
# (a long committee's name may wrap onto a second line: "Minutes of the Children and Young People Overview and" |
# "Scrutiny Committee Meeting held on 23 June 2025")
MEETING_HELD = re.compile(r"(?:^|\n)[ \t]*(?:(?:the\s+)?meeting(?:\s+of)?|minutes\s+of\s+(?:a|an|the)\s+"
                          r"(?P<committee>[^.\n]{3,120}?(?:\n[^.\n]{3,120}?)?))"
                          rf"\s+held\b{HELD_GAP}{{0,120}}?\bon\s+$", re.I)
# "At a meeting of the Cabinet on Monday, 20 November 2023 in the Civic Suite"
# "A meeting of Children and Young People Select Committee was held on Wednesday, 17th January, 2024."
# (an agenda's summons, "A meeting of the X Committee will be held in Committee Room 1 ... on THURSDAY, 13
# NOVEMBER 2025", is the meeting's too; "the next meeting of X will be held on" is another)
MEETING_OF_WAS_HELD = re.compile(r"(?:^|\n)[ \t]*(?:an?|the)\s+(?!next\b|future\b|following\b)(?:[\w-]+\s+)?meeting\s+of\s+"
                                 r"(?:the\s+)?(?P<committee>[^.\n]{3,160}?)\s+(?:was|were|being|will\s+be)\s+held\b"
                                 rf"{HELD_GAP}{{0,120}}?\bon\s+$", re.I)
# "Notes of the meeting of the SEND Partnership Board held on", "Record of the meeting of X, 14 November
# 2025", "Present at the meeting of X on": a record of, or the attendance at, a named meeting
RECORD_OF_MEETING = re.compile(r"(?:^|\n)[ \t]*(?:minutes|notes|record|summary|present|attendance)\b[^.\n]{0,30}?"
                               r"\b(?:at|of)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?meeting\s+of\s+(?:the\s+)?"
                               r"(?P<committee>[^.\n]{3,160}?)(?:\s+(?:was\s+)?held\b[^.\n]{0,120}?\s+on|\s+on|\s*[,–—-])\s*$", re.I)
# "Meeting of Cabinet, Tuesday, 4th March, 2025 10.00 am", "Minutes of the Schools Forum meeting, 4 March 2025":
# a heading that names the meeting, then its date after a comma or dash
MEETING_OF_LINE = re.compile(r"(?:^|\n)[ \t]*(?:(?:minutes\s+of\s+(?:a|an|the)\s+)?meeting\s+of\s+(?:the\s+)?"
                             r"(?P<committee>[^,\n]{3,100}?)|minutes\s+of\s+(?:the\s+)?(?P<named>[^,\n]{3,100}?)\s+meeting)"
                             r"\s*[,–—-]\s*$", re.I)
# "CHILDREN'S SCRUTINY PANEL / Held at County Hall on Tuesday 4 March 2025", "Present at the meeting on":
# a line near the top that says where or when the meeting was held
# (a capital "Held" opens the line: a wrapped sentence's "... was\nheld on" is not a heading)
HELD_LINE = re.compile(rf"(?:^|\n)[ \t]*(?:(?-i:Held|HELD)\b{HELD_GAP}{{0,120}}?\bon|present\s+at\s+the\s+meeting\s+(?:held\s+)?on)\s+$",
                       re.I)
AT_MEETING = re.compile(r"(?:^|\n)[ \t]*at\s+(?:a|the)\s+(?:[\w-]+\s+)?meeting\s+of\s+(?:the\s+)?"
                        rf"(?P<committee>[^.\n]{{3,160}}?)(?:\s+held\b{HELD_GAP}{{0,120}}?)?\s+on\s+$", re.I)
TO_LINE = re.compile(r"(?:^|\n)[ \t]*(?:Report\s+)?To:[ \t]*(?P<committee>[^\n:]{2,80}?)\s*[–—-]?\s*$", re.I)
LABEL = re.compile(r"(?:^|\n)[ \t]*(?:meeting\s+date|date\s+of\s+(?:the\s+)?meeting|date\s+of\s+decision|decision\s+date"
                   r"|decision\s+due|decision\s+made|meeting(?=\s*:))\s*[:\-–]?\s*$", re.I)
# A bare "Date:" is as often a letter's date as the meeting's: it counts on a
# report's cover sheet, after "Meeting:", "Report to:", "Committee:" or "Decision maker:".
# The label may stand in a column of its own with no colon ("Date         Monday 14 July 2025", which the
# text stage folds to "Date Monday 14 July 2025"), as some councils set the head of their minutes and cover
# sheets.
DATE_LABEL = re.compile(r"(?:^|\n)[ \t]*date(?:\s*:|[ \t]+)\s*$", re.I)
COVER_SHEET = re.compile(r"(?:^|\n)[ \t]*(?:meeting|report\s+to|committee|decision\s+maker|to)(?:\s*:|[ \t]*\t|[ \t]{3,}(?=\S))", re.I)
COVER_REACH = 200  # characters before "Date:" where the cover sheet's labels are
# ... or an agenda's front page: "Date: Thursday 5 June 2025" over "Time: 10.00 am" and "Venue: Town Hall"
# (a web page's fields may stand apart, a blank line between them)
TIME_OR_VENUE_AFTER = re.compile(r"^[^\n]{0,40}\n\s*(?:time|venue|place|location|start)\s*:", re.I)
# a date alone on a line near the top of minutes or an agenda ("Minutes / Cabinet / 17 July 2025"),
# or right under a report's "Report to Cabinet" (not an inspector's report to a council, signed and dated)
PAPERS_HEAD = re.compile(r"\b(?:minutes|agenda|notes\s+of|meeting\s+of)\b", re.I)
REPORT_TO_ABOVE = re.compile(r"(?:^|\n)[ \t]*report\s+to\s+[^\n]{2,80}\n\s*$", re.I)
# (its sitting's times in brackets after it are the line's still: "21 October 2025 (7.00 - 9.10 pm)")
ALONE_ON_LINE = re.compile(r"^[ \t]*(?:\(\s*\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*[-–—]\s*\d{1,2}(?:[.:]\d\d)?"
                           r"\s*(?:am|pm|a\.m\.|p\.m\.)?\s*\)[ \t]*)?(?:\n|$)", re.I)
# A date alone on its line among the first is the meeting's under a line that names a body
# ("CHILDREN AND FAMILIES SCRUTINY PANEL") or over the attendance ("Present:", "PRESENT: Councillor X").
ATTENDANCE_BELOW = re.compile(r"^[ \t]*\n\s*(?:(?:members\s+|councillors\s+)?present|in\s+attendance|attendance)\b", re.I)
MINUTES_BELOW = re.compile(r"^[ \t]*\n\s*(?:minutes|agenda|notes\s+of\s+the\s+meeting)\b", re.I)
# A heading: "CABINET - THURSDAY, 30 JANUARY 2025", "Appendix 1 – County Council 13 March 2025".
BODY = r"(?:council|cabinet|committee|board|panel|forum|group|executive|commission|assembly|sub-committee)"
HEADING = re.compile(r"(?:^|\n)[ \t]*(?P<committee>[A-Z][^\n:]{2,100}?)\s*[–—-]\s*$")
BODY_NAME = rf"(?P<committee>[A-Z][^\n:]{{2,100}}?\b(?i:{BODY}))"  # a line that names a body: "SCHOOLS FORUM"
TITLE_LINE = re.compile(rf"^[ \t]*{BODY_NAME}\s*$")  # on the first lines only
LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
BODY_LINE_ABOVE = re.compile(rf"(?:^|\n)[ \t]*{BODY_NAME}[ \t]*\n\s*$")
# What may follow it.
COMMITTEE_AFTER = re.compile(r"^\s*(?:[–—-]\s*(?P<named>[^(\n]+?)\s*\(Item\b|by\s+(?P<maker>[^\n.;]+))", re.I)
MEETING_LINE_END = re.compile(r"^,?\s*(?:(?:at\s+)?\d{1,2}[.:]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?|at\s+\d|$|\n)", re.I)
DECISION_LINE = re.compile(r"^\s*(?:[–—-]\s+\S|ITEM\b)", re.I)
HEAD_LINES = 8  # headings and bare date lines count only among the first lines
# An earlier meeting's minutes, approved at this one or linked from its agenda ("the minutes
# of the Committee held on 18 November 2021 be approved as a correct record", "Minutes of the
# Meeting ... held on 30 November 2018 pdf icon PDF 170 KB"): that date is not this meeting's.
EARLIER_MINUTES_AFTER = re.compile(
    r"^[^.\n]{0,40}?\b(?:be|were|was|been|are)\s+(?:\w+\s+){0,2}?(?:approved|agreed|confirmed|signed|accepted)\b"
    r"|^[^.\n]{0,80}?\bas\s+an?\s+(?:correct|true|accurate)\s+record\b"
    r"|^\s*(?:pdf\s+icon|\(?PDF\s*[\d.]+\s*[KM]B)", re.I)
COUNCIL_LINE = re.compile(r"(?P<name>(?:[A-Z][\w'’&.-]*,?\s+){1,5}council)$", re.I)
COUNCIL_WORDS = {"the", "county", "city", "borough", "district", "metropolitan", "town", "council", "of", "and"}
TITLE_LINES = 2  # a heading without a dash only among the very first


def _clean_committee(name: str | None) -> str | None:
    """Whitespace collapsed, shouting turned to title case, stray dashes gone;
    of "Governance Update Appendix 1 – County Council" the part after the dash."""
    if not name:
        return None
    name = re.sub(r"\s+", " ", name).strip(" –—-,")
    name = re.sub(r"^(?:proceedings|(?:the\s+)?minutes)\s+of\s+(?:the\s+)?|\s+meeting$", "", name, flags=re.I)
    if " – " in name:
        name = name.rsplit(" – ", 1)[1]
    if name.isupper():
        small = {"and", "of", "the", "for", "in", "on", "to"}
        name = " ".join(w.lower() if w.lower() in small and i else w.capitalize() for i, w in enumerate(name.split()))
    return name or None


def _line_number(text: str, position: int) -> int:
    """How many non-empty lines come before ``position``."""
    return sum(1 for line in text[:position].split("\n") if line.strip())


def _read(text: str, date: Found) -> tuple[bool, str | None]:
    """Whether this date is the meeting's, and the committee said with it."""
    before = text[max(0, date.start - BEFORE):date.start]
    after = text[date.end:date.end + 120]
    if date.end_date or len(date.start_date) != 10:
        return False, None  # a meeting is one day
    if EARLIER_MINUTES_AFTER.match(after):
        return False, None
    if m := MINUTES.search(before):
        return True, m["committee"]
    if m := MEETING_HELD.search(before):
        return True, m["committee"]
    if m := MEETING_OF_WAS_HELD.search(before):
        return True, m["committee"]
    if m := RECORD_OF_MEETING.search(before):
        return True, m["committee"]
    if m := AT_MEETING.search(before):
        return True, m["committee"]
    if m := MEETING_OF_LINE.search(before):
        return True, m["committee"] or m["named"]
    if m := TO_LINE.search(before):
        return True, m["committee"]
    if LABEL.search(before):
        m = COMMITTEE_AFTER.match(after)
        return True, (m["named"] or m["maker"]) if m else None
    line = _line_number(text, date.start)
    early = line < HEAD_LINES
    if early and HELD_LINE.search(before):
        return True, None
    if (m := DATE_LABEL.search(before)) and (COVER_SHEET.search(before[max(0, m.start() - COVER_REACH):m.start()])
                                             or early and TIME_OR_VENUE_AFTER.match(after)
                                             or early and PAPERS_HEAD.search(text[:date.start - len(before) + m.start()])):
        return True, None
    if early and LINE_START.search(before) and ALONE_ON_LINE.match(after):
        if PAPERS_HEAD.search(text[:date.start]) or REPORT_TO_ABOVE.search(before) or MINUTES_BELOW.match(after):
            return True, None  # "SCHOOLS FORUM / Tuesday 4 March 2025 / MINUTES"
        body = BODY_LINE_ABOVE.search(before)
        if body and COUNCIL_LINE.fullmatch(body["committee"].strip()):
            body = None  # the council's own name: a letterhead as much as a meeting
        if body or ATTENDANCE_BELOW.match(after):  # "CHILDREN'S SCRUTINY PANEL / 4 March 2024 / Present:"
            return True, body["committee"] if body else None
    if early and MEETING_LINE_END.match(after):
        if m := HEADING.search(before):
            return True, m["committee"]
        if line < TITLE_LINES and (m := TITLE_LINE.search(before.rsplit("\n", 1)[-1])):
            return True, m["committee"]
    if early and LINE_START.search(before) and (DECISION_LINE.match(after) or MEETING_LINE_END.match(after)
                                               and re.search(r"\d[.:]\d\d|\bat\s+\d", after[:40])):
        return True, None
    return False, None


def from_document(doc: StructuredDocument) -> tuple[str | None, str | None]:
    """The meeting date and committee the document states at its top, if it does."""
    if not doc.pages:
        return None, None
    text = doc.pages[0].text
    for date in scan(text[:HEAD]):
        found, committee = _read(text, date)
        if found:
            return date.start_date, _clean_committee(committee)
    return None, None


def council_of(doc: StructuredDocument) -> str | None:
    """A council named as a heading line at the top ("EXAMPLESHIRE COUNTY COUNCIL"),
    for a document whose sidecar does not name one."""
    if not doc.pages:
        return None
    for line in doc.pages[0].text.split("\n")[:HEAD_LINES]:
        m = COUNCIL_LINE.match(line.strip())
        if m and any(w.lower() not in COUNCIL_WORDS for w in m["name"].split()):
            return _clean_committee(m["name"])
    return None


def _metadata_source(source: Document) -> str:
    """Whether the metadata came from a sidecar or only from the folder names,
    which never give a council, a source kind or a URL."""
    meta = source.meta
    if source.meta_error or not any(meta.get(key) for key in ("council", "source_kind", "url")):
        return "path"
    return "sidecar"


def extract(doc: StructuredDocument, source: Document) -> MeetingInfo:
    meta = source.meta
    council = meta.get("council") or council_of(doc)
    date, committee = from_document(doc)
    if date:
        if meta.get("committee") and date == meta.get("meeting_date"):
            committee = meta["committee"]  # the same meeting: the sidecar names it as published
        return MeetingInfo(council=council, committee=committee or meta.get("committee"),
                           meeting_date=date, source="document")
    return MeetingInfo(
        council=council,
        committee=meta.get("committee"),
        meeting_date=meta.get("meeting_date"),
        source=_metadata_source(source) if meta.get("meeting_date") else None,
    )
