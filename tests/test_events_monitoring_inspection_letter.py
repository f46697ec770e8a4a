"""A monitoring inspection's letter is the re-visit's outcome.

Under the current framework Ofsted and the CQC come back to an area with widespread or systemic failings for a
"monitoring inspection": the re-visit of the earlier framework. Its letter ("The monitoring inspection letter,
published on D, found ...") is the re-visit's outcome, not the full inspection's letter.
"""

from __future__ import annotations

from pipeline.extract import events
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def milestones(*texts: str) -> list[tuple[str, str, str | None]]:
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    return [(e.type, e.start_date, e.end_date) for e in events.extract(doc)]


def test_the_monitoring_inspection_letter_is_the_revisits_outcome():
    text = ("The full area SEND inspection in March 2024 found widespread and systemic failings. "
            "The monitoring inspection letter, published on 12 June 2025, found that the partnership was taking "
            "effective action.")
    assert ("revisit-outcome", "2025-06-12", None) in milestones(text)
    assert ("outcome-letter", "2025-06-12", None) not in milestones(text)


def test_the_inspection_letter_stays_the_inspections():
    text = ("Ofsted and the CQC carried out an area SEND inspection in March 2024. The inspection letter, published "
            "on 3 May 2024, found widespread and systemic failings.")
    assert ("outcome-letter", "2024-05-03", None) in milestones(text)
