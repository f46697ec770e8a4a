"""Write the long printed documents of the held-out round 49 (reportlab), and their gold.

Round 49 is a blind batch of LONG PDFs (5 to 8 pages), written with their gold before any extractor ran on them:
a scrutiny committee's printed minutes on a 2016-framework re-visit (Lancashire); a Cabinet report with appendices
on a 2023-framework outcome 3 inspection (Hull); a re-visit letter published as a scrutiny appendix behind a short
cover report (Isle of Wight); a Written Statement of Action progress report with a tracker table (Hillingdon); a
2023-framework priority action plan published as a board enclosure (Hammersmith and Fulham); and a partnership
board's minutes on a 2023-framework outcome 2 (Lancashire). Invented text, fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round49_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("49", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19),
           indent={"firstLineIndent": -18})
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
MINUTE, NUM_PARA, INDENT, LETTER, LETTER_B = S.minute, S.num_para, S.indent, S.letter, S.letter_bold
CELL_B = ParagraphStyle("CellB49", parent=CELL, fontName="Helvetica-Bold")


class Doc(LongDoc):
    """A round 49 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#E4E4E4", None, "#F2F2F2")


def numbers_table(d: Doc, labels, columns, seed: int, widths):
    """An invented table of figures (no dates, no people)."""
    rows = [columns]
    for i, label in enumerate(labels):
        row = [label]
        for j in range(len(columns) - 1):
            row.append(str(5 + (i * 37 + j * 11 + seed * 7) % 95))
        rows.append(row)
    d.ruled(rows, widths)


# ------------------------------------------------------------------------------------------------------------------
def lancashire_minutes() -> Doc:
    d = Doc("lancashire/round49-2021-11-09-education-and-childrens-services-scrutiny-committee/"
            "Printed minutes 9 November 2021.pdf",
            {"council": "Lancashire County Council", "council_slug": "lancashire",
             "committee": "Education and Children's Services Scrutiny Committee", "meeting_date": "2022-01-18",
             "title": "Minutes of the meeting held on 9 November 2021", "source_kind": "moderngov-document",
             "url": "http://council.lancashire.gov.uk/documents/g11893/Printed%20minutes%2009th-Nov-2021%2010.30%20"
                    "Education%20and%20Childrens%20Services%20Scrutiny%20Committee.pdf"},
            {"council": "Lancashire County Council", "committee": "Education and Children's Services Scrutiny Committee",
             "date": "2021-11-09"},
            "Education and Children's Services Scrutiny Committee", "Lancashire County Council",
            "Minutes of the meeting held on Tuesday, 9th November, 2021", page_label="{n}")
    d.title("Education and Children's Services Scrutiny Committee")
    d.p("Minutes of the Meeting held on Tuesday, 9th November, 2021 at 10.30 am in Committee Room 'C' - The Duke of "
        "Lancaster Room, County Hall, Preston")
    d.date("Tuesday, 9th November, 2021", "2021-11-09")
    d.p("<b>Present:</b>")
    d.p("County Councillor Andrea Kay (Chair)")
    d.p("<b>County Councillors</b>")
    cllrs = ["J Berry", "P Britcliffe", "A Clempson", "B Dawson", "S Holgate", "A Hindle", "M Pattison",
             "J Rear", "S Rigby", "A Snowden", "E Whittaker"]
    d.ruled([[cllrs[i], cllrs[i + 6] if i + 6 < len(cllrs) else ""] for i in range(6)], [7.6 * cm, 7.6 * cm],
            header_rows=0)
    d.person("Andrea Kay", "Chair", "member")
    for c in cllrs:
        d.person(c, None, "member")
    d.p("<b>Co-opted members</b>")
    d.p("Mr Kenneth Ellard-Wood, Church Representative (Anglican)<br/>"
        "Mrs Lydia Sandiford, Parent Governor Representative (Secondary)")
    d.person("Kenneth Ellard-Wood", "Church Representative (Anglican)", "other")
    d.person("Lydia Sandiford", "Parent Governor Representative (Secondary)", "other")
    d.p("<b>Also in attendance</b>")
    d.p("County Councillor Cosima Tulloch-Hart, Cabinet Member for Education and Skills; Graham Oldroyd, Executive "
        "Director of Education and Children's Services; Bernadette Sumner, Director of Education, Culture and Skills; "
        "Ruth Alcock-Ainsworth, Head of Service, Inclusion; Dr Imran Bhaila, Designated Clinical Officer for SEND, "
        "Lancashire and South Cumbria Clinical Commissioning Groups; and Gareth Pilling, Senior Democratic Services "
        "Officer.")
    d.person("Cosima Tulloch-Hart", "Cabinet Member for Education and Skills", "member")
    d.person("Graham Oldroyd", "Executive Director of Education and Children's Services", "officer")
    d.person("Bernadette Sumner", "Director of Education, Culture and Skills", "officer")
    d.person("Ruth Alcock-Ainsworth", "Head of Service, Inclusion", "officer")
    d.person("Imran Bhaila", "Designated Clinical Officer for SEND, Lancashire and South Cumbria Clinical "
             "Commissioning Groups", "officer")
    d.person("Gareth Pilling", "Senior Democratic Services Officer", "officer")

    d.p("1.&nbsp;&nbsp;&nbsp;Apologies", MINUTE)
    d.p("Apologies were received from County Councillors L Cox and M Salter, and from Mr Farouk Bhatti, Church "
        "Representative (Roman Catholic). County Councillor S Rigby attended in place of County Councillor M Salter.")
    d.person("L Cox", None, "member")
    d.person("M Salter", None, "member")
    d.person("Farouk Bhatti", "Church Representative (Roman Catholic)", "other")
    d.p("2.&nbsp;&nbsp;&nbsp;Disclosure of Pecuniary and Non-Pecuniary Interests", MINUTE)
    d.p("County Councillor A Clempson disclosed a non-pecuniary interest in item 4 as a governor of a special school "
        "in the Fylde. County Councillor J Rear disclosed a non-pecuniary interest in item 4 as the parent of a young "
        "person with an education, health and care plan.")
    d.p("3.&nbsp;&nbsp;&nbsp;Minutes of the Meeting Held on 14 September 2021", MINUTE)
    d.date("14 September 2021", "2021-09-14")
    d.p("<b>Resolved:</b> That the minutes of the meeting held on 14 September 2021 be confirmed as an accurate record "
        "and be signed by the Chair.")
    d.record_res(None, "That the minutes of the meeting held on 14 September 2021 be confirmed as an accurate record "
                 "and be signed by the Chair.", "resolution")

    d.p("4.&nbsp;&nbsp;&nbsp;Special Educational Needs and Disabilities - Outcome of the Ofsted and CQC Revisit", MINUTE)
    d.p("The Chair welcomed County Councillor Cosima Tulloch-Hart, Cabinet Member for Education and Skills, together "
        "with the officers listed above, to the meeting.")
    d.p("The report presented set out the findings of the joint Ofsted and Care Quality Commission revisit of the "
        "Lancashire local area, which took place from 20 to 22 September 2021 and whose findings were published in a "
        "letter on 29 October 2021. The committee was reminded that the original joint inspection had been carried "
        "out from 13 to 17 November 2017 and that the inspection report, published on 31 January 2018, had identified "
        "twelve areas of significant weakness. A Written Statement of Action was submitted and was judged to be fit "
        "for purpose on 20 July 2018. Officers from the Department for Education and NHS England had since "
        "monitored the area's progress, the final monitoring visit before the revisit having been held on 24 March "
        "2021.")
    for text, s, e in [("from 20 to 22 September 2021", "2021-09-20", "2021-09-22"), ("29 October 2021", "2021-10-29", None),
                       ("from 13 to 17 November 2017", "2017-11-13", "2017-11-17"), ("31 January 2018", "2018-01-31", None),
                       ("20 July 2018", "2018-07-20", None), ("24 March 2021", "2021-03-24", None)]:
        d.date(text, s, e)
    d.event("revisit", "2021-09-20", "2021-09-22", "the joint Ofsted and Care Quality Commission revisit of the "
            "Lancashire local area, which took place from 20 to 22 September 2021")
    d.event("revisit-outcome", "2021-10-29", None, "whose findings were published in a letter on 29 October 2021")
    d.event("inspection", "2017-11-13", "2017-11-17", "the original joint inspection had been carried out from 13 to 17 "
            "November 2017")
    d.event("outcome-letter", "2018-01-31", None, "the inspection report, published on 31 January 2018, had "
            "identified twelve areas of significant weakness")
    d.event("wsoa-approved", "2018-07-20", None, "A Written Statement of Action was submitted and was judged to be fit "
            "for purpose on 20 July 2018")
    d.event("monitoring", "2021-03-24", None, "the final monitoring visit before the revisit having been held on 24 "
            "March 2021")
    d.p("Inspectors had concluded that the area had made sufficient progress in addressing seven of the twelve "
        "weaknesses. Members were advised that the letter named the five on which sufficient progress had not been "
        "made as:")
    for text, themes in [
            ("The lack of a clear strategy for joint commissioning across education, health and social care, and the "
             "resulting gaps in services", ["joint-commissioning"]),
            ("Weak arrangements for co-production with parents, carers and young people, so that families do not "
             "know how decisions are made or how their views are used", ["co-production"]),
            ("The poor quality of education, health and care plans, which do not describe needs or outcomes "
             "precisely enough and to which health and care contribute inconsistently", ["ehc-plans"]),
            ("Long waiting times for assessment on the autism spectrum disorder pathway in the north and east of "
             "the county", ["health-services"]),
            ("Inconsistent oversight of the quality of the provision made for children and young people with SEN "
             "support, including the use of part-time timetables", ["data-oversight", "inclusion-provision"])]:
        d.weak(text, themes, marker="-", style=INDENT)
    d.p("The Executive Director explained that, in line with the revisit guidance, the Department for Education and "
        "NHS England had required the area to prepare an Accelerated Progress Plan for the five remaining areas. A "
        "draft had been shared with the Lancashire Parent Carer Forum and the plan would be submitted by 14 January "
        "2022. Formal monitoring would then take place at quarterly intervals, with the first review meeting "
        "expected in April 2022.")
    d.date("14 January 2022", "2022-01-14")
    d.date("April 2022", "2022-04")
    d.event("progress-plan", "2022-01-14", None, "the plan would be submitted by 14 January 2022")
    d.event("monitoring", "2022-04", None, "Formal monitoring would then take place at quarterly intervals, with the "
            "first review meeting expected in April 2022")
    d.p("The letter also recorded areas of real improvement, among them the work of the SEND Partnership Board, the "
        "new SEND Sufficiency Strategy, better identification of needs in the early years, and the redesigned "
        "Local Offer website, which parents said was easier to use. The table below, circulated with the report, "
        "shows the timeliness of new plans by district.")
    rows = [["District", "Requests for assessment", "Plans issued", "Issued within 20 weeks (%)", "Awaiting decision"]]
    for i, district in enumerate(["Burnley", "Chorley", "Fylde", "Hyndburn", "Lancaster", "Pendle", "Preston",
                                  "Ribble Valley", "Rossendale", "South Ribble", "West Lancashire", "Wyre"]):
        rows.append([district, str(80 + (i * 41) % 170), str(50 + (i * 29) % 120), str(18 + (i * 13) % 40),
                     str(4 + (i * 7) % 30)])
    d.ruled(rows, [3.6 * cm, 3 * cm, 2.4 * cm, 3.2 * cm, 3 * cm])
    d.p("Members raised a number of questions and comments, and the following points were noted:")
    for text in [
            "Asked why progress on autism assessments differed so much between the north and south of the county, "
            "Dr Bhaila explained that the two providers had different clinical models and that a single pathway "
            "would be commissioned from the next financial year.",
            "A member queried how many children were on part-time timetables. Officers undertook to provide the "
            "latest termly figure, which schools were now required to report.",
            "Mrs Sandiford asked how parents who were not members of the Parent Carer Forum would be involved in the "
            "plan. The Head of Service, Inclusion, described the new district SEND surgeries and the 'You Said, We "
            "Did' bulletin.",
            "Concern was expressed about the rising number of tribunal appeals. It was reported that most appeals "
            "related to the naming of a school and that mediation was being offered earlier."]:
        d.p(f"&bull;&nbsp;&nbsp;{text}", BULLET)
    d.p("<b>Resolved:</b> That:")
    for label, text in [
            ("1.", "The outcome of the Ofsted and Care Quality Commission revisit be noted."),
            ("2.", "The draft Accelerated Progress Plan be presented to the committee at its meeting on 18 January "
                   "2022."),
            ("3.", "The committee receive a six-monthly update on the plan, to include the timeliness and quality of "
                   "education, health and care plans by district."),
            ("4.", "The Cabinet Member for Education and Skills be asked to write to the Integrated Care Board "
                   "setting out the committee's concern at autism assessment waiting times.")]:
        d.res(label, text, "resolution")
    d.date("18 January 2022", "2022-01-18")

    d.p("5.&nbsp;&nbsp;&nbsp;Elective Home Education Annual Report", MINUTE)
    d.p("Bernadette Sumner, Director of Education, Culture and Skills, presented the annual report on elective home "
        "education. The number of children known to be electively home educated had risen by 21% over the year. "
        "Members noted the breakdown below and the reasons given by parents.")
    numbers_table(d, ["Reception to Year 2", "Years 3 to 6", "Years 7 to 9", "Years 10 to 11", "Of whom with an EHC plan",
                      "Of whom known to children's social care"], ["Cohort", "Autumn", "Spring", "Summer"], 3,
                  [6 * cm, 3 * cm, 3 * cm, 3 * cm])
    d.p("<b>Resolved:</b> That the Elective Home Education Annual Report be noted, and that the committee's thanks to "
        "the Elective Home Education team be recorded.")
    d.record_res(None, "That the Elective Home Education Annual Report be noted, and that the committee's thanks to "
                 "the Elective Home Education team be recorded.", "resolution")
    d.p("6.&nbsp;&nbsp;&nbsp;Report of the Education Scrutiny Task and Finish Group on School Place Planning", MINUTE)
    d.p("County Councillor B Dawson, the chair of the task and finish group, presented its report. The group had met "
        "on five occasions between June 2021 and October 2021 and made seven recommendations, including on the "
        "provision of special school places in Preston and Lancaster.")
    d.date("between June 2021 and October 2021", "2021-06", "2021-10")
    d.p("<b>Resolved:</b> That the report of the task and finish group be endorsed and referred to the Cabinet for a "
        "response.")
    d.record_res(None, "That the report of the task and finish group be endorsed and referred to the Cabinet for a "
                 "response.", "resolution")
    d.p("7.&nbsp;&nbsp;&nbsp;Children and Young People's Services Quarterly Performance Report", MINUTE)
    d.p("The committee received the performance report for the second quarter of 2021/22. The Head of Service, "
        "Inclusion, drew attention to the improvement in the proportion of annual reviews completed on time and to "
        "the continued high number of requests for statutory assessment, which were some 34% higher than in the same "
        "quarter of the previous year. Members discussed the figures for permanent exclusions and for children "
        "missing education, and asked that future reports show the position of children with SEN support "
        "separately.")
    numbers_table(d, ["Requests for EHC needs assessment", "Agreed to assess (%)", "New EHC plans issued",
                      "New plans within 20 weeks (%)", "Annual reviews on time (%)", "Tribunal appeals registered",
                      "Mediation cases", "Permanent exclusions (pupils with EHCP)", "Permanent exclusions (SEN support)",
                      "Suspensions (pupils with EHCP)", "Children missing education (with SEND)",
                      "Pupils on part-time timetables (with SEND)", "Post-16 learners with EHCP in education (%)",
                      "Young people aged 19-25 with EHCP", "Personal budgets in place",
                      "Local Offer website visits (thousands)"],
                  ["Indicator", "Q2 2020/21", "Q3 2020/21", "Q4 2020/21", "Q1 2021/22", "Q2 2021/22"], 11,
                  [5.8 * cm, 1.9 * cm, 1.9 * cm, 1.9 * cm, 1.9 * cm, 1.9 * cm])
    d.p("In response to a question from County Councillor S Holgate, the Director of Education, Culture and Skills "
        "confirmed that a review of alternative provision would conclude in the spring and that the committee "
        "would be consulted on its findings.")
    d.p("<b>Resolved:</b> That:")
    for label, text in [
            ("(i)", "The report be noted."),
            ("(ii)", "Future quarterly reports show permanent exclusions and part-time timetables for pupils with SEN "
                     "support and for pupils with an education, health and care plan separately.")]:
        d.res(label, text, "resolution")
    d.p("8.&nbsp;&nbsp;&nbsp;Work Programme 2021/22", MINUTE)
    d.p("The work programme for the committee was presented. Members asked that an item on home to school transport "
        "for post-16 learners with SEND be added.")
    d.ruled([["Meeting date", "Topic", "Lead officer"],
             ["18 January 2022", "SEND Accelerated Progress Plan", "Executive Director of Education and Children's Services"],
             ["8 March 2022", "Children missing education; School attendance", "Director of Education, Culture and Skills"],
             ["26 April 2022", "Home to school transport (post-16 SEND)", "Head of Service, Inclusion"],
             ["21 June 2022", "Annual report of the Virtual School", "Virtual School Head"]],
            [3.4 * cm, 6.2 * cm, 5.6 * cm])
    d.date("8 March 2022", "2022-03-08")
    d.date("26 April 2022", "2022-04-26")
    d.date("21 June 2022", "2022-06-21")
    d.p("<b>Resolved:</b> That the work programme be agreed, subject to the addition noted above.")
    d.record_res(None, "That the work programme be agreed, subject to the addition noted above.", "resolution")
    d.p("9.&nbsp;&nbsp;&nbsp;Urgent Business", MINUTE)
    d.p("There was no urgent business.")
    d.p("10.&nbsp;&nbsp;&nbsp;Date of Next Meeting", MINUTE)
    d.p("The next meeting of the Education and Children's Services Scrutiny Committee will be held on Tuesday, 18th "
        "January, 2022 at 10.30 am in Committee Room 'C' - The Duke of Lancaster Room, County Hall, Preston.")
    d.space(20)
    d.p("L Sales<br/>Director of Corporate Services")
    d.person("L Sales", "Director of Corporate Services", "officer")
    d.p("County Hall<br/>Preston")
    return d


# ------------------------------------------------------------------------------------------------------------------
def hull_cabinet_report() -> Doc:
    d = Doc("hull/round49-2024-12-16-cabinet/Area SEND inspection outcome and Priority Action Plan.pdf",
            {"council": "Hull City Council", "council_slug": "hull", "committee": "Cabinet",
             "meeting_date": "2024-12-16", "title": "Area SEND Inspection Outcome and Priority Action Plan",
             "source_kind": "committee-report",
             "url": "https://cmis.hullcc.gov.uk/cmis/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=areasendinspection"},
            {"council": "Hull City Council", "committee": "Cabinet", "date": "2024-12-16"},
            "Cabinet 16 December 2024", "Agenda Item 9", "Hull City Council", page_label="Page {n}")
    d.ruled([["Report to the Cabinet", "16 December 2024"],
             ["Report of", "Director of Children, Young People and Family Services"],
             ["Portfolio Holder", "Councillor Linnea Rosewarne, Portfolio Holder for Children's Services and Education"],
             ["Key decision", "Yes - Forward Plan reference 24/081"],
             ["Status", "Open"]], [4.5 * cm, 11 * cm], header_rows=0)
    d.date("16 December 2024", "2024-12-16")
    d.person("Linnea Rosewarne", "Portfolio Holder for Children's Services and Education", "member")
    d.title("Area SEND Inspection Outcome and Priority Action Plan")
    d.h("1. Purpose of the Report and Summary")
    d.num("1.1", "This report informs Cabinet of the outcome of the joint Ofsted and Care Quality Commission "
          "inspection of the Hull local area partnership's arrangements for children and young people with special "
          "educational needs and disabilities (SEND), and seeks approval of the Priority Action Plan which the "
          "partnership is required to submit in response.")
    d.num("1.2", "The inspection took place from 30 September to 4 October 2024. The report was published on 19 "
          "November 2024. Inspectors found that there are widespread and/or systemic failings leading to significant "
          "concerns about the experiences and outcomes of children and young people with SEND, which the local area "
          "partnership must address urgently. This is the lowest of the three inspection outcomes.")
    d.date("from 30 September to 4 October 2024", "2024-09-30", "2024-10-04")
    d.date("19 November 2024", "2024-11-19")
    d.event("inspection", "2024-09-30", "2024-10-04", "The inspection took place from 30 September to 4 October 2024")
    d.event("outcome-letter", "2024-11-19", None, "The report was published on 19 November 2024")
    d.h("2. Recommendations")
    d.p("It is recommended that Cabinet:")
    for label, text in [
            ("2.1", "Notes the outcome of the area SEND inspection and the findings set out in the inspection report "
                    "at Appendix 1."),
            ("2.2", "Approves the Priority Action Plan at Appendix 2 for submission to Ofsted by the local area "
                    "partnership."),
            ("2.3", "Delegates authority to the Director of Children, Young People and Family Services, in "
                    "consultation with the Portfolio Holder for Children's Services and Education, to make any minor "
                    "amendments to the plan required before submission."),
            ("2.4", "Agrees that progress against the plan is reported to Cabinet every six months and to the "
                    "Children, Young People and Family Services Overview and Scrutiny Commission quarterly.")]:
        d.res(label, text, "recommendation", style=NUM_PARA)
    d.h("3. Reasons for Recommendations")
    d.num("3.1", "The local authority and NHS Humber and North Yorkshire Integrated Care Board are jointly responsible "
          "for the arrangements inspected. Under the inspection framework the partnership must prepare and submit a "
          "priority action plan within 35 working days of the report's publication, and the plan is therefore due "
          "with Ofsted on 16 January 2025. Approval by Cabinet, and by the Integrated Care Board's Place Committee on "
          "11 December 2024, gives the plan the sign-off of both statutory partners.")
    d.date("16 January 2025", "2025-01-16")
    d.date("11 December 2024", "2024-12-11")
    d.event("progress-plan", "2025-01-16", None, "the plan is therefore due with Ofsted on 16 January 2025")
    d.event("progress-plan", "2024-12-11", None, "Approval by Cabinet, and by the Integrated Care Board's Place "
            "Committee on 11 December 2024, gives the plan the sign-off of both statutory partners")
    d.h("4. Impact on other Committees")
    d.num("4.1", "The report will be considered by the Children, Young People and Family Services Overview and Scrutiny "
          "Commission on 24 January 2025.")
    d.date("24 January 2025", "2025-01-24")
    d.h("5. Background")
    d.num("5.1", "The previous inspection of the Hull local area, under the 2016 framework, was carried out in "
          "February 2019. It did not require a Written Statement of Action, although inspectors identified a number "
          "of areas for development, chiefly around the timeliness of assessments.")
    d.date("February 2019", "2019-02")
    d.event("inspection", "2019-02", None, "The previous inspection of the Hull local area, under the 2016 framework, "
            "was carried out in February 2019")
    d.num("5.2", "The present framework came into effect in January 2023. Inspectors spoke with children and young "
          "people, parents and carers, and practitioners, reviewed 17 cases in depth and considered 1,146 responses "
          "to surveys.")
    d.date("January 2023", "2023-01")
    d.num("5.3", "Inspectors found strengths in the area's work, including the skilled support of the early years "
          "inclusion team, the well-regarded Hull SENDIASS service, the commitment of special school leaders, and the "
          "co-produced 'Preparing for Adulthood' guide. These strengths are set out more fully in Appendix 1.")
    d.num("5.4", "The report identifies two areas for priority action:")
    for label, text, themes in [
            ("a)", "Leaders across the partnership must urgently improve the timeliness of the EHC needs assessment "
                   "process, so that children and young people's needs are assessed and plans finalised within "
                   "statutory timescales, and ensure that advice from health and social care is of good quality.",
             ["ehc-plans"]),
            ("b)", "The local authority and the integrated care board should strengthen their strategic oversight of "
                   "the SEND system, so that they have an accurate, shared understanding of the needs of children and "
                   "young people and use it to commission services that meet those needs.",
             ["leadership-governance", "joint-commissioning"])]:
        d.weak(text, themes, marker=label, style=INDENT)
    d.num("5.5", "It also identifies three areas for improvement, which the partnership must address through its "
          "strategic plan:")
    for text, themes in [
            ("Partnership leaders should reduce the length of time children and young people wait for speech and "
             "language therapy and for neurodevelopmental assessment, and make sure families receive support while "
             "they wait.", ["health-services"]),
            ("Leaders should work with schools to reduce the number of suspensions and the use of reduced timetables "
             "for children and young people with SEND.", ["inclusion-provision"]),
            ("Leaders should improve the quality and reach of communication with parents and carers, including the "
             "information on the local offer, so that families know what support is available and how to access "
             "it.", ["co-production", "local-offer"])]:
        d.weak(text, themes, marker="&bull;", style=BULLET)
    d.h("6. Issues for Consideration")
    d.num("6.1", "The Priority Action Plan has been co-produced with the Hull Parent Carer Forum, whose chair, Ms Adaeze "
          "Okonkwo-Bell, has joined the SEND Improvement Board. It is organised under the two areas for priority "
          "action, with milestones, named leads and measures of impact. The areas for improvement will be addressed "
          "through the refreshed SEND and Alternative Provision Strategy.")
    d.person("Adaeze Okonkwo-Bell", "chair, Hull Parent Carer Forum", "other")
    d.num("6.2", "A monitoring meeting with the Department for Education and NHS England has been arranged for 4 March "
          "2025. The partnership should expect Ofsted and CQC to carry out monitoring inspections, and a full "
          "reinspection within approximately three years.")
    d.date("4 March 2025", "2025-03-04")
    d.event("monitoring", "2025-03-04", None, "A monitoring meeting with the Department for Education and NHS England "
            "has been arranged for 4 March 2025")
    d.num("6.3", "The table below shows the performance measures the plan will track.")
    rows = [["Measure", "Hull 2023", "Hull 2024", "Statistical neighbours", "Plan target"]]
    for i, m in enumerate(["EHC plans issued within 20 weeks (%)", "Health advice returned within 6 weeks (%)",
                           "Annual reviews completed in timescale (%)", "Children waiting over 18 weeks for SALT",
                           "Children waiting over 52 weeks for ASD assessment", "Suspensions per 100 pupils with EHCP",
                           "Pupils with SEND on reduced timetables", "Local offer page views (thousands)"]):
        rows.append([m, str(12 + (i * 23) % 70), str(10 + (i * 31) % 70), str(30 + (i * 7) % 50), str(40 + (i * 5) % 50)])
    d.ruled(rows, [6.6 * cm, 2 * cm, 2 * cm, 2.8 * cm, 2 * cm])
    d.h("7. Options and Risk Assessment")
    d.num("7.1", "Option 1 - approve the plan (recommended). Option 2 - do not approve the plan. This is not "
          "recommended, as the partnership is required to submit a plan and failure to do so could lead to "
          "intervention by the Secretary of State.")
    d.num("7.2", "The principal risks are the availability of educational psychologists and therapists, the rising "
          "number of requests for assessment, and the deficit on the High Needs Block.")
    d.h("8. Consultation")
    d.num("8.1", "Parents, carers, young people, schools and health partners were consulted at six workshops held "
          "between 20 November 2024 and 3 December 2024.")
    d.date("between 20 November 2024 and 3 December 2024", "2024-11-20", "2024-12-03")
    d.h("9. Comments of the Section 151 Officer")
    d.num("9.1", "The plan will be delivered within existing budgets, with one-off investment of £1.1m from the "
          "Children's Services transformation reserve. (SK)")
    d.h("10. Comments of the Monitoring Officer")
    d.num("10.1", "The recommendations are within Cabinet's powers. (CR)")
    d.h("11. Comments of HR Services")
    d.num("11.1", "Recruitment to eight additional posts will follow the Council's recruitment procedures. (NW)")
    d.p("<b>Julie-Anne Meredith</b><br/>Director of Children, Young People and Family Services")
    d.person("Julie-Anne Meredith", "Director of Children, Young People and Family Services", "officer")
    d.p("Contact Officer: Stephen Lazenby-Ward, Assistant Director, Learning and Skills<br/>"
        "Telephone No.: 01482 616432<br/>Officer Interests: None")
    d.person("Stephen Lazenby-Ward", "Assistant Director, Learning and Skills", "officer", None, "01482 616432")
    d.p("Background Documents: Area SEND inspection of Hull local area partnership, Ofsted and CQC, 19 November 2024.")
    d.add(PageBreak())
    d.title("Appendix 1 - Summary of the inspection findings")
    d.p("The following summary is drawn from the inspection report. Strengths identified by inspectors include:")
    for text in ["Early years practitioners identify needs early and the inclusion team's advice is valued by settings.",
                 "Children and young people in special schools are well taught and make strong progress.",
                 "Hull SENDIASS gives families impartial, timely advice and is highly valued.",
                 "Young people preparing for adulthood benefit from well-planned supported internships.",
                 "The designated clinical officer has improved the quality of health advice for new plans."]:
        d.p(f"&bull;&nbsp;&nbsp;{text}", BULLET)
    d.p("Inspectors also noted that many families wait too long for decisions and assessments, that communication is "
        "inconsistent, and that some children are out of school for long periods while a placement is found.")
    d.add(PageBreak())
    d.title("Appendix 2 - Priority Action Plan (summary)")
    rows = [["Ref", "Action", "Lead", "Milestone", "Measure of impact"]]
    plan = [("PA1.1", "Recruit additional EHC coordinators and educational psychologists", "Head of SEN Service",
             "March 2025"),
            ("PA1.2", "Introduce a weekly multi-agency assessment panel with escalation", "Head of SEN Service",
             "February 2025"),
            ("PA1.3", "Health advice quality audit and training for clinicians", "Designated Clinical Officer",
             "April 2025"),
            ("PA1.4", "Recover annual review backlog", "Head of SEN Service", "July 2025"),
            ("PA2.1", "Agree a joint SEND needs assessment", "Head of Commissioning", "May 2025"),
            ("PA2.2", "Establish a joint commissioning group reporting to the SEND Improvement Board",
             "ICB Director of Place", "February 2025"),
            ("PA2.3", "Publish a joint SEND performance dashboard", "Head of Performance", "June 2025"),
            ("PA2.4", "Commission additional speech and language therapy capacity", "ICB Director of Place",
             "September 2025")]
    for ref, action, lead, month in plan:
        rows.append([ref, action, lead, month, "Reported to SEND Improvement Board monthly"])
    d.ruled(rows, [1.4 * cm, 5.0 * cm, 3.4 * cm, 2.9 * cm, 3.5 * cm])
    for m, iso in [("March 2025", "2025-03"), ("February 2025", "2025-02"), ("April 2025", "2025-04"),
                   ("July 2025", "2025-07"), ("May 2025", "2025-05"), ("June 2025", "2025-06"),
                   ("September 2025", "2025-09")]:
        d.date(m, iso)
    d.p("Governance: the SEND Improvement Board, chaired independently by Professor Malcolm Tranter, will receive a "
        "highlight report each month. The Board will report to Cabinet, to the ICB Place Committee and to the Health "
        "and Wellbeing Board.")
    d.person("Malcolm Tranter", "independent chair, SEND Improvement Board", "other")
    d.add(PageBreak())
    d.title("Appendix 3 - Equality Impact Assessment (summary)")
    d.p("The plan is expected to have a positive impact on children and young people with SEND and their families, "
        "and on groups over-represented among children with SEND, including boys, children eligible for free school "
        "meals and children looked after. The table below summarises the assessment by protected characteristic.")
    rows = [["Characteristic", "Likely impact", "Mitigation / comment"]]
    for ch, imp in [("Age", "Positive"), ("Disability", "Positive"), ("Gender reassignment", "Neutral"),
                    ("Marriage and civil partnership", "Neutral"), ("Pregnancy and maternity", "Neutral"),
                    ("Race", "Positive"), ("Religion or belief", "Neutral"), ("Sex", "Positive"),
                    ("Sexual orientation", "Neutral"), ("Socio-economic disadvantage", "Positive")]:
        rows.append([ch, imp, "Monitored through the joint SEND dashboard; communications offered in community "
                              "languages where needed." if imp == "Positive" else "No differential impact identified."])
    d.ruled(rows, [4.5 * cm, 3 * cm, 8.5 * cm])
    return d


# ------------------------------------------------------------------------------------------------------------------
def isle_of_wight_revisit() -> Doc:
    d = Doc("isle-of-wight/round49-2022-06-09-policy-and-scrutiny-committee-for-childrens-services-education-and-skills/"
            "SEND revisit outcome - report and Appendix 1.pdf",
            {"council": "Isle of Wight Council", "council_slug": "isle-of-wight",
             "committee": "Policy and Scrutiny Committee for Children's Services, Education and Skills",
             "meeting_date": "2022-06-09", "title": "SEND Revisit Outcome", "source_kind": "moderngov-document",
             "url": "https://iow.moderngov.co.uk/documents/s18842/SEND%20revisit%20outcome.pdf"},
            {"council": "Isle of Wight Council",
             "committee": "Policy and Scrutiny Committee for Children's Services, Education and Skills",
             "date": "2022-06-09"},
            "Isle of Wight Council", "Policy and Scrutiny Committee for Children's Services, Education and Skills",
            "Isle of Wight Council - Working together to keep the Island special", page_label="{n}")
    d.p("<b>Purpose: For Information and Scrutiny</b>")
    d.title("Committee report")
    d.ruled([["Committee", "POLICY AND SCRUTINY COMMITTEE FOR CHILDREN'S SERVICES, EDUCATION AND SKILLS"],
             ["Date", "9 JUNE 2022"],
             ["Title", "OUTCOME OF THE OFSTED AND CQC REVISIT OF THE ISLE OF WIGHT LOCAL AREA (SEND)"],
             ["Report of", "CABINET MEMBER FOR CHILDREN'S SERVICES, EDUCATION AND LIFELONG SKILLS"]],
            [3.5 * cm, 12 * cm], header_rows=0)
    d.date("9 JUNE 2022", "2022-06-09")
    d.h("EXECUTIVE SUMMARY")
    d.num("1.", "This report presents the letter from Her Majesty's Chief Inspector and the Chief Inspector of Primary "
          "Medical Services and Integrated Care, attached as Appendix 1, which sets out the findings of the revisit to "
          "the Isle of Wight local area carried out between 28 February and 2 March 2022. The letter was published on "
          "26 April 2022.")
    d.date("between 28 February and 2 March 2022", "2022-02-28", "2022-03-02")
    d.date("26 April 2022", "2022-04-26")
    d.event("revisit", "2022-02-28", "2022-03-02", "the revisit to the Isle of Wight local area carried out between "
            "28 February and 2 March 2022")
    d.event("revisit-outcome", "2022-04-26", None, "The letter was published on 26 April 2022")
    d.num("2.", "The revisit found that the area has made sufficient progress in two of the four significant "
          "weaknesses identified at the inspection in March 2018. Because the area has not made sufficient progress "
          "in two, the Department for Education and NHS England have asked the area to submit an Accelerated "
          "Progress Plan by 30 June 2022.")
    d.date("March 2018", "2018-03")
    d.date("30 June 2022", "2022-06-30")
    d.event("progress-plan", "2022-06-30", None, "the Department for Education and NHS England have asked the area to "
            "submit an Accelerated Progress Plan by 30 June 2022")
    d.h("RECOMMENDATION")
    d.num("3.", "That the Committee considers the findings of the revisit and identifies any areas on which it wishes "
          "to receive further assurance when the Accelerated Progress Plan is presented to it in September 2022.")
    d.record_res(None, "That the Committee considers the findings of the revisit and identifies any areas on which it "
                 "wishes to receive further assurance when the Accelerated Progress Plan is presented to it in "
                 "September 2022.", "recommendation")
    d.date("September 2022", "2022-09")
    d.h("BACKGROUND")
    d.num("4.", "The joint inspection of the local area took place from 19 to 23 March 2018. The Written Statement of "
          "Action was declared fit for purpose on 4 October 2018, and the area's progress has since been monitored "
          "by the Department for Education and NHS England, most recently at a review meeting held on 13 January "
          "2022.")
    d.date("from 19 to 23 March 2018", "2018-03-19", "2018-03-23")
    d.date("4 October 2018", "2018-10-04")
    d.date("13 January 2022", "2022-01-13")
    d.event("inspection", "2018-03-19", "2018-03-23", "The joint inspection of the local area took place from 19 to 23 "
            "March 2018")
    d.event("wsoa-approved", "2018-10-04", None, "The Written Statement of Action was declared fit for purpose on 4 "
            "October 2018")
    d.event("monitoring", "2022-01-13", None, "the area's progress has since been monitored by the Department for "
            "Education and NHS England, most recently at a review meeting held on 13 January 2022")
    d.num("5.", "Since the island's children's services partnership with Hampshire came to an end, the SEND "
          "Improvement Board has been chaired by the Director of Children's Services. The Board includes the Isle of "
          "Wight Parent Carer Council, whose co-chair Mrs Philippa Gosden-Ward contributed to the revisit.")
    d.person("Philippa Gosden-Ward", "co-chair, Isle of Wight Parent Carer Council", "other")
    d.h("FINANCIAL / BUDGET IMPLICATIONS")
    d.num("6.", "There are no direct financial implications arising from this report. The High Needs Block deficit "
          "recovery plan is reported separately to the Schools Forum.")
    d.h("LEGAL IMPLICATIONS")
    d.num("7.", "The Children and Families Act 2014 places duties on the local authority and the integrated care "
          "board in respect of children and young people with SEND.")
    d.h("APPENDICES ATTACHED")
    d.p("Appendix 1 - Ofsted and CQC revisit letter, 26 April 2022")
    d.p("Contact Point: Nadia Killingbeck, Head of Inclusion, Tel (01983) 821000, "
        "e-mail nadia.killingbeck@iow.gov.uk", SMALL)
    d.person("Nadia Killingbeck", "Head of Inclusion", "officer", "nadia.killingbeck@iow.gov.uk", "(01983) 821000")
    d.p("STEVE CRABBE-HOLLIS<br/>Director of Children's Services")
    d.p("CLLR DEBRA ANDREWS-PYKE<br/>Cabinet Member for Children's Services, Education and Lifelong Skills")
    d.person("Steve Crabbe-Hollis", "Director of Children's Services", "officer")
    d.person("Debra Andrews-Pyke", "Cabinet Member for Children's Services, Education and Lifelong Skills", "member")
    d.add(PageBreak())
    d.p("<b>APPENDIX 1</b>")
    d.p("Ofsted<br/>Piccadilly Gate<br/>Store Street<br/>Manchester<br/>M1 2WD", LETTER)
    d.p("26 April 2022", LETTER)
    d.p("Steve Crabbe-Hollis, Director of Children's Services, Isle of Wight Council<br/>"
        "Alexandra Kettering, Isle of Wight Place Director, Hampshire and Isle of Wight Integrated Care System<br/>"
        "Tamsin Hurd, Local Area Nominated Officer, Isle of Wight Council", LETTER)
    d.person("Alexandra Kettering", "Isle of Wight Place Director, Hampshire and Isle of Wight Integrated Care System",
             "officer")
    d.person("Tamsin Hurd", "Local Area Nominated Officer", "officer")
    d.p("Dear Mr Crabbe-Hollis, Ms Kettering and Ms Hurd", LETTER)
    d.p("<b>Joint area SEND revisit in Isle of Wight</b>", LETTER)
    d.p("Between 28 February 2022 and 2 March 2022, Ofsted and the Care Quality Commission (CQC) revisited the area "
        "of Isle of Wight to decide whether sufficient progress has been made in addressing each of the areas of "
        "significant weakness detailed in the inspection report letter published on 21 May 2018.", LETTER)
    d.date("21 May 2018", "2018-05-21")
    d.event("outcome-letter", "2018-05-21", None, "the inspection report letter published on 21 May 2018")
    d.p("As a result of the findings of the initial inspection and in accordance with the Children Act 2004 "
        "(Joint Area Reviews) Regulations 2015, Her Majesty's Chief Inspector (HMCI) determined that a Written "
        "Statement of Action (WSOA) was required because of significant areas of weakness in the area's practice. "
        "HMCI determined that the local authority and the area's clinical commissioning group (CCG) were jointly "
        "responsible for submitting the written statement to Ofsted. This was declared fit for purpose on 4 October "
        "2018.", LETTER)
    d.p("The area has made sufficient progress in addressing two of the four significant weaknesses identified at the "
        "initial inspection. This letter outlines our findings from the revisit.", LETTER)
    d.p("The revisit was led by one of Her Majesty's Inspectors from Ofsted, Mr Desmond Attwater HMI, with a team of "
        "inspectors including a children's services inspector from the CQC, Ms Rhiannon Pell.", LETTER)
    d.person("Desmond Attwater", "Her Majesty's Inspector", "other")
    d.person("Rhiannon Pell", "children's services inspector, CQC", "other")
    d.p("Inspectors spoke with children and young people with special educational needs and/or disabilities (SEND), "
        "parents and carers, and local authority and National Health Service (NHS) officers. They looked at a range "
        "of information about the performance of the area, including the area's improvement plan and self-"
        "evaluation, and met with leaders for health, social care and education. Inspectors considered 412 "
        "responses to an online survey of parents and carers.", LETTER)
    d.p("<b>Main findings</b>", LETTER)
    sections = [
        ("The lack of a coherent strategy, shared by leaders across education, health and care, to improve outcomes for "
         "children and young people with SEND.", ["leadership-governance"],
         ["Leaders now share a clear, ambitious strategy. The SEND Improvement Board holds partners to account well, and "
          "its minutes show that difficult questions are asked and followed up. Self-evaluation is accurate.",
          "The area has made sufficient progress in addressing this significant weakness."]),
        ("The poor quality of EHC plans and the weak contribution made to them by health and social care "
         "professionals.", ["ehc-plans"],
         ["A new quality assurance framework has been introduced and most new plans are better written. However, "
          "older plans have not been reviewed and remain generic. Social care advice is still missing from too many "
          "plans, and parents told inspectors that annual reviews are often late or do not happen at all.",
          "The area has not made sufficient progress in addressing this significant weakness."]),
        ("The unacceptably long waiting times for assessment and diagnosis on the autism pathway.",
         ["health-services"],
         ["Additional clinics have reduced the number of children waiting more than a year, but the median wait for "
          "an assessment remains over 60 weeks. Families continue to feel that little support is available while "
          "they wait, and some have chosen to pay for private assessments on the mainland.",
          "The area has not made sufficient progress in addressing this significant weakness."]),
        ("The high rate of exclusion of pupils with SEND from the island's secondary schools.", ["inclusion-provision"],
         ["Leaders have worked effectively with headteachers. An inclusion charter, an outreach service from the "
          "special schools and a fair-access panel have reduced permanent exclusions of pupils with SEND to below "
          "the national average.",
          "The area has made sufficient progress in addressing this significant weakness."])]
    for heading, themes, paras in sections:
        d.weak(heading, themes, marker="", style=LETTER_B)
        for para in paras[:-1]:
            d.p(para, LETTER)
        d.p(f"<i>{paras[-1]}</i>", LETTER)
    d.p("As not all significant weaknesses have improved, it is for DfE and NHS England to determine the next steps. "
        "Ofsted and CQC will not carry out any further revisit unless directed to do so by the Secretary of State.",
        LETTER)
    d.p("Yours sincerely", LETTER)
    d.ruled([["Ofsted", "Care Quality Commission"],
             ["Lorraine Sedgefield-Orme<br/>Regional Director, South East", "Owen Prothero<br/>Deputy Chief Inspector, "
              "Primary Medical Services, Children Health and Justice"],
             ["Desmond Attwater<br/>HMI Lead Inspector", "Rhiannon Pell<br/>CQC Inspector"]],
            [7.7 * cm, 7.7 * cm], style=LETTER)
    d.person("Lorraine Sedgefield-Orme", "Regional Director, South East", "other")
    d.person("Owen Prothero", "Deputy Chief Inspector, Primary Medical Services, Children Health and Justice", "other")
    d.p("cc: Department for Education; Clinical commissioning group; Director Public Health for the area; Department "
        "of Health; NHS England", LETTER)
    d.add(PageBreak())
    d.p("<b>Annex to the report: context data prepared by officers</b>")
    d.p("The figures below were prepared by the Council's performance team to help the Committee consider the "
        "letter. They are not part of the inspectors' findings.")
    numbers_table(d, ["EHC plans issued within 20 weeks (%)", "Plans with social care advice (%)",
                      "Annual reviews held in time (%)", "Children waiting for autism assessment",
                      "Of whom waiting over 52 weeks", "Permanent exclusions, pupils with SEND",
                      "Suspensions, pupils with SEND", "Pupils with EHCP in mainstream (%)",
                      "Parents satisfied with SEND support (%)", "Complaints about SEND services",
                      "Tribunal appeals", "Young people 16-25 with EHCP in education or training (%)"],
                  ["Measure", "2018/19", "2019/20", "2020/21", "2021/22"], 5,
                  [6.8 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm])
    d.p("The Accelerated Progress Plan will be considered by the SEND Improvement Board on 16 June 2022 before "
        "submission. A further update on progress will be brought to the Committee in September 2022.")
    d.date("16 June 2022", "2022-06-16")
    return d


# ------------------------------------------------------------------------------------------------------------------
def hillingdon_progress_report() -> Doc:
    d = Doc("hillingdon/round49-2020-01-15-children-families-and-education-select-committee/"
            "SEND Written Statement of Action - progress update.pdf",
            {"council": "London Borough of Hillingdon", "council_slug": "hillingdon",
             "committee": "Children, Families and Education Select Committee", "meeting_date": "2020-01-15",
             "title": "SEND Written Statement of Action - Progress Update", "source_kind": "moderngov-document",
             "url": "https://modgov.hillingdon.gov.uk/documents/s41760/SEND%20WSoA%20progress%20update.pdf"},
            {"council": "London Borough of Hillingdon", "committee": "Children, Families and Education Select Committee",
             "date": "2020-01-15"},
            "Children, Families and Education Select Committee - 15 January 2020", "",
            "Part I - Members, Public and Press", page_label="Page {n}")
    d.date("15 January 2020", "2020-01-15")
    d.title("SEND WRITTEN STATEMENT OF ACTION - PROGRESS UPDATE")
    d.ruled([["Committee name", "Children, Families and Education Select Committee"],
             ["Officer reporting", "Priya Ramanathan-Lowe, Head of SEND and Inclusion, Residents Services"],
             ["Papers with report", "Appendix A - WSoA progress tracker (December 2019)"],
             ["Ward", "All"]], [4.5 * cm, 11 * cm], header_rows=0)
    d.date("December 2019", "2019-12")
    d.person("Priya Ramanathan-Lowe", "Head of SEND and Inclusion, Residents Services", "officer")
    d.h("HEADLINES")
    d.p("This report updates the Committee on the delivery of the Written Statement of Action (WSoA) agreed following "
        "the joint Ofsted and Care Quality Commission inspection of the Hillingdon local area. Of the 31 actions in "
        "the statement, 17 are complete, 11 are on track and 3 are behind schedule. The tracker at Appendix A gives the "
        "position of each action at the end of December 2019.")
    d.h("RECOMMENDATION:")
    d.p("That the Committee notes the progress made in delivering the Written Statement of Action, and identifies any "
        "areas on which it would like a more detailed report at a future meeting.")
    d.record_res(None, "That the Committee notes the progress made in delivering the Written Statement of Action, and "
                 "identifies any areas on which it would like a more detailed report at a future meeting.",
                 "recommendation")
    d.h("SUPPORTING INFORMATION")
    d.p("<b>The inspection and the Written Statement of Action</b>")
    d.p("1. Inspectors from Ofsted and the CQC visited the borough during the week of 3 December 2018 to judge how "
        "effectively the area had implemented the SEND reforms. The inspection letter, published on 1 February 2019, "
        "recognised a number of strengths but found four significant weaknesses. These are set out, in the wording "
        "of the letter, as the section headings of the tracker at Appendix A.")
    d.date("3 December 2018", "2018-12-03")
    d.date("1 February 2019", "2019-02-01")
    d.event("inspection", "2018-12-03", None, "Inspectors from Ofsted and the CQC visited the borough during the week "
            "of 3 December 2018")
    d.event("outcome-letter", "2019-02-01", None, "The inspection letter, published on 1 February 2019, recognised a "
            "number of strengths but found four significant weaknesses")
    d.p("2. The Council and Hillingdon Clinical Commissioning Group submitted the WSoA on 10 May 2019. Ofsted "
        "confirmed on 26 June 2019 that the statement was fit for purpose.")
    d.date("10 May 2019", "2019-05-10")
    d.date("26 June 2019", "2019-06-26")
    d.event("wsoa-submitted", "2019-05-10", None, "The Council and Hillingdon Clinical Commissioning Group submitted "
            "the WSoA on 10 May 2019")
    d.event("wsoa-approved", "2019-06-26", None, "Ofsted confirmed on 26 June 2019 that the statement was fit for "
            "purpose")
    d.p("3. Advisers from the Department for Education and NHS England met the SEND Improvement Board on 17 October "
        "2019 for the first formal review of progress. Their feedback letter noted 'a strong start' on governance "
        "and the local offer, and asked for sharper measures of impact on plan quality. The second review is "
        "planned for 23 April 2020. A revisit by Ofsted and the CQC is expected in the 2020/21 academic year.")
    d.date("17 October 2019", "2019-10-17")
    d.date("23 April 2020", "2020-04-23")
    d.event("monitoring", "2019-10-17", None, "Advisers from the Department for Education and NHS England met the SEND "
            "Improvement Board on 17 October 2019 for the first formal review of progress")
    d.event("monitoring", "2020-04-23", None, "The second review is planned for 23 April 2020")
    d.p("<b>Governance</b>")
    d.p("4. The SEND Improvement Board is chaired by Jasper Okafor-Reid, Corporate Director of Residents Services, and "
        "includes the CCG's Director of Quality, Hillingdon Parent Carer Forum and head teacher representatives. "
        "Councillor Hamish Selby-Durrant, Cabinet Member for Education and Children's Services, attends each "
        "meeting. The Board reports to the Health and Wellbeing Board twice a year.")
    d.person("Jasper Okafor-Reid", "Corporate Director of Residents Services", "officer")
    d.person("Hamish Selby-Durrant", "Cabinet Member for Education and Children's Services", "member")
    d.p("<b>Headline progress</b>")
    for text in [
            "The proportion of new EHC plans issued within 20 weeks rose from 41% in 2018 to 68% over the last six "
            "months.",
            "A redesigned Local Offer website went live on 2 September 2019, co-produced with young people from the "
            "'Hillingdon Young Voices' group.",
            "SEN support guidance and a graduated response toolkit have been issued to all schools, with training "
            "taken up by 58 of 69 primary schools.",
            "The joint commissioning strategy is behind schedule and will now go to the Health and Wellbeing Board "
            "in March 2020."]:
        d.p(f"&bull;&nbsp;&nbsp;{text}", BULLET)
    d.date("2 September 2019", "2019-09-02")
    d.date("March 2020", "2020-03")
    d.p("<b>Financial implications</b>")
    d.p("5. The WSoA is being delivered within existing resources, with the exception of two additional EHC "
        "coordinator posts funded from the High Needs Block for 2019/20.")
    d.p("<b>Legal implications</b>")
    d.p("6. There are no legal implications arising from the recommendation. Legal Services have reviewed the report.")
    d.p("<b>Background papers</b>")
    d.p("7. Joint local area SEND inspection in Hillingdon, Ofsted and CQC, 1 February 2019; Hillingdon SEND Written "
        "Statement of Action, May 2019.")
    d.date("May 2019", "2019-05")
    d.add(PageBreak())
    d.title("Appendix A - WSoA progress tracker (position at 31 December 2019)")
    d.date("31 December 2019", "2019-12-31")
    d.p("RAG: G - complete or on track; A - some slippage, recoverable; R - behind schedule, escalated to the SEND "
        "Improvement Board.")
    weaknesses = [
        ("The local area's strategic planning and joint commissioning arrangements are underdeveloped, and leaders do "
         "not use the information they hold well enough to plan services.", ["leadership-governance",
                                                                               "joint-commissioning"],
         [("1.1", "Agree a joint SEND strategy with the CCG", "Corporate Director", "Jul 2019", "G", "Complete; "
           "strategy adopted"),
          ("1.2", "Produce a joint strategic needs assessment chapter on SEND", "Public Health", "Oct 2019", "G",
           "Complete"),
          ("1.3", "Establish a joint commissioning group", "CCG Director of Quality", "Sep 2019", "G", "Meets monthly"),
          ("1.4", "Publish a joint commissioning strategy", "Head of Commissioning", "Dec 2019", "R",
           "Delayed; now March 2020"),
          ("1.5", "SEND data dashboard reported to the Board", "Head of Performance", "Nov 2019", "A",
           "First version in use")]),
        ("Parents' lack of confidence in the EHC needs assessment process and the variable quality of EHC plans.",
         ["ehc-plans", "co-production"],
         [("2.1", "Recruit two additional EHC coordinators", "Head of SEND", "Jun 2019", "G", "Complete"),
          ("2.2", "Introduce an EHC plan quality audit, audited monthly", "Head of SEND", "Sep 2019", "G",
           "Audits show 62% good or better"),
          ("2.3", "Health and social care advice templates and deadlines", "Designated Clinical Officer",
           "Oct 2019", "A", "Health advice on time in 79% of cases"),
          ("2.4", "Parent feedback survey after each plan is finalised", "Parent Carer Forum", "Jan 2020", "A",
           "Survey drafted"),
          ("2.5", "Annual review recovery plan", "Head of SEND", "Mar 2020", "R", "Backlog of 214 reviews")]),
        ("The local offer is not well understood or used by families, and does not give them the information they "
         "need.", ["local-offer"],
         [("3.1", "Redesign the Local Offer website with young people", "Head of Communications", "Sep 2019", "G",
           "Complete"),
          ("3.2", "Local Offer roadshows in each locality", "Parent Carer Forum", "Nov 2019", "G", "Six held"),
          ("3.3", "Annual 'You said, we did' report", "Head of SEND", "Jun 2020", "G", "On track")]),
        ("Weak identification of, and support for, children and young people who have SEN but do not have an EHC "
         "plan, particularly in mainstream secondary schools.", ["identification"],
         [("4.1", "Graduated response toolkit for schools", "Inclusion Team", "Sep 2019", "G", "Complete"),
          ("4.2", "SENCo network and training programme", "Inclusion Team", "Dec 2019", "G", "58 of 69 primaries"),
          ("4.3", "Secondary inclusion reviews", "Head of Inclusion", "Jul 2020", "A", "4 of 20 completed"),
          ("4.4", "Early years SEN inclusion fund review", "Early Years Lead", "Apr 2020", "G", "On track")])]
    rows = [["Ref", "Action", "Lead", "Due", "RAG", "Progress"]]
    spans = []
    for n, (text, themes, actions) in enumerate(weaknesses, 1):
        spans.append(len(rows))
        rows.append([f"<b>Significant weakness {n}:</b> {text}", "", "", "", "", ""])
        d.record_weak(text, themes)
        rows.extend([list(a) for a in actions])
    d.ruled(rows, [1.1 * cm, 4.8 * cm, 3.1 * cm, 2.1 * cm, 1.3 * cm, 3.8 * cm], spans=spans, shade=spans)
    for m, iso in [("Jul 2019", "2019-07"), ("Oct 2019", "2019-10"), ("Sep 2019", "2019-09"), ("Dec 2019", None),
                   ("Nov 2019", "2019-11"), ("Jun 2019", "2019-06"), ("Jan 2020", "2020-01"), ("Mar 2020", None),
                   ("Jun 2020", "2020-06"), ("Jul 2020", "2020-07"), ("Apr 2020", "2020-04")]:
        if iso:
            d.date(m, iso)
    d.p("Actions marked R have been escalated to the SEND Improvement Board, which will consider recovery plans at its "
        "meeting on 5 February 2020.")
    d.date("5 February 2020", "2020-02-05")
    d.h("Appendix B - Key performance indicators")
    numbers_table(d, ["New EHC plans within 20 weeks (%)", "EHC plans excluding exceptions within 20 weeks (%)",
                      "Health advice within 6 weeks (%)", "Social care advice within 6 weeks (%)",
                      "Plans audited as good or better (%)", "Annual reviews overdue", "Requests for assessment",
                      "Refusals to assess (%)", "Tribunal appeals", "Local Offer visits (thousands)",
                      "SEN support pupils, primary (%)", "SEN support pupils, secondary (%)",
                      "Fixed-term exclusions, SEN support pupils", "Permanent exclusions, pupils with SEND"],
                  ["Indicator", "Q1 2019/20", "Q2 2019/20", "Q3 2019/20", "Target"], 8,
                  [7 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 2 * cm])
    d.h("Appendix C - What families and young people told us")
    d.p("The Hillingdon Parent Carer Forum gathered the views below at its locality coffee mornings in the autumn "
        "term. They are reported in the forum's words and have been shared with the SEND Improvement Board.")
    for text in [
            "Parents who applied for an assessment this year said communication from the SEND team was quicker and "
            "that they knew who their EHC coordinator was.",
            "Several parents still did not receive draft plans in time to comment before the final plan was issued.",
            "Young people liked the new Local Offer website but wanted more about clubs and activities in the "
            "holidays.",
            "Parents of secondary-age pupils with SEN support said that support varied greatly between schools.",
            "Families waiting for autism assessment said they did not know what help was available in the meantime.",
            "Head teachers welcomed the SENCo network but asked for more places on the training programme."]:
        d.p(f"&bull;&nbsp;&nbsp;{text}", BULLET)
    d.p("The quality assurance of EHC plans is summarised in the table below, which shows the grades given in the "
        "monthly audit by section of the plan.")
    rows = [["Section of plan", "Outstanding", "Good", "Requires improvement", "Inadequate", "Plans audited"]]
    for i, sec in enumerate(["A - Views, interests and aspirations", "B - Special educational needs",
                             "C - Health needs", "D - Social care needs", "E - Outcomes", "F - Special educational "
                             "provision", "G - Health provision", "H - Social care provision",
                             "I - Placement", "K - Advice and information"]):
        a, b, c = (i * 3) % 7, 10 + (i * 7) % 15, 5 + (i * 5) % 9
        rows.append([sec, str(a), str(b), str(c), str((i * 2) % 5), str(a + b + c + (i * 2) % 5)])
    d.ruled(rows, [5.4 * cm, 2 * cm, 1.6 * cm, 2.8 * cm, 2 * cm, 2.4 * cm])
    d.p("Members may wish to explore the quality of social care contributions (sections D and H), which remain the "
        "weakest sections of plans.")
    d.p("Report author: Priya Ramanathan-Lowe, Head of SEND and Inclusion. Email: pramanathan-lowe@hillingdon.gov.uk. "
        "Tel: 01895 556612.", SMALL)
    d.people[0]["email"] = "pramanathan-lowe@hillingdon.gov.uk"
    d.people[0]["phone"] = "01895 556612"
    return d


# ------------------------------------------------------------------------------------------------------------------
def hammersmith_fulham_pap() -> Doc:
    d = Doc("hammersmith-and-fulham/round49-2025-03-19-health-and-wellbeing-board/"
            "Appendix B - SEND Priority Action Plan.pdf",
            {"council": "London Borough of Hammersmith & Fulham", "council_slug": "hammersmith-and-fulham",
             "committee": "Health and Wellbeing Board", "meeting_date": "2025-03-19",
             "title": "Appendix B - Local Area Partnership SEND Priority Action Plan",
             "source_kind": "moderngov-document",
             "url": "https://democracy.lbhf.gov.uk/documents/s128870/Appendix%20B%20-%20SEND%20Priority%20Action%20Plan.pdf"},
            {"council": "London Borough of Hammersmith & Fulham", "committee": "Health and Wellbeing Board",
             "date": "2025-03-19"},
            "Hammersmith & Fulham Local Area Partnership", "SEND Priority Action Plan | Final v1.0",
            "OFFICIAL", page_label="{n}")
    d.title("Hammersmith &amp; Fulham Local Area Partnership")
    d.title("Special Educational Needs and Disabilities: Priority Action Plan")
    d.p("Our response to the Ofsted and CQC area SEND inspection report")
    d.ruled([["Document owner", "SEND Partnership Board"],
             ["Version", "Final v1.0"],
             ["Approved by", "Cabinet Member for Children and Education; NHS North West London ICB Borough Director"],
             ["Submitted to Ofsted", "26 February 2025"],
             ["Next review", "June 2025"]], [4.5 * cm, 11 * cm], header_rows=0)
    d.date("26 February 2025", "2025-02-26")
    d.date("June 2025", "2025-06")
    d.event("progress-plan", "2025-02-26", None, "Submitted to Ofsted 26 February 2025")
    d.h("Contents")
    d.ruled([["1", "Foreword", "2"], ["2", "What the inspection found", "2"], ["3", "Our priority actions", "3"],
             ["4", "How we will know we are making a difference", "6"], ["5", "Governance and monitoring", "6"],
             ["6", "Glossary", "7"]], [1 * cm, 12 * cm, 2 * cm], header_rows=0)
    d.h("1. Foreword")
    d.p("We were disappointed, but not surprised, by the findings of the inspection. Families have told us for some "
        "time that they wait too long and that they have to fight for support. Inspectors saw the dedication of our "
        "schools, settings and health practitioners, and the strength of our work with young people preparing for "
        "adulthood; but they also found that our systems let too many families down. This plan sets out what we "
        "will do, together, to put that right.")
    d.ruled([["Councillor Marisol Fenwick-Adeyemi", "Sunita Halvorsen", "Tobias Ekwueme-Grant"],
             ["Cabinet Member for Children and Education", "Strategic Director of Children's Services",
              "Borough Director, NHS North West London Integrated Care Board"]],
            [5.1 * cm, 5.1 * cm, 5.3 * cm], header_rows=0)
    d.person("Marisol Fenwick-Adeyemi", "Cabinet Member for Children and Education", "member")
    d.person("Sunita Halvorsen", "Strategic Director of Children's Services", "officer")
    d.person("Tobias Ekwueme-Grant", "Borough Director, NHS North West London Integrated Care Board", "officer")
    d.p("We are grateful to Hammersmith &amp; Fulham Parent Carer Forum, and to its co-chair Roisin Delahunty, for "
        "shaping the plan with us.")
    d.person("Roisin Delahunty", "co-chair, Hammersmith & Fulham Parent Carer Forum", "other")
    d.h("2. What the inspection found")
    d.p("Ofsted and the Care Quality Commission inspected the local area partnership between 18 November and 22 "
        "November 2024 under the area SEND inspection framework introduced in 2023. The report was published on 17 "
        "January 2025. The inspection outcome was that there are widespread and/or systemic failings leading to "
        "significant concerns about the experiences and outcomes of children and young people with SEND, which the "
        "local area partnership must address urgently.")
    d.date("between 18 November and 22 November 2024", "2024-11-18", "2024-11-22")
    d.date("17 January 2025", "2025-01-17")
    d.event("inspection", "2024-11-18", "2024-11-22", "Ofsted and the Care Quality Commission inspected the local area "
            "partnership between 18 November and 22 November 2024")
    d.event("outcome-letter", "2025-01-17", None, "The report was published on 17 January 2025")
    d.p("The previous local area inspection, under the 2016 framework, took place from 5 to 9 June 2017 and did not "
        "require a Written Statement of Action.")
    d.date("from 5 to 9 June 2017", "2017-06-05", "2017-06-09")
    d.event("inspection", "2017-06-05", "2017-06-09", "The previous local area inspection, under the 2016 framework, "
            "took place from 5 to 9 June 2017")
    d.p("The report sets out two areas for priority action, which this plan addresses. They are reproduced below as "
        "they appear in the report.")
    for n, text, themes in [
            (1, "Leaders across the partnership must act quickly to make sure that the EHC needs assessment process "
                "is timely and that plans are reviewed when children's needs change, so that children and young "
                "people receive the right support at the right time.", ["ehc-plans"]),
            (2, "Leaders in the ICB and the local authority must reduce the time that children and young people wait "
                "for neurodevelopmental assessments and therapy, and put in place effective support for them and "
                "their families while they wait.", ["health-services"])]:
        d.ruled([[f"<b>Area for priority action {n}</b>", text]], [4 * cm, 11.5 * cm], header_rows=0)
        d.record_weak(text, themes)
        d.space(6)
    d.p("The report also identifies three areas for improvement. These are not part of this plan; we will address "
        "them through our refreshed SEND and Inclusion Strategy and report on them to the SEND Partnership Board:")
    for label, text, themes in [
            ("(i)", "leaders should strengthen the way they gather and use the views of children, young people and "
                    "families to shape services", ["co-production"]),
            ("(ii)", "leaders should make sure that the local offer is accurate, up to date and easy for families to "
                     "use", ["local-offer"]),
            ("(iii)", "leaders should improve the oversight of children and young people in alternative provision and "
                      "on part-time timetables", ["data-oversight", "inclusion-provision"])]:
        d.weak(text, themes, marker=label, style=INDENT)
    d.h("3. Our priority actions")
    d.p("Each action has a named lead, a completion date and the difference we expect it to make. Progress is rated "
        "at each meeting of the SEND Partnership Board.")
    for heading, acts in [
            ("Priority action 1 - timely, good-quality EHC needs assessments and reviews", [
                ("1.1", "Clear the backlog of assessments over 20 weeks", "Head of SEN Service", "31 May 2025"),
                ("1.2", "Recruit four EHC coordinators and two educational psychologists", "Head of SEN Service",
                 "30 April 2025"),
                ("1.3", "Introduce a weekly assessment tracking meeting with health and social care",
                 "Head of SEN Service", "31 March 2025"),
                ("1.4", "Launch an emergency review route when a child's needs change", "Head of SEN Service",
                 "30 June 2025"),
                ("1.5", "Monthly audit of new plans with parent carer forum participation", "Principal EP",
                 "30 April 2025"),
                ("1.6", "Publish monthly timeliness data on the local offer", "Head of Performance",
                 "31 March 2025")]),
            ("Priority action 2 - waiting times for assessment and therapy", [
                ("2.1", "Commission additional autism and ADHD assessment capacity", "ICB Head of Children's "
                 "Commissioning", "30 June 2025"),
                ("2.2", "Validate every waiting list and contact each family", "Community Services Director",
                 "31 March 2025"),
                ("2.3", "Offer 'waiting well' workshops and a named contact", "Designated Clinical Officer",
                 "30 April 2025"),
                ("2.4", "Extend speech and language therapy in early years settings", "ICB Head of Children's "
                 "Commissioning", "30 September 2025"),
                ("2.5", "Agree a neurodevelopmental pathway with schools", "Designated Clinical Officer",
                 "31 July 2025")])]:
        d.h(heading)
        rows = [["Ref", "What we will do", "Lead", "By", "Impact measure"]]
        for ref, act, lead, by in acts:
            rows.append([ref, act, lead, by, "Reported monthly to the SEND Partnership Board"])
        d.ruled(rows, [1.2 * cm, 4.9 * cm, 3.2 * cm, 3.3 * cm, 3.6 * cm])
    for t, iso in [("31 May 2025", "2025-05-31"), ("30 April 2025", "2025-04-30"), ("31 March 2025", "2025-03-31"),
                   ("30 June 2025", "2025-06-30"), ("30 September 2025", "2025-09-30"), ("31 July 2025", "2025-07-31")]:
        d.date(t, iso)
    d.h("4. How we will know we are making a difference")
    rows = [["Measure", "Baseline<br/>Dec 2024", "Target<br/>Sep 2025", "Target<br/>Mar 2026"]]
    for i, m in enumerate(["New EHC plans issued within 20 weeks (%)", "Assessments open over 20 weeks",
                           "Annual reviews completed within timescale (%)", "Children waiting over 52 weeks for autism "
                           "assessment", "Children waiting over 18 weeks for SALT", "Parents who feel listened to (%)",
                           "Families offered a named contact while waiting (%)"]):
        rows.append([m, str(10 + (i * 29) % 80), str(30 + (i * 17) % 60), str(50 + (i * 11) % 45)])
    d.ruled(rows, [7.6 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm])
    d.date("Dec 2024", "2024-12")
    d.date("Sep 2025", "2025-09")
    d.date("Mar 2026", "2026-03")
    d.h("5. Governance and monitoring")
    d.p("The SEND Partnership Board, chaired by the Strategic Director of Children's Services, oversees this plan. It "
        "reports to the Health and Wellbeing Board and to the ICB's Borough Based Partnership. The Department for "
        "Education and NHS England will review progress at monitoring meetings, the first on 8 May 2025, and Ofsted "
        "and CQC may carry out a monitoring inspection. Progress will also be reported to the Children and Education "
        "Policy and Accountability Committee on 30 June 2025.")
    d.date("8 May 2025", "2025-05-08")
    d.event("monitoring", "2025-05-08", None, "The Department for Education and NHS England will review progress at "
            "monitoring meetings, the first on 8 May 2025")
    d.p("Plan contact: Bartholomew Nze, SEND Improvement Programme Manager, "
        "bartholomew.nze@lbhf.gov.uk")
    d.person("Bartholomew Nze", "SEND Improvement Programme Manager", "officer", "bartholomew.nze@lbhf.gov.uk")
    d.h("Delivery timeline")
    d.p("The milestones below are those the SEND Partnership Board will use to judge whether the plan is on track.")
    d.ruled([["Milestone", "When"],
             ["Plan submitted to Ofsted", "26 February 2025"],
             ["Assessment tracking meeting in place; monthly timeliness data published", "March 2025"],
             ["Additional EHC coordinators and educational psychologists in post", "April 2025"],
             ["First DfE and NHS England monitoring meeting", "8 May 2025"],
             ["Backlog of assessments over 20 weeks cleared", "May 2025"],
             ["Emergency review route and additional assessment capacity live", "June 2025"],
             ["Neurodevelopmental pathway agreed with schools", "July 2025"],
             ["Early years speech and language therapy extended", "September 2025"],
             ["Annual report to the Health and Wellbeing Board", "March 2026"]], [11.5 * cm, 4 * cm])
    d.date("March 2025", "2025-03")
    d.date("April 2025", "2025-04")
    d.date("May 2025", "2025-05")
    d.date("July 2025", "2025-07")
    d.h("Risks to delivery")
    rows = [["Risk", "Likelihood", "Impact", "Mitigation", "Owner"]]
    for risk, mit in [("Recruitment of educational psychologists and therapists", "Agency cover; regional workforce "
                       "scheme"), ("Demand for assessment continues to rise", "Early support through SEN support "
                       "funding"), ("ICB financial position limits new commissioning", "Joint funding agreed through "
                       "section 75"), ("Data systems do not give timely information", "Interim manual tracker"),
                      ("Families lose confidence if progress is slow", "Monthly updates co-written with the PCF")]:
        rows.append([risk, "High" if "Recruit" in risk or "Demand" in risk else "Medium", "High", mit,
                     "SEND Partnership Board"])
    d.ruled(rows, [4.6 * cm, 2 * cm, 1.6 * cm, 4.8 * cm, 3 * cm])
    d.h("What children, young people and families told us")
    for text in ["\"I waited two years for my son's assessment and nobody called me once.\" (parent)",
                 "\"My plan was written about someone younger. It doesn't say what I want to do after college.\" "
                 "(young person, 17)",
                 "\"The speech therapist in nursery made a huge difference - we need more of that.\" (parent)",
                 "\"Tell us what is happening, even when the answer is that we have to wait.\" (parent carer forum "
                 "member)"]:
        d.p(f"&bull;&nbsp;&nbsp;{text}", BULLET)
    d.h("6. Glossary")
    rows = [["Term", "Meaning"]]
    for term, meaning in [("ADHD", "Attention deficit hyperactivity disorder"), ("AP", "Alternative provision"),
                          ("CQC", "Care Quality Commission"), ("DCO", "Designated Clinical Officer"),
                          ("EHC plan", "Education, health and care plan"), ("EP", "Educational psychologist"),
                          ("ICB", "Integrated care board"), ("LAP", "Local area partnership"),
                          ("PCF", "Parent carer forum"), ("SALT", "Speech and language therapy"),
                          ("SEN", "Special educational needs"), ("SENCo", "Special educational needs co-ordinator"),
                          ("SEND", "Special educational needs and disabilities")]:
        rows.append([term, meaning])
    d.ruled(rows, [3.5 * cm, 12 * cm])
    d.add(PageBreak())
    d.h("Annex - Baseline data used in setting targets")
    d.p("The figures below describe the position when the plan was written. They are drawn from the local "
        "authority's case management system and from the community health trust's waiting list reports, and will "
        "be refreshed for each meeting of the SEND Partnership Board.")
    numbers_table(d, ["Requests for EHC needs assessment (rolling 12 months)", "Decisions to assess within 6 weeks (%)",
                      "Assessments open", "Of which open over 20 weeks", "New plans issued (rolling 12 months)",
                      "Plans issued within 20 weeks (%)", "Annual reviews due", "Annual reviews overdue",
                      "Amended plans issued within 4 weeks of review (%)", "Children and young people with an EHC plan",
                      "Mediation requests", "Tribunal appeals registered"],
                  ["Education, health and care", "North locality", "Central locality", "South locality", "Borough"], 4,
                  [6.7 * cm, 2.3 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm])
    d.space(8)
    numbers_table(d, ["Autism assessment, under 5s", "Autism assessment, 5 to 11", "Autism assessment, 12 to 18",
                      "ADHD assessment, 5 to 11", "ADHD assessment, 12 to 18", "Speech and language therapy, early years",
                      "Speech and language therapy, school age", "Occupational therapy", "Physiotherapy",
                      "Community paediatrics (new referrals)", "CAMHS (assessment to treatment)"],
                  ["Health pathway", "Waiting (number)", "Median wait (weeks)", "Over 52 weeks", "Over 104 weeks"], 6,
                  [6.7 * cm, 2.3 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm])
    d.p("Waiting times are measured from the date of referral to the first assessment appointment. Figures for "
        "small numbers are shown but should be interpreted with care.", SMALL)
    return d


# ------------------------------------------------------------------------------------------------------------------
def lancashire_cabinet_pack() -> Doc:
    d = Doc("lancashire/round49-2026-01-08-cabinet/Agenda reports pack 8 January 2026.pdf",
            {"council": "Lancashire County Council", "council_slug": "lancashire", "committee": "Cabinet",
             "meeting_date": "2026-01-08", "title": "Agenda reports pack", "source_kind": "moderngov-document",
             "url": "http://council.lancashire.gov.uk/documents/g14388/Public%20reports%20pack%2008th-Jan-2026%2014.00"
                    "%20Cabinet.pdf"},
            {"council": "Lancashire County Council", "committee": "Cabinet", "date": "2026-01-08"},
            "Cabinet - Thursday, 8 January 2026", "Lancashire County Council", "Public Document Pack",
            page_label="Page {n}")
    d.date("Thursday, 8 January 2026", "2026-01-08")
    d.title("Cabinet")
    d.p("<b>Meeting to be held on Thursday, 8 January 2026 at 2.00 pm in Committee Room 'B' - The Diamond Jubilee "
        "Room, County Hall, Preston</b>")
    d.p("<b>Membership</b>")
    d.ruled([["County Councillor Stephen Atherton-Dale (Chair)", "Leader of the Council"],
             ["County Councillor Nicola Ormerod (Vice-Chair)", "Deputy Leader; Cabinet Member for Resources"],
             ["County Councillor Wasim Hafiz-Royle", "Cabinet Member for Education and Skills"],
             ["County Councillor Deborah Kershaw", "Cabinet Member for Children and Families"],
             ["County Councillor Peter Lyth-Bamber", "Cabinet Member for Adult Social Care"],
             ["County Councillor Imelda Rourke", "Cabinet Member for Highways and Transport"]],
            [7.8 * cm, 7.7 * cm], header_rows=0)
    d.person("Stephen Atherton-Dale", "Leader of the Council", "member")
    d.person("Nicola Ormerod", "Deputy Leader; Cabinet Member for Resources", "member")
    d.person("Wasim Hafiz-Royle", "Cabinet Member for Education and Skills", "member")
    d.person("Deborah Kershaw", "Cabinet Member for Children and Families", "member")
    d.person("Peter Lyth-Bamber", "Cabinet Member for Adult Social Care", "member")
    d.person("Imelda Rourke", "Cabinet Member for Highways and Transport", "member")
    d.p("Enquiries: Josie Hartigan, Democratic Services Officer, 01772 530881, josie.hartigan@lancashire.gov.uk")
    d.person("Josie Hartigan", "Democratic Services Officer", "officer", "josie.hartigan@lancashire.gov.uk",
             "01772 530881")
    d.h("Agenda")
    d.ruled([["No.", "Item", "Pages"],
             ["1.", "Apologies for Absence", ""],
             ["2.", "Disclosure of Pecuniary and Non-Pecuniary Interests", ""],
             ["3.", "Minutes of the Meeting held on 4 December 2025", "1 - 3"],
             ["4.", "Questions for Cabinet", ""],
             ["5.", "Area SEND Inspection: Outcome and Strategic Plan Update", "5 - 9"],
             ["6.", "Home to School Transport Policy 2026/27", "11 - 14"],
             ["7.", "Urgent Business", ""],
             ["8.", "Date of Next Meeting - Thursday, 5 February 2026", ""]],
            [1.2 * cm, 11.8 * cm, 2.5 * cm])
    d.date("4 December 2025", "2025-12-04")
    d.date("Thursday, 5 February 2026", "2026-02-05")
    d.p("Christopher Hayes-Whitlock<br/>Director of Law and Governance<br/>County Hall, Preston")
    d.person("Christopher Hayes-Whitlock", "Director of Law and Governance", "officer")
    d.add(PageBreak())
    d.p("<b>Minutes of the Meeting of the Cabinet held on Thursday, 4 December 2025 at 2.00 pm in Committee Room 'B' - "
        "The Diamond Jubilee Room, County Hall, Preston</b>")
    d.p("<b>Present:</b> County Councillor Stephen Atherton-Dale (Chair); County Councillors N Ormerod, W Hafiz-Royle, "
        "D Kershaw, P Lyth-Bamber and I Rourke.")
    d.p("<b>Also present:</b> County Councillor Tessa Glynn-Morley, Leader of the Opposition.")
    d.person("Tessa Glynn-Morley", "Leader of the Opposition", "member")
    d.p("<b>1. Apologies for Absence</b>")
    d.p("None.")
    d.p("<b>2. Disclosure of Pecuniary and Non-Pecuniary Interests</b>")
    d.p("None.")
    d.p("<b>3. Minutes of the Meeting held on 6 November 2025</b>")
    d.date("6 November 2025", "2025-11-06")
    d.p("<b>Resolved:</b> That the minutes of the meeting held on 6 November 2025 be confirmed as a correct record and "
        "signed by the Chair.")
    d.record_res(None, "That the minutes of the meeting held on 6 November 2025 be confirmed as a correct record and "
                 "signed by the Chair.", "resolution")
    d.p("<b>4. Medium Term Financial Strategy Update</b>")
    d.p("Cabinet considered a report on the updated medium term financial strategy, which forecast a funding gap of "
        "£63.4m over three years, and noted the pressures on children's social care placements and on SEND home to "
        "school transport.")
    d.p("<b>Resolved:</b> That Cabinet:")
    for label, text in [
            ("(i)", "Noted the revised forecast funding gap and the assumptions on which it was based."),
            ("(ii)", "Approved the savings proposals set out at Appendix 'A' for consultation."),
            ("(iii)", "Agreed that the final budget proposals be presented to Cabinet on 5 February 2026.")]:
        d.res(label, text, "resolution")
    d.p("<b>5. Lancashire Local Nature Recovery Strategy</b>")
    d.p("<b>Resolved:</b> That the draft Lancashire Local Nature Recovery Strategy be approved for publication, subject "
        "to any minor amendments agreed by the Cabinet Member for Highways and Transport.")
    d.record_res(None, "That the draft Lancashire Local Nature Recovery Strategy be approved for publication, subject "
                 "to any minor amendments agreed by the Cabinet Member for Highways and Transport.", "resolution")
    d.p("Chair ................................................")
    d.add(PageBreak())
    d.p("<b>Report to the Cabinet</b><br/>Meeting to be held on Thursday, 8 January 2026")
    d.p("<b>Report of the Executive Director of Education and Children's Services</b>")
    d.ruled([["Part I", "Electoral Division affected: (All Divisions);"],
             ["Corporate Priorities: Delivering better services; Protecting our environment",
              "Key decision: No"]], [7.8 * cm, 7.7 * cm], header_rows=0)
    d.title("Area SEND Inspection: Outcome and Strategic Plan Update")
    d.p("Contact for further information: Harriet Mossop-Vance, Tel: 01772 536104, Head of SEND Improvement, "
        "harriet.mossop-vance@lancashire.gov.uk")
    d.person("Harriet Mossop-Vance", "Head of SEND Improvement", "officer", "harriet.mossop-vance@lancashire.gov.uk",
             "01772 536104")
    d.h("Brief Summary")
    d.p("Ofsted and the Care Quality Commission carried out an area SEND inspection of the Lancashire local area "
        "partnership from 6 to 10 October 2025. The report, published on 21 November 2025, concludes that the "
        "partnership's arrangements lead to inconsistent experiences and outcomes for children and young people "
        "with special educational needs and/or disabilities, and that the partnership must work jointly to make "
        "improvements. This report sets out the findings and the proposed update to the SEND Strategic Plan.")
    d.date("from 6 to 10 October 2025", "2025-10-06", "2025-10-10")
    d.date("21 November 2025", "2025-11-21")
    d.event("inspection", "2025-10-06", "2025-10-10", "Ofsted and the Care Quality Commission carried out an area SEND "
            "inspection of the Lancashire local area partnership from 6 to 10 October 2025")
    d.event("outcome-letter", "2025-11-21", None, "The report, published on 21 November 2025, concludes that the "
            "partnership's arrangements lead to inconsistent experiences and outcomes")
    d.h("Recommendation")
    d.p("Cabinet is asked to:")
    for label, text in [
            ("(i)", "Note the outcome of the area SEND inspection set out in the report at Appendix 'A'."),
            ("(ii)", "Endorse the updated SEND Strategic Plan at Appendix 'B' for publication by the partnership."),
            ("(iii)", "Note that a progress report will be presented to the Education and Children's Services "
                      "Scrutiny Committee in the spring.")]:
        d.res(label, text, "recommendation")
    d.h("Detail")
    d.num("1.", "The partnership was last inspected in November 2017 under the previous framework. That inspection "
          "led to a Written Statement of Action and, after the revisit of September 2021, an Accelerated Progress "
          "Plan; formal monitoring ended in September 2023 when the Department for Education confirmed that "
          "sufficient progress had been made.")
    d.date("November 2017", "2017-11")
    d.date("September 2021", "2021-09")
    d.date("September 2023", "2023-09")
    d.event("inspection", "2017-11", None, "The partnership was last inspected in November 2017 under the previous "
            "framework")
    d.event("revisit", "2021-09", None, "after the revisit of September 2021")
    d.num("2.", "Inspectors found that most children with SEND in the early years are identified quickly, that "
          "special schools and resourced provisions are highly regarded, and that young people in post-16 education "
          "are well supported into supported internships and employment. The Lancashire Parent Carer Forum was "
          "described as an effective strategic partner.")
    d.num("3.", "The report identifies four areas for improvement. In the report's words:")
    for label, text, themes in [
            ("3.1", "Leaders across the partnership should improve the consistency of support for children and young "
                    "people at SEN support in mainstream schools, so that needs are met before they escalate.",
             ["identification", "inclusion-provision"]),
            ("3.2", "Leaders should ensure that EHC plans are updated promptly after annual reviews and that the "
                    "outcomes in plans are specific and measurable.", ["ehc-plans"]),
            ("3.3", "Health leaders should reduce the variation in waiting times for neurodevelopmental assessments "
                    "between the north, central and east Lancashire localities.", ["health-services"]),
            ("3.4", "Leaders should strengthen their oversight of the quality of alternative provision commissioned "
                    "by schools and the local authority.", ["data-oversight"])]:
        d.weak(text, themes, marker=label, style=NUM_PARA)
    d.num("4.", "As the inspection outcome is the middle of the three, no priority action plan is required. The "
          "partnership must instead update and publish its strategic plan. The updated plan will be published by "
          "30 January 2026, and the next full inspection is expected within approximately three years.")
    d.date("30 January 2026", "2026-01-30")
    d.event("progress-plan", "2026-01-30", None, "The updated plan will be published by 30 January 2026")
    d.num("5.", "The updated plan was endorsed by the SEND Partnership Board on 15 December 2025, chaired by Dr Olufemi "
          "Stansfield-Ike, Director of Nursing, NHS Lancashire and South Cumbria Integrated Care Board.")
    d.date("15 December 2025", "2025-12-15")
    d.event("progress-plan", "2025-12-15", None, "The updated plan was endorsed by the SEND Partnership Board on 15 "
            "December 2025")
    d.person("Olufemi Stansfield-Ike", "Director of Nursing, NHS Lancashire and South Cumbria Integrated Care Board",
             "officer")
    d.h("Consultations")
    d.p("The Lancashire Parent Carer Forum, schools' forums, the Integrated Care Board and the Education and "
        "Children's Services Scrutiny Committee have been consulted on the plan.")
    d.h("Implications")
    d.p("<b>Risk management:</b> failure to address the areas for improvement could lead to a less favourable outcome "
        "at the next inspection. <b>Financial:</b> the plan is delivered within existing resources. <b>Legal:</b> "
        "no significant implications.")
    d.h("Local Government (Access to Information) Act 1985 - List of Background Papers")
    d.ruled([["Paper", "Date", "Contact / Tel"],
             ["Area SEND inspection of Lancashire local area partnership", "21/11/2025",
              "Harriet Mossop-Vance / 01772 536104"]], [8 * cm, 3 * cm, 4.5 * cm])
    d.add(PageBreak())
    d.p("<b>Report to the Cabinet</b><br/>Meeting to be held on Thursday, 8 January 2026")
    d.p("<b>Report of the Director of Highways and Transport</b>")
    d.title("Home to School Transport Policy 2026/27")
    d.p("Contact for further information: Declan Fairhurst-Oyelaran, Tel: 01772 532290, Head of Travel Care")
    d.person("Declan Fairhurst-Oyelaran", "Head of Travel Care", "officer", None, "01772 532290")
    d.h("Brief Summary")
    d.p("The Council must publish its home to school transport policy each year. The report seeks approval of the "
        "policy for 2026/27 following a consultation which ran from 8 September 2025 to 20 October 2025, and which "
        "received 1,412 responses.")
    d.date("from 8 September 2025 to 20 October 2025", "2025-09-08", "2025-10-20")
    d.h("Recommendation")
    d.p("Cabinet is asked to:")
    for label, text in [
            ("(i)", "Approve the Home to School Transport Policy 2026/27 at Appendix 'A'."),
            ("(ii)", "Approve the Post-16 Transport Policy Statement 2026/27 for publication by 31 May 2026.")]:
        d.res(label, text, "recommendation")
    d.date("31 May 2026", "2026-05-31")
    d.h("Detail")
    d.p("Spending on home to school transport has risen sharply, driven by the number of children and young people "
        "with EHC plans travelling to specialist provision. The table sets out the position by district.")
    numbers_table(d, ["Burnley", "Chorley", "Fylde", "Hyndburn", "Lancaster", "Pendle", "Preston", "Ribble Valley",
                      "Rossendale", "South Ribble", "West Lancashire", "Wyre"],
                  ["District", "Mainstream pupils", "Pupils with SEND", "Post-16 SEND", "Personal travel budgets"],
                  9, [4 * cm, 3 * cm, 3 * cm, 3 * cm, 3 * cm])
    d.p("The main changes proposed are the introduction of independent travel training for post-16 learners with SEND, "
        "greater use of personal travel budgets and the clarification of the policy on travel to the nearest "
        "suitable school.")
    d.h("Consultations")
    d.p("Parents, schools, colleges and the Lancashire Parent Carer Forum were consulted. The main concerns raised "
        "related to the safety of independent travel and the timing of decisions for post-16 learners.")
    return d


DOCUMENTS = [lancashire_minutes, hull_cabinet_report, isle_of_wight_revisit, hillingdon_progress_report,
             hammersmith_fulham_pap, lancashire_cabinet_pack]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
