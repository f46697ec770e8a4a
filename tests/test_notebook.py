"""The analysis notebook runs end to end against a real build and draws its charts.

notebooks/send_outcomes.py (jupytext percent format) is the source; here it is
turned into a notebook with jupytext and executed with nbclient in a real
kernel, against the database built from ../shared/corpus. Each question's cell
must show a chart when the database can answer it, and say so when it cannot.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

jupytext = pytest.importorskip("jupytext")
nbclient = pytest.importorskip("nbclient")
nbformat = pytest.importorskip("nbformat")

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "notebooks" / "send_outcomes.py"
ARTIFACTS = REPO / "extracted" / "test-artifacts"
ISO = "[12][0-9][0-9][0-9]-[01][0-9]*"


@pytest.fixture(scope="module")
def executed(shared_db):
    notebook = jupytext.read(SOURCE, fmt="py:percent")
    client = nbclient.NotebookClient(
        notebook, kernel_name="python3", timeout=600,
        resources={"metadata": {"path": str(REPO)}},
    )
    env = {**os.environ, "MINUTES_DB": str(shared_db)}
    env.pop("MPLBACKEND", None)  # the kernel's inline backend turns figures into image/png outputs
    client.execute(env=env)  # raises CellExecutionError, with the traceback, if a cell fails
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, ARTIFACTS / "send_outcomes.ipynb")
    return notebook


def tagged(notebook, tag: str):
    cells = [c for c in notebook.cells if tag in c.get("metadata", {}).get("tags", [])]
    assert len(cells) == 1, f"expected one cell tagged {tag!r}"
    return cells[0]


def pngs(cell) -> int:
    return sum("image/png" in out.get("data", {}) for out in cell.get("outputs", []))


def text(cell) -> str:
    parts = []
    for out in cell.get("outputs", []):
        parts.append(out.get("text", ""))
        parts.append(out.get("data", {}).get("text/plain", ""))
        parts.append(out.get("data", {}).get("text/markdown", ""))
    return "\n".join(parts)


def answerable(db: Path, sql: str) -> bool:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute(sql, {"iso": ISO}).fetchone()[0] > 0


def test_source_is_jupytext_percent():
    head = SOURCE.read_text(encoding="utf-8")
    assert "format_name: percent" in head and "# %%" in head
    notebook = jupytext.read(SOURCE, fmt="py:percent")
    assert sum(c.cell_type == "code" for c in notebook.cells) >= 5
    assert {"corpus", "wsoa", "themes", "directions", "official"} <= {
        tag for c in notebook.cells for tag in c.get("metadata", {}).get("tags", [])}


def test_notebook_runs_without_errors(executed):
    errors = [out for cell in executed.cells for out in cell.get("outputs", []) if out.get("output_type") == "error"]
    assert not errors
    assert (ARTIFACTS / "send_outcomes.ipynb").exists()


def test_corpus_chart(executed, shared_db):
    cell = tagged(executed, "corpus")
    assert pngs(cell) == 1, "the documents-per-area chart is always drawn when there are documents"


def test_wsoa_answer_is_a_chart_or_says_why_not(executed, shared_db):
    cell = tagged(executed, "wsoa")
    can = answerable(shared_db, """
        select count(*) from area_timeline i join area_timeline a on a.council = i.council
        where i.type = 'inspection' and a.type = 'wsoa-approved'
          and i.start_date glob :iso and a.start_date glob :iso
          and substr(i.start_date, 1, 10) <= substr(a.start_date, 1, 10)""")
    if can:
        assert pngs(cell) == 1 and "months" in text(cell)
    else:
        assert pngs(cell) == 0 and "cannot be measured yet" in text(cell)


def test_themes_answer_is_charts_or_says_why_not(executed, shared_db):
    cell = tagged(executed, "themes")
    can = answerable(shared_db, """
        select count(*) from weaknesses w, json_each(case when json_valid(w.themes) then w.themes else '[]' end)""")
    if can:
        assert pngs(cell) == 2  # themes by number of areas, and the area x theme grid
        assert "most widespread theme" in text(cell)
    else:
        assert pngs(cell) == 0 and "No themed weaknesses" in text(cell)


def test_directions_answer_is_a_chart_or_says_why_not(executed, shared_db):
    cell = tagged(executed, "directions")
    can = answerable(shared_db, """
        select count(*) from area_timeline where type = 'statutory-direction' and start_date glob :iso""")
    if can:
        assert pngs(cell) == 1 and "had a statutory direction" in text(cell)
    else:
        assert pngs(cell) == 0 and "No statutory direction" in text(cell)


def test_official_comparison_is_a_chart_or_says_why_not(executed, shared_db):
    cell = tagged(executed, "official")
    can = answerable(shared_db, "select count(*) from milestone_checks where verdict in ('agree', 'conflict')")
    if can:
        assert pngs(cell) == 1 and "milestones with an official record agree with it" in text(cell)
    else:
        assert pngs(cell) == 0


def test_runs_on_a_database_with_no_facts(tmp_path, shared_db):
    """Every answer empty (a corpus the extractors found nothing in): the notebook still runs."""
    empty = tmp_path / "empty.db"
    with sqlite3.connect(shared_db) as source, sqlite3.connect(empty) as target:
        source.backup(target)
    with sqlite3.connect(empty) as conn:
        for table in ("events", "weaknesses", "resolutions"):
            conn.execute(f"delete from {table}")
    notebook = jupytext.read(SOURCE, fmt="py:percent")
    env = {**os.environ, "MINUTES_DB": str(empty)}
    env.pop("MPLBACKEND", None)
    nbclient.NotebookClient(notebook, kernel_name="python3", timeout=600,
                            resources={"metadata": {"path": str(REPO)}}).execute(env=env)
    assert "cannot be measured yet" in text(tagged(notebook, "wsoa"))
    assert "No themed weaknesses" in text(tagged(notebook, "themes"))
    assert "No statutory direction" in text(tagged(notebook, "directions"))
    assert "nothing to check" in text(tagged(notebook, "official"))
    assert pngs(tagged(notebook, "corpus")) == 1


def test_make_notebook_with_a_relative_database_writes_html(tmp_path, shared_db):
    """`make notebook` as a user runs it: DB relative to the project root, then an HTML copy to read anywhere."""
    import shutil
    import subprocess

    uv = shutil.which("uv") or (REPO / ".tools" / "bin" / "uv")
    if not Path(uv).exists():
        pytest.skip("uv is not installed here ('make setup' installs it)")
    out = tmp_path / "executed"
    out.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("MINUTES_DB", "MPLBACKEND", "MAKEFLAGS")}
    relative = os.path.relpath(shared_db, REPO)
    result = subprocess.run(["make", "-o", "setup", "notebook", f"DB={relative}", f"NOTEBOOK_OUT={out}", f"UV={uv}"],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    page = (out / "send_outcomes.html").read_text(encoding="utf-8")
    assert page.count("data:image/png;base64") >= 3  # the charts, inside the page
    assert "output_error" not in page and "Traceback (most recent call last)" not in page  # no cell failed
    assert f"{out}/send_outcomes.html" in result.stdout  # says where to find it
