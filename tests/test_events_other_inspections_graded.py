"""An inspection graded good, outstanding, requires improvement or inadequate is a provider's or a service's.

Ofsted grades schools, providers and children's services on four grades; an area SEND inspection gives none
of them (the 2016 framework gave a letter, the 2023 framework one of three outcomes). "Ofsted's inspection of
the service in October 2023 had judged it good" is another inspection, even in a SEND paper.
"""

from __future__ import annotations

import pytest

from pipeline.extract import events
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def milestones(*texts: str) -> list[tuple[str, str, str | None]]:
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    return sorted((e.type, e.start_date, e.end_date) for e in events.extract(doc))


@pytest.mark.parametrize("text", [
    "The SEND inspection is awaited. Ofsted's inspection of the service in October 2023 had judged it good.",
    "The SEND inspection is awaited. The children's homes inspection in May 2024 rated them as outstanding.",
])
def test_a_graded_inspection_is_not_the_area_send_inspection(text):
    assert milestones(text) == []


def test_the_area_inspection_is_still_read():
    assert milestones("Ofsted and the CQC carried out an area SEND inspection in October 2023.") == [
        ("inspection", "2023-10", None)]
