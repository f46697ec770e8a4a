"""A report's own sub-heading numbering one area ("2.1 Area of significant weakness 1: X, and Y") states that one
area, whole: its "and" joins no series, and it ends with the heading, before the paragraph below (a run-in label,
or a line opening with a capital after one that runs on no further). A short title there is a plan's name for the
area, not the area."""

from __future__ import annotations

from tests.weakness_pages import texts

HEADINGS = (
    "1.4 The sections below take the areas of significant weakness from the Ofsted and CQC revisit in turn.\n"
    "2.1 Area of significant weakness 1: The variable quality of EHC plans, and the late and\n"
    "incomplete advice given to them by health and social care\n"
    "Progress since the re-visit. Nine in ten plans now have health advice within six weeks.\n"
    "2.2 Area of significant weakness 2: Weak joint planning between education, health and care,\n"
    "which has left gaps in therapy services for children with complex needs\n"
    "The re-visit found that a joint commissioning group, with a pooled budget for therapies, was\n"
    "beginning to make a difference.\n"
)


def test_a_numbered_area_heading_is_one_area_to_the_heading_end():
    assert texts(HEADINGS) == [
        "The variable quality of EHC plans, and the late and incomplete advice given to them by health and social "
        "care",
        "Weak joint planning between education, health and care, which has left gaps in therapy services for "
        "children with complex needs",
    ]


def test_a_short_title_after_the_label_is_no_area():
    page = ("Ofsted and the CQC inspected the local area partnership in March 2024.\n"
            "Area for improvement 3: Local provision\n"
            "What the report said: Leaders should reduce the number of children who travel long distances to\n"
            "school or who are placed in independent special schools outside the area.\n")
    assert "Local provision" not in texts(page)
