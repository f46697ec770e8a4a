"""Write the three printed documents of the held-out round 41 (reportlab).

Round 41 is a blind batch: documents written with their gold before any extractor ran on them, in the
commonest real templates. These three are the printed forms: a City of Wolverhampton Council report to a
scrutiny panel (a 2023-framework middle outcome, the areas for improvement in a ruled two-column table of
"Area for improvement" and "What we are doing", recommendations "The Panel is recommended to:" over lettered
clauses); a Slough Borough Council record of an officer's decision (2016 framework: a Statutory Direction, the
unprogressed weaknesses introduced by "namely:" as "(a) ... (c)" clauses, and "DECISION MADE" over numbered
clauses); and a Telford & Wrekin Council briefing note for members (a 2023-framework top outcome with its areas
for improvement as "Inspectors' next steps for the partnership" dashes, and no resolutions). Invented text,
fictitious people. Each page's content is fixed with an explicit page break, so the gold's page numbers follow
from this script. The output is deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round41_pdfs.py
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
DASH = ParagraphStyle("Dash41", parent=BODY, leftIndent=18, firstLineIndent=-10)


def dash(text: str):
    return Paragraph("&ndash; " + text, DASH)


WOLV_AREAS = [
    "Leaders should ensure that the voice of children and young people is consistently captured in EHC plans "
    "and used to shape the support they receive.",
    "Leaders should work with schools to reduce the high rate of suspensions of children with SEND in secondary "
    "schools.",
    "The ICB should reduce the time children wait for an assessment by the community paediatric service.",
]
WOLV_DOING = [
    "New 'All about me' section co-written with young people; audit of 60 plans planned for spring.",
    "Inclusion advisers working with the 12 secondary schools with the highest suspension rates.",
    "Two additional paediatricians recruited; waiting list validated.",
]
WOLV_RECS = [
    "Note the outcome of the area SEND inspection and the areas for improvement identified by inspectors.",
    "Comment on the draft SEND and Alternative Provision Improvement Plan at Appendix 2.",
    "Agree to receive a progress report at its meeting in June 2026.",
]

SLOUGH_WEAK = [
    "the slow pace of improvement in the timeliness of EHC needs assessments and plans;",
    "the lack of a coherent approach to the co-production of services with parents and carers;",
    "the weak oversight by leaders of the outcomes achieved by children and young people with SEND.",
]
SLOUGH_DEC = [
    "To approve the Accelerated Progress Plan at Appendix A for submission to the Department for Education and "
    "NHS England by 31 May 2023.",
    "To establish a SEND Improvement Board, with an independent chair appointed by the Commissioners, to oversee "
    "delivery of the plan.",
    "To report progress on the plan to the Cabinet every quarter.",
]

TELFORD_AREAS = [
    "Leaders should make sure that the transition from children's to adults' health services is well planned "
    "for all young people with SEND, so that they do not experience gaps in their care.",
    "Leaders should improve the rates of attendance of children with SEND in primary schools.",
]


def wolverhampton_report() -> Path:
    pages = [
        [
            title("City of Wolverhampton Council"),
            front_sheet([
                ("Meeting:", "Children, Young People and Families Scrutiny Panel"),
                ("Date:", "Wednesday 11 February 2026"),
                ("Report title:", "Area SEND Inspection: Outcome and Improvement Plan"),
                ("Cabinet Member:", "Councillor Tariq Penn, Cabinet Member for Children and Young People"),
                ("Originating service:", "SEND and Inclusion"),
                ("Accountable employee:", "Sasha Tettenhall, Head of SEND, Tel 01902 553871, "
                 "Email sasha.tettenhall@wolverhampton.gov.uk"),
                ("Report to be/has been considered by:", "Children's Leadership Team, 13 January 2026"),
            ]),
            heading("Recommendations for decision:"),
            body("The Panel is recommended to:"),
            body("a. " + WOLV_RECS[0]),
            body("b. " + WOLV_RECS[1]),
            body("c. " + WOLV_RECS[2]),
        ],
        [
            heading("1.0 Background"),
            body("1.1 Ofsted and the Care Quality Commission inspected the Wolverhampton local area partnership from "
                 "3 to 7 November 2025. Their report was published on 16 December 2025 and found that the "
                 "partnership's arrangements lead to inconsistent experiences and outcomes for children and young "
                 "people with SEND."),
            body("1.2 The previous area SEND inspection, under the 2016 framework, was in October 2017 and did not "
                 "require a Written Statement of Action."),
            heading("2.0 Findings"),
            body("2.1 Inspectors found that early years practitioners identify needs quickly and that families "
                 "value the SENDIASS service. The table below sets out each area for improvement in the report and "
                 "what the partnership is doing about it."),
            table([["<b>Area for improvement</b>", "<b>What we are doing</b>"]]
                  + [[area, doing] for area, doing in zip(WOLV_AREAS, WOLV_DOING)], [8 * cm, 8 * cm]),
            heading("3.0 Next steps"),
            body("3.1 The draft improvement plan will be finalised by the SEND Partnership Board on 26 February "
                 "2026. Officials from the Department for Education will meet the partnership in April 2026."),
        ],
        [
            heading("4.0 Financial implications"),
            body("4.1 There are no direct financial implications. [JM/02022026/A]"),
            heading("5.0 Legal implications"),
            body("5.1 The Children and Families Act 2014 places duties on the council and the ICB. [SZ/02022026/B]"),
            heading("6.0 Schedule of background papers"),
            body("6.1 Ofsted and CQC, Area SEND inspection of Wolverhampton Local Area Partnership, 16 December "
                 "2025."),
        ],
    ]
    return write("wolverhampton/round41-2026-02-11-children-young-people-and-families-scrutiny-panel/"
                 "Area SEND Inspection Outcome and Improvement Plan.pdf", pages, "Wolverhampton City Council",
                 "Scrutiny Panel report", "This report is PUBLIC [NOT PROTECTIVELY MARKED]")


def slough_decision() -> Path:
    pages = [
        [
            title("Slough Borough Council"),
            title("Record of an Executive Decision taken by an Officer"),
            front_sheet([
                ("Decision reference:", "ODR/2023/041"),
                ("Decision taker:", "Executive Director of People (Children), under delegated authority"),
                ("Subject:", "SEND Accelerated Progress Plan"),
                ("Date of decision:", "18 May 2023"),
            ]),
            heading("Background"),
            body("Ofsted and the CQC inspected the Slough local area in February 2020 and required a Written "
                 "Statement of Action, which was declared fit for purpose on 15 September 2020. Inspectors "
                 "revisited the area between 27 February and 2 March 2023. Their letter, published on 25 April "
                 "2023, found that the area had not made sufficient progress in three areas of significant "
                 "weakness, namely:"),
            body("(a) " + SLOUGH_WEAK[0]),
            body("(b) " + SLOUGH_WEAK[1]),
            body("(c) " + SLOUGH_WEAK[2]),
            body("The council has been subject to a Statutory Direction issued by the Secretary of State for "
                 "Education on 1 December 2021, under which Commissioners oversee children's services."),
        ],
        [
            heading("DECISION MADE"),
            body("1. " + SLOUGH_DEC[0]),
            body("2. " + SLOUGH_DEC[1]),
            body("3. " + SLOUGH_DEC[2]),
            heading("Reasons for the decision"),
            body("The Department for Education requires an Accelerated Progress Plan where a revisit finds "
                 "insufficient progress."),
            heading("Consultation undertaken"),
            body("Councillor Adeel Langley, Lead Member for Education and Children's Services; Dr Helen Cippenham, "
                 "Designated Clinical Officer, Frimley ICB."),
            heading("Signed"),
            body("Rosalind Upton, Executive Director of People (Children)"),
            body("Contact: Martin Chalvey, SEND Improvement Manager, martin.chalvey@slough.gov.uk, 01753 875 612"),
        ],
    ]
    return write("slough/round41-2023-05-18-executive-director-of-people-children/"
                 "Officer Decision Record SEND Accelerated Progress Plan.pdf", pages, "Slough Borough Council",
                 "Officer Decision Record", "Slough Borough Council")


def telford_briefing() -> Path:
    pages = [
        [
            title("Telford &amp; Wrekin Council"),
            title("Members' Briefing Note"),
            front_sheet([
                ("To:", "All Members"),
                ("From:", "Kieran Madeley, Director: Education &amp; Skills"),
                ("Date:", "9 July 2025"),
                ("Subject:", "Outcome of the Area SEND Inspection"),
            ]),
            heading("1. Summary"),
            body("1.1 Ofsted and the CQC carried out an inspection of the Telford and Wrekin local area partnership "
                 "over 12 to 16 May 2025. The report, published on 1 July 2025, confirms that the partnership "
                 "typically leads to positive experiences and outcomes for children and young people with SEND: "
                 "the highest outcome."),
            body("1.2 Inspectors noted the strength of the Family Hubs, the partnership's shared vision and the "
                 "quality of its data on SEN support."),
            heading("2. Inspectors' next steps for the partnership"),
            dash(TELFORD_AREAS[0]),
            dash(TELFORD_AREAS[1]),
        ],
        [
            heading("3. What happens next"),
            body("3.1 An action plan responding to the two next steps will be published on the Local Offer by 30 "
                 "September 2025. The next full inspection is likely to be within five years."),
            body("3.2 Councillor Zara Wellington, Cabinet Member for Education and Skills, will present the outcome "
                 "to the Children and Young People Scrutiny Committee on 23 September 2025."),
            heading("4. Further information"),
            body("Please contact Kieran Madeley, kieran.madeley@telford.gov.uk, or Anita Hadley, Group Specialist "
                 "for SEND, 01952 385 117."),
        ],
    ]
    return write("telford-and-wrekin/round41-2025-07-09-members-briefing/"
                 "Members Briefing Note Area SEND Inspection.pdf", pages, "Telford & Wrekin Council",
                 "Members' Briefing Note", "Telford & Wrekin Council - Protect")


def main() -> None:
    for make in (wolverhampton_report, slough_decision, telford_briefing):
        print(make())


if __name__ == "__main__":
    main()
