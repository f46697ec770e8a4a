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

from pipeline.extract.weaknesses import cues, decide
from pipeline.extract.weaknesses.items import parse_marker
from pipeline.extract.weaknesses.lists import context_before
from pipeline.extract.weaknesses.sentences import enumeration_start, paragraphs
from pipeline.extract.weaknesses.text import SENTENCE_SPLIT, Found, Line, collapse, is_hard_wrapped
from pipeline.records import Page

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
        if decide.keep(evidence):
            out.append(Found(line.page, line.start, line.end, collapse(line.text), evidence.reason()))
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph."""
    bounds = [0] + [match.end() for match in SENTENCE_SPLIT.finditer(text)]
    return [(a, len(text[:b].rstrip())) for a, b in zip(bounds, bounds[1:] + [len(text)])]


def announces(sentence: str) -> bool:
    """A sentence that names what needs to improve and ends there, its findings to follow:
    "The report also sets out what needs to get better.", "Inspectors identified three areas for improvement."."""
    return sentence.rstrip().endswith(".") and cues.names_weakness(sentence) \
        and enumeration_start(sentence) is None and not cues.is_resolved(sentence)


def announced_findings(pages: list[Page], lines: list[Line | None], wrapped: bool | None = None,
                       blocks: list[tuple[int, int, int]] | None = None) -> list[Found]:
    """The findings stated one sentence each after an announcing sentence in the same paragraph (a web
    page's line, a PDF's block of lines); the run ends at the first sentence that does not judge provision."""
    wrapped = is_hard_wrapped(lines) if wrapped is None else wrapped
    texts = {page.page: page.text for page in pages}
    out: list[Found] = []
    for page, begin, end in paragraphs(pages, lines, wrapped) if blocks is None else blocks:
        text = texts[page][begin:end]
        if not cues.might_name_weakness(text) or len(text.split()) < 2 * FINDING_WORDS[0]:
            continue
        spans = sentence_spans(text)
        for k, (a, b) in enumerate(spans[:-1]):
            if not cues.might_name_weakness(text[a:b]) or not text[a:b].endswith(".") \
                    or not cues.JUDGES_PROVISION.search(text, *spans[k + 1]):
                continue  # the cheap tests first: most sentences announce nothing, or nothing follows
            announcement = collapse(text[a:b])
            if not announces(announcement):
                continue
            run = []
            for start, stop in spans[k + 1:]:
                sentence = collapse(text[start:stop])
                if not cues.JUDGES_PROVISION.search(sentence) or len(sentence.split()) > FINDING_WORDS[1] \
                        or not sentence.rstrip("’'\")").endswith((".", "!")):
                    break  # a sentence cut off at a line's end is not a whole finding
                run.append((start, stop, sentence))
            context = texts[page][max(0, begin + a - 2000):begin + b]
            count = cues.stated_count(announcement)
            for start, stop, sentence in run:
                evidence = decide.finding_evidence(sentence, announcement, context)
                evidence.add("position:after-announcement", decide.AFTER_ANNOUNCEMENT)
                if count:
                    evidence.add("count", decide.COUNT_MATCHES if count == len(run) else decide.COUNT_SHORT,
                                 f"{min(count, len(run))}/{count}")
                if decide.keep(evidence):
                    out.append(Found(page, begin + start, begin + stop, sentence, evidence.reason()))
            break
    return out
