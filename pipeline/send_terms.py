"""Is a resolution about SEND? Words that only SEND business uses, in the clause or its agenda item.

Minutes of a full council carry budgets, planning and appointments beside the
SEND items; researchers want the SEND ones. A clause counts when it, or the
text just before it on its page (the item's heading and discussion), names SEND
business. "SEND" itself only counts in capitals (send is also a verb).
"""

from __future__ import annotations

import re

SEND_WORDS = re.compile(
    r"\bSEND\b|\bSEN\b|special educational needs|\bEHCP|\bEHC\b|education,? health and care plan"
    r"|written statement of action|\bWSoA\b|accelerated progress plan|high needs|safety valve|\bSENCO"
    r"|area SEND|local area inspection|children and young people with disabilities|neurodivers|\bautis",
    re.IGNORECASE)
CAPITALS_ONLY = {"send", "sen"}
# How much of the page before the clause counts as its agenda item.
CONTEXT_CHARS = 600


def mentions_send(text: str) -> bool:
    for match in SEND_WORDS.finditer(text or ""):
        word = match.group(0)
        if word.lower() in CAPITALS_ONLY and not word.isupper():
            continue
        return True
    return False


def about_send(clause: str, page_text: str | None, char_start: int | None) -> int:
    """1 when the clause or the lines before it on its page are about SEND, else 0."""
    if mentions_send(clause):
        return 1
    if page_text and char_start is not None:
        return int(mentions_send(page_text[max(0, char_start - CONTEXT_CHARS):char_start]))
    return 0
