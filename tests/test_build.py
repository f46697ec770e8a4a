"""The build on small corpora written here: incremental reruns, atomic replace, empty corpus."""

from __future__ import annotations

import json
import sqlite3

import pytest

from pipeline import load
from pipeline.build import Workspace, build
from pipeline.corpus import discover, infer_from_path
from tests.pdfs import make_pdf

MINUTES = """MINUTES of a meeting of the Cabinet held on Thursday, 30 January 2025.
PRESENT: Councillor Jane Smith (Chair)

5. Written Statement of Action
RESOLVED that the report be noted.
"""


def write_doc(folder, relative: str, data: bytes, meta: dict | None = None):
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    if meta is not None:
        path.with_name(path.stem + ".meta.json").write_text(json.dumps(meta))
    return path


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    write_doc(root, "testshire/2025-01-30-cabinet/minutes.txt", MINUTES.encode(),
              {"council": "Testshire County Council", "council_slug": "testshire", "committee": "Cabinet",
               "meeting_date": "2025-01-30", "title": "Minutes", "source_kind": "committee-report",
               "url": "https://example.org/minutes"})
    write_doc(root, "testshire/2025-01-30-cabinet/report.pdf",
              make_pdf([["Recommendation: The Cabinet is asked to note the report.", "Dated 4 March 2025."]]))
    return root


def ws(tmp_path, corpus):
    return Workspace(corpus=corpus, work=tmp_path / "work", db=tmp_path / "out" / "minutes.db")


def rows(db, sql):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_build_writes_every_table(tmp_path, corpus):
    space = ws(tmp_path, corpus)
    result = build(space, jobs=1)
    assert result.failures() == []
    docs = rows(space.db, "select path, council, council_slug, committee, meeting_date, url, page_count from documents order by path")
    assert docs[0] == ("testshire/2025-01-30-cabinet/minutes.txt", "Testshire County Council", "testshire",
                       "Cabinet", "2025-01-30", "https://example.org/minutes", 1)
    # no sidecar: what the path says
    assert docs[1][:5] == ("testshire/2025-01-30-cabinet/report.pdf", None, "testshire", "Cabinet", "2025-01-30")
    assert rows(space.db, "select count(*) from pages_fts where pages_fts match 'statement'") == [(1,)]
    tables = {r[0] for r in rows(space.db, "select name from sqlite_master where type='table'")}
    assert {"documents", "pages", "resolutions", "weaknesses", "dates", "people", "failures"} <= tables
    fks = rows(space.db, "select `table`, `from` from pragma_foreign_key_list('resolutions')")
    assert sorted(fks) == [("councils", "council_code"), ("documents", "document_id")]


def test_second_build_does_no_work_and_one_change_reprocesses_one(tmp_path, corpus, capsys):
    space = ws(tmp_path, corpus)
    build(space, jobs=1)
    capsys.readouterr()
    again = build(space, jobs=1)
    said = capsys.readouterr().err
    assert [r.processed for r in again.reports] == [0, 0]
    assert not again.loaded
    assert "nothing to read" in said and "nothing to extract" in said and "up to date" in said
    (corpus / "testshire/2025-01-30-cabinet/minutes.txt").write_text(MINUTES + "\nRESOLVED that the plan be approved.\n")
    third = build(space, jobs=1)
    assert [r.processed for r in third.reports] == [1, 1]
    assert third.loaded


def test_failed_load_leaves_previous_database_untouched(tmp_path, corpus, monkeypatch):
    space = ws(tmp_path, corpus)
    build(space, jobs=1)
    before = space.db.read_bytes()
    (corpus / "testshire/2025-01-30-cabinet/minutes.txt").write_text("changed")

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(load, "fill", explode)
    with pytest.raises(RuntimeError):
        build(space, jobs=1)
    assert space.db.read_bytes() == before
    assert [p.name for p in space.db.parent.iterdir()] == ["minutes.db"]  # no temporary left


def test_empty_corpus_builds_an_empty_valid_database(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    space = ws(tmp_path, empty)
    build(space, jobs=1)
    assert "holds no documents" in capsys.readouterr().err
    assert rows(space.db, "select count(*) from documents") == [(0,)]


def test_path_inference_without_sidecar():
    meta = infer_from_path("slough/undated-cabinet/seed-002.txt")
    assert meta["council_slug"] == "slough" and meta["committee"] == "Cabinet" and meta["meeting_date"] is None
    assert infer_from_path("x/2024-06-11-cabinet/a.pdf")["meeting_date"] == "2024-06-11"


def test_discover_skips_partial_downloads_and_sidecars(tmp_path, corpus):
    write_doc(corpus, "testshire/2025-01-30-cabinet/.report2.pdf.partial", b"%PDF-")
    assert [d.path for d in discover(corpus)] == [
        "testshire/2025-01-30-cabinet/minutes.txt", "testshire/2025-01-30-cabinet/report.pdf"]


def test_hashes_are_remembered_until_a_file_changes(tmp_path, corpus):
    cache = tmp_path / "hashes.json"
    first = {d.path: d.sha256 for d in discover(corpus, cache)}
    assert cache.exists()
    again = {d.path: d.sha256 for d in discover(corpus, cache)}
    assert again == first
    changed = corpus / "testshire/2025-01-30-cabinet/minutes.txt"
    changed.write_text("different text, different size")
    after = {d.path: d.sha256 for d in discover(corpus, cache)}
    assert after[changed.relative_to(corpus).as_posix()] != first[changed.relative_to(corpus).as_posix()]



def test_a_build_loads_without_importing_pandas(tmp_path, corpus):
    # sqlite_utils imports pandas when installed (about a CPU second) only for a column type
    # the load never writes; the load hides it while importing sqlite_utils, nothing else.
    import subprocess
    import sys
    from pathlib import Path

    script = "\n".join([
        "from pathlib import Path",
        "from pipeline.build import Workspace, build",
        f"result = build(Workspace(corpus=Path({str(corpus)!r}), work=Path({str(tmp_path / 'w')!r}), "
        f"db=Path({str(tmp_path / 'm.db')!r})), jobs=1)",
        "import sqlite_utils.db",
        "print(result.loaded, sqlite_utils.db.pd is None)",
        "import pandas",  # still importable afterwards
        "print(pandas.__name__)",
    ])
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "True", "pandas"]
    assert rows(tmp_path / "m.db", "select count(*) from documents") == [(2,)]
