"""Weaknesses stated inside running sentences rather than set out as a list.

Minutes and news pages retell an inspection's findings in prose:
- an enumeration after a naming phrase: "the areas of concern included X, Y
  and Z", "concerns raised in the letter, in particular X and Y", "identified
  three areas of weakness: X, Y and Z", "three areas for improvement, relating
  to X, Y and Z"; sentences
  right after it that say what the area "should" do continue it;
- a reported finding: "the review said that X", "the report found X and
  identified Y" (kept only when it states a shortfall or what someone should do, not overall progress);
- what a re-visit found too little progress in: "has not made sufficient
  progress in improving X, or in reducing Y";

One weakness named (numbered areas in passing, a quotation, a sentence "The remaining area of weakness
relates to X") is read in ``named``. What an inspection's concerns are about and what it named as weaknesses are read in ``findings``;
the weaknesses still open, inline enumerations and contrasts in ``restated``. All of these only
propose: ``prose`` weighs each item.
"""

from __future__ import annotations

import re

from pipeline.extract.weaknesses import cues, verdicts
from pipeline.extract.weaknesses.pointers import POINTER_OPENING, points_elsewhere
from pipeline.extract.weaknesses.enumerations import (
    CONTRAST, LEADING_AND, Sentence, counted_enumeration, piece, split_commas, split_enumeration,
)
from pipeline.extract.weaknesses.items import parse_marker
from pipeline.extract.weaknesses.text import HEADING_TAIL, Found, Line, is_hard_wrapped, opens_block
from pipeline.records import Page

# (or a paragraph number, "2.2 ..."; one at a line's start ends what came before, full stop or not: a table
# row's last cell, "... | Head of Service", runs into the next numbered paragraph otherwise)
# (a table row's cell that ended a sentence, "... in the second area. | High | ...", ends it there)
SENTENCE_END = re.compile(r"(?<=[.!?])(?:[\"”’)]*\s+(?=[A-Z“\"‘'(]|\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\s)|[ \t]+\|[ \t]+)"
                          r"|[ \t]*\n(?=\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\s+[A-Z])")
CLAUSE_END = re.compile(r";\s+")
LIST_CUE = re.compile(r"\b(?:(?:included|include|includes)(?!\s+(?:in|within|as|on)\b)|including|in\s+particular|"
                      r"particularly|such\s+as|namely)\b\s*:?\s*",
                      re.IGNORECASE)
BE_CUE = re.compile(r"^\s*(?:,?\s*(?:which|that)\s+)?(?:(?:identified|found|raised|highlighted)\s+)?"
                    r"(?:were|are|was|is)\s*:?\s+"
                    r"(?!\w+ed\b|not\b|being\b|also\b|as\b|in\b|to\b|that\b|set\b|now\b|still\b|outstanding\b|"
                    r"(?:found|made|seen|shown|given|known|taken|met|held|led|written|drawn|done|put)\b)",
                    re.IGNORECASE)
# "three areas for improvement, relating to A, B, and C", "two weaknesses, around X and Y": what the named
# and counted findings are about, enumerated right after the noun (``counted_areas``).
# ("two priority actions, which concerned X, and Y": the relative clause's other verbs of content too)
RELATING_CUE = re.compile(r"\s*,?\s*(?:(?:which|that)\s+(?:(?:relate[sd]?|related)\s+to|concern(?:s|ed)?|cover(?:s|ed)?|"
                          r"(?:are|were)\s+about)|relating\s+to|related\s+to|"
                          r"concerning|regarding|in\s+relation\s+to|around|about|covering)\s+(?=\w)",
                          re.IGNORECASE)
PLURAL_NOUN = re.compile(r"\b(?:areas|weaknesses|priority\s+actions|shortcomings|failings|shortfalls|deficiencies"
                         r"|criticisms)\b", re.IGNORECASE)
SUBJECT_ABOUT = re.compile(r"\s+(?:(?:identified|found|named|raised|highlighted)\s+)?(?:(?:mainly|mostly|all)\s+)?"
                           r"(?:relate[sd]?\s+to|related\s+to|concern(?:s|ed)?|cover(?:s|ed)?|(?:are|were|is|was)\s+about)"
                           r"\s+(?=\w)", re.IGNORECASE)
ADDRESSING_NOUN = re.compile(r"(?:(?:addressing|tackling|resolving)\s+)?(?:the\s+)?(?:significant\s+)?"
                             r"(?:weakness(?:es)?|concerns?|shortcomings?)\s+"
                             r"(?:in|about|around|with|concerning|regarding|relating\s+to|in\s+relation\s+to)\s+",
                             re.IGNORECASE)  # "(addressing) the weakness concerning X" -> X
# "... identified three areas of significant weakness: X, Y and Z", "the areas where ..., are: X; Y".
COLON_CUE = re.compile(r"[^.;:!?]{0,100}?:\s+(?=[\w(])")  # a quotation after the colon is quoted()'s
# What a judgement of too little progress is about: "... progress in (addressing)? X".
PROGRESS_OBJECT = re.compile(
    rf"(?:\s+(?:had\s+been|has\s+been|was|been)\s+made)?\s+(?:(?P<prep>{cues.RELATION}|in|on|with|against|towards|to)|"
    # (the object may open with an inline marker: "... progress in (i) X; and (ii) Y")
    r"(?:is|was|are|were)(?=\s+(?:the|a|an|its|their)\b))\s+(?=\w|\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s)",  # "... progress is the X"
    re.IGNORECASE)
# "... progress in two of the five areas", "in addressing the remaining weaknesses": a count, not an item.
GENERIC_AREAS = re.compile(
    r"^(?:(?:addressing|tackling|improving|meeting|resolving)\s+)?"
    r"(?:(?:all|both|each|any|some|most|many|several|the|this|that|these|those|its|their|of|only|remaining|other|outstanding|"
    r"first|second|third|fourth|fifth|sixth|last|final|"  # "the second area": which one, by its place in the list
    r"identified|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+)*"
    r"(?:(?:significant|key|main|serious|priority|specific)\s+)?(?:(?:send|sen|local\s+area|area)\s+)?"
    r"(?:(?:areas?|weakness(?:es)?|concerns?|priorit(?:y|ies)|actions?|aspects?|elements?)"
    r"(?:\s+(?:of|for)\s+(?:significant\s+)?(?:weakness\w*|concern\w*|improvement))?"
    r"(?:\s+(?:identified|found|named|raised|set\s+out|in\s+the\s+(?:letter|report|inspection))\b.*)?"
    r"|them|these|those"
    # "the remaining two", "the other three", "the rest": a count standing for the noun
    r"|(?:(?:all|both|the|its|their|remaining|other|outstanding|last|final|only)\s+)+"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|ones|others?|rest))$",
    re.IGNORECASE)
MODAL_START = re.compile(
    r"^\W*(?:[\w’'/-]+\s+){0,5}?(?:should|must|needs?\s+to|(?:is|was|were|are)?\s*required\s+to)\b", re.IGNORECASE)
SOURCE_WORD = (r"(?:ofsted|cqc|inspect(?:ion|ors?)|hmci|re-?visit|letter|report|review|stocktake|"
               r"dfe|department\s+for\s+education|nhs\s+england|(?:send\s+|dfe\s+)?advis[eo]rs)")
REPORTING_WORDS = ("found", "identified", "highlighted", "noted", "clear", "raised", "told", "said", "stated",
                   "commented", "indicated",
                   "reported", "judged", "concluded")
REPORTING_WORD = re.compile(rf"\b{cues.REPORTING_VERB}\b", re.IGNORECASE)
# The finding's source just before its verb: "the letter also", "Ofsted and the CQC", "the report (June 2023)";
# a word set off by commas may stand between ("Inspectors had, however, been critical of").
SOURCE_BEFORE_VERB = re.compile(
    rf"\b{SOURCE_WORD}\b(?:\s*\([^)]{{0,40}}\))?,?\s+(?:[\w/’'-]+,?\s+){{0,3}}$", re.IGNORECASE)
# An officer whose title ends with the source word is the speaker ("the Head of SEND Assessment and Review
# stated", "the Manager for Inspection said"), not the inspection.
JOB_TITLE = re.compile(r"\b(?:head|director|manager|officer|lead|chair|member|co-?ordinator)\s+(?:of|for)\s+"
                       r"(?:[\w&-]+\s+){0,5}$", re.IGNORECASE)
# Someone handling the source: it is their verb's object, not the finder.
HANDLED = re.compile(r"\b(?:introduced|presented|considered|received|discussed|welcomed|outlined|summari[sz]ed|"
                     r"circulated|submitted)\s+(?:the\s+|this\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "X, and that Y"; "first, that X; and second, that Y": the clauses a series of findings is told in
LATER_ORDINAL = r"(?:second|third|fourth|fifth|final|last)(?:ly)?,\s+"
AND_THAT = re.compile(r"[,;]?\s+(?:(?:and|but)\s+(?:also\s+)?(?:" + LATER_ORDINAL + r")?|" + LATER_ORDINAL + r")that\s+",
                      re.IGNORECASE)
SERIES_THAT = re.compile(r"[,;]\s+that\s+(?=\w)", re.IGNORECASE)  # "that X, that Y, and that Z"
COORDINATED = re.compile(r"\s(?:but|and)\s+(?:also\s+)?$", re.IGNORECASE)  # used with the span between verbs
THAT_AFTER = re.compile(r"\s+that\s+(?!:)", re.IGNORECASE)
AND_BEFORE = re.compile(r"\s+and\s+(?:also\s+)?$", re.IGNORECASE)

CONTINUATION_LIMIT = 4  # "should" sentences read after an enumeration

def paragraphs(pages: list[Page], lines: list[Line | None], wrapped: bool) -> list[tuple[int, int, int]]:
    """(page, start, end) of each paragraph: when the text is hard-wrapped,
    blocks of lines ended by a blank line, a colon or a list item (lists are
    weakness_lists' work), else each line, joined to the next when it breaks off at a
    comma ("... with plans,", blank line, "Joint commissioning, ...")."""
    out: list[tuple[int, int, int]] = []
    if not wrapped:
        last: Line | None = None
        for line in lines:
            if line is None:
                continue
            if last is not None and last.page == line.page and BROKEN_OFF.search(last.text) \
                    and not parse_marker(line.text):
                out[-1] = (line.page, out[-1][1], line.end)
            else:
                out.append((line.page, line.start, line.end))
            last = line
        return out
    block: list[Line] = []
    for line in lines + [None]:
        joins = line is not None and block and block[-1].page == line.page \
            and not block[-1].text.endswith(":") and not parse_marker(line.text) \
            and not opens_block(block[-1], line)  # "Next steps. ...", "Progress: ...", a table's next row
        if joins or line is not None and not block:
            block.append(line)
            continue
        if block:
            out.append((block[0].page, block[0].start, block[-1].end))
        block = [line] if line is not None else []
    return out


BROKEN_OFF = re.compile(r",\s*$")


def sentences_of(pages: list[Page], lines: list[Line | None], wrapped: bool | None = None,
                 blocks: list[tuple[int, int, int]] | None = None) -> list[Sentence]:
    """Every sentence, in reading order; ``blocks`` are the ``paragraphs`` when already read."""
    texts = {page.page: page.text for page in pages}
    out: list[Sentence] = []
    wrapped = is_hard_wrapped(lines) if wrapped is None else wrapped
    for block, (page, start, end) in enumerate(paragraphs(pages, lines, wrapped) if blocks is None else blocks):
        raw = texts[page][start:end]
        cut = 0
        for match in SENTENCE_END.finditer(raw):
            out.append(Sentence(page, start + cut, start + match.start(), raw[cut:match.start()], block))
            cut = match.end()
        out.append(Sentence(page, start + cut, end, raw[cut:], block))
    return [s for s in out if s.text.strip()]



ROWS_SKIPPED = 40  # sentences read back at most, however short or tabled
ROW_CHARS = 20  # what a table row counts for, however long


def has_source_near(sentences: list[Sentence], index: int, chars: int = 600) -> bool:
    """An inspection named within about ``chars`` characters before the sentence; a PDF table's rows
    (cells joined by " | ") count for little, as the table set out what the text above introduced."""
    text, i, size = sentences[index].text, index - 1, len(sentences[index].text)
    while i >= 0 and size < chars and index - i <= ROWS_SKIPPED:
        text = sentences[i].text + " " + text
        size += ROW_CHARS if " | " in sentences[i].text else len(sentences[i].text)
        i -= 1
    return cues.has_source(text)


# "These include X, Y and Z" right after a sentence naming weaknesses: the sentence lists them.
POINTING_BACK = re.compile(
    r"^\W*(?:these|they|those)\s+(?:are|were|include|included|includes|concern|concerned|relate\s+to|related\s+to)"
    r"\s*:?\s+(?=\w)", re.IGNORECASE)
# "Their main concerns were": the concerns of whoever the sentence before named.
POSSESSED = re.compile(r"\b(?:their|its)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def enumeration_start(text: str, source_before: bool = False) -> int | None:
    """Where the enumeration after a weakness-naming phrase begins, if any. With
    ``source_before`` the sentence before named an inspection, so "their concerns" are its."""
    if not cues.might_name_weakness(text):
        return None
    plain = cues.plain_mentions(text)
    for noun in reversed(list(cues.WEAK_NOUN.finditer(plain))):
        theirs = source_before and POSSESSED.search(plain, max(0, noun.start() - 25), noun.start())
        if cues.BARE_CONCERN.match(noun.group(0)) and not cues.has_source(text) and not theirs:
            continue  # "the main concern is ..." is anyone's unless an inspection's
        end = len(text.rstrip(" .;:-"))
        cue = LIST_CUE.search(text, noun.end(), min(len(text), noun.end() + 60))
        if cue and (":" in text[noun.end():cue.start()] or ";" in text[noun.end():cue.start()]):
            cue = None  # "weaknesses remain: X, including Y; Z": the colon opened the list, "including" is X's own
        if cue and cue.end() < end and not put_right(text, noun, cue.start()):
            return cue.end()
        be = BE_CUE.match(text[noun.end():])
        if be and noun.end() + be.end() < end and not put_right(text, noun, noun.end()):
            return noun.end() + be.end()
        # "The areas for improvement relate to X, Y and Z": several findings, the subject of a verb of content
        # ("The remaining weakness relates to X" is one finding, stated whole)
        about = SUBJECT_ABOUT.match(text, noun.end()) \
            if PLURAL_NOUN.search(noun.group(0)) and not cues.BARE_CONCERN.match(noun.group(0)) else None
        if about and about.end() < end and not put_right(text, noun, about.end()):
            return about.end()
        # ("significant concerns about the effectiveness of the area" is the judgement's stock phrase)
        relating = RELATING_CUE.match(text, past_party(text, noun.end())) if counted_areas(text, noun) else None
        if relating and relating.end() < end and not put_right(text, noun, relating.end()):
            return relating.end()
        # "significant weaknesses in A, B, and C": a plural noun's "in" before a series of three or more (an "in"
        # before one phrase, "weaknesses in the way the area works", is one finding, stated whole)
        within = SERIES_IN.match(text, noun.end()) if PLURAL_NOUN.search(noun.group(0)) else None
        if within and within.end() < end and serial_series(text, within.end()) \
                and not put_right(text, noun, within.end()):
            return within.end()
        colon = COLON_CUE.match(text, noun.end())
        if colon and colon.end() < end and cues.names_weakness(text[:colon.end()]) \
                and not put_right(text, noun, colon.end()):
            return colon.end()
    return None


# An enumeration set off after its counted noun, by dashes or brackets: "the three weaknesses on which the
# re-visit found insufficient progress – A, B, and C – and ...", "the two areas for improvement (A and B) ...".
ASIDE_OPEN = re.compile(r"\s(?:[–—]|-{1,2})\s+(?=\w)|\s\((?=\w)")
ASIDE_CLOSE = {"(": re.compile(r"\)"), "dash": re.compile(r"\s(?:[–—]|-{1,2})(?:\s|$)")}
ASIDE_REACH = 120  # characters from the noun to the opening dash: a relative clause at most
ASIDE_BREAK = re.compile(r"[.;:()–—]")  # ... with no clause or aside of its own between


SERIES_IN = re.compile(r"\s+in\s+(?=\w)")
SERIES_PIECES = 3


def serial_series(text: str, start: int) -> bool:
    """Three or more comma pieces to the sentence's end, the last opening with "and" or "or"."""
    if text.count(",", start) < SERIES_PIECES - 1:
        return False  # the cheap test first
    pieces = split_commas(text.rstrip(" .;"), start)
    return len(pieces) >= SERIES_PIECES and bool(LEADING_AND.match(text[pieces[-1][0]:pieces[-1][1]].lstrip()))


def aside_enumeration(text: str) -> tuple[int, int] | None:
    """Where an enumeration set off by dashes or brackets after a counted weakness noun runs, if any."""
    if not cues.might_name_weakness(text):
        return None
    # (not the plain mentions: "to address the three weaknesses – A, B and C –" names them as well as any)
    for noun in cues.WEAK_NOUN.finditer(text):
        if not counted_areas(text, noun):
            continue
        opening = ASIDE_OPEN.search(text, noun.end(), noun.end() + ASIDE_REACH)
        if opening is None or ASIDE_BREAK.search(text, noun.end(), opening.start()):
            continue
        close = ASIDE_CLOSE["(" if opening.group(0).strip() == "(" else "dash"].search(text, opening.end())
        aside = text[opening.end():close.start()] if close else ""
        if ("," in aside or " and " in aside) and not put_right(text, noun, opening.start()):
            return opening.end(), close.start()
    return None


# Whom counted findings are for, between the noun and what they concern: "two priority actions for the partnership,
# concerning X and Y", "three areas for improvement for leaders across the area, relating to A, B and C".
FOR_PARTY = re.compile(r"\s+(?:for|to|of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?=\s*,\s*(?:concerning|regarding|"
                       r"relating\s+to|related\s+to|in\s+relation\s+to|around|about|covering)\s)", re.IGNORECASE)


def past_party(text: str, at: int) -> int:
    """Where what counted findings concern may begin: past a short phrase saying whom they are for."""
    party = FOR_PARTY.match(text, at)
    return party.end() if party else at


def counted_areas(text: str, noun: re.Match) -> bool:
    """"three areas for improvement", "two weaknesses": a noun named as findings and counted (what
    "relating to" then enumerates), not stock words ("concerns about", "failings regarding")."""
    named = noun.group(0).lower()
    return not cues.BARE_CONCERN.match(named) and "failing" not in named \
        and cues.stated_count(text[max(0, noun.start() - 40):noun.end()]) is not None


def finder_in(text: str) -> bool:
    """An inspection is the subject of a reporting verb here ("Inspectors had found ..."), so "their
    concerns" in the next sentence are the inspection's."""
    return not cues.is_debate(text) and any(attributed(text, verb) for verb in REPORTING_WORD.finditer(text))


def put_right(text: str, noun: re.Match, cue: int) -> bool:
    """The clause naming the weaknesses says they were put right ("made
    sufficient progress in three of the five weaknesses, including X")."""
    clauses = list(cues.CLAUSE_START.finditer(text, 0, noun.start()))
    return cues.is_resolved(text[clauses[-1].end() if clauses else 0:cue])


def enumerated(sentences: list[Sentence]) -> list[Found]:
    out: list[Found] = []
    for index, sentence in enumerate(sentences):
        begin = enumeration_start(sentence.text)
        lower = sentence.lower
        if begin is None and index and "concern" in lower and ("their " in lower or "its " in lower) \
                and finder_in(sentences[index - 1].text):
            begin = enumeration_start(sentence.text, True)  # "their concerns": the finder's, named just before
        if begin is None and index and (back := POINTING_BACK.match(sentence.text)) \
                and cues.names_weakness(sentences[index - 1].text):
            begin = back.end()  # "... weaknesses in three areas. These include X, Y and Z."
        if begin is None and (aside := aside_enumeration(sentence.text)) and not cues.is_debate(sentence.text) \
                and has_source_near(sentences, index):
            out.extend(split_enumeration(sentence, *aside))
            continue
        if begin is None and (series := named_series(sentence)) and not cues.is_debate(sentence.text) \
                and has_source_near(sentences, index):
            out.extend(series)
            continue
        if begin is None or cues.is_debate(sentence.text) or not has_source_near(sentences, index):
            continue
        if POINTER_OPENING.match(sentence.text, begin):
            continue  # "They are set out, with the lead for each, ... at Appendix 1": where they are, not what
        if sentence.text.rstrip().endswith(":"):
            continue  # "The areas for priority action were for leaders to:": an intro, its items the list below
        if ONE_NUMBERED.search(sentence.text[:begin]):
            out.extend(numbered_area(sentence, begin))
            continue
        out.extend(counted_enumeration(sentence, begin))
        out.extend(continuations(sentences, index + 1))
    return out


# "2.1 Area of significant weakness 1: X, and Y": a label numbering one area; what follows is that area, whole,
# to the end of its heading (a line break before a capital: "... with complex needs" / "The re-visit found ...").
# (a capital letter numbers it as a digit does: "Weakness B: X, and Y")
ONE_NUMBERED = re.compile(r"\b(?:weakness|improvement|concern|priority\s+action|area)\s+(?:\d{1,2}|(?-i:[A-Z]))\s*[:–-]\s*$",
                          re.IGNORECASE)
AREA_WORDS = 6  # an area as the letter words it, not a title
HEADING_END = re.compile(r"(?<![\s,;(&-])\n(?=[A-Z])")


def numbered_area(sentence: Sentence, begin: int) -> list[Found]:
    """The one area a numbered label gives, to its heading's end (a line not ending in a word that runs on)."""
    end = len(sentence.text)
    for stop in HEADING_END.finditer(sentence.text, begin):
        if not HEADING_TAIL.search(sentence.text[begin:stop.start()]):
            end = stop.start()
            break
    item = piece(sentence, begin, end, fewest_words=AREA_WORDS)
    return [item] if item else []  # (a shorter one is a plan's title of the area: "Sufficiency of local provision")


NOUN_PREPOSITION = re.compile(r"\s+(?P<prep>in|on|around|with|about)\s+(?=\w)", re.IGNORECASE)


def named_series(sentence: Sentence) -> list[Found]:
    """"identifies areas for improvement in X, in Y, and in Z", "weaknesses around A and around B": the
    named noun's preposition repeated before each item; nothing unless it recurs."""
    if not cues.might_name_weakness(sentence.text):
        return []
    plain = cues.plain_mentions(sentence.text)
    for noun in cues.WEAK_NOUN.finditer(plain):
        head = NOUN_PREPOSITION.match(sentence.text, noun.end())
        if head and len(repeated_preposition(sentence.text, head.end(), head["prep"])) > 1:
            return split_after(sentence, head.end(), head["prep"])
    return []


def split_after(sentence: Sentence, start: int, prep: str | None) -> list[Found]:
    """The enumeration's items; after a preposition ("progress in X and in
    Y"), its repeats separate the items (each kept whole) and are dropped."""
    if prep is None:
        return split_enumeration(sentence, start)
    out: list[Found] = []
    parts = repeated_preposition(sentence.text, start, prep)
    if len(parts) > 1:  # "about X, and about Y": the repeats alone separate the items, whole
        return [item for begin, end in parts if (item := piece(sentence, begin, end))
                and (item := without_preposition(sentence, item, prep))]
    for begin, end in parts:
        for item in split_enumeration(sentence, begin, end):
            item = without_preposition(sentence, item, prep)
            if item:
                out.append(item)
    return out


def continuations(sentences: list[Sentence], start: int) -> list[Found]:
    """Sentences (or clauses between semicolons) after an enumeration that
    say what the area should do."""
    out: list[Found] = []
    for sentence in sentences[start:start + CONTINUATION_LIMIT]:
        cut = 0
        for end in [m.start() for m in CLAUSE_END.finditer(sentence.text)] + [len(sentence.text)]:
            clause = sentence.text[cut:end]
            if not MODAL_START.match(clause) or cues.is_response(clause.strip()):
                return out
            item = piece(sentence, cut, end)
            if item:
                out.append(item)
            cut = end + 1
    return out


def attributed(text: str, verb: re.Match) -> bool:
    return attributed_at(text, verb.start())


def attributed_at(text: str, start: int) -> bool:
    """An inspection source just before ``start``: "the letter also", "Ofsted and the CQC"; not
    one that is the object of what someone did ("introduced the report and commented that")."""
    window = text[max(0, start - 90):start]
    source = SOURCE_BEFORE_VERB.search(window)
    return bool(source) and not HANDLED.search(window[:source.start()]) \
        and not JOB_TITLE.search(window[:source.start()])


def reported_clauses(text: str) -> list[tuple[int, int]]:
    """"<source> found X and identified Y" -> X, Y; "<source> said that X" -> X."""
    verbs = list(REPORTING_WORD.finditer(text))
    for first, second in zip(verbs, verbs[1:]):
        between = text[first.end():second.start()]
        if attributed(text, first) and not THAT_AFTER.match(between) and AND_BEFORE.search(between):
            and_at = first.end() + AND_BEFORE.search(between).start()
            return [(first.end(), and_at), (second.end(), len(text))]
    for index, verb in enumerate(verbs):
        that = THAT_AFTER.match(text, verb.end())
        if that and (attributed(text, verb) or index and coordinated(text, verbs[index - 1], verb)):
            return that_clauses(text, that.end())
    return []


def coordinated(text: str, before: re.Match, verb: re.Match) -> bool:
    """"<source> noted A but said that B": the second verb shares the first one's source."""
    return attributed(text, before) and bool(COORDINATED.search(text, before.end(), verb.start()))


def that_clauses(text: str, start: int) -> list[tuple[int, int]]:
    """"that X, and that Y" -> X, Y; "that X, that Y, and that Z" -> X, Y, Z; an "and that" inside a quotation is the quotation's own
    ('that "leaders should ensure that A and that B", and that "C"' -> the two quotations)."""
    out: list[tuple[int, int]] = []
    joins = list(AND_THAT.finditer(text, start))
    if joins:  # "that X, that Y, and that Z": a series, its commas separate too
        joins = sorted(joins + [m for m in SERIES_THAT.finditer(text, start, joins[-1].start())],
                       key=lambda match: match.start())
    for match in joins:
        if match.start() < start or in_quotation(text, start, match.start()):
            continue
        out.append((start, match.start()))
        start = match.end()
    return out + [(start, len(text))]


def in_quotation(text: str, start: int, at: int) -> bool:
    """A quotation opened between ``start`` and ``at`` is still open at ``at``."""
    span = text[start:at]
    return span.count("“") > span.count("”") or span.count('"') % 2 == 1 \
        or "‘" in span and span.count("‘") > len(CLOSING_SINGLE.findall(span))


CLOSING_SINGLE = re.compile(r"’(?![a-z])", re.IGNORECASE)  # a closing quote, not an apostrophe ("children’s")


def reported(sentences: list[Sentence]) -> list[Found]:
    """"The review said that X"; "the report found X and identified Y"."""
    out: list[Found] = []
    for sentence in sentences:
        if not sentence.mentions(*REPORTING_WORDS):
            continue
        for start, end in reported_clauses(sentence.text):
            item = piece(sentence, start, end)
            # a shortfall, or what someone should do (the 2023 framework's recommendations, often quoted)
            if not item or not (cues.states_shortfall(item.text) or cues.SHOULD_START.match(item.text)) \
                    or cues.is_progress_claim(item.text) \
                    or cues.is_response(item.text):
                continue
            contrast = CONTRAST.search(sentence.text, start, end)
            item = piece(sentence, start, contrast.start()) if contrast else item  # ", though ...": a new clause
            if not item:
                continue
            unhappy = cues.DISSATISFIED_WITH.match(item.text)
            if unhappy:  # "that parents were unhappy with X; Y and Z": each thing they are unhappy with
                out.extend(split_enumeration(sentence, item.start - sentence.start + unhappy.end(),
                                             item.end - sentence.start))
            else:
                out.append(item)
    return out


# Too little progress in the present simple is what may happen, a risk register's risk, not a re-visit's verdict
# ("has not made", "did not make"): "The partnership does not make sufficient progress against the notice".
RISKED = re.compile(rf"\b(?:does|do)\s+not\s+(?:yet\s+)?(?:make|show|demonstrate|achieve)\s+{verdicts.ENOUGH}\s+progress",
                    re.IGNORECASE)


def unprogressed(sentences: list[Sentence]) -> list[Found]:
    """"The area has not yet made sufficient progress in improving X, or in
    reducing Y" (or "... sufficient progress in four, but not in two: X; and Y"): what a re-visit found
    too little progress in, item by item."""
    out: list[Found] = []
    for index, sentence in enumerate(sentences):
        if not sentence.mentions("progress"):
            continue
        judgement = cues.NO_PROGRESS.search(sentence.text) or cues.elliptic_no_progress(sentence.text)
        if judgement and RISKED.search(sentence.text, max(0, judgement.start() - 20), judgement.end()):
            continue  # "The partnership does not make sufficient progress against X, leading to ...": a risk
        object_start = judgement and PROGRESS_OBJECT.match(sentence.text, judgement.end())
        if not object_start or sentence.text.rstrip().endswith(":") or cues.is_debate(sentence.text) \
                or not has_source_near(sentences, index):
            continue  # a colon: the items are a list, weakness_lists' work
        start = object_start.end()
        colon = sentence.text.find(": ", start)
        start = colon + 2 if colon > 0 else start  # "in two areas: X and Y"
        for item in split_after(sentence, start, object_start.group("prep")):
            item = without_object_noun(sentence, item)
            if item and not GENERIC_AREAS.match(item.text) and not cues.is_response(item.text) \
                    and not points_elsewhere(item.text):
                out.append(item)
    return out


def without_object_noun(sentence: Sentence, item: Found) -> Found | None:
    """"addressing the weakness in X" -> X."""
    lead = ADDRESSING_NOUN.match(item.text)
    if not lead:
        return item
    offset = item.start - sentence.start
    return piece(sentence, offset + lead.end(), item.end - sentence.start)


def repeated_preposition(text: str, start: int, prep: str) -> list[tuple[int, int]]:
    """"in X and in Y", "in X; in Y", "in X, in Y, and in Z": the parts between each repeat of the
    preposition (a repeat after a comma alone only in a series that "and in" or "or in" closes:
    "the waits for therapy, in the north" is one part)."""
    out: list[tuple[int, int]] = []
    repeat = re.compile(rf"(?:;\s*(?:(?:and|or)\s+)?|(?:,\s*|\s+)(?P<joined>and|or)\s+|,\s*)"
                        rf"(?=(?:also\s+)?{prep}\s(?!particular\b))", re.IGNORECASE)  # "in X; in Y; and in Z" too
    repeats = list(repeat.finditer(text, start))
    if repeats and not repeats[-1]["joined"] and not repeats[-1].group().startswith(";"):
        repeats = [match for match in repeats if match.group().strip() != ","]
    for match in repeats:
        out.append((start, match.start()))
        start = match.end()
    return out + [(start, len(text))]


def without_preposition(sentence: Sentence, item: Found, prep: str) -> Found | None:
    """"or in reducing Y" repeats the "in" of "progress in": drop it."""
    lead = re.match(rf"{prep}\s+", item.text, re.IGNORECASE)
    if not lead:
        return item
    offset = item.start - sentence.start
    return piece(sentence, offset + lead.end(), item.end - sentence.start)
