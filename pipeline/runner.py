"""Map a per-document stage over the corpus with any ``concurrent.futures`` executor.

The same code runs in-process, on a local process pool (``JOBS=N``) or on a
Dask cluster (``Client.get_executor()``, or the ``Client`` itself): jobs take
and return plain data, and only the caller touches the cache folders.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import Executor, Future, ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator, TypeVar

from pipeline.progress import Progress

T = TypeVar("T")
R = TypeVar("R")


def available_cores() -> int:
    """Cores this process may run on (a container's CPU set, not the whole machine's)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # macOS, Windows
        return os.cpu_count() or 1


def parse_jobs(value: str | None) -> int | None:
    """``JOBS`` as a number of workers; None when unset, empty, ``auto`` or ``0`` (use every core).

    Raises ValueError for anything else that is not a positive whole number.
    """
    text = (value or "").strip().lower()
    if text in {"", "auto", "0"}:
        return None
    if not text.isdigit():
        raise ValueError(f"JOBS={value!r} is not a number of worker processes (use e.g. JOBS=4, or JOBS=1 for one process)")
    return int(text)


def default_jobs() -> int:
    """Workers to use: ``JOBS`` when it is set to a positive number, else every available core."""
    try:
        jobs = parse_jobs(os.environ.get("JOBS"))
    except ValueError as error:
        print(f"warning: {error}; using {available_cores()}", file=sys.stderr)
        jobs = None
    return jobs or available_cores()


class InlineExecutor(Executor):
    """Runs each job at once in this process: for JOBS=1, tests and debugging."""

    def submit(self, fn, /, *args, **kwargs):
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as error:  # handed to the caller like a pool would
            future.set_exception(error)
        return future


@contextmanager
def make_executor(jobs: int | None = None) -> Iterator[Executor]:
    """JOBS=1 runs inline; more runs a process pool. Workers start only when a job is
    submitted, so a run with nothing to do starts no processes."""
    jobs = jobs or default_jobs()
    if jobs <= 1:
        yield InlineExecutor()
        return
    pool = ProcessPoolExecutor(max_workers=jobs)
    try:
        yield pool
    except BaseException:
        # Ctrl-C or a failure: drop the queued documents instead of finishing them first.
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    else:
        pool.shutdown(wait=True)


def as_executor(executor: Any) -> Executor:
    """A ``concurrent.futures`` executor for ``executor``: a Dask ``Client`` is turned into
    its ``get_executor()``; anything that is already an Executor is used as it is."""
    if isinstance(executor, Executor):
        return executor
    get_executor = getattr(executor, "get_executor", None)
    if callable(get_executor):  # distributed.Client: its own futures are not concurrent.futures ones
        return get_executor()
    raise TypeError(f"{type(executor).__name__} is not a concurrent.futures Executor or a Dask Client")


def map_documents(
    stage: str,
    job: Callable[[T], R],
    items: list[T],
    executor: Executor,
    label: Callable[[T], str] = str,
    on_result: Callable[[T, R], None] | None = None,
) -> list[R]:
    """Run ``job`` on every item, reporting progress; results in input order.

    ``on_result`` runs in the calling process as each job finishes (in completion
    order), so caches are written by the caller only and workers need no access to
    them. A job that is already done when submitted (the inline executor) is handled
    at once, so progress and caches keep up with it and an interrupted run keeps
    what it finished. When a job raises (jobs are expected to return errors as
    data) or the run is interrupted, the jobs not yet started are cancelled and the
    error is raised.
    """
    executor = as_executor(executor)
    progress = Progress(stage, len(items))
    results: list[R | None] = [None] * len(items)
    pending: dict[Future, int] = {}

    def finish(future: Future, index: int) -> None:
        results[index] = future.result()
        if on_result is not None:
            on_result(items[index], results[index])
        progress.advance(label(items[index]))

    try:
        for index, item in enumerate(items):
            future = executor.submit(job, item)
            if future.done():
                finish(future, index)
            else:
                pending[future] = index
        for future in as_completed(pending):
            finish(future, pending[future])
    except BaseException:
        for future in pending:
            future.cancel()
        raise
    return results  # type: ignore[return-value]


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
