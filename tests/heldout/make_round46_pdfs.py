"""Write the long printed documents of the held-out round 46 (reportlab), and their gold.

Round 46 is a blind batch of LONG PDFs (6 to 9 pages), written with their gold before any extractor ran on them:
a Cabinet's printed minutes book recording a 2016-framework re-visit and its Accelerated Progress Plan (Kirklees);
a Health and Wellbeing Board agenda pack whose item is a 2023-framework outcome 3 inspection and its priority
action plan, with an appendix table broken across pages (Calderdale); a scrutiny report on an Improvement Notice
(Walsall); a partnership board's minutes and action log on a 2023-framework outcome 2 (Tameside); a standalone
Written Statement of Action (Rochdale); and a 2023-framework outcome 1 letter (Waltham Forest). Invented text,
fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round46_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("46", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
MINUTE, NUM_PARA, ROMAN = S.minute, S.num_para, S.roman


class Doc(LongDoc):
    """A round 46 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#DCE6F1", "#EDEDED", "#EDEDED")


def budget_table(d: Doc, seed: int):
    """An invented revenue monitoring table (no dates, no people)."""
    rows = [["Directorate / service", "Revised budget £000", "Forecast outturn £000", "Variance £000", "RAG"]]
    for i, name in enumerate(["Children's Social Care", "Learning and Early Support", "High Needs (DSG)",
                              "Home to School Transport", "Adults and Health", "Public Health",
                              "Environment and Climate Change", "Highways and Streetscene", "Culture and Visitor Economy",
                              "Housing (General Fund)", "Corporate Strategy and Commissioning", "Finance and Transformation",
                              "Legal, Governance and Commissioning", "Central budgets", "Treasury management",
                              "Contingencies and reserves"]):
        budget = 4000 + (i * 3719 + seed * 17) % 61000
        var = ((i * 137 + seed) % 900) - 300
        rows.append([name, f"{budget:,}", f"{budget + var:,}", f"{var:+,}", "Red" if var > 300 else
                     ("Amber" if var > 0 else "Green")])
    d.ruled(rows, [6 * cm, 2.6 * cm, 2.8 * cm, 2.4 * cm, 1.8 * cm])


# ------------------------------------------------------------------------------------------------------------------
def kirklees_minutes() -> Doc:
    d = Doc("kirklees/round46-2022-06-14-cabinet/Cabinet minutes 14 June 2022.pdf",
            {"council": "Kirklees Council", "council_slug": "kirklees", "committee": "Cabinet",
             "meeting_date": "2022-07-12", "title": "Minutes of Previous Meeting", "source_kind": "moderngov-document",
             "url": "https://democracy.kirklees.gov.uk/documents/g6904/Printed%20minutes%2014th-Jun-2022%2015.30%20Cabinet.pdf"},
            {"council": "Kirklees Council", "committee": "Cabinet", "date": "2022-06-14"},
            "Cabinet - Tuesday 14 June 2022", "Kirklees Council",
            "Minutes subject to confirmation at the next meeting", page_label="- {n} -")
    d.title("KIRKLEES COUNCIL")
    d.p("<b>CABINET</b>")
    d.p("<b>Tuesday 14th June 2022</b>")
    d.date("Tuesday 14th June 2022", "2022-06-14")
    d.p("Present: Councillor Naseem Akhtar-Lowe (Chair), Councillor Paul Dransfield, Councillor Ruth Haigh-Marsden, "
        "Councillor Tariq Mahmood-Shaw, Councillor Eileen Crowther, Councillor Graham Lodge, Councillor Yasmin Qadir "
        "and Councillor Martin Sugden")
    d.p("In attendance: Rowena Thackray, Chief Executive; Deborah Ackroyd, Strategic Director (Children's Services); "
        "Alan Brereton, Service Director (Learning and Early Support); Isobel Firth, Service Director (Finance); "
        "Julian Marsh-Pickles, Service Director (Legal, Governance and Commissioning)")
    d.p("Observers: Councillor Kevin Wormald-Hirst and Councillor Sadia Bibi-Rahman")
    d.p("Apologies: Councillor Carole Pattinson-Fox")
    for name, role in [("Naseem Akhtar-Lowe", "Chair"), ("Paul Dransfield", None), ("Ruth Haigh-Marsden", None),
                       ("Tariq Mahmood-Shaw", None), ("Eileen Crowther", None), ("Graham Lodge", None),
                       ("Yasmin Qadir", None), ("Martin Sugden", None)]:
        d.person(name, role, "member")
    d.person("Rowena Thackray", "Chief Executive", "officer")
    d.person("Deborah Ackroyd", "Strategic Director (Children's Services)", "officer")
    d.person("Alan Brereton", "Service Director (Learning and Early Support)", "officer")
    d.person("Isobel Firth", "Service Director (Finance)", "officer")
    d.person("Julian Marsh-Pickles", "Service Director (Legal, Governance and Commissioning)", "officer")
    d.person("Kevin Wormald-Hirst", None, "member")
    d.person("Sadia Bibi-Rahman", None, "member")
    d.person("Carole Pattinson-Fox", None, "member")

    d.p("1&nbsp;&nbsp;&nbsp;Membership of Cabinet", MINUTE)
    d.p("Apologies for absence were received on behalf of Councillor Pattinson-Fox.")
    d.p("2&nbsp;&nbsp;&nbsp;Minutes of previous meeting", MINUTE)
    d.p("RESOLVED - That the Minutes of the meeting held on 17 May 2022 be approved as a correct record.")
    d.record_res(None, "That the Minutes of the meeting held on 17 May 2022 be approved as a correct record.",
                 "resolution")
    d.date("17 May 2022", "2022-05-17")
    d.p("3&nbsp;&nbsp;&nbsp;Declarations of Interest", MINUTE)
    d.p("Councillor Crowther declared an 'other interest' in Item 9 on the grounds that a close family member attends "
        "a special school maintained by the Council. She remained in the meeting and took part in the discussion.")
    d.p("4&nbsp;&nbsp;&nbsp;Admission of the Public", MINUTE)
    d.p("It was noted that all agenda items would be considered in public session.")
    d.p("5&nbsp;&nbsp;&nbsp;Deputations/Petitions", MINUTE)
    d.p("No deputations or petitions were received.")
    d.p("6&nbsp;&nbsp;&nbsp;Questions by Members of the Public", MINUTE)
    d.p("Cabinet received a question from Mrs Hannah Birkby, a parent from Batley, asking how many children were "
        "waiting for a specialist place at the start of the summer term and when the new resourced provision at "
        "Heckmondwike would open. Councillor Haigh-Marsden, Cabinet Member for Learning, Aspiration and Communities, "
        "responded that the provision was expected to open in September 2022 and that a written answer with the "
        "current figures would be provided.")
    d.person("Hannah Birkby", None, "other")
    d.people[2]["role"] = "Cabinet Member for Learning, Aspiration and Communities"
    d.date("September 2022", "2022-09")
    d.p("7&nbsp;&nbsp;&nbsp;Questions by Elected Members (Oral Questions)", MINUTE)
    d.p("Cabinet received questions from Councillor Wormald-Hirst on the timetable for the review of home to school "
        "transport eligibility, and from Councillor Bibi-Rahman on the number of education, health and care plans "
        "issued within twenty weeks during the last quarter. Councillor Haigh-Marsden undertook to provide written "
        "responses.")
    d.p("8&nbsp;&nbsp;&nbsp;Corporate Financial Monitoring Report, Quarter 4, 2021/22", MINUTE)
    d.p("Cabinet considered the report which set out the Council's revenue, capital and Housing Revenue Account "
        "outturn for the financial year. Isobel Firth, Service Director (Finance), advised that the overall General "
        "Fund position showed a small underspend after transfers to reserves, but that the High Needs Block of the "
        "Dedicated Schools Grant continued to carry an in-year deficit, and that the safety valve agreement with the "
        "Department for Education required the deficit to be eliminated within the agreed period. The table "
        "below, tabled at the meeting, summarised the position by service.")
    budget_table(d, 7)
    d.p("Cabinet noted that pressure on home to school transport had risen by a further eleven per cent in the last "
        "quarter and that the Council's capital programme had slipped, chiefly on highways schemes where contractor "
        "availability had been limited.")
    d.p("RESOLVED -")
    for label, text in [
            ("1)", "That the revenue outturn position for 2021/22 and the year end position on the Council's general "
                   "and earmarked reserves be noted."),
            ("2)", "That the transfer of £1.2m from the Transformation Reserve to the Demand Reserve be approved."),
            ("3)", "That the capital outturn position for 2021/22 be noted and the re-profiling of capital "
                   "expenditure into 2022/23 be approved."),
            ("4)", "That the Housing Revenue Account outturn and reserves position be noted.")]:
        d.res(label, text, "resolution")
    d.p("9&nbsp;&nbsp;&nbsp;Local Area Special Educational Needs and Disabilities Re-visit: Outcome and Accelerated "
        "Progress Plan", MINUTE)
    d.p("(Under Cabinet Procedure Rule 2(3), Cabinet received a representation from Councillor Wormald-Hirst.)")
    d.p("Cabinet gave consideration to a report which set out the outcome of the joint Ofsted and Care Quality "
        "Commission re-visit to the Kirklees local area and the Accelerated Progress Plan which the area was now "
        "required to deliver.")
    d.p("Deborah Ackroyd, Strategic Director (Children's Services), reminded Cabinet that the local area had been "
        "inspected from 11 to 15 March 2019 and that the outcome letter, published on 20 May 2019, had required a "
        "Written Statement of Action. The Written Statement of Action had been submitted on 30 August 2019 and "
        "declared fit for purpose on 4 November 2019. Progress had since been reviewed by officials from the "
        "Department for Education and NHS England at six-monthly meetings, the most recent of which took place on "
        "25 January 2022.")
    d.date("11 to 15 March 2019", "2019-03-11", "2019-03-15")
    d.date("20 May 2019", "2019-05-20")
    d.date("30 August 2019", "2019-08-30")
    d.date("4 November 2019", "2019-11-04")
    d.date("25 January 2022", "2022-01-25")
    d.event("inspection", "2019-03-11", "2019-03-15", "the local area had been inspected from 11 to 15 March 2019")
    d.event("outcome-letter", "2019-05-20", None, "the outcome letter, published on 20 May 2019, had required a "
            "Written Statement of Action")
    d.event("wsoa-submitted", "2019-08-30", None, "The Written Statement of Action had been submitted on 30 August 2019")
    d.event("wsoa-approved", "2019-11-04", None, "declared fit for purpose on 4 November 2019")
    d.event("monitoring", "2022-01-25", None, "Progress had since been reviewed by officials from the Department for "
            "Education and NHS England at six-monthly meetings, the most recent of which took place on 25 January 2022")
    d.p("Inspectors had re-visited the area between 7 and 9 March 2022 and their letter, dated 3 May 2022, set out "
        "that sufficient progress had been made in addressing two of the five significant weaknesses identified at "
        "the original inspection. Cabinet was informed that the weaknesses on which the area had not yet made "
        "sufficient progress were these:")
    d.date("between 7 and 9 March 2022", "2022-03-07", "2022-03-09")
    d.date("3 May 2022", "2022-05-03")
    d.event("revisit", "2022-03-07", "2022-03-09", "Inspectors had re-visited the area between 7 and 9 March 2022")
    d.event("revisit-outcome", "2022-05-03", None, "their letter, dated 3 May 2022, set out that sufficient progress had "
            "been made in addressing two of the five significant weaknesses")
    for marker, text, themes in [
            ("(i)", "the timeliness and quality of education, health and care plans, including the inconsistent "
                    "contribution of health and social care professionals to assessments", ["ehc-plans"]),
            ("(ii)", "the long waits for assessment for autism spectrum disorder and for speech and language therapy, "
                     "and the lack of support for families while they wait", ["health-services"]),
            ("(iii)", "the lack of a jointly agreed approach to co-production with parents and carers, which means that "
                      "too many families do not feel listened to", ["co-production"])]:
        d.weak(text, themes, marker=marker, style=ROMAN)
    d.p("The two areas in which inspectors judged that sufficient progress had been made were:")
    for marker, text, themes in [
            ("(iv)", "the weak strategic leadership of the area's SEND arrangements and the lack of an accurate shared "
                     "self-evaluation", ["leadership-governance"]),
            ("(v)", "the high rates of fixed-term exclusion of children and young people with SEN support in "
                    "secondary schools", ["inclusion-provision"])]:
        d.weak(text, themes, marker=marker, style=ROMAN)
    d.p("Alan Brereton, Service Director (Learning and Early Support), explained that the Department for Education and "
        "NHS England had asked the area to produce an Accelerated Progress Plan, to be agreed with them by "
        "15 July 2022, and that its delivery would be reviewed at a first monitoring meeting in October 2022. The "
        "plan's draft actions included a new EHC assessment quality assurance framework, a multi-agency panel with "
        "health and social care advice deadlines, a commissioned waiting well offer for neurodevelopmental "
        "pathways, and a co-production charter prepared with the Kirklees parent carer forum.")
    d.date("15 July 2022", "2022-07-15")
    d.date("October 2022", "2022-10")
    d.event("progress-plan", "2022-07-15", None, "the Department for Education and NHS England had asked the area to "
            "produce an Accelerated Progress Plan, to be agreed with them by 15 July 2022")
    d.event("monitoring", "2022-10", None, "its delivery would be reviewed at a first monitoring meeting in October 2022")
    d.p("Cabinet was advised of the strengths recognised by inspectors, among them the improved leadership of the "
        "SEND Partnership Board, the work of the inclusion support teams in reducing exclusions, and the positive "
        "views of young people about the Kirklees local offer website. The Designated Clinical Officer, Dr Farah "
        "Saddique, attended for this item and described the additional speech and language therapy capacity "
        "commissioned by the Integrated Care Board.")
    d.person("Farah Saddique", "Designated Clinical Officer", "officer")
    d.p("Councillor Wormald-Hirst, addressing Cabinet, expressed concern that parents had been told of improvements "
        "before, that the EHC timeliness figures remained well below the national average, and that the plan must "
        "have clear measures that members of scrutiny could follow. In response, Councillor Haigh-Marsden gave an "
        "assurance that quarterly progress reports would be provided to the Children's Scrutiny Panel, the first "
        "on 27 September 2022.")
    d.date("27 September 2022", "2022-09-27")
    d.p("Cabinet also noted the risks identified in the report: the recruitment of educational psychologists and "
        "therapists, the rising number of requests for assessment, and the financial position of the High Needs "
        "Block.")
    d.p("RESOLVED -")
    for label, text in [
            ("1)", "That the outcome of the Ofsted and Care Quality Commission re-visit, as set out in the letter "
                   "attached at Appendix 1, be noted."),
            ("2)", "That the draft Accelerated Progress Plan be endorsed and that authority be delegated to the "
                   "Strategic Director (Children's Services), in consultation with the Cabinet Member for Learning, "
                   "Aspiration and Communities, to agree the final plan with the Department for Education and NHS "
                   "England."),
            ("3)", "That quarterly progress reports on the Accelerated Progress Plan be submitted to the Children's "
                   "Scrutiny Panel and an annual report to Cabinet."),
            ("4)", "That the thanks of Cabinet be conveyed to the parents, carers and young people who contributed to "
                   "the re-visit.")]:
        d.res(label, text, "resolution")
    d.p("10&nbsp;&nbsp;&nbsp;School Admission Arrangements 2023/24: Determination", MINUTE)
    d.p("Cabinet considered a report seeking the determination of the admission arrangements for community and "
        "voluntary controlled schools. It was noted that the consultation had run for six weeks and that eleven "
        "responses had been received, most concerning the catchment of a primary school in Mirfield. A table of the "
        "published admission numbers was appended to the report.")
    rows = [["School", "Phase", "PAN 2022/23", "PAN 2023/24", "Change"]]
    for i, school in enumerate(["Ashbrow", "Batley Parish", "Birkby Junior", "Crossley Fields", "Dalton",
                                "Earlsheaton", "Field Lane", "Golcar", "Hanging Heaton", "Hopton", "Kirkburton Middle",
                                "Lindley Junior", "Marsden Infant", "Netherhall Learning Campus", "Overthorpe",
                                "Rawthorpe", "Scissett Middle", "Thornhill Lees", "Upperthong", "Windmill"]):
        pan = 30 + (i * 13) % 60
        change = [0, 0, -15, 0, 5][i % 5]
        rows.append([school, "Primary" if i % 4 else "Middle", str(pan), str(pan + change), f"{change:+d}"])
    d.ruled(rows, [5.5 * cm, 2.5 * cm, 2.6 * cm, 2.6 * cm, 2.4 * cm])
    d.p("RESOLVED -")
    for label, text in [
            ("1)", "That the admission arrangements for community and voluntary controlled schools for 2023/24, "
                   "including the published admission numbers set out at Appendix A, be determined."),
            ("2)", "That the co-ordinated admission schemes for primary and secondary schools be approved.")]:
        d.res(label, text, "resolution")
    d.p("11&nbsp;&nbsp;&nbsp;Council Plan: Year End Performance Report, 2021/22", MINUTE)
    d.p("Cabinet received the year end performance report against the shared outcomes of the Council Plan. Rowena "
        "Thackray, Chief Executive, highlighted improvements in the proportion of household waste recycled and in "
        "the timeliness of child protection conferences, and noted that the timeliness of EHC plans remained the "
        "measure of most concern. The summary of indicators appended to the report is reproduced below.")
    rows = [["Outcome", "Indicator", "2020/21", "2021/22", "Direction"]]
    for i, (outcome, indicator) in enumerate([
            ("Best start", "Take-up of funded early education, two-year-olds (%)"),
            ("Best start", "Good level of development at age five (%)"),
            ("Best start", "Mothers smoking at time of delivery (%)"),
            ("Well", "Adults physically active (%)"),
            ("Well", "Delayed transfers of care (days per 100,000)"),
            ("Well", "Admissions to residential care, 65+ (per 100,000)"),
            ("Independent", "Adults with learning disabilities in paid work (%)"),
            ("Independent", "Homelessness preventions (number)"),
            ("Aspire and achieve", "EHC plans issued within 20 weeks (%)"),
            ("Aspire and achieve", "Pupils in good or outstanding schools (%)"),
            ("Aspire and achieve", "16-17 year olds not in education, employment or training (%)"),
            ("Sustainable economy", "Business rate collection (%)"),
            ("Sustainable economy", "Residents claiming out-of-work benefits (%)"),
            ("Safe and cohesive", "Child protection conferences within 15 days (%)"),
            ("Safe and cohesive", "Re-referrals to children's social care (%)"),
            ("Safe and cohesive", "Repeat victims of domestic abuse (%)"),
            ("Clean and green", "Household waste recycled (%)"),
            ("Clean and green", "Fly-tipping incidents cleared within 5 days (%)"),
            ("Efficient and effective", "Council tax collection (%)"),
            ("Efficient and effective", "Staff sickness absence (days per FTE)"),
            ("Efficient and effective", "Freedom of information requests answered in time (%)"),
            ("Efficient and effective", "Complaints resolved at stage one (%)")]):
        a = 20 + (i * 31) % 70
        b = a + ((i * 7) % 11) - 5
        rows.append([outcome, indicator, str(a), str(b), "Improving" if b > a else ("Stable" if b == a else
                                                                                    "Declining")])
    d.ruled(rows, [3.4 * cm, 6.6 * cm, 2 * cm, 2 * cm, 2.2 * cm])
    d.p("Members asked about the decline in the timeliness of EHC plans and were informed that the Accelerated "
        "Progress Plan considered under Minute 9 contained the actions to address it.")
    d.p("RESOLVED - That the year end performance report be received and that the Council Plan indicators for "
        "2022/23 be refreshed in the light of the comments made by Cabinet.")
    d.record_res(None, "That the year end performance report be received and that the Council Plan indicators for "
                 "2022/23 be refreshed in the light of the comments made by Cabinet.", "resolution")
    d.p("12&nbsp;&nbsp;&nbsp;Exclusion of the Public", MINUTE)
    d.p("No items were considered in private session.")
    d.space(18)
    d.p("The meeting closed at 5.12 pm.")
    d.p("Chair ........................................................ &nbsp;&nbsp; Date ..............................")
    d.p("Contact: Laura Whiteley-Cope, Governance Officer. Tel: 01484 221000. "
        "Email: laura.whiteley-cope@kirklees.gov.uk", SMALL)
    d.person("Laura Whiteley-Cope", "Governance Officer", "officer", "laura.whiteley-cope@kirklees.gov.uk",
             "01484 221000")
    return d


# ------------------------------------------------------------------------------------------------------------------
def calderdale_hwb_pack() -> Doc:
    d = Doc("calderdale/round46-2025-06-19-health-and-wellbeing-board/Agenda reports pack 19 June 2025.pdf",
            {"council": "Calderdale Metropolitan Borough Council", "council_slug": "calderdale",
             "committee": "Health and Wellbeing Board", "meeting_date": "2025-06-19",
             "title": "Agenda reports pack", "source_kind": "moderngov-document",
             "url": "https://calderdale.moderngov.co.uk/documents/g9121/Public%20reports%20pack%2019th-Jun-2025%2014.00"
                    "%20Health%20and%20Wellbeing%20Board.pdf"},
            {"council": "Calderdale Metropolitan Borough Council", "committee": "Health and Wellbeing Board",
             "date": "2025-06-19"},
            "Health and Wellbeing Board | 19/06/2025", "Calderdale Council",
            "Public reports pack", page_label="Pack page {n}")
    d.date("19/06/2025", "2025-06-19")
    d.title("Health and Wellbeing Board")
    d.p("<b>Thursday, 19 June 2025 at 2.00 pm</b><br/>Reception Room, Halifax Town Hall, Crossley Street, Halifax")
    d.p("<b>Membership</b>")
    d.ruled([["Voting members", "Advisory members"],
             ["Councillor Beverley Ainsworth-Cole (Chair), Cabinet Member for Public Health",
              "Saira Nazir-Holt, Chief Executive, Calderdale and Huddersfield NHS Foundation Trust"],
             ["Councillor Desmond Royd, Cabinet Member for Children and Young People's Services",
              "Superintendent Mark Everingham, West Yorkshire Police"],
             ["Councillor Lorraine Mytholm", "Wendy Priestley-Burns, Chief Officer, Voluntary Action Calderdale"],
             ["Councillor Owen Tattersfield", "Gwyneth Sowerby-Hale, Healthwatch Calderdale"],
             ["Dr Ifeoma Nwosu, Vice-Chair, Clinical Lead, NHS West Yorkshire ICB (Calderdale)", ""],
             ["Katrina Wadsworth, Director of Public Health", ""],
             ["Marcus Heptonstall, Director, Children and Young People's Services", ""]],
            [8.1 * cm, 8.1 * cm])
    for name, role, kind in [
            ("Beverley Ainsworth-Cole", "Chair, Cabinet Member for Public Health", "member"),
            ("Desmond Royd", "Cabinet Member for Children and Young People's Services", "member"),
            ("Lorraine Mytholm", None, "member"),
            ("Owen Tattersfield", None, "member"),
            ("Saira Nazir-Holt", "Chief Executive, Calderdale and Huddersfield NHS Foundation Trust", "officer"),
            ("Mark Everingham", "Superintendent, West Yorkshire Police", "officer"),
            ("Wendy Priestley-Burns", "Chief Officer, Voluntary Action Calderdale", "other"),
            ("Gwyneth Sowerby-Hale", "Healthwatch Calderdale", "other"),
            ("Ifeoma Nwosu", "Vice-Chair, Clinical Lead, NHS West Yorkshire ICB (Calderdale)", "officer"),
            ("Katrina Wadsworth", "Director of Public Health", "officer"),
            ("Marcus Heptonstall", "Director, Children and Young People's Services", "officer")]:
        d.person(name, role, kind)
    d.p("Contact: Aidan Crabtree, Democratic Services, telephone 01422 393018, aidan.crabtree@calderdale.gov.uk")
    d.person("Aidan Crabtree", "Democratic Services", "officer", "aidan.crabtree@calderdale.gov.uk", "01422 393018")
    d.h("AGENDA")
    d.ruled([["Item", "Business", "Pages"],
             ["1", "Apologies for absence", ""],
             ["2", "Members' interests", ""],
             ["3", "Minutes of the meeting held on 20 March 2025", "3 - 4"],
             ["4", "Calderdale Local Area Partnership: SEND Inspection Outcome and Priority Action Plan", "5 - 12"],
             ["5", "Better Care Fund Plan 2025-26", "verbal"],
             ["6", "Date of next meeting: Thursday 18 September 2025", ""]],
            [1.5 * cm, 12 * cm, 2.7 * cm])
    d.date("20 March 2025", "2025-03-20")
    d.date("Thursday 18 September 2025", "2025-09-18")
    d.add(PageBreak())
    d.title("HEALTH AND WELLBEING BOARD")
    d.p("Minutes of the meeting held on Thursday 20 March 2025 at Halifax Town Hall")
    d.p("Present: Councillor Ainsworth-Cole (in the Chair); Councillors Royd and Tattersfield; Dr I Nwosu; "
        "K Wadsworth; M Heptonstall; G Sowerby-Hale.")
    d.p("Apologies: Councillor Mytholm, S Nazir-Holt.")
    d.p("<b>38 Minutes of the previous meeting</b>")
    d.p("<b>Resolved</b> that the minutes of the meeting held on 9 January 2025 be approved and signed by the Chair as "
        "a correct record.")
    d.record_res(None, "that the minutes of the meeting held on 9 January 2025 be approved and signed by the Chair as "
                 "a correct record.", "resolution")
    d.date("9 January 2025", "2025-01-09")
    d.p("<b>39 Joint Local Health and Wellbeing Strategy: Annual Refresh</b>")
    d.p("The Director of Public Health presented the refreshed strategy, which kept its three ambitions on healthy "
        "weight, mental wellbeing and healthy ageing. Board members discussed the reach of the community anchor "
        "organisations and the measures in the outcomes framework.")
    d.p("<b>Resolved</b> that (a) the refreshed Joint Local Health and Wellbeing Strategy be approved; and (b) partner "
        "organisations be asked to report their contribution to each ambition at the Board's September meeting.")
    d.record_res("(a)", "the refreshed Joint Local Health and Wellbeing Strategy be approved; and", "resolution")
    d.record_res("(b)", "partner organisations be asked to report their contribution to each ambition at the Board's "
                 "September meeting.", "resolution")
    d.p("<b>40 Local Area SEND Inspection: Verbal Update</b>")
    d.p("The Director, Children and Young People's Services, reported that the joint Ofsted and CQC inspection of the "
        "local area partnership had taken place from 3 to 7 February 2025 and that the report was awaited. The Chair "
        "asked that the report and the partnership's response come to the Board's next meeting.")
    d.date("3 to 7 February 2025", "2025-02-03", "2025-02-07")
    d.p("<b>Resolved</b> that the verbal update be noted.")
    d.record_res(None, "that the verbal update be noted.", "resolution")
    d.add(PageBreak())
    d.title("Calderdale Local Area Partnership: SEND Inspection Outcome and Priority Action Plan")
    d.ruled([["Report to", "Health and Wellbeing Board"],
             ["Date of meeting", "19 June 2025"],
             ["Report of", "Marcus Heptonstall, Director, Children and Young People's Services, and Dr Ifeoma Nwosu, "
                           "Clinical Lead, NHS West Yorkshire ICB (Calderdale)"],
             ["Wards affected", "All"],
             ["Key decision", "No"]], [4 * cm, 12.2 * cm], header_rows=0)
    d.h("1. Purpose of the report")
    d.num("1.1", "To inform the Board of the outcome of the inspection of the Calderdale local area partnership's "
          "arrangements for children and young people with special educational needs and/or disabilities (SEND), "
          "and to present the priority action plan which the partnership has submitted in response.")
    d.h("2. Recommendations")
    d.p("The Health and Wellbeing Board is asked to:")
    for label, text in [
            ("A.", "Note the outcome of the inspection and the priority actions and areas for improvement identified "
                   "by inspectors."),
            ("B.", "Endorse the priority action plan at Appendix A and agree that the SEND Partnership Board reports to "
                   "this Board on its delivery every six months."),
            ("C.", "Ask each partner organisation to confirm its named lead for the plan's actions.")]:
        d.res(label, text, "recommendation")
    d.h("3. Background")
    d.num("3.1", "Ofsted and the Care Quality Commission (CQC) carried out a joint inspection of the local area "
          "partnership under the framework introduced in January 2023. Inspectors were on site from 3 to 7 "
          "February 2025 and the inspection report was published on 27 March 2025.")
    d.event("inspection", "2025-02-03", "2025-02-07", "Inspectors were on site from 3 to 7 February 2025")
    d.date("January 2023", "2023-01")
    d.date("27 March 2025", "2025-03-27")
    d.event("outcome-letter", "2025-03-27", None, "the inspection report was published on 27 March 2025")
    d.num("3.2", "The partnership was previously inspected under the 2016 framework in October 2017, when no Written "
          "Statement of Action was required.")
    d.date("October 2017", "2017-10")
    d.event("inspection", "2017-10", None, "The partnership was previously inspected under the 2016 framework in "
            "October 2017")
    d.h("4. Main issues for the Board")
    d.num("4.1", "The inspection found that the local area partnership's arrangements lead to inconsistent experiences "
          "and outcomes for children and young people with SEND, and that there are widespread and/or systemic "
          "failings leading to significant concerns about the experiences and outcomes of children and young "
          "people with SEND. This is the third, and lowest, of the three possible inspection outcomes. The "
          "inspection outcome therefore requires the partnership to prepare and submit a priority action plan.")
    d.num("4.2", "Inspectors recognised several strengths. Children and young people with complex medical needs "
          "receive well-co-ordinated care from the children's community nursing team. The portage service and "
          "early years inclusion funding help young children to be identified early. Young people in the supported "
          "internship programme speak highly of their preparation for work.")
    d.num("4.3", "The report sets out two areas for priority action. In the first, leaders across education, health "
          "and care were asked to work together to ensure that:")
    for marker, text, themes in [
            ("a)", "education, health and care needs assessments are completed within statutory timescales and plans "
                   "accurately describe children's needs and the provision to meet them", ["ehc-plans"]),
            ("b)", "health and social care advice is provided within six weeks and is specific about the outcomes it "
                   "seeks to achieve", ["ehc-plans"])]:
        d.weak(text, themes, marker=marker, style=ROMAN)
    d.num("4.4", "The second area for priority action asks the integrated care board and the local authority to "
          "reduce the waiting times for neurodevelopmental assessment and ensure that children and families receive "
          "appropriate support while they wait.")
    d.record_weak("the integrated care board and the local authority to reduce the waiting times for "
                  "neurodevelopmental assessment and ensure that children and families receive appropriate support "
                  "while they wait", ["health-services"])
    d.num("4.5", "Inspectors also identified the areas for improvement which are set out, in the report's words, in "
          "the first column of the plan at Appendix A. The partnership's priority action plan was submitted to "
          "Ofsted on 8 May 2025, within the required thirty working days.")
    d.date("8 May 2025", "2025-05-08")
    d.event("progress-plan", "2025-05-08", None, "The partnership's priority action plan was submitted to Ofsted on "
            "8 May 2025")
    d.num("4.6", "The Department for Education and NHS England will monitor the plan; the first formal monitoring "
          "meeting is planned for July 2025. A monitoring inspection may follow within eighteen months.")
    d.date("July 2025", "2025-07")
    d.event("monitoring", "2025-07", None, "the first formal monitoring meeting is planned for July 2025")
    d.h("5. Risks")
    d.num("5.1", "The principal risks to delivery are the capacity of the educational psychology service, the "
          "availability of speech and language therapists, and the High Needs Block deficit. Each is recorded on the "
          "corporate risk register with mitigating actions.")
    d.h("6. Consultation")
    d.num("6.1", "The plan was developed with Calderdale Parents and Carers Council, whose chair, Ms Tamsin Oldroyd, "
          "has agreed to co-chair the plan's quarterly review meetings.")
    d.person("Tamsin Oldroyd", "chair, Calderdale Parents and Carers Council", "other")
    d.h("7. Next steps")
    d.num("7.1", "The SEND Partnership Board will review progress on 10 July 2025 and publish a summary for families "
          "on the Local Offer in August 2025.")
    d.date("10 July 2025", "2025-07-10")
    d.date("August 2025", "2025-08")
    d.p("<b>Contact officer:</b> Hollie Brearley-Shaw, Head of SEND and Inclusion, "
        "hollie.brearley-shaw@calderdale.gov.uk, 01422 288410")
    d.person("Hollie Brearley-Shaw", "Head of SEND and Inclusion", "officer", "hollie.brearley-shaw@calderdale.gov.uk",
             "01422 288410")
    d.add(PageBreak())
    d.title("Appendix A: Priority action plan (summary)")
    d.p("The table restates each area for improvement as written in the inspection report, with the partnership's "
        "response. Milestones are the target completion dates agreed by the SEND Partnership Board.")
    rows = [["Ref", "Area for improvement", "Partnership response", "Lead", "Milestone"]]
    areas = [
        ("AFI 1", "Leaders should ensure that the local offer is kept up to date and that families can easily find "
                  "information about the services available to them.", ["local-offer"],
         "Rebuild the Local Offer website with families; monthly content audit.", "Head of SEND and Inclusion",
         "September 2025", "2025-09"),
        ("AFI 2", "Leaders should strengthen how they gather and use the views of children, young people and "
                  "families to shape services, so that parents have greater confidence in the partnership.",
         ["co-production"], "Co-production charter; termly 'you said, we did' reports.", "Calderdale Parents and "
         "Carers Council with SEND Partnership Board", "October 2025", "2025-10"),
        ("AFI 3", "Leaders should improve the quality and timeliness of annual reviews of education, health and care "
                  "plans, so that plans are updated when children's needs change.", ["ehc-plans"],
         "Annual review team expanded; review tracker shared with schools.", "Service Manager, SEND Assessment",
         "December 2025", "2025-12"),
        ("AFI 4", "Leaders should ensure that young people aged 16 to 25 have timely access to post-16 provision and "
                  "plans that prepare them well for adulthood.", ["preparing-for-adulthood"],
         "Preparing for adulthood pathway; post-16 place sufficiency review.", "Head of 14-25 Services",
         "January 2026", "2026-01"),
        ("AFI 5", "The partnership should make better use of data and quality assurance to understand the impact of "
                  "its work and the effectiveness of provision for children receiving SEN support.",
         ["data-oversight"], "Joint SEND dashboard; multi-agency audit programme.", "Business Intelligence Manager",
         "November 2025", "2025-11"),
    ]
    for ref, area, themes, response, lead, milestone, iso in areas:
        rows.append([ref, area, response, lead, milestone])
        d.record_weak(area, themes)
        d.date(milestone, iso)
    for i, (action, lead) in enumerate([
            ("Weekly assessment tracking meeting with health and care leads", "Service Manager, SEND Assessment"),
            ("Advice template revised with six-week deadline", "Designated Clinical Officer"),
            ("Waiting well offer commissioned for neurodevelopmental pathway", "ICB Head of Commissioning"),
            ("Parent workshops on the assessment process", "Calderdale Parents and Carers Council"),
            ("Recruitment of two additional educational psychologists", "Principal Educational Psychologist"),
            ("Training for SENCOs on writing outcomes", "SEND Advisory Team"),
            ("Health advice quality audit", "Designated Clinical Officer"),
            ("Transition protocol between children's and adult health services", "ICB Head of Commissioning"),
            ("SEN support guidance for schools refreshed", "Inclusion Lead"),
            ("Quarterly report to Health and Wellbeing Board", "Director, Children and Young People's Services")]):
        rows.append([f"PA {1 + i % 2}.{i // 2 + 1}", action, "Action under way; RAG status amber." if i % 3 else
                     "Action complete.", lead, "Ongoing"])
    d.ruled(rows, [1.4 * cm, 5.6 * cm, 4.2 * cm, 3.4 * cm, 1.8 * cm])
    d.p("<b>Key to milestones:</b> a milestone is met when the SEND Partnership Board has confirmed the evidence of "
        "completion; the RAG status is reported quarterly.")
    d.add(PageBreak())
    d.title("Appendix B: Performance measures")
    rows = [["Measure", "Calderdale 2023", "Calderdale 2024", "Statistical neighbours", "England"]]
    for i, m in enumerate(["EHC plans issued within 20 weeks (%)", "Annual reviews completed on time (%)",
                           "Children with EHC plans in mainstream schools (%)", "SEN support pupils (%)",
                           "Neurodevelopmental assessment: median wait (weeks)", "Speech and language therapy: median "
                           "wait (weeks)", "Permanent exclusions, pupils with SEN (rate)", "Suspensions, pupils with SEN "
                           "(rate)", "Persistent absence, pupils with EHC plans (%)", "Young people 16-17 with EHC plans "
                           "in education or training (%)", "Tribunal appeals per 10,000 plans",
                           "Mediation cases", "Personal budgets in place"]):
        rows.append([m] + [str(12 + (i * 37 + k * 11) % 80) for k in range(4)])
    d.ruled(rows, [6.4 * cm, 2.4 * cm, 2.4 * cm, 2.6 * cm, 2.4 * cm])
    d.p("Source: local authority SEN2 returns and ICB waiting list data. Figures are subject to validation.", SMALL)
    return d


# ------------------------------------------------------------------------------------------------------------------
def walsall_scrutiny_report() -> Doc:
    d = Doc("walsall/round46-2023-03-06-childrens-services-overview-and-scrutiny-committee/"
            "SEND Improvement Notice progress report.pdf",
            {"council": "Walsall Council", "council_slug": "walsall",
             "committee": "Children's Services Overview and Scrutiny Committee", "meeting_date": "2023-03-06",
             "title": "SEND Improvement Notice: Progress Report", "source_kind": "moderngov-document",
             "url": "https://cmispublic.walsall.gov.uk/cmis/Portals/0/SEND%20Improvement%20Notice%20progress%20report.pdf"},
            {"council": "Walsall Council", "committee": "Children's Services Overview and Scrutiny Committee",
             "date": "2023-03-06"},
            "Agenda item 7", "Children's Services Overview and Scrutiny Committee - 6 March 2023",
            "Walsall Council", page_label="{n}")
    d.date("6 March 2023", "2023-03-06")
    d.title("Children's Services Overview and Scrutiny Committee")
    d.p("<b>6 March 2023</b>")
    d.title("SEND Improvement Notice: Progress Report")
    d.ruled([["Ward(s):", "All"],
             ["Portfolios:", "Councillor Yvonne Hollinshead-Pryce, Children's Services"],
             ["Report author:", "Gareth Monkton, Head of SEND, Inclusion and Access"]], [4 * cm, 12.2 * cm],
            header_rows=0)
    d.person("Yvonne Hollinshead-Pryce", "Portfolio holder, Children's Services", "member")
    d.person("Gareth Monkton", "Head of SEND, Inclusion and Access", "officer")
    d.h("1. Aim")
    d.p("1.1 To update the Committee on the progress made by Walsall Council and NHS Black Country Integrated Care "
        "Board against the Improvement Notice issued to the local area in respect of special educational needs and "
        "disabilities (SEND).")
    d.h("2. Recommendations")
    d.p("That the Children's Services Overview and Scrutiny Committee:")
    for label, text in [
            ("2.1", "Notes the progress made against the Improvement Notice since the Committee's last update."),
            ("2.2", "Comments on the areas where progress has been slower, in particular the quality of education, "
                    "health and care plans."),
            ("2.3", "Agrees to receive a further report when the Department for Education has completed its next "
                    "review of the Notice.")]:
        d.res(label, text, "recommendation", style=NUM_PARA)
    d.h("3. Report detail - know")
    d.p("<b>Context</b>")
    d.p("3.1 The Walsall local area was inspected by Ofsted and the Care Quality Commission between 24th and 28th June "
        "2019. The inspection letter, published on 2nd September 2019, identified six significant weaknesses and "
        "required a Written Statement of Action, which was judged fit for purpose on 17th January 2020.")
    d.date("between 24th and 28th June 2019", "2019-06-24", "2019-06-28")
    d.date("2nd September 2019", "2019-09-02")
    d.date("17th January 2020", "2020-01-17")
    d.event("inspection", "2019-06-24", "2019-06-28", "The Walsall local area was inspected by Ofsted and the Care "
            "Quality Commission between 24th and 28th June 2019")
    d.event("outcome-letter", "2019-09-02", None, "The inspection letter, published on 2nd September 2019, "
            "identified six significant weaknesses")
    d.event("wsoa-approved", "2020-01-17", None, "a Written Statement of Action, which was judged fit for purpose "
            "on 17th January 2020")
    d.p("3.2 Inspectors returned on 14th-16th February 2022 and their letter of 11th April 2022 reported sufficient "
        "progress in three areas. Three of the six significant weaknesses remained: first, "
        "the poor quality of EHC plans and the limited contribution of health and social care professionals "
        "to them; second, the lack of an up-to-date local offer that parents know about and can use; and third, "
        "the high use of part-time timetables and exclusions for pupils with SEND in secondary schools.")
    d.date("14th-16th February 2022", "2022-02-14", "2022-02-16")
    d.date("11th April 2022", "2022-04-11")
    d.event("revisit", "2022-02-14", "2022-02-16", "Inspectors returned on 14th-16th February 2022")
    d.event("revisit-outcome", "2022-04-11", None, "their letter of 11th April 2022 reported sufficient progress in "
            "three areas")
    for text, themes in [
            ("the poor quality of EHC plans and the limited contribution of health and social care professionals to "
             "them", ["ehc-plans"]),
            ("the lack of an up-to-date local offer that parents know about and can use", ["local-offer"]),
            ("the high use of part-time timetables and exclusions for pupils with SEND in secondary schools",
             ["inclusion-provision"])]:
        d.record_weak(text, themes)
    d.p("3.3 Following the re-visit, the Minister for Children, Families and Wellbeing issued an Improvement Notice "
        "to the Council on 24th June 2022. The Notice requires the Council and its health partners to deliver an "
        "improvement plan, overseen by an independently chaired SEND Improvement Board, and to report progress to "
        "the Department for Education and NHS England every quarter.")
    d.date("24th June 2022", "2022-06-24")
    d.event("statutory-direction", "2022-06-24", None, "the Minister for Children, Families and Wellbeing issued an "
            "Improvement Notice to the Council on 24th June 2022")
    d.p("3.4 The SEND Improvement Board is chaired by Professor Rhiannon Gatcombe, an independent chair appointed with "
        "the agreement of the Department. The Board has met monthly since August 2022 and its membership includes "
        "the Executive Director of Children's Services, Sharon Brindley-Voss, the ICB's Chief Nursing Officer, "
        "Dr Oliver Kettleborough, head teachers from each phase and two representatives of the Walsall Parent Carer "
        "Forum.")
    d.date("August 2022", "2022-08")
    d.person("Rhiannon Gatcombe", "independent chair, SEND Improvement Board", "other")
    d.person("Sharon Brindley-Voss", "Executive Director of Children's Services", "officer")
    d.person("Oliver Kettleborough", "Chief Nursing Officer, ICB", "officer")
    d.p("<b>Progress</b>")
    for n, text in [
            ("3.5", "At the most recent quarterly review with the Department for Education and NHS England, held on "
                    "30th January 2023, officials recognised the improvement in the timeliness of EHC needs "
                    "assessments, which rose from 31% to 58% within twenty weeks over the year, and the launch of the "
                    "new Local Offer website with the Parent Carer Forum in November 2022."),
            ("3.6", "Officials also noted that the audit of EHC plans still rated too many as requiring improvement, "
                    "and that exclusions of pupils with SEN support had not yet fallen. A multi-agency audit programme "
                    "and an inclusion charter for secondary schools have been put in place in response."),
            ("3.7", "The next review of the Notice by the Department for Education and NHS England is expected in "
                    "June 2023. If sufficient progress is made, the Minister may lift the Notice; if not, a statutory "
                    "direction may be considered."),
            ("3.8", "The Council continues to face pressure on the High Needs Block and has joined the Delivering "
                    "Better Value programme.")]:
        d.p(f"{n} {text}")
    d.date("30th January 2023", "2023-01-30")
    d.date("November 2022", "2022-11")
    d.date("June 2023", "2023-06")
    d.event("monitoring", "2023-01-30", None, "At the most recent quarterly review with the Department for Education "
            "and NHS England, held on 30th January 2023")
    d.event("monitoring", "2023-06", None, "The next review of the Notice by the Department for Education and NHS "
            "England is expected in June 2023")
    d.h("4. Financial information")
    d.p("4.1 There are no direct financial implications arising from this report. The improvement plan is funded "
        "from existing budgets and a one-off grant of £250,000 from the Department for Education.")
    d.h("5. Reducing inequalities")
    d.p("5.1 Children with SEND are more likely to experience poorer outcomes, and the improvement plan is intended to "
        "narrow these gaps.")
    d.h("6. Decide")
    d.p("6.1 The Committee may wish to question officers on the areas where progress has been slower.")
    d.h("7. Respond")
    d.p("7.1 Comments made by the Committee will be reported to the SEND Improvement Board at its meeting on "
        "20th March 2023.")
    d.date("20th March 2023", "2023-03-20")
    d.h("8. Review")
    d.p("8.1 The Committee will receive a further update after the next review of the Notice.")
    d.p("<b>Background papers:</b> Improvement Notice, Department for Education; Walsall SEND Improvement Plan.")
    d.p("<b>Author:</b><br/>Gareth Monkton<br/>Head of SEND, Inclusion and Access<br/>"
        "&#9742; 01922 652915<br/>&#9993; gareth.monkton@walsall.gov.uk")
    d.people[1]["phone"] = "01922 652915"
    d.people[1]["email"] = "gareth.monkton@walsall.gov.uk"
    d.p("<b>Signed:</b> Sharon Brindley-Voss, Executive Director, Children's Services &nbsp;&nbsp; Date: 22 February 2023")
    d.date("22 February 2023", "2023-02-22")
    d.p("<b>Signed:</b> Councillor Yvonne Hollinshead-Pryce, Portfolio Holder &nbsp;&nbsp; Date: 22 February 2023")
    d.add(PageBreak())
    d.title("Appendix 1: Improvement plan tracker (position at January 2023)")
    d.date("January 2023", "2023-01")
    rows = [["Workstream", "Key action", "Lead", "Measure", "Baseline", "Latest", "RAG"]]
    streams = ["EHC quality", "Local offer", "Inclusion", "Health pathways", "Co-production", "Preparing for adulthood",
               "Data and QA", "Workforce"]
    for i in range(72):
        st = streams[i % 8]
        rows.append([st, ["Monthly multi-agency audit", "Refresh provider directory", "Inclusion charter sign-up",
                          "Reduce neurodevelopmental waits", "Parent panel on each workstream",
                          "Post-16 sufficiency plan", "Shared SEND dashboard", "Training for SENCOs"][i % 8]
                     + f" (step {i // 8 + 1})",
                     ["SEND service", "Communications", "Inclusion team", "ICB", "Parent Carer Forum",
                      "14-25 team", "Business intelligence", "SEND advisory"][i % 8],
                     f"Indicator {i + 1}", f"{20 + (i * 13) % 50}%", f"{30 + (i * 17) % 60}%",
                     ["Green", "Amber", "Red", "Amber"][i % 4]])
    d.ruled(rows, [2.6 * cm, 4.4 * cm, 2.6 * cm, 2 * cm, 1.6 * cm, 1.5 * cm, 1.5 * cm])
    d.p("RAG: Green - on track; Amber - some slippage, recovery in hand; Red - off track, escalated to the SEND "
        "Improvement Board.", SMALL)
    d.add(PageBreak())
    d.title("Appendix 2: Extract from the Improvement Notice")
    d.p("The Improvement Notice sets out the following requirements. The Council, working with NHS Black Country "
        "Integrated Care Board, should:")
    for n, text in [
            ("a.", "establish a SEND Improvement Board with an independent chair, whose membership includes parents "
                   "and carers, health, education and social care leaders and school representatives;"),
            ("b.", "agree an improvement plan with the Department for Education and NHS England, with clear "
                   "milestones and measures;"),
            ("c.", "commission a review of the quality of education, health and care plans and act on its findings;"),
            ("d.", "publish a revised local offer developed with parents and young people;"),
            ("e.", "work with schools to reduce the use of part-time timetables and exclusions for pupils with "
                   "SEND; and"),
            ("f.", "provide quarterly progress reports to the Department for Education and NHS England.")]:
        d.p(f"{n}&nbsp;&nbsp;{text}", ROMAN)
    d.p("The Department for Education will keep the Notice under review and will take into account the views of "
        "the SEND Improvement Board's independent chair. Failure to comply with the Notice may lead the Secretary "
        "of State to use the powers of intervention under section 497A of the Education Act 1996.")
    d.p("The Improvement Board meets on the third Monday of each month. Papers are published on the Council's "
        "website, and questions from parents and carers may be sent to the Board's secretary in advance.")
    return d


# ------------------------------------------------------------------------------------------------------------------
def tameside_partnership_minutes() -> Doc:
    d = Doc("tameside/round46-2024-12-11-send-and-inclusion-partnership-board/Minutes and action log 11 December 2024.pdf",
            {"council": "Tameside Metropolitan Borough Council", "council_slug": "tameside",
             "committee": "SEND and Inclusion Partnership Board", "meeting_date": "2025-03-12",
             "title": "Minutes and action log of the meeting held on 11 December 2024",
             "source_kind": "moderngov-document",
             "url": "https://tameside.moderngov.co.uk/documents/g7712/Printed%20minutes%2011th-Dec-2024.pdf"},
            {"council": "Tameside Metropolitan Borough Council", "committee": "SEND and Inclusion Partnership Board",
             "date": "2024-12-11"},
            "SEND and Inclusion Partnership Board", "Wednesday 11 December 2024",
            "OFFICIAL", page_label="Page {n} of {total}")
    d.footer_centre = "Tameside Metropolitan Borough Council"
    d.date("Wednesday 11 December 2024", "2024-12-11")
    d.title("SEND and Inclusion Partnership Board")
    d.p("Minutes of the meeting held on Wednesday 11 December 2024, 10.00 am to 12.15 pm, Committee Room 2, "
        "Tameside One, Ashton-under-Lyne, and via Microsoft Teams")
    d.p("<b>Attendance</b>")
    rows = [["Name", "Role / organisation", "Attended"]]
    att = [("Councillor Bernadette Quigley-Hart", "Executive Member, Education and Achievement (Chair)", "Yes", "member"),
           ("Nathaniel Ormerod", "Director of Education (Vice-Chair)", "Yes", "officer"),
           ("Councillor Stuart Greenhalgh-Wood", "Assistant Executive Member, Children and Families", "Yes", "member"),
           ("Maxine Holroyd-Ince", "Assistant Director, Inclusion", "Yes", "officer"),
           ("Dr Anil Varma-Booth", "Designated Clinical Officer, NHS Greater Manchester (Tameside)", "Yes", "officer"),
           ("Petra Lindqvist-Marsh", "Head of Children's Therapies, Tameside and Glossop Integrated Care NHS Foundation Trust", "Apologies", "officer"),
           ("Colin Ashworth-Birch", "Principal Educational Psychologist", "Yes", "officer"),
           ("Josephine Adeyemi-Clark", "Service Unit Manager, Children with Disabilities", "Yes", "officer"),
           ("Faye Brockway", "Chair, Tameside Parent Carer Forum", "Yes", "other"),
           ("Ruth Kilbride", "Headteacher, Oakfield Special School (special schools' representative)", "Yes", "other"),
           ("Daniel Fothergill", "Headteacher, Broadbent Fold Primary (primary representative)", "Apologies", "other"),
           ("Councillor Amira Hussain-Dean", "Chair, Children's Working Group Scrutiny Panel (observer)", "Yes", "member"),
           ("Leanne Pickford", "Governance Support Officer (minutes)", "Yes", "officer")]
    for name, role, seen, kind in att:
        rows.append([name, role, seen])
        bare = name.replace("Councillor ", "").replace("Dr ", "")
        d.person(bare, role, kind)
    d.ruled(rows, [5.2 * cm, 8.6 * cm, 2.4 * cm])
    d.p("<b>1. Welcome, introductions and apologies</b>", MINUTE)
    d.p("The Chair welcomed members. Apologies were noted as recorded above.")
    d.p("<b>2. Minutes and action log of the previous meeting</b>", MINUTE)
    d.p("The minutes of the meeting held on 25 September 2024 were reviewed. Actions 14 and 17 were closed; action 15 "
        "was carried forward.")
    d.date("25 September 2024", "2024-09-25")
    d.p("AGREED: The minutes of 25 September 2024 were accepted as an accurate record.")
    d.record_res(None, "The minutes of 25 September 2024 were accepted as an accurate record.", "resolution")
    d.p("<b>3. Area SEND inspection: findings and next steps</b>", MINUTE)
    d.p("Maxine Holroyd-Ince presented the findings of the joint Ofsted and Care Quality Commission inspection of "
        "the Tameside local area partnership, which took place from Monday 9 to Friday 13 September 2024. The report "
        "was published on 1 November 2024. The partnership received the middle of the three outcomes: its "
        "arrangements lead to inconsistent experiences and outcomes for children and young people with SEND, and "
        "the partnership must work jointly to make improvements.")
    d.date("Monday 9 to Friday 13 September 2024", "2024-09-09", "2024-09-13")
    d.date("1 November 2024", "2024-11-01")
    d.event("inspection", "2024-09-09", "2024-09-13", "the joint Ofsted and Care Quality Commission inspection of the "
            "Tameside local area partnership, which took place from Monday 9 to Friday 13 September 2024")
    d.event("outcome-letter", "2024-11-01", None, "The report was published on 1 November 2024")
    d.p("She reminded the Board that the area's previous inspection, in January 2018, had led to a Written Statement "
        "of Action, and that the re-visit of June 2021 had found sufficient progress in every area.")
    d.date("January 2018", "2018-01")
    d.date("June 2021", "2021-06")
    d.event("inspection", "2018-01", None, "the area's previous inspection, in January 2018, had led to a Written "
            "Statement of Action")
    d.event("revisit", "2021-06", None, "the re-visit of June 2021 had found sufficient progress in every area")
    d.p("Board members were taken through what inspectors had found to be working well: the Start Well early help "
        "offer, the quality of the specialist teaching service, and the success of the supported internship "
        "programme. The Board then considered the improvements required. The report's areas for improvement read:")
    for marker, text, themes in [
            ("1)", "Leaders across the partnership should reduce the time that children and young people wait for "
                   "speech and language therapy and for autism assessment, and provide clear information and support "
                   "while they wait.", ["health-services"]),
            ("2)", "Leaders should make sure that education, health and care plans are reviewed and updated in a "
                   "timely way, so that they reflect children's changing needs.", ["ehc-plans"]),
            ("3)", "Leaders should strengthen the oversight of children who attend alternative provision or who are on "
                   "reduced timetables.", ["inclusion-provision", "data-oversight"]),
            ("4)", "Leaders should improve the communication with parents and carers so that more families understand "
                   "and have confidence in the support available.", ["co-production"])]:
        d.weak(text, themes, marker=marker, style=ROMAN)
    d.p("Faye Brockway said that the Parent Carer Forum welcomed the report's recognition of families' experiences and "
        "asked that the Forum be involved in writing the inspection improvement plan. Councillor Hussain-Dean asked "
        "how the Scrutiny Panel would be kept informed; the Chair confirmed that the improvement plan would be "
        "presented to the Panel on 4 February 2025.")
    d.date("4 February 2025", "2025-02-04")
    d.p("Dr Varma-Booth reported that NHS Greater Manchester had agreed non-recurrent funding for additional "
        "speech and language therapy sessions, and that the neurodevelopmental waiting list had been validated.")
    d.p("AGREED:")
    for label, text in [
            ("(i)", "The Board noted the outcome of the inspection and thanked everyone who took part."),
            ("(ii)", "An inspection improvement plan addressing the four areas for improvement will be drafted with "
                     "the Parent Carer Forum and brought to the Board's March meeting for sign-off."),
            ("(iii)", "Each workstream lead will nominate a named officer to the plan's delivery group.")]:
        d.res(label, text, "resolution", style=ROMAN)
    d.p("<b>4. High Needs Block: sufficiency and forecast</b>", MINUTE)
    d.p("Nathaniel Ormerod presented the High Needs Block forecast, which showed a projected in-year deficit, and the "
        "specialist place sufficiency plan. The Board discussed the capacity of resourced provisions and the "
        "new special free school. Members raised the risk that rising independent placement costs would outstrip "
        "the growth in the grant.")
    rows = [["Placement type", "Places (Sept)", "Forecast places (Jan)", "Average cost £", "Forecast spend £000"]]
    for i, t in enumerate(["Maintained special schools", "Special academies", "Resourced provision (primary)",
                           "Resourced provision (secondary)", "Independent special schools",
                           "Non-maintained special schools", "Alternative provision", "Further education colleges",
                           "Specialist post-16 institutions", "Mainstream top-up (EHC plans)",
                           "Mainstream top-up (SEN support)", "Hospital education", "Out-of-borough special",
                           "Early years inclusion funding"]):
        n = 20 + (i * 47) % 400
        rows.append([t, str(n), str(n + (i % 5)), f"{8000 + (i * 4113) % 52000:,}", f"{(n * (8 + i)) % 9000:,}"])
    d.ruled(rows, [5.6 * cm, 2.2 * cm, 2.8 * cm, 2.6 * cm, 3 * cm])
    d.p("AGREED: The Board noted the forecast and asked for an options paper on independent placement costs.")
    d.record_res(None, "The Board noted the forecast and asked for an options paper on independent placement costs.",
                 "resolution")
    d.p("<b>5. Any other business</b>", MINUTE)
    d.p("None. Date of next meeting: Wednesday 12 March 2025, 10.00 am.")
    d.date("Wednesday 12 March 2025", "2025-03-12")
    d.add(PageBreak())
    d.title("Action log")
    rows = [["No.", "Meeting", "Action", "Owner", "Due", "Status"]]
    dues = [("31/01/2025", "2025-01-31"), ("28/02/2025", "2025-02-28"), ("12/03/2025", "2025-03-12")]
    owners = ["M Holroyd-Ince", "N Ormerod", "Dr A Varma-Booth", "C Ashworth-Birch", "J Adeyemi-Clark", "F Brockway"]
    actions = ["Draft inspection improvement plan with the Parent Carer Forum",
               "Nominate workstream officers to the delivery group",
               "Circulate validated neurodevelopmental waiting list figures",
               "Report on educational psychology recruitment",
               "Update the short breaks statement",
               "Parent survey on communication",
               "Options paper on independent placement costs",
               "Review of reduced timetables register",
               "Annual review backlog recovery trajectory",
               "Refresh of the local offer pages on therapies",
               "Alternative provision quality assurance framework",
               "Joint training for SENCOs and health visitors",
               "Transition protocol with adult social care",
               "Report on tribunal outcomes",
               "SEN support guidance consultation results",
               "Feedback from the Children's Working Group Scrutiny Panel"]
    for i, action in enumerate(actions):
        due = dues[i % 3]
        rows.append([str(18 + i), "11/12/2024", action, owners[i % 6], due[0], "Open" if i % 4 else "In progress"])
    for i in range(17):
        rows.append([str(17 - i), "25/09/2024" if i < 8 else "26/06/2024", ["Case study for the Board",
                     "EHC hub update", "Sufficiency plan refresh", "Therapy caseload review"][i % 4],
                     owners[(i + 2) % 6], "complete", "Closed"])
    d.ruled(rows, [1.1 * cm, 2.3 * cm, 5.6 * cm, 3 * cm, 2.4 * cm, 1.8 * cm])
    for text, iso in dues[:2]:
        d.date(text, iso)
    d.date("26/06/2024", "2024-06-26")
    d.add(PageBreak())
    d.title("Annex: Terms of reference (extract, as refreshed by the Board)")
    for n, text in [
            ("1.", "Purpose. The SEND and Inclusion Partnership Board is the strategic body through which the local "
                   "authority, the integrated care board, schools, settings and parents and carers jointly plan, "
                   "commission and oversee services for children and young people aged 0 to 25 with special "
                   "educational needs and/or disabilities."),
            ("2.", "Accountability. The Board reports to the Tameside Children's Partnership and, on matters of "
                   "health commissioning, to the Tameside locality board of NHS Greater Manchester. It provides an "
                   "annual report to the Health and Wellbeing Board and the Children's Working Group Scrutiny Panel."),
            ("3.", "Responsibilities. The Board will: set and review the SEND and inclusion strategy; oversee the "
                   "inspection improvement plan; monitor the High Needs Block and the sufficiency of specialist "
                   "places; receive performance and quality assurance reports; and ensure that the voices of children, "
                   "young people and families shape its work."),
            ("4.", "Membership. The Board is chaired by the Executive Member for Education and Achievement and "
                   "comprises senior officers of the local authority and the NHS, representatives of each phase of "
                   "education, the Parent Carer Forum and the voluntary sector. Members may send a deputy of "
                   "sufficient seniority."),
            ("5.", "Quorum. The Board is quorate when the Chair or Vice-Chair, one health representative, one "
                   "education representative and one parent carer representative are present."),
            ("6.", "Frequency. The Board meets quarterly, with additional meetings at the Chair's discretion."),
            ("7.", "Sub-groups. The Board is supported by delivery groups for assessment and planning, health "
                   "pathways, inclusion and alternative provision, preparing for adulthood, and communication and "
                   "co-production. Each group reports to every Board meeting by exception."),
            ("8.", "Papers. Agendas and papers are circulated five working days before each meeting. Minutes are "
                   "published after approval at the following meeting."),
            ("9.", "Review. These terms of reference are reviewed annually.")]:
        d.num(n, text)
    d.p("Minutes approved by: ...................................... (Chair) &nbsp;&nbsp; Date: ....................")
    return d


# ------------------------------------------------------------------------------------------------------------------
AREA = ParagraphStyle("Area46", parent=BODY, fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=10,
                      textColor=colors.HexColor("#1F3864"))


def rochdale_wsoa() -> Doc:
    d = Doc("rochdale/round46-2018-06-26-cabinet/Appendix 1 - Written Statement of Action.pdf",
            {"council": "Rochdale Borough Council", "council_slug": "rochdale", "committee": "Cabinet",
             "meeting_date": "2018-06-26", "title": "Appendix 1 - Written Statement of Action",
             "source_kind": "moderngov-document",
             "url": "https://democracy.rochdale.gov.uk/documents/s58213/Appendix%201%20-%20Written%20Statement%20of%20Action.pdf"},
            {"council": "Rochdale Borough Council", "committee": "Cabinet", "date": "2018-06-26"},
            "Rochdale Local Area Written Statement of Action", "Version 0.9 (draft for Cabinet)",
            "Rochdale Borough Council and NHS Heywood, Middleton and Rochdale CCG", page_label="{n} | Page")
    d.title("Rochdale Local Area")
    d.title("Written Statement of Action")
    d.p("Special Educational Needs and Disabilities (SEND) - in response to the joint inspection by Ofsted and the "
        "Care Quality Commission, February 2018")
    d.date("February 2018", "2018-02")
    d.h("Contents")
    d.ruled([["Section", "Page"], ["Foreword", "1"], ["Introduction and context", "2"],
             ["The areas of significant weakness", "2"], ["Our actions", "2"], ["Governance and monitoring", "7"],
             ["Glossary", "7"]], [12 * cm, 3 * cm])
    d.h("Foreword")
    d.p("We are disappointed that the inspection found significant weaknesses in the way our local area identifies "
        "and meets the needs of children and young people with SEND. We accept the findings in full. This statement "
        "sets out what we will do, jointly, and how parents and carers will be able to hold us to account.")
    d.p("Councillor Phillipa Royds-Kenyon, Cabinet Member for Children's Services and Education<br/>"
        "Gerard Etchells-Mann, Director of Children's Services<br/>"
        "Dr Helen Ashby-Crook, Chief Officer, NHS Heywood, Middleton and Rochdale Clinical Commissioning Group<br/>"
        "Donna Whitehead-Lyons, Chair, Rochdale Parents Forum")
    d.person("Phillipa Royds-Kenyon", "Cabinet Member for Children's Services and Education", "member")
    d.person("Gerard Etchells-Mann", "Director of Children's Services", "officer")
    d.person("Helen Ashby-Crook", "Chief Officer, NHS Heywood, Middleton and Rochdale Clinical Commissioning Group",
             "officer")
    d.person("Donna Whitehead-Lyons", "Chair, Rochdale Parents Forum", "other")
    d.add(PageBreak())
    d.h("Introduction and context")
    d.num("1.", "Between 5 and 9 February 2018, Ofsted and the Care Quality Commission (CQC) conducted a joint "
          "inspection of the local area of Rochdale to judge its effectiveness in implementing the special "
          "educational needs and disability reforms set out in the Children and Families Act 2014.")
    d.date("Between 5 and 9 February 2018", "2018-02-05", "2018-02-09")
    d.event("inspection", "2018-02-05", "2018-02-09", "Between 5 and 9 February 2018, Ofsted and the Care Quality "
            "Commission (CQC) conducted a joint inspection of the local area of Rochdale")
    d.num("2.", "The inspection outcome letter was published on 10 April 2018. It determined that a Written Statement "
          "of Action was required because of significant areas of weakness in the local area's practice. The local "
          "authority and the clinical commissioning group are jointly responsible for submitting the statement to "
          "Ofsted, which must be done by 17 July 2018.")
    d.date("10 April 2018", "2018-04-10")
    d.date("17 July 2018", "2018-07-17")
    d.event("outcome-letter", "2018-04-10", None, "The inspection outcome letter was published on 10 April 2018")
    d.event("wsoa-submitted", "2018-07-17", None, "The local authority and the clinical commissioning group are "
            "jointly responsible for submitting the statement to Ofsted, which must be done by 17 July 2018")
    d.num("3.", "Inspectors also identified strengths, including the commitment of special school leaders, the "
          "well-regarded portage service and the effective work of the Youth Offending Team with young people with "
          "SEND. We will build on these.")
    d.h("The areas of significant weakness")
    d.num("4.", "This statement responds to each of the four areas of significant weakness, which are set out below "
          "as the letter worded them.")
    for n, text, themes in [
            ("1", "The lack of a co-ordinated strategy across education, health and care to deliver the reforms, and "
                  "weak joint commissioning arrangements", ["leadership-governance", "joint-commissioning"]),
            ("2", "The poor quality and timeliness of EHC plans, including the conversion of statements of special "
                  "educational needs to EHC plans", ["ehc-plans"]),
            ("3", "The lengthy waiting times for the neurodevelopmental pathway and for child and adolescent mental "
                  "health services", ["health-services"]),
            ("4", "The limited engagement of parents and carers, and the poor quality of the local offer",
             ["co-production", "local-offer"])]:
        d.weak(text, themes, marker=f"Area of weakness {n}:", style=AREA)
    d.h("Our actions")
    d.p("Each table sets out the actions for one area of weakness, with the officer responsible, the completion date "
        "and how we will know that the action has made a difference.")
    due = [("September 2018", "2018-09"), ("December 2018", "2018-12"), ("March 2019", "2019-03"),
           ("July 2019", "2019-07")]
    leads = ["Head of SEND", "CCG Head of Commissioning (Children)", "Designated Clinical Officer",
             "Principal Educational Psychologist", "Head of Early Help", "Local Offer Co-ordinator"]
    topics = [["Agree a joint SEND strategy with partners and parents", "Establish a joint commissioning group",
               "Map current commissioned services against need", "Publish a joint commissioning plan",
               "Align the SEND strategy with the locality plan", "Agree pooled budget arrangements"],
              ["Recruit additional EHC co-ordinators", "Introduce a multi-agency quality assurance panel",
               "Complete all outstanding transfers from statements", "Train co-ordinators in outcome writing",
               "Introduce a health advice template", "Audit a sample of plans each month"],
              ["Validate the neurodevelopmental waiting list", "Commission additional assessment capacity",
               "Introduce a single point of access for emotional wellbeing", "Publish waiting times to families",
               "Provide pre-diagnostic support sessions", "Review CAMHS eligibility criteria with schools"],
              ["Co-produce a participation charter with the Parents Forum", "Relaunch the local offer website",
               "Publish 'you said, we did' updates", "Train staff in co-production",
               "Set up a young people's SEND panel", "Survey parents every six months"]]
    for a in range(4):
        if a:
            d.add(PageBreak())
        d.p(f"<b>Actions for area of weakness {a + 1}</b>")
        rows = [["Ref", "Action", "Lead", "Completion", "How we will know"]]
        for i, action in enumerate(topics[a]):
            rows.append([f"{a + 1}.{i + 1}", action, leads[(a + i) % 6], due[(a + i) % 4][0],
                         ["Strategy signed off by all partners", "Fewer complaints from families",
                          "Performance against target reported monthly", "Parent survey shows improvement",
                          "Audit grades improve", "Waiting times fall"][(a * 2 + i) % 6]])
        d.ruled(rows, [1.1 * cm, 5.3 * cm, 3.6 * cm, 2.9 * cm, 3.3 * cm])
        d.p("Progress against each action will be RAG rated and reported to the SEND Improvement Board every month, "
            "with exceptions escalated to the Health and Wellbeing Board.")
    for text, iso in due:
        d.date(text, iso)
    d.add(PageBreak())
    d.h("Governance and monitoring")
    d.num("5.", "Delivery of this statement will be overseen by the SEND Improvement Board, chaired jointly by the "
          "Director of Children's Services and the CCG Chief Officer, which will meet monthly. The Board reports to "
          "the Health and Wellbeing Board and to the Children's Services Overview and Scrutiny Committee.")
    d.num("6.", "The Department for Education and NHS England will monitor progress through regular review "
          "meetings, the first of which is expected in October 2018. Ofsted and CQC may re-visit the area to decide "
          "whether sufficient progress has been made.")
    d.date("October 2018", "2018-10")
    d.event("monitoring", "2018-10", None, "The Department for Education and NHS England will monitor progress "
            "through regular review meetings, the first of which is expected in October 2018")
    d.num("7.", "Risks to delivery, including the recruitment of EHC co-ordinators and the availability of "
          "clinical staff, are held on a joint risk log reviewed at each Board meeting.")
    d.num("8.", "For further information about this statement, contact Kiran Sethi-Bowker, SEND Improvement Lead, "
          "on 01706 924611 or at kiran.sethi-bowker@rochdale.gov.uk.")
    d.person("Kiran Sethi-Bowker", "SEND Improvement Lead", "officer", "kiran.sethi-bowker@rochdale.gov.uk",
             "01706 924611")
    d.h("Glossary")
    d.ruled([["Term", "Meaning"]] + [[t, m] for t, m in [
            ("CAMHS", "Child and Adolescent Mental Health Services"), ("CCG", "Clinical Commissioning Group"),
            ("CQC", "Care Quality Commission"), ("DCO", "Designated Clinical Officer"),
            ("EHC plan", "Education, health and care plan"), ("HWB", "Health and Wellbeing Board"),
            ("Local offer", "Information about the services available to children and young people with SEND and "
                            "their families"), ("SEN", "Special educational needs"),
            ("SENCO", "Special educational needs co-ordinator"), ("SEND", "Special educational needs and/or "
                                                                          "disabilities"),
            ("WSoA", "Written Statement of Action")]], [3.5 * cm, 12.7 * cm])
    return d


# ------------------------------------------------------------------------------------------------------------------
def waltham_forest_letter() -> Doc:
    d = Doc("waltham-forest/round46-2024-10-15-children-and-young-people-scrutiny-committee/"
            "Appendix A - Area SEND inspection outcome letter.pdf",
            {"council": "London Borough of Waltham Forest", "council_slug": "waltham-forest",
             "committee": "Children and Young People Scrutiny Committee", "meeting_date": "2024-10-15",
             "title": "Appendix A - Area SEND inspection outcome letter", "source_kind": "moderngov-document",
             "url": "https://democracy.walthamforest.gov.uk/documents/s91544/Appendix%20A%20-%20Area%20SEND%20"
                    "inspection%20outcome%20letter.pdf"},
            {"council": "London Borough of Waltham Forest", "committee": "Children and Young People Scrutiny Committee",
             "date": "2024-10-15"},
            "Ofsted", "Area SEND inspection of Waltham Forest Local Area Partnership",
            "Ref: 80188", page_label="{n}")
    d.p("Ofsted<br/>Piccadilly Gate<br/>Store Street<br/>Manchester M1 2WD")
    d.p("T 0300 123 1231<br/>Textphone 0161 618 8524<br/>www.gov.uk/ofsted")
    d.p("23 August 2024")
    d.date("23 August 2024", "2024-08-23")
    d.event("outcome-letter", "2024-08-23", None, "23 August 2024")
    d.p("Imogen Farrant-Oyelaran<br/>Director of Children's Services, London Borough of Waltham Forest")
    d.p("Kwabena Ashdown<br/>Executive Place Director, NHS North East London Integrated Care Board")
    d.p("Jennifer Marwick-Stroud, Local Area Nominated Officer")
    d.person("Imogen Farrant-Oyelaran", "Director of Children's Services, London Borough of Waltham Forest", "officer")
    d.person("Kwabena Ashdown", "Executive Place Director, NHS North East London Integrated Care Board", "officer")
    d.person("Jennifer Marwick-Stroud", "Local Area Nominated Officer", "officer")
    d.p("Dear Ms Farrant-Oyelaran and Mr Ashdown")
    d.h("Area SEND inspection of Waltham Forest Local Area Partnership")
    d.p("Ofsted and the Care Quality Commission (CQC) conducted a joint inspection of the local area partnership "
        "from 8 to 12 July 2024. The inspection was led by one of His Majesty's Inspectors from Ofsted, with a team "
        "of inspectors including an Ofsted Inspector and a Children's Services Inspector from the CQC.")
    d.date("from 8 to 12 July 2024", "2024-07-08", "2024-07-12")
    d.event("inspection", "2024-07-08", "2024-07-12", "Ofsted and the Care Quality Commission (CQC) conducted a joint "
            "inspection of the local area partnership from 8 to 12 July 2024")
    d.p("<b>Inspection outcome</b>")
    d.p("The local area partnership's special educational needs and/or disabilities (SEND) arrangements typically "
        "lead to positive experiences and outcomes for children and young people with SEND. The local area "
        "partnership is taking action where improvements are needed.")
    d.p("The next full area SEND inspection will be within approximately five years. Ofsted and CQC ask that the "
        "local area partnership updates and publishes its strategic plan based on the recommendations set out in "
        "this report.")
    d.h("Information about the local area partnership")
    d.p("The London Borough of Waltham Forest and NHS North East London Integrated Care Board (ICB) are jointly "
        "responsible for the planning and commissioning of services for children and young people with SEND in "
        "Waltham Forest. The commissioning of health services changed across England in July 2022. As a result, "
        "NHS North East London ICB became responsible for the commissioning of health services in Waltham Forest.")
    d.date("July 2022", "2022-07")
    d.p("The local area partnership was last inspected under the previous framework in June 2017, when no Written "
        "Statement of Action was required. The local authority commissions a range of alternative provision, "
        "including a pupil referral unit and registered independent providers.")
    d.date("June 2017", "2017-06")
    d.event("inspection", "2017-06", None, "The local area partnership was last inspected under the previous "
            "framework in June 2017")
    d.h("What is it like to be a child or young person with SEND in this area?")
    for text in [
        "Most children and young people with SEND in Waltham Forest have their needs identified early and accurately. "
        "Health visitors, early years settings and the early support team work closely together, so that young "
        "children receive help before they start school. Families value the 'Ready for School' sessions and the "
        "portage service, which they say make a real difference.",
        "Children and young people with education, health and care (EHC) plans typically receive the support they "
        "need in school. Most EHC plans are completed within the statutory 20 weeks, and the voice of the child is "
        "clear in the plans that inspectors reviewed. Professionals from health and social care contribute "
        "helpfully to assessments, and plans set out well-considered outcomes.",
        "Children with complex medical needs benefit from a well-co-ordinated children's community nursing team and "
        "from the specialist school nursing service. Children who use the short breaks service enjoy a wide range of "
        "activities, including holiday clubs and sports sessions run by local charities.",
        "Young people are well prepared for adulthood. The supported internship programme is growing, and an "
        "increasing proportion of young people with EHC plans move into paid work. Young people told inspectors "
        "about the travel training that helped them to become independent.",
        "However, some children and young people wait too long for an assessment of autism or attention deficit "
        "hyperactivity disorder, and some families feel that they are left without support while they wait. Some "
        "children with SEND who receive SEN support in mainstream schools do not get help that is precisely matched "
        "to their needs, and parents' experiences of the annual review process are mixed."]:
        d.p(text)
    d.h("What is the area partnership doing that is effective?")
    for text in [
        "Leaders across education, health and care share an ambitious vision for children and young people with "
        "SEND. They know the area well and have an accurate understanding of its strengths and weaknesses.",
        "The partnership works closely with the Waltham Forest Parent Forum, which co-chairs the SEND Partnership "
        "Board. Parents have contributed to the redesign of the local offer and the new graduated approach toolkit.",
        "The inclusion support service and the educational psychology service provide well-regarded training and "
        "advice for schools. Permanent exclusions of pupils with SEND have fallen over the last three years.",
        "Therapists from the speech and language therapy service work in every special school and in resourced "
        "provisions, so children receive therapy as part of their school day.",
        "The designated clinical officer has strengthened the quality of health advice for EHC needs assessments, "
        "and health professionals attend multi-agency panels."]:
        d.p("&bull;&nbsp;&nbsp;" + text, BULLET)
    d.h("What does the area partnership need to do better?")
    for text in [
        "Waiting times for neurodevelopmental assessments are too long. Leaders have commissioned additional "
        "capacity, but it is too soon to see the impact on the length of time children wait.",
        "The quality of support for children at SEN support varies between schools. Leaders' oversight of the "
        "graduated approach is at an early stage.",
        "Annual reviews are not always held on time, and amendments to EHC plans after review are sometimes slow."]:
        d.p("&bull;&nbsp;&nbsp;" + text, BULLET)
    d.h("Areas for improvement")
    d.p("Inspectors have set out three matters for the partnership's attention, each of which should be addressed "
        "through its strategic plan.")
    for marker, text, themes in [
            ("Area for improvement one -", "Leaders at the ICB should work with providers to reduce waiting times for "
                                           "neurodevelopmental assessments and make sure that families receive "
                                           "support while they wait.", ["health-services"]),
            ("Area for improvement two -", "Leaders across the partnership should strengthen their oversight of the "
                                           "support provided to children at SEN support, so that it is consistently "
                                           "matched to their needs.", ["identification", "data-oversight"]),
            ("Area for improvement three -", "Leaders at the local authority should make sure that annual reviews of "
                                             "EHC plans are completed in a timely way and that plans are amended "
                                             "promptly when needs change.", ["ehc-plans"])]:
        d.weak(text, themes, marker=f"<b>{marker}</b>", style=BODY)
    d.h("Local area partnership details")
    d.ruled([["Local authority", "Integrated care board"],
             ["London Borough of Waltham Forest", "NHS North East London Integrated Care Board"],
             ["Imogen Farrant-Oyelaran, Director of Children's Services", "Kwabena Ashdown, Executive Place Director"],
             ["www.walthamforest.gov.uk", "www.northeastlondon.icb.nhs.uk"],
             ["Waltham Forest Town Hall, Forest Road, Walthamstow, London E17 4JF",
              "4th Floor, Unex Tower, 5 Station Street, London E15 1DA"]], [8.1 * cm, 8.1 * cm])
    d.h("Information about this inspection")
    d.p("This inspection was carried out under section 20(1)(b) of the Children Act 2004 and section 48 of the "
        "Health and Social Care Act 2008. Inspectors met children, young people, parents and carers, and leaders "
        "and practitioners from education, health and social care. They reviewed a sample of EHC plans, the "
        "partnership's self-evaluation and its strategic plan, and considered 612 responses to the online survey.")
    d.ruled([["Ofsted", "Care Quality Commission"],
             ["Lucinda Pryor-Havelock, Ofsted HMI, Lead inspector", "Matthias Okonedo-Wray, CQC Lead inspector"],
             ["Delphine Arkwright, Ofsted Inspector", ""]], [8.1 * cm, 8.1 * cm])
    d.person("Lucinda Pryor-Havelock", "Ofsted HMI, Lead inspector", "other")
    d.person("Matthias Okonedo-Wray", "CQC Lead inspector", "other")
    d.person("Delphine Arkwright", "Ofsted Inspector", "other")
    d.p("Yours sincerely")
    d.p("Priscilla Yeoman-Dart<br/>His Majesty's Inspector")
    d.person("Priscilla Yeoman-Dart", "His Majesty's Inspector", "other")
    d.p("cc: Department for Education; NHS England; the Lead Member for Children and Young People, Councillor "
        "Terence Abara-Lyle; the Chief Executive of the London Borough of Waltham Forest; the Chair of the Waltham "
        "Forest Parent Forum.")
    d.person("Terence Abara-Lyle", "Lead Member for Children and Young People", "member")
    d.add(PageBreak())
    d.title("Annex: Local area data considered by inspectors")
    rows = [["Indicator", "Waltham Forest", "London", "England"]]
    for i, m in enumerate(["EHC plans issued within 20 weeks (%)", "Pupils with EHC plans (%)",
                           "Pupils with SEN support (%)", "EHC plans in mainstream schools (%)",
                           "Children in special schools (%)", "Independent special school placements (number)",
                           "Permanent exclusions, pupils with SEN support (rate)",
                           "Suspensions, pupils with EHC plans (rate)", "Persistent absence, pupils with EHC plans (%)",
                           "Key stage 2 expected standard, SEN support (%)", "Key stage 4 Attainment 8, EHC plans",
                           "16-17 year olds with EHC plans in education or training (%)",
                           "Young people with EHC plans in supported internships (number)",
                           "Median wait for autism assessment (weeks)", "Median wait for ADHD assessment (weeks)",
                           "Median wait for speech and language therapy (weeks)", "Tribunal appeals (rate per 10,000)",
                           "Mediation cases (number)", "Personal budgets (number)", "Short breaks users (number)",
                           "Annual reviews completed on time (%)", "Amended plans within 4 weeks of review (%)",
                           "Children with SEND known to youth justice (number)", "Children in need with SEND (%)",
                           "Children looked after with EHC plans (%)", "Care leavers with EHC plans in work (%)"]):
        rows.append([m] + [str(5 + (i * 41 + k * 19) % 95) for k in range(3)])
    d.ruled(rows, [9.2 * cm, 2.4 * cm, 2.2 * cm, 2.4 * cm])
    d.p("Source: partnership's data pack and published national statistics. Figures were provided for the inspection "
        "and are not official statistics.", SMALL)
    d.add(PageBreak())
    d.title("Annex: Summary of responses to the inspection survey")
    d.p("Parents and carers, children and young people, and practitioners were invited to respond to an online survey "
        "while the inspection took place. The table shows the percentage of respondents who agreed with each "
        "statement.")
    rows = [["Respondent group", "Statement", "Agree %", "Disagree %", "Don't know %"]]
    groups = ["Parents and carers", "Children and young people", "Education practitioners", "Health practitioners",
              "Social care practitioners"]
    statements = ["My child's needs were identified early", "I know where to find information about services",
                  "The EHC plan describes my child's needs well", "Health services contributed to the plan",
                  "Support is reviewed when needs change", "I feel listened to by professionals",
                  "Waiting times for assessment are reasonable", "My school helps me with my learning",
                  "I am helped to plan for the future", "Services work well together"]
    for i in range(60):
        a = 25 + (i * 23) % 60
        b = (i * 11) % (95 - a)
        rows.append([groups[i // 12], statements[i % 10], str(a), str(b), str(100 - a - b)])
    d.ruled(rows, [3.8 * cm, 6.8 * cm, 1.8 * cm, 2 * cm, 1.8 * cm])
    d.p("Percentages are rounded and may not total 100. Groups with fewer than ten responses to a statement are not "
        "shown separately.", SMALL)
    return d


DOCUMENTS = [kirklees_minutes, calderdale_hwb_pack, walsall_scrutiny_report, tameside_partnership_minutes,
             rochdale_wsoa, waltham_forest_letter]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
