"""Write the long printed documents of the held-out round 44 (reportlab), and their gold.

Round 44 is a blind batch of LONG PDFs (6 to 9 pages), written with their gold before any extractor ran on them, in
shapes of real long council papers: a scrutiny committee's printed minutes book recording a 2016-framework outcome and
its Written Statement of Action (Bury); a policy and performance board's report with appendices on a 2023-framework
inspection and its priority action plan (Halton); a Cabinet report with the re-visit outcome letter as its appendix
(Bexley); a scrutiny agenda reports pack with the previous minutes and a 2023-framework report (Knowsley); a
standalone Accelerated Progress Plan (Enfield); and the Ofsted/CQC 2023-framework inspection report published as an
appendix (Havering). Invented text, fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round44_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("44", body=(10.5, 14.5, 6), cell=(8.8, 10.8), head=(11.5, 14, 9), title=(15, 19),
           minute={"spaceBefore": 9}, num_para={"leftIndent": 34, "firstLineIndent": -34},
           letter={"fontSize": 12, "leading": 16.5, "spaceAfter": 9},
           letter_bullet={"leftIndent": 52, "firstLineIndent": -20})
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
CENTRE, MINUTE, NUM_PARA, SUB_PARA, LETTER, LETTER_BUL = (S.centre, S.minute, S.num_para, S.sub_para, S.letter,
                                                          S.letter_bullet)


class Doc(LongDoc):
    """A round 44 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#E2EFD9", "#EDEDED", "#EDEDED")


WARDS = ["Besses", "Church", "East", "Elton", "Holyrood", "Moorside", "Pilkington Park", "Radcliffe East",
         "Radcliffe North", "Radcliffe West", "Ramsbottom", "Redvales", "St Mary's", "Sedgley", "Tottington",
         "Unsworth", "North Manor"]
MEASURES = ["New EHC needs assessment requests", "Assessments agreed", "Plans issued", "Plans issued within 20 weeks",
            "Annual reviews due", "Annual reviews held on time", "Amended plans issued after review",
            "Mediation cases", "Tribunal appeals registered", "Personal budgets in place"]


def ward_table(d: Doc, seed: int, heads=("Ward", "Pupils with SEN support", "Pupils with EHC plans",
                                         "Requests this year", "Plans issued")):
    """A data appendix: one row a ward, invented figures from a fixed formula (no dates, no names of people)."""
    rows = [list(heads)]
    for i, w in enumerate(WARDS):
        rows.append([w, str(180 + (i * 37 + seed) % 160), str(40 + (i * 23 + seed) % 70),
                     str(5 + (i * 11 + seed) % 30), str(3 + (i * 7 + seed) % 25)])
    d.ruled(rows, [5.2 * cm, 2.8 * cm, 2.8 * cm, 2.7 * cm, 2.7 * cm])


def measure_table(d: Doc, seed: int, heads):
    rows = [list(heads)]
    for i, m in enumerate(MEASURES):
        rows.append([m] + [str(10 + (i * 17 + seed + k * 9) % 90) for k in range(len(heads) - 1)])
    d.ruled(rows, [6.2 * cm] + [10 * cm / (len(heads) - 1)] * (len(heads) - 1))


def bury_minutes() -> Doc:
    d = Doc("bury/round44-2019-03-12-children-and-young-people-scrutiny-committee/Minutes 12 March 2019.pdf",
            {"council": "Bury Council", "council_slug": "bury",
             "committee": "Children and Young People Scrutiny Committee", "meeting_date": "2019-06-25",
             "title": "Minutes of the meeting held on 12 March 2019", "source_kind": "moderngov-document",
             "url": "https://councildecisions.bury.gov.uk/documents/g3318/Printed%20minutes%2012th-Mar-2019.pdf"},
            {"council": "Bury Council", "committee": "Children and Young People Scrutiny Committee",
             "date": "2019-03-12"},
            "Children and Young People Scrutiny Committee, 12 March 2019", "Bury Council",
            "Chair's initials ..........", page_label="Minute book page {n} of {total}")
    d.date("12 March 2019", "2019-03-12")
    d.title("Minutes of: CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE")
    d.p("<b>Date of meeting:</b> Tuesday, 12th March 2019<br/><b>Time:</b> 7.00 pm<br/>"
        "<b>Venue:</b> Council Chamber, Town Hall, Bury")
    d.h("Attendance")
    d.ruled([["Committee member", "Attendance"],
             ["Councillor S Openshaw (Chair)", "Present"],
             ["Councillor J Brierley (Vice-Chair)", "Present"],
             ["Councillor R Catterall", "Present"],
             ["Councillor M Hindle", "Apologies"],
             ["Councillor P Mercer-Lowe", "Present"],
             ["Councillor A Pennington", "Present (substitute for Councillor M Hindle)"],
             ["Councillor D Whitworth", "Present"],
             ["Councillor L Quayle", "Present until minute CYP.60"],
             ["Mr K Ashurst (Parent Governor Representative)", "Present"]],
            [9 * cm, 7.2 * cm])
    for name, role, kind in [("S Openshaw", "Chair", "member"), ("J Brierley", "Vice-Chair", "member"),
                             ("R Catterall", None, "member"), ("M Hindle", None, "member"),
                             ("P Mercer-Lowe", None, "member"), ("A Pennington", None, "member"),
                             ("D Whitworth", None, "member"), ("L Quayle", None, "member"),
                             ("K Ashurst", "Parent Governor Representative", "other")]:
        d.person(name, role, kind)
    d.p("<b>Also in attendance:</b> Councillor T Holroyd, Cabinet Member for Children and Families; Dawn Pemberton, "
        "Assistant Director, Education and Skills; Gareth Stott, Strategic Lead, SEND; Niamh Fairhurst, Designated "
        "Clinical Officer, NHS Bury Clinical Commissioning Group; Carl Tattersall, Youth Justice Service Manager; "
        "Helen Royle, Democratic Services Officer.")
    d.person("T Holroyd", "Cabinet Member for Children and Families", "member")
    d.person("Dawn Pemberton", "Assistant Director, Education and Skills", "officer")
    d.person("Gareth Stott", "Strategic Lead, SEND", "officer")
    d.person("Niamh Fairhurst", "Designated Clinical Officer, NHS Bury Clinical Commissioning Group", "officer")
    d.person("Carl Tattersall", "Youth Justice Service Manager", "officer")
    d.person("Helen Royle", "Democratic Services Officer", "officer")
    d.p("<b>Public attendance:</b> Nine members of the public were present, including Ms Rachel Fenwick, Chair of "
        "the parent carer forum.")
    d.person("Rachel Fenwick", "Chair of the parent carer forum", "other")

    d.p("CYP.55&nbsp;&nbsp;APOLOGIES FOR ABSENCE", MINUTE)
    d.p("Apologies for absence were received from Councillor M Hindle, for whom Councillor A Pennington attended as "
        "substitute.")
    d.p("CYP.56&nbsp;&nbsp;DECLARATIONS OF INTEREST", MINUTE)
    d.p("Councillor Catterall declared a personal interest in minute CYP.59 as the parent of a young person who has "
        "an Education, Health and Care plan. Councillor Whitworth declared a personal interest in the same item as a "
        "governor of a special school in the borough. Neither interest was prejudicial.")
    d.p("CYP.57&nbsp;&nbsp;MINUTES OF THE LAST MEETING", MINUTE)
    d.p("It was agreed:")
    d.res(None, "That the minutes of the meeting held on 22nd January 2019 be approved as a correct record and "
                "signed by the Chair.", "resolution")
    d.date("22nd January 2019", "2019-01-22")
    d.p("CYP.58&nbsp;&nbsp;PUBLIC QUESTION TIME", MINUTE)
    d.p("Mrs Deborah Kinsella, a parent from Ramsbottom, asked what the Council would do to make sure that parents "
        "who had waited more than a year for an autism assessment were told where they stood. In reply the Chair "
        "explained that the matter would be covered in the main item on the agenda and invited Mrs Kinsella to "
        "remain for the discussion. A written response would be sent within ten working days.")
    d.person("Deborah Kinsella", None, "other")

    d.p("CYP.59&nbsp;&nbsp;LOCAL AREA SEND INSPECTION: OUTCOME AND DRAFT WRITTEN STATEMENT OF ACTION", MINUTE)
    d.p("Councillor Holroyd, Cabinet Member for Children and Families, introduced the report of the Executive "
        "Director of Children and Young People. The Cabinet Member thanked parents, schools and staff for their part "
        "in the inspection and acknowledged that the findings were disappointing.")
    d.p("Dawn Pemberton, Assistant Director, Education and Skills, presented the report, which had been circulated "
        "with the agenda. Members were reminded that Ofsted and the Care Quality Commission had inspected the Bury "
        "local area between 5th and 9th November 2018, to judge how effectively the area had implemented the "
        "special educational needs and disability reforms of the Children and Families Act 2014. Notice of the "
        "inspection had been received on 29th October 2018.")
    d.date("between 5th and 9th November 2018", "2018-11-05", "2018-11-09")
    d.event("inspection", "2018-11-05", "2018-11-09",
            "Ofsted and the Care Quality Commission had inspected the Bury local area between 5th and 9th November "
            "2018")
    d.date("29th October 2018", "2018-10-29")
    d.p("The inspectors' findings were published in a letter on 21st December 2018. Because of the significance of "
        "the weaknesses found, Her Majesty's Chief Inspector had determined that a Written Statement of Action was "
        "required, and that the local authority and the clinical commissioning group were jointly responsible for "
        "submitting it to Ofsted no later than 4th April 2019.")
    d.date("21st December 2018", "2018-12-21")
    d.event("outcome-letter", "2018-12-21", None,
            "The inspectors' findings were published in a letter on 21st December 2018")
    d.date("4th April 2019", "2019-04-04")
    d.event("wsoa-submitted", "2019-04-04", None,
            "the local authority and the clinical commissioning group were jointly responsible for submitting it to "
            "Ofsted no later than 4th April 2019")
    d.p("The Assistant Director reported that the letter had found the area's practice to be weak in six respects. "
        "Each was taken from the letter word for word and set out in the report for members as follows:")
    for text, themes in [
        ("The lack of a clear and shared strategy for SEND across education, health and social care, and the weak "
         "oversight of its implementation by leaders.", ["leadership-governance"]),
        ("Inconsistent and underdeveloped joint commissioning arrangements, which have left gaps in therapy and "
         "emotional health services.", ["joint-commissioning"]),
        ("The poor quality of EHC plans, and the late and limited contributions of health and social care "
         "professionals to them.", ["ehc-plans"]),
        ("Long waits on the neurodevelopmental pathway, in particular for the assessment of autism.",
         ["health-services"]),
        ("The limited involvement of parents and carers in the design of services, and their lack of confidence "
         "in the local area's ability to meet their children's needs.", ["co-production"]),
        ("The disproportionate number of children and young people with SEND who are excluded from school or "
         "placed on reduced timetables.", ["inclusion-provision"]),
    ]:
        d.weak(text, themes, marker="&ndash;")
    d.p("She drew members' attention to the strengths that the inspectors had also recognised: the commitment of "
        "frontline staff, the quality of the specialist teaching service, the well-regarded short breaks offer and "
        "the effective work of the Portage service with very young children. These strengths would be built upon "
        "in the improvement work.")
    d.p("Niamh Fairhurst, Designated Clinical Officer, explained the health elements of the draft Written Statement "
        "of Action. A single point of access for the neurodevelopmental pathway would open in the summer, and "
        "additional speech and language therapy capacity had been commissioned jointly with the local authority. "
        "The draft had been shared with parents at a co-production workshop on 26th February 2019 and with "
        "headteachers at their forum on 1st March 2019, and their comments had shaped the measures of impact.")
    d.date("26th February 2019", "2019-02-26")
    d.date("1st March 2019", "2019-03-01")
    d.p("Gareth Stott, Strategic Lead, SEND, described the governance arrangements. A SEND Improvement Board, "
        "chaired independently, would meet monthly and report to the Health and Wellbeing Board. The Department "
        "for Education and NHS England would hold their first monitoring meeting with the area in July 2019 and "
        "would then review progress every six months until the local area was re-visited.")
    d.date("July 2019", "2019-07")
    d.event("monitoring", "2019-07", None,
            "The Department for Education and NHS England would hold their first monitoring meeting with the area "
            "in July 2019")
    d.p("Ms Fenwick, Chair of the parent carer forum, addressed the Committee at the invitation of the Chair. She "
        "welcomed the honesty of the draft but said that families would judge it by whether waiting times fell and "
        "plans improved, not by the number of meetings held.")
    d.p("Members raised the following questions and comments:")
    for t in [
        "Councillor Brierley asked how many children were currently waiting for an autism assessment. The "
        "Designated Clinical Officer replied that the figure was a little over four hundred and that the longest "
        "wait was around eighteen months; a trajectory for reducing it was included in the draft.",
        "Councillor Mercer-Lowe asked whether schools would be held to account for the use of reduced timetables. "
        "The Assistant Director confirmed that every reduced timetable must now be notified to the local authority "
        "and would be reviewed at least every six weeks.",
        "Councillor Quayle asked whether the budget was sufficient. Officers explained that the improvement work "
        "was funded within existing resources, with a one-off contribution from the high needs block, and that any "
        "further pressure would be reported to Cabinet.",
        "Councillor Pennington said that parents in her ward had not known about the local offer website. The "
        "Strategic Lead accepted that more needed to be done and undertook to circulate the new communications "
        "plan to members.",
        "Mr Ashurst asked how the quality of plans would be checked. The Strategic Lead explained that a multi-"
        "agency audit of a sample of plans would take place each month and that its findings would be reported to "
        "the Improvement Board.",
    ]:
        d.p(f"&bull; {t}", BULLET)
    d.p("The Chair thanked officers and Ms Fenwick for their contributions. Following the discussion it was moved "
        "by Councillor Openshaw and seconded by Councillor Brierley, and on being put to the vote it was agreed:")
    for label, text in [
        ("1.", "That the outcome of the local area SEND inspection, and the six areas of significant weakness "
               "identified in the inspectors' letter, be noted."),
        ("2.", "That the draft Written Statement of Action be endorsed for submission to Ofsted, subject to the "
               "Committee's comments on the measures of impact being taken into account."),
        ("3.", "That a report on the progress made in delivering the Written Statement of Action be presented to the "
               "Committee every six months, the first of them in September 2019."),
        ("4.", "That the Chair write on behalf of the Committee to the Accountable Officer of NHS Bury Clinical "
               "Commissioning Group to seek assurance on the reduction of waiting times for autism assessment."),
    ]:
        d.res(label, text, "resolution")
    d.date("September 2019", "2019-09")
    d.p("<b>Presented at the meeting: headline actions of the draft Written Statement of Action</b>")
    d.ruled([["No.", "Headline action", "Responsible", "Complete by"],
             ["1", "Agree a SEND strategy with partners and parents and publish it with an outcomes framework",
              "Executive Director, Children and Young People", "June 2019"],
             ["2", "Establish the SEND Improvement Board with an independent chair and a parent representative",
              "Executive Director, Children and Young People", "April 2019"],
             ["3", "Agree a joint commissioning plan for therapies and emotional health services",
              "Director of Commissioning, CCG", "October 2019"],
             ["4", "Introduce a multi-agency audit of EHC plans, reported monthly",
              "Strategic Lead, SEND", "May 2019"],
             ["5", "Set quality standards for health and social care advice to EHC needs assessments",
              "Designated Clinical Officer", "May 2019"],
             ["6", "Open a single point of access for the neurodevelopmental pathway",
              "Director of Commissioning, CCG", "August 2019"],
             ["7", "Reduce the longest wait for an autism assessment to no more than 26 weeks",
              "Director of Commissioning, CCG", "March 2020"],
             ["8", "Co-produce a communications plan and a new local offer website with the parent carer forum",
              "Strategic Lead, SEND", "September 2019"],
             ["9", "Require schools to notify every reduced timetable and review each one within six weeks",
              "Assistant Director, Education and Skills", "April 2019"],
             ["10", "Extend the inclusion outreach service to every secondary school",
              "Assistant Director, Education and Skills", "December 2019"],
             ["11", "Train all special educational needs coordinators in writing outcomes for plans",
              "Strategic Lead, SEND", "October 2019"],
             ["12", "Publish a SEND performance scorecard to the Improvement Board and this Committee",
              "Head of Performance", "July 2019"]],
            [1.1 * cm, 8.3 * cm, 4.4 * cm, 2.4 * cm])
    for iso, text in [("2019-06", "June 2019"), ("2019-04", "April 2019"), ("2019-10", "October 2019"),
                      ("2019-05", "May 2019"), ("2019-08", "August 2019"), ("2020-03", "March 2020"),
                      ("2019-12", "December 2019")]:
        d.date(text, iso)
    d.p("<b>Tabled at the meeting: EHC needs assessment activity by ward</b>")
    d.p("The following table was tabled by the Strategic Lead in response to a question at the previous meeting. "
        "The figures are for the current financial year to the end of the third quarter.")
    ward_table(d, 3)

    d.p("CYP.60&nbsp;&nbsp;YOUTH JUSTICE PLAN: PROGRESS REPORT", MINUTE)
    d.p("Carl Tattersall, Youth Justice Service Manager, presented a report on progress against the Youth Justice "
        "Plan. First-time entrants to the youth justice system had fallen for the third year running, and the "
        "proportion of young people in suitable education, training or employment at the end of their order had "
        "risen. A speech and language therapist had joined the service, and every young person was now screened "
        "for communication needs at the start of their order.")
    d.p("Members asked about the use of custody, the number of young people with EHC plans known to the service and "
        "the arrangements for young people who moved into the borough during an order. The Service Manager "
        "answered each question and agreed to provide a breakdown of the figures by age.")
    d.p("It was agreed:")
    d.res(None, "That the report be noted and that the thanks of the Committee be passed to the staff and volunteers "
                "of the Youth Justice Service.", "resolution")

    d.p("CYP.61&nbsp;&nbsp;EARLY HELP STRATEGY: PERFORMANCE DASHBOARD", MINUTE)
    d.p("The Assistant Director presented the quarterly early help performance dashboard. Referrals to early help "
        "had risen, and a larger share of families were now supported by a lead professional from a school or "
        "health setting rather than from the Council. The measures of EHC needs assessment activity, included in "
        "the dashboard at the Committee's request, were set out below.")
    measure_table(d, 5, ("Measure", "Quarter 1", "Quarter 2", "Quarter 3", "Target"))
    d.p("Members welcomed the inclusion of the measures and asked that future dashboards show the position of "
        "statistical neighbours alongside Bury's own figures. Councillor Whitworth asked that the dashboard also "
        "show the number of children waiting for a specialist place. The Assistant Director agreed to both "
        "requests.")
    d.p("It was agreed:")
    d.res("(a)", "That the early help performance dashboard be noted.", "resolution", shown_label="(a)")
    d.res("(b)", "That future dashboards include comparisons with statistical neighbours and the number of "
                 "children waiting for a place in specialist provision.", "resolution", shown_label="(b)")

    d.p("CYP.62&nbsp;&nbsp;WORK PROGRAMME", MINUTE)
    d.p("The Democratic Services Officer presented the Committee's work programme for the next municipal year, "
        "which had been updated since the last meeting.")
    d.ruled([["Meeting", "Item", "Lead"],
             ["25th June 2019", "Annual report of the Virtual School", "Head of the Virtual School"],
             ["25th June 2019", "Sufficiency of specialist school places", "Assistant Director"],
             ["September 2019", "Written Statement of Action: first progress report", "Strategic Lead, SEND"],
             ["November 2019", "Corporate parenting annual report", "Assistant Director"],
             ["November 2019", "Emotional health and wellbeing of children", "Designated Clinical Officer"],
             ["January 2020", "High needs block: budget and recovery plan", "Head of Finance"]],
            [3.6 * cm, 8.2 * cm, 4.4 * cm])
    d.date("25th June 2019", "2019-06-25")
    d.date("November 2019", "2019-11")
    d.date("January 2020", "2020-01")
    d.p("It was agreed:")
    d.res(None, "That the work programme be noted, subject to the addition of a report on the use of reduced "
                "timetables for pupils with SEND.", "resolution")
    d.p("CYP.63&nbsp;&nbsp;DATE AND TIME OF NEXT MEETING", MINUTE)
    d.p("The next meeting of the Committee will be held on Tuesday, 25th June 2019 at 7.00 pm in the Council "
        "Chamber, Town Hall, Bury.")
    d.space(14)
    d.p("COUNCILLOR S OPENSHAW<br/>Chair")
    d.p("(Note: The meeting started at 7.00 pm and ended at 9.10 pm)")
    d.space(10)
    d.p("Signed ............................................ (Chair) &nbsp;&nbsp; Date ..........................")
    return d


def halton_board_report() -> Doc:
    d = Doc("halton/round44-2024-11-18-children-young-people-and-families-policy-and-performance-board/"
            "Area SEND inspection outcome and Priority Action Plan.pdf",
            {"council": "Halton Borough Council", "council_slug": "halton",
             "committee": "Children, Young People and Families Policy and Performance Board",
             "meeting_date": "2024-11-18",
             "title": "Area SEND inspection outcome and Priority Action Plan", "source_kind": "moderngov-document",
             "url": "https://councillors.halton.gov.uk/documents/s71204/SEND%20inspection%20outcome%20PPB.pdf"},
            {"council": "Halton Borough Council",
             "committee": "Children, Young People and Families Policy and Performance Board", "date": "2024-11-18"},
            "Halton Borough Council", "CYP&F PPB, 18/11/2024",
            "Agenda item 6(a)", page_label="{n}")
    d.date("18/11/2024", "2024-11-18")
    d.ruled([["REPORT TO:", "Children, Young People and Families Policy and Performance Board"],
             ["DATE:", "18 November 2024"],
             ["REPORTING OFFICER:", "Executive Director, Children's Services"],
             ["PORTFOLIO:", "Children and Young People"],
             ["SUBJECT:", "Area SEND inspection of Halton: outcome and Priority Action Plan"],
             ["WARD(S):", "Borough-wide"]],
            [5 * cm, 11.2 * cm], header_rows=0)
    d.h("1.0 PURPOSE OF THE REPORT")
    d.num("1.1", "To inform the Board of the outcome of the inspection of Halton's local area partnership "
                 "arrangements for children and young people with special educational needs and/or disabilities "
                 "(SEND), carried out jointly by Ofsted and the Care Quality Commission (CQC), and to present the "
                 "Priority Action Plan prepared in response.")
    d.h("2.0 RECOMMENDATION: That the Board")
    for label, text in [
        ("i)", "note the outcome of the area SEND inspection and the findings set out in the inspection report;"),
        ("ii)", "comment on the draft Priority Action Plan at Appendix A before it is submitted to Ofsted;"),
        ("iii)", "agree to receive a report on the progress of the Priority Action Plan at each of its meetings "
                 "until the next inspection; and"),
        ("iv)", "endorse the proposal that a cross-party member task group is established to look at the "
                "experience of families waiting for neurodevelopmental assessment."),
    ]:
        d.res(label, text, "recommendation")
    d.h("3.0 SUPPORTING INFORMATION")
    d.num("3.1", "The local area partnership was inspected under the area SEND inspection framework introduced in "
                 "January 2023. The inspection took place from 9&ndash;13 September 2024 and was led by Morag "
                 "Eastwood HMI, with Tobias Grieve, Children's Services Inspector, CQC, and a team of two Ofsted "
                 "inspectors.")
    d.date("January 2023", "2023-01")
    d.date("9–13 September 2024", "2024-09-09", "2024-09-13")
    d.event("inspection", "2024-09-09", "2024-09-13", "The inspection took place from 9–13 September 2024")
    d.person("Morag Eastwood", "HMI", "other")
    d.person("Tobias Grieve", "Children's Services Inspector, CQC", "other")
    d.num("3.2", "The area was last inspected under the previous framework in March 2018, when inspectors required "
                 "a Written Statement of Action. That statement was declared fit for purpose in August 2018, and "
                 "at the re-visit of 1&ndash;3 February 2021 inspectors judged that the area had made sufficient "
                 "progress in addressing all of the significant weaknesses.")
    d.date("March 2018", "2018-03")
    d.event("inspection", "2018-03", None, "The area was last inspected under the previous framework in March 2018")
    d.date("August 2018", "2018-08")
    d.event("wsoa-approved", "2018-08", None, "That statement was declared fit for purpose in August 2018")
    d.date("1–3 February 2021", "2021-02-01", "2021-02-03")
    d.event("revisit", "2021-02-01", "2021-02-03", "at the re-visit of 1–3 February 2021 inspectors judged that the "
            "area had made sufficient progress")
    d.num("3.3", "The inspection report was published on 25 October 2024. Of the three possible outcomes, the "
                 "inspectors concluded that there are widespread and/or systemic failings leading to significant "
                 "concerns about the experiences and outcomes of children and young people with SEND, which the "
                 "local area partnership must address urgently. This is the lowest of the three outcomes.")
    d.date("25 October 2024", "2024-10-25")
    d.event("outcome-letter", "2024-10-25", None, "The inspection report was published on 25 October 2024")
    d.num("3.4", "The report recognises a number of things that the partnership does well. Inspectors found that "
                 "children in the early years are well supported by the specialist teaching and portage teams; "
                 "that the short breaks offer is valued by families; that the designated social care officer has "
                 "improved the quality of social care advice; and that young people who attend the further "
                 "education college's supported internship programme achieve well. These strengths are not "
                 "repeated in the plan but are being built upon.")
    d.num("3.5", "Where the lowest outcome is given, inspectors set out areas for priority action as well as areas "
                 "for improvement. The two areas in which Halton's leaders are required to take priority action, "
                 "quoted in full from the report, are these:")
    d.weak("Leaders across the partnership should urgently improve the timeliness and quality of EHC needs "
           "assessments and plans, so that children and young people's needs are accurately identified and met "
           "without delay.", ["ehc-plans"], marker="<b>Priority action 1.</b>", style=SUB_PARA)
    d.weak("Leaders in the integrated care board and the local authority should act swiftly to reduce waiting times "
           "for speech and language therapy and neurodevelopmental assessment, and make sure that children receive "
           "appropriate support while they wait.", ["health-services"], marker="<b>Priority action 2.</b>",
           style=SUB_PARA)
    d.num("3.6", "The report also identifies four areas for improvement. Inspectors state that:")
    for label, text, themes in [
        ("(a)", "Leaders should strengthen the arrangements for identifying needs early, in the early years and in "
                "schools, so that more children's needs are met at SEN support without the need for an EHC plan.",
         ["identification"]),
        ("(b)", "Leaders should improve the way they gather and use information about the quality of alternative "
                "provision and about children who are on part-time timetables.",
         ["data-oversight", "inclusion-provision"]),
        ("(c)", "Leaders should ensure that young people with SEND are better prepared for adulthood, including "
                "through a wider range of supported internships and post-16 pathways.",
         ["preparing-for-adulthood"]),
        ("(d)", "Leaders should improve communication with parents and carers so that families understand the "
                "local offer and how decisions about their children are made.",
         ["co-production", "local-offer"]),
    ]:
        d.weak(text, themes, marker=label, style=SUB_PARA)
    d.num("3.7", "The partnership must submit a Priority Action Plan to Ofsted by 2 December 2024, setting out how "
                 "it will address the areas for priority action. The plan at Appendix A has been drafted by the "
                 "SEND Partnership Board and was shared with the parent carer forum at a workshop held on "
                 "6 November 2024. Progress will be monitored by the Department for Education and NHS England, "
                 "whose first stocktake meeting with the partnership is planned for February 2025.")
    d.date("2 December 2024", "2024-12-02")
    d.event("progress-plan", "2024-12-02", None,
            "The partnership must submit a Priority Action Plan to Ofsted by 2 December 2024")
    d.date("6 November 2024", "2024-11-06")
    d.date("February 2025", "2025-02")
    d.event("monitoring", "2025-02", None, "Progress will be monitored by the Department for Education and NHS "
            "England, whose first stocktake meeting with the partnership is planned for February 2025")
    d.num("3.8", "The four areas for improvement are addressed in the partnership's SEND Strategy action plan, "
                 "which is being refreshed and will be brought to the Board in the new year. Inspectors will "
                 "normally return to carry out a monitoring inspection within about eighteen months.")
    d.h("4.0 POLICY IMPLICATIONS")
    d.num("4.1", "The Priority Action Plan will sit alongside the SEND Strategy and the Council's Inclusion Strategy. "
                 "No change to the Council's policy framework is proposed.")
    d.h("5.0 FINANCIAL IMPLICATIONS")
    d.num("5.1", "The actions in the plan are largely funded from existing budgets. Additional speech and language "
                 "therapy capacity will be funded jointly by the Council and the integrated care board, and a "
                 "bid for one-off funding from the high needs block will be considered by Schools Forum. The "
                 "high needs block continues to be under significant pressure.")
    d.h("6.0 IMPLICATIONS FOR THE COUNCIL'S PRIORITIES")
    d.num("6.1", "<b>Improving Health, Promoting Wellbeing and Supporting Greater Independence:</b> quicker access "
                 "to therapies and assessment will improve children's health and wellbeing.")
    d.num("6.2", "<b>Building a Strong, Sustainable Local Economy:</b> better preparation for adulthood will "
                 "increase the number of young people with SEND in employment.")
    d.num("6.3", "<b>Supporting Children, Young People and Families:</b> the plan is central to this priority.")
    d.h("7.0 RISK ANALYSIS")
    d.ruled([["Risk", "Likelihood", "Impact", "Mitigation"],
             ["The plan does not bring about improvement quickly enough before the monitoring inspection",
              "Medium", "High", "Monthly oversight by the SEND Partnership Board and this Board"],
             ["Recruitment of therapists and educational psychologists is slower than planned", "High", "High",
              "Joint recruitment campaign; use of locum and independent providers"],
             ["The high needs block deficit limits investment", "High", "Medium",
              "Deficit management plan agreed with the Department for Education"],
             ["Families lose further confidence in the partnership", "Medium", "High",
              "Co-produced communications plan with the parent carer forum"]],
            [6.2 * cm, 2.2 * cm, 2 * cm, 5.8 * cm])
    d.h("8.0 EQUALITY AND DIVERSITY ISSUES")
    d.num("8.1", "The plan is intended to reduce inequalities in access to services for children with SEND. An "
                 "equality impact assessment has been completed.")
    d.h("9.0 CLIMATE CHANGE IMPLICATIONS")
    d.num("9.1", "None identified.")
    d.h("10.0 LIST OF BACKGROUND PAPERS UNDER SECTION 100D OF THE LOCAL GOVERNMENT ACT 1972")
    d.ruled([["Document", "Place of inspection", "Contact officer"],
             ["Area SEND inspection of Halton Local Area Partnership, Ofsted and CQC, 25 October 2024",
              "Children's Services, Municipal Building, Widnes", "Ailsa Corrigan"],
             ["Halton SEND Strategy", "Children's Services, Municipal Building, Widnes", "Ailsa Corrigan"]],
            [8 * cm, 5 * cm, 3.2 * cm])
    d.p("<b>Contact officer:</b> Ailsa Corrigan, Divisional Manager, SEND and Inclusion<br/>"
        "Tel: 0151 511 7420 &nbsp; Email: ailsa.corrigan@halton.gov.uk")
    d.person("Ailsa Corrigan", "Divisional Manager, SEND and Inclusion", "officer", "ailsa.corrigan@halton.gov.uk",
             "0151 511 7420")
    d.add(PageBreak())
    d.h("APPENDIX A: DRAFT PRIORITY ACTION PLAN (extract)")
    d.p("Senior responsible officers: Jonathan Whitfield, Executive Director, Children's Services (local authority) "
        "and Dr Priya Sandhu, Associate Director of Quality, NHS Cheshire and Merseyside Integrated Care Board. "
        "Portfolio holder: Councillor Brendan Lacey, Children and Young People.")
    d.person("Jonathan Whitfield", "Executive Director, Children's Services", "officer")
    d.person("Priya Sandhu", "Associate Director of Quality, NHS Cheshire and Merseyside Integrated Care Board",
             "officer")
    d.person("Brendan Lacey", "Portfolio holder, Children and Young People", "member")
    rows = [["Ref", "What we will do", "Lead", "By when", "How we will know"]]
    plan = [
        ("EHC needs assessment", [
            ("Recruit four additional EHC coordinators and two educational psychologists", "Divisional Manager, SEND",
             "January 2025", "Plans issued within 20 weeks rise to at least 60%"),
            ("Introduce a weekly multi-agency panel to agree assessment decisions", "Divisional Manager, SEND",
             "December 2024", "Decisions made within 6 weeks in all cases"),
            ("Audit 20 plans a month against the co-produced quality standard", "Principal Educational Psychologist",
             "January 2025", "80% of audited plans judged good or better"),
            ("Clear the backlog of annual reviews older than 12 months", "Divisional Manager, SEND", "March 2025",
             "No review outstanding for more than 12 months"),
            ("Train all SENCOs in contributing to needs assessments", "Head of Inclusion", "April 2025",
             "All schools represented at training"),
            ("Publish a monthly dashboard of assessment timeliness", "Head of Performance", "December 2024",
             "Dashboard reviewed at each Partnership Board"),
        ]),
        ("Therapy and assessment waits", [
            ("Commission additional speech and language therapy capacity jointly", "Associate Director, ICB",
             "February 2025", "Longest wait reduced to 18 weeks"),
            ("Open a waiting-well offer for families awaiting neurodevelopmental assessment",
             "Designated Clinical Officer", "January 2025", "All waiting families contacted"),
            ("Agree a trajectory for reducing autism assessment waits with the provider",
             "Associate Director, ICB", "December 2024", "Trajectory met each quarter"),
            ("Provide advice lines for schools on communication needs", "Speech and Language Therapy Lead",
             "March 2025", "Calls answered within two working days"),
            ("Report waiting times to the Health and Wellbeing Board every quarter", "Associate Director, ICB",
             "June 2025", "Reports received and challenged"),
            ("Review the neurodevelopmental pathway with parents", "Designated Clinical Officer",
             "September 2025", "Revised pathway published"),
        ]),
    ]
    n = 0
    for section, actions in plan:
        rows.append([section, "", "", "", ""])
        for what, lead, when, how in actions:
            n += 1
            rows.append([f"PA{1 if section.startswith('EHC') else 2}.{n}", what, lead, when, how])
    d.ruled(rows, [1.4 * cm, 5.6 * cm, 3.2 * cm, 2.2 * cm, 3.8 * cm])
    for text, iso in [("January 2025", "2025-01"), ("December 2024", "2024-12"), ("March 2025", "2025-03"),
                      ("April 2025", "2025-04"), ("June 2025", "2025-06"), ("September 2025", "2025-09")]:
        d.date(text, iso)
    d.h("APPENDIX B: SEND PERFORMANCE MEASURES")
    d.p("Figures for the last three years, as reported to the SEND Partnership Board.")
    measure_table(d, 11, ("Measure", "2021/22", "2022/23", "2023/24"))
    d.h("APPENDIX C: EHC PLANS BY PRIMARY NEED")
    rows = [["Primary need", "Under 5", "5 to 10", "11 to 15", "16 to 19", "20 to 25"]]
    for i, need in enumerate(["Autistic spectrum disorder", "Speech, language and communication needs",
                              "Social, emotional and mental health", "Moderate learning difficulty",
                              "Severe learning difficulty", "Specific learning difficulty", "Physical disability",
                              "Hearing impairment", "Visual impairment", "Multi-sensory impairment",
                              "Profound and multiple learning difficulty", "Other difficulty or disability"]):
        rows.append([need] + [str(3 + (i * 13 + k * 7) % 120) for k in range(5)])
    d.ruled(rows, [6.2 * cm] + [2 * cm] * 5)
    d.h("APPENDIX D: WHAT FAMILIES TOLD US AT THE CO-PRODUCTION WORKSHOP")
    d.p("Around forty parents and carers, and eight young people, took part. Their comments are summarised below in "
        "their own words where possible; they have been used to shape the measures in Appendix A.")
    for t in ["Parents want a named person they can contact while an assessment is under way, and to be told when "
              "a deadline will be missed rather than finding out afterwards.",
              "Families waiting for an autism assessment would value practical advice and workshops now, not only "
              "once a diagnosis is made.",
              "Young people asked for more chances to try work experience and supported internships before leaving "
              "school, and for help with travel training.",
              "Parents said the local offer website is hard to search and that information is often out of date.",
              "Several parents praised the short breaks service and the portage team, and asked that these are "
              "protected.",
              "Parents of children on part-time timetables said that they were not always told how long the "
              "arrangement would last or when it would be reviewed."]:
        d.p(f"&bull; {t}", BULLET)
    d.p("The parent carer forum has agreed to help design the family survey that will measure whether families "
        "feel the difference, and to take part in the monthly audit of plans.")
    d.h("APPENDIX E: GLOSSARY")
    d.ruled([["Term", "Meaning"],
             ["ALP", "Alternative provision: education arranged for pupils who cannot attend a mainstream school"],
             ["DCO", "Designated Clinical Officer: the health lead for SEND in the integrated care board"],
             ["DSCO", "Designated Social Care Officer"],
             ["EHC plan", "Education, Health and Care plan, setting out a child's needs and the provision to meet "
                          "them"],
             ["ICB", "Integrated care board: the NHS body that commissions health services"],
             ["PAP", "Priority Action Plan, required where inspectors identify areas for priority action"],
             ["SENCO", "Special educational needs coordinator in a school or setting"],
             ["SEN support", "Help given to a child with SEND without an EHC plan"]],
            [3.2 * cm, 13 * cm])
    return d


def bexley_revisit_letter() -> Doc:
    d = Doc("bexley/round44-2022-09-13-cabinet/SEND revisit outcome - report and Appendix 1.pdf",
            {"council": "London Borough of Bexley", "council_slug": "bexley", "committee": "Cabinet",
             "meeting_date": "2022-09-13", "title": "SEND revisit outcome - report and Appendix 1",
             "source_kind": "moderngov-document",
             "url": "https://democracy.bexley.gov.uk/documents/s98213/SEND%20revisit%20outcome%20report%20and%20Appendix%201.pdf"},
            {"council": "London Borough of Bexley", "committee": "Cabinet", "date": "2022-09-13"},
            "Cabinet 13 September 2022", "OFFICIAL",
            "London Borough of Bexley", page_label="{n}/{total}")
    d.date("13 September 2022", "2022-09-13")
    d.p("AGENDA ITEM: 9")
    d.title("LONDON BOROUGH OF BEXLEY")
    d.p("PUBLIC REPORT")
    d.ruled([["Decision maker", "CABINET"],
             ["Date", "13 SEPTEMBER 2022"],
             ["Report of", "THE DIRECTOR OF CHILDREN'S SERVICES"],
             ["Title", "JOINT AREA SEND REVISIT: OUTCOME AND NEXT STEPS"],
             ["Cabinet Member", "Councillor Philippa Oduya, Cabinet Member for Children's Services"],
             ["Key decision", "No"], ["Wards", "All"]],
            [4.5 * cm, 11.7 * cm], header_rows=0)
    d.person("Philippa Oduya", "Cabinet Member for Children's Services", "member")
    d.h("Purpose of report")
    d.p("To report the outcome of the revisit by Ofsted and the Care Quality Commission to the Bexley local area, "
        "which examined the progress made since the joint local area SEND inspection of 2019, and to set out the "
        "next steps that the Department for Education is expected to require.")
    d.h("Cabinet is invited to:")
    for label, text in [
        ("1.", "Note the outcome of the joint area SEND revisit set out in the letter at Appendix 1, including the "
               "three significant weaknesses in which sufficient progress has been made."),
        ("2.", "Agree that an Accelerated Progress Plan be prepared jointly with NHS South East London Integrated "
               "Care Board and the parent carer forum."),
        ("3.", "Delegate to the Director of Children's Services, in consultation with the Cabinet Member for "
               "Children's Services, authority to approve the final Accelerated Progress Plan for submission to the "
               "Department for Education."),
        ("4.", "Ask the Children's Services Overview and Scrutiny Sub-Committee to review progress against the plan "
               "at each of its meetings until the area is no longer subject to formal monitoring."),
    ]:
        d.res(label, text, "recommendation")
    d.h("Reasons for recommendations")
    d.p("The letter places a duty on the local authority and its health partners to act. Preparing the plan jointly "
        "with health partners and parents reflects the inspectors' findings and the expectations of the Department "
        "for Education. Cabinet last received a report on SEND improvement on 15 March 2022.")
    d.date("15 March 2022", "2022-03-15")
    d.h("1. Background")
    d.p("1.1&nbsp;&nbsp;The Bexley local area was inspected by Ofsted and the CQC in 2019, and a Written "
        "Statement of Action was required. Since then, the partnership has worked through a programme of "
        "improvement overseen by the SEND Partnership Board and reported to Cabinet and to scrutiny.", NUM_PARA)
    d.p("1.2&nbsp;&nbsp;The revisit found that sufficient progress had been made in three of the five areas: "
        "strategic leadership and self-evaluation; the quality of EHC plans; and joint commissioning. Progress was "
        "not sufficient in the two areas that families feel most keenly: waiting times for autism assessment, and "
        "communication with parents and carers.", NUM_PARA)
    d.p("1.3&nbsp;&nbsp;Officers accept these findings. Work has already started on the actions that will form the "
        "Accelerated Progress Plan, including a second provider of autism assessments, a waiting-well offer, "
        "named caseworkers for every family and a response standard for the SEND service.", NUM_PARA)
    d.h("2. Financial, legal and risk implications")
    d.p("2.1&nbsp;&nbsp;The additional assessment capacity will cost an estimated sum that will be shared between the "
        "Council and the integrated care board; the Council's share can be met from the Children's Services "
        "transformation reserve. There are no direct legal implications beyond the statutory duties already owed "
        "under the Children and Families Act 2014. The main risk is reputational: failure to improve could lead "
        "the Secretary of State to consider further intervention.", NUM_PARA)
    d.p("<b>Appendices:</b> Appendix 1: Joint area SEND revisit in Bexley, outcome letter.")
    d.p("<b>Background papers:</b> Report to Cabinet, 15 March 2022, SEND improvement progress.")
    d.add(PageBreak())
    d.h("Appendix 1")
    d.p("Ofsted, Piccadilly Gate, Store Street, Manchester M1 2WD", SMALL)
    d.p("T 0300 123 1231<br/>Textphone 0161 618 8524<br/>enquiries@ofsted.gov.uk<br/>www.gov.uk/ofsted", SMALL)
    d.p("8 July 2022", LETTER)
    d.date("8 July 2022", "2022-07-08")
    d.p("Ms Harriet Colebrook<br/>Director of Children's Services, London Borough of Bexley<br/>Civic Offices<br/>"
        "2 Watling Street<br/>Bexleyheath DA6 7AT", LETTER)
    d.person("Harriet Colebrook", "Director of Children's Services, London Borough of Bexley", "officer")
    d.p("Mr Daniel Ashcombe, Place Executive Lead (Bexley), NHS South East London Integrated Care Board", LETTER)
    d.person("Daniel Ashcombe", "Place Executive Lead (Bexley), NHS South East London Integrated Care Board",
             "officer")
    d.p("Ms Lorna Treacy, Local Area Nominated Officer", LETTER)
    d.person("Lorna Treacy", "Local Area Nominated Officer", "officer", "lorna.treacy@bexley.gov.uk",
             "020 3045 4122")
    d.p("Dear Ms Colebrook and Mr Ashcombe", LETTER)
    d.p("<b>Joint area SEND revisit in Bexley</b>", LETTER)
    d.p("Inspectors from Ofsted and the Care Quality Commission (CQC) returned to the local area of Bexley from 13 "
        "to 15 June 2022. The purpose of the visit was to decide whether the area has made sufficient progress in "
        "addressing each of the significant weaknesses set out in the inspection report of the joint local area "
        "SEND inspection carried out from 4 March 2019 to 8 March 2019.", LETTER)
    d.date("13 to 15 June 2022", "2022-06-13", "2022-06-15")
    d.event("revisit", "2022-06-13", "2022-06-15", "Inspectors from Ofsted and the Care Quality Commission (CQC) "
            "returned to the local area of Bexley from 13 to 15 June 2022")
    d.date("from 4 March 2019 to 8 March 2019", "2019-03-04", "2019-03-08")
    d.event("inspection", "2019-03-04", "2019-03-08", "the joint local area SEND inspection carried out from "
            "4 March 2019 to 8 March 2019")
    d.p("That report was published on 24 April 2019. As a result of its findings, Her Majesty's Chief Inspector "
        "required the area to produce and submit a Written Statement of Action (WSOA). The WSOA was declared fit "
        "for purpose on 2 September 2019, and the area's progress against it has since been overseen by the "
        "Department for Education (DfE) and NHS England, whose most recent review meeting took place on 17 "
        "February 2022.", LETTER)
    d.date("24 April 2019", "2019-04-24")
    d.event("outcome-letter", "2019-04-24", None, "That report was published on 24 April 2019")
    d.date("2 September 2019", "2019-09-02")
    d.event("wsoa-approved", "2019-09-02", None, "The WSOA was declared fit for purpose on 2 September 2019")
    d.date("17 February 2022", "2022-02-17")
    d.event("monitoring", "2022-02-17", None, "the Department for Education (DfE) and NHS England, whose most recent "
            "review meeting took place on 17 February 2022")
    d.p("The revisit was led by one of Her Majesty's Inspectors from Ofsted, Gemma Ruddock, with a Children's "
        "Services Inspector from the CQC, Anthony Belcourt.", LETTER)
    d.person("Gemma Ruddock", "Her Majesty's Inspector", "other")
    d.person("Anthony Belcourt", "Children's Services Inspector, CQC", "other")
    d.p("Inspectors have judged that the area has made sufficient progress in addressing three of the five "
        "significant weaknesses identified at the initial inspection. The area has not made sufficient progress "
        "in addressing two significant weaknesses. This letter outlines our findings from the revisit.", LETTER)
    d.p("In reaching their judgements, inspectors held discussions with children and young people with special "
        "educational needs and/or disabilities (SEND), parents and carers, and local authority and National Health "
        "Service (NHS) officers. They visited a range of providers, looked at a sample of EHC plans and spoke to "
        "leaders from education, health and social care. They considered 412 responses to an online survey of "
        "parents and carers and reviewed performance data and evidence of the area's self-evaluation. Inspectors "
        "also met the leaders of the parent carer forum and the chair of the SEND Partnership Board.", LETTER)
    d.p("<b>Main findings</b>", LETTER)
    findings = [
        ("The area's weaknesses in the strategic leadership of SEND across education, health and care, including "
         "the lack of an accurate self-evaluation that leaders share and use to plan improvement.",
         ["leadership-governance"], True,
         ["Leaders now have a clear, shared understanding of the area's strengths and weaknesses. The SEND "
          "Partnership Board, chaired by the Director of Children's Services, holds partners to account through a "
          "well-understood set of measures. Self-evaluation is accurate and is refreshed every term, and it is used "
          "to decide where resources go.",
          "Parents' representatives sit on the board and its sub-groups. They told inspectors that they now feel "
          "their views are heard and acted upon."]),
        ("The weak quality of EHC plans, which too often do not describe children's needs precisely, lack "
         "meaningful outcomes and contain little useful advice from health and social care.",
         ["ehc-plans"], True,
         ["A multi-agency quality assurance framework is firmly established. New plans are more precise about "
          "children's needs and set outcomes that are ambitious and measurable. Health advice is now received "
          "for nearly all assessments and is of a better quality.",
          "Leaders know that older plans are still weaker, and a programme of re-writing them at annual review "
          "is under way."]),
        ("The long waiting times for children and young people to be assessed for autism spectrum disorder, and "
         "the lack of support for families while they wait.",
         ["health-services"], False,
         ["Despite additional investment, waiting times for autism assessment have increased since the initial "
          "inspection. At the time of the revisit, many children had waited more than two years. Leaders have "
          "introduced a helpline and parent workshops, but too few families know about them, and many parents "
          "told inspectors that they feel left alone while they wait.",
          "Leaders' plans to increase assessment capacity through a new provider are at an early stage and have "
          "not yet had an impact."]),
        ("The lack of a coherent joint commissioning strategy, so that services are not planned on the basis of "
         "an accurate understanding of local needs.",
         ["joint-commissioning"], True,
         ["A joint commissioning strategy and a needs analysis have been agreed by the local authority and the NHS. "
          "Leaders have used them to commission an occupational therapy service for schools and an emotional "
          "wellbeing service for young people aged up to 25. These services are valued by families and "
          "schools."]),
        ("Parents' and carers' poor experience of the area's communication with them, and their lack of "
         "confidence in the support that is available.",
         ["co-production"], False,
         ["Leaders have worked with the parent carer forum to improve communication. The local offer has been "
          "redesigned, and a regular newsletter is sent to families. However, many parents who responded to the "
          "survey said that they still find it hard to get a reply from the SEND service, and that they lack "
          "confidence in the area's support. Too many parents continue to feel that they have to fight to get "
          "help for their children."]),
    ]
    for i, (text, themes, made, paras) in enumerate(findings, 1):
        d.p(f"<b>Significant weakness {i}</b>", LETTER)
        d.weak(text, themes, marker="", style=LETTER)
        for para in paras:
            d.p(para, LETTER)
        d.p("<i>The area has made sufficient progress in addressing this significant weakness.</i>" if made else
            "<i>The area has not made sufficient progress in addressing this significant weakness.</i>", LETTER)
    d.p("As not all of the significant weaknesses have improved, it is for the DfE and NHS England to determine the "
        "next steps. Ongoing formal monitoring will continue until the local area is able to demonstrate sufficient "
        "progress. The DfE will contact the area separately about the arrangements for an Accelerated Progress "
        "Plan, which the area should expect to be asked to submit by 30 September 2022.", LETTER)
    d.date("30 September 2022", "2022-09-30")
    d.event("progress-plan", "2022-09-30", None, "an Accelerated Progress Plan, which the area should expect to be "
            "asked to submit by 30 September 2022")
    d.p("Yours sincerely", LETTER)
    d.p("Gemma Ruddock<br/><b>Her Majesty's Inspector</b>", LETTER)
    d.ruled([["Ofsted", "Care Quality Commission"],
             ["Nadia Quartermaine<br/>Regional Director", "Callum Okonkwo-Reid<br/>Deputy Chief Inspector, Primary "
              "Medical Services, Children Health and Justice"],
             ["Gemma Ruddock<br/>HMI Lead Inspector", "Anthony Belcourt<br/>CQC Inspector"]],
            [8.1 * cm, 8.1 * cm])
    d.person("Nadia Quartermaine", "Regional Director", "other")
    d.person("Callum Okonkwo-Reid", "Deputy Chief Inspector, Primary Medical Services, Children Health and Justice",
             "other")
    d.p("cc: Department for Education<br/>Bexley Place, NHS South East London Integrated Care Board<br/>Director of "
        "Public Health for Bexley<br/>Department of Health and Social Care<br/>NHS England", SMALL)
    d.add(PageBreak())
    d.h("Annex: information about the area provided to inspectors")
    d.p("The following summary was provided by the local area nominated officer at the start of the revisit. It is "
        "reproduced for members of Cabinet and does not form part of the inspectors' letter.")
    measure_table(d, 17, ("Measure", "Initial inspection year", "Last year", "This year", "London average"))
    d.p("Members' attention is drawn to the following points:")
    for t in ["the number of new EHC plans has risen by more than a third since the initial inspection;",
              "the proportion of new plans issued within 20 weeks is now above the London average;",
              "the number of requests for mediation has fallen, while tribunal appeals have stayed level;",
              "the number of personal budgets remains low compared with similar areas."]:
        d.p(f"&bull; {t}", BULLET)
    d.p("Report author: Lorna Treacy, Head of SEND and Local Area Nominated Officer. "
        "Email: lorna.treacy@bexley.gov.uk. Telephone: 020 3045 4122.")
    return d


def knowsley_agenda_pack() -> Doc:
    d = Doc("knowsley/round44-2024-10-16-childrens-scrutiny-committee/Agenda reports pack 16 October 2024.pdf",
            {"council": "Knowsley Metropolitan Borough Council", "council_slug": "knowsley",
             "committee": "Children's Scrutiny Committee", "meeting_date": "2024-10-16",
             "title": "Agenda reports pack, 16 October 2024", "source_kind": "moderngov-document",
             "url": "https://councillors.knowsley.gov.uk/documents/g9071/Public%20reports%20pack%2016th-Oct-2024.pdf"},
            {"council": "Knowsley Metropolitan Borough Council", "committee": "Children's Scrutiny Committee",
             "date": "2024-10-16"},
            "Children's Scrutiny Committee", "Wednesday 16 October 2024",
            "Public Document Pack", page_label="Page {n}")
    d.date("Wednesday 16 October 2024", "2024-10-16")
    d.title("KNOWSLEY METROPOLITAN BOROUGH COUNCIL")
    d.p("To: All Members of the Children's Scrutiny Committee")
    d.p("<b>Membership:</b> Councillors Gwen Hatherley (Chair), Ian Sowerby (Vice-Chair), Colette Birtles, Frank "
        "Donnachie, Maria Etchells, Anthony Lyth, Shirley McGonagle, Paul Rimmer, Jean Tarleton and Vernon Yates. "
        "Co-opted members: Mrs Judith Pringle (Roman Catholic Archdiocese of Liverpool) and Mr Omar Haddad (parent "
        "governor).")
    for name, role in [("Gwen Hatherley", "Chair"), ("Ian Sowerby", "Vice-Chair"), ("Colette Birtles", None),
                       ("Frank Donnachie", None), ("Maria Etchells", None), ("Anthony Lyth", None),
                       ("Shirley McGonagle", None), ("Paul Rimmer", None), ("Jean Tarleton", None),
                       ("Vernon Yates", None)]:
        d.person(name, role, "member")
    d.person("Judith Pringle", "Roman Catholic Archdiocese of Liverpool", "other")
    d.person("Omar Haddad", "parent governor", "other")
    d.p("Dear Councillor,")
    d.p("You are requested to attend a meeting of the CHILDREN'S SCRUTINY COMMITTEE to be held in the Council "
        "Chamber, Municipal Buildings, Archway Road, Huyton, on <b>WEDNESDAY, 16TH OCTOBER, 2024</b> at "
        "<b>6.00 p.m.</b> for the transaction of the business set out below.")
    d.p("Yours sincerely,<br/>Head of Democratic Services<br/>Dated: 7th October, 2024")
    d.date("7th October, 2024", "2024-10-07")
    d.p("Enquiries: Bethan Kearsley, Democratic Services Officer. Telephone 0151 443 3419. "
        "Email bethan.kearsley@knowsley.gov.uk")
    d.person("Bethan Kearsley", "Democratic Services Officer", "officer", "bethan.kearsley@knowsley.gov.uk",
             "0151 443 3419")
    d.h("A G E N D A")
    d.ruled([["Item", "Business", "Pages"],
             ["1.", "Apologies for absence", ""],
             ["2.", "Declarations of interest", ""],
             ["3.", "Minutes of the last meeting held on 11th September, 2024", "2"],
             ["4.", "Area SEND inspection of Knowsley: outcome and the partnership's response", "3 - 5"],
             ["5.", "Scrutiny work programme", "6"]],
            [1.4 * cm, 12.6 * cm, 2.2 * cm])
    d.date("11th September, 2024", "2024-09-11")
    d.add(PageBreak())
    d.h("CHILDREN'S SCRUTINY COMMITTEE")
    d.p("Minutes of the meeting held at the Municipal Buildings, Huyton on Wednesday, 11 September 2024.")
    d.p("PRESENT: Councillor G. Hatherley (in the Chair); Councillors Birtles, Donnachie, Etchells, Lyth, Rimmer, "
        "Tarleton and Yates; Mr O. Haddad.")
    d.p("IN ATTENDANCE: Councillor Rhys Openshaw-Kay (Cabinet Member for Children's Services); Deborah Aintree "
        "(Director of Children's Services); Simon Gallagher (Head of Inclusion); Bethan Kearsley (Democratic "
        "Services).")
    d.person("Rhys Openshaw-Kay", "Cabinet Member for Children's Services", "member")
    d.person("Deborah Aintree", "Director of Children's Services", "officer")
    d.person("Simon Gallagher", "Head of Inclusion", "officer")
    d.p("<b>11.&nbsp;&nbsp;APOLOGIES FOR ABSENCE</b>")
    d.p("Apologies were received from Councillors Sowerby and McGonagle and from Mrs Pringle.")
    d.p("<b>12.&nbsp;&nbsp;MINUTES</b>")
    d.p("RESOLVED &ndash; That the minutes of the meeting held on 3rd July, 2024 be confirmed as a correct record.")
    d.record_res(None, "That the minutes of the meeting held on 3rd July, 2024 be confirmed as a correct record.",
                 "resolution")
    d.date("3rd July, 2024", "2024-07-03")
    d.p("<b>13.&nbsp;&nbsp;ELECTIVE HOME EDUCATION ANNUAL REPORT</b>")
    d.p("The Head of Inclusion presented the annual report on elective home education. The number of children "
        "registered as electively home educated had risen again, and a growing proportion had special educational "
        "needs. Members asked about the reasons parents gave for choosing home education and about the checks made "
        "on the suitability of the education provided. The Head of Inclusion explained the process and the "
        "limits of the Council's powers.")
    d.p("RESOLVED &ndash; That:")
    d.res("(1)", "the annual report on elective home education be noted; and", "resolution")
    d.res("(2)", "the Committee write to the Department for Education to support the introduction of a national "
                 "register of children not in school.", "resolution")
    d.p("<b>14.&nbsp;&nbsp;SEND INSPECTION: VERBAL UPDATE</b>")
    d.p("The Director of Children's Services informed members that the area SEND inspection had concluded and that "
        "the report was expected to be published shortly. A full report would be brought to the next meeting. "
        "Members thanked staff, schools and families for their work during the inspection.")
    d.p("RESOLVED &ndash; That the verbal update be noted and that a full report on the outcome of the inspection be "
        "considered at the next meeting.")
    d.record_res(None, "That the verbal update be noted and that a full report on the outcome of the inspection be "
                       "considered at the next meeting.", "resolution")
    d.p("The meeting closed at 7.25 p.m.")
    d.add(PageBreak())
    d.h("REPORT TO: CHILDREN'S SCRUTINY COMMITTEE &ndash; 16 OCTOBER 2024")
    d.h("AREA SEND INSPECTION OF KNOWSLEY: OUTCOME AND THE PARTNERSHIP'S RESPONSE")
    d.p("REPORT OF: THE DIRECTOR OF CHILDREN'S SERVICES<br/>CONTACT OFFICER: Simon Gallagher, Head of Inclusion, "
        "simon.gallagher@knowsley.gov.uk, 0151 443 3870")
    d.people[-1].update({"email": "simon.gallagher@knowsley.gov.uk", "phone": "0151 443 3870"})
    d.h("1. Recommendation")
    d.p("1.1 It is recommended that Members of the Committee:")
    for label, text in [
        ("(a)", "Note the outcome of the area SEND inspection and the areas for improvement identified by "
                "inspectors;"),
        ("(b)", "Scrutinise the partnership's response set out in section 5 and the appendix; and"),
        ("(c)", "Receive a six-monthly update on the SEND Improvement Plan, the first to be presented in April "
                "2025."),
    ]:
        d.res(label, text, "recommendation", style=SUB_PARA)
    d.date("April 2025", "2025-04")
    d.h("2. Background")
    d.p("2.1 Ofsted and the Care Quality Commission carried out an inspection of the Knowsley local area "
        "partnership between Monday 15 July and Friday 19 July 2024, having given notice on 8 July 2024.")
    d.date("between Monday 15 July and Friday 19 July 2024", "2024-07-15", "2024-07-19")
    d.event("inspection", "2024-07-15", "2024-07-19", "Ofsted and the Care Quality Commission carried out an "
            "inspection of the Knowsley local area partnership between Monday 15 July and Friday 19 July 2024")
    d.date("8 July 2024", "2024-07-08")
    d.p("2.2 The inspection report was published on 13 September 2024. The partnership received the middle of the "
        "three outcomes: the local area partnership's arrangements lead to inconsistent experiences and outcomes "
        "for children and young people with SEND, and it must work jointly to make improvements. The next full "
        "inspection will normally take place within approximately three years.")
    d.date("13 September 2024", "2024-09-13")
    d.event("outcome-letter", "2024-09-13", None, "The inspection report was published on 13 September 2024")
    d.p("2.3 The area had previously been inspected under the 2016 framework from 20 to 24 November 2017, when "
        "inspectors did not require a Written Statement of Action.")
    d.date("from 20 to 24 November 2017", "2017-11-20", "2017-11-24")
    d.event("inspection", "2017-11-20", "2017-11-24", "The area had previously been inspected under the 2016 "
            "framework from 20 to 24 November 2017")
    d.h("3. What inspectors found to be working well")
    d.p("3.1 Inspectors found that children's needs are identified early by health visitors and early years "
        "settings; that the designated clinical officer has strengthened the health contribution to EHC plans; "
        "that the partnership's inclusion hubs help schools to keep children in mainstream education; and that "
        "young people in the 19 to 25 age range are well supported by the adult social care transitions team.")
    d.h("4. Areas for improvement")
    d.p("4.1 There are no areas for priority action. The report sets out five areas for improvement, which are "
        "listed in the left-hand column of the table below alongside the partnership's response.")
    rows = [["Area for improvement (from the inspection report)", "Partnership response"]]
    afis = [
        ("Leaders should improve the timeliness of EHC needs assessments, so that more plans are issued within the "
         "statutory 20 weeks.", ["ehc-plans"],
         "Additional caseworkers recruited; weekly tracking of every assessment by the Head of Inclusion; "
         "performance reported monthly to the SEND Partnership Board."),
        ("Leaders should make sure that annual reviews of EHC plans take place on time and that plans are amended "
         "when children's needs change.", ["ehc-plans"],
         "A dedicated annual review team established; schools supported with a new review template co-produced "
         "with parents."),
        ("Leaders across the partnership should reduce the time that children and young people wait for "
         "assessment by the community paediatric service and for speech and language therapy.",
         ["health-services"],
         "The integrated care board has funded additional paediatric sessions and a speech and language therapy "
         "advice line for schools."),
        ("Leaders should improve the oversight of children and young people with SEND who attend alternative "
         "provision or who are on a reduced timetable.", ["data-oversight", "inclusion-provision"],
         "Registration of all alternative provision placements and reduced timetables with the local authority; "
         "termly quality assurance visits."),
        ("Leaders should ensure that the local offer is kept up to date and is easier for families to use.",
         ["local-offer"],
         "The local offer is being rebuilt with the parent carer forum, with a launch planned for the spring."),
    ]
    for text, themes, response in afis:
        rows.append([text, response])
        d.record_weak(text, themes)
    d.ruled(rows, [8.6 * cm, 7.6 * cm])
    d.h("5. The partnership's response")
    d.p("5.1 The SEND Partnership Board has agreed a SEND Improvement Plan that addresses each area for improvement. "
        "The plan was co-produced with the parent carer forum and was agreed at the Board's meeting on 26 September "
        "2024. It will be monitored through a performance scorecard, extracts from which are set out in the "
        "appendix to this report.")
    d.date("26 September 2024", "2024-09-26")
    d.p("5.2 The partnership will also take part in a regional peer review of the local offer in January 2025, led "
        "by neighbouring authorities through the North West SEND network.")
    d.date("January 2025", "2025-01")
    d.h("6. Implications")
    d.p("6.1 <b>Financial:</b> the additional caseworkers are funded from the Council's budget for 2024/25. The "
        "health investment is funded by the integrated care board. <b>Legal:</b> the partnership's duties arise "
        "under the Children and Families Act 2014. <b>Equality:</b> the improvements are intended to reduce "
        "inequalities in the experiences of children with SEND.")
    d.h("7. Risks")
    d.p("7.1 The main risks are the continued growth in requests for EHC needs assessment, which may outpace the "
        "additional capacity, and the pressure on the high needs block. Both are recorded on the corporate risk "
        "register and reviewed by the SEND Partnership Board each quarter.")
    d.p("<b>Background papers:</b> Area SEND inspection of Knowsley Local Area Partnership (Ofsted and CQC). "
        "SEND Improvement Plan.")
    d.h("APPENDIX: SEND PERFORMANCE SCORECARD (EXTRACT)")
    measure_table(d, 29, ("Measure", "2022/23", "2023/24", "Quarter 1", "Target"))
    d.p("The figures below show EHC plans by primary need and age group.")
    rows = [["Primary need", "Under 5", "5 to 10", "11 to 15", "16 to 19", "20 to 25"]]
    for i, need in enumerate(["Autistic spectrum disorder", "Speech, language and communication needs",
                              "Social, emotional and mental health", "Moderate learning difficulty",
                              "Severe learning difficulty", "Specific learning difficulty", "Physical disability",
                              "Hearing impairment", "Visual impairment", "Profound and multiple learning "
                              "difficulty", "Other difficulty or disability"]):
        rows.append([need] + [str(2 + (i * 19 + k * 5) % 140) for k in range(5)])
    d.ruled(rows, [6.2 * cm] + [2 * cm] * 5)
    d.add(PageBreak())
    d.h("ITEM 5: SCRUTINY WORK PROGRAMME")
    d.ruled([["Meeting", "Items"],
             ["4 December 2024", "Children in care sufficiency; Virtual School annual report"],
             ["5 February 2025", "Youth Justice Plan; school place planning"],
             ["2 April 2025", "SEND Improvement Plan: six-monthly update; early help"]],
            [4 * cm, 12.2 * cm])
    d.date("4 December 2024", "2024-12-04")
    d.date("5 February 2025", "2025-02-05")
    d.date("2 April 2025", "2025-04-02")
    return d


def enfield_app() -> Doc:
    d = Doc("enfield/round44-2023-03-22-health-and-wellbeing-board/"
            "Enclosure 4 - SEND Accelerated Progress Plan.pdf",
            {"council": "London Borough of Enfield", "council_slug": "enfield",
             "committee": "Health and Wellbeing Board", "meeting_date": "2023-03-22",
             "title": "Enclosure 4 - SEND Accelerated Progress Plan", "source_kind": "moderngov-document",
             "url": "https://governance.enfield.gov.uk/documents/s101877/Enclosure%204%20SEND%20APP.pdf"},
            {"council": "London Borough of Enfield", "committee": "Health and Wellbeing Board",
             "date": "2023-03-22"},
            "Enfield Local Area SEND Accelerated Progress Plan", "Version 1.2 | February 2023",
            "Enfield Council and NHS North Central London ICB", page_label="{n}")
    d.date("February 2023", "2023-02")
    d.title("Enfield Local Area Special Educational Needs and Disabilities (SEND)")
    d.title("Accelerated Progress Plan")
    d.ruled([["Document control", ""],
             ["Version", "1.2 (final draft for submission)"],
             ["Owners", "Enfield Council and NHS North Central London Integrated Care Board"],
             ["Approved by", "Enfield SEND Partnership Board"],
             ["Review", "Every three months by the SEND Partnership Board"]],
            [4.5 * cm, 11.7 * cm])
    d.space(30)
    d.p("Produced by the Enfield SEND Partnership: Enfield Council, NHS North Central London Integrated Care Board, "
        "Enfield schools and colleges, and the Enfield parent carer forum.", CENTRE)
    d.add(PageBreak())
    d.h("Foreword")
    d.p("We are publishing this plan because the revisit of our local area showed that, while much has improved, "
        "children, young people and their families are still not getting the help they need quickly enough in "
        "three important areas. We are sorry for that. This plan sets out, in plain terms, what we will do, who "
        "will do it and how families will be able to tell whether it is working.")
    d.p("The plan has been written with the Enfield parent carer forum, whose chair, Yvonne Castell, has joined the "
        "SEND Partnership Board as a full member. We are grateful to every parent, carer and young person who "
        "gave their time.")
    d.ruled([["Councillor Amara Redfern<br/>Cabinet Member for Children's Services",
              "Philip Conway-Blake<br/>Director of Education, Enfield Council",
              "Dr Selina Marsh<br/>Chief Nursing Officer, NHS North Central London ICB"]],
            [5.4 * cm, 5.4 * cm, 5.4 * cm], header_rows=0)
    d.person("Yvonne Castell", "chair of the Enfield parent carer forum", "other")
    d.person("Amara Redfern", "Cabinet Member for Children's Services", "member")
    d.person("Philip Conway-Blake", "Director of Education, Enfield Council", "officer")
    d.person("Selina Marsh", "Chief Nursing Officer, NHS North Central London ICB", "officer")
    d.h("1. Why we need this plan")
    d.p("1.1&nbsp;&nbsp;Ofsted and the CQC inspected the Enfield local area in January 2020 and identified four "
        "significant weaknesses. Our Written Statement of Action was approved in June 2020, and since then our "
        "progress has been reviewed by the Department for Education and NHS England.", NUM_PARA)
    d.date("January 2020", "2020-01")
    d.event("inspection", "2020-01", None, "Ofsted and the CQC inspected the Enfield local area in January 2020")
    d.date("June 2020", "2020-06")
    d.event("wsoa-approved", "2020-06", None, "Our Written Statement of Action was approved in June 2020")
    d.p("1.2&nbsp;&nbsp;Inspectors came back to Enfield on 17, 18 and 19 October 2022 to see whether we had made "
        "enough progress. Their letter, dated 5 December 2022, found sufficient progress in one of the four areas "
        "but not in the other three.", NUM_PARA)
    d.date("17, 18 and 19 October 2022", "2022-10-17", "2022-10-19")
    d.event("revisit", "2022-10-17", "2022-10-19", "Inspectors came back to Enfield on 17, 18 and 19 October 2022")
    d.date("5 December 2022", "2022-12-05")
    d.event("revisit-outcome", "2022-12-05", None, "Their letter, dated 5 December 2022, found sufficient progress "
            "in one of the four areas but not in the other three")
    d.p("1.3&nbsp;&nbsp;The Department for Education asked us to write an Accelerated Progress Plan (APP) for the "
        "three remaining areas. This version of the plan will be submitted to the Department on 3 April 2023, "
        "following its consideration by the Health and Wellbeing Board. The Department and NHS England will then "
        "review our progress against it every six months; the first review meeting is expected in September 2023.",
        NUM_PARA)
    d.date("3 April 2023", "2023-04-03")
    d.event("progress-plan", "2023-04-03", None, "This version of the plan will be submitted to the Department on "
            "3 April 2023")
    d.date("September 2023", "2023-09")
    d.event("monitoring", "2023-09", None, "the first review meeting is expected in September 2023")
    d.h("2. The areas this plan addresses")
    d.p("2.1&nbsp;&nbsp;Table 1 gives, in the words of the 2020 inspection letter, each of the significant "
        "weaknesses in which the revisit found that we had not made enough progress, with a summary of what "
        "inspectors said in 2022.", NUM_PARA)
    rows = [["Area", "Significant weakness (2020 letter)", "What inspectors found at the revisit"]]
    for ref, text, themes, found in [
        ("A", "The variable quality of EHC plans and the failure to complete needs assessments within statutory "
              "timescales.", ["ehc-plans"],
         "Timeliness has improved but remains well below the national average; the quality of plans is still "
         "inconsistent, and health and care advice is often generic."),
        ("B", "The length of time children and young people wait for an assessment of autism or ADHD and for "
              "therapy services.", ["health-services"],
         "Waiting times for neurodevelopmental assessment have grown; families receive little support while they "
         "wait."),
        ("C", "The poor experiences of parents and carers, who do not feel listened to and who lack confidence "
              "in the system.", ["co-production"],
         "Parents' confidence remains low; many say that communication from the SEND service is slow and "
         "inconsistent."),
    ]:
        rows.append([ref, text, found])
        d.record_weak(text, themes)
    d.ruled(rows, [1.4 * cm, 7.2 * cm, 7.6 * cm])
    d.p("2.2&nbsp;&nbsp;The area in which inspectors found sufficient progress, the leadership and joint "
        "governance of SEND, is not part of this plan; the improvements made there are being sustained through "
        "our SEND Strategy.", NUM_PARA)
    d.add(PageBreak())
    d.h("3. Our actions")
    d.p("3.1&nbsp;&nbsp;The table below sets out the actions for each area. The RAG column will be completed at each "
        "quarterly review (B = complete, G = on track, A = some slippage, R = off track).", NUM_PARA)
    rows = [["Ref", "Action", "Lead role", "Milestone", "Impact measure", "RAG"]]
    acts = [
        ("A1", "Recruit six additional EHC coordinators and an EHC quality lead", "Head of SEN", "May 2023",
         "Assessments completed in 20 weeks reach 60%"),
        ("A2", "Introduce a multi-agency panel for all assessment decisions", "Head of SEN", "April 2023",
         "Decisions in 6 weeks in 95% of cases"),
        ("A3", "Monthly multi-agency audit of 25 plans, with parents on the audit group", "Principal Educational "
         "Psychologist", "June 2023", "75% of plans good or better"),
        ("A4", "Standard templates for health and social care advice", "Designated Clinical Officer", "May 2023",
         "Advice judged specific in 90% of audits"),
        ("A5", "Training for all SENCOs and caseworkers on outcomes", "SEN Training Lead", "July 2023",
         "All caseworkers trained"),
        ("B1", "Commission additional autism and ADHD assessment capacity", "Chief Nursing Officer, ICB",
         "June 2023", "Longest wait halved"),
        ("B2", "Launch a waiting-well offer with the parent carer forum", "Designated Clinical Officer",
         "May 2023", "Every waiting family offered support"),
        ("B3", "Speech and language therapy advice line for schools and families", "Head of Therapies",
         "April 2023", "Calls returned within 2 days"),
        ("B4", "Publish waiting times on the local offer every month", "Head of Performance", "July 2023",
         "Published monthly"),
        ("C1", "Named caseworker for every family in assessment", "Head of SEN", "June 2023",
         "Family survey: 60% know their caseworker"),
        ("C2", "Service standard for replies to parents within 5 working days", "Head of SEN", "April 2023",
         "Standard met in 90% of cases"),
        ("C3", "Co-produced termly newsletter and local offer refresh", "Local Offer Manager", "October 2023",
         "Local offer visits and satisfaction rise"),
        ("C4", "Parent carer forum places on every partnership group", "Director of Education", "April 2023",
         "Forum represented at all groups"),
    ]
    for ref, what, lead, when, measure in acts:
        rows.append([ref, what, lead, when, measure, ""])
    d.ruled(rows, [1.1 * cm, 5.4 * cm, 3.1 * cm, 2.1 * cm, 3.5 * cm, 1 * cm])
    for text, iso in [("May 2023", "2023-05"), ("April 2023", "2023-04"), ("June 2023", "2023-06"),
                      ("July 2023", "2023-07"), ("October 2023", "2023-10")]:
        d.date(text, iso)
    d.h("4. How we will know the plan is working")
    measure_table(d, 41, ("Measure", "Baseline", "Target, 6 months", "Target, 12 months"))
    d.h("5. Governance")
    d.p("5.1&nbsp;&nbsp;The SEND Partnership Board, chaired jointly by the Director of Education and the ICB's Chief "
        "Nursing Officer, owns the plan. It meets monthly and receives a highlight report on every action. The "
        "Board reports to the Health and Wellbeing Board and to the Children's Services Scrutiny Panel twice a "
        "year.", NUM_PARA)
    d.p("5.2&nbsp;&nbsp;The risks to delivery (recruitment, rising demand and the high needs deficit) are held on "
        "the Partnership Board's risk register. Risks rated red are escalated to the Council's corporate "
        "management board and to the ICB's quality committee.", NUM_PARA)
    d.h("6. Contact")
    d.p("Plan owner: Kiran Dhaliwal-Moss, Head of SEN, Enfield Council<br/>"
        "Email: kiran.dhaliwal-moss@enfield.gov.uk &nbsp; Telephone: 020 8132 0452")
    d.person("Kiran Dhaliwal-Moss", "Head of SEN, Enfield Council", "officer", "kiran.dhaliwal-moss@enfield.gov.uk",
             "020 8132 0452")
    d.add(PageBreak())
    d.h("Appendix 1: What children, young people and families told us")
    d.p("Three engagement events and an online survey informed this plan. The main messages were:")
    for t in ["families want one person to contact who knows their child's case;",
              "waiting is harder when nobody explains what happens next or what help is available meanwhile;",
              "young people want to be asked about their own plans, in ways that suit them;",
              "parents value the specialist teachers, the short breaks service and the forum's own drop-in sessions;",
              "schools want quicker access to advice from therapists and educational psychologists."]:
        d.p(f"&bull; {t}", BULLET)
    d.p("We have used these messages to choose the impact measures in section 4 and will repeat the survey every "
        "six months, so that families can tell us whether they feel the difference.")
    d.add(PageBreak())
    d.h("Appendix 2: EHC plans maintained by Enfield, by primary need and age")
    rows = [["Primary need", "Under 5", "5 to 10", "11 to 15", "16 to 19", "20 to 25", "Total"]]
    for i, need in enumerate(["Autistic spectrum disorder", "Speech, language and communication needs",
                              "Social, emotional and mental health", "Moderate learning difficulty",
                              "Severe learning difficulty", "Specific learning difficulty", "Physical disability",
                              "Hearing impairment", "Visual impairment", "Multi-sensory impairment",
                              "Profound and multiple learning difficulty", "Other difficulty or disability"]):
        vals = [4 + (i * 23 + k * 11) % 210 for k in range(5)]
        rows.append([need] + [str(v) for v in vals] + [str(sum(vals))])
    d.ruled(rows, [5.6 * cm] + [1.8 * cm] * 6)
    d.h("Appendix 3: Glossary")
    d.ruled([["Term", "Meaning"],
             ["ADHD", "Attention deficit hyperactivity disorder"],
             ["APP", "Accelerated Progress Plan: a plan required by the Department for Education where a revisit "
                     "finds insufficient progress"],
             ["CQC", "Care Quality Commission"],
             ["DCO", "Designated Clinical Officer"],
             ["EHC plan", "Education, Health and Care plan"],
             ["ICB", "Integrated care board"],
             ["Local offer", "Published information about the services available to children with SEND and their "
                             "families"],
             ["RAG", "Red, amber, green rating of progress"],
             ["SENCO", "Special educational needs coordinator"],
             ["WSOA", "Written Statement of Action"]],
            [3.2 * cm, 13 * cm])
    return d


def havering_inspection_report() -> Doc:
    d = Doc("havering/round44-2025-03-11-people-overview-and-scrutiny-sub-committee/"
            "Appendix A - Area SEND inspection report.pdf",
            {"council": "London Borough of Havering", "council_slug": "havering",
             "committee": "People Overview and Scrutiny Sub-Committee", "meeting_date": "2025-03-11",
             "title": "Appendix A - Area SEND inspection report", "source_kind": "moderngov-document",
             "url": "https://democracy.havering.gov.uk/documents/s77310/Appendix%20A%20Area%20SEND%20inspection.pdf"},
            {"council": "London Borough of Havering", "committee": "People Overview and Scrutiny Sub-Committee",
             "date": "2025-03-11"},
            "Area SEND inspection of Havering Local Area Partnership", "Ofsted and CQC",
            "Appendix A", page_label="{n}")
    d.title("Area SEND inspection of Havering Local Area Partnership")
    d.ruled([["Inspection dates", "13 to 17 January 2025"],
             ["Dates of previous inspection", "4 to 8 December 2017"],
             ["Publication date", "28 February 2025"]], [6 * cm, 10.2 * cm], header_rows=0)
    d.date("13 to 17 January 2025", "2025-01-13", "2025-01-17")
    d.event("inspection", "2025-01-13", "2025-01-17", "Inspection dates 13 to 17 January 2025")
    d.date("4 to 8 December 2017", "2017-12-04", "2017-12-08")
    d.event("inspection", "2017-12-04", "2017-12-08", "Dates of previous inspection 4 to 8 December 2017")
    d.date("28 February 2025", "2025-02-28")
    d.event("outcome-letter", "2025-02-28", None, "Publication date 28 February 2025")
    d.h("Inspection outcome")
    d.p("The local area partnership's special educational needs and/or disabilities (SEND) arrangements typically "
        "lead to positive experiences and outcomes for children and young people with SEND. The local area "
        "partnership is taking action where improvements are needed.", LETTER)
    d.p("Ofsted and the Care Quality Commission (CQC) ask that the local area partnership updates and publishes "
        "its strategic plan based on the recommendations set out in this report.", LETTER)
    d.p("The next full area SEND inspection will be within approximately five years. Ofsted and CQC will continue "
        "to monitor the local area partnership through their engagement activities.", LETTER)
    d.add(PageBreak())
    d.h("Information about the local area partnership")
    d.p("The London Borough of Havering and NHS North East London Integrated Care Board (ICB) are jointly "
        "responsible for the planning and commissioning of services for children and young people with SEND in "
        "Havering. The local area was last inspected under the previous framework, when inspectors found no "
        "significant weaknesses requiring a Written Statement of Action. Since then, the director of children's "
        "services has changed, and the ICB replaced the clinical commissioning group. The local authority "
        "commissions a range of alternative provision, including a pupil referral unit with two sites.", LETTER)
    d.h("What is it like to be a child or young person with SEND in this area?")
    for t in ["Children and young people with SEND in Havering are typically well supported. Many benefit from "
              "the early identification of their needs by health visitors, early years practitioners and school "
              "staff. Families value the specialist early years service, which helps children to settle into "
              "nursery and school and gives parents practical strategies to use at home.",
              "Most children and young people attend mainstream schools, where staff are increasingly confident "
              "in adapting teaching and the curriculum. The partnership's inclusion charter, developed with "
              "headteachers, has helped to reduce the number of pupils with SEND who are suspended or permanently "
              "excluded. Children who need specialist places are usually found one close to home.",
              "Young people are well prepared for their next steps. Careers advice begins early, and a good range "
              "of supported internships and further education courses helps young people into employment and "
              "adult life. Young people say that they are listened to and that their views are reflected in their "
              "plans.",
              "Children and young people with complex health needs receive well-coordinated care from community "
              "nursing, therapy and hospital teams. The short breaks service gives families valued respite, and "
              "the local offer's youth pages were designed with young people themselves."]:
        d.p(t, LETTER)
    d.h("What is the area partnership doing that is effective?")
    for t in ["Leaders share a clear and ambitious vision for children and young people with SEND. They know the "
              "area's strengths and weaknesses well and use this knowledge to decide priorities.",
              "The partnership works closely with the parent carer forum, which is represented on the SEND "
              "partnership board and has shaped the new strategy.",
              "The quality of new EHC plans is typically good. Plans capture children's voices and set out "
              "precise, measurable outcomes, and health and care advice is usually specific.",
              "The designated clinical officer and designated social care officer provide effective oversight of "
              "the health and care contributions to plans."]:
        d.p(f"&bull; {t}", LETTER_BUL)
    d.add(PageBreak())
    d.h("What does the area partnership need to do better?")
    for t in ["Although the timeliness of EHC needs assessments has improved, too many annual reviews are late, and "
              "plans are not always updated when children's needs change. Some parents told inspectors that this "
              "causes frustration and delays in getting the right support.",
              "Waiting times for assessment by the neurodevelopmental service have reduced but remain too long for "
              "some older children. Leaders have introduced support for families while they wait, but not all "
              "families know about it.",
              "Leaders do not have a full enough picture of the quality of the alternative provision that they "
              "commission, or of the progress that pupils with SEND make there."]:
        d.p(t, LETTER)
    d.h("Areas for improvement")
    rows = [["Areas for improvement"]]
    for text, themes in [
        ("Leaders should ensure that annual reviews of EHC plans are completed on time and that plans are "
         "amended promptly so that they reflect children and young people's current needs.", ["ehc-plans"]),
        ("Leaders in the ICB should continue to reduce waiting times for neurodevelopmental assessment for older "
         "children, and make sure that all families who are waiting know about and can access the support "
         "available.", ["health-services"]),
        ("Leaders should strengthen their quality assurance of commissioned alternative provision, so that they "
         "know how well pupils with SEND are supported and the progress that they make.",
         ["data-oversight", "inclusion-provision"]),
    ]:
        rows.append([text])
        d.record_weak(text, themes)
    d.ruled(rows, [16.2 * cm], style=LETTER)
    d.add(PageBreak())
    d.h("Local area partnership details")
    d.ruled([["Local authority", "Integrated care board"],
             ["London Borough of Havering", "NHS North East London Integrated Care Board"],
             ["Barnaby Whitlock, Director of Children's Services", "Dr Ines Varga, Chief Nurse and Executive "
              "Director of Quality"],
             ["www.havering.gov.uk", "www.northeastlondon.icb.nhs.uk"]],
            [8.1 * cm, 8.1 * cm])
    d.person("Barnaby Whitlock", "Director of Children's Services", "officer")
    d.person("Ines Varga", "Chief Nurse and Executive Director of Quality", "officer")
    d.h("Information about this inspection")
    d.p("This inspection was carried out under section 20(1)(b) of the Children Act 2004 at the request of the "
        "Secretary of State. It was led by one of His Majesty's Inspectors from Ofsted, with a team of inspectors "
        "including an Ofsted Inspector and a Children's Services Inspector from the CQC.", LETTER)
    d.h("Inspection team")
    d.ruled([["Ofsted", "Care Quality Commission"],
             ["Hollie Brandreth, Ofsted HMI lead inspector", "Yasmin Abara, CQC lead inspector"],
             ["Craig Temperley, Ofsted Inspector", ""]], [8.1 * cm, 8.1 * cm])
    d.person("Hollie Brandreth", "Ofsted HMI lead inspector", "other")
    d.person("Yasmin Abara", "CQC lead inspector", "other")
    d.person("Craig Temperley", "Ofsted Inspector", "other")
    d.p("If you are not happy with the inspection or the report, you can complain to Ofsted. The Office for "
        "Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects to achieve "
        "excellence in the care of children and young people, and in education and skills for learners of all "
        "ages. This publication is available at www.gov.uk/government/organisations/ofsted.", SMALL)
    d.p("Piccadilly Gate, Store Street, Manchester M1 2WD. T: 0300 123 1231. Crown copyright.", SMALL)
    d.add(PageBreak())
    d.h("Annex (added by the Council for the Sub-Committee): partnership response and data")
    d.p("The Sub-Committee is asked to consider the report alongside the following summary. The partnership has "
        "updated its SEND strategy action plan to address the three areas for improvement and will publish it "
        "by 31 March 2025, as the report requests.", BODY)
    d.date("31 March 2025", "2025-03-31")
    d.event("progress-plan", "2025-03-31", None, "The partnership has updated its SEND strategy action plan to "
            "address the three areas for improvement and will publish it by 31 March 2025")
    d.ruled([["Area", "What the partnership will do", "Lead", "Milestone"],
             ["Annual reviews", "Create an annual review team; track every overdue review weekly; issue amended "
              "plans within four weeks of a review", "Head of SEN", "June 2025"],
             ["Neurodevelopmental waits", "Add clinic capacity for children over 11; write to every waiting "
              "family about the waiting-well offer", "ICB Director of Children's Commissioning", "May 2025"],
             ["Alternative provision", "Introduce a quality assurance framework and termly visits to every "
              "commissioned provider; report pupils' progress to the partnership board", "Head of Inclusion",
              "September 2025"]],
            [3.2 * cm, 7.4 * cm, 3.4 * cm, 2.2 * cm])
    for text, iso in [("June 2025", "2025-06"), ("May 2025", "2025-05"), ("September 2025", "2025-09")]:
        d.date(text, iso)
    measure_table(d, 53, ("Measure", "2022/23", "2023/24", "Target 2024/25"))
    d.add(PageBreak())
    d.p("EHC plans maintained, by primary need and age group:", BODY)
    rows = [["Primary need", "Under 5", "5 to 10", "11 to 15", "16 to 19", "20 to 25"]]
    for i, need in enumerate(["Autistic spectrum disorder", "Speech, language and communication needs",
                              "Social, emotional and mental health", "Moderate learning difficulty",
                              "Severe learning difficulty", "Specific learning difficulty", "Physical disability",
                              "Hearing impairment", "Visual impairment", "Multi-sensory impairment",
                              "Profound and multiple learning difficulty", "Other difficulty or disability"]):
        rows.append([need] + [str(6 + (i * 29 + k * 13) % 190) for k in range(5)])
    d.ruled(rows, [6.2 * cm] + [2 * cm] * 5)
    d.p("Contact: Moira Ettridge, Assistant Director, SEND and Inclusion. Email: moira.ettridge@havering.gov.uk. "
        "Telephone: 01708 433 512.", BODY)
    d.person("Moira Ettridge", "Assistant Director, SEND and Inclusion", "officer", "moira.ettridge@havering.gov.uk",
             "01708 433 512")
    return d


DOCUMENTS = [bury_minutes, halton_board_report, bexley_revisit_letter, knowsley_agenda_pack, enfield_app,
             havering_inspection_report]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
