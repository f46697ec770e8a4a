"""Weaknesses set out as a list after an intro that names them.

"The inspection identified these significant weaknesses: a) ... b) ...",
"Inspectors told us that: • ...", "on four areas of concern, namely:
Action 1 - ...", a "Priority actions" heading over "1: ..." items with
explanation in between. An intro counts when its last sentence names
weaknesses (or areas an inspection put forward) and not strengths or
progress; the list then runs while items keep one marker style (and, for
numbered items, the next number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract import weakness_cues as cues
from pipeline.extract.weakness_text import TERMINAL, Found, Line, found_from_lines, is_hard_wrapped, typical_width

MARKER = re.compile(
    r"""^(?:
        (?P<bullet>[•·▪●◦○■□➢►✓\u2022\u25aa\u25cf\u2013\u2014*-]|o(?=\s))
      | (?P<label>(?:priority\s+action|areas?\s+(?:of|for)\s+(?:weakness|improvement|concern)
                     |area|action|weakness|concern|priority)
            \s+(?P<label_num>\d{1,2}))(?:\s*[-–:.)])?(?=\s|$)
      | (?P<num_open>\()?(?P<num>\d{1,2})(?P<num_form>[.):]|\s+[-–])(?=\s|$)
      | (?P<let_open>\()?(?P<let>[a-zA-Z])(?P<let_form>[).])(?=\s|$)
      | \((?P<rom>[ivx]{1,4})\)(?=\s|$)
    )\s*""",
    re.IGNORECASE | re.VERBOSE,
)
INTRO_END = re.compile(r"(?::\s*[-–]?\s*:?|\bas\s+follows|\bnamely)\s*$", re.IGNORECASE)
SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?(?:\s|$)")  # "2.3", a report's next paragraph
MAX_UNMARKED_WORDS = 30  # a line longer than this is prose, not a list item
GAP_WINDOW = 40  # lines searched for the next numbered item past explanation text
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘'(])")


SELF_DESCRIBED = re.compile(r"^(?:priority action|areas? (?:of|for) \w+|weakness|concern)$")


@dataclass
class Marker:
    style: tuple
    ordinal: int | None
    length: int  # characters of the line the marker takes, spaces included

    @property
    def names_weakness(self) -> bool:
        """"Priority action 1", "Area for improvement 2": the label says what the item is."""
        return self.style[0] == "label" and bool(SELF_DESCRIBED.match(self.style[1]))

    def follows(self, other: "Marker") -> bool:
        """Same list: same style and, when numbered, the next number."""
        if self.style != other.style:
            return False
        return self.ordinal is None or other.ordinal is None or self.ordinal == other.ordinal + 1


def parse_marker(text: str) -> Marker | None:
    match = MARKER.match(text)
    if not match:
        return None
    if match["bullet"]:
        style, ordinal = ("bullet", match["bullet"]), None
    elif match["label"]:
        words = re.sub(r"\s+", " ", match["label"][: match.start("label_num") - match.start("label")].strip().lower())
        style, ordinal = ("label", words), int(match["label_num"])
    elif match["num"]:
        style, ordinal = ("number", bool(match["num_open"]), match["num_form"].strip()), int(match["num"])
    elif match["let"]:
        letter = match["let"]
        style, ordinal = ("letter", bool(match["let_open"]), match["let_form"], letter.islower()), ord(letter.lower())
    else:
        style, ordinal = ("roman",), None
    return Marker(style, ordinal, match.end())


@dataclass
class Item:
    marker: Marker
    lines: list[Line] = field(default_factory=list)  # the lines holding its text
    text_start: int = 0  # page offset where the text after the marker begins
    parts: list[str] = field(default_factory=list)

    def add(self, line: Line, skip: int = 0) -> None:
        text = line.text[skip:]
        if not text.strip():
            return  # a marker alone on its line ("Priority action 1"): the text follows
        if not self.lines:
            self.text_start = line.start + skip
        self.lines.append(line)
        self.parts.append(text)

    @property
    def awaiting_text(self) -> bool:
        return not self.lines

    def found(self) -> Found | None:
        if not self.lines:
            return None
        return found_from_lines(self.lines, self.text_start, " ".join(self.parts))


def intro_text(lines: list[Line | None], index: int) -> tuple[str, str]:
    """The sentence that ends at this line and the one before it, read back
    through the paragraph."""
    parts: list[str] = []
    i = index
    while i >= 0 and lines[i] is not None and len(parts) < 6:
        if i != index and parse_marker(lines[i].text):
            break
        parts.insert(0, lines[i].text)
        i -= 1
    sentences = SENTENCE_SPLIT.split(" ".join(parts))
    return (sentences[-2] if len(sentences) > 1 else ""), sentences[-1]


def context_before(lines: list[Line | None], index: int, chars: int = 2000) -> str:
    out: list[str] = []
    size = 0
    for line in reversed(lines[max(0, index - 60): index + 1]):
        if line is not None:
            out.append(line.text)
            size += len(line.text)
            if size > chars:
                break
    return " ".join(reversed(out))


INTRO_TAIL_WORDS = 14  # a list's intro names what it lists near its colon


def intro_kind(previous: str, last: str, context: str) -> str | None:
    """"named" when the intro names weaknesses, "told" when it only reports
    what inspectors told the area ("Ofsted told us that:"), None when it
    introduces strengths, progress, members' own concerns or has no
    inspection in sight. A short last sentence ("These were:") points back
    to the one before."""
    if len(last.split()) < 7 and previous:
        intro, names = previous + " " + last, cues.names_weakness(previous + " " + last)
    else:
        intro, names = last, cues.names_weakness(last, INTRO_TAIL_WORDS)
    if cues.is_debate(last) or not cues.has_source(context):
        return None
    if names or cues.MUST_ADDRESS.search(" ".join(last.split()[-10:])):
        return "named"
    if cues.TOLD_US.search(intro) and cues.has_source(intro) and not cues.is_resolved(intro):
        return "told"
    return None


HEADING_TAIL = re.compile(r"\b(?:the|a|an|and|or|of|so|that|with|is|are|were)$|[,;(&-]$", re.IGNORECASE)


def is_heading_intro(lines: list[Line | None], index: int) -> bool:
    """A heading such as "Priority actions from the inspection" or "Areas
    for improvement": a short capitalised line standing on its own."""
    text = lines[index].text
    if len(text) > 140 or not cues.might_name_weakness(text):
        return False
    before = lines[index - 1] if index else None
    after = lines[index + 1] if index + 1 < len(lines) else None
    stands_alone = (before is None or bool(TERMINAL.search(before.text)) or before.text.endswith(":")) \
        and not (after is not None and after.text[:1].islower())
    return (len(text.split()) <= 15 and text[:1].isupper() and stands_alone
            and not TERMINAL.search(text) and not HEADING_TAIL.search(text)
            and cues.names_weakness(text) and bool(cues.WEAK_NOUN.search(cues.plain_mentions(text))))


class ListReader:
    """Reads every introduced list of one document."""

    def __init__(self, lines: list[Line | None]):
        self.lines = lines
        self.wrapped = is_hard_wrapped(lines)
        self.width = typical_width(lines)

    def next_line(self, index: int) -> int | None:
        for j in range(index + 1, min(len(self.lines), index + 4)):
            if self.lines[j] is not None:
                return j
        return None

    def continues(self, item: Item, line: Line, blank_before: bool) -> bool:
        """A wrapped line of the same item, not a new paragraph or section."""
        last = item.lines[-1].text
        if SECTION_NUMBER.match(line.text):
            return False
        ends_sentence = bool(TERMINAL.search(last))
        if line.text[:1].islower() and not ends_sentence:
            return True
        if blank_before or not self.wrapped:
            return False
        if len(last) < 0.6 * self.width and line.text[:1].isupper():
            return False  # a short line ends the item; a capital opens what follows
        return not ends_sentence and not last.endswith(":") or len(last) >= 0.85 * self.width

    def find_next(self, start: int, previous: Marker) -> int | None:
        """The next numbered item past explanation text between items."""
        for j in range(start, min(len(self.lines), start + GAP_WINDOW)):
            line = self.lines[j]
            if line is None:
                continue
            marker = parse_marker(line.text)
            if marker and marker.ordinal is not None and marker.follows(previous):
                rest = line.text[marker.length:].split()
                nxt = self.next_line(j)
                if len(rest) >= 4 or not rest and nxt is not None and len(self.lines[nxt].text.split()) >= 4:
                    return j
                return None
            if marker and marker.style == previous.style:
                return None
        return None

    def collect(self, first: int) -> list[Item]:
        """Items from the first marked line on, while the list keeps its style."""
        marker = parse_marker(self.lines[first].text)
        items = [Item(marker)]
        items[0].add(self.lines[first], marker.length)
        j, blank_before = first + 1, False
        while j < len(self.lines):
            line = self.lines[j]
            current = items[-1]
            if line is None:
                blank_before = True
                j += 1
                continue
            found = parse_marker(line.text)
            if current.awaiting_text and not found:
                current.add(line)
            elif found and found.follows(current.marker):
                items.append(Item(found))
                items[-1].add(line, found.length)
            elif not found and self.continues(current, line, blank_before):
                current.add(line)
            elif current.marker.ordinal is not None and (nxt := self.find_next(j, current.marker)) is not None:
                j = nxt
                continue
            else:
                break
            blank_before = False
            j += 1
        return items

    def unmarked_paragraphs(self, first: int, count: int | None) -> list[Item]:
        """Paragraphs under a heading such as "Areas for improvement", each one
        finding, until something that is not a paragraph of prose."""
        items: list[Item] = []
        j = first
        while j is not None and len(items) < (count or 12):
            line = self.lines[j]
            if len(line.text.split()) < 6 or parse_marker(line.text) \
                    or not (self.wrapped or TERMINAL.search(line.text)):
                break
            item = Item(Marker(("paragraph",), None, 0))
            item.add(line)
            j += 1
            while self.wrapped and j < len(self.lines) and self.lines[j] is not None \
                    and not parse_marker(self.lines[j].text):
                item.add(self.lines[j])
                j += 1
            if not cues.reads_as_finding(" ".join(item.parts)):
                break
            items.append(item)
            j = self.next_line(j - 1)
        return items

    def unmarked_lines(self, first: int, count: int) -> list[Item]:
        """Exactly the stated number of short lines after "six areas of
        weakness:" when a web page lost its bullets; else nothing."""
        items: list[Item] = []
        j: int | None = first
        while j is not None and len(items) < count:
            line = self.lines[j]
            if len(line.text.split()) > MAX_UNMARKED_WORDS or line.text.endswith(":"):
                return []
            item = Item(Marker(("line",), None, 0))
            item.add(line)
            items.append(item)
            j = self.next_line(j)
        endings = {bool(TERMINAL.search(item.parts[-1])) for item in items}
        return items if len(items) == count and len(endings) == 1 else []  # alike, as list items are

    def read(self) -> list[Found]:
        out: list[Found] = []
        index = 0
        while index < len(self.lines):
            line = self.lines[index]
            items, resume = self.list_at(index) if line is not None else ([], index)
            for item in items:
                found = item.found()
                if found and not cues.is_response(found.text):
                    out.append(found)
            index = max(index + 1, resume)
        return out

    def list_at(self, index: int) -> tuple[list[Item], int]:
        """The list this line introduces or, when its items are labelled as
        weaknesses ("Priority action 1"), starts; else nothing."""
        line = self.lines[index]
        marker = parse_marker(line.text)
        if marker and marker.names_weakness and marker.ordinal == 1 \
                and cues.has_source(context_before(self.lines, index, 4000)):
            return self.finish(self.collect(index), index, None)
        colon = bool(INTRO_END.search(line.text[-16:]))
        heading = not colon and not parse_marker(line.text) and is_heading_intro(self.lines, index)
        if not colon and not heading:
            return [], index
        previous, intro = intro_text(self.lines, index) if colon else ("", line.text)
        kind = intro_kind(previous, intro, context_before(self.lines, index))
        if kind is None:
            return [], index
        first = self.next_line(index)
        if first is None:
            return [], index
        count = cues.stated_count(previous + " " + intro if len(intro.split()) < 7 else intro)
        if parse_marker(self.lines[first].text):
            items = self.collect(first)
        elif heading and len(line.text.split()) <= 6:
            items = self.unmarked_paragraphs(first, count)
        elif count and not self.wrapped:
            items = self.unmarked_lines(first, count)
        else:
            return [], index
        if kind == "told":  # what inspectors said may be praise: keep the shortfalls
            items = [item for item in items if cues.reads_as_finding(" ".join(item.parts))]
        return self.finish(items, first, count)

    def finish(self, items: list[Item], first: int, count: int | None) -> tuple[list[Item], int]:
        """The list cut to the number its intro states, and where reading resumes."""
        items = items[:count] if count else items
        last = next((item.lines[-1] for item in reversed(items) if item.lines), None)
        resume = next((k for k in range(first, len(self.lines)) if self.lines[k] is last), first)
        return items, resume + 1


def extract(lines: list[Line | None]) -> list[Found]:
    return ListReader(lines).read()
