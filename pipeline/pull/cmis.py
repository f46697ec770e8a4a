"""The CMIS adapter: month calendars -> meeting pages -> ``Document.ashx`` documents.

CMIS (Civica's older committee system, on DotNetNuke) has no API: everything is
HTML, read through its "NoJava" views (``../shared/docs/cmis.md``). Pages are DNN
tabs (``.../tabid/<n>/ctl/<control>/mid/<m>/...``), so the adapter first finds
the meeting calendar's tab and module on the site's start pages, unless
sources.yml gives ``cmis: {calendar_url: ...}``. It then reads one month
calendar per month of the window, keeps meetings of matching committees, reads
each meeting page, and downloads the documents whose title or agenda item
matches a keyword (plus the minutes of such a meeting). Documents, sidecars,
politeness, conditional requests, settling and giving up are those of every
adapter (``adapter.py``); only the walk differs.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from bs4 import BeautifulSoup

from pipeline.pull.adapter import Adapter, CouncilFailed
from pipeline.pull.documents import DocTask
from pipeline.pull.http import Disallowed, FetchError, Unreachable
from pipeline.pull.moderngov import MeetingRef, NotModernGov
from pipeline.pull.pages import MINUTES, first_date, recorded_meeting
from pipeline.pull.urls import clean_href, document_key

# A link to the month calendar (the NoJava view), or to any calendar control of a tab.
CALENDAR_LINK = re.compile(r"^(?P<prefix>.*?tabid/\d+/)ctl/(?P<ctl>[A-Za-z]*Calendar[A-Za-z]*)/mid/(?P<mid>\d+)", re.IGNORECASE)
# A meeting link carries the same tab and module as the calendar that lists it.
MEETING_LINK = re.compile(r"^(?P<prefix>.*?tabid/\d+/)ctl/ViewMeetingPublic/mid/(?P<mid>\d+)", re.IGNORECASE)
MEETING_IDS = re.compile(r"Meeting[/=](?P<meeting>\d+).*?Committee[/=](?P<committee>\d+)", re.IGNORECASE)
START_PAGES = ("", "Meetings.aspx", "Calendar.aspx")
SUMMARY_LABELS = {"committee": "committee", "meeting of": "committee", "date": "date", "meeting date": "date",
                  "time": "time", "venue": "venue", "status": "status", "meeting status": "status"}


class NotCmis(NotModernGov):
    """The answer is not the CMIS page expected (no calendar, no meeting content)."""


@dataclass
class CalendarMeeting:
    id: int
    committee_id: int
    url: str
    committee: str
    date: dt.date | None


@dataclass
class CmisDocument:
    url: str
    title: str
    context: str  # the agenda item the document sits under, for keyword matching


@dataclass
class CmisMeetingPage:
    committee: str
    date: dt.date | None
    status: str
    documents: list[CmisDocument] = field(default_factory=list)


def text_of(node) -> str:
    return re.sub(r"\s+", " ", node.get_text(" ")).strip() if node is not None else ""


def calendar_template(markup: bytes, page_url: str) -> str | None:
    """The month-calendar URL with ``{date}`` for the month's first day, from a page's links."""
    soup = BeautifulSoup(markup, "lxml")
    hrefs = [clean_href(a["href"], page_url) for a in soup.select("a[href]")]
    for pattern in (CALENDAR_LINK, MEETING_LINK):
        for href in hrefs:
            match = pattern.search(href)
            if match:
                return f"{match['prefix']}ctl/MeetingCalendarPublicNoJava/mid/{match['mid']}/Date/{{date}}/Default.aspx"
    return None


def parse_calendar(markup: bytes, page_url: str) -> list[CalendarMeeting]:
    """The month's meetings: each link to a meeting page, with the committee and date its row gives."""
    soup = BeautifulSoup(markup, "lxml")
    if not soup.select("a[href]") and not soup.find("body"):
        raise NotCmis("the calendar page is empty")
    found: dict[int, CalendarMeeting] = {}
    for anchor in soup.select("a[href]"):
        url = clean_href(anchor["href"], page_url)
        if "viewmeetingpublic" not in url.lower():
            continue
        ids = MEETING_IDS.search(url)
        if not ids or int(ids["meeting"]) in found:
            continue
        row = anchor.find_parent(["tr", "li"]) or anchor.parent
        label = text_of(anchor)
        committee = anchor.get("title") or ""
        if not committee:
            committee = label if label and not re.search(r"\d", label) and not re.match(r"(view|details|more)\b", label, re.I) else ""
        if not committee:
            cells = [text_of(c) for c in row.find_all(["td", "th", "span", "div"])] if row else []
            committee = next((c for c in cells if c and not re.search(r"\d", c)), "")
        found[int(ids["meeting"])] = CalendarMeeting(int(ids["meeting"]), int(ids["committee"]), url, committee,
                                                     first_date(text_of(row)))
    return list(found.values())


def parse_meeting_page(markup: bytes, page_url: str) -> CmisMeetingPage:
    """Summary pairs (committee, date, status) and the documents (``li.DocumentListItem a.TitleLink``)."""
    soup = BeautifulSoup(markup, "lxml")
    summary: dict[str, str] = {}
    for node in soup.find_all(string=True):
        label = re.sub(r"\s+", " ", node).strip().rstrip(":").strip().lower()
        key = SUMMARY_LABELS.get(label)
        if key and key not in summary:
            value = node.find_next(string=lambda s: s.strip() and s.strip().rstrip(":").strip().lower() not in SUMMARY_LABELS)
            if value:
                summary[key] = re.sub(r"\s+", " ", value).strip()
    documents = []
    for item in soup.select("li.DocumentListItem"):
        link = item.select_one("a.TitleLink[href]") or item.select_one("a[href]")
        if link is None:
            continue
        holder = next((p for p in item.parents if p.name == "tr" or any("agendaitem" in c.lower() for c in p.get("class") or [])),
                      None)
        documents.append(CmisDocument(clean_href(link["href"], page_url), text_of(link), text_of(holder)))
    if not summary and not documents:
        raise NotCmis("the meeting page has no CMIS meeting content (no summary, no documents)")
    return CmisMeetingPage(committee=summary.get("committee", ""), date=first_date(summary.get("date", "")),
                           status=summary.get("status", ""), documents=documents)


def months(start: dt.date, end: dt.date) -> list[dt.date]:
    first, found = start.replace(day=1), []
    while first <= end:
        found.append(first)
        first = (first + dt.timedelta(days=32)).replace(day=1)
    return found


class CmisPull(Adapter):
    """One council's CMIS site, behind the same interface as the ModernGov adapter."""

    site = "CMIS"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.base = self.council.papers_url

    def run(self) -> None:
        self.report.partials_removed = self.store.clean_partials()
        template = self.calendar()
        start, end = self.council.window(self.today)
        meetings = self.calendar_meetings(template, start, end)
        chosen = {m.id: m for m in meetings if start <= (m.date or start) <= end
                  and (not m.committee or self.council.committee_matches(m.committee))}
        self.report.committees = sorted({m.committee for m in chosen.values() if m.committee})
        self.report.meetings = len(chosen)
        for meeting in sorted(chosen.values(), key=lambda m: (m.date or dt.date.min, m.id)):
            ref = MeetingRef(id=meeting.id, date=meeting.date, time="", status="", committee_id=meeting.committee_id,
                             committee_title=meeting.committee)
            if self.settled(ref):
                self.report.meetings_settled += 1
            elif self.store.meeting_state(meeting.id).get("given_up"):
                self.report.meetings_given_up += 1
            else:
                self.pull_cmis_meeting(meeting, ref)

    # -- the calendar -------------------------------------------------------------------

    def calendar(self) -> str:
        """The month-calendar URL template: sources.yml's, else found on the site's start pages."""
        if self.council.cmis.get("calendar_url"):
            return urljoin(self.base, self.council.cmis["calendar_url"])
        reasons, unreachable = [], []
        for page in START_PAGES:
            url = self.base + page
            try:
                fetched = self.client.get(url)
            except Unreachable as error:
                unreachable.append(error)
                reasons.append(f"{url}: {error.reason}")
                break  # the host is not there: the other pages are on it too
            except (Disallowed, FetchError) as error:
                reasons.append(f"{url}: {error.reason}")
                continue
            template = calendar_template(fetched.body or b"", fetched.url)
            if template:
                self.report.base_url = self.base
                return template
            reasons.append(f"{url}: no link to a CMIS meeting calendar (tabid/<n>/ctl/...Calendar.../mid/<m>)")
        if unreachable and len(unreachable) == len(reasons):
            raise unreachable[0]
        raise CouncilFailed("no CMIS meeting calendar found; set cmis.calendar_url in sources.yml: " + "; ".join(reasons))

    def calendar_meetings(self, template: str, start: dt.date, end: dt.date) -> list[CalendarMeeting]:
        """Every month of the window; a month older than ``settle_after_days`` read once is not read again."""
        known = self.store.state.setdefault("cmis_months", {})
        meetings: list[CalendarMeeting] = []
        for first in months(start, end):
            label = first.isoformat()
            last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            settled = (self.today - last).days > self.settings.settle_after_days
            if settled and label in known:
                meetings += [CalendarMeeting(m["id"], m["committee_id"], m["url"], m["committee"],
                                             dt.date.fromisoformat(m["date"]) if m.get("date") else None)
                             for m in known[label]]
                continue
            url = template.replace("{date}", label)
            try:
                listed = self.fetch_cached(url, lambda body, url=url: parse_calendar(body or b"", url))
            except (NotModernGov, FetchError) as error:
                self.report.problem(url, f"calendar for {first:%B %Y}: {getattr(error, 'reason', None) or error}")
                continue
            meetings += listed
            if settled:
                known[label] = [{"id": m.id, "committee_id": m.committee_id, "url": m.url, "committee": m.committee,
                                 "date": m.date.isoformat() if m.date else None} for m in listed]
        self.store.save()
        return meetings

    # -- a meeting ------------------------------------------------------------------------

    def pull_cmis_meeting(self, meeting: CalendarMeeting, ref: MeetingRef) -> None:
        self.report.meetings_checked += 1
        self.body_hashes = []
        try:
            page = self.fetch_cached(meeting.url, lambda body: parse_meeting_page(body or b"", meeting.url))
        except (NotModernGov, FetchError) as error:
            self.report.meetings_failed += 1
            reason = f"meeting page: {getattr(error, 'reason', None) or error}"
            self.report.problem(meeting.url, reason)
            self.incomplete(ref, meeting.url, reason, {})
            return
        if page.committee:
            ref.committee_title = meeting.committee = page.committee
        ref.date = page.date or ref.date
        if page.committee and not self.council.committee_matches(page.committee):
            self.store.set_meeting_state(meeting.id, complete=True, attempts=0, date=ref.date and ref.date.isoformat())
            return
        if "cancel" in page.status.lower():
            self.store.set_meeting_state(meeting.id, complete=True, attempts=0, cancelled=True)
            return
        selected = []
        for doc in page.documents:
            matched = self.keywords_in(f"{doc.title}\n{doc.context}")
            if matched:
                selected.append((doc, matched))
        minutes = [doc for doc in page.documents if MINUTES.search(doc.title)]
        if selected:  # the meeting's minutes record what was said about the matching items
            matched_any = sorted({k for _, matched in selected for k in matched})
            selected += [(doc, matched_any) for doc in minutes if all(doc is not d for d, _ in selected)]
        self.report.items_matched += len(selected)
        state = {"date": ref.date.isoformat() if ref.date else None, "committee_id": meeting.committee_id,
                 "minute_published": bool(minutes), "matched_items": len(selected)}
        listings = "".join(self.body_hashes)
        unchanged = self.store.meeting_state(meeting.id).get("listings_sha256") == listings
        failures = 0
        seen: set[str] = set()
        for doc, matched in selected:
            key = document_key(doc.url)
            if key in seen:
                self.report.documents_duplicate += 1
                continue
            seen.add(key)
            recorded = recorded_meeting(doc.title, doc.context, doc.context, ref.date)
            task = DocTask(key=key, url=doc.url, stem=doc.title or "document", title=doc.title, source_kind="cmis-document",
                           origin="meeting page", matched=matched,
                           recorded_date=recorded[0] if recorded else None, recorded_from=recorded[1] if recorded else None)
            if not self.documents.fetch(task, ref, listing_unchanged=unchanged):
                failures += 1
        if failures:
            self.incomplete(ref, meeting.url, f"{failures} documents failed", {**state, "listings_sha256": listings})
        else:
            self.store.set_meeting_state(meeting.id, complete=True, attempts=0, listings_sha256=listings, **state)
