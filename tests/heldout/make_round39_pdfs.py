"""Write the three printed documents of the held-out round 39 (reportlab).

Round 39 is a blind batch: documents written with their gold before any extractor ran on them, in the
commonest real templates. These three are the printed forms: a Swindon Borough Council report to a scrutiny
committee on a 2016-framework Written Statement of Action (recommendations as "i) ... iii)" after "It is
recommended that the Committee:", the significant weaknesses as "(a) ... (c)" paragraphs); an Oldham Council
record of a Cabinet Member decision on a 2023-framework inspection (a numbered "Decision:" and the areas for
improvement in the first column of a ruled "Area for improvement | Lead" table); and a London Borough of
Enfield member briefing note on an Accelerated Progress Plan under a statutory direction (the unprogressed
weaknesses as "Weakness A:" / "Weakness B:" lines, one "Members are asked to note" request). Invented text,
fictitious people. Each page's content is fixed with an explicit page break, so the gold's page numbers
follow from this script. The output is deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round39_pdfs.py
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
INDENT = ParagraphStyle("Indent39", parent=BODY, leftIndent=24, firstLineIndent=-18)


def item(label: str, text: str):
    return Paragraph(f"{label}&nbsp;&nbsp;{text}", INDENT)


SWINDON_WEAKNESSES = [
    "The area's arrangements for identifying and assessing the needs of children and young people who need SEN "
    "support are inconsistent.",
    "Too many EHC plans are of poor quality and are not issued within statutory timescales.",
    "Parents and carers do not have a meaningful role in shaping services, and communication with families is "
    "poor.",
]

OLDHAM_AREAS = [
    ("Leaders should improve the timeliness of health advice to EHC needs assessments, particularly from "
     "community paediatrics.", "Director of Nursing, NHS Greater Manchester (Oldham)"),
    ("Leaders should ensure that children and young people who are electively home educated or on reduced "
     "timetables are known and that their needs are met.", "Assistant Director, Education and Inclusion"),
    ("Leaders should develop the workforce's skills in supporting children with social, emotional and mental "
     "health needs in mainstream settings.", "Head of SEND Services"),
]

ENFIELD_WEAKNESSES = [
    "The lack of accurate and timely information for families about the support available through the local "
    "offer.",
    "The inconsistent quality of EHC plans, and the weak contribution of social care to them.",
]


def swindon_report() -> Path:
    pages = [
        [
            title("Swindon Borough Council"),
            body("<b>Children's Services Scrutiny Committee</b>"),
            body("<b>27 January 2020</b>"),
            front_sheet([
                ("Report title:", "SEND Written Statement of Action: Progress Report"),
                ("Report of:", "Director of Children's Services"),
                ("Cabinet Member:", "Councillor Keith Lydiard, Cabinet Member for Children's Services"),
                ("Ward(s):", "All"),
                ("Key decision:", "No"),
            ]),
            heading("1. Purpose of the report"),
            body("1.1 To update the Committee on the progress made by the council and Swindon Clinical "
                 "Commissioning Group in delivering the Written Statement of Action (WSoA) that followed the "
                 "local area SEND inspection."),
            heading("2. Recommendations"),
            body("2.1 It is recommended that the Committee:"),
            item("i)", "notes the progress made against the Written Statement of Action;"),
            item("ii)", "endorses the revised governance arrangements set out in section 6;"),
            item("iii)", "requests a further progress report in July 2020, after the next monitoring visit."),
            heading("3. Background"),
            body("3.1 Ofsted and the Care Quality Commission inspected the Swindon local area from 29 April to "
                 "3 May 2019. The inspection letter was published on 18 June 2019."),
        ],
        [
            heading("4. Findings of the inspection"),
            body("4.1 Inspectors found strengths in the work of the virtual school and in the support offered by "
                 "Swindon's special schools to mainstream colleagues."),
            body("4.2 The inspection letter of 18 June 2019 identified three significant weaknesses, which form "
                 "the three priorities of the WSoA:"),
            item("(a)", SWINDON_WEAKNESSES[0]),
            item("(b)", SWINDON_WEAKNESSES[1]),
            item("(c)", SWINDON_WEAKNESSES[2]),
            heading("5. Progress"),
            body("5.1 The WSoA was submitted to Ofsted on 24 September 2019 and was judged fit for purpose on "
                 "11 November 2019."),
            body("5.2 The first monitoring visit by the Department for Education and NHS England took place on "
                 "9 January 2020. Advisers noted the improvement in the timeliness of EHC plans, from 38% issued "
                 "within 20 weeks in the first half of 2019 to 71% in December 2019. The next monitoring visit "
                 "is planned for July 2020."),
            body("5.3 An SEN support toolkit was launched for all schools in October 2019, and a co-production "
                 "charter was agreed with Swindon Parent Carer Forum on 15 November 2019."),
            heading("6. Governance"),
            body("6.1 The SEND Improvement Board will be chaired jointly by the Director of Children's Services "
                 "and the CCG's Chief Nurse, and will report to the Health and Wellbeing Board."),
        ],
        [
            heading("7. Risks"),
            body("7.1 Ofsted and the CQC will revisit the area to decide whether sufficient progress has been made "
                 "against each significant weakness. The principal risk is that progress on EHC plan quality is "
                 "not yet consistent."),
            heading("8. Implications"),
            body("8.1 Financial: the additional caseworker posts are funded from the High Needs Block. Comments "
                 "from Andrew Stratton, Finance Business Partner."),
            body("8.2 Legal: the council's duties arise under Part 3 of the Children and Families Act 2014. "
                 "Comments from Hannah Covingham, Senior Solicitor."),
            heading("Background papers"),
            body("Ofsted and CQC, Joint local area SEND inspection in Swindon, letter of 18 June 2019."),
            heading("Report author"),
            body("Gemma Wroughton, Head of SEND, Tel: 01793 463812, e-mail: gwroughton@swindon.gov.uk"),
        ],
    ]
    return write("swindon/round39-2020-01-27-childrens-services-scrutiny-committee/"
                 "SEND Written Statement of Action Progress Report.pdf", pages, "Swindon Borough Council",
                 "Children's Services Scrutiny Committee - 27 January 2020", "", page_label="Page {n}")


def oldham_decision() -> Path:
    pages = [
        [
            title("Oldham Council"),
            body("<b>Record of Executive Decision - Cabinet Member</b>"),
            front_sheet([
                ("Decision maker:", "Councillor Amina Chadderton, Cabinet Member for Children and Young People"),
                ("Date of decision:", "3 March 2026"),
                ("Subject:", "Approval of the Local Area SEND Improvement Plan"),
                ("Report author:", "Peter Royton, Head of SEND Services, peter.royton@oldham.gov.uk"),
                ("Ward(s):", "All"),
                ("Key decision:", "Yes. Reference: KD-2026-014"),
            ]),
            heading("Decision"),
            item("1.", "That the Local Area SEND Improvement Plan attached at Appendix 1 be approved."),
            item("2.", "That authority be delegated to the Director of Education, Skills and Early Years to make "
                 "minor amendments to the plan following consultation with the Parent Carer Forum."),
            item("3.", "That the plan be published on the Oldham Local Offer by 20 March 2026."),
            heading("Reasons for the decision"),
            body("The local area partnership is expected to publish its plan to address the areas for improvement "
                 "identified at the area SEND inspection."),
            heading("Alternative options considered and rejected"),
            body("Not to approve the plan. This was rejected because it would delay action on the inspection's "
                 "findings."),
        ],
        [
            heading("Background"),
            body("Ofsted and the CQC inspected the Oldham local area partnership between 1 and 5 December 2025. "
                 "The report, published on 23 January 2026, found that the partnership's arrangements lead to "
                 "inconsistent experiences and outcomes for children and young people with SEND. Inspectors "
                 "highlighted the strong work of the Inclusion Support Team and the early identification of "
                 "needs in Oldham's family hubs."),
            body("The improvement plan sets out how each area for improvement will be addressed, as summarised "
                 "below."),
            table([["<b>Area for improvement</b>", "<b>Lead</b>"]]
                  + [[area, lead] for area, lead in OLDHAM_AREAS], [11 * cm, 5 * cm]),
            body(""),
            heading("Consultation"),
            body("Finance comments provided by Jenny Lees, Finance Manager, on 24 February 2026. Legal comments "
                 "provided by Colin Werneth, Principal Solicitor, on 25 February 2026."),
            body("Signed: Councillor Amina Chadderton"),
            body("Date: 3 March 2026"),
        ],
    ]
    return write("oldham/round39-2026-03-03-cabinet-member-for-children-and-young-people/"
                 "Record of Decision SEND Improvement Plan.pdf", pages, "Oldham Council",
                 "Record of Executive Decision", "", page_label="{n}")


def enfield_briefing() -> Path:
    pages = [
        [
            title("London Borough of Enfield"),
            body("<b>MEMBER BRIEFING NOTE</b>"),
            front_sheet([
                ("Briefing for:", "Children, Young People and Education Scrutiny Panel"),
                ("Meeting date:", "13 February 2024"),
                ("Subject:", "SEND: Statutory Direction and Accelerated Progress Plan - update"),
                ("Cabinet Member:", "Councillor Abdul Winchmore, Cabinet Member for Children's Services"),
                ("Author:", "Sanjay Edmonton, Interim Head of SEND Improvement"),
            ]),
            heading("1. Action requested"),
            body("Members are asked to note this briefing and the progress made against the Accelerated Progress "
                 "Plan."),
            heading("2. Background"),
            body("2.1 The Enfield local area was inspected by Ofsted and the CQC from 15th to 19th October 2018, "
                 "and the outcome letter was published on 11 December 2018. A Written Statement of Action was "
                 "required."),
            body("2.2 Inspectors revisited the area between 12 and 14 July 2022. The revisit letter, issued on 23 "
                 "August 2022, found that the area had made sufficient progress in four of the six significant "
                 "weaknesses. The two weaknesses where progress was judged insufficient are:"),
            body("<b>Weakness A:</b> " + ENFIELD_WEAKNESSES[0]),
            body("<b>Weakness B:</b> " + ENFIELD_WEAKNESSES[1]),
            body("2.3 The Minister issued a statutory direction to the council on 9 November 2022, and the "
                 "Accelerated Progress Plan was approved by the Department for Education in January 2023."),
        ],
        [
            heading("3. Progress"),
            body("3.1 The most recent review meeting with the Department for Education and NHS England took place "
                 "on 17 January 2024. Officials recognised that the new local offer website, launched in "
                 "September 2023, was much easier to use, and that 84% of plans audited between October and "
                 "December 2023 were judged good or better."),
            body("3.2 Social care advice is now received within six weeks for 90% of assessments."),
            heading("4. Next steps"),
            body("4.1 A further review with the Department is expected in July 2024, at which the council will ask "
                 "for the statutory direction to be lifted."),
            heading("5. Contact"),
            body("Sanjay Edmonton, Interim Head of SEND Improvement, sanjay.edmonton@enfield.gov.uk, "
                 "020 8132 0644"),
        ],
    ]
    return write("enfield/round39-2024-02-13-children-young-people-and-education-scrutiny-panel/"
                 "Member Briefing Note SEND Statutory Direction.pdf", pages, "London Borough of Enfield",
                 "Member Briefing Note - 13 February 2024", "", page_label="Page {n} of {total}")


def main() -> None:
    for make in (swindon_report, oldham_decision, enfield_briefing):
        print(make())


if __name__ == "__main__":
    main()
