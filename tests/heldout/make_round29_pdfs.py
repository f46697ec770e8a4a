"""Write the three printed documents of the held-out round 29 (reportlab).

Round 29 is a blind batch: documents written with their gold before any extractor ran on them, in the
layouts most common in real council papers. These three are the printed forms: a Leicestershire County
Council officer report to an overview and scrutiny committee (capitalised title block, continuously
numbered paragraphs, the areas for improvement as lettered sub-paragraphs, "Recommendations" near the end
with "a) b)", and an "Officers to Contact" block); an East Sussex County Council progress report on a Written
Statement of Action and Accelerated Progress Plan ("Report to / Date of meeting / By / Title / Purpose"
front sheet, "RECOMMENDATIONS" with "1) 2)", the areas not yet sufficiently improved as the first column of
a ruled progress table with a RAG column); and a London Borough of Southwark report for an individual
decision by a cabinet member (classification table, "RECOMMENDATIONS" numbered "1. 2.", areas for improvement
as numbered paragraphs, an audit trail table). Invented text, fictitious people. Each page's content is
fixed here with an explicit page break, so the gold's page numbers follow from this script. The output is
deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round29_pdfs.py
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
INDENT = ParagraphStyle("Indent29", parent=BODY, leftIndent=24, firstLineIndent=-14)

LEICS_AREAS = [
    "Leaders should improve the timeliness of EHC needs assessments and make sure that plans are reviewed "
    "and amended promptly when children's needs change;",
    "Leaders across the partnership should reduce the waiting times for neurodevelopmental assessments and "
    "improve the support offered to families while they wait;",
    "Leaders should strengthen the identification of needs and the quality of SEN support in mainstream "
    "schools, so that fewer children need an EHC plan to have their needs met;",
    "Leaders should improve the information that families receive about the support available, including "
    "through the Local Offer.",
]
ESX_ROWS = [
    ("The poor quality of EHC plans, and the weak contribution of health and social care professionals to "
     "them.", "Audits in September 2022 rated 71% of plans good or better, up from 42% at the revisit. "
     "Health advice is now returned within six weeks in 88% of cases.", "Amber"),
    ("The long waiting times for assessment by the community paediatric and neurodevelopmental services.",
     "A new triage pathway started in July 2022. Waits have fallen from 52 to 41 weeks, but remain too long.",
     "Red"),
    ("The variable quality of the local offer, which families find hard to navigate.",
     "The local offer website was relaunched on 5 September 2022, co-designed with the Parent Carer Forum.",
     "Green"),
]
SWK_AREAS = [
    "Leaders across the partnership should ensure that the views and aspirations of children and young "
    "people are consistently captured in their EHC plans, and that plans are updated after annual reviews.",
    "Leaders should improve the timeliness of access to speech and language therapy and occupational "
    "therapy, so that children receive the support set out in their plans.",
    "Leaders should develop a clearer pathway to adulthood for young people with SEND, including access to "
    "supported internships, employment and independent living.",
]


def indent(label: str, text: str):
    return Paragraph(f"{label}&nbsp;&nbsp;{text}", INDENT)


def leics_report() -> Path:
    pages = [
        [
            title("CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY COMMITTEE - 2 JUNE 2025"),
            title("REPORT OF THE DIRECTOR OF CHILDREN AND FAMILY SERVICES"),
            title("AREA SEND INSPECTION OUTCOME AND IMPROVEMENT PLAN"),
            heading("Purpose of the Report"),
            body("1. The purpose of this report is to inform the Committee of the outcome of the Area SEND "
                 "inspection of the Leicestershire local area partnership and to outline the partnership's "
                 "improvement plan."),
            heading("Policy Framework and Previous Decisions"),
            body("2. Local area SEND inspections are carried out jointly by Ofsted and the Care Quality "
                 "Commission under the Area SEND inspection framework introduced in January 2023."),
            body("3. The Committee last considered the partnership's SEND and Inclusion Strategy at its "
                 "meeting on 3 March 2025."),
            heading("Background"),
            body("4. The local area was previously inspected in November 2017 under the former framework. "
                 "That inspection did not require a Written Statement of Action."),
            body("5. Ofsted and the CQC inspected the Leicestershire local area partnership between 13 and 31 "
                 "January 2025. The inspection report was published on 14 March 2025."),
        ],
        [
            heading("Inspection Findings"),
            body("6. The partnership received the middle of the three possible outcomes: its arrangements lead "
                 "to inconsistent experiences and outcomes for children and young people with SEND."),
            body("7. Inspectors found that children with SEND in early years settings are well supported, that "
                 "the partnership works effectively with the Leicestershire Parent Carer Forum, and that the "
                 "council's SEND Information, Advice and Support Service is valued by families."),
            body("8. The report identified four areas for improvement:"),
            indent("a)", LEICS_AREAS[0]),
            indent("b)", LEICS_AREAS[1]),
            indent("c)", LEICS_AREAS[2]),
            indent("d)", LEICS_AREAS[3]),
            heading("The Improvement Plan"),
            body("9. The partnership has written an improvement plan that addresses each of the areas for "
                 "improvement. The plan was agreed by the SEND and Inclusion Partnership Board on 12 May 2025 "
                 "and will be published on the Local Offer by 30 June 2025."),
            body("10. Ofsted will hold an annual engagement meeting with the partnership, and the next full "
                 "inspection is expected within three years."),
        ],
        [
            heading("Resource Implications"),
            body("11. The actions in the plan will be delivered within existing resources, including the "
                 "Dedicated Schools Grant High Needs Block. The Director of Corporate Resources has been "
                 "consulted on this report."),
            heading("Recommendations"),
            body("12. The Committee is asked to:"),
            indent("a)", "note the outcome of the Area SEND inspection and the areas for improvement;"),
            indent("b)", "comment on the improvement plan and agree to receive a progress report in December "
                   "2025."),
            heading("Background Papers"),
            body("Report to the Children and Families Overview and Scrutiny Committee: SEND and Inclusion "
                 "Strategy - 3 March 2025"),
            heading("Circulation under the Local Issues Alert Procedure"),
            body("None."),
            heading("Equality Implications"),
            body("13. The improvement plan is intended to improve outcomes for children and young people with "
                 "SEND, who share a protected characteristic."),
            heading("Officers to Contact"),
            body("Jane Quorn, Director of Children and Family Services<br/>Tel: 0116 305 2649<br/>"
                 "Email: jane.quorn@leics.gov.uk"),
            body("Simon Barkby, Assistant Director (Education, SEND and Commissioning)<br/>Tel: 0116 305 7713<br/>"
                 "Email: simon.barkby@leics.gov.uk"),
        ],
    ]
    return write("leicestershire/round29-2025-06-02-children-and-families-overview-and-scrutiny-committee/"
                 "Area SEND Inspection Outcome and Improvement Plan.pdf", pages, "Leicestershire County Council",
                 "Children and Families Overview and Scrutiny Committee - 2 June 2025", "", page_label="{n}")


def esx_report() -> Path:
    rows = [["<b>Area of weakness</b>", "<b>Progress since the revisit</b>", "<b>RAG</b>"]]
    rows += [list(row) for row in ESX_ROWS]
    pages = [
        [
            front_sheet([
                ("Report to:", "People Scrutiny Committee"),
                ("Date of meeting:", "21 November 2022"),
                ("By:", "Director of Children's Services"),
                ("Title:", "SEND Written Statement of Action and Accelerated Progress Plan - progress report"),
                ("Purpose:", "To update the Committee on progress against the Accelerated Progress Plan "
                 "following the revisit of the East Sussex local area."),
            ]),
            heading("RECOMMENDATIONS"),
            body("The Committee is recommended to:"),
            body("1) note the progress made against the Accelerated Progress Plan; and"),
            body("2) agree to receive a further progress report in June 2023."),
            heading("1. Background"),
            body("1.1 Ofsted and the CQC carried out a joint inspection of the East Sussex local area from 1 to 5 "
                 "July 2019. The local area was required to produce a Written Statement of Action, which Ofsted "
                 "declared fit for purpose on 11 December 2019."),
            body("1.2 Inspectors revisited the local area from 14 to 16 March 2022. Their letter, published on 10 "
                 "May 2022, found that the local area had made sufficient progress in two of the five areas of "
                 "significant weakness, but not in the three areas set out in the table below."),
            body("1.3 The Accelerated Progress Plan (APP) was submitted to the Department for Education on 29 "
                 "July 2022, and was agreed on 26 September 2022."),
        ],
        [
            heading("2. Progress against the Accelerated Progress Plan"),
            body("2.1 The table summarises progress in each area as at October 2022."),
            table(rows, [6.2 * cm, 8.0 * cm, 1.8 * cm]),
            body("2.2 Parents and carers have told us, through the Parent Carer Forum's survey, that they see "
                 "improvements in communication, but that waiting times remain their main concern."),
            heading("3. Next steps"),
            body("3.1 The first six-monthly review of the APP with advisers from the Department for Education "
                 "and NHS England will take place on 17 January 2023."),
            heading("4. Conclusion and reasons for recommendations"),
            body("4.1 Good progress has been made in two of the three areas, and additional capacity has been "
                 "commissioned to reduce waiting times. The Committee is asked to note progress and to receive "
                 "a further report."),
            body("<b>ALISON FRAMFIELD</b><br/>Director of Children's Services"),
            body("Contact Officer: Mark Buxted, Head of SEND Strategy<br/>Tel. No. 01273 336 912<br/>"
                 "Email: mark.buxted@eastsussex.gov.uk"),
            body("LOCAL MEMBERS<br/>All"),
            body("BACKGROUND DOCUMENTS<br/>None"),
        ],
    ]
    return write("east-sussex/round29-2022-11-21-people-scrutiny-committee/"
                 "SEND WSoA and APP progress report.pdf", pages, "East Sussex County Council",
                 "People Scrutiny Committee - 21 November 2022", "", page_label="Page {n} of {total}")


def swk_report() -> Path:
    pages = [
        [
            front_sheet([
                ("Item No.", "Not applicable"),
                ("Classification:", "Open"),
                ("Date:", "14 October 2024"),
                ("Decision Taker:", "Cabinet Member for Children, Education and Refugees"),
                ("Report title:", "Approval of the Southwark Area SEND Improvement Plan"),
                ("Ward(s) or groups affected:", "All"),
                ("From:", "Strategic Director of Children's and Adults' Services"),
            ]),
            heading("RECOMMENDATIONS"),
            body("1. That the Cabinet Member for Children, Education and Refugees approves the Southwark Area "
                 "SEND Improvement Plan set out in Appendix 1."),
            body("2. That the Cabinet Member notes that progress against the plan will be reported to the "
                 "Education and Local Economy Scrutiny Commission every six months."),
            heading("BACKGROUND INFORMATION"),
            body("3. Ofsted and the CQC inspected the Southwark local area partnership from 10 to 28 June 2024. "
                 "The inspection report was published on 2 August 2024."),
            body("4. The partnership received the middle of the three possible outcomes. Inspectors praised the "
                 "strong relationships between leaders and Southwark Parent Carer Council, the quality of the "
                 "borough's special schools, and the work of the Early Years Inclusion Team."),
        ],
        [
            heading("KEY ISSUES FOR CONSIDERATION"),
            body("5. The report identified three areas for improvement, which are set out in paragraphs 6 to 8."),
            body("6. " + SWK_AREAS[0]),
            body("7. " + SWK_AREAS[1]),
            body("8. " + SWK_AREAS[2]),
            body("9. The improvement plan sets out the actions that the partnership will take in response to each "
                 "area. It was endorsed by the SEND Strategic Partnership Board on 24 September 2024 and, once "
                 "approved, will be published on the Local Offer by 31 October 2024."),
            heading("Policy framework implications"),
            body("10. The plan supports the council's Southwark 2030 commitments and the SEND and Inclusion "
                 "Strategy."),
            heading("Community, equalities (including socio-economic) and health impacts"),
            body("11. The plan will have a positive impact on children and young people with SEND and their "
                 "families."),
            heading("Financial implications"),
            body("12. The plan will be delivered within existing budgets."),
            heading("SUPPLEMENTARY ADVICE FROM OTHER OFFICERS"),
            body("<b>Assistant Chief Executive - Governance and Assurance</b>"),
            body("13. The Cabinet Member has the authority to take this decision under the council's "
                 "constitution."),
        ],
        [
            heading("BACKGROUND DOCUMENTS"),
            table([["<b>Background Papers</b>", "<b>Held At</b>", "<b>Contact</b>"],
                   ["Ofsted and CQC: Area SEND inspection of Southwark Local Area Partnership, 2 August 2024",
                    "160 Tooley Street, London SE1 2QH", "Ade Peckham 020 7525 3716"]],
                  [7.5 * cm, 5.0 * cm, 3.5 * cm]),
            heading("APPENDICES"),
            body("Appendix 1 - Southwark Area SEND Improvement Plan"),
            heading("AUDIT TRAIL"),
            table([["Cabinet Member", "Councillor Natalie Bermondsey, Children, Education and Refugees"],
                   ["Lead Officer", "Dominic Walworth, Strategic Director of Children's and Adults' Services"],
                   ["Report Author", "Ade Peckham, Head of SEND"],
                   ["Version", "Final"],
                   ["Dated", "14 October 2024"],
                   ["Key Decision?", "No"],
                   ["Date final report sent to Constitutional Team", "14 October 2024"]],
                  [6.0 * cm, 10.0 * cm]),
        ],
    ]
    return write("southwark/round29-2024-10-14-cabinet-member-for-children-education-and-refugees/"
                 "Approval of the Southwark Area SEND Improvement Plan.pdf", pages, "London Borough of Southwark",
                 "Individual Decision Maker - 14 October 2024", "", page_label="{n}")


def main() -> None:
    for make in (leics_report, esx_report, swk_report):
        print(make())


if __name__ == "__main__":
    main()
