"""What an inspection tells leaders to do, in its own form: "Leaders should ...", "The ICB must ...".

Since 2023 Ofsted and the CQC write every area for improvement and every area for priority action as one sentence
whose subject is the area's leaders or one of the partnership's bodies and whose verb is "should" or "must"
("Leaders across the partnership should improve ...", "Health leaders must reduce the time ..."). Reports, letters
and web pages copy those sentences out as they stand, often with nothing announcing them: a letter's paragraphs,
numbered paragraphs of a report, a box, a collapsible section, the rows of a one-column table under its title. The
sentence's form says what it is wherever it stands, so it is read here by that form where it opens a paragraph
(after its number, or after a label naming the area: "AfI 2", "APA1:", "Priority action 1 -", which also counts as
naming the findings), starts a line after such a label or a table row's bare number, follows a title line, or begins the line after another such sentence, and weighed like any
finding: an inspection must be in sight, and the council's own voice, someone speaking, members debating, a next
step (a plan to submit) or continuing work ("must continue to") weigh against it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract.common.evidence import Evidence
from pipeline.extract.common.structure import ends_open
from pipeline.extract.weaknesses import cues, decide, item_cues
from pipeline.extract.weaknesses.candidates import context_of
from pipeline.extract.weaknesses.enumerations import Sentence
from pipeline.extract.weaknesses.text import Found, collapse

RECOMMENDS = 2.5  # the inspection's own form of an area for improvement
FINDINGS_NAMED_BEFORE = 1.0  # the text above names weaknesses, areas for improvement or priority actions
CONTINUES = -3.0  # "Leaders must continue to ...": work under way, not a shortfall

BODIES = cues.AREA_BODIES
LEADERS = cues.AREA_LEADERS
# A label naming the paragraph or the table row as one of the framework's areas: its code ("APA1:", "AfPA 2",
# "AfI 3", "AFI 1 (Waiting times):") or its name and number ("Priority action 1 -", "Area for improvement 2.").
AREA_LABEL = (r"(?:(?:afpa|apa|afi|pa)\s?\d{1,2}|(?:(?:area\s+(?:for|of)\s+)?priority\s+action|area\s+for\s+improvement)"
              r"\s+(?:\d{1,2}|one|two|three|four|five))(?:\s*\([^()]{1,40}\))?\s*[.:–—-]?")
# A paragraph's number or marker: "1.3", "2.", "(a)", "iv)", a table row's bare number ("1 Leaders should ..."), or the
# area's label.
LEAD = (r"\W{0,3}(?:(?:\d{1,2}(?:\.\d{1,2}){1,2}\.?|\d{1,2}[.)]?|[a-z][.)]|[ivx]{1,4}[.)]|"
        rf"{AREA_LABEL})\s+)?")
LABEL_RE = re.compile(rf"\W{{0,3}}{AREA_LABEL}\s", re.IGNORECASE)
LEAD_RE = re.compile(LEAD, re.IGNORECASE)
# The subject (leaders, perhaps placed: "Leaders in the ICB and the local authority"; or a body, or two joined), then
# the modal, after the paragraph's number if it has one; read with ``match`` at a position.
FORM = re.compile(
    rf"{LEAD}"
    rf"(?:{LEADERS}(?:\s+(?:across|in|at|from|of|within)\s+[^.;:]{{1,90}}?)?|{BODIES}(?:\s+and\s+{BODIES})?)\s+"
    r"(?:should|must|need\s+to|needs\s+to)\s+"
    # (not the statutory next step, "must now submit a plan", "must respond to the inspection", nor a legal duty, "must
    # have regard to the Code")
    r"(?!(?:(?:also|now|then|therefore)\s+)?(?:be\s+)?(?:submit|publish|produce|prepare|write|send|return|report|present|"
    r"note|have\s+regard|comply|consult|respond)\w*\b)\w",
    re.IGNORECASE)
CONTINUE = re.compile(r"\b(?:should|must|needs?\s+to)\s+(?:also\s+)?(?:continue|keep|maintain|sustain|build\s+on)\b",
                      re.IGNORECASE)
MAX_WORDS = 90  # one sentence, however long its "so that ..." tail
BEFORE_CHARS = 1500
CONTEXT_CHARS = 3000


def opens_paragraph(sentences: list[Sentence], index: int) -> bool:
    """The sentence is its paragraph's first (a paragraph of a letter, a report's numbered paragraph, a line)."""
    return index == 0 or sentences[index - 1].block != sentences[index].block


def evidence_for(text: str, before: str, context: str) -> Evidence:
    """The form's cue, an inspection in ``context``, findings named just ``before``, and what weighs against."""
    evidence = Evidence().add("finding:leaders-should", RECOMMENDS)
    if cues.has_source(context):
        evidence.add("context:inspection", decide.INSPECTION)
    else:
        evidence.add("context:no-inspection", decide.NO_INSPECTION)
    evidence.when(cues.reads_as_finding(text), "item:judges", decide.JUDGES)
    evidence.when(cues.names_weakness(before[-600:]), "before:names-weakness", FINDINGS_NAMED_BEFORE)
    evidence.when(CONTINUE.search(text), "item:continues-work", CONTINUES)
    evidence.when(cues.SPEECH.search(text), "finding:speech", decide.SPEECH)
    evidence.when(cues.COUNCIL_VOICE.search(text), "finding:council-voice", decide.COUNCIL_VOICE)
    evidence.when(cues.is_debate(text) or cues.is_debate(before[-300:]), "finding:debate", decide.DEBATE)
    evidence.when(cues.is_response(text), "item:response", decide.RESPONSE)
    evidence.when(item_cues.PLAN_REQUESTED.search(text), "item:next-step", decide.NEXT_STEP)
    evidence.when(item_cues.is_praise(text), "item:praise", decide.PRAISE)
    return evidence


HEADING_LINES = 3  # title lines a sentence may carry before its finding ("Areas for improvement" over a table's rows)
HEADING_WORDS = 12


def finding_start(text: str) -> int | None:
    """Where the inspection's form opens in a sentence: at its start, or after the short title lines the sentence
    carries above it (a heading, a table's header, run into the first row by the page's layout)."""
    at = 0
    for _ in range(HEADING_LINES + 1):
        if FORM.match(text, at):
            return at
        end = text.find("\n", at)
        if end == -1 or not is_title(text[at:end]):
            return None
        at = end + 1
    return None


def is_title(line: str) -> bool:
    """A short line that neither ends a sentence nor runs on ("... notes that the"): a heading or a table's header."""
    line = line.strip()
    return bool(line) and "\n" not in line and len(line.split()) <= HEADING_WORDS \
        and not line.endswith((".", ";", ",")) and not ends_open(line)


def begins_line(sentence: Sentence, page_text: str) -> bool:
    """The sentence starts a line of its page (a table's row does; a sentence running on in a paragraph seldom)."""
    return sentence.start == 0 or page_text[sentence.start - 1] == "\n"


NUMBERED_LEAD = re.compile(rf"\W{{0,3}}(?:\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}[.)]?|[a-z][.)]|[ivx]{{1,4}}[.)]|{AREA_LABEL})\s+",
                           re.IGNORECASE)
ROW_END = re.compile(r"[.;][’'\")”]?\n")


def split_rows(sentences: list[Sentence]) -> list[Sentence]:
    """Sentences with the rows they run on into cut off: "... change.\n2 Leaders in the ICB should ..." (a table's
    numbered or labelled rows the sentence splitter kept together), each row a sentence of its own."""
    out: list[Sentence] = []
    for sentence in sentences:
        cuts = []
        if "\n" in sentence.text and sentence.mentions("should", "must", "need"):
            cuts = [end.end() for end in ROW_END.finditer(sentence.text)
                    if NUMBERED_LEAD.match(sentence.text, end.end()) and FORM.match(sentence.text, end.end())]
        if not cuts:
            out.append(sentence)
            continue
        for start, end in zip([0] + cuts, cuts + [len(sentence.text)]):
            text = sentence.text[start:end].rstrip("\n") if end < len(sentence.text) else sentence.text[start:]
            out.append(Sentence(sentence.page, sentence.start + start, sentence.start + start + len(text), text,
                                sentence.block))
    return out


def extract(sentences: list[Sentence], page_text: Callable[[int], str] | None = None) -> list[Found]:
    """Sentences in the inspection's form of an area for improvement that open their paragraph, or their line
    after a title or after another such sentence (a table's rows, one finding each)."""
    sentences = split_rows(sentences)
    out: list[Found] = []
    series = -1  # the index of the last sentence read in the form: the next may be the following row
    for index, sentence in enumerate(sentences):
        if not sentence.mentions("should", "must", "need"):
            continue  # the cheap test first
        at = finding_start(sentence.text)
        if at is None:
            continue
        row = series == index - 1 and page_text is not None and begins_line(sentence, page_text(sentence.page))
        after_title = index > 0 and is_title(sentences[index - 1].text)
        # (a line labelled as an area, "AfI 2 Leaders should ...", starts a paragraph or a table's row of its own)
        labelled = page_text is not None and LABEL_RE.match(sentence.text, at) is not None \
            and begins_line(sentence, page_text(sentence.page))
        if not (opens_paragraph(sentences, index) or at > 0 or after_title or row or labelled):
            continue
        series = index
        lead = LEAD_RE.match(sentence.text, at).end()  # the finding without its title lines or paragraph number
        text = collapse(sentence.text[lead:])
        if len(text.split()) > MAX_WORDS or not text.rstrip("’'\")”").endswith((".", ";")):
            continue  # (a sentence cut at a line's or cell's end is no whole finding)
        before = (context_of(sentences, index - 1, BEFORE_CHARS) if index else "") + " " + sentence.text[:at]
        evidence = evidence_for(text, before, before[-CONTEXT_CHARS:] + " " + text)
        evidence.when(LABEL_RE.match(sentence.text, at), "label:names-area", FINDINGS_NAMED_BEFORE)
        if decide.keep(evidence):
            end = sentence.start + len(sentence.text.rstrip())
            out.append(Found(sentence.page, sentence.start + lead, end, text, evidence.reason()))
    return out
