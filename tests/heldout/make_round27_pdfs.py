"""Write the six long printed documents of the held-out round 27 (reportlab), and their gold.

Round 27 is a blind batch of LONG PDFs, written with their gold before any extractor ran on them, in the layouts
of real long council papers: the signed printed minutes of a scrutiny committee (Staffordshire), a CMIS agenda
reports pack with front sheet, previous minutes, a SEND report, its appendix and a work programme (Nottinghamshire),
a cabinet report whose appendix is a Priority Action Plan in a ruled table over several pages (Wolverhampton), a
scrutiny report on an Area SEND inspection outcome in the council's report template (Sefton), the printed minutes
of a scrutiny board (Leeds), and a Health and Wellbeing Board's minutes with an actions table and named partner
officers (Norfolk). Invented text, fictitious people.

The framework (``Doc``, from ``long_pdf_kit.py``, shared with rounds 22 and 25) is round 22's: the text flows over
the pages as reportlab lays it out (running header and footer on every page), resolutions and weaknesses are
recorded where they are written, dates, people and events are listed by hand beside each document, and ``--gold``
writes the gold files with the page on which each resolution's and weakness's text starts, read back from the
written PDF with pdfplumber. Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round27_pdfs.py          # the PDFs
    /work/main/.venv/bin/python tests/heldout/make_round27_pdfs.py --gold   # the PDFs and their gold
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, resolved, run, styles, two_columns  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("27", body=(12, 17, 8), cell=(9.5, 12), head=(12.5, 16, 12), title=(15, 20))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = STYLES = S.base
PLANCELL = S.plan_cell


class Doc(LongDoc):
    """A round 27 document: ``long_pdf_kit.LongDoc`` in this round's styles, with 2.5 cm top and bottom margins
    and a text found whole in one table column of a page counted as on that page."""

    styles = STYLES
    margin_y = 2.5 * cm
    column_lookup = True


# ------------------------------------------------------------------------------------------------------------------
# 1. Staffordshire: signed printed minutes of the Children and Young People Overview and Scrutiny Committee
# ------------------------------------------------------------------------------------------------------------------

def staffordshire_minutes() -> Doc:
    d = Doc(
        "staffordshire/round27-2025-07-21-children-and-young-people-overview-and-scrutiny-committee/"
        "Printed minutes 23rd-Jun-2025 10.00 Children and Young People Overview and Scrutiny Committee.pdf",
        {"council": "Staffordshire County Council", "council_slug": "staffordshire",
         "committee": "Children and Young People Overview and Scrutiny Committee", "meeting_date": "2025-07-21",
         "title": "Printed minutes 23rd-Jun-2025 10.00 Children and Young People Overview and Scrutiny Committee",
         "source_kind": "moderngov-document",
         "url": "https://moderngov.staffordshire.gov.uk/documents/g17842/Printed%20minutes%2023rd-Jun-2025%2010.00%20"
                "Children%20and%20Young%20People%20Overview%20and%20Scrutiny%20Committee.pdf"},
        {"council": "Staffordshire County Council",
         "committee": "Children and Young People Overview and Scrutiny Committee", "date": "2025-06-23"},
        "Staffordshire County Council", "Children and Young People Overview and Scrutiny Committee",
        "Minutes of the Children and Young People Overview and Scrutiny Committee", page_label="- {n} -")
    d.title("Minutes of the Children and Young People Overview and Scrutiny Committee Meeting held on 23 June 2025")
    d.p("<b>Present:</b> Harriet Brackley (Chair)")
    d.p("<b>Attendance</b>")
    two_columns(d, ["Ceri Alstonefield", "Patrick Dunstall", "Nadia Fauld", "Rosalind Hixon",
                    "Lydia Marchington"],
                ["Terence Swynnerton", "Owen Tittensor (Vice-Chairman)", "Graham Yoxall",
                 "Anthony Cheddleton (Co-optee)", "Sunita Rangemore (Co-optee)"])
    d.p("<b>Also in attendance:</b> Bernard Wetton, Cabinet Member for Education (and SEND), and Margery Alrewas, "
        "Cabinet Member for Children and Young People.")
    d.p("<b>Apologies:</b> Wendy Onecote, Keith Rudyard and Paul Barlaston (Co-optee, Roman Catholic Archdiocese "
        "of Birmingham).")
    d.p("<b>Officers present:</b>")
    two_columns(d, ["Simone Draycott", "Daniel Oakamoor", "Fiona Kinver", "Ian Mavesyn", "Leanne Ipstones",
                    "Kerry Brewood"],
                ["Director for Children and Families", "Assistant Director for Education Quality and Inclusion",
                 "Head of SEND Assessment and Planning", "Head of Access and Inclusion",
                 "Family Hubs Programme Manager", "Scrutiny and Support Officer"])
    d.p("<b>Partners present:</b> Dr Aaron Gnosall, Designated Clinical Officer, Staffordshire and Stoke-on-Trent "
        "Integrated Care Board; Joanne Fradley, Chair, Staffordshire Parent Carer Forum.")
    d.h("PART ONE")
    d.h("11. Declarations of Interest")
    d.p("Rosalind Hixon declared a personal interest in minute 14 as her grandson has an Education, Health and Care "
        "plan maintained by the County Council. Sunita Rangemore declared a personal interest in the same item as a "
        "governor of a special school in Cannock.")
    d.h("12. Minutes of the meeting held on 19 May 2025")
    resolved(d, None, "That the minutes of the meeting held on 19 May 2025 be confirmed and signed by the Chairman.")
    d.h("13. Public Question Time")
    d.p("The Committee received one question, submitted in advance by Mr Leon Cauldon, a resident of Leek, who asked "
        "what the County Council was doing to reduce the time families waited for an Education, Health and Care "
        "needs assessment, and whether the Committee would examine the figures for the year to March 2025. The "
        "Cabinet Member for Education (and SEND) gave a written response, which had been circulated before the "
        "meeting, and added that the Committee would consider the timeliness figures under minute 14.")
    resolved(d, None, "That the question and the Cabinet Member's response be noted.")
    d.h("14. SEND Local Area Partnership: Closure of the Written Statement of Action and Accelerated Progress Plan")
    d.p("The Committee considered a report of the Cabinet Member for Education (and SEND) (schedule 1 to the signed "
        "minutes) setting out how the local area partnership had closed its Written Statement of Action (WSoA) and "
        "Accelerated Progress Plan (APP), and how it was preparing for inspection under the framework introduced "
        "in January 2023.")
    d.p("The Assistant Director for Education Quality and Inclusion reminded members that Ofsted and the Care Quality "
        "Commission had inspected the Staffordshire local area between 14 and 18 January 2019. The inspection "
        "letter, published on 26 March 2019, identified six areas of significant weakness and required a WSoA, "
        "which was declared fit for purpose on 9 August 2019.")
    d.p("Inspectors re-visited the area from 7 to 9 February 2022. The re-visit letter, published on 5 April 2022, "
        "found that the area had made sufficient progress in addressing three of the six areas of significant "
        "weakness:")
    d.weak("the lack of a shared strategy for SEND across education, health and care, and weak joint oversight of "
           "its delivery;", ["leadership-governance"])
    d.weak("the variable quality of EHC plans, which too often did not reflect the contributions of health and "
           "social care;", ["ehc-plans"])
    d.weak("the poor quality and accessibility of the local offer;", ["local-offer"])
    d.p("but had not made sufficient progress in addressing the remaining three:")
    d.weak("the timeliness of EHC needs assessments;", ["ehc-plans"])
    d.weak("the long waiting times for neurodevelopmental assessment and for speech and language therapy; and",
           ["health-services"])
    d.weak("the high rates of exclusion and use of part-time timetables for pupils with SEND in secondary schools.",
           ["inclusion-provision"])
    d.p("An APP was submitted to the Department for Education (DfE) on 27 May 2022 and agreed on 15 July 2022. The "
        "DfE and NHS England had reviewed progress at meetings on 12 December 2022, 19 June 2023 and 4 March 2024. "
        "At the final review meeting, on 21 October 2024, advisers had confirmed that formal monitoring had ended. "
        "The Assistant Director reported that 71 per cent of new EHC plans had been issued within 20 weeks in the "
        "year to March 2025, against 23 per cent in 2021, and that the number of secondary pupils with SEND on "
        "part-time timetables had fallen by a third.")
    d.p("The Designated Clinical Officer explained that the Integrated Care Board had commissioned additional "
        "neurodevelopmental assessment capacity from 1 April 2025, and that the longest waits for speech and "
        "language therapy had fallen from 58 weeks to 31 weeks. The Chair of the Staffordshire Parent Carer Forum "
        "welcomed the progress but said that many families still did not feel it in their day-to-day experience.")
    d.p("In discussion, members raised the following:")
    for marker, text in [
        ("(a)", "whether the improvement in EHC needs assessment timeliness could be sustained as requests continued "
                "to rise; the Head of SEND Assessment and Planning said that twelve additional case officers had been "
                "recruited and that requests in the first quarter were 9 per cent higher than a year before;"),
        ("(b)", "how families in the north of the county, where waits for autism assessment were longest, would be "
                "supported while they waited; the Designated Clinical Officer described a new waiting-well offer "
                "delivered with the Parent Carer Forum;"),
        ("(c)", "the number of pupils with EHC plans placed in independent special schools out of county, and the "
                "cost of those placements; the Director for Children and Families undertook to circulate the "
                "figures;"),
        ("(d)", "how the partnership would know it was ready for the next inspection; the Cabinet Member said that a "
                "self-evaluation would be refreshed by September 2025 and shared with the Committee."),
    ]:
        d.p(f"{marker} {text}", HANG)
    d.p("<b>Resolved</b> &ndash;")
    resolved(d, "(a)", "That the closure of the Written Statement of Action and the Accelerated Progress Plan, and the "
             "end of formal monitoring by the Department for Education and NHS England, be noted.", lead="")
    resolved(d, "(b)", "That the Cabinet Member for Education (and SEND) be asked to present the refreshed SEND "
             "self-evaluation, and the partnership's preparation for the next area SEND inspection, to the "
             "Committee's meeting on 15 September 2025.", lead="")
    resolved(d, "(c)", "That a further report on waiting times for neurodevelopmental assessment and speech and "
             "language therapy be added to the work programme for January 2026.", lead="")
    resolved(d, "(d)", "That the Committee's thanks to parents, carers, schools and staff across the partnership for "
             "their work since 2019 be recorded.", lead="")
    d.h("15. Children's Social Care and SEND Complaints: Annual Report 2024/25")
    d.p("The Committee considered the annual report on complaints and compliments received by Children's Services "
        "between 1 April 2024 and 31 March 2025. Members noted that complaints about SEND had fallen for the first "
        "time in four years, but that complaints escalated to the Local Government and Social Care Ombudsman had "
        "risen, and that most of the Ombudsman's findings related to delays before April 2024.")
    resolved(d, None, "That the Annual Report be noted, and the Committee's comments be forwarded to the Cabinet "
             "Member for Children and Young People.")
    d.h("16. Elective Home Education: Annual Update")
    d.p("The Head of Access and Inclusion presented the annual update. On 16 May 2025 there were 2,914 children "
        "registered as electively home educated in Staffordshire, an increase of 14 per cent on a year before; 18 "
        "per cent had an identified special educational need and 61 had an EHC plan. Members asked how the service "
        "checked that education was suitable, and heard that every family was now offered a visit within ten "
        "working days of notification.")
    resolved(d, "(a)", "That the report be received.", lead="<b>Resolved</b> &ndash;")
    resolved(d, "(b)", "That the Cabinet Member for Children and Young People be asked to write to the Secretary of "
             "State for Education in support of a statutory register of children not in school.", lead="")
    d.h("17. Family Hubs and Start for Life Programme: Progress Update")
    d.p("The Family Hubs Programme Manager reported that nineteen family hubs were now open, the most recent in "
        "Burton upon Trent on 2 June 2025, and that the programme's grant had been extended to March 2026. Members "
        "welcomed the inclusion of SEND drop-in sessions in every hub.")
    resolved(d, None, "That the progress of the Family Hubs and Start for Life programme be noted, and that a further "
             "update be brought to the Committee in March 2026.")
    d.h("18. Sufficiency of Placements for Children in Care: Strategy Refresh")
    d.p("The Director for Children and Families introduced the refreshed Placement Sufficiency Strategy, which the "
        "Cabinet Member for Children and Young People intended to approve in August 2025. The number of children in "
        "care had risen to 1,371 at 31 May 2025, and 47 per cent of children in residential care were placed more "
        "than twenty miles from home. The strategy proposed four new council-run children's homes, the first of "
        "which would open in Stafford in early 2026, a recruitment campaign for foster carers launched on 9 June "
        "2025, and a regional framework for independent fostering agencies.")
    d.p("Members asked how many children in care had an EHC plan, and heard that about a third did, and that the "
        "Virtual School and the SEND service now held joint placement planning meetings for every child moving "
        "school. Members also asked about the use of unregistered provision; the Director confirmed that no child "
        "had been placed in unregistered provision since November 2024.")
    resolved(d, "(a)", "That the refreshed Placement Sufficiency Strategy be welcomed and the Committee's comments "
             "be considered by the Cabinet Member for Children and Young People before its approval.",
             lead="<b>Resolved</b> &ndash;")
    resolved(d, "(b)", "That a report on the recruitment and retention of foster carers be brought to the Committee "
             "within twelve months.", lead="")
    d.h("19. Work Programme 2025/26")
    d.p("The Scrutiny and Support Officer presented the work programme. The Committee's next meetings would be on "
        "21 July 2025, 15 September 2025 and 10 November 2025.")
    resolved(d, None, "That the work programme for 2025/26 be approved, subject to the additions agreed at minute "
             "14.")
    d.h("20. Exclusion of the Public")
    resolved(d, None, "That the public be excluded from the meeting for the following item of business, which "
             "involves the likely disclosure of exempt information as defined in paragraph 1 of Part 1 of Schedule "
             "12A of the Local Government Act 1972.")
    d.h("PART TWO")
    d.h("21. Exempt Minutes of the meeting held on 19 May 2025")
    resolved(d, None, "That the exempt minutes of 19 May 2025 be approved.")
    d.space(30)
    d.p("Chairman ........................................................")
    d.p("Duration of meeting: 10.00 am to 12.52 pm")
    # dates
    for text, start, end in [
        ("23 June 2025", "2025-06-23", None), ("19 May 2025", "2025-05-19", None),
        ("March 2025", "2025-03", None), ("January 2023", "2023-01", None),
        ("between 14 and 18 January 2019", "2019-01-14", "2019-01-18"), ("26 March 2019", "2019-03-26", None),
        ("9 August 2019", "2019-08-09", None), ("from 7 to 9 February 2022", "2022-02-07", "2022-02-09"),
        ("5 April 2022", "2022-04-05", None), ("27 May 2022", "2022-05-27", None),
        ("15 July 2022", "2022-07-15", None), ("12 December 2022", "2022-12-12", None),
        ("19 June 2023", "2023-06-19", None), ("4 March 2024", "2024-03-04", None),
        ("21 October 2024", "2024-10-21", None), ("1 April 2025", "2025-04-01", None),
        ("September 2025", "2025-09", None), ("15 September 2025", "2025-09-15", None),
        ("January 2026", "2026-01", None), ("between 1 April 2024 and 31 March 2025", "2024-04-01", "2025-03-31"),
        ("April 2024", "2024-04", None), ("16 May 2025", "2025-05-16", None), ("2 June 2025", "2025-06-02", None),
        ("March 2026", "2026-03", None), ("21 July 2025", "2025-07-21", None),
        ("10 November 2025", "2025-11-10", None), ("August 2025", "2025-08", None),
        ("31 May 2025", "2025-05-31", None), ("9 June 2025", "2025-06-09", None),
        ("November 2024", "2024-11", None),
    ]:
        d.date(text, start, end)
    # people
    d.person("Harriet Brackley", "Chair", "member")
    d.person("Owen Tittensor", "Vice-Chairman", "member")
    for name in ["Ceri Alstonefield", "Patrick Dunstall", "Nadia Fauld", "Rosalind Hixon", "Lydia Marchington",
                 "Terence Swynnerton", "Graham Yoxall", "Wendy Onecote", "Keith Rudyard"]:
        d.person(name, None, "member")
    d.person("Anthony Cheddleton", "Co-optee", "other")
    d.person("Sunita Rangemore", "Co-optee", "other")
    d.person("Paul Barlaston", "Co-optee, Roman Catholic Archdiocese of Birmingham", "other")
    d.person("Bernard Wetton", "Cabinet Member for Education (and SEND)", "member")
    d.person("Margery Alrewas", "Cabinet Member for Children and Young People", "member")
    d.person("Simone Draycott", "Director for Children and Families", "officer")
    d.person("Daniel Oakamoor", "Assistant Director for Education Quality and Inclusion", "officer")
    d.person("Fiona Kinver", "Head of SEND Assessment and Planning", "officer")
    d.person("Ian Mavesyn", "Head of Access and Inclusion", "officer")
    d.person("Leanne Ipstones", "Family Hubs Programme Manager", "officer")
    d.person("Kerry Brewood", "Scrutiny and Support Officer", "officer")
    d.person("Aaron Gnosall", "Designated Clinical Officer, Staffordshire and Stoke-on-Trent Integrated Care Board",
             "officer")
    d.person("Joanne Fradley", "Chair, Staffordshire Parent Carer Forum", "other")
    d.person("Leon Cauldon", None, "other")
    # events
    d.event("inspection", "2019-01-14", "2019-01-18", "Ofsted and the Care Quality Commission had inspected the "
            "Staffordshire local area between 14 and 18 January 2019.")
    d.event("outcome-letter", "2019-03-26", None, "The inspection letter, published on 26 March 2019")
    d.event("wsoa-approved", "2019-08-09", None, "required a WSoA, which was declared fit for purpose on 9 August 2019")
    d.event("revisit", "2022-02-07", "2022-02-09", "Inspectors re-visited the area from 7 to 9 February 2022.")
    d.event("revisit-outcome", "2022-04-05", None, "The re-visit letter, published on 5 April 2022")
    d.event("progress-plan", "2022-05-27", None, "An APP was submitted to the Department for Education (DfE) on 27 "
            "May 2022")
    d.event("progress-plan", "2022-07-15", None, "and agreed on 15 July 2022")
    for start in ["2022-12-12", "2023-06-19", "2024-03-04"]:
        d.event("monitoring", start, None, "The DfE and NHS England had reviewed progress at meetings on 12 December "
                "2022, 19 June 2023 and 4 March 2024.")
    d.event("monitoring", "2024-10-21", None, "At the final review meeting, on 21 October 2024, advisers had "
            "confirmed that formal monitoring had ended.")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 2. Nottinghamshire: CMIS agenda reports pack of the Children and Families Select Committee
# ------------------------------------------------------------------------------------------------------------------

NOTTS_PLAN = [
    ("AFI 1", "Introduce a weekly multi-agency panel to chase health and social care advice due at week 6; publish "
              "timeliness by locality each month.", "Group Manager, SEND Assessment", "December 2025", "Amber"),
    ("AFI 2", "Commission an additional autism and ADHD assessment provider for Bassetlaw and Mansfield; extend the "
              "waiting-well offer to every family on the pathway.", "ICB Head of Children's Commissioning",
     "March 2026", "Red"),
    ("AFI 3", "Roll out the Early Years Inclusion Toolkit to all maintained nurseries and funded providers; train a "
              "SENCo champion in each primary family of schools.", "Head of Early Years", "April 2026", "Amber"),
    ("AFI 4", "Register and quality assure every unregistered alternative provider used by schools; review every "
              "part-time timetable over six weeks.", "Group Manager, Inclusion",
     "January to July 2026", "Amber"),
    ("AFI 5", "Add a preparation for adulthood section to every Year 9 annual review; double supported internship "
              "places with two further colleges.", "Head of Preparing for Adulthood", "September 2026", "Green"),
]


def nottinghamshire_pack() -> Doc:
    d = Doc(
        "nottinghamshire/round27-2025-11-17-children-and-families-select-committee/"
        "Agenda and reports pack 17 November 2025.pdf",
        {"council": "Nottinghamshire County Council", "council_slug": "nottinghamshire",
         "committee": "Children and Families Select Committee", "meeting_date": "2025-11-17",
         "title": "Agenda and reports pack - Children and Families Select Committee - 17 November 2025",
         "source_kind": "committee-report",
         "url": "https://www.nottinghamshire.gov.uk/dms/Portals/0/Documents/Agenda%20pack%2017%20November%202025.pdf"},
        {"council": "Nottinghamshire County Council", "committee": "Children and Families Select Committee",
         "date": "2025-11-17"},
        "Nottinghamshire County Council", "Children and Families Select Committee - 17 November 2025",
        "Nottinghamshire County Council", page_label="Page {n} of {total}")
    d.title("Children and Families Select Committee")
    d.p("<b>Monday, 17 November 2025 at 10:30</b><br/>Council Chamber, County Hall, West Bridgford, Nottingham, "
        "NG2 7QP<br/>There will be a pre-meeting for Committee Members at 10:00 in Committee Room B")
    d.h("AGENDA")
    d.table([["1", "Minutes of the last meeting held on 15 September 2025", "3 - 8"],
             ["2", "Apologies for Absence", ""],
             ["3", "Declarations of Interests by Members and Officers", ""],
             ["4", "Special Educational Needs and Disabilities: Outcome of the Local Area Partnership Inspection",
              "9 - 20"],
             ["5", "Work Programme", "21 - 26"]], [1 * cm, 12.2 * cm, 2.6 * cm], header=False, grid=False)
    d.h("Notes")
    d.p("(1) Councillors are advised to contact their Research Officer for details of any Group Meetings which are "
        "planned for this meeting.<br/>(2) Members of the public wishing to inspect \"Background Papers\" referred to "
        "in the reports on the agenda or Schedule of Delegated Decisions should contact:- Customer Services Centre "
        "0300 500 80 80<br/>(3) Persons making a declaration of interest should have regard to the Code of Conduct "
        "and the Council's Procedure Rules.<br/>(4) Members or Officers requiring clarification on whether to make "
        "a declaration of interest are invited to contact Martha Cropwell (Tel. 0115 977 4502) or a colleague in "
        "Democratic Services prior to the meeting.")
    d.h("Membership")
    two_columns(d, ["Councillor Pauline Gedling (Chairman)", "Councillor Marcus Bilsthorpe (Vice-Chairman)",
                    "Councillor Toby Blidworth", "Councillor Carol Keyworth", "Councillor Neil Ravenshead"],
                ["Councillor Ann Ruddington", "Councillor Devinder Sandiacre", "Councillor Grant Southwell",
                 "Councillor Imogen Tollerton", ""])
    d.p("For any enquiries about this agenda please contact: Martha Cropwell, Democratic Services Officer, Tel: 0115 "
        "977 4502, E-mail: martha.cropwell@nottscc.gov.uk")
    d.add(PageBreak())
    # -- minutes of 15 September 2025 --------------------------------------------------------------------------------
    d.title("minutes")
    d.table([["MEETING", "Children and Families Select Committee"],
             ["DATE", "Monday 15 September 2025 (commencing at 10:30 am)"]], [3 * cm, 13 * cm], header=False,
            grid=False)
    d.p("<b>Membership</b><br/>Persons absent are marked with 'A'")
    d.p("<b>COUNCILLORS</b>")
    two_columns(d, ["Pauline Gedling (Chairman)", "Marcus Bilsthorpe (Vice-Chairman)", "Toby Blidworth - A",
                    "Carol Keyworth", "Neil Ravenshead"],
                ["Ann Ruddington", "Devinder Sandiacre", "Grant Southwell", "Imogen Tollerton", ""])
    d.p("<b>SUBSTITUTE MEMBERS</b><br/>Councillor Harold Mapperley for Councillor Toby Blidworth")
    d.p("<b>OFFICERS IN ATTENDANCE</b>")
    two_columns(d, ["Lauren Collingham", "Gemma Kimberley", "Rhys Epperstone", "Martha Cropwell"],
                ["Service Director, Education, Learning and Inclusion",
                 "Group Manager, Safeguarding and Independent Review", "Group Manager, SEND Assessment",
                 "Democratic Services Officer"])
    d.p("<b>ALSO IN ATTENDANCE</b><br/>Councillor Sophie Eakring, Cabinet Member for Education and SEND")
    d.h("1. MINUTES OF THE LAST MEETING HELD ON 14 JULY 2025")
    d.res(None, "The minutes of the last meeting held on 14 July 2025, having been circulated to all Members, were "
          "taken as read and were signed by the Chairman.", "resolution", style=BODY)
    d.h("2. APOLOGIES FOR ABSENCE")
    d.p("Councillor Toby Blidworth (other County Council business).")
    d.h("3. DECLARATIONS OF INTERESTS BY MEMBERS AND OFFICERS")
    d.p("None.")
    d.h("4. INDEPENDENT REVIEWING OFFICER SERVICE: ANNUAL REPORT 2024-25")
    d.p("Gemma Kimberley, Group Manager, Safeguarding and Independent Review, introduced the annual report, which "
        "covered the period from April 2024 to March 2025. Members asked about the caseloads of Independent "
        "Reviewing Officers, which averaged 68 children against a recommended range of 50 to 70, and about the "
        "participation of children with SEND in their reviews.")
    d.p("<b>RESOLVED: 2025/014</b>")
    d.res("1)", "That the Independent Reviewing Officer Service Annual Report 2024-25 be noted.", "resolution",
          style=HANG)
    d.res("2)", "That the Committee receives the 2025-26 annual report at its meeting in September 2026.",
          "resolution", style=HANG)
    d.h("5. HOME TO SCHOOL TRANSPORT POLICY 2026-27: CONSULTATION")
    d.p("The Cabinet Member for Education and SEND introduced the draft policy, which was out to public "
        "consultation until 31 October 2025. Members raised the effect of the proposed changes on post-16 students "
        "with SEND and on families in rural areas.")
    d.p("<b>RESOLVED: 2025/015</b>")
    d.res(None, "That the Committee's comments on the draft Home to School Transport Policy 2026-27, as set out above, "
          "be forwarded to the Cabinet Member for Education and SEND before the consultation closes.", "resolution")
    d.h("6. WORK PROGRAMME")
    d.p("<b>RESOLVED: 2025/016</b>")
    d.res(None, "That the work programme be agreed, with the addition of a report on the outcome of the area SEND "
          "inspection to the meeting in November 2025.", "resolution")
    d.p("The meeting closed at 12:41 pm.")
    d.p("CHAIRMAN")
    d.add(PageBreak())
    # -- the SEND report ----------------------------------------------------------------------------------------------
    d.table([["Report to Children and Families Select Committee", "17 November 2025"],
             ["", "Agenda Item: 4"]], [11 * cm, 5 * cm], header=False, grid=False)
    d.title("REPORT OF THE SERVICE DIRECTOR, EDUCATION, LEARNING AND INCLUSION")
    d.h("SPECIAL EDUCATIONAL NEEDS AND DISABILITIES: OUTCOME OF THE LOCAL AREA PARTNERSHIP INSPECTION")
    d.h("Purpose of the Report")
    d.p("1. To inform the Committee of the outcome of the inspection of the Nottinghamshire local area partnership's "
        "arrangements for children and young people with special educational needs and/or disabilities (SEND), and "
        "of the partnership's plan to address the areas for improvement.")
    d.h("Information")
    d.p("2. Ofsted and the Care Quality Commission (CQC) inspected the Nottinghamshire local area partnership between "
        "9 and 13 June 2025, under the Area SEND inspection framework introduced in January 2023. The local area "
        "partnership comprises Nottinghamshire County Council and NHS Nottingham and Nottinghamshire Integrated Care "
        "Board (ICB).")
    d.p("3. The area's previous inspection, under the 2016 framework, took place in March 2019 and resulted in a "
        "Written Statement of Action. A re-visit in November 2021 found that sufficient progress had been made in "
        "addressing all of the significant weaknesses identified in 2019.")
    d.p("4. The inspection report was published on 5 August 2025. Inspectors concluded that \"the local area "
        "partnership's arrangements lead to inconsistent experiences and outcomes for children and young people "
        "with special educational needs and/or disabilities (SEND). The local area partnership must work jointly to "
        "make improvements.\" This is the middle of the three possible outcomes. The next full inspection will take "
        "place within approximately three years, and Ofsted and the CQC will hold an engagement meeting with the "
        "partnership each year in the meantime.")
    d.p("5. Inspectors recognised a number of strengths, including the partnership's strong relationship with the "
        "Nottinghamshire Parent Carer Forum, the quality of the county's specialist outreach services to mainstream "
        "schools, and the support given to children with SEND who are looked after.")
    d.p("6. The report identifies five areas for improvement:")
    for text, themes in [
        ("Leaders across the partnership should improve the timeliness of EHC needs assessments and make sure that "
         "contributions from health and social care are received within statutory timescales.", ["ehc-plans"]),
        ("Leaders should reduce the waiting times for autism and ADHD assessments for children and young people in "
         "the north of the county, and make sure that families receive support while they wait.",
         ["health-services"]),
        ("Leaders should strengthen the identification of needs in the early years and improve the consistency of "
         "SEN support in mainstream primary schools.", ["identification"]),
        ("Leaders should improve the quality assurance of alternative provision and reduce the use of part-time "
         "timetables for children and young people with SEND.", ["inclusion-provision", "data-oversight"]),
        ("Leaders should improve the quality of preparation for adulthood planning from Year 9, including access to "
         "supported internships and suitable post-19 pathways.", ["preparing-for-adulthood"]),
    ]:
        d.weak(text, themes)
    d.p("7. The SEND Partnership Board agreed an updated SEND Improvement Plan on 30 September 2025, and the plan was "
        "published on the Local Offer on 10 October 2025. The actions against each area for improvement are "
        "summarised at Appendix 1. Progress will be reported to the SEND Partnership Board every two months and to "
        "this Committee twice a year.")
    d.p("8. Since the inspection, the average time taken to issue a new EHC plan has reduced from 27 weeks in June "
        "2025 to 22 weeks in October 2025<super>1</super>, and the ICB has agreed funding for an additional "
        "assessment provider from 1 January 2026.")
    d.h("Other Options Considered")
    d.p("9. The report is for scrutiny; no other options are considered.")
    d.h("Reason/s for Recommendation/s")
    d.p("10. To enable the Committee to scrutinise the partnership's response to the inspection.")
    d.h("Statutory and Policy Implications")
    d.p("11. This report has been compiled after consideration of implications in respect of crime and disorder, data "
        "protection and information governance, finance, human resources, human rights, the NHS Constitution "
        "(public health services), the public sector equality duty, safeguarding of children and adults at risk, "
        "service users, smarter working, sustainability and the environment and where such implications are "
        "material they are described below.")
    d.h("Financial Implications")
    d.p("12. There are no direct financial implications arising from this report. The additional case officer "
        "capacity in the SEND Improvement Plan is funded from the High Needs Block in 2025-26.")
    d.h("RECOMMENDATION/S")
    d.res("1)", "That the Committee considers the outcome of the Area SEND inspection and the SEND Improvement Plan, "
          "and agrees whether there are any actions it requires in relation to the issues contained within the "
          "report.", "recommendation", style=HANG)
    d.res("2)", "That the Committee agrees to receive a further update on progress against the five areas for "
          "improvement at its meeting in May 2026.", "recommendation", style=HANG)
    d.p("<b>Lauren Collingham</b><br/>Service Director, Education, Learning and Inclusion")
    d.p("<b>For any enquiries about this report please contact:</b><br/>Rhys Epperstone, Group Manager, SEND "
        "Assessment<br/>T: 0115 804 1276<br/>E: rhys.epperstone@nottscc.gov.uk")
    d.p("<b>Constitutional Comments (HD 03/11/2025)</b><br/>13. The recommendations fall within the remit of the "
        "Children and Families Select Committee by virtue of its terms of reference.")
    d.p("<b>Financial Comments (AGW 04/11/2025)</b><br/>14. There are no specific financial implications arising "
        "directly from this report.")
    d.p("<b>Background Papers and Published Documents</b><br/>Except for previously published documents, which will "
        "be available elsewhere, the documents listed here will be available for inspection in accordance with "
        "Section 100D of the Local Government Act 1972.")
    d.p("&bull; Area SEND inspection of Nottinghamshire Local Area Partnership, Ofsted and CQC, 5 August 2025<br/>"
        "&bull; Nottinghamshire SEND Improvement Plan 2025-2028, published 10 October 2025<br/>"
        "&bull; SEND Annual Update - report to Children and Families Select Committee, 14 July 2025", BULLET)
    d.p("<b>Electoral Division(s) and Member(s) Affected</b><br/>All.")
    d.p("<super>1</super> Provisional figures, to be confirmed in the DfE's SEN2 return for the 2025 calendar year.",
        SMALL)
    d.add(PageBreak())
    d.h("Appendix 1: SEND Improvement Plan - summary of actions against the areas for improvement")
    d.p("The areas for improvement (AFI) are numbered as in paragraph 6 of the report. RAG ratings as at 31 October "
        "2025.")
    d.table([["Ref", "Key actions", "Lead", "By when", "RAG"]] + [list(row) for row in NOTTS_PLAN],
            [1.5 * cm, 7.2 * cm, 3.6 * cm, 2.4 * cm, 1.5 * cm])
    d.add(PageBreak())
    # -- work programme ---------------------------------------------------------------------------------------------
    d.table([["Report to Children and Families Select Committee", "17 November 2025"],
             ["", "Agenda Item: 5"]], [11 * cm, 5 * cm], header=False, grid=False)
    d.title("REPORT OF THE SERVICE DIRECTOR, CUSTOMERS, GOVERNANCE AND EMPLOYEES")
    d.h("WORK PROGRAMME")
    d.h("Purpose of the Report")
    d.p("1. To consider the Committee's work programme for 2025-26.")
    d.h("Information")
    d.p("2. The Committee's work programme is attached. It was last agreed at the meeting on 15 September 2025, "
        "when the Committee added the report on the area SEND inspection. Members may wish to add items, including "
        "the update on the SEND Improvement Plan requested for May 2026.")
    d.table([["Meeting date", "Items"],
             ["19 January 2026", "Children's Homes Sufficiency Strategy; Youth Justice Plan 2026-27"],
             ["16 March 2026", "School Admissions Annual Report; Virtual School Head's Annual Report"],
             ["18 May 2026", "SEND Improvement Plan: progress update; Early Help Strategy"]],
            [4 * cm, 12 * cm])
    d.h("RECOMMENDATION/S")
    d.res("1)", "That the Committee considers whether any amendments are required to the Work Programme.",
          "recommendation", style=HANG)
    d.p("<b>Marjorie Bleasby</b><br/>Service Director, Customers, Governance and Employees")
    d.p("<b>For any enquiries about this report please contact:</b><br/>Martha Cropwell, Democratic Services Officer, "
        "Tel: 0115 977 4502")
    d.p("<b>Constitutional Comments (HD)</b><br/>3. The Committee has authority to consider the matters set out in "
        "this report by virtue of its terms of reference.")
    d.p("<b>Electoral Division(s) and Member(s) Affected</b><br/>All.")
    for text, start, end in [
        ("Monday, 17 November 2025", "2025-11-17", None), ("15 September 2025", "2025-09-15", None),
        ("14 July 2025", "2025-07-14", None), ("from April 2024 to March 2025", "2024-04", "2025-03"),
        ("September 2026", "2026-09", None), ("31 October 2025", "2025-10-31", None),
        ("November 2025", "2025-11", None), ("between 9 and 13 June 2025", "2025-06-09", "2025-06-13"),
        ("January 2023", "2023-01", None), ("March 2019", "2019-03", None), ("November 2021", "2021-11", None),
        ("5 August 2025", "2025-08-05", None), ("30 September 2025", "2025-09-30", None),
        ("10 October 2025", "2025-10-10", None), ("June 2025", "2025-06", None), ("October 2025", "2025-10", None),
        ("1 January 2026", "2026-01-01", None), ("May 2026", "2026-05", None), ("03/11/2025", "2025-11-03", None),
        ("04/11/2025", "2025-11-04", None), ("December 2025", "2025-12", None), ("March 2026", "2026-03", None),
        ("April 2026", "2026-04", None), ("January to July 2026", "2026-01", "2026-07"),
        ("19 January 2026", "2026-01-19", None), ("16 March 2026", "2026-03-16", None),
        ("18 May 2026", "2026-05-18", None),
    ]:
        d.date(text, start, end)
    d.person("Pauline Gedling", "Chairman", "member")
    d.person("Marcus Bilsthorpe", "Vice-Chairman", "member")
    for name in ["Toby Blidworth", "Carol Keyworth", "Neil Ravenshead", "Ann Ruddington", "Devinder Sandiacre",
                 "Grant Southwell", "Imogen Tollerton", "Harold Mapperley"]:
        d.person(name, None, "member")
    d.person("Sophie Eakring", "Cabinet Member for Education and SEND", "member")
    d.person("Martha Cropwell", "Democratic Services Officer", "officer", "martha.cropwell@nottscc.gov.uk",
             "0115 977 4502")
    d.person("Lauren Collingham", "Service Director, Education, Learning and Inclusion", "officer")
    d.person("Gemma Kimberley", "Group Manager, Safeguarding and Independent Review", "officer")
    d.person("Rhys Epperstone", "Group Manager, SEND Assessment", "officer", "rhys.epperstone@nottscc.gov.uk",
             "0115 804 1276")
    d.person("Marjorie Bleasby", "Service Director, Customers, Governance and Employees", "officer")
    d.event("inspection", "2025-06-09", "2025-06-13", "Ofsted and the Care Quality Commission (CQC) inspected the "
            "Nottinghamshire local area partnership between 9 and 13 June 2025")
    d.event("inspection", "2019-03", None, "The area's previous inspection, under the 2016 framework, took place in "
            "March 2019")
    d.event("revisit", "2021-11", None, "A re-visit in November 2021 found that sufficient progress had been made")
    d.event("outcome-letter", "2025-08-05", None, "The inspection report was published on 5 August 2025.")
    d.event("progress-plan", "2025-09-30", None, "The SEND Partnership Board agreed an updated SEND Improvement Plan "
            "on 30 September 2025")
    d.event("progress-plan", "2025-10-10", None, "the plan was published on the Local Offer on 10 October 2025")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 3. Wolverhampton: a Cabinet report with its Priority Action Plan as an appendix table over several pages
# ------------------------------------------------------------------------------------------------------------------

WOLVES_PLAN = [
    ("PA1", "Priority action", "Leaders across the partnership should urgently improve the timeliness and quality "
     "of EHC needs assessments and plans, so that children's needs are accurately described and met without delay.",
     ["ehc-plans"],
     "1.1 Recruit eight permanent EHC coordinators and end reliance on agency staff.<br/>1.2 Introduce a multi-agency "
     "quality assurance panel that audits 10 per cent of new plans every month, with findings reported to the SEND "
     "Improvement Board.<br/>1.3 Agree a health and social care advice service level of six weeks with the ICB and "
     "Families directorate, with escalation at week five.<br/>1.4 Clear the backlog of overdue needs assessments.",
     "Head of SEND Statutory Services", "November 2025 to March 2026", "Red"),
    ("PA2", "Priority action", "Leaders should urgently establish effective joint governance and shared oversight of "
     "the partnership's SEND strategy, with accurate data on the needs and outcomes of children and young people "
     "with SEND.", ["leadership-governance", "data-oversight"],
     "2.1 Reconstitute the SEND Improvement Board with an independent chair and revised terms of reference.<br/>2.2 "
     "Build a single partnership dashboard drawing on education, health and care data.<br/>2.3 Publish a joint "
     "SEND and Alternative Provision Strategy, co-produced with families.<br/>2.4 Report progress to Cabinet and to "
     "the ICB Board every six months.", "Executive Director of Families and ICB Chief Nursing Officer",
     "By 31 January 2026", "Amber"),
    ("AFI1", "Area for improvement", "Leaders should reduce the waiting times for speech and language therapy and "
     "for neurodevelopmental assessment.", ["health-services"],
     "3.1 Commission additional speech and language therapy capacity for mainstream schools.<br/>3.2 Introduce a "
     "single neurodevelopmental pathway for 0 to 18 year olds, with a needs-led offer that does not depend on "
     "diagnosis.<br/>3.3 Publish waiting times on the Local Offer every quarter.<br/>3.4 Extend the Black Country "
     "waiting-well service to all families on the pathway, working with the Parent Carer Forum and the Voluntary "
     "Sector Council so that families receive advice, short courses and peer support while they wait.",
     "ICB Head of Children's Commissioning", "December 2025 to September 2026", "Amber"),
    ("AFI2", "Area for improvement", "Leaders should improve how they communicate and co-produce with parents and "
     "carers, so that families know what support is available and trust that it will be provided.",
     ["co-production"],
     "4.1 Agree a co-production charter with the Parent Carer Forum.<br/>4.2 Hold termly Local Offer live events in "
     "each locality.<br/>4.3 Introduce a named contact for every family during an EHC needs assessment.",
     "Head of Inclusion Support", "January 2026", "Green"),
    ("AFI3", "Area for improvement", "Leaders should reduce the number of children and young people with SEND who "
     "are suspended, excluded or missing education.", ["inclusion-provision"],
     "5.1 Extend the Inclusion Outreach Team to every secondary school.<br/>5.2 Track every pupil with SEND on a "
     "part-time timetable through the Children Missing Education panel.<br/>5.3 Open two additional resourced "
     "provisions in mainstream secondary schools.", "Head of Inclusion Support", "September 2026", "Amber"),
    ("AFI4", "Area for improvement", "Leaders should improve the preparation for adulthood of young people with SEND, "
     "including access to health transition and post-16 pathways.", ["preparing-for-adulthood"],
     "6.1 Introduce transition planning from Year 9 in every annual review.<br/>6.2 Agree an all-age transition "
     "protocol with adult health services.<br/>6.3 Increase supported internship places from 24 to 60.",
     "Head of Preparing for Adulthood", "By 31 July 2026", "Amber"),
]


def wolverhampton_cabinet() -> Doc:
    d = Doc(
        "wolverhampton/round27-2025-10-15-cabinet/SEND Local Area Partnership Inspection Priority Action Plan.pdf",
        {"council": "City of Wolverhampton Council", "council_slug": "wolverhampton", "committee": "Cabinet",
         "meeting_date": "2025-10-15",
         "title": "SEND Local Area Partnership Inspection: Priority Action Plan",
         "source_kind": "moderngov-document",
         "url": "https://wolverhampton.moderngov.co.uk/documents/s268114/SEND%20Local%20Area%20Partnership%20"
                "Inspection%20Priority%20Action%20Plan.pdf"},
        {"council": "City of Wolverhampton Council", "committee": "Cabinet", "date": "2025-10-15"},
        "CITY OF WOLVERHAMPTON COUNCIL", "Cabinet 15 October 2025",
        "This report is PUBLIC [NOT PROTECTIVELY MARKED]", page_label="Page {n} of {total}")
    d.table([["CITY OF WOLVERHAMPTON COUNCIL", "Cabinet<br/>15 October 2025"]], [10 * cm, 6 * cm], header=False)
    d.table([["Report title", "SEND Local Area Partnership Inspection: Priority Action Plan"],
             ["Decision designation", "AMBER"],
             ["Cabinet member with lead responsibility", "Councillor Kamaljit Oxley<br/>Education, Skills and Work"],
             ["Key decision", "Yes"], ["In forward plan", "Yes"], ["Wards affected", "All Wards"],
             ["Accountable Director", "Emma Bushbury, Executive Director of Families"],
             ["Originating service", "SEND and Inclusion"],
             ["Accountable employee", "Naveed Ettingshall<br/>Service Director, Education Excellence<br/>Tel 01902 "
                                      "554317<br/>Email naveed.ettingshall@wolverhampton.gov.uk"],
             ["Report to be/has been considered by", "Families Leadership Team 22 September 2025<br/>Strategic "
                                                     "Executive Board 30 September 2025<br/>Children, Young People "
                                                     "and Families Scrutiny Panel 8 October 2025"]],
            [5.5 * cm, 10.5 * cm], header=False)
    d.h("Recommendations for decision:")
    d.p("The Cabinet is recommended to:")
    d.res("1.", "Approve the Priority Action Plan at Appendix 1 as the partnership's response to the Area SEND "
          "inspection.", "recommendation", style=HANG)
    d.res("2.", "Delegate authority to the Cabinet Member for Education, Skills and Work, in consultation with the "
          "Executive Director of Families, to approve amendments to the Priority Action Plan agreed with the "
          "Department for Education and NHS England.", "recommendation", style=HANG)
    d.res("3.", "Approve the allocation of £1.2 million from the Council's Transformation Reserve to fund the "
          "additional EHC coordinator and quality assurance capacity set out in section 6.", "recommendation",
          style=HANG)
    d.h("Recommendations for noting:")
    d.p("The Cabinet is asked to note:")
    d.res("1.", "The outcome of the Area SEND inspection of the Wolverhampton local area partnership, published on 2 "
          "September 2025.", "recommendation", style=HANG)
    d.res("2.", "That progress against the Priority Action Plan will be reported to the SEND Improvement Board "
          "monthly and to Cabinet every six months.", "recommendation", style=HANG)
    d.h("1.0 Purpose")
    d.p("1.1 To inform Cabinet of the outcome of the Area SEND inspection and to seek approval of the partnership's "
        "Priority Action Plan, which was submitted to Ofsted on 3 October 2025 subject to Cabinet's approval.")
    d.h("2.0 Background")
    d.p("2.1 Ofsted and the Care Quality Commission (CQC) carried out an inspection of the Wolverhampton local area "
        "partnership from 7 to 11 July 2025 under the Area SEND inspection framework. The local area partnership "
        "is the City of Wolverhampton Council and NHS Black Country Integrated Care Board (ICB).")
    d.p("2.2 The area was last inspected under the previous framework in October 2017, when inspectors did not "
        "require a Written Statement of Action.")
    d.p("2.3 The inspection report, published on 2 September 2025, found that \"there are widespread and/or "
        "systemic failings leading to significant concerns about the experiences and outcomes of children and young "
        "people with special educational needs and/or disabilities (SEND), which the local area partnership must "
        "address urgently\". This is the lowest of the three inspection outcomes. Ofsted and the CQC will carry out "
        "a monitoring inspection within approximately 18 months, and a full re-inspection within three years.")
    d.p("2.4 Inspectors identified two priority actions and four areas for improvement. They are set out in full, "
        "with the partnership's actions, leads and timescales, at Appendix 1.")
    d.p("2.5 Inspectors also recognised strengths, including the Council's early help offer, the work of the "
        "Virtual School for children with SEND who are looked after, and the commitment of frontline staff.")
    d.h("3.0 The Priority Action Plan")
    d.p("3.1 Under the framework, the partnership was required to prepare a Priority Action Plan and submit it to "
        "Ofsted within 25 working days of the report's publication. The plan was co-produced with the Parent Carer "
        "Forum at workshops on 16 and 23 September 2025 and submitted on 3 October 2025.")
    d.p("3.2 On 29 September 2025 the Department for Education issued the Council with an Improvement Notice, which "
        "requires the partnership to deliver the Priority Action Plan under the oversight of the reconstituted SEND "
        "Improvement Board. The first DfE and NHS England monitoring meeting is scheduled for 10 December 2025.")
    d.p("3.3 The SEND Improvement Board will meet monthly from November 2025, chaired by Dr Judith Compton-Lowe, an "
        "independent chair appointed by the DfE<super>1</super>.")
    d.h("4.0 Evaluation of alternative options")
    d.p("4.1 The submission of a Priority Action Plan is a requirement of the inspection framework, and there is no "
        "alternative to it. Cabinet could decline to allocate funding from the Transformation Reserve, but the "
        "actions under priority action 1 could not then be delivered within the timescales agreed.")
    d.h("5.0 Reasons for decision(s)")
    d.p("5.1 To ensure that the partnership responds to the inspection findings and meets the requirements of the "
        "Improvement Notice.")
    d.h("6.0 Financial implications")
    d.p("6.1 The additional EHC coordinator and quality assurance capacity will cost £1.2 million over two years and "
        "will be met from the Council's Transformation Reserve. The ICB will fund the additional speech and "
        "language therapy capacity from its 2025-26 budget. The High Needs Block deficit is forecast to reach £18.6 "
        "million by 31 March 2026.<br/>[NM/06102025/R]")
    d.h("7.0 Legal implications")
    d.p("7.1 The Council and the ICB have joint duties under the Children and Families Act 2014. The Secretary of "
        "State may use powers under section 497A of the Education Act 1996 where the Improvement Notice is not "
        "complied with.<br/>[SZ/07102025/L]")
    d.h("8.0 Equalities implications")
    d.p("8.1 An equality analysis has been completed. The plan is expected to have a positive impact on children and "
        "young people with SEND and their families.")
    d.h("9.0 All other implications")
    d.p("9.1 There are no climate, property or health and wellbeing implications beyond those set out above.")
    d.h("10.0 Schedule of background papers")
    d.p("10.1 Area SEND inspection of Wolverhampton Local Area Partnership, Ofsted and CQC, 2 September 2025.<br/>"
        "10.2 Improvement Notice: City of Wolverhampton Council, Department for Education, 29 September 2025.<br/>"
        "10.3 SEND Strategy 2023-2026, Cabinet, 22 March 2023.")
    d.h("11.0 Appendices")
    d.p("11.1 Appendix 1: Priority Action Plan.")
    d.p("<super>1</super> The independent chair was appointed on 1 October 2025 for an initial period of twelve "
        "months.", SMALL)
    d.add(PageBreak())
    d.h("Appendix 1: Wolverhampton Local Area Partnership - Priority Action Plan (October 2025)")
    d.p("RAG: Red - not on track; Amber - on track with risks; Green - on track or complete.")
    rows = [["Ref", "Type", "Finding (from the inspection report)", "What we will do", "Lead", "Timescale", "RAG"]]
    for ref, kind, finding, themes, actions, lead, when, rag in WOLVES_PLAN:
        rows.append([ref, kind, escape(finding), actions, lead, when, rag])
        d.record_weak(finding, themes)
    d.table(rows, [1.0 * cm, 2.2 * cm, 3.7 * cm, 3.5 * cm, 2.4 * cm, 2.0 * cm, 1.4 * cm], split_in_row=True,
            style_cell=PLANCELL)
    for text, start, end in [
        ("15 October 2025", "2025-10-15", None), ("22 September 2025", "2025-09-22", None),
        ("30 September 2025", "2025-09-30", None), ("8 October 2025", "2025-10-08", None),
        ("2 September 2025", "2025-09-02", None), ("3 October 2025", "2025-10-03", None),
        ("from 7 to 11 July 2025", "2025-07-07", "2025-07-11"), ("October 2017", "2017-10", None),
        ("16 and 23 September 2025", "2025-09-16", None), ("23 September 2025", "2025-09-23", None),
        ("29 September 2025", "2025-09-29", None), ("10 December 2025", "2025-12-10", None),
        ("November 2025", "2025-11", None), ("31 March 2026", "2026-03-31", None),
        ("22 March 2023", "2023-03-22", None), ("1 October 2025", "2025-10-01", None),
        ("October 2025", "2025-10", None), ("November 2025 to March 2026", "2025-11", "2026-03"),
        ("By 31 January 2026", "2026-01-31", None), ("December 2025 to September 2026", "2025-12", "2026-09"),
        ("January 2026", "2026-01", None), ("September 2026", "2026-09", None), ("By 31 July 2026", "2026-07-31", None),
    ]:
        d.date(text, start, end)
    d.person("Kamaljit Oxley", "Cabinet member with lead responsibility, Education, Skills and Work", "member")
    d.person("Emma Bushbury", "Executive Director of Families", "officer")
    d.person("Naveed Ettingshall", "Service Director, Education Excellence", "officer",
             "naveed.ettingshall@wolverhampton.gov.uk", "01902 554317")
    d.person("Judith Compton-Lowe", "independent chair appointed by the DfE", "other")
    d.event("inspection", "2025-07-07", "2025-07-11", "Ofsted and the Care Quality Commission (CQC) carried out an "
            "inspection of the Wolverhampton local area partnership from 7 to 11 July 2025")
    d.event("inspection", "2017-10", None, "The area was last inspected under the previous framework in October 2017")
    d.event("outcome-letter", "2025-09-02", None, "The inspection report, published on 2 September 2025")
    d.event("progress-plan", "2025-10-03", None, "the partnership's Priority Action Plan, which was submitted to "
            "Ofsted on 3 October 2025")
    d.event("statutory-direction", "2025-09-29", None, "On 29 September 2025 the Department for Education issued the "
            "Council with an Improvement Notice")
    d.event("monitoring", "2025-12-10", None, "The first DfE and NHS England monitoring meeting is scheduled for 10 "
            "December 2025.")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 4. Sefton: a scrutiny report on the Area SEND inspection outcome, in the council's report template
# ------------------------------------------------------------------------------------------------------------------

def sefton_report() -> Doc:
    d = Doc(
        "sefton/round27-2026-01-13-overview-and-scrutiny-committee-childrens-services-and-safeguarding/"
        "Area SEND Inspection Outcome and Strategic Plan.pdf",
        {"council": "Sefton Metropolitan Borough Council", "council_slug": "sefton",
         "committee": "Overview and Scrutiny Committee (Children's Services and Safeguarding)",
         "meeting_date": "2026-01-13",
         "title": "Area SEND Inspection of the Sefton Local Area Partnership: Outcome and Strategic Plan",
         "source_kind": "moderngov-document",
         "url": "https://modgov.sefton.gov.uk/documents/s121877/Area%20SEND%20Inspection%20Outcome%20and%20"
                "Strategic%20Plan.pdf"},
        {"council": "Sefton Metropolitan Borough Council",
         "committee": "Overview and Scrutiny Committee (Children's Services and Safeguarding)", "date": "2026-01-13"},
        "Sefton Council", "Overview and Scrutiny Committee (Children's Services and Safeguarding)",
        "Agenda Item 7", page_label="Page {n} of {total}")
    d.table([["Report to:", "Overview and Scrutiny Committee (Children's Services and Safeguarding)",
              "Date of Meeting:", "Tuesday 13 January 2026"],
             ["Subject:", "Area SEND Inspection of the Sefton Local Area Partnership: Outcome and Strategic Plan",
              "", ""],
             ["Report of:", "Executive Director of Children's Services", "Wards Affected:", "(All Wards);"],
             ["Portfolio:", "Cabinet Member - Education", "", ""],
             ["Is this a Key Decision:", "No", "Included in Forward Plan:", "No"],
             ["Exempt / Confidential Report:", "No", "", ""]],
            [3.4 * cm, 6.2 * cm, 3.2 * cm, 3.2 * cm], header=False)
    d.h("Summary:")
    d.p("This report informs the Committee of the outcome of the Area SEND inspection of the Sefton local area "
        "partnership, carried out by Ofsted and the Care Quality Commission (CQC) in September 2025, and of the "
        "partnership's updated strategic plan.")
    d.h("Recommendation(s):")
    d.p("The Overview and Scrutiny Committee (Children's Services and Safeguarding) is recommended to:")
    d.res("(1)", "note the outcome of the Area SEND inspection and the areas for improvement identified by "
          "inspectors;", "recommendation", style=HANG)
    d.res("(2)", "note the partnership's updated SEND and Inclusion Strategic Plan and comment on the actions "
          "proposed; and", "recommendation", style=HANG)
    d.res("(3)", "agree to receive a report on progress against the areas for improvement every six months, the "
          "first in July 2026.", "recommendation", style=HANG)
    d.h("Reasons for the Recommendation(s):")
    d.p("The Committee has asked to be kept informed of the partnership's work to improve services for children and "
        "young people with special educational needs and/or disabilities (SEND).")
    d.h("Alternative Options Considered and Rejected: (including any Risk Implications)")
    d.p("None.")
    d.h("What will it cost and how will it be financed?")
    d.p("<b>(A) Revenue Costs</b><br/>There are no additional revenue costs arising from this report. The actions in "
        "the strategic plan are met from existing budgets and from the Dedicated Schools Grant.")
    d.p("<b>(B) Capital Costs</b><br/>None.")
    d.h("Implications of the Proposals:")
    d.table([["Resource Implications (Financial, IT, Staffing and Assets):"],
             ["Two additional annual review officers are funded from the High Needs Block from 1 February 2026."],
             ["Legal Implications:"],
             ["The Council and NHS Cheshire and Merseyside Integrated Care Board have joint duties under Part 3 of "
              "the Children and Families Act 2014 and the SEND Code of Practice."],
             ["Equality Implications:"],
             ["The equality implications have been identified and mitigated."]], [16 * cm], header=False)
    d.p("<b>Impact on Children and Young People:</b> Yes<br/>The report concerns the experiences and outcomes of "
        "children and young people with SEND.")
    d.p("<b>Climate Emergency Implications:</b> The recommendations within this report will have a Neutral impact.")
    d.h("What consultations have taken place on the proposals and when?")
    d.p("<b>(A) Internal Consultations</b><br/>The Executive Director of Corporate Resources and Customer Services "
        "(FD.8144/25) and the Chief Legal and Democratic Officer (LD.6344/25) have been consulted and any comments "
        "have been incorporated into the report.")
    d.p("<b>(B) External Consultations</b><br/>The strategic plan was developed with the Sefton Parent Carer Forum, "
        "whose chair, Bethany Ainsdale, attended the co-production workshops held on 2 and 9 December 2025, and with "
        "the ICB's Sefton Place team.")
    d.h("Implementation Date for the Decision")
    d.p("Immediately following the Committee meeting.")
    d.table([["Contact Officer:", "Catriona Formby, Service Manager, SEND Improvement"],
             ["Telephone Number:", "0151 934 4487"],
             ["Email Address:", "catriona.formby@sefton.gov.uk"]], [4 * cm, 12 * cm], header=False)
    d.h("Appendices:")
    d.p("The following appendix is attached to this report:<br/>Appendix A - SEND Improvement risk register "
        "(extract)")
    d.h("Background Papers:")
    d.p("&bull; Area SEND inspection of Sefton Local Area Partnership, Ofsted and CQC, published 11 November 2025.<br/>"
        "&bull; Report to Cabinet, SEND and Inclusion Strategic Plan 2026-2029, 4 December 2025.<br/>"
        "&bull; Report to this Committee, SEND Sufficiency Update, 9 September 2025.", BULLET)
    d.h("1. Introduction/Background")
    d.p("1.1 The local area was last inspected under the previous framework between 14 and 18 November 2016. Inspectors "
        "required a Written Statement of Action, and on a re-visit in June 2019 found that sufficient progress had "
        "been made in addressing each of the areas of significant weakness.")
    d.p("1.2 Under the Area SEND inspection framework introduced in January 2023, inspectors judge the local area "
        "partnership - in Sefton, the Council and NHS Cheshire and Merseyside Integrated Care Board (ICB) - against "
        "one of three outcomes, and set out areas for improvement for the partnership to address.")
    d.h("2. The Inspection")
    d.p("2.1 Ofsted and the CQC inspected the Sefton local area partnership from 22 to 26 September 2025. Inspectors "
        "met children and young people, parents and carers, leaders from education, health and care, and "
        "practitioners, and visited eleven schools, two colleges and the Alder Centre, and reviewed 46 case "
        "files.")
    d.p("2.2 The inspection report was published on 11 November 2025. The partnership received the middle outcome: "
        "\"The local area partnership's arrangements lead to inconsistent experiences and outcomes for children and "
        "young people with special educational needs and/or disabilities (SEND). The local area partnership must "
        "work jointly to make improvements.\"")
    d.p("2.3 Inspectors found that children and young people with SEND in Sefton:")
    for text in ["are well supported by early help and family hub services;",
                 "benefit from a strong and well-regarded specialist teaching service; and",
                 "who are looked after have their needs well understood by the Virtual School."]:
        d.p(f"&bull; {text}", BULLET)
    d.p("2.4 The report sets out four areas for improvement for the partnership:")
    for text, themes in [
        ("Leaders should ensure that the needs of children and young people with SEND are identified early, "
         "particularly in the early years and at the point of transfer to secondary school.", ["identification"]),
        ("Leaders should work together to ensure that EHC plans are reviewed in a timely way and updated to reflect "
         "children and young people's changing needs.", ["ehc-plans"]),
        ("The ICB and the council should jointly commission sufficient occupational therapy and sensory support, so "
         "that children and young people do not wait too long for help.", ["joint-commissioning",
                                                                              "health-services"]),
        ("Leaders should improve the quality and consistency of information on the Local Offer, so that families "
         "can find the support that is available to them.", ["local-offer"]),
    ]:
        d.weak(text, themes, marker="&ndash;")
    d.h("3. The Partnership's Response")
    d.p("3.1 Following the inspection, the partnership was required to update and publish its strategic plan. The "
        "SEND Continuous Improvement Board approved the updated SEND and Inclusion Strategic Plan on 16 December "
        "2025, and it will be published on the Local Offer by 30 January 2026. Cabinet considered the draft plan at its "
        "meeting on 4 December 2025.")
    d.p("3.2 The plan's four workstreams match the areas for improvement, and each has a senior lead from the Council "
        "and the ICB. Progress will be overseen by the SEND Continuous Improvement Board, chaired by the Executive "
        "Director of Children's Services, Lorraine Crosby-Hightown, and by the ICB's Place Director for Sefton, "
        "Dr Hamza Litherland.")
    d.p("3.3 Early progress includes a new Early Years SEND Pathway, launched on 3 November 2025; a reduction in "
        "overdue annual reviews from 612 in June 2025 to 401 in November 2025; and a single occupational therapy "
        "and sensory referral route from January 2026<super>1</super>.")
    d.p("3.4 Ofsted and the CQC will hold annual engagement meetings with the partnership, the first expected in "
        "autumn 2026, and the next full inspection will take place within approximately three years.")
    d.h("4. Risks")
    d.p("4.1 The principal risks to delivery, taken from the SEND Improvement risk register, are summarised below "
        "and set out in Appendix A.")
    d.table([["Risk", "Likelihood", "Impact", "Mitigation"],
             ["Demand for EHC needs assessments continues to rise faster than capacity", "High", "High",
              "Two additional annual review officers; monthly demand forecasting"],
             ["Occupational therapy recruitment is not achieved", "Medium", "High",
              "Joint recruitment campaign with Alder Hey; use of therapy assistants"],
             ["High Needs Block deficit limits investment", "High", "Medium",
              "Delivery of the High Needs Block management plan, reviewed termly"],
             ["Families do not see improvement in their experience", "Medium", "High",
              "Quarterly 'You said, we did' reports co-produced with the Parent Carer Forum"]],
            [5.6 * cm, 2.2 * cm, 2 * cm, 6.2 * cm])
    d.h("5. Conclusion")
    d.p("5.1 The inspection outcome reflects progress since 2016, but also the inconsistency that families continue "
        "to report. The Committee's oversight of the strategic plan will be an important part of the partnership's "
        "accountability.")
    d.p("<super>1</super> Referral route agreed by the SEND Continuous Improvement Board on 16 December 2025.", SMALL)
    d.add(PageBreak())
    d.h("Appendix A - SEND Improvement risk register (extract, as at 19 December 2025)")
    d.table([["Ref", "Risk description", "Owner", "Review date", "Inherent score", "Residual score"],
             ["SR1", "Rising demand for EHC needs assessments exceeds statutory assessment capacity, and timeliness "
                     "falls below 50 per cent", "Head of SEND", "March 2026", "20", "12"],
             ["SR2", "Recruitment to occupational therapy posts fails, and waiting times for sensory support rise",
              "ICB Associate Director of Children's Commissioning", "February 2026", "16", "12"],
             ["SR3", "The High Needs Block deficit limits investment in early identification and inclusion",
              "Head of Education Finance", "March 2026", "20", "16"],
             ["SR4", "Families' experience does not improve, and confidence in the partnership falls",
              "Service Manager, SEND Improvement", "April 2026", "12", "8"],
             ["SR5", "Information on the Local Offer is not kept up to date as services change",
              "Local Offer Manager", "April 2026", "9", "6"]],
            [1.1 * cm, 5.9 * cm, 3.4 * cm, 2.4 * cm, 1.7 * cm, 1.7 * cm])
    d.p("Scores are likelihood multiplied by impact, each on a scale of 1 to 5. Risks scoring 15 or more are "
        "escalated to the SEND Continuous Improvement Board.")
    for text, start, end in [
        ("Tuesday 13 January 2026", "2026-01-13", None), ("September 2025", "2025-09", None),
        ("July 2026", "2026-07", None), ("1 February 2026", "2026-02-01", None),
        ("2 and 9 December 2025", "2025-12-02", None), ("9 December 2025", "2025-12-09", None),
        ("11 November 2025", "2025-11-11", None), ("4 December 2025", "2025-12-04", None),
        ("9 September 2025", "2025-09-09", None), ("between 14 and 18 November 2016", "2016-11-14", "2016-11-18"),
        ("June 2019", "2019-06", None), ("January 2023", "2023-01", None),
        ("from 22 to 26 September 2025", "2025-09-22", "2025-09-26"), ("16 December 2025", "2025-12-16", None),
        ("30 January 2026", "2026-01-30", None), ("3 November 2025", "2025-11-03", None),
        ("June 2025", "2025-06", None), ("November 2025", "2025-11", None), ("January 2026", "2026-01", None),
        ("19 December 2025", "2025-12-19", None), ("March 2026", "2026-03", None), ("February 2026", "2026-02", None),
        ("April 2026", "2026-04", None),
    ]:
        d.date(text, start, end)
    d.person("Catriona Formby", "Service Manager, SEND Improvement", "officer", "catriona.formby@sefton.gov.uk",
             "0151 934 4487")
    d.person("Bethany Ainsdale", "chair, Sefton Parent Carer Forum", "other")
    d.person("Lorraine Crosby-Hightown", "Executive Director of Children's Services", "officer")
    d.person("Hamza Litherland", "Place Director for Sefton, ICB", "officer")
    d.event("inspection", "2016-11-14", "2016-11-18", "The local area was last inspected under the previous framework "
            "between 14 and 18 November 2016.")
    d.event("revisit", "2019-06", None, "on a re-visit in June 2019 found that sufficient progress had been made")
    d.event("inspection", "2025-09-22", "2025-09-26", "Ofsted and the CQC inspected the Sefton local area partnership "
            "from 22 to 26 September 2025.")
    d.event("outcome-letter", "2025-11-11", None, "The inspection report was published on 11 November 2025.")
    d.event("progress-plan", "2025-12-16", None, "The SEND Continuous Improvement Board approved the updated SEND and "
            "Inclusion Strategic Plan on 16 December 2025")
    d.event("progress-plan", "2026-01-30", None, "it will be published on the Local Offer by 30 January 2026")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 5. Leeds: printed (draft) minutes of the Scrutiny Board (Children and Families)
# ------------------------------------------------------------------------------------------------------------------

def leeds_minutes() -> Doc:
    d = Doc(
        "leeds/round27-2025-11-19-scrutiny-board-children-and-families/Printed minutes 22nd-Oct-2025 10.30 "
        "Scrutiny Board Children and Families.pdf",
        {"council": "Leeds City Council", "council_slug": "leeds",
         "committee": "Scrutiny Board (Children and Families)", "meeting_date": "2025-11-19",
         "title": "Printed minutes 22nd-Oct-2025 10.30 Scrutiny Board (Children and Families)",
         "source_kind": "moderngov-document",
         "url": "https://democracy.leeds.gov.uk/documents/g13502/Printed%20minutes%2022nd-Oct-2025%2010.30%20"
                "Scrutiny%20Board%20Children%20and%20Families.pdf"},
        {"council": "Leeds City Council", "committee": "Scrutiny Board (Children and Families)",
         "date": "2025-10-22"},
        "Draft minutes to be approved at the meeting to be held on Wednesday, 19th November, 2025",
        "Scrutiny Board (Children and Families)", "Leeds City Council", page_label="Page {n}")
    d.title("SCRUTINY BOARD (CHILDREN AND FAMILIES)")
    d.p("<b>WEDNESDAY, 22ND OCTOBER, 2025</b>")
    d.p("<b>PRESENT:</b> Councillor F Harehills in the Chair")
    d.p("Councillors A Armley, J Beeston, S Bramley-Cole, C Chapeltown, D Farnley, M Gipton, G Morley, R Kippax, "
        "P Otley and T Rothwell")
    d.p("<b>Co-opted Members present</b> &ndash; Mr T Brammall (Church Representative (Catholic)), Ms K Wortley "
        "(Parent Governor Representative (Primary)) and Ms R Whinmoor (Teacher Representative)")
    d.h("31 Appeals Against Refusal of Inspection of Documents")
    d.p("There were no appeals against the refusal of inspection of documents.")
    d.h("32 Exempt Information - Possible Exclusion of the Press and Public")
    d.p("There were no exempt items.")
    d.h("33 Late Items")
    d.p("There were no formal late items. However, the Board received supplementary information in relation to "
        "agenda item 8 (minute 38), namely a copy of the inspection report published on 19th August 2025, which "
        "had been circulated to Board Members on 15th October 2025.")
    d.h("34 Declaration of Interests")
    d.p("Councillor M Gipton drew the Board's attention to her role as a governor of a special school in the city, in "
        "relation to minute 38. Ms R Whinmoor drew attention to her employment as a teacher at a mainstream "
        "secondary school in Leeds.")
    d.h("35 Apologies for Absence and Notification of Substitutes")
    d.p("Apologies for absence were received from Councillor E Pudsey, with Councillor G Morley attending as a "
        "substitute Member. Apologies were also received from Mr A Wetherby (Church Representative (Church of "
        "England)).")
    d.h("36 Minutes - 17th September, 2025")
    resolved(d, None, "That the minutes of the meeting held on 17th September 2025 be approved as an accurate record.",
             lead="<b>RESOLVED</b> &ndash;")
    d.h("37 Matters Arising")
    d.p("Further to minute 27, the Principal Scrutiny Adviser, Nadine Meanwood, confirmed that the information on "
        "children missing education requested by the Board had been circulated to Members on 3rd October 2025.")
    d.h("38 Area SEND Inspection of the Leeds Local Area Partnership")
    d.p("The report of the Director of Children and Families presented the outcome of the Area SEND inspection of "
        "the Leeds local area partnership, and the partnership's response.")
    d.p("The following were in attendance:")
    for text in ["Councillor H Kirkstall, Executive Member for Children's Social Care and Health Partnerships",
                 "Councillor J Roundhay, Executive Member for Economy, Culture and Education",
                 "Rhoda Seacroft, Director of Children and Families",
                 "Marcus Burmantofts, Chief Officer, Learning Inclusion",
                 "Sian Alwoodley, Head of SEND Statutory Assessment and Provision",
                 "Dr Priya Moortown, Designated Clinical Officer for SEND, NHS West Yorkshire Integrated Care Board",
                 "Carla Headingley, Co-Chair, Leeds Parent Carer Forum"]:
        d.p(f"&ndash; {text}", BULLET)
    d.p("The Chief Officer, Learning Inclusion, introduced the report, highlighting the following:")
    for text in [
        "Ofsted and the Care Quality Commission had inspected the local area partnership from 7th to 11th July "
        "2025, under the framework introduced in January 2023, and the report had been published on 19th August "
        "2025.",
        "The area had previously been inspected in November 2017, under the earlier framework, and had not been "
        "required to produce a Written Statement of Action.",
        "The partnership had received the highest of the three outcomes: the local area partnership's arrangements "
        "typically lead to positive experiences and outcomes for children and young people with special "
        "educational needs and/or disabilities.",
        "Inspectors had praised the city's inclusive culture, the SEN support funding model for mainstream schools "
        "and the strength of the partnership's relationship with the Parent Carer Forum.",
    ]:
        d.p(f"&bull; {text}", BULLET)
    d.p("&bull; Inspectors had nevertheless identified three areas for improvement, which were:", BULLET)
    for marker, text, themes in [
        ("i.", "Leaders should reduce the waiting times for neurodevelopmental assessments, particularly for children "
               "and young people aged over 11.", ["health-services"]),
        ("ii.", "Leaders should strengthen the way they gather and use the views of children and young people with "
                "SEND, so that these views shape the partnership's strategy and commissioning.", ["co-production"]),
        ("iii.", "Leaders should improve the consistency of the quality of annual reviews of EHC plans in mainstream "
                 "secondary schools.", ["ehc-plans"]),
    ]:
        d.weak(text, themes, marker=marker, style=ParagraphStyle("LeedsItem", parent=HANG, leftIndent=54))
    d.p("&bull; The SEND and Inclusion Partnership Board had agreed an updated SEND and Inclusion Strategy action "
        "plan on 23rd September 2025, addressing each of the areas for improvement, and the next full inspection "
        "was expected within five years.", BULLET)
    d.p("The Designated Clinical Officer reported that the average wait for a neurodevelopmental assessment for "
        "children aged over 11 had fallen from 96 weeks in March 2025 to 81 weeks, and that a new assessment "
        "provider would begin work in January 2026. The Co-Chair of the Leeds Parent Carer Forum welcomed the "
        "outcome but said that the experience of families waiting for an assessment remained very difficult.")
    d.p("In responding to Members' comments and questions, the Board discussed the following matters:")
    for text in [
        "Members asked what support was available to families while they waited for a neurodevelopmental "
        "assessment; the Board heard about the 'needs not diagnosis' approach and the online support hub launched "
        "in May 2025.",
        "Members sought assurance on the quality of annual reviews in secondary schools; the Head of SEND Statutory "
        "Assessment and Provision explained that an audit of 120 reviews would be completed by December 2025.",
        "The Board asked how the voices of young people were heard; officers described the SEND Youth Forum and the "
        "plan to include two young people on the Partnership Board from April 2026.",
        "Members asked about the cost of independent special school placements and the High Needs Block; the Director "
        "of Children and Families agreed to provide a briefing note.",
    ]:
        d.p(f"&bull; {text}", BULLET)
    d.p("<b>RESOLVED</b> &ndash;")
    resolved(d, "(a)", "That the contents of the report, and the outcome of the Area SEND inspection, be noted.",
             lead="")
    resolved(d, "(b)", "That the Board's thanks to the partnership's staff, schools and the Leeds Parent Carer Forum "
             "be recorded.", lead="")
    resolved(d, "(c)", "That the Board receives an update on waiting times for neurodevelopmental assessment, and on "
             "the audit of annual reviews, at its meeting in March 2026.", lead="")
    resolved(d, "(d)", "That the Director of Children and Families provides the Board with a briefing note on the "
             "costs of independent special school placements.", lead="")
    d.h("39 Financial Health Monitoring 2025/26 - Month 5")
    d.p("The Chief Officer, Financial Services, submitted a report setting out the projected financial health of the "
        "Children and Families directorate at month 5 of the financial year. The directorate was forecasting an "
        "overspend of £9.4m, mainly on external residential placements and on home to school transport, of which "
        "£3.1m related to transport for children and young people with SEND. Members asked about the numbers of "
        "children in external residential placements and the effect of the new in-house children's homes, the first "
        "of which had opened on 1st September 2025.")
    d.p("The Board was advised that the Dedicated Schools Grant High Needs Block was forecasting an in-year deficit "
        "of £6.8m, reflecting a 14 per cent rise in the number of EHC plans over the previous year and the growing "
        "cost of independent specialist places. Members asked whether the city would join the Department for "
        "Education's Delivering Better Value programme; the Chief Officer, Financial Services, explained that Leeds "
        "had taken part in the programme's first phase and that the learning had informed the High Needs Block "
        "management plan, which the Executive Board would consider in December 2025.")
    d.p("Members also discussed the cost of home to school transport for children with SEND, and the proposals to "
        "increase the use of independent travel training and personal travel budgets. The Board noted that a "
        "consultation on the post-16 transport policy would run from 3rd November 2025 to 12th January 2026, and "
        "asked that the Board be given the opportunity to comment on it.")
    resolved(d, None, "That the Scrutiny Board notes the month 5 financial health position of the Children and "
             "Families directorate.", lead="<b>RESOLVED</b> &ndash;")
    d.h("40 Leeds Youth Justice Plan 2025-26")
    d.p("The Head of the Youth Justice Service presented the Youth Justice Plan, which had been submitted to the Youth "
        "Justice Board on 30th June 2025. The plan reported a fall in first-time entrants and a rise in the "
        "proportion of children known to the service who had speech, language and communication needs. Members "
        "welcomed the speech and language therapist who had joined the service, and asked about education "
        "outcomes for children in the youth justice system.")
    d.p("In response, the Head of the Youth Justice Service explained that every child entering the service was now "
        "screened for speech, language and communication needs, and that a joint protocol with the SEND service, "
        "agreed in March 2025, made sure that an EHC needs assessment was requested where a child's needs were not "
        "yet identified. About 38 per cent of children supervised by the service had an EHC plan or received SEN "
        "support, and the service was working with the Virtual School to track their attendance. Members asked for "
        "information on the numbers of children in the youth justice system who had been permanently excluded, and "
        "on their access to alternative provision.")
    d.p("<b>RESOLVED</b> &ndash; That the Scrutiny Board:")
    resolved(d, "(a)", "notes the Leeds Youth Justice Plan 2025-26; and", lead="")
    resolved(d, "(b)", "asks that the next annual plan includes information on the education, employment and training "
             "of children known to the Youth Justice Service who have SEND.", lead="")
    d.h("41 Scrutiny Inquiry into School Attendance - Terms of Reference")
    d.p("The Head of Democratic Services submitted a report presenting draft terms of reference for the Board's "
        "inquiry into school attendance, agreed as the Board's inquiry for the year at its meeting on 18th June "
        "2025. The inquiry would consider persistent and severe absence, including the attendance of children and "
        "young people with SEND and those on part-time timetables, and the use of attendance hubs.")
    d.p("Members asked that the inquiry hear directly from young people and from parents of children with SEND who "
        "had found it difficult to attend school, and that it look at the effect of the cost of school transport "
        "on attendance. The Principal Scrutiny Adviser said that the inquiry would gather evidence from schools, "
        "the Leeds Parent Carer Forum and the Youth Council, and would report by April 2026.")
    d.p("The Board also discussed the national changes to attendance guidance that took effect on 19th August 2024, "
        "and the rise in penalty notices issued to parents since then.")
    d.p("<b>RESOLVED</b> &ndash;")
    resolved(d, "(a)", "That the terms of reference for the inquiry into school attendance be approved, subject to "
             "the inclusion of evidence from young people and from parents of children with SEND.", lead="")
    resolved(d, "(b)", "That the Principal Scrutiny Adviser arranges the inquiry's evidence sessions in consultation "
             "with the Chair.", lead="")
    d.h("42 Work Schedule")
    d.p("The Head of Democratic Services submitted a report presenting the Board's work schedule for the remainder of "
        "the 2025/26 municipal year. Members noted the inquiry into school attendance, whose evidence sessions would "
        "be held in January 2026 and February 2026.")
    resolved(d, None, "That the Board's work schedule for the 2025/26 municipal year be approved, subject to the "
             "addition of the item agreed at minute 38.", lead="<b>RESOLVED</b> &ndash;")
    d.h("43 Date and Time of Next Meeting")
    resolved(d, None, "To note the date and time of the next meeting as Wednesday, 19th November 2025 at 10.30 am "
             "(pre-meeting for all Board Members at 10.00 am).", lead="<b>RESOLVED</b> &ndash;")
    d.p("The meeting concluded at 12.40 pm.")
    for text, start, end in [
        ("Wednesday, 19th November, 2025", "2025-11-19", None), ("WEDNESDAY, 22ND OCTOBER, 2025", "2025-10-22", None),
        ("19th August 2025", "2025-08-19", None), ("15th October 2025", "2025-10-15", None),
        ("17th September, 2025", "2025-09-17", None), ("3rd October 2025", "2025-10-03", None),
        ("from 7th to 11th July 2025", "2025-07-07", "2025-07-11"), ("January 2023", "2023-01", None),
        ("November 2017", "2017-11", None), ("23rd September 2025", "2025-09-23", None),
        ("March 2025", "2025-03", None), ("January 2026", "2026-01", None), ("May 2025", "2025-05", None),
        ("December 2025", "2025-12", None), ("April 2026", "2026-04", None), ("March 2026", "2026-03", None),
        ("1st September 2025", "2025-09-01", None), ("30th June 2025", "2025-06-30", None),
        ("February 2026", "2026-02", None), ("18th June 2025", "2025-06-18", None),
        ("19th August 2024", "2024-08-19", None),
        ("from 3rd November 2025 to 12th January 2026", "2025-11-03", "2026-01-12"),
    ]:
        d.date(text, start, end)
    d.person("F Harehills", "Chair", "member")
    for name in ["A Armley", "J Beeston", "S Bramley-Cole", "C Chapeltown", "D Farnley", "M Gipton", "G Morley",
                 "R Kippax", "P Otley", "T Rothwell", "E Pudsey"]:
        d.person(name, None, "member")
    d.person("T Brammall", "Church Representative (Catholic)", "other")
    d.person("K Wortley", "Parent Governor Representative (Primary)", "other")
    d.person("R Whinmoor", "Teacher Representative", "other")
    d.person("A Wetherby", "Church Representative (Church of England)", "other")
    d.person("Nadine Meanwood", "Principal Scrutiny Adviser", "officer")
    d.person("H Kirkstall", "Executive Member for Children's Social Care and Health Partnerships", "member")
    d.person("J Roundhay", "Executive Member for Economy, Culture and Education", "member")
    d.person("Rhoda Seacroft", "Director of Children and Families", "officer")
    d.person("Marcus Burmantofts", "Chief Officer, Learning Inclusion", "officer")
    d.person("Sian Alwoodley", "Head of SEND Statutory Assessment and Provision", "officer")
    d.person("Priya Moortown", "Designated Clinical Officer for SEND, NHS West Yorkshire Integrated Care Board",
             "officer")
    d.person("Carla Headingley", "Co-Chair, Leeds Parent Carer Forum", "other")
    d.event("inspection", "2025-07-07", "2025-07-11", "Ofsted and the Care Quality Commission had inspected the local "
            "area partnership from 7th to 11th July 2025")
    d.event("outcome-letter", "2025-08-19", None, "the report had been published on 19th August 2025")
    d.event("inspection", "2017-11", None, "The area had previously been inspected in November 2017")
    d.event("progress-plan", "2025-09-23", None, "The SEND and Inclusion Partnership Board had agreed an updated SEND "
            "and Inclusion Strategy action plan on 23rd September 2025")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 6. Norfolk: minutes of the Health and Wellbeing Board, with named partners and an actions table
# ------------------------------------------------------------------------------------------------------------------

NORFOLK_AREAS = [
    ("the weaknesses in strategic leadership and joint governance of SEND across education, health and care",
     ["leadership-governance"], "Sufficient progress"),
    ("the inconsistent quality of EHC plans, and the lack of timely contributions to them from health and social "
     "care", ["ehc-plans"], "Not sufficient progress"),
    ("the poor communication with parents and carers, and their lack of confidence in the local area's ability to "
     "meet their children's needs", ["co-production"], "Not sufficient progress"),
    ("the gaps in jointly commissioned services, including therapies and emotional and mental health support",
     ["joint-commissioning"], "Sufficient progress"),
    ("the long waiting times for the neurodevelopmental pathway and for child and adolescent mental health services",
     ["health-services"], "Not sufficient progress"),
]


def norfolk_minutes() -> Doc:
    d = Doc(
        "norfolk/round27-2023-07-12-health-and-wellbeing-board/Minutes 22 March 2023 Health and Wellbeing Board.pdf",
        {"council": "Norfolk County Council", "council_slug": "norfolk", "committee": "Health and Wellbeing Board",
         "meeting_date": "2023-07-12",
         "title": "Health and Wellbeing Board minutes 22 March 2023",
         "source_kind": "committee-report",
         "url": "https://norfolkcc.cmis.uk.com/norfolkcc/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo="
                "Rm7Qa2TzXh4cP1WbVj9e3uLs8kNdYqGf"},
        {"council": "Norfolk County Council", "committee": "Health and Wellbeing Board", "date": "2023-03-22"},
        "Norfolk County Council", "Health and Wellbeing Board", "Health and Wellbeing Board 22 March 2023",
        page_label="{n}")
    d.title("Health and Wellbeing Board")
    d.p("Minutes of the meeting held on Wednesday 22 March 2023 at 9.30am in the Council Chamber, County Hall, "
        "Norwich")
    d.p("<b>Present:</b>")
    present = [
        ("Cllr Bridget Swaffham (Chair)", "Cabinet Member for Adult Social Care, Public Health and Prevention, "
                                          "Norfolk County Council"),
        ("Dr Owen Aylsham (Vice-Chair)", "Chief Executive, NHS Norfolk and Waveney Integrated Care Board"),
        ("Cllr Jasper Holt", "Cabinet Member for Children's Services, Norfolk County Council"),
        ("Cllr Phoebe Sheringham", "Breckland District Council"),
        ("Cllr Ruth Hunstanton", "Borough Council of King's Lynn and West Norfolk"),
        ("Dr Louise Fakenham", "Director of Public Health, Norfolk County Council"),
        ("Sarah Cromer", "Executive Director, Children's Services, Norfolk County Council"),
        ("Nicholas Stalham", "Executive Director, Adult Social Services, Norfolk County Council"),
        ("Det Ch Supt Gavin Loddon", "Norfolk Constabulary"),
        ("Mark Mundesley", "Chief Executive, Norfolk and Suffolk NHS Foundation Trust"),
        ("Alison Thetford", "Chair, Healthwatch Norfolk"),
        ("Dawn Acle", "Voluntary Sector Representative, Norfolk Community Voluntary Services"),
        ("Emily Brancaster", "Co-Chair, Norfolk Parent Carer Forum"),
    ]
    d.table([[n, r] for n, r in present], [6 * cm, 10 * cm], header=False, grid=False)
    d.p("<b>Also present:</b>")
    also = [
        ("Dr Rani Hethersett", "Designated Medical Officer for SEND, NHS Norfolk and Waveney Integrated Care Board"),
        ("Joel Feltwell", "Director of Learning and Inclusion, Norfolk County Council"),
        ("Tom Reepham", "Head of Health and Wellbeing Partnerships, Norfolk County Council"),
        ("Maisie Blakeney", "Committee Officer, Norfolk County Council"),
    ]
    d.table([[n, r] for n, r in also], [6 * cm, 10 * cm], header=False, grid=False)
    d.h("1. Apologies")
    d.p("1.1 Apologies were received from Cllr Martin Gressenhall (South Norfolk Council) and Pete Brundall (Chief "
        "Fire Officer, Norfolk Fire and Rescue Service).")
    d.h("2. Minutes")
    d.res("2.1", "The minutes of the Health and Wellbeing Board meeting held on 7 December 2022 were agreed as an "
          "accurate record and signed by the Chair.", "resolution", style=NUMBERED)
    d.h("3. Declarations of Interest")
    d.p("3.1 No interests were declared.")
    d.h("4. Any other items of business referred to by the Chair as a matter of urgency")
    d.p("4.1 There were no items of urgent business.")
    d.h("5. Joint Health and Wellbeing Strategy: Annual Progress")
    d.p("5.1 The Board received the report presenting progress in the second year of the Joint Health and Wellbeing "
        "Strategy, and the proposed priorities for its third year. The Head of Health and Wellbeing Partnerships "
        "introduced the report, noting that the strategy's four priorities had been refreshed with the Integrated "
        "Care Partnership at a workshop on 8 February 2023.")
    d.p("5.2 Board Members discussed the report:")
    for text in [
        "The Director of Public Health highlighted the increase in the number of children and young people seeking "
        "support for their emotional wellbeing, which had risen by 22% since September 2021.",
        "The Chair of Healthwatch Norfolk welcomed the new priority on reducing health inequalities in coastal "
        "communities, and asked that the voice of people with lived experience be built into its measures.",
        "Det Ch Supt Loddon described the work of the county's community safety partnership on violence against "
        "women and girls, which would report to the Board in the autumn.",
    ]:
        d.p(f"&bull; {text}", BULLET)
    d.p("5.3 The Health and Wellbeing Board <b>RESOLVED</b> to:")
    d.res("1.", "Note the progress made in the second year of the Joint Health and Wellbeing Strategy.", "resolution",
          style=HANG)
    d.res("2.", "Agree the refreshed priorities for the third year of the strategy, as set out in section 3 of the "
          "report.", "resolution", style=HANG)
    d.h("6. Norfolk Local Area SEND: Re-visit Outcome and Accelerated Progress Plan")
    d.p("6.1 The Board received the report setting out the outcome of the re-visit of the Norfolk local area by Ofsted "
        "and the Care Quality Commission (CQC) and the Accelerated Progress Plan (APP) that the local area had "
        "submitted in response. The Director of Learning and Inclusion and the Designated Medical Officer for SEND "
        "introduced the report.")
    d.p("6.2 The local area had been inspected in June 2018 and required to produce a Written Statement of Action "
        "(WSoA), which the Department for Education (DfE) and NHS England declared fit for purpose on 21 November "
        "2018. Ofsted and the CQC re-visited the area from 17 to 19 October 2022 to decide whether it had made "
        "sufficient progress in addressing each of the five areas of significant weakness. The re-visit letter was "
        "published on 13 December 2022. Its findings against each area were:")
    rows = [["Area of significant weakness (June 2018 inspection)", "Re-visit finding (October 2022)"]]
    for text, themes, finding in NORFOLK_AREAS:
        rows.append([escape(text), finding])
        d.record_weak(text, themes)
    d.table(rows, [11.5 * cm, 4.5 * cm])
    d.p("6.3 As the area had not made sufficient progress in three areas, the DfE and NHS England required an APP. The "
        "APP was co-produced with the Norfolk Parent Carer Forum and submitted to the DfE on 3 March 2023. The first "
        "review meeting with DfE and NHS England advisers is scheduled for 14 June 2023, and reviews will then take "
        "place every six months until the area can show sufficient progress.")
    d.p("6.4 The Designated Medical Officer reported that the average wait for a first appointment on the "
        "neurodevelopmental pathway was 74 weeks in February 2023, and that the ICB had agreed funding for two "
        "additional community paediatricians from April 2023. She said that the longest waits for child and "
        "adolescent mental health services were now 38 weeks, down from 51 weeks in October 2022.")
    d.p("6.5 Board Members discussed the report and the following points were made:")
    for text in [
        "The Co-Chair of the Norfolk Parent Carer Forum said that parents' confidence would only return when "
        "families saw changes in their own children's plans, and welcomed the Forum's role in the APP's governance.",
        "The Chief Executive of the ICB confirmed that the ICB Board had agreed the APP on 1 March 2023, and that "
        "the ICB's Chief Nurse would be its senior responsible officer for health.",
        "The Chief Executive of Norfolk and Suffolk NHS Foundation Trust described the new single point of access "
        "for children's mental health, which would open on 3 April 2023.",
        "The Cabinet Member for Children's Services said that the Council had invested in 40 additional EHC plan "
        "coordinators, and that 62% of new plans had been issued within 20 weeks in January 2023.",
        "Members asked that the Board see the APP's outcome measures at each of its meetings, not only when the DfE "
        "reviews took place.",
    ]:
        d.p(f"&bull; {text}", BULLET)
    d.p("6.6 The Health and Wellbeing Board <b>RESOLVED</b> to:")
    d.res("1.", "Note the outcome of the Ofsted and CQC re-visit of the Norfolk local area.", "resolution", style=HANG)
    d.res("2.", "Endorse the Accelerated Progress Plan and the joint governance arrangements set out in section 4 of "
          "the report.", "resolution", style=HANG)
    d.res("3.", "Agree that progress against the Accelerated Progress Plan, including the outcome measures, will be "
          "reported to each meeting of the Board.", "resolution", style=HANG)
    d.res("4.", "Ask all partners to identify a named senior lead for SEND within their organisation by 30 April "
          "2023.", "resolution", style=HANG)
    d.h("7. Better Care Fund 2022-23: Quarter 3 Return")
    d.p("7.1 The Board received the report setting out the Better Care Fund quarter 3 return, which had been "
        "submitted to NHS England on 10 February 2023 subject to the Board's approval. The Executive Director, Adult "
        "Social Services, noted that the discharge fund had supported 1,142 people to leave hospital since December "
        "2022.")
    d.p("7.2 The Health and Wellbeing Board <b>RESOLVED</b> to:")
    d.res("1.", "Approve the Better Care Fund quarter 3 return for 2022-23.", "resolution", style=HANG)
    d.h("8. Pharmaceutical Needs Assessment: Supplementary Statement")
    d.p("8.1 The Board received the supplementary statement to the Pharmaceutical Needs Assessment 2022, reflecting "
        "the closure of two pharmacies in Great Yarmouth on 28 January 2023.")
    d.p("8.2 The Health and Wellbeing Board <b>RESOLVED</b> to:")
    d.res("1.", "Approve the supplementary statement to the Pharmaceutical Needs Assessment for publication.",
          "resolution", style=HANG)
    d.h("9. Norfolk Safeguarding Children Partnership: Annual Report")
    d.p("9.1 The Board received the annual report of the Norfolk Safeguarding Children Partnership for the year to "
        "31 August 2022, presented by the Executive Director, Children's Services. The report set out the "
        "partnership's three priorities (neglect, child exploitation and the safety of children with additional "
        "needs), the learning from two local child safeguarding practice reviews, and the results of a multi-agency "
        "audit of safeguarding practice for disabled children carried out in November 2022.")
    d.p("9.2 Board Members discussed the report:")
    for text in [
        "The Chair of Healthwatch Norfolk asked how the partnership heard from children and families; the Executive "
        "Director described the young people's safeguarding panel, which had met six times during the year.",
        "Det Ch Supt Loddon reported a 17% increase in referrals relating to child criminal exploitation, and the "
        "joint work with schools on exclusions, which were a known risk factor.",
        "The Designated Medical Officer for SEND noted the audit's finding that the views of disabled children were "
        "not always recorded, and said that the health partners had introduced new guidance in January 2023.",
    ]:
        d.p(f"&bull; {text}", BULLET)
    d.p("9.3 The Health and Wellbeing Board <b>RESOLVED</b> to:")
    d.res("1.", "Note the Norfolk Safeguarding Children Partnership Annual Report 2021-22.", "resolution", style=HANG)
    d.res("2.", "Ask the partnership to report to the Board on the actions arising from the audit of safeguarding "
          "practice for disabled children.", "resolution", style=HANG)
    d.h("10. Forward Plan")
    d.p("10.1 The Board received its forward plan. The next meeting would be held on 12 July 2023.")
    d.p("10.2 The Health and Wellbeing Board <b>RESOLVED</b> to:")
    d.res("1.", "Agree the forward plan, with the addition of the SEND Accelerated Progress Plan as a standing item.",
          "resolution", style=HANG)
    d.h("Actions arising from the meeting")
    d.table([["Minute", "Action", "Lead", "By"],
             ["5", "Circulate the refreshed Joint Health and Wellbeing Strategy priorities to all partners",
              "Tom Reepham", "14 April 2023"],
             ["6", "Share the APP outcome measures dashboard with Board Members", "Joel Feltwell", "30 April 2023"],
             ["6", "Confirm each partner's named senior lead for SEND", "All partners", "30 April 2023"],
             ["6", "Report on waiting times for child and adolescent mental health services for children with SEND",
              "Dr Rani Hethersett", "12 July 2023"],
             ["10", "Add the SEND APP to the forward plan as a standing item", "Maisie Blakeney", "March 2023"]],
            [1.6 * cm, 8.4 * cm, 3.6 * cm, 2.4 * cm])
    d.p("The meeting ended at 11.52am.")
    d.space(20)
    d.p("<b>Chair</b>")
    d.space(12)
    d.p("If you need these minutes in large print, audio, Braille, alternative format or in a different language "
        "please contact Maisie Blakeney on 0344 800 8020 or 18001 0344 800 8020 (Textphone) and we will do our best "
        "to help.", SMALL)
    for text, start, end in [
        ("Wednesday 22 March 2023", "2023-03-22", None), ("7 December 2022", "2022-12-07", None),
        ("8 February 2023", "2023-02-08", None), ("September 2021", "2021-09", None), ("June 2018", "2018-06", None),
        ("21 November 2018", "2018-11-21", None), ("from 17 to 19 October 2022", "2022-10-17", "2022-10-19"),
        ("13 December 2022", "2022-12-13", None), ("October 2022", "2022-10", None),
        ("3 March 2023", "2023-03-03", None), ("14 June 2023", "2023-06-14", None),
        ("February 2023", "2023-02", None), ("April 2023", "2023-04", None), ("1 March 2023", "2023-03-01", None),
        ("3 April 2023", "2023-04-03", None), ("January 2023", "2023-01", None), ("30 April 2023", "2023-04-30", None),
        ("10 February 2023", "2023-02-10", None), ("December 2022", "2022-12", None),
        ("28 January 2023", "2023-01-28", None), ("12 July 2023", "2023-07-12", None),
        ("14 April 2023", "2023-04-14", None), ("March 2023", "2023-03", None),
        ("31 August 2022", "2022-08-31", None), ("November 2022", "2022-11", None),
    ]:
        d.date(text, start, end)
    d.person("Bridget Swaffham", "Chair; Cabinet Member for Adult Social Care, Public Health and Prevention, Norfolk "
             "County Council", "member")
    d.person("Owen Aylsham", "Vice-Chair; Chief Executive, NHS Norfolk and Waveney Integrated Care Board", "officer")
    d.person("Jasper Holt", "Cabinet Member for Children's Services, Norfolk County Council", "member")
    d.person("Phoebe Sheringham", "Breckland District Council", "member")
    d.person("Ruth Hunstanton", "Borough Council of King's Lynn and West Norfolk", "member")
    d.person("Louise Fakenham", "Director of Public Health, Norfolk County Council", "officer")
    d.person("Sarah Cromer", "Executive Director, Children's Services, Norfolk County Council", "officer")
    d.person("Nicholas Stalham", "Executive Director, Adult Social Services, Norfolk County Council", "officer")
    d.person("Gavin Loddon", "Norfolk Constabulary", "officer")
    d.person("Mark Mundesley", "Chief Executive, Norfolk and Suffolk NHS Foundation Trust", "officer")
    d.person("Alison Thetford", "Chair, Healthwatch Norfolk", "other")
    d.person("Dawn Acle", "Voluntary Sector Representative, Norfolk Community Voluntary Services", "other")
    d.person("Emily Brancaster", "Co-Chair, Norfolk Parent Carer Forum", "other")
    d.person("Rani Hethersett", "Designated Medical Officer for SEND, NHS Norfolk and Waveney Integrated Care Board",
             "officer")
    d.person("Joel Feltwell", "Director of Learning and Inclusion, Norfolk County Council", "officer")
    d.person("Tom Reepham", "Head of Health and Wellbeing Partnerships, Norfolk County Council", "officer")
    d.person("Maisie Blakeney", "Committee Officer, Norfolk County Council", "officer", None, "0344 800 8020")
    d.person("Martin Gressenhall", "South Norfolk Council", "member")
    d.person("Pete Brundall", "Chief Fire Officer, Norfolk Fire and Rescue Service", "officer")
    d.event("inspection", "2018-06", None, "The local area had been inspected in June 2018")
    d.event("wsoa-approved", "2018-11-21", None, "a Written Statement of Action (WSoA), which the Department for "
            "Education (DfE) and NHS England declared fit for purpose on 21 November 2018")
    d.event("revisit", "2022-10-17", "2022-10-19", "Ofsted and the CQC re-visited the area from 17 to 19 October 2022")
    d.event("revisit-outcome", "2022-12-13", None, "The re-visit letter was published on 13 December 2022.")
    d.event("progress-plan", "2023-03-03", None, "The APP was co-produced with the Norfolk Parent Carer Forum and "
            "submitted to the DfE on 3 March 2023.")
    d.event("progress-plan", "2023-03-01", None, "the ICB Board had agreed the APP on 1 March 2023")
    d.event("monitoring", "2023-06-14", None, "The first review meeting with DfE and NHS England advisers is scheduled "
            "for 14 June 2023")
    return d


DOCUMENTS = [staffordshire_minutes, nottinghamshire_pack, wolverhampton_cabinet, sefton_report, leeds_minutes,
             norfolk_minutes]


def main() -> None:
    run(DOCUMENTS)


if __name__ == "__main__":
    main()
