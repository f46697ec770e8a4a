"""Weaknesses: each item an inspection or review found wanting.

The package has the same shape as the other facts':

- proposing candidates generously: ``lists`` (and ``unmarked``, ``items``) read every list a
  line may introduce, ``sentences`` (and ``enumerations``) the findings running sentences
  enumerate, report or quote, ``candidates`` one-sentence findings of web pages;
- ``cues``: the phrase classes (what names a weakness, what an inspection is, what judges
  provision, what is a response or a strength) as plain regular expressions;
- ``decide``: the weights of the cues and the one threshold; the cues that fired become the
  fact's ``evidence``.

Items found twice, or inside a span already taken, are kept once; ``themes`` gives each one
or two themes.
"""

from __future__ import annotations

from pipeline.extract.weaknesses import candidates, cues
from pipeline.extract.weaknesses import lists as weakness_lists
from pipeline.extract.weaknesses import sentences as weakness_sentences
from pipeline.extract.common.structure import StructuredDocument
from pipeline.extract.weaknesses.text import Found, is_hard_wrapped, lines_of
from pipeline.records import Weakness


def extract(doc: StructuredDocument) -> list[Weakness]:
    about_send = send_pages(doc)
    if not about_send:
        return []
    lines = lines_of(doc.pages)
    wrapped = is_hard_wrapped(lines)  # read once: PDF lines or web paragraphs
    found = weakness_lists.extract(lines, wrapped) + weakness_sentences.extract(doc.pages, lines, wrapped) \
        + candidates.standalone_findings(lines, wrapped)
    kept = sorted(unique(found), key=lambda item: (item.page, item.start))
    return [to_record(doc, item) for item in kept if item.page in about_send]


def send_pages(doc: StructuredDocument) -> set[int]:
    """Pages that speak of SEND, or follow one that does: school inspections and
    other services' reviews use the same words for their own findings."""
    mentions = {page.page for page in doc.pages if cues.SEND_CONTEXT.search(page.text)}
    return {near for page in mentions for near in (page, page + 1)}


def unique(found: list[Found]) -> list[Found]:
    """Drop repeats (same words) and items inside a span already taken."""
    out: list[Found] = []
    seen: set[str] = set()
    for item in found:
        key = " ".join(item.text.lower().split())
        overlaps = any(o.page == item.page and o.start < item.end and item.start < o.end for o in out)
        if key in seen or overlaps:
            continue
        seen.add(key)
        out.append(item)
    return out


def to_record(doc: StructuredDocument, item: Found) -> Weakness:
    quote = doc.page_text(item.page)[item.start:item.end]
    return Weakness(page=item.page, char_start=item.start, char_end=item.end, quote=quote, text=item.text,
                    evidence=item.evidence)
