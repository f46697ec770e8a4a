"""Lists that lost their markers, and tables: the items the list reader takes when no marker
opens them.

A web page's bullets often vanish into plain lines or one-sentence paragraphs; a heading per
area may stand over its paragraph; a re-visit letter may quote one weakness as a paragraph
and judge it below; a table of weaknesses comes as numbered rows under a header. Each reader
here returns the items it found (or none) and leaves the decision to ``decide``.
"""

from __future__ import annotations

import re

from pipeline.extract.weaknesses import cues
from pipeline.extract.weaknesses.items import Item, Marker, parse_marker
from pipeline.extract.weaknesses.text import (
    HEADING_TAIL, QUOTE_PAIRS, SECTION_NUMBER, SENTENCE_SPLIT, TERMINAL, Line, is_hard_wrapped, next_line,
    typical_width,
)

MAX_UNMARKED_WORDS = 30  # a line longer than this is prose, not a list item
RUN_ENDING = re.compile(r"(?:[.;,](?:\s+(?:and|or))?)$", re.IGNORECASE)  # how an unmarked item line ends
MAX_TITLE_WORDS = 10  # a sub-heading naming one area
TITLE_WIDTH = 0.6  # of the typical line: a line this short after a full stop, itself unended, is a heading
MIN_SINGLE_WORDS = 5  # a lone unmarked item is longer than a sub-heading
MAX_FINDING_WORDS = 45  # a one-sentence finding on a web page
BODY_PARAGRAPHS = 3  # paragraphs of update under a finding set as a heading
SHOULD_WORDS = 80  # a "should" paragraph: what to do and, often, so that what
SEMICOLON_ITEM_WORDS = 60  # one item of a semicolon-separated list, over its wrapped lines
SEMICOLON_END = re.compile(r";(?:\s+(?:and|or))?$")  # how an item of such a list ends ("; and")
TABLE_ROW = re.compile(r"^(\d{1,2})\.?\s+(?=\S)")
# A status column at a row line's end (when the header names further columns).
STATUS = re.compile(
    r"\s+(?:(?:red|amber|green|blue|grey|black)(?:\s*/\s*(?:red|amber|green))?|complete[d]?|on\s+track|"
    r"off\s+track|not\s+started|in\s+progress|ongoing|achieved|(?:not\s+|partially\s+)?met)$",
    re.IGNORECASE)


# A line opening with a short title and a dash, the finding after it in lower case: "Inclusion – too many children
# ...", "EHC plans – plans are often late ...": a plan's name for an area set before the inspectors' words.
TITLE_DASH = re.compile(r"^[A-Z][\w’'/-]*(?:\s+[\w’'/&-]+){0,4}?\s+[–—-]\s+(?=[a-z]|[A-Z]{2,})")  # (or an acronym)
DASHED_ITEM_LINES = 4  # lines one titled finding may wrap over


class UnmarkedReader:
    """The lines of one document and the readers of items without markers."""

    def __init__(self, lines: list[Line | None], wrapped: bool | None = None):
        self.lines = lines
        self.wrapped = is_hard_wrapped(lines) if wrapped is None else wrapped
        self.width = typical_width(lines)

    def next_line(self, index: int) -> int | None:
        return next_line(self.lines, index)

    def dash_titled(self, first: int) -> list[Item]:
        """Lines each opening with a short title and a dash before the finding ("Inclusion – too many ..."), with
        their wrapped lines: one item each, the title left out; none unless two or more follow one another."""
        items: list[Item] = []
        j = first
        while j < len(self.lines) and self.lines[j] is not None:
            line = self.lines[j]
            title = TITLE_DASH.match(line.text)
            if title:
                items.append(Item(Marker(("titled-dash",), None, title.end())))
                items[-1].add(line, title.end())
            elif not items or len(items[-1].lines) >= DASHED_ITEM_LINES or TERMINAL.search(items[-1].parts[-1]) \
                    or SECTION_NUMBER.match(line.text) or parse_marker(line.text):
                break
            else:
                items[-1].add(line)
            j += 1
        return items if len(items) >= 2 else []

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
                    and not parse_marker(self.lines[j].text) \
                    and not self.ends_paragraph(self.lines[j - 1], self.lines[j], item.parts[0]):
                item.add(self.lines[j])
                j += 1
            if not cues.reads_as_finding(" ".join(item.parts)):
                break
            items.append(item)
            j = self.next_line(j - 1)
        return items

    def ends_paragraph(self, last: Line, line: Line, opening: str) -> bool:
        """In hard-wrapped text with no blank line between paragraphs: a line that ends a sentence, then a
        capital, closes the paragraph when it is short or the next opens as this one did ("Leaders should
        ...", "The ICB should ..."); so does a new section number."""
        if SECTION_NUMBER.match(line.text):
            return True
        if not TERMINAL.search(last.text) or not line.text[:1].isupper():
            return False
        # (after a sentence's end, a short line with no end of its own is a heading: "Local area partnership
        # details"; a paragraph's own last line ends its sentence)
        if len(line.text) < TITLE_WIDTH * self.width and not TERMINAL.search(line.text):
            return True
        return len(last.text) < 0.85 * self.width \
            or bool(cues.SHOULD_START.match(opening) and cues.SHOULD_START.match(line.text))

    def should_paragraphs(self, first: int) -> list[Item]:
        """A web page's paragraphs (or quoted blocks) after an intro naming what must improve, each
        saying what someone should do: "Leaders should ...", "The integrated care board should ...";
        at most two sentences each, until one that is not."""
        if self.wrapped:
            return []
        items: list[Item] = []
        j: int | None = first
        while j is not None and len(items) < 12:
            text = self.lines[j].text
            if not cues.SHOULD_START.match(text) or len(text.split()) > SHOULD_WORDS \
                    or len(SENTENCE_SPLIT.split(text)) > 2 or parse_marker(text) or not TERMINAL.search(text):
                break
            item = Item(Marker(("paragraph",), None, 0))
            item.add(self.lines[j])
            items.append(item)
            j = self.next_line(j)
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

    def quoted_paragraphs(self, first: int) -> list[Item]:
        """Paragraphs each quoted whole ("“Plans remain of poor quality. ...”"), as a letter's passages are
        read into minutes or set in a blockquote: one item each (the quotation marks left out), while each
        states a finding."""
        items: list[Item] = []
        j: int | None = first
        while j is not None and len(items) < 12:
            opening = self.lines[j].text[:1]
            if opening not in QUOTE_PAIRS:
                break
            item = Item(Marker(("quoted",), None, 0))
            while j < len(self.lines) and self.lines[j] is not None:
                item.add(self.lines[j])
                j += 1
                if item.parts[-1].rstrip().endswith(QUOTE_PAIRS[opening]) and (len(item.parts) > 1 or len(item.parts[0]) > 1):
                    break
            text = " ".join(item.parts).strip()
            if not text.endswith(QUOTE_PAIRS[opening]) or len(text.split()) > SHOULD_WORDS \
                    or not cues.reads_as_finding(text):
                break
            items.append(item)
            j = self.next_line(j - 1)
        return items

    def finding_headings(self, first: int, count: int | None) -> list[Item]:
        """A web page's findings set as headings, each over what has been done about it ("Leaders should
        reduce waits for ..." / "We have recruited ..." / "Waits for therapy remain too long" / ...): the
        headings are the items. A heading states the finding (no end punctuation, not a label or a question);
        up to ``BODY_PARAGRAPHS`` ended paragraphs sit under each; the run ends at a heading that states none."""
        if self.wrapped:
            return []  # a PDF's unended lines are wrapped prose, not headings
        items: list[Item] = []
        j: int | None = first
        while j is not None and len(items) < (count or 12):
            text = self.lines[j].text
            if TERMINAL.search(text) or text.endswith((":", "?")) or parse_marker(text) \
                    or not MIN_SINGLE_WORDS <= len(text.split()) <= MAX_FINDING_WORDS or not cues.reads_as_finding(text):
                break
            body, k = 0, self.next_line(j)
            while k is not None and body < BODY_PARAGRAPHS and TERMINAL.search(self.lines[k].text) \
                    and not parse_marker(self.lines[k].text):
                body, k = body + 1, self.next_line(k)
            if not body:
                break  # a heading stands over its own paragraph
            item = Item(Marker(("heading",), None, 0))
            item.add(self.lines[j])
            items.append(item)
            j = k
        return items if len(items) >= 2 else []

    def unmarked_lines(self, first: int, count: int) -> list[Item]:
        """Exactly the stated number of lines (up to a sentence long) after "six areas of
        weakness:" when a web page lost its bullets; else nothing."""
        items: list[Item] = []
        j: int | None = first
        while j is not None and len(items) < count:
            line = self.lines[j]
            # the stated count vouches for the lines: one-sentence findings may be as long as a web page's
            if len(line.text.split()) > MAX_FINDING_WORDS or line.text.endswith(":"):
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
        as HTML paragraphs), or on the next lines after one blank line below the intro. They must look alike (same case of first letter; all bare, or all
        ended with ";" but the last; blank-separated ones bare) and the run must end where a list
        ends: at a blank line (next-line items), a line of another case, or the first full
        sentence after bare lines (not taken)."""
        gap = first - intro - 1  # blank lines between the intro and the first item
        if gap > 1:
            return []
        if gap and first + 1 < len(self.lines) and self.lines[first + 1] is not None:
            gap = 0  # a blank line after the intro, then the items a line each (a list's text that lost its bullets)
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
        # one bare phrase (no end punctuation, not a title) is a list of one that lost its bullet
        single = len(items) == 1 and not TERMINAL.search(items[0].parts[0]) \
            and len(items[0].parts[0].split()) >= MIN_SINGLE_WORDS
        return items if (2 <= len(items) <= 12 or single) and alike and stops else []

    def semicolon_items(self, first: int) -> list[Item]:
        """Items that lost their markers (an indent, a bullet the text layer dropped) but kept their
        punctuation: each runs over its wrapped lines to a ";" ("; and"), the last to a full stop.
        "which were that leaders should:" / "improve the timeliness of ...;" / "... local offer."."""
        items: list[Item] = []
        item: Item | None = None
        for j in range(first, min(len(self.lines), first + 40)):
            line = self.lines[j]
            if line is None or parse_marker(line.text) or line.text.rstrip().endswith(":"):
                break
            item = item or Item(Marker(("line",), None, 0))
            item.add(line)
            if len(" ".join(item.parts).split()) > SEMICOLON_ITEM_WORDS:
                return []
            text = line.text.rstrip()
            if SEMICOLON_END.search(text):
                items.append(item)
                item = None
            elif text.endswith("."):
                items.append(item)
                item = None
                break
        closed = item is None and items and not SEMICOLON_END.search(items[-1].parts[-1].rstrip())
        return items if closed and len(items) >= 2 else []

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
