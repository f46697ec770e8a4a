"""Write the three printed documents of the held-out round 43 (reportlab).

Round 43 is a blind batch: documents written with their gold before any extractor ran on them, in the
commonest real templates. These three are the printed forms: a Leicester City Council report to a scrutiny
commission (recommendations lettered under "2.1 The Commission is recommended to:", the areas for
improvement of a 2023-framework inspection as paragraphs with run-in "AFI 1." labels); an East Sussex County
Council decision notice of a Lead Member (2016 framework, the unprogressed weaknesses as "(a) ... (c)" inside
one sentence, "DECISIONS" numbered "1) ... 3)"); and a London Borough of Islington member briefing note (top
2023-framework outcome, areas for improvement as en-dash lines, a milestone table). Invented text,
fictitious people. Each page's content is fixed with an explicit page break, so the gold's page numbers follow
from this script. The output is deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round43_pdfs.py
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
INDENT = ParagraphStyle("Indent43", parent=BODY, leftIndent=18, firstLineIndent=-10)


def item(marker: str, text: str):
    return Paragraph(marker + " " + text, INDENT)


LEICESTER_AFIS = [
    "Leaders should make sure that EHC plans are completed within statutory timescales and that health and "
    "social care advice is received on time.",
    "Leaders should improve the consistency of support for children and young people with SEND in mainstream "
    "secondary schools, so that fewer are suspended or excluded.",
    "The ICB should reduce waiting times for the children's community paediatric service and keep families "
    "informed while they wait.",
]

EAST_SUSSEX_DECISIONS = [
    "approved the Accelerated Progress Plan at Appendix 1 for submission to the Department for Education;",
    "agreed that the SEND Improvement Board will receive a progress report on the plan every quarter; and",
    "delegated authority to the Director of Children's Services to make minor changes to the plan before it "
    "is submitted.",
]

ISLINGTON_AREAS = [
    "Leaders should further improve the timeliness of annual reviews of EHC plans for young people moving "
    "into further education.",
    "Leaders should strengthen the oversight of children with SEND who are home educated.",
]


def leicester_report() -> Path:
    pages = [
        [
            title("Leicester City Council"),
            front_sheet([
                ("Report to:", "Children, Young People and Education Scrutiny Commission"),
                ("Date of meeting:", "Tuesday 2 December 2025"),
                ("Title:", "Local Area SEND Inspection - Outcome and Strategic Improvement Plan"),
                ("Lead director:", "Martin Sandiford-Cole, Strategic Director, Social Care and Education"),
                ("Lead member:", "Councillor Aisha Varsani, Deputy City Mayor, Education and Children's Services"),
                ("Report author:", "Josephine Tilbrook, Head of SEND Services, Tel: 0116 454 2281, "
                 "josephine.tilbrook@leicester.gov.uk"),
            ]),
            heading("1. Summary"),
            body("1.1 This report informs the Commission of the outcome of the joint Ofsted and CQC inspection of "
                 "the Leicester local area partnership, which was carried out between 7 and 11 July 2025, and of "
                 "the partnership's Strategic Improvement Plan."),
            heading("2. Recommendations"),
            body("2.1 The Commission is recommended to:"),
            item("a)", "note the outcome of the inspection and the areas for improvement identified;"),
            item("b)", "comment on the draft Strategic Improvement Plan at Appendix B;"),
            item("c)", "agree to receive a six-monthly update on progress against the plan."),
            heading("3. Background"),
            body("3.1 The inspection report was published on 22 August 2025. The partnership's arrangements lead "
                 "to inconsistent experiences and outcomes for children and young people with SEND. The previous "
                 "area inspection, in January 2018, found no significant weaknesses."),
        ],
        [
            heading("4. Main findings"),
            body("4.1 Inspectors found that leaders have a clear shared vision, that the Parent Carer Forum is an "
                 "equal partner and that early years settings identify needs well."),
            body("4.2 The report lists three areas for improvement. They are reproduced here in full."),
            body("AFI 1. " + LEICESTER_AFIS[0]),
            body("AFI 2. " + LEICESTER_AFIS[1]),
            body("AFI 3. " + LEICESTER_AFIS[2]),
            body("4.3 The Strategic Improvement Plan was signed off by the SEND Partnership Board on 30 October 2025 "
                 "and will be published on the Local Offer website by 15 December 2025. Ofsted will hold an "
                 "annual engagement meeting with the partnership, the first expected in September 2026."),
            heading("5. Risks"),
            body("5.1 Demand for EHC needs assessments rose by 18% between April and September 2025, putting "
                 "pressure on timeliness."),
        ],
        [
            heading("6. Financial, legal and equalities implications"),
            body("6.1 Financial implications: there are no direct financial implications arising from this "
                 "report. Stuart Renwick-Ode, Head of Finance, 0116 454 4003."),
            body("6.2 Legal implications: the council has duties under the Children and Families Act 2014. "
                 "Pretti Lakhani, Principal Lawyer (Education), 0116 454 1459."),
            body("6.3 Equalities implications: the plan will be subject to an equality impact assessment. "
                 "Kalpesh Oduwole, Equalities Officer, 0116 454 4176."),
            heading("7. Background papers"),
            body("Ofsted and CQC, Leicester: area SEND inspection report, 22 August 2025."),
            heading("8. Appendices"),
            body("Appendix A - Inspection report. Appendix B - Draft Strategic Improvement Plan."),
        ],
    ]
    return write("leicester/round43-2025-12-02-children-young-people-and-education-scrutiny-commission/"
                 "SEND Inspection Outcome and Strategic Improvement Plan.pdf", pages, "Leicester City Council",
                 "Children, Young People and Education Scrutiny Commission", "2 December 2025",
                 page_label="{n}")


def east_sussex_notice() -> Path:
    pages = [
        [
            title("East Sussex County Council"),
            body("<b>RECORD OF DECISION</b>"),
            front_sheet([
                ("Decision taker:", "Lead Member for Education and Inclusion, Special Educational Needs and "
                 "Disability - Councillor Bernard Holloway-Tate"),
                ("Date of decision:", "Monday 14 November 2022"),
                ("Subject:", "Local area SEND Accelerated Progress Plan"),
                ("Key decision:", "No"),
                ("Contact officer:", "Nadia Polegate, Assistant Director, ISEND, 01273 336904, "
                 "nadia.polegate@eastsussex.gov.uk"),
            ]),
            heading("Background"),
            body("Ofsted and the Care Quality Commission inspected the East Sussex local area between 19 and 23 "
                 "March 2018, and the Written Statement of Action was approved on 16 August 2018. At the revisit "
                 "on 20-22 September 2022, inspectors found that the area had not made sufficient progress in "
                 "addressing the weaknesses in (a) the identification and assessment of the needs of children "
                 "and young people with social, emotional and mental health needs, (b) the contribution of "
                 "health professionals to EHC plans and (c) the co-production of plans and services with "
                 "parents and carers. The revisit letter was published on 3 November 2022."),
            body("The Department for Education and NHS England have asked the area to submit an Accelerated "
                 "Progress Plan by 9 December 2022."),
        ],
        [
            heading("DECISIONS"),
            body("The Lead Member:"),
            item("1)", EAST_SUSSEX_DECISIONS[0]),
            item("2)", EAST_SUSSEX_DECISIONS[1]),
            item("3)", EAST_SUSSEX_DECISIONS[2]),
            heading("Reasons"),
            body("The plan sets out the actions the area will take to address the three remaining weaknesses "
                 "within twelve months."),
            heading("Declarations of interest"),
            body("None."),
            body("Signed: Bernard Holloway-Tate. Date: 14/11/2022."),
        ],
    ]
    return write("east-sussex/round43-2022-11-14-lead-member-for-education-and-inclusion-special-educational-needs-"
                 "and-disability/Decision Notice - SEND Accelerated Progress Plan.pdf", pages,
                 "East Sussex County Council", "Record of Decision", "East Sussex County Council")


def islington_briefing() -> Path:
    pages = [
        [
            title("Member Briefing Note"),
            front_sheet([
                ("To:", "All members of the Children's Services Scrutiny Committee"),
                ("From:", "Eleanor Vasquez-Reid, Director of Learning and Achievement"),
                ("Date:", "28 April 2025"),
                ("Subject:", "Islington area SEND inspection: outcome"),
            ]),
            heading("Purpose"),
            body("To let members know the outcome of the inspection of Islington's SEND arrangements before the "
                 "report is discussed at committee on 9 June 2025."),
            heading("The outcome"),
            body("Ofsted and the CQC visited Islington from 3 to 7 March 2025. Their report, published on 17 "
                 "April 2025, found that the local area partnership's arrangements typically lead to positive "
                 "experiences and outcomes for children and young people with SEND. This is the best of the "
                 "three possible outcomes, and the next full inspection will be in about five years."),
            body("Inspectors praised the Islington SEND Information, Advice and Support Service, the support "
                 "given to children in early years and the quality of joint working with health partners."),
            body("Inspectors also identified two areas where the partnership could improve:"),
            item("&ndash;", ISLINGTON_AREAS[0]),
            item("&ndash;", ISLINGTON_AREAS[1]),
        ],
        [
            heading("Timeline"),
            table([["Milestone", "Date"],
                   ["Inspection visit", "3 to 7 March 2025"],
                   ["Report published", "17 April 2025"],
                   ["Improvement plan agreed by the SEND Partnership Board", "20 May 2025"],
                   ["Scrutiny Committee", "9 June 2025"]], [10 * cm, 6 * cm]),
            heading("What happens next"),
            body("An improvement plan covering both areas will be agreed by the SEND Partnership Board on 20 May "
                 "2025. Councillor Sunita Marchetti, Executive Member for Children, Young People and Families, "
                 "will present it to the Scrutiny Committee."),
            heading("Further information"),
            body("Tom Ashcombe-Reyes, Head of SEND, tom.ashcombe-reyes@islington.gov.uk, 020 7527 3381."),
        ],
    ]
    return write("islington/round43-2025-06-09-childrens-services-scrutiny-committee/"
                 "Member briefing - area SEND inspection outcome.pdf", pages, "Islington Council",
                 "Member Briefing Note", "Islington Council - Official")


def main() -> None:
    for make in (leicester_report, east_sussex_notice, islington_briefing):
        print(make())


if __name__ == "__main__":
    main()
