"""Write the six long printed documents of the held-out round 31 (reportlab), and their gold.

Round 31 is a blind batch of LONG PDFs, written with their gold before any extractor ran on them, in the layouts of
real long council papers: the signed printed minutes of a scrutiny committee (Herefordshire), an agenda reports pack
with front sheet, previous minutes and a SEND report with its appendix (Kingston upon Thames), a Cabinet report whose
appendix is an Accelerated Progress Plan tracker in a ruled table over pages (North Tyneside), the minutes of a SEND
and Inclusion Partnership Board with an action log and named partner officers (Rochdale), a scrutiny report on an
Area SEND inspection outcome with implications, a risk table and background papers (St Helens), and an annual SEND
self-evaluation summary with its covering report (Torbay). Invented text, fictitious people.

The framework is ``long_pdf_kit.py`` (shared with rounds 22, 25, 27 and 28): resolutions and weaknesses recorded
where they are written, dates, people and events listed by hand beside each document, and ``--gold`` writes the gold
files with the page of each resolution's and weakness's text read back from the written PDF with pdfplumber;
``--check`` also lists date-like strings of each PDF missing from the gold. Deterministic (reportlab's invariant
mode):

    /work/main/.venv/bin/python tests/heldout/make_round31_pdfs.py          # the PDFs
    /work/main/.venv/bin/python tests/heldout/make_round31_pdfs.py --gold   # the PDFs and their gold
    /work/main/.venv/bin/python tests/heldout/make_round31_pdfs.py --check  # the PDFs, gold and the date check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles, two_columns  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("31", body=(12, 17, 8), cell=(9.5, 12), head=(12.5, 16, 12), title=(15, 20))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = STYLES = S.base
BIG = ParagraphStyle("Big31", parent=BODY, fontSize=13, leading=19, spaceAfter=9)
PLANCELL = S.plan_cell


class Doc(LongDoc):
    """A round 31 document: ``long_pdf_kit.LongDoc`` in this round's styles, 2.5 cm top and bottom margins, and a
    text found whole in one table column of a page counted as on that page."""

    styles = STYLES
    margin_y = 2.5 * cm
    column_lookup = True


# ------------------------------------------------------------------------------------------------------------------
# 1. Herefordshire: signed printed minutes of the Children and Young People Scrutiny Committee (ModernGov)
# ------------------------------------------------------------------------------------------------------------------

def herefordshire_minutes() -> Doc:
    d = Doc(
        "herefordshire/round31-2025-12-09-children-and-young-people-scrutiny-committee/"
        "Minutes of Children and Young People Scrutiny Committee 14 October 2025.pdf",
        {"council": "Herefordshire Council", "council_slug": "herefordshire",
         "committee": "Children and Young People Scrutiny Committee", "meeting_date": "2025-12-09",
         "title": "Minutes of Children and Young People Scrutiny Committee, 14/10/2025 14:00",
         "source_kind": "committee-report",
         "url": "https://councillors.herefordshire.gov.uk/documents/g9412/Printed%20minutes%2014th-Oct-2025%2014.00"
                "%20Children%20and%20Young%20People%20Scrutiny%20Committee.pdf"},
        {"council": "Herefordshire Council", "committee": "Children and Young People Scrutiny Committee",
         "date": "2025-10-14"},
        "Herefordshire Council", "Children and Young People Scrutiny Committee",
        "Children and Young People Scrutiny Committee - Tuesday 14 October 2025")
    d.title("Herefordshire Council")
    d.p("<b>Minutes of the meeting of Children and Young People Scrutiny Committee held at Conference Room 1, "
        "Herefordshire Council, Plough Lane Offices, Hereford, HR4 0LE on Tuesday 14 October 2025 at 2.00 pm</b>")
    d.date("Tuesday 14 October 2025", "2025-10-14")
    d.p("<b>Present:</b> Councillor Gwen Ledbury (chairperson)")
    d.p("Councillor Adrian Kentchurch (vice-chairperson)")
    two_columns(d, ["Councillors: Peter Bromyard", "Helen Dorstone", "Simon Eardisley", "Nia Probert"],
                ["Rosalind Weobley", "Marcus Wigmore", "Tom Yarpole", ""])
    d.person("Gwen Ledbury", "chairperson", "member")
    d.person("Adrian Kentchurch", "vice-chairperson", "member")
    for name in ("Peter Bromyard", "Helen Dorstone", "Simon Eardisley", "Nia Probert", "Rosalind Weobley",
                 "Marcus Wigmore", "Tom Yarpole"):
        d.person(name, None, "member")
    d.p("<b>Co-opted members:</b> Father Julian Moccas (Roman Catholic Archdiocese of Cardiff and Menevia) and "
        "Mr Lionel Tarrington (parent governor representative, secondary)")
    d.person("Julian Moccas", "Roman Catholic Archdiocese of Cardiff and Menevia", "other")
    d.person("Lionel Tarrington", "parent governor representative, secondary", "other")
    d.p("<b>In attendance:</b> Councillor Imogen Fownhope (cabinet member, children and young people) and "
        "Councillor Raj Madley (cabinet member, finance and corporate services)")
    d.person("Imogen Fownhope", "cabinet member, children and young people", "member")
    d.person("Raj Madley", "cabinet member, finance and corporate services", "member")
    d.p("<b>Officers:</b>")
    two_columns(d, ["Darren Whitbourne", "Claire Aymestrey", "Dr Fiona Brampton", "Matthew Clehonger",
                    "Sunita Lingen", "Owain Pudleston"],
                ["Corporate Director, Children and Young People", "Service Director, Education, Skills and Learning",
                 "Designated Clinical Officer for SEND, NHS Herefordshire and Worcestershire ICB",
                 "Head of Additional Needs", "Statutory Scrutiny Officer", "Democratic Services Officer"])
    d.person("Darren Whitbourne", "Corporate Director, Children and Young People", "officer")
    d.person("Claire Aymestrey", "Service Director, Education, Skills and Learning", "officer")
    d.person("Fiona Brampton", "Designated Clinical Officer for SEND, NHS Herefordshire and Worcestershire ICB",
             "officer")
    d.person("Matthew Clehonger", "Head of Additional Needs", "officer")
    d.person("Sunita Lingen", "Statutory Scrutiny Officer", "officer")
    d.person("Owain Pudleston", "Democratic Services Officer", "officer")

    d.h("24. Apologies for absence")
    d.p("Apologies were received from Councillor Dan Ashby and from Mrs Ruth Kellaway (co-opted member, parent "
        "governor representative, primary).")
    d.person("Dan Ashby", None, "member")
    d.person("Ruth Kellaway", "co-opted member, parent governor representative, primary", "other")
    d.h("25. Named substitutes")
    d.p("Councillor Nia Probert attended as a substitute member for Councillor Ashby.")
    d.h("26. Declarations of interest")
    d.p("Councillor Weobley declared an other registrable interest in agenda item 7 as a governor of a special "
        "school in the county. Councillor Yarpole declared that a close family member receives support under an "
        "education, health and care plan; he remained in the meeting and took part in the discussion.")
    d.h("27. Minutes")
    d.res(None, "That the minutes of the meeting held on 15 July 2025 be confirmed as a correct record and be "
                "signed by the chairperson.", "resolution", lead="<b>RESOLVED:</b>", style=BODY)
    d.date("15 July 2025", "2025-07-15")
    d.h("28. Questions from members of the public")
    d.p("One question had been received from Mr Owen Pembridge, a parent from Leominster, about the number of "
        "annual reviews of education, health and care plans that had not been completed within the statutory "
        "timescale. The question and the written answer, published on 9 October 2025, are attached to these "
        "minutes. Mr Pembridge asked a supplementary question about how parents would be told when a review was "
        "late; the Head of Additional Needs undertook to reply in writing by 31 October 2025.")
    d.person("Owen Pembridge", "a parent from Leominster", "other")
    d.date("9 October 2025", "2025-10-09")
    d.date("31 October 2025", "2025-10-31")
    d.h("29. Questions from councillors")
    d.p("No questions had been received from councillors.")
    d.h("30. Local area SEND: progress against the Written Statement of Action and the Accelerated Progress Plan")
    d.p("The Head of Additional Needs introduced the report. He reminded the committee that Ofsted and the Care "
        "Quality Commission had inspected the local area between 7 March 2022 and 11 March 2022 under the "
        "2016 framework, and that the inspection letter, published on 26 May 2022, required a Written Statement of "
        "Action because of significant concerns about the effectiveness of the area. The Written Statement of "
        "Action was submitted on 25 August 2022 and was declared fit for purpose on 2 November 2022.")
    d.date("between 7 March 2022 and 11 March 2022", "2022-03-07", "2022-03-11")
    d.date("26 May 2022", "2022-05-26")
    d.date("25 August 2022", "2022-08-25")
    d.date("2 November 2022", "2022-11-02")
    d.event("inspection", "2022-03-07", "2022-03-11", "Ofsted and the Care Quality Commission had inspected the "
            "local area between 7 March 2022 and 11 March 2022 under the 2016 framework")
    d.event("outcome-letter", "2022-05-26", None, "the inspection letter, published on 26 May 2022, required a "
            "Written Statement of Action")
    d.event("wsoa-submitted", "2022-08-25", None, "The Written Statement of Action was submitted on 25 August 2022")
    d.event("wsoa-approved", "2022-11-02", None, "was declared fit for purpose on 2 November 2022")
    d.p("The inspection had identified four significant weaknesses in the local area's practice:")
    d.weak("the lack of an accurate, shared understanding across education, health and care of how well the area "
           "meets the needs of children and young people with SEND, and weak use of self-evaluation to drive "
           "improvement;", ["leadership-governance"])
    d.weak("the poor timeliness and variable quality of EHC plans, including weak contributions from health and "
           "social care;", ["ehc-plans"])
    d.weak("long waits for assessment by the neurodevelopmental pathway and for speech and language therapy;",
           ["health-services"])
    d.weak("the high rate of fixed-term exclusion and the use of part-time timetables for pupils with SEN support.",
           ["inclusion-provision"])
    d.p("Inspectors re-visited the area from 16 April 2024 to 18 April 2024. Their letter of 30 May 2024 found that "
        "the area had made sufficient progress in addressing the first and third weaknesses but not in the "
        "second and fourth. The Department for Education then required an Accelerated Progress Plan, which was "
        "submitted on 12 July 2024. Progress against it is reviewed by the Department for Education and NHS "
        "England; reviews took place on 14 November 2024 and 20 March 2025, and the most recent on 17 September "
        "2025. The next review is expected in February 2026.")
    d.date("from 16 April 2024 to 18 April 2024", "2024-04-16", "2024-04-18")
    d.date("30 May 2024", "2024-05-30")
    d.date("12 July 2024", "2024-07-12")
    d.date("14 November 2024", "2024-11-14")
    d.date("20 March 2025", "2025-03-20")
    d.date("17 September 2025", "2025-09-17")
    d.date("February 2026", "2026-02")
    d.event("revisit", "2024-04-16", "2024-04-18", "Inspectors re-visited the area from 16 April 2024 to 18 April 2024")
    d.event("revisit-outcome", "2024-05-30", None, "Their letter of 30 May 2024 found that the area had made "
            "sufficient progress in addressing the first and third weaknesses but not in the second and fourth")
    d.event("progress-plan", "2024-07-12", None, "an Accelerated Progress Plan, which was submitted on 12 July 2024")
    d.event("monitoring", "2024-11-14", None, "reviews took place on 14 November 2024 and 20 March 2025")
    d.event("monitoring", "2025-03-20", None, "reviews took place on 14 November 2024 and 20 March 2025")
    d.event("monitoring", "2025-09-17", None, "and the most recent on 17 September 2025")
    d.event("monitoring", "2026-02", None, "The next review is expected in February 2026")
    d.p("The Service Director, Education, Skills and Learning reported that 61 per cent of new plans had been issued "
        "within 20 weeks in the year to August 2025, against 23 per cent in the year to August 2023. The Designated "
        "Clinical Officer said that the longest wait for an autism assessment for a child of primary school age had "
        "fallen from 104 weeks to 58 weeks since January 2024, and that a further assessment provider would start "
        "work on 3 November 2025.")
    d.date("August 2025", "2025-08")
    d.date("August 2023", "2023-08")
    d.date("January 2024", "2024-01")
    d.date("3 November 2025", "2025-11-03")
    d.p("In discussion the following principal points were made:")
    for text in (
            "A member asked why the quality audits of new plans still rated one in five as requiring improvement. "
            "The Head of Additional Needs said that the weakest sections were the health and care advice, and "
            "that a joint audit with the ICB had been held in June 2025.",
            "A member asked whether schools had been consulted on the draft inclusion charter. The Service "
            "Director said that the charter had been shared with all headteachers on 22 September 2025 and that "
            "responses were due by 7 November 2025.",
            "The co-opted member for the Archdiocese asked about the number of pupils on part-time timetables; "
            "the committee heard that 37 pupils with an EHC plan were on a reduced timetable on 1 October 2025, "
            "each reviewed every six weeks.",
            "The cabinet member, children and young people, thanked the parent carer forum for its work on the "
            "plan and said that the cabinet would consider the capital programme for additional specialist "
            "places in December 2025."):
        d.p("&bull; " + text, BULLET)
    d.date("June 2025", "2025-06")
    d.date("22 September 2025", "2025-09-22")
    d.date("7 November 2025", "2025-11-07")
    d.date("1 October 2025", "2025-10-01")
    d.date("December 2025", "2025-12")
    d.p("Having considered the report, the committee:")
    d.res("(a)", "noted the progress made against the Accelerated Progress Plan and the outcome of the review "
                 "held on 17 September 2025;", "resolution", shown_label="<b>RESOLVED:</b> (a)")
    d.res("(b)", "recommended to the cabinet member, children and young people, that quarterly data on the "
                 "timeliness of annual reviews be published on the local offer website;", "resolution")
    d.res("(c)", "requested a briefing note on the use of part-time timetables by secondary schools, to be "
                 "circulated to members by 31 December 2025; and", "resolution")
    d.res("(d)", "agreed to consider a further progress report after the next Department for Education and NHS "
                 "England review.", "resolution")
    d.date("31 December 2025", "2025-12-31")

    d.h("31. Children's social care improvement: quarterly update")
    d.p("The Corporate Director, Children and Young People presented the quarterly update on the children's "
        "services improvement plan. He reported that the improvement board chaired by the independent "
        "commissioner, Mr Hugo Vowchurch, had met on 4 September 2025 and that the number of children subject to "
        "a child protection plan had fallen from 206 at 31 March 2025 to 184 at 30 September 2025. The caseloads of "
        "social workers in the assessment teams averaged 19. Members asked about the use of agency staff and about "
        "the stability of placements for children in care.")
    d.person("Hugo Vowchurch", "independent commissioner", "other")
    d.date("4 September 2025", "2025-09-04")
    d.date("31 March 2025", "2025-03-31")
    d.date("30 September 2025", "2025-09-30")
    d.res(None, "That the quarterly update be noted, and that the committee receive the report of the "
                "improvement board on the recruitment and retention of social workers at its meeting in March 2026.",
          "resolution", lead="<b>RESOLVED:</b>", style=BODY)
    d.date("March 2026", "2026-03")
    d.h("32. Home to school transport for children and young people with SEND")
    d.p("The Service Director, Education, Skills and Learning presented the report on home to school transport. "
        "The budget for 2025/26 was forecast to overspend by £1.9 million, chiefly because of the rising number of "
        "pupils travelling to placements outside the county. A revised post-16 transport policy statement would "
        "be published by 31 May 2026. Members asked about independent travel training and about the routes that "
        "had been retendered from 1 September 2025.")
    d.date("31 May 2026", "2026-05-31")
    d.date("1 September 2025", "2025-09-01")
    d.p("<b>RESOLVED:</b> That:")
    d.res("(a)", "the report be noted;", "resolution")
    d.res("(b)", "the cabinet member, children and young people, be asked to consider extending the independent "
                 "travel training scheme to all secondary special schools; and", "resolution")
    d.res("(c)", "the draft post-16 transport policy statement be brought to the committee before it is "
                 "published.", "resolution")
    d.h("33. Work programme")
    d.p("The Statutory Scrutiny Officer presented the draft work programme for 2025/26. Members agreed to add an "
        "item on school attendance to the meeting on 9 December 2025 and to hold a task and finish group on "
        "elective home education, to report by 30 April 2026.")
    d.date("9 December 2025", "2025-12-09")
    d.date("30 April 2026", "2026-04-30")
    d.res(None, "That the work programme, as amended, be approved.", "resolution", lead="<b>RESOLVED:</b>",
          style=BODY)
    d.h("34. Date of next meeting")
    d.p("The next scheduled meeting is Tuesday 9 December 2025 at 2.00 pm.")
    d.space(10)
    d.p("The meeting ended at 4.42 pm")
    d.space(18)
    d.p("<b>Chairperson</b>")
    d.add(PageBreak())
    d.h("Appendix 1: Question from a member of the public")
    d.p("<b>Question from Mr Owen Pembridge, Leominster</b>")
    d.p("How many annual reviews of education, health and care plans were completed after the statutory deadline "
        "in the year to 31 August 2025, and what is the council doing to bring them back on time?")
    d.date("31 August 2025", "2025-08-31")
    d.p("<b>Answer from the cabinet member, children and young people</b>")
    d.p("In the year to 31 August 2025 the council held 2,814 annual reviews, of which 1,093 were completed after "
        "the statutory deadline. Since April 2025 two additional review officers have been appointed and a "
        "schedule of reviews has been agreed with each special school. We expect the backlog of overdue reviews to "
        "be cleared by July 2026.")
    d.date("April 2025", "2025-04")
    d.date("July 2026", "2026-07")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 2. Kingston upon Thames: agenda reports pack of the Children's Committee (ModernGov)
# ------------------------------------------------------------------------------------------------------------------

def kingston_pack() -> Doc:
    d = Doc(
        "kingston-upon-thames/round31-2025-11-19-childrens-committee/"
        "Agenda reports pack Childrens Committee 19 November 2025.pdf",
        {"council": "Royal Borough of Kingston upon Thames", "council_slug": "kingston-upon-thames",
         "committee": "Children's Committee", "meeting_date": "2025-11-19",
         "title": "Agenda reports pack, Children's Committee, 19/11/2025 19:30",
         "source_kind": "committee-report",
         "url": "https://moderngov.kingston.gov.uk/documents/g11873/Public%20reports%20pack%2019th-Nov-2025%2019.30"
                "%20Childrens%20Committee.pdf"},
        {"council": "Royal Borough of Kingston upon Thames", "committee": "Children's Committee",
         "date": "2025-11-19"},
        "Royal Borough of Kingston upon Thames", "Children's Committee, 19 November 2025",
        "Public Document Pack", page_label="{n}")
    d.title("Children's Committee")
    d.p("<b>Date and time:</b> Wednesday 19 November 2025, 7.30 pm")
    d.p("<b>Venue:</b> Council Chamber, Guildhall, High Street, Kingston upon Thames KT1 1EU")
    d.date("Wednesday 19 November 2025", "2025-11-19")
    d.p("<b>Members of the Committee:</b>")
    two_columns(d, ["Councillor Priya Norbiton (Chair)", "Councillor Edward Surbiton (Vice-Chair)",
                    "Councillor Anna Berrylands", "Councillor Kwame Chessington"],
                ["Councillor Lucy Hook", "Councillor Declan Malden", "Councillor Farah Tolworth",
                 "Councillor Robert Coombe"])
    d.person("Priya Norbiton", "Chair", "member")
    d.person("Edward Surbiton", "Vice-Chair", "member")
    for name in ("Anna Berrylands", "Kwame Chessington", "Lucy Hook", "Declan Malden", "Farah Tolworth",
                 "Robert Coombe"):
        d.person(name, None, "member")
    d.p("<b>Co-opted members (education matters):</b> Mrs Marian Canbury (Church of England Diocese of "
        "Southwark), Mr Dev Kingsnympton (parent governor representative)")
    d.person("Marian Canbury", "Church of England Diocese of Southwark", "other")
    d.person("Dev Kingsnympton", "parent governor representative", "other")
    d.p("<b>Enquiries to:</b> Helena Craddock, Democratic Support Officer, 020 8547 4623, "
        "helena.craddock@kingston.gov.uk")
    d.person("Helena Craddock", "Democratic Support Officer", "officer", "helena.craddock@kingston.gov.uk",
             "020 8547 4623")
    d.p("Published: Tuesday 11 November 2025")
    d.date("Tuesday 11 November 2025", "2025-11-11")
    d.h("AGENDA")
    d.table([["Item", "", "Pages"],
             ["1.", "Apologies for absence and attendance of substitute members", ""],
             ["2.", "Declarations of interest", ""],
             ["3.", "Minutes: to confirm the minutes of the meeting held on 17 September 2025", "2 - 3"],
             ["4.", "Petitions and public questions", ""],
             ["5.", "Area SEND inspection outcome and the local area improvement plan", "4 - 7"],
             ["6.", "Youth Justice Plan annual refresh", "To follow"],
             ["7.", "Committee work programme", ""]],
            [1.4 * cm, 12.0 * cm, 2.6 * cm])
    d.date("17 September 2025", "2025-09-17")
    d.space(8)
    d.p("<i>This meeting will be webcast. Members of the public who wish to ask a question must give notice by "
        "noon on Friday 14 November 2025.</i>", SMALL)
    d.date("Friday 14 November 2025", "2025-11-14")
    d.add(PageBreak())

    # the previous minutes
    d.title("Children's Committee")
    d.p("<b>Minutes of the meeting held on Wednesday 17 September 2025 at 7.30 pm in the Council Chamber, "
        "Guildhall, Kingston upon Thames</b>")
    d.p("<b>Members of the Committee present:</b> Councillor Priya Norbiton (Chair), Councillor Edward Surbiton "
        "(Vice-Chair), Councillors Anna Berrylands, Kwame Chessington, Lucy Hook, Farah Tolworth and Robert Coombe; "
        "Mrs Marian Canbury (co-opted member).")
    d.p("<b>Also present:</b> Councillor Sophie Hampton (Leader of the Opposition).")
    d.person("Sophie Hampton", "Leader of the Opposition", "member")
    d.p("<b>Officers present:</b> Jonathan Ditton (Executive Director, Children's Services), Rachel Elmbridge "
        "(Director of Education and Inclusion), Kofi Seething (Head of Finance, Children's Services) and Helena "
        "Craddock (Democratic Support Officer).")
    d.person("Jonathan Ditton", "Executive Director, Children's Services", "officer")
    d.person("Rachel Elmbridge", "Director of Education and Inclusion", "officer")
    d.person("Kofi Seething", "Head of Finance, Children's Services", "officer")
    d.h("14. Apologies for absence and attendance of substitute members")
    d.p("Apologies were received from Councillor Declan Malden. There were no substitutes.")
    d.h("15. Declarations of interest")
    d.p("None.")
    d.h("16. Minutes")
    d.res(None, "that the minutes of the meeting held on 2 July 2025 are confirmed as a correct record.",
          "resolution", lead="<b>Resolved</b>", style=BODY)
    d.date("2 July 2025", "2025-07-02")
    d.h("17. Petitions and public questions")
    d.p("A petition of 412 signatures asking the council to keep the holiday play scheme at Tolworth open in the "
        "summer holidays was presented by Ms Gemma Raynes. The Director of Education and Inclusion explained "
        "that the scheme would run from 27 July 2026 to 21 August 2026.")
    d.person("Gemma Raynes", None, "other")
    d.date("from 27 July 2026 to 21 August 2026", "2026-07-27", "2026-08-21")
    d.res(None, "that the petition is noted and referred to the Director of Education and Inclusion for a written "
                "response to the lead petitioner.", "resolution", lead="<b>Resolved</b>", style=BODY)
    d.h("18. Dedicated Schools Grant high needs block: Safety Valve progress")
    d.p("The Head of Finance, Children's Services introduced the report on the Safety Valve agreement. The high "
        "needs block was on track for an in-year surplus in 2025/26, but the cumulative deficit would not be "
        "eliminated until March 2029. The next monitoring return was due on 12 December 2025.")
    d.date("March 2029", "2029-03")
    d.date("12 December 2025", "2025-12-12")
    d.p("<b>Resolved</b> that:")
    d.res("1.", "the progress made under the Safety Valve agreement is noted; and", "resolution")
    d.res("2.", "the Committee receives a report on the sufficiency of specialist places in the borough at its "
                "meeting in January 2026.", "resolution")
    d.date("January 2026", "2026-01")
    d.h("19. Area SEND inspection: initial feedback")
    d.p("The Executive Director, Children's Services reported that Ofsted and the Care Quality Commission had "
        "carried out an area SEND inspection in June 2025 and that the report had been published. A full report and "
        "the draft improvement plan would come to the next meeting.")
    d.date("June 2025", "2025-06")
    d.res(None, "that the initial feedback is noted.", "resolution", lead="<b>Resolved</b>", style=BODY)
    d.h("20. Committee work programme")
    d.res(None, "that the work programme is agreed, with the addition of the Youth Justice Plan.", "resolution",
          lead="<b>Resolved</b>", style=BODY)
    d.p("The meeting ended at 9.12 pm.")
    d.p("Chair .......................................")
    d.add(PageBreak())

    # the SEND report
    d.title("Area SEND inspection outcome and the local area improvement plan")
    d.table([["Report to:", "Children's Committee"],
             ["Date of meeting:", "19 November 2025"],
             ["Report by:", "Jonathan Ditton, Executive Director, Children's Services"],
             ["Author:", "Yasmin Coombehurst, Assistant Director, SEND and Inclusion<br/>"
                         "yasmin.coombehurst@kingston.gov.uk, 020 8547 5190"],
             ["Ward(s) affected:", "All wards"],
             ["Key decision:", "No"],
             ["Exempt:", "No"]],
            [4.0 * cm, 12.0 * cm], header=False)
    d.person("Yasmin Coombehurst", "Assistant Director, SEND and Inclusion", "officer",
             "yasmin.coombehurst@kingston.gov.uk", "020 8547 5190")
    d.h("Summary")
    d.p("This report informs the Committee of the outcome of the area SEND inspection carried out by Ofsted and the "
        "Care Quality Commission (CQC) between 9 June 2025 and 13 June 2025 under the framework introduced in "
        "January 2023, and seeks the Committee's endorsement of the local area improvement plan that responds to "
        "the areas for improvement.")
    d.date("between 9 June 2025 and 13 June 2025", "2025-06-09", "2025-06-13")
    d.date("January 2023", "2023-01")
    d.event("inspection", "2025-06-09", "2025-06-13", "the area SEND inspection carried out by Ofsted and the Care "
            "Quality Commission (CQC) between 9 June 2025 and 13 June 2025")
    d.h("Recommendations")
    d.p("The Committee is asked to:")
    d.res("1.", "note the outcome of the area SEND inspection and the areas for improvement identified by "
                "inspectors;", "recommendation")
    d.res("2.", "endorse the local area improvement plan at Appendix A;", "recommendation")
    d.res("3.", "agree that progress against the plan is reported to the Committee every six months; and",
          "recommendation")
    d.res("4.", "thank the children, young people and families who spoke to inspectors.", "recommendation")
    d.h("1. Background")
    d.p("1.1 The previous inspection of SEND arrangements in Kingston took place in October 2017 under the 2016 "
        "framework and did not require a Written Statement of Action. The local area partnership, which joins the "
        "Council, NHS South West London Integrated Care Board and Achieving for Children, has since been overseen by "
        "the SEND Partnership Board.")
    d.date("October 2017", "2017-10")
    d.event("inspection", "2017-10", None, "The previous inspection of SEND arrangements in Kingston took place in "
            "October 2017 under the 2016 framework")
    d.p("1.2 The inspection report was published on 25 July 2025. Inspectors found that the local area partnership's "
        "arrangements lead to inconsistent experiences and outcomes for children and young people with SEND, the "
        "middle of the three possible outcomes. The next full inspection will take place within approximately "
        "three years, and Ofsted and CQC will hold an engagement meeting with the partnership each year.")
    d.date("25 July 2025", "2025-07-25")
    d.event("outcome-letter", "2025-07-25", None, "The inspection report was published on 25 July 2025")
    d.h("2. Findings")
    d.p("2.1 Inspectors recognised strong practice in early years settings, in the work of the Kingston Parent "
        "Carer Forum and in the support given to young people moving into adulthood. They set out the following "
        "areas for improvement:")
    d.weak("Leaders across the partnership should make sure that EHC needs assessments are completed within "
           "statutory timescales and that advice from health and social care is received in good time.", ["ehc-plans"],
           marker="(1)", style=HANG)
    d.weak("Leaders should reduce the time that children and young people wait for assessment on the "
           "neurodevelopmental pathway and provide support to families while they wait.", ["health-services"],
           marker="(2)", style=HANG)
    d.weak("Leaders should strengthen the quality assurance of EHC plans and of the provision made for pupils at "
           "SEN support, so that they know how well needs are being met in schools.",
           ["data-oversight", "ehc-plans"], marker="(3)", style=HANG)
    d.weak("Leaders should improve how they communicate with families about the local offer, so that parents know "
           "what support is available and how to get it.", ["local-offer", "co-production"], marker="(4)",
           style=HANG)
    d.p("2.2 The partnership has also noted the comments of inspectors on the number of children in year 11 "
        "without a confirmed post-16 placement by the end of the summer term; this is included in the plan as a "
        "local priority.")
    d.h("3. The local area improvement plan")
    d.p("3.1 The plan at Appendix A was drafted with the Kingston Parent Carer Forum and agreed by the SEND "
        "Partnership Board on 30 September 2025. It was published on the local offer on 10 October 2025. The "
        "chair of the forum, Mrs Lorna Hinchley, has written to support the plan.")
    d.date("30 September 2025", "2025-09-30")
    d.date("10 October 2025", "2025-10-10")
    d.person("Lorna Hinchley", "chair of the forum", "other")
    d.event("progress-plan", "2025-09-30", None, "agreed by the SEND Partnership Board on 30 September 2025")
    d.event("progress-plan", "2025-10-10", None, "It was published on the local offer on 10 October 2025")
    d.p("3.2 The plan is overseen by the SEND Partnership Board, chaired by Councillor Edward Surbiton, with the "
        "ICB's Director of Nursing for Kingston and Richmond, Dr Ifeoma Petersham, as vice-chair.")
    d.person("Ifeoma Petersham", "Director of Nursing for Kingston and Richmond", "officer")
    d.h("4. Financial implications")
    d.p("4.1 The actions in the plan are funded from existing budgets and from the high needs block, except the "
        "additional assessment capacity on the neurodevelopmental pathway, which the ICB has funded for 2025/26.")
    d.p("Financial implications checked by Kofi Seething, Head of Finance, Children's Services, 3 November 2025.")
    d.date("3 November 2025", "2025-11-03")
    d.h("5. Legal implications")
    d.p("5.1 The Children and Families Act 2014 and the SEND Regulations 2014 place duties on the Council and the ICB "
        "in relation to EHC needs assessments and plans, including the 20-week timescale. Legal implications checked "
        "by Meera Oldmalden, Principal Lawyer (Education), 4 November 2025.")
    d.person("Meera Oldmalden", "Principal Lawyer (Education)", "officer")
    d.date("4 November 2025", "2025-11-04")
    d.h("6. Background papers")
    d.p("Ofsted and CQC, Area SEND inspection of Kingston upon Thames Local Area Partnership, 25 July 2025; "
        "report to the SEND Partnership Board, 30 September 2025.")
    d.add(PageBreak())
    d.h("Appendix A: Local area improvement plan (summary)")
    rows = [["AFI", "Action", "Lead", "Milestone", "Status"]]
    for row in (
            ["1", "Recruit two additional EHC coordinators and a health advice coordinator", "AD SEND and Inclusion",
             "By December 2025", "Amber"],
            ["1", "Weekly tracking of health and social care advice requests with escalation at week 5",
             "Designated Clinical Officer", "From October 2025", "Green"],
            ["2", "Commission a second provider for autism assessment for under-fives", "ICB place lead",
             "By February 2026", "Amber"],
            ["2", "Waiting well offer for families: workshops and a named contact", "Parent Carer Forum / ICB",
             "From November 2025 to March 2026", "Green"],
            ["3", "Termly multi-agency audit of a sample of plans, reported to the Board", "Head of SEND Quality",
             "From January 2026", "Not started"],
            ["3", "SEN support reviews in every school with a moderation visit", "Head of Inclusion",
             "By July 2026", "Not started"],
            ["4", "Rebuild the local offer website with families", "Local offer manager", "By April 2026", "Amber"],
            ["4", "Quarterly 'You said, we did' newsletter", "Parent Carer Forum", "From December 2025", "Green"],
            ["Local", "Post-16 placement tracking from the start of year 11", "14-25 team lead",
             "By September 2026", "Not started"]):
        rows.append(row)
    d.table(rows, [1.4 * cm, 6.4 * cm, 3.4 * cm, 3.2 * cm, 1.8 * cm])
    d.date("By December 2025", "2025-12")
    d.date("From October 2025", "2025-10")
    d.date("By February 2026", "2026-02")
    d.date("From November 2025 to March 2026", "2025-11", "2026-03")
    d.date("By July 2026", "2026-07")
    d.date("By April 2026", "2026-04")
    d.date("By September 2026", "2026-09")
    d.p("Status at 31 October 2025. AFI: area for improvement as numbered in section 2 of the report.", SMALL)
    d.date("31 October 2025", "2025-10-31")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 3. North Tyneside: Cabinet report with an Accelerated Progress Plan tracker appendix (ModernGov)
# ------------------------------------------------------------------------------------------------------------------

def north_tyneside_cabinet() -> Doc:
    d = Doc(
        "north-tyneside/round31-2025-09-29-cabinet/SEND Accelerated Progress Plan Cabinet report.pdf",
        {"council": "North Tyneside Council", "council_slug": "north-tyneside", "committee": "Cabinet",
         "meeting_date": "2025-09-29", "title": "Special Educational Needs and Disabilities: Accelerated Progress "
                                                "Plan update", "source_kind": "committee-report",
         "url": "http://democracy.northtyneside.gov.uk/documents/s41207/SEND%20APP%20Cabinet%20report.pdf"},
        {"council": "North Tyneside Council", "committee": "Cabinet", "date": "2025-09-29"},
        "North Tyneside Council", "Report to Cabinet", "Date: 29 September 2025")
    d.title("North Tyneside Council<br/>Report to Cabinet<br/>Date: 29 September 2025")
    d.date("29 September 2025", "2025-09-29")
    d.table([["Title:", "Special Educational Needs and Disabilities (SEND): Accelerated Progress Plan update"],
             ["Portfolio(s):", "Children, Young People and Education &mdash; Cabinet Member: Councillor Bethany "
                               "Whitley"],
             ["Report from Service Area:", "Children's Services"],
             ["Responsible Officer:", "Louise Wallsend, Director of Children's Services (Tel: 0191 643 7317)"],
             ["Wards affected:", "All"]],
            [4.6 * cm, 11.4 * cm], header=False)
    d.person("Bethany Whitley", "Cabinet Member", "member")
    d.person("Louise Wallsend", "Director of Children's Services", "officer", None, "0191 643 7317")
    d.h("PART 1")
    d.h("1.1 Executive Summary:")
    d.p("This report updates Cabinet on the progress made by the local area partnership in delivering the "
        "Accelerated Progress Plan (APP) agreed with the Department for Education (DfE) and NHS England after the "
        "re-visit by Ofsted and the Care Quality Commission in February 2023. It also sets out the arrangements for "
        "monitoring the plan until the next area SEND inspection.")
    d.date("February 2023", "2023-02")
    d.h("1.2 Recommendation(s):")
    d.p("It is recommended that Cabinet:")
    d.res("(1)", "notes the progress made against the Accelerated Progress Plan as set out in Appendix 1;",
          "recommendation")
    d.res("(2)", "notes the outcome of the DfE and NHS England review meeting held on 9 July 2025;",
          "recommendation")
    d.res("(3)", "approves the revised governance arrangements for the SEND Partnership Board set out in "
                 "paragraph 1.5.6; and", "recommendation")
    d.res("(4)", "authorises the Director of Children's Services, in consultation with the Cabinet Member for "
                 "Children, Young People and Education, to agree any further changes to the plan with the DfE and "
                 "NHS England.", "recommendation")
    d.date("9 July 2025", "2025-07-09")
    d.h("1.3 Forward Plan:")
    d.p("Twenty eight days notice of this report has been given and it first appeared on the Forward Plan that was "
        "published on 29 August 2025.")
    d.date("29 August 2025", "2025-08-29")
    d.h("1.4 Council Plan and Policy Framework")
    d.p("This report relates to the priority in the Our North Tyneside Plan 2021-2025 of a 'family-friendly North "
        "Tyneside', in which children and young people with SEND are supported to achieve their potential.")
    d.h("1.5 Information:")
    d.h("1.5.1 Background")
    d.p("Ofsted and the CQC inspected the local area from 26 November 2018 to 30 November 2018. The inspection "
        "letter, published on 31 January 2019, identified five areas of significant weakness and required the local "
        "area to produce a Written Statement of Action (WSoA), which Ofsted declared fit for purpose on 17 May 2019.")
    d.date("from 26 November 2018 to 30 November 2018", "2018-11-26", "2018-11-30")
    d.date("31 January 2019", "2019-01-31")
    d.date("17 May 2019", "2019-05-17")
    d.event("inspection", "2018-11-26", "2018-11-30", "Ofsted and the CQC inspected the local area from 26 November "
            "2018 to 30 November 2018")
    d.event("outcome-letter", "2019-01-31", None, "The inspection letter, published on 31 January 2019, identified "
            "five areas of significant weakness")
    d.event("wsoa-approved", "2019-05-17", None, "which Ofsted declared fit for purpose on 17 May 2019")
    d.p("The re-visit took place between 6 February 2023 and 8 February 2023. The re-visit letter, published on 3 "
        "April 2023, found sufficient progress in three of the five areas, and insufficient progress in the two "
        "areas set out in the first column of Appendix 1. As a result the DfE and NHS England required an APP, "
        "which was submitted on 26 May 2023 and agreed on 21 June 2023.")
    d.date("between 6 February 2023 and 8 February 2023", "2023-02-06", "2023-02-08")
    d.date("3 April 2023", "2023-04-03")
    d.date("26 May 2023", "2023-05-26")
    d.date("21 June 2023", "2023-06-21")
    d.event("revisit", "2023-02-06", "2023-02-08", "The re-visit took place between 6 February 2023 and 8 February "
            "2023")
    d.event("revisit-outcome", "2023-04-03", None, "The re-visit letter, published on 3 April 2023, found sufficient "
            "progress in three of the five areas")
    d.event("progress-plan", "2023-05-26", None, "an APP, which was submitted on 26 May 2023")
    d.event("progress-plan", "2023-06-21", None, "and agreed on 21 June 2023")
    d.h("1.5.2 Monitoring by the DfE and NHS England")
    d.p("Progress has been reviewed at six-monthly meetings with the DfE's SEND adviser, Mr Callum Heaton, and NHS "
        "England's regional SEND lead, Ms Deborah Seaton. The meetings were held on 5 December 2023, 11 June 2024, "
        "10 December 2024 and 9 July 2025. At the meeting in July 2025 advisers judged that the partnership was "
        "making good progress on the first area and further progress was needed on the second. The next review is "
        "planned for January 2026.")
    d.person("Callum Heaton", "DfE's SEND adviser", "officer")
    d.person("Deborah Seaton", "NHS England's regional SEND lead", "officer")
    for iso, txt in (("2023-12-05", "5 December 2023"), ("2024-06-11", "11 June 2024"),
                     ("2024-12-10", "10 December 2024")):
        d.date(txt, iso)
    d.date("July 2025", "2025-07")
    d.date("January 2026", "2026-01")
    for iso in ("2023-12-05", "2024-06-11", "2024-12-10", "2025-07-09"):
        d.event("monitoring", iso, None, "The meetings were held on 5 December 2023, 11 June 2024, 10 December 2024 "
                "and 9 July 2025")
    d.event("monitoring", "2026-01", None, "The next review is planned for January 2026")
    d.h("1.5.3 Progress")
    d.p("Appendix 1 sets out each action of the APP with its lead, its target date and its RAG rating at 31 August "
        "2025. Of the 14 actions, eight are complete (blue), four are on track (green) and two are behind schedule "
        "(amber). No action is rated red. The most significant improvements are:")
    d.date("31 August 2025", "2025-08-31")
    for text in ("the proportion of new EHC plans issued within 20 weeks, which rose from 38% in 2022 to 71% in the "
                 "year to June 2025;",
                 "the introduction in April 2024 of a single co-ordinated route into the neurodevelopmental pathway "
                 "for school-age children; and",
                 "the joint health, education and care audit of EHC plans, now held every term."):
        d.p("&bull; " + text, BULLET)
    d.date("June 2025", "2025-06")
    d.date("April 2024", "2024-04")
    d.h("1.5.4 Areas requiring further work")
    d.p("The two amber actions concern the waiting time for a first autism assessment and the completion of annual "
        "reviews within statutory timescales. A recovery plan for annual reviews was agreed by the SEND Partnership "
        "Board on 15 August 2025.")
    d.date("15 August 2025", "2025-08-15")
    d.h("1.5.5 Views of families")
    d.p("The North Tyneside Parent Carer Forum's annual survey, which closed on 30 June 2025, was answered by 412 "
        "families; 52% said that they felt listened to, compared with 31% in 2023. The forum's chair, Mrs Janet "
        "Cullercoats, sits on the SEND Partnership Board.")
    d.date("30 June 2025", "2025-06-30")
    d.person("Janet Cullercoats", "chair", "other")
    d.h("1.5.6 Governance")
    d.p("It is proposed that from October 2025 the SEND Partnership Board is jointly chaired by the Director of "
        "Children's Services and the ICB's Director of Nursing (North Tyneside), Mrs Alison Preston, and that a "
        "quarterly report is made to the Health and Wellbeing Board.")
    d.date("October 2025", "2025-10")
    d.person("Alison Preston", "ICB's Director of Nursing (North Tyneside)", "officer")
    d.h("1.6 Decision options:")
    d.p("Option 1 is to agree the recommendations in paragraph 1.2. Option 2 is not to agree them. Option 1 is "
        "recommended.")
    d.h("1.7 Reasons for recommended option:")
    d.p("The recommended option keeps Cabinet informed of the statutory monitoring of the partnership and "
        "strengthens the governance of the SEND improvement work.")
    d.h("1.8 Appendices:")
    d.p("Appendix 1: Accelerated Progress Plan &mdash; progress tracker at 31 August 2025")
    d.h("1.9 Contact officers:")
    d.p("Louise Wallsend, Director of Children's Services, tel. (0191) 643 7317<br/>"
        "Gareth Killingworth, Head of SEND and Inclusion, tel. (0191) 643 8854<br/>"
        "Pamela Backworth, Senior Business Partner, Finance, tel. (0191) 643 5720")
    d.person("Gareth Killingworth", "Head of SEND and Inclusion", "officer", None, "(0191) 643 8854")
    d.person("Pamela Backworth", "Senior Business Partner, Finance", "officer", None, "(0191) 643 5720")
    d.h("1.10 Background information:")
    d.p("The following background papers have been used in the compilation of this report and are available at the "
        "office of the author:")
    d.p("(1) Ofsted and CQC, Joint local area SEND inspection in North Tyneside, 31 January 2019<br/>"
        "(2) Ofsted and CQC, Joint local area SEND revisit in North Tyneside, 3 April 2023<br/>"
        "(3) Report to Cabinet, SEND Accelerated Progress Plan, 24 July 2023")
    d.date("24 July 2023", "2023-07-24")
    d.h("PART 2 &ndash; COMPLIANCE WITH PRINCIPLES OF DECISION MAKING")
    d.h("2.1 Finance and other resources")
    d.p("There are no direct financial implications arising from this report. The cost of the APP actions is met "
        "from the high needs block and the Council's base budget for 2025/26.")
    d.h("2.2 Legal")
    d.p("The Council has duties under Part 3 of the Children and Families Act 2014. Section 20 of the Children Act "
        "2004 provides for the joint inspection of local areas.")
    d.h("2.3 Consultation/community engagement")
    d.p("2.3.1 Internal consultation: the Elected Mayor, Norma Redesdale, and the Cabinet Member have been consulted.")
    d.person("Norma Redesdale", "Elected Mayor", "member")
    d.p("2.3.2 External consultation/engagement: the Parent Carer Forum, the ICB and the headteachers' SEND "
        "reference group have been consulted on the APP.")
    d.h("2.4 Human rights")
    d.p("There are no human rights implications directly arising from this report.")
    d.h("2.5 Equalities and diversity")
    d.p("The APP aims to improve outcomes for children and young people with SEND, who share a protected "
        "characteristic.")
    d.h("2.6 Risk management")
    d.p("The risk that the partnership fails to make sufficient progress is recorded on the Children's Services risk "
        "register and was last reviewed on 4 September 2025.")
    d.date("4 September 2025", "2025-09-04")
    d.h("2.7 Crime and disorder")
    d.p("There are no crime and disorder implications directly arising from this report.")
    d.h("2.8 Environment and sustainability")
    d.p("There are no environmental implications directly arising from this report.")
    d.h("PART 3 - SIGN OFF")
    d.table([["Chief Executive", "Paul Monkseaton", "X"],
             ["Director(s) of Service", "Louise Wallsend", "X"],
             ["Mayor/Cabinet Member(s)", "Norma Redesdale / Councillor Bethany Whitley", "X"],
             ["Chief Finance Officer", "Judith Tynemouth", "X"],
             ["Monitoring Officer", "Stephen Shiremoor", "X"],
             ["Assistant Chief Executive", "Rebecca Holywell", "X"]],
            [5.4 * cm, 8.6 * cm, 2.0 * cm], header=False)
    d.person("Paul Monkseaton", "Chief Executive", "officer")
    d.person("Judith Tynemouth", "Chief Finance Officer", "officer")
    d.person("Stephen Shiremoor", "Monitoring Officer", "officer")
    d.person("Rebecca Holywell", "Assistant Chief Executive", "officer")
    d.add(PageBreak())
    d.h("Appendix 1: Accelerated Progress Plan &mdash; progress tracker at 31 August 2025")
    area1 = ("Area 2 of the re-visit: the timeliness and quality of EHC plans remain weak, and too many annual "
             "reviews are not completed within statutory timescales")
    area2 = ("Area 4 of the re-visit: children and young people wait too long for assessment and diagnosis of "
             "autism spectrum disorder, and families receive little support while they wait")
    head = ["Ref", "Area of significant weakness", "Action", "Lead", "Target date", "Progress at 31 August 2025",
            "RAG"]
    rows = [head]
    rows.append(["1.1", area1, "Increase EHC coordinator capacity and introduce caseload limits", "Head of SEND and "
                 "Inclusion", "September 2023", "Five coordinators appointed; caseloads capped at 110.", "Blue"])
    rows.append(["1.2", "", "Weekly panel to agree assessments, with health and care represented at every panel",
                 "SEND Panel chair", "October 2023", "Panel in place since October 2023; attendance by health 96%.",
                 "Blue"])
    rows.append(["1.3", "", "Health advice returned within six weeks, tracked by the Designated Clinical Officer",
                 "Designated Clinical Officer", "March 2024", "88% of advice returned in six weeks in the year to "
                 "June 2025.", "Blue"])
    rows.append(["1.4", "", "Termly multi-agency audit of EHC plans with feedback to writers", "Principal "
                 "Educational Psychologist", "From January 2024", "Four audits held; 76% of plans good or better "
                 "at the audit of May 2025, compared with 41% at the first audit.", "Green"])
    rows.append(["1.5", "", "Recovery plan to complete all overdue annual reviews, with schools holding reviews on a "
                 "termly schedule agreed with the SEND team and a dedicated review officer for post-16 settings",
                 "Head of SEND and Inclusion", "By March 2026", "412 reviews overdue at 31 August 2025, down from "
                 "690; the plan agreed on 15 August 2025 sets monthly targets that the Board will monitor at each "
                 "meeting until the backlog is cleared.", "Amber"])
    rows.append(["1.6", "", "Publish timeliness data monthly on the local offer", "Performance manager",
                 "November 2023", "Published monthly since November 2023.", "Blue"])
    rows.append(["1.7", "", "Training for SENCOs on contributing to annual reviews", "SEND training lead",
                 "July 2024", "Training delivered to 94% of SENCOs.", "Blue"])
    rows.append(["2.1", area2, "Single point of access for neurodevelopmental referrals", "ICB commissioning lead",
                 "April 2024", "Single point of access launched in April 2024.", "Blue"])
    rows.append(["2.2", "", "Commission additional assessment capacity from an independent provider", "ICB "
                 "commissioning lead", "By December 2025", "Contract awarded; 300 assessments to be completed "
                 "by December 2025. Longest wait 81 weeks, from 112 weeks in February 2023.", "Amber"])
    rows.append(["2.3", "", "Support while waiting: a parent workshop programme and a named key worker for families "
                 "of children with the most complex needs", "Parent Carer Forum and 0-19 service", "From September "
                 "2023", "31 workshops held, attended by 540 parents.", "Green"])
    rows.append(["2.4", "", "Needs-led support in schools without waiting for a diagnosis", "Head of Inclusion",
                 "From September 2024", "Neurodiversity support offer used by 58 schools.", "Green"])
    rows.append(["2.5", "", "Sensory and communication advice line for families", "0-19 service", "January 2024",
                 "Advice line open since January 2024.", "Blue"])
    rows.append(["2.6", "", "Report waiting times to the SEND Partnership Board each quarter", "ICB commissioning "
                 "lead", "From June 2023", "Reported quarterly.", "Green"])
    rows.append(["2.7", "", "Review the pathway with families one year after launch", "ICB commissioning lead",
                 "May 2025", "Review completed in May 2025; findings shared with the forum.", "Blue"])
    d.table(rows, [1.0 * cm, 3.4 * cm, 3.3 * cm, 2.2 * cm, 1.8 * cm, 3.3 * cm, 1.2 * cm], split_in_row=True,
            style=PLANCELL)
    d.record_weak(area1.split(": ", 1)[1], ["ehc-plans"])  # without its "Area n of the re-visit:" label
    d.record_weak(area2.split(": ", 1)[1], ["health-services"])
    for iso, txt in (("2023-09", "September 2023"), ("2024-03", "March 2024"), ("2025-05", "May 2025"),
                     ("2026-03", "March 2026"), ("2023-11", "November 2023"), ("2024-07", "July 2024"),
                     ("2025-12", "December 2025"), ("2024-09", "September 2024"), ("2023-06", "June 2023"),
                     ("2023-10", "October 2023"), ("2024-01", "January 2024")):
        d.date(txt, iso)
    d.p("RAG: Blue &ndash; complete; Green &ndash; on track; Amber &ndash; behind schedule, recovery in place; "
        "Red &ndash; off track.", SMALL)
    return d


# ------------------------------------------------------------------------------------------------------------------
# 4. Rochdale: minutes of the SEND and Inclusion Partnership Board, with an action log (ModernGov)
# ------------------------------------------------------------------------------------------------------------------

def rochdale_board() -> Doc:
    d = Doc(
        "rochdale/round31-2025-12-10-send-and-inclusion-partnership-board/"
        "Minutes SEND and Inclusion Partnership Board 8 October 2025.pdf",
        {"council": "Rochdale Metropolitan Borough Council", "council_slug": "rochdale",
         "committee": "SEND and Inclusion Partnership Board", "meeting_date": "2025-12-10",
         "title": "Minutes, SEND and Inclusion Partnership Board, 08/10/2025", "source_kind": "committee-report",
         "url": "http://democracy.rochdale.gov.uk/documents/g8841/Printed%20minutes%2008th-Oct-2025%2010.00%20SEND"
                "%20and%20Inclusion%20Partnership%20Board.pdf"},
        {"council": "Rochdale Metropolitan Borough Council", "committee": "SEND and Inclusion Partnership Board",
         "date": "2025-10-08"},
        "Rochdale Borough Council", "SEND and Inclusion Partnership Board",
        "Minutes - 8 October 2025", page_label="Page {n}")
    d.body = BIG
    d.title("SEND AND INCLUSION PARTNERSHIP BOARD")
    d.p("<b>MINUTES OF MEETING</b><br/>Wednesday, 8 October 2025<br/>Committee Room 2, Number One Riverside, "
        "Smith Street, Rochdale, 10.00 am")
    d.date("Wednesday, 8 October 2025", "2025-10-08")
    d.p("<b>PRESENT:</b>")
    d.table([["Name", "Role", "Organisation"],
             ["Councillor Shazia Milnrow (Chair)", "Cabinet Member for Children's Services and Education",
              "Rochdale Borough Council"],
             ["Dr Nadeem Heywood (Vice-Chair)", "Clinical Director for Children, Rochdale locality",
              "NHS Greater Manchester"],
             ["Karen Littleborough", "Director of Children's Services", "Rochdale Borough Council"],
             ["Simon Wardle", "Assistant Director, Education and Inclusion", "Rochdale Borough Council"],
             ["Beverley Healey", "Head of SEND", "Rochdale Borough Council"],
             ["Tariq Castleton", "Designated Clinical Officer", "NHS Greater Manchester"],
             ["Joanne Smallbridge", "Head of Children's Community Services", "Northern Care Alliance NHS "
                                                                              "Foundation Trust"],
             ["Dr Ellen Norden", "Consultant Child and Adolescent Psychiatrist", "Pennine Care NHS Foundation "
                                                                                 "Trust"],
             ["Mrs Lesley Balderstone", "Headteacher, representing special schools", "Springhill Academy"],
             ["Mr Adam Syke", "Headteacher, representing primary schools", "Belfield Community Primary"],
             ["Rachel Bamford", "Co-chair", "Rochdale Parent Carer Forum"],
             ["Yusuf Kirkholt", "Young SEND ambassador", "Rochdale Youth Voice"]],
            [5.6 * cm, 6.0 * cm, 4.4 * cm])
    d.person("Shazia Milnrow", "Cabinet Member for Children's Services and Education", "member")
    d.person("Nadeem Heywood", "Clinical Director for Children, Rochdale locality", "officer")
    d.person("Karen Littleborough", "Director of Children's Services", "officer")
    d.person("Simon Wardle", "Assistant Director, Education and Inclusion", "officer")
    d.person("Beverley Healey", "Head of SEND", "officer")
    d.person("Tariq Castleton", "Designated Clinical Officer", "officer")
    d.person("Joanne Smallbridge", "Head of Children's Community Services", "officer")
    d.person("Ellen Norden", "Consultant Child and Adolescent Psychiatrist", "officer")
    d.person("Lesley Balderstone", "Headteacher, representing special schools", "other")
    d.person("Adam Syke", "Headteacher, representing primary schools", "other")
    d.person("Rachel Bamford", "Co-chair", "other")
    d.person("Yusuf Kirkholt", "Young SEND ambassador", "other")
    d.p("<b>IN ATTENDANCE:</b> Helen Wardleworth (DfE SEND Adviser, for item 4), Mark Hamer (Governance and "
        "Committee Officer)")
    d.person("Helen Wardleworth", "DfE SEND Adviser", "officer")
    d.person("Mark Hamer", "Governance and Committee Officer", "officer")
    d.p("<b>APOLOGIES:</b> Councillor Liam Bamford-Hurst, Diane Kingsway (Director of Place, NHS Greater "
        "Manchester, Rochdale), Paul Newbold (Principal Educational Psychologist)")
    d.person("Liam Bamford-Hurst", None, "member")
    d.person("Diane Kingsway", "Director of Place, NHS Greater Manchester, Rochdale", "officer")
    d.person("Paul Newbold", "Principal Educational Psychologist", "officer")

    d.h("1 WELCOME, INTRODUCTIONS AND APOLOGIES")
    d.p("The Chair welcomed members, in particular Mr Syke, who joins the Board as the representative of primary "
        "headteachers. Apologies were noted as above.")
    d.h("2 DECLARATIONS OF INTEREST")
    d.p("Rachel Bamford declared that she is the parent of a young person with an EHC plan. No other declarations "
        "were made.")
    d.h("3 MINUTES OF THE PREVIOUS MEETING AND ACTION LOG")
    d.p("The minutes of the meeting held on 9 July 2025 were considered. Action 14 (the waiting well offer) was "
        "complete; action 15 (the dashboard of annual reviews) remained open and is carried forward.")
    d.date("9 July 2025", "2025-07-09")
    d.res(None, "The minutes of the meeting held on 9 July 2025 were agreed as a correct record, and the action log "
                "was noted.", "resolution", lead="<b>AGREED:</b>", style=BODY)
    d.h("4 PRIORITY ACTION PLAN: PROGRESS AND THE DfE STOCKTAKE")
    d.p("Beverley Healey reminded the Board that the area SEND inspection by Ofsted and the CQC took place from "
        "10 February 2025 to 14 February 2025, and that the report, published on 4 April 2025, found widespread "
        "and/or systemic failings leading to significant concerns about the experiences and outcomes of children "
        "and young people with SEND. The previous inspection, in November 2017, had required a Written Statement "
        "of Action.")
    d.date("from 10 February 2025 to 14 February 2025", "2025-02-10", "2025-02-14")
    d.date("4 April 2025", "2025-04-04")
    d.date("November 2017", "2017-11")
    d.event("inspection", "2025-02-10", "2025-02-14", "the area SEND inspection by Ofsted and the CQC took place "
            "from 10 February 2025 to 14 February 2025")
    d.event("outcome-letter", "2025-04-04", None, "the report, published on 4 April 2025, found widespread and/or "
            "systemic failings")
    d.event("inspection", "2017-11", None, "The previous inspection, in November 2017, had required a Written "
            "Statement of Action")
    d.p("The report set two priority actions for the partnership:")
    d.weak("Leaders across education, health and care should establish a shared, accurate understanding of the "
           "needs of children and young people with SEND and use it to commission the services required, "
           "including sufficient specialist school places within the borough.",
           ["joint-commissioning", "leadership-governance"], marker="1.", style=HANG)
    d.weak("Leaders should urgently improve the timeliness of EHC needs assessments and make sure that plans "
           "accurately describe children's needs and the provision that will meet them.", ["ehc-plans"],
           marker="2.", style=HANG)
    d.p("and three areas for improvement:")
    d.weak("Health partners should reduce the waiting times for speech and language therapy and for the "
           "children's neurodevelopmental pathway.", ["health-services"], marker="3.", style=HANG)
    d.weak("Leaders should make sure that the views of children, young people and their families are gathered and "
           "acted on at every level of the partnership's work.", ["co-production"], marker="4.", style=HANG)
    d.weak("Leaders should reduce the number of children with SEND who are suspended or excluded from school or "
           "who attend school on a reduced timetable.", ["inclusion-provision"], marker="5.", style=HANG)
    d.p("The Priority Action Plan was submitted to Ofsted on 16 May 2025 and the Department for Education issued "
        "an Improvement Notice on 2 June 2025. Helen Wardleworth reported on the first DfE and NHS England "
        "stocktake, held on 17 September 2025. Advisers had recognised that the new assessment hub had reduced "
        "the number of assessments open beyond 20 weeks from 388 to 205, and asked for faster progress on "
        "specialist place sufficiency. The second stocktake is scheduled for 11 March 2026.")
    d.date("16 May 2025", "2025-05-16")
    d.date("2 June 2025", "2025-06-02")
    d.date("17 September 2025", "2025-09-17")
    d.date("11 March 2026", "2026-03-11")
    d.event("progress-plan", "2025-05-16", None, "The Priority Action Plan was submitted to Ofsted on 16 May 2025")
    d.event("statutory-direction", "2025-06-02", None, "the Department for Education issued an Improvement Notice "
            "on 2 June 2025")
    d.event("monitoring", "2025-09-17", None, "the first DfE and NHS England stocktake, held on 17 September 2025")
    d.event("monitoring", "2026-03-11", None, "The second stocktake is scheduled for 11 March 2026")
    d.p("In discussion, Board members raised the following points:")
    for text in ("Rachel Bamford said that parents welcomed the assessment hub but still found it hard to reach "
                 "named caseworkers; the forum would share the findings of its telephone survey, which closed on "
                 "26 September 2025.",
                 "Mrs Balderstone said that the special schools were full and that the 40 additional places at the "
                 "new satellite provision would be needed from September 2026.",
                 "Dr Norden asked that the Board receive a breakdown of the children waiting for the "
                 "neurodevelopmental pathway by age and school."):
        d.p("&bull; " + text, BULLET)
    d.date("26 September 2025", "2025-09-26")
    d.date("September 2026", "2026-09")
    d.p("<b>AGREED:</b>")
    d.res("(i)", "That the progress made on the Priority Action Plan and the feedback from the stocktake of 17 "
                 "September 2025 be noted.", "resolution")
    d.res("(ii)", "That the sufficiency strategy for specialist places be brought to the next meeting of the Board.",
          "resolution")
    d.res("(iii)", "That the Designated Clinical Officer provide the breakdown of neurodevelopmental waits "
                   "requested by Dr Norden.", "resolution")
    d.h("5 EHC NEEDS ASSESSMENT TIMELINESS")
    d.p("Simon Wardle presented the monthly timeliness dashboard. In August 2025, 44% of new plans were issued "
        "within 20 weeks (the figure for the calendar year 2024 was 19%). The target in the Priority Action Plan is "
        "65% by 31 March 2026. Health advice was returned within six weeks in 81% of cases.")
    d.date("August 2025", "2025-08")
    d.date("31 March 2026", "2026-03-31")
    d.res(None, "That the dashboard be noted.", "resolution", lead="<b>AGREED:</b>", style=BODY)
    d.h("6 HEALTH UPDATE: SPEECH AND LANGUAGE THERAPY AND THE NEURODEVELOPMENTAL PATHWAY")
    d.p("Joanne Smallbridge reported that the speech and language therapy service had recruited four therapists "
        "since June 2025 and that the longest wait for a first appointment had fallen to 31 weeks. Tariq Castleton "
        "reported that NHS Greater Manchester had agreed additional funding for the neurodevelopmental pathway from "
        "1 November 2025 to 31 March 2027.")
    d.date("June 2025", "2025-06")
    d.date("from 1 November 2025 to 31 March 2027", "2025-11-01", "2027-03-31")
    d.res(None, "That the health update be noted.", "resolution", lead="<b>AGREED:</b>", style=BODY)
    d.h("7 PARENT CARER FORUM AND YOUTH VOICE UPDATE")
    d.p("Rachel Bamford and Yusuf Kirkholt presented the co-production charter, developed with families and young "
        "people between April and July 2025. The charter sets out how every workstream of the Priority Action Plan "
        "will involve families.")
    d.date("between April and July 2025", "2025-04", "2025-07")
    d.res(None, "That the co-production charter be adopted by the Board and commended to each partner "
                "organisation.", "resolution", lead="<b>AGREED:</b>", style=BODY)
    d.h("8 FAMILY HUBS AND EARLY IDENTIFICATION OF NEED")
    d.p("Hollie Spotland, Head of Early Help and Family Hubs, presented an update on the work of the borough's "
        "four family hubs. Since April 2025 every two-year-old check has been carried out jointly by health "
        "visitors and early years practitioners in the hubs, and 212 children had been referred to the early "
        "language support offer. A new SEND drop-in for parents of under-fives would run in each hub from 5 January "
        "2026. Board members welcomed the joint checks and asked how the hubs would share information with "
        "schools when children start reception.")
    d.person("Hollie Spotland", "Head of Early Help and Family Hubs", "officer")
    d.date("April 2025", "2025-04")
    d.date("5 January 2026", "2026-01-05")
    d.p("<b>AGREED:</b>")
    d.res("(i)", "That the update be noted.", "resolution")
    d.res("(ii)", "That the Head of Early Help and Family Hubs report to the Board in June 2026 on the transfer of "
                  "information to schools at the start of reception.", "resolution")
    d.date("June 2026", "2026-06")
    d.h("9 INCLUSION: SUSPENSIONS, EXCLUSIONS AND REDUCED TIMETABLES")
    d.p("Simon Wardle reported that permanent exclusions of pupils with SEN support had fallen from 23 in the "
        "autumn term of 2024 to 12 in the summer term of 2025. The inclusion charter would be launched with schools "
        "on 13 January 2026.")
    d.date("13 January 2026", "2026-01-13")
    d.res(None, "That the report be noted and that school representatives promote the inclusion charter with their "
                "networks.", "resolution", lead="<b>AGREED:</b>", style=BODY)
    d.h("10 ANY OTHER BUSINESS")
    d.p("None.")
    d.h("11 DATE AND TIME OF NEXT MEETING")
    d.p("Wednesday, 10 December 2025, 10.00 am, Number One Riverside.")
    d.date("Wednesday, 10 December 2025", "2025-12-10")
    d.add(PageBreak())
    d.h("ACTION LOG")
    d.table([["No.", "Minute", "Action", "Owner", "Due date", "Status"],
             ["15", "9 July 2025, item 5", "Dashboard of annual reviews to be added to the monthly report",
              "Beverley Healey", "10/12/2025", "Open"],
             ["16", "4", "Sufficiency strategy for specialist places to come to the Board", "Simon Wardle",
              "10/12/2025", "New"],
             ["17", "4", "Breakdown of neurodevelopmental waits by age and school", "Tariq Castleton",
              "14/11/2025", "New"],
             ["18", "4", "Forum telephone survey findings to be shared with the Board", "Rachel Bamford",
              "31/10/2025", "New"],
             ["19", "7", "Co-production charter to be sent to each partner's board", "Mark Hamer", "24/10/2025",
              "New"]],
            [1.1 * cm, 2.8 * cm, 5.4 * cm, 2.9 * cm, 2.2 * cm, 1.6 * cm])
    d.date("14/11/2025", "2025-11-14")
    d.date("31/10/2025", "2025-10-31")
    d.date("24/10/2025", "2025-10-24")
    d.space(14)
    d.p("Chair: ............................................ Date: ...............................")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 5. St Helens: scrutiny report on an Area SEND inspection outcome (ModernGov)
# ------------------------------------------------------------------------------------------------------------------

def st_helens_report() -> Doc:
    d = Doc(
        "st-helens/round31-2025-07-15-children-and-young-people-services-scrutiny-committee/"
        "Area SEND Inspection Outcome Report.pdf",
        {"council": "St Helens Borough Council", "council_slug": "st-helens",
         "committee": "Children and Young People Services Scrutiny Committee", "meeting_date": "2025-07-15",
         "title": "Area SEND Inspection Outcome", "source_kind": "committee-report",
         "url": "https://sthelens.moderngov.co.uk/documents/s118430/Area%20SEND%20Inspection%20Outcome%20Report.pdf"},
        {"council": "St Helens Borough Council", "committee": "Children and Young People Services Scrutiny Committee",
         "date": "2025-07-15"},
        "St Helens Borough Council", "Children and Young People Services Scrutiny Committee",
        "15 July 2025", page_label="Page {n} of {total}")
    d.title("Children and Young People Services Scrutiny Committee<br/>15 July 2025")
    d.date("15 July 2025", "2025-07-15")
    d.table([["Title of Report:", "Area SEND Inspection Outcome and the St Helens SEND Strategic Plan"],
             ["Report of:", "Executive Director of Children's Services"],
             ["Lead Officer:", "Helen Rainford, Executive Director of Children's Services"],
             ["Report Author:", "Kieran Thatto, Assistant Director, Education and Inclusion<br/>Email: "
                                "kieranthatto@sthelens.gov.uk &nbsp; Tel: 01744 671904"],
             ["Portfolio:", "Councillor Megan Eccleston, Cabinet Member for Children and Young People"],
             ["Wards Affected:", "All wards"],
             ["Key Decision:", "No"],
             ["Exempt/Confidential Report:", "No"]],
            [4.8 * cm, 11.2 * cm], header=False)
    d.person("Helen Rainford", "Executive Director of Children's Services", "officer")
    d.person("Kieran Thatto", "Assistant Director, Education and Inclusion", "officer", "kieranthatto@sthelens.gov.uk",
             "01744 671904")
    d.person("Megan Eccleston", "Cabinet Member for Children and Young People", "member")
    d.h("1. Summary")
    d.p("1.1 Ofsted and the Care Quality Commission (CQC) carried out a joint inspection of the St Helens local area "
        "partnership's arrangements for children and young people with special educational needs and/or disabilities "
        "(SEND) from 12 May 2025 to 16 May 2025. The report was published on 27 June 2025.")
    d.date("from 12 May 2025 to 16 May 2025", "2025-05-12", "2025-05-16")
    d.date("27 June 2025", "2025-06-27")
    d.event("inspection", "2025-05-12", "2025-05-16", "Ofsted and the Care Quality Commission (CQC) carried out a "
            "joint inspection of the St Helens local area partnership's arrangements for children and young people "
            "with special educational needs and/or disabilities (SEND) from 12 May 2025 to 16 May 2025")
    d.event("outcome-letter", "2025-06-27", None, "The report was published on 27 June 2025")
    d.p("1.2 The partnership received the middle of the three outcomes: the local area partnership's arrangements "
        "lead to inconsistent experiences and outcomes for children and young people with SEND. The partnership "
        "is required to update its strategic plan in response to the areas for improvement.")
    d.h("2. Recommendations for Decision")
    d.p("The Children and Young People Services Scrutiny Committee is recommended to:")
    d.res("(i)", "Note the outcome of the area SEND inspection and the areas for improvement identified by Ofsted "
                 "and the CQC.", "recommendation")
    d.res("(ii)", "Comment on the draft actions set out in section 6 before the updated SEND Strategic Plan is "
                  "published.", "recommendation")
    d.res("(iii)", "Include a review of the SEND Strategic Plan in the Committee's work programme for 2025/26, with "
                   "a first update in January 2026.", "recommendation")
    d.date("January 2026", "2026-01")
    d.h("3. Purpose of this Report")
    d.p("3.1 To inform the Committee of the outcome of the inspection and of the partnership's response, and to "
        "enable the Committee to scrutinise the proposed actions.")
    d.h("4. Background")
    d.p("4.1 The previous local area SEND inspection in St Helens was carried out in December 2018 under the "
        "framework that applied from May 2016. It identified no areas of significant weakness requiring a Written "
        "Statement of Action.")
    d.date("December 2018", "2018-12")
    d.date("May 2016", "2016-05")
    d.event("inspection", "2018-12", None, "The previous local area SEND inspection in St Helens was carried out in "
            "December 2018")
    d.p("4.2 The current framework, introduced in January 2023, looks at the impact of the partnership's "
        "arrangements on the experiences and outcomes of children and young people. Notification of the "
        "inspection was received on 6 May 2025. During the inspection, inspectors met more than 90 parents and "
        "carers, visited 14 schools and settings and reviewed the cases of 24 children and young people.")
    d.date("January 2023", "2023-01")
    d.date("6 May 2025", "2025-05-06")
    d.p("4.3 The partnership is made up of St Helens Borough Council, NHS Cheshire and Merseyside Integrated Care "
        "Board (St Helens Place), Mersey and West Lancashire Teaching Hospitals NHS Trust and Mersey Care NHS "
        "Foundation Trust, working with schools, colleges and the St Helens Parent Carer Forum.")
    d.h("5. Findings of the Inspection")
    d.p("5.1 Inspectors found many strengths. Children's needs are identified early in the borough's family hubs; "
        "young people spoke highly of the supported internship programme; and the partnership's leaders have an "
        "accurate view of where improvement is needed.")
    d.p("5.2 Inspectors identified the following areas for improvement:")
    d.weak("Leaders in the partnership should make sure that EHC plans are reviewed on time and updated when "
           "children's needs change, particularly at points of transition between phases of education.",
           ["ehc-plans"], marker="a.", style=HANG)
    d.weak("Leaders should improve the consistency of support for pupils at SEN support across mainstream schools, "
           "so that pupils with similar needs receive similar help wherever they go to school.",
           ["inclusion-provision", "identification"], marker="b.", style=HANG)
    d.weak("Health leaders should reduce waiting times for the children's occupational therapy service and make "
           "sure that families know what support is available while they wait.", ["health-services"],
           marker="c.", style=HANG)
    d.weak("Leaders should strengthen the arrangements for young people aged 16 to 25 so that they have more "
           "choice of education, training and employment as they prepare for adulthood.",
           ["preparing-for-adulthood"], marker="d.", style=HANG)
    d.p("5.3 The report also recognised that the partnership had already begun work on several of these areas "
        "before the inspection, including the annual review recovery programme that started in January 2025.")
    d.date("January 2025", "2025-01")
    d.h("6. The Partnership's Response")
    d.p("6.1 The SEND Partnership Board considered the report on 3 July 2025 and agreed that the St Helens SEND "
        "Strategic Plan should be updated and published by 26 September 2025, in line with the inspection "
        "handbook's expectations. The draft actions are:")
    d.date("3 July 2025", "2025-07-03")
    d.date("26 September 2025", "2025-09-26")
    d.event("progress-plan", "2025-09-26", None, "and published by 26 September 2025")
    for text in ("an annual review team with a dedicated officer for each phase transfer, with all year 6 and year "
                 "11 reviews to be completed by 15 February in each year;",
                 "an SEN support toolkit and termly SENCO network meetings, with a moderation visit to each "
                 "mainstream school by July 2026;",
                 "additional occupational therapy capacity funded by the ICB, and a 'while you wait' page on the "
                 "Local Offer;",
                 "a post-16 sufficiency review, led by the 14-25 service with St Helens College and local "
                 "employers, to report by March 2026."):
        d.p("&bull; " + text, BULLET)
    d.date("July 2026", "2026-07")
    d.date("March 2026", "2026-03")
    d.p("6.2 The Chair of the St Helens Parent Carer Forum, Mrs Denise Haydock, and the forum's steering group "
        "will co-chair the workstream on communication with families.")
    d.person("Denise Haydock", "Chair of the St Helens Parent Carer Forum", "other")
    d.h("7. Consideration of Alternatives")
    d.p("7.1 None. The partnership is required to respond to the inspection findings.")
    d.h("8. Conclusion")
    d.p("8.1 The outcome is a fair reflection of the partnership's own self-evaluation. The updated plan will "
        "address each area for improvement, and progress will be reported to the Committee.")
    d.h("9. Consideration of Financial Implications")
    d.p("9.1 The actions in the plan will be delivered within the resources available to the partnership. The "
        "additional occupational therapy capacity is funded by the ICB at a cost of £210,000 in 2025/26. The "
        "annual review team is funded from the high needs block of the Dedicated Schools Grant, which is forecast "
        "to have a cumulative deficit of £6.8 million at 31 March 2026.")
    d.date("31 March 2026", "2026-03-31")
    d.p("<i>Financial implications provided by Gemma Suttonby, Strategic Finance Business Partner, on 1 July "
        "2025.</i>")
    d.person("Gemma Suttonby", "Strategic Finance Business Partner", "officer")
    d.date("1 July 2025", "2025-07-01")
    d.h("10. Consideration of Legal Implications")
    d.p("10.1 The inspection was carried out under section 20 of the Children Act 2004. The Council's duties in "
        "respect of EHC plans and their review are set out in Part 3 of the Children and Families Act 2014 and the "
        "Special Educational Needs and Disability Regulations 2014.")
    d.p("<i>Legal implications provided by Anthony Parr, Principal Solicitor (Children and Education), on 2 July "
        "2025.</i>")
    d.person("Anthony Parr", "Principal Solicitor (Children and Education)", "officer")
    d.date("2 July 2025", "2025-07-02")
    d.h("11. Equality Implications")
    d.p("11.1 An equality impact assessment of the SEND Strategic Plan was completed on 30 June 2025. The plan is "
        "expected to have a positive impact on children and young people with disabilities.")
    d.date("30 June 2025", "2025-06-30")
    d.h("12. Social Value and Climate Change")
    d.p("12.1 There are no implications directly arising from this report.")
    d.h("13. Risk Management")
    d.table([["Risk", "Likelihood", "Impact", "Mitigation"],
             ["Annual reviews continue to fall behind because of demand", "High", "High",
              "Recovery programme; additional review officers; monthly tracking by the Board"],
             ["Occupational therapy recruitment is slower than planned", "Medium", "High",
              "ICB agency cover agreed until 31 December 2025"],
             ["Families lose confidence in the partnership", "Medium", "High",
              "Co-chaired communication workstream; quarterly family survey"],
             ["The next inspection finds insufficient improvement", "Low", "High",
              "Plan monitored by the Board and by this Committee"]],
            [5.2 * cm, 2.2 * cm, 2.0 * cm, 6.6 * cm])
    d.date("31 December 2025", "2025-12-31")
    d.h("14. Consultation")
    d.p("14.1 The Parent Carer Forum, the Youth Council's SEND ambassadors, headteachers' representatives and the "
        "ICB were consulted on the draft actions between 4 June 2025 and 27 June 2025.")
    d.date("between 4 June 2025 and 27 June 2025", "2025-06-04", "2025-06-27")
    d.h("15. Background Documents")
    d.p("Ofsted and CQC, Area SEND inspection of St Helens Local Area Partnership, 27 June 2025<br/>"
        "St Helens SEND Strategic Plan 2024-2027, agreed by Cabinet on 17 April 2024<br/>"
        "Report to the SEND Partnership Board, 3 July 2025")
    d.date("17 April 2024", "2024-04-17")
    d.h("16. Appendices")
    d.p("Appendix 1: Timeline of the inspection<br/>Appendix 2: SEND Partnership Board membership")
    d.add(PageBreak())
    d.h("Appendix 1: Timeline of the inspection")
    d.table([["Date", "Event"],
             ["6 May 2025", "Notification call from Ofsted; partnership given five working days' notice"],
             ["12 May 2025 to 16 May 2025", "Inspection on site: meetings with leaders, visits to settings, case "
                                            "tracking"],
             ["21 May 2025", "Final feedback meeting with partnership leaders"],
             ["27 June 2025", "Report published"],
             ["3 July 2025", "SEND Partnership Board considers the report"],
             ["15 July 2025", "Children and Young People Services Scrutiny Committee"],
             ["26 September 2025", "Updated SEND Strategic Plan to be published"]],
            [5.0 * cm, 11.0 * cm])
    d.date("21 May 2025", "2025-05-21")
    d.h("Appendix 2: SEND Partnership Board membership")
    d.table([["Name", "Role"],
             ["Helen Rainford (Chair)", "Executive Director of Children's Services, St Helens Borough Council"],
             ["Dr Priya Bold", "Associate Director of Quality and Safety, NHS Cheshire and Merseyside (St Helens "
                               "Place)"],
             ["Caroline Mossbank", "Designated Clinical Officer for SEND, NHS Cheshire and Merseyside"],
             ["Kieran Thatto", "Assistant Director, Education and Inclusion"],
             ["Lorraine Windle", "Head of Service, SEND and Educational Psychology"],
             ["Stuart Clockley", "Divisional Director of Operations, Mersey Care NHS Foundation Trust"],
             ["Denise Haydock", "Chair, St Helens Parent Carer Forum"],
             ["Ian Billinge", "Headteacher, Hardshaw Brook School, representing special schools"],
             ["Councillor Megan Eccleston", "Cabinet Member for Children and Young People"]],
            [5.0 * cm, 11.0 * cm])
    d.add(PageBreak())
    d.h("Appendix 3: Key performance data")
    d.p("The figures below are taken from the SEND Partnership Board's dashboard. National comparisons are for the "
        "calendar year 2024 where available.")
    d.table([["Measure", "March 2024", "September 2024", "March 2025", "National"],
             ["Children and young people with an EHC plan", "2,104", "2,231", "2,366", "&mdash;"],
             ["New EHC plans issued within 20 weeks", "47%", "55%", "63%", "46%"],
             ["Annual reviews completed within timescale", "52%", "49%", "58%", "&mdash;"],
             ["Pupils with SEN support (as % of pupils)", "13.1%", "13.4%", "13.9%", "13.6%"],
             ["Average wait for occupational therapy (weeks)", "34", "39", "41", "&mdash;"],
             ["Young people with an EHC plan aged 16-25 who are not in education, employment or training", "8.2%",
              "7.9%", "7.4%", "&mdash;"]],
            [6.6 * cm, 2.3 * cm, 2.5 * cm, 2.3 * cm, 2.3 * cm])
    d.date("March 2024", "2024-03")
    d.date("September 2024", "2024-09")
    d.date("March 2025", "2025-03")
    d.h("Glossary")
    for term, meaning in (("APP", "Accelerated Progress Plan"), ("CQC", "Care Quality Commission"),
                          ("DSG", "Dedicated Schools Grant"), ("EHC plan", "Education, health and care plan"),
                          ("ICB", "Integrated Care Board"),
                          ("SENCO", "Special educational needs co-ordinator"),
                          ("SEN support", "Support for pupils with special educational needs who do not have an "
                                          "EHC plan"),
                          ("SEND", "Special educational needs and/or disabilities")):
        d.p(f"<b>{term}</b> &ndash; {meaning}", BULLET)
    d.person("Priya Bold", "Associate Director of Quality and Safety, NHS Cheshire and Merseyside (St Helens Place)",
             "officer")
    d.person("Caroline Mossbank", "Designated Clinical Officer for SEND, NHS Cheshire and Merseyside", "officer")
    d.person("Lorraine Windle", "Head of Service, SEND and Educational Psychology", "officer")
    d.person("Stuart Clockley", "Divisional Director of Operations, Mersey Care NHS Foundation Trust", "officer")
    d.person("Ian Billinge", "Headteacher, Hardshaw Brook School, representing special schools", "other")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 6. Torbay: annual SEND self-evaluation summary with its covering report (ModernGov)
# ------------------------------------------------------------------------------------------------------------------

def torbay_self_evaluation() -> Doc:
    d = Doc(
        "torbay/round31-2025-12-03-children-and-young-peoples-overview-and-scrutiny-sub-board/"
        "SEND Self-Evaluation 2025 report and appendix.pdf",
        {"council": "Torbay Council", "council_slug": "torbay",
         "committee": "Children and Young People's Overview and Scrutiny Sub-Board", "meeting_date": "2025-12-03",
         "title": "SEND Self-Evaluation 2025", "source_kind": "committee-report",
         "url": "https://www.torbay.gov.uk/DemocraticServices/documents/s152094/SEND%20Self-Evaluation%202025.pdf"},
        {"council": "Torbay Council", "committee": "Children and Young People's Overview and Scrutiny Sub-Board",
         "date": "2025-12-03"},
        "Torbay Council", "Children and Young People's Overview and Scrutiny Sub-Board",
        "Meeting: 3 December 2025", page_label="Page {n}")
    d.table([["Meeting:", "Children and Young People's Overview and Scrutiny Sub-Board", "Date:", "3 December 2025"]],
            [2.6 * cm, 8.2 * cm, 1.6 * cm, 3.6 * cm], header=False, grid=False)
    d.date("3 December 2025", "2025-12-03")
    d.table([["Wards affected:", "All Wards"],
             ["Report Title:", "SEND Self-Evaluation 2025"],
             ["When does the decision need to be implemented?", "Not applicable"],
             ["Cabinet Member Contact Details:", "Councillor Abigail Paignton, Cabinet Member for Children's "
                                                 "Services, abigail.paignton@torbay.gov.uk"],
             ["Director Contact Details:", "Nicola Babbacombe, Director of Children's Services, "
                                          "nicola.babbacombe@torbay.gov.uk"]],
            [6.0 * cm, 10.0 * cm], header=False)
    d.person("Abigail Paignton", "Cabinet Member for Children's Services", "member",
             "abigail.paignton@torbay.gov.uk")
    d.person("Nicola Babbacombe", "Director of Children's Services", "officer", "nicola.babbacombe@torbay.gov.uk")
    d.h("1. Purpose of Report")
    d.p("1.1 This report presents the Torbay local area's SEND self-evaluation for 2025 (Appendix 1), which sets out "
        "how well the partnership of Torbay Council, NHS Devon and the providers of health services in Torbay meets "
        "the needs of children and young people with special educational needs and disabilities (SEND), what has "
        "changed since the last self-evaluation in November 2024, and what the partnership will focus on next.")
    d.date("November 2024", "2024-11")
    d.h("2. Reason for Proposal and its benefits")
    d.p("2.1 An up-to-date self-evaluation is expected by Ofsted and the CQC when they next inspect the area. "
        "Scrutiny of it by members helps to make sure that it is accurate and that the partnership is held to "
        "account.")
    d.p("2.2 The self-evaluation reflects the area's history. The local area was inspected under the 2016 framework "
        "between 4 February 2019 and 8 February 2019, and the inspection letter of 3 April 2019 required a Written "
        "Statement of Action. At the re-visit from 12 October 2021 to 14 October 2021, inspectors found that the area "
        "had made sufficient progress in two of the four areas of significant weakness but had not made sufficient "
        "progress in (i) the timeliness and quality of education, health and care plans, including the "
        "contribution of health and social care professionals; and (ii) the joint commissioning of services, in "
        "particular therapies for children and young people aged 0 to 25.")
    d.record_weak("the timeliness and quality of education, health and care plans, including the contribution of "
                  "health and social care professionals; and", ["ehc-plans"])
    d.record_weak("the joint commissioning of services, in particular therapies for children and young people aged "
                  "0 to 25.", ["joint-commissioning", "health-services"])
    d.date("between 4 February 2019 and 8 February 2019", "2019-02-04", "2019-02-08")
    d.date("3 April 2019", "2019-04-03")
    d.date("from 12 October 2021 to 14 October 2021", "2021-10-12", "2021-10-14")
    d.event("inspection", "2019-02-04", "2019-02-08", "The local area was inspected under the 2016 framework between "
            "4 February 2019 and 8 February 2019")
    d.event("outcome-letter", "2019-04-03", None, "the inspection letter of 3 April 2019 required a Written "
            "Statement of Action")
    d.event("revisit", "2021-10-12", "2021-10-14", "At the re-visit from 12 October 2021 to 14 October 2021")
    d.p("2.3 The Department for Education issued a statutory direction to the Council on 9 February 2022, and the "
        "area's Accelerated Progress Plan was agreed with the Department for Education and NHS England on 28 March "
        "2022. Formal monitoring ended after the final review meeting on 10 December 2024.")
    d.date("9 February 2022", "2022-02-09")
    d.date("28 March 2022", "2022-03-28")
    d.date("10 December 2024", "2024-12-10")
    d.event("statutory-direction", "2022-02-09", None, "The Department for Education issued a statutory direction to "
            "the Council on 9 February 2022")
    d.event("progress-plan", "2022-03-28", None, "the area's Accelerated Progress Plan was agreed with the "
            "Department for Education and NHS England on 28 March 2022")
    d.event("monitoring", "2024-12-10", None, "Formal monitoring ended after the final review meeting on 10 December "
            "2024")
    d.h("3. Recommendation(s) / Proposed Decision")
    d.res("3.1", "That the Children and Young People's Overview and Scrutiny Sub-Board notes the SEND "
                 "Self-Evaluation 2025 set out in Appendix 1.", "recommendation")
    d.res("3.2", "That the Sub-Board makes any recommendations it wishes to the Cabinet Member for Children's "
                 "Services on the priorities set out in section 5 of Appendix 1.", "recommendation")
    d.res("3.3", "That the Sub-Board receives the next annual self-evaluation in December 2026.", "recommendation")
    d.date("December 2026", "2026-12")
    d.h("Appendices")
    d.p("Appendix 1: Torbay SEND Self-Evaluation 2025 (summary)")
    d.h("Background Documents")
    d.p("Ofsted and CQC, Joint local area SEND revisit in Torbay, letter published on 30 November 2021<br/>"
        "Torbay SEND Self-Evaluation 2024, reported to the Sub-Board on 4 December 2024")
    d.date("30 November 2021", "2021-11-30")
    d.date("4 December 2024", "2024-12-04")
    d.event("revisit-outcome", "2021-11-30", None, "Joint local area SEND revisit in Torbay, letter published on 30 "
            "November 2021")
    d.h("Supporting Information")
    d.h("4. Introduction")
    d.p("4.1 The self-evaluation was written by the SEND Improvement Partnership, chaired by the Director of "
        "Children's Services, between August and October 2025, and was signed off by the partnership on 6 November "
        "2025. Torbay Parent Carer Forum and young people from the Torbay SEND Youth Forum took part in three "
        "workshops.")
    d.date("between August and October 2025", "2025-08", "2025-10")
    d.date("6 November 2025", "2025-11-06")
    d.p("4.2 The self-evaluation follows the three themes of the inspection framework introduced in January 2023: "
        "the impact of the partnership on the experiences and outcomes of children and young people; how well the "
        "partnership identifies, assesses and meets needs; and how the partnership plans, evaluates and improves.")
    d.date("January 2023", "2023-01")
    d.h("5. Options under consideration")
    d.p("5.1 There are no options: the report is for information and scrutiny.")
    d.h("6. Financial Opportunities and Implications")
    d.p("6.1 There are no direct financial implications. The high needs block of the Dedicated Schools Grant is "
        "subject to the Safety Valve agreement made in March 2023, under which the Council is due to reach an "
        "in-year balance by 31 March 2027.")
    d.date("March 2023", "2023-03")
    d.date("31 March 2027", "2027-03-31")
    d.h("7. Legal Implications")
    d.p("7.1 There are no direct legal implications.")
    d.h("8. Engagement and Consultation")
    d.p("8.1 The self-evaluation was shared in draft with the Torbay Parent Carer Forum, whose chair, Mr Callum "
        "Brixham, has contributed a foreword, and with the special school and further education college "
        "principals' group on 16 October 2025.")
    d.person("Callum Brixham", "chair", "other")
    d.date("16 October 2025", "2025-10-16")
    d.h("9. Associated Risks")
    d.p("9.1 If the self-evaluation is not accurate the partnership may be poorly prepared for its next inspection, "
        "which is expected at any time since the framework requires inspection within five years of the last.")
    d.h("10. Equality Impacts")
    d.table([["Protected characteristic", "Positive impact", "Negative impact and mitigating actions",
              "Neutral impact"],
             ["Age", "Children and young people aged 0 to 25 with SEND", "", ""],
             ["Disability", "The self-evaluation is about improving services for disabled children and young "
                            "people", "", ""],
             ["Other characteristics", "", "", "No differential impact identified"]],
            [3.6 * cm, 5.0 * cm, 4.4 * cm, 3.0 * cm])
    d.h("11. Cumulative Council Impact")
    d.p("11.1 None.")
    d.add(PageBreak())
    d.title("Appendix 1: Torbay SEND Self-Evaluation 2025 (summary)")
    d.p("<i>Foreword from Torbay Parent Carer Forum</i>")
    d.p("Families have told us that things are better than they were in 2021, but that too many still have to "
        "fight for the right support. We want this self-evaluation to be honest about that. &mdash; Callum Brixham, "
        "Chair")
    d.h("1. Our local area")
    d.p("In January 2025, 1,612 children and young people in Torbay had an EHC plan, an increase of 9% on January "
        "2024. A further 3,940 pupils received SEN support in Torbay's schools. The proportion of pupils with an EHC "
        "plan who attend a mainstream school is 38%, below the national average.")
    d.date("January 2025", "2025-01")
    d.date("January 2024", "2024-01")
    d.h("2. Our journey since 2019")
    d.table([["When", "What happened"],
             ["February 2019", "Joint local area SEND inspection; four areas of significant weakness identified"],
             ["July 2019", "Written Statement of Action declared fit for purpose"],
             ["October 2021", "Re-visit: sufficient progress in two of the four areas"],
             ["February 2022", "Statutory direction issued by the Department for Education"],
             ["March 2022", "Accelerated Progress Plan agreed"],
             ["June 2022 to December 2024", "Six-monthly DfE and NHS England review meetings"],
             ["December 2024", "Formal monitoring ended"],
             ["April 2025", "SEND and Alternative Provision Strategy 2025-2028 launched"]],
            [4.4 * cm, 11.6 * cm])
    d.date("February 2019", "2019-02")
    d.date("July 2019", "2019-07")
    d.date("October 2021", "2021-10")
    d.date("February 2022", "2022-02")
    d.date("March 2022", "2022-03")
    d.date("June 2022 to December 2024", "2022-06", "2024-12")
    d.date("December 2024", "2024-12")
    d.date("April 2025", "2025-04")
    d.event("wsoa-approved", "2019-07", None, "Written Statement of Action declared fit for purpose")
    d.event("monitoring", "2022-06", "2024-12", "June 2022 to December 2024: Six-monthly DfE and NHS England review "
            "meetings")
    d.h("3. How well are we doing? Our self-evaluation by theme")
    d.table([["Theme", "What we know is working", "What is not yet good enough", "Our judgement"],
             ["Experiences and outcomes", "Most families of children in early years settings report positive "
              "experiences; attendance of pupils with EHC plans in special schools is above the national average",
              "Key stage 4 outcomes for pupils at SEN support remain well below national; suspensions of pupils "
              "with SEN support rose in 2024/25", "Inconsistent"],
             ["Identifying, assessing and meeting needs", "EHC plans issued within 20 weeks rose to 68% in the year "
              "to September 2025; health advice returned within six weeks in 93% of cases", "Annual reviews are not "
              "consistently completed on time; waits for the neurodevelopmental pathway average 61 weeks",
              "Inconsistent"],
             ["Planning, evaluating and improving", "A joint commissioning plan for therapies has been in place "
              "since September 2023; the SEND Improvement Partnership has a shared data dashboard",
              "Sufficiency of specialist places in the bay; post-16 options for young people with complex needs",
              "Positive in most respects"]],
            [3.4 * cm, 4.8 * cm, 4.8 * cm, 3.0 * cm])
    d.date("September 2025", "2025-09")
    d.date("September 2023", "2023-09")
    d.h("4. What families and young people told us")
    d.p("The Parent Carer Forum's survey, carried out from 1 September 2025 to 10 October 2025, received 287 "
        "responses. Sixty-one per cent of parents said that their child's EHC plan described their needs well (45% "
        "in 2024). Young people in the SEND Youth Forum said that they wanted more choice of college courses and "
        "more help to travel independently.")
    d.date("from 1 September 2025 to 10 October 2025", "2025-09-01", "2025-10-10")
    d.h("5. Our priorities for 2026")
    for i, text in enumerate((
            "We will complete every annual review on time by September 2026, with a review officer attached to each "
            "secondary school.",
            "We will open 48 additional specialist places in Paignton and Torquay by September 2026.",
            "We will reduce the average wait for the neurodevelopmental pathway to 40 weeks by March 2027.",
            "We will publish a post-16 offer for young people with complex needs, co-produced with the SEND Youth "
            "Forum, by June 2026."), 1):
        d.p(f"{i}. " + text, HANG)
    d.date("September 2026", "2026-09")
    d.date("March 2027", "2027-03")
    d.date("June 2026", "2026-06")
    d.h("6. Our data")
    d.table([["Measure", "March 2024", "September 2024", "March 2025", "September 2025"],
             ["EHC plans issued within 20 weeks (rolling 12 months)", "51%", "57%", "64%", "68%"],
             ["Annual reviews completed on time", "44%", "48%", "55%", "59%"],
             ["Average wait, neurodevelopmental pathway (weeks)", "74", "70", "66", "61"],
             ["Suspensions of pupils at SEN support (per 100 pupils, term)", "6.1", "6.8", "7.0", "6.4"],
             ["Pupils with an EHC plan in mainstream schools", "35%", "36%", "37%", "38%"],
             ["Young people with an EHC plan aged 16-17 in education or training", "88%", "89%", "91%", "91%"]],
            [6.6 * cm, 2.3 * cm, 2.5 * cm, 2.3 * cm, 2.3 * cm])
    d.date("March 2024", "2024-03")
    d.date("September 2024", "2024-09")
    d.date("March 2025", "2025-03")
    d.h("7. Governance")
    d.p("The self-evaluation will be refreshed each year and reported to the Sub-Board, to the Health and Wellbeing "
        "Board (next on 22 January 2026) and to the Devon Integrated Care Board's SEND Oversight Group, chaired by "
        "Dr Harriet Cockington, Chief Nursing Officer. The lead officer for the self-evaluation is Oliver "
        "Shaldon, Head of SEND and Inclusion (oliver.shaldon@torbay.gov.uk, 01803 208417).")
    d.date("22 January 2026", "2026-01-22")
    d.person("Harriet Cockington", "Chief Nursing Officer", "officer")
    d.person("Oliver Shaldon", "Head of SEND and Inclusion", "officer", "oliver.shaldon@torbay.gov.uk",
             "01803 208417")
    d.h("Glossary")
    for term, meaning in (("CQC", "Care Quality Commission"), ("DfE", "Department for Education"),
                          ("EHC plan", "Education, health and care plan"), ("ICB", "Integrated Care Board"),
                          ("Neurodevelopmental pathway", "The assessment route for autism and ADHD"),
                          ("SEN support", "Support in school for pupils without an EHC plan"),
                          ("WSoA", "Written Statement of Action")):
        d.p(f"<b>{term}</b>: {meaning}", BULLET)
    return d


DOCUMENTS = [herefordshire_minutes, kingston_pack, north_tyneside_cabinet, rochdale_board, st_helens_report,
             torbay_self_evaluation]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
