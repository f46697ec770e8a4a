"""Dates: every explicit calendar date or range a document states.

The grammar lives in ``dates.grammar``; this module runs it over each page's
text (so a date's quote is an exact slice of its page), reads a date that a
page break splits across the break, and keeps one mention per distinct
(start, end), the first, as the gold guidelines ask.
"""

from __future__ import annotations

import re

from pipeline.extract.common.evidence import because
from pipeline.extract.dates.decide import decide
from pipeline.extract.dates.grammar import Context, Found, first_full_year, scan
from pipeline.extract.common.lowered import may_hold
from pipeline.extract.common.structure import StructuredDocument
from pipeline.records import DateMention, Page

THIS_YEAR = re.compile(r"\bthis\s+year\b", re.IGNORECASE)


def context(doc: StructuredDocument) -> Context:
    """What relative dates in this document lean on: "this year" is the year
    of the first full date, usually the meeting or publication date; and the
    other pages (a minute-number series runs across them)."""
    pages = tuple(page.text for page in doc.pages) if len(doc.pages) > 1 else ()
    if not any(may_hold(page.text, ("year",)) and THIS_YEAR.search(page.text) for page in doc.pages):
        return Context(pages=pages)  # nothing leans on it: spare the search
    for page in doc.pages:
        year = first_full_year(page.text)
        if year:
            return Context(this_year=year, pages=pages)
    return Context(pages=pages)


JUNCTION = 60  # characters either side of a page break searched for a date it splits


def _mention(page: Page, start: int, end: int, found: Found, text: str | None = None,
             evidence: str | None = None) -> DateMention:
    quote = page.text[start:end]
    evidence = evidence or because(f"grammar:{found.form}", *(["page-break:joined"] if text is not None else []))
    return DateMention(page=page.page, char_start=start, char_end=end, quote=quote,
                       text=re.sub(r"\s+", " ", text if text is not None else quote),
                       start_date=found.start_date, end_date=found.end_date, evidence=evidence)


def _across(page: Page, following: Page, ctx: Context) -> tuple[DateMention | None, int]:
    """A date a page break splits ("As of October" | "2024, the ..."): it is
    read across the break, and quoted by its part on the first page (a fact
    quotes one page). Returns the mention and how far it runs into the next page."""
    tail = page.text[-JUNCTION:]
    head = following.text[:JUNCTION]
    joined = tail + "\n" + head
    for found in scan(joined, ctx):
        if found.start < len(tail) < found.end - 1:
            start = len(page.text) - len(tail) + found.start
            mention = _mention(page, start, len(page.text), found, text=joined[found.start:found.end])
            return mention, found.end - len(tail) - 1
    return None, 0


def mentions(doc: StructuredDocument) -> list[DateMention]:
    """Every date mention in reading order, repeats included (events need the
    one inside their own sentence, not only the first)."""
    return _read(doc)


def _read(doc: StructuredDocument) -> list[DateMention]:
    """Each page's dates, and those that run across a page break."""
    ctx = context(doc)
    out: list[DateMention] = []
    skip_until = 0  # the part of this page's start already read across the break
    for index, page in enumerate(doc.pages):
        out += [_mention(page, f.start, f.end, f, evidence=why)
                for f, why in decide(page.text, scan(page.text, ctx), ctx) if f.start >= skip_until]
        skip_until = 0
        if index + 1 < len(doc.pages):
            split, skip_until = _across(page, doc.pages[index + 1], ctx)
            if split:
                # the date's first part may have been read alone ("26 November to" is not, "May 2024" is)
                out = [m for m in out if not (m.page == page.page and m.char_end > split.char_start)]
                out.append(split)
    return out


def extract(doc: StructuredDocument) -> list[DateMention]:
    """One mention per distinct (start, end), the first in reading order."""
    return first_of_each(mentions(doc))


def first_of_each(found: list[DateMention]) -> list[DateMention]:
    """The first mention of each distinct (start, end)."""
    seen: set[tuple[str, str | None]] = set()
    out = []
    for mention in found:
        key = (mention.start_date, mention.end_date)
        if key not in seen:
            seen.add(key)
            out.append(mention)
    return out
