"""Write the printed documents of the held-out round 54 (reportlab).

Round 54 is a blind batch: documents written with their gold before any extractor ran on them. These three are
the printed forms: a London Borough of Richmond upon Thames report to its Children's Services and Education
Committee on the Accelerated Progress Plan after a 2016-framework re-visit (the unprogressed weaknesses as the first
column of a progress table, recommendations "2.1" to "2.3"); a London Borough of Redbridge Cabinet Member decision
report responding to a 2023-framework area for improvement (the area quoted in an indented block, "DECISION" with
"1." and "2."); and a Department for Education letter to Westmorland and Furness Council after a monitoring meeting
on its priority action plan (2023 framework, the two areas for priority action as bold italic quotations). Invented
text, fictitious people. Each page's content is fixed with an explicit page break, so the gold's page numbers follow
from this script. The output is deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round54_pdfs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_round4_pdfs import BODY, body, heading, title  # noqa: E402
from make_round5_pdfs import write  # noqa: E402
from make_round16_pdfs import front_sheet  # noqa: E402
from reportlab import rl_config  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle  # noqa: E402

rl_config.invariant = 1
INDENT = ParagraphStyle("Indent54", parent=BODY, leftIndent=22, firstLineIndent=-22)
QUOTE = ParagraphStyle("Quote54", parent=BODY, leftIndent=28, rightIndent=28, fontName="Helvetica-Oblique")
CELL = ParagraphStyle("Cell54", parent=BODY, fontSize=9, leading=11)
LETTER = ParagraphStyle("Letter54", parent=BODY, fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=7)
LETTER_Q = ParagraphStyle("LetterQ54", parent=LETTER, leftIndent=24, fontName="Times-BoldItalic")


def item(marker: str, text: str, style: ParagraphStyle = INDENT):
    return Paragraph(f"{marker}&nbsp;&nbsp;{text}", style)


def grid(rows: list[list[str]], widths: list[float]):
    cells = [[Paragraph(cell, CELL) for cell in row] for row in rows]
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6EE"))]))
    return table


# ---------------------------------------------------------------- Richmond upon Thames (2016 framework)
RICHMOND_SW = [
    "The quality of EHC plans is too variable, and health and social care contributions are frequently missing.",
    "Leaders have not developed a joint commissioning strategy, which has led to gaps in provision for children and "
    "young people with social, emotional and mental health needs.",
    "The area's arrangements for preparing young people for adulthood are underdeveloped, particularly for those "
    "aged 19 to 25.",
]

RICHMOND_RECS = [
    "That the Committee notes the progress made against the Accelerated Progress Plan since its submission on 28 "
    "April 2023.",
    "That the Committee notes the feedback from the Department for Education and NHS England review meeting held on "
    "12 September 2023.",
    "That the Committee agrees to receive the next progress report in April 2024, after the second review meeting.",
]


def richmond_report() -> Path:
    progress = [
        ["Area of significant weakness not yet sufficiently improved", "Progress since March 2023", "Status"],
        [RICHMOND_SW[0], "Multi-agency audit in July 2023 rated 68% of plans good, up from 41%. Health advice "
         "on time in 86% of cases.", "On track"],
        [RICHMOND_SW[1], "Joint commissioning strategy agreed by the Health and Care Board in August 2023; SEMH "
         "outreach service commissioned.", "On track"],
        [RICHMOND_SW[2], "Supported internship places increased from 9 to 22. Post-19 pathway still in design.",
         "Behind"],
    ]
    pages = [
        [
            title("London Borough of Richmond upon Thames"),
            front_sheet([
                ("Report for:", "Children's Services and Education Committee"),
                ("Date of meeting:", "17 October 2023"),
                ("Title:", "SEND Accelerated Progress Plan: progress report"),
                ("Report of:", "Director of Children's Services, Achieving for Children"),
                ("Key decision:", "No"),
                ("Wards:", "All"),
            ]),
            heading("1. Purpose of report"),
            body("1.1 This report updates the Committee on the Accelerated Progress Plan (APP) agreed after the "
                 "Ofsted and CQC revisit of the Richmond local area."),
            heading("2. Recommendations"),
            item("2.1", RICHMOND_RECS[0]),
            item("2.2", RICHMOND_RECS[1]),
            item("2.3", RICHMOND_RECS[2]),
            heading("3. Background"),
            body("3.1 The local area was inspected from 7 to 11 October 2019. The inspection letter identified five "
                 "areas of significant weakness, and the Written Statement of Action was judged fit for purpose on 20 "
                 "March 2020."),
            body("3.2 Inspectors revisited the area between 6 and 8 February 2023. Their letter, published on 17 "
                 "March 2023, found sufficient progress in two areas but not in the remaining three. The Department "
                 "for Education and NHS England then required an APP, which was submitted on 28 April 2023."),
            body("3.3 The APP is overseen by the SEND Improvement Board, chaired by the Director of Children's "
                 "Services, which meets monthly. The parent carer forum, Richmond Parent Carer Forum, is a member."),
        ],
        [
            heading("4. Progress"),
            body("4.1 The table sets out the three areas of significant weakness in which the revisit found "
                 "insufficient progress, and the position reported to the SEND Improvement Board on 28 September "
                 "2023."),
            grid(progress, [7.4 * cm, 6.8 * cm, 1.8 * cm]),
            body("4.2 At the review meeting on 12 September 2023, DfE and NHS England advisers recognised the "
                 "improvement in plan quality and asked the partnership to set out a clearer timetable for the post-19 "
                 "pathway. The next review is expected in March 2024."),
            heading("5. Financial implications"),
            body("5.1 The APP is funded within existing budgets and the High Needs Block. Finance comments provided by "
                 "Ravi Mortlake, Head of Finance (Children's Services)."),
            heading("6. Contact"),
            body("Report author: Yvonne Teddington-Ross, Head of SEND Strategy, Achieving for Children. Tel: 020 8891 "
                 "7604. Email: yvonne.teddington-ross@achievingforchildren.org.uk"),
            body("Background papers: Ofsted and CQC revisit letter, 17 March 2023."),
        ],
    ]
    return write("richmond-upon-thames/round54-2023-10-17-childrens-services-and-education-committee/"
                 "SEND Accelerated Progress Plan progress report.pdf", pages,
                 "London Borough of Richmond upon Thames", "Children's Services and Education Committee - 17 October 2023",
                 "OFFICIAL")


# ---------------------------------------------------------------- Redbridge (2023 framework)
REDBRIDGE_AFI = (
    "Health leaders should reduce the time that children and young people wait for an autism assessment, and make "
    "sure families receive support while they wait."
)

REDBRIDGE_DECISIONS = [
    "To award a grant of £186,000 a year for two years to Redbridge Neurodiversity Network to provide a "
    "waiting-well support service for families of children awaiting an autism assessment, from 1 October 2024.",
    "To delegate to the Director of Education and Inclusion authority to agree the grant conditions and "
    "performance measures with NHS North East London.",
]


def redbridge_decision() -> Path:
    pages = [
        [
            title("LONDON BOROUGH OF REDBRIDGE"),
            body("<b>CABINET MEMBER DECISION REPORT</b>"),
            front_sheet([
                ("Decision maker:", "Councillor Farah Aldborough-Shah, Cabinet Member for Children and Young People"),
                ("Subject:", "Waiting-well support for families awaiting autism assessment"),
                ("Report of:", "Director of Education and Inclusion"),
                ("Key decision:", "No"),
                ("Forward plan reference:", "CMD/2024/041"),
            ]),
            heading("1. Summary"),
            body("1.1 Ofsted and the Care Quality Commission inspected the Redbridge local area partnership between 4 and "
                 "8 December 2023. The report, published on 2 February 2024, set out four areas for improvement. "
                 "This decision responds to the third of them, which reads:"),
            Paragraph(REDBRIDGE_AFI, QUOTE),
            body("1.2 The SEND Partnership Improvement Plan, approved on 9 July 2024, commits the council and the "
                 "integrated care board to a jointly funded support offer for families while they wait. The median "
                 "wait for an autism assessment was 71 weeks in June 2024."),
            heading("2. Recommendation"),
            body("2.1 The Cabinet Member is recommended to approve the decisions set out in section 6."),
            heading("3. Options considered"),
            body("3.1 Commissioning a new service through open tender was rejected because it could not be in place "
                 "before April 2025. Doing nothing was rejected because it would not address the inspection finding."),
        ],
        [
            heading("4. Financial implications"),
            body("4.1 The grant is funded equally by the council's SEND improvement reserve and NHS North East London. "
                 "Comments provided by Chidi Seven-Kings, Finance Business Partner, on 30 August 2024."),
            heading("5. Legal implications"),
            body("5.1 The grant will be made under a standard grant agreement. Comments provided by Aoife Gants-Hill, "
                 "Senior Lawyer."),
            heading("6. DECISION"),
            body("I, the Cabinet Member for Children and Young People, have decided:"),
            item("1.", REDBRIDGE_DECISIONS[0]),
            item("2.", REDBRIDGE_DECISIONS[1]),
            Spacer(1, 10),
            body("Signed: F. Aldborough-Shah"),
            body("Date: 16 September 2024"),
            body("Contact officer: Daniel Okafor-Reeve, Director of Education and Inclusion, "
                 "daniel.okafor-reeve@redbridge.gov.uk, 020 8708 3120"),
            body("This decision will come into force at the end of the call-in period on 24 September 2024, unless "
                 "called in."),
        ],
    ]
    return write("redbridge/round54-2024-09-16-cabinet-member-for-children-and-young-people/"
                 "Cabinet Member Decision - Waiting-well support for families awaiting autism assessment.pdf", pages,
                 "London Borough of Redbridge", "Cabinet Member Decision Report", "OFFICIAL")


# ---------------------------------------------------------------- Westmorland and Furness (2023 framework)
WF_APA = [
    "Leaders across the partnership must urgently improve the timeliness and quality of EHC needs assessments and "
    "plans, so that children and young people get the right help without delay.",
    "Leaders must make sure that children and young people who are not in full-time education, including those on "
    "reduced timetables or awaiting a specialist place, are identified quickly and receive suitable provision.",
]


def westmorland_letter() -> Path:
    pages = [
        [
            Paragraph("Department for Education", LETTER),
            Paragraph("SEND and Alternative Provision Directorate<br/>Sanctuary Buildings<br/>20 Great Smith Street<br/>"
                      "London SW1P 3BT", LETTER),
            Paragraph("Andrew Lindale<br/>Director of Children's Services<br/>Westmorland and Furness Council<br/>"
                      "South Lakeland House<br/>Kendal LA9 4DQ", LETTER),
            Paragraph("Dr Fiona Sedbergh<br/>Chief Nursing Officer<br/>NHS Lancashire and South Cumbria Integrated Care "
                      "Board", LETTER),
            Paragraph("30 September 2025", LETTER),
            Paragraph("Dear Andrew and Fiona,", LETTER),
            Paragraph("<b>Westmorland and Furness local area partnership: priority action plan monitoring meeting, "
                      "9 September 2025</b>", LETTER),
            Paragraph("Thank you for meeting us on 9 September 2025 for the second formal monitoring meeting since "
                      "the area SEND inspection carried out between 3 and 7 June 2024. As you know, the inspection "
                      "report published on 19 July 2024 identified two areas for priority action:", LETTER),
            Paragraph(WF_APA[0], LETTER_Q),
            Paragraph(WF_APA[1], LETTER_Q),
            Paragraph("We reviewed your priority action plan, submitted on 27 September 2024, against the evidence you "
                      "provided and the views of Westmorland and Furness Parent Voice, whom we met separately on 2 "
                      "September 2025.", LETTER),
            Paragraph("On the first priority, we were encouraged that 47% of new EHC plans were issued within 20 weeks "
                      "in July 2025, compared with 12% a year earlier, and that the backlog of overdue assessments has "
                      "been cleared. The quality of health advice remains variable, and we would like to see the "
                      "results of the next multi-agency audit.", LETTER),
        ],
        [
            Paragraph("On the second priority, the reduced timetable register is now well established and every child "
                      "on it has a named officer. However, 38 children were still waiting for a specialist place at the "
                      "start of the autumn term, and we are not yet assured that all of them are receiving suitable "
                      "education. We ask you to send us a costed plan for additional specialist places by 31 October "
                      "2025.", LETTER),
            Paragraph("Overall, we consider that the partnership is making progress against its plan, but that the pace "
                      "of improvement for the second priority must increase. We will hold the next monitoring meeting "
                      "in March 2026. Ofsted and the CQC have been told of our assessment, which will inform their "
                      "monitoring inspection.", LETTER),
            Paragraph("I am copying this letter to Councillor Sue Ferrand-Blake, Cabinet Member for Children and "
                      "Families; Gemma Stainton-Holme, Assistant Director for Education and SEND; and Tariq Bowness, "
                      "NHS England North West.", LETTER),
            Paragraph("Yours sincerely,", LETTER),
            Paragraph("Helen Rydal-Price<br/>SEND Adviser, Department for Education", LETTER),
            Paragraph("Martin Crook-Alston<br/>SEND Clinical Adviser, NHS England", LETTER),
        ],
    ]
    return write("westmorland-and-furness/round54-2025-11-20-children-education-and-families-overview-and-scrutiny-committee/"
                 "Appendix 2 - DfE and NHS England monitoring letter 30 September 2025.pdf", pages,
                 "", "", "", page_label="{n}")


def main() -> None:
    for make in (richmond_report, redbridge_decision, westmorland_letter):
        print(make())


if __name__ == "__main__":
    main()
