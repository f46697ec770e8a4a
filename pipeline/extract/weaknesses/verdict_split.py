"""A re-visit's weaknesses enumerated by verdict, the ones put right as well as the ones still open.

A re-visit page or report often sets all the original weaknesses out in two sentences, one per
verdict: "we have made sufficient progress in 3 of them: X, Y, and Z. ... not yet made enough
progress in 2: A, and B."; "sufficient progress had been made in two areas: X, and Y.
Insufficient progress had been made in the remaining three, which were: ...". The items after the
sufficient-progress colon are weaknesses the inspection identified (the guidelines count a
re-visit's weaknesses whatever their verdict). ``sentences.unprogressed`` and ``restated`` read the
second half; this reader the first.

Only a complete enumeration after a colon counts ("including X" names a few of them), and only
next to the opposite verdict: a sentence praising progress alone ("found sufficient progress in
two areas: X and Y") is a strength, not the page setting out its weaknesses.
"""

from __future__ import annotations

import re

from pipeline.extract.weaknesses import cues
from pipeline.extract.weaknesses.enumerations import Sentence, split_enumeration
from pipeline.extract.weaknesses.sentences import GENERIC_AREAS, has_source_near
from pipeline.extract.weaknesses.text import Found

# "made sufficient progress", "sufficient progress had been made", "enough progress has been made"
PROGRESS_MADE = re.compile(r"\b(?:sufficient|enough|good)\s+progress\b", re.IGNORECASE)
# what the judgement is about, up to the colon that opens the enumeration: " in 3 of them:",
# " had been made in two areas:", " against the following weaknesses:"
OBJECT_TO_COLON = re.compile(
    r"(?:\s+(?:had|has|have)\s+been\s+made|\s+was\s+made)?\s+(?:in|on|against|with|towards)\s+[^.;:]{0,60}?:\s+(?=\w)",
    re.IGNORECASE)
OPPOSITE_WITHIN = 2  # sentences either side where the other verdict must be given


def progress_made_at(text: str) -> re.Match | None:
    """The first judgement of enough progress that is not negated ("not yet made enough progress")."""
    for match in PROGRESS_MADE.finditer(text):
        if not cues.NEGATED.search(text[max(0, match.start() - 25):match.start()]):
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
        if not colon or cues.NO_PROGRESS.search(sentence.text, 0, colon.end()) \
                or not opposite_near(sentences, index) or not has_source_near(sentences, index):
            continue
        for item in split_enumeration(sentence, colon.end()):
            if not GENERIC_AREAS.match(item.text) and not cues.is_response(item.text):
                out.append(item)
    return out


def opposite_near(sentences: list[Sentence], index: int) -> bool:
    """Too little progress judged in a sentence just before or after."""
    near = sentences[max(0, index - OPPOSITE_WITHIN):index] + sentences[index + 1:index + 1 + OPPOSITE_WITHIN]
    return any(cues.NO_PROGRESS.search(other.text) for other in near)
