"""Write the printed documents of the held-out round 47 (reportlab).

Round 47 is a blind batch: documents written with their gold before any extractor ran on them. These three are
the printed forms: a City of London Corporation report to the Education Board (2023-framework inspection, top
outcome, two areas for improvement as "a." and "b." lines, recommendations as unlabelled bullets after "Members
are asked to:"); a City of Westminster Cabinet Member decision report (2016 framework, re-visit and Accelerated
Progress Plan, the three significant weaknesses each under a bold "Weakness n" line with the re-visit finding in a
paragraph of its own, "Decision(s): That the Cabinet Member ... 1. ... 3."); and a Department for Education and NHS
England letter to Dorset after a six-monthly review of the Written Statement of Action, printed as an appendix to a
scrutiny committee (weaknesses as bold "Area n:" run-in headings, progress judged in prose). Invented text,
fictitious people. Each page's content is fixed with an explicit page break, so the gold's page numbers follow from
this script. The output is deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round47_pdfs.py
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
from reportlab.platypus import Paragraph, Spacer  # noqa: E402

rl_config.invariant = 1
INDENT = ParagraphStyle("Indent47", parent=BODY, leftIndent=18, firstLineIndent=-10)


def item(marker: str, text: str):
    return Paragraph(marker + " " + text, INDENT)


CITY_AFI = [
    "Leaders should make sure that the health needs of children and young people who attend schools outside the "
    "Square Mile are reflected consistently in their education, health and care plans.",
    "Leaders should make better use of information about the outcomes of children and young people with SEND to "
    "evaluate the impact of the services they commission.",
]

CITY_RECS = [
    "Note the outcome of the area SEND inspection and the two areas for improvement;",
    "Note the SEND Improvement Action Plan agreed by the SEND Partnership Board; and",
    "Agree that the Board receives a progress update at its meeting in October 2025.",
]


def city_report() -> Path:
    pages = [
        [
            title("City of London Corporation Committee Report"),
            front_sheet([
                ("Committee(s):", "Education Board - For decision"),
                ("Dated:", "27 March 2025"),
                ("Subject:", "Outcome of the Area SEND Inspection of the City of London"),
                ("Report of:", "Judith Kettleborough-Finn, Executive Director of Community and Children's Services"),
                ("Report author:", "Marcus Ebbsfleet-Rowe, Head of Education and Early Years"),
                ("Public report:", "For Decision"),
                ("Does this proposal require extra revenue and/or capital spending?", "No"),
            ]),
            heading("Summary"),
            body("Ofsted and the Care Quality Commission (CQC) carried out a joint inspection of the City of London "
                 "local area partnership's arrangements for children and young people with special educational needs "
                 "and disabilities (SEND) from 13 to 17 January 2025. The inspection report was published on 28 "
                 "February 2025. This was the City's first inspection under the framework introduced in January "
                 "2023."),
            body("The partnership received the most positive of the three outcomes: its arrangements typically lead to "
                 "positive experiences and outcomes for children and young people with SEND."),
            heading("Recommendation(s)"),
            body("Members are asked to:"),
            item("&bull;", CITY_RECS[0]),
            item("&bull;", CITY_RECS[1]),
            item("&bull;", CITY_RECS[2]),
        ],
        [
            heading("Main Report"),
            heading("Background"),
            body("1. The City of London is responsible for 71 children and young people with an education, health and "
                 "care plan, most of whom attend schools in neighbouring boroughs. Health services are commissioned by "
                 "the North East London Integrated Care Board."),
            heading("Inspection findings"),
            body("2. Inspectors found that children's needs are identified early, that families value the City's small "
                 "and responsive SEND team, and that young people are well prepared for adulthood."),
            body("3. The report identified two areas for improvement:"),
            item("a.", CITY_AFI[0]),
            item("b.", CITY_AFI[1]),
            body("4. The SEND Partnership Board agreed an improvement action plan for both areas on 20 March 2025. The "
                 "plan will be published on the Family Information Service website."),
            heading("Corporate & Strategic Implications"),
            body("5. Financial implications: none. Legal implications: none. Equalities implications: the plan will "
                 "improve outcomes for children with a protected characteristic."),
            heading("Conclusion"),
            body("6. The outcome reflects the work of schools, health partners and families. The next full inspection "
                 "is expected within five years."),
            Spacer(1, 8),
            body("<b>Marcus Ebbsfleet-Rowe</b><br/>Head of Education and Early Years<br/>"
                 "T: 020 7332 1563<br/>E: marcus.ebbsfleet-rowe@cityoflondon.gov.uk"),
        ],
    ]
    return write("city-of-london/round47-2025-03-27-education-board/Outcome of the Area SEND Inspection.pdf", pages,
                 "City of London Corporation", "Education Board", "Public")


WESTMINSTER_WEAKNESSES = [
    "The absence of a jointly agreed and understood strategy for children and young people with SEND across the "
    "council and the clinical commissioning group.",
    "Weaknesses in the identification and assessment of the needs of children and young people on SEN support in "
    "mainstream schools.",
    "The inconsistent quality of the health and social care advice that contributes to EHC plans.",
]

WESTMINSTER_FINDINGS = [
    "Finding at revisit: the area has made sufficient progress in addressing this significant weakness.",
    "Finding at revisit: the area has made sufficient progress in addressing this significant weakness.",
    "Finding at revisit: the area has not made sufficient progress in addressing this significant weakness.",
]

WESTMINSTER_DECISIONS = [
    "approves the Accelerated Progress Plan at Appendix 1 for submission to the Department for Education and NHS "
    "England;",
    "notes the findings of the Ofsted and Care Quality Commission revisit set out in section 4; and",
    "agrees that progress against the Accelerated Progress Plan is reported to the Family and People Services Policy "
    "and Scrutiny Committee.",
]


def westminster_decision() -> Path:
    pages = [
        [
            title("City of Westminster"),
            body("<b>Cabinet Member Report</b>"),
            front_sheet([
                ("Decision Maker:", "Cabinet Member for Children and Public Protection"),
                ("Date:", "19 July 2022"),
                ("Classification:", "For General Release"),
                ("Title:", "Approval of the SEND Accelerated Progress Plan"),
                ("Wards Affected:", "All"),
                ("Key Decision:", "No"),
                ("Report of:", "Bi-Borough Executive Director of Children's Services"),
            ]),
            heading("1. Executive Summary"),
            body("1.1 Between 14 May 2018 and 18 May 2018 Ofsted and the Care Quality Commission (CQC) inspected the "
                 "Westminster local area. The inspection letter was published on 5 July 2018 and a Written Statement of "
                 "Action was required. The Written Statement was declared fit for purpose by Ofsted on 4 October 2018."),
            body("1.2 Inspectors revisited the area from 21 to 23 March 2022. The revisit letter was published on 12 May "
                 "2022. It found that sufficient progress had been made in two of the three significant weaknesses. The "
                 "Department for Education (DfE) and NHS England have therefore asked the area to write an Accelerated "
                 "Progress Plan, which must be submitted by 29 July 2022."),
            heading("2. Decision(s)"),
            body("That the Cabinet Member for Children and Public Protection:"),
            item("1.", WESTMINSTER_DECISIONS[0]),
            item("2.", WESTMINSTER_DECISIONS[1]),
            item("3.", WESTMINSTER_DECISIONS[2]),
            heading("3. Reasons for Decision"),
            body("3.1 The plan is a requirement of the DfE and NHS England following the revisit."),
        ],
        [
            heading("4. The revisit findings"),
            body("4.1 The letter considered each of the significant weaknesses identified in 2018."),
            body("<b>Weakness 1</b>"),
            body(WESTMINSTER_WEAKNESSES[0]),
            body(WESTMINSTER_FINDINGS[0]),
            body("<b>Weakness 2</b>"),
            body(WESTMINSTER_WEAKNESSES[1]),
            body(WESTMINSTER_FINDINGS[1]),
            body("<b>Weakness 3</b>"),
            body(WESTMINSTER_WEAKNESSES[2]),
            body(WESTMINSTER_FINDINGS[2]),
            body("4.2 The DfE and NHS England will hold the first review meeting on the Accelerated Progress Plan in "
                 "November 2022."),
            heading("5. Financial and Legal Implications"),
            body("5.1 The actions in the plan will be met from existing budgets. The Council has a duty under the "
                 "Children and Families Act 2014 to keep its SEND provision under review."),
            heading("6. Consultation"),
            body("6.1 The plan was developed with Westminster Parent Carer Forum and with Dr Kamal Esfandiari-Ross, "
                 "Designated Clinical Officer, NHS North West London."),
            body("If you have any queries about this report please contact: Leonard Abiodun-Rees, Head of SEN and "
                 "Disability, labiodunrees@westminster.gov.uk, 020 7641 4218."),
            Spacer(1, 10),
            body("I have read the report and approve the decisions set out above."),
            body("Signed: Councillor Aisling Montrose-Okafor, Cabinet Member for Children and Public Protection"),
            body("Date: 19 July 2022"),
        ],
    ]
    return write("westminster/round47-2022-07-19-cabinet-member-for-children-and-public-protection/"
                 "Approval of the SEND Accelerated Progress Plan.pdf", pages, "City of Westminster",
                 "Cabinet Member Report", "For General Release")


DORSET_AREAS = [
    "The lack of a clear, shared strategy for SEND across education, health and care, and weak oversight of its "
    "delivery.",
    "The poor timeliness and quality of EHC plans.",
    "Variable and often long waits for speech and language therapy and for neurodevelopmental assessment.",
]


def dorset_letter() -> Path:
    pages = [
        [
            body("Department for Education<br/>Sanctuary Buildings<br/>Great Smith Street<br/>London SW1P 3BT"),
            Spacer(1, 6),
            body("Jonah Whitcombe-Ashe<br/>Executive Director of People - Children<br/>Dorset Council<br/>County Hall, "
                 "Colliton Park<br/>Dorchester DT1 1XJ"),
            body("Priya Lockyer-Dean<br/>Chief Nurse<br/>NHS Dorset Clinical Commissioning Group"),
            body("3 November 2020"),
            body("Dear Jonah and Priya,"),
            body("<b>Dorset Written Statement of Action: review meeting of 15 October 2020</b>"),
            body("Thank you for the time you and your colleagues gave to the virtual review meeting on 15 October 2020. "
                 "This letter summarises our view of the progress made by the local area since our last meeting in "
                 "February 2020 against the written statement of action (WSoA) drawn up after the joint Ofsted and CQC "
                 "inspection of 21 to 25 January 2019."),
            body("We recognise that the Covid-19 pandemic has placed exceptional pressure on services and we were "
                 "pleased to hear how the parent carer forum, Dorset Parent Carer Council, has been involved in "
                 "planning the local response."),
            body("<b>Area 1:</b> " + DORSET_AREAS[0]),
            body("The SEND strategy was published in July 2020 and the SEND Partnership Board now receives a monthly "
                 "performance report. We consider that good progress is being made."),
            body("<b>Area 2:</b> " + DORSET_AREAS[1]),
            body("The proportion of new plans issued within 20 weeks has risen to 64%. Audits show that the quality of "
                 "plans is improving, but health and care advice is still too often generic. Progress is being made but "
                 "needs to be sustained."),
        ],
        [
            body("<b>Area 3:</b> " + DORSET_AREAS[2]),
            body("Waiting times for speech and language therapy have reduced, but the neurodevelopmental pathway for "
                 "children over five remains a concern, with some families waiting more than a year. We would like the "
                 "CCG to share a recovery trajectory with us by 18 December 2020."),
            body("<b>Next steps</b>"),
            body("We will hold our next review meeting with you in April 2021. Before then, please send us an updated "
                 "WSoA progress report and the latest data dashboard."),
            body("Ofsted and the CQC will revisit the area to decide whether sufficient progress has been made against "
                 "each area of weakness. We are not able to give you a date for this."),
            body("Yours sincerely,"),
            Spacer(1, 14),
            body("<b>Harriet Vosper-Lane</b><br/>SEND Adviser, Department for Education"),
            body("<b>Grace Omolade-Fitch</b><br/>SEND Adviser, NHS England and NHS Improvement (South West)"),
            body("cc: Councillor Andrew Parry-Wickham, Portfolio Holder for Children, Education, Skills and Early Help"),
        ],
    ]
    return write("dorset/round47-2020-11-30-people-and-health-scrutiny-committee/"
                 "Appendix 2 - DfE and NHSE review letter October 2020.pdf", pages, "OFFICIAL", "",
                 "Department for Education")


def main() -> None:
    for make in (city_report, westminster_decision, dorset_letter):
        print(make())


if __name__ == "__main__":
    main()
