"""Web pages: a real HTML parser, main content only, block structure kept as lines."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString

from pipeline.text.plain import check_readable, decode

CHROME = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg"]
# ModernGov pages put the item in .mgContent; other sites use main/article.
MAIN_SELECTORS = ["main", "[role=main]", ".mgContent", "#mgContent", "article", "#content", ".content"]
BLOCKS = ["p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "br", "table", "ul", "ol", "section", "dd", "dt"]
BLOCK_SET = frozenset(BLOCKS)


def main_content(soup: BeautifulSoup):
    for selector in MAIN_SELECTORS:
        found = soup.select_one(selector)
        if found is not None and found.get_text(strip=True):
            return found
    return soup.body or soup


# "Page last updated 2 May 2025", "Last reviewed: 22 August 2022": the page's own date, which a site prints
# in its footer; kept (a short line alone) while the footer's links and addresses go with the chrome.
PAGE_STAMP = re.compile(r"(?i)^(?=.*\d)(?:this\s+)?(?:page\s+)?(?:was\s+)?(?:last\s+)?(?:reviewed|updated|modified|revised)(?:\s+on)?\s*:?\s+"
                        r"\S.{0,40}$")


def html_to_text(markup: str) -> str:
    soup = BeautifulSoup(markup, "lxml")
    stamps = [line.strip() for footer in soup("footer") for line in block_text(footer).splitlines()
              if PAGE_STAMP.match(line.strip())]
    for tag in soup(CHROME):
        tag.decompose()
    text = block_text(main_content(soup))
    return "\n\n".join([text, *stamps]) if stamps else text


def block_text(root) -> str:
    """``root``'s text with a line break before and after each block element and "• "
    at the start of each list item (as ``get_text`` would give after inserting them).

    One walk with an explicit stack, without changing the tree: inserting into a
    deeply nested tree costs a walk of the subtree per insertion (quadratic), and
    recursion would fail on pages nested thousands of levels deep.
    """
    types = root.interesting_string_types or root.MAIN_CONTENT_STRING_TYPES
    wanted = (lambda kind: kind is types) if isinstance(types, type) else (lambda kind: kind in types)
    parts: list[str] = []
    stack: list[tuple[object, bool]] = [(child, False) for child in reversed(root.contents)]
    while stack:
        node, closing = stack.pop()
        if closing:
            parts.append("\n")
        elif isinstance(node, NavigableString):
            if wanted(type(node)):
                parts.append(str(node))
        else:
            if node.name in BLOCK_SET:
                parts.append("\n• " if node.name == "li" else "\n")
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
    return "".join(parts)


def read_html(data: bytes) -> tuple[list[str], list[str]]:
    text, encoding = decode(data)
    check_readable(text, encoding)
    warnings = [] if encoding == "utf-8" else [f"decoded as {encoding}"]
    return [html_to_text(text)], warnings
