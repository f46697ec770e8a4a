"""Which proposed clauses are resolutions: cues weighed against one threshold.

Every proposal starts with the cue of the rule that proposed it (after a formal
trigger, an unheaded "That ..." clause, a narrative sentence); ``cues`` adds what
speaks for or against it. A clause is kept when its evidence reaches THRESHOLD,
and the cues that fired go into the resolution's ``evidence`` column. A clause
printed twice (summary box and body, agenda and minutes) is kept once, from its
better-evidenced printing.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.common.evidence import Evidence
from pipeline.extract.common.structure import StructuredDocument
from pipeline.extract.resolutions import cues
from pipeline.extract.resolutions.candidates import Candidate

THRESHOLD = 2.0
# How much the proposing rule says on its own, by the first part of its name.
SOURCE_WEIGHTS = {
    "after": 3.0,  # the clause a formal trigger carries or introduces
    "that-clause": 2.0,  # "That the report be noted." with no trigger above it
    "narrative": 2.0,  # "It was agreed that ...", "The Committee noted ..."
    "minutes-approved": 2.0,  # "The minutes of the last meeting were approved as a correct record."
    "numbered-decision": 3.0,  # "D1 To endorse ...": a decision numbered in the notes' own series
    "decider-has": 0.5,  # "... has:" over a list, which may be what a decider did or what an area has
}
WEIGHTS = {
    "no-wording": -9.0,  # "Recommendations agreed.": nothing of its own to record
    "doc:formal-decisions": -1.0,  # a narrative sentence where the minutes print their decisions formally
    "alone": 1.0,  # the sentence is a paragraph of its own, as a decision is printed
    "in-discussion": -1.0,  # one sentence of a long account of the debate
    "received-an-item": -2.0,  # "received a report on ...": what was before the meeting
    "resolved": 2.0,  # "it was resolved to ...": the formal verb, in a narrative sentence
    "intro-only": -9.0,  # "The Committee resolved:": the decisions are in the list after it, never the intro
    "on-a-paper": 1.0,  # "noted the report", "approved the recommendations"
    "dated": -2.0,  # "endorsed the plan on 21 November 2024": another meeting's decision, reported
    "long-sentence": -1.0,  # an account of the debate rather than a decision
    "modal": -1.0,  # "would", "should": a view, not a decision
    "decision-form": 1.0,  # "be circulated", "will be invited"
    "motion-before": -3.0,  # "That ..." right after "proposed by ... seconded": a motion's wording
    "in-reasons": -3.0,  # after "Reasons for recommendation": the case for a decision, not the decision
    "past-received": -3.0,  # "Apologies were received from ...": what happened at the meeting
    "page-furniture": -3.0,  # "Use the search options below ...": the web page around the decisions
    "dated-link": -3.0,  # "24 Mar 2025 - SEND Improvement: ...": a link to a meeting's or decision's page
    "account:introduced": -2.0,  # "Councillor X introduced the report": the account of the debate
    "account:reported-speech": -1.0,  # "She said that ...", "explained that ..."
    "account:debate": -1.0,  # "Members asked ...", "In response to a question ..."
    "account:sentences": -1.0,  # ... told over several sentences
    "noted-what-had-happened": -2.0,  # "noted that the inspectors had met ...": a finding reported, not decided
    "before-the-items-decision": -1.0,  # the item's decision is printed formally below: this sentence is its account
    "title-like": -2.0,  # "Agreed Awards and Allocations (£000s)": a title that opens with a decision word
    "courtesy": -1.0,  # "The Committee welcomed X and thanked officers": thanks, not a decision
    "names-decider": 1.5,  # "The Cabinet Member for ... has:": a decision-maker before the list
    "opens-with-decision": 1.0,  # "Approved the plan ...": the item says what was decided
    "record-field": -2.0,  # "Decision status: Recommendations Approved": a decision page's field, not a clause
    "verbless-line": -2.0,  # "Appendix 1 - Plan PDF 214 KB": a line with no verb and no stop under a label
}
SAME_WORDING = 0.9  # word-overlap F1 above which two clauses may be one reprinted
CHANGED_WORDS = 0.05  # ... when no more than this share of their words differ
REPRINT_WORDS = 8  # a clause this long that ends a longer one is its reprint without a title


def weigh(candidate: Candidate, context: cues.Context) -> Evidence:
    """The evidence for one proposed clause."""
    evidence = Evidence()
    family = candidate.source.split(":", 1)[0]
    evidence.add(candidate.source, SOURCE_WEIGHTS[family])
    for name in cues.clause_cues(candidate, context):
        evidence.add(name, WEIGHTS[name])
    return evidence


def decide(doc: StructuredDocument, proposed: list[Candidate]) -> list[tuple[Candidate, Evidence]]:
    """The proposals whose evidence passes, each clause once, in document order."""
    context = cues.Context.of(doc, proposed)
    weighed = [(candidate, weigh(candidate, context)) for candidate in proposed]
    return distinct([(c, e) for c, e in weighed if e.passes(THRESHOLD)])


# the trigger a clause may be printed with in one place and without in another
# ("It was APPROVED that a group be initiated" in the minute, "Initiated a group" in their summary)
PRINTED_TRIGGER = re.compile(r"^(?:it\s+was\s+(?:\w+\s+)?)?(?:resolved|agreed|approved|decided)\b\W*(?:that\b)?", re.IGNORECASE)


def word_key(text: str) -> tuple[str, ...]:
    """A clause's words, lower case, without punctuation or the trigger printed before it."""
    return tuple(re.sub(r"[^\w\s]", " ", PRINTED_TRIGGER.sub("", text).lower()).split())


def overlap(a: Counter, b: Counter) -> float:
    """Word-overlap F1 of two clauses' word counts: 1 for the same wording,
    near 1 for the same clause reprinted with a word changed (a summary box
    and the report body)."""
    size = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / size if size else 0.0


def same_clause(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same clause printed twice: all but the same words, and no more than a word in
    twenty changed ("noted the report" and "noted the update report" are two decisions);
    or a longer clause reprinted without its title ("Residents Parking - Approve X" in the
    minutes, "Approve X" under "Residents Parking" in their summary)."""
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) >= REPRINT_WORDS and longer[len(longer) - len(shorter):] == shorter:
        return True
    if len(shorter) < SAME_WORDING / (2 - SAME_WORDING) * len(longer):
        return False  # too different in length for the overlap to reach SAME_WORDING
    a_words, b_words = Counter(a), Counter(b)
    changed = sum(((a_words - b_words) + (b_words - a_words)).values())
    return overlap(a_words, b_words) >= SAME_WORDING and changed <= CHANGED_WORDS * max(len(a), len(b))


def distinct(found: list[tuple[Candidate, Evidence]]) -> list[tuple[Candidate, Evidence]]:
    """Each clause once: of a clause printed twice with the same (or all but
    the same) wording, the better-evidenced printing, else the first."""
    kept: list[tuple[tuple[str, ...], Candidate, Evidence]] = []
    for candidate, evidence in found:
        words = word_key(candidate.clause.full_text())
        twin = next((i for i, (other, previous, _) in enumerate(kept)
                     if previous.kind == candidate.kind and same_clause(other, words)), None)
        if twin is None:
            kept.append((words, candidate, evidence))
        elif evidence.score > kept[twin][2].score:
            kept[twin] = (kept[twin][0], candidate, evidence)
    return [(candidate, evidence) for _, candidate, evidence in kept]
