"""A finding said again on a later page with more run on after it (a WSoA's banner restating each area over its
action table, run into the table's header row "Ref Action Lead ...") is the finding already taken: kept once, on
the page of its first statement; nor does any reader's piece of the restatement come back as a finding."""

from __future__ import annotations

from tests.weakness_pages import extract

SECTION_1 = (
    "Section 1: The areas of significant weakness\n"
    "The Ofsted and CQC inspection of March 2019 identified the following areas of significant weakness:\n"
    "1. Leaders across education, health and care do not have a shared understanding of the area's needs,\n"
    "and there is no jointly owned strategy for SEND across the partnership and its many partners.\n"
    "2. Joint commissioning arrangements are underdeveloped, which has led to gaps in therapy services.\n"
    "\n"
    "Section 2: Governance\n"
    "The SEND Improvement Board oversees the plan.\n"
)
SECTION_3 = (
    "Section 3: What we will do\n"
    "The tables below set out the actions for each area of significant weakness, restated at the head of each.\n"
    "Area 1: Leaders across education, health and care do not have a shared understanding of the area's\n"
    "needs, and there is no jointly owned strategy for SEND across the partnership and its many partners.\n"
    "Ref Action Lead Start Completion Measure of success\n"
    "1.1 | Agree a joint SEND strategy | Director of Children's Services | July 2019 | December 2019 | Published\n"
    "Area 2: Joint commissioning arrangements are underdeveloped, which has led to gaps in therapy\n"
    "services.\n"
    "Ref Action Lead Start Completion Measure of success\n"
    "2.1 | Agree a joint commissioning strategy | CCG | July 2019 | March 2020 | Strategy agreed\n"
)


def test_a_later_pages_restatement_adds_no_finding():
    found = extract(SECTION_1, SECTION_3)
    assert [(item.page, item.text) for item in found] == [
        (1, "Leaders across education, health and care do not have a shared understanding of the area's needs, and "
            "there is no jointly owned strategy for SEND across the partnership and its many partners."),
        (1, "Joint commissioning arrangements are underdeveloped, which has led to gaps in therapy services."),
    ]
