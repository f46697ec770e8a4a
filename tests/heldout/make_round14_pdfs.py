"""Write the three printed documents of the held-out round 14 (reportlab).

Round 14 is a blind batch: documents written with their gold before any extractor ran on them, in
councils new to this folder. These three are the printed forms: a Bournemouth, Christchurch and Poole
scrutiny report on the BCP front-sheet template (recommendations "(a) ... (c)" inside a ruled cell; the
three priority actions as the middle column of a ruled "No. | Priority action | Senior responsible
officer" table that breaks from page 1 to page 2 with its header repeated; the two areas for improvement
in one sentence, "concern A, and B"); a Telford & Wrekin Cabinet report ("It is recommended that
Cabinet:" over "2.1 ... 2.3"; three areas for improvement as a semicolon series after "inspectors asked
that leaders:"; an impact table signed by initials and dates); and a Westmorland and Furness scrutiny
report whose four areas for improvement each stand under a bold sub-heading as a "What the report said:"
paragraph followed by "What we have done:", running over pages 1 to 3. Invented text, fictitious
people. Each page's content is fixed here with an explicit page break, so the gold's page numbers follow
from this script. The output is deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round14_pdfs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_round4_pdfs import BODY, body, heading, table, title  # noqa: E402
from make_round5_pdfs import write  # noqa: E402
from reportlab import rl_config  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Paragraph, Table, TableStyle  # noqa: E402

rl_config.invariant = 1
HANGING = ParagraphStyle("Hanging14", parent=BODY, leftIndent=30, firstLineIndent=-30)
INDENT = ParagraphStyle("Indent14", parent=BODY, leftIndent=18)


def hanging(text: str):
    return Paragraph(text, HANGING)


def indented(text: str):
    return Paragraph(text, INDENT)


def ruled(rows: list[list[str]], widths: list[float], header: bool = True):
    """A ruled table whose first row is a shaded header."""
    cells = [[Paragraph(f"<b>{cell}</b>" if header and r == 0 else cell, BODY) for cell in row]
             for r, row in enumerate(rows)]
    grid = Table(cells, colWidths=widths)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")))
    grid.setStyle(TableStyle(style))
    return grid


BCP_ACTIONS = [
    "Leaders across the partnership must urgently reduce the time taken to complete EHC needs assessments and "
    "improve the quality of EHC plans, so that children and young people receive the right support at the right "
    "time.",
    "Leaders should develop a joint commissioning strategy, informed by an accurate assessment of local need, so "
    "that there is sufficient specialist provision, including health services, in the area.",
    "Leaders must improve the way they communicate with parents and carers and involve them in decisions, so that "
    "families have confidence that their children's needs will be met.",
]
BCP_HEADER = ["No.", "Priority action", "Senior responsible officer"]


def bcp_report() -> Path:
    pages = [
        [
            title("Children's Services Overview and Scrutiny Committee"),
            table([["Report subject", "SEND Priority Action Plan: progress report"],
                   ["Meeting date", "2 June 2025"],
                   ["Status", "Public Report"],
                   ["Executive summary", "This report sets out progress against the Priority Action Plan "
                    "written in response to the area SEND inspection of the BCP local area partnership, and "
                    "against the statutory direction issued to the Council."],
                   ["Recommendations", "It is RECOMMENDED that the Committee:<br/>(a) notes the progress made "
                    "against the Priority Action Plan;<br/>(b) comments on the priorities for the next six months "
                    "set out in paragraph 9; and<br/>(c) agrees to receive a further progress report in December "
                    "2025."],
                   ["Reason for recommendations", "To enable the Committee to scrutinise the partnership's "
                    "response to the inspection."],
                   ["Portfolio Holder(s):", "Councillor Hannah Lockyer-Dunne, Portfolio Holder for Children, "
                    "Young People, Education and Skills"],
                   ["Corporate Director", "Sarah-Jane Whitcombe, Corporate Director for Children's Services"],
                   ["Report Authors", "Alastair Penhaligon, Director of Education and Skills, "
                    "alastair.penhaligon@bcpcouncil.gov.uk"],
                   ["Wards", "Council-wide"],
                   ["Classification", "For Recommendation"]], [4.5 * cm, 11.5 * cm]),
            heading("Background"),
            body("1. Ofsted and the Care Quality Commission carried out an area SEND inspection of the "
                 "Bournemouth, Christchurch and Poole local area partnership from 4 to 8 November 2024."),
            body("2. The inspection report, published on 20 December 2024, found that there are widespread and/or "
                 "systemic failings leading to significant concerns about the experiences and outcomes of children "
                 "and young people with SEND."),
            body("3. The report set three priority actions and two areas for improvement. The priority actions, and "
                 "the senior officer responsible for each, are shown in the table below."),
            ruled([BCP_HEADER,
                   ["1", BCP_ACTIONS[0], "Director of Education and Skills"],
                   ["2", BCP_ACTIONS[1], "Director of Commissioning, BCP Council, and Deputy Chief Nursing "
                    "Officer, NHS Dorset"]], [1.2 * cm, 10 * cm, 4.8 * cm]),
        ],
        [
            ruled([BCP_HEADER,
                   ["3", BCP_ACTIONS[2], "Corporate Director for Children's Services"]],
                  [1.2 * cm, 10 * cm, 4.8 * cm]),
            body("4. The two areas for improvement concern the quality and accessibility of the information on the "
                 "Local Offer, and the oversight of children and young people with SEND who are electively home "
                 "educated."),
            body("5. The Secretary of State issued a statutory direction to the Council on 27 January 2025. The "
                 "Priority Action Plan was submitted to Ofsted on 6 February 2025, and the Department for Education "
                 "and NHS England held their first review of progress on 3 April 2025."),
            body("6. Inspectors also recognised strengths, including the quality of the Council's short breaks "
                 "offer, the work of the Dorset Parent Carer Council and the support given to young people with "
                 "SEND in the youth justice service."),
            heading("Progress"),
            body("7. Since the inspection the Council has recruited eleven additional EHC coordinators and two "
                 "educational psychologists. The proportion of EHC plans issued within 20 weeks rose from 9% in "
                 "October 2024 to 31% in April 2025."),
            body("8. A joint commissioning manager, funded jointly by the Council and NHS Dorset, took up post in "
                 "March 2025, and a needs assessment for specialist provision is under way. A new SEND "
                 "communications plan has been co-produced with parents."),
            body("9. Over the next six months the partnership will focus on clearing the backlog of overdue annual "
                 "reviews, opening 80 additional specialist places in September 2025 and relaunching the Local "
                 "Offer website."),
        ],
        [
            heading("Summary of financial implications"),
            body("10. The Priority Action Plan is funded from the Dedicated Schools Grant and the Council's "
                 "transformation reserve. The additional EHC coordinators cost &pound;640,000 a year."),
            heading("Summary of legal implications"),
            body("11. The statutory direction requires the Council to comply with any instructions of the Secretary "
                 "of State in relation to its SEND functions."),
            heading("Summary of equality implications"),
            body("12. The plan is intended to improve outcomes for children and young people with SEND, who share "
                 "the protected characteristic of disability."),
            heading("Background papers"),
            body("Area SEND inspection of Bournemouth, Christchurch and Poole Local Area Partnership, Ofsted and CQC, "
                 "20 December 2024."),
            heading("Appendices"),
            body("Appendix 1 - Priority Action Plan tracker (April 2025)"),
        ],
    ]
    return write("bournemouth-christchurch-and-poole/round14-2025-06-02-childrens-services-overview-and-scrutiny-"
                 "committee/SEND Priority Action Plan Progress.pdf", pages, "BCP Council", "Agenda Item 7",
                 "Children's Services Overview and Scrutiny Committee - 2 June 2025", page_label="{n}")


def telford_report() -> Path:
    pages = [
        [
            title("TELFORD &amp; WREKIN COUNCIL"),
            body("<b>CABINET &ndash; 10 JULY 2025</b>"),
            body("<b>SEND LOCAL AREA INSPECTION: OUTCOME AND UPDATED STRATEGIC PLAN</b>"),
            body("<b>REPORT OF THE DIRECTOR: EDUCATION &amp; SKILLS</b>"),
            body("<b>LEAD CABINET MEMBER &ndash; CLLR SHAZIA RAFFERTY-BAIG, CABINET MEMBER: CHILDREN, YOUNG PEOPLE "
                 "&amp; EDUCATION</b>"),
            heading("PART A) &ndash; SUMMARY REPORT"),
            body("<b>1.0 SUMMARY OF MAIN PROPOSALS</b>"),
            body("1.1 Ofsted and the Care Quality Commission inspected the Telford and Wrekin local area partnership "
                 "from 24 to 28 March 2025. The inspection report was published on 16 May 2025. It found that the "
                 "partnership's arrangements lead to inconsistent experiences and outcomes for children and young "
                 "people with special educational needs and disabilities (SEND)."),
            body("1.2 Inspectors praised the borough's inclusive early years settings, the work of the SENDIASS "
                 "service and the partnership's strong relationship with the Telford and Wrekin Parent Carer Forum. "
                 "In their report inspectors asked that leaders: strengthen the joint oversight of the quality of "
                 "provision for children and young people receiving SEN support in mainstream schools; improve the "
                 "timeliness of assessment for autism and ADHD, and the support offered to families while they "
                 "wait; and ensure that young people with SEND have a wider range of opportunities to prepare for "
                 "adult life, including supported internships and independent travel training."),
            body("1.3 This report presents the updated SEND and Alternative Provision Strategic Plan, which responds "
                 "to these three areas."),
            body("<b>2.0 RECOMMENDATIONS FOR DECISION/NOTING:</b>"),
            body("It is recommended that Cabinet:"),
            hanging("2.1 Notes the outcome of the area SEND inspection of the Telford and Wrekin local area "
                    "partnership;"),
            hanging("2.2 Approves the updated SEND and Alternative Provision Strategic Plan at Appendix A for "
                    "publication by 11 July 2025;"),
            hanging("2.3 Delegates authority to the Director: Education &amp; Skills, in consultation with the "
                    "Cabinet Member: Children, Young People &amp; Education, to make minor amendments to the Plan "
                    "before it is published."),
        ],
        [
            body("<b>3.0 SUMMARY IMPACT ASSESSMENT</b>"),
            table([["COMMUNITY IMPACT", "Do these proposals contribute to any of the Council's priorities?",
                    "Yes &ndash; every child, young person and adult lives well in their community."],
                   ["", "Will the proposals impact on specific groups of people?",
                    "Yes &ndash; children and young people with SEND and their families."],
                   ["TARGET DATE", "The Plan runs to March 2027.", ""],
                   ["FINANCIAL IMPACT", "The Plan will be delivered within the existing Dedicated Schools Grant "
                    "and the Council's approved budget for 2025/26.", "TD 20/06/2025"],
                   ["LEGAL ISSUES", "The Council and the Integrated Care Board have duties under the Children and "
                    "Families Act 2014. Publication of the updated plan is required by the inspection framework.",
                    "RP 19/06/2025"],
                   ["OTHER IMPACTS, RISKS &amp; OPPORTUNITIES", "Failure to make progress could lead to an earlier "
                    "re-inspection.", "DS 18/06/2025"],
                   ["IMPACT ON SPECIFIC WARDS", "Borough-wide impact", ""]],
                  [4 * cm, 7.5 * cm, 4.5 * cm]),
        ],
        [
            heading("PART B) &ndash; ADDITIONAL INFORMATION"),
            body("<b>4.0 INFORMATION</b>"),
            body("4.1 Since the inspection, the partnership has agreed a joint quality assurance framework for SEN "
                 "support with headteachers and commissioned additional ADHD assessment capacity from Shropshire "
                 "Community Health NHS Trust."),
            body("4.2 The updated Strategic Plan was agreed by the Telford and Wrekin SEND Partnership Board on 25 "
                 "June 2025 and must be published by 11 July 2025. Progress will be reported to the Children and "
                 "Young People Scrutiny Committee in January 2026."),
            body("<b>5.0 PREVIOUS MINUTES</b>"),
            body("5.1 None."),
            body("<b>6.0 BACKGROUND PAPERS</b>"),
            body("6.1 Area SEND inspection of Telford and Wrekin Local Area Partnership, Ofsted and CQC, 16 May 2025."),
            body("Report prepared by Dominika Szewczyk-Hale, Service Delivery Manager: SEND, telephone 01952 385127, "
                 "email dominika.szewczyk-hale@telford.gov.uk"),
        ],
    ]
    return write("telford-and-wrekin/round14-2025-07-10-cabinet/SEND Inspection Outcome and Strategic Plan.pdf",
                 pages, "Telford & Wrekin Council", "Cabinet - 10 July 2025", "Protect, care and invest to create "
                 "a better borough", page_label="Page {n}")


WAF_AREAS = [
    ("Early identification of need",
     "Leaders should make sure that the needs of young children, particularly in rural and coastal communities, "
     "are identified and met at the earliest opportunity.",
     "Health visitors now complete a developmental review at 2 years and 3 months for every child, and a new "
     "outreach service for early years settings in the Eden and Furness areas started in January 2025."),
    ("EHC needs assessments",
     "Leaders should improve the timeliness of EHC needs assessments and make sure that health and social care "
     "advice is routinely included in EHC plans.",
     "The proportion of plans issued within 20 weeks has risen from 34% to 58%. Social care advice is now "
     "requested through a single point of contact."),
    ("Sufficiency of local provision",
     "Leaders should work with schools to reduce the number of children with SEND who travel long distances to "
     "school or who are placed in independent special schools outside the area.",
     "Two new resource bases opened in Barrow-in-Furness and Kendal in September 2024, creating 32 places."),
    ("Using data to check quality",
     "Leaders should make sure that the partnership's self-evaluation and quality assurance are informed by "
     "accurate data about the outcomes of children and young people with SEND.",
     "A shared SEND dashboard has been built with the ICB and is reviewed at every SEND Partnership Board."),
]


def waf_area(number: int) -> list:
    name, said, done = WAF_AREAS[number - 1]
    return [body(f"<b>Area for improvement {number}: {name}</b>"),
            indented(f"<i>What the report said:</i> {said}"),
            indented(f"<i>What we have done:</i> {done}")]


def waf_report() -> Path:
    pages = [
        [
            title("Westmorland and Furness Council"),
            table([["Report to:", "Children, Education and Families Overview and Scrutiny Committee"],
                   ["Meeting date:", "10 April 2025"],
                   ["Report from:", "Director of Children's Services"],
                   ["Report author:", "Gemma Stainton-Holme, Senior Manager, SEND Improvement"],
                   ["Cabinet Member:", "Councillor Sue Ferrand-Blake, Cabinet Member for Children, Young People "
                    "and Families"],
                   ["Wards:", "All"],
                   ["Key decision:", "No"]], [4 * cm, 12 * cm]),
            heading("SEND Partnership Strategic Plan: progress report"),
            body("<b>1.0 Purpose</b>"),
            body("1.1 To update the Committee on progress against the SEND Partnership Strategic Plan since the area "
                 "SEND inspection."),
            body("<b>2.0 Recommendation</b>"),
            body("2.1 That the Committee considers and comments on the progress made against the SEND Partnership "
                 "Strategic Plan."),
            body("<b>3.0 Background</b>"),
            body("3.1 Ofsted and the Care Quality Commission inspected the Westmorland and Furness local area "
                 "partnership from 3 to 7 June 2024, the first inspection of the area since the Council was formed in "
                 "April 2023. The report was published on 19 July 2024 and found that the partnership's arrangements "
                 "lead to inconsistent experiences and outcomes for children and young people with SEND."),
            body("3.2 The partnership published its updated SEND Partnership Strategic Plan on 27 September 2024. The "
                 "Department for Education's SEND adviser visited on 4 March 2025 to review progress against it."),
            body("3.3 Inspectors set four areas for improvement. The section below takes each in turn, giving the "
                 "report's wording and what has been done since."),
            body("<b>4.0 Progress against the areas for improvement</b>"),
            *waf_area(1),
        ],
        [
            *waf_area(2),
            *waf_area(3),
            body("4.1 Inspectors also found that children and young people with SEND are well supported by the "
                 "Virtual School and that the Parent Carer Forum is a valued partner."),
        ],
        [
            *waf_area(4),
            body("<b>5.0 Next steps</b>"),
            body("5.1 A second year of the Strategic Plan will begin in September 2025. The Committee will receive a "
                 "further report in the autumn."),
            body("<b>6.0 Contact</b>"),
            body("Gemma Stainton-Holme, Senior Manager, SEND Improvement, "
                 "gemma.stainton-holme@westmorlandandfurness.gov.uk"),
        ],
    ]
    return write("westmorland-and-furness/round14-2025-04-10-children-education-and-families-overview-and-scrutiny-"
                 "committee/SEND Strategic Plan Progress Report.pdf", pages, "Westmorland and Furness Council",
                 "Overview and Scrutiny - 10 April 2025", "www.westmorlandandfurness.gov.uk",
                 page_label="Page {n} of {total}")


def main() -> None:
    for make in (bcp_report, telford_report, waf_report):
        print(make())


if __name__ == "__main__":
    main()
