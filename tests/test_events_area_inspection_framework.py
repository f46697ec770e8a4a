"""An inspection said to be made under an inspection framework, in a paper about SEND, is the area's.

A news page or a report whose title is about SEND may recall an earlier inspection without naming SEND in
that sentence or the ones before it ("X was last inspected under the previous framework in March 2019"):
the framework it was made under is the SEND inspection framework of the paper, so the inspection is the area's.
"""

from __future__ import annotations

from pipeline.extract import events
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def milestones(*texts: str) -> list[tuple[str, str, str | None]]:
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    return sorted((e.type, e.start_date, e.end_date) for e in events.extract(doc))


SEND_TITLE = "Report on SEND services published\n\n"
QUOTES = ('Councillor Ann Bell said: "We thank every family who spoke to inspectors." '
          'The director added: "There is more to do." Families can read the findings online. '
          'Paper copies are in every library. ')


def test_an_earlier_inspection_under_the_previous_framework_in_a_send_paper():
    text = SEND_TITLE + QUOTES + "Westbury was last inspected under the previous framework in June 2018."
    assert milestones(text) == [("inspection", "2018-06", None)]


def test_outside_a_send_paper_the_framework_says_nothing():
    text = "Road works update\n\n" + QUOTES + "Westbury was last inspected under the previous framework in June 2018."
    assert milestones(text) == []
