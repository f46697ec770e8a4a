"""Write the three printed documents of the held-out round 11 (reportlab).

Round 11 is a blind batch: documents written with their gold before any extractor ran on them.
These three are the printed forms: a Sandwell Cabinet report whose re-visit weaknesses stand as a
lettered "(a) ... (d)" list inside a numbered paragraph, two judged sufficient and two not, with a
ruled implications table naming the officers who verified them; a Merton report to an overview and
scrutiny panel that reproduces the inspection report's "What needs to improve" section in an
appendix, as bullets with no introduction of their own, running from page 2 onto page 3; and
Warwickshire Cabinet minutes whose findings stand in a ruled "Finding | Type" table, with
"Resolved" over "(1) ... (4)". Invented text, fictitious people. Each page's content is fixed here
with an explicit page break, so the gold's page numbers follow from this script; the paragraph
helpers and page furniture are round 4's and round 5's. The output is deterministic (reportlab's
invariant mode), so rerunning it rewrites identical files:

    /work/main/.venv/bin/python tests/heldout/make_round11_pdfs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_round4_pdfs import BODY, CORPUS, body, heading, table, title  # noqa: E402
from make_round5_pdfs import write  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph  # noqa: E402

# The bullet glyph is set in Vera (shipped with reportlab), as round 8 does, so that it extracts as "•".
pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
BULLET = ParagraphStyle("Bullet11", parent=BODY, leftIndent=18, bulletIndent=6, bulletFontName="Vera")
SUB = ParagraphStyle("Sub11", parent=BODY, leftIndent=36, firstLineIndent=-18)


def bullet(text: str):
    return Paragraph(text, BULLET, bulletText="\u2022")


def sub(text: str):
    return Paragraph(text, SUB)


SANDWELL_WEAKNESSES = [
    "Leaders across education, health and care did not have a shared understanding of the strengths and "
    "weaknesses of the local area;",
    "the waiting times for assessment on the autism spectrum disorder pathway were too long, and families "
    "received little support while they waited;",
    "the quality of EHC plans was poor, and plans did not reflect the views of children and young people; and",
    "too many children and young people with SEND were excluded from school, or were on part-time timetables, "
    "without the local area knowing.",
]
SANDWELL_RECOMMENDATIONS = [
    "Approve the Accelerated Progress Plan at Appendix 1 for submission to the Department for Education and NHS "
    "England.",
    "Authorise the Director of Children and Education, in consultation with the Cabinet Member for Children and "
    "Education, to make any amendments to the Plan that the Department for Education requests.",
    "Refer the Plan to the Children's Services and Education Scrutiny Board for its comments.",
]
MERTON_AREAS = [
    "Leaders should make sure that EHC plans are reviewed annually and amended promptly, so that they reflect "
    "children and young people's current needs and aspirations.",
    "The ICB should reduce waiting times for the neurodevelopmental assessment pathway, which are too long for "
    "children over the age of five.",
    "Leaders should improve the sufficiency of specialist places for pupils with social, emotional and mental "
    "health needs, so that fewer children are placed in independent schools outside the borough.",
    "Leaders should strengthen the planning for young people's transition to adult social care and adult health "
    "services, so that it begins at an early stage.",
]
MERTON_RECOMMENDATIONS = [
    "That the Panel notes the outcome of the area SEND inspection of the Merton local area partnership.",
    "That the Panel comments on the partnership's updated SEND strategy and action plan.",
    "That the Panel agrees to receive a progress update at its meeting in June 2025.",
]
WARWICKSHIRE_ROWS = [
    ("Leaders across education, health and care do not have a shared and accurate understanding of the needs of "
     "children and young people with SEND in Warwickshire.", "Priority action"),
    ("Too many children and young people wait too long for their needs to be assessed, and too many EHC plans are "
     "not issued within 20 weeks.", "Priority action"),
    ("Communication with parents and carers is poor, and families do not know who to contact or receive timely "
     "replies.", "Area for improvement"),
    ("Waiting times for speech and language therapy and for the neurodevelopmental pathway are too long.",
     "Area for improvement"),
    ("There are not enough specialist places close to home, so some children travel long distances to school.",
     "Area for improvement"),
]
WARWICKSHIRE_RESOLVED = [
    "That Cabinet notes the progress made in delivering the Priority Action Plan since it was submitted to Ofsted "
    "on 8 December 2023.",
    "That Cabinet approves the expansion of specialist provision at Exhall Grange and at the new Stratford resource "
    "base, at a total capital cost of £4.2m.",
    "That Cabinet delegates to the Executive Director for Children and Young People, in consultation with the "
    "Portfolio Holder for Children and Families, authority to agree the revised SEND communications protocol.",
    "That Cabinet requests a further progress report in July 2024.",
]


def sandwell_report() -> Path:
    """A Cabinet report: numbered paragraphs, a lettered list of weaknesses, an implications table."""
    pages = [
        [
            title("Report to Cabinet"),
            table([
                ["Date of meeting:", "20 April 2022"],
                ["Subject:", "SEND Accelerated Progress Plan"],
                ["Cabinet Member:", "Cabinet Member for Children and Education, Councillor Simran Kalsi-Beaumont"],
                ["Director:", "Director of Children and Education, Ruth Abernethy-Cole"],
                ["Key Decision:", "No"],
                ["Contact Officer:", "Gareth Ilesanmi-Webb, Head of SEND, gareth_ilesanmi-webb@sandwell.gov.uk"],
            ], [4 * cm, 12 * cm]),
            heading("1 Recommendations"),
            body("That Cabinet:"),
            body("1. " + SANDWELL_RECOMMENDATIONS[0]),
            body("2. " + SANDWELL_RECOMMENDATIONS[1]),
            body("3. " + SANDWELL_RECOMMENDATIONS[2]),
            heading("2 Reasons for Recommendations"),
            body("2.1 The Department for Education and NHS England require an Accelerated Progress Plan from every "
                 "local area in which a re-visit finds that insufficient progress has been made. Sandwell's plan "
                 "must be agreed with them by 27 May 2022."),
            heading("3 How does this deliver objectives of the Corporate Plan?"),
            body("3.1 The plan supports the ambition that the people of Sandwell live well and age well, and that "
                 "children have the best start in life."),
        ],
        [
            heading("4 Context and Key Issues"),
            body("4.1 Ofsted and the Care Quality Commission inspected the Sandwell local area in December 2019. The "
                 "inspection letter was published on 5 February 2020 and required the local area to produce a "
                 "Written Statement of Action, which Ofsted declared fit for purpose on 29 June 2020."),
            body("4.2 Inspectors re-visited the local area between 17 and 19 January 2022. The re-visit letter was "
                 "published on 1 March 2022. It considered the four significant weaknesses identified in 2019, which "
                 "were that:"),
            sub("(a) " + SANDWELL_WEAKNESSES[0]),
            sub("(b) " + SANDWELL_WEAKNESSES[1]),
            sub("(c) " + SANDWELL_WEAKNESSES[2]),
            sub("(d) " + SANDWELL_WEAKNESSES[3]),
            body("4.3 Inspectors judged that sufficient progress had been made in (a) and (d). They praised the "
                 "SEND Partnership Board's new self-evaluation and the Inclusion Support Team's work with secondary "
                 "schools. Sufficient progress had not been made in (b) and (c)."),
            body("4.4 The Accelerated Progress Plan therefore concentrates on the autism pathway and on the quality of "
                 "EHC plans. It was drafted with Sandwell Parent Carer Forum and the Black Country Integrated Care "
                 "Board."),
        ],
        [
            heading("5 Implications"),
            table([
                ["<b>Resources:</b>", "The plan will be delivered within existing budgets. Implications verified by "
                                      "Lorna Beasley-Hunt, Finance Business Partner."],
                ["<b>Legal and Governance:</b>", "The Council must have regard to the SEND Code of Practice. "
                                                 "Implications verified by Anwar Sidhu-Grant, Solicitor."],
                ["<b>Equality:</b>", "The plan will have a positive impact on children and young people with "
                                     "disabilities."],
            ], [4 * cm, 12 * cm]),
            heading("6 Appendices"),
            body("Appendix 1 - SEND Accelerated Progress Plan, April 2022"),
            heading("7 Background Papers"),
            body("Ofsted and CQC re-visit letter, Sandwell local area, 1 March 2022."),
            body("<b>Ruth Abernethy-Cole</b>"),
            body("Director of Children and Education"),
        ],
    ]
    return write("sandwell/round11-2022-04-20-cabinet/SEND Accelerated Progress Plan.pdf", pages,
                 "Sandwell Metropolitan Borough Council", "Cabinet 20 April 2022", "OFFICIAL",
                 page_label="{n}")


def merton_report() -> Path:
    """A scrutiny report whose appendix reproduces the inspection report's 'What needs to improve'."""
    pages = [
        [
            title("Committee: Children and Young People Overview and Scrutiny Panel"),
            body("<b>Date:</b> 12 February 2025"),
            body("<b>Wards:</b> All"),
            body("<b>Subject:</b> Area SEND inspection of the Merton local area partnership"),
            body("<b>Lead officer:</b> Elaine Fitzgibbon-Ward, Executive Director, Children, Lifelong Learning and "
                 "Families"),
            body("<b>Lead member:</b> Councillor Nadia Qureshi-Holm, Cabinet Member for Children and Education"),
            body("<b>Contact officer:</b> Simon Arkwright-Dee, Head of SEN and Disability Integrated Service; "
                 "simon.arkwright-dee@merton.gov.uk; 020 8545 3981"),
            heading("Recommendations:"),
            body("A. " + MERTON_RECOMMENDATIONS[0]),
            body("B. " + MERTON_RECOMMENDATIONS[1]),
            body("C. " + MERTON_RECOMMENDATIONS[2]),
            heading("1 Purpose of report and executive summary"),
            body("1.1 Ofsted and the Care Quality Commission carried out an area SEND inspection of the Merton local "
                 "area partnership from 4 to 22 November 2024. The inspection report was published on 20 December "
                 "2024."),
            body("1.2 The partnership received the highest of the three outcomes: its arrangements typically lead to "
                 "positive experiences and outcomes for children and young people with SEND. The next full "
                 "inspection will take place within five years."),
        ],
        [
            body("1.3 Inspectors highlighted the strength of the partnership's early years inclusion work, the "
                 "Merton Parent Forum's part in shaping services, and the quality of the post-16 offer at South "
                 "Thames College. They also identified four areas for improvement, reproduced in Appendix 1 exactly "
                 "as they appear in the report."),
            heading("2 Details"),
            body("2.1 The partnership is not required to submit a plan to Ofsted but has updated its SEND strategy "
                 "and action plan to address the areas for improvement. The draft was agreed by the SEND Partnership "
                 "Board on 23 January 2025."),
            body("2.2 Members of the Panel asked at their meeting in November 2024 about the use of independent "
                 "school placements. The number of such placements has risen from 84 to 97 in two years."),
            heading("3 Financial, resource and property implications"),
            body("3.1 None arising directly from this report. Verified by Tobias Ng-Laurent, Head of Finance, "
                 "Children's Services."),
            heading("Appendix 1: Extract from the inspection report"),
            heading("What needs to improve?"),
            bullet(MERTON_AREAS[0]),
            bullet(MERTON_AREAS[1]),
            bullet(MERTON_AREAS[2]),
        ],
        [
            bullet(MERTON_AREAS[3]),
            heading("Appendix 2: Background papers"),
            body("Area SEND inspection of Merton Local Area Partnership, Ofsted and CQC, 20 December 2024."),
            body("Merton SEND Strategy 2023-2027."),
        ],
    ]
    return write("merton/round11-2025-02-12-children-and-young-people-overview-and-scrutiny-panel/"
                 "Area SEND Inspection Report.pdf", pages, "London Borough of Merton",
                 "Overview and Scrutiny Panel", "Children and Young People Overview and Scrutiny Panel - 12 February 2025",
                 page_label="Page {n} of {total}")


def warwickshire_minutes() -> Path:
    """Cabinet minutes: a ruled 'Finding | Type' table, resolutions (1) to (4) across a page break."""
    rows = [["<b>Finding</b>", "<b>Type</b>"]] + [list(row) for row in WARWICKSHIRE_ROWS]
    pages = [
        [
            title("Cabinet"),
            body("Minutes of the meeting held on Thursday 8 February 2024 at Shire Hall, Warwick"),
            body("<b>Present</b>"),
            body("Cabinet Members: Councillor Isobel Wakeling-Thorne (Chair), Councillor Peter Butlin-Reyes, "
                 "Councillor Jeff Clarke-Monteith, Councillor Sue Markham-Lowe and Councillor Heather Timms-Bradley"),
            body("Non-Cabinet Members: Councillor Sarah Boad-Whitfield and Councillor John Holland-Price"),
            body("Officers: Nigel Minns-Howarth (Executive Director for Children and Young People), Chris Baird-Lennox "
                 "(Director of Education), Sioned Harper-Gale (Democratic Services Officer)"),
            heading("1. General"),
            body("(1) Apologies: none."),
            body("(2) Disclosures of Pecuniary and Non-Pecuniary Interests: none."),
            body("(3) Minutes of the previous meeting: the minutes of the meeting held on 11 January 2024 were "
                 "agreed as a correct record and signed by the Chair."),
            body("(4) Public Speaking: Ms Rebecca Hurst-Leyland spoke about the distance her son travels to his "
                 "special school each day."),
            heading("2. SEND and Inclusion: Priority Action Plan Update"),
            body("Councillor Markham-Lowe, Portfolio Holder for Children and Families, introduced the report. The "
                 "area SEND inspection, held between 11 and 15 September 2023, had found widespread and/or systemic "
                 "failings; the report had been published on 27 October 2023. The findings on which the Priority "
                 "Action Plan was built were summarised in the report as follows:"),
            table(rows, [12.5 * cm, 3.5 * cm]),
        ],
        [
            body("Chris Baird-Lennox, Director of Education, said that the first progress review with the Department "
                 "for Education and NHS England had taken place on 18 January 2024. Advisers had found the plan "
                 "realistic and welcomed the joint work with Coventry and Warwickshire ICB."),
            body("Councillor Boad-Whitfield said that she was concerned that the expansion of specialist places in "
                 "the south of the county would not be ready until September 2025, and asked how children would be "
                 "supported in the meantime. Councillor Holland-Price asked that members be told how many EHC plans "
                 "were overdue in each district."),
            body("The Chair thanked parents, carers and officers. Having considered the report, it was"),
            body("<b>Resolved</b>"),
            body("(1) " + WARWICKSHIRE_RESOLVED[0]),
            body("(2) " + WARWICKSHIRE_RESOLVED[1]),
        ],
        [
            body("(3) " + WARWICKSHIRE_RESOLVED[2]),
            body("(4) " + WARWICKSHIRE_RESOLVED[3]),
            heading("3. Reports Containing Confidential or Exempt Information"),
            body("None."),
            body("The meeting rose at 2.35 pm."),
            body("Chair"),
        ],
    ]
    return write("warwickshire/round11-2024-03-14-cabinet/Minutes 8 February 2024.pdf", pages,
                 "Warwickshire County Council", "Cabinet - 8 February 2024", "Minutes", page_label="Page {n}")


def main() -> None:
    for make in (sandwell_report, merton_report, warwickshire_minutes):
        print(make().relative_to(CORPUS))


if __name__ == "__main__":
    main()
