"""The ModernGov web service (``mgWebService.asmx``): GetCommittees, GetMeetings, GetMeeting.

Responses are parsed tolerantly (lxml ``recover=True``) and then verified: a
body that does not parse to the expected root is a typed ``NotModernGov``
error, because a 200 can be a JavaScript redirect or another product's error
page. Values are normalised at this boundary: stripped, dates as ``date``,
``True``/``False`` as bool, and the double-escaped HTML fields decoded.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

from bs4 import BeautifulSoup
from lxml import etree

from pipeline.pull.http import PoliteClient


class NotModernGov(Exception):
    """The answer is not the web service's XML (HTML page, wrong root, empty body, ...)."""


@dataclass
class Committee:
    id: int
    title: str
    expired: bool = False
    deleted: bool = False
    category: str | None = None


@dataclass
class MeetingRef:
    """A meeting as GetMeetings lists it (the committee is carried forward from the call)."""

    id: int | None  # None for decisions taken outside a meeting
    date: dt.date | None
    time: str
    status: str
    committee_id: int | None
    committee_title: str

    @property
    def cancelled(self) -> bool:
        return "cancel" in self.status.lower()


@dataclass
class LinkedDoc:
    attachment_id: int | None
    title: str
    url: str
    is_url: bool = False  # a link to another site rather than an uploaded file
    restricted: bool = False
    decision_attachment: bool = False
    publication_date: dt.date | None = None


@dataclass
class AgendaItem:
    id: int
    title: str
    number: str  # as printed, e.g. "51."
    agenda_html: str = ""  # decoded once more: real HTML
    minutes_html: str = ""
    decision_html: str = ""
    restricted: bool = False
    display_allowed: bool = True
    is_decision: bool = False
    decision_published: bool = False
    minute_published: bool = False
    documents: list[LinkedDoc] = field(default_factory=list)

    @property
    def public(self) -> bool:
        return not self.restricted and self.display_allowed

    @property
    def agenda_text(self) -> str:
        return html_text(self.agenda_html)


@dataclass
class Meeting:
    id: int
    date: dt.date | None
    time: str
    status: str
    display_allowed: bool = True
    agenda_published: bool = False
    minute_published: bool = False
    decision_published: bool = False
    items: list[AgendaItem] = field(default_factory=list)


# -- normalising --------------------------------------------------------------


def text(element, path: str) -> str:
    """Stripped text of a child; raw HTML children (some installs do not escape it) kept as markup."""
    child = element.find(path)
    if child is None:
        return ""
    if len(child):
        inner = (child.text or "") + "".join(etree.tostring(c, encoding="unicode") for c in child)
        return inner.strip()
    return (child.text or "").strip()


def flag(element, path: str, default: bool = False) -> bool:
    value = text(element, path).lower()
    return default if not value else value == "true"


def number(element, path: str) -> int | None:
    value = text(element, path)
    return int(value) if value.lstrip("-").isdigit() else None


def ddmmyyyy(value: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(value.strip(), "%d/%m/%Y").date()
    except ValueError:
        return None


def clean_title(value: str) -> str:
    """Titles are double-escaped too (``Members&#39; Question Time``)."""
    return re.sub(r"\s+", " ", html.unescape(value)).strip()


def html_text(markup: str) -> str:
    """Plain text of a decoded HTML field, Word hard wraps collapsed."""
    if not markup:
        return ""
    soup = BeautifulSoup(markup, "lxml")
    paragraphs = [re.sub(r"\s+", " ", p.get_text(" ")).strip() for p in soup.find_all(["p", "li", "td", "h1", "h2", "h3"])]
    paragraphs = [p for p in paragraphs if p]
    return "\n".join(paragraphs) if paragraphs else re.sub(r"\s+", " ", soup.get_text(" ")).strip()


def parse_root(body: bytes | None, root: str, what: str) -> etree._Element:
    """The parsed body, or NotModernGov saying what came instead."""
    if not body or not body.strip():
        raise NotModernGov(f"{what}: empty answer where XML was expected")
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)
    try:
        element = etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        element = None
    tag = etree.QName(element).localname.lower() if element is not None and isinstance(element.tag, str) else None
    if tag == root:
        return element
    head = body[:4096].decode("utf-8", "replace")
    title = re.search(r"<title[^>]*>(.*?)</title>", head, re.IGNORECASE | re.DOTALL)
    if re.search(r"<(!doctype html|html|script|head|body)\b", head, re.IGNORECASE):
        described = "an HTML page" + (f" titled {clean_title(title.group(1))!r}" if title and title.group(1).strip() else "")
    elif tag:
        described = f"XML with root <{tag}>"
    else:
        described = "something that is not XML"
    raise NotModernGov(f"{what}: expected XML with root <{root}>, got {described}; is this the ModernGov base URL?")


# -- parsing ------------------------------------------------------------------


def parse_committees(body: bytes) -> list[Committee]:
    root = parse_root(body, "committees", "GetCommittees")
    return [
        Committee(
            id=number(c, "committeeid"),
            title=clean_title(text(c, "committeetitle")),
            expired=flag(c, "committeeexpired"),
            deleted=flag(c, "committeedeleted"),
            category=text(c, "committeecategory") or None,
        )
        for c in root.iter("committee")
        if number(c, "committeeid") is not None
    ]


def parse_meetings(body: bytes, committee: Committee) -> list[MeetingRef]:
    root = parse_root(body, "getmeetings", "GetMeetings")
    # Search descendants: the nesting differs between operations and installs.
    return [
        MeetingRef(
            id=number(m, "meetingid"),
            date=ddmmyyyy(text(m, "meetingdate")),
            time=text(m, "meetingtime"),
            status=text(m, "meetingstatus"),
            committee_id=committee.id,
            committee_title=committee.title,
        )
        for m in root.iter("meeting")
        if number(m, "meetingid") is not None
    ]


def parse_linked_doc(d) -> LinkedDoc:
    return LinkedDoc(
        attachment_id=number(d, "attachmentid"),
        title=clean_title(text(d, "title")),
        url=text(d, "url"),
        is_url=flag(d, "isurl"),
        restricted=flag(d, "isrestricted"),
        decision_attachment=flag(d, "isdecisionattachment"),
        publication_date=ddmmyyyy(text(d, "publicationdate")),
    )


def parse_meeting(body: bytes) -> Meeting:
    root = parse_root(body, "meeting", "GetMeeting")
    items = []
    for a in root.iter("agendaitem"):
        if number(a, "agendaitemid") is None:
            continue
        items.append(AgendaItem(
            id=number(a, "agendaitemid"),
            title=clean_title(text(a, "agendaitemtitle")),
            number=text(a, "fulldisplaynumberformat") or text(a, "agendaitemnumber"),
            agenda_html=text(a, "agendatext"),
            minutes_html=text(a, "minutesnonemptyhtmlbody"),
            decision_html=text(a, "decisionnonemptyhtmlbody"),
            restricted=flag(a, "isrestricted"),
            display_allowed=flag(a, "isdisplayallowed", default=True),
            is_decision=flag(a, "isdecision"),
            decision_published=flag(a, "isdecisionpublished"),
            minute_published=flag(a, "isminutepublished"),
            documents=[parse_linked_doc(d) for d in a.iter("linkeddoc") if text(d, "url")],
        ))
    return Meeting(
        id=number(root, "meetingid"),
        date=ddmmyyyy(text(root, "meetingdate")),
        time=text(root, "meetingtime"),
        status=text(root, "meetingstatus"),
        display_allowed=flag(root, "isdisplayallowed", default=True),
        agenda_published=flag(root, "agendapublished"),
        minute_published=flag(root, "minutepublished"),
        decision_published=flag(root, "decisionpublished"),
        items=items,
    )


# -- the service ----------------------------------------------------------------


class WebService:
    """GET-form calls to ``<base>/mgWebService.asmx/<Operation>``."""

    def __init__(self, client: PoliteClient, base_url: str):
        self.client = client
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"

    def url(self, operation: str, **params) -> str:
        query = f"?{urlencode(params)}" if params else ""
        return f"{self.base_url}mgWebService.asmx/{operation}{query}"

    def meeting_page_url(self, committee_id: int, meeting_id: int) -> str:
        return f"{self.base_url}ieListDocuments.aspx?CId={committee_id}&MId={meeting_id}"

    def agenda_item_url(self, item_id: int) -> str:
        return f"{self.base_url}mgAi.aspx?ID={item_id}"

    def committees(self) -> list[Committee]:
        return parse_committees(self.client.get(self.url("GetCommittees")).body)

    def meetings_url(self, committee: Committee, start: dt.date, end: dt.date) -> str:
        return self.url("GetMeetings", lCommitteeId=committee.id,
                        sFromDate=start.strftime("%d/%m/%Y"), sToDate=end.strftime("%d/%m/%Y"))

    def delegated_decisions_url(self, start: dt.date, end: dt.date) -> str:
        dates = f"{start.strftime('%d/%m/%Y')}-{end.strftime('%d/%m/%Y')}"
        return (f"{self.base_url}mgDelegatedDecisions.aspx?XXR=0&DR={quote(dates, safe='-')}&ACT=Find&RP=0&K=0&V=0"
                "&DM=0&HD=0&DS=2&Next=true&META=mgdelegateddecisions")

    def meetings(self, committee: Committee, start: dt.date, end: dt.date) -> list[MeetingRef]:
        fetched = self.client.get(self.meetings_url(committee, start, end))
        # Some installs ignore the dates, so the window is applied here too.
        return [m for m in parse_meetings(fetched.body, committee) if m.date and start <= m.date <= end]

    def meeting_url(self, meeting_id: int) -> str:
        # Fetched by the caller, conditionally, because a 304 needs the cached answer.
        return self.url("GetMeeting", lMeetingId=meeting_id)
