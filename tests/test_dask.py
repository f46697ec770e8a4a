"""The build on a Dask cluster gives the same database as the build in one process.

Stages map over documents with any ``concurrent.futures`` executor, so a Dask
cluster is used through ``Client.get_executor()`` with the same code. Jobs take
and return plain data and only the caller writes the caches and the database.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from pipeline.build import Workspace, build
from pipeline.runner import InlineExecutor, map_documents

SHARED_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
# A handful of documents with facts of every kind: minutes, reports and web pages.
PREFERRED = [
    "kent/2025-01-09-county-council/Printed minutes 09th-Jan-2025 10.00 County Council.pdf",
    "kent/2025-03-04-cabinet/Cabinet QPR Q3 Cover.pdf",
    "kent/2025-03-13-county-council/JHOSC ToR - report to full Council.pdf",
    "bcp/undated-cabinet/ieIssueDetails-14099.txt",
    "bcp/undated-moderngov/mgAi-8902.txt",
    "birmingham/undated-web/joint-local-area-send-inspection-in-birmingham.txt",
]
TABLES = ["documents", "pages", "resolutions", "weaknesses", "dates", "people", "events", "failures"]

distributed = pytest.importorskip("distributed")


def square(x: int) -> int:
    return x * x


def small_corpus(dest: Path) -> list[str]:
    """Copy a few documents of ../shared/corpus, with their sidecars, into ``dest``."""
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"{SHARED_CORPUS} is absent: this test copies a few documents of ../shared/corpus "
                    "(the shared folder beside the clone, as CI has it)")
    chosen = [p for p in PREFERRED if (SHARED_CORPUS / p).is_file()]
    if len(chosen) < 4:  # the corpus changed: take the smallest PDFs and the first text files
        pdfs = sorted(SHARED_CORPUS.rglob("*.pdf"), key=lambda p: p.stat().st_size)[:3]
        texts = sorted(SHARED_CORPUS.rglob("*.txt"))[:3]
        chosen = [p.relative_to(SHARED_CORPUS).as_posix() for p in pdfs + texts]
    for relative in chosen:
        source = SHARED_CORPUS / relative
        target = dest / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
        sidecar = source.with_name(source.stem + ".meta.json")
        if sidecar.exists():
            shutil.copy2(sidecar, target.with_name(sidecar.name))
    return chosen


def table_rows(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        present = {r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view')")}
        rows = {}
        for table in TABLES:
            assert table in present, f"{table} missing from {db}"
            rows[table] = conn.execute(f"select * from [{table}] order by rowid").fetchall()
        # views and derived tables other helpers add are compared too, in any order
        for name in sorted(present - set(TABLES) - {"build_info"}):
            if "_fts" in name or name.startswith("sqlite_"):
                continue
            rows[name] = sorted(conn.execute(f"select * from [{name}]").fetchall(), key=repr)
        return rows
    finally:
        conn.close()


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, silence_logs=40)
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def test_map_documents_on_dask_keeps_order_and_accepts_the_client_itself(client):
    items = list(range(12))
    assert map_documents("demo", square, items, client.get_executor()) == [x * x for x in items]
    assert map_documents("demo", square, items, client) == [x * x for x in items]


def test_map_documents_on_dask_raises_job_errors(client):
    with pytest.raises(ZeroDivisionError):
        map_documents("demo", lambda x: 1 // x, [2, 1, 0, 3], client.get_executor())


def test_build_on_dask_gives_the_same_database_as_in_one_process(client, tmp_path):
    from distributed import get_task_stream

    corpus = tmp_path / "corpus"
    chosen = small_corpus(corpus)

    inline_ws = Workspace(corpus=corpus, work=tmp_path / "inline", db=tmp_path / "inline.db")
    inline = build(inline_ws, executor=InlineExecutor())

    dask_ws = Workspace(corpus=corpus, work=tmp_path / "dask", db=tmp_path / "dask.db")
    with get_task_stream(client) as stream:
        on_dask = build(dask_ws, executor=client.get_executor())

    # every document went through the cluster's workers, once per stage
    names = [task["key"][0] if isinstance(task["key"], tuple) else task["key"] for task in stream.data]
    assert sum("text_job" in str(n) for n in names) == len(chosen)
    assert sum("extract_job" in str(n) for n in names) == len(inline.facts)
    assert [(r.stage, r.total, r.processed, r.pages) for r in on_dask.reports] == \
        [(r.stage, r.total, r.processed, r.pages) for r in inline.reports]

    inline_rows, dask_rows = table_rows(inline_ws.db), table_rows(dask_ws.db)
    assert len(inline_rows["documents"]) == len(chosen)
    assert inline_rows["pages"], "no page text was read"
    assert sum(len(inline_rows[t]) for t in ("resolutions", "dates", "people")) > 0, "no facts to compare"
    for table in inline_rows:
        mine, theirs = dask_rows.get(table), inline_rows[table]
        first = next((i for i, (a, b) in enumerate(zip(mine or [], theirs)) if a != b), None)
        assert mine == theirs, (
            f"{table} differs between the Dask and the inline build: {len(mine or [])} rows against "
            f"{len(theirs)}" + (f"; row {first}: {mine[first]!r} against {theirs[first]!r}" if first is not None else "")
        )
    assert set(dask_rows) == set(inline_rows)

    # the caches the Dask build wrote are complete: a rerun in one process has nothing to do
    again = build(dask_ws, executor=InlineExecutor())
    assert [r.processed for r in again.reports] == [0, 0]
    assert again.loaded is False
