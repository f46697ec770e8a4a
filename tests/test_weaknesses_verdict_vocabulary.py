"""One vocabulary of the amounts of progress a verdict gives (``verdicts``), read alike wherever the verdict stands:
a paragraph under each weakness ("Reasonable progress."), a verdict after the weakness on its line ("... – partial
progress"), a risk register's "does not make adequate progress", a tracker's rating cell ("Partial progress")."""

from __future__ import annotations

from tests.weakness_pages import texts


def test_unmarked_weaknesses_each_over_a_verdict_of_any_amount():
    page = (
        "Re-visit of SEND services\n\n"
        "Inspectors returned in November 2022 to look again at the significant weaknesses they had reported in "
        "2019. Each weakness, and the verdict on it:\n\n"
        "Children with SEND in care have their health needs reviewed late\n\n"
        "Reasonable progress. Reviews are now late for one child in ten.\n\n"
        "Schools are unclear about the funding for pupils on SEN support\n\n"
        "Inadequate progress. The funding guide has still not been agreed with head teachers.\n\n"
        "Our next report will follow in the summer.\n"
    )
    assert texts(page) == ["Children with SEND in care have their health needs reviewed late",
                           "Schools are unclear about the funding for pupils on SEN support"]


def test_a_verdict_of_any_amount_after_the_weakness_on_its_line_is_no_part_of_it():
    page = (
        "The SEND re-visit letter listed the significant weaknesses identified at the 2019 inspection:\n\n"
        "- The weak joint commissioning of therapies – partial progress\n"
        "- The poor quality of EHC plans – strong progress\n"
    )
    assert texts(page) == ["The weak joint commissioning of therapies", "The poor quality of EHC plans"]


def test_a_risk_of_too_little_progress_in_any_words_is_no_finding():
    page = ("Ofsted and the CQC inspected the local area's SEND arrangements in 2024 and the Council received an "
            "Improvement Notice.\n\nAssessment and Mitigation of Risk\nRisk | Mitigation\n"
            "The partnership does not make adequate progress against the Improvement Notice, leading to further"
            " intervention. | Monthly oversight by the Board.\n")
    assert texts(page) == []
