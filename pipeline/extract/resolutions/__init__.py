"""Resolutions and recommendations, one per clause.

``candidates`` proposes clauses generously wherever decisions are printed
(after "RESOLVED", "Decision:", "It was APPROVED", "Cabinet is asked to:";
unheaded "That ..." clauses; narrative "The Committee noted ..." and "...,
resolved to pay" sentences), ``cues`` holds the phrase classes and reads what
speaks for or against each clause, and ``decide`` weighs them against one
threshold and keeps each clause once. ``clauses`` reads lists, tables and
quotes, ``narrative`` the sentences of narrative minutes, ``lines`` the lines
of printed minutes and their page furniture, ``actions`` the verb. Kind is
"recommendation" under a report's recommendations, else "resolution"; every
resolution records the cues that decided it.
"""

from __future__ import annotations

import re

from pipeline.extract.common.structure import StructuredDocument
from pipeline.extract.resolutions.actions import action_of
from pipeline.extract.resolutions.candidates import candidates
from pipeline.extract.resolutions.clauses import locate
from pipeline.extract.resolutions.decide import decide
from pipeline.records import Resolution


def extract(doc: StructuredDocument) -> list[Resolution]:
    """One Resolution per distinct clause, in document order."""
    out = []
    for candidate, evidence in decide(doc, candidates(doc)):
        clause = candidate.clause
        text = re.sub(r"\s+", " ", clause.full_text()).strip()
        out.append(Resolution(
            **locate(doc, clause.block, text),
            kind=candidate.kind,
            label=clause.label or None,
            text=text,
            action=action_of(text, candidate.fallback_action),
            evidence=evidence.reason(),
        ))
    return out
