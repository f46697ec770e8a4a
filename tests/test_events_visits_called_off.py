"""A visit called off has no date of its own.

"Revisits were suspended in March 2020 because of the pandemic", "The monitoring visit was postponed in May 2021":
the date is when the visits stopped or the meeting was put off, not a visit that took place.
"""

from __future__ import annotations

import pytest

from pipeline.extract import events
from pipeline.extract.common.structure import segment
from pipeline.records import Page

BEFORE = "The WSoA was declared fit for purpose on 17 September 2019. "


def milestones(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.start_date) for e in events.extract(segment([Page(1, BEFORE + text)]))]


@pytest.mark.parametrize("text", [
    "Revisits were suspended in March 2020 because of the pandemic; Ofsted has said that they will resume in 2021, "
    "and the local area expects to be revisited in the first half of that year.",
    "The area SEND revisit was postponed in March 2020 because of the pandemic.",
    "The DfE monitoring visit was postponed in May 2021.",
    "The re-visit had been cancelled in April 2020 and will be rearranged.",
])
def test_a_visit_called_off_is_no_milestone(text):
    assert milestones(text) == [("wsoa-approved", "2019-09-17")]


def test_a_visit_that_took_place_keeps_its_date():
    assert ("revisit", "2022-03") in milestones("The revisit took place in March 2022.")
