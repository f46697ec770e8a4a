"""Findings each given after a plan's short title and a dash ("Inclusion – too many children ...", "EHC plans – EHC
plans are often late ..."), with their wrapped lines, under an intro naming the areas and promising them below:
one item each, the title left out. A single such line is no list."""

from __future__ import annotations

from tests.weakness_pages import texts

PAGE = (
    "1.1 Ofsted and the CQC revisited the local area in May 2021 to check progress on the written statement.\n"
    "1.2 The inspectors' three areas of significant weakness are set out below, with the short titles that\n"
    "the partnership uses for them in its dashboard.\n"
    "Governance – leaders across education, health and care do not have a shared plan, and they do not\n"
    "check the impact of their work\n"
    "Inclusion – too many children with SEND are excluded from school\n"
    "EHC plans – EHC plans are often late and of poor quality\n"
    "1.3 The written statement was judged fit for purpose in August 2020.\n"
)


def test_each_dash_titled_line_is_an_item_without_its_title():
    assert texts(PAGE) == [
        "leaders across education, health and care do not have a shared plan, and they do not check the impact of "
        "their work",
        "too many children with SEND are excluded from school",
        "EHC plans are often late and of poor quality",
    ]


def test_one_dash_titled_line_is_no_list():
    page = PAGE.replace("Inclusion – too many", "1.21 Too many").replace("EHC plans – EHC plans are", "1.22 Plans are")
    assert "leaders across education, health and care do not have a shared plan, and they do not check the impact " \
           "of their work" not in texts(page)
