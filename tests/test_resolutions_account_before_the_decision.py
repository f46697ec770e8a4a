"""A narrative sentence in an item whose decision is printed formally below it is the item's account.

Minutes that print their decisions formally ("RESOLVED – THAT ...") still tell each item: "The Board noted
that the plan continued to fund X, Y and Z." right above the item's "RESOLVED – THAT the plan be ratified."
is what the board heard, and the formal clause is what it decided. A narrative decision in an item with no
formal one of its own ("The Board agreed to note the report.") is still the item's decision.
"""

from __future__ import annotations

from pipeline.extract import resolutions
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def texts(*pages: str) -> list[str]:
    doc = segment([Page(i + 1, text) for i, text in enumerate(pages)])
    return [r.text for r in resolutions.extract(doc)]


MINUTES = """\
4. CARERS STRATEGY
Consideration was given to a report of the Director of Adult Services.
The Board noted that the strategy continued to fund respite breaks, a carers' hub and an advice line.
RESOLVED – THAT the Carers Strategy be endorsed.
5. ANNUAL REPORT OF THE SAFEGUARDING PARTNERSHIP
The Board agreed to note the report.
6. FORWARD PLAN
RESOLVED – THAT the forward plan be agreed.
"""


def test_the_account_above_a_formal_decision_is_not_a_decision():
    assert texts(MINUTES) == ["RESOLVED – THAT the Carers Strategy be endorsed.", "The Board agreed to note the report.",
                              "RESOLVED – THAT the forward plan be agreed."]
