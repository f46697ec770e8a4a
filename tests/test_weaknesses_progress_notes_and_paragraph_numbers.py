"""Two ways a long report's text is taken for a finding when it is not one.

A progress report's numbered paragraphs, each under an area's short title, tell what has moved since the inspection
("the share of plans issued in time has climbed from 12% to 47%") or what has been done ("a new hub opened in May
2024"): progress notes, not the findings, which the report gave in full before. And a bulleted list inside a
report's bare-numbered paragraph ("6 Too little progress was made in:") ends where the next paragraph ("7 The plan
...") opens: its last item does not run on into it."""

from __future__ import annotations

from tests.weakness_pages import extract, texts

REPORT = """Children's Scrutiny Panel
Report on the SEND improvement programme
1. The joint inspection by Ofsted and the Care Quality Commission in June 2024 found that the
area's arrangements lead to inconsistent outcomes for children with SEND. Inspectors set out
three areas for improvement:
• Leaders should improve the timeliness and quality of education, health and care plans.
• Leaders should make sure that families are kept informed while they wait for an assessment.
• Leaders should increase the number of local specialist places for pupils with complex needs.
2. The improvement plan was agreed by the partnership board in September 2024.
Progress against the areas for priority action
3. Plans and timeliness. The share of new plans issued within 20 weeks has climbed from 12% in
2023 to 47% in the last quarter. The number of assessments waiting beyond 20 weeks fell from
900 to 310 over the same period.
4. Keeping families informed. Every family now has a named keyworker. A helpline opened on 4
March 2025, and the Parent Carer Forum's survey found 41% of parents felt informed, up from 22%.
5. Members are asked to note the progress made.
"""


def test_progress_paragraphs_under_area_titles_are_not_findings():
    found = texts(REPORT)
    assert found == [
        "Leaders should improve the timeliness and quality of education, health and care plans.",
        "Leaders should make sure that families are kept informed while they wait for an assessment.",
        "Leaders should increase the number of local specialist places for pupils with complex needs.",
    ]


def test_a_finding_with_one_figure_is_still_a_finding():
    page = REPORT.replace("• Leaders should increase the number of local specialist places for pupils with complex needs.",
                          "• Fewer than half of new plans are issued within 20 weeks, and too many are of poor quality.")
    assert "Fewer than half of new plans are issued within 20 weeks, and too many are of poor quality." in texts(page)


NUMBERED = """Children and Young People's Overview and Scrutiny Committee
Report of the Director of Children's Services
5 Inspectors returned to the area in May 2023 to judge progress against the significant weaknesses
identified at the 2019 inspection, and found sufficient progress in two of the four.
6 Insufficient progress had been made in addressing two areas:
• the inconsistent quality of EHC plans and the late completion of annual reviews
• the long waits families face for an assessment on the autism and ADHD
pathway
7 The plan addressing these areas was sent to the Department for Education in August 2023.
Advisers judged at their first review that the partnership had made a positive start.
"""


def test_a_list_item_ends_where_the_next_numbered_paragraph_opens():
    found = texts(NUMBERED)
    assert found == [
        "the inconsistent quality of EHC plans and the late completion of annual reviews",
        "the long waits families face for an assessment on the autism and ADHD pathway",
    ]


def test_a_wrapped_line_opening_with_a_number_stays_in_its_item():
    page = NUMBERED.replace("• the long waits families face for an assessment on the autism and ADHD\npathway",
                            "• the long waits families face for an assessment, which exceeded\n18 Months for most")
    assert any(item.text.endswith("18 Months for most") for item in extract(page))
