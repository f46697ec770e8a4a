"""Write the three printed documents of the held-out round 26 (reportlab).

Round 26 is a blind batch: documents written with their gold before any extractor ran on them, in the
layouts most common in real council papers. These three are the printed forms: a London Borough of
Barking and Dagenham officer report to a scrutiny select committee (front-sheet table, "Recommendation(s)"
with "(i) ... (ii)", the inspection's priority actions and areas for improvement as bullets); a Brighton &
Hove City Council progress report on a Written Statement of Action and Accelerated Progress Plan (front
sheet, "2. Recommendations" with "2.1", "2.2", the areas of significant weakness as the first column of a
ruled progress table with a RAG column); and a Rutland County Council report for a portfolio holder's
decision (report number, "RECOMMENDATIONS" with "That the Portfolio Holder:" over "1. 2.", areas for
improvement as numbered paragraphs, and the decision signed on the last page). Invented text,
fictitious people. Each page's content is fixed here with an explicit page break, so the gold's page
numbers follow from this script. The output is deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round26_pdfs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_round4_pdfs import BODY, body, heading, table, title  # noqa: E402
from make_round5_pdfs import write  # noqa: E402
from make_round16_pdfs import front_sheet  # noqa: E402
from reportlab import rl_config  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Paragraph  # noqa: E402

rl_config.invariant = 1
BULLET = ParagraphStyle("Bullet26", parent=BODY, leftIndent=18, firstLineIndent=-10)

BARKING_PRIORITY = [
    "Leaders across the partnership should urgently improve the timeliness of EHC needs assessments and the "
    "quality of EHC plans, so that children's needs are met without delay.",
    "Leaders should urgently work together to reduce the waiting times for speech and language therapy and for "
    "neurodevelopmental assessments.",
]
BARKING_AREAS = [
    "Leaders should improve the quality assurance of EHC plans and the oversight of the provision that children "
    "receive.",
    "Leaders should improve the support for young people with SEND as they prepare for adulthood, including "
    "supported internships.",
    "Leaders should improve the training of staff in mainstream schools in meeting the needs of children with "
    "autism.",
]
BRIGHTON_ROWS = [
    ("The lack of a shared strategy for SEND and of effective oversight of its implementation by leaders across "
     "education, health and care.", "SEND Strategy 2022-2025 agreed; joint SEND Partnership Board meets monthly.",
     "Green"),
    ("Weak joint commissioning arrangements, which have not addressed gaps in speech and language therapy and "
     "occupational therapy.", "Joint Commissioning Framework agreed; therapy recommissioning under way.", "Amber"),
    ("The poor quality of EHC plans, and the weak contributions of health and social care to them.",
     "Quality assurance audits show 68% of plans good or better, up from 30%.", "Amber"),
    ("The long waiting times for assessment by the autism and ADHD pathways.",
     "Waits remain above 60 weeks; additional provider commissioned.", "Red"),
    ("The lack of a coherent approach to co-production with parents and carers.",
     "Co-production charter agreed with Amaze and the Parent Carer Forum.", "Green"),
]
RUTLAND_AREAS = [
    "Leaders should improve the timeliness of annual reviews of EHC plans, and make sure that plans are amended "
    "promptly when children's needs change.",
    "Leaders should make sure that children and young people who travel out of county for specialist provision "
    "have their progress checked regularly.",
    "Leaders should improve access to mental health support for children and young people with SEND, including "
    "those waiting for a CAMHS assessment.",
]


def bullet(text: str):
    return Paragraph("&bull; " + text, BULLET)


def barking_report() -> Path:
    pages = [
        [
            title("CHILDREN'S SERVICES SELECT COMMITTEE"),
            body("<b>3 December 2025</b>"),
            front_sheet([
                ("Title:", "Area SEND Inspection of the Barking and Dagenham Local Area Partnership"),
                ("Report of:", "Cabinet Member for Children's Social Care and Disabilities"),
                ("Open Report", "For Decision: No"),
                ("Wards Affected:", "All"),
                ("Key Decision:", "No"),
                ("Report Author:", "Femi Chadwell, Head of SEND and Inclusion"),
                ("Contact Details:", "Tel: 020 8227 3911<br/>E-mail: femi.chadwell@lbbd.gov.uk"),
                ("Accountable Director:", "Natalie Becontree, Director of Education"),
                ("Accountable Strategic Leadership Director:", "Oliver Valence, Strategic Director, Children and "
                 "Adults"),
            ]),
            heading("Summary"),
            body("Ofsted and the Care Quality Commission (CQC) inspected the Barking and Dagenham local area "
                 "partnership between 15 September and 3 October 2025, and published their report on 11 November "
                 "2025. This report sets out the findings of the inspection and the partnership's response."),
            heading("Recommendation(s)"),
            body("The Children's Services Select Committee is recommended to:"),
            body("(i) Note the outcome of the Area SEND inspection, the priority actions and the areas for "
                 "improvement; and"),
            body("(ii) Comment on the draft Priority Action Plan, in particular the actions to reduce waiting "
                 "times for therapies."),
            heading("Reason(s)"),
            body("To enable the Select Committee to scrutinise the partnership's response to the inspection."),
        ],
        [
            heading("1. Introduction and Background"),
            body("1.1 The partnership received the lowest of the three inspection outcomes: there are widespread "
                 "and/or systemic failings leading to significant concerns about the experiences and outcomes of "
                 "children and young people with SEND."),
            body("1.2 Inspectors recognised a number of strengths, including the partnership's strong work with "
                 "early years settings, the high quality of the borough's resource provisions and the effective "
                 "support for children with SEND who are looked after."),
            heading("2. Inspection findings"),
            body("2.1 The report sets out two priority actions:"),
        ] + [bullet(item) for item in BARKING_PRIORITY] + [
            body("2.2 It also identifies three areas for improvement:"),
        ] + [bullet(item) for item in BARKING_AREAS] + [
            heading("3. The Priority Action Plan"),
            body("3.1 The partnership must submit a Priority Action Plan to Ofsted by 16 December 2025. The draft "
                 "plan has been written with Barking and Dagenham Parent Carer Forum and will be signed off by "
                 "the SEND Partnership Board on 9 December 2025."),
            body("3.2 The Department for Education and NHS England will monitor the partnership's progress, and "
                 "Ofsted and the CQC will carry out a monitoring inspection within about 18 months of the "
                 "report's publication."),
        ],
        [
            heading("4. Consultation"),
            body("4.1 The draft plan was shared with parents and carers at workshops held on 20 and 25 November "
                 "2025."),
            heading("5. Implications"),
            body("<b>5.1 Financial Implications</b> - Implications completed by: Harjit Mayesbrook, Finance "
                 "Business Partner, Children's Services"),
            body("The actions in the plan will be funded from existing budgets and the Dedicated Schools Grant "
                 "High Needs Block."),
            body("<b>5.2 Legal Implications</b> - Implications completed by: Dawn Gascoigne, Principal Solicitor, "
                 "Education"),
            body("The Council has duties under the Children and Families Act 2014 and must respond to the "
                 "inspection findings."),
            heading("Public Background Papers Used in the Preparation of the Report:"),
            body("Ofsted and CQC: Area SEND inspection of Barking and Dagenham Local Area Partnership, 11 November "
                 "2025"),
            heading("List of appendices:"),
            body("Appendix A - Draft Priority Action Plan"),
        ],
    ]
    return write("barking-dagenham/round26-2025-12-03-childrens-services-select-committee/"
                 "Area SEND Inspection Report.pdf", pages, "London Borough of Barking and Dagenham",
                 "Children's Services Select Committee - 3 December 2025", "", page_label="Page {n}")


def brighton_report() -> Path:
    rows = [["Area of significant weakness", "Progress at November 2022", "RAG"]]
    rows += [[area, progress, rag] for area, progress, rag in BRIGHTON_ROWS]
    pages = [
        [
            title("Brighton &amp; Hove City Council"),
            body("<b>Children, Families and Schools Committee</b>"),
            body("<b>Agenda Item 38</b>"),
            front_sheet([
                ("Subject:", "SEND Written Statement of Action and Accelerated Progress Plan: Progress Report"),
                ("Date of meeting:", "14 November 2022"),
                ("Report of:", "Executive Director, Families, Children and Learning"),
                ("Contact Officer:", "Name: Bethany Kemptown<br/>Tel: 01273 290000<br/>Email: "
                 "bethany.kemptown@brighton-hove.gov.uk"),
                ("Ward(s) affected:", "All"),
            ]),
            heading("For general release"),
            heading("1. Purpose of the report and policy context"),
            body("1.1 This report updates the Committee on the local area's progress against its Written "
                 "Statement of Action (WSoA) and its Accelerated Progress Plan (APP)."),
            heading("2. Recommendations"),
            body("2.1 That the Committee notes the progress made against the Written Statement of Action and the "
                 "Accelerated Progress Plan, as set out in the table at paragraph 3.4."),
            body("2.2 That the Committee agrees to receive a further progress report following the next DfE and "
                 "NHS England review meeting."),
        ],
        [
            heading("3. Context and background information"),
            body("3.1 Ofsted and the CQC inspected the Brighton and Hove local area between 9 and 13 October 2017. "
                 "The inspection identified five areas of significant weakness, and a Written Statement of Action "
                 "was declared fit for purpose on 19 March 2018."),
            body("3.2 The local area was revisited from 2 to 4 March 2021. The revisit letter, published on 28 "
                 "April 2021, found that sufficient progress had been made in two of the five areas."),
            body("3.3 The local area submitted an Accelerated Progress Plan on 30 June 2021. Progress has since been "
                 "reviewed by the Department for Education and NHS England at review meetings held on 7 December "
                 "2021 and 22 June 2022."),
            body("3.4 The table below sets out progress in each area of significant weakness."),
            table(rows, [7.5 * cm, 6.5 * cm, 2 * cm]),
            body("3.5 The next review meeting with the DfE and NHS England is scheduled for 13 December 2022."),
        ],
        [
            heading("4. Analysis and consideration of alternative options"),
            body("4.1 There are no alternative options; the local area is required to deliver the APP."),
            heading("5. Community engagement and consultation"),
            body("5.1 Amaze and Brighton &amp; Hove Parent Carer Forum have contributed to this report."),
            heading("6. Conclusion"),
            body("6.1 Good progress has been made in most areas, but waiting times for the autism and ADHD pathways "
                 "remain too long and are the subject of a joint recovery plan with the Integrated Care Board."),
            heading("7. Financial implications"),
            body("7.1 There are no direct financial implications arising from this report."),
            body("Name of finance officer consulted: Seth Portslade Date consulted: 24/10/22"),
            heading("8. Legal implications"),
            body("8.1 The Council has a duty to comply with the Children and Families Act 2014."),
            body("Name of lawyer consulted: Imogen Hanover Date consulted: 25/10/22"),
        ],
    ]
    return write("brighton-hove/round26-2022-11-14-children-families-and-schools-committee/"
                 "SEND WSoA and APP Progress Report.pdf", pages, "Brighton & Hove City Council",
                 "Children, Families and Schools Committee", "")


def rutland_report() -> Path:
    pages = [
        [
            title("Rutland County Council"),
            body("<b>Report No: 142/2025</b>"),
            body("<b>PORTFOLIO HOLDER DECISION</b>"),
            front_sheet([
                ("Date of decision:", "24 October 2025"),
                ("Report Title:", "Area SEND Inspection: Strategic Improvement Plan"),
                ("Strategic Aim:", "A Special Place to Grow Up"),
                ("Key Decision:", "No"),
                ("Exempt Information:", "No"),
                ("Cabinet Member(s) Responsible:", "Councillor Hannah Barrowden, Portfolio Holder for Education "
                 "and Children's Services"),
                ("Contact Officer(s):", "Duncan Ketton, Strategic Director of Children and Families<br/>"
                 "Tel: 01572 758321 dketton@rutland.gov.uk"),
                ("Ward Councillors:", "All"),
            ]),
            heading("DECISION RECOMMENDATIONS"),
            body("That the Portfolio Holder:"),
            body("1. Approves the Rutland SEND Strategic Improvement Plan for publication."),
            body("2. Delegates authority to the Strategic Director of Children and Families to make minor "
                 "amendments to the plan following the Parent Carer Forum's review."),
        ],
        [
            heading("1. PURPOSE OF THE REPORT"),
            body("1.1 To seek approval of the SEND Strategic Improvement Plan, which responds to the Area SEND "
                 "inspection of the Rutland local area partnership."),
            heading("2. BACKGROUND AND MAIN CONSIDERATIONS"),
            body("2.1 Ofsted and the CQC inspected the Rutland local area partnership from 30 June to 18 July "
                 "2025. The report was published on 29 August 2025."),
            body("2.2 The partnership received the middle of the three outcomes. Inspectors found that children "
                 "and young people are well known by professionals, that the Local Offer is clear and well used, "
                 "and that the partnership's relationship with Rutland Parent Carer Voice is strong."),
            body("2.3 Inspectors identified three areas for improvement:"),
        ] + [body(f"2.{4 + number} {area}") for number, area in enumerate(RUTLAND_AREAS)] + [
            body("2.7 The Strategic Improvement Plan was agreed by the SEND Partnership Board on 8 October 2025 "
                 "and will be published on the Local Offer by 31 October 2025."),
            heading("3. CONSULTATION"),
            body("3.1 The plan was discussed with Rutland Parent Carer Voice on 1 October 2025 and with the "
                 "Children and Young People Scrutiny Committee on 15 October 2025."),
        ],
        [
            heading("4. FINANCIAL IMPLICATIONS"),
            body("4.1 The plan will be delivered within existing resources."),
            heading("5. LEGAL AND GOVERNANCE CONSIDERATIONS"),
            body("5.1 The Portfolio Holder has authority to take this decision under the Scheme of Delegation."),
            heading("6. BACKGROUND PAPERS"),
            body("6.1 Ofsted and CQC, Area SEND inspection of Rutland Local Area Partnership, August 2025."),
            heading("DECISION"),
            body("I approve the Rutland SEND Strategic Improvement Plan for publication, and delegate authority to the "
                 "Strategic Director of Children and Families to make minor amendments to it."),
            body("Signed: Councillor Hannah Barrowden, Portfolio Holder for Education and Children's Services"),
            body("Date: 24 October 2025"),
        ],
    ]
    return write("rutland/round26-2025-10-24-portfolio-holder-for-education-and-childrens-services/"
                 "Area SEND Inspection Strategic Improvement Plan.pdf", pages, "Rutland County Council",
                 "Report No: 142/2025", "")


def main() -> None:
    for make in (barking_report, brighton_report, rutland_report):
        print(make())


if __name__ == "__main__":
    main()
