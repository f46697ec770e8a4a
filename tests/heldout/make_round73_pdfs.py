"""Write the long printed documents of the held-out round 73 (reportlab), and their gold.

Round 73 is a blind batch of LONG PDFs (5 to 8 pages), written with their gold before any extractor ran on them,
for councils beginning L to R: an Accelerated Progress Plan progress report with a tracker (Newham, 2016
framework); a report with the re-visit outcome letter appended (Portsmouth, 2016 framework); printed minutes of a
Health and Wellbeing Board (Reading, 2016 framework); a Priority Action Plan document as a committee appendix
(Lewisham, 2023 framework); an agenda reports pack (Lincolnshire, 2023 framework); and an Executive report with
appendices (Manchester, 2023 framework). Invented text, fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round73_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles, two_columns  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("73", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
MINUTE, NUM_PARA, LETTER, LETTER_BOLD, LETTER_BULLET = S.minute, S.num_para, S.letter, S.letter_bold, S.letter_bullet
CENTRE, INDENT, SUB, PLAN, RIGHT, SUB_PARA, ROMAN, QUOTE = (S.centre, S.indent, S.sub, S.plan_cell, S.right,
                                                           S.sub_para, S.roman, S.quote)

ISO_MONTH = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                         "Dec"], 1)}


class Doc(LongDoc):
    """A round 73 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#DCE6F0", "#EEF2F7", "#F4F4F4")

    def date(self, text: str, start: str, end: str | None = None):
        """Each (start, end) pair once, with the text of its first occurrence."""
        if not any(x["start"] == start and x["end"] == end for x in self.dates):
            super().date(text, start, end)

    def dates_(self, pairs):
        for pair in pairs:
            self.date(*pair)

    def short_months(self, cells):
        """Short month cells ("Sep 2022"), each a month date."""
        for c in cells:
            mon, year = c.split()
            self.date(c, f"{year}-{ISO_MONTH[mon[:3]]:02d}")


NEEDS = ["Autistic spectrum disorder", "Speech, language and communication needs", "Social, emotional and mental "
         "health", "Moderate learning difficulty", "Severe learning difficulty", "Profound and multiple learning "
         "difficulty", "Specific learning difficulty", "Physical disability", "Hearing impairment",
         "Visual impairment", "Other difficulty or disability"]
SCHOOLS = ["Abbey", "Brookside", "Cedars", "Danesfield", "Elmhurst", "Fairfield", "Glebe", "Hawthorn", "Ivydale",
           "Jubilee", "Kingsmead", "Larkrise", "Meadowbank", "Northgate", "Orchard", "Parkside", "Queensway",
           "Riverside", "St Anne's", "Thornbury", "Upton", "Victoria", "Westfield", "Yarrow"]


def need_table(d: Doc, seed: int):
    rows = [["Primary need", "EHC plans", "Share %", "SEN support", "Share %"]]
    for i, need in enumerate(NEEDS):
        a, b = 29 + (i * 167 + seed * 13) % 590, 57 + (i * 241 + seed * 7) % 1210
        rows.append([need, str(a), f"{(a % 23) + 1}.{i % 10}", str(b), f"{(b % 17) + 1}.{(i * 7) % 10}"])
    d.ruled(rows, [6.6 * cm, 2.3 * cm, 2 * cm, 2.6 * cm, 2.5 * cm])


def school_table(d: Doc, seed: int, rows_n: int = 20):
    rows = [["School", "Phase", "On roll", "SEN support %", "EHC plan %", "Suspensions", "Part-time timetables"]]
    for i in range(rows_n):
        rows.append([f"{SCHOOLS[(i + seed) % len(SCHOOLS)]} {'Primary' if i % 3 else 'Academy'}",
                     "Primary" if i % 3 else "Secondary", str(180 + (i * 83 + seed * 29) % 1090),
                     f"{9 + (i * 7 + seed) % 11}.{(i * 3) % 10}", f"{1 + (i * 5 + seed) % 5}.{(i * 9) % 10}",
                     str((i * 11 + seed) % 19), str((i * 7 + seed) % 6)])
    d.ruled(rows, [4.2 * cm, 1.9 * cm, 1.6 * cm, 2 * cm, 1.9 * cm, 2.2 * cm, 2.4 * cm])


def kpi_table(d: Doc, labels: list[str], seed: int, head=("Measure", "Baseline", "Latest", "Target", "RAG")):
    rows = [list(head)]
    for i, label in enumerate(labels):
        base = 18 + (i * 17 + seed * 7) % 60
        rows.append([label, f"{base}%", f"{base + (i * 5 + seed) % 15}%", f"{min(base + 25, 95)}%",
                     ["Green", "Amber", "Red"][(i + seed) % 3]])
    d.ruled(rows, [7.6 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 2 * cm])


def area_table(d: Doc, names: list[str], seed: int, label: str = "Area"):
    rows = [[label, "Children with EHC plan", "SEN support", "New requests (year)", "Issued in 20 weeks %",
             "Mainstream %"]]
    for i, name in enumerate(names):
        rows.append([name, str(98 + (i * 61 + seed * 19) % 400), str(330 + (i * 131 + seed) % 800),
                     str(14 + (i * 29 + seed) % 78), f"{21 + (i * 11 + seed) % 68}", f"{34 + (i * 7 + seed) % 41}"])
    d.ruled(rows, [3.8 * cm, 2.4 * cm, 2.2 * cm, 2.6 * cm, 2.6 * cm, 2.4 * cm])


# ------------------------------------------------------------------------------------------------------------------
def newham_progress() -> Doc:
    """An Accelerated Progress Plan progress report with a tracker, to a scrutiny commission (2016 framework)."""
    committee = "Children and Young People Scrutiny Commission"
    rel = ("newham/round73-2023-09-19-children-and-young-people-scrutiny-commission/"
           "SEND Accelerated Progress Plan - progress report September 2023.pdf")
    d = Doc(rel, {"council": "London Borough of Newham", "council_slug": "newham", "committee": committee,
                  "meeting_date": "2023-09-19", "title": "SEND Accelerated Progress Plan - progress report",
                  "source_kind": "moderngov-document",
                  "url": "https://mgov.newham.gov.uk/documents/s161240/SEND%20APP%20progress%20report.pdf"},
            {"council": "London Borough of Newham", "committee": committee, "date": "2023-09-19"},
            "London Borough of Newham", "OFFICIAL", "Children and Young People Scrutiny Commission")
    d.table([["Report title", "Special Educational Needs and Disabilities: Accelerated Progress Plan - progress "
              "report"],
             ["Date of Meeting", "19 September 2023"],
             ["Lead Officer and contact details", "Farhana Chowdhury, Director of Education and Skills, "
              "farhana.chowdhury@newham.gov.uk"],
             ["Director, Lead Officer", "Reuben Okonjo, Corporate Director, Children and Young People Services"],
             ["Lead Member", "Councillor Tahmina Rashid, Cabinet Member for Children and Young People"],
             ["Wards affected", "All"],
             ["Key Decision?", "No"],
             ["Exempt information and Grounds", "Not applicable"],
             ["Appendices (if any)", "Appendix A - APP tracker (August 2023 return)<br/>Appendix B - Note of the "
              "DfE and NHS England review meeting, 27 June 2023"]],
            [5 * cm, 11.2 * cm], header=False)
    d.date("19 September 2023", "2023-09-19")
    d.date("August 2023", "2023-08")
    d.date("27 June 2023", "2023-06-27")
    d.person("Farhana Chowdhury", "Director of Education and Skills", "officer", "farhana.chowdhury@newham.gov.uk")
    d.person("Reuben Okonjo", "Corporate Director, Children and Young People Services", "officer")
    d.person("Tahmina Rashid", "Cabinet Member for Children and Young People", "member")
    d.h("1. EXECUTIVE SUMMARY")
    d.num("1.1", "This report updates the Commission on the delivery of the SEND Accelerated Progress Plan (APP), "
          "which the Newham local area partnership has been working to since the Ofsted and Care Quality "
          "Commission re-visit of November 2021. It follows the update that the Commission received in October "
          "2022 and describes the outcome of the third formal review by the Department for Education and NHS "
          "England.")
    d.dates_([("November 2021", "2021-11"), ("October 2022", "2022-10")])
    d.num("1.2", "In summary: 31 of the 42 APP actions are complete; eight are on track; three are behind "
          "schedule, all of them in the health workstream. The advisers' view at the June review was that the "
          "partnership is making 'steady and, in places, good' progress but that improvement in the timeliness of "
          "speech and language therapy has not been sustained.")
    d.h("2. RECOMMENDATIONS")
    d.num("2.1", "The Commission is recommended to:")
    for label, text in [("a.", "Note the progress made against the Accelerated Progress Plan set out in this "
                         "report and in Appendix A."),
                        ("b.", "Note the feedback from the DfE and NHS England review held on 27 June 2023."),
                        ("c.", "Consider whether it wishes to receive a further report from the Integrated Care "
                         "Board on waiting times for speech and language therapy at its meeting in January "
                         "2024.")]:
        d.res(label, text, "recommendation", style=SUB_PARA)
    d.date("January 2024", "2024-01")
    d.h("3. BACKGROUND")
    d.num("3.1", "Ofsted and the CQC carried out a joint inspection of the local area of Newham from 21 to 25 "
          "January 2019. The letter setting out their findings was published on 26 March 2019 and required the "
          "local authority and the then clinical commissioning group to produce a Written Statement of Action. "
          "The WSoA was judged fit for purpose on 5 August 2019.")
    d.dates_([("from 21 to 25 January 2019", "2019-01-21", "2019-01-25"), ("26 March 2019", "2019-03-26"),
              ("5 August 2019", "2019-08-05")])
    d.event("inspection", "2019-01-21", "2019-01-25", "Ofsted and the CQC carried out a joint inspection of the "
            "local area of Newham from 21 to 25 January 2019")
    d.event("outcome-letter", "2019-03-26", None, "The letter setting out their findings was published on 26 March "
            "2019")
    d.event("wsoa-approved", "2019-08-05", None, "The WSoA was judged fit for purpose on 5 August 2019")
    d.num("3.2", "Inspectors re-visited the area between 8 and 10 November 2021. Their letter, published on 11 "
          "January 2022, found that sufficient progress had been made in two of the six areas of significant "
          "weakness (the local offer, and joint commissioning arrangements) but not in the remaining four. An APP "
          "was therefore required; it was submitted to the Department for Education on 11 March 2022.")
    d.dates_([("between 8 and 10 November 2021", "2021-11-08", "2021-11-10"), ("11 January 2022", "2022-01-11"),
              ("11 March 2022", "2022-03-11")])
    d.event("revisit", "2021-11-08", "2021-11-10", "Inspectors re-visited the area between 8 and 10 November 2021")
    d.event("revisit-outcome", "2022-01-11", None, "Their letter, published on 11 January 2022")
    d.event("progress-plan", "2022-03-11", None, "it was submitted to the Department for Education on 11 March 2022")
    d.num("3.3", "The four weaknesses carried into the APP are, in the words of the 2019 letter:")
    for label, text, themes in [
            ("3.3.1", "the lack of a coherent, jointly owned strategy for SEND, and leaders' limited understanding of "
             "the effectiveness of the local area's arrangements", ["leadership-governance"]),
            ("3.3.2", "the poor quality of EHC plans, which do not capture children's needs and aspirations or "
             "include meaningful contributions from health and social care", ["ehc-plans"]),
            ("3.3.3", "the long waiting times for speech and language therapy and for the autism diagnostic "
             "pathway", ["health-services"]),
            ("3.3.4", "the high rate of exclusion of children and young people with SEND, and the use of "
             "unofficial exclusion and part-time timetables", ["inclusion-provision"])]:
        d.weak(text, themes, marker=label, style=SUB_PARA)
    d.num("3.4", "Formal reviews of the APP were held with DfE and NHS England advisers in June 2022 and December "
          "2022, and most recently on 27 June 2023. The next review is scheduled for 12 December 2023.")
    d.dates_([("June 2022", "2022-06"), ("December 2022", "2022-12"), ("12 December 2023", "2023-12-12")])
    d.event("monitoring", "2022-06", None, "Formal reviews of the APP were held with DfE and NHS England advisers in "
            "June 2022")
    d.event("monitoring", "2022-12", None, "and December 2022")
    d.event("monitoring", "2023-06-27", None, "and most recently on 27 June 2023")
    d.event("monitoring", "2023-12-12", None, "The next review is scheduled for 12 December 2023")
    d.h("4. KEY ISSUES")
    d.p("<b>Strategy and oversight.</b> The SEND and Inclusion Strategy 2022-2026 was adopted by Cabinet on 6 "
        "September 2022 and the SEND Partnership Board now receives a quarterly performance scorecard. Newham "
        "Parent Forum co-chairs the Board's quality assurance sub-group.")
    d.date("6 September 2022", "2022-09-06")
    d.p("<b>EHC plans.</b> The monthly multi-agency audit has now covered 214 plans. In the three months to July "
        "2023, 71% were judged good or better, against 38% at the baseline audit in April 2022. Timeliness of new "
        "plans within 20 weeks was 63% in the year to July 2023.")
    d.dates_([("July 2023", "2023-07"), ("April 2022", "2022-04")])
    d.p("<b>Speech and language therapy and autism.</b> The ICB commissioned an additional 4.6 whole-time "
        "equivalent therapists from January 2023, but recruitment has been slow and the number of children waiting "
        "more than 18 weeks rose again over the summer. The autism diagnostic backlog has fallen from 1,130 to "
        "610 children.")
    d.date("January 2023", "2023-01")
    d.p("<b>Exclusions and part-time timetables.</b> Suspensions of pupils with EHC plans fell by 22% in the "
        "2022/23 academic year. Every part-time timetable is now notified to the Inclusion Service and reviewed "
        "within six weeks.")
    d.h("5. CONSULTATION")
    d.p("Newham Parent Forum and the Young Advisers' SEND panel have been consulted on this report. Their comments "
        "are summarised in section 4 of Appendix B.")
    d.h("6. IMPLICATIONS")
    d.ruled([["Implication", "Comment", "Verified by"],
             ["Financial", "The APP is funded within the High Needs Block and the ICB's allocation; no new "
              "resource is sought.", "Lucy Adebayo-Marsh, Finance Business Partner"],
             ["Legal", "The Council and ICB have a joint duty under the Children and Families Act 2014.",
              "Simon Achterberg, Senior Lawyer"],
             ["Equalities", "The APP is expected to have a positive impact on children with SEND and their "
              "families.", "Equalities team"]], [3 * cm, 8.6 * cm, 4.6 * cm])
    d.person("Lucy Adebayo-Marsh", "Finance Business Partner", "officer")
    d.person("Simon Achterberg", "Senior Lawyer", "officer")
    d.add(PageBreak())
    d.p("<b>Appendix A - APP tracker (August 2023 return)</b>")
    d.p("RAG: Blue - complete; Green - on track; Amber - some slippage; Red - off track. Deadlines are as agreed with "
        "the DfE in the APP of March 2022 or as revised at review.", SMALL)
    d.date("March 2022", "2022-03")
    tracker = [
        ("Priority 1 - Strategy and leadership", [
            ("1.1", "Publish joint SEND and Inclusion Strategy", "Director of Education", "30/09/22", "Blue",
             "Adopted 6 September 2022"),
            ("1.2", "Quarterly scorecard to Partnership Board", "Head of SEND Performance", "31/10/22", "Blue",
             "Scorecard in place"),
            ("1.3", "Self-evaluation refreshed with parents", "SEND Partnership Board", "31/03/23", "Blue",
             "Refreshed; next refresh Mar 2024")]),
        ("Priority 2 - EHC plans", [
            ("2.1", "Monthly multi-agency audit", "Principal Educational Psychologist", "31/07/22", "Blue",
             "Ongoing; 214 plans audited"),
            ("2.2", "Health advice quality standard", "Designated Clinical Officer", "31/12/22", "Green",
             "Compliance 82%"),
            ("2.3", "Social care advice template", "Head of Children with Disabilities", "28/02/23", "Blue",
             "In use"),
            ("2.4", "Annual review recovery", "SEND Service Manager", "31/08/23", "Amber",
             "Backlog of 180 reviews remains")]),
        ("Priority 3 - Therapies and autism pathway", [
            ("3.1", "Additional SLT capacity", "ICB Associate Director", "31/01/23", "Red",
             "Five of eight posts filled"),
            ("3.2", "Waiting well offer for families", "ICB / Parent Forum", "31/03/23", "Amber",
             "Relaunched Jun 2023"),
            ("3.3", "Autism backlog cleared to under 26 weeks", "ELFT service lead", "31/12/23", "Red",
             "610 waiting")]),
        ("Priority 4 - Inclusion", [
            ("4.1", "Part-time timetable notification", "Head of Inclusion", "30/09/22", "Blue", "In place"),
            ("4.2", "Inclusion charter for schools", "Head of Inclusion", "31/03/23", "Green",
             "61 schools signed up"),
            ("4.3", "Alternative provision quality assurance", "AP Commissioning Lead", "31/07/23", "Green",
             "Framework agreed Jul 2023")])]
    rows = [["Ref", "Action", "Lead", "Deadline", "RAG", "Progress to date"]]
    spans = []
    for section, actions in tracker:
        spans.append(len(rows))
        rows.append([f"<b>{section}</b>", "", "", "", "", ""])
        rows.extend([list(a) for a in actions])
    d.ruled(rows, [1.1 * cm, 4.6 * cm, 3.3 * cm, 1.9 * cm, 1.3 * cm, 4 * cm], spans=spans)
    d.dates_([("30/09/22", "2022-09-30"), ("31/10/22", "2022-10-31"), ("31/03/23", "2023-03-31"),
              ("Mar 2024", "2024-03"), ("31/07/22", "2022-07-31"), ("31/12/22", "2022-12-31"),
              ("28/02/23", "2023-02-28"), ("31/08/23", "2023-08-31"), ("31/01/23", "2023-01-31"),
              ("Jun 2023", "2023-06"), ("31/12/23", "2023-12-31"), ("31/07/23", "2023-07-31")])
    d.add(PageBreak())
    d.p("<b>Appendix B - Note of the DfE and NHS England review meeting, 27 June 2023</b>")
    d.table([["Present", "Graham Petts, SEND Adviser, Department for Education; Dr Imogen Falk, NHS England SEND "
              "Adviser; Reuben Okonjo; Farhana Chowdhury; Kwame Asante, Designated Clinical Officer; Paulette "
              "Greaves, Co-chair, Newham Parent Forum"]], [3 * cm, 13.2 * cm], header=False)
    d.person("Graham Petts", "SEND Adviser, Department for Education", "officer")
    d.person("Imogen Falk", "NHS England SEND Adviser", "officer")
    d.person("Kwame Asante", "Designated Clinical Officer", "officer")
    d.person("Paulette Greaves", "Co-chair, Newham Parent Forum", "other")
    for text in ["Advisers recognised the strength of the partnership's governance and the improved quality of EHC "
                 "plans, and were assured that the audit findings are reliable.",
                 "Parents reported more confidence in the SEND service but continued frustration with therapy "
                 "waits.",
                 "Advisers asked for a recovery trajectory for speech and language therapy by 31 July 2023.",
                 "It was agreed that the next review will focus on the therapies workstream and on annual "
                 "reviews."]:
        d.p(f"&bull; {text}", BULLET)
    d.date("31 July 2023", "2023-07-31")
    d.h("Local data")
    area_table(d, ["Beckton and Royal Docks", "Canning Town and Custom House", "Forest Gate", "Green Street",
                   "Manor Park", "Plaistow", "Stratford and West Ham", "East Ham"], 4, "Community neighbourhood")
    need_table(d, 12)
    school_table(d, 3, 20)
    return d


# ------------------------------------------------------------------------------------------------------------------
def portsmouth_revisit() -> Doc:
    """A scrutiny panel report with the re-visit outcome letter as its appendix (2016 framework)."""
    committee = "Education, Children and Families Scrutiny Panel"
    rel = ("portsmouth/round73-2022-04-07-education-children-and-families-scrutiny-panel/"
           "SEND Revisit outcome - report and Appendix A.pdf")
    d = Doc(rel, {"council": "Portsmouth City Council", "council_slug": "portsmouth", "committee": committee,
                  "meeting_date": "2022-04-07", "title": "SEND Revisit outcome - report and Appendix A",
                  "source_kind": "moderngov-document",
                  "url": "https://democracy.portsmouth.gov.uk/documents/s40712/SEND%20Revisit%20outcome.pdf"},
            {"council": "Portsmouth City Council", "committee": committee, "date": "2022-04-07"},
            "", "", "www.portsmouth.gov.uk", page_label="{n}")
    d.p("<b>PORTSMOUTH CITY COUNCIL</b>", CENTRE)
    d.table([["Title of meeting:", "Education, Children and Families Scrutiny Panel"],
             ["Date of meeting:", "7th April 2022"],
             ["Subject:", "Outcome of the Ofsted and CQC revisit of the local area's SEND arrangements"],
             ["Report by:", "Director of Children, Families and Education"],
             ["Wards affected:", "All"],
             ["Key decision:", "No"],
             ["Full Council decision:", "No"]], [4.6 * cm, 11.6 * cm], header=False, grid=False)
    d.date("7th April 2022", "2022-04-07")
    d.h("1. Purpose of report")
    d.num("1.1", "To inform the Panel of the outcome of the revisit by Ofsted and the Care Quality Commission (CQC) "
          "to the Portsmouth local area in January 2022, and of the next steps the area is taking. The outcome "
          "letter, published on 14th March 2022, is attached as Appendix A.")
    d.dates_([("January 2022", "2022-01"), ("14th March 2022", "2022-03-14")])
    d.event("revisit-outcome", "2022-03-14", None, "The outcome letter, published on 14th March 2022")
    d.h("2. Recommendations")
    d.num("2.1", "It is recommended that the Panel:")
    for label, text in [("(i)", "notes the findings of the revisit letter at Appendix A;"),
                        ("(ii)", "notes the requirement for the local area to submit an Accelerated Progress Plan to "
                         "the Department for Education and NHS England; and"),
                        ("(iii)", "agrees to include an update on the Accelerated Progress Plan in its work "
                         "programme for the 2022/23 municipal year.")]:
        d.res(label, text, "recommendation", style=ROMAN)
    d.h("3. Background")
    d.num("3.1", "The local area was inspected in October 2019. Inspectors identified five areas of significant "
          "weakness, and the city council and the then Portsmouth Clinical Commissioning Group were required to "
          "submit a Written Statement of Action (WSoA). The WSoA was declared fit for purpose on 2nd April 2020, "
          "shortly after the first national lockdown began.")
    d.dates_([("October 2019", "2019-10"), ("2nd April 2020", "2020-04-02")])
    d.event("inspection", "2019-10", None, "The local area was inspected in October 2019")
    d.event("wsoa-approved", "2020-04-02", None, "The WSoA was declared fit for purpose on 2nd April 2020")
    d.num("3.2", "Progress against the WSoA was reviewed by DfE and NHS England advisers at six-monthly intervals, "
          "the last review before the revisit taking place on 23rd November 2021.")
    d.date("23rd November 2021", "2021-11-23")
    d.event("monitoring", "2021-11-23", None, "the last review before the revisit taking place on 23rd November 2021")
    d.h("4. The revisit")
    d.num("4.1", "Inspectors were in the city from 17th to 19th January 2022. They met children, young people, "
          "parents, school and college leaders, health practitioners and officers, and reviewed 22 case files. "
          "More than 340 parents and carers responded to the online survey that inspectors ran during the revisit.")
    d.date("from 17th to 19th January 2022", "2022-01-17", "2022-01-19")
    d.event("revisit", "2022-01-17", "2022-01-19", "Inspectors were in the city from 17th to 19th January 2022")
    d.num("4.2", "The letter finds that the area has made sufficient progress in addressing three of the five "
          "significant weaknesses. Insufficient progress has been made in two: the timeliness and quality of "
          "EHC plans, and the waiting times for neurodevelopmental assessment.")
    d.num("4.3", "Because progress was not sufficient in all areas, the Department for Education and NHS England "
          "will require an Accelerated Progress Plan (APP). The APP must be submitted by 13th May 2022. Officers "
          "expect the first formal review of the APP in July 2022.")
    d.dates_([("13th May 2022", "2022-05-13"), ("July 2022", "2022-07")])
    d.event("progress-plan", "2022-05-13", None, "The APP must be submitted by 13th May 2022")
    d.event("monitoring", "2022-07", None, "Officers expect the first formal review of the APP in July 2022")
    d.h("5. Reasons for recommendations")
    d.num("5.1", "The Panel's work programme for 2021/22 included oversight of the SEND improvement programme. "
          "Members will wish to be assured that the two remaining weaknesses are tackled quickly.")
    d.h("6. Integrated impact assessment")
    d.num("6.1", "An integrated impact assessment is not required as the report is for information.")
    d.h("7. Legal implications")
    d.num("7.1", "The City Solicitor has considered the report. There are no direct legal implications.")
    d.h("8. Director of Finance's comments")
    d.num("8.1", "There are no direct financial implications arising from the recommendations.")
    d.space(8)
    d.table([["Signed by:", "Lorraine Whitcombe, Director of Children, Families and Education"],
             ["Appendices:", "Appendix A: Ofsted and CQC revisit letter, 14 March 2022"]],
            [3.6 * cm, 12.6 * cm], header=False, grid=False)
    d.date("14 March 2022", "2022-03-14")
    d.person("Lorraine Whitcombe", "Director of Children, Families and Education", "officer")
    d.p("<b>Background list of documents: Section 100D of the Local Government Act 1972</b>")
    d.p("The following documents disclose facts or matters, which have been relied upon to a material extent by "
        "the author in preparing this report:")
    d.ruled([["Title of document", "Location"],
             ["Portsmouth local area SEND inspection letter, 16 December 2019", "Ofsted website"],
             ["Portsmouth Written Statement of Action, March 2020", "Local Offer website"]],
            [10 * cm, 6.2 * cm])
    d.dates_([("16 December 2019", "2019-12-16"), ("March 2020", "2020-03")])
    d.event("outcome-letter", "2019-12-16", None, "Portsmouth local area SEND inspection letter, 16 December 2019")
    d.add(PageBreak())
    d.p("<b>Appendix A</b>", RIGHT)
    d.p("14 March 2022", LETTER)
    d.p("Ms Lorraine Whitcombe<br/>Director of Children, Families and Education<br/>Civic Offices<br/>Guildhall "
        "Square<br/>Portsmouth PO1 2EA", LETTER)
    d.p("Dr Anand Ramaswamy, Executive Director of Clinical Delivery, Hampshire and Isle of Wight Clinical "
        "Commissioning Group<br/>Sara Kemble-Dunn, Local Area Nominated Officer", LETTER)
    d.person("Anand Ramaswamy", "Executive Director of Clinical Delivery, Hampshire and Isle of Wight Clinical "
             "Commissioning Group", "officer")
    d.person("Sara Kemble-Dunn", "Local Area Nominated Officer", "officer")
    d.p("Dear Ms Whitcombe and Dr Ramaswamy", LETTER)
    d.p("<b>Joint area SEND revisit in Portsmouth</b>", LETTER)
    d.p("Between 17 January 2022 and 19 January 2022, Ofsted and the Care Quality Commission (CQC) revisited the "
        "area of Portsmouth to decide whether sufficient progress has been made in addressing each of the areas of "
        "significant weakness detailed in the inspection report letter published on 16 December 2019.", LETTER)
    d.date("Between 17 January 2022 and 19 January 2022", "2022-01-17", "2022-01-19")
    d.p("As a result of the findings of the initial inspection and in accordance with the Children Act 2004 "
        "(Joint Area Reviews) Regulations 2015, Her Majesty's Chief Inspector (HMCI) determined that a Written "
        "Statement of Action (WSOA) was required because of significant areas of weakness in the area's practice. "
        "HMCI determined that the local authority and the area's clinical commissioning group (CCG) were jointly "
        "responsible for submitting the written statement to Ofsted. This was declared fit for purpose on 2 April "
        "2020.", LETTER)
    d.date("2 April 2020", "2020-04-02")
    d.p("The area has made sufficient progress in addressing three of the five significant weaknesses identified "
        "at the initial inspection. This letter outlines our findings from the revisit.", LETTER)
    d.p("The revisit was led by one of Her Majesty's Inspectors from Ofsted, Janine Okafor-Reid, and a Children's "
        "Services Inspector from the CQC, Martin Selwood, with a team of inspectors including an Ofsted Inspector, "
        "Patrick Dunmore, and a CQC Inspector.", LETTER)
    d.person("Janine Okafor-Reid", "Her Majesty's Inspector", "other")
    d.person("Martin Selwood", "Children's Services Inspector, CQC", "other")
    d.person("Patrick Dunmore", "Ofsted Inspector", "other")
    d.p("<b>Main findings</b>", LETTER)
    blocks = [
        ("the lack of a shared understanding among leaders across education, health and care of the area's "
         "strengths and weaknesses, and weak joint self-evaluation", ["leadership-governance"],
         "The area has made sufficient progress in addressing this significant weakness. Leaders now have an "
         "accurate and shared view of the area's performance. The SEND Strategic Board uses a jointly owned "
         "self-evaluation that is reviewed each term with parents."),
        ("the poor timeliness and variable quality of education, health and care (EHC) plans", ["ehc-plans"],
         "The area has not made sufficient progress in addressing this significant weakness. Although the "
         "proportion of plans issued within 20 weeks has risen, too many plans are still late, and health and "
         "social care advice is often generic. Parents told inspectors that plans do not describe their child."),
        ("the long waiting times for assessment for autism spectrum disorder and attention deficit hyperactivity "
         "disorder, and the lack of support for families while they wait", ["health-services"],
         "The area has not made sufficient progress in addressing this significant weakness. Waiting times for "
         "ADHD assessment have increased since the initial inspection. Some children wait more than two years."),
        ("the weak co-production with parents and carers at a strategic level, and parents' low confidence in the "
         "area's ability to meet their children's needs", ["co-production"],
         "The area has made sufficient progress in addressing this significant weakness. Portsmouth Parent Voice "
         "is now an equal partner on the SEND Strategic Board and on each workstream."),
        ("the high rates of exclusion and persistent absence among children and young people with SEND",
         ["inclusion-provision", "outcomes"],
         "The area has made sufficient progress in addressing this significant weakness. Fixed-term exclusions of "
         "pupils with EHC plans have halved, and the inclusion outreach service is valued by schools.")]
    for text, themes, finding in blocks:
        d.p("At the initial inspection, inspectors found the following:", LETTER)
        d.weak(text, themes, marker="&#9632;", style=LETTER_BULLET)
        d.p(finding, LETTER)
    d.p("The area has made sufficient progress in addressing three of the five significant weaknesses. The area has "
        "not made sufficient progress in addressing two significant weaknesses. As not all the significant "
        "weaknesses have improved, it is for the DfE and NHS England to determine the next steps. Ongoing "
        "monitoring and support will continue until the local area can demonstrate sufficient progress in the "
        "remaining areas of significant weakness.", LETTER)
    d.p("Yours sincerely,", LETTER)
    two_columns(d, ["<b>Ofsted</b>", "Yvette Marchbank", "Regional Director"],
                ["<b>Care Quality Commission</b>", "Colin Ashdown-Hale", "Deputy Chief Inspector, Primary Medical "
                 "Services, Children Health and Justice"])
    d.person("Yvette Marchbank", "Regional Director, Ofsted", "other")
    d.person("Colin Ashdown-Hale", "Deputy Chief Inspector, Primary Medical Services, Children Health and Justice",
             "other")
    d.p("Janine Okafor-Reid<br/><b>Her Majesty's Inspector</b>", LETTER)
    d.p("cc: Department for Education; Clinical Commissioning Group(s); Director of Public Health for the area; "
        "Department of Health; NHS England", SMALL)
    d.add(PageBreak())
    d.p("<b>Annex: Portsmouth SEND data, January 2022</b>")
    kpi_table(d, ["New EHC plans issued within 20 weeks", "Plans with timely health advice",
                  "Children waiting over 52 weeks for ADHD assessment", "Parents confident in the local offer",
                  "Pupils with EHC plans excluded for a fixed term", "Persistent absence, pupils with EHC plans"], 6)
    area_table(d, ["North", "Central", "South", "Portsea", "Paulsgrove and Wymering", "Southsea"], 9, "Locality")
    need_table(d, 21)
    school_table(d, 11, 18)
    return d


# ------------------------------------------------------------------------------------------------------------------
def reading_minutes() -> Doc:
    """Printed minutes of a Health and Wellbeing Board, approved at the next meeting (2016 framework)."""
    committee = "Health and Wellbeing Board"
    rel = ("reading/round73-2021-12-10-health-and-wellbeing-board/"
           "Printed minutes 08th-Oct-2021 14.00 Health and Wellbeing Board.pdf")
    d = Doc(rel, {"council": "Reading Borough Council", "council_slug": "reading", "committee": committee,
                  "meeting_date": "2021-12-10", "title": "Minutes of the Health and Wellbeing Board, 8 October 2021",
                  "source_kind": "moderngov-document",
                  "url": "https://democracy.reading.gov.uk/documents/g4409/Printed%20minutes%2008th-Oct-2021%2014.00"
                         "%20Health%20and%20Wellbeing%20Board.pdf"},
            {"council": "Reading Borough Council", "committee": committee, "date": "2021-10-08"},
            "", "", "", page_label="{n}")
    d.p("<b>READING BOROUGH COUNCIL</b>", CENTRE)
    d.p("<b>HEALTH AND WELLBEING BOARD</b>", CENTRE)
    d.p("<b>MINUTES - 8 OCTOBER 2021</b>", CENTRE)
    d.date("8 OCTOBER 2021", "2021-10-08")
    d.table([["Present:", ""],
             ["Councillor Durrant (Chair)", "Lead Councillor for Health, Wellbeing and Sport, Reading Borough "
              "Council"],
             ["Councillor Whitlock", "Lead Councillor for Education, Reading Borough Council"],
             ["Councillor Brannigan", "Leader of the Opposition, Reading Borough Council"],
             ["Councillor Sokolov", "Reading Borough Council"],
             ["Mike Danvers", "Executive Director for Children's Services, Brighter Futures for Children"],
             ["Dr Rowena Kettle", "Chair, Reading Locality, Berkshire West CCG"],
             ["Adele Franklin", "Director of Public Health for Berkshire"],
             ["Tessa Blyth-Owen", "Executive Director of Social Care and Health, Reading Borough Council"],
             ["Suky Bains", "Manager, Healthwatch Reading"],
             ["Chief Inspector Ross Hammond", "Thames Valley Police"]],
            [6 * cm, 10.2 * cm], header=False, grid=False)
    d.person("Councillor Durrant", "Chair", "member")
    d.person("Councillor Whitlock", "Lead Councillor for Education, Reading Borough Council", "member")
    d.person("Councillor Brannigan", "Leader of the Opposition, Reading Borough Council", "member")
    d.person("Councillor Sokolov", "Reading Borough Council", "member")
    d.person("Mike Danvers", "Executive Director for Children's Services, Brighter Futures for Children", "officer")
    d.person("Rowena Kettle", "Chair, Reading Locality, Berkshire West CCG", "officer")
    d.person("Adele Franklin", "Director of Public Health for Berkshire", "officer")
    d.person("Tessa Blyth-Owen", "Executive Director of Social Care and Health, Reading Borough Council", "officer")
    d.person("Suky Bains", "Manager, Healthwatch Reading", "other")
    d.person("Ross Hammond", "Thames Valley Police", "officer")
    d.table([["Also in attendance:", ""],
             ["Bronwen Tait", "Head of SEND, Brighter Futures for Children"],
             ["Dev Kapoor", "Designated Clinical Officer, Berkshire West CCG"],
             ["Gemma Arkwright", "Co-chair, Reading Families' Forum"],
             ["Nicky Simmonds", "Committee Services"]], [6 * cm, 10.2 * cm], header=False, grid=False)
    d.person("Bronwen Tait", "Head of SEND, Brighter Futures for Children", "officer")
    d.person("Dev Kapoor", "Designated Clinical Officer, Berkshire West CCG", "officer")
    d.person("Gemma Arkwright", "Co-chair, Reading Families' Forum", "other")
    d.person("Nicky Simmonds", "Committee Services", "officer")
    d.table([["Apologies:", "Councillor Varma, Ian Partington and Dr Hollie Stanwick"]], [6 * cm, 10.2 * cm],
            header=False, grid=False)
    d.person("Councillor Varma", None, "member")
    d.person("Ian Partington", None, "officer")
    d.person("Hollie Stanwick", None, "officer")
    d.p("<b>14. MINUTES</b>", MINUTE)
    d.p("The Minutes of the meeting held on 9 July 2021 were agreed as a correct record and signed by the Chair.")
    d.date("9 July 2021", "2021-07-09")
    d.record_res(None, "The Minutes of the meeting held on 9 July 2021 were agreed as a correct record and signed by "
                 "the Chair.", "resolution")
    d.p("<b>15. QUESTIONS</b>", MINUTE)
    d.p("The following question was asked by a member of the public, Mr Kevin Oduya, in accordance with Standing "
        "Order 36: whether the Board would publish the waiting times for the children's autism assessment pathway "
        "each quarter. The Chair replied that the CCG already published the figures monthly and that a link would "
        "be added to the Board's web page.")
    d.person("Kevin Oduya", "member of the public", "other")
    d.p("<b>16. LOCAL AREA SEND INSPECTION - OUTCOME AND DRAFT WRITTEN STATEMENT OF ACTION</b>", MINUTE)
    d.p("Mike Danvers and Dev Kapoor submitted a report on the outcome of the joint Ofsted and Care Quality "
        "Commission inspection of the Reading local area's effectiveness in identifying and meeting the needs of "
        "children and young people with special educational needs and/or disabilities (SEND). The inspection had "
        "taken place between 14 and 18 June 2021 and the outcome letter had been published on 12 August 2021. "
        "A copy of the letter was attached to the report at Appendix A, and the draft Written Statement of Action "
        "(WSoA) at Appendix B.")
    d.dates_([("between 14 and 18 June 2021", "2021-06-14", "2021-06-18"), ("12 August 2021", "2021-08-12")])
    d.event("inspection", "2021-06-14", "2021-06-18", "The inspection had taken place between 14 and 18 June 2021")
    d.event("outcome-letter", "2021-08-12", None, "the outcome letter had been published on 12 August 2021")
    d.p("The report explained that the letter recognised a number of strengths, including the well-regarded "
        "early years inclusion team, the quality of the specialist provision at the borough's two special schools "
        "and the commitment of the Reading Families' Forum. However, it had also identified the following "
        "significant weaknesses in the area's practice:")
    for text, themes in [
            ("The area's strategy for SEND is not shared or understood by leaders across education, health and "
             "care, and joint commissioning arrangements are underdeveloped.",
             ["leadership-governance", "joint-commissioning"]),
            ("Leaders do not have a secure understanding of the quality of EHC plans, too many of which are "
             "completed late.", ["ehc-plans", "data-oversight"]),
            ("Children and young people wait too long for assessment and support from the child and adolescent "
             "mental health service and for autism assessment.", ["health-services"]),
            ("Parents and carers have little confidence in the area's arrangements, and communication with "
             "families is weak.", ["co-production"]),
            ("The local offer is not well used or understood by parents.", ["local-offer"])]:
        d.weak(text, themes, marker="&#9679;", style=BULLET)
    d.p("The report stated that the WSoA had to be submitted to Ofsted by 22 October 2021, and set out how it had "
        "been co-produced through four workshops held in September 2021 with parents, young people and "
        "practitioners. Once the WSoA was declared fit for purpose, the Department for Education and NHS England "
        "would review the area's progress at least every six months, and Ofsted and the CQC could revisit at any "
        "time.")
    d.dates_([("22 October 2021", "2021-10-22"), ("September 2021", "2021-09")])
    d.event("wsoa-submitted", "2021-10-22", None, "the WSoA had to be submitted to Ofsted by 22 October 2021")
    d.p("Gemma Arkwright said that parents welcomed the candour of the letter but that the WSoA had to describe "
        "what families would notice, not just what services would do. Councillor Brannigan asked how the Board would "
        "know whether waiting times were improving; Dev Kapoor replied that a CAMHS and neurodevelopmental "
        "dashboard would come to each meeting of the SEND Strategic Partnership Board and would be shared with "
        "this Board twice a year.")
    d.p("Resolved -", BODY)
    for label, text in [("(1)", "That the outcome of the inspection be noted;"),
                        ("(2)", "That the draft Written Statement of Action be endorsed, and the Executive Director "
                         "for Children's Services, in consultation with the Chair and the Lead Councillor for "
                         "Education, be authorised to agree the final version for submission;"),
                        ("(3)", "That progress against the Written Statement of Action be reported to the Board "
                         "twice yearly, the first report to be made in March 2022.")]:
        d.res(label, text, "resolution", style=HANG)
    d.date("March 2022", "2022-03")
    d.p("<b>17. JOINT HEALTH AND WELLBEING STRATEGY 2021-2030 - ACTION PLAN</b>", MINUTE)
    d.p("Adele Franklin submitted a report presenting the first action plan for the Berkshire West Joint Health and "
        "Wellbeing Strategy 2021-2030, which had been adopted by the Board on 9 July 2021. The plan set out "
        "actions under each of the five priorities, with milestones to March 2023, and a performance framework "
        "that would be reported to the Board from January 2022.")
    d.dates_([("March 2023", "2023-03"), ("January 2022", "2022-01")])
    d.ruled([["Priority", "Lead", "First milestone"],
             ["Reduce the differences in health between groups", "Public Health", "Dec 2021"],
             ["Support individuals at high risk of bad health outcomes", "Adult Social Care", "Jan 2022"],
             ["Help families and children in early years", "Brighter Futures for Children", "Feb 2022"],
             ["Promote good mental health and wellbeing for all children and young people", "CCG / BFfC",
              "Dec 2021"],
             ["Promote good mental health and wellbeing for all adults", "CCG", "Mar 2022"]],
            [9.2 * cm, 4.2 * cm, 2.8 * cm])
    d.short_months(["Dec 2021", "Jan 2022", "Feb 2022", "Mar 2022"])
    d.p("Resolved - That the action plan be approved.", BODY)
    d.record_res(None, "That the action plan be approved.", "resolution")
    d.p("<b>18. BETTER CARE FUND PLAN 2021/22</b>", MINUTE)
    d.p("Tessa Blyth-Owen submitted a report on the Better Care Fund (BCF) Plan for 2021/22, which had to be "
        "submitted to NHS England by 16 November 2021. The planning requirements had been published late, on 30 "
        "September 2021, and there had not been time to bring the full plan to the Board.")
    d.dates_([("16 November 2021", "2021-11-16"), ("30 September 2021", "2021-09-30")])
    d.ruled([["Scheme", "2020/21 (GBP000)", "2021/22 (GBP000)"],
             ["Discharge to assess", "2,410", "2,655"],
             ["Reablement and rehabilitation", "1,930", "2,010"],
             ["Community equipment", "780", "812"],
             ["Disabled Facilities Grant", "1,104", "1,104"],
             ["Carers' support", "366", "391"]], [8.2 * cm, 4 * cm, 4 * cm])
    d.p("Resolved - That the Executive Director of Social Care and Health, in consultation with the Chair, be "
        "authorised to sign off the Better Care Fund Plan for 2021/22 for submission to NHS England.", BODY)
    d.record_res(None, "That the Executive Director of Social Care and Health, in consultation with the Chair, be "
                 "authorised to sign off the Better Care Fund Plan for 2021/22 for submission to NHS England.",
                 "resolution")
    d.p("<b>19. HEALTHWATCH READING - ANNUAL REPORT</b>", MINUTE)
    d.p("Suky Bains presented the Healthwatch Reading annual report, which had been published on 30 June 2021. "
        "She drew attention to the feedback from families of disabled children about access to dentistry and "
        "about the difficulty of finding information on the local offer.")
    d.date("30 June 2021", "2021-06-30")
    d.p("Resolved - That the report be noted.", BODY)
    d.record_res(None, "That the report be noted.", "resolution")
    d.p("<b>20. DATE OF NEXT MEETING</b>", MINUTE)
    d.p("Resolved - That the next meeting be held at 2.00pm on Friday 10 December 2021.", BODY)
    d.date("Friday 10 December 2021", "2021-12-10")
    d.record_res(None, "That the next meeting be held at 2.00pm on Friday 10 December 2021.", "resolution")
    d.p("(The meeting started at 2.00pm and closed at 4.12pm)")
    d.add(PageBreak())
    d.p("<b>Appendix to Minute 16 - SEND data presented to the Board</b>")
    kpi_table(d, ["New EHC plans issued within 20 weeks", "EHC plans with health advice in 6 weeks",
                  "Children waiting over 18 weeks for CAMHS", "Children waiting over 52 weeks for ASD assessment",
                  "Parents who know about the local offer"], 2)
    need_table(d, 17)
    school_table(d, 19, 20)
    return d


# ------------------------------------------------------------------------------------------------------------------
def lewisham_pap() -> Doc:
    """The Priority Action Plan itself, as the appendix to a select committee report (2023 framework)."""
    committee = "Children and Young People Select Committee"
    rel = ("lewisham/round73-2026-03-04-children-and-young-people-select-committee/"
           "Appendix A - Lewisham Local Area Partnership Priority Action Plan.pdf")
    d = Doc(rel, {"council": "London Borough of Lewisham", "council_slug": "lewisham", "committee": committee,
                  "meeting_date": "2026-03-04",
                  "title": "Appendix A - Lewisham Local Area Partnership Priority Action Plan",
                  "source_kind": "moderngov-document",
                  "url": "https://councilmeetings.lewisham.gov.uk/documents/s131877/Appendix%20A%20PAP.pdf"},
            {"council": "London Borough of Lewisham", "committee": committee, "date": "2026-03-04"},
            "Lewisham Local Area Partnership", "Priority Action Plan v1.0", "OFFICIAL", page_label="Page {n}")
    d.space(40)
    d.title("Lewisham Local Area Partnership<br/>Priority Action Plan")
    d.p("Our response to the Ofsted and CQC area SEND inspection of September 2025", CENTRE)
    d.date("September 2025", "2025-09")
    d.p("Version 1.0 - as submitted to Ofsted on 21 January 2026", CENTRE)
    d.date("21 January 2026", "2026-01-21")
    d.event("progress-plan", "2026-01-21", None, "Version 1.0 - as submitted to Ofsted on 21 January 2026")
    d.space(20)
    d.ruled([["Partner", "Accountable lead"],
             ["London Borough of Lewisham", "Executive Director for Children and Young People"],
             ["NHS South East London Integrated Care Board", "Place Executive Director (Lewisham)"],
             ["South London and Maudsley NHS Foundation Trust", "Service Director, CAMHS"],
             ["Lewisham and Greenwich NHS Trust", "Chief Nurse"],
             ["Lewisham Parent and Carer Forum", "Chair"]], [8.1 * cm, 8.1 * cm])
    d.h("1. A joint statement from the partnership")
    d.p("The inspection report was not easy reading. Inspectors found that too many children and young people with "
        "special educational needs and/or disabilities (SEND) in Lewisham wait too long for the help they need, and "
        "that families often have to fight to get it. We accept those findings in full. This plan sets out what we "
        "will do about them, who is responsible, and how children, young people and families will be able to tell "
        "whether things are getting better.")
    d.p("We have written the plan with the Lewisham Parent and Carer Forum and with young people from the Lewisham "
        "SEND Youth Voice group, who met with us four times in November and December 2025. Their words are in the "
        "'How we will know' column.")
    d.dates_([("November and December 2025", "2025-11", "2025-12")])
    two_columns(d, ["<b>Councillor Abiola Oyelaran</b>", "Cabinet Member for Children and Young People",
                    "<b>Cathal Brennan</b>", "Executive Director for Children and Young People"],
                ["<b>Maxine Thorley</b>", "Place Executive Director (Lewisham), NHS South East London ICB",
                 "<b>Saira Hollingworth</b>", "Chair, Lewisham Parent and Carer Forum"])
    d.person("Abiola Oyelaran", "Cabinet Member for Children and Young People", "member")
    d.person("Cathal Brennan", "Executive Director for Children and Young People", "officer")
    d.person("Maxine Thorley", "Place Executive Director (Lewisham), NHS South East London ICB", "officer")
    d.person("Saira Hollingworth", "Chair, Lewisham Parent and Carer Forum", "other")
    d.h("2. What the inspection found")
    d.p("Ofsted and the Care Quality Commission inspected the Lewisham local area partnership's arrangements for "
        "children and young people with SEND between 15 and 19 September 2025. The report was published on 31 "
        "October 2025. The inspection outcome was:")
    d.dates_([("between 15 and 19 September 2025", "2025-09-15", "2025-09-19"), ("31 October 2025", "2025-10-31")])
    d.event("inspection", "2025-09-15", "2025-09-19", "Ofsted and the Care Quality Commission inspected the Lewisham "
            "local area partnership's arrangements for children and young people with SEND between 15 and 19 "
            "September 2025")
    d.event("outcome-letter", "2025-10-31", None, "The report was published on 31 October 2025")
    d.p("There are widespread and/or systemic failings leading to significant concerns about the experiences and "
        "outcomes of children and young people with SEND, which the local area partnership must address urgently.",
        QUOTE)
    d.p("The previous inspection, under the former framework, took place in November 2021 and was followed by a "
        "Written Statement of Action and a revisit in March 2024.")
    d.dates_([("November 2021", "2021-11"), ("March 2024", "2024-03")])
    d.event("inspection", "2021-11", None, "The previous inspection, under the former framework, took place in "
            "November 2021")
    d.event("revisit", "2024-03", None, "a revisit in March 2024")
    d.p("Inspectors set out two areas for priority action, which this plan must address, and three areas for "
        "improvement, which we have included in the plan so that all of the findings are tracked in one place.")
    d.ruled([["", "Areas for priority action"],
             ["APA 1", "Leaders across the partnership must act urgently to reduce the time it takes to complete "
              "education, health and care needs assessments, so that children and young people do not wait many "
              "months without the support they need."],
             ["APA 2", "Leaders in the ICB and the local authority must work together to reduce the very long "
              "waiting times for neurodevelopmental assessments and for speech and language therapy, and make "
              "sure that families receive effective support while they wait."]],
            [2 * cm, 14.2 * cm])
    d.record_weak("Leaders across the partnership must act urgently to reduce the time it takes to complete "
                  "education, health and care needs assessments, so that children and young people do not wait "
                  "many months without the support they need.", ["ehc-plans"])
    d.record_weak("Leaders in the ICB and the local authority must work together to reduce the very long waiting "
                  "times for neurodevelopmental assessments and for speech and language therapy, and make sure "
                  "that families receive effective support while they wait.", ["health-services"])
    d.space(6)
    d.p("<b>Areas for improvement</b>")
    for label, text, themes in [
            ("i.", "Leaders should improve the quality of EHC plans, making sure that outcomes are specific and that "
             "annual reviews lead to plans being updated in a timely way.", ["ehc-plans"]),
            ("ii.", "Leaders should strengthen the way they communicate with families, so that parents and carers "
             "understand the local offer and know what support is available while they wait for assessment.",
             ["co-production", "local-offer"]),
            ("iii.", "Leaders should make sure that young people with SEND are better prepared for adulthood, "
             "including through a wider range of post-16 pathways and supported employment.",
             ["preparing-for-adulthood"])]:
        d.weak(text, themes, marker=label, style=HANG)
    d.h("3. How the plan will be governed and monitored")
    d.p("The SEND Partnership Board, co-chaired by the Executive Director for Children and Young People and the "
        "ICB Place Executive Director, owns this plan. A Priority Action Plan Delivery Group meets fortnightly. The "
        "Board reports to the Health and Wellbeing Board and to the Children and Young People Select Committee.")
    d.p("The Department for Education and NHS England will monitor the plan through regular stocktake meetings. The "
        "first stocktake is planned for 24 March 2026. Ofsted and the CQC will carry out a monitoring inspection "
        "within approximately 18 months of the publication of the report, and a full reinspection within three "
        "years.")
    d.date("24 March 2026", "2026-03-24")
    d.event("monitoring", "2026-03-24", None, "The first stocktake is planned for 24 March 2026")
    d.ruled([["Group", "Chair", "Meets", "Reports to"],
             ["SEND Partnership Board", "Co-chairs (LA and ICB)", "Monthly", "Health and Wellbeing Board"],
             ["PAP Delivery Group", "Director of Education", "Fortnightly", "SEND Partnership Board"],
             ["Health SEND Oversight Group", "Designated Clinical Officer", "Monthly", "ICB Lewisham Place "
              "Executive"],
             ["Parent and Young People Assurance Panel", "LPCF Chair", "Half-termly", "SEND Partnership Board"]],
            [5 * cm, 4.4 * cm, 2.4 * cm, 4.4 * cm])
    d.add(PageBreak())
    d.h("4. What we will do")
    plans = [
        ("Priority 1 - Timely EHC needs assessments (APA 1)", [
            ("1.1", "Recruit six permanent educational psychologists and an assessment team manager", "Head of SEND",
             "Apr 2026", "Families hear within 6 weeks whether an assessment will go ahead"),
            ("1.2", "Clear the backlog of overdue assessments with a time-limited team", "Head of SEND", "Sep 2026",
             "No assessment open longer than 30 weeks"),
            ("1.3", "Health advice tracker shared weekly with providers", "Designated Clinical Officer", "Mar 2026",
             "90% of health advice returned within 6 weeks")]),
        ("Priority 2 - Waiting times for neurodevelopmental assessment and therapy (APA 2)", [
            ("2.1", "Single neurodevelopmental pathway across SLaM and LGT", "ICB Place Director", "Jul 2026",
             "One referral route; families told where they are in the queue"),
            ("2.2", "Waiting well offer co-produced with LPCF", "ICB / LPCF", "May 2026",
             "Parents say they have support while they wait"),
            ("2.3", "Extra speech and language therapy capacity in schools", "ICB Commissioning", "Jan 2027",
             "No child waits more than 18 weeks for first SLT contact")]),
        ("Priority 3 - Areas for improvement", [
            ("3.1", "EHC plan quality standard and termly audit", "Principal Educational Psychologist", "Jun 2026",
             "80% of audited plans good or better"),
            ("3.2", "Relaunch of the local offer and a monthly families' bulletin", "SEND Communications Lead",
             "Apr 2026", "Local offer visits up by a third"),
            ("3.3", "Supported internships and a post-16 pathways guide", "Head of 14-25", "Dec 2026",
             "Forty young people on supported internships")])]
    for title, actions in plans:
        d.p(f"<b>{title}</b>")
        rows = [["Ref", "What we will do", "Lead", "By when", "How we will know"]]
        rows.extend([list(a) for a in actions])
        d.ruled(rows, [1.1 * cm, 5.4 * cm, 3.2 * cm, 1.9 * cm, 4.6 * cm])
    d.short_months(["Apr 2026", "Sep 2026", "Mar 2026", "Jul 2026", "May 2026", "Jan 2027", "Jun 2026",
                    "Dec 2026"])
    d.h("5. Measures")
    kpi_table(d, ["New EHC plans issued within 20 weeks", "Health advice returned within 6 weeks",
                  "Children waiting over 52 weeks for neurodevelopmental assessment",
                  "Children waiting over 18 weeks for SLT", "Audited EHC plans good or better",
                  "Parents confident in the local offer", "Young people with EHC plans in education, employment or "
                  "training at 17"], 11)
    d.h("6. Risks")
    d.ruled([["Risk", "Rating", "Mitigation"],
             ["Educational psychologist recruitment", "High", "Market supplement; trainee posts; locum cover"],
             ["Demand for assessment continues to rise", "High", "Ordinarily available provision guidance; SEN "
              "support outreach"],
             ["High Needs Block deficit", "High", "Safety Valve conversations with DfE"],
             ["Therapy workforce", "Medium", "Regional workforce programme; apprenticeships"]],
            [5.6 * cm, 2 * cm, 8.6 * cm])
    d.h("Annex: local data")
    area_table(d, ["Lewisham North", "Lewisham Central", "Lewisham South", "Lewisham East"], 7, "Neighbourhood")
    need_table(d, 8)
    school_table(d, 5, 20)
    d.p("Contact: SEND Improvement Team, sendimprovement@lewisham.gov.uk")
    return d


# ------------------------------------------------------------------------------------------------------------------
def lincolnshire_pack() -> Doc:
    """An agenda reports pack: front sheet, the previous minutes, a SEND report and another item (2023 framework)."""
    committee = "Children and Young People Scrutiny Committee"
    rel = ("lincolnshire/round73-2025-01-24-children-and-young-people-scrutiny-committee/"
           "Agenda reports pack 24th-Jan-2025 10.00 Children and Young People Scrutiny Committee.pdf")
    d = Doc(rel, {"council": "Lincolnshire County Council", "council_slug": "lincolnshire", "committee": committee,
                  "meeting_date": "2025-01-24", "title": "Agenda reports pack, 24 January 2025",
                  "source_kind": "moderngov-document",
                  "url": "https://lincolnshire.moderngov.co.uk/documents/g6412/Agenda%20reports%20pack%2024th-Jan-"
                         "2025%2010.00%20Children%20and%20Young%20People%20Scrutiny%20Committee.pdf"},
            {"council": "Lincolnshire County Council", "committee": committee, "date": "2025-01-24"},
            "", "", "", page_label="Page {n}")
    d.p("<b>Lincolnshire</b><br/>COUNTY COUNCIL<br/><i>Working for a better future</i>", BODY)
    d.space(10)
    d.p("<b>CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE</b>")
    d.table([["Venue:", "Council Chamber, County Offices, Newland, Lincoln LN1 1YL"],
             ["Date:", "Friday, 24 January 2025"],
             ["Time:", "10.00 am"]], [3 * cm, 13.2 * cm], header=False, grid=False)
    d.date("Friday, 24 January 2025", "2025-01-24")
    d.p("<b>Membership of the Children and Young People Scrutiny Committee</b> (11 Members of the Council and 4 "
        "Added Members)")
    d.p("Councillors R J Ashby (Chairman), Mrs P A Fenwick OBE (Vice-Chairman), A M Lowther, T A Crowe, "
        "Mrs J E Haxby, S R Pennell, R B Quibell, E W Sowerby, Mrs S Tealby, C E H Maltby and N H Gedney")
    members = [("R J Ashby", "Chairman"), ("Mrs P A Fenwick OBE", "Vice-Chairman"), ("A M Lowther", None),
               ("T A Crowe", None), ("Mrs J E Haxby", None), ("S R Pennell", None), ("R B Quibell", None),
               ("E W Sowerby", None), ("Mrs S Tealby", None), ("C E H Maltby", None), ("N H Gedney", None)]
    for name, role in members:
        d.person("Councillor " + name.replace("Mrs ", "").replace(" OBE", ""), role, "member")
    d.p("<b>Added Members</b><br/>Church Representatives: Reverend Canon Alun Pryce and Mrs Dora Lockwood<br/>Parent "
        "Governor Representatives: Mr Osman Yilmaz and Miss Harriet Cobb")
    d.person("Alun Pryce", "Church Representative", "other")
    d.person("Dora Lockwood", "Church Representative", "other")
    d.person("Osman Yilmaz", "Parent Governor Representative", "other")
    d.person("Harriet Cobb", "Parent Governor Representative", "other")
    d.p("<b>AGENDA</b>")
    d.ruled([["Item", "Title", "Pages"],
             ["1", "Apologies for Absence / Replacement Members", ""],
             ["2", "Declarations of Members' Interests", ""],
             ["3", "Minutes of the previous meeting of the Children and Young People Scrutiny Committee held on 6 "
              "December 2024", "3 - 8"],
             ["4", "Announcements by the Chairman, Executive Councillors and Lead Officers", ""],
             ["5", "Local Area SEND Inspection: Update on the Strategic Improvement Plan<br/>(To receive a report by "
              "Hollie Graves, Assistant Director - Education, which provides an update on the partnership's "
              "response to the area SEND inspection)", "9 - 18"],
             ["6", "Home to School and College Transport Policy 2025/26 - Pre-Decision Scrutiny", "19 - 26"],
             ["7", "Children and Young People Scrutiny Committee Work Programme", "27 - 30"]],
            [1.4 * cm, 12.4 * cm, 2.4 * cm])
    d.date("6 December 2024", "2024-12-06")
    d.p("Gillian Ashcombe OBE<br/>Head of Paid Service<br/>16 January 2025")
    d.date("16 January 2025", "2025-01-16")
    d.person("Gillian Ashcombe", "Head of Paid Service", "officer")
    d.p("Democratic Services Officer Contact Details<br/>Name: <b>Tracey Vessey-Holt</b><br/>Direct Dial <b>07555 "
        "812640</b><br/>E Mail Address <b>democraticservices@lincolnshire.gov.uk</b>")
    d.person("Tracey Vessey-Holt", "Democratic Services Officer", "officer", "democraticservices@lincolnshire.gov.uk",
             "07555 812640")
    d.add(PageBreak())
    d.p("<b>CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE<br/>6 DECEMBER 2024</b>", CENTRE)
    d.p("PRESENT: COUNCILLOR R J ASHBY (CHAIRMAN)", CENTRE)
    d.p("Councillors Mrs P A Fenwick OBE (Vice-Chairman), A M Lowther, T A Crowe, S R Pennell, E W Sowerby and "
        "Mrs S Tealby.")
    d.p("Added Members: Mrs Dora Lockwood (Church Representative) and Mr Osman Yilmaz (Parent Governor "
        "Representative).")
    d.p("Councillor Mrs Lorna Cheeseman (Executive Councillor for Children's Services, Community Safety and "
        "Procurement) attended the meeting as an observer.")
    d.person("Lorna Cheeseman", "Executive Councillor for Children's Services, Community Safety and "
             "Procurement", "member")
    d.p("Officers in attendance: Hollie Graves (Assistant Director - Education), Ashok Mahendran (Head of SEND), "
        "Tracey Vessey-Holt (Democratic Services Officer) and Fiona Charlton-Baines (Strategic Commissioning "
        "Manager).")
    d.person("Hollie Graves", "Assistant Director - Education", "officer")
    d.person("Ashok Mahendran", "Head of SEND", "officer")
    d.person("Fiona Charlton-Baines", "Strategic Commissioning Manager", "officer")
    d.p("<b>41 APOLOGIES FOR ABSENCE/REPLACEMENT MEMBERS</b>", MINUTE)
    d.p("Apologies for absence were received from Councillors Mrs J E Haxby, R B Quibell, C E H Maltby and "
        "N H Gedney, and from Miss Harriet Cobb (Parent Governor Representative).")
    d.p("<b>42 DECLARATIONS OF MEMBERS' INTERESTS</b>", MINUTE)
    d.p("Councillor T A Crowe declared that a family member worked at a special school in the county.")
    d.p("<b>43 MINUTES OF THE PREVIOUS MEETING OF THE CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE HELD ON 18 "
        "OCTOBER 2024</b>", MINUTE)
    d.date("18 OCTOBER 2024", "2024-10-18")
    d.p("RESOLVED")
    d.p("That the minutes of the meeting held on 18 October 2024 be agreed as a correct record and signed by the "
        "Chairman.", INDENT)
    d.record_res(None, "That the minutes of the meeting held on 18 October 2024 be agreed as a correct record and "
                 "signed by the Chairman.", "resolution")
    d.p("<b>44 SCHOOLS' PERFORMANCE: PROVISIONAL 2024 OUTCOMES</b>", MINUTE)
    d.p("Consideration was given to a report which summarised the provisional outcomes for Lincolnshire pupils in "
        "the summer 2024 tests and examinations. Members noted that the gap between pupils with an EHC plan and "
        "their peers at Key Stage 2 had narrowed slightly. The validated data would be published in February 2025.")
    d.date("February 2025", "2025-02")
    d.p("RESOLVED")
    for label, text in [("1.", "That the provisional outcomes be noted."),
                        ("2.", "That a further report on the outcomes of disadvantaged pupils and pupils with SEND "
                         "be brought to the Committee in June 2025.")]:
        d.res(label, text, "resolution", style=NUM_PARA)
    d.date("June 2025", "2025-06")
    d.p("<b>45 FOSTERING SERVICE ANNUAL REPORT</b>", MINUTE)
    d.p("The Committee received the annual report of the Fostering Service. The number of approved fostering "
        "households had risen from 341 to 356.")
    d.p("RESOLVED")
    d.p("That the Fostering Service annual report be noted and the comments of the Committee be passed to the "
        "Executive Councillor.", INDENT)
    d.record_res(None, "That the Fostering Service annual report be noted and the comments of the Committee be passed "
                 "to the Executive Councillor.", "resolution")
    d.p("The meeting closed at 12.35 pm.")
    d.add(PageBreak())
    d.p("<b>Open Report on behalf of Martin Grayling, Executive Director - Children's Services</b>")
    d.person("Martin Grayling", "Executive Director - Children's Services", "officer")
    d.table([["Report to:", "Children and Young People Scrutiny Committee"],
             ["Date:", "24 January 2025"],
             ["Subject:", "Local Area SEND Inspection: Update on the Strategic Improvement Plan"]],
            [3 * cm, 13.2 * cm], header=False, grid=False)
    d.p("<b>Summary:</b>")
    d.p("This report updates the Committee on the Lincolnshire local area partnership's response to the area SEND "
        "inspection carried out by Ofsted and the Care Quality Commission between 10 and 28 June 2024, the report "
        "of which was published on 26 July 2024. The partnership's Strategic Improvement Plan was published on 18 "
        "October 2024.")
    d.dates_([("between 10 and 28 June 2024", "2024-06-10", "2024-06-28"), ("26 July 2024", "2024-07-26"),
              ("18 October 2024", "2024-10-18")])
    d.event("inspection", "2024-06-10", "2024-06-28", "the area SEND inspection carried out by Ofsted and the Care "
            "Quality Commission between 10 and 28 June 2024")
    d.event("outcome-letter", "2024-07-26", None, "the report of which was published on 26 July 2024")
    d.event("progress-plan", "2024-10-18", None, "The partnership's Strategic Improvement Plan was published on 18 "
            "October 2024")
    d.p("<b>Actions Required:</b>")
    d.p("The Children and Young People Scrutiny Committee is invited to:")
    for label, text in [("1)", "consider and comment on the progress made against the Strategic Improvement Plan; "
                         "and"),
                        ("2)", "agree to receive a further update at its meeting in September 2025.")]:
        d.res(label, text, "recommendation", style=NUM_PARA)
    d.date("September 2025", "2025-09")
    d.p("<b>1. Background</b>")
    d.p("The inspection was the first in Lincolnshire under the area SEND inspection framework introduced in "
        "January 2023. The previous joint inspection, in June 2018, led to a Written Statement of Action which was "
        "closed after the revisit in November 2021.")
    d.dates_([("January 2023", "2023-01"), ("June 2018", "2018-06"), ("November 2021", "2021-11")])
    d.event("inspection", "2018-06", None, "The previous joint inspection, in June 2018")
    d.event("revisit", "2021-11", None, "the revisit in November 2021")
    d.p("Inspectors reached the most positive of the three possible outcomes: that the local area partnership's "
        "arrangements typically lead to positive experiences and outcomes for children and young people with SEND. "
        "They praised the early identification of need in the early years, the county's specialist outreach "
        "services and the strength of the working relationship with Lincolnshire Parent Carer Forum.")
    d.p("The report nonetheless set out what the partnership needed to do to improve further. In the words of the "
        "report, leaders across the partnership should:")
    for label, text, themes in [
            ("a)", "improve the timeliness with which EHC plans are amended following annual review, so that "
             "plans reflect children's current needs, particularly at points of transition;", ["ehc-plans"]),
            ("b)", "reduce the waiting times for the community paediatric neurodevelopmental pathway in the east of "
             "the county; and", ["health-services"]),
            ("c)", "make sure that young people aged 16 to 25 have access to a wider range of local post-16 "
             "provision that prepares them well for adulthood.", ["preparing-for-adulthood"])]:
        d.weak(text, themes, marker=label, style=HANG)
    d.p("<b>Progress since the inspection</b>")
    d.p("<i>Annual review amendments.</i> A dedicated amendments team started work on 4 November 2024. The "
        "proportion of amendments completed within the statutory timescale rose from 41% in September 2024 to 64% "
        "in December 2024.")
    d.dates_([("4 November 2024", "2024-11-04"), ("September 2024", "2024-09"), ("December 2024", "2024-12")])
    d.p("<i>Neurodevelopmental pathway.</i> Lincolnshire Community Health Services has added two paediatric "
        "sessions a week in Boston and Skegness from October 2024. Children in the east now wait a median of 58 "
        "weeks, down from 71.")
    d.date("October 2024", "2024-10")
    d.p("<i>Post-16 provision.</i> A sufficiency review of post-16 provision will report in March 2025, and two new "
        "supported internship programmes begin in September 2025.")
    d.date("March 2025", "2025-03")
    d.ruled([["Strategic Improvement Plan measure", "Baseline (Jun 2024)", "Dec 2024", "Target (Jul 2025)"],
             ["Annual review amendments within 4 weeks", "41%", "64%", "85%"],
             ["Median wait, neurodevelopmental pathway (east)", "71 weeks", "58 weeks", "40 weeks"],
             ["Young people with EHC plans in post-16 education locally", "82%", "83%", "88%"],
             ["Parents satisfied with the annual review process", "56%", "61%", "70%"]],
            [7.4 * cm, 3 * cm, 2.6 * cm, 3.2 * cm])
    d.short_months(["Jun 2024", "Dec 2024", "Jul 2025"])
    d.p("<b>2. Consultation</b>")
    d.p("<b>a) Risks and Impact Analysis</b>")
    d.p("The risks to delivery of the plan are recorded on the SEND Partnership Board's risk register.")
    d.p("<b>3. Appendices</b>")
    d.ruled([["These are listed below and attached at the back of the report"],
             ["Appendix A - Strategic Improvement Plan: highlight report, December 2024"]], [16.2 * cm])
    d.p("<b>4. Background Papers</b>")
    d.p("No background papers within Section 100D of the Local Government Act 1972 were used in the preparation of "
        "this report.")
    d.p("This report was written by Ashok Mahendran, who can be contacted on 01522 553817 or "
        "ashok.mahendran@lincolnshire.gov.uk.")
    d.people = [p if p["name"] != "Ashok Mahendran" else {**p, "email": "ashok.mahendran@lincolnshire.gov.uk",
                                                          "phone": "01522 553817"} for p in d.people]
    d.add(PageBreak())
    d.p("<b>Open Report on behalf of Martin Grayling, Executive Director - Children's Services</b>")
    d.table([["Report to:", "Children and Young People Scrutiny Committee"],
             ["Date:", "24 January 2025"],
             ["Subject:", "Home to School and College Transport Policy 2025/26 - Pre-Decision Scrutiny"],
             ["Decision Reference:", "I031244"],
             ["Key decision?", "Yes"]], [3.6 * cm, 12.6 * cm], header=False, grid=False)
    d.p("<b>Summary:</b>")
    d.p("The Executive Councillor is due to decide on the Home to School and College Transport Policy for 2025/26 "
        "between 3 and 7 February 2025. The proposed changes follow a public consultation that ran from 9 "
        "September to 20 October 2024 and received 1,214 responses.")
    d.dates_([("between 3 and 7 February 2025", "2025-02-03", "2025-02-07"),
              ("from 9 September to 20 October 2024", "2024-09-09", "2024-10-20")])
    d.p("<b>Actions Required:</b>")
    d.p("That the Children and Young People Scrutiny Committee:")
    for label, text in [("1)", "Considers the attached report and determines whether the Committee supports the "
                         "recommendations to the Executive Councillor as set out in the report."),
                        ("2)", "Agrees any additional comments to be passed on to the Executive Councillor in "
                         "relation to this item.")]:
        d.res(label, text, "recommendation", style=NUM_PARA)
    d.ruled([["Proposal", "Consultation: agree", "Consultation: disagree"],
             ["Post-16 contribution held at 2024/25 level", "58%", "29%"],
             ["Independent travel training offered to all eligible Year 11 pupils with EHC plans", "71%", "12%"],
             ["Personal travel budgets as an alternative to taxis", "49%", "33%"]], [9.2 * cm, 3.5 * cm, 3.5 * cm])
    d.p("This report was written by Fiona Charlton-Baines, who can be contacted on 01522 554120 or "
        "fiona.charlton-baines@lincolnshire.gov.uk.")
    d.people = [p if p["name"] != "Fiona Charlton-Baines" else {**p, "email": "fiona.charlton-baines@lincolnshire.gov."
                                                                "uk", "phone": "01522 554120"} for p in d.people]
    d.p("<b>Children and Young People Scrutiny Committee - Work Programme</b>")
    d.ruled([["Meeting", "Item", "Contributor"],
             ["14 March 2025", "Early Years Sufficiency; SEND Capital Programme", "Head of Early Years"],
             ["6 June 2025", "Schools' Performance and SEND outcomes", "Assistant Director - Education"],
             ["19 September 2025", "Local Area SEND Inspection: Strategic Improvement Plan update", "Head of SEND"]],
            [3.6 * cm, 8.6 * cm, 4 * cm])
    d.dates_([("14 March 2025", "2025-03-14"), ("6 June 2025", "2025-06-06"), ("19 September 2025", "2025-09-19")])
    d.h("Annex to item 5: local data")
    area_table(d, ["Boston", "East Lindsey", "Lincoln", "North Kesteven", "South Holland", "South Kesteven",
                   "West Lindsey"], 5, "District")
    need_table(d, 19)
    school_table(d, 13, 16)
    return d


# ------------------------------------------------------------------------------------------------------------------
def manchester_executive() -> Doc:
    """An Executive report for resolution with the inspection findings and a plan summary appended (2023
    framework)."""
    committee = "Executive"
    rel = ("manchester/round73-2025-10-22-executive/"
           "Area SEND Inspection Outcome and Priority Action Plan - report and appendices.pdf")
    d = Doc(rel, {"council": "Manchester City Council", "council_slug": "manchester", "committee": committee,
                  "meeting_date": "2025-10-22", "title": "Area SEND Inspection Outcome and Priority Action Plan",
                  "source_kind": "moderngov-document",
                  "url": "https://democracy.manchester.gov.uk/documents/s48311/Area%20SEND%20Inspection%20Outcome"
                         "%20and%20Priority%20Action%20Plan.pdf"},
            {"council": "Manchester City Council", "committee": committee, "date": "2025-10-22"},
            "", "", "", page_label="Item 7 - Page {n}")
    d.p("<b>Manchester City Council<br/>Report for Resolution</b>")
    d.table([["<b>Report to:</b>", "Executive - 22 October 2025"],
             ["<b>Subject:</b>", "Area SEND Inspection Outcome and Priority Action Plan"],
             ["<b>Report of:</b>", "Strategic Director (Children and Education Services)"]],
            [3.4 * cm, 12.8 * cm], header=False, grid=False)
    d.date("22 October 2025", "2025-10-22")
    d.p("<b>Summary</b>")
    d.p("Ofsted and the Care Quality Commission (CQC) carried out an inspection of the Manchester local area "
        "partnership's arrangements for children and young people with special educational needs and/or "
        "disabilities (SEND) from 30 June to 4 July 2025. The report was published on 19 August 2025. The "
        "partnership received the lowest of the three inspection outcomes and must submit a Priority Action Plan "
        "(PAP) to Ofsted by 28 November 2025. This report sets out the findings and the draft plan.")
    d.dates_([("from 30 June to 4 July 2025", "2025-06-30", "2025-07-04"), ("19 August 2025", "2025-08-19"),
              ("28 November 2025", "2025-11-28")])
    d.event("inspection", "2025-06-30", "2025-07-04", "Ofsted and the Care Quality Commission (CQC) carried out an "
            "inspection of the Manchester local area partnership's arrangements for children and young people with "
            "special educational needs and/or disabilities (SEND) from 30 June to 4 July 2025")
    d.event("outcome-letter", "2025-08-19", None, "The report was published on 19 August 2025")
    d.event("progress-plan", "2025-11-28", None, "must submit a Priority Action Plan (PAP) to Ofsted by 28 November "
            "2025")
    d.p("<b>Recommendations</b>")
    d.p("The Executive is recommended to:")
    for label, text in [("(1)", "Note the outcome of the area SEND inspection and the findings of inspectors set out "
                         "at Appendix 1."),
                        ("(2)", "Approve the draft Priority Action Plan summarised at Appendix 2."),
                        ("(3)", "Delegate authority to the Strategic Director (Children and Education Services), in "
                         "consultation with the Executive Member for Early Years, Children and Young People, to "
                         "agree the final Priority Action Plan with NHS Greater Manchester before its submission "
                         "to Ofsted."),
                        ("(4)", "Request that the Children and Young People Scrutiny Committee receives six-monthly "
                         "reports on progress.")]:
        d.res(label, text, "recommendation", style=HANG)
    d.table([["<b>Wards Affected:</b> All"]], [16.2 * cm], header=False)
    d.table([["<b>Environmental Impact Assessment</b> - the impact of the issues addressed in this report on "
              "achieving the zero-carbon target for the city: none directly."]], [16.2 * cm], header=False)
    d.table([["<b>Equality, Diversity and Inclusion</b> - the impact of the issues addressed in this report in "
              "meeting our Public Sector Equality Duty and broader equality commitments: the plan is intended to "
              "improve outcomes for disabled children and young people."]], [16.2 * cm], header=False)
    d.ruled([["Manchester Strategy outcomes", "Summary of how this report aligns to the Our Manchester Strategy"],
             ["A thriving and sustainable city", "Young people with SEND better prepared for work"],
             ["A highly skilled city", "Improved educational outcomes for children with SEND"],
             ["A progressive and equitable city", "Reduced inequality of access to health services"],
             ["A liveable and low carbon city", "Children able to attend school close to home"],
             ["A connected city", "Better information for families through the Local Offer"]],
            [6 * cm, 10.2 * cm])
    d.p("<b>Financial Consequences - Revenue</b>: delivery of the plan is estimated to cost 2.4 million pounds over "
        "two years, of which 1.1 million pounds is met from the Dedicated Schools Grant High Needs Block and the "
        "balance from existing Council and ICB budgets.")
    d.p("<b>Financial Consequences - Capital</b>: none.")
    d.p("<b>Contact Officers:</b>")
    d.table([["Name:", "Jonah Fairbrother"], ["Position:", "Strategic Director (Children and Education Services)"],
             ["Telephone:", "0161 234 3804"], ["E-mail:", "jonah.fairbrother@manchester.gov.uk"], ["", ""],
             ["Name:", "Amira Siddiqui"], ["Position:", "Director of Education"],
             ["Telephone:", "0161 234 7115"], ["E-mail:", "amira.siddiqui@manchester.gov.uk"]],
            [3 * cm, 13.2 * cm], header=False, grid=False)
    d.person("Jonah Fairbrother", "Strategic Director (Children and Education Services)", "officer",
             "jonah.fairbrother@manchester.gov.uk", "0161 234 3804")
    d.person("Amira Siddiqui", "Director of Education", "officer", "amira.siddiqui@manchester.gov.uk",
             "0161 234 7115")
    d.p("<b>Background documents (available for public inspection):</b> Report to Children and Young People "
        "Scrutiny Committee, 8 October 2025 - Area SEND Inspection Outcome.")
    d.date("8 October 2025", "2025-10-08")
    d.h("1.0 Introduction")
    d.num("1.1", "Manchester's previous joint local area SEND inspection took place from 12 to 16 March 2018 and led "
          "to a Written Statement of Action. Ofsted and the CQC revisited in February 2021 and found that sufficient "
          "progress had been made in all the areas of significant weakness.")
    d.dates_([("from 12 to 16 March 2018", "2018-03-12", "2018-03-16"), ("February 2021", "2021-02")])
    d.event("inspection", "2018-03-12", "2018-03-16", "Manchester's previous joint local area SEND inspection took "
            "place from 12 to 16 March 2018")
    d.event("revisit", "2021-02", None, "Ofsted and the CQC revisited in February 2021")
    d.num("1.2", "The inspection this summer was carried out under the framework introduced in January 2023. It "
          "results in one of three outcomes. Manchester's outcome was that 'there are widespread and/or systemic "
          "failings leading to significant concerns about the experiences and outcomes of children and young "
          "people with SEND, which the local area partnership must address urgently.'")
    d.date("January 2023", "2023-01")
    d.h("2.0 Findings")
    d.num("2.1", "Inspectors found real strengths. Early help for families is well established, the city's special "
          "schools are highly regarded, and young people spoke positively about the Manchester Youth Council's "
          "SEND group. Children in care with SEND are well supported by the virtual school.")
    d.num("2.2", "However, the report sets out two areas for priority action, about the time families wait for an EHC "
          "needs assessment and about children with SEND who are missing education or in unregistered alternative "
          "provision, and four areas for improvement. The full text is at Appendix 1.")
    d.h("3.0 The Priority Action Plan")
    d.num("3.1", "A PAP must set out how the partnership will address the areas for priority action. The draft plan "
          "(Appendix 2) also covers the areas for improvement. It was considered by the Children and Young People "
          "Scrutiny Committee on 8 October 2025, and will be taken to the Health and Wellbeing Board on 5 November "
          "2025.")
    d.date("5 November 2025", "2025-11-05")
    d.num("3.2", "Once the plan is submitted, the Department for Education and NHS England will monitor its delivery. "
          "The first monitoring meeting is expected in January 2026. Ofsted and the CQC will return for a "
          "monitoring inspection, normally within about 18 months.")
    d.date("January 2026", "2026-01")
    d.event("monitoring", "2026-01", None, "The first monitoring meeting is expected in January 2026")
    d.h("4.0 Recommendations")
    d.num("4.1", "The recommendations appear at the front of this report.")
    d.add(PageBreak())
    d.p("<b>Appendix 1 - Extract from the inspection report: what the local area partnership needs to do "
        "better</b>")
    d.ruled([["Inspection dates", "30 June to 4 July 2025"], ["Dates of previous inspection", "12 to 16 March 2018"]],
            [6 * cm, 10.2 * cm], header_rows=0)
    d.h("Areas for priority action")
    for text, themes in [
            ("Leaders across education, health and care must urgently reduce the time taken to complete EHC needs "
             "assessments and to issue EHC plans. Too many families wait well beyond the 20-week statutory "
             "timescale, and some children go without the support they need for a year or more.", ["ehc-plans"]),
            ("Leaders must improve their oversight of children and young people with SEND who are missing "
             "education, on part-time timetables or placed in unregistered alternative provision, so that they are "
             "safe and receive a suitable full-time education.", ["inclusion-provision", "data-oversight"])]:
        d.weak(text, themes, marker="", style=LETTER)
    d.h("Areas for improvement")
    for text, themes in [
            ("Leaders in NHS Greater Manchester should reduce waiting times for autism and ADHD assessment and for "
             "occupational therapy.", ["health-services"]),
            ("Leaders should make sure that the contributions of health and social care professionals to EHC "
             "plans are of a consistently high quality.", ["ehc-plans"]),
            ("Leaders should improve how they communicate with parents and carers about the support that is "
             "available at SEN support, including through the Local Offer.", ["co-production", "local-offer"]),
            ("Leaders should strengthen the planning for young people's transition to adult health services.",
             ["preparing-for-adulthood"])]:
        d.weak(text, themes, marker="", style=LETTER)
    d.h("Information about this inspection")
    d.p("The inspection was led by Rachel Thistlewood, His Majesty's Inspector, with Omar Baptiste, Children's "
        "Services Inspector (CQC), and a team of Ofsted and CQC inspectors.", LETTER)
    d.person("Rachel Thistlewood", "His Majesty's Inspector", "other")
    d.person("Omar Baptiste", "Children's Services Inspector (CQC)", "other")
    d.add(PageBreak())
    d.p("<b>Appendix 2 - Draft Priority Action Plan: summary</b>")
    rows = [["Workstream", "Key actions", "Senior responsible officer", "Milestone", "Success measure"],
            ["APA1 Timely assessment", "Assessment hub; 9 additional educational psychologists; weekly multi-agency "
             "panel", "Director of Education", "Mar 2026", "60% of plans within 20 weeks"],
            ["APA1 Timely assessment", "Backlog recovery team for assessments over 30 weeks", "Head of SEND",
             "Jul 2026", "No assessment over 30 weeks"],
            ["APA2 Missing education", "Register of pupils on part-time timetables and in unregistered AP; monthly "
             "review", "Head of Access and Inclusion", "Jan 2026", "All pupils reviewed monthly"],
            ["APA2 Missing education", "Quality assurance of AP placements with schools and trusts", "Head of "
             "Access and Inclusion", "Apr 2026", "No placement in unregistered AP without QA visit"],
            ["AFI Health waits", "Neurodevelopmental pathway redesign", "NHS GM Manchester Locality", "Sep 2026",
             "Median wait under 52 weeks"],
            ["AFI Advice quality", "Health and social care advice standard", "Designated Clinical Officer",
             "Feb 2026", "85% advice good or better"],
            ["AFI Communication", "SEN support guide and Local Offer redesign with Manchester Parent Carer Forum",
             "Head of SEND", "May 2026", "Parent survey confidence up"],
            ["AFI Transition", "Transition protocol with adult health services", "NHS GM Manchester Locality",
             "Dec 2026", "Transition plans in place at 17"]]
    d.ruled(rows, [3 * cm, 5.2 * cm, 3 * cm, 1.9 * cm, 3.1 * cm])
    d.short_months(["Mar 2026", "Jul 2026", "Jan 2026", "Apr 2026", "Sep 2026", "Feb 2026", "May 2026", "Dec 2026"])
    d.h("Governance")
    d.p("The Manchester SEND Partnership Board, chaired by Councillor Bridget Amos, Executive Member for Early Years, "
        "Children and Young People, will own the plan, with Dr Neil Hackett, Deputy Place Lead, NHS Greater "
        "Manchester (Manchester Locality), as vice-chair.")
    d.person("Bridget Amos", "Executive Member for Early Years, Children and Young People", "member")
    d.person("Neil Hackett", "Deputy Place Lead, NHS Greater Manchester (Manchester Locality)", "officer")
    d.h("Baseline measures")
    kpi_table(d, ["New EHC plans issued within 20 weeks", "Assessments open over 30 weeks",
                  "Pupils with EHC plans on part-time timetables", "Median wait for ASD assessment (weeks)",
                  "Health advice rated good or better", "Parents confident in SEN support"], 14)
    d.h("Local data")
    area_table(d, ["North Manchester", "Central Manchester", "South Manchester", "Wythenshawe"], 3, "Locality")
    need_table(d, 25)
    school_table(d, 17, 20)
    return d


DOCUMENTS = [newham_progress, portsmouth_revisit, reading_minutes, lewisham_pap, lincolnshire_pack,
             manchester_executive]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
