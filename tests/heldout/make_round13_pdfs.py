"""Write the three printed documents of the held-out round 13 (reportlab).

Round 13 is a blind batch: documents written with their gold before any extractor ran on them,
in councils of the earlier rounds but in forms those councils' earlier documents did not have.
These three are the printed forms: a Bath and North East Somerset scrutiny panel report whose
three areas for improvement stand as decimal sub-paragraphs "3.2.1 ... 3.2.3" after "The report's
three areas for improvement were that:", breaking from page 1 to page 2; a Cheshire West and
Chester Members' Briefing Note with the four 2019 weaknesses as dash items in a ruled box headed
by a title, and a "Key dates" table; and a St Helens Cabinet report whose five 2018 weaknesses are
enumerated with semicolons in one paragraph after "These concerned:", with "A. ... C."
recommendations. Invented text, fictitious people. Each page's content is fixed here with an
explicit page break, so the gold's page numbers follow from this script. The output is
deterministic (reportlab's invariant mode), so rerunning it rewrites identical files:

    /work/main/.venv/bin/python tests/heldout/make_round13_pdfs.py
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
from reportlab.platypus import Paragraph, Table, TableStyle  # noqa: E402

rl_config.invariant = 1
HANGING = ParagraphStyle("Hanging13", parent=BODY, leftIndent=36, firstLineIndent=-30)
DASH = ParagraphStyle("Dash13", parent=BODY, leftIndent=14, firstLineIndent=-10)


def hanging(text: str):
    return Paragraph(text, HANGING)


def boxed(heading_text: str, items: list[str]):
    """A ruled panel: a bold title row over dash items, as briefing notes set a summary."""
    rows = [[Paragraph(f"<b>{heading_text}</b>", BODY)]] + [[Paragraph(f"- {item}", DASH)] for item in items]
    box = Table(rows, colWidths=[15.5 * cm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black),
                             ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    return box


BANES_AREAS = [
    "3.2.1 the partnership should make sure that the needs of children and young people are identified accurately "
    "and early, particularly in the early years and in mainstream schools;",
    "3.2.2 leaders should improve the sufficiency of local specialist provision, so that fewer children and young "
    "people are placed in schools outside the area; and",
    "3.2.3 leaders should develop a joint approach to workforce development across education, health and care.",
]


def banes_report() -> Path:
    pages = [
        [
            title("Bath &amp; North East Somerset Council"),
            table([["MEETING:", "Children, Adults, Health and Wellbeing Policy Development and Scrutiny Panel"],
                   ["MEETING DATE:", "18 November 2024"],
                   ["TITLE:", "SEND Strategic Action Plan: one year on"],
                   ["WARD:", "All"]], [4 * cm, 12 * cm]),
            body("<b>AN OPEN PUBLIC ITEM</b>"),
            body("List of attachments to this report: Appendix 1 - SEND Strategic Action Plan progress tracker"),
            heading("1 THE ISSUE"),
            body("1.1 This report updates the Panel on the first year of the SEND Strategic Action Plan, which the "
                 "local area partnership wrote in response to the area SEND inspection."),
            heading("2 RECOMMENDATION"),
            body("The Panel is asked to;"),
            hanging("2.1 Note the progress made in the first year of the SEND Strategic Action Plan;"),
            hanging("2.2 Comment on the priorities proposed for the second year, set out in paragraph 3.6."),
            heading("3 THE REPORT"),
            body("3.1 Ofsted and the CQC inspected the partnership from 18 to 22 September 2023 and published their "
                 "report on 2 November 2023. The partnership's arrangements were judged to lead to inconsistent "
                 "experiences and outcomes for children and young people with SEND."),
            body("3.2 The report's three areas for improvement were that:"),
            hanging(BANES_AREAS[0]),
        ],
        [
            hanging(BANES_AREAS[1]),
            hanging(BANES_AREAS[2]),
            body("3.3 The Strategic Action Plan was submitted to Ofsted on 29 November 2023, ahead of the deadline of "
                 "1 December 2023. The Panel considered the inspection outcome at its meeting on 13 November 2023."),
            body("3.4 Inspectors also recognised strengths, including the support given to children with SEND in "
                 "the youth justice service and the commitment of the Parent Carer Forum."),
            body("3.5 Over the first year, the partnership has introduced a graduated approach toolkit for early years "
                 "settings, trained 140 teaching assistants through a joint workforce programme, and opened a new "
                 "resource base for autistic pupils at a secondary school in Keynsham in September 2024."),
            body("3.6 Proposed priorities for the second year are the sufficiency of local special school places, "
                 "the timeliness of annual reviews and the transfer of young people to adult health services."),
        ],
        [
            heading("4 STATUTORY CONSIDERATIONS"),
            body("4.1 The Children and Families Act 2014 places duties on the Council and the Integrated Care Board "
                 "in relation to children and young people with SEND."),
            heading("5 RESOURCE IMPLICATIONS (FINANCE, PROPERTY, PEOPLE)"),
            body("5.1 There are no new resource implications arising from this report."),
            heading("6 OTHER OPTIONS CONSIDERED"),
            body("6.1 None."),
            heading("7 CONSULTATION"),
            body("7.1 Councillor Dinah Ferraby-Lowe, Cabinet Member for Children's Services, has been consulted on "
                 "this report. This report has been approved for publication by the Director of Education and "
                 "Safeguarding and the Section 151 Officer."),
            table([["Contact person", "Chris Wardle-Penry, Head of SEND Tel: 01225 477912"],
                   ["Background papers", "Ofsted and CQC, Area SEND inspection of Bath and North East Somerset "
                    "Local Area Partnership (inspection report)"],
                   ["Please contact the report author if you need to access this report in an alternative format",
                    ""]], [5 * cm, 11 * cm]),
        ],
    ]
    return write("bath-and-north-east-somerset/round13-2024-11-18-children-adults-health-and-wellbeing-policy-"
                 "development-and-scrutiny-panel/SEND Strategic Action Plan One Year On.pdf", pages,
                 "Bath & North East Somerset Council", "Printed on recycled paper", "Policy Development and Scrutiny "
                 "Panel - 18 November 2024")


CWAC_WEAKNESSES = [
    "The local area's strategy for SEND is not informed by an accurate understanding of children's needs.",
    "The variable quality of education, health and care plans, and the weak contribution of health and social care "
    "to them.",
    "Parents and carers are not well informed about the local offer or about how decisions are made.",
    "Young people aged 19 to 25 have too few options for education, training and employment.",
]


def cwac_briefing() -> Path:
    pages = [
        [
            title("Members' Briefing Note"),
            table([["Committee:", "Children and Families Overview and Scrutiny Committee"],
                   ["Date:", "16 January 2023"],
                   ["Subject:", "Outcome of the SEND re-visit"],
                   ["Author:", "Hannah Brereton-Moss, Senior Manager, SEND Improvement "
                    "(hannah.brereton-moss@cheshirewestandchester.gov.uk)"],
                   ["Cabinet Member:", "Councillor Robert Kinsey-Ward, Cabinet Member for Children and Families"]],
                  [4 * cm, 12 * cm]),
            heading("1. Summary"),
            body("Ofsted and the CQC re-visited Cheshire West and Chester from 26 to 28 September 2022 to check "
                 "progress on the four significant weaknesses found at the inspection of April 2019. They are "
                 "summarised below."),
            boxed("The four significant weaknesses (2019)", CWAC_WEAKNESSES),
            heading("2. The re-visit judgement"),
            body("The letter was published on 8 November 2022. Inspectors judged that the area had made sufficient "
                 "progress in addressing three of the four weaknesses. They found that parents are now much better "
                 "informed about the local offer, but that too few still understand how decisions about their "
                 "child's support are made, so sufficient progress has not yet been made in the third."),
        ],
        [
            heading("3. What happens next"),
            body("The area does not need to produce an Accelerated Progress Plan. The Department for Education and "
                 "NHS England will continue to review progress on the remaining weakness, next on 20 February 2023, "
                 "under the Written Statement of Action approved on 14 November 2019."),
            table([["Key dates", ""],
                   ["Initial inspection", "8-12 April 2019"],
                   ["Written Statement of Action approved", "14 November 2019"],
                   ["Re-visit", "26-28 September 2022"],
                   ["Re-visit letter published", "8 November 2022"],
                   ["Next DfE and NHS England review", "20 February 2023"]], [8 * cm, 8 * cm]),
            heading("4. Recommendation"),
            body("It is recommended that Members note the outcome of the re-visit and the work that will continue on "
                 "communication with parents and carers."),
        ],
    ]
    return write("cheshire-west-and-chester/round13-2023-01-16-children-and-families-overview-and-scrutiny-committee/"
                 "Members Briefing Note SEND Revisit.pdf", pages, "Cheshire West and Chester Council",
                 "Members' Briefing Note", "OFFICIAL", page_label="{n}")


def st_helens_report() -> Path:
    pages = [
        [
            title("ST HELENS BOROUGH COUNCIL"),
            table([["Report to:", "Cabinet"], ["Date:", "17 July 2024"],
                   ["Portfolio:", "Children and Young People's Services"],
                   ["Cabinet Member:", "Councillor Ann Mercer-Pryce"],
                   ["Strategic Director:", "Rachel Hamnett-Ovens, Strategic Director, People's Services"],
                   ["Report author:", "Dervla Ashcroft-Mendes, Assistant Director, Inclusion, Tel: 01744 671235, "
                    "dervla.ashcroft-mendes@sthelens.gov.uk"],
                   ["Title:", "SEND Accelerated Progress Plan: closure and next steps"]], [4 * cm, 12 * cm]),
            heading("1. Summary"),
            body("1.1 This report informs Cabinet that formal monitoring of the SEND Accelerated Progress Plan has "
                 "ended, and seeks approval of the SEND Partnership Improvement Plan that will replace it."),
            heading("2. Recommendations for Decision"),
            body("Cabinet is recommended to:"),
            hanging("A. Note the conclusion of the Department for Education and NHS England monitoring of the "
                    "Accelerated Progress Plan;"),
            hanging("B. Approve the SEND Partnership Improvement Plan at Appendix 1; and"),
            hanging("C. Delegate to the Strategic Director, People's Services, in consultation with the Cabinet Member "
                    "for Children and Young People's Services, authority to make minor amendments to the Plan."),
        ],
        [
            heading("3. Background"),
            body("3.1 Ofsted and the CQC inspected the St Helens local area in October 2018."),
            body("3.2 The 2018 inspection identified five areas of significant weakness. These concerned: the length "
                 "of time that children and young people wait for assessment by the child and adolescent mental "
                 "health service; the consistency with which mainstream schools meet the needs of pupils receiving "
                 "SEN support; the quality of EHC plans, which did not reflect children's aspirations; the "
                 "accessibility of the local offer; and the arrangements for young people moving to adult "
                 "services."),
            body("3.3 At the re-visit of 21-23 November 2022, inspectors found sufficient progress in the last three "
                 "but not in the first two. The re-visit letter was published on 6 January 2023."),
            body("3.4 The Accelerated Progress Plan was submitted on 28 February 2023. DfE and NHS England advisers "
                 "reviewed progress on 19 September 2023 and on 11 June 2024; at the second review they confirmed "
                 "that the CAMHS waiting list and the support for pupils at SEN support had improved enough for "
                 "formal monitoring to end."),
            body("3.5 The partnership refreshed its self-evaluation in May 2024 to prepare for its next full "
                 "inspection under the 2023 framework, and the SEND Partnership Improvement Plan is built on it."),
        ],
        [
            heading("4. Implications"),
            body("4.1 Financial: the Plan will be delivered within existing resources and the High Needs Block "
                 "recovery plan. (Verified by Jonah Peterkin-Lee, Finance Business Partner.)"),
            body("4.2 Legal: the Council's duties under the Children and Families Act 2014 are unchanged. (Verified by "
                 "Shauna McGivern, Senior Solicitor.)"),
            body("4.3 Equality: an equality impact assessment has been completed and is available on request."),
            heading("5. Background documents"),
            body("Ofsted and CQC re-visit letter; Accelerated Progress Plan; SEND self-evaluation."),
        ],
    ]
    return write("st-helens/round13-2024-07-17-cabinet/SEND Accelerated Progress Plan Closure Report.pdf", pages,
                 "St Helens Borough Council", "Cabinet - 17 July 2024", "Working together for a better St Helens")


def main() -> None:
    for make in (banes_report, cwac_briefing, st_helens_report):
        print(make())


if __name__ == "__main__":
    main()
