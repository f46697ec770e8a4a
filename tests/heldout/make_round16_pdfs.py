"""Write the three printed documents of the held-out round 16 (reportlab).

Round 16 is a blind batch: documents written with their gold before any extractor ran on them. These three
are the printed forms: a Blackburn with Darwen Borough Council Executive Board report whose inspection summary
is a two-column "What is working well | What needs to improve" table, each cell a list of dashed
paragraphs (so that the extracted lines of the two columns interleave), with "That the Executive Board:" over
unlabelled dashed recommendations; a Dorset Council scrutiny report with a front sheet ("Recommendation:",
"Reason for Recommendation:") whose three areas for improvement are infinitives enumerated in one sentence,
"The report asked leaders, firstly, to ...; secondly, to ...; and finally, to ..."; and a London Borough of
Hillingdon Cabinet report on a re-visit, the three weaknesses that improved named in a sentence on page 1 and
the two that did not as "i) ... ii)" hanging paragraphs after a colon on page 2. Invented text, fictitious
people. Each page's content is fixed here with an explicit page break, so the gold's page numbers follow from
this script. The output is deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round16_pdfs.py
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
HANGING = ParagraphStyle("Hanging16", parent=BODY, leftIndent=36, firstLineIndent=-18)
BULLET = ParagraphStyle("Bullet16", parent=BODY, leftIndent=12, firstLineIndent=-10)
SMALL = ParagraphStyle("Small16", parent=BODY, fontSize=9, leading=11)


def hanging(text: str):
    return Paragraph(text, HANGING)


def front_sheet(rows: list[tuple[str, str]]):
    """A label | value table without rules, as report front sheets set them."""
    cells = [[Paragraph(f"<b>{label}</b>", BODY), Paragraph(value, BODY)] for label, value in rows]
    grid = Table(cells, colWidths=[4.5 * cm, 11.5 * cm])
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return grid


def two_lists(left_title: str, left: list[str], right_title: str, right: list[str]):
    """A ruled two-column summary, each cell a list of dashed paragraphs."""
    cells = [[Paragraph(f"<b>{left_title}</b>", BODY), Paragraph(f"<b>{right_title}</b>", BODY)],
             [[Paragraph("&ndash; " + item, BULLET) for item in left],
              [Paragraph("&ndash; " + item, BULLET) for item in right]]]
    grid = Table(cells, colWidths=[8 * cm, 8 * cm])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1"))]))
    return grid


BWD_GOOD = [
    "Children's needs are identified early through the Family Hubs and the Early Years SEND team.",
    "Special schools and resourced provisions in the borough are highly regarded by families.",
    "Young people value the Youth SEND Forum, and their views have shaped the Local Offer.",
]
BWD_IMPROVE = [
    "The partnership should reduce the time families wait for an EHC needs assessment and improve "
    "communication with parents while they wait.",
    "Leaders should improve the consistency of support for pupils at SEN support in mainstream primary "
    "schools.",
    "The partnership should ensure that the Local Offer gives families accurate, up-to-date information about "
    "services and how to reach them.",
]


def blackburn_report() -> Path:
    pages = [
        [
            title("BLACKBURN WITH DARWEN BOROUGH COUNCIL"),
            body("<b>EXECUTIVE BOARD DECISION</b>"),
            front_sheet([
                ("REPORT OF:", "Executive Member for Children, Young People and Education"),
                ("", "Councillor Zamir Akhtar-Mills"),
                ("LEAD OFFICERS:", "Strategic Director of Children's Services and Education, Jayne Illingworth"),
                ("DATE:", "13 March 2025"),
                ("PORTFOLIO/S AFFECTED:", "Children, Young People and Education"),
                ("WARD/S AFFECTED:", "All"),
                ("KEY DECISION:", "YES"),
                ("SUBJECT:", "Area SEND Inspection Outcome and SEND and Inclusion Strategy Refresh"),
            ]),
            heading("1. EXECUTIVE SUMMARY"),
            body("Ofsted and the Care Quality Commission inspected the Blackburn with Darwen local area partnership "
                 "from 2 to 6 December 2024. The inspection report was published on 31 January 2025. The "
                 "partnership's arrangements were found to lead to inconsistent experiences and outcomes for "
                 "children and young people with SEND."),
            body("This report summarises the findings and asks the Executive Board to endorse the refreshed SEND "
                 "and Inclusion Strategy, which sets out how the partnership will respond."),
            heading("2. RECOMMENDATIONS"),
            body("That the Executive Board:"),
            body("&ndash; Notes the outcome of the Area SEND Inspection and the findings summarised in section 4."),
            body("&ndash; Endorses the SEND and Inclusion Strategy Refresh 2025-2028 at Appendix 1."),
            body("&ndash; Agrees that the Executive Member receives a progress report every six months."),
            heading("3. BACKGROUND"),
            body("Under the area SEND inspection framework introduced in January 2023, a partnership that receives "
                 "this outcome must update and publish its strategic plan. Ofsted and the CQC will return for a "
                 "full inspection within three years."),
        ],
        [
            heading("4. KEY ISSUES &amp; RISKS"),
            body("4.1 The inspection report's findings are summarised below. The full report is available on the "
                 "Ofsted website."),
            two_lists("What is working well", BWD_GOOD, "What needs to improve", BWD_IMPROVE),
            body("4.2 Inspectors also noted that relationships between the council, the ICB and the Parent Carer "
                 "Forum are constructive and open."),
            body("4.3 The Strategy Refresh was agreed by the SEND Partnership Board on 25 February 2025 and will be "
                 "published on the Local Offer by 4 April 2025. It has three workstreams: timely assessment, "
                 "inclusion in mainstream schools, and information for families."),
            body("4.4 The principal risk is the continued growth in requests for EHC needs assessment, which rose "
                 "by 17% in 2024. An additional four assessment co-ordinators have been recruited."),
        ],
        [
            heading("5. POLICY IMPLICATIONS"),
            body("The Strategy Refresh replaces the SEND Strategy 2022-2025."),
            heading("6. FINANCIAL IMPLICATIONS"),
            body("The additional posts are funded from the High Needs Block of the Dedicated Schools Grant."),
            heading("7. LEGAL IMPLICATIONS"),
            body("The Council has duties under Part 3 of the Children and Families Act 2014."),
            heading("8. EQUALITY AND HEALTH IMPLICATIONS"),
            body("An Equality Impact Assessment has been completed and is attached at Appendix 2."),
            heading("9. CONSULTATIONS"),
            body("Parents and carers, the Youth SEND Forum, headteachers and NHS Lancashire and South Cumbria ICB "
                 "were consulted on the Strategy Refresh."),
            heading("10. DECLARATION OF INTEREST"),
            body("All Declarations of Interest of any Executive Member consulted, and any dispensations granted, "
                 "will be recorded in the Summary of Decisions published on the day following the meeting."),
            front_sheet([
                ("VERSION:", "1"),
                ("CONTACT OFFICER:", "Harriet Boothroyd, Head of SEND, harriet.boothroyd@blackburn.gov.uk"),
                ("DATE:", "20 February 2025"),
                ("BACKGROUND PAPER:", "Area SEND inspection of Blackburn with Darwen Local Area Partnership, "
                                      "Ofsted and CQC, 31 January 2025"),
            ]),
        ],
    ]
    return write("blackburn-with-darwen/round16-2025-03-13-executive-board/"
                 "Area SEND Inspection Outcome and Strategy Refresh.pdf", pages,
                 "Blackburn with Darwen Borough Council", "Executive Board - 13 March 2025",
                 "EBD: V1/25", page_label="Page {n} of {total}")


def dorset_report() -> Path:
    pages = [
        [
            title("People and Health Scrutiny Committee"),
            body("<b>8 September 2025</b>"),
            body("<b>Area SEND Inspection: Six-Month Update</b>"),
            front_sheet([
                ("For Review and Consultation", ""),
                ("Cabinet Member", "Cllr Imogen Brightwell-Hayes, Cabinet Member for Children, Education, Skills "
                                   "and Early Help"),
                ("Local Councillor(s)", "All"),
                ("Executive Director:", "T Westaway, Executive Director of People - Children"),
                ("Report Author:", "Robin Gatehouse"),
                ("Job Title:", "Corporate Director, Education and Learning"),
                ("Tel:", "01305 224518"),
                ("Email:", "robin.gatehouse@dorsetcouncil.gov.uk"),
                ("Report Status:", "Public"),
            ]),
            body("<b>Brief Summary:</b>"),
            body("This report updates the Committee on the partnership's progress in the six months since the "
                 "area SEND inspection of Dorset, and on the first visit of the Department for Education's SEND "
                 "adviser."),
            body("<b>Recommendation:</b>"),
            body("That the Committee considers the progress made against the areas for improvement and identifies "
                 "any matters it wishes to examine in more depth."),
            body("<b>Reason for Recommendation:</b>"),
            body("To enable the Committee to hold the partnership to account for its response to the inspection."),
        ],
        [
            heading("1. The inspection"),
            body("1.1 Ofsted and the Care Quality Commission inspected the Dorset local area partnership between 24 "
                 "and 28 February 2025, and published their report on 11 April 2025. They found that the "
                 "partnership's arrangements lead to inconsistent experiences and outcomes for children and "
                 "young people with SEND."),
            body("1.2 Inspectors praised the Dorset Parent Carer Council, the partnership's work on early "
                 "identification in nursery settings, and the quality of Dorset's new special free schools."),
            body("1.3 The report asked leaders, firstly, to improve the timeliness and quality of EHC plans, "
                 "including the contributions from health and social care; secondly, to make sure that children "
                 "with SEND in mainstream schools receive the support set out in their plans; and finally, to "
                 "increase the range of specialist provision in the county so that fewer children need to travel "
                 "long distances to school."),
            body("1.4 The partnership's updated SEND and Alternative Provision Strategy was agreed by the Dorset "
                 "SEND Strategic Board on 20 May 2025 and published on 2 June 2025."),
            heading("2. Progress since April"),
            body("2.1 EHC plans: 52% of new plans were issued within 20 weeks in July 2025, compared with 31% a "
                 "year earlier. A health and social care advice tracker is now checked weekly."),
            body("2.2 Support in mainstream schools: the Dorset Inclusion Standard has been launched, and 64 "
                 "schools have completed its self-evaluation."),
            body("2.3 Specialist places: 120 additional places will open by September 2026 across three "
                 "resourced bases and a new special school in Weymouth."),
        ],
        [
            heading("3. Department for Education SEND adviser"),
            body("3.1 The Department for Education's SEND adviser visited the partnership on 12 June 2025 to review "
                 "progress. She noted the improvement in timeliness and asked for a clearer picture of how "
                 "mainstream schools are supported. A further visit is planned for December 2025."),
            heading("4. Committee concerns"),
            body("4.1 At the Committee's meeting on 3 March 2025 members asked about the cost of home to school "
                 "transport for children with SEND. That issue is being considered by the Place and Resources "
                 "Scrutiny Committee."),
            heading("5. Financial implications"),
            body("5.1 None arising directly from this report."),
            heading("6. Appendices"),
            body("Appendix A &ndash; Dorset SEND and Alternative Provision Strategy 2025-2028"),
            heading("7. Background papers"),
            body("Area SEND inspection of Dorset Local Area Partnership, Ofsted and CQC, 11 April 2025."),
        ],
    ]
    return write("dorset/round16-2025-09-08-people-and-health-scrutiny-committee/"
                 "Area SEND Inspection Six-Month Update.pdf", pages,
                 "Dorset Council", "People and Health Scrutiny Committee", "8 September 2025",
                 page_label="{n}")


def hillingdon_report() -> Path:
    pages = [
        [
            title("SEND RE-VISIT OUTCOME AND ACCELERATED PROGRESS PLAN"),
            front_sheet([
                ("Cabinet Member(s)", "Councillor Susan O'Driscoll-Barr"),
                ("Cabinet Portfolio(s)", "Cabinet Member for Children, Families and Education"),
                ("Officer Contact(s)", "Abigail Penrose-Kent, Children's Services"),
                ("Papers with report", "Appendix A &ndash; Accelerated Progress Plan"),
            ]),
            heading("HEADLINES"),
            body("<b>Summary</b>"),
            body("In May 2023 Ofsted and the Care Quality Commission re-visited Hillingdon to judge the progress "
                 "made since the local area SEND inspection of 2019. This report sets out the outcome and asks "
                 "Cabinet to approve the Accelerated Progress Plan that the Department for Education has "
                 "required."),
            body("<b>RECOMMENDATIONS</b>"),
            body("That the Cabinet:"),
            hanging("1. Notes the outcome of the Ofsted and CQC re-visit;"),
            hanging("2. Approves the Accelerated Progress Plan at Appendix A for submission to the Department for "
                    "Education; and"),
            hanging("3. Delegates authority to the Corporate Director of Children's Services, in consultation with "
                    "the Cabinet Member for Children, Families and Education, to agree any changes to the plan "
                    "requested by the Department."),
            body("<b>Reasons for recommendation</b>"),
            body("The Department for Education requires an Accelerated Progress Plan where a re-visit finds "
                 "insufficient progress in any area."),
            body("<b>SUPPORTING INFORMATION</b>"),
            body("1. Ofsted and the CQC inspected the Hillingdon local area from 18 to 22 November 2019. Their "
                 "letter, published on 22 January 2020, identified five significant weaknesses. The Written "
                 "Statement of Action was declared fit for purpose on 13 May 2020."),
            body("2. Inspectors re-visited the area from 9 to 11 May 2023 and their letter was published on 28 "
                 "June 2023. Of the five significant weaknesses, the re-visit found that sufficient progress had "
                 "been made in three: the local area's strategic planning for SEND, the engagement of parents "
                 "and carers in decisions about services, and the timeliness of EHC needs assessments. The two "
                 "areas in which progress was insufficient, and which are now the subject of the Accelerated "
                 "Progress Plan, are:"),
        ],
        [
            hanging("i) the quality of EHC plans, and the contribution of health and social care professionals to "
                    "them;"),
            hanging("ii) the variability of support for children and young people with SEND in mainstream "
                    "schools, which leads to high rates of fixed-term exclusion."),
            body("3. The Accelerated Progress Plan must be submitted to the Department for Education by 22 "
                 "September 2023. Progress will then be reviewed by the Department and NHS England, with the first "
                 "review expected in December 2023."),
            body("4. The plan was developed with the Hillingdon Parent Carer Forum and headteachers. Its actions "
                 "include a multi-agency EHC plan quality panel, a new inclusion support offer for mainstream "
                 "schools, and termly reporting of exclusions of pupils with SEND to the Schools Forum."),
            body("5. Inspectors found that the SEND Improvement Board now provides strong leadership and that "
                 "parents are more confident in the local area than they were in 2019."),
            body("<b>Financial Implications</b>"),
            body("6. The actions in the plan are funded from existing budgets and the Dedicated Schools Grant. "
                 "There are no additional costs to the General Fund."),
            body("<b>RESIDENT BENEFIT &amp; CONSULTATION</b>"),
            body("7. The plan will improve the experience of children and young people with SEND and their "
                 "families. The Hillingdon Parent Carer Forum was consulted on the plan in July 2023."),
        ],
        [
            body("<b>CORPORATE CONSIDERATIONS</b>"),
            body("<b>Corporate Finance</b>"),
            body("Corporate Finance has reviewed this report and concurs with the financial implications set out "
                 "above."),
            body("<b>Legal</b>"),
            body("The Borough Solicitor confirms that there are no legal impediments to Cabinet agreeing the "
                 "recommendations."),
            body("<b>BACKGROUND PAPERS</b>"),
            body("Ofsted and CQC re-visit letter, London Borough of Hillingdon, 28 June 2023."),
            body("Joint local area SEND inspection in Hillingdon, Ofsted and CQC, 22 January 2020."),
        ],
    ]
    return write("hillingdon/round16-2023-07-20-cabinet/SEND Re-visit Outcome and Accelerated Progress Plan.pdf",
                 pages, "Cabinet report - 20 July 2023",
                 "Classification: Public", "Cabinet report - 20 July 2023", page_label="Page {n}")


def main() -> None:
    for make in (blackburn_report, dorset_report, hillingdon_report):
        print(make())


if __name__ == "__main__":
    main()
