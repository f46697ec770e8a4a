"""Decisions for events: weighed cues, one threshold per decision, the reason kept.

Three decisions are made per candidate, each by summing the weights of the
cues that fire (``common.evidence``) and keeping what reaches its threshold:

1. Is this "inspection" the area SEND inspection? (SEND named in the
   sentence, the sentences before or the document; in a SEND paper,
   significant weaknesses or a re-visit named with it; an inspection that
   "took place"; against: another inspectorate's inspection, a statement about
   every area of the country.)
2. Is it the first inspection or a re-visit? (for: the sentence says it
   checked the progress made on earlier weaknesses; against: "the previous
   inspection", weaknesses "identified at" it.)
3. Does this date go with this anchor? (the date follows its words, leads its
   phrase or names it; same clause; how far; a conjunction or a non-milestone
   noun between; a committee meeting's or a framework's date.)

Pairs are then made best first, one date to an anchor and one anchor to a
date, and every event carries the cues of its anchor and of its pairing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.common.evidence import Evidence
from pipeline.extract.common.sentences import clauses
from pipeline.extract.dates.grammar import FULL_NAMES as FULL_MONTH_NAMES
from pipeline.extract.dates.grammar import MONTHS as MONTH_NUMBERS
from pipeline.extract.events import cues

if TYPE_CHECKING:
    from pipeline.extract.events.candidates import Anchor, Sentence, Timex
    from pipeline.records import DateMention

AREA_INSPECTION = 2.0  # threshold: the area SEND inspection
REVISIT = 1.0  # threshold: an inspection that is really a re-visit
PAIR = 0.5  # threshold: this date is this anchor's

AREA_WEIGHTS = {
    "send:sentence": 3, "send:nearby": 3, "send:document": 1, "findings:send": 1, "framework:send": 1, "verb:took-place": 1,
    "other-inspectorate": -6, "cqc-without-send": -3, "generic:every-area": -4,
}
REVISIT_WEIGHTS = {"progress-check": 2, "qualifier:previous": -3, "findings-of": -2}
PAIR_WEIGHTS = {
    "order:after": 2, "order:names": 1.5, "order:leads": 1.5, "order:fronted": 1.5, "order:said-on": 1.5,
    "order:before": -3, "order:deadline": 1.5, "order:across-a-date": -3,
    "across:conjunction": -1.5, "clause:same": 1, "date:the-paper's-own": -4, "date:period's-end": -4,
    "date:a-row's": -3,
    "notice:lifted": -4, "date:another-subject": -3, "date:may-happen": -4,
    "date:another-item": -3, "date:past-leading-phrase": -3, "date:deadline-elsewhere": -2,
}
GAP_SCALE = 150  # characters between a date and its anchor that cost one point
GAP_CAP = 450


def area_inspection(text: str, at: int, nearby: str, document_send: bool) -> Evidence:
    """Whether "inspection" (at ``at`` in ``text``) is the area SEND inspection:
    Ofsted's and the CQC's, of special educational needs."""
    ev, w = Evidence(), AREA_WEIGHTS
    ev.when(cues.OTHER_INSPECTIONS.search(text), "other-inspectorate", w["other-inspectorate"])
    send_here = bool(cues.SEND_CONTEXT.search(text))
    ev.when(cues.CQC.search(text) and not send_here, "cqc-without-send", w["cqc-without-send"])
    if send_here:
        ev.add("send:sentence", w["send:sentence"])
    elif cues.SEND_CONTEXT.search(nearby):
        ev.add("send:nearby", w["send:nearby"])
    elif document_send:
        ev.add("send:document", w["send:document"])
        # in a SEND paper, an inspection the sentence ties to significant weaknesses or a re-visit
        ev.when(cues.SEND_FINDINGS.search(text), "findings:send", w["findings:send"])
        # ... or says was made under an inspection framework ("Sutton was last inspected under the previous framework")
        ev.when(cues.UNDER_A_FRAMEWORK.search(text), "framework:send", w["framework:send"])
    ev.when(cues.TOOK_PLACE.match(text, at), "verb:took-place", w["verb:took-place"])
    ev.when(cues.GENERIC.search(text), "generic:every-area", w["generic:every-area"])
    return ev


def revisit_or_inspection(text: str, start: int) -> tuple[str, Evidence]:
    """"inspection" at ``start``: the re-visit when the sentence says it checked
    progress on earlier weaknesses, unless the words say it is the earlier one."""
    ev, w = Evidence(), REVISIT_WEIGHTS
    before = text[max(0, start - 60):start]
    ev.when(cues.PROGRESS_CHECK.search(text), "progress-check", w["progress-check"])
    ev.when(cues.PREVIOUS.search(before), "qualifier:previous", w["qualifier:previous"])
    ev.when(cues.FINDINGS_OF.search(before), "findings-of", w["findings-of"])
    return ("revisit" if ev.passes(REVISIT) else "inspection"), ev


# --- dates to anchors -------------------------------------------------------

def _order(anchor: Anchor, timex: Timex, page_text: str, clause_start: int, sentence_start: int,
           ev: Evidence) -> None:
    """Where the date stands against the anchor's words: after them ("approved
    on 3 September 2019"), naming them ("the May 2021 Revisit"), leading the
    sentence, clause or phrase ("In March 2019 the local area ... had a joint
    inspection"), fronted before a comma ("that on the 25th May 2022, the report
    was published"), or merely before them (which is another milestone's)."""
    w = PAIR_WEIGHTS
    if timex.start >= anchor.start:
        ev.add("order:after", w["order:after"])
        return
    between = page_text[timex.end:anchor.start]
    if anchor.start - timex.end <= cues.ATTRIBUTIVE_GAP and cues.ATTRIBUTIVE.match(between):
        ev.add("order:names", w["order:names"])
        ev.when(cues.CONJUNCTION.search(between), "across:conjunction", w["across:conjunction"])
        return
    phrase_start = page_text.rfind(",", sentence_start, timex.start) + 1 or sentence_start
    if any(cues.LEADING.match(page_text[start:timex.start]) for start in (clause_start, sentence_start, phrase_start)):
        ev.add("order:leads", w["order:leads"])
        ev.when(cues.DATE_BETWEEN.search(page_text, timex.end, anchor.start), "order:across-a-date",
                w["order:across-a-date"])
    elif (cues.FRONTED_BEFORE.search(page_text[max(sentence_start, timex.start - 30):timex.start])
          and cues.FRONTED_AFTER.match(between)):
        ev.add("order:fronted", w["order:fronted"])
    elif (anchor.action and cues.DEADLINE_BEFORE.search(page_text, max(sentence_start, timex.start - 20), timex.start)
          and cues.DEADLINE_AFTER.match(between)):
        ev.add("order:deadline", w["order:deadline"])  # "has until 9 May 2024 to submit its plan"
    elif anchor.action and (cues.SAID_ON.search(page_text[max(sentence_start, timex.start - 60):timex.start])
                            and cues.SAID_THAT.match(between)
                            or cues.LETTER_DATED.search(page_text[max(sentence_start, timex.start - 60):timex.start])
                            and cues.LETTER_SAID.match(between)):
        ev.add("order:said-on", w["order:said-on"])  # "Ofsted confirmed on 2 May 2019 that the WSoA was approved"
    else:
        ev.add("order:before", w["order:before"])


def pair_evidence(anchor: Anchor, timex: Timex, page_text: str, spans: list[tuple[int, int]],
                  sentence_start: int) -> Evidence:
    """The cues for giving this date to this anchor."""
    w = PAIR_WEIGHTS
    ev = Evidence()

    def clause_of(position: int) -> int:
        return next((i for i, (b, e) in enumerate(spans) if b <= position < e), -1)

    clause = clause_of(timex.start)
    clause_start = spans[clause][0] if clause >= 0 else sentence_start
    _order(anchor, timex, page_text, clause_start, sentence_start, ev)
    ev.when(clause == clause_of(anchor.start), "clause:same", w["clause:same"])
    gap = max(timex.start - anchor.end, anchor.start - timex.end, 0)
    ev.add("gap", -round(min(gap, GAP_CAP) / GAP_SCALE, 2), gap)
    if timex.start > anchor.end:
        ev.when(anchor.type == "statutory-direction"
                and cues.ENDED_NOTICE["between"].search(page_text[anchor.end:timex.start]),
                "notice:lifted", w["notice:lifted"])
        ev.when(cues.ANOTHER_SUBJECT.search(page_text, anchor.end, timex.start)
                or cues.EARLIER_THING.search(page_text, max(anchor.end, timex.start - 80), timex.start),
                "date:another-subject", w["date:another-subject"])
        ev.when(cues.MAY_HAPPEN.search(page_text, anchor.end, timex.start), "date:may-happen", w["date:may-happen"])
        # "After the SEND inspection, the partnership has until 9 May 2024 to ...": a milestone named in a
        # leading phrase is what the sentence's own news followed; a date past the phrase is the news's
        lead = cues.AFTER_THE_MILESTONE.match(page_text[sentence_start:sentence_start + 200])
        ev.when(lead is not None and not anchor.action and anchor.end <= sentence_start + lead.end() <= timex.start,
                "date:past-leading-phrase", w["date:past-leading-phrase"])
        ev.when(cues.ANOTHER_ITEM.search(page_text, anchor.end, timex.start), "date:another-item", w["date:another-item"])
        # "... on which the re-visit found little progress – ... – and to show improvement by the end of May
        # 2024": a visit is not a deadline; one set in another clause is for what that clause requires
        ev.when(anchor.type in ("inspection", "revisit") and not anchor.action and clause != clause_of(anchor.start)
                and cues.DEADLINE_DATE_BEFORE.search(page_text, max(anchor.end, timex.start - 30), timex.start),
                "date:deadline-elsewhere", w["date:deadline-elsewhere"])
        ev.when(owner := papers_own(page_text, anchor, timex), "date:the-paper's-own", w["date:the-paper's-own"], owner)
        # "Area of weakness | Progress since the revisit | RAG" over "... | Audits in September 2022 rated ... | Amber":
        # a word of a table's header line names a column; a date in a row below is that row's
        ev.when(_in_a_row_below(page_text, anchor, timex), "date:a-row's", w["date:a-row's"])
        # "submitted within 30 working days of publication of the report, that is by 13 June 2025": a date that restates
        # a period counted from the milestone is the period's end, the deadline of what the period bounds
        ev.when(cues.PERIOD_FROM.search(page_text, max(0, anchor.start - 50), anchor.start)
                and cues.PERIOD_RESTATED.match(page_text, anchor.end, timex.start), "date:period's-end", w["date:period's-end"])
    return ev


def _in_a_row_below(page_text: str, anchor: Anchor, timex: Timex) -> bool:
    """The anchor on a line with no cell marks, the date on a later line of cells (a table's row)."""
    line_end = page_text.find("\n", anchor.end, timex.start)
    if line_end == -1:
        return False
    anchor_line = page_text[page_text.rfind("\n", 0, anchor.start) + 1:line_end]
    date_line_start = page_text.rfind("\n", 0, timex.start) + 1
    date_line_end = page_text.find("\n", timex.end)
    return "|" not in anchor_line and "|" in page_text[date_line_start:date_line_end if date_line_end != -1 else len(page_text)]


OWNER_REACH = 120  # characters before a date read for the thing it is the time of


def papers_own(page_text: str, anchor: Anchor, timex: Timex) -> str | None:
    """The kind of the paper's own business (``cues.OWN_BUSINESS``) whose date follows the anchor, when the date
    is not the milestone's: the subject of the anchor's verb ("the Framework was published in June 2025"), or the
    nearest thing named before the date in its clause ("a progress report in December 2025", "the budget set by
    Council on D"); not the anchor's own head ("monitoring meeting held on D")."""
    strategy = anchor.evidence.has("subject:strategy")  # a renewed strategy is the area's plan, no business of its own
    if anchor.action and (subject := cues.OWN_SUBJECT_BEFORE.search(page_text, max(0, anchor.start - 50), anchor.start)) \
            and not (strategy and subject.lastgroup == "strategy"):
        return _kind(subject)
    if anchor.type in cues.VISITS and cues.LETTER_DATED_BEFORE.search(page_text, max(anchor.end, timex.start - 100), timex.start):
        # "the date of the next stocktake was confirmed ... in a letter to the Director dated D": a visit or review
        # told of in a letter is not on the letter's date (an approval by letter is: "approved, as Ofsted confirmed
        # in a letter dated D")
        return "letter"
    thing = cues.OWNED_DATE.search(page_text, max(anchor.end, timex.start - OWNER_REACH), timex.start)
    if not thing or not page_text[anchor.end:thing.start()].strip():
        return None
    kind = _kind(thing)
    if timex.mention is not None and timex.mention.end_date and kind != "consultation":
        return None  # a range of days is a visit's or a consultation's, not a meeting's or a framework's
    if kind == "committee" and anchor.action and cues.BY_A_BODY.search(page_text, max(anchor.start, thing.start() - 80),
                                                                        thing.start()):
        return None  # "agreed by Cabinet on D", "approved at Cabinet in May": the verb's agent, or its occasion
    if kind == "rule" and cues.FRAMEWORK_OF_A_YEAR.search(page_text, max(anchor.end, thing.start() - 40), thing.end()):
        return None  # "under the 2016 framework in February 2018": the framework has its year; the date is the visit's
    if kind == "meeting" and (_approved_at_a_meeting(page_text, anchor, thing.start())
                              or _reviewed_at_meetings(page_text, anchor, thing.start())):
        return None
    return None if strategy and kind == "strategy" else kind


def _kind(match: re.Match) -> str:
    return match.lastgroup.replace("_", "-")


def _approved_at_a_meeting(page_text: str, anchor: Anchor, other: int) -> bool:
    """"would agree an action plan ... at its meeting on D": a plan agreed at a meeting is agreed on the
    meeting's date (an approving verb, the meeting in its own clause)."""
    if not (anchor.action and anchor.evidence.has("verb:approve")):
        return False
    at = cues.AT_ITS_MEETING.search(page_text, max(anchor.end, other - 60), other + len("meeting"))
    return bool(at) and _one_clause(page_text[anchor.end:at.start()])


def _reviewed_at_meetings(page_text: str, anchor: Anchor, other: int) -> bool:
    """"The DfE and NHS England reviewed progress at meetings on D1 and D2": the meetings a review was held
    at are the review's own occasions (not "at its meeting", a committee's, nor in another clause)."""
    if anchor.type != "monitoring" or anchor.action:
        return False
    at = cues.AT_MEETINGS.search(page_text, max(anchor.end, other - 40), other + len("meetings"))
    return bool(at) and _one_clause(page_text[anchor.end:at.start()])


def _one_clause(between: str) -> bool:
    """Whether the words between a verb and what follows it keep to the verb's clause."""
    return not cues.NOT_THE_VERBS_CLAUSE.search(cues.ABBREVIATION.sub("", between) if "(" in between else between)


ONE_A_SENTENCE = ("outcome-letter", "revisit-outcome")  # a report is published once


def assign(sentence: Sentence, found: list[Anchor], times: list[Timex], page_text: str):
    """Pairs (anchor, date, evidence), best first; each anchor and each time used
    once, and a report's publication once a sentence. Returns the pairs with a
    date, and the anchors left with no time at all."""
    spans = clauses(page_text, sentence.start, sentence.end)
    candidates = []
    for a_index, anchor in enumerate(found):
        for t_index, timex in enumerate(times):
            ev = pair_evidence(anchor, timex, page_text, spans, sentence.start)
            if ev.passes(PAIR):
                candidates.append((-ev.score, a_index, t_index, ev))
    used_a, used_t, reports, pairs = set(), set(), set(), []
    for _, a_index, t_index, ev in sorted(candidates, key=lambda c: c[:3]):
        anchor = found[a_index]
        if a_index in used_a or t_index in used_t or (anchor.type in reports and times[t_index].mention):
            continue
        used_a.add(a_index)
        used_t.add(t_index)
        if times[t_index].mention:
            if anchor.type in ONE_A_SENTENCE:
                reports.add(anchor.type)
            pairs.append((anchor, times[t_index].mention, Evidence(list(anchor.evidence.cues)).extend(ev)))
            if anchor.type in RECURRING:
                pairs += _listed_after(anchor, times, t_index, used_t, page_text, ev)
    return pairs, [found[i] for i in range(len(found)) if i not in used_a]


RECURRING = ("monitoring",)  # milestones that come again: one sentence may date several
# Nothing but a comma or "and" between two dates of one list: "on 3 May 2022, 9 November 2022 and 2 May 2023"
# ("reviewed our progress on 11 March 2025 and again on 30 September 2025": the same again)
LIST_GAP = re.compile(r"\s*(?:[,;]\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)(?:again\s+)?(?:on\s+|in\s+)?(?:the\s+)?")


def _listed_after(anchor: Anchor, times: list[Timex], t_index: int, used_t: set, page_text: str,
                  ev: Evidence) -> list:
    """The dates listed after a recurring milestone's date ("reviewed progress on D1, D2 and D3"):
    each is that milestone again, with the first date's evidence and the list's."""
    out = []
    previous = times[t_index]
    for later in range(t_index + 1, len(times)):
        timex = times[later]
        if later in used_t or not timex.mention or not LIST_GAP.fullmatch(page_text, previous.end, timex.start):
            break
        used_t.add(later)
        out.append((anchor, timex.mention, Evidence(list(anchor.evidence.cues)).extend(ev).add("dates:listed", 0)))
        previous = timex
    return out


def dateline(mentions: list[DateMention]) -> DateMention | None:
    """A press release's date: a day date near the top of the first page."""
    for mention in mentions:
        if mention.page == 1 and mention.char_start < 600 and len(mention.start_date) == 10 and not mention.end_date:
            return mention
    return None


HEADING_LENGTH = 100  # a heading that restates a milestone is no longer


def _heading(event) -> bool:
    """A title line ("SEND re-visit completed in May 2021"): short, one line, no full stop."""
    quote = event.quote.strip()
    return len(quote) <= HEADING_LENGTH and "\n" not in quote and not quote.endswith((".", "!", "?", ";", ":"))


# 1 -> "January": the date grammar's month names, as a heading line spells them
MONTH_NAMES = {MONTH_NUMBERS[name]: name.capitalize() for name in FULL_MONTH_NAMES}


def _in_a_heading_line(event) -> bool:
    """"The four areas, and the re-visit's finding on each, were:" | "Area of significant weakness (2019)
    Re-visit finding (October 2021)": the month stands in a table's heading line (short, no full stop) of a
    sentence that runs on into the table; the visit's days are stated elsewhere."""
    month = MONTH_NAMES[int(event.start_date[5:7])]
    year = event.start_date[:4]
    return any(month in line and year in line and len(line.strip()) <= HEADING_LENGTH
               and not line.rstrip().endswith((".", "!", "?", ";", ":"))
               for line in event.quote.split("\n")[1:])


def _cited(event) -> bool:
    """A paper cited by its month ("Background papers: Area SEND inspection of X, Ofsted, November
    2024"): the report the body dates by its day."""
    return "citation" in event.evidence


def without_restatements(events: list) -> list:
    """One milestone stated twice is one event: a heading's month ("SEND re-visit
    completed in May 2021") over the body's day in that month ("24 to 27 May 2021")
    is the same re-visit (prose that states both keeps both), and so is a cited
    paper's month; a range read both as the inspection and as the re-visit is the
    re-visit (they never share days), and a day before the range in its month is
    the range's start (_start_of_a_range). A report dated only by the page's dateline
    ("... have published the report", the news item's date above it) is the one the
    text dates itself ("The report was published on 13 October 2025") where it does."""
    days = {(e.type, e.start_date[:7]) for e in events if len(e.start_date) == 10}
    revisits = {(e.start_date, e.end_date) for e in events if e.type == "revisit"}
    ranges = [(e.type, e.start_date) for e in events if e.end_date and len(e.start_date) == 10]
    dated_in_text = {e.type for e in events if not _dated_by_the_page(e)}
    return [e for e in events
            if not (_dated_by_the_page(e) and e.type in dated_in_text)
            and not (len(e.start_date) == 7 and (e.type, e.start_date) in days
                    and (_heading(e) or _cited(e) or _dated_again_next(e, events) or _in_a_heading_line(e)
                         or _spoken_of_again(e, events)))
            and not (e.type == "inspection" and (e.start_date, e.end_date) in revisits)
            and not _start_of_a_range(e, ranges)]


def _dated_by_the_page(event) -> bool:
    """A report said to be out "today", or in a news item's lead, that takes the page's dateline."""
    return "dateline:today" in event.evidence or "dateline:news-lead" in event.evidence


# "The inspection took place from 9 to 13 September 2019", "This re-visit ran from ...": the visit just
# named, spoken of again as the sentence's subject.
SAME_VISIT_AGAIN = re.compile(r"^\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:inspection|re-?\s?visit)\b", re.IGNORECASE)
NEXT_SENTENCE = 3  # characters between a sentence's end and the next one's start


def _dated_again_next(event, events: list) -> bool:
    """"In September 2019, Ofsted and the CQC carried out a joint inspection ... . The inspection took place
    from 9 to 13 September 2019": the very next sentence dates the same visit by its days, in the month the
    first gave; the month is a restatement (in separate places, the two are kept)."""
    return any(other.type == event.type and len(other.start_date) == 10 and other.start_date[:7] == event.start_date
               and other.page == event.page and 0 <= other.char_start - event.char_end <= NEXT_SENTENCE
               and SAME_VISIT_AGAIN.match(other.quote) for other in events)


def _spoken_of_again(event, events: list) -> bool:
    """"The inspection in February 2019 found much to commend" after "had inspected the area between 4 and 8
    February 2019": the visit named again as the one already dated by its days earlier in the document."""
    return bool(SAME_VISIT_AGAIN.match(event.quote)) and any(
        other.type == event.type and len(other.start_date) == 10 and other.start_date[:7] == event.start_date
        and (other.page, other.char_start) < (event.page, event.char_start) for other in events)


def _start_of_a_range(event, ranges: list[tuple[str, str]]) -> bool:
    """A single day of an inspection or re-visit before its dated range in the same month:
    the day the area was notified or the work began ("will begin their inspection today
    (8 September 2025)" over "Onsite inspection will take place from 22 to 26 September
    2025"); the range is the milestone."""
    if event.type not in ("inspection", "revisit") or event.end_date or len(event.start_date) != 10:
        return False
    return any(kind == event.type and start[:7] == event.start_date[:7] and start > event.start_date
               for kind, start in ranges)
