"""Weaknesses in long-PDF and common shapes rounds 28 to 31 missed or misread, one class each, on invented pages
(helper weak20): a recommendations list whose clauses open with the deciding body's verb in the third person
("It is recommended that Cabinet: (i) notes ... (ii) endorses ...") is no list of findings."""

from __future__ import annotations

from tests.weakness_pages import texts


# Recommendations in the third person under "It is recommended that Cabinet:" -------------------------------------

THIRD_PERSON_RECOMMENDATIONS = (
    "Purpose of the report\n"
    "To update Cabinet on the progress made against the Written Statement of Action, which answers the areas of\n"
    "significant weakness found by the joint local area SEND inspection.\n"
    "Recommendations\n"
    "It is recommended that Cabinet:\n"
    "(i) notes the progress made against each of the four areas of significant weakness, as set out in\n"
    "Appendix A;\n"
    "(ii) endorses the SEND board's view that three areas are on track and one needs further work;\n"
    "(iii) agrees that the board report to Cabinet again in the spring; and\n"
    "(iv) delegates to the Director of Children's Services the approval of the evidence for the re-visit.\n"
    "1. Background\n"
    "1.1 The inspection took place in March 2019.\n"
)


def test_third_person_recommendations_are_no_findings():
    assert texts(THIRD_PERSON_RECOMMENDATIONS) == []

