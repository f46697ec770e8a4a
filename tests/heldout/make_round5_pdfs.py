"""Write the four printed documents of the held-out round 5 (reportlab).

Round 5 is a blind batch: documents of councils outside ../shared and the earlier rounds, written
with their gold before any extractor ran on them. These four are the printed forms: long minutes
with a two-column attendance grid whose weaknesses and resolutions run across page breaks, an
executive decision notice, an officer report with ruled tables, and scrutiny minutes with
"It was RESOLVED" inside a paragraph. Invented text, fictitious people. Each page's content is
fixed here with an explicit page break, so the gold's page numbers follow from this script; the
paragraph helpers and page furniture are round 4's (make_round4_pdfs.py). The output is
deterministic (reportlab's invariant mode), so rerunning it rewrites identical files:

    /work/main/.venv/bin/python tests/heldout/make_round5_pdfs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_round4_pdfs import BODY, CORPUS, body, heading, table, title  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402


def grid(rows: list[list[str]], widths: list[float]):
    """An attendance grid: names set in columns with no rules, as printed minutes lay them out."""
    cells = [[Paragraph(cell, BODY) for cell in row] for row in rows]
    layout = Table(cells, colWidths=widths)
    layout.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return layout


def write(relative: str, pages: list[list], header_left: str, header_right: str, footer: str,
          page_label: str = "Page {n} of {total}") -> Path:
    """One PDF: the flowables of each page, a running header and a footer with the page number."""
    path = CORPUS / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    total = len(pages)

    def decorate(canvas, document):
        width, height = A4
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, height - 1.2 * cm, header_left)
        canvas.drawRightString(width - 2 * cm, height - 1.2 * cm, header_right)
        canvas.drawString(2 * cm, 1.2 * cm, footer)
        canvas.drawRightString(width - 2 * cm, 1.2 * cm, page_label.format(n=document.page, total=total))
        canvas.restoreState()

    story: list = []
    for number, flowables in enumerate(pages):
        if number:
            story.append(PageBreak())
        story.extend(flowables)
    document = SimpleDocTemplate(str(path), pagesize=A4, topMargin=2 * cm, bottomMargin=2 * cm,
                                 title=path.stem, author="", subject="", creator="")
    document.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return path


def milton_keynes_minutes() -> Path:
    """Long scrutiny minutes: a two-column attendance grid; findings and resolutions across page breaks."""
    pages = [
        [
            title("MILTON KEYNES CITY COUNCIL"),
            body("<b>MINUTES OF THE MEETING OF THE CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE HELD ON "
                 "TUESDAY 12 DECEMBER 2023 AT 7.00 PM, CIVIC, 1 SAXON GATE EAST, CENTRAL MILTON KEYNES</b>"),
            body("<b>Present:</b>"),
            grid([
                ["Councillor Imogen Baptiste-Carr (Chair)", "Councillor Hamish Treadwell (Vice-Chair)"],
                ["Councillor Oyelola Fagbemi", "Councillor Judith Penhallow"],
                ["Councillor Kasim Rahmatullah", "Councillor Ellen Brocklebank"],
                ["Councillor Vernon Ashcombe", "Councillor Deepa Sandhu-Reeve"],
            ], [8 * cm, 8 * cm]),
            body("<b>Co-opted member:</b> Mr Seamus Ormerod (Church of England Diocese of Oxford)"),
            body("<b>Also present:</b> Councillor Zara Whitcombe-Lee (Cabinet Member for Children and Families), "
                 "Councillor Ralph Oyston (Cabinet Member for Education and Skills)"),
            body("<b>Officers:</b> Fiona Dandridge (Director of Children's Services), Ravi Sethuraman (Head of "
                 "SEND and Inclusion), Colm Breathnach (Head of Commissioning, Children and Families), "
                 "Abigail Tennant (Scrutiny Officer)"),
            body("<b>Others:</b> Dr Lucia Ferrante (Designated Clinical Officer, NHS Bedfordshire, Luton and "
                 "Milton Keynes Integrated Care Board), Ms Tamsin Achebe (Chair, MK Parent Carer Forum)"),
            body("<b>Apologies:</b> Councillor Marcus Elphinstone"),
            heading("CYP40 MINUTES"),
            body("RESOLVED &ndash; That the minutes of the meeting held on 17 October 2023 be approved and "
                 "signed by the Chair as a correct record."),
            heading("CYP41 DISCLOSURES OF INTEREST"),
            body("Councillor Penhallow declared an interest as a governor of a special school in Bletchley."),
        ],
        [
            heading("CYP42 PUBLIC PARTICIPATION"),
            body("Mrs Yolanda Fairweather addressed the Committee about the difficulty of obtaining a place "
                 "at a resourced provision for her son, who had been without a school place since September "
                 "2023. Mr Kofi Ampofo-Bright, a parent and youth worker, spoke about the value of the short "
                 "breaks service and asked that it be protected in the budget."),
            body("The Chair thanked both speakers and asked officers to respond to Mrs Fairweather in writing."),
            heading("CYP43 AREA SEND INSPECTION: OUTCOME AND PRIORITY ACTION PLAN"),
            body("The Director of Children's Services introduced the report. She reminded members that Ofsted "
                 "and the CQC had inspected the Milton Keynes local area partnership between 2 and 6 October "
                 "2023 and that the inspection report had been published on 17 November 2023. The partnership "
                 "had received the lowest outcome: there are widespread and/or systemic failings leading to "
                 "significant concerns about the experiences and outcomes of children and young people with "
                 "SEND."),
            body("The Head of SEND and Inclusion explained that the report required the partnership to take "
                 "priority action in two areas and to improve in two others. In summary, inspectors had "
                 "concluded that:"),
            body("(i) the partnership's leaders had not established an effective system of quality assurance, "
                 "so that they did not know whether children's needs were being met or whether "
                 "commissioned services were making a difference;"),
            body("(ii) children and young people were waiting too long for assessment by the child "
                 "development centre and for support from child and adolescent mental health services, and "
                 "many received no help while they waited;"),
        ],
        [
            body("(iii) the annual review process was not effective, with many reviews overdue and plans not "
                 "amended to reflect the outcomes agreed; and"),
            body("(iv) the exclusion and part-time timetabling of pupils with SEND in some secondary schools "
                 "was too high and was not being challenged by leaders."),
            body("The Priority Action Plan must be submitted to Ofsted within 35 working days; the partnership "
                 "intended to submit it on or before 15th January 2024. A monitoring inspection would follow "
                 "within 18 months."),
            body("Dr Ferrante said that the ICB accepted the findings about waiting times and had appointed an "
                 "interim clinical lead for neurodevelopmental services. Ms Achebe said that parents did not "
                 "want another plan written about them; the forum had asked for a place on the new SEND "
                 "Improvement Board and this had been agreed."),
            body("Councillor Fagbemi asked how many secondary pupils with SEND were on part-time timetables. "
                 "The Head of SEND and Inclusion said the figure was 146 in November 2023 and that each case "
                 "was now reviewed every fortnight. Councillor Brocklebank asked for the figure to be "
                 "reported at each meeting."),
            body("Councillor Ashcombe proposed that the Committee ask Cabinet to commission an independent "
                 "review of the SEND service. The proposal was not seconded."),
            body("Councillor Whitcombe-Lee accepted the findings on behalf of the Cabinet."),
            body("RESOLVED &ndash;"),
            body("1. That the outcome of the area SEND inspection and the four areas identified by inspectors "
                 "be noted, and that the Committee's thanks to the parents, carers and young people who "
                 "spoke to inspectors be recorded."),
            body("2. That the draft Priority Action Plan be considered by the Committee at an additional "
                 "meeting before it is submitted to Ofsted."),
        ],
        [
            body("3. That the number of pupils with SEND who are on part-time timetables or have been "
                 "excluded be reported to every meeting of the Committee until further notice."),
            body("4. That the Committee recommends to Cabinet that the MK Parent Carer Forum be given a seat on "
                 "the SEND Improvement Board."),
            heading("CYP44 WORK PROGRAMME 2023/24"),
            body("RESOLVED &ndash; That the work programme be agreed, with an additional meeting on 9 January "
                 "2024 to consider the draft Priority Action Plan."),
            body("THE CHAIR CLOSED THE MEETING AT 9.25 PM"),
        ],
    ]
    return write("milton-keynes/round5-2024-02-06-children-and-young-people-scrutiny-committee/"
                 "Minutes 12 December 2023.pdf", pages,
                 "Children and Young People Scrutiny Committee", "12 December 2023",
                 "Milton Keynes City Council", page_label="{n}")


def bedford_decision_notice() -> Path:
    """An executive decision notice: a Decision block with numbered clauses, reasons, call-in."""
    pages = [
        [
            title("BEDFORD BOROUGH COUNCIL"),
            body("<b>EXECUTIVE DECISION NOTICE</b>"),
            table([
                ["Decision taken by:", "The Executive"],
                ["Date of decision:", "Wednesday 9th October 2024"],
                ["Subject:", "SEND Priority Action Plan and Statutory Direction"],
                ["Decision reference:", "EX/24/117"],
                ["Key decision:", "Yes"],
            ], [4.5 * cm, 11.5 * cm]),
            heading("Decision"),
            body("The Executive considered the report of the Director of Children's Services and RESOLVED "
                 "(unanimously):"),
            body("1. To note the outcome of the area SEND inspection carried out by Ofsted and the Care Quality "
                 "Commission from 15 to 19 July 2024, and the statutory direction issued to the Council by "
                 "the Secretary of State for Education on 4 September 2024."),
            body("2. To approve the Priority Action Plan attached at Appendix A, which was submitted to Ofsted "
                 "on 27 September 2024 in draft, as the partnership's final plan."),
            body("3. To approve additional revenue funding of £2.4m in 2024/25 for the SEND service, to be met "
                 "from the Council's transformation reserve."),
            body("4. To delegate to the Director of Children's Services, in consultation with the Portfolio "
                 "Holder for Education and Youth, authority to agree the terms of reference of the SEND "
                 "Improvement Board."),
            heading("Reasons for the decision"),
            body("The inspection report, published on 30 August 2024, identified widespread and systemic "
                 "failings. Inspectors were particularly concerned about the length of time families wait "
                 "for an EHC needs assessment, with only 9% of plans issued within 20 weeks, and about "
                 "the absence of effective joint commissioning between the Council and the integrated care "
                 "board. They also found that the partnership's self-evaluation was over-optimistic and that "
                 "leaders had not acted on what parents had been telling them for several years."),
            body("The statutory direction requires the Council to comply with the instructions of a SEND "
                 "Commissioner and to report progress to the Department for Education every three months."),
        ],
        [
            heading("Alternative options considered and rejected"),
            body("None. A Priority Action Plan and compliance with the direction are statutory requirements."),
            heading("Conflicts of interest"),
            body("None declared."),
            heading("Call-in"),
            body("This decision will come into force, and may be implemented, on 17.10.2024 unless it is "
                 "called in by the Overview and Scrutiny Committee."),
            Spacer(1, 12),
            table([
                ["Portfolio Holder:", "Councillor Hyacinth Lonsdale-Mbeki, Portfolio Holder for Education and Youth"],
                ["Report author:", "Bartholomew Greenslade, Assistant Director SEND and Inclusion<br/>"
                                   "Tel: 01234 276 553<br/>E-mail: bartholomew.greenslade@bedford.gov.uk"],
                ["Published:", "10 October 2024"],
            ], [4.5 * cm, 11.5 * cm]),
        ],
    ]
    return write("bedford/round5-2024-10-09-executive/Executive Decision Notice EX-24-117.pdf", pages,
                 "Bedford Borough Council - Executive Decision Notice", "EX/24/117",
                 "This notice is published under the Local Authorities (Executive Arrangements) Regulations 2012")


def cheshire_west_report() -> Path:
    """An officer report: recommendations that are not resolutions and a ruled table of weaknesses."""
    pages = [
        [
            title("Cheshire West and Chester Council"),
            body("<b>Report to: Children and Families Overview and Scrutiny Committee</b>"),
            table([
                ["Date of meeting", "7 March 2022"],
                ["Report of", "Executive Director of Education and Children's Social Care"],
                ["Cabinet Member", "Cllr Rosamund Tregothnan, Cabinet Member for Children and Families"],
                ["Title", "SEND Written Statement of Action: Progress and DfE Review"],
            ], [4.5 * cm, 11.5 * cm]),
            heading("1. Report summary"),
            body("1.1 This report updates members on progress made since the local area SEND inspection in "
                 "April 2019 and on the outcome of the Department for Education and NHS England review held "
                 "on 24 January 2022."),
            heading("2. Recommendations"),
            body("2.1 It is recommended that the Committee:"),
            body("(a) notes the progress made against the Written Statement of Action;"),
            body("(b) considers whether any aspect of the plan requires further scrutiny before the re-visit; and"),
            body("(c) asks for a report on the outcome of the re-visit when the letter is published."),
            heading("3. Reasons for the recommendations"),
            body("3.1 The Committee agreed in July 2019 to monitor the Written Statement of Action until "
                 "the area is re-visited."),
            heading("4. Background"),
            body("4.1 Ofsted and the Care Quality Commission inspected the local area from 8 to 12 April "
                 "2019. Their letter of 4 June 2019 required a Written Statement of Action, which was "
                 "submitted on 13 September 2019 and judged fit for purpose on 14 November 2019. The table "
                 "below shows the weaknesses the letter identified and the DfE's latest assessment."),
        ],
        [
            table([
                ["Weakness identified in the inspection letter", "DfE assessment, January 2022"],
                ["The local area's strategy for SEND is not informed by an accurate understanding of "
                 "need, and leaders do not routinely evaluate the difference their actions make", "On track"],
                ["The variable quality of education, health and care plans and the lack of consistent "
                 "input from social care", "Some concerns"],
                ["Parents and carers are not well informed about the local offer and have little "
                 "confidence in the EHC needs assessment process", "On track"],
                ["Young people aged 19 to 25 have too few options for further education, training and "
                 "employment", "Some concerns"],
            ], [11 * cm, 5 * cm]),
            heading("5. Next steps"),
            body("5.1 Ofsted and the CQC are expected to re-visit the area in the summer term. The next DfE "
                 "and NHS England review has been arranged for 11 July 2022."),
            heading("6. Implications"),
            body("6.1 Financial: the actions are funded within the High Needs Block and the CCG's budget for "
                 "2021-22. 6.2 Legal: the Written Statement of Action is required under the inspection "
                 "framework."),
            heading("7. Report author"),
            table([
                ["Author", "Contact details"],
                ["Perpetua Oakenshaw, Senior Manager, SEND Improvement", "Tel: 01244 973 218<br/>"
                 "Email: perpetua.oakenshaw@cheshirewestandchester.gov.uk"],
            ], [8 * cm, 8 * cm]),
        ],
    ]
    return write("cheshire-west-and-chester/round5-2022-03-07-children-and-families-overview-and-scrutiny-committee/"
                 "SEND WSoA Progress Report.pdf", pages,
                 "Children and Families Overview and Scrutiny Committee", "07/03/2022",
                 "Cheshire West and Chester Council", page_label="Page {n}")


def st_helens_minutes() -> Path:
    """Scrutiny minutes: 'It was RESOLVED' inside a paragraph, areas of concern as a prose paragraph."""
    pages = [
        [
            title("ST HELENS BOROUGH COUNCIL"),
            body("<b>Children and Young People Services Scrutiny Committee</b>"),
            body("Minutes of the meeting held on Monday, 20 February 2023 in the Council Chamber, Town Hall, "
                 "Victoria Square, St Helens"),
            body("<b>Present:</b> Councillor Philippa Garswood (Chair), Councillors Delroy Haydock, "
                 "Brendan Thatto, Sinead Rainford-Moss, Arjun Eccleston and Mary-Kate Parr."),
            body("<b>In attendance:</b> Councillor Joan Sutton-Hale (Cabinet Member for Children and Young "
                 "People); Gareth Billinge (Director of Children's Services); Hollie Marsh-Okoye (Assistant "
                 "Director, Education, Skills and SEND); Ade Fenwick (Scrutiny Support Officer); Jenna "
                 "Rutherford (Designated Clinical Officer, NHS Cheshire and Merseyside ICB, St Helens Place)."),
            heading("41 Apologies"),
            body("There were no apologies."),
            heading("42 Minutes"),
            body("It was RESOLVED that the minutes of the meeting held on 16th January 2023 be approved as a "
                 "correct record."),
            heading("43 SEND Inspection Re-visit and Accelerated Progress Plan"),
            body("The Assistant Director, Education, Skills and SEND reported on the re-visit by Ofsted and "
                 "the CQC on 21&ndash;23 November 2022 to follow up the inspection of October 2018. The letter "
                 "was published on 6 January 2023. Of the five areas of significant weakness, the area had "
                 "made sufficient progress in three. The two areas that remain are the length of time that "
                 "children and young people wait for assessment by the child and adolescent mental health "
                 "service, and the consistency with which mainstream schools meet the needs of pupils "
                 "receiving SEN support."),
        ],
        [
            body("The Department for Education required an Accelerated Progress Plan, which was to be "
                 "submitted by 3 March 2023, and would then review progress every six months."),
            body("Members raised concerns about the numbers of children waiting for CAMHS and about the "
                 "training of teaching assistants. Jenna Rutherford said that a new single point of access "
                 "for emotional health had opened in January 2023. The Chair noted that the Committee had "
                 "been concerned about waiting times since 2019."),
            body("After discussion it was RESOLVED that the Committee notes the re-visit letter and the draft "
                 "Accelerated Progress Plan, and requests a report on CAMHS waiting times at its meeting on "
                 "17 July 2023. It was further RESOLVED that the Chair writes to the Place Director of the "
                 "ICB asking for a timetable for reducing those waiting times."),
            heading("44 Work Programme"),
            body("It was RESOLVED that the work programme be noted."),
            body("The meeting closed at 7.40 pm."),
        ],
    ]
    return write("st-helens/round5-2023-03-27-children-and-young-people-services-scrutiny-committee/"
                 "Minutes 20 February 2023.pdf", pages,
                 "St Helens Borough Council", "Children and Young People Services Scrutiny Committee",
                 "Minutes - 20/02/23", page_label="Page {n} of {total}")


def main() -> None:
    for make in (milton_keynes_minutes, bedford_decision_notice, cheshire_west_report, st_helens_minutes):
        print(make().relative_to(CORPUS))


if __name__ == "__main__":
    main()
