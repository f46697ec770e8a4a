"""Write the three printed documents of the held-out round 18 (reportlab).

Round 18 is a blind batch: documents written with their gold before any extractor ran on them, in the
layouts most common in real council papers. These three are the printed forms: a Kent County Council
Cabinet Committee report ("From: / To: / Subject: / Classification:" front sheet, a "Recommendation(s):"
paragraph asking the committee to NOTE and COMMENT, the nine areas of significant weakness as a ruled
"Area of significant weakness | Position at the DfE review" table, "Contact details"); a Worcestershire
County Council scrutiny panel report on a Written Statement of Action ("Recommendation" with "(a) ...
(b)", five significant weaknesses as bullets, "Specific Contact Points for this report", "Background
Papers"); and a West Northamptonshire Council Cabinet report on a priority action plan ("List of
Approvers" with dates, "3. Recommendations" as "It is recommended that Cabinet: a) ... c)", priority actions
as bullets and areas for improvement as numbered paragraphs). Invented text, fictitious people. Each
page's content is fixed here with an explicit page break, so the gold's page numbers follow from this
script. The output is deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round18_pdfs.py
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
BULLET = ParagraphStyle("Bullet18", parent=BODY, leftIndent=18, firstLineIndent=-10)
HANGING = ParagraphStyle("Hanging18", parent=BODY, leftIndent=28, firstLineIndent=-18)


def bullet(text: str):
    return Paragraph("&bull; " + text, BULLET)


def hanging(text: str):
    return Paragraph(text, HANGING)


def kent_report() -> Path:
    pages = [
        [
            front_sheet([
                ("From:", "Elaine Trowbridge, Cabinet Member for Education and Skills<br/>"
                          "Adele Kearsley, Corporate Director Children, Young People and Education"),
                ("To:", "Children's, Young People and Education Cabinet Committee - 12 March 2024"),
                ("Subject:", "SEND Improvement: progress against the Improvement Notice"),
                ("Decision no:", "24/00018"),
                ("Classification:", "Unrestricted"),
                ("Past Pathway of report:", "None"),
                ("Future Pathway of report:", "None"),
                ("Electoral Division:", "All"),
            ]),
            body("<b>Summary:</b> This report updates the Cabinet Committee on the progress made by the Kent local "
                 "area in addressing the areas of significant weakness identified by Ofsted and the Care Quality "
                 "Commission, and on the requirements of the Improvement Notice issued by the Department for "
                 "Education."),
            body("<b>Recommendation(s):</b> The Children's, Young People and Education Cabinet Committee is asked "
                 "to NOTE the progress made against the Improvement Notice and COMMENT on the priorities for the "
                 "next six months."),
            heading("1. Introduction"),
            body("1.1 Ofsted and the Care Quality Commission carried out a joint inspection of the Kent local area "
                 "from 21 to 25 January 2019. The inspection letter, published on 18 March 2019, identified nine "
                 "areas of significant weakness and required a Written Statement of Action, which was declared "
                 "fit for purpose on 24 June 2019."),
            body("1.2 Inspectors re-visited the local area between 26 and 30 September 2022. The re-visit letter, "
                 "published on 30 November 2022, found that sufficient progress had not been made in any of the "
                 "nine areas. The Department for Education issued an Improvement Notice to the Council on 29 "
                 "March 2023."),
        ],
        [
            heading("2. Progress against the areas of significant weakness"),
            body("2.1 The Department for Education and NHS England reviewed progress in December 2023. The table "
                 "below sets out each area and the position reported to that review."),
            table([
                ["<b>Area of significant weakness</b>", "<b>Position at the DfE review</b>"],
                ["The lack of a coherent strategy and of joint leadership across education, health and care",
                 "Improving"],
                ["Weak joint commissioning arrangements and gaps in provision", "Improving"],
                ["The poor quality of EHC plans and the lack of oversight of annual reviews", "Not yet improving"],
                ["Inequitable access to support for children and young people at SEN support", "Not yet improving"],
                ["The high rates of exclusion and part-time timetables for pupils with SEND", "Not yet improving"],
                ["Long waiting times for neurodevelopmental assessments", "Improving"],
                ["Poor communication with parents and carers, and their lack of confidence in the system",
                 "Not yet improving"],
                ["The limited information available to families through the Local Offer", "Improving"],
                ["The weak use of data to understand needs and plan provision", "Improving"],
            ], [11 * cm, 5 * cm]),
            body("2.2 The timeliness of EHC needs assessments has improved from 31% completed within 20 weeks in "
                 "2023 to 58% in January 2024. The Countywide Approach to Inclusive Education was launched with "
                 "schools in September 2023."),
        ],
        [
            heading("3. Next steps"),
            body("3.1 The next Department for Education and NHS England review is due in June 2024. Officers "
                 "will continue to report progress to this Cabinet Committee after each review."),
            heading("4. Financial Implications"),
            body("4.1 The improvement programme is funded within the existing budget for 2024-25 and the "
                 "Safety Valve agreement with the Department for Education."),
            heading("5. Recommendation(s)"),
            body("The Children's, Young People and Education Cabinet Committee is asked to NOTE the progress made "
                 "against the Improvement Notice and COMMENT on the priorities for the next six months."),
            heading("6. Contact details"),
            table([
                ["<b>Report Author:</b><br/>Helen Lockwood<br/>Assistant Director, SEND Improvement<br/>"
                 "03000 418662<br/>helen.lockwood@kent.gov.uk",
                 "<b>Relevant Director:</b><br/>Babatunde Oduya<br/>Director of Education and SEN<br/>"
                 "03000 417145<br/>babatunde.oduya@kent.gov.uk"],
            ], [8 * cm, 8 * cm]),
        ],
    ]
    return write("kent/round18-2024-03-12-childrens-young-people-and-education-cabinet-committee/"
                 "SEND Improvement Progress Report.pdf", pages,
                 "Kent County Council", "CYPE Cabinet Committee - 12 March 2024", "Unrestricted",
                 page_label="Page {n}")


def worcestershire_report() -> Path:
    pages = [
        [
            title("CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY PANEL"),
            body("<b>21 SEPTEMBER 2023</b>"),
            title("SEND WRITTEN STATEMENT OF ACTION: PROGRESS UPDATE"),
            heading("Summary"),
            body("1. The Children and Families Overview and Scrutiny Panel has requested an update on the "
                 "progress made against the Written Statement of Action (WSoA) following the joint local area "
                 "SEND inspection of Worcestershire."),
            body("2. The Cabinet Member with Responsibility for Education, Councillor Hugo Pershore-Blake, and "
                 "officers from Worcestershire Children First and NHS Herefordshire and Worcestershire Integrated "
                 "Care Board have been invited to the meeting."),
            heading("Background"),
            body("3. Ofsted and the Care Quality Commission carried out a joint inspection of the local area "
                 "between 31 January and 4 February 2022. The inspection letter was published on 31 March 2022."),
            body("4. The inspection identified five areas of significant weakness:"),
            bullet("the lack of a shared understanding among leaders of the local area's strengths and "
                   "weaknesses, and weak self-evaluation"),
            bullet("the inconsistent quality of EHC plans and the poor timeliness of annual reviews"),
            bullet("the long waiting times for assessment by the Neurodevelopmental Service and for speech and "
                   "language therapy"),
            bullet("the lack of co-production with parents and carers at a strategic level"),
            bullet("the variable quality of support for children and young people at SEN support in mainstream "
                   "schools"),
            body("5. The WSoA was submitted on 8 July 2022 and was approved by Ofsted and the CQC on 23 August "
                 "2022."),
        ],
        [
            heading("Progress"),
            body("6. The Department for Education and NHS England reviewed progress on 15 March 2023 and on 4 "
                 "July 2023. At the second review, advisers judged that progress was good in three areas and "
                 "that further work was needed on EHC plans and on waiting times for neurodevelopmental "
                 "assessments."),
            body("7. The proportion of EHC plans issued within 20 weeks has risen from 19% to 54%. The Panel "
                 "previously expressed concern, at its meeting on 22 March 2023, about the number of complaints "
                 "from families about communication; a new communications charter has since been agreed with "
                 "the Parent Carer Forum."),
            body("8. Ofsted and the CQC are expected to re-visit the area to assess progress against each of the "
                 "five areas."),
            heading("Purpose of the Meeting"),
            body("9. The Panel is asked to:"),
            hanging("(a) consider the progress made against the Written Statement of Action; and"),
            hanging("(b) determine whether it would wish to carry out any further scrutiny or make any comments "
                    "to the Cabinet Member with Responsibility for Education."),
            heading("Specific Contact Points for this report"),
            body("Tamsin Redditch-Ward, Assistant Director for Education and Early Help, Worcestershire "
                 "Children First, Tel: 01905 846219, Email: tredditchward@worcschildrenfirst.org.uk"),
            body("Scrutiny Officer: Emma Kidderminster, Overview and Scrutiny Officer, Tel: 01905 844964, Email: "
                 "scrutiny@worcestershire.gov.uk"),
            heading("Background Papers"),
            body("In the opinion of the proper officer (in this case the Assistant Director for Legal and "
                 "Governance) the following are the background papers relating to the subject matter of this "
                 "report:"),
            body("Agenda and minutes of the Children and Families Overview and Scrutiny Panel on 22 March 2023."),
        ],
    ]
    return write("worcestershire/round18-2023-09-21-children-and-families-overview-and-scrutiny-panel/"
                 "SEND Written Statement of Action Progress Update.pdf", pages,
                 "Children and Families Overview and Scrutiny Panel - 21 September 2023", "", "",
                 page_label="{n}")


def west_northamptonshire_report() -> Path:
    pages = [
        [
            title("WEST NORTHAMPTONSHIRE COUNCIL"),
            title("CABINET"),
            body("<b>12 NOVEMBER 2024</b>"),
            body("<b>CABINET MEMBER FOR CHILDREN, FAMILIES AND EDUCATION: COUNCILLOR MARCUS DAVENTRY-HOLT</b>"),
            front_sheet([
                ("Report Title", "Area SEND Inspection: Priority Action Plan"),
                ("Report Author", "Priyanka Olney, Director of Education, priyanka.olney@westnorthants.gov.uk"),
            ]),
            body("<b>Contributors/Checkers/Approvers</b>"),
            table([
                ["Monitoring Officer", "Catherine Towcester", "24/10/2024"],
                ["Chief Finance Officer (S.151 Officer)", "Martin Brackley", "25/10/2024"],
                ["Head of Communications", "Becky Silverstone", "28/10/2024"],
            ], [6 * cm, 6 * cm, 4 * cm]),
            body("<b>List of Appendices</b>"),
            body("Appendix A - Area SEND inspection report<br/>Appendix B - Priority Action Plan"),
            heading("1. Purpose of Report"),
            body("1.1 To inform Cabinet of the outcome of the area SEND inspection of the West Northamptonshire "
                 "local area partnership and to seek Cabinet's endorsement of the Priority Action Plan."),
            heading("2. Executive Summary"),
            body("2.1 Ofsted and the Care Quality Commission inspected the partnership between 15 and 19 July 2024. "
                 "The inspection report was published on 6 September 2024 and found widespread and/or systemic "
                 "failings leading to significant concerns about the experiences and outcomes of children and "
                 "young people with SEND."),
            heading("3. Recommendations"),
            body("3.1 It is recommended that Cabinet:"),
            hanging("a) Notes the findings of the area SEND inspection report."),
            hanging("b) Endorses the Priority Action Plan at Appendix B."),
            hanging("c) Delegates authority to the Executive Director of Children's Services, in consultation with "
                    "the Cabinet Member for Children, Families and Education, to make any changes to the Priority "
                    "Action Plan required by the Department for Education."),
        ],
        [
            heading("4. Reason for Recommendations"),
            body("4.1 The partnership must respond to the inspection and deliver the Priority Action Plan."),
            heading("5. Report Background"),
            body("5.1 The report sets out two priority actions for the partnership:"),
            bullet("Leaders across the partnership must urgently improve the timeliness and quality of EHC needs "
                   "assessments and plans, including the contributions from health and social care."),
            bullet("Leaders must act urgently to strengthen the partnership's strategic oversight of SEND, "
                   "including its use of data and its joint commissioning of services."),
            body("5.2 The report also sets out four areas for improvement:"),
            hanging("1. Leaders should reduce waiting times for assessment by the child and adolescent mental health "
                    "service and the neurodevelopmental pathway."),
            hanging("2. Leaders should improve communication with parents and carers, so that they know what "
                    "support is available and how to access it."),
            hanging("3. Leaders should ensure that mainstream schools are better equipped to meet the needs of "
                    "pupils with SEND, so that fewer pupils are suspended or excluded."),
            hanging("4. Leaders should improve the support for young people preparing for adulthood, including "
                    "access to employment and independent living."),
            body("5.3 Inspectors also found that early years settings identify children's needs well and that the "
                 "Northamptonshire Parent Carer Forum is an active partner."),
            body("5.4 The Priority Action Plan was submitted to Ofsted on 11 October 2024. The Department for "
                 "Education and NHS England will monitor progress, with the first review meeting expected in "
                 "January 2025."),
            heading("6. Implications (including financial implications)"),
            body("6.1 The actions in the plan will be funded from the Dedicated Schools Grant and the Council's "
                 "children's services budget for 2024/25."),
        ],
        [
            heading("7. Background Papers"),
            body("7.1 Area SEND inspection of West Northamptonshire Local Area Partnership, Ofsted and CQC, 6 "
                 "September 2024."),
            body("7.2 Report to Children, Education and Housing Overview and Scrutiny Committee, 15 October 2024."),
        ],
    ]
    return write("west-northamptonshire/round18-2024-11-12-cabinet/Area SEND Inspection Priority Action Plan.pdf",
                 pages, "West Northamptonshire Council", "Cabinet - 12 November 2024", "",
                 page_label="Page {n} of {total}")


def main() -> None:
    for make in (kent_report, worcestershire_report, west_northamptonshire_report):
        print(make())


if __name__ == "__main__":
    main()
