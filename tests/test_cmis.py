"""The CMIS adapter end to end: the real client against a CMIS site on 127.0.0.1.

No recorded CMIS responses exist here (see ../shared/docs/cmis.md), so the
site's pages are written in the structure that document describes: DNN tab URLs
(``tabid/<n>/ctl/<control>/mid/<m>``), a NoJava month calendar per month, meeting
pages with a label/value summary and ``li.DocumentListItem a.TitleLink`` links to
``Document.ashx?<opaque>`` documents. The documents are real PDFs made with
reportlab, so the build at the end reads them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sqlite3
from pathlib import Path

import pytest
import yaml
from werkzeug import Request, Response

import pipeline.pull as pull
import pipeline.pull.http as pull_http
from pipeline.pull.cmis import calendar_template, parse_calendar, parse_meeting_page
from tests.pdfs import make_pdf

SITE = "/cmis5/"
TAB = "Meetings/tabid/70/"
MID = 397
SEND_DOC = "czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=SEND%2bWSoA%3d%3d"
ROADS_DOC = "czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=Roads%2bReport%3d%3d"
MINUTES_DOC = "czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=Minutes%2bFeb%3d%3d"
BROKEN_DOC = "czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=Broken%3d%3d"
PDFS = {
    SEND_DOC: make_pdf([["Written Statement of Action: progress report", "The SEND improvement board noted progress."]]),
    ROADS_DOC: make_pdf([["Highways maintenance programme 2024/25"]]),
    MINUTES_DOC: make_pdf([["Minutes of the meeting held on 6 February 2024", "RESOLVED that the report be noted."]]),
}


def meeting_href(meeting: int, committee: int) -> str:
    return f"{SITE}{TAB}ctl/ViewMeetingPublic/mid/{MID}/Meeting/{meeting}/Committee/{committee}/Default.aspx"


def calendar_page(rows: list[tuple[str, str, int, int]]) -> str:
    """A NoJava month calendar: committee, date, time and a link per meeting."""
    body = "".join(
        f'<tr><td class="CommitteeName">{committee}</td><td>{date}</td><td>10.00 am</td>'
        f'<td><a href="{meeting_href(meeting, cid)}">View meeting</a></td></tr>'
        for committee, date, meeting, cid in rows)
    return (f'<html><head><title>Meetings calendar</title></head><body><div class="DnnModule">'
            f'<table class="MeetingCalendar"><tr><th>Committee</th><th>Date</th><th>Time</th><th></th></tr>{body}'
            f'</table></div></body></html>')


def document_item(href: str, title: str) -> str:
    return f'<li class="DocumentListItem"><a class="TitleLink" href="{href}">{title}</a> <span>PDF 120 KB</span></li>'


MEETING_1234 = f"""<html><head><title>Meeting details</title></head><body><div class="DnnModule">
<table class="MeetingSummary">
<tr><th>Meeting of</th><td>Children and Young People Scrutiny Committee</td></tr>
<tr><th>Date</th><td>Tuesday, 12th March, 2024</td></tr>
<tr><th>Time</th><td>10.00 am</td></tr>
<tr><th>Venue</th><td>Council Chamber, County Hall</td></tr>
<tr><th>Status</th><td>Confirmed</td></tr>
</table>
<h2>Agenda</h2>
<div class="AgendaItem"><h3>3. Minutes of the previous meeting</h3>
<p>To approve the minutes of the meeting held on 6 February 2024.</p>
<ul>{document_item(f"{SITE}Document.ashx?{MINUTES_DOC}", "Minutes 06.02.2024")}</ul></div>
<div class="AgendaItem"><h3>5. SEND Written Statement of Action: progress</h3>
<p>Report of the Director of Children's Services.</p>
<ul>{document_item(f"{SITE}Document.ashx?{SEND_DOC}", "WSoA progress report March 2024")}
{document_item(f"{SITE}Document.ashx?{BROKEN_DOC}", "Appendix A SEND data")}</ul></div>
<div class="AgendaItem"><h3>6. Highways maintenance</h3>
<ul>{document_item(f"{SITE}Document.ashx?{ROADS_DOC}", "Highways maintenance programme")}</ul></div>
</div></body></html>"""

MEETING_1240 = """<html><body><table class="MeetingSummary">
<tr><th>Meeting of</th><td>Planning Committee</td></tr><tr><th>Date</th><td>14/03/2024</td></tr>
<tr><th>Status</th><td>Confirmed</td></tr></table></body></html>"""


class FakeCmis:
    """A CMIS site: start page, month calendars, meeting pages, Document.ashx."""

    def __init__(self, httpserver):
        self.base = httpserver.url_for(SITE)
        self.start_page = (f'<html><body><ul class="nav"><li><a href="{SITE}{TAB}ctl/MeetingCalendarPublicNoJava/mid/{MID}/'
                           f'Date/2024-03-01/Default.aspx">Meetings calendar</a></li></ul></body></html>')
        self.months = {"2024-03-01": calendar_page([
            ("Children and Young People Scrutiny Committee", "Tuesday, 12th March, 2024", 1234, 56),
            ("Planning Committee", "14/03/2024", 1240, 12),
            ("Higher Education Sub Committee", "20/03/2024", 1250, 77),
        ])}
        self.meetings = {1234: MEETING_1234, 1240: MEETING_1240}
        self.validators = True
        self.broken_document = True  # answers 200 with an HTML error page, as CMIS does
        self.seen: list[tuple[str, Request]] = []
        httpserver.expect_request(re.compile(".*")).respond_with_handler(self.handle)

    def route(self, request: Request) -> str:
        path = request.path
        if path == "/robots.txt":
            return "robots"
        if path == SITE:
            return "start"
        match = re.search(r"MeetingCalendarPublicNoJava/mid/\d+/Date/([\d-]+)/Default\.aspx$", path)
        if match:
            return f"calendar:{match.group(1)}"
        match = re.search(r"ViewMeetingPublic/mid/\d+/Meeting/(\d+)/", path)
        if match:
            return f"meeting:{match.group(1)}"
        if path == f"{SITE}Document.ashx":
            return "doc:" + request.query_string.decode()
        return "unknown"

    def handle(self, request: Request) -> Response:
        route = self.route(request)
        self.seen.append((route, request))
        if route == "robots":
            return Response("User-agent: *\nDisallow: /admin/\n", content_type="text/plain")
        if route == "start":
            data, kind = self.start_page.encode(), "text/html"
        elif route.startswith("calendar:"):
            data, kind = self.months.get(route.split(":", 1)[1], calendar_page([])).encode(), "text/html"
        elif route.startswith("meeting:") and int(route.split(":")[1]) in self.meetings:
            data, kind = self.meetings[int(route.split(":")[1])].encode(), "text/html"
        elif route == f"doc:{BROKEN_DOC}" and self.broken_document:
            return Response("<html><head><title>Error</title></head><body>An error has occurred.</body></html>",
                            content_type="text/html")
        elif route.startswith("doc:") and route[4:] in PDFS:
            data, kind = PDFS[route[4:]], "application/pdf"
        elif route == f"doc:{BROKEN_DOC}":
            data, kind = make_pdf([["Appendix A: SEND data"]]), "application/pdf"
        else:
            return Response("<html><body>Not found</body></html>", status=404, content_type="text/html")
        headers = {}
        if self.validators:
            etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
            headers["ETag"] = etag
            if request.headers.get("If-None-Match") == etag:
                return Response(status=304, headers=headers)
        return Response(data, content_type=kind, headers=headers)

    def routes(self) -> list[str]:
        return [route for route, _ in self.seen]


@pytest.fixture(autouse=True)
def online(monkeypatch):
    monkeypatch.delenv("OFFLINE", raising=False)






@pytest.fixture
def site(running_server) -> FakeCmis:
    running_server.clear()
    yield FakeCmis(running_server)
    running_server.clear()


def write_sources(folder: Path, site_url: str, **council) -> Path:
    data = {
        "defaults": {
            "project_url": "https://example.org/minutes-miner", "delay_seconds": 1.5, "timeout_seconds": 5,
            "connect_timeout_seconds": 2, "retries": 1, "backoff_seconds": 0.001, "settle_after_days": 100000,
            "max_meeting_attempts": 3, "window": {"from": "2024-02-01", "to": "2024-04-30"},
            "committees": ["Children", "Planning", "Education"], "exclude_committees": ["Higher Education"],
            "keywords": ["SEND", "written statement of action"],
        },
        "councils": [{"name": "Example County Council", "slug": "example", "local_authority_code": "NFK",
                      "gss_code": "E10000020", "platform": "cmis", "base_url": site_url, **council}],
    }
    path = folder / "sources.yml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def run(corpus: Path, sources: Path) -> int:
    return pull.main(argparse.Namespace(corpus=str(corpus), sources=str(sources), council=None, offline=False, delay=None))


def report_of(corpus: Path) -> dict:
    return json.loads((corpus / "example" / "pull-report.json").read_text())


def stored(corpus: Path) -> dict[str, Path]:
    return {p.relative_to(corpus / "example").as_posix(): p for p in (corpus / "example").rglob("*.pdf")}


def test_the_parsers_read_the_documented_structure(site):
    start = calendar_template(site.start_page.encode(), site.base)
    assert start == site.base + TAB + f"ctl/MeetingCalendarPublicNoJava/mid/{MID}/Date/{{date}}/Default.aspx"
    meetings = parse_calendar(site.months["2024-03-01"].encode(), site.base)
    assert [(m.id, m.committee_id, m.committee, str(m.date)) for m in meetings] == [
        (1234, 56, "Children and Young People Scrutiny Committee", "2024-03-12"),
        (1240, 12, "Planning Committee", "2024-03-14"),
        (1250, 77, "Higher Education Sub Committee", "2024-03-20"),
    ]
    page = parse_meeting_page(MEETING_1234.encode(), site.base)
    assert page.committee == "Children and Young People Scrutiny Committee" and str(page.date) == "2024-03-12"
    assert page.status == "Confirmed"
    assert [d.title for d in page.documents] == ["Minutes 06.02.2024", "WSoA progress report March 2024",
                                                 "Appendix A SEND data", "Highways maintenance programme"]
    assert page.documents[1].url == site.base + f"Document.ashx?{SEND_DOC}"
    assert "SEND Written Statement of Action" in page.documents[1].context


def test_a_cmis_council_is_pulled_into_the_corpus_layout_politely(tmp_path, site, pauses):
    corpus = tmp_path / "corpus"
    assert run(corpus, write_sources(tmp_path, site.base)) == 0

    report = report_of(corpus)
    assert report["status"] == "ok" and report["platform"] == "cmis", report
    # One calendar per month of the window, after the start page; the excluded committee is not followed.
    assert [r for r in site.routes() if r.startswith("calendar:")] == [
        "calendar:2024-02-01", "calendar:2024-03-01", "calendar:2024-04-01"]
    assert report["committees"] == ["Children and Young People Scrutiny Committee", "Planning Committee"]
    assert "meeting:1250" not in site.routes()
    assert report["documents_new"] == 2 and report["documents_failed"] == 1  # the HTML error page is not stored
    assert any("HTML page came instead" in p["reason"] for p in report["problems"])
    assert f"doc:{ROADS_DOC}" not in site.routes()  # its item matches no keyword

    files = stored(corpus)
    assert set(files) == {"2024-03-12-children-and-young-people-scrutiny-commi/WSoA progress report March 2024.pdf",
                          "2024-02-06-children-and-young-people-scrutiny-commi/Minutes 06.02.2024.pdf"}
    send = next(p for name, p in files.items() if "WSoA" in name)
    assert send.read_bytes() == PDFS[SEND_DOC]
    meta = json.loads(send.with_name(send.stem + ".meta.json").read_text())
    assert (meta["council"], meta["committee"], meta["meeting_date"]) == (
        "Example County Council", "Children and Young People Scrutiny Committee", "2024-03-12")
    assert meta["source_kind"] == "cmis-document" and meta["url"] == site.base + f"Document.ashx?{SEND_DOC}"
    assert meta["sha256"] == hashlib.sha256(PDFS[SEND_DOC]).hexdigest() and "CMIS" in meta["provenance"]
    assert meta["meeting_id"] == 1234 and meta["committee_id"] == 56 and meta["etag"]
    minutes = next(p for name, p in files.items() if "Minutes" in name)
    minutes_meta = json.loads(minutes.with_name(minutes.stem + ".meta.json").read_text())
    # Filed under the meeting the minutes record, not the one that approved them.
    assert minutes_meta["meeting_date"] == "2024-02-06" and minutes_meta["published_meeting_date"] == "2024-03-12"

    assert site.routes()[0] == "robots" and site.routes().count("robots") == 1
    assert all("Minutes Miner" in request.headers["User-Agent"] for _, request in site.seen)
    assert pauses == [1.5] * (len(site.seen) - 1)  # the configured delay before every request but the first

    # The build reads it, and council_status says what the pull did.
    from pipeline.build import Workspace, build

    build(Workspace(corpus=corpus, work=tmp_path / "work", db=tmp_path / "x.db"), jobs=1)
    with sqlite3.connect(tmp_path / "x.db") as db:
        paths = {row[0] for row in db.execute("select path from documents")}
        status = db.execute("select platform, status, documents_stored, documents_failed, meetings_listed "
                            "from council_status where slug = 'example'").fetchone()
    assert paths == {f"example/{name}" for name in files}
    assert status == ("cmis", "ok", 2, 1, 2)


def test_a_rerun_is_conditional_and_retries_only_what_failed(tmp_path, site, pauses):
    corpus = tmp_path / "corpus"
    sources = write_sources(tmp_path, site.base)
    assert run(corpus, sources) == 0
    before = {name: p.stat().st_mtime_ns for name, p in stored(corpus).items()}
    site.seen.clear()
    site.broken_document = False  # the council fixed its document

    assert run(corpus, sources) == 0

    report = report_of(corpus)
    assert report["documents_new"] == 1 and report["documents_unchanged"] == 2 and report["documents_failed"] == 0
    for route, request in site.seen:
        if route in (f"doc:{SEND_DOC}", f"doc:{MINUTES_DOC}", "meeting:1234"):
            assert request.headers.get("If-None-Match"), route  # conditional: answered 304
    assert {name: p.stat().st_mtime_ns for name, p in stored(corpus).items() if name in before} == before


def test_without_validators_known_documents_are_not_downloaded_again_and_a_failing_meeting_is_given_up(
        tmp_path, site, pauses):
    site.validators = False  # no ETag, no Last-Modified: no 304 is possible
    corpus = tmp_path / "corpus"
    sources = write_sources(tmp_path, site.base)
    for _ in range(3):  # max_meeting_attempts: 3
        site.seen.clear()
        assert run(corpus, sources) == 0
        documents = [r for r in site.routes() if r.startswith("doc:")]
        if _ > 0:
            # The meeting page is unchanged, so the stored documents are known by their content hash.
            assert documents == [f"doc:{BROKEN_DOC}"]
            assert report_of(corpus)["skipped_known"] == 2
    report = report_of(corpus)
    assert report["meetings_given_up"] == 1
    assert any("gave up on meeting 1234" in p["reason"] and "after 3 runs" in p["reason"] for p in report["problems"])

    site.seen.clear()
    assert run(corpus, sources) == 0
    assert "meeting:1234" not in site.routes()  # given up: not polled again
    assert report_of(corpus)["meetings_given_up"] == 1


def test_a_site_without_a_calendar_link_fails_with_what_to_set_and_an_override_works(tmp_path, site, pauses):
    site.start_page = "<html><body><p>Welcome</p></body></html>"
    corpus = tmp_path / "corpus"
    assert run(corpus, write_sources(tmp_path, site.base)) == 1  # a council failed: the pull says so
    report = report_of(corpus)
    assert report["status"] == "failed" and "cmis.calendar_url" in report["error"]

    calendar = f"{TAB}ctl/MeetingCalendarPublicNoJava/mid/{MID}/Date/{{date}}/Default.aspx"
    assert run(corpus, write_sources(tmp_path, site.base, cmis={"calendar_url": calendar})) == 0
    assert report_of(corpus)["status"] == "ok" and report_of(corpus)["documents_new"] == 2


def test_an_interrupted_cmis_pull_resumes_without_half_files(tmp_path, site, pauses, monkeypatch):
    corpus = tmp_path / "corpus"
    sources = write_sources(tmp_path, site.base)
    real_write = pull_http.write_chunks
    calls = {"n": 0}

    def ctrl_c_on_the_second_download(response, handle, digest):
        calls["n"] += 1
        if calls["n"] == 2:
            handle.write(b"%PDF-1.7 half")
            raise KeyboardInterrupt
        return real_write(response, handle, digest)

    monkeypatch.setattr(pull_http, "write_chunks", ctrl_c_on_the_second_download)
    with pytest.raises(KeyboardInterrupt):
        run(corpus, sources)
    assert len(stored(corpus)) == 1 and not [p for p in corpus.rglob("*") if ".partial" in p.name]
    assert report_of(corpus)["status"] == "interrupted"

    monkeypatch.setattr(pull_http, "write_chunks", real_write)
    site.seen.clear()
    assert run(corpus, sources) == 0
    report = report_of(corpus)
    assert report["status"] == "ok" and report["documents_new"] == 1 and report["documents_unchanged"] == 1
    assert len(stored(corpus)) == 2
