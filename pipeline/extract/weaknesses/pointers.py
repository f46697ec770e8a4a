"""Where a document says its findings are written, not what they are: one vocabulary for every reader.

"... which are set out in paragraphs 4.6 to 4.10", "the two areas listed above", "given in the first column of the
tracker below", "as follows": an intro that promises the list below it (``PROMISES_LIST``, ``PARAGRAPH_RANGE``); an
enumeration that opens with where its items stand (``POINTER_OPENING``); an item that names no finding, only where
findings are written (``points_elsewhere``), which the sentence readers drop and ``decide`` weighs against.
"""

from __future__ import annotations

import re

# Verbs that set text out in some place: a pointer with any place after them.
SET_OUT = r"(?:set\s+out|listed|shown|described|detailed|summari[sz]ed|reproduced|attached|outlined|given)"
# Verbs an inspection finds with too ("the weaknesses identified in the report"): a pointer only with a place
# relative to the page itself ("identified above").
FOUND = r"(?:identified|named|mentioned)"
RELATIVE_PLACE = r"(?:above|below|earlier|overleaf)"
# A place in the document: "below", "in Appendix 1", "in the first column of the tracker", "at paragraph 3".
PLACE = (rf"(?:{RELATIVE_PLACE}|as\s+follows|(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}?"
         r"(?:appendix|annexe?|table|tracker|report|letter)\b|(?:in|at)\s+(?:paragraphs?|paras?\.?|sections?)\s+\d)")

# "... which are set out in paragraphs 2.5 to 2.8", "... in paragraphs 6 to 8": numbered paragraphs by their numbers
# (``first`` the first one's, ``deeper`` any third level of it, "3.3.1").
PARAGRAPH_RANGE = re.compile(r"\b(?:paragraphs|paras\.?)\s+(?P<first>\d{1,2}(?:\.\d{1,2})?)(?P<deeper>(?:\.\d{1,2})*)\s*"
                             r"(?:to|-|–|and)\s*\d", re.IGNORECASE)
# A sentence that ends with a full stop but still promises the list below it.
PROMISES_LIST = re.compile(rf"\b(?:the\s+following|as\s+follows|below)\b|{PARAGRAPH_RANGE.pattern}", re.IGNORECASE)
# An enumeration that opens with where its items are: "They are | set out, with the lead for each, ... at Appendix 1".
POINTER_OPENING = re.compile(SET_OUT + r"\b", re.IGNORECASE)  # used with .match at the enumeration's start
# An item that only points at where findings are written: its predicate is the pointer ("three areas, which are
# summarised below", "set out in Appendix 1", "the other two, which are given in the first column of the tracker
# below"), or it names them by a place on the page ("those listed above", "those in paragraphs 3.3(c) and 3.3(d)").
POINTS_ELSEWHERE = re.compile(
    rf"(?:^|\b(?:are|is|were|was)\s+(?:\w+\s+)?){SET_OUT}\s+(?:[\w’'-]+\s+){{0,4}}?{PLACE}"
    rf"|\b(?:{SET_OUT}|{FOUND})\s+{RELATIVE_PLACE}\b|\b(?:in|at)\s+(?:paragraphs?|paras?\.?|sections?)\s+\d"
    r"|\bas\s+follows\b|\bthe\s+following\b"
    # "the weaknesses listed in the table below": the findings named by where they are written
    rf"|^(?:the\s+|those\s+)?(?:[\w-]+\s+){{0,2}}?(?:weakness(?:es)?|findings|concerns|priorities|priority\s+actions"
    rf"|areas?(?:\s+(?:for|of)\s+(?:\w+\s+)?(?:improvement|weakness|concern))?)\s+{SET_OUT}\s+"
    rf"(?:[\w’'-]+\s+){{0,4}}?{PLACE}", re.IGNORECASE)
PLACE_WORDS = ("above", "below", "earlier", "overleaf", "follow", "ppendix", "nnex", "able", "racker", "eport",
               "etter", "ara", "ection")  # one of them in every pointer: the cheap test first


def points_elsewhere(text: str) -> bool:
    """An item that names no finding, only where findings are written."""
    return any(word in text for word in PLACE_WORDS) and bool(POINTS_ELSEWHERE.search(text))
