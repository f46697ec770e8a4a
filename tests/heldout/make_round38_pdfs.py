"""Write the long printed documents of the held-out round 38 (reportlab), and their gold.

Round 38 is a blind batch of LONG PDFs (6 to 9 pages), written with their gold before any extractor ran on them, in
shapes of real long council papers that the earlier long-PDF rounds (22, 25, 27, 28, 31, 33, 35, 36) did not use: an
Overview and Scrutiny Management Board's minutes book, with a scrutiny committee's minutes received and appended
(Lincolnshire); a SEND Improvement Board pack of workstream highlight reports and a Priority Action Plan dashboard
(Suffolk); a 2016-framework Ofsted and CQC outcome letter published on its own (Hampshire); a Cabinet report whose
appendix is a Written Statement of Action progress dashboard of RAG and KPI tables (Somerset); a Cabinet Member
decision pack with the Department for Education's Improvement Notice appended (Surrey); and an education scrutiny
agenda pack holding several reports (Northumberland). Invented text, fictitious people.

The framework is ``long_pdf_kit.py`` (shared with the earlier long-PDF rounds, unchanged); ``--gold`` writes the gold
with the page of each resolution's and weakness's text read back from the written PDF; ``--check`` also lists
date-like strings missing from the gold. Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round38_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, cells, run, styles, two_columns  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak, Table, TableStyle  # noqa: E402

S = styles("38", body=(10.5, 14, 5.5), cell=(8.8, 10.8), head=(11, 14, 8), title=(14, 18),
           minute={"spaceBefore": 8, "leftIndent": 36, "firstLineIndent": -36},
           num_para={"leftIndent": 30, "firstLineIndent": -30}, sub_para={"leftIndent": 56, "firstLineIndent": -26})
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = STYLES = S.base
CENTRE, RIGHT, MINUTE, INDENT, SUB = S.centre, S.right, S.minute, S.indent, S.sub
NUM_PARA, SUB_PARA = S.num_para, S.sub_para
INDENT_BULLET = ParagraphStyle("IndentBullet38", parent=BODY, leftIndent=54, firstLineIndent=-12)
INDENT_HANG = ParagraphStyle("IndentHang38", parent=BODY, leftIndent=60, firstLineIndent=-24)
LETTER = ParagraphStyle("Letter38", parent=BODY, fontSize=12, leading=17, spaceAfter=9)
LETTER_BULLET = ParagraphStyle("LetterBullet38", parent=LETTER, leftIndent=22, firstLineIndent=-12)
LETTER_HEAD = ParagraphStyle("LetterHead38", parent=LETTER, fontName="Helvetica-Bold", spaceBefore=6)
CELL_SMALL = ParagraphStyle("CellSmall38", parent=CELL, fontSize=8, leading=9.8)


class Doc(LongDoc):
    """A round 38 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = STYLES
    column_lookup = True

    def keyvalue(self, rows, widths=(4.4 * cm, 11.8 * cm), shade_keys: bool = True, style=None):
        """A ruled two-column table of labels and values, the label column shaded."""
        table = Table(cells(rows, style or CELL), colWidths=list(widths))
        commands = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
        if shade_keys:
            commands.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E4E4E4")))
        table.setStyle(TableStyle(commands))
        self.story.append(table)


# ------------------------------------------------------------------------------------------------------------------
# 1. Lincolnshire: minutes book of the Overview and Scrutiny Management Board, with a scrutiny committee's minutes
# ------------------------------------------------------------------------------------------------------------------

def lincolnshire_minutes_book() -> Doc:
    d = Doc(
        "lincolnshire/round38-2019-04-25-overview-and-scrutiny-management-board/"
        "Minutes Book - Overview and Scrutiny Management Board 28 March 2019.pdf",
        {"council": "Lincolnshire County Council", "council_slug": "lincolnshire",
         "committee": "Overview and Scrutiny Management Board", "meeting_date": "2019-04-25",
         "title": "Minutes Book - Overview and Scrutiny Management Board, 28/03/2019",
         "source_kind": "moderngov-document",
         "url": "https://lincolnshire.moderngov.co.uk/documents/g5391/Printed%20minutes%2028th-Mar-2019%2010.00"
                "%20Overview%20and%20Scrutiny%20Management%20Board.pdf"},
        {"council": "Lincolnshire County Council", "committee": "Overview and Scrutiny Management Board",
         "date": "2019-03-28"},
        "OVERVIEW AND SCRUTINY MANAGEMENT BOARD", "28 MARCH 2019", "Minutes Book 2018/19",
        page_label="{n}")
    d.date("28 MARCH 2019", "2019-03-28")
    d.p("<b>OVERVIEW AND SCRUTINY MANAGEMENT BOARD</b>", CENTRE)
    d.p("<b>28 MARCH 2019</b>", CENTRE)
    d.space(4)
    d.p("<b>PRESENT: COUNCILLOR R A WELBOURN (CHAIRMAN)</b>")
    d.person("R A Welbourn", "Chairman", "member")
    d.p("Councillors Mrs J M Kirkby-Green (Vice-Chairman), A P Barrowby, Mrs W Bowes, R J Cammeringham, "
        "Dr C H Navenby, M A Ropsley, N H Pepperdine, P Scothern, Mrs S Washingborough and T R Wragby.")
    d.person("J M Kirkby-Green", "Vice-Chairman", "member")
    d.person("A P Barrowby", "Chairman, Highways and Transport Scrutiny Committee", "member")
    d.person("W Bowes", "Chairman of the Children and Young People Scrutiny Committee", "member")
    d.person("R J Cammeringham", "Chairman, Adults and Community Wellbeing Scrutiny Committee", "member")
    d.person("C H Navenby", None, "member")
    d.person("M A Ropsley", "Chairman, Environment and Economy Scrutiny Committee", "member")
    d.person("N H Pepperdine", None, "member")
    d.person("P Scothern", None, "member")
    d.person("S Washingborough", None, "member")
    d.person("T R Wragby", "Chairman, Health Scrutiny Committee for Lincolnshire", "member")
    d.p("Added Members: Church Representative: Reverend A Fillingham; Parent Governor Representatives: "
        "Mrs H Sudbrooke and Mr D Willoughton.")
    d.person("A Fillingham", "Church Representative", "other")
    d.person("H Sudbrooke", "Parent Governor Representative", "other")
    d.person("D Willoughton", "Parent Governor Representative", "other")
    d.p("Councillors Mrs P A Gosberton (Executive Councillor for Adult Care, Health and Children's Services) and "
        "C N Worth (Executive Support Councillor for Children's Services) attended the meeting as observers.")
    d.person("P A Gosberton", "Executive Councillor for Adult Care, Health and Children's Services", "member")
    d.person("C N Worth", "Executive Support Councillor for Children's Services", "member")
    d.p("Officers in attendance:- Tracy Caenby (Scrutiny Officer), Helen Donington (Executive Director of "
        "Children's Services), Simon Gonerby (Head of Democratic Services and Statutory Scrutiny Officer), Kim "
        "Heckington (Head of SEND), Pete Moorby (Executive Director - Resources) and Katrina Tealby (Democratic "
        "Services Officer).")
    d.person("Tracy Caenby", "Scrutiny Officer", "officer")
    d.person("Helen Donington", "Executive Director of Children's Services", "officer")
    d.person("Simon Gonerby", "Head of Democratic Services and Statutory Scrutiny Officer", "officer")
    d.person("Kim Heckington", "Head of SEND", "officer")
    d.person("Pete Moorby", "Executive Director - Resources", "officer")
    d.person("Katrina Tealby", "Democratic Services Officer", "officer")

    d.p("70&nbsp;&nbsp;&nbsp;&nbsp;APOLOGIES FOR ABSENCE/REPLACEMENT MEMBERS", MINUTE)
    d.p("Apologies for absence were received from Councillors R L Foulbeck and Mrs A M Newton-Kyme.", INDENT)
    d.person("R L Foulbeck", None, "member")
    d.person("A M Newton-Kyme", None, "member")
    d.p("The Board noted that Councillor N H Pepperdine had replaced Councillor R L Foulbeck for this meeting "
        "only.", INDENT)
    d.p("71&nbsp;&nbsp;&nbsp;&nbsp;DECLARATIONS OF MEMBERS' INTERESTS", MINUTE)
    d.p("Councillor Dr C H Navenby declared that she was a governor of a special school in Gainsborough, in "
        "relation to minute 77.", INDENT)
    d.p("72&nbsp;&nbsp;&nbsp;&nbsp;MINUTES OF THE MEETING OF THE BOARD HELD ON 28 FEBRUARY 2019", MINUTE)
    d.date("28 FEBRUARY 2019", "2019-02-28")
    d.p("<b>RESOLVED</b>", INDENT)
    d.res(None, "That the minutes of the meeting of the Overview and Scrutiny Management Board held on 28 February "
                "2019 be approved as a correct record and signed by the Chairman.", "resolution", style=INDENT)
    d.p("73&nbsp;&nbsp;&nbsp;&nbsp;ANNOUNCEMENTS BY THE CHAIRMAN, EXECUTIVE COUNCILLORS AND LEAD OFFICERS", MINUTE)
    d.p("The Chairman announced that the Local Government Association's peer challenge of the Council's scrutiny "
        "arrangements would take place between 13 and 15 May 2019, and that members of the Board would be invited "
        "to meet the peer team.", INDENT)
    d.date("between 13 and 15 May 2019", "2019-05-13", "2019-05-15")
    d.p("The Executive Councillor for Adult Care, Health and Children's Services reported that the Council had "
        "been awarded funding from the Department for Education for a new special free school in Boston, which "
        "was expected to open in September 2021.", INDENT)
    d.date("September 2021", "2021-09")
    d.p("74&nbsp;&nbsp;&nbsp;&nbsp;CONSIDERATION OF CALL-INS", MINUTE)
    d.p("There were no call-ins for consideration.", INDENT)
    d.p("75&nbsp;&nbsp;&nbsp;&nbsp;COUNCIL BUSINESS PLAN 2018/19: QUARTER 3 PERFORMANCE", MINUTE)
    d.p("Consideration was given to a report by Pete Moorby, Executive Director - Resources, which presented the "
        "Council's performance against the Council Business Plan at the end of Quarter 3 (31 December 2018). Of "
        "the 54 measures reported, 38 had achieved their target, nine were within tolerance and seven had not "
        "achieved their target.", INDENT)
    d.date("31 December 2018", "2018-12-31")
    d.p("During discussion, the following points were raised:", INDENT)
    for text in ("members asked why the percentage of new education, health and care plans issued within 20 "
                 "weeks had fallen to 41%; the Executive Director of Children's Services explained that the "
                 "number of requests for assessment had risen by 23% since April 2018, and that this would be "
                 "considered under minute 77;",
                 "a member asked whether the Council remained on course to meet its target for the number of "
                 "apprenticeships; officers confirmed that it did; and",
                 "the Vice-Chairman asked that future reports show the trend over the previous four quarters."):
        d.p("&bull; " + text, INDENT_BULLET)
    d.date("April 2018", "2018-04")
    d.p("<b>RESOLVED</b>", INDENT)
    d.res("1.", "That the Quarter 3 performance against the Council Business Plan 2018/19 be noted.",
          "resolution", style=INDENT_HANG)
    d.res("2.", "That future performance reports to the Board show the trend for each measure over the previous "
                "four quarters.", "resolution", style=INDENT_HANG)
    d.p("76&nbsp;&nbsp;&nbsp;&nbsp;SCRUTINY COMMITTEE WORK PROGRAMMES: CHAIRMEN'S UPDATES", MINUTE)
    d.p("The Chairmen of the scrutiny committees each gave a brief update on their committee's recent work and "
        "the items planned for the next quarter, which are summarised below.", INDENT)
    d.ruled([["Committee", "Chairman", "Main items, April to June 2019"],
             ["Adults and Community Wellbeing Scrutiny Committee", "Councillor R J Cammeringham",
              "Carers' strategy; day opportunities review (17 April 2019)"],
             ["Children and Young People Scrutiny Committee", "Councillor Mrs W Bowes",
              "Written Statement of Action progress (19 April 2019); school places; Youth Justice Plan"],
             ["Environment and Economy Scrutiny Committee", "Councillor M A Ropsley",
              "Flood risk management; economic infrastructure"],
             ["Health Scrutiny Committee for Lincolnshire", "Councillor T R Wragby",
              "Acute services review; joint session on SEND health provision (17 July 2019)"],
             ["Highways and Transport Scrutiny Committee", "Councillor A P Barrowby",
              "Home to school transport; winter maintenance review"]],
            [5.0 * cm, 4.2 * cm, 6.0 * cm])
    d.date("April to June 2019", "2019-04", "2019-06")
    d.date("17 April 2019", "2019-04-17")
    d.date("19 April 2019", "2019-04-19")
    d.date("17 July 2019", "2019-07-17")
    d.p("<b>RESOLVED</b>", INDENT)
    d.res(None, "That the Chairmen's updates and the scrutiny committee work programmes be noted.", "resolution",
          style=INDENT)

    d.p("77&nbsp;&nbsp;&nbsp;&nbsp;LOCAL AREA SEND INSPECTION: SCRUTINY OF THE WRITTEN STATEMENT OF ACTION", MINUTE)
    d.p("Consideration was given to a report by Helen Donington, Executive Director of Children's Services, which "
        "set out proposed arrangements for the scrutiny of the local area's progress against its Written "
        "Statement of Action (WSoA) for special educational needs and disabilities (SEND).", INDENT)
    d.p("The Board was reminded that Ofsted and the Care Quality Commission (CQC) had inspected the local area "
        "between 11 and 15 June 2018; that their letter, published on 3 August 2018, had identified four areas "
        "of significant weakness and required a WSoA; that the WSoA had been submitted to Ofsted on 31 October "
        "2018; and that Ofsted and the CQC had confirmed on 1 February 2019 that it was fit for purpose.", INDENT)
    d.date("between 11 and 15 June 2018", "2018-06-11", "2018-06-15")
    d.date("3 August 2018", "2018-08-03")
    d.date("31 October 2018", "2018-10-31")
    d.date("1 February 2019", "2019-02-01")
    d.event("inspection", "2018-06-11", "2018-06-15", "Ofsted and the Care Quality Commission (CQC) had inspected "
            "the local area between 11 and 15 June 2018")
    d.event("outcome-letter", "2018-08-03", None, "their letter, published on 3 August 2018, had identified four "
            "areas of significant weakness and required a WSoA")
    d.event("wsoa-submitted", "2018-10-31", None, "the WSoA had been submitted to Ofsted on 31 October 2018")
    d.event("wsoa-approved", "2019-02-01", None, "Ofsted and the CQC had confirmed on 1 February 2019 that it was "
            "fit for purpose")
    d.p("Progress would be monitored by the Department for Education (DfE) and NHS England at six-monthly review "
        "meetings, the first of which had been arranged for 11 June 2019. Ofsted and the CQC would re-visit the "
        "area to decide whether sufficient progress had been made, usually between 18 months and two years after "
        "the WSoA was approved.", INDENT)
    d.date("11 June 2019", "2019-06-11")
    d.event("monitoring", "2019-06-11", None, "Progress would be monitored by the Department for Education (DfE) "
            "and NHS England at six-monthly review meetings, the first of which had been arranged for 11 June 2019")
    d.p("Councillor Mrs W Bowes, Chairman of the Children and Young People Scrutiny Committee, reported that her "
        "committee had examined the WSoA in detail at its meeting on 8 March 2019 (the minutes of which were "
        "before the Board at minute 78). The committee proposed that it receive a progress report at each of its "
        "meetings until the re-visit, and that the health elements of the WSoA be considered at a joint session "
        "with the Health Scrutiny Committee for Lincolnshire on 17 July 2019.", INDENT)
    d.date("8 March 2019", "2019-03-08")
    d.p("During discussion, the following points were raised:", INDENT)
    for text in ("the Board asked how it would know whether the WSoA was making a difference to families, rather "
                 "than only whether actions had been completed; the Executive Director explained that the SEND "
                 "Partnership Board had agreed eleven outcome measures, including the timeliness of new plans and "
                 "the results of a twice-yearly parent survey;",
                 "a member was concerned that the number of requests for EHC needs assessment was still rising, and "
                 "asked whether the SEND service had enough case officers; the Head of SEND said that eight "
                 "additional posts had been filled since January 2019;",
                 "the Parent Governor Representative, Mrs H Sudbrooke, asked that parents be involved in checking "
                 "the accuracy of the local offer; and",
                 "members agreed that the Board should be told of the outcome of each review meeting with the DfE "
                 "and NHS England."):
        d.p("&bull; " + text, INDENT_BULLET)
    d.date("January 2019", "2019-01")
    d.p("<b>RESOLVED</b>", INDENT)
    d.res("1.", "That the arrangements for the scrutiny of the Written Statement of Action set out in paragraph 3 "
                "of the report be endorsed.", "resolution", style=INDENT_HANG)
    d.res("2.", "That the Children and Young People Scrutiny Committee receive a progress report on the Written "
                "Statement of Action at each of its meetings until the re-visit by Ofsted and the Care Quality "
                "Commission.", "resolution", style=INDENT_HANG)
    d.res("3.", "That the Health Scrutiny Committee for Lincolnshire be invited to a joint session with the "
                "Children and Young People Scrutiny Committee on 17 July 2019 to consider the health elements of "
                "the Written Statement of Action.", "resolution", style=INDENT_HANG)
    d.res("4.", "That the outcome of the first review meeting with the Department for Education and NHS England be "
                "reported to the Board at its meeting on 27 June 2019.", "resolution", style=INDENT_HANG)
    d.date("27 June 2019", "2019-06-27")
    d.p("78&nbsp;&nbsp;&nbsp;&nbsp;MINUTES OF SCRUTINY COMMITTEES", MINUTE)
    d.p("The Board received the minutes of the Children and Young People Scrutiny Committee held on 8 March 2019, "
        "which are appended to these minutes as Appendix A, and of the Highways and Transport Scrutiny Committee "
        "held on 11 March 2019, which are published separately.", INDENT)
    d.date("11 March 2019", "2019-03-11")
    d.p("<b>RESOLVED</b>", INDENT)
    d.res(None, "That the minutes of the Children and Young People Scrutiny Committee held on 8 March 2019 and of "
                "the Highways and Transport Scrutiny Committee held on 11 March 2019 be received.", "resolution",
          style=INDENT)
    d.p("79&nbsp;&nbsp;&nbsp;&nbsp;OVERVIEW AND SCRUTINY MANAGEMENT BOARD WORK PROGRAMME", MINUTE)
    d.p("The Board considered its work programme for the remainder of the year, set out below.", INDENT)
    d.ruled([["Date of meeting", "Items"],
             ["25 April 2019", "Scrutiny Annual Report 2018/19; Council Business Plan 2019/20 measures"],
             ["27 June 2019", "Outcome of the first DfE and NHS England review of the Written Statement of Action; "
                              "Quarter 4 performance"],
             ["25 July 2019", "Peer challenge feedback; Treasury Management annual report"],
             ["26 September 2019", "Quarter 1 performance; budget setting timetable"]],
            [4.0 * cm, 12.2 * cm])
    d.date("25 April 2019", "2019-04-25")
    d.date("25 July 2019", "2019-07-25")
    d.date("26 September 2019", "2019-09-26")
    d.p("<b>RESOLVED</b>", INDENT)
    d.res(None, "That the work programme of the Board be agreed, subject to the addition of the Written Statement "
                "of Action review outcome to the meeting on 27 June 2019.", "resolution", style=INDENT)
    d.p("The meeting closed at 12.20 pm.", INDENT)
    d.add(PageBreak())

    # -- Appendix A: the scrutiny committee's minutes received under minute 78 ----------------------------------------
    d.p("<b>APPENDIX A</b>", RIGHT)
    d.p("<b>CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE</b>", CENTRE)
    d.p("<b>8 MARCH 2019</b>", CENTRE)
    d.p("<b>PRESENT: COUNCILLOR MRS W BOWES (CHAIRMAN)</b>")
    d.p("Councillors J D Heighington (Vice-Chairman), Mrs L Blankney, S R Dunston, Mrs K E Grayingham, "
        "B M Harmston, Mrs J M Kirkby-Green, R P Metheringham and G A Nocton.")
    d.person("J D Heighington", "Vice-Chairman", "member")
    d.person("L Blankney", None, "member")
    d.person("S R Dunston", None, "member")
    d.person("K E Grayingham", None, "member")
    d.person("B M Harmston", None, "member")
    d.person("R P Metheringham", None, "member")
    d.person("G A Nocton", None, "member")
    d.p("Added Members: Church Representative: Reverend A Fillingham; Parent Governor Representative: "
        "Mrs H Sudbrooke.")
    d.p("Councillor Mrs P A Gosberton (Executive Councillor for Adult Care, Health and Children's Services) "
        "attended the meeting.")
    d.p("Also in attendance: Dr Farah Saltfleet (Designated Clinical Officer for SEND, Lincolnshire clinical "
        "commissioning groups) and Joanne Kelstern (Chair, Lincolnshire Parent Carer Forum).")
    d.person("Farah Saltfleet", "Designated Clinical Officer for SEND, Lincolnshire clinical commissioning groups",
             "officer")
    d.person("Joanne Kelstern", "Chair, Lincolnshire Parent Carer Forum", "other")
    d.p("Officers in attendance:- Tracy Caenby (Scrutiny Officer), Helen Donington (Executive Director of "
        "Children's Services), Kim Heckington (Head of SEND) and Martin Ulceby (Head of Education Support).")
    d.person("Martin Ulceby", "Head of Education Support", "officer")
    d.p("50&nbsp;&nbsp;&nbsp;&nbsp;APOLOGIES FOR ABSENCE/REPLACEMENT MEMBERS", MINUTE)
    d.p("Apologies for absence were received from Mr D Willoughton (Parent Governor Representative).", INDENT)
    d.p("51&nbsp;&nbsp;&nbsp;&nbsp;DECLARATIONS OF MEMBERS' INTERESTS", MINUTE)
    d.p("There were no declarations of members' interests at this point in the meeting.", INDENT)
    d.p("52&nbsp;&nbsp;&nbsp;&nbsp;MINUTES OF THE MEETING HELD ON 25 JANUARY 2019", MINUTE)
    d.date("25 JANUARY 2019", "2019-01-25")
    d.p("<b>RESOLVED</b>", INDENT)
    d.res(None, "That the minutes of the meeting of the Children and Young People Scrutiny Committee held on 25 "
                "January 2019 be agreed and signed by the Chairman as a correct record.", "resolution", style=INDENT)
    d.p("53&nbsp;&nbsp;&nbsp;&nbsp;SEND WRITTEN STATEMENT OF ACTION", MINUTE)
    d.p("The Committee received a report from Kim Heckington, Head of SEND, which presented the local area's "
        "Written Statement of Action, as declared fit for purpose by Ofsted and the CQC, and the arrangements "
        "for its delivery through the SEND Partnership Board.", INDENT)
    d.p("The Committee was reminded that, following the inspection in June 2018, inspectors had found significant "
        "weaknesses in the local area's practice in four respects: firstly, the timeliness of new education, "
        "health and care (EHC) plans and of the transfer of statements to EHC plans; secondly, the absence of a "
        "clear and up-to-date local offer; thirdly, the identification and meeting of the needs of young people "
        "aged 16 to 25 as they prepare for adulthood; and finally, the inconsistent use of data by leaders to plan "
        "services and to check their impact.", INDENT)
    d.date("June 2018", "2018-06")
    d.record_weak("the timeliness of new education, health and care (EHC) plans and of the transfer of statements "
                  "to EHC plans;", ["ehc-plans"])
    d.record_weak("the absence of a clear and up-to-date local offer;", ["local-offer"])
    d.record_weak("the identification and meeting of the needs of young people aged 16 to 25 as they prepare for "
                  "adulthood;", ["preparing-for-adulthood"])
    d.record_weak("the inconsistent use of data by leaders to plan services and to check their impact.",
                  ["data-oversight", "leadership-governance"])
    d.p("Inspectors had also recognised strengths, including the early identification of needs by health visitors "
        "and early years settings, the inclusive practice of many primary schools and the strong relationship "
        "between leaders and the Lincolnshire Parent Carer Forum.", INDENT)
    d.p("The WSoA set out 31 actions under four priorities, each led by a named senior officer of the Council or "
        "of the clinical commissioning groups. It had been co-produced with the Parent Carer Forum at workshops "
        "held in September and October 2018. The SEND Partnership Board, chaired by the Executive Director of "
        "Children's Services, would receive a progress report at each of its monthly meetings.", INDENT)
    d.date("September and October 2018", "2018-09")
    d.date("October 2018", "2018-10")
    d.p("The Chair of the Parent Carer Forum, Joanne Kelstern, told the Committee that families had welcomed the "
        "honesty of the WSoA but wanted to see changes quickly, particularly in the information available to "
        "them. Dr Farah Saltfleet explained that each clinical commissioning group had appointed a lead for "
        "health advice to EHC needs assessments, and that health advice was now returned within six weeks in "
        "78% of cases, compared with 52% in June 2018.", INDENT)
    d.p("Members' questions and the answers given included:", INDENT)
    for text in ("<i>Q.</i> How many transfers of statements remained outstanding? <i>A.</i> All transfers had now "
                 "been completed; the last 46 had been finalised in February 2019.",
                 "<i>Q.</i> When would the new local offer website be available? <i>A.</i> A test version would be "
                 "shared with the Parent Carer Forum in April 2019 and the full site launched by July 2019.",
                 "<i>Q.</i> What was being done for young people aged 19 to 25? <i>A.</i> A preparing for adulthood "
                 "panel had been established, and two further colleges had agreed to offer supported internships "
                 "from September 2019."):
        d.p("&bull; " + text, INDENT_BULLET)
    d.date("February 2019", "2019-02")
    d.date("April 2019", "2019-04")
    d.date("July 2019", "2019-07")
    d.date("September 2019", "2019-09")
    d.p("<b>RESOLVED</b>", INDENT)
    for text in ("That the Written Statement of Action, as declared fit for purpose by Ofsted and the Care Quality "
                 "Commission, be noted.",
                 "That a progress report on the Written Statement of Action be received at each meeting of the "
                 "Committee until the re-visit.",
                 "That the Committee's comments on the new local offer be passed to the SEND Partnership Board.",
                 "That the Overview and Scrutiny Management Board be asked to agree a joint session with the Health "
                 "Scrutiny Committee for Lincolnshire on the health elements of the Written Statement of Action."):
        d.res(None, text, "resolution", shown_label="&bull;", style=INDENT_BULLET)
    d.p("54&nbsp;&nbsp;&nbsp;&nbsp;ELECTIVE HOME EDUCATION ANNUAL REPORT 2017/18", MINUTE)
    d.p("The Committee considered a report from Martin Ulceby, Head of Education Support, on elective home "
        "education. At 31 January 2019, 1,012 children were known to be home educated, an increase of 18% on the "
        "previous year; 9% of them had an EHC plan.", INDENT)
    d.date("31 January 2019", "2019-01-31")
    d.p("<b>RESOLVED</b>", INDENT)
    d.res(None, "That the report be noted, and that the Executive Councillor be asked to write to the Secretary of "
                "State for Education in support of a national register of children educated at home.", "resolution",
          style=INDENT)
    d.p("55&nbsp;&nbsp;&nbsp;&nbsp;CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE WORK PROGRAMME", MINUTE)
    d.p("The Committee considered its work programme. It was noted that the next meeting, on 19 April 2019, would "
        "receive the first progress report on the WSoA.", INDENT)
    d.p("<b>RESOLVED</b>", INDENT)
    d.res(None, "That the work programme be approved.", "resolution", style=INDENT)
    d.p("The meeting closed at 1.05 pm.", INDENT)
    return d


# ------------------------------------------------------------------------------------------------------------------
# 2. Suffolk: SEND Improvement Board pack (agenda, minutes, covering report, workstream highlight reports, dashboard)
# ------------------------------------------------------------------------------------------------------------------

def suffolk_board_pack() -> Doc:
    d = Doc(
        "suffolk/round38-2025-09-17-send-improvement-board/SEND Improvement Board - meeting pack 17 September 2025.pdf",
        {"council": "Suffolk County Council", "council_slug": "suffolk", "committee": "SEND Improvement Board",
         "meeting_date": "2025-09-17", "title": "SEND Improvement Board - meeting pack 17 September 2025",
         "source_kind": "committee-report",
         "url": "https://www.suffolk.gov.uk/asset-library/send/improvement-board/SEND-Improvement-Board-pack-17-"
                "September-2025.pdf"},
        {"council": "Suffolk County Council", "committee": "SEND Improvement Board", "date": "2025-09-17"},
        "Suffolk SEND Improvement Board", "17 September 2025 - Meeting pack", "OFFICIAL",
        page_label="Page {n} of {total}")
    d.footer_centre = "Suffolk Local Area Partnership"
    d.date("17 September 2025", "2025-09-17")
    d.title("Suffolk SEND Improvement Board")
    d.p("<b>Wednesday 17 September 2025, 2.00pm to 4.30pm</b><br/>Endeavour House, 8 Russell Road, Ipswich, and "
        "by Microsoft Teams")
    d.p("Independent Chair: Professor Anne Walberswick")
    d.person("Anne Walberswick", "Independent Chair", "other")
    d.h("Agenda")
    d.ruled([["Item", "Title", "Lead", "Paper", "Purpose", "Time"],
             ["1", "Welcome, introductions and apologies", "Chair", "-", "-", "2.00"],
             ["2", "Minutes of the meeting held on 16 July 2025 and action log", "Chair", "A", "Approval", "2.05"],
             ["3", "Feedback from the Suffolk Parent Carer Network and the SEND Youth Forum", "SPCN / Youth Forum",
              "Verbal", "Discussion", "2.15"],
             ["4", "Priority Action Plan: highlight reports and dashboard", "Director of Inclusion", "B",
              "Assurance and decision", "2.35"],
             ["5", "Preparation for the DfE and NHS England review on 30 September 2025", "Programme Director",
              "Verbal", "Information", "3.40"],
             ["6", "Risk register", "Programme Director", "C", "Assurance", "3.55"],
             ["7", "Any other business and date of next meeting", "Chair", "-", "-", "4.20"]],
            [1.1 * cm, 6.2 * cm, 3.0 * cm, 1.4 * cm, 2.7 * cm, 1.8 * cm])
    d.date("16 July 2025", "2025-07-16")
    d.date("30 September 2025", "2025-09-30")
    d.h("Board membership")
    d.p("The Board brings together the partners named in the Improvement Notice. Members as at 1 September 2025:",
        SMALL)
    d.date("1 September 2025", "2025-09-01")
    d.ruled([["Organisation", "Member", "Role on the Board"],
             ["Independent", "Professor Anne Walberswick", "Independent Chair"],
             ["Suffolk County Council", "Councillor Hannah Lavenham", "Cabinet Member for Education and SEND"],
             ["Suffolk County Council", "Rebecca Framlingham", "Executive Director of Children and Young People's "
                                                              "Services (Vice-Chair)"],
             ["Suffolk County Council", "Daniel Brandeston", "Director of Inclusion"],
             ["Suffolk County Council", "Priya Wickham", "SEND Improvement Programme Director"],
             ["NHS Suffolk and North East Essex ICB", "Dr Marcus Kesgrave", "Chief Nursing Officer"],
             ["NHS Norfolk and Waveney ICB", "Claire Bungay", "Director of Children's Commissioning"],
             ["NHS Suffolk and North East Essex ICB", "Sarah Otley", "Designated Clinical Officer for SEND"],
             ["Suffolk Parent Carer Network", "Lorraine Stradbroke", "Co-Chair"],
             ["Schools", "Matthew Hoxne", "Headteacher, Thurston Brook Primary School (primary phase "
                                         "representative)"],
             ["Schools", "Josephine Kedington", "Headteacher, Orwell Vale Academy (secondary phase representative)"],
             ["Department for Education (observer)", "Graham Wenhaston", "SEND Adviser"],
             ["NHS England (observer)", "Fiona Redgrave", "Regional SEND Lead, East of England"]],
            [5.0 * cm, 4.6 * cm, 6.6 * cm])
    d.person("Hannah Lavenham", "Cabinet Member for Education and SEND", "member")
    d.person("Rebecca Framlingham", "Executive Director of Children and Young People's Services (Vice-Chair)",
             "officer")
    d.person("Daniel Brandeston", "Director of Inclusion", "officer")
    d.person("Marcus Kesgrave", "Chief Nursing Officer", "officer")
    d.person("Claire Bungay", "Director of Children's Commissioning", "officer")
    d.person("Sarah Otley", "Designated Clinical Officer for SEND", "officer")
    d.person("Lorraine Stradbroke", "Co-Chair", "other")
    d.person("Matthew Hoxne", "Headteacher, Thurston Brook Primary School (primary phase representative)", "other")
    d.person("Josephine Kedington", "Headteacher, Orwell Vale Academy (secondary phase representative)", "other")
    d.person("Graham Wenhaston", "SEND Adviser", "officer")
    d.person("Fiona Redgrave", "Regional SEND Lead, East of England", "officer")
    d.p("Board secretariat: Tom Easton, Governance Officer (tom.easton@suffolk.gov.uk; 01473 264913). Papers are "
        "published on the Suffolk Local Offer five working days before each meeting.", SMALL)
    d.person("Tom Easton", "Governance Officer", "officer", "tom.easton@suffolk.gov.uk", "01473 264913")
    d.add(PageBreak())

    # -- Paper A: minutes of the previous meeting -----------------------------------------------------------------
    d.p("<b>Paper A</b>", RIGHT)
    d.h("Minutes of the SEND Improvement Board held on Wednesday 16 July 2025")
    d.p("<b>Attending:</b> Professor Anne Walberswick (AW, Chair); Councillor Hannah Lavenham (HL); Rebecca "
        "Framlingham (RF); Daniel Brandeston (DB); Priya Wickham (PW); Dr Marcus Kesgrave (MK); Sarah Otley (SO); "
        "Lorraine Stradbroke (LS); Matthew Hoxne (MH); Graham Wenhaston (GW, observer); Tom Easton (TE, minutes).")
    d.p("<b>By invitation:</b> Zoe Rendlesham, Head of SEND Assessment and Review (item 4); Aaron Sizewell, Youth "
        "Forum representative (item 3).")
    d.person("Zoe Rendlesham", "Head of SEND Assessment and Review", "officer")
    d.person("Aaron Sizewell", "Youth Forum representative", "other")
    d.p("<b>Apologies:</b> Claire Bungay; Josephine Kedington; Fiona Redgrave.")
    d.h("1. Welcome, introductions and apologies")
    d.p("AW welcomed members and noted the apologies. There were no declarations of interest.")
    d.h("2. Minutes of 21 May 2025 and action log")
    d.date("21 May 2025", "2025-05-21")
    d.p("The action log was reviewed: nine actions were closed and three carried forward.")
    d.res(None, "The minutes of the meeting held on 21 May 2025 were approved as an accurate record.",
          "resolution", lead="<b>Decision:</b>", style=BODY)
    d.h("3. Voice of children, young people and families")
    d.p("Aaron Sizewell presented the Youth Forum's film on moving from primary to secondary school. LS reported "
        "that the Parent Carer Network's summer survey had received 612 responses between 2 June and 4 July 2025, "
        "and that more parents than a year earlier said they knew whom to contact about their child's plan.")
    d.date("between 2 June and 4 July 2025", "2025-06-02", "2025-07-04")
    d.res(None, "The Board thanked the Youth Forum and asked that the film be shown to all SENCOs at the autumn "
                "briefings.", "resolution", lead="<b>Decision:</b>", style=BODY)
    d.h("4. Monitoring inspection letter and Priority Action Plan version 3")
    d.p("RF summarised the letter from the monitoring inspection carried out by Ofsted and the CQC between 13 and "
        "14 May 2025, which was published on 24 June 2025. Inspectors had found progress against each of the "
        "four priority actions, though at different rates, and had commented on the improved timeliness of new "
        "plans. PW presented version 3 of the Priority Action Plan, which had been updated to reflect the "
        "letter.")
    d.date("between 13 and 14 May 2025", "2025-05-13", "2025-05-14")
    d.date("24 June 2025", "2025-06-24")
    d.event("revisit", "2025-05-13", "2025-05-14", "the monitoring inspection carried out by Ofsted and the CQC "
            "between 13 and 14 May 2025")
    d.event("revisit-outcome", "2025-06-24", None, "which was published on 24 June 2025")
    d.p("MK asked that the health actions in workstream 4 show the ICB's investment in neurodevelopmental "
        "assessment more clearly. GW reminded the Board that the Department would look for evidence of impact, "
        "not only of activity, at the September review.")
    d.res(None, "The Board agreed version 3 of the Priority Action Plan, subject to the changes to workstream 4 "
                "requested by MK.", "resolution", lead="<b>Decision:</b>", style=BODY)
    d.res(None, "The Board noted the monitoring inspection letter and asked that it be shared with all schools and "
                "settings.", "resolution", lead="<b>Decision:</b>", style=BODY)
    d.h("5. Risk register")
    d.p("PW presented the risk register. The risk relating to the recruitment of educational psychologists was "
        "raised from amber to red.")
    d.res(None, "The Board noted the risk register and the increased score for risk R3.", "resolution",
          lead="<b>Decision:</b>", style=BODY)
    d.h("6. Any other business")
    d.p("None. The next meeting will be held on Wednesday 17 September 2025.")
    d.h("Action log (open actions)")
    d.ruled([["No.", "Action", "Owner", "Due", "Status"],
             ["25/14", "Circulate the monitoring inspection letter to all schools and settings", "DB",
              "31/07/2025", "Complete"],
             ["25/15", "Revise workstream 4 milestones to show ICB investment", "MK / SO", "31/08/2025",
              "Complete"],
             ["25/16", "Show the Youth Forum film at the SENCO autumn briefings", "DB", "10/10/2025",
              "On track"],
             ["25/11", "Report on the use of part-time timetables for children with EHC plans", "DB",
              "17/09/2025", "See Paper B"]],
            [1.4 * cm, 8.6 * cm, 1.8 * cm, 2.2 * cm, 2.2 * cm])
    d.date("31/07/2025", "2025-07-31")
    d.date("31/08/2025", "2025-08-31")
    d.date("10/10/2025", "2025-10-10")
    d.add(PageBreak())

    # -- Paper B: covering report ---------------------------------------------------------------------------------
    d.p("<b>Paper B</b>", RIGHT)
    d.h("Priority Action Plan: highlight reports and dashboard")
    d.keyvalue([["Meeting", "SEND Improvement Board, 17 September 2025"],
                ["Report of", "Daniel Brandeston, Director of Inclusion"],
                ["Author", "Priya Wickham, SEND Improvement Programme Director (priya.wickham@suffolk.gov.uk)"],
                ["Purpose", "Assurance and decision"],
                ["Reporting period", "1 July 2025 to 31 August 2025"]])
    d.date("1 July 2025 to 31 August 2025", "2025-07-01", "2025-08-31")
    d.h("Recommendations")
    d.p("The Board is asked to:")
    d.res("a)", "note the progress reported by each workstream and the overall status of the Priority Action "
                "Plan;", "recommendation")
    d.res("b)", "approve the revised completion date of 31 December 2025 for action 3.4, the opening of the "
                "second specialist unit in West Suffolk;", "recommendation")
    d.date("31 December 2025", "2025-12-31")
    d.res("c)", "agree the evidence to be presented to the Department for Education and NHS England at the review "
                "meeting on 30 September 2025.", "recommendation")
    d.h("Background")
    d.p("Suffolk's local area partnership was inspected by Ofsted and the Care Quality Commission under the area "
        "SEND framework from 16 to 20 October 2023. The inspection report, published on 8 December 2023, found "
        "widespread and/or systemic failings. The partnership's Priority Action Plan was submitted to Ofsted on 19 "
        "January 2024, and the Department for Education issued an Improvement Notice to the Council in April "
        "2024.")
    d.date("from 16 to 20 October 2023", "2023-10-16", "2023-10-20")
    d.date("8 December 2023", "2023-12-08")
    d.date("19 January 2024", "2024-01-19")
    d.date("April 2024", "2024-04")
    d.event("inspection", "2023-10-16", "2023-10-20", "Suffolk's local area partnership was inspected by Ofsted "
            "and the Care Quality Commission under the area SEND framework from 16 to 20 October 2023.")
    d.event("outcome-letter", "2023-12-08", None, "The inspection report, published on 8 December 2023, found "
            "widespread and/or systemic failings.")
    d.event("progress-plan", "2024-01-19", None, "The partnership's Priority Action Plan was submitted to Ofsted "
            "on 19 January 2024")
    d.event("statutory-direction", "2024-04", None, "the Department for Education issued an Improvement Notice to "
            "the Council in April 2024")
    d.p("Version 3 of the plan, agreed by the Board on 16 July 2025, has five workstreams: one for each of the "
        "four priority actions and one for the area for improvement. Progress is reviewed by the Department for "
        "Education and NHS England every six months; the most recent review meeting was held on 11 March 2025 "
        "and the next is on 30 September 2025.")
    d.date("11 March 2025", "2025-03-11")
    d.event("progress-plan", "2025-07-16", None, "Version 3 of the plan, agreed by the Board on 16 July 2025")
    d.event("monitoring", "2025-03-11", None, "the most recent review meeting was held on 11 March 2025")
    d.event("monitoring", "2025-09-30", None, "the next is on 30 September 2025")
    d.p("Each workstream's senior responsible officer completes a highlight report every two months. The reports "
        "follow, with a dashboard of the plan's 42 actions at the end of this paper. Ratings: <b>Green</b> on "
        "track; <b>Amber</b> some slippage, recoverable; <b>Red</b> off track, Board decision needed; "
        "<b>Blue</b> complete.")

    def highlight(number: int, name: str, label: str, finding: str, themes: list[str], sro: str, lead: str,
                  status: str, achieved: list[str], planned: list[str], risks: list[str], kpis: list[list[str]],
                  decision: str | None):
        d.h(f"Highlight report: Workstream {number}")
        d.keyvalue([["Workstream", name],
                    ["Inspection finding", f"{label}: {finding}"],
                    ["Senior responsible officer", sro],
                    ["Workstream lead", lead],
                    ["Reporting period", "July and August 2025"],
                    ["Overall status", status]],
                   widths=(4.0 * cm, 12.2 * cm))
        d.record_weak(finding, themes)
        d.p("<b>Key achievements this period</b>", SUB)
        for text in achieved:
            d.p("&bull; " + text, BULLET)
        d.p("<b>Planned for next period</b>", SUB)
        for text in planned:
            d.p("&bull; " + text, BULLET)
        d.p("<b>Risks and issues</b>", SUB)
        for text in risks:
            d.p("&bull; " + text, BULLET)
        d.ruled(kpis, [6.0 * cm, 2.4 * cm, 2.0 * cm, 1.9 * cm, 1.9 * cm, 2.0 * cm], style=CELL_SMALL)
        d.space(4)
        if decision:
            d.p("<b>Decision required from the Board:</b>", SUB)
            d.p(decision)
            d.record_res(None, decision, "recommendation")
        else:
            d.p("<b>Decision required from the Board:</b> None this period.")

    kpi_head = ["Measure", "Baseline (Oct 2023)", "Target", "June 2025", "July 2025", "August 2025"]
    d.date("Oct 2023", "2023-10")
    d.date("June 2025", "2025-06")
    d.date("July and August 2025", "2025-07")
    d.date("August 2025", "2025-08")
    highlight(
        1, "1. EHC needs assessments, plans and annual reviews", "Priority action 1",
        "Leaders across the partnership must urgently improve the timeliness and quality of EHC needs assessments "
        "and plans, and make sure that annual reviews are completed on time and lead to plans being updated.",
        ["ehc-plans"],
        "Rebecca Framlingham, Executive Director of Children and Young People's Services",
        "Zoe Rendlesham, Head of SEND Assessment and Review", "<b>Amber</b> (previous: Amber)",
        ["71% of new EHC plans issued within 20 weeks in August 2025, excluding exceptions, the highest figure "
         "since the inspection.",
         "Annual review backlog reduced from 2,140 to 1,310 since March 2025.",
         "Quality assurance framework relaunched; 60 plans audited jointly with health and social care."],
        ["Recruit four further annual review officers by October 2025.",
         "Launch the new EHC plan template co-produced with the Parent Carer Network."],
        ["Educational psychology capacity (risk R3, red): advice returned late in 38% of assessments."],
        [kpi_head,
         ["New EHC plans issued within 20 weeks (excluding exceptions)", "9%", "60%", "64%", "68%", "71%"],
         ["Annual reviews completed within 4 weeks of the meeting", "22%", "75%", "48%", "51%", "55%"],
         ["Audited plans rated good or better", "18%", "70%", "52%", "55%", "58%"]],
        None)
    d.date("March 2025", "2025-03")
    d.date("October 2025", "2025-10")
    highlight(
        2, "2. Communication with children, young people and families", "Priority action 2",
        "Leaders must improve how they communicate with children, young people and their families, so that "
        "parents and carers know whom to contact, receive timely replies and can see how their views shape "
        "services.",
        ["co-production"],
        "Daniel Brandeston, Director of Inclusion",
        "Nadia Kersey, Family Engagement Manager", "<b>Green</b> (previous: Amber)",
        ["Family liaison team fully staffed; every family now has a named contact within three days of a request "
         "for assessment.",
         "'You said, we did' published on the Local Offer every month since May 2025."],
        ["Co-produce the complaints and enquiries standard with the Parent Carer Network.",
         "Extend the family liaison service to families of children on SEN support."],
        ["Call volumes remain high at the start of each school term."],
        [kpi_head,
         ["Enquiries answered within 10 working days", "41%", "90%", "84%", "88%", "91%"],
         ["Parents who know whom to contact (survey)", "38%", "75%", "66%", "n/a", "n/a"]],
        None)
    d.person("Nadia Kersey", "Family Engagement Manager", "officer")
    d.date("May 2025", "2025-05")
    highlight(
        3, "3. Sufficiency of specialist provision", "Priority action 3",
        "Leaders must make sure that there are enough suitable specialist places in Suffolk, so that fewer "
        "children travel long distances to school or are placed in independent provision far from home.",
        ["inclusion-provision"],
        "Daniel Brandeston, Director of Inclusion",
        "Oliver Pakenham, Head of Place Planning", "<b>Red</b> (previous: Amber)",
        ["New 16-place specialist unit at Stowmarket opened on 3 September 2025.",
         "Capital approval for a further 120 places across four sites."],
        ["Agree the revised timetable for the West Suffolk unit (action 3.4) with the academy trust."],
        ["The opening of the West Suffolk unit has slipped from September 2025 because of building contractor "
         "delays."],
        [kpi_head,
         ["Children with EHC plans in independent special schools", "618", "480", "566", "570", "574"],
         ["New specialist places created (cumulative)", "0", "400", "236", "236", "252"]],
        "The Board is asked to approve the revised completion date of 31 December 2025 for action 3.4 and to note "
        "that the change will be reported to the Department for Education.")
    d.person("Oliver Pakenham", "Head of Place Planning", "officer")
    d.date("3 September 2025", "2025-09-03")
    d.date("September 2025", "2025-09")
    highlight(
        4, "4. Neurodevelopmental assessment and therapies", "Priority action 4",
        "Leaders in the council and the integrated care boards must reduce the long waits for neurodevelopmental "
        "assessments and therapy services, and make sure that children and families receive support while they "
        "wait.",
        ["health-services"],
        "Dr Marcus Kesgrave, Chief Nursing Officer, NHS Suffolk and North East Essex ICB",
        "Sarah Otley, Designated Clinical Officer for SEND", "<b>Amber</b> (previous: Red)",
        ["Additional assessment capacity commissioned from two independent providers from 1 July 2025.",
         "'Waiting well' offer launched in all 17 family hubs."],
        ["Publish waiting times by locality on the Local Offer each month.",
         "Review the speech and language therapy model with the community trust by November 2025."],
        ["Waits in the west of the county remain above 90 weeks for the oldest referrals."],
        [kpi_head,
         ["Median wait for autism assessment (weeks)", "104", "52", "88", "84", "81"],
         ["Children waiting more than 18 weeks for speech and language therapy", "1,420", "600", "1,050", "1,010",
          "980"]],
        "The Board is asked to agree that the ICBs' investment in additional assessments continue until 31 March "
        "2026.")
    d.date("1 July 2025", "2025-07-01")
    d.date("November 2025", "2025-11")
    d.date("31 March 2026", "2026-03-31")
    highlight(
        5, "5. Data and quality assurance", "Area for improvement",
        "Leaders should strengthen their use of data and quality assurance, so that they have an accurate picture "
        "of the impact of their work on the experiences and outcomes of children and young people with SEND.",
        ["data-oversight"],
        "Priya Wickham, SEND Improvement Programme Director",
        "Imran Shotley, Head of Performance and Intelligence", "<b>Green</b> (previous: Green)",
        ["Partnership SEND dashboard published to the Board and to schools each month.",
         "Joint health and education outcomes framework agreed by the ICBs."],
        ["Add attendance and suspension data for children on SEN support to the dashboard."],
        ["Data sharing agreement with one NHS provider not yet signed."],
        [kpi_head,
         ["Dashboard measures with complete data", "40%", "95%", "86%", "90%", "92%"]],
        None)
    d.person("Imran Shotley", "Head of Performance and Intelligence", "officer")

    d.h("Priority Action Plan dashboard (at 31 August 2025)")
    d.ruled([["Workstream", "Actions", "Complete", "On track", "Slipping", "Off track", "Status"],
             ["1. EHC assessments and plans", "11", "5", "4", "2", "0", "Amber"],
             ["2. Communication", "8", "5", "3", "0", "0", "Green"],
             ["3. Specialist places", "9", "3", "4", "1", "1", "Red"],
             ["4. Waiting times", "8", "2", "5", "1", "0", "Amber"],
             ["5. Data and quality assurance", "6", "3", "3", "0", "0", "Green"],
             ["Total", "42", "18", "19", "4", "1", "Amber"]],
            [5.4 * cm, 1.7 * cm, 1.8 * cm, 1.8 * cm, 1.8 * cm, 1.8 * cm, 1.9 * cm])
    d.h("Key milestones")
    d.ruled([["Milestone", "Date", "Status"],
             ["DfE and NHS England six-monthly review", "30 September 2025", "Preparing"],
             ["Second specialist unit, West Suffolk (action 3.4)", "31 December 2025", "Revised, for approval"],
             ["Independent review of the family liaison service", "January 2026", "Not started"],
             ["Parent Carer Network annual survey", "March 2026", "Not started"]],
            [8.4 * cm, 3.8 * cm, 4.0 * cm])
    d.date("January 2026", "2026-01")
    d.date("March 2026", "2026-03")
    d.p("Contact: Priya Wickham, SEND Improvement Programme Director, priya.wickham@suffolk.gov.uk, 01473 260581.",
        SMALL)
    d.person("Priya Wickham", "SEND Improvement Programme Director", "officer", "priya.wickham@suffolk.gov.uk",
             "01473 260581")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 3. Hampshire: the 2016-framework Ofsted and CQC outcome letter, published on its own
# ------------------------------------------------------------------------------------------------------------------

def hampshire_letter() -> Doc:
    d = Doc(
        "hampshire/round38-2018-07-17-children-and-young-people-select-committee/"
        "Joint local area SEND inspection in Hampshire - outcome letter.pdf",
        {"council": "Hampshire County Council", "council_slug": "hampshire",
         "committee": "Children and Young People Select Committee", "meeting_date": "2018-07-17",
         "title": "Joint local area SEND inspection in Hampshire - outcome letter",
         "source_kind": "moderngov-document",
         "url": "https://democracy.hants.gov.uk/documents/s24817/Joint%20local%20area%20SEND%20inspection%20in"
                "%20Hampshire%20-%20outcome%20letter.pdf"},
        {"council": "Hampshire County Council", "committee": "Children and Young People Select Committee",
         "date": "2018-07-17"},
        "Ofsted", "Joint local area SEND inspection in Hampshire", "www.gov.uk/ofsted",
        page_label="Page {n} of {total}")
    d.body = LETTER
    d.table([["", "Agora<br/>6 Cumberland Place<br/>Nottingham<br/>NG1 6HJ<br/><br/>T 0300 123 1231<br/>"
                  "Textphone 0161 618 8524<br/>enquiries@ofsted.gov.uk<br/>www.gov.uk/ofsted<br/>"
                  "lasend.support@ofsted.gov.uk"]],
            [10.2 * cm, 6.0 * cm], header=False, grid=False, style=SMALL)
    d.space(6)
    d.p("4 May 2018")
    d.date("4 May 2018", "2018-05-04")
    d.p("Mrs Eleanor Brockenhurst<br/>Director of Children's Services<br/>Hampshire County Council<br/>"
        "Elizabeth II Court North<br/>The Castle<br/>Winchester<br/>SO23 8UG")
    d.person("Eleanor Brockenhurst", "Director of Children's Services", "officer")
    d.p("Dr Peter Lyndhurst, Chief Officer, NHS North Hampshire Clinical Commissioning Group, on behalf of the five "
        "clinical commissioning groups of Hampshire<br/>Mr Colin Stockbridge, Local Area Nominated Officer")
    d.person("Peter Lyndhurst", "Chief Officer, NHS North Hampshire Clinical Commissioning Group", "officer")
    d.person("Colin Stockbridge", "Local Area Nominated Officer", "officer")
    d.p("Dear Mrs Brockenhurst, Dr Lyndhurst and Mr Stockbridge")
    d.p("<b>Joint local area SEND inspection in Hampshire</b>")
    d.p("Between 5 March 2018 and 9 March 2018, Ofsted and the Care Quality Commission (CQC) conducted a joint "
        "inspection of the local area of Hampshire to judge the effectiveness of the area in implementing the "
        "disability and special educational needs reforms as set out in the Children and Families Act 2014.")
    d.date("Between 5 March 2018 and 9 March 2018", "2018-03-05", "2018-03-09")
    d.event("inspection", "2018-03-05", "2018-03-09", "Between 5 March 2018 and 9 March 2018, Ofsted and the Care "
            "Quality Commission (CQC) conducted a joint inspection of the local area of Hampshire")
    d.p("The inspection was led by one of Her Majesty's Inspectors (HMI) from Ofsted, with a team of inspectors "
        "including an Ofsted Inspector and two children's services inspectors from the CQC.")
    d.p("Inspectors spoke with children and young people who have special educational needs and/or disabilities "
        "(SEND), parents and carers, and local authority and National Health Service (NHS) officers. They visited "
        "a range of providers in each of the county's districts and spoke to leaders, staff and governors about "
        "how they were implementing the special educational needs reforms. Inspectors looked at a range of "
        "information about the performance of the local area, including the local area's self-evaluation, "
        "which was updated in January 2018. Inspectors met with leaders from the local area for health, social "
        "care and education. They reviewed performance data and evidence about the local offer and joint "
        "commissioning. More than 1,900 parents and carers responded to an online survey during the week of "
        "the inspection.")
    d.date("January 2018", "2018-01")
    d.p("As a result of the findings of this inspection and in accordance with the Children Act 2004 (Joint Area "
        "Reviews) Regulations 2015, Her Majesty's Chief Inspector (HMCI) has determined that a Written Statement "
        "of Action (WSOA) is required because of significant areas of weakness in the local area's practice. "
        "HMCI has also determined that the local authority and the area's clinical commissioning groups (CCGs) "
        "are jointly responsible for submitting the written statement to Ofsted.")
    d.p("In reaching their judgements, inspectors took account of the views of the Hampshire Parent Carer "
        "Network and of the young people's SEND forum. This letter outlines our findings from the inspection, "
        "including some areas of strength and areas for further improvement.")

    d.p("Main findings", LETTER_HEAD)
    main = [
        ("Leaders in education have an accurate view of the quality of provision in the county's schools. The "
         "SEND strategy, refreshed in 2017, sets out an ambitious vision that many school leaders share.", None),
        ("Leaders across education, health and social care have not worked together well enough to plan and "
         "oversee the implementation of the reforms. Strategic oversight has been weak, and the local area's "
         "self-evaluation is too optimistic about the difference that the reforms have made to families.",
         ["leadership-governance"]),
        ("The local area has been slow to act on the views of parents and carers. Many parents who spoke to "
         "inspectors, or who responded to the online survey, described having to battle to get the help their "
         "children need. Parents' confidence in the local area is low.", ["co-production"]),
        ("The transfer of statements of special educational needs to EHC plans was completed by the statutory "
         "deadline of 31 March 2018, and the timeliness of new EHC needs assessments has improved over the last "
         "year.", None),
        ("The quality of EHC plans is too variable. Contributions from health and social care are often missing "
         "or out of date, and outcomes in plans are not precise enough to check children's progress.",
         ["ehc-plans"]),
        ("The designated clinical officer, appointed in September 2017, has made a positive start in improving "
         "the health contribution to EHC needs assessments.", None),
        ("Children and young people wait too long for an assessment for autism spectrum disorder (ASD). In some "
         "parts of the county families wait more than two years, and there is little support for them while they "
         "wait.", ["health-services"]),
        ("Special schools and resourced provisions meet the needs of their pupils well. Pupils and their parents "
         "speak highly of the care and education they receive.", None),
        ("Too many children and young people who have SEND are excluded from school, for fixed periods or "
         "permanently, and the rate of exclusion is rising.", ["inclusion-provision"]),
        ("The local offer is not well known by families, and much of the information in it is out of date or hard "
         "to find.", ["local-offer"]),
        ("Leaders have made good use of the young people's SEND forum. Young people helped to design the "
         "county's new guide to preparing for adulthood and took part in the recruitment of senior staff.", None),
        ("Leaders have a clear plan to increase the number of specialist places in the north of the county. Work "
         "to create 140 new places, agreed by the County Council's Cabinet in December 2017, has begun.", None),
    ]
    d.date("31 March 2018", "2018-03-31")
    d.date("September 2017", "2017-09")
    d.date("December 2017", "2017-12")
    for text, themes in main:
        if themes:
            d.weak(text, themes, style=LETTER_BULLET)
        else:
            d.p("&bull; " + text, LETTER_BULLET)

    def section(title: str, intro: str, strengths: list[str], development: list[tuple[str, list[str]]]):
        d.p(title, LETTER_HEAD)
        d.p(intro)
        d.p("<b>Strengths</b>")
        for text in strengths:
            d.p("&bull; " + text, LETTER_BULLET)
        d.p("<b>Areas for development</b>")
        for text, themes in development:
            d.weak(text, themes, style=LETTER_BULLET)

    section(
        "The effectiveness of the local area in identifying children and young people's special educational needs "
        "and/or disabilities",
        "Inspectors looked at how well children's needs are identified from birth to 25, in early years settings, "
        "schools, colleges and health services, and at how quickly families receive help once a need is "
        "identified.",
        ["Health visitors complete the two-and-a-half-year health and development review for almost all children. "
         "Where a need is identified, children are referred promptly to the early years inclusion service.",
         "The early years inclusion service gives effective advice and training to nurseries and childminders, "
         "who value it highly.",
         "Primary schools identify most pupils' needs accurately and make good use of the county's graduated "
         "response guidance, which was published in September 2016.",
         "The newborn hearing screening programme and the specialist teachers for children with sensory "
         "impairment work closely together, so that deaf children and their families receive support from the "
         "first weeks of life.",
         "Special educational needs co-ordinators (SENCos) receive regular training and are well supported by "
         "the county's specialist teacher advisers. SENCos told inspectors that the termly network meetings are "
         "valuable."],
        [("The identification of needs in early years settings is inconsistent across the county. The health "
          "review and the early years foundation stage check are not integrated in all districts, so some "
          "children's needs are identified late.", ["identification"]),
         ("Social, emotional and mental health needs are not identified early enough in secondary schools. Too "
          "often these needs are recognised only when a young person is at risk of exclusion.",
          ["identification"])])
    d.date("September 2016", "2016-09")
    section(
        "The effectiveness of the local area in assessing and meeting the needs of children and young people who "
        "have special educational needs and/or disabilities",
        "Inspectors considered the quality of EHC needs assessments and plans, the provision made for children "
        "and young people with and without EHC plans, and the way that services are planned and commissioned.",
        ["Most new EHC plans are now issued within the statutory 20 weeks. Leaders have reduced the backlog of "
         "assessments that built up in 2016.",
         "Families of disabled children value the short breaks offer, which was reviewed with the Hampshire "
         "Parent Carer Network in 2017.",
         "The virtual school checks the progress of children looked after who have SEND carefully, and their "
         "plans are reviewed on time.",
         "Therapists and school nurses work well with special schools to meet pupils' health needs.",
         "The local authority's SEND information, advice and support service is well regarded by the families "
         "who use it. Parents told inspectors that advisers helped them to understand the assessment process and "
         "to prepare for meetings.",
         "Children and young people with complex health needs benefit from well-coordinated care. The children's "
         "continuing care team works closely with schools, short breaks providers and families."],
        [("Contributions from health and social care to EHC needs assessments are variable in quality. Social care "
          "advice is absent from many plans, even where a child is known to social care services.",
          ["ehc-plans"]),
         ("Joint commissioning arrangements are underdeveloped. Leaders do not use the information they hold to "
          "plan services together, and there are gaps in commissioned provision, including speech and language "
          "therapy for young people over the age of 16.", ["joint-commissioning"]),
         ("Annual reviews of EHC plans are not always held on time, and when they are held, plans are not "
          "routinely amended to reflect children's changing needs.", ["ehc-plans"])])
    section(
        "The effectiveness of the local area in improving outcomes for children and young people who have special "
        "educational needs and/or disabilities",
        "Inspectors looked at the outcomes achieved by children and young people with SEND, including their "
        "attainment, progress, attendance and destinations when they leave school or college.",
        ["Children with SEND in the early years make good progress from their starting points.",
         "The attendance of pupils who have an EHC plan has improved and is now close to the national average.",
         "Most young people with an EHC plan move on to education or training when they leave school.",
         "Young people in the county's specialist colleges follow well-planned programmes that develop their "
         "independence, and many use public transport on their own by the time they leave."],
        [("Pupils receiving SEN support make less progress than other pupils nationally at key stage 2 and key "
          "stage 4, and the gap is not closing.", ["outcomes"]),
         ("Too few young people with SEND move into supported internships, apprenticeships or paid employment. "
          "Preparation for adulthood is not planned early enough in EHC plans.", ["preparing-for-adulthood"])])

    d.p("The local area is required to produce and submit a Written Statement of Action to Ofsted that explains "
        "how the local area will tackle the following areas of significant weakness:")
    for text, themes in (
            ("the lack of effective strategic leadership and joint oversight of the SEND reforms across education, "
             "health and social care", ["leadership-governance"]),
            ("the underdeveloped joint commissioning arrangements, which do not make use of the information that "
             "leaders hold to plan and provide services", ["joint-commissioning"]),
            ("the variable quality of EHC plans and the weak contributions to them from health and social care",
             ["ehc-plans"]),
            ("the long waiting times for the assessment of autism spectrum disorder, and the lack of support for "
             "families while they wait", ["health-services"]),
            ("the poor communication and engagement with parents and carers, and their low confidence in the "
             "local area", ["co-production"]),
            ("the high and rising rates of exclusion of children and young people who have SEND.",
             ["inclusion-provision"])):
        d.weak(text, themes, style=LETTER_BULLET)
    d.p("Yours sincerely")
    d.table([["<b>Ofsted</b>", "<b>Care Quality Commission</b>"],
             ["Deborah Beaulieu<br/>Regional Director", "Ursula Minstead<br/>Deputy Chief Inspector, Primary Medical "
                                                        "Services, Children Health and Justice"],
             ["Graham Titchfield<br/>HMI Lead Inspector", "Kamal Odiham<br/>CQC Inspector"],
             ["Lesley Botley<br/>Ofsted Inspector", "Josephine Wintney<br/>CQC Inspector"]],
            [8.1 * cm, 8.1 * cm], header=False, grid=False, style=LETTER)
    d.person("Deborah Beaulieu", "Regional Director", "other")
    d.person("Ursula Minstead", "Deputy Chief Inspector, Primary Medical Services, Children Health and Justice",
             "other")
    d.person("Graham Titchfield", "HMI Lead Inspector", "other")
    d.person("Kamal Odiham", "CQC Inspector", "other")
    d.person("Lesley Botley", "Ofsted Inspector", "other")
    d.person("Josephine Wintney", "CQC Inspector", "other")
    d.p("cc: Department for Education; Clinical commissioning groups; Director of Public Health for the local area; "
        "Department of Health; NHS England", SMALL)
    return d


# ------------------------------------------------------------------------------------------------------------------
# 4. Somerset: Cabinet report with a Written Statement of Action progress dashboard (RAG and KPI tables) appended
# ------------------------------------------------------------------------------------------------------------------

def somerset_cabinet() -> Doc:
    d = Doc(
        "somerset/round38-2021-12-15-cabinet/SEND Written Statement of Action - progress report and dashboard.pdf",
        {"council": "Somerset County Council", "council_slug": "somerset", "committee": "Cabinet",
         "meeting_date": "2021-12-15", "title": "SEND Written Statement of Action - progress report and dashboard",
         "source_kind": "moderngov-document",
         "url": "https://democracy.somerset.gov.uk/documents/s21904/SEND%20WSoA%20progress%20report%20and%20dashboard"
                ".pdf"},
        {"council": "Somerset County Council", "committee": "Cabinet", "date": "2021-12-15"},
        "Somerset County Council", "Cabinet - 15 December 2021", "Agenda item 9",
        page_label="Page {n}")
    d.date("15 December 2021", "2021-12-15")
    d.p("<b>Somerset County Council</b><br/><b>Cabinet</b><br/>- 15 December 2021")
    d.title("Special Educational Needs and Disabilities (SEND): Written Statement of Action Progress Report")
    d.keyvalue([["Cabinet Member(s):", "Cllr Frances Nettlecombe, Cabinet Member for Children and Families"],
                ["Local Member(s) and Division:", "All"],
                ["Lead Officer:", "Julian Wiveliscombe, Director of Children's Services"],
                ["Author:", "Annabel Cothelstone, Service Director - Inclusion"],
                ["Contact Details:", "acothelstone@somerset.gov.uk / 01823 359412"]],
               widths=(5.0 * cm, 11.2 * cm))
    d.person("Frances Nettlecombe", "Cabinet Member for Children and Families", "member")
    d.person("Julian Wiveliscombe", "Director of Children's Services", "officer")
    d.person("Annabel Cothelstone", "Service Director - Inclusion", "officer", "acothelstone@somerset.gov.uk",
             "01823 359412")
    d.space(4)
    d.ruled([["Report sign off", "Seen by:", "Name", "Date"],
             ["", "Legal & Governance (Monitoring Officer)", "Honor Stogursey", "29/11/2021"],
             ["", "Corporate Finance (S151 Officer)", "Jason Milverton", "29/11/2021"],
             ["", "Cabinet Member", "Cllr Frances Nettlecombe", "30/11/2021"],
             ["", "Opposition Spokesperson", "Cllr Gareth Kingsbury", "01/12/2021"],
             ["", "Scrutiny Chair", "Cllr Leigh Chiselborough", "01/12/2021"]],
            [3.0 * cm, 6.0 * cm, 4.6 * cm, 2.6 * cm])
    d.person("Honor Stogursey", "Legal & Governance (Monitoring Officer)", "officer")
    d.person("Jason Milverton", "Corporate Finance (S151 Officer)", "officer")
    d.person("Gareth Kingsbury", "Opposition Spokesperson", "member")
    d.person("Leigh Chiselborough", "Scrutiny Chair", "member")
    d.date("29/11/2021", "2021-11-29")
    d.date("30/11/2021", "2021-11-30")
    d.date("01/12/2021", "2021-12-01")
    d.keyvalue([["Summary:",
                 "Following the joint inspection of the Somerset local area by Ofsted and the Care Quality Commission "
                 "in December 2019, the Council and NHS Somerset Clinical Commissioning Group (CCG) were required "
                 "to produce a Written Statement of Action (WSoA) setting out how they would address five areas of "
                 "significant weakness. This report updates Cabinet on progress eighteen months into the WSoA, ahead "
                 "of the expected re-visit by Ofsted and the CQC in 2022. Of the WSoA's 64 actions, 41 are "
                 "complete, 17 are on track and 6 are behind schedule. The dashboard at Appendix A shows progress "
                 "against each area and the key performance indicators agreed with the Department for Education "
                 "(DfE) and NHS England."],
                ["Recommendations:",
                 "That the Cabinet:<br/>a. notes the progress made against the Written Statement of Action, as set out "
                 "in this report and in the dashboard at Appendix A;<br/>b. endorses the recovery actions for the six "
                 "actions rated red, set out in Section 3 of Appendix A;<br/>c. agrees to receive a further report "
                 "following the outcome of the re-visit by Ofsted and the CQC; and<br/>d. asks the Director of "
                 "Children's Services to write to the Secretary of State for Education about the level of High Needs "
                 "funding for Somerset."],
                ["Reasons for recommendations:",
                 "Cabinet approved the WSoA on 20 May 2020 and asked to receive regular reports on its delivery. The "
                 "re-visit will judge whether sufficient progress has been made in each area of significant "
                 "weakness."],
                ["Links to County Vision, Business Plan and Medium-Term Financial Strategy:",
                 "The WSoA supports the County Vision's aim that every child in Somerset has the best start in life."],
                ["Financial, Legal, HR and Risk Implications:",
                 "There are no new financial implications arising from this report. The additional investment of "
                 "£2.6m in the SEND service agreed in the 2021/22 budget is funding the additional EHC plan "
                 "co-ordinators and educational psychologists referred to in paragraph 1.6."]],
               widths=(5.0 * cm, 11.2 * cm))
    d.date("December 2019", "2019-12")
    d.date("20 May 2020", "2020-05-20")
    for label, text in (("a.", "notes the progress made against the Written Statement of Action, as set out in this "
                               "report and in the dashboard at Appendix A;"),
                        ("b.", "endorses the recovery actions for the six actions rated red, set out in Section 3 of "
                               "Appendix A;"),
                        ("c.", "agrees to receive a further report following the outcome of the re-visit by Ofsted "
                               "and the CQC; and"),
                        ("d.", "asks the Director of Children's Services to write to the Secretary of State for "
                               "Education about the level of High Needs funding for Somerset.")):
        d.record_res(label, text, "recommendation")

    d.h("1. Background")
    d.p("1.1 Ofsted and the CQC inspected the Somerset local area from 2 to 6 December 2019. Their letter, published "
        "on 29 January 2020, found that the local area had not implemented the SEND reforms effectively and "
        "required a Written Statement of Action.", NUM_PARA)
    d.date("from 2 to 6 December 2019", "2019-12-02", "2019-12-06")
    d.date("29 January 2020", "2020-01-29")
    d.event("inspection", "2019-12-02", "2019-12-06", "Ofsted and the CQC inspected the Somerset local area from 2 to "
            "6 December 2019.")
    d.event("outcome-letter", "2020-01-29", None, "Their letter, published on 29 January 2020, found that the local "
            "area had not implemented the SEND reforms effectively and required a Written Statement of Action.")
    d.p("1.2 The inspectors' five areas of significant weakness are set out below, with the short titles that the "
        "partnership uses for them in the dashboard.", NUM_PARA)
    areas = [("Strategy and governance", "leaders across education, health and social care do not have a shared "
              "plan for improving services, and they do not check the impact of their work well enough",
              ["leadership-governance"]),
             ("Inclusion", "too many children and young people with SEND are excluded from school or placed on "
              "part-time timetables", ["inclusion-provision"]),
             ("EHC plans", "EHC plans are often late, and the advice from health and social care in them is poor",
              ["ehc-plans"]),
             ("Autism assessment", "families in rural parts of the county wait too long for a diagnostic assessment "
              "for autism", ["health-services"]),
             ("Local Offer", "the Local Offer is hard to find and does not tell parents what they can expect from "
              "services", ["local-offer"])]
    for title, text, themes in areas:
        d.p(f"<b>{title}</b> \u2013 {text}", INDENT)
        d.record_weak(text, themes)
    d.p("1.3 The WSoA was submitted to Ofsted on 27 May 2020, after approval by Cabinet and by the CCG's Governing "
        "Body, and Ofsted and the CQC confirmed on 14 August 2020 that it was fit for purpose. It contains 64 "
        "actions, each with a named lead, and twelve key performance indicators (KPIs) agreed with the DfE and "
        "NHS England.", NUM_PARA)
    d.date("27 May 2020", "2020-05-27")
    d.date("14 August 2020", "2020-08-14")
    d.event("wsoa-submitted", "2020-05-27", None, "The WSoA was submitted to Ofsted on 27 May 2020")
    d.event("wsoa-approved", "2020-08-14", None, "Ofsted and the CQC confirmed on 14 August 2020 that it was fit for "
            "purpose")
    d.p("1.4 Progress is overseen by the SEND Improvement Board, chaired by the Director of Children's Services "
        "with Dr Rupert Crewkerne, Clinical Director for Children and Young People at the CCG, as vice-chair. The "
        "DfE and NHS England review progress every six months. The first review meeting was held in March 2021 "
        "and the second on 12 October 2021; the third is planned for April 2022.", NUM_PARA)
    d.person("Rupert Crewkerne", "Clinical Director for Children and Young People at the CCG", "officer")
    d.date("March 2021", "2021-03")
    d.date("12 October 2021", "2021-10-12")
    d.date("April 2022", "2022-04")
    d.event("monitoring", "2021-03", None, "The first review meeting was held in March 2021")
    d.event("monitoring", "2021-10-12", None, "the second on 12 October 2021")
    d.event("monitoring", "2022-04", None, "the third is planned for April 2022")
    d.p("1.5 At the October review, the DfE's SEND adviser, Paul Kilmersdon, recognised the progress made on "
        "the Local Offer and on EHC plan timeliness, and advised that the partnership should focus on the "
        "impact of its work on exclusions and part-time timetables before the re-visit.", NUM_PARA)
    d.person("Paul Kilmersdon", "SEND adviser", "officer")
    d.p("1.6 Progress in each area is summarised below. More detail, including the KPIs, is in Appendix A.",
        NUM_PARA)
    for text in (
            "<b>Strategy and governance (green).</b> A joint SEND Strategy 2021-2024 was agreed by the Health and "
            "Wellbeing Board in July 2021. A joint quality assurance framework is in place and reports quarterly to "
            "the Improvement Board.",
            "<b>Inclusion (red).</b> Permanent exclusions of pupils with an EHC plan fell in 2020/21, but fixed-term "
            "exclusions have risen since schools reopened in March 2021, and 212 pupils with SEND were on "
            "part-time timetables in October 2021. The recovery plan is in Section 3 of Appendix A.",
            "<b>EHC plans (amber).</b> 58% of new plans were issued within 20 weeks between April and September "
            "2021, against 11% in 2019. Health advice is now returned on time in 84% of cases, but social care "
            "advice in only 61%.",
            "<b>Autism assessment (amber).</b> A new assessment hub in Bridgwater opened in June 2021. The longest "
            "waits have fallen from 104 to 71 weeks, but remain longest in West Somerset.",
            "<b>Local Offer (green).</b> The new Local Offer website was launched on 1 February 2021 with the "
            "Somerset Parent Carer Forum and has had more than 60,000 visits."):
        d.p("&bull; " + text, BULLET)
    d.date("July 2021", "2021-07")
    d.date("October 2021", "2021-10")
    d.date("between April and September 2021", "2021-04", "2021-09")
    d.date("June 2021", "2021-06")
    d.date("1 February 2021", "2021-02-01")
    d.p("1.7 The Scrutiny Committee - Children and Families considered an earlier version of the dashboard at its "
        "meeting on 3 December 2021. The Chair, Cllr Leigh Chiselborough, asked that the next report show "
        "exclusions by district and by school type.", NUM_PARA)
    d.date("3 December 2021", "2021-12-03")
    d.h("2. Consultations and co-production")
    d.p("2.1 The WSoA was co-produced with the Somerset Parent Carer Forum, whose chair, Hilary Wedmore, sits on "
        "the Improvement Board. The Forum's survey of parents, carried out from 6 to 24 September 2021, received "
        "1,148 responses; 46% of respondents said that services had improved in the last year.", NUM_PARA)
    d.person("Hilary Wedmore", "chair, Somerset Parent Carer Forum", "other")
    d.date("from 6 to 24 September 2021", "2021-09-06", "2021-09-24")
    d.h("3. Options considered and reasons for rejecting them")
    d.p("3.1 The report is for information and assurance; no alternative options were considered.", NUM_PARA)
    d.h("4. Other implications (including due regard implications)")
    d.p("4.1 Equalities: the WSoA aims to reduce the disadvantage experienced by children and young people with "
        "SEND. 4.2 Community safety, sustainability and health and safety: none. 4.3 Privacy: the dashboard uses "
        "aggregated data only. 4.4 Health and wellbeing: the WSoA's health actions are delivered jointly with the "
        "CCG.", NUM_PARA)
    d.h("5. Risks")
    d.p("5.1 The main risks to the delivery of the WSoA are recorded on the SEND Improvement Board's risk register "
        "and summarised below.", NUM_PARA)
    d.ruled([["Risk", "Likelihood", "Impact", "Mitigation"],
             ["The re-visit finds insufficient progress in one or more areas, leading to further intervention by the "
              "DfE", "3", "5", "Focus on the three areas rated red or amber; monthly reporting to the Improvement "
                                 "Board"],
             ["Recruitment of educational psychologists and social workers in the disabled children's team",
              "4", "4", "Market supplement agreed; two posts filled by secondment"],
             ["High Needs Block overspend limits the capacity to fund new specialist places", "4", "4",
              "Deficit management plan agreed with the DfE; Schools Forum consulted"],
             ["Continued Covid-19 pressures on schools delay training and the inclusion charter", "3", "3",
              "Online training offer; charter launch moved to January 2022"]],
            [7.6 * cm, 2.0 * cm, 1.8 * cm, 4.8 * cm])
    d.h("6. Next steps")
    d.p("6.1 The Improvement Board will continue to meet monthly, and will hold a development session with the "
        "Parent Carer Forum on 12 January 2022 to agree the evidence it will present to inspectors. 6.2 Each "
        "area lead will complete a self-assessment against the original letter before the third review meeting "
        "with the DfE and NHS England. 6.3 A further report will be brought to Cabinet after the re-visit.",
        NUM_PARA)
    d.h("7. Background papers")
    d.p("7.1 Joint local area SEND inspection in Somerset, Ofsted and CQC, 29 January 2020.<br/>7.2 Somerset SEND "
        "Written Statement of Action, May 2020.<br/>7.3 Report to Cabinet, 20 May 2020: SEND Written Statement of "
        "Action.", NUM_PARA)
    d.date("12 January 2022", "2022-01-12")
    d.date("May 2020", "2020-05")
    d.p("<b>Note:</b> For sight of individual background papers please contact the report author.", SMALL)
    d.add(PageBreak())

    # -- Appendix A: the dashboard --------------------------------------------------------------------------------
    d.h("Appendix A: Written Statement of Action - Progress Dashboard, November 2021")
    d.date("November 2021", "2021-11")
    d.p("Data to 31 October 2021 unless stated. Prepared for the SEND Improvement Board of 18 November 2021 and "
        "for Cabinet.", SMALL)
    d.date("31 October 2021", "2021-10-31")
    d.date("18 November 2021", "2021-11-18")
    d.h("Section 1: Progress by area")
    d.ruled([["Area", "Actions", "Complete", "On track", "Behind", "RAG Sept 2021", "RAG Nov 2021", "Direction"],
             ["1. Strategy and governance", "12", "10", "2", "0", "Green", "Green", "Steady"],
             ["2. Inclusion", "14", "6", "4", "4", "Amber", "Red", "Worse"],
             ["3. EHC plans", "16", "11", "4", "1", "Amber", "Amber", "Improving"],
             ["4. Autism assessment", "10", "5", "4", "1", "Red", "Amber", "Improving"],
             ["5. Local Offer", "12", "9", "3", "0", "Green", "Green", "Steady"],
             ["Total", "64", "41", "17", "6", "Amber", "Amber", ""]],
            [4.2 * cm, 1.6 * cm, 1.8 * cm, 1.7 * cm, 1.5 * cm, 1.8 * cm, 1.8 * cm, 1.8 * cm])
    d.date("Sept 2021", "2021-09")
    d.h("Section 1a: Area summaries")
    summaries = [
        ("Area 1: Strategy and governance", "Director of Children's Services", "Green",
         "Agree a joint SEND strategy and a joint quality assurance framework; give the Improvement Board a single "
         "view of performance across education, health and care.",
         "Strategy agreed; quality assurance framework in place; joint dashboard reported monthly since April "
         "2021.",
         "Partners report the same data to the Board; the CCG and the Council have agreed three joint "
         "commissioning priorities for 2022/23.",
         "Self-assessment against the inspection letter before the third review meeting."),
        ("Area 2: Inclusion", "Head of Inclusion Services", "Red",
         "Reduce exclusions and the use of part-time timetables for pupils with SEND; launch an inclusion charter "
         "with schools; open two alternative provision hubs.",
         "Part-time timetable protocol agreed; one hub open in Taunton; outreach from special schools to 38 "
         "mainstream schools.",
         "Permanent exclusions lower than in 2019/20, but fixed-term exclusions and part-time timetables rising "
         "again since March 2021.",
         "Recovery actions in Section 3; charter launch at the headteachers' conference."),
        ("Area 3: EHC plans", "Service Director - Inclusion", "Amber",
         "Issue plans within 20 weeks; improve the quality and timeliness of health and social care advice; "
         "complete annual reviews on time.",
         "Eight EHC plan co-ordinators recruited; new plan template; health advice pathway agreed with the CCG's "
         "providers.",
         "Timeliness of new plans up from 11% to 61%; audited plans rated good or better up from 24% to 52%.",
         "Secondment of two social care advisers; annual review recovery plan."),
        ("Area 4: Autism assessment", "Clinical Director for Children and Young People, CCG", "Amber",
         "Reduce waiting times for autism assessment, especially in rural areas; offer support while families "
         "wait.",
         "Bridgwater hub opened; 'waiting well' sessions in family centres; additional independent sector "
         "capacity commissioned.",
         "Median wait down from 86 to 64 weeks; longest waits still in West Somerset.",
         "Recruit to the Minehead clinic vacancy; publish waiting times on the Local Offer."),
        ("Area 5: Local Offer", "Head of SEND Commissioning", "Green",
         "Rebuild the Local Offer with families so that it is easy to find and sets out what families can expect "
         "from services.",
         "New website launched with the Parent Carer Forum; 'Ask SEND' live chat; young people's pages reviewed.",
         "Visits up from 3,100 to more than 10,000 a month; 61% of parents can find what they need.",
         "Add a service directory for post-16 providers.")]
    for title, lead, rag, said, done, impact, nxt in summaries:
        d.ruled([[f"<b>{title}</b>", f"Lead: {lead}. Overall RAG: <b>{rag}</b>"],
                 ["What we said we would do", said],
                 ["What we have done", done],
                 ["Impact so far", impact],
                 ["Next steps", nxt]],
                [4.2 * cm, 12.0 * cm], header_rows=1)
        d.space(6)
    d.date("April 2021", "2021-04")
    d.h("Section 2: Key performance indicators")
    kpis = [["Ref", "Measure", "Baseline (Dec 2019)", "Target (Sept 2022)", "June 2021", "Sept 2021", "Oct 2021",
             "RAG"],
            ["K1", "New EHC plans issued within 20 weeks (rolling 6 months)", "11%", "60%", "47%", "58%", "61%",
             "G"],
            ["K2", "Health advice returned within 6 weeks", "39%", "90%", "77%", "84%", "85%", "A"],
            ["K3", "Social care advice returned within 6 weeks", "22%", "90%", "55%", "61%", "60%", "R"],
            ["K4", "Annual reviews completed on time", "34%", "80%", "52%", "57%", "59%", "A"],
            ["K5", "Permanent exclusions of pupils with SEND (academic year to date)", "41", "20", "23", "2", "6",
             "A"],
            ["K6", "Fixed-term exclusions of pupils with SEND (rate per 100 pupils, term to date)", "9.8", "6.0",
             "8.1", "3.2", "7.9", "R"],
            ["K7", "Pupils with SEND on part-time timetables", "246", "100", "188", "197", "212", "R"],
            ["K8", "Median wait for autism assessment (weeks)", "86", "52", "70", "66", "64", "A"],
            ["K9", "Longest wait for autism assessment (weeks)", "104", "60", "82", "74", "71", "A"],
            ["K10", "Local Offer website visits (month)", "3,100", "8,000", "9,450", "8,870", "10,120", "G"],
            ["K11", "Parents who say services have improved (survey)", "19%", "50%", "n/a", "46%", "n/a", "A"],
            ["K12", "Young people with SEND in education, employment or training at 17", "84%", "90%", "87%",
             "n/a", "88%", "A"]]
    d.ruled(kpis, [1.0 * cm, 5.6 * cm, 1.9 * cm, 1.9 * cm, 1.5 * cm, 1.5 * cm, 1.5 * cm, 1.3 * cm],
            style=CELL_SMALL)
    d.date("Sept 2022", "2022-09")
    d.p("Baselines are taken from the data shared with inspectors in December 2019. RAG: G on or above the "
        "trajectory to target; A within 10% of the trajectory; R more than 10% below the trajectory.", SMALL)

    d.h("Section 3: Exceptions - actions rated red")
    d.ruled([["Action", "Lead", "Due", "Issue", "Recovery action", "Revised date"],
             ["2.3 Reduce the use of part-time timetables for pupils with SEND through a new protocol agreed with "
              "headteachers", "Head of Inclusion Services", "July 2021",
              "Protocol agreed but not consistently applied; numbers rising since March 2021",
              "Weekly review of every part-time timetable by the inclusion team; challenge to schools with the "
              "highest numbers", "February 2022"],
             ["2.5 Launch an inclusion charter with schools", "Head of Inclusion Services", "September 2021",
              "Delayed by Covid-19 pressures on schools", "Charter to be launched at the headteachers' conference",
              "26 January 2022"],
             ["2.6 Open two alternative provision hubs for pupils with SEND at risk of exclusion",
              "Strategic Manager, Alternative Provision", "September 2021",
              "Building works delayed; one hub open, second delayed",
              "Interim provision at Yeovil; second hub to open after works", "April 2022"],
             ["2.8 Train all SENCos in de-escalation and trauma-informed practice",
              "Educational Psychology Service", "October 2021", "58% trained; course cancelled in September",
              "Two further courses booked", "March 2022"],
             ["3.9 Improve the timeliness of social care advice to EHC needs assessments",
              "Assistant Director, Children's Social Care", "June 2021",
              "Staff vacancies in the disabled children's team",
              "Two advisers seconded to the SEND service to write social care advice", "January 2022"],
             ["4.6 Reduce the longest waits for autism assessment in West Somerset",
              "Clinical Director for Children and Young People, CCG", "October 2021",
              "Clinician vacancy at the Minehead clinic", "Additional independent sector capacity from November "
                                                          "2021", "March 2022"]],
            [3.4 * cm, 2.5 * cm, 2.0 * cm, 2.9 * cm, 3.6 * cm, 1.8 * cm], style=CELL_SMALL)
    d.date("February 2022", "2022-02")
    d.date("26 January 2022", "2022-01-26")
    d.date("January 2022", "2022-01")
    d.date("March 2022", "2022-03")
    d.h("Section 4: What families are telling us")
    d.p("The Parent Carer Forum's September 2021 survey showed improvements in the information available to "
        "families (61% said they could find what they needed on the Local Offer, against 28% in 2019) and in "
        "communication with EHC plan co-ordinators. Families of children who are not in school full time, and "
        "families in West Somerset waiting for an autism assessment, remain the least satisfied. The young "
        "people's SEND panel, 'Somerset Voices', reviewed the Local Offer's pages for young people in October 2021.")
    d.h("Section 5: Milestones")
    d.ruled([["Milestone", "Date", "Status"],
             ["WSoA submitted to Ofsted", "27 May 2020", "Complete"],
             ["WSoA declared fit for purpose", "14 August 2020", "Complete"],
             ["First DfE and NHS England review meeting", "March 2021", "Complete"],
             ["Second DfE and NHS England review meeting", "12 October 2021", "Complete"],
             ["Third DfE and NHS England review meeting", "April 2022", "Scheduled"],
             ["Ofsted and CQC re-visit", "Expected in 2022", "-"]],
            [8.2 * cm, 4.2 * cm, 3.8 * cm])
    d.h("Section 6: Actions completed since the last report to Cabinet (June 2021)")
    d.ruled([["Action", "Completed"],
             ["1.4 Joint SEND Strategy 2021-2024 agreed by the Health and Wellbeing Board", "July 2021"],
             ["1.7 Joint quality assurance framework in place, with the first quarterly report to the Board",
              "September 2021"],
             ["3.2 EHC plan co-ordinators recruited (eight posts)", "August 2021"],
             ["3.5 New EHC plan template, co-produced with the Parent Carer Forum, in use for all new plans",
              "October 2021"],
             ["4.2 Autism assessment hub opened in Bridgwater", "June 2021"],
             ["5.3 Local Offer pages for young people reviewed by 'Somerset Voices'", "October 2021"],
             ["5.4 Local Offer 'Ask SEND' live chat launched", "13 September 2021"]],
            [12.2 * cm, 4.0 * cm])
    d.date("August 2021", "2021-08")
    d.date("13 September 2021", "2021-09-13")
    d.p("Contact: Annabel Cothelstone, Service Director - Inclusion, acothelstone@somerset.gov.uk", SMALL)
    return d


# ------------------------------------------------------------------------------------------------------------------
# 5. Surrey: Cabinet Member decisions pack, with the DfE's Improvement Notice appended to the SEND report
# ------------------------------------------------------------------------------------------------------------------

def surrey_decision_pack() -> Doc:
    d = Doc(
        "surrey/round38-2025-06-24-cabinet-member-for-children-families-and-lifelong-learning/"
        "Agenda and decisions pack 24th-Jun-2025 10.00 Cabinet Member for Children Families and Lifelong "
        "Learning.pdf",
        {"council": "Surrey County Council", "council_slug": "surrey",
         "committee": "Cabinet Member for Children, Families and Lifelong Learning", "meeting_date": "2025-06-24",
         "title": "Agenda and decisions pack, 24/06/2025 10:00", "source_kind": "moderngov-document",
         "url": "https://mycouncil.surreycc.gov.uk/documents/g9874/Agenda%20and%20decisions%20pack%2024th-Jun-2025"
                "%2010.00%20Cabinet%20Member%20for%20Children%20Families%20and%20Lifelong%20Learning.pdf"},
        {"council": "Surrey County Council", "committee": "Cabinet Member for Children, Families and Lifelong "
         "Learning", "date": "2025-06-24"},
        "Surrey County Council", "Cabinet Member for Children, Families and Lifelong Learning Decisions",
        "24 June 2025", page_label="Page {n}")
    d.footer_centre = "Public Document Pack"
    d.date("24 June 2025", "2025-06-24")
    d.title("CABINET MEMBER FOR CHILDREN, FAMILIES AND LIFELONG LEARNING DECISIONS")
    d.table([["DATE:", "TUESDAY, 24 JUNE 2025"], ["TIME:", "10.00 AM"],
             ["PLACE:", "ROOM 2.02, WOODHATCH PLACE, 11 COCKSHOT HILL, REIGATE, RH2 8EF"]],
            [2.6 * cm, 13.6 * cm], header=False, grid=False)
    d.p("<b>CABINET MEMBER:</b> Councillor Edwina Chobham, Cabinet Member for Children, Families and Lifelong "
        "Learning")
    d.person("Edwina Chobham", "Cabinet Member for Children, Families and Lifelong Learning", "member")
    d.p("If you would like a copy of this agenda or the attached papers in another format, e.g. large print or "
        "braille, or another language, please contact Gemma Pirbright, Democratic Services Assistant, on 020 8541 "
        "7309 or by email at gemma.pirbright@surreycc.gov.uk.", SMALL)
    d.person("Gemma Pirbright", "Democratic Services Assistant", "officer", "gemma.pirbright@surreycc.gov.uk",
             "020 8541 7309")
    d.h("AGENDA")
    d.p("<b>1. DECLARATIONS OF INTEREST</b><br/>All Members present are required to declare, at this point in the "
        "meeting or as soon as possible thereafter, any disclosable pecuniary interests or other registrable "
        "interests in respect of any item to be considered at the meeting.", HANG)
    d.p("<b>2. PROCEDURAL MATTERS</b>", HANG)
    d.p("<b>a. Members' Questions</b><br/>The deadline for Members' questions is 12.00pm four working days before "
        "the meeting (Wednesday 18 June 2025).", INDENT)
    d.date("Wednesday 18 June 2025", "2025-06-18")
    d.p("<b>b. Public Questions</b><br/>The deadline for public questions is seven days before the meeting "
        "(Tuesday 17 June 2025).", INDENT)
    d.date("Tuesday 17 June 2025", "2025-06-17")
    d.p("<b>c. Petitions</b><br/>The deadline for petitions was 14 days before the meeting, and no petitions have "
        "been received.", INDENT)
    d.p("<b>3. SPECIAL EDUCATIONAL NEEDS AND DISABILITIES (SEND): IMPROVEMENT NOTICE AND SEND IMPROVEMENT BOARD "
        "TERMS OF REFERENCE</b> (Pages 4 - 9)<br/>To accept the Improvement Notice issued to the Council by the "
        "Department for Education and to approve the terms of reference of the Surrey SEND Improvement Board.",
        HANG)
    d.p("<b>4. HOME TO SCHOOL TRAVEL ASSISTANCE: STAGE TWO APPEALS</b><br/>To approve revised arrangements for "
        "stage two appeals against decisions on travel assistance. (Report published separately.)", HANG)
    d.p("Terence Wotton<br/>Chief Executive<br/>Published: Monday, 16 June 2025")
    d.person("Terence Wotton", "Chief Executive", "officer")
    d.date("Monday, 16 June 2025", "2025-06-16")
    d.p("<b>MOBILE TECHNOLOGY AND FILMING - ACCEPTABLE USE.</b> Those attending for the purpose of reporting on the "
        "meeting may use social media or mobile devices in silent mode to send electronic messages about the "
        "progress of the public parts of the meeting.", SMALL)
    d.add(PageBreak())

    # -- record of decisions --------------------------------------------------------------------------------------
    d.h("DECISIONS TAKEN BY THE CABINET MEMBER FOR CHILDREN, FAMILIES AND LIFELONG LEARNING ON TUESDAY, 24 JUNE "
        "2025 AT WOODHATCH PLACE")
    d.p("(The decisions below are subject to call-in. The deadline for call-in is 4.00pm on Tuesday, 1 July 2025. "
        "Decisions may be implemented after that time unless called in.)", SMALL)
    d.date("Tuesday, 1 July 2025", "2025-07-01")
    d.p("<b>Present:</b> Councillor Edwina Chobham (Cabinet Member). <b>Also present:</b> Councillor Robert "
        "Nutfield; Rachael Elstead, Executive Director for Children, Families and Lifelong Learning; Nicola "
        "Shalford, Assistant Director - Inclusion and Additional Needs; Gemma Pirbright, Democratic Services "
        "Assistant.")
    d.person("Robert Nutfield", None, "member")
    d.person("Rachael Elstead", "Executive Director for Children, Families and Lifelong Learning", "officer")
    d.p("<b>1/25 DECLARATIONS OF INTEREST</b>")
    d.p("None were received.")
    d.p("<b>2/25 PROCEDURAL MATTERS</b>")
    d.p("<b>a. Members' Questions</b><br/>One question was received from Councillor Robert Nutfield about the number "
        "of children with an EHC plan who were waiting for a specialist school place. The question and the "
        "response are attached to these decisions as Annex A (published separately). In a supplementary question, "
        "Councillor Nutfield asked when the new places at the Reigate specialist centre would open; the Cabinet "
        "Member replied that they would open in September 2026.")
    d.date("September 2026", "2026-09")
    d.p("<b>b. Public Questions</b> and <b>c. Petitions</b><br/>There were none.")
    d.p("<b>3/25 SPECIAL EDUCATIONAL NEEDS AND DISABILITIES (SEND): IMPROVEMENT NOTICE AND SEND IMPROVEMENT BOARD "
        "TERMS OF REFERENCE</b>")
    d.p("<b>Details of decision</b>")
    d.p("The Cabinet Member:")
    for label, text in (
            ("1.", "Accepted the Improvement Notice issued to the Council by the Department for Education on 9 June "
                   "2025, and the conditions set out in it;"),
            ("2.", "Approved the terms of reference of the Surrey SEND Improvement Board set out at Annex 2 to the "
                   "report, subject to the addition of a young people's representative to the Board's membership;"),
            ("3.", "Agreed that progress against the Improvement Notice and the Priority Action Plan be reported "
                   "to the Children, Families, Lifelong Learning and Culture Select Committee every six months; "
                   "and"),
            ("4.", "Noted that the Improvement Notice will be reviewed by the Department for Education and NHS "
                   "England at six-monthly review meetings, the first of which will be held on 15 July 2025.")):
        d.res(label, text, "resolution")
    d.date("9 June 2025", "2025-06-09")
    d.date("15 July 2025", "2025-07-15")
    d.p("<b>Reasons for decision</b>")
    d.p("The Improvement Notice sets out what the Department for Education expects the Council and its partners to "
        "do to improve services for children and young people with SEND. Accepting it, and putting in place an "
        "independently chaired Improvement Board, will show the Council's commitment to rapid improvement and "
        "reduce the risk of further intervention.")
    d.p("(The decisions on this item can be called in by the Children, Families, Lifelong Learning and Culture "
        "Select Committee.)", SMALL)
    d.p("<b>4/25 HOME TO SCHOOL TRAVEL ASSISTANCE: STAGE TWO APPEALS</b>")
    d.p("<b>Details of decision</b>")
    d.res(None, "The Cabinet Member approved the revised arrangements for stage two travel assistance appeals, with "
                "an independent member on every appeal panel, to take effect from 1 September 2025.",
          "resolution", style=BODY)
    d.date("1 September 2025", "2025-09-01")
    d.p("<b>Reasons for decision</b>")
    d.p("The revised arrangements respond to the recommendations of the Local Government and Social Care Ombudsman "
        "and will make appeal decisions more consistent.")
    d.add(PageBreak())

    # -- the report ---------------------------------------------------------------------------------------------
    d.title("SURREY COUNTY COUNCIL")
    d.keyvalue([["CABINET MEMBER FOR CHILDREN, FAMILIES AND LIFELONG LEARNING", "DATE: 24 JUNE 2025"],
                ["LEAD OFFICER:", "RACHAEL ELSTEAD, EXECUTIVE DIRECTOR FOR CHILDREN, FAMILIES AND LIFELONG "
                                  "LEARNING"],
                ["SUBJECT:", "SPECIAL EDUCATIONAL NEEDS AND DISABILITIES (SEND): IMPROVEMENT NOTICE AND SEND "
                             "IMPROVEMENT BOARD TERMS OF REFERENCE"],
                ["ORGANISATION STRATEGY PRIORITY AREA:", "NO ONE LEFT BEHIND / EMPOWERED AND THRIVING COMMUNITIES"]],
               widths=(5.6 * cm, 10.6 * cm))
    d.h("Purpose of the Report:")
    d.p("To ask the Cabinet Member to accept the Improvement Notice issued to Surrey County Council by the Department "
        "for Education (DfE) following the area SEND inspection, and to approve the terms of reference of the "
        "Surrey SEND Improvement Board that the Notice requires.")
    d.h("Recommendations:")
    d.p("It is recommended that the Cabinet Member:")
    for label, text in (
            ("1.", "Accepts the Improvement Notice issued to the Council by the Department for Education on 9 June "
                   "2025 (Annex 1), and the conditions set out in it;"),
            ("2.", "Approves the terms of reference of the Surrey SEND Improvement Board (Annex 2);"),
            ("3.", "Agrees that progress against the Improvement Notice and the Priority Action Plan be reported to "
                   "the Children, Families, Lifelong Learning and Culture Select Committee every six months; and"),
            ("4.", "Notes the arrangements for the review of the Improvement Notice by the Department for Education "
                   "and NHS England.")):
        d.res(label, text, "recommendation")
    d.h("Reason for Recommendations:")
    d.p("The Council is required to co-operate with the DfE in delivering the improvements set out in the Notice. "
        "An independently chaired Improvement Board is one of the Notice's conditions.")
    d.h("Executive Summary:")
    paras = [
        "Ofsted and the Care Quality Commission (CQC) carried out an area SEND inspection of the Surrey local area "
        "partnership between 3 and 7 February 2025. The inspection report, published on 21 March 2025, found that "
        "there are widespread and/or systemic failings leading to significant concerns about the experiences and "
        "outcomes of children and young people with SEND, which the partnership must address urgently.",
        "The area was last inspected under the previous framework in June 2016, when a Written Statement of Action "
        "was required. A re-visit in October 2019 found that sufficient progress had been made in all of the "
        "areas of weakness identified in 2016.",
        "The inspection report set out two priority actions and three areas for improvement, which are reproduced "
        "in paragraph 2 of the Improvement Notice at Annex 1. Inspectors also recognised strengths, including the "
        "partnership's work with Surrey Family Voice, the quality of specialist provision in the county's special "
        "schools, and early help for families through the family centres.",
        "The partnership's Priority Action Plan was submitted to Ofsted on 2 May 2025 and has been accepted as fit "
        "for purpose. It has been developed with Surrey Family Voice, whose co-chair, Amira Godalming, has joined "
        "the Improvement Board.",
        "On 9 June 2025 the Minister for School Standards issued an Improvement Notice to the Council. The Notice "
        "does not remove any of the Council's functions. It requires the Council to work with its partners and "
        "with an independent chair appointed by the DfE, Professor David Limpsfield, to deliver the Priority Action "
        "Plan and to report on progress.",
        "The DfE and NHS England will review progress at six-monthly review meetings, the first of which will be "
        "held on 15 July 2025. The Notice will be formally reviewed by the DfE in June 2026.",
        "The terms of reference of the Improvement Board (Annex 2) were agreed in draft by the Board's first "
        "meeting on 11 June 2025 and are recommended for approval."]
    for number, text in enumerate(paras, 1):
        d.p(f"{number}. {text}", NUM_PARA)
    d.person("Amira Godalming", "co-chair, Surrey Family Voice", "other")
    d.person("David Limpsfield", "independent chair appointed by the DfE", "other")
    d.date("between 3 and 7 February 2025", "2025-02-03", "2025-02-07")
    d.date("21 March 2025", "2025-03-21")
    d.date("June 2016", "2016-06")
    d.date("October 2019", "2019-10")
    d.date("2 May 2025", "2025-05-02")
    d.date("June 2026", "2026-06")
    d.date("11 June 2025", "2025-06-11")
    d.event("inspection", "2025-02-03", "2025-02-07", "Ofsted and the Care Quality Commission (CQC) carried out an "
            "area SEND inspection of the Surrey local area partnership between 3 and 7 February 2025.")
    d.event("outcome-letter", "2025-03-21", None, "The inspection report, published on 21 March 2025")
    d.event("inspection", "2016-06", None, "The area was last inspected under the previous framework in June 2016")
    d.event("revisit", "2019-10", None, "A re-visit in October 2019 found that sufficient progress had been made in "
            "all of the areas of weakness identified in 2016.")
    d.event("progress-plan", "2025-05-02", None, "The partnership's Priority Action Plan was submitted to Ofsted on "
            "2 May 2025")
    d.event("statutory-direction", "2025-06-09", None, "On 9 June 2025 the Minister for School Standards issued an "
            "Improvement Notice to the Council.")
    d.event("monitoring", "2025-07-15", None, "The DfE and NHS England will review progress at six-monthly review "
            "meetings, the first of which will be held on 15 July 2025.")
    d.event("monitoring", "2026-06", None, "The Notice will be formally reviewed by the DfE in June 2026.")
    d.h("Consultation:")
    d.p("8. The Cabinet Member has been briefed, and the Chair of the Children, Families, Lifelong Learning and "
        "Culture Select Committee, Councillor Martin Ockley, has been consulted. The ICB's Chief Executive, Dr Kate "
        "Cranleigh, has agreed the terms of reference on behalf of NHS Surrey Heartlands.", NUM_PARA)
    d.person("Martin Ockley", "Chair of the Children, Families, Lifelong Learning and Culture Select Committee",
             "member")
    d.person("Kate Cranleigh", "Chief Executive, NHS Surrey Heartlands ICB", "officer")
    d.h("Risk Management and Implications:")
    d.p("9. If the Council does not comply with the Notice, the Secretary of State may use powers under section 497A "
        "of the Education Act 1996 to direct the Council. The main risks to delivery, the recruitment of "
        "educational psychologists and the High Needs Block deficit, are on the directorate risk register.",
        NUM_PARA)
    d.h("Financial and Value for Money Implications:")
    d.p("10. The costs of the Improvement Board's independent chair are met by the DfE. The Priority Action Plan is "
        "funded within the 2025/26 budget, including £4.2m of one-off investment agreed by Council on 11 February "
        "2025.", NUM_PARA)
    d.date("11 February 2025", "2025-02-11")
    d.h("Section 151 Officer Commentary:")
    d.p("11. The Section 151 Officer confirms that the costs of the Priority Action Plan are provided for within the "
        "2025/26 budget and the Medium-Term Financial Strategy.", NUM_PARA)
    d.h("Legal Implications - Monitoring Officer:")
    d.p("12. An Improvement Notice is non-statutory. It sets out the DfE's expectations and the consequences of a "
        "failure to improve. Accepting it is an executive decision that may be taken by the Cabinet Member under "
        "the Scheme of Delegation.", NUM_PARA)
    d.h("Equalities and Diversity:")
    d.p("13. An equality impact assessment of the Priority Action Plan was completed on 28 April 2025. The actions "
        "are expected to have a positive impact on children and young people with SEND and their families.",
        NUM_PARA)
    d.date("28 April 2025", "2025-04-28")
    d.h("What Happens Next:")
    d.p("14. The Improvement Board will meet monthly until March 2026. The first six-monthly report to the Select "
        "Committee will be made at its meeting on 4 December 2025.", NUM_PARA)
    d.date("March 2026", "2026-03")
    d.date("4 December 2025", "2025-12-04")
    d.p("<b>Report Author:</b> Nicola Shalford, Assistant Director - Inclusion and Additional Needs, 07812 446193, "
        "nicola.shalford@surreycc.gov.uk")
    d.person("Nicola Shalford", "Assistant Director - Inclusion and Additional Needs", "officer",
             "nicola.shalford@surreycc.gov.uk", "07812 446193")
    d.p("<b>Consulted:</b> Andrew Dunsfold, Strategic Finance Business Partner; Sarah Witley, Principal Lawyer, "
        "Legal Services; Surrey Family Voice; NHS Surrey Heartlands ICB; NHS Frimley ICB.")
    d.person("Andrew Dunsfold", "Strategic Finance Business Partner", "officer")
    d.person("Sarah Witley", "Principal Lawyer, Legal Services", "officer")
    d.p("<b>Annexes:</b> Annex 1 - Improvement Notice, 9 June 2025; Annex 2 - Surrey SEND Improvement Board: Terms "
        "of Reference.")
    d.p("<b>Sources/background papers:</b> Area SEND inspection of Surrey Local Area Partnership, Ofsted and CQC, "
        "21 March 2025; Surrey Priority Action Plan, May 2025.")
    d.date("May 2025", "2025-05")
    d.add(PageBreak())

    # -- Annex 1: the Improvement Notice -------------------------------------------------------------------------
    d.p("<b>Annex 1</b>", RIGHT)
    d.table([["<b>Department for Education</b>", "Sanctuary Buildings<br/>Great Smith Street<br/>London<br/>"
                                                  "SW1P 3BT<br/>www.gov.uk/dfe"]],
            [10.2 * cm, 6.0 * cm], header=False, grid=False, style=SMALL)
    d.p("From the Minister for School Standards<br/>Baroness Philippa Ashtead")
    d.person("Philippa Ashtead", "Minister for School Standards", "other")
    d.p("9 June 2025")
    d.p("Terence Wotton<br/>Chief Executive<br/>Surrey County Council<br/>Woodhatch Place<br/>Reigate<br/>RH2 8EF")
    d.p("Dear Mr Wotton,")
    d.p("<b>IMPROVEMENT NOTICE: SURREY COUNTY COUNCIL - SPECIAL EDUCATIONAL NEEDS AND DISABILITIES (SEND) "
        "SERVICES</b>")
    d.p("1. This Improvement Notice is issued to Surrey County Council following the area SEND inspection of the "
        "Surrey local area partnership by Ofsted and the CQC, the report of which was published on 21 March 2025. "
        "The inspection found widespread and/or systemic failings leading to significant concerns about the "
        "experiences and outcomes of children and young people with SEND.", NUM_PARA)
    d.p("2. The report identified the following priority actions and areas for improvement, which the Council "
        "and its partners must address.", NUM_PARA)
    d.p("<i>Priority actions</i>", SUB_PARA)
    findings = [
        ("a)", "Leaders across the partnership must urgently improve the timeliness of EHC needs assessments and "
               "the quality of EHC plans, so that children and young people receive the right help when they need "
               "it.", ["ehc-plans"]),
        ("b)", "Leaders must improve how they work with parents and carers, so that families receive clear and "
               "timely communication and their trust in the partnership is rebuilt.", ["co-production"]),
        ("c)", "Leaders in the integrated care boards and the local authority should reduce the waiting times for "
               "speech and language therapy, occupational therapy and neurodevelopmental assessments.",
         ["health-services"]),
        ("d)", "Leaders should improve the oversight of children and young people with SEND who are not in "
               "full-time education, including those on part-time timetables or awaiting a school place.",
         ["inclusion-provision", "data-oversight"]),
        ("e)", "Leaders should strengthen the preparation for adulthood of young people with SEND, so that more "
               "of them move into employment, supported internships and independent living.",
         ["preparing-for-adulthood"])]
    for label, text, themes in findings[:2]:
        d.weak(text, themes, marker=label, style=SUB_PARA)
    d.p("<i>Areas for improvement</i>", SUB_PARA)
    for label, text, themes in findings[2:]:
        d.weak(text, themes, marker=label, style=SUB_PARA)
    d.p("3. In the light of these findings, and of the Council's response to date, I have decided to issue this "
        "Improvement Notice. The Council must:", NUM_PARA)
    for label, text in (
            ("i.", "co-operate with the Department for Education and NHS England to deliver the Priority Action "
                   "Plan submitted to Ofsted;"),
            ("ii.", "establish a SEND Improvement Board, with an independent chair appointed by the Department, "
                    "which includes representatives of the integrated care boards, schools and Surrey Family "
                    "Voice;"),
            ("iii.", "provide the Department with monthly data on the timeliness of EHC needs assessments and "
                     "on children out of full-time education; and"),
            ("iv.", "report on progress to the Department at six-monthly review meetings, and at any other time "
                    "the Department requests.")):
        d.p(f"{label} {text}", SUB_PARA)
    d.p("4. The Department and NHS England will review progress at six-monthly review meetings. The first will "
        "take place on 15 July 2025. I will formally review this Notice in June 2026 and will then decide whether "
        "it should be lifted or further action taken.", NUM_PARA)
    d.p("5. If I am not satisfied that the Council is making sufficient progress, or if the Council fails to "
        "comply with this Notice, I may use my powers under section 497A of the Education Act 1996 to issue a "
        "statutory direction.", NUM_PARA)
    d.p("6. I am copying this letter to the Leader of the Council, the Cabinet Member for Children, Families and "
        "Lifelong Learning, the Executive Director for Children, Families and Lifelong Learning, the Chief "
        "Executives of NHS Surrey Heartlands and NHS Frimley integrated care boards, and Ofsted.", NUM_PARA)
    d.p("Yours sincerely,")
    d.p("<b>Baroness Philippa Ashtead</b><br/>Minister for School Standards")
    d.p("cc: Councillor Tim Ewhurst, Leader of Surrey County Council; Councillor Edwina Chobham; Rachael Elstead; "
        "Dr Kate Cranleigh; Simon Brockham, Chief Executive, NHS Frimley ICB; Lucy Ripley, Regional Director, "
        "South East, DfE Regions Group", SMALL)
    d.person("Tim Ewhurst", "Leader of Surrey County Council", "member")
    d.person("Simon Brockham", "Chief Executive, NHS Frimley ICB", "officer")
    d.person("Lucy Ripley", "Regional Director, South East, DfE Regions Group", "officer")
    d.add(PageBreak())

    # -- Annex 2: terms of reference -------------------------------------------------------------------------------
    d.p("<b>Annex 2</b>", RIGHT)
    d.h("Surrey SEND Improvement Board: Terms of Reference")
    d.p("Draft agreed by the Board on 11 June 2025, for approval by the Cabinet Member.", SMALL)
    d.p("<b>1. Purpose.</b> The Board will oversee the delivery of the Priority Action Plan and the conditions of "
        "the Improvement Notice, hold partners to account for progress and assure the Department for Education and "
        "NHS England that improvements are having an impact on children, young people and families.")
    d.p("<b>2. Membership.</b>")
    d.ruled([["Member", "Role", "Organisation"],
             ["Professor David Limpsfield", "Independent Chair", "Appointed by the DfE"],
             ["Councillor Edwina Chobham", "Cabinet Member for Children, Families and Lifelong Learning",
              "Surrey County Council"],
             ["Rachael Elstead", "Executive Director for Children, Families and Lifelong Learning (Vice-Chair)",
              "Surrey County Council"],
             ["Nicola Shalford", "Assistant Director - Inclusion and Additional Needs", "Surrey County Council"],
             ["Dr Hannah Bisley", "Chief Nursing Officer", "NHS Surrey Heartlands ICB"],
             ["Karen Tilford", "Director of Children's Commissioning", "NHS Frimley ICB"],
             ["Dr Owen Shere", "Designated Medical Officer for SEND", "NHS Surrey Heartlands ICB"],
             ["Amira Godalming", "Co-Chair", "Surrey Family Voice"],
             ["Peter Wonersh", "Headteacher, Brook Farm Primary School", "Surrey Primary Heads' Phase Council"],
             ["(to be appointed)", "Young people's representative", "Surrey Youth Voice"]],
            [4.4 * cm, 6.6 * cm, 5.2 * cm])
    d.person("Hannah Bisley", "Chief Nursing Officer", "officer")
    d.person("Karen Tilford", "Director of Children's Commissioning", "officer")
    d.person("Owen Shere", "Designated Medical Officer for SEND", "officer")
    d.person("Peter Wonersh", "Headteacher, Brook Farm Primary School", "other")
    d.p("The DfE's SEND adviser and NHS England's regional SEND lead attend as observers.")
    d.p("<b>3. Frequency.</b> The Board will meet monthly until March 2026, and every two months after that. "
        "Meetings will be held in private; a summary of each meeting will be published on the Local Offer.")
    d.p("<b>4. Reporting.</b> The Board will report to the Cabinet Member, to the Children, Families, Lifelong "
        "Learning and Culture Select Committee every six months, and to the Surrey Heartlands Health and Care "
        "Partnership.")
    d.p("<b>5. Quorum.</b> The Chair or Vice-Chair, and at least one representative each of the Council, an "
        "integrated care board and Surrey Family Voice.")
    d.p("<b>6. Review.</b> These terms of reference will be reviewed when the Improvement Notice is reviewed, and "
        "in any event by 30 June 2026.")
    d.date("30 June 2026", "2026-06-30")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 6. Northumberland: education scrutiny agenda pack holding several reports
# ------------------------------------------------------------------------------------------------------------------

def northumberland_pack() -> Doc:
    d = Doc(
        "northumberland/round38-2025-11-13-family-and-childrens-services-overview-and-scrutiny-committee/"
        "Agenda Document for Family and Children's Services Overview and Scrutiny Committee, 13 November 2025.pdf",
        {"council": "Northumberland County Council", "council_slug": "northumberland",
         "committee": "Family and Children's Services Overview and Scrutiny Committee", "meeting_date": "2025-11-13",
         "title": "Agenda Document for Family and Children's Services Overview and Scrutiny Committee, 13 November "
                  "2025",
         "source_kind": "moderngov-document",
         "url": "https://northumberland.moderngov.co.uk/documents/g7731/Public%20reports%20pack%2013th-Nov-2025"
                "%2010.00%20Family%20and%20Childrens%20Services%20Overview%20and%20Scrutiny%20Committee.pdf"},
        {"council": "Northumberland County Council", "committee": "Family and Children's Services Overview and "
         "Scrutiny Committee", "date": "2025-11-13"},
        "Northumberland County Council", "Family and Children's Services OSC - 13 November 2025",
        "Public Document Pack", page_label="Page {n}")
    d.date("13 November 2025", "2025-11-13")
    d.p("<b>NORTHUMBERLAND COUNTY COUNCIL</b>", CENTRE)
    d.p("<b>FAMILY AND CHILDREN'S SERVICES OVERVIEW AND SCRUTINY COMMITTEE</b>", CENTRE)
    d.p("A meeting of the Family and Children's Services Overview and Scrutiny Committee will be held in Committee "
        "Room 1, County Hall, Morpeth, NE61 2EF on <b>THURSDAY, 13 NOVEMBER 2025 at 10.00 AM</b>.", CENTRE)
    d.p("Dr Helen Acomb<br/>Chief Executive<br/>5 November 2025", RIGHT)
    d.person("Helen Acomb", "Chief Executive", "officer")
    d.date("5 November 2025", "2025-11-05")
    d.p("To: Members of the Family and Children's Services Overview and Scrutiny Committee")
    d.h("Committee Members")
    two_columns(d, ["Bamburgh, J. (Chair)", "Acklington, P.", "Belford, K.", "Embleton, R.", "Felton, M."],
                ["Wooler, S. (Vice-Chair)", "Longhorsley, A.", "Rothbury, T.", "Warkworth, C.", "Whitley, E."])
    for name, role in (("J Bamburgh", "Chair"), ("S Wooler", "Vice-Chair"), ("P Acklington", None),
                       ("A Longhorsley", None), ("K Belford", None), ("T Rothbury", None), ("R Embleton", None),
                       ("C Warkworth", None), ("M Felton", None), ("E Whitley", None)):
        d.person(name, role, "member")
    d.p("<b>Co-opted Members (education matters only):</b> Mrs A. Corbridge (Church of England representative), "
        "Rev. P. Otterburn (Roman Catholic representative), Mr N. Bellingham (parent governor representative).")
    d.person("A Corbridge", "Church of England representative", "other")
    d.person("P Otterburn", "Roman Catholic representative", "other")
    d.person("N Bellingham", "parent governor representative", "other")
    d.p("<b>Contact Officer:</b> Yvonne Lesbury, Democratic Services Officer, 01670 622610, "
        "yvonne.lesbury@northumberland.gov.uk")
    d.person("Yvonne Lesbury", "Democratic Services Officer", "officer", "yvonne.lesbury@northumberland.gov.uk",
             "01670 622610")
    d.h("AGENDA")
    d.p("<b>PART I</b>")
    d.ruled([["No.", "Item", "Pages"],
             ["1.", "MEMBERSHIP AND SUBSTITUTES", ""],
             ["2.", "APOLOGIES FOR ABSENCE", ""],
             ["3.", "MINUTES: Minutes of the meeting of the Family and Children's Services Overview and Scrutiny "
                    "Committee held on Thursday, 18 September 2025, as circulated, to be confirmed as a true record "
                    "and signed by the Chair.", "2 - 3"],
             ["4.", "DISCLOSURE OF MEMBERS' INTERESTS", ""],
             ["5.", "LOCAL AREA SEND PARTNERSHIP: PROGRESS AGAINST THE AREAS FOR IMPROVEMENT", "4 - 6"],
             ["6.", "SCHOOL PERFORMANCE 2024/25 (PROVISIONAL)", "7 - 8"],
             ["7.", "FAMILY AND CHILDREN'S SERVICES OVERVIEW AND SCRUTINY COMMITTEE WORK PROGRAMME 2025/26",
              "8"],
             ["8.", "URGENT BUSINESS (IF ANY)", ""]],
            [1.2 * cm, 12.8 * cm, 2.2 * cm])
    d.date("Thursday, 18 September 2025", "2025-09-18")
    d.p("Any member with an interest in an item on the agenda should disclose it at item 4. Members are reminded "
        "that substitutions must be notified to Democratic Services before the start of the meeting.", SMALL)
    d.add(PageBreak())

    # -- minutes of 18 September 2025 -------------------------------------------------------------------------------
    d.p("<b>NORTHUMBERLAND COUNTY COUNCIL</b>", CENTRE)
    d.p("<b>FAMILY AND CHILDREN'S SERVICES OVERVIEW AND SCRUTINY COMMITTEE</b>", CENTRE)
    d.p("At a meeting of the Family and Children's Services Overview and Scrutiny Committee held in Committee Room "
        "1, County Hall, Morpeth on Thursday, 18 September 2025 at 10.00 a.m.")
    d.p("<b>PRESENT</b>")
    d.p("Councillor J. Bamburgh (Chair, in the Chair)")
    d.p("<b>COUNCILLORS</b>")
    two_columns(d, ["Acklington, P.", "Embleton, R.", "Longhorsley, A.", "Warkworth, C."],
                ["Belford, K.", "Felton, M.", "Rothbury, T.", "Hartburn, L. (substitute)"])
    d.person("L Hartburn", "substitute", "member")
    d.p("<b>CO-OPTED MEMBERS</b>")
    d.p("Mrs A. Corbridge, Rev. P. Otterburn")
    d.p("<b>ALSO PRESENT</b>")
    d.table([["Councillor G. Chollerton", "Cabinet Member for Children, Young People and Education"]],
            [5.4 * cm, 10.8 * cm], header=False, grid=False)
    d.person("Guy Chollerton", "Cabinet Member for Children, Young People and Education", "member")
    d.p("<b>OFFICERS</b>")
    d.table([["A. Ponteland", "Executive Director of Children, Young People and Education"],
             ["M. Alwinton", "Director of Education, SEND and Skills"],
             ["R. Elsdon", "Head of SEND and Inclusion"],
             ["D. Bywell", "Transport Policy Manager"],
             ["Y. Lesbury", "Democratic Services Officer"]],
            [5.4 * cm, 10.8 * cm], header=False, grid=False)
    d.person("Audrey Ponteland", "Executive Director of Children, Young People and Education", "officer")
    d.person("Mark Alwinton", "Director of Education, SEND and Skills", "officer")
    d.person("Rachel Elsdon", "Head of SEND and Inclusion", "officer", "rachel.elsdon@northumberland.gov.uk")
    d.person("D Bywell", "Transport Policy Manager", "officer")
    d.p("31.&nbsp;&nbsp;&nbsp;&nbsp;<b>MEMBERSHIP AND SUBSTITUTES</b>", MINUTE)
    d.p("It was reported that Councillor L. Hartburn was substituting for Councillor S. Wooler.", INDENT)
    d.p("32.&nbsp;&nbsp;&nbsp;&nbsp;<b>APOLOGIES FOR ABSENCE</b>", MINUTE)
    d.p("Apologies for absence were received from Councillors S. Wooler and E. Whitley, and from Mr N. Bellingham.",
        INDENT)
    d.p("33.&nbsp;&nbsp;&nbsp;&nbsp;<b>MINUTES</b>", MINUTE)
    d.res(None, "that the minutes of the meeting of the Family and Children's Services Overview and Scrutiny "
                "Committee held on Thursday, 10 July 2025, as circulated, be confirmed as a true record and signed "
                "by the Chair.", "resolution", lead="<b>RESOLVED</b>", style=INDENT)
    d.date("Thursday, 10 July 2025", "2025-07-10")
    d.p("34.&nbsp;&nbsp;&nbsp;&nbsp;<b>DISCLOSURE OF MEMBERS' INTERESTS</b>", MINUTE)
    d.p("Councillor Felton declared a personal interest in minute 36 as a governor of Cheviot View Academy.", INDENT)
    d.p("35.&nbsp;&nbsp;&nbsp;&nbsp;<b>POST-16 TRAVEL ASSISTANCE POLICY STATEMENT 2026/27: CONSULTATION</b>",
        MINUTE)
    d.p("D. Bywell, Transport Policy Manager, presented the draft policy statement, which would be consulted on from "
        "22 September to 2 November 2025. The main proposal was a contribution of £450 a year from families of "
        "students aged 16 to 18 who did not have an EHC plan, with exemptions for low-income families.", INDENT)
    d.date("from 22 September to 2 November 2025", "2025-09-22", "2025-11-02")
    d.p("Members raised concerns about rural students who had no public transport to their nearest college, and "
        "asked that the consultation be promoted through schools and the Parent Carer Forum.", INDENT)
    d.res(None, "that the Committee's comments on the draft Post-16 Travel Assistance Policy Statement be forwarded "
                "to the Cabinet Member for Children, Young People and Education before the end of the "
                "consultation.", "resolution", lead="<b>RESOLVED</b>", style=INDENT)
    d.p("36.&nbsp;&nbsp;&nbsp;&nbsp;<b>SEND SUFFICIENCY: NEW SPECIALIST PLACES</b>", MINUTE)
    d.p("M. Alwinton, Director of Education, SEND and Skills, reported that 96 new specialist places had opened at "
        "the start of the autumn term, including resourced provisions at Haydon Bridge and Alnwick, and that a "
        "further 120 places were planned by September 2027. In answer to questions, he confirmed that the "
        "average journey time to specialist provision in the west of the county had fallen from 58 to 49 "
        "minutes.", INDENT)
    d.date("September 2027", "2027-09")
    d.p("<b>RESOLVED:</b>", INDENT)
    d.res("1.", "That the report be noted.", "resolution", style=INDENT_HANG)
    d.res("2.", "That a visit for members to the new resourced provision at Haydon Bridge be arranged before the "
                "end of the year.", "resolution", style=INDENT_HANG)
    d.p("37.&nbsp;&nbsp;&nbsp;&nbsp;<b>WORK PROGRAMME</b>", MINUTE)
    d.res(None, "that the work programme be noted, and that the SEND partnership's report on progress against the "
                "areas for improvement be taken at the meeting on 13 November 2025.", "resolution",
          lead="<b>RESOLVED</b>", style=INDENT)
    d.p("38.&nbsp;&nbsp;&nbsp;&nbsp;<b>DATE OF NEXT MEETING</b>", MINUTE)
    d.res(None, "that the next meeting be held on Thursday, 13 November 2025 at 10.00 a.m.", "resolution",
          lead="<b>RESOLVED</b>", style=INDENT)
    d.p("CHAIR ........................................<br/>DATE ........................................")
    d.add(PageBreak())

    # -- item 5: the SEND report ----------------------------------------------------------------------------------
    d.p("<b>NORTHUMBERLAND COUNTY COUNCIL</b>", CENTRE)
    d.p("<b>FAMILY AND CHILDREN'S SERVICES OVERVIEW AND SCRUTINY COMMITTEE</b>", CENTRE)
    d.p("<b>13 NOVEMBER 2025</b>", CENTRE)
    d.p("<b>Local Area SEND Partnership: Progress Against the Areas for Improvement</b>", CENTRE)
    d.keyvalue([["Report of:", "Audrey Ponteland, Executive Director of Children, Young People and Education"],
                ["Cabinet Member:", "Councillor Guy Chollerton, Children, Young People and Education"]],
               widths=(4.0 * cm, 12.2 * cm))
    d.h("1. Purpose of report")
    d.p("1.1 To update members on the progress made by the Northumberland local area partnership since the area "
        "SEND inspection, in particular against the five areas for improvement set out in the inspection report.",
        NUM_PARA)
    d.h("2. Recommendations")
    d.p("Members are requested to:")
    for text in ("note the progress made against each of the five areas for improvement;",
                 "comment on the priorities for the next twelve months set out in section 5; and",
                 "agree to receive the SEND Partnership Board's annual report at the meeting on 12 March 2026."):
        d.res(None, text, "recommendation", shown_label="&bull;", style=BULLET)
    d.date("12 March 2026", "2026-03-12")
    d.h("3. Link to Corporate Plan")
    d.p("3.1 This report is relevant to the 'Achieving Value for Money', 'Tackling Inequalities' and 'Driving "
        "Economic Growth' priorities of the Corporate Plan 2023-26.", NUM_PARA)
    d.h("4. Key issues and background")
    d.p("4.1 Ofsted and the Care Quality Commission (CQC) inspected the Northumberland local area partnership "
        "between 1 and 5 July 2024. Their report, published on 16 August 2024, found that the partnership's "
        "arrangements lead to inconsistent experiences and outcomes for children and young people with SEND. The "
        "previous inspection, under the 2016 framework in February 2018, had not required a Written Statement of "
        "Action.", NUM_PARA)
    d.date("between 1 and 5 July 2024", "2024-07-01", "2024-07-05")
    d.date("16 August 2024", "2024-08-16")
    d.date("February 2018", "2018-02")
    d.event("inspection", "2024-07-01", "2024-07-05", "Ofsted and the Care Quality Commission (CQC) inspected the "
            "Northumberland local area partnership between 1 and 5 July 2024.")
    d.event("outcome-letter", "2024-08-16", None, "Their report, published on 16 August 2024, found that the "
            "partnership's arrangements lead to inconsistent experiences and outcomes")
    d.event("inspection", "2018-02", None, "The previous inspection, under the 2016 framework in February 2018, had "
            "not required a Written Statement of Action.")
    d.p("4.2 The partnership's refreshed SEND Strategy and Action Plan, which answers the areas for improvement, was "
        "agreed by the SEND Partnership Board on 24 October 2024 and published on the Local Offer on 4 November "
        "2024. Ofsted held its first annual engagement meeting with the partnership on 14 October 2025.",
        NUM_PARA)
    d.date("24 October 2024", "2024-10-24")
    d.date("4 November 2024", "2024-11-04")
    d.date("14 October 2025", "2025-10-14")
    d.event("progress-plan", "2024-10-24", None, "The partnership's refreshed SEND Strategy and Action Plan, which "
            "answers the areas for improvement, was agreed by the SEND Partnership Board on 24 October 2024")
    d.event("progress-plan", "2024-11-04", None, "published on the Local Offer on 4 November 2024")
    d.p("4.3 The five areas for improvement are set out below in the inspectors' words, in bold, each followed by "
        "a summary of the progress made. The full action plan is available on the Local Offer.", NUM_PARA)
    afis = [
        ("Leaders should improve the timeliness of EHC plans, including for children and young people who move "
         "into Northumberland from other areas.", ["ehc-plans"],
         "In the twelve months to September 2025, 68% of new plans were issued within 20 weeks, compared with 39% "
         "in 2023/24. A transfer-in protocol agreed with neighbouring authorities in January 2025 means that plans "
         "from other areas are now reviewed within six weeks of a child's arrival."),
        ("Leaders in the partnership should reduce the waiting times for autism and ADHD assessments, which are "
         "longest in the west of the county.", ["health-services"],
         "The ICB commissioned an additional assessment provider in August 2024. The longest wait in the west of "
         "the county has fallen from 118 to 84 weeks; Dr Simon Kielder, Designated Clinical Officer, reports "
         "monthly to the Partnership Board on waiting times by locality."),
        ("Leaders should ensure that children and young people in rural areas can access suitable specialist "
         "provision without long journeys.", ["inclusion-provision"],
         "96 new specialist places opened in September 2025, including resourced provisions at Haydon Bridge and "
         "Alnwick (minute 36 of 18 September 2025)."),
        ("Leaders should improve the local offer so that families can easily find the information they need.",
         ["local-offer"],
         "The Local Offer website was rebuilt with the Northumberland Parent Carer Forum and relaunched on 3 March "
         "2025. Its chair, Lynne Hepple, told the Partnership Board that parents' feedback on the new site had been "
         "very positive."),
        ("Leaders should strengthen the quality assurance of EHC plans and annual reviews, so that plans are "
         "updated when children's needs change.", ["ehc-plans", "data-oversight"],
         "A multi-agency audit of 20 plans a month began in November 2024. In the latest audit, 61% of plans were "
         "judged good or better, compared with 35% in the first audit.")]
    for number, (finding, themes, progress) in enumerate(afis, 1):
        d.p(f"({number}) <b>{finding}</b> {progress}", HANG)
        d.record_weak(finding, themes)
    d.date("September 2025", "2025-09")
    d.date("January 2025", "2025-01")
    d.date("August 2024", "2024-08")
    d.date("3 March 2025", "2025-03-03")
    d.date("November 2024", "2024-11")
    d.person("Simon Kielder", "Designated Clinical Officer", "officer")
    d.person("Lynne Hepple", "chair, Northumberland Parent Carer Forum", "other")
    d.p("4.4 Inspectors also identified strengths, which the partnership is building on: the early years SEND "
        "team's support for nurseries and childminders; the strong relationship with the Parent Carer Forum; and "
        "the quality of education in the county's special schools.", NUM_PARA)
    d.h("5. Priorities for the next twelve months")
    for text in ("Reduce the longest waits for neurodevelopmental assessment to below 52 weeks by September 2026.",
                 "Open the remaining 120 specialist places planned by September 2027.",
                 "Embed the preparing for adulthood pathway from Year 9, with a new supported internship offer "
                 "from September 2026.",
                 "Prepare for the partnership's next full inspection, expected by the summer of 2027."):
        d.p("&bull; " + text, BULLET)
    d.date("September 2026", "2026-09")
    d.h("6. Implications")
    d.ruled([["Policy", "The report supports the SEND Strategy 2024-2027 and the Corporate Plan."],
             ["Finance and value for money", "The strategy is funded from the High Needs Block and the ICB's "
                                             "allocation for neurodevelopmental services. The High Needs Block is "
                                             "forecast to overspend by £6.1m in 2025/26."],
             ["Legal", "The Children and Families Act 2014 places duties on the Council and the ICB in respect of "
                       "children and young people with SEND."],
             ["Procurement", "None."],
             ["Human resources", "Recruitment of educational psychologists remains a risk."],
             ["Property", "Capital works for new specialist places are in the capital programme."],
             ["Equalities (Impact Assessment attached)", "Yes. The action plan is expected to have a positive "
                                                          "impact on children and young people with SEND."],
             ["Risk assessment", "The risk of not improving before the next inspection is on the directorate risk "
                                 "register."],
             ["Crime and disorder", "None."],
             ["Customer considerations", "Families are involved through the Parent Carer Forum."],
             ["Carbon reduction", "Shorter journeys to specialist provision reduce transport emissions."],
             ["Health and wellbeing", "The ICB is a joint owner of the strategy."],
             ["Wards", "All."]],
            [4.6 * cm, 11.6 * cm], header_rows=0)
    d.h("7. Background papers")
    d.p("Area SEND inspection of Northumberland Local Area Partnership, Ofsted and CQC, 16 August 2024. "
        "Northumberland SEND Strategy and Action Plan 2024-2027.")
    d.h("8. Report sign off")
    d.ruled([["Authors must ensure that officers and members have agreed the content of the report:", "Full name of "
                                                                                                      "officer"],
             ["Monitoring Officer/Legal", "Stephen Haydon"],
             ["Executive Director of Finance & S151 Officer", "Janet Slaley"],
             ["Relevant Executive Director", "Audrey Ponteland"],
             ["Chief Executive", "Helen Acomb"],
             ["Portfolio Holder(s)", "Guy Chollerton"]],
            [10.2 * cm, 6.0 * cm])
    d.person("Stephen Haydon", "Monitoring Officer/Legal", "officer")
    d.person("Janet Slaley", "Executive Director of Finance & S151 Officer", "officer")
    d.p("<b>Author and Contact Details:</b> Rachel Elsdon, Head of SEND and Inclusion. Email: "
        "rachel.elsdon@northumberland.gov.uk")
    d.add(PageBreak())

    # -- item 6: school performance ------------------------------------------------------------------------------
    d.p("<b>FAMILY AND CHILDREN'S SERVICES OVERVIEW AND SCRUTINY COMMITTEE - 13 NOVEMBER 2025</b>", CENTRE)
    d.p("<b>School Performance 2024/25 (Provisional)</b>", CENTRE)
    d.keyvalue([["Report of:", "Audrey Ponteland, Executive Director of Children, Young People and Education"],
                ["Cabinet Member:", "Councillor Guy Chollerton, Children, Young People and Education"]],
               widths=(4.0 * cm, 12.2 * cm))
    d.h("1. Purpose of report")
    d.p("1.1 To inform members of the provisional outcomes achieved by Northumberland pupils in 2024/25, including "
        "those of pupils with SEND.", NUM_PARA)
    d.h("2. Recommendations")
    d.p("Members are requested to:")
    d.res(None, "note the provisional outcomes for 2024/25 and the priorities of the school improvement service set "
                "out in section 5.", "recommendation", shown_label="&bull;", style=BULLET)
    d.h("3. Key issues")
    d.p("3.1 Provisional key stage 2 results were published by the Department for Education on 9 September 2025 and "
        "key stage 4 results on 16 October 2025. Final figures will be published in December 2025.", NUM_PARA)
    d.date("9 September 2025", "2025-09-09")
    d.date("16 October 2025", "2025-10-16")
    d.date("December 2025", "2025-12")
    d.ruled([["Measure (provisional)", "All pupils", "SEN support", "EHC plan", "England, EHC plan"],
             ["Key stage 2: reading, writing and maths at the expected standard", "61%", "23%", "8%", "8%"],
             ["Key stage 4: average Attainment 8 score", "45.1", "33.0", "13.6", "14.2"],
             ["Key stage 4: grade 4 or above in English and maths", "63%", "36%", "9%", "10%"],
             ["Persistent absence, autumn and spring terms", "18.4%", "27.9%", "31.2%", "30.1%"]],
            [6.6 * cm, 2.2 * cm, 2.3 * cm, 2.3 * cm, 2.8 * cm])
    d.p("3.2 The gap between pupils receiving SEN support and other pupils at key stage 2 has narrowed for the "
        "second year running. Attainment of pupils with an EHC plan at key stage 4 remains slightly below the "
        "national figure for the same group.", NUM_PARA)
    d.h("4. Ofsted inspections of schools")
    d.p("4.1 Between 1 September 2024 and 31 August 2025, 64 Northumberland schools were inspected by Ofsted; 88% "
        "of pupils now attend a school judged good or outstanding.", NUM_PARA)
    d.date("Between 1 September 2024 and 31 August 2025", "2024-09-01", "2025-08-31")
    d.h("5. Priorities")
    d.p("5.1 Reading in key stage 1 in the west of the county; attendance of disadvantaged pupils and pupils with "
        "SEND; and support for schools judged to require improvement.", NUM_PARA)
    d.p("<b>Author and Contact Details:</b> Graham Stannington, Head of School Improvement. Email: "
        "graham.stannington@northumberland.gov.uk")
    d.person("Graham Stannington", "Head of School Improvement", "officer", "graham.stannington@northumberland.gov.uk")

    # -- item 7: work programme ----------------------------------------------------------------------------------
    d.space(10)
    d.p("<b>FAMILY AND CHILDREN'S SERVICES OVERVIEW AND SCRUTINY COMMITTEE</b>", CENTRE)
    d.p("<b>Work Programme 2025/26</b>", CENTRE)
    d.p("Yvonne Lesbury: 01670 622610 - yvonne.lesbury@northumberland.gov.uk", CENTRE)
    d.h("Recommendation")
    d.p("Members are requested to:")
    d.res(None, "review and note the work programme, and identify any further items for inclusion.",
          "recommendation", shown_label="&bull;", style=BULLET)
    d.ruled([["Meeting", "Items"],
             ["15 January 2026", "Children's Social Care: self-evaluation; Youth Justice Plan progress; "
                                 "Post-16 Travel Assistance: consultation outcome"],
             ["12 March 2026", "SEND Partnership Board annual report; Elective Home Education annual report; School "
                               "admissions 2026/27"],
             ["16 April 2026", "Fostering and adoption annual report; Early years sufficiency"],
             ["To be scheduled", "Preparing for adulthood pathway (requested 18 September 2025)"]],
            [3.6 * cm, 12.6 * cm])
    d.date("15 January 2026", "2026-01-15")
    d.date("16 April 2026", "2026-04-16")
    return d


DOCUMENTS = [lincolnshire_minutes_book, suffolk_board_pack, hampshire_letter, somerset_cabinet, surrey_decision_pack,
             northumberland_pack]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
