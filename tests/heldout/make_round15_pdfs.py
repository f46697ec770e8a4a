"""Write the three printed documents of the held-out round 15 (reportlab).

Round 15 is a blind batch: documents written with their gold before any extractor ran on them. These three
are the printed forms: a Nottingham City Council scrutiny report whose four areas for improvement stand as
"a) ... d)" hanging paragraphs under a numbered paragraph, split by a page break after b); an Oxfordshire
County Council Cabinet report ("The Cabinet is RECOMMENDED to" over "a) ... c)") whose annex quotes the
inspection letter, the five significant weaknesses as en-dash items in italics after "Inspectors identified
the following areas of significant weakness in the local area's practice:"; and a Plymouth City Council
SEND Improvement Board annual report whose inspection findings are prose sentences ("Inspectors were
concerned that ...", "They also found that ...", "In addition, ...") and whose milestones stand in a
"When | What happened" table. Invented text, fictitious people. Each page's content is fixed here with an
explicit page break, so the gold's page numbers follow from this script. The output is deterministic
(reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round15_pdfs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_round4_pdfs import BODY, body, heading, title  # noqa: E402
from make_round5_pdfs import write  # noqa: E402
from reportlab import rl_config  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Paragraph, Table, TableStyle  # noqa: E402

rl_config.invariant = 1
HANGING = ParagraphStyle("Hanging15", parent=BODY, leftIndent=36, firstLineIndent=-18)
QUOTE = ParagraphStyle("Quote15", parent=BODY, leftIndent=28, rightIndent=20, fontName="Helvetica-Oblique")
QUOTE_ITEM = ParagraphStyle("QuoteItem15", parent=QUOTE, leftIndent=44, firstLineIndent=-14)


def hanging(text: str):
    return Paragraph(text, HANGING)


def quote(text: str):
    return Paragraph(text, QUOTE)


def quote_item(text: str):
    return Paragraph(text, QUOTE_ITEM)


def ruled(rows: list[list[str]], widths: list[float]):
    cells = [[Paragraph(f"<b>{cell}</b>" if r == 0 else cell, BODY) for cell in row] for r, row in enumerate(rows)]
    grid = Table(cells, colWidths=widths, repeatRows=1)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E4E4"))]))
    return grid


def nottingham_report() -> Path:
    pages = [
        [
            title("Children and Young People Scrutiny Committee"),
            body("<b>Date:</b> 11 September 2025"),
            body("<b>Report title:</b> Area SEND Inspection: Outcome and Partnership Response"),
            body("<b>Report of:</b> Corporate Director for Children and Education Services"),
            body("<b>Report author and contact details:</b> Naomi Blackledge, Head of SEND Strategy and "
                 "Commissioning, naomi.blackledge@nottinghamcity.gov.uk, 0115 876 4420"),
            body("<b>Portfolio Holder:</b> Councillor Yusuf Ahmadzai, Portfolio Holder for Children, Young People "
                 "and Education"),
            heading("1. Purpose"),
            body("1.1 To inform the Committee of the outcome of the area SEND inspection of the Nottingham local "
                 "area partnership and of the partnership's response to it."),
            heading("2. Action required"),
            body("2.1 The Committee is asked to consider the outcome of the inspection and the partnership's "
                 "response, and to make any comments or recommendations it sees fit."),
            heading("3. Background and inspection findings"),
            body("3.1 Ofsted and the Care Quality Commission inspected the Nottingham local area partnership "
                 "between 19 and 23 May 2025. The inspection report was published on 4 July 2025."),
            body("3.2 The partnership's arrangements were judged to lead to inconsistent experiences and outcomes "
                 "for children and young people with SEND. Inspectors found that children's needs are usually "
                 "well understood in the city's special schools and that the Integrated Children's Disability "
                 "Service is highly regarded by families."),
            body("3.3 The report sets out the following areas for improvement for the partnership:"),
            hanging("a) Leaders should make sure that the SEND Information, Advice and Support Service has the "
                    "capacity to respond to parents and carers promptly, so that families can get advice when "
                    "they need it."),
            hanging("b) Leaders should improve the consistency with which mainstream secondary schools make "
                    "reasonable adjustments for pupils with SEND, so that fewer pupils are suspended or placed "
                    "on reduced timetables."),
        ],
        [
            hanging("c) Leaders in the council and NHS Nottingham and Nottinghamshire ICB should reduce the waiting "
                    "time for children's speech and language therapy, particularly for children of primary school "
                    "age."),
            hanging("d) Leaders should strengthen how they gather and use the views of children and young people "
                    "with SEND when planning and reviewing services."),
            body("3.4 The partnership is expected to update and publish its strategic plan. The revised Nottingham "
                 "SEND and Alternative Provision Strategy was agreed by the SEND Partnership Board on 28 July 2025 "
                 "and will be published by 30 September 2025."),
            heading("4. Progress since the report"),
            body("4.1 A new duty line for the SEND Information, Advice and Support Service opened on 1 August 2025 "
                 "and the service has recruited two additional advisers."),
            body("4.2 The Inclusion Charter has been signed by 14 of the city's 17 secondary schools, and a "
                 "termly report on suspensions of pupils with SEND goes to the Schools Forum."),
            body("4.3 The ICB has commissioned additional speech and language therapy capacity from October 2025. "
                 "The partnership's own target is for no child to wait more than 18 weeks for a first appointment."),
            body("4.4 The Youth SEND Council, which first met in June 2025, will advise the SEND Partnership Board "
                 "on every new strategy and policy."),
            heading("5. Other options considered"),
            body("5.1 None. The report is for scrutiny."),
            heading("6. Consultation"),
            body("6.1 Nottingham City Parent Carer Forum contributed to the revised strategy and to this report."),
        ],
        [
            heading("7. Finance colleague comments"),
            body("7.1 There are no direct financial implications arising from this report. The cost of the "
                 "additional advisers is met from the High Needs Block. (Tomasz Wierzbicki, Senior Finance "
                 "Business Partner, 29 August 2025)"),
            heading("8. Legal colleague comments"),
            body("8.1 The Council has duties under the Children and Families Act 2014 to keep its SEND provision "
                 "under review. (Farida Osei-Lamptey, Team Leader, Legal Services, 29 August 2025)"),
            heading("9. Background papers"),
            body("9.1 Area SEND inspection of Nottingham Local Area Partnership, Ofsted and CQC, 4 July 2025."),
        ],
    ]
    return write("nottingham/round15-2025-09-11-children-and-young-people-scrutiny-committee/"
                 "Area SEND Inspection Outcome and Partnership Response.pdf", pages,
                 "Nottingham City Council", "Children and Young People Scrutiny Committee",
                 "11 September 2025", page_label="Page {n}")


OXF_WEAKNESSES = [
    "the lack of a shared, strategic approach across education, health and care to improving outcomes for "
    "children and young people with SEND",
    "the timeliness and quality of EHC plans, including the weak contribution of health and social care",
    "long waiting times for assessment on the autism and ADHD pathway",
    "the poor experience of families who feel that they have to fight to get their children's needs met, and "
    "their lack of confidence in the local area",
    "the inconsistent identification of and support for children and young people at SEN support in "
    "mainstream schools",
]


def oxfordshire_report() -> Path:
    pages = [
        [
            title("CABINET &ndash; 16 JANUARY 2024"),
            body("<b>SEND WRITTEN STATEMENT OF ACTION: PROGRESS AND NEXT STEPS</b>"),
            body("<b>Report by Corporate Director, Children's Services</b>"),
            body("<b>RECOMMENDATION</b>"),
            body("1. The Cabinet is RECOMMENDED to"),
            hanging("a) note the progress made against the Written Statement of Action since it was approved;"),
            hanging("b) approve the proposed changes to the governance of the SEND Improvement Board set out in "
                    "paragraphs 14 to 17; and"),
            hanging("c) agree that the Cabinet Member for Children, Education and Young People's Services receives "
                    "quarterly progress reports and that Cabinet receives an annual report."),
            body("<b>Executive Summary</b>"),
            body("2. Ofsted and the CQC carried out a joint local area SEND inspection in Oxfordshire from 30 "
                 "January to 3 February 2023. Their letter, published on 20 March 2023, identified five areas "
                 "of significant weakness and required the local area to produce a Written Statement of Action. "
                 "The letter's findings are reproduced in Annex 1."),
            body("3. The Written Statement of Action was submitted on 30 June 2023 and was declared fit for "
                 "purpose by Ofsted and the CQC on 21 August 2023."),
            body("4. The Department for Education and NHS England held their first six-monthly review of "
                 "progress on 7 December 2023. Officials noted improvements in the timeliness of EHC plans, "
                 "with 46% issued within 20 weeks in November 2023, but asked for faster progress on autism "
                 "and ADHD waiting times. The next review will take place in June 2024."),
        ],
        [
            body("<b>Governance</b>"),
            body("14. The SEND Improvement Board will be chaired by an independent chair from February 2024, "
                 "with the Director of Children's Services and the ICB's Chief Nursing Officer as vice-chairs."),
            body("15. Each of the five areas of significant weakness has a senior responsible officer and a "
                 "workstream group, which includes a representative of Oxfordshire Parent Carer Forum."),
            body("16. Members will remember that the Education and Young People Overview and Scrutiny Committee "
                 "raised concerns at its meeting on 6 December 2023 about home to school transport for children "
                 "with SEND. That issue is outside the scope of the Written Statement of Action and will be "
                 "addressed in a separate report."),
            body("17. The Board will publish a quarterly highlight report on the Local Offer."),
            body("<b>Financial Implications</b>"),
            body("18. The actions in the Written Statement of Action are funded within existing budgets and the "
                 "Dedicated Schools Grant."),
            body("Comments checked by: Harvey Lindqvist, Strategic Finance Business Partner"),
            body("<b>Legal Implications</b>"),
            body("19. Failure to make sufficient progress could lead the Secretary of State to use powers of "
                 "intervention under the Education Act 1996."),
            body("Comments checked by: Priti Anand-Cole, Head of Legal and Deputy Monitoring Officer"),
            body("<b>Contact Officer:</b> Marcus Delacroix-Penn, Deputy Director, Education, telephone 07920 "
                 "588213"),
            body("January 2024"),
        ],
        [
            body("<b>Annex 1 &ndash; Extract from the joint inspection letter of 20 March 2023</b>"),
            quote("&ldquo;Inspectors identified the following areas of significant weakness in the local "
                  "area's practice:"),
            *[quote_item("&ndash; " + item + (".&rdquo;" if n == len(OXF_WEAKNESSES) - 1 else ";"))
              for n, item in enumerate(OXF_WEAKNESSES)],
            body("The letter also noted strengths, including the quality of the Oxfordshire Hospital School, the "
                 "commitment of SENCos and the early help offer for families of young children."),
        ],
    ]
    return write("oxfordshire/round15-2024-01-16-cabinet/SEND WSoA Progress and Next Steps.pdf", pages,
                 "Oxfordshire County Council", "Cabinet - 16 January 2024", "CA7", page_label="Page {n} of {total}")


def plymouth_report() -> Path:
    pages = [
        [
            title("Education and Children's Social Care Overview and Scrutiny Panel"),
            body("<b>Date of meeting:</b> 19 March 2025"),
            body("<b>Title of Report:</b> SEND Improvement Board Annual Report 2024"),
            body("<b>Lead Member:</b> Councillor Sonia Trebilcock (Cabinet Member for Education, Skills and "
                 "Apprenticeships)"),
            body("<b>Lead Strategic Director:</b> Giles Petherick (Director of Children's Services)"),
            body("<b>Author:</b> Eleri Cardew (Service Director, Education, Participation and Skills)"),
            body("<b>Contact Email:</b> eleri.cardew@plymouth.gov.uk"),
            body("<b>Purpose of Report</b>"),
            body("This report presents the first annual report of the SEND Improvement Board, which oversees the "
                 "partnership's response to the area SEND inspection of 2024."),
            body("<b>Recommendations and Reasons</b>"),
            body("That the Panel reviews the annual report and identifies any areas for further scrutiny."),
            body("Reason: to support the Panel's role in holding the partnership to account."),
            body("<b>1. What the inspection found</b>"),
            body("Ofsted and the CQC inspected the Plymouth local area partnership from 5 to 9 February 2024 and "
                 "published their report on 22 March 2024. The partnership's arrangements were found to lead to "
                 "inconsistent experiences and outcomes for children and young people with SEND."),
            body("Inspectors were concerned that too many children and young people with SEND in Plymouth do not "
                 "attend school regularly, and that leaders do not have a clear enough picture of why. They also "
                 "found that the quality of EHC plans varies widely and that plans are not always updated after "
                 "annual reviews. In addition, young people aged 16 to 25 have too few opportunities for "
                 "supported internships and paid work. Inspectors also highlighted that the partnership's "
                 "quality assurance of alternative provision is underdeveloped."),
        ],
        [
            body("Inspectors praised the Plymouth Parent Carer Forum and the city's early years inclusion team. "
                 "The Board has asked that this good practice is shared across the partnership."),
            body("<b>2. Key milestones</b>"),
            ruled([["When", "What happened"],
                   ["5-9 February 2024", "Area SEND inspection"],
                   ["22 March 2024", "Inspection report published"],
                   ["April 2024", "SEND Improvement Board established"],
                   ["24 May 2024", "Updated SEND Strategy agreed by the Board"],
                   ["14 November 2024", "Progress review with the Department for Education and NHS England"],
                   ["January 2025", "First annual survey of parents and carers"]],
                  [4.5 * cm, 11.5 * cm]),
            body("<b>3. Progress during the year</b>"),
            body("3.1 Attendance: A SEND attendance officer has been appointed and every school now records the "
                 "attendance of pupils with EHC plans separately. Persistent absence among pupils with EHC plans "
                 "fell from 38% to 33%."),
            body("3.2 EHC plans: A multi-agency audit panel now reviews 20 plans each month. 68% of audited plans "
                 "were judged good in December 2024."),
            body("3.3 Preparing for adulthood: Eleven young people started supported internships in September "
                 "2024, with City College Plymouth and Derriford Hospital as host employers."),
            body("3.4 Alternative provision: A quality assurance framework for alternative provision was "
                 "introduced in the autumn term."),
        ],
        [
            body("<b>4. Looking ahead</b>"),
            body("The next progress review with the Department for Education and NHS England is expected in May "
                 "2025. The Board will report again to the Panel in March 2026."),
            body("<b>5. Comments of the Independent Chair</b>"),
            body("&ldquo;The partnership has made a good start, but families have told us that they do not yet "
                 "feel the difference. That must be the test for the year ahead.&rdquo; &ndash; Professor Alun "
                 "Trethewey, Independent Chair, SEND Improvement Board"),
            body("<b>Appendices</b>"),
            body("Appendix A &ndash; SEND Improvement Board Annual Report 2024"),
        ],
    ]
    return write("plymouth/round15-2025-03-19-education-and-childrens-social-care-overview-and-scrutiny-panel/"
                 "SEND Improvement Board Annual Report.pdf", pages, "PLYMOUTH CITY COUNCIL",
                 "OFFICIAL", "Education and Children's Social Care Overview and Scrutiny Panel",
                 page_label="Page {n} of {total}")


def main() -> None:
    for make in (nottingham_report, oxfordshire_report, plymouth_report):
        print(make())


if __name__ == "__main__":
    main()
