"""Write the long printed documents of the held-out round 53 (reportlab), and their gold.

Round 53 is a blind batch of LONG PDFs (5 to 8 pages), written with their gold before any extractor ran on them:
a committee's printed minutes on a 2016-framework re-visit and Accelerated Progress Plan (Reading); a scrutiny
progress report with a strategic action plan tracker on a 2023-framework outcome 2 (Tower Hamlets); a scrutiny panel
cover report with the 2023-framework inspection report as its appendix (Merton); a Cabinet reports pack on a
2023-framework outcome 2 (Telford & Wrekin); a standalone 2016-framework Written Statement of Action as a scrutiny
appendix (Manchester); and a SEND strategic board's minutes on the close of an Accelerated Progress Plan
(Portsmouth). Invented text, fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round53_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("53", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
MINUTE, NUM_PARA, ROMAN, LETTER, ARIAL_CELL = S.minute, S.num_para, S.roman, S.letter, S.arial_cell
LETTER_HEAD = ParagraphStyle("LetterHead53", parent=LETTER, fontName="Times-Bold", fontSize=13, spaceBefore=10)


class Doc(LongDoc):
    """A round 53 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#E4E4E4", "#EDEDED", "#EDEDED")

    def dates_of(self, pairs):
        for item in pairs:
            self.date(*item)


SCHOOLS = ["Abbeyfield", "Ashgrove", "Bramley", "Brook Lane", "Carlton", "Chestnut", "Coppice", "Dene", "Eastbrook",
           "Ferndale", "Gorse Hill", "Hatherley", "Holmwood", "Ivy Bank", "Juniper", "Kestrel", "Larchwood", "Linden",
           "Marsh Lane", "Netherfield", "Oakwood", "Pinewood", "Quarry Hill", "Redwood", "Sandpiper", "St Luke's",
           "St Oswald's", "Tanners", "Upton", "Woodside"]


def school_table(d: Doc, seed: int, rows_n: int = 30):
    """An invented table of school-level figures (no dates, no people)."""
    rows = [["School", "Phase", "On roll", "SEN support %", "EHC plan %", "Suspension rate", "Persistent absence %"]]
    for i in range(rows_n):
        roll = 160 + (i * 89 + seed * 37) % 1250
        rows.append([f"{SCHOOLS[(i + seed) % len(SCHOOLS)]} {'Primary' if i % 3 else 'Academy'}",
                     "Primary" if i % 3 else "Secondary", str(roll), f"{8 + (i * 7 + seed) % 12}.{(i * 3) % 10}",
                     f"{1 + (i * 5 + seed) % 5}.{(i * 7) % 10}", f"{(i * 13 + seed) % 9}.{(i * 11) % 10}",
                     f"{13 + (i * 9 + seed) % 21}.{(i * 5) % 10}"])
    d.ruled(rows, [4.2 * cm, 1.8 * cm, 1.6 * cm, 2 * cm, 1.8 * cm, 2.2 * cm, 2.4 * cm])


def need_table(d: Doc, seed: int):
    """An invented table of EHC plans by primary need (no dates)."""
    needs = ["Autistic spectrum disorder", "Speech, language and communication needs", "Social, emotional and "
             "mental health", "Moderate learning difficulty", "Severe learning difficulty", "Profound and multiple "
             "learning difficulty", "Specific learning difficulty", "Physical disability", "Hearing impairment",
             "Visual impairment", "Multi-sensory impairment", "Other difficulty or disability"]
    rows = [["Primary need", "Plans now", "Plans a year ago", "Change %", "Share of all plans %"]]
    for i, need in enumerate(needs):
        now = 35 + (i * 197 + seed * 11) % 880
        before = now - ((i * 41 + seed) % 110) + 25
        rows.append([need, str(now), str(before), f"{(now - before) * 100 / before:+.1f}", f"{(now % 29) + 1}.{i}"])
    d.ruled(rows, [6.4 * cm, 2.4 * cm, 2.6 * cm, 2 * cm, 2.8 * cm])


def ward_table(d: Doc, seed: int, wards: list[str]):
    """An invented table of figures by ward or locality (no dates)."""
    rows = [["Ward / locality", "Children 0-25 with EHC plan", "New requests (12 months)", "Plans issued",
             "Issued in 20 weeks %", "Tribunal appeals"]]
    for i, w in enumerate(wards):
        rows.append([w, str(90 + (i * 53 + seed) % 310), str(12 + (i * 17 + seed) % 70),
                     str(9 + (i * 11 + seed) % 60), f"{38 + (i * 7 + seed) % 50}", str((i * 3 + seed) % 7)])
    d.ruled(rows, [3.8 * cm, 2.6 * cm, 2.6 * cm, 2 * cm, 2.6 * cm, 2.4 * cm])


# ------------------------------------------------------------------------------------------------------------------
def reading_minutes() -> Doc:
    d = Doc("reading/round53-2023-11-02-adult-social-care-childrens-services-and-education-committee/Printed "
            "minutes Tuesday 19-Sep-2023 18.30 Adult Social Care, Children's Services and Education Committee.pdf",
            {"council": "Reading Borough Council", "council_slug": "reading",
             "committee": "Adult Social Care, Children's Services and Education Committee",
             "meeting_date": "2023-11-02",
             "title": "Printed minutes Tuesday 19-Sep-2023 18.30 Adult Social Care, Children's Services and "
                      "Education Committee",
             "source_kind": "moderngov-document",
             "url": "https://democracy.reading.gov.uk/documents/g6120/Printed%20minutes%20Tuesday%2019-Sep-2023%2018.30%20Adult%20Social%20Care%20Childrens%20Services%20and%20Education%20Committee.pdf"},
            {"council": "Reading Borough Council",
             "committee": "Adult Social Care, Children's Services and Education Committee",
             "date": "2023-09-19"},
            "Reading Borough Council", "Adult Social Care, Children's Services and Education Committee",
            "Tuesday, 19 September 2023", page_label="{n}")
    d.date("Tuesday, 19 September 2023", "2023-09-19")
    d.title("MINUTES OF THE ADULT SOCIAL CARE, CHILDREN'S SERVICES AND EDUCATION COMMITTEE")
    d.p("Tuesday, 19 September 2023 at 6.30 pm - Council Chamber, Civic Offices, Bridge Street, Reading")
    d.p("<b>Present:</b> Councillors Ayesha Chowdhury-Lane (Chair), Tomasz Wieczorek (Vice-Chair), Rohan Baptiste, "
        "Delphine Okonkwo, Harjit Sandhar and Zainab Mirza-Holt")
    d.p("<b>Co-opted Members:</b> Mr Callum Reddaway (parent governor representative) and Ms Nadia Ferreira-Stokes "
        "(Reading Families' Forum, non-voting)")
    d.p("<b>In attendance:</b> Councillor Sarah Ruiz (Lead Councillor for Education and Children); Anika "
        "Thorogood (Director of Children's Services, Brighter Futures for Children); Desmond Akintola (Director of "
        "Education); Hollie Brannigan-Shaw (Head of SEND and Inclusion); Dr Kwame Osei-Bonsu (Designated Clinical "
        "Officer for SEND, NHS Buckinghamshire, Oxfordshire and Berkshire West ICB); Paul Verity (Youth Justice Service Manager) and Chloe Marsden "
        "(Scrutiny Officer).")
    for name, role, kind in [
            ("Ayesha Chowdhury-Lane", "Chair", "member"), ("Tomasz Wieczorek", "Vice-Chair", "member"),
            ("Rohan Baptiste", None, "member"), ("Delphine Okonkwo", None, "member"),
            ("Harjit Sandhar", None, "member"), ("Zainab Mirza-Holt", None, "member"),
            ("Callum Reddaway", "parent governor representative", "other"),
            ("Nadia Ferreira-Stokes", "Reading Families' Forum, non-voting", "other"),
            ("Sarah Ruiz", "Lead Councillor for Education and Children", "member"),
            ("Anika Thorogood", "Director of Children's Services, Brighter Futures for Children", "officer"),
            ("Desmond Akintola", "Director of Education", "officer"),
            ("Hollie Brannigan-Shaw", "Head of SEND and Inclusion", "officer"),
            ("Kwame Osei-Bonsu", "Designated Clinical Officer for SEND, NHS Buckinghamshire, Oxfordshire and Berkshire West ICB", "officer"),
            ("Paul Verity", "Youth Justice Service Manager", "officer"),
            ("Chloe Marsden", "Scrutiny Officer", "officer")]:
        d.person(name, role, kind)

    d.p("<b>1. Apologies for Absence</b>", MINUTE)
    d.p("Apologies were received from Councillor Imran Dewji. Councillor Lucy McAlinden attended as his substitute.")
    d.person("Imran Dewji", None, "member")
    d.person("Lucy McAlinden", None, "member")
    d.p("<b>2. Declarations of Interest</b>", MINUTE)
    d.p("Councillor Okonkwo declared a non-pecuniary interest in item 6 as a governor of a special school in the "
        "borough. Ms Ferreira-Stokes declared that she is the parent of a young person with an education, health "
        "and care plan.")
    d.p("<b>3. Minutes of the previous meeting</b>", MINUTE)
    d.p("<b>RESOLVED:</b> That the minutes of the meeting held on 11 July 2023 be agreed as a correct record.")
    d.record_res(None, "That the minutes of the meeting held on 11 July 2023 be agreed as a correct record.",
                 "resolution")
    d.date("11 July 2023", "2023-07-11")
    d.p("<b>4. Youth Justice Plan 2023-24</b>", MINUTE)
    d.p("Mr Verity introduced the annual plan, which must be submitted to the Youth Justice Board each year. The "
        "number of first-time entrants had fallen for the second year running, although the proportion of children "
        "in the cohort with an identified special educational need remained high, at over half. Members asked how "
        "speech and language screening was being used; Mr Verity said that every child entering the service had "
        "been screened since April 2023 and that the findings were now shared with schools with the family's "
        "consent.")
    d.date("April 2023", "2023-04")
    d.p("<b>RESOLVED:</b> That the Committee notes the Youth Justice Plan and asks that the outcome of the speech "
        "and language screening be included in the next annual update.")
    d.record_res(None, "That the Committee notes the Youth Justice Plan and asks that the outcome of the speech "
                 "and language screening be included in the next annual update.", "resolution")

    d.p("<b>5. Local Area SEND Re-visit: Outcome and Accelerated Progress Plan</b>", MINUTE)
    d.p("The Chair welcomed Ms Thorogood, Mr Akintola, Ms Brannigan-Shaw and Dr Osei-Bonsu. The report before the "
        "Committee set out the findings of the re-visit by Ofsted and the Care Quality Commission, which had "
        "taken place between 11 and 13 July 2023, to decide whether the local area had made sufficient progress in "
        "the areas of significant weakness identified at the joint inspection of 14 to 18 June 2021.")
    d.date("between 11 and 13 July 2023", "2023-07-11", "2023-07-13")
    d.date("14 to 18 June 2021", "2021-06-14", "2021-06-18")
    d.event("revisit", "2023-07-11", "2023-07-13",
            "the re-visit by Ofsted and the Care Quality Commission, which had taken place between 10 and 12 July "
            "2023")
    d.event("inspection", "2021-06-14", "2021-06-18",
            "the joint inspection of 14 to 18 June 2021")
    d.p("Ms Thorogood reminded members of the history. The inspection letter, published on 12 August 2021, had "
        "required the Council and the then Clinical Commissioning Group to produce a Written Statement of Action. "
        "This was submitted on 22 October 2021 and judged fit for purpose by Ofsted on 9 November 2021. Since then the "
        "Department for Education and NHS England had met the partnership every six months, most recently on "
        "7 March 2023, to review progress against it.")
    d.date("12 August 2021", "2021-08-12")
    d.date("22 October 2021", "2021-10-22")
    d.date("9 November 2021", "2021-11-09")
    d.date("7 March 2023", "2023-03-07")
    d.event("outcome-letter", "2021-08-12", None, "The inspection letter, published on 12 August 2021")
    d.event("wsoa-submitted", "2021-10-22", None, "This was submitted on 22 October 2021")
    d.event("wsoa-approved", "2021-11-09", None, "judged fit for purpose by Ofsted on 9 November 2021")
    d.event("monitoring", "2023-03-07", None,
            "the Department for Education and NHS England had met the partnership every six months, most recently "
            "on 7 March 2023, to review progress against it")
    d.p("The re-visit letter had been published on 25 August 2023. It was appended to the report, and its findings "
        "were summarised for members in the table below, which had been tabled at the meeting:")
    d.date("25 August 2023", "2023-08-25")
    d.event("revisit-outcome", "2023-08-25", None, "The re-visit letter had been published on 25 August 2023.")
    rows = [["", "Significant weakness (as worded in the 2021 letter)", "Sufficient progress?"]]
    items = [
        ("The inconsistent quality of EHC plans, including weak contributions from health and social care and "
         "outcomes that are not specific to the child", ["ehc-plans"], "Yes"),
        ("The lack of a clear, jointly owned strategy for SEND across education, health and care, and weak "
         "oversight of its impact", ["leadership-governance"], "Yes"),
        ("Long waits for assessment for autism and for speech and language therapy, and the limited support for "
         "families while they wait", ["health-services"], "No"),
        ("The poor experience of many parents and carers, who do not feel listened to and lack confidence in "
         "the local area's ability to meet their children's needs", ["co-production"], "No")]
    for i, (text, themes, verdict) in enumerate(items, 1):
        rows.append([str(i), text, verdict])
        d.record_weak(text, themes)
    d.ruled(rows, [0.8 * cm, 12.2 * cm, 3.2 * cm])
    d.space(6)
    d.p("Mr Akintola said that the partnership was pleased that inspectors recognised the improvement in plan "
        "quality and in leadership. The two remaining weaknesses would "
        "be addressed in an Accelerated Progress Plan, which the Department for Education required to be submitted "
        "by 20 October 2023. A draft would be considered by the SEND Improvement Board on 10 October 2023.")
    d.date("20 October 2023", "2023-10-20")
    d.date("10 October 2023", "2023-10-10")
    d.event("progress-plan", "2023-10-20", None,
            "an Accelerated Progress Plan, which the Department for Education required to be submitted by "
            "20 October 2023")
    d.p("Dr Osei-Bonsu said that the neurodevelopmental pathway had been redesigned with a single front door from "
        "June 2023; the median wait for an autism assessment had fallen from 71 weeks to 58 weeks but remained "
        "too long. An additional speech and language therapy contract had been let in August 2023.")
    d.date("June 2023", "2023-06")
    d.date("August 2023", "2023-08")
    d.p("In discussion, members raised the following points:")
    for text in [
            "Councillor Baptiste asked how families on the waiting list would know what support they could have "
            "in the meantime. Dr Osei-Bonsu said that a 'waiting well' pack would be sent to every family by the "
            "end of November 2023.",
            "Ms Ferreira-Stokes said that the Forum's own survey showed some improvement but that too many parents "
            "still heard about changes second-hand. She welcomed the offer of a Forum place on the Improvement "
            "Board.",
            "Councillor Wieczorek asked whether the fall in exclusions reported to the Committee in July had been "
            "matched by a rise in managed moves or elective home education. Ms Brannigan-Shaw agreed to provide figures.",
            "Councillor Mirza-Holt asked what would happen if the next review found insufficient progress. Ms "
            "Thorogood explained that the Department could consider further intervention, including a statutory "
            "direction, but that it was not anticipated."]:
        d.p(f"&bull; {text}", BULLET)
    d.date("end of November 2023", "2023-11")
    d.p("<b>RESOLVED:</b> That the Committee -")
    for label, text in [
            ("(i)", "notes the outcome of the re-visit and the progress made in two of the four areas of "
                    "significant weakness;"),
            ("(ii)", "asks the Cabinet Member to ensure that the Accelerated Progress Plan is co-produced with the "
                     "Reading Families' Forum before it is submitted;"),
            ("(iii)", "requests figures on managed moves and elective home education for children with SEND for "
                      "the last three academic years; and"),
            ("(iv)", "will receive the submitted Accelerated Progress Plan at its meeting on 2 November 2023.")]:
        d.res(label, text, "resolution", style=ROMAN)
    d.date("2 November 2023", "2023-11-02")

    d.p("<b>6. School Place Planning and Specialist Provision</b>", MINUTE)
    d.p("Mr Akintola presented the annual update. Two new resource bases had opened in September 2023 and a "
        "third was planned for September 2024. Demand for special school places continued to rise; the table "
        "below, circulated with the agenda, set out the data by locality.")
    d.date("September 2023", "2023-09")
    d.date("September 2024", "2024-09")
    ward_table(d, 4, ["Abbey", "Battle", "Caversham", "Caversham Heights", "Church", "Coley", "Emmer Green",
                      "Katesgrove", "Kentwood", "Norcot", "Park", "Redlands", "Southcote", "Thames", "Tilehurst",
                      "Whitley"])
    d.space(6)
    d.p("<b>RESOLVED:</b> That the update be noted.")
    d.record_res(None, "That the update be noted.", "resolution")
    d.p("<b>7. Work Programme 2023-24</b>", MINUTE)
    d.ruled([["Meeting", "Items"],
             ["2 November 2023", "SEND Accelerated Progress Plan; Children's social care annual complaints report"],
             ["25 January 2024", "Budget scrutiny; Early help and family hubs"],
             ["21 March 2024", "Post-16 and preparation for adulthood; Corporate parenting annual report"]],
            [4 * cm, 12.2 * cm])
    d.date("25 January 2024", "2024-01-25")
    d.date("21 March 2024", "2024-03-21")
    d.space(6)
    d.p("<b>RESOLVED:</b> That the work programme be agreed, with a visit by members to the neurodevelopmental "
        "assessment service to be arranged before the January meeting.")
    d.record_res(None, "That the work programme be agreed, with a visit by members to the neurodevelopmental "
                 "assessment service to be arranged before the January meeting.", "resolution")
    d.p("The meeting closed at 9.27 p.m.")
    d.p("Chair: ..............................................")
    d.add(PageBreak())
    d.p("<b>Annex to minute 6 - school-level inclusion indicators (as circulated)</b>", MINUTE)
    school_table(d, 7, 40)
    d.p("<b>Annex to minute 5 - EHC plans by primary need (as circulated)</b>", MINUTE)
    need_table(d, 9)
    return d


# ------------------------------------------------------------------------------------------------------------------
def tower_hamlets_tracker() -> Doc:
    d = Doc("tower-hamlets/round53-2024-12-10-children-and-education-scrutiny-sub-committee/SEND Strategic Action "
            "Plan - Progress Report.pdf",
            {"council": "London Borough of Tower Hamlets", "council_slug": "tower-hamlets",
             "committee": "Children and Education Scrutiny Sub-Committee", "meeting_date": "2024-12-10",
             "title": "SEND Strategic Action Plan - Progress Report", "source_kind": "moderngov-document",
             "url": "https://democracy.towerhamlets.gov.uk/documents/s248342/SEND%20Strategic%20Action%20Plan%20-%20Progress%20Report.pdf"},
            {"council": "London Borough of Tower Hamlets", "committee": "Children and Education Scrutiny Sub-Committee",
             "date": "2024-12-10"},
            "London Borough of Tower Hamlets", "Children and Education Scrutiny Sub-Committee - 10 December 2024",
            "OFFICIAL",
            page_label="Page {n} of {total}")
    d.date("10 December 2024", "2024-12-10")
    d.title("SEND Strategic Action Plan - Progress Report")
    d.ruled([["Committee", "Children and Education Scrutiny Sub-Committee"],
             ["Date", "10 December 2024"],
             ["Report of", "Corporate Director, Children's Services"],
             ["Lead Cabinet Member", "Councillor Farhana Qureshi-Doyle, Cabinet Member for Children and Young "
                                     "People"],
             ["Contact", "Marcus Ellingworth, Assistant Director, SEND and Inclusion<br/>Tel: 020 7364 4419<br/>"
                         "marcus.ellingworth@towerhamlets.gov.uk"],
             ["Status", "Open"]], [4.2 * cm, 12 * cm], header_rows=0)
    d.person("Farhana Qureshi-Doyle", "Cabinet Member for Education, Youth and Lifelong Learning", "member")
    d.person("Marcus Ellingworth", "Assistant Director, SEND and Inclusion", "officer",
             "marcus.ellingworth@towerhamlets.gov.uk", "020 7364 4419")
    d.h("1. Purpose")
    d.p("This report updates the Committee on delivery of the SEND Strategic Action Plan, the partnership's "
        "response to the area SEND inspection, ten months after the inspection report was published.")
    d.h("2. Recommendations")
    d.p("The Sub-Committee is asked to:")
    for text in ["Note the progress made against each of the four areas for improvement, as set out in the tracker "
                 "at Appendix 1.",
                 "Comment on the actions rated amber or red and on the proposed revised timescales.",
                 "Agree that a further report, including the findings of the parent and carer survey, comes to the "
                 "Sub-Committee in September 2025."]:
        d.res(None, text, "recommendation", shown_label="&bull;", style=BULLET)
    d.date("September 2025", "2025-09")
    d.h("3. Background")
    d.num("3.1", "Ofsted and the Care Quality Commission inspected the Tower Hamlets local area partnership under the "
                 "area SEND inspection framework from 4 to 8 December 2023. Their report, published on 26 January "
                 "2024, found that the partnership's arrangements lead to inconsistent experiences and outcomes for "
                 "children and young people with SEND. The next full inspection is expected within approximately "
                 "three years.")
    d.date("4 to 8 December 2023", "2023-12-04", "2023-12-08")
    d.date("26 January 2024", "2024-01-26")
    d.event("inspection", "2023-12-04", "2023-12-08",
            "Ofsted and the Care Quality Commission inspected the Tower Hamlets local area partnership under the area "
            "SEND inspection framework from 4 to 8 December 2023.")
    d.event("outcome-letter", "2024-01-26", None, "Their report, published on 26 January 2024")
    d.num("3.2", "The Strategic Action Plan was submitted to Ofsted on 7 March 2024 and published on the Local "
                 "Offer on 28 March 2024. It is overseen by the Tower Hamlets SEND "
                 "Partnership Board, which meets every eight weeks and is jointly chaired by the Corporate "
                 "Director, Children's Services and Ms Bethan Agyeman-Roe, "
                 "Place Director for Tower Hamlets, NHS North East London.")
    d.date("7 March 2024", "2024-03-07")
    d.date("28 March 2024", "2024-03-28")
    d.event("progress-plan", "2024-03-07", None, "The Strategic Action Plan was submitted to Ofsted on 7 March 2024")
    d.event("progress-plan", "2024-03-28", None, "published on the Local Offer on 28 March 2024")
    d.person("Bethan Agyeman-Roe", "Place Director for Tower Hamlets, NHS North East London", "officer")
    d.num("3.3", "The Department for Education's SEND adviser and NHS England's regional SEND lead held a stocktake "
                 "with the partnership on 15 October 2024, and a second is planned for 6 May 2025. The October "
                 "stocktake noted good progress on assessment timeliness and asked for a sharper focus on "
                 "transition.")
    d.date("15 October 2024", "2024-10-15")
    d.date("6 May 2025", "2025-05-06")
    d.event("monitoring", "2024-10-15", None,
            "The Department for Education's SEND adviser and NHS England's regional SEND lead held a stocktake with "
            "the partnership on 15 October 2024")
    d.event("monitoring", "2025-05-06", None, "a second is planned for 6 May 2025")
    d.h("4. What the inspection asked the partnership to improve")
    d.num("4.1", "There were no areas for priority action. The report's four areas for improvement, which give the "
                 "plan its four workstreams, were:")
    for label, text, themes in [
            ("AFI 1", "Leaders across education, health and care should improve the timeliness of EHC needs "
                      "assessments and ensure that advice from health and social care is received within "
                      "statutory timescales.", ["ehc-plans"]),
            ("AFI 2", "Leaders should strengthen the support available to young people with SEND as they prepare "
                      "for adulthood, including access to supported internships and to adult health services.",
             ["preparing-for-adulthood"]),
            ("AFI 3", "Health leaders should reduce waiting times for the children's therapy services and for "
                      "neurodevelopmental assessment.", ["health-services"]),
            ("AFI 4", "The partnership should improve the way it uses information from across education, health "
                      "and care to check the quality and impact of its work.", ["data-oversight"])]:
        d.weak(text, themes, marker=f"<b>{label}</b>&nbsp;&nbsp;", style=HANG)
    d.h("5. Progress summary")
    d.num("5.1", "Of the 38 actions in the plan, 21 are complete, 12 are on track, four are amber and one is red. "
                 "The red action (AFI 3.4, the recruitment of two paediatric occupational therapists) has been "
                 "re-profiled to June 2025 following two unsuccessful recruitment rounds.")
    d.date("June 2025", "2025-06")
    d.num("5.2", "Timeliness of new EHC plans has risen from 31% in the 2023 calendar year to 64% in the twelve "
                 "months to October 2024. The number of assessments open beyond 20 weeks fell from 212 in March 2024 "
                 "to 87.")
    d.date("October 2024", "2024-10")
    d.date("March 2024", "2024-03")
    d.num("5.3", "The Preparing for Adulthood panel was launched in November 2024. Eighteen young people began "
                 "supported internships in September 2024, against twelve the year before.")
    d.date("November 2024", "2024-11")
    d.date("September 2024", "2024-09")
    d.num("5.4", "Tower Hamlets SEND Parents' Forum has co-produced the quarterly 'You said, we did' bulletin. Its "
                 "chair, Mrs Odette Kaminski, has asked the Committee to note that families' experience of "
                 "communication remains mixed.")
    d.person("Odette Kaminski", "chair, Tower Hamlets SEND Parents' Forum", "other")
    d.h("6. Implications")
    d.num("6.1", "<b>Finance:</b> the plan is funded within existing budgets, including £410,000 from the High Needs "
                 "Block for assessment capacity in 2024-25. Comments checked by Ian Petrakis, Finance Business "
                 "Partner.")
    d.person("Ian Petrakis", "Finance Business Partner", "officer")
    d.num("6.2", "<b>Legal:</b> the Children and Families Act 2014 and the SEND Code of Practice set the statutory "
                 "duties. Comments checked by Rachel Oyelaran-Brooks, Principal Lawyer (People).")
    d.person("Rachel Oyelaran-Brooks", "Principal Lawyer (People)", "officer")
    d.num("6.3", "<b>Equalities:</b> an equality impact assessment was completed when the plan was endorsed and has "
                 "been reviewed for this report.")
    d.p("Background papers: SEND Strategic Action Plan (March 2024); Cabinet report, "
        "28 February 2024.", SMALL)
    d.date("28 February 2024", "2024-02-28")
    d.add(PageBreak())
    d.h("Appendix 1 - Improvement Plan Tracker (position at 15 November 2024)")
    d.date("15 November 2024", "2024-11-15")
    rows = [["Ref", "Action", "Lead", "Target date", "RAG", "Update"]]
    tracker = [
        ("1.1", "Recruit four additional EHC co-ordinators", "AD SEND", "Sep 2024", "Complete", "All in post."),
        ("1.2", "Weekly assessment tracking meeting with health and care", "Head of SEND", "Jul 2024",
         "Complete", "Running since launch; attendance above 90%."),
        ("1.3", "Health advice quality audit", "DCO", "Dec 2024", "Complete", "Audit of 60 advices reported."),
        ("1.4", "Social care advice within six weeks", "Head of CIN", "Mar 2025", "Green", "78% on time."),
        ("1.5", "Annual review backlog cleared", "Head of SEND", "Apr 2025", "Amber", "214 overdue; plan agreed."),
        ("2.1", "Preparing for Adulthood panel", "AD SEND", "Nov 2024", "Complete", "Launched."),
        ("2.2", "Supported internships doubled", "Skills lead", "Sep 2025", "Green", "18 started."),
        ("2.3", "Transition protocol with adult health", "ICB", "Jan 2025", "Amber", "Draft with adult services."),
        ("2.4", "Post-16 sufficiency review", "Place planning", "Jun 2025", "Green", "Data collection."),
        ("3.1", "Single front door for neurodevelopmental referrals", "ICB", "Oct 2024", "Complete", "Live."),
        ("3.2", "Waiting well offer", "ICB", "Dec 2024", "Complete", "Published on the Local Offer."),
        ("3.3", "Speech and language therapy additional capacity", "ICB", "Jan 2025", "Green", "Provider in place."),
        ("3.4", "Recruit paediatric occupational therapists", "NELFT", "Jun 2025", "Red", "Re-profiled."),
        ("4.1", "Partnership SEND dashboard", "BI lead", "Sep 2024", "Complete", "Reported to each Board."),
        ("4.2", "Multi-agency case audit cycle", "Principal SW", "Quarterly", "Green", "Three cycles done."),
        ("4.3", "Quality assurance framework", "AD SEND", "Mar 2025", "Amber", "Final draft."),
        ("4.4", "Outcomes framework co-produced with families", "Forum / AD SEND", "May 2025", "Amber",
         "Workshops held.")]
    months = {"Sep 2024": "2024-09", "Jul 2024": "2024-07", "Dec 2024": "2024-12", "Mar 2025": "2025-03",
              "Apr 2025": "2025-04", "Nov 2024": "2024-11", "Sep 2025": "2025-09", "Jan 2025": "2025-01",
              "Jun 2025": "2025-06", "Oct 2024": "2024-10", "May 2025": "2025-05"}
    seen = {"2025-09", "2024-11", "2024-09", "2024-10", "2025-06", "2024-03"}
    for ref, action, lead, due, rag, update in tracker:
        rows.append([ref, action, lead, due, rag, update])
        if due in months and months[due] not in seen:
            seen.add(months[due])
            d.date(due, months[due])
    d.ruled(rows, [1 * cm, 5.2 * cm, 2.2 * cm, 1.8 * cm, 1.6 * cm, 4.4 * cm], style=ARIAL_CELL)
    d.h("Appendix 2 - Key performance indicators")
    kpi = [["Indicator", "Baseline (Dec 2023)", "Latest", "Target (Dec 2025)"]]
    d.date("Dec 2023", "2023-12")
    d.date("Dec 2025", "2025-12")
    for name, base, now, target in [
            ("New EHC plans issued within 20 weeks", "31%", "64%", "75%"),
            ("Annual reviews completed within 12 months", "48%", "61%", "80%"),
            ("Median wait, autism assessment (weeks)", "63", "49", "39"),
            ("Median wait, speech and language therapy (weeks)", "27", "19", "18"),
            ("Young people with EHC plans in education, employment or training at 19", "84%", "87%", "90%"),
            ("Parents who agree that they feel listened to (survey)", "38%", "46%", "60%"),
            ("Suspensions of pupils with EHC plans (rate)", "14.2", "12.9", "11.0")]:
        kpi.append([name, base, now, target])
    d.ruled(kpi, [6.6 * cm, 3.4 * cm, 2.4 * cm, 3.8 * cm])
    d.h("Appendix 3 - Assessment activity by locality")
    ward_table(d, 11, ["Bethnal Green East", "Bethnal Green West", "Blackwall and Cubitt Town", "Bow East",
                       "Bow West", "Bromley North", "Bromley South", "Canary Wharf", "Island Gardens", "Lansbury",
                       "Limehouse", "Mile End", "Poplar", "St Dunstan's", "St Katharine's and Wapping", "Shadwell",
                       "Spitalfields and Banglatown", "Stepney Green", "Weavers", "Whitechapel"])
    d.h("Appendix 4 - EHC plans by primary need")
    need_table(d, 13)
    d.h("Appendix 5 - School-level inclusion indicators (autumn term)")
    school_table(d, 14, 40)
    return d


# ------------------------------------------------------------------------------------------------------------------
def merton_report() -> Doc:
    d = Doc("merton/round53-2025-01-22-children-and-young-people-overview-and-scrutiny-panel/Area SEND "
            "Inspection Outcome - report and Appendix A.pdf",
            {"council": "London Borough of Merton", "council_slug": "merton",
             "committee": "Children and Young People Overview and Scrutiny Panel", "meeting_date": "2025-01-22",
             "title": "Area SEND Inspection Outcome - report and Appendix A", "source_kind": "moderngov-document",
             "url": "https://democracy.merton.gov.uk/documents/s51905/Area%20SEND%20Inspection%20Outcome.pdf"},
            {"council": "London Borough of Merton",
             "committee": "Children and Young People Overview and Scrutiny Panel", "date": "2025-01-22"},
            "", "", "", page_label="{n}")
    d.footer_centre = "Children and Young People Overview and Scrutiny Panel, 22 January 2025"
    d.date("22 January 2025", "2025-01-22")
    d.p("<b>LONDON BOROUGH OF MERTON</b>")
    d.ruled([["Report title", "Area SEND Inspection Outcome"],
             ["Report for", "Children and Young People Overview and Scrutiny Panel"],
             ["Meeting date", "22 January 2025"],
             ["Report of", "Executive Director, Children, Lifelong Learning and Families"],
             ["Wards", "All"],
             ["Key decision", "No"],
             ["Report author", "Siobhan Dalgleish-Moore, Associate Director, SEND<br/>"
                               "siobhan.dalgleish-moore@merton.gov.uk"]],
            [4.2 * cm, 12 * cm], header_rows=0)
    d.person("Siobhan Dalgleish-Moore", "Associate Director, SEND", "officer",
             "siobhan.dalgleish-moore@merton.gov.uk")
    d.h("1. Summary")
    d.num("1.1", "Between 4 and 22 November 2024 Ofsted and the CQC inspected the Merton local area "
                 "partnership's arrangements for children and young people with SEND. The inspection report, attached "
                 "as Appendix A, was published on 20 December 2024.")
    d.date("Between 4 and 22 November 2024", "2024-11-04", "2024-11-22")
    d.date("20 December 2024", "2024-12-20")
    d.event("inspection", "2024-11-04", "2024-11-22",
            "Between 4 and 22 November 2024 Ofsted and the CQC inspected the Merton local area "
            "partnership's arrangements for children and young people with SEND.")
    d.event("outcome-letter", "2024-12-20", None,
            "The inspection report, attached as Appendix A, was published on 20 December 2024.")
    d.num("1.2", "The partnership received the most positive of the three outcomes: its arrangements typically lead "
                 "to positive experiences and outcomes for children and young people with SEND. The next full "
                 "inspection will be in approximately five years, with an engagement meeting each year in between.")
    d.num("1.3", "This outcome follows a period of intensive improvement. Under the previous framework the area was "
                 "inspected in June 2019 and required to produce a Written Statement of Action; the re-visit in "
                 "October 2022 found that sufficient progress had been made in all three areas of significant "
                 "weakness, and formal monitoring by the Department for Education ended in March 2023.")
    d.date("June 2019", "2019-06")
    d.date("October 2022", "2022-10")
    d.date("March 2023", "2023-03")
    d.event("revisit", "2022-10", None, "the re-visit in October 2022 found that sufficient progress had been made")
    d.h("2. Recommendations")
    d.p("The Panel is asked to:")
    for label, text in [
            ("2.1", "note the outcome of the area SEND inspection and the report at Appendix A;"),
            ("2.2", "note the three areas for improvement and the partnership's proposed response in section 5; "
                    "and"),
            ("2.3", "thank the children, young people, families, schools and staff who took part in the "
                    "inspection.")]:
        d.res(label, text, "recommendation", style=NUM_PARA)
    d.h("3. Context")
    d.num("3.1", "Merton maintains 2,214 EHC plans (January 2024 census), an increase of 9% on the year before. "
                 "Health services for children and young people with SEND are commissioned by NHS South West "
                 "London Integrated Care Board through its Merton place team.")
    d.date("January 2024", "2024-01")
    d.num("3.2", "Notification of the inspection was received on 28 October 2024. Inspectors met more than 200 "
                 "practitioners and leaders and reviewed 14 children's cases in depth. The survey of parents and "
                 "carers drew 872 responses.")
    d.date("28 October 2024", "2024-10-28")
    d.h("4. Key findings")
    d.num("4.1", "The report highlights the strong early identification of need in early years; the inclusive "
                 "ethos of most mainstream schools; the quality of new EHC plans; and the partnership's "
                 "co-production with Merton Parent Carer Forum. It also sets out three areas for improvement, "
                 "which are reproduced in full in the table at the end of Appendix A.")
    d.h("5. Response")
    d.num("5.1", "The SEND Partnership Board will agree an updated SEND Strategy action plan on 23 January 2025, "
                 "incorporating actions for each area for improvement. Progress will be reported to this Panel "
                 "in July 2025.")
    d.date("23 January 2025", "2025-01-23")
    d.date("July 2025", "2025-07")
    d.event("progress-plan", "2025-01-23", None,
            "The SEND Partnership Board will agree an updated SEND Strategy action plan on 23 January 2025, "
            "incorporating actions for each area for improvement.")
    d.num("5.2", "Ms Lorna Fairbairn-Osei, the Forum's chair, has welcomed the findings and will co-chair the "
                 "workstream on preparation for adulthood.")
    d.person("Lorna Fairbairn-Osei", "the Forum's chair", "other")
    d.h("6. Financial, legal and risk implications")
    d.num("6.1", "There are no direct financial implications. The actions will be delivered within the Dedicated "
                 "Schools Grant safety valve agreement and existing NHS budgets. Legal comments: the inspection is "
                 "carried out under section 20 of the Children Act 2004; there are no further legal implications.")
    d.h("7. Background papers")
    d.p("Report to this Panel, Area SEND Re-visit Outcome, 25 January 2023.", SMALL)
    d.date("25 January 2023", "2023-01-25")
    d.add(PageBreak())

    # Appendix A: the 2023-framework report.
    d.p("<b>Appendix A</b>")
    d.p("Area SEND inspection of Merton Local Area Partnership", LETTER_HEAD)
    d.p("Inspection dates: 4 to 22 November 2024", LETTER)
    d.p("Dates of previous inspection: 10 to 14 June 2019", LETTER)
    d.date("10 to 14 June 2019", "2019-06-10", "2019-06-14")
    d.event("inspection", "2019-06-10", "2019-06-14", "Dates of previous inspection: 10 to 14 June 2019")
    d.p("Inspection outcome", LETTER_HEAD)
    d.p("The local area partnership's special educational needs and/or disabilities (SEND) arrangements typically "
        "lead to positive experiences and outcomes for children and young people with SEND. The local area "
        "partnership is taking action where improvements are needed.", LETTER)
    d.p("Ofsted and the Care Quality Commission (CQC) will revisit the area in approximately five years, and "
        "will hold an annual engagement meeting with the partnership in the meantime.", LETTER)
    d.p("Information about the local area partnership", LETTER_HEAD)
    d.p("The London Borough of Merton and NHS South West London Integrated Care Board (ICB) are "
        "jointly responsible for the planning and commissioning of services for children and young people with "
        "SEND in Merton. The local authority commissions alternative provision through a "
        "pupil referral unit and three independent providers.", LETTER)
    d.p("What is it like to be a child or young person with SEND in this area?", LETTER_HEAD)
    for text in [
            "Children and young people with SEND in Merton are typically well supported. Most "
            "attend their local mainstream school and feel part of their school community. Their needs are "
            "usually identified early, often before they start school, through the well-established early "
            "years inclusion service. Health visitors and early years practitioners work closely together.",
            "Children and young people who have EHC plans benefit from plans that are detailed and capture their "
            "voice well. New plans are typically issued within statutory timescales. However, some plans are not "
            "updated quickly enough after an annual review, and a minority of older plans do not reflect "
            "children's current needs, particularly where needs have changed.",
            "Most children and young people can access the health services they need in a timely way. Waiting "
            "times for speech and language therapy are short. However, some children and young people wait too "
            "long for an assessment of autism or ADHD, particularly those aged over 11. Families value the "
            "support offered while they wait but many told inspectors that they were not kept informed.",
            "Young people with SEND are increasingly well prepared for adulthood. The number of supported "
            "internships has grown. However, young people aged 16 to 25 do not always have a clear plan for "
            "their health care as they move to adult services, and the local offer of post-16 courses for young "
            "people with more complex needs is limited within the borough."]:
        d.p(text, LETTER)
    d.p("What is the area partnership doing that is effective?", LETTER_HEAD)
    for text in [
            "Leaders have a clear and accurate understanding of the strengths and weaknesses of the local area.",
            "The partnership works closely with the parent carer forum, which is involved in all aspects of "
            "strategic planning.",
            "The early years inclusion service identifies needs quickly and supports settings well.",
            "Designated clinical and social care officers provide effective oversight of health and care advice "
            "for EHC plans.",
            "Leaders have reduced the use of suspensions for pupils with SEND over the last two years."]:
        d.p(f"&bull; {text}", BULLET)
    d.p("What does the area partnership need to do better?", LETTER_HEAD)
    d.p("The partnership's leaders know that the timeliness of annual review amendments, access to "
        "neurodevelopmental assessment for older children and the transition to adult health care are the areas "
        "most in need of improvement, and they have plans in place to address them.", LETTER)
    d.p("Areas for improvement", LETTER_HEAD)
    rows = [["Areas for improvement"]]
    for text, themes in [
            ("Leaders should ensure that EHC plans are amended in a timely manner following annual reviews, so "
             "that plans accurately reflect the current needs of children and young people.", ["ehc-plans"]),
            ("Leaders in the ICB should continue their work to reduce the waiting times for neurodevelopmental "
             "assessment for children and young people aged 11 and over, and improve the information given to "
             "families while they wait.", ["health-services"]),
            ("Leaders should strengthen the planning of the transition to adult health services for young people "
             "with SEND, and widen the range of post-16 provision for those with complex needs.",
             ["preparing-for-adulthood"])]:
        rows.append([text])
        d.record_weak(text, themes)
    d.ruled(rows, [16.2 * cm], style=ParagraphStyle("LetterCell53", parent=LETTER, spaceAfter=0))
    d.space(10)
    d.p("Local area partnership details", LETTER_HEAD)
    d.ruled([["Local authority", "Integrated care board"],
             ["London Borough of Merton", "NHS South West London Integrated Care Board"],
             ["Jasmine Tremlett-Hughes, Director of Children's Services", "Andrew Kovacs, Chief Executive Officer"],
             ["www.merton.gov.uk", "www.southwestlondonicb.nhs.uk"]],
            [8.1 * cm, 8.1 * cm])
    d.person("Jasmine Tremlett-Hughes", "Director of Children's Services", "officer")
    d.person("Andrew Kovacs", "Chief Executive Officer", "officer")
    d.space(8)
    d.p("Information about this inspection", LETTER_HEAD)
    d.p("This inspection was carried out at the request of the Secretary of State for Education under section 20 of "
        "the Children Act 2004. It was led by one of His Majesty's Inspectors (HMI) from education and a Children's "
        "Services Inspector from the CQC, with a team of inspectors including two HMIs and a CQC inspector.", LETTER)
    d.ruled([["Ofsted", "Care Quality Commission"],
             ["Helena Strachan-Boyd, Ofsted HMI (lead inspector)", "Priya Lindqvist, CQC Children's Services "
                                                                   "Inspector (lead inspector)"],
             ["Mark Ditchburn, Ofsted HMI", "Owen Fairclough, CQC Inspector"],
             ["Rebecca Njoroge, Ofsted HMI", ""]], [8.1 * cm, 8.1 * cm])
    for name, role in [("Helena Strachan-Boyd", "Ofsted HMI (lead inspector)"),
                       ("Priya Lindqvist", "CQC Children's Services Inspector (lead inspector)"),
                       ("Mark Ditchburn", "Ofsted HMI"), ("Owen Fairclough", "CQC Inspector"),
                       ("Rebecca Njoroge", "Ofsted HMI")]:
        d.person(name, role, "other")
    d.add(PageBreak())
    d.h("Appendix B - EHC plans by primary need (January 2024 census)")
    need_table(d, 17)
    d.h("Appendix C - School-level inclusion indicators, 2023/24")
    school_table(d, 19, 34)
    return d


# ------------------------------------------------------------------------------------------------------------------
def telford_pack() -> Doc:
    d = Doc("telford-wrekin/round53-2025-04-10-cabinet/Agenda reports pack 10th-Apr-2025 10.00 Cabinet.pdf",
            {"council": "Telford & Wrekin Council", "council_slug": "telford-wrekin", "committee": "Cabinet",
             "meeting_date": "2025-04-10", "title": "Agenda reports pack 10th-Apr-2025 10.00 Cabinet",
             "source_kind": "moderngov-document",
             "url": "https://democracy.telford.gov.uk/documents/g9304/Public%20reports%20pack%2010th-Apr-2025%2010.00%20Cabinet.pdf"},
            {"council": "Telford & Wrekin Council", "committee": "Cabinet", "date": "2025-04-10"},
            "Telford &amp; Wrekin Council", "", "", page_label="Page {n}")
    d.header_left = "Telford & Wrekin Council"
    d.header_right = "Cabinet - Thursday 10 April 2025"
    d.date("Thursday 10 April 2025", "2025-04-10")
    d.p("Public Document Pack", SMALL)
    d.title("CABINET")
    d.p("<b>Date</b> Thursday, 10 April 2025 &nbsp;&nbsp; <b>Time</b> 10.00 am &nbsp;&nbsp; <b>Venue</b> Civic "
        "Offices, Telford")
    d.p("<b>Enquiries regarding this agenda</b><br/>Democratic Services: Kirsty Pemberton-Hale<br/>"
        "Telephone: 01952 383217<br/>Email: kirsty.pemberton-hale@telford.gov.uk")
    d.person("Kirsty Pemberton-Hale", "Democratic Services", "officer", "kirsty.pemberton-hale@telford.gov.uk",
             "01952 383217")
    d.p("<b>Cabinet Members</b>")
    members = [("Lee Carrington-Shaw", "Leader of the Council"),
               ("Angela Munro", "Deputy Leader and Cabinet Member: Children, Young People, Education and Lifelong "
                                "Learning"),
               ("Raj Bhamra", "Cabinet Member: Finance, Governance and Customer Services"),
               ("Gwen Pryce-Lloyd", "Cabinet Member: Adult Social Care and Health Systems"),
               ("Darren Tolley", "Cabinet Member: Neighbourhood and Enforcement Services"),
               ("Saira Akhtar", "Cabinet Member: Economy and Transport")]
    d.ruled([["Councillor", "Portfolio"]] + [[f"Cllr {n}", r] for n, r in members], [5 * cm, 11.2 * cm])
    for n, r in members:
        d.person(n, r, "member")
    d.space(6)
    d.ruled([["Item", "", "Page"],
             ["1.0", "Apologies for Absence", ""],
             ["2.0", "Declarations of Interest", ""],
             ["3.0", "Minutes of the Previous Meeting - to confirm the minutes of the meeting held on 13 March 2025",
              "3 - 6"],
             ["4.0", "Leader's Announcements", ""],
             ["5.0", "Area SEND Inspection Outcome and Partnership Response", "7 - 14"],
             ["6.0", "Family Hubs - Year Three Delivery", "15 - 20"]], [1.2 * cm, 12.8 * cm, 2.2 * cm])
    d.date("13 March 2025", "2025-03-13")
    d.add(PageBreak())

    d.title("CABINET<br/>Minutes of a meeting of the Cabinet held on Thursday 13 March 2025 at 10.00 am in the "
            "Council Chamber, Civic Offices, Telford")
    d.p("<u>Present:</u> Councillors L Carrington-Shaw (Chair), A Munro, R Bhamra, G Pryce-Lloyd, D Tolley and "
        "S Akhtar")
    d.p("<u>Also Present:</u> Councillors N Ebbrell and C Whitmore-Grant")
    d.person("N Ebbrell", None, "member")
    d.person("C Whitmore-Grant", None, "member")
    d.p("<u>In Attendance:</u> D Sidhu (Chief Executive), J Alcott (Executive Director: Children's and Family "
        "Services), M Farrant (Director: Finance and Human Resources), K Pemberton-Hale (Democratic Services "
        "Officer)")
    for n, r in [("D Sidhu", "Chief Executive"), ("J Alcott", "Executive Director: Children's and Family Services"),
                 ("M Farrant", "Director: Finance and Human Resources")]:
        d.person(n, r, "officer")
    d.p("<u>Apologies:</u> None")
    d.p("<b>CAB-112 Declarations of Interest</b>", MINUTE)
    d.p("None.")
    d.p("<b>CAB-113 Minutes of the Previous Meeting</b>", MINUTE)
    d.p("<u>RESOLVED</u> – that the minutes of the meeting held on 13 February 2025 be confirmed and signed by the "
        "Chair.")
    d.record_res(None, "that the minutes of the meeting held on 13 February 2025 be confirmed and signed by the "
                 "Chair.", "resolution")
    d.date("13 February 2025", "2025-02-13")
    d.p("<b>CAB-114 Leader's Announcements</b>", MINUTE)
    d.p("The Leader informed Cabinet that the Area SEND inspection report was expected to be published the following "
        "day and that a full report would come to the April meeting.")
    d.p("<b>CAB-115 Highways Investment Programme 2025/26</b>", MINUTE)
    d.p("Councillor Tolley presented the report, which set out £9.6m of planned maintenance, including the "
        "resurfacing programme to begin in May 2025.")
    d.date("May 2025", "2025-05")
    d.p("<u>RESOLVED</u> – that:")
    for label, text in [
            ("a)", "the Highways Investment Programme 2025/26 at Appendix A be approved; and"),
            ("b)", "delegated authority be granted to the Director: Neighbourhood and Enforcement Services, in "
                   "consultation with the Cabinet Member, to make changes to the programme within the approved "
                   "budget.")]:
        d.res(label, text, "resolution")
    d.p("<b>CAB-116 School Admission Arrangements 2026/27</b>", MINUTE)
    d.p("<u>RESOLVED</u> – that the determined admission arrangements for community and voluntary controlled schools "
        "for 2026/27 be approved.")
    d.record_res(None, "that the determined admission arrangements for community and voluntary controlled schools "
                 "for 2026/27 be approved.", "resolution")
    d.p("The meeting ended at 10.48 am")
    d.p("Chairman: ......................................... &nbsp;&nbsp; Date: Thursday 10 April 2025")
    d.add(PageBreak())

    d.title("TELFORD &amp; WREKIN COUNCIL<br/>CABINET – 10 APRIL 2025<br/>AREA SEND INSPECTION OUTCOME AND "
            "PARTNERSHIP RESPONSE")
    d.p("<b>REPORT OF THE EXECUTIVE DIRECTOR: CHILDREN'S AND FAMILY SERVICES</b><br/><b>LEAD CABINET MEMBER – "
        "CLLR ANGELA MUNRO</b>")
    d.p("<b>PART A) – SUMMARY REPORT</b>")
    d.num("1.0", "<b>SUMMARY OF MAIN PROPOSALS</b>")
    d.num("1.1", "Ofsted and the Care Quality Commission inspected the Telford and Wrekin local area partnership from "
                 "27 to 31 January 2025. The report, published on 14 March 2025, found that the partnership's "
                 "arrangements lead to inconsistent experiences and outcomes for children and young people with "
                 "SEND, and identified three areas for improvement. There were no areas for priority action.")
    d.date("27 to 31 January 2025", "2025-01-27", "2025-01-31")
    d.date("14 March 2025", "2025-03-14")
    d.event("inspection", "2025-01-27", "2025-01-31",
            "Ofsted and the Care Quality Commission inspected the Telford and Wrekin local area partnership from 27 "
            "to 31 January 2025.")
    d.event("outcome-letter", "2025-03-14", None, "The report, published on 14 March 2025")
    d.num("1.2", "Telford and Wrekin was previously inspected in March 2017 and was not required to produce a "
                 "Written Statement of Action.")
    d.date("March 2017", "2017-03")
    d.event("inspection", "2017-03", None, "Telford and Wrekin was previously inspected in March 2017")
    d.num("2.0", "<b>RECOMMENDATIONS</b>")
    d.num("2.1", "That Cabinet:")
    for label, text in [
            ("2.1.1", "Notes the outcome of the Area SEND inspection;"),
            ("2.1.2", "Endorses the partnership's response to the three areas for improvement, as summarised in "
                      "section 5;"),
            ("2.1.3", "Notes that the SEND Partnership Board will agree the SEND Improvement Action Plan on 8 May "
                      "2025 and that it will be published on the Local Offer by 19 May 2025; and"),
            ("2.1.4", "Asks the Children and Young People Scrutiny Committee to include the plan's progress in its "
                      "work programme for 2025/26.")]:
        d.res(label, text, "recommendation", style=ROMAN)
    d.date("8 May 2025", "2025-05-08")
    d.date("19 May 2025", "2025-05-19")
    d.event("progress-plan", "2025-05-08", None,
            "the SEND Partnership Board will agree the SEND Improvement Action Plan on 8 May 2025")
    d.event("progress-plan", "2025-05-19", None, "it will be published on the Local Offer by 19 May 2025")
    d.num("3.0", "<b>SUMMARY IMPACT ASSESSMENT</b>")
    d.ruled([["COMMUNITY IMPACT", "Do these proposals contribute to specific Council Plan objectives?"],
             ["", "Yes – every child, young person and adult lives well in their community."],
             ["TARGET COMPLETION/DELIVERY DATE", "The action plan runs to March 2027."],
             ["FINANCIAL/VALUE FOR MONEY IMPACT", "No. Delivered within existing budgets. RP 27/03/2025"],
             ["LEGAL ISSUES", "Yes. The Council's duties are set out in Part 3 of the Children and Families Act 2014. "
                              "HK 28/03/2025"],
             ["IMPACT ON SPECIFIC WARDS", "Borough-wide impact."]], [5.6 * cm, 10.6 * cm], header_rows=0)
    d.date("March 2027", "2027-03")
    d.date("27/03/2025", "2025-03-27")
    d.date("28/03/2025", "2025-03-28")
    d.p("<b>PART B) – ADDITIONAL INFORMATION</b>")
    d.num("4.0", "<b>INFORMATION</b>")
    d.num("4.1", "Inspectors found that children's needs are identified early in most cases, that the partnership's "
                 "leaders have an accurate understanding of their strengths and weaknesses, and that the parent "
                 "carer forum, PODS, is a strong and trusted partner. They praised the Telford Inclusion Pathway and "
                 "the outreach offered by special schools.")
    d.num("4.2", "The report sets out three areas for improvement:")
    for label, text, themes in [
            ("i.", "The partnership should improve the timeliness of annual reviews and make sure that the "
                   "outcomes in EHC plans are updated so that they remain relevant to children's and young "
                   "people's needs.", ["ehc-plans"]),
            ("ii.", "Leaders should reduce the length of time that children and young people wait for an autism "
                    "or ADHD assessment and for specialist mental health support.", ["health-services"]),
            ("iii.", "Leaders should ensure that children and young people who attend alternative provision or "
                     "who are on reduced timetables receive a full-time, suitable education, and that their "
                     "progress is checked closely.", ["inclusion-provision"])]:
        d.weak(text, themes, marker=label, style=ROMAN)
    d.num("5.0", "<b>THE PARTNERSHIP'S RESPONSE</b>")
    d.num("5.1", "An annual review recovery team has been in place since February 2025. The ICB has commissioned "
                 "additional neurodevelopmental assessment capacity from a second provider and a new children's "
                 "mental health support team will cover a further twelve schools from September 2025.")
    d.date("February 2025", "2025-02")
    d.date("September 2025", "2025-09")
    d.num("5.2", "The Department for Education and NHS England will hold an initial stocktake meeting with the "
                 "partnership in June 2025.")
    d.date("June 2025", "2025-06")
    d.event("monitoring", "2025-06", None,
            "The Department for Education and NHS England will hold an initial stocktake meeting with the "
            "partnership in June 2025.")
    d.num("6.0", "<b>PREVIOUS MINUTES</b>")
    d.num("6.1", "Cabinet, 14 November 2024: High Needs Block and SEND sufficiency.")
    d.date("14 November 2024", "2024-11-14")
    d.num("7.0", "<b>BACKGROUND PAPERS</b>")
    d.num("7.1", "Ofsted/CQC Area SEND inspection of Telford and Wrekin Local Area Partnership (report).")
    d.p("Report prepared by Helen Astbury-Clarke, Director: Education and Skills, Telephone: 01952 385123",
        SMALL)
    d.person("Helen Astbury-Clarke", "Director: Education and Skills", "officer", phone="01952 385123")
    d.h("Appendix 1 – Outline of the SEND Improvement Action Plan")
    d.ruled([["Area", "Key actions", "Lead", "By"],
             ["Annual reviews", "Recovery team; revised review paperwork; phase transfer deadline tracking",
              "Service Delivery Manager, SEND", "Sep 2025"],
             ["Assessment waits", "Second neurodevelopmental provider; waiting-well offer; school-based "
                                  "mental health support", "ICB Associate Director", "Mar 2026"],
             ["Alternative provision and reduced timetables", "Register of reduced timetables; termly "
                                                              "reviews; AP quality framework",
              "Head of Inclusion", "Dec 2025"]], [3.6 * cm, 6.8 * cm, 3.6 * cm, 2.2 * cm])
    d.date("Mar 2026", "2026-03")
    d.date("Dec 2025", "2025-12")
    d.h("Appendix 2 – EHC plans by primary need")
    need_table(d, 23)
    d.add(PageBreak())

    d.title("TELFORD &amp; WREKIN COUNCIL<br/>CABINET – 10 APRIL 2025<br/>FAMILY HUBS – YEAR THREE DELIVERY")
    d.p("<b>REPORT OF THE DIRECTOR: EARLY HELP AND SUPPORT</b><br/><b>LEAD CABINET MEMBER – CLLR ANGELA MUNRO</b>")
    d.num("1.0", "<b>SUMMARY OF MAIN PROPOSALS</b>")
    d.num("1.1", "The report sets out the third year of the borough's family hubs programme, which opened its first "
                 "hub in October 2022, and seeks approval to extend the start for life offer to two further sites.")
    d.date("October 2022", "2022-10")
    d.num("2.0", "<b>RECOMMENDATIONS</b>")
    for label, text in [
            ("2.1", "That Cabinet notes the progress of the family hubs programme."),
            ("2.2", "That Cabinet approves the extension of the start for life offer to the Brookside and Woodside "
                    "hubs from 1 July 2025.")]:
        d.res(label, text, "recommendation", style=NUM_PARA)
    d.date("1 July 2025", "2025-07-01")
    d.num("3.0", "<b>INFORMATION</b>")
    d.num("3.1", "In the year to December 2024 the hubs had 41,200 visits. The table sets out visits by hub.")
    d.date("December 2024", "2024-12")
    rows = [["Hub", "Visits", "Families registered", "Parenting courses", "Infant feeding contacts"]]
    for i, hub in enumerate(["Brookside", "Donnington", "Hadley", "Madeley", "Newport", "Oakengates", "Sutton Hill",
                             "Wellington", "Woodside"]):
        rows.append([hub, str(2800 + i * 731 % 2900), str(410 + i * 97 % 380), str(8 + i * 5 % 14),
                     str(300 + i * 113 % 600)])
    d.ruled(rows, [4 * cm, 2.6 * cm, 3.4 * cm, 3 * cm, 3.2 * cm])
    d.p("Report prepared by Owain Hartshorne, Director: Early Help and Support, Telephone: 01952 385870", SMALL)
    d.person("Owain Hartshorne", "Director: Early Help and Support", "officer", phone="01952 385870")
    return d


# ------------------------------------------------------------------------------------------------------------------
def manchester_wsoa() -> Doc:
    d = Doc("manchester/round53-2018-07-10-children-and-young-people-scrutiny-committee/Appendix 1 - Manchester "
            "Local Area Written Statement of Action.pdf",
            {"council": "Manchester City Council", "council_slug": "manchester",
             "committee": "Children and Young People Scrutiny Committee", "meeting_date": "2018-07-10",
             "title": "Appendix 1 - Manchester Local Area Written Statement of Action",
             "source_kind": "moderngov-document",
             "url": "https://democracy.manchester.gov.uk/documents/s1234/Appendix%201%20-%20Manchester%20Local%20Area%20Written%20Statement%20of%20Action.pdf"},
            {"council": "Manchester City Council", "committee": "Children and Young People Scrutiny Committee",
             "date": "2018-07-10"},
            "Manchester Local Area Written Statement of Action", "Version 0.9 - for scrutiny", "OFFICIAL",
            page_label="{n}")
    d.title("Manchester Local Area<br/>Written Statement of Action")
    d.p("Special educational needs and/or disabilities (SEND)<br/>Manchester City Council and NHS "
        "Manchester Clinical Commissioning Group")
    d.ruled([["Document control", ""],
             ["Version", "0.9 (draft for Children and Young People Scrutiny Committee)"],
             ["Date of this version", "28 June 2018"],
             ["Approved by SEND Partnership Board", "Pending - meeting of 24 July 2018"],
             ["Submission to Ofsted and the CQC", "By 16 August 2018"],
             ["Owner", "Director of Children's Services"]], [6 * cm, 10.2 * cm])
    d.date("28 June 2018", "2018-06-28")
    d.date("24 July 2018", "2018-07-24")
    d.date("16 August 2018", "2018-08-16")
    d.event("wsoa-submitted", "2018-08-16", None, "Submission to Ofsted and the CQC: By 16 August 2018")
    d.h("Foreword")
    d.p("In March 2018 inspectors from Ofsted and the Care Quality Commission spent a week with us, talking to "
        "children and young people, their families and the people who work with them. We are grateful to everyone "
        "who gave up their time. The inspectors found things that are working well, but they also found that too "
        "many families have had to fight for the support their children need. We accept their findings in full. "
        "This Written Statement of Action sets out what we will do, by when, and how we will know it has made a "
        "difference.")
    d.date("March 2018", "2018-03")
    d.ruled([["Simone Achebe-Grant<br/>Director of Children's Services<br/>Manchester City Council",
              "Dr Robert Pelham<br/>Accountable Officer<br/>NHS Manchester CCG",
              "Tanya Whitfield<br/>Chair<br/>Manchester Parent Carer Forum"]], [5.4 * cm] * 3, header_rows=0)
    d.person("Simone Achebe-Grant", "Director of Children's Services", "officer")
    d.person("Robert Pelham", "Accountable Officer", "officer")
    d.person("Tanya Whitfield", "Chair, Manchester Parent Carer Forum", "other")
    d.h("1. Introduction")
    d.num("1.1", "Between 12 and 16 March 2018, Ofsted and the Care Quality Commission conducted a joint "
                 "inspection of the local area of Manchester to judge the effectiveness of the area in implementing the "
                 "special educational needs and disability reforms set out in the Children and Families Act 2014.")
    d.date("Between 12 and 16 March 2018", "2018-03-12", "2018-03-16")
    d.event("inspection", "2018-03-12", "2018-03-16",
            "Between 12 and 16 March 2018, Ofsted and the Care Quality Commission conducted a joint inspection "
            "of the local area of Manchester")
    d.num("1.2", "The inspection outcome letter was published on 10 May 2018. As a result of the findings, "
                 "Her Majesty's Chief Inspector determined that a Written Statement of Action was required because "
                 "of significant areas of weakness in the local area's practice, and that the local authority and "
                 "the clinical commissioning group are jointly responsible for submitting it.")
    d.date("10 May 2018", "2018-05-10")
    d.event("outcome-letter", "2018-05-10", None, "The inspection outcome letter was published on 10 May 2018.")
    d.num("1.3", "The letter identified the following five areas of significant weakness:")
    for label, text, themes in [
            ("A.", "leaders' ineffective strategic planning and joint commissioning arrangements, which do not draw "
                   "on an accurate understanding of the needs of children and young people with SEND",
             ["leadership-governance", "joint-commissioning"]),
            ("B.", "the poor quality and timeliness of EHC plans, and the weak contribution of health and social "
                   "care to them", ["ehc-plans"]),
            ("C.", "the lack of a shared approach to identifying and meeting needs at SEN support in mainstream "
                   "schools and early years settings", ["identification"]),
            ("D.", "the long waiting times for the neurodevelopmental pathway and for child and adolescent mental "
                   "health services", ["health-services"]),
            ("E.", "the weak communication with parents and carers, and a local offer that families find hard to "
                   "use", ["co-production", "local-offer"])]:
        d.weak(text, themes, marker=label, style=HANG)
    d.num("1.4", "Inspectors also recognised strengths, including the commitment of special school leaders, the "
                 "positive work of the short breaks service and the well-regarded portage team.")
    d.h("2. Governance and monitoring")
    d.num("2.1", "Delivery of this statement will be overseen by the Manchester SEND Partnership Board, chaired by the "
                 "Director of Children's Services, which will meet monthly until March 2019 and report to the "
                 "Children and Young People Scrutiny Committee and to the CCG Governing Body.")
    d.date("March 2019", "2019-03")
    d.num("2.2", "The Department for Education and NHS England will monitor the area's progress. The first formal "
                 "review meeting is expected in December 2018 and reviews will then be held every six months. Ofsted "
                 "and the CQC will re-visit the area to decide whether sufficient progress has been made, normally "
                 "within 18 months of the statement being judged fit for purpose.")
    d.date("December 2018", "2018-12")
    d.event("monitoring", "2018-12", None,
            "The first formal review meeting is expected in December 2018 and reviews will then be held every six "
            "months.")
    d.num("2.3", "The statement was shaped at four co-production workshops held between 21 May and 15 June "
                 "2018 and attended by 140 parents, carers and young people.")
    d.date("between 21 May and 15 June 2018", "2018-05-21", "2018-06-15")
    d.h("3. Actions")
    plans = [
        ("A", "Strategy and joint commissioning",
         [("A1", "Publish a joint SEND strategy 2018-2021 co-produced with families", "DCS / CCG Director of "
                 "Commissioning", "Dec 2018", "Strategy published; forum sign-off"),
          ("A2", "Complete a joint strategic needs assessment for SEND", "Director of Public Health", "Oct 2018",
           "JSNA chapter published"),
          ("A3", "Establish a joint commissioning group with pooled analysis", "Head of Joint Commissioning",
           "Sep 2018", "Terms of reference; first joint commissions agreed")]),
        ("B", "EHC plans",
         [("B1", "Recruit six additional SEND case co-ordinators", "Head of SEND", "Oct 2018",
           "20-week timeliness above 60%"),
          ("B2", "Introduce a multi-agency quality assurance panel", "Principal Educational Psychologist",
           "Nov 2018", "75% of audited plans good or better"),
          ("B3", "Designated social care officer appointed", "AD Children's Social Care", "Sep 2018",
           "Care advice within six weeks in 80% of cases")]),
        ("C", "SEN support",
         [("C1", "Publish the Manchester Graduated Approach toolkit", "Head of Inclusion", "Mar 2019",
           "Used by 90% of schools"),
          ("C2", "SENCO network and training programme", "Head of Inclusion", "Jan 2019", "Attendance by school")]),
        ("D", "Health waiting times",
         [("D1", "Additional neurodevelopmental assessment capacity", "CCG Head of Children's Commissioning",
           "Feb 2019", "Median wait under 52 weeks"),
          ("D2", "CAMHS single point of access", "Provider Clinical Director", "Dec 2018", "Referral to first "
                                                                                              "contact 4 weeks")]),
        ("E", "Communication and local offer",
         [("E1", "Relaunch the local offer website with families", "Local Offer Manager", "Apr 2019",
           "Satisfaction survey"),
          ("E2", "Quarterly SEND newsletter and 'you said, we did'", "Participation Lead", "Oct 2018",
           "Four issues a year")])]
    months = {"Sep 2018": "2018-09", "Oct 2018": "2018-10", "Nov 2018": "2018-11", "Dec 2018": "2018-12",
              "Jan 2019": "2019-01", "Feb 2019": "2019-02", "Mar 2019": "2019-03", "Apr 2019": "2019-04"}
    seen = {"2018-12", "2019-03"}
    for code, name, actions in plans:
        d.p(f"<b>Priority {code}: {name}</b>", MINUTE)
        rows = [["Ref", "Action", "Lead", "By when", "Success measure"]]
        for ref, action, lead, due, measure in actions:
            rows.append([ref, action, lead, due, measure])
            if due in months and months[due] not in seen:
                seen.add(months[due])
                d.date(due, months[due])
        d.ruled(rows, [1 * cm, 5.4 * cm, 3.6 * cm, 1.8 * cm, 4.4 * cm], style=ARIAL_CELL)
    d.h("4. How we will measure impact")
    d.ruled([["Measure", "Baseline", "Target"],
             ["New EHC plans issued within 20 weeks", "27%", "65%"],
             ["EHC plans audited as good or better", "31%", "75%"],
             ["Median wait for autism assessment (weeks)", "94", "52"],
             ["Parents who feel listened to (survey)", "29%", "55%"],
             ["Pupils at SEN support with a fixed-term exclusion", "6.1%", "4.0%"]], [9 * cm, 3.6 * cm, 3.6 * cm])
    d.h("5. Glossary")
    d.ruled([["Term", "Meaning"],
             ["CAMHS", "Child and adolescent mental health services"],
             ["CCG", "Clinical commissioning group"],
             ["EHC plan", "Education, health and care plan"],
             ["JSNA", "Joint strategic needs assessment"],
             ["SENCO", "Special educational needs co-ordinator"],
             ["SEN support", "Support for pupils with SEN who do not have an EHC plan"]], [3.4 * cm, 12.8 * cm])
    d.add(PageBreak())
    d.h("Annex 1 - Baseline data: EHC plans by primary need")
    need_table(d, 29)
    d.h("Annex 2 - Baseline data: school-level indicators")
    school_table(d, 31, 36)
    return d


# ------------------------------------------------------------------------------------------------------------------
def portsmouth_board() -> Doc:
    d = Doc("portsmouth/round53-2023-11-28-cabinet-member-for-education/Appendix 2 - SEND Strategic Board "
            "minutes 3 October 2023.pdf",
            {"council": "Portsmouth City Council", "council_slug": "portsmouth",
             "committee": "Cabinet Member for Education", "meeting_date": "2023-11-28",
             "title": "Appendix 2 - SEND Strategic Board minutes 3 October 2023",
             "source_kind": "moderngov-document",
             "url": "https://democracy.portsmouth.gov.uk/documents/s61577/Appendix%202%20-%20SEND%20Strategic%20Board%20minutes%203%20October%202023.pdf"},
            {"council": "Portsmouth City Council", "committee": "SEND Strategic Board", "date": "2023-10-03"},
            "Portsmouth SEND Strategic Board", "Minutes - 3 October 2023", "Not protectively marked",
            page_label="{n} / {total}")
    d.date("3 October 2023", "2023-10-03")
    d.title("Portsmouth SEND Strategic Board")
    d.p("<b>Minutes of the meeting held on Tuesday 3rd October 2023, 14:00 - 16:15, Civic Offices (Conference Room B) "
        "and MS Teams</b>")
    d.h("Attendees")
    attendees = [
        ("Michael Raybould", "Director of Children, Families and Education (Chair)", "Portsmouth City Council",
         "officer"),
        ("Cllr Helen Boyd-Ashton", "Cabinet Member for Education", "Portsmouth City Council",
         "member"),
        ("Gemma Ostrowski", "Director of Education and Early Years", "Portsmouth City Council", "officer"),
        ("Farid Lachaux", "Head of SEND", "Portsmouth City Council", "officer"),
        ("Dr Amelia Koroma", "Designated Clinical Officer", "NHS Hampshire and Isle of Wight ICB", "officer"),
        ("Peter Hanlon-Vries", "Director of Health and Care Portsmouth", "NHS Hampshire and Isle of Wight ICB", "officer"),
        ("Joanne Stirrup", "Participation and Co-production Lead", "Portsmouth City Council", "officer"),
        ("Rachel Ibbotson", "Co-chair", "Portsmouth Parent Carer Forum (PPCF)", "other"),
        ("Kim Adeyemi", "Headteacher, Kestrel Special School (schools' representative)", "Portsmouth special schools",
         "other"),
        ("Nathan Colquhoun", "SEND Adviser (for item 4)", "Department for Education", "officer"),
        ("Emily Strand", "Board Administrator (minutes)", "Portsmouth City Council", "officer")]
    d.ruled([["Name", "Role", "Organisation"]] + [[n, r, o] for n, r, o, _ in attendees],
            [4.4 * cm, 6.6 * cm, 5.2 * cm])
    for n, r, o, k in attendees:
        name = n.replace("Cllr ", "").replace("Dr ", "")
        d.person(name, r, k)
    d.p("<b>Apologies:</b> Cllr Tomas Krajewski (Cabinet Member for Health, Wellbeing and Social Care); Sunita "
        "Varghese-Burke (Principal, Highbury College); Liam O'Driscoll (Head of Children's Social Care).")
    d.person("Tomas Krajewski", "Cabinet Member for Health, Wellbeing and Social Care", "member")
    d.person("Sunita Varghese-Burke", "Principal, Highbury College", "other")
    d.person("Liam O'Driscoll", "Head of Children's Social Care", "officer")
    d.h("1. Welcome, introductions and apologies")
    d.p("The Chair welcomed members, in particular Nathan Colquhoun from the DfE, who attended for item 4. "
        "Apologies were noted as above. The meeting was quorate.")
    d.h("2. Minutes of the last meeting (4 July 2023) and action log")
    d.date("4 July 2023", "2023-07-04")
    d.p("The minutes were agreed as an accurate record. The action log was reviewed; updates are shown below.")
    d.record_res(None, "The minutes were agreed as an accurate record.", "resolution")
    log = [["No.", "Action", "Owner", "Due", "Status"],
           ["23/14", "Circulate revised EHCP quality audit tool to health providers", "FL", "31/07/2023", "Closed"],
           ["23/15", "Report on annual review timeliness by phase", "GO", "03/10/2023", "Closed - item 5"],
           ["23/17", "PPCF to share autumn survey questions with board", "RI", "15/09/2023", "Closed"],
           ["23/18", "ICB to confirm funding for neurodevelopmental waiting list initiative", "PHV", "03/10/2023",
            "Open - see item 6"],
           ["23/19", "Update Local Offer pages on preparation for adulthood", "JS", "30/11/2023", "On track"]]
    d.ruled(log, [1.4 * cm, 8.4 * cm, 1.6 * cm, 2.2 * cm, 2.6 * cm])
    d.dates_of([("31/07/2023", "2023-07-31"), ("15/09/2023", "2023-09-15"), ("30/11/2023", "2023-11-30")])
    d.h("3. SEND Parent Carer Forum update")
    d.p("Rachel Ibbotson reported that 412 families had responded to the Forum's autumn survey, which closed on "
        "22 September 2023. Confidence in the EHC process had improved for the second year running, but families "
        "of young people over 16 remained less positive. The Forum would present the full results at the "
        "December board.")
    d.date("22 September 2023", "2023-09-22")
    d.h("4. Accelerated Progress Plan - final DfE and NHS England review")
    d.p("Michael Raybould reminded the board that, following the joint inspection in October 2019 and the Written "
        "Statement of Action, Ofsted and the CQC had revisited the area from 17 to 19 January 2022. Their letter "
        "of 14 March 2022 found sufficient progress in four of the six areas of significant weakness, and the APP "
        "covering the other two had been submitted on 13 May 2022.")
    d.date("October 2019", "2019-10")
    d.date("17 to 19 January 2022", "2022-01-17", "2022-01-19")
    d.date("14 March 2022", "2022-03-14")
    d.date("13 May 2022", "2022-05-13")
    d.event("inspection", "2019-10", None, "the joint inspection in October 2019")
    d.event("revisit", "2022-01-17", "2022-01-19",
            "Ofsted and the CQC had revisited the area from 17 to 19 January 2022")
    d.event("revisit-outcome", "2022-03-14", None,
            "Their letter of 14 March 2022 found sufficient progress in four of the six areas of significant "
            "weakness")
    d.event("progress-plan", "2022-05-13", None, "the APP covering the other two had been submitted on 13 May 2022")
    d.p("Nathan Colquhoun reported on the final APP review, held with the partnership and NHS England on 19 September "
        "2023 after earlier reviews in July 2022 and March 2023. The Department was satisfied that the two "
        "remaining areas of weakness had now been addressed. These were:")
    d.date("19 September 2023", "2023-09-19")
    d.date("July 2022", "2022-07")
    d.date("March 2023", "2023-03")
    d.event("monitoring", "2023-09-19", None,
            "the final APP review, held with the partnership and NHS England on 19 September 2023")
    d.event("monitoring", "2022-07", None, "earlier reviews in July 2022")
    d.event("monitoring", "2023-03", None, "and March 2023")
    for text, themes in [
            ("the timeliness and quality of EHC needs assessments and plans, including contributions from health "
             "and social care", ["ehc-plans"]),
            ("the lack of a joint commissioning strategy and gaps in the therapy services available to children "
             "and young people", ["joint-commissioning"])]:
        d.weak(text, themes, marker="-")
    d.p("He confirmed that formal APP monitoring would end and that the area would return to routine support from "
        "the DfE's SEND adviser. The Department's letter confirming this was expected by 31 October 2023. The "
        "area would be inspected under the new framework in due course.")
    d.date("31 October 2023", "2023-10-31")
    d.p("Board members welcomed the outcome. Rachel Ibbotson said that the Forum's experience matched the "
        "Department's view on plan quality, but cautioned that many families did not yet feel the change. Dr "
        "Koroma noted that speech and language therapy waits had fallen to 14 weeks, but that the "
        "neurodevelopmental pathway remained under pressure (see item 6).")
    d.p("<b>The Board:</b>")
    for label, text in [
            ("a)", "NOTED the outcome of the final APP review and thanked all partners, and the Forum in "
                   "particular, for their work;"),
            ("b)", "AGREED that the APP be closed and that its open actions transfer to the SEND Strategy 2024-2027 "
                   "delivery plan; and"),
            ("c)", "AGREED that the Chair write to the Cabinet Member for Education summarising the outcome, for the "
                   "decision meeting on 28 November 2023.")]:
        d.res(label, text, "resolution")
    d.date("28 November 2023", "2023-11-28")
    d.h("5. Annual reviews - timeliness by phase")
    d.p("Gemma Ostrowski presented the data. Overall, 71% of annual reviews in the twelve months to August 2023 were "
        "held within 12 months, but only 52% of amended plans were issued within four weeks of the review.")
    d.date("August 2023", "2023-08")
    d.ruled([["Phase", "Reviews due", "Held on time %", "Amendments issued in 4 weeks %", "Phase transfer by 15 Feb %"],
             ["Early years", "96", "84", "66", "n/a"],
             ["Primary", "812", "76", "57", "88"],
             ["Secondary", "694", "68", "49", "81"],
             ["Post-16", "503", "62", "41", "n/a"],
             ["Total", "2,105", "71", "52", "85"]], [3 * cm, 2.4 * cm, 2.8 * cm, 4.2 * cm, 3.8 * cm])
    d.p("The Board agreed that amendment timeliness should become a standing measure on the dashboard.")
    d.record_res(None, "The Board agreed that amendment timeliness should become a standing measure on the "
                 "dashboard.", "resolution")
    d.h("6. Neurodevelopmental pathway")
    d.p("Peter Hanlon-Vries confirmed non-recurrent funding of £620,000 for a waiting list initiative, to run from "
        "November 2023 to June 2024. 1,870 children and young people were waiting, the longest for 118 weeks. "
        "Action 23/18 was closed.")
    d.date("November 2023 to June 2024", "2023-11", "2024-06")
    d.h("7. SEND Strategy 2024-2027 - consultation")
    d.p("Joanne Stirrup outlined the consultation plan: an online survey from 16 October to 26 November 2023, "
        "six community events and sessions in every special school. The draft strategy will come to the board on "
        "12 December 2023 and to Cabinet in January 2024.")
    d.date("16 October to 26 November 2023", "2023-10-16", "2023-11-26")
    d.date("12 December 2023", "2023-12-12")
    d.date("January 2024", "2024-01")
    d.record_res(None, "The Board endorsed the consultation plan.", "resolution")
    d.p("The Board endorsed the consultation plan.")
    d.h("8. Any other business and date of next meeting")
    d.p("None. The next meeting will be held on Tuesday 12 December 2023 at 14:00.")
    d.h("New actions")
    d.ruled([["No.", "Action", "Owner", "Due"],
             ["23/20", "Chair to write to Cabinet Member for Education on APP outcome", "MR", "17/11/2023"],
             ["23/21", "Add amendment timeliness to SEND dashboard", "GO", "12/12/2023"],
             ["23/22", "PPCF to present autumn survey findings", "RI", "12/12/2023"],
             ["23/23", "Transfer open APP actions to strategy delivery plan", "FL", "12/12/2023"]],
            [1.4 * cm, 9.8 * cm, 1.6 * cm, 3.4 * cm])
    d.date("17/11/2023", "2023-11-17")
    d.add(PageBreak())
    d.h("Annex A - SEND dashboard (September 2023), as presented")
    d.date("September 2023", "2023-09")
    dash = [["Measure", "Sep 2022", "Mar 2023", "Sep 2023", "Target"]]
    d.dates_of([("Sep 2022", "2022-09")])
    for m, a, b, c, t in [
            ("EHC plans issued in 20 weeks (rolling 12 months) %", "38", "57", "69", "65"),
            ("EHC plans audited good or better %", "44", "61", "70", "75"),
            ("Health advice returned in 6 weeks %", "52", "80", "91", "90"),
            ("Care advice returned in 6 weeks %", "47", "72", "86", "90"),
            ("Speech and language therapy wait (weeks)", "31", "22", "14", "18"),
            ("Neurodevelopmental wait, longest (weeks)", "104", "112", "118", "52"),
            ("Parents reporting good communication (survey) %", "28", "39", "47", "55"),
            ("Joint commissioning plans agreed", "0", "3", "5", "5"),
            ("Pupils with EHC plans suspended at least once %", "12.1", "11.4", "10.2", "9.0"),
            ("Young people with EHC plans in EET at 18 %", "83", "85", "86", "90")]:
        dash.append([m, a, b, c, t])
    d.ruled(dash, [7.6 * cm, 2.1 * cm, 2.1 * cm, 2.1 * cm, 2.3 * cm])
    d.h("Annex B - School-level inclusion indicators")
    school_table(d, 37, 44)
    d.h("Annex C - EHC plans by primary need")
    need_table(d, 41)
    return d


DOCUMENTS = [reading_minutes, tower_hamlets_tracker, merton_report, telford_pack, manchester_wsoa, portsmouth_board]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
