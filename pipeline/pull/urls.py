"""URL cleaning and the stable keys documents are de-duplicated on.

ModernGov hrefs hold literal spaces (and sometimes CR/LF), hosts come back in
mixed case, and one document has two URLs (``mgConvert2PDF.aspx?ID=n`` and
``documents/s<n>/<title>.pdf``), so keys are built here and nowhere else.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, urljoin, urlsplit, urlunsplit

CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Characters left as they are when percent-encoding; "%" is kept so that
# already-encoded hrefs are not encoded twice.
SAFE = "%/:?=&#+;,@!$'()*~[]"
# mgConvert2PDF.aspx, and ceconvert2pdf.aspx on Welsh-language sites: both take the attachment id.
CONVERT_ID = re.compile(r"(mg|ce)convert2pdf\.aspx$", re.IGNORECASE)
# The meeting page, English (ieListDocuments) or Welsh (CeListDocuments), with MId= or MID=.
MEETING_PAGE = re.compile(r"(ie|ce)listdocuments\.aspx$", re.IGNORECASE)
S_DOCUMENT = re.compile(r"/documents/s(\d+)/", re.IGNORECASE)


def clean_href(href: str, base: str) -> str:
    """An absolute, percent-encoded URL from an href as found in a page."""
    href = CONTROL.sub("", href or "").strip()
    return quote(urljoin(base, href), safe=SAFE)


def normalise(url: str) -> str:
    """The form two spellings of one URL share: lower-case scheme and host, no
    default port, no fragment, encoded consistently."""
    parts = urlsplit(clean_href(url, ""))
    host = (parts.hostname or "").lower()
    if parts.port and not ((parts.scheme == "http" and parts.port == 80) or (parts.scheme == "https" and parts.port == 443)):
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", parts.query, ""))


def query_value(url: str, *names: str) -> str | None:
    """A query parameter, whatever its case (ModernGov mixes ``MId``/``MID``, ``ID``/``Id``)."""
    wanted = {n.lower() for n in names}
    for key, value in parse_qsl(urlsplit(url).query):
        if key.lower() in wanted:
            return value
    return None


def attachment_id(url: str) -> int | None:
    """The ModernGov attachment id behind a document URL, if it has one."""
    parts = urlsplit(url)
    if CONVERT_ID.search(parts.path):
        value = query_value(url, "ID")
        return int(value) if value and value.isdigit() else None
    match = S_DOCUMENT.search(parts.path)
    return int(match.group(1)) if match else None


def document_key(url: str, attachment: int | None = None) -> str:
    """One key per document: the attachment id when there is one, else the URL."""
    attachment = attachment if attachment is not None else attachment_id(url)
    return f"attachment:{attachment}" if attachment is not None else f"url:{normalise(url)}"


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{(parts.netloc or '').lower()}"


def meeting_page_id(url: str) -> int | None:
    """The meeting id of a link to a meeting page (``ieListDocuments.aspx?CId=1&MId=2``,
    ``MID=2``, or the Welsh ``CeListDocuments.aspx``), else None."""
    if not MEETING_PAGE.search(urlsplit(url).path):
        return None
    value = query_value(url, "MId")
    return int(value) if value and value.isdigit() else None
