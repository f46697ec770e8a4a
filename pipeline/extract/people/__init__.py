"""People named in a document: who, in what role, of what kind, and how to
reach them. One row per person per document.

A run of capitalised words (names) becomes a person on evidence:
- a title before it: "Mr R W Pollitt", "Cllr Nora Quill", "Councillors
  Quarrendon, Dunsop and Thackray", "Councillor(s): J Bloggs" (finders);
- strong evidence from how councils write people: an attendance list
  ("PRESENT:", "ALSO PRESENT", "Apologies were received from"), a label
  ("Report Author:", "Contact:", "Signed:", "Proposer:"), an e-mail address
  that spells the name, a job title set off after it ("Helen Marchbank,
  Corporate Director", "Oliver Denholm\\nGeneral Counsel"), a name in
  capitals over its title ("MARTIN BLOGGS\\nCorporate Director");
- weak evidence, for candidates that also look like names (shape): a
  title after a bare space, a reporting verb ("Gareth Tulliver said");
- else spaCy's PERSON entities (ner), asked only about plausible
  candidates.
Each mention then gets its role (roles), contact details
(contacts) and a kind hint from its context (kinds); mentions
are merged into people (merge).
"""

from __future__ import annotations

import re

from pipeline.extract.people import finders
from pipeline.extract.people import ner as people_ner
from pipeline.extract.people.contacts import contact_details, email_fits, emails_in
from pipeline.extract.people.kinds import kind_hint
from pipeline.extract.people.merge import merge
from pipeline.extract.people.names import Candidate, candidates_in, clean_name, is_full_name, person_key
from pipeline.extract.people.roles import labelled_title, role_after, role_before
from pipeline.extract.people.shape import (
    DocumentWords,
    document_words,
    drop_common_tail,
    drop_title_line,
    first_two_names,
    in_address,
    in_table_row,
    name_shaped,
    names_known,
    org_word_next_to,
    plausible,
)
from pipeline.extract.common.structure import StructuredDocument
from pipeline.records import Person

# Job nouns whose plural after two names gives both the role ("Co-Chairs", "Directors").
PLURAL_ROLE_NOUNS = {"co-chair", "chair", "director", "representative", "officer", "manager", "member", "lead",
                     "governor", "trustee", "inspector", "adviser", "advisor", "commissioner"}
NER_TRIES = 2  # the same words are asked about at most this often per document


def extract(doc: StructuredDocument) -> list[Person]:
    pages = {page.page: page.text for page in doc.pages}
    words = document_words(pages)
    mentions: list[finders.Mention] = []
    unsettled: list[Candidate] = []
    for page, text in pages.items():
        found, pending = page_mentions(page, text, words)
        mentions += found
        unsettled += pending
    known = {person_key(m.name) for m in mentions}
    found = ner_mentions(pages, [c for c in unsettled if not names_known(c, known)], words)
    regions = {page: finders.attendance_regions(pages[page]) for page in {m.page for m in found}}
    for mention in found:  # the model's names get the same hints from their context
        mention.hint = kind_hint(pages[mention.page], mention, regions[mention.page])
    mentions += found
    for page, text in pages.items():
        describe(text, [m for m in mentions if m.page == page])
    return merge(mentions, pages)


def page_mentions(page: int, text: str, words: DocumentWords) -> tuple[list[finders.Mention], list[Candidate]]:
    """Mentions the patterns settle on one page, and the full-name candidates
    they leave for the model."""
    mentions = finders.honorific_mentions(page, text) + finders.plural_councillor_mentions(page, text) \
        + finders.upper_case_label_mentions(page, text) + finders.upper_case_signature_mentions(page, text, words.lower)
    taken = [(m.start, m.end) for m in mentions]
    regions = finders.attendance_regions(text)
    emails = emails_in(text)
    pending = []
    for cand in candidates_in(text, page):
        if any(a < cand.end and cand.start < b for a, b in taken):
            cand = past_taken(text, cand, taken)
            if cand is None:
                continue
        cand = drop_title_line(text, drop_common_tail(text, cand, words))
        source = settle(text, cand, regions, emails, words)
        if source:
            mentions.append(finders.Mention(page, cand.start, cand.end, clean_name(cand.text), source=source))
        elif is_full_name(cand.words) and not finders.title_continues(text, cand.start) \
                and not finders.inside_brackets(text, cand.start):
            pending.append(cand)
    for mention in mentions:
        mention.hint = mention.hint or kind_hint(text, mention, regions)
    return mentions, pending


def past_taken(text: str, cand: Candidate, taken: list[tuple[int, int]]) -> Candidate | None:
    """The words of a candidate after a name a pattern took, when two or more
    are left: "Cllr S Bloggs Vikram Stanworth, Scrutiny Officer" (two columns
    run into one line) leaves "Vikram Stanworth"."""
    end = max(b for a, b in taken if a < cand.end and cand.start < b)
    if end >= cand.end:
        return None
    pos, rest = cand.start, []
    for word in cand.words:
        pos = text.index(word, pos) + len(word)
        if pos - len(word) >= end:
            rest.append(word)
    if len(rest) < 2:
        return None
    start = text.index(rest[0], end)
    return Candidate(cand.page, start, cand.end, rest)


def settle(text: str, cand: Candidate, regions, emails, words: DocumentWords) -> str | None:
    """Which pattern, if any, vouches for a candidate name (see the module
    docstring for strong and weak evidence)."""
    if not name_shaped(cand, words):
        return None
    full = is_full_name(cand.words)
    if full and any(0 <= e.start() - cand.end < 300 and email_fits(e.group(0), cand.text) for e in emails):
        return "email"  # "Interim Corporate Director Finance Martin Oakes 01632 960066 martin.oakes@..."
    opens_list = any(not text[r[0]:cand.start].strip() for r in regions if r[0] <= cand.start)
    if org_word_next_to(text, cand, look_before=not opens_list):
        return None
    in_list = any(r[0] <= cand.start < r[1] and finders.is_list_item(text, cand.start, cand.end, r) for r in regions)
    if not full:
        # A lone surname is a person only as an attendance-list item with its role.
        return "list" if in_list and text[cand.end:cand.end + 3].lstrip().startswith("(") else None
    if finders.inside_brackets(text, cand.start):
        return None
    if in_list:
        return "list"
    if finders.field_label_before(text, cand.start):
        return "label"
    role = role_after(text, cand.start, cand.end, [])
    set_off = re.match(r"[ \t]+[^\s(,:–—-]", text[cand.end:cand.end + 3]) is None
    if role and set_off:
        return "role"
    if finders.title_continues(text, cand.start) or not plausible(text, cand, words):
        return None
    if role:
        return "role"
    return "verb" if finders.followed_by_verb(text, cand.end) else None


def ner_mentions(pages: dict[int, str], pending: list[Candidate], words: DocumentWords) -> list[finders.Mention]:
    """Candidates the patterns left, kept where spaCy sees a PERSON. Only
    plausible two-word names off table rows and address lines, and not part
    of a place's name, are asked about, and the same words at most twice:
    that keeps the model's work small and its mistakes few."""
    asked: dict[str, int] = {}
    worthy = []
    for cand in pending:
        text = pages[cand.page]
        if org_word_next_to(text, cand, across_lines=True):
            continue  # "Elizabeth Garrett Anderson Unit": the whole run names a place
        cand = first_two_names(text, cand)
        if asked.get(cand.text, 0) < NER_TRIES and plausible(text, cand, words) and not in_table_row(text, cand) \
                and not in_address(text, cand):
            asked[cand.text] = asked.get(cand.text, 0) + 1
            worthy.append(cand)
    if not worthy:
        return []
    entities = people_ner.person_spans(pages, worthy)
    return [finders.Mention(c.page, c.start, c.end, clean_name(c.text), source="ner")
            for c in worthy if people_ner.confirmed(c, entities.get(c.page, []), pages[c.page])]


def describe(text: str, mentions: list[finders.Mention]) -> None:
    """Each mention's role and contact details, read up to the next name."""
    starts = sorted(m.start for m in mentions)
    names = [m.name for m in mentions]
    for mention in mentions:
        following = [s for s in starts if s > mention.start]
        mention.role = labelled_title(text, mention.end, min(following[:1] + [len(text)])) \
            or role_after(text, mention.start, mention.end, starts) or role_before(text, mention.start)
        others = [n for n in names if n != mention.name]
        mention.email, mention.phone = contact_details(text, mention.end, min(following[:1] + [len(text)]),
                                                       mention.name, others)
    share_plural_roles(text, mentions)
    for mention in mentions:
        mention.role = pronoun_role(text, mention) or mention.role


# "..., with the Westshire Parent Carer Forum, whose chair, Jo Bloggs, ...", "... Forum. Its chair, Jo
# Bloggs, said": a role the pronoun ties to the organisation named just before.
PRONOUN_ROLE_RE = re.compile(r"\b(?:[Ii]ts|[Ww]hose|[Tt]heir)[ \t]+((?:co-)?chair(?:man|woman|person)?|vice[- ]chair"
                             r"|chief[ \t]+executive|director|manager|coordinator|co-ordinator)[ \t]*,?[ \t]*$")
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
