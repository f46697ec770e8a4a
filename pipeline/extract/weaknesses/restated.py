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
    """"<intro>: (i) X; (ii) Y; and (iii) Z", or without markers "<intro>: X; Y; and Z": the items, with
    the intro's own evidence (see ``prose``), so that an inline list and a printed one are judged alike."""
    out: list[Found] = []
    for index, sentence in enumerate(sentences):
        text = sentence.text
        colon = text.find(":")
        if colon < 0:
            continue
        markers = inline_markers(text, colon) if ")" in text[colon:] else []
        if len(markers) < 2 and SEMICOLON_SERIES.search(text, colon) and not DECISION.match(text) \
                and may_introduce(sentences, index, text[:colon]):
            out.extend(item for item in split_enumeration(sentence, colon + 1) if not GENERIC_AREAS.match(item.text))
            continue  # a series set off by semicolons: each piece an item, its own commas and "and"s kept
        if len(markers) < 2 or text[colon + 1:markers[0].start()].strip():
            continue  # the markers must open right after the colon
        bounds = [m.start() for m in markers] + [len(text)]
        for begin, end in zip(bounds, bounds[1:]):
            item = piece(sentence, begin, end, fewest_words=2)
            if item:
                out.append(item)
    return out


# "...: A; B; and C" (at least two semicolons, or one before the closing "and"/"or"), with no colon after.
# "RESOLVED: that A; that B; and that C": a decision's own series, whatever the sentence before named.
DECISION = re.compile(r"^\W*(?:it\s+was\s+)?(?:resolved|agreed|decided|decision|recommendations?|that\s+(?:the\s+)?"
                      r"(?:cabinet|committee|council|board|panel))\b", re.IGNORECASE)
SEMICOLON_SERIES = re.compile(r":\s+[^:;]+;[^:;]+(?:;\s+(?:and|or)\s|;[^:;]+;)[^:]*$")


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
    intro = text[:text.find(":") + 1].strip()
    previous = sentences[index - 1].text if index else ""
    context = " ".join(s.text for s in sentences[max(0, index - 6):index + 1])
    return previous, intro, context


def inline_evidence(sentences: list[Sentence], index: int, items: int):
    """The intro's evidence for an inline enumeration, with its stated count against the items."""
    previous, intro, context = intro_of(sentences, index)
    evidence = decide.intro_evidence(previous, intro, context, "colon", len(intro.split()) < 7)
    count = cues.stated_count(intro)
    evidence = decide.list_evidence(evidence, items, count)
    text = sentences[index].text
    if len(inline_markers(text, text.find(":"))) >= 2:  # (a plain series has only its intro to go on)
        evidence.add("list:inline-markers", decide.INLINE_MARKERS)
    return evidence


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
