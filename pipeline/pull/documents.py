"""One document into the corpus: fetched conditionally, checked, de-duplicated, written.

Kept apart from the walk over committees and meetings (``council.py``) so that
what happens to a single URL (304, changed, gone, duplicate, error page in
place of a PDF) can be read in one place.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from urllib.parse import unquote, urlsplit

from pipeline.pull.http import Blocked, Disallowed, FetchError, HttpStatus, PoliteClient
from pipeline.pull.moderngov import AgendaItem, MeetingRef
from pipeline.pull.report import CouncilReport
from pipeline.pull.sources import Council
from pipeline.pull.store import CouncilStore, now_iso, partial_of, safe_stem
from pipeline.pull.urls import normalise

SUFFIX_BY_TYPE = {"application/pdf": ".pdf", "text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt"}
KNOWN_SUFFIXES = {".pdf", ".html", ".htm", ".txt", ".doc", ".docx", ".xls", ".xlsx", ".rtf", ".odt"}


@dataclass
class DocTask:
    """One document to fetch (or, for ``item:`` keys, to write from the web service's text)."""

    key: str
    url: str
    stem: str  # file name without suffix
    title: str
    source_kind: str
    origin: str  # what listed it: "web service GetMeeting" or "meeting page"
    item: AgendaItem | None = None
    matched: list[str] = field(default_factory=list)
    attachment_id: int | None = None
    kind: str | None = None  # for g-PDFs: "printed minutes", ...
    title_from_page: Callable[[bytes], str | None] | None = None
    # Minutes filed under the meeting that approved them: the meeting they record, and what said so.
    recorded_date: dt.date | None = None
    recorded_from: str | None = None
    committee: str | None = None  # when not the meeting's committee (delegated decisions)
    # A page whose links are documents too (a decision's "Accompanying Documents"); filled after the fetch.
    follow: Callable[[bytes, str], list] | None = None
    page_meta: Callable[[bytes, str], dict] | None = None  # sidecar keys read from the page itself
    followed: list = field(default_factory=list)


HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|title|meta)\b",
                        re.IGNORECASE | re.DOTALL)


def looks_like_html(head: bytes) -> bool:
    """True when a file's first bytes are an HTML page, whatever its Content-Type said."""
    for bom in (b"\xef\xbb\xbf",):
        head = head.removeprefix(bom)
    return bool(HTML_START.match(head))


def suffix_for(partial: Path, content_type: str, url: str) -> str:
    """The file's real type: the bytes first (``mgConvert2PDF.aspx`` URLs have no extension),
    so an error page sent as ``application/pdf`` is known for the HTML it is."""
    with open(partial, "rb") as handle:
        head = handle.read(1024)
    if head.startswith(b"%PDF-"):
        return ".pdf"
    if looks_like_html(head):
        return ".html"
    if content_type in SUFFIX_BY_TYPE:
        return SUFFIX_BY_TYPE[content_type]
    suffix = Path(unquote(urlsplit(url).path)).suffix.lower()
    if suffix in KNOWN_SUFFIXES:
        return suffix
    return ".html" if b"<html" in head.lower() else ".bin"


def expects_file(task: DocTask) -> bool:
    """A link to an uploaded file (not a web page), so HTML in its place is an error page."""
    path = urlsplit(task.url).path.lower()
    return task.source_kind in ("moderngov-document", "cmis-document") and (
        path.endswith(("mgconvert2pdf.aspx", "ceconvert2pdf.aspx", "document.ashx")) or "/documents/" in path
        or Path(path).suffix in KNOWN_SUFFIXES - {".html", ".htm"})


def item_page(item: AgendaItem, url: str) -> bytes:
    """One agenda item as a small web page: its text, minutes and decision from the web service."""
    title = html.escape(f"{item.number} {item.title}".strip())
    parts = [f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head>",
             f"<body><div class=\"mgContent\"><h1>{title}</h1>", f"<p>Source: <a href=\"{html.escape(url)}\">{html.escape(url)}</a></p>"]
    if item.agenda_html:
        parts.append(f"<h2>Agenda item</h2>\n{item.agenda_html}")
    if item.minute_published and item.minutes_html:
        parts.append(f"<h2>Minutes</h2>\n{item.minutes_html}")
    if item.is_decision and item.decision_published and item.decision_html:
        parts.append(f"<h2>Decision</h2>\n{item.decision_html}")
    parts.append("</div></body></html>\n")
    return "\n".join(parts).encode("utf-8")


class DocumentWriter:
    """Fetches and stores documents for one council, counting outcomes in its report."""

    def __init__(self, council: Council, client: PoliteClient, store: CouncilStore, report: CouncilReport, today: dt.date,
                 site: str = "ModernGov"):
        self.site = site  # named in each sidecar's provenance
        self.council = council
        self.client = client
        self.store = store
        self.report = report
        self.today = today

    def folder(self, task: DocTask, ref: MeetingRef) -> Path:
        return self.store.meeting_folder(task.recorded_date or ref.date, task.committee or ref.committee_title)

    def meta(self, task: DocTask, ref: MeetingRef, sha256: str, etag=None, last_modified=None, content_type=None) -> dict:
        item = task.item
        date = task.recorded_date or ref.date
        extra = {}
        if task.recorded_date:
            extra = {"published_meeting_date": ref.date.isoformat() if ref.date else None,
                     "meeting_date_from": f"the minutes' {task.recorded_from}: they record an earlier meeting"}
        return {
            "council": self.council.name,
            "council_slug": self.council.slug,
            "committee": task.committee or ref.committee_title,
            "meeting_date": date.isoformat() if date else None,
            **extra,
            "title": task.title,
            "source_kind": task.source_kind,
            "url": task.url,
            "provenance": f"downloaded by the Minutes Miner pull stage from the council's {self.site} site "
                          f"({task.origin}) on {self.today.isoformat()}",
            "sha256": sha256,
            "meeting_id": ref.id,
            "committee_id": ref.committee_id,
            "attachment_id": task.attachment_id,
            "fetched_at": now_iso(),
            "etag": etag,
            "last_modified": last_modified,
            "content_type": content_type,
            "document_key": task.key,
            "meeting_document": task.kind,
            "agenda_item_id": item.id if item else None,
            "agenda_item_number": item.number if item else None,
            "agenda_item_title": item.title if item else None,
            "matched_keywords": task.matched,
            "local_authority_code": self.council.local_authority_code,
            "gss_code": self.council.gss_code,
            "gone_upstream": False,
        }

    def fetch(self, task: DocTask, ref: MeetingRef, listing_unchanged: bool = False) -> bool:
        """Fetch (conditionally) and store one document; False when it failed.

        ``listing_unchanged``: the meeting's listings hash the same as on the last run. A
        document stored then, from a server that sends no validators (so no 304 is possible),
        is then known by its content hash and not downloaded again.
        """
        if task.key.startswith("item:"):
            return self.write_item_page(task, ref)
        entry = self.store.known(task.key)
        if entry and entry.get("duplicate_of"):
            self.report.documents_unchanged += 1  # its original is checked under its own key
            return True
        key_url = normalise(task.url)
        validators = self.store.validators(key_url) or {}
        if entry and listing_unchanged and entry.get("sha256") and not (validators.get("etag") or validators.get("last_modified")):
            self.report.skipped_known += 1
            self.read_followed(task, self.store.path_of(entry))
            return True
        folder = self.store.path_of(entry).parent if entry else self.folder(task, ref)
        partial = partial_of(folder / safe_stem(task.stem))
        try:
            fetched = self.client.download(task.url, partial, self.store.validators(key_url) if entry else None)
        except Disallowed as error:
            self.report.skipped_robots += 1
            self.report.problem(task.url, error.reason)
            return True
        except HttpStatus as error:
            if entry and error.status in (404, 410):
                if self.store.mark_gone(task.key, f"HTTP {error.status} on re-fetch", self.today):
                    self.report.documents_gone += 1
                return True
            self.report.documents_failed += 1
            self.report.problem(task.url, error.reason)
            return False
        except (Blocked, FetchError) as error:
            self.report.documents_failed += 1
            self.report.problem(task.url, error.reason)
            return False
        try:
            return self.store_fetched(task, ref, entry, key_url, partial, fetched)
        finally:
            partial.unlink(missing_ok=True)

    def store_fetched(self, task: DocTask, ref: MeetingRef, entry, key_url: str, partial: Path, fetched) -> bool:
        if not fetched.not_modified and expects_file(task) and suffix_for(partial, fetched.content_type, "") == ".html":
            # mgConvert2PDF answers a missing or failed conversion with a 200 HTML page.
            self.report.documents_failed += 1
            sent_as = f" (sent as {fetched.content_type})" if fetched.content_type else ""
            self.report.problem(task.url, f"an HTML page came instead of the document{sent_as}")
            return False
        self.store.remember(key_url, fetched.etag, fetched.last_modified)
        if fetched.not_modified or (entry and entry.get("sha256") == fetched.sha256):
            self.report.documents_unchanged += 1
            self.store.mark_back(task.key)
            self.store.save()
            self.read_followed(task, self.store.path_of(entry) if entry else partial)
            return True
        original = None if entry else self.store.by_sha(fetched.sha256, task.key)
        if original:
            self.report.documents_duplicate += 1
            self.store.alias(task.key, original[0], task.url, ref.id)
            return True
        if task.title_from_page:
            task.title = task.title_from_page(partial.read_bytes()) or task.title
        self.read_followed(task, partial)
        meta = self.meta(task, ref, fetched.sha256, fetched.etag, fetched.last_modified, fetched.content_type)
        if task.page_meta:
            meta.update(task.page_meta(partial.read_bytes(), task.url))
        if entry:
            target = self.store.path_of(entry)
            meta["previous_sha256"] = entry.get("sha256")
            self.report.documents_updated += 1
        else:
            suffix = suffix_for(partial, fetched.content_type, fetched.url)
            target = self.store.allocate(partial.parent, task.stem, suffix, task.key)
            self.report.documents_new += 1
        self.store.commit(task.key, partial, target, meta)
        return True

    def read_followed(self, task: DocTask, path: Path) -> None:
        """The links a fetched page leads to (a decision's documents), for the caller to fetch."""
        if task.follow and path.exists():
            task.followed = task.follow(path.read_bytes(), task.url)

    def write_item_page(self, task: DocTask, ref: MeetingRef) -> bool:
        data = item_page(task.item, task.url)
        sha256 = hashlib.sha256(data).hexdigest()
        entry = self.store.known(task.key)
        if entry and entry.get("sha256") == sha256:
            self.report.documents_unchanged += 1
            return True
        meta = self.meta(task, ref, sha256, content_type="text/html")
        meta["provenance"] = (f"agenda item text, minutes and decision as given by the council's ModernGov web service "
                              f"(GetMeeting, meeting {ref.id}), written as a page by the Minutes Miner pull stage "
                              f"on {self.today.isoformat()}")
        if entry:
            target = self.store.path_of(entry)
            meta["previous_sha256"] = entry.get("sha256")
            self.report.documents_updated += 1
        else:
            target = self.store.allocate(self.folder(task, ref), task.stem, ".html", task.key)
            self.report.documents_new += 1
        self.store.write_bytes(task.key, target, data, meta)
        return True
