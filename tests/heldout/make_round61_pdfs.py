"""Write the long printed documents of the held-out round 61 (reportlab), and their gold.

Round 61 is a blind batch of LONG PDFs (5 to 8 pages), written with their gold before any extractor ran on them:
a Written Statement of Action behind a short Executive cover report (North Yorkshire, 2016 framework); printed
minutes of a select committee (South Tyneside, 2016 framework); a Cabinet report with appendices (Northumberland,
2023 framework); an Ofsted/CQC inspection report as a scrutiny appendix (Warrington, 2023 framework); a progress
report with a tracker table (Suffolk, 2023 framework). Invented text, fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round61_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles, two_columns  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("61", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
MINUTE, NUM_PARA, LETTER, LETTER_BOLD, LETTER_BULLET = S.minute, S.num_para, S.letter, S.letter_bold, S.letter_bullet
PLAN = S.plan_cell


class Doc(LongDoc):
    """A round 61 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#D9E2EC", "#EEF2F6", "#F3F3F3")


NEEDS = ["Autistic spectrum disorder", "Speech, language and communication needs", "Social, emotional and mental "
         "health", "Moderate learning difficulty", "Severe learning difficulty", "Profound and multiple learning "
         "difficulty", "Specific learning difficulty", "Physical disability", "Hearing impairment",
         "Visual impairment", "Multi-sensory impairment", "Other difficulty or disability"]
SCHOOLS = ["Ashby", "Beckside", "Carrfield", "Dalesway", "Eastgate", "Fellside", "Greystone", "Hollins", "Ingleby",
           "Kirkstall", "Larchwood", "Moorend", "Netherby", "Oakhurst", "Pennine", "Quarry Bank", "Ravensworth",
           "Sandholme", "Tarnside", "Ullswater", "Valley Road", "Whinfield", "Yewtree", "Abbeyfields"]


def need_table(d: Doc, seed: int):
    rows = [["Primary need", "EHC plans", "%", "SEN support", "%"]]
    for i, need in enumerate(NEEDS):
        a, b = 20 + (i * 173 + seed * 11) % 640, 45 + (i * 229 + seed * 5) % 1300
        rows.append([need, str(a), f"{(a % 25) + 1}.{i % 10}", str(b), f"{(b % 21) + 1}.{(i * 3) % 10}"])
    d.ruled(rows, [6.8 * cm, 2.3 * cm, 1.8 * cm, 2.6 * cm, 1.8 * cm])


def school_table(d: Doc, seed: int, rows_n: int = 22):
    rows = [["Setting", "Phase", "Pupils", "SEN support %", "EHC plan %", "Suspensions", "Resourced places"]]
    for i in range(rows_n):
        rows.append([f"{SCHOOLS[(i + seed) % len(SCHOOLS)]} {'Primary' if i % 3 else 'School'}",
                     "Primary" if i % 3 else "Secondary", str(160 + (i * 89 + seed * 41) % 1150),
                     f"{8 + (i * 7 + seed) % 12}.{(i * 3) % 10}", f"{1 + (i * 5 + seed) % 5}.{(i * 7) % 10}",
                     str((i * 11 + seed) % 17), str((i * 3 + seed) % 9)])
    d.ruled(rows, [4.2 * cm, 1.9 * cm, 1.6 * cm, 2 * cm, 1.9 * cm, 2.1 * cm, 2.3 * cm])


def locality_table(d: Doc, names: list[str], seed: int):
    rows = [["Locality", "EHC plans", "SEN support", "Requests in year", "Issued within 20 weeks %",
             "In mainstream %"]]
    for i, name in enumerate(names):
        rows.append([name, str(120 + (i * 61 + seed * 17) % 430), str(360 + (i * 131 + seed) % 900),
                     str(16 + (i * 29 + seed) % 80), f"{22 + (i * 13 + seed) % 66}", f"{35 + (i * 7 + seed) % 40}"])
    d.ruled(rows, [3.8 * cm, 2.2 * cm, 2.2 * cm, 2.6 * cm, 2.8 * cm, 2.4 * cm])


# ------------------------------------------------------------------------------------------------------------------
def north_yorkshire_wsoa() -> Doc:
    rel = ("north-yorkshire/round61-2018-06-19-executive/Appendix 1 - Written Statement of Action.pdf")
    council, committee = "North Yorkshire County Council", "Executive"
    d = Doc(rel, {"council": council, "council_slug": "north-yorkshire", "committee": committee,
                  "meeting_date": "2018-06-19", "title": "Appendix 1 - Written Statement of Action",
                  "source_kind": "moderngov-document",
                  "url": "https://edemocracy.northyorks.gov.uk/documents/s21874/Appendix%201%20-%20WSoA.pdf"},
            {"council": council, "committee": committee, "date": "2018-06-19"},
            "NORTH YORKSHIRE COUNTY COUNCIL", "EXECUTIVE", "19 June 2018", page_label="{n}")
    d.date("19 June 2018", "2018-06-19")
    d.p("<b>NORTH YORKSHIRE COUNTY COUNCIL</b>", S.centre)
    d.p("<b>EXECUTIVE</b>", S.centre)
    d.p("<b>19 June 2018</b>", S.centre)
    d.p("<b>Local Area SEND Inspection: Written Statement of Action</b>", S.centre)
    d.p("<b>Report of the Corporate Director &ndash; Children and Young People's Service</b>", S.centre)
    d.h("1.0 PURPOSE OF REPORT")
    d.num("1.1", "To inform the Executive of the Written Statement of Action (WSoA) prepared by the County Council "
                 "and the five clinical commissioning groups in response to the joint inspection of the local "
                 "area's arrangements for children and young people with special educational needs and/or "
                 "disabilities, and to seek endorsement of the statement, which is attached as Appendix 1.")
    d.h("2.0 BACKGROUND")
    d.num("2.1", "Inspectors from Ofsted and the Care Quality Commission visited the North Yorkshire local area "
                 "from 4 to 8 December 2017. The findings were set out in a letter to the Director and the "
                 "accountable officers, published on 6 February 2018.")
    d.date("4 to 8 December 2017", "2017-12-04", "2017-12-08")
    d.date("6 February 2018", "2018-02-06")
    d.event("inspection", "2017-12-04", "2017-12-08",
            "Inspectors from Ofsted and the Care Quality Commission visited the North Yorkshire local area from 4 "
            "to 8 December 2017.")
    d.event("outcome-letter", "2018-02-06", None,
            "The findings were set out in a letter to the Director and the accountable officers, published on 6 "
            "February 2018.")
    d.num("2.2", "The letter recognised a good deal of strong practice, including the quality of specialist "
                 "provision, the work of the Parent Carer Forum and the early years inclusion service. Because of "
                 "concerns about the effectiveness of the area, Her Majesty's Chief Inspector determined that a "
                 "Written Statement of Action was required. The letter asked that it address four matters of "
                 "significant concern:")
    d.weak("the timeliness of education, health and care (EHC) needs assessments and the quality of the plans "
           "that result from them;", ["ehc-plans"], marker="a)")
    d.weak("the inconsistent contribution of health and social care professionals to EHC plans and to annual "
           "reviews;", ["ehc-plans"], marker="b)")
    d.weak("the quality of planning for young people's transition to adulthood, particularly for those moving "
           "into further education and adult health services; and", ["preparing-for-adulthood"], marker="c)")
    d.weak("the lack of a jointly agreed approach to commissioning, which means that gaps in therapy services are "
           "not identified or addressed.", ["joint-commissioning"], marker="d)")
    d.num("2.3", "The statement was submitted to Ofsted on 15 May 2018, within the 70 working days allowed. Ofsted "
                 "and the CQC will advise whether it is fit for purpose; we expect to hear by the end of July 2018. "
                 "Officers from the Department for Education and NHS England will then monitor delivery at regular "
                 "meetings, the first of which is proposed for October 2018.")
    d.date("15 May 2018", "2018-05-15")
    d.date("July 2018", "2018-07")
    d.date("October 2018", "2018-10")
    d.event("wsoa-submitted", "2018-05-15", None,
            "The statement was submitted to Ofsted on 15 May 2018, within the 70 working days allowed.")
    d.event("monitoring", "2018-10", None,
            "Officers from the Department for Education and NHS England will then monitor delivery at regular "
            "meetings, the first of which is proposed for October 2018.")
    d.h("3.0 CONSULTATION")
    d.num("3.1", "The draft was shared with parent carers at four locality events between 9 and 20 April 2018 and "
                 "with the Young People's Council on 24 April 2018. The SEND Partnership Board approved the final "
                 "draft on 3 May 2018.")
    d.date("between 9 and 20 April 2018", "2018-04-09", "2018-04-20")
    d.date("24 April 2018", "2018-04-24")
    d.date("3 May 2018", "2018-05-03")
    d.h("4.0 FINANCIAL AND LEGAL IMPLICATIONS")
    d.num("4.1", "The actions are funded from existing budgets and the High Needs Block. There is no additional "
                 "call on the County Council's revenue budget in 2018/19. The local area's duties arise under the "
                 "Children and Families Act 2014.")
    d.h("5.0 RECOMMENDATIONS")
    d.p("It is recommended that the Executive:")
    d.res("i)", "notes the outcome of the local area SEND inspection and the four areas of significant weakness "
                "identified;", "recommendation")
    d.res("ii)", "endorses the Written Statement of Action at Appendix 1, as submitted; and", "recommendation")
    d.res("iii)", "requests a progress report to its meeting in January 2019.", "recommendation")
    d.date("January 2019", "2019-01")
    d.p("<b>STUART HARNBY-CLOUGH</b><br/>Corporate Director &ndash; Children and Young People's Service")
    d.p("Report prepared by: Helen Ridsdale, Assistant Director, Inclusion. Tel: 01609 532917. "
        "E-mail: helen.ridsdale@northyorks.gov.uk")
    d.p("Executive Member: County Councillor Patricia Mulvaney, Executive Member for Education and Skills")
    d.person("Stuart Harnby-Clough", "Corporate Director - Children and Young People's Service", "officer")
    d.person("Helen Ridsdale", "Assistant Director, Inclusion", "officer", "helen.ridsdale@northyorks.gov.uk",
             "01609 532917")
    d.person("Patricia Mulvaney", "Executive Member for Education and Skills", "member")
    d.add(PageBreak())
    d.title("North Yorkshire Local Area<br/>Written Statement of Action")
    d.p("Special Educational Needs and Disabilities &ndash; submitted to Ofsted and CQC, May 2018")
    d.date("May 2018", "2018-05")
    d.h("Introduction")
    d.p("This statement sets out how North Yorkshire County Council, Airedale, Wharfedale and Craven CCG, Hambleton, "
        "Richmondshire and Whitby CCG, Harrogate and Rural District CCG, Scarborough and Ryedale CCG and Vale of "
        "York CCG will address the areas of significant weakness. It was co-produced with Parent Carer Voice "
        "North Yorkshire, whose chair, Joanne Pickersgill, co-chairs the SEND Partnership Board.")
    d.person("Joanne Pickersgill", "chair, Parent Carer Voice North Yorkshire", "other")
    d.p("Signed on behalf of the partnership: Stuart Harnby-Clough (Corporate Director, Children and Young People's "
        "Service); Dr Anil Bhardwaj (Chief Officer, Harrogate and Rural District CCG, lead for the CCGs); County "
        "Councillor Patricia Mulvaney.")
    d.person("Anil Bhardwaj", "Chief Officer, Harrogate and Rural District CCG, lead for the CCGs", "officer")
    d.h("Governance")
    d.p("Delivery will be overseen by the SEND Partnership Board, meeting every six weeks, and reported to the "
        "Health and Wellbeing Board and to the Young and Well Overview and Scrutiny Committee. Each priority has "
        "a named senior responsible officer. Progress will be reported on a RAG rating basis.")
    plan = [
        ("Priority 1", "EHC needs assessments and plans", [
            ("1.1", "Recruit four additional EHC co-ordinators and a quality assurance lead", "Head of SEND", "Jul 2018"),
            ("1.2", "Introduce a multi-agency panel that meets weekly to agree assessment", "Head of SEND", "Sep 2018"),
            ("1.3", "Audit 10% of new plans each term against the quality standard", "Principal EP", "Dec 2018"),
            ("1.4", "Publish timeliness data monthly on the Local Offer", "Performance lead", "Oct 2018")]),
        ("Priority 2", "Health and care contributions", [
            ("2.1", "Appoint a Designated Clinical Officer in each CCG footprint", "CCG lead", "Sep 2018"),
            ("2.2", "Agree a template and standard for health advice", "DCO network", "Nov 2018"),
            ("2.3", "Include social care advice in all plans for children known to teams", "AD Safeguarding", "Jan 2019")]),
        ("Priority 3", "Preparation for adulthood", [
            ("3.1", "Develop a 14-25 transitions protocol with adult services", "AD Inclusion", "Mar 2019"),
            ("3.2", "Hold preparation for adulthood reviews from Year 9", "Head of SEND", "Sep 2018"),
            ("3.3", "Map post-16 provision with colleges and training providers", "14-19 team", "Feb 2019")]),
        ("Priority 4", "Joint commissioning", [
            ("4.1", "Complete a joint needs analysis for therapies", "Joint commissioning group", "Nov 2018"),
            ("4.2", "Agree a joint commissioning strategy", "Partnership Board", "Apr 2019"),
            ("4.3", "Recommission speech and language therapy on a county-wide basis", "CCG lead", "Sep 2019")]),
    ]
    for prio, title, acts in plan:
        d.h(f"{prio}: {title}")
        rows = [["Ref", "Action", "Lead", "By when", "Measure of success"]]
        for ref, act, lead, when in acts:
            rows.append([ref, act, lead, when, "Evidence reviewed by the Partnership Board"])
        d.ruled(rows, [1.1 * cm, 6.2 * cm, 3 * cm, 1.9 * cm, 4 * cm])
    for text, iso in [("Sep 2018", "2018-09"), ("Dec 2018", "2018-12"), ("Nov 2018", "2018-11"),
                      ("Mar 2019", "2019-03"), ("Feb 2019", "2019-02"),
                      ("Apr 2019", "2019-04"), ("Sep 2019", "2019-09")]:
        d.date(text, iso)
    d.h("Measures of impact")
    d.ruled([["Measure", "Baseline (Dec 2017)", "Target (Dec 2018)", "Target (Dec 2019)"],
             ["New EHC plans issued within 20 weeks", "31%", "60%", "85%"],
             ["Plans with health advice within 6 weeks", "44%", "75%", "90%"],
             ["Plans audited as good or better", "38%", "60%", "80%"],
             ["Year 9 reviews with preparation for adulthood outcomes", "27%", "65%", "90%"],
             ["Parents satisfied with the assessment process", "41%", "55%", "70%"]],
            [7 * cm, 3.2 * cm, 3 * cm, 3 * cm])
    d.date("Dec 2017", "2017-12")
    d.date("Dec 2019", "2019-12")
    d.h("Annex: children and young people with SEND in North Yorkshire (January census)")
    need_table(d, 3)
    d.space(8)
    locality_table(d, ["Craven", "Hambleton", "Harrogate", "Richmondshire", "Ryedale", "Scarborough", "Selby"], 4)
    d.space(8)
    school_table(d, 2)
    return d



# ------------------------------------------------------------------------------------------------------------------
def south_tyneside_minutes() -> Doc:
    rel = "south-tyneside/round61-2021-12-09-people-select-committee/Minutes 11 November 2021.pdf"
    council, committee = "South Tyneside Council", "People Select Committee"
    d = Doc(rel, {"council": council, "council_slug": "south-tyneside", "committee": committee,
                  "meeting_date": "2021-12-09", "title": "Minutes 11 November 2021",
                  "source_kind": "council-document",
                  "url": "https://www.southtyneside.gov.uk/media/minutes-people-select-11-november-2021.pdf"},
            {"council": council, "committee": committee, "date": "2021-11-11"},
            "South Tyneside Council", "People Select Committee", "People Select Committee - 11.11.21",
            page_label="Page {n}")
    d.title("PEOPLE SELECT COMMITTEE")
    d.p("Minutes of the meeting held in the Council Chamber, Town Hall and Civic Offices, South Shields, on "
        "Thursday 11 November 2021 at 5.30 pm")
    d.date("Thursday 11 November 2021", "2021-11-11")
    d.p("<b>Present:</b> Councillor Lynne Haddow (Chair); Councillors Bill Crangle, Rashida Islam, Peter "
        "McAvennie, Gordon Fairless, Joan Ackroyd-Reay and Kevin Dunwell (Vice-Chair)")
    d.p("<b>Co-opted Members:</b> Father Michael Devlin (Catholic Diocese) and Mrs Sandra Kerr (Parent Governor "
        "representative)")
    d.p("<b>Also present:</b> Councillor Andrea Bellshaw, Lead Member for Children, Young People and Families")
    d.p("<b>Officers:</b> Jill Ormesby-Clark (Corporate Director, Children's and Adult Services), Martin Tully (Head of "
        "SEND and Inclusion), Dr Ruth Gillanders (Designated Clinical Officer, NHS South Tyneside CCG), Neil "
        "Brannigan (Youth Justice Service Manager) and Zoe Harbottle (Democratic Services Officer)")
    for name, role, kind in [("Lynne Haddow", "Chair", "member"), ("Bill Crangle", None, "member"),
                             ("Rashida Islam", None, "member"), ("Peter McAvennie", None, "member"),
                             ("Gordon Fairless", None, "member"), ("Joan Ackroyd-Reay", None, "member"),
                             ("Kevin Dunwell", "Vice-Chair", "member"),
                             ("Michael Devlin", "Co-opted Member (Catholic Diocese)", "other"),
                             ("Sandra Kerr", "Co-opted Member (Parent Governor representative)", "other"),
                             ("Andrea Bellshaw", "Lead Member for Children, Young People and Families", "member"),
                             ("Jill Ormesby-Clark", "Corporate Director, Children's and Adult Services", "officer"),
                             ("Martin Tully", "Head of SEND and Inclusion", "officer"),
                             ("Ruth Gillanders", "Designated Clinical Officer, NHS South Tyneside CCG", "officer"),
                             ("Neil Brannigan", "Youth Justice Service Manager", "officer"),
                             ("Zoe Harbottle", "Democratic Services Officer", "officer")]:
        d.person(name, role, kind)
    d.p("MINUTE 28", S.minute)
    d.p("<b>APOLOGIES FOR ABSENCE</b>")
    d.p("Apologies for absence were received from Councillor Moira Gallon and from Mr Derek Lowther "
        "(Church of England Diocese).")
    d.person("Moira Gallon", None, "member")
    d.person("Derek Lowther", "Church of England Diocese", "other")
    d.p("MINUTE 29", S.minute)
    d.p("<b>DECLARATIONS OF INTEREST</b>")
    d.p("Councillor Islam declared a non-pecuniary interest in minute 31 as a governor of a special school in "
        "Jarrow.")
    d.p("MINUTE 30", S.minute)
    d.p("<b>MINUTES</b>")
    d.p("Consideration was given to the minutes of the meeting held on 7 October 2021.")
    d.date("7 October 2021", "2021-10-07")
    d.res(None, "That the minutes of the meeting held on 7 October 2021 be confirmed as a correct record and "
                "signed by the Chair.", "resolution", lead="<b>RESOLVED -</b>", style=BODY)
    d.p("MINUTE 31", S.minute)
    d.p("<b>SPECIAL EDUCATIONAL NEEDS AND DISABILITIES: ACCELERATED PROGRESS PLAN</b>")
    d.p("The Head of SEND and Inclusion presented a report on the local area's Accelerated Progress Plan (APP), "
        "which followed the Ofsted and CQC revisit that had taken place between 22 and 24 June 2021 and whose "
        "outcome letter had been published on 9 August 2021.")
    d.date("between 22 and 24 June 2021", "2021-06-22", "2021-06-24")
    d.date("9 August 2021", "2021-08-09")
    d.event("revisit", "2021-06-22", "2021-06-24",
            "the Ofsted and CQC revisit that had taken place between 22 and 24 June 2021")
    d.event("revisit-outcome", "2021-08-09", None, "whose outcome letter had been published on 9 August 2021")
    d.p("Members were reminded that the original inspection in March 2019 had found five significant weaknesses. "
        "The inspectors had judged that sufficient progress had been made in three of them, namely strategic "
        "leadership, the transition to adult health services and the rate of exclusions, but that the area had "
        "not made sufficient progress in addressing the following:")
    d.date("March 2019", "2019-03")
    d.weak("the absence of joint commissioning arrangements for therapy services, so that children wait too long "
           "for speech and language therapy and occupational therapy", ["joint-commissioning", "health-services"],
           marker="-")
    d.weak("the quality of EHC plans, and the limited contribution made to them by health and social care "
           "professionals", ["ehc-plans"], marker="-")
    d.p("The APP had been drafted with the Parent Carer Forum and signed off by the Local Area SEND Board before "
        "it was submitted to the Department for Education and NHS England on 15 October 2021. The first formal "
        "review meeting with the DfE SEND adviser and the NHS England adviser was booked for 3 February 2022, with "
        "further reviews roughly every six months until the area was judged to have made enough progress.")
    d.date("15 October 2021", "2021-10-15")
    d.date("3 February 2022", "2022-02-03")
    d.event("progress-plan", "2021-10-15", None,
            "it was submitted to the Department for Education and NHS England on 15 October 2021")
    d.event("monitoring", "2022-02-03", None,
            "The first formal review meeting with the DfE SEND adviser and the NHS England adviser was booked for "
            "3 February 2022")
    d.p("Dr Gillanders outlined the health actions. A single therapies specification was being developed jointly "
        "by the Council and the CCG, with a new contract to begin in April 2022. The number of children waiting "
        "more than 18 weeks for speech and language therapy had fallen from 212 in June to 164 at the end of "
        "October 2021.")
    d.date("April 2022", "2022-04")
    d.date("October 2021", "2021-10")
    d.p("In response to questions from Members:")
    for q in ["Councillor Crangle asked how parents would know that plans were improving. The Head of SEND and "
              "Inclusion said that a quarterly audit, moderated with parent representatives, would be reported "
              "to the Committee.",
              "Mrs Kerr asked about the use of health advice that arrived after the six-week deadline. Dr Gillanders "
              "said late advice was now escalated to her and that compliance had risen to 71 per cent in "
              "September 2021.",
              "Councillor Dunwell asked whether the APP was adequately resourced. The Corporate Director said that two "
              "additional EHC co-ordinators had been funded from reserves until 31 March 2023."]:
        d.p(f"&bull; {q}", BULLET)
    d.date("September 2021", "2021-09")
    d.date("31 March 2023", "2023-03-31")
    d.p("<b>RESOLVED that:</b>")
    d.res("(1)", "the outcome of the revisit and the Accelerated Progress Plan be noted;", "resolution")
    d.res("(2)", "the Committee receive six-monthly reports on progress against the APP, the first to the meeting "
                 "in March 2022; and", "resolution")
    d.date("March 2022", "2022-03")
    d.res("(3)", "the Chair write to the Chief Executive of the Integrated Care Board, once established, seeking "
                 "assurance on the long-term funding of therapy services.", "resolution")
    d.p("MINUTE 32", S.minute)
    d.p("<b>YOUTH JUSTICE PLAN</b>")
    d.p("The Youth Justice Service Manager presented the Youth Justice Plan, which had been submitted to the Youth "
        "Justice Board on 30 June 2021. Members noted that 43 per cent of children open to the service had an "
        "identified special educational need.")
    d.date("30 June 2021", "2021-06-30")
    d.res(None, "That the Youth Justice Plan be noted and its recommendation to Council be supported.",
          "resolution", lead="<b>RESOLVED -</b>", style=BODY)
    d.p("MINUTE 33", S.minute)
    d.p("<b>WORK PROGRAMME</b>")
    d.p("The Committee considered its work programme for the remainder of the municipal year.")
    d.ruled([["Meeting", "Items"],
             ["9 December 2021", "Children's social care annual report; School attendance"],
             ["13 January 2022", "Early help strategy; Corporate parenting"],
             ["10 March 2022", "SEND APP progress (first six-monthly report); Elective home education"],
             ["7 April 2022", "Annual report of the Committee"]], [4 * cm, 12 * cm])
    for t, iso in [("9 December 2021", "2021-12-09"), ("13 January 2022", "2022-01-13"),
                   ("10 March 2022", "2022-03-10"), ("7 April 2022", "2022-04-07")]:
        d.date(t, iso)
    d.res(None, "That the work programme be agreed.", "resolution", lead="<b>RESOLVED -</b>", style=BODY)
    d.p("The meeting closed at 7.42 pm.")
    d.p("CHAIR")
    d.add(PageBreak())
    d.h("Appendix to Minute 31 - information tabled at the meeting")
    d.p("Accelerated Progress Plan: summary of actions")
    rows = [["Ref", "Action", "Lead", "Target date", "Status"],
            ["T1", "Joint therapies needs assessment completed", "Commissioning", "Nov 2021", "Amber"],
            ["T2", "Single therapies specification agreed by Council and CCG", "CCG / Council", "Jan 2022", "Amber"],
            ["T3", "New therapies contract in place", "CCG", "Apr 2022", "Not started"],
            ["P1", "EHC plan quality standard relaunched with training", "Head of SEND", "Dec 2021", "Green"],
            ["P2", "Monthly multi-agency audit of new plans", "Principal EP", "Jan 2022", "Green"],
            ["P3", "Health advice escalation route in use", "DCO", "Oct 2021", "Complete"],
            ["P4", "Social care advice included in all plans for children in need", "AD Social Care",
             "Mar 2022", "Amber"]]
    d.ruled(rows, [1.2 * cm, 7.2 * cm, 3 * cm, 2.4 * cm, 2.4 * cm])
    for t, iso in [("Nov 2021", "2021-11"), ("Jan 2022", "2022-01"), ("Dec 2021", "2021-12")]:
        d.date(t, iso)
    d.space(8)
    need_table(d, 7)
    d.space(8)
    locality_table(d, ["South Shields Central", "South Shields East", "South Shields West", "Jarrow", "Hebburn",
                       "Boldon", "Whitburn and Cleadon"], 9)
    d.space(8)
    school_table(d, 5, 24)
    return d



# ------------------------------------------------------------------------------------------------------------------
def northumberland_cabinet() -> Doc:
    rel = ("northumberland/round61-2024-10-08-cabinet/Area SEND Inspection Outcome and Improvement Plan - "
           "Cabinet report.pdf")
    council, committee = "Northumberland County Council", "Cabinet"
    d = Doc(rel, {"council": council, "council_slug": "northumberland", "committee": committee,
                  "meeting_date": "2024-10-08",
                  "title": "Area SEND Inspection Outcome and Improvement Plan - Cabinet report",
                  "source_kind": "moderngov-document",
                  "url": "https://northumberland.moderngov.co.uk/documents/s31127/SEND%20Inspection%20Outcome.pdf"},
            {"council": council, "committee": committee, "date": "2024-10-08"},
            "Northumberland County Council", "Cabinet", "Cabinet | 8 October 2024", page_label="Page {n} of {total}")
    d.p("<b>NORTHUMBERLAND COUNTY COUNCIL</b>")
    d.p("<b>CABINET</b>")
    d.p("<b>Tuesday, 8 October 2024</b>")
    d.date("Tuesday, 8 October 2024", "2024-10-08")
    d.table([["Report Title", "Area SEND Inspection Outcome and Improvement Plan"],
             ["Report of", "Audrey Kellingley, Executive Director for Children, Young People and Education"],
             ["Cabinet Member", "Councillor Gareth Ridley-Thorpe, Inspire Portfolio Holder (Children, Young People "
                                "and Education)"],
             ["Key decision", "No"], ["Ward(s)", "All"]], [4 * cm, 12.2 * cm], header=False)
    d.person("Audrey Kellingley", "Executive Director for Children, Young People and Education", "officer")
    d.person("Gareth Ridley-Thorpe", "Inspire Portfolio Holder (Children, Young People and Education)", "member")
    d.h("1. Purpose of report")
    d.p("To inform Cabinet of the findings of the Ofsted and Care Quality Commission inspection of the local area "
        "partnership's special educational needs and/or disabilities (SEND) arrangements, and to seek approval "
        "of the Area SEND Improvement Plan that the partnership will publish in response.")
    d.h("2. Recommendations")
    d.p("2.1 Cabinet is recommended to:")
    d.res("a.", "Note the outcome of the area SEND inspection and the five areas for improvement identified by "
                "inspectors.", "recommendation")
    d.res("b.", "Approve the Area SEND Improvement Plan at Appendix 2 for submission to Ofsted by the deadline of "
                "24 October 2024.", "recommendation")
    d.date("24 October 2024", "2024-10-24")
    d.event("progress-plan", "2024-10-24", None,
            "Approve the Area SEND Improvement Plan at Appendix 2 for submission to Ofsted by the deadline of 24 "
            "October 2024.")
    d.res("c.", "Delegate authority to the Executive Director for Children, Young People and Education, in "
                "consultation with the Cabinet Member, to make minor amendments to the plan before it is "
                "submitted.", "recommendation")
    d.res("d.", "Ask the Family and Children's Services Overview and Scrutiny Committee to include six-monthly "
                "monitoring of the plan in its work programme.", "recommendation")
    d.h("3. Link to Corporate Plan")
    d.p("This report is relevant to the 'Tackling Inequalities' and 'Achieving Value for Money' priorities of the "
        "Corporate Plan 2023-26.")
    d.h("4. Key issues")
    d.p("4.1 Inspectors visited the Northumberland area between 1 July and 5 July 2024. The inspection report was "
        "published on 16 August 2024. The inspection concluded that the local area partnership's arrangements "
        "lead to inconsistent experiences and outcomes for children and young people with SEND, the middle of the "
        "three possible outcomes. The next full inspection will be within approximately three years.")
    d.date("between 1 July and 5 July 2024", "2024-07-01", "2024-07-05")
    d.date("16 August 2024", "2024-08-16")
    d.event("inspection", "2024-07-01", "2024-07-05",
            "Inspectors visited the Northumberland area between 1 July and 5 July 2024.")
    d.event("outcome-letter", "2024-08-16", None, "The inspection report was published on 16 August 2024.")
    d.p("4.2 Inspectors identified no areas for priority action. The five areas for improvement are reproduced in "
        "the first column of Appendix 1 exactly as the report words them, with the partnership's response.")
    d.p("4.3 Inspectors found many strengths: children and young people are well known to the professionals who "
        "work with them; the early years inclusion team is highly regarded; the Parent Carer Forum is a valued "
        "partner; and the partnership's self-evaluation is accurate.")
    d.h("5. Background")
    d.p("5.1 The inspection took place under the framework introduced in January 2023, which replaced the "
        "previous cycle of inspections and re-visits. Northumberland's last inspection, in November 2017, did "
        "not require a written statement of action.")
    d.date("January 2023", "2023-01")
    d.date("November 2017", "2017-11")
    d.p("5.2 The improvement plan was drafted through four co-production workshops held in September 2024 with "
        "parents, carers, young people, schools and health colleagues. The SEND Strategic Partnership Board, "
        "chaired by the Executive Director, agreed the draft on 26 September 2024. The North East and North "
        "Cumbria Integrated Care Board will consider it on 15 October 2024.")
    d.date("September 2024", "2024-09")
    d.date("26 September 2024", "2024-09-26")
    d.event("progress-plan", "2024-09-26", None,
            "The SEND Strategic Partnership Board, chaired by the Executive Director, agreed the draft on 26 "
            "September 2024.")
    d.date("15 October 2024", "2024-10-15")
    d.p("5.3 The Department for Education's regional SEND adviser, Mr Colin Thirlwell, has offered to review "
        "the plan's progress with the Board in spring 2025. This is not a formal monitoring arrangement.")
    d.person("Colin Thirlwell", "Department for Education's regional SEND adviser", "officer")
    d.h("6. Implications")
    imp = [["Policy", "The plan supports the SEND and Inclusion Strategy 2022-2025."],
           ["Finance and value for money", "Actions are met from existing budgets and the Dedicated Schools Grant "
                                           "High Needs Block, which is forecast to overspend by 6.4 million "
                                           "pounds in 2024-25."],
           ["Legal", "The Children and Families Act 2014 and the SEND Code of Practice set the duties concerned."],
           ["Procurement", "None arising directly."],
           ["Human resources", "Three posts in the SEND Assessment Team are being recruited."],
           ["Property", "None."],
           ["Equalities (Impact Assessment attached)", "No - children with SEND are expected to benefit."],
           ["Risk assessment", "Failure to deliver the plan risks a poorer outcome at the next inspection."],
           ["Crime and disorder", "None."], ["Customer considerations", "Communication with families is a "
                                                                        "priority of the plan."],
           ["Carbon reduction", "None."], ["Health and wellbeing", "The plan includes actions by the ICB."],
           ["Wards", "All."]]
    d.table(imp, [5 * cm, 11.2 * cm], header=False)
    d.h("7. Background papers")
    d.p("Ofsted and CQC, Area SEND inspection of Northumberland Local Area Partnership, 16 August 2024.")
    d.h("8. Links to other key reports already published")
    d.p("Family and Children's Services Overview and Scrutiny Committee, 12 September 2024 - SEND inspection "
        "outcome (verbal update).")
    d.date("12 September 2024", "2024-09-12")
    d.h("9. Author and contact details")
    d.p("Lorraine Hepple-Wardle, Service Director: Education and SEND<br/>"
        "Email: lorraine.hepple-wardle@northumberland.gov.uk<br/>Telephone: 01670 624311")
    d.person("Lorraine Hepple-Wardle", "Service Director: Education and SEND", "officer",
             "lorraine.hepple-wardle@northumberland.gov.uk", "01670 624311")
    d.h("Report sign off")
    d.table([["", "Full name of officer"], ["Monitoring Officer/Legal", "Simon Ledgerwood"],
             ["Executive Director of Finance and S151 Officer", "Karen Dobbin-Stowe"],
             ["Relevant Executive Director", "Audrey Kellingley"], ["Chief Executive", "Rachel Ogilvie-Moss"],
             ["Portfolio Holder(s)", "Gareth Ridley-Thorpe"]], [8 * cm, 8.2 * cm])
    d.person("Simon Ledgerwood", "Monitoring Officer/Legal", "officer")
    d.person("Karen Dobbin-Stowe", "Executive Director of Finance and S151 Officer", "officer")
    d.person("Rachel Ogilvie-Moss", "Chief Executive", "officer")
    d.add(PageBreak())
    d.h("Appendix 1: Areas for improvement and the partnership's response")
    aois = [
        ("Leaders should improve the timeliness of EHC needs assessments, particularly where advice from health "
         "and social care is needed, so that children's needs are met without delay.", ["ehc-plans"],
         "Recruit to the assessment team; weekly tracking of advice requests", "Head of SEND", "Mar 2025"),
        ("The ICB and partners should reduce waiting times for autism and ADHD assessments and make sure that "
         "families are supported while they wait.", ["health-services"],
         "Additional assessment capacity; a 'waiting well' offer", "ICB Director of Place", "Jun 2025"),
        ("Leaders should make sure that children and young people in rural parts of the county can access "
         "therapies and specialist support as readily as those in the towns.", ["inclusion-provision",
                                                                                "health-services"],
         "Outreach therapy clinics in the west of the county", "ICB / Inclusion Service", "Sep 2025"),
        ("Leaders should improve the Local Offer so that families can easily find accurate information about "
         "the services available to them.", ["local-offer"],
         "Rebuild the Local Offer website with the Parent Carer Forum", "Head of Commissioning", "Jan 2025"),
        ("Leaders should strengthen the quality assurance of EHC plans so that they capture children's needs "
         "and aspirations and are updated when these change.", ["ehc-plans", "data-oversight"],
         "Multi-agency audit cycle; annual review recovery", "Principal Educational Psychologist", "Dec 2024")]
    rows = [["Area for improvement (inspection report)", "Our response", "Lead", "By"]]
    for text, themes, act, lead, by in aois:
        rows.append([text, act, lead, by])
        d.record_weak(text, themes)
    d.ruled(rows, [7.2 * cm, 4.4 * cm, 3 * cm, 1.6 * cm])
    for t, iso in [("Mar 2025", "2025-03"), ("Jun 2025", "2025-06"), ("Sep 2025", "2025-09"),
                   ("Jan 2025", "2025-01"), ("Dec 2024", "2024-12")]:
        d.date(t, iso)
    d.h("Appendix 2: Area SEND Improvement Plan - summary of milestones")
    d.ruled([["Milestone", "Date"],
             ["Plan published on the Local Offer", "31 October 2024"],
             ["First quarterly report to the Strategic Partnership Board", "January 2025"],
             ["Parent and carer survey repeated", "March 2025"],
             ["Report to Family and Children's Services OSC", "April 2025"],
             ["Annual review of the plan", "October 2025"]], [11 * cm, 5.2 * cm])
    for t, iso in [("31 October 2024", "2024-10-31"), ("April 2025", "2025-04"), ("October 2025", "2025-10")]:
        d.date(t, iso)
    d.event("progress-plan", "2024-10-31", None, "Plan published on the Local Offer 31 October 2024")
    d.ruled([["Indicator", "Jan 2024", "Jul 2024", "Target Jul 2025"],
             ["New EHC plans issued in 20 weeks (%)", "38", "44", "70"],
             ["Autism assessment wait (median weeks)", "61", "66", "40"],
             ["Annual reviews completed on time (%)", "52", "57", "80"],
             ["Local Offer page views (month)", "9,400", "10,100", "14,000"]],
            [7.6 * cm, 2.6 * cm, 2.6 * cm, 3.4 * cm])
    for t, iso in [("Jan 2024", "2024-01"), ("Jul 2024", "2024-07"), ("Jul 2025", "2025-07")]:
        d.date(t, iso)
    d.h("Appendix 3: SEND in Northumberland - context data")
    need_table(d, 11)
    d.space(8)
    locality_table(d, ["North Northumberland", "Tynedale", "Castle Morpeth", "Blyth", "Cramlington", "Ashington",
                       "Bedlington"], 13)
    d.space(8)
    school_table(d, 9)
    return d



# ------------------------------------------------------------------------------------------------------------------
def warrington_inspection_report() -> Doc:
    rel = ("warrington/round61-2024-07-15-children-young-people-and-families-scrutiny-committee/Item 6 - Area SEND "
           "Inspection Report and cover.pdf")
    council, committee = "Warrington Borough Council", "Children, Young People and Families Scrutiny Committee"
    d = Doc(rel, {"council": council, "council_slug": "warrington", "committee": committee,
                  "meeting_date": "2024-07-15", "title": "Item 6 - Area SEND Inspection Report and cover",
                  "source_kind": "council-document",
                  "url": "https://www.warrington.gov.uk/sites/default/files/2024-07/item-6-area-send-inspection.pdf"},
            {"council": council, "committee": committee, "date": "2024-07-15"},
            "Warrington Borough Council", "Agenda Item 6", "", page_label="{n}")
    d.title("Children, Young People and Families Scrutiny Committee")
    d.table([["Report to:", "Children, Young People and Families Scrutiny Committee"],
             ["Date of meeting:", "15 July 2024"],
             ["Report of:", "Karl Whitworth-Dean, Director of Education and Inclusion"],
             ["Report author:", "Sarah Fenlon, SEND Partnership Manager"],
             ["Contact details:", "Email: sfenlon@warrington.gov.uk Tel: 01925 442719"],
             ["Ward(s):", "All"],
             ["Title of report:", "Area SEND Inspection of Warrington Local Area Partnership"]],
            [4 * cm, 12.2 * cm], header=False, grid=False)
    d.date("15 July 2024", "2024-07-15")
    d.person("Karl Whitworth-Dean", "Director of Education and Inclusion", "officer")
    d.person("Sarah Fenlon", "SEND Partnership Manager", "officer", "sfenlon@warrington.gov.uk", "01925 442719")
    d.h("1. Purpose")
    d.p("1.1 To share with Members the report of the area SEND inspection of the Warrington local area "
        "partnership, carried out jointly by Ofsted and the Care Quality Commission (CQC) between 29 April and 17 "
        "May 2024. The report, which is attached in full, was published on 14 June 2024.")
    d.date("between 29 April and 17 May 2024", "2024-04-29", "2024-05-17")
    d.date("14 June 2024", "2024-06-14")
    d.event("inspection", "2024-04-29", "2024-05-17",
            "the area SEND inspection of the Warrington local area partnership, carried out jointly by Ofsted and "
            "the Care Quality Commission (CQC) between 29 April and 17 May 2024")
    d.event("outcome-letter", "2024-06-14", None, "The report, which is attached in full, was published on 14 June "
                                                   "2024.")
    d.h("2. Confidentiality")
    d.p("2.1 Not applicable.")
    d.h("3. Decision Required")
    d.p("3.1 Members of the Committee are invited:")
    d.res("(a)", "to receive the inspection report and note the outcome;", "recommendation")
    d.res("(b)", "to comment on the partnership's initial response to the four areas for improvement; and",
          "recommendation")
    d.res("(c)", "to agree that the updated SEND Strategy and action plan be brought to the Committee before its "
                 "publication.", "recommendation")
    d.h("4. Background")
    d.p("4.1 The inspection outcome is that the local area partnership's arrangements lead to inconsistent "
        "experiences and outcomes for children and young people with SEND. The partnership is required to update "
        "and publish its strategic plan. Partners have agreed to publish the updated plan on the Local Offer by "
        "23 August 2024, having presented it to the Health and Wellbeing Board on 27 June 2024 in outline.")
    d.date("23 August 2024", "2024-08-23")
    d.date("27 June 2024", "2024-06-27")
    d.event("progress-plan", "2024-08-23", None,
            "Partners have agreed to publish the updated plan on the Local Offer by 23 August 2024")
    d.p("4.2 Warrington's previous local area inspection took place in October 2018. The present report "
        "records that the partnership has made real improvements since then.")
    d.date("October 2018", "2018-10")
    d.h("5. Financial considerations")
    d.p("5.1 There are no direct financial consequences of this report. The High Needs Block deficit recovery "
        "plan was reported to Cabinet on 10 June 2024.")
    d.date("10 June 2024", "2024-06-10")
    d.h("6. Risk assessment")
    d.p("6.1 The risk that the partnership does not address the areas for improvement before the next inspection "
        "is recorded on the Children's Services risk register and will be reviewed quarterly.")
    d.p("<b>7. Background papers:</b> None.")
    d.add(PageBreak())
    d.p("<b>Area SEND inspection of Warrington Local Area Partnership</b>", LETTER)
    d.p("Inspection dates: 29 April to 17 May 2024", LETTER)
    d.p("Dates of previous inspection: 8 October to 12 October 2018", LETTER)
    d.date("8 October to 12 October 2018", "2018-10-08", "2018-10-12")
    d.p("<b>Inspection outcome</b>", LETTER_BOLD)
    d.p("The local area partnership's arrangements lead to inconsistent experiences and outcomes for children and "
        "young people with special educational needs and/or disabilities (SEND). The local area partnership must "
        "work jointly to make improvements.", LETTER)
    d.p("The next full area SEND inspection will be within approximately 3 years. Ofsted and the CQC ask that the "
        "local area partnership updates and publishes its strategic plan based on the recommendations set out in "
        "this report.", LETTER)
    d.p("<b>Information about the local area partnership</b>", LETTER_BOLD)
    d.p("Warrington Borough Council and NHS Cheshire and Merseyside Integrated Care Board (ICB) are jointly "
        "responsible for the planning and commissioning of services for children and young people with SEND in "
        "Warrington. The Director of Children's Services took up post in March 2023.", LETTER)
    d.date("March 2023", "2023-03")
    d.p("The local authority commissions alternative provision from two providers, and there are four maintained "
        "special schools and two resourced provisions in the area.", LETTER)
    d.p("<b>What is it like to be a child or young person with SEND in this area?</b>", LETTER_BOLD)
    d.p("Many children and young people with SEND in Warrington are well supported in their early years and in "
        "the schools they attend. They are often identified early by health visitors and early years settings. "
        "Children in the special schools enjoy their learning and make strong progress. Young people in the "
        "supported internship programme speak enthusiastically about the skills they are gaining.", LETTER)
    d.p("However, too many families wait too long for their child's education, health and care (EHC) plan to be "
        "issued, and some plans do not describe their child's needs precisely. Children and young people "
        "waiting for an autism assessment can wait more than two years, and families say they do not know what "
        "help is available in the meantime. Some parents report that they struggle to find suitable short breaks. "
        "In a few mainstream schools, children at SEN support do not get the help they need and some are on "
        "part-time timetables for too long.", LETTER)
    d.p("<b>What is the area partnership doing that is effective?</b>", LETTER_BOLD)
    for t in ["Leaders have an accurate understanding of the strengths of the area and of where it needs to "
              "improve. They have acted on the findings of the previous inspection.",
              "The Parent Carer Forum is a strong and equal partner. Its members contribute to strategic decisions "
              "and to the training of professionals.",
              "Children's speech and language therapy is well co-ordinated with schools, and waiting times have "
              "fallen sharply over the past year.",
              "Young people aged 16 to 25 benefit from a well-planned range of post-16 pathways, including "
              "supported internships at the hospital trust."]:
        d.p(f"&bull; {t}", LETTER_BULLET)
    d.p("<b>What does the area partnership need to do better?</b>", LETTER_BOLD)
    d.p("Leaders recognise that the timeliness of EHC plans has declined as requests for assessment have risen. "
        "Fewer than half of new plans were issued within 20 weeks in 2023. Contributions from health and care "
        "professionals are sometimes late. Quality assurance has begun to identify the weaknesses in plans but "
        "has not yet led to consistent improvement.", LETTER)
    d.p("The ICB has commissioned additional capacity for autism assessment, but this has not yet reduced waiting "
        "times. The commissioning of short breaks has not kept pace with the needs of families, particularly "
        "those of children with complex needs.", LETTER)
    d.p("<b>Areas for improvement</b>", LETTER_BOLD)
    aoi = [("Leaders should improve the timeliness of EHC plans, which has declined in the last year, and "
            "ensure that contributions from health and social care are received on time.", ["ehc-plans"]),
           ("The ICB should reduce waiting times for the children's autism assessment pathway and make sure that "
            "families receive support while they wait.", ["health-services"]),
           ("Leaders should make sure that the commissioning of short breaks meets the needs of children with "
            "complex needs and their families.", ["joint-commissioning"]),
           ("Leaders should make sure that the support provided to pupils at SEN support in mainstream schools is "
            "consistently effective, and that part-time timetables are used only for short periods.",
            ["inclusion-provision", "identification"])]
    rows = [["Areas for improvement"]]
    for t, th in aoi:
        rows.append([t])
        d.record_weak(t, th)
    d.table(rows, [16.2 * cm], style=LETTER)
    d.p("<b>Local area partnership details</b>", LETTER_BOLD)
    d.table([["Local authority", "Integrated care board"],
             ["Warrington Borough Council", "NHS Cheshire and Merseyside Integrated Care Board"],
             ["Dawn Eccleston-Hurst, Director of Children's Services", "Graham Urquhart, Chief Executive"],
             ["www.warrington.gov.uk", "www.cheshireandmerseyside.nhs.uk"]], [8.1 * cm, 8.1 * cm])
    d.person("Dawn Eccleston-Hurst", "Director of Children's Services", "officer")
    d.person("Graham Urquhart", "Chief Executive", "officer")
    d.p("<b>Information about this inspection</b>", LETTER_BOLD)
    d.p("This inspection was carried out at the request of the Secretary of State for Education under section "
        "20(1)(b) of the Children Act 2004. Inspectors met children, young people, parents and carers, and "
        "leaders from education, health and social care, and reviewed a range of information including the "
        "area's self-evaluation, dated February 2024.", LETTER)
    d.date("February 2024", "2024-02")
    d.p("<b>Inspection team</b>", LETTER_BOLD)
    d.table([["Ofsted", "Care Quality Commission"],
             ["Martin Ollerenshaw, Ofsted HMI, lead inspector", "Priti Ganatra-Lowe, CQC lead inspector"],
             ["Ruth Abernethy-Shaw, Ofsted HMI", "Gemma Tiplady, CQC inspector"],
             ["Colm Devine, Ofsted Inspector", ""]], [8.1 * cm, 8.1 * cm])
    for n, r in [("Martin Ollerenshaw", "Ofsted HMI, lead inspector"), ("Priti Ganatra-Lowe", "CQC lead inspector"),
                 ("Ruth Abernethy-Shaw", "Ofsted HMI"), ("Gemma Tiplady", "CQC inspector"),
                 ("Colm Devine", "Ofsted Inspector")]:
        d.person(n, r, "other")
    d.add(PageBreak())
    d.h("Annex to the cover report: Warrington SEND indicators")
    d.ruled([["Indicator", "Dec 2023", "Mar 2024", "Jun 2024", "England"],
             ["New EHC plans issued within 20 weeks (%)", "46", "41", "44", "50"],
             ["Health advice within 6 weeks (%)", "63", "68", "71", "-"],
             ["Autism assessment: median wait (weeks)", "104", "109", "101", "-"],
             ["Pupils with SEN support on part-time timetables", "58", "61", "49", "-"],
             ["Short breaks: families on waiting list", "72", "77", "80", "-"]],
            [7.2 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 2.4 * cm])
    for t, iso in [("Dec 2023", "2023-12"), ("Mar 2024", "2024-03"), ("Jun 2024", "2024-06")]:
        d.date(t, iso)
    d.space(8)
    need_table(d, 17)
    d.space(8)
    locality_table(d, ["Central and Town Centre", "East (Birchwood)", "North (Orford)", "South (Stockton Heath)",
                       "West (Great Sankey)", "Culcheth and Rural"], 19)
    d.space(8)
    school_table(d, 14, 20)
    return d



# ------------------------------------------------------------------------------------------------------------------
def suffolk_progress() -> Doc:
    rel = ("suffolk/round61-2024-11-21-education-and-childrens-services-scrutiny-committee/SEND Priority Action "
           "Plan - progress report and Appendix A tracker.pdf")
    council, committee = "Suffolk County Council", "Education and Children's Services Scrutiny Committee"
    d = Doc(rel, {"council": council, "council_slug": "suffolk", "committee": committee,
                  "meeting_date": "2024-11-21",
                  "title": "SEND Priority Action Plan - progress report and Appendix A tracker",
                  "source_kind": "council-document",
                  "url": "https://committeeminutes.suffolk.gov.uk/LoadDocument.aspx?rID=0900271183c9a2f1"},
            {"council": council, "committee": committee, "date": "2024-11-21"},
            "Suffolk County Council", "Agenda Item 5", "Education and Children's Services Scrutiny Committee, "
            "21 November 2024", page_label="{n}")
    d.date("21 November 2024", "2024-11-21")
    d.p("<b>Education and Children's Services Scrutiny Committee</b>")
    d.table([["Report Title:", "SEND Priority Action Plan: progress one year on"],
             ["Meeting Date:", "21 November 2024"],
             ["Lead Councillor(s):", "Councillor Amelia Brandeston-Pryke, Cabinet Member for Education and SEND"],
             ["Director:", "Yvonne Maclachlan, Executive Director of Children and Young People's Services"],
             ["Assistant Director or Head of Service:", "Tobias Onuoha, Assistant Director for SEND"],
             ["Author:", "Bethany Lusher, SEND Improvement Programme Manager, bethany.lusher@suffolk.gov.uk, "
                         "01473 265831"]], [5.4 * cm, 10.8 * cm], header=False)
    d.person("Amelia Brandeston-Pryke", "Cabinet Member for Education and SEND", "member")
    d.person("Yvonne Maclachlan", "Executive Director of Children and Young People's Services", "officer")
    d.person("Tobias Onuoha", "Assistant Director for SEND", "officer")
    d.person("Bethany Lusher", "SEND Improvement Programme Manager", "officer", "bethany.lusher@suffolk.gov.uk",
             "01473 265831")
    d.h("Brief summary of the item")
    d.p("1. This report updates the Committee on progress against the Priority Action Plan (PAP) agreed after the "
        "area SEND inspection of the Suffolk local area partnership, which took place from 16 to 20 October 2023. "
        "Ofsted and the Care Quality Commission published their report on 8 December 2023. The inspection found "
        "widespread and/or systemic failings leading to significant concerns about the experiences and outcomes "
        "of children and young people with SEND.")
    d.date("from 16 to 20 October 2023", "2023-10-16", "2023-10-20")
    d.date("8 December 2023", "2023-12-08")
    d.event("inspection", "2023-10-16", "2023-10-20",
            "the area SEND inspection of the Suffolk local area partnership, which took place from 16 to 20 "
            "October 2023")
    d.event("outcome-letter", "2023-12-08", None,
            "Ofsted and the Care Quality Commission published their report on 8 December 2023.")
    d.h("Action recommended")
    d.p("2. The Committee is asked:")
    d.res("a)", "To consider the progress made against the Priority Action Plan and the tracker at Appendix A, and "
                "to identify any areas where it requires further assurance.", "recommendation")
    d.res("b)", "To consider whether it wishes to make recommendations to the Cabinet Member or to the SEND "
                "Improvement Board.", "recommendation")
    d.res("c)", "To schedule a further update after the monitoring inspection expected in 2025.", "recommendation")
    d.h("Reason for recommendation")
    d.p("3. The Committee has asked to receive regular updates since it considered the inspection report in "
        "January 2024. The last update was on 11 July 2024.")
    d.date("January 2024", "2024-01")
    d.date("11 July 2024", "2024-07-11")
    d.h("Alternative options")
    d.p("4. None.")
    d.h("Main body of report")
    d.p("<b>The inspection findings</b>")
    d.p("5. The inspection report set out two areas for priority action. These were:")
    d.weak("Leaders across the partnership must urgently improve the timeliness and quality of EHC needs "
           "assessments and plans, so that children and young people receive the right help at the right time.",
           ["ehc-plans"], marker="1.")
    d.weak("Leaders must improve how they communicate and work with children, young people and their families, so "
           "that families are kept informed and their views shape decisions about services.", ["co-production"],
           marker="2.")
    d.p("6. The report also set out three areas for improvement. Inspectors said that:")
    d.weak("Leaders should make sure that there are enough suitable specialist and alternative provision places "
           "close to where children live.", ["inclusion-provision"], marker="&bull;")
    d.weak("Leaders in the council and the integrated care boards should reduce the waiting times for "
           "neurodevelopmental assessments and for therapies.", ["health-services"], marker="&bull;")
    d.weak("Leaders should strengthen their use of data and quality assurance to understand the impact of their "
           "work.", ["data-oversight"], marker="&bull;")
    d.p("7. The partnership submitted its Priority Action Plan to Ofsted on 19 January 2024. In April 2024 the "
        "Minister for Children, Families and Wellbeing issued a statutory direction to the Council, requiring it "
        "to work with an adviser appointed by the Department for Education. The adviser, Mrs Gillian Rowcroft, "
        "chairs the SEND Improvement Board.")
    d.date("19 January 2024", "2024-01-19")
    d.date("April 2024", "2024-04")
    d.event("progress-plan", "2024-01-19", None,
            "The partnership submitted its Priority Action Plan to Ofsted on 19 January 2024.")
    d.event("statutory-direction", "2024-04", None,
            "In April 2024 the Minister for Children, Families and Wellbeing issued a statutory direction to the "
            "Council")
    d.person("Gillian Rowcroft", "adviser appointed by the Department for Education", "other")
    d.p("<b>Monitoring by the Department for Education and NHS England</b>")
    d.p("8. Officials from the Department for Education and NHS England have held two formal progress reviews, "
        "on 14 May 2024 and 8 October 2024. Their note of the October meeting recorded good progress on "
        "communication with families and on the recovery of assessment timeliness, and continuing concern about "
        "the quality of plans. The next review is expected in February 2025.")
    d.date("14 May 2024", "2024-05-14")
    d.date("8 October 2024", "2024-10-08")
    d.date("February 2025", "2025-02")
    d.event("monitoring", "2024-05-14", None, "two formal progress reviews, on 14 May 2024 and 8 October 2024")
    d.event("monitoring", "2024-10-08", None, "two formal progress reviews, on 14 May 2024 and 8 October 2024")
    d.event("monitoring", "2025-02", None, "The next review is expected in February 2025.")
    d.p("<b>Progress against the areas for priority action</b>")
    d.p("9. <i>Timeliness and quality.</i> The proportion of new EHC plans issued within 20 weeks has risen from "
        "9% in the calendar year 2023 to 38% for the three months to September 2024. The backlog of "
        "assessments open for more than 20 weeks fell from 1,412 at the end of January 2024 to 604 on 31 "
        "October 2024. A new quality framework was launched on 2 September 2024; 41% of plans audited since "
        "then were judged good or better.")
    d.date("September 2024", "2024-09")
    d.date("31 October 2024", "2024-10-31")
    d.date("2 September 2024", "2024-09-02")
    d.p("10. <i>Communication with families.</i> Every family now has a named case worker. A SEND Family Hub "
        "line opened on 3 June 2024, and 'You Said, We Did' updates are published monthly. The Parent Carer "
        "Forum's survey in June 2024 found that 36% of parents felt well informed, up from 19% in November 2023.")
    d.date("3 June 2024", "2024-06-03")
    d.date("June 2024", "2024-06")
    d.date("November 2023", "2023-11")
    d.p("<b>Progress against the areas for improvement</b>")
    d.p("11. Two new specialist units opened in September 2024 and a further 120 places are planned. The ICBs "
        "have funded a waiting-list initiative for autism assessments that will run to March 2025. A SEND "
        "dashboard was presented to the Improvement Board on 23 October 2024.")
    d.date("March 2025", "2025-03")
    d.date("23 October 2024", "2024-10-23")
    d.h("Sources of further information")
    d.p("a) Ofsted and CQC, Area SEND inspection of Suffolk local area partnership, 8 December 2023.<br/>"
        "b) Suffolk SEND Priority Action Plan, January 2024.<br/>"
        "c) Report to this Committee, 11 July 2024.")
    d.add(PageBreak())
    d.h("Appendix A: Priority Action Plan tracker (position at 31 October 2024)")
    rows = [["Ref", "Action", "Owner", "Due", "RAG", "Update"]]
    spans = []
    items = [
        ("APA1: EHC timeliness and quality", None),
        ("1.1", "Recruit 18 additional EHC co-ordinators", "AD SEND", "Mar 2024", "Blue", "Complete; all posts filled."),
        ("1.2", "Clear the backlog of assessments over 20 weeks", "Head of Assessment", "Mar 2025", "Amber",
         "604 open; on trajectory."),
        ("1.3", "Launch EHC plan quality framework", "Principal EP", "Sep 2024", "Blue", "Launched 2 September."),
        ("1.4", "Monthly multi-agency audit", "QA Lead", "Oct 2024", "Green", "Two cycles completed."),
        ("1.5", "Health advice within 6 weeks", "DCO", "Dec 2024", "Amber", "74% in October."),
        ("1.6", "Annual review recovery plan", "Head of Assessment", "Jul 2025", "Red", "Capacity gap; plan "
                                                                                      "revised."),
        ("APA2: Communication with families", None),
        ("2.1", "Named case worker for every family", "Head of Assessment", "Apr 2024", "Blue", "Complete."),
        ("2.2", "SEND Family Hub telephone line", "Customer Services", "Jun 2024", "Blue", "Opened 3 June."),
        ("2.3", "Monthly 'You Said, We Did' updates", "Comms", "May 2024", "Green", "Published monthly."),
        ("2.4", "Co-produced communication charter", "Parent Carer Forum", "Jan 2025", "Amber", "Draft agreed."),
        ("AFI: Sufficiency, waiting times and data", None),
        ("3.1", "Open two specialist units", "Head of Place Planning", "Sep 2024", "Blue", "Both open."),
        ("3.2", "Autism assessment waiting-list initiative", "ICB", "Mar 2025", "Amber", "1,120 seen."),
        ("3.3", "SEND performance dashboard", "Business Intelligence", "Oct 2024", "Green", "Live."),
    ]
    for item in items:
        if item[1] is None:
            spans.append(len(rows))
            rows.append([item[0], "", "", "", "", ""])
        else:
            rows.append(list(item))
    d.ruled(rows, [1.1 * cm, 5.2 * cm, 3 * cm, 1.7 * cm, 1.4 * cm, 3.8 * cm], spans=spans)
    for t, iso in [("Mar 2024", "2024-03"), ("Oct 2024", "2024-10"), ("Dec 2024", "2024-12"),
                   ("Jul 2025", "2025-07"), ("May 2024", "2024-05"), ("Jan 2025", "2025-01")]:
        d.date(t, iso)
    d.space(8)
    d.h("Appendix B: Key indicators")
    d.ruled([["Indicator", "Dec 2023", "Mar 2024", "Jun 2024", "Sep 2024"],
             ["EHC plans issued in 20 weeks (%)", "7", "16", "29", "38"],
             ["Assessments open over 20 weeks", "1,377", "1,290", "906", "688"],
             ["Parents feeling well informed (%)", "19", "-", "36", "-"],
             ["Complaints about SEND (month)", "141", "122", "97", "84"]],
            [6.6 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm])
    d.date("Dec 2023", "2023-12")
    d.space(8)
    need_table(d, 23)
    d.space(8)
    locality_table(d, ["Ipswich", "Felixstowe and Woodbridge", "Lowestoft", "Bury St Edmunds", "Haverhill",
                       "Stowmarket", "Sudbury"], 29)
    d.space(8)
    school_table(d, 21, 24)
    return d



# ------------------------------------------------------------------------------------------------------------------
def surrey_pack() -> Doc:
    rel = ("surrey/round61-2020-01-23-children-families-lifelong-learning-and-culture-select-committee/Agenda "
           "reports pack 23-Jan-2020.pdf")
    council, committee = "Surrey County Council", "Children, Families, Lifelong Learning and Culture Select Committee"
    d = Doc(rel, {"council": council, "council_slug": "surrey", "committee": committee,
                  "meeting_date": "2020-01-23", "title": "Agenda reports pack 23-Jan-2020",
                  "source_kind": "moderngov-document",
                  "url": "https://mycouncil.surreycc.gov.uk/documents/g7114/Public%20reports%20pack%2023rd-Jan-2020"
                         "%2010.00%20Children%20Families%20Lifelong%20Learning%20and%20Culture%20Select%20"
                         "Committee.pdf?T=10"},
            {"council": council, "committee": committee, "date": "2020-01-23"},
            "", "", "", page_label="Page {n}")
    d.footer_centre = ""
    d.p("<b>SURREY COUNTY COUNCIL</b>", S.centre)
    d.p("<b>CHILDREN, FAMILIES, LIFELONG LEARNING AND CULTURE SELECT COMMITTEE</b>", S.centre)
    d.p("DATE: THURSDAY, 23 JANUARY 2020<br/>TIME: 10.00 AM<br/>PLACE: ASHCOMBE SUITE, COUNTY HALL, KINGSTON UPON "
        "THAMES, KT1 2DN", S.centre)
    d.date("THURSDAY, 23 JANUARY 2020", "2020-01-23")
    d.p("<b>ELECTED MEMBERS</b>")
    d.p("Mrs Kathryn Vale-Ashdown (Chairman), Mr Christopher Redditch (Vice-Chairman), Mrs Elspeth Lyall, Mr Robin "
        "Tulliver, Mrs Marisa Coombes, Mr Peter Hinchcliffe, Mrs Yvette Fenner, Mrs Lesley Hartigan and "
        "Mrs Christine Pilbeam")
    for n, r in [("Kathryn Vale-Ashdown", "Chairman"), ("Christopher Redditch", "Vice-Chairman"),
                 ("Elspeth Lyall", None), ("Robin Tulliver", None), ("Marisa Coombes", None),
                 ("Peter Hinchcliffe", None), ("Yvette Fenner", None), ("Lesley Hartigan", None),
                 ("Christine Pilbeam", None)]:
        d.person(n, r, "member")
    d.p("<b>CO-OPTED MEMBERS</b>")
    d.p("Mr Simon Parr-Whitley, Diocesan Representative for the Anglican Church; Mrs Tanya Quddus, Parent "
        "Governor Representative")
    d.person("Simon Parr-Whitley", "Diocesan Representative for the Anglican Church", "other")
    d.person("Tanya Quddus", "Parent Governor Representative", "other")
    d.p("<b>AGENDA</b>")
    for a in ["1 APOLOGIES FOR ABSENCE AND SUBSTITUTIONS",
              "2 MINUTES OF THE PREVIOUS MEETING: 14 NOVEMBER 2019 (Pages 3 - 4)",
              "3 DECLARATIONS OF INTEREST", "4 QUESTIONS AND PETITIONS",
              "5 SPECIAL EDUCATIONAL NEEDS AND DISABILITIES: OFSTED AND CQC REVISIT OUTCOME (Pages 5 - 7)",
              "6 HOME TO SCHOOL TRAVEL ASSISTANCE POLICY REVIEW (Page 8)",
              "7 RECOMMENDATIONS TRACKER AND FORWARD WORK PROGRAMME",
              "8 DATE OF THE NEXT MEETING: The next meeting of the Select Committee will be held on 5 March 2020."]:
        d.p(a, S.indent)
    d.date("14 NOVEMBER 2019", "2019-11-14")
    d.date("5 March 2020", "2020-03-05")
    d.p("Joanna Kettering-Moor<br/>Chief Executive<br/>Published: Wednesday, 15 January 2020")
    d.date("Wednesday, 15 January 2020", "2020-01-15")
    d.person("Joanna Kettering-Moor", "Chief Executive", "officer")
    d.p("If you would like a copy of this agenda in another format please contact Rowan Amory, Committee "
        "Manager, on 020 8213 2731 or rowan.amory@surreycc.gov.uk.")
    d.person("Rowan Amory", "Committee Manager", "officer", "rowan.amory@surreycc.gov.uk", "020 8213 2731")
    d.add(PageBreak())
    d.p("<b>MINUTES</b> of the meeting of the <b>CHILDREN, FAMILIES, LIFELONG LEARNING AND CULTURE SELECT "
        "COMMITTEE</b> held at 10.00 am on 14 November 2019 at Ashcombe Suite, County Hall, Kingston upon Thames.")
    d.p("These minutes are subject to confirmation by the Committee at its meeting on Thursday, 23 January 2020.")
    d.p("<b>Elected Members:</b> Mrs Kathryn Vale-Ashdown (Chairman), Mr Christopher Redditch (Vice-Chairman), Mrs Elspeth "
        "Lyall, Mr Peter Hinchcliffe, Mrs Yvette Fenner and Mrs Christine Pilbeam")
    d.p("<b>Apologies:</b> Mr Robin Tulliver, Mrs Marisa Coombes")
    d.p("<b>In attendance:</b> Mrs Julie Isherwood-Barton, Cabinet Member for All-Age Learning; David Hallworth-Compton, "
        "Executive Director for Children, Families and Learning")
    d.person("Julie Isherwood-Barton", "Cabinet Member for All-Age Learning", "member")
    d.person("David Hallworth-Compton", "Executive Director for Children, Families and Learning", "officer")
    d.p("<b>41/19 CHILDREN'S SERVICES IMPROVEMENT PROGRAMME [Item 5]</b>", MINUTE)
    d.p("Key points raised during the discussion:")
    for t in ["The Executive Director reported that the Ofsted monitoring visit to children's social care on 8 and "
              "9 October 2019 had found that leaders had an accurate understanding of practice.",
              "Members asked about the SEND revisit that had taken place in October 2019. The Executive Director "
              "said that the outcome letter was expected in late November and would be reported in January."]:
        d.p(f"1. {t}" if t.startswith("The") else f"2. {t}", S.indent)
    d.date("8 and 9 October 2019", "2019-10-08", "2019-10-09")
    d.date("October 2019", "2019-10")
    d.p("<b>RESOLVED:</b>")
    d.p("The Select Committee:")
    d.res("i.", "notes the progress of the children's services improvement programme;", "resolution")
    d.res("ii.", "requests that the outcome of the SEND revisit be reported to its next meeting, together with the "
                 "partnership's proposed response; and", "resolution")
    d.res("iii.", "agrees to hold a private briefing for Members on the High Needs Block before February 2020.",
          "resolution")
    d.date("February 2020", "2020-02")
    d.p("<b>42/19 FORWARD WORK PROGRAMME [Item 6]</b>", MINUTE)
    d.res(None, "The Select Committee noted its forward work programme and recommendations tracker.", "resolution",
          style=BODY)
    d.p("Meeting ended at: 12.34 pm")
    d.p("Chairman")
    d.add(PageBreak())
    d.p("<b>CHILDREN, FAMILIES, LIFELONG LEARNING AND CULTURE SELECT COMMITTEE</b>")
    d.p("<b>23 JANUARY 2020</b>")
    d.p("<b>SPECIAL EDUCATIONAL NEEDS AND DISABILITIES: OFSTED AND CQC REVISIT OUTCOME</b>")
    d.p("<b>Purpose of report:</b> To inform the Select Committee of the outcome of the revisit by Ofsted and the "
        "CQC to review the progress made in addressing the significant weaknesses identified in 2016, and of the "
        "next steps.")
    d.h("Introduction:")
    d.num("1.", "Ofsted and the CQC carried out a joint inspection of the local area's SEND arrangements in June "
                "2016. The inspection letter, published on 11 August 2016, required the local area to produce a "
                "Written Statement of Action, which was submitted on 18 November 2016 and judged fit for purpose "
                "on 20 January 2017.")
    d.date("June 2016", "2016-06")
    d.date("11 August 2016", "2016-08-11")
    d.date("18 November 2016", "2016-11-18")
    d.date("20 January 2017", "2017-01-20")
    d.event("inspection", "2016-06", None,
            "Ofsted and the CQC carried out a joint inspection of the local area's SEND arrangements in June 2016.")
    d.event("outcome-letter", "2016-08-11", None, "The inspection letter, published on 11 August 2016")
    d.event("wsoa-submitted", "2016-11-18", None, "which was submitted on 18 November 2016")
    d.event("wsoa-approved", "2017-01-20", None, "judged fit for purpose on 20 January 2017")
    d.num("2.", "Inspectors revisited the area from 7 to 9 October 2019. Their letter was published on 2 December "
                "2019. It found that the area had made sufficient progress in two of the five areas but had not "
                "made sufficient progress in the other three. The table below sets out each significant weakness "
                "and the revisit finding.")
    d.date("from 7 to 9 October 2019", "2019-10-07", "2019-10-09")
    d.date("2 December 2019", "2019-12-02")
    d.event("revisit", "2019-10-07", "2019-10-09", "Inspectors revisited the area from 7 to 9 October 2019.")
    d.event("revisit-outcome", "2019-12-02", None, "Their letter was published on 2 December 2019.")
    sw = [("The lack of a clear, jointly owned strategy for SEND across education, health and social care",
           ["leadership-governance"], "Sufficient progress"),
          ("The poor timeliness of EHC needs assessments and the variable quality of the plans produced",
           ["ehc-plans"], "Not sufficient"),
          ("Parents' lack of confidence in the local area, and weak communication with families",
           ["co-production"], "Not sufficient"),
          ("Long waits for speech and language therapy and for neurodevelopmental assessment",
           ["health-services"], "Not sufficient"),
          ("The underdeveloped Local Offer, which parents find hard to use", ["local-offer"], "Sufficient progress")]
    rows = [["", "Significant weakness (2016)", "Revisit finding (October 2019)"]]
    for n, (t, th, f) in enumerate(sw, 1):
        rows.append([str(n), t, f])
        d.record_weak(t, th)
    d.ruled(rows, [1 * cm, 10.2 * cm, 5 * cm])
    d.num("3.", "Because progress was insufficient, the Department for Education and NHS England require the area "
                "to produce an Accelerated Progress Plan. It must be submitted to the Department by 14 February "
                "2020, and progress will then be reviewed by DfE and NHS England advisers at meetings every "
                "three months, the first expected in May 2020.")
    d.date("14 February 2020", "2020-02-14")
    d.date("May 2020", "2020-05")
    d.event("progress-plan", "2020-02-14", None,
            "It must be submitted to the Department by 14 February 2020")
    d.event("monitoring", "2020-05", None,
            "progress will then be reviewed by DfE and NHS England advisers at meetings every three months, the "
            "first expected in May 2020")
    d.h("Proposed response:")
    d.num("4.", "The plan is being co-produced with Family Voice Surrey and the three clinical commissioning "
                "groups. A draft was considered by the SEND Partnership Board on 9 January 2020. It focuses on "
                "three workstreams matching the three areas and a new EHC quality assurance framework.")
    d.date("9 January 2020", "2020-01-09")
    d.num("5.", "An independently chaired SEND Improvement Board will meet for the first time on 30 January 2020.")
    d.date("30 January 2020", "2020-01-30")
    d.h("Conclusions:")
    d.num("6.", "The revisit confirms that improvements have been made in strategy and the Local Offer, but that "
                "families' experience of assessment, communication and health services has not improved quickly "
                "enough.")
    d.h("Recommendations:")
    d.p("That the Select Committee:")
    d.res("a)", "notes the outcome of the revisit and the areas in which sufficient progress has not been made;",
          "recommendation")
    d.res("b)", "comments on the emerging Accelerated Progress Plan before it is submitted; and", "recommendation")
    d.res("c)", "receives a report on progress against the plan at its meeting in June 2020.", "recommendation")
    d.date("June 2020", "2020-06")
    d.h("Next steps:")
    d.p("The final plan will be shared with Members after submission.")
    d.p("<b>Report contact:</b> Eleanor Mildmay-Hardcastle, Assistant Director, Inclusion and Additional Needs")
    d.p("<b>Contact details:</b> 01483 517803, eleanor.mildmay-hardcastle@surreycc.gov.uk")
    d.person("Eleanor Mildmay-Hardcastle", "Assistant Director, Inclusion and Additional Needs", "officer",
             "eleanor.mildmay-hardcastle@surreycc.gov.uk", "01483 517803")
    d.p("<b>Sources/background papers:</b> Ofsted and CQC revisit letter, 2 December 2019; Written Statement of "
        "Action, November 2016.")
    d.date("November 2016", "2016-11")
    d.add(PageBreak())
    d.p("<b>CHILDREN, FAMILIES, LIFELONG LEARNING AND CULTURE SELECT COMMITTEE</b>")
    d.p("<b>23 JANUARY 2020</b>")
    d.p("<b>HOME TO SCHOOL TRAVEL ASSISTANCE POLICY REVIEW</b>")
    d.p("<b>Purpose of report:</b> To seek the Select Committee's views on proposed changes to the Home to School "
        "Travel Assistance Policy before a public consultation from 3 February to 15 March 2020.")
    d.date("from 3 February to 15 March 2020", "2020-02-03", "2020-03-15")
    d.p("The policy was last revised in September 2017. Spending on travel assistance for children with SEND has "
        "risen by 34 per cent since then. The proposals include independent travel training and personal travel "
        "budgets.")
    d.date("September 2017", "2017-09")
    d.h("Recommendations:")
    d.res(None, "The Select Committee is asked to review the proposals and to make any recommendations to the "
                "Cabinet Member for All-Age Learning ahead of the consultation.", "recommendation", style=BODY)
    d.p("<b>Report contact:</b> Hannah Ojukwu-Bell, Transport Policy Manager, 020 8541 9367")
    d.person("Hannah Ojukwu-Bell", "Transport Policy Manager", "officer", None, "020 8541 9367")
    d.h("Annex: SEND in Surrey - January 2020 data")
    d.date("January 2020", "2020-01")
    need_table(d, 31)
    d.space(8)
    locality_table(d, ["Elmbridge", "Epsom and Ewell", "Guildford", "Mole Valley", "Reigate and Banstead",
                       "Runnymede", "Spelthorne", "Surrey Heath", "Tandridge", "Waverley", "Woking"], 37)
    return d


DOCUMENTS = [north_yorkshire_wsoa, south_tyneside_minutes, northumberland_cabinet, warrington_inspection_report, suffolk_progress, surrey_pack]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
