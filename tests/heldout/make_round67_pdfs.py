"""Write the long printed documents of the held-out round 67 (reportlab), and their gold.

Round 67 is a blind batch of LONG PDFs (5 to 8 pages), written with their gold before any extractor ran on them:
printed minutes of a policy and scrutiny panel (North Somerset, 2023 framework); a Cabinet report with the re-visit
letter appended (Slough, 2016 framework); a progress report with a tracker (Wandsworth, 2023 framework); a priority
action plan document (West Northamptonshire, 2023 framework); a scrutiny report with the DfE/NHS England review
letter appended (Oxfordshire, 2016 framework); and an agenda reports pack (Plymouth, 2016 framework). Invented text,
fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round67_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles, two_columns  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("67", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
MINUTE, NUM_PARA, LETTER, LETTER_BOLD, LETTER_BULLET = S.minute, S.num_para, S.letter, S.letter_bold, S.letter_bullet
CENTRE, INDENT, SUB, PLAN = S.centre, S.indent, S.sub, S.plan_cell


class Doc(LongDoc):
    """A round 67 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#DCE6DC", "#EEF3EE", "#F4F4F4")


NEEDS = ["Autistic spectrum disorder", "Speech, language and communication needs", "Social, emotional and mental "
         "health", "Moderate learning difficulty", "Severe learning difficulty", "Profound and multiple learning "
         "difficulty", "Specific learning difficulty", "Physical disability", "Hearing impairment",
         "Visual impairment", "Other difficulty or disability"]
SCHOOLS = ["Abbotsford", "Brookside", "Chalkhill", "Deerpark", "Elmstead", "Fernbank", "Glebelands", "Hillcrest",
           "Ivybridge Road", "Jubilee", "Kingsmead", "Larkrise", "Meadowbank", "Northfield", "Orchard", "Parkside",
           "Queensway", "Riverside", "St Anne's", "Thornbury", "Upton", "Victoria", "Westfield", "Yarrow"]


def need_table(d: Doc, seed: int):
    rows = [["Primary need", "EHC plans", "Share %", "SEN support", "Share %"]]
    for i, need in enumerate(NEEDS):
        a, b = 25 + (i * 167 + seed * 13) % 640, 55 + (i * 229 + seed * 7) % 1290
        rows.append([need, str(a), f"{(a % 24) + 1}.{i}", str(b), f"{(b % 19) + 1}.{(i * 3) % 10}"])
    d.ruled(rows, [6.6 * cm, 2.3 * cm, 2 * cm, 2.6 * cm, 2.5 * cm])


def school_table(d: Doc, seed: int, rows_n: int = 22):
    rows = [["School", "Phase", "On roll", "SEN support %", "EHC plan %", "Suspensions", "Part-time timetables"]]
    for i in range(rows_n):
        rows.append([f"{SCHOOLS[(i + seed) % len(SCHOOLS)]} {'Primary' if i % 3 else 'Academy'}",
                     "Primary" if i % 3 else "Secondary", str(160 + (i * 83 + seed * 37) % 1120),
                     f"{8 + (i * 7 + seed) % 12}.{(i * 3) % 10}", f"{1 + (i * 5 + seed) % 5}.{(i * 7) % 10}",
                     str((i * 11 + seed) % 17), str((i * 7 + seed) % 5)])
    d.ruled(rows, [4.2 * cm, 1.9 * cm, 1.6 * cm, 2 * cm, 1.9 * cm, 2.2 * cm, 2.4 * cm])


def area_table(d: Doc, names: list[str], seed: int, label: str = "Area"):
    rows = [[label, "Children with EHC plan", "SEN support", "New requests (year)", "Issued in 20 weeks %",
             "Mainstream %"]]
    for i, name in enumerate(names):
        rows.append([name, str(98 + (i * 59 + seed * 17) % 410), str(350 + (i * 127 + seed) % 820),
                     str(14 + (i * 31 + seed) % 80), f"{24 + (i * 13 + seed) % 66}", f"{33 + (i * 7 + seed) % 44}"])
    d.ruled(rows, [3.8 * cm, 2.4 * cm, 2.2 * cm, 2.6 * cm, 2.6 * cm, 2.4 * cm])


# ------------------------------------------------------------------------------------------------------------------
def north_somerset_minutes() -> Doc:
    committee = "Children and Young People's Services Policy and Scrutiny Panel"
    rel = ("north-somerset/round67-2026-03-05-children-and-young-peoples-services-policy-and-scrutiny-panel/"
           "Minutes 4 December 2025.pdf")
    d = Doc(rel, {"council": "North Somerset Council", "council_slug": "north-somerset", "committee": committee,
                  "meeting_date": "2026-03-05", "title": "Minutes 4 December 2025", "source_kind": "moderngov-document",
                  "url": "https://n-somerset.moderngov.co.uk/documents/g4418/Printed%20minutes%2004th-Dec-2025.pdf"},
            {"council": "North Somerset Council", "committee": committee, "date": "2025-12-04"},
            "North Somerset Council", "CYP Policy and Scrutiny Panel", "Minutes")
    d.title("Minutes")
    d.p("of the Meeting of the")
    d.p("<b>Children and Young People's Services Policy and Scrutiny Panel</b>")
    d.p("<b>Thursday, 4 December 2025</b>")
    d.date("Thursday, 4 December 2025", "2025-12-04")
    d.p("held at: New Council Chamber, Town Hall, Weston-super-Mare, BS23 1UJ")
    d.p("Meeting Commenced: 10.00 am&nbsp;&nbsp;&nbsp;&nbsp;Meeting Concluded: 12.52 pm")
    d.p("<b>Councillors:</b>")
    two_columns(d, ["P&nbsp;&nbsp;Rosalind Tennant (Chairperson)", "P&nbsp;&nbsp;Hugh Ashcombe (Vice-Chairperson)",
                    "P&nbsp;&nbsp;Mairead Colley", "P&nbsp;&nbsp;Owen Penrice"],
                ["P&nbsp;&nbsp;Sunita Varma", "A&nbsp;&nbsp;Gareth Llewellyn", "P&nbsp;&nbsp;Bea Hollis",
                 "P&nbsp;&nbsp;Colin Westlake"])
    for name, role in [("Rosalind Tennant", "Chairperson"), ("Hugh Ashcombe", "Vice-Chairperson"),
                       ("Mairead Colley", None), ("Owen Penrice", None), ("Sunita Varma", None),
                       ("Gareth Llewellyn", None), ("Bea Hollis", None), ("Colin Westlake", None)]:
        d.person(name, role, "member")
    d.p("P: Present<br/>A: Apologies for absence submitted")
    d.p("<b>Co-opted member:</b> Ann Stroud (Diocese of Bath and Wells) ")
    d.person("Ann Stroud", "Diocese of Bath and Wells", "other")
    d.p("<b>Also in attendance:</b> Councillor Daniel Frome (Executive Member for Children's Services and Lifelong "
        "Learning); Jo Kerslake (co-chair, North Somerset Parent Carers Working Together)")
    d.person("Daniel Frome", "Executive Member for Children's Services and Lifelong Learning", "member")
    d.person("Jo Kerslake", "co-chair, North Somerset Parent Carers Working Together", "other")
    d.p("<b>Officers in attendance:</b> Sheila Warrender (Director of Children's Services), Marcus Ibbotson "
        "(Assistant Director, Education Partnerships), Priya Chaudhry (Head of SEND and Inclusion), Dr Leona Fairhurst "
        "(Designated Clinical Officer, Bristol, North Somerset and South Gloucestershire ICB) and Tom Ealand "
        "(Democratic Services Officer)")
    for name, role in [("Sheila Warrender", "Director of Children's Services"),
                       ("Marcus Ibbotson", "Assistant Director, Education Partnerships"),
                       ("Priya Chaudhry", "Head of SEND and Inclusion"),
                       ("Dr Leona Fairhurst", "Designated Clinical Officer, Bristol, North Somerset and South "
                        "Gloucestershire ICB"),
                       ("Tom Ealand", "Democratic Services Officer")]:
        d.person(name, role, "officer")

    d.h("CYP 19&nbsp;&nbsp;&nbsp;Public Participation (Agenda Item 1)")
    d.p("One statement had been received from a member of the public, concerning waiting times for occupational "
        "therapy assessments for children attending mainstream schools in the Nailsea area. The Chairperson thanked "
        "the speaker and said that a written reply would be sent within ten working days.")
    d.h("CYP 20&nbsp;&nbsp;&nbsp;Apologies for absence and notification of substitutes (Agenda Item 3)")
    d.p("Apologies for absence were received from Councillor Llewellyn. There were no substitutes.")
    d.h("CYP 21&nbsp;&nbsp;&nbsp;Declarations of disclosable pecuniary interest (Standing Order 37) (Agenda Item 4)")
    d.p("Councillor Hollis declared that she was a governor of a special school in the district; this was not a "
        "disclosable pecuniary interest and she remained in the meeting.")
    d.h("CYP 22&nbsp;&nbsp;&nbsp;Minutes of the meeting held on 18 September 2025 (Agenda Item 5)")
    d.date("18 September 2025", "2025-09-18")
    d.res(None, "that the minutes of the meeting held on 18 September 2025 be approved as a correct record.",
          "resolution", lead="<b>Resolved:</b>", style=BODY)

    d.h("CYP 23&nbsp;&nbsp;&nbsp;Area SEND Inspection: Priority Action Plan, first update (Agenda Item 7)")
    d.p("The Director of Children's Services introduced the report. She reminded the Panel that Ofsted and the Care "
        "Quality Commission had carried out an inspection of the North Somerset local area partnership from 2 to 6 "
        "June 2025 under the framework introduced in 2023, and that the inspection report had been published on 22 "
        "July 2025. The partnership had received the third of the three possible outcomes, which meant that "
        "inspectors had found widespread and/or systemic failings leading to significant concerns about the "
        "experiences and outcomes of children and young people with SEND.")
    d.date("from 2 to 6 June 2025", "2025-06-02", "2025-06-06")
    d.date("22 July 2025", "2025-07-22")
    d.event("inspection", "2025-06-02", "2025-06-06", "Ofsted and the Care Quality Commission had carried out an "
            "inspection of the North Somerset local area partnership from 2 to 6 June 2025")
    d.event("outcome-letter", "2025-07-22", None, "the inspection report had been published on 22 July 2025")
    d.p("The report identified two areas for priority action, which the Director read to the Panel:")
    d.weak("Leaders across the partnership must urgently improve the timeliness and quality of education, health "
           "and care needs assessments and plans, so that children's needs are identified and met without delay "
           "and annual reviews lead to plans being updated when needs change.", ["ehc-plans"], marker="(a)",
           style=HANG)
    d.weak("The integrated care board and the local authority must work together to reduce the length of time that "
           "children and young people wait for neurodevelopmental assessments and for speech and language therapy, "
           "and must make sure that families receive support while they wait.", ["health-services"],
           marker="(b)", style=HANG)
    d.p("Members were reminded that inspectors had also identified the following areas for improvement:")
    d.weak("Leaders should strengthen the way they gather and use the views of children, young people and their "
           "families so that co-production is consistent across education, health and social care.",
           ["co-production"])
    d.weak("Leaders should make sure that the local offer is up to date, easy to find and helps families to "
           "understand what support is available without an EHC plan.", ["local-offer"])
    d.weak("Leaders should improve the oversight of children who attend alternative provision or who are on "
           "reduced timetables, so that leaders know whether these arrangements meet children's needs.",
           ["inclusion-provision", "data-oversight"])
    d.p("The partnership's priority action plan had been sent to Ofsted on 2 September 2025, ahead of the deadline. "
        "The first monitoring meeting with advisers from the Department for Education and NHS England had taken "
        "place on 12 November 2025. The advisers had recognised the early work to clear the backlog of needs "
        "assessments, but had said that the partnership needed to show that the improvement could be sustained. "
        "The next monitoring meeting was expected in May 2026.")
    d.date("2 September 2025", "2025-09-02")
    d.date("12 November 2025", "2025-11-12")
    d.date("May 2026", "2026-05")
    d.event("progress-plan", "2025-09-02", None, "The partnership's priority action plan had been sent to Ofsted "
            "on 2 September 2025")
    d.event("monitoring", "2025-11-12", None, "The first monitoring meeting with advisers from the Department for "
            "Education and NHS England had taken place on 12 November 2025.")
    d.event("monitoring", "2026-05", None, "The next monitoring meeting was expected in May 2026.")
    d.p("The Head of SEND and Inclusion gave a presentation on progress against each priority. The proportion of "
        "new plans issued within twenty weeks had risen from 21% in the quarter to June to 48% in the quarter to "
        "September, and the backlog of overdue annual reviews had fallen from 612 to 395. The Designated Clinical "
        "Officer reported that the ICB had commissioned additional assessment capacity from October 2025, which "
        "was expected to bring the longest waits for autism assessment below 52 weeks by the end of the financial "
        "year.")
    d.date("October 2025", "2025-10")
    d.p("Jo Kerslake, on behalf of the parent carer forum, welcomed the openness of the partnership but said that "
        "many families did not yet feel any difference. She asked that the forum be involved in checking the "
        "quality of plans, not only their timeliness.")
    d.p("In discussion, Members raised the following points:")
    for text in [
        "Members asked how many of the new plans issued in time had been audited as good. The Head of SEND said "
        "that 46 plans had been audited in the autumn term and that 28 had been judged good or better.",
        "A Member asked whether the additional assessment capacity was funded on a recurrent basis. The Designated "
        "Clinical Officer replied that it was funded to March 2026 and that a decision on future funding would be "
        "taken by the ICB board in February 2026.",
        "Members asked about the number of children on reduced timetables. The Assistant Director said that the "
        "figure had been 137 at the start of term and that schools were now required to notify the council of "
        "every such arrangement.",
        "The Chairperson asked what the Panel could do to support the work. The Executive Member suggested that "
        "the Panel could take a deep dive into the local offer before the next monitoring meeting."]:
        d.p(f"&bull; {text}", BULLET)
    d.date("March 2026", "2026-03")
    d.date("February 2026", "2026-02")
    d.p("<b>Resolved:</b> that the Panel")
    d.res("(1)", "notes the progress made against the priority action plan since the first monitoring meeting;",
          "resolution", style=HANG)
    d.res("(2)", "asks the Director of Children's Services to report the results of the next audit of EHC plans, "
          "including the parent carer forum's findings, to the Panel's meeting in March 2026; and", "resolution",
          style=HANG)
    d.res("(3)", "agrees to hold a member working group on the local offer, with the co-opted member and the parent "
          "carer forum invited to take part.", "resolution", style=HANG)

    d.h("CYP 24&nbsp;&nbsp;&nbsp;Home to School Transport Policy 2026/27: consultation (Agenda Item 8)")
    d.p("The Assistant Director introduced the draft policy, on which the council would consult from 5 January to "
        "16 February 2026. The main change proposed was the introduction of personal travel budgets as an option "
        "for all families of children with an EHC plan who were eligible for transport. Members asked that the "
        "consultation material be available in easy read format.")
    d.date("from 5 January to 16 February 2026", "2026-01-05", "2026-02-16")
    d.res(None, "that the Panel's comments on the draft Home to School Transport Policy be forwarded to the "
          "Executive Member for consideration before the consultation begins.", "resolution",
          lead="<b>Resolved:</b>", style=BODY)
    d.h("CYP 25&nbsp;&nbsp;&nbsp;The Panel's Work Plan (Agenda Item 9)")
    d.p("The Democratic Services Officer presented the work plan. It was noted that the meeting planned for 22 "
        "January 2026 would be an informal briefing on the children's social care budget.")
    d.date("22 January 2026", "2026-01-22")
    d.res(None, "that the work plan be noted, subject to the addition of the items agreed under minute CYP 23.",
          "resolution", lead="<b>Resolved:</b>", style=BODY)
    d.p("<b>Chairperson</b><br/>____________________________")
    d.add(PageBreak())
    d.h("Annex to minute CYP 23: figures presented to the Panel")
    d.p("Table 1: children and young people with an EHC plan or receiving SEN support, by primary need (January "
        "census)")
    need_table(d, 3)
    d.p("Table 2: needs assessments and plans by locality")
    area_table(d, ["Weston-super-Mare North", "Weston-super-Mare South", "Clevedon", "Nailsea", "Portishead",
                   "Yatton and Congresbury", "Winscombe and Banwell", "Backwell", "Pill and Easton-in-Gordano",
                   "Worle"], 4, "Locality")
    d.p("Table 3: schools with the highest rates of suspension among pupils with SEND")
    school_table(d, 5, 24)
    return d


# ------------------------------------------------------------------------------------------------------------------
def slough_cabinet() -> Doc:
    rel = ("slough/round67-2023-02-20-cabinet/SEND Accelerated Progress Plan - report and appendices.pdf")
    d = Doc(rel, {"council": "Slough Borough Council", "council_slug": "slough", "committee": "Cabinet",
                  "meeting_date": "2023-02-20", "title": "SEND Accelerated Progress Plan - report and appendices",
                  "source_kind": "moderngov-document",
                  "url": "https://slough.moderngov.co.uk/documents/s71842/SEND%20APP%20Cabinet%20report.pdf"},
            {"council": "Slough Borough Council", "committee": "Cabinet", "date": "2023-02-20"},
            "Slough Borough Council", "", "")
    d.title("Slough Borough Council")
    d.table([["Report To:", "Cabinet"], ["Date:", "20 February 2023"],
             ["Subject:", "Special Educational Needs and Disabilities (SEND): Accelerated Progress Plan"],
             ["Lead Member:", "Councillor Harjit Sandhu, Lead Member for Education and Children's Services"],
             ["Chief Officer:", "Sue Butterworth, Executive Director of People (Children)"],
             ["Contact Officer:", "Neil Hartigan, Associate Director, Education and Inclusion<br/>"
              "neil.hartigan@slough.gov.uk&nbsp;&nbsp;01753 875512"],
             ["Ward(s):", "All"], ["Key Decision:", "YES"], ["Exempt:", "NO"],
             ["Decision Subject To Call In:", "YES"],
             ["Appendices:", "Appendix A: Ofsted and CQC re-visit letter<br/>Appendix B: Accelerated Progress Plan "
              "(summary)"]], [4.5 * cm, 11.7 * cm], header=False)
    d.date("20 February 2023", "2023-02-20")
    d.person("Harjit Sandhu", "Lead Member for Education and Children's Services", "member")
    d.person("Sue Butterworth", "Executive Director of People (Children)", "officer")
    d.person("Neil Hartigan", "Associate Director, Education and Inclusion", "officer",
             "neil.hartigan@slough.gov.uk", "01753 875512")
    d.h("1. Summary and Recommendations")
    d.num("1.1", "This report sets out the outcome of the re-visit by Ofsted and the Care Quality Commission (CQC) "
          "to review progress against the Written Statement of Action (WSoA), and asks Cabinet to approve the "
          "Accelerated Progress Plan (APP) that the Department for Education (DfE) has required the local area to "
          "produce.")
    d.num("1.2", "Inspectors returned to Slough from 14 to 16 November 2022. Their letter, published on 19 January "
          "2023, found that the area had made sufficient progress in two of the five areas of significant weakness "
          "but had not made sufficient progress in the other three.")
    d.date("from 14 to 16 November 2022", "2022-11-14", "2022-11-16")
    d.date("19 January 2023", "2023-01-19")
    d.event("revisit", "2022-11-14", "2022-11-16", "Inspectors returned to Slough from 14 to 16 November 2022.")
    d.event("revisit-outcome", "2023-01-19", None, "Their letter, published on 19 January 2023, found that the area "
            "had made sufficient progress in two of the five areas of significant weakness")
    d.p("<b>Recommendations:</b>")
    d.p("Cabinet is recommended to:")
    d.res("(a)", "Note the findings of the Ofsted and CQC re-visit letter at Appendix A.", "recommendation",
          style=HANG)
    d.res("(b)", "Approve the Accelerated Progress Plan summarised at Appendix B for submission to the Department "
          "for Education by 2 March 2023.", "recommendation", style=HANG)
    d.res("(c)", "Delegate authority to the Executive Director of People (Children), in consultation with the Lead "
          "Member for Education and Children's Services, to agree any final amendments to the plan before it is "
          "submitted.", "recommendation", style=HANG)
    d.date("2 March 2023", "2023-03-02")
    d.event("progress-plan", "2023-03-02", None, "Approve the Accelerated Progress Plan summarised at Appendix B for "
            "submission to the Department for Education by 2 March 2023.")
    d.p("<b>Reason:</b> The DfE and NHS England have written to the Council and the Frimley Integrated Care Board "
        "requiring an APP to be submitted. The plan must be approved by both partners before submission.")
    d.p("<b>Commissioner Review</b>")
    d.p("The Commissioners have reviewed this report and support the recommendations. They note that the APP will be "
        "monitored through the SEND Improvement Board, which reports to the Commissioners' monthly assurance "
        "meeting.")
    d.h("2. Report")
    d.p("<b>Background</b>")
    d.num("2.1", "The local area was inspected by Ofsted and the CQC between 11 and 15 March 2019. The outcome "
          "letter, published on 13 May 2019, required the Council and the then clinical commissioning group to "
          "produce a WSoA, which Ofsted declared fit for purpose in August 2019.")
    d.date("between 11 and 15 March 2019", "2019-03-11", "2019-03-15")
    d.date("13 May 2019", "2019-05-13")
    d.date("August 2019", "2019-08")
    d.event("inspection", "2019-03-11", "2019-03-15", "The local area was inspected by Ofsted and the CQC between "
            "11 and 15 March 2019.")
    d.event("outcome-letter", "2019-05-13", None, "The outcome letter, published on 13 May 2019")
    d.event("wsoa-approved", "2019-08", None, "a WSoA, which Ofsted declared fit for purpose in August 2019")
    d.num("2.2", "Progress against the WSoA was reviewed by DfE and NHS England advisers at six-monthly intervals. "
          "The pandemic delayed the re-visit, which would normally have taken place within eighteen months of the "
          "WSoA being agreed.")
    d.num("2.3", "The re-visit found sufficient progress in the identification of needs in the early years and in "
          "the local offer. Progress on co-production, the quality and timeliness of EHC plans and joint "
          "commissioning was judged insufficient. The full letter is at Appendix A.")
    d.p("<b>The Accelerated Progress Plan</b>")
    d.num("2.4", "The APP was drafted with the parent carer forum, Slough Parents Voice, and with the ICB. It was "
          "considered by the SEND Improvement Board on 7 February 2023. It sets out, for each of the three areas, "
          "the actions to be taken in the next twelve months, the measures of success and the leads.")
    d.date("7 February 2023", "2023-02-07")
    d.num("2.5", "DfE and NHS England advisers will review progress against the APP formally every six months, the "
          "first review being expected in June 2023. If progress is not sufficient the Secretary of State may "
          "use the powers available under the Children and Families Act 2014.")
    d.date("June 2023", "2023-06")
    d.event("monitoring", "2023-06", None, "DfE and NHS England advisers will review progress against the APP "
            "formally every six months, the first review being expected in June 2023.")
    d.num("2.6", "Separately, the Council remains subject to the statutory direction issued in December 2021 in "
          "respect of its children's services company, Slough Children First. That direction does not extend to "
          "SEND, but the APP has been aligned with the company's improvement plan.")
    d.date("December 2021", "2021-12")
    d.h("3. Implications of the Recommendations")
    d.p("<b>3.1 Financial implications</b>")
    d.p("The APP will be delivered within existing budgets, supported by the Safety Valve agreement with the DfE. "
        "Additional EHC plan coordinators (4.0 FTE) are funded from the High Needs Block in 2023/24.")
    d.p("<b>3.2 Legal implications</b>")
    d.p("The Children Act 2004 (Joint Area Reviews) Regulations 2015 and the Children and Families Act 2014 set out "
        "the duties of the local area. Failure to make progress may lead to intervention by the Secretary of State.")
    d.p("<b>3.3 Risk management</b>")
    d.table([["Risk", "Likelihood", "Impact", "Mitigation"],
             ["Recruitment to EHC coordinator posts is slow", "High", "High", "Agency cover agreed to July 2023"],
             ["Health partners cannot reduce waits quickly", "Medium", "High", "ICB recovery trajectory reported "
              "monthly to the Improvement Board"],
             ["Families lose confidence in the plan", "Medium", "Medium", "Co-produced communications plan with "
              "Slough Parents Voice"],
             ["Demand for plans continues to grow", "High", "Medium", "Early help offer and SEN support toolkit"]],
            [5 * cm, 2.3 * cm, 2 * cm, 6.9 * cm])
    d.date("July 2023", "2023-07")
    d.p("<b>3.4 Equality implications</b>")
    d.p("An equality impact assessment has been completed and is available on request. The plan is expected to "
        "have a positive impact on children with disabilities and their families.")
    d.h("4. Background Papers")
    d.p("Ofsted and CQC joint local area SEND inspection letter, 13 May 2019; Slough Written Statement of Action, "
        "2019.")
    d.add(PageBreak())
    d.p("<b>Appendix A</b>")
    d.p("18 January 2023", LETTER)
    d.date("18 January 2023", "2023-01-18")
    d.p("Sue Butterworth<br/>Executive Director of People (Children)<br/>Slough Borough Council", LETTER)
    d.p("Rachel Okonjo, Chief Executive, Frimley Integrated Care Board", LETTER)
    d.person("Rachel Okonjo", "Chief Executive, Frimley Integrated Care Board", "officer")
    d.p("Dear Ms Butterworth and Ms Okonjo", LETTER)
    d.p("<b>Joint area SEND revisit in Slough</b>", LETTER)
    d.p("Between 14 and 16 November 2022, Ofsted and the Care Quality Commission (CQC) revisited the area of Slough "
        "to decide whether sufficient progress has been made in addressing each of the areas of significant "
        "weakness detailed in the inspection report letter published on 13 May 2019.", LETTER)
    d.p("As a result of the findings of the initial inspection and in accordance with the Children Act 2004 (Joint "
        "Area Reviews) Regulations 2015, His Majesty's Chief Inspector determined that a Written Statement of "
        "Action was required because of significant areas of weakness in the area's practice. The local authority "
        "and the area's clinical commissioning group were jointly responsible for submitting the written "
        "statement to Ofsted.", LETTER)
    d.p("The area has made sufficient progress in addressing two of the five significant weaknesses identified at "
        "the initial inspection. The area has not made sufficient progress in addressing three significant "
        "weaknesses. This letter outlines our findings from the revisit.", LETTER)
    d.p("The inspection was led by one of His Majesty's Inspectors from Ofsted and a Children's Services Inspector "
        "from the CQC, with a team inspector from Ofsted: Lesley Mortimer HMI, Christine Achebe (CQC) and Yvonne "
        "Jory (Ofsted Inspector).", LETTER)
    d.person("Lesley Mortimer", "HMI", "other")
    d.person("Christine Achebe", "Children's Services Inspector, CQC", "other")
    d.person("Yvonne Jory", "Ofsted Inspector", "other")
    d.p("<b>Main findings</b>", LETTER)
    d.weak("The lack of a strategic and well-understood approach to co-production with parents and carers, and the "
           "low level of confidence that parents have in the local area's ability to meet their children's needs.",
           ["co-production"], marker="", style=LETTER_BOLD)
    d.p("Leaders have set up a range of forums for parents and carers. However, these are not yet leading to a "
        "shared way of working. Many parents told us that they are not listened to and that they have to fight to "
        "get the support their children need. The area has not made sufficient progress in addressing this "
        "significant weakness.", LETTER)
    d.weak("Weaknesses in the timeliness and quality of EHC plans, including the poor contribution of health and "
           "social care to assessments and plans.", ["ehc-plans"], marker="", style=LETTER_BOLD)
    d.p("The proportion of plans issued within 20 weeks has improved, but remains well below the national average. "
        "Too many plans do not describe children's needs accurately, and social care advice is often missing. The "
        "area has not made sufficient progress in addressing this significant weakness.", LETTER)
    d.weak("The lack of effective joint commissioning arrangements to meet the needs of children and young people "
           "with SEND, including gaps in therapy provision.", ["joint-commissioning"], marker="",
           style=LETTER_BOLD)
    d.p("A joint commissioning strategy was agreed in 2021, but it has not yet led to any new jointly commissioned "
        "services. Waiting times for speech and language therapy have lengthened. The area has not made "
        "sufficient progress in addressing this significant weakness.", LETTER)
    d.weak("Inconsistent identification of needs in the early years, particularly for children who do not attend "
           "early years settings.", ["identification"], marker="", style=LETTER_BOLD)
    d.p("Health visitors and early years settings now use a shared checklist, and referrals are made earlier. The "
        "area has made sufficient progress in addressing this significant weakness.", LETTER)
    d.weak("A local offer that is out of date and difficult for families to use.", ["local-offer"], marker="",
           style=LETTER_BOLD)
    d.p("The local offer website has been rebuilt with parents and is now used widely. The area has made "
        "sufficient progress in addressing this significant weakness.", LETTER)
    d.p("As a result of the findings of this revisit, and in accordance with the Children Act 2004 (Joint Area "
        "Reviews) Regulations 2015, the DfE and NHS England will determine the next steps. This may include "
        "formal monitoring of the area's progress through an Accelerated Progress Plan.", LETTER)
    d.p("Yours sincerely,", LETTER)
    d.p("Lesley Mortimer<br/>His Majesty's Inspector", LETTER)
    d.add(PageBreak())
    d.p("<b>Appendix B: Accelerated Progress Plan (summary)</b>")
    d.ruled([["Area", "Key actions", "Lead", "By", "Measure of success"],
             ["1. Co-production", "Co-production charter agreed with Slough Parents Voice; parent reference group "
              "for every workstream", "Associate Director, Education and Inclusion", "Apr 2023",
              "Parent survey: confidence rises from 31% to 50%"],
             ["1. Co-production", "Quarterly 'you said, we did' reports published on the local offer",
              "Head of SEND", "Jun 2023", "Four reports published in year"],
             ["2. EHC plans", "Recruit four EHC coordinators; weekly multi-agency panel", "Head of SEND",
              "Apr 2023", "60% of plans issued in 20 weeks"],
             ["2. EHC plans", "Quality assurance framework with health and social care audit of 10% of plans",
              "Principal Educational Psychologist", "Sep 2023", "75% of audited plans good or better"],
             ["3. Joint commissioning", "Joint commissioning plan for therapies agreed by the Health and Wellbeing "
              "Board", "ICB Head of Children's Commissioning", "Sep 2023", "Agreed plan with pooled budget"],
             ["3. Joint commissioning", "Speech and language therapy waiting list initiative",
              "ICB Head of Children's Commissioning", "Dec 2023", "No child waits more than 18 weeks"]],
            [2.8 * cm, 5.2 * cm, 3.2 * cm, 1.6 * cm, 3.4 * cm])
    for text, iso in [("Apr 2023", "2023-04"), ("Sep 2023", "2023-09"), ("Dec 2023", "2023-12")]:
        d.date(text, iso)
    d.p("Table: children and young people with an EHC plan by primary need")
    need_table(d, 7)
    d.p("Table: schools in Slough, SEND indicators")
    school_table(d, 9, 20)
    return d


# ------------------------------------------------------------------------------------------------------------------
def wandsworth_progress() -> Doc:
    rel = ("wandsworth/round67-2025-07-02-childrens-committee/Paper 25-214 Area SEND inspection - progress against "
           "the areas for improvement.pdf")
    d = Doc(rel, {"council": "London Borough of Wandsworth", "council_slug": "wandsworth",
                  "committee": "Children's Committee", "meeting_date": "2025-07-02",
                  "title": "Paper 25-214 Area SEND inspection - progress against the areas for improvement",
                  "source_kind": "moderngov-document",
                  "url": "https://democracy.wandsworth.gov.uk/documents/s131207/25-214.pdf"},
            {"council": "London Borough of Wandsworth", "committee": "Children's Committee", "date": "2025-07-02"},
            "", "", "", page_label="{n}")
    d.p("<b>Paper No. 25-214</b>", S.right)
    d.title("Wandsworth Borough Council")
    d.p("<b>Children's Committee &ndash; 2 July 2025</b>")
    d.date("2 July 2025", "2025-07-02")
    d.p("<b>Report by the Executive Director of Children's Services on progress made against the areas for "
        "improvement identified by the area SEND inspection of the Wandsworth local area partnership</b>")
    d.h("SUMMARY")
    d.p("This paper updates the Committee on the progress that the local area partnership has made since the "
        "publication of the area SEND inspection report. It summarises the action plan agreed by the SEND "
        "Partnership Board and the outcome of the first stocktake with the Department for Education (DfE) and NHS "
        "England, and sets out in Appendix 1 the position against each action at the end of May 2025.")
    d.date("May 2025", "2025-05")
    d.h("RECOMMENDATIONS")
    d.num("1.", "The Children's Committee is recommended to:")
    d.res("(a)", "note the progress made against the four areas for improvement, as set out in paragraphs 8 to 15 "
          "and Appendix 1;", "recommendation", style=HANG)
    d.res("(b)", "comment on the proposed measures of impact in paragraph 17; and", "recommendation", style=HANG)
    d.res("(c)", "agree that a further report be brought to the Committee in January 2026.", "recommendation",
          style=HANG)
    d.date("January 2026", "2026-01")
    d.num("2.", "The views of the Committee on the recommendations will be reported to the Executive.")
    d.h("INTRODUCTION")
    d.num("3.", "Ofsted and the Care Quality Commission (CQC) carried out a joint inspection of the local area "
          "partnership in Wandsworth between 30 September and 4 October 2024. The inspection report was published "
          "on 15 November 2024.")
    d.date("between 30 September and 4 October 2024", "2024-09-30", "2024-10-04")
    d.date("15 November 2024", "2024-11-15")
    d.event("inspection", "2024-09-30", "2024-10-04", "Ofsted and the Care Quality Commission (CQC) carried out a "
            "joint inspection of the local area partnership in Wandsworth between 30 September and 4 October 2024.")
    d.event("outcome-letter", "2024-11-15", None, "The inspection report was published on 15 November 2024.")
    d.num("4.", "The partnership received the middle of the three inspection outcomes: the arrangements lead to "
          "inconsistent experiences and outcomes for children and young people with SEND, and the partnership "
          "must work jointly to make improvements. A full inspection will take place in approximately three years.")
    d.num("5.", "Inspectors found much to commend, including the strong inclusive ethos of many of the borough's "
          "schools, the quality of support from the specialist teaching service and the work of Wandsworth Parent "
          "Carer Forum. The report is available on the Ofsted website and was considered by the Committee at its "
          "meeting on 22 January 2025.")
    d.date("22 January 2025", "2025-01-22")
    d.h("THE AREAS FOR IMPROVEMENT")
    d.num("6.", "The report asked the partnership to address four areas. They are reproduced below in the words of "
          "the report, with the short titles used in the action plan.")
    d.weak(marker="<b>AFI 1 (Waiting times):</b>", text="Leaders in the ICB should reduce the time that children and young people wait "
           "for assessment by the community paediatric service and for an ADHD assessment, and improve the "
           "information given to families while they wait.", themes=["health-services"])
    d.weak(marker="<b>AFI 2 (Quality of plans):</b>", text="Leaders should ensure that EHC plans are updated promptly after annual "
           "reviews and that outcomes in plans are specific enough to be measured.", themes=["ehc-plans"])
    d.weak(marker="<b>AFI 3 (Preparing for adulthood):</b>", text="Leaders should strengthen the planning for young people's transition "
           "into adult health and social care services, starting from age 14.", themes=["preparing-for-adulthood"])
    d.weak(marker="<b>AFI 4 (Inclusion):</b>", text="Leaders should improve their oversight of the use of suspensions and reduced "
           "timetables for children with SEND in secondary schools.", themes=["inclusion-provision", "data-oversight"])
    d.num("7.", "The SEND Partnership Board agreed a refreshed SEND and Inclusion Strategy action plan on 27 March "
          "2025, which brings the actions against the four areas together with the wider strategy.")
    d.date("27 March 2025", "2025-03-27")
    d.event("progress-plan", "2025-03-27", None, "The SEND Partnership Board agreed a refreshed SEND and Inclusion "
            "Strategy action plan on 27 March 2025")
    d.h("PROGRESS")
    d.num("8.", "<i>Stocktake.</i> Advisers from the DfE and NHS England held a stocktake meeting with the "
          "partnership on 29 April 2025. They were positive about the pace of change in the assessment service "
          "and asked for more evidence of the impact of the work on transition. No further formal monitoring is "
          "required, but the advisers have offered a follow-up conversation in the autumn.")
    d.date("29 April 2025", "2025-04-29")
    d.event("monitoring", "2025-04-29", None, "Advisers from the DfE and NHS England held a stocktake meeting with "
            "the partnership on 29 April 2025.")
    d.num("9.", "<i>Waiting times.</i> The South West London ICB has funded an additional 1,200 ADHD assessments "
          "through an independent provider from February 2025. The number of children waiting more than 52 weeks "
          "for a community paediatric appointment has fallen from 418 to 266.")
    d.date("February 2025", "2025-02")
    d.num("10.", "<i>Quality of plans.</i> A new amendment team was set up in January 2025; 71% of plans are now "
          "amended within four weeks of the annual review decision, compared with 23% last year.")
    d.date("January 2025", "2025-01")
    d.num("11.", "<i>Preparing for adulthood.</i> A transitions panel with adult social care and the ICB met for "
          "the first time on 11 March 2025. Every young person aged 14 or over with an EHC plan now has a "
          "preparing for adulthood section reviewed each year.")
    d.date("11 March 2025", "2025-03-11")
    d.num("12.", "<i>Inclusion.</i> Schools now report each suspension of a pupil with SEND to the council within "
          "one day. The number of reduced timetables in secondary schools fell from 84 in the autumn term to 51 "
          "in the summer term.")
    for n, text in [("13.", "The Parent Carer Forum has carried out two 'walk-throughs' of the new assessment "
                     "pathway with families, and its recommendations have been built into the revised letters sent "
                     "to parents."),
                    ("14.", "The Council's Ofsted inspection of local authority children's services (ILACS) is "
                     "expected in the coming year; the SEND improvement work will form part of the self-evaluation."),
                    ("15.", "Financial position: the High Needs Block deficit at the end of 2024/25 was £9.8m. "
                     "The partnership continues to work with the DfE's Delivering Better Value programme."),
                    ("16.", "Risks: recruitment of educational psychologists remains the largest risk to "
                     "timeliness."),
                    ("17.", "Measures of impact: the partnership proposes to report to the Committee on the "
                     "proportion of plans issued within 20 weeks, the number of children waiting more than 52 "
                     "weeks for a paediatric assessment, the proportion of amended plans completed within four "
                     "weeks and the number of reduced timetables.")]:
        d.num(n, text)
    d.h("CONCLUSION")
    d.num("18.", "Good progress has been made against all four areas, but sustained effort is needed to show "
          "impact for families.")
    d.p("Town Hall<br/>Wandsworth<br/>SW18 2PU")
    d.p("20 June 2025")
    d.date("20 June 2025", "2025-06-20")
    d.p("ANNE-MARIE CALLOWAY<br/>Executive Director of Children's Services")
    d.person("Anne-Marie Calloway", "Executive Director of Children's Services", "officer")
    d.p("<b>Background papers</b><br/>There are no background papers to this report.")
    d.p("All reports to Overview and Scrutiny Committees, regulatory and other committees, the Executive and the "
        "full Council can be viewed on the Council's website unless the report was published before May 2001, in "
        "which case the Committee Secretary (Jasper Oduya, Tel. 020 8871 6021; email "
        "jasper.oduya@richmondandwandsworth.gov.uk) can supply a copy if required.")
    d.date("May 2001", "2001-05")
    d.person("Jasper Oduya", "Committee Secretary", "officer", "jasper.oduya@richmondandwandsworth.gov.uk",
             "020 8871 6021")
    d.add(PageBreak())
    d.p("<b>Appendix 1: Action plan tracker, position at 31 May 2025</b>")
    d.date("31 May 2025", "2025-05-31")
    rows = [["Ref", "Action", "Lead", "Due", "Status", "Update"]]
    plan = [
        ("1.1", "Commission additional ADHD assessments", "ICB Place Director", "Feb 2025", "Complete",
         "Contract started; 430 assessments completed"),
        ("1.2", "Waiting well information pack co-produced with families", "Designated Clinical Officer",
         "Apr 2025", "Complete", "Pack published on the local offer"),
        ("1.3", "Reduce longest paediatric waits below 52 weeks", "Community Paediatrics Lead", "Mar 2026",
         "On track", "266 children waiting over 52 weeks"),
        ("2.1", "Amendment team established", "Head of SEN Assessment", "Jan 2025", "Complete",
         "Team of five in post"),
        ("2.2", "Outcomes training for SENCOs and caseworkers", "Principal Educational Psychologist", "Jul 2025",
         "On track", "Four of six sessions delivered"),
        ("2.3", "Multi-agency audit of 40 plans each term", "Head of Quality Assurance", "Dec 2025", "On track",
         "First audit: 62% good or better"),
        ("3.1", "Transitions panel with adult services", "Head of Preparing for Adulthood", "Mar 2025",
         "Complete", "Panel meets monthly"),
        ("3.2", "Health transition protocol agreed with the ICB", "Designated Clinical Officer", "Sep 2025",
         "At risk", "Awaiting adult mental health input"),
        ("4.1", "Daily notification of suspensions of pupils with SEND", "Head of Inclusion", "Jan 2025",
         "Complete", "In place in all secondary schools"),
        ("4.2", "Reduced timetable protocol and termly review", "Head of Inclusion", "Apr 2025", "Complete",
         "Protocol agreed with headteachers"),
        ("4.3", "Inclusion dashboard reported to Schools Forum", "Head of Education Data", "Oct 2025", "On track",
         "Draft dashboard shared in May")]
    for row in plan:
        rows.append(list(row))
    d.ruled(rows, [1.1 * cm, 4.6 * cm, 3.2 * cm, 1.8 * cm, 1.8 * cm, 3.7 * cm])
    for text, iso in [("Apr 2025", "2025-04"), ("Mar 2026", "2026-03"), ("Jul 2025", "2025-07"),
                      ("Dec 2025", "2025-12"), ("Mar 2025", "2025-03"), ("Sep 2025", "2025-09"),
                      ("Oct 2025", "2025-10")]:
        d.date(text, iso)
    d.p("<b>Appendix 2: Indicators</b>")
    area_table(d, ["Balham", "Battersea", "Earlsfield", "Furzedown", "Nine Elms", "Putney", "Roehampton",
                   "Southfields", "Tooting", "Wandsworth Town"], 6, "Neighbourhood")
    need_table(d, 11)
    school_table(d, 13, 18)
    return d


# ------------------------------------------------------------------------------------------------------------------
def west_northants_plan() -> Doc:
    committee = "People Overview and Scrutiny Committee"
    rel = ("west-northamptonshire/round67-2025-01-21-people-overview-and-scrutiny-committee/Appendix A - Local Area "
           "Partnership Priority Action Plan.pdf")
    d = Doc(rel, {"council": "West Northamptonshire Council", "council_slug": "west-northamptonshire",
                  "committee": committee, "meeting_date": "2025-01-21",
                  "title": "Appendix A - Local Area Partnership Priority Action Plan",
                  "source_kind": "moderngov-document",
                  "url": "https://westnorthants.moderngov.co.uk/documents/s41877/Appendix%20A%20PAP.pdf"},
            {"council": "West Northamptonshire Council", "committee": committee, "date": "2025-01-21"},
            "West Northamptonshire Local Area Partnership", "Priority Action Plan v1.3",
            "OFFICIAL", page_label="Page {n}")
    d.p("Appendix A", S.right)
    d.title("West Northamptonshire Local Area Partnership for Special Educational Needs and Disabilities")
    d.p("<b>Priority Action Plan</b>")
    d.p("Version 1.3 &ndash; October 2024")
    d.date("October 2024", "2024-10")
    d.p("<b>Version control</b>")
    d.table([["Version", "Date", "Change", "Author"],
             ["1.0", "27/09/2024", "First draft for partners", "SEND Improvement Lead"],
             ["1.1", "03/10/2024", "Comments of the Parent Carer Forum and ICB added", "SEND Improvement Lead"],
             ["1.2", "08/10/2024", "Approved by the SEND Improvement Board", "Board secretariat"],
             ["1.3", "11/10/2024", "Final version submitted to Ofsted", "Director of Children's Services"]],
            [1.8 * cm, 2.4 * cm, 8.2 * cm, 3.8 * cm])
    d.date("27/09/2024", "2024-09-27")
    d.date("03/10/2024", "2024-10-03")
    d.date("08/10/2024", "2024-10-08")
    d.date("11/10/2024", "2024-10-11")
    d.event("progress-plan", "2024-10-11", None, "1.3 11/10/2024 Final version submitted to Ofsted")
    d.event("progress-plan", "2024-10-08", None, "1.2 08/10/2024 Approved by the SEND Improvement Board")
    d.h("Foreword")
    d.p("We are sorry that too many children and young people with special educational needs and disabilities in "
        "West Northamptonshire, and their families, have not had the support they should have had. The inspection "
        "told us clearly what we must do. This plan sets out how the council, the NHS, schools, settings and "
        "families will do it together, and how we will know whether it is working.")
    d.table([["Councillor Rosemary Tindall<br/>Cabinet Member for Children, Families and Education",
              "Ashok Verma<br/>Director of Children's Services, West Northamptonshire Council"],
             ["Dr Helen Mbeki<br/>Chief Nursing Officer, NHS Northamptonshire Integrated Care Board",
              "Kerry Dunmore<br/>Chair, Northamptonshire Parent Carer Forum"]],
            [8.1 * cm, 8.1 * cm], header=False, grid=False)
    d.person("Rosemary Tindall", "Cabinet Member for Children, Families and Education", "member")
    d.person("Ashok Verma", "Director of Children's Services, West Northamptonshire Council", "officer")
    d.person("Dr Helen Mbeki", "Chief Nursing Officer, NHS Northamptonshire Integrated Care Board", "officer")
    d.person("Kerry Dunmore", "Chair, Northamptonshire Parent Carer Forum", "other")
    d.h("1. Our inspection")
    d.p("Ofsted and the Care Quality Commission inspected the West Northamptonshire local area partnership between "
        "15 and 19 July 2024. Their report, published on 6 September 2024, found that there are widespread and/or "
        "systemic failings leading to significant concerns about the experiences and outcomes of children and "
        "young people with SEND, which the local area partnership must address urgently.")
    d.date("between 15 and 19 July 2024", "2024-07-15", "2024-07-19")
    d.date("6 September 2024", "2024-09-06")
    d.event("inspection", "2024-07-15", "2024-07-19", "Ofsted and the Care Quality Commission inspected the West "
            "Northamptonshire local area partnership between 15 and 19 July 2024.")
    d.event("outcome-letter", "2024-09-06", None, "Their report, published on 6 September 2024, found that there "
            "are widespread and/or systemic failings")
    d.p("The partnership is required to submit a priority action plan setting out how it will address the areas "
        "for priority action. The Department for Education and NHS England will monitor the plan, with the first "
        "review expected in January 2025, and Ofsted and the CQC will carry out a monitoring inspection within "
        "about eighteen months of the report.")
    d.date("January 2025", "2025-01")
    d.event("monitoring", "2025-01", None, "The Department for Education and NHS England will monitor the plan, with "
            "the first review expected in January 2025")
    d.h("2. Areas for priority action")
    for n, text, themes in [
        (1, "Leaders across the partnership must urgently improve the timeliness of EHC needs assessments, and make "
            "sure that advice from health and social care professionals is of good quality and is received on "
            "time.", ["ehc-plans"]),
        (2, "Leaders across education, health and care must establish a shared and accurate understanding of the "
            "needs of children and young people with SEND in the area, and use it to commission sufficient "
            "specialist provision and therapy services.", ["joint-commissioning", "leadership-governance"])]:
        d.ruled([[f"Area for priority action {n}"], [text]], [16.2 * cm], shade=(1,))
        d.record_weak(text, themes)
        d.space(8)
    d.h("3. Areas for improvement")
    d.p("The report also identified four areas for improvement. These are not part of the formal monitoring of "
        "this plan but the partnership has included them, as shown below.")
    afis = [
        ("Leaders should improve the local offer so that families can easily find out what is available to them, "
         "including support that does not require an EHC plan.", ["local-offer"], "Workstream 4, action 4.2"),
        ("Leaders should make sure that the views of children and young people are captured in their EHC plans "
         "and at annual reviews.", ["co-production", "ehc-plans"], "Workstream 1, action 1.5"),
        ("Leaders should work with schools to reduce the number of children with SEND who are suspended or "
         "excluded, or who are not in full-time education.", ["inclusion-provision"], "Workstream 3, action 3.1"),
        ("The ICB should improve access to equipment services and reduce waiting times for occupational therapy.",
         ["health-services"], "Workstream 2, action 2.4")]
    rows = [["Area for improvement", "Where addressed in this plan"]]
    for text, themes, where in afis:
        rows.append([text, where])
        d.record_weak(text, themes)
    d.ruled(rows, [12 * cm, 4.2 * cm])
    d.h("4. Governance")
    d.p("The SEND Improvement Board, chaired independently, oversees the plan and meets every six weeks. It "
        "reports to the council's Cabinet, the ICB board and the Health and Wellbeing Board. The Parent Carer "
        "Forum holds two seats on the Board. Each workstream has a senior responsible officer.")
    d.ruled([["Workstream", "Senior responsible officer", "Meets"],
             ["1. Assessment and planning", "Assistant Director, SEND", "Fortnightly"],
             ["2. Health advice and therapies", "ICB Director of Children's Services", "Monthly"],
             ["3. Inclusion and sufficiency", "Assistant Director, Education", "Monthly"],
             ["4. Communication and co-production", "Head of Engagement", "Monthly"]],
            [6.2 * cm, 6.5 * cm, 3.5 * cm])
    d.h("5. Action plan")
    rows = [["Ref", "Action", "Start", "End", "Measure of success"]]
    actions = [
        ("1.1", "Recruit eight additional SEND caseworkers and two team managers", "Oct 2024", "Jan 2025",
         "All posts filled"),
        ("1.2", "Weekly multi-agency decision panel for requests for assessment", "Oct 2024", "Nov 2024",
         "Decision within 6 weeks for 95% of requests"),
        ("1.3", "Clear the backlog of 640 assessments over 20 weeks", "Nov 2024", "Jul 2025",
         "No assessment older than 30 weeks"),
        ("1.4", "Health advice tracker shared with ICB providers", "Oct 2024", "Dec 2024",
         "85% of health advice returned in 6 weeks"),
        ("1.5", "Child's voice section redesigned with young people", "Jan 2025", "Apr 2025",
         "Audit shows views captured in 90% of plans"),
        ("2.1", "Joint strategic needs assessment for SEND published", "Nov 2024", "Mar 2025",
         "JSNA chapter agreed by the Health and Wellbeing Board"),
        ("2.2", "Sufficiency strategy for specialist places", "Jan 2025", "Jun 2025",
         "Strategy approved by Cabinet"),
        ("2.3", "Jointly commissioned therapy service specification", "Feb 2025", "Sep 2025",
         "New contract in place"),
        ("2.4", "Equipment service recovery plan", "Oct 2024", "Mar 2025", "OT waits under 18 weeks"),
        ("3.1", "Inclusion charter and exclusion reduction support for schools", "Jan 2025", "Dec 2025",
         "Suspensions of pupils with SEND reduced by 20%"),
        ("4.1", "Monthly newsletter to families on progress", "Oct 2024", "Ongoing", "Newsletter issued monthly"),
        ("4.2", "Local offer rebuilt with parent testers", "Nov 2024", "May 2025", "Satisfaction above 70%")]
    for row in actions:
        rows.append(list(row))
    d.ruled(rows, [1.1 * cm, 6 * cm, 2.2 * cm, 2.2 * cm, 4.7 * cm])
    for text, iso in [("Nov 2024", "2024-11"), ("Dec 2024", "2024-12"), ("Jul 2025", "2025-07"),
                      ("Apr 2025", "2025-04"), ("Mar 2025", "2025-03"), ("Jun 2025", "2025-06"),
                      ("Feb 2025", "2025-02"), ("Sep 2025", "2025-09"), ("Dec 2025", "2025-12"),
                      ("May 2025", "2025-05")]:
        d.date(text, iso)
    d.h("6. How we will know we are making a difference")
    d.p("The Board will receive a dashboard at each meeting. Baselines are those at the time of the inspection.")
    d.ruled([["Measure", "Baseline (Jul 2024)", "Target (Mar 2025)", "Target (Mar 2026)"],
             ["EHC plans issued within 20 weeks", "9%", "35%", "65%"],
             ["Health advice returned within 6 weeks", "41%", "70%", "90%"],
             ["Annual reviews completed on time", "38%", "55%", "80%"],
             ["Parents who feel listened to (survey)", "27%", "40%", "60%"],
             ["Children waiting over 18 weeks for OT", "212", "120", "0"]],
            [5.8 * cm, 3.4 * cm, 3.5 * cm, 3.5 * cm])
    d.date("Jul 2024", "2024-07")
    d.h("7. Risks")
    d.ruled([["Risk", "Rating", "Mitigation", "Owner"],
             ["Caseworker recruitment does not keep pace with demand", "High",
              "Agency staff and a regional recruitment campaign", "Assistant Director, SEND"],
             ["Health providers cannot return advice within 6 weeks", "High",
              "Escalation to the ICB Chief Nursing Officer each month", "ICB Director of Children's Services"],
             ["Families do not see a difference quickly enough", "Medium",
              "'You said, we did' updates co-produced with the Parent Carer Forum", "Head of Engagement"],
             ["Specialist places are insufficient for September intake", "High",
              "Additional resourced provision in mainstream schools", "Assistant Director, Education"]],
            [5.4 * cm, 1.8 * cm, 5.4 * cm, 3.6 * cm])
    d.h("8. Working with families")
    d.p("The Parent Carer Forum has helped write this plan and will continue to test whether the actions make a "
        "difference. Each workstream has at least one parent representative, and young people from the SEND Youth "
        "Forum will review the redesigned sections of EHC plans. We will publish a short progress summary for "
        "families after each meeting of the SEND Improvement Board, and the Board's papers will be placed on the "
        "local offer. We will also hold termly open meetings for parents in Northampton, Daventry and Towcester.")
    d.date("Mar 2026", "2026-03")
    d.p("<b>Data annex</b>")
    need_table(d, 15)
    area_table(d, ["Northampton North", "Northampton South", "Northampton East", "Daventry", "Brackley",
                   "Towcester", "Moulton", "Long Buckby"], 16)
    school_table(d, 17, 24)
    return d


# ------------------------------------------------------------------------------------------------------------------
def oxfordshire_review() -> Doc:
    committee = "People Overview and Scrutiny Committee"
    rel = ("oxfordshire/round67-2022-12-08-people-overview-and-scrutiny-committee/SEND Accelerated Progress Plan - "
           "six month review.pdf")
    d = Doc(rel, {"council": "Oxfordshire County Council", "council_slug": "oxfordshire", "committee": committee,
                  "meeting_date": "2022-12-08", "title": "SEND Accelerated Progress Plan - six month review",
                  "source_kind": "moderngov-document",
                  "url": "https://mycouncil.oxfordshire.gov.uk/documents/s63315/SEND%20APP%20review.pdf"},
            {"council": "Oxfordshire County Council", "committee": committee, "date": "2022-12-08"},
            "", "", "", page_label="{n}")
    d.p("Divisions Affected &ndash; All", S.right)
    d.h("PEOPLE OVERVIEW AND SCRUTINY COMMITTEE")
    d.h("8 DECEMBER 2022")
    d.date("8 DECEMBER 2022", "2022-12-08")
    d.title("SEND ACCELERATED PROGRESS PLAN: OUTCOME OF THE FIRST SIX-MONTHLY REVIEW")
    d.p("<b>Report by Corporate Director for Children's Services</b>")
    d.h("RECOMMENDATION")
    d.num("1.", "The Committee is RECOMMENDED to")
    d.res("a)", "NOTE the letter from the Department for Education and NHS England following the review meeting, "
          "at Annex 1;", "recommendation", style=HANG)
    d.res("b)", "CONSIDER whether the actions described in this report are sufficient to address the areas of "
          "concern raised by the advisers; and", "recommendation", style=HANG)
    d.res("c)", "AGREE the areas on which it wishes to receive a further update at its meeting in March 2023.",
          "recommendation", style=HANG)
    d.date("March 2023", "2023-03")
    d.h("Executive Summary")
    d.num("2.", "The local area was inspected under the 2016 framework from 19 to 23 November 2018. The Written "
          "Statement of Action (WSoA) that followed was declared fit for purpose on 6 June 2019. When inspectors "
          "re-visited the area from 7 to 9 February 2022, they found that sufficient progress had not been made "
          "in four of the nine areas of significant weakness. Their letter was published on 4 April 2022.")
    d.date("from 19 to 23 November 2018", "2018-11-19", "2018-11-23")
    d.date("6 June 2019", "2019-06-06")
    d.date("from 7 to 9 February 2022", "2022-02-07", "2022-02-09")
    d.date("4 April 2022", "2022-04-04")
    d.event("inspection", "2018-11-19", "2018-11-23", "The local area was inspected under the 2016 framework from 19 "
            "to 23 November 2018.")
    d.event("wsoa-approved", "2019-06-06", None, "The Written Statement of Action (WSoA) that followed was declared "
            "fit for purpose on 6 June 2019.")
    d.event("revisit", "2022-02-07", "2022-02-09", "When inspectors re-visited the area from 7 to 9 February 2022")
    d.event("revisit-outcome", "2022-04-04", None, "Their letter was published on 4 April 2022.")
    d.num("3.", "The council and the Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board (BOB "
          "ICB) submitted an Accelerated Progress Plan (APP) to the Department for Education on 20 May 2022, "
          "following Cabinet's endorsement on 17 May 2022.")
    d.date("20 May 2022", "2022-05-20")
    d.date("17 May 2022", "2022-05-17")
    d.event("progress-plan", "2022-05-20", None, "submitted an Accelerated Progress Plan (APP) to the Department for "
            "Education on 20 May 2022")
    d.num("4.", "Advisers from the Department for Education (DfE) and NHS England met partners on 10 November 2022 "
          "for the first formal review of progress against the APP. Their letter of 24 November 2022 is at "
          "Annex 1. The next review will take place in May 2023.")
    d.date("10 November 2022", "2022-11-10")
    d.date("24 November 2022", "2022-11-24")
    d.date("May 2023", "2023-05")
    d.event("monitoring", "2022-11-10", None, "Advisers from the Department for Education (DfE) and NHS England met "
            "partners on 10 November 2022 for the first formal review of progress against the APP.")
    d.event("monitoring", "2023-05", None, "The next review will take place in May 2023.")
    d.h("Progress")
    for n, text in [
        ("5.", "<i>EHC needs assessments.</i> Timeliness has improved from 8% of plans issued within 20 weeks in "
         "the year to March 2022 to 31% in the six months to October 2022. The advisers recognised the improvement "
         "but noted that it was from a very low base."),
        ("6.", "<i>Co-production.</i> Oxfordshire Parent Carer Forum now co-chairs the SEND Improvement Board. A "
         "co-production charter was signed on 14 September 2022."),
        ("7.", "<i>Health.</i> The ICB has invested in additional speech and language therapy capacity. Waiting "
         "lists for neurodevelopmental assessment remain long and are the main area of concern in the letter."),
        ("8.", "<i>Inclusion.</i> The council has launched an inclusion framework with schools; the number of "
         "permanent exclusions of pupils with an EHC plan fell in the autumn term."),
        ("9.", "<i>Financial implications.</i> The High Needs Block is forecast to overspend by £11.2m in 2022/23. "
         "There are no direct financial implications arising from this report."),
        ("10.", "<i>Legal implications.</i> The Secretary of State has powers under section 497A of the Education "
         "Act 1996 to intervene if progress is not made."),
        ("11.", "<i>Equality and inclusion implications.</i> The APP is intended to improve outcomes for disabled "
         "children and young people and their families.")]:
        d.num(n, text)
    d.date("14 September 2022", "2022-09-14")
    d.date("March 2022", "2022-03")
    d.date("October 2022", "2022-10")
    d.p("KEVIN HARCOURT<br/>Corporate Director for Children's Services")
    d.person("Kevin Harcourt", "Corporate Director for Children's Services", "officer")
    d.p("Annex: Annex 1: Letter from DfE and NHS England, 24 November 2022<br/>Background papers: Nil<br/>"
        "Contact Officer: Lydia Penhaligon, Deputy Director, SEND Improvement, 07393 001842, "
        "lydia.penhaligon@oxfordshire.gov.uk<br/>November 2022")
    d.date("November 2022", "2022-11")
    d.person("Lydia Penhaligon", "Deputy Director, SEND Improvement", "officer",
             "lydia.penhaligon@oxfordshire.gov.uk", "07393 001842")
    d.add(PageBreak())
    d.p("<b>Annex 1</b>", S.right)
    d.p("Department for Education<br/>Sanctuary Buildings<br/>Great Smith Street<br/>London SW1P 3BT", LETTER)
    d.p("Kevin Harcourt, Corporate Director for Children's Services, Oxfordshire County Council<br/>"
        "Dr Nadia Sorensen, Chief Nursing Officer, BOB ICB", LETTER)
    d.person("Dr Nadia Sorensen", "Chief Nursing Officer, BOB ICB", "officer")
    d.p("24 November 2022", LETTER)
    d.p("Dear Kevin and Nadia,", LETTER)
    d.p("<b>Oxfordshire Accelerated Progress Plan: first six-monthly review</b>", LETTER)
    d.p("Thank you for meeting us on 10 November 2022 to review progress against your Accelerated Progress Plan. We "
        "are grateful to the parent carer forum representatives, who joined part of the meeting.", LETTER)
    d.p("As you know, the APP addresses the four significant weaknesses in which the re-visit found insufficient "
        "progress. These are:", LETTER)
    for n, text, themes in [
        ("1.", "the variable quality of EHC plans and the lack of timely contributions from health and social care;",
         ["ehc-plans"]),
        ("2.", "the poor experience of many families of the EHC needs assessment process and their lack of "
               "confidence in the local area;", ["co-production", "ehc-plans"]),
        ("3.", "long waiting times for the neurodevelopmental pathway and for child and adolescent mental health "
               "services; and", ["health-services"]),
        ("4.", "weaknesses in the joint commissioning of services across education, health and care.",
         ["joint-commissioning"])]:
        d.weak(text, themes, marker=n, style=LETTER_BULLET)
    d.p("<b>Progress</b>", LETTER)
    d.p("We were encouraged by the improvement in the timeliness of new plans and by the visible commitment of "
        "leaders. The co-production charter is a positive step, and parents told us that communication has "
        "improved. However, we remain concerned about waiting times for neurodevelopmental assessment: we saw "
        "no evidence that the number of children waiting more than a year has fallen. We also saw little evidence "
        "yet of jointly commissioned services.", LETTER)
    d.p("<b>Next steps</b>", LETTER)
    d.p("We ask that, before the next review in May 2023, you provide us with a recovery trajectory for the "
        "neurodevelopmental pathway agreed by the ICB, and a joint commissioning plan with milestones. We will "
        "continue to meet your SEND Improvement Board on a quarterly basis.", LETTER)
    d.p("Yours sincerely,", LETTER)
    d.table([["Gareth Linley<br/>SEND Adviser<br/>Department for Education",
              "Marion Achterberg<br/>Regional SEND Lead<br/>NHS England (South East)"]],
            [8.1 * cm, 8.1 * cm], header=False, grid=False)
    d.person("Gareth Linley", "SEND Adviser, Department for Education", "officer")
    d.person("Marion Achterberg", "Regional SEND Lead, NHS England (South East)", "officer")
    d.add(PageBreak())
    d.p("<b>Annex 2: Data</b>")
    need_table(d, 19)
    area_table(d, ["Banbury", "Bicester", "Kidlington", "Oxford City", "Abingdon", "Didcot", "Wantage", "Witney",
                   "Carterton", "Thame", "Henley"], 20, "Partnership")
    school_table(d, 21, 22)
    return d


# ------------------------------------------------------------------------------------------------------------------
def plymouth_pack() -> Doc:
    committee = "Education and Children's Social Care Overview and Scrutiny Committee"
    rel = ("plymouth/round67-2019-07-17-education-and-childrens-social-care-overview-and-scrutiny-committee/Agenda "
           "frontsheet and reports pack 17072019.pdf")
    d = Doc(rel, {"council": "Plymouth City Council", "council_slug": "plymouth", "committee": committee,
                  "meeting_date": "2019-07-17", "title": "Agenda frontsheet and reports pack 17072019",
                  "source_kind": "moderngov-document",
                  "url": "https://democracy.plymouth.gov.uk/documents/g8844/Public%20reports%20pack%2017th-Jul-2019"
                         "%2014.00.pdf"},
            {"council": "Plymouth City Council", "committee": committee, "date": "2019-07-17"},
            "", "", "", page_label="Page {n}")
    d.p("Democratic Support<br/>Plymouth City Council<br/>Ballard House<br/>Plymouth PL1 3BJ", S.right)
    d.p("Please ask for Hannah Trevorrow<br/>T 01752 398261<br/>E hannah.trevorrow@plymouth.gov.uk<br/>"
        "www.plymouth.gov.uk/democracy<br/>Published 09/07/19", S.right)
    d.date("09/07/19", "2019-07-09")
    d.person("Hannah Trevorrow", "Democratic Advisor", "officer", "hannah.trevorrow@plymouth.gov.uk", "01752 398261")
    d.title("EDUCATION AND CHILDREN'S SOCIAL CARE OVERVIEW AND SCRUTINY COMMITTEE")
    d.p("<b>Wednesday 17 July 2019<br/>2.00 pm<br/>Warspite Room, Council House</b>")
    d.date("Wednesday 17 July 2019", "2019-07-17")
    d.p("<b>Members:</b>")
    d.p("Councillor Tuckett, Chair<br/>Councillor Mayhew, Vice Chair<br/>Councillors Attwell, Dunstan, Hoskin, "
        "Marwood, Quint and Yeoman.")
    d.p("<b>Co-opted Representatives:</b> Revd Tobias Pengelly (Diocese of Exeter), Nadine Kessell (Parent "
        "Governor Representative).")
    d.p("Members are invited to attend the above meeting to consider the items of business overleaf.")
    d.p("This meeting will be webcast and available on-line after the meeting. By entering the Warspite Room, "
        "councillors are consenting to being filmed during the meeting and to the use of those images for "
        "webcasting.")
    d.p("<b>Tracey Lee</b><br/>Chief Executive")
    d.person("Councillor Tuckett", "Chair", "member")
    d.person("Councillor Mayhew", "Vice Chair", "member")
    for name in ["Councillor Attwell", "Councillor Dunstan", "Councillor Hoskin", "Councillor Marwood",
                 "Councillor Quint", "Councillor Yeoman"]:
        d.person(name, None, "member")
    d.person("Revd Tobias Pengelly", "Diocese of Exeter", "other")
    d.person("Nadine Kessell", "Parent Governor Representative", "other")
    d.person("Tracey Lee", "Chief Executive", "officer")
    d.h("Education and Children's Social Care Overview and Scrutiny Committee")
    d.h("Agenda")
    d.table([["1.", "Apologies", ""], ["2.", "Declarations of Interest", ""],
             ["3.", "Minutes (Pages 1 - 4)", "To confirm the minutes of the meeting held on 12 June 2019."],
             ["4.", "Chair's Urgent Business", ""],
             ["5.", "Local Area SEND Inspection: Written Statement of Action (Pages 5 - 10)", ""],
             ["6.", "Tracking Decisions (Pages 11 - 12)", ""],
             ["7.", "Work Programme (Pages 13 - 14)", ""]],
            [1 * cm, 7.5 * cm, 7.7 * cm], header=False, grid=False)
    d.date("12 June 2019", "2019-06-12")
    d.add(PageBreak())
    d.title("Education and Children's Social Care Overview and Scrutiny Committee")
    d.p("<b>Wednesday 12 June 2019</b>")
    d.p("PRESENT:")
    d.p("Councillor Tuckett, in the Chair.<br/>Councillor Mayhew, Vice Chair.<br/>Councillors Attwell, Dunstan, "
        "Hoskin, Quint and Yeoman.<br/>Co-opted Representative: Nadine Kessell.")
    d.p("Apologies for absence: Councillor Marwood and Revd Tobias Pengelly.")
    d.p("Also in attendance: Councillor Jemima Laing (Cabinet Member for Children and Young People), Alison "
        "Botterell (Strategic Director for People), Cathy Rosevear (Head of SEND), Dr Simon Elkington (Designated "
        "Medical Officer, NEW Devon CCG) and Hannah Trevorrow (Democratic Advisor).")
    d.person("Jemima Laing", "Cabinet Member for Children and Young People", "member")
    d.person("Alison Botterell", "Strategic Director for People", "officer")
    d.person("Cathy Rosevear", "Head of SEND", "officer")
    d.person("Dr Simon Elkington", "Designated Medical Officer, NEW Devon CCG", "officer")
    d.p("The meeting started at 2.00 pm and finished at 4.35 pm.")
    d.p("Note: At a future meeting, the Committee will consider the accuracy of these draft minutes, so they may "
        "be subject to change. Please check the minutes of that meeting to confirm whether these minutes have been "
        "amended.")
    d.h("1. Appointment of Chair and Vice-Chair")
    d.p("The Committee noted the appointment of Councillor Tuckett as Chair and Councillor Mayhew as Vice Chair for "
        "the municipal year 2019 - 20.")
    d.record_res(None, "The Committee noted the appointment of Councillor Tuckett as Chair and Councillor Mayhew as "
                 "Vice Chair for the municipal year 2019 - 20.", "resolution")
    d.h("2. Declarations of Interest")
    d.p("There were no declarations of interest.")
    d.h("3. Local Area SEND Inspection: Outcome")
    d.p("The Strategic Director for People presented the outcome of the joint inspection by Ofsted and the CQC, "
        "which took place between 11 and 15 March 2019. The outcome letter had been published on 29 April 2019 and "
        "required the local area to produce a Written Statement of Action. Members heard that there were many "
        "strengths, including the commitment of frontline staff and the quality of the area's special schools.")
    d.date("between 11 and 15 March 2019", "2019-03-11", "2019-03-15")
    d.date("29 April 2019", "2019-04-29")
    d.event("inspection", "2019-03-11", "2019-03-15", "the joint inspection by Ofsted and the CQC, which took place "
            "between 11 and 15 March 2019")
    d.event("outcome-letter", "2019-04-29", None, "The outcome letter had been published on 29 April 2019")
    d.p("Members discussed the findings at length, in particular the experiences of families described in the "
        "letter, and asked how the parent carer forum would be involved in writing the statement.")
    d.p("The Committee agreed to:")
    d.res("1.", "note the outcome of the Local Area SEND Inspection;", "resolution", style=HANG)
    d.res("2.", "recommend that Plymouth Parent Carer Forum is involved in the drafting of the Written Statement "
          "of Action from the outset;", "resolution", style=HANG)
    d.res("3.", "receive the draft Written Statement of Action at its meeting on 17 July 2019.", "resolution",
          style=HANG)
    d.h("4. Work Programme")
    d.p("The Committee agreed to add an item on elective home education to the work programme.")
    d.record_res(None, "The Committee agreed to add an item on elective home education to the work programme.",
                 "resolution")
    d.add(PageBreak())
    d.p("PLYMOUTH CITY COUNCIL")
    d.table([["Subject:", "Local Area SEND Inspection: Written Statement of Action"],
             ["Committee:", "Education and Children's Social Care Overview and Scrutiny Committee"],
             ["Date:", "17 July 2019"],
             ["Cabinet Member:", "Councillor Laing"],
             ["CMT Member:", "Alison Botterell (Strategic Director for People)"],
             ["Author:", "Cathy Rosevear, Head of SEND"],
             ["Contact details:", "Tel: 01752 307415<br/>email: cathy.rosevear@plymouth.gov.uk"],
             ["Ref:", "SEND/WSoA/19"], ["Key Decision:", "No"], ["Part:", "I"]],
            [4 * cm, 12.2 * cm], header=False, grid=False)
    for person in d.people:
        if person["name"] == "Cathy Rosevear":
            person["email"], person["phone"] = "cathy.rosevear@plymouth.gov.uk", "01752 307415"
    d.p("<b>Purpose of the report:</b>")
    d.p("This report presents the draft Written Statement of Action (WSoA) which the local area must submit to "
        "Ofsted by 5 August 2019, in response to the significant weaknesses identified by the joint local area SEND "
        "inspection.")
    d.date("5 August 2019", "2019-08-05")
    d.event("wsoa-submitted", "2019-08-05", None, "the draft Written Statement of Action (WSoA) which the local area "
            "must submit to Ofsted by 5 August 2019")
    d.p("<b>Corporate Plan</b>")
    d.p("The WSoA supports the Corporate Plan priority of a caring council, keeping children safe and helping "
        "children and young people to achieve their potential.")
    d.p("<b>Implications for Medium Term Financial Plan and Resource Implications:</b>")
    d.p("Additional capacity in the SEND Statutory Assessment Team has been agreed within existing budgets. The "
        "CCG has agreed to fund an additional designated clinical officer post.")
    d.p("<b>Other Implications: e.g. Child Poverty, Community Safety, Health and Safety and Risk Management:</b>")
    d.p("None arising from this report.")
    d.p("<b>Equality and Diversity</b>")
    d.p("Has an Equality Impact Assessment been undertaken? Yes, as part of the development of the WSoA.")
    d.p("<b>Recommendations and Reasons for recommended action:</b>")
    d.p("The Committee is recommended to:")
    d.res("1.", "Review the draft Written Statement of Action and provide comments to the Cabinet Member before "
          "submission.", "recommendation", style=HANG)
    d.res("2.", "Agree to receive six-monthly reports on the progress of the WSoA.", "recommendation", style=HANG)
    d.p("<b>Alternative options considered and rejected:</b> None. The production of a WSoA is a statutory "
        "requirement.")
    d.p("<b>Published work / information:</b> Ofsted and CQC letter, 29 April 2019.")
    d.h("1. Background")
    d.num("1.1", "The inspection letter identified four significant areas of weakness in the local area's "
          "practice:")
    for text, themes in [
        ("Leaders' self-evaluation is not accurate, and strategic plans do not focus on improving outcomes for "
         "children and young people with SEND.", ["leadership-governance"]),
        ("The contribution of health and social care professionals to EHC plans is weak, and too many plans do not "
         "meet the needs of children and young people.", ["ehc-plans"]),
        ("Children and young people wait too long for assessment by the child development centre and for "
         "specialist child and adolescent mental health services.", ["health-services"]),
        ("Communication with parents is poor, and many parents do not know about the local offer.",
         ["co-production", "local-offer"])]:
        d.weak(text, themes)
    d.num("1.2", "The WSoA has been written jointly by the Council and NEW Devon CCG, with Plymouth Parent Carer "
          "Forum. It was considered by the SEND Strategic Board on 2 July 2019.")
    d.date("2 July 2019", "2019-07-02")
    d.h("2. The draft Written Statement of Action")
    d.num("2.1", "The statement is organised under four priorities, one for each area of weakness. For each, it "
          "sets out the actions, the lead officer, the timescale and the measure of success.")
    d.ruled([["Priority", "Example actions", "By"],
             ["1. Leadership", "New SEND strategy co-produced with families; quarterly self-evaluation",
              "Dec 2019"],
             ["2. EHC plans", "Health and social care advice quality standard; multi-agency audit", "Jan 2020"],
             ["3. Waiting times", "CDC recovery plan; single point of access for emotional health", "Mar 2020"],
             ["4. Communication", "Local offer relaunch; termly parent newsletter", "Oct 2019"]],
            [3.5 * cm, 9.7 * cm, 3 * cm])
    for text, iso in [("Dec 2019", "2019-12"), ("Jan 2020", "2020-01"), ("Mar 2020", "2020-03"),
                      ("Oct 2019", "2019-10")]:
        d.date(text, iso)
    d.num("2.2", "Once the WSoA is declared fit for purpose, the DfE and NHS England will monitor progress. Ofsted "
          "and the CQC may re-visit the area to decide whether sufficient progress has been made.")
    d.add(PageBreak())
    d.h("Tracking Decisions")
    d.ruled([["Date", "Minute", "Resolution", "Target date, officer responsible and progress"],
             ["13/03/19", "64", "Agreed that the Head of SEND would provide figures for home to school transport "
              "appeals.", "Date due: April 2019. Officer: Head of SEND. Progress: Complete."],
             ["12/06/19", "3", "Agreed to receive the draft WSoA.", "On this agenda."]],
            [2 * cm, 1.6 * cm, 6.3 * cm, 6.3 * cm])
    d.date("13/03/19", "2019-03-13")
    d.date("April 2019", "2019-04")
    d.h("Work Programme 2019 - 20")
    d.ruled([["Date of meeting", "Agenda item", "Prioritisation score", "Reason for consideration"],
             ["17 July 2019", "SEND Written Statement of Action", "5", "Statutory requirement"],
             ["25 September 2019", "Elective home education", "4", "Member request"],
             ["27 November 2019", "Fostering and adoption annual report", "3", "Annual report"],
             ["29 January 2020", "SEND WSoA progress", "5", "Six-monthly monitoring"]],
            [3.5 * cm, 6 * cm, 2.7 * cm, 4 * cm])
    for text, iso in [("25 September 2019", "2019-09-25"), ("27 November 2019", "2019-11-27"),
                      ("29 January 2020", "2020-01-29")]:
        d.date(text, iso)
    d.p("<b>Appendix: SEND data</b>")
    need_table(d, 23)
    school_table(d, 25, 16)
    return d


DOCUMENTS = [north_somerset_minutes, slough_cabinet, wandsworth_progress, west_northants_plan, oxfordshire_review,
             plymouth_pack]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
