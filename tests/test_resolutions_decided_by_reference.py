"""A decision that only points to the recommendations printed above it has no wording of its own.

A decision notice's "Decision" field often reads "Approved as recommended, 22 January 2026." or "Agreed as
proposed.": what was decided is the recommendations above (each already a clause), and the field adds only
its date; like "Recommendations agreed.", it is no resolution of its own.
"""

from __future__ import annotations

import pytest

from pipeline.extract import resolutions
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def rows(*pages: str) -> list[tuple[str, str]]:
    doc = segment([Page(i + 1, text) for i, text in enumerate(pages)])
    return [(r.kind, r.text) for r in resolutions.extract(doc)]


@pytest.mark.parametrize("decision", ["Approved as recommended, 14 March 2025.", "Agreed as proposed.",
                                      "Approved as recommended on 14/03/2025."])
def test_approved_as_recommended_is_no_resolution_of_its_own(decision):
    page = ("Individual Executive Member Decision\n2. Recommendations\n2.1 To approve the SEND strategy for "
            "publication.\n3. Supporting information\n3.1 The strategy was written with families.\nDecision\n"
            + decision + "\nOfficer details: Ann Lee, Head of SEND")
    assert rows(page) == [("recommendation", "To approve the SEND strategy for publication.")]


def test_a_decision_with_words_of_its_own_is_kept():
    page = "Decision\nApproved the SEND strategy for publication, 14 March 2025.\nOfficer details: Ann Lee"
    assert rows(page) == [("resolution", "Approved the SEND strategy for publication, 14 March 2025.")]
