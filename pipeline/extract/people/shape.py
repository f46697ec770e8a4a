"""Does a run of capitalised words look like a personal name, or like a
service, a scheme, a place or a table cell?

Council papers are full of capitalised phrases ("Open Doors", "Westshire Pay
Scheme", "Safety Valve", "Ashvale Wells"), and spaCy's small model calls
many of them people. The document itself tells them apart: common words it
also writes in lower case, place words it writes before "Council" or
"School", organisation words around the phrase, figures on the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.extract.people.lexicon import (
    GIVEN_NAMES_ALSO_WORDS,
    GIVEN_NAMES_ENDING_LY,
    GIVEN_NAMES_LIKE_ADJECTIVES,
    ORG_WORDS,
    PLACE_SUFFIXES,
    ROLE_WORDS,
)
from pipeline.extract.people.roles import ROLE_QUALIFIERS
from pipeline.extract.people.names import Candidate, is_initial, person_key, word_class

# (not before "Borough Council of ...", "University of ...": that body's place is named after "of")
PLACE_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)[ \t]+(?:" + "|".join(w.title() for w in sorted(PLACE_SUFFIXES))
                             + r")\b(?![ \t]+(?:Council[ \t]+)?of\b)")
FIGURE = r"[-+]?£?\d+\.\d+|\d{1,3}(?:,\d{3})+"
# Nouns for what a person is, written before a name in news items ("Parent Lucy Bloggs").
PERSON_NOUNS = {"parent", "carer", "mum", "mother", "father", "dad", "grandparent", "resident", "pupil", "student"}
# The rest of a label that a word opens: "Date:", "Date of decision:", "Tel:".
NEXT_LABEL_RE = re.compile(r"(?:[ \t]+[a-z][\w'’-]*){0,3}[ \t]*:(?:[ \t]|$)", re.MULTILINE)


@dataclass
class DocumentWords:
    """What the whole document says about words."""

    lower: set[str] = field(default_factory=set)  # written in lower case somewhere
    places: set[str] = field(default_factory=set)  # written before "Council", "Borough", "School", ...


def document_words(pages: dict[int, str]) -> DocumentWords:
    """Common words (the document writes them in lower case, as it rarely
    writes a name's words) and place words ("Westshire County Council", "Ashvale
    District")."""
    lower = {w for text in pages.values() for w in re.findall(r"\b[a-z][a-z'’-]+\b", text)}
    places = {m.group(1).lower() for text in pages.values() for m in PLACE_BEFORE_RE.finditer(text)
              if word_class(m.group(1)) == "name"}
    return DocumentWords(lower, places)


def name_shaped(cand: Candidate, words: DocumentWords) -> bool:
    """Not a verb or an adverb first ("Building Futures", "Directly
    Elected"), and no place word of the document ("Westshire Analytics")."""
    if cand.words[0].rstrip(".") in ("St", "Saint"):
        return False  # "St Mary's School", "St John Vianney's": a saint's name is a place's
    first = cand.words[0]
    # "Mei-Ling": a hyphenated word capitalised after its hyphen is a name's, not a verb's ("Co-ordinating")
    return (HYPHENATED_NAME.fullmatch(first) is not None or not verb_or_adverb(first.lower())) \
        and not any(w.lower() in words.places for w in cand.words)


HYPHENATED_NAME = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)+")


ING_LY_END = re.compile(r"(?:ing|ly)$")
ADJECTIVE_END = re.compile(r"(?:[^m]able|ible|ous|ful|less)$")


@lru_cache(maxsize=8192)  # a document asks about the same few hundred words thousands of times
def verb_or_adverb(word: str) -> bool:
    """"Building", "Directly", "Vulnerable", "Dangerous": an -ing or -ly word, unless
    it is one of the given names that end so ("Carly", "Emily"), or an adjective's
    ending no given name has (-able but "Mable", -ible, -ous, -ful, -less)."""
    if ING_LY_END.search(word) is not None and word not in GIVEN_NAMES_ENDING_LY:
        return True
    return ADJECTIVE_END.search(word) is not None and word not in GIVEN_NAMES_LIKE_ADJECTIVES


def plausible(text: str, cand: Candidate, words: DocumentWords, next_cell: bool = False,
              body_cell_before: bool = False) -> bool:
    """A stricter test, for names only weak evidence or the model vouches
    for: name-shaped; at most three words; the first not a word the document
    writes in lower case ("Open Doors") unless it is also a given name
    ("Mark"); not all common words ("Safety Valve"); not closed by a
    place-like word ("Assize House"); and not next to an organisation word,
    even across a line break ("Millbrook Concert\\nBand"), unless ``next_cell``: what
    follows on a numbered or grid row is the next cell ("07 Jo Bloggs Bus Gate"), nor before where the
    row's body stands in a cell of its own before the name (``body_cell_before``)."""
    first = cand.words[0].lower()
    if len(cand.words) > 3 or word_class(cand.words[-1]) == "surname" or not name_shaped(cand, words):
        return False
    if first in words.lower and first not in GIVEN_NAMES_ALSO_WORDS:
        return False
    names = [w.lower() for w in cand.words if not is_initial(w)]
    return not all(w in words.lower for w in names) \
        and not org_word_next_to(text, cand, across_lines=True, look_after=not next_cell,
                                 look_before=not body_cell_before)


GAP_ACROSS_LINES = re.compile(r"[ \t]*\n?[ \t]*")
GAP = re.compile(r"[ \t]+")
WORD_AFTER = re.compile(r"[A-Z][\w'’-]*")
WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)[ \t]+$")


def org_word_next_to(text: str, cand: Candidate, across_lines: bool = False, look_before: bool = True,
                     look_after: bool = True) -> bool:
    """The word just before or after names an organisation or a place, so the
    candidate is part of that name ("Westshire Pay Scheme", "Royal British Legion
    Westshire"). ``look_before`` is off where the word before is a list's label
    ("ALSO PRESENT Jo Bloggs"), ``look_after`` where the word after opens the
    next cell of an attendance grid ("Jo Bloggs West Shire Council")."""
    gap = (GAP_ACROSS_LINES if across_lines else GAP).match(text[cand.end:cand.end + 40]) if look_after else None
    after = WORD_AFTER.match(text[cand.end + gap.end():cand.end + 40]) if gap else None
    if after and NEXT_LABEL_RE.match(text, cand.end + gap.end() + after.end()):
        after = None  # "Signed: Jo Bloggs Date: 1 May 2024": the next cell of a table row, by its label
    before = WORD_BEFORE.search(text[max(0, cand.start - 40):cand.start]) if look_before else None
    if before and before.group(1).lower() in PERSON_NOUNS:
        before = None  # "Parent Lucy Bloggs said": what the person is, not an organisation's name
    neighbours = ([after.group(0)] if after else []) + ([before.group(1)] if before else [])
    return any(w.lower() in ORG_WORDS and w.lower() not in ROLE_WORDS for w in neighbours)


def in_table_row(text: str, cand: Candidate) -> bool:
    """A line with sums of money or several figures (three whole numbers
    will do), or a figure right after the name, is a table row: the names in
    budget tables are services and schemes."""
    line_start = text.rfind("\n", 0, cand.start) + 1
    line_end = text.find("\n", cand.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return "£" in line or len(re.findall(FIGURE, line)) >= 2 or len(re.findall(r"(?<![\w.])\d+(?![\w.])", line)) >= 3 \
        or re.match(r"[ \t]+(?:" + FIGURE + ")", text[cand.end:]) is not None


# A UK postcode: "SY2 6ND", "WS1 2AB", "N22 8JZ".
POSTCODE_RE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b")


def in_address(text: str, cand: Candidate) -> bool:
    """A line with a postcode is an address: "Priory Fordgate, Westtown, WS2
    6ND" names a street, not a person."""
    line_end = text.find("\n", cand.end)
    line = text[text.rfind("\n", 0, cand.start) + 1:line_end if line_end >= 0 else len(text)]
    return POSTCODE_RE.search(line) is not None


def shortened(text: str, cand: Candidate, keep: int) -> Candidate:
    """The candidate cut to its first ``keep`` words, located in the text."""
    end = cand.start
    for word in cand.words[:keep]:
        end = text.index(word, end) + len(word)
    return Candidate(cand.page, cand.start, end, cand.words[:keep])


def drop_common_tail(text: str, cand: Candidate, words: DocumentWords) -> Candidate:
    """"Colin Brayfield Pay" in a table: a third word the document writes in
    lower case belongs to the next cell, not to the name."""
    if len(cand.words) != 3 or cand.words[-1].lower() not in words.lower or is_initial(cand.words[1]):
        return cand
    return shortened(text, cand, 2)


def drop_title_line(text: str, cand: Candidate) -> Candidate:
    """"Priya Bloggs\nHead of SEND": a last word that opens the next line and
    goes on as a job title ("Head of", "Director, ...") is the title's, not
    the name's."""
    if len(cand.words) < 3 or is_initial(cand.words[-2]):
        return cand
    last_start = text.rfind(cand.words[-1], cand.start, cand.end)
    after = text[last_start + len(cand.words[-1]):]
    if "\n" not in text[cand.start:last_start]:
        # "Tim Oates Head of Transport": a grid's title cell run on to the name on one line
        if cand.words[-1].lower() in ROLE_WORDS and re.match(r"[ \t]+(?:of|for)[ \t]+[A-Z]", after):
            return shortened(text, cand, len(cand.words) - 1)
        return cand
    if re.match(r"[ \t]+(?:of|for)\b|[ \t]*,", after) is None:
        return cand
    return shortened(text, cand, len(cand.words) - 1)


# What opens a job title right after a name, with no comma ("Managing Director", "Commercial Manager"):
# a job noun, capitalised.
JOB_NOUN_AFTER_RE = re.compile(r"[ \t]+(?:Director|Directors|Manager|Officer|Executive|Lead|Adviser|Advisor|Partner"
                               r"|Consultant|Coordinator|Co-ordinator|Head|Chair|Secretary|Clerk|Commissioner"
                               r"|Practitioner|Specialist|Nurse|Analyst|Accountant|Administrator|Superintendent)\b")
# Endings of words that qualify a job ("Managing", "Commercial", "Executive", "Regulatory"), rarely a surname's.
QUALIFIER_ENDING_RE = re.compile(r"(?:ing|ial|al|ive|ory|ary|ic)$")


def qualifies_a_title(word: str, text: str, after: int, words: DocumentWords) -> bool:
    """Is ``word``, just before ``after`` and followed by a job noun, the first
    word of a title rather than a name's last word? "Siobhan Marchetti Managing
    Director": a title's qualifier is a word of the roles lexicon, a word the
    document writes in lower case, or has an adjective's ending."""
    if not JOB_NOUN_AFTER_RE.match(text, after):
        return False
    low = word.lower()
    return low in ROLE_QUALIFIERS or low in words.lower or QUALIFIER_ENDING_RE.search(low) is not None


def drop_title_qualifier(text: str, cand: Candidate, words: DocumentWords) -> Candidate:
    """"Jo Bloggs Managing Director, Westshire ICB" (a grid's name and title cells
    run together): a third word that opens a job title is the title's."""
    if len(cand.words) < 3 or is_initial(cand.words[-2]) or "\n" in text[cand.start:cand.end]:
        return cand
    if not qualifies_a_title(cand.words[-1], text, cand.end, words):
        return cand
    return shortened(text, cand, len(cand.words) - 1)


# A page that marks who was absent with a letter before the name ("Persons absent are marked with 'A'",
# "Absent members are marked 'A'"): the mark stands at the head of its line in the members' column.
ABSENCE_KEY_RE = re.compile(r"(?i)\b(?:absent|absence|apologies)\b[^\n]{0,40}?\bmarked\b[^\n]{0,12}?['‘’\"]?(?-i:[A-Z])['‘’\"]?")


def drop_absence_mark(text: str, cand: Candidate, key: "str | frozenset[str] | None") -> Candidate:
    """"A Philip Gunthorpe" on a page whose key says absentees are marked "A": the letter is the mark,
    not an initial. ``key`` is the marking letter (or letters) the page declares, if any. A page that
    keys two marks or more ("P: Present", "A: Apologies") sets them before every name of a grid, so a
    mark opens a name wherever it stands on its line ("P Jo Bloggs (Chair) P Sam Okafor")."""
    marks = frozenset(key or ())
    if not marks or len(cand.words) < 3 or cand.words[0] not in marks or word_class(cand.words[1]) != "name" \
            or (len(marks) < 2 and text[text.rfind("\n", 0, cand.start) + 1:cand.start].strip()):
        return cand
    return Candidate(cand.page, cand.start, cand.end, cand.words[1:])  # the span keeps the mark: it opens the item


# A key to an attendance grid's marks, a line each: "P: Present", "A = Apologies for absence submitted".
MARK_LEGEND_RE = re.compile(r"(?m)^[ \t]*([A-Z])[ \t]*[:=][ \t]*(?i:present|attended|apologies|absent|absence"
                            r"|substitute[ds]?|remote(?:ly)?|virtual(?:ly)?)\b")


def absence_mark(text: str) -> frozenset[str] | None:
    """The letters a page says mark its members' attendance: "... are marked with 'A'", or a key of two
    marks or more ("P: Present" | "A: Apologies"), if it says any."""
    marks = set(MARK_LEGEND_RE.findall(text))
    if len(marks) < 2:
        marks = set()
    if "marked" in text and (found := ABSENCE_KEY_RE.search(text)):
        marks.add(found.group(0).strip("'‘’\"")[-1])
    return frozenset(marks) or None


def opens_with_mark(text: str, name: str, end: int, marks: "frozenset[str] | None") -> bool:
    """A name a pattern read as an initial and a given name ("Councillors:" | "P Jo") on a page whose key
    makes the letter a mark, the surname following on its line: the pattern took the mark for an initial."""
    words = name.split()[-2:]  # (after the title the pattern read: "Councillors:" | "P Jo")
    return bool(marks) and len(marks) >= 2 and len(name.split()) <= 3 and words[0] in marks \
        and word_class(words[1]) == "name" and re.match(r"[ \t]+[A-Z][a-z]", text[end:end + 3]) is not None


def drop_surname_word_opening_a_name(text: str, cand: Candidate) -> Candidate:
    """"Helen Godwin West Country Combined Authority": a third word that is also a
    common word ("West", "Green", "Park") followed by more capitalised words on its line
    opens the next cell's name, not this one."""
    if len(cand.words) < 3 or is_initial(cand.words[-2]) or word_class(cand.words[-1]) != "surname" \
            or re.match(r"[ \t]+[A-Z]", text[cand.end:cand.end + 3]) is None:
        return cand
    return shortened(text, cand, len(cand.words) - 1)


def drop_place_tail(text: str, cand: Candidate, words: DocumentWords) -> Candidate:
    """"Jo Bloggs Westtown Residents" in a grid: a word after the second that
    the document names as a place ("Westtown City Council") opens the next
    cell; the name ends before it."""
    keep = next((i for i in range(2, len(cand.words)) if cand.words[i].lower() in words.places), len(cand.words))
    return shortened(text, cand, keep) if keep < len(cand.words) else cand


def first_two_names(text: str, cand: Candidate) -> Candidate:
    """What the model is asked about: two name words, with any initials
    between ("Colin Brayfield" of "Colin Brayfield Non specific ...")."""
    names = [i for i, w in enumerate(cand.words) if not is_initial(w)]
    return shortened(text, cand, names[1] + 1) if len(names) > 2 else cand


def names_known(cand: Candidate, known: set[tuple[str, str]]) -> bool:
    """True when the candidate is, or starts with, a person already found."""
    return any(person_key(" ".join(cand.words[:n])) in known for n in range(2, len(cand.words) + 1))
