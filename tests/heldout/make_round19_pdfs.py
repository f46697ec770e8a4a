"""Write the three printed documents of the held-out round 19 (reportlab).

Round 19 is a blind batch: documents written with their gold before any extractor ran on them, in the
layouts most common in real council papers. These three are the printed forms: a Bristol City Council
scrutiny report on a SEND revisit (front-sheet table, "Recommendations", the 2019 areas of weakness as a
ruled table with the revisit finding beside each); a Hampshire County Council select committee report on
an area SEND inspection (numbered paragraphs, "Recommendation", areas for improvement as bullets, contact
details on the front sheet); and a Coventry City Council scrutiny board report ("is recommended to: 1) ...
2)", areas for improvement as bullets, "Report author(s)" and a contributors/approvers table with dates).
Invented text, fictitious people. Each page's content is fixed here with an explicit page break, so the
gold's page numbers follow from this script. The output is deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round19_pdfs.py
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
BULLET = ParagraphStyle("Bullet19", parent=BODY, leftIndent=18, firstLineIndent=-10)

BRISTOL_AREAS = [
    ("The lack of a coherent strategy for SEND, and weak strategic leadership and governance across the "
     "local area", "Sufficient progress"),
    ("The poor quality and timeliness of EHC plans and annual reviews", "Not sufficient progress"),
    ("The absence of joint commissioning to meet the needs of children and young people with SEND",
     "Sufficient progress"),
    ("Long waiting times for assessment and treatment by child and adolescent mental health services",
     "Not sufficient progress"),
    ("The high rate of exclusion and use of part-time timetables for pupils with SEND", "Not sufficient progress"),
    ("The weak engagement of parents and carers, and their lack of confidence in the local area",
     "Sufficient progress"),
]
HAMPSHIRE_AREAS = [
    "Leaders should improve the timeliness of EHC needs assessments, and the quality of the advice provided by "
    "health and social care, so that plans accurately describe children's needs.",
    "Leaders should reduce the waiting times for speech and language therapy, occupational therapy and "
    "physiotherapy, especially in the south of the county.",
    "Leaders should strengthen their oversight of children and young people with SEND who attend alternative "
    "provision or are electively home educated.",
    "Leaders should improve the transition of young people into adult health services.",
]
COVENTRY_AREAS = [
    "The partnership should improve the consistency with which EHC plans are reviewed, so that annual reviews "
    "lead to timely amendments.",
    "The partnership should make sure that children and young people who wait for a neurodevelopmental "
    "assessment receive appropriate support while they wait.",
    "The partnership should improve how well mainstream schools identify and meet the needs of pupils at SEN "
    "support.",
    "The partnership should ensure that the Local Offer is easier for families to use and is kept up to date.",
]


def bullet(text: str):
    return Paragraph("&bull; " + text, BULLET)


def bristol_report() -> Path:
    pages = [
        [
            title("People Scrutiny Commission"),
            front_sheet([
                ("Date of meeting:", "27 March 2023"),
                ("Report Title:", "SEND: Outcome of the Ofsted and CQC Revisit"),
                ("Ward:", "Citywide"),
                ("Strategic Director:", "Hannah Redcliffe-Morton, Executive Director, Children and Education"),
                ("Report Author:", "Owen Brislington, Head of SEND Improvement"),
                ("Contact telephone no.", "0117 352 4410"),
                ("&amp; e-mail address:", "owen.brislington@bristol.gov.uk"),
            ]),
            heading("Purpose of the report:"),
            body("To inform the Commission of the outcome of the revisit to the Bristol local area by Ofsted and the "
                 "Care Quality Commission, and of the next steps agreed with the Department for Education."),
            heading("Recommendations:"),
            body("That the People Scrutiny Commission notes the outcome of the revisit and the arrangements for "
                 "monitoring progress, and comments on the draft Accelerated Progress Plan."),
            heading("1. Background"),
            body("1.1 Ofsted and the Care Quality Commission carried out a joint inspection of the Bristol local area "
                 "from 18 to 22 March 2019. The inspection letter, published on 17 May 2019, identified six areas "
                 "of significant weakness. The Written Statement of Action was declared fit for purpose by Ofsted "
                 "on 19 September 2019."),
            body("1.2 Inspectors revisited the local area between 14 and 17 November 2022 to decide whether "
                 "sufficient progress had been made in addressing each area. The revisit letter was published on 20 "
                 "January 2023."),
        ],
        [
            heading("2. Summary of the revisit findings"),
            body("2.1 Table 1 sets out each of the six areas of significant weakness and the finding of the revisit."),
            body("<b>Table 1: Areas of significant weakness and revisit findings</b>"),
            table([["<b>Area of significant weakness (2019)</b>", "<b>Revisit finding</b>"]]
                  + [[area, finding] for area, finding in BRISTOL_AREAS], [11 * cm, 5 * cm]),
            body("2.2 Inspectors noted the strong relationship now established with Bristol Parent Carer Forum, the "
                 "new SEND and Inclusion Strategy and the joint commissioning arrangements with the integrated care "
                 "board as real strengths."),
            heading("3. Next steps"),
            body("3.1 As sufficient progress was not made in three areas, the Department for Education and NHS England "
                 "have asked the local area to prepare an Accelerated Progress Plan (APP). The draft APP must be "
                 "submitted to the Department by 28 April 2023, and the first formal review of progress will take "
                 "place in July 2023."),
            body("3.2 Members of the Commission have previously raised concerns about the number of children "
                 "without a school place; an update on school place sufficiency will be brought to the Commission in "
                 "June 2023."),
            heading("4. Appendices"),
            body("Appendix A: Ofsted and CQC revisit letter, 20 January 2023<br/>Appendix B: Draft Accelerated "
                 "Progress Plan"),
        ],
    ]
    return write("bristol/round19-2023-03-27-people-scrutiny-commission/SEND Revisit Outcome Report.pdf", pages,
                 "Bristol City Council", "People Scrutiny Commission - 27 March 2023", "", page_label="Page {n}")


def hampshire_report() -> Path:
    pages = [
        [
            title("HAMPSHIRE COUNTY COUNCIL"),
            body("<b>Report</b>"),
            front_sheet([
                ("Committee:", "Children and Young People Select Committee"),
                ("Date:", "15 January 2025"),
                ("Title:", "Area SEND Inspection of the Hampshire Local Area Partnership"),
                ("Report From:", "Director of Children's Services"),
                ("Contact name:", "Dr Fiona Alresford-Keane, Deputy Director, Education and Inclusion"),
                ("Tel:", "0370 779 4102"),
                ("Email:", "fiona.alresford-keane@hants.gov.uk"),
            ]),
            heading("Purpose of this Report"),
            body("1. The purpose of this report is to inform the Select Committee of the outcome of the Area SEND "
                 "inspection of the Hampshire Local Area Partnership and the partnership's response."),
            heading("Recommendation"),
            body("2. That the Children and Young People Select Committee notes the outcome of the Area SEND "
                 "inspection and the actions being taken by the partnership in response."),
            heading("Executive Summary"),
            body("3. Ofsted and the Care Quality Commission inspected the Hampshire Local Area Partnership from 30 "
                 "September to 18 October 2024. The inspection report was published on 29 November 2024."),
            body("4. The partnership received the middle outcome: the local area partnership's arrangements lead to "
                 "inconsistent experiences and outcomes for children and young people with SEND. The next full "
                 "inspection will take place within three years."),
        ],
        [
            heading("Inspection findings"),
            body("5. Inspectors found much to commend. Early years settings identify needs quickly, the Hampshire "
                 "Parent Carer Network is a respected partner, and special schools provide a high quality of "
                 "education."),
            body("6. The report identified four areas for improvement:"),
        ] + [bullet(area) for area in HAMPSHIRE_AREAS] + [
            heading("The partnership's response"),
            body("7. The partnership must update and publish its strategic plan. The updated SEND Strategy was "
                 "agreed by the Hampshire SEND Partnership Board on 13 December 2024 and will be published on the "
                 "Local Offer by 31 January 2025."),
            body("8. Ofsted and the CQC will hold an annual engagement meeting with the partnership. The first is "
                 "expected in October 2025."),
            body("9. The Select Committee last considered SEND at its meeting on 10 July 2024, when members asked "
                 "for an update on home to school transport for pupils with SEND; that update is scheduled for the "
                 "meeting in March 2025."),
        ],
        [
            heading("Consultation and Equalities"),
            body("10. No consultation was required for this report. The report is for noting and has no direct "
                 "equalities impact."),
            heading("REQUIRED CORPORATE AND LEGAL INFORMATION:"),
            body("Links to the Strategic Plan: Hampshire maximising wellbeing: yes. People in Hampshire enjoy being "
                 "part of strong, inclusive communities: yes."),
            body("<b>Section 100 D - Local Government Act 1972 - background documents</b>"),
            table([["<b>Document</b>", "<b>Location</b>"],
                   ["Area SEND inspection of Hampshire Local Area Partnership, Ofsted and CQC, 29 November 2024",
                    "Ofsted website"]], [11 * cm, 5 * cm]),
        ],
    ]
    return write("hampshire/round19-2025-01-15-children-and-young-people-select-committee/Area SEND Inspection Report.pdf",
                 pages, "Hampshire County Council", "Children and Young People Select Committee", "",
                 page_label="{n}")


def coventry_report() -> Path:
    pages = [
        [
            body("Public report"),
            body("<b>Scrutiny Board Report</b>"),
            body("Education and Children's Services Scrutiny Board (2) - 23 January 2025"),
            front_sheet([
                ("Name of Cabinet Member:", "Cabinet Member for Education and Skills - Councillor Priya Radford-Singh"),
                ("Director approving submission of the report:", "Director of Education and Skills"),
                ("Ward(s) affected:", "City wide"),
                ("Title:", "Local Area SEND Inspection: Outcome and Improvement Priorities"),
                ("Is this a key decision?", "No"),
            ]),
            heading("Executive Summary:"),
            body("Ofsted and the Care Quality Commission inspected the Coventry Local Area Partnership between 16 "
                 "September and 4 October 2024, and published their report on 15 November 2024. The partnership "
                 "received the middle outcome. This report sets out the findings and the partnership's improvement "
                 "priorities."),
            heading("Recommendations:"),
            body("The Education and Children's Services Scrutiny Board (2) is recommended to:"),
            body("1) Note the outcome of the Local Area SEND Inspection and the improvement priorities agreed by the "
                 "SEND Partnership Board."),
            body("2) Identify any further recommendations for the Cabinet Member for Education and Skills."),
            heading("List of Appendices included:"),
            body("Appendix 1 - Area SEND Inspection Report"),
        ],
        [
            heading("1. Context (or background)"),
            body("1.1 The inspection found that children and young people with SEND are well supported in the "
                 "city's specialist provision and that strong relationships exist between leaders and Coventry Parent "
                 "Carer Forum. The report identified the following areas for improvement:"),
        ] + [bullet(area) for area in COVENTRY_AREAS] + [
            body("1.2 The SEND Partnership Board agreed an updated SEND and Inclusion Improvement Plan on 10 December "
                 "2024, which will be published on the Local Offer by 28 February 2025."),
            heading("2. Options considered and recommended proposal"),
            body("2.1 The Scrutiny Board is asked to note the report. Members may wish to consider whether to include "
                 "an update on the Improvement Plan in the work programme."),
            heading("3. Results of consultation undertaken"),
            body("3.1 The Improvement Plan was developed with Coventry Parent Carer Forum and the SEND Youth "
                 "Panel."),
        ],
        [
            heading("Report author(s):"),
            body("Name and job title: Gemma Allesley-Ward, Head of SEND and Specialist Services"),
            body("Service: Education and Skills"),
            body("Tel and email contact: Tel: 024 7697 2215 Email: gemma.allesley-ward@coventry.gov.uk"),
            body("Enquiries should be directed to the above person."),
            table([["<b>Contributor/approver name</b>", "<b>Title</b>", "<b>Service Area</b>",
                    "<b>Date doc sent out</b>", "<b>Date response received or approved</b>"],
                   ["Caroline Tile-Hill", "Governance Services Officer", "Law and Governance", "06/01/2025", "07/01/2025"],
                   ["Simon Whoberley", "Director of Education and Skills", "Education and Skills", "06/01/2025",
                    "09/01/2025"],
                   ["Councillor Priya Radford-Singh", "Cabinet Member for Education and Skills", "-", "09/01/2025",
                    "13/01/2025"]],
                  [4.2 * cm, 4 * cm, 3 * cm, 2.4 * cm, 2.4 * cm]),
            body("This report is published on the council's website: www.coventry.gov.uk/councilmeetings"),
        ],
    ]
    return write("coventry/round19-2025-01-23-education-and-childrens-services-scrutiny-board-2/"
                 "Local Area SEND Inspection Outcome.pdf", pages, "Coventry City Council",
                 "Education and Children's Services Scrutiny Board (2)", "", page_label="Page {n} of {total}")


def main() -> None:
    for make in (bristol_report, hampshire_report, coventry_report):
        print(make())


if __name__ == "__main__":
    main()
