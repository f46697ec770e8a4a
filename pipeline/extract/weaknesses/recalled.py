"""A re-visit's verdict sentence that recalls areas the page has already listed.

"Inspectors found that we had not yet made sufficient progress in reducing waiting times for the pathway and
CAMHS", "... but had not made sufficient progress in addressing the rates of exclusion or the quality of EHC
plans": after the inspection's findings set out in full on the same page, the verdict's object names again
one or two of them in other words. It is no finding of its own when most of its words are the listed ones'.
"""

from __future__ import annotations

from pipeline.extract.weaknesses.text import Found

NO_PROGRESS = "sentence:no-progress-in"
LISTED_BEFORE = 2  # findings set out earlier on the page, not themselves read from a verdict sentence
RECALLED_SHARE = 0.5  # of the verdict's content words found among theirs
MIN_WORDS = 3
# A re-visit's list of the areas put right (or judged both ways) is the verdict's other half: the area still open,
# however alike in words ("the timeliness of EHC plans" put right, "the quality of EHC plans" not), is another.
PUT_RIGHT = ("put-right", "progress-verdict")


def without_recalled_areas(kept: list[Found]) -> list[Found]:
    """``kept`` (sorted by page and offset) without the verdict objects that recall listed findings."""
    if not any(NO_PROGRESS in item.evidence for item in kept):
        return kept
    from pipeline.extract.weaknesses import content_stems  # (the package's own word stems)
    out: list[Found] = []
    for item in kept:
        if NO_PROGRESS in item.evidence:
            listed = [earlier for earlier in out if earlier.page == item.page and not earlier.evidence.startswith("sentence:")
                      and not any(half in earlier.evidence for half in PUT_RIGHT)]
            words = content_stems(item.text)
            theirs = set().union(*(content_stems(earlier.text) for earlier in listed)) if listed else set()
            if len(listed) >= LISTED_BEFORE and len(words) >= MIN_WORDS and len(words & theirs) >= RECALLED_SHARE * len(words):
                continue
        out.append(item)
    return out
