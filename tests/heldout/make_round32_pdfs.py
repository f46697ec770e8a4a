"""Write the three printed documents of the held-out round 32 (reportlab).

Round 32 is a blind batch: documents written with their gold before any extractor ran on them, in the
commonest real templates. These three are the printed forms: a Milton Keynes City Council report to a
scrutiny committee (front-sheet table, numbered "2.1 That the Committee ..." recommendations, the areas for
improvement of a 2023-framework inspection as numbered paragraphs of their own); a South Gloucestershire
Council Accelerated Progress Plan progress report (2016 framework, a ruled table whose first column states
each area of significant weakness not yet progressed); and a West Berkshire Council Individual Executive
Member Decision report (priority actions and areas for improvement as bullets with ";" tails). Invented
text, fictitious people. Each page's content is fixed with an explicit page break, so the gold's page
numbers follow from this script. The output is deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round32_pdfs.py
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
BULLET = ParagraphStyle("Bullet32", parent=BODY, leftIndent=18, firstLineIndent=-10)


def bullet(text: str):
    return Paragraph("&bull; " + text, BULLET)


MK_AREAS = [
    "Leaders should improve the timeliness of EHC needs assessments, including the timeliness of advice from "
    "health and social care professionals.",
    "Leaders should strengthen the oversight of children and young people with SEND who are on part-time "
    "timetables or are missing education.",
    "Leaders should make sure that young people and their families receive clear and timely information about "
    "post-16 options and preparing for adulthood.",
]

SGLOS_ROWS = [
    ("Area of weakness 2: The variable quality of EHC plans, which too often do not reflect the views of "
     "children and families or the contributions of health and care.",
     "New EHC plan template and multi-agency audit; training for all case officers.",
     "78% of plans audited in July 2024 rated good or better.", "Green"),
    ("Area of weakness 5: Long waits for neurodevelopmental assessment and the lack of support for families "
     "while they wait.",
     "Additional assessment capacity commissioned by the ICB; family support offer launched.",
     "Longest wait reduced from 104 to 71 weeks by 30 June 2024.", "Amber"),
]

WB_ITEMS = [
    "Leaders should urgently reduce the delays in completing EHC needs assessments and in amending plans after "
    "annual reviews;",
    "The ICB and council leaders should work together to commission sufficient speech and language therapy and "
    "occupational therapy for children of school age;",
    "Leaders should improve the way they gather and use the views of children, young people and families to shape "
    "services;",
    "Leaders should improve the quality assurance of EHC plans so that they are reviewed and updated when needs "
    "change.",
]


def milton_keynes_report() -> Path:
    pages = [
        [
            title("Milton Keynes City Council"),
            front_sheet([
                ("Report to:", "Children and Young People Scrutiny Committee"),
                ("Date of meeting:", "4 November 2025"),
                ("Title:", "Area SEND Inspection: Outcome and Improvement Plan"),
                ("Report author:", "Naomi Castlethorpe, Head of SEND, naomi.castlethorpe@milton-keynes.gov.uk, "
                 "01908 254671"),
                ("Sponsor:", "Graham Wolverton, Director of Education and Inclusion"),
                ("Portfolio holder:", "Councillor Deepa Ashland, Cabinet Member for Children and Families"),
                ("Exempt information:", "No"),
                ("Wards affected:", "All wards"),
            ]),
            heading("1. Purpose"),
            body("1.1 To inform the Committee of the outcome of the area SEND inspection of the Milton Keynes local "
                 "area partnership and of the partnership's improvement plan."),
            heading("2. Recommendations"),
            body("2.1 That the Committee notes the outcome of the area SEND inspection."),
            body("2.2 That the Committee comments on the SEND Improvement Plan at Annex A."),
            body("2.3 That the Committee receives a progress report on the plan in May 2026."),
            heading("3. Background"),
            body("3.1 Ofsted and the Care Quality Commission carried out a joint inspection of the Milton Keynes local "
                 "area partnership between 30 June and 4 July 2025 under the area SEND inspection framework "
                 "introduced in January 2023. The inspection report was published on 12 August 2025."),
            body("3.2 The previous inspection, under the 2016 framework, took place in February 2018 and did not "
                 "require a Written Statement of Action."),
        ],
        [
            heading("4. Inspection findings"),
            body("4.1 The partnership received the middle of the three outcomes: the local area partnership's "
                 "arrangements lead to inconsistent experiences and outcomes for children and young people with "
                 "SEND. Inspectors found that children's needs are identified early in the borough's nurseries and "
                 "that the Parent Carer Forum is an equal partner in strategic decisions."),
            body("4.2 Inspectors identified three areas for improvement:"),
            body("4.3 " + MK_AREAS[0]),
            body("4.4 " + MK_AREAS[1]),
            body("4.5 " + MK_AREAS[2]),
            heading("5. The improvement plan"),
            body("5.1 The SEND Improvement Plan was agreed by the SEND Partnership Board on 18 September 2025 and "
                 "published on 1 October 2025. It sets out actions against each area for improvement, led by "
                 "named officers of the council and of NHS Bedfordshire, Luton and Milton Keynes Integrated Care "
                 "Board."),
            body("5.2 The Department for Education and NHS England will meet the partnership to review progress in "
                 "February 2026."),
            heading("6. Implications"),
            body("6.1 Financial: there are no direct financial implications. Verified by Simon Grafton, Finance "
                 "Business Partner, 20 October 2025."),
            body("6.2 Legal: the council has statutory duties under the Children and Families Act 2014. Verified by "
                 "Heather Loughton, Senior Solicitor, 21 October 2025."),
            heading("Background papers"),
            body("Ofsted and CQC, Area SEND inspection of Milton Keynes Local Area Partnership, 12 August 2025."),
        ],
    ]
    return write("milton-keynes/round32-2025-11-04-children-and-young-people-scrutiny-committee/"
                 "Area SEND Inspection Outcome and Improvement Plan.pdf", pages, "Milton Keynes City Council",
                 "Children and Young People Scrutiny Committee - 4 November 2025", "", page_label="{n}")


def south_gloucestershire_report() -> Path:
    pages = [
        [
            title("South Gloucestershire Council"),
            body("<b>Children, Adults and Health Select Committee</b>"),
            body("<b>Date: 16 September 2024</b>"),
            front_sheet([
                ("Title:", "SEND Accelerated Progress Plan: Progress Report"),
                ("Report of:", "Director of Children, Adults and Health"),
                ("Cabinet Member:", "Councillor Jonathan Frampton, Cabinet Member for Children and Young People"),
                ("Contact officer:", "Louise Iron-Acton, SEND Improvement Lead, Tel: 01454 863127"),
            ]),
            heading("Purpose of report"),
            body("1. To update the Select Committee on progress against the Accelerated Progress Plan (APP)."),
            heading("Recommendation"),
            body("2. The Select Committee is asked to note the progress made against the Accelerated Progress Plan "
                 "and to comment on the areas rated amber."),
            heading("Background"),
            body("3. The local area was inspected by Ofsted and the CQC from 6 to 10 March 2017. The Written "
                 "Statement of Action was declared fit for purpose on 2 August 2017. At the revisit of 14 to 16 "
                 "February 2022, inspectors found sufficient progress in four of the six areas of significant "
                 "weakness. The APP was agreed with the Department for Education on 1 July 2022."),
            body("4. Progress was last reviewed by the Department for Education and NHS England on 11 June 2024. "
                 "Officials judged that progress was good in the second area and steady in the fifth. The next "
                 "review is due in December 2024."),
        ],
        [
            heading("Progress against the APP"),
            body("5. The table below summarises progress in the two areas that were not found to have made "
                 "sufficient progress at the revisit."),
            table([["<b>Area of weakness</b>", "<b>Key actions</b>", "<b>Progress</b>", "<b>RAG</b>"]]
                  + [list(row) for row in SGLOS_ROWS], [6 * cm, 4.5 * cm, 4 * cm, 1.5 * cm]),
            body("6. Families told the partnership in the Parent Carer Forum survey of May 2024 that they valued the "
                 "new family support offer."),
            heading("Next steps"),
            body("7. The partnership will publish a new SEND and Inclusion Strategy in January 2025."),
            body("Author: Louise Iron-Acton, SEND Improvement Lead, louise.iron-acton@southglos.gov.uk"),
        ],
    ]
    return write("south-gloucestershire/round32-2024-09-16-children-adults-and-health-select-committee/"
                 "SEND APP Progress Report.pdf", pages, "South Gloucestershire Council",
                 "Children, Adults and Health Select Committee", "", page_label="Page {n}")


def west_berkshire_report() -> Path:
    pages = [
        [
            title("Area SEND Inspection: Priority Action Plan"),
            front_sheet([
                ("Decision Maker:", "Executive Portfolio Holder for Children and Family Services"),
                ("Date of Decision:", "22 January 2026"),
                ("Report Author:", "Marcus Theale, Service Director, Education and SEND"),
                ("Forward Plan Ref:", "ID4783"),
            ]),
            heading("1. Purpose of the Report"),
            body("1.1 To seek approval of the Area SEND Priority Action Plan for submission to Ofsted."),
            heading("2. Recommendations"),
            body("2.1 To approve the Area SEND Priority Action Plan for submission to Ofsted by 30 January 2026."),
            body("2.2 To note that progress against the plan will be reported to the Executive every six months."),
            heading("3. Implications and Impact Assessment"),
            body("3.1 Financial: the plan will be delivered within existing budgets and the Dedicated Schools Grant "
                 "management plan. Legal: none. Risk management: set out in section 6."),
            heading("4. Supporting Information"),
            body("4.1 Ofsted and the Care Quality Commission inspected the West Berkshire local area partnership from "
                 "13 to 17 October 2025. The report, published on 28 November 2025, found widespread and/or "
                 "systemic failings leading to significant concerns about the experiences and outcomes of children "
                 "and young people with SEND."),
            body("4.2 The report identified the following priority actions and areas for improvement:"),
        ] + [bullet(text) for text in WB_ITEMS] + [
            body("4.3 Inspectors also found that the Parent Carer Forum is highly valued and that the virtual school "
                 "supports children looked after with SEND well."),
        ],
        [
            body("4.4 The plan was co-produced with West Berkshire Parent Carer Forum at workshops held between 5 and "
                 "12 December 2025."),
            heading("5. Consultation"),
            body("5.1 Councillor Fiona Hermitage, Executive Portfolio Holder for Children and Family Services; Ellie "
                 "Padworth, Executive Director, People; Dr Rohan Sulham, Designated Clinical Officer, NHS "
                 "Buckinghamshire, Oxfordshire and Berkshire West ICB."),
            heading("6. Risk Management"),
            body("6.1 Failure to submit the plan on time would put the council at risk of intervention by the "
                 "Department for Education."),
            heading("Decision"),
            body("Approved as recommended, 22 January 2026."),
            body("Officer details: Marcus Theale, Service Director, Education and SEND, Tel: 01635 519412, "
                 "E-mail: marcus.theale@westberks.gov.uk"),
        ],
    ]
    return write("west-berkshire/round32-2026-01-22-individual-executive-member-decision/"
                 "Area SEND Inspection Priority Action Plan.pdf", pages, "West Berkshire Council",
                 "Individual Executive Member Decision", "West Berkshire Council", page_label="Page {n} of {total}")


def main() -> None:
    for make in (milton_keynes_report, south_gloucestershire_report, west_berkshire_report):
        print(make())


if __name__ == "__main__":
    main()
