"""One weakness named in a sentence, rather than enumerated: three shapes.

- numbered areas named in passing: "Area 2 (timeliness of plans) and Area 4 (...)";
- a quoted weakness: "a weakness named in the report: “X”";
- one weakness stated as a whole sentence: "The remaining area of weakness relates to X", "The
  weakness that remains concerns Y", "The one weakness still to be addressed concerns Z".

Each reader only proposes; ``prose`` weighs every item.
"""

from __future__ import annotations

import re

from pipeline.extract.weaknesses import cues
from pipeline.extract.weaknesses.enumerations import INLINE_MARKER, Sentence, piece
from pipeline.extract.weaknesses.sentences import has_source_near
from pipeline.extract.weaknesses.text import Found

# A sentence whose subject is one weakness and says what it is about.
SINGLE_WEAKNESS = re.compile(
    r"(?:the|one|another|a|this)\s+(?:(?:one|remaining|outstanding|other|final|only|main|key|first|second|third|fourth|"
    r"fifth|sixth|further|single|last)\s+)*(?:significant\s+|serious\s+)?"
    r"(?:area\s+(?:of|for)\s+(?:significant\s+)?(?:weakness|concern|improvement|development)|weakness)"
    r"(?:\s+(?:identified|found|raised|named))?"
    # "The weakness that remains concerns X", "the area of weakness still outstanding relates to Y"
    r"(?:\s+(?:that|which)\s+(?:still\s+)?(?:remains?|remained|(?:is|was)\s+(?:still\s+)?(?:outstanding|open|unresolved))"
    r"|\s+(?:still\s+)?(?:outstanding|unresolved|to\s+be\s+(?:addressed|resolved|tackled|met)))?"
    r"\s+(?:relates|related|is\s+related|concerns|concerned|centres|centred|centers|centered|lies|lay|is\s+about|"
    r"was\s+about|focuses|focused)\s+(?:to|on|in|around)?\s*\w",
    re.IGNORECASE)
AREA_NAMED = re.compile(r"\bArea\s+\d{1,2}\s*(?=[(:–-])")
AREA_NEXT = re.compile(r"[,;]?\s+(?:and\s+)?Area\s+\d{1,2}\b")
AREA_CONTEXT = re.compile(r"improv|weakness|concern|priorit|requir", re.IGNORECASE)
QUOTE_OPEN = re.compile(r"(?:\bthat\b|:)\s*:?\s*[“\"]")
QUOTE_BODY = re.compile(r"[^”\"]{10,600}(?=[”\"])")


# Findings named in the source's own words after a verb of naming: "..., which the letter describes as ‘X’ and
# ‘Y’", "what inspectors called “X”, “Y” and “Z”", "the two the report summarises as: ‘X’; ‘Y’".
DESCRIBED_AS = re.compile(
    r"\b(?:describe[sd]?|call(?:s|ed)?|term(?:s|ed)?|characteri[sz]e[sd]?|summari[sz]e[sd]?|refer(?:s|red)?\s+to)"
    r"(?:\s+(?:them|it|these|those))?(?:\s+as)?\s*:?\s*(?=[‘“\"])", re.IGNORECASE)
QUOTATION = {"‘": re.compile(r"‘(.{6,600}?)’(?![a-z])", re.DOTALL), "“": re.compile(r"“([^”]{6,600})”"),
             '"': re.compile(r'"([^"]{6,600})"')}
BETWEEN_QUOTES = re.compile(r"\s*(?:[,;]\s*)?(?:(?:and|or)\s+)?(?=[‘“\"])")


def described_as(sentences: list[Sentence]) -> list[Found]:
    """Each quotation after a verb of naming, in a sentence about findings or a re-visit's verdict."""
    out: list[Found] = []
    for index, sentence in enumerate(sentences):
        if not sentence.mentions("‘", "“", '"') or not (match := DESCRIBED_AS.search(sentence.text)):
            continue
        head = sentence.text[:match.start()]
        if not (cues.NO_PROGRESS.search(head) or cues.names_weakness(head)) or cues.is_debate(sentence.text) \
                or not has_source_near(sentences, index):
            continue
        at, items = match.end(), []
        while (quotation := QUOTATION[sentence.text[at]].match(sentence.text, at)) is not None:
            if item := piece(sentence, quotation.start(1), quotation.end(1)):
                items.append(item)
            gap = BETWEEN_QUOTES.match(sentence.text, quotation.end())
            if gap is None:
                break
            at = gap.end()
        out.extend(items)
    return out


def named_areas(sentences: list[Sentence]) -> list[Found]:
    """"Area 2 (timeliness of plans) and Area 4 (...)"."""
    out: list[Found] = []
    for sentence in sentences:
        text = sentence.text
        if "Area " not in text or not AREA_CONTEXT.search(text):
            continue
        for match in AREA_NAMED.finditer(text):
            after = AREA_NEXT.search(text, match.end())
            item = piece(sentence, match.start(), after.start() if after else len(text))
            if item:
                out.append(item)
    return out


def quoted(sentences: list[Sentence]) -> list[Found]:
    """A weakness quoted after a phrase naming it."""
    out: list[Found] = []
    for sentence in sentences:
        if not sentence.mentions("“", '"') or not cues.might_name_weakness(sentence.text):
            continue
        plain = cues.plain_mentions(sentence.text)
        for noun in cues.WEAK_NOUN.finditer(plain):
            opener = QUOTE_OPEN.search(sentence.text, noun.end(), min(len(sentence.text), noun.end() + 120))
            body = opener and QUOTE_BODY.match(sentence.text, opener.end())
            if body and cues.has_source(sentence.text):
                item = piece(sentence, body.start(), body.end())
                if item:
                    out.append(item)
                break
    return out


def stated(sentences: list[Sentence]) -> list[Found]:
    """"The remaining area of significant weakness relates to X": one
    weakness stated as a whole sentence."""
    out: list[Found] = []
    for index, sentence in enumerate(sentences):
        if not cues.might_name_weakness(sentence.text):
            continue
        start = len(sentence.text) - len(sentence.text.lstrip())
        marker = INLINE_MARKER.match(sentence.text, start)
        start = marker.end() if marker else start
        if not SINGLE_WEAKNESS.match(sentence.text, start) or cues.is_resolved(sentence.text) \
                or cues.is_debate(sentence.text) or not has_source_near(sentences, index):
            continue
        item = piece(sentence, start, len(sentence.text))
        if item:
            out.append(item)
    return out
