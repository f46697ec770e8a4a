"""The findings' statements in a document: each list, table or section the kept items came from, and which of them
only copies another out again.

A long pack states the inspection's findings once in full and then again: a plan's or tracker's rows, an appendix's
list, a summary box, each copying the findings out in their own order with a few words changed, cut short or put
under a label ("1. Leaders should improve ..." / "Leaders should improve ... so that ..."). One such copy is hard to
tell from a second finding in similar words ("the timeliness of EHC plans" beside "the quality of EHC plans"); a
whole statement whose items each copy, in the same order, an item of another statement that is no shorter, is
plainly the same findings said again. So the items are grouped by where they were stated (the reader's cues, on
one after another on a page or over a page break), and a group is matched item by item, in order, against each other
group: when most of its items (at least two) copy a fuller item of the other, those items are restatements.
Statements in other words (a letter's "needs to improve" summary beside its main findings, a re-visit's list
beside the inspection's) copy little word for word and are kept, as different findings are.
"""

from __future__ import annotations

from pipeline.extract.weaknesses.text import Found

COPY_SHARE = 0.9  # of an item's content words found in the fuller item: it copies that one
MIN_WORDS = 2
MATCHED_SHARE = 2 / 3  # of a group's items copying the other group's: the group says the same findings again
MIN_MATCHED = 2
SOURCE_CUES = 2  # the first cues of the evidence name the reader and the intro that stated the item


def source(item: Found) -> tuple[str, ...]:
    """Which reader stated the item, and under what intro: the names of its evidence's first cues."""
    return tuple(cue.split(" ", 1)[0] for cue in item.evidence.split("; ")[:SOURCE_CUES])


GAP_CHARS = 1500  # between two items of one statement on a page (a tracker's other cells may stand between rows)
EDGE_CHARS = 800  # a statement runs over a page break from this near its page's end to this near the next's top


def follows(before: Found, item: Found, page_lengths: dict[int, int]) -> bool:
    """``item`` goes on the statement ``before`` is in: the next on its page, or over the page break."""
    if item.page == before.page:
        return item.start - before.end <= GAP_CHARS
    return item.page == before.page + 1 and item.start <= EDGE_CHARS \
        and page_lengths.get(before.page, 0) - before.end <= EDGE_CHARS


def groups(kept: list[Found], page_lengths: dict[int, int]) -> list[list[int]]:
    """Indices of ``kept`` (sorted by page and offset) in runs from one reader and intro, one after another."""
    out: list[list[int]] = []
    for index, item in enumerate(kept):
        before = kept[out[-1][-1]] if out else None
        if before is not None and source(before) == source(item) and follows(before, item, page_lengths):
            out[-1].append(index)
        else:
            out.append([index])
    return out


def copies(short: set[str], full: set[str], longer: bool) -> bool:
    """Nearly all of ``short``'s content words stand in ``full``, the ``longer`` statement."""
    return longer and len(short) >= MIN_WORDS and len(short & full) >= COPY_SHARE * len(short)


def copied_items(group: list[int], other: list[int], kept: list[Found], stems: list[set[str]]) -> list[int]:
    """The items of ``group`` that copy items of ``other`` taken in the same order."""
    matched: list[int] = []
    at = 0
    for index in group:
        for k in range(at, len(other)):
            full = other[k]
            longer = len(kept[full].text) > len(kept[index].text) \
                or len(kept[full].text) == len(kept[index].text) and full < index
            if copies(stems[index], stems[full], longer):
                matched.append(index)
                at = k + 1
                break
    return matched


def restated(kept: list[Found], stems: list[set[str]], page_lengths: dict[int, int]) -> set[int]:
    """Indices of the items of ``kept`` (with their content ``stems``) in a statement copying another's findings."""
    runs = groups(kept, page_lengths)
    if len(runs) < 2:
        return set()
    out: set[int] = set()
    for group in runs:
        if len(group) < MIN_MATCHED:
            continue
        for other in runs:
            if other is group:
                continue
            matched = copied_items(group, other, kept, stems)
            if len(matched) >= max(MIN_MATCHED, MATCHED_SHARE * len(group)):
                out.update(matched)
                break
    return out
