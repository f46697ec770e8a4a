"""Write the printed documents of the held-out round 50 (reportlab).

Round 50 is a blind batch: documents written with their gold before any extractor ran on them. These three are
the printed forms: a Royal Borough of Greenwich report to a scrutiny panel on progress against its 2023-framework
strategic improvement plan (the areas for improvement as rows of a progress table, recommendations "The Panel is
asked to: (a) ... (c)"); a Nottingham City Council Portfolio Holder delegated decision record (2016 framework, the
re-visit's unprogressed weaknesses as bold lettered headings, "DECISION(S)" numbered 1 to 3); and a Department for
Education letter to the Royal Borough of Kensington and Chelsea after a WSoA monitoring review (2016 framework).
Invented text, fictitious people. Each page's content is fixed with an explicit page break, so the gold's page
numbers follow from this script. The output is deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round50_pdfs.py
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
INDENT = ParagraphStyle("Indent50", parent=BODY, leftIndent=18, firstLineIndent=-14)
CELL = ParagraphStyle("Cell50", parent=BODY, fontSize=9, leading=11)


def item(marker: str, text: str):
    return Paragraph(marker + " " + text, INDENT)


def grid(rows: list[list[str]], widths: list[float]):
    cells = [[Paragraph(cell, CELL) for cell in row] for row in rows]
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E4E4"))]))
    return table


GREENWICH_AFI = [
    "Leaders should improve the timeliness of EHC needs assessments and the quality of the plans that result.",
    "Leaders should make sure that children and young people waiting for the neurodevelopmental pathway, and "
    "their families, receive support while they wait.",
    "Leaders should develop a shared approach to inclusion across schools, so that fewer children and young "
    "people with SEND are suspended or excluded.",
    "Leaders should make better use of the views of children, young people and families to check the impact of "
    "their work.",
]

GREENWICH_RECS = [
    "note the progress made against the Strategic Improvement Plan since January 2025;",
    "comment on the proposed changes to the performance measures in Appendix 2; and",
    "agree to receive the plan's annual report at its meeting in January 2026.",
]


def greenwich_report() -> Path:
    progress = [
        ["Area for improvement (inspection report, November 2024)", "Progress to June 2025", "RAG"],
        [GREENWICH_AFI[0], "58% of plans issued within 20 weeks in May 2025 (33% in October 2024).", "Amber"],
        [GREENWICH_AFI[1], "Waiting well offer launched in March 2025; 1,140 families contacted.", "Green"],
        [GREENWICH_AFI[2], "Inclusion charter signed by 61 of 88 schools.", "Amber"],
        [GREENWICH_AFI[3], "Young commissioners panel recruited; first report due September 2025.", "Green"],
    ]
    pages = [
        [
            title("Royal Borough of Greenwich"),
            front_sheet([
                ("Report to:", "Children and Young People Scrutiny Panel"),
                ("Date of meeting:", "9 July 2025"),
                ("Report of:", "Director of Children's Services"),
                ("Report title:", "SEND Strategic Improvement Plan: six-month progress"),
                ("Wards:", "All"),
            ]),
            heading("1. Decision required"),
            body("The Panel is asked to:"),
            item("(a)", GREENWICH_RECS[0]),
            item("(b)", GREENWICH_RECS[1]),
            item("(c)", GREENWICH_RECS[2]),
            heading("2. Background"),
            body("2.1 The Royal Greenwich local area partnership was inspected by Ofsted and the CQC between 7 and "
                 "11 October 2024. The report, published on 22 November 2024, found that the partnership's "
                 "arrangements lead to inconsistent experiences and outcomes for children and young people with "
                 "SEND."),
            body("2.2 Cabinet approved the Strategic Improvement Plan on 15 January 2025, after pre-decision scrutiny "
                 "by this Panel. The plan is overseen by the SEND Partnership Board, chaired jointly by the Director "
                 "of Children's Services and the ICB's Director of Place."),
            body("2.3 A monitoring inspection is not expected for an area with this outcome; the next full "
                 "inspection is expected within approximately three years."),
        ],
        [
            heading("3. Progress"),
            body("3.1 The table below sets out each of the inspection report's areas for improvement, with the "
                 "progress made and the Board's RAG rating at its meeting on 19 June 2025."),
            grid(progress, [7.2 * cm, 6.8 * cm, 2 * cm]),
            body("3.2 The EHC plan recovery work has been helped by the recruitment of six additional SEND "
                 "caseworkers. Health advice returned within six weeks rose from 71% to 89%."),
            heading("4. Financial implications"),
            body("4.1 The High Needs Block deficit is forecast at £14.6m at the end of 2025/26. Verified by Oluwaseun "
                 "Kettleby, Finance Business Partner, 1 July 2025."),
            heading("5. Report author"),
            body("Declan Harrowby-Nwosu, Head of SEND Improvement, 020 8921 4417, "
                 "declan.harrowby-nwosu@royalgreenwich.gov.uk"),
            body("Reporting to: Sabine Okafor-Lund, Director of Children's Services"),
        ],
    ]
    return write("greenwich/round50-2025-07-09-children-and-young-people-scrutiny-panel/"
                 "SEND Strategic Improvement Plan progress report.pdf", pages, "Royal Borough of Greenwich",
                 "Children and Young People Scrutiny Panel - 9 July 2025", "OFFICIAL")


NOTTINGHAM_WEAKNESSES = [
    "The quality of EHC plans remains too variable, and too many plans do not set out clearly how children's needs "
    "will be met.",
    "Leaders' self-evaluation is not accurate enough and is not used well to target improvement.",
    "Communication with parents and carers is not effective, and too many parents lack confidence in the system.",
]

NOTTINGHAM_DECISIONS = [
    "To approve the SEND Accelerated Progress Plan attached at Appendix 1.",
    "To approve the submission of the plan to the Department for Education and NHS England by 15 July 2022.",
    "To note that progress against the plan will be reported to the SEND Improvement Board every month and to the "
    "Children and Young People Scrutiny Committee.",
]


def nottingham_decision() -> Path:
    pages = [
        [
            title("NOTTINGHAM CITY COUNCIL"),
            body("<b>DELEGATED DECISION RECORD - PORTFOLIO HOLDER</b>"),
            front_sheet([
                ("Decision reference:", "4718"),
                ("Decision taker:", "Portfolio Holder for Children, Young People and Education"),
                ("Subject:", "SEND Accelerated Progress Plan"),
                ("Key decision:", "No"),
                ("Date of decision:", "12 July 2022"),
                ("Report author and contact details:", "Parveen Aslam-Rooke, Head of SEND Services, "
                 "parveen.aslam-rooke@nottinghamcity.gov.uk"),
            ]),
            heading("BACKGROUND"),
            body("Ofsted and the Care Quality Commission re-visited Nottingham from 28 to 30 March 2022 to decide "
                 "whether the area had made sufficient progress since the inspection of 25 to 29 March 2019. The "
                 "letter of 26 May 2022 reported sufficient progress in two areas. The three areas in which "
                 "progress was not sufficient are set out below in the inspectors' words."),
            body("<b>A. " + NOTTINGHAM_WEAKNESSES[0] + "</b>"),
            body("Actions in the plan include a multi-agency quality assurance audit of 40 plans every month."),
            body("<b>B. " + NOTTINGHAM_WEAKNESSES[1] + "</b>"),
            body("Actions include a shared SEND data dashboard, to be in place by October 2022."),
            body("<b>C. " + NOTTINGHAM_WEAKNESSES[2] + "</b>"),
            body("Actions include a co-produced communication strategy with Nottingham City Parent Carer Forum."),
        ],
        [
            heading("DECISION(S)"),
            item("1.", NOTTINGHAM_DECISIONS[0]),
            item("2.", NOTTINGHAM_DECISIONS[1]),
            item("3.", NOTTINGHAM_DECISIONS[2]),
            heading("REASONS FOR THE DECISION"),
            body("The Department for Education and NHS England wrote on 14 June 2022 requiring an Accelerated "
                 "Progress Plan within 30 days. A plan has been prepared with the ICB and the Parent Carer Forum."),
            heading("OTHER OPTIONS CONSIDERED"),
            body("Not submitting a plan was rejected: it is a requirement, and failure to submit could lead to "
                 "further intervention by the Secretary of State."),
            heading("CONSULTATION"),
            body("Michaela Dunston, Designated Clinical Officer, NHS Nottingham and Nottinghamshire ICB, and the "
                 "Parent Carer Forum were consulted on 4 July 2022."),
            heading("DECISION TAKER'S SIGNATURE"),
            body("Councillor Damian Whitlock-Reyes, Portfolio Holder for Children, Young People and Education"),
            body("Date: 12/07/2022"),
            body("<b>CALL-IN:</b> This decision is subject to call-in and may be implemented after 20 July 2022."),
        ],
    ]
    return write("nottingham/round50-2022-07-12-portfolio-holder-for-children-young-people-and-education/"
                 "Delegated Decision 4718 SEND Accelerated Progress Plan.pdf", pages, "Nottingham City Council",
                 "Delegated Decision Record 4718", "Nottingham City Council")


KC_AREAS = [
    ["1", "Use of accurate shared data in leaders' evaluation of the area", "Good progress", "Green"],
    ["2", "Quality of EHC plans, including health and social care advice", "Some progress", "Amber"],
    ["3", "Awareness and use of the Local Offer", "Good progress", "Green"],
    ["4", "Joint commissioning, especially therapies and SEMH provision", "Limited progress", "Red"],
]


def kensington_letter() -> Path:
    pages = [
        [
            body("<b>Department for Education</b><br/>Sanctuary Buildings<br/>Great Smith Street<br/>London SW1P 3BT"),
            body("Ms Harriet Lomax-Beaufort<br/>Executive Director of Children's Services<br/>Royal Borough of "
                 "Kensington and Chelsea<br/>The Town Hall, Hornton Street<br/>London W8 7NX"),
            body("3 December 2019"),
            body("Dear Harriet,"),
            body("<b>Kensington and Chelsea SEND Written Statement of Action: review meeting of 19 November 2019</b>"),
            body("Thank you to you and your colleagues for meeting Fraser Idowu-Marsh (NHS England) and me for the "
                 "second six-monthly review of your Written Statement of Action. This letter sets out our "
                 "conclusions, as agreed at the meeting."),
            body("As you know, the local area was inspected in January 2018 and the WSoA was declared fit for "
                 "purpose in September 2018. At our first review on 26 March 2019 we agreed that the priority would "
                 "be the quality of EHC plans and joint commissioning."),
            body("Our assessment of each of the four areas in the WSoA is as follows:"),
            grid([["No.", "Area of the WSoA", "Assessment", "RAG"]] + KC_AREAS, [1.2 * cm, 8 * cm, 4 * cm, 2 * cm]),
        ],
        [
            body("We were pleased to see the new Local Offer, which parents told us is much easier to use. We remain "
                 "concerned that the joint commissioning strategy has not yet been agreed by the Clinical "
                 "Commissioning Group, and we ask that it is signed off by the end of February 2020."),
            body("We will hold the next review meeting in May 2020, and would ask you to send an updated WSoA "
                 "progress report two weeks before it. I am copying this letter to Councillor Beatrix Calloway-Finch, "
                 "Lead Member for Family and Children's Services, and to Dr Anil Prabhakar-Sloane, Designated Medical "
                 "Officer."),
            body("Yours sincerely,"),
            body("Morwenna Tregothnan-Hale<br/>SEND Adviser, Department for Education"),
        ],
    ]
    return write("kensington-and-chelsea/round50-2020-01-14-family-and-childrens-services-select-committee/"
                 "Appendix B - DfE review letter 3 December 2019.pdf", pages, "OFFICIAL",
                 "Department for Education", "Department for Education", page_label="{n}")


def main() -> None:
    for make in (greenwich_report, nottingham_decision, kensington_letter):
        print(make())


if __name__ == "__main__":
    main()
