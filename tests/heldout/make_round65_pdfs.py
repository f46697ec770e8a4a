"""Write the long printed documents of the held-out round 65 (reportlab), and their gold.

Round 65 is a blind batch of LONG PDFs (5 to 8 pages), written with their gold before any extractor ran on them:
printed minutes of a scrutiny committee on a statutory direction and priority action plan (Bournemouth, Christchurch
and Poole, 2023 framework); a scrutiny commission report with the Ofsted/CQC re-visit letter appended (Hull, 2016
framework); a Cabinet report with appendices on an inspection outcome (Hammersmith and Fulham, 2023 framework); a
select committee progress report with a Written Statement of Action tracker (Hillingdon, 2016 framework); an
Accelerated Progress Plan document as a committee appendix (Isle of Wight, 2016 framework); and a scrutiny reports
pack with several items (Devon, 2023 framework). Invented text, fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round65_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles, two_columns  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("65", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
MINUTE, NUM_PARA, LETTER, LETTER_BOLD, LETTER_BULLET = S.minute, S.num_para, S.letter, S.letter_bold, S.letter_bullet
CENTRE, INDENT, SUB, PLAN, QUOTE, ROMAN = S.centre, S.indent, S.sub, S.plan_cell, S.quote, S.roman


class Doc(LongDoc):
    """A round 65 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#DCE6F0", "#EEF3F8", "#F4F4F4")


NEEDS = ["Autistic spectrum disorder", "Speech, language and communication needs", "Social, emotional and mental "
         "health", "Moderate learning difficulty", "Severe learning difficulty", "Profound and multiple learning "
         "difficulty", "Specific learning difficulty", "Physical disability", "Hearing impairment",
         "Visual impairment", "Multi-sensory impairment", "Other difficulty or disability"]
SCHOOLS = ["Abbotsfield", "Bramley", "Cedar Court", "Dunmore", "Elmhurst", "Fernbank", "Glebe", "Hawthorn",
           "Ivybridge Lane", "Kingsmead", "Larchwood", "Millbrook", "Northfield", "Orchard", "Parkside", "Queensway",
           "Redcliffe", "St Aidan's", "Thornbury", "Upton", "Westgate", "Willowbank", "Yarrow", "Zetland"]


def need_table(d: Doc, seed: int):
    rows = [["Primary need", "EHC plans", "Share %", "SEN support", "Share %"]]
    for i, need in enumerate(NEEDS):
        a, b = 25 + (i * 167 + seed * 13) % 640, 55 + (i * 241 + seed * 7) % 1290
        rows.append([need, str(a), f"{(a % 24) + 1}.{i % 10}", str(b), f"{(b % 19) + 1}.{(i * 3) % 10}"])
    d.ruled(rows, [6.6 * cm, 2.3 * cm, 2 * cm, 2.6 * cm, 2.5 * cm])


def school_table(d: Doc, seed: int, rows_n: int = 22):
    rows = [["School", "Phase", "On roll", "SEN support %", "EHC plan %", "Suspensions", "Reduced timetables"]]
    for i in range(rows_n):
        rows.append([f"{SCHOOLS[(i + seed) % len(SCHOOLS)]} {'Primary' if i % 3 else 'Academy'}",
                     "Primary" if i % 3 else "Secondary", str(160 + (i * 83 + seed * 37) % 1180),
                     f"{8 + (i * 7 + seed) % 12}.{(i * 3) % 10}", f"{1 + (i * 5 + seed) % 5}.{(i * 7) % 10}",
                     str((i * 11 + seed) % 21), str((i * 5 + seed) % 7)])
    d.ruled(rows, [4.2 * cm, 1.9 * cm, 1.6 * cm, 2 * cm, 1.9 * cm, 2.2 * cm, 2.4 * cm])


def area_table(d: Doc, names: list[str], seed: int, label: str = "Area"):
    rows = [[label, "Children with EHC plan", "SEN support", "New requests (year)", "Issued in 20 weeks %",
             "Mainstream %"]]
    for i, name in enumerate(names):
        rows.append([name, str(95 + (i * 59 + seed * 19) % 410), str(350 + (i * 127 + seed) % 880),
                     str(14 + (i * 31 + seed) % 90), f"{24 + (i * 11 + seed) % 65}", f"{33 + (i * 7 + seed) % 44}"])
    d.ruled(rows, [3.8 * cm, 2.4 * cm, 2.2 * cm, 2.6 * cm, 2.6 * cm, 2.4 * cm])


def kpi_table(d: Doc, seed: int, measures: list[str]):
    rows = [["Measure", "Baseline", "Previous quarter", "Latest", "Target", "Direction"]]
    for i, m in enumerate(measures):
        base = 20 + (i * 17 + seed * 3) % 60
        rows.append([m, f"{base}%", f"{base + (i + seed) % 9}%", f"{base + (i * 2 + seed) % 14}%",
                     f"{min(95, base + 20)}%", "Improving" if (i + seed) % 3 else "Stable"])
    d.ruled(rows, [6.2 * cm, 1.9 * cm, 2.3 * cm, 1.7 * cm, 1.7 * cm, 2.2 * cm])


# ------------------------------------------------------------------------------------------------------------------
BCP_APA = [
    ("Leaders across education, health and care must urgently agree a shared strategy for SEND, with clear "
     "accountability for its delivery, so that the experiences of children and young people with SEND and their "
     "families improve and the partnership knows whether its actions are making a difference.",
     ["leadership-governance"]),
    ("Leaders must make sure that EHC needs assessments are completed within statutory timescales and that plans "
     "accurately describe children's needs, with timely and meaningful contributions from health and social care "
     "professionals.", ["ehc-plans"]),
]


def bcp_minutes() -> Doc:
    rel = ("bournemouth-christchurch-and-poole/round65-2025-11-17-childrens-services-overview-and-scrutiny-committee/"
           "Minutes 15 September 2025.pdf")
    d = Doc(rel, {"council": "Bournemouth, Christchurch and Poole Council",
                  "council_slug": "bournemouth-christchurch-and-poole",
                  "committee": "Children's Services Overview and Scrutiny Committee", "meeting_date": "2025-11-17",
                  "title": "Minutes 15 September 2025", "source_kind": "moderngov-document",
                  "url": "https://democracy.bcpcouncil.gov.uk/documents/g6120/Printed%20minutes%2015th-Sep-2025%20"
                         "18.00%20Childrens%20Services%20Overview%20and%20Scrutiny%20Committee.pdf"},
            {"council": "Bournemouth, Christchurch and Poole Council",
             "committee": "Children's Services Overview and Scrutiny Committee", "date": "2025-09-15"},
            "", "", "- {n} -", page_label="")
    d.p("<b>BOURNEMOUTH, CHRISTCHURCH AND POOLE COUNCIL</b>", CENTRE)
    d.p("<b>CHILDREN'S SERVICES OVERVIEW AND SCRUTINY COMMITTEE</b>", CENTRE)
    d.p("Minutes of the Meeting held on 15 September 2025 at 6.00 pm", CENTRE)
    d.date("15 September 2025", "2025-09-15")
    d.p("<b>Present:-</b>")
    d.p("Cllr R Trevelyan &ndash; Chair<br/>Cllr M Ossei &ndash; Vice-Chair", INDENT)
    d.person("Cllr R Trevelyan", "Chair", "member")
    d.person("Cllr M Ossei", "Vice-Chair", "member")
    d.p("Present: Cllr J Abernethy, Cllr S Blandford, Cllr C Dewhurst, Cllr P Fairclough, Cllr L Hennessey, "
        "Cllr T Kowalczyk and Cllr A Pemberton-Hale", INDENT)
    for n in ["Cllr J Abernethy", "Cllr S Blandford", "Cllr C Dewhurst", "Cllr P Fairclough", "Cllr L Hennessey",
              "Cllr T Kowalczyk", "Cllr A Pemberton-Hale"]:
        d.person(n, None, "member")
    d.p("Also in attendance: Cllr N Gulliver (Portfolio Holder for Children, Young People, Education and Skills) and "
        "Mr D Yeo (co-opted member, Diocese of Salisbury)", INDENT)
    d.person("Cllr N Gulliver", "Portfolio Holder for Children, Young People, Education and Skills", "member")
    d.person("Mr D Yeo", "co-opted member, Diocese of Salisbury", "other")
    d.p("Officers: Tamsin Oduya, Corporate Director for Children's Services; Greg Marchbank, Director of Education "
        "and Skills; Helen Strand, Head of SEND Improvement; Dr Priya Ashcombe, Designated Clinical Officer, NHS "
        "Dorset; and Lucy Penhaligon, Overview and Scrutiny Specialist", INDENT)
    for n, r in [("Tamsin Oduya", "Corporate Director for Children's Services"),
                 ("Greg Marchbank", "Director of Education and Skills"),
                 ("Helen Strand", "Head of SEND Improvement"),
                 ("Dr Priya Ashcombe", "Designated Clinical Officer, NHS Dorset"),
                 ("Lucy Penhaligon", "Overview and Scrutiny Specialist")]:
        d.person(n, r, "officer")

    d.p("<b>22. Apologies</b>", MINUTE)
    d.p("Apologies were received from Cllr K Wetherby and from Ms F Lomax, Parent Carer Forum representative.")
    d.person("Cllr K Wetherby", None, "member")
    d.person("Ms F Lomax", "Parent Carer Forum representative", "other")
    d.p("<b>23. Substitute Members</b>", MINUTE)
    d.p("Cllr L Hennessey substituted for Cllr K Wetherby.")
    d.p("<b>24. Declarations of Interests</b>", MINUTE)
    d.p("Cllr Dewhurst declared, for transparency, that a member of her family receives support under an education, "
        "health and care plan. Cllr Blandford declared that he is a governor of a maintained special school in "
        "Poole. Neither interest was pecuniary and both councillors remained for all items.")
    d.p("<b>25. Confirmation of Minutes</b>", MINUTE)
    d.p("The minutes of the meeting held on 14 July 2025 were considered. Cllr Abernethy asked that minute 17 be "
        "amended to record that the Committee had requested the sufficiency figures by school place type rather "
        "than by locality.")
    d.date("14 July 2025", "2025-07-14")
    d.res(None, "RESOLVED that, subject to the amendment above, the minutes of the meeting held on 14 July 2025 be "
                "confirmed as a correct record and signed by the Chair.", "resolution", style=BODY)
    d.p("<i>Voting: Unanimous</i>")
    d.p("<b>26. Action Sheet</b>", MINUTE)
    d.p("The Committee noted the action sheet. The response on transport appeals had been circulated on 2 September "
        "2025; the briefing on the Dingley Hill site remained outstanding and would be brought to the next meeting.")
    d.date("2 September 2025", "2025-09-02")
    d.p("<b>27. Public Issues</b>", MINUTE)
    d.p("One public question had been received from Mrs Annalise Crockett, a parent from Christchurch. Mrs Crockett "
        "asked how many families were still waiting longer than 20 weeks for a finalised plan and what the Council "
        "was saying to them. The Portfolio Holder replied that 212 assessments were over time at the end of August "
        "and that each family had been written to with a named caseworker and an expected completion date. A "
        "supplementary question about weekend contact was answered in writing.")
    d.person("Mrs Annalise Crockett", "a parent from Christchurch", "other")
    d.p("No petitions or statements had been received.")

    d.p("<b>28. SEND Improvement: Statutory Direction and Priority Action Plan &ndash; six-month update</b>", MINUTE)
    d.p("The Director of Education and Skills presented the report, a copy of which had been circulated to each "
        "Member and a copy of which appears as Appendix 'A' to these Minutes in the Minute Book.")
    d.p("The Committee was reminded of the background. Ofsted and the Care Quality Commission carried out an "
        "inspection of the BCP local area partnership between 4 and 8 November 2024, and the inspection report was "
        "published on 20 December 2024. The partnership received the lowest of the three outcomes: the "
        "arrangements lead to widespread and/or systemic failings, leading to significant concerns about the "
        "experiences and outcomes of children and young people with SEND. A further full inspection would follow "
        "within approximately 18 months.")
    d.date("between 4 and 8 November 2024", "2024-11-04", "2024-11-08")
    d.date("20 December 2024", "2024-12-20")
    d.event("inspection", "2024-11-04", "2024-11-08",
            "Ofsted and the Care Quality Commission carried out an inspection of the BCP local area partnership "
            "between 4 and 8 November 2024")
    d.event("outcome-letter", "2024-12-20", None, "the inspection report was published on 20 December 2024")
    d.p("The report set out the two areas for priority action, which the Director read to the Committee:")
    d.weak(BCP_APA[0][0], BCP_APA[0][1], marker="(1)", style=HANG)
    d.weak(BCP_APA[1][0], BCP_APA[1][1], marker="(2)", style=HANG)
    d.p("Inspectors had also identified four areas for improvement, which were set out at paragraph 3.6 of the "
        "report and were being taken forward through the SEND Strategy delivery plan rather than the priority "
        "action plan.")
    d.p("On 27 January 2025 the Minister for School Standards issued a statutory direction to the Council under "
        "section 497A of the Education Act 1996, requiring it to comply with any instructions of the Secretary of "
        "State or an adviser in relation to its SEND functions. The priority action plan was submitted to Ofsted "
        "on 6 February 2025 and the partnership is monitored through six-monthly reviews by the Department for "
        "Education and NHS England. The first such review took place on 3 April 2025, and a second on 10 July "
        "2025; the next is scheduled for 21 October 2025.")
    d.date("27 January 2025", "2025-01-27")
    d.date("6 February 2025", "2025-02-06")
    d.date("3 April 2025", "2025-04-03")
    d.date("10 July 2025", "2025-07-10")
    d.date("21 October 2025", "2025-10-21")
    d.event("statutory-direction", "2025-01-27", None,
            "On 27 January 2025 the Minister for School Standards issued a statutory direction to the Council")
    d.event("progress-plan", "2025-02-06", None, "The priority action plan was submitted to Ofsted on 6 February 2025")
    d.event("monitoring", "2025-04-03", None, "The first such review took place on 3 April 2025")
    d.event("monitoring", "2025-07-10", None, "a second on 10 July 2025")
    d.event("monitoring", "2025-10-21", None, "the next is scheduled for 21 October 2025")
    d.p("The Director highlighted the following progress:")
    for t in ["the SEND Partnership Board had been reconstituted with an independent chair, Professor Imogen "
              "Castleford, and now met monthly;",
              "the proportion of new EHC plans issued within 20 weeks had risen from 9% in the quarter to "
              "December 2024 to 38% in the quarter to June 2025;",
              "a quality assurance framework for plans, agreed with health partners, had been in use since "
              "May 2025, with 60 plans audited each month;",
              "health advice was now returned within six weeks in 71% of cases, against 44% a year earlier; and",
              "the Parent Carer Forum had co-produced the new communications charter."]:
        d.p(f"&bull; {t}", BULLET)
    d.date("December 2024", "2024-12")
    d.date("June 2025", "2025-06")
    d.date("May 2025", "2025-05")
    d.person("Professor Imogen Castleford", "independent chair", "other")
    d.p("The Designated Clinical Officer reported that the waiting list for neurodevelopmental assessment remained "
        "the principal health pressure, with 3,140 children waiting, and that the Integrated Care Board had "
        "commissioned additional assessment capacity from an independent provider from 1 August 2025.")
    d.date("1 August 2025", "2025-08-01")
    d.p("In discussion the following points were made:")
    for t in ["A Member asked why timeliness was improving faster than quality. The Head of SEND Improvement said "
              "that the audit showed 58% of plans rated good or better, up from 31%, and that the two measures "
              "were reported together to the Board so that one was not pursued at the cost of the other.",
              "A Member asked about the adviser appointed under the direction. It was explained that the "
              "Department's SEND adviser, Mr Conrad Ellery, attended the Board and produced a note after each "
              "visit, the most recent dated 29 August 2025, which would be shared with the Committee.",
              "Members asked about the deficit on the Dedicated Schools Grant. The Corporate Director said that "
              "this was reported to Cabinet and to the Audit and Governance Committee and was outside the scope of "
              "the plan, but that the two were closely linked.",
              "A Member raised concern about the number of children on reduced timetables. Officers agreed to "
              "provide figures by school at the next meeting."]:
        d.p(f"&bull; {t}", BULLET)
    d.person("Mr Conrad Ellery", "the Department's SEND adviser", "other")
    d.date("29 August 2025", "2025-08-29")
    d.p("Cllr Kowalczyk moved an amendment, seconded by Cllr Fairclough, that the Committee recommend to Cabinet that "
        "the statutory direction be challenged. On being put to the vote the amendment was lost.")
    d.p("<i>Voting: For &ndash; 2; Against &ndash; 7; Abstentions &ndash; 0</i>")
    d.p("<b>RESOLVED that the Committee:</b>")
    for label, text in [("(a)", "notes the progress made against the priority action plan since the inspection "
                                "report was published;"),
                        ("(b)", "asks that the adviser's visit notes be circulated to all Members of the Committee "
                                "as they are received;"),
                        ("(c)", "requests that the next update includes reduced timetable figures by school and "
                                "the results of the autumn parent survey; and"),
                        ("(d)", "recommends to Cabinet that the SEND Partnership Board's quarterly report be "
                                "published alongside Cabinet papers.")]:
        d.res(label, text, "resolution")
    d.p("<i>Voting: Unanimous</i>")
    d.p("<b>29. Home to School Transport Policy 2026/27 &ndash; pre-decision scrutiny</b>", MINUTE)
    d.p("The Head of Travel Planning, Mr Owain Braddock, presented the draft policy, which would go to Cabinet on 8 "
        "October 2025. Consultation had run from 9 June to 20 July 2025 and had received 614 responses. The "
        "principal changes were the introduction of personal travel budgets as the default offer for post-16 "
        "students with SEND and a revised appeals stage.")
    d.person("Mr Owain Braddock", "Head of Travel Planning", "officer")
    d.date("8 October 2025", "2025-10-08")
    d.date("9 June to 20 July 2025", "2025-06-09", "2025-07-20")
    d.p("Members welcomed the engagement with families but asked that the equality impact assessment be "
        "strengthened for young people who could not travel independently.")
    d.res(None, "RESOLVED that the Committee's comments be reported to Cabinet, and that Cabinet be asked to ensure "
                "that no post-16 learner with an EHC plan loses transport assistance before an individual review.",
          "resolution", style=BODY)
    d.p("<i>Voting: Unanimous</i>")
    d.p("<b>30. Forward Plan</b>", MINUTE)
    d.p("The Overview and Scrutiny Specialist presented the Forward Plan. Members agreed to add an item on "
        "alternative provision in January 2026 and to hold a joint session with the Health and Adult Social Care "
        "Overview and Scrutiny Committee on neurodevelopmental pathways.")
    d.date("January 2026", "2026-01")
    d.res(None, "RESOLVED that the Forward Plan be approved as amended.", "resolution", style=BODY)
    d.p("<i>Voting: Unanimous</i>")
    d.p("The meeting ended at 8.41 pm")
    d.p("<b>CHAIR</b>")
    d.add(PageBreak())
    d.p("<b>Appendix A to minute 28 &ndash; extract of performance summary tabled at the meeting</b>")
    kpi_table(d, 3, ["New EHC plans issued within 20 weeks", "Plans audited good or better",
                     "Health advice returned within six weeks", "Annual reviews completed on time",
                     "Care advice returned within six weeks", "Parents satisfied with communication",
                     "Children with SEND suspended at least once", "Young people with SEND in education, "
                     "employment or training at 17"])
    d.space(8)
    need_table(d, 5)
    d.space(8)
    area_table(d, ["Boscombe", "Broadstone", "Canford Heath", "Christchurch Town", "Highcliffe", "Kinson",
                   "Littledown", "Muscliff", "Oakdale", "Parkstone", "Poole Town", "Southbourne", "Westbourne",
                   "Winton"], 9, "Locality")
    d.space(8)
    school_table(d, 2, 22)
    return d


# ------------------------------------------------------------------------------------------------------------------
HULL_WEAK = [
    ("The lack of a clear, shared strategic vision across education, health and care for children and young people "
     "with SEND, and weak accountability for improving their outcomes", ["leadership-governance"]),
    ("The poor quality of EHC plans and the lack of timely contributions to them from health and social care "
     "professionals", ["ehc-plans"]),
    ("Weak joint commissioning arrangements that have not addressed gaps in provision, including speech and "
     "language therapy and occupational therapy", ["joint-commissioning", "health-services"]),
    ("The high rates of exclusion, and the use of part-time timetables, for pupils with SEND", ["inclusion-provision"]),
    ("The lack of effective co-production with parents and carers, and the low confidence that families have in "
     "the local area's ability to meet their children's needs", ["co-production"]),
]


def hull_revisit() -> Doc:
    rel = ("hull/round65-2022-06-16-education-and-skills-overview-and-scrutiny-commission/"
           "SEND Revisit Outcome - Report and Appendix A.pdf")
    d = Doc(rel, {"council": "Hull City Council", "council_slug": "hull",
                  "committee": "Education and Skills Overview and Scrutiny Commission", "meeting_date": "2022-06-16",
                  "title": "SEND Revisit Outcome - Report and Appendix A", "source_kind": "cmis-document",
                  "url": "https://cmis.hullcc.gov.uk/cmis/Portals/0/Documents/SEND%20Revisit%20Outcome%20-%20Report"
                         "%20and%20Appendix%20A.pdf"},
            {"council": "Hull City Council", "committee": "Education and Skills Overview and Scrutiny Commission",
             "date": "2022-06-16"},
            "Hull City Council", "Part I", "Education and Skills Overview and Scrutiny Commission",
            page_label="Page {n} of {total}")
    d.p("Report to the Education and Skills Overview and Scrutiny Commission")
    d.p("<b>16 June 2022</b>")
    d.date("16 June 2022", "2022-06-16")
    d.p("Report by the Director of Children, Young People and Family Services")
    d.title("Local Area SEND Revisit &ndash; Outcome and Next Steps")
    d.h("1. Purpose of the Report and Summary")
    d.num("1.1", "To inform the Commission of the outcome of the revisit by Ofsted and the Care Quality Commission "
                 "(CQC) to the Hull local area in March 2022, and of the requirement that now follows for an "
                 "Accelerated Progress Plan.")
    d.date("March 2022", "2022-03")
    d.num("1.2", "The revisit found that the area had made sufficient progress in three of the five significant "
                 "weaknesses identified at the inspection in January 2020, but not in the remaining two. The "
                 "outcome letter is attached at Appendix A.")
    d.date("January 2020", "2020-01")
    d.h("2. Recommendations")
    for label, text in [("2.1", "That the Commission notes the outcome of the SEND revisit as set out in the letter "
                                "at Appendix A."),
                        ("2.2", "That the Commission comments on the proposed priorities of the Accelerated Progress "
                                "Plan set out in section 4 of this report."),
                        ("2.3", "That the Commission receives a progress report on the Accelerated Progress Plan at "
                                "six-monthly intervals, the first in December 2022.")]:
        d.res(label, text, "recommendation", style=NUM_PARA)
    d.date("December 2022", "2022-12")
    d.h("3. Background")
    d.num("3.1", "Ofsted and the CQC carried out a joint inspection of the Hull local area from 27 to 31 January "
                 "2020. The inspection letter, published on 24 March 2020, identified five significant weaknesses "
                 "and required the Council and NHS Hull Clinical Commissioning Group to produce a Written Statement "
                 "of Action (WSoA). Owing to the suspension of inspection activity during the pandemic, the WSoA "
                 "was not declared fit for purpose until September 2020.")
    d.date("27 to 31 January 2020", "2020-01-27", "2020-01-31")
    d.date("24 March 2020", "2020-03-24")
    d.date("September 2020", "2020-09")
    d.event("inspection", "2020-01-27", "2020-01-31",
            "Ofsted and the CQC carried out a joint inspection of the Hull local area from 27 to 31 January 2020")
    d.event("outcome-letter", "2020-03-24", None, "The inspection letter, published on 24 March 2020")
    d.event("wsoa-approved", "2020-09", None, "the WSoA was not declared fit for purpose until September 2020")
    d.num("3.2", "Progress against the WSoA has been monitored by advisers from the Department for Education (DfE) "
                 "and NHS England at meetings held on 2 February 2021, 13 July 2021 and 18 January 2022, and "
                 "reported to this Commission on 21 October 2021.")
    d.date("2 February 2021", "2021-02-02")
    d.date("13 July 2021", "2021-07-13")
    d.date("18 January 2022", "2022-01-18")
    d.date("21 October 2021", "2021-10-21")
    d.event("monitoring", "2021-02-02", None, "monitored by advisers from the Department for Education (DfE) and NHS "
                                               "England at meetings held on 2 February 2021")
    d.event("monitoring", "2021-07-13", None, "13 July 2021")
    d.event("monitoring", "2022-01-18", None, "18 January 2022")
    d.num("3.3", "The revisit took place between 14 and 16 March 2022. The outcome letter was published on the "
                 "Ofsted website on 9 May 2022.")
    d.date("between 14 and 16 March 2022", "2022-03-14", "2022-03-16")
    d.date("9 May 2022", "2022-05-09")
    d.event("revisit", "2022-03-14", "2022-03-16", "The revisit took place between 14 and 16 March 2022")
    d.event("revisit-outcome", "2022-05-09", None,
            "The outcome letter was published on the Ofsted website on 9 May 2022")
    d.h("4. Issues for Consideration")
    d.num("4.1", "Inspectors recognised the strengthened leadership of the SEND partnership, the new joint "
                 "commissioning arrangements for therapies, and the marked fall in exclusions. However, the quality "
                 "of EHC plans and the confidence of parents and carers have not improved quickly enough.")
    d.num("4.2", "Where an area has not made sufficient progress, the DfE and NHS England require an Accelerated "
                 "Progress Plan (APP), which must be submitted by 29 July 2022. The first APP review meeting with "
                 "DfE and NHS England advisers is expected in October 2022.")
    d.date("29 July 2022", "2022-07-29")
    d.date("October 2022", "2022-10")
    d.event("progress-plan", "2022-07-29", None,
            "an Accelerated Progress Plan (APP), which must be submitted by 29 July 2022")
    d.event("monitoring", "2022-10", None,
            "The first APP review meeting with DfE and NHS England advisers is expected in October 2022")
    d.num("4.3", "The proposed priorities of the APP are:")
    for t in ["a single quality standard for EHC plans, with monthly multi-agency audit and feedback to writers;",
              "a health and care advice tracker, reported to the SEND Board each month;",
              "a co-produced communications plan with Hull Parent Carer Forum, including termly open sessions; and",
              "a parent and carer survey repeated every six months to measure confidence."]:
        d.p(f"&bull; {t}", BULLET)
    d.h("5. Options and Risk Assessment")
    d.num("5.1", "There is no option not to produce an APP. The principal risk is that insufficient progress at the "
                 "next review leads the DfE to consider further intervention, including a statutory direction.")
    d.h("6. Consultation")
    d.num("6.1", "The priorities were discussed with Hull Parent Carer Forum on 26 May 2022 and with the SEND "
                 "Partnership Board on 7 June 2022.")
    d.date("26 May 2022", "2022-05-26")
    d.date("7 June 2022", "2022-06-07")
    d.h("7. Comments of the Section 151 Officer")
    d.num("7.1", "The actions will be met within the High Needs Block and existing revenue budgets. (DB)")
    d.h("8. Comments of Town Clerk (Monitoring Officer)")
    d.num("8.1", "The Council has duties under Part 3 of the Children and Families Act 2014. (KG)")
    d.h("9. Comments of Overview and Scrutiny")
    d.num("9.1", "This report is being considered by the Commission for information and comment.")
    d.p("Pauline Harcastle<br/>Director of Children, Young People and Family Services")
    d.person("Pauline Harcastle", "Director of Children, Young People and Family Services", "officer")
    d.p("<b>Contact Officer:</b> Mark Ellinthorpe, Assistant Director, Learning and Skills<br/>"
        "Telephone No.: 01482 613370<br/>E-mail: mark.ellinthorpe@hullcc.gov.uk")
    d.person("Mark Ellinthorpe", "Assistant Director, Learning and Skills", "officer",
             "mark.ellinthorpe@hullcc.gov.uk", "01482 613370")
    d.p("<b>Officer Interests:</b> None")
    d.p("<b>Background Documents:</b> Joint local area SEND inspection in Hull, outcome letter, 24 March 2020; Hull "
        "Written Statement of Action, 2020.")
    d.add(PageBreak())
    d.p("<b>Appendix A</b>", S.right)
    d.p("Ofsted<br/>Piccadilly Gate<br/>Store Street<br/>Manchester<br/>M1 2WD", LETTER)
    d.p("9 May 2022", LETTER)
    d.p("Pauline Harcastle<br/>Director of Children, Young People and Family Services, Hull City Council<br/><br/>"
        "Emma Latchford<br/>Accountable Officer, NHS Hull Clinical Commissioning Group<br/><br/>"
        "Jonathan Pryce<br/>Local Area Nominated Officer, Hull City Council", LETTER)
    d.person("Emma Latchford", "Accountable Officer, NHS Hull Clinical Commissioning Group", "officer")
    d.person("Jonathan Pryce", "Local Area Nominated Officer, Hull City Council", "officer")
    d.p("Dear Ms Harcastle and Ms Latchford", LETTER)
    d.p("<b>Joint area SEND revisit in Hull</b>", LETTER)
    d.p("Between 14 March 2022 and 16 March 2022, Ofsted and the Care Quality Commission (CQC) revisited the area "
        "of Hull to decide whether sufficient progress has been made in addressing each of the areas of significant "
        "weakness detailed in the inspection report letter published on 24 March 2020.", LETTER)
    d.p("As a result of the findings of the initial inspection and in accordance with the Children Act 2004 (Joint "
        "Area Reviews) Regulations 2015, Her Majesty's Chief Inspector (HMCI) determined that a Written Statement "
        "of Action (WSOA) was required because of significant areas of weakness in the area's practice. HMCI "
        "determined that the local authority and the area's clinical commissioning group (CCG) were jointly "
        "responsible for submitting the written statement to Ofsted.", LETTER)
    d.p("The area has made sufficient progress in addressing three of the five significant weaknesses identified "
        "at the initial inspection. The area has not made sufficient progress in addressing two significant "
        "weaknesses. This letter outlines our findings from the revisit.", LETTER)
    d.p("The inspection was led by one of Her Majesty's Inspectors from Ofsted, with a team of inspectors "
        "including an Ofsted Inspector and a Children's Services Inspector from the CQC. Inspectors spoke with "
        "children and young people with SEND, parents and carers, and local authority and National Health Service "
        "(NHS) officers. They looked at a range of information about the performance of the area, including the "
        "area's self-evaluation, and met leaders from the area for health, social care and education. 1,126 "
        "parents and carers responded to the online survey.", LETTER)
    d.p("<b>Main findings</b>", LETTER_BOLD)
    verdicts = [True, False, True, True, False]
    findings = [
        "Leaders now share a clear ambition, set out in the SEND and Inclusion Strategy. The SEND Partnership Board "
        "holds partners to account through a well-understood performance framework. Leaders know the area's "
        "strengths and weaknesses well.",
        "Too many plans remain generic. Outcomes are not specific enough, and health and social care sections are "
        "often incomplete or copied from earlier reports. Only a minority of health advice is received within six "
        "weeks. Leaders have introduced an audit process, but it is too soon to see its impact.",
        "The jointly commissioned therapy service has reduced waiting times for speech and language therapy from 46 "
        "weeks to 14 weeks. Commissioners use data well to identify gaps, for example in sensory support.",
        "Permanent exclusions of pupils with SEND have fallen sharply, and the inclusion panel reviews every use of "
        "a part-time timetable. Headteachers value the outreach offered by special schools.",
        "Many parents and carers still do not feel listened to. Communication from the SEND team is inconsistent, "
        "and parents told inspectors that they often do not know who to contact. The parent carer forum has been "
        "involved in strategic work, but this has not yet improved the experience of most families.",
    ]
    for (text, themes), ok, finding in zip(HULL_WEAK, verdicts, findings):
        d.weak(text, themes, marker="", style=LETTER_BOLD)
        d.p("The area has made sufficient progress in addressing this significant weakness." if ok else
            "The area has not made sufficient progress in addressing this significant weakness.", LETTER)
        d.p(finding, LETTER)
    d.p("The area has made sufficient progress in addressing three of the five significant weaknesses identified "
        "at the initial inspection. As not all the significant weaknesses have improved, it is for the DfE and NHS "
        "England to determine the next steps. Ofsted and the CQC will not carry out any further revisit unless "
        "directed to do so by the Secretary of State.", LETTER)
    d.p("Yours sincerely", LETTER)
    two_columns(d, ["<b>Ofsted</b>", "Karen Westmoreland", "Regional Director", "", "Rhiannon Oakes HMI",
                    "Lead Inspector"],
                ["<b>Care Quality Commission</b>", "Victor Adebayo-Klein", "Deputy Chief Inspector, Primary Medical "
                 "Services and Integrated Care", "", "Sunita Carvell", "CQC Inspector"])
    d.person("Karen Westmoreland", "Regional Director", "other")
    d.person("Rhiannon Oakes", "Lead Inspector", "other")
    d.person("Victor Adebayo-Klein", "Deputy Chief Inspector, Primary Medical Services and Integrated Care", "other")
    d.person("Sunita Carvell", "CQC Inspector", "other")
    d.p("cc: Department for Education; Clinical Commissioning Group(s); Director Public Health for the area; "
        "Department of Health; NHS England", SMALL)
    d.add(PageBreak())
    d.p("<b>Appendix B &ndash; SEND data profile</b>")
    need_table(d, 11)
    d.space(8)
    area_table(d, ["Avenue", "Beverley and Newland", "Bransholme East", "Bricknell", "Central", "Derringham",
                   "Drypool", "Holderness", "Ings", "Kingswood", "Marfleet", "Newington and Gipsyville",
                   "North Carr", "Orchard Park", "Pickering", "St Andrew's and Docklands", "Southcoates",
                   "Sutton", "University", "West Carr"], 4, "Ward")
    d.space(8)
    school_table(d, 7, 20)
    return d


# ------------------------------------------------------------------------------------------------------------------
HF_AFI = [
    ("Leaders should ensure that the quality of EHC plans is consistently strong, so that plans are updated "
     "promptly after annual reviews and reflect children's and young people's changing needs.", ["ehc-plans"]),
    ("Leaders in the integrated care board should reduce waiting times for neurodevelopmental assessment and for "
     "community paediatrics, and make sure that families receive support while they wait.", ["health-services"]),
    ("Leaders should strengthen their oversight of children and young people who attend alternative provision or "
     "are on part-time timetables, so that their needs are met and they return to full-time education as quickly "
     "as possible.", ["inclusion-provision", "data-oversight"]),
    ("Leaders should improve the preparation for adulthood of young people with SEND, including the range of "
     "supported internships and the planning for transition to adult health services.",
     ["preparing-for-adulthood"]),
]


def hf_cabinet() -> Doc:
    rel = ("hammersmith-and-fulham/round65-2025-03-10-cabinet/"
           "Local Area SEND Inspection Outcome and SEND Strategy 2025-2028.pdf")
    d = Doc(rel, {"council": "London Borough of Hammersmith & Fulham", "council_slug": "hammersmith-and-fulham",
                  "committee": "Cabinet", "meeting_date": "2025-03-10",
                  "title": "Local Area SEND Inspection Outcome and SEND Strategy 2025-2028",
                  "source_kind": "moderngov-document",
                  "url": "https://democracy.lbhf.gov.uk/documents/s131208/Local%20Area%20SEND%20Inspection%20Outcome"
                         "%20and%20SEND%20Strategy.pdf"},
            {"council": "London Borough of Hammersmith & Fulham", "committee": "Cabinet", "date": "2025-03-10"},
            "", "", "")
    d.p("<b>LONDON BOROUGH OF HAMMERSMITH &amp; FULHAM</b>", CENTRE)
    d.ruled([["Report to:", "Cabinet"], ["Date:", "10/03/2025"],
             ["Subject:", "Local Area SEND Inspection Outcome and SEND Strategy 2025-2028"],
             ["Report of:", "Councillor Abigail Roscoe, Cabinet Member for Children and Education"],
             ["Report author:", "Dominic Hartigan, Director of Education and SEND"],
             ["Responsible Director:", "Sarah Lindqvist, Executive Director of Children's Services"]],
            [4 * cm, 12.1 * cm], header_rows=0)
    d.date("10/03/2025", "2025-03-10")
    d.person("Councillor Abigail Roscoe", "Cabinet Member for Children and Education", "member")
    d.person("Dominic Hartigan", "Director of Education and SEND", "officer")
    d.person("Sarah Lindqvist", "Executive Director of Children's Services", "officer")
    d.h("SUMMARY")
    d.p("Between 18 and 22 November 2024 Ofsted and the Care Quality Commission inspected the Hammersmith &amp; "
        "Fulham local area partnership's arrangements for children and young people with special educational needs "
        "and disabilities (SEND). The report, published on 17 January 2025, found that the partnership's "
        "arrangements lead to inconsistent experiences and outcomes for children and young people with SEND, and "
        "that the partnership must work jointly to make improvements. This is the middle of the three possible "
        "outcomes.")
    d.date("Between 18 and 22 November 2024", "2024-11-18", "2024-11-22")
    d.date("17 January 2025", "2025-01-17")
    d.event("inspection", "2024-11-18", "2024-11-22",
            "Between 18 and 22 November 2024 Ofsted and the Care Quality Commission inspected the Hammersmith & "
            "Fulham local area partnership's arrangements")
    d.event("outcome-letter", "2025-01-17", None, "The report, published on 17 January 2025")
    d.p("This report sets out the findings, the partnership's response and a refreshed SEND Strategy for 2025-2028, "
        "co-produced with Parentsactive and young people, for approval.")
    d.h("RECOMMENDATIONS")
    for label, text in [("1.", "To note the outcome of the local area SEND inspection as set out in the report at "
                               "Appendix 1."),
                        ("2.", "To approve the SEND Strategy 2025-2028 at Appendix 2."),
                        ("3.", "To note the improvement plan at Appendix 3, agreed by the SEND Partnership Board "
                               "on 26 February 2025, and that progress will be reported to the Children and "
                               "Education Policy and Accountability Committee twice a year."),
                        ("4.", "To delegate authority to the Executive Director of Children's Services, in "
                               "consultation with the Cabinet Member for Children and Education, to make minor "
                               "amendments to the strategy before publication.")]:
        d.res(label, text, "recommendation", style=NUM_PARA)
    d.date("26 February 2025", "2025-02-26")
    d.event("progress-plan", "2025-02-26", None,
            "the improvement plan at Appendix 3, agreed by the SEND Partnership Board on 26 February 2025")
    d.ruled([["Wards Affected: All"]], [16.1 * cm], header_rows=0)
    d.ruled([["Our Values", "Summary of how this report aligns to the H&amp;F Values"],
             ["Building shared prosperity", "Young people with SEND are supported into work through supported "
              "internships and the Council's own apprenticeships."],
             ["Creating a compassionate council", "The strategy puts the experience of families at its centre."],
             ["Doing things with residents, not to them", "The strategy and plan were co-produced with "
              "Parentsactive, the borough's parent carer forum, and with young people."],
             ["Being ruthlessly financially efficient", "Earlier support in mainstream settings reduces the need "
              "for high-cost placements."],
             ["Taking pride in H&amp;F", "Children with SEND are educated and supported in their own community."]],
            [5.4 * cm, 10.7 * cm])
    d.h("Financial Impact")
    d.p("There are no direct financial implications from noting the inspection outcome. The strategy will be "
        "delivered within the Dedicated Schools Grant High Needs Block and the Children's Services revenue budget.")
    d.p("Dipti Ramaswamy, Head of Finance (Children's Services), 21/02/2025")
    d.p("Verified by Owen Fairbairn, Assistant Director of Finance, 24/02/2025")
    d.date("21/02/2025", "2025-02-21")
    d.date("24/02/2025", "2025-02-24")
    d.person("Dipti Ramaswamy", "Head of Finance (Children's Services)", "officer")
    d.person("Owen Fairbairn", "Assistant Director of Finance", "officer")
    d.h("Legal Implications")
    d.p("The Children and Families Act 2014 requires the local authority and its health partners to keep their "
        "provision under review and to plan it jointly. Publication of a SEND strategy is consistent with the SEND "
        "Code of Practice. Grant Iveson, Chief Solicitor (Social Care and Education), 24/02/2025")
    d.person("Grant Iveson", "Chief Solicitor (Social Care and Education)", "officer")
    d.h("Background Papers Used in Preparing This Report")
    d.p("None.")
    d.h("DETAILED ANALYSIS")
    d.h("Proposals and Analysis of Options")
    d.num("1.", "The inspection was the first under the framework introduced in January 2023. The previous "
                "inspection, in 2017, found no significant weaknesses.")
    d.date("January 2023", "2023-01")
    d.num("2.", "Inspectors found many strengths. Children's needs are identified early by health visitors and "
                "early years settings; the specialist outreach service is highly valued by schools; and young "
                "people told inspectors that they were listened to in their reviews.")
    d.num("3.", "The report identified four areas for improvement:")
    for i, (text, themes) in enumerate(HF_AFI):
        d.weak(text, themes, marker=f"({chr(97 + i)})", style=HANG)
    d.num("4.", "The improvement plan at Appendix 3 sets out how the partnership will respond to each area. Ofsted "
                "does not require the partnership to submit the plan, but it will be shared with the Department "
                "for Education, whose SEND adviser will meet the partnership on 8 May 2025.")
    d.date("8 May 2025", "2025-05-08")
    d.event("monitoring", "2025-05-08", None,
            "the Department for Education, whose SEND adviser will meet the partnership on 8 May 2025")
    d.num("5.", "The SEND Strategy 2025-2028 has four priorities: early help and inclusion in mainstream; timely and "
                "good-quality assessment and planning; health services that families can reach; and a good life "
                "in adulthood. It was consulted on between 6 January and 7 February 2025 and received 288 "
                "responses.")
    d.date("between 6 January and 7 February 2025", "2025-01-06", "2025-02-07")
    d.num("6.", "Option 1 (recommended) is to approve the strategy and note the plan. Option 2, to defer approval "
                "until the next full inspection, would leave the partnership without an agreed strategy.")
    d.h("Reasons for Decision")
    d.p("The strategy sets the partnership's direction for three years and responds to the inspection report.")
    d.h("Equality Implications")
    d.p("An equality impact assessment has been completed and is available on request. Completed by Kofi Mensah-Lowe, "
        "Strategic Lead for Inclusion.")
    d.person("Kofi Mensah-Lowe", "Strategic Lead for Inclusion", "officer")
    d.h("Contact Officer(s):")
    d.p("Name: Dominic Hartigan<br/>Position: Director of Education and SEND<br/>Telephone: 020 8753 4417<br/>"
        "Email: dominic.hartigan@lbhf.gov.uk")
    d.people[1]["phone"] = "020 8753 4417"
    d.people[1]["email"] = "dominic.hartigan@lbhf.gov.uk"
    d.h("LIST OF APPENDICES")
    d.p("Appendix 1 &ndash; Summary of the inspection report<br/>Appendix 2 &ndash; SEND Strategy 2025-2028 "
        "(summary)<br/>Appendix 3 &ndash; Improvement plan")
    d.add(PageBreak())
    d.p("<b>Appendix 1 &ndash; Summary of the inspection report</b>")
    d.ruled([["Local authority", "London Borough of Hammersmith &amp; Fulham"],
             ["Integrated care board", "NHS North West London Integrated Care Board"],
             ["Inspection dates", "18 to 22 November 2024"],
             ["Dates of previous inspection", "5 to 9 June 2017"],
             ["Outcome", "Inconsistent experiences and outcomes"]], [5 * cm, 11.1 * cm], header_rows=0)
    d.date("5 to 9 June 2017", "2017-06-05", "2017-06-09")
    d.event("inspection", "2017-06-05", "2017-06-09", "Dates of previous inspection 5 to 9 June 2017")
    d.p("The inspection team was led by Harriet Dunmore HMI, with Ofsted Inspector Marcus Tillotson and Children's "
        "Services Inspector Yasmin Okafor from the CQC.")
    d.person("Harriet Dunmore", "HMI", "other")
    d.person("Marcus Tillotson", "Ofsted Inspector", "other")
    d.person("Yasmin Okafor", "Children's Services Inspector", "other")
    kpi_table(d, 6, ["EHC plans issued within 20 weeks", "Annual reviews completed within timescale",
                     "Children waiting over 18 weeks for ASD assessment", "Pupils with EHC plan in mainstream",
                     "Young people with SEND in supported internships", "Suspensions of pupils on SEN support"])
    d.add(PageBreak())
    d.p("<b>Appendix 3 &ndash; Improvement plan (extract)</b>")
    rows = [["Ref", "Action", "Lead", "Start", "Complete", "Status"]]
    acts = [["1.1", "Introduce a plan quality framework, audited monthly by education, health and care.",
             "Head of SEND", "Mar 2025", "Jul 2025", "On track"],
            ["1.2", "Re-issue amended plans within four weeks of every annual review.", "SEND Casework Manager",
             "Apr 2025", "Dec 2025", "Not started"],
            ["2.1", "Commission additional autism assessment capacity for under-fives.", "ICB Borough Director",
             "Feb 2025", "Sep 2025", "On track"],
            ["2.2", "Launch the 'waiting well' offer with Parentsactive.", "Designated Clinical Officer",
             "Mar 2025", "Jun 2025", "On track"],
            ["3.1", "Weekly register of pupils on part-time timetables reviewed by the inclusion panel.",
             "Head of Inclusion", "Jan 2025", "Mar 2025", "Complete"],
            ["4.1", "Double the number of supported internships with local employers.", "Head of Employment "
             "and Skills", "Sep 2025", "Jul 2026", "Not started"],
            ["4.2", "Joint transition protocol with adult health services.", "ICB Transition Lead", "Apr 2025",
             "Jan 2026", "Not started"]]
    d.ruled(rows + acts, [1.1 * cm, 6.4 * cm, 3.2 * cm, 1.8 * cm, 1.9 * cm, 1.7 * cm])
    for t, s in [("Mar 2025", "2025-03"), ("Jul 2025", "2025-07"), ("Apr 2025", "2025-04"), ("Dec 2025", "2025-12"),
                 ("Feb 2025", "2025-02"), ("Sep 2025", "2025-09"), ("Jun 2025", "2025-06"), ("Jan 2025", "2025-01"),
                 ("Jul 2026", "2026-07"), ("Jan 2026", "2026-01")]:
        d.date(t, s)
    d.space(8)
    need_table(d, 8)
    d.space(8)
    area_table(d, ["Addison", "Avonmore", "Brook Green", "College Park and Old Oak", "Coningham", "Fulham Reach",
                   "Fulham Town", "Grove", "Hammersmith Broadway", "Lillie", "Munster", "Palace and Hurlingham",
                   "Parsons Green and Sandford", "Ravenscourt", "Sands End", "Shepherd's Bush Green",
                   "Walham Green", "West Kensington", "White City", "Wormholt"], 3, "Ward")
    d.space(8)
    school_table(d, 12, 18)
    return d


# ------------------------------------------------------------------------------------------------------------------
HILL_WEAK = [
    ("The lack of accurate joint self-evaluation, and the absence of a coherent plan, shared across education, "
     "health and care, to improve the area's arrangements for children and young people with SEND",
     ["leadership-governance"]),
    ("The inconsistent quality of EHC plans and the timeliness of new assessments and of annual reviews",
     ["ehc-plans"]),
    ("Weaknesses in identifying and meeting the needs of children and young people receiving SEN support, "
     "particularly in secondary schools", ["identification"]),
    ("A local offer that is not well known by parents and carers and does not give them the information they need",
     ["local-offer"]),
    ("The lack of an agreed pathway for the assessment of autism spectrum disorder, and the long waits that "
     "families experience", ["health-services"]),
]


def hillingdon_tracker() -> Doc:
    rel = ("hillingdon/round65-2021-03-17-children-families-and-education-select-committee/"
           "WSOA Progress Report and Appendix A.pdf")
    d = Doc(rel, {"council": "London Borough of Hillingdon", "council_slug": "hillingdon",
                  "committee": "Children, Families and Education Select Committee", "meeting_date": "2021-03-17",
                  "title": "WSOA Progress Report and Appendix A", "source_kind": "moderngov-document",
                  "url": "https://modgov.hillingdon.gov.uk/documents/s47760/WSOA%20Progress%20Report%20and%20"
                         "Appendix%20A.pdf"},
            {"council": "London Borough of Hillingdon", "committee": "Children, Families and Education Select "
             "Committee", "date": "2021-03-17"},
            "", "", "Children, Families and Education Select Committee - 17 March 2021",
            page_label="Part I - Members, Public and Press")
    d.title("SEND WRITTEN STATEMENT OF ACTION &ndash; PROGRESS UPDATE")
    d.date("17 March 2021", "2021-03-17")
    d.ruled([["Committee name", "Children, Families and Education Select Committee"],
             ["Officer reporting", "Vanessa Okonjo, Head of SEND and Inclusion"],
             ["Papers with report", "Appendix A &ndash; WSOA progress tracker"],
             ["Ward", "All"]], [4.6 * cm, 11.5 * cm], header_rows=0)
    d.person("Vanessa Okonjo", "Head of SEND and Inclusion", "officer")
    d.h("HEADLINES")
    d.p("This report updates the Committee on the local area's progress against its Written Statement of Action "
        "(WSOA), which responds to the joint Ofsted and CQC inspection of SEND arrangements in Hillingdon carried "
        "out from 18 to 22 November 2019. Overall, 31 of the 44 actions are complete or on track; 9 are amber and "
        "4 are red. The next monitoring meeting with the Department for Education and NHS England is expected in "
        "July 2021.")
    d.date("18 to 22 November 2019", "2019-11-18", "2019-11-22")
    d.date("July 2021", "2021-07")
    d.event("inspection", "2019-11-18", "2019-11-22",
            "the joint Ofsted and CQC inspection of SEND arrangements in Hillingdon carried out from 18 to 22 "
            "November 2019")
    d.event("monitoring", "2021-07", None, "The next monitoring meeting with the Department for Education and NHS "
                                           "England is expected in July 2021")
    d.h("RECOMMENDATIONS:")
    d.p("That the Committee:")
    for label, text in [("1.", "Notes the progress made against the Written Statement of Action since the last "
                               "update."),
                        ("2.", "Questions officers on the actions rated red or amber in Appendix A, in particular "
                               "those relating to the autism assessment pathway."),
                        ("3.", "Agrees to receive a further update, including the outcome of the July monitoring "
                               "meeting, at its meeting in September 2021.")]:
        d.res(label, text, "recommendation", style=NUM_PARA)
    d.date("September 2021", "2021-09")
    d.h("SUPPORTING INFORMATION")
    d.p("<b>Background</b>")
    d.p("1. The inspection outcome letter was published on 22 January 2020. It identified five areas of "
        "significant weakness, reproduced as the section headings of the tracker at Appendix A, and required the "
        "Council and Hillingdon Clinical Commissioning Group to submit a WSOA.")
    d.date("22 January 2020", "2020-01-22")
    d.event("outcome-letter", "2020-01-22", None, "The inspection outcome letter was published on 22 January 2020")
    d.p("2. Submission was delayed by the first national lockdown. The WSOA was submitted on 24 April 2020 and "
        "Ofsted confirmed on 13 May 2020 that it was fit for purpose.")
    d.date("24 April 2020", "2020-04-24")
    d.date("13 May 2020", "2020-05-13")
    d.event("wsoa-submitted", "2020-04-24", None, "The WSOA was submitted on 24 April 2020")
    d.event("wsoa-approved", "2020-05-13", None, "Ofsted confirmed on 13 May 2020 that it was fit for purpose")
    d.p("3. DfE and NHS England advisers have held two formal monitoring meetings with the partnership, on 20 "
        "October 2020 and on 23 February 2021. At the most recent meeting advisers judged progress to be "
        "good in three areas and said that the autism pathway and the local offer needed faster progress.")
    d.date("20 October 2020", "2020-10-20")
    d.date("23 February 2021", "2021-02-23")
    d.event("monitoring", "2020-10-20", None, "two formal monitoring meetings with the partnership, on 20 October 2020")
    d.event("monitoring", "2021-02-23", None, "on 23 February 2021")
    d.p("<b>Progress since the last report</b>")
    for t in ["Timeliness: 64% of new EHC plans were issued within 20 weeks in the twelve months to January 2021, "
              "compared with 29% in the year of the inspection.",
              "Quality: the multi-agency audit panel has audited 180 plans since June 2020; 55% were judged good "
              "or better.",
              "SEN support: the SENCo network has adopted the Hillingdon Ordinarily Available Provision guidance "
              "in 19 of 22 secondary schools.",
              "Local offer: the relaunched website went live on 1 March 2021 after testing with parents from "
              "Hillingdon Parent Carer Forum.",
              "Autism: the new pathway was agreed by the CCG on 9 December 2020 but waiting times remain at an "
              "average of 61 weeks."]:
        d.p(f"&bull; {t}", BULLET)
    d.date("January 2021", "2021-01")
    d.date("June 2020", "2020-06")
    d.date("1 March 2021", "2021-03-01")
    d.date("9 December 2020", "2020-12-09")
    d.p("<b>Implications on related Council policies</b>")
    d.p("A role of the Select Committees is to make recommendations on service changes and improvements to the "
        "Cabinet, who are responsible for the Council's policy and direction.")
    d.p("<b>How this report benefits Hillingdon residents</b>")
    d.p("The report enables Members to scrutinise improvements to services for children and young people with SEND "
        "and their families.")
    d.p("<b>Financial Implications</b>")
    d.p("There are no financial implications arising from the recommendations in this report.")
    d.p("<b>Legal Implications</b>")
    d.p("There are no legal implications arising from the recommendations in this report.")
    d.p("<b>BACKGROUND PAPERS</b>")
    d.p("NIL.")
    d.add(PageBreak())
    d.p("<b>Appendix A &ndash; Written Statement of Action: progress tracker (position at 26 February 2021)</b>")
    d.date("26 February 2021", "2021-02-26")
    rows = [["Ref", "Action", "Lead", "Due", "RAG", "Progress update"]]
    spans = []
    acts = {
        0: [["1.1", "Joint self-evaluation refreshed annually and signed off by the SEND Board.", "Director of "
             "Education", "Jun 2020", "G", "Complete. Refreshed in December 2020."],
            ["1.2", "Single SEND Improvement Plan with shared measures.", "Head of SEND", "Jul 2020", "G",
             "Complete."]],
        1: [["2.1", "Multi-agency audit panel meeting monthly.", "Head of SEND", "Jun 2020", "G", "Complete."],
            ["2.2", "Health advice returned within six weeks.", "Designated Clinical Officer", "Sep 2020", "A",
             "72% in January; target 90%."],
            ["2.3", "Annual review backlog cleared.", "SEND Casework Manager", "Dec 2020", "R",
             "143 reviews overdue; recovery plan in place."]],
        2: [["3.1", "Ordinarily Available Provision guidance adopted by all schools.", "Inclusion Lead",
             "Jan 2021", "A", "19 of 22 secondary schools."],
            ["3.2", "SENCo network termly, with training offer.", "Inclusion Lead", "Sep 2020", "G", "On track."]],
        3: [["4.1", "Relaunch the local offer website with parents.", "Local Offer Officer", "Dec 2020", "A",
             "Went live in March, three months late."],
            ["4.2", "Quarterly 'You said, we did' newsletter.", "Communications Lead", "Oct 2020", "G",
             "Two issues published."]],
        4: [["5.1", "Agree a single ASD assessment pathway for 0-18.", "CCG Head of Children's Commissioning",
             "Oct 2020", "G", "Agreed by the CCG."],
            ["5.2", "Reduce average wait for ASD assessment to 30 weeks.", "CCG Head of Children's Commissioning",
             "Mar 2021", "R", "Average wait 61 weeks; additional capacity sought."]],
    }
    for i, (text, themes) in enumerate(HILL_WEAK):
        spans.append(len(rows))
        rows.append([f"<b>Area of significant weakness {i + 1}:</b> {text}", "", "", "", "", ""])
        d.record_weak(text, themes)
        rows.extend(acts[i])
    d.ruled(rows, [1 * cm, 4.8 * cm, 3 * cm, 2 * cm, 1.1 * cm, 4.2 * cm], spans=spans)
    for t, s in [("December 2020", "2020-12"), ("Jul 2020", "2020-07"),
                 ("Sep 2020", "2020-09"), ("Oct 2020", "2020-10"), ("Mar 2021", "2021-03")]:
        d.date(t, s)
    d.space(8)
    d.p("<b>Key performance indicators</b>")
    kpi_table(d, 9, ["New EHC plans issued within 20 weeks", "Plans audited good or better",
                     "Health advice within six weeks", "Annual reviews completed on time",
                     "Parents who find the local offer useful", "ASD assessments completed within 30 weeks"])
    d.space(8)
    need_table(d, 14)
    d.space(8)
    area_table(d, ["Barnhill", "Botwell", "Brunel", "Cavendish", "Charville", "Eastcote and East Ruislip",
                   "Harefield", "Heathrow Villages", "Hillingdon East", "Ickenham", "Manor", "Northwood",
                   "Pinkwell", "South Ruislip", "Townfield", "Uxbridge North", "West Drayton", "Yeading",
                   "Yiewsley"], 2, "Ward")
    d.space(8)
    d.p("<b>SEN support and EHC plans by school (spring census)</b>")
    school_table(d, 4, 24)
    return d


# ------------------------------------------------------------------------------------------------------------------
IOW_WEAK = [
    ("Weak strategic leadership of SEND across education, health and care, and the lack of a jointly agreed "
     "strategy for improving outcomes", ["leadership-governance"]),
    ("The timeliness and quality of EHC plans, including the conversion of statements of special educational "
     "needs to EHC plans", ["ehc-plans"]),
    ("The lack of joint commissioning to meet identified needs, particularly for therapies and for children with "
     "social, emotional and mental health needs", ["joint-commissioning"]),
    ("Poor communication with parents and carers, and the limited and out-of-date information in the local offer",
     ["co-production", "local-offer"]),
]


def iow_app() -> Doc:
    rel = ("isle-of-wight/round65-2022-07-14-policy-and-scrutiny-committee-for-children-s-services-education-and-"
           "skills/Appendix 1 - Accelerated Progress Plan.pdf")
    d = Doc(rel, {"council": "Isle of Wight Council", "council_slug": "isle-of-wight",
                  "committee": "Policy and Scrutiny Committee for Children's Services, Education and Skills",
                  "meeting_date": "2022-07-14", "title": "Appendix 1 - Accelerated Progress Plan",
                  "source_kind": "moderngov-document",
                  "url": "https://iow.moderngov.co.uk/documents/s9931/Appendix%201%20-%20Accelerated%20Progress%20"
                         "Plan.pdf"},
            {"council": "Isle of Wight Council",
             "committee": "Policy and Scrutiny Committee for Children's Services, Education and Skills",
             "date": "2022-07-14"},
            "Isle of Wight Local Area SEND Accelerated Progress Plan", "Version 1.3", "Appendix 1",
            page_label="{n}")
    d.space(30)
    d.p("<b>Isle of Wight Local Area</b>", S.centre)
    d.title("Special Educational Needs and Disabilities (SEND)<br/>Accelerated Progress Plan")
    d.p("Isle of Wight Council and NHS Hampshire, Southampton and Isle of Wight Clinical Commissioning Group",
        CENTRE)
    d.p("Submitted to the Department for Education and NHS England: 30 June 2022", CENTRE)
    d.date("30 June 2022", "2022-06-30")
    d.event("progress-plan", "2022-06-30", None,
            "Submitted to the Department for Education and NHS England: 30 June 2022")
    d.space(14)
    d.ruled([["Version", "Date", "Author", "Change"],
             ["1.0", "20 May 2022", "SEND Improvement Lead", "First draft for Board"],
             ["1.1", "1 June 2022", "SEND Improvement Lead", "Parent carer forum comments"],
             ["1.2", "15 June 2022", "DCO and SEND Improvement Lead", "Health actions added"],
             ["1.3", "28 June 2022", "SEND Improvement Board", "Agreed for submission"]],
            [1.6 * cm, 3 * cm, 5.2 * cm, 6.3 * cm])
    for t, s in [("20 May 2022", "2022-05-20"), ("1 June 2022", "2022-06-01"), ("15 June 2022", "2022-06-15"),
                 ("28 June 2022", "2022-06-28")]:
        d.date(t, s)
    d.h("Foreword")
    d.p("We are disappointed that, when inspectors returned to the Island this spring, they found that we had not "
        "made enough progress in two of the four areas identified in 2018. We are also clear about what has "
        "improved, and we are determined that every family on the Island will see and feel the difference. This "
        "plan has been written with the Isle of Wight Parent Carer Council and we will report on it openly.")
    two_columns(d, ["Cllr Jonathan Bacon-Whitley", "Cabinet Member for Children's Services, Education and Lifelong "
                    "Skills", "", "Stuart Ashdown-Reid", "Director of Children's Services"],
                ["Dr Helena Corrigan", "Director of Quality and Nursing, NHS Hampshire, Southampton and Isle of "
                 "Wight CCG", "", "Maxine Ellery-Stubbs", "Chair, Isle of Wight Parent Carer Council"])
    d.person("Cllr Jonathan Bacon-Whitley", "Cabinet Member for Children's Services, Education and Lifelong Skills",
             "member")
    d.person("Stuart Ashdown-Reid", "Director of Children's Services", "officer")
    d.person("Dr Helena Corrigan", "Director of Quality and Nursing, NHS Hampshire, Southampton and Isle of Wight CCG",
             "officer")
    d.person("Maxine Ellery-Stubbs", "Chair, Isle of Wight Parent Carer Council", "other")
    d.add(PageBreak())
    d.h("1. Context")
    d.p("1.1 Ofsted and the Care Quality Commission (CQC) inspected the Isle of Wight local area from 19 to 23 March "
        "2018. The inspection letter, published on 21 May 2018, required a Written Statement of Action (WSoA) "
        "because of four areas of significant weakness. The WSoA was declared fit for purpose on 4 October 2018.")
    d.date("19 to 23 March 2018", "2018-03-19", "2018-03-23")
    d.date("21 May 2018", "2018-05-21")
    d.date("4 October 2018", "2018-10-04")
    d.event("inspection", "2018-03-19", "2018-03-23", "Ofsted and the Care Quality Commission (CQC) inspected the "
                                                      "Isle of Wight local area from 19 to 23 March 2018")
    d.event("outcome-letter", "2018-05-21", None, "The inspection letter, published on 21 May 2018")
    d.event("wsoa-approved", "2018-10-04", None, "The WSoA was declared fit for purpose on 4 October 2018")
    d.p("1.2 Inspectors revisited the area between 28 February and 2 March 2022. The revisit letter, published on "
        "26 April 2022, set out their findings against each area:")
    d.date("between 28 February and 2 March 2022", "2022-02-28", "2022-03-02")
    d.date("26 April 2022", "2022-04-26")
    d.event("revisit", "2022-02-28", "2022-03-02", "Inspectors revisited the area between 28 February and 2 March 2022")
    d.event("revisit-outcome", "2022-04-26", None, "The revisit letter, published on 26 April 2022")
    rows = [["Area of significant weakness identified in 2018", "Finding at revisit"]]
    verdict = ["Sufficient progress", "Not sufficient progress", "Sufficient progress", "Not sufficient progress"]
    for (text, themes), v in zip(IOW_WEAK, verdict):
        rows.append([text, v])
        d.record_weak(text, themes)
    d.ruled(rows, [12 * cm, 4.1 * cm])
    d.p("1.3 Because the area has not made sufficient progress in all areas, the Department for Education (DfE) and "
        "NHS England have required this Accelerated Progress Plan (APP). It focuses on the two areas where progress "
        "has not been sufficient, while making sure that the improvements in the other two are sustained.")
    d.p("1.4 Before the revisit the DfE and NHS England held a final WSoA monitoring meeting with the partnership "
        "on 13 January 2022. Under the APP, DfE and NHS England advisers will review progress every six months, "
        "the first review being planned for November 2022 and the second for May 2023.")
    d.date("13 January 2022", "2022-01-13")
    d.date("November 2022", "2022-11")
    d.date("May 2023", "2023-05")
    d.event("monitoring", "2022-01-13", None, "the DfE and NHS England held a final WSoA monitoring meeting with the "
                                              "partnership on 13 January 2022")
    d.event("monitoring", "2022-11", None, "the first review being planned for November 2022")
    d.event("monitoring", "2023-05", None, "the second for May 2023")
    d.h("2. Governance")
    d.p("2.1 The SEND Improvement Board, chaired by the Director of Children's Services, owns this plan. It meets "
        "monthly and reports to the Health and Wellbeing Board and to the Council's Policy and Scrutiny Committee "
        "for Children's Services, Education and Skills. Two delivery groups report to it: the EHC Plan Quality "
        "Group, led by Rebecca Thornhill, Head of SEN; and the Communication and Engagement Group, co-chaired by "
        "the Parent Carer Council.")
    d.person("Rebecca Thornhill", "Head of SEN", "officer")
    d.p("2.2 Progress is reported using the following ratings: <b>Blue</b> complete and embedded; <b>Green</b> on "
        "track; <b>Amber</b> at risk, mitigations in place; <b>Red</b> off track, escalation to the Board.")
    d.h("3. Priority 1: EHC plans")
    d.p("<b>What inspectors told us:</b> too many plans are still completed late and the quality of the plans "
        "issued since the inspection is too variable; health and social care advice is often missing.")
    d.p("<b>What success will look like by May 2023:</b> at least 70% of new plans issued within 20 weeks; at least "
        "70% of audited plans rated good or better; health and care advice returned within six weeks in 90% of "
        "cases.")
    plan1 = [["Ref", "Action", "Owner", "By", "Evidence of impact"],
             ["1a", "Recruit four additional EHC coordinators and a quality lead.", "Head of SEN", "Sep 2022",
              "Caseloads below 120 per coordinator."],
             ["1b", "Monthly multi-agency audit of 20 plans, with feedback to writers.", "Head of SEN",
              "Jul 2022", "Audit grades reported to the Board monthly."],
             ["1c", "Health advice tracker shared weekly with providers.", "Designated Clinical Officer",
              "Aug 2022", "Advice within six weeks rising to 90%."],
             ["1d", "Social care advice template and training for social workers.", "Head of Children's Social "
              "Care", "Oct 2022", "Social care section completed in audited plans."],
             ["1e", "Annual review recovery plan for Year 6 and Year 11 transfers.", "SEN Casework Manager",
              "Feb 2023", "All phase transfer reviews completed by the statutory deadline."]]
    d.ruled(plan1, [1 * cm, 6 * cm, 3.4 * cm, 1.9 * cm, 3.8 * cm])
    d.h("4. Priority 2: Communication with families and the local offer")
    d.p("<b>What inspectors told us:</b> parents still find it hard to get hold of the SEN team and the local offer "
        "is difficult to navigate and has gaps.")
    d.p("<b>What success will look like by May 2023:</b> parents' confidence, measured by the Parent Carer Council "
        "survey, improves from 28% to at least 50%; the local offer is reviewed monthly and rated useful by most "
        "users.")
    plan2 = [["Ref", "Action", "Owner", "By", "Evidence of impact"],
             ["2a", "Named caseworker for every family, with response standard of three working days.",
              "Head of SEN", "Sep 2022", "Response standard met in 85% of contacts."],
             ["2b", "Rebuild the local offer with the Parent Carer Council and young people.", "Local Offer Lead",
              "Dec 2022", "Monthly page reviews; usage and feedback data."],
             ["2c", "Termly 'SEND Surgery' drop-ins in Newport, Ryde and Sandown.", "SEND Improvement Lead",
              "Nov 2022", "Attendance and feedback."],
             ["2d", "Six-monthly survey of parent and carer confidence.", "Parent Carer Council",
              "Jan 2023", "Survey results reported to the Board."]]
    d.ruled(plan2, [1 * cm, 6 * cm, 3.4 * cm, 1.9 * cm, 3.8 * cm])
    for t, s in [("Sep 2022", "2022-09"), ("Jul 2022", "2022-07"), ("Aug 2022", "2022-08"), ("Oct 2022", "2022-10"),
                 ("Feb 2023", "2023-02"), ("Dec 2022", "2022-12"), ("Jan 2023", "2023-01")]:
        d.date(t, s)
    d.h("5. Sustaining progress in the other areas")
    d.p("5.1 The SEND Strategy 2021-2024 and the joint commissioning plan agreed by the CCG and the Council will "
        "continue to be monitored through the Board's performance framework. The Board will receive an exception "
        "report if any of the measures for those areas falls below its threshold.")
    d.h("6. Risks")
    d.ruled([["Risk", "Likelihood", "Impact", "Mitigation"],
             ["Recruitment of EHC coordinators is slower than planned.", "Medium", "High",
              "Agency cover approved; market supplement agreed."],
             ["Health advice capacity is affected by winter pressures.", "High", "Medium",
              "Escalation through the CCG's children's board."],
             ["Parents do not see improvement quickly enough to rebuild confidence.", "Medium", "High",
              "Monthly 'You said, we did' updates co-written with the Parent Carer Council."],
             ["Rising requests for assessment exceed capacity.", "High", "High",
              "Weekly demand monitoring; early help offer in schools."]],
            [6.2 * cm, 2.2 * cm, 2 * cm, 5.7 * cm])
    d.h("7. Measures")
    kpi_table(d, 12, ["New EHC plans issued within 20 weeks", "Plans audited good or better",
                      "Health advice within six weeks", "Social care advice within six weeks",
                      "Parent confidence (survey)", "Local offer pages reviewed in month"])
    d.space(8)
    need_table(d, 17)
    d.space(8)
    area_table(d, ["Newport", "Ryde", "Sandown", "Shanklin", "Cowes", "East Cowes", "Ventnor", "Freshwater",
                   "Brading", "Bembridge", "Wootton", "Godshill"], 15, "Locality")
    d.space(8)
    school_table(d, 15, 22)
    return d


# ------------------------------------------------------------------------------------------------------------------
DEVON_APA = [
    ("Leaders across the partnership must urgently improve the timeliness and quality of EHC needs assessments "
     "and plans, so that children and young people receive the support they need without delay.", ["ehc-plans"]),
    ("Leaders must act quickly to reduce the time that children and young people wait for neurodevelopmental "
     "assessment and for speech and language therapy, and to provide effective support to families while they "
     "wait.", ["health-services"]),
]
DEVON_AFI = [
    ("improve the quality and reach of communication with parents and carers, so that families know what support is "
     "available and how decisions are made", ["co-production"]),
    ("make better use of the information they hold to oversee the attendance, suspensions and part-time timetables "
     "of children and young people with SEND", ["data-oversight", "inclusion-provision"]),
    ("widen the range of post-16 pathways, including supported internships, in the north and west of the county",
     ["preparing-for-adulthood"]),
]


def devon_pack() -> Doc:
    rel = ("devon/round65-2025-11-20-childrens-scrutiny-committee/Agenda reports pack 20th-Nov-2025.pdf")
    d = Doc(rel, {"council": "Devon County Council", "council_slug": "devon",
                  "committee": "Children's Scrutiny Committee", "meeting_date": "2025-11-20",
                  "title": "Agenda reports pack 20th-Nov-2025", "source_kind": "moderngov-document",
                  "url": "https://democracy.devon.gov.uk/documents/g5288/Public%20reports%20pack%2020th-Nov-2025%20"
                         "14.15%20Childrens%20Scrutiny%20Committee.pdf"},
            {"council": "Devon County Council", "committee": "Children's Scrutiny Committee", "date": "2025-11-20"},
            "", "", "", page_label="Page {n}")
    d.p("<b>Children's Scrutiny Committee</b>")
    d.p("Date: Thursday, 20 November 2025<br/>Time: 2.15 pm<br/>Venue: Daw Room, County Hall, Topsham Road, Exeter")
    d.date("Thursday, 20 November 2025", "2025-11-20")
    d.p("<b>Membership</b>")
    d.p("Councillors H Quartermaine (Chair), B Tozer-Lamb (Vice-Chair), E Ashworth, J Brimblecombe, K Cheriton, "
        "S Dunsford, L Farquharson, A Hext, R Luscombe, M Pennington and D Widdicombe")
    for n, r in [("H Quartermaine", "Chair"), ("B Tozer-Lamb", "Vice-Chair"), ("E Ashworth", None),
                 ("J Brimblecombe", None), ("K Cheriton", None), ("S Dunsford", None), ("L Farquharson", None),
                 ("A Hext", None), ("R Luscombe", None), ("M Pennington", None), ("D Widdicombe", None)]:
        d.person(n, r, "member")
    d.p("Co-opted Members: Mr T Varcoe (Church of England Diocese of Exeter) and Mrs G Northcott (Parent Governor "
        "representative)")
    d.person("Mr T Varcoe", "Church of England Diocese of Exeter", "other")
    d.person("Mrs G Northcott", "Parent Governor representative", "other")
    d.p("Democratic Services Contact: Alison Greenslade, Democratic Services Officer, 01392 382298, "
        "alison.greenslade@devon.gov.uk")
    d.person("Alison Greenslade", "Democratic Services Officer", "officer", "alison.greenslade@devon.gov.uk",
             "01392 382298")
    d.h("AGENDA")
    d.p("<b>PART I &ndash; OPEN COMMITTEE</b>")
    for n, t in [("1", "Apologies"),
                 ("2", "Minutes<br/>Minutes of the meeting held on 11 September 2025 (attached)."),
                 ("3", "Items Requiring Urgent Attention"),
                 ("4", "Public Participation<br/>Members of the public may make presentations to the Committee."),
                 ("5", "SEND Improvement: Priority Action Plan and Statutory Direction &ndash; Progress Report<br/>"
                       "Report of the Director of Children and Young People's Futures (CS/25/41), attached."),
                 ("6", "Elective Home Education Annual Report<br/>Report of the Head of Education Inclusion "
                       "(CS/25/42), attached."),
                 ("7", "Scrutiny Work Programme")]:
        d.ruled([[n, t]], [1.2 * cm, 14.9 * cm], header_rows=0)
    d.date("11 September 2025", "2025-09-11")
    d.p("Membership of a Committee is as shown in the Council's Constitution. Members are reminded that they must "
        "declare any interest they may have in any item to be considered at this meeting.", SMALL)
    d.add(PageBreak())
    d.p("<b>CHILDREN'S SCRUTINY COMMITTEE</b>", CENTRE)
    d.p("11 September 2025", CENTRE)
    d.p("Present:")
    d.p("Councillors H Quartermaine (Chair), B Tozer-Lamb, E Ashworth, J Brimblecombe, K Cheriton, S Dunsford, A Hext, "
        "R Luscombe and D Widdicombe")
    d.p("Apologies:")
    d.p("Councillors L Farquharson and M Pennington")
    d.p("<b>* 18 Minutes</b>")
    d.p("RESOLVED that the minutes of the meeting held on 26 June 2025 be signed as a correct record.")
    d.record_res(None, "RESOLVED that the minutes of the meeting held on 26 June 2025 be signed as a correct record.",
                 "resolution")
    d.date("26 June 2025", "2025-06-26")
    d.p("<b>* 19 Children's Social Care Sufficiency Strategy</b>")
    d.p("The Committee considered the Report of the Director of Children's Social Care (CS/25/33) on the sufficiency "
        "of placements for children in care. Members discussed the number of children placed outside Devon and the "
        "cost of unregistered provision.")
    d.p("It was MOVED by Councillor Quartermaine, SECONDED by Councillor Hext and")
    d.p("RESOLVED that the Strategy be noted and that the Cabinet Member be asked to report back on the in-house "
        "residential homes programme in March 2026.")
    d.record_res(None, "RESOLVED that the Strategy be noted and that the Cabinet Member be asked to report back on the "
                       "in-house residential homes programme in March 2026.", "resolution")
    d.date("March 2026", "2026-03")
    d.p("<b>* 20 Scrutiny Work Programme</b>")
    d.p("RESOLVED that the SEND progress report be brought to the November meeting.")
    d.record_res(None, "RESOLVED that the SEND progress report be brought to the November meeting.", "resolution")
    d.p("* DENOTES DELEGATED MATTER WITH POWER TO ACT", SMALL)
    d.p("The meeting started at 2.15 pm and finished at 4.52 pm", SMALL)
    d.add(PageBreak())
    d.p("CS/25/41<br/>Children's Scrutiny Committee<br/>20 November 2025")
    d.title("SEND Improvement: Priority Action Plan and Statutory Direction &ndash; Progress Report")
    d.p("<b>Report of the Director of Children and Young People's Futures</b>")
    d.p("<i>Please note that the following recommendations are subject to consideration and determination by the "
        "Committee before taking effect.</i>")
    d.p("<b>1) Recommendation</b>")
    d.p("That the Children's Scrutiny Committee:")
    for label, text in [("(a)", "notes the progress made against the Priority Action Plan and the findings of the "
                                "Department for Education and NHS England review of 4 November 2025;"),
                        ("(b)", "considers whether it wishes to establish a task group on the experience of families "
                                "waiting for neurodevelopmental assessment; and"),
                        ("(c)", "receives a further progress report in March 2026.")]:
        d.res(label, text, "recommendation")
    d.date("4 November 2025", "2025-11-04")
    d.h("2) Background")
    d.p("2.1 Ofsted and the Care Quality Commission inspected the Devon local area partnership in March 2025, with "
        "the on-site week from 3 to 7 March 2025. Their report, published on 22 April 2025, concluded that there "
        "are widespread and/or systemic failings leading to significant concerns about the experiences and outcomes "
        "of children and young people with SEND.")
    d.date("3 to 7 March 2025", "2025-03-03", "2025-03-07")
    d.date("March 2025", "2025-03")
    d.date("22 April 2025", "2025-04-22")
    d.event("inspection", "2025-03-03", "2025-03-07", "the on-site week from 3 to 7 March 2025")
    d.event("outcome-letter", "2025-04-22", None, "Their report, published on 22 April 2025")
    d.p("2.2 The report set out two areas for priority action:")
    for text, themes in DEVON_APA:
        d.weak(text, themes)
    afi = "; ".join(f"({r}) {t}" for r, (t, _) in zip(["i", "ii", "iii"], DEVON_AFI))
    d.p("2.3 Inspectors also found that leaders should: " + afi.replace("; (iii)", "; and (iii)") + ".")
    for t, themes in DEVON_AFI:
        d.record_weak(t, themes)
    d.p("2.4 The partnership's priority action plan was submitted to Ofsted on 3 June 2025. On 18 June 2025 the "
        "Department for Education issued the Council with a statutory direction, following the Council's "
        "continued inability to meet its duties for EHC needs assessments, and appointed a SEND Commissioner, "
        "Dame Philippa Raddon.")
    d.date("3 June 2025", "2025-06-03")
    d.date("18 June 2025", "2025-06-18")
    d.event("progress-plan", "2025-06-03", None,
            "The partnership's priority action plan was submitted to Ofsted on 3 June 2025")
    d.event("statutory-direction", "2025-06-18", None,
            "On 18 June 2025 the Department for Education issued the Council with a statutory direction")
    d.person("Dame Philippa Raddon", "SEND Commissioner", "other")
    d.h("3) Progress")
    d.p("3.1 The Department for Education and NHS England held an initial stocktake with the partnership on 24 "
        "June 2025 and a first formal review on 4 November 2025. The next review will take place in May 2026.")
    d.date("24 June 2025", "2025-06-24")
    d.date("May 2026", "2026-05")
    d.event("monitoring", "2025-06-24", None,
            "The Department for Education and NHS England held an initial stocktake with the partnership on 24 "
            "June 2025")
    d.event("monitoring", "2025-11-04", None, "a first formal review on 4 November 2025")
    d.event("monitoring", "2026-05", None, "The next review will take place in May 2026")
    d.p("3.2 At the review, advisers recognised the reduction in the backlog of assessments from 1,410 in April to "
        "860 in October, and the new ICB contract for neurodevelopmental assessment. They asked the partnership to "
        "show more clearly how families' experiences were changing.")
    d.ruled([["Priority action measure", "April", "July", "October", "Target (March 2026)"],
             ["EHC needs assessments over 20 weeks", "1,410", "1,126", "860", "400"],
             ["New plans issued within 20 weeks", "11%", "19%", "27%", "50%"],
             ["Plans audited good or better", "34%", "41%", "48%", "65%"],
             ["Children waiting over 52 weeks for ASD/ADHD assessment", "3,920", "3,610", "3,305", "2,000"],
             ["Children waiting over 18 weeks for SLT", "1,044", "980", "812", "500"]],
            [6.6 * cm, 2 * cm, 2 * cm, 2.2 * cm, 3.3 * cm])
    d.h("4) Options / Alternatives")
    d.p("None: the report is for scrutiny.")
    d.h("5) Financial Considerations")
    d.p("The High Needs Block deficit is reported to Cabinet. The Safety Valve agreement is not affected by this "
        "report.")
    d.h("6) Equality Considerations, Risk Management and Legal Considerations")
    d.p("The plan is subject to an equality impact assessment. The statutory direction remains in place until the "
        "Secretary of State is satisfied that it is no longer needed.")
    d.p("Name: Rachel Pengelly<br/>Director of Children and Young People's Futures")
    d.person("Rachel Pengelly", "Director of Children and Young People's Futures", "officer")
    d.p("Electoral Divisions: All<br/>Cabinet Member for Children's Services and Schools: Councillor Fiona "
        "Stentiford")
    d.person("Councillor Fiona Stentiford", "Cabinet Member for Children's Services and Schools", "member")
    d.p("Local Government Act 1972: List of background papers: Nil<br/>Contact for enquiries: Name: Tobias "
        "Carrow, Head of SEND Improvement; Telephone: 01392 383117; Address: Room 120, County Hall, Exeter")
    d.person("Tobias Carrow", "Head of SEND Improvement", "officer", None, "01392 383117")
    d.add(PageBreak())
    d.p("CS/25/42<br/>Children's Scrutiny Committee<br/>20 November 2025")
    d.title("Elective Home Education Annual Report")
    d.p("<b>Report of the Head of Education Inclusion</b>")
    d.p("<i>Please note that the following recommendations are subject to consideration and determination by the "
        "Committee before taking effect.</i>")
    d.p("<b>1) Recommendation</b>")
    d.res(None, "That the Committee notes the annual report and the increase in the number of children with SEND "
                "who are electively home educated.", "recommendation", style=BODY)
    d.h("2) Summary")
    d.p("On the census day, 2 October 2025, 2,214 children were known to be electively home educated, an increase of "
        "9% on the previous year. Of these, 612 were on SEN support and 83 had an EHC plan. The most common reason "
        "given was dissatisfaction with the school's response to the child's needs.")
    d.date("2 October 2025", "2025-10-02")
    d.ruled([["District", "Children in EHE", "With EHC plan", "SEN support", "Returned to school"],
             ["East Devon", "364", "14", "101", "41"], ["Exeter", "302", "12", "88", "39"],
             ["Mid Devon", "221", "8", "61", "22"], ["North Devon", "297", "11", "83", "30"],
             ["South Hams", "206", "7", "55", "19"], ["Teignbridge", "348", "13", "96", "37"],
             ["Torridge", "248", "10", "68", "21"], ["West Devon", "228", "8", "60", "18"]],
            [4 * cm, 3 * cm, 3 * cm, 3 * cm, 3.1 * cm])
    d.p("Name: Joanna Kittow<br/>Head of Education Inclusion")
    d.person("Joanna Kittow", "Head of Education Inclusion", "officer")
    d.p("Contact for enquiries: Name: Joanna Kittow; Telephone: 01392 384021")
    d.people[-1]["phone"] = "01392 384021"
    d.add(PageBreak())
    d.p("<b>Appendix to CS/25/41 &ndash; SEND data</b>")
    need_table(d, 20)
    d.space(8)
    area_table(d, ["East Devon", "Exeter", "Mid Devon", "North Devon", "South Hams", "Teignbridge", "Torridge",
                   "West Devon"], 13, "District")
    d.space(8)
    school_table(d, 19, 20)
    return d

DOCUMENTS = [bcp_minutes, hull_revisit, hf_cabinet, hillingdon_tracker, iow_app, devon_pack]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
