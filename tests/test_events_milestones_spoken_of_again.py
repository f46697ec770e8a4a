"""Milestones a page names by a short name, a pronoun or a word of their own, and visits named again.

- "Ours was submitted on D1 and accepted as fit for purpose on D2", after a sentence on what a WSoA is: the area's
  plan as a possessive pronoun, submitted on D1, approved on D2.
- "The Written Statement had been submitted on D": the WSoA by its short name in capitals.
- "the letter, dated D, said ...": the letter spoken of (the inspection's, named just before), dated in apposition.
- "A further review with the Department is expected in July 2024": a further review, like the next one.
- "reviewed our progress on D1 and again on D2": both dates are the review's.
- "The inspection in February 2019 found ..." after the visit dated by its days: the same visit again.
"""

from __future__ import annotations

from pipeline.extract import events
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def milestones(text: str) -> list[tuple[str, str, str | None]]:
    doc = segment([Page(1, text)])
    return [(e.type, e.start_date, e.end_date) for e in events.extract(doc)]


def test_ours_submitted_and_accepted():
    text = ("What is a Written Statement of Action?\n\nIt is a plan setting out how the council and the NHS will "
            "tackle the weaknesses. Ours was submitted on 6 June 2019 and accepted as fit for purpose on 1 August 2019.")
    assert milestones(text) == [("wsoa-submitted", "2019-06-06", None), ("wsoa-approved", "2019-08-01", None)]


def test_the_written_statement_by_its_short_name():
    text = ("Ofsted and the CQC inspected the local area in May 2019 and required a Written Statement of Action. "
            "The Written Statement had been submitted on 3 October 2019.")
    assert ("wsoa-submitted", "2019-10-03", None) in milestones(text)


def test_the_letter_dated_in_apposition():
    text = ("The local area SEND inspection took place in March 2018. However, the letter, dated 2 May 2018, said "
            "that a Written Statement of Action was required.")
    assert ("outcome-letter", "2018-05-02", None) in milestones(text)


def test_a_further_review():
    text = ("The last review by the Department for Education took place on 9 January 2024. A further review with "
            "the Department is expected in July 2024.")
    assert milestones(text) == [("monitoring", "2024-01-09", None), ("monitoring", "2024-07", None)]


def test_reviewed_on_one_date_and_again_on_another():
    text = "The DfE and NHS England reviewed our progress on 4 March 2025 and again on 2 October 2025."
    assert milestones(text) == [("monitoring", "2025-03-04", None), ("monitoring", "2025-10-02", None)]


def test_the_inspection_named_again_by_its_month():
    text = ("Ofsted and the CQC inspected the local area SEND arrangements between 4 and 8 March 2019.\n\n"
            "Other business was discussed.\n\n"
            "The inspection in March 2019 found much to commend in the early years.")
    assert milestones(text) == [("inspection", "2019-03-04", "2019-03-08")]
