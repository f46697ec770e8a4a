"""Write the three printed documents of the held-out round 20 (reportlab).

Round 20 is a blind batch: documents written with their gold before any extractor ran on them, in the
layouts most common in real council papers. These three are the printed forms: a Leicester City Council
scrutiny commission report (lead director and author block, "Recommended actions/decision" with "a) ... b)",
areas for improvement as bullets, implications signed by officers); a Cornwall Council overview and scrutiny
report (front-sheet table with portfolio holder and author, numbered recommendations "1.1", the priority
actions and areas for improvement as a ruled table with a progress rating beside each); and a Warrington
Borough Council scrutiny committee report (capitalised headings, "That the Committee:" over "1. ... 2.", the
areas of significant weakness of a Written Statement of Action as bullets). Invented text, fictitious
people. Each page's content is fixed here with an explicit page break, so the gold's page numbers follow
from this script. The output is deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round20_pdfs.py
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
BULLET = ParagraphStyle("Bullet20", parent=BODY, leftIndent=18, firstLineIndent=-10)

LEICESTER_AREAS = [
    "Leaders should improve the timeliness of EHC needs assessments and ensure that health advice is received "
    "within statutory timescales.",
    "Leaders should improve the co-ordination of the SEND and alternative provision offer, so that children at "
    "risk of exclusion receive timely support.",
    "Leaders should improve access to occupational therapy and speech and language therapy for children of "
    "school age.",
    "Leaders should make sure that the Local Offer provides up-to-date information that families find easy to use.",
]
CORNWALL_FINDINGS = [
    ("Priority action 1", "Leaders across the partnership should urgently improve the timeliness of EHC needs "
     "assessments and the quality of EHC plans.", "Amber"),
    ("Priority action 2", "Leaders should develop and implement an effective joint commissioning strategy to "
     "address gaps in therapy services.", "Amber"),
    ("Area for improvement 1", "Leaders should improve the identification of needs in the early years.", "Green"),
    ("Area for improvement 2", "Leaders should strengthen their engagement with parents and carers, including in "
     "the west of the county.", "Green"),
    ("Area for improvement 3", "Leaders should improve the information available to young people and their "
     "families about preparing for adulthood.", "Amber"),
]
WARRINGTON_AREAS = [
    "The lack of a shared strategic vision for SEND across education, health and care.",
    "Weak joint commissioning arrangements, which do not use a shared understanding of local needs.",
    "The poor quality of EHC plans and the lack of timely annual reviews.",
    "Long waiting times for neurodevelopmental assessments and for speech and language therapy.",
    "The inconsistent quality of SEN support in mainstream schools.",
]


def bullet(text: str):
    return Paragraph("&bull; " + text, BULLET)


def leicester_report() -> Path:
    pages = [
        [
            title("Children, Young People and Education Scrutiny Commission"),
            body("<b>Area SEND Inspection of the Leicester Local Area Partnership: Outcome and Next Steps</b>"),
            body("Date of Commission meeting: 8 January 2025"),
            body("Lead director: Martin Belgrave-Sims, Strategic Director, Social Care and Education"),
            heading("Useful information"),
            body("&bull; Ward(s) affected: All<br/>&bull; Report author: Rachel Aylestone-Pike, Head of SEN Service"
                 "<br/>&bull; Author contact details: rachel.aylestone-pike@leicester.gov.uk, 0116 454 2210"
                 "<br/>&bull; Report version number: 1"),
            heading("1. Summary"),
            body("1.1 Ofsted and the Care Quality Commission (CQC) carried out an Area SEND inspection of the "
                 "Leicester local area partnership between 14 October and 1 November 2024. The inspection report "
                 "was published on 13 December 2024."),
            body("1.2 The partnership received the middle of the three outcomes: the local area partnership's "
                 "arrangements lead to inconsistent experiences and outcomes for children and young people with "
                 "SEND."),
            heading("2. Recommended actions/decision"),
            body("2.1 The Commission is recommended to:"),
            body("a) Note the outcome of the Area SEND inspection and the areas for improvement identified by "
                 "inspectors."),
            body("b) Comment on the draft SEND Improvement Plan and the priorities it sets out."),
        ],
        [
            heading("3. Scrutiny / stakeholder engagement"),
            body("3.1 The draft SEND Improvement Plan has been shared with Leicester Parent Carer Forum, the "
                 "Schools Forum and the SEND Youth Voice group."),
            heading("4. Background and options with supporting evidence"),
            body("4.1 Inspectors found that leaders have a strong shared understanding of the city's needs, that "
                 "children's needs are identified early in the early years, and that the specialist teaching "
                 "service is highly valued by schools."),
            body("4.2 The inspection report sets out the following areas for improvement:"),
        ] + [bullet(area) for area in LEICESTER_AREAS] + [
            body("4.3 The SEND Partnership Board agreed the draft SEND Improvement Plan on 19 December 2024. "
                 "Subject to the comments of the Commission, the final plan will be published on the Local Offer "
                 "by 31 January 2025."),
            body("4.4 Ofsted will hold an annual engagement meeting with the partnership, the first of which is "
                 "expected in the autumn. The next full inspection will take place within three years."),
        ],
        [
            heading("5. Financial, legal, equalities, climate emergency and other implications"),
            body("<b>5.1 Financial implications</b>"),
            body("There are no direct financial implications arising from this report. The cost of the additional "
                 "educational psychology capacity will be met from the High Needs Block."),
            body("Kirsty Beaumont-Hale, Principal Accountant, Education"),
            body("<b>5.2 Legal implications</b>"),
            body("The local area partnership must have regard to the SEND Code of Practice when responding to the "
                 "inspection findings."),
            body("Jeremy Knighton, Principal Lawyer (Education)"),
            body("<b>5.3 Equalities implications</b>"),
            body("Children and young people with SEND are protected by the Equality Act 2010. The Improvement Plan "
                 "aims to reduce the disadvantage they experience."),
            body("Surinder Evington-Kaur, Equalities Officer"),
            heading("6. Background information and other papers:"),
            body("Ofsted and CQC, Area SEND inspection of Leicester Local Area Partnership, 13 December 2024"),
            heading("7. Summary of appendices:"),
            body("Appendix A - Draft SEND Improvement Plan"),
        ],
    ]
    return write("leicester/round20-2025-01-08-children-young-people-and-education-scrutiny-commission/"
                 "Area SEND Inspection Outcome.pdf", pages, "Leicester City Council",
                 "Children, Young People and Education Scrutiny Commission", "", page_label="{n}")


def cornwall_report() -> Path:
    pages = [
        [
            title("Cornwall Council"),
            front_sheet([
                ("Report to:", "Children and Families Overview and Scrutiny Committee"),
                ("Date:", "12 March 2025"),
                ("Title:", "Area SEND Inspection: Priority Action Plan Progress"),
                ("Portfolio Area:", "Children and Families"),
                ("Divisions Affected:", "All"),
                ("Relevant Portfolio Holder:", "Councillor Barbara Penwith-Rowe, Portfolio Holder for Children and "
                 "Families"),
                ("Local Member(s):", "All"),
                ("Report Author:", "Tom Trevethan, Head of SEND Improvement"),
                ("Contact details:", "tom.trevethan@cornwall.gov.uk, 01872 322461"),
            ]),
            heading("1. Recommendations:"),
            body("1.1 That the Committee notes the progress made against the Priority Action Plan."),
            body("1.2 That the Committee receives a further progress report in September 2025."),
            heading("2. Purpose of the report"),
            body("2.1 To update the Committee on the local area partnership's progress since the Area SEND "
                 "inspection. Ofsted and the CQC inspected the Cornwall local area partnership between 10 and 28 "
                 "June 2024 and published their report on 16 August 2024, finding widespread and/or systemic "
                 "failings."),
            body("2.2 The partnership submitted its Priority Action Plan to Ofsted on 11 October 2024. The Department "
                 "for Education and NHS England held their first stocktake meeting with the partnership on 20 "
                 "January 2025."),
        ],
        [
            heading("3. Progress against the inspection findings"),
            body("3.1 Table 1 sets out each priority action and area for improvement, with the partnership's "
                 "current rating of progress."),
            body("<b>Table 1: Inspection findings and progress rating</b>"),
            table([["<b>Finding</b>", "<b>Inspection finding</b>", "<b>Progress rating</b>"]]
                  + [[ref, text, rating] for ref, text, rating in CORNWALL_FINDINGS], [3.5 * cm, 9.5 * cm, 3 * cm]),
            body("3.2 Inspectors recognised the strong work of the Cornwall Parent Carer Council and the quality of "
                 "the specialist provision in the county's special schools."),
            body("3.3 Members of the Committee asked at the meeting on 13 November 2024 for information on the "
                 "number of children waiting for therapy assessments. This is set out at Appendix 2."),
            heading("4. Next steps"),
            body("4.1 Ofsted and the CQC will carry out a monitoring inspection of the partnership. The next "
                 "stocktake meeting with the Department for Education and NHS England is planned for July 2025."),
            heading("5. Appendices"),
            body("Appendix 1: Priority Action Plan<br/>Appendix 2: Therapy waiting times"),
        ],
    ]
    return write("cornwall/round20-2025-03-12-children-and-families-overview-and-scrutiny-committee/"
                 "Priority Action Plan Progress.pdf", pages, "Cornwall Council",
                 "Children and Families Overview and Scrutiny Committee", "", page_label="Page {n} of {total}")


def warrington_report() -> Path:
    pages = [
        [
            title("WARRINGTON BOROUGH COUNCIL"),
            front_sheet([
                ("TO:", "Children, Young People and Families Scrutiny Committee"),
                ("DATE:", "27 January 2025"),
                ("REPORT OF:", "Director of Education and Inclusion"),
                ("REPORT AUTHOR:", "Emma Padgate-Lowe, Assistant Director, SEND"),
                ("CONTACT DETAILS:", "epadgate-lowe@warrington.gov.uk, 01925 442518"),
                ("TITLE OF REPORT:", "SEND Written Statement of Action: Progress Update"),
                ("WARD(S):", "All"),
            ]),
            heading("1. PURPOSE OF THE REPORT"),
            body("1.1 To update the Committee on progress against the Written Statement of Action (WSoA) following "
                 "the joint inspection of the Warrington local area by Ofsted and the CQC."),
            heading("2. RECOMMENDATIONS"),
            body("2.1 That the Committee:"),
            body("1. Notes the progress made against the Written Statement of Action."),
            body("2. Agrees to receive a further update following the Ofsted and CQC revisit."),
            heading("3. BACKGROUND"),
            body("3.1 Ofsted and the CQC carried out a joint inspection of the Warrington local area from 12 to 16 "
                 "September 2022. The inspection letter was published on 2 November 2022 and identified five "
                 "areas of significant weakness:"),
        ] + [bullet(area) for area in WARRINGTON_AREAS] + [
            body("3.2 The local area submitted its WSoA on 2 February 2023, and it was declared fit for purpose on "
                 "16 March 2023."),
        ],
        [
            heading("4. PROGRESS"),
            body("4.1 The Department for Education and NHS England have held regular monitoring meetings with the "
                 "local area. At the most recent meeting, on 5 December 2024, advisers noted good progress with "
                 "joint commissioning and the new SEND Strategy, and continued concern about waiting times for "
                 "neurodevelopmental assessments."),
            body("4.2 The proportion of EHC plans issued within 20 weeks has risen from 24 per cent in January 2023 "
                 "to 63 per cent in November 2024."),
            body("4.3 Warrington Parent Carer Forum co-chairs the SEND Partnership Board, and parents have been "
                 "involved in the redesign of the Local Offer website, which was relaunched in October 2024."),
            body("4.4 The Committee previously asked, at its meeting on 30 September 2024, for an update on speech "
                 "and language therapy waiting times. The Integrated Care Board has commissioned an additional "
                 "provider from April 2025."),
            heading("5. NEXT STEPS"),
            body("5.1 The local area expects to be revisited by Ofsted and the CQC during 2025. The next DfE and "
                 "NHS England monitoring meeting is scheduled for 6 March 2025."),
            heading("6. BACKGROUND PAPERS"),
            body("Ofsted and CQC inspection letter, 2 November 2022; Warrington Written Statement of Action."),
        ],
    ]
    return write("warrington/round20-2025-01-27-children-young-people-and-families-scrutiny-committee/"
                 "SEND WSoA Progress Update.pdf", pages, "Warrington Borough Council",
                 "Children, Young People and Families Scrutiny Committee - 27 January 2025", "",
                 page_label="Page {n}")


def main() -> None:
    for make in (leicester_report, cornwall_report, warrington_report):
        print(make())


if __name__ == "__main__":
    main()
