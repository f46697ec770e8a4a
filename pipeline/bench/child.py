"""One build measured from outside: a child process, its process tree's memory, its stages' times."""

from __future__ import annotations

import json
import os
import shutil
import sys
import threading
import time
from pathlib import Path
from typing import Any

from pipeline.bench.common import MB, REPO, SAMPLE_INTERVAL, rate


def child_main(argv: list[str]) -> int:
    """Runs in the build's own process: ``python -m pipeline.bench --child OUT -- build ...``.

    The build runs through ``pipeline.cli.main`` exactly as ``python -m pipeline build``
    does; the stage functions are wrapped only to note when each starts and ends
    (``time.monotonic`` is system-wide, so the parent can match its memory samples)
    and what each returned.
    """
    import resource

    out = Path(argv[argv.index("--child") + 1])
    build_argv = argv[argv.index("--") + 1:]
    record: dict[str, Any] = {"started": time.monotonic(), "stages": {}, "exit_code": None}

    def maxrss_mb(who: int) -> float:
        return round(resource.getrusage(who).ru_maxrss / 1024, 1)  # Linux: KiB

    def wrap(stage: str, fn):
        def timed(*args, **kwargs):
            began, began_cpu = time.monotonic(), time.process_time()
            value = fn(*args, **kwargs)
            ended = time.monotonic()
            entry = {"began": began, "ended": ended, "main_peak_mb": maxrss_mb(resource.RUSAGE_SELF),
                     "main_cpu_seconds": round(time.process_time() - began_cpu, 3)}
            if stage in {"text", "extract"}:
                report = value[1]
                entry.update(documents=report.total, processed=report.processed, pages=report.pages)
            else:  # load_database(db_path, result, ...) -> bool
                result = args[1]
                pages = sum(len((t or {}).get("pages", [])) for t in result.texts.values())
                entry.update(documents=len(result.documents), loaded=bool(value),
                             processed=len(result.documents) if value else 0, pages=pages if value else 0,
                             total_pages=pages, failed=len(result.failed_paths()))
            record["stages"][stage] = entry
            return value

        return timed

    try:
        from pipeline import build as build_module
        from pipeline import cli
        from pipeline import load as load_module
        from pipeline.bench import costs

        if os.environ.get(costs.JOB_LOG_ENV):
            costs.install()  # before the pool starts: forked workers inherit the timed jobs

        build_module.run_text = wrap("text", build_module.run_text)
        build_module.run_extract = wrap("extract", build_module.run_extract)
        load_module.load_database = wrap("load", load_module.load_database)
        record["build_began"] = time.monotonic()
        record["exit_code"] = cli.main(build_argv)
        record["build_ended"] = time.monotonic()
    finally:
        record["main_peak_mb"] = maxrss_mb(resource.RUSAGE_SELF)
        record["largest_worker_peak_mb"] = maxrss_mb(resource.RUSAGE_CHILDREN)
        out.write_text(json.dumps(record))
    return record["exit_code"] or 0


class TreeSampler(threading.Thread):
    """Samples the summed RSS of a process and all its descendants."""

    def __init__(self, pid: int, interval: float = SAMPLE_INTERVAL):
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        # (monotonic time, RSS bytes, processes, CPU seconds of the processes alive)
        self.samples: list[tuple[float, int, int, float]] = []
        self.halt = threading.Event()
        self.cpu_seconds = 0.0  # what sampling itself cost, to judge its disturbance

    def run(self) -> None:
        import psutil

        started = time.thread_time()
        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while True:
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            total, cpu = 0, 0.0
            for proc in procs:
                try:
                    total += proc.memory_info().rss
                    times = proc.cpu_times()  # children_*: workers already reaped, so none drop out
                    cpu += times.user + times.system + times.children_user + times.children_system
                except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                    pass
            if total:
                self.samples.append((time.monotonic(), total, len(procs), cpu))
            if self.halt.wait(self.interval):
                break
        self.cpu_seconds = time.thread_time() - started

    def peak_mb(self, began: float | None = None, ended: float | None = None) -> float | None:
        """Peak within [began, ended]; for a window shorter than the sampling interval,
        the samples on either side of it."""
        if not self.samples:
            return None
        if began is None or ended is None:
            return round(max(s[1] for s in self.samples) / MB, 1)
        inside = [s[1] for s in self.samples if began <= s[0] <= ended]
        if not inside:
            before = [s for s in self.samples if s[0] < began][-1:]
            after = [s for s in self.samples if s[0] > ended][:1]
            inside = [s[1] for s in before + after]
        return round(max(inside) / MB, 1) if inside else None

    def cpu_seconds_between(self, began: float, ended: float) -> float | None:
        """CPU time the process tree used in [began, ended], from the samples around it
        (workers live for the whole build, so their time is not lost when they exit)."""
        before = [s for s in self.samples if s[0] <= began][-1:] or self.samples[:1]
        after = [s for s in self.samples if s[0] <= ended][-1:] or self.samples[:1]
        if not before or not after:
            return None
        return round(max(0.0, after[0][3] - before[0][3]), 2)

    def max_processes(self) -> int:
        return max((s[2] for s in self.samples), default=0)


def snapshot_code(dest: Path) -> Path:
    """A copy of the ``pipeline`` package for the builds to run, so that the cold and
    the warm build run the same code even if someone edits ``pipeline/`` meanwhile
    (stage outputs are keyed by a hash of the code: an edit would make the warm build redo work)."""
    shutil.copytree(REPO / "pipeline", dest / "pipeline", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return dest


def run_build(name: str, corpus: Path, work: Path, db: Path, jobs: int, logs: Path, code: Path = REPO) -> dict[str, Any]:
    """One build in a child process (running the ``pipeline`` package in ``code``),
    measured from outside; returns its figures."""
    import subprocess

    logs.mkdir(parents=True, exist_ok=True)
    from pipeline.bench import costs

    record_path = logs / f"{name}.json"
    log_path = logs / f"{name}.log"
    job_log = logs / f"{name}-jobs.jsonl"
    job_log.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "pipeline.bench", "--child", str(record_path), "--",
           "build", "--corpus", str(corpus), "--work", str(work), "--db", str(db), "--jobs", str(jobs)]
    env = {**os.environ, "JOBS": str(jobs), costs.JOB_LOG_ENV: str(job_log)}
    load_before = os.getloadavg()[0]
    with open(log_path, "wb") as log:
        began = time.monotonic()
        proc = subprocess.Popen(cmd, cwd=code, stdout=log, stderr=subprocess.STDOUT, env=env)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        ended = time.monotonic()
        proc.returncode = os.waitstatus_to_exitcode(status)
        sampler.halt.set()
        sampler.join()
    if not record_path.exists():
        tail = log_path.read_text(errors="replace").splitlines()[-30:]
        raise SystemExit(f"bench: the {name} build crashed (exit {proc.returncode}); last lines of {log_path}:\n"
                         + "\n".join(tail))
    child = json.loads(record_path.read_text())
    jobs_done = costs.read_log(job_log)
    seconds = ended - began
    stages = {}
    for stage in ("text", "extract", "load"):
        entry = child["stages"].get(stage)
        if not entry:
            continue
        stage_seconds = entry["ended"] - entry["began"]
        stages[stage] = {
            "documents": entry["documents"],
            "processed": entry["processed"],
            "pages": entry["pages"],
            "seconds": round(stage_seconds, 3),
            "pages_per_second": rate(entry["pages"], stage_seconds) if entry["pages"] else None,
            "peak_memory_mb": sampler.peak_mb(entry["began"], entry["ended"]),
            # CPU of the build and its workers over the stage (to within a sampling interval):
            # steadier than seconds when other work shares the machine.
            "cpu_seconds": sampler.cpu_seconds_between(entry["began"], entry["ended"]),
            "main_cpu_seconds": entry.get("main_cpu_seconds"),  # the build's own process alone, exact
            **({"loaded": entry["loaded"], "failed_documents": entry["failed"]} if stage == "load" else {}),
        }
    for stage, s in stages.items():
        if stage == "load":  # the load runs in the build's own process: its CPU is exact there
            s["cpu_seconds"] = s["main_cpu_seconds"]
        jobs_run = costs.job_summary(jobs_done, stage) if stage in costs.JOBS else None
        s.update(costs.stage_costs(s["cpu_seconds"], s["pages"], jobs_run))
    load = child["stages"].get("load", {})
    documents = load.get("documents") or stages.get("text", {}).get("documents", 0)
    pages = load.get("total_pages", 0)
    in_process = child["build_ended"] - child["build_began"] if child.get("build_ended") else None
    staged = sum(s["seconds"] for s in stages.values())
    return {
        "documents": documents,
        "pages": pages,
        "failed_documents": load.get("failed"),
        "exit_code": proc.returncode,
        "seconds": round(seconds, 3),
        "pages_per_second": rate(pages, seconds),
        # start-up: interpreter and the imports of pipeline.cli; other: finding and hashing
        # the corpus and the executor, i.e. what is in the build but in no stage.
        "startup_seconds": round(child["build_began"] - began, 3),
        "other_seconds": round(in_process - staged, 3) if in_process is not None else None,
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
        **costs.build_costs(usage.ru_utime + usage.ru_stime, pages, jobs_done),
        "peak_memory_mb": sampler.peak_mb(),
        "peak_process_memory_mb": round(usage.ru_maxrss / 1024, 1),
        "max_processes": sampler.max_processes(),
        "sampler_cpu_seconds": round(sampler.cpu_seconds, 2),
        # other work on the machine: the 1-minute load average before and after the build
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "stages": stages,
        "log": str(log_path),
    }


def import_seconds(code: Path, modules: tuple[str, ...] = ("pipeline.build", "pipeline.text", "pipeline.extract",
                                                          "sqlite_utils")) -> dict[str, float]:
    """Seconds to import each module in a fresh interpreter: every build imports
    pipeline.build; workers import the text and extract modules when they have documents
    to do; the load stage imports sqlite_utils (which imports pandas when it is installed)."""
    import subprocess

    timings = {}
    for module in modules:
        script = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
        done = subprocess.run([sys.executable, "-c", script], cwd=code, capture_output=True, text=True)
        if done.returncode == 0:
            timings[module] = round(float(done.stdout.strip()), 3)
    return timings
