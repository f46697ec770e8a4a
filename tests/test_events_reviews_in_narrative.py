"""The monitors' reviews told in narrative: counted, listed, or left to an ordinal.

A paper tells the DfE's and NHS England's reviews of the area's plan as a story: the reviews said to have
followed or taken place on dates listed ("Reviews of the plan took place in D1 and D2", "Reviews followed on
D1, D2 and D3"), counted with the plan's name or an earlier/fourth count ("earlier reviews in D1 and D2", "the
fourth APP review is expected in D"), an ordinal alone as the subject after the sentence that named the series
("... hold monitoring meetings with us. The first was on D1 and the second on D2. The third is planned for
D3."), and the monitors meeting a long list of partners "on D for the review". Each date is a monitoring event;
an ordinal after a sentence that names no recurring milestone is not.
"""

from __future__ import annotations

import pytest

from pipeline.extract import events
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def milestones(*texts: str) -> list[tuple[str, str, str | None]]:
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    return sorted((e.type, e.start_date, e.end_date) for e in events.extract(doc) if e.type == "monitoring")


@pytest.mark.parametrize("text, expected", [
    ("The partnership's APP was signed off by the Department in May 2023. Reviews of the APP took place in "
     "November 2023 and April 2024.", [("monitoring", "2023-11", None), ("monitoring", "2024-04", None)]),
    ("The DfE agreed the plan in August 2022. Reviews followed on 2 February 2023, 8 August 2023 and 6 February 2024.",
     [("monitoring", "2023-02-02", None), ("monitoring", "2023-08-08", None), ("monitoring", "2024-02-06", None)]),
])
def test_reviews_said_to_have_happened_on_listed_dates(text, expected):
    assert milestones(text) == expected


def test_a_review_counted_with_the_plans_name_or_an_earlier_count():
    text = ("The plan was agreed with the DfE in 2022. The lead officer reported on the final APP review, held with "
            "the council and NHS England on 4 October 2023 after earlier reviews in January 2023 and May 2023. "
            "The fourth review is expected in April 2024.")
    assert milestones(text) == [("monitoring", "2023-01", None), ("monitoring", "2023-05", None),
                                ("monitoring", "2023-10-04", None), ("monitoring", "2024-04", None)]


def test_an_ordinal_alone_counts_the_series_the_sentence_before_named():
    text = ("Officials from the DfE and NHS England hold formal review meetings with the partnership twice a year. "
            "The first was on 3 March 2025 and the second on 9 September 2025. The third is planned for March 2026.")
    assert milestones(text) == [("monitoring", "2025-03-03", None), ("monitoring", "2025-09-09", None),
                                ("monitoring", "2026-03", None)]


def test_an_ordinal_after_other_business_is_no_review():
    text = "The board set itself three new targets for the year. The first was met in June 2024."
    assert milestones(text) == []


def test_the_monitors_meeting_a_long_list_of_partners_for_their_review():
    text = ("Advisers from the Department for Education and NHS England met leaders from the council, the integrated "
            "care board, the parent carer forum and the schools forum on 21 May 2024 for the third formal review of "
            "the area's plan.")
    assert milestones(text) == [("monitoring", "2024-05-21", None)]


def test_a_review_letters_next_meeting_takes_its_context_from_the_page():
    # the monitors write as "we"; the plan they review is named on the page, not in the sentences just before
    text = ("Dear colleagues,\nReview of your Written Statement of Action\nThank you for the time you gave us.\n"
            "Families told us that communication had improved. Waiting times remain a concern.\n"
            "Next steps\nWe will hold our next review meeting with you in May 2022.")
    assert milestones(text) == [("monitoring", "2022-05", None)]


def test_a_standing_review_in_a_plans_table_is_not_the_monitors():
    text = ("Priority action plan summary, agreed with the DfE.\nIt has four parts. Each has a lead. Each has a date.\n"
            "Area | Actions | Lead | Due\n"
            "Reduced timetables | Register of pupils; termly reviews; quality framework | Head of Inclusion | Dec 2025")
    assert milestones(text) == []


def test_a_review_with_no_monitors_or_their_plans_on_the_page_is_not_theirs():
    text = "The library strategy was agreed last year. The next review is due in May 2022."
    assert milestones(text) == []
