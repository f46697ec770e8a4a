"""E-mail addresses and phone numbers, and whose they are.

Contact details belong to a person when they follow the name, before the
next person named and within the same sentence or block ("Tom Whitfield,
tel: 01632 960123"); an address that spells a person's name
("helen.marchbank@...") is theirs wherever it stands near the name.
"""

from __future__ import annotations

import re

from pipeline.extract.people.names import name_parts

# An address; PDF text may wrap it before a dot ("name@example\n.gov.uk").
# or inside its first domain word, at a space or a line break ("@achievingforchil\ndren.org.uk")
EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:[ \t\n][a-z][\w-]*(?=\.[a-zA-Z]))?(?:\n?\.[a-zA-Z][\w-]*)+")
# UK numbers as councils print them: "03000 417008", "0300 0419815", "+443000412070".
PHONE_RE = re.compile(
    r"(?<![\d/.])(?:\+44[ \t]?\(?0?\)?[ \t]?\d{2,4}|\(?0\d{2,4}\)?)[ \t]?\d{3,4}[ \t]?\d{3,4}(?![\d/])")
SENTENCE_END = re.compile(r"[.!?][”\"]?\s+[A-Z]")
# A new labelled line that is not one of contact details ("Contact:", "Decision status:") ends a
# person's entry; "Tel:", "Email address", "Job title:" and the like do not.
OTHER_LABEL = re.compile(r"\n[ \t]*(?!(?:tel|telephone|phone|mobile|e-?mail|direct|job title|designation|position)\b)"
                         r"[A-Za-z][\w ?/()'’-]{0,40}:",
                         re.IGNORECASE)
ENTRY_LENGTH = 300


LOCAL_CHAR = re.compile(r"[\w.+'-]")


def emails_in(text: str) -> list[re.Match]:
    """``EMAIL_RE.finditer(text)``, in linear time: the pattern is tried only where a run of
    address characters before an "@" starts, not from every letter of a long run (quadratic)."""
    found: list[re.Match] = []
    done = 0  # where the last address ended; matches do not overlap
    at = text.find("@")
    while at != -1:
        if at >= done:
            start = at
            while start > done and LOCAL_CHAR.match(text, start - 1):
                start -= 1
            match = EMAIL_RE.match(text, start) if start < at else None
            if match:
                found.append(match)
                done = match.end()
        at = text.find("@", max(at + 1, done))
    return found


def address(match: re.Match) -> str:
    """The address with any line break of the PDF text removed."""
    return "".join(match.group(0).split())


def email_names(email: str) -> list[str]:
    """Name words in an address: "helen.marchbank3@example.gov.uk" -> ["helen",
    "marchbank"]; "cllr-gordon.cowan@..." -> ["gordon", "cowan"]."""
    local = email.split("@")[0].lower()
    return [w for w in re.split(r"[._+-]+", re.sub(r"\d+", "", local)) if w and w not in ("cllr", "councillor")]


def email_fits(email: str, name: str) -> bool:
    """Does an address belong to a person of this name? The surname must be
    in it, and the first initial must open it when it has a given name."""
    _, given, surname = name_parts(name)
    # "morrow-yates" is "declan.morrow-yates@..." split at its hyphen: compare the letters only
    surname = re.sub(r"[-'’\s]", "", surname.lower())
    parts = email_names(email)
    joined = "".join(parts)
    if len(surname) < 2 or surname not in joined:
        return False
    if not given or (len(parts) < 2 and joined == surname):
        return True
    return joined.startswith(given[0][0].lower())


def contact_details(text: str, start: int, end: int, name: str, others: list[str]) -> tuple[str | None, str | None]:
    """(email, phone) written after a name ending at ``start``, up to ``end``
    (the next person's name). An address that fits another person named
    nearby is theirs, not this one's."""
    entry = text[start:min(end, start + ENTRY_LENGTH)]
    boundaries = [m.start() for m in (SENTENCE_END.search(entry), OTHER_LABEL.search(entry)) if m]
    block = entry[:min(boundaries)] if boundaries else entry
    email = None
    for match in EMAIL_RE.finditer(entry):
        candidate = address(match)
        if email_fits(candidate, name) or (match.start() < len(block)
                                           and not any(email_fits(candidate, other) for other in others)):
            email = candidate
            break
    phone = PHONE_RE.search(block)
    return email, (" ".join(phone.group(0).split()) if phone else None)
