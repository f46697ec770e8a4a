"""Events: the dated milestones of an area's SEND inspection cycle.

A milestone is a date plus the words beside it that say what happened then:
"inspected ... Between 28 January 2019 and 1 February 2019", "the WSoA was
approved by Ofsted on 3 September 2019", "submitted to the DfE by 28 June
2019" (a deadline counts). The vocabulary (gold guidelines):

    inspection, outcome-letter, wsoa-submitted, wsoa-approved, monitoring,
    revisit, revisit-outcome, statutory-direction, progress-plan

The package has four parts:

- ``segments``: the page cut into sentences (a labelled or title line is one of its own, a timeline
  table's date cell joined to its row) and the headings under which lines are papers cited;
- ``candidates``: each sentence's anchors (the words that name a milestone, or
  an action typed by what it acts on) and its times (dates, and bare years that
  take an anchor but make no event, since a milestone needs a month);
- ``cues``: the phrase classes those are read with;
- ``decide``: the weighed decisions (is this the area inspection, is it a
  re-visit, does this date go with this anchor), each with one threshold, and
  the pairing of dates to anchors, best first.

Every event's ``evidence`` lists the cues of its anchor and of its pairing.
A report published "today" with no date of its own takes the document's
dateline (a press release), and so does one that "has been published" in the
item's lead, just under its dateline. Committee meetings are not milestones: a meeting
that "considered" the WSoA has no anchor. Dates come from the date grammar,
every mention (a milestone's sentence may repeat a date stated earlier).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from pipeline.extract import dates as date_extractor
from pipeline.extract.common.evidence import Evidence
from pipeline.extract.common.sentences import sentences
from pipeline.extract.common.structure import StructuredDocument
from pipeline.extract.events import decide
from pipeline.extract.events.candidates import (
    PLAN_LOOKBACK, TAIL, VISITS, Anchor, Sentence, Timex, anchors, send_document, timexes,
)
from pipeline.extract.events.cues import (
    DATE_CELL, ORDINAL_CELL, PLANNED_AFTER, INSPECTION_CONTEXT, INSPECTION_CONTEXT_WORDS, MONITORING_PAGE, JUST_PUBLISHED, NEW_FRAMEWORK_OUTCOME, NEW_FRAMEWORK_WORDS,
    SEND_CONTEXT_SPLIT, TODAY,
)
from pipeline.extract.events.decide import assign, dateline
from pipeline.extract.events.segments import citations_heading, meeting_links_heading, sentence_spans
from pipeline.records import DateMention, Event
from pipeline.extract.common.lowered import any_match, may_hold

__all__ = ["Anchor", "Sentence", "Timex", "anchors", "assign", "extract", "send_document", "timexes"]


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
    lowered = [page.text.lower() for page in doc.pages]  # for cheap first looks (common.lowered)
    new_framework = any(may_hold(page.text, NEW_FRAMEWORK_WORDS, low) and NEW_FRAMEWORK_OUTCOME.search(page.text)
                        for page, low in zip(doc.pages, lowered))
    events: list[Event] = []
    seen: set[tuple] = set()
    earlier: list[str] = []  # the previous sentences, nearest first
    citing = False  # under a "Background papers" heading, until the next heading
    listing = False  # under a "Decisions" or "Agenda items" heading, until the next heading
    placed: list[tuple[int, int, Anchor, DateMention]] = []  # (page, sentence index, anchor, date) read so far
    carried = ""  # the previous page's last sentence, when it runs on over the page break
    for page, low in zip(doc.pages, lowered):
        page_mentions = by_page.get(page.page, [])
        if not page_mentions and ("today" not in low or not TODAY.search(page.text)):
            # nothing to read here but the last sentences, which the next page may lean on
            tail = page.text[-TAIL:]
            earlier = [tail[b:e] for b, e in reversed(sentences(tail)[-PLAN_LOOKBACK:])] + earlier
            del earlier[PLAN_LOOKBACK:]
            carried = _running_on(earlier[0] if earlier else "")
            continue
        send_page = any_match(page.text, SEND_CONTEXT_SPLIT, low)  # SEND_CONTEXT.search, faster on a page
        monitoring_page = bool(MONITORING_PAGE.search(page.text))
        inspection_page = bool(may_hold(page.text, INSPECTION_CONTEXT_WORDS, low) and INSPECTION_CONTEXT.search(page.text))
        today_page = "today" in low  # TODAY's letters have no other case forms: a cheap first look
        starts = [m.char_start for m in page_mentions]
        spans = sentence_spans(page.text)
        for index, (begin, end) in enumerate(spans):
            following = page.text[slice(*spans[index + 1])] if index + 1 < len(spans) else ""
            sentence = Sentence(page.page, begin, end, page.text[begin:end], send_title, send_page, following, citing,
                                listing, new_framework, inspection_page, monitoring_page)
            citing = citations_heading(sentence.text, citing)
            listing = meeting_links_heading(sentence.text, listing)
            inside = page_mentions[bisect.bisect_left(starts, begin):bisect.bisect_left(starts, end)]
            # a news item's lead ("A report into ... has been published."), its dateline just above, is as
            # fresh as "today": the report's date is the item's
            said_today = today_page and bool(TODAY.search(sentence.text))
            today = said_today or bool(published and page.page == published.page
                                       and published.char_start < begin < NEWS_LEAD
                                       and not inside and JUST_PUBLISHED.search(sentence.text))
            pairs, said = [], sentence.text
            if index == 0 and inside and carried and page.text[begin:begin + 1].islower():
                # "The next review meeting will take place" | page break | "in October 2023.": one sentence
                pairs = _over_the_page_break(carried, sentence, inside, earlier[1:], page.text)
                said = carried + " " + sentence.text
            if not pairs and (inside or today):
                found = anchors(sentence, earlier)
                pairs, unused = assign(sentence, found, timexes(sentence, inside), page.text)
                if published and today:
                    pairs += [(a, published, Evidence(list(a.evidence.cues)).add("dateline:today" if said_today else "dateline:news-lead", 0))
                              for a in unused if a.type in decide.ONE_A_SENTENCE][:1]
                if not pairs and len(inside) == 1 and DATE_CELL.match(sentence.text):
                    pairs = _dated_under_heading(inside[0], placed, page.page, index)
                if not pairs and len(inside) == 1 and earlier and ORDINAL_CELL.match(earlier[0]) \
                        and DATE_CELL.match(PLANNED_AFTER.sub("", sentence.text)):
                    # "First stocktake" | "21 October 2025": a row's cells, the milestone then its date
                    pairs = [(anchor, mention, evidence.add("cell:under-its-name", 0)) for anchor, mention, evidence
                             in _joined(earlier[0], sentence, inside, [e for e in earlier[1:] if len(e.split()) > CELL_WORDS])]
                    said = earlier[0] + " | " + sentence.text
                if WHEN_FIELD.match(sentence.text) and earlier and _is_heading(earlier[0]):
                    # "Stage 2: our Written Statement of Action" | "When: submitted D1; judged fit for purpose D2":
                    # a journey page's field line dates the milestone its heading names
                    pairs = [(anchor, mention, evidence.add("sentence:under-its-heading", 0)) for anchor, mention, evidence
                             in _joined(earlier[0], sentence, inside, earlier[1:], anchors_before=False)] or pairs
                    said = earlier[0] + " " + sentence.text
            for anchor, mention, evidence in pairs:
                key = (anchor.type, mention.start_date, mention.end_date)
                if key not in seen:
                    seen.add(key)
                    events.append(Event(page=page.page, char_start=begin, char_end=end, quote=sentence.text,
                                        type=anchor.type, start_date=mention.start_date,
                                        end_date=mention.end_date, text=re.sub(r"\s+", " ", said),
                                        evidence=evidence.reason()))
                    placed.append((page.page, index, anchor, mention))
            earlier.insert(0, sentence.text)
            del earlier[PLAN_LOOKBACK:]
        carried = _running_on(page.text[slice(*spans[-1])]) if spans else ""
    return decide.without_restatements(events)


def _running_on(text: str) -> str:
    """A page's last sentence when it stops without its full stop (it goes on over the page break)."""
    text = text.strip()
    last_line = text.rsplit("\n", 1)[-1]
    return text if text and text[-1].isalpha() and len(last_line.split()) > SHORT_TAIL else ""


SHORT_TAIL = 2  # a sentence whose last line is a word or two is a heading's or a cell's, not prose run on


# a journey or timeline page's field line: "When: 12th to 16th November 2018"
WHEN_FIELD = re.compile(r"^\s*When\s*:\s*\S")
HEADING_WORDS = 12  # a line this short, with no full stop, is a heading


def _is_heading(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text.split()) <= HEADING_WORDS and not text.endswith((".", ";", ","))


def _over_the_page_break(carried: str, sentence: Sentence, inside: list[DateMention], earlier: list[str],
                         page_text: str) -> list:
    """The milestones of a sentence that a page break cut: the previous page's last words and this page's
    first ones read as one sentence; the dates are this page's."""
    return [(anchor, mention, evidence.add("sentence:over-page-break", 0))
            for anchor, mention, evidence in _joined(carried, sentence, inside, earlier)]


def _joined(carried: str, sentence: Sentence, inside: list[DateMention], earlier: list[str],
            anchors_before: bool = True) -> list:
    """The milestones of a sentence read after the words before it as one sentence (the previous page's last
    words; a heading over a field line), the dates this sentence's; with ``anchors_before``, only milestones
    named before the join."""
    joined = carried + " " + sentence.text
    shift = len(carried) + 1 - sentence.start
    moved = {id(m): m for m in inside}
    shifted = [replace(m, char_start=m.char_start + shift, char_end=m.char_end + shift) for m in inside]
    back = {id(s): moved[id(m)] for s, m in zip(shifted, inside)}
    whole = replace(sentence, start=0, end=len(joined), text=joined)
    found = [a for a in anchors(whole, earlier) if a.start < len(carried) or not anchors_before]
    pairs, _ = assign(whole, found, timexes(whole, shifted), joined)
    return [(anchor, back[id(mention)], evidence) for anchor, mention, evidence in pairs if id(mention) in back]


NEWS_LEAD = 600  # characters of a news page's top that hold its dateline and lead paragraph
CELL_WORDS = 3  # the table's other short cells lend no context; its title and the prose around it do
UNDER_HEADING = 3  # sentences between a heading that names a milestone by its month and the line of its days


def _dated_under_heading(mention: DateMention, placed: list, page: int, index: int) -> list:
    """"April 2018 - Local Area Inspection" | ... | "30th April – 4th May 2018": a line that is nothing
    but a date, just under a heading that named a visit by the month the line's days fall in, gives that
    visit its days (the heading's month is then a restatement, ``decide.without_restatements``)."""
    if len(mention.start_date) != 10:
        return []
    for on_page, at, anchor, dated in reversed(placed):
        if on_page != page or index - at > UNDER_HEADING:
            break
        if anchor.type in VISITS and dated.start_date == mention.start_date[:7]:
            return [(anchor, mention, Evidence(list(anchor.evidence.cues)).add("dateline:under-heading", 0))]
    return []
