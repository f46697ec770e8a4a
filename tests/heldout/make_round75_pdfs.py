"""Write the long printed documents of the held-out round 75 (reportlab), and their gold.

Round 75 is a blind batch of LONG PDFs (5 to 8 pages), written with their gold before any extractor ran on them,
for councils beginning F to K: printed minutes of a scrutiny commission (Hackney, 2023 framework); a WSoA progress
report with a tracker (Haringey, 2016 framework); minutes of a SEND Improvement Board appended to a scrutiny report
(Harrow, 2016 framework); a Priority Action Plan document (Hertfordshire, 2023 framework); a committee report with
the DfE and NHS England APP review letter appended (Kingston upon Thames, 2016 framework); and a Cabinet report with
the area SEND inspection report appended (Haringey, 2023 framework). Invented text, fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round75_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import area_table, kpi_table, LongDoc, need_table, run, school_table, styles, two_columns  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("75", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
MINUTE, NUM_PARA, LETTER, LETTER_BOLD, LETTER_BULLET = S.minute, S.num_para, S.letter, S.letter_bold, S.letter_bullet
CENTRE, INDENT, SUB, PLAN, RIGHT = S.centre, S.indent, S.sub, S.plan_cell, S.right


class Doc(LongDoc):
    """A round 75 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#D6E0EC", "#E9EEF5", "#F3F3F3")
    unique_dates = True


# ------------------------------------------------------------------------------------------------------------------
def hackney_minutes() -> Doc:
    """Printed minutes of a scrutiny commission, published with the next meeting's papers (2023 framework)."""
    committee = "Children and Young People Scrutiny Commission"
    rel = ("hackney/round75-2026-01-19-children-and-young-people-scrutiny-commission/"
           "Minutes of the Children and Young People Scrutiny Commission 10 November 2025.pdf")
    d = Doc(rel, {"council": "London Borough of Hackney", "council_slug": "hackney", "committee": committee,
                  "meeting_date": "2026-01-19", "title": "Minutes of the Children and Young People Scrutiny "
                  "Commission 10 November 2025", "source_kind": "moderngov-document",
                  "url": "https://hackney.moderngov.co.uk/documents/g5902/Printed%20minutes%2010th-Nov-2025.pdf"},
            {"council": "London Borough of Hackney", "committee": committee, "date": "2025-11-10"},
            "London Borough of Hackney", "Children and Young People Scrutiny Commission",
            "Municipal Year 2025/26 - Date of Meeting Monday, 10th November, 2025")
    d.page_label = "Page {n}"
    d.p("<b>London Borough of Hackney</b>", CENTRE)
    d.p("<b>Children and Young People Scrutiny Commission<br/>Municipal Year 2025/26<br/>Date of Meeting Monday, "
        "10th November, 2025</b>", CENTRE)
    d.date("Monday, 10th November, 2025", "2025-11-10")
    d.p("<b>Minutes of the proceedings of the Children and Young People Scrutiny Commission held at Hackney Town "
        "Hall, Mare Street, London E8 1EA</b>", CENTRE)
    d.table([["Chair", "Councillor Tessa Adebayo-Lund"],
             ["Councillors in Attendance", "Cllr Marcus Penhaligon (Vice-Chair), Cllr Shireen Kazmi, Cllr Joel "
              "Abernathy, Cllr Rivka Stamford and Cllr Damola Oyelaran"],
             ["Apologies:", "Cllr Bernard Quaile"],
             ["Co-optees", "Jo Macaulay (Hackney Parent Carer Forum), Rabbi Ezra Lieberman (Orthodox Jewish "
              "community representative) and Helen Strand (Church of England diocese)"],
             ["Officers in Attendance", "Diane Okoro-Webb (Group Director, Children and Education), Craig "
              "Fairbrother (Director of Education), Lucinda Paige (Head of SEND), Dr Anjali Rao (Designated "
              "Clinical Officer, NHS North East London), Martin Yelland (Scrutiny Officer)"],
             ["Other People in Attendance", "Cllr Priya Castellano (Cabinet Member for Education, Young People "
              "and Children's Social Care)"]],
            [4.6 * cm, 11.6 * cm], header=False, grid=False)
    d.person("Tessa Adebayo-Lund", "Chair", "member")
    d.person("Marcus Penhaligon", "Vice-Chair", "member")
    for n in ["Shireen Kazmi", "Joel Abernathy", "Rivka Stamford", "Damola Oyelaran", "Bernard Quaile"]:
        d.person(n, None, "member")
    d.person("Jo Macaulay", "Hackney Parent Carer Forum", "other")
    d.person("Ezra Lieberman", "Orthodox Jewish community representative", "other")
    d.person("Helen Strand", "Church of England diocese", "other")
    d.person("Diane Okoro-Webb", "Group Director, Children and Education", "officer")
    d.person("Craig Fairbrother", "Director of Education", "officer")
    d.person("Lucinda Paige", "Head of SEND", "officer")
    d.person("Dr Anjali Rao", "Designated Clinical Officer, NHS North East London", "officer",
             )
    d.person("Martin Yelland", "Scrutiny Officer", "officer", "martin.yelland@hackney.gov.uk", "020 8356 4117")
    d.person("Priya Castellano", "Cabinet Member for Education, Young People and Children's Social Care", "member")
    d.h("1&nbsp;&nbsp;&nbsp;Apologies for Absence")
    d.num("1.1", "Apologies for absence were received from Cllr Quaile. Cllr Stamford gave apologies for lateness "
          "and joined the meeting at 7.20pm.")
    d.h("2&nbsp;&nbsp;&nbsp;Urgent Items / Order of Business")
    d.num("2.1", "There were no urgent items and the order of business was as set out in the agenda.")
    d.h("3&nbsp;&nbsp;&nbsp;Declarations of Interest")
    d.num("3.1", "Cllr Kazmi declared that she is a governor of a special school in the borough. Jo Macaulay "
          "declared that her son has an Education, Health and Care plan.")
    d.h("4&nbsp;&nbsp;&nbsp;Area SEND Inspection - Priority Action Plan: six month update")
    d.num("4.1", "The Chair explained that the Commission had asked for this update when it considered the "
          "inspection outcome in July. The Group Director introduced the item.")
    d.num("4.2", "The Commission heard that inspectors from Ofsted and the Care Quality Commission had been in "
          "Hackney over three weeks, from 3 March to 21 March 2025, and that the report had been published on 9 "
          "May 2025. The partnership had received the lowest of the three outcomes: there are widespread and/or "
          "systemic failings leading to significant concerns about the experiences and outcomes of children and "
          "young people with SEND, which the partnership must address urgently.")
    d.dates_([("from 3 March to 21 March 2025", "2025-03-03", "2025-03-21"), ("9 May 2025", "2025-05-09")])
    d.event("inspection", "2025-03-03", "2025-03-21", "inspectors from Ofsted and the Care Quality Commission had "
            "been in Hackney over three weeks, from 3 March to 21 March 2025")
    d.event("outcome-letter", "2025-05-09", None, "the report had been published on 9 May 2025")
    d.num("4.3", "The Director of Education reminded Members that the report had identified two areas for priority "
          "action, which were reproduced in the covering report as follows:")
    d.weak("Leaders across education, health and care must urgently improve the timeliness and quality of EHC "
           "needs assessments and plans, so that children and young people receive the right help at the right "
           "time.", ["ehc-plans"], marker="(1)", style=S.sub_para)
    d.weak("Leaders must act swiftly to reduce the time that children and young people wait for assessment and "
           "support from neurodevelopmental and speech and language therapy services.", ["health-services"],
           marker="(2)", style=S.sub_para)
    d.num("4.4", "There were in addition three areas for improvement, concerning the oversight of children on "
          "reduced timetables, the quality of the local offer website and the preparation of young people for "
          "adulthood. The Head of SEND noted that the covering report set these out in its appendix and that "
          "they were not repeated in the presentation.")
    d.record_weak("the oversight of children on reduced timetables", ["inclusion-provision", "data-oversight"])
    d.record_weak("the quality of the local offer website", ["local-offer"])
    d.record_weak("the preparation of young people for adulthood", ["preparing-for-adulthood"])
    d.num("4.5", "The priority action plan had been written with the Parent Carer Forum. It was submitted to Ofsted "
          "on 20 June 2025, within the statutory 30 working days, after being signed off by the SEND Executive "
          "Board on 4 June 2025.")
    d.dates_([("20 June 2025", "2025-06-20"), ("4 June 2025", "2025-06-04")])
    d.event("progress-plan", "2025-06-20", None, "It was submitted to Ofsted on 20 June 2025")
    d.event("progress-plan", "2025-06-04", None, "after being signed off by the SEND Executive Board on 4 June 2025")
    d.num("4.6", "The first formal monitoring meeting with the Department for Education and NHS England had taken "
          "place on 16 October 2025. Advisers had said that the plan was the right plan but that families would "
          "not yet see much difference. A second meeting would be held in April 2026.")
    d.dates_([("16 October 2025", "2025-10-16"), ("April 2026", "2026-04")])
    d.event("monitoring", "2025-10-16", None, "The first formal monitoring meeting with the Department for "
            "Education and NHS England had taken place on 16 October 2025")
    d.event("monitoring", "2026-04", None, "A second meeting would be held in April 2026")
    d.num("4.7", "The Head of SEND presented the key measures. The table below was tabled at the meeting.")
    d.ruled([["Measure", "Mar 2025", "Sep 2025", "Target Mar 2026"],
             ["New EHC plans issued within 20 weeks (excluding exceptions)", "11%", "24%", "45%"],
             ["Children waiting over 52 weeks for an autism assessment", "412", "355", "250"],
             ["Children waiting over 18 weeks for SLT", "298", "241", "150"],
             ["EHC plans with health advice returned in 6 weeks", "38%", "61%", "80%"],
             ["Annual reviews completed within timescale", "29%", "37%", "60%"]],
            [7.6 * cm, 2.6 * cm, 2.6 * cm, 3.4 * cm])
    d.dates_([("Mar 2025", "2025-03"), ("Sep 2025", "2025-09"), ("Mar 2026", "2026-03")])
    d.h("Questions, answers and discussion", SUB)
    qa = [
        ("(i)", "Cllr Penhaligon asked why the proportion of plans issued in 20 weeks was still so low. The Head "
         "of SEND said that the backlog of 380 overdue assessments had first to be cleared; 190 of these had "
         "been completed since July, and the service expected to reach the national average by the summer."),
        ("(ii)", "Cllr Oyelaran asked about educational psychology capacity. The Director of Education said that "
         "four locum psychologists had been engaged until 31 March 2026 and two permanent posts filled."),
        ("(iii)", "Jo Macaulay said that parents still found it hard to get a reply from caseworkers. Officers "
         "accepted this. A duty line for families would open on 5 January 2026 and caseworker caseloads would "
         "fall from around 240 to 170."),
        ("(iv)", "Dr Rao explained that the ICB had commissioned additional autism assessments from an "
         "independent provider from September 2025, and that the waiting-well offer for families was now on the "
         "local offer. Cllr Abernathy asked whether the additional capacity was recurrent. Dr Rao said that "
         "funding was agreed for 2025/26 only."),
        ("(v)", "Rabbi Lieberman asked how the plan reached families in the Orthodox Jewish community. The Group "
         "Director said that a dedicated SEND link officer had been appointed and that a community event was "
         "held on 23 October 2025."),
    ]
    for label, text in qa:
        d.num(label, text)
    d.dates_([("31 March 2026", "2026-03-31"), ("5 January 2026", "2026-01-05"), ("September 2025", "2025-09"),
              ("23 October 2025", "2025-10-23")])
    d.num("4.8", "The Chair thanked officers and the Forum. She said that the Commission would want to see "
          "evidence that families' experience was changing and not only that processes were quicker.")
    d.res(None, "The Commission noted the update on the Priority Action Plan and asked that a further update, "
          "including the outcome of the April 2026 monitoring meeting and the views of the Parent Carer Forum, be "
          "brought to its meeting in June 2026.", "resolution", lead="<b>RESOLVED:</b>", style=BODY)
    d.date("June 2026", "2026-06")
    d.res(None, "The Commission agreed to write to the Cabinet Member for Health, Adult Social Care and Leisure "
          "about recurrent funding for neurodevelopmental assessments.", "resolution", style=BODY)
    d.h("5&nbsp;&nbsp;&nbsp;Elective Home Education - annual report")
    d.num("5.1", "The Head of Inclusion and Alternative Provision, Nasreen Bakshi, presented the annual report. "
          "There were 1,106 children known to be electively home educated on 1 October 2025, an increase of 9% on "
          "the previous year; around 14% of them had special educational needs.")
    d.person("Nasreen Bakshi", "Head of Inclusion and Alternative Provision", "officer")
    d.date("1 October 2025", "2025-10-01")
    d.num("5.2", "Members asked about the register of children not in school. Officers said that the "
          "Children's Wellbeing and Schools Bill would place a duty on the council once commenced.")
    d.ruled([["Year", "EHE at 1 October", "With EHC plan", "With SEN support", "Returned to school"],
             ["2021/22", "842", "31", "88", "117"], ["2022/23", "918", "36", "101", "124"],
             ["2023/24", "1,015", "44", "112", "131"], ["2024/25", "1,106", "52", "103", "140"]],
            [2.6 * cm, 3.4 * cm, 3 * cm, 3.6 * cm, 3.6 * cm])
    d.res(None, "That the Elective Home Education annual report be noted.", "resolution",
          lead="<b>RESOLVED:</b>", style=BODY)
    d.h("6&nbsp;&nbsp;&nbsp;Minutes of the Previous Meeting")
    d.res(None, "The minutes of the meeting held on 8 September 2025 were agreed as a correct record.",
          "resolution", lead="<b>RESOLVED:</b>", style=BODY)
    d.date("8 September 2025", "2025-09-08")
    d.h("7&nbsp;&nbsp;&nbsp;Children and Young People Scrutiny Commission - 2025/26 Work Programme")
    d.num("7.1", "The Scrutiny Officer presented the work programme. Members agreed to move the item on school "
          "place planning from 19 January 2026 to 9 March 2026.")
    d.dates_([("19 January 2026", "2026-01-19"), ("9 March 2026", "2026-03-09")])
    d.ruled([["Meeting", "Items", "Lead"],
             ["Monday 19 January 2026", "Cabinet Member question time; Children's social care annual complaints "
              "report", "Group Director"],
             ["Monday 9 March 2026", "School place planning and falling rolls; Youth justice plan", "Director of "
              "Education"],
             ["Monday 22 June 2026", "SEND Priority Action Plan (further update); Unregistered settings",
              "Head of SEND"]], [4.2 * cm, 8.6 * cm, 3.4 * cm])
    d.date("Monday 22 June 2026", "2026-06-22")
    d.res(None, "That the work programme, as amended, be agreed.", "resolution", lead="<b>RESOLVED:</b>",
          style=BODY)
    d.h("8&nbsp;&nbsp;&nbsp;Any Other Business")
    d.num("8.1", "None.")
    d.p("<b>Duration of the meeting:</b> 7.00 - 9.25 pm")
    d.p("Contact: Martin Yelland, Scrutiny Officer, 020 8356 4117, martin.yelland@hackney.gov.uk")
    d.add(PageBreak())
    d.p("<b>Annex to minute 4: SEND data tabled at the meeting</b>")
    need_table(d, 3)
    area_table(d, ["Clapton", "Dalston", "Hackney Central", "Hackney Wick", "Homerton", "Hoxton", "Shoreditch",
                   "Stamford Hill", "Stoke Newington"], 5, "Neighbourhood")
    school_table(d, 7, 22)
    return d


# ------------------------------------------------------------------------------------------------------------------
def haringey_progress() -> Doc:
    """A WSoA progress report to a scrutiny panel with a tracker table (2016 framework)."""
    committee = "Children and Young People's Scrutiny Panel"
    rel = ("haringey/round75-2022-03-14-children-and-young-peoples-scrutiny-panel/"
           "SEND Written Statement of Action - progress report March 2022.pdf")
    d = Doc(rel, {"council": "London Borough of Haringey", "council_slug": "haringey", "committee": committee,
                  "meeting_date": "2022-03-14", "title": "SEND Written Statement of Action - progress report",
                  "source_kind": "moderngov-document",
                  "url": "https://www.minutes.haringey.gov.uk/documents/s131872/SEND%20WSoA%20progress.pdf"},
            {"council": "London Borough of Haringey", "committee": committee, "date": "2022-03-14"},
            "", "", "Haringey Council")
    d.page_label = "Page {n}"
    d.ruled([["Report for:", "Children and Young People's Scrutiny Panel - 14 March 2022"],
             ["Item number:", "8"],
             ["Title:", "Special Educational Needs and Disabilities: progress against the Written Statement of "
              "Action"],
             ["Report authorised by:", "Ann Graves-Mwangi, Director of Children's Services"],
             ["Lead Officer:", "Jerome Attfield, Assistant Director, Schools and Learning, 020 8489 3362, "
              "jerome.attfield@haringey.gov.uk"],
             ["Ward(s) affected:", "All"],
             ["Report for Key/Non Key Decision:", "Not applicable - for information"]],
            [5 * cm, 11.2 * cm], header_rows=0)
    d.date("14 March 2022", "2022-03-14")
    d.person("Ann Graves-Mwangi", "Director of Children's Services", "officer")
    d.person("Jerome Attfield", "Assistant Director, Schools and Learning", "officer",
             "jerome.attfield@haringey.gov.uk", "020 8489 3362")
    d.h("1. Describe the issue under consideration")
    d.num("1.1", "This report updates the Panel on the delivery of the Haringey Written Statement of Action (WSoA) "
          "following the joint local area SEND inspection carried out by Ofsted and the CQC from 20 to 24 January "
          "2020.")
    d.date("from 20 to 24 January 2020", "2020-01-20", "2020-01-24")
    d.event("inspection", "2020-01-20", "2020-01-24", "the joint local area SEND inspection carried out by Ofsted "
            "and the CQC from 20 to 24 January 2020")
    d.num("1.2", "The inspection outcome letter was published on 19 March 2020, in the week that schools closed "
          "because of the pandemic. It required the local authority and the clinical commissioning group to "
          "produce a WSoA explaining how the area would tackle five areas of significant weakness. The WSoA was "
          "judged fit for purpose by Ofsted on 17 August 2020.")
    d.dates_([("19 March 2020", "2020-03-19"), ("17 August 2020", "2020-08-17")])
    d.event("outcome-letter", "2020-03-19", None, "The inspection outcome letter was published on 19 March 2020")
    d.event("wsoa-approved", "2020-08-17", None, "The WSoA was judged fit for purpose by Ofsted on 17 August 2020")
    d.h("2. Cabinet Member Introduction")
    d.p("Not applicable.")
    d.h("3. Recommendations")
    d.res("3.1", "The Panel is asked to note the progress made against each area of the Written Statement of "
          "Action, as set out in the tracker at section 6.", "recommendation", style=NUM_PARA)
    d.res("3.2", "The Panel is asked to comment on the areas where progress has been slowest, in particular the "
          "timeliness of EHC plans, and to consider whether it wishes to receive a further report before the "
          "re-visit.", "recommendation", style=NUM_PARA)
    d.h("4. Reasons for decision")
    d.p("The Panel has asked to keep the WSoA under review until Ofsted and the CQC re-visit the area.")
    d.h("5. Background information")
    d.num("5.1", "Progress is overseen by the SEND Strategic Improvement Board, chaired by the Director of "
          "Children's Services, which meets every six weeks. The Board last met on 22 February 2022.")
    d.date("22 February 2022", "2022-02-22")
    d.num("5.2", "Officers from the Department for Education and NHS England held their second formal review of "
          "progress on 28 September 2021. Their feedback letter, received on 11 October 2021, said that the area "
          "had made good progress on co-production and the local offer but that the timeliness of plans was "
          "'not yet where it needs to be'. The next review is expected in March 2022, and a date of 29 March "
          "2022 has been provisionally offered.")
    d.dates_([("28 September 2021", "2021-09-28"), ("11 October 2021", "2021-10-11"), ("March 2022", "2022-03"),
              ("29 March 2022", "2022-03-29")])
    d.event("monitoring", "2021-09-28", None, "Officers from the Department for Education and NHS England held "
            "their second formal review of progress on 28 September 2021")
    d.event("monitoring", "2022-03", None, "The next review is expected in March 2022")
    d.event("monitoring", "2022-03-29", None, "a date of 29 March 2022 has been provisionally offered")
    d.num("5.3", "The re-visit may take place at any time from now. Ofsted has confirmed only that it will be "
          "within 18 months of the WSoA being approved.")
    d.h("6. WSoA tracker")
    d.p("The tracker lists each of the five significant weaknesses as worded in the inspection letter, the RAG "
        "rating agreed by the Board on 22 February 2022, and the evidence of impact to date.")
    rows = [["No.", "Area of significant weakness (inspection letter)", "RAG", "Evidence of impact"]]
    weak = [
        ("the poor timeliness of EHC needs assessments and the quality of too many EHC plans",
         ["ehc-plans"], "Red", "47% of new plans issued in 20 weeks (Jan 2022) against 18% in Jan 2020; audit "
         "shows 61% of plans good or better."),
        ("the lack of a jointly agreed strategy and of clear joint commissioning arrangements between the local "
         "authority and the CCG", ["joint-commissioning", "leadership-governance"], "Amber",
         "Joint commissioning strategy agreed Nov 2020; joint funding panel meets fortnightly."),
        ("weak co-production with parents and carers and a lack of trust in the area's leaders",
         ["co-production"], "Green", "Parent carer forum co-chairs the Board; 72% of parents surveyed in Dec 2021 "
         "felt listened to."),
        ("long waits for children and young people to be assessed for autism and to receive therapies",
         ["health-services"], "Amber", "Median wait for ASD assessment 41 weeks (was 64); SLT waits below 18 "
         "weeks since Oct 2021."),
        ("the inaccessibility and out-of-date content of the local offer", ["local-offer"], "Green",
         "New local offer launched Sep 2020; 18,400 visits a quarter."),
    ]
    for i, (text, themes, rag, evid) in enumerate(weak, 1):
        rows.append([str(i), text, rag, evid])
        d.record_weak(text, themes)
    d.ruled(rows, [1.1 * cm, 6.6 * cm, 1.6 * cm, 6.9 * cm])
    d.dates_([("Jan 2022", "2022-01"), ("Jan 2020", "2020-01"), ("Nov 2020", "2020-11"), ("Dec 2021", "2021-12"),
              ("Oct 2021", "2021-10"), ("Sep 2020", "2020-09")])
    d.h("Actions behind schedule")
    d.ruled([["Ref", "Action", "Owner", "Original date", "Revised date"],
             ["1.4", "Quality assurance framework for EHC plans, with multi-agency audit", "Head of SEN",
              "30/09/2021", "30/04/2022"],
             ["1.7", "Recruit four additional SEN caseworkers", "Head of SEN", "31/10/2021", "31/03/2022"],
             ["2.3", "Joint outcomes framework for jointly funded placements", "Head of Commissioning",
              "31/12/2021", "30/06/2022"],
             ["4.2", "Sensory processing pathway agreed with Whittington Health", "Designated Clinical Officer",
              "30/11/2021", "31/05/2022"]],
            [1.2 * cm, 6.8 * cm, 3.4 * cm, 2.4 * cm, 2.4 * cm])
    d.dates_([("30/09/2021", "2021-09-30"), ("30/04/2022", "2022-04-30"), ("31/10/2021", "2021-10-31"),
              ("31/03/2022", "2022-03-31"), ("31/12/2021", "2021-12-31"), ("30/06/2022", "2022-06-30"),
              ("30/11/2021", "2021-11-30"), ("31/05/2022", "2022-05-31")])
    d.h("7. Contribution to strategic outcomes")
    d.p("The WSoA supports the Borough Plan's People priority: every child and young person has the best start in "
        "life and is supported to achieve their potential.")
    d.h("8. Statutory Officers comments")
    d.p("<b>Finance</b>: there are no direct financial implications. The High Needs Block deficit was "
        "GBP 14.2m at the end of 2020/21. (Comments provided by Yusuf Demir, Head of Finance, Children's "
        "Services.)")
    d.person("Yusuf Demir", "Head of Finance, Children's Services", "officer")
    d.p("<b>Legal</b>: the Assistant Director of Legal and Governance has been consulted. The Panel's role is "
        "set out in the Overview and Scrutiny Procedure Rules. (Comments provided by Patricia Nwankwo, Senior "
        "Lawyer.)")
    d.person("Patricia Nwankwo", "Senior Lawyer", "officer")
    d.p("<b>Equality</b>: children and young people with SEND share protected characteristics under the "
        "Equality Act 2010.")
    d.h("9. Use of Appendices")
    d.p("Appendix 1: SEND data (need, ward, indicator and school tables). Appendix 2: co-production and "
        "engagement activity.")
    d.h("10. Local Government (Access to Information) Act 1985")
    d.p("Background papers: Ofsted/CQC inspection letter (19 March 2020); Haringey WSoA (August 2020).")
    d.date("August 2020", "2020-08")
    d.add(PageBreak())
    d.p("<b>Appendix 1: SEND data, January 2022 census</b>")
    d.date("January 2022", "2022-01")
    need_table(d, 11)
    kpi_table(d, ["New EHC plans issued within 20 weeks", "EHC plans audited as good or better",
                  "Health advice returned within 6 weeks", "Annual reviews held on time",
                  "Parents who feel listened to", "Children waiting over 18 weeks for SLT",
                  "Local offer pages reviewed in the last 12 months"], 6)
    d.add(PageBreak())
    d.p("<b>Appendix 2: Co-production and engagement activity since the last report</b>")
    d.ruled([["Date", "Activity", "Who took part"],
             ["15 November 2021", "SEND Strategic Improvement Board - parent carer forum report", "Board members"],
             ["2 December 2021", "Local offer 'you said, we did' session at Tottenham Green", "34 parents"],
             ["18 January 2022", "Young people's SEND panel: transition to college", "11 young people"],
             ["9 February 2022", "SENCo forum: EHC plan quality audit findings", "52 SENCos"]],
            [3.4 * cm, 8.8 * cm, 4 * cm])
    d.dates_([("15 November 2021", "2021-11-15"), ("2 December 2021", "2021-12-02"),
              ("18 January 2022", "2022-01-18"), ("9 February 2022", "2022-02-09")])
    area_table(d, ["Bruce Castle", "Crouch End", "Fortis Green", "Hornsey", "Noel Park", "Northumberland Park",
                   "Seven Sisters", "St Ann's", "Tottenham Green", "West Green", "White Hart Lane"], 13, "Ward")
    school_table(d, 2, 24)
    return d


# ------------------------------------------------------------------------------------------------------------------
def harrow_board() -> Doc:
    """Minutes of a SEND Improvement Board with an action log, appended to a scrutiny report (2016 framework)."""
    committee = "People Scrutiny Sub-Committee"
    rel = ("harrow/round75-2024-01-16-people-scrutiny-sub-committee/"
           "Appendix 2 - SEND Improvement Board minutes 5 December 2023.pdf")
    d = Doc(rel, {"council": "London Borough of Harrow", "council_slug": "harrow", "committee": committee,
                  "meeting_date": "2024-01-16", "title": "Appendix 2 - SEND Improvement Board minutes 5 December "
                  "2023", "source_kind": "moderngov-document",
                  "url": "https://moderngov.harrow.gov.uk/documents/s189114/Appendix%202%20SEND%20IB%20minutes.pdf"},
            {"council": "London Borough of Harrow", "committee": "SEND Improvement Board", "date": "2023-12-05"},
            "Harrow SEND Improvement Board", "OFFICIAL", "Minutes - 5 December 2023 - confirmed")
    d.page_label = "{n}"
    d.p("<b>Appendix 2</b>", RIGHT)
    d.title("Harrow SEND Improvement Board")
    d.p("<b>Minutes of the meeting held on Tuesday 5 December 2023, 2.00pm to 4.15pm, Harrow Civic Centre and "
        "Microsoft Teams</b>")
    d.date("Tuesday 5 December 2023", "2023-12-05")
    d.ruled([["Name", "Role", "Organisation"],
             ["Professor Ruth Kettering (Chair)", "Independent Chair, appointed by the DfE", "-"],
             ["Cllr Hitesh Mistry", "Portfolio Holder for Children's Services", "Harrow Council"],
             ["Olusegun Ferreira", "Corporate Director, People", "Harrow Council"],
             ["Camilla Rossiter", "Director of Education", "Harrow Council"],
             ["Bryony Lasseter", "SEND Improvement Programme Lead", "Harrow Council"],
             ["Dr Femi Adesanya", "Designated Medical Officer", "NHS North West London ICB"],
             ["Karen Hollis", "Borough Director (Harrow)", "NHS North West London ICB"],
             ["Sabrina Vaz", "Chair", "Harrow Parent Carer Forum"],
             ["Guy Ellerby", "SEND Adviser", "Department for Education"],
             ["Niamh Corrigan", "SEND Improvement Lead", "NHS England (London)"],
             ["Tamsin Ord", "Headteacher, Whitmore Primary (primary heads' representative)", "Schools"]],
            [5.4 * cm, 6.6 * cm, 4.2 * cm])
    d.person("Professor Ruth Kettering", "Independent Chair, appointed by the DfE", "other")
    d.person("Hitesh Mistry", "Portfolio Holder for Children's Services", "member")
    d.person("Olusegun Ferreira", "Corporate Director, People", "officer")
    d.person("Camilla Rossiter", "Director of Education", "officer")
    d.person("Bryony Lasseter", "SEND Improvement Programme Lead", "officer")
    d.person("Dr Femi Adesanya", "Designated Medical Officer", "officer")
    d.person("Karen Hollis", "Borough Director (Harrow)", "officer")
    d.person("Sabrina Vaz", "Chair", "other")
    d.person("Guy Ellerby", "SEND Adviser", "officer")
    d.person("Niamh Corrigan", "SEND Improvement Lead", "officer")
    d.person("Tamsin Ord", "Headteacher, Whitmore Primary (primary heads' representative)", "other")
    d.p("<b>In attendance:</b> Leon Barraclough (Head of SEN Assessment, item 4); Wendy Tsang (minutes).")
    d.person("Leon Barraclough", "Head of SEN Assessment", "officer")
    d.person("Wendy Tsang", None, "officer")
    d.p("<b>Apologies:</b> Dr Jatinder Bhamra (Clinical Director, CNWL), Geoff Parkinson (Principal, Harrow "
        "College).")
    d.person("Dr Jatinder Bhamra", "Clinical Director, CNWL", "officer")
    d.person("Geoff Parkinson", "Principal, Harrow College", "other")
    d.h("1. Welcome, apologies and declarations")
    d.p("The Chair welcomed members. No declarations were made.")
    d.h("2. Minutes of 10 October 2023 and action log")
    d.p("The minutes of the meeting on 10 October 2023 were approved without amendment. All actions were closed "
        "or are on today's agenda (see the action log at the end of these minutes).")
    d.date("10 October 2023", "2023-10-10")
    d.record_res(None, "The minutes of the meeting on 10 October 2023 were approved without amendment.",
                 "resolution")
    d.h("3. Context: where we are")
    d.p("The Chair reminded the Board of its purpose. Ofsted and the CQC re-visited Harrow between 28 and 30 "
        "November 2022 to decide whether the area had made sufficient progress against the weaknesses found at "
        "the inspection in March 2019. The letter, published on 11 January 2023, concluded that sufficient "
        "progress had not been made in three of them:")
    d.dates_([("between 28 and 30 November 2022", "2022-11-28", "2022-11-30"), ("March 2019", "2019-03"),
              ("11 January 2023", "2023-01-11")])
    d.event("revisit", "2022-11-28", "2022-11-30", "Ofsted and the CQC re-visited Harrow between 28 and 30 "
            "November 2022")
    d.event("inspection", "2019-03", None, "the inspection in March 2019")
    d.event("revisit-outcome", "2023-01-11", None, "The letter, published on 11 January 2023")
    for text, themes in [
            ("The quality of EHC plans, which too often do not reflect the views of children and families or "
             "include meaningful contributions from health and social care.", ["ehc-plans"]),
            ("The area's use of data and information to understand and plan for the needs of children and young "
             "people with SEND.", ["data-oversight"]),
            ("Parents' and carers' confidence in the support available, and the way that leaders communicate with "
             "them.", ["co-production"])]:
        d.weak(text, themes, marker="-", style=BULLET)
    d.p("The Accelerated Progress Plan (APP) was submitted on 10 March 2023. Because progress in the first months "
        "was judged too slow, the Minister issued a statutory direction to the council on 12 June 2023 under "
        "section 497A of the Education Act 1996 and appointed the Chair. The Board replaced the former SEND "
        "Partnership Board from 1 July 2023.")
    d.dates_([("10 March 2023", "2023-03-10"), ("12 June 2023", "2023-06-12"), ("1 July 2023", "2023-07-01")])
    d.event("progress-plan", "2023-03-10", None, "The Accelerated Progress Plan (APP) was submitted on 10 March 2023")
    d.event("statutory-direction", "2023-06-12", None, "the Minister issued a statutory direction to the council on "
            "12 June 2023")
    d.h("4. EHC plan quality and timeliness")
    d.p("Leon Barraclough presented the audit. Of 60 plans audited in November 2023, 38 were judged good or better "
        "(63%), compared with 41% in the audit of May 2023. Health advice was returned within six weeks in 71% of "
        "cases. Twenty-week timeliness for the year to date is 58%.")
    d.dates_([("November 2023", "2023-11"), ("May 2023", "2023-05")])
    d.p("Sabrina Vaz said that parents still reported plans being 'cut and pasted', especially for older young "
        "people. Dr Adesanya agreed to take the quality of therapy advice to the ICB's clinical leads group.")
    d.p("<b>Agreed:</b> the Board endorsed the revised EHC plan quality assurance framework, to start in January "
        "2024.")
    d.date("January 2024", "2024-01")
    d.record_res(None, "the Board endorsed the revised EHC plan quality assurance framework, to start in January "
                 "2024.", "resolution")
    d.p("<b>ACTION 23/41:</b> DMO to report on therapy advice quality to the February Board.")
    d.h("5. Data and performance dashboard")
    d.p("Camilla Rossiter introduced the new dashboard, which combines education, health and care data for the "
        "first time. Members welcomed it. Guy Ellerby asked that the dashboard show trends over at least four "
        "quarters.")
    d.ruled([["Indicator", "Jun 2023", "Sep 2023", "Nov 2023", "Target"],
             ["EHC plans issued within 20 weeks (YTD)", "34%", "49%", "58%", "65%"],
             ["Audited plans good or better", "41%", "-", "63%", "70%"],
             ["Health advice within 6 weeks", "52%", "66%", "71%", "85%"],
             ["Annual reviews within timescale", "40%", "44%", "51%", "70%"],
             ["Parents confident in the local offer (survey)", "-", "31%", "-", "50%"]],
            [6.6 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 3 * cm])
    d.dates_([("Jun 2023", "2023-06"), ("Sep 2023", "2023-09"), ("Nov 2023", "2023-11")])
    d.p("<b>Agreed:</b> the dashboard to be published on the Local Offer each quarter, with a plain-English "
        "summary written with the Parent Carer Forum.")
    d.record_res(None, "the dashboard to be published on the Local Offer each quarter, with a plain-English "
                 "summary written with the Parent Carer Forum.", "resolution")
    d.h("6. Communication with families")
    d.p("Sabrina Vaz presented the Forum's survey of 412 families. The Board discussed the findings; it was noted "
        "that only a third of families knew who their caseworker was.")
    d.p("<b>ACTION 23/42:</b> Programme Lead and Forum to co-design a termly newsletter; first issue by 28 February "
        "2024.")
    d.date("28 February 2024", "2024-02-28")
    d.h("7. DfE and NHS England review")
    d.p("Guy Ellerby confirmed that the next six-monthly review of the APP would take place on 23 January 2024, "
        "with the statutory direction review to follow in March 2024. Niamh Corrigan asked that health "
        "colleagues attend in person.")
    d.dates_([("23 January 2024", "2024-01-23"), ("March 2024", "2024-03")])
    d.event("monitoring", "2024-01-23", None, "the next six-monthly review of the APP would take place on 23 "
            "January 2024")
    d.event("monitoring", "2024-03", None, "with the statutory direction review to follow in March 2024")
    d.h("8. Any other business and date of next meeting")
    d.p("None. The next meeting will be held on Tuesday 13 February 2024.")
    d.date("Tuesday 13 February 2024", "2024-02-13")
    d.h("Action log (open actions)")
    d.ruled([["No.", "Action", "Owner", "Due", "Status"],
             ["23/35", "Publish revised SEN panel terms of reference", "Head of SEN Assessment", "31/12/2023",
              "On track"],
             ["23/38", "Report on health contributions to annual reviews", "Designated Medical Officer",
              "13/02/2024", "On track"],
             ["23/41", "Report on therapy advice quality", "Designated Medical Officer", "13/02/2024", "New"],
             ["23/42", "Termly newsletter co-designed with the Forum", "SEND Improvement Programme Lead",
              "28/02/2024", "New"]], [1.6 * cm, 6.2 * cm, 4.2 * cm, 2.2 * cm, 2 * cm])
    d.dates_([("31/12/2023", "2023-12-31"), ("13/02/2024", "2024-02-13")])
    d.add(PageBreak())
    d.p("<b>Annex: SEND profile presented at item 5</b>")
    need_table(d, 17)
    area_table(d, ["Edgware", "Harrow on the Hill", "Kenton East", "Pinner", "Rayners Lane", "Roxbourne",
                   "Stanmore", "Wealdstone North", "West Harrow"], 19, "Ward")
    school_table(d, 5, 22)
    return d


# ------------------------------------------------------------------------------------------------------------------
def hertfordshire_pap() -> Doc:
    """The Priority Action Plan itself, as an appendix to a Cabinet report (2023 framework)."""
    committee = "Cabinet"
    rel = ("hertfordshire/round75-2026-03-16-cabinet/"
           "Appendix A - Hertfordshire Local Area Partnership Priority Action Plan.pdf")
    d = Doc(rel, {"council": "Hertfordshire County Council", "council_slug": "hertfordshire", "committee": committee,
                  "meeting_date": "2026-03-16", "title": "Appendix A - Hertfordshire Local Area Partnership Priority "
                  "Action Plan", "source_kind": "moderngov-document",
                  "url": "https://democracy.hertfordshire.gov.uk/documents/s61244/Appendix%20A%20PAP.pdf"},
            {"council": "Hertfordshire County Council", "committee": committee, "date": "2026-03-16"},
            "Hertfordshire SEND Local Area Partnership", "Priority Action Plan v1.3",
            "Hertfordshire County Council and NHS Hertfordshire and West Essex ICB")
    d.page_label = "{n} | Page"
    d.p("<b>APPENDIX A</b>", RIGHT)
    d.title("Hertfordshire Local Area Partnership<br/>Priority Action Plan")
    d.p("Area SEND inspection of Hertfordshire Local Area Partnership, 6 to 24 October 2025", CENTRE)
    d.date("6 to 24 October 2025", "2025-10-06", "2025-10-24")
    d.event("inspection", "2025-10-06", "2025-10-24", "Area SEND inspection of Hertfordshire Local Area Partnership, "
            "6 to 24 October 2025")
    d.table([["Status:", "Submitted to Ofsted and agreed by the Department for Education"],
             ["Version:", "1.3 (published 6 March 2026)"],
             ["Senior responsible officers:", "Nadia Kerrigan-Holt, Executive Director, Children's Services; "
              "Simon Achebe, Chief Nursing Officer, NHS Hertfordshire and West Essex ICB"],
             ["Plan owner:", "Hertfordshire SEND Partnership Board"]],
            [5 * cm, 11.2 * cm], header=False, grid=False)
    d.date("6 March 2026", "2026-03-06")
    d.person("Nadia Kerrigan-Holt", "Executive Director, Children's Services", "officer")
    d.person("Simon Achebe", "Chief Nursing Officer, NHS Hertfordshire and West Essex ICB", "officer")
    d.h("1. Our commitment")
    d.p("We are sorry. The inspection report, published on 5 December 2025, says clearly that too many children "
        "and young people with special educational needs and/or disabilities in Hertfordshire, and their "
        "families, do not get the help they need when they need it. Inspectors found widespread and/or systemic "
        "failings. We accept every finding.")
    d.date("5 December 2025", "2025-12-05")
    d.event("outcome-letter", "2025-12-05", None, "The inspection report, published on 5 December 2025")
    d.p("This plan sets out what we will do about the areas for priority action. It was developed with "
        "Hertfordshire Parent Carer Involvement and young people from the SEND Youth Ambassadors in January 2026, "
        "agreed by the SEND Partnership Board on 11 February 2026 and submitted to Ofsted on 27 February 2026.")
    d.dates_([("January 2026", "2026-01"), ("11 February 2026", "2026-02-11"), ("27 February 2026", "2026-02-27")])
    d.event("progress-plan", "2026-02-11", None, "agreed by the SEND Partnership Board on 11 February 2026")
    d.event("progress-plan", "2026-02-27", None, "submitted to Ofsted on 27 February 2026")
    d.table([["Cllr Fiona Thackeray<br/>Executive Member for Education, SEND and Skills",
              "Nadia Kerrigan-Holt<br/>Executive Director, Children's Services"],
             ["Simon Achebe<br/>Chief Nursing Officer, HWE ICB", "Lorna Pridmore and Ajay Sethi<br/>Co-chairs, "
              "Hertfordshire Parent Carer Involvement"]], [8.1 * cm, 8.1 * cm], header=False, grid=False)
    d.person("Fiona Thackeray", "Executive Member for Education, SEND and Skills", "member")
    d.person("Lorna Pridmore", "Co-chairs, Hertfordshire Parent Carer Involvement", "other")
    d.person("Ajay Sethi", "Co-chairs, Hertfordshire Parent Carer Involvement", "other")
    d.h("2. What the inspectors told us")
    d.p("The report asks us to act on three areas for priority action. We have copied them exactly as they "
        "appear in the report:")
    prios = [
        ("Area for priority action 1", "Leaders across the partnership must urgently address the delays in "
         "assessing and meeting children and young people's needs through the EHC needs assessment process, "
         "including the timely contribution of health and social care advice.", ["ehc-plans"]),
        ("Area for priority action 2", "Leaders must ensure that the partnership has an accurate, shared "
         "understanding of the needs of children and young people with SEND, and that this is used to plan and "
         "commission sufficient specialist and mainstream provision.",
         ["joint-commissioning", "data-oversight"]),
        ("Area for priority action 3", "The ICB and local authority leaders must take swift action to reduce "
         "the waiting times for neurodevelopmental assessments, speech and language therapy and occupational "
         "therapy, and to support families while they wait.", ["health-services"]),
    ]
    for head, text, themes in prios:
        d.p(f"<b>{head}</b>")
        d.weak(text, themes, marker="", style=S.quote)
    d.p("The report also sets out four areas for improvement. These are not part of the statutory priority action "
        "plan but are tracked through the SEND Strategy 2026-2029 delivery plan:")
    for text, themes in [
            ("Leaders should improve the quality and consistency of support for children at SEN support in "
             "mainstream schools.", ["identification", "inclusion-provision"]),
            ("Leaders should strengthen the oversight of children and young people with SEND who attend "
             "alternative provision or are on part-time timetables.", ["inclusion-provision", "data-oversight"]),
            ("Leaders should improve the information on the local offer so that families know what support is "
             "available and how to get it.", ["local-offer"]),
            ("Leaders should make sure that young people's preparation for adulthood starts early and is "
             "reflected in their EHC plans from Year 9.", ["preparing-for-adulthood"])]:
        d.weak(text, themes, marker="&#9675;", style=BULLET)
    d.h("3. Governance and monitoring")
    d.p("The SEND Partnership Board, chaired by the Executive Director, owns the plan and will receive a highlight "
        "report at every meeting. The Department for Education and NHS England will hold monitoring meetings with "
        "us every six months; the first is planned for June 2026. Ofsted and the CQC will carry out a monitoring "
        "inspection within approximately 18 months of the publication of the report.")
    d.date("June 2026", "2026-06")
    d.event("monitoring", "2026-06", None, "the first is planned for June 2026")
    d.ruled([["Forum", "Role", "Frequency"],
             ["SEND Partnership Board", "Owns the plan; holds leads to account", "Six-weekly"],
             ["SEND Improvement Delivery Group", "Manages delivery and risks", "Fortnightly"],
             ["Cabinet and ICB Board", "Receive progress reports", "Six-monthly"],
             ["Education, Libraries and Lifelong Learning Cabinet Panel", "Scrutiny of progress", "Quarterly"],
             ["Parent carer and young people's reference group", "Checks impact with families", "Monthly"]],
            [6.2 * cm, 6.4 * cm, 3.6 * cm])
    d.h("4. Priority action plan")
    plan = {
        "Priority 1: EHC needs assessment": [
            ("1.1", "Clear the backlog of assessments over 20 weeks through an assessment sprint team", "Head of "
             "SEN Statutory Services", "Mar 2026", "Sep 2026", "Backlog below 150"),
            ("1.2", "Recruit eight educational psychologists and use a framework of locums", "Principal EP",
             "Feb 2026", "Dec 2026", "EP advice in 6 weeks: 90%"),
            ("1.3", "Health advice tracker and escalation route in each ICB place", "Designated Clinical "
             "Officer", "Apr 2026", "Jul 2026", "Health advice in 6 weeks: 85%"),
            ("1.4", "Social care advice for every child known to social care", "Head of Children's Services "
             "Practice", "Apr 2026", "Oct 2026", "Care advice in 6 weeks: 80%")],
        "Priority 2: Understanding need and sufficiency": [
            ("2.1", "Single SEND dataset shared by the council, schools and the ICB", "Head of Performance",
             "Mar 2026", "Nov 2026", "Dataset live"),
            ("2.2", "Refreshed SEND sufficiency plan, with 450 new specialist places", "Head of Place Planning",
             "May 2026", "Mar 2027", "Plan agreed by Cabinet"),
            ("2.3", "Joint commissioning strategy for therapies and equipment", "Joint Commissioning Lead",
             "Apr 2026", "Jan 2027", "Strategy agreed")],
        "Priority 3: Health waiting times": [
            ("3.1", "Neurodevelopmental pathway redesign, with needs-led support before diagnosis", "ICB Head of "
             "Children's Commissioning", "Mar 2026", "Mar 2027", "Median wait below 40 weeks"),
            ("3.2", "Additional SLT and OT capacity from HCT", "ICB Head of Children's Commissioning",
             "Apr 2026", "Sep 2026", "No child waits over 18 weeks"),
            ("3.3", "Waiting-well offer published on the local offer", "Designated Clinical Officer", "Mar 2026",
             "May 2026", "Offer published")],
    }
    rows = [["Ref", "Action", "Lead", "Start", "End", "Success measure"]]
    spans = []
    for section, actions in plan.items():
        spans.append(len(rows))
        rows.append([f"<b>{section}</b>", "", "", "", "", ""])
        for a in actions:
            rows.append(list(a))
    d.ruled(rows, [1.0 * cm, 5.0 * cm, 3.0 * cm, 2.0 * cm, 2.0 * cm, 3.2 * cm], spans=spans)
    d.dates_([("Mar 2026", "2026-03"), ("Sep 2026", "2026-09"), ("Feb 2026", "2026-02"), ("Dec 2026", "2026-12"),
              ("Apr 2026", "2026-04"), ("Jul 2026", "2026-07"), ("Oct 2026", "2026-10"), ("Nov 2026", "2026-11"),
              ("May 2026", "2026-05"), ("Mar 2027", "2027-03"), ("Jan 2027", "2027-01")])
    d.h("5. How we will know it is working")
    kpi_table(d, ["EHC plans issued within 20 weeks", "Health advice returned within 6 weeks",
                  "Children waiting over 52 weeks for autism assessment", "Parents who feel listened to (survey)",
                  "Annual reviews completed within timescale", "Specialist places filled within the county"], 4)
    d.h("6. Risks")
    d.ruled([["Risk", "Mitigation", "Owner"],
             ["EP recruitment market", "Locum framework; trainee EP bursaries", "Principal EP"],
             ["High Needs Block deficit", "Safety Valve discussions with DfE; deficit management plan",
              "Director of Resources"],
             ["Demand continues to rise faster than capacity", "Early support in schools (Ordinarily Available "
              "Provision)", "Head of Inclusion"]], [5 * cm, 7.6 * cm, 3.6 * cm])
    d.p("Contact: SEND Improvement Team, send.improvement@hertfordshire.gov.uk. Lead officer: Gemma Rowntree, "
        "SEND Improvement Programme Manager.")
    d.person("Gemma Rowntree", "SEND Improvement Programme Manager", "officer")
    d.add(PageBreak())
    d.p("<b>Annex: baseline data (January 2026 census)</b>")
    need_table(d, 21)
    area_table(d, ["Broxbourne", "Dacorum", "East Herts", "Hertsmere", "North Herts", "St Albans", "Stevenage",
                   "Three Rivers", "Watford", "Welwyn Hatfield"], 23, "District")
    school_table(d, 9, 22)
    return d


# ------------------------------------------------------------------------------------------------------------------
def kingston_app_review() -> Doc:
    """A committee report with the DfE and NHS England APP review letter appended (2016 framework)."""
    committee = "Children's and Adults' Care and Education Committee"
    rel = ("kingston-upon-thames/round75-2023-07-11-childrens-and-adults-care-and-education-committee/"
           "SEND Accelerated Progress Plan - first review and feedback letter.pdf")
    d = Doc(rel, {"council": "Royal Borough of Kingston upon Thames", "council_slug": "kingston-upon-thames",
                  "committee": committee, "meeting_date": "2023-07-11",
                  "title": "SEND Accelerated Progress Plan - first review and feedback letter",
                  "source_kind": "moderngov-document",
                  "url": "https://moderngov.kingston.gov.uk/documents/s118431/SEND%20APP%20first%20review.pdf"},
            {"council": "Royal Borough of Kingston upon Thames", "committee": committee, "date": "2023-07-11"},
            "Royal Borough of Kingston upon Thames", "", "")
    d.page_label = "{n}"
    d.footer_centre = ""
    d.p("<b>Children's and Adults' Care and Education Committee</b>")
    d.p("<b>11 July 2023</b>")
    d.date("11 July 2023", "2023-07-11")
    d.title("Special Educational Needs and Disabilities: Accelerated Progress Plan - first review")
    d.p("<b>Report by the Executive Director of Children's Services</b>")
    d.table([["Purpose", "For information and comment"],
             ["Portfolio holder", "Councillor Imogen Threlfall, Portfolio Holder for Children's Services"],
             ["Key decision", "No"],
             ["Wards", "All"],
             ["Author", "Daniel Oyewusi, Assistant Director, Inclusion and SEND, 020 8547 6231, "
              "daniel.oyewusi@kingston.gov.uk"]], [4 * cm, 12.2 * cm], header=False)
    d.person("Imogen Threlfall", "Portfolio Holder for Children's Services", "member")
    d.person("Daniel Oyewusi", "Assistant Director, Inclusion and SEND", "officer", "daniel.oyewusi@kingston.gov.uk",
             "020 8547 6231")
    d.h("Summary")
    d.p("Ofsted and the Care Quality Commission re-visited the Kingston local area from 28 November to 1 December "
        "2022 to judge progress since the joint SEND inspection of March 2019. The re-visit letter, published on 27 "
        "January 2023, found sufficient progress in three of the five areas of significant weakness but not in "
        "the other two. The area was therefore required to produce an Accelerated Progress Plan (APP), which was "
        "submitted to the Department for Education on 24 March 2023. This report presents the feedback letter "
        "from the first six-monthly review of the APP, held on 6 June 2023 (Annex 1).")
    d.dates_([("from 28 November to 1 December 2022", "2022-11-28", "2022-12-01"), ("March 2019", "2019-03"),
              ("27 January 2023", "2023-01-27"), ("24 March 2023", "2023-03-24"), ("6 June 2023", "2023-06-06")])
    d.event("revisit", "2022-11-28", "2022-12-01", "Ofsted and the Care Quality Commission re-visited the Kingston "
            "local area from 28 November to 1 December 2022")
    d.event("inspection", "2019-03", None, "the joint SEND inspection of March 2019")
    d.event("revisit-outcome", "2023-01-27", None, "The re-visit letter, published on 27 January 2023")
    d.event("progress-plan", "2023-03-24", None, "an Accelerated Progress Plan (APP), which was submitted to the "
            "Department for Education on 24 March 2023")
    d.event("monitoring", "2023-06-06", None, "the first six-monthly review of the APP, held on 6 June 2023")
    d.h("Recommendations")
    d.p("The Committee is recommended to:")
    d.res("1.", "note the feedback from the Department for Education and NHS England following the first review "
          "of the Accelerated Progress Plan (Annex 1);", "recommendation", style=NUMBERED)
    d.res("2.", "note the actions being taken in response to the feedback, set out in paragraph 6; and",
          "recommendation", style=NUMBERED)
    d.res("3.", "agree to receive a further report after the second review, expected in December 2023.",
          "recommendation", style=NUMBERED)
    d.date("December 2023", "2023-12")
    d.event("monitoring", "2023-12", None, "the second review, expected in December 2023")
    d.h("Background")
    d.num("1.", "The Written Statement of Action (WSoA) that followed the 2019 inspection was declared fit for "
          "purpose on 16 August 2019. Much of it was delivered, as the re-visit recognised.")
    d.date("16 August 2019", "2019-08-16")
    d.event("wsoa-approved", "2019-08-16", None, "The Written Statement of Action (WSoA) that followed the 2019 "
            "inspection was declared fit for purpose on 16 August 2019")
    d.num("2.", "Inspectors concluded that the area had not made sufficient progress in addressing (a) the "
          "variable quality of EHC plans and the weak contribution of health and care services to them and (b) "
          "the lack of a clear and shared approach to identifying and meeting needs at SEN support in mainstream "
          "schools. These are the two areas that the APP addresses.")
    d.record_weak("the variable quality of EHC plans and the weak contribution of health and care services to them",
                  ["ehc-plans"])
    d.record_weak("the lack of a clear and shared approach to identifying and meeting needs at SEN support in "
                  "mainstream schools", ["identification", "inclusion-provision"])
    d.num("3.", "The three areas in which sufficient progress was made were joint commissioning, the local offer "
          "and co-production with parents and carers.")
    d.num("4.", "The review on 6 June 2023 was attended by the SEND Partnership Board's chair, officers of the "
          "council and the ICB, and representatives of Kingston Parent Carer Forum. The DfE's SEND adviser, "
          "Rosalind Mbeki, and NHS England's SEND lead for London, Oliver Grantham, led the review.")
    d.person("Rosalind Mbeki", "SEND adviser", "officer")
    d.person("Oliver Grantham", "NHS England's SEND lead for London", "officer")
    d.h("Progress")
    d.num("5.", "The table shows the APP milestones due so far.")
    d.ruled([["APP strand", "Milestone", "Due", "Status at 30 June 2023"],
             ["EHC plan quality", "Multi-agency quality assurance panel in place", "Apr 2023", "Complete"],
             ["EHC plan quality", "Health advice template revised with Your Healthcare", "May 2023", "Complete"],
             ["EHC plan quality", "Audit of 100 plans; 70% good or better", "Oct 2023", "On track (62%)"],
             ["SEN support", "Ordinarily Available Provision guidance published", "Jun 2023", "Complete"],
             ["SEN support", "SENCo network and training programme for all schools", "Sep 2023", "On track"],
             ["SEN support", "Inclusion quality mark pilot in 12 schools", "Jan 2024", "Not started"]],
            [3.4 * cm, 7.4 * cm, 2 * cm, 3.4 * cm])
    d.dates_([("30 June 2023", "2023-06-30"), ("Apr 2023", "2023-04"), ("May 2023", "2023-05"), ("Oct 2023", "2023-10"),
              ("Jun 2023", "2023-06"), ("Sep 2023", "2023-09"), ("Jan 2024", "2024-01")])
    d.num("6.", "In response to the feedback, officers will publish a short termly update for families from "
          "September 2023 and will extend the plan audit to include young people aged 19-25.")
    d.date("September 2023", "2023-09")
    d.h("Financial, legal and equalities implications")
    d.p("There are no new financial implications. The Dedicated Schools Grant safety valve agreement continues "
        "to apply. Legal: the Children and Families Act 2014 places duties on the council and the ICB jointly. "
        "Equalities: children with SEND are a priority group in the council's equality objectives.")
    d.p("<b>Background papers:</b> Ofsted and CQC re-visit letter, 27 January 2023; Kingston APP, March 2023.")
    d.date("March 2023", "2023-03")
    d.add(PageBreak())
    d.p("<b>Annex 1</b>", RIGHT)
    d.p("Department for Education<br/>Sanctuary Buildings<br/>Great Smith Street<br/>London SW1P 3BT", LETTER)
    d.p("20 June 2023", LETTER)
    d.date("20 June 2023", "2023-06-20")
    d.p("Jasmine Holloway-Finch<br/>Executive Director of Children's Services<br/>Royal Borough of Kingston upon "
        "Thames<br/><br/>Priya Desouza<br/>Director of Place, Kingston, NHS South West London ICB", LETTER)
    d.person("Jasmine Holloway-Finch", "Executive Director of Children's Services", "officer")
    d.person("Priya Desouza", "Director of Place, Kingston, NHS South West London ICB", "officer")
    d.p("Dear Jasmine and Priya,", LETTER)
    d.p("<b>Kingston: Accelerated Progress Plan review, 6 June 2023</b>", LETTER)
    d.p("Thank you for the time you and your colleagues gave to the first review of the Kingston Accelerated "
        "Progress Plan. This letter sets out our view of progress on the two areas the plan addresses: the "
        "quality of EHC plans, and identifying and meeting needs at SEN support.", LETTER)
    d.p("<b>Quality of EHC plans</b>", LETTER)
    d.p("You have acted quickly. The multi-agency quality assurance panel has met monthly since April and health "
        "practitioners now use a revised advice template. Your own audit shows 62% of plans good or better, up "
        "from 44% at the re-visit. Parents told us that plans written since the spring read as though they were "
        "about their child. We would like to see the audit extended to post-16 plans.", LETTER)
    d.p("<b>SEN support</b>", LETTER)
    d.p("The Ordinarily Available Provision guidance is well regarded by SENCos. It is too early to see impact in "
        "classrooms. The inclusion quality mark pilot has not started and we would like to understand the "
        "reasons at the next review.", LETTER)
    d.p("<b>Next steps</b>", LETTER)
    d.p("We will meet you again in December 2023. Please send an updated APP tracker and performance data two weeks "
        "beforehand. I am copying this letter to Ofsted and the CQC.", LETTER)
    d.p("Yours sincerely,", LETTER)
    d.table([["Rosalind Mbeki<br/>SEND Adviser<br/>Department for Education",
              "Oliver Grantham<br/>SEND Lead (London)<br/>NHS England"]], [8.1 * cm, 8.1 * cm], header=False,
            grid=False, style=LETTER)
    d.add(PageBreak())
    d.p("<b>Annex 2: SEND data, January 2023 census</b>")
    d.date("January 2023", "2023-01")
    need_table(d, 29)
    area_table(d, ["Berrylands", "Canbury Gardens", "Chessington South", "Coombe Hill", "King George's",
                   "Kingston Town", "New Malden Village", "Norbiton", "Surbiton Hill", "Tolworth"], 31, "Ward")
    school_table(d, 13, 22)
    return d


# ------------------------------------------------------------------------------------------------------------------
def haringey_cabinet() -> Doc:
    """A Cabinet report with the area SEND inspection report as its appendix (2023 framework)."""
    committee = "Cabinet"
    rel = "haringey/round75-2024-03-12-cabinet/Area SEND Inspection outcome - Cabinet report and Appendix 1.pdf"
    d = Doc(rel, {"council": "London Borough of Haringey", "council_slug": "haringey", "committee": committee,
                  "meeting_date": "2024-03-12", "title": "Area SEND Inspection outcome - Cabinet report and "
                  "Appendix 1", "source_kind": "moderngov-document",
                  "url": "https://www.minutes.haringey.gov.uk/documents/s143019/Area%20SEND%20Inspection.pdf"},
            {"council": "London Borough of Haringey", "committee": committee, "date": "2024-03-12"},
            "", "", "")
    d.page_label = "Page {n}"
    d.ruled([["Report for:", "Cabinet 12 March 2024"],
             ["Item number:", "11"],
             ["Title:", "Outcome of the Area SEND Inspection of the Haringey Local Area Partnership"],
             ["Report authorised by:", "Ann Graves-Mwangi, Director of Children's Services"],
             ["Lead Officer:", "Hollie Brennan-Osei, Head of SEND and Inclusion, 020 8489 1740, "
              "hollie.brennan-osei@haringey.gov.uk"],
             ["Ward(s) affected:", "All"],
             ["Report for Key/Non Key Decision:", "Non Key Decision"]], [5 * cm, 11.2 * cm], header_rows=0)
    d.date("12 March 2024", "2024-03-12")
    d.person("Ann Graves-Mwangi", "Director of Children's Services", "officer")
    d.person("Hollie Brennan-Osei", "Head of SEND and Inclusion", "officer", "hollie.brennan-osei@haringey.gov.uk",
             "020 8489 1740")
    d.h("1. Describe the issue under consideration")
    d.num("1.1", "Ofsted and the CQC inspected the Haringey local area partnership under the new Area SEND "
          "inspection framework from 8 to 12 January 2024. Their report was published on 20 February 2024 and is "
          "attached as Appendix 1.")
    d.dates_([("from 8 to 12 January 2024", "2024-01-08", "2024-01-12"), ("20 February 2024", "2024-02-20")])
    d.event("inspection", "2024-01-08", "2024-01-12", "Ofsted and the CQC inspected the Haringey local area "
            "partnership under the new Area SEND inspection framework from 8 to 12 January 2024")
    d.event("outcome-letter", "2024-02-20", None, "Their report was published on 20 February 2024")
    d.num("1.2", "The partnership received the middle of the three possible outcomes. There is no requirement to "
          "produce a priority action plan, but the partnership must update its strategic plan and publish it. The "
          "next full inspection will take place within approximately three years.")
    d.h("2. Cabinet Member Introduction")
    d.p("I want to thank the families who spoke to inspectors, and the staff in our schools, settings, health "
        "services and the council who work for children with SEND every day. The report is fair. It recognises "
        "how far we have come since the Written Statement of Action that followed the 2020 inspection, and it is "
        "clear about what is still not good enough - Councillor Omari Whitlock-Reyes, Cabinet Member for "
        "Children, Schools and Families.")
    d.person("Omari Whitlock-Reyes", "Cabinet Member for Children, Schools and Families", "member")
    d.h("3. Recommendations")
    d.p("Cabinet is recommended:")
    d.res("3.1", "To note the outcome of the Area SEND inspection and the inspection report at Appendix 1.",
          "recommendation", style=NUM_PARA)
    d.res("3.2", "To endorse the partnership's approach to the four areas for improvement, as set out in "
          "section 6, and to note that the updated SEND Strategy and Strategic Action Plan will be brought to "
          "Cabinet for approval in June 2024.", "recommendation", style=NUM_PARA)
    d.date("June 2024", "2024-06")
    d.res("3.3", "To ask the Children and Young People's Scrutiny Panel to review progress on the areas for "
          "improvement in the 2024/25 municipal year.", "recommendation", style=NUM_PARA)
    d.h("4. Reasons for decision")
    d.p("Cabinet should be aware of the outcome of a statutory inspection of services for which the council is "
        "jointly responsible with the North Central London Integrated Care Board.")
    d.h("5. Alternative options considered")
    d.p("None. The report is for noting and endorsement.")
    d.h("6. Background information")
    d.num("6.1", "The previous inspection, under the 2016 framework, took place from 20 to 24 January 2020 and "
          "required a Written Statement of Action, which was judged fit for purpose on 17 August 2020. The "
          "Department for Education formally ended its monitoring of the WSoA on 26 October 2022.")
    d.dates_([("from 20 to 24 January 2020", "2020-01-20", "2020-01-24"), ("17 August 2020", "2020-08-17"),
              ("26 October 2022", "2022-10-26")])
    d.event("inspection", "2020-01-20", "2020-01-24", "The previous inspection, under the 2016 framework, took "
            "place from 20 to 24 January 2020")
    d.event("wsoa-approved", "2020-08-17", None, "a Written Statement of Action, which was judged fit for purpose "
            "on 17 August 2020")
    d.num("6.2", "The partnership has begun work on each area for improvement. A multi-agency workshop with "
          "Haringey SEND Parent Carer Forum was held on 7 March 2024 and the draft Strategic Action Plan will be "
          "agreed by the SEND Partnership Board on 23 May 2024 before it comes to Cabinet.")
    d.dates_([("7 March 2024", "2024-03-07"), ("23 May 2024", "2024-05-23")])
    d.event("progress-plan", "2024-05-23", None, "the draft Strategic Action Plan will be agreed by the SEND "
            "Partnership Board on 23 May 2024")
    d.ruled([["Area for improvement (short title)", "Lead", "First milestone"],
             ["Timeliness of EHC plans", "Head of SEND and Inclusion", "Apr 2024"],
             ["Autism assessment waits", "NCL ICB, Haringey Borough Director", "May 2024"],
             ["Post-16 pathways", "Head of Post-16 Participation", "Jul 2024"],
             ["Alternative provision oversight", "Head of Inclusion", "Apr 2024"]],
            [7 * cm, 6 * cm, 3.2 * cm])
    d.dates_([("Apr 2024", "2024-04"), ("May 2024", "2024-05"), ("Jul 2024", "2024-07")])
    d.h("7. Statutory Officers comments")
    d.p("<b>Finance</b>: no direct implications (Yusuf Demir, Head of Finance, Children's Services). <b>Legal</b>: "
        "the Assistant Director of Legal and Governance notes that there are no legal implications arising from "
        "the recommendations. <b>Equality</b>: the actions will advance equality of opportunity for disabled "
        "children and young people.")
    d.person("Yusuf Demir", "Head of Finance, Children's Services", "officer")
    d.h("8. Use of Appendices")
    d.p("Appendix 1 - Ofsted and CQC: Area SEND inspection of Haringey Local Area Partnership (published 20 "
        "February 2024). Appendix 2 - SEND profile.")
    d.add(PageBreak())
    d.p("<b>Appendix 1</b>", RIGHT)
    d.p("<b>Area SEND inspection of Haringey Local Area Partnership</b>", LETTER_BOLD)
    d.table([["Inspection dates:", "8 to 12 January 2024"], ["Date of previous inspection:", "24 January 2020"]],
            [5.5 * cm, 10.7 * cm], header=False, grid=False, style=LETTER)
    d.date("24 January 2020", "2020-01-24")
    d.p("<b>Inspection outcome</b>", LETTER_BOLD)
    d.p("The local area partnership's arrangements lead to inconsistent experiences and outcomes for children and "
        "young people with special educational needs and/or disabilities (SEND). The local area partnership must "
        "work jointly to make improvements.", LETTER)
    d.p("The next full reinspection will be within approximately three years. As part of the local area "
        "partnership's continued improvement, it must update and publish its strategic plan based on the areas "
        "for improvement highlighted in this report.", LETTER)
    d.p("<b>Information about the local area partnership</b>", LETTER_BOLD)
    d.p("The London Borough of Haringey and NHS North Central London Integrated Care Board (ICB) are jointly "
        "responsible for the planning and commissioning of services for children and young people with SEND in "
        "Haringey.", LETTER)
    d.p("<b>What is it like to be a child or young person with SEND in this area?</b>", LETTER_BOLD)
    d.p("Children and young people with SEND in Haringey are increasingly well understood by the practitioners "
        "who work with them. Many attend mainstream schools where they are included in the life of the school. "
        "Children in the early years benefit from quick identification of needs through the integrated two-year "
        "review. However, too many families wait too long for their child's EHC plan to be finalised, and some "
        "children wait more than a year for an autism assessment. Young people approaching adulthood do not "
        "always know what options are open to them after school.", LETTER)
    d.p("<b>What is the area partnership doing that is effective?</b>", LETTER_BOLD)
    for text in ["Leaders have a clear and shared vision, built with families.",
                 "The parent carer forum is an equal partner and its influence can be seen.",
                 "Health visitors and early years practitioners identify needs early."]:
        d.p(f"&bull; {text}", LETTER_BULLET)
    d.p("<b>What does the area partnership need to do better?</b>", LETTER_BOLD)
    for text, themes in [
            ("&bull; Leaders should improve the timeliness of EHC plans, so that the needs of children and young "
             "people are assessed and met without delay.", ["ehc-plans"]),
            ("&bull; The ICB should work with providers to reduce the time that children and young people wait "
             "for an autism assessment and make sure that families receive support while they wait.",
             ["health-services"]),
            ("&bull; Leaders should widen the range of post-16 pathways, including supported internships, so "
             "that young people with SEND are well prepared for adulthood.", ["preparing-for-adulthood"]),
            ("&bull; Leaders should strengthen their oversight of the quality of alternative provision used for "
             "children and young people with SEND.", ["inclusion-provision", "data-oversight"])]:
        plain = text.replace("&bull; ", "")
        d.p(text, LETTER_BULLET)
        d.record_weak(plain, themes)
    d.p("<b>Local area partnership details</b>", LETTER_BOLD)
    d.ruled([["Local authority", "Integrated care board"],
             ["Ann Graves-Mwangi, Director of Children's Services", "Colm Feeney, Executive Director of Place, "
              "NHS North Central London ICB"]], [8.1 * cm, 8.1 * cm], style=LETTER)
    d.person("Colm Feeney", "Executive Director of Place, NHS North Central London ICB", "officer")
    d.p("<b>Information about this inspection</b>", LETTER_BOLD)
    d.p("This inspection was carried out by His Majesty's Inspector Bernadette Quinlan (lead inspector), "
        "Ofsted Inspector Pavel Nowicki, and Children's Services Inspector Grace Adeyinka-Shaw (CQC).", LETTER)
    d.person("Bernadette Quinlan", "His Majesty's Inspector (lead inspector)", "other")
    d.person("Pavel Nowicki", "Ofsted Inspector", "other")
    d.person("Grace Adeyinka-Shaw", "Children's Services Inspector (CQC)", "other")
    d.add(PageBreak())
    d.p("<b>Appendix 2: SEND profile (January 2024 census)</b>")
    d.date("January 2024", "2024-01")
    need_table(d, 37)
    area_table(d, ["Alexandra Park", "Bounds Green", "Bruce Castle", "Harringay", "Highgate", "Muswell Hill",
                   "Noel Park", "Stroud Green", "Tottenham Hale", "Woodside"], 41, "Ward")
    school_table(d, 19, 22)
    return d


DOCUMENTS = [hackney_minutes, haringey_progress, harrow_board, hertfordshire_pap, kingston_app_review,
             haringey_cabinet]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
