"""Write the printed documents of the held-out round 52 (reportlab).

Round 52 is a blind batch: documents written with their gold before any extractor ran on them. These three are
the printed forms: a Cheshire West and Chester report to a scrutiny committee after a 2023-framework inspection
with the lowest outcome (areas for priority action in a ruled table with their leads, areas for improvement as
sub-paragraphs "4.2.1" to "4.2.3", "The Committee is recommended to:" over "1." to "3."); a Hertfordshire County Council Executive Member
decision record approving a 2016-framework Written Statement of Action (the letter's weaknesses numbered "(1)" to
"(4)" inside one paragraph, "DECISION" as "(a)" to "(c)"); and a Haringey member briefing note after a DfE and NHS
England review of the WSoA (weaknesses as dashed lines, one "Members are asked to note" recommendation). Invented
text, fictitious people. Each page's content is fixed with an explicit page break, so the gold's page numbers
follow from this script. The output is deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round52_pdfs.py
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
from reportlab.platypus import Paragraph, Table, TableStyle  # noqa: E402

rl_config.invariant = 1
INDENT = ParagraphStyle("Indent52", parent=BODY, leftIndent=18, firstLineIndent=-14)
CELL = ParagraphStyle("Cell52", parent=BODY, fontSize=9, leading=11)


def item(marker: str, text: str):
    return Paragraph(marker + " " + text, INDENT)


def grid(rows: list[list[str]], widths: list[float]):
    cells = [[Paragraph(cell, CELL) for cell in row] for row in rows]
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E4E4"))]))
    return table


CWAC_RECS = [
    "Note the outcome of the Area SEND inspection of the Cheshire West and Chester local area partnership, "
    "published on 7 March 2025.",
    "Comment on the Priority Action Plan at Appendix A, which was submitted to Ofsted on 11 April 2025.",
    "Agree to receive a report on progress against the areas for priority action at each meeting until the "
    "monitoring inspection.",
]

CWAC_APA = [
    ["Area for priority action", "Partnership lead"],
    ["Leaders across the partnership must urgently improve the timeliness of EHC needs assessments so that "
     "children and young people receive the support they need without delay.", "Director of Education and Skills"],
    ["Leaders must act quickly to reduce the time children and young people wait for an assessment of autism "
     "and ADHD, and provide support to families while they wait.", "ICB Place Director, Cheshire West"],
]

CWAC_AFI = [
    "Leaders should improve the quality of EHC plans, so that outcomes are specific and the provision in section F "
    "is precise.",
    "Leaders should make sure that the views of children and young people are gathered and used to shape "
    "services.",
    "Leaders should improve the planning for young people moving to adult health and social care services.",
]


def cheshire_west_report() -> Path:
    pages = [
        [
            title("Cheshire West and Chester Council"),
            front_sheet([
                ("Meeting:", "Children and Families Scrutiny Committee"),
                ("Date:", "Thursday 5 June 2025"),
                ("Report of:", "Executive Director of Children's Services"),
                ("Cabinet Member:", "Councillor Frances Kettlewell-Ashe, Cabinet Member for Children and Families"),
                ("Title:", "Area SEND Inspection Outcome and Priority Action Plan"),
            ]),
            heading("1. Report Summary"),
            body("1.1 Ofsted and the Care Quality Commission inspected the local area partnership from 13 to 31 "
                 "January 2025. The outcome is the lowest of the three available: there are widespread and/or "
                 "systemic failings leading to significant concerns about the experiences and outcomes of children "
                 "and young people with SEND."),
            body("1.2 The partnership was required to submit a Priority Action Plan within 25 working days of the "
                 "report. Ofsted and the CQC will carry out a monitoring inspection within approximately 18 months."),
            heading("2. Recommendations"),
            body("The Committee is recommended to:"),
            item("1.", CWAC_RECS[0]),
            item("2.", CWAC_RECS[1]),
            item("3.", CWAC_RECS[2]),
            heading("3. Reasons for the recommendations"),
            body("3.1 Scrutiny of the partnership's response is one of the ways elected members can hold leaders to "
                 "account for improvement."),
        ],
        [
            heading("4. Findings of the inspection"),
            body("4.1 Inspectors found that most children and young people with SEND in Cheshire West are known to "
                 "their schools and settings, and that specialist provision in the borough is of good quality. They "
                 "also identified two areas for priority action, set out below with the lead for each."),
            grid(CWAC_APA, [11 * cm, 5 * cm]),
            body("4.2 The report also identified three areas for improvement:"),
            item("4.2.1", CWAC_AFI[0]),
            item("4.2.2", CWAC_AFI[1]),
            item("4.2.3", CWAC_AFI[2]),
            body("4.3 The Department for Education and NHS England held the first monitoring meeting with the "
                 "partnership on 15 May 2025. The next is expected in November 2025."),
            heading("5. Financial implications"),
            body("5.1 An additional £1.1m has been allocated from reserves in 2025/26 to clear the assessment "
                 "backlog."),
            heading("Contact"),
            body("Report author: Gareth Llewellyn-Shaw, Head of SEND Strategy"),
            body("Tel: 0151 356 6120 &nbsp; Email: gareth.llewellyn-shaw@cheshirewestandchester.gov.uk"),
        ],
    ]
    return write("cheshire-west-and-chester/round52-2025-06-05-children-and-families-scrutiny-committee/"
                 "Area SEND Inspection Outcome and Priority Action Plan.pdf", pages,
                 "Cheshire West and Chester Council", "Children and Families Scrutiny Committee, 5 June 2025",
                 "OFFICIAL")


HERTS_DECISIONS = [
    "approves the Written Statement of Action at Appendix 1 for submission to Ofsted by 4 April 2019;",
    "notes that the Written Statement of Action has been agreed by the Hertfordshire Clinical Commissioning "
    "Groups' Governing Bodies; and",
    "requests that progress against the Written Statement of Action is reported to the Education, Libraries and "
    "Localism Cabinet Panel every six months.",
]


def hertfordshire_decision() -> Path:
    pages = [
        [
            title("Hertfordshire County Council"),
            body("<b>RECORD OF DECISION TAKEN BY AN EXECUTIVE MEMBER</b>"),
            front_sheet([
                ("Decision reference:", "EM/ELL/2019/07"),
                ("Executive Member:", "Councillor Rowena Featherstone-Gale, Executive Member for Education, "
                 "Libraries and Localism"),
                ("Subject:", "Special Educational Needs and Disabilities: Written Statement of Action"),
                ("Key decision:", "No"),
            ]),
            heading("Background"),
            body("Between 19 and 23 November 2018 Ofsted and the Care Quality Commission jointly inspected the local "
                 "area of Hertfordshire to judge its effectiveness in implementing the special educational needs and "
                 "disability reforms. The findings were set out in a letter dated 14 January 2019, which required "
                 "the local authority and the area's clinical commissioning groups to submit a Written Statement of "
                 "Action."),
            body("The letter identified four areas of significant weakness: (1) the lack of strategic leadership and "
                 "a shared vision across education, health and care for children and young people with SEND; (2) "
                 "the poor quality of EHC plans and the late completion of many of them; (3) the absence of "
                 "effective joint commissioning arrangements, leading to inequitable access to therapies across the "
                 "county; and (4) the weak communication with parents and carers, many of whom lack confidence in "
                 "the system."),
            body("The Education, Libraries and Localism Cabinet Panel considered the draft statement on 12 March "
                 "2019 and supported it."),
            heading("Decision"),
            body("That the Executive Member for Education, Libraries and Localism:"),
            item("(a)", HERTS_DECISIONS[0]),
            item("(b)", HERTS_DECISIONS[1]),
            item("(c)", HERTS_DECISIONS[2]),
        ],
        [
            heading("Reasons for the decision"),
            body("The Written Statement of Action must be submitted within 70 working days of the inspection "
                 "letter. Ofsted and the CQC will assess whether it is fit for purpose."),
            heading("Alternative options considered"),
            body("None; the submission of a Written Statement of Action is required by the inspection framework."),
            heading("Consultation"),
            body("Hertfordshire Parent Carer Involvement, the Designated Medical Officer, Dr Imogen Castellano, and "
                 "the Director of Commissioning at East and North Hertfordshire CCG, Keith Brannigan, were consulted "
                 "on the draft."),
            heading("Conflicts of interest"),
            body("None declared."),
            front_sheet([
                ("Signed:", "Rowena Featherstone-Gale"),
                ("Date:", "27 March 2019"),
                ("Officer contact:", "Sandeep Ohri-Walsh, Head of SEND Improvement, 01992 556 312"),
            ]),
        ],
    ]
    return write("hertfordshire/round52-2019-03-27-executive-member-for-education-libraries-and-localism/"
                 "Record of Executive Member Decision EM-ELL-2019-07.pdf", pages, "Hertfordshire County Council",
                 "Executive Member decision", "OFFICIAL")


HARINGEY_WEAKNESSES = [
    "weak joint commissioning arrangements, which mean that the needs of children and young people with SEND are "
    "not reflected in the services available",
    "the timeliness of new EHC plans and the variable quality of plans, including the contribution from health "
    "and social care",
    "the limited oversight of the outcomes of children and young people with SEND who are educated out of the "
    "borough",
]


def haringey_briefing() -> Path:
    pages = [
        [
            title("Haringey Council"),
            body("<b>Briefing note for members of the Children and Young People's Scrutiny Panel</b>"),
            front_sheet([
                ("Subject:", "SEND: outcome of the DfE and NHS England WSoA review"),
                ("Date of briefing:", "10 December 2020"),
                ("From:", "Director of Children's Services"),
            ]),
            heading("Purpose"),
            body("To update members on the second formal review of progress against the SEND Written Statement of "
                 "Action (WSoA), held by the Department for Education and NHS England on 2 November 2020."),
            heading("Background"),
            body("The local area was inspected by Ofsted and the CQC between 3 and 7 June 2019. The inspection letter "
                 "of 26 July 2019 required a WSoA, which was submitted on 31 October 2019 and declared fit for "
                 "purpose on 20 December 2019. The WSoA addresses the three significant weaknesses set out in the "
                 "letter:"),
            item("&ndash;", HARINGEY_WEAKNESSES[0]),
            item("&ndash;", HARINGEY_WEAKNESSES[1]),
            item("&ndash;", HARINGEY_WEAKNESSES[2]),
            heading("The review"),
            body("The review was chaired by Linda Farquharson, SEND Adviser, Department for Education, with Dr Omar "
                 "Latimer-Hughes from NHS England. Officers presented evidence of progress in each area. The "
                 "advisers agreed that the new joint commissioning framework, approved in September 2020, was a "
                 "significant step. They asked for a sharper focus on EHC plan timeliness, which fell to 46% during "
                 "the first national lockdown in April 2020 and had recovered to 63% by October 2020."),
            body("The next review is due in May 2021. A revisit by Ofsted and the CQC is expected in the second half "
                 "of 2021, although inspections have been paused by the pandemic."),
            heading("Recommendation"),
            body("Members are asked to note the outcome of the review and the next steps set out above."),
            body("Contact: Kezia Obuya-Grant, SEND Improvement Lead, kezia.obuya-grant@haringey.gov.uk"),
        ],
    ]
    return write("haringey/round52-2020-12-10-children-and-young-peoples-scrutiny-panel/"
                 "SEND WSoA review briefing note.pdf", pages, "Haringey Council", "Member briefing",
                 "OFFICIAL")


def main() -> None:
    for make in (cheshire_west_report, hertfordshire_decision, haringey_briefing):
        print(make())


if __name__ == "__main__":
    main()
