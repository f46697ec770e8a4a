"""How many findings a sentence says there are: "four areas of weakness", "two areas for priority
action and two further areas for improvement", "two of the five weaknesses".

A stated count is a cue (the items found match it, or fall short) and a bound (a list is cut to it).
"""

from __future__ import annotations

import re


def blank(match: re.Match) -> str:
    return " " * len(match.group(0))


# "1.2 The four areas were:", "2 The areas were:": a paragraph number is not a count.
PARAGRAPH_NUMBER = re.compile(r"(?:^|(?<=[.:;]\s))\s*\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-Z])")
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13}
STATED_COUNT = re.compile(
    r"(?<![.\d])\b(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\s+(?:[\"“”'‘’\w-]+\s+){0,2}?"
    r"(?:areas?|weakness(?:es)?|concerns?|priority\s+actions?|priorities)\b",
    re.IGNORECASE,
)


# "two of the five weaknesses": the count of what is named is the first number, not the total.
NUMBER = r"(?:\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
PART_OF = re.compile(rf"\b({NUMBER})\s+(?:out\s+)?of\s+(?:the|its|their|these)\s+{NUMBER}\s+$", re.IGNORECASE)


def stated_count(text: str) -> int | None:
    """'six areas of weakness', '4 weaknesses': how many items the list should have."""
    # ("the first three are the priority actions" says which of the items are which, not how many there are)
    found = [match for match in STATED_COUNT.finditer(PARAGRAPH_NUMBER.sub(blank, text))
             if not SUBSET.search(text, max(0, match.start() - 20), match.start())]
    if not found:
        return None
    part = PART_OF.search(text[max(0, found[-1].start() - 30):found[-1].start()] + found[-1].group(1) + " ")
    value = number((part.group(1) if part else found[-1].group(1)))
    if part:
        return value
    # "two areas for priority action and two further areas for improvement", "two areas for priority
    # action and three areas for improvement": both kinds are listed
    if len(found) > 1 and (FURTHER.search(found[-1].group(0)) or other_kind(text, found[-2], found[-1])) \
            and JOINED.fullmatch(text[found[-2].end():found[-1].start()]):
        return value + number(found[-2].group(1))
    # "one area for priority action and three areas for improvement": a single finding of another kind before
    single = ONE_OF_A_KIND.search(text, max(0, found[-1].start() - 90), found[-1].start())
    if single and JOINED.fullmatch(text[single.end():found[-1].start()]) and other_kind(text, single, found[-1]):
        return value + 1
    # "two areas for priority action and further areas for improvement": the second kind is not counted,
    # so the count bounds nothing
    uncounted = UNCOUNTED_KIND.match(text, found[-1].end())
    if uncounted and kind_of(text, found[-1], len(text)) not in (None, kind_name(uncounted)):
        return None
    # "to take priority action in two areas and to improve in two others"
    others = OTHERS.match(text, found[-1].end())
    return value + number(others.group(1)) if others else value


SUBSET = re.compile(r"\b(?:first|last|final|next)\s+$", re.IGNORECASE)

# "... sufficient progress in addressing three of the five weaknesses. The original weaknesses were:": an intro that
# names the whole set afresh lists all of it, not the part the sentence before judged.
PART_OF_WHOLE = re.compile(rf"\b{NUMBER}\s+(?:out\s+)?of\s+(?:the|its|their|these)\s+({NUMBER})\b", re.IGNORECASE)
WHOLE_SET = re.compile(r"\b(?:original|initial|all)\b", re.IGNORECASE)


def whole_count(previous: str, intro: str) -> int | None:
    """The whole of "N of the M" in ``previous`` when ``intro`` names the whole set ("The original weaknesses
    were:"); else None."""
    if not WHOLE_SET.search(intro):
        return None
    parts = list(PART_OF_WHOLE.finditer(previous))
    return number(parts[-1].group(1)) if parts else None


def number(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


# The kinds of finding a framework names apart: a count of each, joined by "and", adds up.
KIND = re.compile(r"priority\s+action|improvement|weakness|concern|development", re.IGNORECASE)
KIND_WORDS = 30  # characters after the count where its noun's kind is named ("areas for priority action")


def kind_of(text: str, found: re.Match, stop: int) -> str | None:
    kind = KIND.search(text, found.start(), min(stop, found.end() + KIND_WORDS))
    return " ".join(kind.group(0).lower().split()) if kind else None


def kind_name(match: re.Match) -> str:
    return " ".join(match.group("kind").lower().split())


def other_kind(text: str, first: re.Match, second: re.Match) -> bool:
    """"two areas for priority action and three areas for improvement": two kinds of finding counted."""
    one, two = kind_of(text, first, second.start()), kind_of(text, second, len(text))
    return one is not None and two is not None and one != two


ONE_OF_A_KIND = re.compile(r"\b(?:one|an?|1)\s+(?:[\w-]+\s+){0,2}?(?:area|weakness|concern|priority\s+action)\b",
                           re.IGNORECASE)
UNCOUNTED_KIND = re.compile(
    r"[^.;:]{0,40}?\band\s+(?:(?:also|some|several|further|other|more|additional|various|a\s+number\s+of)\s+)*"
    r"(?:(?:areas?|points?)\s+(?:for|of)\s+)(?P<kind>improvement|development|concern|weakness|priority\s+action)",
    re.IGNORECASE)
FURTHER = re.compile(r"\b(?:further|other|more|additional)\b", re.IGNORECASE)
JOINED = re.compile(r"[^.;:]{0,60}?\band\s+(?:[\w’'-]+\s+){0,6}?", re.IGNORECASE)
OTHERS = re.compile(rf"[^.;:]{{0,20}}?\band\s+(?:[\w’'-]+\s+){{0,5}}?({NUMBER})\s+(?:others|more|further\s+areas?)\b",
                    re.IGNORECASE)
