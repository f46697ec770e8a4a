"""A run-in label opening a line ("What we have done. ...", "Progress since the re-visit. ...", "Next steps. ...",
"How we are doing: ...") starts the paragraph answering the finding above it: the finding ends before it, in a
labelled list's item and in the sentence readers' paragraphs alike. A short sentence with a verb ("Waits are long.")
is no label."""

from __future__ import annotations

from pipeline.extract.weaknesses.text import opens_with_label
from tests.weakness_pages import texts

LABELLED = (
    "3. Progress against the inspection's findings\n"
    "Ofsted and the CQC inspected the local area partnership in February 2025.\n"
    "Area for improvement 1\n"
    "Leaders should improve how they communicate with parents and carers, so that families know\n"
    "what is happening with each request for an assessment and what help the Local Offer gives.\n"
    "What we have done. Parents can now follow each request online, and the Local Offer pages were\n"
    "rewritten with the parent carer forum in April.\n"
    "Area for improvement 2\n"
    "Leaders should strengthen their oversight of children with SEND who are missing education or on\n"
    "part-time timetables, including those educated at home.\n"
    "Progress so far. A panel now meets every fortnight to review each part-time timetable in the county and\n"
    "the number on such timetables has fallen by a third.\n"
)


def test_a_labelled_item_ends_before_the_run_in_label_below_it():
    assert texts(LABELLED) == [
        "Leaders should improve how they communicate with parents and carers, so that families know what is "
        "happening with each request for an assessment and what help the Local Offer gives.",
        "Leaders should strengthen their oversight of children with SEND who are missing education or on "
        "part-time timetables, including those educated at home.",
    ]


def test_labels_are_questions_or_verbless_phrases():
    assert opens_with_label("What we have done. Families can now ...")
    assert opens_with_label("How we are doing: Waits have fallen ...")
    assert opens_with_label("Progress since the re-visit. The proportion of plans ...")
    assert opens_with_label("Next steps. Extend the audit ...")
    assert not opens_with_label("Waits are long. Families told inspectors ...")
    assert not opens_with_label("Leaders should improve. The plan ...")
    assert not opens_with_label("Dr. Patel said ...")
