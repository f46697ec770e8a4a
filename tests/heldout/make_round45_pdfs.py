"""Write the printed document of the held-out round 45 (reportlab).

Round 45 is a blind batch: documents written with their gold before any extractor ran on them. These three are
the printed forms: a Cumberland Council report to a scrutiny panel (2023-framework inspection, middle outcome,
priority actions introduced by "Inspectors asked the partnership to act on the following as a priority" as
"PA1 -" lines, recommendations "The Panel is invited to: i. ... iii."); a West Sussex County Council Cabinet
Member decision report (2016 framework through to an Improvement Notice, the unprogressed weaknesses as run-in
"Weakness A:" paragraphs, "The Cabinet Member has decided to: (1) ... (2)"); and a City of York Council
briefing note (top 2023-framework outcome, the areas for improvement as "First, ..." and "Second, ..." sentences).
Invented text, fictitious people. Each
page's content is fixed with an explicit page break, so the gold's page numbers follow from this script. The
output is deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round45_pdfs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_round4_pdfs import BODY, body, heading, title  # noqa: E402
from make_round5_pdfs import write  # noqa: E402
from make_round16_pdfs import front_sheet  # noqa: E402
from reportlab import rl_config  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph  # noqa: E402

rl_config.invariant = 1
INDENT = ParagraphStyle("Indent45", parent=BODY, leftIndent=18, firstLineIndent=-10)


def item(marker: str, text: str):
    return Paragraph(marker + " " + text, INDENT)


CUMBERLAND_PRIORITY = [
    "Leaders across education, health and care should make sure that the EHC needs assessment process is "
    "completed within 20 weeks and that plans are reviewed every year.",
    "Health leaders in the ICB should reduce the waiting times for neurodevelopmental assessment and make sure "
    "that families get support while they wait.",
]

CUMBERLAND_AFI = [
    "Leaders should improve the information on the local offer website so that families can find out what "
    "support is available in their community.",
]

CUMBERLAND_RECS = [
    "note the outcome of the area SEND inspection and the priority actions and area for improvement set out in "
    "section 4;",
    "comment on the draft Priority Action Plan at Appendix 2; and",
    "agree to receive a progress report on the Priority Action Plan at its meeting in March 2026.",
]


def cumberland_report() -> Path:
    pages = [
        [
            title("Cumberland Council"),
            front_sheet([
                ("Meeting:", "Children and Young People Scrutiny Panel"),
                ("Meeting date:", "Thursday, 20 November 2025"),
                ("Report of:", "Director of Children and Family Wellbeing"),
                ("Portfolio:", "Councillor Morag Inglewood-Shaw, Cabinet Member for Children and Family Wellbeing"),
                ("Contact:", "Callum Ravensworth, Assistant Director Inclusion, 01228 221957, "
                 "callum.ravensworth@cumberland.gov.uk"),
            ]),
            heading("1. Purpose of the report"),
            body("1.1 To update the Panel on the outcome of the joint inspection of the Cumberland local area "
                 "partnership's SEND arrangements by Ofsted and the CQC."),
            heading("2. Recommendations"),
            body("The Panel is invited to:"),
            item("i.", CUMBERLAND_RECS[0]),
            item("ii.", CUMBERLAND_RECS[1]),
            item("iii.", CUMBERLAND_RECS[2]),
            heading("3. Background"),
            body("3.1 Inspectors were on site from 15th to 19th September 2025. The report was published on "
                 "29th October 2025. It found that the local area partnership's arrangements lead to "
                 "inconsistent experiences and outcomes for children and young people with SEND. The "
                 "partnership must publish a Priority Action Plan by 10 December 2025."),
        ],
        [
            heading("4. Findings"),
            body("4.1 Inspectors recognised the strength of the early years inclusion team and the commitment of "
                 "the Cumberland Parent Carer Forum."),
            body("4.2 Inspectors asked the partnership to act on the following as a priority:"),
            item("PA1 -", CUMBERLAND_PRIORITY[0]),
            item("PA2 -", CUMBERLAND_PRIORITY[1]),
            body("4.3 They also set one area for improvement:"),
            item("AFI -", CUMBERLAND_AFI[0]),
            heading("5. Next steps"),
            body("5.1 The SEND Partnership Board will sign off the plan on 3 December 2025. Members raised the "
                 "question of transport for post-16 learners at the briefing on 6 November 2025."),
            heading("6. Implications"),
            body("6.1 Finance: none directly. Verified by Hamish Torrance-Bell, Finance Business Partner."),
            body("6.2 Legal: the partnership must comply with the Children and Families Act 2014. Verified by "
                 "Ayesha Lindqvist, Senior Solicitor."),
        ],
    ]
    return write("cumberland/round45-2025-11-20-children-and-young-people-scrutiny-panel/"
                 "Area SEND Inspection Outcome Report.pdf", pages, "Cumberland Council",
                 "Children and Young People Scrutiny Panel", "Cumberland Council")


WEST_SUSSEX_WEAKNESSES = [
    "The poor quality and timeliness of EHC plans, which too often do not reflect the child's needs or the views "
    "of their family.",
    "The lack of a strategic approach to the joint commissioning of services between the council and health "
    "partners.",
    "The high rate of fixed-term exclusions of children and young people with SEND from mainstream schools.",
]

WEST_SUSSEX_DECISIONS = [
    "approve the SEND Improvement Plan at Appendix A for submission to the Department for Education; and",
    "delegate authority to the Assistant Director (Education and Skills), in consultation with the Cabinet "
    "Member, to agree any final changes to the plan requested by the Department.",
]


def west_sussex_decision() -> Path:
    pages = [
        [
            title("West Sussex County Council"),
            body("<b>Key Decision: Yes</b>"),
            body("<b>Ref: LS04 (22/23)</b>"),
            front_sheet([
                ("Report by:", "Executive Director of Children, Young People and Learning"),
                ("Decision of:", "Cabinet Member for Learning and Skills"),
                ("Title:", "SEND Improvement Plan in response to the Improvement Notice"),
                ("Electoral division(s):", "All"),
            ]),
            heading("Summary"),
            body("Ofsted and the CQC inspected the local area's SEND arrangements over 4-8 March 2019. The outcome "
                 "letter was published on 17 May 2019 and required a Written Statement of Action, which was "
                 "declared fit for purpose on 2 September 2019."),
            body("Inspectors revisited the area from 15 to 17 February 2022. Their letter, published on 5 April "
                 "2022, found that sufficient progress had been made in three of the six areas of significant "
                 "weakness. Progress had not been made in the following three:"),
            item("Weakness A:", WEST_SUSSEX_WEAKNESSES[0]),
            item("Weakness B:", WEST_SUSSEX_WEAKNESSES[1]),
            item("Weakness C:", WEST_SUSSEX_WEAKNESSES[2]),
            body("The Department for Education issued an Improvement Notice on 14 June 2022. It requires the "
                 "council to submit an improvement plan by 29 July 2022."),
        ],
        [
            heading("Decision"),
            body("The Cabinet Member for Learning and Skills has decided to:"),
            item("(1)", WEST_SUSSEX_DECISIONS[0]),
            item("(2)", WEST_SUSSEX_DECISIONS[1]),
            heading("Reasons for the decision"),
            body("The Improvement Notice requires a plan agreed by the council. Parents told us at the forum on 28 "
                 "June 2022 that they want to see quicker change."),
            heading("Consultation"),
            body("The West Sussex Parent Carer Forum and the NHS Sussex designated clinical officer, Dr Imogen "
                 "Castellane, were consulted on the draft plan."),
            heading("Contact officer"),
            body("Lucinda Marrable, Head of SEND and Inclusion, 0330 222 7461, lucinda.marrable@westsussex.gov.uk"),
            body("Signed: Councillor Nathaniel Ashdown-Pryce, Cabinet Member for Learning and Skills"),
            body("Date: 20 July 2022"),
        ],
    ]
    return write("west-sussex/round45-2022-07-20-cabinet-member-for-learning-and-skills/"
                 "Decision Report LS04 22-23 SEND Improvement Plan.pdf", pages, "West Sussex County Council",
                 "Cabinet Member Decision", "Key Decision LS04 (22/23)")


YORK_FIRST = ("leaders should make sure that the views of children and young people are used more consistently "
              "to shape the services they receive.")
YORK_SECOND = ("leaders in the ICB should reduce the time children wait for an assessment for autism and make "
               "the support available while they wait clearer to families.")


def york_briefing() -> Path:
    pages = [
        [
            title("Briefing note"),
            front_sheet([
                ("For:", "Councillor Fenella Waddington-Hughes, Executive Member for Children, Young People "
                 "and Education"),
                ("Prepared by:", "Bartholomew Kingsley-Oyelaran, Assistant Director, Education and Skills"),
                ("Date:", "10 March 2025"),
                ("Re:", "Outcome of the York area SEND inspection"),
            ]),
            heading("Headlines"),
            body("The York local area partnership was inspected by Ofsted and the Care Quality Commission from "
                 "13 January 2025 to 17 January 2025. The report was published on 28 February 2025 and gave the "
                 "partnership the most positive of the three outcomes."),
            body("Inspectors highlighted the quality of the Specialist Teaching Team's advice to schools, the "
                 "partnership's work with York Inspirational Kids and the support for young people preparing for "
                 "adulthood."),
            heading("What inspectors want to see improved"),
            body("Inspectors noted two matters for the partnership to improve. First, " + YORK_FIRST
                 + " Second, " + YORK_SECOND),
        ],
        [
            heading("Next steps"),
            body("A SEND improvement action plan covering both matters will be published by 30 April 2025 and "
                 "reported to the Children, Culture and Communities Scrutiny Committee."),
            body("The next full inspection is expected to take place within five years."),
            heading("Contact"),
            body("Bartholomew Kingsley-Oyelaran, 01904 554712, b.kingsley-oyelaran@york.gov.uk"),
        ],
    ]
    return write("york/round45-2025-03-10-executive-member-for-children-young-people-and-education/"
                 "Briefing note - area SEND inspection outcome.pdf", pages, "City of York Council",
                 "Briefing note", "City of York Council - OFFICIAL")


def main() -> None:
    for make in (cumberland_report, west_sussex_decision, york_briefing):
        print(make())


if __name__ == "__main__":
    main()
