"""Write the three printed documents of the held-out round 23 (reportlab).

Round 23 is a blind batch: documents written with their gold before any extractor ran on them, in the
layouts most common in real council papers. These three are the printed forms: a Nottingham City Council
officer report to a scrutiny committee (front-sheet table, "Action required" with "a) ... c)", the five
areas of significant weakness of a Written Statement of Action as numbered paragraphs, monitoring meetings,
implications with named advisers); a Somerset Council Accelerated Progress Plan progress report to a
scrutiny committee ("The Scrutiny Committee is asked to" over "a. ... b.", the three areas of a revisit as
the second column of a ruled table with a progress column and a RAG rating, a report sign-off table); and a
Portsmouth City Council cabinet member decision report (front sheet, "It is recommended that the Cabinet
Member for Education" over "(1) ... (3)", areas for improvement as bullets, the blank approval line at the
end). Invented text, fictitious people. Each page's content is fixed here with an explicit page break, so
the gold's page numbers follow from this script. The output is deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round23_pdfs.py
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
BULLET = ParagraphStyle("Bullet23", parent=BODY, leftIndent=18, firstLineIndent=-10)
LETTERED = ParagraphStyle("Lettered23", parent=BODY, leftIndent=36, firstLineIndent=-18)

NOTTINGHAM_AREAS = [
    "Leaders' understanding of the local area's strengths and weaknesses is not accurate enough, and their "
    "self-evaluation is not informed by robust data.",
    "The quality of EHC plans is inconsistent, and plans are not reviewed and updated in a timely way.",
    "Families wait too long for assessment and diagnosis of autism spectrum disorder and attention deficit "
    "hyperactivity disorder.",
    "Parents and carers do not feel listened to, and co-production is not embedded across the local area.",
    "The Local Offer is not well known by families and does not provide the information they need.",
]
SOMERSET_AREAS = [
    ("1", "The variable quality of EHC plans, and the lack of timely contributions to them from health and "
     "social care professionals.", "91% of health advice is now returned within six weeks. Audits rate 74% of "
     "new plans as good or better.", "Amber"),
    ("2", "Weak joint commissioning arrangements, which have not addressed the gaps in therapy provision "
     "across the county.", "A joint commissioning strategy for therapies has been agreed with the Integrated "
     "Care Board.", "Amber"),
    ("3", "The lack of effective co-production with parents and carers, and families' low confidence in the "
     "local area's services.", "Somerset Parent Carer Forum co-chairs the SEND Improvement Board. The latest "
     "parent survey shows improved confidence.", "Green"),
]
PORTSMOUTH_AREAS = [
    "Leaders should improve the timeliness of EHC needs assessments and make sure that plans are issued "
    "within 20 weeks.",
    "Leaders should reduce the waiting times for the neurodevelopmental pathway, and improve the support for "
    "families while they wait.",
    "Leaders should make sure that fewer children with SEND are excluded from school or placed on part-time "
    "timetables.",
    "Leaders should improve their use of data to understand the needs of young people with SEND aged 16 to 25.",
]


def bullet(text: str):
    return Paragraph("&bull; " + text, BULLET)


def lettered(label: str, text: str):
    return Paragraph(f"{label}&nbsp;&nbsp;{text}", LETTERED)


def nottingham_report() -> Path:
    pages = [
        [
            title("Children and Young People Scrutiny Committee"),
            body("<b>16 March 2023</b>"),
            front_sheet([
                ("Report title:", "Special Educational Needs and Disabilities (SEND): Written Statement of "
                 "Action progress"),
                ("Report of:", "Corporate Director for People"),
                ("Portfolio Holder:", "Councillor Cheryl Radbourne, Portfolio Holder for Children, Young People "
                 "and Education"),
                ("Report author and contact details:", "Helen Sneinton-Clarke, Head of SEND and Inclusion<br/>"
                 "helen.sneinton-clarke@nottinghamcity.gov.uk, 0115 876 4410"),
                ("Wards affected:", "All"),
            ]),
            heading("1 Purpose"),
            body("1.1 To update the Committee on the progress made against the local area's Written Statement of "
                 "Action (WSoA) since the joint Ofsted and Care Quality Commission (CQC) inspection of the "
                 "Nottingham City local area."),
            heading("2 Action required"),
            body("2.1 The Committee is asked to:"),
            lettered("a)", "consider the progress made against the Written Statement of Action;"),
            lettered("b)", "make any comments or recommendations to the Portfolio Holder for Children, Young "
                     "People and Education; and"),
            lettered("c)", "agree to receive a further update following the revisit."),
            heading("3 Background information"),
            body("3.1 Ofsted and the CQC carried out a joint inspection of the Nottingham City local area from 25 "
                 "to 29 October 2021. The inspection letter was published on 10 December 2021."),
            body("3.2 The local area was required to produce a WSoA, which was submitted to Ofsted on 24 March "
                 "2022 and was judged fit for purpose on 9 May 2022."),
        ],
        [
            body("3.3 The WSoA addresses the five areas of significant weakness identified by inspectors:"),
        ] + [lettered(f"{n}.", area) for n, area in enumerate(NOTTINGHAM_AREAS, start=1)] + [
            body("3.4 Inspectors also recognised the strong commitment of the city's special schools, the "
                 "quality of the SEND Information, Advice and Support Service and the effective work of the early "
                 "years inclusion team."),
            heading("4 Progress"),
            body("4.1 The Department for Education and NHS England have monitored progress through review "
                 "meetings held in July 2022 and January 2023. At the most recent meeting, advisers judged that "
                 "progress was strongest on the quality of EHC plans and on the Local Offer."),
            body("4.2 Key actions completed since the last report to the Committee include:"),
            bullet("a new EHC plan quality assurance framework, which has been used to audit 120 plans;"),
            bullet("the commissioning of an additional autism and ADHD assessment provider by the Integrated "
                   "Care Board; and"),
            bullet("a relaunch of the Local Offer website, co-designed with Nottingham City Parent Carer Forum."),
            body("4.3 Dr Rupinder Gill, Designated Clinical Officer, NHS Nottingham and Nottinghamshire "
                 "Integrated Care Board, will attend the meeting with the report author."),
        ],
        [
            heading("5 Next steps"),
            body("5.1 Ofsted and the CQC are expected to revisit the local area to assess whether sufficient "
                 "progress has been made. The next Department for Education and NHS England review meeting will "
                 "take place on 18 July 2023."),
            heading("6 Implications"),
            body("6.1 <b>Financial:</b> The actions in the WSoA are funded from existing budgets and the High "
                 "Needs Block. Advice provided by Shazia Bulwell, Senior Finance Business Partner (People)."),
            body("6.2 <b>Legal:</b> The local area must have regard to the SEND Code of Practice. Advice "
                 "provided by Rhys Clifton-Boyd, Solicitor, Legal Services."),
            heading("7 Background papers"),
            body("Ofsted and CQC, Joint local area SEND inspection in Nottingham City, 10 December 2021"),
        ],
    ]
    return write("nottingham/round23-2023-03-16-children-and-young-people-scrutiny-committee/"
                 "SEND Written Statement of Action Progress.pdf", pages, "Nottingham City Council",
                 "Children and Young People Scrutiny Committee", "", page_label="{n}")


def somerset_report() -> Path:
    pages = [
        [
            title("Somerset Council"),
            body("<b>Scrutiny Committee - Children and Families</b>"),
            body("<b>17 January 2024</b>"),
            front_sheet([
                ("Report title:", "SEND Accelerated Progress Plan: Progress Report"),
                ("Executive Member(s):", "Cllr Tessa Langport-Wells, Lead Member for Children, Families and "
                 "Education"),
                ("Local Member(s) and Division:", "All"),
                ("Lead Officer:", "Rupert Ilminster, Executive Director, Children, Families and Education"),
                ("Author:", "Claire Wiveliscombe, Service Director, Inclusion"),
                ("Contact Details:", "claire.wiveliscombe@somerset.gov.uk, 01823 357284"),
            ]),
            heading("1. Summary"),
            body("1.1 This report updates the Committee on progress against the Accelerated Progress Plan (APP), "
                 "which the local area was required to produce following the revisit by Ofsted and the Care "
                 "Quality Commission (CQC)."),
            heading("2. Recommendations"),
            body("2.1 The Scrutiny Committee is asked to:"),
            lettered("a.", "Note the progress made against the Accelerated Progress Plan, as set out in section 4."),
            lettered("b.", "Identify any areas on which it would like to receive more detailed information at a "
                     "future meeting."),
            heading("3. Background"),
            body("3.1 Ofsted and the CQC inspected the Somerset local area from 2 to 6 December 2019. The "
                 "inspection letter, published on 27 January 2020, identified five areas of significant weakness, "
                 "and the local area's Written Statement of Action was declared fit for purpose in August 2020."),
        ],
        [
            body("3.2 Ofsted and the CQC revisited the local area from 13 to 15 June 2022. The revisit letter, "
                 "published on 26 July 2022, found that the local area had made sufficient progress in two of the "
                 "five areas. The APP, which addresses the remaining three, was submitted to the Department for "
                 "Education on 21 October 2022."),
            heading("4. Progress against the Accelerated Progress Plan"),
            body("4.1 The table below summarises progress in each of the three areas in which the revisit found "
                 "that sufficient progress had not been made."),
            table([["<b>APP area</b>", "<b>Area of significant weakness</b>", "<b>Progress since the revisit</b>",
                    "<b>RAG</b>"]]
                  + [[ref, area, progress, rag] for ref, area, progress, rag in SOMERSET_AREAS],
                  [1.8 * cm, 7 * cm, 5.7 * cm, 1.5 * cm]),
            body("4.2 The Department for Education and NHS England reviewed progress on 14 March 2023 and on 19 "
                 "September 2023. At the September review, advisers recognised the improved timeliness of health "
                 "advice. The next review is expected in March 2024."),
        ],
        [
            heading("5. Consultations undertaken"),
            body("5.1 Somerset Parent Carer Forum and the SEND Improvement Board have been consulted on this "
                 "report."),
            heading("6. Financial and Risk Implications"),
            body("6.1 The actions in the APP are funded from the High Needs Block and from the Integrated Care "
                 "Board's budgets for children's therapies."),
            heading("7. Background Papers"),
            body("Ofsted and CQC revisit letter, 26 July 2022<br/>Report to the Scrutiny Committee - Children and "
                 "Families, 12 July 2023"),
            heading("Report Sign-Off"),
            table([["<b>Office</b>", "<b>Name</b>", "<b>Date</b>"],
                   ["Legal Services", "Sian Cheddon", "4 January 2024"],
                   ["Governance", "Ella Minehead", "3 January 2024"],
                   ["Lead Executive Member", "Cllr Tessa Langport-Wells", "5 January 2024"]],
                  [6 * cm, 6 * cm, 4 * cm]),
        ],
    ]
    return write("somerset/round23-2024-01-17-scrutiny-committee-children-and-families/"
                 "SEND Accelerated Progress Plan Progress Report.pdf", pages, "Somerset Council",
                 "Scrutiny Committee - Children and Families", "", page_label="Page {n}")


def portsmouth_report() -> Path:
    pages = [
        [
            title("PORTSMOUTH CITY COUNCIL"),
            front_sheet([
                ("Title of meeting:", "Cabinet Member for Education"),
                ("Date of meeting:", "24 June 2025"),
                ("Subject:", "Area SEND inspection outcome and SEND Strategic Improvement Plan"),
                ("Report by:", "Alistair Penrose, Director of Children, Families and Education"),
                ("Report author:", "Nina Castellanos, Head of Inclusion, nina.castellanos@portsmouthcc.gov.uk, "
                 "023 9284 1623"),
                ("Wards affected:", "All"),
                ("Key decision:", "No"),
                ("Full Council decision:", "No"),
            ]),
            heading("1. Purpose of report"),
            body("1.1 To inform the Cabinet Member for Education of the outcome of the Area SEND inspection of the "
                 "Portsmouth local area partnership, and to seek approval of the partnership's SEND Strategic "
                 "Improvement Plan."),
            heading("2. Recommendations"),
            body("2.1 It is recommended that the Cabinet Member for Education:"),
            lettered("(1)", "Notes the outcome of the Area SEND inspection of the Portsmouth local area "
                     "partnership."),
            lettered("(2)", "Approves the Portsmouth SEND Strategic Improvement Plan 2025-2028, attached at "
                     "Appendix 1, for publication on the Local Offer."),
            lettered("(3)", "Agrees that progress against the plan is reported to the Education, Children and "
                     "Young People Scrutiny Panel every six months."),
            heading("3. Background"),
            body("3.1 Ofsted and the Care Quality Commission (CQC) inspected the Portsmouth local area partnership "
                 "between 10 and 28 March 2025. Their report, published on 9 May 2025, found that the "
                 "partnership's arrangements lead to inconsistent experiences and outcomes for children and young "
                 "people with special educational needs and/or disabilities (SEND)."),
        ],
        [
            body("3.2 Inspectors found many strengths. They said that children and young people with SEND "
                 "are well supported in the city's special schools, that the Portsmouth Parent Voice forum is a "
                 "strong and trusted partner, and that the early help offer for families is effective."),
            body("3.3 The report identified four areas for improvement:"),
        ] + [bullet(area) for area in PORTSMOUTH_AREAS] + [
            heading("4. The SEND Strategic Improvement Plan"),
            body("4.1 The plan was agreed by the Portsmouth SEND Partnership Board on 5 June 2025 and, once "
                 "approved, will be published on the Local Offer by 30 June 2025."),
            body("4.2 The plan was co-produced with Portsmouth Parent Voice and with young people from the "
                 "city's SEND Youth Forum. The Cabinet Member, Councillor Gemma Fairhurst, attended the forum's "
                 "meeting on 14 May 2025 to hear young people's views."),
            heading("5. Reasons for recommendations"),
            body("5.1 The partnership is expected to publish its response to the inspection, and the plan sets "
                 "out how each area for improvement will be addressed."),
        ],
        [
            heading("6. Integrated impact assessment"),
            body("6.1 An integrated impact assessment has been completed. The plan is expected to have a "
                 "positive impact on children and young people with SEND and their families."),
            heading("7. Legal implications"),
            body("7.1 The Council and the Integrated Care Board must have regard to the SEND Code of Practice."),
            heading("8. Director of Finance's comments"),
            body("8.1 The plan will be delivered within existing budgets, including the Dedicated Schools Grant."),
            body("Signed by: Alistair Penrose, Director of Children, Families and Education"),
            body("<b>Appendices:</b> Appendix 1 - Portsmouth SEND Strategic Improvement Plan 2025-2028"),
            body("<b>Background list of documents:</b> Section 100D of the Local Government Act 1972"),
            table([["<b>Title of document</b>", "<b>Location</b>"],
                   ["Area SEND inspection of Portsmouth local area partnership, 9 May 2025", "Ofsted website"]],
                  [10 * cm, 6 * cm]),
            body("The recommendation(s) set out above were approved/ approved as amended/ deferred/ rejected by "
                 "the Cabinet Member for Education on ......................................"),
            body("Signed by: Cabinet Member for Education"),
        ],
    ]
    return write("portsmouth/round23-2025-06-24-cabinet-member-for-education/"
                 "SEND Inspection Outcome and Strategic Improvement Plan.pdf", pages, "Portsmouth City Council",
                 "www.portsmouth.gov.uk", "", page_label="{n}")


def main() -> None:
    for make in (nottingham_report, somerset_report, portsmouth_report):
        print(make())


if __name__ == "__main__":
    main()
