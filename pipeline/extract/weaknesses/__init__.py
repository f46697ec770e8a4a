"""Weaknesses: each item an inspection or review found wanting.

The package has the same shape as the other facts':

- proposing candidates generously: ``tables`` the rows of tables (PDF " | " rows, also past a
  page break, a web page's cell paragraphs, cells labelled "Priority action:"); ``lists`` (and
  ``unmarked``, ``items``, ``headed`` for "Area n:" headings over their paragraphs) every list a
  line may introduce, with ``judged`` for a re-visit's weaknesses each over its verdict and a letter's
  "N. The partnership should:" paragraphs; the sentence readers ``sentences``, ``named``, ``findings``, ``restated``
  (with ``enumerations``) and ``told`` the findings running sentences enumerate, report, restate,
  set against praise or tell one by one ("inspectors were concerned that X. They were also
  concerned that Y", "The first was that ..."); ``candidates`` one-sentence findings of web pages
  and the finding sentences after one that announces them; ``plan_cells`` a plan's findings column
  given a cell at a time; ``recommended`` the inspection's own form of an area for improvement ("Leaders should
  ...", "The ICB must ...") wherever it opens a paragraph; ``clauses`` (last, so only what no other reader took) findings stated in running prose,
  read by the clause: an inspection reporting a clause that judges provision, a paragraph under a heading (or after a
  sentence) reporting findings, the coordinated objects of "must improve X, Y and Z" or of a finder's concern;
- ``cues``, ``item_cues`` and ``counts``: the phrase classes (what names a weakness, what an
  inspection is, what judges provision, what is a response, a next step or a strength, who is
  speaking, how many findings a sentence says there are) as plain regular expressions, with two
  vocabularies every reader shares: ``pointers`` (where a document says its findings are written)
  and ``verdicts`` (the amounts of progress a re-visit or a tracker gives);
- ``decide``: the weights of the cues and the one threshold; ``prose`` gathers each sentence
  reader's items and has them weighed. The cues that fired become the fact's ``evidence``.

Items found twice, or inside a span already taken, are kept once; a short restatement of a finding
given in full (a sentence's few words, a table's title of an area), a whole statement that copies another's
findings out again, shorter (``statements``), and a verdict's object that only recalls findings set out before
(``recalled``) are dropped, and so is an inspection report's contrasting prose on the pages of the findings it states
as what someone should do (``described``); ``themes`` gives each one or two themes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort

from pipeline.extract.weaknesses import candidates, clauses, cues, described
from pipeline.extract.weaknesses import lists as weakness_lists
from pipeline.extract.weaknesses import plan_cells, prose, recalled, recommended, run_in, statements, tables
from pipeline.extract.weaknesses.sentences import sentences_of
from pipeline.extract.common.structure import StructuredDocument
from pipeline.extract.weaknesses.text import Found, is_hard_wrapped, lines_of
from pipeline.records import Weakness


def extract(doc: StructuredDocument) -> list[Weakness]:
    about_send = send_pages(doc)
    if not about_send:
        return []
    lines = lines_of(doc.pages)
    wrapped = is_hard_wrapped(lines)  # read once: PDF lines or web paragraphs
    sentences = sentences_of(doc.pages, lines, wrapped)  # read once for the sentence readers and announced findings
    found = tables.extract(lines, wrapped) + weakness_lists.extract(lines, wrapped) \
        + prose.extract(doc.pages, lines, wrapped, sentences) \
        + candidates.standalone_findings(lines, wrapped) + candidates.announced_findings(sentences) \
        + candidates.quoted_after_announcement(sentences)
    found += plan_cells.extract(lines)
    found += recommended.extract(sentences, doc.page_text)  # "Leaders should ...": the inspection's own form, wherever it stands
    found += clauses.extract(sentences, lines, wrapped)  # last: only findings no other reader took
    found = run_in.split_run_in(found, doc.page_text)  # "leaders should (i) X; (ii) Y": each item its own
    kept = without_restatements(sorted(unique(found), key=lambda item: (item.page, item.start)),
                                {page.page: len(page.text) for page in doc.pages})
    kept = recalled.without_recalled_areas(kept)
    kept = described.without_described(kept)
    return [to_record(doc, item) for item in kept if item.page in about_send]


def send_pages(doc: StructuredDocument) -> set[int]:
    """Pages that speak of SEND, or follow one that does: school inspections and
    other services' reviews use the same words for their own findings."""
    mentions = {page.page for page in doc.pages if cues.speaks_of_send(page.text)}
    return {near for page in mentions for near in (page, page + 1)}


RESTATED_SHARE = 0.75  # of a sentence's finding's words found in a longer finding of the page: it says that one again
RESTATED_MIN_WORDS = 3
TITLE_MIN_WORDS = 2  # "Annual reviews": a table's title of an area
STOP_WORDS = frozenset("the a an of and or in on for to too at by with from that which who is are was were be been "
                       "has have had still not no its their there this these those some many more most than as but "
                       "so very also only yet".split())
# "1. Timeliness of ...", "P2 Joint commissioning", "AFI 3: ...": the row's number or short label
ROW_NUMBER = re.compile(r"^\W*(?:[A-Z]{1,4}\s?)?\d{1,2}(?:\.\d{1,2})?[.):]?\s+")


def content_stems(text: str) -> set[str]:
    return {word[:4] for word in re.findall(r"[a-z0-9]+", text.lower()) if word not in STOP_WORDS}


def restating(item: Found) -> str | None:
    """How an item may only say again a finding given in full: a running sentence's few words ("sentence"), said
    again on the same page; or a table's cell ("table"), anywhere in the document: a plan's short title of an area
    ("1. Timeliness of EHC needs assessments" in an appendix, after the report's "Leaders should improve the
    timeliness of EHC needs assessments, so that ..."), or a tracker's area column copying the findings out again."""
    if item.evidence.startswith("sentence:"):
        return "sentence"
    if item.evidence.startswith("table:"):
        return "table"
    return None


TITLE_SHARE = 2  # a full finding has at least this many times a title's words


def titles(item: Found, other: Found, words: set[str], others: set[str]) -> bool:
    """A table's cell that only names an area ("P1 Strategy and leadership", "EHC plans") after another table gave
    the finding in full ("The lack of a clear, shared strategy ... and weak strategic leadership"): the tracker's title
    of it, when it judges nothing and the finding before it has several times its words."""
    return (other.page, other.start) < (item.page, item.start) and "item:judges" not in item.evidence \
        and len(others) >= TITLE_SHARE * len(words)


def without_restated_groups(kept: list[Found], page_lengths: dict[int, int]) -> list[Found]:
    """``kept`` without the items of a statement that copies another statement's findings out again."""
    drop = statements.restated(kept, [content_stems(item.text) for item in kept], page_lengths)
    return [item for index, item in enumerate(kept) if index not in drop] if drop else kept


def without_restatements(kept: list[Found], page_lengths: dict[int, int] | None = None) -> list[Found]:
    """A finding a running sentence states in a few words ("..., but that children are still waiting too long for
    an autism assessment") whose words a longer finding on the same page holds nearly all of ("The ICB should reduce
    the time that children wait for an assessment of autism, ...") says that one again, it is not another; so does a
    table's cell whose words a longer finding outside a table holds, anywhere in the document; and a whole statement
    copying another's findings out again, shorter (``statements``)."""
    kinds = [restating(item) for item in kept]
    if not any(kinds):
        return without_restated_groups(kept, page_lengths or {})
    stems = [content_stems(ROW_NUMBER.sub("", item.text) if kind == "table" else item.text)
             for item, kind in zip(kept, kinds)]
    out: list[Found] = []
    for item, words, kind in zip(kept, stems, kinds):
        if kind and len(words) >= (RESTATED_MIN_WORDS if kind == "sentence" else TITLE_MIN_WORDS) and any(
                (other.page == item.page or kind == "table" and (other_kind != "table" or titles(item, other, words, others)))
                and len(other.text) > len(item.text) and len(words & others) >= RESTATED_SHARE * len(words)
                for other, others, other_kind in zip(kept, stems, kinds)):
            continue
        out.append(item)
    return without_restated_groups(out, page_lengths or {})


def unique(found: list[Found]) -> list[Found]:
    """Drop repeats (same words) and items inside a span already taken, earlier readers first.
    The spans kept on a page never overlap, so sorted by start they are sorted by end too and
    one binary search finds the only one an item could overlap: n log n, not a scan per item."""
    out: list[Found] = []
    first_page: dict[str, int] = {}  # each finding taken (its words) and its page, for a later page's restatement
    kept: dict[int, list[tuple[int, int]]] = {}  # page -> sorted, disjoint (start, end)
    for item in found:
        key = " ".join(item.text.lower().split())
        spans = kept.setdefault(item.page, [])
        before = bisect_left(spans, (item.end, -1)) - 1  # the last span starting before this item ends
        if key in first_page or before >= 0 and spans[before][1] > item.start:
            continue
        first_page[key] = item.page
        insort(spans, (item.start, item.end))
        # (a restatement's span stays taken: no reader's piece of it is new; the test scans the findings taken, a
        # few dozen a document at most)
        if not restates_whole(key, item.page, first_page):
            out.append(item)
    return out


RESTATED_WHOLE_CHARS = 40  # a finding this long, said again with more after it, is the same finding


def restates_whole(key: str, page: int, first_page: dict[str, int]) -> bool:
    """The item opens with the whole of a finding already taken on an earlier page ("<the area>. Ref Action Lead
    ...": a WSoA's banner restating it over an action table, run into the table's header): said again."""
    return len(key) > RESTATED_WHOLE_CHARS and any(
        len(other) >= RESTATED_WHOLE_CHARS and at < page and key.startswith(other) for other, at in first_page.items())


def to_record(doc: StructuredDocument, item: Found) -> Weakness:
    quote = doc.page_text(item.page)[item.start:item.end]
    return Weakness(page=item.page, char_start=item.start, char_end=item.end, quote=quote, text=item.text,
                    evidence=item.evidence)
