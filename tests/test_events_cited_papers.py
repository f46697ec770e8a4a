"""A paper cited by its source, title and date dates the report, not the visit its title names.

Background papers are listed in several orders: the title first and the source after it ("Area SEND inspection
of X, Ofsted and CQC, 21 November 2024"), or the source first ("Ofsted and CQC: Area SEND inspection of X,
11 November 2025", "(2) Ofsted and CQC, Joint local area SEND revisit in X, 3 April 2023"), under a heading the
reader may not know ("Papers used in preparing this report:"). The date is the report's publication: an
inspection named there is its outcome letter, a re-visit its outcome.
"""

from __future__ import annotations

import pytest

from pipeline.extract import events
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def milestones(*texts: str) -> list[tuple[str, str, str | None]]:
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    return sorted((e.type, e.start_date, e.end_date) for e in events.extract(doc))


@pytest.mark.parametrize("line, expected", [
    ("Ofsted and CQC: Area SEND inspection of Westbury Local Area Partnership, 11 November 2025",
     ("outcome-letter", "2025-11-11", None)),
    ("(2) Ofsted and CQC, Joint local area SEND revisit in Westbury, 3 April 2023",
     ("revisit-outcome", "2023-04-03", None)),
    ("Ofsted and CQC: Area SEND inspection of Westbury Local Area Partnership, 2 August 2024 | Town Hall | Ann Lee",
     ("outcome-letter", "2024-08-02", None)),
])
def test_a_paper_cited_source_first_dates_the_report(line, expected):
    text = "Papers used in preparing this report, held at the office of the author:\n" + line + "\nAppendices\n"
    assert milestones(text) == [expected]


def test_a_sentence_opening_with_the_inspectors_is_no_citation():
    assert milestones("Ofsted and the CQC inspected the Westbury local area partnership between 3 and 7 March "
                      "2025.") == [("inspection", "2025-03-03", "2025-03-07")]
