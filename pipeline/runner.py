"""Map a per-document stage over the corpus with any ``concurrent.futures`` executor.

The same code runs in-process, on a local process pool (``JOBS=N``) or on a
Dask cluster (``Client.get_executor()``, or the ``Client`` itself): jobs take
and return plain data, and only the caller touches the cache folders.

No single document may hold up a run: each job has a time limit (``--doc-timeout``).
On the local process pool a job over its limit, or one whose worker dies (a crash
in a C library, the kernel's OOM killer), is ended, its worker replaced, and the
document comes back as a failure; the rest of the run goes on.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from concurrent.futures import Executor, Future, as_completed
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator, TypeVar

from pipeline.progress import Progress, say

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_DOC_TIMEOUT = 300.0  # seconds one document may take in one stage


class DocumentTimeout(BaseException):
    """A job ran past its time limit in this process (JOBS=1). A BaseException so that the
    jobs' own ``except Exception`` does not swallow it as a reading error."""

    def __init__(self, seconds: float):
        super().__init__(f"took longer than {seconds:g} s")
        self.seconds = seconds


def parse_timeout(value: str | float | None) -> float | None:
    """``--doc-timeout`` / ``DOC_TIMEOUT`` as seconds; None (no limit) for 0, ``none`` or ``off``;
    the default when unset or empty. Raises ValueError for anything else."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return DEFAULT_DOC_TIMEOUT
    text = str(value).strip().lower()
    if text in {"0", "none", "off"}:
        return None
    try:
        seconds = float(text)
    except ValueError:
        raise ValueError(f"DOC_TIMEOUT={value!r} is not a number of seconds (e.g. DOC_TIMEOUT=600, or 0 for no limit)") from None
    if seconds < 0 or seconds != seconds or seconds == float("inf"):
        raise ValueError(f"DOC_TIMEOUT={value!r} must be a positive number of seconds (or 0 for no limit)")
    return seconds or None


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
    """Runs each job at once in this process: for JOBS=1, tests and debugging.

    With a ``timeout`` a job is interrupted by an alarm signal when it runs too long;
    that works between Python steps but cannot stop one long call into C code (a
    regular expression, a parser), which only a process pool can end.
    """

    def __init__(self, timeout: float | None = None):
        self.timeout = timeout

    def submit(self, fn, /, *args, **kwargs):
        future: Future = Future()
        try:
            with _alarm(self.timeout):
                result = fn(*args, **kwargs)
            future.set_result(result)
        except BaseException as error:  # handed to the caller like a pool would
            future.set_exception(error)
        return future


@contextmanager
def _alarm(seconds: float | None) -> Iterator[None]:
    """Raise DocumentTimeout in this thread after ``seconds`` (main thread of a POSIX process only)."""
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class LimitedPool(Executor):
    """A process pool (pebble) that ends any job running longer than ``timeout`` seconds.

    The job's worker is killed and replaced and the job's future raises TimeoutError; a
    worker that dies on its own makes its future raise ``pebble.ProcessExpired``.
    Workers start with the first job, so a run with nothing to do starts no process.
    """

    def __init__(self, workers: int, timeout: float | None = None):
        from pebble import ProcessPool

        self.pool = ProcessPool(max_workers=workers)
        self.timeout = timeout
        self.workers = workers
        self.started = False  # workers are forked at the first job

    def submit(self, fn, /, *args, **kwargs):
        self.started = True
        return self.pool.schedule(fn, args=args, kwargs=kwargs, timeout=self.timeout)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        if cancel_futures:
            self.pool.stop()
        else:
            self.pool.close()
        if wait:
            self.pool.join()


@contextmanager
def make_executor(jobs: int | None = None, timeout: float | None = DEFAULT_DOC_TIMEOUT) -> Iterator[Executor]:
    """JOBS=1 runs inline; more runs a process pool. Workers start only when a job is
    submitted, so a run with nothing to do starts no processes. ``timeout`` is the time
    limit of one job in seconds (None: no limit)."""
    jobs = jobs or default_jobs()
    if jobs <= 1:
        yield InlineExecutor(timeout)
        return
    pool = LimitedPool(jobs, timeout)
    try:
        yield pool
    except BaseException:
        # Ctrl-C or a failure: drop the queued documents instead of finishing them first.
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    else:
        pool.shutdown(wait=True)


def warm_before_fork(executor: Any, warm: Callable[[], None]) -> bool:
    """Run ``warm`` here when ``executor`` is a local pool of several workers that are not
    started yet, and say whether it ran.

    The pool forks its workers from this process at its first job, and a forked worker
    inherits what this process has loaded: what ``warm`` loads (modules, spaCy's model)
    is then loaded once instead of once per worker. Inline, on Dask, or once the workers
    run, it would only cost time here, so it is skipped.
    """
    if isinstance(executor, LimitedPool) and not executor.started and executor.workers > 1:
        warm()
        return True
    return False


def job_lost(error: BaseException, timeout: float | None = None) -> str | None:
    """Why a job produced no result when its process was ended or lost, else None
    (a job's own exception, which is a bug to raise)."""
    from pebble import ProcessExpired

    if isinstance(error, DocumentTimeout):
        return f"took longer than {error.seconds:g} s (the per-document time limit, --doc-timeout / DOC_TIMEOUT); stopped"
    if isinstance(error, TimeoutError):
        limit = f"{timeout:g} s" if timeout else "its time limit"
        return f"took longer than {limit} (the per-document time limit, --doc-timeout / DOC_TIMEOUT); stopped"
    if isinstance(error, ProcessExpired):
        return f"its worker process died (exit code {error.exitcode}); it may need more memory than the machine has"
    if isinstance(error, BrokenProcessPool):
        return "its worker process died; it may need more memory than the machine has"
    return None


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
    on_lost: Callable[[T, str], R] | None = None,
) -> list[R]:
    """Run ``job`` on every item, reporting progress; results in input order.

    ``on_result`` runs in the calling process as each job finishes (in completion
    order), so caches are written by the caller only and workers need no access to
    them. A job that is already done when submitted (the inline executor) is handled
    at once, so progress and caches keep up with it and an interrupted run keeps
    what it finished. A job stopped for its time limit or whose worker died is
    turned into a result by ``on_lost(item, reason)`` when given. When a job raises
    (jobs are expected to return errors as data) or the run is interrupted, the
    jobs not yet started are cancelled and the error is raised.
    """
    executor = as_executor(executor)
    progress = Progress(stage, len(items))
    results: list[R | None] = [None] * len(items)
    pending: dict[Future, int] = {}
    timeout = getattr(executor, "timeout", None)

    def finish(future: Future, index: int) -> None:
        error = future.exception()
        reason = job_lost(error, timeout) if error is not None and on_lost is not None else None
        if reason is not None:
            results[index] = on_lost(items[index], reason)
            say(f"{stage}: {label(items[index])}: {reason}")
        else:
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
