"""Weaknesses set out as a list after an intro that names them.

"The inspection identified these significant weaknesses: a) ... b) ...",
"Inspectors told us that: • ...", "on four areas of concern, namely:
Action 1 - ...", a "Priority actions" heading over "1: ..." items with
explanation in between. An intro counts when its last sentence names
weaknesses (or areas an inspection put forward) and not strengths or
progress, or judges that too little progress was made ("Insufficient
progress had been made in:"); a short "The four areas were:" points back to
the sentence before, in its paragraph or the one above. The list then runs
while items keep one marker style (and, for numbered items, the next
number); "5.1", "5.2" count as items only under an intro numbered 5. A
table header ("No. Area of significant weakness Rating") over numbered rows
is a list too. The 2023 framework's "The partnership should make the
following improvements:" is an intro; a heading ("Areas for development")
may sit far below the inspection it reports. Without markers (a web page
that lost its bullets), short alike lines after a naming intro are items
even when no count is stated. A list whose items end with ";" ends at the
one with a full stop, as does one of fragments ("the quality of plans.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.common.evidence import Evidence
from pipeline.extract.weaknesses import cues, decide
from pipeline.extract.weaknesses.text import TERMINAL, Found, Line, found_from_lines, is_hard_wrapped, typical_width

MARKER = re.compile(
    r"""^(?:
        (?P<bullet>[•·▪●◦○■□➢►✓\u2022\u25aa\u25cf\u2013\u2014*-]|o(?=\s))
      | (?P<label>(?:priority\s+action|areas?\s+(?:of|for)\s+(?:weakness|improvement|concern)
                     |area|action|weakness|concern|priority)
            \s+(?P<label_num>\d{1,2}))(?:\s*[-–:.)])?(?=\s|$)
      | (?P<num_open>\()?(?P<num>\d{1,2})(?P<num_form>[.):]|\s+[-–])(?=\s|$)
      | (?P<rom_open>\()?(?P<rom>ii{1,2}|iv|vi{1,3}|ix|xi{0,3}|II{1,2}|IV|VI{1,3}|IX|XI{0,3})(?P<rom_form>[).])(?=\s|$)
      | (?P<let_open>\()?(?P<let>[a-zA-Z])(?P<let_form>[).])(?=\s|$)
    )\s*""",
    re.IGNORECASE | re.VERBOSE,
)
INTRO_END = re.compile(r"(?::\s*[-–]?\s*:?|\bas\s+follows|\bnamely)\s*$", re.IGNORECASE)
# "... were summarised, including.", "the following areas for improvement." also promise a list.
INCLUDING_END = re.compile(r"\b(?:including|included|include|as\s+follows|namely)\s*[.:]\s*$", re.IGNORECASE)
SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?(?:\s|$)")  # "2.3", a report's next paragraph
MAX_UNMARKED_WORDS = 30  # a line longer than this is prose, not a list item
RUN_ENDING = re.compile(r"(?:[.;,](?:\s+(?:and|or))?)$", re.IGNORECASE)  # how an unmarked item line ends
MAX_TITLE_WORDS = 10  # a sub-heading naming one area
FULL_STOP_END = re.compile(r"\.['\"”’)]*$")
MAX_FINDING_WORDS = 45  # a one-sentence finding on a web page
GAP_WINDOW = 40  # lines searched for the next numbered item past explanation text
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘'(])")


SELF_DESCRIBED = re.compile(r"^(?:priority action|areas? (?:of|for) \w+|weakness|concern)$")


ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
         "xi": 11, "xii": 12, "xiii": 13}


@dataclass
class Marker:
    style: tuple
    ordinal: int | None
    length: int  # characters of the line the marker takes, spaces included
    roman: int | None = None  # "i." may be a letter or a roman one: "ii." follows it as a numeral

    @property
    def names_weakness(self) -> bool:
        """"Priority action 1", "Area for improvement 2": the label says what the item is."""
        return self.style[0] == "label" and bool(SELF_DESCRIBED.match(self.style[1]))

    def follows(self, other: "Marker") -> bool:
        """Same list: same style and, when numbered, the next number."""
        if self.style != other.style:
            return False
        if self.roman is not None and other.roman is not None and self.roman == other.roman + 1:
            return True
        return self.ordinal is None or other.ordinal is None or self.ordinal == other.ordinal + 1


# "5.1", "5.2" under a paragraph 5 that ends with a colon: sub-paragraphs as list items.
DOTTED = re.compile(r"^(?P<major>\d{1,2})\.(?P<minor>\d{1,2})\.?(?=\s)\s*")
PARAGRAPH_NUMBER = re.compile(r"^(\d{1,2})(?:[.)]|\.\d{1,2}\.?)?\s")


def parse_marker(text: str, dotted: bool = False) -> Marker | None:
    """The list marker a line starts with; "5.1" counts only with ``dotted``
    (elsewhere it is a report's next paragraph and ends a list)."""
    if dotted and (sub := DOTTED.match(text)):
        return Marker(("dotted", int(sub["major"])), int(sub["minor"]), sub.end())
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
    elif match["rom"]:  # "ii.", "(iv)": numerals in the style of the letters "i.", "v.", "x."
        numeral = match["rom"]
        style = ("letter", bool(match["rom_open"]), match["rom_form"], numeral.islower())
        return Marker(style, 1000 + ROMAN[numeral.lower()], match.end(), ROMAN[numeral.lower()])
    else:
        letter = match["let"]
        style, ordinal = ("letter", bool(match["let_open"]), match["let_form"], letter.islower()), ord(letter.lower())
        return Marker(style, ordinal, match.end(), ROMAN.get(letter.lower()))
    return Marker(style, ordinal, match.end())


@dataclass
class Item:
    marker: Marker
    lines: list[Line] = field(default_factory=list)  # the lines holding its text
    text_start: int = 0  # page offset where the text after the marker begins
    parts: list[str] = field(default_factory=list)
    evidence: Evidence = field(default_factory=Evidence)  # the list's cues, set when the list is read

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
        return found_from_lines(self.lines, self.text_start, "\n".join(self.parts))


def intro_text(lines: list[Line | None], index: int) -> tuple[str, str, bool]:
    """The sentence that ends at this line and the one before it, read back through the
    paragraph (or the paragraph above, for a short intro paragraph), and whether the last
    sentence leans on the one before: short in the same paragraph ("Leaders should:"), or
    pointing back ("These were:")."""
    parts: list[str] = []
    i = index
    while i >= 0 and lines[i] is not None and len(parts) < 6:
        marker = parse_marker(lines[i].text) if i != index else None
        if marker:  # the intro is itself an item ("- Areas for focus were, including."): its text counts
            parts.insert(0, lines[i].text[marker.length:])
            break
        parts.insert(0, lines[i].text)
        i -= 1
    sentences = SENTENCE_SPLIT.split(" ".join(parts))
    if len(sentences) == 1 and (cues.POINTS_BACK.match(sentences[0]) or len(sentences[0].split()) < SHORT_INTRO):
        return paragraph_before(lines, i), sentences[0], bool(cues.POINTS_BACK.match(sentences[0]))
    return (sentences[-2] if len(sentences) > 1 else ""), sentences[-1], len(sentences[-1].split()) < 7


SHORT_INTRO = 12  # words: an intro paragraph this short leans on the paragraph above ("For us these are:")
def paragraph_before(lines: list[Line | None], index: int) -> str:
    """The last sentence of the paragraph before ``index`` (a blank line or
    two away), or "" when that paragraph is a list."""
    i = index
    while i >= 0 and lines[i] is None and index - i < 3:
        i -= 1
    parts: list[str] = []
    while i >= 0 and lines[i] is not None and len(parts) < 6:
        if parse_marker(lines[i].text):
            return ""
        parts.insert(0, lines[i].text)
        i -= 1
    return SENTENCE_SPLIT.split(" ".join(parts))[-1] if parts else ""


def context_before(lines: list[Line | None], index: int, chars: int = 2000, lines_back: int = 60) -> str:
    out: list[str] = []
    size = 0
    for line in reversed(lines[max(0, index - lines_back): index + 1]):
        if line is not None:
            out.append(line.text)
            size += len(line.text)
            if size > chars:
                break
    return " ".join(reversed(out))


HEADING_CONTEXT = 6000  # characters searched back for the inspection a heading's findings come from


# The header row of a table of weaknesses as PDF text gives it: "No. Area of significant weakness Rating".
TABLE_HEADER = re.compile(
    r"^(?:(?:no|ref|number)\.?\s+|#\s*)?(?:areas?\s+(?:of|for)\s+(?:significant\s+|key\s+)?"
    r"(?:weakness(?:es)?|concerns?|improvement)|(?:significant\s+)?weakness(?:es)?|priority\s+actions?)"
    r"(?P<columns>(?:\s+[\w/&()-]+){0,5}?)\s*$",
    re.IGNORECASE)
TABLE_ROW = re.compile(r"^(\d{1,2})\.?\s+(?=\S)")
# A status column at a row line's end (when the header names further columns).
STATUS = re.compile(
    r"\s+(?:(?:red|amber|green|blue|grey|black)(?:\s*/\s*(?:red|amber|green))?|complete[d]?|on\s+track|"
    r"off\s+track|not\s+started|in\s+progress|ongoing|achieved|(?:not\s+|partially\s+)?met)$",
    re.IGNORECASE)


# A web page's question over the findings: "What did the inspectors find?", "What did Ofsted say needs to improve?".
QUESTION_INTRO = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?what\s+(?:did|does|have|has)\s+(?:the\s+)?"
    r"(?:inspectors?|inspection|ofsted|cqc|ofsted\s+and\s+(?:the\s+)?cqc|re-?visit|report|letter)\s+"
    r"(?:find|found|say|said|identify|identified|highlight|highlighted|tell\s+us|told\s+us)"
    r"(?:\s+(?:needs?|needed)\s+to\s+(?:improve|change|get\s+better))?\s*\?$",
    re.IGNORECASE)


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


def closes_list(last: str, before: list[Item]) -> bool:
    """Items ended with ";" (or "; and"), and this one with a full stop: the list's last item."""
    return last.endswith(".") and bool(before) and all(
        item.parts and re.search(r";(?:\s+(?:and|or))?$", item.parts[-1].rstrip()) for item in before)


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

    def continues(self, item: Item, line: Line, blank_before: bool, before: list[Item] = ()) -> bool:
        """A wrapped line of the same item, not a new paragraph or section."""
        last = item.lines[-1].text
        if SECTION_NUMBER.match(line.text):
            return False
        ends_sentence = bool(TERMINAL.search(last))
        if line.text[:1].islower() and not ends_sentence:
            return True
        if blank_before or not self.wrapped:
            return False
        if ends_sentence and line.text[:1].isupper() and (item.parts[0][:1].islower() or closes_list(last, before)):
            return False  # "the quality of plans." or "; ... ." ends the list; a capital opens what follows
        if len(last) < 0.6 * self.width and line.text[:1].isupper():
            return False  # a short line ends the item; a capital opens what follows
        return not ends_sentence and not last.endswith(":") or len(last) >= 0.85 * self.width

    def find_next(self, start: int, previous: Marker) -> int | None:
        """The next numbered item past explanation text between items."""
        for j in range(start, min(len(self.lines), start + GAP_WINDOW)):
            line = self.lines[j]
            if line is None:
                continue
            marker = parse_marker(line.text, previous.style[0] == "dotted")
            if marker and marker.ordinal is not None and marker.follows(previous):
                rest = line.text[marker.length:].split()
                nxt = self.next_line(j)
                if len(rest) >= 4 or not rest and nxt is not None and len(self.lines[nxt].text.split()) >= 4:
                    return j
                return None
            if marker and marker.style == previous.style:
                return None
        return None

    def collect(self, first: int, dotted: bool = False) -> list[Item]:
        """Items from the first marked line on, while the list keeps its style."""
        marker = parse_marker(self.lines[first].text, dotted)
        items = [Item(marker)]
        items[0].add(self.lines[first], marker.length)
        alone = not self.lines[first].text[marker.length:].strip()  # "-" on its line, its text below
        j, blank_before = first + 1, False
        while j < len(self.lines):
            line = self.lines[j]
            current = items[-1]
            if line is None:
                blank_before = True
                j += 1
                continue
            found = parse_marker(line.text, dotted)
            if current.awaiting_text and not found:
                current.add(line)
            elif found and found.follows(current.marker) and (not line.text[found.length:].strip()) == alone:
                items.append(Item(found))
                items[-1].add(line, found.length)
            elif not found and self.continues(current, line, blank_before, items[:-1]):
                current.add(line)
            elif current.marker.ordinal is not None and (nxt := self.find_next(j, current.marker)) is not None:
                j = nxt
                continue
            else:
                break
            blank_before = False
            j += 1
        return items

    def unmarked_paragraphs(self, first: int, count: int | None, longest: int | None = None) -> list[Item]:
        """Paragraphs under a heading such as "Areas for improvement", each one
        finding, until something that is not a paragraph of prose; with ``longest``,
        only one-sentence paragraphs of at most that many words (a web page's findings
        after "Inspectors identified three areas for improvement.")."""
        items: list[Item] = []
        j = first
        while j is not None and len(items) < (count or 12):
            line = self.lines[j]
            if len(line.text.split()) < 6 or parse_marker(line.text) \
                    or not (self.wrapped or TERMINAL.search(line.text)):
                break
            if longest and (len(line.text.split()) > longest or len(SENTENCE_SPLIT.split(line.text)) > 1):
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

    def is_title(self, index: int) -> bool:
        """A short capitalised line without end punctuation: a sub-heading naming one area."""
        text = self.lines[index].text
        return (len(text.split()) <= MAX_TITLE_WORDS and text[:1].isupper() and not TERMINAL.search(text)
                and not text.endswith(":") and not parse_marker(text) and not HEADING_TAIL.search(text))

    def titled_paragraphs(self, first: int, count: int | None) -> list[Item]:
        """A heading per area, each over the paragraph that states the finding ("EHC plans" /
        "Too many plans are late ..."): the paragraphs are the items. Every title must have
        one that reads as a finding; the run ends at a title without one."""
        items: list[Item] = []
        j: int | None = first
        while j is not None and self.is_title(j) and len(items) < (count or 12):
            body = self.next_line(j)
            if body is None or body - j > 2 or self.is_title(body) or parse_marker(self.lines[body].text):
                break
            item = Item(Marker(("titled",), None, 0))
            k = body
            while k < len(self.lines) and self.lines[k] is not None and (k == body or self.wrapped):
                item.add(self.lines[k])
                k += 1
            if not cues.reads_as_finding(" ".join(item.parts)):
                break
            items.append(item)
            j = self.next_line(k - 1)
        return items if len(items) >= 2 or count == 1 and items else []

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

    def unmarked_run(self, intro: int, first: int) -> list[Item]:
        """Short lines after an intro that names weaknesses but no count, when a web page lost
        its bullets: "We must improve:" over "the quality of plans", "the local offer". Items sit
        as far apart as the first one sits from the intro (next lines, or one blank line apart
        as HTML paragraphs). They must look alike (same case of first letter; all bare, or all
        ended with ";" but the last; blank-separated ones bare) and the run must end where a list
        ends: at a blank line (next-line items), a line of another case, or the first full
        sentence after bare lines (not taken)."""
        gap = first - intro - 1  # blank lines between the intro and the first item
        if gap > 1:
            return []
        items: list[Item] = []
        j = first
        while j < len(self.lines) and self.lines[j] is not None:
            text = self.lines[j].text
            if len(text.split()) > MAX_UNMARKED_WORDS or len(text.split()) < 2 or text.endswith(":") \
                    or parse_marker(text) or items and text[:1].isupper() != items[0].parts[0][:1].isupper():
                break
            if (items or gap) and not TERMINAL.search((items[0].parts[0] if items else text)) and TERMINAL.search(text):
                break  # bare items, then a sentence: the paragraph after the list
            if gap and TERMINAL.search(text):
                break  # blank-separated lines ending in full stops are paragraphs
            item = Item(Marker(("line",), None, 0))
            item.add(self.lines[j])
            items.append(item)
            j += 1 + gap
            if gap and (j - 1 >= len(self.lines) or self.lines[j - 1] is not None):
                break  # the next line is not one blank line away
        endings = [RUN_ENDING.search(item.parts[0]) for item in items]
        ends = {match.group(0).strip() if match else "" for match in endings[:-1]}
        alike = ends <= {""} or ends <= {";", "; and", "; or", ",", ", and", ", or"} \
            or ends == {"."} and RUN_ENDING.search(items[-1].parts[0])
        stops = gap or j >= len(self.lines) or self.lines[j] is None or not TERMINAL.search(items[0].parts[0]) \
            if items else False
        return items if 2 <= len(items) <= 12 and alike and stops else []

    def read(self) -> list[Found]:
        out: list[Found] = []
        index = 0
        while index < len(self.lines):
            line = self.lines[index]
            items, resume = self.list_at(index) if line is not None else ([], index)
            for item in items:
                found = item.found()
                if found is None:
                    continue
                evidence = decide.item_evidence(item.evidence, found.text)
                if decide.keep(evidence):
                    found.evidence = evidence.reason()
                    out.append(found)
            index = max(index + 1, resume)
        return out

    def intro_form(self, index: int) -> str | None:
        """How this line could introduce a list: it ends with a colon ("as follows", "including"),
        it is a heading, or it ends a sentence right above a marked list; else None."""
        line = self.lines[index]
        if INTRO_END.search(line.text[-16:]) or INCLUDING_END.search(line.text[-24:]):
            return "colon"
        if parse_marker(line.text):
            return None
        if is_heading_intro(self.lines, index):
            return "heading"
        first = self.next_line(index)
        if not FULL_STOP_END.search(line.text) or first is None or first - index > 2 \
                or not cues.might_name_weakness(context_before(self.lines, index, 600, 8)):
            return None
        marker = parse_marker(self.lines[first].text)
        if marker and marker.ordinal in (None, 1, 1001) or not marker and not self.wrapped:
            return "full-stop"  # a marked list, or a web page's one-sentence paragraphs
        return None

    def list_at(self, index: int) -> tuple[list[Item], int]:
        """The list this line may introduce or, when its items are labelled as weaknesses
        ("Priority action 1"), starts, with the intro's evidence on each item; else nothing."""
        line = self.lines[index]
        marker = parse_marker(line.text)
        if marker and marker.names_weakness and marker.ordinal == 1 \
                and cues.has_source(context_before(self.lines, index, 4000)):
            labelled = Evidence().add("list:labelled-as-weakness", decide.NAMES_WEAKNESS)
            return self.finish(self.collect(index), index, None, labelled.add("context:inspection", decide.INSPECTION))
        header = TABLE_HEADER.match(line.text)
        if header and cues.has_source(context_before(self.lines, index)):
            rows, resume = self.table(index, bool(header["columns"].strip()))
            if rows:
                table = Evidence().add("table:header-names-weakness", decide.NAMES_WEAKNESS)
                return self.finish(rows, index, None, table.add("context:inspection", decide.INSPECTION))
        if QUESTION_INTRO.match(line.text):
            return self.answered_question(index)
        form = self.intro_form(index)
        if form is None:
            return [], index
        heading = form == "heading"
        previous, intro, leans_back = ("", line.text, False) if heading else intro_text(self.lines, index)
        # A heading ("Areas for development") may head the third section of a long letter: look further back.
        context = context_before(self.lines, index, HEADING_CONTEXT, 200) if heading \
            else context_before(self.lines, index)
        evidence = decide.intro_evidence(previous, intro, context, form, leans_back)
        if not decide.could_pass(evidence):
            return [], index
        first = self.next_line(index)
        if first is None:
            return [], index
        count = cues.progress_count(intro) or cues.stated_count(intro)
        if not count and previous and (len(intro.split()) < 7 or evidence.has("previous:names-weakness")):
            count = cues.stated_count(previous)  # "... four areas of weakness. These were:"
        colon = form == "colon"
        named = decide.names_list(evidence)
        if self.is_title(first) and (titled := self.titled_paragraphs(first, count)):
            items = titled
        elif parse_marker(self.lines[first].text):
            items = self.collect(first)
            if heading and items[0].parts and items[0].parts[-1].rstrip().endswith(":"):
                return [], index  # the heading is over a paragraph that introduces its own list
        elif colon and self.sub_paragraphs(index, first):
            items = self.collect(first, dotted=True)
        elif heading and len(line.text.split()) <= 6:
            items = self.unmarked_paragraphs(first, count)
        elif form == "full-stop":
            items = self.unmarked_paragraphs(first, count, MAX_FINDING_WORDS)
        elif colon and count and not self.wrapped:
            items = self.unmarked_lines(first, count)
        elif colon and named and not self.wrapped:
            items = self.unmarked_run(index, first)
        elif colon and (judged := self.judged_paragraph(first)) is not None:
            items = [judged]
        else:
            return [], index
        return self.finish(items, first, count, evidence)

    def answered_question(self, index: int) -> tuple[list[Item], int]:
        """A web page's FAQ: "What did the inspectors find?" over a bulleted list. The question
        reports what inspectors said, which may be praise: keep the shortfalls."""
        first = self.next_line(index)
        if first is None or not parse_marker(self.lines[first].text) or cues.is_resolved(self.lines[index].text):
            return [], index
        question = Evidence().add("intro:question", decide.TOLD + decide.FORM["question"])
        return self.finish(self.collect(first), first, None, question.add("context:inspection", decide.INSPECTION))

    def judged_paragraph(self, first: int) -> Item | None:
        """A re-visit letter: "At the initial inspection, inspectors found the following:" over one
        paragraph (its bullet lost), then what inspectors found this time and a judgement on "this
        significant weakness". The paragraph is the weakness; the judgement must follow within a
        few paragraphs, before the next intro."""
        item = Item(Marker(("paragraph",), None, 0))
        j = first
        while j < len(self.lines) and self.lines[j] is not None and not parse_marker(self.lines[j].text) \
                and (j == first or self.wrapped):
            item.add(self.lines[j])
            j += 1
        text = " ".join(item.parts)
        if not item.lines or text.endswith(":") or len(text.split()) < 6 or not cues.reads_as_finding(text):
            return None
        paragraphs = 0
        while j < len(self.lines) and paragraphs < 4:
            line = self.lines[j]
            j += 1
            if line is None:
                continue
            if line.text.endswith(":"):
                return None
            if cues.JUDGED_ITSELF.search(line.text):
                return item
            if self.lines[j - 2] is None:
                paragraphs += 1
        return None

    def table(self, header: int, columns: bool) -> tuple[list[Item], int]:
        """Rows numbered 1, 2, ... (bare numbers: "1." lists are read as
        lists) under a table header, each row one weakness; a row's wrapped
        lines follow it; a status column ("Amber", "Complete") is left out of
        the text."""
        items: list[Item] = []
        j, last = self.next_line(header), header
        if j is None or parse_marker(self.lines[j].text):
            return [], header
        while j is not None:
            line = self.lines[j]
            row = TABLE_ROW.match(line.text)
            if row and int(row.group(1)) == len(items) + 1:
                items.append(Item(Marker(("row",), len(items) + 1, row.end())))
                skip = row.end()
            elif items and not row and not SECTION_NUMBER.match(line.text) and self.lines[j - 1] is not None \
                    and (line.text[:1].islower() or not TERMINAL.search(items[-1].parts[-1])):
                skip = 0
            else:
                break
            status = STATUS.search(line.text) if columns else None
            cut = len(line.text) - status.start() if status and status.start() > skip else 0
            items[-1].add(Line(line.page, line.start, line.end - cut, line.text[:len(line.text) - cut]), skip)
            last = j
            j = self.next_line(j)
        return (items, last + 1) if len(items) >= 2 else ([], header)

    def sub_paragraphs(self, index: int, first: int) -> bool:
        """"5. The letter sets out these areas:" over "5.1 ...", "5.2 ...": the
        first item is numbered 1 under the intro paragraph's own number."""
        item = DOTTED.match(self.lines[first].text)
        if not item or item["minor"] != "1":
            return False
        i = index
        while i > 0 and self.lines[i - 1] is not None and not parse_marker(self.lines[i].text) \
                and not DOTTED.match(self.lines[i].text):
            i -= 1
        own = PARAGRAPH_NUMBER.match(self.lines[i].text)
        return own is None or own.group(1) == item["major"]

    def finish(self, items: list[Item], first: int, count: int | None,
               intro: Evidence) -> tuple[list[Item], int]:
        """The list cut to the number its intro states, each item with the list's evidence,
        and where reading resumes."""
        items = items[:count] if count else items
        if not any(item.lines for item in items):
            return [], first - 1  # nothing read: resume right after the intro
        evidence = decide.list_evidence(intro, len(items), count)
        for item in items:
            item.evidence = evidence
        last = next((item.lines[-1] for item in reversed(items) if item.lines), None)
        resume = next((k for k in range(first, len(self.lines)) if self.lines[k] is last), first)
        return items, resume + 1


def extract(lines: list[Line | None]) -> list[Found]:
    return ListReader(lines).read()
