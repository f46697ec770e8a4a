"""A re-visit's verdict of too little progress whose objects are set out with inline markers ("... had not made
sufficient progress in (i) X; and (ii) Y"): each marked object is a finding, as an unmarked series already was."""

from __future__ import annotations

from tests.weakness_pages import texts


def test_marked_objects_of_a_verdict_of_too_little_progress():
    page = (
        "2.2 The local area's SEND arrangements were inspected in 2019, and the inspection letter required a\n"
        "Written Statement of Action. At the re-visit in 2021, inspectors found that the area had made\n"
        "sufficient progress in three of the five areas of significant weakness but had not made\n"
        "sufficient progress in (i) the quality of EHC plans, including the advice from health; and (ii)\n"
        "the waiting times for speech and language therapy for children aged 0 to 5.\n"
        "2.3 The Department for Education issued a statutory direction in 2022.\n"
    )
    assert texts(page) == ["the quality of EHC plans, including the advice from health",
                           "the waiting times for speech and language therapy for children aged 0 to 5"]
