"""A re-visit's weaknesses enumerated by verdict, the ones put right as well as the ones still open.

A re-visit page or report often sets all the original weaknesses out in two sentences, one per
verdict: "we have made sufficient progress in 3 of them: X, Y, and Z. ... not yet made enough
progress in 2: A, and B."; "sufficient progress had been made in two areas: X, and Y.
Insufficient progress had been made in the remaining three, which were: ...". The items after the
sufficient-progress colon are weaknesses the inspection identified (the guidelines count a
re-visit's weaknesses whatever their verdict). ``sentences.unprogressed`` and ``restated`` read the
second half; this reader the first.

The enumeration may also repeat its preposition instead of a colon: "sufficient progress had been made
in addressing the weaknesses in X, in Y, and in Z", "enough progress on A, on B and on C".

Only a complete enumeration after a colon (or one repeating its preposition) counts ("including X" names a few of them), and only
next to the opposite verdict: a sentence praising progress alone ("found sufficient progress in
two areas: X and Y") is a strength, not the page setting out its weaknesses.
"""

from __future__ import annotations

import re

from pipeline.extract.weaknesses import cues
from pipeline.extract.weaknesses.enumerations import Sentence, piece, split_enumeration
from pipeline.extract.weaknesses.sentences import (
    GENERIC_AREAS, has_source_near, repeated_preposition, without_preposition,
)
from pipeline.extract.weaknesses.text import Found

# "made sufficient progress", "sufficient progress had been made", "enough progress has been made"
PROGRESS_MADE = re.compile(cues.PROGRESS_PUT_RIGHT, re.IGNORECASE)
# the passive's tail after the judgement: "(sufficient progress) had been made", "(enough progress) was made"
BEEN_MADE = r"(?:\s+(?:had|has|have)\s+been\s+made|\s+was\s+made)?"
# what the judgement is about, up to the colon that opens the enumeration: " in 3 of them:",
# " had been made in two areas:", " against the following weaknesses:"
# (or "namely", "which were": "... in two of the three weaknesses, namely X and Y"; or what they are about:
# "... in three of these areas, relating to X, Y, and Z, but not in relation to ...")
OBJECT_TO_COLON = re.compile(
    BEEN_MADE + r"\s+(?:in|on|against|with|towards)\s+[^.;:]{0,60}?"
    rf"(?::|,?\s+namely\s*:?|,\s+(?:which|these)\s+(?:were|are)\s*:?|,\s+{cues.RELATION})\s+(?=\w)",
    re.IGNORECASE)
# ... or without a colon, up to a series repeating its preposition: " had been made in addressing the
# weaknesses in" X, in Y, and in Z; " in" improving X and in reducing Y
OBJECT_SERIES = re.compile(
    BEEN_MADE + r"\s+(?P<prep>in|on|with|against)\s+"
    r"(?:(?:addressing|tackling|resolving)\s+(?:the\s+|its\s+)?(?:significant\s+)?(?:weakness(?:es)?|areas?|concerns?)"
    r"\s+(?P<inner>in|on|with|about|around)\s+)?(?=\w)",
    re.IGNORECASE)
# ... or named in parentheses after the count: " had been made in three of the six areas (X; Y; and Z)"
OBJECT_PAREN = re.compile(
    BEEN_MADE + r"\s+(?:in|on|against|with)\s+[^.;:()]{0,60}?\s*"
    r"\((?P<inner>[^()]{10,})\)", re.IGNORECASE)
OPPOSITE_WITHIN = 2  # sentences either side where the other verdict must be given


def progress_made_at(text: str) -> re.Match | None:
    """The first judgement of enough progress that is not negated ("not yet made enough progress")."""
    for match in PROGRESS_MADE.finditer(text):
        if not cues.negated_before(text, match.start()):
            return match
    return None


def judged_both_ways(sentences: list[Sentence]) -> list[Found]:
    """The areas judged to have made enough progress, enumerated after a colon next to a
    sentence judging too little progress in the others."""
    out: list[Found] = []
    for index, sentence in enumerate(sentences):
        if not sentence.mentions("progress") or cues.is_debate(sentence.text):
            continue
        judgement = progress_made_at(sentence.text)
        colon = judgement and OBJECT_TO_COLON.match(sentence.text, judgement.end())
        series = judgement and not colon and (repeated_series(sentence, judgement.end())
                                              or parenthesised(sentence, judgement.end()))
        if not colon and not series or cues.NO_PROGRESS.search(sentence.text, 0, judgement.end()) \
                or not opposite_near(sentences, index) or not has_source_near(sentences, index):
            continue
        for item in series or split_enumeration(sentence, colon.end()):
            if not GENERIC_AREAS.match(item.text) and not cues.is_response(item.text):
                out.append(item)
    return out


def repeated_series(sentence: Sentence, at: int) -> list[Found]:
    """The items of "in X, in Y, and in Z" right after the judgement at ``at``: each item opens with
    the same preposition, which must come back at least once; else nothing."""
    head = OBJECT_SERIES.match(sentence.text, at)
    if not head:
        return []
    prep = head["inner"] or head["prep"]
    parts = repeated_preposition(sentence.text[:len(sentence.text.rstrip().rstrip("."))], head.end(), prep)
    if len(parts) < 2:
        return []
    items = [(item := piece(sentence, begin, end, fewest_words=1)) and without_preposition(sentence, item, prep)
             for begin, end in parts]
    return items if all(items) else []


def parenthesised(sentence: Sentence, at: int) -> list[Found]:
    """The items named in parentheses right after the judgement at ``at`` ("in three areas (X; Y; and Z)"),
    at least two; else nothing."""
    head = OBJECT_PAREN.match(sentence.text, at)
    if not head:
        return []
    inner = Sentence(sentence.page, sentence.start + head.start("inner"), sentence.start + head.end("inner"),
                     head["inner"], sentence.block)
    items = split_enumeration(inner, 0)
    return items if len(items) >= 2 else []


def opposite_near(sentences: list[Sentence], index: int) -> bool:
    """Too little progress judged in a sentence just before or after, or in this one's "but not in ..."."""
    near = sentences[max(0, index - OPPOSITE_WITHIN):index] + sentences[index + 1:index + 1 + OPPOSITE_WITHIN]
    return any(cues.NO_PROGRESS.search(other.text) for other in near) \
        or cues.elliptic_no_progress(sentences[index].text) is not None
