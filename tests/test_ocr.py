"""OCR of pages without a usable text layer, on scans made here from reportlab PDFs.

The scans are real: a PDF written with reportlab, rendered to 200 dpi images
with PDFium, and put back into a PDF as images only, as a scanner would.
"""

from __future__ import annotations

import re
import sqlite3

import pytest

from pipeline.build import Workspace, build
from pipeline.records import Document
from pipeline.text import read_document
from pipeline.text.ocr import NO_OCR_ENV, OCR_MISSING, tessdata_dir
from pipeline.text.usable import looks_like_garbage
from tests.pdfs import make_mixed_pdf, make_pdf, make_scanned_pdf, render_pages

need_tesseract = pytest.mark.skipif(
    tessdata_dir() is None,
    reason="Tesseract's English model is not installed (make ocr-deps installs tesseract-ocr tesseract-ocr-eng)",
)

MINUTES = [
    "Minutes of the Parish Council meeting held on 4 March 2019",
    "Present: Councillor Alice Brown (Chair), Councillor Tom Green",
    "The council resolved to approve the annual accounts.",
    "The clerk reported that the playground inspection was complete.",
    "It was agreed to pay the grass cutting invoice of 240 pounds.",
]
GARBAGE = "\n".join([
    "Xkqv zvbnm qwrtp lkjhg fdszx cvbnm",
    "Pqrst vwxz bcdfg hjklm npqrs tvwxz",
    "Zzkq mnbv cxzl kjhg fdsq wrtp lkjh",
    "Qwrt zxcv bnmk lpjh gfds mnbv cxzq",
])


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def recall(expected: list[str], got: str) -> float:
    found = set(words(got))
    wanted = [w for line in expected for w in words(line)]
    return sum(1 for w in wanted if w in found) / len(wanted)


def document(tmp_path, name: str, data: bytes) -> Document:
    path = tmp_path / name
    path.write_bytes(data)
    return Document(path=name, abspath=str(path), sha256=name)


@need_tesseract
def test_scanned_pages_are_read_by_ocr_with_their_page_numbers(tmp_path):
    data = make_mixed_pdf(
        text_pages={1: ["Agenda of the Parish Council", "Item 1: apologies for absence"]},
        scanned_pages={2: MINUTES, 3: ["Signed by the Chair as a true record", "Date: 1 April 2019"]},
    )
    result = read_document(document(tmp_path, "mixed.pdf", data))
    assert result.error is None
    assert [(p.page, p.method) for p in result.pages] == [(1, "text-layer"), (2, "ocr"), (3, "ocr")]
    assert "Item 1: apologies for absence" in result.pages[0].text
    assert recall(MINUTES, result.pages[1].text) >= 0.95
    assert "true record" in result.pages[2].text
    assert result.method == "text-layer+ocr"
    assert "tesseract" in result.engine


@need_tesseract
def test_a_scan_with_a_garbage_text_layer_is_read_again_by_ocr(tmp_path):
    images = render_pages(make_pdf([MINUTES]))
    data = make_scanned_pdf(images, text_layers=[GARBAGE])
    result = read_document(document(tmp_path, "garbage.pdf", data))
    assert result.error is None
    assert result.pages[0].method == "ocr"
    assert recall(MINUTES, result.pages[0].text) >= 0.95
    assert "zvbnm" not in result.pages[0].text


def test_a_scan_with_a_real_text_layer_keeps_it(tmp_path):
    """A scanner that OCR'd its own page left usable text: no second OCR."""
    images = render_pages(make_pdf([MINUTES]))
    data = make_scanned_pdf(images, text_layers=["\n".join(MINUTES)])
    result = read_document(document(tmp_path, "ocrd.pdf", data))
    assert result.pages[0].method == "text-layer"
    assert result.pages[0].text.splitlines() == MINUTES


def test_garbage_is_told_from_tables_and_name_lists():
    assert looks_like_garbage(GARBAGE)
    assert looks_like_garbage("ÿþý ¤¥¦ §¨© ª«¬ ®¯° ±²³ ´µ¶ " * 10)
    names = "Mr Brady, Mr Campkin, Mr Chittenden, Ms Constantine, Ms Dawkins, Ms Grehan, " * 4
    figures = "Total 2024-25 £m 12.4 13.1 (0.7) Schools 3.2 3.3 0.1 Highways 4.4 4.0 " * 4
    assert not looks_like_garbage(names)
    assert not looks_like_garbage(figures)
    assert not looks_like_garbage(" ".join(MINUTES))


def test_without_tesseract_a_scan_needs_ocr(tmp_path, monkeypatch):
    monkeypatch.setenv(NO_OCR_ENV, "1")
    data = make_scanned_pdf(render_pages(make_pdf([MINUTES, MINUTES])))
    result = read_document(document(tmp_path, "scan.pdf", data))
    assert [(p.page, p.method) for p in result.pages] == [(1, "needs-ocr"), (2, "needs-ocr")]
    assert result.error.startswith(OCR_MISSING)


def corpus_with_a_scan(tmp_path):
    folder = tmp_path / "corpus" / "milton-parish" / "2019-03-04-parish-council"
    folder.mkdir(parents=True)
    (folder / "scanned minutes.pdf").write_bytes(make_scanned_pdf(render_pages(make_pdf([MINUTES]))))
    (folder / "agenda.pdf").write_bytes(make_pdf([["Agenda", "Item 1: the annual accounts"]]))
    (folder / "part scanned.pdf").write_bytes(make_mixed_pdf(
        text_pages={1: ["Report to the Parish Council", "The council is asked to note the accounts."]},
        scanned_pages={2: MINUTES}))
    return tmp_path / "corpus"


def failures(db) -> dict[str, tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return {path.rsplit("/", 1)[-1]: (stage, error)
                for path, stage, error in conn.execute("select path, stage, error from failures")}


def test_without_tesseract_scans_are_failures_and_the_run_goes_on(tmp_path, monkeypatch):
    monkeypatch.setenv(NO_OCR_ENV, "1")
    ws = Workspace(corpus=corpus_with_a_scan(tmp_path), work=tmp_path / "work", db=tmp_path / "minutes.db")
    build(ws, jobs=1)
    failed = failures(ws.db)
    assert failed["scanned minutes.pdf"][0] == "text"
    assert failed["scanned minutes.pdf"][1].startswith(OCR_MISSING)
    # Part scanned: the page that needs OCR is reported, the page with text is read and kept.
    assert failed["part scanned.pdf"] == ("ocr", f"{OCR_MISSING}: page(s) 2 have no usable text layer; "
                                                 "the other pages were read")
    assert "agenda.pdf" not in failed
    with sqlite3.connect(ws.db) as conn:
        rows = dict(conn.execute("select d.path, group_concat(p.method, ',') from pages p "
                                 "join documents d on d.id = p.document_id group by d.path"))
        methods = dict(conn.execute("select path, text_method from documents"))
    part = next(path for path in rows if path.endswith("part scanned.pdf"))
    assert rows[part] == "text-layer,needs-ocr"
    assert methods[part] == "text-layer+needs-ocr"


@need_tesseract
def test_cached_needs_ocr_failures_are_read_once_tesseract_is_there(tmp_path, monkeypatch):
    corpus = corpus_with_a_scan(tmp_path)
    ws = Workspace(corpus=corpus, work=tmp_path / "work", db=tmp_path / "minutes.db")
    monkeypatch.setenv(NO_OCR_ENV, "1")
    build(ws, jobs=1)
    assert "scanned minutes.pdf" in failures(ws.db)
    monkeypatch.delenv(NO_OCR_ENV)
    result = build(ws, jobs=1)
    assert failures(ws.db) == {}
    text_report = result.reports[0]
    assert text_report.processed == 3  # the PDFs, read again now that OCR is there
    with sqlite3.connect(ws.db) as conn:
        methods = dict(conn.execute("select path, text_method from documents"))
        resolutions = conn.execute("select count(*) from resolutions r join documents d on d.id = r.document_id "
                                   "where d.path like '%scanned minutes.pdf'").fetchone()[0]
    assert {path.rsplit("/", 1)[-1]: m for path, m in methods.items()} == {
        "scanned minutes.pdf": "ocr", "agenda.pdf": "text-layer", "part scanned.pdf": "text-layer+ocr"}
    assert resolutions >= 1  # facts are read from the OCR'd text
    again = build(ws, jobs=1)
    assert again.reports[0].processed == 0 and not again.loaded


def test_bench_word_recall_counts_repeats_and_ignores_layout():
    from pipeline.bench.ocr import recall_counts

    assert recall_counts("The council, the clerk.", "the\nCOUNCIL the clerk") == (4, 4)
    assert recall_counts("the the the council", "the council") == (2, 4)
    assert recall_counts("Budget 2025", "Budqet 2O25") == (0, 2)
