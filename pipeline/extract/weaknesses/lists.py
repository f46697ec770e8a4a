"""Weaknesses set out as a list after a line that may introduce them.

"The inspection identified these significant weaknesses: a) ... b) ...", "Inspectors told
us that: • ...", "on four areas of concern, namely: Action 1 - ...", a "Priority actions"
heading over "1: ..." items with explanation in between, "The report highlighted four areas
of weakness." over four bullets. Every line that could introduce a list is read: one ending
with a colon ("as follows", "including."), a heading, or a sentence with a full stop right
above a marked list or a web page's one-sentence paragraphs. Its intro (the last sentence,
the one before, or the paragraph above a short intro such as "These were:") is weighed by
``decide``, with the stated count against the items and each item's own words; nothing here
says yes or no on one cue alone.

The list then runs while items keep one marker style (and, for numbered items, the next
number); "5.1", "5.2" count as items only under an intro numbered 5. A table header over
numbered rows, items labelled "Priority action 1", and a web page's FAQ question are lists
too. Lists that lost their markers are read in ``unmarked``. A list whose items end with ";"
ends at the one with a full stop, as does one of fragments ("the quality of plans.").
"""

from __future__ import annotations

import re
from itertools import takewhile

from pipeline.extract.common.evidence import Evidence
from pipeline.extract.weaknesses import cues, decide, item_cues
from pipeline.extract.weaknesses.items import DOTTED, PARAGRAPH_NUMBER, Item, Marker, parse_marker
from pipeline.extract.weaknesses import banners, headed, judged, pointers, tables, verdicts, voiced
from pipeline.extract.weaknesses.text import (
    HEADING_TAIL, SECTION_NUMBER, SENTENCE_SPLIT, TERMINAL, Found, Line, context_before, ends_item, run_in_label,
)
from pipeline.extract.weaknesses.unmarked import MAX_FINDING_WORDS, SEMICOLON_END, TABLE_ROW, TITLE_DASH, UnmarkedReader

# (a spaced dash alone ends an intro too, in minutes typed as "it was these that the plan addressed -")
INTRO_END = re.compile(r"(?::\s*[-–]?\s*:?|\bas\s+follows|\bnamely|\w\s+[-–—])\s*$", re.IGNORECASE)
# "... were summarised, including.", "the following areas for improvement." also promise a list.
INCLUDING_END = re.compile(r"\b(?:including|included|include|as\s+follows|namely)\s*[.:]\s*$", re.IGNORECASE)
# (or a footnote's number printed after a word's full stop, run on in a PDF's text: "... paragraphs 3.4 to 3.8 below.1")
FULL_STOP_END = re.compile(r"\.['\"”’)]*$|(?<=[a-z])\.\d$")
PARAGRAPH_LINES = 12  # an intro's explanation before its list is at most this long
RUNNING_LINES = 2  # a page's running header and footer lines between two items of a list
RUNNING_WORDS = 12
# "4 The plan ...": a report's paragraph numbered bare, then a capital
BARE_PARAGRAPH = re.compile(r"^(\d{1,2})\s+[A-Z][a-z]")
PARAGRAPH_REACH = 12  # lines above a list's first item searched for the paragraph it is in
GAP_WINDOW = 40  # lines searched for the next numbered item past explanation text
REPEATED_HEADER_LINES = 6  # lines at a page's top searched for a table's repeated header
SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
ROW_GAP_LINES = 120  # lines of the other columns' cells passed over between two rows' first cells
CELL_LINES = 4  # lines a table cell's item may run on past where the list reader stopped it




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
    return (sentences[-2] if len(sentences) > 1 else ""), sentences[-1], \
        len(sentences[-1].split()) < 7 or bool(PRONOUN_SUBJECT.match(sentences[-1]))


# "They asked the partnership to improve the following areas:": whoever "they" are, the sentence before said
PRONOUN_SUBJECT = re.compile(r"^(?:they|it|she|he)\s+(?:also\s+|then\s+)?[a-z]+ed\b", re.IGNORECASE)
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


# A heading over the weaknesses a re-visit found put right (read only beside the ones still open).
PUT_RIGHT_HEADING = re.compile(
    r"^(?:the\s+)?(?:areas?|(?:significant\s+)?weakness(?:es)?)\s+(?:where|in\s+which|with|for\s+which)\b"
    r".*" + cues.PROGRESS_PUT_RIGHT, re.IGNORECASE)
# The same half as a colon intro: "Inspectors found that sufficient progress had been made in addressing
# three of the weaknesses:", "Enough progress has been seen against two areas of weakness:".
PUT_RIGHT_INTRO = re.compile(
    rf"\b{verdicts.MADE}\s+progress\b.*\b(?:areas?|weakness(?:es)?|concerns?)\b"
    r"[^.;]*:\s*$", re.IGNORECASE)
MAX_HEADING_WORDS = 15
OPEN_WITHIN = 40  # lines after a put-right heading searched for the ones still open
HEADING_CONTEXT = 6000  # characters searched back for the inspection a heading's findings come from


# The header row of a table of weaknesses as PDF text gives it: "No. Area of significant weakness Rating".
TABLE_HEADER = re.compile(
    r"^(?:(?:no|ref|number)\.?\s+|#\s*)?(?:areas?\s+(?:of|for)\s+(?:significant\s+|key\s+)?"
    r"(?:weakness(?:es)?|concerns?|improvement)|(?:significant\s+)?weakness(?:es)?|priority\s+actions?)"
    r"(?P<columns>(?:\s+[\w/&()-]+){0,5}?)\s*$",
    re.IGNORECASE)


# A table header whose first column holds the inspection's findings, with the other columns named after it: "Ref
# Finding of the inspection report Lead Progress to date RAG", "Area for improvement Actions Owner Status".
FINDING_COLUMN = re.compile(
    r"^(?:(?:ref|no|number)\.?\s+|#\s*)?(?:(?:inspection\s+)?findings?|areas?\s+for\s+improvement|priority\s+actions?|"
    r"recommendations?)\b[^.:;]{0,40}?\s(?:lead|leads|owner|progress|rag|status|actions?|update|rating)\b",
    re.IGNORECASE)
# A table row's label ending in its number, the line before the row's finding cell: "1", "Priority action 2",
# "improvement 3" (the end of "Area for" / "improvement 3").
ROW_LABEL = re.compile(r"^(?:(?:[A-Za-z]+\s+){0,3})?\d{1,2}$")


# A web page's question over the findings: "What did the inspectors find?", "What did Ofsted say needs to improve?".
QUESTION_INTRO = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?what\s+(?:did|does|have|has)\s+(?:the\s+)?"
    r"(?:inspectors?|inspection|ofsted|cqc|ofsted\s+and\s+(?:the\s+)?cqc|re-?visit|report|letter)\s+"
    r"(?:find|found|say|said|identify|identified|highlight|highlighted|tell\s+us|told\s+us)"
    r"(?:\s+(?:needs?|needed)\s+to\s+(?:improve|change|get\s+better))?\s*\?$",
    re.IGNORECASE)
# A report's own heading asking what must change: "What needs to improve?", "What does the area need to do
# better?", "What should the partnership improve?", "Where must we improve?". It heads the findings below.
IMPROVE_QUESTION = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:what|where|which\s+areas?)\s+(?:[\w’'-]+\s+){0,7}?"
    r"(?:needs?|must|should|has\s+to|have\s+to|ought\s+to)\s+(?:to\s+)?(?:\w+\s+){0,3}?"
    r"(?:improve|improved|improvement|change|changed|get\s+better|be\s+better|do\s+better)\s*\??$",
    re.IGNORECASE)


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
        item.parts and SEMICOLON_END.search(item.parts[-1].rstrip()) for item in before)


ONE_SENTENCE_ITEMS = 2  # items before, each one sentence, that make a list of one-sentence findings


def one_sentence_each(item: Item, before: list[Item]) -> bool:
    """The items so far, this one too, are each one sentence ended by a full stop ("5. The lack of ... ." / "6. Poor
    transition ... ."): a capital after this one's full stop opens what follows the list, not more of the item
    (the report's next paragraph run on over a page's lines)."""
    if len(before) < ONE_SENTENCE_ITEMS:
        return False
    return all(len(SENTENCE_SPLIT.split(text := " ".join(other.parts).strip())) == 1 and text.endswith(".")
               for other in before[-ONE_SENTENCE_ITEMS:] + [item])


# A clause joined to what went before that ends with a colon: "but had not made sufficient progress in:",
# "and the following areas for improvement:", "while these remained:".
CONNECTED_INTRO = re.compile(r"^(?:but|and|whereas|while|whilst|however|yet)\b.*:\s*[-–]?$", re.IGNORECASE)


def opens_next_list(text: str, blank_before: bool) -> bool:
    """A line after a list item that introduces another list: a clause after a blank line that ends
    with a colon, or one opening with a connective ("but had not made enough progress in:")."""
    ends_colon = text.rstrip().endswith(":")
    return ends_colon and text[:1].islower() and blank_before or bool(CONNECTED_INTRO.match(text.strip()))


class ListReader(UnmarkedReader):
    """Reads every introduced list of one document."""

    def continues(self, item: Item, line: Line, blank_before: bool, before: list[Item] = ()) -> bool:
        """A wrapped line of the same item, not a new paragraph or section."""
        last = item.lines[-1].text
        if SECTION_NUMBER.match(line.text) or self.next_paragraph_number(item, line):
            return False
        ends_sentence = bool(TERMINAL.search(last))
        if opens_next_list(line.text, blank_before):
            return False  # "... / but had not made sufficient progress in the following:": the next list's intro
        if ends_item(item.lines[-1], line):
            return False  # "What we have done. ...", "Revisit finding (date): ...", body under a bold finding
        if line.text[:1].islower() and not ends_sentence:
            return True
        if ends_sentence and " | " in item.lines[0].text and line.text[:1].isupper():
            return False  # "Area of significant weakness 1 | <the finding>.": a labelled row's cell ends with its sentence
        if not blank_before and tables.DANGLING.search(last):
            return True  # "... for children and young people with" / "SEND, including ...": no line ends so
        if blank_before or not self.wrapped:
            return False
        if ends_sentence and line.text[:1].isupper() and (item.parts[0][:1].islower() or closes_list(last, before)
                                                          or item_cues.is_next_step(line.text)
                                                          or one_sentence_each(item, before)):
            return False  # "the quality of plans." or "; ... ." ends the list; a capital opens what follows
        if len(last) < 0.6 * self.width and line.text[:1].isupper():
            return False  # a short line ends the item; a capital opens what follows
        return not ends_sentence and not last.endswith(":") or len(last) >= 0.85 * self.width

    def next_paragraph_number(self, item: Item, line: Line) -> bool:
        """``line`` opens the report's next numbered paragraph ("4 The plan addressing these areas ..."), the one
        after the paragraph whose list the item is in ("3 Insufficient progress had been made in:"): the number,
        bare, then a capital; never the item's own wrapped words."""
        number = BARE_PARAGRAPH.match(line.text)
        if not number or item.marker.ordinal is not None:
            return False
        previous = f"{int(number[1]) - 1} "
        if not hasattr(self, "_line_at"):  # (built once, only for a document with such a line)
            self._line_at = {(each.page, each.start): k for k, each in enumerate(self.lines) if each is not None}
        start = self._line_at.get((item.lines[0].page, item.lines[0].start), 0)
        for k in range(start - 1, max(-1, start - PARAGRAPH_REACH), -1):
            above = self.lines[k]
            if above is not None and above.text.startswith(previous) and BARE_PARAGRAPH.match(above.text):
                return True
        return False

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
            elif (nxt := self.past_running_lines(j, current)) is not None:
                j = nxt  # a page's running header or footer between two items: the list goes on
                continue
            elif blank_before and (nxt := judged.past_verdict(self.lines, j, current.marker)) is not None:
                j = nxt  # "Sufficient progress. ..." under the item: the next item follows the verdict
                continue
            elif (nxt := self.past_note(j, current)) is not None:
                j = nxt  # "Revisit finding (date): ..." under the item: the next item follows the note
                continue
            else:
                break
            blank_before = False
            j += 1
        return items

    def past_note(self, j: int, current: Item) -> int | None:
        """Where the list goes on past a note run in under a label below an item ("Revisit finding (May 2022): Not
        yet sufficient - ...", "Progress: ..."): the next item, in the same style, within a paragraph's lines."""
        if not run_in_label(self.lines[j].text):
            return None
        for k in range(j + 1, min(len(self.lines), j + PARAGRAPH_LINES)):
            line = self.lines[k]
            if line is None:
                continue
            marker = parse_marker(line.text)
            if marker:
                return k if marker.follows(current.marker) and marker.style == current.marker.style else None
        return None

    def past_running_lines(self, j: int, current: Item) -> int | None:
        """Where the list goes on past the lines a page break brings ("Page 3 of 8", the council's name, the
        meeting's date: short, with no end punctuation), when the next item, in the same style, follows at once."""
        if not current.lines or self.lines[j].page == current.lines[-1].page:
            return None
        k, running = j, 0
        while k < len(self.lines) and running <= RUNNING_LINES:
            line = self.lines[k]
            if line is not None:
                marker = parse_marker(line.text)
                if marker:
                    return k if running and marker.follows(current.marker) and marker.style == current.marker.style else None
                if TERMINAL.search(line.text) or line.text.endswith(":") or len(line.text.split()) > RUNNING_WORDS:
                    return None
                running += 1
            k += 1
        return None

    def read(self) -> list[Found]:
        # which lines may name weaknesses, tested once: intros look at their own and the lines above
        self.naming = [line is not None and cues.might_name_weakness(line.text) for line in self.lines]
        out: list[Found] = []
        index = 0
        while index < len(self.lines):
            line = self.lines[index]
            items, resume = self.list_at(index) if line is not None else ([], index)
            if not items and line is not None:  # (a list no intro introduces, its items' own voice saying what they are)
                items, resume = voiced.voiced_list(self, index)
            resume = min(resume, self.nested_intro(items, index, resume))
            weighed = []
            for item in items:
                found = item.found()
                if found is not None:
                    found = judged.without_verdict_tail(found, item.lines[-1])
                    weighed.append((found, decide.item_evidence(item.evidence, found.text)))
            # ("the length of time that families wait for X" among items that judge: named too plainly to judge,
            # supported by its kept siblings, as a sentence's enumeration's items are)
            kept = sum(decide.keep(evidence) for _, evidence in weighed)
            for found, evidence in weighed:
                decide.sibling_support(evidence, kept, len(weighed))
                if decide.keep(evidence):
                    found.evidence = evidence.reason()
                    out.append(found)
            index = max(index + 1, resume)
        return out

    def nested_intro(self, items: list[Item], index: int, resume: int) -> int:
        """Where an item of the list that ends with a colon starts ("· The four areas of significant weakness were:"
        over its own "o ..." lines): it introduces a list of its own, so reading resumes there, not past the list."""
        for item in items:
            if item.lines and item.parts and item.parts[-1].rstrip().endswith(":"):
                return next((k for k in range(index + 1, resume) if self.lines[k] is item.lines[0]), resume)
        return resume

    def intro_form(self, index: int) -> str | None:
        """How this line could introduce a list: it ends with a colon ("as follows", "including"),
        it is a heading, or it ends a sentence right above a marked list; else None."""
        line = self.lines[index]
        if INTRO_END.search(line.text[-16:]) or INCLUDING_END.search(line.text[-24:]):
            return "colon"
        if parse_marker(line.text):  # an item, unless it points at the numbered paragraphs right below it
            first = self.next_line(index)
            return "full-stop" if first is not None and first - index <= 2 and FULL_STOP_END.search(line.text) \
                and self.points_below(index, first) and any(self.naming[max(0, index - 3): index + 1]) else None
        if is_heading_intro(self.lines, index):
            return "heading"
        full_stop = bool(FULL_STOP_END.search(line.text))
        if not full_stop and (TERMINAL.search(line.text) or not self.naming[index]):
            return None
        first = self.next_line(index)
        if first is None or first - index > 2:
            return None
        if full_stop and (self.promises_list(index, first) and self.sub_paragraphs(index, first)
                          or self.points_below(index, first)) and any(self.naming[max(0, index - 3): index + 1]):
            return "full-stop"  # "3.1 ... These are listed below." over "3.2 ...", "3.3 ..."; "5. ... paragraphs 6 to 8." over "6."
        if full_stop and cues.names_weakness(line.text) and self.sub_paragraphs(index, first) == "sub":
            return "full-stop"  # "2.1 ... the four areas of weakness in turn." over its own "2.1.1 ...", "2.1.2 ..."
        if full_stop and TITLE_DASH.match(self.lines[first].text) and any(self.naming[max(0, index - 3): index + 1]) \
                and pointers.PROMISES_LIST.search(intro_text(self.lines, index)[1]):
            return "full-stop"  # "... set out below, with the short titles ..." over "Inclusion – too many ..."
        marker = parse_marker(self.lines[first].text)
        if not full_stop:  # "inspectors found that more work needs to be done" / "1. to improve ..."
            runs_on = marker and marker.ordinal in (None, 1, 1001) \
                and self.lines[first].text[marker.length:][:1].islower()
            return "runs-on" if runs_on else None
        if (marker and marker.ordinal in (None, 1, 1001) or not marker and not self.wrapped) \
                and any(self.naming[max(0, index - 3): index + 1]):
            return "full-stop"  # a marked list, or a web page's one-sentence paragraphs
        return None

    def promises_list(self, index: int, first: int) -> bool:
        """The intro says a list follows ("as follows", "listed below"), or its sentence points at numbered
        paragraphs by their numbers and the first of them is the paragraph right below ("..., which are set out in
        paragraphs 4.6 to 4.10 as they appear in the report." over "4.6 Leaders should ...")."""
        return bool(pointers.PROMISES_LIST.search(self.lines[index].text)) or self.points_below(index, first)

    def points_below(self, index: int, first: int) -> bool:
        """The intro's sentence points at numbered paragraphs by their numbers, the first of them the paragraph right
        below: "... set out in paragraphs 4.6 to 4.10." over "4.6 ...", "... in paragraphs 6 to 8." over "6. ..."."""
        above = self.lines[index - 1] if index else None
        if "ara" not in self.lines[index].text and (above is None or "ara" not in above.text):
            return False
        pointer = pointers.PARAGRAPH_RANGE.search(intro_text(self.lines, index)[1])
        if not pointer or pointer["deeper"]:
            return False
        if "." in pointer["first"]:
            below = DOTTED.match(self.lines[first].text)
            return bool(below) and pointer["first"] == f"{below['major']}.{below['minor']}"
        below = parse_marker(self.lines[first].text)
        return below is not None and below.style[0] == "number" and below.ordinal == int(pointer["first"])

    def list_at(self, index: int) -> tuple[list[Item], int]:
        """The list this line may introduce or, when its items are labelled as weaknesses
        ("Priority action 1"), starts, with the intro's evidence on each item; else nothing."""
        line = self.lines[index]
        marker = parse_marker(line.text)
        if marker and marker.ordinal == 1 and (areas := headed.headed_areas(self.lines, index, self.width))[0]:
            return areas
        if marker and marker.ordinal == 1 and (rows := banners.banner_rows(self.lines, index))[0]:
            return rows  # "Area 1: <the area>" spanning a tracker over its ruled rows
        if marker and marker.names_weakness and marker.ordinal == 1 \
                and cues.has_source(context_before(self.lines, index, 4000)):
            labelled = Evidence().add("list:labelled-as-weakness", decide.NAMES_WEAKNESS)
            return self.finish(self.collect(index), index, None, labelled.add("context:inspection", decide.INSPECTION))
        if (line.heading or marker and marker.style[0] == "label") \
                and (headings := headed.headed_findings(self.lines, index))[0]:
            return headings  # findings as headings ("The lack of ..." in bold), each over its notes
        if self.wrapped and FINDING_COLUMN.match(line.text) and len(line.text) <= 90 and not TERMINAL.search(line.text) \
                and cues.has_source(context_before(self.lines, index, HEADING_CONTEXT, 200)):
            if rows := self.labelled_should_cells(index + 1):
                cells = Evidence().add("table:finding-column", decide.NAMES_WEAKNESS)
                return self.finish(rows, index + 1, None, cells.add("context:inspection", decide.INSPECTION))
        header = TABLE_HEADER.match(line.text)
        if not header and (split := self.split_header(index)) is not None:
            return split
        if header and cues.has_source(context_before(self.lines, index)):
            rows, resume = self.table(index, bool(header["columns"].strip()))
            if rows:
                table = Evidence().add("table:header-names-weakness", decide.NAMES_WEAKNESS)
                return self.finish(rows, index, None, table.add("context:inspection", decide.INSPECTION))
        if (improve_second := two_column_header(line.text)) is not None:
            return self.columns_in_turn(index, improve_second)  # (before the question: "What needs to improve")
        if QUESTION_INTRO.match(line.text) or IMPROVE_QUESTION.match(line.text):
            return self.answered_question(index)
        if self.heads_put_right_beside_open(index) and parse_marker(self.lines[first := self.next_line(index)].text) \
                and cues.has_source(context_before(self.lines, index, HEADING_CONTEXT, 200)):
            both = Evidence().add("intro:put-right-beside-open", decide.NAMES_WEAKNESS)
            count = cues.stated_count(intro_text(self.lines, index)[1]) if line.text.endswith(":") else None
            return self.finish(self.collect(first), first, count, both.add("context:inspection", decide.INSPECTION))
        form = self.intro_form(index)
        if form is None or form == "heading" and not self.wrapped and tables.starts_table(self.lines, index):
            return [], index  # (a web table's header cell heads its rows: ``tables``' to read)
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
        label = parse_marker(self.lines[first].text)
        if label and label.names_weakness and label.ordinal == 1:
            return [], index  # "Priority action 1", "Area for improvement 1": the labels say what the items are
        if (areas := headed.headed_areas(self.lines, first, self.width, numbered=names_weakness_here(evidence)))[0]:
            return areas  # "... set out below." over "Area 1: <title>" (or "1. <Title>") and its paragraph
        below = self.lines[first].text
        if heading and (pointers.PROMISES_LIST.search(below) and TERMINAL.search(below) or below.endswith(":")):
            return [], index  # the heading is over a sentence that introduces the list itself
        count = own_count = cues.progress_count(intro) or cues.stated_count(intro)
        if not count and previous and (len(intro.split()) < 7 or evidence.has("previous:names-weakness")):
            # "... four areas of weakness. These were:"; "..., but not in the remaining three. These were:" -> 3
            count = cues.recalled_count(previous, intro) or cues.whole_count(previous, intro) or cues.stated_count(previous)
        colon = form == "colon"
        named = decide.names_list(evidence)
        promises = form == "full-stop" and self.promises_list(index, first)
        if self.is_title(first) and (titled := self.titled_paragraphs(first, count)):
            items = titled
        elif (colon or form == "full-stop") and (dashed := self.dash_titled(first)):
            items = dashed  # findings each after a plan's short title and a dash
        elif parse_marker(self.lines[first].text):
            items = self.collect(first)
            if heading and items[0].parts and items[0].parts[-1].rstrip().endswith(":"):
                return [], index  # the heading is over a paragraph that introduces its own list
        elif (colon or form == "full-stop") and (judged_each := judged.verdict_pairs(self.lines, first)):
            items = judged_each  # a re-visit's weaknesses, each an unmarked paragraph over its verdict
            # (each judged for progress: what a re-visit judges is a weakness, whatever the intro says of it)
            evidence = Evidence(list(evidence.cues)).add("list:each-over-verdict", decide.EACH_JUDGED)
        elif (colon or heading) and (quoted := self.quoted_paragraphs(first)):
            items = quoted  # a letter's passages read into the minutes (or quoted under a heading), each quoted whole
        elif (colon or form == "full-stop" and (promises or named)) \
                and (numbering := self.sub_paragraphs(index, first)) and (numbering == "sub" or not named or colon
                                                                         or promises):
            items = self.collect(first, dotted=True)
            if numbering == "sibling":  # the report's next paragraphs: items while they name findings
                items = list(takewhile(lambda item: not item_cues.is_plain_statement(" ".join(item.parts)), items))
        elif colon and named and (semicolon_items := self.semicolon_items(first)):
            items = semicolon_items  # a list whose markers were lost, its items still ended with ";"
        elif (heading or form == "full-stop" or colon) and (as_headings := self.finding_headings(first, count)):
            items = as_headings  # findings set as headings, each over a paragraph on what was done
        elif heading and len(line.text.split()) <= 6:
            items = self.unmarked_paragraphs(first, count)
        elif form == "full-stop":
            items = self.unmarked_paragraphs(first, count, MAX_FINDING_WORDS)
        elif colon and not self.wrapped and tables.starts_table(self.lines, first):
            items = []  # a web table's cells, header cells first: ``tables``' to read
        elif colon and count and not self.wrapped and ((counted := self.unmarked_lines(first, count)) or own_count):
            items = counted  # (the intro's own count must hold)
        elif colon and named and not self.wrapped:
            # (a count read from the sentence before that the lines do not meet may be the other half's: "sufficient
            # progress in three of the five: ..." / "We have not yet made sufficient progress in:" over two)
            # (a table's cells are ``tables``' to read); paragraphs too long for a run may say what should be done
            items = self.unmarked_run(index, first) or self.should_paragraphs(first)
        elif colon and (one_judged := self.judged_paragraph(first)) is not None:
            items = [one_judged]
        else:
            items = []
        if not items and named and form != "full-stop" and (after := self.list_after_paragraph(first)) is not None:
            evidence = Evidence(list(evidence.cues)).add("list:after-a-paragraph", decide.AFTER_PARAGRAPH)
            items = self.collect(after)  # "Areas for improvement identified:" / a paragraph / the bullets
        if items and colon and (own := parse_marker(line.text)) and own.style[0] == "number" \
                and judged.WHO_SHOULD.search(line.text):
            items += judged.should_siblings(self.lines, items, own)  # "8. X should:" / "- ..." / "9. Y should reduce ..."
        if heading and items and tables.RESPONSE_HEADER.search(line.text) \
                and all(tables.CELL in " ".join(item.parts) for item in items if item.lines):
            return [], index  # a plan's header row ("Area for improvement What we will do Lead By when") over its
            # ruled rows: each row an area's title and what will be done, ``tables``' to read
        if not items:
            return [], index
        return self.finish(items, first, count, evidence)

    def split_header(self, index: int) -> tuple[list[Item], int] | None:
        """A PDF table whose header cell naming the weaknesses wraps ("Area of significant" / "weakness") over the
        other columns' headers, its rows' cells given one after another a line at a time: the first column's
        numbered cells (``first_column``). None when the line does not open such a header."""
        text = self.lines[index].text
        if len(text) > 40 or not text[:1].isupper() or "rea" not in text and "eak" not in text \
                or index + 1 >= len(self.lines) or self.lines[index + 1] is None or not self.wrapped:
            return None
        header = TABLE_HEADER.match(text + " " + self.lines[index + 1].text)
        if not header or TABLE_HEADER.match(text) or not cues.has_source(context_before(self.lines, index)):
            return None
        rows, resume = self.first_column(index + 2)
        if not rows:
            return [], index
        table = Evidence().add("table:header-names-weakness", decide.NAMES_WEAKNESS)
        return self.finish(rows, index + 2, None, table.add("context:inspection", decide.INSPECTION))

    def labelled_should_cells(self, start: int) -> list[Item]:
        """Under a table header whose column holds the inspection's findings ("Ref Finding of the inspection report
        Lead Progress to date RAG"), its cells given a line at a time: each cell that follows its row's label ending in
        a number ("Priority action" / "1", "Area for" / "improvement 2") and says what someone should do ("Leaders
        should improve ..."), to the line that ends its sentence; the other columns' cells are passed over."""
        items: list[Item] = []
        j, last = start, start
        while j < len(self.lines) and j - last <= ROW_GAP_LINES:
            line, label = self.lines[j], self.lines[j - 1]
            if line is None or label is None or not ROW_LABEL.search(label.text) or not line.text[:1].isupper():
                j += 1
                continue
            item = Item(Marker(("cell",), None, 0))
            item.add(line)
            k = j
            while not TERMINAL.search(item.parts[-1]) and len(item.lines) < PARAGRAPH_LINES:
                k += 1
                below = self.lines[k] if k < len(self.lines) else None
                if below is None or below.page != line.page or parse_marker(below.text):
                    break
                item.add(below)
            text = " ".join(item.parts)
            if TERMINAL.search(item.parts[-1]) and (cues.SHOULD_START.match(text) or judged.WHO_SHOULD_DO.match(text)):
                items.append(item)
                last = k
            j = k + 1
        return items if len(items) >= 2 else []

    def first_column(self, start: int) -> tuple[list[Item], int]:
        """The first column's cells of a table whose rows are numbered 1, 2, ...: each cell the row's number
        line ("1 The lack of a joint") and the lines below to the one ending its sentence; the other columns'
        cells between rows are passed over, and a cell that breaks off before its sentence ends (at a page
        break or the next column's "1.1") is left out while the numbering goes on. At least two cells."""
        items: list[Item] = []
        expected, j, last = 1, start, start
        while j < len(self.lines) and j - last <= ROW_GAP_LINES:
            line = self.lines[j]
            if line is not None and (cell := numbered_cell(line, expected)) is not None:
                item = Item(Marker(("row",), expected, 0))  # a page the text read as a ruled table: "5 | The ... | ..."
                item.add(cell)
                if TERMINAL.search(item.parts[-1]):
                    items.append(item)
                expected, last, j = expected + 1, j, j + 1
                continue
            row = TABLE_ROW.match(line.text) if line is not None else None
            if not (row and int(row.group(1)) == expected and line.text[row.end():][:1].isupper()):
                j += 1
                continue
            item = Item(Marker(("row",), expected, row.end()))
            item.add(line, row.end())
            k = j
            while not TERMINAL.search(item.parts[-1]) and len(item.lines) < PARAGRAPH_LINES:
                k += 1
                below = self.lines[k] if k < len(self.lines) else None
                if below is None or below.page != line.page or parse_marker(below.text) or DOTTED.match(below.text) \
                        or TABLE_ROW.match(below.text):
                    break
                item.add(below)
            if not TERMINAL.search(item.parts[-1]) and (rest := self.cell_past_page_break(k, line.page)) is not None:
                k, end = rest  # the row broke at the page's end: its cell goes on under the header repeated overleaf
                cut_at_next_column(item)  # (the lines read past its own this side of the break are the next cells')
                item.add(Line(self.lines[k].page, self.lines[k].start, self.lines[k].start + end,
                              self.lines[k].text[:end]))
            if TERMINAL.search(item.parts[-1]):
                items.append(item)
            expected, last, j = expected + 1, k, k + 1
        return (items, last + 1) if len(items) >= 2 else ([], start)

    def cell_past_page_break(self, at: int, page: int) -> tuple[int, int] | None:
        """Where a first-column cell that broke off at a page break goes on: the first line under the table's header
        repeated at the top of the next page, when it continues a sentence (a lower-case start), up to that sentence's
        end (the next column's words may follow on the same line). The line's index and the end of the cell's part."""
        j = at
        while j < len(self.lines) and (self.lines[j] is None or self.lines[j].page == page) and j - at <= ROW_GAP_LINES:
            j += 1
        top = j
        ruled = False  # the header repeated as a ruled row on one line, its cells all on it
        while j < min(len(self.lines) - 1, top + REPEATED_HEADER_LINES):
            line, below = self.lines[j], self.lines[j + 1]
            if line is not None and line.page == page + 1 and tables.CELL in line.text \
                    and any(tables.header_names(cell.strip()) for cell in line.text.split(tables.CELL)):
                ruled = True
                break
            if line is not None and below is not None and line.page == page + 1 \
                    and TABLE_HEADER.match(line.text + " " + below.text):
                break
            j += 1
        else:
            return None
        k = j + 1 if ruled else j + 2
        while not ruled and k < len(self.lines) and self.lines[k] is not None and k - j <= 3 \
                and not TERMINAL.search(self.lines[k].text) and not TABLE_ROW.match(self.lines[k].text):
            k += 1  # the other columns' header cells ("Key actions Lead Timescale RAG")
        cont = self.lines[k] if k < len(self.lines) else None
        ends = SENTENCE_END.search(cont.text) if cont is not None and cont.text[:1].islower() else None
        return (k, ends.end()) if ends else None

    def heads_put_right_beside_open(self, index: int) -> bool:
        """A re-visit page's heading over the weaknesses put right ("Areas where we have made sufficient
        progress", "Weaknesses in which enough progress was seen"), with the ones still open headed or judged
        in the lines that follow: both lists are the inspection's weaknesses (the guidelines count them all)."""
        text = self.lines[index].text
        if text.endswith(":"):
            text = intro_text(self.lines, index)[1]  # the intro's sentence, over its wrapped lines
            shaped = PUT_RIGHT_INTRO.search(text)
        else:
            shaped = len(text.split()) <= MAX_HEADING_WORDS and not TERMINAL.search(text) \
                and PUT_RIGHT_HEADING.match(text)
        if not shaped or cues.NO_PROGRESS.search(text) or self.next_line(index) is None:
            return False
        return any(line is not None and (cues.NO_PROGRESS.search(line.text) or len(line.text.split()) <= MAX_HEADING_WORDS
                                         and not TERMINAL.search(line.text) and cues.names_weakness(line.text))
                   for line in self.lines[index + 1:index + OPEN_WITHIN])

    def list_after_paragraph(self, first: int) -> int | None:
        """Where a marked list starts right after the one paragraph at ``first`` (an intro's
        explanation between it and its list), or None."""
        j = first
        while j < len(self.lines) and self.lines[j] is not None and not parse_marker(self.lines[j].text) \
                and (j == first or self.wrapped):
            j += 1
        after = self.next_line(j - 1)
        if after is None or after - first > PARAGRAPH_LINES or self.lines[j - 1].text.endswith(":"):
            return None  # too far, or the paragraph introduces the list itself
        marker = parse_marker(self.lines[after].text)
        return after if marker and marker.ordinal in (None, 1, 1001) else None

    def answered_question(self, index: int) -> tuple[list[Item], int]:
        """A web page's FAQ: "What did the inspectors find?" over a bulleted list. The question
        reports what inspectors said, which may be praise: keep the shortfalls."""
        first = self.next_line(index)
        if first is None or cues.is_resolved(self.lines[index].text):
            return [], index
        improve = bool(IMPROVE_QUESTION.match(self.lines[index].text))
        if parse_marker(self.lines[first].text):
            items = self.collect(first)
        elif improve:  # "What does the partnership need to do better?" over its answer's paragraphs, one finding each
            items = self.unmarked_paragraphs(first, None)
        else:
            return [], index
        question = Evidence().add("intro:question", decide.TOLD + decide.FORM["question"])
        if improve:  # it asks what must improve: the items are the answer
            question = Evidence().add("intro:question-names-improvement", decide.NAMES_WEAKNESS + decide.FORM["question"])
        return self.finish(items, first, None, question.add("context:inspection", decide.INSPECTION))

    def columns_in_turn(self, index: int, improve_second: bool) -> tuple[list[Item], int]:
        """A two-column table of strengths and what must improve whose columns the text gives one after the other
        under one header line, their items in one marker style: the items of the improvement column are the run at
        its end of the list (or its start, when that column comes first) that judge or say what should change."""
        first = self.next_line(index)
        if first is None or not parse_marker(self.lines[first].text) \
                or not cues.has_source(context_before(self.lines, index, HEADING_CONTEXT, 200)):
            return [], index
        items = self.collect(first)
        self.finish_cells(items)
        judging = [cues.reads_as_finding(" ".join(item.parts)) for item in items]
        ordered = list(reversed(judging)) if improve_second else judging
        run = sum(1 for _ in takewhile(bool, ordered))
        if not run or run == len(items):
            return [], index  # the two columns are not told apart by their items
        kept = items[len(items) - run:] if improve_second else items[:run]
        header = Evidence().add("table:column-names-improvement", decide.NAMES_WEAKNESS).add("intro:table", decide.FORM["table"])
        found, resume = self.finish(kept, first, None, header.add("context:inspection", decide.INSPECTION))
        return found, max(resume, index + 1)

    def finish_cells(self, items: list[Item]) -> None:
        """A table column's items wrap at the column's width, not the page's, so a line ending short before a
        capital ("... that the Local" / "Offer gives ...") may not have ended its item: when every other item ends
        with a full stop, an item without one goes on over the lines below it to the one with one."""
        ended = [bool(TERMINAL.search(item.parts[-1])) for item in items if item.parts]
        if len(ended) != len(items) or ended.count(False) != 1:
            return
        item = items[ended.index(False)]
        at = next((k for k in range(len(self.lines)) if self.lines[k] is item.lines[-1]), None)
        for k in range(at + 1, min(len(self.lines), at + 1 + CELL_LINES)) if at is not None else ():
            line = self.lines[k]
            if line is None or parse_marker(line.text) or line.page != item.lines[-1].page:
                return
            item.add(line)
            if TERMINAL.search(line.text):
                return

    def sub_paragraphs(self, index: int, first: int) -> str | None:
        """"5. The letter sets out these areas:" over "5.1 ...", "5.2 ...": the first item is
        numbered 1 under the intro paragraph's own number; or "3.1 ... These are listed below."
        over "3.2 ...": the items go on with the intro paragraph's own numbering."""
        item = DOTTED.match(self.lines[first].text)
        if not item:
            return None
        i = index
        while i > 0 and self.lines[i - 1] is not None and not parse_marker(self.lines[i].text) \
                and not DOTTED.match(self.lines[i].text):
            i -= 1
        own_dotted = DOTTED.match(self.lines[i].text)
        if own_dotted and item["major"] == f"{own_dotted['major']}.{own_dotted['minor']}":
            return "sub" if item["minor"] == "1" else None  # "2.1 ..." over "2.1.1 ...", "2.1.2 ..."
        if own_dotted and item["major"] == own_dotted["major"]:
            return "sibling" if int(item["minor"]) == int(own_dotted["minor"]) + 1 else None
        if item["minor"] != "1":
            return None
        own = PARAGRAPH_NUMBER.match(self.lines[i].text)
        return "sub" if own is None or own.group(1) == item["major"] else None

    def finish(self, items: list[Item], first: int, count: int | None,
               intro: Evidence) -> tuple[list[Item], int]:
        """The list cut to the number its intro states, each item with the list's evidence,
        and where reading resumes."""
        # (the verdict lines between the weaknesses are not items: the count is of the weaknesses)
        items = [item for item in items if not (item.lines and item_cues.VERDICT_LINE.match(item.lines[0].text))]
        items = items[:count] if count else said_should_run(items)
        if not any(item.lines for item in items):
            return [], first - 1  # nothing read: resume right after the intro
        evidence = decide.list_evidence(intro, len(items), count)
        for item in items:
            item.evidence = evidence
        last = next((item.lines[-1] for item in reversed(items) if item.lines), None)
        resume = next((k for k in range(first, len(self.lines)) if self.lines[k] is last), first)
        return items, nested_intro(self.lines, items, first) or resume + 1


SHOULD_RUN = 2  # leading items that each say what someone should do


def said_should_run(items: list[Item]) -> list[Item]:
    """A list whose first items each say what someone should do ("Leaders should ...", "The ICB should ..."), as the
    2023 framework words its findings, ends before the first item that states a plain fact in another voice ("The
    plan was submitted on D.", "Since the inspection, the proportion ... had risen"): a presentation's next point
    in the same marker style, its nesting lost."""
    texts = [" ".join(item.parts) for item in items]
    lead = sum(1 for _ in takewhile(lambda text: bool(cues.SHOULD_START.match(text) or cues.MUST_START.match(text)),
                                    texts))
    if lead < SHOULD_RUN or lead == len(items):
        return items
    end = next((k for k in range(lead, len(items)) if item_cues.is_plain_statement(texts[k])), len(items))
    return items[:end]


def numbered_cell(line: Line, expected: int) -> Line | None:
    """A ruled row numbered ``expected`` in its first cell ("5 | The weak engagement of ... | ... | A"): its second
    cell, the finding, as a line of its own; else None."""
    if tables.CELL not in line.text:
        return None
    row = line.text.split(tables.CELL)
    if len(row) < 3 or row[0].strip().rstrip(".") != str(expected) or not row[1].strip()[:1].isupper():
        return None
    at = len(row[0]) + len(tables.CELL)
    cell = row[1].strip()
    at += len(row[1]) - len(row[1].lstrip())
    return Line(line.page, line.start + at, line.start + at + len(cell), cell)


def cut_at_next_column(item: Item) -> None:
    """A first-column cell read to a page's end without its sentence ending ("4 The long waiting times for" / "the
    autism assessment" / "pathway and for" / "Additional assessment" / "capacity; ..."): its own lines end before
    the first that opens with a capitalised word, the next column's cell; the cell goes on overleaf."""
    for at in range(1, len(item.parts)):
        text = item.parts[at]
        if text[:1].isupper() and text[1:2].islower():
            del item.parts[at:], item.lines[at:]
            return


def nested_intro(lines: list[Line | None], items: list[Item], first: int) -> int | None:
    """Where the first item that ends with a colon starts ("• Inspectors had identified three areas for improvement,
    which were:" over "i. ...", "ii. ..."): it introduces a list of its own, so reading resumes there, not past the
    list; None when no item does."""
    opening = next((item for item in items if item.lines and item.parts[-1].rstrip().endswith(":")), None)
    if opening is None:
        return None
    return next((k for k in range(first, len(lines)) if lines[k] is opening.lines[0]), None)


# A two-column table's header line, its cells run together: a column of strengths and one of what must improve,
# in either order ("What is working well What needs to improve", "Strengths Areas for development").
TWO_COLUMN_HEADER = re.compile(
    rf"^(?:(?P<strengths>{cues.STRENGTHS_LABEL})\s+{cues.IMPROVE_LABEL}|{cues.IMPROVE_LABEL}\s+{cues.STRENGTHS_LABEL})\s*$",
    re.IGNORECASE)


def two_column_header(text: str) -> bool | None:
    """Whether a header line of strengths and improvements puts the improvements second; None for other lines."""
    if len(text) > 80 or ("well" not in text and "trength" not in text):
        return None
    header = TWO_COLUMN_HEADER.match(text)
    return None if header is None else header["strengths"] is not None


def names_weakness_here(evidence: Evidence) -> bool:
    """The intro itself names weaknesses or areas for improvement (strong enough to read plain numbered titles)."""
    return evidence.has("intro:names-weakness") or evidence.has("intro:no-progress")


def extract(lines: list[Line | None], wrapped: bool | None = None) -> list[Found]:
    return ListReader(lines, wrapped).read()
