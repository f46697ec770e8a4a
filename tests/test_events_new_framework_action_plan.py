"""An action plan agreed or published after a 2023-framework inspection is the area's plan.

Under the 2023 framework no Written Statement of Action follows an inspection; where a document names that
framework's outcomes and the page tells of the inspection, "the Board agreed an action plan on D" is the area's
improvement plan (progress-plan), though the sentence neither names it nor says it answers the report.
"""

from __future__ import annotations

from pipeline.extract import events
from pipeline.extract.common.structure import segment
from pipeline.records import Page

PAGE = ("Ofsted and the CQC inspected the local area partnership in March 2024. Inspectors found that the "
        "partnership's arrangements lead to inconsistent experiences and outcomes for children and young people "
        "with SEND.\n\nQ. Why do families still wait so long?\nA. Demand has doubled since 2021.\n\n"
        "Q. What have you done since?\nA. The SEND Partnership Board agreed an action plan on 25 June 2024, and we "
        "published it on the Local Offer on 1 July 2024.")


def milestones(*texts: str) -> list[tuple[str, str, str | None]]:
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    return [(e.type, e.start_date, e.end_date) for e in events.extract(doc)]


def test_an_action_plan_agreed_after_a_new_framework_inspection_is_the_areas_plan():
    found = milestones(PAGE)
    assert ("progress-plan", "2024-06-25", None) in found
    assert ("progress-plan", "2024-07-01", None) in found
    assert not any(kind.startswith("wsoa") for kind, _, _ in found)


def test_a_refreshed_plan_is_a_new_version_of_the_plan_named_before():
    text = ("Ofsted and the CQC inspected the SEND partnership in July 2024. The Area SEND Improvement Plan was agreed "
            "by the SEND Strategic Board on 24 October 2024. After a review of its first year, a refreshed plan was "
            "agreed by the Board on 18 September 2025 and published on the Local Offer on 1 October 2025.")
    found = milestones(text)
    assert ("progress-plan", "2025-09-18", None) in found
    assert ("progress-plan", "2025-10-01", None) in found
