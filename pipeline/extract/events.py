"""Events: first version pending."""

from __future__ import annotations

from pipeline.extract.structure import StructuredDocument


def extract(doc: StructuredDocument, dates: list) -> list:
    return []
