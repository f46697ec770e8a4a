"""Each broken download in ../shared/corpus-bad has the outcome its README promises."""

from __future__ import annotations

import sqlite3

import pytest

from pipeline.build import Workspace, build
from pipeline.text.ocr import tessdata_dir
from tests.conftest import need_shared

FOLDER = "kent/2025-01-30-cabinet/"


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory):
    corpus = need_shared("corpus-bad")
    work = tmp_path_factory.mktemp("bad")
    space = Workspace(corpus=corpus, work=work, db=work / "bad.db")
    build(space, jobs=1)
    conn = sqlite3.connect(space.db)
    failures = {}
    for path, stage, error in conn.execute("select path, stage, error from failures"):
        failures.setdefault(path.removeprefix(FOLDER), {})[stage] = error
    return conn, failures


@pytest.mark.parametrize("name, words", [
    ("truncated report.pdf", "truncated PDF"),
    ("encrypted report.pdf", "password-protected"),
    ("zero bytes.pdf", "empty file"),
    ("error page saved as pdf.pdf", "HTML page, not a PDF"),
])
def test_unreadable_documents_are_failures_with_reasons(bad_build, name, words):
    _, failures = bad_build
    assert words in failures[name]["text"]


def test_scanned_report_is_read_by_ocr_or_needs_it(bad_build):
    """The README: "reported as having no text (needs OCR), or read by OCR"."""
    conn, failures = bad_build
    name = "scanned report no text layer.pdf"
    if tessdata_dir() is None:
        assert failures[name]["text"].startswith("needs OCR: install tesseract-ocr (make ocr-deps)")
        return
    assert name not in failures
    pages = conn.execute("select p.page, p.method, p.text from pages p join documents d on d.id = p.document_id "
                         "where d.path like ?", (f"%{name}",)).fetchall()
    assert [(page, method) for page, method, _ in pages] == [(1, "ocr"), (2, "ocr")]
    assert "Cabinet" in pages[0][2]


def test_broken_sidecar_is_reported_not_fatal(bad_build):
    conn, failures = bad_build
    assert "not valid JSON" in failures["zero bytes.pdf"]["sidecar"]
    assert conn.execute("select council_slug from documents where path like '%zero bytes.pdf'").fetchone() == ("kent",)


def test_broken_xref_report_is_recovered(bad_build):
    conn, failures = bad_build
    assert "broken xref report.pdf" not in failures
    pages = conn.execute(
        "select count(*), sum(length(text) > 200) from pages join documents d on d.id = document_id "
        "where d.path like '%broken xref report.pdf'").fetchone()
    assert pages == (9, 9)


def test_windows_1252_notes_decoded_and_resolution_extracted(bad_build):
    conn, failures = bad_build
    assert "windows-1252 notes.txt" not in failures
    text = conn.execute("select text from pages join documents d on d.id = document_id "
                        "where d.path like '%notes.txt'").fetchone()[0]
    assert "–" in text and "“draft”" in text
    resolutions = conn.execute("select r.text from resolutions r join documents d on d.id = r.document_id "
                               "where d.path like '%notes.txt'").fetchall()
    assert resolutions, "the notes' resolution was not extracted"
    assert "noted" in resolutions[0][0]


def test_every_file_is_in_the_database(bad_build):
    conn, _ = bad_build
    assert conn.execute("select count(*) from documents").fetchone() == (7,)
