"""Write the six long printed documents of the held-out round 25 (reportlab), and their gold.

Round 25 is a second blind batch of LONG PDFs (6 to 12 pages each), written with their gold before any extractor
ran on them, in kinds of paper councils publish that round 22 did not use, or used in another council's template:
the minutes of a full Council meeting with motions, an amendment, a lost motion and members' questions (Hull), an
Executive's record of decisions bundle (Luton), a scrutiny panel's annual report with its covering report
(Plymouth), a Schools Forum agenda pack with the previous minutes and a high needs report (Telford and Wrekin), a
committee-system "minutes and decision record" (Hartlepool) and a cabinet report in the council's own template
with an improvement plan appendix in a ruled table running over pages (Windsor and Maidenhead). Invented text,
fictitious people.

The machinery is round 22's (``long_pdf_kit.py``, shared with rounds 22 and 27): the text flows over the pages as
reportlab lays it out (running header and footer on every page), resolutions and weaknesses are recorded where the
text is written, dates, people and events are listed by hand beside each document, and each resolution's and
weakness's page is read back from the written PDF with pdfplumber. ``--check`` also lists every date-like string of
each PDF's text whose day or month is not in the gold (a check on the writer's own listing, nothing else):

    /work/main/.venv/bin/python tests/heldout/make_round25_pdfs.py          # the PDFs
    /work/main/.venv/bin/python tests/heldout/make_round25_pdfs.py --gold   # the PDFs and their gold
    /work/main/.venv/bin/python tests/heldout/make_round25_pdfs.py --check  # the PDFs, gold and the date check
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, cells, paragraph_styles, run, two_columns  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle  # noqa: E402

BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = STYLES = paragraph_styles("25")
CELL_LARGE = ParagraphStyle("CellLarge25", parent=BODY, fontSize=10.5, leading=13.5, spaceBefore=0, spaceAfter=2)
BODY12 = ParagraphStyle("Body25Large", parent=BODY, fontName="Helvetica", fontSize=12, leading=16, spaceAfter=7)
HANG12 = ParagraphStyle("Hang25Large", parent=BODY12, leftIndent=34, firstLineIndent=-26)
HEAD12 = ParagraphStyle("Head25Large", parent=BODY12, fontName="Helvetica-Bold", spaceBefore=10)


class Doc(LongDoc):
    """A round 25 document: ``long_pdf_kit.LongDoc`` in this round's styles."""

    styles = STYLES


def minute_table(doc: Doc, rows, widths=(1.6 * cm, 11.4 * cm, 3.2 * cm)):
    """Hull's CMIS minutes: a ruled three-column table, one row per paragraph, repeated header row."""
    doc.table([["Minute No.", "Description/Decision", "Action By/ Deadline Date"]] + rows, list(widths),
              style=CELL_LARGE)


# ------------------------------------------------------------------------------------------------------------------
# 1. Hull: minutes of a full City Council meeting (motions, an amendment lost, members' questions)
# ------------------------------------------------------------------------------------------------------------------

HULL_REVISIT = [
    ("the timeliness and quality of education, health and care (EHC) plans, including the contributions made by "
     "health and social care professionals;", ["ehc-plans"]),
    ("the waiting times for assessment by the neurodevelopmental pathway, and the support available to families "
     "while they wait; and", ["health-services"]),
    ("the local area's strategy for co-producing services with parents and carers, which had not yet improved "
     "their confidence in the support their children receive.", ["co-production"]),
]


def hull_council() -> Doc:
    d = Doc(
        "hull/round25-2025-10-16-city-council/Minutes - City Council 18 September 2025.pdf",
        {"council": "Hull City Council", "council_slug": "hull", "committee": "City Council",
         "meeting_date": "2025-10-16", "title": "Minutes - City Council - 18 September 2025",
         "source_kind": "committee-report",
         "url": "https://cmis.hullcc.gov.uk/cmis/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=minutes18sep2025"},
        {"council": "Hull City Council", "committee": "City Council", "date": "2025-09-18"},
        "HULL CITY COUNCIL", "City Council - 18 September 2025",
        "Minutes of the City Council - 18.09.25", "Page {n} of {total}")
    d.footer_centre = "Lord Mayor's initials ........"
    d.title("HULL CITY COUNCIL")
    d.p("<b>MINUTES OF THE MEETING OF THE CITY COUNCIL</b><br/>held in the Council Chamber, the Guildhall, Alfred "
        "Gelder Street, Hull, on <b>Thursday, 18 September 2025</b> at 2.00 p.m.")
    d.p("<b>PRESENT:</b> The Lord Mayor (Councillor Pickering) in the Chair; the Deputy Lord Mayor (Councillor "
        "Jessop); and Councillors:")
    two_columns(d, ["Abbott", "Bellamy", "Cartwright", "Dunmore", "Ellery", "Fairhurst", "Gillett", "Hanratty",
                    "Inskip", "Kettlewell"],
                ["Lockington", "Marfleet", "Northcott", "Ottringham", "Quayle", "Riplingham", "Sculcoates",
                 "Tickton", "Vickerman", "Welwick and Yeadon."], widths=(5 * cm, 5 * cm))
    d.p("<b>IN ATTENDANCE:</b> Helen Wyke-Stanton (Chief Executive), Andrew Sutcliffe-Dean (Director of Legal "
        "Services and Monitoring Officer), Corinne Bacchus (Director of Children, Young People and Family "
        "Services), Gareth Minshull (Director of Finance and Section 151 Officer) and Lorraine Pettifer "
        "(Democratic Services Manager).")
    d.p("<b>APOLOGIES:</b> Councillors Hessle, Sutton-Ings and Wawne.")
    for name in ["Pickering", "Jessop", "Abbott", "Bellamy", "Cartwright", "Dunmore", "Ellery", "Fairhurst",
                 "Gillett", "Hanratty", "Inskip", "Kettlewell", "Lockington", "Northcott", "Ottringham", "Quayle",
                 "Riplingham", "Sculcoates", "Tickton", "Vickerman", "Welwick", "Yeadon", "Hessle", "Sutton-Ings",
                 "Wawne"]:
        role = {"Pickering": "The Lord Mayor", "Jessop": "the Deputy Lord Mayor",
                "Lockington": "the Portfolio Holder for Finance",
                "Welwick": "Chair of the Overview and Scrutiny Commission"}.get(name)
        d.person(name, role, "member")
    d.person("Helen Marfleet", "Portfolio Holder for Children, Young People and Families", "member")
    d.person("Helen Wyke-Stanton", "Chief Executive", "officer")
    d.person("Andrew Sutcliffe-Dean", "Director of Legal Services and Monitoring Officer", "officer")
    d.person("Corinne Bacchus", "Director of Children, Young People and Family Services", "officer")
    d.person("Gareth Minshull", "Director of Finance and Section 151 Officer", "officer")
    d.person("Lorraine Pettifer", "Democratic Services Manager", "officer")

    rows = []
    R = lambda label, text, shown=None, lead="Agreed - ": (d.record_res(label, text, "resolution"),  # noqa: E731
                                                          lead + (shown + " " if shown else "") + escape(text))[1]
    rows.append(["41", "<b>MINUTES OF THE MEETING HELD ON 17 JULY 2025</b>", ""])
    rows.append(["", "Moved by Councillor Pickering and seconded by Councillor Jessop:-", ""])
    rows.append(["", R(None, "That the minutes of the meeting of the City Council held on 17 July 2025, having been "
                             "printed and circulated, be taken as read and correctly recorded and be signed by the "
                             "Lord Mayor."), "LP"])
    rows.append(["42", "<b>DECLARATIONS OF INTEREST</b>", ""])
    rows.append(["", "Councillor Ellery declared a personal interest in minute 48 as the parent of a young person "
                     "with an education, health and care plan, and remained in the meeting. Councillor Quayle "
                     "declared a personal interest in minute 46 as a governor of the Humber Education Trust.", ""])
    rows.append(["43", "<b>LORD MAYOR'S COMMUNICATIONS</b>", ""])
    rows.append(["", "The Lord Mayor reported on the civic events held since the last meeting, including the "
                     "Freedom of the City parade on 2 August 2025 and the reception for the city's Paralympic "
                     "athletes on 29 August 2025, and thanked the staff and volunteers involved.", ""])
    rows.append(["", R(None, "That the Lord Mayor's communications be noted."), ""])
    rows.append(["44", "<b>DEPUTATIONS</b>", ""])
    rows.append(["", "Sadie Brantingham, on behalf of Hull Parents Together, the city's parent carer forum, "
                     "addressed the Council on home to school transport for children with special educational "
                     "needs. She reported that 140 families had told the forum that their child's route had "
                     "changed at short notice in September 2025, and asked the Council to guarantee that no route "
                     "would change during a school term without four weeks' notice. The Portfolio Holder for "
                     "Children, Young People and Families, Councillor Helen Marfleet, thanked the deputation and "
                     "undertook to meet the forum before the Cabinet's meeting on 20 October 2025.", ""])
    rows.append(["", R(None, "That the deputation be referred to the Cabinet, and that the Portfolio Holder for "
                             "Children, Young People and Families report back to the Council on the action taken."),
                 "CB<br/>20.10.25"])
    rows.append(["45", "<b>QUESTIONS FROM MEMBERS OF THE PUBLIC</b>", ""])
    rows.append(["", "Mr Dominic Rawcliffe asked the following question:", ""])
    rows.append(["", "<i>\"My son's EHC needs assessment was requested in March 2025 and the plan was not issued "
                     "until late August. How many plans in Hull are now issued within the legal time limit of 20 "
                     "weeks, and what is being done about those that are not?\"</i>", ""])
    rows.append(["", "Councillor Marfleet replied that 58% of new plans issued between April and June 2025 had "
                     "been issued within 20 weeks, compared with 31% a year earlier, and that the Council had "
                     "recruited eleven additional EHC coordinators who had started on 1 September 2025. She "
                     "apologised for the delay that Mr Rawcliffe's family had experienced and offered to ask the "
                     "Head of SEND to contact him.", ""])
    rows.append(["46", "<b>RECOMMENDATION OF THE CABINET - TREASURY MANAGEMENT OUTTURN 2024/25</b>", ""])
    rows.append(["", "Moved by Councillor Lockington and seconded by Councillor Northcott:-", ""])
    rows.append(["", R(None, "That the Treasury Management Outturn Report for 2024/25, and the prudential "
                             "indicators set out at Appendix 1 to the report, be approved."), "GM"])
    rows.append(["47", "<b>RECOMMENDATION OF THE CABINET - STATEMENT OF COMMUNITY INVOLVEMENT</b>", ""])
    rows.append(["", "Moved by Councillor Lockington and seconded by Councillor Vickerman:-", ""])
    rows.append(["", R("(a)", "that the revised Statement of Community Involvement be adopted with effect from 1 "
                              "October 2025; and", shown="(a)", lead="Agreed -<br/>"), ""])
    rows.append(["", R("(b)", "that the Director of Legal Services be authorised to make minor editorial changes "
                              "before publication.", shown="(b)", lead=""), "AS-D"])
    minute_table(d, rows)

    rows = []
    rows.append(["48", "<b>NOTICE OF MOTION - SUPPORT FOR CHILDREN AND YOUNG PEOPLE WITH SPECIAL EDUCATIONAL "
                       "NEEDS AND DISABILITIES</b>", ""])
    rows.append(["", "Moved by Councillor Marfleet and seconded by Councillor Bellamy:-", ""])
    rows.append(["", "<i>\"This Council notes that Ofsted and the Care Quality Commission carried out a joint "
                     "inspection of the Hull local area between 27 and 31 January 2020, and that the inspection "
                     "letter, published on 24 March 2020, required a Written Statement of Action. The Written "
                     "Statement was declared fit for purpose in September 2020.</i>", ""])
    rows.append(["", "<i>Council further notes that inspectors re-visited the area from 14 to 16 March 2022 and, "
                     "in their letter of 9 May 2022, found that the area had made sufficient progress in three of "
                     "the six areas of significant weakness, but had not made sufficient progress in addressing:"
                     "</i>", ""])
    for text, themes in HULL_REVISIT:
        d.record_weak(text, themes)
        rows.append(["", "<i>&bull; " + escape(text) + "</i>", ""])
    rows.append(["", "<i>An Accelerated Progress Plan was submitted to the Department for Education on 29 July "
                     "2022, and the Department and NHS England have reviewed the area's progress every six months "
                     "since, most recently on 12 June 2025.</i>", ""])
    rows.append(["", "<i>Council recognises the work of families, schools, the NHS Humber and North Yorkshire "
                     "Integrated Care Board and council staff, but also that too many families still wait too "
                     "long. Council therefore resolves:</i>", ""])
    motion = [
        ("(a)", "to reaffirm its commitment to the Accelerated Progress Plan and to the city's SEND Strategy;"),
        ("(b)", "to ask the Portfolio Holder for Children, Young People and Families to report to each meeting "
                "of the Council, until formal monitoring ends, on progress against the three areas named in the "
                "re-visit letter;"),
        ("(c)", "to ask the Chief Executive to write to the Secretary of State for Education seeking a fair and "
                "sustainable settlement for the high needs block, and to the Chief Executive of the Integrated "
                "Care Board seeking recurrent funding for the neurodevelopmental pathway; and"),
        ("(d)", "to thank Hull Parents Together for its continued challenge and support.\""),
    ]
    for label, text in motion:
        rows.append(["", f"<i>{label} {escape(text)}</i>", ""])
    rows.append(["", "An amendment was moved by Councillor Yeadon and seconded by Councillor Tickton:-", ""])
    rows.append(["", "<i>\"Delete paragraph (b) and insert: '(b) to establish a cross-party SEND Improvement "
                     "Member Panel, which will meet monthly from October 2025 and report to the Council "
                     "quarterly;'\"</i>", ""])
    rows.append(["", "On being put to the vote, the amendment was LOST (For 9, Against 14, Abstentions 0).", ""])
    rows.append(["", "The substantive motion was then put to the vote and was CARRIED (For 21, Against 0, "
                     "Abstentions 2).", ""])
    rows.append(["", "Agreed - that the Council resolves:", ""])
    for label, text in motion:
        clean = text.rstrip('"')
        d.record_res(label, clean, "resolution", last=True)
        rows.append(["", f"{label} {escape(clean)}", "HW-S / CB"])
    rows.append(["49", "<b>NOTICE OF MOTION - BUS SERVICES</b>", ""])
    rows.append(["", "Moved by Councillor Sculcoates and seconded by Councillor Riplingham:-", ""])
    rows.append(["", "<i>\"This Council resolves to ask the Cabinet to fund free evening bus travel for all "
                     "residents aged under 22 from 1 January 2026, using the Council's general reserves.\"</i>", ""])
    rows.append(["", "Councillor Lockington, the Portfolio Holder for Finance, spoke against the motion, noting "
                     "that the cost had been estimated at £2.4 million a year. On being put to the vote the motion "
                     "was LOST (For 8, Against 15, Abstentions 0).", ""])
    minute_table(d, rows)

    rows = []
    rows.append(["50", "<b>QUESTIONS BY MEMBERS OF THE COUNCIL (PROCEDURE RULE 11)</b>", ""])
    rows.append(["", "(i) Councillor Tickton asked the Portfolio Holder for Children, Young People and Families "
                     "when the Council expected formal monitoring of the Accelerated Progress Plan to end.", ""])
    rows.append(["", "Councillor Marfleet replied that, at the review meeting on 12 June 2025, officials of the "
                     "Department for Education and NHS England had recognised the progress made on EHC plans, but "
                     "had asked for evidence that waiting times for the neurodevelopmental pathway were falling. "
                     "The next review was scheduled for 4 December 2025, and she hoped that it would be the last. "
                     "The area also expected to be inspected under the new framework, introduced in January 2023, "
                     "at any time.", ""])
    rows.append(["", "(ii) Councillor Gillett asked how many children were waiting for an autism assessment.", ""])
    rows.append(["", "Councillor Marfleet replied that 1,412 children were waiting on 31 August 2025, and that the "
                     "longest wait had fallen from 31 months to 22 months. Dr Imogen Flinton, the Designated "
                     "Clinical Officer for the Integrated Care Board, had agreed to provide a written briefing for "
                     "all members by the end of October 2025.", ""])
    rows.append(["", "(iii) Councillor Cartwright asked whether the Portfolio Holder would publish the area's "
                     "SEND self-evaluation. Councillor Marfleet replied that a summary, agreed by the SEND "
                     "Partnership Board on 8 July 2025, was already on the Local Offer website, and that the full "
                     "document would be shared with the Children, Young People and Family Services Scrutiny Panel "
                     "at its meeting on 6 November 2025.", ""])
    rows.append(["", "(iv) Councillor Kettlewell asked the Portfolio Holder for Housing whether the Council would "
                     "meet its target of 300 new council homes this year.", ""])
    rows.append(["", "Councillor Northcott replied that 212 homes had been completed or were on site, and that "
                     "the remainder would start on site before March 2026.", ""])
    rows.append(["", "(v) Councillor Ottringham asked when the refurbishment of the Central Library would be "
                     "complete. Councillor Vickerman replied that the contractor expected to hand the building back "
                     "on 27 February 2026 and that it would reopen to the public in April 2026.", ""])
    rows.append(["51", "<b>APPOINTMENTS TO COMMITTEES AND OUTSIDE BODIES</b>", ""])
    rows.append(["", "Moved by Councillor Pickering and seconded by Councillor Jessop:-", ""])
    rows.append(["", R("(a)", "that Councillor Fairhurst replace Councillor Hanratty on the Planning Committee;",
                       shown="(a)", lead="Agreed -<br/>"), "LP"])
    rows.append(["", R("(b)", "that Councillor Inskip be appointed to the Corporate Parenting Board; and",
                       shown="(b)", lead=""), ""])
    rows.append(["", R("(c)", "that Councillor Ellery be appointed as the Council's representative on the Hull "
                              "SEND Partnership Board for the remainder of the municipal year.", shown="(c)",
                       lead=""), ""])
    rows.append(["52", "<b>ANNUAL REPORT OF THE OVERVIEW AND SCRUTINY COMMISSION 2024/25</b>", ""])
    rows.append(["", "Councillor Welwick, Chair of the Overview and Scrutiny Commission, presented the "
                     "Commission's annual report for 2024/25. She highlighted the Commission's review of "
                     "temporary accommodation, whose recommendations the Cabinet had accepted on 23 June 2025, "
                     "and the work of the Children, Young People and Family Services Scrutiny Panel on the "
                     "Accelerated Progress Plan, which had met with parents at the Jean Bishop Centre on 11 "
                     "February 2025. She thanked Simon Aldbrough, the Council's Scrutiny Officer, for his support "
                     "throughout the year.", ""])
    rows.append(["", "Councillor Abbott welcomed the report but asked that, in 2025/26, the Commission look again "
                     "at the time taken to answer members' enquiries. Councillor Welwick agreed to include the "
                     "matter in the work programme to be agreed on 9 October 2025.", ""])
    rows.append(["", R(None, "That the annual report of the Overview and Scrutiny Commission for 2024/25 be noted, "
                             "and that the Council's thanks be recorded to the members and officers who supported "
                             "the Commission's work."), "SA"])
    rows.append(["53", "<b>MINUTES OF COMMITTEES</b>", ""])
    rows.append(["", "The minutes of the meetings of the Planning Committee (5 August 2025), the Licensing "
                     "Committee (12 August 2025) and the Audit Committee (28 July 2025) were submitted.", ""])
    rows.append(["", R(None, "That the minutes of the committees be received."), ""])
    minute_table(d, rows)
    d.space(10)
    d.p("The meeting closed at 5.47 p.m.")
    d.space(18)
    d.p("Signed ............................................................. Lord Mayor<br/><br/>"
        "Date .............................................................")

    for text, start, end in [
        ("18 September 2025", "2025-09-18", None), ("17 July 2025", "2025-07-17", None),
        ("2 August 2025", "2025-08-02", None), ("29 August 2025", "2025-08-29", None),
        ("September 2025", "2025-09", None), ("20 October 2025", "2025-10-20", None),
        ("March 2025", "2025-03", None), ("1 September 2025", "2025-09-01", None),
        ("1 October 2025", "2025-10-01", None),
        ("between 27 and 31 January 2020", "2020-01-27", "2020-01-31"), ("24 March 2020", "2020-03-24", None),
        ("September 2020", "2020-09", None), ("from 14 to 16 March 2022", "2022-03-14", "2022-03-16"),
        ("9 May 2022", "2022-05-09", None), ("29 July 2022", "2022-07-29", None), ("12 June 2025", "2025-06-12", None),
        ("October 2025", "2025-10", None), ("1 January 2026", "2026-01-01", None),
        ("4 December 2025", "2025-12-04", None), ("January 2023", "2023-01", None),
        ("31 August 2025", "2025-08-31", None), ("March 2026", "2026-03", None),
        ("27 February 2026", "2026-02-27", None), ("April 2026", "2026-04", None),
        ("5 August 2025", "2025-08-05", None), ("12 August 2025", "2025-08-12", None),
        ("28 July 2025", "2025-07-28", None), ("between April and June 2025", "2025-04", "2025-06"),
        ("23 June 2025", "2025-06-23", None), ("11 February 2025", "2025-02-11", None),
        ("9 October 2025", "2025-10-09", None), ("8 July 2025", "2025-07-08", None),
        ("6 November 2025", "2025-11-06", None),
    ]:
        d.date(text, start, end)
    d.person("Sadie Brantingham", None, "other")
    d.person("Dominic Rawcliffe", None, "other")
    d.person("Simon Aldbrough", "the Council's Scrutiny Officer", "officer")
    d.person("Imogen Flinton", "Designated Clinical Officer for the Integrated Care Board", "officer")
    d.event("inspection", "2020-01-27", "2020-01-31", "Ofsted and the Care Quality Commission carried out a joint "
            "inspection of the Hull local area between 27 and 31 January 2020")
    d.event("outcome-letter", "2020-03-24", None, "the inspection letter, published on 24 March 2020, required a "
            "Written Statement of Action")
    d.event("wsoa-approved", "2020-09", None, "The Written Statement was declared fit for purpose in September 2020.")
    d.event("revisit", "2022-03-14", "2022-03-16", "inspectors re-visited the area from 14 to 16 March 2022")
    d.event("revisit-outcome", "2022-05-09", None, "in their letter of 9 May 2022, found that the area had made "
            "sufficient progress in three of the six areas")
    d.event("progress-plan", "2022-07-29", None, "An Accelerated Progress Plan was submitted to the Department for "
            "Education on 29 July 2022")
    d.event("monitoring", "2025-06-12", None, "the Department and NHS England have reviewed the area's progress "
            "every six months since, most recently on 12 June 2025")
    d.event("monitoring", "2025-12-04", None, "The next review was scheduled for 4 December 2025")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 2. Luton: the Executive's record of decisions, one box per item (CMIS)
# ------------------------------------------------------------------------------------------------------------------

LUTON_AREAS = [
    ("The area's leaders do not have an accurate, shared understanding of the local area's strengths and "
     "weaknesses, and self-evaluation is not used well to plan improvements.", ["leadership-governance"]),
    ("The timeliness of EHC needs assessments is poor, and too many plans do not describe children's needs or the "
     "outcomes they are working towards.", ["ehc-plans"]),
    ("Joint commissioning arrangements are underdeveloped, so that gaps in speech and language therapy and "
     "occupational therapy have not been addressed.", ["joint-commissioning", "health-services"]),
    ("Too many parents and carers feel that they are not listened to, and the local offer is not well known or "
     "used by families.", ["co-production", "local-offer"]),
]


def luton_box(d: Doc, rows):
    """A record-of-decision box: a ruled two-column table of field and content, no header row."""
    d.table(rows, [4.2 * cm, 12 * cm], header=False, style=CELL_LARGE)
    d.space(10)


def luton_decisions() -> Doc:
    d = Doc(
        "luton/round25-2025-09-08-executive/Executive Record of Decisions 8 September 2025.pdf",
        {"council": "Luton Borough Council", "council_slug": "luton", "committee": "Executive",
         "meeting_date": "2025-09-08", "title": "Executive - Record of Decisions - 8 September 2025",
         "source_kind": "committee-report",
         "url": "http://democracy.luton.gov.uk/cmis5public/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo="
                "ExecRoD08092025"},
        {"council": "Luton Borough Council", "committee": "Executive", "date": "2025-09-08"},
        "Luton Borough Council", "Executive: Record of Decisions", "Published 10 September 2025",
        "{n}")
    d.title("EXECUTIVE")
    d.p("<b>RECORD OF DECISIONS</b> taken at the meeting of the Executive held on <b>Monday, 8 September 2025</b> "
        "at 6.00 p.m. in the Council Chamber, Town Hall, Luton.")
    d.p("This record is published under the Local Authorities (Executive Arrangements) (Meetings and Access to "
        "Information) (England) Regulations 2012. Decisions other than those marked \"not subject to call-in\" "
        "may be implemented after 5.00 p.m. on <b>Wednesday, 17 September 2025</b>, unless called in by the "
        "Overview and Scrutiny Board.")
    d.p("<b>PRESENT:</b>")
    d.table([["Councillor Rehana Qureshi-Blake", "Leader of the Council (Chair)"],
             ["Councillor Tom Hartigan", "Deputy Leader; Finance and Resources"],
             ["Councillor Jasvinder Dhanoa", "Children, Young People and Education"],
             ["Councillor Aidan Moorcroft", "Adult Social Care and Health"],
             ["Councillor Patience Okonjo", "Housing and Homelessness"],
             ["Councillor Graham Stopsley", "Environment and Transport"],
             ["Councillor Nadeem Farooqi", "Community Safety and Cohesion"]],
            [7 * cm, 9.2 * cm], header=False, grid=False, style=CELL_LARGE)
    d.p("<b>ALSO PRESENT:</b> Councillor Keeley Wardown (Chair, Overview and Scrutiny Board) and Councillor "
        "Dermot Stockwood (Leader of the Opposition).")
    d.p("<b>OFFICERS:</b> Maureen Halsall-Grey (Chief Executive), Lionel Abernethy (Service Director, Finance "
        "and Audit), Shazia Karim (Director of Children's Services), Peter Lindqvist (Service Director, Legal "
        "and Democratic Services) and Ruth Beddingfield (Democracy and Scrutiny Officer).")
    d.p("<b>APOLOGIES:</b> Councillor Ellen Fairbairn (Culture, Leisure and Digital).")
    for name, role in [("Rehana Qureshi-Blake", "Leader of the Council (Chair)"),
                       ("Tom Hartigan", "Deputy Leader; Finance and Resources"),
                       ("Jasvinder Dhanoa", "Children, Young People and Education"),
                       ("Aidan Moorcroft", "Adult Social Care and Health"),
                       ("Patience Okonjo", "Housing and Homelessness"),
                       ("Graham Stopsley", "Environment and Transport"),
                       ("Nadeem Farooqi", "Community Safety and Cohesion"),
                       ("Keeley Wardown", "Chair, Overview and Scrutiny Board"),
                       ("Dermot Stockwood", "Leader of the Opposition"),
                       ("Ellen Fairbairn", "Culture, Leisure and Digital")]:
        d.person(name, role, "member")

    def R(label, text):
        d.record_res(label, text, "resolution")
        return (f"{label} " if label else "") + escape(text)

    # item 1-3
    luton_box(d, [
        ["<b>Item</b>", "<b>1. Minutes</b>"],
        ["<b>Decision</b>", "RESOLVED: " + R(None, "That the minutes of the meeting of the Executive held on 14 July "
                                                   "2025 be taken as read, approved as a correct record and signed "
                                                   "by the Chair.")],
        ["<b>Declarations</b>", "Councillor Farooqi declared a non-pecuniary interest in item 2 as a trustee of the "
                                "Lewsey Community Association, and took no part in the vote on that item."],
    ])
    luton_box(d, [
        ["<b>Item</b>", "<b>2. Petition: Lewsey Farm Library Opening Hours</b>"],
        ["<b>Summary</b>", "A petition of 1,318 signatures, presented by Mrs Philippa Dunstable, asked the Council "
                           "to restore Saturday afternoon opening at Lewsey Farm Library, reduced from 5 April "
                           "2025. Mrs Dunstable addressed the Executive for five minutes. The Portfolio Holder "
                           "for Culture, Leisure and Digital had sent a written response, read out by the Leader."],
        ["<b>Decision</b>", "RESOLVED:<br/>" + R("(i)", "That the petition be noted.") + "<br/>"
         + R("(ii)", "That officers report on the cost of restoring Saturday afternoon opening, funded from the "
                     "library service's existing budget, as part of the budget proposals for 2026/27.")],
        ["<b>Call-in</b>", "Not subject to call-in (noting and a request for a report)."],
    ])
    d.person("Philippa Dunstable", None, "other")
    luton_box(d, [
        ["<b>Item</b>", "<b>3. Reference from the Overview and Scrutiny Board: Review of Youth Services</b>"],
        ["<b>Summary</b>", "Councillor Wardown presented the findings of the Board's task and finish review of "
                           "youth services, agreed by the Board on 21 July 2025. The review made six "
                           "recommendations, including a youth hub in each of the town's four localities and a "
                           "youth council with a place reserved for a young person with SEND. Councillor Dhanoa "
                           "welcomed the review and set out the Executive's response at Appendix 1."],
        ["<b>Decision</b>", "RESOLVED: " + R(None, "That the six recommendations of the Overview and Scrutiny "
                                                   "Board's review of youth services be accepted, and that the "
                                                   "response at Appendix 1 to the report be approved and sent to "
                                                   "the Board.")],
        ["<b>Reasons</b>", "The Executive must respond to the Board's recommendations within two months."],
        ["<b>Report author</b>", "Ruth Beddingfield, Democracy and Scrutiny Officer<br/>"
                                 "ruth.beddingfield@luton.gov.uk | 01582 546817"],
    ])
    luton_box(d, [
        ["<b>Item</b>", "<b>4. Revenue and Capital Budget Monitoring, Quarter 1 2025/26</b>"],
        ["<b>Decision</b>", "RESOLVED:<br/>" + R("(i)", "That the forecast revenue overspend of £6.8 million at "
                                                      "the end of Quarter 1, and the management actions set out in "
                                                      "section 5 of the report, be noted.") + "<br/>"
         + R("(ii)", "That the Service Director, Finance and Audit, be instructed to report a recovery plan to the "
                     "Executive's meeting on 3 November 2025.") + "<br/>"
         + R("(iii)", "That the capital programme re-profiling of £11.2 million from 2025/26 to 2026/27, set out at "
                      "Appendix B, be approved.")],
        ["<b>Reasons</b>", "To ensure that the Council sets and keeps a balanced budget, and to bring the capital "
                           "programme into line with the expected delivery of schemes."],
        ["<b>Alternative options</b>", "None; budget monitoring is a requirement of the Council's Financial "
                                       "Regulations."],
        ["<b>Report author</b>", "Lionel Abernethy, Service Director, Finance and Audit<br/>"
                                 "lionel.abernethy@luton.gov.uk | 01582 546071"],
    ])
    d.person("Maureen Halsall-Grey", "Chief Executive", "officer")
    d.person("Lionel Abernethy", "Service Director, Finance and Audit", "officer", "lionel.abernethy@luton.gov.uk",
             "01582 546071")
    d.person("Shazia Karim", "Director of Children's Services", "officer")
    d.person("Peter Lindqvist", "Service Director, Legal and Democratic Services", "officer")
    d.person("Ruth Beddingfield", "Democracy and Scrutiny Officer", "officer", "ruth.beddingfield@luton.gov.uk",
             "01582 546817")

    # item 5: SEND
    d.h("5. SEND Accelerated Progress Plan: Final Progress Report and Exit from Formal Monitoring")
    summary = [
        "5.1 Councillor Dhanoa introduced the report. Ofsted and the Care Quality Commission inspected the Luton "
        "local area from 26 to 30 November 2018. The inspection letter, published on 1 February 2019, identified "
        "four areas of significant weakness, and the Written Statement of Action (WSoA) was submitted on 14 May "
        "2019 and judged fit for purpose in July 2019.",
        "5.2 The four areas of significant weakness were:",
    ]
    for text in summary:
        d.p(text)
    for i, (text, themes) in enumerate(LUTON_AREAS, 1):
        d.weak(text, themes, marker=f"{i})", style=HANG)
    for text in [
        "5.2A The table below, taken from the report, shows the measures the DfE and NHS England used to judge "
        "progress against the APP.",
    ]:
        d.p(text)
    d.table([["APP measure", "Baseline (March 2022)", "Review, 18 March 2025", "Final review, 15 July 2025"],
             ["New EHC plans issued within 20 weeks (rolling 12 months)", "23%", "74%", "79%"],
             ["EHC plans audited as good or better", "31%", "68%", "71%"],
             ["Longest wait for speech and language therapy", "61 weeks", "18 weeks", "16 weeks"],
             ["Longest wait for occupational therapy", "48 weeks", "22 weeks", "19 weeks"],
             ["Health advice returned within six weeks", "44%", "91%", "93%"]],
            [6.4 * cm, 3.2 * cm, 3.2 * cm, 3.4 * cm], style=CELL_LARGE)
    d.space(6)
    for text in [
        "5.3 Inspectors re-visited the area from 7 to 9 February 2022. Their letter, published on 5 April 2022, "
        "found that sufficient progress had been made in the first and fourth areas, but not in the second and "
        "third. The Department for Education (DfE) and NHS England required an Accelerated Progress Plan (APP), "
        "which was agreed with the DfE on 27 June 2022.",
        "5.4 Since then, the DfE and NHS England have held six-monthly review meetings with the partnership. At the "
        "review on 18 March 2025 officials noted that 74% of new EHC plans had been issued within 20 weeks in "
        "the previous twelve months, against 23% in 2021, and that the joint commissioning plan for therapies, "
        "agreed by the Bedfordshire, Luton and Milton Keynes Integrated Care Board on 9 October 2024, had reduced "
        "the longest wait for speech and language therapy to 18 weeks. At the final review, on 15 July 2025, "
        "the DfE confirmed in writing that the area would leave formal monitoring with effect from 1 August 2025.",
        "5.5 Gemma Strathearn, the Designated Clinical Officer, and Yasmin Poulter, co-chair of Luton Parent Carer "
        "Forum, addressed the Executive. Ms Poulter welcomed the progress but said that families still found "
        "the transition to adult services hard. The Leader thanked both, and the staff of the SEND service, for "
        "the work of the last three years. The area is expected to be inspected under the current framework "
        "before the end of 2026; the partnership's self-evaluation was refreshed in May 2025.",
    ]:
        d.p(text)
    d.person("Gemma Strathearn", "the Designated Clinical Officer", "officer")
    d.person("Yasmin Poulter", "co-chair of Luton Parent Carer Forum", "other")
    luton_box(d, [
        ["<b>Item</b>", "<b>5. SEND Accelerated Progress Plan: Final Progress Report</b>"],
        ["<b>Decision</b>", "RESOLVED:<br/>"
         + R("(i)", "That the progress made against the Accelerated Progress Plan, and the Department for "
                    "Education's confirmation that the local area has exited formal monitoring, be noted.") + "<br/>"
         + R("(ii)", "That the SEND Improvement and Assurance Board be replaced by the SEND Partnership Board from "
                     "1 October 2025, with the terms of reference at Appendix C.") + "<br/>"
         + R("(iii)", "That the Director of Children's Services report to the Children's Services Review Group on "
                      "the partnership's readiness for inspection by 31 January 2026.") + "<br/>"
         + R("(iv)", "That the thanks of the Executive be recorded to the Luton Parent Carer Forum.")],
        ["<b>Reasons</b>", "To record the end of the APP monitoring period and to put in place governance suited "
                           "to the current inspection framework."],
        ["<b>Alternative options</b>", "To retain the Improvement and Assurance Board: rejected, as its purpose "
                                       "has been met."],
        ["<b>Report author</b>", "Kwame Ansah-Whitfield, Head of SEND and Inclusion<br/>"
                                 "kwame.ansah-whitfield@luton.gov.uk | 01582 548230"],
    ])
    d.person("Kwame Ansah-Whitfield", "Head of SEND and Inclusion", "officer", "kwame.ansah-whitfield@luton.gov.uk",
             "01582 548230")

    luton_box(d, [
        ["<b>Item</b>", "<b>6. Home to School Travel Assistance Policy 2026/27: Consultation</b>"],
        ["<b>Decision</b>", "RESOLVED:<br/>"
         + R("(i)", "That a public consultation on the draft Home to School Travel Assistance Policy 2026/27 be "
                    "held from 22 September 2025 to 2 November 2025.") + "<br/>"
         + R("(ii)", "That the Executive consider the outcome of the consultation, and a final policy, at its "
                     "meeting on 12 January 2026.")],
        ["<b>Reasons</b>", "The Council must publish its travel policy for the 2026/27 school year by 31 May 2026, "
                           "and consult on any change to it. The draft policy introduces personal travel budgets "
                           "for families of children with an EHC plan and an independent travel training offer "
                           "for young people aged 16 to 25."],
        ["<b>Alternative options</b>", "No change to the policy: rejected because of the forecast overspend on "
                                       "SEND transport."],
        ["<b>Report author</b>", "Harriet Cobbold, Transport Commissioning Manager<br/>"
                                 "harriet.cobbold@luton.gov.uk | 01582 547342"],
    ])
    d.person("Harriet Cobbold", "Transport Commissioning Manager", "officer", "harriet.cobbold@luton.gov.uk",
             "01582 547342")
    luton_box(d, [
        ["<b>Item</b>", "<b>7. Wardown Park Pavilion: Award of Contract</b>"],
        ["<b>Decision</b>", "RESOLVED: " + R(None, "That the contract for the refurbishment of Wardown Park Pavilion "
                                                   "be awarded to the preferred bidder identified in the exempt "
                                                   "appendix, for a sum not exceeding £1.85 million.")],
        ["<b>Reasons</b>", "The bid offered the most economically advantageous tender. Works are expected to start "
                           "in November 2025 and finish by June 2026."],
        ["<b>Alternative options</b>", "Not to proceed: rejected, as the pavilion is closed on safety grounds."],
        ["<b>Report author</b>", "Owain Pritchett, Parks Development Manager<br/>owain.pritchett@luton.gov.uk | "
                                 "01582 546655"],
    ])
    d.person("Owain Pritchett", "Parks Development Manager", "officer", "owain.pritchett@luton.gov.uk",
             "01582 546655")
    luton_box(d, [
        ["<b>Item</b>", "<b>8. Housing Allocations Policy Review</b>"],
        ["<b>Decision</b>", "RESOLVED:<br/>"
         + R("(i)", "That the revised Housing Allocations Policy at Appendix A be recommended to Council for "
                    "adoption.") + "<br/>"
         + R("(ii)", "That the Service Director, Housing, be authorised, in consultation with the Portfolio Holder, "
                     "to make minor amendments before it is submitted to Council on 14 October 2025.")],
        ["<b>Reasons</b>", "The current policy was adopted in March 2019 and no longer reflects the demand for "
                           "temporary accommodation."],
        ["<b>Alternative options</b>", "Minor changes only: rejected following the review by the Overview and "
                                       "Scrutiny Board on 30 June 2025."],
        ["<b>Report author</b>", "Bernadette Kilroy, Head of Housing Needs<br/>bernadette.kilroy@luton.gov.uk | "
                                 "01582 546402"],
    ])
    d.person("Bernadette Kilroy", "Head of Housing Needs", "officer", "bernadette.kilroy@luton.gov.uk",
             "01582 546402")
    luton_box(d, [
        ["<b>Item</b>", "<b>9. Luton Local Plan Review: Regulation 18 Consultation</b>"],
        ["<b>Summary</b>", "The Local Plan was adopted in November 2017. The Planning Policy Team proposes a "
                           "partial review to cover the period to 2041, with a first (Regulation 18) "
                           "consultation in the autumn and submission for examination in December 2026. The "
                           "Overview and Scrutiny Board asked that the review plan for the sites needed for "
                           "special school places."],
        ["<b>Decision</b>", "RESOLVED:<br/>"
         + R("(i)", "That the Regulation 18 consultation document at Appendix A be approved for consultation for "
                    "eight weeks, starting no earlier than 6 October 2025.") + "<br/>"
         + R("(ii)", "That the updated Local Development Scheme at Appendix B be approved, with effect from 18 "
                     "September 2025.") + "<br/>"
         + R("(iii)", "That the Service Director, Planning and Regeneration, be authorised to make minor "
                      "editorial changes to the documents before consultation.")],
        ["<b>Reasons</b>", "To keep the Local Plan up to date, as national policy requires."],
        ["<b>Alternative options</b>", "Not to review the Plan: rejected, as the Plan's policies on housing supply "
                                       "would be out of date from November 2027."],
        ["<b>Report author</b>", "Sunil Varadkar, Planning Policy Manager<br/>sunil.varadkar@luton.gov.uk | "
                                 "01582 546309"],
    ])
    d.person("Sunil Varadkar", "Planning Policy Manager", "officer", "sunil.varadkar@luton.gov.uk", "01582 546309")
    luton_box(d, [
        ["<b>Item</b>", "<b>10. Exclusion of the Public</b>"],
        ["<b>Decision</b>", "RESOLVED: " + R(None, "That, under Section 100A(4) of the Local Government Act 1972, the "
                                                   "public be excluded from the meeting for the following item, on "
                                                   "the grounds that it involves the likely disclosure of exempt "
                                                   "information as defined in paragraph 3 of Part 1 of Schedule 12A "
                                                   "to the Act.")],
    ])
    luton_box(d, [
        ["<b>Item</b>", "<b>11. Acquisition of Land at Leagrave Road (Exempt)</b>"],
        ["<b>Decision</b>", "RESOLVED: " + R(None, "That the acquisition of the land at Leagrave Road, on the terms "
                                                   "set out in the exempt report, be approved, and that the Service "
                                                   "Director, Legal and Democratic Services, be authorised to "
                                                   "complete the transaction.")],
        ["<b>Reasons</b>", "To secure a site for a new special school, which the Council expects to open in "
                           "September 2028, subject to a successful bid to the DfE."],
        ["<b>Alternative options</b>", "Set out in the exempt report."],
    ])
    d.p("The meeting ended at 7.52 p.m.")
    d.p("For further information on this record, please contact Ruth Beddingfield, Democracy and Scrutiny "
        "Officer, on 01582 546817 or at ruth.beddingfield@luton.gov.uk.", SMALL)
    for text, start, end in [
        ("10 September 2025", "2025-09-10", None), ("Monday, 8 September 2025", "2025-09-08", None),
        ("Wednesday, 17 September 2025", "2025-09-17", None), ("14 July 2025", "2025-07-14", None),
        ("3 November 2025", "2025-11-03", None), ("from 26 to 30 November 2018", "2018-11-26", "2018-11-30"),
        ("1 February 2019", "2019-02-01", None), ("14 May 2019", "2019-05-14", None), ("July 2019", "2019-07", None),
        ("from 7 to 9 February 2022", "2022-02-07", "2022-02-09"), ("5 April 2022", "2022-04-05", None),
        ("27 June 2022", "2022-06-27", None), ("18 March 2025", "2025-03-18", None),
        ("9 October 2024", "2024-10-09", None), ("15 July 2025", "2025-07-15", None),
        ("1 August 2025", "2025-08-01", None), ("May 2025", "2025-05", None), ("1 October 2025", "2025-10-01", None),
        ("31 January 2026", "2026-01-31", None),
        ("from 22 September 2025 to 2 November 2025", "2025-09-22", "2025-11-02"),
        ("12 January 2026", "2026-01-12", None), ("31 May 2026", "2026-05-31", None),
        ("November 2025", "2025-11", None), ("June 2026", "2026-06", None), ("14 October 2025", "2025-10-14", None),
        ("March 2019", "2019-03", None), ("30 June 2025", "2025-06-30", None), ("September 2028", "2028-09", None),
        ("5 April 2025", "2025-04-05", None), ("21 July 2025", "2025-07-21", None), ("March 2022", "2022-03", None),
        ("November 2017", "2017-11", None), ("December 2026", "2026-12", None), ("6 October 2025", "2025-10-06", None),
        ("18 September 2025", "2025-09-18", None), ("November 2027", "2027-11", None),
    ]:
        d.date(text, start, end)
    d.event("inspection", "2018-11-26", "2018-11-30", "Ofsted and the Care Quality Commission inspected the Luton "
            "local area from 26 to 30 November 2018.")
    d.event("outcome-letter", "2019-02-01", None, "The inspection letter, published on 1 February 2019, identified "
            "four areas of significant weakness")
    d.event("wsoa-submitted", "2019-05-14", None, "the Written Statement of Action (WSoA) was submitted on 14 May 2019")
    d.event("wsoa-approved", "2019-07", None, "judged fit for purpose in July 2019")
    d.event("revisit", "2022-02-07", "2022-02-09", "Inspectors re-visited the area from 7 to 9 February 2022.")
    d.event("revisit-outcome", "2022-04-05", None, "Their letter, published on 5 April 2022, found that sufficient "
            "progress had been made in the first and fourth areas")
    d.event("progress-plan", "2022-06-27", None, "an Accelerated Progress Plan (APP), which was agreed with the DfE "
            "on 27 June 2022")
    d.event("monitoring", "2025-03-18", None, "At the review on 18 March 2025 officials noted")
    d.event("monitoring", "2025-07-15", None, "At the final review, on 15 July 2025, the DfE confirmed in writing "
            "that the area would leave formal monitoring")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 3. Plymouth: the covering report to City Council and the Scrutiny Annual Report 2024/25
# ------------------------------------------------------------------------------------------------------------------

PLYMOUTH_FINDINGS = [
    ("Priority action 1", "Leaders across education, health and care should urgently improve the timeliness of "
     "EHC needs assessments and plans, and make sure that the contributions of health and social care "
     "practitioners are timely and of good quality.", ["ehc-plans"]),
    ("Priority action 2", "Leaders should develop a shared and well-understood strategy to reduce the number of "
     "children and young people with SEND who are excluded, on part-time timetables or missing education.",
     ["inclusion-provision", "leadership-governance"]),
    ("Area for improvement 1", "Leaders should improve the oversight of alternative provision so that they know "
     "how well it meets the needs of the children and young people who attend it.",
     ["data-oversight", "inclusion-provision"]),
    ("Area for improvement 2", "The ICB should reduce the waiting times for neurodevelopmental assessment and "
     "for child and adolescent mental health services, and make sure that families receive support while they "
     "wait.", ["health-services"]),
    ("Area for improvement 3", "Leaders should strengthen their communication with families, so that parents "
     "and carers understand the local offer and know how decisions about their children are made.",
     ["co-production", "local-offer"]),
]


def plymouth_report() -> Doc:
    d = Doc(
        "plymouth/round25-2025-07-21-city-council/Scrutiny Annual Report 2024-25.pdf",
        {"council": "Plymouth City Council", "council_slug": "plymouth", "committee": "City Council",
         "meeting_date": "2025-07-21", "title": "Scrutiny Annual Report 2024-25", "source_kind": "moderngov-document",
         "url": "https://democracy.plymouth.gov.uk/documents/s168422/Scrutiny%20Annual%20Report%202024-25.pdf"},
        {"council": "Plymouth City Council", "committee": "City Council", "date": "2025-07-21"},
        "PLYMOUTH CITY COUNCIL", "OFFICIAL", "Scrutiny Annual Report 2024/25", "Page {n} of {total}")
    d.footer_centre = "City Council, 21 July 2025"
    d.title("City Council")
    d.table([["Date of meeting:", "21 July 2025"],
             ["Title of Report:", "Scrutiny Annual Report 2024/25"],
             ["Lead Member:", "Councillor Bethany Stonehouse (Chair of the Scrutiny Management Board)"],
             ["Lead Strategic Director:", "Gideon Treloar (Service Director for Legal Services)"],
             ["Author:", "Carys Penhaligon (Scrutiny Manager)"],
             ["Contact Email:", "democraticsupport@plymouth.gov.uk"],
             ["Your Reference:", "SAR2425"],
             ["Key Decision:", "No"],
             ["Confidentiality:", "Part I - Official"]],
            [5 * cm, 11.2 * cm], header=False, style=CELL_LARGE)
    d.person("Bethany Stonehouse", "Chair of the Scrutiny Management Board", "member")
    d.person("Gideon Treloar", "Service Director for Legal Services", "officer")
    d.person("Carys Penhaligon", "Scrutiny Manager", "officer")
    d.h("Purpose of Report")
    d.p("The Constitution requires the Scrutiny Management Board to report each year to the City Council on the "
        "work of the overview and scrutiny function. This report presents the Scrutiny Annual Report for "
        "2024/25, which was agreed by the Board at its meeting on 18 June 2025. It summarises the work of the "
        "Board and of its four panels between June 2024 and May 2025, and the priorities for the year ahead.")
    d.h("Recommendations and Reasons")
    for label, text in [
        ("1.", "That City Council notes the Scrutiny Annual Report 2024/25."),
        ("2.", "That City Council endorses the priorities for scrutiny in 2025/26 set out in section 8 of the "
               "Annual Report, including the continued scrutiny of the Local Area SEND Priority Action Plan."),
    ]:
        d.res(label, text, "recommendation")
    d.p("<i>Reason: to meet the requirement of the Constitution and to recognise the contribution of members, "
        "officers, partners and residents to scrutiny.</i>")
    d.h("Alternative options considered and rejected")
    d.p("None. The report is required by the Constitution.")
    d.h("Relevance to the Corporate Plan and/or the Plymouth Plan")
    d.p("Scrutiny supports the Corporate Plan's value of being democratic: it holds decision-makers to account, "
        "involves residents, and helps to improve services, including for the city's most vulnerable children.")
    d.h("Implications for the Medium Term Financial Plan and Resource Implications:")
    d.p("None arising from this report. The scrutiny function is delivered within the Democratic Support budget.")
    d.h("Other Implications: e.g. Health and Safety, Risk Management, Child Poverty:")
    d.p("None directly. The Panels' work on SEND and on child poverty is described in the Annual Report.")
    d.h("Appendices")
    d.table([["Ref.", "Title of Appendix"], ["A", "Scrutiny Annual Report 2024/25"]], [2 * cm, 14.2 * cm],
            style=CELL_LARGE)
    d.h("Background papers:")
    d.p("Minutes of the Scrutiny Management Board, 18 June 2025; Statutory guidance on overview and scrutiny in "
        "local and combined authorities (April 2024).")
    d.h("Sign off:")
    d.table([["Fin", "Leg", "Mon Off", "HR", "Assets", "Strat Proc"],
             ["DJN.25.26.041", "LS/00003512/7/AC/30/6/25", "LS/00003512/7/AC/30/6/25", "N/A", "N/A", "N/A"]],
            [2.3 * cm, 4 * cm, 4 * cm, 1.6 * cm, 1.8 * cm, 2.5 * cm])
    d.p("Originating Senior Leadership Team member: Gideon Treloar (Service Director for Legal Services)")
    d.p("Please confirm the Strategic Director(s) has agreed the report? Yes<br/>Date agreed: 30/06/2025")
    d.p("Cabinet Member approval: Approved by Councillor Stonehouse, Chair of the Scrutiny Management Board<br/>"
        "Date approved: 01/07/2025")
    d.add(PageBreak())

    d.title("Appendix A: Scrutiny Annual Report 2024/25")
    d.h("1. Foreword from the Chair of the Scrutiny Management Board")
    d.p("This has been a demanding year for scrutiny in Plymouth. The outcome of the local area SEND inspection, "
        "published in the summer, has rightly been the single largest item on our agenda, and I want to thank "
        "the parents and carers who gave their time, often at short notice, to tell our Education and "
        "Children's Social Care Panel about their families' experience. We have also examined the Council's "
        "budget, the future of the city's leisure centres and the new bus service improvement plan. I am "
        "grateful to every member of the four panels, and to Carys Penhaligon and her team, for their work. "
        "<i>Councillor Bethany Stonehouse</i>")
    d.h("2. How scrutiny is organised")
    d.p("Scrutiny in Plymouth is led by the Scrutiny Management Board and carried out by four panels. In 2024/25 "
        "they were chaired as follows:")
    d.table([["Body", "Chair", "Vice-Chair", "Meetings held"],
             ["Scrutiny Management Board", "Councillor Bethany Stonehouse", "Councillor Luke Tregenza", "6"],
             ["Education and Children's Social Care Overview and Scrutiny Panel", "Councillor Morwenna Quick",
              "Councillor Ashok Venn", "7"],
             ["Health and Adult Social Care Overview and Scrutiny Panel", "Councillor Dennis Yelland",
              "Councillor Farah Nanjiani", "6"],
             ["Growth and Infrastructure Overview and Scrutiny Panel", "Councillor Joel Pascoe",
              "Councillor Imelda Roscorla", "5"],
             ["Housing and Community Services Overview and Scrutiny Panel", "Councillor Sian Kitto",
              "Councillor Bradley Oates", "5"]],
            [6.2 * cm, 3.8 * cm, 3.8 * cm, 2.4 * cm], style=CELL_LARGE)
    for name, role in [("Luke Tregenza", "Vice-Chair"), ("Morwenna Quick", "Chair"), ("Ashok Venn", "Vice-Chair"),
                       ("Dennis Yelland", "Chair"), ("Farah Nanjiani", "Vice-Chair"), ("Joel Pascoe", "Chair"),
                       ("Imelda Roscorla", "Vice-Chair"), ("Sian Kitto", "Chair"), ("Bradley Oates", "Vice-Chair")]:
        d.person(name, role, "member")
    d.h("3. Education and Children's Social Care Overview and Scrutiny Panel")
    d.p("3.1 Ofsted and the Care Quality Commission (CQC) carried out an inspection of the Plymouth local area "
        "partnership's arrangements for children and young people with SEND between 13 and 17 May 2024, under "
        "the framework introduced in January 2023. The report, published on 5 July 2024, found that there are "
        "widespread and/or systemic failings leading to significant concerns about the experiences and outcomes "
        "of children and young people with SEND. Plymouth's previous inspection, under the earlier framework, had taken place in "
        "February 2017.")
    d.p("3.2 The Panel received the report at an extraordinary meeting on 24 July 2024, with Councillor Ruth "
        "Abbiss-Hart, Cabinet Member for Children's Social Care, Culture and Communications, and Councillor "
        "Owen Carbis, Cabinet Member for Education, Skills and Apprenticeships, in attendance. Inspectors "
        "asked the partnership to address the following:")
    for label, text, themes in PLYMOUTH_FINDINGS:
        d.weak(text, themes, marker=f"<b>{label}:</b>", style=BODY)
    d.person("Ruth Abbiss-Hart", "Cabinet Member for Children's Social Care, Culture and Communications", "member")
    d.person("Owen Carbis", "Cabinet Member for Education, Skills and Apprenticeships", "member")
    d.p("3.3 The Panel heard from Eliza Marrack, chair of Plymouth Parent Carer Voice, who described families' "
        "frustration with the time taken to complete EHC needs assessments, and from Dr Francis Penrose, the "
        "Designated Medical Officer for NHS Devon Integrated Care Board, on the neurodevelopmental pathway. "
        "Lyndsey Hambly, Service Director for Education, Participation and Skills, set out the partnership's "
        "response: the Local Area SEND Priority Action Plan was agreed by the SEND Improvement Board on 29 "
        "August 2024 and submitted to the Department for Education on 6 September 2024.")
    d.person("Eliza Marrack", "chair of Plymouth Parent Carer Voice", "other")
    d.person("Francis Penrose", "the Designated Medical Officer for NHS Devon Integrated Care Board", "officer")
    d.person("Lyndsey Hambly", "Service Director for Education, Participation and Skills", "officer")
    d.p("3.4 The Panel has since received a progress report at each of its meetings. The first stocktake "
        "meeting with the Department for Education and NHS England was held on 11 December 2024, and the second "
        "on 10 June 2025; the next is scheduled for 9 December 2025. At its meeting on 19 March 2025 the Panel "
        "heard that 62% of new EHC plans had been issued within 20 weeks in the previous quarter, against 19% at "
        "the time of the inspection, but that exclusions of pupils with EHC plans had risen.")
    d.p("3.5 The Panel's other work included fostering sufficiency, the new family hubs, school place planning "
        "and the annual report of the Plymouth Safeguarding Children Partnership, presented by its independent "
        "scrutineer, Professor Alan Whitsand, on 13 November 2024.")
    d.person("Alan Whitsand", "independent scrutineer", "other")
    d.h("4. Health and Adult Social Care Overview and Scrutiny Panel")
    d.p("4.1 The Panel's main themes were urgent and emergency care, dentistry and the adult social care "
        "charging policy. In October 2024 it held a joint session with Cornwall Council's health scrutiny "
        "committee on University Hospitals Plymouth NHS Trust's winter plan, and in January 2025 it reviewed "
        "the Trust's response to its recommendations on ambulance handover delays. Councillor Yelland thanked "
        "Nicola Treweek, Chief Operating Officer of the Trust, for attending four meetings during the year.")
    d.person("Nicola Treweek", "Chief Operating Officer of the Trust", "officer")
    d.h("5. Growth and Infrastructure, and Housing and Community Services Panels")
    d.p("5.1 The Growth and Infrastructure Panel scrutinised the Bus Service Improvement Plan, the Freeport and "
        "the city centre regeneration programme. The Housing and Community Services Panel held a select "
        "committee review of damp and mould in the private rented sector on 14 February 2025, and its "
        "recommendations were considered by the Cabinet on 10 March 2025.")
    d.h("5A. Scrutiny of the budget")
    d.p("5A.1 The Scrutiny Management Board held its annual budget scrutiny over two days, on 15 and 16 January "
        "2025, with each Cabinet Member and Strategic Director questioned in turn. The Board's eleven "
        "recommendations were reported to the Cabinet on 10 February 2025, before the City Council set the "
        "budget on 24 February 2025. Among them, the Board asked that the high needs deficit, forecast at "
        "£27.6 million by March 2026, be reported to every meeting of the Education and Children's Social Care "
        "Panel, and that the Cabinet lobby the Government for the statutory override on the deficit to be "
        "extended beyond March 2028.")
    d.p("5A.2 The Board also examined the Council's in-year financial position at each of its meetings. "
        "Councillor Tregenza led a short review of the Council's use of agency staff, which reported in April "
        "2025 and found that the number of agency social workers had fallen from 61 to 34 over the year.")
    d.h("5B. Attendance")
    d.p("5B.1 Attendance at the Board and panels was 87% over the year, against 84% in 2023/24. The table shows "
        "the number of meetings of each body and the percentage of members' places filled, including "
        "substitutes.")
    d.table([["Body", "Meetings", "Attendance 2023/24", "Attendance 2024/25"],
             ["Scrutiny Management Board", "6", "88%", "91%"],
             ["Education and Children's Social Care Panel", "7", "83%", "89%"],
             ["Health and Adult Social Care Panel", "6", "85%", "86%"],
             ["Growth and Infrastructure Panel", "5", "81%", "84%"],
             ["Housing and Community Services Panel", "5", "82%", "83%"]],
            [6.6 * cm, 2.4 * cm, 3.6 * cm, 3.6 * cm], style=CELL_LARGE)
    d.space(6)
    d.h("6. Call-ins")
    d.p("6.1 One decision was called in during the year: the Cabinet Member decision to close the Tothill "
        "Community Centre, dated 2 September 2024. The Scrutiny Management Board considered the call-in on 16 "
        "September 2024 and referred the decision back to the Cabinet Member, who confirmed it, with changes, on "
        "30 September 2024.")
    d.h("7. Recommendations made in 2024/25")
    d.p("7.1 The Panels and the Board made 23 recommendations during the year. Those relating to children and "
        "young people are shown below, with the response.")
    recs = [
        ("24/07/2024", "Education and Children's Social Care", "That the Panel recommends to Cabinet that the "
         "Local Area SEND Priority Action Plan be co-produced with Plymouth Parent Carer Voice and published on "
         "the Local Offer.", "Accepted. Published 6 September 2024."),
        ("24/07/2024", "Education and Children's Social Care", "That the Panel recommends to Cabinet that a "
         "quarterly SEND performance dashboard be reported to the Panel until the Priority Action Plan is "
         "completed.", "Accepted."),
        ("19/03/2025", "Education and Children's Social Care", "That the Panel recommends to Cabinet that a "
         "strategy to reduce exclusions of children with EHC plans be brought to the Panel before the start of "
         "the autumn term.", "Accepted. Due September 2025."),
        ("14/02/2025", "Housing and Community Services", "That the Panel recommends to Cabinet that families with "
         "disabled children living in damp homes be prioritised for inspection under the private sector "
         "housing enforcement policy.", "Accepted in part."),
    ]
    rows = [["Date", "Panel", "Recommendation", "Response"]]
    for date, panel, text, response in recs:
        rows.append([date, panel, escape(text), response])
        d.record_res(None, text, "resolution")
    d.table(rows, [2.3 * cm, 3.6 * cm, 7 * cm, 3.3 * cm], style=CELL_LARGE)
    d.h("8. Priorities for 2025/26")
    d.p("8.1 The Scrutiny Management Board has agreed that the panels will focus on:")
    for text in ["the Local Area SEND Priority Action Plan, including the monitoring stocktakes and the "
                 "partnership's readiness for a monitoring inspection;",
                 "the Council's financial recovery and the budget for 2026/27;",
                 "the delivery of 1,000 affordable homes; and",
                 "access to primary care and dentistry."]:
        d.p("&bull; " + text, BULLET)
    d.p("8.2 Members will again be offered training, including a session on questioning skills with the Centre "
        "for Governance and Scrutiny on 8 October 2025. Scrutiny's work programme is published on the Council's "
        "website and updated after each meeting of the Scrutiny Management Board.")
    d.h("9. Contact")
    d.p("Carys Penhaligon, Scrutiny Manager, Democratic Support, Plymouth City Council, Ballard House, West Hoe "
        "Road, Plymouth PL1 3BJ. Telephone 01752 398261; email carys.penhaligon@plymouth.gov.uk")
    # Carys's details were given at the end
    d.people = [dict(p, email="carys.penhaligon@plymouth.gov.uk", phone="01752 398261")
                if p["name"] == "Carys Penhaligon" else p for p in d.people]
    for text, start, end in [
        ("21 July 2025", "2025-07-21", None), ("18 June 2025", "2025-06-18", None),
        ("between June 2024 and May 2025", "2024-06", "2025-05"), ("April 2024", "2024-04", None),
        ("30/06/2025", "2025-06-30", None), ("01/07/2025", "2025-07-01", None),
        ("between 13 and 17 May 2024", "2024-05-13", "2024-05-17"), ("January 2023", "2023-01", None),
        ("5 July 2024", "2024-07-05", None), ("February 2017", "2017-02", None), ("24 July 2024", "2024-07-24", None),
        ("29 August 2024", "2024-08-29", None), ("6 September 2024", "2024-09-06", None),
        ("11 December 2024", "2024-12-11", None), ("10 June 2025", "2025-06-10", None),
        ("9 December 2025", "2025-12-09", None), ("19 March 2025", "2025-03-19", None),
        ("13 November 2024", "2024-11-13", None), ("October 2024", "2024-10", None), ("January 2025", "2025-01", None),
        ("14 February 2025", "2025-02-14", None), ("10 March 2025", "2025-03-10", None),
        ("2 September 2024", "2024-09-02", None), ("16 September 2024", "2024-09-16", None),
        ("30 September 2024", "2024-09-30", None), ("September 2025", "2025-09", None),
        ("8 October 2025", "2025-10-08", None), ("15 and 16 January 2025", "2025-01-15", None),
        ("16 January 2025", "2025-01-16", None), ("10 February 2025", "2025-02-10", None),
        ("24 February 2025", "2025-02-24", None), ("March 2026", "2026-03", None), ("March 2028", "2028-03", None),
        ("April 2025", "2025-04", None),
    ]:
        d.date(text, start, end)
    d.event("inspection", "2024-05-13", "2024-05-17", "Ofsted and the Care Quality Commission (CQC) carried out an "
            "inspection of the Plymouth local area partnership's arrangements ... between 13 and 17 May 2024")
    d.event("outcome-letter", "2024-07-05", None, "The report, published on 5 July 2024, found that the local area "
            "there are widespread and/or systemic failings")
    d.event("inspection", "2017-02", None, "Plymouth's previous inspection, under the earlier framework, had taken "
            "place in February 2017.")
    d.event("progress-plan", "2024-08-29", None, "the Local Area SEND Priority Action Plan was agreed by the SEND "
            "Improvement Board on 29 August 2024")
    d.event("progress-plan", "2024-09-06", None, "and submitted to the Department for Education on 6 September 2024")
    d.event("monitoring", "2024-12-11", None, "The first stocktake meeting with the Department for Education and "
            "NHS England was held on 11 December 2024")
    d.event("monitoring", "2025-06-10", None, "and the second on 10 June 2025")
    d.event("monitoring", "2025-12-09", None, "the next is scheduled for 9 December 2025")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 4. Telford and Wrekin: a Schools Forum agenda reports pack (front sheet, previous minutes, high needs report)
# ------------------------------------------------------------------------------------------------------------------

TELFORD_AREAS = [
    ("Leaders across the partnership should make sure that the health contributions to EHC plans, particularly "
     "from the 0 to 19 public health nursing service, are consistently timely and specific.", ["ehc-plans"]),
    ("Leaders should work with schools to reduce the use of part-time timetables for children and young people "
     "with SEND, and check more closely that they are used only for as short a time as possible.",
     ["inclusion-provision"]),
    ("Leaders should improve the information and advice available to young people with SEND aged 16 to 25 and "
     "their families about the options open to them when they leave school.",
     ["preparing-for-adulthood", "local-offer"]),
]


def telford_pack() -> Doc:
    d = Doc(
        "telford-wrekin/round25-2025-09-25-schools-forum/Agenda reports pack 25th-Sep-2025 08.30 Schools Forum.pdf",
        {"council": "Telford & Wrekin Council", "council_slug": "telford-wrekin", "committee": "Schools Forum",
         "meeting_date": "2025-09-25", "title": "Agenda reports pack 25th-Sep-2025 08.30 Schools Forum",
         "source_kind": "moderngov-document",
         "url": "https://democracy.telford.gov.uk/documents/g8841/Public%20reports%20pack%2025th-Sep-2025%2008.30"
                "%20Schools%20Forum.pdf"},
        {"council": "Telford & Wrekin Council", "committee": "Schools Forum", "date": "2025-09-25"},
        "Telford & Wrekin Council", "Schools Forum - 25 September 2025", "Public Document Pack", "Page {n}")
    d.title("Telford &amp; Wrekin Council")
    d.p("<b>Schools Forum</b><br/>Thursday, 25 September 2025<br/>8.30 am<br/>Meeting Room G3/G4, Addenbrooke "
        "House, Ironmasters Way, Telford, TF3 4NT")
    d.table([["Democratic Services:", "Kirsty Meadowcroft", "01952 383211"],
             ["Media Enquiries:", "Corporate Communications", "01952 382406"],
             ["", "kirsty.meadowcroft@telford.gov.uk", ""]],
            [4.2 * cm, 7 * cm, 5 * cm], header=False, grid=False, style=CELL_LARGE)
    d.person("Kirsty Meadowcroft", "Democratic Services", "officer", "kirsty.meadowcroft@telford.gov.uk",
             "01952 383211")
    d.p("<b>Schools Forum Members:</b>")
    members = [
        ("Headteacher, maintained primary", "Mrs Alison Cheadle (Chair)"),
        ("Headteacher, maintained primary", "Mr Idris Morfe"),
        ("Headteacher, maintained special", "Ms Tamsin Ercall"),
        ("Academy representative (secondary)", "Mr Robert Lilleshall (Vice-Chair)"),
        ("Academy representative (secondary)", "Dr Harpreet Sandhu"),
        ("Academy representative (primary)", "Mrs Joanne Wrockwardine"),
        ("Academy representative (alternative provision)", "Mr Femi Adeyinka"),
        ("Governor, maintained schools", "Mr Colin Hadley"),
        ("Early years (private, voluntary and independent)", "Ms Becky Tibberton"),
        ("16-19 providers", "Mrs Gail Ketley"),
        ("Diocese of Lichfield", "Revd Simon Ludlow"),
        ("Trade unions (observer)", "Mr Nigel Dothill"),
        ("Cabinet Member (observer)", "Councillor Priya Haygate, Cabinet Member: Education, Employment &amp; "
                                      "Skills"),
    ]
    d.table([["Category", "Member"]] + [[a, b] for a, b in members], [7.2 * cm, 9 * cm], style=CELL_LARGE)
    for name, role in [("Alison Cheadle", "Headteacher, maintained primary (Chair)"),
                       ("Idris Morfe", "Headteacher, maintained primary"),
                       ("Tamsin Ercall", "Headteacher, maintained special"),
                       ("Robert Lilleshall", "Academy representative (secondary) (Vice-Chair)"),
                       ("Harpreet Sandhu", "Academy representative (secondary)"),
                       ("Joanne Wrockwardine", "Academy representative (primary)"),
                       ("Femi Adeyinka", "Academy representative (alternative provision)"),
                       ("Colin Hadley", "Governor, maintained schools"),
                       ("Becky Tibberton", "Early years (private, voluntary and independent)"),
                       ("Gail Ketley", "16-19 providers"), ("Simon Ludlow", "Diocese of Lichfield"),
                       ("Nigel Dothill", "Trade unions (observer)")]:
        d.person(name, role, "other")
    d.person("Priya Haygate", "Cabinet Member: Education, Employment & Skills", "member")
    d.h("AGENDA")
    d.table([["Item", "", "Page"],
             ["1.0", "Apologies for Absence", ""],
             ["2.0", "Declarations of Interest", ""],
             ["3.0", "Minutes of the Previous Meeting<br/>To confirm the minutes of the meeting held on 2 July 2025.",
              "3 - 6"],
             ["4.0", "Schools Block 2026/27: Funding Formula Consultation", "(to follow)"],
             ["5.0", "High Needs Block Budget Monitoring and SEND Update<br/>Report of the Director: Education &amp; "
                     "Skills.", "7 - 14"],
             ["6.0", "Early Years Block Update (verbal)", ""],
             ["7.0", "Forward Plan", ""],
             ["8.0", "Date of Next Meeting<br/>Thursday, 11 December 2025 at 8.30 am.", ""]],
            [1.6 * cm, 12 * cm, 2.6 * cm], style=CELL_LARGE)
    d.add(PageBreak())

    d.p("<b>SCHOOLS FORUM</b>")
    d.p("Minutes of a meeting of the Schools Forum held on Wednesday, 2 July 2025 at 8.30 am in Meeting Room "
        "G3/G4, Addenbrooke House, Telford")
    d.p("<u>Present:</u> Mrs A Cheadle (Chair), Mr F Adeyinka, Ms T Ercall, Mr C Hadley, Mrs G Ketley, Mr R "
        "Lilleshall, Revd S Ludlow, Mr I Morfe, Dr H Sandhu and Ms B Tibberton.")
    d.p("<u>Observers:</u> Councillor P Haygate (Cabinet Member: Education, Employment &amp; Skills) and Mr N "
        "Dothill (Trade Unions).")
    d.p("<u>Officers:</u> Declan Harrowby (Director: Education &amp; Skills), Ann-Marie Eastwood (Finance "
        "Manager, Schools and High Needs), Vikram Oldbury (Service Delivery Manager: SEND &amp; Personalisation) "
        "and Kirsty Meadowcroft (Democratic Services Officer).")
    d.p("<u>Apologies:</u> Mrs J Wrockwardine.")
    d.person("Declan Harrowby", "Director: Education & Skills", "officer")
    d.person("Ann-Marie Eastwood", "Finance Manager, Schools and High Needs", "officer", None, "01952 383854")
    d.person("Vikram Oldbury", "Service Delivery Manager: SEND & Personalisation", "officer")

    def item(number, heading, paras, resolved, labels=None):
        d.h(f"SF{number} {heading}")
        for para in paras:
            d.p(para)
        if isinstance(resolved, str):
            d.res(None, resolved, "resolution", lead="<b>RESOLVED</b> -")
        else:
            d.p("<b>RESOLVED</b> - that:")
            for label, text in resolved:
                d.res(label, text, "resolution")

    item(1, "Election of Chair and Vice-Chair for 2025/26",
         ["Nominations were received for Mrs Cheadle as Chair and Mr Lilleshall as Vice-Chair. There were no "
          "other nominations."],
         [("a)", "Mrs A Cheadle be elected Chair of the Schools Forum for 2025/26; and"),
          ("b)", "Mr R Lilleshall be elected Vice-Chair of the Schools Forum for 2025/26.")])
    d.h("SF2 Declarations of Interest")
    d.p("None.")
    item(3, "Minutes of the Previous Meeting", [],
         "that the minutes of the meeting held on 12 March 2025 be confirmed and signed by the Chair.")
    item(4, "Schools Block Outturn 2024/25",
         ["Ann-Marie Eastwood reported that the schools block had underspent by £212,000 in 2024/25, mainly on "
          "the growth fund, and that the underspend had been carried forward to the Dedicated Schools Grant "
          "reserve. Maintained school balances had fallen from £9.1 million at 31 March 2024 to £7.4 million at "
          "31 March 2025, and four schools had ended the year with a deficit."],
         "that the schools block outturn for 2024/25 be noted.")
    item(5, "De-delegation 2026/27",
         ["Maintained primary school members voted on the continuation of de-delegated services. The trade union "
          "observer did not vote."],
         [("a)", "de-delegation for trade union facilities time continue in 2026/27 at £2.10 per pupil; and"),
          ("b)", "de-delegation for the behaviour support outreach service continue in 2026/27, subject to a "
                 "review of its impact to be reported to the Forum in March 2026.")])
    item(6, "Local Area SEND Inspection: Initial Briefing",
         ["Declan Harrowby reported that Ofsted and the CQC had inspected the Telford and Wrekin local area "
          "partnership from 27 to 31 January 2025, and that the report had been published on 14 March 2025. The "
          "partnership's arrangements typically led to positive experiences and outcomes for children and young "
          "people with SEND, the highest of the three possible outcomes. Inspectors had identified three areas "
          "for improvement, which would be reported to the Forum in September with the partnership's action "
          "plan. Members congratulated the SEND team and schools; Dr Sandhu asked that the Forum be kept "
          "informed of the cost of the actions to the high needs block."],
         "that the briefing be noted.")
    item(7, "Forward Plan", ["The Forum considered its forward plan for 2025/26."],
         "that the forward plan be agreed, with the addition of a report on post-16 high needs places in "
         "December 2025.")
    d.p("The meeting ended at 10.05 am")
    d.p("Chairman: ..............................................<br/>Date: ..............................")
    d.add(PageBreak())

    d.p("<b>TELFORD &amp; WREKIN COUNCIL</b>")
    d.p("<b>SCHOOLS FORUM - 25 SEPTEMBER 2025</b>")
    d.p("<b>HIGH NEEDS BLOCK BUDGET MONITORING AND SEND UPDATE</b>")
    d.p("<b>REPORT OF THE DIRECTOR: EDUCATION &amp; SKILLS</b>")
    d.p("<b>LEAD CABINET MEMBER - CLLR PRIYA HAYGATE</b>")
    d.h("PART A) - SUMMARY REPORT")
    d.h("1. SUMMARY OF MAIN PROPOSALS")
    d.p("1.1 This report sets out the forecast position of the high needs block of the Dedicated Schools Grant "
        "(DSG) for 2025/26, and updates the Forum on the outcome of the local area SEND inspection and on the "
        "partnership's action plan.")
    d.h("2. RECOMMENDATIONS")
    d.p("2.1 Schools Forum is asked to:")
    for label, text in [
        ("a)", "note the forecast overspend on the high needs block of £3.14 million in 2025/26, and the "
               "cumulative DSG deficit forecast at 31 March 2026;"),
        ("b)", "note the outcome of the local area SEND inspection and the partnership's action plan at "
               "Appendix B;"),
        ("c)", "approve the continuation of the Inclusive Schools Forum top-up funding of £1.2 million in "
               "2026/27; and"),
        ("d)", "agree that a working group of the Forum consider the banding of top-up funding for special "
               "schools and report to the Forum on 11 December 2025."),
    ]:
        d.res(label, text, "recommendation")
    d.h("3. SUMMARY IMPACT ASSESSMENT")
    d.table([["COMMUNITY IMPACT", "Do these proposals contribute to specific Council Plan objectives?"],
             ["", "Yes. Every child, young person and adult lives well in their community."],
             ["TARGET COMPLETION/DELIVERY DATE", "The action plan runs to July 2026."],
             ["FINANCIAL/VALUE FOR MONEY IMPACT", "Yes. The financial implications are set out in section 4 "
                                                  "and Appendix A. AME 10/09/2025"],
             ["LEGAL ISSUES", "Yes. The Council must keep the DSG in a separate account and set out a deficit "
                              "management plan. RP 09/09/2025"],
             ["OTHER IMPACTS, RISKS &amp; OPPORTUNITIES", "The principal risk is the growth in EHC plans, which "
                                                          "rose by 9.8% in the year to January 2025."],
             ["IMPACT ON SPECIFIC WARDS", "Borough-wide impact"]],
            [5.4 * cm, 10.8 * cm], header=False, style=CELL_LARGE)
    d.h("PART B) - ADDITIONAL INFORMATION")
    d.h("4. INFORMATION")
    d.p("<b>High needs block</b>")
    for text in [
        "4.1 The high needs block allocation for 2025/26 is £41.86 million, an increase of 7.1% on 2024/25. "
        "At the end of August 2025 the forecast spend is £45.00 million, an overspend of £3.14 million, "
        "mainly on independent special school placements (£1.9 million) and post-16 top-up funding "
        "(£0.8 million). The cumulative deficit on the DSG is forecast to reach £9.7 million by 31 March 2026.",
        "4.2 The number of children and young people with an EHC plan maintained by the Council rose from 2,231 "
        "in January 2024 to 2,450 in January 2025. 91% of new plans were issued within 20 weeks in the calendar "
        "year 2024, against 46% nationally.",
        "4.3 The Council joined the Department for Education's Delivering Better Value programme in 2023 and "
        "its grant-funded projects ended on 31 August 2025. The deficit management plan, last updated in June "
        "2025, is attached at Appendix A and will be reviewed with the Forum each term.",
    ]:
        d.p(text)
    d.p("<b>Local area SEND inspection</b>")
    d.p("4.4 As reported to the Forum on 2 July 2025, Ofsted and the Care Quality Commission inspected the local "
        "area partnership from 27 to 31 January 2025 under the area SEND inspection framework. The report, "
        "published on 14 March 2025, judged that the partnership's arrangements typically lead to positive "
        "experiences and outcomes for children and young people with SEND. The next full inspection is "
        "expected within five years; in the meantime Ofsted will hold annual engagement meetings with the "
        "partnership, the first of which took place on 3 September 2025.")
    d.p("4.5 Inspectors found that children's needs are identified early, that the Inclusive Schools Forum "
        "helps schools to meet needs without an EHC plan, and that young people are well prepared for "
        "adulthood. They asked the partnership to improve the following areas:")
    for text, themes in TELFORD_AREAS:
        d.weak(text, themes)
    d.p("4.6 The SEND Partnership Board agreed an action plan addressing the three areas on 8 May 2025, and the "
        "plan was published on the Local Offer on 19 May 2025. It is set out at Appendix B with the progress "
        "made at the end of August 2025. Joanne Whitchurch, the Designated Clinical Officer for NHS Shropshire, "
        "Telford and Wrekin ICB, leads the first area, and the 0 to 19 service has recruited three additional "
        "health visitors since April 2025.")
    d.person("Joanne Whitchurch", "the Designated Clinical Officer for NHS Shropshire, Telford and Wrekin ICB",
             "officer")
    d.p("4.7 The cost of the actions to the high needs block is limited to the extension of the Inclusive "
        "Schools Forum top-up funding (recommendation 2.1 c)) and a post-16 transition coordinator, funded for "
        "two years from January 2026.")
    d.h("5. PREVIOUS MINUTES")
    d.p("Schools Forum, 12 March 2025 and 2 July 2025.")
    d.h("6. BACKGROUND PAPERS")
    d.p("Area SEND inspection of Telford and Wrekin Local Area Partnership, Ofsted and CQC, 14 March 2025; "
        "Dedicated Schools Grant: conditions of grant 2025 to 2026, Department for Education, December 2024; "
        "SEND Partnership Board minutes, 8 May 2025.")
    d.p("Report prepared by Ann-Marie Eastwood, Finance Manager, Schools and High Needs, Telephone 01952 383854, "
        "and Vikram Oldbury, Service Delivery Manager: SEND &amp; Personalisation, Telephone 01952 385117.")
    d.people = [dict(p, phone="01952 385117") if p["name"] == "Vikram Oldbury" else p for p in d.people]
    d.p("<b>Appendix A: High Needs Block 2025/26 - Forecast Outturn at 31 August 2025</b>")
    d.table([["Budget line", "Budget £000", "Forecast £000", "Variance £000"],
             ["Maintained special schools and academies", "14,210", "14,530", "320"],
             ["Independent and non-maintained special schools", "7,850", "9,750", "1,900"],
             ["Mainstream top-up (including Inclusive Schools Forum)", "6,420", "6,380", "(40)"],
             ["Resourced provision", "2,180", "2,240", "60"],
             ["Alternative provision and pupil referral unit", "4,960", "5,010", "50"],
             ["Post-16 top-up funding", "3,300", "4,100", "800"],
             ["Sensory, specialist teaching and outreach services", "2,140", "2,160", "20"],
             ["Hospital education and other", "800", "830", "30"],
             ["Total", "41,860", "45,000", "3,140"]],
            [7.6 * cm, 2.8 * cm, 2.8 * cm, 3 * cm], style=CELL_LARGE)
    d.space(8)
    d.p("<b>Appendix B: Local Area SEND Action Plan - Progress at 31 August 2025</b>")
    d.table([["Area", "Key actions", "Lead", "Progress", "RAG"],
             ["1. Health contributions", "Quality assurance of all health advice by the DCO; 0 to 19 service "
              "advice template revised.", "Joanne Whitchurch", "87% of health advice returned within six weeks "
              "(target 90%).", "Amber"],
             ["2. Part-time timetables", "Termly return from schools; SEND inclusion officer reviews every "
              "timetable over six weeks.", "Vikram Oldbury", "Return in place from June 2025; 41 pupils on "
              "part-time timetables, down from 63.", "Green"],
             ["3. Preparing for adulthood", "New post-16 pages on the Local Offer, co-produced with young "
              "people; transition coordinator.", "Vikram Oldbury", "Pages live from 1 September 2025; "
              "coordinator to start in January 2026.", "Amber"]],
            [3 * cm, 5 * cm, 2.6 * cm, 4.2 * cm, 1.4 * cm], style=CELL)
    for text, start, end in [
        ("Thursday, 25 September 2025", "2025-09-25", None), ("2 July 2025", "2025-07-02", None),
        ("Thursday, 11 December 2025", "2025-12-11", None), ("12 March 2025", "2025-03-12", None),
        ("31 March 2024", "2024-03-31", None), ("31 March 2025", "2025-03-31", None), ("March 2026", "2026-03", None),
        ("from 27 to 31 January 2025", "2025-01-27", "2025-01-31"), ("14 March 2025", "2025-03-14", None),
        ("December 2025", "2025-12", None), ("31 March 2026", "2026-03-31", None), ("July 2026", "2026-07", None),
        ("10/09/2025", "2025-09-10", None), ("09/09/2025", "2025-09-09", None), ("January 2025", "2025-01", None),
        ("August 2025", "2025-08", None), ("January 2024", "2024-01", None), ("31 August 2025", "2025-08-31", None),
        ("June 2025", "2025-06", None), ("3 September 2025", "2025-09-03", None), ("8 May 2025", "2025-05-08", None),
        ("19 May 2025", "2025-05-19", None), ("April 2025", "2025-04", None), ("January 2026", "2026-01", None),
        ("December 2024", "2024-12", None), ("1 September 2025", "2025-09-01", None),
    ]:
        d.date(text, start, end)
    d.event("inspection", "2025-01-27", "2025-01-31", "Ofsted and the CQC had inspected the Telford and Wrekin local "
            "area partnership from 27 to 31 January 2025")
    d.event("outcome-letter", "2025-03-14", None, "the report had been published on 14 March 2025")
    d.event("progress-plan", "2025-05-08", None, "The SEND Partnership Board agreed an action plan addressing the "
            "three areas on 8 May 2025")
    d.event("progress-plan", "2025-05-19", None, "the plan was published on the Local Offer on 19 May 2025")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 5. Hartlepool: a committee-system "Minutes and Decision Record" of the Children's Services Committee
# ------------------------------------------------------------------------------------------------------------------

HARTLEPOOL_AREAS = [
    ("Leaders should make sure that the quality assurance of EHC plans leads to consistently well-written plans "
     "and that annual reviews are completed on time and update plans when children's needs change.",
     ["ehc-plans"]),
    ("Health commissioners should reduce the time that children and young people wait for an assessment of "
     "autism spectrum disorder and attention deficit hyperactivity disorder.", ["health-services"]),
    ("Leaders should improve the way they gather and use information about the attendance and suspensions of "
     "children and young people with SEND, so that they can act quickly when these are a concern.",
     ["data-oversight", "outcomes"]),
    ("Leaders should develop the range of post-16 options, including supported internships, so that more young "
     "people with SEND can move successfully into employment.", ["preparing-for-adulthood"]),
]


def hartlepool_minutes() -> Doc:
    d = Doc(
        "hartlepool/round25-2025-04-08-childrens-services-committee/"
        "Childrens Services Committee Minutes and Decision Record 11 March 2025.pdf",
        {"council": "Hartlepool Borough Council", "council_slug": "hartlepool",
         "committee": "Children's Services Committee", "meeting_date": "2025-04-08",
         "title": "Children's Services Committee - Minutes and Decision Record - 11 March 2025",
         "source_kind": "committee-report",
         "url": "https://www.hartlepool.gov.uk/download/downloads/id/9412/childrens_services_committee_minutes_"
                "and_decision_record_11_march_2025.pdf"},
        {"council": "Hartlepool Borough Council", "committee": "Children's Services Committee",
         "date": "2025-03-11"},
        "Children's Services Committee - Minutes and Decision Record - 11 March 2025", "",
        "25.03.11 Children's Services Committee Minutes and Decision Record", "HARTLEPOOL BOROUGH COUNCIL      {n}")
    d.body = BODY12
    d.h = lambda text, style=HEAD12: d.story.append(Paragraph(text, style))  # noqa: E731
    d.title("CHILDREN'S SERVICES COMMITTEE")
    d.title("MINUTES AND DECISION RECORD")
    d.p("<b>11 March 2025</b>")
    d.p("The meeting commenced at 4.00 pm in the Civic Centre, Hartlepool.")
    d.p("<b>Present:</b>")
    d.p("Councillor Rowena Greatham (In the Chair)")
    d.p("Councillors:")
    two_columns(d, ["Bryony Hart-Lathom", "Kieran Seaton", "Maxine Elwick", "Declan Throston"],
                ["Paul Owton", "Yvonne Rossmere", "Tariq Naseby", ""])
    d.p("Also present: Councillor Joan Brierton as substitute for Councillor Gillian Fens in accordance with "
        "Council Procedure Rule 4.2.")
    d.p("Co-opted Members: Father Anthony Dyke (Roman Catholic Diocese of Hexham and Newcastle) and Mrs Lucy "
        "Clavering (Parent Governor Representative).")
    d.p("Officers:")
    d.table([["Martina Heugh", "Director of Children's and Joint Commissioning Services"],
             ["Craig Seaton-Carew", "Assistant Director, Education"],
             ["Amanda Tunstall", "Assistant Director, Children and Families"],
             ["Paula Grayfields", "Head of SEND and Inclusion"],
             ["Alastair Wynyard", "Legal Services Manager"],
             ["Dawn Stranton", "Democratic Services Team"]],
            [5.6 * cm, 10.6 * cm], header=False, grid=False, style=CELL_LARGE)
    d.person("Rowena Greatham", "In the Chair", "member")
    for name in ["Bryony Hart-Lathom", "Kieran Seaton", "Maxine Elwick", "Declan Throston", "Paul Owton",
                 "Yvonne Rossmere", "Tariq Naseby", "Gillian Fens"]:
        d.person(name, None, "member")
    d.person("Joan Brierton", "substitute for Councillor Gillian Fens", "member")
    d.person("Anthony Dyke", "Roman Catholic Diocese of Hexham and Newcastle", "other")
    d.person("Lucy Clavering", "Parent Governor Representative", "other")
    for name, role in [("Martina Heugh", "Director of Children's and Joint Commissioning Services"),
                       ("Craig Seaton-Carew", "Assistant Director, Education"),
                       ("Amanda Tunstall", "Assistant Director, Children and Families"),
                       ("Paula Grayfields", "Head of SEND and Inclusion"),
                       ("Alastair Wynyard", "Legal Services Manager"),
                       ("Dawn Stranton", "Democratic Services Team")]:
        d.person(name, role, "officer")

    def decision(items):
        d.h("Decision")
        if isinstance(items, str):
            d.res(None, items, "resolution", style=BODY12)
        else:
            for label, text in items:
                d.res(label, text, "resolution", style=HANG12)

    d.h("41. Apologies for Absence")
    d.p("Apologies for absence were received from Councillors Gillian Fens and Sue Hartburn, and from Mr Graham "
        "Elwick-Stead (Secondary Headteacher Representative).")
    d.person("Sue Hartburn", None, "member")
    d.person("Graham Elwick-Stead", "Secondary Headteacher Representative", "other")
    d.h("42. Declarations of Interest")
    d.p("Councillor Naseby declared a personal interest in minute 49 as a governor of Springwell School. "
        "Councillor Elwick declared a personal interest in minute 45 as a foster carer.")
    d.h("43. Minutes of the meeting held on 11 February 2025")
    decision("That the minutes of the meeting held on 11 February 2025 be confirmed as a correct record.")
    d.h("44. Local Area SEND Inspection Outcome <i>(Director of Children's and Joint Commissioning Services)</i>")
    d.p("<b>Type of decision</b>")
    d.p("Non-key decision.")
    d.p("<b>Purpose of report</b>")
    d.p("To inform Members of the outcome of the inspection of the Hartlepool local area partnership's "
        "arrangements for children and young people with special educational needs and/or disabilities (SEND), "
        "and of the partnership's response.")
    d.p("<b>Issue(s) for consideration</b>")
    d.p("The Head of SEND and Inclusion reported that Ofsted and the Care Quality Commission had inspected the "
        "local area partnership from 2 to 6 December 2024 under the area SEND inspection framework that took "
        "effect in January 2023. The report, published on 24 January 2025, found that the partnership's "
        "arrangements lead to inconsistent experiences and outcomes for children and young people with SEND, "
        "and that the partnership must work jointly to make improvements. The area had last been inspected in "
        "June 2017, under the previous framework, when no Written Statement of Action had been required.")
    d.p("Inspectors had found much to praise, including the early identification of needs in the early years, "
        "the strength of the partnership with Hartlepool Parent Carer Forum, and the specialist support for "
        "children with social, emotional and mental health needs. The report set out four areas for "
        "improvement:")
    for i, (text, themes) in enumerate(HARTLEPOOL_AREAS, 1):
        d.weak(text, themes, marker=f"({i})", style=HANG12)
    d.p("The partnership was required to update its self-evaluation and its strategic plan. The updated plan "
        "would be agreed by the Hartlepool SEND Partnership Board on 27 March 2025 and published on the Local "
        "Offer by 30 April 2025. Ofsted would hold an annual engagement meeting with the partnership, and the "
        "next full inspection was expected within three years. The Chief Nurse of the North East and North "
        "Cumbria Integrated Care Board, Dr Hilary Blakelock, had written to the partnership on 3 February 2025 "
        "confirming additional funding for the autism and ADHD assessment pathway from April 2025.")
    d.person("Hilary Blakelock", "The Chief Nurse of the North East and North Cumbria Integrated Care Board",
             "officer")
    d.p("A Member queried how many children were currently waiting for an autism assessment. The Head of SEND "
        "and Inclusion advised that 684 children were waiting on 28 February 2025, and that the average wait had "
        "fallen from 27 months to 19 months since March 2024. A Member asked how the partnership would know that "
        "the quality of EHC plans had improved. The Assistant Director, Education, advised that a multi-agency "
        "audit of 30 plans would be carried out each term, with parents taking part, and the results reported "
        "to the Committee.")
    d.p("The Parent Governor Representative welcomed the report but noted that families of young people over 16 "
        "had told the Parent Carer Forum that there were too few local options. The Director confirmed that two "
        "new supported internship programmes, with the Council and the hospital trust, would begin in September "
        "2025. The Chair thanked officers, schools and the Parent Carer Forum, and congratulated the partnership "
        "on the many strengths identified in the report.")
    decision([
        ("(i)", "That the outcome of the local area SEND inspection be noted."),
        ("(ii)", "That the strengths identified by inspectors be acknowledged and the Committee's thanks be passed "
                 "to all staff and partners involved."),
        ("(iii)", "That the updated SEND strategic plan be submitted to the Committee, following its agreement by "
                  "the SEND Partnership Board, at its meeting on 10 June 2025."),
        ("(iv)", "That progress against the four areas for improvement be reported to the Committee every six "
                 "months."),
    ])
    d.h("45. Fostering Service Annual Report 2023/24 <i>(Director of Children's and Joint Commissioning "
        "Services)</i>")
    d.p("<b>Type of decision</b>")
    d.p("Non-key decision.")
    d.p("<b>Purpose of report</b>")
    d.p("To present the annual report of the fostering service, as required by the Fostering Services "
        "(England) Regulations 2011 and the National Minimum Standards.")
    d.p("<b>Issue(s) for consideration</b>")
    d.p("The Assistant Director, Children and Families, reported that the service had approved 14 new "
        "fostering households during the year, against a target of 20, and that 71% of children in care lived "
        "with foster carers. Ofsted's inspection of the service in October 2023 had judged it good. A new "
        "recruitment campaign, with the regional fostering hub, had begun on 1 February 2025. Members asked "
        "about the allowances paid to carers, and the Assistant Director agreed to circulate a comparison with "
        "neighbouring authorities.")
    decision("That the Fostering Service Annual Report 2023/24 be noted, and that the Committee's thanks be "
             "recorded to the borough's foster carers.")
    d.h("46. School Admission Arrangements 2026/27 <i>(Director of Children's and Joint Commissioning "
        "Services)</i>")
    d.p("<b>Type of decision</b>")
    d.p("Budget and Policy Framework.")
    d.p("<b>Purpose of report</b>")
    d.p("To determine the admission arrangements for community and voluntary controlled schools for 2026/27.")
    d.p("<b>Issue(s) for consideration</b>")
    d.p("The Assistant Director, Education, reported that consultation on the proposed arrangements had taken "
        "place from 4 November 2024 to 13 December 2024. Eleven responses had been received, nine of them "
        "supporting a new oversubscription criterion giving priority to children of staff. The arrangements must "
        "be determined by 28 February each year; a decision had been taken under urgency on 26 February 2025 by "
        "the Director, in consultation with the Chair, and the Committee was asked to note it and to agree the "
        "co-ordinated scheme.")
    decision([
        ("(i)", "That the urgent decision of 26 February 2025 determining the admission arrangements for 2026/27 "
                "be noted."),
        ("(ii)", "That the co-ordinated admissions scheme for 2026/27 be approved."),
    ])
    d.h("47. Youth Justice Strategic Plan 2025-2027 <i>(Director of Children's and Joint Commissioning "
        "Services)</i>")
    d.p("<b>Type of decision</b>")
    d.p("Budget and Policy Framework.")
    d.p("<b>Purpose of report</b>")
    d.p("To consider the draft Youth Justice Strategic Plan before its referral to full Council.")
    d.p("<b>Issue(s) for consideration</b>")
    d.p("The Youth Justice Service Manager, Neil Greatham-Hunt, presented the draft plan. First-time entrants "
        "to the youth justice system had fallen by 18% in the year to September 2024. A Member asked how many "
        "young people known to the service had an EHC plan; the Service Manager advised that 23% did, and that "
        "a speech and language therapist had joined the service in January 2025. The plan must be submitted to "
        "the Youth Justice Board by 30 June 2025.")
    d.person("Neil Greatham-Hunt", "The Youth Justice Service Manager", "officer")
    decision("That the draft Youth Justice Strategic Plan 2025-2027 be endorsed and referred to Council for "
             "approval on 20 March 2025.")
    d.h("48. Virtual School Headteacher's Annual Report 2023/24 <i>(Director of Children's and Joint "
        "Commissioning Services)</i>")
    d.p("<b>Type of decision</b>")
    d.p("For information.")
    d.p("<b>Purpose of report</b>")
    d.p("To present the annual report of the Virtual School for children in care and previously in care.")
    d.p("<b>Issue(s) for consideration</b>")
    d.p("The Virtual School Headteacher, Ms Carla Wolviston, reported that 62% of the children in care of "
        "school age had special educational needs, and 34% an EHC plan. Personal education plans had been "
        "completed on time for 96% of children in the summer term. Persistent absence had fallen to 14.2%, but "
        "two children in care had been permanently excluded during the year, both of whom had since been found "
        "new school places. Members welcomed the report and asked that future reports compare outcomes with "
        "those of other North East authorities.")
    d.person("Carla Wolviston", "The Virtual School Headteacher", "officer")
    decision("That the Virtual School Headteacher's Annual Report 2023/24 be noted, and that future reports "
             "include comparisons with other North East local authorities.")
    d.h("49. Schools' Capital Programme 2025/26 <i>(Director of Children's and Joint Commissioning Services)</i>")
    d.p("<b>Type of decision</b>")
    d.p("Key decision (test (i) applies). Forward Plan Reference No. CJCS 214/25.")
    d.p("<b>Purpose of report</b>")
    d.p("To agree the schools' capital programme for 2025/26, including the use of the High Needs Provision "
        "Capital Allocation.")
    d.p("<b>Issue(s) for consideration</b>")
    d.p("The Assistant Director, Education, reported that the Council's condition allocation for 2025/26 was "
        "£1.62 million and its High Needs Provision Capital Allocation £2.9 million. It was proposed to use the "
        "high needs allocation to create 24 additional places in resourced provision at three mainstream "
        "schools from September 2025 and to extend Springwell School from September 2026. Councillor Naseby, "
        "having declared an interest, took no part in the discussion of the Springwell scheme. A Member asked "
        "whether the new places would reduce the use of independent special schools; the Assistant Director "
        "advised that 31 children were placed in independent schools on 1 March 2025, and that the aim was to "
        "halve this within three years.")
    decision([
        ("(i)", "That the schools' capital programme for 2025/26, as set out in Appendix 1, be approved."),
        ("(ii)", "That the Director of Children's and Joint Commissioning Services be authorised, in consultation "
                 "with the Chair, to vary individual schemes within the overall programme."),
        ("(iii)", "That the proposal to extend Springwell School be referred to the Finance and Policy Committee "
                  "on 7 April 2025 for the release of the capital funding."),
    ])
    d.h("50. Any Other Items which the Chair Considers are Urgent")
    d.p("None.")
    d.p("The meeting concluded at 5.46 pm.")
    d.space(14)
    d.p("<b>A WYNYARD</b><br/><b>LEGAL SERVICES MANAGER</b><br/><br/><b>PUBLICATION DATE: 18 MARCH 2025</b>")
    d.p("<i>In accordance with the Council's Constitution, decisions recorded in minutes 44 to 49 may be called "
        "in within five working days of the publication date.</i>", SMALL)
    for text, start, end in [
        ("11 March 2025", "2025-03-11", None), ("11 February 2025", "2025-02-11", None),
        ("from 2 to 6 December 2024", "2024-12-02", "2024-12-06"), ("January 2023", "2023-01", None),
        ("24 January 2025", "2025-01-24", None), ("June 2017", "2017-06", None), ("27 March 2025", "2025-03-27", None),
        ("30 April 2025", "2025-04-30", None), ("3 February 2025", "2025-02-03", None), ("April 2025", "2025-04", None),
        ("28 February 2025", "2025-02-28", None), ("March 2024", "2024-03", None), ("September 2025", "2025-09", None),
        ("10 June 2025", "2025-06-10", None), ("October 2023", "2023-10", None), ("1 February 2025", "2025-02-01", None),
        ("from 4 November 2024 to 13 December 2024", "2024-11-04", "2024-12-13"),
        ("26 February 2025", "2025-02-26", None), ("September 2024", "2024-09", None),
        ("January 2025", "2025-01", None), ("30 June 2025", "2025-06-30", None), ("20 March 2025", "2025-03-20", None),
        ("18 MARCH 2025", "2025-03-18", None), ("September 2026", "2026-09", None),
        ("1 March 2025", "2025-03-01", None), ("7 April 2025", "2025-04-07", None),
    ]:
        d.date(text, start, end)
    d.event("inspection", "2024-12-02", "2024-12-06", "Ofsted and the Care Quality Commission had inspected the "
            "local area partnership from 2 to 6 December 2024")
    d.event("outcome-letter", "2025-01-24", None, "The report, published on 24 January 2025, found that the "
            "partnership's arrangements lead to inconsistent experiences and outcomes")
    d.event("inspection", "2017-06", None, "The area had last been inspected in June 2017, under the previous "
            "framework")
    d.event("progress-plan", "2025-03-27", None, "The updated plan would be agreed by the Hartlepool SEND "
            "Partnership Board on 27 March 2025")
    d.event("progress-plan", "2025-04-30", None, "and published on the Local Offer by 30 April 2025")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 6. Windsor and Maidenhead: a cabinet report in the Royal Borough's template with an APP tracker appendix
# ------------------------------------------------------------------------------------------------------------------

RBWM_AREAS = [
    ("The effectiveness of the local area's arrangements for assessing and meeting needs through the EHC "
     "process, including the timeliness of new plans and the quality of the contributions from health and "
     "social care.", ["ehc-plans"]),
    ("The variable quality of SEN support in mainstream schools, and the lack of a shared understanding across "
     "the area of what schools should provide from their own resources.", ["identification", "inclusion-provision"]),
    ("The co-production of strategic plans with parents and carers, and the communication with families about "
     "the changes being made.", ["co-production"]),
]


def rbwm_report() -> Doc:
    d = Doc(
        "windsor-maidenhead/round25-2023-10-26-cabinet/SEND Accelerated Progress Plan Update.pdf",
        {"council": "Royal Borough of Windsor and Maidenhead", "council_slug": "windsor-maidenhead",
         "committee": "Cabinet", "meeting_date": "2023-10-26", "title": "SEND Accelerated Progress Plan Update",
         "source_kind": "moderngov-document",
         "url": "https://rbwm.moderngov.co.uk/documents/s61834/SEND%20Accelerated%20Progress%20Plan%20Update.pdf"},
        {"council": "Royal Borough of Windsor and Maidenhead", "committee": "Cabinet", "date": "2023-10-26"},
        "Royal Borough of Windsor & Maidenhead", "Cabinet - 26 October 2023", "", "{n}")
    d.footer_centre = ""
    d.table([["Report Title:", "SEND Accelerated Progress Plan Update"],
             ["Contains Confidential or Exempt Information", "No - Part I"],
             ["Cabinet Member:", "Councillor Amrit Sandhurst-Lowe, Cabinet Member for Children's Services, "
                                 "Education and Health"],
             ["Meeting and Date:", "Cabinet - 26 October 2023"],
             ["Responsible Officer(s):", "Fenella Ashcombe, Executive Director of Children's Services and Director "
                                         "of Education, Achieving for Children"],
             ["Wards affected:", "All"]],
            [5.4 * cm, 10.8 * cm], header=False, style=CELL_LARGE)
    d.person("Amrit Sandhurst-Lowe", "Cabinet Member for Children's Services, Education and Health", "member")
    d.person("Fenella Ashcombe", "Executive Director of Children's Services and Director of Education, Achieving "
             "for Children", "officer")
    d.h("REPORT SUMMARY")
    for text in [
        "1. This report updates Cabinet on the local area's Accelerated Progress Plan (APP) for children and young "
        "people with special educational needs and disabilities (SEND), required after the re-visit by Ofsted and "
        "the Care Quality Commission (CQC) in November 2021, and sets out the steps towards leaving formal "
        "monitoring by the Department for Education (DfE) and NHS England.",
        "2. Good progress has been made in two of the three areas, and the DfE's most recent review, on 26 April "
        "2023, recognised the improvement in the timeliness of EHC plans. The area has not yet shown a sustained "
        "improvement in the quality of SEN support in schools.",
    ]:
        d.p(text)
    d.h("1. DETAILS OF RECOMMENDATION(S)")
    d.p("<b>RECOMMENDATION: That Cabinet notes the report and:</b>")
    for label, text in [
        ("i)", "Notes the progress made against the Accelerated Progress Plan at Appendix A;"),
        ("ii)", "Approves the SEN Support Ordinarily Available Framework at Appendix B for publication on the "
                "Local Offer;"),
        ("iii)", "Delegates authority to the Executive Director of Children's Services, in consultation with the "
                 "Cabinet Member for Children's Services, Education and Health, to agree the partnership's "
                 "submission for the DfE and NHS England review in November 2023; and"),
        ("iv)", "Requests a further report to Cabinet in April 2024."),
    ]:
        d.res(label, text, "recommendation")
    d.h("2. REASON(S) FOR RECOMMENDATION(S) AND OPTIONS CONSIDERED")
    d.p("<b>Background</b>")
    for text in [
        "2.1 Ofsted and the CQC carried out a joint inspection of the Windsor and Maidenhead local area from 12 "
        "to 16 March 2018. The inspection letter, published on 15 May 2018, identified six areas of significant "
        "weakness and required a Written Statement of Action (WSoA), which was submitted on 23 August 2018 and "
        "declared fit for purpose on 2 October 2018.",
        "2.2 Inspectors re-visited the area from 23 to 25 November 2021. Their letter, published on 21 January "
        "2022, found that the area had made sufficient progress in three of the six areas, but not in the three "
        "areas set out in the first column of Appendix A. The DfE and NHS England required an APP, which was "
        "submitted on 4 April 2022 and agreed in May 2022.",
        "2.3 Since then, officials have reviewed progress at meetings on 11 October 2022 and 26 April 2023. The "
        "next review is scheduled for 30 November 2023. If that review finds sufficient progress, the area "
        "expects to leave formal monitoring and to be inspected under the framework introduced in January 2023 "
        "at a later date.<super>1</super>",
        "2.4 Progress against each action of the APP is reported monthly to the SEND Improvement Board, chaired "
        "by Dr Nathaniel Pryce-Owen, the independent chair appointed in June 2022. The Board includes the "
        "Frimley Integrated Care Board, headteachers, the Parent Carer Forum (Parents and Carers in "
        "Partnership) and Achieving for Children.",
    ]:
        d.p(text)
    d.person("Nathaniel Pryce-Owen", "the independent chair", "other")
    d.p("<b>Progress in the three areas</b>")
    for text in [
        "2.5 <i>EHC process.</i> 83% of new EHC plans were issued within 20 weeks in the twelve months to "
        "September 2023, against 38% in the twelve months to November 2021 and 50% nationally in 2022. The "
        "health contribution is now received within six weeks in 92% of cases. Sara Lindqvist-Bray, the "
        "Designated Clinical Officer for Frimley ICB, chairs a monthly multi-agency audit of plans.",
        "2.6 <i>SEN support.</i> The Ordinarily Available Framework at Appendix B was written with headteachers "
        "and parents between January and June 2023, and will be launched at the SENCO conference on 16 November "
        "2023. Requests for EHC needs assessment continue to rise, by 14% in 2022/23, and the share of requests "
        "that come with evidence of a full graduated response remains low.",
        "2.7 <i>Co-production.</i> The co-production charter was signed by all partners on 7 February 2023, and "
        "the parent survey in June 2023 showed that 58% of parents felt listened to, against 31% in November "
        "2021.",
    ]:
        d.p(text)
    d.person("Sara Lindqvist-Bray", "the Designated Clinical Officer for Frimley ICB", "officer")
    d.p("<b>Options</b>")
    d.table([["Option", "Comments"],
             ["Note the progress, approve the framework and delegate the submission for the review. "
              "<b>This is the recommended option.</b>", "Keeps the APP on track for the review in November 2023."],
             ["Do not approve the framework.", "Schools would continue without a shared statement of what they "
                                               "should provide, the main reason for slower progress in the "
                                               "second area."]],
            [8.1 * cm, 8.1 * cm], style=CELL_LARGE)
    d.h("3. KEY IMPLICATIONS")
    d.table([["Outcome", "Unmet", "Met", "Exceeded", "Significantly Exceeded", "Date of delivery"],
             ["New EHC plans issued within 20 weeks", "&lt;75%", "75-84%", "85-94%", "95%+", "31 March 2024"],
             ["Parents who feel listened to (annual survey)", "&lt;55%", "55-64%", "65-74%", "75%+", "30 June 2024"],
             ["Schools using the Ordinarily Available Framework", "&lt;70%", "70-84%", "85-94%", "95%+",
              "31 July 2024"]],
            [4.6 * cm, 1.8 * cm, 1.8 * cm, 2 * cm, 2.8 * cm, 3.2 * cm], style=CELL)
    d.h("4. FINANCIAL DETAILS / VALUE FOR MONEY")
    d.p("4.1 The actions in the APP are funded within existing budgets, including the DfE's SEND improvement "
        "grant of £180,000 for 2023/24. The high needs block is forecast to overspend by £2.3 million in 2023/24, "
        "and the Council is taking part in the DfE's Delivering Better Value programme.")
    d.h("5. LEGAL IMPLICATIONS")
    d.p("5.1 The Council has duties under Part 3 of the Children and Families Act 2014 and the SEND Code of "
        "Practice (January 2015). If the DfE judged that insufficient progress had been made, the Secretary of "
        "State could issue a statutory direction under section 497A of the Education Act 1996.")
    d.h("6. RISK MANAGEMENT")
    d.table([["Risk", "Level of uncontrolled risk", "Controls", "Level of controlled risk"],
             ["The review in November 2023 finds insufficient progress in the second area.", "High",
              "Launch of the framework; termly SEN support audits in 20 schools.", "Medium"],
             ["Rising requests for assessment reduce EHC timeliness.", "High",
              "Additional EHC coordinators funded to March 2024.", "Medium"],
             ["Loss of parents' confidence during the changes.", "Medium",
              "Co-production charter; monthly newsletter.", "Low"]],
            [5.2 * cm, 2.8 * cm, 5.4 * cm, 2.8 * cm], style=CELL_LARGE)
    d.h("7. POTENTIAL IMPACTS")
    d.p("7.1 Equalities. An Equality Impact Assessment of the Ordinarily Available Framework was completed on 2 "
        "October 2023 and is published with this report. 7.2 Climate change/sustainability: none. 7.3 Data "
        "Protection/GDPR: none.")
    d.h("8. CONSULTATION")
    d.p("8.1 The report was considered by the People Overview and Scrutiny Panel on 10 October 2023, which "
        "welcomed the progress and asked that the Panel receive the outcome of the review in November 2023.")
    d.h("9. TIMETABLE FOR IMPLEMENTATION")
    d.table([["Date", "Details"],
             ["16 November 2023", "Launch of the Ordinarily Available Framework"],
             ["30 November 2023", "DfE and NHS England review of progress"],
             ["April 2024", "Further report to Cabinet"]],
            [4 * cm, 12.2 * cm], style=CELL_LARGE)
    d.h("10. APPENDICES")
    d.p("10.1 This report is supported by two appendices: Appendix A, Accelerated Progress Plan: progress "
        "tracker, September 2023; Appendix B, SEN Support Ordinarily Available Framework (published separately).")
    d.h("11. BACKGROUND DOCUMENTS")
    d.p("11.1 Joint local area SEND inspection in Windsor and Maidenhead, Ofsted and CQC, 15 May 2018; Joint "
        "local area SEND revisit in Windsor and Maidenhead, Ofsted and CQC, 21 January 2022; Accelerated Progress "
        "Plan, April 2022.")
    d.h("12. CONSULTATION")
    consult = [
        ("Mandatory:", "Statutory Officers (or deputy)", "", ""),
        ("Stephen Orrell-Wyatt", "Executive Director of Resources/S151 Officer", "29/09/23", "03/10/23"),
        ("Bethan Whiteknights", "Deputy Director of Law and Governance/Monitoring Officer", "29/09/23", "02/10/23"),
        ("Deputies:", "", "", ""),
        ("Imran Cookham", "Deputy Director of Finance/Deputy S151 Officer", "29/09/23", "02/10/23"),
        ("Other consultees:", "", "", ""),
        ("Councillor Amrit Sandhurst-Lowe", "Cabinet Member for Children's Services, Education and Health",
         "25/09/23", "27/09/23"),
        ("Sara Lindqvist-Bray", "Designated Clinical Officer, Frimley ICB", "25/09/23", "28/09/23"),
    ]
    d.table([["Name of consultee", "Post held", "Date sent", "Date returned"]]
            + [list(row) for row in consult], [5 * cm, 6.6 * cm, 2.3 * cm, 2.3 * cm], style=CELL_LARGE)
    d.person("Stephen Orrell-Wyatt", "Executive Director of Resources/S151 Officer", "officer")
    d.person("Bethan Whiteknights", "Deputy Director of Law and Governance/Monitoring Officer", "officer")
    d.person("Imran Cookham", "Deputy Director of Finance/Deputy S151 Officer", "officer")
    d.space(6)
    d.table([["Decision type:", "Urgency item?", "To follow item?"],
             ["Non-key decision", "No", "No"]], [5.4 * cm, 5.4 * cm, 5.4 * cm], style=CELL_LARGE)
    d.space(6)
    d.table([["Report Author: Lorna Cippenham, Head of SEND Improvement, Achieving for Children, 01628 796418"]],
            [16.2 * cm], header=False, style=CELL_LARGE)
    d.person("Lorna Cippenham", "Head of SEND Improvement, Achieving for Children", "officer", None, "01628 796418")
    d.p("<super>1</super> The framework for area SEND inspections that took effect in January 2023 replaced the "
        "joint local area SEND inspection framework under which the area was inspected in March 2018.", SMALL)
    d.add(PageBreak())

    d.title("Appendix A: Accelerated Progress Plan - Progress Tracker (September 2023)")
    d.p("RAG: <b>G</b> - complete or on track; <b>A</b> - some slippage, recovery in hand; <b>R</b> - off track. "
        "Ref numbers follow the APP agreed in May 2022.")
    tracker = [
        (1, [("1.1", "Weekly multi-agency panel to decide on requests for assessment within six weeks.",
              "Head of SEND Casework", "July 2022", "In place since July 2022; 97% of decisions within six weeks "
              "in 2022/23.", "G"),
             ("1.2", "Health advice requested and tracked through a single portal, with escalation to the DCO "
              "after five weeks.", "DCO, Frimley ICB", "December 2022", "Portal live from 5 December 2022; 92% of "
              "health advice within six weeks.", "G"),
             ("1.3", "Monthly multi-agency audit of ten new plans, with parents; findings reported to the SEND "
              "Improvement Board.", "Head of SEND Improvement", "Monthly from September 2022", "Fourteen audits "
              "completed; 71% of plans good or better in the latest audit, against 35% in September 2022.",
              "A")]),
        (2, [("2.1", "Co-produce an Ordinarily Available Framework with headteachers and parents.",
              "Head of Inclusion", "June 2023", "Framework complete (Appendix B); launch on 16 November 2023, "
              "after slippage from June 2023.", "A"),
             ("2.2", "SENCO network and training offer, including an accredited course for new SENCOs.",
              "Head of Inclusion", "September 2022 onwards", "Termly networks held; 38 SENCOs trained in 2022/23.",
              "G"),
             ("2.3", "Termly audits of SEN support in a sample of 20 schools, with the findings used to target "
              "support.", "Head of Inclusion / School Improvement", "From January 2023", "Two rounds completed; "
              "the proportion of schools with a clear graduated response rose from 40% to 55%, below the target of "
              "70%. The next round will start on 6 November 2023 and report to the Board in January 2024.", "R"),
             ("2.4", "Outreach from special schools to mainstream schools for children with autism and social, "
              "emotional and mental health needs.", "Special school headteachers", "April 2023", "Outreach "
              "service in place from April 2023; 112 referrals by the end of August 2023.", "G")]),
        (3, [("3.1", "Co-production charter agreed and signed by all partners.", "Chair of the SEND Improvement "
              "Board", "February 2023", "Signed on 7 February 2023.", "G"),
             ("3.2", "Parent Carer Forum represented on every workstream and on the SEND Improvement Board, with "
              "funded time for its members.", "Head of SEND Improvement", "July 2022", "In place.", "G"),
             ("3.3", "Monthly SEND newsletter and termly 'you said, we did' update on the Local Offer.",
              "Communications lead, AfC", "From October 2022", "Newsletter issued monthly since October 2022; "
              "1,940 subscribers.", "G")]),
    ]
    rows = [["Area of significant weakness (re-visit, November 2021)", "Ref", "Action", "Lead", "Timescale",
             "Progress at September 2023", "RAG"]]
    for area_number, actions in tracker:
        text, themes = RBWM_AREAS[area_number - 1]
        d.record_weak(text, themes)
        for k, (ref, action, lead, when, progress, rag) in enumerate(actions):
            rows.append([f"{area_number}. " + escape(text) if k == 0 else "", ref, action, lead, when, progress,
                         rag])
    tight = ParagraphStyle("Cell25Tight", parent=CELL, fontSize=8.5, leading=10.5)
    table = Table(cells(rows, tight), colWidths=[3.4 * cm, 1.0 * cm, 2.9 * cm, 2.6 * cm, 2.3 * cm, 2.9 * cm,
                                                  1.1 * cm], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD"))]))
    d.add(table)
    d.space(8)
    d.p("Tracker owner: Lorna Cippenham, Head of SEND Improvement. Agreed by the SEND Improvement Board on 28 "
        "September 2023.", SMALL)
    for text, start, end in [
        ("26 October 2023", "2023-10-26", None), ("November 2021", "2021-11", None),
        ("26 April 2023", "2023-04-26", None), ("November 2023", "2023-11", None), ("April 2024", "2024-04", None),
        ("from 12 to 16 March 2018", "2018-03-12", "2018-03-16"), ("15 May 2018", "2018-05-15", None),
        ("23 August 2018", "2018-08-23", None), ("2 October 2018", "2018-10-02", None),
        ("from 23 to 25 November 2021", "2021-11-23", "2021-11-25"), ("21 January 2022", "2022-01-21", None),
        ("4 April 2022", "2022-04-04", None), ("May 2022", "2022-05", None), ("11 October 2022", "2022-10-11", None),
        ("30 November 2023", "2023-11-30", None), ("January 2023", "2023-01", None), ("June 2022", "2022-06", None),
        ("September 2023", "2023-09", None), ("between January and June 2023", "2023-01", "2023-06"),
        ("16 November 2023", "2023-11-16", None), ("7 February 2023", "2023-02-07", None),
        ("June 2023", "2023-06", None), ("31 March 2024", "2024-03-31", None), ("30 June 2024", "2024-06-30", None),
        ("31 July 2024", "2024-07-31", None), ("January 2015", "2015-01", None), ("March 2024", "2024-03", None),
        ("2 October 2023", "2023-10-02", None), ("10 October 2023", "2023-10-10", None),
        ("April 2022", "2022-04", None), ("29/09/23", "2023-09-29", None), ("03/10/23", "2023-10-03", None),
        ("25/09/23", "2023-09-25", None), ("27/09/23", "2023-09-27", None), ("28/09/23", "2023-09-28", None),
        ("March 2018", "2018-03", None), ("July 2022", "2022-07", None), ("December 2022", "2022-12", None),
        ("5 December 2022", "2022-12-05", None), ("September 2022", "2022-09", None),
        ("6 November 2023", "2023-11-06", None), ("January 2024", "2024-01", None), ("April 2023", "2023-04", None),
        ("August 2023", "2023-08", None), ("February 2023", "2023-02", None), ("October 2022", "2022-10", None),
    ]:
        d.date(text, start, end)
    d.event("inspection", "2018-03-12", "2018-03-16", "Ofsted and the CQC carried out a joint inspection of the "
            "Windsor and Maidenhead local area from 12 to 16 March 2018.")
    d.event("outcome-letter", "2018-05-15", None, "The inspection letter, published on 15 May 2018, identified six "
            "areas of significant weakness")
    d.event("wsoa-submitted", "2018-08-23", None, "a Written Statement of Action (WSoA), which was submitted on 23 "
            "August 2018")
    d.event("wsoa-approved", "2018-10-02", None, "declared fit for purpose on 2 October 2018")
    d.event("revisit", "2021-11-23", "2021-11-25", "Inspectors re-visited the area from 23 to 25 November 2021.")
    d.event("revisit-outcome", "2022-01-21", None, "Their letter, published on 21 January 2022, found that the area "
            "had made sufficient progress in three of the six areas")
    d.event("progress-plan", "2022-04-04", None, "The DfE and NHS England required an APP, which was submitted on 4 "
            "April 2022")
    d.event("progress-plan", "2022-05", None, "and agreed in May 2022")
    d.event("monitoring", "2022-10-11", None, "officials have reviewed progress at meetings on 11 October 2022")
    d.event("monitoring", "2023-04-26", None, "and 26 April 2023")
    d.event("monitoring", "2023-11-30", None, "The next review is scheduled for 30 November 2023.")
    return d


DOCUMENTS = [hull_council, luton_decisions, plymouth_report, telford_pack, hartlepool_minutes, rbwm_report]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
