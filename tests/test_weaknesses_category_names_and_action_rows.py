"""An item that is only a category's or a column's name ("| Area of significant weakness", "Lead", "Area for
improvement 2, 4") is a table's header cell or a cross-reference, never a finding; nor is a plan's action row read
across its cells, one of them a date ("... | Head of Service | Jun 2021")."""

from __future__ import annotations

import pytest

from pipeline.extract.weaknesses import decide, item_cues
from pipeline.extract.common.evidence import Evidence


@pytest.mark.parametrize("text", ["| Area of significant weakness", "Areas for improvement", "Lead officer",
                                  "Area for improvement 2, 4", "Priority action 3", "Significant weaknesses:"])
def test_a_category_name_alone_is_none(text):
    assert item_cues.CATEGORY_ONLY.match(text)
    intro = Evidence().add("intro:names-weakness", decide.NAMES_WEAKNESS).add("count", decide.COUNT_MATCHES)
    intro.add("intro:colon", 1.0).add("context:inspection", decide.INSPECTION)
    assert not decide.keep(decide.item_evidence(intro, text))


@pytest.mark.parametrize("text", ["Weak leadership of the SEND reforms", "the lack of a local offer",
                                  "Areas of the county with too few specialist places",
                                  "Priority actions are not tracked by leaders"])
def test_a_finding_naming_its_area_is_not_a_category_name(text):
    assert not item_cues.CATEGORY_ONLY.match(text)


@pytest.mark.parametrize("text", ["Sufficiency | New resource base opened; places commissioned | Head of Place Planning | Mar 2022 |",
                                  "ID 3.2 | Recruit two educational psychologists | Principal EP | 30 September 2024 | Posts filled",
                                  "Transitions | Protocol agreed with adult services | Assistant Director | Q2 2023/24"])
def test_a_plans_dated_row_read_across_its_cells_is_none(text):
    assert item_cues.is_action_row(text)
    intro = Evidence().add("intro:names-weakness", decide.NAMES_WEAKNESS).add("intro:table", 1.0)
    intro.add("context:inspection", decide.INSPECTION)
    assert not decide.keep(decide.item_evidence(intro, text))


def test_a_findings_row_with_its_rating_is_not_an_action_row():
    assert not item_cues.is_action_row("| Too many plans are issued late and are of poor quality. | Amber")


@pytest.mark.parametrize("text", ["the other four, which the improvement plan addresses", "the remaining three areas",
                                  "the concerns listed in the annex below", "the areas for improvement set out in the letter"])
def test_findings_named_only_by_count_or_place_are_none(text):
    from pipeline.extract.weaknesses import pointers
    assert item_cues.CITES_ITEMS.match(text) or pointers.points_elsewhere(text)


def test_a_finding_about_others_is_not_a_count():
    from pipeline.extract.weaknesses import pointers
    text = "other children with SEND wait too long for a specialist place"
    assert not item_cues.CITES_ITEMS.match(text) and not pointers.points_elsewhere(text)
