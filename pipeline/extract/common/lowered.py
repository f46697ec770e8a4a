"""A cheap first look before a case-blind pattern searches a whole page.

A pattern compiled with re.IGNORECASE that needs a word (``\\blocal\\s+area\\b`` needs "local")
can match only where the text holds that word in some case, and a substring test on the text
in lower case is many times faster than the pattern's own scan. ``str.lower`` turns every
character such a pattern takes for an ASCII letter into that letter except three: "İ" and "ı"
(taken for "i") and "ſ" (taken for "s"); a text with any of them is left to the pattern.
"""

from __future__ import annotations

FOLDED_APART = ("\u0130", "\u0131", "\u017f")  # İ ı ſ


def may_hold(text: str, words: tuple[str, ...], lowered: str | None = None) -> bool:
    """False only when ``text`` holds none of ``words`` (lower-case ASCII) in any case, as a
    case-blind pattern reads case: then a pattern that needs one of them cannot match."""
    lowered = text.lower() if lowered is None else lowered
    return any(word in lowered for word in words) or any(c in text for c in FOLDED_APART)


def any_match(text: str, parts, lowered: str | None = None) -> bool:
    """Whether some pattern of ``parts`` ((word, case-blind pattern) pairs, each pattern needing its
    word) matches in ``text``: the alternatives of one pattern, each searched only where its word is."""
    lowered = text.lower() if lowered is None else lowered
    folded = any(c in text for c in FOLDED_APART)
    return any((folded or word in lowered) and pattern.search(text) is not None for word, pattern in parts)
