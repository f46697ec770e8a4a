"""Write the three printed documents of the held-out round 24 (reportlab).

Round 24 is a blind batch: documents written with their gold before any extractor ran on them, in the
layouts most common in real council papers. These three are the printed forms: a London Borough of Merton
officer report to an overview and scrutiny panel (front sheet with "Recommendations:" "A. ... C.", four
areas for improvement as numbered paragraphs "2.5" ... "2.8", a strategic improvement plan agreed by a board
and to be published, implications checked by named officers); a Southend-on-Sea City Council Accelerated
Progress Plan progress report to a scrutiny committee (the council's front page, recommendations "2.1" and
"2.2", the three areas of a revisit as the second column of a ruled table with a progress column and a RAG
rating, review meetings held and scheduled); and a London Borough of Newham cabinet member decision report
(front-sheet table, "The Cabinet Member for Children and Young People is recommended to:" over "2.1.1" ...
"2.1.3", six areas of significant weakness as "1." ... "6." lines, a Written Statement of Action due by a
date, the blank signature block for the decision). Invented text, fictitious people. Each page's content is
fixed here with an explicit page break, so the gold's page numbers follow from this script. The output is
deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round24_pdfs.py
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
BULLET = ParagraphStyle("Bullet24", parent=BODY, leftIndent=18, firstLineIndent=-10)
HANGING = ParagraphStyle("Hanging24", parent=BODY, leftIndent=36, firstLineIndent=-36)
LETTERED = ParagraphStyle("Lettered24", parent=BODY, leftIndent=36, firstLineIndent=-18)

MERTON_AREAS = [
    "Leaders should improve the timeliness of EHC needs assessments, so that more children and young people "
    "receive their plans within 20 weeks.",
    "Leaders should make sure that annual reviews of EHC plans take place on time and lead to plans being "
    "updated when children's needs change.",
    "Leaders should reduce the waiting times for assessment on the autism and ADHD pathways, and improve the "
    "support that families receive while they wait.",
    "Leaders should improve the way that the partnership shares information with parents and carers, so that "
    "families understand the support that is available.",
]
SOUTHEND_AREAS = [
    ("APP 1", "The lack of a coherent approach to joint commissioning, which has led to gaps in therapy "
     "services and equipment.", "A joint commissioning plan for therapies has been agreed with the Integrated "
     "Care Board, and an occupational therapy service for schools began in April 2023.", "Amber"),
    ("APP 2", "The inconsistent quality of EHC plans, and the weak contribution of health and social care "
     "to them.", "A multi-agency quality assurance panel now reviews a sample of plans each month. 71% of plans "
     "audited in May 2023 were rated good.", "Amber"),
    ("APP 3", "Parents' and carers' lack of confidence in the local area, and the limited co-production of "
     "services with families.", "Southend SEND Independent Forum co-chairs the SEND Partnership Board and has "
     "co-produced the new Local Offer website.", "Green"),
]
NEWHAM_AREAS = [
    "The slow progress made in implementing the SEND reforms, and leaders' limited understanding of the "
    "local area's strengths and weaknesses.",
    "The lack of a joint commissioning strategy, and the resulting gaps in health provision.",
    "The poor quality and timeliness of EHC plans, and the weak contribution of health and social care to "
    "them.",
    "The long waiting times for speech and language therapy and for autism assessment.",
    "The lack of co-production with parents and carers, and the low confidence of families in the local area.",
    "The high number of children and young people with SEND who are excluded from school.",
]


def bullet(text: str):
    return Paragraph("&bull; " + text, BULLET)


def hanging(label: str, text: str):
    return Paragraph(f"{label}&nbsp;&nbsp;&nbsp;{text}", HANGING)


def lettered(label: str, text: str):
    return Paragraph(f"{label}&nbsp;&nbsp;{text}", LETTERED)


def merton_report() -> Path:
    pages = [
        [
            title("London Borough of Merton"),
            front_sheet([
                ("Committee:", "Children and Young People Overview and Scrutiny Panel"),
                ("Date:", "10 September 2025"),
                ("Wards:", "All"),
                ("Subject:", "Area SEND inspection outcome and SEND Strategic Improvement Plan"),
                ("Lead officer:", "Elaine Morden, Executive Director, Children, Lifelong Learning and Families"),
                ("Lead member:", "Councillor Brenda Pollards, Cabinet Member for Children and Education"),
                ("Contact officer:", "Tariq Haydon, Head of SEN and Disability Integrated Service<br/>"
                 "tariq.haydon@merton.gov.uk, 020 8545 4129"),
            ]),
            body("<b>Recommendations:</b>"),
            lettered("A.", "That the Panel notes the outcome of the Area SEND inspection of the Merton local area "
                     "partnership."),
            lettered("B.", "That the Panel comments on the SEND Strategic Improvement Plan, attached at Appendix 1."),
            lettered("C.", "That the Panel agrees to receive a report on progress against the plan in March 2026."),
            heading("1 Purpose of report and executive summary"),
            body("1.1 This report informs the Panel of the outcome of the Area SEND inspection of the Merton local "
                 "area partnership, and of the partnership's SEND Strategic Improvement Plan."),
            heading("2 Details"),
            body("2.1 Ofsted and the Care Quality Commission (CQC) inspected the Merton local area partnership from "
                 "12 to 30 May 2025. Their report, published on 4 July 2025, found that the partnership's "
                 "arrangements lead to inconsistent experiences and outcomes for children and young people with "
                 "special educational needs and/or disabilities (SEND)."),
            body("2.2 Inspectors found that leaders know the borough well, that early years settings identify "
                 "children's needs quickly, and that the Merton Parent Forum is a strong and valued partner."),
            body("2.3 The area's previous inspection, in June 2019, led to a Written Statement of Action. A revisit "
                 "in October 2022 found that sufficient progress had been made in all three areas of significant "
                 "weakness."),
        ],
        [
            body("2.4 The report identified four areas for improvement, which are set out in paragraphs 2.5 to "
                 "2.8."),
        ] + [hanging(f"2.{n}", area) for n, area in enumerate(MERTON_AREAS, start=5)] + [
            heading("3 The SEND Strategic Improvement Plan"),
            body("3.1 The partnership's SEND Strategic Improvement Plan was agreed by the Merton SEND Partnership "
                 "Board on 22 July 2025, and will be published on the Local Offer by 30 September 2025."),
            body("3.2 The plan includes the following actions:"),
            bullet("recruiting four additional EHC plan coordinators, funded from the High Needs Block;"),
            bullet("a new annual review tracker, shared with every school's SENCo;"),
            bullet("a single neurodevelopmental pathway, commissioned by the Integrated Care Board; and"),
            bullet("a termly SEND newsletter, written with the Merton Parent Forum."),
            body("3.3 Ofsted will hold its annual engagement meeting with the partnership in May 2026."),
            heading("4 Alternative options"),
            body("4.1 None. The partnership is expected to publish its response to the inspection."),
            heading("5 Consultation undertaken or proposed"),
            body("5.1 The plan has been co-produced with the Merton Parent Forum and with young people from the "
                 "Merton Youth Parliament."),
        ],
        [
            heading("6 Timetable"),
            body("6.1 Progress against the plan will be reported to the SEND Partnership Board each quarter."),
            heading("7 Financial, resource and property implications"),
            body("7.1 The actions in the plan are funded from existing budgets and from the High Needs Block. "
                 "Implications checked by Oliver Cannon-Hill, Finance Business Partner, Children's Services."),
            heading("8 Legal and statutory implications"),
            body("8.1 The Council and the Integrated Care Board must have regard to the SEND Code of Practice. "
                 "Implications checked by Priti Ravensbury, Senior Lawyer, South London Legal Partnership."),
            heading("9 Appendices"),
            body("Appendix 1 - Merton SEND Strategic Improvement Plan 2025-2028"),
            heading("10 Background papers"),
            body("Ofsted and CQC, Area SEND inspection of Merton Local Area Partnership, 4 July 2025"),
        ],
    ]
    return write("merton/round24-2025-09-10-children-and-young-people-overview-and-scrutiny-panel/"
                 "Area SEND Inspection Outcome.pdf", pages, "", "", "", page_label="{n}")


def southend_report() -> Path:
    pages = [
        [
            title("Southend-on-Sea City Council"),
            body("Report of Executive Director (Children and Public Health)<br/>to<br/><b>People Scrutiny "
                 "Committee</b><br/>on<br/>4 July 2023"),
            body("Report prepared by: Fiona Shoebury, Director of Inclusion and SEND"),
            body("Agenda Item No. 7"),
            title("SEND Accelerated Progress Plan: Progress Report"),
            body("Cabinet Member: Councillor Helen Westcliff, Cabinet Member for Children and Learning<br/>"
                 "Part 1 (Public Agenda Item)"),
            heading("1. Purpose of Report"),
            body("1.1 To update the Committee on the progress made against the Accelerated Progress Plan (APP) "
                 "that the local area was required to produce following the revisit by Ofsted and the Care "
                 "Quality Commission (CQC)."),
            heading("2. Recommendations"),
            body("2.1 That the People Scrutiny Committee notes the progress made against the Accelerated Progress "
                 "Plan."),
            body("2.2 That the Committee identifies any area of the plan on which it wishes to receive further "
                 "information at a future meeting."),
            heading("3. Background"),
            body("3.1 Ofsted and the CQC inspected the Southend-on-Sea local area from 21 to 25 January 2019. "
                 "The inspection letter, published on 19 March 2019, identified five areas of significant "
                 "weakness, and the local area's Written Statement of Action was declared fit for purpose in "
                 "August 2019."),
            body("3.2 Ofsted and the CQC revisited the local area from 7 to 9 March 2022. Their letter, published "
                 "on 20 April 2022, found that the local area had made sufficient progress in two of the five "
                 "areas. The APP, which addresses the other three, was submitted to the Department for Education "
                 "on 27 June 2022."),
        ],
        [
            heading("4. Progress against the Accelerated Progress Plan"),
            body("4.1 The table below summarises progress in each of the three areas of the APP."),
            table([["<b>Ref</b>", "<b>Area of significant weakness</b>", "<b>Progress to date</b>",
                    "<b>RAG</b>"]]
                  + [[ref, area, progress, rag] for ref, area, progress, rag in SOUTHEND_AREAS],
                  [1.5 * cm, 6.3 * cm, 6.2 * cm, 2 * cm]),
            body("4.2 The Department for Education and NHS England reviewed the local area's progress on 12 "
                 "October 2022 and on 15 March 2023. At the March review, advisers recognised the improved "
                 "confidence of parents and carers. The next review is scheduled for 19 September 2023."),
            body("4.3 Dr Neil Leigh, Designated Clinical Officer, NHS Mid and South Essex Integrated Care Board, "
                 "will attend the meeting to answer Members' questions on health services."),
            heading("5. Reasons for Recommendations"),
            body("5.1 To enable the Committee to scrutinise the local area's progress against the APP."),
        ],
        [
            heading("6. Corporate Implications"),
            body("6.1 <b>Contribution to the Southend 2050 Road Map:</b> The APP supports the outcome that "
                 "children and young people with SEND are able to achieve their full potential."),
            body("6.2 <b>Financial Implications:</b> The actions in the APP are funded from the High Needs Block "
                 "and from the Integrated Care Board's budgets."),
            body("6.3 <b>Legal Implications:</b> The Council has a duty under the Children and Families Act 2014 "
                 "to keep its SEND provision under review."),
            heading("7. Background Papers"),
            body("Ofsted and CQC revisit letter, 20 April 2022"),
            heading("8. Appendices"),
            body("Appendix 1 - SEND Accelerated Progress Plan, June 2022"),
        ],
    ]
    return write("southend/round24-2023-07-04-people-scrutiny-committee/"
                 "SEND Accelerated Progress Plan Progress Report.pdf", pages, "", "", "",
                 page_label="Page {n}")


def newham_report() -> Path:
    pages = [
        [
            title("LONDON BOROUGH OF NEWHAM"),
            body("<b>CABINET MEMBER DECISION REPORT</b>"),
            front_sheet([
                ("Report title:", "Local Area SEND Inspection: Written Statement of Action"),
                ("Date of decision:", "16 May 2022"),
                ("Decision maker:", "Councillor Sarah Plaistow, Cabinet Member for Children and Young People"),
                ("Report of:", "Corporate Director of Children and Young People's Services"),
                ("Report author:", "Adaeze Okonkwo-Hill, Director of SEND and Inclusion<br/>"
                 "adaeze.okonkwo-hill@newham.gov.uk, 020 3373 4821"),
                ("Wards affected:", "All Wards"),
                ("Key decision:", "Yes"),
                ("Exempt information:", "No"),
            ]),
            heading("1. Executive Summary"),
            body("1.1 This report seeks the approval of the Cabinet Member for Children and Young People for the "
                 "local area's Written Statement of Action (WSoA), which sets out how the Council and NHS North "
                 "East London Clinical Commissioning Group will address the areas of significant weakness found "
                 "by the joint inspection of the local area by Ofsted and the Care Quality Commission (CQC)."),
            heading("2. Recommendations"),
            body("2.1 The Cabinet Member for Children and Young People is recommended to:"),
            hanging("2.1.1", "Approve the Written Statement of Action at Appendix A for submission to Ofsted by 24 "
                    "May 2022;"),
            hanging("2.1.2", "Note that the WSoA has been co-produced with Newham Parents Forum; and"),
            hanging("2.1.3", "Delegate authority to the Corporate Director of Children and Young People's "
                    "Services, in consultation with the Cabinet Member, to make minor amendments to the WSoA "
                    "before its submission."),
        ],
        [
            heading("3. Background"),
            body("3.1 Ofsted and the CQC inspected the Newham local area from 29 November to 3 December 2021. The "
                 "inspection letter was published on 8 February 2022."),
            body("3.2 Inspectors recognised some recent improvements, including the new leadership team in the "
                 "SEND service, the quality of the borough's special schools and the work of the Newham SEND "
                 "Information, Advice and Support Service."),
            body("3.3 Inspectors identified six areas of significant weakness:"),
        ] + [lettered(f"{n}.", area) for n, area in enumerate(NEWHAM_AREAS, start=1)] + [
            body("3.4 As a result, Her Majesty's Chief Inspector determined that a WSoA was required, and that "
                 "the local authority and the Clinical Commissioning Group were jointly responsible for "
                 "submitting it."),
            body("3.5 Once the WSoA is approved by Ofsted, the Department for Education and NHS England will "
                 "monitor progress against it, with the first review meeting expected in September 2022."),
            heading("4. Reasons for Decision"),
            body("4.1 The local area is required to submit a WSoA within 70 working days of the publication of "
                 "the inspection letter."),
            heading("5. Alternatives Considered"),
            body("5.1 None. Submission of the WSoA is a statutory requirement."),
        ],
        [
            heading("6. Consultation"),
            body("6.1 The WSoA was co-produced with Newham Parents Forum. Its chair, Grace Stratford-Obi, took "
                 "part in each of the workshops at which the plan was written."),
            heading("7. Implications"),
            body("7.1 <b>Financial Implications:</b> The actions in the WSoA will be funded from existing "
                 "budgets and from the High Needs Block. Comments by Rajesh Upton, Finance Business Partner."),
            body("7.2 <b>Legal Implications:</b> The duty to produce a WSoA arises under the Children Act 2004 "
                 "(Joint Area Reviews) Regulations 2015. Comments by Lucy Westham, Senior Lawyer."),
            heading("8. Background Papers"),
            body("Ofsted and CQC, Joint local area SEND inspection in Newham, 8 February 2022"),
            heading("Cabinet Member's signature"),
            body("Signed: ......................................................"),
            body("Cabinet Member for Children and Young People"),
            body("Date: ........................................................"),
        ],
    ]
    return write("newham/round24-2022-05-16-cabinet-member-for-children-and-young-people/"
                 "Local Area SEND Inspection Written Statement of Action.pdf", pages, "London Borough of Newham",
                 "Cabinet Member Decision Report", "", page_label="Page {n} of {total}")


def main() -> None:
    for make in (merton_report, southend_report, newham_report):
        print(make())


if __name__ == "__main__":
    main()
