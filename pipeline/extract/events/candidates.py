"""Candidates for events: the milestone words (anchors) of a sentence and its times.

Anchors are proposed generously and typed by their words (``events.cues``):
some name their milestone outright (a re-visit, a monitoring visit, an
improvement notice, the area inspection); others are actions (approve,
submit, publish) whose milestone depends on what was acted on: the nearest
subject in the action's clause, else the one the clause leaves understood
(the thing just named, for "..., which was issued on ..."; the sentence's
topic otherwise). An approval in a sentence that names nothing borrows the
subject of the sentence before. Whether an "inspection" is the area SEND
inspection, and whether it is the first inspection or a re-visit, is weighed
in ``events.decide``; so is which date goes with which anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.extract.common.evidence import Evidence
from pipeline.extract.common.markers import DATED_LINK
from pipeline.extract.common.sentences import clauses
from pipeline.extract.common.structure import StructuredDocument
from pipeline.extract.events import decide
from pipeline.extract.events.cues import (
    ACTIONS, ACTION_TYPES, ANAPHOR, BARE_YEAR, CITATIONS, DATED_REPORT, ELLIPSIS, INSPECTION_CONTEXT,
    INSPECTION_WORDS, INSPECTORS_AGENT, LEADING_PHRASE, ENDED_NOTICE, REVIEWED_NOTICE, DATED_ROW, MONITORING_CONTEXT,
    INSPECTIONS, NOUN_BEFORE, OCCURRENCE_TOPIC, PRODUCT_OF, OWN_OCCURRENCE_AFTER, OCCURRENCES, ONE_FOR, OTHER_OBJECT,
    OWN_REPORT, OWN_SUBJECT, PLANS, REPORT_REACH, REVISIT_CONTEXT, PROGRESS_WORDS, RELATIVE, SEND_BEFORE,
    REVISIT_SENSE, SEND_CONTEXT, SUBJECT_REACH, SUBJECTS, VISIT_FOR_PROGRESS, WSOA_CONTEXT, ABOUT_A_PLAN,
    CITED_SOURCE, DEMONSTRATIVE, COMMITTEE_NAMED, COMMITTEE_WORDS, MONITORS_MEETINGS, MONITORS_NAMED, SEND_FINDINGS,
    RETURN_AFTER, INFINITIVE, NEW_FRAMEWORK_FINDINGS, OF_THESE, WEAKNESS_FINDINGS, ORDINAL_ONE, ORDINAL_SUBJECT, STATES_FINDINGS,
    NAMED_REPORT, NOTICE_BACK, NOTIFIED_OF, CALLED_OFF, SIGN_OFF_AFTER, SIGN_OFF_BEFORE, ANSWERS_REPORT, VISITS,
    OWN_SUBJECT_OPENING, REHEARSAL,
)
from pipeline.records import DateMention

I = re.IGNORECASE
# "the letter", "their report": a report already spoken of; "..., whose report was published on ...":
# the report of what the relative clause hangs on.
DEFINITE = re.compile(r"\b(?:the|its|their|whose)\s+(?:[\w’'-]+\s+)?$", I)
# "the re-visit ..., whose letter was published on ...": the noun of a possessive relative clause is that
# clause's own subject, which a verb coordinated after it ("..., and had been submitted on ...") does not share
POSSESSIVE = re.compile(r"\bwhose\s+(?:[\w’'-]+\s+)?$", I)
# "The plan, appended to the report, was agreed ...": a noun inside a parenthesis between the subject and
# its verb is not the verb's subject
PARENTHESIS = re.compile(r",[^,]{1,80},\s*(?:(?:has|have|had|was|were|is|are|will|would|must|should|be|been)\s+)*$", I)
# A clause that is a second verb of the one subject: "and approved ...", "and was published ...".
# ("... was agreed by the Board on D1 and will be published by D2": a modal's passive too)
COORDINATED = re.compile(r"[\s,]*(?:and|or|but)\s+(?:(?:was|were|is|are|has|had|have|been|be|then|later|subsequently"
                         r"|finally|formally|will|would|shall|should|must|can|could|is\s+to|are\s+to|was\s+to)\s+)*"
                         r"[a-z]+(?:ed|ne|wn|ut)\b", I)

# "declared fit for purpose in a letter dated ...": the letter is how the approval came, not what was approved
MEDIUM = re.compile(r"\b(?:in|by|via|through)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+)?$", I)
# "We submitted it on 18 March 2022": the object a pronoun, the plan named before
OBJECT_IT = re.compile(r"\s+it\b(?!\s+(?:is|was|has|had|will|would|that)\b)", I)
# "We will publish the updated plan by ...": a plan spoken of, as the verb's object
OBJECT_PLAN = re.compile(r"\s+(?:the|this|that|our|its|their)\s+(?:(?:revised|updated|final|draft|new|amended|refreshed)\s+)?"
                         r"(?:action\s+)?plan\b", I)
# the 2023 framework's names for the area's plan: a "strategic action plan", and the strategic plan the
# partnership must update ("its updated strategic plan")
STRATEGIC_ACTION_PLAN = re.compile(r"\bstrategic\s+action\s+plan\b"
                                   # the plan's own name between: "updated SEND and Inclusion Strategic Plan"
                                   r"|\b(?:updated|revised|refreshed)\s+(?:(?!the\b)[\w&’'-]+\s+){0,6}?strategic\s+plan\b", I)
STRATEGIC_PLAN = re.compile(r"strategic\s+plan", I)
# "accepted that the weakness was a shared responsibility": a verb whose object is a
# proposition approves no plan; nor does one whose object is an action ("agree to receive a
# further update", "agreed to note the report").
PROPOSITION = re.compile(r"\s+that\b|\s+" + INFINITIVE.pattern, I)
# "..., and that a further update ... be submitted to the Committee": a clause that opens with a
# new (indefinite) subject acts on it, not on the sentence's topic.
NEW_SUBJECT = re.compile(r"[\s,;]*(?:(?:and|but|or)\s+)?(?:that\s+)?(?:a|an|any|another)\s+\w", I)
# "... and must be published by D": a predicate with no subject of its own after "and"
SECOND_PREDICATE = re.compile(r"\band\s+(?:must|will|should|shall|would|is\s+to|are\s+to|has\s+to|have\s+to|had\s+to"
                              r"|needs?\s+to)\s+(?:then\s+|also\s+)?(?:be\s+|have\s+been\s+)?$", I)
CLAUSE_SUBJECT = 40  # characters of a clause's start that hold its subject
# "..., together with a one-off investment of £1.2m agreed by Cabinet on D": a thing added to the plan, the
# verb's own (a reduced relative), no subject named between it and the verb
ADDED_THING = re.compile(r"\b(?:(?:together|along)\s+with|as\s+well\s+as|plus)\s+(?:a|an|another)\s+(?:[^.;:()]|\.(?=\d)){0,80}$", I)

DUE = re.compile(r"due\b", I)
SAID_OF_IT = re.compile(r"\bthat\s+it\s+(?:was|had|has|is|would)\b", I)
LOOKBACK = 3  # earlier sentences that lend a subject or a context
PLAN_LOOKBACK = 8  # earlier sentences searched for the plan that "the plan" points back to
TAIL = 1500  # of a page without dates, the end is read for the next page's context
HEAD = 600  # characters of the first page that hold a document's title


@dataclass
class Anchor:
    type: str
    start: int  # in the page text
    end: int
    action: bool = False  # a verb (approve, submit, publish) typed by what it acts on
    evidence: Evidence = field(default_factory=Evidence)


@dataclass
class Sentence:
    page: int
    start: int
    end: int
    text: str  # the page slice
    send_document: bool = False  # the document's title is about SEND
    send_anywhere: bool = False  # the document speaks of SEND somewhere
    following: str = ""  # the next sentence, which may say what this one's visit was
    cited: bool = False  # an item under a "Background papers" heading: a paper, dated as such
    listed: bool = False  # an item under a "Decisions" or "Agenda items" heading: a meeting's link
    new_framework: bool = False  # the document names the 2023 framework's outcomes (no WSoA follows them)
    inspection_page: bool = False  # the page names an inspection (a long minute may name it far back)
    monitoring_page: bool = False  # the page names the monitors or the plan they watch (a review letter's "we")


@dataclass
class Timex:
    """A time expression in a sentence: a date, or a bare year (``mention`` None)."""

    start: int
    end: int
    mention: DateMention | None


# --- anchors ----------------------------------------------------------------

@lru_cache(maxsize=64)
def _subjects(text: str) -> tuple[tuple[str, int], ...]:
    """What an action may be about, named in ``text``. Cached: the sentences before are
    asked again for each sentence that borrows a subject from them (read-only result)."""
    return tuple((name, m.start()) for name, rx in SUBJECTS.items() for m in rx.finditer(text))


def _borrowed_subject(earlier: list[str], among: tuple[str, ...] | None = None,
                      reach: int = LOOKBACK) -> str | None:
    """The last subject named in the nearest earlier sentence that names one
    (of ``among``, when given)."""
    found = _borrowed(earlier, among, reach)
    return found[0] if found else None


def _borrowed(earlier: list[str], among: tuple[str, ...] | None, reach: int) -> tuple[str, str] | None:
    """The subject, and the sentence that names it."""
    for previous in earlier[:reach]:
        subjects = [s for s in _subjects(previous) if among is None or s[0] in among]
        if subjects:
            return max(subjects, key=lambda s: s[1])[0], previous
    return None


def _plan_named_before(text: str, subjects: list[tuple[str, int]], before: int,
                       earlier: list[str], pronoun: bool = False) -> tuple[str, str] | None:
    """The plan "it" or "the plan" points back to: the last named earlier in this
    sentence ("... to produce a WSoA ..., and it must be submitted by ..."), else in
    the sentences before. A pronoun ("It was agreed by the Board on D") stands for the
    subject of the sentence just before when that is of the paper's own business ("The
    self-evaluation at Appendix 1 was prepared by the Board."): no plan."""
    here = [(name, at) for name, at in subjects if at < before and name in PLANS]
    if here:
        return max(here, key=lambda s: s[1])[0], text
    if pronoun and earlier and OWN_SUBJECT_OPENING.match(earlier[0]):
        return None
    for previous in earlier[:PLAN_LOOKBACK]:
        subjects = [s for s in _subjects(previous) if s[0] in PLANS]
        if subjects:
            return max(subjects, key=lambda s: s[1])[0], previous
        if "plan" in previous.lower() and OTHER_NAMED_PLAN.search(previous):
            # "... presented the Better Care Fund (BCF) plan for 2023-25 ... . The plan had to be submitted to NHS
            # England by D": the plan spoken of is the one named just before, not a SEND plan further back
            return None
    return None


DRAFT = re.compile(r"\bdraft\b", re.IGNORECASE)
IT_SUBJECT = re.compile(r"\W*(?:(?:and|but|so|then)\s+)?(?:it|this|that)\s+(?!of\b)", re.IGNORECASE)  # a pronoun subject
PRONOUN_END = re.compile(r"\b(?:it|this|that)\s*$", re.IGNORECASE)  # an anaphor that is a pronoun, not "the plan"
BY_GOVERNMENT = re.compile(r"\s+by\s+(?:the\s+|HM\s+)?(?:Government|ministers)\b", re.IGNORECASE)
INSPECTORS_SUBJECT = re.compile(r"^\W*(?:(?:national|the|local|joint|area)\s+)*(?:inspectors|ofsted|cqc|care\s+quality)\b",
                                re.IGNORECASE)
# A plan with a name of its own that is no milestone's ("the Better Care Fund (BCF) plan", "the Local Plan", "a joint
# commissioning plan"): a word or an abbreviation in brackets just before "plan" that is no determiner, no name of
# the area's plans ("action", "improvement", "progress", "strategic", "priority", "post-inspection"), no state of one
# ("draft", "updated") and no owner of one ("the partnership's plan")
_NOT_ANOTHER_PLAN = (r"the|this|that|our|its|their|a|an|each|every|any|no|draft|new|updated|revised|final|amended|refreshed"
                     r"|same|whole|overall|action|improvement|progress|strategic|priority|impact|inspection|post-inspection"
                     r"|send|wsoa")
_ANOTHER_PLAN = rf"(?:(?<![\w’'-])(?!(?:{_NOT_ANOTHER_PLAN})\b)(?![\w’'-]*['’]s\s)[a-z][\w’'-]*|\))\s+plan\b"
OTHER_NAMED_PLAN = re.compile(_ANOTHER_PLAN, re.IGNORECASE)
# ... as the subject of a verb ("A joint commissioning plan for therapies has been agreed", "the joint commissioning
# plan for therapies, agreed by the ICB on D"): the verb acts on that plan, not on the area's
ANOTHER_PLAN_ACTED_ON = re.compile(rf"{_ANOTHER_PLAN}(?:\s+(?:for|on|of)\s+[^,.;:]{{1,30}}?)?\s*,?\s+"
                                   r"(?:(?:has|have|had|was|were|is|are|be|been|being|will|would|must|should|now|also)\s+)*$",
                                   re.IGNORECASE)


def _notice_spoken_of(text: str, earlier: list[str]) -> list[tuple[str, int]]:
    """"The notice, first issued on 22 March 2021, ...": a notice named plainly is the
    improvement notice or direction already named, in this sentence or the ones before;
    elsewhere ("notice of the meeting") it is none."""
    found = [("notice", m.start()) for m in NOTICE_BACK.finditer(text)]
    if not found:
        return []
    if any(name == "notice" for name, _ in _subjects(text)) or _borrowed(earlier, ("notice",), PLAN_LOOKBACK):
        return found
    return []


def send_document(doc: StructuredDocument) -> bool:
    """Whether the document's title (its first lines) is about SEND: then an
    "inspection letter" in it is the area's even where the sentences just
    before do not say so."""
    return bool(doc.pages) and bool(SEND_CONTEXT.search(doc.pages[0].text[:HEAD]))


def _report_type(text: str, at: int, earlier: list[str], send_title: bool = False, verb_end: int = 0) -> str | None:
    """Whose report or letter this is: an inspection's (outcome-letter) or a
    re-visit's (revisit-outcome), judged by the words near it, or, when the
    sentence says nothing of inspections, by the sentences just before, or by
    the agent of its publishing verb ("... has been published today by Ofsted",
    ``verb_end``). A
    planning inspector's report is neither: the inspection must be SEND's
    (or a re-visit, which in these papers is the area's), here or in the
    document's title."""
    before = " ".join(earlier[:LOOKBACK])
    nearby = text + " " + before
    definite = bool(DEFINITE.search(text[max(0, at - 25):at]))  # "the letter", "their report"
    if at > 0 and definite:
        nearby += " " + (_last_inspection_named(earlier) or "")  # "the letter", of a visit named before a list
    # (significant weaknesses or areas for priority action are only ever an area SEND inspection's findings)
    if not (send_title or SEND_CONTEXT.search(nearby) or REVISIT_CONTEXT.search(nearby) or SEND_FINDINGS.search(nearby)):
        return None
    if at > 0 and OWN_REPORT.search(text[max(0, at - 40):at]):
        return None  # "the Board would publish its first annual report"
    if at > 0 and (named := NAMED_REPORT.search(text, max(0, at - 30), at)):
        # "the inspection report letter published on ...", "the re-visit letter": the report says whose
        # it is, whatever else the sentence is about (a re-visit that looked back at the inspection)
        return "revisit-outcome" if named.group("revisit") else "outcome-letter"
    if INSPECTION_CONTEXT.search(text):
        context = text[max(0, at - REPORT_REACH[0]):at + REPORT_REACH[1]]
        if (INSPECTION_CONTEXT.search(context) or INSPECTORS_AGENT.match(text, max(at, 0))
                or (verb_end and INSPECTORS_AGENT.match(text, verb_end))
                # "National inspectors have recognised ... in a report published today": the report the
                # sentence's subject, the inspectors, said it in
                or (at > 0 and INSPECTORS_SUBJECT.match(text) and MEDIUM.search(text, max(0, at - 20), at))) and not (
                # "The letter was published on the Ofsted website": Ofsted only publishes it; the
                # letter is the one the sentences before spoke of
                not _visit_named(text, at) and definite
                and INSPECTION_WORDS.search(before)):
            context = text
            if ";" in text and INSPECTION_CONTEXT.search(item := text[text.rfind(";", 0, at) + 1:].split(";", 1)[0]):
                # "inspection in Reading, letter of D1; re-visit letter, D2; ...": papers cited in one list, each
                # item its own report that names its own visit; the re-visit's words are another item's
                context = item
        elif at > 0 and definite and INSPECTION_WORDS.search(text, 0, at):
            # "Ofsted and the CQC had inspected the area between ... and that their report, published
            # on ...": "their report" is that of the inspection named earlier in the sentence
            context = text[[m.start() for m in INSPECTION_WORDS.finditer(text, 0, at)][-1]:at]
        elif definite and (
                INSPECTION_CONTEXT.search(before) or (before := _last_inspection_named(earlier)) is not None):
            # "explained that the letter published on 18 January 2022 found ... identified at
            # the inspection in 2018": the inspection named far off is not whose letter this
            # is; "the letter" is one already spoken of, in the sentences before (the re-visit
            # they were about). "A letter ... from Ofsted on their evaluation" is a new one.
            context = before
        else:
            return None
    else:
        if definite:
            # "Their report was published on ...": the report of the visit named last ("inspected the
            # partnership between ..."), not of an older re-visit the sentences before also name
            before = (_last_visit_named(earlier) if INSPECTION_CONTEXT.search(before)
                      else _last_inspection_named(earlier)) or before
        context = before
        if STATES_FINDINGS.search(text) and not REVISIT_CONTEXT.search(before):
            return "outcome-letter"  # "The letter of D identified the following areas of significant weakness"
    if REVISIT_CONTEXT.search(context):
        return "revisit-outcome"
    return "outcome-letter" if INSPECTION_CONTEXT.search(context) else None


def _visit_named(text: str, at: int) -> bool:
    """Whether the sentence names an inspection or re-visit other than in the report's own name: "The
    outcome letter, published on ..." names none, and is the letter of the visit the sentences before named."""
    return any(not (m.start() <= at < m.end() + 1) for m in INSPECTION_WORDS.finditer(text))


def _last_inspection_named(earlier: list[str]) -> str | None:
    """"Their letter was published on 27 October 2022" after a list of whom the re-visit's inspectors
    met: "the letter" is that of the inspection or re-visit named last, past the list's items."""
    return next((previous for previous in earlier[:PLAN_LOOKBACK] if INSPECTION_CONTEXT.search(previous)), None)


VISIT_NAMED = re.compile(r"\bvisit", I)
VISITED = dict(OCCURRENCES)["inspectors-visited"]  # "Inspectors visited ...", "were in X from ..."


def _last_visit_named(earlier: list[str]) -> str | None:
    """The nearest of the sentences just before that names a visit: an inspection or re-visit
    ("inspected the partnership", "came back"), or the inspectors' stay; not merely the inspectors."""
    return next((previous for previous in earlier[:LOOKBACK]
                 if INSPECTION_WORDS.search(previous) or REVISIT_CONTEXT.search(previous) or VISITED.search(previous)),
                None)


def _occurrences(sentence: Sentence, earlier: list[str]) -> list[Anchor]:
    """Anchors whose words name the milestone; an inspection is weighed (is it
    the area's? the first one or a re-visit?) in ``events.decide``."""
    text, base = sentence.text, sentence.start
    nearby = " ".join(earlier[:LOOKBACK])
    found = []
    for kind, rx in OCCURRENCES:
        for m in rx.finditer(text):
            milestone, ev = kind, Evidence()
            if kind == "inspection" and PRODUCT_OF.search(text, max(0, m.start() - 60), m.start()) and (
                    ACTIONS["publish"].search(text) or ACTIONS["receive"].search(text)) and not OWN_OCCURRENCE_AFTER.match(text, m.end()):
                continue  # "Ofsted published the outcome of the SEND inspection on ...": the report's date
            if kind == "inspection" and NOTIFIED_OF.search(text, max(0, m.start() - 40), m.start()):
                continue  # "notified of the inspection on 25 November": the call that announces it, not the visit
            if kind in ("inspection", "revisit") and REHEARSAL.search(text, max(0, m.start() - 25), m.start()):
                continue  # "a mock re-visit with peer reviewers", "a practice inspection": the area's own rehearsal
            if kind in VISITS and CALLED_OFF.match(text, m.end()):
                continue  # "Revisits were suspended in March 2020": the date of a pause, when no visit took place
            if kind in ("inspectors-visited", "inspection"):
                ev = decide.area_inspection(text, m.end(), nearby, sentence.send_anywhere)
                if not ev.passes(decide.AREA_INSPECTION):
                    continue
                milestone, typed = decide.revisit_or_inspection(text, m.start())
                if kind == "inspectors-visited":
                    # "Inspectors visited the borough between 8 and 12 January 2024": the inspection. A
                    # visit "to see what improvements ... had made" is a re-visit the document names
                    # as one where it dates it.
                    if milestone == "revisit" or VISIT_FOR_PROGRESS.search(text):
                        continue
                    # "Inspectors spent 3 days in the county, from ... . They came back to see how much
                    # progress we have made": the sentence after says the stay was a return
                    milestone = "revisit" if RETURN_AFTER.match(sentence.following) else "inspection"
                    if milestone == "revisit":
                        ev.add("next-sentence:return", 0)
                ev.add(f"anchor:{kind}", 0).extend(typed)
            elif kind == "revisit" and not (REVISIT_SENSE.search(text) or REVISIT_SENSE.search(nearby)
                                            and NOUN_BEFORE.search(text[max(0, m.start() - 40):m.start()])):
                continue
            elif kind == "meeting-spoken-of":
                # "the meeting" that opens a sentence on progress, after sentences naming the DfE or NHS England
                one_of_theirs = bool(earlier) and bool(MONITORS_MEETINGS.search(earlier[0])) \
                    and bool(MONITORS_NAMED.search(earlier[0]))
                if one_of_theirs:
                    if COMMITTEE_NAMED.search(text):
                        continue
                    ev.add("before:monitors-meetings", 0)
                elif not (PROGRESS_WORDS.search(text) and MONITORS_NAMED.search(nearby)) or COMMITTEE_WORDS.search(text):
                    continue
                milestone = "monitoring"
            elif kind == "further-visit":
                # the monitors' visit again: the last visit named (here, or in the sentences just before)
                # was theirs, not the inspectors' (which would make this a re-visit)
                last = text if VISIT_NAMED.search(text, 0, m.start()) else next(
                    (e for e in earlier[:LOOKBACK] if VISIT_NAMED.search(e)), "")
                if not MONITORS_NAMED.search(last + " " + text) or INSPECTION_CONTEXT.search(last + " " + text):
                    continue
                milestone = "monitoring"
            elif kind == "monitors-meeting":
                # a meeting with the DfE or NHS England is their review when it is about progress
                if not PROGRESS_WORDS.search(text):
                    continue
                milestone = "monitoring"
            elif kind == "review":
                # the monitors or their plans named here or just before, or on the page of a review letter or a
                # briefing on their reviews ("Next steps" | "We will hold our next review meeting with you in D")
                # (a review counted or a review meeting: a standing "termly reviews" in a plan's table is the area's own)
                if not (MONITORING_CONTEXT.search(text) or MONITORING_CONTEXT.search(nearby)
                        or sentence.monitoring_page and COUNTED_REVIEW.search(m.group(0))):
                    continue
                milestone = "monitoring"
            elif kind == "officials-reviewed":
                if not (MONITORS_NAMED.search(text) or earlier and MONITORS_NAMED.search(earlier[0])):
                    continue
                milestone = "monitoring"
            elif kind == "plan-reviewed":
                # a plan the monitors watch, named before the verb, and the monitors named in the sentence
                if not (MONITORS_NAMED.search(text) and any(name in PLANS for name, at in _subjects(text) if at < m.start())):
                    continue
                milestone = "monitoring"
            elif kind == "statutory-direction" and (ENDED_NOTICE["before"].search(text[max(0, m.start() - 30):m.start()])
                                                    or ENDED_NOTICE["after"].match(text[m.end():m.end() + 40])):
                continue
            elif kind == "statutory-direction" and text[m.end():m.end() + 2] in ("'s", "’s"):
                continue  # "Loss of the Improvement Notice's adviser capacity by March 2026": the date is the adviser's
            elif kind == "statutory-direction" and (REVIEWED_NOTICE["before"].search(text[max(0, m.start() - 20):m.start()])
                                                    or REVIEWED_NOTICE["after"].match(text[m.end():m.end() + 40])):
                milestone = "monitoring"
                ev.add("anchor:notice-reviewed", 0)
            if not ev.cues:
                ev.add(f"anchor:{kind}", 0)
            found.append(Anchor(milestone, base + m.start(), base + m.end(), evidence=ev))
    for m in ONE_FOR.finditer(text):
        if INSPECTIONS.search(text, 0, m.start()):
            ev = decide.area_inspection(text, m.end(), nearby, sentence.send_anywhere)
            if ev.passes(decide.AREA_INSPECTION):
                found.append(Anchor("inspection", base + m.start(), base + m.end(), evidence=ev.add("anchor:the-one", 0)))
    found += _ordinals_of_these(sentence, earlier)
    for m in ELLIPSIS.finditer(text):
        named = [a for a in found if a.end <= base + m.start() and a.type in ("monitoring", "revisit", "inspection")]
        if named:
            found.append(Anchor(max(named, key=lambda a: a.end).type, base + m.start(), base + m.end(),
                                evidence=Evidence().add("anchor:ellipsis", 0)))
    return found


def _ordinals_of_these(sentence: Sentence, earlier: list[str]) -> list[Anchor]:
    """"The first of these took place on 14 June 2022 and the second in Dec 2022": a milestone that
    recurs (a review, a re-visit), named in the sentence before and counted here; each ordinal of the
    sentence stands for one."""
    text = sentence.text
    counted = ORDINAL_SUBJECT.match(text)
    if not earlier or not (OF_THESE.search(text) or counted):
        return []
    kind = None
    # "... hold formal monitoring meetings with us. The first was on D1 and the second on D2. The third is planned
    # for D3.": an ordinal alone as the subject reaches back over the sentences of the same count to the noun
    for previous in earlier[:LOOKBACK] if counted else earlier[:1]:
        kind = _recurring_named(previous)
        if kind or not ORDINAL_SUBJECT.match(previous):
            break
    if kind is None:
        return []
    return [Anchor(kind, sentence.start + m.start(), sentence.start + m.end(),
                   evidence=Evidence().add("anchor:ordinal-of-these", 0)) for m in ORDINAL_ONE.finditer(text)]


# "the next review", "the fourth APP review", "review meeting": one review of a series, or a meeting held for it
COUNTED_REVIEW = re.compile(r"^(?:next|first|second|third|fourth|fifth|sixth|final|latest|previous|last|most\s+recent|further"
                            r"|earlier|subsequent)\b|\bmeetings?$", re.IGNORECASE)


def _recurring_named(previous: str) -> str | None:
    """The last milestone that recurs (a review, a re-visit) a sentence names, as the ordinals after it count it."""
    kind = None
    for name, rx in OCCURRENCES:  # the last milestone of these kinds the sentence names
        if name in ("monitoring", "monitors-meeting") or (name == "review" and MONITORING_CONTEXT.search(previous)):
            named = "monitoring"
        elif name == "revisit" and REVISIT_SENSE.search(previous):
            named = "revisit"
        else:
            continue
        if rx.search(previous):
            kind = named
    return kind


def _topic(text: str, named: list[tuple[int, str | None]], before: int,
           relative: bool) -> tuple[str | None, int] | None:
    """What a clause that leaves its subject out is about. A relative clause
    ("..., which was issued to the Council on 15th May 2024") is about the
    nearest thing named before it; another ("The first review of progress ...
    took place on 15th November 2023 and was published in January 2024") about
    the sentence's first, past a leading phrase ("Following the inspection in
    March 2019, the WSoA ..."). Returns the subject and where it is named."""
    earlier = [(at, name) for at, name in named if at < before]
    if relative:
        found = max(earlier, key=lambda e: e[0]) if earlier else None
    else:
        lead = LEADING_PHRASE.match(text)
        skip = lead.end() if lead else 0
        earlier = [(at, name) for at, name in earlier if at >= skip]
        found = min(earlier, key=lambda e: e[0]) if earlier else None
    return (found[1], found[0]) if found and found[1] else None


def _actions(sentence: Sentence, earlier: list[str], occurrences: list[Anchor]) -> list[Anchor]:
    """Approve, submit and publish anchors, typed by what they act on: a
    subject in their own clause, else the clause's understood subject, else
    (for an approval in a sentence naming nothing) the subject of the
    sentences just before."""
    text, base = sentence.text, sentence.start
    subjects = list(_subjects(text)) + _notice_spoken_of(text, earlier)
    named = [(at, name) for name, at in subjects]
    named += [(a.start - base, OCCURRENCE_TOPIC.get(a.type)) for a in occurrences]
    spans = clauses(text, 0, len(text))
    borrowed = None if named else _borrowed_subject(earlier)
    send_named = False  # the plan an anaphor points back to was named as SEND's
    read_send: list[bool] = []  # whether this sentence or the ones just before name SEND: read when first needed

    def send_context() -> bool:
        if not read_send:
            read_send.append(bool(SEND_CONTEXT.search(text) or SEND_CONTEXT.search(" ".join(earlier[:LOOKBACK]))
                                  # the 2023 framework's name for the area's plan, in a paper about SEND
                                  or (sentence.send_anywhere and STRATEGIC_ACTION_PLAN.search(text))))
        return send_named or read_send[0]
    found = []
    verbs = sorted(((m.start(), action, m) for action, rx in ACTIONS.items() for m in rx.finditer(text)),
                   key=lambda v: v[0])
    acted_on: list[tuple[int, str, int]] = []  # (verb position, subject, subject position) so far
    for _, action, m in verbs:
        if OTHER_OBJECT.match(text, m.end()):
            continue
        begin, end = next(((b, e) for b, e in spans if b <= m.start() < e), (0, len(text)))
        # a subject after an infinitive is that verb's object, not this one's: "agreed in July 2019 to
        # monitor the WSoA" approves the monitoring
        own = [(name, at) for name, at in subjects if begin <= at < end and abs(at - m.start()) <= SUBJECT_REACH
               and not (at > m.end() and INFINITIVE.search(text, m.end(), at))
               and not (at > m.end() and name == "report" and MEDIUM.search(text, max(0, at - 20), at))]
        relative = bool(RELATIVE.match(text, begin))  # "..., which was issued on ..."
        # a verb that shares the subject of the verb before it: "the WSoA submitted on 31
        # October 2018 and approved by Ofsted on 01.02.2019"
        shared = [(name, at) for position, name, at in acted_on
                  if position < begin and not (at > 0 and POSSESSIVE.search(text, max(0, at - 30), at))]
        object_plan = OBJECT_PLAN.match(text, m.end())
        if object_plan:  # "publish the updated plan and report on ...": the verb's object is the plan spoken of
            own = [(name, at) for name, at in own if at < m.start()]
        if own and (said := SAID_OF_IT.search(text, begin, m.start())):
            # "In a letter of D, the inspectors said that it was fit for purpose": the letter named before the
            # pronoun is how it was said; "it" is the plan
            own = [(name, at) for name, at in own if not (name == "report" and at < said.start())]
        aside = PARENTHESIS.search(text, max(begin, m.start() - 120), m.start())
        if aside and any(at < aside.start() for _, at in own):
            own = [(name, at) for name, at in own if not aside.start() <= at < aside.end()]
        added = ADDED_THING.search(text, begin, m.start())
        if added and not any(at >= added.start() for _, at in own):
            continue
        another = ANOTHER_PLAN_ACTED_ON.search(text, max(0, m.start() - 80), m.start())
        if another and not any(at >= another.start() for _, at in own):
            continue
        if own and SECOND_PREDICATE.search(text, max(begin, m.start() - 40), m.start()):
            # "The plan sets out how the area will respond to the findings of the inspection and must be
            # published by D": a second predicate shares the clause's subject, not the first one's object
            own = [(name, at) for name, at in own if at < begin + CLAUSE_SUBJECT]
        if own:
            subject, at = min(own, key=lambda s: abs(s[1] - m.start()))
        elif COORDINATED.match(text, begin) and shared:
            subject, at = shared[-1]
        elif ((anaphor := ANAPHOR.search(text[begin:m.start()])) or OBJECT_IT.match(text, m.end()) or object_plan) and (
                plan := _plan_named_before(text, subjects, begin, earlier,
                                           pronoun=not object_plan and (not anaphor or PRONOUN_END.search(anaphor.group(0))))
        ) or DEMONSTRATIVE.match(text, begin) and (
                plan := _plan_named_before(text, subjects, begin, earlier[:1], pronoun=True)):
            # "The plan had been submitted on 17 June 2022": the plan named before, and is SEND's
            # when the sentence that named it says so
            (subject, named_in), at = plan, -1
            # the 2023 framework's "strategic action plan", named before in a paper about SEND, is the area's
            send_named = send_named or bool(SEND_CONTEXT.search(named_in)) or bool(
                sentence.send_anywhere and STRATEGIC_ACTION_PLAN.search(named_in))
        elif NEW_SUBJECT.match(text, begin) and not relative and not any(begin <= at < m.start() for at, _ in named):
            continue  # the clause names its own subject, which is no milestone
        elif topic := _topic(text, named, m.start(), relative):
            subject, at = topic
        elif borrowed and action == "approve" and not OWN_SUBJECT.search(text, begin, m.start()) \
                and not PROPOSITION.match(text, m.end()) \
                and not (IT_SUBJECT.match(text, begin) and earlier and OWN_SUBJECT_OPENING.match(earlier[0])):
            # ("It was agreed by the Board on D" after "The self-evaluation was prepared by ...": "it" is that)
            subject, at = borrowed, -1
        else:
            continue
        if DUE.match(m.group(0)) and any(max(at, 0) < a.start - base < m.start() for a in occurrences
                                         if a.type in VISITS):
            # "..., with the first review by the DfE due in May 2025": "due" is said of the visit named
            # just before it (dated as that visit), not of the plan named further back
            continue
        acted_on.append((m.start(), subject, at))
        if subject == "action-plan":
            # "an action plan to Ofsted, detailing how 3 areas of significant weakness would be
            # addressed": after an inspection's weaknesses the action plan is the WSoA; else, in a
            # SEND context, an improvement plan ("the SEND Action Plan was agreed by partners")
            context = text + " " + " ".join(earlier[:LOOKBACK])
            # after a 2023-framework inspection (its findings named here, or its outcomes in the document) there is
            # no WSoA to write: an action plan answering the inspection is the area's plan
            after_new = (NEW_FRAMEWORK_FINDINGS.search(context) or sentence.new_framework) \
                and not WEAKNESS_FINDINGS.search(context)
            inspected = WSOA_CONTEXT.search(context)
            # "an action plan responding to the report", "in response to the inspection": after a 2023-framework
            # inspection, the plan that answers it is the area's (before it, still no WSoA unless one is named)
            # (so is one agreed or published on a page that tells of the inspection, in a document of the 2023 framework)
            answers = at >= 0 and bool(ANSWERS_REPORT.match(text, at)) or sentence.inspection_page
            named = at < 0 or text.startswith("Action Plan", at) or bool(SEND_BEFORE.search(text, max(0, at - 8), at))
            subject = ("wsoa" if inspected and not after_new
                       else "improvement-plan" if named or ((inspected or answers) and after_new) else "")
        if subject == "report" and action in ("publish", "receive"):
            kind = _report_type(text, at, earlier, sentence.send_document, m.end())
        elif subject == "improvement-plan" and not send_context():
            kind = None
        elif subject == "improvement-plan" and at >= 0 and STRATEGIC_PLAN.match(text, at) \
                and not STRATEGIC_ACTION_PLAN.search(text, max(0, at - 60), at + 30) \
                and not (INSPECTION_CONTEXT.search(text) or INSPECTION_CONTEXT.search(" ".join(earlier[:PLAN_LOOKBACK]))):
            # a council's own strategic plan; after an inspection it is the area's improvement plan (the
            # inspection read as far back as "the plan" is: a report's findings, then its section on the plan);
            # so is the "updated" or "revised" SEND strategic plan, the 2023 framework's name for it, in a SEND
            # paper (``send_context``)
            kind = None
        elif subject == "strategy" and not (send_context() and _answers_an_inspection(sentence, earlier)):
            kind = None  # a renewed SEND strategy is the area's plan only as its answer to an inspection
        elif action == "publish" and subject in ("improvement-plan", "strategy") and BY_GOVERNMENT.match(text, m.end()):
            kind = None  # "the SEND and alternative provision improvement plan published by the Government": the nation's
        elif action in ("present", "submit") and subject != "wsoa" and at >= 0 \
                and ABOUT_A_PLAN.search(text, max(0, at - 40), at):
            # "an update on the SEND Improvement Plan be presented to the Committee", "A report on progress
            # against the APP be submitted to the Board in June": the update or report, not the plan
            kind = None
        elif action == "present" and at >= 0 and DRAFT.search(text, max(0, at - 20), at + 6):
            # "A draft strategy will be presented to the Board in June 2025": a draft put before a board is a step of
            # the paper's own timetable, not the plan agreed, published or sent to those who judge it
            kind = None
        else:
            kind = ACTION_TYPES.get((action, subject))
        if kind:
            ev = Evidence().add(f"verb:{action}", 0).add("subject", 0, subject)
            found.append(Anchor(kind, base + m.start(), base + m.end(), action=True, evidence=ev))
    # "The letter was received on 2 May and will be published on 16 May": a report the council received
    # before it was published is dated by its publication, the milestone; its receipt is none
    published = {a.type for a in found if a.evidence.has("verb:publish")}
    return [a for a in found if not (a.type in published and a.evidence.has("verb:receive"))]


def _answers_an_inspection(sentence: Sentence, earlier: list[str]) -> bool:
    """Whether an inspection or its findings are named in this sentence or the ones a plan reaches back
    over, or on its page, or the document names the 2023 framework's outcomes (whose answer is the
    strategic plan)."""
    if sentence.new_framework or sentence.inspection_page:
        return True
    context = sentence.text + " " + " ".join(earlier[:PLAN_LOOKBACK])
    return bool(INSPECTION_CONTEXT.search(context) or NEW_FRAMEWORK_FINDINGS.search(context))


def anchors(sentence: Sentence, earlier: list[str]) -> list[Anchor]:
    """The milestone words of a sentence, with positions in the page.
    ``earlier`` holds the previous sentences, nearest first."""
    if sentence.listed and (DATED_LINK.match(sentence.text) or DATED_ROW.match(sentence.text)):
        return []  # a meeting's or decision's link, dated by the meeting
    found = _occurrences(sentence, earlier)
    found += _actions(sentence, earlier, list(found))
    for m in DATED_REPORT.finditer(sentence.text):
        kind = _report_type(sentence.text, m.start(), earlier, sentence.send_document)
        if kind:
            found.append(Anchor(kind, sentence.start + m.start(), sentence.start + m.end(),
                                evidence=Evidence().add("anchor:dated-report", 0)))
    # papers cited, or a report's link with its source and date: an inspection or re-visit there is its report
    if sentence.cited or CITATIONS.match(sentence.text) or CITED_SOURCE.search(sentence.text):
        reports = {"inspection": "outcome-letter", "revisit": "revisit-outcome"}
        found = [Anchor(reports.get(a.type, a.type), a.start, a.end, a.action,
                        Evidence(list(a.evidence.cues)).add("citation", 0)) for a in found]
    return _without_overlaps(found)


def _without_overlaps(found: list[Anchor]) -> list[Anchor]:
    """The same words read twice for one milestone count once."""
    kept: list[Anchor] = []
    for anchor in sorted(found, key=lambda a: (a.start, -(a.end - a.start))):
        if kept and anchor.start < kept[-1].end and anchor.type == kept[-1].type:
            continue
        kept.append(anchor)
    return kept


# --- times ---------------------------------------------------------------

def timexes(sentence: Sentence, mentions: list[DateMention]) -> list[Timex]:
    """The sentence's dates and its bare years, in order; not a sign-off's date in its table cell."""
    text, base = sentence.text, sentence.start
    out = [Timex(m.char_start, m.char_end, m) for m in mentions
           if not (SIGN_OFF_BEFORE.search(text, max(0, m.char_start - base - 40), m.char_start - base)
                   and SIGN_OFF_AFTER.match(text, m.char_end - base))]
    for m in BARE_YEAR.finditer(sentence.text):
        start, end = sentence.start + m.start(1), sentence.start + m.end(1)
        if not any(t.start <= start < t.end for t in out):
            out.append(Timex(start, end, None))
    return sorted(out, key=lambda t: t.start)


