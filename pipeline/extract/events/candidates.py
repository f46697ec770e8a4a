"""Events: the dated milestones of an area's SEND inspection cycle.

A milestone is a date plus the words beside it that say what happened then:
"inspected ... Between 28 January 2019 and 1 February 2019", "the WSoA was
approved by Ofsted on 3 September 2019", "submitted to the DfE by 28 June
2019" (a deadline counts). The vocabulary (gold guidelines):

    inspection, outcome-letter, wsoa-submitted, wsoa-approved, monitoring,
    revisit, revisit-outcome, statutory-direction, progress-plan

How a sentence is read:
1. Anchors are found in it. Some name their milestone outright (a re-visit,
   a monitoring visit, an improvement notice, the area inspection); others
   are actions (approve, submit, publish) whose milestone depends on what was
   acted on (the WSoA, a progress plan, a notice, the inspection's report):
   the nearest subject in the action's clause, else the one the clause leaves
   understood (the thing just named, for "..., which was issued on ..."; the
   sentence's topic otherwise). An approval in a sentence that names nothing
   ("we should have confirmation of that by 12 July 2019") borrows the
   subject of the sentence before. The words are in ``events.cues``.
2. Each date goes to the nearest anchor, within its clause before across
   clauses; an anchor takes one date, so "the review took place on 15th
   November 2023 and was published in January 2024" is one milestone. A
   date before its anchor must lead its sentence or phrase ("In March 2019
   the local area ... had a joint inspection") or name it ("the May 2021
   Revisit"). A bare year ("the inspection in 2017") takes its anchor but
   makes no event, since a milestone needs a month.
3. A report published "today" with no date of its own takes the document's
   dateline (a press release).

Committee meetings are not milestones: a meeting that "considered" the WSoA
has no anchor. Dates come from the date grammar, every mention (a milestone's
sentence may repeat a date stated earlier).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pipeline.extract import dates as date_extractor
from pipeline.extract.events.cues import (
    ACTIONS,
    ACTION_TYPES,
    ANAPHOR,
    CITATIONS,
    CQC,
    DATED_REPORT,
    ELLIPSIS,
    INSPECTION_CONTEXT,
    INSPECTION_WORDS,
    LEADING_PHRASE,
    LIFTED,
    LIFTED_AFTER,
    LIFTING,
    NOUN_BEFORE,
    MONITORING_CONTEXT,
    OCCURRENCES,
    OCCURRENCE_TOPIC,
    OTHER_INSPECTIONS,
    OTHER_DATE_BEFORE,
    OWN_REPORT,
    OWN_SUBJECT,
    PLANS,
    PROGRESS_CHECK,
    RELATIVE,
    REPORT_REACH,
    REVISIT_CONTEXT,
    REVISIT_SENSE,
    SEND_CONTEXT,
    SUBJECTS,
    SUBJECT_REACH,
    TODAY,
    VISIT_FOR_PROGRESS,
)
from pipeline.extract.common.sentences import clauses, sentences
from pipeline.extract.common.structure import StructuredDocument
from pipeline.records import DateMention, Event

I = re.IGNORECASE
# "the letter", "their report": a report already spoken of.
DEFINITE = re.compile(r"\b(?:the|its|their)\s+(?:[\w-]+\s+)?$", I)
# A clause that is a second verb of the one subject: "and approved ...", "and was published ...".
COORDINATED = re.compile(r"[\s,]*(?:and|or|but)\s+(?:(?:was|were|is|are|has|had|have|been|then|later|subsequently"
                         r"|finally|formally)\s+)*[a-z]+ed\b", I)

# --- where a date may stand -----------------------------------------------

# A year alone ("the inspection in 2017") is no date, but it is its anchor's time.
BARE_YEAR = re.compile(r"\b(?:in|during|since|from|of)\s+(?:early\s+|late\s+|mid-?)?((?:19|20)\d\d)\b(?![-/–]\d)", I)
# Words that may come before a leading date: "In", "On the", "Yesterday, Tuesday".
LEADING = re.compile(r"^[\W\d]*(?:(?:in|on|between|from|during|by|at|yesterday|today|the|week|of|commencing|w/c|"
                     r"early|late|mid|and|but|so|since|then|monday|tuesday|wednesday|thursday|friday)\W+)*$", I)
# "the May 2021 Special Educational Needs and Disabilities (SEND) Revisit": a
# name (capitalised words, an abbreviation in brackets) may stand between.
ATTRIBUTIVE = re.compile(r"^(?:\s*(?>[A-Z][\w’'/&-]*|\([^)]*\)|and|of|the|local|area|joint|&|/|[-–]))*\s*$")
ATTRIBUTIVE_GAP = 80
LOOKBACK = 3  # earlier sentences that lend a subject or a context
PLAN_LOOKBACK = 8  # earlier sentences searched for the plan that "the plan" points back to
TAIL = 1500  # of a page without dates, the end is read for the next page's context
HEAD = 600  # characters of the first page that hold a document's title


@dataclass
class Anchor:
    type: str
    start: int  # in the page text
    end: int


@dataclass
class Sentence:
    page: int
    start: int
    end: int
    text: str  # the page slice
    send_document: bool = False  # the document's title is about SEND


@dataclass
class Timex:
    """A time expression in a sentence: a date, or a bare year (``mention`` None)."""

    start: int
    end: int
    mention: DateMention | None


# --- anchors ----------------------------------------------------------------

def _subjects(text: str) -> list[tuple[str, int]]:
    return [(name, m.start()) for name, rx in SUBJECTS.items() for m in rx.finditer(text)]


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


def send_document(doc: StructuredDocument) -> bool:
    """Whether the document's title (its first lines) is about SEND: then an
    "inspection letter" in it is the area's even where the sentences just
    before do not say so."""
    return bool(doc.pages) and bool(SEND_CONTEXT.search(doc.pages[0].text[:HEAD]))


def _report_type(text: str, at: int, earlier: list[str], send_title: bool = False) -> str | None:
    """Whose report or letter this is: an inspection's (outcome-letter) or a
    re-visit's (revisit-outcome), judged by the words near it, or, when the
    sentence says nothing of inspections, by the sentences just before. A
    planning inspector's report is neither: the inspection must be SEND's
    (or a re-visit, which in these papers is the area's), here or in the
    document's title."""
    nearby = text + " " + " ".join(earlier[:LOOKBACK])
    if not (send_title or SEND_CONTEXT.search(nearby) or REVISIT_CONTEXT.search(nearby)):
        return None
    if at > 0 and OWN_REPORT.search(text[max(0, at - 40):at]):
        return None  # "the Board would publish its first annual report"
    before = " ".join(earlier[:LOOKBACK])
    if INSPECTION_CONTEXT.search(text):
        context = text[max(0, at - REPORT_REACH[0]):at + REPORT_REACH[1]]
        if INSPECTION_CONTEXT.search(context) and not (
                # "The letter was published on the Ofsted website": Ofsted only publishes it; the
                # letter is the one the sentences before spoke of
                not INSPECTION_WORDS.search(text) and DEFINITE.search(text[max(0, at - 25):at])
                and INSPECTION_WORDS.search(before)):
            context = text
        elif INSPECTION_CONTEXT.search(before) and DEFINITE.search(text[max(0, at - 25):at]):
            # "explained that the letter published on 18 January 2022 found ... identified at
            # the inspection in 2018": the inspection named far off is not whose letter this
            # is; "the letter" is one already spoken of, in the sentences before (the re-visit
            # they were about). "A letter ... from Ofsted on their evaluation" is a new one.
            context = before
        else:
            return None
    else:
        context = before
    if REVISIT_CONTEXT.search(context):
        return "revisit-outcome"
    return "outcome-letter" if INSPECTION_CONTEXT.search(context) else None


def _is_area_inspection(text: str, nearby: str) -> bool:
    """Whether "inspection" here is the area SEND inspection: said of Ofsted,
    SEND or the local area in this sentence or the few before it."""
    if OTHER_INSPECTIONS.search(text):
        return False
    if CQC.search(text) and not SEND_CONTEXT.search(text):
        return False
    return bool(SEND_CONTEXT.search(text) or SEND_CONTEXT.search(nearby))


def _occurrences(sentence: Sentence, earlier: list[str]) -> list[Anchor]:
    """Anchors whose words name the milestone."""
    text, base = sentence.text, sentence.start
    nearby = " ".join(earlier[:LOOKBACK])
    progress_check = bool(PROGRESS_CHECK.search(text))
    found = []
    for kind, rx in OCCURRENCES:
        for m in rx.finditer(text):
            milestone = kind
            if kind == "inspectors-visited":
                # "Inspectors visited the borough between 8 and 12 January 2024": the inspection. A
                # visit "to see what improvements ... had made" is a re-visit the document names
                # as one where it dates it.
                if not _is_area_inspection(text, nearby) or progress_check or VISIT_FOR_PROGRESS.search(text):
                    continue
                milestone = "inspection"
            elif kind == "inspection":
                if not _is_area_inspection(text, nearby):
                    continue
                milestone = "revisit" if progress_check else kind
            elif kind == "revisit" and not (REVISIT_SENSE.search(text) or REVISIT_SENSE.search(nearby)
                                            and NOUN_BEFORE.search(text[max(0, m.start() - 40):m.start()])):
                continue
            elif kind == "review":
                if not (MONITORING_CONTEXT.search(text) or MONITORING_CONTEXT.search(nearby)):
                    continue
                milestone = "monitoring"
            elif kind == "statutory-direction" and (LIFTED.search(text[max(0, m.start() - 30):m.start()])
                                                    or LIFTED_AFTER.match(text[m.end():m.end() + 40])):
                continue
            found.append(Anchor(milestone, base + m.start(), base + m.end()))
    for m in ELLIPSIS.finditer(text):
        named = [a for a in found if a.end <= base + m.start() and a.type in ("monitoring", "revisit")]
        if named:
            found.append(Anchor(max(named, key=lambda a: a.end).type, base + m.start(), base + m.end()))
    return found


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
    subjects = _subjects(text)
    named = [(at, name) for name, at in subjects]
    named += [(a.start - base, OCCURRENCE_TOPIC.get(a.type)) for a in occurrences]
    spans = clauses(text, 0, len(text))
    borrowed = None if named else _borrowed_subject(earlier)
    send_context = bool(SEND_CONTEXT.search(text) or SEND_CONTEXT.search(" ".join(earlier[:LOOKBACK])))
    found = []
    verbs = sorted(((m.start(), action, m) for action, rx in ACTIONS.items() for m in rx.finditer(text)),
                   key=lambda v: v[0])
    acted_on: list[tuple[int, str, int]] = []  # (verb position, subject, subject position) so far
    for _, action, m in verbs:
        begin, end = next(((b, e) for b, e in spans if b <= m.start() < e), (0, len(text)))
        own = [(name, at) for name, at in subjects if begin <= at < end and abs(at - m.start()) <= SUBJECT_REACH]
        relative = bool(RELATIVE.match(text, begin))  # "..., which was issued on ..."
        # a verb that shares the subject of the verb before it: "the WSoA submitted on 31
        # October 2018 and approved by Ofsted on 01.02.2019"
        shared = [(name, at) for position, name, at in acted_on if position < begin]
        if own:
            subject, at = min(own, key=lambda s: abs(s[1] - m.start()))
        elif COORDINATED.match(text, begin) and shared:
            subject, at = shared[-1]
        elif ANAPHOR.search(text[begin:m.start()]) and (plan := _borrowed(earlier, PLANS, PLAN_LOOKBACK)):
            # "The plan had been submitted on 17 June 2022": the plan named before, and is SEND's
            # when the sentence that named it says so
            (subject, named_in), at = plan, -1
            send_context = send_context or bool(SEND_CONTEXT.search(named_in))
        elif topic := _topic(text, named, m.start(), relative):
            subject, at = topic
        elif borrowed and action == "approve" and not OWN_SUBJECT.search(text, begin, m.start()):
            subject, at = borrowed, -1
        else:
            continue
        acted_on.append((m.start(), subject, at))
        if subject == "report" and action in ("publish", "receive"):
            kind = _report_type(text, at, earlier, sentence.send_document)
        elif subject == "improvement-plan" and not send_context:
            kind = None
        else:
            kind = ACTION_TYPES.get((action, subject))
        if kind:
            found.append(Anchor(kind, base + m.start(), base + m.end()))
    return found


def anchors(sentence: Sentence, earlier: list[str]) -> list[Anchor]:
    """The milestone words of a sentence, with positions in the page.
    ``earlier`` holds the previous sentences, nearest first."""
    found = _occurrences(sentence, earlier)
    found += _actions(sentence, earlier, list(found))
    for m in DATED_REPORT.finditer(sentence.text):
        kind = _report_type(sentence.text, m.start(), earlier, sentence.send_document)
        if kind:
            found.append(Anchor(kind, sentence.start + m.start(), sentence.start + m.end()))
    if CITATIONS.match(sentence.text):  # papers cited: an inspection or re-visit there is its report
        reports = {"inspection": "outcome-letter", "revisit": "revisit-outcome"}
        found = [Anchor(reports.get(a.type, a.type), a.start, a.end) for a in found]
    return _without_overlaps(found)


def _without_overlaps(found: list[Anchor]) -> list[Anchor]:
    """The same words read twice for one milestone count once."""
    kept: list[Anchor] = []
    for anchor in sorted(found, key=lambda a: (a.start, -(a.end - a.start))):
        if kept and anchor.start < kept[-1].end and anchor.type == kept[-1].type:
            continue
        kept.append(anchor)
    return kept


# --- dates to anchors -------------------------------------------------------

def timexes(sentence: Sentence, mentions: list[DateMention]) -> list[Timex]:
    """The sentence's dates and its bare years, in order."""
    out = [Timex(m.char_start, m.char_end, m) for m in mentions]
    for m in BARE_YEAR.finditer(sentence.text):
        start, end = sentence.start + m.start(1), sentence.start + m.end(1)
        if not any(t.start <= start < t.end for t in out):
            out.append(Timex(start, end, None))
    return sorted(out, key=lambda t: t.start)


def _may_pair(anchor: Anchor, timex: Timex, page_text: str, clause_start: int, sentence_start: int) -> bool:
    """A milestone's date follows its words ("approved on 3 September 2019"),
    leads its sentence, clause or phrase ("In March 2019 the local area ...
    had a joint inspection") or names it ("the May 2021 Revisit")."""
    if timex.start >= anchor.start:
        return True
    if anchor.start - timex.end <= ATTRIBUTIVE_GAP and ATTRIBUTIVE.match(page_text[timex.end:anchor.start]):
        return True
    phrase_start = page_text.rfind(",", sentence_start, timex.start) + 1 or sentence_start
    return any(LEADING.match(page_text[start:timex.start]) for start in (clause_start, sentence_start, phrase_start))


def assign(sentence: Sentence, found: list[Anchor], times: list[Timex], page_text: str):
    """Pairs (anchor, date): nearest first, within a clause before across
    clauses; each anchor and each time used once. Returns the pairs with a
    date, and the anchors left with no time at all."""
    spans = clauses(page_text, sentence.start, sentence.end)

    def clause_of(position: int) -> int:
        return next((i for i, (b, e) in enumerate(spans) if b <= position < e), -1)

    candidates = []
    for a_index, anchor in enumerate(found):
        for t_index, timex in enumerate(times):
            clause = clause_of(timex.start)
            clause_start = spans[clause][0] if clause >= 0 else sentence.start
            if not _may_pair(anchor, timex, page_text, clause_start, sentence.start):
                continue
            if (anchor.type == "statutory-direction" and timex.start > anchor.end
                    and LIFTING.search(page_text[anchor.end:timex.start])):
                continue  # "since the Improvement Notice ..., and the decision to lift the notice in July 2022"
            if timex.start > anchor.end and _other_date(page_text, anchor, timex):
                continue  # "a report ... be brought to the Panel's meeting in March 2022"
            gap = max(timex.start - anchor.end, anchor.start - timex.end, 0)
            candidates.append((clause_of(anchor.start) != clause, gap, a_index, t_index))
    used_a, used_t, pairs = set(), set(), []
    for _, _, a_index, t_index in sorted(candidates):
        if a_index not in used_a and t_index not in used_t:
            used_a.add(a_index)
            used_t.add(t_index)
            if times[t_index].mention:
                pairs.append((found[a_index], times[t_index].mention))
    return pairs, [found[i] for i in range(len(found)) if i not in used_a]


def _other_date(page_text: str, anchor: Anchor, timex: Timex) -> bool:
    """Whether the date after an anchor is a meeting's or a framework's, said after the
    anchor's own words ("monitoring meeting on 5 March 2020" keeps its date)."""
    start = max(anchor.end, timex.start - 60)
    other = OTHER_DATE_BEFORE.search(page_text, start, timex.start)
    return bool(other) and bool(page_text[anchor.end:other.start()].strip())  # "stocktake meeting held on"


def dateline(mentions: list[DateMention]) -> DateMention | None:
    """A press release's date: a day date near the top of the first page."""
    for mention in mentions:
        if mention.page == 1 and mention.char_start < 600 and len(mention.start_date) == 10 and not mention.end_date:
            return mention
    return None


def extract(doc: StructuredDocument, mentions: list[DateMention] | None = None) -> list[Event]:
    """Milestones with their sentence as provenance, one per (type, start, end).
    ``mentions`` are every date mention, repeats included (``dates.mentions``);
    first occurrences alone are not enough. Read from ``doc`` when not given."""
    if mentions is None:
        mentions = date_extractor.mentions(doc)
    by_page: dict[int, list[DateMention]] = {}
    for mention in mentions:
        by_page.setdefault(mention.page, []).append(mention)
    published = dateline(mentions)
    send_title = send_document(doc)
    events: list[Event] = []
    seen: set[tuple] = set()
    earlier: list[str] = []  # the previous sentences, nearest first
    for page in doc.pages:
        page_mentions = by_page.get(page.page, [])
        if not page_mentions and not TODAY.search(page.text):
            # nothing to read here but the last sentences, which the next page may lean on
            tail = page.text[-TAIL:]
            earlier = [tail[b:e] for b, e in reversed(sentences(tail)[-PLAN_LOOKBACK:])] + earlier
            del earlier[PLAN_LOOKBACK:]
            continue
        starts = [m.char_start for m in page_mentions]
        for begin, end in sentences(page.text):
            sentence = Sentence(page.page, begin, end, page.text[begin:end], send_title)
            inside = page_mentions[bisect.bisect_left(starts, begin):bisect.bisect_left(starts, end)]
            today = bool(TODAY.search(sentence.text))
            if inside or today:
                found = anchors(sentence, earlier)
                pairs, unused = assign(sentence, found, timexes(sentence, inside), page.text)
                if published and today:
                    pairs += [(a, published) for a in unused if a.type in ("outcome-letter", "revisit-outcome")][:1]
                for anchor, mention in pairs:
                    key = (anchor.type, mention.start_date, mention.end_date)
                    if key not in seen:
                        seen.add(key)
                        events.append(Event(page=page.page, char_start=begin, char_end=end, quote=sentence.text,
                                            type=anchor.type, start_date=mention.start_date,
                                            end_date=mention.end_date, text=re.sub(r"\s+", " ", sentence.text)))
            earlier.insert(0, sentence.text)
            del earlier[PLAN_LOOKBACK:]
    return events
