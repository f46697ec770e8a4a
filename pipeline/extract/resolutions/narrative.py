"""Decisions told inside the account of a meeting, proposed sentence by sentence.

Narrative minutes record their decisions in the story of the meeting: "It was agreed
that X", "The Committee noted X", "The Cabinet Member decided to approve X", a parish
clerk's "Invoice received ..., resolved to pay", and the approval of the last minutes
("The minutes of the meeting held on 16 March were approved as a correct record.").
Every such sentence is proposed; ``decide`` weighs it against the cues of an account
(a long sentence, a report received, a view of what "would" happen, thanks).
"""

from __future__ import annotations

import re

from pipeline.extract.common.structure import Block
from pipeline.extract.resolutions.actions import action_of, stem_of
from pipeline.extract.resolutions.clauses import Candidate, Clause
from pipeline.extract.resolutions.cues import (
    AGREED_INSIDE, BODY_DECIDED, DECIDED_IN_SENTENCE, FORMAL_OPENER, IN_FAVOUR, INDIVIDUAL_DECIDED, IT_WAS_AGREED,
    MINUTES_RECORDED, PAPER_NOTED, REFERRING_WORDS, REFERS_BACK, SENTENCE_SPLIT, is_formal, may_decide,
)
from pipeline.extract.resolutions.lines import opens_decision, sentences_of

ELLIPTICAL_WORDS = 6  # a decision sentence this short ("Resolved to pay.") takes the sentence before it


def narrative(blocks: list[Block]) -> list[Candidate]:
    """"It was agreed that X", "The Committee noted X", "Invoice received, resolved to pay"
    sentences: narrative minutes record their decisions inside the account of the meeting."""
    found = []
    for block in blocks:
        if block.kind not in ("paragraph", "item", "heading") or not may_decide(block.text):
            continue
        sentences = sentences_of(block)
        for number, sentence in enumerate(sentences):
            source, text = None, sentence
            if not may_decide(sentence) or opens_decision(sentence) or number == 0 and opens_formally(sentence):
                continue  # no word of a decision; or "RESOLVED that ...", proposed where it is printed formally
            if IT_WAS_AGREED.match(sentence):
                source = "narrative:it-was-agreed"  # the sentence as written, "It was agreed that" included
            elif AGREED_INSIDE.match(sentence):
                source = "narrative:it-was-agreed"
            elif BODY_DECIDED.match(sentence):
                source = "narrative:body-verb"
            elif INDIVIDUAL_DECIDED.match(sentence):
                source = "narrative:decider-decided"
            elif PAPER_NOTED.match(sentence):
                source = "narrative:paper-noted"  # alone, or after the account or the minutes' approval
            elif "favour" in sentence and IN_FAVOUR.search(sentence):
                source = "narrative:in-favour"
            elif DECIDED_IN_SENTENCE.search(sentence):
                source = "narrative:decided-in-sentence"
                words = len(sentence.split())
                if number and (words < ELLIPTICAL_WORDS or words <= REFERRING_WORDS and REFERS_BACK.search(sentence)):
                    text = f"{sentences[number - 1]} {sentence}"  # "Invoice received ... Resolved to pay."
            if source:
                clause = Clause(block, text=text, label_override="")
                found.append(Candidate(clause, "resolution", source, "agreed" if "agreed" in source else None,
                                       formal=False, block_sentences=len(SENTENCE_SPLIT.split(block.text)),
                                       sentence=sentence))
    return found


def opens_formally(text: str) -> bool:
    """A block that opens with a formal trigger ("Resolved that ...", "AGREED –"), which
    ``read_trigger`` proposes where it is printed."""
    opener = FORMAL_OPENER.match(text)
    return bool(opener and not opener.group("lead") and is_formal(opener))


# the approval of the last minutes as a sentence of its own, opening with a capital, wherever in a block it starts
RECORD_SENTENCE = re.compile(r"(?<=\s)The\s+(?:[Mm]inutes|[Nn]otes)\b[^.;]{0,200}?\b(?:were|was)\s+(?:\w+ly\s+)?"
                             r"(?:(?:\w+\s+){1,3}and\s+(?:were\s+)?)?(?:approved|agreed|confirmed|accepted|signed)\s+as\s+an?\s+"
                             r"(?:true|correct|accurate)\s+record\b")
TITLE_WORDS = 5  # a minute's title, not a sentence's opening words


def minutes_approved(block: Block) -> Candidate | None:
    """"The minutes of the meeting held on 16 March 2023 were approved as a
    correct record.": minutes record the approval of the last minutes this way
    even where every other decision has its "RESOLVED"/"AGREED"."""
    if block.kind not in ("paragraph", "item"):
        return None
    sentence = SENTENCE_SPLIT.split(block.text)[0]
    if MINUTES_RECORDED.match(sentence) and (inner := RECORD_SENTENCE.search(sentence, 1)):
        sentence = sentence[inner.start():]  # "Minutes of D and matters arising" | "The minutes were agreed ...": the title off
    elif not MINUTES_RECORDED.match(sentence) and (inner := RECORD_SENTENCE.search(block.text, 1)):
        # "... Action HWB35 MINUTES OF LAST MEETING The Minutes of the meeting ... were signed as a correct record.":
        # a minute's title and the lines before it (a list of those present) run into the approval's block
        sentence = SENTENCE_SPLIT.split(block.text[inner.start():])[0]
    elif not MINUTES_RECORDED.match(sentence):
        # "2.1 Matters arising" | "The notes of D were confirmed ...": a minute's short title, on its own line, run
        # into the block before the approval that opens its text
        title = block.raw_lines[0].strip() if len(block.raw_lines) > 1 else ""
        if block.marker and title.startswith(block.marker.strip()):
            title = title[len(block.marker.strip()):].strip()
        if not title or len(title.split()) > TITLE_WORDS or title[-1:] in ".;:" or not block.text.startswith(title):
            return None
        sentence = SENTENCE_SPLIT.split(block.text[len(title):].strip())[0]
        if not MINUTES_RECORDED.match(sentence):
            return None
    clause = Clause(block, text=sentence, label_override="")
    return Candidate(clause, "resolution", "minutes-approved", "approved", formal=False)


# "D1 To endorse the trajectory ...", "D12 That the Board asks ...": a board's notes number each decision in a
# decision log's own series, at a line's start, wherever in the minute's account it was reached
NUMBERED_DECISION = re.compile(r"^(?P<label>D\d{1,2})\s+(?P<text>(?:To|That)\s+(?P<verb>[a-z]+)\b.*)$")
LINE_END = re.compile(r"[.;]\s*$")


def numbered_decisions(block: Block) -> list[Candidate]:
    """The decisions a block's lines number "D1", "D2", each to the line that ends its sentence."""
    if block.kind not in ("paragraph", "item"):
        return []
    lines = [line.strip() for line in block.raw_lines]
    found = []
    for k, line in enumerate(lines):
        if line[:1] != "D" or not (numbered := NUMBERED_DECISION.match(line)):
            continue
        verb = numbered.group("verb")
        if numbered.group("text").startswith("To") and stem_of(verb) is None:
            continue
        parts = [numbered.group("text")]
        for more in lines[k + 1:]:
            if LINE_END.search(parts[-1]) or NUMBERED_DECISION.match(more):
                break
            parts.append(more)
        text = " ".join(parts)
        found.append(Candidate(Clause(block, text=text, label_override=numbered.group("label")), "resolution",
                               "numbered-decision", action_of(text, "decided")))
    return found
