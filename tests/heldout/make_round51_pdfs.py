"""Write the long printed documents of the held-out round 51 (reportlab), and their gold.

Round 51 is a blind batch of LONG PDFs (5 to 8 pages), written with their gold before any extractor ran on them:
a Children's Committee reports pack on a 2023-framework outcome 2 (Wandsworth); a Cabinet report with appendices
on a 2023-framework outcome 3 and its priority action plan (West Northamptonshire); a scrutiny committee's printed
minutes on a 2016-framework re-visit and Accelerated Progress Plan (Stoke-on-Trent); a scrutiny cover report with
the re-visit letter as its appendix (Thurrock); a Health and Well-being Board progress report with a WSoA tracker
(Worcestershire); and a scrutiny committee's printed minutes on a 2023-framework outcome 1 (Wokingham). Invented
text, fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round51_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles, two_columns  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("51", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
MINUTE, NUM_PARA, QUOTE, ROMAN = S.minute, S.num_para, S.quote, S.roman
LETTER, LETTER_BOLD, LETTER_HANG = S.letter, S.letter_bold, S.letter_bullet


class Doc(LongDoc):
    """A round 51 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#E4E4E4", "#EDEDED", "#EDEDED")

    def people_as(self, kind: str, entries):
        for name, role in entries:
            self.person(name, role, kind)


SCHOOLS = ["Alder", "Beacon", "Brookside", "Castle Hill", "Cedar", "Churchfields", "Elmwood", "Fairfield", "Greenacre",
           "Hawthorn", "Highfield", "Kingsmead", "Lakeside", "Meadowbank", "Millbrook", "Northgate", "Oakfield",
           "Orchard", "Parkside", "Priory", "Riverside", "Rosehill", "St Anne's", "St Mark's", "Southfields",
           "Springwood", "Thornbury", "Victoria", "Westfield", "Willowbank"]


def school_table(d: Doc, seed: int, rows_n: int = 30):
    """An invented table of school-level figures (no dates, no people)."""
    rows = [["School", "Phase", "Pupils on roll", "SEN support %", "EHC plan %", "Suspensions (rate)",
             "Persistent absence %"]]
    for i in range(rows_n):
        roll = 180 + (i * 97 + seed * 31) % 1300
        rows.append([f"{SCHOOLS[i % len(SCHOOLS)]} {'Primary' if i % 3 else 'Academy'}",
                     "Primary" if i % 3 else "Secondary", str(roll), f"{9 + (i * 7 + seed) % 11}.{(i * 3) % 10}",
                     f"{1 + (i * 5 + seed) % 5}.{(i * 7) % 10}", f"{(i * 13 + seed) % 9}.{(i * 11) % 10}",
                     f"{14 + (i * 9 + seed) % 20}.{(i * 5) % 10}"])
    d.ruled(rows, [4.2 * cm, 1.8 * cm, 1.8 * cm, 1.9 * cm, 1.8 * cm, 2 * cm, 2.2 * cm])


def need_table(d: Doc, seed: int):
    """An invented table of EHC plans by primary need (no dates)."""
    needs = ["Autistic spectrum disorder", "Speech, language and communication needs", "Social, emotional and "
             "mental health", "Moderate learning difficulty", "Severe learning difficulty", "Profound and multiple "
             "learning difficulty", "Specific learning difficulty", "Physical disability", "Hearing impairment",
             "Visual impairment", "Multi-sensory impairment", "Other difficulty or disability"]
    rows = [["Primary need", "Plans (this year)", "Plans (last year)", "Change %", "Share of all plans %"]]
    for i, need in enumerate(needs):
        now = 40 + (i * 211 + seed * 7) % 900
        before = now - ((i * 37 + seed) % 120) + 30
        rows.append([need, str(now), str(before), f"{(now - before) * 100 / before:+.1f}", f"{(now % 30) + 1}.{i}"])
    d.ruled(rows, [6.4 * cm, 2.4 * cm, 2.4 * cm, 2 * cm, 2.8 * cm])


# ------------------------------------------------------------------------------------------------------------------
def wandsworth_pack() -> Doc:
    d = Doc("wandsworth/round51-2025-01-22-childrens-committee/Agenda reports pack 22 January 2025.pdf",
            {"council": "London Borough of Wandsworth", "council_slug": "wandsworth", "committee": "Children's Committee",
             "meeting_date": "2025-01-22", "title": "Agenda reports pack", "source_kind": "moderngov-document",
             "url": "https://democracy.wandsworth.gov.uk/documents/g9102/Public%20reports%20pack%2022nd-Jan-2025%2019.30%20Childrens%20Committee.pdf"},
            {"council": "London Borough of Wandsworth", "committee": "Children's Committee", "date": "2025-01-22"},
            "Children's Committee - 22 January 2025", "Public Document Pack", "Wandsworth Council",
            page_label="Page {n}")
    d.date("22 January 2025", "2025-01-22")
    d.title("Children's Committee")
    d.p("<b>Date:</b> Wednesday, 22nd January, 2025 &nbsp;&nbsp; <b>Time:</b> 7.30 p.m.<br/>"
        "<b>Place:</b> Council Chamber, Wandsworth Town Hall, Wandsworth High Street, London SW18 2PU")
    d.p("<b>Contact:</b> Kerry Bannister, Committee Services &nbsp; Tel: 020 8871 6048 &nbsp; "
        "Email: kerry.bannister@richmondandwandsworth.gov.uk")
    d.person("Kerry Bannister", "Committee Services", "officer", "kerry.bannister@richmondandwandsworth.gov.uk",
             "020 8871 6048")
    d.h("Membership")
    d.ruled([["Councillors", "Co-opted and non-voting members"],
             ["Councillor Priya Okonkwo-Hale (Chair)", "Father Declan Moriarty (Roman Catholic Archdiocese of Southwark)"],
             ["Councillor Tom Lacey-Burns (Vice-Chair)", "Mrs Shirin Haddow (Parent Governor Representative)"],
             ["Councillor Aisha Mbeki-Rowe", "Mr Callum Odegbami (Youth Council)"],
             ["Councillor Ross Fennimore", ""],
             ["Councillor Hilary Dunstan", ""],
             ["Councillor Owen Pritchard-Lee", ""]], [7.6 * cm, 8.6 * cm])
    d.person("Priya Okonkwo-Hale", "Chair", "member")
    d.person("Tom Lacey-Burns", "Vice-Chair", "member")
    d.people_as("member", [("Aisha Mbeki-Rowe", None), ("Ross Fennimore", None), ("Hilary Dunstan", None),
                           ("Owen Pritchard-Lee", None)])
    d.person("Declan Moriarty", "Roman Catholic Archdiocese of Southwark", "other")
    d.person("Shirin Haddow", "Parent Governor Representative", "other")
    d.person("Callum Odegbami", "Youth Council", "other")
    d.p("Members of the public are welcome to attend. The meeting will also be webcast; the recording is kept for "
        "twelve months.", SMALL)
    d.h("AGENDA")
    d.ruled([["Item", "", "Pages"],
             ["1.", "Declarations of interests", ""],
             ["2.", "Minutes - 13 November 2024", "1 - 4"],
             ["3.", "Local Area SEND Inspection - Outcome and Next Steps (Paper No. 25-21)", "5 - 16"],
             ["4.", "School Place Planning Update (Paper No. 25-22)", "17 - 26"],
             ["5.", "Work Programme", "27 - 30"]], [1.4 * cm, 12 * cm, 2.8 * cm])
    d.date("13 November 2024", "2024-11-13")
    d.add(PageBreak())

    d.h("CHILDREN'S COMMITTEE")
    d.p("MINUTES of the meeting held on Wednesday, 13th November, 2024 at 7.30 p.m.")
    d.p("<b>PRESENT:</b> Councillor Okonkwo-Hale (Chair); Councillors Lacey-Burns, Fennimore, Dunstan and "
        "Pritchard-Lee; Father Moriarty and Mrs Haddow.")
    d.p("<b>APOLOGY FOR ABSENCE:</b> Councillor Mbeki-Rowe.")
    d.p("<b>OFFICERS:</b> Ms Lorraine Quaye (Executive Director of Children's Services), Mr Adebayo Stirling "
        "(Director of Education and Inclusion), Ms Nadia Forsyth-Kerr (Head of Finance, Children's) and Ms Kerry "
        "Bannister (Committee Services).")
    d.person("Lorraine Quaye", "Executive Director of Children's Services", "officer")
    d.person("Adebayo Stirling", "Director of Education and Inclusion", "officer")
    d.person("Nadia Forsyth-Kerr", "Head of Finance, Children's", "officer")
    d.p("<b>11. MINUTES</b>", MINUTE)
    d.p("RESOLVED - That the minutes of the meeting held on 18th September, 2024 be agreed as a correct record and "
        "signed by the Chair.")
    d.record_res(None, "That the minutes of the meeting held on 18th September, 2024 be agreed as a correct record "
                 "and signed by the Chair.", "resolution")
    d.date("18th September, 2024", "2024-09-18")
    d.p("<b>12. QUARTER TWO BUDGET MONITORING (PAPER NO. 24-310)</b>", MINUTE)
    d.p("Ms Forsyth-Kerr introduced the report. The department forecast an overspend of £2.4m, of which the larger "
        "part arose from placements for children looked after. The High Needs Block was forecast to end the year "
        "within the envelope agreed with the Department for Education. In answer to Councillor Fennimore, the "
        "Director of Education and Inclusion said that out-borough independent special school places had fallen "
        "for the third successive term.")
    d.p("RESOLVED - That the Executive be recommended to note the forecast position and the management actions "
        "set out in paragraphs 14 to 19 of the report.")
    d.record_res(None, "That the Executive be recommended to note the forecast position and the management actions "
                 "set out in paragraphs 14 to 19 of the report.", "resolution")
    d.p("<b>13. LOCAL AREA SEND INSPECTION - INITIAL FEEDBACK (PAPER NO. 24-311)</b>", MINUTE)
    d.p("Mr Stirling gave a verbal summary of the feedback received at the end of the inspection week. The "
        "inspection report had not yet been published and members were asked to treat the detail as confidential "
        "until it was. The Chair asked that the full report and the partnership's response come to the next "
        "meeting.")
    d.p("RESOLVED - That the Committee:")
    for label, text in [("(a)", "notes the verbal update on the local area SEND inspection; and"),
                        ("(b)", "asks that the published inspection report and the partnership's proposed response "
                                "be reported to its meeting in January 2025.")]:
        d.res(label, text, "resolution")
    d.date("January 2025", "2025-01")
    d.p("The meeting ended at 9.12 p.m.")
    d.p("Chair ............................................ &nbsp;&nbsp; Date ....................")
    d.add(PageBreak())

    d.title("Local Area SEND Inspection - Outcome and Next Steps")
    d.ruled([["Paper No.", "25-21"],
             ["Meeting", "Children's Committee - 22 January 2025"],
             ["Report by", "Executive Director of Children's Services"],
             ["Cabinet Member", "Councillor Martina Sowande-Price, Cabinet Member for Children"],
             ["Wards", "All"],
             ["Exempt", "No"]], [4 * cm, 12.2 * cm], header_rows=0)
    d.person("Martina Sowande-Price", "Cabinet Member for Children", "member")
    d.h("SUMMARY")
    d.p("Ofsted and the Care Quality Commission (CQC) carried out an inspection of the Wandsworth local area "
        "partnership's arrangements for children and young people with special educational needs and/or "
        "disabilities (SEND) between 30 September and 4 October 2024. The report was published on 15 November "
        "2024. The partnership received the middle of the three possible outcomes: its arrangements lead to "
        "inconsistent experiences and outcomes for children and young people with SEND. A full inspection will "
        "take place within approximately three years.")
    d.date("between 30 September and 4 October 2024", "2024-09-30", "2024-10-04")
    d.date("15 November 2024", "2024-11-15")
    d.event("inspection", "2024-09-30", "2024-10-04",
            "Ofsted and the Care Quality Commission (CQC) carried out an inspection of the Wandsworth local area "
            "partnership's arrangements ... between 30 September and 4 October 2024")
    d.event("outcome-letter", "2024-11-15", None, "The report was published on 15 November 2024.")
    d.h("GLOSSARY")
    d.p("EHCP - education, health and care plan; ICB - integrated care board (NHS South West London); SENCo - special "
        "educational needs co-ordinator; SENDIASS - SEND information, advice and support service.", SMALL)
    d.h("RECOMMENDATIONS")
    d.p("1. The Children's Committee is recommended to -")
    for label, text in [
            ("(a)", "note the outcome of the local area SEND inspection and the findings of the inspection report "
                    "attached as Appendix 1;"),
            ("(b)", "comment on the partnership's response to the five areas for improvement, summarised in "
                    "paragraph 14;"),
            ("(c)", "endorse the refreshed SEND and Inclusion Strategy action plan, which the SEND Partnership "
                    "Board will publish by 31 March 2025; and"),
            ("(d)", "agree to receive a progress report every six months, the first in July 2025.")]:
        d.res(label, text, "recommendation", style=NUMBERED)
    d.date("31 March 2025", "2025-03-31")
    d.date("July 2025", "2025-07")
    d.event("progress-plan", "2025-03-31", None,
            "the refreshed SEND and Inclusion Strategy action plan, which the SEND Partnership Board will publish by "
            "31 March 2025")
    d.p("2. The views of the Committee will be reported to the Executive on 10 February 2025.")
    d.date("10 February 2025", "2025-02-10")
    d.h("BACKGROUND")
    d.num("3.", "The area was last inspected under the 2016 framework in March 2018. That inspection did not "
               "require a Written Statement of Action. The 2023 framework, under which this inspection was carried "
               "out, took effect in January 2023 and places more weight on the experiences of children and "
               "families.")
    d.date("March 2018", "2018-03")
    d.date("January 2023", "2023-01")
    d.event("inspection", "2018-03", None, "The area was last inspected under the 2016 framework in March 2018.")
    d.num("4.", "Notification was received on 23 September 2024. During the week on site, inspectors met leaders "
               "from the Council and the ICB, visited nine schools and colleges, two early years settings and the "
               "short breaks service, and tracked the cases of eleven children and young people. A total of 1,146 "
               "parents and carers responded to the inspectors' survey.")
    d.date("23 September 2024", "2024-09-23")
    d.h("WHAT THE INSPECTORS FOUND")
    d.num("5.", "Inspectors found many strengths. Children with SEND in Wandsworth's early years settings are "
               "identified quickly; the portage and early support service is valued by families; most children "
               "with SEND attend mainstream schools that know them well; and the 0-25 SEND Service's "
               "practitioners are knowledgeable and committed. Young people spoke positively about the supported "
               "internship programme.")
    d.num("6.", "Inspectors also found that the experiences of children and families vary too much depending on "
               "where they live, which school they attend, and whether they need a health service with a long "
               "waiting list. These findings are reflected in the areas for improvement.")
    d.num("7.", "The areas for improvement are stated in the report as follows:")
    for text, themes in [
            ("Leaders in the local authority should improve the timeliness of education, health and care needs "
             "assessments, so that more plans are issued within the statutory 20 weeks.", ["ehc-plans"]),
            ("Leaders should make sure that annual reviews of EHC plans take place on time and that plans are "
             "updated promptly when children's needs change, particularly at points of transition.", ["ehc-plans"]),
            ("Partnership leaders should reduce the waiting times for speech and language therapy and for "
             "neurodevelopmental assessments, and keep families informed while they wait.", ["health-services"]),
            ("Leaders should work with schools to reduce the use of part-time timetables and suspensions for "
             "children with SEND, and check more closely the quality of provision in settings where this is high.",
             ["inclusion-provision"]),
            ("Leaders should improve how they communicate with parents and carers, so that families understand what "
             "support is available and feel that their views are listened to.", ["co-production"])]:
        d.weak(text, themes, marker="", style=QUOTE)
    d.num("8.", "There are no areas for priority action.")
    d.h("EHC NEEDS ASSESSMENT TIMELINESS")
    d.num("9.", "The table shows the percentage of new plans issued within 20 weeks in each of the last six months, "
               "with and without exceptions.")
    d.ruled([["Month", "New plans issued", "Within 20 weeks", "Within 20 weeks (excl. exceptions)"],
             ["Jun 2024", "41", "38%", "44%"], ["Jul 2024", "63", "41%", "47%"], ["Aug 2024", "29", "45%", "52%"],
             ["Sep 2024", "52", "49%", "55%"], ["Oct 2024", "58", "54%", "61%"], ["Nov 2024", "47", "57%", "63%"]],
            [3 * cm, 3.6 * cm, 3.6 * cm, 5.8 * cm])
    for t, iso in [("Jun 2024", "2024-06"), ("Jul 2024", "2024-07"), ("Aug 2024", "2024-08"),
                   ("Sep 2024", "2024-09"), ("Oct 2024", "2024-10"), ("Nov 2024", "2024-11")]:
        d.date(t, iso)
    d.h("THE PARTNERSHIP'S RESPONSE")
    d.num("10.", "The SEND Partnership Board, chaired jointly by the Executive Director of Children's Services and "
                 "Ms Georgina Achterberg, Director of Place (Wandsworth) for NHS South West London ICB, met on "
                 "27 November 2024 to consider the report. It agreed to refresh the existing strategy action plan "
                 "rather than write a separate plan, and to add measures for each area for improvement.")
    d.person("Georgina Achterberg", "Director of Place (Wandsworth), NHS South West London ICB", "officer")
    d.date("27 November 2024", "2024-11-27")
    d.num("11.", "Wandsworth Parent Carer Forum, whose co-chair Mr Ibrahim Castellanos-Reid attended the board, has "
                 "asked that families are involved in deciding the measures and that progress is reported to "
                 "them directly.")
    d.person("Ibrahim Castellanos-Reid", "co-chair, Wandsworth Parent Carer Forum", "other")
    d.num("12.", "Additional capacity has been added to the EHC assessment team from December 2024, funded from the "
                 "High Needs Block. The ICB has commissioned an additional provider for autism assessment for "
                 "children aged five and over.")
    d.date("December 2024", "2024-12")
    d.num("13.", "The Department for Education's SEND adviser and NHS England will hold a first stocktake with the "
                 "partnership in April 2025.")
    d.date("April 2025", "2025-04")
    d.event("monitoring", "2025-04", None,
            "The Department for Education's SEND adviser and NHS England will hold a first stocktake with the "
            "partnership in April 2025.")
    d.num("14.", "In summary, the response to each area is: assessment timeliness - additional capacity and weekly "
                 "tracking; annual reviews - a dedicated reviewing team and phase-transfer deadlines; therapies and "
                 "assessment - additional commissioned capacity and a 'waiting well' offer; part-time timetables "
                 "and suspensions - termly review with headteachers and an inclusion charter; communication - a "
                 "quarterly newsletter and a co-produced feedback route.")
    d.h("FINANCIAL, LEGAL AND EQUALITY IMPLICATIONS")
    d.num("15.", "The additional assessment capacity (£380,000 in a full year) is met from the High Needs Block. "
                 "There are no direct legal implications of noting the report; the duties in the Children and "
                 "Families Act 2014 apply. An equality impact assessment of the strategy refresh will be completed.")
    d.p("Background papers: none. Report author: Mr Adebayo Stirling, Director of Education and Inclusion "
        "(adebayo.stirling@richmondandwandsworth.gov.uk). Date of report: 10 January 2025.", SMALL)
    d.people[-5]["email"] = "adebayo.stirling@richmondandwandsworth.gov.uk"
    d.date("10 January 2025", "2025-01-10")
    d.h("Appendix 2 - school-level indicators (autumn term)")
    d.p("The table, provided to the Committee for context, gives the school-level indicators used in the "
        "partnership's inclusion dashboard. Schools are listed by anonymised name.", SMALL)
    school_table(d, 5, 34)
    d.h("Appendix 3 - EHC plans by primary need")
    need_table(d, 3)
    return d


# ------------------------------------------------------------------------------------------------------------------
def west_northants_cabinet() -> Doc:
    d = Doc("west-northamptonshire/round51-2024-10-08-cabinet/Area SEND Inspection - Priority Action Plan report.pdf",
            {"council": "West Northamptonshire Council", "council_slug": "west-northamptonshire",
             "committee": "Cabinet", "meeting_date": "2024-10-08",
             "title": "Area SEND Inspection - Priority Action Plan", "source_kind": "moderngov-document",
             "url": "https://westnorthants.moderngov.co.uk/documents/s41877/Area%20SEND%20Inspection%20-%20Priority%20Action%20Plan.pdf"},
            {"council": "West Northamptonshire Council", "committee": "Cabinet", "date": "2024-10-08"},
            "WEST NORTHAMPTONSHIRE COUNCIL", "CABINET", "8th October 2024", page_label="{n}")
    d.date("8th October 2024", "2024-10-08")
    d.title("WEST NORTHAMPTONSHIRE COUNCIL<br/>CABINET<br/>8th October 2024")
    d.ruled([["Cabinet Member:", "Councillor Rebecca Tindall-Hart - Cabinet Member for Children, Families and "
                                 "Education"],
             ["Report Title:", "Area SEND Inspection - Priority Action Plan"],
             ["Report Author:", "Craig Ollerenshaw, Assistant Director - Education (SEND and Inclusion)<br/>"
                                "craig.ollerenshaw@westnorthants.gov.uk"]], [4 * cm, 12.2 * cm], header_rows=0)
    d.person("Rebecca Tindall-Hart", "Cabinet Member for Children, Families and Education", "member")
    d.person("Craig Ollerenshaw", "Assistant Director - Education (SEND and Inclusion)", "officer",
             "craig.ollerenshaw@westnorthants.gov.uk")
    d.p("<b>Contributors/Checkers/Approvers</b>")
    d.ruled([["West MO (for 2/3 tier)", "Rebecca Ashworth-Kay", "23/09/2024"],
             ["West S151", "Martin Devereux", "24/09/2024"],
             ["Other Director/SME", "Sian Whitfield-Ogunde (Executive Director, People)", "20/09/2024"],
             ["Communications Lead/Head of Communications", "Becky Lowther", "24/09/2024"]],
            [6 * cm, 7 * cm, 3.2 * cm], header_rows=0)
    d.people_as("officer", [("Rebecca Ashworth-Kay", "West MO"), ("Martin Devereux", "West S151"),
                            ("Sian Whitfield-Ogunde", "Executive Director, People"),
                            ("Becky Lowther", "Communications Lead/Head of Communications")])
    d.date("23/09/2024", "2024-09-23")
    d.date("24/09/2024", "2024-09-24")
    d.date("20/09/2024", "2024-09-20")
    d.p("<b>List of Appendices</b><br/>Appendix A - Priority Action Plan (summary)<br/>Appendix B - Performance "
        "baseline<br/>Appendix C - Equality Screening Assessment")
    d.h("1. Purpose of Report")
    d.num("1.1", "To inform Cabinet of the outcome of the area SEND inspection of the West Northamptonshire local "
                 "area partnership and to seek approval of the Priority Action Plan, which was submitted to Ofsted "
                 "on 1st October 2024 subject to Cabinet's approval.")
    d.date("1st October 2024", "2024-10-01")
    d.event("progress-plan", "2024-10-01", None,
            "the Priority Action Plan, which was submitted to Ofsted on 1st October 2024")
    d.h("2. Executive Summary")
    d.num("2.1", "Ofsted and the CQC inspected the local area partnership from 8 to 12 July 2024 under the area SEND "
                 "inspection framework introduced in 2023. The inspection report, published on 30th August 2024, "
                 "concluded that there are widespread and/or systemic failings leading to significant concerns "
                 "about the experiences and outcomes of children and young people with SEND, which the local area "
                 "partnership must address urgently.")
    d.date("from 8 to 12 July 2024", "2024-07-08", "2024-07-12")
    d.date("30th August 2024", "2024-08-30")
    d.event("inspection", "2024-07-08", "2024-07-12",
            "Ofsted and the CQC inspected the local area partnership from 8 to 12 July 2024")
    d.event("outcome-letter", "2024-08-30", None, "The inspection report, published on 30th August 2024")
    d.num("2.2", "The report sets out two areas for priority action and three areas for improvement. The "
                 "partnership was required to submit a Priority Action Plan (PAP) within 30 working days of "
                 "publication. A monitoring inspection is expected within eighteen months, and a full "
                 "re-inspection within three years.")
    d.h("3. Recommendations")
    d.num("3.1", "It is recommended that the Cabinet:")
    for label, text in [
            ("a)", "Notes the outcome of the area SEND inspection published on 30th August 2024."),
            ("b)", "Approves the Priority Action Plan summarised at Appendix A, as submitted to Ofsted."),
            ("c)", "Delegates authority to the Executive Director, People, in consultation with the Cabinet Member "
                   "for Children, Families and Education, to agree minor amendments to the Priority Action Plan "
                   "arising from feedback from the Department for Education and NHS England."),
            ("d)", "Requests six-monthly progress reports to Cabinet and to the People Overview and Scrutiny "
                   "Committee.")]:
        d.res(label, text, "recommendation", style=ROMAN)
    d.num("3.2", "Reason for Recommendations: the local area partnership is required to publish a plan setting out "
                 "how it will address the areas for priority action, and Cabinet is asked to own the Council's "
                 "part of that plan alongside the Integrated Care Board.")
    d.h("4. Report Background")
    d.num("4.1", "The previous inspection, under the 2016 framework, took place in November 2021 (as the "
                 "Northamptonshire local area) and led to a Written Statement of Action which was declared fit for "
                 "purpose in April 2022. Since the unitary councils were formed the WSoA has been delivered by the "
                 "two partnerships separately.")
    d.date("November 2021", "2021-11")
    d.date("April 2022", "2022-04")
    d.event("inspection", "2021-11", None, "The previous inspection, under the 2016 framework, took place in "
                                           "November 2021")
    d.event("wsoa-approved", "2022-04", None,
            "a Written Statement of Action which was declared fit for purpose in April 2022")
    d.num("4.2", "The findings which the partnership must act on are listed in the table below in the report's "
                 "own words, with the type of finding.")
    rows = [["No.", "Finding", "Type"]]
    findings = [
        ("Leaders across the partnership must urgently improve the timeliness and quality of EHC plans, so that "
         "children and young people's needs are accurately assessed and the provision they need is put in place "
         "without delay.", ["ehc-plans"], "Area for priority action"),
        ("Leaders from the local authority and the ICB must work together to establish effective oversight of "
         "children and young people who are not receiving a full-time education, including those who are "
         "electively home educated or awaiting a specialist placement.",
         ["inclusion-provision", "data-oversight"], "Area for priority action"),
        ("Leaders should improve the co-production of strategy and plans with parents, carers and young people so "
         "that families trust the partnership to act on what they say.", ["co-production"],
         "Area for improvement"),
        ("Health leaders should reduce the waiting times for neurodevelopmental assessment and for child and "
         "adolescent mental health services.", ["health-services"], "Area for improvement"),
        ("Leaders should strengthen the planning for young people's transition to adulthood, including the "
         "range of post-16 pathways available locally.", ["preparing-for-adulthood"], "Area for improvement")]
    for i, (text, themes, kind) in enumerate(findings, 1):
        rows.append([str(i), text, kind])
        d.record_weak(text, themes)
    d.ruled(rows, [1.2 * cm, 11 * cm, 4 * cm])
    d.num("4.3", "Inspectors recognised strengths, including the quality of the Early Years Inclusion Service, the "
                 "designated clinical officer's work with health providers, and the commitment of special school "
                 "leaders. Young people told inspectors that the Youth Forum had helped redesign the local offer "
                 "website.")
    d.h("5. Issues and Choices")
    d.num("5.1", "The PAP was drafted with the ICB and the Parent Carer Forum (Northamptonshire Parent Forum Group) "
                 "over August and September. The Department for Education's SEND adviser and NHS England's "
                 "adviser reviewed a draft on 16th September 2024 and will hold the first monitoring meeting on "
                 "21st November 2024; meetings will then be held every three months.")
    d.date("16th September 2024", "2024-09-16")
    d.date("21st November 2024", "2024-11-21")
    d.event("monitoring", "2024-11-21", None,
            "NHS England's adviser ... will hold the first monitoring meeting on 21st November 2024")
    d.num("5.2", "An alternative option, to incorporate the actions into the existing SEND and Alternative Provision "
                 "Strategy without a separate plan, was rejected because Ofsted requires a discrete plan for the "
                 "areas for priority action.")
    d.h("6. Implications (including financial implications)")
    d.num("6.1", "Resources and Financial: the PAP is largely delivered within existing budgets. An additional "
                 "£610,000 is allocated to EHC assessment capacity in 2024/25 from the High Needs Block, and the "
                 "ICB has committed recurrent funding for neurodevelopmental assessment.")
    d.num("6.2", "Legal: the Council's duties arise from Part 3 of the Children and Families Act 2014 and the SEND "
                 "Code of Practice. Failure to make sufficient progress could result in the use of the Secretary of "
                 "State's powers of intervention.")
    d.num("6.3", "Risk: the main risks are recruitment of educational psychologists and case officers, and demand "
                 "continuing to rise faster than capacity. Both are on the directorate risk register.")
    d.num("6.4", "Consultation: the Parent Forum Group's chair, Ms Anneliese Okafor-Burke, has endorsed the plan. "
                 "The People Overview and Scrutiny Committee considered the draft on 24th September 2024.")
    d.person("Anneliese Okafor-Burke", "chair, Northamptonshire Parent Forum Group", "other")
    d.num("6.5", "Consideration by Overview and Scrutiny: see paragraph 6.4. Climate impact: none. Community "
                 "impact: positive for families of children with SEND across all wards.")
    d.h("7. Background Papers")
    d.num("7.1", "Area SEND inspection of West Northamptonshire Local Area Partnership, Ofsted and CQC, 30th August "
                 "2024.")
    d.add(PageBreak())
    d.title("Appendix A - Priority Action Plan (summary)")
    d.p("The full plan is published on the local offer. This summary lists the actions, their leads and their "
        "milestones. RAG status will be reported from the first monitoring meeting.")
    rows = [["Ref", "Action", "Lead", "Milestone"]]
    acts = [("1.1", "Recruit eight additional SEND case officers and two educational psychologists", "AD SEND",
             "December 2024"),
            ("1.2", "Introduce a weekly EHC needs assessment tracking meeting across education, health and care",
             "Head of SEND", "October 2024"),
            ("1.3", "Audit 10% of new EHC plans each month against the quality standard", "Principal EP",
             "November 2024"),
            ("1.4", "Agree health and social care advice turnaround standards with providers", "DCO",
             "January 2025"),
            ("1.5", "Clear the backlog of overdue annual reviews for year 6 and year 11", "Head of SEND",
             "March 2025"),
            ("2.1", "Create a single register of children not in full-time education", "AD Education",
             "November 2024"),
            ("2.2", "Review every part-time timetable over six weeks with the school", "Inclusion Lead",
             "January 2025"),
            ("2.3", "Multi-agency panel for children awaiting specialist placement", "AD SEND", "December 2024"),
            ("2.4", "Report the register monthly to the SEND Improvement Board", "AD Education", "January 2025"),
            ("2.5", "Commission additional alternative provision places for pupils with SEND", "Commissioning",
             "April 2025")]
    for ref, act, lead, when in acts:
        rows.append([ref, act, lead, when])
    d.ruled(rows, [1.2 * cm, 9.6 * cm, 2.8 * cm, 2.6 * cm])
    for t, iso in [("December 2024", "2024-12"), ("October 2024", "2024-10"), ("November 2024", "2024-11"),
                   ("January 2025", "2025-01"), ("March 2025", "2025-03"), ("April 2025", "2025-04")]:
        d.date(t, iso)
    d.title("Appendix B - Performance baseline")
    rows = [["Measure", "Baseline", "Target (6 months)", "Target (12 months)"]]
    for i, m in enumerate(["New EHCPs issued within 20 weeks (%)", "Annual reviews completed on time (%)",
                           "Health advice returned within 6 weeks (%)", "Children on part-time timetables (number)",
                           "Children awaiting specialist placement (number)", "Average wait for ND assessment (weeks)",
                           "CAMHS referral to treatment within 18 weeks (%)", "Parents satisfied with communication "
                           "(%)", "Young people with a preparing for adulthood review at year 9 (%)",
                           "Tribunal appeals registered (number)", "Plans audited as good or better (%)",
                           "Elective home education - SEND (number)"]):
        base = 10 + (i * 23) % 70
        rows.append([m, str(base), str(base + 8 + i % 5), str(base + 15 + i % 7)])
    d.ruled(rows, [8.6 * cm, 2.4 * cm, 2.6 * cm, 2.6 * cm])
    d.title("Appendix C - Equality Screening Assessment")
    rows = [["Protected characteristic", "Likely impact", "Evidence"]]
    for ch, imp in [("Age", "Positive"), ("Disability", "Positive"), ("Gender reassignment", "Neutral"),
                    ("Marriage and civil partnership", "Neutral"), ("Pregnancy and maternity", "Neutral"),
                    ("Race", "Positive"), ("Religion or belief", "Neutral"), ("Sex", "Positive"),
                    ("Sexual orientation", "Neutral"), ("Care experience (local)", "Positive")]:
        rows.append([ch, imp, "Children with SEND are over-represented in this group in local data; the plan's "
                              "actions are expected to improve access to assessment and education."
                     if imp == "Positive" else "No differential impact identified."])
    d.ruled(rows, [4.6 * cm, 2.6 * cm, 9 * cm])
    school_table(d, 11, 24)
    return d


# ------------------------------------------------------------------------------------------------------------------
def stoke_minutes() -> Doc:
    d = Doc("stoke-on-trent/round51-2022-03-21-children-and-young-people-overview-and-scrutiny-committee/"
            "Printed minutes 14th-Feb-2022 Children and Young People Overview and Scrutiny Committee.pdf",
            {"council": "Stoke-on-Trent City Council", "council_slug": "stoke-on-trent",
             "committee": "Children and Young People Overview and Scrutiny Committee", "meeting_date": "2022-03-21",
             "title": "Minutes of the previous meeting", "source_kind": "moderngov-document",
             "url": "https://www.moderngov.stoke.gov.uk/documents/g8310/Printed%20minutes%2014th-Feb-2022%2017.30%20Children%20and%20Young%20People%20Overview%20and%20Scrutiny%20Committee.pdf"},
            {"council": "Stoke-on-Trent City Council", "committee": "Children and Young People Overview and Scrutiny "
                                                                  "Committee", "date": "2022-02-14"},
            "Stoke-on-Trent City Council", "Children and Young People Overview and Scrutiny Committee",
            "Minutes - 14 February 2022", page_label="Page {n} of {total}")
    d.title("Children and Young People Overview and Scrutiny Committee")
    d.p("Minutes of the meeting held on Monday 14 February 2022 at 5.30pm in Committee Room 1, Civic Centre, "
        "Glebe Street, Stoke-on-Trent")
    d.date("Monday 14 February 2022", "2022-02-14")
    d.p("<b>Councillors Present:</b>")
    two_columns(d, ["Councillor Joan Heathcote-Bayliss (Chair)", "Councillor Amjad Qureshi (Vice-Chair)",
                    "Councillor Dave Plant", "Councillor Lorna Tunnicliffe"],
                ["Councillor Gurjit Sahota", "Councillor Maureen Brassington", "Councillor Stephen Hollins",
                 "Councillor Lisa Mountford-Clowes"])
    d.person("Joan Heathcote-Bayliss", "Chair", "member")
    d.person("Amjad Qureshi", "Vice-Chair", "member")
    d.people_as("member", [("Dave Plant", None), ("Lorna Tunnicliffe", None), ("Gurjit Sahota", None),
                           ("Maureen Brassington", None), ("Stephen Hollins", None), ("Lisa Mountford-Clowes", None)])
    d.p("<b>Co-opted member present:</b> Mrs Delyth Prydderch (Parent Governor, Special Schools)")
    d.person("Delyth Prydderch", "Parent Governor, Special Schools", "other")
    d.p("<b>Also present:</b> Councillor Ann-Marie Fradley (Cabinet Member for Children and Young People)")
    d.person("Ann-Marie Fradley", "Cabinet Member for Children and Young People", "member")
    d.p("<b>Officers:</b>")
    d.ruled([["Name", "Title"],
             ["Hugh Carrington-Pike", "Strategic Director, Children and Family Services"],
             ["Farah Mansoor", "Assistant Director, Education and Skills"],
             ["Philippa Deakin", "Head of SEND"],
             ["Dr Emeka Nwachukwu", "Designated Clinical Officer, Staffordshire and Stoke-on-Trent CCG"],
             ["Gavin Rutter", "Scrutiny Officer"]], [6.2 * cm, 10 * cm])
    d.people_as("officer", [("Hugh Carrington-Pike", "Strategic Director, Children and Family Services"),
                            ("Farah Mansoor", "Assistant Director, Education and Skills"),
                            ("Philippa Deakin", "Head of SEND"),
                            ("Emeka Nwachukwu", "Designated Clinical Officer, Staffordshire and Stoke-on-Trent CCG"),
                            ("Gavin Rutter", "Scrutiny Officer")])
    d.p("<b>Apologies:</b> Councillor Brian Leese")
    d.person("Brian Leese", None, "member")
    d.p("41. DECLARATIONS OF INTEREST", MINUTE)
    d.p("Councillor Tunnicliffe declared a personal interest in item 44 as a governor of a special academy in the "
        "city.")
    d.p("42. MINUTES OF PREVIOUS MEETING", MINUTE)
    d.p("<b>Resolved:</b> That the minutes of the meeting held on 6 December 2021 be confirmed as a true record.")
    d.record_res(None, "That the minutes of the meeting held on 6 December 2021 be confirmed as a true record.",
                 "resolution")
    d.date("6 December 2021", "2021-12-06")
    d.p("43. CHILDREN'S SOCIAL CARE PERFORMANCE - QUARTER 3", MINUTE)
    d.p("The Assistant Director introduced the scorecard. Members noted that the number of children in care had "
        "stabilised, that re-referrals within twelve months had fallen, and that caseloads in the assessment teams "
        "remained above the target of eighteen. Councillor Sahota asked about agency social workers; officers "
        "confirmed that the proportion had fallen to 27 per cent.")
    rows = [["Indicator", "Q1", "Q2", "Q3", "Target", "Direction"]]
    for i, ind in enumerate(["Contacts leading to a referral (%)", "Re-referrals within 12 months (%)",
                             "Assessments completed within 45 days (%)", "Children subject to a CP plan (rate)",
                             "CP plans lasting 2 years or more (%)", "Children in care (rate per 10,000)",
                             "Care leavers in EET (%)", "Placement stability - 3+ moves (%)",
                             "Average caseload - assessment teams", "Agency social workers (%)"]):
        a = 12 + (i * 17) % 60
        rows.append([ind, str(a), str(a + (i % 3) - 1), str(a + (i % 4) - 2), str(a + 5), "Improving" if i % 2
                     else "Stable"])
    d.ruled(rows, [6.6 * cm, 1.6 * cm, 1.6 * cm, 1.6 * cm, 1.9 * cm, 2.9 * cm])
    d.p("<b>Resolved:</b> That the report be noted and that the Committee receives a further report on "
        "recruitment and retention of social workers at a future meeting.")
    d.record_res(None, "That the report be noted and that the Committee receives a further report on recruitment "
                 "and retention of social workers at a future meeting.", "resolution")
    d.p("44. SEND LOCAL AREA REVISIT AND ACCELERATED PROGRESS PLAN", MINUTE)
    d.p("The Strategic Director presented the report, which set out the outcome of the revisit carried out by "
        "Ofsted and the Care Quality Commission from 15 to 17 November 2021 to see what progress had been made "
        "against the five significant weaknesses identified at the joint local area SEND inspection of 21 to 25 "
        "January 2019. The revisit letter had been published on 7 January 2022.")
    d.date("from 15 to 17 November 2021", "2021-11-15", "2021-11-17")
    d.date("21 to 25 January 2019", "2019-01-21", "2019-01-25")
    d.date("7 January 2022", "2022-01-07")
    d.event("revisit", "2021-11-15", "2021-11-17", "the revisit carried out by Ofsted and the Care Quality "
                                                   "Commission from 15 to 17 November 2021")
    d.event("inspection", "2019-01-21", "2019-01-25",
            "the joint local area SEND inspection of 21 to 25 January 2019")
    d.event("revisit-outcome", "2022-01-07", None, "The revisit letter had been published on 7 January 2022.")
    d.p("Members were reminded that the Written Statement of Action had been submitted in May 2019 and judged fit "
        "for purpose on 30 July 2019, and that officials from the Department for Education and NHS England had "
        "monitored progress against it at six-monthly intervals, the last time on 20 September 2021.")
    d.date("May 2019", "2019-05")
    d.date("30 July 2019", "2019-07-30")
    d.date("20 September 2021", "2021-09-20")
    d.event("wsoa-submitted", "2019-05", None, "the Written Statement of Action had been submitted in May 2019")
    d.event("wsoa-approved", "2019-07-30", None, "judged fit for purpose on 30 July 2019")
    d.event("monitoring", "2021-09-20", None, "officials from the Department for Education and NHS England had "
                                              "monitored progress against it at six-monthly intervals, the last "
                                              "time on 20 September 2021")
    d.p("Inspectors had found that the area had made sufficient progress in two of the five areas, namely the "
        "development of the local offer and the arrangements for joint commissioning. The three significant "
        "weaknesses in which sufficient progress had not been made were:")
    for label, text, themes in [
            ("a.", "The timeliness and quality of education, health and care plans, and the poor contribution of "
                   "health and social care to them.", ["ehc-plans"]),
            ("b.", "The high rates of exclusion and of absence among children and young people with SEND, and "
                   "the over-use of part-time timetables.", ["inclusion-provision", "outcomes"]),
            ("c.", "The long waiting times for assessment by the autism spectrum disorder pathway and for speech "
                   "and language therapy.", ["health-services"])]:
        d.weak(text, themes, marker=label, style=HANG)
    d.p("As a result, the Department for Education and NHS England had required the area to produce an Accelerated "
        "Progress Plan, which must be agreed with them by 31 March 2022. The Head of SEND explained that the draft "
        "plan had been shared with the Parent Carer Forum (Voices of Stoke) on 3 February 2022 and that the first "
        "APP review meeting was likely to take place in June 2022.")
    d.date("31 March 2022", "2022-03-31")
    d.date("3 February 2022", "2022-02-03")
    d.date("June 2022", "2022-06")
    d.event("progress-plan", "2022-03-31", None,
            "an Accelerated Progress Plan, which must be agreed with them by 31 March 2022")
    d.event("monitoring", "2022-06", None, "the first APP review meeting was likely to take place in June 2022")
    d.p("Dr Nwachukwu said that the CCG had invested in additional speech and language therapists and that the "
        "wait for a first autism assessment appointment had fallen from 58 to 41 weeks since the summer, but "
        "accepted that this was still far too long.")
    d.p("Members raised the following matters in discussion:")
    for t in ["whether head teachers had been told the outcome of the revisit, and how academies would be held to "
              "account for part-time timetables;",
              "the number of EHC plans issued within twenty weeks in the last quarter (officers reported 46 per "
              "cent, against 19 per cent a year earlier);",
              "how the voice of young people had been captured in the draft plan; and",
              "whether the Committee could see the plan before it was agreed."]:
        d.p(f"&bull; {t}", BULLET)
    d.p("The Cabinet Member thanked the Committee for its challenge and said that she would chair the SEND "
        "Improvement Board herself from March 2022.")
    d.date("March 2022", "2022-03")
    d.p("<b>Resolved:</b>")
    for label, text in [
            ("(1)", "That the outcome of the SEND local area revisit be noted."),
            ("(2)", "That the Committee's comments on the draft Accelerated Progress Plan, as recorded above, be "
                    "passed to the Cabinet Member for consideration before the plan is finalised."),
            ("(3)", "That progress against the Accelerated Progress Plan be reported to the Committee at each "
                    "alternate meeting, with data on exclusions and part-time timetables by school.")]:
        d.res(label, text, "resolution")
    d.p("45. HOME TO SCHOOL TRAVEL ASSISTANCE POLICY REVIEW", MINUTE)
    d.p("The Assistant Director outlined the proposed consultation on the post-16 travel assistance policy statement, "
        "which would run from 1 March to 12 April 2022. Members asked that the consultation be accessible to "
        "young people with learning disabilities and their families.")
    d.date("from 1 March to 12 April 2022", "2022-03-01", "2022-04-12")
    d.p("<b>Resolved:</b> That the proposed consultation be supported, subject to the Committee's comments on "
        "accessibility.")
    d.record_res(None, "That the proposed consultation be supported, subject to the Committee's comments on "
                 "accessibility.", "resolution")
    d.p("46. SPECIALIST PROVISION - SUFFICIENCY PLAN", MINUTE)
    d.p("The Head of SEND introduced the draft sufficiency plan for specialist places, which forecast a shortfall "
        "of around 140 places for pupils with social, emotional and mental health needs and for autistic pupils by "
        "the end of the plan period. The plan proposed two new resourced provisions in mainstream secondary "
        "schools, the expansion of one special academy and a bid to the Department for Education's free school "
        "programme. The capital cost would be met from the High Needs Provision Capital Allocation.")
    d.p("Councillor Hollins asked whether the forecast took account of new housing in the north of the city; "
        "officers confirmed that pupil yield from approved developments was included. Councillor Brassington "
        "asked that the plan should not lead to more children travelling long distances, and the Assistant "
        "Director agreed that the plan's aim was to educate more children closer to home.")
    rows = [["Need / phase", "Places now", "Forecast need", "Proposed new places", "Gap after proposals"]]
    for i, need in enumerate(["ASD - primary", "ASD - secondary", "SEMH - primary", "SEMH - secondary",
                              "MLD/SLD - primary", "MLD/SLD - secondary", "PMLD - all through", "Post-16 specialist",
                              "Alternative provision (SEND)", "Hearing/visual impairment resource"]):
        now = 30 + (i * 41) % 180
        need_n = now + 10 + (i * 13) % 40
        new_n = (i * 7) % 30
        rows.append([need, str(now), str(need_n), str(new_n), str(need_n - now - new_n)])
    d.ruled(rows, [5 * cm, 2.4 * cm, 2.8 * cm, 3 * cm, 3 * cm])
    d.p("<b>Resolved:</b> That the Committee supports the draft sufficiency plan and asks that the Cabinet Member "
        "consider its comments on travel distances before the plan is approved.")
    d.record_res(None, "That the Committee supports the draft sufficiency plan and asks that the Cabinet Member "
                 "consider its comments on travel distances before the plan is approved.", "resolution")
    d.p("47. WORK PROGRAMME", MINUTE)
    rows = [["Meeting", "Item", "Lead"],
            ["21 March 2022", "SEND Accelerated Progress Plan (final)", "Strategic Director"],
            ["21 March 2022", "Educational attainment 2021 (teacher-assessed grades)", "AD Education and Skills"],
            ["13 June 2022", "APP progress - exclusions and part-time timetables by school", "Head of SEND"],
            ["13 June 2022", "Social worker recruitment and retention", "AD Children's Social Care"],
            ["12 September 2022", "Youth justice plan", "Head of Youth Offending"],
            ["12 September 2022", "Annual report of the Virtual School", "Virtual School Head"]]
    d.ruled(rows, [3.6 * cm, 8.6 * cm, 4 * cm])
    d.date("21 March 2022", "2022-03-21")
    d.date("13 June 2022", "2022-06-13")
    d.date("12 September 2022", "2022-09-12")
    d.p("<b>Resolved:</b> That the work programme be agreed, subject to the addition of the SEND items set out "
        "above.")
    d.record_res(None, "That the work programme be agreed, subject to the addition of the SEND items set out above.",
                 "resolution")
    d.p("Appendix to minute 43 - school exclusion and absence data (tabled)", MINUTE)
    school_table(d, 17, 48)
    d.p("The meeting closed at 7.48pm.")
    d.p("Chair: ...............................................")
    return d


# ------------------------------------------------------------------------------------------------------------------
def thurrock_revisit() -> Doc:
    d = Doc("thurrock/round51-2021-11-09-childrens-services-overview-and-scrutiny-committee/"
            "SEND Revisit Outcome - report and Appendix 1.pdf",
            {"council": "Thurrock Council", "council_slug": "thurrock",
             "committee": "Children's Services Overview and Scrutiny Committee", "meeting_date": "2021-11-09",
             "title": "SEND Revisit Outcome", "source_kind": "moderngov-document",
             "url": "https://democracy.thurrock.gov.uk/documents/s33521/SEND%20Revisit%20Outcome.pdf"},
            {"council": "Thurrock Council", "committee": "Children's Services Overview and Scrutiny Committee",
             "date": "2021-11-09"},
            "9 November 2021", "ITEM: 7", "", page_label="{n}")
    d.ruled([["9 November 2021", "ITEM: 7"],
             ["Children's Services Overview and Scrutiny Committee", ""],
             ["Outcome of the Ofsted and CQC Revisit of Special Educational Needs and Disabilities (SEND) in "
              "Thurrock", ""],
             ["Wards and communities affected: All", "Key Decision: Non-key"],
             ["Report of: Rosalind Akintola-Grey, Strategic Lead, Special Educational Needs and Disabilities", ""],
             ["Accountable Assistant Director: Niall Corrigan-Webb, Assistant Director Education and Skills", ""],
             ["Accountable Director: Sheila Marchetti, Corporate Director of Children's Services", ""],
             ["This report is Public", ""]], [11.2 * cm, 5 * cm], header_rows=0)
    d.date("9 November 2021", "2021-11-09")
    d.person("Rosalind Akintola-Grey", "Strategic Lead, Special Educational Needs and Disabilities", "officer")
    d.person("Niall Corrigan-Webb", "Assistant Director Education and Skills", "officer")
    d.person("Sheila Marchetti", "Corporate Director of Children's Services", "officer")
    d.h("Executive Summary")
    d.p("Ofsted and the Care Quality Commission (CQC) revisited Thurrock between 20 and 22 September 2021 to decide "
        "whether the local area had made sufficient progress in addressing the four areas of significant weakness "
        "detailed in the written statement of action. The outcome letter, which is attached as Appendix 1, was "
        "published on 28 October 2021. Inspectors found that the area has made sufficient progress in addressing "
        "one of the four areas and has not made sufficient progress in the other three.")
    d.date("between 20 and 22 September 2021", "2021-09-20", "2021-09-22")
    d.date("28 October 2021", "2021-10-28")
    d.event("revisit", "2021-09-20", "2021-09-22", "Ofsted and the Care Quality Commission (CQC) revisited Thurrock "
                                                   "between 20 and 22 September 2021")
    d.event("revisit-outcome", "2021-10-28", None, "The outcome letter, which is attached as Appendix 1, was "
                                                   "published on 28 October 2021.")
    d.h("1. Recommendation(s)")
    for label, text in [("1.1", "That the Committee notes the outcome of the revisit and the areas in which "
                                "sufficient progress has not yet been made."),
                        ("1.2", "That the Committee comments on the proposed approach to the Accelerated Progress "
                                "Plan set out in section 3.")]:
        d.res(label, text, "recommendation", style=NUMBERED)
    d.h("2. Introduction and Background")
    d.num("2.1", "The joint local area SEND inspection took place in October 2019. A Written Statement of Action "
                 "(WSOA) was required and was declared fit for purpose on 2 April 2020. Delivery was affected by "
                 "the pandemic; the revisit, originally expected in spring 2021, was postponed.")
    d.date("October 2019", "2019-10")
    d.date("2 April 2020", "2020-04-02")
    d.event("inspection", "2019-10", None, "The joint local area SEND inspection took place in October 2019.")
    d.event("wsoa-approved", "2020-04-02", None, "A Written Statement of Action (WSOA) was required and was "
                                                 "declared fit for purpose on 2 April 2020.")
    d.num("2.2", "The area was found to have made sufficient progress in improving the local offer and "
                 "communication with families. In the other three areas inspectors acknowledged improvements but "
                 "found that they were too recent to have made a difference to families' experiences.")
    d.h("3. Issues, Options and Analysis of Options")
    d.num("3.1", "Where sufficient progress has not been made, the Department for Education (DfE) and NHS England "
                 "require an Accelerated Progress Plan (APP). Thurrock's APP must be submitted to the DfE by "
                 "10 December 2021, after which DfE and NHS England advisers will review progress every three "
                 "months, the first review being scheduled for 15 March 2022.")
    d.date("10 December 2021", "2021-12-10")
    d.date("15 March 2022", "2022-03-15")
    d.event("progress-plan", "2021-12-10", None, "Thurrock's APP must be submitted to the DfE by 10 December 2021")
    d.event("monitoring", "2022-03-15", None, "DfE and NHS England advisers will review progress every three "
                                              "months, the first review being scheduled for 15 March 2022")
    d.num("3.2", "The APP will be co-produced with Thurrock Parent Carer Forum and overseen by the SEND Strategic "
                 "Board, chaired by the Corporate Director. It will carry forward the actions of the WSOA that "
                 "remain relevant, with clearer measures of impact.")
    d.h("4. Reasons for Recommendation")
    d.num("4.1", "To ensure that Members are sighted on the outcome and can scrutinise the APP as it develops.")
    d.h("5. Consultation (including Overview and Scrutiny, if applicable)")
    d.num("5.1", "The revisit outcome was shared with the Parent Carer Forum on 1 November 2021 and with head "
                 "teachers at the Thurrock Education Alliance meeting on 4 November 2021.")
    d.date("1 November 2021", "2021-11-01")
    d.date("4 November 2021", "2021-11-04")
    d.h("6. Impact on corporate policies, priorities, performance and community impact")
    d.num("6.1", "The work supports the Council's 'People' priority.")
    d.h("7. Implications")
    d.p("<b>7.1 Financial</b> - Implications verified by: Yusuf Brennan-Adebayo, Strategic Lead - Finance. There "
        "are no direct financial implications from this report.")
    d.p("<b>7.2 Legal</b> - Implications verified by: Carys Lindqvist, Principal Solicitor. The Council has duties "
        "under the Children and Families Act 2014.")
    d.p("<b>7.3 Diversity and Equality</b> - Implications verified by: Rebecca Oyelaran, Community Engagement and "
        "Project Monitoring Officer. The APP aims to improve outcomes for a group with a protected characteristic.")
    d.people_as("officer", [("Yusuf Brennan-Adebayo", "Strategic Lead - Finance"),
                            ("Carys Lindqvist", "Principal Solicitor"),
                            ("Rebecca Oyelaran", "Community Engagement and Project Monitoring Officer")])
    d.h("8. Background papers used in preparing the report")
    d.p("Thurrock Written Statement of Action (2020). Joint local area SEND inspection letter, December 2019.")
    d.date("December 2019", "2019-12")
    d.h("9. Appendices to the report")
    d.p("Appendix 1 - Ofsted/CQC revisit letter, 28 October 2021")
    d.p("<b>Report Author:</b> Rosalind Akintola-Grey, Strategic Lead, Special Educational Needs and Disabilities, "
        "Children's Services")
    d.add(PageBreak())

    d.p("<b>Appendix 1</b>")
    d.p("Ofsted<br/>Agora<br/>6 Cumberland Place<br/>Nottingham NG1 6HJ", LETTER)
    d.p("T 0300 123 1231<br/>www.gov.uk/ofsted", LETTER)
    d.p("28 October 2021", LETTER)
    d.p("Sheila Marchetti, Corporate Director of Children's Services, Thurrock Council<br/>"
        "Jane Fairweather-Bell, Accountable Officer, Mid and South Essex Clinical Commissioning Groups<br/>"
        "Rosalind Akintola-Grey, Local Area Nominated Officer", LETTER)
    d.person("Jane Fairweather-Bell", "Accountable Officer, Mid and South Essex Clinical Commissioning Groups",
             "officer")
    d.p("Dear Ms Marchetti, Ms Fairweather-Bell and Ms Akintola-Grey", LETTER)
    d.p("<b>Joint local area SEND revisit in Thurrock</b>", LETTER)
    d.p("Between 20 September 2021 and 22 September 2021, Ofsted and the Care Quality Commission (CQC) revisited the "
        "area of Thurrock to decide whether sufficient progress has been made in addressing each of the areas of "
        "significant weakness detailed in the initial inspection report published on 12 December 2019.", LETTER)
    d.date("12 December 2019", "2019-12-12")
    d.event("outcome-letter", "2019-12-12", None,
            "the initial inspection report published on 12 December 2019")
    d.p("As a result of the findings of the initial inspection and in accordance with the Children Act 2004 "
        "(Joint Area Reviews) Regulations 2015, Her Majesty's Chief Inspector (HMCI) determined that a WSOA was "
        "required because of significant areas of weakness in the area's practice. HMCI determined that the local "
        "authority and the area's clinical commissioning group (CCG) were jointly responsible for submitting the "
        "written statement to Ofsted. The areas of significant weakness were:", LETTER)
    for text, themes in [
            ("the lack of a shared understanding among leaders across education, health and care of how well the "
             "area is meeting the needs of children and young people with SEND, and weak self-evaluation",
             ["leadership-governance"]),
            ("the poor quality of too many EHC plans, which do not accurately reflect children's needs or the "
             "outcomes they should achieve", ["ehc-plans"]),
            ("the inconsistent and often poor communication with parents and carers, and the poorly developed "
             "local offer", ["co-production", "local-offer"]),
            ("the variable quality of provision for children and young people with SEND in mainstream schools, "
             "including the high proportion who are excluded or educated on reduced timetables",
             ["inclusion-provision"])]:
        d.weak(text, themes, marker="-", style=LETTER_HANG)
    d.p("The area has made sufficient progress in addressing one of the four significant weaknesses identified "
        "at the initial inspection. This letter outlines our findings from the revisit.", LETTER)
    d.p("The revisit was led by one of Her Majesty's Inspectors from Ofsted, with a team of inspectors including an "
        "Ofsted Inspector and a children's services inspector from the CQC.", LETTER)
    d.p("Inspectors spoke with children and young people with SEND, parents and carers, and local authority and "
        "National Health Service (NHS) officers. They spoke to leaders from education, health and care. Inspectors "
        "looked at a range of information about the performance of the area, including the area's improvement "
        "plans and self-evaluation. 614 parents responded to an online survey.", LETTER)
    d.p("<b>Main findings</b>", LETTER_BOLD)
    d.p("<b>Leaders' shared understanding and self-evaluation</b>", LETTER_BOLD)
    d.p("Leaders have established a SEND Strategic Board with clear terms of reference and representation from "
        "education, health and social care. The board's self-evaluation is more realistic than at the time of the "
        "initial inspection. However, leaders' understanding of the impact of their work is limited because data "
        "from health providers is not routinely shared, and the board has only recently begun to hear directly "
        "from families.", LETTER)
    d.p("<i>The area has not made sufficient progress in addressing this significant weakness.</i>", LETTER)
    d.p("<b>The quality of EHC plans</b>", LETTER_BOLD)
    d.p("A quality assurance framework has been introduced and case officers have been trained. Newer plans are "
        "better written. Nevertheless, inspectors found many plans in which health and social care advice is "
        "missing or out of date, and outcomes are not specific. Annual reviews do not consistently lead to "
        "amendments.", LETTER)
    d.p("<i>The area has not made sufficient progress in addressing this significant weakness.</i>", LETTER)
    d.p("<b>Communication with families and the local offer</b>", LETTER_BOLD)
    d.p("The local offer has been redesigned with the Parent Carer Forum and is now well used. A regular newsletter "
        "and 'SEND surgeries' in family hubs have improved communication, and parents who responded to the survey "
        "were more positive than in 2019.", LETTER)
    d.p("<i>The area has made sufficient progress in addressing this significant weakness.</i>", LETTER)
    d.p("<b>Provision in mainstream schools</b>", LETTER_BOLD)
    d.p("The inclusion team now works with schools where exclusions are high, and the number of permanent "
        "exclusions of pupils with SEND has fallen. However, the use of reduced timetables remains too high in some "
        "secondary schools, and leaders do not know how many pupils with SEND are affected at any one time.",
        LETTER)
    d.p("<i>The area has not made sufficient progress in addressing this significant weakness.</i>", LETTER)
    d.p("As the area has not made sufficient progress in addressing all of the significant weaknesses, it is for "
        "the Department for Education (DfE) and NHS England to determine the next steps. Ongoing monitoring and "
        "support levels will be increased.", LETTER)
    d.p("Yours sincerely", LETTER)
    d.ruled([["Ofsted", "Care Quality Commission"],
             ["Marian Oyelowo-Banks<br/>Director, Regional Operations (East of England)",
              "Geoffrey Tallis-Moore<br/>Deputy Chief Inspector, Primary Medical Services, Children Health and Justice"],
             ["Lindsay Pemberton-Hay<br/>HMI Lead Inspector", "Martin Stoddart-Lyle<br/>CQC Children's Services "
                                                                 "Inspector"],
             ["Oksana Reilly-Tan<br/>Ofsted Inspector", ""]], [8.1 * cm, 8.1 * cm])
    d.people_as("other", [("Marian Oyelowo-Banks", "Director, Regional Operations (East of England)"),
                          ("Geoffrey Tallis-Moore", "Deputy Chief Inspector, Primary Medical Services, Children Health "
                                               "and Justice"),
                          ("Lindsay Pemberton-Hay", "HMI Lead Inspector"),
                          ("Martin Stoddart-Lyle", "CQC Children's Services Inspector"),
                          ("Oksana Reilly-Tan", "Ofsted Inspector")])
    d.p("cc: Department for Education; Clinical commissioning groups; Director of Public Health for the area; "
        "Department of Health; NHS England", LETTER)
    d.add(PageBreak())
    d.p("<b>Appendix 2 - Supporting data provided to the Committee</b>")
    d.p("Permanent exclusions, suspensions and reduced timetables of pupils with SEND, by school (academic year to "
        "date). Figures below five are suppressed.", SMALL)
    school_table(d, 23, 34)
    need_table(d, 9)
    return d


# ------------------------------------------------------------------------------------------------------------------
def worcestershire_hwb() -> Doc:
    d = Doc("worcestershire/round51-2023-05-16-health-and-well-being-board/SEND Written Statement of Action - "
            "Progress Report and Tracker.pdf",
            {"council": "Worcestershire County Council", "council_slug": "worcestershire",
             "committee": "Health and Well-being Board", "meeting_date": "2023-05-16",
             "title": "SEND Written Statement of Action - Progress Report", "source_kind": "moderngov-document",
             "url": "https://worcestershire.moderngov.co.uk/documents/s47210/SEND%20WSoA%20progress%20report.pdf"},
            {"council": "Worcestershire County Council", "committee": "Health and Well-being Board",
             "date": "2023-05-16"},
            "Health and Well-being Board - 16 May 2023", "Agenda Item 6", "Worcestershire County Council",
            page_label="Page {n}")
    d.date("16 May 2023", "2023-05-16")
    d.title("HEALTH AND WELL-BEING BOARD<br/>16 MAY 2023")
    d.title("SEND WRITTEN STATEMENT OF ACTION - PROGRESS REPORT")
    d.p("<b>Board Sponsor</b><br/>Tamsin Eversley-Grant, Director of Children's Services, Worcestershire County "
        "Council")
    d.p("<b>Author</b><br/>Dr Rhiannon Castell, Director of Nursing and Quality (Children), NHS Herefordshire and "
        "Worcestershire ICB, and Owain Petrakis-Hume, SEND Improvement Programme Manager")
    d.people_as("officer", [("Tamsin Eversley-Grant", "Director of Children's Services, Worcestershire County "
                                                      "Council"),
                            ("Rhiannon Castell", "Director of Nursing and Quality (Children), NHS Herefordshire and "
                                                 "Worcestershire ICB"),
                            ("Owain Petrakis-Hume", "SEND Improvement Programme Manager")])
    d.ruled([["Priorities", ""], ["Mental health and well-being", "Yes"], ["Being active", "No"],
             ["Reducing harm from alcohol", "No"], ["Healthy living at all ages", "Yes"],
             ["Safeguarding", "", ], ["Children and Young People", "Yes"], ["Groups of particular interest", "Yes"],
             ["Item for Decision, Consideration or Information", "Consideration"]], [10 * cm, 6.2 * cm])
    d.h("Recommendation")
    d.p("1. The Health and Well-being Board is asked to:")
    for label, text in [("a)", "Note the progress made against the Written Statement of Action since the Board "
                               "last considered it;"),
                        ("b)", "Consider the areas where progress is slower, identified as amber or red in the "
                               "tracker at Appendix 1, and whether partners can do more to support them; and"),
                        ("c)", "Agree that the Board receives a final report on the Written Statement of Action, "
                               "before the Ofsted/CQC revisit.")]:
        d.res(label, text, "recommendation", style=ROMAN)
    d.h("Background")
    d.num("2.", "The local area of Worcestershire was inspected by Ofsted and the Care Quality Commission between 31 "
                "January and 4 February 2022 to judge the effectiveness of the area in implementing the special "
                "educational needs and disability reforms. The inspection letter, published on 31 March 2022, "
                "required a Written Statement of Action because of significant weaknesses in the area's practice.")
    d.date("between 31 January and 4 February 2022", "2022-01-31", "2022-02-04")
    d.date("31 March 2022", "2022-03-31")
    d.event("inspection", "2022-01-31", "2022-02-04", "The local area of Worcestershire was inspected by Ofsted and "
                                                      "the Care Quality Commission between 31 January and 4 "
                                                      "February 2022")
    d.event("outcome-letter", "2022-03-31", None, "The inspection letter, published on 31 March 2022")
    d.num("3.", "The WSoA was submitted on 8 July 2022 and declared fit for purpose on 23 August 2022. It is owned "
                "jointly by the County Council and the ICB and its delivery is overseen by the SEND Improvement "
                "Board, which reports to this Board twice a year.")
    d.date("8 July 2022", "2022-07-08")
    d.date("23 August 2022", "2022-08-23")
    d.event("wsoa-submitted", "2022-07-08", None, "The WSoA was submitted on 8 July 2022")
    d.event("wsoa-approved", "2022-08-23", None, "declared fit for purpose on 23 August 2022")
    d.num("4.", "The five significant weaknesses (SW) identified by inspectors, and to which the WSoA's five "
                "workstreams correspond, are:")
    for label, text, themes in [
            ("SW1", "Leaders' lack of a clear, shared strategy for SEND across education, health and care, and "
                    "weak oversight of the impact of their work", ["leadership-governance"]),
            ("SW2", "The timeliness and quality of EHC plans, including the quality of health and social care "
                    "advice", ["ehc-plans"]),
            ("SW3", "The long waits for neurodevelopmental assessment and the lack of support for families while "
                    "they wait", ["health-services"]),
            ("SW4", "Parents' and carers' lack of confidence in the area's ability to meet their children's needs, "
                    "and weak co-production", ["co-production"]),
            ("SW5", "The inconsistent identification of need and support at SEN support in mainstream schools",
             ["identification"])]:
        d.weak(text, themes, marker=f"<b>{label}</b> -", style=HANG)
    d.h("Progress")
    d.num("5.", "The Department for Education and NHS England held their most recent six-monthly review meeting on "
                "15 March 2023. Advisers judged that progress was strongest in SW1 and SW2 and that the area "
                "needed to show more impact in SW3 and SW4. The next review is expected in July 2023.")
    d.date("15 March 2023", "2023-03-15")
    d.date("July 2023", "2023-07")
    d.event("monitoring", "2023-03-15", None, "The Department for Education and NHS England held their most "
                                              "recent six-monthly review meeting on 15 March 2023.")
    d.event("monitoring", "2023-07", None, "The next review is expected in July 2023.")
    d.num("6.", "Key achievements since the Board's report of 15 November 2022 include:")
    d.date("15 November 2022", "2022-11-15")
    for t in ["the joint SEND and Alternative Provision Strategy 2023-2026, co-produced with Families in Partnership "
              "(Worcestershire's parent carer forum), was launched in February 2023;",
              "the proportion of new EHC plans issued within twenty weeks rose to 58% in the quarter to March, from "
              "23% a year earlier;",
              "a new 'Waiting Well' offer for families awaiting autism and ADHD assessment, delivered by the "
              "voluntary sector, opened in January 2023; and",
              "all SENCos have had access to the Ordinarily Available Provision training."]:
        d.p(f"&bull; {t}", BULLET)
    d.date("February 2023", "2023-02")
    d.date("January 2023", "2023-01")
    d.num("7.", "The Board is asked to note in particular that the waiting list for neurodevelopmental assessment "
                "for children aged 5 to 18 remains over 2,100, with a median wait of 74 weeks. The ICB has agreed "
                "additional non-recurrent funding, and a revised pathway will be in place from September 2023.")
    d.date("September 2023", "2023-09")
    d.h("Legal, Financial and HR Implications")
    d.num("8.", "None arising directly. The SEND Improvement Programme is funded jointly by the Council and the "
                "ICB. Failure to make sufficient progress could lead the Secretary of State to issue a direction.")
    d.h("Privacy Impact Assessment / Equality and Diversity Implications")
    d.num("9.", "No personal data is processed. An equality impact assessment of the strategy was completed.")
    d.h("Contact Points")
    d.p("<b>County Council Contact Points</b><br/>County Council: 01905 763763<br/>Worcestershire Hub: 01905 765765")
    d.p("<b>Specific Contact Points for this report</b><br/>Owain Petrakis-Hume, SEND Improvement Programme Manager<br/>"
        "Tel: 01905 846291<br/>Email: opetrakishume@worcestershire.gov.uk")
    d.people[-1]["email"] = "opetrakishume@worcestershire.gov.uk"
    d.people[-1]["phone"] = "01905 846291"
    d.h("Supporting Information")
    d.p("Appendix 1 - WSoA tracker (position at 28 April 2023)")
    d.date("28 April 2023", "2023-04-28")
    d.h("Background Papers")
    d.p("In the opinion of the proper officer (in this case the Director of Children's Services) the following are "
        "the background papers relating to the subject matter of this report: agenda papers and minutes of the "
        "Health and Well-being Board of 15 November 2022.")
    d.add(PageBreak())
    d.title("Appendix 1 - WSoA tracker (position at 28 April 2023)")
    d.p("RAG: G - complete or on track; A - some slippage, recovery plan in place; R - off track. 'Due' is the "
        "completion date agreed in the WSoA.", SMALL)
    rows = [["Ref", "Action", "Lead", "Due", "RAG", "Update"]]
    acts = [
        ("1", "Agree and publish joint SEND and AP strategy", "DCS / ICB", "January 2023", "G", "Launched"),
        ("1", "Establish SEND Improvement Board with parent representation", "DCS", "October 2022", "G", "Meets monthly"),
        ("1", "Joint SEND dashboard reported to Board", "BI Manager", "December 2022", "A", "Health data partial"),
        ("1", "Joint self-evaluation refreshed", "Programme Manager", "March 2023", "G", "Complete"),
        ("1", "Annual report to Health and Well-being Board", "DCS", "November 2023", "G", "On track"),
        ("2", "Recruit additional EHC co-ordinators", "Head of SEND", "October 2022", "G", "All in post"),
        ("2", "Health advice within six weeks (target 90%)", "DCO", "March 2023", "A", "78% in March"),
        ("2", "Social care advice template revised", "AD Social Care", "December 2022", "G", "In use"),
        ("2", "Monthly multi-agency audit of plans", "Principal EP", "January 2023", "G", "Embedded"),
        ("2", "Annual review backlog cleared", "Head of SEND", "June 2023", "A", "212 overdue"),
        ("2", "Quality standard co-produced with families", "Programme Manager", "December 2022", "G", "Published"),
        ("3", "Revised neurodevelopmental pathway", "ICB Commissioner", "September 2023", "R", "Procurement delayed"),
        ("3", "Waiting Well offer commissioned", "ICB Commissioner", "January 2023", "G", "Open"),
        ("3", "Waiting list validation exercise", "Provider Trust", "March 2023", "A", "80% complete"),
        ("3", "School-based ND support pilot", "AD Education", "June 2023", "A", "Two clusters live"),
        ("3", "Sleep support service", "Public Health", "September 2023", "R", "Not yet started"),
        ("4", "Co-production charter signed by all partners", "Programme Manager", "November 2022", "G", "Signed"),
        ("4", "Termly 'You said, we did' newsletter", "Communications", "December 2022", "G", "Second issue sent"),
        ("4", "Local offer website redesign", "Local Offer Lead", "June 2023", "A", "Testing with families"),
        ("4", "Parent confidence survey repeated", "Programme Manager", "March 2023", "R", "Response rate low"),
        ("4", "Young people's SEND advisory group", "Participation Lead", "January 2023", "G", "Meets monthly"),
        ("5", "Graduated response toolkit launched", "AD Education", "January 2023", "G", "Launched"),
        ("5", "Ordinarily Available Provision training for SENCos", "Inclusion Lead", "March 2023", "G", "Complete"),
        ("5", "Early years inclusion funding revised", "Early Years Lead", "September 2023", "A", "Consultation"),
        ("5", "Outreach from special schools to mainstream", "Head of SEND", "June 2023", "G", "Agreed"),
        ("5", "SEN support data collected termly", "BI Manager", "December 2022", "A", "Academies partial")]
    for ref, act, lead, due, rag, upd in acts:
        rows.append([f"SW{ref}", act, lead, due, rag, upd])
    d.ruled(rows, [1.2 * cm, 5.2 * cm, 2.5 * cm, 2.8 * cm, 1 * cm, 3.5 * cm])
    for t, iso in [("October 2022", "2022-10"), ("December 2022", "2022-12"), ("March 2023", "2023-03"),
                   ("November 2023", "2023-11"), ("June 2023", "2023-06"), ("November 2022", "2022-11")]:
        d.date(t, iso)
    d.h("Key performance indicators")
    rows = [["Indicator", "Baseline", "Sep", "Dec", "Mar", "Target"]]
    for i, k in enumerate(["EHCPs within 20 weeks (%)", "EHCPs within 20 weeks excl. exceptions (%)",
                           "Health advice within 6 weeks (%)", "Annual reviews on time (%)", "ND waiting list (number)",
                           "Median ND wait (weeks)", "CAMHS waits over 18 weeks (number)", "Tribunal appeals (number)",
                           "Parent confidence (%)", "Pupils at SEN support (%)", "Suspensions - SEND (rate)",
                           "Permanent exclusions - SEND (number)", "Local offer visits (thousands)",
                           "Young people in EET at 19 - SEND (%)"]):
        b = 15 + (i * 29) % 70
        rows.append([k, str(b), str(b + 3), str(b + (i % 5)), str(b + 2 + (i % 7)), str(b + 12)])
    d.ruled(rows, [6.6 * cm, 2 * cm, 1.7 * cm, 1.7 * cm, 1.7 * cm, 2.5 * cm])
    need_table(d, 13)
    return d


# ------------------------------------------------------------------------------------------------------------------
def wokingham_minutes() -> Doc:
    d = Doc("wokingham/round51-2024-11-11-childrens-services-overview-and-scrutiny-committee/"
            "Minutes of Previous Meeting 16 September 2024.pdf",
            {"council": "Wokingham Borough Council", "council_slug": "wokingham",
             "committee": "Children's Services Overview and Scrutiny Committee", "meeting_date": "2024-11-11",
             "title": "Minutes of Previous Meeting", "source_kind": "moderngov-document",
             "url": "https://wokingham.moderngov.co.uk/documents/s78213/Minutes%20of%20Previous%20Meeting.pdf"},
            {"council": "Wokingham Borough Council", "committee": "Children's Services Overview and Scrutiny "
                                                                 "Committee", "date": "2024-09-16"},
            "", "", "", page_label="{n}")
    d.footer_centre = "- {n} -"
    d.page_label = ""
    d.p("<b>MINUTES OF A MEETING OF THE<br/>CHILDREN'S SERVICES OVERVIEW AND SCRUTINY COMMITTEE<br/>HELD ON 16 "
        "SEPTEMBER 2024 FROM 7.00 PM TO 9.41 PM</b>")
    d.date("16 SEPTEMBER 2024", "2024-09-16")
    d.p("<b>Committee Members Present</b><br/>Councillors: Hannah Stroud-Lavington (Chair), Declan Ferris "
        "(Vice-Chair), Imogen Attwater, Rahul Bhattacharyya, Sue Penfold-Mayes, Gregor McTeague and Chloe "
        "Everington")
    d.person("Hannah Stroud-Lavington", "Chair", "member")
    d.person("Declan Ferris", "Vice-Chair", "member")
    d.people_as("member", [("Imogen Attwater", None), ("Rahul Bhattacharyya", None), ("Sue Penfold-Mayes", None),
                           ("Gregor McTeague", None), ("Chloe Everington", None)])
    d.p("<b>Co-opted Members Present</b><br/>Thelma Ossei-Ward (Parent Governor Representative)")
    d.person("Thelma Ossei-Ward", "Parent Governor Representative", "other")
    d.p("<b>Other Councillors Present</b><br/>Priya Kaur-Bennett, Executive Member for Children's Services")
    d.person("Priya Kaur-Bennett", "Executive Member for Children's Services", "member")
    d.p("<b>Officers Present</b><br/>Edwin Lockhart-Sayer, Director of Children's Services<br/>Fenella Abara, "
        "Assistant Director Education and SEND<br/>Dr Martin Achebe, Designated Clinical Officer, NHS "
        "Buckinghamshire, Oxfordshire and Berkshire West ICB<br/>Marcus Teale, Democratic and Electoral Services "
        "Specialist")
    d.people_as("officer", [("Edwin Lockhart-Sayer", "Director of Children's Services"),
                            ("Fenella Abara", "Assistant Director Education and SEND"),
                            ("Martin Achebe", "Designated Clinical Officer, NHS Buckinghamshire, Oxfordshire and "
                                              "Berkshire West ICB"),
                            ("Marcus Teale", "Democratic and Electoral Services Specialist")])
    d.p("<b>Others Present</b><br/>Joanna Whitlock-Rye, Co-Chair, SEND Voices Wokingham")
    d.person("Joanna Whitlock-Rye", "Co-Chair, SEND Voices Wokingham", "other")
    d.p("<b>22. APOLOGIES</b>", MINUTE)
    d.p("Apologies for absence were submitted from Councillor Neil Ambrose-Hythe and from Canon Peter Lyle-Harcourt "
        "(Diocese of Oxford).")
    d.person("Neil Ambrose-Hythe", None, "member")
    d.person("Peter Lyle-Harcourt", "Diocese of Oxford", "other")
    d.p("<b>23. MINUTES OF PREVIOUS MEETING</b>", MINUTE)
    d.p("The minutes of the meeting of the Committee held on 15 July 2024 were confirmed as a correct record and "
        "signed by the Chair.")
    d.record_res(None, "The minutes of the meeting of the Committee held on 15 July 2024 were confirmed as a "
                 "correct record and signed by the Chair.", "resolution")
    d.date("15 July 2024", "2024-07-15")
    d.p("<b>24. DECLARATION OF INTEREST</b>", MINUTE)
    d.p("Councillor Attwater declared that her son has an education, health and care plan.")
    d.p("<b>25. PUBLIC QUESTION TIME</b>", MINUTE)
    d.p("There were no public questions.")
    d.p("<b>26. MEMBER QUESTION TIME</b>", MINUTE)
    d.p("Councillor McTeague asked when the new special school at Winnersh would open. The Executive Member "
        "replied that the Department for Education's current estimate was September 2026, with a temporary "
        "satellite opening in January 2025.")
    d.date("September 2026", "2026-09")
    d.date("January 2025", "2025-01")
    d.p("<b>27. AREA SEND INSPECTION OUTCOME</b>", MINUTE)
    d.p("The Committee considered a report, set out at Agenda pages 9 to 48, which gave details of the outcome of "
        "the inspection of the Wokingham local area partnership by Ofsted and the Care Quality Commission, carried "
        "out from 24 to 28 June 2024 under the new area SEND framework. The report had been published on 16 August "
        "2024.")
    d.date("from 24 to 28 June 2024", "2024-06-24", "2024-06-28")
    d.date("16 August 2024", "2024-08-16")
    d.event("inspection", "2024-06-24", "2024-06-28", "the inspection of the Wokingham local area partnership by "
                                                      "Ofsted and the Care Quality Commission, carried out from 24 "
                                                      "to 28 June 2024")
    d.event("outcome-letter", "2024-08-16", None, "The report had been published on 16 August 2024.")
    d.p("Edwin Lockhart-Sayer reminded Members that the previous inspection, in November 2018, had required a "
        "Written Statement of Action, and that the revisit in March 2022 had found sufficient progress in every "
        "area of weakness. The 2024 inspection had resulted in the middle outcome, meaning that the partnership's "
        "arrangements led to inconsistent experiences and outcomes for children and young people with SEND.")
    d.date("November 2018", "2018-11")
    d.date("March 2022", "2022-03")
    d.event("inspection", "2018-11", None, "the previous inspection, in November 2018")
    d.event("revisit", "2022-03", None, "the revisit in March 2022 had found sufficient progress in every area of "
                                        "weakness")
    d.p("Fenella Abara stated that inspectors had praised the Early Years Inclusion Team, the portage and short "
        "breaks services and the partnership's relationship with SEND Voices Wokingham. The report also set out "
        "five areas for improvement, namely that leaders across education, health and care should improve the "
        "timeliness of EHC needs assessments, so that more plans were issued within the 20-week timescale; that "
        "leaders should strengthen their oversight of children and young people who attended alternative "
        "provision or were on part-time timetables; that the ICB should work with providers to reduce waiting "
        "times for speech and language therapy and occupational therapy; that leaders should improve how they "
        "communicated with parents and carers about the support available at SEN support, including through the "
        "Local Offer; and that leaders should make sure that planning for adulthood started earlier, from Year 9, "
        "and was reflected in children's EHC plans.")
    for text, themes in [
            ("leaders across education, health and care should improve the timeliness of EHC needs assessments, so "
             "that more plans were issued within the 20-week timescale", ["ehc-plans"]),
            ("leaders should strengthen their oversight of children and young people who attended alternative "
             "provision or were on part-time timetables", ["inclusion-provision", "data-oversight"]),
            ("the ICB should work with providers to reduce waiting times for speech and language therapy and "
             "occupational therapy", ["health-services"]),
            ("leaders should improve how they communicated with parents and carers about the support available at "
             "SEN support, including through the Local Offer", ["co-production", "local-offer"]),
            ("leaders should make sure that planning for adulthood started earlier, from Year 9, and was reflected "
             "in children's EHC plans", ["preparing-for-adulthood"])]:
        d.record_weak(text, themes)
    d.p("Fenella Abara added that a SEND improvement plan responding to each area was being drafted with partners "
        "and would be put to the SEND Partnership Board for agreement on 17 October 2024, after which it would be "
        "published on the Local Offer.")
    d.date("17 October 2024", "2024-10-17")
    d.event("progress-plan", "2024-10-17", None, "a SEND improvement plan responding to each area ... would be put "
                                                 "to the SEND Partnership Board for agreement on 17 October 2024")
    d.p("Dr Achebe said that the ICB had commissioned additional speech and language therapy for the borough from "
        "1 September 2024 and that the longest waits for occupational therapy had fallen from 62 to 48 weeks.")
    d.date("1 September 2024", "2024-09-01")
    d.p("Joanna Whitlock-Rye, speaking at the Chair's invitation, said that families recognised the report's "
        "findings and wanted the improvement plan to have measures they could understand.")
    d.p("In the course of the discussion, Members raised the following points:")
    for t in ["Councillor Bhattacharyya asked how many children were currently on part-time timetables. Officers "
              "stated that 63 pupils with SEND were known to the inclusion team, but that returns from academies "
              "were incomplete.",
              "Councillor Penfold-Mayes asked about the 20-week timescale. It was confirmed that 49% of plans had "
              "been issued on time in the year to June, against 31% in the previous year.",
              "Councillor Everington asked whether the Committee would see the plan before it was agreed. The "
              "Director agreed to circulate the draft to Members in early October.",
              "Thelma Ossei-Ward asked about training for teaching assistants; officers would provide a written "
              "answer.",
              "Councillor Ferris asked whether the ICB had the workforce to deliver the additional therapy. Dr "
              "Achebe stated that two of the five new posts were still vacant."]:
        d.p(f"&bull; {t}", BULLET)
    d.p("<b>RESOLVED That:</b>")
    for label, text in [
            ("1)", "the outcome of the area SEND inspection and the areas for improvement be noted;"),
            ("2)", "the partnership's staff be thanked for their work during the inspection;"),
            ("3)", "the draft SEND improvement plan be circulated to Members before it is considered by the SEND "
                   "Partnership Board;"),
            ("4)", "a report on progress against the plan, including data on part-time timetables by school, be "
                   "brought to the Committee in March 2025.")]:
        d.res(label, text, "resolution")
    d.date("March 2025", "2025-03")
    d.p("<b>28. CHILDREN'S SERVICES PERFORMANCE SCORECARD - QUARTER 1</b>", MINUTE)
    d.p("The Committee considered the quarter 1 scorecard. Members noted the improvement in the timeliness of "
        "initial child protection conferences and the continued pressure on placement sufficiency for children in "
        "care.")
    rows = [["Measure", "Q4 23/24", "Q1 24/25", "Target", "Status"]]
    for i, m in enumerate(["Referrals completed in 1 working day (%)", "Re-referrals within 12 months (%)",
                           "Assessments within 45 days (%)", "ICPCs within 15 days (%)", "Children on a CP plan "
                           "(number)", "Children in care (number)", "Children in care - 3+ placements (%)",
                           "Care leavers in suitable accommodation (%)", "New EHCPs within 20 weeks (%)",
                           "EHCP annual reviews on time (%)", "Early help assessments (number)",
                           "Children missing education (number)", "EHE registrations (number)",
                           "Social worker vacancy rate (%)", "Agency social workers (%)"]):
        a = 20 + (i * 31) % 70
        rows.append([m, str(a), str(a + (i % 5) - 2), str(a + 4), "On target" if i % 3 else "Below target"])
    d.ruled(rows, [7.2 * cm, 2.2 * cm, 2.2 * cm, 2 * cm, 2.6 * cm])
    d.p("<b>RESOLVED That:</b> the quarter 1 performance scorecard be noted.")
    d.record_res(None, "the quarter 1 performance scorecard be noted.", "resolution")
    d.p("<b>29. HIGH NEEDS BLOCK DEFICIT MANAGEMENT PLAN</b>", MINUTE)
    d.p("The Committee received an update on the High Needs Block deficit management plan. The cumulative deficit "
        "was forecast to reach £38.6m by the end of the financial year. Members noted that the statutory override "
        "was due to end in March 2026.")
    d.date("March 2026", "2026-03")
    d.p("<b>RESOLVED That:</b>")
    for label, text in [("1)", "the update be noted;"),
                        ("2)", "the Committee's concern at the scale of the deficit be conveyed to the Executive "
                               "Member for Finance.")]:
        d.res(label, text, "resolution")
    d.p("<b>30. FORWARD PROGRAMME</b>", MINUTE)
    d.ruled([["Meeting date", "Item"],
             ["11 November 2024", "SEND improvement plan (as agreed); School attainment (provisional results)"],
             ["20 January 2025", "Budget proposals 2025/26; Youth justice"],
             ["17 March 2025", "SEND improvement plan - progress; Annual report of the Virtual School"]],
            [4 * cm, 12.2 * cm])
    d.date("11 November 2024", "2024-11-11")
    d.date("20 January 2025", "2025-01-20")
    d.date("17 March 2025", "2025-03-17")
    d.p("<b>RESOLVED That:</b> the forward programme be agreed, subject to the SEND improvement plan progress item "
        "being brought forward to 17 March 2025.")
    d.record_res(None, "the forward programme be agreed, subject to the SEND improvement plan progress item being "
                 "brought forward to 17 March 2025.", "resolution")
    d.p("Annex to minute 28 - school-level inclusion indicators, as circulated", MINUTE)
    school_table(d, 29, 48)
    d.p("Annex to minute 29 - EHC plans maintained by primary need, as circulated", MINUTE)
    need_table(d, 31)
    return d


DOCUMENTS = [wandsworth_pack, west_northants_cabinet, stoke_minutes, thurrock_revisit, worcestershire_hwb,
             wokingham_minutes]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
