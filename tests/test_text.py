"""The text stage on small PDFs, web pages and text files written here."""

from __future__ import annotations

import io

import pikepdf
import pytest

from pipeline.records import Document
from pipeline.text import read_document
from pipeline.text.cleanup import clean_pages, join_hyphenated, remove_running_lines
from pipeline.text.html import html_to_text
from pipeline.text.ocr import NO_OCR_ENV, tessdata_dir
from pipeline.text.plain import decode
from tests.pdfs import make_image_only_pdf, make_pdf


def document(tmp_path, name: str, data: bytes) -> Document:
    path = tmp_path / name
    path.write_bytes(data)
    return Document(path=name, abspath=str(path), sha256="x")


def test_pdf_pages_are_numbered_and_headers_and_page_numbers_removed(tmp_path):
    topics = ["inspection", "written statement", "re-visit", "monitoring", "direction"]
    pages = [[f"This page is about the {t}.", f"More about the {t} follows here."] for t in topics]
    data = make_pdf(pages, header="Kent County Council Cabinet Report", footer_numbers=True)
    result = read_document(document(tmp_path, "r.pdf", data))
    assert result.error is None
    assert [p.page for p in result.pages] == [1, 2, 3, 4, 5]
    assert result.pages[2].text == "This page is about the re-visit.\nMore about the re-visit follows here."
    for page in result.pages:
        assert "Cabinet Report" not in page.text
        assert "Page " not in page.text


def test_words_split_across_lines_are_joined_and_wraps_kept_as_lines():
    assert join_hyphenated("a multi-\nagency plan") == "a multi-agency plan"
    assert join_hyphenated("item 18-\n25 years") == "item 18-\n25 years"  # digits are not words


def test_running_lines_need_to_repeat_on_many_pages():
    pages = [f"Header line\nBody text {i}\nmore body\nFooter" for i in range(6)]
    cleaned = remove_running_lines(pages)
    assert all("Header line" not in p and "Footer" not in p for p in cleaned)
    two = remove_running_lines(["Only twice\nbody one", "Only twice\nbody two"])
    assert all("Only twice" in p for p in two)  # two pages are not enough evidence


SUBJECTS = ["budget", "transport", "housing", "libraries", "parks"]


def _report_pages(footer: str) -> list[str]:
    """Five pages under one running header and a numbered running footer; bodies differ in words."""
    body = [f"Section on {s} opens here.\nIt says something about {s}.\nAnd more on {s}." for s in SUBJECTS]
    return [f"Children's Scrutiny Committee\n{text}\n{footer} {i + 1}" for i, text in enumerate(body)]


def test_a_date_printed_only_in_a_running_line_is_kept_once_at_the_top_of_its_first_page():
    cleaned = remove_running_lines(_report_pages("Published 10 September 2025 Page"))
    assert cleaned[0].startswith("10 September 2025\n\nSection on budget opens here.")
    assert all("September" not in page for page in cleaned[1:])
    assert all("Children's Scrutiny Committee" not in page and "Published" not in page for page in cleaned)


def test_a_running_date_the_body_already_holds_is_not_added_again():
    pages = _report_pages("Cabinet 15 March 2023")
    pages[2] = pages[2].replace("And more on housing.", "The meeting on 15 March 2023 agreed it.")
    cleaned = remove_running_lines(pages)
    assert [page.count("15 March 2023") for page in cleaned] == [0, 0, 1, 0, 0]


def test_running_lines_without_a_date_and_dotted_codes_stay_removed():
    cleaned = remove_running_lines(_report_pages("Ref 25.03.11 Minutes and Decision Record"))
    assert all("25.03.11" not in page and "Decision Record" not in page for page in cleaned)


def test_a_kept_running_date_does_not_split_a_clause_over_the_page_break():
    pages = _report_pages("Cabinet 14/01/25")
    pages[0] = pages[0].replace("And more on budget.", "That the Committee notes the")
    pages[1] = pages[1].replace("Section on transport opens here.", "progress made.")
    cleaned = remove_running_lines(pages)
    assert cleaned[0].endswith("That the Committee notes the") and cleaned[0].startswith("14/01/25\n\n")
    assert cleaned[1].startswith("progress made.")


def test_clean_pages_folds_odd_spaces_and_ligatures():
    assert clean_pages(["ﬁnance\u00a0\u00a0report  here"]) == ["finance report here"]
    # one odd space alone, a tab, a run mixing kinds: each a single plain space; single spaces kept
    assert clean_pages(["a\u00a0b\tc \u2009 d\u3000e f"]) == ["a b c d e f"]


def test_hyphen_breaks_joined_and_pages_without_them_unchanged():
    assert clean_pages(["father-\ninclusive practice"]) == ["father-inclusive practice"]
    assert clean_pages(["no break - here\nnext line"]) == ["no break - here\nnext line"]


def test_truncated_pdf_is_a_readable_failure(tmp_path):
    data = make_pdf([["Some text"] * 20] * 3)
    result = read_document(document(tmp_path, "t.pdf", data[: len(data) // 2]))
    assert result.pages == []
    assert "truncated" in result.error


def test_empty_and_html_error_pages_are_named(tmp_path):
    assert "empty file" in read_document(document(tmp_path, "e.pdf", b"")).error
    html = b"<!DOCTYPE html><html><head><title>Error</title></head><body>Not found</body></html>"
    assert "HTML page, not a PDF" in read_document(document(tmp_path, "h.pdf", html)).error


def test_password_protected_pdf_is_named(tmp_path):
    source = pikepdf.open(io.BytesIO(make_pdf([["Secret report"]])))
    out = io.BytesIO()
    source.save(out, encryption=pikepdf.Encryption(owner="o", user="u", R=6))
    result = read_document(document(tmp_path, "p.pdf", out.getvalue()))
    assert "password-protected" in result.error


def test_pdf_without_text_layer_says_it_needs_ocr_when_tesseract_is_missing(tmp_path, monkeypatch):
    monkeypatch.setenv(NO_OCR_ENV, "1")
    result = read_document(document(tmp_path, "s.pdf", make_image_only_pdf(2)))
    assert len(result.pages) == 2
    assert result.error.startswith("needs OCR: install tesseract-ocr (make ocr-deps)")


def test_pdf_of_pictures_without_words_says_so(tmp_path):
    if tessdata_dir() is None:
        pytest.skip("Tesseract's English model is not installed (make ocr-deps)")
    result = read_document(document(tmp_path, "s.pdf", make_image_only_pdf(2)))
    assert [p.method for p in result.pages] == ["ocr", "ocr"]
    assert "OCR found no words" in result.error


REPORT = [["Report to Cabinet", "The Cabinet is asked to note the report."], ["Appendix A", "Budget figures"]]


@pytest.mark.parametrize("before, after", [
    (b"", b"\n<html><body>Download complete</body></html>\n" + b"x" * 5000),  # junk after %%EOF
    (b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n" + b"-" * 3000, b""),  # junk before %PDF-
    (b"<!-- proxy banner -->\n" * 100, b"\r\n" + b"\0" * 4096),  # both
])
def test_bytes_around_the_pdf_are_cut_off_and_the_pdf_read(tmp_path, before, after):
    data = make_pdf(REPORT)
    clean = read_document(document(tmp_path, "clean.pdf", data))
    result = read_document(document(tmp_path, "junk.pdf", before + data + after))
    assert result.error is None
    assert [p.text for p in result.pages] == [p.text for p in clean.pages]
    assert result.pages[0].text == "Report to Cabinet\nThe Cabinet is asked to note the report."


def test_a_pdf_cut_off_is_still_truncated_whatever_follows(tmp_path):
    data = make_pdf(REPORT)
    assert "truncated PDF" in read_document(document(tmp_path, "t.pdf", data[: len(data) // 2])).error
    # Cut in the middle of an update appended after an earlier %%EOF: objects follow the last marker.
    update = data + b"\n7 0 obj\n<< /Length 400 >>\nstream\nBT /F1 12 Tf"
    assert "truncated PDF" in read_document(document(tmp_path, "u.pdf", update)).error
    assert "not a PDF" in read_document(document(tmp_path, "n.pdf", b"Just some bytes" * 100)).error


def test_pdf_with_a_wrong_xref_offset_is_recovered(tmp_path):
    data = make_pdf([["Recovered text on page one"], ["And page two"]])
    head, _, tail = data.rpartition(b"startxref")
    broken = head + b"startxref\n999999\n%%EOF\n"
    result = read_document(document(tmp_path, "b.pdf", broken))
    assert result.error is None
    assert "Recovered text on page one" in result.pages[0].text


def test_html_keeps_main_content_only():
    markup = """<html><head><script>var x = 'RESOLVED';</script><style>p{}</style></head>
    <body><nav>Home | Menu</nav><header>Site header</header>
    <main><h1>Cabinet</h1><p>RESOLVED that the report be noted.</p><ul><li>First</li><li>Second</li></ul></main>
    <footer>Cookies</footer></body></html>"""
    text = html_to_text(markup)
    assert "RESOLVED that the report be noted." in text
    assert "• First" in text and "• Second" in text
    for chrome in ["Menu", "Site header", "Cookies", "var x"]:
        assert chrome not in text


def test_text_files_lose_stray_markup_and_windows_1252_is_decoded(tmp_path):
    data = "Minutes – <b>draft</b> “notes”".encode("cp1252")
    result = read_document(document(tmp_path, "n.txt", data))
    assert result.pages[0].text == "Minutes – draft “notes”"
    assert result.warnings == ["decoded as cp1252"]


def test_utf8_is_preferred():
    assert decode("naïve – ok".encode("utf-8")) == ("naïve – ok", "utf-8")


def test_html_table_cells_do_not_run_together():
    text = html_to_text("<main><table><tr><td>Councillor G Example</td><td>Chair</td></tr></table></main>")
    assert "ExampleChair" not in text
    assert "Councillor G Example" in text and "Chair" in text


def test_a_contents_page_with_dot_leaders_is_read_from_its_text_layer(tmp_path):
    # "Foreword......3" is one long token, but not words run together: no pdfplumber re-read.
    titles = ["Foreword", "Executive Summary", "Background", "Methodology", "Deliverables", "Appendices"]
    contents = ["Contents"] + [f"{n}.0 {title}{'.' * 70}{n + 2}" for n, title in enumerate(titles, start=1)]
    result = read_document(document(tmp_path, "toc.pdf", make_pdf([contents, ["The report follows."]])))
    assert result.error is None and result.engine == "pdfium"
    assert [p.method for p in result.pages] == ["text-layer", "text-layer"]
    assert "Executive Summary" in result.pages[0].text


def test_a_page_whose_words_run_together_is_still_re_read_by_layout():
    from pipeline.text.pdf import looks_garbled

    glued = "Thecouncilagreedtheplanforallchildren Theinspectorsfoundweaknessesinprovision "
    assert looks_garbled(glued * 3 + "and a few words")
    assert not looks_garbled("Foreword" + "." * 60 + "3 " + "Background" + "." * 60 + "4 " * 3)
    assert not looks_garbled("")


@pytest.mark.parametrize("stamp", ["Page last updated: 14 March 2025", "Last reviewed 3 February 2023",
                                   "This page was last modified on 9 May 2024", "Updated: 12/01/2024"])
def test_a_footers_page_date_is_kept_without_its_furniture(stamp):
    page = ("<html><body><nav><a href='/'>Home</a></nav><main><h1>SEND news</h1><p>Inspectors visited.</p></main>"
            f"<footer><ul><li><a href='/c'>Cookies</a></li><li>Privacy</li></ul><p>{stamp}</p>"
            "<p>Civic Centre, 1 High Street</p></footer></body></html>")
    text = html_to_text(page)
    assert stamp in text
    assert "Cookies" not in text and "Civic Centre" not in text and "Home" not in text
