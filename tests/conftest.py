"""Shared fixtures: paths to ../shared and one build of its corpus per test session."""

from __future__ import annotations

import socket
import time
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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def datasette_server(shared_db):
    """A real Datasette serving the shared build on a free loopback port: (base URL, database name, path)."""
    import httpx

    from pipeline.publish import start_server

    port = free_port()
    process = start_server(shared_db, "127.0.0.1", port)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(base + "/-/versions.json", timeout=2)
            break
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"datasette did not start: {process.stderr.read().decode()}")
            time.sleep(0.3)
    yield base, shared_db.stem, shared_db
    process.terminate()
    process.wait(timeout=10)


# -- pull: a virtual clock and one loopback HTTP server per module ------------------------------


@pytest.fixture
def pauses(monkeypatch) -> list[float]:
    """Waits the pull client asks for, recorded instead of slept, on a virtual clock that
    moves only when the client waits: pacing is checked without timing anything."""
    import pipeline.pull.http as pull_http

    recorded: list[float] = []
    clock = [0.0]

    def pause(seconds: float) -> None:
        recorded.append(round(seconds, 3))
        clock[0] += seconds

    monkeypatch.setattr(pull_http, "pause", pause)
    monkeypatch.setattr(pull_http, "now", lambda: clock[0])
    return recorded


@pytest.fixture(scope="module")
def running_server():
    """One server for the module, bound to 127.0.0.1 (pytest-httpserver's default is "localhost")."""
    from pytest_httpserver import HTTPServer

    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    yield server
    server.stop()
