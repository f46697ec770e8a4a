"""Write the three printed documents of the held-out round 30 (reportlab).

Round 30 is a blind batch: documents written with their gold before any extractor ran on them, in the
layouts most common in real council papers. These three are the printed forms: a Cheshire West and Chester
Council officer report to an overview and scrutiny committee (front-sheet table, "That the Committee:" over
"a. ... c.", strengths and areas for improvement as bullets, the improvement plan and a stocktake, implications
signed by officers); a Bracknell Forest Council progress report on an Accelerated Progress Plan (capitalised
headings, one recommendation "2.1", the areas of significant weakness as the first column of a ruled table with
progress and RAG cells beside them, DfE and NHS England review meetings); and a Blackpool Council cabinet member
decision report ("Report to / Relevant Officer / Relevant Cabinet Member / Date of Decision", recommendations
"2.1", "2.2", priority actions as numbered paragraphs). Invented text, fictitious people. Each page's content is
fixed here with an explicit page break, so the gold's page numbers follow from this script. The output is
deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round30_pdfs.py
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
BULLET = ParagraphStyle("Bullet30", parent=BODY, leftIndent=18, firstLineIndent=-10)
HANGING = ParagraphStyle("Hanging30", parent=BODY, leftIndent=30, firstLineIndent=-30)

CWAC_STRENGTHS = [
    "Children with SEND in the early years are identified quickly and well supported by the Early Years "
    "Inclusion Team.",
    "The partnership works closely with the Parent Carer Forum, and parents' views have shaped the new "
    "Ordinarily Available Provision guidance.",
]
CWAC_AREAS = [
    "Leaders should improve the timeliness of EHC needs assessments and make sure that advice from health "
    "professionals is received within statutory timescales.",
    "Leaders should work with schools to reduce the use of part-time timetables and suspensions for children "
    "and young people with SEND.",
    "Leaders should strengthen the way in which they check the quality of EHC plans and annual reviews, and "
    "use what they find to improve practice.",
]
BRACKNELL_ROWS = [
    ("The timeliness and quality of EHC plans, and the contribution of health and social care to them.",
     "82% of new plans were issued within 20 weeks in November 2023. Health advice is now returned within six "
     "weeks in 91% of cases. The latest audit rated 74% of plans good or better.", "Green"),
    ("Waiting times for the neurodevelopmental pathway and the support available to families while they wait.",
     "The average wait has fallen from 62 to 41 weeks. A pre-diagnostic support offer was launched in "
     "September 2023 with the Parent Carer Forum.", "Amber"),
]
BLACKPOOL_ACTIONS = [
    ("6.4", "Priority action 1: Leaders across education, health and care should urgently improve the "
     "timeliness and quality of EHC needs assessments, plans and annual reviews."),
    ("6.5", "Priority action 2: Leaders should reduce the waiting times for speech and language therapy and "
     "for neurodevelopmental assessments, and provide support to families while they wait."),
    ("6.6", "Priority action 3: Leaders should improve the oversight of children with SEND who are not in "
     "full-time education, including those on part-time timetables and those missing education."),
]


def bullet(text: str):
    return Paragraph("&bull; " + text, BULLET)


def numbered(number: str, text: str):
    return Paragraph(f"{number}&nbsp;&nbsp;&nbsp;{text}", HANGING)


def cheshire_west_report() -> Path:
    pages = [
        [
            title("Children and Families Overview and Scrutiny Committee"),
            front_sheet([
                ("Date of Meeting:", "10 March 2025"),
                ("Report of:", "Director of Education and Inclusion"),
                ("Report Title:", "Area SEND Inspection &ndash; Outcome and Improvement Plan"),
                ("Portfolio:", "Children and Families (Councillor Bethan Winsford)"),
                ("Report author:", "Gareth Tarvin, Senior Manager, SEND (gareth.tarvin@cheshirewestandchester.gov.uk, "
                 "01244 972415)"),
            ]),
            heading("1. Report Summary"),
            body("1.1 This report informs the Committee of the outcome of the area SEND inspection of the Cheshire West "
                 "and Chester local area partnership and of the partnership's improvement plan."),
            heading("2. Recommendations"),
            body("2.1 That the Committee:"),
            Paragraph("a. notes the outcome of the area SEND inspection;", BULLET),
            Paragraph("b. comments on the Area SEND Improvement Plan attached at Appendix 1;", BULLET),
            Paragraph("c. receives a further progress report in September 2025.", BULLET),
            heading("3. Reasons for the Recommendations"),
            body("3.1 The Committee has a role in scrutinising the partnership's response to the inspection and in "
                 "holding leaders to account for the improvements that are needed."),
        ],
        [
            heading("4. Background and the inspection findings"),
            body("4.1 Ofsted and the Care Quality Commission (CQC) carried out an area SEND inspection of the local area "
                 "partnership between 18 and 22 November 2024. The inspection report was published on 10 January 2025."),
            body("4.2 The partnership received the middle of the three outcomes: its arrangements lead to inconsistent "
                 "experiences and outcomes for children and young people with SEND."),
            body("4.3 Inspectors identified a number of strengths, including:"),
            *[bullet(item) for item in CWAC_STRENGTHS],
            body("4.4 The report identifies three areas for improvement:"),
            *[bullet(item) for item in CWAC_AREAS],
            body("4.5 The findings are consistent with the partnership's own self-evaluation, and work on each of "
                 "these areas had already begun before the inspection."),
        ],
        [
            heading("5. The Area SEND Improvement Plan"),
            body("5.1 The Area SEND Improvement Plan was agreed by the SEND Partnership Board on 12 February 2025. "
                 "It is attached at Appendix 1 and has been co-produced with the Parent Carer Forum."),
            body("5.2 The Department for Education and NHS England will review the partnership's progress at a stocktake "
                 "meeting on 2 April 2025."),
            heading("6. Implications for the Council"),
            body("6.1 Legal: The local authority has duties under the Children and Families Act 2014. "
                 "Legal implications verified by Hannah Upton, Solicitor, Legal Services."),
            body("6.2 Financial: The improvement plan will be delivered within existing budgets. "
                 "Financial implications verified by Martin Elton, Senior Finance Manager."),
            heading("7. Background Papers"),
            body("Ofsted and CQC, Area SEND inspection of Cheshire West and Chester Local Area Partnership, "
                 "10 January 2025."),
        ],
    ]
    return write("cheshire-west-and-chester/round30-2025-03-10-children-and-families-overview-and-scrutiny-committee/"
                 "Area SEND Inspection Outcome and Improvement Plan.pdf", pages,
                 "Cheshire West and Chester Council", "Children and Families Overview and Scrutiny Committee",
                 "10 March 2025")


def bracknell_report() -> Path:
    rows = [["<b>Area of significant weakness</b>", "<b>Progress since the last report</b>", "<b>RAG</b>"]]
    rows += [[area, progress, rag] for area, progress, rag in BRACKNELL_ROWS]
    pages = [
        [
            body("<b>TO: CHILDREN, YOUNG PEOPLE AND LEARNING OVERVIEW AND SCRUTINY PANEL<br/>16 JANUARY 2024</b>"),
            title("SEND ACCELERATED PROGRESS PLAN &ndash; PROGRESS REPORT"),
            body("<b>Executive Director: People</b>"),
            heading("1 PURPOSE OF REPORT"),
            body("1.1 This report updates the Panel on the progress made against the SEND Accelerated Progress Plan "
                 "(APP) since the Panel last considered it."),
            heading("2 RECOMMENDATION"),
            body("2.1 That the Panel notes the progress made against the Accelerated Progress Plan, as set out in "
                 "section 5 of this report."),
            heading("3 REASONS FOR RECOMMENDATION"),
            body("3.1 To enable the Panel to monitor the local area's progress."),
            heading("4 ALTERNATIVE OPTIONS CONSIDERED"),
            body("4.1 None."),
            heading("5 SUPPORTING INFORMATION"),
            body("5.1 Ofsted and the CQC inspected the Bracknell Forest local area from 20 to 24 January 2020. A "
                 "Written Statement of Action was required, and it was declared fit for purpose on 29 June 2020."),
            body("5.2 Inspectors revisited the area in June 2022 and found that sufficient progress had not been made "
                 "in two areas of significant weakness. An Accelerated Progress Plan was agreed with the Department "
                 "for Education in October 2022."),
        ],
        [
            body("5.3 The table below summarises progress against the two areas of significant weakness."),
            table(rows, [6 * cm, 8 * cm, 2 * cm]),
            body("5.4 The most recent review meeting with the Department for Education and NHS England took place on "
                 "5 December 2023. Advisers recognised the improvement in the timeliness of plans. The next review is "
                 "scheduled for 12 March 2024."),
            heading("6 ADVICE RECEIVED FROM STATUTORY AND OTHER OFFICERS"),
            body("6.1 Borough Solicitor: nothing to add to the report. Director: Finance: nothing to add to the report."),
            heading("7 CONSULTATION"),
            body("7.1 Not applicable."),
            body("<b>Background Papers</b><br/>SEND Accelerated Progress Plan, October 2022"),
            body("<b>Contact for further information</b><br/>Priya Sandhurst, Head of SEND<br/>01344 354089<br/>"
                 "priya.sandhurst@bracknell-forest.gov.uk"),
        ],
    ]
    return write("bracknell-forest/round30-2024-01-16-children-young-people-and-learning-overview-and-scrutiny-panel/"
                 "SEND Accelerated Progress Plan Progress Report.pdf", pages,
                 "Unrestricted", "Bracknell Forest Council", "Children, Young People and Learning O&S Panel")


def blackpool_report() -> Path:
    pages = [
        [
            front_sheet([
                ("Report to:", "CABINET MEMBER FOR CHILDREN'S SERVICES"),
                ("Relevant Officer:", "Victoria Anchorsholme, Director of Children's Services"),
                ("Relevant Cabinet Member:", "Councillor Jim Layton-Marsh, Cabinet Member for Children's Services"),
                ("Date of Decision:", "12 May 2025"),
            ]),
            title("AREA SEND INSPECTION: PRIORITY ACTION PLAN"),
            heading("1.0 Purpose of the report"),
            body("1.1 To seek approval of the Blackpool Area SEND Priority Action Plan before it is submitted to Ofsted."),
            heading("2.0 Recommendation(s)"),
            numbered("2.1", "To approve the Blackpool Area SEND Priority Action Plan, attached at Appendix 2(a), for "
                     "submission to Ofsted."),
            numbered("2.2", "To agree that progress against the plan is reported to the Children and Young People's "
                     "Scrutiny Committee every six months."),
            heading("3.0 Reasons for recommendation(s)"),
            body("3.1 The partnership is required to submit a Priority Action Plan following the inspection."),
            body("3.2 Is the recommendation contrary to a plan or strategy adopted or approved by the Council? No"),
            body("3.3 Is the recommendation in accordance with the Council's approved budget? Yes"),
            heading("4.0 Other alternative options to be considered"),
            body("4.1 None. The submission of a plan is a requirement of the inspection framework."),
        ],
        [
            heading("5.0 Council priority"),
            body("5.1 The relevant Council priority is: communities: creating stronger communities and increasing resilience."),
            heading("6.0 Background information"),
            body("6.1 Ofsted and the Care Quality Commission inspected the Blackpool local area partnership from "
                 "3 to 7 February 2025."),
            body("6.2 The inspection report was published on 21 March 2025. It found that there are widespread and/or "
                 "systemic failings leading to significant concerns about the experiences and outcomes of children "
                 "and young people with SEND."),
            body("6.3 The report identifies three priority actions:"),
            *[numbered(number, text) for number, text in BLACKPOOL_ACTIONS],
            body("6.7 Inspectors also found that leaders have an accurate understanding of the area's weaknesses, and "
                 "that the Parent Carer Forum is a strong and respected partner."),
            body("6.8 The Priority Action Plan must be submitted to Ofsted by 19 May 2025. Ofsted and the CQC will "
                 "carry out monitoring inspections to check the partnership's progress."),
        ],
        [
            heading("7.0 List of Appendices"),
            body("7.1 Appendix 2(a): Blackpool Area SEND Priority Action Plan"),
            heading("8.0 Financial considerations"),
            body("8.1 The plan will be delivered from existing resources and the High Needs Block."),
            heading("9.0 Legal considerations"),
            body("9.1 The Council must comply with its duties under the Children and Families Act 2014."),
            heading("10.0 Consultation undertaken"),
            body("10.1 The plan has been developed with the Parent Carer Forum, schools and NHS Lancashire and South "
                 "Cumbria Integrated Care Board."),
            heading("11.0 Background papers"),
            body("11.1 None."),
            body("Contact officer: Harriet Bispham, Head of SEND, harriet.bispham@blackpool.gov.uk, 01253 476512"),
        ],
    ]
    return write("blackpool/round30-2025-05-12-cabinet-member-for-childrens-services/"
                 "Area SEND Inspection Priority Action Plan.pdf", pages,
                 "Blackpool Council", "Cabinet Member Decision", "Area SEND Inspection: Priority Action Plan")


def main() -> None:
    for make in (cheshire_west_report, bracknell_report, blackpool_report):
        print(make())


if __name__ == "__main__":
    main()
