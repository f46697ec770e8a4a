"""Weaknesses restated in running prose in two more shapes the other sentence readers miss.

- the ones still open after a re-visit or review, named with "remaining", "outstanding" or
  "other" and a count or a weakness noun: "The two remaining weaknesses concern X and Y",
  "... sufficient progress in three of them but not in the other two, which were X, and Y";
- a shortfall set against praise in the sentence before: "Outcomes are improving. However,
  academic progress is poor, particularly for ..." (a finding list's mixed item, a news page);
- an enumeration set out with inline markers after a colon: "<intro>: (i) X; (ii) Y; and
  (iii) Z", "(a) ... (b) ...". Its intro is weighed by ``decide.intro_evidence`` exactly as a
  list's intro is, so an inline list and a printed one are judged alike.

Each reader only proposes; ``prose`` weighs every candidate.
"""

from __future__ import annotations

import re

from pipeline.extract.common.evidence import Evidence
from pipeline.extract.weaknesses import cues, decide, told
from pipeline.extract.weaknesses.enumerations import Sentence, piece, split_enumeration
from pipeline.extract.weaknesses.findings import WHOLE_AREA
from pipeline.extract.weaknesses.sentences import GENERIC_AREAS, has_source_near
from pipeline.extract.weaknesses.text import Found

COUNT = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
WEAK_NOUNS = (r"(?:(?:significant|serious|key|main|priority)\s+)?"
              r"(?:areas?\s+(?:of|for)\s+(?:significant\s+|serious\s+)?(?:weakness(?:es)?|concerns?|improvement)"
              r"|weakness(?:es)?|concerns?|areas?|priority\s+actions?)")
# "the (two) remaining (two) weaknesses concern", "the other two, which were", "the outstanding areas are":
# after "other" a count or a weakness noun must follow (plain "the other areas are" is anything).
REMAINING = re.compile(
    rf"\b(?:the\s+)?(?:{COUNT}\s+)?(?:remaining|outstanding|other)\s+"
    rf"(?:{COUNT}(?:\s+{WEAK_NOUNS})?|{WEAK_NOUNS})"
    r"(?:\s+(?:identified|found|named))?\s*,?\s*(?:(?:which|that)\s+)?"
    r"(?:were|are|concern(?:s|ed)?|relate[sd]?\s+to|related\s+to|(?:is|was|were|are)\s+(?:about|in))\s*:?\s+(?=\w)",
    re.IGNORECASE)


# "other" alone is in every other sentence: "the other two", "other weaknesses"
OTHER_COUNTED = re.compile(rf"other\s+(?:{COUNT}|significant|key|main|weakness|area|concern)")


def still_open_words(lower: str) -> bool:
    """The cheap test (plain substrings first) before ``REMAINING``."""
    return "remaining" in lower or "outstanding" in lower or "other " in lower and bool(OTHER_COUNTED.search(lower))


def remaining(sentences: list[Sentence]) -> list[Found]:
    """What the weaknesses still open are: the enumeration after "the remaining two (weaknesses) ...",
    unless the clause says they were put right ("sufficient progress in the remaining two, which ...")."""
    out: list[Found] = []
    for index, sentence in enumerate(sentences):
        text = sentence.text
        if not still_open_words(sentence.lower):
            continue
        for match in REMAINING.finditer(text):
            clauses = list(cues.CLAUSE_START.finditer(text, 0, match.start()))
            clause = text[clauses[-1].start() if clauses else 0:match.end()]
            if cues.is_resolved(clause) or cues.is_debate(text) or not has_source_near(sentences, index):
                continue
            out.extend(item for item in split_enumeration(sentence, match.end())
                       if not GENERIC_AREAS.match(item.text) and not WHOLE_AREA.match(item.text))
            break
    return out


# "(i) ", "(ii) ", "i) ", "(a) ", "a) ", "1) " inside a sentence.
INLINE = re.compile(r"(?:(?<=\s)|^)\(?(?P<mark>[ivx]{1,4}|[a-h]|\d{1,2})\)\s+(?=\w)")
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def ordinals(mark: str) -> set[int]:
    """The places a marker may stand for: "i" is the first numeral or the ninth letter."""
    values = {int(mark)} if mark.isdigit() else set()
    if mark in ROMAN:
        values.add(ROMAN[mark])
    if len(mark) == 1 and mark.isalpha():
        values.add(ord(mark) - ord("a") + 1)
    return values


def inline_markers(text: str, start: int) -> list[re.Match]:
    """The inline markers after ``start`` that count 1, 2, 3 ... (letters or numerals)."""
    found: list[re.Match] = []
    for match in INLINE.finditer(text, start):
        if len(found) + 1 in ordinals(match["mark"].lower()):
            found.append(match)
    return found


def inline_enumerations(sentences: list[Sentence]) -> list[Found]:
    """"<lead>: (i) X; (ii) Y; and (iii) Z", "<lead> were X; Y; and Z", "<lead> should improve X; strengthen Y; and
    increase Z", "<lead> – X; Y; and Z", "<lead> (a) X and (b) Y": an enumeration run inside one sentence, split into
    its items where its lead ends (``lead_end``), with the lead's own evidence (see ``prose``), so that an inline
    list and a printed one are judged alike."""
    out: list[Found] = []
    for index, sentence in enumerate(sentences):
        text = sentence.text
        lead = lead_end(text)
        if lead is None:
            continue
        markers = inline_markers(text, lead) if ")" in text[lead:] else []
        if len(markers) >= 2 and not text[lead:markers[0].start()].strip():
            bounds = [m.start() for m in markers] + [len(text)]
            for begin, end in zip(bounds, bounds[1:]):
                item = piece(sentence, begin, end, fewest_words=2)
                if item:
                    out.append(item)
            continue  # the markers open right after the lead
        if text[lead - 1:lead] != ":" and not SERIES_AFTER_LEAD.match(text, lead):
            continue  # (a lead without a colon is read only over a semicolon series)
        if DECISION.match(text) or not may_introduce(sentences, index, text[:lead]):
            continue
        if SEMICOLON_SERIES_AFTER.match(text, lead):
            items = [item for item in split_enumeration(sentence, lead) if not GENERIC_AREAS.match(item.text)]
            if any(ORDINAL_ITEM.match(item.text) for item in items):
                continue  # "The first concerned X; the second, Y": an ordinal series, told's to read
            out.extend(objects_of_shared_verb(sentence, lead, items))
            continue  # a series set off by semicolons: each piece an item, its own commas and "and"s kept
        infinitives = INFINITIVE_SERIES.match(text, lead)
        if infinitives:  # ": to X, and to Y": each infinitive an item, without its "to"
            out.extend(infinitive_items(sentence, lead))
    return out


ORDINAL_ITEM = re.compile(r"^(?:the\s+)?(?:second|third|fourth|fifth|sixth|last|final)(?:ly)?\b,?", re.IGNORECASE)


# Where an enumeration's lead may end when the sentence has no colon: a spaced dash, "namely", the verb that equates
# the named areas with their list ("were", "concern", "included"), what they should do ("should", "must", "asked
# leaders to"), or the first of a run of inline markers.
LEAD_PIVOT = re.compile(
    r"\s[–—-]\s+|\bnamely\b,?\s*(?:that\s+)?"
    r"|\b(?:were|are|was|is|concern(?:s|ed)?|include[sd]?|relate[sd]?\s+to|related\s+to)\s+(?:that\s+)?"
    r"|\b(?:should|must|needs?\s+to|needed\s+to|had\s+to|(?:asked|told|required|urged)\s+(?:[\w’'-]+\s+){1,6}?to)\s+"
    r"(?:(?:also|urgently|now|further)\s+)?",
    re.IGNORECASE)
STRONG_PIVOT = re.compile(r"\s[–—-]\s|namely\b", re.IGNORECASE)
# The series after a lead with no colon: at least two pieces set off by semicolons (or one before the closing "and").
SERIES_AFTER_LEAD = re.compile(r"[^:;]+(?:;[^:;]+)*;\s+(?:and|or)[\s,][^:;]*$|[^:;]+;[^:;]+;[^:]*$")
# "...: A; B; and C" (at least two semicolons, or one before the closing "and"/"or"), with no colon after.
SEMICOLON_SERIES_AFTER = re.compile(r"\s*[-–]?\s*(?:[^:;]+;[^:;]+(?:;\s+(?:and|or)[\s,]|;[^:;]+;)[^:]*$"
                                    r"|[^:;]+;\s+(?:and|or)[\s,][^:;]*$)")
# ": to X, and to Y": infinitives, each what must be done.
INFINITIVE_SERIES = re.compile(r"\s*to\s+\w[^:;]*?,?\s+and\s+to\s+\w[^:]*$", re.IGNORECASE)
INFINITIVE_CUT = re.compile(r"(?:,\s+|;\s+|,?\s+and\s+|;\s+and\s+)to\s+(?=\w)", re.IGNORECASE)
LEADING_TO = re.compile(r"\s*to\s+", re.IGNORECASE)


def lead_end(text: str) -> int | None:
    """Where the sentence's enumeration begins, after its lead: the colon; else the first run of inline markers; else,
    over a semicolon series, the last spaced dash or "namely" before its first semicolon, or the first verb that
    equates the lead with the series or says what should be done."""
    colon = text.find(":")
    if colon >= 0:
        return colon + 1
    if ")" in text:
        markers = inline_markers(text, 0)
        if len(markers) >= 2 and markers[0].start() > 0 and text[markers[0].start() - 1].isspace():
            return markers[0].start()
    semicolon = text.find(";")
    if semicolon < 0:
        return None
    head = text[:semicolon]
    strong = [match for match in LEAD_PIVOT.finditer(head) if STRONG_PIVOT.match(match.group(0))]
    if strong:
        return strong[-1].end()
    first = LEAD_PIVOT.search(head)
    return first.end() if first else None


# A word that opens a noun phrase: the series' later items are objects of the verb the first one opens with.
NOUN_OPENING = re.compile(r"^(?:the|a|an|their|its|how|what|whether|parents[’']?|children[’']?s?)\b", re.IGNORECASE)
VERB_THEN_OBJECT = re.compile(r"^([a-z]+)\s+(?=(?:the|a|an|their|its|how|what|whether)\b)")


def objects_of_shared_verb(sentence: Sentence, lead: int, items: list[Found]) -> list[Found]:
    """"should improve X; Y; and Z": when every later item is a noun phrase, the first item's verb is the series'
    and no part of X."""
    if len(items) < 2 or not all(NOUN_OPENING.match(item.text) for item in items[1:]):
        return items
    verb = VERB_THEN_OBJECT.match(items[0].text)
    if verb is None or lead < len(sentence.text) and not sentence.text[lead - 1:lead].isspace():
        return items
    first = items[0]
    return [Found(first.page, first.start + verb.end(), first.end, first.text[verb.end():])] + items[1:]


def infinitive_items(sentence: Sentence, lead: int) -> list[Found]:
    text = sentence.text
    start = LEADING_TO.match(text, lead)
    if start is None:
        return []
    bounds, ends = [start.end()], []
    for cut in INFINITIVE_CUT.finditer(text, start.end()):
        ends.append(cut.start())
        bounds.append(cut.end())
    ends.append(len(text))
    return [item for a, b in zip(bounds, ends) if (item := piece(sentence, a, b))]


# "RESOLVED: that A; that B; and that C": a decision's own series, whatever the sentence before named.
DECISION = re.compile(r"^\W*(?:it\s+was\s+)?(?:resolved|agreed|decided|decision|recommendations?|that\s+(?:the\s+)?"
                      r"(?:cabinet|committee|council|board|panel))\b", re.IGNORECASE)


# A speaker's verb in the intro: "inspectors asked that leaders:", "the letter found:".
SPEAKER_VERB = re.compile(rf"\b(?:{cues.REPORTING_VERB}|{told.REQUEST_VERB})\b", re.IGNORECASE)


def may_introduce(sentences: list[Sentence], index: int, intro: str) -> bool:
    """The cheap test before weighing a plain series' intro: it (or the sentence before) names findings, or
    someone finds or asks in it; most semicolon series (a resolution's, a list of names) do neither."""
    previous = sentences[index - 1].text if index else ""
    return cues.might_name_weakness(previous + " " + intro) or SPEAKER_VERB.search(intro) is not None


def intro_of(sentences: list[Sentence], index: int) -> tuple[str, str, str]:
    """The previous sentence, the intro (the sentence up to its colon) and the text above, for
    ``decide.intro_evidence``."""
    text = sentences[index].text
    intro = text[:lead_end(text) or 0].strip()
    previous = sentences[index - 1].text if index else ""
    context = " ".join(s.text for s in sentences[max(0, index - 6):index + 1])
    return previous, intro, context


def inline_evidence(sentences: list[Sentence], index: int, items: int):
    """The lead's evidence for an inline enumeration, with its stated count against the items. A lead that runs on
    into its series without a colon is weighed as a list's intro is, with three more ways of naming findings (see
    ``lead_names``)."""
    previous, intro, context = intro_of(sentences, index)
    form = "colon" if intro.endswith(":") else "runs-on"
    if form == "runs-on" and not (POINTS_BACK.match(intro) or cues.SHOULD_START.match(intro + " x")
                                  or cues.MUST_START.match(intro + " x")):
        previous = ""  # a lead running on from its own subject leans on the sentence before only to point back
    evidence = decide.intro_evidence(previous, intro, context, form, len(intro.split()) < 7)
    elliptic = cues.elliptic_no_progress(DASH_END.sub(":", intro))  # ("... but not on three –" as "... three:")
    count = cues.elliptic_count(intro, elliptic) if elliptic else cues.stated_count(intro)
    naming = lead_names(intro, context, items, count, elliptic)
    if naming and evidence.has("intro:names-nothing"):
        evidence = Evidence([cue for cue in evidence.cues if cue.name != "intro:names-nothing"])
        evidence.add(naming, COUNTED if naming == "intro:counted-areas" else decide.NAMES_WEAKNESS)
    evidence = decide.list_evidence(evidence, items, count)
    text = sentences[index].text
    if len(inline_markers(text, lead_end(text) or 0)) >= 2:  # (a plain series has only its intro to go on)
        evidence.add("list:inline-markers", decide.INLINE_MARKERS)
    return evidence


# A lead that opens by pointing back to what the sentence before named: "These concern", "They were".
POINTS_BACK = re.compile(r"^\W*(?:these|they|those|this|the\s+(?:latter|former))\b", re.IGNORECASE)
COUNTED = 1.0  # the lead counts the findings it runs on into: weaker than naming them, with the count's own cue

# The inspection (its report, letter or inspectors, or "it"/"they" after a sentence naming it) asking or finding what
# the area should do, the lead running on into the things to do: "the report asked leaders to: (i) ...", "They also
# found that leaders should improve X; strengthen Y; and ...", "It asked the partnership to act on two things: ...".
SOURCE_SUBJECT = (r"(?<!\bthis\s)(?<!\bour\s)\b(?:ofsted|cqc|inspect(?:ion|ors?)|hmci|re-?visit|letter|report|review|"
                  r"(?P<pronoun>it|they))\b")
INSPECTION_ASKS = re.compile(
    rf"{SOURCE_SUBJECT}(?:\s*\([^)]{{0,40}}\)|\s*,[^,;:()]{{1,60}},)?(?:\s+(?:had|has|have|also|then|further|clearly))*\s+"
    rf"(?:(?:{cues.REPORTING_VERB})\s+(?:that\s+)?(?:[\w’'-]+\s+){{1,8}}?(?:should|must|needs?\s+to|needed\s+to)\b"
    rf"|{told.REQUEST_VERB}\s+(?:that\s+)?(?:[\w’'-]+\s+){{1,8}}?(?:to|should|must)\b)[^.;:]{{0,60}}:?\s*[-–]?\s*$",
    re.IGNORECASE)


# What a count names when it names findings ("priorities" may be anyone's, "our plan's three priorities").
COUNTED_FINDINGS = re.compile(r"\b(?:areas?|weakness(?:es)?|concerns?|priority\s+actions?)\b", re.IGNORECASE)
DASH_END = re.compile(r"\s+[–—-]\s*$")


def lead_names(intro: str, context: str, items: int, count: int | None, elliptic) -> str | None:
    """How a lead the intro cues read as naming nothing names the findings after all: the inspection asks the area
    to do the things listed ("intro:inspection-asks"); a re-visit's verdict leaves them unprogressed ("... enough
    progress on most of them but not on three –", "intro:no-progress"); or it counts them, and the count matches the
    items ("The three areas still requiring improvement were", "intro:counted-areas")."""
    asks = INSPECTION_ASKS.search(intro)
    if asks and (not asks["pronoun"] or cues.has_source(context)) and not cues.is_debate(intro):
        return "intro:inspection-asks"
    if elliptic and not cues.is_debate(intro):
        return "intro:no-progress"
    if count and count == items and COUNTED_FINDINGS.search(intro) and not cues.COUNCIL_VOICE.search(intro) \
            and not cues.is_resolved(intro) and not cues.PLAN_PARTS.search(intro):
        return "intro:counted-areas"
    return None


# "However, X is poor": a contrast that opens a sentence, then the clause that judges provision.
CONTRAST_OPENING = re.compile(
    r"^\W*(?:however|but|nevertheless|that\s+said|on\s+the\s+other\s+hand|despite\s+this|even\s+so)\s*,?\s+(?=\w)",
    re.IGNORECASE)


LIST_CONTEXT = 2000  # characters: as far back as a list item's intro may lie


def contrasted(sentences: list[Sentence]) -> list[Found]:
    """The shortfall a sentence opening with "However," states, when it judges provision outright."""
    out: list[Found] = []
    for index, sentence in enumerate(sentences):
        opening = CONTRAST_OPENING.match(sentence.text)
        if not opening or not cues.JUDGES_PROVISION.search(sentence.text, opening.end()) \
                or not has_source_near(sentences, index, LIST_CONTEXT):
            continue
        item = piece(sentence, opening.end(), len(sentence.text), fewest_words=3)
        if item:
            out.append(item)
    return out
