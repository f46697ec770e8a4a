"""Write the three printed documents of the held-out round 10 (reportlab).

Round 10 is a blind batch: documents written with their gold before any extractor ran on them.
These three are the printed forms: a Calderdale officer report to a scrutiny panel whose areas for
improvement stand in the second column of a ruled "Ref | Area for improvement | Lead | Target date"
appendix table that runs from page 2 onto page 3, with bulleted recommendations; Halton policy and
performance board minutes with councillors by surname, officers by initial, a public question, and
the five areas for improvement as unmarked lines after "which were that leaders should:"; and a Wigan
Cabinet report with a ruled header table whose weaknesses are three plain sentences of a numbered
paragraph ("Leaders need to ... They also need to ... The ICB must ..."). Invented text, fictitious
people. Each page's content is fixed here with an explicit page break, so the gold's page numbers
follow from this script; the paragraph helpers and page furniture are round 4's and round 5's. The
output is deterministic (reportlab's invariant mode), so rerunning it rewrites identical files:

    /work/main/.venv/bin/python tests/heldout/make_round10_pdfs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_round4_pdfs import BODY, CORPUS, body, heading, table, title  # noqa: E402
from make_round5_pdfs import write  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Paragraph  # noqa: E402

BULLET = ParagraphStyle("Bullet10", parent=BODY, leftIndent=18, bulletIndent=6)
PLAIN_ITEM = ParagraphStyle("Item10", parent=BODY, leftIndent=24)


def bullet(text: str):
    return Paragraph(text, BULLET, bulletText="\u2022")


def item(text: str):
    return Paragraph(text, PLAIN_ITEM)


CALDERDALE_ROWS = [
    ("AFI1", "Leaders should improve the timeliness of EHC needs assessments, so that more plans are issued within "
             "the statutory 20 weeks.", "Head of SEND", "July 2024"),
    ("AFI2", "Leaders should make sure that the health and social care sections of EHC plans are specific and "
             "describe the support children will receive.", "Designated Clinical Officer", "September 2024"),
    ("AFI3", "Leaders should reduce the number of children and young people with SEND who are missing education or "
             "are on part-time timetables.", "Head of Inclusion", "December 2024"),
    ("AFI4", "Leaders should strengthen the support for young people with SEND as they prepare for adulthood, "
             "including their move to adult health services.", "Service Manager, 14-25", "March 2025"),
]
CALDERDALE_RECOMMENDATIONS = [
    "note the progress made against the Strategic Action Plan since it was submitted;",
    "consider whether the measures in Appendix 2 give members enough information to scrutinise progress; and",
    "agree to receive a further update at its meeting in October 2024.",
]
HALTON_WEAKNESSES = [
    "improve the timeliness and quality of EHC plans, including the advice that health and social care provide;",
    "strengthen their oversight of children who are educated other than at school or who attend alternative "
    "provision;",
    "make sure that children and young people with SEND get timely access to therapies, particularly "
    "occupational therapy;",
    "develop the range of post-16 pathways, including supported internships, so that more young people move into "
    "employment; and",
    "improve how the partnership communicates with families about the support that is available, including "
    "through the local offer.",
]
WIGAN_WEAKNESSES = [
    "Leaders need to make sure that the EHC plans of children and young people are reviewed when their needs "
    "change, and that reviews lead to changes in the support they receive.",
    "They also need to improve the range and quality of specialist provision for pupils with social, emotional "
    "and mental health needs, so that fewer pupils are placed in independent schools a long way from home.",
    "The ICB must improve the co-ordination of health services for children with complex medical needs, who told "
    "inspectors that they had to repeat their story to several professionals.",
]
WIGAN_RECOMMENDATIONS = [
    "notes the outcome of the area SEND inspection and the strengths and areas for improvement identified;",
    "approves the updated SEND Strategic Plan at Appendix A for publication; and",
    "notes that progress will be reported to the Children and Young People Scrutiny Committee every six months.",
]


def calderdale_report() -> Path:
    """An officer report: bulleted recommendations, an appendix table of areas for improvement over two pages."""
    rows = [["<b>Ref</b>", "<b>Area for improvement</b>", "<b>Lead</b>", "<b>Target date</b>"]]
    rows += [list(row) for row in CALDERDALE_ROWS]
    pages = [
        [
            title("CALDERDALE METROPOLITAN BOROUGH COUNCIL"),
            table([
                ["Name of meeting:", "People, Children and Young People's Scrutiny Panel"],
                ["Date:", "12 March 2024"],
                ["Title of report:", "SEND Strategic Action Plan: progress report"],
                ["Report of:", "Director, Children and Young People's Services"],
                ["Wards affected:", "All"],
                ["Cabinet Member:", "Councillor Adam Wilkinson-Bright, Cabinet Member for Children and Young "
                                    "People's Services"],
            ], [4.5 * cm, 11.5 * cm]),
            heading("1. Purpose of report"),
            body("1.1 To update the Scrutiny Panel on the progress of the Calderdale SEND Strategic Action Plan, "
                 "which responds to the area SEND inspection of the Calderdale local area partnership."),
            heading("2. Recommendations"),
            body("It is recommended that members of the Scrutiny Panel:"),
            bullet(CALDERDALE_RECOMMENDATIONS[0]),
            bullet(CALDERDALE_RECOMMENDATIONS[1]),
            bullet(CALDERDALE_RECOMMENDATIONS[2]),
            heading("3. Background"),
            body("3.1 Ofsted and the Care Quality Commission inspected the local area partnership from 9-13 January "
                 "2023. The outcome letter was published on 3 March 2023 and the Strategic Action Plan was "
                 "submitted to Ofsted on 28 April 2023."),
            body("3.2 Inspectors found much that was positive, including the partnership's work with Calderdale "
                 "Parent and Carer Council and the inclusive practice of many primary schools. The four areas for "
                 "improvement they identified are set out in Appendix 1, with the lead officer and target date for "
                 "each."),
        ],
        [
            body("3.3 Officers from the Department for Education and NHS England held a stocktake meeting with the "
                 "partnership on 22 November 2023. They were satisfied with the pace of improvement but asked the "
                 "partnership to set clearer measures of impact; these are now in Appendix 2."),
            heading("4. Main issues for the Scrutiny Panel"),
            body("4.1 Timeliness of EHC needs assessments has improved from 31% in 2022 to 58% in the last six "
                 "months, but remains below the national average. Health advice is now returned within six weeks in "
                 "nine cases out of ten."),
            body("4.2 The number of children on part-time timetables has fallen, but the Panel will wish to note that "
                 "the number of children missing education has risen since September 2023."),
            heading("Appendix 1: Areas for improvement"),
            table(rows[:3], [1.3 * cm, 8.0 * cm, 3.3 * cm, 3.4 * cm]),
        ],
        [
            table(rows[3:], [1.3 * cm, 8.0 * cm, 3.3 * cm, 3.4 * cm]),
            heading("5. Consultation"),
            body("5.1 The measures in Appendix 2 were agreed with Calderdale Parent and Carer Council at its meeting "
                 "in February 2024."),
            heading("6. Contact officer"),
            body("Priya Natarajan-Holt, Service Manager SEND"),
            body("priya.natarajan-holt@calderdale.gov.uk | 01422 392614"),
            heading("7. Director responsible"),
            body("Julie Jenkins-Rowe, Director, Children and Young People's Services"),
        ],
    ]
    return write("calderdale/round10-2024-03-12-people-children-and-young-peoples-scrutiny-panel/"
                 "SEND Strategic Action Plan Progress.pdf", pages, "Calderdale MBC",
                 "People, Children and Young People's Scrutiny Panel - 12 March 2024", "OFFICIAL",
                 page_label="Page {n} of {total}")


def halton_minutes() -> Path:
    """Board minutes: surnames, initials, a public question, unmarked list lines, RESOLVED clauses."""
    pages = [
        [
            title("CHILDREN, YOUNG PEOPLE AND FAMILIES POLICY AND PERFORMANCE BOARD"),
            body("At a meeting of the Children, Young People and Families Policy and Performance Board on Monday, "
                 "17 June 2024 in the Civic Suite, Town Hall, Runcorn"),
            body("Present: Councillors Logan-Ferris (Chair), Begg (Vice-Chair), Carlin-Moss, Davidson, "
                 "Hutchinson-Leigh, Ratcliffe and Wainwright"),
            body("Apologies for Absence: Councillors Dourley and Stretch-Hale"),
            body("Absence declared on Council business: None"),
            body("Officers present: A. Jones-Whitfield, S. Ogden-Platt, M. Pinnock and K. Doran-Hughes"),
            body("Also in attendance: Councillor T. McInerney-Cole, Portfolio Holder for Children and Young People, "
                 "and two members of the public"),
            heading("CYP1 MINUTES"),
            body("The Minutes of the meeting held on 18 March 2024 were taken as read and signed as a correct "
                 "record."),
            heading("CYP2 PUBLIC QUESTION TIME"),
            body("The Board was advised that one question had been received. Mrs K. Barrow-Leigh asked when her "
                 "daughter, who had been out of school since October 2023, would be offered a place in a resource "
                 "base. The Operational Director undertook to reply in writing within ten working days."),
            heading("CYP3 SEND STRATEGIC ACTION PLAN - PROGRESS UPDATE"),
            body("The Board received a report of the Executive Director, Children's Services, which provided an "
                 "update on the delivery of the SEND Strategic Action Plan."),
        ],
        [
            body("The Board was reminded that the plan had been published on 15 January 2024 and was built around "
                 "the five areas for improvement set out in the inspection report of 31 October 2023, which were "
                 "that leaders should:"),
            item(HALTON_WEAKNESSES[0]),
            item(HALTON_WEAKNESSES[1]),
            item(HALTON_WEAKNESSES[2]),
            item(HALTON_WEAKNESSES[3]),
            item(HALTON_WEAKNESSES[4]),
            body("The report noted that the inspection, which had taken place from 25 to 29 September 2023, had "
                 "found that children's needs were identified well in the early years and that the Halton SENDIASS "
                 "was highly regarded by families."),
            body("Members were advised that 64% of new EHC plans had been issued within 20 weeks in the last quarter, "
                 "compared with 29% a year before, and that waiting times for occupational therapy had fallen to 18 "
                 "weeks. A supported internship programme with Riverside College would begin in September 2024."),
            body("Members raised concerns about the cost of transport to out-of-borough placements and the number of "
                 "children being educated at home. One Member asked that ward councillors be told when new resource "
                 "bases were planned in their wards."),
            body("RESOLVED: That"),
            body("(1) the report and the progress made in delivering the SEND Strategic Action Plan be noted; and"),
        ],
        [
            body("(2) the Board receive a further report on children educated other than at school at its meeting in "
                 "November 2024."),
            heading("CYP4 PERFORMANCE MANAGEMENT REPORT - QUARTER 4 2023/24"),
            body("The Board considered the performance management report for the fourth quarter of 2023/24."),
            body("RESOLVED: That the report be noted."),
            body("Meeting ended at 8.05 p.m."),
        ],
    ]
    return write("halton/round10-2024-09-16-children-young-people-and-families-policy-and-performance-board/"
                 "Minutes 17 June 2024.pdf", pages, "Children, Young People and Families Policy and Performance Board",
                 "17 June 2024", "Halton Borough Council", page_label="{n}")


def wigan_report() -> Path:
    """A Cabinet report: header table, "That Cabinet:" recommendations, weaknesses as plain sentences."""
    pages = [
        [
            title("Wigan Council"),
            table([
                ["Report to:", "Cabinet"],
                ["Date of meeting:", "12 December 2024"],
                ["Report title:", "Area SEND Inspection Outcome and Updated SEND Strategic Plan"],
                ["Portfolio:", "Children and Young People - Councillor Jenny Bullough-Platt"],
                ["Report author:", "Marcus Heywood-Lacey, Assistant Director - Education"],
                ["Contact details:", "m.heywood-lacey@wigan.gov.uk, 01942 486731"],
                ["Key decision:", "No"],
            ], [4 * cm, 12 * cm]),
            heading("1. Summary"),
            body("1.1 This report sets out the outcome of the area SEND inspection of the Wigan local area "
                 "partnership and seeks approval of the partnership's updated SEND Strategic Plan."),
            heading("2. Recommendations"),
            body("2.1 That Cabinet:"),
            body("a) " + WIGAN_RECOMMENDATIONS[0]),
            body("b) " + WIGAN_RECOMMENDATIONS[1]),
            body("c) " + WIGAN_RECOMMENDATIONS[2]),
            heading("3. Background"),
            body("3.1 The previous inspection, in November 2018, resulted in a Written Statement of Action, which "
                 "was closed after the re-visit in 2021."),
            body("3.2 Ofsted and the Care Quality Commission inspected the partnership under the current framework "
                 "between 30 September and 18 October 2024. Their report was published on 22 November 2024."),
        ],
        [
            heading("4. Findings"),
            body("4.1 The partnership received the middle of the three possible outcomes: its arrangements lead to "
                 "inconsistent experiences and outcomes for children and young people with SEND."),
            body("4.2 Inspectors were positive about much of what they saw. They found that children's needs are "
                 "identified early, that the Start Well family hubs are highly valued, and that young people in "
                 "Wigan's special schools achieve well."),
            body("4.3 The inspectors were clear about what needs to improve. " + " ".join(WIGAN_WEAKNESSES)),
            body("4.4 Members have raised with officers the rising cost of independent school placements, which is "
                 "addressed in the High Needs Block recovery plan considered by Cabinet in October 2024."),
            heading("5. Updated SEND Strategic Plan"),
            body("5.1 The partnership must publish its updated strategic plan by 7 February 2025. The draft at "
                 "Appendix A has been written with Wigan Parent Carer Forum and was shared with young people at "
                 "the Youth Cabinet on 26 November 2024."),
        ],
        [
            heading("6. Financial and legal implications"),
            body("6.1 The actions in the plan will be delivered within existing budgets and the Dedicated Schools "
                 "Grant. Legal implications verified by Sean Fairclough-Idris, Senior Solicitor."),
            heading("7. Consultation"),
            body("7.1 The Children and Young People Scrutiny Committee considered the inspection report on 3 "
                 "December 2024 and supported the draft plan."),
            heading("8. Background papers"),
            body("Area SEND inspection of Wigan Local Area Partnership, Ofsted and CQC, November 2024."),
            body("<b>Professor James Winterbottom-Lyle</b>"),
            body("Director of Children's Services"),
        ],
    ]
    return write("wigan/round10-2024-12-12-cabinet/Area SEND Inspection Outcome.pdf", pages, "Wigan Council",
                 "Cabinet - 12 December 2024", "Wigan Council - Confident Place, Confident People",
                 page_label="Page {n}")


def main() -> None:
    for make in (calderdale_report, halton_minutes, wigan_report):
        print(make().relative_to(CORPUS))


if __name__ == "__main__":
    main()
