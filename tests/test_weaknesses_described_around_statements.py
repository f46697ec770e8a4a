"""An inspection report's prose around the findings it states as what someone should do is its account of them,
not more findings; a document with no such statements keeps what its prose finds."""

from __future__ import annotations

from tests.weakness_pages import texts

REPORT = """Area SEND inspection of the local area partnership
Ofsted and the Care Quality Commission carried out the inspection in March 2025.
What is it like to be a child or young person with SEND in this area?
Many children with SEND are well supported in their nurseries and schools, and young people speak
warmly of the college's transition programme. However, too many families wait too long for a
decision on an assessment, and some plans do not set out clearly what help a child will get.
What is the area partnership doing that is effective?
• The parent carer forum is a trusted partner in planning services.
Areas for improvement
• Leaders should improve the timeliness of education, health and care needs assessments.
• Leaders should make sure that plans describe precisely the help each child will receive.
• The ICB should reduce the time children wait for a neurodevelopmental assessment.
"""

STATEMENTS = [
    "Leaders should improve the timeliness of education, health and care needs assessments.",
    "Leaders should make sure that plans describe precisely the help each child will receive.",
    "The ICB should reduce the time children wait for a neurodevelopmental assessment.",
]


def test_the_reports_contrasting_prose_is_not_another_finding():
    assert texts(REPORT) == STATEMENTS


def test_without_the_statements_the_prose_finding_is_kept():
    page = REPORT[:REPORT.index("Areas for improvement")]
    found = texts(page)
    assert any("too many families wait too long" in text for text in found)
