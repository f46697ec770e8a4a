"""A re-visit's verdict sentence whose object only recalls areas the document has already set out.

"Inspectors found that we had not yet made sufficient progress in reducing waiting times for the pathway and
CAMHS", "... but had not made sufficient progress in addressing the rates of exclusion or the quality of EHC
plans": after the inspection's findings set out in full, the verdict's object names again one or two of them in
other words. It is no finding of its own when it is only a few words long after at least two findings, or when most
of its words are those of the findings listed on its page. Kept when it is the first word on the weaknesses (a
re-visit letter's own list of what remains).
"""

from __future__ import annotations

from pipeline.extract.weaknesses.text import Found

NO_PROGRESS = "sentence:no-progress-in"
# The cues of items a re-visit's verdict gave, either way: the verdict sentence's own objects, the areas judged both
# ways in one sentence, and a list of areas put right (or judged) under its verdict: the other half of the verdict,
# not the findings set out in full ("the timeliness of EHC plans" put right, "the quality of EHC plans" not).
VERDICT_CUES = (NO_PROGRESS, "sentence:judged-both-ways", "put-right", "progress-verdict")
RESTATED_WORDS = 6  # a verdict's object this short, after the findings in full, only recalls one
FINDINGS_BEFORE = 2  # findings set out earlier, not themselves a verdict's
RECALLED_SHARE = 0.5  # of the verdict's content words found among those listed on its page
MIN_WORDS = 3


def from_verdict(item: Found) -> bool:
    return any(cue in item.evidence for cue in VERDICT_CUES)


def without_recalled_areas(kept: list[Found]) -> list[Found]:
    """``kept`` (sorted by page and offset) without the verdict objects that recall findings set out before."""
    if not any(NO_PROGRESS in item.evidence for item in kept):
        return kept
    from pipeline.extract.weaknesses import content_stems  # (the package's own word stems)
    out: list[Found] = []
    for item in kept:
        if NO_PROGRESS in item.evidence:
            findings = [earlier for earlier in out if not from_verdict(earlier)]
            if len(item.text.split()) <= RESTATED_WORDS and len(findings) >= FINDINGS_BEFORE:
                continue
            listed = [earlier for earlier in findings if earlier.page == item.page
                      and not earlier.evidence.startswith("sentence:")]
            words = content_stems(item.text)
            theirs = set().union(*(content_stems(earlier.text) for earlier in listed)) if listed else set()
            if len(listed) >= FINDINGS_BEFORE and len(words) >= MIN_WORDS and len(words & theirs) >= RECALLED_SHARE * len(words):
                continue
        out.append(item)
    return out
