"""Infinitives after the colon of a clause that counts the findings it names ("the report set two priority actions
for the partnership: to cut X, and to reduce Y") are the findings, whoever the clause's subject; not a response."""

from __future__ import annotations

from tests.weakness_pages import texts


def test_infinitives_after_counted_priority_actions():
    page = ("Why inspectors came back\n\n"
            "Monitoring inspections take place when a partnership has received the lowest outcome at a full area SEND "
            "inspection. Westshire's full inspection took place in March 2025, and the report published in May 2025 "
            "set two priority actions for the partnership: to cut the time taken to complete EHC needs assessments, "
            "and to reduce the waits for autism assessments while supporting families as they wait.\n\n"
            "The partnership submitted its priority action plan in July 2025.\n")
    found = texts(page)
    assert "to cut the time taken to complete EHC needs assessments" in found
    assert "to reduce the waits for autism assessments while supporting families as they wait" in found


def test_a_councils_own_priorities_after_a_colon_are_no_findings():
    page = ("Ofsted and the CQC inspected the partnership in March 2025. Our plan sets three priorities for the year: "
            "to open a new special school, to recruit more educational psychologists, and to publish a new local "
            "offer website.\n")
    assert texts(page) == []


def test_quoted_requests_after_counted_findings_asking_leaders():
    page = ("Minutes:\n\nThe Assistant Director introduced the report, which set out the outcome of the monitoring "
            "inspection of the local area partnership carried out by Ofsted and the CQC in September 2025.\n\n"
            "She reminded Members that the full inspection in May 2024 had set two priority actions, asking leaders "
            "to 'urgently improve the timeliness of EHC plans, including advice from health' and to 'establish joint "
            "commissioning arrangements, so that there is enough specialist provision'. The report had also "
            "identified areas for improvement.\n")
    assert texts(page) == [
        "urgently improve the timeliness of EHC plans, including advice from health",
        "establish joint commissioning arrangements, so that there is enough specialist provision",
    ]
