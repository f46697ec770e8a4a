"""One row per person per document, however often and however they are named.

"Mr R Pollitt", "Roger Pollitt" and "Mr Pollitt" are one person: mentions share
the guidelines' key (surname and first initial), and a mention by surname
alone joins the one person of that surname, if there is just one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from pipeline.extract.people.cues import ACADEMIC_TITLES
from pipeline.extract.people.contacts import address, email_fits, emails_in
from pipeline.extract.people.finders import Mention
from pipeline.extract.people.lexicon import MEMBER_HONORIFICS
from pipeline.extract.people.names import display_name, fullness, is_initial, name_parts, person_key
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
        # (a councillor's title speaks first; else a professor's, which tells an independent chair)
        academic = next((m.honorific for m in ordered if m.honorific and m.honorific.lower().strip(".") in ACADEMIC_TITLES), None)
        return decide_kind(self.role, "Councillor" if self.member_titled else academic,
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
    tails = double_surnames(ordered)
    for mention in ordered:
        surname, initial = person_key(mention.name)
        if mention.honorific and (tail := tails.get(" ".join(name_parts(mention.name)[1:2][0] + [surname]).lower())):
            by_key.setdefault(tail, Group(*tail)).mentions.append(mention)  # "Councillor Coakley Webb"
            continue
        if initial and surname:
            by_key.setdefault((surname, initial), Group(surname, initial)).mentions.append(mention)
    join_misspelt(by_key)
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


def double_surnames(mentions: list[Mention]) -> dict[str, tuple[str, str]]:
    """Two-word surnames written without a hyphen ("Pauline Coakley Webb"): the last two
    words of a name of three or more, where a titled mention elsewhere uses just them
    ("Councillor Coakley Webb"); mapped to the person's key."""
    tails: dict[str, tuple[str, str]] = {}
    for mention in mentions:
        _, given, surname = name_parts(mention.name)
        if len(given) >= 2 and not any(is_initial(w) for w in given[1:]):
            tails.setdefault(f"{given[-1]} {surname}".lower(), person_key(mention.name))
    return tails


def one_edit_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed: "sleight" and "sleigh"."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def join_misspelt(by_key: dict[tuple[str, str], Group]) -> None:
    """"Nina Sleight, Service Director" and, later, "Nina Sleigh thanked ...": the
    same given initial and a surname (of six letters or more) one letter apart is
    one person, misspelt once, where one spelling comes with a role (the person
    introduced) and the other without (the person referred back to); the
    spelling with the role is kept."""
    by_initial: dict[str, list[tuple[str, str]]] = {}
    for key in by_key:
        if key[1] and len(key[0]) >= 6:
            by_initial.setdefault(key[1], []).append(key)
    for keys in by_initial.values():
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                if a not in by_key or b not in by_key or not one_edit_apart(a[0], b[0]):
                    continue
                first, second = by_key[a], by_key[b]
                if bool(first.role) == bool(second.role):
                    continue  # two untitled spellings may be two people (a list of speakers)
                if second.role:
                    a, b, first, second = b, a, second, first
                first.mentions += second.mentions
                del by_key[b]


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
