"""Write the three printed documents of the held-out round 17 (reportlab).

Round 17 is a blind batch: documents written with their gold before any extractor ran on them. These three
are the printed forms: a Reading Borough Council committee report on a re-visit, with a "TO: / DATE: / LEAD
OFFICER:" front table, "2. RECOMMENDED ACTION" as "2.1 ... 2.3" and the four original weaknesses as the first
column of a ruled "Area of significant weakness | Progress at re-visit" table; a Thurrock Council scrutiny
report on a priority action plan, whose two priority actions and three areas for improvement are the rows of
a ruled "Finding | Partnership lead" table with "Priority action 1:" and "Area for improvement 1:" labels, and
"Implications verified by:" signatures; and a North Somerset Council scrutiny panel report on a Written
Statement of Action, with four significant weaknesses as bullets quoted from the letter and a "Milestone |
Date" table restating the timeline. Invented text, fictitious people. Each page's content is fixed here with
an explicit page break, so the gold's page numbers follow from this script. The output is deterministic
(reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round17_pdfs.py
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
BULLET = ParagraphStyle("Bullet17", parent=BODY, leftIndent=18, firstLineIndent=-10)


def bullet(text: str):
    return Paragraph("&bull; " + text, BULLET)


def reading_report() -> Path:
    pages = [
        [
            title("READING BOROUGH COUNCIL"),
            body("<b>REPORT BY EXECUTIVE DIRECTOR OF CHILDREN'S SERVICES</b>"),
            front_sheet([
                ("TO:", "ADULT SOCIAL CARE, CHILDREN'S SERVICES AND EDUCATION COMMITTEE"),
                ("DATE:", "2 NOVEMBER 2023"),
                ("AGENDA ITEM:", "9"),
                ("TITLE:", "SEND RE-VISIT OUTCOME AND ACCELERATED PROGRESS PLAN"),
                ("LEAD COUNCILLOR:", "Councillor Ruth McEwan-Price"),
                ("PORTFOLIO:", "Education and Public Health"),
                ("SERVICE:", "Education"),
                ("WARDS:", "Borough wide"),
                ("LEAD OFFICER:", "Sunita Bhardwaj-Loft"),
                ("TEL:", "0118 937 2290"),
                ("JOB TITLE:", "Assistant Director of Education"),
                ("E-MAIL:", "sunita.bhardwaj-loft@brighterfuturesforchildren.org"),
            ]),
            heading("1. PURPOSE OF REPORT AND EXECUTIVE SUMMARY"),
            body("1.1 This report informs the Committee of the outcome of the Ofsted and Care Quality Commission "
                 "re-visit to Reading, which took place from 11 to 13 July 2023, and of the Accelerated Progress "
                 "Plan the local area must now put in place."),
            body("1.2 The re-visit letter was published on 25 August 2023. It found that the local area has made "
                 "sufficient progress in two of the four areas of significant weakness identified at the joint "
                 "local area SEND inspection of 14 to 18 June 2021, and insufficient progress in the other two."),
            heading("2. RECOMMENDED ACTION"),
            body("2.1 That the Committee notes the outcome of the re-visit."),
            body("2.2 That the Committee endorses the Accelerated Progress Plan attached at Appendix A."),
            body("2.3 That the Committee receives a report on progress against the Accelerated Progress Plan in "
                 "six months' time."),
        ],
        [
            heading("3. POLICY CONTEXT"),
            body("3.1 The inspection letter of 12 August 2021 required the local area to produce a Written "
                 "Statement of Action. The Written Statement of Action was declared fit for purpose by Ofsted on "
                 "9 November 2021."),
            body("3.2 Progress was monitored by the Department for Education and NHS England at review meetings in "
                 "March 2022 and October 2022."),
            heading("4. THE RE-VISIT FINDINGS"),
            body("4.1 The table below sets out each area of significant weakness and the inspectors' judgement."),
            table([
                ["<b>Area of significant weakness identified in June 2021</b>", "<b>Progress at re-visit</b>"],
                ["Weak strategic leadership and the lack of a shared understanding across education, health and "
                 "care of the local area's strengths and weaknesses", "Sufficient progress"],
                ["The variable quality of EHC plans and the poor contribution of health and social care "
                 "professionals to them", "Not sufficient progress"],
                ["Long waiting times for the child and adolescent mental health service and the lack of support "
                 "for families while they wait", "Not sufficient progress"],
                ["The limited involvement of parents and carers in the planning and review of services",
                 "Sufficient progress"],
            ], [11 * cm, 5 * cm]),
            body("4.2 Inspectors noted that the SEND Partnership Board now provides effective challenge, and that "
                 "the Reading Parent Carer Forum is a valued and influential partner."),
            heading("5. ACCELERATED PROGRESS PLAN"),
            body("5.1 The Department for Education has asked the local area to submit an Accelerated Progress Plan "
                 "by 20 October 2023. The draft plan at Appendix A focuses on the quality of EHC plans and on "
                 "emotional wellbeing and mental health support."),
        ],
        [
            heading("6. CONTRIBUTION TO STRATEGIC AIMS"),
            body("6.1 The plan supports the Council's priority of ensuring that children and young people have the "
                 "best start in life."),
            heading("7. FINANCIAL IMPLICATIONS"),
            body("7.1 The actions in the plan will be met from existing budgets, including the High Needs Block."),
            heading("8. LEGAL IMPLICATIONS"),
            body("8.1 The local authority has duties under Part 3 of the Children and Families Act 2014."),
            heading("9. BACKGROUND PAPERS"),
            body("Joint local area SEND inspection in Reading, Ofsted and CQC, 12 August 2021."),
            body("Joint area SEND re-visit in Reading, Ofsted and CQC, 25 August 2023."),
        ],
    ]
    return write("reading/round17-2023-11-02-adult-social-care-childrens-services-and-education-committee/"
                 "SEND Re-visit Outcome and Accelerated Progress Plan.pdf", pages,
                 "Reading Borough Council", "ACE Committee, 2 November 2023", "OFFICIAL", page_label="{n}")


def thurrock_report() -> Path:
    pages = [
        [
            body("<b>14 January 2025</b>"),
            body("<b>ITEM: 7</b>"),
            title("Children's Services Overview and Scrutiny Committee"),
            title("Area SEND Inspection: Priority Action Plan Update"),
            front_sheet([
                ("Wards and communities affected:", "All"),
                ("Key Decision:", "Non-key"),
                ("Report of:", "Michelle Tarrant-Osei, Strategic Lead, SEND"),
                ("Accountable Assistant Director:", "Declan Horgan, Assistant Director, Education and Skills"),
                ("Accountable Director:", "Fiona Castellano, Executive Director of Children's Services"),
                ("This report is Public", ""),
            ]),
            heading("Executive Summary"),
            body("Ofsted and the Care Quality Commission inspected the Thurrock local area partnership between 16 "
                 "and 20 September 2024. The inspection report, published on 1 November 2024, found widespread "
                 "and/or systemic failings. This report sets out the priority action plan and the progress made "
                 "since it was submitted."),
            heading("1. Recommendation(s)"),
            body("1.1 That the Committee notes the findings of the area SEND inspection and the priority action "
                 "plan."),
            body("1.2 That the Committee comments on the progress made and identifies any areas for further "
                 "scrutiny."),
            heading("2. Introduction and Background"),
            body("2.1 The area SEND inspection framework introduced in January 2023 requires a partnership that "
                 "receives the lowest outcome to submit a priority action plan to Ofsted. Thurrock's plan was "
                 "submitted on 13 December 2024."),
        ],
        [
            heading("3. Issues, Options and Analysis of Options"),
            body("3.1 Inspectors recognised the dedication of staff in the SEND service and in special schools, and "
                 "the improving relationship with Thurrock Parent Carer Forum."),
            body("3.2 The report identified two priority actions and three areas for improvement. These are set out "
                 "below, with the partnership lead for each."),
            table([
                ["<b>Finding</b>", "<b>Partnership lead</b>"],
                ["Priority action 1: Leaders should take urgent action to reduce the number of EHC needs "
                 "assessments that exceed the 20-week timescale, and improve the quality of the plans issued.",
                 "Strategic Lead, SEND"],
                ["Priority action 2: The ICB and the local authority should ensure that children and young people "
                 "can access speech and language therapy and occupational therapy without long delays.",
                 "Associate Director, Children's Commissioning, Mid and South Essex ICB"],
                ["Area for improvement 1: Leaders should improve their oversight of pupils with SEND who are "
                 "educated in alternative provision or on reduced timetables.", "Head of Inclusion"],
                ["Area for improvement 2: Leaders should work with parents and carers to improve communication, "
                 "so that families are kept informed at each stage of the assessment process.",
                 "Strategic Lead, SEND"],
                ["Area for improvement 3: The partnership should improve the support offered to young people with "
                 "SEND aged 16 to 25 as they move into adulthood.", "Head of Post-16 and Skills"],
            ], [11 * cm, 5 * cm]),
            body("3.3 Since the plan was submitted, the proportion of EHC plans issued within 20 weeks has risen "
                 "from 18% to 35%, and a new SEND communication charter has been agreed with the Parent Carer "
                 "Forum."),
            body("3.4 The first monitoring review by the Department for Education and NHS England is scheduled for "
                 "March 2025."),
        ],
        [
            heading("4. Reasons for Recommendation"),
            body("4.1 To enable the Committee to scrutinise the partnership's response to the inspection."),
            heading("5. Consultation"),
            body("5.1 The plan was developed with Thurrock Parent Carer Forum, schools and the ICB."),
            heading("6. Implications"),
            body("<b>6.1 Financial</b>"),
            body("Implications verified by: <b>Joanne Penfold</b>, Senior Management Accountant"),
            body("The actions in the plan are funded from existing budgets and the High Needs Block."),
            body("<b>6.2 Legal</b>"),
            body("Implications verified by: <b>Adebola Ferris</b>, Principal Lawyer, Children's Services"),
            body("The Council has duties under Part 3 of the Children and Families Act 2014."),
            heading("7. Background papers used in preparing the report"),
            body("Area SEND inspection of Thurrock Local Area Partnership, Ofsted and CQC, 1 November 2024."),
            heading("8. Appendices to the report"),
            body("Appendix 1 - Thurrock Area SEND Priority Action Plan"),
            body("<b>Report Author:</b>"),
            body("Michelle Tarrant-Osei<br/>Strategic Lead, SEND<br/>Children's Services"),
        ],
    ]
    return write("thurrock/round17-2025-01-14-childrens-services-overview-and-scrutiny-committee/"
                 "Area SEND Inspection Priority Action Plan Update.pdf", pages,
                 "Thurrock Council", "Children's Services Overview and Scrutiny Committee", "14 January 2025",
                 page_label="Page {n}")


def north_somerset_report() -> Path:
    pages = [
        [
            title("North Somerset Council"),
            body("<b>Report to the Children and Young People's Services Policy and Scrutiny Panel</b>"),
            front_sheet([
                ("Date of Meeting:", "10 July 2024"),
                ("Subject of Report:", "SEND Written Statement of Action: progress update"),
                ("Town or Parish:", "All"),
                ("Officer/Member Presenting:", "Harriet Collingwood-Bell, Director of Children's Services"),
                ("Key Decision:", "No"),
                ("Reason:", "This report is for information and scrutiny."),
            ]),
            heading("Recommendations"),
            body("That the Panel notes the progress made against the Written Statement of Action and comments on "
                 "the priorities for the next six months."),
            heading("1. Summary of Report"),
            body("1.1 This report updates the Panel on the local area's progress since the joint local area SEND "
                 "inspection and on the findings of the most recent review by the Department for Education and "
                 "NHS England."),
            heading("2. Policy"),
            body("2.1 The Written Statement of Action is overseen by the SEND Improvement Board and supports the "
                 "North Somerset SEND and Inclusion Strategy."),
            heading("3. Details"),
            body("3.1 Ofsted and the Care Quality Commission carried out a joint inspection of the North Somerset "
                 "local area from 7 to 11 November 2022. The inspection letter was published on 13 January 2023."),
            body("3.2 The inspection letter identified four areas of significant weakness:"),
            bullet("the lack of a co-ordinated strategy across education, health and care, and weak leadership "
                   "accountability for SEND"),
            bullet("the poor timeliness and quality of EHC plans"),
            bullet("the long waits for neurodevelopmental assessment and the absence of support for families while "
                   "they wait"),
            bullet("the high level of exclusions and part-time timetables for pupils with SEND"),
        ],
        [
            body("3.3 The Written Statement of Action was submitted to Ofsted on 21 April 2023 and was declared fit "
                 "for purpose on 30 June 2023."),
            body("3.4 The Department for Education and NHS England have since reviewed progress on 6 December 2023 "
                 "and on 12 June 2024. At the June review, advisers noted that the proportion of EHC plans issued "
                 "within 20 weeks had risen to 58%, and that the neurodevelopmental pathway now offers families a "
                 "support session within six weeks of referral."),
            body("3.5 The key milestones are summarised below."),
            table([
                ["<b>Milestone</b>", "<b>Date</b>"],
                ["Joint local area SEND inspection", "7-11 November 2022"],
                ["Inspection letter published", "13 January 2023"],
                ["Written Statement of Action submitted", "21 April 2023"],
                ["Written Statement of Action declared fit for purpose", "30 June 2023"],
                ["First DfE and NHS England review", "6 December 2023"],
                ["Second DfE and NHS England review", "12 June 2024"],
            ], [10 * cm, 6 * cm]),
            body("3.6 Exclusions of pupils with SEND remain a concern for the Panel, which asked at its meeting on "
                 "14 March 2024 for a separate report on the use of part-time timetables."),
            body("3.7 Ofsted and the CQC are expected to re-visit the area to assess progress against each of the "
                 "four areas."),
        ],
        [
            heading("4. Consultation"),
            body("4.1 North Somerset Parent Carer Working Group and the Youth Forum have contributed to each review."),
            heading("5. Financial Implications"),
            body("5.1 There are no new financial implications arising from this report."),
            heading("6. Legal Powers and Implications"),
            body("6.1 The Children and Families Act 2014 and the SEND Code of Practice."),
            heading("Author:"),
            body("Owain Prothero, Head of SEND and Inclusion, Tel: 01275 884512"),
            heading("Background Papers:"),
            body("Joint local area SEND inspection in North Somerset, Ofsted and CQC, 13 January 2023."),
        ],
    ]
    return write("north-somerset/round17-2024-07-10-children-and-young-peoples-services-policy-and-scrutiny-panel/"
                 "SEND Written Statement of Action Progress Update.pdf", pages,
                 "North Somerset Council", "CYPS Policy and Scrutiny Panel - 10 July 2024", "Classification: Public",
                 page_label="Page {n} of {total}")


def main() -> None:
    for make in (reading_report, thurrock_report, north_somerset_report):
        print(make())


if __name__ == "__main__":
    main()
