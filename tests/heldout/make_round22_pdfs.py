"""Write the six long printed documents of the held-out round 22 (reportlab), and their gold.

Round 22 is a blind batch of LONG PDFs (6 to 12 pages each), written with their gold before any extractor ran on
them, in the layouts of real long council papers: a full set of signed printed minutes of a scrutiny committee
(Barnsley), an agenda reports pack with front sheet, previous minutes and a SEND report with its appendix (Bury), a
Health and Wellbeing Board's minutes with an actions table and named partner officers (Gateshead), a cabinet report
whose appendix is a Written Statement of Action plan in a ruled table that runs over several pages (Havering), a
scrutiny report on an Area SEND inspection outcome with implications, a risk table and background papers
(Peterborough), and an annual SEND self-evaluation summary with its covering report (Swindon). Invented text,
fictitious people.

The text flows over the pages as reportlab lays it out (running header and footer on every page, "Page n of N"),
so paragraphs and lists break where the page ends; tables repeat their header row, and the Havering plan lets a
row break across a page. A resolution or a weakness is never split by this script except a table row of that plan.
The gold's resolutions and weaknesses are recorded where the text is written (``Doc.res``/``Doc.weak``); dates,
people and events are listed by hand beside each document. The page of each resolution and weakness is the page on
which its text starts, read from the written PDF with pdfplumber (``--gold`` writes the gold files, and fails if a
text cannot be found on its page or across that page and the next). The framework (``Doc``) is in
``long_pdf_kit.py``, shared with rounds 25 and 27. The output is deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round22_pdfs.py          # the PDFs
    /work/main/.venv/bin/python tests/heldout/make_round22_pdfs.py --gold   # the PDFs and their gold
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, paragraph_styles, run, two_columns  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = STYLES = paragraph_styles("22")


class Doc(LongDoc):
    """A round 22 document: ``long_pdf_kit.LongDoc`` in this round's styles."""

    styles = STYLES


# ------------------------------------------------------------------------------------------------------------------
# 1. Barnsley: signed printed minutes of the Overview and Scrutiny Committee (ten items, one about SEND)
# ------------------------------------------------------------------------------------------------------------------

def barnsley_minutes() -> Doc:
    d = Doc(
        "barnsley/round22-2025-02-11-overview-and-scrutiny-committee/Printed minutes 14th-Jan-2025.pdf",
        {"council": "Barnsley Metropolitan Borough Council", "council_slug": "barnsley",
         "committee": "Overview and Scrutiny Committee", "meeting_date": "2025-02-11",
         "title": "Printed minutes 14th-Jan-2025 14.00 Overview and Scrutiny Committee",
         "source_kind": "moderngov-document",
         "url": "https://barnsleymbc.moderngov.co.uk/documents/g9316/Printed%20minutes%2014th-Jan-2025%2014.00%20"
                "Overview%20and%20Scrutiny%20Committee.pdf"},
        {"council": "Barnsley Metropolitan Borough Council", "committee": "Overview and Scrutiny Committee",
         "date": "2025-01-14"},
        "Barnsley Metropolitan Borough Council", "Overview and Scrutiny Committee",
        "Overview and Scrutiny Committee - 14/01/25")
    d.p("<b>MEETING:</b> Overview and Scrutiny Committee<br/><b>DATE:</b> Tuesday, 14 January 2025<br/>"
        "<b>TIME:</b> 2.00 pm<br/><b>VENUE:</b> Council Chamber, Barnsley Town Hall")
    d.title("MINUTES")
    d.p("<b>Present</b>")
    two_columns(d, [
        "Councillors Thorncliffe (Chair),", "Denby-Hale, Holdroyd, Moxon", "(substitute for Councillor Latham),",
        "Pilley, Rawcliffe, Saxton and Wombell",
    ], [
        "<b>Co-opted members:</b>", "Mr R. Tankersley (Church of England", "Diocese of Sheffield representative)", "",
    ])
    d.p("<b>Officers in attendance</b>")
    two_columns(d, [
        "Rosalind Wharncliffe, Service Director,", "Education, Early Start and Prevention",
        "Imran Chaudhry-Bell, Head of SEND and", "Inclusion",
        "Craig Stainborough, Service Director,", "Children's Social Care and Safeguarding",
    ], [
        "Marcus Oldroyd, Head of Youth Justice", "Service",
        "Bethany Hoyland, Head of School", "Organisation and Admissions",
        "Anna Peel-Hartley, Scrutiny Officer", "Joanne Billingham, Democratic Services",
    ])
    d.p("<b>Also in attendance</b>")
    d.p("Councillor Trudy Hemsworth, Cabinet Spokesperson for Children's Services<br/>"
        "Councillor Neil Ridsdale, Cabinet Spokesperson for Public Health and Communities<br/>"
        "Dr Helen Mapplewell, Designated Clinical Officer for SEND, NHS South Yorkshire Integrated Care Board "
        "(Barnsley Place)<br/>Caroline Wadsley, Chair, Barnsley Parent Carer Forum<br/>"
        "Tobias Grennan, Headteacher, Netherwood Fields Primary School")
    d.h("45. Apologies for Absence - Parent and Church Governor Representatives")
    d.p("Apologies for absence were received from Councillor Latham and Councillor Oughtred, and from Mrs J. "
        "Fairbank (Parent Governor Representative). Councillor Moxon attended as a substitute for Councillor "
        "Latham, in accordance with Regulation 7 (6) of the Local Government (Committee and Political Groups) "
        "Regulations 1990.")
    d.res(None, "That the apologies for absence be noted.", "resolution", lead="<b>RESOLVED</b>")
    d.h("46. Declarations of Pecuniary and Non-Pecuniary Interest")
    d.p("Councillor Rawcliffe declared a non-pecuniary interest in Minute 49 as a governor of Greenfield Lane "
        "Primary School, which has a specialist resource provision. Councillor Saxton declared a non-pecuniary "
        "interest in Minute 52 as a volunteer referral order panel member.")
    d.h("47. Minutes of the Previous Meeting held on 3 December 2024 (OSC.14.01.2025/3)")
    d.p("The minutes of the meeting held on 3 December 2024 were received. The Chair referred members to Minute "
        "38, and confirmed that the information requested on the number of children electively home educated had "
        "been circulated to members on 19 December 2024.")
    d.res(None, "That the minutes of the Overview and Scrutiny Committee held on 3 December 2024 be approved as a "
          "true and correct record.", "resolution", lead="<b>RESOLVED</b>")
    d.h("48. Public Questions")
    d.p("One question had been received in accordance with the Council's Scrutiny Procedure Rules. Mr Desmond "
        "Haigh, a resident of the Dodworth ward, asked what steps the Council was taking to reduce the time that "
        "children with an Education, Health and Care Plan spent travelling to their school each day, noting that "
        "his son's journey had exceeded ninety minutes on several occasions during the autumn term.")
    d.p("Councillor Hemsworth thanked Mr Haigh for his question and explained that the home to school travel "
        "assistance policy had been reviewed in July 2024 and that journeys were now planned so that, wherever "
        "possible, no child travelled for longer than seventy-five minutes in each direction. A written response "
        "setting out the route planning arrangements would be sent to Mr Haigh.")
    d.res(None, "That the question and the response be noted.", "resolution", lead="<b>RESOLVED</b>")
    d.h("49. Barnsley Local Area Partnership: Outcome of the Area SEND Inspection (OSC.14.01.2025/5)")
    d.p("The following witnesses were welcomed to the meeting: Rosalind Wharncliffe, Service Director, Education, "
        "Early Start and Prevention; Imran Chaudhry-Bell, Head of SEND and Inclusion; Dr Helen Mapplewell, "
        "Designated Clinical Officer for SEND, NHS South Yorkshire ICB; Caroline Wadsley, Chair, Barnsley Parent "
        "Carer Forum; Tobias Grennan, Headteacher, Netherwood Fields Primary School; and Councillor Trudy "
        "Hemsworth, Cabinet Spokesperson for Children's Services.")
    d.p("Ms Wharncliffe introduced the report, which set out the findings of the Area SEND inspection of the "
        "Barnsley local area partnership carried out by Ofsted and the Care Quality Commission between 7 and 11 "
        "October 2024 under the framework introduced in January 2023. The inspection report was published on 22 "
        "November 2024. The partnership had been judged to deliver inconsistent experiences and outcomes for "
        "children and young people with special educational needs and/or disabilities (SEND), the middle of the "
        "three possible outcomes, and the next full inspection would take place within approximately three years.")
    d.p("Members were reminded that the area's previous inspection, in September 2021, had led to a Written "
        "Statement of Action, which was declared fit for purpose in March 2022. The Department for Education and "
        "NHS England had last reviewed progress against that statement on 12 June 2023, and had concluded that "
        "formal monitoring could end. Inspectors had recognised that many of the improvements made since then "
        "were now embedded, including the multi-agency panel for EHC needs assessments and the strength of "
        "co-production with the Parent Carer Forum.")
    d.p("Mr Chaudhry-Bell explained that the report identified the following areas for improvement, which the "
        "partnership's updated strategic plan would address:")
    d.weak("Leaders across education, health and care should improve the timeliness of EHC needs assessments, so "
           "that a greater proportion of plans are issued within 20 weeks.", ["ehc-plans"])
    d.weak("Leaders should ensure that annual reviews of EHC plans take place on time and that plans are amended "
           "promptly when children's needs change.", ["ehc-plans"])
    d.weak("Health leaders should reduce the waiting times for autism and ADHD assessments for children and young "
           "people aged five to eighteen.", ["health-services"])
    d.weak("Leaders should make sure that young people aged 16 to 25 have access to a broader range of "
           "post-16 pathways, including supported internships and employment.", ["preparing-for-adulthood"])
    d.weak("Leaders should strengthen the oversight of children who attend alternative provision or who have a "
           "reduced timetable, so that their needs are reviewed regularly.",
           ["inclusion-provision", "data-oversight"])
    d.p("Dr Mapplewell reported that the ICB had commissioned additional assessment capacity from an independent "
        "provider from November 2024, and that the waiting list for neurodevelopmental assessments had fallen "
        "from 1,460 children in April 2024 to 1,215 children at the end of December 2024. A single point of "
        "access for referrals would open on 3 March 2025. Ms Wadsley welcomed the report's recognition of the "
        "Forum's work and said that parents' confidence was growing, although families still found it difficult "
        "to obtain timely information about the progress of their child's assessment.")
    d.p("Ms Wharncliffe advised that an updated SEND Strategic Improvement Plan, which responded to each area for "
        "improvement, would be agreed by the SEND Partnership Board on 28 February 2025 and published on the "
        "Local Offer by 31 March 2025. Ofsted's annual engagement meeting with the partnership was expected in "
        "June 2025. Mr Grennan described the work of the school-led inclusion partnership, in which "
        "twenty-two primary schools now shared an outreach offer from the two specialist settings.")
    d.p("In the ensuing discussion the following matters were raised:")
    d.p("(i) Members asked how the partnership would improve the proportion of plans issued within 20 weeks, "
        "which stood at 41% in 2024. Mr Chaudhry-Bell explained that four additional EHC co-ordinators had been "
        "appointed in September 2024 and that weekly tracking of every open assessment had been introduced. "
        "The target was to reach 60% by December 2025.")
    d.p("(ii) A member expressed concern that the number of children on reduced timetables was not reported to "
        "Members. Officers agreed that this information would be added to the quarterly performance report.")
    d.p("(iii) In response to a question about post-16 provision, Members heard that Barnsley College and two "
        "local employers had agreed to offer twelve supported internships from September 2025.")
    d.p("(iv) Members asked whether the partnership had sufficient capacity to respond to the growing number of "
        "requests for assessment, which had risen by 18% between 2023 and 2024. Officers acknowledged the "
        "pressure on the high needs block and referred Members to the Safety Valve discussions with the "
        "Department for Education, which had started on 9 October 2024.")
    d.p("(v) Members sought assurance that the voice of children and young people would shape the updated plan. "
        "Ms Wadsley and Mr Chaudhry-Bell described the young people's SEND reference group, which had met on six "
        "occasions during the year and had helped to redesign the annual review paperwork. Members asked that the "
        "group be invited to present its work to a future meeting of the Committee.")
    d.p("(vi) A Member asked how the Committee would know whether the actions in the plan were making a "
        "difference to families. Ms Wharncliffe explained that the SEND Partnership Board received a dashboard "
        "every two months, that a parent and carer survey would be repeated each year, and that the partnership's "
        "self-evaluation would be refreshed before the annual engagement meeting. Councillor Hemsworth added that "
        "she met the Chair of the Parent Carer Forum each month and would report any emerging concerns to the "
        "Committee through the Chair.")
    d.p("(vii) In answer to a question about the health elements of EHC plans, Dr Mapplewell reported that 88% of "
        "health advice had been returned within six weeks in the last quarter, compared with 64% a year "
        "earlier, and that a new quality assurance audit of health contributions was now carried out each term "
        "with the designated social care officer.")
    d.p("The Chair thanked the witnesses for their attendance and for the open way in which the partnership had "
        "responded to the inspection.")
    d.p("<b>RESOLVED that:</b>")
    d.res("(i)", "The outcome of the Area SEND inspection, and the areas for improvement identified by "
          "inspectors, be noted;", "resolution")
    d.res("(ii)", "The SEND Strategic Improvement Plan be submitted to the meeting of this Committee on 8 April "
          "2025, together with the measures by which progress will be monitored;", "resolution")
    d.res("(iii)", "The Service Director, Education, Early Start and Prevention provide Members with a briefing note "
          "on waiting times for neurodevelopmental assessments by 31 March 2025;", "resolution")
    d.res("(iv)", "The number of children on reduced timetables be included in the quarterly children's services "
          "performance report; and", "resolution")
    d.res("(v)", "The witnesses be thanked for their attendance and contribution.", "resolution")
    d.h("50. Children's Social Care Performance: Quarter Two 2024/25 (OSC.14.01.2025/6)")
    d.p("Craig Stainborough, Service Director, Children's Social Care and Safeguarding, introduced the report, "
        "which summarised performance for the period from 1 July to 30 September 2024. The number of children "
        "looked after had remained stable at 342, the rate of re-referrals had fallen to 19%, and 96% of "
        "children subject to a child protection plan had been visited within timescale. The service had "
        "recruited eleven newly qualified social workers through the Academy programme, and agency staffing "
        "had reduced from 14% of the workforce in March 2024 to 9% in September 2024.")
    d.p("Members asked about placement sufficiency and the cost of external residential placements. Mr "
        "Stainborough explained that two new in-house children's homes were planned, the first of which would "
        "open in May 2025. Members also welcomed the improved timeliness of initial health assessments, "
        "which had been the subject of a recommendation of the Committee in 2024.")
    d.p("In response to further questions, Mr Stainborough explained that the number of care leavers in "
        "suitable accommodation had risen to 91%, and that the Council's Staying Put and Staying Close offers "
        "had been extended. Members asked that future performance reports include comparisons with statistical "
        "neighbours, and that the rate of children missing from care be reported separately for children placed "
        "outside the borough. The Service Director agreed to both requests and noted that the Ofsted focused "
        "visit to the front door in February 2024 had made two recommendations, both of which had been "
        "completed.")
    d.p("<b>RESOLVED that:</b>")
    d.res("(i)", "The report be noted; and", "resolution")
    d.res("(ii)", "A report on placement sufficiency, including the progress of the in-house children's homes, be "
          "added to the Committee's work programme for 2025/26.", "resolution")
    d.h("51. School Admissions and Place Planning (OSC.14.01.2025/7)")
    d.p("Bethany Hoyland, Head of School Organisation and Admissions, presented the report, which set out the "
        "forecast demand for school places and the outcome of the admission rounds for September 2024. 97.1% of "
        "applicants had been offered a place at one of their preferred primary schools, and 93.4% at one of "
        "their preferred secondary schools. The closing date for applications for secondary places for "
        "September 2025 had been 31 October 2024, and offers would be made on 3 March 2025.")
    d.p("Members noted that forecast demand for secondary places in the west of the borough would exceed "
        "capacity from 2027, and asked how additional places would be secured. Ms Hoyland explained that "
        "discussions with two academy trusts about temporary bulge classes were under way, and that a "
        "consultation on a permanent expansion would begin in spring.")
    d.p("Members also asked about the admission of children with an EHC plan naming a mainstream school, and "
        "whether schools were declining to be named. Ms Hoyland explained that consultations with schools were "
        "carried out in accordance with the SEND Code of Practice and that, in the last year, the Council had "
        "named a school against its representations on four occasions. A protocol for in-year admissions of "
        "children with SEND had been agreed with headteachers and would be reviewed in the summer term.")
    d.res(None, "That the report be noted, and that the Committee receive an update on secondary place planning "
          "in the west of the borough at a future meeting.", "resolution", lead="<b>RESOLVED</b>")
    d.h("52. Barnsley Youth Justice Plan 2024-2026: Progress Update (OSC.14.01.2025/8)")
    d.p("Marcus Oldroyd, Head of Youth Justice Service, and Councillor Neil Ridsdale, Cabinet Spokesperson for "
        "Public Health and Communities, presented the report. The service had been inspected by HM Inspectorate "
        "of Probation in May 2024 and rated good overall. First-time entrants to the youth justice system had "
        "fallen by 12% in the year to June 2024. The report also described the speech and language screening "
        "now offered to every young person on a court order, which had found that 61% had unidentified "
        "communication needs.")
    d.p("Members asked how the service worked with schools to prevent exclusion. Mr Oldroyd described the "
        "education worker seconded to the service, who attended every exclusion review meeting for a young "
        "person known to the service.")
    d.p("Councillor Ridsdale highlighted the partnership's work with the Violence Reduction Unit and the "
        "community safety partnership, including the detached youth work offered in three town centres on Friday "
        "and Saturday evenings. Members asked whether the funding for that work was secure beyond the current "
        "year. Councillor Ridsdale confirmed that the grant had been extended to March 2026, and that the "
        "partnership would seek to mainstream the most effective elements within the Council's own budget.")
    d.p("A Member asked how many young people known to the service had an EHC plan. Mr Oldroyd reported that 27% "
        "of young people supervised by the service had an EHC plan and a further 31% received SEN support, and "
        "that the service's SEND champion now attended the multi-agency panel for EHC needs assessments.")
    d.p("<b>RESOLVED that:</b>")
    d.res("(i)", "The progress made in delivering the Youth Justice Plan be noted;", "resolution")
    d.res("(ii)", "The Committee's thanks be recorded to the staff and volunteers of the Youth Justice Service "
          "for the outcome of the inspection; and", "resolution")
    d.res("(iii)", "The Head of Youth Justice Service circulate the findings of the speech and language screening "
          "to Members.", "resolution")
    d.h("53. Overview and Scrutiny Committee Work Programme 2024/25 (OSC.14.01.2025/9)")
    d.p("Anna Peel-Hartley, Scrutiny Officer, presented the work programme. The Task and Finish Group on school "
        "attendance would report to the meeting on 11 March 2025. Members asked that the SEND Strategic "
        "Improvement Plan be considered on 8 April 2025, as agreed at Minute 49.")
    d.p("The items programmed for the remainder of the municipal year were:")
    d.table([["Meeting", "Items"],
             ["11 February 2025", "Budget proposals 2025/26 (Children's Services); Barnsley Safeguarding Children "
              "Partnership Annual Report"],
             ["11 March 2025", "School attendance (Task and Finish Group report); Early Help Strategy"],
             ["8 April 2025", "SEND Strategic Improvement Plan; Youth Voice annual report"]],
            [4 * cm, 12 * cm])
    d.space(6)
    d.res(None, "That the work programme be agreed, subject to the additions agreed at Minutes 49 and 50.",
          "resolution", lead="<b>RESOLVED</b>")
    d.h("54. Date and Time of Next Meeting")
    d.p("The next meeting of the Committee will be held on Tuesday, 11 February 2025 at 2.00 pm in the Council "
        "Chamber, Barnsley Town Hall.")
    d.res(None, "That the date and time of the next meeting be noted.", "resolution", lead="<b>RESOLVED</b>")
    d.space(24)
    d.p("The meeting closed at 4.35 pm.")
    d.space(30)
    d.p("..............................................................<br/>Chair<br/><br/>"
        "Date: ..................................")

    # dates
    d.date("Tuesday, 14 January 2025", "2025-01-14")
    d.date("3 December 2024", "2024-12-03")
    d.date("19 December 2024", "2024-12-19")
    d.date("July 2024", "2024-07")
    d.date("between 7 and 11 October 2024", "2024-10-07", "2024-10-11")
    d.date("January 2023", "2023-01")
    d.date("22 November 2024", "2024-11-22")
    d.date("September 2021", "2021-09")
    d.date("March 2022", "2022-03")
    d.date("12 June 2023", "2023-06-12")
    d.date("November 2024", "2024-11")
    d.date("April 2024", "2024-04")
    d.date("December 2024", "2024-12")
    d.date("3 March 2025", "2025-03-03")
    d.date("28 February 2025", "2025-02-28")
    d.date("31 March 2025", "2025-03-31")
    d.date("June 2025", "2025-06")
    d.date("September 2024", "2024-09")
    d.date("December 2025", "2025-12")
    d.date("September 2025", "2025-09")
    d.date("9 October 2024", "2024-10-09")
    d.date("8 April 2025", "2025-04-08")
    d.date("from 1 July to 30 September 2024", "2024-07-01", "2024-09-30")
    d.date("March 2024", "2024-03")
    d.date("May 2025", "2025-05")
    d.date("31 October 2024", "2024-10-31")
    d.date("May 2024", "2024-05")
    d.date("June 2024", "2024-06")
    d.date("11 March 2025", "2025-03-11")
    d.date("11 February 2025", "2025-02-11")
    d.date("February 2024", "2024-02")
    d.date("March 2026", "2026-03")
    # people
    for name, role in [("Thorncliffe", "Chair"), ("Denby-Hale", None), ("Holdroyd", None), ("Moxon", None),
                       ("Latham", None), ("Pilley", None), ("Rawcliffe", None), ("Saxton", None), ("Wombell", None),
                       ("Oughtred", None)]:
        d.person(name, role, "member")
    d.person("R. Tankersley", "Church of England Diocese of Sheffield representative", "other")
    d.person("J. Fairbank", "Parent Governor Representative", "other")
    d.person("Rosalind Wharncliffe", "Service Director, Education, Early Start and Prevention", "officer")
    d.person("Imran Chaudhry-Bell", "Head of SEND and Inclusion", "officer")
    d.person("Craig Stainborough", "Service Director, Children's Social Care and Safeguarding", "officer")
    d.person("Marcus Oldroyd", "Head of Youth Justice Service", "officer")
    d.person("Bethany Hoyland", "Head of School Organisation and Admissions", "officer")
    d.person("Anna Peel-Hartley", "Scrutiny Officer", "officer")
    d.person("Joanne Billingham", "Democratic Services", "officer")
    d.person("Trudy Hemsworth", "Cabinet Spokesperson for Children's Services", "member")
    d.person("Neil Ridsdale", "Cabinet Spokesperson for Public Health and Communities", "member")
    d.person("Helen Mapplewell", "Designated Clinical Officer for SEND, NHS South Yorkshire Integrated Care Board "
             "(Barnsley Place)", "officer")
    d.person("Caroline Wadsley", "Chair, Barnsley Parent Carer Forum", "other")
    d.person("Tobias Grennan", "Headteacher, Netherwood Fields Primary School", "other")
    d.person("Desmond Haigh", None, "other")
    # events
    d.event("inspection", "2024-10-07", "2024-10-11", "the Area SEND inspection of the Barnsley local area "
            "partnership carried out by Ofsted and the Care Quality Commission between 7 and 11 October 2024")
    d.event("outcome-letter", "2024-11-22", None, "The inspection report was published on 22 November 2024.")
    d.event("inspection", "2021-09", None, "the area's previous inspection, in September 2021, had led to a "
            "Written Statement of Action")
    d.event("wsoa-approved", "2022-03", None, "a Written Statement of Action, which was declared fit for purpose "
            "in March 2022")
    d.event("monitoring", "2023-06-12", None, "The Department for Education and NHS England had last reviewed "
            "progress against that statement on 12 June 2023")
    d.event("progress-plan", "2025-02-28", None, "an updated SEND Strategic Improvement Plan ... would be agreed "
            "by the SEND Partnership Board on 28 February 2025")
    d.event("progress-plan", "2025-03-31", None, "and published on the Local Offer by 31 March 2025")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 2. Bury: agenda reports pack (front sheet, agenda, previous minutes, SEND report with its appendix)
# ------------------------------------------------------------------------------------------------------------------

BURY_FINDINGS = [
    ("Priority action 1", "Leaders across the partnership should urgently improve the timeliness and quality of "
     "EHC needs assessments and plans, so that children's needs are accurately described and met without delay.",
     ["ehc-plans"], "Head of SEND", "Assessment hub launched in November 2024; 20-week timeliness 38% (December "
     "2024) from 9% (June 2024); multi-agency audit of 60 plans completed in January 2025, 52% judged good or "
     "better.", "Amber"),
    ("Priority action 2", "Leaders should establish effective joint commissioning arrangements to reduce waiting "
     "times for speech and language therapy, occupational therapy and neurodevelopmental assessments.",
     ["joint-commissioning", "health-services"], "Director of Place (NHS GM, Bury)",
     "Joint commissioning plan agreed by the Integrated Care Partnership Board on 30 January 2025; additional "
     "therapy capacity procured; waiting list for autism assessment reduced by 140 children since September "
     "2024.", "Red"),
    ("Area for improvement 1", "Leaders should improve the identification of SEND in the early years, including "
     "through the integrated review at age two.", ["identification"], "Head of Early Help",
     "Integrated review pilot in two family hubs from February 2025.", "Amber"),
    ("Area for improvement 2", "Leaders should improve communication with parents and carers, so that they "
     "understand the support available and are confident that their child's needs will be met.",
     ["co-production"], "Head of SEND / Parent Carer Forum",
     "Monthly newsletter and parent drop-in sessions since October 2024; Local Offer review under way.",
     "Green"),
    ("Area for improvement 3", "Leaders should strengthen the quality assurance of alternative provision and of "
     "part-time timetables, so that leaders know how well these children are supported.",
     ["data-oversight", "inclusion-provision"], "Head of Inclusion",
     "Register of part-time timetables in place; quality assurance visits to all 14 providers by April 2025.",
     "Amber"),
    ("Area for improvement 4", "Leaders should improve the planning for young people's transition to adulthood, "
     "including the information available about post-16 options.", ["preparing-for-adulthood"],
     "Head of Preparing for Adulthood", "Preparing for adulthood pathway co-produced with young people; "
     "launch planned for June 2025.", "Amber"),
]


def bury_pack() -> Doc:
    d = Doc(
        "bury/round22-2025-03-04-children-and-young-people-scrutiny-committee/Agenda frontsheet and reports pack "
        "04032025.pdf",
        {"council": "Bury Metropolitan Borough Council", "council_slug": "bury",
         "committee": "Children and Young People Scrutiny Committee", "meeting_date": "2025-03-04",
         "title": "(Public Pack)Agenda Document for Children and Young People Scrutiny Committee, 04/03/2025 19:00",
         "source_kind": "moderngov-document",
         "url": "https://councildecisions.bury.gov.uk/documents/g4391/Public%20reports%20pack%2004th-Mar-2025%2019."
                "00%20Children%20and%20Young%20People%20Scrutiny%20Committee.pdf"},
        {"council": "Bury Metropolitan Borough Council", "committee": "Children and Young People Scrutiny Committee",
         "date": "2025-03-04"},
        "Public Document Pack", "Bury Council", "Children and Young People Scrutiny Committee, 4 March 2025",
        page_label="Page {n}")
    d.p("<b>Democracy</b><br/>Bury Council<br/>Town Hall, Knowsley Street, Bury BL9 0SW<br/>"
        "www.bury.gov.uk")
    d.table([["Please ask for:", "Chloe Ainsworth-Reed"], ["Telephone Number:", "0161 253 5138"],
             ["Email:", "c.ainsworth-reed@bury.gov.uk"], ["Date:", "Friday, 21 February 2025"]],
            [4.5 * cm, 8 * cm], header=False, grid=False)
    d.space(8)
    d.p("<b>Dear Member/Colleague</b>")
    d.h("Children and Young People Scrutiny Committee")
    d.p("You are invited to attend a meeting of the Children and Young People Scrutiny Committee which will be "
        "held as follows:-")
    d.table([["Date:", "Tuesday, 4 March 2025"], ["Place:", "Council Chamber, Bury Town Hall"],
             ["Time:", "7.00 pm"],
             ["Briefing Facilities:", "If Opposition Members and Co-opted Members require briefing on any "
              "particular item on the Agenda, the appropriate Director/Senior Officer originating the related "
              "report should be contacted."],
             ["Notes:", "The meeting will be webcast and the recording published on the Council's website."]],
            [4.5 * cm, 11.5 * cm], header=False, grid=False)
    d.space(8)
    d.p("<b>Membership of the Children and Young People Scrutiny Committee</b>")
    two_columns(d, [
        "Councillor E Radcliffe (Chair)", "Councillor S Ashby-Kerr", "Councillor L Bowker",
        "Councillor R Chadderton", "Councillor P Dearden",
    ], [
        "Councillor N Haworth", "Councillor T Kinsella", "Councillor M Ogden-Price", "Councillor J Walmsley",
        "",
    ])
    d.p("<b>Co-opted members:</b> Mr D Fairclough (Roman Catholic Diocese of Salford representative) and Ms A "
        "Baptiste (Parent Governor representative)")
    d.p("Geoffrey Tamworth-Hale<br/>Chief Executive")
    d.add(PageBreak())
    d.title("AGENDA")
    agenda = [
        ("1", "APOLOGIES FOR ABSENCE", ""),
        ("2", "DECLARATIONS OF INTEREST", "Members of the Committee are asked to consider whether they have an "
         "interest in any of the matters on the agenda, and if so, to formally declare that interest."),
        ("3", "MINUTES (Pages 3 - 4)", "To approve as a correct record the minutes of the meeting held on 14 "
         "January 2025."),
        ("4", "PUBLIC QUESTION TIME", "Questions are invited from members of the public present at the meeting "
         "about the work of the Committee. Notice of any question must be given to Democratic Services by "
         "midday on Monday, 3 March 2025."),
        ("5", "MEMBER QUESTION TIME", "Questions are invited from Elected Members about items on the agenda."),
        ("6", "SEND PRIORITY IMPACT PLAN: PROGRESS UPDATE (Pages 5 - 8)", "A report from Councillor Lucinda "
         "Stell, Deputy Leader and Cabinet Member for Children and Young People, is attached."),
        ("7", "CHILDREN'S SERVICES WORKFORCE STRATEGY", "A presentation will be given at the meeting."),
        ("8", "WORK PROGRAMME", "To note the Committee's work programme for 2024/25."),
        ("9", "URGENT BUSINESS", "Any other business which by reason of special circumstances the Chair agrees "
         "may be considered as a matter of urgency."),
    ]
    for number, heading, text in agenda:
        d.p(f"<b>{number}&nbsp;&nbsp;&nbsp;{heading}</b>" + (f"<br/>{text}" if text else ""), NUMBERED)
    d.add(PageBreak())

    # previous minutes
    d.title("Minutes of: CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE")
    d.p("<b>Date of Meeting:</b> 14 January 2025")
    d.p("<b>Present:</b> Councillor E Radcliffe (in the Chair)<br/>Councillors S Ashby-Kerr, L Bowker, R "
        "Chadderton, P Dearden, T Kinsella and J Walmsley<br/>Mr D Fairclough (co-opted member)")
    d.p("<b>Also in attendance:</b> Councillor L Stell (Deputy Leader and Cabinet Member for Children and Young "
        "People)<br/>Jonathan Thornber-Lees (Executive Director of Children and Young People), Gemma "
        "Holcombe-Yates (Director of Education and Inclusion), Karen Summerseat (Head of Early Help and "
        "Prevention), Ruth Elton-Briggs (Strategic Lead, Elective Home Education and Children Missing "
        "Education), Chloe Ainsworth-Reed (Democratic Services)")
    d.p("<b>Public Attendance:</b> No members of the public were present at the meeting.")
    d.p("<b>Apologies for Absence:</b> Councillor N Haworth, Councillor M Ogden-Price and Ms A Baptiste")
    d.h("CYP.22&nbsp;&nbsp;&nbsp;APOLOGIES FOR ABSENCE")
    d.p("Apologies for absence are listed above.")
    d.h("CYP.23&nbsp;&nbsp;&nbsp;DECLARATIONS OF INTEREST")
    d.p("Councillor Dearden declared a personal interest in all matters under consideration as a foster carer "
        "for the Council. Councillor Bowker declared a personal interest in item CYP.27 as a member of the "
        "governing body of a school with a number of pupils on its roll who are electively home educated for "
        "part of the year.")
    d.h("CYP.24&nbsp;&nbsp;&nbsp;MINUTES OF THE LAST MEETING")
    d.p("<b>It was agreed:</b>")
    d.res(None, "That the minutes of the meeting held on 26 November 2024 be approved as a correct record and "
          "signed by the Chair.", "resolution", style=BODY)
    d.h("CYP.25&nbsp;&nbsp;&nbsp;PUBLIC QUESTION TIME")
    d.p("There were no questions from members of the public present at the meeting.")
    d.h("CYP.26&nbsp;&nbsp;&nbsp;MEMBER QUESTION TIME")
    d.p("Councillor Chadderton asked when the Committee would next receive an update on the Priority Impact Plan "
        "following the Area SEND inspection. Councillor Stell confirmed that a full report would be brought to "
        "the meeting on 4 March 2025, after the second stocktake with the Department for Education.")
    d.h("CYP.27&nbsp;&nbsp;&nbsp;ELECTIVE HOME EDUCATION AND CHILDREN MISSING EDUCATION: ANNUAL REPORT")
    d.p("Ruth Elton-Briggs, Strategic Lead, presented the annual report. The number of children electively home "
        "educated had risen to 412 on 1 December 2024, from 338 a year earlier, and 17% of those children had "
        "an identified special educational need. The most common reasons given by parents were the mental "
        "health of the child and dissatisfaction with the school's response to their child's needs. A new "
        "protocol requiring a multi-agency meeting before a child with an EHC plan was removed from roll had "
        "been introduced in September 2024.")
    d.p("Members discussed the Children's Wellbeing and Schools Bill and the proposed registers of children not "
        "in school. Members asked about the support available to families who wished their child to return to "
        "school, and whether the Council had sufficient staff to visit every family each year. The Strategic "
        "Lead explained that an additional education welfare officer had been appointed from November 2024 and "
        "that every family was now offered a visit within six weeks of notification.")
    d.p("<b>It was agreed:</b>")
    d.res("1.", "That the annual report be noted.", "resolution", style=NUMBERED)
    d.res("2.", "That the Strategic Lead circulate to members a breakdown of children electively home educated "
          "by year group and by reason given.", "resolution", style=NUMBERED)
    d.res("3.", "That a further report be brought to the Committee once the Children's Wellbeing and Schools "
          "Bill has received Royal Assent, setting out the implications for the Council.", "resolution",
          style=NUMBERED)
    d.h("CYP.28&nbsp;&nbsp;&nbsp;BURY SAFEGUARDING CHILDREN PARTNERSHIP ANNUAL REPORT")
    d.p("Karen Summerseat, Head of Early Help and Prevention, presented the annual report of the Bury "
        "Safeguarding Children Partnership for the year to 31 March 2024 on behalf of the Independent Scrutineer. "
        "The report set out the partnership's three priorities of neglect, exploitation and the safety of "
        "adolescents, and the learning from two local child safeguarding practice reviews. Members welcomed the "
        "report and asked that the next annual report include information on the partnership's work with "
        "children with SEND.")
    d.p("<b>It was agreed:</b>")
    d.res(None, "That the report be noted, and that the Independent Scrutineer be invited to present the next "
          "annual report in person.", "resolution", style=BODY)
    d.h("CYP.29&nbsp;&nbsp;&nbsp;WORK PROGRAMME")
    d.p("The Chair presented the Committee's work programme for the remainder of the municipal year.")
    d.p("<b>It was agreed:</b>")
    d.res(None, "That the work programme be noted, and that the SEND Priority Impact Plan progress update be "
          "considered at the meeting on 4 March 2025.", "resolution", style=BODY)
    d.space(20)
    d.p("<b>COUNCILLOR E RADCLIFFE</b><br/>Chair")
    d.p("(Note: The meeting started at 7.00 pm and ended at 8.40 pm)")
    d.add(PageBreak())

    # the SEND report
    d.table([["Classification:", "Decision Type:"], ["Open", "Non-Key"]], [8 * cm, 8 * cm], header=False)
    d.space(6)
    d.table([["Report to:", "Children and Young People Scrutiny Committee", "Date: 4 March 2025"],
             ["Subject:", "SEND Priority Impact Plan: Progress Update", ""],
             ["Report of:", "Deputy Leader and Cabinet Member for Children and Young People", ""]],
            [3 * cm, 9 * cm, 4 * cm], header=False)
    d.h("Summary")
    d.p("1. This report updates the Committee on the progress of the Bury local area partnership in responding to "
        "the Area SEND inspection carried out by Ofsted and the Care Quality Commission (CQC) between 9 and 13 "
        "September 2024. The inspection report, published on 25 October 2024, found that there are widespread "
        "and/or systemic failings leading to significant concerns about the experiences and outcomes of children "
        "and young people with special educational needs and/or disabilities (SEND), which the local area "
        "partnership must address urgently.")
    d.p("2. The report also informs the Committee of the Improvement Notice issued to the Council by the "
        "Department for Education on 3 February 2025, and of the outcome of the first stocktake of the Priority "
        "Impact Plan.")
    d.h("Recommendation(s)")
    d.p("That Members of the Children and Young People Scrutiny Committee:")
    d.res("1.", "Note the progress made against the two priority actions and four areas for improvement set out "
          "at Appendix 1;", "recommendation", style=NUMBERED)
    d.res("2.", "Note the Improvement Notice issued by the Department for Education and the arrangements for "
          "reporting progress against it;", "recommendation", style=NUMBERED)
    d.res("3.", "Agree to receive a further update on the Priority Impact Plan following the next stocktake with "
          "the Department for Education and NHS England.", "recommendation", style=NUMBERED)
    d.h("Reasons for recommendation(s)")
    d.p("The Committee has a role in holding the partnership to account for the pace of improvement. The "
        "recommendations allow Members to monitor progress against the Improvement Notice and to plan their "
        "scrutiny of the areas where progress has been slowest.")
    d.h("Alternative options considered and rejected")
    d.p("None.")
    d.table([["<b>Report Author and Contact Details:</b>"],
             ["Name: Gemma Holcombe-Yates<br/>Position: Director of Education and Inclusion<br/>Department: "
              "Children and Young People<br/>E-mail: g.holcombe-yates@bury.gov.uk"]], [16 * cm], header=False)
    d.h("Background")
    d.p("3. Ofsted and the CQC inspected the Bury local area partnership under the Area SEND inspection framework "
        "introduced in January 2023. The partnership's previous inspection, under the 2016 framework in February "
        "2018, had not required a Written Statement of Action. The inspection report of 25 October 2024 "
        "identified two priority actions and four areas for improvement. They are set out, with the lead for "
        "each, the progress made to date and a rating, at Appendix 1.")
    d.p("4. The partnership submitted its Priority Impact Plan to Ofsted on 6 December 2024, within the required "
        "timescale. The plan was co-produced with the Bury Parent Carer Forum and with the Youth Cabinet, and is "
        "overseen by the SEND Improvement and Assurance Board, chaired independently by Professor Alan "
        "Whitworth-Kaye. The Board meets monthly; its members include the Executive Director of Children and "
        "Young People, the Director of Place for NHS Greater Manchester (Bury), Dr Priya Mahendran, Designated "
        "Clinical Officer, and Maxine Holt-Crossley, Chair of the Bury Parent Carer Forum.")
    d.p("5. On 3 February 2025 the Department for Education issued an Improvement Notice to the Council. The "
        "Notice requires the Council and its partners to deliver the Priority Impact Plan, to report progress "
        "to the Department each quarter and to commission an independent review of the SEND service's case "
        "management by 30 June 2025. A copy of the Notice is published on the Council's website.")
    d.p("6. Officers of the Department for Education and NHS England held the first stocktake of the Priority "
        "Impact Plan on 21 January 2025. The stocktake recognised the pace of the work on assessment "
        "timeliness and the involvement of children and young people in the Board, and asked the partnership to "
        "set out more clearly the measures by which it would judge the impact of the joint commissioning plan. "
        "The next stocktake is scheduled for 15 July 2025.<super>1</super>")
    d.h("Progress against the priority actions")
    d.p("7. The proportion of new EHC plans issued within 20 weeks rose from 9% in June 2024 to 38% in December "
        "2024. The SEND assessment hub, which opened in November 2024, brings together EHC co-ordinators, "
        "educational psychologists and a health liaison nurse, and has reduced the number of assessments open "
        "for more than 30 weeks from 214 to 96. The quality of plans remains variable: a multi-agency audit of "
        "60 plans completed in January 2025 judged 52% to be good or better.")
    d.p("8. The joint commissioning plan for therapies and neurodevelopmental assessment was agreed by the "
        "Integrated Care Partnership Board on 30 January 2025. Although waiting times for autism assessment "
        "have started to fall, children still wait on average 74 weeks, and the priority action is rated red. "
        "An additional provider of speech and language therapy will start work in April 2025.")
    d.h("Links with the Corporate Priorities")
    d.p("9. The report supports the LET'S Do It! strategy's ambition that every child in Bury has the best "
        "start in life and the chance to achieve their potential.")
    d.h("Equality Impact and Considerations")
    d.p("10. The Priority Impact Plan is designed to improve outcomes for children and young people with SEND, "
        "who share a protected characteristic under the Equality Act 2010. An equality impact assessment was "
        "completed on 2 December 2024.")
    d.h("Environmental Impact and Considerations")
    d.p("11. There are no direct environmental impacts arising from this report.")
    d.h("Assessment and Mitigation of Risk")
    d.table([["Risk / opportunity", "Mitigation"],
             ["The partnership does not make sufficient progress against the Improvement Notice, leading to "
              "further intervention by the Department for Education.", "Monthly oversight by the SEND "
              "Improvement and Assurance Board; quarterly reports to the Department; independent chair."],
             ["Demand for EHC needs assessments continues to rise faster than capacity.", "Assessment hub; "
              "additional EHC co-ordinators funded from the high needs block; weekly tracking."],
             ["The pressure on the high needs block of the Dedicated Schools Grant increases.", "Delivery of the "
              "Safety Valve agreement; review of top-up funding bands."]],
            [8 * cm, 8 * cm])
    d.h("Legal Implications")
    d.p("12. The Council has duties under the Children and Families Act 2014 and the SEND Code of Practice to "
        "complete EHC needs assessments within statutory timescales. The Improvement Notice is issued under the "
        "Secretary of State's powers; failure to comply could lead to a statutory direction. Members are "
        "advised to keep the Council's progress under regular review. (Sarah Rowlinson, Head of Legal Services "
        "(Children and Education))")
    d.h("Financial Implications")
    d.p("13. The Priority Impact Plan is funded from existing budgets and from the high needs block of the "
        "Dedicated Schools Grant, together with a one-off investment of 1.2 million pounds agreed by Cabinet on "
        "11 December 2024. The forecast high needs deficit at 31 March 2025 is within the Safety Valve trajectory. "
        "(Adrian Kershaw, Finance Business Partner, Children and Young People)")
    d.h("Appendices")
    d.p("Appendix 1: Priority Impact Plan - progress against the priority actions and areas for improvement")
    d.h("Background papers")
    d.p("Area SEND inspection of Bury Local Area Partnership, Ofsted and CQC, 25 October 2024<br/>"
        "Bury Priority Impact Plan, 6 December 2024<br/>"
        "Improvement Notice: Bury Metropolitan Borough Council, Department for Education, 3 February 2025")
    d.p("<super>1</super> The date of the next stocktake was confirmed by the Department for Education in a letter "
        "to the Executive Director dated 10 February 2025.", SMALL)
    d.add(PageBreak())
    d.h("Appendix 1: Priority Impact Plan - progress against the priority actions and areas for improvement "
        "(position at 14 February 2025)")
    rows = [["Ref", "Finding of the inspection report", "Lead", "Progress to date", "RAG"]]
    for ref, text, themes, lead, progress, rag in BURY_FINDINGS:
        rows.append([ref, escape(text), lead, progress, rag])
        d.record_weak(text, themes)
    d.table(rows, [2.6 * cm, 5.0 * cm, 2.4 * cm, 4.7 * cm, 1.5 * cm])
    d.space(8)
    d.p("Key: Red - off track; Amber - some progress, further action needed; Green - on track.", SMALL)

    # dates
    d.date("4 March 2025", "2025-03-04")
    d.date("Friday, 21 February 2025", "2025-02-21")
    d.date("14 January 2025", "2025-01-14")
    d.date("Monday, 3 March 2025", "2025-03-03")
    d.date("26 November 2024", "2024-11-26")
    d.date("1 December 2024", "2024-12-01")
    d.date("September 2024", "2024-09")
    d.date("November 2024", "2024-11")
    d.date("31 March 2024", "2024-03-31")
    d.date("between 9 and 13 September 2024", "2024-09-09", "2024-09-13")
    d.date("25 October 2024", "2024-10-25")
    d.date("3 February 2025", "2025-02-03")
    d.date("January 2023", "2023-01")
    d.date("February 2018", "2018-02")
    d.date("6 December 2024", "2024-12-06")
    d.date("30 June 2025", "2025-06-30")
    d.date("21 January 2025", "2025-01-21")
    d.date("15 July 2025", "2025-07-15")
    d.date("June 2024", "2024-06")
    d.date("December 2024", "2024-12")
    d.date("January 2025", "2025-01")
    d.date("30 January 2025", "2025-01-30")
    d.date("April 2025", "2025-04")
    d.date("2 December 2024", "2024-12-02")
    d.date("11 December 2024", "2024-12-11")
    d.date("31 March 2025", "2025-03-31")
    d.date("10 February 2025", "2025-02-10")
    d.date("14 February 2025", "2025-02-14")
    d.date("February 2025", "2025-02")
    d.date("October 2024", "2024-10")
    d.date("June 2025", "2025-06")
    # people
    d.person("Chloe Ainsworth-Reed", "Democratic Services", "officer", "c.ainsworth-reed@bury.gov.uk",
             "0161 253 5138")
    d.person("E Radcliffe", "Chair", "member")
    for name in ["S Ashby-Kerr", "L Bowker", "R Chadderton", "P Dearden", "N Haworth", "T Kinsella",
                 "M Ogden-Price", "J Walmsley"]:
        d.person(name, None, "member")
    d.person("D Fairclough", "Roman Catholic Diocese of Salford representative", "other")
    d.person("A Baptiste", "Parent Governor representative", "other")
    d.person("Geoffrey Tamworth-Hale", "Chief Executive", "officer")
    d.person("Lucinda Stell", "Deputy Leader and Cabinet Member for Children and Young People", "member")
    d.person("Jonathan Thornber-Lees", "Executive Director of Children and Young People", "officer")
    d.person("Gemma Holcombe-Yates", "Director of Education and Inclusion", "officer",
             "g.holcombe-yates@bury.gov.uk")
    d.person("Karen Summerseat", "Head of Early Help and Prevention", "officer")
    d.person("Ruth Elton-Briggs", "Strategic Lead, Elective Home Education and Children Missing Education",
             "officer")
    d.person("Alan Whitworth-Kaye", "independent chair, SEND Improvement and Assurance Board", "other")
    d.person("Priya Mahendran", "Designated Clinical Officer", "officer")
    d.person("Maxine Holt-Crossley", "Chair of the Bury Parent Carer Forum", "other")
    d.person("Sarah Rowlinson", "Head of Legal Services (Children and Education)", "officer")
    d.person("Adrian Kershaw", "Finance Business Partner, Children and Young People", "officer")
    # events
    d.event("inspection", "2024-09-09", "2024-09-13", "the Area SEND inspection carried out by Ofsted and the Care "
            "Quality Commission (CQC) between 9 and 13 September 2024")
    d.event("outcome-letter", "2024-10-25", None, "The inspection report, published on 25 October 2024")
    d.event("statutory-direction", "2025-02-03", None, "the Improvement Notice issued to the Council by the "
            "Department for Education on 3 February 2025")
    d.event("inspection", "2018-02", None, "The partnership's previous inspection, under the 2016 framework in "
            "February 2018")
    d.event("progress-plan", "2024-12-06", None, "The partnership submitted its Priority Impact Plan to Ofsted on "
            "6 December 2024")
    d.event("monitoring", "2025-01-21", None, "Officers of the Department for Education and NHS England held the "
            "first stocktake of the Priority Impact Plan on 21 January 2025.")
    d.event("monitoring", "2025-07-15", None, "The next stocktake is scheduled for 15 July 2025.")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 3. Gateshead: Health and Wellbeing Board minutes, partner officers, actions tables (2016 framework re-visit)
# ------------------------------------------------------------------------------------------------------------------

def gateshead_minutes() -> Doc:
    d = Doc(
        "gateshead/round22-2023-07-14-health-and-wellbeing-board/Minutes 02062023 Health and Wellbeing Board.pdf",
        {"council": "Gateshead Metropolitan Borough Council", "council_slug": "gateshead",
         "committee": "Health and Wellbeing Board", "meeting_date": "2023-07-14",
         "title": "Minutes , 02/06/2023 Health and Wellbeing Board", "source_kind": "moderngov-document",
         "url": "http://democracy.gateshead.gov.uk/documents/g11872/Printed%20minutes%2002nd-Jun-2023%2010.00%20"
                "Health%20and%20Wellbeing%20Board.pdf"},
        {"council": "Gateshead Metropolitan Borough Council", "committee": "Health and Wellbeing Board",
         "date": "2023-06-02"},
        "GATESHEAD METROPOLITAN BOROUGH COUNCIL", "HEALTH AND WELLBEING BOARD",
        "Health and Wellbeing Board - Friday, 2 June 2023")
    d.title("HEALTH AND WELLBEING BOARD MEETING")
    d.p("<b>Friday, 2 June 2023</b>")
    d.p("<b>PRESENT:</b>")
    attendance = [
        ["Councillor Marian Felling-Dodds", "Gateshead Council (Chair)"],
        ["Councillor Ravi Bensham", "Gateshead Council, Cabinet Member for Children and Young People"],
        ["Councillor Pauline Ashfield-Rowe", "Gateshead Council, Cabinet Member for Health and Wellbeing"],
        ["Councillor Derek Oakfield", "Gateshead Council"],
        ["Dr Fiona Strachan-Moore", "Director of Public Health, Gateshead Council"],
        ["Jasmine Cuthbertson", "Strategic Director, Children, Adults and Families, Gateshead Council"],
        ["Mark Dunstable", "Director of Place (Gateshead), NHS North East and North Cumbria Integrated Care Board"],
        ["Dr Yusuf Okonjo-Reid", "Clinical Lead (Gateshead), NHS North East and North Cumbria Integrated Care "
         "Board"],
        ["Angela Trewhitt", "Deputy Chief Executive, Gateshead Health NHS Foundation Trust"],
        ["Chief Superintendent Paul Emmerson", "Northumbria Police"],
        ["Heather Lindqvist", "Chair, Healthwatch Gateshead"],
        ["Linda Moorcroft", "Chief Executive, Connected Voice (voluntary and community sector)"],
        ["Sonia Fairless", "Chair, Gateshead Parent Carer Forum"],
        ["Clare Brannigan", "Headteacher, Kingsmeadow Special School (representing Gateshead headteachers)"],
    ]
    d.table(attendance, [6 * cm, 10.2 * cm], header=False, grid=False)
    d.p("<b>IN ATTENDANCE:</b>")
    d.table([
        ["Gareth Ellwood", "Service Director, Education, Schools and Inclusion, Gateshead Council"],
        ["Dr Niamh Corbridge", "Designated Clinical Officer for SEND, NHS North East and North Cumbria ICB"],
        ["Hannah Brightwell", "Public Health Pharmacist, Gateshead Council"],
        ["Stephen Pallister", "Strategic Commissioning Manager, Gateshead Council"],
        ["Kirsty Ogle", "Democratic Services Officer, Gateshead Council"],
    ], [6 * cm, 10.2 * cm], header=False, grid=False)
    d.h("HW1&nbsp;&nbsp;&nbsp;APOLOGIES FOR ABSENCE")
    d.p("Apologies for absence were received from Councillor Hazel Brindley and from Lorraine Carver-Hunt, "
        "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust.")
    d.h("HW2&nbsp;&nbsp;&nbsp;MINUTES")
    d.p("The minutes of the last meeting held on 21 April 2023 were agreed as a correct record, subject to the "
        "correction of the title of the Deputy Chief Executive of Gateshead Health NHS Foundation Trust.")
    d.res(None, "That the minutes of the meeting held on 21 April 2023 be approved as a correct record, subject to "
          "the correction noted.", "resolution", lead="<b>RESOLVED -</b>", style=BODY)
    d.h("HW3&nbsp;&nbsp;&nbsp;DECLARATIONS OF INTEREST")
    d.p("Clare Brannigan declared an interest in minute HW5 as the headteacher of a special school which provides "
        "outreach support commissioned through the Accelerated Progress Plan. There were no other declarations "
        "of interest.")
    d.h("HW4&nbsp;&nbsp;&nbsp;ACTION LIST")
    d.p("The Board received the action list from its previous meetings. The following actions were reported:")
    d.table([["Minute", "Action", "Owner", "Status"],
             ["HW38 (3 March 2023)", "Circulate the findings of the oral health survey of five-year-olds to Board "
              "members.", "Dr Fiona Strachan-Moore", "Complete - circulated on 17 March 2023."],
             ["HW41 (3 March 2023)", "Bring the draft Gateshead Thrive Partnership strategy for children's mental "
              "health to the Board.", "Jasmine Cuthbertson", "On the agenda for 14 July 2023."],
             ["HW46 (21 April 2023)", "Provide data on waiting times for children's neurodevelopmental assessment "
              "by age group.", "Mark Dunstable", "Complete - included in item HW5."],
             ["HW47 (21 April 2023)", "Confirm the timetable for the Better Care Fund submission.",
              "Stephen Pallister", "Complete - see item HW6."]],
            [3.2 * cm, 6.6 * cm, 3.4 * cm, 3 * cm])
    d.space(6)
    d.res(None, "That the action list be noted.", "resolution", lead="<b>RESOLVED -</b>", style=BODY)
    d.h("HW5&nbsp;&nbsp;&nbsp;SEND ACCELERATED PROGRESS PLAN - PROGRESS UPDATE")
    d.p("The Board received a report and presentation from Gareth Ellwood, Service Director, Education, Schools "
        "and Inclusion, and Dr Niamh Corbridge, Designated Clinical Officer for SEND, on the progress made by the "
        "Gateshead local area against its Accelerated Progress Plan (APP).")
    d.p("The Board was reminded that Ofsted and the Care Quality Commission carried out a joint inspection of the "
        "local area's effectiveness in implementing the special educational needs and disability reforms between "
        "21 and 25 January 2019. The local area submitted its Written Statement of Action to Ofsted on 3 May "
        "2019, and it was declared fit for purpose on 19 June 2019. Inspectors re-visited the local area from 14 "
        "to 16 March 2022 to decide whether sufficient progress had been made in addressing the five areas of "
        "significant weakness, and the re-visit letter was published on 9 May 2022.")
    d.p("The re-visit found that the local area had made sufficient progress in addressing three of the five "
        "areas of significant weakness:")
    d.weak("the lack of a clear and shared strategy for SEND across education, health and care;",
           ["leadership-governance"], marker="(a)", style=HANG)
    d.weak("weaknesses in the quality of EHC plans and in the contributions of health and social care to them;",
           ["ehc-plans"], marker="(b)", style=HANG)
    d.weak("the lack of effective co-production with parents and carers;", ["co-production"], marker="(c)",
           style=HANG)
    d.p("but had not made sufficient progress in addressing the remaining two:")
    d.weak("the long waiting times for assessment by the children's community neurodevelopmental service; and",
           ["health-services"], marker="(d)", style=HANG)
    d.weak("the inconsistent identification of, and support for, children and young people receiving SEN support "
           "in mainstream schools.", ["identification", "inclusion-provision"], marker="(e)", style=HANG)
    d.p("The local area submitted its Accelerated Progress Plan to the Department for Education on 30 June 2022. "
        "Officers of the Department for Education and NHS England reviewed progress against the plan at meetings "
        "on 18 October 2022 and 24 April 2023. At the April meeting advisers recognised the improvement in "
        "SEN support, including the new Gateshead SEN support toolkit and the outreach offer from the special "
        "schools, but remained concerned about the waiting times for neurodevelopmental assessment. The next "
        "review meeting will take place in October 2023.")
    d.p("Dr Corbridge reported that the waiting list for the children's community neurodevelopmental service had "
        "fallen from 1,380 children in March 2022 to 1,020 children at the end of April 2023, and that the "
        "longest wait had reduced from 137 weeks to 96 weeks. Additional clinical capacity funded by the ICB had "
        "started in January 2023, and a pre-assessment support offer for families, delivered with the Parent "
        "Carer Forum, had supported 640 families since September 2022. However, referrals continued to rise by "
        "around 9% a year, and the service would not reach the 52-week target without further recurrent "
        "investment.")
    d.p("Mr Ellwood reported that 94% of mainstream schools had now completed the SEN support audit, that the "
        "proportion of EHC plans issued within 20 weeks had been 71% in the year to March 2023, and that the "
        "number of fixed-term suspensions of pupils receiving SEN support had fallen by 14% compared with the "
        "previous academic year.")
    d.p("Sonia Fairless, Chair of the Gateshead Parent Carer Forum, welcomed the progress on co-production but "
        "told the Board that many families waiting for an assessment still felt that they had nowhere to turn, "
        "and that the information available while they waited needed to improve. Clare Brannigan described the "
        "outreach offer that the special schools now provided to mainstream schools, which had supported 118 "
        "pupils since September 2022.")
    d.p("Board members discussed the sustainability of the additional neurodevelopmental capacity, the role of "
        "primary care in supporting families while they waited, and the link between long waits and school "
        "attendance. Mark Dunstable confirmed that the ICB would set out a recurrent funding proposal to its "
        "executive committee in July 2023, and agreed to draft a letter to NHS England on behalf of the Board.")
    d.p("<b>RESOLVED -</b>")
    d.res("(i)", "That the progress made against the Accelerated Progress Plan be noted.", "resolution")
    d.res("(ii)", "That the Board receive the APP performance dashboard at each meeting until the Department for "
          "Education and NHS England confirm that formal monitoring has ended.", "resolution")
    d.res("(iii)", "That the Chair write to NHS England, on behalf of the Board, setting out the pressures on the "
          "children's community neurodevelopmental service and seeking support for recurrent funding.",
          "resolution")
    d.res("(iv)", "That the Board's thanks be recorded to the Gateshead Parent Carer Forum for its contribution to "
          "the pre-assessment support offer.", "resolution")
    d.h("HW6&nbsp;&nbsp;&nbsp;BETTER CARE FUND PLAN 2023-25")
    d.p("Stephen Pallister, Strategic Commissioning Manager, presented the Better Care Fund (BCF) plan for "
        "2023-25, which had been developed jointly by the Council and the ICB in line with the national "
        "planning requirements published on 4 April 2023. The plan had to be submitted to NHS England by 28 June "
        "2023. It continued the existing schemes for hospital discharge, reablement and the community equipment "
        "service, and introduced a new scheme to support unpaid carers. The Board was advised that the "
        "additional discharge fund would be pooled within the BCF.")
    d.p("The plan's total value for 2023-24 was 24.6 million pounds, of which the minimum NHS contribution was "
        "17.9 million pounds. Schemes funded by the Disabled Facilities Grant would continue to be managed by the "
        "Council's housing adaptations team, and an evaluation of the carers scheme would be reported to the "
        "Board in March 2024.")
    d.p("Members asked about the capacity of the reablement service over the winter period and about the "
        "metrics by which the plan would be assessed. Officers explained that the plan's metrics included "
        "avoidable admissions, discharge to the normal place of residence, falls and admissions to residential "
        "care, and that quarterly returns would be reported to the Board.")
    d.p("<b>RESOLVED -</b>")
    d.res("(i)", "That the Better Care Fund plan for 2023-25 be approved for submission to NHS England.",
          "resolution")
    d.res("(ii)", "That authority be delegated to the Strategic Director, Children, Adults and Families and the "
          "Director of Place (Gateshead), in consultation with the Chair, to agree any amendments required "
          "following regional assurance.", "resolution")
    d.h("HW7&nbsp;&nbsp;&nbsp;PHARMACEUTICAL NEEDS ASSESSMENT - SUPPLEMENTARY STATEMENT")
    d.p("Hannah Brightwell, Public Health Pharmacist, reported on the changes to pharmaceutical services since "
        "the Pharmaceutical Needs Assessment (PNA) was published on 1 October 2022. Two community pharmacies had "
        "closed and one had reduced its opening hours. The assessment was that the closures did not create a "
        "gap in provision, since alternative pharmacies were available within a mile of each site, and a "
        "supplementary statement was proposed.")
    d.res(None, "That the supplementary statement to the Pharmaceutical Needs Assessment be approved and "
          "published on the Council's website.", "resolution", lead="<b>RESOLVED -</b>", style=BODY)
    d.h("HW8&nbsp;&nbsp;&nbsp;HEALTH AND WELLBEING STRATEGY - GIVING EVERY CHILD THE BEST START IN LIFE")
    d.p("Dr Fiona Strachan-Moore, Director of Public Health, presented the annual report on the best start in "
        "life policy objective of the Health and Wellbeing Strategy. The proportion of children achieving a good "
        "level of development at the end of reception had risen, but remained below the England average, and "
        "breastfeeding rates at six to eight weeks had fallen. The family hubs programme, launched in Gateshead "
        "in February 2023, now offered a single front door for families in four localities.")
    d.p("The report also set out the progress of the Healthy Child Programme. The health visiting service had "
        "completed 89% of new birth visits within fourteen days, and the two-year integrated review, carried out "
        "jointly with early years settings, had been extended to all settings in the borough. The speech, "
        "language and communication pathway for the early years, developed with the children's therapy service, "
        "had trained 230 early years practitioners, and the proportion of two-year-olds identified as needing "
        "support with their speech had risen, which the Director of Public Health regarded as evidence of "
        "earlier identification rather than of greater need.")
    d.p("Clare Brannigan asked how the information from the integrated review was shared with schools when "
        "children started reception. The Director of Public Health explained that a transition summary had been "
        "piloted in the south of the borough and would be offered to every school from September 2023.")
    d.p("Board members welcomed the report and discussed the opportunities for the family hubs to support "
        "families of children with emerging special educational needs. Councillor Bensham asked that the next "
        "report show the outcomes for children with SEND separately.")
    d.p("<b>RESOLVED -</b>")
    d.res("(i)", "That the report be noted.", "resolution")
    d.res("(ii)", "That the next annual report on the best start in life include outcomes for children with SEND "
          "and for children in each family hub locality.", "resolution")
    d.h("HW9&nbsp;&nbsp;&nbsp;JOINT STRATEGIC NEEDS ASSESSMENT - CHILDREN AND YOUNG PEOPLE WITH SEND")
    d.p("Dr Strachan-Moore introduced the new chapter of the Joint Strategic Needs Assessment (JSNA) on children "
        "and young people with special educational needs and disabilities, which had been produced by the public "
        "health intelligence team with the SEND Partnership. The chapter brought together data from education, "
        "health and social care for the first time, and would inform the joint commissioning strategy that the "
        "SEND Partnership was developing.")
    d.p("The chapter showed that the number of children and young people with an EHC plan had risen by 38% since "
        "January 2019, that social, emotional and mental health needs and autism were the fastest growing primary "
        "needs, and that children with SEND were over-represented among children in the most deprived "
        "neighbourhoods of the borough. It also identified gaps in the data held about young adults aged 19 to "
        "25 with SEND, and about children with SEND who were electively home educated.")
    d.p("Board members welcomed the chapter. Angela Trewhitt noted the growth in demand for the trust's "
        "children's therapy services, and asked that the therapy workforce be considered alongside the joint "
        "commissioning strategy. Linda Moorcroft asked that the voluntary sector's support groups for families "
        "be mapped as part of the strategy. Councillor Ashfield-Rowe asked how the chapter would be kept up to "
        "date, and Dr Strachan-Moore explained that the data would be refreshed each year from the January "
        "school census.")
    d.p("<b>RESOLVED -</b>")
    d.res("(i)", "That the JSNA chapter on children and young people with SEND be endorsed and published.",
          "resolution")
    d.res("(ii)", "That the SEND Partnership use the chapter to develop a joint commissioning strategy for "
          "children and young people with SEND, and bring the draft strategy to the Board.", "resolution")
    d.h("HW10&nbsp;&nbsp;&nbsp;UPDATES FROM BOARD MEMBERS")
    d.p("Heather Lindqvist reported that Healthwatch Gateshead had published its report on the experiences of "
        "families using children's mental health services on 12 May 2023. Chief Superintendent Emmerson "
        "reported on the force's new mental health street triage arrangements. Linda Moorcroft updated the "
        "Board on the voluntary sector's cost of living support programme.")
    d.res(None, "That the updates from Board members be noted.", "resolution", lead="<b>RESOLVED -</b>",
          style=BODY)
    d.h("HW11&nbsp;&nbsp;&nbsp;DATE AND TIME OF NEXT MEETING")
    d.p("The next meeting will be held on Friday, 14 July 2023 at 10.00 am in the Civic Centre, Gateshead.")
    d.h("ACTIONS ARISING FROM THE MEETING")
    d.table([["Minute", "Action", "Owner", "By"],
             ["HW5", "Circulate the APP performance dashboard to Board members before each meeting.",
              "Gareth Ellwood", "30 June 2023"],
             ["HW5", "Draft the Chair's letter to NHS England on the children's community neurodevelopmental "
              "service.", "Mark Dunstable", "14 July 2023"],
             ["HW5", "Share the pre-assessment support offer's information pack with all GP practices.",
              "Dr Yusuf Okonjo-Reid", "31 July 2023"],
             ["HW6", "Submit the Better Care Fund plan 2023-25 to NHS England.", "Stephen Pallister",
              "28 June 2023"],
             ["HW7", "Publish the supplementary statement to the PNA.", "Hannah Brightwell", "16 June 2023"],
             ["HW8", "Include outcomes for children with SEND in the best start in life report.",
              "Dr Fiona Strachan-Moore", "June 2024"]],
            [1.8 * cm, 8.2 * cm, 3.6 * cm, 2.6 * cm])
    d.space(24)
    d.p("Chair.........................................")

    # dates
    d.date("Friday, 2 June 2023", "2023-06-02")
    d.date("21 April 2023", "2023-04-21")
    d.date("3 March 2023", "2023-03-03")
    d.date("17 March 2023", "2023-03-17")
    d.date("14 July 2023", "2023-07-14")
    d.date("between 21 and 25 January 2019", "2019-01-21", "2019-01-25")
    d.date("3 May 2019", "2019-05-03")
    d.date("19 June 2019", "2019-06-19")
    d.date("from 14 to 16 March 2022", "2022-03-14", "2022-03-16")
    d.date("9 May 2022", "2022-05-09")
    d.date("30 June 2022", "2022-06-30")
    d.date("18 October 2022", "2022-10-18")
    d.date("24 April 2023", "2023-04-24")
    d.date("October 2023", "2023-10")
    d.date("March 2022", "2022-03")
    d.date("April 2023", "2023-04")
    d.date("January 2023", "2023-01")
    d.date("September 2022", "2022-09")
    d.date("March 2023", "2023-03")
    d.date("July 2023", "2023-07")
    d.date("4 April 2023", "2023-04-04")
    d.date("28 June 2023", "2023-06-28")
    d.date("1 October 2022", "2022-10-01")
    d.date("February 2023", "2023-02")
    d.date("12 May 2023", "2023-05-12")
    d.date("30 June 2023", "2023-06-30")
    d.date("31 July 2023", "2023-07-31")
    d.date("16 June 2023", "2023-06-16")
    d.date("June 2024", "2024-06")
    d.date("January 2019", "2019-01")
    d.date("March 2024", "2024-03")
    d.date("September 2023", "2023-09")
    # people
    d.person("Marian Felling-Dodds", "Chair", "member")
    d.person("Ravi Bensham", "Cabinet Member for Children and Young People", "member")
    d.person("Pauline Ashfield-Rowe", "Cabinet Member for Health and Wellbeing", "member")
    d.person("Derek Oakfield", None, "member")
    d.person("Fiona Strachan-Moore", "Director of Public Health, Gateshead Council", "officer")
    d.person("Jasmine Cuthbertson", "Strategic Director, Children, Adults and Families, Gateshead Council", "officer")
    d.person("Mark Dunstable", "Director of Place (Gateshead), NHS North East and North Cumbria Integrated Care "
             "Board", "officer")
    d.person("Yusuf Okonjo-Reid", "Clinical Lead (Gateshead), NHS North East and North Cumbria Integrated Care "
             "Board", "officer")
    d.person("Angela Trewhitt", "Deputy Chief Executive, Gateshead Health NHS Foundation Trust", "officer")
    d.person("Paul Emmerson", "Chief Superintendent, Northumbria Police", "officer")
    d.person("Heather Lindqvist", "Chair, Healthwatch Gateshead", "other")
    d.person("Linda Moorcroft", "Chief Executive, Connected Voice (voluntary and community sector)", "other")
    d.person("Sonia Fairless", "Chair, Gateshead Parent Carer Forum", "other")
    d.person("Clare Brannigan", "Headteacher, Kingsmeadow Special School (representing Gateshead headteachers)",
             "other")
    d.person("Gareth Ellwood", "Service Director, Education, Schools and Inclusion, Gateshead Council", "officer")
    d.person("Niamh Corbridge", "Designated Clinical Officer for SEND, NHS North East and North Cumbria ICB",
             "officer")
    d.person("Hannah Brightwell", "Public Health Pharmacist, Gateshead Council", "officer")
    d.person("Stephen Pallister", "Strategic Commissioning Manager, Gateshead Council", "officer")
    d.person("Kirsty Ogle", "Democratic Services Officer, Gateshead Council", "officer")
    d.person("Hazel Brindley", None, "member")
    d.person("Lorraine Carver-Hunt", "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust", "officer")
    # events
    d.event("inspection", "2019-01-21", "2019-01-25", "Ofsted and the Care Quality Commission carried out a joint "
            "inspection of the local area's effectiveness ... between 21 and 25 January 2019")
    d.event("wsoa-submitted", "2019-05-03", None, "The local area submitted its Written Statement of Action to "
            "Ofsted on 3 May 2019")
    d.event("wsoa-approved", "2019-06-19", None, "it was declared fit for purpose on 19 June 2019")
    d.event("revisit", "2022-03-14", "2022-03-16", "Inspectors re-visited the local area from 14 to 16 March 2022")
    d.event("revisit-outcome", "2022-05-09", None, "the re-visit letter was published on 9 May 2022")
    d.event("progress-plan", "2022-06-30", None, "The local area submitted its Accelerated Progress Plan to the "
            "Department for Education on 30 June 2022.")
    d.event("monitoring", "2022-10-18", None, "Officers of the Department for Education and NHS England reviewed "
            "progress against the plan at meetings on 18 October 2022")
    d.event("monitoring", "2023-04-24", None, "and 24 April 2023")
    d.event("monitoring", "2023-10", None, "The next review meeting will take place in October 2023.")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 4. Havering: cabinet report with its Written Statement of Action plan as an appendix table over several pages
# ------------------------------------------------------------------------------------------------------------------

HAVERING_PLAN = [
    ("1", "The lack of a joint strategic approach to SEND across education, health and social care, and the weak "
     "use of self-evaluation to drive improvement.", ["leadership-governance"],
     "1.1 Establish the SEND Improvement Board with an independent chair and agreed terms of reference.<br/>"
     "1.2 Co-produce a joint SEND strategy for 2023-2026 with parents, carers and young people.<br/>"
     "1.3 Publish a joint self-evaluation, refreshed every six months.",
     "Director of Starting Well", "October 2022 to April 2023", "Green",
     "The SEND Improvement Board first met on 6 October 2022 and has met monthly since. The draft joint strategy "
     "was consulted on between 9 January and 17 February 2023, and 412 responses were received, a third of them "
     "from young people. The first joint self-evaluation was published in December 2022."),
    ("2", "Weak joint commissioning arrangements, which have left gaps in therapy services and in provision for "
     "children with social, emotional and mental health needs.", ["joint-commissioning"],
     "2.1 Agree a joint commissioning framework between the Council and the ICB.<br/>2.2 Complete a joint "
     "review of speech and language therapy and occupational therapy.<br/>2.3 Commission additional SEMH "
     "provision, including a new resourced provision.",
     "Head of Joint Commissioning (Council and NEL ICB)", "September 2022 to July 2023", "Amber",
     "The joint commissioning framework was agreed by the Health and Wellbeing Board on 30 November 2022. The "
     "therapy review is complete and its recommendations are being costed; a business case will be considered "
     "by the ICB in May 2023. The SEMH resourced provision at Pinewood Grange Primary School will open in "
     "September 2023 with 12 places, and a further secondary provision is at the design stage."),
    ("3", "The poor quality and timeliness of EHC plans, including the limited contribution of health and social "
     "care to assessments.", ["ehc-plans"],
     "3.1 Redesign the EHC needs assessment process with parents.<br/>3.2 Introduce a multi-agency quality "
     "assurance framework for plans.<br/>3.3 Recruit additional EHC co-ordinators and educational "
     "psychologists.<br/>3.4 Agree timescales for health and social care advice with each provider.",
     "Assistant Director, SEND and Inclusion", "September 2022 to September 2023", "Amber",
     "The proportion of new plans issued within 20 weeks has risen from 31% in 2021 to 58% in the year to "
     "January 2023. Five EHC co-ordinators and two educational psychologists have been recruited. The quality "
     "assurance framework has been in place since November 2022; the most recent audit judged 61% of plans good "
     "or better, against a target of 80%. Health advice is now returned within six weeks in 83% of cases, but "
     "social care advice in only 47%, and a new protocol with children's social care is being agreed."),
    ("4", "Long waiting times for autism spectrum disorder assessment and for child and adolescent mental health "
     "services.", ["health-services"],
     "4.1 Implement a single neurodevelopmental pathway for children aged 0 to 18.<br/>4.2 Provide support for "
     "families while they wait.<br/>4.3 Extend the mental health support teams to all secondary schools.",
     "Director of Children's Services Commissioning, NEL ICB", "October 2022 to December 2023", "Red",
     "The single pathway was launched on 1 February 2023, but waiting times remain long: the median wait for an "
     "autism assessment is 58 weeks, against a target of 18 weeks. The ICB has agreed non-recurrent funding for "
     "additional assessments until March 2024. The waiting-well offer, co-produced with Havering Parent Carer "
     "Forum, started in January 2023. Mental health support teams now cover 16 of the borough's 18 secondary "
     "schools and 3 special and alternative provision settings."),
    ("5", "The high rate of exclusion and the use of part-time timetables for children and young people with "
     "SEND.", ["inclusion-provision"],
     "5.1 Introduce a register of part-time timetables with termly review.<br/>5.2 Develop an inclusion charter "
     "with schools.<br/>5.3 Extend the outreach offer from special schools and the pupil referral unit.",
     "Head of Inclusion", "September 2022 to July 2023", "Amber",
     "The register has been in place since the start of the autumn term, and every part-time timetable is "
     "reviewed at least every six weeks; the number of pupils with SEND on a part-time timetable fell from 97 in "
     "October 2022 to 61 in February 2023. The inclusion charter was launched with headteachers on 24 January "
     "2023, and 46 schools have signed it. Permanent exclusions of pupils with SEND remain above the London "
     "average."),
]


def havering_cabinet() -> Doc:
    d = Doc(
        "havering/round22-2023-03-15-cabinet/SEND Written Statement of Action Progress Report.pdf",
        {"council": "London Borough of Havering", "council_slug": "havering", "committee": "Cabinet",
         "meeting_date": "2023-03-15",
         "title": "Special Educational Needs and Disabilities (SEND): Written Statement of Action - Progress Report",
         "source_kind": "moderngov-document",
         "url": "http://democracy.havering.gov.uk/documents/s61904/SEND%20Written%20Statement%20of%20Action%20"
                "Progress%20Report.pdf"},
        {"council": "London Borough of Havering", "committee": "Cabinet", "date": "2023-03-15"},
        "London Borough of Havering", "Cabinet, 15 March 2023", "Cabinet, 15 March 2023")
    d.title("CABINET")
    front = [
        ["Subject Heading:", "Special Educational Needs and Disabilities (SEND): Written Statement of Action - "
         "Progress Report"],
        ["Cabinet Member:", "Councillor Gillian Whitcombe, Cabinet Member for Children and Young People"],
        ["SLT Lead:", "Rowena Blackstock, Director of Starting Well"],
        ["Report Author and contact details:", "Daniel Okafor-Price, Assistant Director, SEND and Inclusion<br/>"
         "01708 433218<br/>daniel.okafor-price@havering.gov.uk"],
        ["Policy context:", "The Children and Families Act 2014 and the SEND Code of Practice (2015); the "
         "Havering Joint SEND Strategy."],
        ["Financial summary:", "There are no new financial implications arising from this report. The actions in "
         "the Written Statement of Action are funded from existing Council, ICB and Dedicated Schools Grant "
         "budgets."],
        ["Is this a Key Decision?", "No"],
        ["When should this matter be reviewed?", "September 2023"],
        ["Reviewing OSC:", "Children and Learning Overview and Scrutiny Sub-Committee"],
    ]
    d.table(front, [5 * cm, 11.2 * cm], header=False)
    d.space(8)
    d.p("<b>The subject matter of this report deals with the following Council Objectives</b>")
    d.p("People - Things that matter for residents [X]<br/>Place - A great place to live, work and enjoy [ ]<br/>"
        "Resources - A well run Council that delivers for People and Place [ ]")
    d.h("SUMMARY")
    d.p("This report updates Cabinet on the progress made by the Havering local area in delivering its Written "
        "Statement of Action (WSoA), six months after the statement was declared fit for purpose. The WSoA "
        "responds to the five areas of significant weakness identified by Ofsted and the Care Quality Commission "
        "(CQC) in their joint inspection of the local area in March 2022. Good progress has been made in "
        "establishing joint leadership and in co-production; progress in reducing waiting times for "
        "neurodevelopmental assessment has been too slow.")
    d.h("RECOMMENDATIONS")
    d.p("Cabinet is asked to:")
    d.res("1.", "Note the progress made against each of the five areas of significant weakness, as set out in "
          "Appendix A.", "recommendation", style=NUMBERED)
    d.res("2.", "Endorse the draft Havering Joint SEND Strategy 2023-2026 for final approval by the SEND "
          "Improvement Board.", "recommendation", style=NUMBERED)
    d.res("3.", "Agree that a further progress report be presented to Cabinet following the next Department for "
          "Education and NHS England monitoring meeting.", "recommendation", style=NUMBERED)
    d.res("4.", "Request that the Children and Learning Overview and Scrutiny Sub-Committee review the actions "
          "to reduce exclusions of children and young people with SEND.", "recommendation", style=NUMBERED)
    d.h("REPORT DETAIL")
    d.p("<b>1. Background</b>")
    d.p("1.1 Ofsted and the CQC carried out a joint inspection of the Havering local area from 7 to 11 March 2022 "
        "to judge the effectiveness of the area in implementing the disability and special educational needs "
        "reforms set out in the Children and Families Act 2014. The inspection letter, published on 3 May 2022, "
        "required the local area to produce a Written Statement of Action because of significant concerns about "
        "the effectiveness of the area.")
    d.p("1.2 The inspection identified five areas of significant weakness. They are set out, with the key "
        "actions, leads, timescales and a RAG rating of progress for each, in the first column of Appendix A.")
    d.p("1.3 The local area submitted its WSoA on 12 August 2022, and it was declared fit for purpose by Ofsted "
        "and the CQC on 28 September 2022. Delivery is overseen by the SEND Improvement Board, chaired by "
        "Professor Margaret Ellory-Shaw, which brings together the Council, the North East London Integrated "
        "Care Board (NEL ICB), schools, colleges and Havering Parent Carer Forum.")
    d.p("1.4 Officers of the Department for Education and NHS England held the first monitoring meeting on 17 "
        "January 2023. Advisers recognised the strength of the Board and the quality of the co-production with "
        "parents, and asked the area to set out clearer milestones for the reduction in waiting times for "
        "neurodevelopmental assessment. The next monitoring meeting is scheduled for July 2023. Ofsted and the "
        "CQC will re-visit the area to decide whether it has made sufficient progress in addressing each area of "
        "significant weakness.<super>1</super>")
    d.p("<b>2. Progress</b>")
    d.p("2.1 <i>Leadership and strategy.</i> The SEND Improvement Board has met every month since October 2022. "
        "A draft Joint SEND Strategy 2023-2026 was co-produced with parents, carers and young people and was "
        "consulted on between 9 January and 17 February 2023. Cabinet is asked to endorse the draft, which will "
        "be finally approved by the Board on 27 April 2023 and published on the Local Offer in May 2023.")
    d.p("2.2 <i>Joint commissioning.</i> A joint commissioning framework was agreed by the Health and Wellbeing "
        "Board on 30 November 2022. The joint review of therapies found that demand for speech and language "
        "therapy had risen by 41% since 2019, and that the service had been commissioned on the basis of "
        "historic activity rather than need. A business case for additional therapy capacity will be "
        "considered by the ICB in May 2023.")
    d.p("2.3 <i>EHC plans.</i> Timeliness has improved substantially: 58% of new plans were issued within 20 "
        "weeks in the year to January 2023, compared with 31% in 2021, although this remains below the "
        "England average. The quality of plans has improved, but not yet to the standard the partnership "
        "expects, and social care advice is too often late.")
    d.p("2.4 <i>Neurodevelopmental assessment and mental health.</i> The single neurodevelopmental pathway was "
        "launched on 1 February 2023. The median wait for an autism assessment is 58 weeks, against a target of "
        "18 weeks, and this area is rated red. The ICB has agreed non-recurrent funding for additional "
        "assessments until March 2024 and is developing a recurrent proposal.")
    d.p("2.5 <i>Inclusion.</i> The register of part-time timetables and the inclusion charter have reduced the "
        "number of pupils with SEND on part-time timetables by over a third. Permanent exclusions of pupils with "
        "SEND have fallen, but remain above the London average, and the Sub-Committee is asked to review this "
        "area.")
    d.p("<b>3. Co-production and consultation</b>")
    d.p("3.1 Havering Parent Carer Forum is a member of the SEND Improvement Board and of each of its workstreams. "
        "Its chair, Bernadette Quaye, told the Board on 15 February 2023 that parents were beginning to see "
        "change, particularly in communication from the SEND service, but that waiting times for assessment "
        "remained their greatest concern. The Youth SEND Panel has met six times since October 2022 and "
        "designed the young people's version of the joint strategy.")
    d.p("<super>1</super> Re-visits normally take place within approximately 18 months of the publication of the "
        "WSoA. The SEND and alternative provision improvement plan published by the Government on 2 March 2023 "
        "confirms that local areas inspected under the previous framework will be re-visited under the "
        "arrangements introduced in January 2023.", SMALL)
    d.h("IMPLICATIONS AND RISKS")
    d.p("<b>Financial implications and risks:</b>")
    d.p("There are no new financial implications arising from this report. The Council's contribution to the WSoA "
        "is funded from the Children's Services budget and from the high needs block of the Dedicated Schools "
        "Grant, which is forecast to overspend by 4.8 million pounds in 2022/23. The ICB's contribution, "
        "including the non-recurrent funding for neurodevelopmental assessments, is funded from its own "
        "budgets. Should the re-visit find insufficient progress, the Department for Education may issue an "
        "Improvement Notice, which could carry further costs.")
    d.p("Mei-Ling Dawson, Strategic Finance Business Partner (Children's Services), 1 March 2023")
    d.p("<b>Legal implications and risks:</b>")
    d.p("The Council has duties under Part 3 of the Children and Families Act 2014 to identify, assess and make "
        "provision for children and young people with SEND, and to keep its arrangements under review. The "
        "Secretary of State may use powers under section 497A of the Education Act 1996 if the Council fails to "
        "perform these duties. There are no direct legal implications arising from the recommendations.")
    d.p("Ruth Castellanos, Principal Lawyer (Children and Education), Legal Services, 2 March 2023")
    d.p("<b>Human Resources implications and risks:</b>")
    d.p("The recruitment of additional EHC co-ordinators and educational psychologists has been completed within "
        "existing establishments. There are no other HR implications.")
    d.p("<b>Equalities implications and risks:</b>")
    d.p("The Council's Public Sector Equality Duty under section 149 of the Equality Act 2010 requires it to have "
        "due regard to the need to eliminate discrimination and advance equality of opportunity for disabled "
        "children and young people. The WSoA is intended to improve their outcomes, and an equality and health "
        "impact assessment of the draft Joint SEND Strategy was completed on 20 February 2023.")
    d.p("<b>Health and wellbeing implications and risks:</b>")
    d.p("Long waits for neurodevelopmental assessment and mental health support affect the wellbeing of children "
        "and their families. The actions of the WSoA are designed to reduce those waits and to support families "
        "while they wait.")
    d.h("BACKGROUND PAPERS")
    d.p("1. Joint local area SEND inspection in Havering, Ofsted and CQC, letter of 3 May 2022.<br/>"
        "2. Havering Written Statement of Action, 12 August 2022.<br/>"
        "3. Report to Cabinet, 14 September 2022: SEND Written Statement of Action.<br/>"
        "4. Note of the DfE and NHS England monitoring meeting, 17 January 2023.")
    d.add(PageBreak())
    d.h("Appendix A: Written Statement of Action - progress at February 2023")
    d.p("The table sets out, for each area of significant weakness identified at the inspection, the key actions "
        "of the Written Statement of Action, the lead officer, the timescale, a rating of progress and a summary "
        "of the progress made. Ratings were agreed by the SEND Improvement Board at its meeting on 15 February "
        "2023.", SMALL)
    rows = [["No.", "Area of significant weakness", "Key actions", "Lead", "Timescale", "RAG",
             "Progress update"]]
    for number, text, themes, actions, lead, when, rag, progress in HAVERING_PLAN:
        rows.append([number, escape(text), actions, lead, when, rag, progress])
        d.record_weak(text, themes)
    d.table(rows, [0.7 * cm, 3.3 * cm, 3.4 * cm, 2.2 * cm, 2.2 * cm, 1.3 * cm, 3.1 * cm], split_in_row=True)
    d.space(8)
    d.p("RAG: Green - on track to deliver the intended impact; Amber - progress made, but impact not yet "
        "secure; Red - not on track.", SMALL)

    # dates
    d.date("15 March 2023", "2023-03-15")
    d.date("September 2023", "2023-09")
    d.date("March 2022", "2022-03")
    d.date("from 7 to 11 March 2022", "2022-03-07", "2022-03-11")
    d.date("3 May 2022", "2022-05-03")
    d.date("12 August 2022", "2022-08-12")
    d.date("28 September 2022", "2022-09-28")
    d.date("17 January 2023", "2023-01-17")
    d.date("July 2023", "2023-07")
    d.date("October 2022", "2022-10")
    d.date("between 9 January and 17 February 2023", "2023-01-09", "2023-02-17")
    d.date("27 April 2023", "2023-04-27")
    d.date("May 2023", "2023-05")
    d.date("30 November 2022", "2022-11-30")
    d.date("January 2023", "2023-01")
    d.date("1 February 2023", "2023-02-01")
    d.date("March 2024", "2024-03")
    d.date("15 February 2023", "2023-02-15")
    d.date("1 March 2023", "2023-03-01")
    d.date("2 March 2023", "2023-03-02")
    d.date("20 February 2023", "2023-02-20")
    d.date("14 September 2022", "2022-09-14")
    d.date("February 2023", "2023-02")
    d.date("October 2022 to April 2023", "2022-10", "2023-04")
    d.date("6 October 2022", "2022-10-06")
    d.date("December 2022", "2022-12")
    d.date("September 2022 to July 2023", "2022-09", "2023-07")
    d.date("September 2022 to September 2023", "2022-09", "2023-09")
    d.date("November 2022", "2022-11")
    d.date("October 2022 to December 2023", "2022-10", "2023-12")
    d.date("24 January 2023", "2023-01-24")
    # people
    d.person("Gillian Whitcombe", "Cabinet Member for Children and Young People", "member")
    d.person("Rowena Blackstock", "Director of Starting Well", "officer")
    d.person("Daniel Okafor-Price", "Assistant Director, SEND and Inclusion", "officer",
             "daniel.okafor-price@havering.gov.uk", "01708 433218")
    d.person("Margaret Ellory-Shaw", "chair, SEND Improvement Board", "other")
    d.person("Bernadette Quaye", "chair, Havering Parent Carer Forum", "other")
    d.person("Mei-Ling Dawson", "Strategic Finance Business Partner (Children's Services)", "officer")
    d.person("Ruth Castellanos", "Principal Lawyer (Children and Education), Legal Services", "officer")
    # events
    d.event("inspection", "2022-03-07", "2022-03-11", "Ofsted and the CQC carried out a joint inspection of the "
            "Havering local area from 7 to 11 March 2022")
    d.event("outcome-letter", "2022-05-03", None, "The inspection letter, published on 3 May 2022")
    d.event("wsoa-submitted", "2022-08-12", None, "The local area submitted its WSoA on 12 August 2022")
    d.event("wsoa-approved", "2022-09-28", None, "it was declared fit for purpose by Ofsted and the CQC on 28 "
            "September 2022")
    d.event("monitoring", "2023-01-17", None, "Officers of the Department for Education and NHS England held the "
            "first monitoring meeting on 17 January 2023.")
    d.event("monitoring", "2023-07", None, "The next monitoring meeting is scheduled for July 2023.")
    d.event("progress-plan", "2023-04-27", None, "Cabinet is asked to endorse the draft, which will be finally "
            "approved by the Board on 27 April 2023")
    d.event("progress-plan", "2023-05", None, "and published on the Local Offer in May 2023")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 5. Peterborough: scrutiny report on the Area SEND inspection outcome (2023 framework), numbered paragraphs
# ------------------------------------------------------------------------------------------------------------------

def peterborough_report() -> Doc:
    d = Doc(
        "peterborough/round22-2025-03-10-children-and-education-scrutiny-committee/Area SEND Inspection Outcome "
        "Report.pdf",
        {"council": "Peterborough City Council", "council_slug": "peterborough",
         "committee": "Children and Education Scrutiny Committee", "meeting_date": "2025-03-10",
         "title": "Area SEND Inspection of the Peterborough Local Area Partnership: Outcome and Next Steps",
         "source_kind": "moderngov-document",
         "url": "http://democracy.peterborough.gov.uk/documents/s58213/6.%20Area%20SEND%20Inspection%20Outcome%20"
                "Report.pdf"},
        {"council": "Peterborough City Council", "committee": "Children and Education Scrutiny Committee",
         "date": "2025-03-10"},
        "Peterborough City Council", "Children and Education Scrutiny Committee", "10 March 2025 - Agenda Item 6")
    d.table([["CHILDREN AND EDUCATION SCRUTINY COMMITTEE", "AGENDA ITEM No. 6"],
             ["10 MARCH 2025", "PUBLIC REPORT"]], [11.2 * cm, 5 * cm], header=False)
    d.space(6)
    d.table([["Report of:", "Edward Lamb-Kessler, Executive Director of Children's Services"],
             ["Cabinet Member(s) responsible:", "Councillor Imogen Pardoe-Lund, Cabinet Member for Children's "
              "Services, Education, Skills and the University"],
             ["Contact Officer(s):", "Victoria Hampton-Rees, Director of Education<br/>"
              "Owen Fitzwilliam-Grant, Assistant Director, SEND and Inclusion"],
             ["Tel.", "01733 452719<br/>01733 453304"]],
            [5 * cm, 11.2 * cm], header=False)
    d.space(8)
    d.title("AREA SEND INSPECTION OF THE PETERBOROUGH LOCAL AREA PARTNERSHIP: OUTCOME AND NEXT STEPS")
    d.table([["RECOMMENDATIONS", ""],
             ["FROM: Executive Director of Children's Services", "Deadline date: N/A"]],
            [11.2 * cm, 5 * cm], header=False)
    d.p("It is recommended that the Children and Education Scrutiny Committee:")
    d.res("1.", "Notes the outcome of the Area SEND inspection of the Peterborough local area partnership and the "
          "areas for improvement identified by inspectors;", "recommendation", style=NUMBERED)
    d.res("2.", "Comments on the priorities of the updated strategic SEND action plan set out in section 4 of "
          "this report; and", "recommendation", style=NUMBERED)
    d.res("3.", "Agrees to receive a report on progress against the updated plan every six months, the first "
          "in September 2025.", "recommendation", style=NUMBERED)
    d.h("1. ORIGIN OF REPORT")
    d.p("1.1 This report is submitted to the Committee at the request of the Chair, Councillor Harold Whitlock, "
        "following the publication of the report of the Area SEND inspection of the Peterborough local area "
        "partnership.")
    d.h("2. PURPOSE AND REASON FOR REPORT")
    d.p("2.1 The purpose of this report is to inform the Committee of the outcome of the inspection, the areas "
        "for improvement that inspectors identified and the partnership's plans to address them.")
    d.p("2.2 This report is for the Children and Education Scrutiny Committee to consider under its Terms of "
        "Reference No. Part 3, Section 4 - Overview and Scrutiny Functions, paragraph 2.1, Functions determined "
        "by Council: Children's Services including education, special educational needs and disabilities.")
    d.p("2.3 How does this report link to the Children in Care Pledge? Children in care are more likely than "
        "their peers to have special educational needs. The actions set out in this report will improve the "
        "timeliness and quality of support for children in care with SEND.")
    d.h("3. TIMESCALES")
    d.table([["Is this a Major Policy Item/Statutory Plan?", "NO", "If yes, date for Cabinet meeting", "N/A"]],
            [6 * cm, 1.5 * cm, 6 * cm, 2.7 * cm], header=False)
    d.h("4. BACKGROUND AND KEY ISSUES")
    d.p("<i>The inspection</i>")
    d.p("4.1 Ofsted and the Care Quality Commission (CQC) carried out an Area SEND inspection of the "
        "Peterborough local area partnership from 2 to 6 December 2024, under the framework that came into "
        "effect in January 2023.<super>1</super> The partnership comprises Peterborough City Council and NHS "
        "Cambridgeshire and Peterborough Integrated Care Board (ICB), working with schools, colleges, early "
        "years settings and the Peterborough Parent Carer Partnership.")
    d.p("4.2 The inspection report was published on 7 February 2025. Inspectors found that the local area "
        "partnership's arrangements lead to inconsistent experiences and outcomes for children and young people "
        "with special educational needs and/or disabilities (SEND). The local area partnership must work "
        "jointly to make improvements. This is the middle of the three possible inspection outcomes. The next "
        "full reinspection will be within approximately three years, and Ofsted and the CQC will hold an annual "
        "engagement meeting with the partnership in the meantime.")
    d.p("4.3 The area's previous inspection, in November 2017 under the framework introduced in May 2016, did "
        "not require the area to produce a Written Statement of Action.")
    d.p("<i>What inspectors found</i>")
    d.p("4.4 Inspectors recognised a number of strengths, including:")
    for text in ["the strong and trusting relationship between leaders and the Peterborough Parent Carer "
                 "Partnership, which shapes the partnership's priorities;",
                 "the effective early years inclusion service, which identifies needs early and supports "
                 "settings well;",
                 "the quality of support for young people preparing for adulthood at the city's further "
                 "education college; and",
                 "the designated clinical officer's work to improve the health contribution to EHC plans."]:
        d.p("&bull; " + text, BULLET)
    d.p("4.5 Inspectors identified five areas for improvement, which are set out in paragraphs 4.6 to 4.10 as "
        "they appear in the inspection report.")
    d.weak("Leaders should improve the timeliness and quality of EHC plans, including the quality of the advice "
           "from education, health and care that informs them.", ["ehc-plans"], marker="4.6", style=NUMBERED)
    d.weak("Leaders should ensure that children and young people with SEND who are not in school, or who attend "
           "alternative provision, receive a suitable full-time education.", ["inclusion-provision"],
           marker="4.7", style=NUMBERED)
    d.weak("Leaders in the ICB should reduce the time that children wait for speech and language therapy and for "
           "assessment for autism.", ["health-services"], marker="4.8", style=NUMBERED)
    d.weak("Leaders should improve the partnership's oversight of the impact of its work, so that they have an "
           "accurate view of the experiences of children and young people.",
           ["leadership-governance", "data-oversight"], marker="4.9", style=NUMBERED)
    d.weak("Leaders should improve communication with families, so that parents and carers know what support is "
           "available and how to access it.", ["co-production", "local-offer"], marker="4.10",
           style=NUMBERED)
    d.p("<i>The partnership's response</i>")
    d.p("4.11 The partnership is required to update its strategic SEND action plan to address the areas for "
        "improvement. The updated plan will be agreed by the SEND Executive Board on 20 March 2025 and "
        "submitted to Ofsted by 4 April 2025. It has five priorities, one for each area for improvement, and "
        "each has a senior lead from the Council or the ICB and measures of impact agreed with the Parent Carer "
        "Partnership.")
    d.p("4.12 Work has already started on each priority. The EHC needs assessment team has been restructured "
        "into three locality teams, each with a named educational psychologist, and since January 2025 every "
        "draft plan has been reviewed by a senior practitioner before it is issued. In the year to December "
        "2024, 49% of new plans were issued within 20 weeks, compared with 46% nationally in 2023. Dr Sunita "
        "Varma-Cole, Designated Medical Officer for the ICB, has introduced a monthly audit of health advice.")
    d.p("4.13 The ICB has commissioned additional speech and language therapy capacity for children of school "
        "age from April 2025. The number of children waiting for an autism assessment stood at 1,930 on 31 "
        "January 2025, of whom 640 had waited for more than a year. A new triage process, which will direct "
        "families to support while they wait, will start on 1 May 2025.")
    d.p("4.14 The Council has established a register of children with SEND on part-time timetables, and a "
        "multi-agency panel reviews each child's education every half term. At the last count, on 14 February "
        "2025, 83 children with SEND were on a part-time timetable, and 212 attended alternative provision for "
        "part or all of the week. The Council's Alternative Provision Strategy will be refreshed by July "
        "2025.")
    d.p("4.15 To improve the partnership's oversight, a SEND outcomes framework, with a quarterly dashboard, has "
        "been developed with the Parent Carer Partnership and will be reported to the SEND Executive Board from "
        "its meeting in April 2025. The first version of the dashboard is at Appendix 1.")
    d.p("4.16 A communication plan for families has been co-produced with the Parent Carer Partnership. It "
        "includes a redesigned Local Offer website, to be launched in June 2025, a termly newsletter and "
        "locality drop-in sessions for parents and carers, the first of which took place on 26 February 2025.")
    d.h("5. CORPORATE PRIORITIES")
    d.p("5.1 The recommendations support the Council's corporate priority of Children: giving every child in "
        "Peterborough the best start in life and the opportunity to achieve their potential, and the priority "
        "of Healthy Communities.")
    d.h("6. CONSULTATION")
    d.p("6.1 The priorities of the updated plan were discussed with parents and carers at two workshops held "
        "with the Peterborough Parent Carer Partnership on 13 and 20 February 2025, attended by 74 parents and "
        "carers, and with young people through the SEND Youth Forum. Joanna Kettering, Chair of the Parent Carer "
        "Partnership, has said that parents welcome the honesty of the inspection report and want to see "
        "communication improve quickly.")
    d.p("6.2 Headteachers were consulted through the Peterborough Schools Forum on 27 February 2025 and through "
        "the primary and secondary headteacher reference groups.")
    d.h("7. ANTICIPATED OUTCOMES OR IMPACT")
    d.p("7.1 The Committee will understand the outcome of the inspection and will be able to contribute to, and "
        "monitor, the partnership's response.")
    d.h("8. REASON FOR THE RECOMMENDATION")
    d.p("8.1 The Committee has a role in scrutinising the Council's services for children and young people with "
        "SEND and in holding the partnership to account for improvement.")
    d.h("9. ALTERNATIVE OPTIONS CONSIDERED")
    d.p("9.1 None. The partnership is required by the inspection framework to update its strategic plan.")
    d.h("10. IMPLICATIONS")
    d.p("<i>Financial Implications</i>")
    d.p("10.1 The actions in the updated plan will be funded from existing Council and ICB budgets and from the "
        "high needs block of the Dedicated Schools Grant. The high needs block is forecast to overspend by 6.3 "
        "million pounds in 2024/25, and the cumulative deficit is expected to reach 21.8 million pounds by 31 "
        "March 2025. The statutory override, which keeps the deficit off the Council's balance sheet, has been "
        "extended to 31 March 2026.<super>2</super>")
    d.p("Financial implications verified by: Aleksander Nowak-Hale, Finance Business Partner (Children's "
        "Services), 21 February 2025")
    d.p("<i>Legal Implications</i>")
    d.p("10.2 The Council has duties under Part 3 of the Children and Families Act 2014 and the Special "
        "Educational Needs and Disability Regulations 2014, including the duty to issue EHC plans within 20 "
        "weeks of a request for assessment. Section 19 of the Education Act 1996 requires the Council to "
        "arrange suitable full-time education for children who cannot attend school. The partnership's response "
        "to the inspection will help the Council to meet these duties.")
    d.p("Legal implications verified by: Precious Adeyemi-Cole, Senior Solicitor (Education and Children), 24 "
        "February 2025")
    d.p("<i>Equalities Implications</i>")
    d.p("10.3 Children and young people with SEND share the protected characteristic of disability. The updated "
        "plan is intended to improve their experiences and outcomes, and an equality impact assessment will be "
        "completed before the plan is agreed.")
    d.p("<i>Carbon Impact Assessment</i>")
    d.p("10.4 The recommendations have no carbon impact.")
    d.p("<i>Risks</i>")
    d.p("10.5 The main risks to the delivery of the updated plan, and their mitigation, are:")
    d.table([["Risk", "Likelihood", "Impact", "Mitigation"],
             ["Demand for EHC needs assessments continues to rise faster than the capacity of the service.",
              "High", "High", "Locality teams; recruitment of two additional educational psychologists; weekly "
              "tracking of every open assessment."],
             ["The additional therapy capacity does not reduce waiting times quickly enough.", "Medium", "High",
              "Monthly reporting to the SEND Executive Board; waiting-well support for families."],
             ["Schools do not have the capacity to meet needs, leading to more requests for specialist "
              "places.", "Medium", "Medium", "Inclusion support offer; outreach from special schools; new "
              "resourced provisions from September 2025."],
             ["The high needs deficit limits the partnership's ability to invest.", "High", "High",
              "Delivering Better Value programme; discussions with the Department for Education."]],
            [6 * cm, 2.2 * cm, 2 * cm, 6 * cm])
    d.h("11. BACKGROUND DOCUMENTS")
    d.p("Used to prepare this report, in accordance with the Local Government (Access to Information) Act 1985")
    d.p("11.1 Area SEND inspection of Peterborough Local Area Partnership, Ofsted and CQC, published 7 February "
        "2025.<br/>11.2 Peterborough SEND and Inclusion Strategy 2023-2026, approved by Cabinet on 24 July 2023."
        "<br/>11.3 Report to the Children and Education Scrutiny Committee, SEND Update, 11 September 2024.<br/>"
        "11.4 Area SEND inspections: framework and handbook, Ofsted and CQC, updated 1 August 2024.")
    d.h("12. APPENDICES")
    d.p("12.1 Appendix 1 - SEND outcomes dashboard (first version)")
    d.space(10)
    d.p("<super>1</super> The framework and handbook were first published on 15 November 2022. Inspections under "
        "the previous framework ended in December 2022.", SMALL)
    d.p("<super>2</super> The extension was announced in the local government finance settlement on 18 December "
        "2024.", SMALL)
    d.add(PageBreak())
    d.h("Appendix 1 - SEND outcomes dashboard (first version)")
    d.p("The dashboard will be reported quarterly to the SEND Executive Board. Figures are for Peterborough "
        "unless stated.", SMALL)
    d.table([["Measure", "September 2024", "October 2024", "November 2024", "December 2024", "January 2025"],
             ["New EHC plans issued within 20 weeks (month)", "44%", "51%", "47%", "55%", "58%"],
             ["Requests for EHC needs assessment received", "96", "121", "104", "78", "112"],
             ["Annual reviews completed within timescale", "62%", "60%", "64%", "66%", "69%"],
             ["Health advice returned within six weeks", "71%", "74%", "80%", "77%", "84%"],
             ["Children waiting for an autism assessment", "2,040", "2,010", "1,985", "1,960", "1,930"],
             ["Children with SEND on a part-time timetable", "97", "94", "90", "88", "85"],
             ["Suspensions of pupils with an EHC plan", "41", "57", "49", "23", "52"],
             ["Local Offer page views", "11,240", "12,980", "10,410", "7,860", "13,120"]],
            [5.2 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm])
    d.space(8)
    d.p("Sources: SEND case management system; NHS Cambridgeshire and Peterborough ICB; school census; Local "
        "Offer analytics. Figures for January 2025 are provisional.", SMALL)

    # dates
    d.date("10 MARCH 2025", "2025-03-10")
    d.date("September 2025", "2025-09")
    d.date("from 2 to 6 December 2024", "2024-12-02", "2024-12-06")
    d.date("January 2023", "2023-01")
    d.date("7 February 2025", "2025-02-07")
    d.date("November 2017", "2017-11")
    d.date("May 2016", "2016-05")
    d.date("20 March 2025", "2025-03-20")
    d.date("4 April 2025", "2025-04-04")
    d.date("January 2025", "2025-01")
    d.date("December 2024", "2024-12")
    d.date("April 2025", "2025-04")
    d.date("31 January 2025", "2025-01-31")
    d.date("1 May 2025", "2025-05-01")
    d.date("14 February 2025", "2025-02-14")
    d.date("July 2025", "2025-07")
    d.date("June 2025", "2025-06")
    d.date("26 February 2025", "2025-02-26")
    d.date("13 and 20 February 2025", "2025-02-13")
    d.date("20 February 2025", "2025-02-20")
    d.date("27 February 2025", "2025-02-27")
    d.date("31 March 2025", "2025-03-31")
    d.date("31 March 2026", "2026-03-31")
    d.date("21 February 2025", "2025-02-21")
    d.date("24 February 2025", "2025-02-24")
    d.date("24 July 2023", "2023-07-24")
    d.date("11 September 2024", "2024-09-11")
    d.date("1 August 2024", "2024-08-01")
    d.date("15 November 2022", "2022-11-15")
    d.date("December 2022", "2022-12")
    d.date("18 December 2024", "2024-12-18")
    d.date("September 2024", "2024-09")
    d.date("October 2024", "2024-10")
    d.date("November 2024", "2024-11")
    # people
    d.person("Edward Lamb-Kessler", "Executive Director of Children's Services", "officer")
    d.person("Imogen Pardoe-Lund", "Cabinet Member for Children's Services, Education, Skills and the University",
             "member")
    d.person("Victoria Hampton-Rees", "Director of Education", "officer", None, "01733 452719")
    d.person("Owen Fitzwilliam-Grant", "Assistant Director, SEND and Inclusion", "officer", None, "01733 453304")
    d.person("Harold Whitlock", "Chair", "member")
    d.person("Sunita Varma-Cole", "Designated Medical Officer for the ICB", "officer")
    d.person("Joanna Kettering", "Chair of the Parent Carer Partnership", "other")
    d.person("Aleksander Nowak-Hale", "Finance Business Partner (Children's Services)", "officer")
    d.person("Precious Adeyemi-Cole", "Senior Solicitor (Education and Children)", "officer")
    # events
    d.event("inspection", "2024-12-02", "2024-12-06", "Ofsted and the Care Quality Commission (CQC) carried out an "
            "Area SEND inspection of the Peterborough local area partnership from 2 to 6 December 2024")
    d.event("outcome-letter", "2025-02-07", None, "The inspection report was published on 7 February 2025.")
    d.event("inspection", "2017-11", None, "The area's previous inspection, in November 2017")
    d.event("progress-plan", "2025-03-20", None, "The updated plan will be agreed by the SEND Executive Board on "
            "20 March 2025")
    d.event("progress-plan", "2025-04-04", None, "and submitted to Ofsted by 4 April 2025")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 6. Swindon: covering report and annual SEND self-evaluation summary (2016 framework history, 2023 framework ahead)
# ------------------------------------------------------------------------------------------------------------------

SWINDON_2019 = [
    ("The lack of a strategic, joined-up approach to SEND across the local area, and leaders' inaccurate "
     "understanding of the area's strengths and weaknesses", ["leadership-governance"],
     "Sufficient progress. A joint SEND strategy and a shared self-evaluation are in place, and leaders know the "
     "area well."),
    ("The poor quality of EHC plans and the weak contribution of health and social care to them", ["ehc-plans"],
     "Sufficient progress. Plans are more timely and health advice is consistently included; social care advice "
     "is improving."),
    ("The limited engagement of parents and carers in the design of services, and their lack of confidence in "
     "the local area's arrangements", ["co-production"],
     "Sufficient progress. The Parent Carer Forum is an equal partner in the SEND Partnership Board."),
    ("The variable quality of provision for children and young people receiving SEN support, and high rates of "
     "exclusion", ["inclusion-provision"],
     "Sufficient progress. The SEN support toolkit is used by most schools and exclusions have fallen."),
]
SWINDON_SEF = [
    ("Leadership and governance", "The SEND Partnership Board brings together all partners and parents; the "
     "joint SEND and Inclusion Strategy 2024-2027 is understood by leaders across the area.",
     "Our use of data on the outcomes of children with SEND is still developing, and the 19 to 25 age group is "
     "not yet well represented in our performance reporting.", "Good"),
    ("Identification and assessment of need", "Early years inclusion funding and the integrated review at two "
     "identify needs early; 64% of new EHC plans were issued within 20 weeks in 2024.",
     "The number of requests for assessment has risen by 27% in two years, and the timeliness of annual "
     "reviews has fallen.", "Requires improvement"),
    ("Health services", "Waiting times for speech and language therapy have halved since 2023.",
     "Children wait too long for an autism or ADHD assessment: the median wait was 71 weeks in March 2025.",
     "Requires improvement"),
    ("Inclusion and provision", "Two new special free schools opened in September 2024, adding 180 places.",
     "Too many children with SEND are suspended, and the number of children educated out of the borough is "
     "rising.", "Requires improvement"),
    ("Preparing for adulthood", "Supported internships have increased from 12 to 38 places.",
     "Young people tell us that they want more information about housing and independent living.", "Good"),
    ("Co-production and communication", "Parents' confidence has improved: 61% of respondents to the 2024 "
     "survey were satisfied, compared with 38% in 2020.", "Families who do not use the Local Offer website "
     "find it hard to get information.", "Good"),
]


def swindon_report() -> Doc:
    d = Doc(
        "swindon/round22-2025-06-23-childrens-services-and-education-overview-and-scrutiny-committee/SEND "
        "Self-Evaluation Summary 2025.pdf",
        {"council": "Swindon Borough Council", "council_slug": "swindon",
         "committee": "Children's Services and Education Overview and Scrutiny Committee",
         "meeting_date": "2025-06-23", "title": "SEND Local Area Self-Evaluation: Annual Summary 2025",
         "source_kind": "moderngov-document",
         "url": "https://ww5.swindon.gov.uk/moderngov/documents/s131420/SEND%20Self-Evaluation%20Summary%202025."
                "pdf"},
        {"council": "Swindon Borough Council",
         "committee": "Children's Services and Education Overview and Scrutiny Committee", "date": "2025-06-23"},
        "Swindon Borough Council", "Children's Services and Education Overview and Scrutiny Committee",
        "23 June 2025", page_label="Page {n} of {total}")
    d.title("Swindon Borough Council")
    d.table([["Committee:", "Children's Services and Education Overview and Scrutiny Committee"],
             ["Date of meeting:", "Monday, 23 June 2025"],
             ["Title of report:", "SEND Local Area Self-Evaluation: Annual Summary 2025"],
             ["Cabinet Member:", "Councillor Ruth Ashbury-Pike, Cabinet Member for Children's Services and "
              "Education"],
             ["Report of:", "Sharon Etheridge-Vaux, Corporate Director of Children's Services"],
             ["Ward(s):", "All"], ["Key decision:", "No"], ["Exempt:", "No"]],
            [4.5 * cm, 11.7 * cm], header=False)
    d.h("1. Purpose of the report")
    d.p("1.1 To present to the Committee the annual summary of the Swindon local area partnership's "
        "self-evaluation of its arrangements for children and young people with special educational needs and "
        "disabilities (SEND), as requested by the Committee's Chair, Councillor Tobias Liddington, at the meeting "
        "on 10 March 2025.")
    d.h("2. Recommendations")
    d.p("2.1 The Committee is asked to:")
    d.res("(a)", "consider the Swindon Local Area SEND Self-Evaluation Summary 2025 at Appendix 1;",
          "recommendation")
    d.res("(b)", "endorse the partnership's priorities for 2025-26 set out in section 5 of Appendix 1; and",
          "recommendation")
    d.res("(c)", "agree to receive the next annual summary at its meeting in June 2026, with an interim update "
          "on waiting times for neurodevelopmental assessment in December 2025.", "recommendation")
    d.h("3. Background")
    d.p("3.1 A local area's self-evaluation is central to the Area SEND inspection framework introduced by "
        "Ofsted and the Care Quality Commission (CQC) in January 2023. Inspectors use it to plan their "
        "inspection, and the quality of a partnership's self-evaluation is itself evidence of the strength of "
        "its leadership. Swindon has not yet been inspected under the new framework; as the area was last "
        "inspected in 2019, an inspection is likely within the next year.")
    d.p("3.2 The self-evaluation was refreshed by the SEND Partnership Board in February 2025, drawing on data to "
        "31 January 2025, on the parent and carer survey carried out in November 2024, and on case audits "
        "completed jointly by education, health and care practitioners. The summary at Appendix 1 sets out the "
        "partnership's inspection history, its view of its own strengths and of the areas it needs to develop, "
        "and its priorities for 2025-26.")
    d.p("3.3 The partnership's judgements are its own. They are not the findings of an inspection, and the "
        "areas it needs to develop are included so that the Committee can scrutinise the partnership's plans "
        "to address them.")
    d.h("4. Key points")
    d.p("4.1 The summary records that the improvements made since the 2019 inspection have been sustained. In "
        "particular, the timeliness of EHC plans remains above the national average, and parents' confidence "
        "continues to improve. The partnership judges three of the six areas of its self-evaluation to require "
        "improvement, most significantly the waiting times for autism and ADHD assessment, which are the "
        "partnership's greatest concern.")
    d.p("4.2 The partnership's data show a continued rise in demand. On 31 January 2025, 2,614 children and "
        "young people had an EHC plan, an increase of 14% on the previous year, and the high needs block of the "
        "Dedicated Schools Grant is forecast to overspend by 5.1 million pounds in 2025/26.")
    d.p("4.3 The Committee may wish to focus its questions on the waiting times for neurodevelopmental "
        "assessment, on the rise in suspensions of children with SEND and on the sufficiency of local specialist "
        "places, which are the areas where the partnership's own judgement is weakest.")
    d.h("5. Financial implications")
    d.p("5.1 There are no direct financial implications arising from this report. The partnership's priorities "
        "will be delivered within existing budgets, including the high needs block. Comments by Priyanka "
        "Seth-Morris, Finance Business Partner (Children's Services), 4 June 2025.")
    d.h("6. Legal considerations")
    d.p("6.1 The Council has duties under the Children and Families Act 2014 to keep its SEND arrangements under "
        "review. There are no legal implications arising from the recommendations. Comments by Rhodri Aubrey, "
        "Principal Solicitor, 5 June 2025.")
    d.h("6A. Equality implications")
    d.p("6A.1 Children and young people with SEND share the protected characteristic of disability, and boys, "
        "children eligible for free school meals and children in care are over-represented among them. The "
        "partnership's priorities are intended to reduce the inequalities in their experiences and outcomes. "
        "An equality impact assessment of the SEND and Inclusion Strategy 2024-2027 was completed in March "
        "2024 and will be reviewed alongside the next self-evaluation.")
    d.h("6B. Links to the Council's priorities")
    d.p("6B.1 The report supports the Council's priority that every child in Swindon has a good start in life "
        "and the ambition of the SEND and Inclusion Strategy that children with SEND are educated in their own "
        "community wherever possible.")
    d.h("7. Risk management")
    d.table([["Risk", "Likelihood", "Mitigation"],
             ["The area is inspected before the priorities for 2025-26 have had an impact.", "High",
              "Self-evaluation kept up to date; inspection readiness plan agreed by the Partnership Board."],
             ["Rising demand for assessments and specialist places outstrips capacity.", "High",
              "Delivering Better Value programme; sufficiency strategy; additional EHC co-ordinators."]],
            [7.2 * cm, 2.2 * cm, 6.8 * cm])
    d.h("8. Consultation")
    d.p("8.1 The self-evaluation was co-produced with the Swindon Parent Carer Forum, whose chair, Leanne "
        "Hatherall, is a member of the SEND Partnership Board, and with the SEND Youth Voice group.")
    d.table([["Contact officer:", "Niall Broadhurst, Head of SEND Strategy and Commissioning<br/>Telephone: "
              "01793 463719<br/>Email: nbroadhurst@swindon.gov.uk"],
             ["Appendices:", "Appendix 1 - Swindon Local Area SEND Self-Evaluation Summary 2025"],
             ["Background papers:", "Joint local area SEND inspection in Swindon, Ofsted and CQC, 9 May 2019; "
              "Swindon re-visit letter, Ofsted and CQC, 30 November 2021; SEND and Inclusion Strategy 2024-2027, "
              "approved by Cabinet on 17 April 2024."]],
            [4.5 * cm, 11.7 * cm], header=False)
    d.add(PageBreak())

    # Appendix 1
    d.title("Appendix 1: Swindon Local Area SEND Self-Evaluation Summary 2025")
    d.p("Swindon Borough Council and NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board "
        "(BSW ICB), with the Swindon Parent Carer Forum. Agreed by the SEND Partnership Board on 26 February "
        "2025.")
    d.h("1. Our local area")
    d.table([["Measure", "Swindon", "England"],
             ["Children and young people with an EHC plan (January 2025)", "2,614", "-"],
             ["Pupils with an EHC plan, as a percentage of all pupils (January 2025)", "4.7%", "5.3%"],
             ["Pupils receiving SEN support (January 2025)", "13.1%", "14.2%"],
             ["New EHC plans issued within 20 weeks (calendar year 2024)", "64%", "46%"],
             ["Children and young people in specialist provision out of the borough (March 2025)", "236", "-"],
             ["Median wait for an autism or ADHD assessment (March 2025)", "71 weeks", "-"]],
            [10.2 * cm, 3 * cm, 3 * cm])
    d.h("2. Our inspection history")
    d.p("2.1 Ofsted and the CQC carried out a joint inspection of the Swindon local area between 4 and 8 March "
        "2019. The inspection letter, published on 9 May 2019, required the area to produce a Written Statement "
        "of Action (WSoA) to address four areas of significant weakness. The WSoA was declared fit for purpose on "
        "4 September 2019.")
    d.p("2.2 Inspectors re-visited the area from 11 to 13 October 2021, and the re-visit letter, published on 30 "
        "November 2021, found that the area had made sufficient progress in addressing all four areas. At a "
        "review meeting on 18 July 2022, the Department for Education and NHS England confirmed that formal "
        "monitoring had ended. The four areas, and the re-visit's finding on each, were:")
    rows = [["Area of significant weakness (2019)", "Re-visit finding (October 2021)"]]
    for text, themes, finding in SWINDON_2019:
        rows.append([escape(text), finding])
        d.record_weak(text, themes)
    d.table(rows, [8.6 * cm, 7.6 * cm])
    d.space(6)
    d.p("2.3 We use the lessons of that journey in our self-evaluation: a shared understanding of our strengths "
        "and weaknesses, co-produced with families, is the foundation of improvement.")
    d.h("3. How we judge ourselves")
    d.p("3.1 The table sets out, for each area of our self-evaluation, what is working well, what we need to "
        "improve, and our own judgement. The judgements are the partnership's, agreed by the SEND Partnership "
        "Board; they are not inspection findings.")
    rows = [["Area", "What is working well", "What we need to improve", "Our judgement"]]
    for area, good, improve, grade in SWINDON_SEF:
        rows.append([area, good, improve, grade])
    d.table(rows, [3.2 * cm, 5.2 * cm, 5.2 * cm, 2.6 * cm])
    d.h("4. What children, young people and families tell us")
    d.p("4.1 The parent and carer survey carried out in November 2024 received 812 responses. 61% of respondents "
        "were satisfied with the support their child received, compared with 38% in 2020, and 72% said that "
        "their child's EHC plan described their needs well. Families' main concerns were waiting times for "
        "assessment, communication while they wait, and the availability of places in special schools close to "
        "home.")
    d.p("4.2 Young people in the SEND Youth Voice group told us that they want to be involved in their annual "
        "reviews, to have more choice of courses after the age of sixteen, and to be able to travel "
        "independently. Their priorities have shaped the preparing for adulthood actions for 2025-26.")
    d.p("4.3 Dr Anika Thorsby, Designated Clinical Officer for BSW ICB, leads a quarterly audit of the health "
        "contribution to EHC plans with the Parent Carer Forum. The audit in March 2025 found that 86% of health "
        "advice was good or better, compared with 62% in March 2023.")
    d.p("4.4 Families also told us, through the Forum's listening events in January 2025, that they value the "
        "family hubs and the SEND information sessions held there, but that the process for requesting a "
        "specialist place is not well understood. The Forum and the SEND service will publish a short guide to "
        "the process, written with parents, by September 2025.")
    d.h("4A. Outcomes for children and young people with SEND")
    d.p("4A.1 Outcomes for children with SEND in Swindon are broadly in line with those of similar areas. "
        "Pupils receiving SEN support achieve less well at the end of key stage 2 than their peers nationally, "
        "and the gap has not closed. Attendance of pupils with an EHC plan has improved, but persistent "
        "absence remains high among pupils receiving SEN support. The proportion of young people with an EHC "
        "plan who are in education, employment or training at 17 is above the national average.")
    d.table([["Indicator", "2022/23", "2023/24", "England 2023/24"],
             ["Key stage 2: reading, writing and maths at the expected standard (SEN support)", "19%", "20%",
              "24%"],
             ["Key stage 2: reading, writing and maths at the expected standard (EHC plan)", "7%", "8%", "8%"],
             ["Key stage 4: average Attainment 8 score (SEN support)", "33.1", "33.8", "33.3"],
             ["Persistent absence (SEN support)", "31.4%", "29.8%", "27.9%"],
             ["Persistent absence (EHC plan)", "37.2%", "34.1%", "35.0%"],
             ["Young people with an EHC plan in education, employment or training at 17", "89%", "91%", "88%"]],
            [8.4 * cm, 2.4 * cm, 2.4 * cm, 3 * cm])
    d.space(4)
    d.p("4A.2 The partnership's outcomes framework, agreed by the Partnership Board on 26 February 2025, sets "
        "targets for each of these indicators for 2025-26 and 2026-27. Progress against the targets will be "
        "reported with the quarterly dashboard from the Board's meeting in July 2025.")
    d.h("5. Our priorities for 2025-26")
    d.p("5.1 The SEND Partnership Board has agreed five priorities for 2025-26:")
    for text in ["reduce the waiting times for autism and ADHD assessment, with a new assessment pathway from "
                 "September 2025 and support for families while they wait;",
                 "improve the timeliness of annual reviews, so that 80% are completed on time by March 2026;",
                 "reduce suspensions of children with SEND, through the inclusion partnership with schools;",
                 "increase local specialist places, so that fewer children are educated out of the borough; and",
                 "improve information for families who do not use the Local Offer website, including through "
                 "family hubs."]:
        d.p("&bull; " + text, BULLET)
    d.p("5.2 Progress will be reported to the SEND Partnership Board each quarter and to this Committee each "
        "year. The self-evaluation will next be refreshed by January 2026, or earlier if the area is notified "
        "of an inspection.")
    d.h("6. Governance")
    d.p("6.1 The SEND Partnership Board is chaired by the Corporate Director of Children's Services, with the "
        "BSW ICB's Director of Place for Swindon, Marcus Delahaye-Finch, as vice-chair. Its members include "
        "headteachers, the principal of New College Swindon, the Parent Carer Forum and the Youth Voice group. "
        "The Board reports to the Swindon Health and Wellbeing Board and, through the ICB, to the BSW Integrated "
        "Care Partnership.")
    d.p("6.2 The Board's work is organised in four workstreams, each led jointly by a senior officer and a "
        "parent representative: assessment and planning; health and neurodevelopmental pathways; inclusion and "
        "sufficiency; and preparing for adulthood. Each workstream reports to the Board every quarter against the "
        "outcomes framework, and the Board's forward plan includes an inspection readiness exercise, with "
        "partners from a neighbouring area acting as peer reviewers, in the autumn.")
    d.p("6.3 The Board's self-evaluation is checked each year through a peer challenge. The last challenge, "
        "led by the regional SEND network in October 2024, found the self-evaluation to be accurate and "
        "well-evidenced, and recommended that the partnership make more use of the views of young people aged "
        "19 to 25, which the partnership has accepted.")
    d.space(8)
    d.p("Document owner: Niall Broadhurst, Head of SEND Strategy and Commissioning. Version 1.2, 26 February "
        "2025. Next review: January 2026.", SMALL)

    # dates
    d.date("23 June 2025", "2025-06-23")
    d.date("10 March 2025", "2025-03-10")
    d.date("June 2026", "2026-06")
    d.date("December 2025", "2025-12")
    d.date("January 2023", "2023-01")
    d.date("February 2025", "2025-02")
    d.date("31 January 2025", "2025-01-31")
    d.date("November 2024", "2024-11")
    d.date("4 June 2025", "2025-06-04")
    d.date("5 June 2025", "2025-06-05")
    d.date("9 May 2019", "2019-05-09")
    d.date("30 November 2021", "2021-11-30")
    d.date("17 April 2024", "2024-04-17")
    d.date("26 February 2025", "2025-02-26")
    d.date("January 2025", "2025-01")
    d.date("March 2025", "2025-03")
    d.date("between 4 and 8 March 2019", "2019-03-04", "2019-03-08")
    d.date("4 September 2019", "2019-09-04")
    d.date("from 11 to 13 October 2021", "2021-10-11", "2021-10-13")
    d.date("18 July 2022", "2022-07-18")
    d.date("October 2021", "2021-10")
    d.date("September 2024", "2024-09")
    d.date("March 2023", "2023-03")
    d.date("September 2025", "2025-09")
    d.date("March 2026", "2026-03")
    d.date("January 2026", "2026-01")
    d.date("July 2025", "2025-07")
    d.date("March 2024", "2024-03")
    d.date("October 2024", "2024-10")
    # people
    d.person("Ruth Ashbury-Pike", "Cabinet Member for Children's Services and Education", "member")
    d.person("Sharon Etheridge-Vaux", "Corporate Director of Children's Services", "officer")
    d.person("Tobias Liddington", "Chair", "member")
    d.person("Priyanka Seth-Morris", "Finance Business Partner (Children's Services)", "officer")
    d.person("Rhodri Aubrey", "Principal Solicitor", "officer")
    d.person("Leanne Hatherall", "chair, Swindon Parent Carer Forum", "other")
    d.person("Niall Broadhurst", "Head of SEND Strategy and Commissioning", "officer", "nbroadhurst@swindon.gov.uk",
             "01793 463719")
    d.person("Anika Thorsby", "Designated Clinical Officer for BSW ICB", "officer")
    d.person("Marcus Delahaye-Finch", "BSW ICB's Director of Place for Swindon", "officer")
    # events
    d.event("inspection", "2019-03-04", "2019-03-08", "Ofsted and the CQC carried out a joint inspection of the "
            "Swindon local area between 4 and 8 March 2019.")
    d.event("outcome-letter", "2019-05-09", None, "The inspection letter, published on 9 May 2019")
    d.event("wsoa-approved", "2019-09-04", None, "The WSoA was declared fit for purpose on 4 September 2019.")
    d.event("revisit", "2021-10-11", "2021-10-13", "Inspectors re-visited the area from 11 to 13 October 2021")
    d.event("revisit-outcome", "2021-11-30", None, "the re-visit letter, published on 30 November 2021")
    d.event("monitoring", "2022-07-18", None, "At a review meeting on 18 July 2022, the Department for Education "
            "and NHS England confirmed that formal monitoring had ended.")
    return d


DOCUMENTS = [barnsley_minutes, bury_pack, gateshead_minutes, havering_cabinet, peterborough_report,
             swindon_report]


def main() -> None:
    run(DOCUMENTS)


if __name__ == "__main__":
    main()
