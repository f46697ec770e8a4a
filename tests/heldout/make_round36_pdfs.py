"""Write the long printed documents of the held-out round 36 (reportlab), and their gold.

Round 36 is a blind batch of LONG PDFs (6 to 9 pages), written with their gold before any extractor ran on them, in
shapes of real long council papers that the earlier long-PDF rounds (22, 25, 27, 28, 31, 33) did not use: a Cabinet
agenda reports pack holding several reports, one of them the SEND report with its appendices (Warwickshire); the
printed minutes of a Children and Young People Scrutiny Committee with a two-column attendance table of members and
co-opted members (Manchester); a Health and Wellbeing Board agenda pack whose SEND report is written jointly by the
council and the ICB, with the areas of weakness as the report's own sub-headings (Oldham); a Cabinet report whose
appendix is the Written Statement of Action itself (Sandwell); the minutes of a SEND Improvement Board with an
attendance table and an action log (Middlesbrough); and a scrutiny report with the partnership's SEND
self-evaluation summary as its appendix (Wiltshire). Invented text, fictitious people.

The framework is ``long_pdf_kit.py`` (shared with rounds 22 to 33, unchanged); ``--gold`` writes the gold with the
page of each resolution's and weakness's text read back from the written PDF; ``--check`` also lists date-like
strings missing from the gold. Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round36_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, paragraph_styles, run, two_columns  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle  # noqa: E402

BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = STYLES = paragraph_styles(
    "36", body=(10, 13.5, 5), cell=(8.5, 10.5), head=(11, 14, 8), title=(13.5, 17))


class Doc(LongDoc):
    """A round 36 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = STYLES
    margin_y = 2.4 * cm
    column_lookup = True

    def box(self, title: str, paragraphs: list, width: float = 16.2 * cm):
        """A ruled one-cell box holding a bold title and paragraphs (a report's call-out panel)."""
        flow = [Paragraph(f"<b>{title}</b>", CELL)] + [x if not isinstance(x, str) else Paragraph(x, CELL)
                                                       for x in paragraphs]
        table = Table([[flow]], colWidths=[width])
        table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        self.story.append(table)

    def contacts(self, rows, widths=(3.4 * cm, 7.0 * cm, 5.8 * cm)):
        """A ruled "Role | Name | Contact Information" table, its header shaded."""
        self.table([["", "Name", "Contact Information"]] + [list(r) for r in rows], list(widths))


# ------------------------------------------------------------------------------------------------------------------
# 1. Warwickshire: Cabinet agenda reports pack (front sheet, minutes, three reports, the SEND report's appendices)
# ------------------------------------------------------------------------------------------------------------------

def warwickshire_pack() -> Doc:
    d = Doc(
        "warwickshire/round36-2025-06-12-cabinet/Public reports pack 12th-Jun-2025 13.45 Cabinet.pdf",
        {"council": "Warwickshire County Council", "council_slug": "warwickshire", "committee": "Cabinet",
         "meeting_date": "2025-06-12", "title": "Public reports pack, 12/06/2025 13:45",
         "source_kind": "committee-report",
         "url": "https://democracy.warwickshire.gov.uk/documents/g5121/Public%20reports%20pack%2012th-Jun-2025"
                "%2013.45%20Cabinet.pdf"},
        {"council": "Warwickshire County Council", "committee": "Cabinet", "date": "2025-06-12"},
        "Warwickshire County Council", "Cabinet - Thursday 12 June 2025", "Public Document Pack",
        page_label="Page {n}")
    d.title("Cabinet")
    d.table([["Date:", "Thursday 12 June 2025"], ["Time:", "1.45 pm"],
             ["Venue:", "Committee Room 2, Shire Hall, Warwick, CV34 4RL"]],
            [3 * cm, 13.2 * cm], header=False, grid=False)
    d.date("Thursday 12 June 2025", "2025-06-12")
    d.h("Membership")
    d.table([["Councillor Fiona Harbury (Chair)", "Leader of the Council"],
             ["Councillor Owen Lapworth", "Deputy Leader and Portfolio Holder for Finance and Property"],
             ["Councillor Bethany Kineton", "Portfolio Holder for Children and Families"],
             ["Councillor Martin Ilmington", "Portfolio Holder for Education"],
             ["Councillor Gwen Fillongley", "Portfolio Holder for Adult Social Care and Health"],
             ["Councillor Dev Napton", "Portfolio Holder for Transport and Planning"],
             ["Councillor Sally Wolston", "Portfolio Holder for Environment, Climate and Culture"],
             ["Councillor Rhys Tanworth", "Portfolio Holder for Customer and Transformation"]],
            [6.6 * cm, 9.6 * cm], header=False, grid=False)
    d.person("Fiona Harbury", "Leader of the Council", "member")
    d.person("Owen Lapworth", "Deputy Leader and Portfolio Holder for Finance and Property", "member",
             "cllrlapworth@warwickshire.gov.uk")
    d.person("Bethany Kineton", "Portfolio Holder for Children and Families", "member")
    d.person("Martin Ilmington", "Portfolio Holder for Education", "member", "cllrilmington@warwickshire.gov.uk")
    d.person("Gwen Fillongley", "Portfolio Holder for Adult Social Care and Health", "member")
    d.person("Dev Napton", "Portfolio Holder for Transport and Planning", "member", "cllrnapton@warwickshire.gov.uk")
    d.person("Sally Wolston", "Portfolio Holder for Environment, Climate and Culture", "member")
    d.person("Rhys Tanworth", "Portfolio Holder for Customer and Transformation", "member")
    d.h("Items on the agenda: -")
    d.p("<b>1. General</b>")
    for text in ("(1) Apologies", "(2) Disclosures of Pecuniary and Non-Pecuniary Interests",
                 "(3) Minutes of the previous meeting: to confirm the minutes of the meeting held on 15 May 2025. "
                 "(Pages 2 - 3)",
                 "(4) Public Speaking: to note any requests to speak on any item on the agenda, in accordance with "
                 "the Council's Public Speaking Scheme."):
        d.p(text, HANG)
    d.date("15 May 2025", "2025-05-15")
    for text in ("<b>2. Financial Monitoring Report 2024/25: Outturn</b> (Page 4)",
                 "<b>3. Local Area SEND Inspection: Outcome and Improvement Plan</b> (Pages 5 - 8)",
                 "<b>4. Home to School and College Transport Policy 2026/27: Consultation</b> (Page 9)",
                 "<b>5. Reports Containing Confidential or Exempt Information</b>"):
        d.p(text, HANG)
    d.p("<b>Mairead Lillington</b><br/>Chief Executive<br/>Warwickshire County Council<br/>Shire Hall, Warwick")
    d.person("Mairead Lillington", "Chief Executive", "officer")
    d.p("Published: Wednesday 4 June 2025", SMALL)
    d.date("Wednesday 4 June 2025", "2025-06-04")
    d.p("<b>Disclosures of Pecuniary and Non-Pecuniary Interests.</b> Members are required to register their "
        "disclosable pecuniary interests within 28 days of their election or appointment to the Council. Any "
        "changes to matters registered or new matters that require registration must be notified to the "
        "Monitoring Officer as soon as practicable after they arise.", SMALL)
    d.p("<b>Public Speaking.</b> Any member of the public who is resident or working in Warwickshire, or who is in "
        "receipt of services from the Council, may speak at the meeting for up to three minutes on any item on the "
        "agenda. Notice must be given to Democratic Services by 9.00 am on Monday 9 June 2025.", SMALL)
    d.date("Monday 9 June 2025", "2025-06-09")
    d.p("<b>Enquiries about this agenda:</b> Lydia Wellesbourne, Democratic Services Officer. Telephone: 01926 "
        "412837. Email: lydiawellesbourne@warwickshire.gov.uk", SMALL)
    d.person("Lydia Wellesbourne", "Democratic Services Officer", "officer", "lydiawellesbourne@warwickshire.gov.uk",
             "01926 412837")
    d.add(PageBreak())

    # -- minutes of the previous meeting ---------------------------------------------------------------------------
    d.title("Cabinet")
    d.p("Minutes of the meeting held on Thursday 15 May 2025 at Shire Hall, Warwick.")
    d.p("<b>Present</b>")
    d.p("<b>Cabinet Members:</b><br/>Councillor Fiona Harbury (Chair)<br/>Councillor Owen Lapworth<br/>"
        "Councillor Bethany Kineton<br/>Councillor Martin Ilmington<br/>Councillor Dev Napton<br/>"
        "Councillor Sally Wolston<br/>Councillor Rhys Tanworth")
    d.p("<b>Other Councillors:</b> Councillor Harriet Claverdon, Councillor Yusuf Dunchurch, Councillor Penny "
        "Ettington and Councillor Neil Shipston.")
    d.person("Harriet Claverdon", "Chair of the Children and Young People Overview and Scrutiny Committee", "member")
    d.person("Yusuf Dunchurch", None, "member")
    d.person("Penny Ettington", None, "member")
    d.person("Neil Shipston", "Vice-Chair", "member")
    d.h("1. General")
    d.p("<b>(1) Apologies</b>")
    d.p("Apologies for absence were received from Councillor Gwen Fillongley.")
    d.p("<b>(2) Disclosures of Pecuniary and Non-Pecuniary Interests</b>")
    d.p("Councillor Ilmington declared a non-pecuniary interest in item 3 as a governor of a special school in "
        "Nuneaton.")
    d.p("<b>(3) Minutes of the previous meeting</b>")
    d.p("The minutes of the meeting held on 10 April 2025 were agreed as a true record and signed by the Chair.")
    d.record_res(None, "The minutes of the meeting held on 10 April 2025 were agreed as a true record and signed by "
                       "the Chair.", "resolution")
    d.date("10 April 2025", "2025-04-10")
    d.p("<b>(4) Public Speaking</b>")
    d.p("Mrs Hannah Bearley addressed Cabinet on item 3. She explained that her daughter had waited more than a year "
        "for a place at a specialist school and had been out of education for two terms. She welcomed the proposals "
        "but asked that new places be spread across the north and the south of the county. Councillor Kineton "
        "thanked Mrs Bearley and said that a written response would be sent to her.")
    d.person("Hannah Bearley", None, "other")
    d.h("2. Council Plan 2025-2030: Integrated Performance Report, Quarter 4 2024/25")
    d.p("Councillor Tanworth introduced the report, which set out the Council's performance against the Council "
        "Plan at the end of the financial year. Of the 62 measures reported, 41 were on track. Councillor "
        "Dunchurch asked why the timeliness of education, health and care plans had fallen in the last quarter; "
        "Councillor Ilmington replied that this would be covered under item 3 and in the SEND report to the next "
        "meeting.")
    d.p("<b>Vote</b><br/>The recommendation was agreed unanimously.")
    d.res(None, "That Cabinet notes the performance of the Council at the end of Quarter 4 of 2024/25, as set out "
                "in the report.", "resolution", lead="<b>Resolved:</b>", style=BODY)
    d.h("3. Special Educational Needs and Disabilities: Specialist Places Capital Programme")
    d.p("Councillor Ilmington introduced the report, which proposed a programme of specialist provision to create "
        "around 420 additional places by September 2027, including resourced provisions in mainstream schools and "
        "the expansion of two special schools. He reminded Cabinet that more than 300 children with an education, "
        "health and care plan were placed in independent special schools, many of them outside the county.")
    d.date("September 2027", "2027-09")
    d.p("Councillor Ettington welcomed the programme but asked how the Council would make sure that the places "
        "opened on time. Councillor Lapworth said that the programme would be overseen by the Capital Programme "
        "Board and reported to Cabinet every quarter.")
    d.p("<b>Vote</b><br/>The recommendations were agreed unanimously.")
    d.p("<b>Resolved:</b>")
    d.p("That Cabinet:")
    d.res("1.", "Approves the addition of £12.4 million to the Capital Programme for the expansion of specialist "
                "provision set out in Appendix A to the report;", "resolution")
    d.res("2.", "Authorises the Executive Director for Resources to invite tenders and to enter into the contracts "
                "needed to deliver the schemes, on terms and conditions acceptable to the Executive Director; and",
          "resolution")
    d.res("3.", "Notes that the Dedicated Schools Grant high needs block is forecast to be in deficit by £36.8 "
                "million at 31 March 2025.", "resolution")
    d.date("31 March 2025", "2025-03-31")
    d.h("4. Warwickshire Youth Justice Plan 2025-2026")
    d.p("Councillor Kineton introduced the plan, which had been prepared by the Youth Justice Management Board. "
        "First-time entrants to the youth justice system had fallen for the third year running.")
    d.p("<b>Vote</b><br/>The recommendation was agreed unanimously.")
    d.res(None, "That Cabinet recommends to Council that the Warwickshire Youth Justice Plan 2025-2026 be approved.",
          "resolution", lead="<b>Resolved:</b>", style=BODY)
    d.h("5. Reports Containing Confidential or Exempt Information")
    d.p("There were no items.")
    d.p("The meeting rose at 2.41 pm.")
    d.p("...............................................<br/>Chair")
    d.add(PageBreak())

    # -- item 2: financial monitoring ----------------------------------------------------------------------------
    d.p("<b>Cabinet</b><br/>12 June 2025")
    d.title("Financial Monitoring Report 2024/25: Outturn")
    d.h("Recommendation(s)")
    d.p("That Cabinet:")
    d.res("1.", "Notes the 2024/25 revenue outturn overspend of £3.4 million (0.8%) against the approved budget of "
                "£418.3 million;", "recommendation")
    d.res("2.", "Approves the carry-forward of £1.9 million of service underspends to 2025/26, as set out in "
                "Appendix A; and", "recommendation")
    d.res("3.", "Notes the Dedicated Schools Grant deficit of £36.8 million at 31 March 2025, held in an unusable "
                "reserve under the statutory override.", "recommendation")
    d.h("1. Executive Summary")
    d.p("1.1 The Council's net revenue spending in 2024/25 was £421.7 million, an overspend of £3.4 million. The "
        "main pressures were in children's social care placements (£5.2 million) and home to school transport for "
        "children with special educational needs (£2.9 million), offset by underspends in corporate services and "
        "additional investment income.")
    d.p("1.2 The high needs block of the Dedicated Schools Grant overspent by £11.6 million in the year, taking the "
        "cumulative deficit to £36.8 million. The statutory override, which keeps the deficit off the Council's "
        "general fund, has been extended by the Government until 31 March 2028.")
    d.date("31 March 2028", "2028-03-31")
    d.p("1.3 The capital programme delivered £148.2 million of investment, 86% of the forecast at Quarter 3. "
        "Slippage of £23.9 million is carried forward, mainly on school places and highways schemes.")
    d.h("2. Financial Implications")
    d.p("2.1 These are set out in the body of the report. The general reserve stands at £32.0 million after the "
        "outturn, within the range set in the Medium Term Financial Strategy agreed by Council on 6 February 2025.")
    d.date("6 February 2025", "2025-02-06")
    d.h("3. Environmental Implications")
    d.p("3.1 There are no direct environmental implications.")
    d.h("Appendices")
    d.p("Appendix A - Revenue outturn and carry-forward requests by service (published separately)")
    d.contacts([["Report Author", "Connor Welford, Lead Commissioner, Finance Strategy",
                 "connorwelford@warwickshire.gov.uk"],
                ["Director", "Ruth Dordon, Director of Finance", "ruthdordon@warwickshire.gov.uk"],
                ["Executive Director", "Simon Atherstone, Executive Director for Resources",
                 "simonatherstone@warwickshire.gov.uk"],
                ["Portfolio Holder", "Councillor Owen Lapworth, Finance and Property",
                 "cllrlapworth@warwickshire.gov.uk"]])
    d.person("Connor Welford", "Lead Commissioner, Finance Strategy", "officer", "connorwelford@warwickshire.gov.uk")
    d.person("Ruth Dordon", "Director of Finance", "officer", "ruthdordon@warwickshire.gov.uk")
    d.person("Simon Atherstone", "Executive Director for Resources", "officer", "simonatherstone@warwickshire.gov.uk")
    d.p("The report was circulated to the following members prior to publication: Local Member(s): not applicable. "
        "Other members: Councillors Dunchurch and Ettington.", SMALL)
    d.add(PageBreak())

    # -- item 3: the SEND report ---------------------------------------------------------------------------------
    d.p("<b>Cabinet</b><br/>12 June 2025")
    d.title("Local Area SEND Inspection: Outcome and Improvement Plan")
    d.h("Recommendation(s)")
    d.p("That Cabinet:")
    d.res("1.", "Notes the outcome of the Ofsted and Care Quality Commission inspection of the Warwickshire local "
                "area partnership's arrangements for children and young people with special educational needs "
                "and/or disabilities (SEND), published on 9 May 2025;", "recommendation")
    d.date("9 May 2025", "2025-05-09")
    d.res("2.", "Endorses the SEND and Inclusion Improvement Plan at Appendix 1, agreed by the SEND and Inclusion "
                "Partnership Board on 28 May 2025, as the partnership's response to the four areas for "
                "improvement;", "recommendation")
    d.date("28 May 2025", "2025-05-28")
    d.res("3.", "Delegates authority to the Executive Director for Children and Young People, in consultation with "
                "the Portfolio Holder for Education, to make minor changes to the plan before it is published; "
                "and", "recommendation")
    d.res("4.", "Asks the Children and Young People Overview and Scrutiny Committee to receive a report on progress "
                "against the plan every six months.", "recommendation")
    d.h("1. Executive Summary")
    d.p("1.1 Between 17 and 21 March 2025, Ofsted and the Care Quality Commission (CQC) carried out a joint "
        "inspection of the Warwickshire local area partnership under the area SEND inspection framework introduced "
        "in January 2023. The partnership had been notified of the inspection on 10 March 2025. The report was "
        "published on 9 May 2025.")
    d.date("Between 17 and 21 March 2025", "2025-03-17", "2025-03-21")
    d.date("January 2023", "2023-01")
    d.date("10 March 2025", "2025-03-10")
    d.event("inspection", "2025-03-17", "2025-03-21", "Between 17 and 21 March 2025, Ofsted and the Care Quality "
            "Commission (CQC) carried out a joint inspection of the Warwickshire local area partnership")
    d.event("outcome-letter", "2025-05-09", None, "The report was published on 9 May 2025.")
    d.p("1.2 The inspection found that the local area partnership's arrangements lead to inconsistent experiences "
        "and outcomes for children and young people with SEND. This is the middle of the three possible outcomes. "
        "The next full inspection will take place within approximately three years, and Ofsted will hold an annual "
        "engagement meeting with the partnership in the meantime.")
    d.p("1.3 This report has been prepared jointly with NHS Coventry and Warwickshire Integrated Care Board (ICB). "
        "Dr Alys Ryton, Chief Nursing Officer of the ICB, is the senior responsible officer for the health "
        "actions in the plan.")
    d.person("Alys Ryton", "Chief Nursing Officer of the ICB", "officer")
    d.h("2. Financial Implications")
    d.p("2.1 The plan will be delivered largely within existing budgets. The ICB has committed an additional "
        "£850,000 a year, recurrently from 2025/26, for speech and language therapy and neurodevelopmental "
        "assessment. The Council will fund six additional EHC coordinator posts from the high needs block at a cost "
        "of £310,000 a year.")
    d.h("3. Environmental Implications")
    d.p("3.1 There are no environmental implications arising directly from this report.")
    d.h("4. Supporting Information")
    d.p("<b>Background</b>")
    d.p("4.1 The area's previous inspection, under the 2016 framework, took place in November 2018. It required "
        "the Council and the then Clinical Commissioning Group to produce a Written Statement of Action (WSoA), "
        "which Ofsted and the CQC judged fit for purpose in May 2019. Inspectors revisited the area between 7 and 9 "
        "June 2021 and found that sufficient progress had been made in addressing all five areas of significant "
        "weakness. Formal monitoring by the Department for Education (DfE) and NHS England ended after a final "
        "review meeting on 14 September 2021.")
    d.date("November 2018", "2018-11")
    d.date("May 2019", "2019-05")
    d.date("between 7 and 9 June 2021", "2021-06-07", "2021-06-09")
    d.date("14 September 2021", "2021-09-14")
    d.event("inspection", "2018-11", None, "The area's previous inspection, under the 2016 framework, took place in "
            "November 2018.")
    d.event("wsoa-approved", "2019-05", None, "a Written Statement of Action (WSoA), which Ofsted and the CQC judged "
            "fit for purpose in May 2019")
    d.event("revisit", "2021-06-07", "2021-06-09", "Inspectors revisited the area between 7 and 9 June 2021")
    d.event("monitoring", "2021-09-14", None, "Formal monitoring by the Department for Education (DfE) and NHS "
            "England ended after a final review meeting on 14 September 2021.")
    d.p("<b>What inspectors found</b>")
    d.p("4.2 Inspectors met children and young people, parents and carers, and leaders and practitioners from "
        "education, health and social care. They visited schools, early years settings and a further education "
        "college, and looked at the cases of 23 children and young people in detail.")
    d.p("4.3 The report recognises much that is working well. In particular, inspectors found that:")
    for text in ("early years practitioners identify children's needs quickly, and the early years inclusion "
                 "service is highly regarded by settings;",
                 "the Warwickshire Parent Carer Voice is an equal partner in the partnership's governance;",
                 "children in care with SEND are well supported by the virtual school; and",
                 "most young people are well prepared for their next steps in education or training."):
        d.p("&bull; " + text, BULLET)
    d.p("4.4 The report also sets out four areas for improvement. They are reproduced in the box below exactly as "
        "they appear in the inspection report.")
    afis = [
        ("Leaders across education, health and care should reduce the time that children and young people wait for "
         "speech and language therapy and for a neurodevelopmental assessment, and make sure that families are "
         "supported while they wait.", ["health-services"]),
        ("Leaders should improve the timeliness of EHC needs assessments and make sure that advice from health and "
         "social care professionals is specific, so that EHC plans describe children's needs and the provision to "
         "meet them precisely.", ["ehc-plans"]),
        ("The local authority should strengthen its oversight of children and young people with SEND who attend "
         "alternative provision or who have a part-time timetable, so that leaders know whether these arrangements "
         "meet their needs.", ["data-oversight", "inclusion-provision"]),
        ("Leaders should improve how they communicate with parents and carers about the support that is available, "
         "including through the local offer, so that families are well informed and feel listened to.",
         ["co-production", "local-offer"]),
    ]
    d.box("What does the local area partnership need to do better?",
          [Paragraph("&bull; " + escape(text), ParagraphStyleBox) for text, _ in afis])
    for text, themes in afis:
        d.record_weak(text, themes)
    d.p("<b>The partnership's response</b>")
    d.p("4.5 The SEND and Inclusion Improvement Plan (Appendix 1) sets out how the partnership will address each "
        "area for improvement, with a lead, milestones and measures of success. It was co-produced with the "
        "Warwickshire Parent Carer Voice, whose chair, Carys Bulkington, has endorsed it. The plan was agreed by the "
        "SEND and Inclusion Partnership Board on 28 May 2025 and will be published on the Local Offer website by 30 "
        "June 2025.")
    d.person("Carys Bulkington", "chair", "other")
    d.date("30 June 2025", "2025-06-30")
    d.event("progress-plan", "2025-05-28", None, "The plan was agreed by the SEND and Inclusion Partnership Board on "
            "28 May 2025")
    d.event("progress-plan", "2025-06-30", None, "will be published on the Local Offer website by 30 June 2025")
    d.p("4.6 Although there is no formal monitoring after an inspection with this outcome, the DfE and NHS England "
        "have offered to review progress against the plan with the partnership at a meeting in November 2025. The "
        "Partnership Board will receive a highlight report at each of its meetings.")
    d.date("November 2025", "2025-11")
    d.event("monitoring", "2025-11", None, "the DfE and NHS England have offered to review progress against the plan "
            "with the partnership at a meeting in November 2025")
    d.p("<b>Risks</b>")
    d.table([["Risk", "Likelihood", "Impact", "Mitigation"],
             ["Demand for EHC needs assessments continues to rise faster than capacity", "High", "High",
              "Additional coordinators; weekly tracking of assessments due; escalation to the Partnership Board"],
             ["Recruitment of speech and language therapists is slower than planned", "Medium", "High",
              "Joint recruitment campaign with the ICB; use of therapy assistants"],
             ["Families do not see a difference in communication", "Medium", "Medium",
              "Plan co-produced with the Parent Carer Voice; termly 'SEND conversations' events"]],
            [5.4 * cm, 2.2 * cm, 2.0 * cm, 6.6 * cm])
    d.h("5. Timescales associated with the decision and next steps")
    d.p("5.1 Subject to Cabinet's endorsement, the plan will be published by 30 June 2025. A first progress report "
        "will be considered by the Children and Young People Overview and Scrutiny Committee on 19 November 2025.")
    d.date("19 November 2025", "2025-11-19")
    d.h("Appendices")
    d.p("Appendix 1 - SEND and Inclusion Improvement Plan 2025-2027 (summary)<br/>"
        "Appendix 2 - Equality Impact Assessment (summary)")
    d.h("Background Papers")
    d.p("Ofsted and CQC, Area SEND inspection of Warwickshire Local Area Partnership, report published 9 May 2025"
        "<br/>Warwickshire SEND and Inclusion Strategy 2024-2029")
    d.contacts([["Report Author", "Nerys Alcester, Head of SEND and Inclusion",
                 "nerysalcester@warwickshire.gov.uk<br/>Tel: 01926 742913"],
                ["Assistant Director", "Gareth Studley, Assistant Director, Education Services",
                 "garethstudley@warwickshire.gov.uk"],
                ["Executive Director", "Helena Wootton, Executive Director for Children and Young People",
                 "helenawootton@warwickshire.gov.uk"],
                ["Portfolio Holder", "Councillor Martin Ilmington, Education", "cllrilmington@warwickshire.gov.uk"]])
    d.person("Nerys Alcester", "Head of SEND and Inclusion", "officer", "nerysalcester@warwickshire.gov.uk",
             "01926 742913")
    d.person("Gareth Studley", "Assistant Director, Education Services", "officer",
             "garethstudley@warwickshire.gov.uk")
    d.person("Helena Wootton", "Executive Director for Children and Young People", "officer",
             "helenawootton@warwickshire.gov.uk")
    d.p("The report was circulated to the following members prior to publication: Local Member(s): none (a "
        "countywide matter). Other members: Councillor Harriet Claverdon (Chair of the Children and Young People "
        "Overview and Scrutiny Committee) and Councillor Neil Shipston (Vice-Chair).", SMALL)
    d.add(PageBreak())

    # -- appendices -------------------------------------------------------------------------------------------
    d.h("Appendix 1: SEND and Inclusion Improvement Plan 2025-2027 (summary)")
    d.p("The full plan, with its action-level detail, will be published on the Local Offer website. This summary "
        "shows the four priorities of the plan, which answer the four areas for improvement in turn.")
    plan = [["Priority", "Key actions", "Lead", "Milestones", "Measure of success"],
            ["1. Timely help: assessment and therapy",
             "Commission additional speech and language therapy capacity; a single front door for "
             "neurodevelopmental referrals; a 'waiting well' offer designed with the Parent Carer Voice",
             "ICB Head of Children's Commissioning",
             "Front door open from September 2025; waiting well offer by December 2025",
             "No child waits more than 18 weeks for speech and language therapy by March 2027"],
            ["2. EHC plans on time and of good quality",
             "Recruit six EHC coordinators; new templates for health and social care advice; a multi-agency audit "
             "of plans every term",
             "Head of SEND and Inclusion",
             "Recruitment complete by October 2025; first termly audit in January 2026",
             "75% of new plans issued within 20 weeks by March 2026; 80% of audited plans judged good or better"],
            ["3. Knowing where every child learns",
             "A register of pupils on part-time timetables; a quality assurance framework for alternative "
             "provision; termly reports to the Partnership Board",
             "Assistant Director, Education Services",
             "Register live by September 2025; framework piloted from November 2025 to February 2026",
             "Every pupil with SEND on a part-time timetable reviewed within six weeks"],
            ["4. Families informed and heard",
             "Relaunch the Local Offer website; termly 'SEND conversations' events in each district; an annual "
             "survey of parents and carers",
             "Head of SEND and Inclusion, with the Parent Carer Voice",
             "Relaunch in July 2025; survey in May 2026",
             "Parents' confidence in the survey above 60% by July 2026"]]
    d.table(plan, [2.9 * cm, 4.6 * cm, 2.7 * cm, 3.1 * cm, 2.9 * cm], split_in_row=True)
    d.date("September 2025", "2025-09")
    d.date("December 2025", "2025-12")
    d.date("March 2027", "2027-03")
    d.date("October 2025", "2025-10")
    d.date("January 2026", "2026-01")
    d.date("March 2026", "2026-03")
    d.date("from November 2025 to February 2026", "2025-11", "2026-02")
    d.date("July 2025", "2025-07")
    d.date("May 2026", "2026-05")
    d.date("July 2026", "2026-07")
    d.h("Appendix 2: Equality Impact Assessment (summary)")
    d.p("An Equality Impact Assessment of the plan was completed on 22 May 2025 by Priya Bramcote, Equality, "
        "Diversity and Inclusion Lead. It found that the plan is likely to have a positive impact on children and "
        "young people with a disability and their families, and on children from Black and minority ethnic groups, "
        "who are over-represented among pupils on part-time timetables. No negative impacts were identified. The "
        "assessment will be reviewed when the plan is refreshed.")
    d.date("22 May 2025", "2025-05-22")
    d.person("Priya Bramcote", "Equality, Diversity and Inclusion Lead", "officer")
    d.add(PageBreak())

    # -- item 4: home to school transport ------------------------------------------------------------------------
    d.p("<b>Cabinet</b><br/>12 June 2025")
    d.title("Home to School and College Transport Policy 2026/27: Consultation")
    d.h("Recommendation(s)")
    d.p("That Cabinet:")
    d.res("1.", "Approves a public consultation on the draft Home to School and College Transport Policy 2026/27, "
                "to run from 30 June 2025 to 10 August 2025; and", "recommendation")
    d.date("from 30 June 2025 to 10 August 2025", "2025-06-30", "2025-08-10")
    d.res("2.", "Notes that a report on the outcome of the consultation, with a final policy for approval, will be "
                "brought to Cabinet in October 2025.", "recommendation")
    d.h("1. Executive Summary")
    d.p("1.1 The Council must publish its home to school transport policy each year, and its post-16 transport "
        "policy statement by 31 May in each year. The draft policy proposes three changes: personal transport "
        "budgets to be offered to all eligible families; independent travel training to be offered to young people "
        "with SEND at the start of key stage 4; and a contribution of £750 a year for post-16 students who do not "
        "have an EHC plan.")
    d.p("1.2 Spending on transport for children and young people with SEND rose from £21.3 million in 2022/23 to "
        "£29.8 million in 2024/25. The proposals are expected to save £1.1 million a year from 2026/27.")
    d.h("2. Financial Implications")
    d.p("2.1 Savings from the proposals are included in the Medium Term Financial Strategy. They depend on the "
        "take-up of personal transport budgets and travel training, which will be monitored monthly.")
    d.h("3. Environmental Implications")
    d.p("3.1 Independent travel and personal transport budgets are expected to reduce the number of single-occupancy "
        "taxi journeys.")
    d.h("4. Consultation and next steps")
    d.p("4.1 The consultation will be promoted through schools, colleges and the Warwickshire Parent Carer Voice, "
        "with two online drop-in sessions for families. An Equality Impact Assessment will be published with the "
        "consultation.")
    d.contacts([["Report Author", "Jamal Brinklow, Transport Operations Manager", "jamalbrinklow@warwickshire.gov.uk"],
                ["Director", "Eleanor Baddesley, Director of Education", "eleanorbaddesley@warwickshire.gov.uk"],
                ["Executive Director", "Helena Wootton, Executive Director for Children and Young People",
                 "helenawootton@warwickshire.gov.uk"],
                ["Portfolio Holders", "Councillor Dev Napton, Transport and Planning; Councillor Martin Ilmington, "
                 "Education", "cllrnapton@warwickshire.gov.uk<br/>cllrilmington@warwickshire.gov.uk"]])
    d.person("Jamal Brinklow", "Transport Operations Manager", "officer", "jamalbrinklow@warwickshire.gov.uk")
    d.person("Eleanor Baddesley", "Director of Education", "officer", "eleanorbaddesley@warwickshire.gov.uk")
    d.p("The report was circulated to the following members prior to publication: Local Member(s): not applicable. "
        "Other members: Councillors Claverdon and Shipston.", SMALL)
    return d



# ------------------------------------------------------------------------------------------------------------------
# 2. Manchester: printed minutes of the Children and Young People Scrutiny Committee
# ------------------------------------------------------------------------------------------------------------------

def manchester_minutes() -> Doc:
    d = Doc(
        "manchester/round36-2025-11-05-children-and-young-people-scrutiny-committee/"
        "Printed minutes 08th-Oct-2025 10.00 Children and Young People Scrutiny Committee.pdf",
        {"council": "Manchester City Council", "council_slug": "manchester",
         "committee": "Children and Young People Scrutiny Committee", "meeting_date": "2025-11-05",
         "title": "Printed minutes 08th-Oct-2025 10.00 Children and Young People Scrutiny Committee",
         "source_kind": "committee-report",
         "url": "https://democracy.manchester.gov.uk/documents/g5288/Printed%20minutes%2008th-Oct-2025%2010.00"
                "%20Children%20and%20Young%20People%20Scrutiny%20Committee.pdf"},
        {"council": "Manchester City Council", "committee": "Children and Young People Scrutiny Committee",
         "date": "2025-10-08"},
        "Manchester City Council", "Children and Young People Scrutiny Committee",
        "Minutes of the meeting held on 8 October 2025")
    d.body = BODY_L
    d.title("Children and Young People Scrutiny Committee")
    d.p("<b>Minutes of the meeting held on Wednesday, 8 October 2025</b>")
    d.date("Wednesday, 8 October 2025", "2025-10-08")
    d.p("<b>Present:</b>")
    d.table([["<b>Members</b>", "<b>Co-opted Members</b>"],
             ["Councillor Sadia Ancoats (Chair) - in the Chair", "Mr Tobias Newton, Parent Governor Representative"],
             ["Councillor Patrick Ardwick", "Ms Aisha Collyhurst, Parent Governor Representative"],
             ["Councillor Leanne Baguley", "Canon Derek Moss, Church of England Diocesan Representative"],
             ["Councillor Omar Burnage", ""],
             ["Councillor Joanne Clayton", ""],
             ["Councillor Kwame Gorton", ""],
             ["Councillor Helen Moston", ""],
             ["Councillor David Rusholme", ""]],
            [8.1 * cm, 8.1 * cm], header=True, grid=False, bold_header=False, style=CELL_L)
    d.person("Sadia Ancoats", "Chair", "member")
    for name in ("Patrick Ardwick", "Leanne Baguley", "Omar Burnage", "Joanne Clayton", "Kwame Gorton",
                 "Helen Moston", "David Rusholme"):
        d.person(name, None, "member")
    d.person("Tobias Newton", "Parent Governor Representative", "other")
    d.person("Aisha Collyhurst", "Parent Governor Representative", "other")
    d.person("Derek Moss", "Church of England Diocesan Representative", "other")
    d.p("<b>Also present:</b>")
    also = [("Councillor Norah Blackley", "Executive Member for Early Years, Children and Young People"),
            ("Sarah Cheetham", "Strategic Director (Children and Education Services)"),
            ("Amrit Openshaw", "Director of Education"),
            ("Liam Hulme", "Head of SEND"),
            ("Grace Fallowfield", "Head of Attendance and Inclusion"),
            ("Dr Ruth Harpurhey", "Designated Clinical Officer, NHS Greater Manchester (Manchester locality)"),
            ("Jonathan Sharston", "Independent Scrutineer, Manchester Safeguarding Partnership"),
            ("Paula Northenden", "Chair, Manchester Parent Carer Forum"),
            ("Beatrice Wythenshawe", "Headteacher, Bluebell Park School")]
    d.table([list(r) for r in also], [6.0 * cm, 10.2 * cm], header=False, grid=False, style=CELL_L)
    d.person("Norah Blackley", "Executive Member for Early Years, Children and Young People", "member")
    d.person("Sarah Cheetham", "Strategic Director (Children and Education Services)", "officer")
    d.person("Amrit Openshaw", "Director of Education", "officer")
    d.person("Liam Hulme", "Head of SEND", "officer")
    d.person("Grace Fallowfield", "Head of Attendance and Inclusion", "officer")
    d.person("Ruth Harpurhey", "Designated Clinical Officer, NHS Greater Manchester (Manchester locality)", "officer")
    d.person("Jonathan Sharston", "Independent Scrutineer, Manchester Safeguarding Partnership", "other")
    d.person("Paula Northenden", "Chair, Manchester Parent Carer Forum", "other")
    d.person("Beatrice Wythenshawe", "Headteacher, Bluebell Park School", "other")
    d.p("<b>Apologies:</b> Councillors Chorlton and Didsbury, and Mrs Bernadette Crumpsall (Roman Catholic "
        "Diocesan Representative)")
    d.person("Councillor Chorlton", None, "member")
    d.person("Councillor Didsbury", None, "member")
    d.person("Bernadette Crumpsall", "Roman Catholic Diocesan Representative", "other")

    d.h("CYP/25/41 Urgent Business")
    d.p("There was no urgent business.")
    d.h("CYP/25/42 Interests")
    d.p("Councillor Gorton declared a personal and non-prejudicial interest in item CYP/25/45 as a governor of "
        "Bluebell Park School. Councillor Clayton declared a personal and non-prejudicial interest in the same item "
        "as the parent of a child with an education, health and care plan. Mr Newton declared a personal and "
        "non-prejudicial interest in item CYP/25/47 as an employee of a multi-academy trust with schools in the "
        "city. Each remained in the meeting and took part in the discussion.")
    d.h("CYP/25/43 Minutes")
    d.p("<b>Decision</b>")
    d.p("To approve as a correct record the minutes of the meeting held on 3 September 2025.")
    d.record_res(None, "To approve as a correct record the minutes of the meeting held on 3 September 2025.",
                 "resolution")
    d.date("3 September 2025", "2025-09-03")

    d.h("CYP/25/44 Manchester Safeguarding Partnership Annual Report 2024/25")
    d.p("The Committee considered the annual report of the Manchester Safeguarding Partnership for the year to 31 "
        "March 2025, which was presented by the Independent Scrutineer.")
    d.date("31 March 2025", "2025-03-31")
    d.p("Key points and themes in the report included:")
    for text in ("The partnership's three priorities for the year had been neglect, child exploitation and the "
                 "safeguarding of disabled children;",
                 "A multi-agency audit of the cases of 40 disabled children, completed in January 2025, had found "
                 "that disabled children were not always seen alone by social workers;",
                 "The number of children subject to a child protection plan had fallen by 6%; and",
                 "The learning from two local child safeguarding practice reviews, published in November 2024 and "
                 "February 2025."):
        d.p("&bull; " + text, BULLET_L)
    d.date("January 2025", "2025-01")
    d.date("November 2024", "2024-11")
    d.date("February 2025", "2025-02")
    d.p("Key points and queries that arose from the Committee's discussions included:")
    for text in ("How the findings of the audit of disabled children's cases had been shared with schools and "
                 "special schools;",
                 "Whether the partnership's training for frontline staff included communicating with children "
                 "who were non-verbal; and",
                 "The role of health visitors in identifying neglect in the early years."):
        d.p("&bull; " + text, BULLET_L)
    d.p("The Independent Scrutineer advised that the audit's findings had been presented to the headteachers of "
        "all the city's special schools, and that a communication toolkit, produced with Bluebell Park School, "
        "would be launched in December 2025.")
    d.date("December 2025", "2025-12")
    d.p("<b>Decisions</b>")
    d.res("1.", "To note the annual report of the Manchester Safeguarding Partnership.", "resolution", style=HANG_L)
    d.res("2.", "To request that the next annual report include data on the number of children with SEND who are "
                "subject to a child protection plan.", "resolution", style=HANG_L)

    d.h("CYP/25/45 Area SEND Inspection: Outcome and Next Steps")
    d.p("The Committee considered a report of the Strategic Director (Children and Education Services) which "
        "provided an overview of the findings of the area SEND inspection of the Manchester local area partnership "
        "and of the partnership's response.")
    d.p("Key points and themes in the report included:")
    d.p("&bull; The inspection had been carried out by Ofsted and the Care Quality Commission (CQC) from 30 June to "
        "4 July 2025, under the framework introduced in January 2023;", BULLET_L)
    d.date("from 30 June to 4 July 2025", "2025-06-30", "2025-07-04")
    d.date("January 2023", "2023-01")
    d.event("inspection", "2025-06-30", "2025-07-04", "The inspection had been carried out by Ofsted and the Care "
            "Quality Commission (CQC) from 30 June to 4 July 2025")
    d.p("&bull; The report, published on 19 August 2025, had found that the local area partnership's arrangements "
        "typically lead to positive experiences and outcomes for children and young people with special educational "
        "needs and/or disabilities (SEND), the highest of the three possible outcomes;", BULLET_L)
    d.date("19 August 2025", "2025-08-19")
    d.event("outcome-letter", "2025-08-19", None, "The report, published on 19 August 2025, had found that the local "
            "area partnership's arrangements typically lead to positive experiences and outcomes")
    d.p("&bull; Inspectors had commended the early identification of needs in the early years, the role of the "
        "Manchester Parent Carer Forum as a strategic partner, and the support for young people moving into further "
        "education;", BULLET_L)
    d.p("&bull; The partnership's previous inspection, in March 2018, had led to a Written Statement of Action, and "
        "when Ofsted and the CQC revisited the city in February 2021 they had found sufficient progress in all of "
        "the areas of significant weakness; and", BULLET_L)
    d.date("March 2018", "2018-03")
    d.date("February 2021", "2021-02")
    d.event("inspection", "2018-03", None, "The partnership's previous inspection, in March 2018, had led to a "
            "Written Statement of Action")
    d.event("revisit", "2021-02", None, "when Ofsted and the CQC revisited the city in February 2021 they had found "
            "sufficient progress in all of the areas of significant weakness")
    d.p("&bull; An improvement plan would be agreed by the SEND Partnership Board on 22 October 2025 and published on "
        "the Local Offer by 28 November 2025.", BULLET_L)
    d.date("22 October 2025", "2025-10-22")
    d.date("28 November 2025", "2025-11-28")
    d.event("progress-plan", "2025-10-22", None, "An improvement plan would be agreed by the SEND Partnership Board on "
            "22 October 2025")
    d.event("progress-plan", "2025-11-28", None, "and published on the Local Offer by 28 November 2025")
    afis = [("leaders should reduce the time that families wait for a neurodevelopmental assessment and improve the "
             "support available to them while they wait;", ["health-services"]),
            ("leaders should make sure that the health and social care sections of EHC plans are completed in good "
             "time and updated at every annual review;", ["ehc-plans"]),
            ("the local authority should strengthen its quality assurance of the alternative provision used for "
             "pupils with SEND.", ["inclusion-provision", "data-oversight"])]
    d.p("The Director of Education introduced the report. She explained that the outcome reflected years of joint "
        "work since the revisit, and that the report also set out three areas for improvement: that "
        + escape(afis[0][0]) + " that " + escape(afis[1][0]) + " and that " + escape(afis[2][0])
        + " The partnership already had work under way on each of them, and the improvement plan would set out "
          "milestones and measures for each.")
    for text, themes in afis:
        d.record_weak(text, themes)
    d.p("Dr Harpurhey reported that NHS Greater Manchester had funded an additional neurodevelopmental assessment "
        "team from April 2025, and that the average wait for an autism assessment had fallen from 92 weeks to 74 "
        "weeks, although waits remained longest in the north of the city. A 'waiting well' offer, designed with the "
        "Parent Carer Forum, had been available since 1 September 2025.")
    d.date("April 2025", "2025-04")
    d.date("1 September 2025", "2025-09-01")
    d.p("Paula Northenden, Chair of the Manchester Parent Carer Forum, said that the Forum was proud of the outcome, "
        "which recognised the difference co-production had made, but that families waiting for an assessment still "
        "felt they had to fight for support in school. Beatrice Wythenshawe, speaking on behalf of the city's "
        "special schools, described the outreach that special schools now offered to mainstream colleagues.")
    d.p("Key points and queries that arose from the Committee's discussions included:")
    for text in ("Whether the average wait of 74 weeks was the same in each of the city's three localities;",
                 "How the partnership would know that the support offered while families waited was making a "
                 "difference;",
                 "Concern that some schools were using part-time timetables for pupils with SEND without telling "
                 "the local authority;",
                 "Whether Ofsted's annual engagement meeting with the partnership, expected in summer 2026, would "
                 "look at the improvement plan; and",
                 "Whether a positive outcome might lead partners to give SEND less attention."):
        d.p("&bull; " + text, BULLET_L)
    d.p("The Director of Education stated that waits were published by locality each quarter and that she would "
        "share the latest figures with Members. The Head of SEND explained that schools were now required to notify "
        "the local authority of every part-time timetable, and that 63 pupils with SEND had been on one at the end of "
        "the summer term. The Executive Member for Early Years, Children and Young People thanked families, schools "
        "and staff across the partnership and said that the outcome was a platform, not a finishing line.")
    d.p("<b>Decisions</b>")
    d.res("1.", "To note the outcome of the area SEND inspection and to congratulate the staff of the partnership, "
                "schools and settings, and the Manchester Parent Carer Forum.", "resolution", style=HANG_L)
    d.res("2.", "To request that the partnership's improvement plan be submitted to the Committee's meeting on "
                "10 December 2025.", "resolution", style=HANG_L)
    d.date("10 December 2025", "2025-12-10")
    d.res("3.", "To request that the Director of Education circulate to Members the number of children waiting more "
                "than 52 weeks for a neurodevelopmental assessment, broken down by locality.", "resolution",
          style=HANG_L)

    d.h("CYP/25/46 Inspection of Local Authority Children's Services: Verbal Update")
    d.p("The Strategic Director (Children and Education Services) gave a verbal update on the Ofsted inspection of "
        "local authority children's services (ILACS), which had taken place between 15 and 26 September 2025. She "
        "could not share the inspectors' judgements before the report was published, which was expected on 14 "
        "November 2025, but thanked the social work teams for the way they had engaged with inspectors.")
    d.date("between 15 and 26 September 2025", "2025-09-15", "2025-09-26")
    d.date("14 November 2025", "2025-11-14")
    d.p("<b>Decision</b>")
    d.p("To note the verbal update and to receive the inspection report at the Committee's meeting in December.")
    d.record_res(None, "To note the verbal update and to receive the inspection report at the Committee's meeting in "
                       "December.", "resolution")

    d.h("CYP/25/47 School Attendance and Exclusions")
    d.p("The Committee considered a report of the Director of Education which provided an update on school "
        "attendance, suspensions and permanent exclusions in the 2024/25 academic year.")
    d.p("Key points and themes in the report included:")
    for text in ("Persistent absence in the city's schools had fallen from 21.4% to 19.8%;",
                 "Pupils with an EHC plan were three times as likely as their peers to be suspended;",
                 "The Council's attendance support team had worked with 96 schools since September 2024; and",
                 "A new inclusion partnership for secondary schools would be launched in January 2026."):
        d.p("&bull; " + text, BULLET_L)
    d.date("September 2024", "2024-09")
    d.date("January 2026", "2026-01")
    d.p("The Head of Attendance and Inclusion explained that the fall in persistent absence was largest among "
        "primary pupils, and that the team would focus on pupils at SEN support in secondary schools. Members asked "
        "about the cost of alternative provision and the number of places available for pupils with SEND, and "
        "expressed concern that funding for alternative provision had not kept pace with demand.")
    d.p("<b>Decisions</b>")
    d.res("1.", "To note the report and the progress made in reducing persistent absence.", "resolution",
          style=HANG_L)
    d.res("2.", "To recommend that the Executive Member for Early Years, Children and Young People write to the "
                "Secretary of State for Education about the funding of alternative provision for pupils with SEND.",
          "resolution", style=HANG_L)

    d.h("CYP/25/48 Budget 2026/27: Children and Education Services Savings Options")
    d.p("The Committee considered a report of the Strategic Director (Children and Education Services) and the "
        "Deputy City Treasurer which set out the savings options for the directorate for 2026/27, as part of the "
        "Council's medium-term financial plan. The directorate's share of the savings target was £6.2 million.")
    d.p("Key points and themes in the report included:")
    for text in ("Options to reduce the cost of placements for children looked after, by increasing in-house "
                 "foster care;",
                 "A review of the travel assistance offered to post-16 students with SEND, with more independent "
                 "travel training;",
                 "The high needs block of the Dedicated Schools Grant was forecast to overspend by £14.3 million in "
                 "2025/26; and",
                 "Public consultation on the options would run from 3 November 2025 to 12 December 2025."):
        d.p("&bull; " + text, BULLET_L)
    d.date("from 3 November 2025 to 12 December 2025", "2025-11-03", "2025-12-12")
    d.p("Members expressed concern about the impact of changes to travel assistance on young people with SEND and "
        "their families, and asked that the equality impact assessment be shared with the Committee before the "
        "consultation closed. The Executive Member for Early Years, Children and Young People said that no "
        "decision would be taken until the consultation had been considered, and that the Parent Carer Forum would "
        "be involved in designing any new offer.")
    d.p("<b>Decisions</b>")
    d.res("1.", "To note the savings options and the timetable for consultation.", "resolution", style=HANG_L)
    d.res("2.", "To request that the equality impact assessment of the changes to post-16 travel assistance be "
                "circulated to Members before the consultation closes.", "resolution", style=HANG_L)

    d.h("CYP/25/49 Overview Report")
    d.p("The Committee received a report of the Governance and Scrutiny Support Unit which contained key decisions "
        "within the Committee's remit and responses to previous recommendations, and which included the Committee's "
        "work programme. Marcus Whalley, Scrutiny Support Officer, advised that the item on post-16 pathways had "
        "been moved at the request of the Chair.")
    d.person("Marcus Whalley", "Scrutiny Support Officer", "officer")
    d.p("<b>Decision</b>")
    d.p("To note the report and agree the work programme, subject to the addition of an item on post-16 pathways for "
        "young people with SEND at the meeting on 11 February 2026.")
    d.record_res(None, "To note the report and agree the work programme, subject to the addition of an item on "
                       "post-16 pathways for young people with SEND at the meeting on 11 February 2026.",
                 "resolution")
    d.date("11 February 2026", "2026-02-11")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 3. Oldham: Health and Wellbeing Board agenda reports pack with a joint council and ICB SEND report
# ------------------------------------------------------------------------------------------------------------------

def oldham_pack() -> Doc:
    d = Doc(
        "oldham/round36-2024-03-12-health-and-wellbeing-board/"
        "Agenda reports pack 12th-Mar-2024 14.00 Health and Wellbeing Board.pdf",
        {"council": "Oldham Metropolitan Borough Council", "council_slug": "oldham",
         "committee": "Health and Wellbeing Board", "meeting_date": "2024-03-12",
         "title": "Agenda reports pack, 12/03/2024 14:00", "source_kind": "committee-report",
         "url": "https://committees.oldham.gov.uk/documents/g7312/Public%20reports%20pack%2012th-Mar-2024%2014.00"
                "%20Health%20and%20Wellbeing%20Board.pdf"},
        {"council": "Oldham Metropolitan Borough Council", "committee": "Health and Wellbeing Board",
         "date": "2024-03-12"},
        "Oldham Council", "Health and Wellbeing Board - Tuesday, 12 March 2024", "Agenda reports pack",
        page_label="Page {n}")
    d.p("<b>Notice of Meeting</b>")
    d.title("HEALTH AND WELLBEING BOARD")
    d.table([["Date:", "Tuesday, 12 March 2024"], ["Time:", "2.00 pm"],
             ["Venue:", "Lees Suite, Civic Centre, West Street, Oldham, OL1 1NL"]],
            [3 * cm, 13.2 * cm], header=False, grid=False)
    d.date("Tuesday, 12 March 2024", "2024-03-12")
    d.p("<b>Notes</b>")
    d.p("1. DECLARATIONS OF INTEREST - If a Member requires advice on any item involving a possible declaration of "
        "interest which could affect their ability to speak and/or vote, they are advised to contact Constance "
        "Failsworth in advance of the meeting.", HANG)
    d.p("2. CONTACT OFFICER for this agenda is Constance Failsworth, Constitutional Services. Tel. 0161 770 5158 or "
        "email constance.failsworth@oldham.gov.uk", HANG)
    d.person("Constance Failsworth", "Constitutional Services", "officer", "constance.failsworth@oldham.gov.uk",
             "0161 770 5158")
    d.p("3. PUBLIC QUESTIONS - Any member of the public wishing to ask a question at the above meeting can do so "
        "only if a written copy of the question is submitted to the contact officer by 12 noon on Thursday, 7 March "
        "2024.", HANG)
    d.date("Thursday, 7 March 2024", "2024-03-07")
    d.p("4. FILMING - The Council, members of the public and the press may record or film this meeting, other than "
        "any part of it from which the public are excluded.", HANG)
    d.p("<b>MEMBERSHIP OF THE HEALTH AND WELLBEING BOARD</b>")
    two_columns(d, ["Councillor Nasreen Chadderton (Chair)", "Councillor Barry Royton",
                    "Councillor Imran Werneth", "Councillor Lucy Saddleworth",
                    "Gerard Coppice (Director of Children's Services)",
                    "Bernadette Hollinwood (Director of Public Health)",
                    "Rhiannon Glodwick (Director of Adult Social Care)"],
                ["Dr Kieran Grasscroft (NHS Greater Manchester) (Vice-Chair)",
                 "Victoria Limehurst (NHS Greater Manchester)",
                 "Maureen Delph (Northern Care Alliance NHS Foundation Trust)",
                 "Chief Superintendent Andrea Moorside (Greater Manchester Police)",
                 "Sunil Watersheddings (Healthwatch Oldham)", "Jacqueline Derker (Action Together)",
                 "Helen Springhead (Oldham Parent Carer Forum)"])
    d.person("Nasreen Chadderton", "Chair", "member")
    d.person("Barry Royton", None, "member")
    d.person("Imran Werneth", "Cabinet Member for Children and Young People", "member")
    d.person("Lucy Saddleworth", "Cabinet Member for Health and Social Care", "member")
    d.person("Gerard Coppice", "Director of Children's Services", "officer")
    d.person("Bernadette Hollinwood", "Director of Public Health", "officer")
    d.person("Rhiannon Glodwick", "Director of Adult Social Care", "officer")
    d.person("Kieran Grasscroft", "Clinical Director, NHS Greater Manchester (Oldham)", "officer")
    d.person("Victoria Limehurst", "Deputy Place Lead, NHS Greater Manchester (Oldham)", "officer")
    d.person("Maureen Delph", "Northern Care Alliance NHS Foundation Trust", "officer")
    d.person("Andrea Moorside", "Greater Manchester Police", "officer")
    d.person("Sunil Watersheddings", "Chief Officer, Healthwatch Oldham", "other")
    d.person("Jacqueline Derker", "Chief Executive, Action Together", "other")
    d.person("Helen Springhead", "Chair, Oldham Parent Carer Forum", "other")
    d.p("<b>Item No</b>")
    for n, text in ((1, "Apologies For Absence"), (2, "Urgent Business"), (3, "Declarations of Interest"),
                    (4, "Public Question Time"),
                    (5, "Minutes of Previous Meeting (Pages 2 - 3)<br/>The Minutes of the Health and Wellbeing Board "
                        "held on 23 January 2024 are attached for approval."),
                    (6, "Action Log (Page 4)"),
                    (7, "Local Area SEND Partnership: Joint Improvement Report (Pages 4 - 7)"),
                    (8, "Better Care Fund 2023-25: Quarter 3 Return (Page 8)"),
                    (9, "Date and Time of Next Meeting<br/>The date and time of the next meeting of the Health and "
                        "Wellbeing Board will be Tuesday, 11 June 2024 at 2.00 pm.")):
        d.p(f"{n} {text}", HANG)
    d.date("23 January 2024", "2024-01-23")
    d.date("Tuesday, 11 June 2024", "2024-06-11")
    d.add(PageBreak())

    # -- minutes of 23 January 2024 -------------------------------------------------------------------------------
    d.h("HEALTH AND WELLBEING BOARD")
    d.p("<b>23/01/2024 at 2.00 pm</b>")
    d.p("<b>Present:</b> Councillor Chadderton (Chair)<br/>Councillors Royton and Saddleworth")
    d.p("<b>Also in Attendance:</b>")
    d.table([["Dr Kieran Grasscroft", "Clinical Director, NHS Greater Manchester (Oldham)"],
             ["Bernadette Hollinwood", "Director of Public Health"],
             ["Gerard Coppice", "Director of Children's Services"],
             ["Rhiannon Glodwick", "Director of Adult Social Care"],
             ["Victoria Limehurst", "Deputy Place Lead, NHS Greater Manchester (Oldham)"],
             ["Inspector Dale Hathershaw", "Greater Manchester Police"],
             ["Sunil Watersheddings", "Chief Officer, Healthwatch Oldham"],
             ["Jacqueline Derker", "Chief Executive, Action Together"],
             ["Helen Springhead", "Chair, Oldham Parent Carer Forum"],
             ["Constance Failsworth", "Constitutional Services"]],
            [6.0 * cm, 10.2 * cm], header=False, grid=False)
    d.person("Dale Hathershaw", "Greater Manchester Police", "officer")
    d.h("1 APOLOGIES FOR ABSENCE")
    d.p("Apologies for absence were received from Councillor Werneth, Maureen Delph and Chief Superintendent "
        "Moorside.")
    d.h("2 URGENT BUSINESS")
    d.p("There were no items of urgent business received.")
    d.h("3 DECLARATIONS OF INTEREST")
    d.p("There were no declarations of interest received.")
    d.h("4 PUBLIC QUESTION TIME")
    d.p("There were no public questions received.")
    d.h("5 MINUTES OF PREVIOUS MEETING")
    d.res(None, "that the minutes of the Health and Wellbeing Board meeting held on 14 November 2023 be approved as a "
                "correct record.", "resolution", lead="<b>RESOLVED</b>", style=BODY)
    d.date("14 November 2023", "2023-11-14")
    d.h("6 ACTION LOG")
    d.res(None, "that the Action Log be noted.", "resolution", lead="<b>RESOLVED</b>", style=BODY)
    d.h("7 JOINT STRATEGIC NEEDS ASSESSMENT: CHILDREN AND YOUNG PEOPLE WITH SEND")
    d.p("Consideration was given to a report of the Director of Public Health which presented a new chapter of the "
        "Joint Strategic Needs Assessment (JSNA) on children and young people with special educational needs and "
        "disabilities. The chapter showed that 9,412 pupils in Oldham had SEN, that the number with an EHC plan had "
        "risen by 41% since January 2019, and that speech, language and communication needs were the most common "
        "primary need. Members noted the links between deprivation and SEND, and asked that the findings be used "
        "in the joint Local Area SEND Strategy.")
    d.date("January 2019", "2019-01")
    d.p("<b>RESOLVED</b> that:")
    d.res("1.", "The JSNA chapter on children and young people with SEND be approved for publication.", "resolution")
    d.res("2.", "The findings of the chapter be used to inform the joint Local Area SEND Strategy.", "resolution")
    d.h("8 SEND ACCELERATED PROGRESS PLAN: VERBAL UPDATE")
    d.p("Gerard Coppice gave a verbal update on the Accelerated Progress Plan. The second review meeting with the "
        "Department for Education and NHS England would take place on 24 January 2024. A full joint report of the "
        "Council and NHS Greater Manchester would be presented to the Board's next meeting. Helen Springhead asked "
        "that the report show what families had noticed, not only what services had done.")
    d.date("24 January 2024", "2024-01-24")
    d.event("monitoring", "2024-01-24", None, "The second review meeting with the Department for Education and NHS "
            "England would take place on 24 January 2024.")
    d.res(None, "that the update be noted and that a joint report on SEND be presented to the next meeting of the "
                "Board.", "resolution", lead="<b>RESOLVED</b>", style=BODY)
    d.h("9 GREATER MANCHESTER JOINT FORWARD PLAN: OLDHAM LOCALITY")
    d.p("Victoria Limehurst presented the Oldham locality's contribution to the refreshed NHS Greater Manchester "
        "Joint Forward Plan, which would be published in April 2024.")
    d.date("April 2024", "2024-04")
    d.res(None, "that the Oldham locality's contribution to the NHS Greater Manchester Joint Forward Plan be "
                "endorsed.", "resolution", lead="<b>RESOLVED</b>", style=BODY)
    d.p("The meeting started at 2.00 pm and ended at 3.35 pm")
    d.add(PageBreak())

    # -- action log -------------------------------------------------------------------------------------------------
    d.h("HEALTH AND WELLBEING BOARD - ACTION LOG")
    d.table([["Meeting date", "Item", "Action", "Responsible", "Due date", "Status"],
             ["14/11/2023", "Oral health", "Share the evaluation of supervised toothbrushing with Board members",
              "B. Hollinwood", "23/01/2024", "Complete"],
             ["14/11/2023", "Winter plan", "Circulate the locality's winter communications plan", "V. Limehurst",
              "12/12/2023", "Complete"],
             ["23/01/2024", "JSNA: SEND", "Publish the SEND chapter on the Oldham Insight website", "B. Hollinwood",
              "29/02/2024", "Complete"],
             ["23/01/2024", "SEND APP", "Present a joint Council and NHS report on the APP and the SEND strategy",
              "G. Coppice / V. Limehurst", "12/03/2024", "On agenda"]],
            [2.2 * cm, 2.2 * cm, 4.8 * cm, 2.8 * cm, 2.0 * cm, 2.2 * cm])
    d.date("12/12/2023", "2023-12-12")
    d.date("29/02/2024", "2024-02-29")

    # -- the joint SEND report ------------------------------------------------------------------------------------
    d.space(14)
    d.p("<b>Report to HEALTH AND WELLBEING BOARD</b>")
    d.title("Local Area SEND Partnership: Joint Improvement Report")
    d.table([["Portfolio Holder:", "Councillor Imran Werneth, Cabinet Member for Children and Young People"],
             ["Officer Contact:", "Gerard Coppice, Director of Children's Services, Oldham Council, and Victoria "
                                  "Limehurst, Deputy Place Lead, NHS Greater Manchester (Oldham)"],
             ["Report Author:", "Ayesha Fitton, Head of SEND and Joint Commissioning<br/>Tel: 0161 770 4417<br/>"
                                "Email: ayesha.fitton@oldham.gov.uk"],
             ["Date:", "12 March 2024"]],
            [3.6 * cm, 12.6 * cm], header=False, grid=True)
    d.person("Ayesha Fitton", "Head of SEND and Joint Commissioning", "officer", "ayesha.fitton@oldham.gov.uk",
             "0161 770 4417")
    d.h("Reason for Decision")
    d.p("The Health and Wellbeing Board is the statutory partnership through which the Council and NHS Greater "
        "Manchester are jointly accountable for the outcomes of children and young people with special educational "
        "needs and disabilities (SEND). This is the first report on SEND written jointly by the two organisations.")
    d.h("Executive Summary")
    d.p("The local area has had an Accelerated Progress Plan (APP) since its re-visit in 2022. Two review meetings "
        "with the Department for Education and NHS England have recognised steady progress. This report sets out "
        "the position against each of the five areas of significant weakness identified at the inspection, the "
        "latest performance data and the new joint Local Area SEND Strategy.")
    d.h("Recommendations")
    d.p("Members of the Health and Wellbeing Board are asked to:")
    d.res("(a)", "note the progress made against the Accelerated Progress Plan since the Board's last update;",
          "recommendation")
    d.res("(b)", "endorse the joint Local Area SEND Strategy 2024-2027 as the shared plan of the Council and NHS "
                 "Greater Manchester (Oldham); and", "recommendation")
    d.res("(c)", "agree that the Board receives a joint update on SEND every six months.", "recommendation")
    d.h("1 Background")
    d.p("1.1 Ofsted and the Care Quality Commission (CQC) inspected the Oldham local area between 11 and 15 November "
        "2019. Their letter of 23 January 2020 identified five areas of significant weakness and required the "
        "Council and the then Oldham Clinical Commissioning Group to produce a Written Statement of Action (WSoA). "
        "The WSoA was submitted on 4 May 2020, after a delay agreed because of the pandemic, and was declared fit "
        "for purpose on 14 July 2020.")
    d.date("between 11 and 15 November 2019", "2019-11-11", "2019-11-15")
    d.date("23 January 2020", "2020-01-23")
    d.date("4 May 2020", "2020-05-04")
    d.date("14 July 2020", "2020-07-14")
    d.event("inspection", "2019-11-11", "2019-11-15", "Ofsted and the Care Quality Commission (CQC) inspected the "
            "Oldham local area between 11 and 15 November 2019.")
    d.event("outcome-letter", "2020-01-23", None, "Their letter of 23 January 2020 identified five areas of "
            "significant weakness")
    d.event("wsoa-submitted", "2020-05-04", None, "The WSoA was submitted on 4 May 2020")
    d.event("wsoa-approved", "2020-07-14", None, "was declared fit for purpose on 14 July 2020")
    d.p("1.2 Inspectors re-visited the area from 7 to 9 November 2022. Their letter, published on 20 December 2022, "
        "found that the area had made sufficient progress in two of the five areas but not in the other three. The "
        "Department for Education (DfE) and NHS England therefore required an APP, which the partnership submitted "
        "on 13 March 2023 and which the DfE agreed on 2 May 2023.")
    d.date("from 7 to 9 November 2022", "2022-11-07", "2022-11-09")
    d.date("20 December 2022", "2022-12-20")
    d.date("13 March 2023", "2023-03-13")
    d.date("2 May 2023", "2023-05-02")
    d.event("revisit", "2022-11-07", "2022-11-09", "Inspectors re-visited the area from 7 to 9 November 2022.")
    d.event("revisit-outcome", "2022-12-20", None, "Their letter, published on 20 December 2022, found that the area "
            "had made sufficient progress in two of the five areas but not in the other three.")
    d.event("progress-plan", "2023-03-13", None, "an APP, which the partnership submitted on 13 March 2023")
    d.event("progress-plan", "2023-05-02", None, "which the DfE agreed on 2 May 2023")
    d.p("1.3 Progress against the APP has since been reviewed by the DfE and NHS England at meetings held on 18 July "
        "2023 and 24 January 2024. At the second meeting, advisers judged that progress was strong in two of the "
        "three areas. The next review is expected in July 2024; if it confirms sufficient progress in all three "
        "areas, formal monitoring will end.")
    d.date("18 July 2023", "2023-07-18")
    d.date("July 2024", "2024-07")
    d.event("monitoring", "2023-07-18", None, "Progress against the APP has since been reviewed by the DfE and NHS "
            "England at meetings held on 18 July 2023 and 24 January 2024.")
    d.event("monitoring", "2024-07", None, "The next review is expected in July 2024")
    d.p("1.4 The sections below take the five areas of significant weakness in turn, the three within the APP "
        "first. Each heading gives the area as it was worded in the inspection letter.")
    d.h("2 Areas within the Accelerated Progress Plan")
    areas = [
        ("2.1", "1", "The inconsistent quality of EHC plans, and the lack of timely and effective contributions to "
                     "them from health and social care", ["ehc-plans"],
         ["<b>Progress since the re-visit.</b> The proportion of new plans issued within 20 weeks has risen from 31% "
          "to 68%. Health advice is now returned within six weeks in 88% of cases, and a social care advice "
          "template was introduced in September 2023. A multi-agency audit in January 2024 judged 71% of plans "
          "good or better, against 38% at the re-visit.",
          "<b>Next steps.</b> Extend the audit to annual reviews and to plans for young people over 16."]),
        ("2.2", "2", "Long waiting times for assessment on the autism and ADHD pathways, and the lack of support for "
                     "families while they wait", ["health-services"],
         ["<b>Progress since the re-visit.</b> NHS Greater Manchester has invested an additional £1.2 million a year "
          "in the neurodevelopmental pathway. The longest wait for an autism assessment has fallen from 104 weeks "
          "to 61 weeks. A 'support while you wait' offer, designed with the Oldham Parent Carer Forum, has been in "
          "place since October 2023.",
          "<b>Next steps.</b> A single neurodevelopmental pathway for autism and ADHD from June 2024."]),
        ("2.3", "3", "The high number of children and young people with SEND who are excluded from school or educated "
                     "on part-time timetables", ["inclusion-provision"],
         ["<b>Progress since the re-visit.</b> Permanent exclusions of pupils with SEND fell from 23 to 9 in the "
          "2022/23 academic year. Every part-time timetable is now notified to the local authority and reviewed "
          "within six weeks.",
          "<b>Next steps.</b> An inclusion charter for all schools, to be launched in September 2024."]),
    ]
    for number, area, text, themes, paras in areas:
        d.h(f"{number} Area of significant weakness {area}: {escape(text)}")
        d.record_weak(text, themes)
        for para in paras:
            d.p(para)
    d.date("September 2023", "2023-09")
    d.date("January 2024", "2024-01")
    d.date("October 2023", "2023-10")
    d.date("June 2024", "2024-06")
    d.date("September 2024", "2024-09")
    d.h("3 Areas where the re-visit found sufficient progress")
    areas = [
        ("3.1", "4", "Weak joint commissioning arrangements between education, health and care, which have led to "
                     "gaps in services for children and young people with complex needs", ["joint-commissioning"],
         ["The re-visit found that a joint commissioning board, with pooled budgets for therapies and short breaks, "
          "was making a difference. Since then the board has commissioned an integrated therapy service for special "
          "schools."]),
        ("3.2", "5", "The poor quality and accessibility of the local offer, which parents and carers say is hard to "
                     "use", ["local-offer"],
         ["The local offer website was rebuilt with families in 2021. Use of the site has doubled, and 74% of "
          "parents who responded to the 2023 survey said they could find what they needed."]),
    ]
    for number, area, text, themes, paras in areas:
        d.h(f"{number} Area of significant weakness {area}: {escape(text)}")
        d.record_weak(text, themes)
        for para in paras:
            d.p(para)
    d.h("4 Key performance data")
    d.table([["Measure", "Baseline (November 2022)", "September 2023", "January 2024", "Target (July 2024)"],
             ["New EHC plans issued within 20 weeks", "31%", "55%", "68%", "70%"],
             ["Audited EHC plans judged good or better", "38%", "60%", "71%", "75%"],
             ["Longest wait for autism assessment (weeks)", "104", "79", "61", "52"],
             ["Pupils with SEND on part-time timetables", "148", "97", "72", "60"]],
            [5.6 * cm, 3.0 * cm, 2.6 * cm, 2.5 * cm, 2.5 * cm])
    d.date("November 2022", "2022-11")
    d.h("5 Joint Local Area SEND Strategy 2024-2027")
    d.p("5.1 The strategy replaces the SEND Strategy 2020-2023 and sets out the partnership's shared priorities "
        "beyond the APP. It was co-produced with the Oldham Parent Carer Forum and with young people from the "
        "Youth Council's SEND group, and was the subject of public consultation from 8 January 2024 to 16 February "
        "2024, which drew 412 responses.")
    d.date("from 8 January 2024 to 16 February 2024", "2024-01-08", "2024-02-16")
    d.p("5.2 Helen Springhead, Chair of the Oldham Parent Carer Forum, has written: \"Families told us they wanted "
        "one plan that health, education and care all sign up to. This strategy is that plan, and we will hold "
        "every partner to it.\"")
    d.h("6 Risks")
    d.table([["Risk", "Mitigation", "Owner"],
             ["The final APP review does not confirm sufficient progress in the area of exclusions",
              "Inclusion charter; monthly tracking of part-time timetables; headteacher task group",
              "Director of Education"],
             ["Demand for neurodevelopmental assessment continues to grow",
              "Single pathway; support while waiting; demand modelling with NHS Greater Manchester",
              "Deputy Place Lead"]],
            [6.6 * cm, 6.6 * cm, 3.0 * cm])
    d.h("7 Financial Implications")
    d.p("7.1 The actions in the APP and the strategy are funded within existing budgets and the additional NHS "
        "investment set out in paragraph 2.2. The high needs block of the Dedicated Schools Grant is forecast to "
        "overspend by £4.6 million in 2023/24. (Lee Greenacres, Head of Finance, Children's Services, 28 February "
        "2024)")
    d.person("Lee Greenacres", "Head of Finance, Children's Services", "officer")
    d.date("28 February 2024", "2024-02-28")
    d.h("8 Legal Implications")
    d.p("8.1 The Children and Families Act 2014 places duties on the Council and the ICB to commission services "
        "jointly for children and young people with SEND. (Fiona Sholver, Senior Solicitor, 29 February 2024)")
    d.person("Fiona Sholver", "Senior Solicitor", "officer")
    d.h("9 Background Papers")
    d.p("Ofsted and CQC joint local area SEND inspection letter, 23 January 2020<br/>Ofsted and CQC re-visit letter, "
        "20 December 2022<br/>Oldham Accelerated Progress Plan, March 2023")
    d.date("March 2023", "2023-03")
    d.h("10 Sign-off")
    d.table([["Signed", "Role", "Date"],
             ["Gerard Coppice", "Director of Children's Services, Oldham Council", "1 March 2024"],
             ["Victoria Limehurst", "Deputy Place Lead, NHS Greater Manchester (Oldham)", "1 March 2024"]],
            [5.0 * cm, 8.2 * cm, 3.0 * cm])
    d.date("1 March 2024", "2024-03-01")
    d.add(PageBreak())

    # -- Better Care Fund -----------------------------------------------------------------------------------------
    d.p("<b>Report to HEALTH AND WELLBEING BOARD</b>")
    d.title("Better Care Fund 2023-25: Quarter 3 Return")
    d.table([["Portfolio Holder:", "Councillor Lucy Saddleworth, Cabinet Member for Health and Social Care"],
             ["Officer Contact:", "Rhiannon Glodwick, Director of Adult Social Care"],
             ["Report Author:", "Declan Coldhurst, Strategic Commissioning Manager<br/>Tel: 0161 770 6021"],
             ["Date:", "12 March 2024"]],
            [3.6 * cm, 12.6 * cm], header=False, grid=True)
    d.person("Declan Coldhurst", "Strategic Commissioning Manager", "officer", None, "0161 770 6021")
    d.h("Executive Summary")
    d.p("The Better Care Fund (BCF) requires the Board to oversee the plan agreed for Oldham and the quarterly "
        "returns made to NHS England. The Quarter 3 return reports that all four national conditions continue to be "
        "met and that the metrics for avoidable admissions and discharge to usual place of residence are on track.")
    d.h("Recommendations")
    d.p("The Health and Wellbeing Board is asked to:")
    d.res("1.", "note the Quarter 3 return, submitted to NHS England on 9 February 2024 under delegated authority; "
                "and", "recommendation")
    d.date("9 February 2024", "2024-02-09")
    d.res("2.", "note that the refreshed Better Care Fund plan for 2024-25 must be submitted to NHS England by 10 June "
                "2024, and delegate its approval to the Chair and Vice-Chair.", "recommendation")
    d.date("10 June 2024", "2024-06-10")
    d.h("1 Background")
    d.p("1.1 The BCF pools £38.4 million of NHS and Council funding in 2023/24 to support integrated health and social "
        "care. The plan for 2023-25 was approved by the Board in September 2023 and assured by NHS England in "
        "December 2023.")
    d.date("December 2023", "2023-12")
    d.p("1.2 The Quarter 3 return shows spending of £27.9 million to the end of December, in line with the plan. "
        "Additional discharge funding has supported 214 people to leave hospital with reablement.")
    d.h("2 Financial Implications")
    d.p("2.1 There are no financial implications beyond those in the plan.")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 4. Sandwell: Cabinet report with the Written Statement of Action itself as its appendix
# ------------------------------------------------------------------------------------------------------------------

def wsoa_area(d: Doc, number: int, text: str, rows: list[list[str]]):
    """One area of the WSoA: a banner row restating the area, the plan's header row, and its action rows."""
    widths = [1.0 * cm, 4.9 * cm, 2.6 * cm, 2.0 * cm, 2.3 * cm, 3.4 * cm]
    header = ["Ref", "Action", "Lead", "Start", "Completion", "Measure of success"]
    data = [[Paragraph(f"<b>Area {number}: {escape(text)}</b>", CELL)] + [""] * 5,
            [Paragraph(f"<b>{h}</b>", CELL) for h in header]]
    data += [[Paragraph(c, CELL) for c in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=2, splitInRow=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, 0), (-1, 0)),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#C8D7EA")),
                               ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#E4E4E4"))]))
    d.add(table)
    d.space(8)


def sandwell_cabinet() -> Doc:
    d = Doc(
        "sandwell/round36-2019-07-17-cabinet/SEND Written Statement of Action.pdf",
        {"council": "Sandwell Metropolitan Borough Council", "council_slug": "sandwell", "committee": "Cabinet",
         "meeting_date": "2019-07-17", "title": "SEND Written Statement of Action",
         "source_kind": "moderngov-document",
         "url": "https://sandwell.moderngov.co.uk/documents/s9874/SEND%20Written%20Statement%20of%20Action.pdf"},
        {"council": "Sandwell Metropolitan Borough Council", "committee": "Cabinet", "date": "2019-07-17"},
        "Sandwell Metropolitan Borough Council", "Cabinet - 17 July 2019", "SEND Written Statement of Action")
    d.body = BODY_L
    d.title("REPORT TO CABINET")
    d.p("<b>17 July 2019</b>")
    d.date("17 July 2019", "2019-07-17")
    d.table([["Subject:", "Local Area Special Educational Needs and Disabilities (SEND) Inspection: Written Statement "
                          "of Action"],
             ["Presenting Cabinet Member:", "Councillor Joyce Tividale - Cabinet Member for Children's Services"],
             ["Director:", "Director of Children's Services - Colin Oldbury"],
             ["Key Decision:", "Yes"],
             ["Cabinet Forward Plan Ref:", "CFP 19/041"],
             ["Ward(s) affected:", "All"],
             ["Contact Officer(s):", "Mandeep Wednesbury, Head of SEND and Inclusion<br/>"
                                     "mandeep_wednesbury@sandwell.gov.uk<br/>Katherine Rowley, Head of Children's "
                                     "Commissioning, Sandwell and West Birmingham CCG<br/>katherine.rowley@nhs.net"]],
            [4.6 * cm, 11.6 * cm], header=False)
    d.person("Joyce Tividale", "Cabinet Member for Children's Services", "member")
    d.person("Colin Oldbury", "Director of Children's Services", "officer")
    d.person("Mandeep Wednesbury", "Head of SEND and Inclusion", "officer", "mandeep_wednesbury@sandwell.gov.uk",
             "0121 569 8271")
    d.person("Katherine Rowley", "Head of Children's Commissioning, Sandwell and West Birmingham CCG", "officer",
             "katherine.rowley@nhs.net")
    d.h("DECISION RECOMMENDATIONS")
    d.p("That Cabinet:")
    d.res("1.", "Approve the Written Statement of Action at Appendix 1, prepared jointly with Sandwell and West "
                "Birmingham Clinical Commissioning Group, for submission to Ofsted by 16 August 2019.",
          "recommendation", style=HANG_L)
    d.date("16 August 2019", "2019-08-16")
    d.res("2.", "Authorise the Director of Children's Services, in consultation with the Cabinet Member for "
                "Children's Services, to make any amendments to the Written Statement of Action required before its "
                "submission.", "recommendation", style=HANG_L)
    d.res("3.", "Note the governance arrangements for overseeing delivery of the Written Statement of Action, "
                "including the establishment of the SEND Improvement Board.", "recommendation", style=HANG_L)
    d.res("4.", "Request that progress against the Written Statement of Action be reported to the Children's Services "
                "and Education Scrutiny Board every six months.", "recommendation", style=HANG_L)
    d.h("1 PURPOSE OF THE REPORT")
    d.p("1.1 To seek Cabinet's approval of the Written Statement of Action (WSoA) prepared by the Council and Sandwell "
        "and West Birmingham Clinical Commissioning Group (CCG) in response to the joint inspection of the local "
        "area's special educational needs and disabilities (SEND) arrangements by Ofsted and the Care Quality "
        "Commission (CQC).")
    d.h("2 IMPLICATIONS FOR THE VISION 2030")
    d.p("2.1 The WSoA contributes to Ambition 3 of the Vision 2030, that our young people have high aspirations and "
        "we help them achieve them, and to Ambition 2, that Sandwell is a place where people live well and age "
        "well.")
    d.h("3 BACKGROUND AND MAIN CONSIDERATIONS")
    d.p("3.1 Between 11 and 15 March 2019, Ofsted and the CQC carried out a joint inspection of the local area of "
        "Sandwell to judge the effectiveness of the area in implementing the disability and special educational "
        "needs reforms set out in the Children and Families Act 2014.")
    d.date("Between 11 and 15 March 2019", "2019-03-11", "2019-03-15")
    d.event("inspection", "2019-03-11", "2019-03-15", "Between 11 and 15 March 2019, Ofsted and the CQC carried out a "
            "joint inspection of the local area of Sandwell")
    d.p("3.2 The inspection letter was published on 8 May 2019. It recognised strengths, including the commitment of "
        "front-line staff, the quality of the specialist provision in the borough's special schools and the early "
        "support offered to families of very young children. It also determined that a Written Statement of Action "
        "was required because of significant areas of weakness in the local area's practice. The letter identified "
        "five areas of significant weakness, which are set out in full in section 1 of the WSoA at Appendix 1.")
    d.date("8 May 2019", "2019-05-08")
    d.event("outcome-letter", "2019-05-08", None, "The inspection letter was published on 8 May 2019.")
    d.p("3.3 The Council and the CCG are jointly responsible for the WSoA. It must be submitted to Ofsted within 70 "
        "working days of the letter's publication, that is by 16 August 2019. Ofsted and the CQC will then decide "
        "whether it is fit for purpose.")
    d.event("wsoa-submitted", "2019-08-16", None, "It must be submitted to Ofsted within 70 working days of the "
            "letter's publication, that is by 16 August 2019.")
    d.p("3.4 The WSoA was co-produced with parents and carers through the Sandwell Parent Carer Forum, at workshops "
        "held on 4 June 2019 and 18 June 2019, and with schools, health providers and young people. A draft was "
        "endorsed by the newly formed SEND Improvement Board on 2 July 2019.")
    d.date("4 June 2019", "2019-06-04")
    d.date("18 June 2019", "2019-06-18")
    d.date("2 July 2019", "2019-07-02")
    d.h("4 THE CURRENT POSITION")
    d.p("4.1 The partnership has not waited for the WSoA to be approved before acting. Since the inspection:")
    for text in ("twelve additional EHC coordinators have been recruited, funded from the high needs block;",
                 "a weekly multi-agency panel now tracks every EHC needs assessment against the 20-week timescale;",
                 "the CCG has appointed a Designated Clinical Officer for SEND; and",
                 "the local offer website has been reviewed with parents, and a new version will go live in "
                 "September 2019."):
        d.p("&bull; " + text, BULLET_L)
    d.date("September 2019", "2019-09")
    d.p("4.2 The Department for Education (DfE) and NHS England will monitor progress through regular review "
        "meetings, the first of which is expected in November 2019. Ofsted and the CQC will re-visit the area to "
        "judge progress, normally within 18 months of the WSoA being declared fit for purpose.")
    d.date("November 2019", "2019-11")
    d.event("monitoring", "2019-11", None, "The Department for Education (DfE) and NHS England will monitor progress "
            "through regular review meetings, the first of which is expected in November 2019.")
    d.h("5 CONSULTATION (CUSTOMERS AND OTHER STAKEHOLDERS)")
    d.p("5.1 An online survey of parents and carers ran between 20 May and 14 June 2019 and received 327 responses. "
        "Young people were consulted through the Sandwell Young People's Forum. Headteachers were consulted at the "
        "primary and secondary headteachers' forums.")
    d.date("between 20 May and 14 June 2019", "2019-05-20", "2019-06-14")
    d.h("6 ALTERNATIVE OPTIONS")
    d.p("6.1 There is no alternative option. The production of a WSoA is a requirement of the inspection framework, "
        "and failure to submit one would leave the Council open to intervention by the Secretary of State.")
    d.h("7 STRATEGIC RESOURCE IMPLICATIONS")
    d.p("7.1 The actions in the WSoA will cost an estimated £1.4 million in 2019/20, of which £0.9 million will be met "
        "from the high needs block of the Dedicated Schools Grant and £0.5 million by the CCG. (Comments provided by "
        "Naveed Greets, Finance Business Partner, 8 July 2019.)")
    d.person("Naveed Greets", "Finance Business Partner", "officer")
    d.date("8 July 2019", "2019-07-08")
    d.h("8 LEGAL AND GOVERNANCE CONSIDERATIONS")
    d.p("8.1 Section 20 of the Childcare Act 2006 and the Children and Families Act 2014 provide the basis for the "
        "inspection. The WSoA is a joint statement of the Council and the CCG and must be signed by both.")
    d.h("9 EQUALITY IMPACT ASSESSMENT")
    d.p("9.1 An equality impact assessment has been completed. The WSoA is expected to have a positive impact on "
        "disabled children and young people.")
    d.h("10 DATA PROTECTION IMPACT ASSESSMENT")
    d.p("10.1 Not required.")
    d.h("11 CRIME AND DISORDER AND RISK ASSESSMENT")
    d.p("11.1 The main risk is that Ofsted and the CQC do not judge the WSoA fit for purpose, or that the re-visit "
        "finds insufficient progress. The SEND Improvement Board will hold a risk register, and the risks will be "
        "reported to the Council's Strategic Risk Register.")
    d.h("12 SUSTAINABILITY OF PROPOSALS")
    d.p("12.1 The actions will be sustained within the SEND Strategy.")
    d.h("13 HEALTH AND WELLBEING IMPLICATIONS")
    d.p("13.1 Improved access to therapies and to mental health support will improve the health and wellbeing of "
        "children and young people with SEND.")
    d.h("14 IMPACT ON ANY COUNCIL MANAGED PROPERTY OR LAND")
    d.p("14.1 None.")
    d.h("15 CONCLUSIONS AND RECOMMENDATIONS")
    d.p("15.1 The WSoA sets out a clear, co-produced response to the inspection. Cabinet is asked to approve it for "
        "submission.")
    d.h("16 BACKGROUND PAPERS")
    d.p("16.1 Ofsted and CQC, Joint local area SEND inspection in Sandwell, letter of 8 May 2019.")
    d.h("17 APPENDICES")
    d.p("Appendix 1 - Sandwell Local Area Written Statement of Action")
    d.p("<b>Colin Oldbury</b><br/>Director of Children's Services")
    d.add(PageBreak())

    # -- Appendix 1: the Written Statement of Action -----------------------------------------------------------
    d.p("<b>Appendix 1</b>")
    d.title("Sandwell Local Area Written Statement of Action: Special Educational Needs and Disabilities")
    d.p("Sandwell Metropolitan Borough Council and NHS Sandwell and West Birmingham Clinical Commissioning Group")
    d.p("Final draft for submission - version 6, 5 July 2019")
    d.date("5 July 2019", "2019-07-05")
    d.h("Foreword")
    d.p("We are determined that every child and young person with special educational needs and disabilities in "
        "Sandwell will get the right help at the right time. The inspection told us clearly where we have let "
        "families down. This statement sets out what we will do about it, who will do it and how we will know it "
        "has made a difference. It was written with parents, carers and young people, and we will deliver it with "
        "them.")
    d.table([["Councillor Joyce Tividale<br/>Cabinet Member for Children's Services<br/>Sandwell MBC",
              "Colin Oldbury<br/>Director of Children's Services<br/>Sandwell MBC",
              "Dr Priyanka Cradley<br/>Accountable Officer<br/>Sandwell and West Birmingham CCG",
              "Deborah Hateley<br/>Chair<br/>Sandwell Parent Carer Forum"],
             ["Date: 5 July 2019", "Date: 5 July 2019", "Date: 5 July 2019", "Date: 5 July 2019"]],
            [4.05 * cm] * 4, header=False)
    d.person("Priyanka Cradley", "Accountable Officer, Sandwell and West Birmingham CCG", "officer")
    d.person("Deborah Hateley", "Chair, Sandwell Parent Carer Forum", "other")
    d.h("Section 1: Introduction and areas of significant weakness")
    d.p("1.1 Between 11 and 15 March 2019, Ofsted and the CQC conducted a joint inspection of the local area of "
        "Sandwell. The letter of 8 May 2019 set out the inspectors' findings and required the local area to produce "
        "this Written Statement of Action.")
    d.p("1.2 The letter asked the local area to address the following areas of significant weakness. Each is taken "
        "in turn in section 3, in the order below.")
    areas = [
        ("Leaders across education, health and care do not have a shared and accurate understanding of the area's "
         "strengths and weaknesses, and there is no jointly owned strategy for SEND.", ["leadership-governance"]),
        ("The quality of EHC plans is poor, too many plans are issued late, and health and social care professionals "
         "rarely contribute to them.", ["ehc-plans"]),
        ("Joint commissioning arrangements are underdeveloped, which has led to gaps in services such as speech and "
         "language therapy and occupational therapy for children and young people aged 0 to 25.",
         ["joint-commissioning", "health-services"]),
        ("Parents and carers have little confidence in the local area's ability to meet their children's needs, and "
         "communication with families, including through the local offer, is weak.",
         ["co-production", "local-offer"]),
        ("Too many children and young people with SEND are excluded from school or placed on reduced timetables, and "
         "leaders do not track these arrangements well enough.", ["inclusion-provision", "data-oversight"]),
    ]
    d.table([["Area", "Significant weakness, as stated in the inspection letter"]]
            + [[f"Area {i}", escape(text)] for i, (text, _) in enumerate(areas, 1)],
            [1.8 * cm, 14.4 * cm])
    for text, themes in areas:
        d.record_weak(text, themes)
    d.h("Section 2: Governance and accountability")
    d.p("2.1 Delivery of the WSoA will be overseen by the SEND Improvement Board, which reports to the Health and "
        "Wellbeing Board and to the CCG's Governing Body. It meets every month. Its members are:")
    d.table([["Colin Oldbury", "Director of Children's Services (Chair)"],
             ["Dr Priyanka Cradley", "Accountable Officer, Sandwell and West Birmingham CCG (Vice-Chair)"],
             ["Mandeep Wednesbury", "Head of SEND and Inclusion"],
             ["Katherine Rowley", "Head of Children's Commissioning, Sandwell and West Birmingham CCG"],
             ["Dr Hassan Tipton", "Designated Medical Officer for SEND, Sandwell and West Birmingham Hospitals NHS "
                                  "Trust"],
             ["Deborah Hateley", "Chair, Sandwell Parent Carer Forum"],
             ["Graham Langley", "Headteacher, representing special schools"],
             ["Councillor Joyce Tividale", "Cabinet Member for Children's Services (observer)"]],
            [5.0 * cm, 11.2 * cm], header=False, grid=False)
    d.person("Hassan Tipton", "Designated Medical Officer for SEND, Sandwell and West Birmingham Hospitals NHS Trust",
             "officer")
    d.person("Graham Langley", "Headteacher, representing special schools", "other")
    d.p("2.2 Each action has a named lead, who reports progress to the Board each month using a red, amber and green "
        "rating. The Board will report to the Department for Education and NHS England at each review meeting, and "
        "to the Children's Services and Education Scrutiny Board every six months.")
    d.h("Section 3: What we will do")
    d.p("The tables below set out the actions for each area of significant weakness, restated at the head of each "
        "table.")
    plan_rows = [
        [["1.1", "Agree a joint SEND Strategy with parents, schools and health partners", "Director of Children's "
          "Services", "July 2019", "December 2019", "Strategy published; signed by the Council, the CCG and the "
          "Parent Carer Forum"],
         ["1.2", "Produce a joint self-evaluation, refreshed every six months", "Head of SEND and Inclusion",
          "September 2019", "January 2020", "Self-evaluation agreed by the SEND Improvement Board"],
         ["1.3", "Establish a joint SEND dashboard of education, health and care data", "Head of Business "
          "Intelligence", "October 2019", "March 2020", "Dashboard reported monthly to the Board"]],
        [["2.1", "Introduce a multi-agency quality assurance framework for EHC plans", "Head of SEND and Inclusion",
          "July 2019", "October 2019", "80% of audited plans judged good or better by December 2020"],
         ["2.2", "Agree a six-week timescale for health and social care advice, tracked weekly", "Designated "
          "Clinical Officer", "September 2019", "December 2019", "90% of advice returned within six weeks"],
         ["2.3", "Train all EHC coordinators in writing outcomes with families", "SEND Service Manager",
          "October 2019", "April 2020", "65% of new plans issued within 20 weeks by September 2020"]],
        [["3.1", "Agree a joint commissioning strategy for SEND between the Council and the CCG", "Head of Children's "
          "Commissioning", "July 2019", "January 2020", "Strategy agreed by the Health and Wellbeing Board"],
         ["3.2", "Commission additional speech and language therapy and occupational therapy for 0 to 25 year olds",
          "Head of Children's Commissioning", "January 2020", "July 2020", "No child waits more than 18 weeks for "
          "therapy by December 2020"]],
        [["4.1", "Co-produce a communication plan with the Parent Carer Forum, including a termly newsletter",
          "Head of SEND and Inclusion", "July 2019", "October 2019", "Parents' confidence in the annual survey rises "
          "from 21% to 50% by July 2020"],
         ["4.2", "Relaunch the local offer website, tested with families", "Local Offer Officer", "July 2019",
          "September 2019", "Visits to the local offer double"]],
        [["5.1", "Track every pupil with SEND on a reduced timetable and review each within six weeks", "Head of "
          "Inclusion", "September 2019", "December 2019", "All reduced timetables known to the local authority"],
         ["5.2", "Agree an inclusion charter and fair access protocol with headteachers", "Director of Education",
          "October 2019", "March 2020", "Permanent exclusions of pupils with SEND halved by July 2020"]],
    ]
    for i, ((text, _), rows) in enumerate(zip(areas, plan_rows), 1):
        wsoa_area(d, i, text, rows)
    d.date("December 2019", "2019-12")
    d.date("January 2020", "2020-01")
    d.date("October 2019", "2019-10")
    d.date("March 2020", "2020-03")
    d.date("December 2020", "2020-12")
    d.date("April 2020", "2020-04")
    d.date("September 2020", "2020-09")
    d.date("July 2020", "2020-07")
    d.date("July 2019", "2019-07")
    d.h("Section 4: How we will know we have made a difference")
    d.table([["Measure", "Baseline (March 2019)", "Target (March 2020)", "Target (March 2021)"],
             ["New EHC plans issued within 20 weeks", "29%", "50%", "75%"],
             ["Audited EHC plans judged good or better", "35%", "60%", "80%"],
             ["Longest wait for speech and language therapy (weeks)", "46", "30", "18"],
             ["Parents who are confident in the local area (annual survey)", "21%", "40%", "60%"],
             ["Permanent exclusions of pupils with SEND", "34", "20", "12"]],
            [7.0 * cm, 3.0 * cm, 3.1 * cm, 3.1 * cm])
    d.date("March 2019", "2019-03")
    d.date("March 2021", "2021-03")
    d.h("Section 5: Contact")
    d.p("Mandeep Wednesbury, Head of SEND and Inclusion, Sandwell Council House, Freeth Street, Oldbury, B69 3DE. "
        "Telephone: 0121 569 8271. Email: mandeep_wednesbury@sandwell.gov.uk")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 5. Middlesbrough: minutes of the SEND Improvement Board with its action log
# ------------------------------------------------------------------------------------------------------------------

def middlesbrough_board() -> Doc:
    d = Doc(
        "middlesbrough/round36-2026-01-21-send-improvement-board/Minutes SEND Improvement Board 19 November 2025.pdf",
        {"council": "Middlesbrough Council", "council_slug": "middlesbrough", "committee": "SEND Improvement Board",
         "meeting_date": "2026-01-21", "title": "Minutes SEND Improvement Board 19 November 2025",
         "source_kind": "moderngov-document",
         "url": "https://moderngov.middlesbrough.gov.uk/documents/s42117/Minutes%20SEND%20Improvement%20Board%20"
                "19%20November%202025.pdf"},
        {"council": "Middlesbrough Council", "committee": "SEND Improvement Board", "date": "2025-11-19"},
        "Middlesbrough SEND Improvement Board", "Minutes - 19 November 2025", "OFFICIAL")
    d.body = BODY_L
    d.title("Middlesbrough SEND Improvement Board")
    d.p("<b>Minutes of the meeting held on Wednesday 19 November 2025, 10.00 am to 12.30 pm, Mandela Room, Town Hall, "
        "Middlesbrough, and on Microsoft Teams</b>")
    d.date("Wednesday 19 November 2025", "2025-11-19")
    d.h("Attendance")
    attendance = [
        ("Professor Gillian Marton", "Independent Chair", "Appointed by the Department for Education", "Present"),
        ("Councillor Ravi Linthorpe", "Executive Member for Children's Services", "Middlesbrough Council", "Present"),
        ("Councillor Dawn Acklam", "Chair, Children and Young People's Learning Scrutiny Panel",
         "Middlesbrough Council", "Observer"),
        ("Ruth Hemlington", "Director of Children's Services", "Middlesbrough Council", "Present"),
        ("Stuart Nunthorpe", "Director of Education and Partnerships", "Middlesbrough Council", "Present"),
        ("Fay Berwick", "Head of SEND and Inclusion", "Middlesbrough Council", "Present"),
        ("Dr Olu Coulby", "Director of Nursing (Tees Valley)", "NHS North East and North Cumbria ICB", "Present"),
        ("Janet Brambles", "Designated Clinical Officer", "NHS North East and North Cumbria ICB", "Present"),
        ("Neil Grangetown", "Associate Director, Children and Young People's Services",
         "Tees, Esk and Wear Valleys NHS Foundation Trust", "Apologies"),
        ("Kerry Pallister", "Service Manager, CAMHS", "Tees, Esk and Wear Valleys NHS Foundation Trust",
         "Deputising for Neil Grangetown"),
        ("Alison Beechwood", "Chair", "Middlesbrough Parent Carer Forum", "Present"),
        ("Tom Easterside", "Headteacher, Priory Woods School", "Special schools representative", "Present"),
        ("Amira Thorntree", "Headteacher, Park End Primary School", "Primary schools representative", "Apologies"),
        ("Hannah Kader", "SEND Adviser", "Department for Education", "In attendance"),
        ("Martin Saltersgill", "Regional SEND Lead", "NHS England North East and Yorkshire", "In attendance"),
        ("Chloe Newport", "Governance Officer (minutes)", "Middlesbrough Council", "In attendance"),
    ]
    d.table([["Name", "Role", "Organisation", "Attendance"]] + [list(r) for r in attendance],
            [4.0 * cm, 5.0 * cm, 4.6 * cm, 2.6 * cm])
    d.person("Gillian Marton", "Independent Chair", "other")
    d.person("Ravi Linthorpe", "Executive Member for Children's Services", "member")
    d.person("Dawn Acklam", "Chair, Children and Young People's Learning Scrutiny Panel", "member")
    d.person("Ruth Hemlington", "Director of Children's Services", "officer")
    d.person("Stuart Nunthorpe", "Director of Education and Partnerships", "officer")
    d.person("Fay Berwick", "Head of SEND and Inclusion", "officer")
    d.person("Olu Coulby", "Director of Nursing (Tees Valley)", "officer")
    d.person("Janet Brambles", "Designated Clinical Officer", "officer")
    d.person("Neil Grangetown", "Associate Director, Children and Young People's Services", "officer")
    d.person("Kerry Pallister", "Service Manager, CAMHS", "officer")
    d.person("Alison Beechwood", "Chair", "other")
    d.person("Tom Easterside", "Headteacher, Priory Woods School", "other")
    d.person("Amira Thorntree", "Headteacher, Park End Primary School", "other")
    d.person("Hannah Kader", "SEND Adviser", "officer")
    d.person("Martin Saltersgill", "Regional SEND Lead", "officer")
    d.person("Chloe Newport", "Governance Officer (minutes)", "officer")

    d.h("SIB/25/21 Welcome, apologies and declarations of interest")
    d.p("The Independent Chair welcomed members, in particular Councillor Acklam, who attended as an observer for the "
        "first time. Apologies were noted from Neil Grangetown, who was represented by Kerry Pallister, and from "
        "Amira Thorntree. No declarations of interest were made.")
    d.h("SIB/25/22 Minutes of the previous meeting and action log")
    d.p("The minutes of the meeting held on 17 September 2025 were AGREED as an accurate record. The Board reviewed "
        "the action log (Appendix A): four actions were complete and two were carried forward.")
    d.record_res(None, "The minutes of the meeting held on 17 September 2025 were AGREED as an accurate record.",
                 "resolution")
    d.date("17 September 2025", "2025-09-17")
    d.h("SIB/25/23 Independent Chair's update")
    d.p("The Independent Chair reminded the Board that it had been established in June 2025, following the area SEND "
        "inspection carried out by Ofsted and the CQC between 3 and 7 February 2025, whose report was published on 1 "
        "April 2025, and the Improvement Notice issued by the Department for Education on 16 May 2025. The report "
        "had found widespread and/or systemic failings leading to significant concerns about the experiences and "
        "outcomes of children and young people with SEND. The area's previous inspection, in October 2017, had also "
        "required a Written Statement of Action.")
    d.date("June 2025", "2025-06")
    d.date("between 3 and 7 February 2025", "2025-02-03", "2025-02-07")
    d.date("1 April 2025", "2025-04-01")
    d.date("16 May 2025", "2025-05-16")
    d.date("October 2017", "2017-10")
    d.event("inspection", "2025-02-03", "2025-02-07", "the area SEND inspection carried out by Ofsted and the CQC "
            "between 3 and 7 February 2025")
    d.event("outcome-letter", "2025-04-01", None, "whose report was published on 1 April 2025")
    d.event("statutory-direction", "2025-05-16", None, "the Improvement Notice issued by the Department for Education "
            "on 16 May 2025")
    d.event("inspection", "2017-10", None, "The area's previous inspection, in October 2017, had also required a "
            "Written Statement of Action.")
    d.p("The Board's terms of reference require it to secure improvement against each of the inspection's findings. "
        "For reference, these are:")
    findings = [
        ("PA1", "Leaders across the partnership must urgently improve the timeliness and quality of EHC needs "
                "assessments and plans, so that children and young people receive the help they need without "
                "delay.", ["ehc-plans"]),
        ("PA2", "Leaders must establish effective joint governance and a shared understanding of the needs of "
                "children and young people with SEND, so that the partnership's plans are informed by accurate "
                "information.", ["leadership-governance", "data-oversight"]),
        ("AFI1", "Leaders should reduce waiting times for speech and language therapy and for neurodevelopmental "
                 "assessments.", ["health-services"]),
        ("AFI2", "Leaders should strengthen the identification of needs in early years settings and at SEN support "
                 "in mainstream schools.", ["identification"]),
        ("AFI3", "Leaders should improve the way they involve parents and carers in shaping services, so that "
                 "families feel listened to.", ["co-production"]),
        ("AFI4", "Leaders should improve the planning for young people's transition to adulthood, including access "
                 "to post-16 provision and adult health services.", ["preparing-for-adulthood"]),
    ]
    for code, text, themes in findings:
        d.weak(text, themes, marker=f"<b>{code}</b> -", style=CODE_HANG_L)
    d.p("The Independent Chair reported that she had visited two special schools, a family hub and the "
        "neurodevelopmental assessment service since the last meeting, and had met the Parent Carer Forum's steering "
        "group. She was encouraged by the energy of front-line staff but concerned that families had not yet seen a "
        "change in the time taken to complete assessments.")
    d.p("The Board NOTED the Independent Chair's update.")
    d.record_res(None, "The Board NOTED the Independent Chair's update.", "resolution")

    d.h("SIB/25/24 Priority Action Plan: highlight report")
    d.p("Stuart Nunthorpe presented the highlight report. The Priority Action Plan (PAP), submitted to Ofsted on 29 "
        "April 2025, contains 38 actions across six workstreams. Of these, 14 were complete, 19 on track and five "
        "off track. The table below summarises each workstream's rating, with exceptions.")
    d.date("29 April 2025", "2025-04-29")
    d.event("progress-plan", "2025-04-29", None, "The Priority Action Plan (PAP), submitted to Ofsted on 29 April "
            "2025, contains 38 actions across six workstreams.")
    d.table([["Workstream", "Lead", "RAG September 2025", "RAG November 2025", "Exception reported"],
             ["EHC needs assessment timeliness", "FB", "Amber", "Red",
              "20-week rate fell to 34% in October because of vacancies in the educational psychology service"],
             ["Joint governance and data", "RH", "Amber", "Green", "Joint dashboard live; first quarterly report "
              "to this Board"],
             ["Therapies and neurodevelopmental pathway", "JB", "Red", "Amber", "New provider started; longest "
              "wait now 88 weeks"],
             ["Early identification", "SN", "Green", "Green", "None"],
             ["Co-production", "AB / FB", "Amber", "Amber", "Co-production charter drafted"],
             ["Preparing for adulthood", "SN", "Amber", "Amber", "Post-16 sufficiency review due January 2026"]],
            [4.2 * cm, 1.6 * cm, 2.4 * cm, 2.4 * cm, 5.6 * cm])
    d.date("September 2025", "2025-09")
    d.date("November 2025", "2025-11")
    d.date("January 2026", "2026-01")
    d.p("Members discussed the EHC needs assessment workstream at length. Alison Beechwood said that parents were "
        "being told that assessments were 'paused', which was causing great anxiety. Fay Berwick confirmed that no "
        "assessment had been paused, but that advice from educational psychologists was taking up to 14 weeks. Two "
        "locum educational psychologists would start in December. Tom Easterside asked whether schools could be "
        "told the expected date of each plan. Councillor Linthorpe said that the Executive would consider "
        "additional funding for the service.")
    d.p("The Board AGREED:")
    d.res("a)", "that the highlight report be noted;", "resolution", style=HANG_L)
    d.res("b)", "that the EHC needs assessment workstream be escalated to red, and that a recovery plan be presented "
                "to the next meeting;", "resolution", style=HANG_L)
    d.res("c)", "that the Director of Education and Partnerships write to all headteachers about the notification of "
                "part-time timetables.", "resolution", style=HANG_L)

    d.h("SIB/25/25 Department for Education and NHS England stocktake")
    d.p("Hannah Kader and Martin Saltersgill presented the feedback from the first six-monthly stocktake, held on 9 "
        "September 2025. Advisers had recognised the strength of the new joint governance, but had made four "
        "recommendations, on the pace of the assessment recovery, on the use of data about waiting times, on the "
        "involvement of young people and on the tracking of post-16 destinations. The second stocktake is scheduled "
        "for 10 March 2026, when the Department will also review the Improvement Notice.")
    d.date("9 September 2025", "2025-09-09")
    d.date("10 March 2026", "2026-03-10")
    d.event("monitoring", "2025-09-09", None, "the first six-monthly stocktake, held on 9 September 2025")
    d.event("monitoring", "2026-03-10", None, "The second stocktake is scheduled for 10 March 2026")
    d.p("The Board NOTED the feedback from the first stocktake and AGREED that the response to its four "
        "recommendations be added to the Priority Action Plan.")
    d.record_res(None, "The Board NOTED the feedback from the first stocktake and AGREED that the response to its "
                       "four recommendations be added to the Priority Action Plan.", "resolution")

    d.h("SIB/25/26 Voice of children, young people and families")
    d.p("Alison Beechwood presented the results of the Parent Carer Forum's survey, which ran between 1 and 31 October "
        "2025 and received 286 responses. Confidence in the local area had risen from 18% to 27%, but only one parent "
        "in five felt that their views had changed a decision about their child. Young people from the SEND Youth "
        "Forum had asked for a say in the design of the new post-16 offer.")
    d.date("between 1 and 31 October 2025", "2025-10-01", "2025-10-31")
    d.p("The Board AGREED that a 'You said, we did' summary be published on the Local Offer by 19 December 2025.")
    d.record_res(None, "The Board AGREED that a 'You said, we did' summary be published on the Local Offer by 19 "
                       "December 2025.", "resolution")
    d.date("19 December 2025", "2025-12-19")

    d.h("SIB/25/27 Health update")
    d.p("Dr Coulby reported that the ICB had agreed recurrent investment of £1.6 million in speech and language "
        "therapy and the neurodevelopmental pathway from 1 December 2025. Janet Brambles reported that health "
        "advice for EHC needs assessments was now returned within six weeks in 81% of cases. Kerry Pallister "
        "described the CAMHS support offered to children waiting for a neurodevelopmental assessment.")
    d.date("1 December 2025", "2025-12-01")
    d.p("The Board NOTED the health update.")
    d.record_res(None, "The Board NOTED the health update.", "resolution")

    d.h("SIB/25/28 Deep dive: part-time timetables and alternative provision")
    d.p("Fay Berwick presented the findings of the deep dive commissioned by the Board at its meeting in September. "
        "The deep dive had looked at the records of 64 children and young people with SEND who had been on a "
        "part-time timetable or in alternative provision during the summer term. It had found that:")
    for text in ("fewer than half of the part-time timetables had been notified to the local authority when they "
                 "began;",
                 "most arrangements had a review date, but a third had gone past it without a review;",
                 "children in alternative provision were usually well supported, but their EHC plans had rarely been "
                 "updated to reflect the placement; and",
                 "parents had often not been told how to challenge a part-time timetable."):
        d.p("&bull; " + text, BULLET_L)
    d.p("The deep dive made four recommendations: a single register of part-time timetables, held by the inclusion "
        "team; a six-weekly review of each arrangement; an emergency annual review for any child with an EHC plan "
        "placed in alternative provision; and a leaflet for parents, written with the Parent Carer Forum. Tom "
        "Easterside said that special schools would welcome the register. Members asked that academy trusts be "
        "included in the work from the start, and that the Independent Chair raise the matter with the Regional "
        "Director.")
    d.p("The Board AGREED that the deep dive's four recommendations be accepted and added to the inclusion actions of "
        "the Priority Action Plan.")
    d.record_res(None, "The Board AGREED that the deep dive's four recommendations be accepted and added to the "
                       "inclusion actions of the Priority Action Plan.", "resolution")

    d.h("SIB/25/29 Risk register")
    d.p("Ruth Hemlington presented the risk register. The highest risk remained the capacity of the educational "
        "psychology service.")
    d.p("The Board AGREED:")
    d.res("a)", "to add two new risks, on the recruitment of educational psychologists and on the cost of "
                "independent specialist placements;", "resolution", style=HANG_L)
    d.res("b)", "to close risk R07, on the launch of the joint dashboard, which had been mitigated.", "resolution", style=HANG_L)

    d.h("SIB/25/30 Any other business")
    d.p("Councillor Linthorpe informed the Board that the Executive had agreed additional funding of £1.1 million for "
        "the SEND service, at its meeting on 4 November 2025.")
    d.date("4 November 2025", "2025-11-04")
    d.p("<b>Date of next meeting:</b> Wednesday 21 January 2026, 10.00 am, Mandela Room, Town Hall.")
    d.date("Wednesday 21 January 2026", "2026-01-21")
    d.space(16)
    d.p("Signed: ............................................ Independent Chair")
    d.p("Date: ..............................................")
    d.add(PageBreak())
    d.h("Appendix A: Action log")
    d.table([["Ref", "Meeting", "Action", "Owner", "Due", "Status"],
             ["A12", "16/07/2025", "Circulate the Board's terms of reference to all partner governing bodies", "CN",
              "17/09/2025", "Complete"],
             ["A14", "17/09/2025", "Provide educational psychology vacancy data by school phase", "SN", "19/11/2025",
              "Complete"],
             ["A15", "17/09/2025", "Share the ICB's neurodevelopmental waiting list validation", "JB", "19/11/2025",
              "Complete"],
             ["A16", "17/09/2025", "Draft the co-production charter with the Parent Carer Forum", "AB / FB",
              "19/11/2025", "Complete"],
             ["A17", "17/09/2025", "Report post-16 destinations of young people with EHC plans", "SN", "19/11/2025",
              "Carried forward to 21/01/2026"],
             ["A18", "17/09/2025", "Agree a schedule of visits for the Independent Chair", "CN", "19/11/2025",
              "Complete"],
             ["A19", "19/11/2025", "Present a recovery plan for EHC needs assessment timeliness", "FB", "21/01/2026",
              "New"],
             ["A20", "19/11/2025", "Write to headteachers about notifying part-time timetables", "SN", "05/12/2025",
              "New"],
             ["A21", "19/11/2025", "Publish the 'You said, we did' summary on the Local Offer", "AB / FB",
              "19/12/2025", "New"]],
            [1.2 * cm, 2.2 * cm, 6.8 * cm, 1.7 * cm, 2.2 * cm, 2.1 * cm])
    d.date("16/07/2025", "2025-07-16")
    d.date("05/12/2025", "2025-12-05")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 6. Wiltshire: scrutiny report with the partnership's SEND self-evaluation summary as its appendix
# ------------------------------------------------------------------------------------------------------------------

def wiltshire_report() -> Doc:
    d = Doc(
        "wiltshire/round36-2025-11-04-childrens-select-committee/SEND Self-Evaluation 2025.pdf",
        {"council": "Wiltshire Council", "council_slug": "wiltshire", "committee": "Children's Select Committee",
         "meeting_date": "2025-11-04", "title": "SEND Self-Evaluation 2025", "source_kind": "moderngov-document",
         "url": "https://cms.wiltshire.gov.uk/documents/s241876/SEND%20Self-Evaluation%202025.pdf"},
        {"council": "Wiltshire Council", "committee": "Children's Select Committee", "date": "2025-11-04"},
        "Wiltshire Council", "Children's Select Committee - 4 November 2025", "SEND Self-Evaluation 2025")
    d.body = BODY_L
    d.p("<b>Wiltshire Council</b>")
    d.p("<b>Children's Select Committee</b>")
    d.p("<b>4 November 2025</b>")
    d.date("4 November 2025", "2025-11-04")
    d.table([["Subject:", "SEND Self-Evaluation 2025"],
             ["Cabinet Member:", "Councillor Laura Melksham - Cabinet Member for Education and Skills"],
             ["Key Decision:", "Non Key"]],
            [4.0 * cm, 12.2 * cm], header=False, grid=False)
    d.person("Laura Melksham", "Cabinet Member for Education and Skills", "member")
    d.h("Executive Summary")
    d.p("Each year the Wiltshire local area partnership - Wiltshire Council and NHS Bath and North East Somerset, "
        "Swindon and Wiltshire Integrated Care Board (BSW ICB) - evaluates how well it meets the needs of children "
        "and young people with special educational needs and disabilities (SEND). The self-evaluation summary for "
        "2025 is attached as Appendix 1.")
    d.h("Proposal(s)")
    d.p("That the Committee:")
    d.res("i)", "notes the SEND Self-Evaluation 2025 at Appendix 1;", "recommendation")
    d.res("ii)", "comments on the partnership's priorities for 2026; and", "recommendation")
    d.res("iii)", "agrees to receive the next self-evaluation in November 2026, with an interim update on the "
                  "preparing for adulthood priority in May 2026.", "recommendation")
    d.date("November 2026", "2026-11")
    d.date("May 2026", "2026-05")
    d.h("Reason for Proposal(s)")
    d.p("The Committee's work programme includes an annual review of the partnership's self-evaluation, so that "
        "members can hold partners to account for the outcomes of children and young people with SEND.")
    d.p("<b>Kathryn Pewsey</b><br/>Director of Education and Skills")
    d.person("Kathryn Pewsey", "Director of Education and Skills", "officer")
    d.h("Purpose of Report")
    d.p("1. To present the partnership's SEND self-evaluation for 2025 to the Committee, and to seek members' views "
        "on the priorities for 2026.")
    d.h("Relevance to the Council's Business Plan")
    d.p("2. The self-evaluation supports the Business Plan's mission that 'we get the best start in life', and its "
        "commitment to improving outcomes for children with SEND.")
    d.h("Background")
    d.p("3. Self-evaluation is at the heart of the area SEND inspection framework. Inspectors expect partnerships to "
        "know themselves well, to share that knowledge with families, and to act on it. The summary at Appendix 1 was "
        "written by the SEND and Inclusion Partnership Board's self-evaluation group, with the Wiltshire Parent Carer "
        "Council, and was agreed by the Board on 24 September 2025.")
    d.date("24 September 2025", "2025-09-24")
    d.p("4. The summary was discussed at a briefing for members of this Committee with its Chair, Councillor Peter "
        "Chippenham, on 7 October 2025. Members asked that the next version include more on the experiences of young "
        "people over 16.")
    d.person("Peter Chippenham", "Chair", "member")
    d.date("7 October 2025", "2025-10-07")
    d.h("Main Considerations for the Council")
    d.p("5. The partnership judges that it has made good progress on two of the three areas for improvement, and "
        "that the third, preparing for adulthood, needs sustained attention. Demand continues to grow: the number of "
        "EHC plans has risen by 38% in four years.")
    d.p("6. The Wiltshire Parent Carer Council has contributed a foreword to the summary. Its chair, Jess Amesbury, "
        "welcomes the honesty of the document but asks that families see more change in the time taken to complete "
        "assessments.")
    d.person("Jess Amesbury", "chair", "other")
    d.h("Safeguarding Implications")
    d.p("7. Disabled children are more vulnerable to abuse and neglect. The self-evaluation draws on the Wiltshire "
        "Safeguarding Vulnerable People Partnership's audit of disabled children's cases.")
    d.h("Public Health Implications")
    d.p("8. Children with SEND are more likely to experience poor physical and mental health. Public Health is a "
        "member of the Partnership Board.")
    d.p("<b>Procurement Implications</b> 9. None. <b>Equalities Impact of the Proposal</b> 10. The self-evaluation "
        "aims to improve outcomes for disabled children and young people. <b>Environmental and Climate Change "
        "Considerations</b> 11. None. <b>Risks that may arise if the proposed decision and related work is not "
        "taken</b> 12. The partnership would be less well placed to target its resources.")
    d.h("Financial Implications")
    d.p("13. The high needs block of the Dedicated Schools Grant is forecast to overspend by £22.4 million in "
        "2025/26, with a cumulative deficit of £71.3 million by 31 March 2026. (Comments by Grant Westbury, Finance "
        "Business Partner, 17 October 2025.)")
    d.date("31 March 2026", "2026-03-31")
    d.date("17 October 2025", "2025-10-17")
    d.person("Grant Westbury", "Finance Business Partner", "officer")
    d.h("Legal Implications")
    d.p("14. There are no legal implications arising directly from this report. (Comments by Sarah Devizes, Senior "
        "Solicitor, 17 October 2025.)")
    d.person("Sarah Devizes", "Senior Solicitor", "officer")
    d.h("Options Considered")
    d.p("15. Not applicable: the report is for scrutiny.")
    d.h("Conclusions")
    d.p("16. The self-evaluation gives the Committee a clear, balanced account of where the partnership stands.")
    d.p("<b>Report Author:</b> Owen Malmesbury, Head of SEND and Inclusion, owen.malmesbury@wiltshire.gov.uk, "
        "Tel: 01225 718342")
    d.person("Owen Malmesbury", "Head of SEND and Inclusion", "officer", "owen.malmesbury@wiltshire.gov.uk",
             "01225 718342")
    d.p("Date of report: 21 October 2025")
    d.date("21 October 2025", "2025-10-21")
    d.p("<b>Appendices</b><br/>Appendix 1 - Wiltshire local area partnership: SEND Self-Evaluation Summary 2025")
    d.p("<b>Background Papers</b><br/>The following documents have been relied on in the preparation of this report: "
        "None")
    d.space(18)

    # -- Appendix 1: self-evaluation summary ---------------------------------------------------------------------
    d.p("<b>Appendix 1</b>")
    d.title("Wiltshire Local Area Partnership: SEND Self-Evaluation Summary 2025")
    d.p("Wiltshire Council and NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board<br/>"
        "Version 1.2, September 2025")
    d.date("September 2025", "2025-09")
    d.h("Foreword from the Wiltshire Parent Carer Council")
    d.p("We have worked on this self-evaluation with the partnership from the start, and we recognise the picture it "
        "paints. Families tell us that things are getting better in many places: plans are clearer, and more of our "
        "children are getting help in their local school. But families still wait too long for assessments, and "
        "young people in the north and west of the county still have too few options after 16. We will keep "
        "bringing families' voices to the Partnership Board, and we will keep asking what has changed for them.")
    d.p("<i>Jess Amesbury, Chair, Wiltshire Parent Carer Council</i>")
    d.h("1. Who we are")
    d.table([["Key facts", ""],
             ["EHC plans maintained by Wiltshire Council (January 2025)", "5,214"],
             ["Pupils at SEN support in Wiltshire schools (January 2025)", "11,870"],
             ["New EHC plans issued within 20 weeks (calendar year 2024)", "47%"],
             ["Children and young people waiting for a neurodevelopmental assessment (31 August 2025)", "2,306"],
             ["Special schools and resourced provisions in the county", "9 and 31"]],
            [12.2 * cm, 4.0 * cm])
    d.date("January 2025", "2025-01")
    d.date("31 August 2025", "2025-08-31")
    d.h("2. Our journey")
    d.table([["When", "What happened"],
             ["November 2019", "Our first area SEND inspection, under the 2016 framework, found four areas of "
                               "significant weakness and required a Written Statement of Action"],
             ["March 2020", "The Written Statement of Action was declared fit for purpose"],
             ["12 to 14 September 2022", "Ofsted and the CQC revisited the area and found sufficient progress in "
                                         "all four areas"],
             ["31 October 2022", "The revisit letter was published"],
             ["6 to 10 November 2023", "Area SEND inspection under the 2023 framework"],
             ["19 January 2024", "The inspection report was published: the partnership's arrangements lead to "
                                 "inconsistent experiences and outcomes (the middle of the three outcomes)"],
             ["1 March 2024", "Our Strategic Action Plan, answering the three areas for improvement, was submitted "
                              "to Ofsted"],
             ["12 June 2025", "Ofsted's annual engagement meeting with the partnership"],
             ["July 2025", "The SEND and Inclusion Strategy 2025-2028 was agreed by the Health and Wellbeing Board"]],
            [4.0 * cm, 12.2 * cm])
    d.date("November 2019", "2019-11")
    d.date("March 2020", "2020-03")
    d.date("12 to 14 September 2022", "2022-09-12", "2022-09-14")
    d.date("31 October 2022", "2022-10-31")
    d.date("6 to 10 November 2023", "2023-11-06", "2023-11-10")
    d.date("19 January 2024", "2024-01-19")
    d.date("1 March 2024", "2024-03-01")
    d.date("12 June 2025", "2025-06-12")
    d.date("July 2025", "2025-07")
    d.event("inspection", "2019-11", None, "November 2019: Our first area SEND inspection, under the 2016 framework, "
            "found four areas of significant weakness and required a Written Statement of Action")
    d.event("wsoa-approved", "2020-03", None, "March 2020: The Written Statement of Action was declared fit for "
            "purpose")
    d.event("revisit", "2022-09-12", "2022-09-14", "12 to 14 September 2022: Ofsted and the CQC revisited the area and "
            "found sufficient progress in all four areas")
    d.event("revisit-outcome", "2022-10-31", None, "31 October 2022: The revisit letter was published")
    d.event("inspection", "2023-11-06", "2023-11-10", "6 to 10 November 2023: Area SEND inspection under the 2023 "
            "framework")
    d.event("outcome-letter", "2024-01-19", None, "19 January 2024: The inspection report was published")
    d.event("progress-plan", "2024-03-01", None, "1 March 2024: Our Strategic Action Plan, answering the three areas "
            "for improvement, was submitted to Ofsted")
    d.h("3. What inspectors asked us to improve")
    d.p("The 2023 inspection report set out three areas for improvement. We quote each of them below as the report "
        "words it, and then say where we are now.")
    afis = [
        ("Leaders should ensure that the quality of EHC plans is consistently strong, and that plans are reviewed and "
         "updated in a timely way following annual reviews.", ["ehc-plans"],
         "The proportion of plans judged good or better in our termly audit has risen from 52% to 74%. Annual "
         "reviews are now completed on time in 71% of cases, up from 48%, but too many plans are still not amended "
         "within four weeks of the review.", "Amber"),
        ("Leaders should improve the timeliness of access to speech and language therapy and to the "
         "neurodevelopmental pathway, particularly in the south of the county.", ["health-services"],
         "The ICB has commissioned a second provider for neurodevelopmental assessment and an additional team of "
         "speech and language therapists based in Salisbury. The longest wait for therapy in the south has fallen "
         "from 58 weeks to 29 weeks.", "Amber"),
        ("Leaders should strengthen the arrangements for preparing young people with SEND for adulthood, so that "
         "more young people have access to supported employment and suitable post-16 options close to home.",
         ["preparing-for-adulthood"],
         "A preparing for adulthood protocol has been agreed with adult social care, and 42 young people started a "
         "supported internship this year. However, the range of post-16 options in the north and west of the county "
         "remains narrow, and this is our main priority for 2026.", "Red"),
    ]
    for i, (text, themes, now, rating) in enumerate(afis, 1):
        d.p(f"<b>Area for improvement {i}</b>")
        d.p(f"<i>\u201c{escape(text)}\u201d</i>", QUOTE)
        d.record_weak(text, themes)
        d.p(f"<b>Where we are now:</b> {now}")
        d.p(f"<b>Our rating:</b> {rating}")
    d.h("What families and young people tell us")
    d.p("Our annual survey of parents and carers ran between 2 June and 11 July 2025 and received 1,106 responses, "
        "the most since the survey began. Of those who responded, 58% said they were confident that their child's "
        "needs were being met, up from 49% the year before. Young people told us, through the Wiltshire Youth "
        "Voice SEND group, that they wanted more say in their annual reviews and better information about what "
        "happens after school. Their comments have shaped the priorities in section 5.")
    d.date("between 2 June and 11 July 2025", "2025-06-02", "2025-07-11")
    d.h("4. Our self-evaluation")
    d.p("The table sets out our own judgement against the three areas of the inspection framework and our "
        "leadership. It is the partnership's view, tested with the Parent Carer Council.")
    d.table([["Area", "What is working well", "What we need to do better"],
             ["Identifying and assessing needs",
              "Early years inclusion funding; health visitors' two-year reviews; SENCo network",
              "Completing EHC needs assessments within 20 weeks; consistency of SEN support between schools"],
             ["The right help at the right time",
              "Outreach from special schools; short breaks; the inclusion charter signed by 186 schools",
              "Waiting times for therapies in the south; use of alternative provision without a clear exit plan"],
             ["Preparing for next steps",
              "Supported internships; the transition protocol with adult social care",
              "Post-16 options close to home; transition to adult mental health services"],
             ["Leadership and governance",
              "A shared strategy agreed by the Health and Wellbeing Board; a joint SEND dashboard",
              "Involving young people in decisions; using the dashboard to target resources"]],
            [4.0 * cm, 6.1 * cm, 6.1 * cm], split_in_row=True)
    d.h("5. Our priorities for 2026")
    for n, text in ((1, "We will reduce the longest wait for speech and language therapy anywhere in the county to 18 "
                        "weeks by September 2026."),
                    (2, "We will complete 65% of EHC needs assessments within 20 weeks by March 2026, and 75% by "
                        "December 2026."),
                    (3, "We will open two new post-16 provisions, in Chippenham and Warminster, by September 2026."),
                    (4, "We will set up a young people's SEND panel, which will meet the Partnership Board every "
                        "term from January 2026.")):
        d.p(f"{n}. {text}", HANG)
    d.date("September 2026", "2026-09")
    d.date("March 2026", "2026-03")
    d.date("December 2026", "2026-12")
    d.date("January 2026", "2026-01")
    d.h("6. How we know: key data")
    d.table([["Measure", "March 2024", "March 2025", "September 2025"],
             ["EHC needs assessments completed within 20 weeks", "39%", "47%", "58%"],
             ["Audited EHC plans judged good or better", "52%", "66%", "74%"],
             ["Annual reviews completed on time", "48%", "63%", "71%"],
             ["Longest wait for speech and language therapy, south (weeks)", "58", "41", "29"],
             ["Young people with an EHC plan in education, employment or training at 17", "83%", "85%", "86%"]],
            [8.2 * cm, 2.6 * cm, 2.6 * cm, 2.8 * cm])
    d.date("March 2024", "2024-03")
    d.date("March 2025", "2025-03")
    d.h("7. Governance")
    d.p("The SEND and Inclusion Partnership Board oversees this self-evaluation and the Strategic Action Plan. It is "
        "co-chaired by Kathryn Pewsey, Director of Education and Skills, and Dr Imogen Calne, Chief Nurse, BSW ICB, "
        "and reports to the Health and Wellbeing Board. The Wiltshire Parent Carer Council is a full member of the "
        "Board.")
    d.person("Imogen Calne", "Chief Nurse, BSW ICB", "officer")
    d.p("For more information about this summary, contact Owen Malmesbury, Head of SEND and Inclusion "
        "(owen.malmesbury@wiltshire.gov.uk).")
    d.h("8. Glossary")
    d.table([["AFI", "Area for improvement, as set out in an inspection report"],
             ["BSW ICB", "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board"],
             ["EHC plan", "Education, health and care plan"],
             ["SEN support", "Help for pupils with special educational needs who do not have an EHC plan"],
             ["SENCo", "Special educational needs co-ordinator"],
             ["Strategic Action Plan", "The partnership's plan answering the areas for improvement of its most "
                                       "recent inspection"]],
            [3.6 * cm, 12.6 * cm], header=False)
    return d

BODY_L = BODY.clone("BodyL36", fontSize=11.5, leading=16, spaceAfter=7)
CELL_L = CELL.clone("CellL36", fontSize=10, leading=13)
BULLET_L = BULLET.clone("BulletL36", fontSize=11.5, leading=16, spaceAfter=5)
HANG_L = HANG.clone("HangL36", fontSize=11.5, leading=16)
CODE_HANG = HANG.clone("CodeHang36", leftIndent=44, firstLineIndent=-44)
CODE_HANG_L = HANG_L.clone("CodeHangL36", leftIndent=48, firstLineIndent=-48)
QUOTE = BODY_L.clone("Quote36", leftIndent=24, rightIndent=24)
ParagraphStyleBox = BULLET.clone("BoxBullet36", fontSize=9.5, leading=12.5, spaceAfter=4, leftIndent=14,
                                 firstLineIndent=-10)


DOCUMENTS = [warwickshire_pack, manchester_minutes, oldham_pack, sandwell_cabinet, middlesbrough_board,
             wiltshire_report]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
