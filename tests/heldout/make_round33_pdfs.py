"""Write the long printed documents of the held-out round 33 (reportlab), and their gold.

Round 33 is a blind batch of LONG PDFs, written with their gold before any extractor ran on them, in the layouts of
real long council papers: the printed minutes of a scrutiny select commission (Rotherham), an agenda reports pack
with front sheet, previous minutes and a SEND report with its appendices (Durham), a Cabinet report whose appendix
is a priority action plan in a ruled table over pages (Liverpool), the printed minutes of a Health and Wellbeing
Board with an action log (Camden), a scrutiny report on progress against a WSoA with its appendices (Leicestershire)
and a Lead Member decision bundle with a self-evaluation summary (East Sussex). Invented text, fictitious people.

The framework is ``long_pdf_kit.py`` (shared with rounds 22, 25, 27, 28 and 31); ``--gold`` writes the gold with
the page of each resolution's and weakness's text read back from the written PDF; ``--check`` also lists date-like
strings missing from the gold. Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round33_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, paragraph_styles, run, two_columns  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = STYLES = paragraph_styles(
    "33", body=(12.5, 18, 9), cell=(9.5, 12), head=(13, 17, 12), title=(16, 21))


class Doc(LongDoc):
    """A round 33 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = STYLES
    margin_y = 2.4 * cm
    column_lookup = True


# ------------------------------------------------------------------------------------------------------------------
# 1. Rotherham: printed minutes of the Improving Lives Select Commission
# ------------------------------------------------------------------------------------------------------------------

def rotherham_minutes() -> Doc:
    d = Doc(
        "rotherham/round33-2022-11-08-improving-lives-select-commission/"
        "Minutes of Improving Lives Select Commission 27 September 2022.pdf",
        {"council": "Rotherham Metropolitan Borough Council", "council_slug": "rotherham",
         "committee": "Improving Lives Select Commission", "meeting_date": "2022-11-08",
         "title": "Minutes - Improving Lives Select Commission - 27 September 2022",
         "source_kind": "committee-report",
         "url": "https://moderngov.rotherham.gov.uk/documents/g16620/Printed%20minutes%2027th-Sep-2022%2010.00"
                "%20Improving%20Lives%20Select%20Commission.pdf"},
        {"council": "Rotherham Metropolitan Borough Council", "committee": "Improving Lives Select Commission",
         "date": "2022-09-27"},
        "IMPROVING LIVES SELECT COMMISSION - 27/09/22", "Rotherham Metropolitan Borough Council",
        "Minutes: Improving Lives Select Commission")
    d.title("IMPROVING LIVES SELECT COMMISSION")
    d.p("<b>Tuesday 27 September 2022</b>")
    d.date("Tuesday 27 September 2022", "2022-09-27")
    d.p("Present:- Councillor Carys Maltby (in the Chair); Councillors Baines, Dinnington, Kimberworth, Laughton, "
        "Ravenfield, Thrybergh and Wath.")
    d.person("Carys Maltby", "in the Chair", "member")
    for name in ("Baines", "Dinnington", "Kimberworth", "Laughton", "Ravenfield", "Thrybergh", "Wath"):
        d.person(f"Councillor {name}", None, "member")
    d.p("Co-opted members present: Mrs Glenys Swinton (Rotherham Parent Carers Forum) and Mr Howard Brinsworth "
        "(Church of England Diocese of Sheffield).")
    d.person("Glenys Swinton", "Rotherham Parent Carers Forum", "other")
    d.person("Howard Brinsworth", "Church of England Diocese of Sheffield", "other")
    d.p("Also in attendance: Councillor Tariq Herringthorpe, Cabinet Member for Children and Young People.")
    d.person("Tariq Herringthorpe", "Cabinet Member for Children and Young People", "member")
    d.p("Officers in attendance:")
    two_columns(d, ["Nadine Wickersley", "Stuart Canklow", "Dr Alison Greasbrough", "Jocelyn Treeton",
                    "Kieran Aston"],
                ["Strategic Director, Children and Young People's Services",
                 "Assistant Director, Education and Inclusion",
                 "Designated Clinical Officer, NHS South Yorkshire ICB (Rotherham place)",
                 "Head of SEND Services", "Governance Advisor"])
    d.person("Nadine Wickersley", "Strategic Director, Children and Young People's Services", "officer")
    d.person("Stuart Canklow", "Assistant Director, Education and Inclusion", "officer")
    d.person("Alison Greasbrough", "Designated Clinical Officer, NHS South Yorkshire ICB (Rotherham place)",
             "officer")
    d.person("Jocelyn Treeton", "Head of SEND Services", "officer")
    d.person("Kieran Aston", "Governance Advisor", "officer")
    d.p("The webcast of the meeting can be viewed on the Council's website.")

    d.h("31. APOLOGIES FOR ABSENCE")
    d.p("Apologies for absence were received from Councillors Catcliffe and Whiston, and from Ms Priya Harthill "
        "(co-opted member, Voluntary Action Rotherham).")
    d.person("Councillor Catcliffe", None, "member")
    d.person("Councillor Whiston", None, "member")
    d.person("Priya Harthill", "co-opted member, Voluntary Action Rotherham", "other")
    d.h("32. MINUTES OF THE PREVIOUS MEETING HELD ON 19 JULY 2022")
    d.date("19 JULY 2022", "2022-07-19")
    d.p("Consideration was given to the minutes of the previous meeting of the Improving Lives Select Commission "
        "held on 19 July 2022.")
    d.res(None, "That the minutes of the meeting of the Improving Lives Select Commission held on 19 July 2022 "
                "be approved as a true and correct record of the proceedings.", "resolution",
          lead="<b>Resolved:-</b>", style=BODY)
    d.h("33. DECLARATIONS OF INTEREST")
    d.p("Councillor Laughton declared a personal interest in Minute No. 36 as her grandson attends a resourced "
        "provision in the borough. She remained in the meeting for the item.")
    d.h("34. QUESTIONS FROM MEMBERS OF THE PUBLIC AND THE PRESS")
    d.p("The Chair reported that one question had been submitted by Mr Darren Bramley, who asked when the "
        "Commission would next look at transport for pupils with additional needs. The Chair replied that home to "
        "school transport would be considered at the meeting on 13 December 2022.")
    d.person("Darren Bramley", None, "other")
    d.date("13 December 2022", "2022-12-13")
    d.h("35. EXCLUSION OF THE PRESS AND PUBLIC")
    d.p("The Chair advised that there were no items of business on the agenda that would require the exclusion of "
        "the press and public from the meeting.")

    d.h("36. SPECIAL EDUCATIONAL NEEDS AND DISABILITIES: OUTCOME OF THE OFSTED AND CQC REVISIT")
    d.p("Consideration was given to a report presented by the Assistant Director, Education and Inclusion, which "
        "set out the outcome of the revisit carried out by Ofsted and the Care Quality Commission (CQC) to judge the "
        "progress made since the joint inspection of the local area.")
    d.p("The Commission was reminded that the local area had been inspected between 11 March 2019 and 15 March "
        "2019. The inspection report, published on 20 May 2019, required the local area to produce a Written "
        "Statement of Action (WSoA), which was submitted on 28 August 2019 and declared fit for purpose on "
        "4 November 2019. Progress had been reviewed by the Department for Education and NHS England at "
        "six-monthly meetings, the last of which took place on 9 March 2022.")
    d.date("between 11 March 2019 and 15 March 2019", "2019-03-11", "2019-03-15")
    d.date("20 May 2019", "2019-05-20")
    d.date("28 August 2019", "2019-08-28")
    d.date("4 November 2019", "2019-11-04")
    d.date("9 March 2022", "2022-03-09")
    d.event("inspection", "2019-03-11", "2019-03-15",
            "the local area had been inspected between 11 March 2019 and 15 March 2019")
    d.event("outcome-letter", "2019-05-20", None, "The inspection report, published on 20 May 2019, required the "
            "local area to produce a Written Statement of Action (WSoA)")
    d.event("wsoa-submitted", "2019-08-28", None, "which was submitted on 28 August 2019")
    d.event("wsoa-approved", "2019-11-04", None, "declared fit for purpose on 4 November 2019")
    d.event("monitoring", "2022-03-09", None, "Progress had been reviewed by the Department for Education and NHS "
            "England at six-monthly meetings, the last of which took place on 9 March 2022")
    d.p("Inspectors revisited the area from 20 to 22 June 2022 and the outcome letter was published on "
        "15 August 2022. The letter found that the area had made sufficient progress in addressing three of the "
        "five significant weaknesses identified at the initial inspection. The original weaknesses were:")
    d.date("from 20 to 22 June 2022", "2022-06-20", "2022-06-22")
    d.date("15 August 2022", "2022-08-15")
    d.event("revisit", "2022-06-20", "2022-06-22", "Inspectors revisited the area from 20 to 22 June 2022")
    d.event("revisit-outcome", "2022-08-15", None, "the outcome letter was published on 15 August 2022")
    d.weak("the lack of a shared understanding across education, health and care of the local area's strengths and "
           "weaknesses, and weak joint self-evaluation", ["leadership-governance"], marker="(i)")
    d.weak("the inconsistent quality of EHC plans and the poor contribution of health and social care to them",
           ["ehc-plans"], marker="(ii)")
    d.weak("the long waiting times for assessment for autism spectrum disorder", ["health-services"],
           marker="(iii)")
    d.weak("the high rate of fixed-term exclusions of children and young people with SEND",
           ["inclusion-provision"], marker="(iv)")
    d.weak("the limited awareness and use of the local offer by parents and carers", ["local-offer"],
           marker="(v)")
    d.p("Sufficient progress had not been made in the areas relating to the waiting times for autism assessment and "
        "the awareness and use of the local offer. The Department for Education and NHS England would continue to "
        "monitor those two areas through an Accelerated Progress Plan (APP), which had to be submitted by "
        "30 September 2022 and would be reviewed for the first time in January 2023.")
    d.date("30 September 2022", "2022-09-30")
    d.date("January 2023", "2023-01")
    d.event("progress-plan", "2022-09-30", None, "an Accelerated Progress Plan (APP), which had to be submitted "
            "by 30 September 2022")
    d.event("monitoring", "2023-01", None, "would be reviewed for the first time in January 2023")
    d.p("Dr Greasbrough explained that the neurodevelopmental pathway had received additional recurrent funding "
        "from the Integrated Care Board from April 2022, and that a new provider had begun assessments in "
        "July 2022. The average wait had fallen from 84 weeks to 61 weeks, but this remained well above the "
        "ambition of 18 weeks. A waiting list validation exercise would be completed by 31 October 2022.")
    d.date("April 2022", "2022-04")
    d.date("July 2022", "2022-07")
    d.date("31 October 2022", "2022-10-31")
    d.p("The Head of SEND Services described the work on the local offer, which had been rebuilt with the Parent "
        "Carers Forum and relaunched on 1 September 2022. Mrs Swinton said that the Forum welcomed the new site but "
        "that many families still did not know about it, particularly those whose children were on SEN support in "
        "mainstream schools.")
    d.date("1 September 2022", "2022-09-01")
    d.p("In discussion, Members raised the following points:")
    for text in ("How the Council would measure whether families were aware of the local offer, and whether a "
                 "survey would be repeated;",
                 "Whether children waiting for an autism assessment could receive support in school before a "
                 "diagnosis;",
                 "The number of permanent exclusions of pupils with EHC plans in the last academic year;",
                 "Whether the APP would be reported to the Commission as well as to the SEND Partnership Board."):
        d.p("&bull; " + text, BULLET)
    d.p("In response, the Strategic Director confirmed that a needs-led offer was available in schools without a "
        "diagnosis, that exclusion data would be circulated to Members, and that progress against the APP would be "
        "reported to the Commission every six months.")
    d.p("<b>Resolved:-</b>")
    d.res("(1)", "That the outcome of the Ofsted and CQC revisit, published on 15 August 2022, be noted.",
          "resolution")
    d.res("(2)", "That the Commission's thanks be recorded to the Parent Carers Forum, schools and health "
                 "partners for the progress made since the inspection.", "resolution")
    d.res("(3)", "That a progress report on the Accelerated Progress Plan be brought to the Commission in "
                 "March 2023, to include waiting times for autism assessment and the results of a repeated "
                 "survey of parents' awareness of the local offer.", "resolution")
    d.date("March 2023", "2023-03")
    d.res("(4)", "That data on the exclusion of pupils with SEND, by school, be circulated to Members of the "
                 "Commission.", "resolution")

    d.h("37. EARLY HELP AND FAMILY HUBS: ANNUAL UPDATE")
    d.p("Consideration was given to the annual update on Early Help and the development of Family Hubs. The "
        "Head of Early Help, Marcus Dunford, reported that the first three Family Hubs had opened in "
        "June 2022 and that a further four would open by March 2023. Members asked about opening hours, outreach "
        "to families in the east of the borough, and how the hubs would work with health visiting.")
    d.person("Marcus Dunford", "Head of Early Help", "officer")
    d.date("June 2022", "2022-06")
    d.p("<b>Resolved:-</b>")
    d.res("(1)", "That the annual update be noted.", "resolution")
    d.res("(2)", "That a visit by Members to a Family Hub be arranged before the end of the year.", "resolution")
    d.h("38. ROTHERHAM SAFEGUARDING CHILDREN PARTNERSHIP ANNUAL REPORT")
    d.p("The Independent Scrutineer of the Partnership, Mr Colin Dalton, presented the annual report for the year "
        "to 31 March 2022. He highlighted the work on neglect and on contextual safeguarding, and the audit of "
        "multi-agency practice completed in February 2022.")
    d.person("Colin Dalton", "Independent Scrutineer of the Partnership", "other")
    d.date("31 March 2022", "2022-03-31")
    d.date("February 2022", "2022-02")
    d.p("<b>Resolved:-</b> That the Rotherham Safeguarding Children Partnership annual report be noted, and that "
        "the Commission's comments on the reporting of the neglect strategy be passed to the Partnership.")
    d.record_res(None, "That the Rotherham Safeguarding Children Partnership annual report be noted, and that the "
                       "Commission's comments on the reporting of the neglect strategy be passed to the "
                       "Partnership.", "resolution")
    d.h("39. YOUTH JUSTICE PLAN 2022-2025")
    d.p("The Commission considered the draft Youth Justice Plan, presented by Lorna Kilnhurst, Head of the Youth "
        "Justice Service. The plan had been prepared under section 40 of the Crime and Disorder Act 1998 and "
        "would be submitted to the Youth Justice Board by 30 November 2022, following approval by Council. She "
        "reported that first-time entrants to the youth justice system had fallen for the third year running, "
        "but that the proportion of young people in the cohort with speech, language and communication needs "
        "remained high, at over 60 per cent.")
    d.person("Lorna Kilnhurst", "Head of the Youth Justice Service", "officer")
    d.date("30 November 2022", "2022-11-30")
    d.p("Members asked how the service worked with schools to prevent exclusion, and how the speech and language "
        "therapist funded by the ICB was used. The Head of Service explained that every young person was "
        "screened on entry to the service and that the therapist's assessments were shared with schools and, "
        "where relevant, the SEND service, with consent.")
    d.p("Councillor Ravenfield proposed, and Councillor Wath seconded, that the Commission recommend that the "
        "plan include a target for the screening of communication needs. On being put to the vote, the proposal "
        "was lost.")
    d.p("<b>Resolved:-</b>")
    d.res("(1)", "That Cabinet be advised that the Commission supports the draft Youth Justice Plan 2022-2025.",
          "resolution")
    d.res("(2)", "That the Head of the Youth Justice Service be asked to include, in the next annual update, data "
                 "on the education, health and care plans and SEN support of young people open to the service.",
          "resolution")
    d.h("40. WORK PROGRAMME")
    d.p("The Governance Advisor presented the draft work programme for the remainder of the municipal year. "
        "Members suggested that the item on post-16 pathways for young people with SEND be brought forward to "
        "the meeting on 7 February 2023.")
    d.date("7 February 2023", "2023-02-07")
    d.res(None, "That the work programme, as amended, be approved, and that the Governance Advisor be authorised "
                "to make changes between meetings in consultation with the Chair and Vice-Chair.", "resolution",
          lead="<b>Resolved:-</b>", style=BODY)
    d.h("41. URGENT BUSINESS")
    d.p("There was no urgent business.")
    d.h("42. DATE AND TIME OF NEXT MEETING")
    d.res(None, "That the next meeting of the Improving Lives Select Commission be held on Tuesday "
                "8 November 2022, commencing at 10.00 am in Rotherham Town Hall.", "resolution",
          lead="<b>Resolved:-</b>", style=BODY)
    d.date("Tuesday 8 November 2022", "2022-11-08")
    d.space(30)
    d.p("Chair ............................................")
    d.p("Date ............................................")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 2. Durham: agenda reports pack of the Children and Young People's Overview and Scrutiny Committee
# ------------------------------------------------------------------------------------------------------------------

def durham_pack() -> Doc:
    d = Doc(
        "durham/round33-2024-06-24-children-and-young-peoples-overview-and-scrutiny-committee/"
        "Agenda document for Children and Young People's Overview and Scrutiny Committee, 24 June 2024.pdf",
        {"council": "Durham County Council", "council_slug": "durham",
         "committee": "Children and Young People's Overview and Scrutiny Committee", "meeting_date": "2024-06-24",
         "title": "Agenda reports pack, 24/06/2024 09:30", "source_kind": "committee-report",
         "url": "https://democracy.durham.gov.uk/documents/g15012/Public%20reports%20pack%2024th-Jun-2024%2009.30"
                "%20Children%20and%20Young%20Peoples%20Overview%20and%20Scrutiny%20Committee.pdf"},
        {"council": "Durham County Council", "committee": "Children and Young People's Overview and Scrutiny Committee",
         "date": "2024-06-24"},
        "Durham County Council", "Children and Young People's Overview and Scrutiny Committee",
        "Agenda pack - 24 June 2024")
    d.title("Children and Young People's Overview and Scrutiny Committee")
    d.p("<b>Date</b> Monday 24 June 2024")
    d.date("Monday 24 June 2024", "2024-06-24")
    d.p("<b>Time</b> 9.30 am")
    d.p("<b>Venue</b> Committee Room 2, County Hall, Durham")
    d.h("Business")
    d.h("Part A")
    d.p("Items which are open to the public and press. Members of the public can ask questions with the Chair's "
        "agreement, and if registered to speak.")
    for n, text in ((1, "Apologies for Absence"), (2, "Substitute Members"),
                    (3, "Minutes of the meeting held on 22 April 2024 (Pages 3 - 6)"),
                    (4, "Declarations of Interest, if any"),
                    (5, "Any Items from Co-opted Members or Interested Parties"),
                    (6, "Area SEND Inspection: Outcome and Priority Action Plan - Report of the Corporate Director "
                        "of Children and Young People's Services (Pages 7 - 18)"),
                    (7, "Quarter 4 2023/24 Performance Management Report - Report of the Chief Executive "
                        "(Pages 19 - 36)"),
                    (8, "Such other business as, in the opinion of the Chair of the meeting, is of sufficient "
                        "urgency to warrant consideration")):
        d.p(f"{n}. {text}", HANG)
    d.date("22 April 2024", "2024-04-22")
    d.p("<b>Helen Lanchester</b><br/>Chief Executive")
    d.person("Helen Lanchester", "Chief Executive", "officer")
    d.p("County Hall<br/>Durham<br/>14 June 2024")
    d.date("14 June 2024", "2024-06-14")
    d.p("<b>To: The Members of the Children and Young People's Overview and Scrutiny Committee</b>")
    d.p("Councillor R Esh (Chair)<br/>Councillor B Tanfield (Vice-Chair)")
    d.person("R Esh", "Chair", "member")
    d.person("B Tanfield", "Vice-Chair", "member")
    members = ["C Brancepeth", "J Cornsay", "P Framwellgate", "L Hett", "M Kelloe", "S Lumley", "D Sacriston",
               "A Satley", "T Shincliffe", "K Witton"]
    two_columns(d, [f"Councillors {m}" if i == 0 else m for i, m in enumerate(members[:5])], members[5:])
    for m in members:
        d.person(m, None, "member")
    d.p("<b>Faith Community Representatives:</b> Mrs F Quarrington and Mr G Byers")
    d.p("<b>Parent Governor Representatives:</b> Mr N Coxhoe")
    d.p("<b>Co-opted Members:</b> Ms E Brownsea (SEND Parent Carer Forum) and Mr J Ushaw (Durham "
        "Association of Secondary Headteachers)")
    d.person("F Quarrington", "Faith Community Representative", "other")
    d.person("G Byers", "Faith Community Representative", "other")
    d.person("N Coxhoe", "Parent Governor Representative", "other")
    d.person("E Brownsea", "SEND Parent Carer Forum", "other")
    d.person("J Ushaw", "Durham Association of Secondary Headteachers", "other")
    d.p("<b>Contact:</b> Hollie Wingate, Democratic Services Officer. Tel: 03000 269 714, email "
        "hollie.wingate@durham.gov.uk")
    d.person("Hollie Wingate", "Democratic Services Officer", "officer", "hollie.wingate@durham.gov.uk",
             "03000 269 714")
    d.add(PageBreak())

    d.h("DURHAM COUNTY COUNCIL")
    d.p("At a Meeting of <b>Children and Young People's Overview and Scrutiny Committee</b> held in Committee Room "
        "2, County Hall, Durham on <b>Monday 22 April 2024 at 9.30 am</b>")
    d.p("<b>Present:</b>")
    d.p("<b>Councillor R Esh (Chair)</b>")
    d.p("Members of the Committee: Councillors B Tanfield, C Brancepeth, J Cornsay, L Hett, M Kelloe, D Sacriston "
        "and K Witton")
    d.p("Co-opted Members: Mrs F Quarrington and Mr N Coxhoe")
    d.h("1 Apologies")
    d.p("Apologies for absence were received from Councillors P Framwellgate, S Lumley and T Shincliffe, and from "
        "Mr G Byers.")
    d.h("2 Substitute Members")
    d.p("There were no substitute members.")
    d.h("3 Minutes")
    d.p("The minutes of the meeting held on 11 March 2024 were agreed as a correct record and signed by the Chair.")
    d.record_res(None, "The minutes of the meeting held on 11 March 2024 were agreed as a correct record and signed "
                       "by the Chair.", "resolution")
    d.date("11 March 2024", "2024-03-11")
    d.h("4 Declarations of Interest")
    d.p("There were no declarations of interest.")
    d.h("5 Items from Co-opted Members or Interested Parties")
    d.p("There were no items from co-opted members or interested parties.")
    d.h("6 Elective Home Education")
    d.p("The Committee received a report of the Corporate Director of Children and Young People's Services which "
        "provided an update on children who are electively home educated in County Durham. The report was "
        "presented by Ian Waterhouses, Strategic Manager, Education Welfare and Inclusion, who explained that the "
        "number of children on the register had risen to 1,412 at 31 January 2024.")
    d.person("Ian Waterhouses", "Strategic Manager, Education Welfare and Inclusion", "officer")
    d.date("31 January 2024", "2024-01-31")
    d.p("Councillor Hett asked how many of the children had special educational needs. The Strategic Manager "
        "replied that around one in six were known to have needs at SEN support and that 38 had an EHC plan, and "
        "that each of these was reviewed with the family.")
    d.p("<b>Resolved:</b>")
    d.p("That the report be noted.")
    d.record_res(None, "That the report be noted.", "resolution")
    d.h("7 Children's Social Care Sufficiency Strategy")
    d.p("The Committee considered a report of the Corporate Director of Children and Young People's Services on "
        "the refreshed sufficiency strategy for children in care. Jane Pittington, Head of Children's Social Care, "
        "explained that the Council had opened two new children's homes since September 2023 and planned a third "
        "by December 2024.")
    d.person("Jane Pittington", "Head of Children's Social Care", "officer")
    d.date("September 2023", "2023-09")
    d.date("December 2024", "2024-12")
    d.p("<b>Resolved:</b>")
    d.res("(i)", "That the content of the report be noted.", "resolution")
    d.res("(ii)", "That the Committee receive a further update on the sufficiency strategy in six months' time.",
          "resolution")
    d.h("8 Overview and Scrutiny Work Programme 2024/25")
    d.p("The Committee considered a report of the Director of Legal and Democratic Services that sought agreement "
        "to the work programme for 2024/25.")
    d.p("<b>Resolved:</b>")
    d.res("(i)", "That the work programme for 2024/25 be agreed.", "resolution")
    d.res("(ii)", "That the outcome of the Area SEND inspection be added to the agenda for the meeting on "
                  "24 June 2024.", "resolution")
    d.add(PageBreak())

    d.h("Children and Young People's Overview and Scrutiny Committee")
    d.p("<b>24 June 2024</b>")
    d.h("Area SEND Inspection: Outcome and Priority Action Plan")
    d.p("<b>Report of John Hamsterley, Corporate Director of Children and Young People's Services</b>")
    d.person("John Hamsterley", "Corporate Director of Children and Young People's Services", "officer")
    d.p("<b>Councillor Tessa Bowburn, Cabinet Portfolio Holder for Children and Young People's Services</b>")
    d.person("Tessa Bowburn", "Cabinet Portfolio Holder for Children and Young People's Services", "member")
    d.p("<b>Electoral division(s) affected:</b> Countywide.")
    d.h("Purpose of the Report")
    d.p("1 To inform members of the outcome of the Area SEND inspection of County Durham Local Area Partnership, "
        "carried out by Ofsted and the Care Quality Commission (CQC) under the new framework, and of the priority "
        "action plan produced in response.")
    d.h("Executive summary")
    d.p("2 Ofsted and CQC inspected the local area partnership from 12 to 16 February 2024. The inspection report "
        "was published on 3 April 2024.")
    d.date("from 12 to 16 February 2024", "2024-02-12", "2024-02-16")
    d.date("3 April 2024", "2024-04-03")
    d.event("inspection", "2024-02-12", "2024-02-16",
            "Ofsted and CQC inspected the local area partnership from 12 to 16 February 2024")
    d.event("outcome-letter", "2024-04-03", None, "The inspection report was published on 3 April 2024.")
    d.p("3 The inspection found that the local area partnership's arrangements lead to inconsistent experiences "
        "and outcomes for children and young people with SEND, and that the partnership must work jointly to make "
        "improvements. This is the middle of the three possible outcomes. The next full inspection will take place "
        "within approximately three years.")
    d.p("4 Inspectors recognised many strengths, including the visible commitment of leaders, the strong "
        "relationship with the Parent Carer Forum and the effective early years inclusion service.")
    d.h("Recommendations")
    d.p("5 Members of the Children and Young People's Overview and Scrutiny Committee are recommended to:")
    d.res("(a)", "note the outcome of the Area SEND inspection and the areas for improvement identified;",
          "recommendation")
    d.res("(b)", "comment on the priority action plan at Appendix 2;", "recommendation")
    d.res("(c)", "agree to receive six-monthly progress reports on the priority action plan, the first in "
                 "December 2024.", "recommendation")
    d.h("Background")
    d.p("6 The area was last inspected under the 2016 framework between 27 November 2017 and 1 December 2017, "
        "when no Written Statement of Action was required. The new framework, introduced in January 2023, "
        "focuses on the impact of the partnership's arrangements on the experiences and outcomes of children "
        "and young people.")
    d.date("between 27 November 2017 and 1 December 2017", "2017-11-27", "2017-12-01")
    d.date("January 2023", "2023-01")
    d.event("inspection", "2017-11-27", "2017-12-01",
            "The area was last inspected under the 2016 framework between 27 November 2017 and 1 December 2017")
    d.p("7 The partnership was notified of the inspection on 5 February 2024. During the inspection, inspectors "
        "met children, young people, parents and carers, and leaders from education, health and social care. "
        "They undertook case tracking of 14 children and young people and reviewed the results of a survey "
        "completed by 1,180 families.")
    d.date("5 February 2024", "2024-02-05")
    d.h("Areas for improvement")
    d.p("8 The report identified the following areas for improvement:")
    for i, (text, themes) in enumerate((
            ("Leaders across the partnership should improve the timeliness of EHC needs assessments, so that more "
             "plans are issued within 20 weeks, and ensure that advice from health and social care is received on "
             "time.", ["ehc-plans"]),
            ("Leaders should ensure that annual reviews are completed on time and that EHC plans are updated to "
             "reflect children's changing needs, particularly at points of transition.", ["ehc-plans"]),
            ("The ICB and partners should reduce the waiting times for neurodevelopmental assessment and for "
             "speech and language therapy, and make sure that families receive support while they wait.",
             ["health-services"]),
            ("Leaders should strengthen the quality assurance of provision in mainstream schools, so that the "
             "needs of pupils receiving SEN support are identified and met consistently.",
             ["identification", "data-oversight"]),
            ("Leaders should improve the range of post-16 pathways, including supported internships, so that "
             "more young people with SEND are prepared for employment and independent living.",
             ["preparing-for-adulthood"])), 1):
        d.weak(text, themes, marker=f"8.{i}", style=NUMBERED)
    d.h("Priority action plan")
    d.p("9 Although the partnership was not required to submit a plan to Ofsted, it agreed a priority action plan "
        "at the SEND and Inclusion Partnership Board on 9 May 2024, and published it on the Local Offer on "
        "20 May 2024. The plan is summarised at Appendix 2.")
    d.date("9 May 2024", "2024-05-09")
    d.date("20 May 2024", "2024-05-20")
    d.event("progress-plan", "2024-05-09", None,
            "it agreed a priority action plan at the SEND and Inclusion Partnership Board on 9 May 2024")
    d.event("progress-plan", "2024-05-20", None, "published it on the Local Offer on 20 May 2024")
    d.p("10 The plan will be monitored by the SEND and Inclusion Partnership Board, chaired jointly by the "
        "Corporate Director and Dr Mei-Ling Trimdon, Director of Nursing, North East and North Cumbria ICB "
        "(County Durham place). The Department for Education's SEND adviser will hold a stocktake meeting "
        "with the partnership in October 2024.")
    d.person("Mei-Ling Trimdon", "Director of Nursing, North East and North Cumbria ICB (County Durham place)",
             "officer")
    d.date("October 2024", "2024-10")
    d.event("monitoring", "2024-10", None, "The Department for Education's SEND adviser will hold a stocktake "
            "meeting with the partnership in October 2024.")
    d.h("Conclusion")
    d.p("11 The outcome confirms that the partnership understands its strengths and weaknesses. The priority "
        "action plan sets out how the areas for improvement will be addressed over the next 18 months.")
    d.h("Background papers")
    d.p("&bull; Area SEND inspection of County Durham Local Area Partnership, Ofsted and CQC, 3 April 2024", BULLET)
    d.p("&bull; Report to Cabinet, Area SEND inspection outcome, 15 May 2024", BULLET)
    d.date("15 May 2024", "2024-05-15")
    d.h("Other useful documents")
    d.p("None.")
    d.p("<b>Author:</b> Rachel Quebec, Head of SEND and Inclusion. Tel: 03000 265 881")
    d.person("Rachel Quebec", "Head of SEND and Inclusion", "officer", None, "03000 265 881")
    d.add(PageBreak())
    d.h("Appendix 1: Implications")
    d.p("<b>Legal Implications</b> - The Children and Families Act 2014 places duties on the Council and the ICB "
        "to work jointly for children and young people with SEND. There are no direct legal implications arising "
        "from this report.")
    d.p("<b>Finance</b> - The actions in the plan are funded from existing budgets, including the High Needs "
        "Block of the Dedicated Schools Grant, which is forecast to overspend in 2024/25.")
    d.p("<b>Consultation</b> - The plan was developed with the Parent Carer Forum and the young people's SEND "
        "participation group, Durham Voices, at workshops held between 22 April 2024 and 3 May 2024.")
    d.date("between 22 April 2024 and 3 May 2024", "2024-04-22", "2024-05-03")
    d.p("<b>Equality and Diversity / Public Sector Equality Duty</b> - The plan aims to improve outcomes for "
        "children and young people with a protected characteristic of disability.")
    d.p("<b>Climate Change; Human Rights; Crime and Disorder; Staffing; Accommodation; Risk; Procurement</b> - "
        "None.")
    d.h("Appendix 2: Priority action plan summary")
    plan = [["Area for improvement", "Key actions", "Lead", "By when", "RAG"]]
    rows = (
        ("1. Timeliness of EHC needs assessments",
         "Recruit four additional educational psychologists; introduce a multi-agency panel tracker; weekly "
         "monitoring of health and care advice returns", "Head of SEND and Inclusion", "March 2025", "Amber"),
        ("2. Annual reviews", "Recovery plan for overdue reviews; phase transfer reviews completed by "
         "15 February each year; new review paperwork co-produced with families", "SEND Casework Manager",
         "December 2024", "Amber"),
        ("3. Neurodevelopmental and speech and language waits",
         "Commission additional assessment capacity; 'waiting well' offer for families; speech and language "
         "drop-ins in family hubs", "Director of Nursing, ICB", "September 2025", "Red"),
        ("4. Quality assurance of SEN support", "Launch the Ordinarily Available Provision guidance; termly "
         "SENCo network audits; targeted visits to schools with high exclusion rates",
         "Strategic Manager, Education Welfare and Inclusion", "July 2025", "Green"),
        ("5. Post-16 pathways", "Double the number of supported internships; preparing for adulthood reviews "
         "from Year 9; travel training offer", "Head of Education and Skills", "September 2025", "Amber"),
    )
    for row in rows:
        plan.append(list(row))
    d.table(plan, [3.6 * cm, 6.0 * cm, 3.2 * cm, 2.2 * cm, 1.2 * cm], split_in_row=True)
    d.date("March 2025", "2025-03")
    d.date("September 2025", "2025-09")
    d.date("July 2025", "2025-07")
    d.p("RAG: Green - on track; Amber - some risk to delivery; Red - significant risk to delivery.", SMALL)
    return d


# ------------------------------------------------------------------------------------------------------------------
# 3. Liverpool: Cabinet report with the priority action plan as a ruled appendix table over pages
# ------------------------------------------------------------------------------------------------------------------

def liverpool_cabinet() -> Doc:
    d = Doc(
        "liverpool/round33-2025-03-21-cabinet/SEND Priority Action Plan - Cabinet report.pdf",
        {"council": "Liverpool City Council", "council_slug": "liverpool", "committee": "Cabinet",
         "meeting_date": "2025-03-21", "title": "SEND Priority Action Plan - Cabinet report",
         "source_kind": "committee-report",
         "url": "https://councillors.liverpool.gov.uk/documents/s330912/SEND%20Priority%20Action%20Plan%20-%20"
                "Cabinet%20report.pdf"},
        {"council": "Liverpool City Council", "committee": "Cabinet", "date": "2025-03-21"},
        "LIVERPOOL CITY COUNCIL", "Cabinet - 21 March 2025", "OFFICIAL")
    d.title("LIVERPOOL CITY COUNCIL")
    rows = [["Report to:", "Cabinet"],
            ["Date of meeting:", "Friday 21 March 2025"],
            ["Report of:", "Corporate Director of Children's Services"],
            ["Portfolio:", "Children's Services and Education - Councillor Leanne Everton"],
            ["Report author:", "Siobhan Kirkdale, Director of Education and SEND. Email: "
                               "siobhan.kirkdale@liverpool.gov.uk; tel: 0151 233 4187"],
            ["Wards affected:", "All"],
            ["Key decision:", "Yes. Included in the Forward Plan published on 14 February 2025."],
            ["Exempt:", "No"]]
    d.table(rows, [4 * cm, 12.2 * cm], header=False)
    d.date("Friday 21 March 2025", "2025-03-21")
    d.date("14 February 2025", "2025-02-14")
    d.person("Leanne Everton", "Children's Services and Education", "member")
    d.person("Siobhan Kirkdale", "Director of Education and SEND", "officer", "siobhan.kirkdale@liverpool.gov.uk",
             "0151 233 4187")
    d.h("Title: Local Area SEND Inspection - Priority Action Plan")
    d.h("1. Purpose of the report")
    d.p("1.1 To inform Cabinet of the outcome of the inspection of the Liverpool local area partnership's "
        "arrangements for children and young people with special educational needs and/or disabilities (SEND), "
        "and to seek approval of the Priority Action Plan submitted to Ofsted in response.")
    d.h("2. Recommendations")
    d.p("2.1 Cabinet is recommended to:")
    d.res("(a)", "Note the outcome of the Area SEND inspection published on 10 January 2025, which found "
                 "widespread and/or systemic failings leading to significant concerns about the experiences and "
                 "outcomes of children and young people with SEND;", "recommendation", style=HANG)
    d.res("(b)", "Approve the Priority Action Plan at Appendix A, submitted to Ofsted on 28 February 2025;",
          "recommendation", style=HANG)
    d.res("(c)", "Note the additional investment of £3.2m in 2025/26 to support delivery of the plan, as agreed "
                 "in the budget set by Council on 5 March 2025;", "recommendation", style=HANG)
    d.res("(d)", "Delegate authority to the Corporate Director of Children's Services, in consultation with the "
                 "Cabinet Member for Children's Services and Education, to agree amendments to the plan arising "
                 "from monitoring by the Department for Education and NHS England.", "recommendation", style=HANG)
    d.date("10 January 2025", "2025-01-10")
    d.date("28 February 2025", "2025-02-28")
    d.date("5 March 2025", "2025-03-05")
    d.event("outcome-letter", "2025-01-10", None, "the Area SEND inspection published on 10 January 2025")
    d.event("progress-plan", "2025-02-28", None, "the Priority Action Plan at Appendix A, submitted to Ofsted on "
            "28 February 2025")
    d.h("3. Reasons for the recommendations")
    d.p("3.1 Where an inspection finds widespread and/or systemic failings, the local area partnership must "
        "prepare and submit a Priority Action Plan setting out how it will address the areas for priority action. "
        "The plan must be owned by the Council and the NHS Cheshire and Merseyside Integrated Care Board jointly, "
        "and Cabinet's approval gives it democratic accountability.")
    d.h("4. Background")
    d.p("4.1 Ofsted and the Care Quality Commission inspected the local area partnership between 18 November 2024 "
        "and 6 December 2024 under the framework for area SEND inspections introduced in January 2023. The lead "
        "inspector was Ms Rosalind Anfield HMI, with a CQC children's services inspector. The partnership had "
        "previously been inspected under the 2016 framework in May 2018, when a Written Statement of Action had "
        "been required, and re-visited between 9 and 11 November 2021.")
    d.date("between 18 November 2024 and 6 December 2024", "2024-11-18", "2024-12-06")
    d.date("January 2023", "2023-01")
    d.date("May 2018", "2018-05")
    d.date("between 9 and 11 November 2021", "2021-11-09", "2021-11-11")
    d.person("Rosalind Anfield", "HMI", "other")
    d.event("inspection", "2024-11-18", "2024-12-06", "Ofsted and the Care Quality Commission inspected the local "
            "area partnership between 18 November 2024 and 6 December 2024")
    d.event("inspection", "2018-05", None, "The partnership had previously been inspected under the 2016 "
            "framework in May 2018")
    d.event("revisit", "2021-11-09", "2021-11-11", "re-visited between 9 and 11 November 2021")
    d.p("4.2 The inspection report identified the following areas for priority action:")
    for i, (text, themes) in enumerate((
            ("Leaders across education, health and care must urgently establish a shared strategy for SEND, with "
             "clear governance and accountability, and use accurate information about children's needs to plan "
             "and commission services.", ["leadership-governance", "joint-commissioning"]),
            ("Leaders must improve the timeliness and quality of EHC plans, so that children's needs are "
             "accurately described and the provision to meet them is specified and delivered.", ["ehc-plans"]),
            ("The ICB must reduce the unacceptable waiting times for autism and ADHD assessments and for "
             "children's community therapies.", ["health-services"])), 1):
        d.weak(text, themes, marker=f"{i}.", style=NUMBERED)
    d.p("4.3 The report also identified these areas for improvement:")
    for text, themes in (
            ("Leaders should work with schools to reduce the use of part-time timetables and the rate of "
             "suspensions of children with SEND.", ["inclusion-provision"]),
            ("Leaders should improve communication with parents and carers, so that they know what support is "
             "available and are kept informed while they wait for assessments.", ["co-production"]),
            ("Leaders should make sure that young people aged 16 to 25 have access to a wider range of "
             "pathways into employment and adult life.", ["preparing-for-adulthood"])):
        d.weak(text, themes)
    d.p("4.4 Inspectors also recognised the strength of the early years inclusion team and the commitment of "
        "frontline practitioners.")
    d.h("5. The Priority Action Plan")
    d.p("5.1 The plan was co-produced with the Liverpool Parent Carer Forum, whose chair, Mrs Bernadette Walton, "
        "sits on the SEND Improvement Board, and with young people from the Liverpool Listens group. Each area "
        "for priority action has a named senior responsible officer, measures of impact and milestones. The plan "
        "was considered by the SEND Improvement Board on 19 February 2025.")
    d.person("Bernadette Walton", "chair", "other")
    d.date("19 February 2025", "2025-02-19")
    d.p("5.2 The SEND Improvement Board is chaired independently by Mr Alan Garston, appointed by the Department "
        "for Education in February 2025. The Department for Education and NHS England will hold the first "
        "monitoring review of the plan in June 2025, and reviews every six months thereafter. Ofsted and CQC will "
        "carry out monitoring inspections, and a full reinspection is expected within approximately three "
        "years.")
    d.person("Alan Garston", None, "other")
    d.date("February 2025", "2025-02")
    d.date("June 2025", "2025-06")
    d.event("monitoring", "2025-06", None, "The Department for Education and NHS England will hold the first "
            "monitoring review of the plan in June 2025")
    d.h("6. Financial implications")
    d.p("6.1 The additional investment of £3.2m in 2025/26 will fund educational psychologists, EHC plan "
        "co-ordinators and a parent engagement team. The High Needs Block of the Dedicated Schools Grant carried a "
        "cumulative deficit of £24.6m at 31 March 2024.")
    d.date("31 March 2024", "2024-03-31")
    d.p("<i>Financial implications provided by Gareth Dingle, Finance Business Partner, Children's Services, "
        "12 March 2025.</i>")
    d.person("Gareth Dingle", "Finance Business Partner, Children's Services", "officer")
    d.date("12 March 2025", "2025-03-12")
    d.h("7. Legal implications")
    d.p("7.1 The Council's duties are set out in Part 3 of the Children and Families Act 2014 and the SEND Code of "
        "Practice. Failure to secure improvement could lead the Secretary of State to issue a statutory direction "
        "under section 497A of the Education Act 1996.")
    d.p("<i>Legal implications provided by Farah Aigburth, Principal Solicitor, 11 March 2025.</i>")
    d.person("Farah Aigburth", "Principal Solicitor", "officer")
    d.date("11 March 2025", "2025-03-11")
    d.h("8. Risks")
    risks = [["Risk", "Likelihood", "Impact", "Mitigation"],
             ["Recruitment of educational psychologists is slower than planned", "High", "High",
              "Regional recruitment campaign; use of associate psychologists"],
             ["Health waiting times do not fall because demand keeps rising", "High", "High",
              "ICB recovery trajectory monitored monthly by the Improvement Board"],
             ["Parents' confidence does not improve", "Medium", "High",
              "Parent engagement team; termly 'you said, we did' updates"]]
    d.table(risks, [6 * cm, 2.2 * cm, 2 * cm, 6 * cm])
    d.h("9. Consultation")
    d.p("9.1 The plan was shared with the Children and Young People Select Committee on 4 March 2025 and with "
        "headteachers at the Schools Forum on 6 March 2025.")
    d.date("4 March 2025", "2025-03-04")
    d.date("6 March 2025", "2025-03-06")
    d.h("10. Background papers")
    d.p("Area SEND inspection of Liverpool Local Area Partnership, Ofsted and CQC, 10 January 2025.<br/>"
        "Liverpool Revisit outcome letter, Ofsted and CQC, 20 December 2021.")
    d.date("20 December 2021", "2021-12-20")
    d.event("revisit-outcome", "2021-12-20", None, "Liverpool Revisit outcome letter, Ofsted and CQC, "
            "20 December 2021")
    d.add(PageBreak())
    d.h("Appendix A: Liverpool Local Area Partnership - SEND Priority Action Plan (summary tracker)")
    d.p("Status at 28 February 2025. RAG: R - not started or off track; A - started, some risk; G - on track; "
        "B - complete.", SMALL)
    plan = [["Ref", "Priority", "Action", "Owner", "Milestone", "RAG"]]
    actions = (
        ("PA1.1", "Strategy and governance", "Agree a joint SEND and Inclusion Strategy with the ICB, co-produced "
         "with families", "Corporate Director of Children's Services", "June 2025", "A"),
        ("PA1.2", "Strategy and governance", "Establish the SEND Improvement Board with an independent chair and "
         "agreed terms of reference", "Chief Executive", "February 2025", "B"),
        ("PA1.3", "Strategy and governance", "Publish a joint SEND dashboard covering needs, timeliness, "
         "waiting times and outcomes, reported to the Board monthly", "Head of Performance", "May 2025", "A"),
        ("PA1.4", "Strategy and governance", "Complete a joint strategic needs assessment for SEND to inform "
         "commissioning", "Director of Public Health", "September 2025", "R"),
        ("PA2.1", "EHC plans", "Clear the backlog of 640 needs assessments over 20 weeks through additional "
         "assessment capacity", "Director of Education and SEND", "October 2025", "A"),
        ("PA2.2", "EHC plans", "Introduce a quality assurance framework for EHC plans with multi-agency audits "
         "each month", "Head of SEND Statutory Services", "April 2025", "G"),
        ("PA2.3", "EHC plans", "Agree service standards with health and social care for advice returned within "
         "six weeks", "Designated Clinical Officer", "May 2025", "A"),
        ("PA2.4", "EHC plans", "Complete overdue annual reviews, prioritising children moving between phases",
         "Head of SEND Statutory Services", "December 2025", "R"),
        ("PA3.1", "Health waiting times", "Commission additional autism and ADHD assessment capacity from an "
         "independent provider", "ICB Associate Director of Commissioning", "July 2025", "A"),
        ("PA3.2", "Health waiting times", "Launch a 'waiting well' offer with the Parent Carer Forum, including "
         "workshops and a helpline", "ICB Associate Director of Commissioning", "April 2025", "G"),
        ("PA3.3", "Health waiting times", "Reduce the wait for children's speech and language therapy to 18 "
         "weeks", "Alder Hey Director of Community Services", "March 2026", "R"),
        ("AI1", "Inclusion", "Review every part-time timetable of a child with SEND with the school each half "
         "term", "Head of Inclusion", "Ongoing from April 2025", "A"),
        ("AI2", "Communication", "Publish a monthly SEND newsletter and refresh the Local Offer website",
         "Head of Participation", "April 2025", "G"),
        ("AI3", "Preparing for adulthood", "Increase supported internships from 45 to 90 places",
         "Head of Skills and Employment", "September 2026", "A"),
    )
    for row in actions:
        plan.append(list(row))
    d.table(plan, [1.5 * cm, 2.7 * cm, 5.2 * cm, 3.3 * cm, 2.4 * cm, 1.1 * cm], split_in_row=True)
    for text, iso in (("June 2025", None), ("May 2025", "2025-05"), ("September 2025", "2025-09"),
                      ("October 2025", "2025-10"), ("April 2025", "2025-04"), ("December 2025", "2025-12"),
                      ("July 2025", "2025-07"), ("March 2026", "2026-03"), ("September 2026", "2026-09")):
        if iso:
            d.date(text, iso)
    d.p("Senior responsible officers for the plan: Corporate Director of Children's Services, Dr Kwame Bootle "
        "(Executive Director of Nursing and Care, NHS Cheshire and Merseyside ICB, Liverpool place) and "
        "Chris Wavertree (Assistant Director, Children's Social Care).")
    d.person("Kwame Bootle", "Executive Director of Nursing and Care, NHS Cheshire and Merseyside ICB, Liverpool "
             "place", "officer")
    d.person("Chris Wavertree", "Assistant Director, Children's Social Care", "officer")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 4. Camden: minutes of the Health and Wellbeing Board, with an action log
# ------------------------------------------------------------------------------------------------------------------

def camden_board() -> Doc:
    d = Doc(
        "camden/round33-2025-09-24-health-and-wellbeing-board/Printed minutes 16th-Jul-2025 Health and Wellbeing "
        "Board.pdf",
        {"council": "London Borough of Camden", "council_slug": "camden", "committee": "Health and Wellbeing Board",
         "meeting_date": "2025-09-24", "title": "Printed minutes, 16/07/2025 14:30",
         "source_kind": "committee-report",
         "url": "https://democracy.camden.gov.uk/documents/g12241/Printed%20minutes%2016th-Jul-2025%2014.30%20"
                "Health%20and%20Wellbeing%20Board.pdf"},
        {"council": "London Borough of Camden", "committee": "Health and Wellbeing Board", "date": "2025-07-16"},
        "Health and Wellbeing Board - Wednesday, 16th July, 2025", "London Borough of Camden",
        "Minutes are subject to confirmation at the next meeting")
    d.title("THE LONDON BOROUGH OF CAMDEN")
    d.p("At a meeting of the <b>HEALTH AND WELLBEING BOARD</b> held on <b>WEDNESDAY, 16TH JULY, 2025</b> at "
        "2.30 pm in Committee Room 1, Crowndale Centre, 218 Eversholt Street, London NW1 1BD")
    d.date("WEDNESDAY, 16TH JULY, 2025", "2025-07-16")
    d.h("MEMBERS OF THE BOARD PRESENT")
    present = [
        ("Councillor Anjali Primrose", "Chair, Cabinet Member for Health, Wellbeing and Adult Social Care", "member"),
        ("Councillor Hugh Belsize", "Cabinet Member for Best Start for Children and Families", "member"),
        ("Councillor Danielle Fortune", "Opposition group representative", "member"),
        ("Dr Olu Kentish", "Vice-Chair, Borough Clinical Director, NHS North Central London ICB", "officer"),
        ("Marianne Holborn", "Executive Director Adults and Health", "officer"),
        ("Ruth Gospel", "Director of Public Health", "officer"),
        ("Tobias Frognal", "Executive Director Supporting People (Children)", "officer"),
        ("Sade Agar", "Chief Executive, Healthwatch Camden", "other"),
        ("Padraig Chalcot", "Director of Strategy, Central and North West London NHS Foundation Trust", "officer"),
        ("Leila Dartmouth", "Co-chair, Camden Parent Carer Forum", "other"),
    ]
    d.table([[n, r] for n, r, _ in present], [6.2 * cm, 10 * cm], header=False, grid=False)
    for n, r, k in present:
        d.person(n.replace("Councillor ", "").replace("Dr ", ""), r, k)
    d.h("ALSO PRESENT")
    also = [("Councillor Imran Swiss", "Chair, Children, Schools and Families Scrutiny Committee", "member"),
            ("Harriet Coram", "Director of Education", "officer"),
            ("Dr Nnamdi Tufnell", "Designated Clinical Officer for SEND, NHS North Central London ICB", "officer"),
            ("Bethan Agar-Grove", "Head of SEND", "officer"),
            ("Kofi Mornington", "Strategic Commissioning Manager, Adults and Health", "officer"),
            ("Yusuf Regent", "Committee Services", "officer")]
    d.table([[n, r] for n, r, _ in also], [6.2 * cm, 10 * cm], header=False, grid=False)
    for n, r, k in also:
        d.person(n.replace("Councillor ", "").replace("Dr ", ""), r, k)
    d.p("The minutes should be read in conjunction with the agenda for the meeting. They are subject to approval "
        "at the next meeting of the Health and Wellbeing Board.")
    d.h("MINUTES")
    d.h("1. APOLOGIES")
    d.p("Apologies for absence were received from Councillor Richard Somers-Town and from Dr Grace Highgate "
        "(Chief Executive, Royal Free London NHS Foundation Trust), who was represented by Padraig Chalcot.")
    d.person("Richard Somers-Town", None, "member")
    d.person("Grace Highgate", "Chief Executive, Royal Free London NHS Foundation Trust", "officer")
    d.h("2. DECLARATIONS BY MEMBERS OF PECUNIARY, NON-PECUNIARY AND OTHER INTERESTS IN RESPECT OF ITEMS ON THIS "
        "AGENDA")
    d.p("Leila Dartmouth declared, in relation to item 6, that her son has an education, health and care plan "
        "and attends a Camden special school.")
    d.h("3. ANNOUNCEMENTS")
    d.p("The Chair welcomed Marianne Holborn to her first meeting of the Board since taking up post on "
        "2 June 2025, and reminded the Board that the Camden Health and Care Summit would be held on "
        "Thursday 9 October 2025 at the Crick Institute.")
    d.date("2 June 2025", "2025-06-02")
    d.date("Thursday 9 October 2025", "2025-10-09")
    d.h("4. NOTIFICATION OF ANY ITEMS OF BUSINESS THAT THE CHAIR CONSIDERS URGENT")
    d.p("There was no notification of any urgent business.")
    d.h("5. MINUTES")
    d.p("Consideration was given to the minutes of the meeting held on 23rd April 2025.")
    d.date("23rd April 2025", "2025-04-23")
    d.res(None, "THAT the minutes of the meeting held on 23rd April 2025 be approved and signed as a correct "
                "record.", "resolution", lead="<b>RESOLVED –</b>", style=BODY)
    d.h("6. AREA SEND INSPECTION OF THE CAMDEN LOCAL AREA PARTNERSHIP: OUTCOME AND NEXT STEPS")
    d.p("Consideration was given to a joint report of the Executive Director Supporting People (Children) and the "
        "Borough Clinical Director, NHS North Central London ICB.")
    d.p("The Director of Education introduced the report. Ofsted and the Care Quality Commission had carried out "
        "a full inspection of the Camden local area partnership from 3rd to 7th March 2025 under the area SEND "
        "inspection framework introduced in 2023, having given notice on 24th February 2025. The report, "
        "published on 2nd May 2025, found that the partnership's arrangements typically lead to positive "
        "experiences and outcomes for children and young people with SEND, the highest of the three outcomes. "
        "The partnership had last been inspected in June 2018, under the previous framework, when no Written "
        "Statement of Action had been required. The next full inspection would take place within approximately "
        "five years, with an engagement meeting with Ofsted and CQC expected in spring 2026.")
    d.date("from 3rd to 7th March 2025", "2025-03-03", "2025-03-07")
    d.date("24th February 2025", "2025-02-24")
    d.date("2nd May 2025", "2025-05-02")
    d.date("June 2018", "2018-06")
    d.event("inspection", "2025-03-03", "2025-03-07", "Ofsted and the Care Quality Commission had carried out a "
            "full inspection of the Camden local area partnership from 3rd to 7th March 2025")
    d.event("outcome-letter", "2025-05-02", None, "The report, published on 2nd May 2025, found that the "
            "partnership's arrangements typically lead to positive experiences and outcomes")
    d.event("inspection", "2018-06", None, "The partnership had last been inspected in June 2018, under the "
            "previous framework")
    d.p("Inspectors had recognised strong joint leadership, the quality of the specialist provision in the "
        "borough and the work of the Camden Parent Carer Forum. The report identified three areas for improvement, "
        "which the partnership was expected to address, and to which the Board's attention was drawn:")
    d.weak("Leaders should reduce the time families wait for an autism assessment for children over the age of "
           "five, and make sure that families are well supported while they wait.", ["health-services"],
           marker="a)")
    d.weak("Leaders should make sure that the contributions of health and social care professionals to EHC plans "
           "are consistently specific and are updated at annual reviews.", ["ehc-plans"], marker="b)")
    d.weak("Leaders should improve the way in which they gather and use information on the outcomes of young "
           "people with SEND after the age of 16, so that they can plan a wider range of post-16 provision.",
           ["preparing-for-adulthood", "data-oversight"], marker="c)")
    d.p("Dr Tufnell reported that the ICB had agreed, at its Camden borough partnership meeting on "
        "26th June 2025, to fund additional capacity for autism assessment for over-fives from "
        "1st September 2025 to 31st March 2026, with the aim of halving the longest waits. Bethan Agar-Grove "
        "described the annual review audit programme and the new multi-agency quality assurance panel.")
    d.date("26th June 2025", "2025-06-26")
    d.date("1st September 2025 to 31st March 2026", "2025-09-01", "2026-03-31")
    d.p("Leila Dartmouth said that parents were pleased that the inspection had reflected their experience, but "
        "that waiting for an autism assessment remained the most common concern raised with the Forum. She asked "
        "that the Forum be involved in designing the 'waiting well' support. Councillor Swiss said that the "
        "Children, Schools and Families Scrutiny Committee would consider the improvement plan at its meeting on "
        "22nd September 2025.")
    d.date("22nd September 2025", "2025-09-22")
    d.p("Board members discussed the following:")
    for text in ("the role of the Board in holding the partnership to account for the areas for improvement;",
                 "how information on post-16 destinations could be shared between colleges, the Council and "
                 "the ICB;",
                 "the importance of family hubs as a place where families could get advice while waiting."):
        d.p("&bull; " + text, BULLET)
    d.p("<b>RESOLVED –</b>")
    d.res("(i)", "THAT the outcome of the Area SEND inspection be noted, and the Board's congratulations be passed "
                 "to all staff, schools and families involved;", "resolution")
    d.res("(ii)", "THAT the SEND improvement plan be brought to the Board at its meeting on 26th November 2025;",
          "resolution")
    d.res("(iii)", "THAT the Camden Parent Carer Forum be invited to co-design the support offered to families "
                   "waiting for an autism assessment.", "resolution")
    d.date("26th November 2025", "2025-11-26")
    d.h("7. CAMDEN BETTER CARE FUND PLAN")
    d.p("Consideration was given to a report of the Executive Director Adults and Health. Kofi Mornington "
        "explained that the national deadline for submission of the plan had been 31st March 2025 and that the "
        "plan had been submitted under delegated authority, subject to the Board's ratification.")
    d.date("31st March 2025", "2025-03-31")
    d.p("The Board noted that the plan continued to fund the discharge to assess service, the community equipment "
        "service and carers' breaks.")
    d.res(None, "THAT the Camden Better Care Fund Plan, as submitted to NHS England, be ratified.", "resolution",
          lead="<b>RESOLVED –</b>", style=BODY)
    d.h("8. PHARMACEUTICAL NEEDS ASSESSMENT 2025")
    d.p("The Director of Public Health introduced the draft Pharmaceutical Needs Assessment. Public consultation "
        "had run from 14th April 2025 to 13th June 2025 and had received 212 responses. No gaps in provision "
        "had been identified, although opening hours in two neighbourhoods on Sundays were limited.")
    d.date("14th April 2025 to 13th June 2025", "2025-04-14", "2025-06-13")
    d.p("<b>RESOLVED –</b>")
    d.res("(i)", "THAT the Pharmaceutical Needs Assessment 2025 be approved for publication;", "resolution")
    d.res("(ii)", "THAT authority be delegated to the Director of Public Health to make minor amendments before "
                  "publication by 1st October 2025.", "resolution")
    d.date("1st October 2025", "2025-10-01")
    d.h("9. JOINT HEALTH AND WELLBEING STRATEGY: ANNUAL REPORT")
    d.p("Ruth Gospel presented the annual report on the Joint Health and Wellbeing Strategy 2022-2030, which set "
        "out progress on mental health, healthy weight and the best start in life. Sade Agar welcomed the focus on "
        "children's mental health and asked that Healthwatch's young people's survey, published in May 2025, be "
        "reflected in next year's report.")
    d.date("May 2025", "2025-05")
    d.p("The Board agreed to note the report.")
    d.record_res(None, "The Board agreed to note the report.", "resolution")
    d.h("10. FORWARD PLAN")
    d.p("The Board considered its forward plan for the municipal year.")
    d.res(None, "THAT the forward plan be agreed, with the addition of the SEND improvement plan and the "
                "children's mental health transformation plan.", "resolution", lead="<b>RESOLVED –</b>",
          style=BODY)
    d.h("11. ANY OTHER BUSINESS THAT THE CHAIR CONSIDERS URGENT")
    d.p("There was no other business.")
    d.p("The meeting ended at 4.40 pm.")
    d.p("<b>CHAIR</b>")
    d.p("Contact Officer: Yusuf Regent<br/>Telephone: 020 7974 6418<br/>E-Mail: yusuf.regent@camden.gov.uk")
    d.people[[p["name"] for p in d.people].index("Yusuf Regent")].update(
        {"email": "yusuf.regent@camden.gov.uk", "phone": "020 7974 6418"})
    d.p("MINUTES END")
    d.add(PageBreak())
    d.h("ACTION LOG - HEALTH AND WELLBEING BOARD, 16/07/2025")
    log = [["No.", "Minute", "Action", "Owner", "Due", "Status"],
           ["HWB 25/07", "6", "Bring the SEND improvement plan to the Board", "Tobias Frognal / Dr Olu Kentish",
            "26/11/2025", "Open"],
           ["HWB 25/08", "6", "Invite the Parent Carer Forum to co-design 'waiting well' support", "Dr Nnamdi Tufnell",
            "30/09/2025", "Open"],
           ["HWB 25/09", "8", "Publish the Pharmaceutical Needs Assessment 2025", "Ruth Gospel", "01/10/2025",
            "Open"],
           ["HWB 25/03", "5 (23 April)", "Circulate the winter vaccination uptake data by ward", "Ruth Gospel",
            "30/06/2025", "Complete"],
           ["HWB 25/05", "7 (23 April)", "Report on the Camden carers' strategy refresh", "Marianne Holborn",
            "26/11/2025", "On track"]]
    d.table(log, [1.9 * cm, 1.8 * cm, 5.3 * cm, 3.4 * cm, 2.2 * cm, 1.6 * cm])
    d.date("30/09/2025", "2025-09-30")
    d.date("30/06/2025", "2025-06-30")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 5. Leicestershire: scrutiny report on the Written Statement of Action, with a progress appendix over pages
# ------------------------------------------------------------------------------------------------------------------

def leicestershire_report() -> Doc:
    d = Doc(
        "leicestershire/round33-2021-09-06-children-and-families-overview-and-scrutiny-committee/"
        "SEND Written Statement of Action Progress Report.pdf",
        {"council": "Leicestershire County Council", "council_slug": "leicestershire",
         "committee": "Children and Families Overview and Scrutiny Committee", "meeting_date": "2021-09-06",
         "title": "SEND Written Statement of Action Progress Report", "source_kind": "committee-report",
         "url": "https://politics.leics.gov.uk/documents/s163320/SEND%20Written%20Statement%20of%20Action%20"
                "Progress%20Report.pdf"},
        {"council": "Leicestershire County Council", "committee": "Children and Families Overview and Scrutiny "
         "Committee", "date": "2021-09-06"},
        "", "", "", page_label="{n}")
    d.footer_centre = ""
    d.title("CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY COMMITTEE: 6 SEPTEMBER 2021")
    d.date("6 SEPTEMBER 2021", "2021-09-06")
    d.h("REPORT OF THE DIRECTOR OF CHILDREN AND FAMILY SERVICES")
    d.h("SPECIAL EDUCATIONAL NEEDS AND DISABILITIES: PROGRESS AGAINST THE WRITTEN STATEMENT OF ACTION")
    d.h("<u>Purpose of the Report</u>")
    d.p("1. The purpose of this report is to update the Committee on the progress made by the local area against "
        "the Written Statement of Action (WSoA) following the joint Ofsted and Care Quality Commission (CQC) "
        "inspection of special educational needs and disabilities (SEND), and on preparations for the re-visit.",
        NUMBERED)
    d.h("<u>Policy Framework and Previous Decisions</u>")
    d.p("2. The local area SEND inspection framework was introduced in May 2016 under section 20 of the Children "
        "Act 2004. The Committee last considered progress on the WSoA at its meeting on 1 March 2021, when it "
        "asked for a further report before the re-visit.", NUMBERED)
    d.date("May 2016", "2016-05")
    d.date("1 March 2021", "2021-03-01")
    d.p("3. The Cabinet approved the High Needs Development Plan on 22 September 2020, which sets out how the "
        "Council will bring expenditure within the High Needs Block into balance.", NUMBERED)
    d.date("22 September 2020", "2020-09-22")
    d.h("<u>Background</u>")
    d.p("4. Leicestershire's local area was inspected by Ofsted and the CQC between 26 November and 30 November "
        "2018. The inspection letter was published on 25 January 2019 and required the Council and the then "
        "Clinical Commissioning Groups (CCGs) to submit a WSoA, because of significant concerns about the "
        "effectiveness of the local area. The WSoA was submitted on 30 April 2019 and was declared fit for "
        "purpose on 24 June 2019.", NUMBERED)
    d.date("between 26 November and 30 November 2018", "2018-11-26", "2018-11-30")
    d.date("25 January 2019", "2019-01-25")
    d.date("30 April 2019", "2019-04-30")
    d.date("24 June 2019", "2019-06-24")
    d.event("inspection", "2018-11-26", "2018-11-30", "Leicestershire's local area was inspected by Ofsted and "
            "the CQC between 26 November and 30 November 2018")
    d.event("outcome-letter", "2019-01-25", None, "The inspection letter was published on 25 January 2019")
    d.event("wsoa-submitted", "2019-04-30", None, "The WSoA was submitted on 30 April 2019")
    d.event("wsoa-approved", "2019-06-24", None, "was declared fit for purpose on 24 June 2019")
    d.p("5. The inspection identified four areas of significant weakness, which are set out in the first column "
        "of the progress summary at Appendix A together with the progress made against each of them.",
        NUMBERED)
    d.p("6. Re-visits were paused during the Covid-19 pandemic. The Department for Education (DfE) and NHS "
        "England have continued to monitor progress, most recently at a review meeting held on 14 July 2021. The "
        "DfE's SEND adviser, Mrs Jean Oadby, noted that good progress had been made on the timeliness of EHC "
        "plans but that the local area must continue to improve communication with parents.", NUMBERED)
    d.date("14 July 2021", "2021-07-14")
    d.event("monitoring", "2021-07-14", None, "The Department for Education (DfE) and NHS England have continued "
            "to monitor progress, most recently at a review meeting held on 14 July 2021.")
    d.person("Jean Oadby", "The DfE's SEND adviser", "officer")
    d.p("7. Ofsted has confirmed that re-visits will resume from the autumn term. The local area expects to be "
        "re-visited between October 2021 and March 2022, and is preparing an evidence base and a self-evaluation "
        "for that purpose.", NUMBERED)
    d.date("between October 2021 and March 2022", "2021-10", "2022-03")
    d.event("revisit", "2021-10", "2022-03", "The local area expects to be re-visited between October 2021 and "
            "March 2022")
    d.h("<u>Progress since the last report</u>")
    d.p("8. The proportion of new EHC plans issued within 20 weeks has risen from 21% in 2019 to 64% in the six "
        "months to 30 June 2021. The SEND Assessment Service was restructured in January 2021 and now has "
        "dedicated teams for each locality.", NUMBERED)
    d.date("30 June 2021", "2021-06-30")
    d.date("January 2021", "2021-01")
    d.p("9. The Leicestershire and Rutland SEND Information, Advice and Support Service, the Local Offer and the "
        "Parent Carer Forum (Leicestershire Parent Carer Forum, LPCF) have worked together on a communication "
        "plan. A 'SEND Matters' newsletter has been issued termly since September 2020, and the Local Offer "
        "website was redesigned with parents and relaunched on 5 May 2021.", NUMBERED)
    d.date("September 2020", "2020-09")
    d.date("5 May 2021", "2021-05-05")
    d.p("10. The LPCF's annual survey, carried out between 7 June and 2 July 2021, found that 46% of parents were "
        "confident that their child's needs would be met, compared with 31% in the previous year. The chair of the "
        "LPCF, Mrs Tamsin Shepshed, has said that the Forum welcomes the improvement but that there is further "
        "to go.", NUMBERED)
    d.date("between 7 June and 2 July 2021", "2021-06-07", "2021-07-02")
    d.person("Tamsin Shepshed", "The chair of the LPCF", "other")
    d.p("11. The CCGs have commissioned additional capacity for autism assessment for children aged 5 to 18, and "
        "waiting times have begun to fall. Dr Amrit Kibworth, Designated Clinical Officer for the three "
        "Leicester, Leicestershire and Rutland CCGs, will attend the meeting to answer questions on health "
        "services.", NUMBERED)
    d.person("Amrit Kibworth", "Designated Clinical Officer for the three Leicester, Leicestershire and Rutland "
             "CCGs", "officer")
    d.h("<u>Resource Implications</u>")
    d.p("12. The High Needs Block is forecast to overspend by £7.3m in 2021/22. The additional posts in the SEND "
        "Assessment Service are funded from the Council's growth allocation in the Medium Term Financial "
        "Strategy. The Director of Corporate Resources has been consulted on this report.", NUMBERED)
    d.h("<u>Timetable for Decisions</u>")
    d.p("13. A further report on the outcome of the re-visit will be presented to the Committee and to the "
        "Cabinet following publication of the re-visit letter.", NUMBERED)
    d.h("<u>Circulation under the Local Issues Alert Procedure</u>")
    d.p("14. None.", NUMBERED)
    d.h("<u>Equality and Human Rights Implications</u>")
    d.p("15. The WSoA aims to improve outcomes for children and young people with SEND, who share the protected "
        "characteristic of disability. An Equality and Human Rights Impact Assessment was completed on "
        "12 April 2019.", NUMBERED)
    d.date("12 April 2019", "2019-04-12")
    d.h("<u>Risk</u>")
    risks = [["Risk", "Rating", "Mitigation"],
             ["The re-visit finds insufficient progress in one or more areas, leading to an Accelerated Progress "
              "Plan", "Medium", "Evidence base and self-evaluation prepared; mock re-visit held with peer "
              "reviewers from the East Midlands"],
             ["Demand for EHC needs assessments continues to rise faster than capacity", "High",
              "Recruitment to the SEND Assessment Service; monthly demand modelling"],
             ["Parents' confidence falls if waiting times for health services rise again", "Medium",
              "Joint monitoring with the CCGs through the SEND and Inclusion Board"]]
    d.table(risks, [6.5 * cm, 2 * cm, 7.7 * cm])
    d.h("<u>Conclusions</u>")
    d.p("16. Good progress has been made against each area of the WSoA, although there is more to do to improve "
        "parents' confidence and the contribution of health services to EHC plans.", NUMBERED)
    d.h("<u>Recommendation</u>")
    d.p("17. The Committee is asked to:", NUMBERED)
    d.res("a)", "Note the progress made against the Written Statement of Action;", "recommendation")
    d.res("b)", "Note the preparations for the Ofsted and CQC re-visit;", "recommendation")
    d.res("c)", "Agree to receive a report on the outcome of the re-visit following publication of the re-visit "
                "letter.", "recommendation")
    d.h("<u>Background Papers</u>")
    d.p("Report to the Children and Families Overview and Scrutiny Committee: 1 March 2021 - SEND Written Statement "
        "of Action Update")
    d.p("Leicestershire Local Area SEND Inspection Letter - 25 January 2019")
    d.p("Report to the Cabinet: 22 September 2020 - High Needs Development Plan")
    d.h("<u>Appendices</u>")
    d.p("Appendix A - Written Statement of Action: progress summary, August 2021")
    d.date("August 2021", "2021-08")
    d.h("<u>Officers to Contact</u>")
    d.p("Rhona Wigston, Director of Children and Family Services<br/>Tel: 0116 305 6340<br/>"
        "Email: rhona.wigston@leics.gov.uk")
    d.person("Rhona Wigston", "Director of Children and Family Services", "officer", "rhona.wigston@leics.gov.uk",
             "0116 305 6340")
    d.p("Pritesh Lutterworth, Assistant Director (Education and SEND)<br/>Tel: 0116 305 7721<br/>"
        "Email: pritesh.lutterworth@leics.gov.uk")
    d.person("Pritesh Lutterworth", "Assistant Director (Education and SEND)", "officer",
             "pritesh.lutterworth@leics.gov.uk", "0116 305 7721")
    d.add(PageBreak())
    d.h("Appendix A - Written Statement of Action: progress summary, August 2021")
    table = [["Area of significant weakness identified at inspection", "What we have done", "Impact so far",
              "RAG"]]
    rows = (
        ("The timeliness and quality of EHC plans, including the contribution of health and social care to "
         "assessments and plans",
         "Restructured the SEND Assessment Service (January 2021); introduced a multi-agency quality assurance "
         "framework; trained 140 SENCOs and health practitioners in writing outcomes; designated social care "
         "and health leads for advice", "64% of new plans within 20 weeks; 72% of audited plans rated good or "
         "better in the audit of June 2021", "Green", ["ehc-plans"]),
        ("The poor communication with parents and carers, and their lack of confidence in the local area's "
         "arrangements for SEND",
         "Communication plan co-produced with the LPCF; termly newsletter; named caseworker for every family "
         "during an assessment; quarterly parents' forums in each locality",
         "Parents' confidence up from 31% to 46%; complaints to the SEND service down by a third",
         "Amber", ["co-production"]),
        ("The long waiting times for assessment by the autism and neurodevelopmental pathway and for speech and "
         "language therapy",
         "Additional assessment capacity commissioned by the CCGs; single point of access for referrals; "
         "speech and language therapy advice line for schools",
         "Longest wait for autism assessment reduced from 104 to 71 weeks; average wait for speech and "
         "language therapy 14 weeks", "Amber", ["health-services"]),
        ("The inconsistent identification of needs in early years settings and schools, and the variable quality "
         "of SEN support",
         "Graduated approach guidance published; early years inclusion fund; SENCo network in each locality; "
         "outreach from special schools",
         "Requests for assessment now include evidence of the graduated approach in 85% of cases",
         "Green", ["identification", "inclusion-provision"]),
    )
    for weak, done, impact, rag, themes in rows:
        table.append([weak, done, impact, rag])
        d.record_weak(weak, themes)
    d.table(table, [4.6 * cm, 5.2 * cm, 4.6 * cm, 1.8 * cm], split_in_row=True)
    d.date("June 2021", "2021-06")
    d.p("Next steps: a mock re-visit with peer reviewers will take place on 23 and 24 September 2021, and the "
        "self-evaluation will be refreshed by 15 October 2021.", SMALL)
    d.date("23 and 24 September 2021", "2021-09-23", "2021-09-24")
    d.date("15 October 2021", "2021-10-15")
    d.add(PageBreak())
    d.h("Appendix B - Key performance measures")
    d.p("Table 1: new EHC plans issued, January to June, with the number and proportion issued within the "
        "statutory 20 weeks (excluding exceptions).")
    perf = [["Month", "New plans issued", "Issued within 20 weeks", "Per cent"]]
    for month, iso, issued, within in (("January 2021", None, 88, 47), ("February 2021", "2021-02", 95, 55),
                                       ("March 2021", "2021-03", 112, 70), ("April 2021", "2021-04", 97, 64),
                                       ("May 2021", "2021-05", 104, 71), ("June 2021", None, 121, 86)):
        perf.append([month, str(issued), str(within), f"{round(100 * within / issued)}%"])
        if iso:
            d.date(month, iso)
    d.table(perf, [4.5 * cm, 3.9 * cm, 4.3 * cm, 3.5 * cm])
    d.space(10)
    d.p("Table 2 compares the local area with its statistical neighbours and with England, using the most recent "
        "published data (SEN2 return, published in June 2021). Leicestershire's rate of EHC plans per 1,000 "
        "children remains below the national average, while the proportion of pupils with an EHC plan who attend "
        "a mainstream school is higher than in most comparable areas.")
    comp = [["Measure", "Leicestershire", "Statistical neighbours", "England"],
            ["New EHC plans within 20 weeks (calendar year 2020)", "49%", "55%", "58%"],
            ["EHC plans per 1,000 children aged 0 to 25", "21.4", "24.0", "25.9"],
            ["Pupils with an EHC plan in mainstream schools", "46%", "39%", "41%"],
            ["Fixed-term exclusions of pupils with SEN support (rate per 100)", "9.8", "10.5", "10.9"]]
    d.table(comp, [7 * cm, 3 * cm, 3.4 * cm, 2.8 * cm])
    d.h("Glossary")
    for term, meaning in (("CCG", "Clinical Commissioning Group"), ("CQC", "Care Quality Commission"),
                          ("EHC plan", "Education, Health and Care plan"),
                          ("LPCF", "Leicestershire Parent Carer Forum"),
                          ("SENCo", "Special Educational Needs Co-ordinator"),
                          ("SENDIASS", "SEND Information, Advice and Support Service"),
                          ("WSoA", "Written Statement of Action")):
        d.p(f"<b>{term}</b> - {meaning}", BULLET)
    return d


# ------------------------------------------------------------------------------------------------------------------
# 6. East Sussex: Lead Member decision bundle (record of decisions, report, self-evaluation summary appendix)
# ------------------------------------------------------------------------------------------------------------------

def east_sussex_decision() -> Doc:
    lead = "Lead Member for Education and Inclusion, Special Educational Needs and Disability"
    d = Doc(
        "east-sussex/round33-2025-01-20-lead-member-for-education-and-inclusion-special-educational-needs-and-"
        "disability/Decisions and report - SEND self-evaluation and strategy refresh.pdf",
        {"council": "East Sussex County Council", "council_slug": "east-sussex", "committee": lead,
         "meeting_date": "2025-01-20", "title": "Decisions and report - SEND self-evaluation and strategy refresh",
         "source_kind": "committee-report",
         "url": "https://democracy.eastsussex.gov.uk/documents/s61207/Decisions%20and%20report%20-%20SEND%20"
                "self-evaluation%20and%20strategy%20refresh.pdf"},
        {"council": "East Sussex County Council", "committee": lead, "date": "2025-01-20"},
        "East Sussex County Council", "Lead Member decision-making meeting, 20 January 2025",
        "Lead Member for Education and Inclusion, SEND")
    d.title("LEAD MEMBER FOR EDUCATION AND INCLUSION, SPECIAL EDUCATIONAL NEEDS AND DISABILITY")
    d.h("DECISIONS made by the Lead Member for Education and Inclusion, Special Educational Needs and Disability, "
        "Councillor Margaret Cuckmere, on 20 January 2025 at County Hall, Lewes")
    d.person("Margaret Cuckmere", "Lead Member for Education and Inclusion, Special Educational Needs and "
             "Disability", "member")
    d.date("20 January 2025", "2025-01-20")
    d.p("Councillor Owen Hailsham spoke on item 5 (see minute 14).")
    d.person("Owen Hailsham", None, "member")
    d.h("13. DECISIONS MADE BY THE LEAD MEMBER ON 16 DECEMBER 2024")
    d.date("16 DECEMBER 2024", "2024-12-16")
    d.p("13.1 The Lead Member approved as a correct record the minutes of the meeting held on 16 December 2024.")
    d.record_res("13.1", "The Lead Member approved as a correct record the minutes of the meeting held on "
                         "16 December 2024.", "resolution")
    d.h("14. AREA SEND INSPECTION: SELF-EVALUATION AND REFRESH OF THE SEND STRATEGY")
    d.p("14.1 The Lead Member considered a report by the Director of Children's Services.")
    d.p("14.2 Councillor Hailsham asked how parents in rural areas of the county would be involved in the refresh "
        "of the strategy, and whether the self-evaluation would be shared with schools. The Assistant Director, "
        "Education, replied that engagement sessions would be held in each district and that the summary would be "
        "sent to all headteachers and SENCos.")
    d.h("DECISIONS")
    d.p("14.3 The Lead Member RESOLVED to:")
    d.res("(1)", "note the outcome of the area SEND inspection and the areas for improvement identified by "
                 "inspectors;", "resolution")
    d.res("(2)", "endorse the summary of the local area partnership's SEND self-evaluation at Appendix 1; and",
          "resolution")
    d.res("(3)", "approve the refresh of the East Sussex SEND Strategy, to be co-produced with families and "
                 "partners, and brought back for decision in July 2025.", "resolution")
    d.date("July 2025", "2025-07")
    d.h("Reasons")
    d.p("14.4 The self-evaluation gives an honest account of the partnership's strengths and areas for "
        "development and has been agreed by the SEND Governance Board. A refreshed strategy is needed to address "
        "the areas for improvement identified by inspectors and to respond to rising demand.")
    d.add(PageBreak())

    d.p("<b>Report to:</b> " + lead)
    d.p("<b>Date of meeting:</b> 20 January 2025")
    d.p("<b>By:</b> Director of Children's Services")
    d.p("<b>Title:</b> Area SEND inspection: self-evaluation and refresh of the SEND Strategy")
    d.p("<b>Purpose:</b> To inform the Lead Member of the outcome of the area SEND inspection, to present a summary "
        "of the partnership's self-evaluation, and to seek approval to refresh the SEND Strategy.")
    d.h("RECOMMENDATIONS: The Lead Member is recommended to:")
    d.res("1)", "Note the outcome of the area SEND inspection and the areas for improvement identified by "
                "inspectors;", "recommendation")
    d.res("2)", "Endorse the summary of the SEND self-evaluation at Appendix 1; and", "recommendation")
    d.res("3)", "Approve the refresh of the SEND Strategy, to be brought back for decision in July 2025.",
          "recommendation")
    d.h("1 Background")
    d.p("1.1 Ofsted and the Care Quality Commission (CQC) carried out an inspection of the East Sussex local area "
        "partnership between 30 September and 4 October 2024 under the area SEND inspection framework which came "
        "into force in January 2023. The partnership was notified on 23 September 2024 and the inspection report "
        "was published on 15 November 2024.")
    d.date("between 30 September and 4 October 2024", "2024-09-30", "2024-10-04")
    d.date("January 2023", "2023-01")
    d.date("23 September 2024", "2024-09-23")
    d.date("15 November 2024", "2024-11-15")
    d.event("inspection", "2024-09-30", "2024-10-04", "Ofsted and the Care Quality Commission (CQC) carried out an "
            "inspection of the East Sussex local area partnership between 30 September and 4 October 2024")
    d.event("outcome-letter", "2024-11-15", None, "the inspection report was published on 15 November 2024")
    d.p("1.2 The inspection found that the partnership's arrangements lead to inconsistent experiences and "
        "outcomes for children and young people with SEND. The partnership was last inspected in "
        "October 2016, under the previous framework, when no Written Statement of Action was required.")
    d.date("October 2016", "2016-10")
    d.event("inspection", "2016-10", None, "The partnership was last inspected in October 2016, under the "
            "previous framework")
    d.p("1.3 Inspectors found that children and young people with SEND in East Sussex are generally well "
        "supported in the early years, and that the inclusion of children with SEND in mainstream schools is a "
        "strength. In order to improve, inspectors said that leaders across the partnership should:")
    for text, themes in (
            ("ensure that EHC plans are issued in a timely way and that annual reviews lead to plans being "
             "updated when children's needs change;", ["ehc-plans"]),
            ("reduce waiting times for neurodevelopmental assessment and for occupational therapy, and improve "
             "the information given to families while they wait;", ["health-services"]),
            ("strengthen the way in which they check the quality and impact of alternative provision and of "
             "part-time timetables for children with SEND; and", ["inclusion-provision", "data-oversight"]),
            ("make sure that parents and carers, and children and young people, are consistently involved in "
             "shaping services, so that more families are confident in the support available.",
             ["co-production"])):
        d.weak(text, themes, marker="&#8226;")
    d.p("1.4 Under the framework, the partnership must update its strategic plan within 50 working days of the "
        "publication of the report; the updated plan was published on the Local Offer on 31 January 2025 "
        "<super>1</super>. The partnership will meet Ofsted and CQC for an annual engagement meeting, the first "
        "planned for November 2025.")
    d.date("31 January 2025", "2025-01-31")
    d.date("November 2025", "2025-11")
    d.event("progress-plan", "2025-01-31", None, "the updated plan was published on the Local Offer on "
            "31 January 2025")
    d.h("2 Supporting information")
    d.p("2.1 The self-evaluation at Appendix 1 was prepared by the SEND Governance Board, which is chaired by the "
        "Director of Children's Services, Ms Helena Rodmell, with Dr Frances Wadhurst, Chief Nursing Officer, NHS "
        "Sussex, as vice-chair. It was agreed by the Board on 11 December 2024 and will be refreshed every year.")
    d.person("Helena Rodmell", "Director of Children's Services", "officer")
    d.person("Frances Wadhurst", "Chief Nursing Officer, NHS Sussex", "officer")
    d.date("11 December 2024", "2024-12-11")
    d.p("2.2 The number of children and young people with an EHC plan rose from 3,912 in January 2020 to 5,604 in "
        "January 2024, an increase of 43%. Over the same period the proportion of new plans issued within 20 weeks "
        "fell from 71% to 44%, although it has improved in each month since June 2024, when the service was "
        "restructured.")
    d.date("January 2020", "2020-01")
    d.date("January 2024", "2024-01")
    d.date("June 2024", "2024-06")
    d.p("2.3 The refresh of the SEND Strategy 2022-2025 will begin with engagement events across the county from "
        "3 February 2025 to 28 March 2025, led by East Sussex Parent Carer Forum, whose chair Mrs Lorraine "
        "Pevensey has welcomed the approach. A draft strategy will be presented to the SEND Governance Board in "
        "June 2025.")
    d.date("3 February 2025 to 28 March 2025", "2025-02-03", "2025-03-28")
    d.person("Lorraine Pevensey", "chair", "other")
    d.date("June 2025", "2025-06")
    d.h("3 Financial, legal and equality implications")
    d.p("3.1 The cost of the engagement events, estimated at £18,000, will be met from the existing SEND budget. "
        "The High Needs Block is forecast to overspend by £14.1m in 2024/25, and the Council is part of the DfE's "
        "Delivering Better Value in SEND programme.")
    d.p("3.2 The Council has a duty under section 27 of the Children and Families Act 2014 to keep its SEND "
        "provision under review. An Equality Impact Assessment will be completed as part of the refresh.")
    d.h("4 Conclusion and reasons for recommendations")
    d.p("4.1 The self-evaluation shows that the partnership knows itself well. The refresh of the strategy will "
        "allow the partnership to respond to the areas for improvement with families and partners, and the Lead "
        "Member is recommended to agree the recommendations set out at the start of this report.")
    d.p("<b>HELENA RODMELL</b><br/>Director of Children's Services")
    d.p("Contact Officer: Nathan Ditchling, Head of SEND Strategy and Assessment<br/>Tel. No. 01273 336 904<br/>"
        "Email: nathan.ditchling@eastsussex.gov.uk")
    d.person("Nathan Ditchling", "Head of SEND Strategy and Assessment", "officer",
             "nathan.ditchling@eastsussex.gov.uk", "01273 336 904")
    d.p("<b>LOCAL MEMBERS</b><br/>All")
    d.p("<b>BACKGROUND DOCUMENTS</b><br/>Area SEND inspection of East Sussex local area partnership, Ofsted and "
        "CQC, 15 November 2024<br/>East Sussex SEND Strategy 2022-2025")
    d.p("<super>1</super> The strategic plan is available on the East Sussex Local Offer website.", SMALL)
    d.add(PageBreak())
    d.h("Appendix 1: East Sussex local area partnership - SEND self-evaluation summary, December 2024")
    d.date("December 2024", "2024-12")
    d.p("The summary is arranged under the three areas of the inspection framework. It sets out what the "
        "partnership knows about itself, and what it will do next. It is the partnership's own judgement.")
    sef = [["Area", "What is working well", "What we need to improve", "What we will do next"]]
    for row in (
            ("1. Children and young people's needs are identified accurately and assessed in a timely and "
             "effective way",
             "Early years inclusion support; health visitors' two-year checks; strong SENCo networks",
             "Timeliness of EHC needs assessments (44% within 20 weeks); waiting times for neurodevelopmental "
             "assessment",
             "Recruit additional educational psychologists; commission extra assessment capacity with NHS Sussex"),
            ("2. Children and young people receive the right help and support at the right time",
             "Inclusion in mainstream schools; specialist facilities attached to mainstream schools; short breaks "
             "offer",
             "Quality assurance of alternative provision; use of part-time timetables; annual reviews not always "
             "updating plans",
             "Alternative provision quality framework; termly review of part-time timetables; annual review "
             "recovery plan"),
            ("3. Children and young people are well prepared for their next steps and achieve strong outcomes",
             "Supported internships; good outcomes at key stage 2 for pupils at SEN support",
             "Attendance of pupils with EHC plans; range of post-16 options in the east of the county",
             "Attendance support team focus on SEND; new post-16 provision in Hastings from September 2025"),
            ("Leadership and governance",
             "Shared vision agreed with NHS Sussex and the Parent Carer Forum; SEND Governance Board",
             "Consistent involvement of families in shaping services; use of data across the partnership",
             "Co-produced strategy refresh; joint SEND dashboard"),
    ):
        sef.append(list(row))
    d.table(sef, [3.6 * cm, 4.1 * cm, 4.3 * cm, 4.2 * cm], split_in_row=True)
    d.date("September 2025", "2025-09")
    d.p("Key data (January 2024 census unless stated): 5,604 EHC plans; 11,420 pupils at SEN support; 44% of new "
        "plans within 20 weeks (calendar year 2023); 212 children waiting more than 52 weeks for a "
        "neurodevelopmental assessment at 30 November 2024.", SMALL)
    d.date("30 November 2024", "2024-11-30")
    return d


DOCUMENTS = [rotherham_minutes, durham_pack, liverpool_cabinet, camden_board, leicestershire_report,
             east_sussex_decision]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
