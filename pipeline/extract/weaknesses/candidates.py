"""What the weakness readers propose, and the one reader that proposes single sentences.

Candidates come from three readers, each generous; ``decide`` keeps or drops each one:

- ``lists``: the items of every list (marked, lettered, numbered, tabled, or lines and
  paragraphs that lost their markers) after a line that could introduce it: a colon, a
  heading, or a sentence with a full stop right above;
- ``sentences``: the findings running sentences enumerate, report or quote;
- ``standalone_findings`` (here): a web page's one-sentence paragraph that judges provision on
  its own ("Waits for assessment and diagnosis remain too long."), near what an inspection found;
- ``announced_findings`` (here): the sentences that follow, in the same paragraph, one that
  announces what needs to improve ("The report also sets out what needs to get better. Waits
  for ... remain too long. Too many plans are ...").
"""

from __future__ import annotations

import re

from pipeline.extract.weaknesses import cues, decide
from pipeline.extract.weaknesses.items import parse_marker
from pipeline.extract.weaknesses.enumerations import Sentence
from pipeline.extract.weaknesses.sentences import enumeration_start
from pipeline.extract.weaknesses.text import SENTENCE_SPLIT, Found, Line, collapse, context_before, is_hard_wrapped

FINDING_WORDS = (5, 40)  # a one-sentence finding is this long
LINES_BEFORE = 4  # lines read back for what an inspection found


def standalone_findings(lines: list[Line | None], wrapped: bool | None = None) -> list[Found]:
    """One-sentence paragraphs of a web page that judge provision, weighed by ``decide``."""
    if is_hard_wrapped(lines) if wrapped is None else wrapped:
        return []  # PDF prose is full of such sentences; its findings come as lists
    out: list[Found] = []
    for index, line in enumerate(lines):
        if line is None or not FINDING_WORDS[0] <= len(line.text.split()) <= FINDING_WORDS[1]:
            continue  # the length first: it is cheaper than the pattern and rules out long paragraphs
        if not cues.JUDGES_PROVISION.search(line.text) or parse_marker(line.text) \
                or len(SENTENCE_SPLIT.split(line.text)) > 1 or not line.text.rstrip("’'\")").endswith("."):
            continue
        before = context_before(lines, index - 1, 800, LINES_BEFORE) if index else ""
        evidence = decide.finding_evidence(line.text, before, context_before(lines, index, 2000, 40))
        above = next((lines[k].text for k in range(index - 1, max(-1, index - 3), -1) if lines[k] is not None), "")
        evidence.when(decide.is_note(line.text, above), "finding:note-under-item", decide.NOTE_UNDER_ITEM)
        if decide.keep(evidence):
            out.append(Found(line.page, line.start, line.end, collapse(line.text), evidence.reason()))
    return out


def states_finding(text: str) -> bool:
    """The sentence judges provision ("Waits ... remain too long") or says what someone should, needs to
    or must do ("Leaders should make sure ...", "The ICB must improve ..."), as the 2023 framework's areas
    for improvement are written, and retold."""
    return bool(cues.JUDGES_PROVISION.search(text) or cues.SHOULD_START.match(text) or cues.MUST_START.match(text))


def announces(sentence: str) -> bool:
    """A sentence that names what needs to improve and ends there, its findings to follow:
    "The report also sets out what needs to get better.", "Inspectors identified three areas for improvement."."""
    return sentence.rstrip().endswith(".") and cues.names_weakness(sentence) \
        and enumeration_start(sentence) is None and not cues.is_resolved(sentence) \
        and not BARE_VERDICT.search(sentence)


# "Inspectors judged that the area has not made sufficient progress.": a re-visit's verdict on the
# weakness above it; what follows is the evidence for it, not further findings.
BARE_VERDICT = re.compile(r"\bprogress[\"”’']?\s*\.\s*$", re.IGNORECASE)


def announced_findings(sentences: list[Sentence]) -> list[Found]:
    """The findings stated one sentence each after an announcing sentence in the same paragraph (a web
    page's line, a PDF's block of lines); the run ends at the first sentence that does not judge provision."""
    out: list[Found] = []
    index = 0
    while index < len(sentences) - 1:
        sentence, after = sentences[index], sentences[index + 1]
        index += 1
        if after.block != sentence.block or not sentence.text.rstrip().endswith(".") \
                or not cues.NAMING.search(sentence.lower) or not states_finding(after.text):
            continue  # the cheap tests first: most sentences announce nothing, or nothing follows
        announcement = collapse(sentence.text)
        if len(announcement.split()) < 3 or not announces(announcement):
            continue
        run = []
        for following in sentences[index:]:
            text = collapse(following.text)
            if following.block != sentence.block or not states_finding(text) \
                    or len(text.split()) > FINDING_WORDS[1] or not text.rstrip("’'\")").endswith((".", "!")):
                break  # a sentence cut off at a line's end is not a whole finding
            run.append((following, text))
        context = context_of(sentences, index - 1)
        count = cues.stated_count(announcement)
        for following, text in run:
            evidence = decide.finding_evidence(text, announcement, context)
            evidence.add("position:after-announcement", decide.AFTER_ANNOUNCEMENT)
            if count:
                evidence.add("count", decide.COUNT_MATCHES if count == len(run) else decide.COUNT_SHORT,
                             f"{min(count, len(run))}/{count}")
            if decide.keep(evidence):
                start = following.start + len(following.text) - len(following.text.lstrip())
                end = following.start + len(following.text.rstrip())
                out.append(Found(following.page, start, end, text, evidence.reason()))
        index += len(run)
    return out


# "He then read the four areas for improvement from the report: “Leaders should X. Leaders should Y.”": the
# findings quoted one sentence each inside one quotation after the announcing clause's colon.
QUOTE_AFTER_COLON = re.compile(r":\s*[“\"‘]\s*(?=\S)")
CLOSING_QUOTE = "”\"’"
CLOSING_QUOTES = tuple(CLOSING_QUOTE)  # for str.endswith, built once


def quoted_after_announcement(sentences: list[Sentence]) -> list[Found]:
    """The findings of one quotation opened after a colon that ends a clause announcing them, each sentence
    of the quotation one finding while they state findings; the run ends with the quotation."""
    out: list[Found] = []
    for index, sentence in enumerate(sentences):
        if "“" not in sentence.text and '"' not in sentence.text or not cues.NAMING.search(sentence.lower):
            continue  # the cheap tests first
        opening = QUOTE_AFTER_COLON.search(sentence.text)
        if not opening:
            continue
        head = collapse(sentence.text[:opening.start()]).rstrip(" ,") + "."
        if len(head.split()) < 3 or not announces(head):
            continue
        pieces = [(sentence.page, sentence.start + opening.end(), sentence.end,
                   sentence.text[opening.end():])]
        closed = pieces[0][3].rstrip().endswith(CLOSING_QUOTES)
        for following in sentences[index + 1:]:
            if closed or following.block != sentence.block:
                break
            pieces.append((following.page, following.start, following.end, following.text))
            closed = following.text.rstrip().endswith(CLOSING_QUOTES)
        run = []
        for page, start, end, raw in pieces:
            text = collapse(raw).rstrip(CLOSING_QUOTE + " ")
            if not cues.reads_as_finding(text) or len(text.split()) > FINDING_WORDS[1] or not text.endswith("."):
                break
            start += len(raw) - len(raw.lstrip())
            run.append((page, start, start + len(raw.strip().rstrip(CLOSING_QUOTE).rstrip()), text))
        if len(run) < 2:
            continue  # one quoted sentence is a quotation, not a list of findings
        context = context_of(sentences, index)
        count = cues.stated_count(head)
        for page, start, end, text in run:
            evidence = decide.finding_evidence(text, head, context)
            evidence.add("position:quoted-after-announcement", decide.AFTER_ANNOUNCEMENT)
            if count:
                evidence.add("count", decide.COUNT_MATCHES if count == len(run) else decide.COUNT_SHORT,
                             f"{min(count, len(run))}/{count}")
            if decide.keep(evidence):
                out.append(Found(page, start, end, text, evidence.reason()))
    return out


def context_of(sentences: list[Sentence], index: int, chars: int = 2000) -> str:
    """The sentence at ``index`` and those before it, up to about ``chars`` characters."""
    parts: list[str] = []
    size = 0
    while index >= 0 and size < chars:
        parts.append(sentences[index].text)
        size += len(sentences[index].text)
        index -= 1
    return " ".join(reversed(parts))
