"""What a personal name looks like in page text, and how two mentions of one
person are recognised as the same.

A name is a short run of capitalised words and initials ("Helen
Marchbank", "R W Pollitt", "Farrant-Lyle"). Job titles and organisation
names are runs of capitalised words too, so a run is cut at any word from
the lexicon: what is left are the candidate names that other rules then
confirm or reject.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from pipeline.extract.people.lexicon import (
    FUNCTION_WORDS,
    GIVEN_NAMES_ALSO_WORDS,
    HONORIFICS,
    LEADING_STOPWORDS,
    NAME_LIKE_MONTHS,
    ORG_WORDS,
    POSTNOMINALS,
    RANKS,
    ROLE_WORDS,
    SURNAME_WORDS,
)
from pipeline.extract.common.structure import looks_like_heading

# Latin-1 and Latin Extended-A ("Petrović", "Łukasz", "Šimić"): Extended-A pairs each capital with its
# small letter, so its whole block serves both cases.
UPPER = "A-ZÀ-ÖØ-ÝĀ-ž"
LOWER = "a-zß-öø-ÿĀ-ž"
# Title words that, when text loses the space between two table cells, stick to the end of a
# name ("Jo BloggsHead of SEND", "Councillor J BloggsVice-Chair").
STUCK_TITLE = (r"(?:Chair|Vice|Executive|Director|Head|Democratic|Cabinet|Member|Officer|Manager|Senior|Assistant"
               r"|Deputy|Interim|Lead|Corporate|Strategic|Principal|Chief|Service|Services|Councillor|Clerk|Leader"
               r"|Portfolio)(?![a-z])")
# A capitalised word: "Marchbank", "McAllister", "O'Brien", "Farrant-Lyle".
NAME_WORD = (rf"(?:[OD]['’])?[{UPPER}][{LOWER}]+(?:(?!{STUCK_TITLE})[{UPPER}][{LOWER}]+)?"
             rf"(?:-[{UPPER}][{LOWER}]+)*")
# An initial or run of initials: "R", "R.", "R.W.".
INITIAL = rf"[{UPPER}]\.?(?:[{UPPER}]\.)*"
# A word followed by ".x" is part of an address ("Jo.Bloggs@"), not a name; one followed by a
# title word with no space between ends there, and so does one followed by a possessive ("Bloggs's").
TOKEN = rf"(?:{NAME_WORD}(?:(?![\w'’-]|\.\w)|(?={STUCK_TITLE})|(?=['’]s?(?![\w'’-])))|{INITIAL}(?=[ \t\n,]))"
# Words of a name sit on one line or wrap once; a blank line ends the name.
SEP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
SEP_BETWEEN_TOKENS = re.compile(SEP)
RUN_RE = re.compile(rf"(?<![\w'’.@/-]){TOKEN}(?:{SEP}{TOKEN})*")
TOKEN_RE = re.compile(TOKEN)
NEXT_TOKEN_RE = re.compile(rf"[ \t]+{TOKEN}")
INITIAL_RE = re.compile(rf"^{INITIAL}$")

NOT_NAME = (ROLE_WORDS | ORG_WORDS | POSTNOMINALS | RANKS) - SURNAME_WORDS


@dataclass
class Candidate:
    """A run of words that may be a personal name, with its place on a page."""

    page: int
    start: int
    end: int
    words: list[str]

    @property
    def text(self) -> str:
        return " ".join(self.words)


def is_initial(word: str) -> bool:
    return bool(INITIAL_RE.match(word))


# A role word's prefix before a hyphen: "Non-Executive", "Co-opted", "Vice-Principal", "Ex-officio" open no
# name (a double-barrelled surname's first part is a name's word).
ROLE_PREFIXES = frozenset({"non", "co", "vice", "ex", "sub"})


@lru_cache(maxsize=1 << 16)  # pure, and asked about the same words all through a document

def word_class(word: str) -> str:
    """'initial', 'honorific', 'stop' (never in a name), 'surname' (only
    last), 'lead' (a function word), or 'name'."""
    if is_initial(word):
        return "initial"
    low = word.lower().strip(".")
    if low in HONORIFICS:
        return "honorific"
    if low in SURNAME_WORDS:
        return "surname"
    if low in NOT_NAME or low.split("-", 1)[0] in ROLE_PREFIXES and "-" in low:
        return "stop"
    if low in LEADING_STOPWORDS and low not in NAME_LIKE_MONTHS:
        return "lead"
    return "name"


def split_run(tokens: list[re.Match], row_starts: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Cut one run of capitalised tokens into candidate names (token index
    ranges). Lexicon words end a candidate; a surname-like lexicon word may
    close one; function words are dropped from the front; a month's name
    opens none but where a row of a grid of people opens (``row_starts``:
    "June Bloggs Senior Teacher")."""
    ranges: list[tuple[int, int]] = []
    begin: int | None = None
    for i, tok in enumerate(tokens):
        kind = word_class(tok.group(0))
        if kind == "lead" and begin is not None and tok.group(0).lower() not in FUNCTION_WORDS:
            kind = "name"  # "Kate Most": a sentence-opening word inside a name is a name
        if kind in ("name", "initial"):
            if begin is None:
                if tok.group(0).lower() in NAME_LIKE_MONTHS and tok.start() not in row_starts:
                    continue  # "May" opens no name, but for a row of a grid of people ("June Bloggs Head of ...")
                begin = i
            continue
        if kind == "surname" and begin is None and i + 1 < len(tokens) \
                and opens_name(tok.string, tok.end(), tok.group(0)):
            begin = i  # "Dean Aldridge": a given name that is also a surname word
            continue
        if kind == "surname" and begin is not None:
            ranges.append((begin, i + 1))
            begin = None
            continue
        if begin is not None:
            ranges.append((begin, i))
        begin = None
    if begin is not None:
        ranges.append((begin, len(tokens)))
    return ranges


def opens_name(text: str, end: int, word: str) -> bool:
    """Does a word that is also a given name ("Dean", "Rose") open a name
    here? Only when a name word follows on the same line."""
    if word.lower() not in GIVEN_NAMES_ALSO_WORDS:
        return False
    nxt = NEXT_TOKEN_RE.match(text, end)
    return bool(nxt) and word_class(nxt.group(0).strip()) in ("name", "surname")


def candidates_in(text: str, page: int, row_starts: frozenset[int] = frozenset()) -> list[Candidate]:
    """Every candidate name on a page, one or more words (``row_starts``: where rows of a grid of people
    open their names)."""
    found = []
    ticks = " X\n" in text or text.endswith(" X")  # a first look for a sign-off table's ticks (``_ticks_apart``)
    for run in RUN_RE.finditer(text):
        tokens = run_tokens(text, run.start(), run.end())
        if tokens and _is_list_marker(text, run.start(), tokens[0].group(0)):
            tokens = tokens[1:]  # "A. Agree the ...": a lettered item, not an initial
        for ticked in _ticks_apart(text, tokens) if ticks and len(tokens) > 1 else [tokens]:
            for part in _lines_apart(text, ticked) if len(ticked) > 1 else [ticked] if ticked else []:  # most runs: a word
                for a, b in split_run(part, row_starts):
                    found.append(Candidate(page, part[a].start(), part[b - 1].end(), [t.group(0) for t in part[a:b]]))
    return found


def _ticks_apart(text: str, tokens: list[re.Match]) -> list[list[re.Match]]:
    """A run cut at each "X" that ends its line, dropped: a sign-off table's tick after each row's name
    ("Chief Executive Paul Bloggs X"), never an initial (a surname ends a name)."""
    if not any(t.group(0) == "X" for t in tokens):
        return [tokens]
    parts, part = [], []
    for tok in tokens:
        if tok.group(0) == "X" and part and not text[tok.end():].partition("\n")[0].strip():
            parts.append(part)
            part = []
        else:
            part.append(tok)
    return [p for p in [*parts, part] if p]


LABEL_LINE_RE = re.compile(r"[A-Z][\w'’()/-]*(?:[ \t]+[\w'’()/-]+){0,4}[ \t]*:")


# A line that opens an entry of a list of people with a dash or a comma before the role: "Sam Okafor - Chief
# Executive", "Sam Okafor, Chief Executive".
ENTRY_LINE_RE = re.compile(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]*){1,3}[ \t]+[-–—][ \t]+\S"
                           # ... or a comma: "... Strong Start and Integration" | "Fiona Weston-Lee, Head of SEND"
                           r"|(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2},[ \t]+[A-Z]")


NUMBERED_TITLE = re.compile(r"[ \t]*\d{1,3}(?:\.\d{1,2})*\.?[ \t]+[A-Z]")


def _numbered_heading(line: str) -> bool:
    """"3 Public Speaking Time/Open Session": an item's numbered title."""
    return NUMBERED_TITLE.match(line) is not None and looks_like_heading(line.strip())


def _lines_apart(text: str, tokens: list[re.Match]) -> list[list[re.Match]]:
    """A run cut where it wraps onto a line that opens with a label ("Report
    author: Jo Bloggs\nPublication date: ..." is a name, then a label) or an entry
    of a list of people ("... GP Federation\nSam Okafor - Chief Executive"), or
    where two words or more stand on each side of the line break, or the line
    is an item's numbered title: a heading above a name ("4 Open Session\nJo
    Bloggs said"), not one name wrapped."""
    parts = [tokens[:1]]
    for i, (prev, tok) in enumerate(zip(tokens, tokens[1:]), start=1):
        if "\n" in text[prev.end():tok.start()] and (
                LABEL_LINE_RE.match(text, tok.start()) or (len(parts[-1]) >= 2 and len(tokens) - i >= 2)
                or ENTRY_LINE_RE.match(text, tok.start())
                or "|" in text[text.rfind("\n", 0, prev.start()) + 1:prev.start()]  # a table row ends at its line
                or _numbered_heading(text[text.rfind("\n", 0, prev.start()) + 1:prev.end()])):
            parts.append([])
        parts[-1].append(tok)
    return [p for p in parts if p]


def run_tokens(text: str, start: int, end: int) -> list[re.Match]:
    """The tokens of a run, matched in the page text so look-aheads see on."""
    tokens = []
    pos = start
    while pos < end:
        token = TOKEN_RE.match(text, pos)
        if not token:
            break
        tokens.append(token)
        sep = SEP_BETWEEN_TOKENS.match(text, token.end())
        pos = sep.end() if sep else end
    return tokens


def _is_list_marker(text: str, start: int, word: str) -> bool:
    """A lone capital with a full stop at the start of a line or after a
    bracket is a list label, unless the line above ends in a separator: then
    it is an initial of the next name of a list that wraps ("...,\nG. Bloggs")."""
    if len(word) != 2 or word[1] != "." or not "A" <= word[0] <= "Z":  # cheap first: most words are no letter
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if before.strip(" \t("):
        return False
    previous = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1:max(line_start - 1, 0)].rstrip()
    if previous.endswith((",", "&")) or re.search(r"\sand$", previous):
        return False  # a list of names wraps
    # lettered items run A., B., C.: a letter out of that run, before a name-class word, is an initial
    # ("M. Ashburn Executive Director" | "K. Lindsay Democratic Services Officer")
    letter = word[0]
    line_end = text.find("\n", start)
    following = text[line_end + 1:line_end + 4].lstrip(" \t(") if line_end >= 0 else ""
    in_sequence = letter == "A" or previous.lstrip(" \t(").startswith(chr(ord(letter) - 1) + ".") \
        or following.startswith(chr(ord(letter) + 1) + ".")
    name_next = INITIALLED_LINE_RE.match(text, start)
    return in_sequence or not (name_next and word_class(name_next.group(1)) == "name")


# an initial and a capitalised surname open the line: "K. Lindsay ..."
INITIALLED_LINE_RE = re.compile(r"[A-Z]\.[ \t]+([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*)\b(?![ \t]+(?:the|a|an|to|of)\b)")


def is_full_name(words: list[str]) -> bool:
    """Two to five words ending in a surname: "Helen Marchbank", "R W Pollitt"."""
    if not 2 <= len(words) <= 5 or is_initial(words[-1]):
        return False
    return sum(not is_initial(w) for w in words) <= 4


def clean_name(text: str) -> str:
    """Whitespace collapsed, trailing postnominals and punctuation dropped."""
    words = text.replace("\u00a0", " ").split()
    while words and words[-1].strip(",.").lower() in POSTNOMINALS:
        words.pop()
    return " ".join(words).strip(" ,")


def name_parts(name: str) -> tuple[str | None, list[str], str]:
    """(honorific, given names or initials, surname) of a cleaned name."""
    words = clean_name(name).split()
    honorific = None
    while words and words[0].lower().strip(".") in HONORIFICS:
        honorific = words.pop(0)
    if not words:
        return honorific, [], ""
    return honorific, words[:-1], words[-1]


def person_key(name: str) -> tuple[str, str]:
    """(surname, first initial or ""): the guidelines' identity of a person."""
    _, given, surname = name_parts(name)
    initial = given[0][0].lower() if given else ""
    return surname.lower().replace("’", "'"), initial


def fullness(name: str) -> tuple[int, int, int]:
    """How complete a name form is: full given name first, then word count."""
    _, given, _ = name_parts(name)
    full_given = sum(not is_initial(w) for w in given)
    return (int(full_given > 0), len(given), len(name))


def display_name(name: str) -> str:
    """The name without honorifics, unless the honorific is all that makes
    it a name ("Mr Thornbury", "Councillor Quarrendon")."""
    honorific, given, surname = name_parts(name)
    if given:
        return " ".join(given + [surname])
    return f"{honorific} {surname}" if honorific else surname
