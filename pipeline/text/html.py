"""Web pages: a real HTML parser, main content only, block structure kept as lines."""

from __future__ import annotations

from bs4 import BeautifulSoup

from pipeline.text.plain import decode

CHROME = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg"]
# ModernGov pages put the item in .mgContent; other sites use main/article.
MAIN_SELECTORS = ["main", "[role=main]", ".mgContent", "#mgContent", "article", "#content", ".content"]
BLOCKS = ["p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "br", "table", "ul", "ol", "section", "dd", "dt"]


def main_content(soup: BeautifulSoup):
    for selector in MAIN_SELECTORS:
        found = soup.select_one(selector)
        if found is not None and found.get_text(strip=True):
            return found
    return soup.body or soup


def html_to_text(markup: str) -> str:
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(CHROME):
        tag.decompose()
    root = main_content(soup)
    for tag in root.find_all(BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    for item in root.find_all("li"):
        item.insert(0, "• ")
    return root.get_text()


def read_html(data: bytes) -> tuple[list[str], list[str]]:
    text, encoding = decode(data)
    warnings = [] if encoding == "utf-8" else [f"decoded as {encoding}"]
    return [html_to_text(text)], warnings
