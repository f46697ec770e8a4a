"""The runner (map_documents, executors, JOBS), progress lines, and the bench's own pieces."""

from __future__ import annotations

import io
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from pipeline.progress import Progress, format_seconds
from pipeline.runner import (
    InlineExecutor,
    LimitedPool,
    as_executor,
    available_cores,
    chunked,
    default_jobs,
    make_executor,
    map_documents,
    parse_jobs,
)


def square(x: int) -> int:  # module level: picklable for process pools
    return x * x


def pid_of(_: int) -> int:
    return os.getpid()


def fail_on_three(x: int) -> int:
    if x == 3:
        raise ValueError("three")
    return x


# --------------------------------------------------------------------------- JOBS


@pytest.mark.parametrize("value", [None, "", "  ", "auto", "AUTO", "0"])
def test_parse_jobs_unset_means_every_core(value):
    assert parse_jobs(value) is None


@pytest.mark.parametrize("value, jobs", [("1", 1), ("4", 4), (" 3 ", 3), ("16\n", 16)])
def test_parse_jobs_numbers(value, jobs):
    assert parse_jobs(value) == jobs


@pytest.mark.parametrize("value", ["two", "-2", "1.5", "4 cores"])
def test_parse_jobs_rejects_what_is_not_a_count(value):
    with pytest.raises(ValueError, match="JOBS="):
        parse_jobs(value)


def test_default_jobs_reads_jobs(monkeypatch):
    monkeypatch.setenv("JOBS", "3")
    assert default_jobs() == 3


def test_default_jobs_without_jobs_is_the_available_cores(monkeypatch):
    monkeypatch.delenv("JOBS", raising=False)
    assert default_jobs() == available_cores() >= 1
    monkeypatch.setenv("JOBS", "")  # what `make` exports when JOBS is not given
    assert default_jobs() == available_cores()


def test_default_jobs_warns_about_a_bad_value_and_goes_on(monkeypatch, capsys):
    monkeypatch.setenv("JOBS", "lots")
    assert default_jobs() == available_cores()
    assert "JOBS='lots'" in capsys.readouterr().err


def test_available_cores_is_no_more_than_the_machine():
    assert 1 <= available_cores() <= (os.cpu_count() or 1)


# --------------------------------------------------------------------------- executors


def test_inline_executor_runs_at_once_and_keeps_errors_in_the_future():
    executor = InlineExecutor()
    assert executor.submit(square, 7).result() == 49
    future = executor.submit(fail_on_three, 3)
    assert future.done()
    with pytest.raises(ValueError, match="three"):
        future.result()


def test_make_executor_one_job_is_inline_more_is_a_process_pool():
    with make_executor(1) as executor:
        assert isinstance(executor, InlineExecutor)
    with make_executor(2) as executor:
        assert isinstance(executor, LimitedPool)


def test_make_executor_starts_no_process_when_there_is_nothing_to_do():
    import psutil

    before = {p.pid for p in psutil.Process().children(recursive=True)}
    with make_executor(2):
        during = {p.pid for p in psutil.Process().children(recursive=True)}
    assert during == before


def test_make_executor_uses_jobs_from_the_environment(monkeypatch):
    monkeypatch.setenv("JOBS", "1")
    with make_executor() as executor:
        assert isinstance(executor, InlineExecutor)


def test_as_executor_takes_a_dask_client_like_object():
    inner = InlineExecutor()

    class FakeClient:  # distributed.Client's futures are not concurrent.futures ones
        def get_executor(self):
            return inner

    assert as_executor(FakeClient()) is inner
    assert as_executor(inner) is inner
    with pytest.raises(TypeError, match="not a concurrent.futures Executor"):
        as_executor(object())


# --------------------------------------------------------------------------- map_documents


def test_map_documents_inline_keeps_input_order_and_calls_on_result(capsys):
    seen = []
    results = map_documents("demo", square, [3, 1, 2], InlineExecutor(), on_result=lambda i, r: seen.append((i, r)))
    assert results == [9, 1, 4]
    assert seen == [(3, 9), (1, 1), (2, 4)]
    assert "demo: 3/3 documents" in capsys.readouterr().err


def test_map_documents_inline_handles_each_result_before_the_next_job():
    events = []

    def job(x: int) -> int:
        events.append(f"job {x}")
        return x

    map_documents("demo", job, [1, 2], InlineExecutor(), on_result=lambda i, r: events.append(f"saved {i}"))
    # an interrupted JOBS=1 run keeps the outputs of the documents it finished
    assert events == ["job 1", "saved 1", "job 2", "saved 2"]


def test_map_documents_results_in_input_order_when_jobs_finish_out_of_order():
    def slow_first(x: int) -> int:
        time.sleep(0.05 * (5 - x))
        return x * 10

    seen, threads = [], set()

    def on_result(item, result):
        seen.append(item)
        threads.add(threading.get_ident())

    with ThreadPoolExecutor(max_workers=5) as pool:
        results = map_documents("demo", slow_first, [0, 1, 2, 3, 4], pool, on_result=on_result)
    assert results == [0, 10, 20, 30, 40]
    assert seen[0] != 0  # completion order, not input order...
    assert sorted(seen) == [0, 1, 2, 3, 4]  # ...but every item once
    assert threads == {threading.get_ident()}  # caches are written by the caller only


def test_map_documents_on_a_process_pool_runs_in_other_processes():
    with make_executor(2) as pool:
        assert map_documents("demo", square, list(range(20)), pool) == [x * x for x in range(20)]
        pids = map_documents("demo", pid_of, list(range(8)), pool)
    assert os.getpid() not in pids


def test_map_documents_raises_a_job_error_and_cancels_what_has_not_started():
    started = []

    def job(x: int) -> int:
        started.append(x)
        if x == 0:
            raise RuntimeError("boom")
        time.sleep(0.05)
        return x

    with ThreadPoolExecutor(max_workers=1) as pool:
        with pytest.raises(RuntimeError, match="boom"):
            map_documents("demo", job, list(range(50)), pool)
    assert len(started) < 50


def test_map_documents_with_nothing_to_do():
    assert map_documents("demo", square, [], InlineExecutor()) == []


def test_map_documents_labels_each_result_for_progress():
    labels = []
    map_documents("demo", square, [1, 2], InlineExecutor(), label=lambda x: labels.append(x) or f"doc{x}")
    assert labels == [1, 2]


def test_chunked():
    assert list(chunked(range(5), 2)) == [[0, 1], [2, 3], [4]]
    assert list(chunked([], 3)) == []


# --------------------------------------------------------------------------- progress


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_prints_at_intervals_and_at_the_end():
    clock, out = FakeClock(), io.StringIO()
    progress = Progress("text", 10, interval=2.0, stream=out, clock=clock)
    for i in range(10):
        clock.now += 0.5
        progress.advance(f"doc{i}.pdf")
    lines = out.getvalue().splitlines()
    # a line every 2 s (4 documents at 0.5 s each) and the last one; an estimate
    # of the time left only once 5 documents are done
    assert lines == [
        "text: 4/10 documents, 2 s (doc3.pdf)",
        "text: 8/10 documents, 4 s, about 1 s left (doc7.pdf)",
        "text: 10/10 documents, 5 s",
    ]


def test_progress_gives_no_estimate_before_a_few_documents():
    clock, out = FakeClock(), io.StringIO()
    progress = Progress("extract", 100, interval=0.0, stream=out, clock=clock)
    clock.now += 3
    progress.advance("first")
    assert "left" not in out.getvalue()
    assert progress.remaining() == pytest.approx(99 * 3)


def test_progress_on_a_terminal_overwrites_its_line():
    class Tty(io.StringIO):
        def isatty(self):
            return True

    clock, out = FakeClock(), Tty()
    progress = Progress("text", 2, interval=0.0, stream=out, clock=clock)
    progress.advance("a")
    progress.advance("b")
    first, second = out.getvalue().split("\r")
    assert first.startswith("text: 1/2 documents") and second.endswith("\n")


@pytest.mark.parametrize("seconds, text", [(0, "0 s"), (42.4, "42 s"), (185, "3 min 05 s"), (3720, "1 h 02 min")])
def test_format_seconds(seconds, text):
    assert format_seconds(seconds) == text


# --------------------------------------------------------------------------- the bench's pieces


def test_scaled_copies_differ_in_bytes_but_read_to_the_same_text(tmp_path):
    from pipeline.bench import make_scaled_corpus
    from pipeline.corpus import discover
    from pipeline.text import read_document
    from tests.pdfs import make_pdf

    source = tmp_path / "corpus"
    meeting = source / "kent" / "2025-03-04-cabinet"
    meeting.mkdir(parents=True)
    (meeting / "report.pdf").write_bytes(make_pdf([["The Cabinet agreed the plan."], ["Second page."]]))
    (meeting / "report.meta.json").write_text('{"council": "Kent County Council", "council_slug": "kent"}')
    (meeting / "page.txt").write_text("Resolved: that the report be noted.\n")
    (meeting / "item.html").write_text("<html><body><main><p>Agreed.</p></main></body></html>")
    (source / "README.md").write_text("about the corpus")

    info = make_scaled_corpus(source, tmp_path / "scaled", 3)
    assert info["documents_written"] == 9 and info["files_linked"] == 4  # 3 sidecars + README once
    docs = discover(tmp_path / "scaled")
    assert sorted({d.path.split("/")[0] for d in docs}) == ["kent-copy01", "kent-copy02", "kent-copy03"]
    assert len({d.sha256 for d in docs}) == 9  # no two copies share a text-cache entry
    originals = {d.path: read_document(d) for d in discover(source)}
    for doc in docs:
        copy = read_document(doc)
        original = originals["kent/" + doc.path.split("/", 1)[1]]
        assert copy.error is None
        assert [p.text for p in copy.pages] == [p.text for p in original.pages]
        if doc.suffix == "pdf":
            assert doc.meta["council_slug"] == "kent"


def test_bench_queries_time_canned_and_search_queries(tmp_path):
    import sqlite3

    from pipeline.bench import time_queries

    db = tmp_path / "m.db"
    conn = sqlite3.connect(db)
    conn.executescript(
        """
        create table documents (id integer primary key, council text, meeting_date text, title text, committee text);
        create table pages (document_id int, page int, text text, primary key (document_id, page));
        create virtual table pages_fts using fts5(text, content=pages, tokenize='porter');
        insert into documents values (1, 'Kent County Council', '2025-03-04', 'Report', 'Cabinet');
        insert into pages values (1, 1, 'The written statement of action was approved.');
        insert into pages_fts(rowid, text) select rowid, text from pages;
        """
    )
    conn.commit()
    conn.close()
    timed = time_queries(db, repeats=2)
    assert timed["queries"]["fts_pages_count"]["rows"] == 1
    assert timed["queries"]["fts_pages_top50"]["rows"] == 1
    assert timed["queries"]["fts_pages_top50"]["best_ms"] >= 0
    # queries over tables this tiny database lacks are reported, not raised
    assert any("error" in q for q in timed["queries"].values())


WARMED: list[str] = []  # set by warm_before_fork's callable in the parent, read in a forked worker


def warmed_in_worker(_: int) -> int:
    return len(WARMED)


def test_warm_before_fork_loads_once_in_the_parent_and_workers_inherit_it():
    from pipeline.runner import warm_before_fork

    WARMED.clear()
    assert not warm_before_fork(InlineExecutor(), lambda: WARMED.append("inline"))
    with make_executor(2) as pool:
        assert warm_before_fork(pool, lambda: WARMED.append("parent"))
        assert map_documents("test", warmed_in_worker, [1, 2, 3], pool) == [1, 1, 1]
        # workers already forked: warming now would only cost the parent time
        assert not warm_before_fork(pool, lambda: WARMED.append("late"))
    assert WARMED == ["parent"]
    WARMED.clear()


def test_bench_times_each_job_and_reports_cpu_a_page_without_ocr_documents(tmp_path, monkeypatch):
    from pipeline import build as build_module
    from pipeline.bench import costs
    from pipeline.corpus import discover
    from tests.pdfs import make_pdf

    folder = tmp_path / "corpus" / "testshire" / "2025-01-30-cabinet"
    folder.mkdir(parents=True)
    (folder / "report.pdf").write_bytes(make_pdf([["The Cabinet agreed the plan."], ["Second page."]]))
    log = tmp_path / "jobs.jsonl"
    monkeypatch.setenv(costs.JOB_LOG_ENV, str(log))
    monkeypatch.setattr(costs, "_ORIGINAL", {})
    for name in costs.JOBS.values():  # install() swaps these; monkeypatch puts them back
        monkeypatch.setattr(build_module, name, getattr(build_module, name))
    costs.install()
    (doc,) = discover(tmp_path / "corpus")
    text = build_module.text_job(doc)  # the swapped job: same result, one log line
    assert text["pages"][1]["text"] == "Second page."
    build_module.extract_job((doc, text))
    records = costs.read_log(log)
    assert [(r["stage"], r["pages"], r["ocr_pages"]) for r in records] == [("text", 2, 0), ("extract", 2, 0)]
    assert all(r["cpu_seconds"] >= 0 for r in records)

    # the arithmetic, on records as the jobs write them: one scanned document of 4 pages
    records = [
        {"stage": "text", "document": "a.pdf", "cpu_seconds": 0.5, "pages": 96, "ocr_pages": 0, "pid": 1},
        {"stage": "text", "document": "scan.pdf", "cpu_seconds": 4.0, "pages": 4, "ocr_pages": 4, "pid": 2},
        {"stage": "extract", "document": "a.pdf", "cpu_seconds": 0.6, "pages": 96, "ocr_pages": 0, "pid": 1},
        {"stage": "extract", "document": "scan.pdf", "cpu_seconds": 0.2, "pages": 4, "ocr_pages": 4, "pid": 2},
    ]
    text_jobs = costs.job_summary(records, "text")
    assert (text_jobs["ocr_documents"], text_jobs["ocr_document_pages"], text_jobs["workers"]) == (1, 4, 2)
    stage = costs.stage_costs(5.0, 100, text_jobs)  # 0.5 s of the stage outside the jobs
    assert stage["cpu_ms_per_page"] == 50.0 and stage["cpu_ms_per_page_without_ocr"] == round(1000 * 1.0 / 96, 2)
    whole = costs.build_costs(8.0, 100, records)  # 8 CPU s in all, 4.2 of them the scan's jobs
    assert whole["cpu_ms_per_page"] == 80.0
    assert whole["cpu_ms_per_page_without_ocr"] == round(1000 * 3.8 / 96, 2)
