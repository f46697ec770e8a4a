"""A partnership board's notes, a paper's box of asks and a minutes book, printed without the usual triggers.

- "D1 To endorse ...", "D2 To ask ...": decisions numbered in the notes' own series at a line's start, one
  resolution each labelled "D1", "D2", wherever the account of the item reached them.
- "What the Board is asked to do" over "(1) Agree ...", "(2) Note ...": a template's heading over the asks,
  one recommendation each.
- "The notes of 8 May 2025 were confirmed as accurate.": the last notes' approval, the meeting by its date,
  also under a minute's short title run into the block ("2.1 Matters arising").
- A minutes book's last decision of a minute stops at the next minute's reference and title ("CPP/32/25
  Children in care ..."), however long the title.
"""

from __future__ import annotations

from pipeline.extract import resolutions
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def rows(*pages: str) -> list[tuple[str, str | None, str]]:
    doc = segment([Page(i + 1, text) for i, text in enumerate(pages)])
    return [(r.kind, r.label, r.text) for r in resolutions.extract(doc)]


def test_numbered_decisions_in_notes():
    page = ("Item 3: Notes and decisions, 4 March 2026\n3.1 Sufficiency\nThe Head of Service presented the plan.\n"
            "The Board reached the following decisions:\nD4 To approve the sufficiency plan, with a report on\n"
            "costs in June.\n3.2 Transport\nMs Bloggs described the route review.\n"
            "D5 To note the review and to receive its findings in July.\n")
    assert rows(page) == [
        ("resolution", "D4", "To approve the sufficiency plan, with a report on costs in June."),
        ("resolution", "D5", "To note the review and to receive its findings in July."),
    ]


def test_a_d_number_before_no_decision_verb_is_not_a_decision():
    page = "Ward report\nD4 To the north of the town the new school opened in May.\n"
    assert rows(page) == []


def test_what_the_board_is_asked_to_do():
    page = ("Item 6: Inclusion strategy\nReport of: Jo Bloggs, Head of Inclusion\nStatus: For decision\n"
            "What the Board is asked to do\n(1) Agree the inclusion strategy for consultation.\n"
            "(2) Note the timetable for its publication.\n1. Background\n1.1 The strategy was drafted in 2025.\n")
    assert rows(page) == [
        ("recommendation", "(1)", "Agree the inclusion strategy for consultation."),
        ("recommendation", "(2)", "Note the timetable for its publication."),
    ]


def test_notes_of_a_date_confirmed():
    page = ("Item 1: Notes, 5 February 2026\n1.1 Matters arising\nThe notes of 11 December 2025 were confirmed as "
            "accurate.\nThe Chair reported on the review.\n")
    assert rows(page) == [("resolution", None, "The notes of 11 December 2025 were confirmed as accurate.")]


def test_last_decision_stops_at_the_next_minutes_reference():
    page = ("CPP/31/25 Voice of the Child\nYoung people presented their survey.\nThe Panel:\n"
            "(a) thanked the young people for their presentation; and\n"
            "(b) asked the Director to report on placement stability at the next meeting.\n"
            "CPP/32/25 Children in care with special educational needs and disabilities in the county\n"
            "The Panel received a report by the Head of the Virtual School.\n")
    assert [text for _, _, text in rows(page)] == [
        "thanked the young people for their presentation; and",
        "asked the Director to report on placement stability at the next meeting.",
    ]
