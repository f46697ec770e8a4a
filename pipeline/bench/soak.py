"""``make soak``: time the build on large and hostile inputs (reported, never asserted).

The hostile-input tests (``tests/test_hostile.py``) use small versions of each
input so that the suite stays fast; this runs the full-size ones, each alone in
a fresh corpus beside one ordinary document, through the same ``build`` as
``make all`` (per-document time limit included), and prints how long each stage
took and whether the document was read or recorded as a failure:

- text files of 8 MB and 50 MB of ordinary prose (the issue's target: 8 MB in
  under 30 s, 50 MB in minutes);
- web pages nested 100,000 levels deep (``<div>`` and ``<li><ul>``);
- the minimal inputs that were quadratic (one long word, ``"A" * 60000``,
  ``"Cllr " * 20000``, a 200 KB line, a resolution with 20,000 date ranges).

Figures go to ``--out`` (``extracted/soak.json``) and a table to stdout.
``SOAK_ONLY=name,name`` runs only the named cases.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Callable

PROSE = (
    "The Cabinet considered the report of the Director of Children's Services on the local area's "
    "progress against the Written Statement of Action. Members noted that the number of education, "
    "health and care plans issued within twenty weeks had risen, and asked officers to report again "
    "in March 2025 on waiting times for assessments and on the joint commissioning of therapies.\n"
)
ORDINARY = (
    "MINUTES of a meeting of the Cabinet held on Thursday, 30 January 2025.\n"
    "PRESENT: Councillor Jane Smith (Chair)\n\n5. Written Statement of Action\nRESOLVED that the report be noted.\n"
)


def prose(size: int) -> bytes:
    """``size`` bytes of council-report paragraphs with numbered headings every so often."""
    parts, total, number = [], 0, 1
    while total < size:
        block = f"{number}. Progress report\n\n" + PROSE * 6 + "\n"
        parts.append(block)
        total += len(block)
        number += 1
    return "".join(parts).encode()[:size]


CASES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "text-8mb": ("report.txt", lambda: prose(8 * 1024 * 1024)),
    "text-50mb": ("report.txt", lambda: prose(50 * 1024 * 1024)),
    "html-div-100k": ("page.html", lambda: ("<div>" * 100_000 + "RESOLVED that the plan be noted.").encode()),
    "html-li-ul-100k": ("page.html", lambda: ("<li><ul>" * 100_000 + "deep item").encode()),
    "long-word-40k": ("word.txt", lambda: ("a" * 40_000).encode()),
    "capitals-60k": ("caps.txt", lambda: ("A" * 60_000).encode()),
    "cllr-20k": ("cllr.txt", lambda: ("Cllr " * 20_000).encode()),
    "line-200kb": ("line.txt", lambda: ("the council agreed that the plan for children and young people would be "
                                       "reviewed by the board " * 2200)[:200_000].encode()),
    "date-ranges-20k": ("dates.txt", lambda: ("RESOLVED that " + "between 1 and 5 March 2024" * 20_000).encode()),
}


def run_case(name: str, filename: str, data: bytes, folder: Path, jobs: int | None, timeout: float | None) -> dict:
    from pipeline.build import Workspace, build

    corpus = folder / name / "corpus"
    meeting = corpus / "testshire" / "2025-01-30-cabinet"
    meeting.mkdir(parents=True)
    (meeting / filename).write_bytes(data)
    (meeting / "minutes.txt").write_text(ORDINARY)
    space = Workspace(corpus=corpus, work=folder / name / "work", db=folder / name / "minutes.db", doc_timeout=timeout)
    started = time.monotonic()
    result = build(space, jobs=jobs)
    seconds = time.monotonic() - started
    failures = [row for row in result.failures() if row["path"].endswith(filename)]
    stages = {report.stage: round(report.seconds, 2) for report in result.reports}
    return {"case": name, "bytes": len(data), "seconds": round(seconds, 2), **stages,
            "outcome": failures[0]["error"][:80] if failures else "read"}


def main(args) -> int:
    only = {n.strip() for n in os.environ.get("SOAK_ONLY", "").split(",") if n.strip()}
    rows = []
    with tempfile.TemporaryDirectory(prefix="minutes-soak-") as tmp:
        for name, (filename, make) in CASES.items():
            if only and name not in only:
                continue
            row = run_case(name, filename, make(), Path(tmp), args.jobs, args.doc_timeout)
            rows.append(row)
            print(f"soak: {name}: {row['seconds']} s ({row['outcome']})", flush=True)
    print(f"\n{'case':<18}{'MB':>8}{'total s':>10}{'text s':>9}{'extract s':>11}  outcome")
    for row in rows:
        print(f"{row['case']:<18}{row['bytes'] / 1048576:>8.2f}{row['seconds']:>10.2f}{row.get('text', 0):>9.2f}"
              f"{row.get('extract', 0):>11.2f}  {row['outcome']}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"doc_timeout": args.doc_timeout, "cases": rows}, indent=2), encoding="utf-8")
    print(f"\nfigures written to {out}")
    return 0
