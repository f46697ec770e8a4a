"""Accuracy floors: a ratchet on the scores against ../shared/gold.

The targets in ``evaluate.TARGETS`` say where extraction must get to; the floors say where it
is now, so that no change can make it worse without someone noticing. Each floor is a
measured score rounded down to three places. ``python -m pipeline eval --raise-floors`` raises
every floor that the current build beats and never lowers one: lowering is a hand edit of
``tests/accuracy_floors.json``, and its commit message must say why.

Scores are kept per group of gold documents, because a change can help one kind of document
and hurt another while the total stays put: ``all`` (every gold document), ``kent`` (the
council the rules were first written on, which must not fall) and ``other-pdfs`` (the PDFs
of every other council, the layouts the rules were not written on).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

FLOORS_FILE = Path(__file__).resolve().parents[1] / "tests" / "accuracy_floors.json"
# The gold the floors were measured on: ../shared/gold beside the clone. Scores against any
# other gold (tests/heldout/gold, one batch of it) say nothing about these floors.
FLOORS_GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"


def measured_on(gold_dir: Path) -> bool:
    """Whether ``gold_dir`` is the gold the floors are recorded for."""
    return Path(gold_dir).resolve() == FLOORS_GOLD


SLACK = 1e-9  # scores are rounded to 4 places; floors to 3, rounded down


def in_group(group: str, path: str) -> bool:
    council = path.split("/", 1)[0]
    if group == "all":
        return True
    if group == "kent":
        return council == "kent"
    if group == "other-pdfs":
        return council != "kent" and path.lower().endswith(".pdf")
    raise ValueError(f"unknown gold group {group!r}: use all, kent or other-pdfs")


GROUPS = ["all", "kent", "other-pdfs"]


def group_gold(gold: dict[str, dict], group: str) -> dict[str, dict]:
    return {path: facts for path, facts in gold.items() if in_group(group, path)}


def load_floors(path: Path = FLOORS_FILE) -> dict[str, dict[str, float]]:
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))["floors"]


def below_floors(values_by_group: dict[str, dict[str, float]], floors: dict[str, dict[str, float]]) -> list[str]:
    """Every (group, measure) whose score fell under its floor, as readable lines."""
    below = []
    for group, group_floors in floors.items():
        values = values_by_group.get(group, {})
        for name, floor in group_floors.items():
            value = values.get(name)
            if value is None or value + SLACK < floor:
                below.append(f"{group} {name}: {value} < floor {floor}")
    return below


def raised(values_by_group: dict[str, dict[str, float]], floors: dict[str, dict[str, float]]) -> dict:
    """Floors raised to the current scores where those are higher; none lowered."""
    out: dict[str, dict[str, float]] = {}
    for group, values in values_by_group.items():
        old = floors.get(group, {})
        out[group] = {}
        for name, value in values.items():
            measured = math.floor(value * 1000 + 1e-6) / 1000
            out[group][name] = max(measured, old.get(name, 0.0))
    return out


def write_floors(floors: dict, path: Path = FLOORS_FILE) -> None:
    doc = {"about": "Accuracy floors on ../shared/gold: raise with `python -m pipeline eval --raise-floors`; "
                    "lower only by hand, with the reason in the commit message (pipeline/floors.py).",
           "floors": floors}
    path.write_text(json.dumps(doc, indent=1, sort_keys=False) + "\n", encoding="utf-8")
