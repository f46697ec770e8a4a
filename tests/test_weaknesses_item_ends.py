"""Where a finding ends, one decision every reader shares (``text.ends_item`` / ``text.opens_block``): before a line
opening with a run-in label of a note, verdict, progress or response, where a finding set in bold gives way to body
text, at a table's next row and at a heading after a sentence's end; a wrapped line of the finding (lower case, or
after a line that dangles) stays with it. Invented pages."""

from __future__ import annotations

from pipeline.extract import weaknesses
from pipeline.extract.common.structure import StructuredDocument
from pipeline.extract.weaknesses.text import Line, ends_item, opens_block, run_in_label
from pipeline.records import Page
from tests.weakness_pages import texts


def line(text: str, heading: bool = False) -> Line:
    return Line(1, 0, len(text), text, heading)


def bold_page(text: str, bold: tuple[str, ...]) -> Page:
    offsets, offset = [], 0
    for each in text.split("\n"):
        if each.startswith(bold):
            offsets.append(offset)
        offset += len(each) + 1
    return Page(1, text, "text-layer", offsets)


def test_run_in_labels_of_notes_verdicts_and_progress():
    for text in ("Revisit finding (May 2021): Not yet sufficient - waits have grown.", "Progress: two new posts.",
                 "Status: amber", "What we have done. We appointed a lead.", "Update (autumn term): the panel met.",
                 "RAG: Green", "(April 2024): the new pathway opened."):
        assert run_in_label(text), text
    for text in ("The partnership has not acted: waits are long.", "Waits are long. Families are unhappy.",
                 "the quality of plans: too often weak"):
        assert not run_in_label(text), text


def test_a_wrapped_line_of_the_finding_never_ends_it():
    assert not ends_item(line("the slow progress in reducing the waits faced by children with"), line("Status: SEND"))
    assert not ends_item(line("Ending the weak links between", True), line("health and schools"))
    assert ends_item(line("the weak links between health and schools", True), line("Leaders met in May."))
    assert opens_block(line("1 | Slow assessments | Amber"), line("2 | Weak transition | Red"))
    assert not opens_block(line("Slow assessments and"), line("2 | Weak transition | Red"))


def test_a_listed_finding_ends_before_its_revisit_note():
    page = (
        "When inspectors came back to the borough they reported on the significant weaknesses found at the\n"
        "SEND inspection. The areas of significant weakness were:\n"
        "* the weak planning for moves between primary and secondary schools\n"
        "Revisit finding (May 2022): Not yet sufficient - moves are still planned too late.\n"
        "* the long waits for speech and language therapy\n"
        "Revisit finding (May 2022): Sufficient - waits have halved.\n"
    )
    assert texts(page) == ["the weak planning for moves between primary and secondary schools",
                           "the long waits for speech and language therapy"]


LETTER = """Dear Director,
Written statement of action: second monitoring review
Thank you for meeting us to review the progress the area has made since the Ofsted and CQC
inspection of last year. Our comments on each of the significant weaknesses follow.
Significant weakness 1 – the weak joint oversight of short breaks for disabled children and of
support for their families
The partnership board has reviewed short breaks and a new offer has been agreed with families.
Significant weakness 2 – the poor quality of advice from social care in EHC plans
Advisers found that most new plans now contain social care advice written for the child.
Yours sincerely,
"""


def test_a_bold_labelled_finding_ends_where_the_bold_ends():
    page = bold_page(LETTER, ("Significant weakness", "support for their families"))
    found = weaknesses.extract(StructuredDocument(pages=[page], blocks=[]))
    got = [item.text for item in found]
    assert "the weak joint oversight of short breaks for disabled children and of support for their families" in got
    assert "the poor quality of advice from social care in EHC plans" in got
    assert not any("partnership board" in text or "Advisers found" in text for text in got)
