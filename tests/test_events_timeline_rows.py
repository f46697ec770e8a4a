"""A timeline's rows: each date on a line of its own over a line of prose that says what happened then.

A web page's timeline ("Timeline" or "Key dates" over rows of "4 to 8 March 2019" | "Ofsted and the CQC inspect
the area.") arrives one cell a line, inside a run of lines that also holds the page's introduction above and
its next section below. Each row's milestone takes the date of its own row: the side of the date cells whose
lines are sentences is the row's other cell, even where the run opens and ends with other lines; and a long
line of prose beside a date cell is still that row's cell.
"""

from __future__ import annotations

from pipeline.extract import events
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def milestones(*texts: str) -> list[tuple[str, str, str | None]]:
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    return sorted((e.type, e.start_date, e.end_date) for e in events.extract(doc))


PAGE = (
    "How our SEND services are improving\n\n"
    "This page explains what happened after the local area was inspected and what we are doing now.\n\n"
    "Milestones so far\n\n"
    "2 to 6 March 2020\n\n"
    "Ofsted and the CQC inspect special educational needs services across the borough.\n\n"
    "11 May 2020\n\n"
    "The inspection report is published. It names three areas of significant weakness.\n\n"
    "{long_row}"
    "June 2021\n\n"
    "First progress review with the Department for Education and NHS England.\n\n"
    "What families told us\n\n"
    "Parents said they wanted clearer information."
)


def test_each_row_takes_its_own_date_under_an_intro_and_a_heading():
    assert milestones(PAGE.format(long_row="")) == [
        ("inspection", "2020-03-02", "2020-03-06"),
        ("monitoring", "2021-06", None),
        ("outcome-letter", "2020-05-11", None),
    ]


def test_a_long_line_of_prose_beside_its_date_is_the_rows_cell():
    long_row = ("3 February 2021\n\n"
                "The Secretary of State for Education issues the council with a statutory direction requiring it to "
                "work with an adviser appointed by the Department and to report on its progress every quarter.\n\n")
    assert ("statutory-direction", "2021-02-03", None) in milestones(PAGE.format(long_row=long_row))


def test_short_cells_without_prose_stay_unjoined_when_the_sides_are_unclear():
    # milestones over dates with no stops on either side, inside a run that neither opens nor ends with a date
    text = ("Summary of the plan\n\nOverview\n\nReview one\n\n12 March 2024\n\nReview two\n\n"
            "17 September 2024\n\nNext steps\n\nContact us")
    assert milestones(text) == []
