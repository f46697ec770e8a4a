"""Write the three printed documents of the held-out round 9 (reportlab).

Round 9 is a blind batch: documents written with their gold before any extractor ran on them.
These three are the printed forms: a North Yorkshire officer report to an overview and scrutiny
committee whose areas for improvement stand in the first column of a ruled "Area for improvement |
Progress | RAG" table, with roman-numbered recommendations and a signature block; Southampton
scrutiny panel minutes in which the outcome letter's "must" points are quoted as bullets that run
from page 1 onto page 2, with deputations and resolutions across a page break; and an East Sussex
report to a Lead Member whose re-visit weaknesses are quoted one to a decimal sub-paragraph
("2.1.1" ...), each followed by the inspectors' judgement. Invented text, fictitious people. Each
page's content is fixed here with an explicit page break, so the gold's page numbers follow from
this script; the paragraph helpers and page furniture are round 4's and round 5's. The output is
deterministic (reportlab's invariant mode), so rerunning it rewrites identical files:

    /work/main/.venv/bin/python tests/heldout/make_round9_pdfs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_round4_pdfs import BODY, CORPUS, body, heading, table, title  # noqa: E402
from make_round5_pdfs import write  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Paragraph  # noqa: E402

BULLET = ParagraphStyle("Bullet9", parent=BODY, leftIndent=18, bulletIndent=6)


def bullet(text: str):
    return Paragraph(text, BULLET, bulletText="\u2013")


NORTH_YORKSHIRE_ROWS = [
    ("Leaders should improve the timeliness of EHC needs assessments so that more plans are issued within 20 "
     "weeks.",
     "Six additional assessment co-ordinators recruited; plans issued within 20 weeks rose to 41% in May 2024.",
     "Amber"),
    ("Leaders should make sure that the views of children and young people are consistently captured in EHC "
     "plans and annual reviews.",
     "New person-centred templates in use since April; audit of 60 plans completed.",
     "Green"),
    ("The ICB should reduce the waiting times for speech and language therapy in the Craven and Harrogate "
     "localities.",
     "Business case for additional therapists with the ICB; waits not yet falling.",
     "Red"),
    ("Leaders should make sure that post-16 providers receive timely information about the needs of young "
     "people with EHC plans who are moving on from school.",
     "Transition protocol agreed with colleges; first transfers due this summer.",
     "Amber"),
    ("Leaders should improve their oversight of the use of part-time timetables for pupils with SEND.",
     "Schools now notify the local authority of every part-time timetable; termly reports to the Board.",
     "Amber"),
]
NORTH_YORKSHIRE_RECOMMENDATIONS = [
    "note the outcome of the area SEND inspection and the progress made since the report was published;",
    "comment on the partnership's updated strategic action plan; and",
    "agree to receive a further update on speech and language therapy waiting times in January 2025.",
]
SOUTHAMPTON_MUSTS = [
    "urgently improve the timeliness of EHC needs assessments and the quality of the plans that are produced, "
    "including the contributions of health and social care;",
    "make sure that leaders across education, health and care have an accurate, shared understanding of the "
    "needs of children and young people with SEND, and use it to plan and commission services; and",
    "reduce the number of children with SEND who are persistently absent from school or are on reduced "
    "timetables.",
]
SOUTHAMPTON_RESOLVED = [
    "that the Panel notes the outcome of the area SEND inspection and the areas for priority action;",
    "that the Executive Director be asked to share the Priority Action Plan with the Panel before it is "
    "submitted;",
    "that the Panel receives a report on neurodevelopmental waiting times at its meeting on 13 March 2025; and",
    "that the Panel's thanks be recorded to the parents and young people who met the inspectors.",
]
EAST_SUSSEX_RECOMMENDATIONS = [
    "note the outcome of the Ofsted and Care Quality Commission re-visit of the East Sussex local area;",
    "approve the Accelerated Progress Plan at Appendix 1 for submission to the Department for Education; and",
    "agree that progress against the Accelerated Progress Plan is reported to the Lead Member every six months.",
]
EAST_SUSSEX_WEAKNESSES = [
    "The lack of a shared strategic vision for SEND across education, health and care, and the absence of "
    "robust self-evaluation.",
    "The variable quality of EHC plans, many of which did not reflect children's needs or include contributions "
    "from health and social care.",
    "The high proportion of children and young people with SEND who are excluded from school, either "
    "permanently or for a fixed period.",
    "The weak arrangements for preparing young people with SEND for adulthood, including their transfer to "
    "adult health and social care services.",
]


def north_yorkshire_report() -> Path:
    """An officer report: numbered sections, a ruled table of areas for improvement, a signature block."""
    pages = [
        [
            title("North Yorkshire Council"),
            body("<b>Children and Young People's Overview and Scrutiny Committee</b>"),
            body("<b>21 June 2024</b>"),
            body("<b>Area SEND Inspection: Outcome and Strategic Action Plan</b>"),
            body("<b>Report of the Corporate Director, Children and Young People's Service</b>"),
            heading("1.0 PURPOSE OF REPORT"),
            body("1.1 To inform Members of the outcome of the area SEND inspection of the North Yorkshire local "
                 "area partnership and of the partnership's response."),
            heading("2.0 BACKGROUND"),
            body("2.1 Ofsted and the Care Quality Commission carried out an inspection of the North Yorkshire "
                 "local area partnership between 15 January and 2 February 2024, under the framework introduced "
                 "in 2023. The inspection report was published on 12 March 2024."),
            body("2.2 Inspectors judged that the partnership's arrangements lead to inconsistent experiences and "
                 "outcomes for children and young people with SEND. They found that children's needs are "
                 "identified early in most of the county and that the SEND Information, Advice and Support "
                 "Service is highly valued by families."),
            body("2.3 The report identified five areas for improvement. These are set out in the first column of "
                 "the table on the next page, with a summary of the progress made so far and the partnership's "
                 "own rating of that progress."),
        ],
        [
            table([["<b>Area for improvement</b>", "<b>Progress since March 2024</b>", "<b>RAG</b>"]]
                  + [list(row) for row in NORTH_YORKSHIRE_ROWS], [7.5 * cm, 6.5 * cm, 2 * cm]),
            body("2.4 The Executive Member for Education, Learning and Skills, Councillor Annabel Wilkes-Thorne, "
                 "has been briefed on the table above and has asked for the speech and language therapy waits to "
                 "be reported to the Executive."),
        ],
        [
            heading("3.0 STRATEGIC ACTION PLAN"),
            body("3.1 The partnership's updated strategic action plan was submitted to Ofsted on 22 April 2024. "
                 "It was written with North Yorkshire Parent Carer Voice and tested with the young people's "
                 "SEND ambassadors."),
            body("3.2 The Department for Education and NHS England will hold their first stocktake meeting with "
                 "the partnership in July 2024."),
            heading("4.0 FINANCIAL IMPLICATIONS"),
            body("4.1 The additional assessment co-ordinators are funded from the High Needs Block. There are no "
                 "further financial implications arising from this report."),
            heading("5.0 LEGAL IMPLICATIONS"),
            body("5.1 There are no legal implications arising from this report."),
            heading("6.0 RECOMMENDATIONS"),
            body("6.1 Members are asked to:"),
            body("i) " + NORTH_YORKSHIRE_RECOMMENDATIONS[0]),
            body("ii) " + NORTH_YORKSHIRE_RECOMMENDATIONS[1]),
            body("iii) " + NORTH_YORKSHIRE_RECOMMENDATIONS[2]),
        ],
        [
            body("Stuart Kettlewell-Dunn"),
            body("Corporate Director - Children and Young People's Service"),
            body("County Hall, Northallerton"),
            body("7 June 2024"),
            body("Report Author: Helena Oddie-Marsh, Assistant Director - Inclusion"),
            body("Contact: helena.oddie-marsh@northyorks.gov.uk, 01609 532918"),
            body("Background documents: None"),
        ],
    ]
    return write("north-yorkshire/round9-2024-06-21-children-and-young-peoples-overview-and-scrutiny-committee/"
                 "SEND Inspection Update.pdf", pages, "OFFICIAL",
                 "Children and Young People's Overview and Scrutiny Committee - 21 June 2024",
                 "North Yorkshire Council", page_label="Page {n} of {total}")


def southampton_minutes() -> Path:
    """Scrutiny panel minutes: quoted "must" bullets across a page break, resolutions across another."""
    pages = [
        [
            title("SOUTHAMPTON CITY COUNCIL"),
            body("<b>MINUTES OF THE CHILDREN AND FAMILIES SCRUTINY PANEL HELD ON 23 JANUARY 2025</b>"),
            body("<u>Present:</u> Councillors Imran Whitlock-Eze (Chair), Beatrice Lamb (Vice-Chair), Colette "
                 "Fairclough-Noor, Hugh Pennington and Samira Aziz-Tranter"),
            body("<u>Apologies:</u> Councillor Derek Bellingham-Roe"),
            body("<u>Appointed Members:</u> Mrs Lorraine Cheadle (Parent Governor Representative)"),
            body("<u>Also in attendance:</u> Councillor Paula Ventry-Cole, Cabinet Member for Children and Learning"),
            body("<u>Officers:</u> Rob Henley-Akande (Executive Director - Children and Learning), Marisa Twomey "
                 "(Head of SEND), Ellie Fordham-Grant (Scrutiny Manager)"),
            heading("24. MINUTES OF THE PREVIOUS MEETING (INCLUDING MATTERS ARISING)"),
            body("<u>RESOLVED</u>: that the minutes of the meeting held on 28 November 2024 be approved and signed "
                 "as a correct record."),
            heading("25. DEPUTATIONS, PETITIONS AND PUBLIC QUESTIONS"),
            body("The Panel received a deputation from Ms Georgina Fellowes-Abiola, who described the two years her "
                 "daughter had spent on a reduced timetable, and a question from Mr Tomasz Wierzbicki about the "
                 "waiting list for autism assessments in the west of the city."),
            heading("26. AREA SEND INSPECTION - OUTCOME"),
            body("The Panel considered the report of the Executive Director - Children and Learning on the "
                 "inspection of the Southampton local area partnership by Ofsted and the Care Quality Commission. "
                 "The inspection took place between 4 and 22 November 2024 and the report was published on 10 "
                 "January 2025. Inspectors found widespread and/or systemic failings leading to significant "
                 "concerns about the experiences and outcomes of children and young people with SEND."),
            body("Quoting the letter, the Executive Director reminded the Panel that leaders across the "
                 "partnership must:"),
            bullet(SOUTHAMPTON_MUSTS[0]),
        ],
        [
            bullet(SOUTHAMPTON_MUSTS[1]),
            bullet(SOUTHAMPTON_MUSTS[2]),
            body("The letter also asked the integrated care board to improve access to the neurodevelopmental "
                 "pathway, where some children had waited more than three years for an assessment."),
            body("The Head of SEND explained that the Priority Action Plan would be submitted to Ofsted by 21 "
                 "February 2025 and that the Department for Education had indicated that it would consider "
                 "further intervention once the plan had been seen."),
            body("Members welcomed the inspectors' praise for the city's early years settings and special "
                 "schools. Councillor Pennington expressed concern about the cost of home to school transport, "
                 "and Councillor Lamb asked how many children were currently on reduced timetables; the Head of "
                 "SEND agreed to provide the figure. Mrs Cheadle said that headteachers needed more help from "
                 "the educational psychology service."),
            body("<u>RESOLVED</u>:"),
            body("(i) " + SOUTHAMPTON_RESOLVED[0]),
            body("(ii) " + SOUTHAMPTON_RESOLVED[1]),
        ],
        [
            body("(iii) " + SOUTHAMPTON_RESOLVED[2]),
            body("(iv) " + SOUTHAMPTON_RESOLVED[3]),
            heading("27. MONITORING SCRUTINY RECOMMENDATIONS"),
            body("The Panel noted the progress made against the recommendations it had made to the Executive."),
            body("The meeting closed at 7.45 pm."),
        ],
    ]
    return write("southampton/round9-2025-03-13-children-and-families-scrutiny-panel/Minutes 23 January 2025.pdf",
                 pages, "Children and Families Scrutiny Panel", "Thursday, 23 January 2025",
                 "Southampton City Council", page_label="{n}")


def east_sussex_report() -> Path:
    """A report to a Lead Member: a header table, recommendations, decimal sub-paragraphs per weakness."""
    pages = [
        [
            title("East Sussex County Council"),
            table([
                ["Report to:", "Lead Member for Education and Inclusion, Special Educational Needs and Disability"],
                ["Date of meeting:", "18 September 2023"],
                ["By:", "Director of Children's Services"],
                ["Title:", "Outcome of the local area SEND re-visit"],
                ["Purpose:", "To inform the Lead Member of the outcome of the re-visit and to seek approval of "
                             "the Accelerated Progress Plan"],
            ], [4 * cm, 12 * cm]),
            body("<b>RECOMMENDATIONS: The Lead Member is recommended to:</b>"),
            body("(1) " + EAST_SUSSEX_RECOMMENDATIONS[0]),
            body("(2) " + EAST_SUSSEX_RECOMMENDATIONS[1]),
            body("(3) " + EAST_SUSSEX_RECOMMENDATIONS[2]),
            heading("1. Background"),
            body("1.1 Ofsted and the Care Quality Commission inspected the East Sussex local area on 4 - 8 March "
                 "2019. The inspection letter, published on 26 April 2019, identified four areas of significant "
                 "weakness and required the local area to produce a Written Statement of Action, which was "
                 "declared fit for purpose on 2 October 2019."),
            body("1.2 Inspectors re-visited the local area on 19-21 June 2023 to decide whether sufficient "
                 "progress had been made in each area. Their letter was published on 8 August 2023."),
        ],
        [
            heading("2. Supporting information"),
            body("2.1 The re-visit letter considers each of the four areas of significant weakness in turn."),
            body("2.1.1 <i>\u201c" + EAST_SUSSEX_WEAKNESSES[0] + "\u201d</i>"),
            body("Inspectors judged that the area has made sufficient progress. A SEND strategy has been agreed "
                 "by all partners and the partnership's self-evaluation is accurate."),
            body("2.1.2 <i>\u201c" + EAST_SUSSEX_WEAKNESSES[1] + "\u201d</i>"),
            body("Inspectors judged that the area has made sufficient progress. Plans now describe children's "
                 "needs well, although some health advice is still late."),
            body("2.1.3 <i>\u201c" + EAST_SUSSEX_WEAKNESSES[2] + "\u201d</i>"),
            body("Inspectors judged that the area has not made sufficient progress. Suspensions of pupils with "
                 "EHC plans have risen since 2019."),
            body("2.1.4 <i>\u201c" + EAST_SUSSEX_WEAKNESSES[3] + "\u201d</i>"),
            body("Inspectors judged that the area has not made sufficient progress. Too few young people have a "
                 "transition plan by the age of 17."),
            body("2.2 Because sufficient progress has not been made in two areas, the Department for Education "
                 "requires the local area to agree an Accelerated Progress Plan (APP). The draft APP is at "
                 "Appendix 1 and must be submitted by 29 September 2023."),
        ],
        [
            heading("3. Conclusion and reasons for recommendations"),
            body("3.1 The re-visit recognised real improvement in leadership and in the quality of EHC plans. The "
                 "APP focuses the partnership's effort on the two areas where progress has not been sufficient."),
            body("<b>CAROLYN WORTHINGTON-FELL</b>"),
            body("Director of Children's Services"),
            body("Contact Officer: Nathaniel Brereton-Cox, Head of SEND Strategy"),
            body("Tel. No. 01273 336794"),
            body("Email: nathaniel.brereton-cox@eastsussex.gov.uk"),
            body("LOCAL MEMBERS: All"),
            body("BACKGROUND DOCUMENTS: None"),
        ],
    ]
    return write("east-sussex/round9-2023-09-18-lead-member-for-education-and-inclusion-special-educational-needs-"
                 "and-disability/SEND Revisit Report.pdf", pages, "East Sussex County Council",
                 "Lead Member decision - 18 September 2023", "OFFICIAL", page_label="Page {n}")


def main() -> None:
    for make in (north_yorkshire_report, southampton_minutes, east_sussex_report):
        print(make().relative_to(CORPUS))


if __name__ == "__main__":
    main()
