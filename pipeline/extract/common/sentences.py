"""Sentences and clauses of a page, as character spans of the page text.

Events quote the sentence that states them, so sentences are found on the
page text itself (never on a whitespace-collapsed copy) and every span is an
exact slice. Hard-wrapped PDF lines stay inside their sentence; a blank line,
a list marker at the start of a line, or sentence punctuation followed by a
capital ends one.
"""

from __future__ import annotations

import re

# Words whose full stop does not end a sentence ("Mr. Smith", "e.g. the").
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "no", "cllr", "prof", "rev", "eg", "e.g", "ie", "i.e", "cf", "vs",
                 "para", "paras", "fig", "ref", "approx", "inc", "ltd", "co", "nos", "etc", "op", "cit"}
BULLETS = "•·▪●◦○■□➢►\u2022\u25aa\u25cf*"
# A list marker opening a line: a bullet or dash, (a), a), 1., 1), 1.1, 2.3.1
LINE_MARKER = rf"(?:[{BULLETS}\-–—]|\(?[a-zA-Z]\)|\(?(?:[ivx]{{1,4}}|\d{{1,3}})[.)]|\d{{1,3}}(?:\.\d{{1,3}})+\.?)(?=\s)"
BREAK = re.compile(
    r"\n[ \t]*\n"                                              # blank line
    rf"|\n(?=[ \t]*{LINE_MARKER})"                             # a list item starts a line
    r"|(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘(]?[A-Z0-9])"           # full stop, then a capital
)
# A short line that cannot run on (a title, a link, a heading) ends a sentence
# when the next line starts with a capital; a hard-wrapped PDF line is longer,
# or ends in a comma or a word like "and" that needs its continuation.
SHORT_LINE = 50
RUNS_ON = re.compile(r"(?:[,;:(&\-–—/]|\d(?:st|nd|rd|th)?|\b(?:and|or|of|the|a|an|to|by|in|on|for|with|at|from))\s*$",
                     re.IGNORECASE)
SMALL_WORDS = {"and", "or", "of", "the", "a", "an", "to", "by", "in", "on", "for", "with", "at", "from"}
LINE_END = re.compile(r"\n(?=[ \t]*[A-Z])")
ABBREVIATION_END = re.compile(r"([A-Za-z.]+)\.\W*$")  # the word before a full stop: "Mr." "e.g."
TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# A table row as text ("WSoA approved | 12 September 2019", "| Inspection | 11-15 March 2019 |"):
# each row is a sentence of its own, whatever its last cell ends with.
TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$|\S[ \t]+\|[ \t]+\S", re.MULTILINE)
LEADING_MARKER = re.compile(rf"^(?:\s*{LINE_MARKER}\s*)+")
CLAUSE_BREAK = re.compile(
    r",\s+(?=(?:and|but|so|which|who|whilst|while|where|although|though)\b)"
    r"|,\s+(?=(?:the\s+)?[a-z]+\s+of\s+which\b|(?:in|at|during|after|following|by)\s+which\b)"
    r"|;|:\s|\s[–—-]\s"
    r"|\s(?=and\s+(?:was|were|is|are|has|had|have|will|would|this|it|then|identified|judged|required|concluded|"
    r"demonstrated|found|published|approved|submitted)\b)"
)


def _ends_with_abbreviation(text: str, stop: int) -> bool:
    """True when the full stop just before ``stop`` belongs to "Mr." or an initial."""
    match = ABBREVIATION_END.search(text[max(0, stop - 12):stop])
    if not match:
        return False
    word = match.group(1).lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _title_like(line: str) -> bool:
    """A title or link text: no comma, its words mostly capitalised
    ("Ofsted Report - October 2019 (PDF)"), unlike a wrapped line of prose."""
    if "," in line:
        return False
    words = [w for w in TITLE_WORD.findall(line) if w.lower() not in SMALL_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of one page's text, trimmed of whitespace and
    of list markers at their start."""
    breaks = []
    for match in BREAK.finditer(text):
        if text[match.start() - 1:match.start()] == "." and _ends_with_abbreviation(text, match.start()):
            continue
        breaks.append((match.start(), match.end()))
    for match in LINE_END.finditer(text):
        line = text[text.rfind("\n", 0, match.start()) + 1:match.start()].strip()
        if line and len(line) <= SHORT_LINE and not RUNS_ON.search(line) and _title_like(line):
            breaks.append((match.start(), match.end()))
    for match in TABLE_ROW.finditer(text) if "|" in text else ():  # every row holds a "|"; most pages none
        end = text.find("\n", match.start())
        if end != -1:
            breaks.append((end, end + 1))
    spans, start = [], 0
    for begin, end in sorted(breaks):
        if begin >= start:
            spans.append((start, begin))
            start = end
    spans.append((start, len(text)))
    out = []
    for begin, end in spans:
        piece = text[begin:end]
        lead = LEADING_MARKER.match(piece)
        skip = lead.end() if lead else len(piece) - len(piece.lstrip())
        begin, end = begin + skip, begin + len(piece.rstrip())
        if end > begin:
            out.append((begin, end))
    return out


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the clauses of the sentence text[start:end]: a milestone's date
    usually sits in the same clause as the words that say what happened."""
    out, begin = [], start
    for match in CLAUSE_BREAK.finditer(text, start, end):
        out.append((begin, match.start()))
        begin = match.end()
    out.append((begin, end))
    return [(b, e) for b, e in out if e > b]
