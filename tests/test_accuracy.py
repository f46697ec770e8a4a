"""Extraction accuracy on ../shared/gold may not silently fall below the targets."""

from __future__ import annotations

from pipeline.evaluate import TARGETS, headline, load_gold, load_predictions, missed_targets, score
from tests.conftest import need_shared


def test_every_target_is_met(shared_db):
    gold = load_gold(need_shared("gold"))
    result = score(load_predictions(shared_db), gold)
    values = headline(result["scores"])
    assert set(TARGETS) <= set(values)
    assert missed_targets(result["scores"]) == [], values


def test_every_gold_document_is_in_the_database(shared_db):
    gold = load_gold(need_shared("gold"))
    found = load_predictions(shared_db)
    assert sorted(set(gold) - set(found)) == []
