"""What the weakness readers propose, and the one reader that proposes single sentences.

Candidates come from three readers, each generous; ``decide`` keeps or drops each one:

- ``lists``: the items of every list (marked, lettered, numbered, tabled, or lines and
  paragraphs that lost their markers) after a line that could introduce it: a colon, a
  heading, or a sentence with a full stop right above;
- ``sentences``: the findings running sentences enumerate, report or quote;
- ``standalone_findings`` (here): a web page's one-sentence paragraph that judges provision on
  its own ("Waits for assessment and diagnosis remain too long."), near what an inspection found.
"""

from __future__ import annotations

from pipeline.extract.weaknesses import cues, decide
from pipeline.extract.weaknesses.items import parse_marker
from pipeline.extract.weaknesses.lists import context_before
from pipeline.extract.weaknesses.text import SENTENCE_SPLIT, Found, Line, collapse, is_hard_wrapped

FINDING_WORDS = (5, 40)  # a one-sentence finding is this long
LINES_BEFORE = 4  # lines read back for what an inspection found


def standalone_findings(lines: list[Line | None], wrapped: bool | None = None) -> list[Found]:
    """One-sentence paragraphs of a web page that judge provision, weighed by ``decide``."""
    if is_hard_wrapped(lines) if wrapped is None else wrapped:
        return []  # PDF prose is full of such sentences; its findings come as lists
    out: list[Found] = []
    for index, line in enumerate(lines):
        if line is None or not cues.JUDGES_PROVISION.search(line.text):
            continue
        words = len(line.text.split())
        if not FINDING_WORDS[0] <= words <= FINDING_WORDS[1] or parse_marker(line.text) \
                or len(SENTENCE_SPLIT.split(line.text)) > 1 or not line.text.rstrip("’'\")").endswith("."):
            continue
        before = context_before(lines, index - 1, 800, LINES_BEFORE) if index else ""
        evidence = decide.finding_evidence(line.text, before, context_before(lines, index, 2000, 40))
        if decide.keep(evidence):
            out.append(Found(line.page, line.start, line.end, collapse(line.text), evidence.reason()))
    return out
