"""Helpers shared by the bench modules."""

from __future__ import annotations

from pathlib import Path


REPO = Path(__file__).resolve().parents[2]


SAMPLE_INTERVAL = 0.1  # seconds between memory samples of a build's process tree


DATASETTE_TIME_LIMIT_MS = 1000  # Datasette's default sql_time_limit_ms


MB = 1024 * 1024


def rate(count: float, seconds: float) -> float | None:
    return round(count / seconds, 1) if seconds > 0 else None


def ratio(a: float | None, b: float | None, digits: int = 2) -> float | None:
    return round(a / b, digits) if a is not None and b else None
