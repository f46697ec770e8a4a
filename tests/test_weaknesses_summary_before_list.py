"""A sentence that sums up the findings ("inspectors found that X, that Y, and that Z") right before one saying the
findings are given in full below ("... which are reproduced in paragraphs 3.4 to 3.6 below.") is a summary of that
list: its clauses are not further findings."""

from __future__ import annotations

from tests.weakness_pages import texts

SUMMARY_THEN_LIST = (
    "3.2 Inspectors found strengths in the local area's SEND arrangements, in particular in the\n"
    "special schools and in the work of the virtual school with children in care.\n"
    "3.3 However, inspectors found that too many families wait too long for help with their\n"
    "child's needs, and that the local offer is hard to use. Inspectors set out one priority\n"
    "action and two areas for improvement, which are {pointer}.\n"
    "3.4 Priority action 1: Leaders should urgently improve the timeliness and quality of the\n"
    "EHC needs assessments and plans, with timely advice from health and social care.\n"
    "3.5 Area for improvement 1: Leaders should reduce the waiting times for occupational\n"
    "therapy, and support the families who are waiting.\n"
    "3.6 Area for improvement 2: Leaders should improve the information in the local offer, so\n"
    "that families know what support is available and how to get it.\n"
    "4 Response\n"
)


def test_a_summary_before_the_findings_given_in_full_is_no_finding():
    found = texts(SUMMARY_THEN_LIST.format(pointer="reproduced in paragraphs 3.4 to 3.6 below"))
    assert not any(item.startswith("too many families") for item in found)
    assert len(found) == 3


def test_a_summary_with_no_list_promised_after_it_is_read():
    page = SUMMARY_THEN_LIST.format(pointer="still to be published").split("3.4 ")[0]
    assert any(item.startswith("too many families wait too long") for item in texts(page))
