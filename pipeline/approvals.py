"""Who approved a Written Statement of Action, when the clause says.

A council's cabinet or Health and Wellbeing Board signing a WSoA off is not
Ofsted and the CQC accepting it ("fit for purpose"); researchers comparing
durations need to know which approval a date is. Read from the clause of a
``wsoa-approved`` milestone: the body named after "approved/signed off/accepted
by", or before "approved/agreed/accepted".
"""

from __future__ import annotations

import re

# Canonical name, then the ways papers write it.
APPROVERS = [
    ("Ofsted and CQC", r"Ofsted and (?:the )?(?:CQC|Care Quality Commission)|Ofsted/CQC|(?:HMCI|Her Majesty's Chief Inspector)"),
    ("Ofsted", r"Ofsted"),
    ("DfE and NHS England", r"(?:the )?(?:DfE|Department for Education)(?:\s*(?:/|and)\s*(?:NHS ?E(?:ngland)?|NHSE))"),
    ("DfE", r"(?:the )?(?:DfE|Department for Education)"),
    ("NHS England", r"NHS England|NHSE\b"),
    ("Health and Wellbeing Board", r"(?:the )?Health and Well-?being Board"),
    ("Cabinet", r"(?:the )?(?:Cabinet|Executive)(?! Member)"),
    ("Cabinet Member", r"(?:the )?(?:Cabinet|Lead|Portfolio) Member\b"),
    ("Council", r"(?:the )?(?:full )?Council\b"),
    ("Scrutiny committee", r"(?:the )?[A-Z][\w,' ]{0,60}Scrutiny (?:Committee|Panel|Board)"),
    ("SEND partnership board", r"(?:the )?[A-Z][\w ]{0,40}(?:SEND|Improvement) (?:Partnership )?Board"),
]
NAMES = "|".join(f"(?P<a{i}>{pattern})" for i, (_, pattern) in enumerate(APPROVERS))
VERBS = r"(?:approv\w*|agreed|signed[- ]off|accepted|endorsed|ratified|declared fit for purpose|deemed fit for purpose)"
AFTER_VERB = re.compile(rf"{VERBS}\s+(?:[\w,]+\s+){{0,6}}?by\s+(?:{NAMES})", re.IGNORECASE)
BEFORE_VERB = re.compile(rf"(?:{NAMES})\s+(?:\w+\s+){{0,3}}?(?:approv\w*|agree\w*|accept\w*|signed off|endorsed)",
                         re.IGNORECASE)


def approver(text: str | None) -> str | None:
    """The body that approved, canonical name, or None when the clause does not say."""
    for pattern in (AFTER_VERB, BEFORE_VERB):
        match = pattern.search(text or "")
        if match:
            for i, (name, _) in enumerate(APPROVERS):
                if match.group(f"a{i}"):
                    return name
    return None
