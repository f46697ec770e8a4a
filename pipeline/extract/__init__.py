"""The extract stage: one document's clean pages -> facts with provenance.

Structure first (``structure.segment``), then one module per fact type, each
``extract(doc: StructuredDocument) -> list[Fact]``.
"""

from __future__ import annotations

from pipeline.extract import dates, events, meeting, people, resolutions, weaknesses
from pipeline.extract.common import structure
from pipeline.extract.weaknesses import themes
from pipeline.records import Document, Facts, TextResult

STAGE = "extract"


def extract_document(doc: Document, text: TextResult) -> Facts:
    structured = structure.segment(text.pages)
    all_dates = dates.mentions(structured)  # read once: events need every mention
    facts = Facts(
        meeting=meeting.extract(structured, doc),
        resolutions=resolutions.extract(structured),
        weaknesses=weaknesses.extract(structured),
        dates=dates.first_of_each(all_dates),
        people=people.extract(structured),
    )
    for weakness in facts.weaknesses:
        weakness.themes = themes.assign(weakness.text)
    facts.events = events.extract(structured, all_dates)
    return facts


def warm_up() -> None:
    """Load what extraction loads on first use (spaCy's model), e.g. in a parent process
    before it forks its workers (``build.warm_workers``)."""
    from pipeline.extract.people.ner import nlp

    nlp()
