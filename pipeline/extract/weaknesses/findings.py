"""Weaknesses named by what an inspection found them to be about, in running sentences.

- what an inspection's weaknesses or concerns are about: "inspectors identified concerns
  about X, Y and Z", "they also raised weaknesses in X and in Y" (the finder must be the
  inspection, or "they" right after a sentence that names it);
- what an inspection named as weaknesses: "the letter identified X and Y as areas for improvement".

Both only propose; ``prose`` weighs each item.
"""

from __future__ import annotations

import re

from pipeline.extract.weaknesses import cues
from pipeline.extract.weaknesses.enumerations import Sentence, split_enumeration
from pipeline.extract.weaknesses.sentences import (
    GENERIC_AREAS, REPORTING_WORD, SOURCE_WORD, attributed, attributed_at, has_source_near, split_after,
    without_object_noun,
)
from pipeline.extract.weaknesses.text import Found

# "<finder> identified (some) concerns about X": the weaknesses' subject follows the preposition.
ABOUT = (r"(?P<prep>in\s+relation\s+to|with\s+regard\s+to|in\s+respect\s+of|relating\s+to|related\s+to|"
         r"in|about|around|over|regarding|with|concerning|across|within)\s+(?=\w)")
WEAKNESS_OBJECT = (r"(?:(?:also|some|several|many|serious|significant|particular|specific|key|further|other|two|three|"
                   r"four|five|six|a\s+(?:number|range)\s+of)\s+)*"
                   r"(?:(?:areas?\s+of\s+(?:significant\s+)?)?(?:significant\s+|serious\s+)?"
                   r"(?:weakness(?:es)?|concerns?|shortcomings|failings)"
                   r"|areas?\s+for\s+(?:improvement|development)|priority\s+actions?)")  # "identified areas for improvement in X"
FINDING_ABOUT = re.compile(
    r"\b(?:identified|found|highlighted|raised|noted|reported|flagged|expressed|set\s+out|had|have|has)\s+"
    + WEAKNESS_OBJECT + r"\s+" + ABOUT
    # "inspectors were (particularly) concerned about X", "had been critical of X, of Y", "were worried by X"
    + r"|\b(?:was|were|are|is|been)\s+(?:also\s+|particularly\s+|especially\s+|most\s+|highly\s+|very\s+)*"
      r"(?:(?:concerned|worried)\s+(?P<prep2>about|by|with|at)|critical\s+(?P<prep5>of))\s+(?=\w)"
    # "concerns were raised by inspectors about X": the finder follows "by"
    + r"|\b" + WEAKNESS_OBJECT + r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?"
      r"(?:identified|found|highlighted|raised|noted|reported)\s+by\s+(?:the\s+)?(?P<by>" + SOURCE_WORD + r")\s+"
    + ABOUT.replace("?P<prep>", "?P<prep3>")
    # "weaknesses were identified in X", "weaknesses remain in X": weaknesses (not anyone's concerns) need no
    # named finder
    + r"|\b(?P<passive>(?:significant\s+)?weakness(?:es)?|areas?\s+of\s+(?:significant\s+)?weakness)\s+"
      r"(?:(?:were|was|have\s+been|had\s+been)\s+(?:identified|found)|(?:still\s+)?(?:remain|remains|remained|persist|"
      r"persists|persisted))\s+"
    + ABOUT.replace("?P<prep>", "?P<prep4>"),
    re.IGNORECASE)
# "<finder> identified X and Y as areas for improvement": the items come before what they are named as.
NAMED_AS = re.compile(
    r"\b(?:identified|highlighted|named|cited|listed|singled\s+out|picked\s+out)\s+(?P<items>[^.;:]{8,400}?)\s+as\s+"
    r"(?:(?:an?|the|two|three|four|five|key|main|particular|significant|serious|specific)\s+)*"
    r"(?:areas?\s+(?:of|for)\s+(?:significant\s+|serious\s+)?(?:weakness(?:es)?|concerns?|improvement|development)"
    r"|weakness(?:es)?|concerns?)\b",
    re.IGNORECASE)
# "They also identified ...": a pronoun finder stands for the inspection named just before.
PRONOUN_BEFORE_VERB = re.compile(r"(?:^|[,;]\s*|\b(?:and|but)\s+)(?:they|it)\s+(?:also\s+|had\s+|have\s+|has\s+)*$",
                                 re.IGNORECASE)
# The area itself is not what a weakness is about: "weaknesses in the local area's practice".
WHOLE_AREA = re.compile(
    r"^(?:the\s+|its\s+|their\s+)?(?:local\s+)?"
    r"(?:(?:area|partnership|council|borough|county|system)s?(?:[’']s?)?\s+)?"
    r"(?:send\s+)?(?:practice|work|arrangements|services|provision|effectiveness|performance|system|area|partnership)"
    r"(?:\s+(?:that|which|where)\b.*)?$",
    re.IGNORECASE)


def found_by_inspection(sentences: list[Sentence], index: int, verb_start: int) -> bool:
    """The finder just before the verb is an inspection ("inspectors", "the letter also"), or
    "they" in a sentence right after one whose finder is ("Inspectors identified ... They also ...")."""
    text = sentences[index].text
    if attributed_at(text, verb_start):
        return True
    if not PRONOUN_BEFORE_VERB.search(text[max(0, verb_start - 40):verb_start]) or index == 0:
        return False
    before = sentences[index - 1].text
    return any(attributed(before, verb) for verb in REPORTING_WORD.finditer(before)) and not cues.is_debate(before)


def findings_about(sentences: list[Sentence]) -> list[Found]:
    """"Inspectors identified concerns about X, Y and Z": what the findings are about, item by item."""
    out: list[Found] = []
    for index, sentence in enumerate(sentences):
        if not cues.might_name_weakness(sentence.text):
            continue
        for match in FINDING_ABOUT.finditer(sentence.text):
            finder = match["by"] or found_by_inspection(sentences, index, match.start()) \
                or match["passive"] and has_source_near(sentences, index, 300)
            if cues.is_debate(sentence.text[:match.start()]) or not finder \
                    or cues.ADDRESSING.search(sentence.text[max(0, match.start() - 30):match.end()]):
                continue
            prep = match["prep"] or match["prep2"] or match["prep3"] or match["prep4"] or match["prep5"]
            items = [without_object_noun(sentence, item)  # "in X and in Y" repeats a one-word preposition
                     for item in split_after(sentence, match.end(), prep if " " not in prep else None)]
            if items and items[0] and WHOLE_AREA.match(items[0].text):
                break  # "weaknesses in the area's practice that ...": the sentence goes on about the area
            out.extend(item for item in items
                       if item and not GENERIC_AREAS.match(item.text) and not cues.is_response(item.text))
            break
    return out


def named_as(sentences: list[Sentence]) -> list[Found]:
    """"Inspectors identified X and Y as areas for improvement": X and Y, when the finder is an inspection."""
    out: list[Found] = []
    for index, sentence in enumerate(sentences):
        if not cues.might_name_weakness(sentence.text) or " as " not in sentence.text:
            continue
        for match in NAMED_AS.finditer(sentence.text):
            if cues.is_debate(sentence.text[:match.start()]) \
                    or not found_by_inspection(sentences, index, match.start()):
                continue
            out.extend(item for item in split_enumeration(sentence, match.start("items"), match.end("items"))
                       if not GENERIC_AREAS.match(item.text) and not WHOLE_AREA.match(item.text)
                       and not cues.is_response(item.text))
    return out
