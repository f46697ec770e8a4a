"""The verb that says what a resolution or recommendation does: noted,
agreed, approved, endorsed, delegated, ...

Councils write the same decision many ways ("RESOLVED that the report be
noted", "Note the forecast", "That Cabinet notes", "Noted the progress"), so
every inflection of a decision verb maps to one past-tense action.
"""

from __future__ import annotations

import re

# stem -> action; "notes", "noted", "NOTE" all find the stem "note" (see stem_of)
ACTIONS = {
    "note": "noted", "agree": "agreed", "approve": "approved", "endorse": "endorsed",
    "delegate": "delegated", "defer": "deferred", "reject": "rejected", "receive": "received",
    "adopt": "adopted", "confirm": "confirmed", "elect": "elected", "appoint": "appointed",
    "welcome": "welcomed", "support": "supported", "recommend": "recommended", "consider": "considered",
    "review": "reviewed", "request": "requested", "authorise": "authorised", "authorize": "authorised",
    "accept": "accepted", "refer": "referred", "establish": "established", "ratify": "ratified",
    "resolve": "resolved", "decide": "decided", "order": "ordered", "withdraw": "withdrew",
    "scrutinise": "scrutinised", "comment": "commented", "ask": "requested",
}
IRREGULAR = {"ratified": "ratify", "ratifies": "ratify", "withdrew": "withdraw", "withdrawn": "withdraw",
             "noting": "note", "agreeing": "agree", "approving": "approve", "endorsing": "endorse"}
# Verbs that often only frame a decision ("considered the report and endorsed it").
WEAK = {"considered", "commented", "resolved", "decided", "ordered"}
WORD = re.compile(r"[A-Za-z]+")
DETERMINERS = {"the", "a", "an", "this", "that", "these", "its", "their", "our", "any", "all"}
# "Cabinet is asked to NOTE", "It is recommended that the Board notes": the verb comes after
ASKED_TO = re.compile(r"\b(?:is|are)\s+(?:asked|invited|recommended|requested)\s+to\b"
                      r"|\bit\s+is\s+(?:therefore\s+)?recommended\s+that\b", re.IGNORECASE)
MINUTES_APPROVED = re.compile(r"\b(?:correct|true|accurate)\s+record\b", re.IGNORECASE)


def stem_of(word: str) -> str | None:
    """The ACTIONS stem of an inflected word ("notes", "Noted", "DELEGATE"), or None."""
    word = word.lower()
    if word in IRREGULAR:
        return IRREGULAR[word]
    for suffix in ("", "s", "d", "ed", "red"):  # not "-ing": "Commissioning Plan" is a noun
        if suffix and not word.endswith(suffix):
            continue
        base = word[: len(word) - len(suffix)] if suffix else word
        for candidate in (base, base + "e"):
            if candidate in ACTIONS:
                return candidate
    return None


def is_adjective(words: list[str], index: int) -> bool:
    """"the approved budget", "the agreed actions": a participle after a
    determiner describes a noun, it is not the decision."""
    return index > 0 and words[index - 1].lower() in DETERMINERS and words[index].lower().endswith("ed")


def action_of(text: str, fallback: str | None = None) -> str | None:
    """The first decision verb of a clause (a framing verb gives way to a
    later one); ``fallback`` (from the intro, "RESOLVED that Cabinet agree
    to:") when the clause has none of its own. In "X is asked to NOTE ..."
    the verb is looked for after "asked to"."""
    asked = ASKED_TO.search(text)
    if asked and action_of(text[asked.end():]):
        text = text[asked.end():]
    words = WORD.findall(text)
    found: list[str] = []
    for index, word in enumerate(words):
        stem = stem_of(word)
        if stem and not is_adjective(words, index) and not _is_noun_use(words, index, stem):
            found.append(ACTIONS[stem])
            if found[0] not in WEAK:
                break
    strong = [verb for verb in found if verb not in WEAK]
    if strong:
        return strong[0]
    if MINUTES_APPROVED.search(text):
        return "approved"  # "the minutes ... were a correct record"
    return found[0] if found else fallback


def _is_noun_use(words: list[str], index: int, stem: str) -> bool:
    """"an annual review", "the support offer", "a note of": the bare stem
    after a determiner or adjective-like word is a noun."""
    word = words[index].lower()
    if word != stem and word != stem + "s":
        return False
    before = words[index - 1].lower() if index else ""
    return before in DETERMINERS or before in {"annual", "further", "additional", "for", "of", "with"}
