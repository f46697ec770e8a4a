"""CPU a page, per stage, with and without the pages that needed OCR.

Why CPU and not wall time: the machine is shared, and a figure taken on the wall
clock moves with other people's work (two runs of the same code gave a text ratio
of 0.80 and 0.48). CPU seconds of the build's processes move far less.

Why per document: OCR costs about a second a page and a few scanned documents
would swamp the figure for everything else, so each text and extract job records
its own CPU time (in whichever worker ran it) and whether its document had OCR'd
pages; the bench then reports each stage's CPU a page over all pages and over the
pages of documents that needed no OCR (the 10 ms a page target is about those).

The jobs are timed by swapping ``pipeline.build.text_job`` / ``extract_job`` for
``timed_job`` in the measured build's own process (``child.child_main``), before
its worker pool starts; each timed job appends one JSON line to the file named by
``JOB_LOG_ENV``. Nothing is added to the jobs' results, so caches and the database
are exactly those of an unmeasured build.
"""

from __future__ import annotations

import json
import os
import time
from functools import partial
from pathlib import Path
from typing import Any

JOB_LOG_ENV = "MINUTES_BENCH_JOB_LOG"
JOBS = {"text": "text_job", "extract": "extract_job"}
_ORIGINAL: dict[str, Any] = {}  # the unwrapped jobs, kept by install() (inherited by forked workers)
OCR_METHOD = "ocr"


def install() -> None:
    """Time every text and extract job of the builds this process runs (see the module's docstring)."""
    from pipeline import build

    for stage, name in JOBS.items():
        _ORIGINAL.setdefault(stage, getattr(build, name))
        setattr(build, name, partial(timed_job, stage))


def timed_job(stage: str, item: Any) -> Any:
    """Run the stage's real job on ``item`` and log its CPU seconds (module level: picklable)."""
    job = _ORIGINAL.get(stage)
    if job is None:  # a worker started by spawn: its pipeline.build was never swapped
        from pipeline import build

        job = getattr(build, JOBS[stage])
    began_cpu, began = time.process_time(), time.monotonic()
    result = job(item)
    cpu = time.process_time() - began_cpu
    pages = result.get("pages", []) if stage == "text" else item[1].get("pages", [])
    record = {"stage": stage, "document": result.get("document"), "cpu_seconds": round(cpu, 4),
              "seconds": round(time.monotonic() - began, 4), "pages": len(pages),
              "ocr_pages": sum(1 for p in pages if p.get("method") == OCR_METHOD), "pid": os.getpid()}
    log = os.environ.get(JOB_LOG_ENV)
    if log:
        with open(log, "a", encoding="utf-8") as out:  # one short line per write: appends do not interleave
            out.write(json.dumps(record) + "\n")
    return result


def read_log(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def job_summary(records: list[dict], stage: str) -> dict[str, Any]:
    """The stage's jobs: their CPU over all documents and over the documents with OCR'd pages."""
    jobs = [r for r in records if r["stage"] == stage]
    scanned = [r for r in jobs if r["ocr_pages"]]
    return {
        "documents": len(jobs),
        "pages": sum(r["pages"] for r in jobs),
        "cpu_seconds": round(sum(r["cpu_seconds"] for r in jobs), 2),
        "ocr_documents": len(scanned),
        "ocr_document_pages": sum(r["pages"] for r in scanned),
        "ocr_pages": sum(r["ocr_pages"] for r in scanned),
        "ocr_document_cpu_seconds": round(sum(r["cpu_seconds"] for r in scanned), 2),
        "workers": len({r["pid"] for r in jobs}),
    }


def ms_per_page(cpu_seconds: float | None, pages: int) -> float | None:
    return round(1000 * cpu_seconds / pages, 2) if cpu_seconds is not None and pages > 0 else None


def stage_costs(cpu_seconds: float | None, pages: int, jobs: dict[str, Any] | None) -> dict[str, Any]:
    """A stage's CPU a page over all its pages and without the documents that needed OCR
    (their jobs' CPU and their pages taken out; what is left is the stage's own overhead
    and the other documents' jobs)."""
    out: dict[str, Any] = {"cpu_ms_per_page": ms_per_page(cpu_seconds, pages)}
    if jobs is not None and cpu_seconds is not None:
        out["jobs_cpu_seconds"] = jobs["cpu_seconds"]
        out["ocr_documents"] = jobs["ocr_documents"]
        out["ocr_document_pages"] = jobs["ocr_document_pages"]
        out["cpu_ms_per_page_without_ocr"] = ms_per_page(
            max(0.0, cpu_seconds - jobs["ocr_document_cpu_seconds"]), pages - jobs["ocr_document_pages"])
    return out


def build_costs(cpu_seconds: float, pages: int, records: list[dict]) -> dict[str, Any]:
    """The whole build's CPU a page (every process, start-up to exit), over all pages and
    over the pages of documents that needed no OCR. The documents with OCR'd pages are
    found from the text jobs; their text and extract jobs' CPU and their pages are taken out."""
    scanned = {r["document"] for r in records if r["stage"] == "text" and r["ocr_pages"]}
    scanned_pages = sum(r["pages"] for r in records if r["stage"] == "text" and r["document"] in scanned)
    scanned_cpu = sum(r["cpu_seconds"] for r in records if r["document"] in scanned)
    return {
        "cpu_ms_per_page": ms_per_page(cpu_seconds, pages),
        "ocr_documents": len(scanned),
        "ocr_document_pages": scanned_pages,
        "ocr_document_cpu_seconds": round(scanned_cpu, 2),
        "cpu_ms_per_page_without_ocr": ms_per_page(max(0.0, cpu_seconds - scanned_cpu), pages - scanned_pages),
    }
