"""People named in a document: who, in what role, of what kind, and how to
reach them. One row per person per document.

The package reads in three steps, each in its own module:
- candidates: what is proposed as a person. Patterns propose names outright
  (a title before a name, a councillors list: finders; the cells of an
  attendance block set in columns, which one step cuts and one reader
  reads: columns); every other run of
  capitalised words (names) collects cues for and against being a name, from
  how councils write people (an attendance block, a label, an e-mail address
  that spells the name, a job title set off after it, a reporting verb, an
  item of a list of names) and its shape (shape); spaCy (ner) is asked only
  about plausible full names the cues leave short.
- cues: what each mention's context says about the person's kind (the
  attendance block's label, the public forum, an honorific, a party, a
  label, a question asked), and what the stated role (roles) says.
- decide: the weights and the one threshold of each decision, and the
  evidence written into every person's row.
Mentions then get their role (roles, or the cell a grid's row gives it) and
contact details (contacts) and are merged into people (merge).
"""

from __future__ import annotations

import re

from pipeline.extract.people import attendance, columns, finders
from pipeline.extract.people.candidates import ner_mentions, page_mentions
from pipeline.extract.people.contacts import contact_details
from pipeline.extract.people.cues import forum_sections, mention_cues
from pipeline.extract.people.merge import merge
from pipeline.extract.people.lexicon import GIVEN_NAMES_ALSO_WORDS
from pipeline.extract.people.names import Candidate, clean_name, person_key, word_class
from pipeline.extract.people.roles import labelled_title, role_after, role_before
from pipeline.extract.people.shape import document_words, names_known
from pipeline.extract.common.structure import StructuredDocument
from pipeline.records import Person

# Job nouns whose plural after two names gives both the role ("Co-Chairs", "Directors").
PLURAL_ROLE_NOUNS = {"co-chair", "chair", "director", "representative", "officer", "manager", "member", "lead",
                     "governor", "trustee", "inspector", "adviser", "advisor", "commissioner"}


def extract(doc: StructuredDocument) -> list[Person]:
    pages = {page.page: page.text for page in doc.pages}
    words = document_words(pages)
    forums = forum_sections(pages)
    regions = {page: attendance_regions(text) for page, text in pages.items()}
    mentions: list[finders.Mention] = []
    unsettled: list[Candidate] = []
    for page, text in pages.items():
        found, pending = page_mentions(page, text, words, forums.get(page, []), regions[page])
        mentions += found
        unsettled += pending
    known = {person_key(m.name) for m in mentions}
    mentions += ner_mentions(pages, [c for c in unsettled if not names_known(c, known)], words)
    mentions += rows_naming_again(pages, unsettled, known, mentions)
    mentions += [m for m in map(lambda m: shared_surname_partner(pages[m.page], m, words), mentions) if m]
    for page, text in pages.items():
        on_page = [m for m in mentions if m.page == page]
        for mention in on_page:
            mention.cues = mention_cues(text, mention, regions[page], forums.get(page, []))
        describe(text, on_page, [(a, b) for a, b, _ in columns.labelled_cells(text)] if regions[page] else [],
                 columns.cell_roles(text))
    return merge(mentions, pages)


def rows_naming_again(pages: dict[int, str], unsettled: list[Candidate], known: set[tuple[str, str]],
                      mentions: list[finders.Mention]) -> list[finders.Mention]:
    """A name the document has already settled on, opening a row of its own again: "Present: ... M. Bloggs"
    and, below, a table "Board member | Representing" with "M. Bloggs Westshire Police". The row is the
    same person, and its next cell (the body represented, the post) speaks for their kind."""
    found = []
    for cand in unsettled:
        text = pages[cand.page]
        if person_key(cand.text) not in known or text[text.rfind("\n", 0, cand.start) + 1:cand.start].strip(" \t•·▪*-|"):
            continue
        if any(m.page == cand.page and m.start < cand.end and cand.start < m.end for m in mentions):
            continue
        found.append(finders.Mention(cand.page, cand.start, cand.end, clean_name(cand.text), source="row-naming-again",
                                     found=[("row-names-a-known-person", 3.0)]))
    return found


def attendance_regions(text: str) -> list[tuple[int, int, str | None]]:
    """The page's attendance lists (``attendance.attendance_regions``) and, on a page that has one, the cells of
    a block of two labelled columns: the innermost region of a name in one (``cues.list_cues``)."""
    regions = attendance.attendance_regions(text)
    return regions + columns.labelled_cells(text) if regions else regions


# "Barry and Lynne Pentlow", "by Jo & Sam Bloggs": a given name alone, then "and", then a full name, at
# the start of a line, an item or a list (nothing capitalised before it that could make it a surname).
PARTNER_BEFORE_RE = re.compile(r"(?m)(?:^|[(,;:]|\d[ \t]|\b(?:by|from|to|with)[ \t])[ \t]*"
                               r"(?P<given>[A-Z][a-z'’-]+)[ \t]+(?:and|&)[ \t]+$")


CAPITALISED_BEFORE_RE = re.compile(r"[A-Z][\w'’-]*[ \t\n]*$")


def shared_surname_partner(text: str, mention: finders.Mention, words) -> finders.Mention | None:
    """The first of two people who share the surname written once after both:
    "26 Barry and Lynne Pentlow" names Barry Pentlow too."""
    parts = mention.name.split()
    if mention.honorific or len(parts) != 2:
        return None
    match = PARTNER_BEFORE_RE.search(text, max(0, mention.start - 40), mention.start)
    if not match:
        return None
    given = match.group("given")
    if CAPITALISED_BEFORE_RE.search(text, max(0, match.start("given") - 30), match.start("given")):
        return None  # "Darren\nChristian and Dave Bloggs": "Christian" closes the name before
    if word_class(given) != "name" or (given.lower() in words.lower and given.lower() not in GIVEN_NAMES_ALSO_WORDS):
        return None
    return finders.Mention(mention.page, match.start("given"), match.end("given"), f"{given} {parts[-1]}",
                           source=mention.source, found=[("partner-shares-surname", mention.found[0][1] if mention.found else 3.0)]
                           + list(mention.found[1:]))


def describe(text: str, mentions: list[finders.Mention], cells: list[tuple[int, int]] = (),
             roles: dict[int, str] | None = None) -> None:
    """Each mention's role and contact details, read up to the next name (in a cell of a two-column
    attendance block, only in its cell: the line above ends with another column's role; in a grid whose
    rows give a name's role in a cell of its own, that cell: ``columns.cell_roles``)."""
    starts = sorted(m.start for m in mentions)
    names = [m.name for m in mentions]
    for mention in mentions:
        following = [s for s in starts if s > mention.start]
        cell_end = next((b for a, b in cells if a <= mention.start < b), None)
        if roles and mention.start in roles:
            mention.role = roles[mention.start]  # "Opposition group representative", "Headteacher, maintained primary"
        elif cell_end is not None:
            mention.role = role_after(text[:cell_end], mention.start, mention.end, starts)  # its cell's own
        else:
            mention.role = labelled_title(text, mention.end, min(following[:1] + [len(text)])) \
                or role_after(text, mention.start, mention.end, starts) or role_before(text, mention.start) \
                or mention.role  # what the reader that found it read: a sign-off row's office, a grid's tag
        others = [n for n in names if n != mention.name]
        mention.email, mention.phone = contact_details(text, mention.end, min(following[:1] + [len(text)]),
                                                       mention.name, others)
    share_plural_roles(text, mentions)
    for mention in mentions:
        mention.role = pronoun_role(text, mention) or mention.role


# "..., with the Westshire Parent Carer Forum, whose chair, Jo Bloggs, ...", "... Forum. Its chair, Jo
# Bloggs, said", "The forum's chair, Jo Bloggs, ...": a role the pronoun (or the body's noun again) ties to the
# organisation named just before (the words may wrap: "whose\nchair,").
PRONOUN_ROLE_RE = re.compile(r"\b(?:[Ii]ts|[Ww]hose|[Tt]heir|[Tt]he\s+(?:forum|group|partnership|trust|alliance|network|voice"
                             r"|charity|association|board|society)['’]s)\s+((?:co-)?chair(?:man|woman|person)?|vice[- ]chair"
                             r"|chief\s+executive|director|manager|coordinator|co-ordinator)\s*,?\s*$")
ORG_NAME_RE = re.compile(r"(?:[A-Z][\w'’-]*[ \t]+){1,5}(?:Forum|Group|Partnership|Trust|Alliance|Network|Voice"
                         r"|Charity|Association|Board|Society|Council)\b")


def pronoun_role(text: str, mention: finders.Mention) -> str | None:
    match = PRONOUN_ROLE_RE.search(text, max(0, mention.start - 40), mention.start)
    if not match:
        return None
    orgs = list(ORG_NAME_RE.finditer(text, max(0, match.start() - 300), match.start()))
    return f"{match.group(1)}, {orgs[-1].group(0).replace(chr(10), ' ')}" if orgs else None


def share_plural_roles(text: str, mentions: list[finders.Mention]) -> None:
    """"Jo Bloggs and Sam Stanworth, Co-Chairs of the Forum": a role written in
    the plural after a pair of names is both people's."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for first, second in zip(ordered, ordered[1:]):
        if first.role or not second.role or not re.fullmatch(r"[ \t]+and[ \t]+", text[first.end:second.start]):
            continue
        if any(w.endswith("s") and w[:-1] in PLURAL_ROLE_NOUNS for w in re.findall(r"[\w-]+", second.role.lower())):
            first.role = second.role
