"""Write the four printed documents of the held-out round 4 (reportlab).

The held-out set had only one-page text and web pages; real councils publish long printed
minutes, decision notices, reports and parish minutes as PDFs, with running headers, footers
and page numbers that a reader must see past. These four are invented text in the styles of
councils outside ../shared (all people fictitious). Each page's content is fixed here with an
explicit page break, so the gold's page numbers follow from this script. The output is
deterministic (reportlab's invariant mode), so rerunning it rewrites identical files:

    /work/main/.venv/bin/python tests/heldout/make_round4_pdfs.py
"""

from __future__ import annotations

from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "corpus"
STYLES = getSampleStyleSheet()
BODY = STYLES["BodyText"]
HEADING = STYLES["Heading3"]
TITLE = STYLES["Heading2"]


def body(text: str):
    return Paragraph(text, BODY)


def heading(text: str):
    return Paragraph(text, HEADING)


def title(text: str):
    return Paragraph(text, TITLE)


def table(rows: list[list[str]], widths: list[float]):
    cells = [[Paragraph(cell, BODY) for cell in row] for row in rows]
    grid = Table(cells, colWidths=widths)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return grid


def write(relative: str, pages: list[list], header_left: str, header_right: str, footer: str) -> Path:
    """One PDF: the flowables of each page, a running header and a 'Page n of N' footer."""
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
        canvas.drawRightString(width - 2 * cm, 1.2 * cm, f"Page {document.page} of {total}")
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


def warwickshire_minutes() -> Path:
    """Long printed minutes: attendance groups, public speakers, debate, decisions on the last page."""
    pages = [
        [
            title("Minutes of the meeting of the Children and Young People Overview and Scrutiny Committee "
                  "held on 15 November 2023 at Shire Hall, Warwick"),
            body("<b>Present</b>"),
            body("<b>Members of the Committee</b><br/>Councillor Rosalind Tebbutt (Chair)<br/>"
                 "Councillor Amrit Dhaliwal (Vice-Chair)<br/>Councillor Giles Fernihough<br/>"
                 "Councillor Bernadette Quayle<br/>Councillor Stanley Okoro<br/>Councillor Hetty Marchbank"),
            body("<b>Co-opted Members</b><br/>Mrs Lorraine Appiah (Parent Governor Representative)"),
            body("<b>Other Councillors</b><br/>Councillor Desmond Farrimond (Portfolio Holder for Children and "
                 "Families)<br/>Councillor Iona Blackwood (Portfolio Holder for Education)"),
            body("<b>Officers</b><br/>Harriet Voss, Executive Director for Children and Young People<br/>"
                 "Martin Szymanski, Assistant Director Education Services<br/>"
                 "Chloe Aspinall-Rhodes, Head of SEND and Inclusion<br/>"
                 "Kamal Eastwood, Democratic Services Officer"),
            body("<b>Others Present</b><br/>Dr Niamh Corrigan, Associate Director of Nursing, Coventry and "
                 "Warwickshire Integrated Care Board<br/>Yvonne Latchford, Warwickshire Parent Carer Voice"),
            heading("1. General"),
            body("(1) Apologies<br/>Apologies were received from Councillor Barnaby Whitlock."),
            body("(2) Disclosures of Pecuniary and Non-Pecuniary Interests<br/>Councillor Quayle declared a "
                 "non-pecuniary interest as a parent of a child with an EHC plan."),
            body("(3) Minutes of previous meetings<br/>Resolved: That the minutes of the meeting held on "
                 "13 September 2023 be approved as a correct record and signed by the Chair."),
        ],
        [
            heading("2. Public Speaking"),
            body("The Chair welcomed two public speakers. Mr Oliver Brightwell spoke about his daughter's "
                 "wait of eighteen months for a place at a specialist school and asked the Committee to "
                 "look at the sufficiency of places in the south of the county. Ms Farida Haque, a parent from "
                 "Nuneaton, described the difficulty of reaching a case officer by telephone."),
            body("The Chair thanked the speakers and said that the Portfolio Holder for Education would "
                 "respond in writing within ten working days."),
            heading("3. Area SEND Inspection Outcome and Priority Action Plan"),
            body("The Head of SEND and Inclusion, Chloe Aspinall-Rhodes, introduced the report. Ofsted and "
                 "the Care Quality Commission had inspected the Warwickshire local area partnership from "
                 "11th to 15th September 2023 under the framework introduced in January 2023. The report was "
                 "published on 27 October 2023. It found widespread and/or systemic failings leading to "
                 "significant concerns about the experiences and outcomes of children and young people with "
                 "SEND, the lowest of the three possible outcomes."),
            body("The report set out two areas for priority action and three areas for improvement. The "
                 "areas for priority action were as follows."),
            body("1. Leaders across education, health and care do not have a shared and accurate "
                 "understanding of the needs of children and young people with SEND, and their strategy is "
                 "not yet making a difference to families."),
            body("2. Too many children and young people wait too long for their needs to be assessed, and "
                 "too many education, health and care plans are finalised late and do not capture their "
                 "needs accurately."),
            body("Leaders must submit a Priority Action Plan to Ofsted by 8 December 2023, and the area will "
                 "be monitored through engagement meetings and a monitoring inspection."),
        ],
        [
            body("The areas for improvement were:"),
            body("a. Leaders should improve communication with parents and carers, so that they know who to "
                 "contact and receive timely replies."),
            body("b. The integrated care board should reduce waiting times for speech and language therapy "
                 "and for the neurodevelopmental pathway."),
            body("c. Leaders should ensure that there are enough specialist places close to home, so that "
                 "fewer children travel long distances to school."),
            body("Councillor Fernihough asked how the partnership would know whether families' experiences "
                 "had improved. Martin Szymanski said that a parent survey would run every term and that the "
                 "first results would be reported in March 2024."),
            body("Councillor Okoro asked about the use of independent specialist placements. The Executive "
                 "Director said that the number had risen from 310 in January 2022 to 452 in September 2023, "
                 "and that the new capital programme would add 200 places by September 2025."),
            body("Dr Corrigan said that the ICB had agreed additional funding for speech and language therapy "
                 "and expected the longest waits to halve within twelve months. Yvonne Latchford said that "
                 "parents wanted to see the Priority Action Plan written with them and not presented to them."),
            body("Councillor Dhaliwal proposed that the Committee should set up a member working group to "
                 "follow the plan. Councillor Marchbank seconded the proposal."),
            body("Councillor Blackwood, Portfolio Holder for Education, accepted the findings on behalf of "
                 "Cabinet and apologised to families for the failings described in the report."),
        ],
        [
            body("Following the debate, the Committee:"),
            body("Resolved"),
            body("1. That the Committee notes the outcome of the area SEND inspection and the areas for "
                 "priority action and improvement identified by Ofsted and the CQC."),
            body("2. That a member working group of four members of the Committee be established to monitor "
                 "delivery of the Priority Action Plan, reporting to each meeting of the Committee."),
            body("3. That the Committee recommends to Cabinet that parents and carers are represented on the "
                 "SEND Improvement Board."),
            heading("4. Work Programme"),
            body("Resolved: That the work programme be agreed, with the addition of an item on home to school "
                 "transport at the meeting on 24 January 2024."),
            heading("5. Urgent Items"),
            body("There were no urgent items."),
            body("The meeting closed at 4.05 pm."),
            Spacer(1, 20),
            body("................................................ Chair"),
        ],
    ]
    return write("warwickshire/round4-2024-01-24-children-and-young-people-overview-and-scrutiny-committee/"
                 "Minutes 15 November 2023.pdf", pages,
                 "Children and Young People Overview and Scrutiny Committee", "15.11.23",
                 "Warwickshire County Council")


def west_sussex_decision() -> Path:
    """A Cabinet Member decision notice: Decision: and Reasons: blocks, a signature and a contact."""
    pages = [
        [
            title("Decision by the Cabinet Member for Learning and Skills"),
            body("Ref: LS06 (23/24)"),
            body("<b>SEND Accelerated Progress Plan and Use of the SEND Improvement Fund</b>"),
            body("Key decision: Yes<br/>Part I<br/>Report by the Director of Education and Skills<br/>"
                 "Electoral divisions: All"),
            heading("Decision"),
            body("The Cabinet Member for Learning and Skills has:"),
            body("(1) Approved the Accelerated Progress Plan set out at Appendix A for submission to the "
                 "Department for Education and NHS England by 22 September 2023;"),
            body("(2) Approved the allocation of £1.2m from the SEND Improvement Fund to increase capacity in "
                 "the Education, Health and Care Plan team and the Educational Psychology Service in "
                 "2023/24; and"),
            body("(3) Delegated authority to the Director of Education and Skills to agree the detailed "
                 "spending plan with Sussex Integrated Care Board."),
            heading("Reasons"),
            body("Ofsted and the Care Quality Commission re-visited West Sussex between 10 and 12 July 2023 "
                 "to review progress against the five significant weaknesses identified in the joint "
                 "inspection of February 2019. Their letter, published on 4 August 2023, found that the area "
                 "had made sufficient progress in three of the weaknesses but not in the remaining two, which "
                 "were the timeliness and quality of education, health and care plans, and the lack of a "
                 "clear and consistent local offer for parents and carers."),
            body("Where a re-visit finds insufficient progress, the Department for Education requires an "
                 "Accelerated Progress Plan. The additional staff will reduce the number of assessments that "
                 "exceed 20 weeks, which stood at 64% in June 2023."),
        ],
        [
            heading("Background and context"),
            body("The Written Statement of Action was declared fit for purpose on 17 July 2019. Progress has "
                 "been reviewed by the Department for Education and NHS England every six months, most "
                 "recently on 9 March 2023."),
            heading("Consultation"),
            body("The West Sussex Parent Carer Forum has helped to write the plan, and the Children and Young "
                 "People's Services Scrutiny Committee considered a draft on 6 September 2023."),
            heading("Financial implications"),
            body("The £1.2m is met from the SEND Improvement Fund created in the 2023/24 budget. There are "
                 "no further revenue implications."),
            heading("Proposal and options"),
            body("The alternative of waiting for the 2024/25 budget was rejected because it would delay the "
                 "reduction of assessment waits by at least six months."),
            Spacer(1, 12),
            body("Signed: Councillor Lindsay Faversham, Cabinet Member for Learning and Skills<br/>"
                 "Date: 14 September 2023"),
            body("<b>Contact Officer:</b> Tobias Rennick, Head of SEND Improvement, 0330 222 4876, "
                 "tobias.rennick@westsussex.gov.uk"),
            body("Background papers: None"),
        ],
    ]
    return write("west-sussex/round4-2023-09-14-cabinet-member-for-learning-and-skills/"
                 "LS06 2324 SEND Accelerated Progress Plan.pdf", pages,
                 "West Sussex County Council", "Decision Notice LS06 (23/24)", "Cabinet Member decision")


def brighton_report() -> Path:
    """An officer report: a recommendations table, background with findings, a contact-officer block."""
    pages = [
        [
            title("Children, Families and Schools Committee"),
            body("Agenda Item 42"),
            body("Brighton &amp; Hove City Council"),
            table([
                ["Subject:", "Local Area SEND Inspection: Written Statement of Action"],
                ["Date of meeting:", "6 July 2020"],
                ["Report of:", "Executive Director, Families, Children and Learning"],
                ["Contact Officer:", "Name: Maura Oyelowo-Finch<br/>Tel: 01273 295117<br/>"
                                     "Email: maura.oyelowo-finch@brighton-hove.gov.uk"],
                ["Ward(s) affected:", "All"],
            ], [4 * cm, 12 * cm]),
            heading("1. Purpose of the report and policy context"),
            body("1.1 This report presents the Written Statement of Action (WSoA) prepared by the council and "
                 "Brighton and Hove Clinical Commissioning Group following the joint local area SEND "
                 "inspection carried out by Ofsted and the CQC on 2-6 March 2020."),
            body("1.2 The inspection letter was published on 12 May 2020 and requires the WSoA to be "
                 "submitted to Ofsted by 31 July 2020."),
            heading("2. Recommendations"),
            table([
                ["No.", "Recommendation"],
                ["2.1", "That the Committee notes the findings of the joint local area SEND inspection."],
                ["2.2", "That the Committee approves the Written Statement of Action at Appendix 1 for "
                        "submission to Ofsted."],
                ["2.3", "That the Committee agrees to receive a progress report every six months until the "
                        "re-visit."],
            ], [1.5 * cm, 14.5 * cm]),
        ],
        [
            heading("3. Context and background information"),
            body("3.1 Inspectors found many strengths, including the commitment of school leaders to "
                 "inclusion and the quality of the city's short breaks. However, they identified four areas "
                 "of significant weakness in the local area's practice. These are listed below."),
            body("3.2 The inconsistent quality of education, health and care plans, and the weak contribution "
                 "of health and social care to them."),
            body("3.3 The lack of an effective joint commissioning strategy across education, health and "
                 "care."),
            body("3.4 Long waiting times for the child development centre and for assessment of autism "
                 "spectrum conditions."),
            body("3.5 The high number of fixed-term exclusions of children and young people who receive SEN "
                 "support."),
            body("3.6 The WSoA sets out actions, owners and measures of success for each area. It was "
                 "co-produced with Amaze and the Parent Carer Forum at six online workshops in June 2020."),
            heading("4. Analysis and consideration of alternative options"),
            body("4.1 A WSoA is a statutory requirement, so no alternative is proposed."),
            heading("5. Community engagement and consultation"),
            body("5.1 Parents and carers were invited to comment on a draft between 1 and 19 June 2020."),
            heading("6. Financial implications"),
            body("6.1 The actions are funded within existing budgets and the High Needs Block."),
            body("Finance Officer Consulted: Danesh Kowalczyk Date: 22/06/2020"),
            heading("7. Legal implications"),
            body("7.1 The council must publish and submit the WSoA under the inspection framework."),
            body("Lawyer Consulted: Imelda Thorogood Date: 23/06/2020"),
        ],
    ]
    return write("brighton-hove/round4-2020-07-06-children-families-and-schools-committee/"
                 "Local Area SEND Inspection Written Statement of Action.pdf", pages,
                 "Brighton & Hove City Council", "Children, Families and Schools Committee - Agenda Item 42",
                 "OFFICIAL")


def leek_town_council() -> Path:
    """Town council minutes: a county councillor's report on the area's SEND inspection."""
    pages = [
        [
            title("LEEK TOWN COUNCIL"),
            body("Minutes of the Meeting of the Town Council held at the Town Hall, Market Place, Leek on "
                 "Tuesday 14th May 2024 at 7.00pm"),
            body("<b>Present:</b> Cllr R. Hulme (Town Mayor, in the Chair), Cllr P. Chadwick (Deputy Mayor), "
                 "Cllr S. Bagnall, Cllr T. Ollerenshaw, Cllr M. Pickford, Cllr J. Swindells-Hart, "
                 "Cllr A. Wardle"),
            body("<b>In attendance:</b> Mrs E. Proudlove (Town Clerk), Mr D. Sigley (Deputy Town Clerk), "
                 "County Cllr Gwen Alcock (Staffordshire County Council), 4 members of the public"),
            body("<b>24/051 Apologies</b><br/>Apologies were received and accepted from Cllr L. Brassington "
                 "(work commitments)."),
            body("<b>24/052 Declarations of Interest</b><br/>Cllr Pickford declared an interest in item "
                 "24/056 as a teaching assistant at a Leek school."),
            body("<b>24/053 Minutes</b><br/>It was proposed by Cllr Chadwick, seconded by Cllr Wardle and "
                 "RESOLVED that the minutes of the meeting held on 9th April 2024 be approved and signed by "
                 "the Chair as a true record."),
            body("<b>24/054 Public Participation</b><br/>Mrs Rhian Kettle, a Leek resident, asked whether the "
                 "Town Council would support parents who had to take their children to school in Stoke-on-"
                 "Trent because there were no local specialist places. The Mayor thanked her and said the "
                 "matter would be considered under item 24/056."),
            body("<b>24/055 Police Report</b><br/>PCSO Liam Hassall reported 31 incidents in the town centre "
                 "in April 2024, most of them anti-social behaviour."),
        ],
        [
            body("<b>24/056 County Councillor's Report: SEND Inspection</b><br/>County Cllr Alcock reported "
                 "that Ofsted and the CQC had inspected the Staffordshire local area partnership from 26th "
                 "February to 1st March 2024 and published their report on 19th April 2024. Inspectors had "
                 "found inconsistent experiences and outcomes. Their main concerns were the long wait for EHC "
                 "needs assessments; the shortage of specialist school places in the north of the county; "
                 "and the poor communication between the county council and families. A strategic plan "
                 "would be updated and published by the end of June 2024."),
            body("Members discussed the impact on families in Leek, including the travel times to special "
                 "schools outside the district."),
            body("It was proposed by Cllr Ollerenshaw, seconded by Cllr Bagnall and RESOLVED that the Town "
                 "Clerk writes to the Cabinet Member for Education at Staffordshire County Council asking "
                 "for a specialist SEND provision in the Staffordshire Moorlands."),
            body("It was further RESOLVED to invite the county council's Assistant Director for SEND to a "
                 "future meeting of the Town Council."),
            body("<b>24/057 Accounts for Payment</b><br/>RESOLVED to approve the schedule of payments for "
                 "April 2024 totalling £18,342.17."),
            body("<b>24/058 Date of Next Meeting</b><br/>Tuesday 11th June 2024 at 7.00pm."),
            body("The meeting closed at 8.20pm."),
            Spacer(1, 20),
            body("Signed ..................................... (Chair) Date ........................"),
        ],
    ]
    return write("leek-town/round4-2024-06-11-town-council/Minutes 14 May 2024.pdf", pages,
                 "Leek Town Council", "Minutes 14.05.2024", "Leek Town Council, Town Hall, Market Place, Leek ST13 5HH")


def main() -> None:
    for make in (warwickshire_minutes, west_sussex_decision, brighton_report, leek_town_council):
        print(make().relative_to(CORPUS))


if __name__ == "__main__":
    main()
