"""Where council papers name people, read with patterns: titles before
names ("Mr R W Pollitt", "Councillors Quarrendon, Dunsop and Thackray"),
attendance lists ("PRESENT:", "Apologies were received from"), party lines
of members lists ("LABOUR: ..."), labels ("Report Author:", "Ask for:",
"CONTACT" before a name in capitals), a name in capitals over its title
("MARTIN BLOGGS\nCorporate Director") and reporting verbs ("Gareth Tulliver
said")."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from pipeline.extract.people.lexicon import (
    ATTENDANCE_LABELS,
    FUNCTION_WORDS,
    HONORIFICS,
    PARTY_WORDS,
    PLACE_SUFFIXES,
    REPORTING_VERBS,
    ROLE_WORDS,
)
from pipeline.extract.people.names import (
    LABEL_LINE_RE,
    NEXT_TOKEN_RE,
    SEP,
    TOKEN,
    TOKEN_RE,
    clean_name,
    is_initial,
    opens_name,
    word_class,
)
from pipeline.extract.people.roles import is_person_label, starts_like_role

# The lexicon's honorifics as written before a name ("Cllr", "Prof"), longest first. Each use follows
# the group with a word's end, so only one of them can match at a place and their order changes nothing.
HONORIFIC = "(?:" + "|".join(sorted((h.title() for h in HONORIFICS), key=lambda h: (-len(h), h))) + ")"
HONORIFIC_RE = re.compile(rf"(?<![\w-]){HONORIFIC}\.?(?=[ \t\n])")
# A personal title opening an item of a list of councillors.
PERSONAL_TITLE_RE = re.compile(r"[ \t]*\n?[ \t]*(?:Mrs|Mr|Ms|Miss|Mx|Dr)\.?[ \t]+(?=[A-Z])")
# "Councillors R Tindall, ...", and as lists label them: "Councillors: Adams, ...", "Councillor(s): J Bloggs".
PLURAL_COUNCILLORS_RE = re.compile(r"(?<![\w-])(?:[Cc]ouncillors|Cllrs\.?|(?:Councillor|Cllr)\(s\))(?:[ \t]*[:–—])?(?=[ \t\n])")
PARTIES = "|".join(sorted(PARTY_WORDS, key=len, reverse=True))
# A line of a members list that opens with a party's label: "LABOUR:", "Liberal Democrat Group -".
PARTY_LINE_RE = re.compile(rf"(?im)^[ \t*•·-]*(?:the[ \t]+)?(?:{PARTIES})(?:[ \t]+(?:{PARTIES}))*(?:[ \t]+uk)?"
                           rf"(?:[ \t]+(?:group|party|members?|councillors))?"
                           rf"[ \t]*(?::|–|—|-(?=[ \t]))[ \t]*")
# Matched at a position rather than on a slice ``text[pos:]``: a slice copies the rest of the
# page, once per name, which is quadratic on a long page.
LINE_GAP_RE = re.compile(r"[ \t]*\n?[ \t]*")
ITEM_NUMBER_RE = re.compile(r"[ \t]*\d{1,3}[.)]?[ \t]")  # "12. Declarations": a minute's number opens the next item
SEP_RE = re.compile(SEP)
SPACES_TABS_RE = re.compile(r"[ \t]*")
BLANKS_RE = re.compile(r"[ \t\n]*")
WHITESPACE_RE = re.compile(r"\s*")  # what str.lstrip() strips
ROLE_IN_BRACKETS_RE = re.compile(r"[ \t]*\([^()\n]{1,60}\)")
APOLOGIES_STOP_RE = re.compile(r"\.(?:\s|$)|\n[ \t]*\n")
LIST_SEP_RE = re.compile(r"[ \t]*(?:,[ \t\n]*(?:and[ \t\n]+)?|[ \t\n]+and[ \t\n]+|[ \t]*&[ \t]*)")
# A mark before each name of a list, saying who was present ("* Jo Bloggs * Sam Stanworth", a "•" or
# tick): it opens the list and parts its names, on a line or across the lines of a grid.
PRESENCE_MARK_RE = re.compile(r"[ \t]*\n?[ \t]*[*•✓✔][ \t]*(?=[A-Z])")
LABELS = "|".join(sorted((re.escape(k) for k in ATTENDANCE_LABELS), key=len, reverse=True))
# "PRESENT:", "In attendance (virtually):", a line of its own "Members".
# What opens a list after a label with no colon: a title, or two capitalised words not a label's.
BARE_LIST_OPENING = (rf"(?-i:(?={HONORIFIC}\b|Councillors\b|[A-Z][a-z'’-]+[ \t]+[A-Z][a-z'’-]+(?![\w'’-]*:)))")
# A label in capitals in a column of its own may have no colon: "ALSO PRESENT Jo Bloggs, ..." (the
# text stage folds the gap between the columns to one space).
# A label may be qualified: "NON VOTING CO-OPTED MEMBERS", "Statutory co-opted members:".
LABEL_QUALIFIER = r"(?:(?:non[ \t-]?voting|voting|statutory|parent[ \t]+governor)[ \t]+)?"
ATTENDANCE_RE = re.compile(rf"(?im)^[ \t*#•·-]*{LABEL_QUALIFIER}(?P<label>{LABELS})\b[ \t*]*(?:\([^)\n]{{0,30}}\))?[ \t*]*"
                           rf"(?::|–|-|\n|(?P<bare>(?<=[ \t]){BARE_LIST_OPENING}))")
# Those who sit on a committee but are not councillors (GUIDELINES: other).
OUTSIDE_MEMBERS = re.compile(r"(?i)\bparent\s+governor|\bco-?opted\b|\bchurch\s+representative|\bdiocesan\b"
                             r"|\bdiocese\b|\bindependent\s+(?:person|member)")
PARAGRAPH_END_RE = re.compile(r"\n[ \t]*\n|$")  # a blank line, or the end
APOLOGIES_SENTENCE_RE = re.compile(
    r"(?i)\bapologies\b[^.\n]{0,40}?\b(?:received|submitted|given|sent|tendered)?\s*(?:from|for)\b")


# Label words that name a person's place only before a colon: "Independent Person:".
LABEL_WORDS_WITH_COLON = {"person", "representative", "representatives", "observer", "observers"}


@dataclass
class Mention:
    """One naming of a person on a page."""

    page: int
    start: int
    end: int
    name: str
    honorific: str | None = None
    role: str | None = None
    hint: str | None = None  # kind suggested by the context (a list, a label)
    source: str = ""
    email: str | None = None
    phone: str | None = None
    found: list[tuple[str, float]] = field(default_factory=list)  # the cues that made it a person
    cues: list = field(default_factory=list)  # KindCues of its context (cues.mention_cues)

NEXT_LINE_PROSE_RE = re.compile(r"[A-Z][\w'’-]*[ \t]+[a-z]")  # a line's capitalised word, then words in lower case
NEXT_LINE_NAME_RE = re.compile(rf"(?P<first>{TOKEN})[ \t]+(?P<second>{TOKEN})")  # a line's two name words


def read_name_after(text: str, pos: int, limit: int | None = None) -> tuple[int, list[str]] | None:
    """Read the name that starts at ``pos`` (after a title): initials and
    capitalised words up to the surname, no further than ``limit`` (a
    cell's end). Returns (end offset, words)."""
    words: list[str] = []
    ends: list[int] = []
    limit = len(text) if limit is None else limit
    cursor = LINE_GAP_RE.match(text, pos, limit).end()
    while len(words) < 5:
        token = TOKEN_RE.match(text, cursor, limit)
        if not token:
            break
        word, kind = token.group(0), word_class(token.group(0))
        if kind == "lead" and words and word.lower() not in FUNCTION_WORDS and "\n" not in text[ends[-1]:cursor]:
            kind = "name"  # "Mrs Kate Most"
        if kind == "surname" and not words and (opens_name(text, token.end(), word) or _name_word_next(text, token.end())):
            kind = "name"  # "Councillors Dean Aldridge, ...", "Councillor Grant Southwell": after a title, a surname
            # word with a name's word after it on its line is a given name
        only_initials = bool(words) and all(is_initial(w) for w in words)
        if kind == "stop" and len(words) == 1 and word_class(words[0]) == "name" and "\n" not in text[ends[-1]:cursor] \
                and common_word_as_surname(text, token):
            kind = "surname"  # "Councillor Lorna Vale, Cabinet Member": a lexicon word closing a titled name
        if kind in ("initial", "name") or kind == "surname" or (kind == "stop" and only_initials):
            words.append(word)
            ends.append(token.end())
        if kind not in ("initial", "name"):
            break
        if kind == "name" and len(words) > 1 and is_initial(words[-2]):
            break  # "Cllr A Bloggs Jo Stanworth, Head of SEND": initials close on one surname; what follows
            # is the next name (two columns of a members/officers list run into one line)
        sep = SEP_RE.match(text, token.end(), limit)
        if not sep:
            break
        cursor = sep.end()
        if "\n" in sep.group(0) and (LABEL_LINE_RE.match(text, cursor) or PARTY_LINE_RE.match(text, cursor)):
            break  # the next line opens with a label: "Jo Bloggs\nPublication date:", "GREEN: ..."
        if "\n" in sep.group(0) and len(words) >= 2 and not is_initial(words[-1]) and (
                NEXT_LINE_PROSE_RE.match(text, cursor) or _opens_with_full_name(text, cursor)):
            break  # "Mrs Gail Bloggs" | "Diocese of Westshire ...", "Early years ...", "Victor Nunes (...)": a full
            # name does not run on into the next line's words (a table's next row, its category in words of lower
            # case, the next person of a list one a line)
    while words and is_initial(words[-1]):
        words.pop()
        ends.pop()
    if len(words) == 4 and not any(is_initial(w) for w in words) and "\n" not in text[pos:ends[-1]]:
        words, ends = words[:2], ends[:2]  # "Councillor Barry Bloggs Victoria Stanworth (NHS ...)": two full names
        # of two columns on one row, the second untitled (no one is titled with four names and no initial)
    return (ends[-1], words) if words else None


def _name_word_next(text: str, end: int) -> bool:
    """A name's word follows on the same line ("Grant" | "Southwell")."""
    nxt = NEXT_TOKEN_RE.match(text, end)
    return nxt is not None and word_class(nxt.group(0).strip()) == "name"


def _opens_with_full_name(text: str, pos: int) -> bool:
    """The line at ``pos`` opens with two words of a name of its own ("Victor Nunes (Diocese ...)")."""
    pair = NEXT_LINE_NAME_RE.match(text, pos)
    return pair is not None and word_class(pair.group("first")) in ("name", "initial") \
        and word_class(pair.group("second")) in ("name", "surname")


# Words that close the name of a body or a place, never a person's: "Mr Smith Council", "Dr Jones Centre".
BODY_WORDS = {"council", "centre", "center", "house", "trust", "board", "group", "team", "service", "services",
              "partnership", "forum", "unit", "school", "college", "academy", "hospital", "practice", "surgery",
              "office", "committee", "fund", "award", "scheme", "project", "programme", "network", "road",
              "street", "lane", "avenue", "close", "hall", "park"}
SURNAME_END_RE = re.compile(r"[ \t]*(?:,|\((?=[A-Za-z])|–|—|\n|$)")


def common_word_as_surname(text: str, token: re.Match) -> bool:
    """A lexicon word right after a title and a given name, and set off by a comma,
    bracket, dash or the line's end, is the surname: "Councillor Lorna Vale, ...",
    "Dr Amir Moss (Chair)". Not a role's word or a body's ("Mr Jo Council")."""
    low = token.group(0).lower()
    return low not in ROLE_WORDS and low not in BODY_WORDS and low not in PLACE_SUFFIXES \
        and SURNAME_END_RE.match(text, token.end()) is not None


@functools.lru_cache(maxsize=4)  # read by the titled names and the rows of posts (``columns``) of one page
def titles_on_page(text: str) -> tuple[re.Match, ...]:
    """Every title on a page ("Mr", "Cllr", "Dr")."""
    return tuple(HONORIFIC_RE.finditer(text))


def honorific_mentions(page: int, text: str) -> list[Mention]:
    """"Mr R W Pollitt", "Cllr Nora Quill", "Dr Edwin Farquhar", "Mrs Lathbury"."""
    found = []
    chain_end: dict[int, int] = {}  # start of each title in a run of titles -> where the run ends
    for match in titles_on_page(text):
        pos = chain_end.get(match.start())
        if pos is None:  # walk a run of titles ("Cllr Dr") once, not once from each of its titles
            starts, pos = [match.start()], match.end()
            while (nxt := HONORIFIC_RE.match(text, SPACES_TABS_RE.match(text, pos).end())):
                starts.append(nxt.start())
                pos = nxt.end()
            chain_end.update(dict.fromkeys(starts, pos))
        honorifics = [match.group(0)]
        name = read_name_after(text, pos)
        if not name:
            continue
        end, words = name
        honorific = honorifics[0].rstrip(".")
        if names_a_place(text, end, honorific, words):
            continue
        if honorific.lower() in CLERGY_TITLES and (len(words) < 2 or DETERMINER_BEFORE.search(text, max(0, match.start() - 8),
                                                                                              match.start())):
            continue  # "his Father John", "Father Christmas": a clergy title takes a full name

        found.append(Mention(page, match.start(), end, clean_name(f"{honorific} {' '.join(words)}"),
                             honorific=honorific, source="honorific"))
    return found


CLERGY_TITLES = {"father", "fr", "rabbi", "imam"}
DETERMINER_BEFORE = re.compile(r"\b(?:his|her|their|my|our|your|the|a|an)[ \t]+$", re.IGNORECASE)


# Words of buildings and streets named after people: "Sir John Cass School", "Lord Street".
PLACE_NOUNS = ("School|Academy|College|University|Nursery|Street|Road|Lane|Avenue|Square|Gardens|Park|House|Hall"
               "|Hospital|Hospice|Centre|Center|Library|Museum|Church|Chapel|Unit|Ward|Building|Campus|Foundation"
               "|Primary|Infant|Junior|Estate|Close|Drive|Way|Place")
PLACE_AFTER_RE = re.compile(rf"(?:['’]s|[ \t]+[A-Z][\w-]*['’]s)?[ \t]+(?:{PLACE_NOUNS})\b")
PLACE_WORD_RE = re.compile(rf"(?:{PLACE_NOUNS})")


def names_a_place(text: str, end: int, honorific: str, words: list[str]) -> bool:
    """A title and name that are the name of a place: "Sir John Cass School",
    "Dame Alice Owen's School", "Lord Street". Never one with initials: "Mr A.
    Delves Church of England ..." is a person, then the body in the next cell."""
    if PLACE_AFTER_RE.match(text, end):
        return not any(is_initial(w) for w in words)
    return len(words) == 1 and honorific.lower() in ("lord", "lady", "sir", "dame", "st", "saint") \
        and PLACE_WORD_RE.fullmatch(words[0]) is not None


def plural_councillor_mentions(page: int, text: str) -> list[Mention]:
    """"Councillors R Tindall, S Weyman and C Ogden", "Councillors
    Quarrendon, Dunsop and Thackray" and a party's line of a members list
    ("LABOUR: Quarrendon (Chair), Dunsop and Thackray"): every name of the
    list is a councillor."""
    found = []
    # every form of PLURAL_COUNCILLORS_RE holds "ouncillor" or "Cllr": most pages have neither
    for match in PLURAL_COUNCILLORS_RE.finditer(text) if "ouncillor" in text or "Cllr" in text else ():
        found += councillor_list(page, text, match.end())
    for match in PARTY_LINE_RE.finditer(text):
        if not any(m.start <= match.end() <= m.end + 1 for m in found):
            found += councillor_list(page, text, match.end())
    return found


# A two-column attendance block: the left column's list of councillors, the right column's label at the end
# of its first line ("Co-opted members:", "Officers:", "Also present:")
RIGHT_LABEL_RE = re.compile(r"[ \t]*[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}[ \t]*:[ \t]*")
COLUMN_SEP_RE = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*)")
# in such a column, a name ends at a separator, its role in brackets, the line's end or the other column's
# next entry (a title or a capitalised word), never before a word in lower case ("Diocese of ...")
COLUMN_ITEM_END_RE = re.compile(rf"[ \t]*(?:,|\(|&|\n|$|and[ \t]|{HONORIFIC}\.?[ \t]|[A-Z])")
COLUMN_NEXT_RE = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*(?:,|and[ \t]|&)|[A-Z][\w'’-]+[ \t]*(?:,|and[ \t]|&|\())")
COLUMN_LINES = 8  # lines a left column's list may run over


def councillor_list(page: int, text: str, pos: int) -> list[Mention]:
    """The names of a list of councillors that starts at ``pos``: names or
    initials and surnames, each perhaps with its role in brackets, separated
    by commas and "and"; a line that opens with a party's label carries the
    list on ("GREEN: Penhallow"). A list that titles its first name ("Mrs J
    Bloggs") titles them all so."""
    found = []
    pos = _after_party_label(text, pos)
    marked = PRESENCE_MARK_RE.match(text, pos)
    pos = marked.end() if marked else pos
    titled = PERSONAL_TITLE_RE.match(text, pos) is not None  # "Councillors Mrs J Bloggs, Mr S Stanworth and ..."
    first_line_end = text.find("\n", pos)
    columns = False  # the list is the left column of two, the lines' ends another column's
    pending = False  # the list's last separator was a comma: more names are to come
    jumps = 0
    while True:
        title = PERSONAL_TITLE_RE.match(text, pos) if titled else None
        pos = title.end() if title else pos
        if columns and (role := ROLE_IN_BRACKETS_RE.match(text, pos)) and (sep := COLUMN_SEP_RE.match(text, role.end())):
            pos = sep.end()  # "Moxon" | ... | "(substitute for Councillor Latham)," on the next line: its role
            pending = "and" not in sep.group(0) and "&" not in sep.group(0)
            continue
        name = read_name_after(text, pos)
        if name and columns and not COLUMN_ITEM_END_RE.match(text, name[0]):
            name = None  # "Diocese of Sheffield representative)": the other column's words
        if not name:
            # "Councillors Thorncliffe (Chair), Co-opted members:" | "Denby-Hale, Holdroyd, Moxon Mr R. Tankersley":
            # a list in the left column of an attendance block, another column's label at the first line's end
            line_end = text.find("\n", pos)
            if not pending or line_end == -1 or jumps >= COLUMN_LINES:
                break
            if not columns and not (found and line_end == first_line_end
                                    and RIGHT_LABEL_RE.fullmatch(text, SPACES_TABS_RE.match(text, pos).end(), line_end)):
                break
            columns, jumps, pos = True, jumps + 1, line_end + 1
            continue
        end, words = name
        start = WHITESPACE_RE.match(text, pos).end()
        found.append(Mention(page, start, end, clean_name("Councillor " + " ".join(words)),
                             honorific="Councillor", source="councillors"))
        role = ROLE_IN_BRACKETS_RE.match(text, end)
        after = role.end() if role else end
        sep = LIST_SEP_RE.match(text, after)
        mark = PRESENCE_MARK_RE.match(text, after) if marked else None
        if sep and (sep.group(0).strip() or "and" in sep.group(0)):
            pos = sep.end()
            pending = sep.group(0).strip() == ","
        elif columns and pending and jumps < COLUMN_LINES and (line_end := text.find("\n", after)) != -1 \
                and COLUMN_NEXT_RE.match(text, line_end + 1):
            # "..., Moxon Mr R. Tankersley (Church of England": the name closes the left cell; the list goes on
            # on the next line (its role, "(substitute for ...)," or the next name)
            jumps, pos = jumps + 1, line_end + 1
        elif mark:
            pos = mark.end()
        elif PARTY_LINE_RE.match(text, BLANKS_RE.match(text, after).end()) \
                and text.startswith("\n", SPACES_TABS_RE.match(text, after).end()):
            pos = after
        elif role and re.match(r"[ \t]+[A-Z]\.?[ \t]+[A-Z][a-z]", text[after:after + 8]):
            pos = after  # "D Richardson (Chair) R Healey, ...": the comma lost after a bracketed role
        else:
            break
        pos = _after_party_label(text, pos)
        if not titled and HONORIFIC_RE.match(text, WHITESPACE_RE.match(text, pos).end()):
            break
    return found


def _after_party_label(text: str, pos: int) -> int:
    """Past a party's label that opens a line of a members list ("LABOUR:",
    "Liberal Democrat Group -"), if one follows ``pos``."""
    label = PARTY_LINE_RE.match(text, LINE_GAP_RE.match(text, pos).end())
    return label.end() if label else pos


UPPER_WORD = r"(?:[OD]['’])?[A-Z][A-Z]+(?:-[A-Z]{2,})*"
# "CONTACT JILL BLOGGS – 01632 960000", "Contact officer: JO BLOGGS, tel ...": a name in capitals
# after a label, ending where the contact details or the line do.
UPPER_NAME_RE = re.compile(
    rf"(?i:\b(?P<label>contact(?:[ \t]+officer)?|report[ \t]+author|author|ask[ \t]+for|enquiries[ \t]+to|"
    rf"lead[ \t]+officer))[ \t]*[:–—-]?[ \t]*(?P<name>{UPPER_WORD}(?:[ \t]+{UPPER_WORD}){{1,2}})"
    rf"(?=[ \t]*(?:[,–—(|;-]|\n|$|\+?\d|(?i:tel|phone|e-?mail|on)\b))")


def upper_case_label_mentions(page: int, text: str) -> list[Mention]:
    """A name written in capitals after a contact or author label, as
    footers and headers print them: "CONTACT JILL BLOGGS – 01632 960000"."""
    found = []
    for match in UPPER_NAME_RE.finditer(text):
        words = match.group("name").split()
        if not _names_in_capitals(words):
            continue  # "CONTACT DEMOCRATIC SERVICES": a team, not a person
        found.append(Mention(page, match.start("name"), match.end("name"), " ".join(w.title() for w in words),
                             source="label", hint="officer"))
    return found


# "MARTIN BLOGGS\nCorporate Director – ...": a name in capitals on a line of its own, over its title,
# as reports are signed off.
UPPER_SIGNATURE_RE = re.compile(rf"(?m)^[ \t]*(?P<name>{UPPER_WORD}(?:[ \t]+{UPPER_WORD}){{1,2}})[ \t]*\n[ \t]*(?P<next>[^\n]+)")


def upper_case_signature_mentions(page: int, text: str, lower_words: set[str]) -> list[Mention]:
    """A name in capitals over a job title: "MARTIN BLOGGS\nCorporate
    Director – Children's Services". Headings in capitals are lexicon words
    ("EXECUTIVE SUMMARY") or words the document also writes in lower case."""
    found = []
    for match in UPPER_SIGNATURE_RE.finditer(text):
        words = match.group("name").split()
        if not _names_in_capitals(words) or any(w.lower() in lower_words for w in words) \
                or not starts_like_role(match.group("next"), within=4, article=False):
            continue
        found.append(Mention(page, match.start("name"), match.end("name"), " ".join(w.title() for w in words),
                             source="signature"))
    return found


# "(Signed) M. DIXON-HEALD,\nChairman.", "Signed: J. Bloggs (Chair)": minutes signed by their chair,
# with the initial the body of the minutes leaves out ("Councillor Dixon-Heald in the Chair").
CHAIR_SIGNATURE_RE = re.compile(
    rf"(?m)^[ \t]*(?i:\(?signed\)?[ \t]*:?[ \t]*)?(?P<name>(?:[A-Z]\.?[ \t]*){{1,3}}[ \t]"
    rf"(?:{UPPER_WORD}|[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*))[ \t]*[,(]?[ \t]*\n?[ \t]*"
    rf"(?i:chair(?:man|woman|person)?)\b")


def chair_signature_mentions(page: int, text: str) -> list[Mention]:
    """The chair's signature under minutes: initials and a surname, then "Chairman"."""
    found = []
    for match in CHAIR_SIGNATURE_RE.finditer(text):
        words = match.group("name").replace(".", " ").split()
        if word_class(words[-1].title()) not in ("name", "surname"):
            continue
        found.append(Mention(page, match.start("name"), match.end("name"),
                             " ".join(w if len(w) == 1 else w.title() for w in words),
                             role="Chairman", source="signature", hint="member"))
    return found


# "COUNCILLOR MRS S WOOLLEY-PARR (CHAIRMAN)": a councillor in capitals, as some minutes print the chair.
UPPER_COUNCILLOR_RE = re.compile(
    rf"\b(?:COUNCILLOR|CLLR)\.?[ \t]+(?:(?:MRS|MR|MS|MISS|DR)\.?[ \t]+)?"
    rf"(?P<name>(?:[A-Z]\.?[ \t]+){{0,3}}{UPPER_WORD}(?:[ \t]+{UPPER_WORD})?)(?=[ \t]*(?:[(,;]|\n|$|AND\b))"
    # a header line that wraps inside the name: "... EDUCATION: COUNCILLOR MARCUS\nDAVENTRY-HOLT"
    rf"(?:[ \t]*\n[ \t]*(?P<wrapped>{UPPER_WORD})(?=[ \t]*(?:\(|\n|$)))?")


def upper_case_councillor_mentions(page: int, text: str) -> list[Mention]:
    """A councillor written in capitals with the title: "COUNCILLOR MRS S WOOLLEY-PARR (CHAIRMAN)"."""
    found = []
    for match in UPPER_COUNCILLOR_RE.finditer(text) if "COUNCILLOR" in text or "CLLR" in text else ():
        words = match.group("name").replace(".", " ").split()
        end = match.end("name")
        if match.group("wrapped") and len(words) == 1:  # a given name alone on its line: the surname wrapped
            words.append(match.group("wrapped"))
            end = match.end("wrapped")
        full = [w for w in words if len(w) > 1]
        if not full or not all(word_class(w.title()) in ("name", "surname") for w in full):
            continue  # "COUNCILLOR REPORTS": a heading, not a name
        found.append(Mention(page, match.start("name"), end, " ".join(w.title() for w in words),
                             honorific="Councillor", source="honorific", hint="member"))
    return found


# A row of a report's sign-off table ("Contributors/Checkers/Approvers", "Clearance"): the role, the name,
# the date it was signed ("Monitoring Officer | Jo Bloggs | 24/10/2024", "Head of Finance Sam Stanworth
# 3 March 2024"). The date closes the line; the name is the two or three words before it.
SIGN_OFF_DATE_RE = re.compile(r"(?m)[ \t]*(?:\||[-–—](?=[ \t]))?[ \t]*(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
                              r"|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{4})[ \t]*\|?[ \t]*$")
NUMBER_RE = re.compile(r"\b\d+\b")  # "(S.151 Officer)": a number is no word of a role
# A sign-off row's first cell that asks who signed: "Is it also signed off by the Service Director for Finance?",
# "Date signed off by Strategic Director & name": the post is what follows "signed off by".
SIGNED_OFF_BY_RE = re.compile(r"(?i)\bsigned[ \t]+off[ \t]+by[ \t]+(?:the[ \t]+)?(?P<post>[^?|]+?)[ \t]*(?:&[ \t]*name)?[ \t]*\??$")
SIGN_OFF_NAME_RE = re.compile(r"(?P<role>[A-Z][^\n]{2,120}?)[ \t]*\|?[ \t]+(?P<name>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
                              r"(?:[ \t]+[A-Z]\.?)?[ \t]+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*)")


SIGN_OFF_HEADER_RE = re.compile(r"(?im)^[ \t|]*(?:office|service|role|post|title|department|area|team|signed\s+off\s+by)"
                                r"[ \t|]+name[ \t|]+date(?:\s+signed)?[ \t|]*$")
SIGN_OFF_ROWS = 8  # rows a sign-off table's header reaches


def sign_off_row_mentions(page: int, text: str) -> list[Mention]:
    """An officer in a row of a sign-off table: "Chief Finance Officer (S.151 Officer) | Jo Bloggs |
    25/10/2024". The role must read as one and the name's words as a name's."""
    found = []
    headers = None
    for date in SIGN_OFF_DATE_RE.finditer(text) if "/" in text or "20" in text else ():
        line_start = text.rfind("\n", 0, date.start()) + 1
        if date.group(0).lstrip()[:1] in "-–—" and "|" not in text[line_start:date.start()]:
            continue  # "Jo Bloggs, Lead Enterprise Architect – 28 March 2025": a signature, not a table's row
        row = SIGN_OFF_NAME_RE.fullmatch(text, line_start, date.start())
        if not row:
            continue
        role = row.group("role").strip(" \t|")
        if (asked := SIGNED_OFF_BY_RE.search(role)) is not None:
            role = asked.group("post")
        words = row.group("name").split()
        if headers is None:
            headers = [h.end() for h in SIGN_OFF_HEADER_RE.finditer(text)] if "ame" in text else []
        # under a header naming the columns ("Office Name Date"), the first cell is the office signing, a
        # service's name ("Legal Services", "Governance") as well as a job title
        headed = any(h < line_start and text.count("\n", h, line_start) <= SIGN_OFF_ROWS for h in headers)
        if not (headed or starts_like_role(NUMBER_RE.sub("", role), article=False)) or not all(word_class(w.rstrip(".")) in ("name", "initial")
                                                               for w in words[:-1]) \
                or word_class(words[-1]) not in ("name", "surname"):
            continue
        found.append(Mention(page, row.start("name"), row.end("name"), " ".join(words), role=role,
                             source="sign-off"))
    return found


def _names_in_capitals(words: list[str]) -> bool:
    """Every word a name's word once title-cased, the last perhaps a surname word ("JO HALL")."""
    return all(word_class(w.title()) == "name" or (i == len(words) - 1 and word_class(w.title()) == "surname")
               for i, w in enumerate(words))


# "(Verified by Jo Bloggs, Finance Business Partner.)", "(Checked by ...)", "(Signed off by ...)", "(supplied by ...)": a report's
# implications signed in brackets, with no colon; the words may wrap over a line ("(Verified\nby Jo Bloggs")
SIGNED_IN_BRACKETS = re.compile(r"\(\s*((?:[A-Za-z]+\s+){0,3}?(?:[Vv]erified|[Cc]hecked|[Ss]igned(?:\s+off)?|[Cc]leared"
                                r"|[Pp]repared|[Cc]onfirmed|[Aa]pproved|[Ss]upplied|[Pp]rovided)\s+by)\s*$")
SIGNED_REACH = 60


def signed_in_brackets(text: str, start: int) -> str | None:
    """The sign-off words a name follows in brackets ("(Verified by "), lower-cased."""
    found = SIGNED_IN_BRACKETS.search(text, max(0, start - SIGNED_REACH), start)
    return " ".join(found.group(1).lower().split()) if found else None


def field_label_before(text: str, start: int) -> str | None:
    """The label a name follows: "Contact: ", "Report Author:\\n", "Ask for:",
    "Implications verified by:", "Lead Directors\\n", "(Verified by ". Returns it lower-cased."""
    if text.rfind("(", max(0, start - SIGNED_REACH), start) >= 0 and (signed := signed_in_brackets(text, start)):
        return signed
    line_start = text.rfind("\n", 0, start) + 1
    same_line = text[line_start:start]
    label = re.search(r"([A-Za-z][A-Za-z ()/'’]{0,40}?)\s*[:\-–]\s*(?:\*\*)?\s*$", same_line)
    if label is None and not same_line.strip(" \t*•·-"):
        prev = _line_above(text, line_start, bulleted=bool(same_line.strip(" \t")))
        label = re.fullmatch(r"(?:\d+\.?\s+)?([A-Za-z][A-Za-z ()/'’]{0,40}?)\s*:?", prev)
    if not label:
        return None
    words = re.findall(r"[a-z]+", label.group(1).lower())
    if words and words[-1] in LABEL_WORDS_WITH_COLON and not label.group(0).rstrip(" \t*").endswith((":", "-", "–")):
        return None  # "Employer\nRepresentative\nPanels": a wrapped table cell, not "Parent representative:"
    return " ".join(words) if is_person_label(words) else None


def _line_above(text: str, line_start: int, bulleted: bool) -> str:
    """The line above a name's line; past blank lines when the name is a bullet
    item, and past the bullet items above it up to the list's label ("SEND
    Advisers:\n\n• Jo Bloggs (DfE)\n• Sam Stanworth (NHS England)")."""
    for _ in range(8 if bulleted else 1):
        prev_end = line_start - 1
        if prev_end < 0:
            return ""
        line_start = text.rfind("\n", 0, prev_end) + 1
        prev = text[line_start:prev_end].strip(" \t*")
        if not bulleted or (prev and not re.match(r"[•·▪-][ \t]", prev)):
            return prev
    return ""


# "Jo Bloggs made a statement on behalf of ...", "read out a deputation", "spoke on behalf of local parents":
# what the public does at a meeting (councillors are titled; officers present reports)
STATEMENT_VERBS = re.compile(
    r"[ \t]*,?[ \t\n]*(?:(?:made|read(?:[ \t]+out)?|gave|delivered|presented|submitted)[ \t]+(?:a|her|his|their)[ \t]+"
    r"(?:(?:short|brief|written|joint)[ \t]+)?(?:statement|deputation|petition)\b"
    r"|spoke[ \t]+on[ \t]+behalf[ \t]+of[ \t]+(?:a[ \t]+group[ \t]+of[ \t]+)?(?:local[ \t]+)?"
    r"(?:parents|residents|families|carers|campaigners|the[ \t]+(?:[\w'’-]+[ \t]+){0,5}?(?:forum|campaign|association|group)\b))")


def followed_by_verb(text: str, end: int) -> bool:
    """"Gareth Tulliver said", "Helen Marchbank explained", "Alan Birtwistle, who", "Jo Bloggs
    made a statement"."""
    match = re.match(r"[ \t]*,?[ \t\n]*([a-z][a-z-]+)", text[end:end + 30])
    return bool(match) and (match.group(1) in REPORTING_VERBS or STATEMENT_VERBS.match(text, end) is not None)


def title_continues(text: str, start: int) -> bool:
    """True when the candidate carries on a title or an organisation name:
    "Portfolio Holder for Town Centres", "Director of Children's Services"."""
    before = text[max(0, start - 60):start]
    return re.search(r"[A-Z][\w'’]*\s+(?:for|of)\s+(?:the\s+)?$", before) is not None


def inside_brackets(text: str, start: int) -> bool:
    """True when a bracket opened before ``start`` is still open and closes
    after it, within the same paragraph: a bracket someone forgot to close
    ("Head of Commissioning (Mental Health, ...\n\nJamie Wike") holds no one."""
    opened = text.rfind("(", max(0, start - 120), start)
    if opened < 0 or text.rfind(")", opened, start) >= 0 or re.search(r"\n[ \t]*\n", text[opened:start]):
        return False
    closing = re.search(r"[()]|\n[ \t]*\n", text[start:start + 200])
    return closing is None or closing.group(0) == ")"
