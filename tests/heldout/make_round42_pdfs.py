"""Write the long printed documents of the held-out round 42 (reportlab), and their gold.

Round 42 is a blind batch of LONG PDFs (6 to 9 pages), written with their gold before any extractor ran on them, in
shapes of real long council papers: an Executive Board report with its appendices on the outcome of a 2016-framework
inspection (Leeds); a Children's Services Committee minutes book recording a re-visit and a monitoring meeting
(Norfolk); a Health and Wellbeing Board pack with a 2023-framework report and its priority action plan (Cornwall);
the Department for Education's Improvement Notice issued on its own (Wakefield); a Cabinet decisions book with a
2023-framework outcome (Lambeth); and a policy committee pack with an Accelerated Progress Plan tracker (Sheffield).
Invented text, fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round42_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles, two_columns  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("42", body=(10.5, 14.5, 6), cell=(8.8, 10.8), head=(11.5, 14, 9), title=(15, 19),
           minute={"spaceBefore": 9}, num_para={"leftIndent": 34, "firstLineIndent": -34},
           letter={"fontSize": 12, "leading": 16.5, "spaceAfter": 9},
           letter_bullet={"leftIndent": 52, "firstLineIndent": -20})
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
CENTRE, RIGHT, MINUTE, INDENT, NUM_PARA, SUB_PARA = S.centre, S.right, S.minute, S.indent, S.num_para, S.sub_para
LETTER, LETTER_BUL = S.letter, S.letter_bullet
LETTER_NUM = ParagraphStyle("LetterNum42", parent=LETTER, leftIndent=30, firstLineIndent=-30)


class Doc(LongDoc):
    """A round 42 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#D9E2F3", "#F2F2F2", "#EDEDED")


SCHOOLS = ["Abbey Grange", "Beckett Park", "Bramley St Peter's", "Calverley Parkside", "Chapel Allerton",
           "Cookridge Holy Trinity", "Drighlington", "East Garforth", "Farsley Springbank", "Gildersome",
           "Greenhill", "Hawksworth Wood", "Holy Family", "Hunslet Moor", "Ireland Wood", "Kippax Greenfield",
           "Lawns Park", "Little London", "Meanwood", "Middleton St Mary's", "Moortown", "New Bewerley",
           "Oakwood", "Otley All Saints", "Park View", "Pudsey Waterloo", "Quarry Mount", "Rothwell Victoria",
           "Roundhay St John's", "Seacroft Grange", "Sharp Lane", "Shadwell", "Swarcliffe", "Talbot",
           "Thorner", "Westerton", "Whitkirk", "Windmill", "Woodlesford", "Yeadon Westfield"]
NEEDS = ["Autistic spectrum disorder", "Speech, language and communication needs", "Social, emotional and mental health",
         "Moderate learning difficulty", "Severe learning difficulty", "Specific learning difficulty",
         "Physical disability", "Hearing impairment", "Visual impairment", "Multi-sensory impairment",
         "Profound and multiple learning difficulty", "Other difficulty or disability"]


def school_table(d: Doc, kind: str, n: int, seed: int, cols=("School", "Pupils on roll", "SEN support",
                                                              "EHC plans", "Resource base places")):
    """A data appendix: one row a school, invented figures from a fixed formula (no dates, no names of people)."""
    rows = [list(cols)]
    for i in range(n):
        name = SCHOOLS[(i * 7 + seed) % len(SCHOOLS)]
        roll = 180 + ((i * 37 + seed * 11) % 420)
        sen = 12 + ((i * 13 + seed) % 60)
        ehcp = 2 + ((i * 5 + seed * 3) % 19)
        base = "-" if (i + seed) % 4 else str(8 + (i % 3) * 4)
        rows.append([f"{name} {kind}", str(roll), str(sen), str(ehcp), base])
    d.ruled(rows, [6.2 * cm, 2.5 * cm, 2.5 * cm, 2.3 * cm, 2.7 * cm])


def needs_table(d: Doc, seed: int, heads):
    rows = [["Primary need"] + list(heads)]
    for i, need in enumerate(NEEDS):
        rows.append([need] + [str(30 + ((i * 41 + seed * (j + 3)) % 900)) for j in range(len(heads))])
    d.ruled(rows, [6.4 * cm] + [(9.8 / len(heads)) * cm] * len(heads))


# ------------------------------------------------------------------------------------------------------------------
# 1. Leeds: Executive Board report with appendices (2016 framework: outcome letter and WSoA)
# ------------------------------------------------------------------------------------------------------------------

def leeds_executive_board() -> Doc:
    d = Doc("leeds/round42-2018-09-19-executive-board/"
            "Report - Local area SEND inspection outcome and Written Statement of Action.pdf",
            {"council": "Leeds City Council", "council_slug": "leeds", "committee": "Executive Board",
             "meeting_date": "2018-09-19",
             "title": "Local area SEND inspection: outcome and Written Statement of Action",
             "source_kind": "moderngov-document",
             "url": "https://democracy.leeds.gov.uk/documents/s180412/SEND%20inspection%20report%20Exec%20Board.pdf"},
            {"council": "Leeds City Council", "committee": "Executive Board", "date": "2018-09-19"},
            "Executive Board - 19th September 2018", "Agenda Item 12",
            "Leeds City Council", page_label="Page {n} of {total}")
    d.footer_centre = "Report author: M Rawdon"
    d.date("19th September 2018", "2018-09-19")
    d.ruled([["Report of:", "Director of Children and Families"],
             ["Report to:", "Executive Board"],
             ["Date:", "19 September 2018"],
             ["Subject:", "Local area special educational needs and disabilities (SEND) inspection: outcome and "
                          "the Written Statement of Action"],
             ["Are specific electoral wards affected?", "No"],
             ["Has consultation been carried out?", "Yes"],
             ["Is the decision eligible for call-in?", "Yes"],
             ["Does the report contain confidential or exempt information?", "No"]],
            [6.5 * cm, 9.7 * cm], header_rows=0)
    d.p("Report author: Matthew Rawdon, Chief Officer, Learning Inclusion. Tel: 0113 378 4120. "
        "Email: matthew.rawdon@leeds.gov.uk")
    d.person("Matthew Rawdon", "Chief Officer, Learning Inclusion", "officer", "matthew.rawdon@leeds.gov.uk",
             "0113 378 4120")
    d.h("Summary")
    d.p("<b>Main issues</b>")
    d.p("&bull; Ofsted and the Care Quality Commission (CQC) carried out a joint inspection of the Leeds local area "
        "from 4 to 8 June 2018 to judge how effectively the area implements the special educational needs and "
        "disability reforms set out in the Children and Families Act 2014.", BULLET)
    d.date("4 to 8 June 2018", "2018-06-04", "2018-06-08")
    d.event("inspection", "2018-06-04", "2018-06-08",
            "Ofsted and the Care Quality Commission (CQC) carried out a joint inspection of the Leeds local area "
            "from 4 to 8 June 2018")
    d.p("&bull; The findings were published in a letter dated 27 July 2018. Because of the significance of some "
        "areas of weakness, Her Majesty's Chief Inspector determined that a Written Statement of Action (WSoA) is "
        "required.", BULLET)
    d.date("27 July 2018", "2018-07-27")
    d.event("outcome-letter", "2018-07-27", None, "The findings were published in a letter dated 27 July 2018.")
    d.p("&bull; The local authority and the NHS Leeds Clinical Commissioning Group are jointly responsible for the "
        "statement, which must be submitted to Ofsted no later than 9 November 2018.", BULLET)
    d.date("9 November 2018", "2018-11-09")
    d.event("wsoa-submitted", "2018-11-09", None,
            "which must be submitted to Ofsted no later than 9 November 2018")
    d.p("<b>Best Council Plan implications</b>")
    d.p("The report supports the ambition for Leeds to be the best city for children and young people to grow up in, "
        "and the Best Council Plan priority of a child friendly city. It contributes to the obsession with "
        "improving attendance and attainment for the most vulnerable learners.")
    d.p("<b>Resource implications</b>")
    d.p("The improvement work described will be funded within existing resources and the high needs block of the "
        "Dedicated Schools Grant; the additional posts proposed are set out in section 4.")
    d.h("Recommendations")
    d.p("Executive Board is requested to:")
    d.res("a)", "note the findings of the joint local area SEND inspection and the areas of strength identified by "
                "inspectors;", "recommendation")
    d.res("b)", "endorse the approach to co-producing the Written Statement of Action with parents, carers, "
                "children and young people, schools and health partners;", "recommendation")
    d.res("c)", "delegate approval of the final Written Statement of Action to the Director of Children and "
                "Families in consultation with the Executive Member for Learning, Skills and Employment;",
          "recommendation")
    d.res("d)", "note that the Chief Officer, Learning Inclusion will be responsible for implementation, with "
                "progress reported to Scrutiny Board (Children and Families) each term.", "recommendation")
    d.h("1. Purpose of this report")
    d.num("1.1", "This report informs Executive Board of the outcome of the joint inspection and sets out how the "
                 "local area will respond. The inspection letter is published separately as Appendix 1 and the draft structure "
                 "of the Written Statement of Action as Appendix 2.")
    d.h("2. Background information")
    d.num("2.1", "The joint inspection framework was introduced in May 2016. Every local area in England will be "
                 "inspected over five years. Inspectors spoke to children and young people, parents and carers, "
                 "and local authority and NHS officers, visited schools and settings and reviewed case files.")
    d.date("May 2016", "2016-05")
    d.num("2.2", "The inspection team was led by one of Her Majesty's Inspectors, with a CQC children's services "
                 "inspector and an Ofsted Inspector. Over 600 parents and carers responded to the online survey "
                 "opened for the inspection.")
    d.num("2.3", "The letter records a number of strengths. Leaders have a clear understanding of the area's "
                 "strengths and weaknesses; the early years inclusion service is well regarded; the local offer "
                 "website is comprehensive; and children and young people spoke positively about the support they "
                 "receive in special schools.")
    d.h("3. Main issues")
    d.num("3.1", "The letter identifies four areas of significant weakness. Taken together with the volume of "
                 "concern expressed by parents, these led to the requirement for a Written Statement of Action. "
                 "They are reproduced in the table below in the inspectors' words, alongside the lead officer "
                 "who will own the response in the statement.")
    d.ruled([["", "Area of significant weakness (as worded in the letter)", "Response lead"],
             ["W1", "The timeliness and quality of education, health and care plans, including the contributions "
                    "made by health and social care professionals", "Head of SEN Statutory Assessment"],
             ["W2", "The lack of a jointly agreed and commissioned pathway for the assessment of autism spectrum "
                    "disorder for children and young people aged over five", "CCG Head of Commissioning"],
             ["W3", "Weak strategic oversight of the local area's performance, so that leaders do not have an "
                    "accurate picture of the effectiveness of the reforms", "Chief Officer, Learning Inclusion"],
             ["W4", "The poor experience of many parents in their communication with the local area, which has "
                    "led to a lack of confidence in the system", "Head of Service, SENSAP"]],
            [1.1 * cm, 10.3 * cm, 4.8 * cm])
    d.record_weak("The timeliness and quality of education, health and care plans, including the contributions made by "
                  "health and social care professionals", ["ehc-plans"])
    d.record_weak("The lack of a jointly agreed and commissioned pathway for the assessment of autism spectrum disorder "
                  "for children and young people aged over five", ["joint-commissioning", "health-services"])
    d.record_weak("Weak strategic oversight of the local area's performance, so that leaders do not have an accurate "
                  "picture of the effectiveness of the reforms", ["leadership-governance", "data-oversight"])
    d.record_weak("The poor experience of many parents in their communication with the local area, which has led to "
                  "a lack of confidence in the system", ["co-production"])
    d.num("3.2", "Inspectors also noted, without making them areas of significant weakness, that the local offer "
                 "is not widely known among families of children at SEN support, and that waiting times for "
                 "occupational therapy are longer than the regional average. These will be picked up in the "
                 "area's SEND improvement plan rather than the statement.")
    d.num("3.3", "Since the inspection the following actions have already been taken: an additional eight "
                 "casework officers have been recruited to the statutory assessment team; a multi-agency panel "
                 "now meets weekly; and a parent carer reference group has met twice to shape the statement.")
    d.num("3.4", "The statement will be co-produced with Leeds Parent Carer Forum. A workshop was held on 10 "
                 "September 2018 and a second is planned for 3 October 2018, after which a draft will go to the "
                 "SEND Partnership Board on 17 October 2018.")
    d.date("10 September 2018", "2018-09-10")
    d.date("3 October 2018", "2018-10-03")
    d.date("17 October 2018", "2018-10-17")
    d.num("3.5", "Once submitted, Ofsted and CQC will decide whether the statement is fit for purpose. The "
                 "Department for Education and NHS England will then monitor progress, usually every six months, "
                 "and the area will be re-visited within eighteen months to two years.")
    d.h("4. Corporate considerations")
    d.num("4.1", "<b>Consultation and engagement.</b> The Executive Member for Learning, Skills and Employment, "
                 "Councillor Jonathan Pannal, has been briefed, as have the Chair of Scrutiny Board (Children and "
                 "Families), Councillor Alison Scarcroft, and the Accountable Officer of NHS Leeds CCG, Philip "
                 "Bardsey.")
    d.person("Jonathan Pannal", "Executive Member for Learning, Skills and Employment", "member")
    d.person("Alison Scarcroft", "Chair of Scrutiny Board (Children and Families)", "member")
    d.person("Philip Bardsey", "Accountable Officer of NHS Leeds CCG", "officer")
    d.num("4.2", "<b>Equality and diversity, cohesion and integration.</b> An equality screening has been "
                 "completed. The statement is expected to have a positive impact on disabled children and young "
                 "people and their families.")
    d.num("4.3", "<b>Resources and value for money.</b> Four additional posts, costing about 190,000 pounds a "
                 "year, will be funded from the high needs block in 2018/19 and reviewed for 2019/20.")
    d.num("4.4", "<b>Legal implications, access to information and call-in.</b> The decision is a key decision "
                 "and is subject to call-in. It was published in the list of forthcoming key decisions on 20 "
                 "August 2018.")
    d.date("20 August 2018", "2018-08-20")
    d.num("4.5", "<b>Risk management.</b> The main risk is that the statement is judged not fit for purpose; the "
                 "co-production approach and early engagement with the DfE's SEND adviser mitigate it.")
    d.h("5. Conclusions")
    d.num("5.1", "The inspection has given an honest picture of where the area needs to improve. The partnership "
                 "accepts the findings in full.")
    d.h("6. Background documents")
    d.p("Ofsted and CQC, Joint local area SEND inspection in Leeds, letter of 27 July 2018; SEND Code of Practice, "
        "January 2015.")
    d.date("January 2015", "2015-01")
    d.add(PageBreak())
    d.title("Appendix 2: Draft structure of the Written Statement of Action")
    d.p("The draft structure is set out by workstream. Dates are target dates for completion and will be confirmed "
        "in the final statement.")
    d.ruled([["Workstream", "Key actions", "Lead", "Target"],
             ["1. EHC plans", "Recruit casework officers; introduce a quality assurance framework; "
                              "health and care advice within six weeks", "Head of SEN Statutory Assessment",
              "March 2019"],
             ["2. Autism pathway", "Commission a single pathway for children over five; reduce the waiting list",
              "CCG Head of Commissioning", "September 2019"],
             ["3. Strategic oversight", "Develop a joint SEND dashboard; annual self-evaluation",
              "Chief Officer, Learning Inclusion", "January 2019"],
             ["4. Communication", "Parent charter; named casework officer for every family; termly newsletter",
              "Head of Service, SENSAP", "December 2018"]],
            [3.4 * cm, 6.2 * cm, 3.6 * cm, 3 * cm])
    for t, iso in [("March 2019", "2019-03"), ("September 2019", "2019-09"), ("January 2019", "2019-01"),
                   ("December 2018", "2018-12")]:
        d.date(t, iso)
    d.h("Appendix 3: Data summary")
    d.p("Table 1: children and young people with an EHC plan maintained by Leeds, by primary need (January census).")
    needs_table(d, 3, ["2016", "2017", "2018"])
    d.p("Table 2: SEN support and EHC plans by school, a sample of mainstream primary schools.")
    school_table(d, "Primary", 40, 2)
    d.p("Table 3: SEN support and EHC plans by school, a sample of secondary schools.")
    school_table(d, "High", 24, 5)
    return d


# ------------------------------------------------------------------------------------------------------------------
# 2. Norfolk: Children's Services Committee minutes book (re-visit and monitoring)
# ------------------------------------------------------------------------------------------------------------------

def norfolk_minutes() -> Doc:
    d = Doc("norfolk/round42-2020-03-10-childrens-services-committee/Minutes 10 March 2020.pdf",
            {"council": "Norfolk County Council", "council_slug": "norfolk",
             "committee": "Children's Services Committee", "meeting_date": "2020-05-19",
             "title": "Minutes of the meeting held on 10 March 2020", "source_kind": "cmis-document",
             "url": "https://norfolkcc.cmis.uk.com/norfolkcc/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=mins1003"},
            {"council": "Norfolk County Council", "committee": "Children's Services Committee", "date": "2020-03-10"},
            "Children's Services Committee", "Minutes of 10 March 2020",
            "Norfolk County Council - unconfirmed until signed", page_label="{n}")
    d.date("10 March 2020", "2020-03-10")
    d.title("Children's Services Committee")
    d.p("Minutes of the Meeting held at County Hall, Martineau Lane, Norwich on Tuesday 10 March 2020 at 10am")
    d.p("<b>Members Present:</b>")
    two_columns(d, ["Cllr Penelope Aylsham (Chair)", "Cllr Roger Brancaster", "Cllr Hazel Cley",
                    "Cllr Dominic Ditchingham", "Cllr Freya Erpingham", "Cllr Victor Foulsham"],
                ["Cllr Janet Gressenhall (Vice-Chair)", "Cllr Owen Hickling", "Cllr Lydia Ingham",
                 "Cllr Stuart Kelling", "Cllr Martha Letheringsett"])
    for n, r in [("Penelope Aylsham", "Chair"), ("Roger Brancaster", None), ("Hazel Cley", None),
                 ("Dominic Ditchingham", None), ("Freya Erpingham", None), ("Victor Foulsham", None),
                 ("Janet Gressenhall", "Vice-Chair"), ("Owen Hickling", None), ("Lydia Ingham", None),
                 ("Stuart Kelling", None), ("Martha Letheringsett", None)]:
        d.person(n, r, "member")
    d.p("<b>Co-opted Members Present:</b> Mr Gareth Mundesley, Church of England Diocese; Mrs Ruth Northrepps, "
        "Parent Governor Representative.")
    d.person("Gareth Mundesley", "Church of England Diocese", "other")
    d.person("Ruth Northrepps", "Parent Governor Representative", "other")
    d.p("<b>Officers Present:</b>")
    d.ruled([["Name", "Job title"],
             ["Sara Overstrand", "Executive Director of Children's Services"],
             ["Neil Potter-Heigham", "Assistant Director, Education High Needs and SEND"],
             ["Chloe Quidenham", "Head of SEND Transformation"],
             ["Dr Imran Reepham", "Designated Medical Officer, Norfolk and Waveney CCGs"],
             ["Tom Salhouse", "Committee Officer"]], [6 * cm, 10.2 * cm])
    d.person("Sara Overstrand", "Executive Director of Children's Services", "officer")
    d.person("Neil Potter-Heigham", "Assistant Director, Education High Needs and SEND", "officer")
    d.person("Chloe Quidenham", "Head of SEND Transformation", "officer")
    d.person("Imran Reepham", "Designated Medical Officer, Norfolk and Waveney CCGs", "officer")
    d.person("Tom Salhouse", "Committee Officer", "officer")
    d.p("<b>1 Apologies for Absence</b>", MINUTE)
    d.p("1.1 Apologies were received from Cllr Alan Thurne (Cllr Victor Foulsham substituting) and Cllr Bridget "
        "Upwell.")
    d.person("Alan Thurne", None, "member")
    d.person("Bridget Upwell", None, "member")
    d.p("<b>2 Minutes</b>", MINUTE)
    d.p("2.1 The minutes of the meeting held on 14 January 2020 were agreed as an accurate record and signed by the "
        "Chair.")
    d.record_res(None, "The minutes of the meeting held on 14 January 2020 were agreed as an accurate record and "
                       "signed by the Chair.", "resolution")
    d.date("14 January 2020", "2020-01-14")
    d.p("<b>3 Declarations of Interest</b>", MINUTE)
    d.p("3.1 Cllr Ingham declared an other interest as her son attends a specialist resource base. She took part in "
        "the discussion.")
    d.p("<b>4 Items of Urgent Business</b>", MINUTE)
    d.p("4.1 There was no urgent business.")
    d.p("<b>5 Public Question Time</b>", MINUTE)
    d.p("5.1 One public question was received from Mr Kevin Walsingham about transport for post-16 students with "
        "SEND. The question and the written answer are appended to these minutes.")
    d.person("Kevin Walsingham", None, "other")
    d.p("<b>6 Local Member Issues and Questions</b>", MINUTE)
    d.p("6.1 No local member questions were received.")
    d.p("<b>7 SEND Re-visit Outcome and Next Steps</b>", MINUTE)
    d.p("7.1 The Committee received the report of the Executive Director of Children's Services, which set out the "
        "outcome of the Ofsted and CQC re-visit to the Norfolk local area, and the requirements that followed.")
    d.p("7.2 The Assistant Director, Education High Needs and SEND introduced the report. He reminded Members that "
        "the local area had been inspected in the week of 19 to 23 June 2017 and that a Written Statement of Action "
        "had been declared fit for purpose on 6 December 2017. Ofsted and CQC re-visited the area between 2 and 4 "
        "December 2019 and their letter was published on 28 January 2020.")
    d.date("19 to 23 June 2017", "2017-06-19", "2017-06-23")
    d.date("6 December 2017", "2017-12-06")
    d.date("between 2 and 4 December 2019", "2019-12-02", "2019-12-04")
    d.date("28 January 2020", "2020-01-28")
    d.event("inspection", "2017-06-19", "2017-06-23",
            "the local area had been inspected in the week of 19 to 23 June 2017")
    d.event("wsoa-approved", "2017-12-06", None,
            "a Written Statement of Action had been declared fit for purpose on 6 December 2017")
    d.event("revisit", "2019-12-02", "2019-12-04",
            "Ofsted and CQC re-visited the area between 2 and 4 December 2019")
    d.event("revisit-outcome", "2020-01-28", None, "their letter was published on 28 January 2020")
    d.p("7.3 Inspectors found that the area had made sufficient progress in two of the five areas of significant "
        "weakness, those concerning the local offer and the timeliness of new plans. The letter stated that the "
        "area had not made sufficient progress in addressing the following:")
    d.weak("the quality of EHC plans, which too often do not describe children's needs precisely or set out the "
           "outcomes they are working towards", ["ehc-plans"], marker="i.", style=HANG)
    d.weak("the variable and often low-quality provision for children and young people at SEN support in "
           "mainstream schools", ["inclusion-provision", "identification"], marker="ii.", style=HANG)
    d.weak("the number of children with SEND who are excluded from school or on reduced timetables",
           ["inclusion-provision"], marker="iii.", style=HANG)
    d.p("7.4 The Department for Education had therefore required the local area to produce an Accelerated Progress "
        "Plan. The plan was submitted on 2 March 2020 and the Department's SEND adviser would hold the first "
        "progress review meeting with NHS England on 21 April 2020.")
    d.date("2 March 2020", "2020-03-02")
    d.date("21 April 2020", "2020-04-21")
    d.event("progress-plan", "2020-03-02", None, "The plan was submitted on 2 March 2020")
    d.event("monitoring", "2020-04-21", None,
            "the Department's SEND adviser would hold the first progress review meeting with NHS England on 21 "
            "April 2020")
    d.p("7.5 Dr Reepham explained the health contribution to the plan, including a new quality assurance audit of "
        "health advice and an investment of additional therapy capacity.")
    d.p("7.6 During the discussion the following points were raised by Members:")
    for t in ["Cllr Cley asked how parents would be told about the outcome of the re-visit. Officers replied that "
              "a letter had gone to all families of children with an EHC plan and that the Parent Carer Forum "
              "had co-written a summary.",
              "Cllr Kelling was concerned that exclusions of children with SEND remained high in some parts of the "
              "county, particularly in the west. The Executive Director agreed to circulate figures by district.",
              "Cllr Erpingham asked whether the capacity of the casework team was sufficient. Officers said that "
              "six additional posts had been filled and that caseloads had fallen.",
              "Mrs Northrepps asked about the training offered to special educational needs co-ordinators. The "
              "Head of SEND Transformation described the new SENCo network and the inclusion charter."]:
        d.p("&bull; " + t, BULLET)
    d.p("7.7 The Committee <b>RESOLVED</b> to:")
    d.res("1.", "Note the outcome of the re-visit and the areas in which the local area has not yet made "
                "sufficient progress.", "resolution", style=HANG)
    d.res("2.", "Endorse the Accelerated Progress Plan submitted to the Department for Education.", "resolution",
          style=HANG)
    d.res("3.", "Ask for a progress report after each Department for Education review meeting, the first to come "
                "to the Committee in July 2020.", "resolution", style=HANG)
    d.date("July 2020", "2020-07")
    d.p("<b>8 Children's Services Performance and Finance Monitoring Report</b>", MINUTE)
    d.p("8.1 The Committee received the report on performance and finance for period 10 (January). The forecast "
        "overspend on the high needs block was reported, together with the mitigations in place.")
    d.p("8.2 Members noted the trends set out in the performance dashboard, reproduced below, in particular the "
        "rise in requests for statutory assessment.")
    rows = [["Measure", "Target", "Q1", "Q2", "Q3", "RAG"]]
    measures = ["New EHC plans issued within 20 weeks", "Annual reviews completed on time",
                "Children with SEND permanently excluded", "Pupils on part-time timetables",
                "Requests for statutory assessment", "Tribunal appeals registered", "Mediation cases",
                "Children educated out of county", "Specialist resource base places filled",
                "Post-16 students with EHC plans in education or training", "Complaints about SEND services upheld",
                "Personal budgets agreed"]
    for i, m in enumerate(measures):
        rows.append([m, f"{60 + (i * 7) % 35}%", f"{40 + (i * 9) % 50}%", f"{45 + (i * 5) % 45}%",
                     f"{50 + (i * 3) % 40}%", "AGR"[i % 3]])
    d.ruled(rows, [6.8 * cm, 1.8 * cm, 1.8 * cm, 1.8 * cm, 1.8 * cm, 2.2 * cm])
    d.p("8.3 The high needs block forecast by budget line was set out in Appendix 2 to the report:")
    rows = [["Budget line", "Budget (£m)", "Forecast (£m)", "Variance (£m)"]]
    lines = ["Maintained special schools", "Academy special schools", "Independent special schools",
             "Non-maintained special schools", "Specialist resource bases", "Top-up funding: primary",
             "Top-up funding: secondary", "Post-16 further education colleges", "Specialist post-16 institutions",
             "Alternative provision", "Pupil referral units", "Hospital education", "Sensory support service",
             "Educational psychology (statutory)", "SEN support services", "Early years inclusion fund",
             "Personal budgets", "Out of county placements", "Tribunal costs", "Transport (recharge)"]
    for i, n in enumerate(lines):
        b = 1.2 + (i * 3.7) % 19
        f = b + ((i * 1.3) % 2.4) - 0.6
        rows.append([n, f"{b:.1f}", f"{f:.1f}", f"{f - b:+.1f}"])
    d.ruled(rows, [7.4 * cm, 2.9 * cm, 2.9 * cm, 3 * cm])
    d.p("8.4 Members asked about the growth in independent placements. The Executive Director said that the new "
        "specialist places described under item 9 were intended to reduce reliance on them over the next three "
        "years.")
    d.p("8.5 The Committee <b>RESOLVED</b> to note the performance and financial position of Children's Services.")
    d.record_res(None, "to note the performance and financial position of Children's Services.", "resolution")
    d.p("<b>9 Schools' Capital Programme: Specialist Provision</b>", MINUTE)
    d.p("9.1 The Committee considered the report on the programme to create additional specialist places. The "
        "table of schemes and their expected places is appended. Members asked that local members be consulted "
        "about each site.")
    d.p("9.2 The Committee <b>RESOLVED</b> to:")
    d.res("(a)", "Agree the schemes set out in Appendix A for inclusion in the capital programme.", "resolution",
          style=HANG)
    d.res("(b)", "Delegate the award of construction contracts to the Executive Director of Children's Services "
                 "in consultation with the Chair.", "resolution", style=HANG)
    d.p("<b>10 Forward Work Programme</b>", MINUTE)
    d.p("10.1 The Committee reviewed its forward work programme and <b>RESOLVED</b> to agree it, adding a report "
        "on post-16 transport for SEND students.")
    d.record_res(None, "to agree it, adding a report on post-16 transport for SEND students.", "resolution")
    d.p("The meeting ended at 12.40pm.")
    d.p("<b>Chair</b> ..............................")
    d.add(PageBreak())
    d.title("Appendix A: Specialist provision schemes")
    rows = [["Scheme", "Type", "Places", "Status"]]
    for i in range(64):
        rows.append([f"{SCHOOLS[(i * 3 + 1) % len(SCHOOLS)]} {'Academy' if i % 2 else 'Primary'} - resource base",
                     ["ASD", "SEMH", "SLCN", "Complex needs"][i % 4], str(8 + (i % 4) * 2),
                     ["Feasibility", "Design", "On site", "Complete"][(i * 5) % 4]])
    d.ruled(rows, [8.4 * cm, 3 * cm, 1.8 * cm, 3 * cm])
    d.h("Public question and answer")
    d.p("<b>Question from Mr Kevin Walsingham:</b> Will the Council guarantee free transport for all students aged "
        "16 to 19 with an EHC plan who attend a college outside their home district?")
    d.p("<b>Answer from the Chair:</b> The Council's post-16 transport policy statement is reviewed each year. "
        "Students with an EHC plan are assessed individually, and where a student cannot travel independently the "
        "Council provides transport or a personal travel budget. The forward work programme now includes a report "
        "on post-16 transport for students with SEND.")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 3. Cornwall: Health and Wellbeing Board pack, 2023 framework, priority action plan
# ------------------------------------------------------------------------------------------------------------------

def cornwall_hwb() -> Doc:
    d = Doc("cornwall/round42-2024-07-17-health-and-wellbeing-board/Agenda pack 17 July 2024.pdf",
            {"council": "Cornwall Council", "council_slug": "cornwall", "committee": "Health and Wellbeing Board",
             "meeting_date": "2024-07-17", "title": "Health and Wellbeing Board - Agenda Pack, 17 July 2024",
             "source_kind": "moderngov-document",
             "url": "https://democracy.cornwall.gov.uk/documents/g9931/Public%20reports%20pack%2017th-Jul-2024.pdf"},
            {"council": "Cornwall Council", "committee": "Health and Wellbeing Board", "date": "2024-07-17"},
            "Health and Wellbeing Board | 17 July 2024", "Cornwall Council | Kernow Health",
            "Public reports pack", page_label="- {n} -")
    d.date("17 July 2024", "2024-07-17")
    d.title("Health and Wellbeing Board")
    d.p("A meeting of the Health and Wellbeing Board will be held on <b>Wednesday, 17th July, 2024 at 2.00 pm</b> "
        "in the Trelawny Room, New County Hall, Truro.")
    d.p("<b>Board Members:</b> Councillor Nessa Penhallow (Chairman), Councillor Jory Trevithick (Vice-Chairman), "
        "Councillor Morwenna Carne, Councillor Piran Kessell, Dr Tamsin Roskilly (NHS Cornwall and Isles of Scilly "
        "ICB), Ewan Polglase (Strategic Director for Care and Wellbeing), Helena Rosewarne (Director of Public "
        "Health), Gwen Tregothnan (Healthwatch Cornwall), Ross Chenoweth (Devon and Cornwall Police), and Lowenna "
        "Bossiney (Strategic Director for Children's Services).")
    d.person("Nessa Penhallow", "Chairman", "member")
    d.person("Jory Trevithick", "Vice-Chairman", "member")
    d.person("Morwenna Carne", None, "member")
    d.person("Piran Kessell", None, "member")
    d.person("Tamsin Roskilly", "NHS Cornwall and Isles of Scilly ICB", "officer")
    d.person("Ewan Polglase", "Strategic Director for Care and Wellbeing", "officer")
    d.person("Helena Rosewarne", "Director of Public Health", "officer")
    d.person("Gwen Tregothnan", "Healthwatch Cornwall", "other")
    d.person("Ross Chenoweth", "Devon and Cornwall Police", "officer")
    d.person("Lowenna Bossiney", "Strategic Director for Children's Services", "officer")
    d.p("Enquiries: Demelza Hocking, Democratic Services Officer, telephone 01872 322491, email "
        "democracy@cornwall.gov.uk")
    d.person("Demelza Hocking", "Democratic Services Officer", "officer", None, "01872 322491")
    d.p("Published: 9 July 2024")
    d.date("9 July 2024", "2024-07-09")
    d.h("Agenda")
    for n, t in [("1", "Apologies"), ("2", "Declarations of Interest"),
                 ("3", "Minutes of the meeting held on 24 April 2024 (pages 3 - 6)"),
                 ("4", "Area SEND Inspection: findings and Priority Action Plan (pages 7 - 14)"),
                 ("5", "Better Care Fund plan: year-end report"), ("6", "Work programme")]:
        d.p(f"{n}.&nbsp;&nbsp;{t}", NUM_PARA)
    d.date("24 April 2024", "2024-04-24")
    d.add(PageBreak())
    d.title("Minutes of the Health and Wellbeing Board, 24 April 2024")
    d.p("<b>Present:</b> Councillors Penhallow (Chairman), Trevithick, Carne and Kessell; Dr T Roskilly, E "
        "Polglase, H Rosewarne, G Tregothnan and L Bossiney.")
    d.p("<b>Also in attendance:</b> Cllr Kerensa Lanyon (Portfolio Holder for Children and Families) and Jago "
        "Vosper (Head of SEND).")
    d.person("Kerensa Lanyon", "Portfolio Holder for Children and Families", "member")
    d.person("Jago Vosper", "Head of SEND", "officer")
    d.p("<b>HWB/42 Minutes</b>", MINUTE)
    d.p("It was agreed that the minutes of the meeting held on 31 January 2024 be approved as a true record.")
    d.record_res(None, "that the minutes of the meeting held on 31 January 2024 be approved as a true record.",
                 "resolution")
    d.date("31 January 2024", "2024-01-31")
    d.p("<b>HWB/43 Area SEND inspection: initial feedback</b>", MINUTE)
    d.p("The Head of SEND told the Board that Ofsted and CQC had inspected the Cornwall Local Area Partnership from "
        "11 to 15 March 2024 and that the report was published on 23 April 2024. The partnership had received the "
        "lowest of the three outcomes. A full report would come to the next meeting.")
    d.date("11 to 15 March 2024", "2024-03-11", "2024-03-15")
    d.date("23 April 2024", "2024-04-23")
    d.event("inspection", "2024-03-11", "2024-03-15",
            "Ofsted and CQC had inspected the Cornwall Local Area Partnership from 11 to 15 March 2024")
    d.event("outcome-letter", "2024-04-23", None, "the report was published on 23 April 2024")
    d.p("Gwen Tregothnan asked whether families had been told. The Head of SEND confirmed that the report had been "
        "sent to all schools and to the parent carer forum on the day of publication.")
    d.p("<b>Decision:</b> The Board noted the initial feedback and asked for the Priority Action Plan to be brought "
        "to its July meeting.")
    d.record_res(None, "The Board noted the initial feedback and asked for the Priority Action Plan to be brought to "
                       "its July meeting.", "resolution")
    d.p("<b>HWB/44 Joint Strategic Needs Assessment refresh</b>", MINUTE)
    d.p("The Director of Public Health presented the refreshed assessment chapters on children's oral health and "
        "smoking in pregnancy.")
    d.p("<b>Decision:</b> The Board endorsed the refreshed chapters for publication.")
    d.record_res(None, "The Board endorsed the refreshed chapters for publication.", "resolution")
    d.add(PageBreak())
    d.title("Area SEND Inspection: Findings and Priority Action Plan")
    d.ruled([["Report author(s)", "Jago Vosper, Head of SEND, jago.vosper@cornwall.gov.uk"],
             ["Portfolio Holder", "Cllr Kerensa Lanyon, Children and Families"],
             ["Strategic Director", "Lowenna Bossiney, Children's Services"],
             ["Purpose", "For decision"]], [4.2 * cm, 12 * cm], header_rows=0)
    setp_email = [p for p in d.people if p["name"] == "Jago Vosper"][0]
    setp_email["email"] = "jago.vosper@cornwall.gov.uk"
    d.h("1. Recommendations")
    d.p("1.1 That the Health and Wellbeing Board:")
    d.res(None, "Notes the findings of the area SEND inspection;", "recommendation", lead="&#8226;", style=BULLET)
    d.res(None, "Endorses the Priority Action Plan submitted to Ofsted on 5 June 2024;", "recommendation",
          lead="&#8226;", style=BULLET)
    d.res(None, "Agrees to receive the SEND Improvement Board's highlight report at each meeting.",
          "recommendation", lead="&#8226;", style=BULLET)
    d.date("5 June 2024", "2024-06-05")
    d.event("progress-plan", "2024-06-05", None, "the Priority Action Plan submitted to Ofsted on 5 June 2024")
    d.h("2. Executive summary")
    d.p("2.1 Under the area SEND inspection framework introduced in January 2023, inspectors reach one of three "
        "outcomes. Cornwall's outcome is that there are widespread and/or systemic failings leading to significant "
        "concerns about the experiences and outcomes of children and young people with SEND, which the local area "
        "partnership must address urgently.")
    d.date("January 2023", "2023-01")
    d.p("2.2 The previous inspection, under the 2016 framework, took place in November 2017 and did not require a "
        "Written Statement of Action.")
    d.date("November 2017", "2017-11")
    d.event("inspection", "2017-11", None, "The previous inspection, under the 2016 framework, took place in "
                                          "November 2017")
    d.p("2.3 The report recognises what is working well: children in the early years are identified quickly by the "
        "portage and health visiting teams; the Kernow post-16 supported internships are strong; and the parent "
        "carer forum is a valued strategic partner.")
    d.h("3. The inspection findings")
    d.p("3.1 The report sets out two priority actions, which are reproduced here as published. Under each, the "
        "partnership's first response is shown in italics.")
    d.p("<b>Priority action 1</b>")
    d.weak("Leaders across education, health and care should urgently establish joint governance arrangements "
           "that give them an accurate understanding of the experiences of children and young people with SEND and "
           "hold partners to account for improving them.", ["leadership-governance"], marker="", style=INDENT)
    d.p("<i>A single SEND Improvement Board, with an independent chair, met for the first time in May 2024.</i>",
        INDENT)
    d.date("May 2024", "2024-05")
    d.p("<b>Priority action 2</b>")
    d.weak("Leaders should take swift action to reduce the waiting times for neurodevelopmental assessment and for "
           "speech and language therapy, and make sure that children and families receive support while they wait.",
           ["health-services"], marker="", style=INDENT)
    d.p("<i>The ICB has commissioned additional assessment capacity from an independent provider from August "
        "2024.</i>", INDENT)
    d.date("August 2024", "2024-08")
    d.p("3.2 The report also identifies the following areas for improvement:")
    for t, th in [("Leaders should improve the timeliness of EHC needs assessments and make sure that advice from "
                   "health and social care is of consistently good quality.", ["ehc-plans"]),
                  ("Leaders should make sure that annual reviews take place on time and that plans are amended "
                   "promptly when needs change.", ["ehc-plans"]),
                  ("Leaders should strengthen how they gather and use the views of children, young people and "
                   "families to shape services.", ["co-production"]),
                  ("School leaders and the local authority should reduce the use of part-time timetables and "
                   "suspensions for pupils with SEND.", ["inclusion-provision"])]:
        d.weak(t, th, marker="&#9642;")
    d.p("3.3 Strengths and areas for improvement have been mapped against the partnership's self-evaluation, which "
        "had already identified most of them.")
    d.h("4. The Priority Action Plan")
    d.p("4.1 The plan was co-produced with the parent carer forum and submitted within the required 25 working "
        "days. Ofsted confirmed receipt; the Department for Education and NHS England will monitor it, with the "
        "first stocktake meeting set for 10 October 2024.")
    d.date("10 October 2024", "2024-10-10")
    d.event("monitoring", "2024-10-10", None,
            "the Department for Education and NHS England will monitor it, with the first stocktake meeting set for "
            "10 October 2024")
    d.p("4.2 The plan's milestones are summarised below. The full plan is available from the report author.")
    rows = [["Ref", "Action", "Owner", "Milestone", "Status"]]
    actions = ["Appoint independent chair of the SEND Improvement Board", "Agree joint SEND outcomes framework",
               "Publish partnership dashboard", "Commission additional neurodevelopmental assessments",
               "Introduce waiting well offer for families", "Recruit speech and language therapists",
               "Launch family hubs SEND advice line", "Review EHC needs assessment workflow",
               "Health advice quality audit", "Annual review recovery plan", "Co-production charter refresh",
               "Inclusion partnership with schools", "Part-time timetable protocol", "Suspension panel review",
               "SENCo training programme", "Transition to adult services protocol"]
    for i, a in enumerate(actions):
        rows.append([f"PAP{i + 1}", a, ["Strategic Director", "ICB Chief Nurse", "Head of SEND",
                                        "Head of Inclusion"][i % 4],
                     ["Q2 2024/25", "Q3 2024/25", "Q4 2024/25", "Q1 2025/26"][(i * 3) % 4],
                     ["On track", "Started", "Not started"][i % 3]])
    d.ruled(rows, [1.5 * cm, 6.8 * cm, 3.4 * cm, 2.5 * cm, 2 * cm])
    d.h("5. Risks")
    d.p("5.1 Demand for assessments continues to rise and the high needs block remains under pressure. Failure to "
        "make rapid progress could lead the Department for Education to issue an Improvement Notice.")
    d.h("6. Appendix: the partnership's SEND data")
    needs_table(d, 7, ["Cornwall", "South West", "England"])
    school_table(d, "School", 30, 9)
    return d


# ------------------------------------------------------------------------------------------------------------------
# 4. Wakefield: the Department for Education's Improvement Notice, issued on its own
# ------------------------------------------------------------------------------------------------------------------

def wakefield_notice() -> Doc:
    d = Doc("wakefield/round42-2021-10-12-children-and-young-people-scrutiny-committee/"
            "Appendix B - SEND Improvement Notice.pdf",
            {"council": "Wakefield Council", "council_slug": "wakefield",
             "committee": "Children and Young People Scrutiny Committee", "meeting_date": "2021-10-12",
             "title": "Appendix B - Improvement Notice: Wakefield Council (SEND)", "source_kind": "moderngov-document",
             "url": "https://mg.wakefield.gov.uk/documents/s41877/Appendix%20B%20SEND%20Improvement%20Notice.pdf"},
            {"council": "Wakefield Council", "committee": "Children and Young People Scrutiny Committee",
             "date": "2021-10-12"},
            "Department for Education", "Improvement Notice: Wakefield Council (SEND)",
            "OFFICIAL", page_label="Page {n}")
    d.body = LETTER
    d.p("Department for Education<br/>Sanctuary Buildings<br/>Great Smith Street<br/>London SW1P 3BT", RIGHT)
    d.p("Angela Sowerby<br/>Chief Executive<br/>Wakefield Council<br/>County Hall<br/>Wakefield WF1 2QW")
    d.person("Angela Sowerby", "Chief Executive", "officer")
    d.p("Copied to: Councillor Denise Ackworth, Leader of the Council; Councillor Harry Ossett, Cabinet Member for "
        "Children and Young People; Beverley Featherstone, Corporate Director, Children and Young People; "
        "Dr Kieran Walton, Place Lead, NHS Wakefield Clinical Commissioning Group")
    d.person("Denise Ackworth", "Leader of the Council", "member")
    d.person("Harry Ossett", "Cabinet Member for Children and Young People", "member")
    d.person("Beverley Featherstone", "Corporate Director, Children and Young People", "officer")
    d.person("Kieran Walton", "Place Lead, NHS Wakefield Clinical Commissioning Group", "officer")
    d.p("16 September 2021", RIGHT)
    d.date("16 September 2021", "2021-09-16")
    d.p("Dear Ms Sowerby,")
    d.p("<b>IMPROVEMENT NOTICE: WAKEFIELD COUNCIL SPECIAL EDUCATIONAL NEEDS AND DISABILITY SERVICES</b>")
    d.p("This Improvement Notice is issued on 16 September 2021 to Wakefield Council following the re-visit by Ofsted and the Care "
        "Quality Commission to the Wakefield local area, which found that insufficient progress had been made in "
        "addressing the significant weaknesses identified at the original inspection.")
    d.event("statutory-direction", "2021-09-16", None,
            "This Improvement Notice is issued on 16 September 2021 to Wakefield Council")
    d.p("<b>Background</b>", LETTER)
    d.p("1.&nbsp;&nbsp;Ofsted and the Care Quality Commission carried out a joint inspection of the Wakefield local "
        "area between 6 and 10 March 2017. The inspection letter, published on 2 May 2017, required the local "
        "area to produce a Written Statement of Action, which was declared fit for purpose on 31 August 2017.",
        LETTER_NUM)
    d.date("between 6 and 10 March 2017", "2017-03-06", "2017-03-10")
    d.date("2 May 2017", "2017-05-02")
    d.date("31 August 2017", "2017-08-31")
    d.event("inspection", "2017-03-06", "2017-03-10",
            "Ofsted and the Care Quality Commission carried out a joint inspection of the Wakefield local area "
            "between 6 and 10 March 2017")
    d.event("outcome-letter", "2017-05-02", None, "The inspection letter, published on 2 May 2017")
    d.event("wsoa-approved", "2017-08-31", None,
            "a Written Statement of Action, which was declared fit for purpose on 31 August 2017")
    d.p("2.&nbsp;&nbsp;Officials of the Department and NHS England held monitoring meetings with the local area "
        "each six months, the last of them on 19 February 2019.", LETTER_NUM)
    d.date("19 February 2019", "2019-02-19")
    d.event("monitoring", "2019-02-19", None,
            "Officials of the Department and NHS England held monitoring meetings with the local area each six "
            "months, the last of them on 19 February 2019")
    d.p("3.&nbsp;&nbsp;Ofsted and the Care Quality Commission re-visited the area from 28 June to 1 July 2021. "
        "Their letter of 10 August 2021 found that the area had made sufficient progress in addressing two of the "
        "six significant weaknesses but had not made sufficient progress in addressing the remaining four. In "
        "the words of the letter, insufficient progress has been made in:", LETTER_NUM)
    d.date("from 28 June to 1 July 2021", "2021-06-28", "2021-07-01")
    d.date("10 August 2021", "2021-08-10")
    d.event("revisit", "2021-06-28", "2021-07-01",
            "Ofsted and the Care Quality Commission re-visited the area from 28 June to 1 July 2021")
    d.event("revisit-outcome", "2021-08-10", None, "Their letter of 10 August 2021")
    for m, t, th in [("(a)", "the strategic leadership of the SEND reforms, including the joint self-evaluation "
                             "and the monitoring of the written statement of action", ["leadership-governance"]),
                     ("(b)", "the joint commissioning arrangements between the council and the clinical "
                             "commissioning group, which have not reduced gaps in services", ["joint-commissioning"]),
                     ("(c)", "the length of time that children and young people wait for an assessment by the "
                             "child and adolescent mental health service", ["health-services"]),
                     ("(d)", "the engagement of parents and carers, many of whom remain dissatisfied and do not "
                             "feel listened to", ["co-production"])]:
        d.weak(t, th, marker=m, style=LETTER_BUL)
    d.p("4.&nbsp;&nbsp;The Secretary of State has therefore decided to issue this Improvement Notice under section "
        "497A of the Education Act 1996 as applied by the Children and Families Act 2014. The local area "
        "partnership is not, by reason of this Notice, relieved of its existing duties.", LETTER_NUM)
    d.p("<b>Improvement required</b>", LETTER)
    d.p("5.&nbsp;&nbsp;The council, working with its partners, must take the following action:", LETTER_NUM)
    for m, t in [("(i)", "develop and agree, within eight weeks of this Notice, an Accelerated Progress Plan "
                         "that sets out the actions it will take to address the four weaknesses, with measurable "
                         "targets;"),
                 ("(ii)", "establish a SEND Improvement Board, chaired by an independent chair appointed with the "
                          "Department's agreement, which will meet at least every six weeks;"),
                 ("(iii)", "provide the Department with monthly performance data on EHC needs assessment "
                           "timeliness and mental health waiting times;"),
                 ("(iv)", "co-produce with parents and carers a communication plan and report on its impact.")]:
        d.p(f"{m}&nbsp;&nbsp;{t}", LETTER_BUL)
    d.p("6.&nbsp;&nbsp;The Accelerated Progress Plan must be submitted to the Department by 11 November 2021. The "
        "Department will consider the plan and confirm whether it is agreed.", LETTER_NUM)
    d.date("11 November 2021", "2021-11-11")
    d.event("progress-plan", "2021-11-11", None,
            "The Accelerated Progress Plan must be submitted to the Department by 11 November 2021.")
    d.p("<b>Independent chair</b>", LETTER)
    d.p("7.&nbsp;&nbsp;The Department has agreed that Professor Margaret Hemsworth will chair the SEND Improvement "
        "Board. She will report to the Department's officials after each meeting of the board.", LETTER_NUM)
    d.person("Margaret Hemsworth", "independent chair of the SEND Improvement Board", "other")
    d.p("<b>Review of the Notice</b>", LETTER)
    d.p("8.&nbsp;&nbsp;Progress will be reviewed by the Department and NHS England at review meetings every three "
        "months, the first of which will take place in January 2022. The Notice itself will be formally reviewed "
        "in September 2022. If the Secretary of State is not satisfied that the council is complying with this "
        "Notice, or that sufficient improvement is being made, the Secretary of State may use the powers of "
        "intervention under section 497A of the Education Act 1996, including a statutory direction.", LETTER_NUM)
    d.date("January 2022", "2022-01")
    d.date("September 2022", "2022-09")
    d.event("monitoring", "2022-01", None,
            "Progress will be reviewed by the Department and NHS England at review meetings every three months, "
            "the first of which will take place in January 2022.")
    d.event("monitoring", "2022-09", None, "The Notice itself will be formally reviewed in September 2022.")
    d.p("<b>Measures of success</b>", LETTER)
    d.p("9.&nbsp;&nbsp;The Department will judge progress against the measures in the table below. The baseline is "
        "the position reported at the re-visit.", LETTER_NUM)
    rows = [["Measure", "Baseline", "Target at review", "Evidence source"]]
    ms = ["New EHC plans issued within 20 weeks (excluding exceptions)", "Health advice returned within 6 weeks",
          "Children waiting more than 18 weeks for CAMHS assessment", "Parents satisfied with communication (survey)",
          "Annual reviews completed within statutory timescales", "Joint commissioning plans agreed by both boards",
          "Self-evaluation refreshed and shared with partners", "SEND Improvement Board attendance by partners",
          "Complaints about SEND resolved at stage 1", "Tribunal appeals conceded before hearing",
          "Children with EHC plans permanently excluded", "Young people with EHC plans not in education or training"]
    for i, m in enumerate(ms):
        rows.append([m, f"{20 + (i * 11) % 50}%", f"{60 + (i * 7) % 35}%",
                     ["Case management system", "Survey", "CCG contract data", "Board minutes"][i % 4]])
    d.ruled(rows, [7.6 * cm, 2.2 * cm, 2.6 * cm, 3.8 * cm])
    d.p("<b>Funding</b>", LETTER)
    d.p("10.&nbsp;&nbsp;The Department will provide funding for the independent chair and for a SEND adviser to work "
        "with the local area. The council should meet the cost of its own improvement actions from its existing "
        "resources and the high needs block.", LETTER_NUM)
    d.p("<b>Publication</b>", LETTER)
    d.p("11.&nbsp;&nbsp;This Notice will be published on GOV.UK. The Department expects the council to make it "
        "available to elected members and to the local community, and to report progress to its scrutiny "
        "committee.", LETTER_NUM)
    d.p("12.&nbsp;&nbsp;I am copying this letter to the chief executive of NHS England, to Her Majesty's Chief "
        "Inspector and to the Chief Inspector of Primary Medical Services and Integrated Care at the Care Quality "
        "Commission.", LETTER_NUM)
    d.p("Yours sincerely,")
    d.p("<b>Ian Kirkthorpe</b><br/>Director, SEND and Alternative Provision<br/>Department for Education")
    d.person("Ian Kirkthorpe", "Director, SEND and Alternative Provision, Department for Education", "officer")
    d.add(PageBreak())
    d.p("<b>Annex: the six significant weaknesses at the 2017 inspection and their status at the re-visit</b>")
    d.ruled([["Significant weakness (summary)", "Re-visit finding"],
             ["Strategic leadership and self-evaluation", "Insufficient progress"],
             ["Joint commissioning", "Insufficient progress"],
             ["Timeliness of EHC plans", "Sufficient progress"],
             ["Quality of EHC plans", "Sufficient progress"],
             ["CAMHS waiting times", "Insufficient progress"],
             ["Engagement with parents and carers", "Insufficient progress"]], [10 * cm, 6.2 * cm])
    d.p("Local contact for the Notice: Claire Normanton, SEND Improvement Programme Manager, Wakefield Council, "
        "01924 305716.")
    d.person("Claire Normanton", "SEND Improvement Programme Manager, Wakefield Council", "officer", None,
             "01924 305716")
    d.p("Wakefield local area: SEND data at the re-visit (January census)")
    needs_table(d, 11, ["2019", "2020", "2021"])
    school_table(d, "Academy", 40, 13)
    school_table(d, "Primary", 36, 29)
    return d


# ------------------------------------------------------------------------------------------------------------------
# 5. Lambeth: Cabinet decisions book with a 2023-framework outcome
# ------------------------------------------------------------------------------------------------------------------

def lambeth_cabinet() -> Doc:
    d = Doc("lambeth/round42-2025-02-10-cabinet/Cabinet minutes and decisions 10 February 2025.pdf",
            {"council": "London Borough of Lambeth", "council_slug": "lambeth", "committee": "Cabinet",
             "meeting_date": "2025-03-10", "title": "Minutes, Cabinet, Monday 10 February 2025",
             "source_kind": "moderngov-document",
             "url": "https://moderngov.lambeth.gov.uk/documents/g12802/Printed%20minutes%2010th-Feb-2025%2017.00"
                    "%20Cabinet.pdf"},
            {"council": "London Borough of Lambeth", "committee": "Cabinet", "date": "2025-02-10"},
            "CABINET", "MONDAY, 10 FEBRUARY 2025", "London Borough of Lambeth",
            page_label="{n}")
    d.footer_centre = "Date of publication: 12/02/2025  Call-in date: 19/02/2025"
    d.date("MONDAY, 10 FEBRUARY 2025", "2025-02-10")
    d.date("12/02/2025", "2025-02-12")
    d.date("19/02/2025", "2025-02-19")
    d.title("CABINET")
    d.p("MINUTES of the meeting held on Monday, 10 February 2025 at 5.00 pm, Room 8, Lambeth Town Hall, Brixton "
        "Hill, London SW2 1RW")
    d.p("<b>CABINET MEMBERS PRESENT:</b> Councillor Omari Stockwell (Leader of the Council), Councillor Priya "
        "Kennington (Deputy Leader, Cabinet Member for Children and Young People), Councillor Declan Vauxhall, "
        "Councillor Lucy Herne, Councillor Samuel Tulse and Councillor Abena Loughborough")
    d.person("Omari Stockwell", "Leader of the Council", "member")
    d.person("Priya Kennington", "Deputy Leader, Cabinet Member for Children and Young People", "member")
    d.person("Declan Vauxhall", None, "member")
    d.person("Lucy Herne", None, "member")
    d.person("Samuel Tulse", None, "member")
    d.person("Abena Loughborough", None, "member")
    d.p("<b>ALSO PRESENT:</b> Councillor Grace Clapham (Chair, Overview and Scrutiny Committee)")
    d.person("Grace Clapham", "Chair, Overview and Scrutiny Committee", "member")
    d.p("<b>APOLOGIES:</b> Councillor Felix Oval")
    d.person("Felix Oval", None, "member")
    d.p("<b>OFFICERS:</b> Bharat Kenningford (Chief Executive), Rachel Streatham (Strategic Director, Children's "
        "Services), Tunde Norwood (Director of Education), Naomi Gipsy (Director of Legal and Governance) and Liam "
        "Brockwell (Democratic Services)")
    d.person("Bharat Kenningford", "Chief Executive", "officer")
    d.person("Rachel Streatham", "Strategic Director, Children's Services", "officer")
    d.person("Tunde Norwood", "Director of Education", "officer")
    d.person("Naomi Gipsy", "Director of Legal and Governance", "officer")
    d.person("Liam Brockwell", "Democratic Services", "officer")
    d.p("<b>1. DECLARATION OF PECUNIARY INTERESTS</b>", MINUTE)
    d.p("There were none.")
    d.p("<b>2. MINUTES</b>", MINUTE)
    d.p("<b>RESOLVED:</b> That the minutes of the previous meeting held on 13 January 2025 be approved and signed "
        "by the Chair as a correct record of the proceedings.")
    d.record_res(None, "That the minutes of the previous meeting held on 13 January 2025 be approved and signed by "
                       "the Chair as a correct record of the proceedings.", "resolution")
    d.date("13 January 2025", "2025-01-13")
    d.p("<b>3. AREA SEND INSPECTION: OUTCOME AND STRATEGY REFRESH (ALL WARDS)</b>", MINUTE)
    d.p("Key decision log no. LAM-2025-0114. Report 112/24-25.")
    d.p("The Deputy Leader introduced the report. She told Cabinet that the Lambeth Local Area Partnership had been "
        "inspected under the new framework over three weeks, the on-site activity taking place between 18 and 22 "
        "November 2024, and that the report had been published on 9 January 2025. Inspectors had found that the "
        "partnership's arrangements lead to inconsistent experiences and outcomes for children and young people "
        "with SEND, the middle of the three outcomes. The next full inspection would be in approximately three "
        "years.")
    d.date("between 18 and 22 November 2024", "2024-11-18", "2024-11-22")
    d.date("9 January 2025", "2025-01-09")
    d.event("inspection", "2024-11-18", "2024-11-22",
            "the Lambeth Local Area Partnership had been inspected under the new framework over three weeks, the "
            "on-site activity taking place between 18 and 22 November 2024")
    d.event("outcome-letter", "2025-01-09", None, "the report had been published on 9 January 2025")
    d.p("The Director of Education summarised the strengths in the report: the quality of specialist provision, "
        "the Lambeth supported internship programme, and the way the partnership had involved young people in "
        "recruitment. He then set out the points on which the partnership was required to improve. The inspectors "
        "had said that leaders across the partnership need to:")
    for t, th in [("make sure that the views and advice of health professionals are consistently reflected in "
                   "EHC plans and updated at annual review", ["ehc-plans", "health-services"]),
                  ("improve the identification of needs in the early years and at SEN support so that children "
                   "get help before they need an EHC plan", ["identification"]),
                  ("strengthen the local offer so that families know where to find information about services "
                   "and how to access them", ["local-offer"]),
                  ("improve the planning for young people moving into adulthood, especially for those who will "
                   "need adult social care", ["preparing-for-adulthood"])]:
        d.weak(t, th, marker="&ndash;", style=BULLET)
    d.p("The area partnership had also decided, after Cabinet's agenda was published, to bring forward the refresh "
        "of the SEND and Inclusion Strategy so that it covers the period April 2025 to March 2028. The draft was "
        "consulted on from 2 December 2024 to 24 January 2025 and 412 responses were received.")
    d.date("April 2025 to March 2028", "2025-04", "2028-03")
    d.date("from 2 December 2024 to 24 January 2025", "2024-12-02", "2025-01-24")
    d.p("Councillor Clapham, speaking as Chair of Overview and Scrutiny, welcomed the report and said that the "
        "committee would examine the improvement plan at its meeting on 25 March 2025.")
    d.date("25 March 2025", "2025-03-25")
    d.p("In discussion, Cabinet Members asked questions about the following:")
    for t in ["how quickly the health advice in plans would be improved, and whether GPs were involved; the "
              "Strategic Director replied that the designated clinical officer was leading an audit;",
              "the sufficiency of places for autistic young people in secondary schools, where waiting lists were "
              "growing;",
              "whether the local offer would be available in community languages; officers confirmed that "
              "translation into the five most spoken languages would be completed."]:
        d.p("&ndash; " + t, BULLET)
    d.p("<b>RESOLVED:</b>")
    d.res("1.", "To note the outcome of the area SEND inspection and the four areas for improvement.", "resolution",
          style=HANG)
    d.res("2.", "To approve the refreshed SEND and Inclusion Strategy, 2025 to 2028, at Appendix B to the report.",
          "resolution", style=HANG)
    d.res("3.", "To agree that progress against the areas for improvement be reported to Cabinet every six months.",
          "resolution", style=HANG)
    d.p("<b>Reasons for the decision:</b> The local area partnership is required to publish its response to the "
        "inspection and to keep its strategy under review.")
    d.p("<b>Alternative options considered and rejected:</b> To keep the existing strategy until its end date. This "
        "was rejected because it does not address the inspection's findings.")
    d.p("<b>4. BUDGET AND MEDIUM TERM FINANCIAL STRATEGY 2025/26 TO 2027/28 (ALL WARDS)</b>", MINUTE)
    d.p("The Cabinet Member for Finance introduced the report. Cabinet noted the savings proposals, the Dedicated "
        "Schools Grant position and the high needs deficit management plan.")
    d.p("<b>RESOLVED:</b> To recommend the budget and council tax for 2025/26 to Council on 26 February 2025, as set "
        "out in the report.")
    d.record_res(None, "To recommend the budget and council tax for 2025/26 to Council on 26 February 2025, as set "
                       "out in the report.", "resolution")
    d.date("26 February 2025", "2025-02-26")
    rows = [["Directorate", "Budget 2024/25 (£000)", "Growth", "Savings", "Budget 2025/26 (£000)"]]
    dirs = ["Children's Services", "Education and Learning", "Adult Social Care", "Public Health", "Housing",
            "Sustainable Growth", "Environment and Streets", "Resident Services", "Finance and Property",
            "Legal and Governance", "Communications", "Corporate Resources", "Transformation", "Capital financing",
            "Contingency", "Levies"]
    for i, n in enumerate(dirs):
        b = 4000 + (i * 7919) % 90000
        g = (i * 331) % 3000
        s = (i * 271) % 2500
        rows.append([n, f"{b:,}", f"{g:,}", f"-{s:,}", f"{b + g - s:,}"])
    d.ruled(rows, [5.2 * cm, 3 * cm, 2.5 * cm, 2.5 * cm, 3 * cm])
    d.p("<b>5. CONTRACT AWARD: HOME TO SCHOOL TRAVEL ASSISTANCE (ALL WARDS)</b>", MINUTE)
    d.p("<b>RESOLVED:</b>")
    d.res("1.", "To award the contracts for home to school travel assistance to the providers set out in the exempt "
                "appendix for four years from 1 April 2025.", "resolution", style=HANG)
    d.res("2.", "To delegate authority to the Strategic Director, Children's Services to extend the contracts by up "
                "to two years.", "resolution", style=HANG)
    d.date("1 April 2025", "2025-04-01")
    d.p("The meeting ended at 6.45 pm.")
    d.p("CHAIR<br/>CABINET<br/>Monday 10 March 2025")
    d.date("Monday 10 March 2025", "2025-03-10")
    d.add(PageBreak())
    d.title("Decision notice: Area SEND inspection: outcome and strategy refresh")
    d.ruled([["Decision maker", "Cabinet"], ["Decision date", "10/02/2025"], ["Decision status", "Implemented"],
             ["Key decision", "Yes"], ["Wards affected", "All wards"],
             ["Lead officer", "Tunde Norwood, Director of Education, tnorwood@lambeth.gov.uk, 020 7926 4011"]],
            [4.5 * cm, 11.7 * cm], header_rows=0)
    for pp in d.people:
        if pp["name"] == "Tunde Norwood":
            pp.update(email="tnorwood@lambeth.gov.uk", phone="020 7926 4011")
    d.p("<b>Decision:</b> As set out in the minutes above.")
    d.h("Appendix: SEND and Inclusion Strategy 2025 to 2028 - delivery milestones")
    rows = [["Priority", "Milestone", "By", "Lead"]]
    ms = [("Early identification", "Early years SEND toolkit for all settings", "September 2025"),
          ("Early identification", "SEN support audit in primary schools", "December 2025"),
          ("Health advice", "Health advice quality audit complete", "June 2025"),
          ("Health advice", "Annual review health attendance protocol", "October 2025"),
          ("Local offer", "Local offer translated", "July 2025"),
          ("Local offer", "Local offer relaunched with families", "November 2025"),
          ("Adulthood", "Transitions protocol with adult social care", "January 2026"),
          ("Adulthood", "Supported internships expanded", "September 2026"),
          ("Sufficiency", "New secondary resource base opens", "September 2026"),
          ("Sufficiency", "Special school expansion", "September 2027")]
    seen = set()
    for pr, m, by in ms:
        rows.append([pr, m, by, ["Director of Education", "Designated Clinical Officer", "Head of SEND"][len(rows) % 3]])
    d.ruled(rows, [3.6 * cm, 6.2 * cm, 3 * cm, 3.4 * cm])
    MONTHS = {"January": "01", "June": "06", "July": "07", "September": "09", "October": "10", "November": "11",
              "December": "12"}
    for _, _, by in ms:
        if by not in seen:
            seen.add(by)
            mo, yr = by.split()
            d.date(by, f"{yr}-{MONTHS[mo]}")
    d.h("Appendix: children and young people with EHC plans, by need")
    needs_table(d, 17, ["Jan 2023", "Jan 2024", "Jan 2025"])
    d.date("Jan 2023", "2023-01")
    d.date("Jan 2024", "2024-01")
    d.date("Jan 2025", "2025-01")
    school_table(d, "Primary", 40, 19)
    school_table(d, "Academy", 30, 31)
    return d


# ------------------------------------------------------------------------------------------------------------------
# 6. Sheffield: policy committee pack with an Accelerated Progress Plan tracker
# ------------------------------------------------------------------------------------------------------------------

def sheffield_policy_committee() -> Doc:
    d = Doc("sheffield/round42-2022-09-21-education-children-and-families-policy-committee/"
            "Agenda frontsheet and reports pack 21 September 2022.pdf",
            {"council": "Sheffield City Council", "council_slug": "sheffield",
             "committee": "Education, Children and Families Policy Committee", "meeting_date": "2022-09-21",
             "title": "Agenda frontsheet and reports pack, Wednesday 21 September 2022",
             "source_kind": "moderngov-document",
             "url": "https://democracy.sheffield.gov.uk/documents/g8120/Public%20reports%20pack%2021st-Sep-2022.pdf"},
            {"council": "Sheffield City Council", "committee": "Education, Children and Families Policy Committee",
             "date": "2022-09-21"},
            "Education, Children and Families Policy Committee", "Wednesday 21 September 2022 at 2.00 pm",
            "Sheffield City Council", page_label="Page {n}")
    d.date("Wednesday 21 September 2022", "2022-09-21")
    d.title("Education, Children and Families Policy Committee")
    d.p("<b>Wednesday 21 September 2022 at 2.00 pm</b><br/>Town Hall, Pinstone Street, Sheffield, S1 2HH")
    d.p("<b>The Press and Public are Welcome to Attend</b>", CENTRE)
    d.p("<b>Membership</b>")
    d.ruled([["Councillor", "Group", "Councillor", "Group"],
             ["Dawn Hillsborough (Chair)", "Labour", "Marcus Netherthorpe", "Green"],
             ["Imogen Crookes (Deputy Chair)", "Green", "Yusuf Darnall", "Labour"],
             ["Colin Ecclesall", "Liberal Democrat", "Beth Firvale", "Liberal Democrat"],
             ["Harriet Gleadless", "Labour", "Tariq Heeley", "Labour"],
             ["Josie Manorley", "Liberal Democrat", "", ""]],
            [4.6 * cm, 3.5 * cm, 4.6 * cm, 3.5 * cm])
    for n, r in [("Dawn Hillsborough", "Chair"), ("Marcus Netherthorpe", None), ("Imogen Crookes", "Deputy Chair"),
                 ("Yusuf Darnall", None), ("Colin Ecclesall", None), ("Beth Firvale", None),
                 ("Harriet Gleadless", None), ("Tariq Heeley", None), ("Josie Manorley", None)]:
        d.person(n, r, "member")
    d.p("Co-opted non-voting members: Canon Philip Wadsley (Diocese of Sheffield) and Anita Walkley (Sheffield "
        "Parent Carer Forum)")
    d.person("Philip Wadsley", "Diocese of Sheffield", "other")
    d.person("Anita Walkley", "Sheffield Parent Carer Forum", "other")
    d.p("<b>Further information:</b> for further information please contact Owen Stannington, Committee Secretary, "
        "on 0114 273 4092 or email committee@sheffield.gov.uk")
    d.person("Owen Stannington", "Committee Secretary", "officer", None, "0114 273 4092")
    d.h("AGENDA")
    d.ruled([["", "Item", "Pages"],
             ["1.", "Welcome and Housekeeping Arrangements", ""],
             ["2.", "Apologies for Absence", ""],
             ["3.", "Exclusion of the Press and Public", ""],
             ["4.", "Declarations of Interest", ""],
             ["5.", "Minutes of Previous Meeting: to approve the minutes of the meeting held on 20 July 2022", "3 - 6"],
             ["6.", "Public Questions and Petitions", ""],
             ["7.", "SEND Accelerated Progress Plan: progress update (Report of the Director of Education and "
                    "Skills)", "7 - 18"],
             ["8.", "Work Programme", "19 - 22"]], [1 * cm, 12.6 * cm, 2.6 * cm])
    d.date("20 July 2022", "2022-07-20")
    d.p("NOTE: The next meeting of the Committee will be held on Wednesday 16 November 2022 at 2.00 pm")
    d.date("Wednesday 16 November 2022", "2022-11-16")
    d.add(PageBreak())
    d.title("Minutes of the Meeting of the Education, Children and Families Policy Committee held on 20 July 2022")
    d.p("<b>PRESENT:</b> Councillors Dawn Hillsborough (Chair), Imogen Crookes (Deputy Chair), Yusuf Darnall, "
        "Colin Ecclesall, Beth Firvale, Harriet Gleadless, Tariq Heeley, Josie Manorley and Ruth Stannington "
        "(Substitute Member)")
    d.person("Ruth Stannington", "Substitute Member", "member")
    d.p("<b>1. APOLOGIES FOR ABSENCE</b>", MINUTE)
    d.p("1.1 An apology for absence was received from Councillor Marcus Netherthorpe, with Councillor Ruth "
        "Stannington attending as his substitute.")
    d.p("<b>2. MINUTES OF PREVIOUS MEETING</b>", MINUTE)
    d.p("2.1 The minutes of the meeting of the Committee held on 15 June 2022 were approved as a correct record.")
    d.record_res(None, "The minutes of the meeting of the Committee held on 15 June 2022 were approved as a correct "
                       "record.", "resolution")
    d.date("15 June 2022", "2022-06-15")
    d.p("<b>3. SEND RE-VISIT: OUTCOME</b>", MINUTE)
    d.p("3.1 The Committee received a report of the Director of Education and Skills, Kirsty Grenoside, on the "
        "outcome of the re-visit. Sheffield had been re-visited by Ofsted and CQC from 7 to 9 February 2022 and "
        "the letter had been published on 22 March 2022.")
    d.person("Kirsty Grenoside", "Director of Education and Skills", "officer")
    d.date("from 7 to 9 February 2022", "2022-02-07", "2022-02-09")
    d.date("22 March 2022", "2022-03-22")
    d.event("revisit", "2022-02-07", "2022-02-09", "Sheffield had been re-visited by Ofsted and CQC from 7 to 9 "
                                                   "February 2022")
    d.event("revisit-outcome", "2022-03-22", None, "the letter had been published on 22 March 2022")
    d.p("3.2 Members raised questions on the waiting list for autism assessment and the support available to "
        "families in the meantime, and on the number of tribunal appeals.")
    d.p("3.3 <b>RESOLVED UNANIMOUSLY:</b> That the Education, Children and Families Policy Committee:-")
    d.res("(a)", "notes the outcome of the re-visit;", "resolution", style=SUB_PARA)
    d.res("(b)", "requests that the Accelerated Progress Plan is brought to the Committee once agreed; and",
          "resolution", style=SUB_PARA)
    d.res("(c)", "thanks parents and carers who contributed to the re-visit.", "resolution", style=SUB_PARA)
    d.p("<b>4. SCHOOL ORGANISATION: NEW SPECIAL SCHOOL</b>", MINUTE)
    d.p("4.1 <b>RESOLVED:</b> That approval be given to the publication of statutory proposals for a new 80-place "
        "special school in the north east of the city.")
    d.record_res(None, "That approval be given to the publication of statutory proposals for a new 80-place special "
                       "school in the north east of the city.", "resolution")
    d.add(PageBreak())
    d.ruled([["Report to Policy Committee", "Author/Lead Officer of Report: Emma Loxley, Head of SEND "
                                            "Improvement<br/>Tel: 0114 293 0561"],
             ["Report of:", "Kirsty Grenoside, Director of Education and Skills"],
             ["Report to:", "Education, Children and Families Policy Committee"],
             ["Date of Decision:", "21st September 2022"],
             ["Subject:", "SEND Accelerated Progress Plan: progress update"]],
            [5 * cm, 11.2 * cm], header_rows=0)
    d.person("Emma Loxley", "Head of SEND Improvement", "officer", None, "0114 293 0561")
    d.p("<b>Purpose of Report:</b> To update the Committee on the Accelerated Progress Plan (APP) required after the "
        "re-visit, and on the first review by the Department for Education and NHS England.")
    d.p("<b>Recommendations:</b>")
    d.p("It is recommended that the Education, Children and Families Policy Committee:")
    d.res("1.", "Notes the Accelerated Progress Plan agreed by the Department for Education and NHS England.",
          "recommendation", style=HANG)
    d.res("2.", "Notes the progress made against the plan since it was agreed, and the feedback from the first "
                "review meeting.", "recommendation", style=HANG)
    d.res("3.", "Agrees to receive a further update at its meeting in March 2023.", "recommendation", style=HANG)
    d.date("March 2023", "2023-03")
    d.p("<b>Background Papers:</b> Ofsted and CQC re-visit letter, 22 March 2022; Written Statement of Action, "
        "July 2019.")
    d.date("July 2019", "2019-07")
    d.h("1. PROPOSAL")
    d.num("1.1", "Sheffield's local area was first inspected from 12 to 16 November 2018. The letter of 16 January "
                 "2019 identified five significant weaknesses and a Written Statement of Action was required. It was "
                 "judged fit for purpose on 3 July 2019.")
    d.date("from 12 to 16 November 2018", "2018-11-12", "2018-11-16")
    d.date("16 January 2019", "2019-01-16")
    d.date("3 July 2019", "2019-07-03")
    d.event("inspection", "2018-11-12", "2018-11-16",
            "Sheffield's local area was first inspected from 12 to 16 November 2018")
    d.event("outcome-letter", "2019-01-16", None, "The letter of 16 January 2019 identified five significant "
                                                  "weaknesses")
    d.event("wsoa-approved", "2019-07-03", None, "It was judged fit for purpose on 3 July 2019.")
    d.num("1.2", "At the re-visit, inspectors found sufficient progress against two weaknesses (the local offer and "
                 "the timeliness of EHC plans). The three weaknesses against which insufficient progress had been "
                 "made, and which the APP addresses, are set out below as they appear in the letter.")
    d.p("<b>Weakness A</b> &ndash; The inconsistent quality of EHC plans, which do not routinely capture the "
        "aspirations of children and young people or specify the provision that will meet their needs", INDENT)
    d.record_weak("The inconsistent quality of EHC plans, which do not routinely capture the aspirations of children "
                  "and young people or specify the provision that will meet their needs", ["ehc-plans"])
    d.p("<b>Weakness B</b> &ndash; The long waits for autism assessment for children of school age, and the lack of "
        "support for families while they wait", INDENT)
    d.record_weak("The long waits for autism assessment for children of school age, and the lack of support for "
                  "families while they wait", ["health-services"])
    d.p("<b>Weakness C</b> &ndash; The high rates of exclusion and absence of pupils with SEND, and the weak "
        "oversight of those on part-time timetables", INDENT)
    d.record_weak("The high rates of exclusion and absence of pupils with SEND, and the weak oversight of those on "
                  "part-time timetables", ["inclusion-provision", "outcomes"])
    d.num("1.3", "The APP was submitted on 3 May 2022 and agreed by the Department for Education and NHS England "
                 "on 1 June 2022. The first six-monthly review meeting took place on 7 September 2022, led by the "
                 "Department's SEND adviser, Rhona Bradfield, and NHS England's SEND lead, Dr Samir Ughill.")
    d.date("3 May 2022", "2022-05-03")
    d.date("1 June 2022", "2022-06-01")
    d.date("7 September 2022", "2022-09-07")
    d.event("progress-plan", "2022-05-03", None, "The APP was submitted on 3 May 2022")
    d.event("progress-plan", "2022-06-01", None,
            "agreed by the Department for Education and NHS England on 1 June 2022")
    d.event("monitoring", "2022-09-07", None, "The first six-monthly review meeting took place on 7 September 2022")
    d.person("Rhona Bradfield", "the Department's SEND adviser", "officer")
    d.person("Samir Ughill", "NHS England's SEND lead", "officer")
    d.num("1.4", "Feedback from the review was that the partnership had made a good start on Weakness A, that "
                 "waiting times for autism assessment remain too long, and that the new inclusion panel is "
                 "beginning to reduce exclusions. The next review is due in March 2023.")
    d.event("monitoring", "2023-03", None, "The next review is due in March 2023.")
    d.num("1.5", "The APP tracker, updated for the review, is set out below. RAG ratings are those agreed with the "
                 "Department.")
    rows = [["No.", "Action", "Lead", "Due", "RAG"]]
    acts = [
        ("A", ["Quality assurance framework for EHC plans adopted", "Multi-agency audit of 40 plans each term",
               "Training for all casework officers on outcomes", "Young people's voice section redesigned",
               "Provision specified and quantified in all new plans", "Annual review template revised"]),
        ("B", ["Additional assessment sessions commissioned", "Waiting well support offer launched",
               "Neurodiversity support in schools pilot", "Single point of access for referrals",
               "Monthly waiting list report to the SEND board", "Parent workshops while waiting"]),
        ("C", ["Inclusion panel established", "Part-time timetable register in place",
               "Exclusion data by school shared with headteachers", "Alternative provision review",
               "Attendance support for pupils with EHC plans", "Inclusion charter signed by schools"])]
    spans = []
    for w, items in acts:
        spans.append(len(rows))
        rows.append([f"Weakness {w}", "", "", "", ""])
        for i, a in enumerate(items):
            rows.append([f"{w}{i + 1}", a, ["EL", "KG", "CCG", "HT"][i % 4],
                         ["Sep-22", "Dec-22", "Mar-23", "Jun-23"][(i * 3) % 4], "GAR"[(i + len(w)) % 3]])
    d.ruled(rows, [1.6 * cm, 8.6 * cm, 1.8 * cm, 2.2 * cm, 2 * cm], spans=spans)
    d.h("2. HOW DOES THIS DECISION CONTRIBUTE?")
    d.num("2.1", "The APP is a central part of the Council's commitment to give every child the best start in life "
                 "and to make Sheffield a city where children with SEND are included in their local schools.")
    d.h("3. HAS THERE BEEN ANY CONSULTATION?")
    d.num("3.1", "The APP was co-produced with Sheffield Parent Carer Forum and with a group of young people from "
                 "the Young Advisors. Schools were consulted through the headteacher associations.")
    d.h("4. RISK ANALYSIS AND IMPLICATIONS OF THE DECISION")
    d.num("4.1", "<b>Equality implications.</b> An equality impact assessment was completed for the APP.")
    d.num("4.2", "<b>Financial and commercial implications.</b> The autism assessment capacity is funded by the ICB; "
                 "other actions are met from existing budgets.")
    d.num("4.3", "<b>Legal implications.</b> If progress is insufficient the Secretary of State may issue an "
                 "Improvement Notice or a statutory direction.")
    d.h("5. ALTERNATIVE OPTIONS CONSIDERED")
    d.num("5.1", "None: the APP is a requirement of the Department for Education.")
    d.h("Appendix 1: key performance indicators")
    rows = [["Indicator", "Re-visit", "Jun 2022", "Aug 2022", "Target"]]
    for i, m in enumerate(["EHC plans judged good or better at audit", "Plans issued within 20 weeks",
                           "Children waiting over 52 weeks for autism assessment", "Fixed-term exclusions, pupils with "
                           "EHC plans", "Pupils with SEND on part-time timetables", "Persistent absence, SEN support",
                           "Parents reporting confidence in the system", "Annual reviews held on time"]):
        rows.append([m, str(20 + (i * 13) % 60), str(25 + (i * 11) % 60), str(30 + (i * 7) % 60),
                     str(50 + (i * 5) % 40)])
    d.ruled(rows, [7.4 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm])
    d.date("Jun 2022", "2022-06")
    d.date("Aug 2022", "2022-08")
    d.h("Appendix 2: work programme")
    d.ruled([["Meeting", "Item"], ["16 November 2022", "Sufficiency of specialist places"],
             ["18 January 2023", "High needs budget"], ["March 2023", "SEND APP update"]],
            [4 * cm, 12.2 * cm])
    d.date("18 January 2023", "2023-01-18")
    school_table(d, "Primary", 26, 23)
    return d


DOCUMENTS = [leeds_executive_board, norfolk_minutes, cornwall_hwb, wakefield_notice, lambeth_cabinet,
             sheffield_policy_committee]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
