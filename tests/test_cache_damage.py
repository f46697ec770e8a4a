"""Damaged caches heal: every cache file under the work folder that is truncated, empty, of
the wrong shape or not UTF-8 is reported, discarded and recomputed, and the database comes
out as it did before the damage."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from pipeline.build import Workspace, build
from tests.pdfs import make_pdf

MINUTES = """MINUTES of a meeting of the Cabinet held on Thursday, 30 January 2025.
PRESENT: Councillor Jane Smith (Chair)

5. Written Statement of Action
RESOLVED that the report be noted.
"""
DAMAGE = {
    "truncated": lambda data: data[: len(data) // 2],
    "empty": lambda data: b"",
    "not utf-8": lambda data: b"\xff\xfe\x00" + data,
    "a list": lambda data: b"[1, 2, 3]",
    "no version": lambda data: json.dumps({k: v for k, v in json.loads(data).items() if k != "version"}).encode(),
    "pages of the wrong shape": lambda data: json.dumps({**json.loads(data), "pages": [{"page": "one"}],
                                                         "resolutions": [["not", "a", "fact"]]}).encode(),
    "deeply nested": lambda data: b"[" * 100_000 + b"]" * 100_000,
}


@pytest.fixture
def space(tmp_path):
    corpus = tmp_path / "corpus"
    folder = corpus / "testshire/2025-01-30-cabinet"
    folder.mkdir(parents=True)
    (folder / "minutes.txt").write_text(MINUTES)
    (folder / "report.pdf").write_bytes(make_pdf([["Recommendation: The Cabinet is asked to note the report."]]))
    return Workspace(corpus=corpus, work=tmp_path / "work", db=tmp_path / "minutes.db")


def dump(db) -> list:
    with sqlite3.connect(db) as conn:
        return [conn.execute(f"select * from {table} order by 1").fetchall()
                for table in ("documents", "pages", "resolutions", "dates", "people", "failures")]


@pytest.mark.parametrize("stage", ["text", "facts"])
@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_stage_output_is_discarded_and_recomputed(space, stage, damage, capsys):
    build(space, jobs=1)
    before = dump(space.db)
    files = sorted((space.work / stage).rglob("*.json"))
    assert len(files) == 2
    for file in files:
        file.write_bytes(DAMAGE[damage](file.read_bytes()))
    capsys.readouterr()
    again = build(space, jobs=1)
    said = capsys.readouterr().err
    assert said.count("warning: damaged cache file") == 2, said
    assert again.reports[0 if stage == "text" else 1].processed == 2
    assert dump(space.db) == before
    third = build(space, jobs=1)  # healed: nothing left to do
    assert [r.processed for r in third.reports] == [0, 0]


def test_a_folder_in_place_of_an_output_is_replaced(space):
    build(space, jobs=1)
    before = dump(space.db)
    file = next((space.work / "text").rglob("*.json"))
    file.unlink()
    file.mkdir()
    build(space, jobs=1)
    assert file.is_file() and dump(space.db) == before


@pytest.mark.parametrize("damage", ["truncated", "empty", "not utf-8", "a list", "deeply nested"])
def test_a_damaged_hash_cache_is_rebuilt(space, damage, capsys):
    build(space, jobs=1)
    before = dump(space.db)
    hashes = space.work / "hashes.json"
    hashes.write_bytes(DAMAGE[damage](hashes.read_bytes()))
    capsys.readouterr()
    again = build(space, jobs=1)
    assert "warning: hash cache" in capsys.readouterr().err
    assert [r.processed for r in again.reports] == [0, 0] and dump(space.db) == before
    assert len(json.loads(hashes.read_text())) == 2  # written again, whole


def test_damaged_entries_of_the_hash_cache_are_dropped_and_the_rest_kept(space, capsys):
    build(space, jobs=1)
    hashes = space.work / "hashes.json"
    entries = json.loads(hashes.read_text())
    first = sorted(entries)[0]
    entries[first] = ["not", "an", "entry"]
    hashes.write_text(json.dumps(entries))
    capsys.readouterr()
    build(space, jobs=1)
    assert "has 1 damaged entries" in capsys.readouterr().err
    assert len(json.loads(hashes.read_text())[first]) == 4


def test_a_file_rewritten_with_the_same_size_and_mtime_is_noticed(space):
    build(space, jobs=1)
    minutes = space.corpus / "testshire/2025-01-30-cabinet/minutes.txt"
    before = minutes.stat()
    minutes.write_text(MINUTES.replace("noted", "NOTED"))
    os.utime(minutes, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (minutes.stat().st_size, minutes.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    again = build(space, jobs=1)
    assert again.reports[0].processed == 1
    with sqlite3.connect(space.db) as conn:
        assert conn.execute("select count(*) from pages where text like '%be NOTED%'").fetchone() == (1,)


def test_a_temporary_database_left_by_a_killed_load_is_removed(space):
    build(space, jobs=1)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = space.db.with_name(f".{space.db.name}.{int(dead.stdout)}.tmp")
    stale.write_bytes(b"half a database")
    live = space.db.with_name(f".{space.db.name}.{os.getppid()}.tmp")  # a concurrent build's, still running
    live.write_bytes(b"in progress")
    build(space, jobs=1)  # nothing changed: only the clean-up runs
    assert not stale.exists() and live.exists()


def test_a_new_output_replaces_the_keys_outputs_of_other_stage_versions_only(tmp_path):
    """An output written under a new code version removes the same key's outputs of other
    versions (they can never be read again), and nothing of any other key."""
    from pipeline.cache import StageCache

    StageCache(tmp_path, "v1").put("ab12", {"n": 1})
    StageCache(tmp_path, "v1").put("ab123", {"n": 2})  # a key that the first one prefixes
    StageCache(tmp_path, "v1").put("ab99", {"n": 3})
    StageCache(tmp_path, "v2").put("ab12", {"n": 4})
    assert sorted(p.name for p in (tmp_path / "ab").iterdir()) == ["ab12.v2.json", "ab123.v1.json", "ab99.v1.json"]
    assert StageCache(tmp_path, "v2").get("ab12")["n"] == 4
