"""Findings quoted whole, one paragraph each in quotation marks, under a heading that names them ("Areas for
priority action" / "“Leaders must ...”" / "“Leaders should ...”"), are one item each, without the marks, as
under a colon intro: never the run of quotations taken as one paragraph."""

from __future__ import annotations

from tests.weakness_pages import texts

PAGE = (
    "3.1 Ofsted and the CQC inspected the local area partnership in June 2025. The findings are quoted below.\n"
    "Areas for priority action\n"
    "“Leaders across education, health and care must urgently improve the timeliness of EHC needs\n"
    "assessments, so that children's needs are met without delay.”\n"
    "“Leaders must establish joint governance and a shared strategy for SEND.”\n"
    "Areas for improvement\n"
    "“Leaders should reduce the time that children wait for speech and language therapy.”\n"
    "“Leaders should improve the range of provision for young people aged 16 to 25.”\n"
    "4. The Priority Action Plan\n"
)


def test_each_quoted_paragraph_under_a_heading_is_one_item_without_its_marks():
    assert texts(PAGE) == [
        "Leaders across education, health and care must urgently improve the timeliness of EHC needs assessments, "
        "so that children's needs are met without delay.",
        "Leaders must establish joint governance and a shared strategy for SEND.",
        "Leaders should reduce the time that children wait for speech and language therapy.",
        "Leaders should improve the range of provision for young people aged 16 to 25.",
    ]
