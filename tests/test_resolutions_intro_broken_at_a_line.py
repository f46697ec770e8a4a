"""An intro that the structure reader broke at a line is the intro's start, not a clause.

"5 Members of the Children and Young People's Overview and Scrutiny" | "Committee are recommended to:" | "(a)
note ...": the second line opens like a label ("Committee are recommended to:"), so the reader ends the
numbered paragraph before it; the paragraph stops mid-sentence, right before the rest of an intro asking for
decisions, and is no recommendation of its own.
"""

from __future__ import annotations

from pipeline.extract import resolutions
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def rows(*pages: str) -> list[tuple[str, str | None, str]]:
    doc = segment([Page(i + 1, text) for i, text in enumerate(pages)])
    return [(r.kind, r.label, r.text) for r in resolutions.extract(doc)]


REPORT = """\
3 The partnership has written its priority action plan, at Appendix 1.
Recommendations
4 Members of the Adults and Health Overview and Scrutiny
Committee are recommended to:
(a) note the outcome of the inspection;
(b) comment on the priority action plan.
Background
5 The area was last inspected in 2019.
"""


def test_the_first_line_of_a_broken_intro_is_no_recommendation():
    assert rows(REPORT) == [("recommendation", "(a)", "note the outcome of the inspection;"),
                            ("recommendation", "(b)", "comment on the priority action plan.")]


def test_a_numbered_recommendation_that_ends_its_sentence_is_kept():
    report = REPORT.replace("4 Members of the Adults and Health Overview and Scrutiny\n",
                            "4 That the Committee notes the report.\n")
    assert ("recommendation", "4", "That the Committee notes the report.") in rows(report)
