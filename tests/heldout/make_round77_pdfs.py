"""Write the long printed documents of the held-out round 77 (reportlab), and their gold.

Round 77 is a blind batch of LONG PDFs (5 to 8 pages), written with their gold before any extractor ran on them,
for councils beginning L to R: printed minutes of a select committee (Liverpool, 2023 framework); a Written
Statement of Action document appended to a scrutiny panel report (Merton, 2016 framework); a Cabinet report with a
priority action plan progress appendix (Milton Keynes, 2023 framework); an Accelerated Progress Plan progress report
with a tracker (Nottinghamshire, 2016 framework); a committee report with the re-visit outcome letter appended
(Oldham, 2016 framework); and a reports pack of a scrutiny committee with several items (Redbridge, 2023 framework).
Invented text, fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round77_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import area_table, kpi_table, LongDoc, need_table, run, school_table, styles, two_columns  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("77", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
MINUTE, NUM_PARA, LETTER, LETTER_BOLD, LETTER_BULLET = S.minute, S.num_para, S.letter, S.letter_bold, S.letter_bullet
CENTRE, INDENT, SUB, PLAN, RIGHT, QUOTE, ROMAN = S.centre, S.indent, S.sub, S.plan_cell, S.right, S.quote, S.roman


class Doc(LongDoc):
    """A round 77 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#DCE6D9", "#EEF3EC", "#F4F4F4")
    unique_dates = True


# ------------------------------------------------------------------------------------------------------------------
def liverpool_minutes() -> Doc:
    """Printed minutes of a select committee, published with the next meeting's papers (2023 framework)."""
    committee = "Education and Children's Services Select Committee"
    rel = ("liverpool/round77-2025-09-16-education-and-childrens-services-select-committee/"
           "Minutes of Previous Meeting 8 July 2025.pdf")
    d = Doc(rel, {"council": "Liverpool City Council", "council_slug": "liverpool", "committee": committee,
                  "meeting_date": "2025-09-16", "title": "Minutes of Previous Meeting 8 July 2025",
                  "source_kind": "moderngov-document",
                  "url": "https://councillors.liverpool.gov.uk/documents/g21877/Printed%20minutes%2008th-Jul-2025"
                         "%2018.00%20Education%20and%20Childrens%20Services%20Select%20Committee.pdf"},
            {"council": "Liverpool City Council", "committee": committee, "date": "2025-07-08"},
            "Liverpool City Council", "Education and Children's Services Select Committee - 8 July 2025",
            "Public Document Pack")
    d.page_label = "{n}"
    d.p("<b>LIVERPOOL CITY COUNCIL</b>", CENTRE)
    d.p("<b>EDUCATION AND CHILDREN'S SERVICES SELECT COMMITTEE</b>", CENTRE)
    d.p("<b>Tuesday, 8 July 2025</b>", CENTRE)
    d.date("Tuesday, 8 July 2025", "2025-07-08")
    d.p("<b>Present:</b> Councillor Niamh Costigan (Chair), Councillor Rashid Olowe (Vice-Chair), and Councillors "
        "Brendan Fairclough, Maxine Tarrant, Sol Heathcote, Pauline Gowrie, Idris Kerrigan and Yvette Lomax.")
    d.p("<b>Co-opted Members:</b> Fr Anthony Dwyer (Archdiocese of Liverpool) and Ms Carla Benn (parent governor "
        "representative).")
    d.p("<b>Also Present:</b> Councillor Tricia Mahon, Cabinet Member for Education, Early Help and Skills.")
    d.p("<b>Officers:</b> Gareth Lyle-Simmons (Director of Children's Services), Farida Oduya (Assistant Director, "
        "Education, SEND and Inclusion), Colette Marsh (SEND Improvement Lead), Dr Owen Pridmore (Designated "
        "Clinical Officer, NHS Cheshire and Merseyside), Hannah Siddall (Head of Children's Social Work), Ruth "
        "Antrobus (Democratic Services Officer).")
    d.person("Niamh Costigan", "Chair", "member")
    d.person("Rashid Olowe", "Vice-Chair", "member")
    for n in ["Brendan Fairclough", "Maxine Tarrant", "Sol Heathcote", "Pauline Gowrie", "Idris Kerrigan",
              "Yvette Lomax"]:
        d.person(n, None, "member")
    d.person("Anthony Dwyer", "Archdiocese of Liverpool", "other")
    d.person("Carla Benn", "parent governor representative", "other")
    d.person("Tricia Mahon", "Cabinet Member for Education, Early Help and Skills", "member")
    d.person("Gareth Lyle-Simmons", "Director of Children's Services", "officer")
    d.person("Farida Oduya", "Assistant Director, Education, SEND and Inclusion", "officer")
    d.person("Colette Marsh", "SEND Improvement Lead", "officer")
    d.person("Owen Pridmore", "Designated Clinical Officer, NHS Cheshire and Merseyside", "officer")
    d.person("Hannah Siddall", "Head of Children's Social Work", "officer")
    d.person("Ruth Antrobus", "Democratic Services Officer", "officer")
    d.p("<b>Apologies:</b> Councillor Declan Roby.")
    d.person("Declan Roby", None, "member")

    d.h("1. APOLOGIES FOR ABSENCE")
    d.p("The apology for absence received from Councillor Roby was noted.")
    d.h("2. DECLARATIONS OF INTEREST")
    d.p("Councillor Tarrant declared a personal interest in item 5 as a parent of a child with an Education, Health "
        "and Care Plan. Ms Benn declared a personal interest in the same item as a governor of a resourced "
        "provision. Neither interest was prejudicial and both remained for the item.")
    d.h("3. MINUTES")
    d.p("<b>RESOLVED</b> that the minutes of the meeting held on 15 April 2025 be confirmed as a correct record and "
        "signed by the Chair.")
    d.record_res(None, "that the minutes of the meeting held on 15 April 2025 be confirmed as a correct record and "
                 "signed by the Chair.", "resolution")
    d.date("15 April 2025", "2025-04-15")
    d.h("4. CHILDREN'S SOCIAL CARE - ANNUAL SUFFICIENCY STATEMENT")
    d.p("The Head of Children's Social Work presented the annual sufficiency statement. Members heard that the number "
        "of children looked after had fallen to 1,588 at the end of March 2025, the first fall in six years, and "
        "that the in-house fostering recruitment campaign launched in January 2025 had approved 23 new households. "
        "Members asked about the use of unregistered placements; the Head of Service confirmed that none had been "
        "used since 3 February 2025.")
    d.dates_([("March 2025", "2025-03"), ("January 2025", "2025-01"), ("3 February 2025", "2025-02-03")])
    d.p("<b>RESOLVED</b> that –")
    d.res("(a)", "the sufficiency statement be noted; and", "resolution", style=HANG)
    d.res("(b)", "the Head of Children's Social Work be asked to circulate the breakdown of residential placements "
          "outside the city by distance to all Members of the Committee.", "resolution", style=HANG)

    d.h("5. AREA SEND INSPECTION - PRIORITY ACTION PLAN PROGRESS")
    d.p("The Committee considered the report of the Director of Children's Services which updated Members on the "
        "delivery of the Priority Action Plan prepared following the inspection of the Liverpool local area "
        "partnership.")
    d.p("The Assistant Director reminded Members that Ofsted and the Care Quality Commission had carried out the "
        "inspection between 18 November and 6 December 2024 and had published their findings on 10 January 2025. "
        "The inspection had found widespread and/or systemic failings leading to significant concerns about the "
        "experiences and outcomes of children and young people with SEND. The partnership had last been inspected "
        "under the previous framework in May 2018, with a revisit in November 2021.")
    d.dates_([("between 18 November and 6 December 2024", "2024-11-18", "2024-12-06"),
              ("10 January 2025", "2025-01-10"), ("May 2018", "2018-05"), ("November 2021", "2021-11")])
    d.event("inspection", "2024-11-18", "2024-12-06", "Ofsted and the Care Quality Commission had carried out the "
            "inspection between 18 November and 6 December 2024")
    d.event("outcome-letter", "2025-01-10", None, "had published their findings on 10 January 2025")
    d.event("inspection", "2018-05", None, "The partnership had last been inspected under the previous framework in "
            "May 2018")
    d.event("revisit", "2021-11", None, "with a revisit in November 2021")
    d.p("Members were reminded that the inspectors had identified the following areas for priority action:")
    d.weak("The leaders of the partnership should act urgently to make sure that EHC needs assessments are completed "
           "within statutory timescales and that plans accurately describe children's needs and the provision to "
           "meet them.", ["ehc-plans"], marker="i.", style=ROMAN)
    d.weak("Leaders across the ICB and the local authority should reduce the long waits that children and young "
           "people experience for neurodevelopmental assessment and for therapy, and make sure families receive "
           "support while they wait.", ["health-services"], marker="ii.", style=ROMAN)
    d.weak("Leaders should establish effective joint governance and oversight so that the partnership has an "
           "accurate understanding of the impact of its work on children and young people.",
           ["leadership-governance", "data-oversight"], marker="iii.", style=ROMAN)
    d.p("The report had also identified two areas for improvement: leaders should improve the way they communicate "
        "and work with parents and carers, and should make sure that young people aged 16 to 25 are well prepared "
        "for their next steps.")
    d.record_weak("leaders should improve the way they communicate and work with parents and carers",
                  ["co-production"])
    d.record_weak("should make sure that young people aged 16 to 25 are well prepared for their next steps",
                  ["preparing-for-adulthood"])
    d.p("The SEND Improvement Lead explained that the Priority Action Plan had been submitted to Ofsted on 28 "
        "February 2025 and that the first of the six-monthly monitoring meetings with the Department for Education "
        "and NHS England had taken place on 17 June 2025. Advisers had recognised the grip shown on the assessment "
        "backlog but were not yet assured about the waits for neurodevelopmental pathways. The next meeting was "
        "expected in December 2025.")
    d.dates_([("28 February 2025", "2025-02-28"), ("17 June 2025", "2025-06-17"), ("December 2025", "2025-12")])
    d.event("progress-plan", "2025-02-28", None, "the Priority Action Plan had been submitted to Ofsted on 28 "
            "February 2025")
    d.event("monitoring", "2025-06-17", None, "the first of the six-monthly monitoring meetings with the Department "
            "for Education and NHS England had taken place on 17 June 2025")
    d.event("monitoring", "2025-12", None, "The next meeting was expected in December 2025")
    d.p("The following data were presented to the Committee:")
    d.ruled([["Indicator", "Dec 2024", "May 2025", "Target by Dec 2025"],
             ["EHC plans issued within 20 weeks", "9%", "27%", "50%"],
             ["Assessments open beyond 20 weeks", "614", "402", "150"],
             ["Children waiting more than 18 months for an ASD assessment", "1,120", "1,046", "700"],
             ["Annual reviews completed in 12 months", "41%", "52%", "70%"],
             ["Parents rating communication good or better (survey)", "23%", "31%", "50%"]],
            [7.4 * cm, 2.4 * cm, 2.4 * cm, 3.4 * cm])
    d.dates_([("Dec 2024", "2024-12"), ("May 2025", "2025-05"), ("Dec 2025", "2025-12")])
    d.p("Members raised a number of questions, and the following responses were given:")
    d.p("&bull; asked how many of the new EHC plans had been issued late because of health advice, the Designated "
        "Clinical Officer replied that health advice within six weeks had risen to 71% and that a new paediatric "
        "post had been appointed from 1 September 2025;", BULLET)
    d.p("&bull; asked why the waiting list for autism assessment had moved so little, the Assistant Director said that "
        "referrals had risen by a fifth since April 2024 and that a second provider would start in October 2025;",
        BULLET)
    d.p("&bull; asked whether parents had been involved in writing the plan, officers confirmed that Liverpool Parent "
        "Carer Forum had co-chaired two of the workstreams and had attended every Improvement Board since 27 March "
        "2025.", BULLET)
    d.dates_([("1 September 2025", "2025-09-01"), ("April 2024", "2024-04"), ("October 2025", "2025-10"),
              ("27 March 2025", "2025-03-27")])
    d.p("The Cabinet Member thanked officers, schools and the Parent Carer Forum, and said that she would report the "
        "outcome of the December monitoring meeting to the Committee.")
    d.p("<b>RESOLVED</b> that –")
    d.res("(1)", "the progress made in delivering the Priority Action Plan be noted;", "resolution", style=HANG)
    d.res("(2)", "the Committee's concern at the continuing length of waits for neurodevelopmental assessment be "
          "recorded, and the Cabinet Member be asked to bring a report on the neurodevelopmental pathway to the "
          "meeting in November 2025; and", "resolution", style=HANG)
    d.res("(3)", "the Chair and Vice-Chair meet the Liverpool Parent Carer Forum before the next monitoring meeting "
          "to hear directly from families about the impact of the plan.", "resolution", style=HANG)
    d.date("November 2025", "2025-11")

    d.h("6. ELECTIVE HOME EDUCATION - ANNUAL REPORT")
    d.p("The Committee received the annual report on elective home education. At the census date of 1 May 2025 "
        "1,204 children were recorded as electively home educated, an increase of 14% on the previous year. Of "
        "these, 147 had an EHC plan. Members discussed the reasons given by parents and the links with school "
        "attendance and suspensions, and the following table was noted:")
    d.date("1 May 2025", "2025-05-01")
    d.ruled([["Year", "Children EHE at 1 May", "With EHC plan", "Returned to school in year"],
             ["2021/22", "872", "88", "131"], ["2022/23", "951", "104", "149"], ["2023/24", "1,056", "122", "160"],
             ["2024/25", "1,204", "147", "171"]], [4 * cm, 4 * cm, 3.6 * cm, 4.6 * cm])
    d.p("<b>RESOLVED</b> that the report be noted.")
    d.record_res(None, "that the report be noted.", "resolution")

    d.h("7. WORK PROGRAMME 2025/26")
    d.p("The Committee considered its work programme for the year. The Chair proposed that the item on the "
        "neurodevelopmental pathway agreed under minute 5 be added and that the school place planning item be moved "
        "from September to January.")
    d.ruled([["Meeting", "Items"],
             ["16 September 2025", "School attendance strategy; Youth justice plan"],
             ["18 November 2025", "Neurodevelopmental pathway; Children's social care performance"],
             ["20 January 2026", "School place planning; Budget scrutiny"],
             ["24 March 2026", "SEND Priority Action Plan - second monitoring outcome; Annual report of the "
              "Local Safeguarding Children Partnership"]], [4 * cm, 12.2 * cm])
    d.dates_([("16 September 2025", "2025-09-16"), ("18 November 2025", "2025-11-18"),
              ("20 January 2026", "2026-01-20"), ("24 March 2026", "2026-03-24")])
    d.p("<b>RESOLVED</b> that the work programme, as amended, be agreed.")
    d.record_res(None, "that the work programme, as amended, be agreed.", "resolution")
    d.p("The meeting closed at 8.12 pm.")
    d.p("Chair ....................................................")
    d.add(PageBreak())
    d.p("<b>Appendix to minute 5 (tabled): SEND profile, January 2025 school census</b>")
    d.date("January 2025", "2025-01")
    need_table(d, 23)
    area_table(d, ["Central", "Everton", "Kensington", "Speke-Garston", "Norris Green", "Croxteth", "Allerton",
                   "Wavertree", "Walton", "Old Swan", "Childwall", "Anfield"], 17, "Neighbourhood")
    school_table(d, 7, 20)
    return d


# ------------------------------------------------------------------------------------------------------------------
def merton_wsoa() -> Doc:
    """The Written Statement of Action itself, appended to a scrutiny panel report before submission (2016)."""
    committee = "Children and Young People Overview and Scrutiny Panel"
    rel = ("merton/round77-2019-11-13-children-and-young-people-overview-and-scrutiny-panel/"
           "Appendix A - Merton Local Area Written Statement of Action draft.pdf")
    d = Doc(rel, {"council": "London Borough of Merton", "council_slug": "merton", "committee": committee,
                  "meeting_date": "2019-11-13", "title": "Appendix A - Merton Local Area Written Statement of Action "
                  "(draft)", "source_kind": "moderngov-document",
                  "url": "https://democracy.merton.gov.uk/documents/s31406/Appendix%20A%20-%20WSoA%20draft.pdf"},
            {"council": "London Borough of Merton", "committee": committee, "date": "2019-11-13"},
            "Merton Local Area SEND Written Statement of Action", "DRAFT v0.9 for consultation",
            "Merton Council and Merton Clinical Commissioning Group")
    d.page_label = "{n}"
    d.space(40)
    d.p("<font size=20><b>Merton Local Area</b></font>", CENTRE)
    d.space(12)
    d.p("<font size=16><b>Written Statement of Action</b></font>", CENTRE)
    d.p("in response to the joint local area SEND inspection by Ofsted and the Care Quality Commission, "
        "10&ndash;14 June 2019", CENTRE)
    d.date("10&ndash;14 June 2019".replace("&ndash;", "–"), "2019-06-10", "2019-06-14")
    d.event("inspection", "2019-06-10", "2019-06-14", "the joint local area SEND inspection by Ofsted and the Care "
            "Quality Commission, 10–14 June 2019")
    d.space(24)
    d.table([["Document status", "Draft for consultation with the Panel, the Parent Carer Forum and schools"],
             ["Version", "0.9 (1 November 2019)"],
             ["Owners", "Director of Children, Schools and Families; Managing Director, Merton CCG"],
             ["Submission", "To Ofsted by 22 November 2019"]], [4.2 * cm, 11.6 * cm], header=False)
    d.date("1 November 2019", "2019-11-01")
    d.date("22 November 2019", "2019-11-22")
    d.event("wsoa-submitted", "2019-11-22", None, "Submission: To Ofsted by 22 November 2019")
    d.add(PageBreak())
    d.h("Contents")
    d.table([["1", "Foreword", "2"], ["2", "Introduction and context", "2"], ["3", "The areas of significant "
             "weakness", "3"], ["4", "Governance and accountability", "3"], ["5", "Our actions", "4"],
             ["6", "Measuring impact", "5"], ["Annex", "Local area profile", "6"]],
            [1.6 * cm, 12 * cm, 2.2 * cm], header=False, grid=False)
    d.h("1. Foreword")
    d.p("We are sorry. The inspection told us what many families had been telling us for some time: too many "
        "children and young people with special educational needs and/or disabilities in Merton wait too long for "
        "help, and too many parents have had to fight for it. This statement sets out what we will do about it, "
        "together, and how we will know that it is making a difference.")
    d.ruled([["Jane McAllister-Hume", "Dr Kwame Osei-Bonsu", "Cllr Ellen Brackley"],
             ["Director of Children, Schools and Families, London Borough of Merton",
              "Managing Director, Merton Clinical Commissioning Group",
              "Cabinet Member for Children's Services"]], [5.3 * cm, 5.3 * cm, 5.3 * cm], header_rows=0)
    d.person("Jane McAllister-Hume", "Director of Children, Schools and Families, London Borough of Merton", "officer")
    d.person("Kwame Osei-Bonsu", "Managing Director, Merton Clinical Commissioning Group", "officer")
    d.person("Ellen Brackley", "Cabinet Member for Children's Services", "member")
    d.h("2. Introduction and context")
    d.num("2.1", "Between 10 June 2019 and 14 June 2019, Ofsted and the Care Quality Commission (CQC) carried out a "
          "joint inspection of the local area of Merton to judge how effectively the area implements the special "
          "educational needs and disability reforms set out in the Children and Families Act 2014.")
    d.num("2.2", "The inspection outcome letter was published on 16 August 2019. It recognised a number of strengths, "
          "including the quality of provision in the borough's special schools, the work of the Merton Parent "
          "Carer Forum ('Kids First') and the inclusive practice of many early years settings.")
    d.date("16 August 2019", "2019-08-16")
    d.event("outcome-letter", "2019-08-16", None, "The inspection outcome letter was published on 16 August 2019")
    d.num("2.3", "However, Her Majesty's Chief Inspector determined that a Written Statement of Action is required "
          "because of significant areas of weakness in the local area's practice. The local authority and the "
          "clinical commissioning group are jointly responsible for submitting the statement to Ofsted.")
    d.num("2.4", "In the academic year 2018/19 there were 1,694 children and young people with an EHC plan "
          "maintained by Merton and 4,312 pupils receiving SEN support in Merton schools (January 2019 census).")
    d.date("January 2019", "2019-01")
    d.h("3. The areas of significant weakness")
    d.p("The letter identified four areas of significant weakness, which this statement addresses in turn. They "
        "are quoted in full from the letter:")
    d.weak("\u201cThe lack of a co-ordinated strategy across education, health and care, and weak arrangements for "
           "holding leaders to account for the implementation of the reforms\u201d",
           ["leadership-governance"], marker="1)", style=HANG)
    d.weak("\u201cThe poor timeliness of EHC needs assessments and the variable quality of EHC plans, which too "
           "often lack meaningful contributions from health and social care\u201d", ["ehc-plans"], marker="2)",
           style=HANG)
    d.weak("\u201cThe long waiting times for assessment by the child and adolescent mental health service and for "
           "occupational therapy\u201d", ["health-services"], marker="3)", style=HANG)
    d.weak("\u201cThe weak engagement with parents and carers, many of whom do not know about or cannot navigate "
           "the local offer\u201d", ["co-production", "local-offer"], marker="4)", style=HANG)
    d.h("4. Governance and accountability")
    d.num("4.1", "Delivery of the statement will be overseen by a new SEND Improvement Board, chaired jointly by the "
          "Director of Children, Schools and Families and the CCG Managing Director, which met for the first time "
          "on 9 October 2019 and will meet monthly. The Board reports to the Health and Wellbeing Board and to "
          "Cabinet, and the Overview and Scrutiny Panel will receive a progress report twice a year.")
    d.date("9 October 2019", "2019-10-09")
    d.num("4.2", "The Department for Education and NHS England will monitor progress. We expect the first formal "
          "review meeting with their advisers to take place in April 2020, and every six months after that.")
    d.date("April 2020", "2020-04")
    d.event("monitoring", "2020-04", None, "We expect the first formal review meeting with their advisers to take "
            "place in April 2020")
    d.num("4.3", "The statement has been written with the Parent Carer Forum, whose chair, Sunita Verghese, sits on "
          "the Improvement Board. The named leads for each area are:")
    d.person("Sunita Verghese", "chair, Parent Carer Forum", "other")
    d.ruled([["Area", "Lead officer", "Health lead"],
             ["1. Strategy and accountability", "Marcus Greenhalgh, Assistant Director, Education and Early "
              "Help", "Dr Kwame Osei-Bonsu"],
             ["2. EHC needs assessment and plans", "Tola Adeyemi-Clarke, Head of SEN and Disability Integrated "
              "Service", "Bridget Nolan, Designated Clinical Officer"],
             ["3. CAMHS and therapies", "Marcus Greenhalgh", "Anand Ruparelia, Head of Children's Commissioning, "
              "Merton CCG"],
             ["4. Engagement and the local offer", "Tola Adeyemi-Clarke", "Bridget Nolan"]],
            [5.4 * cm, 5.6 * cm, 5.2 * cm])
    d.person("Marcus Greenhalgh", "Assistant Director, Education and Early Help", "officer")
    d.person("Tola Adeyemi-Clarke", "Head of SEN and Disability Integrated Service", "officer")
    d.person("Bridget Nolan", "Designated Clinical Officer", "officer")
    d.person("Anand Ruparelia", "Head of Children's Commissioning, Merton CCG", "officer")
    d.h("5. Our actions")
    d.p("Each action has an owner, a completion date and a measure of success. RAG ratings will be added from the "
        "first progress report.")
    rows = [["Ref", "Action", "Owner", "By", "How we will know"],
            ["Area 1: Strategy and accountability"],
            ["1.1", "Agree a joint SEND strategy 2020&ndash;2023 with families and partners", "MG", "Mar 2020",
             "Strategy published; signed by all partners"],
            ["1.2", "Establish the SEND Improvement Board with terms of reference and a performance dashboard",
             "JMH", "Oct 2019", "Board meets monthly; dashboard reviewed at each meeting"],
            ["1.3", "Carry out a joint self-evaluation and publish a summary on the local offer", "MG",
             "Jun 2020", "Self-evaluation agreed by the Board"],
            ["Area 2: EHC needs assessment and plans"],
            ["2.1", "Recruit four additional EHC co-ordinators and clear the assessment backlog", "TAC",
             "Feb 2020", "New plans in 20 weeks: 38% to 70%"],
            ["2.2", "Introduce a multi-agency quality assurance panel for all draft plans", "TAC / BN",
             "Jan 2020", "80% of audited plans good or better"],
            ["2.3", "Agree a protocol for health and care advice within six weeks", "BN", "Dec 2019",
             "Advice in 6 weeks: 44% to 90%"],
            ["Area 3: CAMHS and therapies"],
            ["3.1", "Jointly commission additional CAMHS assessment capacity", "AR", "Apr 2020",
             "Wait for first assessment under 12 weeks"],
            ["3.2", "Recommission the paediatric occupational therapy service", "AR", "Sep 2020",
             "Median wait under 18 weeks"],
            ["Area 4: Engagement and the local offer"],
            ["4.1", "Relaunch the local offer website with the Parent Carer Forum", "TAC", "May 2020",
             "Use up 50%; survey of parents"],
            ["4.2", "Hold termly 'SEND conversations' in each locality", "MG", "Dec 2019",
             "Attendance and feedback reported to the Board"]]
    d.ruled(rows, [1.2 * cm, 6.4 * cm, 1.8 * cm, 1.8 * cm, 5 * cm], spans=(1, 5, 9, 12))
    d.dates_([("Mar 2020", "2020-03"), ("Oct 2019", "2019-10"), ("Jun 2020", "2020-06"), ("Feb 2020", "2020-02"),
              ("Jan 2020", "2020-01"), ("Dec 2019", "2019-12"), ("Apr 2020", "2020-04"), ("Sep 2020", "2020-09"),
              ("May 2020", "2020-05")])
    d.h("6. Measuring impact")
    d.p("The Board will track the measures below each month. Baselines are taken at 30 September 2019.")
    d.date("30 September 2019", "2019-09-30")
    kpi_table(d, ["New EHC plans issued within 20 weeks", "Health advice returned within 6 weeks",
                  "Audited plans rated good or better", "CAMHS first assessment within 12 weeks",
                  "Parents who know about the local offer", "Annual reviews completed on time",
                  "Young people with a preparing for adulthood outcome in their plan"], 4)
    d.p("Contact: Tola Adeyemi-Clarke, Head of SEN and Disability Integrated Service, tel. 020 8545 4290, "
        "email tola.adeyemi-clarke@merton.gov.uk", SMALL)
    next(x for x in d.people if x["name"] == "Tola Adeyemi-Clarke").update(
        email="tola.adeyemi-clarke@merton.gov.uk", phone="020 8545 4290")
    d.add(PageBreak())
    d.p("<b>Annex: Local area profile (January 2019 census)</b>")
    need_table(d, 11)
    area_table(d, ["Abbey", "Colliers Wood", "Cricket Green", "Figge's Marsh", "Lavender Fields", "Longthornton",
                   "Pollards Hill", "Raynes Park", "Wimbledon Park", "Hillside"], 9, "Ward")
    school_table(d, 3, 22)
    return d


# ------------------------------------------------------------------------------------------------------------------
def milton_keynes_cabinet() -> Doc:
    """A Cabinet report on priority action plan progress, with a 'what inspectors said' appendix (2023)."""
    rel = "milton-keynes/round77-2026-03-10-cabinet/SEND Priority Action Plan progress report and Annexes.pdf"
    d = Doc(rel, {"council": "Milton Keynes City Council", "council_slug": "milton-keynes", "committee": "Cabinet",
                  "meeting_date": "2026-03-10", "title": "SEND Priority Action Plan progress report and Annexes",
                  "source_kind": "moderngov-document",
                  "url": "https://milton-keynes.moderngov.co.uk/documents/s98114/SEND%20PAP%20progress.pdf"},
            {"council": "Milton Keynes City Council", "committee": "Cabinet", "date": "2026-03-10"},
            "Milton Keynes City Council", "Cabinet 10 March 2026", "Item 9")
    d.page_label = "Page {n}"
    d.title("Wards affected: All")
    d.p("<b>CABINET<br/>10 March 2026</b>")
    d.date("10 March 2026", "2026-03-10")
    d.p("<b>SPECIAL EDUCATIONAL NEEDS AND DISABILITIES: PRIORITY ACTION PLAN &ndash; SIX MONTH PROGRESS</b>")
    d.table([["Responsible Cabinet Member", "Councillor Leanne Whitcombe, Cabinet Member for Children and Families"],
             ["Report sponsor", "Samir Bhandal, Director of Children's Services"],
             ["Report author", "Kirsty Fenwick-Oyelowo, Head of SEND Improvement, kirsty.fenwick-oyelowo@"
              "milton-keynes.gov.uk, 01908 254871"],
             ["Exempt / confidential / not for publication", "No"],
             ["Council Plan reference", "A city of opportunity for every child"],
             ["Key decision", "No"], ["Wards affected", "All wards"]], [5 * cm, 11.2 * cm], header=False)
    d.person("Leanne Whitcombe", "Cabinet Member for Children and Families", "member")
    d.person("Samir Bhandal", "Director of Children's Services", "officer")
    d.person("Kirsty Fenwick-Oyelowo", "Head of SEND Improvement", "officer",
             "kirsty.fenwick-oyelowo@milton-keynes.gov.uk", "01908 254871")
    d.h("Executive Summary")
    d.p("Ofsted and the CQC inspected the Milton Keynes local area partnership from 30 June to 4 July 2025. The "
        "report, published on 12 August 2025, found widespread and/or systemic failings leading to significant "
        "concerns about the experiences and outcomes of children and young people with SEND. This was the "
        "partnership's first inspection under the 2023 framework; it had last been inspected in February 2018.")
    d.dates_([("from 30 June to 4 July 2025", "2025-06-30", "2025-07-04"), ("12 August 2025", "2025-08-12"),
              ("February 2018", "2018-02")])
    d.event("inspection", "2025-06-30", "2025-07-04", "Ofsted and the CQC inspected the Milton Keynes local area "
            "partnership from 30 June to 4 July 2025")
    d.event("outcome-letter", "2025-08-12", None, "The report, published on 12 August 2025")
    d.event("inspection", "2018-02", None, "it had last been inspected in February 2018")
    d.p("The partnership's Priority Action Plan (PAP) was agreed by the SEND Partnership Board on 18 September 2025 "
        "and submitted to Ofsted on 1 October 2025. This report sets out progress in the first six months, the "
        "feedback from the first monitoring meeting with the Department for Education (DfE) and NHS England on 11 "
        "February 2026, and a refreshed plan for the second phase.")
    d.dates_([("18 September 2025", "2025-09-18"), ("1 October 2025", "2025-10-01"),
              ("11 February 2026", "2026-02-11")])
    d.event("progress-plan", "2025-09-18", None, "The partnership's Priority Action Plan (PAP) was agreed by the SEND "
            "Partnership Board on 18 September 2025")
    d.event("progress-plan", "2025-10-01", None, "submitted to Ofsted on 1 October 2025")
    d.event("monitoring", "2026-02-11", None, "the first monitoring meeting with the Department for Education (DfE) "
            "and NHS England on 11 February 2026")
    d.h("1. Recommendations")
    d.res("1.1", "That Cabinet notes the progress made in the first six months of the SEND Priority Action Plan, "
          "set out in Annex A, and the feedback from the DfE and NHS England monitoring meeting.",
          "recommendation", style=NUM_PARA)
    d.res("1.2", "That Cabinet approves the refreshed Priority Action Plan for the period to September 2026 at "
          "Annex B.", "recommendation", style=NUM_PARA)
    d.date("September 2026", "2026-09")
    d.res("1.3", "That authority is delegated to the Director of Children's Services, in consultation with the "
          "Cabinet Member for Children and Families, to make minor amendments to the plan agreed with the SEND "
          "Partnership Board.", "recommendation", style=NUM_PARA)
    d.res("1.4", "That the Children and Young People Scrutiny Committee be invited to review progress at its meeting "
          "in July 2026.", "recommendation", style=NUM_PARA)
    d.date("July 2026", "2026-07")
    d.h("2. Issues")
    d.num("2.1", "Inspectors set out three areas for priority action and four areas for improvement. They are "
          "reproduced word for word in Annex A beside the progress made against each, so they are not repeated "
          "here.")
    d.num("2.2", "The most visible progress has been in the timeliness of EHC needs assessment: 41% of new plans "
          "were issued within 20 weeks in January 2026, against 8% in June 2025. The backlog of assessments over "
          "20 weeks has fallen from 688 to 241.")
    d.dates_([("January 2026", "2026-01"), ("June 2025", "2025-06")])
    d.num("2.3", "Progress on waiting times for the neurodevelopmental pathway has been slower. A new provider "
          "started on 5 January 2026 and the ICB has committed recurrent funding from April 2026.")
    d.dates_([("5 January 2026", "2026-01-05"), ("April 2026", "2026-04")])
    d.num("2.4", "At the monitoring meeting, advisers judged that the partnership had made 'a positive start' on "
          "leadership and EHC plans but that the ICB and the Council should set out clearer trajectories for "
          "neurodevelopmental waits. The next monitoring meeting is expected in August 2026. Ofsted will carry out "
          "a monitoring inspection, normally within about 18 months of the report.")
    d.date("August 2026", "2026-08")
    d.event("monitoring", "2026-08", None, "The next monitoring meeting is expected in August 2026")
    d.h("3. Options")
    d.num("3.1", "Cabinet could decide not to approve the refreshed plan. This is not recommended: the plan is "
          "required by the inspection framework, and the DfE and NHS England have asked for the revised "
          "trajectories by 31 March 2026.")
    d.date("31 March 2026", "2026-03-31")
    d.h("4. Implications of the decision")
    d.table([["Financial", "Yes"], ["Human rights, equalities, diversity", "Yes"], ["Legal", "Yes"],
             ["Policies or Council Plan", "No"], ["Procurement", "No"], ["Relevant risks", "Yes"],
             ["Consultation", "Yes"], ["Staffing", "Yes"]], [8 * cm, 2 * cm], header=False)
    d.num("(a)", "<b>Financial</b>: the additional staffing in the plan (£1.42m in 2025/26) is funded from the "
          "children's services improvement reserve. The high needs block deficit is forecast at £21.6m at 31 March "
          "2026. (Finance comments: Owain Pritchard, Finance Business Partner.)")
    d.date("31 March 2026", "2026-03-31")
    d.person("Owain Pritchard", "Finance Business Partner", "officer")
    d.num("(b)", "<b>Legal</b>: the partnership is under a duty to respond to the areas for priority action. "
          "(Legal comments: Harriet Okafor-Dunn, Senior Solicitor.)")
    d.person("Harriet Okafor-Dunn", "Senior Solicitor", "officer")
    d.num("(c)", "<b>Consultation</b>: MK SEND Parent Carer Forum co-produced the refresh at workshops on 14 and 21 "
          "January 2026.")
    d.date("14 and 21 January 2026", "2026-01-14")
    d.date("21 January 2026", "2026-01-21")
    d.h("5. Timetable for implementation")
    d.p("The refreshed plan runs from 1 April 2026 to 30 September 2026.")
    d.date("from 1 April 2026 to 30 September 2026", "2026-04-01", "2026-09-30")
    d.p("<b>List of Annexes</b><br/>Annex A &ndash; What inspectors said and what we have done<br/>Annex B &ndash; "
        "Refreshed Priority Action Plan, April to September 2026<br/>Annex C &ndash; SEND profile")
    d.date("April to September 2026", "2026-04", "2026-09")
    d.p("<b>Background papers</b>: Area SEND inspection of Milton Keynes Local Area Partnership (Ofsted, 12 August "
        "2025).")
    d.add(PageBreak())
    d.p("<b>Annex A &ndash; What inspectors said and what we have done</b>")
    d.p("The left-hand column quotes the inspection report. The RAG rating is the SEND Partnership Board's "
        "assessment at its meeting of 19 February 2026.")
    d.date("19 February 2026", "2026-02-19")
    said = [
        ("Areas for priority action"),
        ("Leaders across the partnership must urgently improve the timeliness and quality of EHC needs assessments "
         "and plans so that children's needs are accurately identified and met without delay.", ["ehc-plans"],
         "Four extra EHC co-ordinators; weekly tracking; quality audit of 60 plans in December.", "Amber"),
        ("Leaders in the ICB and the council must reduce the waiting times for neurodevelopmental assessment and "
         "ensure that children and families receive appropriate support while they wait.", ["health-services"],
         "Second provider from January; 'waiting well' offer launched with the PCF.", "Red"),
        ("Partnership leaders must develop a shared and accurate understanding of the needs of children and young "
         "people with SEND and use it to commission services jointly.",
         ["joint-commissioning", "leadership-governance"],
         "Joint needs assessment drafted; joint commissioning group re-formed.", "Amber"),
        ("Areas for improvement"),
        ("Leaders should improve communication with parents and carers so that they understand the support "
         "available and feel listened to.", ["co-production"], "Monthly newsletter; co-produced communications "
         "charter.", "Green"),
        ("School leaders and the local authority should work together to reduce the use of part-time timetables "
         "and suspensions for pupils with SEND.", ["inclusion-provision"], "Inclusion charter; reduced timetable "
         "register checked fortnightly.", "Amber"),
        ("Leaders should strengthen the quality assurance of annual reviews so that plans are kept up to date.",
         ["ehc-plans", "data-oversight"], "Annual review team created; backlog down by a third.", "Amber"),
        ("Leaders should improve the preparation for adulthood of young people aged 14 to 25, including "
         "pathways into employment.", ["preparing-for-adulthood"], "Supported internship places up from 18 to "
         "34.", "Green")]
    rows = [["What inspectors said", "What we have done", "RAG"]]
    spans = []
    for item in said:
        if isinstance(item, str):
            spans.append(len(rows))
            rows.append([f"<b>{item}</b>"])
        else:
            rows.append([item[0], item[2], item[3]])
            d.record_weak(item[0], item[1])
    d.ruled(rows, [8.6 * cm, 6 * cm, 1.6 * cm], spans=spans)
    d.add(PageBreak())
    d.p("<b>Annex B &ndash; Refreshed Priority Action Plan, April to September 2026 (summary)</b>")
    d.ruled([["Workstream", "Key actions", "Lead", "Milestone"],
             ["EHC plans", "Reach 60% within 20 weeks; clear the review backlog", "Head of SEND", "Jul 2026"],
             ["Neurodevelopmental", "Trajectory to under 52 weeks; waiting well offer", "ICB Associate Director",
              "Sep 2026"],
             ["Joint commissioning", "Publish joint needs assessment; commission SALT jointly",
              "Joint Commissioning Lead", "Jun 2026"],
             ["Communication", "Local offer relaunch; 'you said, we did' quarterly", "PCF co-chairs / Head of SEND",
              "May 2026"],
             ["Inclusion", "Halve reduced timetables; outreach from special schools", "Head of Inclusion",
              "Sep 2026"],
             ["Adulthood", "PfA pathway; 40 supported internships", "Head of 14-25", "Sep 2026"]],
            [3.4 * cm, 7.2 * cm, 3.4 * cm, 2.2 * cm])
    d.dates_([("Jul 2026", "2026-07"), ("Sep 2026", "2026-09"), ("Jun 2026", "2026-06"), ("May 2026", "2026-05")])
    d.p("<b>Annex C &ndash; SEND profile (January 2026 census)</b>")
    need_table(d, 31)
    area_table(d, ["Bletchley East", "Bletchley West", "Bradwell", "Broughton", "Campbell Park", "Central Milton "
                   "Keynes", "Danesborough", "Newport Pagnell", "Olney", "Shenley Brook End", "Stony Stratford",
                   "Wolverton"], 29, "Ward")
    school_table(d, 12, 20)
    return d


# ------------------------------------------------------------------------------------------------------------------
def nottinghamshire_app() -> Doc:
    """A committee report on the Accelerated Progress Plan with an APP tracker whose section rows state the
    weaknesses (2016 framework)."""
    committee = "Children and Young People's Committee"
    rel = ("nottinghamshire/round77-2022-11-14-children-and-young-peoples-committee/"
           "Accelerated Progress Plan for SEND - progress update.pdf")
    d = Doc(rel, {"council": "Nottinghamshire County Council", "council_slug": "nottinghamshire",
                  "committee": committee, "meeting_date": "2022-11-14",
                  "title": "Accelerated Progress Plan for SEND - progress update", "source_kind": "cmis-document",
                  "url": "https://www.nottinghamshire.gov.uk/dms/Portals/0/Documents/Meeting.aspx?ID=6144&Item=7"},
            {"council": "Nottinghamshire County Council", "committee": committee, "date": "2022-11-14"},
            "", "", "")
    d.page_label = "Page {n} of {total}"
    d.p("<b>Report to Children and Young People's Committee</b>", RIGHT)
    d.p("<b>14 November 2022</b>", RIGHT)
    d.date("14 November 2022", "2022-11-14")
    d.p("<b>Agenda Item: 7</b>", RIGHT)
    d.p("<b>REPORT OF THE SERVICE DIRECTOR, EDUCATION, LEARNING AND INCLUSION</b>")
    d.p("<b>ACCELERATED PROGRESS PLAN FOR SPECIAL EDUCATIONAL NEEDS AND DISABILITY (SEND) &ndash; PROGRESS "
        "UPDATE</b>")
    d.h("Purpose of the Report")
    d.num("1.", "To update the Committee on progress against the Accelerated Progress Plan (APP) required following "
          "the Ofsted and Care Quality Commission (CQC) revisit of the Nottinghamshire local area, and on the outcome "
          "of the first formal review of the APP by the Department for Education (DfE) and NHS England.")
    d.h("Information")
    d.p("<i>Background</i>")
    d.num("2.", "Ofsted and the CQC carried out a joint local area SEND inspection in Nottinghamshire during the week "
          "of 11th to 15th March 2019. A Written Statement of Action (WSoA) was required, and the WSoA was declared "
          "fit for purpose on 2nd August 2019.")
    d.dates_([("11th to 15th March 2019", "2019-03-11", "2019-03-15"), ("2nd August 2019", "2019-08-02")])
    d.event("inspection", "2019-03-11", "2019-03-15", "Ofsted and the CQC carried out a joint local area SEND "
            "inspection in Nottinghamshire during the week of 11th to 15th March 2019")
    d.event("wsoa-approved", "2019-08-02", None, "the WSoA was declared fit for purpose on 2nd August 2019")
    d.num("3.", "Inspectors revisited the area from 22nd to 24th November 2021 to decide whether sufficient progress "
          "had been made in each of the five areas of significant weakness. The revisit letter, published on 25th "
          "January 2022, found sufficient progress in three of them. Progress in the other two was not sufficient, "
          "and these are set out as the section headings of the tracker at Appendix 1.")
    d.dates_([("22nd to 24th November 2021", "2021-11-22", "2021-11-24"), ("25th January 2022", "2022-01-25")])
    d.event("revisit", "2021-11-22", "2021-11-24", "Inspectors revisited the area from 22nd to 24th November 2021")
    d.event("revisit-outcome", "2022-01-25", None, "The revisit letter, published on 25th January 2022")
    d.num("4.", "The DfE and NHS England required the local area to prepare an APP. The draft was agreed by the SEND "
          "Accountability Board on 8th February 2022 and the final version was submitted on 25th March 2022, after "
          "consultation with Nottinghamshire Parent Carer Forum.")
    d.dates_([("8th February 2022", "2022-02-08"), ("25th March 2022", "2022-03-25")])
    d.event("progress-plan", "2022-02-08", None, "The draft was agreed by the SEND Accountability Board on 8th "
            "February 2022")
    d.event("progress-plan", "2022-03-25", None, "the final version was submitted on 25th March 2022")
    d.p("<i>First formal review of the APP</i>")
    d.num("5.", "The first formal review took place on 19th July 2022, led by Gillian Mortlake, SEND Adviser at the "
          "DfE, and Dr Ravi Sethuraman, NHS England Midlands. Their feedback letter, received on 4th August 2022, "
          "recognised 'clear and determined leadership' and improvements in the timeliness of plans, and asked the "
          "area to focus on the experience of families at annual review.")
    d.dates_([("19th July 2022", "2022-07-19"), ("4th August 2022", "2022-08-04")])
    d.event("monitoring", "2022-07-19", None, "The first formal review took place on 19th July 2022")
    d.person("Gillian Mortlake", "SEND Adviser at the DfE", "officer")
    d.person("Ravi Sethuraman", "NHS England Midlands", "officer")
    d.num("6.", "The second review is scheduled for 24th January 2023. Members will receive the feedback at the "
          "meeting on 13th March 2023.")
    d.dates_([("24th January 2023", "2023-01-24"), ("13th March 2023", "2023-03-13")])
    d.event("monitoring", "2023-01-24", None, "The second review is scheduled for 24th January 2023")
    d.p("<i>Performance</i>")
    d.num("7.", "The table below summarises the measures agreed with the DfE and NHS England for the APP.")
    d.ruled([["Measure", "Baseline (Dec 21)", "Jun 22", "Sep 22", "APP target (Mar 23)"],
             ["New EHCPs finalised within 20 weeks", "34%", "52%", "58%", "65%"],
             ["EHCPs with health advice within 6 weeks", "57%", "71%", "76%", "85%"],
             ["Annual reviews held within 12 months", "48%", "55%", "61%", "75%"],
             ["Amended plans issued within 4 weeks of review", "22%", "31%", "39%", "60%"],
             ["Parents satisfied with the annual review (survey)", "44%", "&ndash;", "49%", "60%"]],
            [6 * cm, 3 * cm, 1.8 * cm, 1.8 * cm, 3.6 * cm])
    d.dates_([("Dec 21", "2021-12"), ("Jun 22", "2022-06"), ("Sep 22", "2022-09"), ("Mar 23", "2023-03")])
    d.h("Other Options Considered")
    d.num("8.", "None. The APP and its review are required by the DfE and NHS England.")
    d.h("Reason/s for Recommendation/s")
    d.num("9.", "To ensure that Members are sighted on progress and are able to hold partners to account.")
    d.h("Statutory and Policy Implications")
    d.num("10.", "This report has been compiled after consideration of implications in respect of crime and "
          "disorder, data protection and information governance, finance, human resources, human rights, the NHS "
          "Constitution, public sector equality duty, safeguarding of children and adults at risk, service users, "
          "smarter working, sustainability and the environment and where such implications are material they are "
          "described below.")
    d.h("Financial Implications")
    d.num("11.", "There are no new financial implications. The additional 11 SEND caseworker posts were approved by "
          "Policy Committee on 15th June 2022 [reference 42/2022].")
    d.date("15th June 2022", "2022-06-15")
    d.h("RECOMMENDATION/S")
    d.res("1)", "That Committee considers the progress made against the Accelerated Progress Plan and the feedback "
          "from the first DfE and NHS England review, and identifies any actions it requires.", "recommendation",
          style=HANG)
    d.res("2)", "That a further update is included in the Committee's work programme following the second review.",
          "recommendation", style=HANG)
    d.p("<b>Marion Clay-Whitfield</b><br/><b>Service Director, Education, Learning and Inclusion</b>")
    d.person("Marion Clay-Whitfield", "Service Director, Education, Learning and Inclusion", "officer")
    d.p("<b>For any enquiries about this report please contact:</b><br/>Declan Hesketh<br/>Group Manager, Integrated "
        "Children's Disability Service<br/>T: 0115 977 4012<br/>E: declan.hesketh@nottscc.gov.uk")
    d.person("Declan Hesketh", "Group Manager, Integrated Children's Disability Service", "officer",
             "declan.hesketh@nottscc.gov.uk", "0115 977 4012")
    d.p("<b>Constitutional Comments (EP 28/10/22)</b><br/>12. The recommendations fall within the remit of the "
        "Children and Young People's Committee by virtue of its terms of reference.")
    d.p("<b>Financial Comments (SAS 31/10/22)</b><br/>13. There are no specific financial implications arising "
        "directly from this report.")
    d.dates_([("28/10/22", "2022-10-28"), ("31/10/22", "2022-10-31")])
    d.p("<b>Electoral Division(s) and Member(s) Affected</b><br/>All.")
    d.p("C1612")
    d.add(PageBreak())
    d.p("<b>Appendix 1: APP tracker &ndash; position at 30th September 2022</b>")
    d.date("30th September 2022", "2022-09-30")
    d.p("Key: C = complete; OT = on track; R = at risk; NS = not started.", SMALL)
    w1 = ("Weakness 1: The quality of EHC plans is too variable, and the contributions from health and social care "
          "to needs assessments and plans remain weak")
    w2 = ("Weakness 2: Annual reviews of EHC plans are not completed in a timely way and do not lead to plans being "
          "updated, so that plans do not reflect children's current needs")
    d.record_weak(w1.split(": ", 1)[1], ["ehc-plans"])
    d.record_weak(w2.split(": ", 1)[1], ["ehc-plans"])
    rows = [["No.", "Action", "Lead", "Due", "Status", "Evidence / commentary"],
            [f"<b>{w1}</b>"],
            ["1.1", "Multi-agency quality assurance of 10% of new plans each month", "Head of SEND", "Apr 2022",
             "C", "Monthly audit reports to the Board since April"],
            ["1.2", "Health advice template revised with designated clinical officer", "DCO", "May 2022", "C",
             "Template in use from 3rd May 2022"],
            ["1.3", "Social care advice to be provided by the allocated worker for all children open to social "
             "care", "Group Manager, CSC", "Jul 2022", "OT", "68% compliance in September"],
            ["1.4", "Training for SEND caseworkers on outcomes writing", "Principal Educational Psychologist",
             "Oct 2022", "OT", "Three of four sessions delivered"],
            [f"<b>{w2}</b>"],
            ["2.1", "Recruit an annual review team of 11 caseworkers", "Head of SEND", "Sep 2022", "R",
             "Eight appointed; readvert closes 18th November 2022"],
            ["2.2", "Weekly tracking of overdue reviews by school", "Performance Manager", "Jun 2022", "C",
             "Dashboard live"],
            ["2.3", "Guidance to schools on holding person-centred reviews", "SENCO network lead", "Dec 2022",
             "OT", "Draft with Parent Carer Forum"],
            ["2.4", "Amended plans to be issued within four weeks of the review", "Head of SEND", "Mar 2023", "R",
             "39% in September"]]
    d.ruled(rows, [1 * cm, 4.5 * cm, 2.6 * cm, 2 * cm, 1.5 * cm, 4.6 * cm], spans=(1, 6))
    d.dates_([("Apr 2022", "2022-04"), ("May 2022", "2022-05"), ("3rd May 2022", "2022-05-03"),
              ("Jul 2022", "2022-07"), ("Oct 2022", "2022-10"), ("Sep 2022", "2022-09"),
              ("18th November 2022", "2022-11-18"), ("Jun 2022", "2022-06"), ("Dec 2022", "2022-12"),
              ("Mar 2023", "2023-03")])
    d.p("The three areas in which the revisit found sufficient progress (strategic leadership, the local offer, and "
        "joint commissioning of therapies) continue to be monitored by the SEND Accountability Board.")
    d.add(PageBreak())
    d.p("<b>Appendix 2: Nottinghamshire SEND profile (January 2022 census)</b>")
    d.date("January 2022", "2022-01")
    need_table(d, 42)
    area_table(d, ["Ashfield", "Bassetlaw", "Broxtowe", "Gedling", "Mansfield", "Newark and Sherwood",
                   "Rushcliffe"], 5, "District")
    school_table(d, 15, 22)
    return d


# ------------------------------------------------------------------------------------------------------------------
def oldham_revisit() -> Doc:
    """A scrutiny board report with the Ofsted/CQC re-visit letter as its appendix (2016 framework)."""
    committee = "Children and Young People Scrutiny Board"
    rel = ("oldham/round77-2023-01-31-children-and-young-people-scrutiny-board/"
           "SEND Revisit Outcome report and Appendix 1 Ofsted letter.pdf")
    d = Doc(rel, {"council": "Oldham Metropolitan Borough Council", "council_slug": "oldham", "committee": committee,
                  "meeting_date": "2023-01-31", "title": "SEND Revisit Outcome report and Appendix 1 Ofsted letter",
                  "source_kind": "moderngov-document",
                  "url": "https://committees.oldham.gov.uk/documents/s142988/SEND%20Revisit%20Outcome.pdf"},
            {"council": "Oldham Metropolitan Borough Council", "committee": committee, "date": "2023-01-31"},
            "", "", "")
    d.page_label = "{n}"
    d.p("<font size=14><b>Report to CHILDREN AND YOUNG PEOPLE SCRUTINY BOARD</b></font>")
    d.space(6)
    d.p("<font size=13><b>Local Area SEND Revisit &ndash; Outcome and Next Steps</b></font>")
    d.table([["<b>Portfolio Holder:</b>", "Cllr Shabana Qureshi, Cabinet Member for Children and Young People"],
             ["<b>Officer Contact:</b>", "Ashleigh Brannan, Managing Director, Children and Young People"],
             ["<b>Report Author:</b>", "Gemma Ratcliffe-Khan, Assistant Director, Education and SEND<br/>Ext. 4931"],
             ["", "<b>31 January 2023</b>"]], [4.2 * cm, 11.8 * cm], header=False, grid=False)
    d.date("31 January 2023", "2023-01-31")
    d.person("Shabana Qureshi", "Cabinet Member for Children and Young People", "member")
    d.person("Ashleigh Brannan", "Managing Director, Children and Young People", "officer")
    d.person("Gemma Ratcliffe-Khan", "Assistant Director, Education and SEND", "officer")
    d.h("Purpose of the Report")
    d.p("To inform the Scrutiny Board of the outcome of the Ofsted and Care Quality Commission revisit to the Oldham "
        "local area, and of the next steps required by the Department for Education and NHS England.")
    d.h("Executive Summary")
    d.p("Following the joint local area SEND inspection from 11 to 15 November 2019, the inspection letter of 23 "
        "January 2020 required a Written Statement of Action to address five areas of significant weakness. The "
        "statement was submitted on 4 May 2020 and judged fit for purpose on 14 July 2020.")
    d.dates_([("from 11 to 15 November 2019", "2019-11-11", "2019-11-15"), ("23 January 2020", "2020-01-23"),
              ("4 May 2020", "2020-05-04"), ("14 July 2020", "2020-07-14")])
    d.event("inspection", "2019-11-11", "2019-11-15", "the joint local area SEND inspection from 11 to 15 November "
            "2019")
    d.event("outcome-letter", "2020-01-23", None, "the inspection letter of 23 January 2020")
    d.event("wsoa-submitted", "2020-05-04", None, "The statement was submitted on 4 May 2020")
    d.event("wsoa-approved", "2020-07-14", None, "judged fit for purpose on 14 July 2020")
    d.p("Inspectors revisited Oldham between 7 and 9 November 2022. Their letter, which is attached at Appendix 1, was "
        "published on 20 December 2022. It finds that the area has made sufficient progress in three of the five "
        "areas, but not in the other two. The Department for Education and NHS England now require an Accelerated "
        "Progress Plan (APP), which the area expects to submit in March 2023.")
    d.dates_([("between 7 and 9 November 2022", "2022-11-07", "2022-11-09"), ("20 December 2022", "2022-12-20"),
              ("March 2023", "2023-03")])
    d.event("revisit", "2022-11-07", "2022-11-09", "Inspectors revisited Oldham between 7 and 9 November 2022")
    d.event("revisit-outcome", "2022-12-20", None, "Their letter, which is attached at Appendix 1, was published on "
            "20 December 2022")
    d.event("progress-plan", "2023-03", None, "an Accelerated Progress Plan (APP), which the area expects to submit "
            "in March 2023")
    d.h("Recommendations")
    d.p("The Scrutiny Board is asked to:")
    d.res(None, "note the outcome of the revisit and the findings set out in the letter at Appendix 1;",
          "recommendation", shown_label="&bull;", style=BULLET)
    d.res(None, "comment on the proposed priorities for the Accelerated Progress Plan at section 3; and",
          "recommendation", shown_label="&bull;", style=BULLET)
    d.res(None, "agree to receive the final APP, and the first feedback from the Department for Education and NHS "
          "England, at a future meeting.", "recommendation", shown_label="&bull;", style=BULLET)
    d.h("1 Background")
    d.num("1.1", "Since the Written Statement of Action was approved the partnership has been monitored by the DfE "
          "and NHS England. The last review meeting, held on 21 June 2022, concluded that the partnership was ready "
          "for its revisit.")
    d.date("21 June 2022", "2022-06-21")
    d.event("monitoring", "2022-06-21", None, "The last review meeting, held on 21 June 2022")
    d.num("1.2", "The revisit was led by Mr Tobias Wren HMI with Ms Lorna Ashdown, a Children's Services Inspector "
          "from the CQC, and Ms Ines Carvalho, Ofsted Inspector. Inspectors met 64 parents and carers and visited "
          "eleven schools and settings.")
    d.person("Tobias Wren", "HMI", "other")
    d.person("Lorna Ashdown", "Children's Services Inspector, CQC", "other")
    d.person("Ines Carvalho", "Ofsted Inspector", "other")
    d.h("2 Current position")
    d.num("2.1", "The table below shows the revisit's finding for each of the areas and the lead for the next phase.")
    d.ruled([["Area (WSoA priority)", "Revisit finding", "Lead"],
             ["1. Strategic leadership and co-production", "Sufficient progress", "Managing Director, CYP"],
             ["2. Timeliness and quality of EHC plans", "Not sufficient progress", "Head of SEND"],
             ["3. Identification at SEN support", "Sufficient progress", "Head of Inclusion"],
             ["4. Neurodevelopmental pathway waits", "Not sufficient progress", "Director of Commissioning, ICB "
              "(Oldham)"],
             ["5. The local offer", "Sufficient progress", "SEND Information Officer"]],
            [6.8 * cm, 4 * cm, 5.4 * cm])
    d.num("2.2", "Since the revisit the proportion of new EHC plans issued within 20 weeks has risen to 46% "
          "(October to December 2022) and the ICB has agreed additional investment of £640,000 in the autism "
          "assessment pathway from April 2023.")
    d.dates_([("October to December 2022", "2022-10", "2022-12"), ("April 2023", "2023-04")])
    d.h("3 Proposed priorities for the Accelerated Progress Plan")
    d.num("3.1", "The APP will be written with Oldham Parent Carer Forum and will concentrate on (i) the completion of "
          "EHC needs assessments within 20 weeks and the quality of advice from health and care, and (ii) reducing "
          "waiting times for autism and ADHD assessment, with a support offer for families while they wait.")
    d.num("3.2", "The plan will be agreed by the SEND Partnership Board before submission. The first formal APP review "
          "by the DfE and NHS England is expected around six months after submission.")
    d.h("4 Options/Alternatives")
    d.num("4.1", "The report is for information and comment; no alternative options are presented.")
    d.h("5 Financial, legal and equality implications")
    d.num("5.1", "There are no direct financial implications arising from this report. (Lee Fairhurst, Finance "
          "Manager). The partnership's statutory duties are summarised in the letter. (Alex Ibbotson, Senior Lawyer). "
          "An equality impact assessment will accompany the APP.")
    d.person("Lee Fairhurst", "Finance Manager", "officer")
    d.person("Alex Ibbotson", "Senior Lawyer", "officer")
    d.h("6 Appendices")
    d.p("Appendix 1 &ndash; Ofsted/CQC letter: Joint area SEND revisit in Oldham, 20 December 2022<br/>"
        "Appendix 2 &ndash; Oldham SEND profile")
    d.add(PageBreak())
    d.p("<b>Appendix 1</b>", RIGHT)
    d.p("Piccadilly Gate<br/>Store Street<br/>Manchester<br/>M1 2WD", S.right)
    d.p("T 0300 123 1231<br/>www.gov.uk/ofsted", S.right)
    d.p("20 December 2022", LETTER)
    d.p("Ashleigh Brannan, Managing Director, Children and Young People, Oldham Council<br/>"
        "Mark Deverell-Smith, Place-based Lead, NHS Greater Manchester Integrated Care (Oldham)<br/>"
        "Ian Cotterill, Local Area Nominated Officer, Oldham", LETTER)
    d.person("Mark Deverell-Smith", "Place-based Lead, NHS Greater Manchester Integrated Care (Oldham)", "officer")
    d.person("Ian Cotterill", "Local Area Nominated Officer, Oldham", "officer")
    d.p("Dear Ms Brannan and Mr Deverell-Smith", LETTER)
    d.p("<b>Joint area SEND revisit in Oldham</b>", LETTER_BOLD)
    d.p("Between 7 November 2022 and 9 November 2022, Ofsted and the Care Quality Commission (CQC) revisited the area "
        "of Oldham to decide whether sufficient progress has been made in addressing each of the areas of "
        "significant weakness detailed in the inspection report letter published on 23 January 2020.", LETTER)
    d.p("As a result of the findings of the initial inspection and in accordance with the Children Act 2004 (Joint "
        "Area Reviews) Regulations 2015, Her Majesty's Chief Inspector (HMCI) determined that a Written Statement "
        "of Action (WSoA) was required because of significant areas of weakness in the area's practice. HMCI "
        "determined that the local authority and the area's clinical commissioning group were jointly responsible "
        "for submitting the WSoA to Ofsted. This was declared fit for purpose on 14 July 2020.", LETTER)
    d.p("The area has made sufficient progress in addressing three of the five significant weaknesses identified at "
        "the initial inspection. This letter outlines our findings from the revisit.", LETTER)
    d.p("<b>Main findings</b>", LETTER_BOLD)
    found = [
        ("Leaders' lack of a shared, strategic approach to SEND, and their weak engagement with parents and carers in "
         "planning and reviewing services.", ["leadership-governance", "co-production"],
         "Leaders now share an accurate understanding of the area's strengths and weaknesses. The parent carer "
         "forum is an equal partner on the SEND Partnership Board. The area has made sufficient progress in "
         "addressing this significant weakness."),
        ("The poor timeliness of EHC needs assessments, and the weak quality of EHC plans, which do not capture "
         "children's needs or the outcomes sought for them.", ["ehc-plans"],
         "The number of plans issued on time has improved recently, but too many families still wait well beyond "
         "20 weeks and too many plans remain generic. The area has not made sufficient progress in addressing this "
         "significant weakness."),
        ("Inconsistent identification and assessment of needs for children and young people receiving SEN "
         "support in mainstream schools.", ["identification"],
         "A graduated approach toolkit is used well by most schools. The area has made sufficient progress in "
         "addressing this significant weakness."),
        ("The long waiting times for assessment on the autism spectrum disorder pathway.", ["health-services"],
         "Waiting times have increased since the inspection and families receive little support while they wait. "
         "The area has not made sufficient progress in addressing this significant weakness."),
        ("The local offer is not well known by parents and carers and does not provide the information they "
         "need.", ["local-offer"],
         "The local offer has been rebuilt with families and its use has doubled. The area has made sufficient "
         "progress in addressing this significant weakness.")]
    for text, themes, progress in found:
        d.p("In 2019, the inspection found:", LETTER)
        d.weak(text, themes, marker="&#9632;", style=LETTER_BULLET)
        d.p(progress, LETTER)
    d.p("The area is required to produce an Accelerated Progress Plan (APP) to address the areas of weakness where "
        "there has not been sufficient progress. The DfE and NHS England will continue to monitor progress.", LETTER)
    d.p("Yours sincerely", LETTER)
    d.ruled([["<b>Ofsted</b>", "<b>Care Quality Commission</b>"],
             ["Yvette Harrop-Singh<br/>Regional Director, North West", "Manir Dossa<br/>Deputy Director, "
              "Children's Health and Justice"],
             ["Tobias Wren<br/>HMI Lead Inspector", "Lorna Ashdown<br/>CQC Inspector"],
             ["Ines Carvalho<br/>Ofsted Inspector", ""]], [8 * cm, 8 * cm], header_rows=0, style=LETTER)
    d.person("Yvette Harrop-Singh", "Regional Director, North West", "other")
    d.person("Manir Dossa", "Deputy Director, Children's Health and Justice", "other")
    d.p("cc: Department for Education; Department of Health and Social Care; Director of Public Health for the area; "
        "NHS England", SMALL)
    d.add(PageBreak())
    d.p("<b>Appendix 2 &ndash; Oldham SEND profile (January 2022 census)</b>")
    d.date("January 2022", "2022-01")
    need_table(d, 53)
    area_table(d, ["Alexandra", "Chadderton Central", "Coldhurst", "Failsworth East", "Hollinwood", "Medlock Vale",
                   "Royton North", "Saddleworth South", "Shaw", "St Mary's", "Waterhead", "Werneth"], 33, "Ward")
    school_table(d, 21, 22)
    return d


# ------------------------------------------------------------------------------------------------------------------
def redbridge_pack() -> Doc:
    """A scrutiny committee's reports pack: agenda, minutes of the last meeting, a SEND report and other items
    (2023 framework)."""
    committee = "People Scrutiny Committee"
    rel = "redbridge/round77-2024-10-15-people-scrutiny-committee/Agenda reports pack 15 October 2024.pdf"
    d = Doc(rel, {"council": "London Borough of Redbridge", "council_slug": "redbridge", "committee": committee,
                  "meeting_date": "2024-10-15", "title": "Agenda reports pack 15 October 2024",
                  "source_kind": "moderngov-document",
                  "url": "https://moderngov.redbridge.gov.uk/documents/g7741/Public%20reports%20pack%2015th-Oct-2024"
                         "%2019.00%20People%20Scrutiny%20Committee.pdf"},
            {"council": "London Borough of Redbridge", "committee": committee, "date": "2024-10-15"},
            "Public Document Pack", "London Borough of Redbridge", "People Scrutiny Committee, 15 October 2024")
    d.page_label = "Page {n}"
    d.p("<font size=16><b>People Scrutiny Committee</b></font>")
    d.table([["Date:", "Tuesday 15 October 2024"], ["Time:", "7.00 pm"],
             ["Venue:", "Council Chamber, Town Hall, 128-142 High Road, Ilford, IG1 1DD"]],
            [3 * cm, 13 * cm], header=False, grid=False)
    d.date("Tuesday 15 October 2024", "2024-10-15")
    d.p("<b>Membership:</b> Councillors Harjit Sandhu-Moss (Chair), Farzana Begum-Reilly (Vice-Chair), Colin "
        "Ashworth, Nadia Petrescu, Omar Lateef, Grace Oyenuga and Peter Vaughan-Lyle.")
    d.person("Harjit Sandhu-Moss", "Chair", "member")
    d.person("Farzana Begum-Reilly", "Vice-Chair", "member")
    for n in ["Colin Ashworth", "Nadia Petrescu", "Omar Lateef", "Grace Oyenuga", "Peter Vaughan-Lyle"]:
        d.person(n, None, "member")
    d.p("<b>Co-opted Members:</b> Mrs Jasmine Akhtar (parent governor representative) and Mr Rowan Fitch (Diocese "
        "of Brentwood).")
    d.person("Jasmine Akhtar", "parent governor representative", "other")
    d.person("Rowan Fitch", "Diocese of Brentwood", "other")
    d.p("For enquiries about this agenda please contact Chinedu Obiora, Committee Services, on 020 8708 2168 or "
        "chinedu.obiora@redbridge.gov.uk. Published: 7 October 2024.")
    d.person("Chinedu Obiora", "Committee Services", "officer", "chinedu.obiora@redbridge.gov.uk", "020 8708 2168")
    d.date("7 October 2024", "2024-10-07")
    d.p("<b>AGENDA</b>")
    d.table([["1", "Apologies for absence", ""], ["2", "Declarations of interest", ""],
             ["3", "Minutes of the meeting held on 16 July 2024", "1 - 4"],
             ["4", "Matters arising", ""],
             ["5", "Local Area SEND Inspection: progress on the SEND Strategic Improvement Plan", "5 - 10"],
             ["6", "Youth Justice Plan 2024-25", "11 - 12"], ["7", "Work programme", "13 - 14"],
             ["8", "Any other business", ""]], [1.2 * cm, 12 * cm, 2.8 * cm], header=False, grid=False)
    d.date("16 July 2024", "2024-07-16")
    d.add(PageBreak())
    # -- minutes of the previous meeting
    d.p("<b>Agenda Item 3</b>", RIGHT)
    d.p("<b>MINUTES of the meeting of the PEOPLE SCRUTINY COMMITTEE held on Tuesday, 16 July 2024 at the Town Hall, "
        "Ilford</b>")
    d.p("<b>Present:</b> Councillor Harjit Sandhu-Moss (Chair), Councillors Farzana Begum-Reilly, Colin Ashworth, "
        "Omar Lateef, Grace Oyenuga and Peter Vaughan-Lyle; Mrs Jasmine Akhtar (co-opted).")
    d.p("<b>In attendance:</b> Councillor Rachel Montague (Cabinet Member for Children and Young People); Caroline "
        "Ferris-Adu (Corporate Director of People); Jonah Pettigrew (Director of Education and Inclusion); Dr "
        "Meera Kothari (Designated Clinical Officer, NHS North East London).")
    d.person("Rachel Montague", "Cabinet Member for Children and Young People", "member")
    d.person("Caroline Ferris-Adu", "Corporate Director of People", "officer")
    d.person("Jonah Pettigrew", "Director of Education and Inclusion", "officer")
    d.person("Meera Kothari", "Designated Clinical Officer, NHS North East London", "officer")
    d.p("<b>Apologies:</b> Councillor Nadia Petrescu and Mr Rowan Fitch.")
    d.p("<b>21. Minutes</b>")
    d.p("The minutes of the meeting held on 23 April 2024 were agreed as a correct record.")
    d.record_res(None, "The minutes of the meeting held on 23 April 2024 were agreed as a correct record.",
                 "resolution")
    d.date("23 April 2024", "2024-04-23")
    d.p("<b>22. Area SEND inspection &ndash; draft Strategic Improvement Plan</b>")
    d.p("The Director of Education and Inclusion introduced the draft plan, which the Cabinet Member had approved on "
        "9 July 2024. Members asked how parents would be able to see what had changed and whether health partners "
        "had signed the plan. The Designated Clinical Officer confirmed that the integrated care board had signed "
        "the plan and would report progress to its place-based partnership.")
    d.date("9 July 2024", "2024-07-09")
    d.event("progress-plan", "2024-07-09", None, "the draft plan, which the Cabinet Member had approved on 9 July "
            "2024")
    d.p("<b>RESOLVED:</b> (1) That the draft Strategic Improvement Plan be noted. (2) That progress against the plan "
        "be reported to the Committee in October 2024, with the views of Redbridge SEND Family Voice.")
    d.record_res("(1)", "That the draft Strategic Improvement Plan be noted.", "resolution")
    d.record_res("(2)", "That progress against the plan be reported to the Committee in October 2024, with the views "
                 "of Redbridge SEND Family Voice.", "resolution")
    d.date("October 2024", "2024-10")
    d.p("<b>23. School place planning</b>")
    d.p("The Committee considered the annual school place planning report. Members noted that reception applications "
        "had fallen for the third year and that 480 additional specialist places were planned by September 2027.")
    d.date("September 2027", "2027-09")
    d.p("<b>RESOLVED:</b> That the report be noted and that the Cabinet Member be asked to consider the Committee's "
        "comments on falling rolls in the north of the borough.")
    d.record_res(None, "That the report be noted and that the Cabinet Member be asked to consider the Committee's "
                 "comments on falling rolls in the north of the borough.", "resolution")
    d.p("The meeting closed at 9.02 pm.")
    d.p("Chair")
    d.add(PageBreak())
    # -- the SEND report
    d.p("<b>Agenda Item 5</b>", RIGHT)
    d.p("<b>London Borough of Redbridge</b>")
    d.ruled([["Committee:", "People Scrutiny Committee"], ["Date:", "15 October 2024"],
             ["Title:", "Local Area SEND Inspection: progress on the SEND Strategic Improvement Plan"],
             ["Report of:", "Corporate Director of People"],
             ["Author:", "Louisa Karamanlis, Head of SEND Services, 020 8708 3391"],
             ["Wards:", "All"], ["Key decision:", "No"]], [3.6 * cm, 12.6 * cm], header_rows=0)
    d.person("Louisa Karamanlis", "Head of SEND Services", "officer", None, "020 8708 3391")
    d.h("1. Summary")
    d.num("1.1", "Inspectors from Ofsted and the CQC carried out an area SEND inspection of the Redbridge local area "
          "partnership from 4 to 8 December 2023. The inspection report was published on 2 February 2024. The "
          "partnership was given the middle of the three possible outcomes: the arrangements lead to inconsistent "
          "experiences and outcomes for children and young people with SEND, and the partnership must work jointly "
          "to make improvements.")
    d.dates_([("from 4 to 8 December 2023", "2023-12-04", "2023-12-08"), ("2 February 2024", "2024-02-02")])
    d.event("inspection", "2023-12-04", "2023-12-08", "Inspectors from Ofsted and the CQC carried out an area SEND "
            "inspection of the Redbridge local area partnership from 4 to 8 December 2023")
    d.event("outcome-letter", "2024-02-02", None, "The inspection report was published on 2 February 2024")
    d.num("1.2", "Under the previous framework Redbridge had been inspected in October 2017 and no Written Statement "
          "of Action was required.")
    d.date("October 2017", "2017-10")
    d.event("inspection", "2017-10", None, "Redbridge had been inspected in October 2017")
    d.h("2. Recommendations")
    d.p("2.1&nbsp;&nbsp;The Committee is requested to:")
    d.res("a)", "note the progress made against the SEND Strategic Improvement Plan in its first three months;",
          "recommendation", style=S.sub_para)
    d.res("b)", "consider the feedback from Redbridge SEND Family Voice at paragraph 4.4; and", "recommendation",
          style=S.sub_para)
    d.res("c)", "agree the measures it wishes to see in future reports.", "recommendation", style=S.sub_para)
    d.h("3. What the inspection found")
    d.num("3.1", "Inspectors found many strengths, including the early identification of needs in the early years, "
          "the quality of the borough's special schools and the work of the Preparing for Adulthood team.")
    d.num("3.2", "The report set out the following areas for improvement:")
    afi = [("Leaders across the partnership should improve the timeliness of EHC needs assessments, including the "
            "contributions from health and social care.", ["ehc-plans"]),
           ("Health leaders should reduce the waiting times for speech and language therapy and for autism "
            "assessment for children of school age.", ["health-services"]),
           ("Leaders in the local authority and schools should make sure that children and young people with SEND "
            "who are on part-time timetables, or who are not in school, are identified quickly and return to full-"
            "time education.", ["inclusion-provision"]),
           ("Leaders should strengthen how they gather and act on the views of families so that parents and carers "
            "feel well informed about the support available.", ["co-production"])]
    for label, (text, themes) in zip("abcd", afi):
        d.weak(text, themes, marker=f"{label}.", style=S.sub_para)
    d.h("4. Progress")
    d.num("4.1", "The Strategic Improvement Plan was approved on 9 July 2024 and is published on the Local Offer. It "
          "is overseen by the SEND Partnership Board, whose next meeting is on 5 November 2024.")
    d.date("5 November 2024", "2024-11-05")
    d.num("4.2", "Progress against each workstream at the end of September 2024 is shown below.")
    d.date("September 2024", "2024-09")
    d.ruled([["Workstream", "Key measure", "Dec 2023", "Sep 2024", "Target (Jul 2025)", "Status"],
             ["EHC needs assessment", "New plans in 20 weeks", "38%", "54%", "75%", "On track"],
             ["Therapies and autism", "Children waiting over 40 weeks for autism assessment", "611", "584",
              "300", "Off track"],
             ["Therapies and autism", "SALT first appointment within 18 weeks", "47%", "58%", "80%", "At risk"],
             ["Inclusion", "Pupils with SEND on part-time timetables", "94", "61", "40", "On track"],
             ["Communication", "Families rating information good (survey)", "31%", "39%", "60%", "On track"]],
            [3 * cm, 4.8 * cm, 1.9 * cm, 1.9 * cm, 2.6 * cm, 2 * cm])
    d.dates_([("Dec 2023", "2023-12"), ("Sep 2024", "2024-09"), ("Jul 2025", "2025-07")])
    d.num("4.3", "The Department for Education does not formally monitor a partnership with this outcome, but the "
          "partnership has agreed to share its progress with the DfE's regional SEND adviser at a meeting on 28 "
          "November 2024. Ofsted and the CQC will normally carry out the next full inspection within about three "
          "years.")
    d.date("28 November 2024", "2024-11-28")
    d.num("4.4", "Redbridge SEND Family Voice surveyed 212 families in August 2024. Parents reported better "
          "communication from the SEND team but continued frustration with therapy waits; a third did not know "
          "about the new 'SEND Hub' drop-ins.")
    d.date("August 2024", "2024-08")
    d.h("5. Implications")
    d.num("5.1", "Financial: the cost of the plan is met within existing budgets and the Safety Valve agreement "
          "signed on 14 March 2023. (Checked by Anjali Mistry-Cole, Finance Manager.)")
    d.date("14 March 2023", "2023-03-14")
    d.person("Anjali Mistry-Cole", "Finance Manager", "officer")
    d.num("5.2", "Legal: none arising directly from this report.")
    d.p("<b>Background papers:</b> Ofsted and CQC, Area SEND inspection of Redbridge Local Area Partnership, "
        "2 February 2024.")
    d.p("<b>Appendix: SEND profile (January 2024 census)</b>")
    d.date("January 2024", "2024-01")
    need_table(d, 61)
    area_table(d, ["Aldborough", "Barkingside", "Chadwell", "Clayhall", "Cranbrook", "Fairlop", "Goodmayes",
                   "Loxford", "Mayfield", "Seven Kings", "Valentines", "Wanstead Park"], 47, "Ward")
    d.add(PageBreak())
    # -- item 6
    d.p("<b>Agenda Item 6</b>", RIGHT)
    d.p("<b>Youth Justice Plan 2024-25</b>")
    d.p("Report of the Director of Children's Social Care. Contact: Kwabena Ashby-Lowe, Head of Youth Justice "
        "Service.")
    d.person("Kwabena Ashby-Lowe", "Head of Youth Justice Service", "officer")
    d.p("1. The Youth Justice Plan 2024-25 was agreed by the Youth Justice Partnership Board on 27 June 2024 and "
        "must be approved by full Council. First-time entrants to the youth justice system fell by 11% in the "
        "year to March 2024. Thirty-eight per cent of children supervised by the service have an identified "
        "special educational need.")
    d.dates_([("27 June 2024", "2024-06-27"), ("March 2024", "2024-03")])
    d.p("2. <b>Recommendation:</b> That the Committee comments on the Youth Justice Plan 2024-25 before it is "
        "submitted to Council on 21 November 2024.")
    d.record_res(None, "That the Committee comments on the Youth Justice Plan 2024-25 before it is submitted to "
                 "Council on 21 November 2024.", "recommendation")
    d.date("21 November 2024", "2024-11-21")
    d.p("<b>Agenda Item 7</b>", RIGHT)
    d.p("<b>People Scrutiny Committee &ndash; Work programme 2024/25</b>")
    d.ruled([["Meeting", "Item", "Lead"],
             ["15 October 2024", "SEND Strategic Improvement Plan; Youth Justice Plan", "Director of Education and "
              "Inclusion; Head of Youth Justice"],
             ["14 January 2025", "Budget scrutiny: People services; Elective home education", "Corporate Director "
              "of People"],
             ["18 March 2025", "Children's mental health (with NEL ICB); SEND transport", "Director of Education "
              "and Inclusion"],
             ["April 2025", "Annual scrutiny report", "Scrutiny Officer"]], [3.4 * cm, 7.6 * cm, 5.2 * cm])
    d.dates_([("14 January 2025", "2025-01-14"), ("18 March 2025", "2025-03-18"), ("April 2025", "2025-04")])
    school_table(d, 29, 20)
    return d


DOCUMENTS = [liverpool_minutes, merton_wsoa, milton_keynes_cabinet, nottinghamshire_app, oldham_revisit,
             redbridge_pack]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
