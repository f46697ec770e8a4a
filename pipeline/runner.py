"""Map a per-document stage over the corpus with any ``concurrent.futures`` executor.

The same code runs in-process, on a local process pool (``JOBS=N``) or on a
Dask cluster (``Client.get_executor()``): jobs take and return plain data, and
only the caller touches the cache folders.
"""

from __future__ import annotations

import os
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator, TypeVar

from pipeline.progress import Progress

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    value = os.environ.get("JOBS", "")
    if value.strip().isdigit() and int(value) > 0:
        return int(value)
    return os.cpu_count() or 1


class InlineExecutor(Executor):
    """Runs each job at once in this process: for JOBS=1, tests and debugging."""

    def submit(self, fn, /, *args, **kwargs):
        from concurrent.futures import Future

        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as error:  # handed to the caller like a pool would
            future.set_exception(error)
        return future


@contextmanager
def make_executor(jobs: int | None = None) -> Iterator[Executor]:
    jobs = jobs or default_jobs()
    if jobs <= 1:
        yield InlineExecutor()
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield pool


def map_documents(
    stage: str,
    job: Callable[[T], R],
    items: list[T],
    executor: Executor,
    label: Callable[[T], str] = str,
    on_result: Callable[[T, R], None] | None = None,
) -> list[R]:
    """Run ``job`` on every item, reporting progress; results in input order."""
    progress = Progress(stage, len(items))
    futures = {executor.submit(job, item): index for index, item in enumerate(items)}
    results: list[R | None] = [None] * len(items)
    for future in as_completed(futures):
        index = futures[future]
        results[index] = future.result()
        if on_result is not None:
            on_result(items[index], results[index])
        progress.advance(label(items[index]))
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
