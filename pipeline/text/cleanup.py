"""Turn raw page text into clean text: the same rules for every engine.

Running headers, footers and page numbers repeat on most pages of a report;
they would otherwise break clauses that run over a page boundary and pollute
the facts, so they are removed here, once, before anything reads the text.
A running line's date is the exception, once: some papers print the meeting's
or the publication's date only there, and a reader counts it. Only the date is
kept, not the title around it, which would read as a sentence about the date.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–—])?\s*$",
    re.IGNORECASE,
)
EDGE_LINES = 3  # how many lines at the top and bottom of a page may be running headers
# A date as a running line prints it: a month by name with a year ("15 March 2023", "March 25"),
# or day/month/year with slashes ("14/01/25"); dotted codes ("25.03.11") are often references.
MONTH_NAMES = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
DATED = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH_NAMES}\.?,?\s+\d{{2,4}}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b",
    re.IGNORECASE,
)
# Tried only where a word starts: from every letter of a long run of letters the match
# would read to the run's end, which is quadratic on one long "word".
HYPHENATED_BREAK = re.compile(r"(?<![A-Za-z])([A-Za-z]{2,})-\n([a-z]{2,})")
SPACE_CHARS = r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]"
# A run of spaces, or one odd space: a single plain space (most of a page's) is left alone, not replaced by itself.
SPACES = re.compile(rf"{SPACE_CHARS}{{2,}}|[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]")
BLANK_RUNS = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """Unicode-normalise, fold odd spaces, trim lines, keep paragraph breaks."""
    text = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00ad", "").replace("\ufeff", "").replace("\x0c", "\n")
    lines = [line.strip() for line in SPACES.sub(" ", text).split("\n")]  # SPACES holds no newline
    return BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def _shape(line: str) -> str:
    """A line with its numbers masked, so "Page 3" and "Page 4" look alike."""
    return re.sub(r"\d+", "#", line.strip().lower())


def _edge_indexes(lines: list[str]) -> list[int]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return filled[:EDGE_LINES] + filled[-EDGE_LINES:]


def remove_running_lines(pages: list[str]) -> list[str]:
    """Drop page numbers and lines repeated at the edges of many pages.

    A date printed only in a dropped running line goes, once, to the top of the
    first page that ran it, as a paragraph of its own (see the module's docstring):
    at the top it cannot split a clause that runs on over the page break.
    """
    split = [page.split("\n") for page in pages]
    counts: Counter[str] = Counter()
    for lines in split:
        counts.update({_shape(lines[i]) for i in _edge_indexes(lines)})
    threshold = max(3, int(0.4 * len(pages)) + 1)
    repeated = {shape for shape, n in counts.items() if n >= threshold and shape}
    kept, dropped = [], []
    for lines in split:
        drop = {
            i
            for i in _edge_indexes(lines)
            if _shape(lines[i]) in repeated or PAGE_NUMBER.match(lines[i])
        }
        kept.append("\n".join(line for i, line in enumerate(lines) if i not in drop))
        dropped.append([lines[i] for i in sorted(drop)])
    return _with_running_dates(kept, dropped)


def _with_running_dates(kept: list[str], dropped: list[list[str]]) -> list[str]:
    """Each page, led by the dates of its dropped lines that no kept text holds."""
    body = " ".join(" ".join(page.split()) for page in kept).lower()
    seen: set[str] = set()
    pages = []
    for page, lines in zip(kept, dropped):
        dates = []
        for line in lines:
            if PAGE_NUMBER.match(line):
                continue
            for date in DATED.findall(line):
                key = " ".join(date.split()).lower()
                if key not in body and key not in seen:
                    seen.add(key)
                    dates.append(date)
        pages.append("\n\n".join(["\n".join(dates), page]) if dates else page)
    return pages


def join_hyphenated(text: str) -> str:
    """Join words a PDF split across lines at a hyphen.

    Council reports come from word processors that rarely hyphenate for
    justification, so a line-end hyphen is nearly always part of the word
    ("father-\\ninclusive" -> "father-inclusive"): the hyphen is kept.
    """
    if "-\n" not in text:  # most pages: no regex pass over the page
        return text
    return HYPHENATED_BREAK.sub(r"\1-\2", text)


def clean_pages(raw_pages: list[str]) -> list[str]:
    pages = [normalise(page) for page in raw_pages]
    pages = remove_running_lines(pages)
    return [BLANK_RUNS.sub("\n\n", join_hyphenated(page)).strip() for page in pages]
