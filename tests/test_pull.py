"""The pull stage end to end: the real client against a ModernGov site on 127.0.0.1.

The site serves the real Gloucester City web-service responses
(../shared/fixtures/moderngov), hand-written meeting and decision pages in
ModernGov's structure (tests/fixtures/pull), and real council PDFs from
../shared/corpus as the linked documents. Faults (403, 429, 500, dropped
connections, documents that disappear) are injected per route.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sqlite3
from pathlib import Path
from urllib.parse import unquote

import pytest
import yaml
from werkzeug import Request, Response

import pipeline.pull as pull
import pipeline.pull.http as pull_http
from tests.pdfs import make_pdf

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MODERNGOV = SHARED / "fixtures" / "moderngov"
GLOUCESTER = MODERNGOV / "gloucester-city"
KIRKLEES = MODERNGOV / "kirklees"
MANCHESTER = MODERNGOV / "manchester"
PAGES = Path(__file__).resolve().parent / "fixtures" / "pull"
ORIGINAL_HOST = b"https://democracy.Gloucester.gov.uk/"

# Real PDFs from the shared corpus, served as Gloucester's documents.
KENT = SHARED / "corpus" / "kent"
CC = KENT / "2025-02-13-county-council"
PDFS = {  # one-page PDFs, so that the build at the end stays quick
    "65461": CC / "1 - Amendment - Labour Groups Alternative Budget - 2025.pdf",
    "65412": KENT / "2025-01-30-cabinet" / "Appendix O - MRP.pdf",
    "65413": CC / "2 - Amendment - Greens and Independents - Home to School Transport Feasibility Study.pdf",
    "65414": CC / "6 - Amendment - Greens and Independents - Community Wardens.pdf",
    "65415": CC / "8 - Amendment - Greens and Independents - CTRS.pdf",
    "65416": CC / "5 - Amendment - Liberal Democrats - Capital Support to Districts on Fly-tipping.pdf",
    "65417": CC / "4 - Amendment - Liberal Democrats - Highway Asset Maintenance.pdf",
    "Printed minutes": CC / "3 - Amendment - Liberal Democrats - LEVI capital funding.pdf",
    "Printed decisions": CC / "7 - Amendment - Liberal Democrats - Adult Social Care base budget.pdf",
    "Public reports pack": CC / "Appendix P - MRP.pdf",
}
ATTACHMENTS = ["65461", "65412", "65413", "65414", "65415", "65416", "65417"]
MEETING = "2025-11-21-cabinet"
# What a first pull stores: 7 item documents, 2 item pages, printed minutes and decisions, 1 decision page.
EXPECTED_NEW = 12

needs_shared = pytest.mark.skipif(
    not GLOUCESTER.is_dir() or not all(p.is_file() for p in PDFS.values()),
    reason="needs ../shared beside the clone (ModernGov fixtures and corpus PDFs)",
)
pytestmark = [pytest.mark.shared, needs_shared]


class FakeCouncil:
    """A ModernGov install under ``/gloucester/``; routes are named so tests can break them."""

    def __init__(self, httpserver, prefix: str = "/gloucester/"):
        self.prefix = prefix
        self.base = httpserver.url_for(prefix)
        self.robots = "User-agent: *\nDisallow: /private/\n"
        self.faults: dict[str, list[Response]] = {}  # route -> responses served before the real one
        self.gone: set[str] = set()  # routes answering 404
        self.drop: set[str] = set()  # routes whose body is cut off mid-way
        self.same_as: dict[str, str] = {}  # route -> route whose bytes it serves
        self.static: dict[str, Response] = {"/login.aspx": Response(
            "<html><head><title>Sign in</title></head><body><form>Sign in</form></body></html>", content_type="text/html")}
        self.page = (PAGES / "ieListDocuments_7837.html").read_bytes()
        self.delegated = (KIRKLEES / "modgov_decisions_list.html").read_bytes()
        self.decision_pages: dict[str, bytes] = {}  # "decision:<ID>" -> page
        self.validators = True  # False: a server that sends neither ETag nor Last-Modified
        self.seen: list[tuple[str, Request]] = []
        httpserver.expect_request(re.compile(".*")).respond_with_handler(self.handle)

    def route(self, request: Request) -> str:
        path = unquote(request.path)
        if path == "/robots.txt":
            return "robots"
        if not path.startswith(self.prefix):
            return "unknown"
        rest = path[len(self.prefix):]
        args = {k.lower(): v for k, v in request.args.items()}
        if rest.startswith("mgWebService.asmx/"):
            operation = rest.split("/", 1)[1]
            return f"{operation}:{args.get('lmeetingid', '')}" if operation == "GetMeeting" else operation
        if rest == "mgConvert2PDF.aspx":
            return f"doc:{args.get('id')}"
        match = re.match(r"documents/s(\d+)/", rest)
        if match:
            return f"doc:{match.group(1)}"
        match = re.match(r"documents/g\d+/(.+?) \d", rest)
        if match:
            return f"g:{match.group(1)}"
        if rest == "ieDecisionDetails.aspx" and "id" in args:
            return f"decision:{args['id']}"
        return {"ieListDocuments.aspx": "page", "ieDecisionDetails.aspx": "decision",
                "mgDelegatedDecisions.aspx": "delegated"}.get(rest, "unknown")

    def body(self, route: str) -> tuple[bytes, str]:
        route = self.same_as.get(route, route)
        if route == "robots":
            return self.robots.encode(), "text/plain"
        if route == "GetCommittees":
            return (GLOUCESTER / "GetCommittees.xml").read_bytes(), "text/xml; charset=utf-8"
        if route == "GetMeetings":
            return (GLOUCESTER / "GetMeetings.xml").read_bytes(), "text/xml; charset=utf-8"
        if route == "GetMeeting:7837":
            xml = (GLOUCESTER / "GetMeeting_7837.xml").read_bytes()
            return xml.replace(ORIGINAL_HOST, self.base.encode()), "text/xml; charset=utf-8"
        if route == "page":
            return self.page, "text/html; charset=utf-8"
        if route == "decision":
            return (PAGES / "ieDecisionDetails_44127.html").read_bytes(), "text/html; charset=utf-8"
        if route == "delegated":  # the real Kirklees list: nothing in it matches Gloucester's keywords
            return self.delegated, "text/html; charset=utf-8"
        if route in self.decision_pages:
            return self.decision_pages[route], "text/html; charset=utf-8"
        if route.startswith(("doc:", "g:")):
            path = PDFS.get(route.split(":", 1)[1])
            if path:
                return path.read_bytes(), "application/pdf"
        raise KeyError(route)

    def handle(self, request: Request) -> Response:
        if request.path in self.static:
            self.seen.append((request.path, request))
            return self.static[request.path]
        route = self.route(request)
        self.seen.append((route, request))
        if self.faults.get(route):
            return self.faults[route].pop(0)
        if route in self.gone:
            return Response("<html><body>Page not found</body></html>", status=404, content_type="text/html")
        try:
            data, content_type = self.body(route)
        except KeyError:
            return Response("not found", status=404)
        etag = '"' + hashlib.sha256(data).hexdigest()[:20] + '"'
        headers = {"ETag": etag, "Last-Modified": "Tue, 25 Nov 2025 09:00:00 GMT"} if self.validators else {}
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers=headers)
        if route in self.drop:
            def cut_off():
                yield data[: len(data) // 3]
                raise ConnectionAbortedError("connection dropped by the test")
            return Response(cut_off(), content_type=content_type, headers={**headers, "Content-Length": str(len(data))})
        return Response(data, content_type=content_type, headers=headers)

    def routes(self) -> list[str]:
        return [route for route, _ in self.seen]

    def documents_requested(self) -> list[str]:
        return [r for r in self.routes() if r.startswith(("doc:", "g:", "decision"))]


def write_sources(folder: Path, councils: list[dict], **defaults) -> Path:
    data = {
        "defaults": {
            "project_url": "https://example.org/minutes-miner",
            "delay_seconds": 1.0,
            "timeout_seconds": 5,
            "connect_timeout_seconds": 2,
            "retries": 2,
            "backoff_seconds": 0.001,
            "settle_after_days": 100000,
            "window": {"from": "2025-11-15", "to": "2025-11-30"},
            "committees": ["^Cabinet$"],
            "keywords": ["Local Government Reorganisation", "Public Question"],
            **defaults,
        },
        "councils": councils,
    }
    path = folder / "sources.yml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def gloucester(base: str, slug: str = "gloucester", **extra) -> dict:
    return {"name": "Gloucester City Council", "slug": slug, "local_authority_code": "GLO",
            "gss_code": "E07000081", "base_url": base, **extra}


def args_for(corpus: Path, sources: Path | None, **overrides) -> argparse.Namespace:
    values = {"corpus": str(corpus), "sources": str(sources) if sources else None, "council": None,
              "offline": False, "delay": None, **overrides}
    return argparse.Namespace(**values)


@pytest.fixture(autouse=True)
def online(monkeypatch):
    monkeypatch.delenv("OFFLINE", raising=False)






@pytest.fixture
def httpserver(running_server):
    yield running_server
    running_server.clear()


@pytest.fixture
def site(httpserver) -> FakeCouncil:
    return FakeCouncil(httpserver)


@pytest.fixture
def corpus(tmp_path) -> Path:
    return tmp_path / "corpus"


def run(corpus: Path, sources: Path, **extra) -> int:
    return pull.main(args_for(corpus, sources, **extra))


def report_of(corpus: Path, slug: str = "gloucester") -> dict:
    return json.loads((corpus / slug / "pull-report.json").read_text())


def documents(corpus: Path, slug: str = "gloucester") -> dict[str, Path]:
    return {p.name: p for p in (corpus / slug).rglob("*") if p.is_file() and p.suffix in (".pdf", ".html")
            and not p.name.startswith(".")}


def partials(corpus: Path) -> list[Path]:
    return [p for p in corpus.rglob("*") if ".partial" in p.name]


# -- first pull, re-pull -----------------------------------------------------------------------


def test_first_pull_writes_the_corpus_layout_and_the_build_reads_it(tmp_path, site, corpus, pauses):
    assert len({hashlib.sha256(p.read_bytes()).hexdigest() for p in PDFS.values()}) == len(PDFS)
    sources = write_sources(tmp_path, [gloucester(site.base)])

    assert run(corpus, sources) == 0

    report = report_of(corpus)
    assert report["status"] == "ok", report
    assert report["committees"] == ["Cabinet"]
    assert report["meetings"] == 1  # the window holds 21/11/2025 only
    assert report["items_matched"] == 2  # Public Question Time, Local Government Reorganisation
    assert report["documents_new"] == EXPECTED_NEW
    assert report["documents_failed"] == 0
    assert report["skipped_packs"] == 1
    # The page lists all seven item documents again under documents/s<id>/, and the decision page's
    # accompanying document is one of them: fetched once each.
    assert report["documents_duplicate"] == 7 + 1
    assert sorted(r for r in site.documents_requested() if r.startswith("doc:")) == sorted(f"doc:{a}" for a in ATTACHMENTS)
    assert "g:Public reports pack" not in site.routes()

    folder = corpus / "gloucester" / MEETING
    names = sorted(p.name for p in folder.iterdir() if not p.name.endswith(".meta.json"))
    assert "Printed minutes 21st-Nov-2025 12.30 Cabinet.pdf" in names
    assert "Printed decisions 21st-Nov-2025 12.30 Cabinet.pdf" in names
    assert "Appendix 2 Option 2 - East West 2 Unitary.pdf" in names  # "/" is not allowed in a file name
    assert "ieDecisionDetails-AIId-44127.html" in names
    assert "mgAi-44127.html" in names and "mgAi-44463.html" in names
    assert len(names) == EXPECTED_NEW

    meta = json.loads((folder / "Final proposals for Local Government Reorganisation in Gloucestershire.meta.json").read_text())
    for key in ("council", "council_slug", "committee", "meeting_date", "title", "source_kind", "url", "provenance",
                "sha256", "meeting_id", "committee_id", "attachment_id", "fetched_at", "etag", "last_modified"):
        assert key in meta, key
    assert meta["council"] == "Gloucester City Council" and meta["council_slug"] == "gloucester"
    assert (meta["committee"], meta["meeting_date"], meta["meeting_id"], meta["committee_id"]) == ("Cabinet", "2025-11-21", 7837, 129)
    assert meta["attachment_id"] == 65412 and meta["source_kind"] == "moderngov-document"
    assert meta["url"] == site.base + "mgConvert2PDF.aspx?ID=65412"
    assert meta["sha256"] == hashlib.sha256(PDFS["65412"].read_bytes()).hexdigest()
    assert meta["etag"] and meta["last_modified"] == "Tue, 25 Nov 2025 09:00:00 GMT"
    assert meta["matched_keywords"] == ["Local Government Reorganisation"]
    assert (folder / "Final proposals for Local Government Reorganisation in Gloucestershire.pdf").read_bytes() == PDFS["65412"].read_bytes()
    decision = json.loads((folder / "ieDecisionDetails-AIId-44127.meta.json").read_text())
    assert decision["source_kind"] == "moderngov-decision"
    assert decision["title"] == "Final Proposals for Local Government Reorganisation in Gloucestershire"
    item_page = (folder / "mgAi-44463.html").read_text()
    assert "In respect of question 1" in item_page and "&amp;nbsp;" not in item_page  # minutes, decoded

    # Polite: named, robots.txt first, nothing outside what was asked for.
    assert site.routes()[0] == "robots" and site.routes().count("robots") == 1
    for _, request in site.seen:
        agent = request.headers["User-Agent"]
        assert "Minutes Miner" in agent and "https://example.org/minutes-miner" in agent
    assert "unknown" not in site.routes()
    assert not partials(corpus)
    state = json.loads((corpus / "gloucester" / ".pull-state.json").read_text())
    assert len(state["urls"]) >= 10 and all(v.get("etag") for v in state["urls"].values())

    # The build reads the pulled corpus.
    from pipeline.build import Workspace, build

    build(Workspace(corpus=corpus, work=tmp_path / "work", db=tmp_path / "x.db"), jobs=1)
    with sqlite3.connect(tmp_path / "x.db") as db:
        rows = db.execute("select path, council, committee, meeting_date, source_kind, sha256 from documents").fetchall()
    paths = {row[0] for row in rows}
    assert len(rows) == EXPECTED_NEW
    assert f"gloucester/{MEETING}/Printed minutes 21st-Nov-2025 12.30 Cabinet.pdf" in paths
    assert {row[1] for row in rows} == {"Gloucester City Council"}
    assert {row[3] for row in rows} == {"2025-11-21"}
    assert all(not path.endswith((".json", ".partial")) for path in paths)


def test_repull_is_answered_with_304s_and_downloads_nothing(tmp_path, site, corpus, pauses):
    sources = write_sources(tmp_path, [gloucester(site.base)])
    assert run(corpus, sources) == 0
    before = {name: (p.stat().st_mtime_ns, p.read_bytes()) for name, p in documents(corpus).items()}
    sidecars = {p: p.read_text() for p in (corpus / "gloucester").rglob("*.meta.json")}
    site.seen.clear()

    assert run(corpus, sources) == 0

    report = report_of(corpus)
    assert report["documents_new"] == 0 and report["documents_updated"] == 0
    assert report["documents_unchanged"] == EXPECTED_NEW
    conditional = [(route, request) for route, request in site.seen if route != "robots"]
    assert conditional and all(request.headers.get("If-None-Match") for route, request in conditional
                               if route not in ("GetCommittees", "GetMeetings"))
    # Every document and listing that was sent validators was answered 304: no body came back.
    document_requests = site.documents_requested()
    assert len(document_requests) == 10  # 7 item documents, 2 printed PDFs, 1 decision page
    assert {name: (p.stat().st_mtime_ns, p.read_bytes()) for name, p in documents(corpus).items()} == before
    assert {p: p.read_text() for p in sidecars} == sidecars  # untouched, so the build re-extracts nothing


def test_settled_meetings_are_not_polled_again(tmp_path, site, corpus, pauses):
    sources = write_sources(tmp_path, [gloucester(site.base)], settle_after_days=30)
    assert run(corpus, sources) == 0  # complete; minutes published; older than 30 days (today is later)
    site.seen.clear()
    assert run(corpus, sources) == 0
    assert report_of(corpus)["meetings_settled"] == 1
    assert not [r for r in site.routes() if r.startswith("GetMeeting:") or r in ("page",) or r.startswith("doc:")]


# -- interruption and resumption ------------------------------------------------------------------


def test_interrupted_pull_keeps_what_it_has_and_the_next_run_completes(tmp_path, site, corpus, pauses, monkeypatch):
    sources = write_sources(tmp_path, [gloucester(site.base)])
    real_write = pull_http.write_chunks
    calls = {"n": 0}

    def ctrl_c_on_the_fourth_download(response, handle, digest):
        calls["n"] += 1
        if calls["n"] == 4:
            handle.write(b"%PDF-1.7 half a document")  # something is on disk when Ctrl-C arrives
            raise KeyboardInterrupt
        return real_write(response, handle, digest)

    monkeypatch.setattr(pull_http, "write_chunks", ctrl_c_on_the_fourth_download)
    # A leftover from a run that was killed outright (no chance to clean up).
    stale = corpus / "gloucester" / MEETING / ".Appendix 3E Cratus Public Engagement Report.partial"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"%PDF-1.7 truncated")

    with pytest.raises(KeyboardInterrupt):
        run(corpus, sources)

    assert not partials(corpus)
    kept = documents(corpus)
    pdfs = [p for p in kept.values() if p.suffix == ".pdf"]
    assert len(pdfs) == 3  # the three downloads before Ctrl-C, complete
    by_sha = {hashlib.sha256(p.read_bytes()).hexdigest() for p in PDFS.values()}
    assert all(hashlib.sha256(p.read_bytes()).hexdigest() in by_sha for p in pdfs)
    assert report_of(corpus)["status"] == "interrupted"

    monkeypatch.setattr(pull_http, "write_chunks", real_write)
    site.seen.clear()
    assert run(corpus, sources) == 0
    report = report_of(corpus)
    assert report["status"] == "ok"
    assert report["documents_new"] == EXPECTED_NEW - len(kept)
    assert len(documents(corpus)) == EXPECTED_NEW
    assert not partials(corpus)
    # What was already complete was only checked (304), not downloaded again.
    assert report["documents_unchanged"] == len(kept)


def test_dropped_connection_fails_one_document_and_the_next_run_fetches_it(tmp_path, site, corpus, pauses):
    sources = write_sources(tmp_path, [gloucester(site.base)])
    site.drop.add("doc:65414")

    assert run(corpus, sources) == 0

    report = report_of(corpus)
    assert report["status"] == "ok"
    assert report["documents_failed"] == 1 and report["documents_new"] == EXPECTED_NEW - 1
    assert any(p["url"].endswith("ID=65414") and "RemoteProtocolError" in p["reason"] for p in report["problems"])
    assert site.routes().count("doc:65414") == 3  # retried (retries: 2) before giving up
    assert not partials(corpus)

    site.drop.clear()
    assert run(corpus, sources) == 0
    assert report_of(corpus)["documents_new"] == 1
    stored = corpus / "gloucester" / MEETING / "Appendix 2 Option 2 - East West 2 Unitary.pdf"
    assert stored.read_bytes() == PDFS["65414"].read_bytes()


# -- duplicates, disappearing documents ---------------------------------------------------------


def test_the_same_document_reached_twice_is_stored_once(tmp_path, site, corpus, pauses):
    # Two attachment ids serving the same bytes (a re-uploaded appendix), plus every item
    # document listed twice (web service and meeting page).
    site.same_as["doc:65417"] = "doc:65416"
    sources = write_sources(tmp_path, [gloucester(site.base)])

    assert run(corpus, sources) == 0

    report = report_of(corpus)
    assert report["documents_duplicate"] == 7 + 1 + 1
    assert report["documents_new"] == EXPECTED_NEW - 1
    pdf_hashes = [hashlib.sha256(p.read_bytes()).hexdigest() for p in documents(corpus).values() if p.suffix == ".pdf"]
    assert len(pdf_hashes) == len(set(pdf_hashes))
    assert site.routes().count("doc:65412") == 1  # listed twice, requested once
    original = json.loads((corpus / "gloucester" / MEETING / "Appendix 3B Inner Circle Report A Case for Cities.meta.json").read_text())
    assert original["also_published_at"] == [site.base + "mgConvert2PDF.aspx?ID=65417"]

    # A re-run does not resurrect the duplicate.
    assert run(corpus, sources) == 0
    assert report_of(corpus)["documents_new"] == 0
    assert len(documents(corpus)) == EXPECTED_NEW - 1


def test_a_document_that_disappears_upstream_is_kept_and_marked(tmp_path, site, corpus, pauses):
    sources = write_sources(tmp_path, [gloucester(site.base)])
    assert run(corpus, sources) == 0
    folder = corpus / "gloucester" / MEETING
    appendix = folder / "Appendix 3E Cratus Public Engagement Report.pdf"
    decisions = folder / "Printed decisions 21st-Nov-2025 12.30 Cabinet.pdf"
    assert appendix.exists() and decisions.exists()

    site.gone.add("doc:65417")  # 404 on re-fetch
    site.page = re.sub(rb"<li><a href=\"documents/g7837/Printed decisions.*?</li>", b"", site.page)  # no longer listed
    assert b"Printed decisions" not in site.page
    assert run(corpus, sources) == 0

    report = report_of(corpus)
    assert report["documents_gone"] == 2 and report["documents_failed"] == 0
    assert appendix.read_bytes() == PDFS["65417"].read_bytes() and decisions.exists()
    gone = json.loads(appendix.with_name(appendix.stem + ".meta.json").read_text())
    assert gone["gone_upstream"] is True and gone["gone_upstream_since"] and "404" in gone["gone_upstream_reason"]
    unlisted = json.loads(decisions.with_name(decisions.stem + ".meta.json").read_text())
    assert unlisted["gone_upstream"] is True and "no longer listed" in unlisted["gone_upstream_reason"]

    # Marked once, not on every run.
    assert run(corpus, sources) == 0
    assert report_of(corpus)["documents_gone"] == 0
    assert len(documents(corpus)) == EXPECTED_NEW


# -- councils that fail, politeness under pressure ----------------------------------------------


@pytest.mark.parametrize("fixture, expected", [
    ("symroe-councillordata/leeds_CouncillorsByWard_sharepoint_error.html", "HTML page titled 'Error'"),
    ("symroe-councillordata/denbighshire_CouncillorsByWard_https_redirect.html", "HTML page"),
    ("symroe-councillordata/eastherts_CouncillorsByWard_empty.xml", "root <councillorsbyward>"),
])
def test_an_error_page_where_xml_was_expected_fails_that_council_only(tmp_path, httpserver, site, corpus, pauses,
                                                                      fixture, expected):
    site.static["/broken/mgWebService.asmx/GetCommittees"] = Response(
        (MODERNGOV / fixture).read_bytes(), content_type="text/html")
    sources = write_sources(tmp_path, [
        gloucester(httpserver.url_for("/broken/"), slug="broken"),
        gloucester(site.base),
    ])

    assert run(corpus, sources) == 1  # a council failed: non-zero, after pulling the other

    broken = report_of(corpus, "broken")
    assert broken["status"] == "failed"
    assert "no ModernGov web service" in broken["error"] and expected in broken["error"]
    assert not list((corpus / "broken").glob("*/*"))
    assert report_of(corpus)["status"] == "ok" and report_of(corpus)["documents_new"] == EXPECTED_NEW


@pytest.mark.parametrize("answer, expected", [
    (Response("Forbidden", status=403), "HTTP 403"),
    (Response("<html><body>Not found</body></html>", status=404, content_type="text/html"), "HTTP 404"),
    (Response("", status=302, headers={"Location": "/login.aspx?ReturnUrl=%2fgloucester%2f"}), "login page"),
])
def test_a_blocked_council_is_reported_and_the_run_goes_on(tmp_path, site, corpus, pauses, answer, expected):
    site.faults["GetCommittees"] = [answer]  # the first council asks first; the second gets the real answer
    sources = write_sources(tmp_path, [gloucester(site.base, slug="blocked"), gloucester(site.base)])

    assert run(corpus, sources) == 1  # a council failed: non-zero, after pulling the other

    blocked = report_of(corpus, "blocked")
    assert blocked["status"] == "failed" and expected in blocked["error"]
    assert report_of(corpus)["status"] == "ok" and report_of(corpus)["documents_new"] == EXPECTED_NEW


def test_an_alternate_base_url_is_tried_when_the_first_has_no_web_service(tmp_path, site, corpus, pauses):
    site.static["/old/mgWebService.asmx/GetCommittees"] = Response(
        (MODERNGOV / "symroe-councillordata" / "denbighshire_CouncillorsByWard_https_redirect.html").read_bytes(),
        content_type="text/html")
    old = site.base.replace("/gloucester/", "/old/")
    sources = write_sources(tmp_path, [gloucester(old, alternate_base_urls=[site.base])])

    assert run(corpus, sources) == 0

    report = report_of(corpus)
    assert report["status"] == "ok" and report["base_url"] == site.base
    assert report["documents_new"] == EXPECTED_NEW


def test_an_error_page_instead_of_a_meeting_fails_that_meeting_and_is_not_cached(tmp_path, site, corpus, pauses):
    site.faults["GetMeeting:7837"] = [Response(
        (MODERNGOV / "symroe-councillordata" / "leeds_CouncillorsByWard_sharepoint_error.html").read_bytes(),
        content_type="text/html", headers={"ETag": '"error-page"'})]
    sources = write_sources(tmp_path, [gloucester(site.base)])

    assert run(corpus, sources) == 0
    report = report_of(corpus)
    assert report["status"] == "ok" and report["meetings_failed"] == 1 and report["documents_new"] == 0
    assert any("GetMeeting 7837" in p["reason"] and "HTML page" in p["reason"] for p in report["problems"])

    site.seen.clear()
    assert run(corpus, sources) == 0
    assert report_of(corpus)["documents_new"] == EXPECTED_NEW
    meeting_request = next(request for route, request in site.seen if route == "GetMeeting:7837")
    assert "If-None-Match" not in meeting_request.headers  # the error page's validators were not kept


def test_429_with_retry_after_and_500_then_success_are_retried(tmp_path, site, corpus, pauses):
    site.faults["GetCommittees"] = [Response("slow down", status=429, headers={"Retry-After": "7"})]
    site.faults["GetMeeting:7837"] = [Response("oops", status=500), Response("oops", status=503)]
    site.faults["doc:65413"] = [Response("busy", status=502)]
    sources = write_sources(tmp_path, [gloucester(site.base)], backoff_seconds=0.25)

    assert run(corpus, sources) == 0

    report = report_of(corpus)
    assert report["status"] == "ok" and report["documents_new"] == EXPECTED_NEW and report["documents_failed"] == 0
    assert 7.0 in pauses  # Retry-After honoured
    assert 0.25 in pauses and 0.5 in pauses  # exponential back-off on 5xx
    assert site.routes().count("GetCommittees") == 2 and site.routes().count("GetMeeting:7837") == 3


def test_an_html_error_page_instead_of_a_document_is_not_stored(tmp_path, site, corpus, pauses):
    site.faults["doc:65415"] = [Response("<html><head><title>Error</title></head><body>mgError</body></html>",
                                         content_type="text/html")]
    sources = write_sources(tmp_path, [gloucester(site.base)])
    assert run(corpus, sources) == 0
    report = report_of(corpus)
    assert report["documents_failed"] == 1 and report["documents_new"] == EXPECTED_NEW - 1
    assert not [p for p in documents(corpus) if p.startswith("Appendix 3 Option 3")]
    assert run(corpus, sources) == 0  # the validators of the error page were not kept: fetched again
    assert report_of(corpus)["documents_new"] == 1


def test_retry_after_beyond_the_limit_gives_up_on_that_url(tmp_path, site, corpus, pauses):
    site.faults["doc:65413"] = [Response("come back tomorrow", status=503, headers={"Retry-After": "86400"})]
    sources = write_sources(tmp_path, [gloucester(site.base)])
    assert run(corpus, sources) == 0
    report = report_of(corpus)
    assert report["documents_failed"] == 1 and 86400.0 not in pauses
    assert any("Retry-After" in p["reason"] for p in report["problems"])


def test_robots_txt_is_honoured(tmp_path, site, corpus, pauses):
    site.robots = "User-agent: MinutesMiner\nDisallow: /gloucester/ieDecisionDetails.aspx\nDisallow: /gloucester/documents/\n"
    sources = write_sources(tmp_path, [gloucester(site.base)])

    assert run(corpus, sources) == 0

    report = report_of(corpus)
    assert "decision" not in site.routes() and not [r for r in site.routes() if r.startswith("g:")]
    assert report["skipped_robots"] == 3  # decision page, printed minutes, printed decisions
    assert report["documents_new"] == EXPECTED_NEW - 3
    assert any("robots.txt" in p["reason"] for p in report["problems"])


def test_requests_to_a_host_are_spaced_by_the_configured_delay(tmp_path, site, corpus, pauses):
    sources = write_sources(tmp_path, [gloucester(site.base)], delay_seconds=1.5)
    assert run(corpus, sources) == 0
    # On the virtual clock no time passes between requests, so the client must wait the
    # whole delay before every request but the first.
    assert pauses == [1.5] * (len(site.seen) - 1)


def test_delay_argument_overrides_the_config(tmp_path, site, corpus, pauses):
    sources = write_sources(tmp_path, [gloucester(site.base)], delay_seconds=30)
    assert run(corpus, sources, delay=1.0) == 0
    assert report_of(corpus)["documents_new"] == EXPECTED_NEW
    assert pauses == [1.0] * (len(site.seen) - 1)


def test_a_lost_state_file_is_rebuilt_from_the_sidecars(tmp_path, site, corpus, pauses):
    sources = write_sources(tmp_path, [gloucester(site.base)])
    assert run(corpus, sources) == 0
    (corpus / "gloucester" / ".pull-state.json").unlink()  # e.g. a corpus archived without dotfiles
    site.seen.clear()

    assert run(corpus, sources) == 0

    report = report_of(corpus)
    assert report["documents_new"] == 0 and report["documents_unchanged"] == EXPECTED_NEW
    assert len(documents(corpus)) == EXPECTED_NEW  # no "name (2).pdf" copies
    assert all(request.headers.get("If-None-Match") for route, request in site.seen if route.startswith("doc:"))


def test_a_document_changed_upstream_is_replaced_in_place(tmp_path, site, corpus, pauses):
    sources = write_sources(tmp_path, [gloucester(site.base)])
    assert run(corpus, sources) == 0
    site.same_as["doc:65413"] = "doc:65415"  # the council re-publishes attachment 65413 with new content

    assert run(corpus, sources) == 0

    report = report_of(corpus)
    assert report["documents_updated"] == 1 and report["documents_new"] == 0
    stored = corpus / "gloucester" / MEETING / "Appendix 1 Option 1 - Single Countywide Unitary.pdf"
    assert stored.read_bytes() == PDFS["65415"].read_bytes()
    meta = json.loads(stored.with_name(stored.stem + ".meta.json").read_text())
    assert meta["sha256"] == hashlib.sha256(PDFS["65415"].read_bytes()).hexdigest()
    assert meta["previous_sha256"] == hashlib.sha256(PDFS["65413"].read_bytes()).hexdigest()


# -- fixes found against real responses (Manchester's web service, Kirklees' decision pages) ------


MANCHESTER_HOST = b"https://democracy.manchester.gov.uk/"
# A meeting page for Manchester's meeting 4967 in ModernGov's structure (no real page is recorded),
# listing the same agenda items and attachment as the real GetMeeting answer.
MANCHESTER_PAGE = b"""<html><body><div class="mgContent">
<h2 class="mgSubTitleTxt">Audit Committee - Tuesday, 10th February, 2026 10.00 am</h2>
<table class="mgItemTable">
<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">1.</p></td><td>
<p class="mgAiTitleTxt">Minutes</p>
<ul class="mgBulletList"><li><a href="documents/s60860/6 - CHAIR APPROVED  Minutes Audit Committee 25 Nov 2025.pdf">
6 - CHAIR APPROVED  Minutes Audit Committee 25 Nov 2025 <span class="mgFileSize">PDF 200 KB</span></a></li></ul>
</td></tr>
<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">9.</p></td><td><p class="mgAiTitleTxt">Work Programme</p></td></tr>
</table></div></body></html>"""


class FakeManchester(FakeCouncil):
    """Manchester's real web-service answers (committees, meetings, a meeting with minutes and a
    cancelled one) under ``/manchester/``, with a meeting page and a PDF for its attachment."""

    def __init__(self, httpserver):
        super().__init__(httpserver, prefix="/manchester/")
        self.page = MANCHESTER_PAGE
        self.minutes_pdf = make_pdf([["Audit Committee", "Minutes of the meeting held on 25 November 2025"]])

    def body(self, route: str) -> tuple[bytes, str]:
        files = {"GetCommittees": "committees.xml", "GetMeetings": "meetings.xml",
                 "GetMeeting:4967": "meeting_with_minutes.xml", "GetMeeting:4966": "meeting_no_minutes.xml"}
        if route in files:
            xml = (MANCHESTER / files[route]).read_bytes().replace(MANCHESTER_HOST, self.base.encode())
            return xml, "text/xml; charset=utf-8"
        if route == "doc:60860":
            return self.minutes_pdf, "application/pdf"
        return super().body(route)


def manchester(base: str, **extra) -> dict:
    return {"name": "Manchester City Council", "slug": "manchester", "local_authority_code": "MAN",
            "gss_code": "E08000003", "base_url": base, **extra}


@pytest.fixture
def manchester_site(httpserver) -> FakeManchester:
    return FakeManchester(httpserver)


def test_minutes_are_filed_under_the_meeting_they_record(tmp_path, manchester_site, corpus, pauses):
    sources = write_sources(tmp_path, [manchester(manchester_site.base)], window={"from": "2026-01-01", "to": "2026-02-28"},
                            committees=["^Audit Committee$"], keywords=["correct record"])

    assert run(corpus, sources, council=["manchester"]) == 0

    report = report_of(corpus, "manchester")
    assert report["status"] == "ok" and report["committees"] == ["Audit Committee"]
    assert report["meetings"] == 1  # 13/01/2026 was cancelled
    assert "GetMeeting:4966" not in manchester_site.routes()
    minutes = corpus / "manchester" / "2025-11-25-audit-committee" / "6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025.pdf"
    assert minutes.read_bytes() == manchester_site.minutes_pdf
    meta = json.loads(minutes.with_name(minutes.stem + ".meta.json").read_text())
    assert meta["meeting_date"] == "2025-11-25" and meta["published_meeting_date"] == "2026-02-10"
    assert meta["meeting_id"] == 4967 and "title" in meta["meeting_date_from"]
    # The approving meeting's own item page stays with it.
    assert (corpus / "manchester" / "2026-02-10-audit-committee" / "mgAi-18831.html").is_file()
    assert manchester_site.routes().count("doc:60860") == 1  # listed by the service and the page: fetched once

    from pipeline.build import Workspace, build

    build(Workspace(corpus=corpus, work=tmp_path / "work", db=tmp_path / "m.db"), jobs=1)
    with sqlite3.connect(tmp_path / "m.db") as db:
        row = db.execute("select published_meeting_date from documents where path like '%CHAIR APPROVED%'").fetchone()
    assert row == ("2026-02-10",)


def test_a_decision_page_in_place_of_the_meeting_page_marks_nothing_gone(tmp_path, site, corpus, pauses):
    sources = write_sources(tmp_path, [gloucester(site.base)])
    assert run(corpus, sources) == 0
    site.page = (KIRKLEES / "modgov_decision_detail.html").read_bytes()  # a real Kirklees decision page

    assert run(corpus, sources) == 0

    report = report_of(corpus)
    assert report["documents_gone"] == 0
    assert any("meeting page" in p["reason"] and "no ModernGov meeting content" in p["reason"] for p in report["problems"])
    gone = [p for p in (corpus / "gloucester").rglob("*.meta.json") if json.loads(p.read_text()).get("gone_upstream")]
    assert gone == []


def test_a_failed_get_meetings_is_reported_with_its_dates(tmp_path, site, corpus, pauses):
    site.faults["GetMeetings"] = [Response("<html><body>Not found</body></html>", status=404, content_type="text/html")]
    assert run(corpus, write_sources(tmp_path, [gloucester(site.base)])) == 0
    failed = next(p for p in report_of(corpus)["problems"] if "GetMeetings" in p["reason"])
    assert "lCommitteeId=129" in failed["url"]
    assert "sFromDate=15%2F11%2F2025" in failed["url"] and "sToDate=30%2F11%2F2025" in failed["url"]


def test_a_meeting_that_keeps_failing_is_given_up_and_known_documents_are_not_downloaded_again(
        tmp_path, site, corpus, pauses):
    site.validators = False  # like many installs: no ETag, no Last-Modified, so no 304
    site.gone.add("doc:65414")  # one document that never comes back
    sources = write_sources(tmp_path, [gloucester(site.base)], max_meeting_attempts=3)

    assert run(corpus, sources) == 0
    assert report_of(corpus)["documents_failed"] == 1
    for attempt in (2, 3):
        site.seen.clear()
        assert run(corpus, sources) == 0
        report = report_of(corpus)
        # Listings unchanged: what is stored is known by its content hash; only the failure is retried.
        assert [r for r in site.documents_requested() if r.startswith("doc:")] == ["doc:65414"]
        assert report["documents_new"] == 0 and report["skipped_known"] >= EXPECTED_NEW - 1 - 2
    assert report["meetings_given_up"] == 1
    assert any("gave up on meeting 7837" in p["reason"] and "after 3 runs" in p["reason"] for p in report["problems"])

    site.seen.clear()
    assert run(corpus, sources) == 0
    assert not [r for r in site.routes() if r.startswith(("GetMeeting:", "doc:")) or r == "page"]
    assert report_of(corpus)["meetings_given_up"] == 1
    status = json.loads((corpus / "pull-status.json").read_text())["councils"]["gloucester"]
    assert status["meetings_given_up"] == 1 and status["status"] == "ok"


def test_delegated_decisions_matching_a_keyword_are_fetched_with_their_documents(tmp_path, site, corpus, pauses):
    # The real Kirklees decision list and decision page, served by this install.
    site.decision_pages["decision:13149"] = (KIRKLEES / "modgov_decision_detail.html").read_bytes()
    site.static["/gloucester/documents/s7942/polc2 - 23.09.2015.pdf"] = Response(
        make_pdf([["Policy Committee minutes, 23 September 2015"]]), content_type="application/pdf")
    sources = write_sources(tmp_path, [gloucester(site.base)], keywords=["Admission of the Public"])

    assert run(corpus, sources) == 0

    report = report_of(corpus)
    assert report["decisions_listed"] == 2 and report["decisions_matched"] == 1  # the issue-history row is not a decision
    assert "decision:13567" not in site.routes()
    page = corpus / "gloucester" / "2025-11-03-delegated-decisions" / "ieDecisionDetails-13149.html"
    meta = json.loads(page.with_name(page.stem + ".meta.json").read_text())
    assert meta["source_kind"] == "moderngov-decision" and meta["title"] == "Minutes of Previous Meeting"
    assert (meta["decided_at_meeting_id"], meta["decided_at_committee"], meta["decision_date"]) == (
        4832, "Policy Committee", "2015-10-19")  # "Decided at meeting" links with MID=
    # The decision's accompanying document: the minutes it approved, filed under the meeting they record.
    accompanying = corpus / "gloucester" / "2015-09-23-delegated-decisions" / "polc2 - 23.09.2015.pdf"
    assert accompanying.is_file()
    assert json.loads(accompanying.with_name(accompanying.stem + ".meta.json").read_text())["url"].endswith(
        "documents/s7942/polc2%20-%2023.09.2015.pdf")

    site.seen.clear()
    assert run(corpus, sources) == 0  # re-run: conditional, nothing new
    assert report_of(corpus)["documents_new"] == 0
