"""Write the three printed documents of the held-out round 12 (reportlab).

Round 12 is a blind batch: documents written with their gold before any extractor ran on them,
in councils of the earlier rounds but in forms those councils' earlier documents did not have.
These three are the printed forms: a South Tyneside select committee report whose 2019
weaknesses stand as "a) ... e)" items after "The 2019 letter identified these areas:", the list
breaking from page 1 to page 2, with a later paragraph giving the re-visit's judgement by letter;
an Islington Executive report quoting the outcome report's "What does the local area partnership
need to do better?" as plain paragraphs in a shaded box, with "2.1 ... 2.3" recommendations; and
a Stockton-on-Tees Cabinet Decision Record with the areas for improvement as bullets after
"Inspectors asked the partnership to address the following:" and "RESOLVED that:" over "1. ...
4.". Invented text, fictitious people. Each page's content is fixed here with an explicit page
break, so the gold's page numbers follow from this script. The output is deterministic
(reportlab's invariant mode), so rerunning it rewrites identical files:

    /work/main/.venv/bin/python tests/heldout/make_round12_pdfs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_round4_pdfs import BODY, body, heading, table, title  # noqa: E402
from make_round5_pdfs import write  # noqa: E402
from reportlab import rl_config  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, Table, TableStyle  # noqa: E402

rl_config.invariant = 1
# The bullet glyph is set in Vera (shipped with reportlab), as round 8 does, so that it extracts as "•".
pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
BULLET = ParagraphStyle("Bullet12", parent=BODY, leftIndent=18, bulletIndent=6, bulletFontName="Vera")
HANGING = ParagraphStyle("Hanging12", parent=BODY, leftIndent=24, firstLineIndent=-18)


def bullet(text: str):
    return Paragraph(text, BULLET, bulletText="\u2022")


def hanging(text: str):
    return Paragraph(text, HANGING)


def shaded(paragraphs: list[str]):
    """A quoted passage in a shaded box with no rules, as reports set an extract."""
    box = Table([[Paragraph(text, BODY)] for text in paragraphs], colWidths=[15.5 * cm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEEEEE")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10)]))
    return box


SOUTH_TYNESIDE_AREAS = [
    "a) the lack of a clear and shared understanding among leaders of the local area's strengths and weaknesses;",
    "b) the absence of joint commissioning arrangements for therapy services;",
    "c) the poor quality of EHC plans, and the limited contribution to them from health and social care;",
    "d) weak arrangements for moving from children's to adult health services; and",
    "e) the high proportion of children with SEND who are excluded or on part-time timetables.",
]


def south_tyneside_report() -> Path:
    pages = [
        [
            title("SOUTH TYNESIDE COUNCIL"),
            heading("People Select Committee - 7 October 2021"),
            table([["Report of:", "Corporate Director, Children, Adults and Health"],
                   ["Title:", "SEND Re-visit: Outcome and Next Steps"],
                   ["Contact officer:", "Gail Thornbury, Strategic Lead for SEND and Inclusion, "
                    "gail.thornbury@southtyneside.gov.uk, 0191 424 6372"]], [4 * cm, 12 * cm]),
            heading("1. Purpose of the report"),
            body("1.1 To inform the Select Committee of the outcome of the Ofsted and Care Quality Commission re-visit "
                 "to South Tyneside, which took place between 22 and 24 June 2021."),
            heading("2. Background"),
            body("2.1 The local area was inspected from 4 to 8 March 2019 and the inspection letter was published on "
                 "2 May 2019. The Written Statement of Action was submitted on 31 July 2019 and declared fit for "
                 "purpose on 23 September 2019. Since then progress has been monitored by the Department for Education "
                 "and NHS England at regular review meetings, most recently on 11 March 2021."),
            body("2.2 The 2019 letter identified these areas:"),
            hanging(SOUTH_TYNESIDE_AREAS[0]),
            hanging(SOUTH_TYNESIDE_AREAS[1]),
            hanging(SOUTH_TYNESIDE_AREAS[2]),
        ],
        [
            hanging(SOUTH_TYNESIDE_AREAS[3]),
            hanging(SOUTH_TYNESIDE_AREAS[4]),
            heading("3. Outcome of the re-visit"),
            body("3.1 The re-visit letter was published on 9 August 2021. Inspectors judged that the area had made "
                 "sufficient progress in addressing a), b) and d), but had not made sufficient progress in addressing "
                 "c) and e)."),
            body("3.2 Inspectors noted that leaders now have an accurate view of the area's strengths and weaknesses, "
                 "that the jointly commissioned speech and language therapy service is valued by schools, and that "
                 "young people praised the new transition clinic at South Tyneside District Hospital."),
            body("3.3 Because sufficient progress has not been made in two areas, the Department for Education and NHS "
                 "England require the area to produce an Accelerated Progress Plan. This must be submitted by "
                 "15 October 2021."),
            heading("4. Next steps"),
            body("4.1 A draft of the Accelerated Progress Plan has been shared with South Tyneside Parent Carer Forum "
                 "and will be considered by the SEND Strategic Board on 30 September 2021. The Plan's first priorities "
                 "are an audit of every EHC plan issued in the last year and a review of each part-time timetable."),
        ],
        [
            heading("5. Recommendations"),
            body("5.1 It is recommended that the Select Committee:"),
            hanging("(i) notes the outcome of the SEND re-visit;"),
            hanging("(ii) comments on the draft Accelerated Progress Plan; and"),
            hanging("(iii) receives a report on progress against the Accelerated Progress Plan in March 2022."),
            heading("6. Background papers"),
            body("Ofsted and CQC, Joint local area SEND re-visit in South Tyneside, letter of 9 August 2021."),
            body("Portfolio holder consulted: Councillor Adele Crossley, Lead Member for Children, Young People and "
                 "Families."),
        ],
    ]
    return write("south-tyneside/round12-2021-10-07-people-select-committee/SEND Revisit Outcome Report.pdf", pages,
                 "People Select Committee", "7 October 2021", "South Tyneside Council")


ISLINGTON_BETTER = [
    "Leaders should improve the timeliness of EHC needs assessments and make sure that the advice from health and "
    "social care is of a consistently good quality.",
    "Leaders should make sure that children and young people who are not in full-time education, including those "
    "waiting for a specialist placement, receive suitable support without delay.",
    "The ICB should work with its providers to reduce waiting times for occupational therapy and physiotherapy, and "
    "make sure families know what help is available while they wait.",
]


def islington_report() -> Path:
    pages = [
        [
            title("Islington Council - Report of the Executive Member for Children, Young People and Families"),
            table([["Meeting of:", "Date:", "Ward(s):"], ["Executive", "18 July 2024", "All"]],
                  [6 * cm, 5 * cm, 5 * cm]),
            heading("SUBJECT: SEND Strategy 2024-2028 and the response to the area SEND inspection"),
            heading("1. Synopsis"),
            body("1.1 Ofsted and the CQC carried out an inspection of the Islington local area partnership beginning "
                 "on 15 January 2024. Their report, published on 1 March 2024, found that the partnership's "
                 "arrangements typically lead to positive experiences and outcomes for children and young people with "
                 "SEND, the highest of the three possible outcomes. This report presents the SEND Strategy 2024-2028, "
                 "which responds to the report's recommendations."),
            heading("2. Recommendations"),
            body("2.1 To agree the SEND Strategy 2024-2028 at Appendix A."),
            body("2.2 To note the outcome of the area SEND inspection and the partnership's response to it."),
            body("2.3 To delegate authority to the Corporate Director of Children's Services, in consultation with the "
                 "Executive Member for Children, Young People and Families, to agree the annual action plan that "
                 "supports the Strategy."),
        ],
        [
            heading("3. Background"),
            body("3.1 The inspectors found much to praise. Children with SEND are identified early, family hubs offer "
                 "well-regarded support and young people are well prepared for adult life. The report also set out "
                 "what the partnership needs to do better, which is reproduced below in full:"),
            shaded(["What does the local area partnership need to do better?"] + ISLINGTON_BETTER),
            body("3.2 The partnership submitted an action plan responding to these recommendations to Ofsted on "
                 "28 March 2024. The SEND Strategy builds on that plan over four years."),
            body("3.3 Members of the Children's Services Scrutiny Committee asked, at their meeting on 16 April 2024, "
                 "that the Strategy include clear targets for the timeliness of EHC plans. These are at section 5 of "
                 "Appendix A."),
        ],
        [
            heading("4. Implications"),
            body("4.1 Financial implications: the Strategy will be delivered within existing budgets, including the "
                 "High Needs Block. Financial implications provided by Tom Adeyemi-Clarke, Head of Finance (Children's "
                 "Services)."),
            body("4.2 Legal implications: the Children and Families Act 2014 places duties on the Council in relation "
                 "to children and young people with SEND. Legal implications provided by Rosa Lindgren, Senior "
                 "Lawyer."),
            body("4.3 Resident impact assessment: a resident impact assessment was completed on 24 June 2024."),
            heading("5. Reason for recommendations"),
            body("5.1 The Strategy sets out how the partnership will sustain the strengths the inspectors found and "
                 "address the areas they asked it to improve."),
            table([["Signed by:", "Councillor Nurul Haque-Martin, Executive Member for Children, Young People and "
                    "Families", "Date: 5 July 2024"],
                   ["Report author:", "Siobhan Carraway, Head of SEND and Inclusion",
                    "Tel: 020 7527 4419 Email: siobhan.carraway@islington.gov.uk"]],
                  [3.5 * cm, 7 * cm, 5.5 * cm]),
        ],
    ]
    return write("islington/round12-2024-07-18-executive/SEND Strategy and inspection response.pdf", pages,
                 "Islington Council", "Executive, 18 July 2024", "Report of the Executive Member for Children, Young "
                 "People and Families")


STOCKTON_AREAS = [
    "Leaders should make sure that the voices of children and young people are heard and acted on when their EHC "
    "plans are reviewed.",
    "Leaders should improve the sufficiency of specialist school places in the borough, so that fewer children travel "
    "long distances to school.",
    "The ICB should reduce waiting times for the neurodevelopmental pathway, particularly for assessment of ADHD.",
    "Leaders should strengthen the quality assurance of EHC plans, so that plans are specific about the provision "
    "children need.",
]


def stockton_decision_record() -> Path:
    pages = [
        [
            title("CABINET DECISION RECORD"),
            table([["Cabinet Decision Record D240021", ""],
                   ["Cabinet - Thursday, 14 March 2024", ""],
                   ["Present:", "Cllr Joanne Pemberton (Chair), Cllr Carl Whitfield-Lowe, Cllr Asha Mistry, "
                    "Cllr Derek Hawley, Cllr Sian Roddam"],
                   ["Officers:", "Ruth Eccles-Barker (Director of Children's Services), Imran Dalal (Assistant "
                    "Director, Education and SEND), Lee Pattinson (Democratic Services)"],
                   ["Also in attendance:", "Cllr Graham Tully"]], [4 * cm, 12 * cm]),
            heading("CAB/77/23 Area SEND Inspection Outcome and SEND Improvement Plan"),
            body("Consideration was given to a report on the outcome of the local area SEND inspection, carried out by "
                 "Ofsted and the CQC from 6 to 10 November 2023, and on the partnership's SEND Improvement Plan."),
            body("The inspection report was published on 5 January 2024. The partnership was judged to have "
                 "arrangements that lead to inconsistent experiences and outcomes for children and young people with "
                 "SEND. Inspectors praised the early years inclusion team and the strength of joint working with "
                 "Stockton Parent Carer Forum. Inspectors asked the partnership to address the following:"),
            bullet(STOCKTON_AREAS[0]),
            bullet(STOCKTON_AREAS[1]),
            bullet(STOCKTON_AREAS[2]),
            bullet(STOCKTON_AREAS[3]),
            body("The SEND Improvement Plan, appended to the report, was agreed by the SEND Strategic Partnership Board "
                 "on 22 February 2024. It includes a new specialist resource base at a primary school in Billingham, "
                 "due to open in September 2024."),
        ],
        [
            body("Cllr Tully welcomed the plan but was concerned about the cost of home to school transport for "
                 "children placed outside the borough."),
            body("<b>RESOLVED</b> that:"),
            hanging("1. the outcome of the area SEND inspection be noted;"),
            hanging("2. the SEND Improvement Plan be endorsed;"),
            hanging("3. the Director of Children's Services, in consultation with the Cabinet Member for Children and "
                    "Young People, be authorised to submit the Plan to Ofsted; and"),
            hanging("4. a progress report be brought to Cabinet in October 2024."),
            heading("Reasons for the Decision"),
            body("The partnership is required to update its strategic plan following the inspection and to publish it "
                 "within 70 working days of the report's publication."),
            heading("Declarations of Interest"),
            body("Cllr Asha Mistry declared a personal non-prejudicial interest as a governor of a special school."),
            body("Publication date: 18 March 2024. These decisions will come into force on 25 March 2024 unless "
                 "called in."),
        ],
    ]
    return write("stockton-on-tees/round12-2024-03-14-cabinet/Cabinet Decision Record D240021.pdf", pages,
                 "Stockton-on-Tees Borough Council", "Cabinet Decision Record", "Cabinet - 14 March 2024",
                 page_label="{n}")


def main() -> None:
    for make in (south_tyneside_report, islington_report, stockton_decision_record):
        print(make())


if __name__ == "__main__":
    main()
