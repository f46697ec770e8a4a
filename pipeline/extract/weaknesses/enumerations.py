"""Splitting a sentence's enumeration into its items, on the page's own offsets.

"the areas of concern included X, Y and Z", "unhappy with X; Y; communication; Z and W":
commas, semicolons and the "and" that opens a new item separate items; a modifier after a
comma ("..., with regular reporting") stays with its item; compounds ("education, health
and care", "speech and language") are never split; a contrast (", but ...") ends the
enumeration. Every item keeps where it lies in the page text, for its quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.weaknesses import cues
from pipeline.extract.weaknesses.text import Found, collapse

INLINE_MARKER = re.compile(r"\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+|(?:[a-z]|\d{1,2})\.\s+")  # used with .match
# Phrases whose commas and "and" do not separate items.
COMPOUNDS = re.compile(
    r"education,\s+health\s+and\s+(?:social\s+)?care|health\s+and\s+(?:social\s+)?care"
    r"|children,\s+young\s+people(?:,)?\s+and\s+(?:their\s+)?(?:families|parents)|parents(?:/|,\s+|\s+and\s+)carers"
    r"|speech\s+and\s+language|social,\s+emotional\s+and\s+mental"
    # "... for young people and their families": whom a finding is about, with their families, is one phrase
    r"|(?:children|young\s+people|pupils|learners)(?:\s+with\s+SEND)?\s+and\s+their\s+(?:families|parents|carers)",
    re.IGNORECASE)
# A comma piece opening with these words modifies the piece before it.
JOINERS = re.compile(r"^(?:with|in|for|of|to|which|who|whom|whose|that|including|particularly|especially|where|as|at|"
                     r"by|from|on|but|so|because|while|although|when|than"
                     r"|(?:[\w-]+\s+){1,4}of\s+(?:which|whom))\b",  # "..., many of which did not ...": a relative clause
                     re.IGNORECASE)
# After "and", these open a new item: a determiner, a judgement, a gerund or a reporting verb.
NEW_ITEM = re.compile(
    r"^(?:the|a|an|their|its|some|many|too|poor|lack|limited|weak\w*|low|high|inconsistent|insufficient|no|not|"
    rf"{cues.REPORTING_VERB}"
    r"|(?!(?:including|during|according|concerning|regarding|following|being|nothing|something)\b)[a-z]+ing)\b",
    re.IGNORECASE)
GERUND = re.compile(r"\b[a-z]{3,}ing$")
GERUND_START = re.compile(r"^(?!(?:including|during|according|concerning|regarding|following|being)\b)[a-z]{3,}ing\b")
LEADING_AND = re.compile(r"(?:and|or)\s+", re.IGNORECASE)  # used with .match
TRAILING_AND = re.compile(r"[\s,;]+(?:and|or)$", re.IGNORECASE)
# A contrast ends an enumeration: ", but recognises that ...".
CONTRAST = re.compile(r",\s+(?:but|although|though|however|whilst|while)\s+(?!also\b)", re.IGNORECASE)
# So does a closing clause saying where all the items are dealt with: "A, B and C, which are addressed in the plan's
# second section" ("which are" after items each named in the singular: the clause is about them all).
POINTS_ON = re.compile(
    r",\s+(?:all\s+(?:of\s+)?)?(?:which|these|that)\s+(?:are|were|will\s+be|have\s+been|are\s+being)\s+(?:now\s+|all\s+)?"
    r"(?:addressed|set\s+out|covered|considered|described|tackled|answered|reflected|dealt\s+with|picked\s+up|"
    r"included|explained)\s+(?:in|by|through|at|under|within)\b",
    re.IGNORECASE)


@dataclass
class Sentence:
    page: int
    start: int  # page offsets
    end: int
    text: str  # the raw slice
    block: int = -1  # which paragraph it belongs to (``sentences.paragraphs``)
    lower: str = field(init=False, repr=False)  # lowered once: every reader's cheap tests read it

    def __post_init__(self) -> None:
        self.lower = self.text.lower()

    def mentions(self, *words: str) -> bool:
        """A cheap test before the regular expressions (lower-case words); the sentence is
        lowered once, however many readers ask."""
        lower = self.lower
        return any(word in lower for word in words)



def piece(sentence: Sentence, start: int, end: int, fewest_words: int = 2) -> Found | None:
    """A found item from a slice of the sentence, trimmed of spaces, "and" and end punctuation."""
    raw = sentence.text[start:end]
    start += len(raw) - len(raw.lstrip())
    for opener in (LEADING_AND, INLINE_MARKER, LEADING_AND, INLINE_MARKER):  # "and (c) the ..."
        lead = opener.match(sentence.text, start, end)
        start = lead.end() if lead else start
    raw = TRAILING_AND.sub("", sentence.text[start:end].rstrip(" \n\t.,;:"))
    if len(raw.split()) < fewest_words:
        return None
    return Found(sentence.page, sentence.start + start, sentence.start + start + len(raw), collapse(raw))


def protected(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in COMPOUNDS.finditer(text)]


def inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in spans)


def split_commas(text: str, start: int) -> list[list[int]]:
    """[start, end, head_end] of each comma or semicolon piece of text[start:];
    head_end marks where modifiers joined to the piece begin."""
    keep = protected(text)
    pieces: list[list[int]] = []
    depth, cut = 0, start
    for i in range(start, len(text) + 1):
        char = text[i] if i < len(text) else ","
        depth += (char == "(") - (char == ")")
        if char in ",;" and depth <= 0 and not inside(i, keep):
            chunk = text[cut:i].strip()
            if pieces and (JOINERS.match(chunk) or len(chunk.split()) < 2 and chunk):
                pieces[-1][1] = i  # a modifier: it belongs to the piece before
            elif chunk:
                pieces.append([cut, i, i])
            cut = i + 1
    return pieces


def depth_at(text: str, position: int) -> int:
    """How many brackets are open at ``position``."""
    return text.count("(", 0, position) - text.count(")", 0, position)


def split_and(text: str, start: int, head_end: int, fewest_left: int = 3) -> list[tuple[int, int]]:
    """Split a piece's head at each "and" that opens a new item (a
    determiner, a judgement or a gerund follows and at least three words
    precede), keeping "speech and language" and "slow planning and review" whole."""
    keep = protected(text)
    cuts: list[tuple[int, int]] = []
    cut = start
    for match in re.finditer(r"\s+and\s+", text[start:head_end]):
        at, after = start + match.start(), start + match.end()
        left = text[cut:at].strip()
        lead = LEADING_AND.match(left)
        left_words = len(left[lead.end() if lead else 0:].split())
        if inside(at, keep) or left_words < fewest_left or not NEW_ITEM.match(text[after:]):
            continue
        if GERUND.search(left) and GERUND_START.match(text[after:]):
            continue  # "in planning and reviewing services": two gerunds share their object
        cuts.append((cut, at))
        cut = after
    cuts.append((cut, len(text)))
    return cuts


def counted_enumeration(sentence: Sentence, start: int) -> list[Found]:
    """The enumeration's items; when the sentence states more items than were found ("four areas ...: X, Y,
    governance arrangements and providing Z"), an "and" after only two words may separate two of them too."""
    items = that_series(sentence, start) or split_enumeration(sentence, start)
    count = cues.stated_count(sentence.text[:start])
    if count and len(items) < count:
        looser = split_enumeration(sentence, start, fewest_left=2)
        if len(items) < len(looser) <= count:
            return looser
    return items


def split_enumeration(sentence: Sentence, start: int, stop: int | None = None, fewest_left: int = 3) -> list[Found]:
    """Items of an enumeration that runs from ``start`` to ``stop`` (the sentence end).
    Items separated by semicolons keep their commas and "and"s: "X and Y; a clear, co-produced Z; and W"."""
    ends = [found.start() for pattern in (CONTRAST, POINTS_ON)
            if (found := pattern.search(sentence.text, start, stop or len(sentence.text)))]
    text = sentence.text[:min(ends) if ends else stop]  # ", but recognises that ...": a new clause
    out: list[Found] = []
    cuts = [match.start() for match in re.finditer(r";", text[start:]) if depth_at(text, start + match.start()) == 0]
    if len(cuts) >= 2 or cuts and re.match(r";\s+(?:and|or)\b", text[start + cuts[-1]:]):
        bounds = [start] + [start + cut + 1 for cut in cuts] + [len(text)]
        spans = list(zip(bounds, bounds[1:]))
        if not re.match(r";\s+(?:and|or)\b", text[start + cuts[-1]:]):  # "A; B; C and D": the last "and" joins two
            spans[-1:] = split_and(text, spans[-1][0], len(text), fewest_left)
        pieces = [piece(sentence, a, b, fewest_words=1) for a, b in spans]  # ";" delimits: "communication" is one
        return [item for item in pieces if item]
    pieces = split_commas(text, start)
    # "A, B, and C", "A, or B" (a serial comma before the closing "and", or an "or"): the commas alone separate
    # the items, so an "and" inside one ("the confidence of parents and the quality of communication") is its
    # own ("A and B, and increase C" is no series: the last "and" may join a clause)
    closing = len(pieces) >= 2 and LEADING_AND.match(text[pieces[-1][0]:pieces[-1][1]].lstrip())
    serial = closing and (len(pieces) >= 3 or closing.group(0).lower().startswith("or"))
    for begin, end, head_end in pieces:
        if serial:
            item = piece(sentence, begin, end)
            out.extend([item] if item else [])
            continue
        for a, b in split_and(text[:end], begin, head_end, fewest_left):
            item = piece(sentence, a, b)
            if item:
                out.append(item)
    return out


LEADING_THAT = re.compile(r"\s*that\s+(?=\w)", re.IGNORECASE)
# Where the next "that" clause of a series starts: after a comma or semicolon (", and that", "; that"), or
# after a bare "and" closing a series that commas opened ("that A, that B and that C").
NEXT_THAT = re.compile(r"(?P<mark>[,;]\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)that\s+(?=\w)", re.IGNORECASE)


def that_series(sentence: Sentence, start: int) -> list[Found]:
    """An enumeration told as a series of "that" clauses ("namely that A, that B and that C", ": that X; and
    that Y"): each clause one item, without its "that"; a bare "and that" splits only after a comma has, as
    "make sure that X and that Y" is one finding. Empty when the enumeration is not such a series."""
    lead = LEADING_THAT.match(sentence.text, start)
    if not lead:
        return []
    contrast = CONTRAST.search(sentence.text, lead.end())
    stop = contrast.start() if contrast else len(sentence.text)
    cuts = []
    for match in NEXT_THAT.finditer(sentence.text, lead.end(), stop):
        if match["mark"].strip()[:1] in ",;" or cuts:
            cuts.append(match)
    if not cuts:
        return []
    bounds = [lead.end()] + [cut.end() for cut in cuts]
    ends = [cut.start() for cut in cuts] + [stop]
    return [item for a, b in zip(bounds, ends) if (item := piece(sentence, a, b))]
