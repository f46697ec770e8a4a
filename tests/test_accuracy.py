"""Extraction accuracy on ../shared/gold may not fall below its recorded floors (a ratchet).

The targets (``pipeline.evaluate.TARGETS`` and the issues' figures) are where extraction must
get to; ``tests/accuracy_floors.json`` is where it stands, per group of gold documents. A change
that lowers any score below its floor fails here. Floors go up with
``python -m pipeline eval --raise-floors`` and down only by hand, with the reason in the commit.
"""

from __future__ import annotations

from pipeline.evaluate import TARGETS, load_gold, load_predictions, scores_by_group
from pipeline.floors import FLOORS_FILE, GROUPS, below_floors, load_floors, raised
from tests.conftest import need_shared


def test_no_score_falls_below_its_floor(shared_db):
    gold = load_gold(need_shared("gold"))
    values = scores_by_group(load_predictions(shared_db), gold)
    floors = load_floors()
    assert below_floors(values, floors) == [], values


def test_floors_cover_every_group_and_every_target():
    floors = load_floors()
    assert FLOORS_FILE.exists()
    assert set(floors) == set(GROUPS)
    for group in GROUPS:
        assert set(TARGETS) <= set(floors[group]), group
        assert all(0.0 <= value <= 1.0 for value in floors[group].values())


def test_raising_never_lowers_a_floor():
    floors = {"all": {"resolutions": 0.7, "dates": 0.96}}
    new = raised({"all": {"resolutions": 0.65, "dates": 0.9789}}, floors)
    assert new["all"] == {"resolutions": 0.7, "dates": 0.978}
    assert below_floors({"all": {"resolutions": 0.699, "dates": 0.99}}, floors) == ["all resolutions: 0.699 < floor 0.7"]
    assert below_floors({"all": {"dates": 0.99}}, floors) == ["all resolutions: None < floor 0.7"]


def test_every_gold_document_is_in_the_database(shared_db):
    gold = load_gold(need_shared("gold"))
    found = load_predictions(shared_db)
    assert sorted(set(gold) - set(found)) == []


def test_the_floors_hold_the_issue_targets():
    """Once a target is met its floor sits at or above it, so the target cannot be silently lost."""
    from pipeline.evaluate import OTHER_PDF_TARGETS

    floors = load_floors()
    short = [f"all {name} {floors['all'][name]} < {target}" for name, target in TARGETS.items()
             if floors["all"][name] < target]
    short += [f"other-pdfs {name} {floors['other-pdfs'][name]} < {target}" for name, target in OTHER_PDF_TARGETS.items()
              if floors["other-pdfs"][name] < target]
    assert short == []
