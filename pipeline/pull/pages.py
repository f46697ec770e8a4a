"""ModernGov's HTML pages: what the web service leaves out.

GetMeeting omits the meeting-level ``documents/g<mid>/`` PDFs (printed minutes,
printed decisions, packs) and links no decision pages; the meeting page
(``ieListDocuments.aspx``) has both. Decision pages carry their accompanying
documents, and delegated and officer decisions exist only as HTML lists.
Selection uses the stable ``mg*`` classes, never the council's chrome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup

import datetime as dt

from pipeline.pull.urls import attachment_id, clean_href, meeting_page_id, query_value

SIZE_SUFFIX = re.compile(r"\(?\s*(pdf|doc|docx|xls|xlsx|html?)?\s*,?\s*[\d.,]+\s*(kb|mb|gb|bytes)\s*\)?\s*$", re.IGNORECASE)
G_DOCUMENT = re.compile(r"/documents/g\d+/", re.IGNORECASE)
DERIVED = re.compile(r"reports? pack|agenda frontsheet|supplement", re.IGNORECASE)


@dataclass
class PageLink:
    url: str
    label: str  # link text without the size suffix

    @property
    def attachment_id(self) -> int | None:
        return attachment_id(self.url)


@dataclass
class PageItem:
    number: str
    title: str
    agenda_item_id: int | None = None  # from an AIId= or mgAi.aspx?ID= link, when there is one
    documents: list[PageLink] = field(default_factory=list)
    decisions: list[PageLink] = field(default_factory=list)  # ieDecisionDetails.aspx links


@dataclass
class MeetingPage:
    heading: str
    meeting_documents: list[PageLink] = field(default_factory=list)  # the g-PDFs
    items: list[PageItem] = field(default_factory=list)

    def all_links(self) -> list[PageLink]:
        links = list(self.meeting_documents)
        for item in self.items:
            links += item.documents + item.decisions
        return links


def link_label(anchor) -> str:
    copy = BeautifulSoup(str(anchor), "lxml").a
    for hidden in copy.select(".mgFileSize, .mgHide"):
        hidden.decompose()
    label = re.sub(r"\s+", " ", copy.get_text(" ")).strip()
    return SIZE_SUFFIX.sub("", label).strip() or re.sub(r"^Link to\s+", "", anchor.get("title", "")).strip()


def is_decision_link(href: str) -> bool:
    """``ieDecisionDetails.aspx?ID=`` / ``?AIId=``, and ``mgDecisionDetails.aspx?IId=`` seen on real sites."""
    lower = href.lower()
    return "iedecisiondetails.aspx" in lower or "mgdecisiondetails.aspx" in lower


def decision_stem(url: str, fallback_item: int | None = None) -> str:
    """A file name that says which decision: by its ID, else the agenda item or issue it hangs on."""
    if "mgdecisiondetails.aspx" in url.lower():
        return f"mgDecisionDetails-IId-{query_value(url, 'IId') or query_value(url, 'ID')}"
    number = query_value(url, "ID")
    return f"ieDecisionDetails-{number}" if number else f"ieDecisionDetails-AIId-{query_value(url, 'AIId') or fallback_item}"


def meeting_document_kind(link: PageLink, wanted: list[str]) -> str | None:
    """Which configured kind ("printed minutes", ...) a g-PDF is; None for packs and the rest."""
    haystack = f"{link.label} {link.url}".lower().replace("%20", " ")
    for kind in wanted:
        if kind.lower() in haystack:
            return kind
    return None


def is_derived_pack(link: PageLink) -> bool:
    """Packs concatenate the item reports we fetch one by one, so they are not stored."""
    return bool(DERIVED.search(f"{link.label} {link.url}".replace("%20", " ")))


def parse_item_row(row, page_url: str) -> PageItem | None:
    number_cell = row.select_one("td.mgItemNumberCell")
    title_nodes = [p for p in row.select("p.mgAiTitleTxt") if number_cell is None or p not in number_cell.find_all("p")]
    if not title_nodes:
        return None
    title = re.sub(r"\s+", " ", SIZE_SUFFIX.sub("", link_label(title_nodes[0]) if title_nodes[0].a
                                                 else title_nodes[0].get_text(" "))).strip()
    item = PageItem(number=number_cell.get_text(" ", strip=True) if number_cell else "", title=title)
    for anchor in row.select("a[href]"):
        url = clean_href(anchor["href"], page_url)
        link = PageLink(url, link_label(anchor))
        ai_id = query_value(url, "AIId") if is_decision_link(url) else (
            query_value(url, "ID") if "mgai.aspx" in url.lower() else None)
        if ai_id and ai_id.isdigit():
            item.agenda_item_id = int(ai_id)
        if is_decision_link(url):
            item.decisions.append(link)
        elif "/documents/" in url.lower() and not G_DOCUMENT.search(url):
            item.documents.append(link)
    return item


def parse_meeting_page(markup: bytes | str, page_url: str) -> MeetingPage:
    soup = BeautifulSoup(markup, "lxml")
    heading = soup.select_one(".mgSubTitleTxt")
    page = MeetingPage(heading=re.sub(r"\s+", " ", heading.get_text(" ")).strip() if heading else "")
    seen: set[str] = set()
    for anchor in soup.select(".mgContent a[href], .mgActionList a[href], .mgLinks a[href]"):
        url = clean_href(anchor["href"], page_url)
        if G_DOCUMENT.search(url) and url not in seen:
            seen.add(url)
            page.meeting_documents.append(PageLink(url, link_label(anchor)))
    for row in soup.select("table.mgItemTable tr, #mgItemTable tr"):
        item = parse_item_row(row, page_url)
        if item is not None:
            page.items.append(item)
    return page


DECISION_PAGE = re.compile(r"mgplaniteminforce|date of decision|decision maker\s*:|decided at meeting|decision details",
                           re.IGNORECASE)


def looks_like_meeting_page(markup: bytes) -> bool:
    """A meeting page has an agenda table or meeting-level PDFs. Other ModernGov pages share its
    chrome (``mgSubTitleTxt``, ``mgActionList``): a decision page in its place (a redirect, a
    changed URL) must not be read as a meeting that lists nothing, or every stored document of
    the meeting would be marked gone upstream."""
    head = markup[:400_000].decode("utf-8", "replace")
    agenda = re.search(r"mgItemTable", head, re.IGNORECASE) or G_DOCUMENT.search(head.replace("%20", " "))
    return bool(agenda) and not (DECISION_PAGE.search(head) and not re.search(r"mgItemTable", head, re.IGNORECASE))


def is_decision_page(markup: bytes) -> bool:
    head = markup[:400_000].decode("utf-8", "replace")
    return bool(re.search(r"mgSubTitleTxt", head)) and bool(DECISION_PAGE.search(head)) \
        and not re.search(r"mgItemTable", head, re.IGNORECASE)


def decision_documents(markup: bytes, page_url: str) -> list[PageLink]:
    """A decision page's "Accompanying Documents" (``ul.mgBulletList`` links to files)."""
    soup = BeautifulSoup(markup, "lxml")
    links, seen = [], set()
    for anchor in soup.select(".mgContent ul.mgBulletList a[href], ul.mgBulletList a[href]"):
        url = clean_href(anchor["href"], page_url)
        lower = url.lower()
        if ("/documents/" in lower or "convert2pdf.aspx" in lower) and url not in seen:
            seen.add(url)
            links.append(PageLink(url, link_label(anchor)))
    return links


@dataclass
class DecidedAt:
    meeting_id: int | None
    date: dt.date | None
    committee: str | None


def decided_at(markup: bytes, page_url: str) -> DecidedAt | None:
    """"Decided at meeting: 19/10/2015 - Policy Committee" on a decision page (MId= or MID=)."""
    soup = BeautifulSoup(markup, "lxml")
    for anchor in soup.select(".mgContent a[href]"):
        meeting = meeting_page_id(clean_href(anchor["href"], page_url))
        if meeting is None:
            continue
        text = re.sub(r"\s+", " ", anchor.get_text(" ")).strip()
        match = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})\s*-\s*(.+)", text)
        if match:
            day, month, year, committee = match.groups()
            try:
                return DecidedAt(meeting, dt.date(int(year), int(month), int(day)), committee.strip())
            except ValueError:
                pass
        return DecidedAt(meeting, None, None)
    return None


@dataclass
class ListedDecision:
    url: str
    title: str
    date: dt.date | None  # the list's date column (publication date)


def parse_decision_list(markup: bytes, page_url: str) -> list[ListedDecision]:
    """Rows of a delegated or officer decision list that link to a decision (not issue histories)."""
    soup = BeautifulSoup(markup, "lxml")
    found, seen = [], set()
    for row in soup.select("tr"):
        anchor = next((a for a in row.select("a[href]") if is_decision_link(a["href"])), None)
        if anchor is None:
            continue
        url = clean_href(anchor["href"], page_url)
        if url in seen:
            continue
        seen.add(url)
        cells = row.find_all("td")
        date = None
        for cell in cells[1:]:
            match = re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", cell.get_text(" "))
            if match:
                day, month, year = map(int, match.groups())
                try:
                    date = dt.date(year, month, day)
                except ValueError:
                    pass
                break
        found.append(ListedDecision(url, link_label(anchor), date))
    return found


MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
WRITTEN_DATE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?[\s.-]+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?[\s.-]+(\d{4})\b",
                          re.IGNORECASE)
NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})\b")
MINUTES = re.compile(r"\bminutes\b", re.IGNORECASE)


def first_date(text: str) -> dt.date | None:
    for match in WRITTEN_DATE.finditer(text):
        day, month, year = match.groups()
        try:
            return dt.date(int(year), MONTHS[month[:3].lower()], int(day))
        except ValueError:
            continue
    for match in NUMERIC_DATE.finditer(text):
        day, month, year = (int(g) for g in match.groups())
        try:
            return dt.date(year + 2000 if year < 100 else year, month, day)
        except ValueError:
            continue
    return None


def recorded_meeting(doc_title: str, item_title: str, item_text: str, meeting_date: dt.date | None) -> tuple[dt.date, str] | None:
    """The earlier meeting a set of minutes records, when they are filed under the meeting that
    approved them ("CHAIR APPROVED Minutes Audit Committee 25 Nov 2025" under 10 Feb 2026).

    The document's title says which meeting, else the agenda item's text ("the minutes of the
    meeting held on 25 November 2025"); only a date before the publishing meeting counts.
    """
    if not MINUTES.search(doc_title) and not MINUTES.search(item_title):
        return None
    for source, text in (("title", doc_title), ("agenda text", item_text if MINUTES.search(item_title + " " + doc_title) else "")):
        date = first_date(text)
        if date and (meeting_date is None or date < meeting_date):
            return date, source
    return None


def decision_title(markup: bytes) -> str | None:
    soup = BeautifulSoup(markup, "lxml")
    heading = soup.select_one("h2.mgSubTitleTxt, .mgSubTitleTxt")
    return re.sub(r"\s+", " ", heading.get_text(" ")).strip() if heading else None
