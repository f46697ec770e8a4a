"""Downloads are bounded whatever the server does: loopback servers that stall, drip, never
end, redirect in a loop or off the web, send a decompression bomb, or lie about the type."""

from __future__ import annotations

import datetime as dt
import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

import pipeline.pull.http as pull_http
from pipeline.pull.documents import DocTask, DocumentWriter
from pipeline.pull.http import Disallowed, Hosts, HttpStatus, PoliteClient
from pipeline.pull.moderngov import MeetingRef
from pipeline.pull.report import CouncilReport
from pipeline.pull.sources import Settings, SourcesError, load_sources
from pipeline.pull.store import CouncilStore

MB = 1 << 20
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
ERROR_PAGE = b"<!DOCTYPE html><html><head><title>Error</title></head><body>Conversion failed</body></html>"
BOMB = gzip.compress(b"\0" * (20 * MB))  # 20 MB of zeros in about 20 KB


class Handler(BaseHTTPRequestHandler):
    """Routes of a deliberately bad server; ``server.routes`` maps a path to a behaviour."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # keep test output quiet
        pass

    def do_GET(self):
        behaviour = self.server.routes.get(self.path.split("?")[0])
        if behaviour is None:
            self.send_error(404)
            return
        try:
            behaviour(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should


def send(handler, body: bytes, content_type="application/pdf", status=200, **headers):
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in headers.items():
        handler.send_header(name.replace("_", "-"), value)
    handler.end_headers()
    handler.wfile.write(body)


def redirect(location: str):
    def answer(handler):
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()
    return answer


def drip_body(handler):
    """Headers at once, then one byte every 0.3 s for ever: never idle long enough for a read timeout."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/pdf")
    handler.send_header("Content-Length", "1000")
    handler.end_headers()
    while True:
        handler.wfile.write(b"x")
        handler.wfile.flush()
        time.sleep(0.3)


def drip_headers(handler):
    """The status line and headers a byte at a time."""
    for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"y" * 10_000:
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()
        time.sleep(0.3)


def endless(handler):
    """A body without length or end."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/pdf")
    handler.send_header("Connection", "close")
    handler.end_headers()
    block = b"%PDF" + b"0" * (64 * 1024 - 4)
    while True:
        handler.wfile.write(block)


class Site:
    def __init__(self):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.routes = {"/robots.txt": lambda h: send(h, b"User-agent: *\nDisallow: /private/\n", "text/plain")}
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def route(self, path: str, behaviour) -> str:
        self.server.routes[path] = behaviour
        return self.base + path

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    server = Site()
    yield server
    server.close()


@pytest.fixture
def other_site():
    server = Site()
    yield server
    server.close()


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch):
    monkeypatch.setattr(pull_http, "pause", lambda seconds: None)


def settings(**overrides) -> Settings:
    values = {"user_agent": "MinutesMiner/0.1 (Minutes Miner; +https://example.org/mm)", "delay_seconds": 0.0,
              "timeout_seconds": 5, "connect_timeout_seconds": 2, "retries": 1, "backoff_seconds": 0.001,
              "deadline_seconds": 1.0, "page_deadline_seconds": 1.0, "max_document_bytes": MB, "max_page_bytes": MB}
    return Settings(**{**values, **overrides})


def download(url: str, tmp_path: Path, **overrides):
    with PoliteClient(settings(**overrides), Hosts()) as client:
        return client.download(url, tmp_path / ".doc.partial")


def test_a_server_dripping_the_body_is_stopped_at_the_deadline(site, tmp_path):
    url = site.route("/drip.pdf", drip_body)
    with pytest.raises(HttpStatus, match="took longer than the 1 s a request may take"):
        download(url, tmp_path)
    assert not (tmp_path / ".doc.partial").exists()
    assert download(site.route("/ok.pdf", lambda h: send(h, PDF)), tmp_path).sha256  # the server goes on


def test_a_server_dripping_its_headers_is_stopped_at_the_deadline(site, tmp_path):
    url = site.route("/slow-headers.pdf", drip_headers)
    with pytest.raises(HttpStatus, match="took longer than the 1 s"):
        download(url, tmp_path)


def test_an_endless_body_is_cut_at_the_size_limit(site, tmp_path):
    url = site.route("/endless.pdf", endless)
    with pytest.raises(HttpStatus, match="larger than 1 MB"):
        download(url, tmp_path)
    assert not (tmp_path / ".doc.partial").exists()


def test_a_declared_length_over_the_limit_is_refused_before_reading(site, tmp_path):
    url = site.route("/big.pdf", lambda h: send(h, b"0" * (2 * MB)))
    with pytest.raises(HttpStatus, match="larger than 1 MB"):
        download(url, tmp_path)


def test_a_decompression_bomb_is_cut_at_the_limit_after_decompression(site, tmp_path):
    url = site.route("/bomb.pdf", lambda h: send(h, BOMB, content_encoding="gzip"))
    with pytest.raises(HttpStatus, match="larger than 1 MB"):
        download(url, tmp_path)
    with PoliteClient(settings(), Hosts()) as client, pytest.raises(HttpStatus, match="larger than 1 MB"):
        client.get(site.route("/bomb.xml", lambda h: send(h, BOMB, "text/xml", content_encoding="gzip")))


def test_web_pages_have_their_own_smaller_limit(site):
    url = site.route("/page.html", lambda h: send(h, b"<p>" * (MB // 2), "text/html"))
    with PoliteClient(settings(max_page_bytes=MB // 4), Hosts()) as client, pytest.raises(HttpStatus, match="larger than"):
        client.get(url)


def test_a_redirect_loop_fails_that_url(site, tmp_path):
    site.route("/a", redirect("/b"))
    url = site.route("/b", redirect("/a"))
    with pytest.raises(HttpStatus, match="redirect loop"):
        download(url, tmp_path)


def test_a_redirect_off_the_web_fails_that_url(site, tmp_path):
    url = site.route("/to-file", redirect("file:///etc/passwd"))
    with pytest.raises(HttpStatus, match="not http"):
        download(url, tmp_path)


def test_a_redirect_to_another_host_obeys_that_hosts_robots(site, other_site, tmp_path):
    other_site.route("/robots.txt", lambda h: send(h, b"User-agent: *\nDisallow: /\n", "text/plain"))
    other_site.route("/doc.pdf", lambda h: send(h, PDF))
    url = site.route("/moved.pdf", redirect(other_site.base + "/doc.pdf"))
    with pytest.raises(Disallowed, match="redirected to"):
        download(url, tmp_path)
    allowed = site.route("/moved-ok.pdf", redirect(site.base + "/ok.pdf"))
    site.route("/ok.pdf", lambda h: send(h, PDF))
    assert download(allowed, tmp_path).sha256 is not None


def test_an_html_error_page_sent_as_pdf_is_not_stored(site, tmp_path):
    url = site.route("/mgConvert2PDF.aspx", lambda h: send(h, ERROR_PAGE, "application/pdf"))
    council = load_sources(write_sources(tmp_path, site.base)).councils[0]
    store = CouncilStore(tmp_path / "corpus", council)
    report = CouncilReport(council=council.name, slug=council.slug)
    with PoliteClient(settings(), Hosts()) as client:
        writer = DocumentWriter(council, client, store, report, dt.date(2025, 12, 1))
        task = DocTask(key="att:1", url=url + "?ID=1", stem="Report", title="Report",
                       source_kind="moderngov-document", origin="web service GetMeeting")
        ref = MeetingRef(id=1, date=dt.date(2025, 11, 21), time="", status="Confirmed", committee_id=2,
                         committee_title="Cabinet")
        assert writer.fetch(task, ref) is False
    assert report.documents_failed == 1
    assert "HTML page came instead of the document (sent as application/pdf)" in str(report.problems)
    assert not list((tmp_path / "corpus").rglob("*.pdf"))


def write_sources(folder: Path, base: str, **defaults) -> Path:
    data = {"defaults": {"project_url": "https://example.org/mm", "window": {"from": "2025-01-01"},
                         "committees": ["Cabinet"], "keywords": ["SEND"], **defaults},
            "councils": [{"name": "Testshire County Council", "slug": "testshire", "local_authority_code": "TST",
                          "gss_code": "E10000000", "base_url": base + "/"}]}
    path = folder / "sources.yml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("where", ["defaults", "council"])
def test_a_delay_below_one_second_is_refused(tmp_path, where):
    path = write_sources(tmp_path, "https://example.org", **({"delay_seconds": 0.5} if where == "defaults" else {}))
    if where == "council":
        data = yaml.safe_load(path.read_text())
        data["councils"][0]["delay_seconds"] = 0.2
        path.write_text(yaml.safe_dump(data))
    with pytest.raises(SourcesError, match="too fast for a council's site; use at least 1 s"):
        load_sources(path)


def test_the_delay_option_below_one_second_is_refused(tmp_path, capsys):
    import argparse

    import pipeline.pull as pull

    args = argparse.Namespace(corpus=str(tmp_path / "corpus"), sources=str(write_sources(tmp_path, "https://example.org")),
                              council=None, offline=False, delay=0.1)
    assert pull.main(args) == 2
    assert "too fast" in capsys.readouterr().err


def test_the_size_limits_are_configurable(tmp_path):
    sources = load_sources(write_sources(tmp_path, "https://example.org", max_document_bytes=5 * MB,
                                         max_page_bytes=MB, deadline_seconds=60))
    assert (sources.settings.max_document_bytes, sources.settings.max_page_bytes,
            sources.settings.deadline_seconds) == (5 * MB, MB, 60.0)
    defaults = load_sources(write_sources(tmp_path, "https://example.org")).settings
    assert (defaults.max_document_bytes, defaults.max_page_bytes) == (200 * MB, 20 * MB)
