"""What a personal name looks like in page text, and how two mentions of one
person are recognised as the same.

A name is a short run of capitalised words and initials ("Sarah Hammond",
"R W Gough", "Hibbert-Biles"). Job titles and organisation names are runs of
capitalised words too, so a run is cut at any word from the lexicon: what
is left are the candidate names that other rules then confirm or reject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.people_lexicon import (
    FUNCTION_WORDS,
    HONORIFICS,
    LEADING_STOPWORDS,
    NAME_LIKE_MONTHS,
    ORG_WORDS,
    POSTNOMINALS,
    RANKS,
    ROLE_WORDS,
    SURNAME_WORDS,
)

UPPER = "A-ZÀ-ÖØ-Ý"
LOWER = "a-zß-öø-ÿ"
# A capitalised word: "Hammond", "McInnes", "O'Brien", "Renner-Thompson".
NAME_WORD = rf"(?:[OD]['’])?[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?(?:-[{UPPER}][{LOWER}]+)*"
# An initial or run of initials: "R", "R.", "R.W.".
INITIAL = rf"[{UPPER}]\.?(?:[{UPPER}]\.)*"
# A word followed by ".x" is part of an address ("Tim.Woolmer@"), not a name.
TOKEN = rf"(?:{NAME_WORD}(?![\w'’-]|\.\w)|{INITIAL}(?=[ \t\n,]))"
# Words of a name sit on one line or wrap once; a blank line ends the name.
SEP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
RUN_RE = re.compile(rf"(?<![\w'’.@/-]){TOKEN}(?:{SEP}{TOKEN})*")
TOKEN_RE = re.compile(TOKEN)
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
    if low in NOT_NAME:
        return "stop"
    if low in LEADING_STOPWORDS and low not in NAME_LIKE_MONTHS:
        return "lead"
    return "name"


def split_run(tokens: list[re.Match]) -> list[tuple[int, int]]:
    """Cut one run of capitalised tokens into candidate names (token index
    ranges). Lexicon words end a candidate; a surname-like lexicon word may
    close one; function words are dropped from the front."""
    ranges: list[tuple[int, int]] = []
    begin: int | None = None
    for i, tok in enumerate(tokens):
        kind = word_class(tok.group(0))
        if kind == "lead" and begin is not None and tok.group(0).lower() not in FUNCTION_WORDS:
            kind = "name"  # "Jason Read": a sentence-opening word inside a name is a name
        if kind in ("name", "initial"):
            if begin is None:
                if tok.group(0).lower() in NAME_LIKE_MONTHS:
                    continue  # "May" opens no name
                begin = i
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


def candidates_in(text: str, page: int) -> list[Candidate]:
    """Every candidate name on a page, one or more words."""
    found = []
    for run in RUN_RE.finditer(text):
        tokens = run_tokens(text, run.start(), run.end())
        if tokens and _is_list_marker(text, run.start(), tokens[0].group(0)):
            tokens = tokens[1:]  # "A. Agree the ...": a lettered item, not an initial
        for a, b in split_run(tokens):
            found.append(Candidate(page, tokens[a].start(), tokens[b - 1].end(), [t.group(0) for t in tokens[a:b]]))
    return found


def run_tokens(text: str, start: int, end: int) -> list[re.Match]:
    """The tokens of a run, matched in the page text so look-aheads see on."""
    tokens = []
    pos = start
    while pos < end:
        token = TOKEN_RE.match(text, pos)
        if not token:
            break
        tokens.append(token)
        sep = re.compile(SEP).match(text, token.end())
        pos = sep.end() if sep else end
    return tokens


def _is_list_marker(text: str, start: int, word: str) -> bool:
    """A lone capital with a full stop at the start of a line or after a
    bracket is a list label."""
    before = text[text.rfind("\n", 0, start) + 1:start]
    return bool(re.fullmatch(r"[A-Z]\.", word)) and not before.strip(" \t(")


def is_full_name(words: list[str]) -> bool:
    """Two to five words ending in a surname: "Sarah Hammond", "R W Gough"."""
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
    it a name ("Mr Cooke", "Councillor Smith")."""
    honorific, given, surname = name_parts(name)
    if given:
        return " ".join(given + [surname])
    return f"{honorific} {surname}" if honorific else surname
