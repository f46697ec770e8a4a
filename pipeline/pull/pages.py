"""ModernGov's meeting page (``ieListDocuments.aspx``): what the web service leaves out.

GetMeeting omits the meeting-level ``documents/g<mid>/`` PDFs (printed minutes,
printed decisions, packs) and links no decision pages; the meeting page has
both. Selection uses the stable ``mg*`` classes, never the council's chrome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup

from pipeline.pull.urls import attachment_id, clean_href, query_value

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
    return "iedecisiondetails.aspx" in href.lower()


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


def looks_like_meeting_page(markup: bytes) -> bool:
    head = markup[:200_000].decode("utf-8", "replace").lower()
    return "mgsubtitletxt" in head or "mgitemtable" in head or "mgactionlist" in head


def decision_title(markup: bytes) -> str | None:
    soup = BeautifulSoup(markup, "lxml")
    heading = soup.select_one("h2.mgSubTitleTxt, .mgSubTitleTxt")
    return re.sub(r"\s+", " ", heading.get_text(" ")).strip() if heading else None
