"""Write the long printed documents of the held-out round 83 (reportlab), and their gold.

Round 83 is a blind batch of LONG PDFs (5 to 8 pages), written with their gold before any extractor ran on them,
for councils beginning F to K: printed minutes of a families overview and scrutiny committee (Gateshead, 2016
framework); a Cabinet report with appendices on the priority action plan (Greenwich, 2023 framework); an Executive
Lead Member decision report with the DfE and NHS England review letter appended (Hampshire, 2016 framework); a local
area Priority Action Plan as a scrutiny appendix (Herefordshire, 2023 framework); a scrutiny committee reports pack
(Isle of Wight, 2016 framework); and a scrutiny progress report with a tracker (Knowsley, 2023 framework). Invented
text, fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round83_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


from long_pdf_kit import area_table, kpi_table, LongDoc, need_table, run, school_table, styles, two_columns  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("83", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
MINUTE, NUM_PARA, LETTER, LETTER_BOLD, LETTER_BULLET = S.minute, S.num_para, S.letter, S.letter_bold, S.letter_bullet
CENTRE, INDENT, SUB, PLAN, RIGHT = S.centre, S.indent, S.sub, S.plan_cell, S.right


class Doc(LongDoc):
    """A round 83 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#D9E2D0", "#EAF0E4", "#F4F4F4")
    unique_dates = True


# ------------------------------------------------------------------------------------------------------------------
def gateshead_minutes() -> Doc:
    """Printed minutes of the Families Overview and Scrutiny Committee, published with the next meeting (2016)."""
    committee = "Families Overview and Scrutiny Committee"
    rel = ("gateshead/round83-2022-09-26-families-overview-and-scrutiny-committee/"
           "Minutes - Families OSC 18 July 2022.pdf")
    d = Doc(rel, {"council": "Gateshead Metropolitan Borough Council", "council_slug": "gateshead",
                  "committee": committee, "meeting_date": "2022-09-26",
                  "title": "Minutes - Families OSC 18 July 2022", "source_kind": "moderngov-document",
                  "url": "https://democracy.gateshead.gov.uk/documents/s41872/Minutes%20-%20Families%20OSC%2018%20"
                  "July%202022.pdf"},
            {"council": "Gateshead Metropolitan Borough Council", "committee": committee, "date": "2022-07-18"},
            "", "", "")
    d.page_label = "{n}"
    d.p("<b>GATESHEAD METROPOLITAN BOROUGH COUNCIL</b>", CENTRE)
    d.p("<b>FAMILIES OVERVIEW AND SCRUTINY COMMITTEE MEETING</b>", CENTRE)
    d.p("<b>Monday, 18 July 2022</b>", CENTRE)
    d.date("Monday, 18 July 2022", "2022-07-18")
    d.space(6)
    d.table([["<b>PRESENT:</b>", "Councillor B Oliphant (Chair)"],
             ["", "Councillor(s): D Craggs, J Eagleton, K Ferry, M Hedley, L Kirtley, S Nesbitt, A Proudlock, "
              "J Turnbull and R Waugh"],
             ["<b>CO-OPTED MEMBERS:</b>", "Mrs P Teasdale (Parent Governor) and Mr G Lorimer (Church of England "
              "Diocese of Durham)"],
             ["<b>IN ATTENDANCE:</b>", "Councillor C Donkin (Cabinet Member for Children and Young People)"],
             ["<b>OFFICERS:</b>", "Sheila Marwood-Pratt, Strategic Director, Children, Adults and Families; Craig "
              "Elstob, Service Director, Education, Schools and Inclusion; Dawn Ritson, Head of SEND; Dr Imran "
              "Qadir, Designated Clinical Officer, NHS North East and North Cumbria ICB (Gateshead); Lynne "
              "Bewick, Principal Social Worker; Angela Frain, Democratic Services Officer"]],
            [4 * cm, 12.2 * cm], header=False, grid=False)
    d.person("B Oliphant", "Chair", "member")
    for n in ["D Craggs", "J Eagleton", "K Ferry", "M Hedley", "L Kirtley", "S Nesbitt", "A Proudlock", "J Turnbull",
              "R Waugh"]:
        d.person(n, None, "member")
    d.person("P Teasdale", "Parent Governor", "other")
    d.person("G Lorimer", "Church of England Diocese of Durham", "other")
    d.person("C Donkin", "Cabinet Member for Children and Young People", "member")
    d.person("Sheila Marwood-Pratt", "Strategic Director, Children, Adults and Families", "officer")
    d.person("Craig Elstob", "Service Director, Education, Schools and Inclusion", "officer")
    d.person("Dawn Ritson", "Head of SEND", "officer")
    d.person("Imran Qadir", "Designated Clinical Officer, NHS North East and North Cumbria ICB (Gateshead)",
             "officer")
    d.person("Lynne Bewick", "Principal Social Worker", "officer")
    d.person("Angela Frain", "Democratic Services Officer", "officer")

    d.h("FOS11&nbsp;&nbsp;&nbsp;APOLOGIES FOR ABSENCE")
    d.p("Apologies for absence were received from Councillors H Stobbart and W Dodds, and from Ms R Ahmed "
        "(Parent Governor).")
    d.person("H Stobbart", None, "member")
    d.person("W Dodds", None, "member")
    d.person("R Ahmed", "Parent Governor", "other")
    d.h("FOS12&nbsp;&nbsp;&nbsp;MINUTES")
    d.p("The minutes of the meeting held on 6 June 2022 were approved as a correct record and signed by the Chair.")
    d.record_res(None, "The minutes of the meeting held on 6 June 2022 were approved as a correct record and signed "
                 "by the Chair.", "resolution")
    d.date("6 June 2022", "2022-06-06")
    d.p("<u>Matters arising</u>: with reference to minute FOS8, the Service Director confirmed that the revised "
        "elective home education guidance had been circulated to all Members on 22 June 2022.")
    d.date("22 June 2022", "2022-06-22")
    d.h("FOS13&nbsp;&nbsp;&nbsp;DECLARATIONS OF INTEREST")
    d.p("Councillor Kirtley declared a personal interest in minute FOS14 as a governor of Hill Top School.")
    d.h("FOS14&nbsp;&nbsp;&nbsp;SEND LOCAL AREA REVISIT - OUTCOME AND ACCELERATED PROGRESS PLAN")
    d.p("The Committee received a report setting out the findings of the Ofsted and Care Quality Commission revisit "
        "to Gateshead and the local area's response.")
    d.p("The Head of SEND reminded the Committee that the joint local area inspection had taken place from 21 to 25 "
        "January 2019, and had identified seven areas of significant weakness. The Written Statement of Action had "
        "been submitted on 3 May 2019 and was deemed fit for purpose by Ofsted on 19 June 2019. Progress had been "
        "monitored since then through six-monthly meetings with the Department for Education and NHS England, "
        "interrupted by the pandemic between March 2020 and July 2021.")
    d.dates_([("from 21 to 25 January 2019", "2019-01-21", "2019-01-25"), ("3 May 2019", "2019-05-03"),
              ("19 June 2019", "2019-06-19"), ("between March 2020 and July 2021", "2020-03", "2021-07")])
    d.event("inspection", "2019-01-21", "2019-01-25", "the joint local area inspection had taken place from 21 to "
            "25 January 2019")
    d.event("wsoa-submitted", "2019-05-03", None, "The Written Statement of Action had been submitted on 3 May 2019")
    d.event("wsoa-approved", "2019-06-19", None, "was deemed fit for purpose by Ofsted on 19 June 2019")
    d.p("Inspectors revisited the area between 14 and 16 March 2022 and the letter was published on 9 May 2022. The "
        "area had made sufficient progress in four of the seven areas. Inspectors judged that the area had not "
        "made sufficient progress in addressing the following significant weaknesses:")
    d.dates_([("between 14 and 16 March 2022", "2022-03-14", "2022-03-16"), ("9 May 2022", "2022-05-09")])
    d.event("revisit", "2022-03-14", "2022-03-16", "Inspectors revisited the area between 14 and 16 March 2022")
    d.event("revisit-outcome", "2022-05-09", None, "the letter was published on 9 May 2022")
    for t, th in [
        ("the variable quality of EHC plans, which too often do not capture the views of children and families or "
         "set out precise outcomes", ["ehc-plans"]),
        ("weaknesses in the strategic planning and commissioning of services for children and young people with "
         "autism spectrum disorder, including long waits for assessment", ["joint-commissioning", "health-services"]),
        ("the lack of a coherent approach to preparing young people with SEND for adulthood, particularly for "
         "those aged 16 to 25", ["preparing-for-adulthood"]),
    ]:
        d.weak(t, th, marker="&ndash;")
    d.p("The Accelerated Progress Plan (APP) required by the Department had been co-produced with Gateshead Parent "
        "Carer Forum and submitted on 30 June 2022. The first review meeting with DfE and NHS England advisers had "
        "been set for 18 October 2022. The Head of SEND stressed that the four areas judged to have made sufficient "
        "progress would continue to be monitored by the SEND Strategic Partnership Board.")
    d.dates_([("30 June 2022", "2022-06-30"), ("18 October 2022", "2022-10-18")])
    d.event("progress-plan", "2022-06-30", None, "The Accelerated Progress Plan (APP) required by the Department had "
            "been co-produced with Gateshead Parent Carer Forum and submitted on 30 June 2022")
    d.event("monitoring", "2022-10-18", None, "The first review meeting with DfE and NHS England advisers had been "
            "set for 18 October 2022")
    d.p("Dr Qadir reported that the ICB had commissioned an additional provider to reduce the autism assessment "
        "waiting list, which stood at 1,142 children in June 2022, down from 1,390 in January 2022. Children "
        "waiting longest were being prioritised, and a 'waiting well' offer had been launched with the Parent Carer "
        "Forum.")
    d.dates_([("June 2022", "2022-06"), ("January 2022", "2022-01")])
    d.p("Members raised the following points:")
    for t in [
        "Councillor Ferry asked how parents would know the plans were improving. The Head of SEND replied that the "
        "Forum sat on the quality assurance panel, and that the next parent survey would run in November 2022.",
        "Councillor Nesbitt asked whether the preparation for adulthood work included supported internships. The "
        "Service Director confirmed that 14 internships had started in September 2021 and the aim was to double "
        "this.",
        "Mrs Teasdale asked about training for school staff on writing outcomes. A joint training programme for "
        "SENCOs would begin on 12 September 2022.",
    ]:
        d.p("&bull;&nbsp;&nbsp;" + t, BULLET)
    d.dates_([("November 2022", "2022-11"), ("September 2021", "2021-09"), ("12 September 2022", "2022-09-12")])
    d.p("The Cabinet Member said that the revisit outcome was disappointing but reflected an honest picture, and "
        "that she and the Strategic Director would attend every APP review.")
    d.p("<b>RESOLVED</b>&nbsp;&nbsp;-", BODY)
    d.res("(i)", "That the Committee noted the outcome of the revisit and the content of the Accelerated Progress "
          "Plan.", "resolution")
    d.res("(ii)", "That a progress report be presented to the Committee following the review meeting with the "
          "Department for Education and NHS England.", "resolution")
    d.res("(iii)", "That the Committee's thanks be recorded to the Parent Carer Forum for its part in preparing the "
          "plan.", "resolution")

    d.h("FOS15&nbsp;&nbsp;&nbsp;INDEPENDENT REVIEWING OFFICER SERVICE - ANNUAL REPORT 2021/22")
    d.p("The Committee received the annual report of the Independent Reviewing Officer (IRO) service for the year "
        "to 31 March 2022, presented by the Principal Social Worker. The number of children looked after had "
        "risen to 417, and 96.2% of reviews had been held within timescales.")
    d.date("31 March 2022", "2022-03-31")
    d.ruled([["Measure", "2019/20", "2020/21", "2021/22"],
             ["Children looked after at year end", "392", "405", "417"],
             ["Reviews held within timescale", "94.0%", "95.1%", "96.2%"],
             ["Children participating in their review", "88.4%", "90.2%", "91.7%"],
             ["Average IRO caseload", "68", "71", "74"],
             ["Dispute resolution notices raised", "22", "31", "27"]], [7.4 * cm, 2.9 * cm, 2.9 * cm, 2.9 * cm])
    d.p("Members asked about IRO caseloads, which remained above the handbook's recommended range. The Principal "
        "Social Worker said a further post had been approved from 1 August 2022.")
    d.date("1 August 2022", "2022-08-01")
    d.res(None, "That the annual report be noted.", "resolution", lead="<b>RESOLVED</b> &nbsp;-&nbsp;", style=BODY)

    d.h("FOS16&nbsp;&nbsp;&nbsp;ANNUAL WORK PROGRAMME 2022/23")
    d.p("The Committee considered its provisional work programme for the municipal year.")
    d.ruled([["Meeting", "Items"],
             ["26 September 2022", "Children's social care annual performance; SEND APP - first review feedback"],
             ["7 November 2022", "Educational attainment 2022 (provisional); Youth Justice Plan"],
             ["16 January 2023", "Review - Emotional wellbeing of young people (evidence gathering)"],
             ["27 February 2023", "SEND Strategy refresh; Fostering annual report"],
             ["17 April 2023", "Review - interim report; Annual report of the Committee"]], [4 * cm, 12.2 * cm])
    d.dates_([("26 September 2022", "2022-09-26"), ("7 November 2022", "2022-11-07"),
              ("16 January 2023", "2023-01-16"), ("27 February 2023", "2023-02-27"), ("17 April 2023", "2023-04-17")])
    d.p("<b>RESOLVED</b>&nbsp;&nbsp;-", BODY)
    d.res("(i)", "That the provisional work programme be endorsed.", "resolution")
    d.res("(ii)", "That further reports on the work programme be brought to the Committee to identify any additional "
          "issues which the Committee may be asked to consider.", "resolution")
    d.space(10)
    d.p("Chair..........................................", RIGHT)
    d.add(PageBreak())
    d.p("<b>Information tabled at minute FOS14: SEND profile, Gateshead (January 2022 school census)</b>")
    need_table(d, 83)
    d.space(8)
    area_table(d, ["Birtley", "Blaydon", "Bridges", "Chopwell and Rowlands Gill", "Chowdene", "Crawcrook and "
                   "Greenside", "Deckham", "Dunston and Teams", "Dunston Hill and Whickham East", "Felling",
                   "High Fell", "Lamesley", "Lobley Hill and Bensham", "Low Fell", "Pelaw and Heworth", "Ryton, "
                   "Crookhill and Stella", "Saltwell", "Wardley and Leam Lane", "Whickham North", "Whickham South and "
                   "Sunniside", "Windy Nook and Whitehills", "Winlaton and High Spen"], 5, "Ward")
    d.space(8)
    school_table(d, 3, 22)
    return d


# ------------------------------------------------------------------------------------------------------------------
def greenwich_cabinet() -> Doc:
    """A Cabinet report with appendices: the priority action plan six months on (2023 framework, lowest outcome)."""
    committee = "Cabinet"
    rel = ("greenwich/round83-2025-06-18-cabinet/"
           "Area SEND Inspection - Priority Action Plan six month update and SEND Strategy - Cabinet report and "
           "appendices.pdf")
    d = Doc(rel, {"council": "Royal Borough of Greenwich", "council_slug": "greenwich", "committee": committee,
                  "meeting_date": "2025-06-18", "title": "Area SEND Inspection - Priority Action Plan six month "
                  "update and SEND Strategy - Cabinet report and appendices", "source_kind": "moderngov-document",
                  "url": "https://committees.royalgreenwich.gov.uk/documents/s98214/Cabinet%20report%20SEND%20PAP%20"
                  "update.pdf"},
            {"council": "Royal Borough of Greenwich", "committee": committee, "date": "2025-06-18"},
            "ROYAL BOROUGH OF GREENWICH", "Cabinet - 18 June 2025", "Item 9")
    d.page_label = "Page {n}"
    d.ruled([["Report title:", "Area SEND Inspection - Priority Action Plan six month update and the SEND and "
              "Inclusion Strategy 2025-2028"],
             ["Meeting:", "Cabinet"], ["Date:", "18 June 2025"],
             ["Cabinet Member:", "Cllr Rehana Okonjo-Blake, Cabinet Member for Children's Services and Young "
              "People"],
             ["Report of:", "Director of Children's Services"],
             ["Classification:", "Unrestricted"], ["Wards:", "All"], ["Key decision:", "Yes"],
             ["Report author:", "Tamsin Holloway-Reid, Assistant Director, SEND and Inclusion<br/>Tel: 020 8921 "
              "6473 &nbsp;&nbsp;Email: tamsin.holloway-reid@royalgreenwich.gov.uk"]],
            [4 * cm, 12.2 * cm], header_rows=0, shade=(0, 1, 2, 3, 4, 5, 6, 7, 8))
    d.date("18 June 2025", "2025-06-18")
    d.person("Rehana Okonjo-Blake", "Cabinet Member for Children's Services and Young People", "member")
    d.person("Tamsin Holloway-Reid", "Assistant Director, SEND and Inclusion", "officer",
             "tamsin.holloway-reid@royalgreenwich.gov.uk", "020 8921 6473")
    d.h("1.&nbsp;&nbsp;Decision required")
    d.p("This report requests that Cabinet:")
    for label, text in [
        ("1.1", "Notes the progress made in the first six months of the Greenwich Local Area Partnership Priority "
                "Action Plan, as set out in Appendix B."),
        ("1.2", "Approves the SEND and Inclusion Strategy 2025-2028 attached at Appendix C, for publication on the "
                "Local Offer."),
        ("1.3", "Delegates authority to the Director of Children's Services, in consultation with the Cabinet "
                "Member for Children's Services and Young People, to make minor amendments to the Strategy before "
                "publication."),
        ("1.4", "Agrees that a further update is brought to Cabinet after the next monitoring meeting with the "
                "Department for Education and NHS England."),
    ]:
        d.res(label, text, "recommendation", style=NUM_PARA)
    d.h("2.&nbsp;&nbsp;Links to the Council's Our Greenwich plan")
    d.p("2.1&nbsp;&nbsp;The proposals support the Our Greenwich outcome that children and young people have the "
        "best start in life and are supported to achieve their potential, including those with special educational "
        "needs and disabilities.")
    d.h("3.&nbsp;&nbsp;Purpose of report and executive summary")
    d.p("3.1&nbsp;&nbsp;Ofsted and the Care Quality Commission (CQC) carried out an inspection of the Greenwich local "
        "area partnership from 7 to 11 October 2024 under the area SEND inspection framework introduced in January "
        "2023. The report was published on 22 November 2024. Inspectors concluded that there are widespread and/or "
        "systemic failings leading to significant concerns about the experiences and outcomes of children and young "
        "people with SEND, which the local area partnership must address urgently.")
    d.dates_([("from 7 to 11 October 2024", "2024-10-07", "2024-10-11"), ("January 2023", "2023-01"),
              ("22 November 2024", "2024-11-22")])
    d.event("inspection", "2024-10-07", "2024-10-11", "Ofsted and the Care Quality Commission (CQC) carried out an "
            "inspection of the Greenwich local area partnership from 7 to 11 October 2024")
    d.event("outcome-letter", "2024-11-22", None, "The report was published on 22 November 2024")
    d.p("3.2&nbsp;&nbsp;The outcome requires the partnership to prepare a priority action plan (PAP) addressing the "
        "two areas for priority action, and to update its strategic plan to cover the three areas for improvement. "
        "The PAP was signed off by the SEND Partnership Board on 10 December 2024 and submitted to Ofsted on 15 "
        "January 2025. Ofsted will carry out a monitoring inspection, usually about 18 months after the report, and "
        "a full reinspection will follow within about three years.")
    d.dates_([("10 December 2024", "2024-12-10"), ("15 January 2025", "2025-01-15")])
    d.event("progress-plan", "2024-12-10", None, "The PAP was signed off by the SEND Partnership Board on 10 December "
            "2024")
    d.event("progress-plan", "2025-01-15", None, "submitted to Ofsted on 15 January 2025")
    d.p("3.3&nbsp;&nbsp;The first six-monthly monitoring meeting with the Department for Education (DfE) and NHS "
        "England took place on 13 May 2025. Advisers recognised early progress on the timeliness of EHC needs "
        "assessments, but noted that the quality of plans and the partnership's oversight of alternative provision "
        "had further to go. The next meeting is expected in November 2025.")
    d.dates_([("13 May 2025", "2025-05-13"), ("November 2025", "2025-11")])
    d.event("monitoring", "2025-05-13", None, "The first six-monthly monitoring meeting with the Department for "
            "Education (DfE) and NHS England took place on 13 May 2025")
    d.event("monitoring", "2025-11", None, "The next meeting is expected in November 2025")
    d.p("3.4&nbsp;&nbsp;The inspection findings are reproduced in full at Appendix A. A summary of progress "
        "against each action is at Appendix B.")
    d.h("4.&nbsp;&nbsp;Introduction and background")
    d.p("4.1&nbsp;&nbsp;Greenwich was last inspected under the previous framework in June 2018, when no Written "
        "Statement of Action was required. Since then the number of children and young people with an EHC plan has "
        "risen from 2,317 to 4,106, an increase of 77%, and requests for assessment have risen each year.")
    d.date("June 2018", "2018-06")
    d.event("inspection", "2018-06", None, "Greenwich was last inspected under the previous framework in June 2018")
    d.p("4.2&nbsp;&nbsp;The table below sets out the main measures the Partnership Board tracks.")
    d.ruled([["Measure", "Oct 2024", "Mar 2025", "May 2025", "Target (Oct 2025)"],
             ["EHC plans issued within 20 weeks", "18%", "39%", "47%", "60%"],
             ["Annual reviews completed on time", "41%", "49%", "55%", "75%"],
             ["Children in unregistered alternative provision", "96", "71", "64", "40"],
             ["EHC plans audited as good or better", "27%", "33%", "38%", "60%"],
             ["Parents who agree 'my child's plan meets needs'", "31%", "n/a", "40%", "55%"]],
            [7 * cm, 2 * cm, 2 * cm, 2 * cm, 3.2 * cm])
    d.dates_([("Oct 2024", "2024-10"), ("Mar 2025", "2025-03"), ("May 2025", "2025-05"), ("Oct 2025", "2025-10")])
    d.h("5.&nbsp;&nbsp;SEND and Inclusion Strategy 2025-2028")
    d.p("5.1&nbsp;&nbsp;The draft Strategy was developed with Greenwich Parent Voice and tested in six workshops with "
        "young people. Public consultation ran from 3 March 2025 to 13 April 2025 and received 412 responses. The "
        "Strategy has five priorities, and incorporates the three areas for improvement so that there is a single "
        "strategic plan for the partnership, as the framework expects.")
    d.date("from 3 March 2025 to 13 April 2025", "2025-03-03", "2025-04-13")
    d.h("6.&nbsp;&nbsp;Available options")
    d.p("6.1&nbsp;&nbsp;Cabinet could decline to approve the Strategy. This is not recommended, as the partnership "
        "must show inspectors a single, co-produced strategic plan at the monitoring inspection.")
    d.h("7.&nbsp;&nbsp;Preferred option")
    d.p("7.1&nbsp;&nbsp;To note the progress on the PAP and approve the Strategy, as set out in section 1.")
    d.h("8.&nbsp;&nbsp;Consultation")
    d.p("8.1&nbsp;&nbsp;The Children and Young People Scrutiny Panel considered the draft Strategy on 21 May 2025 "
        "and its comments have been reflected.")
    d.date("21 May 2025", "2025-05-21")
    d.h("9.&nbsp;&nbsp;Cross-cutting issues and implications")
    d.ruled([["Issue", "Implications", "Sign-off"],
             ["Legal including Human Rights Act", "The Children and Families Act 2014 places duties on the "
              "Council and the ICB to secure the provision in EHC plans. The Council must cooperate with Ofsted's "
              "monitoring inspection.", "Gideon Ashworth-Lamb, Senior Lawyer<br/>4 June 2025"],
             ["Finance and other resources", "The Dedicated Schools Grant High Needs Block forecast deficit for "
              "2025-26 is &pound;14.8m. The PAP is funded from existing budgets and a one-off &pound;1.2m "
              "investment.", "Priya Lakhani-Stott, Head of Finance, Children's Services<br/>2 June 2025"],
             ["Equalities", "An equality impact assessment of the Strategy is at Appendix D.", "Tamsin "
              "Holloway-Reid"]], [3.4 * cm, 7.8 * cm, 5 * cm])
    d.dates_([("4 June 2025", "2025-06-04"), ("2 June 2025", "2025-06-02")])
    d.person("Gideon Ashworth-Lamb", "Senior Lawyer", "officer")
    d.person("Priya Lakhani-Stott", "Head of Finance, Children's Services", "officer")
    d.h("10.&nbsp;&nbsp;Report appendices")
    d.p("Appendix A - Summary of the inspection findings<br/>Appendix B - Priority Action Plan: progress at May 2025"
        "<br/>Appendix C - SEND and Inclusion Strategy 2025-2028 (published separately)<br/>Appendix D - Equality "
        "impact assessment (published separately)")
    d.p("Report authorised by: Fergus Ndiaye-Carr, Director of Children's Services")
    d.person("Fergus Ndiaye-Carr", "Director of Children's Services", "officer")
    d.add(PageBreak())
    d.title("Appendix A - Summary of the inspection findings")
    d.p("Inspection dates: 7 to 11 October 2024. Outcome: there are widespread and/or systemic failings leading to "
        "significant concerns about the experiences and outcomes of children and young people with special "
        "educational needs and/or disabilities (SEND), which the local area partnership must address urgently.")
    d.p("Inspectors found strengths, including the commitment of special schools and the designated clinical "
        "officer's work with health providers, and the well-regarded short breaks offer.")
    d.p("<b>Areas for priority action</b>")
    apas = [
        ("APA 1", "Leaders across education, health and care must urgently improve the timeliness and quality of EHC "
                  "needs assessments and plans, so that children and young people's needs are accurately "
                  "identified and met, and plans are reviewed and updated as their needs change.", ["ehc-plans"]),
        ("APA 2", "The local authority must ensure that it knows where children and young people with SEND are "
                  "educated, including those on part-time timetables and in alternative provision, and that the "
                  "provision they receive is safe, suitable and meets their needs.",
         ["inclusion-provision", "data-oversight"]),
    ]
    d.table([[a, t] for a, t, _ in apas], [2.2 * cm, 14 * cm], header=False, grid=False)
    for _, t, th in apas:
        d.record_weak(t, th)
    d.p("<b>Areas for improvement</b>")
    afis = [
        ("AFI 1", "Leaders should improve how they communicate with parents and carers so that families understand "
                  "the processes that affect them and know what support is available while they wait.",
         ["co-production"]),
        ("AFI 2", "The integrated care board should work with providers to reduce waiting times for speech and "
                  "language therapy and neurodevelopmental assessments.", ["health-services"]),
        ("AFI 3", "Leaders should make sure that the work to prepare young people for adulthood begins early and "
                  "includes clear pathways into employment, independent living and community participation.",
         ["preparing-for-adulthood"]),
    ]
    d.table([[a, t] for a, t, _ in afis], [2.2 * cm, 14 * cm], header=False, grid=False)
    for _, t, th in afis:
        d.record_weak(t, th)
    d.space(8)
    d.title("Appendix B - Priority Action Plan: progress at May 2025")
    d.ruled([["Ref", "Action", "Lead", "Due", "Status"],
             ["1.1", "Recruit 8 additional EHC coordinators and reduce caseloads to 1:120", "Head of SEN Assessment",
              "Feb 2025", "Complete"],
             ["1.2", "Multi-agency quality assurance panel audits 10% of new plans monthly", "Principal EP",
              "Jan 2025", "Complete"],
             ["1.3", "Health advice returned within 6 weeks in 90% of cases", "DCO", "Sep 2025", "On track"],
             ["1.4", "Clear backlog of overdue annual reviews", "Head of SEN Assessment", "Dec 2025", "At risk"],
             ["2.1", "Single register of children on part-time timetables, reviewed fortnightly", "Head of Inclusion",
              "Jan 2025", "Complete"],
             ["2.2", "Commissioning framework for alternative provision, with quality visits", "Head of Inclusion",
              "Apr 2025", "Complete"],
             ["2.3", "All unregistered AP placements visited termly; reduce use by 50%", "Head of Inclusion",
              "Jul 2025", "On track"],
             ["2.4", "Reintegration panel for pupils on part-time timetables over 6 weeks", "AD SEND and Inclusion",
              "Oct 2025", "On track"]], [1.1 * cm, 7.5 * cm, 3.4 * cm, 2 * cm, 2.2 * cm])
    d.dates_([("Feb 2025", "2025-02"), ("Jan 2025", "2025-01"), ("Sep 2025", "2025-09"), ("Dec 2025", "2025-12"),
              ("Apr 2025", "2025-04"), ("Jul 2025", "2025-07")])
    d.add(PageBreak())
    d.p("<b>Background data: SEND in Greenwich (January 2025 census)</b>")
    d.date("January 2025", "2025-01")
    need_table(d, 41)
    d.space(8)
    area_table(d, ["Abbey Wood", "Blackheath Westcombe", "Charlton Hornfair", "Charlton Village and Riverside",
                   "East Greenwich", "Eltham Page", "Eltham Park and Progress", "Eltham Town and Avery Hill",
                   "Greenwich Creekside", "Greenwich Park", "Greenwich Peninsula", "Kidbrooke Park", "Kidbrooke "
                   "Village and Sutcliffe", "Middle Park and Horn Park", "Mottingham, Coldharbour and New Eltham",
                   "Plumstead and Glyndon", "Plumstead Common", "Shooters Hill", "Thamesmead Moorings",
                   "West Thamesmead", "Woolwich Arsenal", "Woolwich Common", "Woolwich Dockyard"], 17, "Ward")
    d.space(8)
    school_table(d, 9, 20)
    return d


# ------------------------------------------------------------------------------------------------------------------
def hampshire_decision() -> Doc:
    """An Executive Lead Member decision report with the DfE/NHS England APP review letter appended (2016)."""
    committee = "Executive Lead Member for Children's Services"
    rel = ("hampshire/round83-2022-07-19-executive-lead-member-for-childrens-services/"
           "SEND Accelerated Progress Plan - first review outcome.pdf")
    d = Doc(rel, {"council": "Hampshire County Council", "council_slug": "hampshire", "committee": committee,
                  "meeting_date": "2022-07-19", "title": "SEND Accelerated Progress Plan - first review outcome",
                  "source_kind": "moderngov-document",
                  "url": "https://democracy.hants.gov.uk/documents/s97132/Report.pdf"},
            {"council": "Hampshire County Council", "committee": committee, "date": "2022-07-19"},
            "", "", "")
    d.page_label = "{n}"
    d.p("<b>HAMPSHIRE COUNTY COUNCIL</b>", CENTRE)
    d.p("<b>Decision Report</b>", CENTRE)
    d.table([["<b>Decision Maker:</b>", "Executive Lead Member for Children's Services"],
             ["<b>Date:</b>", "19 July 2022"],
             ["<b>Title:</b>", "SEND Accelerated Progress Plan - first review outcome"],
             ["<b>Report From:</b>", "Director of Children's Services"],
             ["<b>Contact name:</b>", "Hilary Cordingley, Assistant Director, Education and Inclusion"],
             ["<b>Tel:</b>", "0370 779 4412"], ["<b>Email:</b>", "hilary.cordingley@hants.gov.uk"]],
            [4.2 * cm, 12 * cm], header=False, grid=False)
    d.date("19 July 2022", "2022-07-19")
    d.person("Hilary Cordingley", "Assistant Director, Education and Inclusion", "officer",
             "hilary.cordingley@hants.gov.uk", "0370 779 4412")
    d.h("Purpose of this Report")
    d.num("1.", "The purpose of this report is to inform the Executive Lead Member for Children's Services of the "
          "outcome of the first formal review, by the Department for Education (DfE) and NHS England, of Hampshire's "
          "Accelerated Progress Plan (APP) for special educational needs and disabilities (SEND).")
    d.h("Recommendation(s)")
    d.num("2.", "That the Executive Lead Member for Children's Services:")
    d.res("a.", "notes the findings of the review held on 14 June 2022, as set out in the letter at Appendix 1;",
          "recommendation", style=S.roman)
    d.res("b.", "notes the actions being taken to address the areas where the review found progress to be slower "
          "than expected; and", "recommendation", style=S.roman)
    d.res("c.", "requests a further report following the next review, which the DfE expects to hold in December "
          "2022.", "recommendation", style=S.roman)
    d.dates_([("14 June 2022", "2022-06-14"), ("December 2022", "2022-12")])
    d.event("monitoring", "2022-06-14", None, "the review held on 14 June 2022")
    d.event("monitoring", "2022-12", None, "the next review, which the DfE expects to hold in December 2022")
    d.h("Executive Summary")
    d.num("3.", "Hampshire's local area was inspected by Ofsted and the Care Quality Commission (CQC) from 5 to 9 "
          "March 2018. A Written Statement of Action (WSoA) was required and was accepted as fit for purpose in "
          "September 2018.")
    d.dates_([("from 5 to 9 March 2018", "2018-03-05", "2018-03-09"), ("September 2018", "2018-09")])
    d.event("inspection", "2018-03-05", "2018-03-09", "Hampshire's local area was inspected by Ofsted and the Care "
            "Quality Commission (CQC) from 5 to 9 March 2018")
    d.event("wsoa-approved", "2018-09", None, "was accepted as fit for purpose in September 2018")
    d.num("4.", "Inspectors revisited Hampshire from 28 to 30 June 2021 and their letter, published on 13 August "
          "2021, found sufficient progress in two of the five areas of significant weakness. The Secretary of State "
          "therefore required the area to produce an APP for the remaining three areas. The APP was submitted on "
          "22 October 2021, and an initial progress meeting took place on 7 December 2021.")
    d.dates_([("from 28 to 30 June 2021", "2021-06-28", "2021-06-30"), ("13 August 2021", "2021-08-13"),
              ("22 October 2021", "2021-10-22"), ("7 December 2021", "2021-12-07")])
    d.event("revisit", "2021-06-28", "2021-06-30", "Inspectors revisited Hampshire from 28 to 30 June 2021")
    d.event("revisit-outcome", "2021-08-13", None, "their letter, published on 13 August 2021")
    d.event("progress-plan", "2021-10-22", None, "The APP was submitted on 22 October 2021")
    d.event("monitoring", "2021-12-07", None, "an initial progress meeting took place on 7 December 2021")
    d.num("5.", "The first formal six-monthly review was held on 14 June 2022, chaired by the DfE's SEND Adviser, "
          "Mr Anthony Pelham, with Ms Corinne Bastable of NHS England (South East). The review letter, dated 28 June "
          "2022, is attached. It concludes that the area is making progress overall, that the new assessment "
          "arrangements are having an effect, and that progress on the Local Offer and on communication with "
          "families is slower.")
    d.date("28 June 2022", "2022-06-28")
    d.person("Anthony Pelham", "SEND Adviser", "officer")
    d.person("Corinne Bastable", None, "officer")
    d.h("Contextual information")
    d.num("6.", "The number of children and young people with an EHC plan maintained by Hampshire rose to 12,904 in "
          "January 2022, an increase of 11% on the year before. Requests for assessment rose by 23% over the same "
          "period, placing considerable pressure on the service while it implements the APP.")
    d.date("January 2022", "2022-01")
    d.ruled([["Indicator", "Jun 2021", "Dec 2021", "May 2022", "APP target"],
             ["New EHC plans finalised within 20 weeks", "29%", "44%", "58%", "60%"],
             ["Health advice returned within 6 weeks", "52%", "68%", "81%", "90%"],
             ["Local Offer page views (monthly)", "18,400", "21,900", "22,600", "30,000"],
             ["Parents reporting good communication", "26%", "31%", "33%", "50%"],
             ["SENCOs trained in outcomes writing", "0", "212", "384", "450"]],
            [7 * cm, 2.1 * cm, 2.1 * cm, 2.1 * cm, 2.9 * cm])
    d.dates_([("Jun 2021", "2021-06"), ("Dec 2021", "2021-12"), ("May 2022", "2022-05")])
    d.num("7.", "In response to the review, the Local Offer is being rebuilt with the Hampshire Parent Carer Network, "
          "with a new site due to go live on 3 October 2022. A family liaison team of four officers started on 1 "
          "July 2022 to keep families informed while assessments are under way.")
    d.dates_([("3 October 2022", "2022-10-03"), ("1 July 2022", "2022-07-01")])
    d.h("Finance")
    d.num("8.", "The APP actions are funded from within the approved Children's Services budget and a one-off "
          "allocation of &pound;2.1m from the corporate contingency agreed in February 2022.")
    d.date("February 2022", "2022-02")
    d.h("Consultation and Equalities")
    d.num("9.", "The APP was co-produced with the Hampshire Parent Carer Network. The decision is to note progress "
          "and has no direct impact on groups with protected characteristics.")
    d.h("Climate Change Impact Assessment")
    d.num("10.", "No climate change impacts have been identified.")
    d.h("REQUIRED CORPORATE AND LEGAL INFORMATION")
    d.ruled([["Links to the Strategic Plan", ""],
             ["Hampshire maintains strong and sustainable economic growth and prosperity:", "no"],
             ["People in Hampshire live safe, healthy and independent lives:", "yes"],
             ["People in Hampshire enjoy a rich and diverse environment:", "no"],
             ["People in Hampshire enjoy being part of strong, inclusive communities:", "yes"]],
            [12.6 * cm, 3.6 * cm])
    d.p("<b>Other Significant Links</b>")
    d.ruled([["Links to previous Member decisions:", "Date"],
             ["SEND Accelerated Progress Plan (Executive Lead Member for Children's Services)", "17 March 2022"],
             ["Local area SEND revisit outcome (Children and Young People Select Committee)", "16 September 2021"]],
            [12.6 * cm, 3.6 * cm])
    d.dates_([("17 March 2022", "2022-03-17"), ("16 September 2021", "2021-09-16")])
    d.add(PageBreak())
    d.p("<b>Appendix 1</b>", RIGHT)
    d.p("Department for Education<br/>Sanctuary Buildings<br/>Great Smith Street<br/>London SW1P 3BT", S.letter)
    d.p("28 June 2022", S.letter)
    d.p("Steven Ockendon<br/>Director of Children's Services<br/>Hampshire County Council", S.letter)
    d.p("Sent by email", S.letter)
    d.person("Steven Ockendon", "Director of Children's Services", "officer")
    d.p("Dear Steven,", S.letter)
    d.p("<b>Hampshire SEND Accelerated Progress Plan: review meeting, 14 June 2022</b>", S.letter_bold)
    d.p("Thank you to you and colleagues for the preparation for, and the open discussion at, the review meeting. "
        "This letter summarises our findings. As you know, the Ofsted and CQC revisit in June 2021 found that the "
        "area had not yet made sufficient progress in addressing three of the significant weaknesses identified at "
        "the original inspection. These were:", S.letter)
    d.date("June 2021", "2021-06")
    for i, (t, th) in enumerate([
        ("The lack of a coherent and well-understood strategy for co-production with parents and carers, and poor "
         "communication with families about the EHC process.", ["co-production"]),
        ("The inconsistent quality of EHC plans, including the limited contributions from health and social care "
         "and the poor quality of outcomes.", ["ehc-plans"]),
        ("The poor quality and accessibility of the Local Offer, which parents do not find useful.", ["local-offer"]),
    ], 1):
        d.weak(t, th, marker=f"{i}.", style=S.letter_bullet)
    d.p("<b>Progress</b>", S.letter_bold)
    d.p("We saw clear evidence that the new assessment and quality assurance arrangements are improving the "
        "timeliness of plans, and the audit findings shared with us show a steady rise in the proportion of plans "
        "rated good. Health contributions are now routinely received on time. We would like to see the audit "
        "sample extended to annual review amendments.", S.letter)
    d.p("Progress on co-production is real but uneven: the Parent Carer Network's role in the SEND Board is "
        "strong, but parents outside the network continue to describe poor communication. The Local Offer has not "
        "yet changed in a way families would notice, and the relaunch planned for October 2022 is critical.",
        S.letter)
    d.date("October 2022", "2022-10")
    d.p("<b>Next steps</b>", S.letter_bold)
    d.p("Our next review will take place in December 2022; we will agree a date with your office. Before that "
        "meeting please provide the updated APP tracker and the findings of the autumn parent survey.", S.letter)
    d.p("Yours sincerely,", S.letter)
    d.table([["Anthony Pelham<br/>SEND Adviser<br/>Department for Education", "Corinne Bastable<br/>Head of "
              "Children and Young People's Transformation<br/>NHS England - South East"]],
            [8.1 * cm, 8.1 * cm], header=False, grid=False, style=S.letter)
    [p for p in d.people if p["name"] == "Corinne Bastable"][0]["role"] = ("Head of Children and Young People's "
                                                                             "Transformation")
    d.p("cc: Cllr Amelia Fortescue-Hart, Executive Lead Member for Children's Services; Dr Nikhil Varadkar, Chief "
        "Medical Officer, Hampshire and Isle of Wight ICB", S.letter)
    d.person("Amelia Fortescue-Hart", "Executive Lead Member for Children's Services", "member")
    d.person("Nikhil Varadkar", "Chief Medical Officer, Hampshire and Isle of Wight ICB", "officer")
    d.add(PageBreak())
    d.p("<b>Appendix 2: EHC plans and SEN support in Hampshire by district and need (January 2022)</b>")
    need_table(d, 29)
    d.space(8)
    area_table(d, ["Basingstoke and Deane", "East Hampshire", "Eastleigh", "Fareham", "Gosport", "Hart", "Havant",
                   "New Forest", "Rushmoor", "Test Valley", "Winchester"], 23, "District")
    d.space(8)
    school_table(d, 14, 22)
    return d


# ------------------------------------------------------------------------------------------------------------------
def herefordshire_pap() -> Doc:
    """The local area partnership's Priority Action Plan itself, as a scrutiny committee appendix (2023)."""
    committee = "Children and Young People Scrutiny Committee"
    rel = ("herefordshire/round83-2025-07-14-children-and-young-people-scrutiny-committee/"
           "Appendix 2 - Herefordshire Local Area Partnership Priority Action Plan.pdf")
    d = Doc(rel, {"council": "Herefordshire Council", "council_slug": "herefordshire", "committee": committee,
                  "meeting_date": "2025-07-14", "title": "Appendix 2 - Herefordshire Local Area Partnership "
                  "Priority Action Plan", "source_kind": "moderngov-document",
                  "url": "https://councillors.herefordshire.gov.uk/documents/s50231/Appendix%202%20-%20Priority%20"
                  "Action%20Plan.pdf"},
            {"council": "Herefordshire Council", "committee": committee, "date": "2025-07-14"},
            "Herefordshire Local Area Partnership", "Priority Action Plan", "OFFICIAL")
    d.page_label = "{n}"
    d.space(30)
    d.p("<b>Herefordshire Local Area Partnership for SEND</b>", CENTRE)
    d.p("<font size=20><b>Priority Action Plan</b></font>", CENTRE)
    d.space(14)
    d.p("In response to the area SEND inspection of Herefordshire Local Area Partnership, 3 to 7 March 2025", CENTRE)
    d.date("3 to 7 March 2025", "2025-03-03", "2025-03-07")
    d.event("inspection", "2025-03-03", "2025-03-07", "the area SEND inspection of Herefordshire Local Area "
            "Partnership, 3 to 7 March 2025")
    d.space(14)
    d.ruled([["Document control", ""], ["Version", "1.3 (final as submitted)"],
             ["Owner", "Herefordshire SEND Partnership Board"],
             ["Agreed by Board", "29 May 2025"], ["Submitted to Ofsted", "6 June 2025"],
             ["Review date", "Monthly at Board; formally every six months with DfE and NHS England"]],
            [5 * cm, 11.2 * cm], shade=())
    d.dates_([("29 May 2025", "2025-05-29"), ("6 June 2025", "2025-06-06")])
    d.event("progress-plan", "2025-05-29", None, "Agreed by Board 29 May 2025")
    d.event("progress-plan", "2025-06-06", None, "Submitted to Ofsted 6 June 2025")
    d.h("Contents")
    d.table([["1. A message from the partnership", "2"], ["2. What the inspection found", "2"],
             ["3. How we will lead this plan", "3"], ["4. Priority 1", "3"], ["5. Priority 2", "4"],
             ["6. Priority 3", "4"], ["7. How we will measure impact", "5"], ["8. Areas for improvement", "5"],
             ["9. Local area information", "6"]], [14 * cm, 2.2 * cm], header=False, grid=False)
    d.add(PageBreak())
    d.h("1. A message from the partnership")
    d.p("We are sorry. The inspection told us clearly what many families in Herefordshire have told us for some "
        "time: too many children and young people with SEND wait too long for their needs to be understood and "
        "met. This plan sets out what we will do, and by when, to put that right. It was written with Herefordshire "
        "Parent Carer Voice and with young people from the SEND Youth Forum, and we will report openly on our "
        "progress.")
    d.table([["<b>Jasmine Pryce-Wheeler</b><br/>Corporate Director, Children and Young People, Herefordshire "
              "Council", "<b>Cllr Ivan Tranter</b><br/>Cabinet Member, Children and Young People"],
             ["<b>Dr Harriet Onions</b><br/>Chief Nursing Officer, NHS Herefordshire and Worcestershire ICB",
              "<b>Megan Lowther</b><br/>Chair, Herefordshire Parent Carer Voice"]],
            [8.1 * cm, 8.1 * cm], header=False, grid=False)
    d.person("Jasmine Pryce-Wheeler", "Corporate Director, Children and Young People, Herefordshire Council",
             "officer")
    d.person("Ivan Tranter", "Cabinet Member, Children and Young People", "member")
    d.person("Harriet Onions", "Chief Nursing Officer, NHS Herefordshire and Worcestershire ICB", "officer")
    d.person("Megan Lowther", "Chair, Herefordshire Parent Carer Voice", "other")
    d.h("2. What the inspection found")
    d.p("Ofsted and the Care Quality Commission inspected the local area partnership from 3 to 7 March 2025. The "
        "report, published on 25 April 2025, found that there are widespread and/or systemic failings leading to "
        "significant concerns about the experiences and outcomes of children and young people with SEND. "
        "Inspectors identified three areas for priority action, which this plan addresses, and two areas for "
        "improvement, which are addressed in our SEND Strategy and summarised in section 8.")
    d.date("25 April 2025", "2025-04-25")
    d.event("outcome-letter", "2025-04-25", None, "The report, published on 25 April 2025")
    d.p("The previous inspection, in May 2018 under the 2016 framework, led to a Written Statement of Action and, "
        "after the revisit in June 2022, to a statutory direction. The partnership recognises that the "
        "improvements made since then have not been sustained.")
    d.dates_([("May 2018", "2018-05"), ("June 2022", "2022-06")])
    d.event("inspection", "2018-05", None, "The previous inspection, in May 2018")
    d.event("revisit", "2022-06", None, "the revisit in June 2022")
    d.h("3. How we will lead this plan")
    d.p("The SEND Partnership Board, chaired by the Corporate Director, owns the plan. A SEND Improvement Board with "
        "an independent chair, Mr Robert Askew-Dunn, will meet monthly from June 2025 to hold partners to account. "
        "The Department for Education and NHS England will hold six-monthly monitoring meetings with the partnership; "
        "the first is planned for 17 September 2025. Ofsted and CQC will carry out a monitoring inspection.")
    d.person("Robert Askew-Dunn", "independent chair", "other")
    d.dates_([("June 2025", "2025-06"), ("17 September 2025", "2025-09-17")])
    d.event("monitoring", "2025-09-17", None, "the first is planned for 17 September 2025")
    d.ruled([["Priority", "Senior responsible officer", "Health lead"],
             ["1. EHC needs assessment and plans", "Head of SEND Services, Herefordshire Council", "Designated "
              "Clinical Officer"],
             ["2. Neurodevelopmental pathway", "Director of Commissioning, ICB", "Associate Director, Wye Valley "
              "NHS Trust"],
             ["3. Inclusion and alternative provision", "Director of Education, Skills and Learning", "Designated "
              "Medical Officer"]], [5.2 * cm, 5.5 * cm, 5.5 * cm])
    prios = [
        ("Priority 1", "Leaders across the partnership must urgently improve the timeliness and quality of EHC needs "
                       "assessments and plans, including the quality of contributions from health and social care, "
                       "so that children and young people receive the right support at the right time.",
         ["ehc-plans"],
         [["1.1", "Recovery plan to clear assessments over twenty weeks", "Jul 2025", "No request older than 20 weeks "
           "by Dec 2025"],
          ["1.2", "Joint audit of 15 plans a month by education, health and care", "Jun 2025", "70% good or better"],
          ["1.3", "Statutory advice templates revised with health and social care", "Sep 2025", "90% advice on "
           "time"]]),
        ("Priority 2", "The integrated care board and its partners must reduce the unacceptable waiting times for "
                       "neurodevelopmental assessment and provide support to children and families while they "
                       "wait.", ["health-services"],
         [["2.1", "Commission additional assessment capacity", "Aug 2025", "Waiting list halved by Mar 2026"],
          ["2.2", "'Support while you wait' offer with Parent Carer Voice", "Sep 2025", "Offer used by 60% of "
           "waiting families"]]),
        ("Priority 3", "Leaders must make sure that they know where children and young people with SEND are being "
                       "educated and that those on reduced timetables, in alternative provision or missing "
                       "education receive a suitable full-time education.", ["inclusion-provision", "data-oversight"],
         [["3.1", "Single tracking system for reduced timetables and AP", "Jun 2025", "All placements on system"],
          ["3.2", "Quality assurance visits to all AP providers", "Oct 2025", "Every provider visited termly"],
          ["3.3", "Inclusion charter signed by all schools", "Jan 2026", "Fewer suspensions of pupils with SEND"]]),
    ]
    for n, (head, text, th, rows) in enumerate(prios, 4):
        d.h(f"{n}. {head}")
        d.p("<b>Area for priority action:</b>")
        d.p(f"<i>'{text}'</i>", S.quote)
        d.record_weak(text, th)
        d.p("<b>What we will do</b>")
        d.ruled([["Ref", "Action", "By", "Success measure"]] + rows, [1.2 * cm, 7.6 * cm, 2 * cm, 5.4 * cm])
    d.dates_([("Jul 2025", "2025-07"), ("Dec 2025", "2025-12"), ("Jun 2025", "2025-06"), ("Sep 2025", "2025-09"),
              ("Aug 2025", "2025-08"), ("Mar 2026", "2026-03"), ("Oct 2025", "2025-10"), ("Jan 2026", "2026-01")])
    d.h("7. How we will measure impact")
    d.ruled([["Measure", "Baseline (Mar 2025)", "Target (Sep 2025)", "Target (Mar 2026)"],
             ["New EHC plans issued in 20 weeks", "11%", "35%", "60%"],
             ["Plans audited as good or better", "22%", "45%", "70%"],
             ["Children waiting over 52 weeks for ND assessment", "1,046", "800", "450"],
             ["Pupils with SEND on reduced timetables over 6 weeks", "138", "90", "40"],
             ["Parents who feel listened to", "24%", "35%", "50%"]], [5.6 * cm, 3.6 * cm, 3.5 * cm, 3.5 * cm])
    d.date("Mar 2025", "2025-03")
    d.h("8. Areas for improvement")
    d.p("The inspection also identified the following areas for improvement. These are addressed through the SEND "
        "Strategy 2025-2028, which the Board will refresh by 30 September 2025.")
    d.date("30 September 2025", "2025-09-30")
    for t, th in [
        ("Leaders should improve the local offer so that families can easily find accurate information about the "
         "services available to them.", ["local-offer"]),
        ("Leaders should strengthen the arrangements for preparing young people for adulthood, including access to "
         "supported internships and adult health services.", ["preparing-for-adulthood"]),
    ]:
        d.weak(t, th, marker="&#9679;")
    d.p("Contact: Kieran Stallworthy, SEND Improvement Programme Manager, kieran.stallworthy@herefordshire.gov.uk")
    d.person("Kieran Stallworthy", "SEND Improvement Programme Manager", "officer",
             "kieran.stallworthy@herefordshire.gov.uk")
    d.add(PageBreak())
    d.h("9. Local area information (January 2025 census)")
    d.date("January 2025", "2025-01")
    need_table(d, 53)
    d.space(8)
    area_table(d, ["Bromyard", "Golden Valley", "Hereford City North", "Hereford City South", "Kington", "Ledbury",
                   "Leominster", "Ross-on-Wye", "Wye Valley"], 31, "Locality")
    d.space(8)
    school_table(d, 19, 20)
    return d


# ------------------------------------------------------------------------------------------------------------------
def isle_of_wight_pack() -> Doc:
    """A scrutiny committee reports pack: front sheet, agenda, previous minutes, the APP report, other items (2016)."""
    committee = "Policy and Scrutiny Committee for Children's Services, Education and Skills"
    rel = ("isle-of-wight/round83-2022-11-10-policy-and-scrutiny-committee-for-childrens-services-education-and-"
           "skills/Agenda document pack 10 November 2022.pdf")
    d = Doc(rel, {"council": "Isle of Wight Council", "council_slug": "isle-of-wight", "committee": committee,
                  "meeting_date": "2022-11-10", "title": "Agenda document pack 10 November 2022",
                  "source_kind": "moderngov-document",
                  "url": "https://iow.moderngov.co.uk/documents/g2291/Public%20reports%20pack%2010th-Nov-2022%2017.00"
                  "%20Policy%20and%20Scrutiny%20Committee.pdf"},
            {"council": "Isle of Wight Council", "committee": committee, "date": "2022-11-10"},
            "Isle of Wight Council", "Public Document Pack", "")
    d.page_label = "Page {n}"
    d.title("Isle of Wight Council")
    d.p("<b>POLICY AND SCRUTINY COMMITTEE FOR CHILDREN'S SERVICES, EDUCATION AND SKILLS</b>")
    d.table([["Date", "THURSDAY 10 NOVEMBER 2022"], ["Time", "5.00 PM"],
             ["Venue", "COUNCIL CHAMBER, COUNTY HALL, NEWPORT, ISLE OF WIGHT"],
             ["Members of the committee", "Cllrs K Lucioni-Grey (Chairman), J Medland (Vice-Chairman), R Quigley, "
              "S Hastings, D Adams-Fry, T Whitby and P Jordan"],
             ["Co-opted (voting)", "Mr M Barrow (Church of England), Mrs A Hebden (Parent Governor)"]],
            [4.5 * cm, 11.7 * cm], header=False, grid=False)
    d.date("THURSDAY 10 NOVEMBER 2022", "2022-11-10")
    d.person("K Lucioni-Grey", "Chairman", "member")
    d.person("J Medland", "Vice-Chairman", "member")
    for n in ["R Quigley", "S Hastings", "D Adams-Fry", "T Whitby", "P Jordan"]:
        d.person(n, None, "member")
    d.person("M Barrow", "Church of England", "other")
    d.person("A Hebden", "Parent Governor", "other")
    d.p("Democratic Services Officer: Megan Tuckwell<br/>democratic.services@iow.gov.uk<br/>(01983) 821000")
    d.person("Megan Tuckwell", "Democratic Services Officer", "officer", "democratic.services@iow.gov.uk",
             "(01983) 821000")
    d.h("AGENDA")
    d.table([["1.", "Minutes (Pages 3 - 4)<br/>To confirm as a true record the Minutes of the meeting held on 8 "
              "September 2022."],
             ["2.", "Declarations of Interest"], ["3.", "Public Question Time - 15 Minutes Maximum"],
             ["4.", "SEND Accelerated Progress Plan - Progress Report (Pages 5 - 8)"],
             ["5.", "Home to School Transport Policy 2023/24 - Pre-decision Scrutiny (Pages 9 - 10)"],
             ["6.", "Committee's Workplan (Page 10)"]], [1.2 * cm, 15 * cm], header=False, grid=False)
    d.date("8 September 2022", "2022-09-08")
    d.p("Questions may be asked without notice but to guarantee a full reply a question must be put in writing or "
        "emailed to democratic.services@iow.gov.uk by no later than 5.00 pm on Monday, 7 November 2022.", SMALL)
    d.date("Monday, 7 November 2022", "2022-11-07")
    d.p("Date of publication: Wednesday, 2 November 2022", SMALL)
    d.date("Wednesday, 2 November 2022", "2022-11-02")
    d.add(PageBreak())
    d.p("<b>Agenda Item 1</b>", RIGHT)
    d.p("<b>Minutes</b>", CENTRE)
    d.table([["Name of meeting", "POLICY AND SCRUTINY COMMITTEE FOR CHILDREN'S SERVICES, EDUCATION AND SKILLS"],
             ["Date and Time", "THURSDAY 8 SEPTEMBER 2022 COMMENCING AT 5.00 PM"],
             ["Venue", "COUNCIL CHAMBER, COUNTY HALL, NEWPORT, ISLE OF WIGHT"],
             ["Present", "Cllrs K Lucioni-Grey (Chairman), J Medland, R Quigley, S Hastings, T Whitby and P "
              "Jordan"],
             ["Co-opted", "Mrs A Hebden"],
             ["Cabinet Members", "Cllr D Arnott-Sayer"],
             ["Officers Present", "Tessa Marchant, Natalie Fordham-Bligh, Megan Tuckwell"],
             ["Apologies", "Cllr D Adams-Fry, Mr M Barrow"]], [4.5 * cm, 11.7 * cm], header=False, grid=False)
    d.person("D Arnott-Sayer", "Cabinet Member", "member")
    d.person("Tessa Marchant", None, "officer")
    d.person("Natalie Fordham-Bligh", None, "officer")
    d.p("<b>14.&nbsp;&nbsp;Minutes</b>")
    d.p("RESOLVED:")
    d.res(None, "THAT the minutes of the meeting held on 14 July 2022 be confirmed.", "resolution", style=INDENT)
    d.date("14 July 2022", "2022-07-14")
    d.p("<b>15.&nbsp;&nbsp;Declarations of Interest</b>")
    d.p("No declarations were received at this stage.")
    d.p("<b>16.&nbsp;&nbsp;Children's Services Performance - Quarter 1</b>")
    d.p("The Director of Children's Services, Tessa Marchant, presented the quarter 1 performance report. Members "
        "noted that the number of children subject to a child protection plan had fallen to 142 at 30 June 2022. "
        "Questions were asked about the recruitment of social workers, and it was confirmed that a further cohort "
        "of six newly qualified workers would start in October 2022.")
    d.dates_([("30 June 2022", "2022-06-30"), ("October 2022", "2022-10")])
    [p for p in d.people if p["name"] == "Tessa Marchant"][0]["role"] = "Director of Children's Services"
    d.p("RESOLVED:")
    d.res(None, "THAT the quarter 1 performance report be noted, and that the committee receive a briefing on "
          "social worker recruitment and retention at its informal session in January 2023.", "resolution",
          style=INDENT)
    d.date("January 2023", "2023-01")
    d.p("<b>17.&nbsp;&nbsp;Committee's Workplan</b>")
    d.p("RESOLVED:")
    d.res(None, "THAT the workplan be agreed, with the addition of the SEND Accelerated Progress Plan at the "
          "November meeting.", "resolution", style=INDENT)
    d.p("CHAIRMAN", RIGHT)
    d.add(PageBreak())
    d.p("<b>Agenda Item 4</b>", RIGHT)
    d.ruled([["Committee", "POLICY AND SCRUTINY COMMITTEE FOR CHILDREN'S SERVICES, EDUCATION AND SKILLS"],
             ["Date", "10 NOVEMBER 2022"],
             ["Title", "SEND ACCELERATED PROGRESS PLAN - PROGRESS REPORT"],
             ["Report of", "DIRECTOR OF CHILDREN'S SERVICES"]], [4 * cm, 12.2 * cm], header_rows=0)
    d.h("EXECUTIVE SUMMARY")
    d.p("1.&nbsp;&nbsp;This report updates the committee on the Isle of Wight's Accelerated Progress Plan (APP) for "
        "SEND, following the first review of the plan by the Department for Education and NHS England on 18 "
        "October 2022.")
    d.date("18 October 2022", "2022-10-18")
    d.event("monitoring", "2022-10-18", None, "the first review of the plan by the Department for Education and NHS "
            "England on 18 October 2022")
    d.h("RECOMMENDATION")
    d.p("2.&nbsp;&nbsp;That the committee:")
    d.res("a)", "Notes the progress made against the Accelerated Progress Plan and the feedback from the first "
          "review.", "recommendation", style=S.roman)
    d.res("b)", "Identifies any areas of the plan on which it wishes to receive more detailed reports.",
          "recommendation", style=S.roman)
    d.h("BACKGROUND")
    d.p("3.&nbsp;&nbsp;Ofsted and the CQC inspected the Isle of Wight local area between 19 and 23 March 2018 and "
        "published their letter on 21 May 2018. A Written Statement of Action (WSoA) was required and was judged "
        "fit for purpose on 4 October 2018. Delivery was overseen by the SEND Improvement Board.")
    d.dates_([("between 19 and 23 March 2018", "2018-03-19", "2018-03-23"), ("21 May 2018", "2018-05-21"),
              ("4 October 2018", "2018-10-04")])
    d.event("inspection", "2018-03-19", "2018-03-23", "Ofsted and the CQC inspected the Isle of Wight local area "
            "between 19 and 23 March 2018")
    d.event("outcome-letter", "2018-05-21", None, "published their letter on 21 May 2018")
    d.event("wsoa-approved", "2018-10-04", None, "was judged fit for purpose on 4 October 2018")
    d.p("4.&nbsp;&nbsp;Inspectors revisited the area from 28 February to 2 March 2022. The revisit letter was "
        "published on 26 April 2022. It reported on each of the six areas of significant weakness as follows:")
    d.dates_([("from 28 February to 2 March 2022", "2022-02-28", "2022-03-02"), ("26 April 2022", "2022-04-26")])
    d.event("revisit", "2022-02-28", "2022-03-02", "Inspectors revisited the area from 28 February to 2 March 2022")
    d.event("revisit-outcome", "2022-04-26", None, "The revisit letter was published on 26 April 2022")
    rows = [
        ("The lack of a clear, shared strategy for SEND across education, health and care", "Sufficient progress",
         ["leadership-governance"]),
        ("Weak joint commissioning arrangements, which do not identify or meet the needs of the local population",
         "Sufficient progress", ["joint-commissioning"]),
        ("The poor timeliness of EHC needs assessments and the variable quality of EHC plans", "Not sufficient "
         "progress", ["ehc-plans"]),
        ("Long waiting times for children and young people needing assessment for autism spectrum disorder",
         "Not sufficient progress", ["health-services"]),
        ("The high rate of fixed-term exclusions of children and young people with SEND", "Sufficient progress",
         ["inclusion-provision"]),
        ("Parents' lack of confidence in the local area's ability to meet their children's needs", "Sufficient "
         "progress", ["co-production"]),
    ]
    d.ruled([["Area of significant weakness (2018)", "Revisit finding (2022)"]] + [[a, b] for a, b, _ in rows],
            [11.4 * cm, 4.8 * cm])
    for a, _, th in rows:
        d.record_weak(a, th)
    d.p("5.&nbsp;&nbsp;The Secretary of State required an APP for the two areas without sufficient progress. The "
        "APP was submitted on 30 June 2022 and has been published on the Local Offer.")
    d.event("progress-plan", "2022-06-30", None, "The APP was submitted on 30 June 2022")
    d.h("PROGRESS AND FEEDBACK FROM THE FIRST REVIEW")
    d.p("6.&nbsp;&nbsp;At the review, advisers noted that timeliness of new plans had improved to 54% in September "
        "2022 from 23% in February 2022, and that the neurodevelopmental waiting list had been validated. They "
        "asked the partnership to focus on the quality of plans, and on the longest waits. The next review is "
        "expected in April 2023.")
    d.dates_([("September 2022", "2022-09"), ("February 2022", "2022-02"), ("April 2023", "2023-04")])
    d.event("monitoring", "2023-04", None, "The next review is expected in April 2023")
    d.ruled([["Measure", "Feb 2022", "Jun 2022", "Sep 2022", "Target Mar 2023"],
             ["EHC plans issued within 20 weeks", "23%", "39%", "54%", "65%"],
             ["Plans rated good on multi-agency audit", "31%", "36%", "44%", "60%"],
             ["Children waiting over 52 weeks for ASD assessment", "318", "274", "221", "100"],
             ["Families using the pre-diagnosis support offer", "n/a", "64", "131", "200"]],
            [6.6 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 3 * cm])
    d.dates_([("Feb 2022", "2022-02"), ("Jun 2022", "2022-06"), ("Sep 2022", "2022-09"), ("Mar 2023", "2023-03")])
    d.h("CONTACT POINT")
    d.p("Natalie Fordham-Bligh, Head of SEND and Inclusion, tel (01983) 821000, e-mail "
        "natalie.fordham-bligh@iow.gov.uk")
    d.contact("Natalie Fordham-Bligh", "natalie.fordham-bligh@iow.gov.uk", "(01983) 821000")
    [p for p in d.people if p["name"] == "Natalie Fordham-Bligh"][0]["role"] = "Head of SEND and Inclusion"
    d.p("TESSA MARCHANT<br/>Director of Children's Services")
    d.p("<b>Agenda Item 5</b>", RIGHT)
    d.p("<b>HOME TO SCHOOL TRANSPORT POLICY 2023/24 - PRE-DECISION SCRUTINY</b>")
    d.p("1.&nbsp;&nbsp;The Cabinet will be asked on 8 December 2022 to approve the home to school transport policy "
        "for 2023/24, including changes to post-16 transport for students with SEND. Consultation ran from 5 "
        "September 2022 to 16 October 2022.")
    d.dates_([("8 December 2022", "2022-12-08"), ("from 5 September 2022 to 16 October 2022", "2022-09-05",
                                                  "2022-10-16")])
    d.res(None, "That the committee considers the proposed policy and makes any recommendations to the Cabinet.",
          "recommendation", lead="<b>RECOMMENDATION:</b>", style=BODY)
    d.p("<b>Agenda Item 6: Committee's Workplan</b>")
    d.ruled([["Meeting", "Item", "Lead"],
             ["12 January 2023", "School Ofsted outcomes and attainment", "Director of Children's Services"],
             ["9 March 2023", "Youth offer and early help", "Cabinet Member"],
             ["11 May 2023", "SEND APP - second review feedback", "Head of SEND and Inclusion"]],
            [3.6 * cm, 8 * cm, 4.6 * cm])
    d.dates_([("12 January 2023", "2023-01-12"), ("9 March 2023", "2023-03-09"), ("11 May 2023", "2023-05-11")])
    d.add(PageBreak())
    d.p("<b>Annex to Agenda Item 4: SEND profile (January 2022 census)</b>")
    d.date("January 2022", "2022-01")
    need_table(d, 71)
    d.space(8)
    area_table(d, ["Cowes", "East Cowes", "Newport Central", "Newport East", "Newport West", "Ryde North", "Ryde "
                   "South", "Sandown", "Shanklin", "Ventnor", "Freshwater", "Yarmouth and the West Wight",
                   "Brading and St Helens", "Wootton Bridge"], 37, "Area")
    d.space(8)
    school_table(d, 11, 18)
    return d


# ------------------------------------------------------------------------------------------------------------------
def knowsley_report() -> Doc:
    """A scrutiny progress report with a tracker: priority action plan and statutory direction (2023)."""
    committee = "Children's Scrutiny Committee"
    rel = ("knowsley/round83-2026-01-21-childrens-scrutiny-committee/"
           "Local Area SEND Partnership - Priority Action Plan progress and tracker.pdf")
    d = Doc(rel, {"council": "Knowsley Metropolitan Borough Council", "council_slug": "knowsley",
                  "committee": committee, "meeting_date": "2026-01-21", "title": "Local Area SEND Partnership - "
                  "Priority Action Plan progress and tracker", "source_kind": "moderngov-document",
                  "url": "https://councillors.knowsley.gov.uk/documents/s71408/SEND%20PAP%20progress.pdf"},
            {"council": "Knowsley Metropolitan Borough Council", "committee": committee, "date": "2026-01-21"},
            "Knowsley Council", "", "")
    d.page_label = "{n}"
    d.p("<b>CHILDREN'S SCRUTINY COMMITTEE</b>", RIGHT)
    d.p("<b>Wednesday, 21 January 2026</b>", RIGHT)
    d.date("Wednesday, 21 January 2026", "2026-01-21")
    d.title("LOCAL AREA SEND PARTNERSHIP: PRIORITY ACTION PLAN - PROGRESS REPORT")
    d.p("<b>Report of the Executive Director (Children's Services)</b>")
    d.h("1.&nbsp;&nbsp;PURPOSE OF REPORT")
    d.p("1.1&nbsp;&nbsp;To provide Scrutiny Committee with an update on the delivery of the Priority Action Plan "
        "(PAP) following the inspection of the Knowsley Local Area SEND Partnership, the statutory direction issued "
        "to the Council, and the outcome of the first monitoring meeting with the Department for Education and NHS "
        "England.")
    d.h("2.&nbsp;&nbsp;RECOMMENDATION")
    d.p("Scrutiny Committee is recommended to:")
    d.res("(i)", "note the progress made in delivering the Priority Action Plan, as summarised in the tracker at "
          "Appendix 1;", "recommendation", style=S.roman)
    d.res("(ii)", "note the terms of the statutory direction and the governance arrangements put in place in "
          "response; and", "recommendation", style=S.roman)
    d.res("(iii)", "consider whether it wishes to undertake a scrutiny review of transition to adulthood for young "
          "people with SEND during 2026/27.", "recommendation", style=S.roman)
    d.h("3.&nbsp;&nbsp;BACKGROUND")
    d.p("3.1&nbsp;&nbsp;Ofsted and the CQC carried out a full inspection of the Knowsley Local Area SEND Partnership "
        "between 9 June 2025 and 27 June 2025. The report was published on 8 August 2025. The inspection found "
        "widespread and/or systemic failings, the least favourable of the three outcomes.")
    d.dates_([("between 9 June 2025 and 27 June 2025", "2025-06-09", "2025-06-27"), ("8 August 2025", "2025-08-08")])
    d.event("inspection", "2025-06-09", "2025-06-27", "Ofsted and the CQC carried out a full inspection of the "
            "Knowsley Local Area SEND Partnership between 9 June 2025 and 27 June 2025")
    d.event("outcome-letter", "2025-08-08", None, "The report was published on 8 August 2025")
    d.p("3.2&nbsp;&nbsp;Inspectors asked the partnership to address two areas for priority action and three areas "
        "for improvement. In the words of the report:")
    items = [
        ("APA1", "Leaders across the partnership, including the ICB, need to urgently improve the timeliness, "
                 "quality and oversight of EHC needs assessments, plans and annual reviews.", ["ehc-plans"]),
        ("APA2", "Partnership leaders must work together to urgently improve the strategic oversight of "
                 "commissioning so that gaps in services, including for children with social, emotional and mental "
                 "health needs, are identified and addressed.", ["joint-commissioning", "leadership-governance"]),
        ("AFI1", "Leaders should improve the way they identify the needs of children in the early years, so that "
                 "they get the help they need before starting school.", ["identification"]),
        ("AFI2", "School leaders and the local authority should work together to reduce the number of children "
                 "with SEND who are suspended or excluded from school.", ["inclusion-provision"]),
        ("AFI3", "Leaders should ensure that young people with SEND are well prepared for adulthood, with a "
                 "wider range of post-16 pathways.", ["preparing-for-adulthood"]),
    ]
    for ref, text, th in items:
        d.p(f"<b>{ref}</b>&nbsp;&nbsp;{text}", S.indent)
        d.record_weak(text, th)
    d.p("3.3&nbsp;&nbsp;The PAP was submitted to Ofsted on 19 September 2025. On 2 October 2025 the Minister for "
        "School Standards issued a statutory direction under section 497A of the Education Act 1996, requiring the "
        "Council to work with a DfE-appointed SEND Commissioner, Ms Gwendolyn Ashdown, and to establish an "
        "independently chaired SEND Improvement Board. The Board first met on 23 October 2025.")
    d.dates_([("19 September 2025", "2025-09-19"), ("2 October 2025", "2025-10-02"), ("23 October 2025", "2025-10-23")])
    d.event("progress-plan", "2025-09-19", None, "The PAP was submitted to Ofsted on 19 September 2025")
    d.event("statutory-direction", "2025-10-02", None, "On 2 October 2025 the Minister for School Standards issued a "
            "statutory direction under section 497A of the Education Act 1996")
    d.person("Gwendolyn Ashdown", "SEND Commissioner", "other")
    d.h("4.&nbsp;&nbsp;MONITORING")
    d.p("4.1&nbsp;&nbsp;The first monitoring meeting with DfE and NHS England advisers was held on 4 December 2025. "
        "Advisers acknowledged a strong start on governance and on clearing the assessment backlog but were "
        "concerned that the proportion of plans judged good on audit had not improved. The next meeting will take "
        "place in June 2026. Ofsted will carry out a monitoring inspection, normally within 18 months of the "
        "report.")
    d.dates_([("4 December 2025", "2025-12-04"), ("June 2026", "2026-06")])
    d.event("monitoring", "2025-12-04", None, "The first monitoring meeting with DfE and NHS England advisers was "
            "held on 4 December 2025")
    d.event("monitoring", "2026-06", None, "The next meeting will take place in June 2026")
    d.ruled([["Key measure", "Jun 2025", "Sep 2025", "Nov 2025", "Target Jun 2026"],
             ["EHC plans issued within 20 weeks", "9%", "17%", "33%", "55%"],
             ["Requests waiting over 20 weeks", "286", "241", "147", "50"],
             ["Annual reviews held on time", "38%", "41%", "52%", "75%"],
             ["Plans good or better on audit", "29%", "30%", "29%", "55%"],
             ["Suspensions of pupils with EHC plans (term)", "212", "n/a", "176", "140"]],
            [6.6 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 3 * cm])
    d.dates_([("Jun 2025", "2025-06"), ("Sep 2025", "2025-09"), ("Nov 2025", "2025-11"), ("Jun 2026", "2026-06")])
    d.p("4.2&nbsp;&nbsp;Progress against each priority is summarised below; the detailed tracker is at Appendix 1.")
    d.p("<b>Timeliness and quality of EHC plans (APA1).</b> Eleven additional caseworkers were recruited between "
        "August and November 2025, reducing caseloads from 1:190 to 1:135. The backlog of requests waiting longer "
        "than 20 weeks has fallen by almost half. Audit grades have not yet moved, and a plan-writing improvement "
        "programme for caseworkers, co-designed with Knowsley Parent Carer Forum, begins in February 2026.")
    d.dates_([("between August and November 2025", "2025-08", "2025-11"), ("February 2026", "2026-02")])
    d.p("<b>Strategic commissioning (APA2).</b> The SEMH needs analysis was completed in December 2025 and "
        "presented to the Improvement Board. It identified gaps in early help for emotional wellbeing in primary "
        "schools and in specialist places for secondary-age pupils. The ICB's Place Director has drafted a joint "
        "commissioning strategy, which is out for consultation until 6 February 2026.")
    d.date("6 February 2026", "2026-02-06")
    d.p("<b>Areas for improvement.</b> Work on the three areas for improvement is incorporated in the refreshed SEND "
        "and Inclusion Strategy. An early years SEND panel has met fortnightly since 3 November 2025, and the "
        "suspension review group has met twice.")
    d.date("3 November 2025", "2025-11-03")
    d.h("4A.&nbsp;&nbsp;VOICE OF CHILDREN, YOUNG PEOPLE AND FAMILIES")
    d.p("4A.1&nbsp;&nbsp;The Parent Carer Forum's survey, run in October 2025, received 388 responses. 27% of "
        "respondents agreed that they had been kept informed during an EHC needs assessment, compared with 19% in "
        "the survey of March 2025. Young people from the Knowsley Youth SEND Council presented to the Improvement "
        "Board on 27 November 2025 and asked for plans to be written in language they understand.")
    d.dates_([("October 2025", "2025-10"), ("March 2025", "2025-03"), ("27 November 2025", "2025-11-27")])
    d.h("5.&nbsp;&nbsp;RESOURCE IMPLICATIONS")
    d.p("5.1&nbsp;&nbsp;Cabinet agreed additional investment of &pound;1.9m on 15 October 2025 for 2025/26 and "
        "2026/27 to fund additional caseworkers and educational psychologists. The High Needs Block deficit is "
        "forecast at &pound;9.6m at 31 March 2026.")
    d.dates_([("15 October 2025", "2025-10-15"), ("31 March 2026", "2026-03-31")])
    d.h("6.&nbsp;&nbsp;LEGAL IMPLICATIONS")
    d.p("6.1&nbsp;&nbsp;The statutory direction remains in force until the Secretary of State is satisfied that it is "
        "no longer required. Failure to comply could lead to further intervention.")
    d.h("7.&nbsp;&nbsp;RISK ASSESSMENT AND EQUALITY IMPLICATIONS")
    d.p("7.1&nbsp;&nbsp;The risk of not improving at the required pace is on the corporate risk register. The PAP is "
        "intended to reduce inequalities for children with SEND and their families.")
    d.p("<b>Contact Officer:</b> Bernadette Kinsella-Rowe, Head of SEND and Inclusion, 0151 443 3219, "
        "bernadette.kinsella-rowe@knowsley.gov.uk")
    d.person("Bernadette Kinsella-Rowe", "Head of SEND and Inclusion", "officer",
             "bernadette.kinsella-rowe@knowsley.gov.uk", "0151 443 3219")
    d.p("<b>Executive Director (Children's Services):</b> Paul Ferrigan-Moss")
    d.person("Paul Ferrigan-Moss", "Executive Director (Children's Services)", "officer")
    d.p("<b>Appendices:</b> Appendix 1 - PAP tracker (December 2025); Appendix 2 - SEND data profile")
    d.date("December 2025", "2025-12")
    d.add(PageBreak())
    d.title("Appendix 1: Priority Action Plan tracker - position at 31 December 2025")
    d.date("31 December 2025", "2025-12-31")
    d.ruled([["Ref", "Milestone", "Owner", "Due", "Progress", "RAG"],
             ["APA1.1", "Backlog of assessments over 20 weeks cleared", "Head of SEND", "Mar 2026", "147 remain, "
              "from 286", "Amber"],
             ["APA1.2", "Multi-agency audit of 20 plans a month", "Principal EP", "Oct 2025", "In place since "
              "October", "Green"],
             ["APA1.3", "Annual review recovery team in post", "Head of SEND", "Nov 2025", "Four of five posts "
              "filled", "Amber"],
             ["APA1.4", "Plan quality improvement programme for caseworkers", "SEND Service Manager", "Feb 2026",
              "Started", "Amber"],
             ["APA2.1", "Joint SEND commissioning strategy approved", "ICB Place Director", "Jan 2026", "Draft "
              "out for consultation", "Amber"],
             ["APA2.2", "SEMH needs analysis and gap assessment", "Public Health", "Dec 2025", "Complete", "Green"],
             ["APA2.3", "Commissioning of additional SEMH outreach", "ICB Place Director", "Apr 2026", "Not "
              "started", "Red"],
             ["AFI1.1", "Early years SEND panel and inclusion fund review", "Early Years Lead", "Feb 2026",
              "On track", "Green"],
             ["AFI2.1", "Inclusion charter and suspension review group", "Head of Inclusion", "Jan 2026", "On track",
              "Green"],
             ["AFI3.1", "Supported internships expanded to 30 places", "Post-16 Lead", "Sep 2026", "18 places",
              "Amber"]], [1.6 * cm, 4.6 * cm, 2.8 * cm, 2 * cm, 3.2 * cm, 1.6 * cm])
    d.dates_([("Mar 2026", "2026-03"), ("Oct 2025", "2025-10"), ("Feb 2026", "2026-02"), ("Jan 2026", "2026-01"),
              ("Dec 2025", "2025-12"), ("Apr 2026", "2026-04"), ("Sep 2026", "2026-09")])
    d.add(PageBreak())
    d.title("Appendix 2: SEND data profile (January 2025 census)")
    d.date("January 2025", "2025-01")
    need_table(d, 97)
    d.space(8)
    area_table(d, ["Cherryfield", "Halewood North", "Halewood South", "Page Moss", "Prescot North", "Prescot "
                   "South", "Roby", "Shevington", "Stockbridge", "Swanside", "Whiston and Cronton", "Whitefield"],
               43, "Ward")
    d.space(8)
    school_table(d, 21, 18)
    return d


DOCUMENTS = [gateshead_minutes, greenwich_cabinet, hampshire_decision, herefordshire_pap, isle_of_wight_pack,
             knowsley_report]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
