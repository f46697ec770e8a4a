"""Write the three printed documents of the held-out round 21 (reportlab).

Round 21 is a blind batch: documents written with their gold before any extractor ran on them, in the
layouts most common in real council papers. These three are the printed forms: a Newcastle City Council
officer report to a scrutiny committee (front-sheet table, "Recommendations" with "a) ... b)", the areas
of significant weakness of a Written Statement of Action as lettered paragraphs, a revisit's outcome,
implications signed by officers); an Oxfordshire County Council priority action plan progress report to
an overview and scrutiny committee ("The Committee is RECOMMENDED to" over "a) ... b)", the priority actions
and areas for improvement as the middle column of a ruled table with a progress column and a RAG rating);
and a Dorset Council portfolio holder (cabinet member) decision report (front sheet, "Recommendation" and
"Reason for recommendation", areas for improvement as bullets, and a signed decision record on the last
page). Invented text, fictitious people. Each page's content is fixed here with an explicit page break, so
the gold's page numbers follow from this script. The output is deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round21_pdfs.py
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
BULLET = ParagraphStyle("Bullet21", parent=BODY, leftIndent=18, firstLineIndent=-10)
LETTERED = ParagraphStyle("Lettered21", parent=BODY, leftIndent=36, firstLineIndent=-18)

NEWCASTLE_AREAS = [
    "The local area's leaders do not have an accurate, shared understanding of the effectiveness of SEND "
    "services, and their self-evaluation is not informed by the views of families.",
    "The quality of EHC plans is too variable, and health and social care advice is often missing or out of "
    "date.",
    "Children and young people wait too long for assessment by the child and adolescent mental health "
    "service (CAMHS).",
    "There is no coherent approach to preparing young people with SEND for adulthood, including their move "
    "to adult health services.",
]
OXFORDSHIRE_FINDINGS = [
    ("PA1", "Leaders across the partnership should urgently improve the timeliness of EHC needs assessments "
     "and the quality of the resulting plans.", "Timeliness has risen from 9% to 41% of plans issued within "
     "20 weeks. A quality assurance framework is in place.", "Amber"),
    ("PA2", "Leaders should improve their communication with parents and carers, and rebuild families' "
     "confidence in the support their children receive.", "Oxfordshire Parent Carer Forum co-chairs the "
     "SEND Improvement Board. A new family liaison team began work in January.", "Green"),
    ("AFI1", "Leaders should improve the accuracy and use of data about children with SEND, so that "
     "commissioning decisions are based on a clear understanding of need.", "A shared SEND dashboard has "
     "been agreed with the Integrated Care Board.", "Amber"),
    ("AFI2", "Leaders should improve the timeliness of assessments for children waiting for an autism "
     "assessment.", "Waiting lists remain long; an additional provider has been commissioned.", "Red"),
]
DORSET_AREAS = [
    "Leaders should improve the consistency of support for children at SEN support, so that needs are met "
    "in mainstream settings as early as possible.",
    "Leaders should make sure that annual reviews of EHC plans are completed on time and lead to plans "
    "being updated.",
    "Leaders should improve the sufficiency of local specialist places, so that fewer children travel long "
    "distances to school.",
]


def bullet(text: str):
    return Paragraph("&bull; " + text, BULLET)


def lettered(label: str, text: str):
    return Paragraph(f"{label}&nbsp;&nbsp;{text}", LETTERED)


def newcastle_report() -> Path:
    pages = [
        [
            title("Children and Young People Scrutiny Committee"),
            front_sheet([
                ("Date:", "20 January 2022"),
                ("Title:", "SEND Written Statement of Action: Progress and Revisit Outcome"),
                ("Report of:", "Director of Children's Services"),
                ("Portfolio:", "Councillor Natalie Jesmond-Rye, Cabinet Member for Children and Young People"),
                ("Report author:", "Ruth Heaton-Byker, Head of SEND and Inclusion<br/>"
                 "ruth.heaton-byker@newcastle.gov.uk, 0191 277 4386"),
                ("Wards affected:", "All"),
            ]),
            heading("1. Purpose of Report"),
            body("1.1 To inform the Committee of the outcome of the Ofsted and Care Quality Commission (CQC) "
                 "revisit of the Newcastle local area, and of the progress made against the Written Statement of "
                 "Action (WSoA)."),
            heading("2. Recommendations"),
            body("2.1 Scrutiny Committee is asked to:"),
            lettered("a)", "Note the outcome of the revisit and the progress made since the inspection."),
            lettered("b)", "Comment on the proposed Accelerated Progress Plan, attached at Appendix 1."),
            heading("3. Background"),
            body("3.1 Ofsted and the CQC carried out a joint inspection of the Newcastle local area from 15 to 19 "
                 "October 2018. The inspection letter was published on 10 December 2018."),
            body("3.2 The local area was required to produce a WSoA, which was submitted on 15 March 2019 and was "
                 "judged fit for purpose on 2 May 2019."),
        ],
        [
            body("3.3 The inspection letter identified four areas of significant weakness:"),
            lettered("(a)", NEWCASTLE_AREAS[0]),
            lettered("(b)", NEWCASTLE_AREAS[1]),
            lettered("(c)", NEWCASTLE_AREAS[2]),
            lettered("(d)", NEWCASTLE_AREAS[3]),
            heading("4. The revisit"),
            body("4.1 Ofsted and the CQC revisited the local area between 1 and 3 November 2021. The revisit "
                 "letter was published on 14 December 2021. Inspectors found that the local area has made "
                 "sufficient progress in addressing the weaknesses described in paragraphs 3.3(a) and 3.3(b), "
                 "but has not made sufficient progress in addressing those in paragraphs 3.3(c) and 3.3(d)."),
            body("4.2 Inspectors recognised the commitment of the Newcastle Parent Carer Forum, the improved "
                 "quality of new EHC plans and the strong leadership of the new SEND Partnership Board."),
            body("4.3 The Department for Education has asked the local area to submit an Accelerated Progress "
                 "Plan (APP) by 28 February 2022. The Department for Education and NHS England will then review "
                 "progress against the APP every six months."),
            heading("5. Next steps"),
            body("5.1 The draft APP will be considered by Cabinet on 16 February 2022. A further report will be "
                 "brought to this Committee after the first review meeting."),
        ],
        [
            heading("6. Implications"),
            body("<b>Financial</b>: The additional CAMHS capacity set out in the APP will be funded by the "
                 "Integrated Care Board. Verified by Tom Elswick, Finance Business Partner."),
            body("<b>Legal</b>: The local area must have regard to the SEND Code of Practice. Verified by Priya "
                 "Walker-Gate, Senior Solicitor."),
            body("<b>Equalities</b>: The APP aims to reduce the disadvantage experienced by children and young "
                 "people with SEND."),
            heading("7. Background papers"),
            body("Ofsted and CQC, Joint local area SEND inspection in Newcastle, 10 December 2018<br/>"
                 "Ofsted and CQC, Revisit letter, 14 December 2021"),
        ],
    ]
    return write("newcastle-upon-tyne/round21-2022-01-20-children-and-young-people-scrutiny-committee/"
                 "SEND WSoA Progress and Revisit Outcome.pdf", pages, "Newcastle City Council",
                 "Children and Young People Scrutiny Committee", "", page_label="{n}")


def oxfordshire_report() -> Path:
    pages = [
        [
            body("Divisions Affected - All"),
            title("EDUCATION AND YOUNG PEOPLE OVERVIEW AND SCRUTINY COMMITTEE"),
            body("<b>5 March 2026</b>"),
            body("<b>Area SEND Inspection: Priority Action Plan Progress Report</b>"),
            body("<b>Report by Director of Children's Services</b>"),
            heading("RECOMMENDATION"),
            body("1. The Committee is RECOMMENDED to:"),
            lettered("a)", "Note the progress made against the Priority Action Plan, as set out in the table at "
                     "paragraph 5."),
            lettered("b)", "Agree to receive a further progress report following the monitoring inspection."),
            heading("Executive Summary"),
            body("2. Ofsted and the Care Quality Commission inspected the Oxfordshire local area partnership "
                 "between 2 and 20 June 2025 and published their report on 25 July 2025. The report found "
                 "widespread and/or systemic failings leading to significant concerns about the experiences and "
                 "outcomes of children and young people with SEND."),
            body("3. The partnership submitted its Priority Action Plan to Ofsted on 5 September 2025. The "
                 "Department for Education and NHS England held a stocktake meeting with the partnership on "
                 "12 January 2026."),
            body("4. Ofsted and the CQC will carry out a monitoring inspection of the partnership, expected in "
                 "the summer."),
        ],
        [
            heading("Progress against the Priority Action Plan"),
            body("5. The table below sets out each priority action (PA) and area for improvement (AFI) identified "
                 "by inspectors, with progress since the inspection and the current RAG rating."),
            table([["<b>Ref</b>", "<b>Finding</b>", "<b>Progress</b>", "<b>RAG</b>"]]
                  + [[ref, finding, progress, rag] for ref, finding, progress, rag in OXFORDSHIRE_FINDINGS],
                  [1.5 * cm, 7 * cm, 6 * cm, 1.5 * cm]),
            body("6. Inspectors also recognised strengths, including the work of Oxfordshire's special schools "
                 "and the quality of support for children with sensory impairments."),
            body("7. At its meeting on 13 November 2025 the Committee asked for information on the use of "
                 "independent specialist placements. This is provided at Annex 2."),
        ],
        [
            heading("Financial Implications"),
            body("8. The actions in the Priority Action Plan are funded from existing budgets and the "
                 "Dedicated Schools Grant."),
            body("Comments checked by: Fiona Wheatley-Ross, Strategic Finance Business Partner"),
            heading("Legal Implications"),
            body("9. The partnership must have regard to the SEND Code of Practice 0 to 25."),
            body("Comments checked by: Gareth Banbury, Head of Legal and Deputy Monitoring Officer"),
            body("<b>Annex:</b> Annex 1: Priority Action Plan; Annex 2: Independent specialist placements"),
            body("<b>Contact Officer:</b> Kate Bicester-Long, Deputy Director, SEND Improvement, 07825 416093, "
                 "kate.bicester-long@oxfordshire.gov.uk"),
            body("February 2026"),
        ],
    ]
    return write("oxfordshire/round21-2026-03-05-education-and-young-people-overview-and-scrutiny-committee/"
                 "Priority Action Plan Progress Report.pdf", pages, "Oxfordshire County Council",
                 "", "", page_label="{n}")


def dorset_report() -> Path:
    pages = [
        [
            title("Dorset Council"),
            body("<b>Executive Decision Report</b>"),
            front_sheet([
                ("Decision to be taken by:", "Portfolio Holder for Children, Education, Skills and Early Help"),
                ("Date of decision:", "2 June 2025"),
                ("Report title:", "Dorset SEND and Inclusion Improvement Plan 2025-2028"),
                ("Portfolio Holder:", "Cllr Gillian Bridport-Hayes, Children, Education, Skills and Early Help"),
                ("Report Author:", "Paul Sherborne, Corporate Director, Education and Learning"),
                ("Executive Director:", "Theresa Lulworth, Executive Director of People - Children"),
                ("Wards:", "Council-wide"),
            ]),
            heading("Recommendation:"),
            body("That the Portfolio Holder approves the Dorset SEND and Inclusion Improvement Plan 2025-2028, set "
                 "out at Appendix A, for publication on the Dorset Local Offer."),
            heading("Reason for Recommendation:"),
            body("The plan sets out how the local area partnership will respond to the findings of the Area SEND "
                 "inspection and must be published by 30 June 2025."),
        ],
        [
            heading("1. Executive Summary"),
            body("1.1 Ofsted and the Care Quality Commission inspected the Dorset local area partnership from "
                 "10 to 28 February 2025. The report, published on 11 April 2025, found that the partnership's "
                 "arrangements lead to inconsistent experiences and outcomes for children and young people with "
                 "SEND."),
            body("1.2 Inspectors found that leaders have a clear and ambitious vision, that children's needs "
                 "are identified well in the early years and that the Dorset Parent Carer Council is a strong "
                 "partner. The report asked leaders to address three areas for improvement:"),
        ] + [bullet(area) for area in DORSET_AREAS] + [
            body("1.3 The Improvement Plan was agreed by the SEND and Inclusion Partnership Board on 15 May "
                 "2025. Progress will be reported to the People and Health Overview Committee twice a year."),
            heading("2. Financial Implications"),
            body("2.1 The plan will be delivered within the High Needs Block recovery plan."),
            heading("3. Appendices"),
            body("Appendix A - Dorset SEND and Inclusion Improvement Plan 2025-2028"),
            body("<b>Contact:</b> Paul Sherborne, 01305 224781, paul.sherborne@dorsetcouncil.gov.uk"),
        ],
        [
            heading("Decision Record"),
            body("<b>Decision:</b> I have decided to approve the Dorset SEND and Inclusion Improvement Plan "
                 "2025-2028 for publication on the Dorset Local Offer."),
            body("<b>Declarations of interest:</b> None."),
            body("<b>Signed:</b> Cllr Gillian Bridport-Hayes, Portfolio Holder for Children, Education, Skills "
                 "and Early Help"),
            body("<b>Date:</b> 2 June 2025"),
            body("<b>Decision published:</b> 4 June 2025"),
        ],
    ]
    return write("dorset/round21-2025-06-02-portfolio-holder-for-children-education-skills-and-early-help/"
                 "Executive Decision Report SEND Improvement Plan.pdf", pages, "Dorset Council",
                 "Executive Decision Report", "", page_label="Page {n}")


def main() -> None:
    for make in (newcastle_report, oxfordshire_report, dorset_report):
        print(make())


if __name__ == "__main__":
    main()
