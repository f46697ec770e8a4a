"""One row per person per document, however often and however they are named.

"Mr R Pollitt", "Roger Pollitt" and "Mr Pollitt" are one person: mentions share
the guidelines' key (surname and first initial), and a mention by surname
alone joins the one person of that surname, if there is just one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from pipeline.extract.people.contacts import address, email_fits, emails_in
from pipeline.extract.people.finders import Mention
from pipeline.extract.people.lexicon import MEMBER_HONORIFICS
from pipeline.extract.people.names import display_name, fullness, name_parts, person_key
from pipeline.extract.people.decide import decide_kind, person_evidence
from pipeline.records import Person


@dataclass
class Group:
    surname: str
    initial: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> Mention:
        return min(self.mentions, key=lambda m: (m.page, m.start))

    @property
    def role(self) -> str | None:
        """The role stated at the first mention that states one."""
        return next((m.role for m in sorted(self.mentions, key=lambda m: (m.page, m.start)) if m.role), None)

    @property
    def member_titled(self) -> bool:
        return any(m.honorific and m.honorific.lower().strip(".") in MEMBER_HONORIFICS for m in self.mentions)

    @property
    def kind(self) -> str:
        return self.decision[0]

    @property
    def decision(self):
        """(kind, evidence) from the stated role and every mention's context, in order."""
        ordered = sorted(self.mentions, key=lambda m: (m.page, m.start))
        return decide_kind(self.role, "Councillor" if self.member_titled else None,
                           [cue for m in ordered for cue in m.cues])


def merge(mentions: list[Mention], pages: dict[int, str]) -> list[Person]:
    groups = group_mentions(mentions)
    emails = [address(e) for text in pages.values() for e in emails_in(text)]
    return [to_person(g, pages, emails) for g in sorted(groups, key=lambda g: (g.first.page, g.first.start))]


def group_mentions(mentions: list[Mention]) -> list[Group]:
    """Mentions with a given name or initial first, then surname-only ones,
    which join the person they can only mean; one that could mean two
    people ("Mr Garside" beside J and L Garside) is left out, as it names no
    one new."""
    by_key: dict[tuple[str, str], Group] = {}
    ordered = sorted(mentions, key=lambda m: (m.page, m.start))
    for mention in ordered:
        surname, initial = person_key(mention.name)
        if initial and surname:
            by_key.setdefault((surname, initial), Group(surname, initial)).mentions.append(mention)
    named = [g for g in by_key.values()]
    for mention in ordered:
        surname, initial = person_key(mention.name)
        if initial or not surname:
            continue
        same = same_person(mention, named)
        if len(same) > 1:
            continue
        target = same[0] if same else by_key.setdefault((surname, ""), Group(surname, ""))
        target.mentions.append(mention)
    return list(by_key.values())


def same_person(mention: Mention, groups: list[Group]) -> list[Group]:
    """The named people a surname-only mention can be: same surname (or a
    one-letter slip of it: "Dr Fellgat" for "Ian Fellgate"), a title of the same
    sex when that settles it, and never a councillor joining an officer."""
    surname, _ = person_key(mention.name)
    same = [g for g in groups if g.surname == surname]
    if not same:
        same = [g for g in groups if len(surname) >= 4 and g.surname[:1] == surname[:1]
                and SequenceMatcher(None, g.surname, surname).ratio() >= 0.8]
    if mention.honorific and mention.honorific.lower() in MEMBER_HONORIFICS:
        same = [g for g in same if g.member_titled or g.kind == "member"]
    if len(same) > 1 and mention.honorific:
        sex = title_sex(mention.honorific)
        same = [g for g in same if sex in {title_sex(m.honorific) for m in g.mentions if m.honorific}] or same
    return same


def title_sex(honorific: str) -> str | None:
    low = honorific.lower().strip(".")
    return "m" if low in ("mr", "sir", "lord") else "f" if low in ("mrs", "ms", "miss", "dame", "lady") else None


def to_person(group: Group, pages: dict[int, str], emails: list[str]) -> Person:
    first = group.first
    best = max(group.mentions, key=lambda m: fullness(m.name))
    email = next((m.email for m in group.mentions if m.email), None)
    if email is None and name_parts(best.name)[1]:  # an address spelling the full name, anywhere
        email = next((e for e in emails if email_fits(e, best.name)), None)
    phone = next((m.phone for m in group.mentions if m.phone), None)
    text = pages[first.page]
    kind, kind_evidence = group.decision
    found = max((m.found for m in group.mentions), key=lambda cues: sum(w for _, w in cues), default=[])
    return Person(page=first.page, char_start=first.start, char_end=first.end, quote=text[first.start:first.end],
                  name=display_name(best.name), role=group.role, kind=kind, email=email, phone=phone,
                  evidence=person_evidence(found, kind, kind_evidence))
