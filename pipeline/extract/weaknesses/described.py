"""An inspection report's own account around the findings it states in the recommendation form.

A report under the 2023 framework tells what life is like for children and what the partnership must do better in
running prose ("However, too many families wait too long for ...", "Leaders recognise that ... has declined"), then
states its findings each as what someone should do ("Leaders should improve the timeliness of ...", "The ICB should
reduce ..."). Where a document holds at least two such statements, the prose taken on the same pages or the pages
just before from a sentence setting praise against a shortfall ("Many children are well supported. However, too
many families wait too long for ...") or from a section read clause by clause is the report's description of those
findings, not more of them: the findings are the statements. A document stating no finding in that form keeps its
prose, and so does a finding reported on its own ("Inspectors found that X"), which may be another inspection's."""

from __future__ import annotations

import re

from pipeline.extract.weaknesses import cues
from pipeline.extract.weaknesses.text import Found

STATED_NEEDED = 2  # statements in the recommendation form that make the prose near them a description
PAGES_BEFORE = 2  # the account before the statements: "What is it like ...?", "What needs to be better?"
# the readers of running prose that sets praise against a shortfall ("..., but X") or reads a section clause by clause
DESCRIBING = ("sentence:contrasted", "clause:")


# a statement's label before it: "AFI 1", "PA2:", "Area for improvement 3."
LABEL = re.compile(r"^\W{0,2}(?:[A-Z]{1,5}\s?\d{1,2}|(?:area\s+for\s+improvement|priority\s+action|recommendation)"
                   r"\s*\d{0,2})[.:)–-]?\s+", re.IGNORECASE)


def states_finding(item: Found) -> bool:
    text = LABEL.sub("", item.text, count=1)
    return bool(cues.SHOULD_START.match(text) or cues.MUST_START.match(text))


def without_described(kept: list[Found]) -> list[Found]:
    """``kept`` without the prose items of the pages that hold (or lead up to) the recommendation-form findings."""
    stated = [item for item in kept if states_finding(item)]
    if len(stated) < STATED_NEEDED:
        return kept
    pages = {page for item in stated for page in range(item.page - PAGES_BEFORE, item.page + 1)}
    return [item for item in kept if item.page not in pages or states_finding(item)
            or not item.evidence.startswith(DESCRIBING)]
