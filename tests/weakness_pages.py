"""The weakness reader on invented pages, with the checks every weakness test wants: each item's
quote is its page's slice at its offsets, trimmed and not empty, and says which cues kept it."""

from __future__ import annotations

from pipeline.extract import weaknesses
from pipeline.extract.common.structure import StructuredDocument
from pipeline.records import Page


def extract(*texts: str) -> list:
    pages = [Page(number, text) for number, text in enumerate(texts, start=1)]
    found = weaknesses.extract(StructuredDocument(pages=pages, blocks=[]))
    for item in found:  # provenance holds for every item
        assert item.quote == pages[item.page - 1].text[item.char_start:item.char_end]
        assert item.quote.strip() == item.quote and item.quote
        assert item.evidence, "every weakness says which cues kept it"
    return found


def texts(*pages: str) -> list[str]:
    return [item.text for item in extract(*pages)]
