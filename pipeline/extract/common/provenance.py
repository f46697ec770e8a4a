"""Where a fact was read from: page, character span and the exact quote."""

from __future__ import annotations

from pipeline.extract.common.structure import Block, StructuredDocument


def block_location(doc: StructuredDocument, block: Block) -> dict:
    """Provenance of a block: its first page's span (a fact quotes one page)."""
    span = block.spans[0]
    return {
        "page": span.page,
        "char_start": span.start,
        "char_end": span.end,
        "quote": doc.page_text(span.page)[span.start:span.end],
    }


def span_location(doc: StructuredDocument, page: int, start: int, end: int) -> dict:
    return {"page": page, "char_start": start, "char_end": end, "quote": doc.page_text(page)[start:end]}
