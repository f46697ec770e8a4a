""""The report asks the partnership to focus on:" over a list says what must change, as "asks leaders to improve:"
does: its items (gerunds that may not judge by themselves) are the findings."""

from __future__ import annotations

from tests.weakness_pages import texts


def test_a_list_the_report_asks_the_partnership_to_focus_on():
    page = ("What did they find?\n\nTheir report was published on 5 December 2025. The partnership received the "
            "middle of the three possible outcomes.\n\n"
            "What do we need to improve?\n\nThe report asks the partnership to focus on:\n\n"
            "- making sure that the views of children shape their EHC plans and annual reviews\n"
            "- improving the consistency of support for children with SEND in mainstream secondary schools\n"
            "- reducing waiting times for occupational therapy for school-age children\n\n"
            "What happens next?\n\nWe are updating our plan.\n")
    assert texts(page) == [
        "making sure that the views of children shape their EHC plans and annual reviews",
        "improving the consistency of support for children with SEND in mainstream secondary schools",
        "reducing waiting times for occupational therapy for school-age children",
    ]
