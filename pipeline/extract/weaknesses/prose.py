"""Weaknesses read from running sentences: every sentence reader proposes, ``decide`` weighs.

The readers (``sentences``, ``restated``) each know one shape of phrasing; none of them decides
alone. For every item a reader proposes, the sentence it lies in is found again and weighed with
independent cues (``decide.sentence_evidence``): whether an inspection is named around it, whether
the sentence names weaknesses or a finder reported them, whether a stated count matches the items
the sentence gave, whether the item itself judges provision or names a thing, and the negative
ones: a response or a next step, someone other than the inspection speaking, the scope of the
findings rather than one of them, the intro's own words pointing at a list.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from pipeline.extract.weaknesses import decide, findings, named, restated, told, verdict_split
from pipeline.extract.weaknesses import sentences as readers
from pipeline.extract.weaknesses.enumerations import Sentence
from pipeline.extract.weaknesses.text import Found, Line, collapse
from pipeline.records import Page

# (the verdict split first: its items must carry its name, so that the other half is not taken for a recall)
READERS = (("judged-both-ways", verdict_split.judged_both_ways), ("enumerated", readers.enumerated),
           ("described-as", named.described_as), ("reported", readers.reported), ("named-area", named.named_areas),
           ("quoted", named.quoted), ("no-progress-in", readers.unprogressed), ("stated", named.stated),
           ("findings-about", findings.findings_about), ("named-as", findings.named_as),
           ("remaining", restated.remaining), ("inline", restated.inline_enumerations),
           ("contrasted", restated.contrasted), ("concerned-that", told.concerned_that),
           ("ordinal", told.ordinal_findings), ("named-that", told.named_that), ("recommended", told.recommended),
           ("asked-to-improve", told.asked_to_improve), ("apposed", told.apposed))


# A finding's clause joined to what is to happen about it: "the children's voice was not the strongest and was to
# be an area of focus", "... was too weak, and would be a priority for the new plan".
NEXT_STEP_TAIL = re.compile(r",?\s+and\s+(?:(?:was|were|is|are)\s+to\s+be|(?:will|would)\s+(?:now\s+)?be)\s+\w")
NEXT_STEP_WORDS = 4  # the finding before the tail is at least this long


def without_next_step(item: Found, sentence: Sentence) -> Found:
    """The item up to a tail that says what is to happen next (see ``NEXT_STEP_TAIL``)."""
    if " and " not in item.text:
        return item
    raw = sentence.text[item.start - sentence.start:item.end - sentence.start]
    tail = NEXT_STEP_TAIL.search(raw)
    if tail is None or len(raw[:tail.start()].split()) < NEXT_STEP_WORDS:
        return item
    return Found(item.page, item.start, item.start + tail.start(), collapse(raw[:tail.start()]), item.evidence)


class SentenceIndex:
    """Which sentence holds a page offset: a binary search per page, not a scan."""

    def __init__(self, sentences: list[Sentence]):
        self.sentences = sentences
        self.starts: dict[int, list[tuple[int, int]]] = {}
        for index, sentence in enumerate(sentences):
            self.starts.setdefault(sentence.page, []).append((sentence.start, index))

    def of(self, item: Found) -> int | None:
        starts = self.starts.get(item.page, [])
        at = bisect_right(starts, (item.start, len(self.sentences))) - 1
        if at < 0:
            return None
        index = starts[at][1]
        return index if self.sentences[index].end >= item.start else None


def extract(pages: list[Page], lines: list[Line | None], wrapped: bool | None = None,
            sentences: list[Sentence] | None = None) -> list[Found]:
    """Every reader's proposals, each kept or not on its cues (``sentences``: when already read)."""
    sentences = readers.sentences_of(pages, lines, wrapped) if sentences is None else sentences
    where = SentenceIndex(sentences)
    out: list[Found] = []
    for name, reader in READERS:
        proposed = [(without_next_step(item, sentences[index]), index) for item in reader(sentences)
                    if (index := where.of(item)) is not None]
        per_sentence = Counter(index for _, index in proposed)
        weighed = []
        for item, index in proposed:
            if name == "inline":
                evidence = decide.item_evidence(restated.inline_evidence(sentences, index, per_sentence[index]),
                                                item.text)
            else:
                evidence = decide.sentence_evidence(name, item, sentences, index, per_sentence[index])
            weighed.append((item, index, evidence))
        kept = Counter(index for _, index, evidence in weighed if decide.keep(evidence))
        for item, index, evidence in weighed:
            decide.sibling_support(evidence, kept[index], per_sentence[index])
            if decide.keep(evidence):
                item.evidence = evidence.reason()
                out.append(item)
    return out
