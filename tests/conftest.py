"""Shared fixtures: paths to ../shared and one build of its corpus per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def need_shared(*parts: str) -> Path:
    """The ../shared path, or skip: CI has ../shared beside the clone, other checkouts may not."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: these tests read ../shared beside the clone (as CI has it)")
    return path


@pytest.fixture(scope="session")
def shared_build(tmp_path_factory):
    """The database built from ../shared/corpus, once for the whole session."""
    from pipeline.build import Workspace, build

    corpus = need_shared("corpus")
    work = tmp_path_factory.mktemp("shared-build")
    ws = Workspace(corpus=corpus, work=work, db=work / "minutes.db")
    result = build(ws)
    return ws, result


@pytest.fixture(scope="session")
def shared_db(shared_build):
    return shared_build[0].db
