"""An inspection report's unmarked finding paragraphs in a PDF end before the next heading: after a line ending a
sentence, a short line with no end of its own ("Local area partnership details") is a heading, not more of the last
finding, however long the line before it."""

from __future__ import annotations

from tests.weakness_pages import texts

PAGE = (
    "Area SEND inspection of Westshire Local Area Partnership. Ofsted and the CQC inspected the\n"
    "partnership in May 2024. Children and young people with SEND in Westshire are generally well\n"
    "supported in the early years, and the parent carer forum is an equal partner in the area's work.\n"
    "Practitioners in education, health and care work well together for children with complex needs,\n"
    "and the designated clinical officer has improved the quality of health advice for assessments.\n"
    "Areas for improvement\n"
    "Leaders across the partnership should improve the timeliness of EHC needs assessments and\n"
    "ensure that EHC plans are of consistently high quality and are reviewed when needs change.\n"
    "Leaders should improve the way that they tell parents and carers about the support there is\n"
    "and the progress of their child's assessment, and the ways in which they can ask for help.\n"
    "Local area partnership details\n"
    "Local Authority Integrated Care Board\n"
    "Westshire Council NHS Westshire ICB\n"
    "Information about this inspection\n"
    "This inspection was carried out under section 20 of the Children Act 2004. It was an initial full\n"
    "inspection under the area SEND inspection framework introduced in January 2023.\n"
)


def test_the_last_paragraph_ends_before_a_heading():
    found = texts(PAGE)
    assert found[-1] == ("Leaders should improve the way that they tell parents and carers about the support there is "
                         "and the progress of their child's assessment, and the ways in which they can ask for help.")
