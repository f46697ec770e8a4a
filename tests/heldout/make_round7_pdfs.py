"""Write the three printed documents of the held-out round 7 (reportlab).

Round 7 is a third blind batch: documents written with their gold before any extractor ran on
them, in councils of the earlier rounds but in styles those rounds did not use. These three are
the printed forms: select committee minutes with a ruled attendance table and a numbered list of
areas for improvement that breaks across a page, an officer report whose weaknesses stand in an
appendix headed "Areas of significant weakness" with a sub-heading over each, and a Cabinet
record of decisions with a "Weakness | Status | Evidence" table and resolutions that run onto the
next page. Invented text, fictitious people. Each page's content is fixed here with an explicit
page break, so the gold's page numbers follow from this script; the paragraph helpers and page
furniture are round 4's and round 5's. The output is deterministic (reportlab's invariant
mode), so rerunning it rewrites identical files:

    /work/main/.venv/bin/python tests/heldout/make_round7_pdfs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_round4_pdfs import CORPUS, body, heading, table, title  # noqa: E402
from make_round5_pdfs import write  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402

HAMPSHIRE_AREAS = [
    "Leaders across education, health and care should make sure that the plans for children with SEND who "
    "move between schools during the year are transferred and acted on without delay.",
    "The ICB should reduce the waiting times for the children's occupational therapy service, which are "
    "longer in the north of the county than elsewhere.",
    "Leaders should improve the way families are told about the local offer, so that parents know what "
    "support they can expect before their child has an EHC plan.",
    "Leaders should make sure that annual reviews of EHC plans for young people in year 11 and above set "
    "out clear next steps into education, employment or training.",
    "Leaders should strengthen the oversight of pupils with SEND who are placed in unregistered alternative "
    "provision.",
]
HAMPSHIRE_RESOLVED = [
    "note the outcome of the area SEND inspection and the partnership's strategic action plan;",
    "ask the Director of Children's Services to report to the Committee in January 2025 on the occupational "
    "therapy waiting times in each district; and",
    "ask that the Committee's thanks be recorded to the parents and young people who met the inspectors.",
]
CORNWALL_WEAKNESSES = [
    ("1. Leadership and strategic planning",
     "Leaders do not have a shared, accurate understanding of the local area's strengths and weaknesses. "
     "The SEND strategy is out of date and there is no agreed plan for improving outcomes."),
    ("2. Joint commissioning",
     "Education, health and social care do not commission services together. As a result there are gaps in "
     "provision, most notably in therapy services for children in the west of the county."),
    ("3. Education, health and care plans",
     "The quality of EHC plans is too variable, and the contribution of social care to assessments is weak."),
]
CORNWALL_RECOMMENDATIONS = [
    "notes the progress made against the Written Statement of Action since the inspection;",
    "comments on the draft SEND Strategy at Appendix B; and",
    "agrees to receive a further update at its meeting in May 2022.",
]
DEVON_ROWS = [
    ("The lack of a clear strategy for SEND, agreed and owned by all partners", "Met",
     "SEND Strategy agreed by the Partnership Board, June 2023"),
    ("Children and young people wait too long for their needs to be assessed and for plans to be finalised",
     "Not yet met", "EHC plans issued in 20 weeks: 21% (target 60%)"),
    ("Weak oversight of the quality of alternative provision used for children with SEND", "Partly met",
     "Quality assurance visits to 18 of 26 providers"),
]
DEVON_RESOLVED = [
    "that the progress made against the Accelerated Progress Plan, and the areas not yet met, be noted;",
    "that the response to the Department for Education's improvement notice, at Appendix 2, be approved;",
    "that the additional investment of £1.2m in the EHC assessment service, agreed by Council in February 2024, "
    "be confirmed for a further year; and",
    "that the Director of Children's Services, after consultation with the Cabinet Member for Children's Services "
    "and Schools, be authorised to agree any changes to the Plan that the Department for Education requests.",
]


def hampshire_minutes() -> Path:
    """Three pages of select committee minutes: a ruled attendance table, a list across the page break."""
    pages = [
        [
            title("HAMPSHIRE COUNTY COUNCIL"),
            body("<b>Minutes of a meeting of the Children and Young People Select Committee held at The Castle, "
                 "Winchester on Thursday, 11th July, 2024</b>"),
            table([
                ["<b>Chairman:</b> Councillor Gavin Fairweather-Stoke", "<b>Vice-Chairman:</b> Councillor Lesley Brading"],
                ["Councillor Isobel Ashwin-Carr", "Councillor Raj Oduwole"],
                ["Councillor Trevor Lymington-Hale", "Councillor Hannah Pelham"],
                ["<b>Co-opted:</b> Mrs Josephine Tarrant (Parent Governor)", "<b>Apologies:</b> Councillor Derek Quill"],
            ], [8 * cm, 8 * cm]),
            body("<b>In attendance:</b> Councillor Philippa Hurst-Vane, Executive Lead Member for Children's "
                 "Services; Stuart Ashcombe-Price, Director of Children's Services; Dr Naomi Fenwick-Oates, "
                 "Designated Clinical Officer, Hampshire and Isle of Wight ICB"),
            heading("45. DEPUTATIONS"),
            body("The Committee received a deputation from Mrs Carol Dunsford-Pike on behalf of Hampshire "
                 "Parent Carer Network, who spoke about the long waits for occupational therapy in Basingstoke."),
            heading("46. AREA SEND INSPECTION"),
            body("The Committee considered a report of the Director of Children's Services on the inspection of "
                 "the Hampshire local area partnership, which had been carried out between 13 and 17 May 2024. "
                 "The letter had been published on 28 June 2024 and judged that the partnership's arrangements "
                 "lead to inconsistent experiences and outcomes."),
            body("The inspectors had set out five areas for improvement, listed in paragraph 3.4 of the report "
                 "as follows."),
            body("1. " + HAMPSHIRE_AREAS[0]),
            body("2. " + HAMPSHIRE_AREAS[1]),
            body("3. " + HAMPSHIRE_AREAS[2]),
        ],
        [
            body("4. " + HAMPSHIRE_AREAS[3]),
            body("5. " + HAMPSHIRE_AREAS[4]),
            body("The Director explained that the strategic action plan had been updated and submitted to Ofsted "
                 "on 9 August 2024, and that the first meeting with DfE advisers was expected in October 2024."),
            body("Members asked about the number of pupils in unregistered provision. Councillor Oduwole asked "
                 "for the figure to be reported by district. The Designated Clinical Officer explained that two "
                 "occupational therapists had been recruited for the north of the county."),
            body("RESOLVED:"),
            body("That the Children and Young People Select Committee:"),
            body("a. " + HAMPSHIRE_RESOLVED[0]),
            body("b. " + HAMPSHIRE_RESOLVED[1]),
            body("c. " + HAMPSHIRE_RESOLVED[2]),
        ],
        [
            heading("47. WORK PROGRAMME"),
            body("The Committee agreed its work programme, as set out in the report."),
            body("Chairman, 19th September 2024"),
        ],
    ]
    return write("hampshire/round7-2024-09-19-children-and-young-people-select-committee/Minutes 11 July 2024.pdf",
                 pages, "Children and Young People Select Committee", "11 July 2024", "Hampshire County Council",
                 page_label="Page {n}")


def cornwall_report() -> Path:
    """An officer report: recommendations, numbered paragraphs, an appendix of weaknesses under sub-headings."""
    pages = [
        [
            title("Cornwall Council"),
            body("<b>Children's Scrutiny Committee</b>"),
            table([
                ["Date", "24 November 2021"],
                ["Title", "SEND Written Statement of Action: Progress Report"],
                ["Portfolio", "Children and Families"],
                ["Report author", "Tamsin Polglase-Whyte, SEND Improvement Manager, tamsin.polglase-whyte@cornwall.gov.uk, "
                                  "01872 322 481"],
            ], [4 * cm, 12 * cm]),
            heading("Recommendations"),
            body("That the Children's Scrutiny Committee:"),
            body("(a) " + CORNWALL_RECOMMENDATIONS[0]),
            body("(b) " + CORNWALL_RECOMMENDATIONS[1]),
            body("(c) " + CORNWALL_RECOMMENDATIONS[2]),
            heading("1. Background"),
            body("1.1 Ofsted and the Care Quality Commission carried out a joint inspection of the local area from "
                 "15/03/2021 to 19/03/2021. Their report required a Written Statement of Action, which was "
                 "submitted on 2 July 2021 and judged fit for purpose on 6 August 2021."),
            body("1.2 The three areas of significant weakness are reproduced at Appendix A. The Department for "
                 "Education and NHS England held their first monitoring meeting on 27 October 2021."),
        ],
        [
            heading("2. Progress"),
            body("2.1 A new SEND Strategy has been drafted with Parent Carers Cornwall and is attached at Appendix "
                 "B. Consultation closes on 14 January 2022."),
            body("2.2 Joint commissioning arrangements for therapies have been agreed between the council and NHS "
                 "Kernow, and a single contract will start in April 2022."),
            body("2.3 The proportion of EHC plans with a social care contribution rose from 34% to 71% between "
                 "April and September 2021."),
            heading("3. Portfolio Holder"),
            body("3.1 Councillor Barbara Trethewey-Lane, Portfolio Holder for Children and Families, has been "
                 "briefed on this report."),
            heading("Appendix A: Areas of significant weakness"),
            body("The letter of 30 April 2021 identified the following areas of significant weakness."),
            body("<b>" + CORNWALL_WEAKNESSES[0][0] + "</b>"),
            body(CORNWALL_WEAKNESSES[0][1]),
            body("<b>" + CORNWALL_WEAKNESSES[1][0] + "</b>"),
            body(CORNWALL_WEAKNESSES[1][1]),
            body("<b>" + CORNWALL_WEAKNESSES[2][0] + "</b>"),
            body(CORNWALL_WEAKNESSES[2][1]),
        ],
    ]
    return write("cornwall/round7-2021-11-24-childrens-scrutiny-committee/SEND WSoA Progress Report.pdf", pages,
                 "Cornwall Council", "Children's Scrutiny Committee - 24 November 2021", "OFFICIAL",
                 page_label="{n}")


def devon_cabinet_record() -> Path:
    """A Cabinet record of decisions: a status table and lettered resolutions running onto page 2."""
    pages = [
        [
            title("DEVON COUNTY COUNCIL"),
            body("<b>CABINET</b>"),
            body("<b>Record of decisions of the meeting held on Wednesday 10 April 2024</b>"),
            body("Present: Councillor James Aldridge-Penrose (Leader, in the Chair), Councillors Andrea "
                 "Davitt-Moor (Cabinet Member for Children's Services and Schools), Stuart Hughes-Lock and "
                 "Rufus Gilbert-Nance"),
            body("Officers: Julian Wooster-Penn (Director of Children's Services), Karen Strahan-Cole "
                 "(Democratic Services Officer)"),
            heading("*214 SEND Accelerated Progress Plan and Improvement Notice"),
            body("The Cabinet considered the report of the Director of Children's Services. The Department for "
                 "Education had issued an improvement notice on 4 January 2024, following the Ofsted and CQC "
                 "re-visit of 16 to 20 October 2023, which had found insufficient progress in two of the three "
                 "areas of weakness identified in 2018. The table in the report showed the position for each:"),
            table([
                ["<b>Weakness</b>", "<b>Status</b>", "<b>Evidence</b>"],
            ] + [list(row) for row in DEVON_ROWS], [8 * cm, 2.5 * cm, 5.5 * cm]),
            body("The Cabinet Member for Children's Services and Schools reported that the next DfE and NHS "
                 "England review was set for 22nd May 2024."),
            body("It was MOVED by Councillor Davitt-Moor, SECONDED by Councillor Hughes-Lock and"),
            body("<b>RESOLVED</b>"),
            body("(a) " + DEVON_RESOLVED[0]),
            body("(b) " + DEVON_RESOLVED[1]),
        ],
        [
            body("(c) " + DEVON_RESOLVED[2]),
            body("(d) " + DEVON_RESOLVED[3]),
            body("<b>NOTES:</b> These decisions are subject to call-in. The deadline for call-in is 19 April "
                 "2024."),
        ],
    ]
    return write("devon/round7-2024-04-10-cabinet/Record of Decisions 10 April 2024.pdf", pages,
                 "Cabinet - 10 April 2024", "Record of decisions", "Devon County Council",
                 page_label="Page {n} of {total}")


def main() -> None:
    for make in (hampshire_minutes, cornwall_report, devon_cabinet_record):
        print(make().relative_to(CORPUS))


if __name__ == "__main__":
    main()
