"""Write the long printed documents of the held-out round 79 (reportlab), and their gold.

Round 79 is a blind batch of LONG PDFs (5 to 8 pages), written with their gold before any extractor ran on them,
for councils beginning F to K: printed minutes of an overview and scrutiny committee (Hounslow, 2016 framework); a
cabinet committee report with an Improvement Notice tracker (Kent, 2016 framework); a committee report with a
Strategic SEND Action Plan tracker (Hartlepool, 2023 framework); a scrutiny report with the DfE and NHS England
monitoring note appended (Hull, 2023 framework); the area SEND inspection report as a select committee appendix
(Kensington and Chelsea, 2023 framework); and a Written Statement of Action as a Cabinet appendix (Hammersmith &
Fulham, 2016 framework). Invented text, fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round79_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import area_table, kpi_table, LongDoc, need_table, run, school_table, styles, two_columns  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("79", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
MINUTE, NUM_PARA, LETTER, LETTER_BOLD, LETTER_BULLET = S.minute, S.num_para, S.letter, S.letter_bold, S.letter_bullet
CENTRE, INDENT, SUB, PLAN, RIGHT = S.centre, S.indent, S.sub, S.plan_cell, S.right


class Doc(LongDoc):
    """A round 79 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#D9E2D0", "#EAF0E4", "#F4F4F4")
    unique_dates = True


# ------------------------------------------------------------------------------------------------------------------
def hounslow_minutes() -> Doc:
    """Printed minutes of an overview and scrutiny committee, published with the next meeting's papers (2016)."""
    committee = "Overview and Scrutiny Committee"
    rel = ("hounslow/round79-2024-09-17-overview-and-scrutiny-committee/"
           "Minutes of the Overview and Scrutiny Committee held on 9 July 2024.pdf")
    d = Doc(rel, {"council": "London Borough of Hounslow", "council_slug": "hounslow", "committee": committee,
                  "meeting_date": "2024-09-17", "title": "Minutes of the Overview and Scrutiny Committee held on 9 "
                  "July 2024", "source_kind": "moderngov-document",
                  "url": "https://democraticservices.hounslow.gov.uk/documents/g11873/Printed%20minutes%2009th-Jul-"
                  "2024%2019.00%20Overview%20and%20Scrutiny%20Committee.pdf"},
            {"council": "London Borough of Hounslow", "committee": committee, "date": "2024-07-09"},
            "London Borough of Hounslow", "Overview and Scrutiny Committee - 9 July 2024", "Public Document Pack")
    d.page_label = "{n}"
    d.p("<b>MINUTES OF THE OVERVIEW AND SCRUTINY COMMITTEE<br/>HELD ON TUESDAY, 9 JULY 2024 AT 7.00 PM IN THE "
        "COUNCIL CHAMBER, HOUNSLOW HOUSE, 7 BATH ROAD, HOUNSLOW TW3 3EB</b>", CENTRE)
    d.date("TUESDAY, 9 JULY 2024", "2024-07-09")
    d.p("<b>Present:</b><br/>Councillor Gurpreet Sandhu-Lowe (Chair)<br/>Councillor Annabel Frick (Vice-Chair)")
    d.p("Councillors Tariq Mahmood, Sunita Rao-Whitcombe, Peter Lindqvist, Karen Obuya and Harjit Bansal")
    d.p("<b>Co-opted members present:</b> Mrs Lorraine Achterberg (Parent Governor representative); Father Declan "
        "Mulroney (Roman Catholic Diocese of Westminster)")
    d.p("<b>Also present:</b> Councillor Ilyas Qureshi, Cabinet Member for Education, Children's Services and "
        "Young People")
    d.p("<b>Officers:</b> Rebecca Thorneycroft, Executive Director, Children's Services; Owen Latimer, Director of "
        "Education and SEND; Farida Hussein-Clarke, Assistant Director, SEND and Inclusion; Dr Matthew Onslow, "
        "Designated Clinical Officer for SEND (NHS North West London); Simone Baptiste, Scrutiny Officer; Niall "
        "Carvell, Democratic Services Officer")
    for n, r in [("Gurpreet Sandhu-Lowe", "Chair"), ("Annabel Frick", "Vice-Chair")]:
        d.person(n, r, "member")
    for n in ["Tariq Mahmood", "Sunita Rao-Whitcombe", "Peter Lindqvist", "Karen Obuya", "Harjit Bansal"]:
        d.person(n, None, "member")
    d.person("Lorraine Achterberg", "Parent Governor representative", "other")
    d.person("Declan Mulroney", "Roman Catholic Diocese of Westminster", "other")
    d.person("Ilyas Qureshi", "Cabinet Member for Education, Children's Services and Young People", "member")
    d.person("Rebecca Thorneycroft", "Executive Director, Children's Services", "officer")
    d.person("Owen Latimer", "Director of Education and SEND", "officer")
    d.person("Farida Hussein-Clarke", "Assistant Director, SEND and Inclusion", "officer")
    d.person("Dr Matthew Onslow", "Designated Clinical Officer for SEND (NHS North West London)", "officer")
    d.person("Simone Baptiste", "Scrutiny Officer", "officer")
    d.person("Niall Carvell", "Democratic Services Officer", "officer")
    d.h("87.&nbsp;&nbsp;Apologies for Absence and Notification of Substitutes")
    d.p("Apologies were received from Councillor Vikram Dhaliwal, for whom Councillor Harjit Bansal substituted.")
    d.person("Vikram Dhaliwal", None, "member")
    d.h("88.&nbsp;&nbsp;Declarations of Interest")
    d.p("Councillor Obuya declared a non-pecuniary interest in item 90 as a parent of a child with an Education, "
        "Health and Care Plan. She remained in the meeting.")
    d.h("89.&nbsp;&nbsp;Minutes of the Meeting held on 21 May 2024")
    d.date("21 May 2024", "2024-05-21")
    d.p("Subject to the correction of the spelling of Councillor Lindqvist's name in minute 79, the minutes of the "
        "meeting held on 21 May 2024 were agreed as a correct record and signed by the Chair.")
    d.record_res(None, "Subject to the correction of the spelling of Councillor Lindqvist's name in minute 79, the "
                 "minutes of the meeting held on 21 May 2024 were agreed as a correct record and signed by the Chair.",
                 "resolution")
    d.h("90.&nbsp;&nbsp;SEND Accelerated Progress Plan - Progress Update")
    d.p("The Assistant Director, SEND and Inclusion, introduced the report, which had been requested by the "
        "Committee in February. She reminded Members of the background. Ofsted and the CQC had carried out a joint "
        "inspection of the local area between 4 and 8 March 2019 and published their letter on 21 May 2019. The "
        "Written Statement of Action had been declared fit for purpose on 9 September 2019.")
    d.dates_([("between 4 and 8 March 2019", "2019-03-04", "2019-03-08"), ("21 May 2019", "2019-05-21"),
              ("9 September 2019", "2019-09-09")])
    d.event("inspection", "2019-03-04", "2019-03-08", "Ofsted and the CQC had carried out a joint inspection of the "
            "local area between 4 and 8 March 2019")
    d.event("outcome-letter", "2019-05-21", None, "published their letter on 21 May 2019")
    d.event("wsoa-approved", "2019-09-09", None, "The Written Statement of Action had been declared fit for purpose "
            "on 9 September 2019")
    d.p("Inspectors had returned on 13-15 November 2023 to establish whether sufficient progress had been made in "
        "each of the five areas of significant weakness. The revisit letter, dated 12 January 2024, found that the "
        "area had made sufficient progress in three of them, but not in two: firstly, the timeliness and quality "
        "of EHC plans, including the contribution from health and social care professionals; and secondly, the "
        "joint commissioning of services to meet the needs of children and young people with SEND, particularly "
        "those needing speech and language therapy.")
    d.dates_([("13-15 November 2023", "2023-11-13", "2023-11-15"), ("12 January 2024", "2024-01-12")])
    d.event("revisit", "2023-11-13", "2023-11-15", "Inspectors had returned on 13-15 November 2023")
    d.event("revisit-outcome", "2024-01-12", None, "The revisit letter, dated 12 January 2024")
    d.record_weak("the timeliness and quality of EHC plans, including the contribution from health and social care "
                  "professionals", ["ehc-plans"])
    d.record_weak("the joint commissioning of services to meet the needs of children and young people with SEND, "
                  "particularly those needing speech and language therapy", ["joint-commissioning", "health-services"])
    d.p("The Accelerated Progress Plan (APP) addressing those two areas had been sent to the Department for "
        "Education on 23 February 2024. The first six-monthly review with the Department and NHS England was "
        "scheduled for 17 September 2024, the same evening as the Committee's next meeting, and officers would "
        "report its outcome in the autumn.")
    d.dates_([("23 February 2024", "2024-02-23"), ("17 September 2024", "2024-09-17")])
    d.event("progress-plan", "2024-02-23", None, "The Accelerated Progress Plan (APP) addressing those two areas "
            "had been sent to the Department for Education on 23 February 2024")
    d.event("monitoring", "2024-09-17", None, "The first six-monthly review with the Department and NHS England was "
            "scheduled for 17 September 2024")
    d.p("The Director of Education and SEND took Members through the performance summary at Appendix B of the "
        "report, reproduced below.")
    d.ruled([["Indicator", "Dec 2023", "Mar 2024", "Jun 2024", "APP target"],
             ["New EHC plans issued in 20 weeks (exc. exceptions)", "34%", "41%", "52%", "65%"],
             ["Health advice returned within 6 weeks", "47%", "58%", "71%", "90%"],
             ["Social care advice returned within 6 weeks", "39%", "55%", "63%", "90%"],
             ["Plans audited as good or better", "41%", "44%", "57%", "70%"],
             ["Children waiting over 18 weeks for SALT", "612", "540", "466", "300"],
             ["Parents satisfied with the EHCNA process", "38%", "n/a", "46%", "60%"]],
            [7.2 * cm, 2 * cm, 2 * cm, 2 * cm, 2.6 * cm])
    d.dates_([("Dec 2023", "2023-12"), ("Mar 2024", "2024-03"), ("Jun 2024", "2024-06")])
    d.p("In the discussion that followed, the points below were made.")
    for t in [
        "Councillor Mahmood welcomed the improvement in timeliness but asked whether quality was being sacrificed. "
        "The Assistant Director said that every plan was now audited by a multi-agency panel before it was "
        "finalised, and that the audit tool had been co-produced with Hounslow Parent Carer Forum in April 2024.",
        "Councillor Rao-Whitcombe asked about speech and language therapy. Dr Onslow said that the ICB had agreed "
        "recurrent investment for four additional therapists, two of whom had started on 3 June 2024; recruitment "
        "to the remaining posts was difficult across London.",
        "Mrs Achterberg asked how schools were being supported while children waited. Officers explained the "
        "'Talk Boost' training offer, which 61 schools had taken up.",
        "Councillor Frick asked what the Department for Education would do if the APP review found too little "
        "progress. The Executive Director said that the Secretary of State could issue a statutory direction; "
        "officers did not expect this, but the risk was recorded on the corporate risk register.",
    ]:
        d.p("&bull;&nbsp;&nbsp;" + t, BULLET)
    d.dates_([("April 2024", "2024-04"), ("3 June 2024", "2024-06-03")])
    d.p("The Cabinet Member thanked officers and the Parent Carer Forum for their work and said that he met the "
        "Director fortnightly to review the APP.")
    d.p("<b>RESOLVED:</b>")
    d.res("1.", "That the progress made against the SEND Accelerated Progress Plan be noted.", "resolution",
          style=HANG)
    d.res("2.", "That the Committee receive a further report following the first six-monthly review by the "
          "Department for Education and NHS England, to include the feedback letter.", "resolution", style=HANG)
    d.res("3.", "That the Chair write to the Chief Executive of NHS North West London Integrated Care Board asking "
          "for an assurance that the additional speech and language therapy posts will be funded on a permanent "
          "basis.", "resolution", style=HANG)
    d.h("91.&nbsp;&nbsp;School Place Planning Update")
    d.p("The Head of School Place Planning, Benedict Oyelowo, presented the annual update. Reception applications "
        "for September 2024 had fallen by 4.2% on the previous year, and three primary schools had reduced their "
        "published admission numbers. In contrast, demand for specialist places continued to grow; the new "
        "60-place special free school at Feltham was due to open in September 2026, a year later than planned.")
    d.person("Benedict Oyelowo", "Head of School Place Planning", "officer")
    d.dates_([("September 2024", "2024-09"), ("September 2026", "2026-09")])
    d.ruled([["Planning area", "Reception places", "Applications", "Surplus %", "Resourced provision places"],
             ["Brentford and Chiswick", "720", "651", "9.6", "24"], ["Feltham", "960", "902", "6.0", "36"],
             ["Heston and Cranford", "840", "809", "3.7", "18"], ["Hounslow Central", "900", "861", "4.3", "30"],
             ["Isleworth", "630", "577", "8.4", "12"]], [4.4 * cm, 2.8 * cm, 2.6 * cm, 2.2 * cm, 3.8 * cm])
    d.p("Members asked about the effect of falling rolls on school budgets. The Head of School Place Planning said "
        "that officers were working with the Schools Forum on a falling rolls fund.")
    d.res(None, "That the School Place Planning update be noted.", "resolution", lead="<b>RESOLVED:</b>", style=BODY)
    d.h("92.&nbsp;&nbsp;Scrutiny Work Programme 2024/25")
    d.p("The Scrutiny Officer introduced the work programme. Members asked that an item on home to school transport "
        "for children with SEND be added to the meeting on 5 November 2024.")
    d.date("5 November 2024", "2024-11-05")
    d.ruled([["Date", "Item", "Lead officer"],
             ["17 September 2024", "Budget monitoring (Quarter 1); Housing repairs improvement plan", "Executive "
              "Director, Finance"],
             ["5 November 2024", "Home to school transport (SEND); Community safety partnership", "Director of "
              "Education and SEND"],
             ["14 January 2025", "Budget scrutiny 2025/26; SEND APP review feedback", "Executive Director, "
              "Children's Services"],
             ["25 March 2025", "Air quality action plan; Libraries strategy", "Director of Environment"]],
            [3.4 * cm, 8.4 * cm, 4.4 * cm])
    d.dates_([("14 January 2025", "2025-01-14"), ("25 March 2025", "2025-03-25")])
    d.p("RESOLVED that the work programme, as amended, be agreed.")
    d.record_res(None, "that the work programme, as amended, be agreed.", "resolution")
    d.h("93.&nbsp;&nbsp;Any other urgent business")
    d.p("There was none. The meeting ended at 9.22 pm.")
    d.p("<b>Chair</b><br/>The minutes of this meeting may be amended at the next meeting. Contact: Niall Carvell, "
        "Democratic Services, tel 020 8583 2064, email niall.carvell@hounslow.gov.uk")
    d.contact("Niall Carvell", "niall.carvell@hounslow.gov.uk", "020 8583 2064")
    d.add(PageBreak())
    d.p("<b>Appendix (tabled): SEND profile, January 2024 school census</b>")
    d.date("January 2024", "2024-01")
    need_table(d, 7)
    area_table(d, ["Bedfont", "Brentford East", "Chiswick Riverside", "Cranford", "Feltham North", "Hanworth Park",
                   "Heston Central", "Hounslow Heath", "Isleworth", "Osterley and Spring Grove"], 13, "Ward")
    school_table(d, 5, 22)
    return d


def kent_report() -> Doc:
    """A cabinet committee report on progress against an Improvement Notice, with a tracker (2016 framework)."""
    committee = "Children's, Young People and Education Cabinet Committee"
    rel = ("kent/round79-2024-11-19-childrens-young-people-and-education-cabinet-committee/"
           "SEND Improvement Notice - progress report and tracker.pdf")
    d = Doc(rel, {"council": "Kent County Council", "council_slug": "kent", "committee": committee,
                  "meeting_date": "2024-11-19", "title": "SEND Improvement Notice - progress report and tracker",
                  "source_kind": "moderngov-document",
                  "url": "https://democracy.kent.gov.uk/documents/s128840/SEND%20Improvement%20Notice%20progress.pdf"},
            {"council": "Kent County Council", "committee": committee, "date": "2024-11-19"},
            "Kent County Council", "CYPE Cabinet Committee", "Unrestricted")
    d.table([["From:", "Gareth Ellison-Pryce, Cabinet Member for Education and Skills<br/>Christine Maitland, "
              "Corporate Director of Children, Young People and Education"],
             ["To:", "Children's, Young People and Education Cabinet Committee &ndash; 19 November 2024"],
             ["Subject:", "SEND Improvement: progress against the Improvement Notice and the Accelerated Progress "
              "Plan"],
             ["Decision No:", "N/A"],
             ["Classification:", "Unrestricted"],
             ["Past Pathway of report:", "None"],
             ["Future Pathway of report:", "None"],
             ["Electoral Division:", "All"]], [4.2 * cm, 12 * cm], header=False, grid=False)
    d.date("19 November 2024", "2024-11-19")
    d.person("Gareth Ellison-Pryce", "Cabinet Member for Education and Skills", "member")
    d.person("Christine Maitland", "Corporate Director of Children, Young People and Education", "officer")
    rec = ("The Children's, Young People and Education Cabinet Committee is asked to NOTE the progress made "
           "against the Improvement Notice and the Accelerated Progress Plan, and to COMMENT on the areas where "
           "further improvement is required before the next review by the Department for Education and NHS "
           "England.")
    d.table([["<b>Summary</b>: This report updates the Committee on the local area's progress since the Improvement "
              "Notice was issued by the Department for Education on 29 March 2023. It sets out the findings of "
              "the third formal review meeting held on 12 June 2024, the position against each of the nine areas "
              "of weakness and the work still to do. A tracker is attached at Appendix A."],
             ["<b>Recommendation(s)</b>:<br/>" + rec]], [16.2 * cm], header=False)
    d.record_res(None, rec, "recommendation")
    d.dates_([("29 March 2023", "2023-03-29"), ("12 June 2024", "2024-06-12")])
    d.event("statutory-direction", "2023-03-29", None, "the Improvement Notice was issued by the Department for "
            "Education on 29 March 2023")
    d.event("monitoring", "2024-06-12", None, "the third formal review meeting held on 12 June 2024")
    d.h("1. Introduction")
    d.num("1.1", "Kent's local area was inspected by Ofsted and the Care Quality Commission from 21 to 25 January "
          "2019. The letter, published on 18 March 2019, identified nine areas of significant weakness and "
          "required a Written Statement of Action, which was accepted as fit for purpose on 24 June 2019.")
    d.dates_([("from 21 to 25 January 2019", "2019-01-21", "2019-01-25"), ("18 March 2019", "2019-03-18"),
              ("24 June 2019", "2019-06-24")])
    d.event("inspection", "2019-01-21", "2019-01-25", "Kent's local area was inspected by Ofsted and the Care "
            "Quality Commission from 21 to 25 January 2019")
    d.event("outcome-letter", "2019-03-18", None, "The letter, published on 18 March 2019")
    d.event("wsoa-approved", "2019-06-24", None, "a Written Statement of Action, which was accepted as fit for "
            "purpose on 24 June 2019")
    d.num("1.2", "A revisit took place between 26 and 30 September 2022. In the letter of 30 November 2022 "
          "inspectors judged that sufficient progress had not been made in addressing any of the nine areas. The "
          "Department for Education then issued an Improvement Notice, and an Accelerated Progress Plan was agreed "
          "with the Department in June 2023.")
    d.dates_([("between 26 and 30 September 2022", "2022-09-26", "2022-09-30"), ("30 November 2022", "2022-11-30"),
              ("June 2023", "2023-06")])
    d.event("revisit", "2022-09-26", "2022-09-30", "A revisit took place between 26 and 30 September 2022")
    d.event("revisit-outcome", "2022-11-30", None, "In the letter of 30 November 2022 inspectors judged that "
            "sufficient progress had not been made")
    d.event("progress-plan", "2023-06", None, "an Accelerated Progress Plan was agreed with the Department in June "
            "2023")
    d.num("1.3", "The nine areas are set out, in the words of the revisit letter, in the first column of the "
          "tracker at Appendix A. Members will recall that the Improvement Notice requires six-monthly review "
          "meetings, chaired by the Department's SEND adviser, Mr Jonathan Kestrel-Hayes, and attended by NHS "
          "England.")
    d.person("Jonathan Kestrel-Hayes", "SEND adviser", "officer")
    d.h("2. Findings of the review meeting in June 2024")
    d.date("June 2024", "2024-06")
    d.event("monitoring", "2024-06", None, "Findings of the review meeting in June 2024")
    d.num("2.1", "The review recognised stronger leadership and governance through the SEND Improvement and "
          "Assurance Board, better timeliness of new EHC plans and the launch of the Countywide Approach to "
          "Inclusive Education. It also concluded that the pace of change in mainstream inclusion, the quality of "
          "annual reviews and parents' confidence remained of concern.")
    d.num("2.2", "The Department wrote to the Corporate Director on 2 July 2024 confirming that the Improvement "
          "Notice would remain in place. The next review is expected in December 2024, with a provisional date of "
          "10 December 2024.")
    d.dates_([("2 July 2024", "2024-07-02"), ("December 2024", "2024-12"), ("10 December 2024", "2024-12-10")])
    d.event("monitoring", "2024-12", None, "The next review is expected in December 2024")
    d.event("monitoring", "2024-12-10", None, "with a provisional date of 10 December 2024")
    d.h("3. Performance")
    d.num("3.1", "The key indicators reported to the Improvement and Assurance Board are summarised below.")
    d.ruled([["Indicator", "Sep 2023", "Mar 2024", "Sep 2024", "England"],
             ["EHC plans issued within 20 weeks", "33.8%", "45.1%", "58.7%", "50.3%"],
             ["Annual reviews completed within 12 months", "41%", "47%", "55%", "n/a"],
             ["Pupils with an EHCP in mainstream schools", "32%", "33%", "35%", "41%"],
             ["Suspensions of pupils with EHC plans (per 100)", "14.1", "13.2", "12.6", "10.9"],
             ["Complaints upheld by the LGSCO (SEND)", "27", "22", "15", "n/a"]],
            [7.4 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm])
    d.dates_([("Sep 2023", "2023-09"), ("Mar 2024", "2024-03"), ("Sep 2024", "2024-09")])
    d.h("4. Financial Implications")
    d.num("4.1", "The High Needs Block deficit is forecast at &pound;112.4m at the end of 2024-25. Kent remains in "
          "the Safety Valve agreement with the Department for Education; the improvement programme is funded from "
          "the &pound;9.6m earmarked reserve agreed by Cabinet in January 2024.")
    d.date("January 2024", "2024-01")
    d.h("5. Legal Implications")
    d.num("5.1", "Failure to make progress could lead the Secretary of State to use the powers of intervention in "
          "section 497A of the Education Act 1996.")
    d.h("6. Equalities Implications")
    d.num("6.1", "An equality impact assessment of the Accelerated Progress Plan was refreshed in August 2024.")
    d.date("August 2024", "2024-08")
    d.h("7. Conclusions")
    d.num("7.1", "Progress is real but uneven. The local area must show at the December review that improvement "
          "is felt by families, and not only in the data.")
    d.h("8. Recommendation(s)")
    d.p(rec)
    d.h("9. Background Documents")
    d.p("Ofsted and CQC revisit letter, 30 November 2022; Improvement Notice, 29 March 2023; Accelerated Progress "
        "Plan, June 2023.")
    d.h("10. Contact details")
    d.table([["Report Author: Philippa Dunkerley<br/>Job title: Director of Education and SEN<br/>Telephone number: "
              "03000 419 226<br/>Email address: philippa.dunkerley@kent.gov.uk",
              "Relevant Director: Christine Maitland<br/>Job title: Corporate Director, Children, Young People and "
              "Education<br/>Telephone number: 03000 416 384<br/>Email address: christine.maitland@kent.gov.uk"]],
            [8.1 * cm, 8.1 * cm], header=False, grid=False)
    d.person("Philippa Dunkerley", "Director of Education and SEN", "officer", "philippa.dunkerley@kent.gov.uk",
             "03000 419 226")
    d.contact("Christine Maitland", "christine.maitland@kent.gov.uk", "03000 416 384")
    d.add(PageBreak())
    d.p("<b>Appendix A: Improvement Notice tracker (position at 31 October 2024)</b>")
    d.date("31 October 2024", "2024-10-31")
    d.p("RAG: <b>G</b> on track; <b>A</b> some slippage, recoverable; <b>R</b> off track. Owner abbreviations: DES "
        "Director of Education and SEN; ICB NHS Kent and Medway; DCS Corporate Director.", SMALL)
    rows = [["No.", "Area of weakness (revisit letter, 30 November 2022)", "Progress to date", "RAG", "Owner"]]
    items = [
        ("The lack of strategic leadership and vision across the partnership.",
         ["leadership-governance"], "Improvement and Assurance Board in place since April 2023; SEND strategy "
         "2024-2027 co-produced and published.", "G", "DCS"),
        ("Leaders' inaccurate understanding of the local area's effectiveness.",
         ["leadership-governance"], "Joint self-evaluation refreshed every six months; peer review by two "
         "neighbouring areas in May 2024.", "G", "DCS"),
        ("The local area's inability to engage effectively with parents, many of whom have lost confidence in the "
         "system.", ["co-production"], "Parent confidence survey at 31%; target 45%. Locality parent forums "
         "running in all 12 districts.", "A", "DES"),
        ("The inconsistent quality of EHC plans, and the lack of timely contribution from health and social care.",
         ["ehc-plans"], "58.7% in 20 weeks; audit shows 49% of plans good or better.", "A", "DES / ICB"),
        ("The poor timeliness of annual reviews and the failure to update plans at key transition points.",
         ["ehc-plans", "preparing-for-adulthood"], "55% of reviews in time; phase transfer plans for September "
         "2024 all issued by 15 February 2024.", "A", "DES"),
        ("The inequitable access to mainstream education and the high number of children with SEND who are "
         "excluded or on part-time timetables.", ["inclusion-provision"], "CATIE launched; part-time timetables "
         "now reported weekly; suspensions remain high.", "R", "DES"),
        ("Waiting times for speech and language therapy and for neurodevelopmental assessment.",
         ["health-services"], "Median autism assessment wait 71 weeks (was 96). SLT waits within 18 weeks in "
         "West Kent only.", "R", "ICB"),
        ("The weak joint commissioning arrangements, which do not meet the needs of children and young people.",
         ["joint-commissioning"], "Joint commissioning strategy signed by ICB and KCC in July 2024.", "G",
         "ICB / DES"),
        ("The weak oversight of the quality and sufficiency of provision, including in the independent sector.",
         ["data-oversight", "inclusion-provision"], "Placement quality assurance framework live from 1 September "
         "2024.", "A", "DES"),
    ]
    for i, (w, themes, prog, rag, owner) in enumerate(items, 1):
        rows.append([str(i), w, prog, rag, owner])
        d.record_weak(w, themes)
    d.ruled(rows, [1 * cm, 6.2 * cm, 6 * cm, 1.2 * cm, 1.8 * cm])
    d.dates_([("April 2023", "2023-04"), ("May 2024", "2024-05"), ("September 2024", "2024-09"),
              ("15 February 2024", "2024-02-15"), ("July 2024", "2024-07"), ("1 September 2024", "2024-09-01")])
    d.space(8)
    d.p("<b>Milestones still to be met</b>")
    d.ruled([["Milestone", "Due", "Status"],
             ["Inclusion charter signed by all secondary schools", "Dec 2024", "72 of 101 signed"],
             ["Autism assessment wait under 52 weeks", "Mar 2025", "Off track"],
             ["Annual review backlog cleared", "31/03/2025", "On track"],
             ["Second parent confidence survey", "Feb 2025", "Planned"]], [8.6 * cm, 3 * cm, 4.6 * cm])
    d.dates_([("Mar 2025", "2025-03"), ("31/03/2025", "2025-03-31"), ("Feb 2025", "2025-02")])
    d.add(PageBreak())
    d.p("<b>Appendix B: SEND profile by district (January 2024 census)</b>")
    need_table(d, 19)
    area_table(d, ["Ashford", "Canterbury", "Dartford", "Dover", "Folkestone and Hythe", "Gravesham", "Maidstone",
                   "Sevenoaks", "Swale", "Thanet", "Tonbridge and Malling", "Tunbridge Wells"], 23, "District")
    d.p("<b>Specialist provision and mainstream inclusion: sample of schools in the Countywide Approach to "
        "Inclusive Education (CATIE) first cohort</b>")
    school_table(d, 3, 24)
    return d


def hartlepool_report() -> Doc:
    """A committee report with a Strategic SEND Action Plan tracker (2023 framework, middle outcome)."""
    committee = "Children's Services Committee"
    rel = ("hartlepool/round79-2025-07-08-childrens-services-committee/"
           "SEND Local Area Partnership - Strategic Action Plan progress.pdf")
    d = Doc(rel, {"council": "Hartlepool Borough Council", "council_slug": "hartlepool", "committee": committee,
                  "meeting_date": "2025-07-08", "title": "SEND Local Area Partnership - Strategic Action Plan "
                  "progress", "source_kind": "moderngov-document",
                  "url": "https://www.hartlepool.gov.uk/democracy/download/meetings/id/6012/childrens_services_"
                  "committee_8_july_2025_item_5_1.pdf"},
            {"council": "Hartlepool Borough Council", "committee": committee, "date": "2025-07-08"},
            "Children's Services Committee - 8 July 2025", "5.1", "Hartlepool Borough Council")
    d.p("<b>CHILDREN'S SERVICES COMMITTEE</b>", RIGHT)
    d.p("<b>8 July 2025</b>", RIGHT)
    d.date("8 July 2025", "2025-07-08")
    d.table([["<b>Report of:</b>", "Director of Children's and Joint Commissioning Services"],
             ["<b>Subject:</b>", "SEND LOCAL AREA PARTNERSHIP &ndash; INSPECTION OUTCOME AND STRATEGIC ACTION PLAN "
              "PROGRESS"]], [3.4 * cm, 12.8 * cm], header=False, grid=False)
    d.h("1. TYPE OF DECISION/APPLICABLE CATEGORY")
    d.num("1.1", "For information.")
    d.h("2. PURPOSE OF REPORT")
    d.num("2.1", "To update Members on the outcome of the area SEND inspection carried out in December 2024 and "
          "on progress with the Strategic SEND Action Plan developed in response.")
    d.date("December 2024", "2024-12")
    d.event("inspection", "2024-12", None, "the area SEND inspection carried out in December 2024")
    d.h("3. BACKGROUND")
    d.num("3.1", "Ofsted and the Care Quality Commission inspected the Hartlepool local area partnership under the "
          "2023 framework during the week commencing 2 December 2024, finishing on 6 December 2024. The report was "
          "published on 24 January 2025.")
    d.dates_([("2 December 2024", "2024-12-02"), ("6 December 2024", "2024-12-06"), ("24 January 2025",
                                                                                     "2025-01-24")])
    d.event("inspection", "2024-12-02", "2024-12-06", "inspected the Hartlepool local area partnership under the "
            "2023 framework during the week commencing 2 December 2024, finishing on 6 December 2024")
    d.event("outcome-letter", "2025-01-24", None, "The report was published on 24 January 2025")
    d.num("3.2", "The partnership received the middle of the three possible outcomes: the local area partnership's "
          "arrangements lead to inconsistent experiences and outcomes for children and young people with SEND. "
          "The previous inspection, under the 2016 framework, had taken place in June 2017 and did not require a "
          "Written Statement of Action.")
    d.date("June 2017", "2017-06")
    d.event("inspection", "2017-06", None, "The previous inspection, under the 2016 framework, had taken place in "
            "June 2017")
    d.num("3.3", "Inspectors found much to praise. Children and young people told them that they felt listened "
          "to; the Parent Carer Forum, Hartlepool Parents Together, is a strong and equal partner; and early "
          "years settings identify needs quickly. Four areas for improvement were identified. They are set out "
          "word for word in the tracker at Appendix 1, each followed by the actions taken against it.")
    d.num("3.4", "As the outcome requires, the partnership updated its strategic plan. The Strategic SEND Action "
          "Plan was endorsed by the SEND and Inclusion Partnership Board on 27 March 2025 and published on the "
          "Local Offer on 30 April 2025. Ofsted will carry out an engagement meeting with the partnership each "
          "year; the first took place on 3 June 2025.")
    d.dates_([("27 March 2025", "2025-03-27"), ("30 April 2025", "2025-04-30"), ("3 June 2025", "2025-06-03")])
    d.event("progress-plan", "2025-03-27", None, "The Strategic SEND Action Plan was endorsed by the SEND and "
            "Inclusion Partnership Board on 27 March 2025")
    d.event("progress-plan", "2025-04-30", None, "published on the Local Offer on 30 April 2025")
    d.h("4. PROGRESS")
    d.num("4.1", "The tracker at Appendix 1 is reported to each meeting of the Partnership Board. At the end of "
          "June 2025, of the 22 actions, 9 were complete, 10 on track and 3 delayed.")
    d.date("June 2025", "2025-06")
    d.ruled([["Measure", "2023", "2024", "Q1 2025", "North East"],
             ["New EHCPs within 20 weeks", "71.2%", "64.8%", "78.0%", "57.5%"],
             ["EHCPs with health advice in 6 weeks", "82%", "76%", "88%", "n/a"],
             ["Young people with EHCP in EET at 18", "79%", "81%", "83%", "78%"],
             ["Children waiting over 12 months for ASD pathway", "148", "201", "176", "n/a"],
             ["Pupils with SEND on part-time timetables", "n/a", "46", "29", "n/a"]],
            [7.2 * cm, 2 * cm, 2 * cm, 2.2 * cm, 2.8 * cm])
    d.num("4.2", "Two of the delayed actions relate to the neurodevelopmental pathway, which is commissioned by "
          "the North East and North Cumbria Integrated Care Board across Hartlepool and Stockton-on-Tees. The ICB's "
          "place director, Kieran Ashworth, will attend the Committee in October 2025 to explain the recovery "
          "plan.")
    d.person("Kieran Ashworth", "place director", "officer")
    d.date("October 2025", "2025-10")
    d.h("5. RISK IMPLICATIONS")
    d.num("5.1", "The partnership could receive a less favourable outcome at the next full inspection, expected "
          "within three years, if the areas for improvement are not addressed.")
    d.h("6. FINANCIAL CONSIDERATIONS")
    d.num("6.1", "The High Needs Block recorded an in-year deficit of &pound;2.1m in 2024/25. Actions in the plan "
          "are met from existing budgets.")
    d.h("7. LEGAL CONSIDERATIONS, CHILD AND FAMILY POVERTY, EQUALITY AND DIVERSITY, STAFF, ASSET MANAGEMENT")
    d.num("7.1", "There are no specific considerations arising from this report beyond those set out above.")
    d.h("8. RECOMMENDATIONS")
    d.res("8.1", "Members note the outcome of the area SEND inspection and the four areas for improvement.",
          "recommendation", style=NUM_PARA)
    d.res("8.2", "Members note progress against the Strategic SEND Action Plan and agree to receive a further "
          "update in January 2026.", "recommendation", style=NUM_PARA)
    d.date("January 2026", "2026-01")
    d.h("9. REASONS FOR RECOMMENDATIONS")
    d.num("9.1", "To ensure Members have oversight of the partnership's response to the inspection.")
    d.h("10. BACKGROUND PAPERS")
    d.num("10.1", "Area SEND inspection of Hartlepool Local Area Partnership, Ofsted and CQC, 24 January 2025.")
    d.h("11. CONTACT OFFICERS")
    d.p("Imogen Threlkeld<br/>Director of Children's and Joint Commissioning Services<br/>Hartlepool Borough "
        "Council<br/>Tel: 01429 523732<br/>E-mail: imogen.threlkeld@hartlepool.gov.uk")
    d.p("Craig Mulholland<br/>Assistant Director, Education<br/>Tel: 01429 284371<br/>E-mail: "
        "craig.mulholland@hartlepool.gov.uk")
    d.person("Imogen Threlkeld", "Director of Children's and Joint Commissioning Services", "officer",
             "imogen.threlkeld@hartlepool.gov.uk", "01429 523732")
    d.person("Craig Mulholland", "Assistant Director, Education", "officer", "craig.mulholland@hartlepool.gov.uk",
             "01429 284371")
    d.add(PageBreak())
    d.p("<b>APPENDIX 1 &ndash; STRATEGIC SEND ACTION PLAN: TRACKER (JUNE 2025)</b>")
    afis = [
        ("Leaders across the partnership should improve the quality of EHC plans, so that plans are specific, "
         "are updated following annual reviews and consistently include meaningful contributions from health and "
         "social care.", ["ehc-plans"],
         [("1.1", "Multi-agency EHCP quality assurance panel meets monthly", "SEND Manager", "Jan 2025",
           "Complete"),
          ("1.2", "Annual review amendments issued within 4 weeks of the review meeting", "SEND Manager",
           "Sep 2025", "On track"),
          ("1.3", "Social care advice template revised with social workers", "Head of Safeguarding",
           "Apr 2025", "Complete")]),
        ("Health leaders should reduce the time that children and young people wait for an autism and ADHD "
         "assessment, and ensure that families are supported while they wait.", ["health-services"],
         [("2.1", "Additional assessment capacity commissioned from independent provider", "ICB", "May 2025",
           "Delayed"),
          ("2.2", "Waiting-well offer published on the Local Offer", "ICB / Parents Together", "Mar 2025",
           "Complete"),
          ("2.3", "Recovery trajectory agreed for ASD pathway", "ICB", "Jul 2025", "Delayed")]),
        ("Leaders should strengthen the oversight of children and young people with SEND who attend alternative "
         "provision or are on reduced timetables, so that they return to full-time education as soon as possible.",
         ["inclusion-provision", "data-oversight"],
         [("3.1", "Reduced timetable notification and weekly reporting", "Inclusion Manager", "Feb 2025",
           "Complete"),
          ("3.2", "Alternative provision quality assurance visits", "Inclusion Manager", "Dec 2025", "On track")]),
        ("The partnership should improve the preparation of young people with SEND for adulthood, including "
         "their access to supported internships and to health transition planning from age 14.",
         ["preparing-for-adulthood"],
         [("4.1", "Supported internship places increased from 12 to 24", "Skills Manager", "Sep 2025", "On track"),
          ("4.2", "Preparing for adulthood health transition protocol", "Designated Clinical Officer", "Jun 2025",
           "Delayed")]),
    ]
    rows = [["Ref", "Action", "Lead", "By", "Status"]]
    spans = []
    for i, (text, themes, acts) in enumerate(afis, 1):
        spans.append(len(rows))
        rows.append([f"<b>Area for improvement {i}:</b> {text}", "", "", "", ""])
        d.record_weak(text, themes)
        rows.extend([list(a) for a in acts])
    d.ruled(rows, [1.2 * cm, 7.8 * cm, 3.4 * cm, 1.8 * cm, 2 * cm], spans=spans)
    d.dates_([("Jan 2025", "2025-01"), ("Sep 2025", "2025-09"), ("Apr 2025", "2025-04"), ("May 2025", "2025-05"),
              ("Mar 2025", "2025-03"), ("Jul 2025", "2025-07"), ("Feb 2025", "2025-02"), ("Dec 2025", "2025-12"),
              ("Jun 2025", "2025-06")])
    d.add(PageBreak())
    d.p("<b>APPENDIX 2 &ndash; SEND PROFILE (JANUARY 2025 CENSUS)</b>")
    d.date("JANUARY 2025", "2025-01")
    need_table(d, 29)
    area_table(d, ["Burn Valley", "De Bruce", "Fens and Greatham", "Foggy Furze", "Hart", "Headland and Harbour",
                   "Manor House", "Rossmere", "Rural West", "Seaton", "Throston", "Victoria"], 31, "Ward")
    school_table(d, 11, 20)
    return d


def hull_report() -> Doc:
    """A scrutiny report on a Priority Action Plan with the note of a DfE/NHS England monitoring meeting (2023)."""
    committee = "Children, Young People and Family Services Overview and Scrutiny Commission"
    rel = ("hull/round79-2025-11-14-children-young-people-and-family-services-overview-and-scrutiny-commission/"
           "Area SEND Priority Action Plan - twelve month position and monitoring note.pdf")
    d = Doc(rel, {"council": "Hull City Council", "council_slug": "hull", "committee": committee,
                  "meeting_date": "2025-11-14", "title": "Area SEND Priority Action Plan - twelve month position "
                  "and monitoring note", "source_kind": "moderngov-document",
                  "url": "https://cmis.hullcc.gov.uk/cmis/Portals/0/Documents/Meetings/CYPFS%20OSC/2025-11-14/"
                  "Item%206%20SEND%20PAP.pdf"},
            {"council": "Hull City Council", "committee": committee, "date": "2025-11-14"},
            "Hull City Council", "Item 6", "Official")
    d.p("<b>Report to the Children, Young People and Family Services Overview and Scrutiny Commission</b>")
    d.p("<b>14 November 2025</b>")
    d.date("14 November 2025", "2025-11-14")
    d.p("<b>Report of the Director of Children, Young People and Family Services</b>")
    d.p("<b>Area SEND Priority Action Plan: twelve-month position</b>", TITLE)
    d.h("1. Purpose of the Report and Summary")
    d.num("1.1", "This report gives the Commission the position of the Hull local area partnership one year after "
          "the publication of its area SEND inspection report, and shares the note of the third monitoring "
          "meeting with the Department for Education and NHS England (Appendix 1).")
    d.num("1.2", "Timeliness of EHC plans has improved markedly. Waiting times for neurodevelopmental assessment "
          "have begun to fall but remain far too long. Advisers judged progress to be 'positive but fragile'.")
    d.h("2. Recommendations")
    d.p("2.1&nbsp;&nbsp;That the Commission:", BODY)
    d.res("(a)", "considers the progress made against the Priority Action Plan and the feedback from the third "
          "monitoring meeting;", "recommendation", style=S.sub_para)
    d.res("(b)", "identifies any areas on which it wishes to receive further assurance, including from the "
          "Humber and North Yorkshire Integrated Care Board; and", "recommendation", style=S.sub_para)
    d.res("(c)", "agrees to receive the outcome of the Ofsted and CQC monitoring inspection when it is published.",
          "recommendation", style=S.sub_para)
    d.h("3. Background")
    d.num("3.1", "Ofsted and the CQC carried out an inspection of the local area partnership from 30 September to "
          "4 October 2024. The report, published on 19 November 2024, found widespread and/or systemic failings "
          "leading to significant concerns about the experiences and outcomes of children and young people with "
          "SEND. The Commission considered the report at its meeting on 13 December 2024.")
    d.dates_([("from 30 September to 4 October 2024", "2024-09-30", "2024-10-04"), ("19 November 2024",
              "2024-11-19"), ("13 December 2024", "2024-12-13")])
    d.event("inspection", "2024-09-30", "2024-10-04", "Ofsted and the CQC carried out an inspection of the local "
            "area partnership from 30 September to 4 October 2024")
    d.event("outcome-letter", "2024-11-19", None, "The report, published on 19 November 2024")
    d.num("3.2", "Inspectors set out two areas for priority action and three areas for improvement. The priority "
          "actions are quoted in full in the monitoring note at Appendix 1; the areas for improvement are addressed "
          "through the partnership's SEND and Alternative Provision Strategy.")
    d.num("3.3", "The Priority Action Plan was signed off by the Hull SEND Partnership Board on 11 December 2024 and "
          "submitted to Ofsted on 16 January 2025. Monitoring meetings with the Department for Education and NHS "
          "England have since taken place on 4 March 2025, 10 July 2025 and 6 November 2025.")
    d.dates_([("11 December 2024", "2024-12-11"), ("16 January 2025", "2025-01-16"), ("4 March 2025", "2025-03-04"),
              ("10 July 2025", "2025-07-10"), ("6 November 2025", "2025-11-06")])
    d.event("progress-plan", "2024-12-11", None, "The Priority Action Plan was signed off by the Hull SEND "
            "Partnership Board on 11 December 2024")
    d.event("progress-plan", "2025-01-16", None, "submitted to Ofsted on 16 January 2025")
    d.event("monitoring", "2025-03-04", None, "Monitoring meetings with the Department for Education and NHS "
            "England have since taken place on 4 March 2025")
    d.event("monitoring", "2025-07-10", None, "Monitoring meetings ... on ... 10 July 2025")
    d.event("monitoring", "2025-11-06", None, "Monitoring meetings ... on ... 6 November 2025")
    d.h("4. Issues for Consideration")
    d.num("4.1", "The table below shows the position against the plan's headline measures.")
    d.ruled([["Measure", "Baseline (Sep 2024)", "Jun 2025", "Oct 2025", "Target (Mar 2026)"],
             ["EHC plans issued in 20 weeks", "9%", "38%", "61%", "60%"],
             ["Overdue EHC needs assessments", "512", "206", "74", "0"],
             ["Children waiting over 2 years for autism assessment", "1,380", "1,211", "1,006", "600"],
             ["Children waiting for ADHD assessment", "2,045", "2,102", "1,933", "1,400"],
             ["Parents who feel listened to (survey)", "24%", "31%", "36%", "50%"]],
            [6.2 * cm, 2.6 * cm, 2.2 * cm, 2.2 * cm, 3 * cm])
    d.dates_([("Sep 2024", "2024-09"), ("Jun 2025", "2025-06"), ("Oct 2025", "2025-10"), ("Mar 2026", "2026-03")])
    d.num("4.2", "The reduction in overdue assessments follows the creation of a dedicated assessment team in "
          "February 2025 and the recruitment of six educational psychologists. Caseworker caseloads have fallen "
          "from 260 to 180.")
    d.date("February 2025", "2025-02")
    d.num("4.3", "The Integrated Care Board has commissioned 900 additional autism assessments, delivered between "
          "April 2025 and March 2026. Advisers were clear that the waiting list for ADHD assessment is now the "
          "greater risk.")
    d.date("between April 2025 and March 2026", "2025-04", "2026-03")
    d.num("4.4", "The next monitoring meeting is planned for March 2026. The partnership expects Ofsted and the CQC "
          "to carry out a monitoring inspection in the first half of 2026.")
    d.event("monitoring", "2026-03", None, "The next monitoring meeting is planned for March 2026")
    d.h("5. Options and Risk Assessment")
    d.num("5.1", "This report is for scrutiny; there are no options. The principal risk, of insufficient progress "
          "at the monitoring inspection, is held on the corporate risk register (CRR 14).")
    d.h("6. Consultation")
    d.num("6.1", "Hull Parent Carer Forum contributed to the measures dashboard and attends the Partnership Board.")
    d.h("7. Comments of the Section 151 Officer")
    d.num("7.1", "The Dedicated Schools Grant deficit is forecast at &pound;18.9m at 31 March 2026. (PM)")
    d.date("31 March 2026", "2026-03-31")
    d.h("8. Comments of the Monitoring Officer")
    d.num("8.1", "There are no direct legal implications. (JW)")
    d.h("9. Comments of Overview and Scrutiny")
    d.num("9.1", "This report is for scrutiny.")
    d.p("<b>Pauline Ormesher-Lyle</b><br/>Director of Children, Young People and Family Services")
    d.person("Pauline Ormesher-Lyle", "Director of Children, Young People and Family Services", "officer")
    d.p("<b>Contact Officer:</b> Gavin Rutherford, Assistant Director (SEND and Inclusion)<br/>Telephone No.: 01482 "
        "616093<br/>Officer Interests: None")
    d.person("Gavin Rutherford", "Assistant Director (SEND and Inclusion)", "officer", None, "01482 616093")
    d.p("<b>Background Documents:</b> Area SEND inspection of Hull Local Area Partnership (Ofsted and CQC, "
        "November 2024); Hull Priority Action Plan (January 2025).")
    d.dates_([("November 2024", "2024-11"), ("January 2025", "2025-01")])
    d.add(PageBreak())
    d.p("<b>Appendix 1</b>", RIGHT)
    d.p("<b>Hull Local Area Partnership &ndash; SEND monitoring: note of meeting</b>", TITLE)
    d.table([["Date", "Thursday 6 November 2025, 10:00 &ndash; 12:30, Guildhall, Hull"],
             ["Chair", "Rachel Okafor-Bright, SEND Adviser, Department for Education"],
             ["Department for Education", "Rachel Okafor-Bright; Tom Ellerby (Case Lead, SEND and AP Directorate)"],
             ["NHS England", "Dr Hannah Moxon, Regional SEND Lead, North East and Yorkshire"],
             ["Local area partnership", "Pauline Ormesher-Lyle (DCS); Gavin Rutherford (AD SEND and Inclusion); "
              "Sadie Wrenfield (Director of Nursing, Hull Place, HNY ICB); Cllr Maureen Pashby (Portfolio Holder "
              "for Children's Services); Lisa Carrow and Amjad Noor (Hull Parent Carer Forum)"],
             ["Note taker", "Jodie Lammas, Business Support"]], [4.4 * cm, 11.8 * cm], header=False)
    d.date("Thursday 6 November 2025", "2025-11-06")
    d.person("Rachel Okafor-Bright", "SEND Adviser, Department for Education", "officer")
    d.person("Tom Ellerby", "Case Lead, SEND and AP Directorate", "officer")
    d.person("Dr Hannah Moxon", "Regional SEND Lead, North East and Yorkshire", "officer")
    d.person("Sadie Wrenfield", "Director of Nursing, Hull Place, HNY ICB", "officer")
    d.person("Maureen Pashby", "Portfolio Holder for Children's Services", "member")
    d.person("Lisa Carrow", "Hull Parent Carer Forum", "other")
    d.person("Amjad Noor", "Hull Parent Carer Forum", "other")
    d.person("Jodie Lammas", "Business Support", "officer")
    d.h("1. Purpose")
    d.p("The third six-monthly review of progress against Hull's Priority Action Plan. The areas for priority "
        "action identified in the inspection report of 19 November 2024 are:")
    d.weak("Leaders across education, health and care must work together urgently to improve the timeliness of "
           "EHC needs assessments, so that children and young people's needs are assessed and met without delay.",
           ["ehc-plans", "leadership-governance"], marker="<b>APA 1.</b>", style=INDENT)
    d.weak("The ICB must take urgent action to reduce the very long waiting times for neurodevelopmental "
           "assessments, and leaders must ensure that children and their families receive appropriate support "
           "while they wait.", ["health-services"], marker="<b>APA 2.</b>", style=INDENT)
    d.h("2. Evidence presented by the partnership")
    d.p("The DCS presented the dashboard. Timeliness of new plans had reached 61% in October against a target of "
        "60% by March 2026; the backlog of overdue assessments had fallen to 74 and was expected to clear by "
        "Christmas. The Parent Carer Forum said that families noticed quicker decisions but that communication "
        "from caseworkers was still uneven.")
    d.p("For the ICB, the Director of Nursing reported that 540 of the 900 additional autism assessments had been "
        "completed. Demand for ADHD assessment continued to rise, and a new shared care arrangement with GPs would "
        "start in January 2026.")
    d.date("January 2026", "2026-01")
    d.h("3. Advisers' feedback")
    d.p("<b>APA 1:</b> Strong progress. Advisers would want to see the quality of plans audited as well as their "
        "timeliness, and annual reviews brought within the statutory timescale.")
    d.p("<b>APA 2:</b> Some progress, but from a very low base. The ADHD pathway needs a costed recovery plan, which "
        "the ICB should share with the Department by 31 January 2026.")
    d.date("31 January 2026", "2026-01-31")
    d.p("Overall: positive but fragile. Formal monitoring will continue; the Department does not intend to escalate "
        "at this stage.")
    d.h("4. Actions")
    d.ruled([["No.", "Action", "Owner", "By"],
             ["1", "Share costed ADHD recovery plan with DfE and NHS England", "ICB", "31/01/2026"],
             ["2", "Add EHCP quality audit results to the dashboard", "AD SEND and Inclusion", "28/02/2026"],
             ["3", "Parent Carer Forum to run a second 'You said, we did' survey", "PCF", "March 2026"],
             ["4", "Next review meeting to be arranged", "DfE", "March 2026"]],
            [1.2 * cm, 8.8 * cm, 3.6 * cm, 2.6 * cm])
    d.date("28/02/2026", "2026-02-28")
    d.add(PageBreak())
    d.p("<b>Appendix 2: Hull SEND profile (January 2025 census)</b>")
    need_table(d, 43)
    area_table(d, ["Avenue", "Beverley and Newland", "Bransholme East", "Central", "Drypool", "Holderness",
                   "Ings", "Kingswood", "Marfleet", "Newington and Gipsyville", "North Carr", "Orchard Park"], 47,
               "Ward")
    return d


def kensington_report() -> Doc:
    """A select committee cover report with the area SEND inspection report appended (2023, middle outcome)."""
    committee = "Family and Children's Services Select Committee"
    rel = ("kensington-and-chelsea/round79-2025-03-05-family-and-childrens-services-select-committee/"
           "Area SEND inspection report - cover report and Appendix A.pdf")
    d = Doc(rel, {"council": "Royal Borough of Kensington and Chelsea", "council_slug": "kensington-and-chelsea",
                  "committee": committee, "meeting_date": "2025-03-05", "title": "Area SEND inspection report - "
                  "cover report and Appendix A", "source_kind": "moderngov-document",
                  "url": "https://www.rbkc.gov.uk/committees/documents/s171204/Area%20SEND%20inspection%20report."
                  "pdf"},
            {"council": "Royal Borough of Kensington and Chelsea", "committee": committee, "date": "2025-03-05"},
            "The Royal Borough of Kensington and Chelsea", "", "")
    d.page_label = "Page {n}"
    d.p("<b>THE ROYAL BOROUGH OF KENSINGTON AND CHELSEA</b>", CENTRE)
    d.p("<b>FAMILY AND CHILDREN'S SERVICES SELECT COMMITTEE</b>", CENTRE)
    d.p("<b>5 MARCH 2025</b>", CENTRE)
    d.date("5 MARCH 2025", "2025-03-05")
    d.p("<b>REPORT BY THE EXECUTIVE DIRECTOR OF CHILDREN'S SERVICES</b>", CENTRE)
    d.p("<b>OUTCOME OF THE AREA SEND INSPECTION OF THE KENSINGTON AND CHELSEA LOCAL AREA PARTNERSHIP</b>", CENTRE)
    d.table([["<i>This report introduces the published report of the joint Ofsted and CQC inspection of local area "
              "arrangements for children and young people with special educational needs and/or disabilities, "
              "and describes how the partnership will respond to the four areas for improvement.</i>"]],
            [16.2 * cm], header=False)
    d.h("1. EXECUTIVE SUMMARY")
    d.num("1.1", "Inspectors visited the borough from 18 to 22 November 2024. Their report was published on 17 "
          "January 2025 and is attached as Appendix A. It is the first inspection of the partnership under the "
          "framework introduced in January 2023.")
    d.dates_([("from 18 to 22 November 2024", "2024-11-18", "2024-11-22"), ("17 January 2025", "2025-01-17"),
              ("January 2023", "2023-01")])
    d.event("inspection", "2024-11-18", "2024-11-22", "Inspectors visited the borough from 18 to 22 November 2024")
    d.event("outcome-letter", "2025-01-17", None, "Their report was published on 17 January 2025")
    d.num("1.2", "The partnership received the middle outcome. Inspectors recognised the strength of early "
          "identification, the specialist teaching service and the way young people's voices shape services. "
          "They also found that some families wait too long for therapies and that the quality of plans varies.")
    d.num("1.3", "The partnership is required to update and publish its strategic plan. The SEND Partnership "
          "Board will agree the updated plan on 27 March 2025, and it will be published by 30 April 2025. An "
          "annual engagement meeting with Ofsted is expected in early 2026, and a full reinspection within three "
          "years.")
    d.dates_([("27 March 2025", "2025-03-27"), ("30 April 2025", "2025-04-30")])
    d.event("progress-plan", "2025-03-27", None, "The SEND Partnership Board will agree the updated plan on 27 "
            "March 2025")
    d.event("progress-plan", "2025-04-30", None, "it will be published by 30 April 2025")
    d.h("2. RECOMMENDATIONS")
    d.p("2.1&nbsp;&nbsp;The Select Committee is asked to:")
    d.res("i.", "note the outcome of the inspection and the strengths identified by inspectors;", "recommendation",
          style=S.roman)
    d.res("ii.", "comment on the partnership's proposed response to the areas for improvement, set out in section "
          "4; and", "recommendation", style=S.roman)
    d.res("iii.", "agree that the updated strategic plan be presented to the Committee at its meeting in June "
          "2025.", "recommendation", style=S.roman)
    d.date("June 2025", "2025-06")
    d.h("3. BACKGROUND")
    d.num("3.1", "The borough's previous inspection, under the 2016 framework, took place in January 2018. It "
          "required a Written Statement of Action; at the revisit in June 2021 inspectors judged that sufficient "
          "progress had been made in every area of weakness.")
    d.dates_([("January 2018", "2018-01"), ("June 2021", "2021-06")])
    d.event("inspection", "2018-01", None, "The borough's previous inspection, under the 2016 framework, took place "
            "in January 2018")
    d.event("revisit", "2021-06", None, "at the revisit in June 2021")
    d.num("3.2", "Around 1,180 children and young people in the borough have an EHC plan, and 2,310 pupils receive "
          "SEN support. A high proportion of children with an EHC plan attend independent schools.")
    d.h("4. PROPOSED RESPONSE")
    d.ruled([["Area for improvement (short title)", "Response in the updated strategic plan", "Lead"],
             ["Timeliness of therapies", "Joint recovery plan with the community health trust; waiting-well "
              "offer", "ICB / Trust"],
             ["Quality of EHC plans", "Multi-agency quality assurance; annual review hub", "Head of SEN"],
             ["Transition to adult health services", "Transition protocol; 14+ health reviews",
              "Designated Clinical Officer"],
             ["Information for families", "Local Offer rebuilt with parents by September 2025",
              "Head of Family Information"]], [4.8 * cm, 8 * cm, 3.4 * cm])
    d.date("September 2025", "2025-09")
    d.h("5. FINANCIAL AND LEGAL IMPLICATIONS")
    d.num("5.1", "The response will be met within existing resources. There are no legal implications arising "
          "directly from this report.")
    d.p("<b>Sarah-Jane Coldicott</b><br/>Executive Director of Children's Services")
    d.person("Sarah-Jane Coldicott", "Executive Director of Children's Services", "officer")
    d.p("<b>Local Government Act 1972 (as amended) &ndash; Background papers used in the preparation of this "
        "report:</b> None other than Appendix A.")
    d.p("<b>Contact officer:</b> Ms Priyanka Vaswani, Head of SEN and Inclusion, tel 020 7361 2205, email "
        "priyanka.vaswani@rbkc.gov.uk")
    d.person("Ms Priyanka Vaswani", "Head of SEN and Inclusion", "officer", "priyanka.vaswani@rbkc.gov.uk",
             "020 7361 2205")
    d.add(PageBreak())
    d.p("<b>Appendix A</b>", RIGHT)
    d.p("<font name='Times-Bold' size='16'>Area SEND inspection of Kensington and Chelsea Local Area "
        "Partnership</font>", LETTER)
    d.space(6)
    d.table([["Inspection dates:", "18 to 22 November 2024"],
             ["Dates of previous inspection:", "22 to 26 January 2018"]], [5.4 * cm, 10.8 * cm], header=False,
            grid=False, style=LETTER)
    d.date("18 to 22 November 2024", "2024-11-18", "2024-11-22")
    d.date("22 to 26 January 2018", "2018-01-22", "2018-01-26")
    d.event("inspection", "2018-01-22", "2018-01-26", "Dates of previous inspection: 22 to 26 January 2018")
    d.p("<b>Inspection outcome</b>", LETTER_BOLD)
    d.p("The local area partnership's special educational needs and/or disabilities (SEND) arrangements lead to "
        "inconsistent experiences and outcomes for children and young people with SEND. The local area "
        "partnership must work jointly to make improvements.", LETTER)
    d.p("The next full reinspection will be within approximately 3 years. Ofsted and CQC ask that the local area "
        "partnership updates and publishes its strategic plan based on the recommendations set out in this "
        "report.", LETTER)
    d.p("<b>Information about the local area partnership</b>", LETTER_BOLD)
    d.p("The Royal Borough of Kensington and Chelsea and NHS North West London Integrated Care Board are jointly "
        "responsible for the planning and commissioning of services for children and young people with SEND in "
        "Kensington and Chelsea. The local authority commissions a range of alternative provision, including a "
        "pupil referral unit.", LETTER)
    d.p("<b>What is it like to be a child or young person with SEND in this area?</b>", LETTER_BOLD)
    d.p("Many children and young people with SEND in Kensington and Chelsea have their needs identified early. "
        "Early years practitioners, health visitors and the specialist teaching service work well together, so "
        "that very young children are quickly given the help they need. Children and young people say that they "
        "enjoy school and have friends. The youth council for disabled young people, 'Voices Up', has helped to "
        "redesign short breaks and the Local Offer's youth pages.", LETTER)
    d.p("However, the experiences of children and young people are not consistently positive. Some wait too long "
        "for speech and language therapy and occupational therapy, and schools too often fill the gap. The "
        "quality of EHC plans varies: some capture children's aspirations well, while others are generic and "
        "are not updated after annual reviews. Young people moving to adult health services do not always have "
        "their transition planned early enough. Some parents and carers find it hard to get clear information "
        "about what is available.", LETTER)
    d.p("<b>What is the area partnership doing that is effective?</b>", LETTER_BOLD)
    for t in ["Leaders know the area well. Their self-evaluation is accurate and shared across the partnership.",
              "Early identification of needs in the early years is strong.",
              "The specialist teaching service is highly valued by schools and families.",
              "Very few children with SEND are permanently excluded, and leaders track part-time timetables "
              "closely."]:
        d.p("&bull;&nbsp;&nbsp;" + t, LETTER_BULLET)
    d.p("<b>What does the area partnership need to do better?</b>", LETTER_BOLD)
    d.p("Waiting times for therapies are too long, and the partnership's oversight of the impact on families is "
        "underdeveloped. The quality of EHC plans and annual reviews is inconsistent. Preparation for adulthood "
        "in health is not planned early enough, and information for families is not always accessible.", LETTER)
    d.p("<b>Areas for improvement</b>", LETTER_BOLD)
    afis = [
        ("Leaders in the ICB and the local authority should work together to reduce waiting times for speech and "
         "language therapy and occupational therapy, and ensure that families and schools receive timely advice "
         "while children wait.", ["health-services"]),
        ("Leaders should improve the quality of EHC plans, so that they are precise, reflect the child's views and "
         "are updated promptly after annual reviews.", ["ehc-plans"]),
        ("Health leaders should ensure that young people with SEND have their transition to adult health services "
         "planned from an early age.", ["preparing-for-adulthood", "health-services"]),
        ("Leaders should improve the accessibility of information about services, including the Local Offer, so "
         "that parents and carers know what support is available and how to get it.", ["local-offer"]),
    ]
    for text, themes in afis:
        d.weak(text, themes, marker="", style=LETTER)
    d.p("<b>Local area partnership details</b>", LETTER_BOLD)
    d.table([["Local Authority", "Integrated Care Board"],
             ["Royal Borough of Kensington and Chelsea", "NHS North West London Integrated Care Board"],
             ["Mr Douglas Feversham, Director of Children's Services", "Rebecca Penhallow, Chief Executive "
              "Officer"],
             ["www.rbkc.gov.uk", "www.nwlondonicb.nhs.uk"]], [8.1 * cm, 8.1 * cm], style=LETTER)
    d.person("Mr Douglas Feversham", "Director of Children's Services", "officer")
    d.person("Rebecca Penhallow", "Chief Executive Officer", "officer")
    d.p("<b>Information about this inspection</b>", LETTER_BOLD)
    d.p("This inspection was carried out under section 20(1)(b) of the Children Act 2004. Ofsted and the CQC "
        "inspected the local area partnership's arrangements for children and young people with SEND. The "
        "inspection was led by one of His Majesty's Inspectors (HMI) from Ofsted, with a team of inspectors "
        "including an Ofsted Inspector and a Children's Services Inspector from the CQC.", LETTER)
    d.p("<b>Inspection team</b>", LETTER_BOLD)
    d.p("<b>Ofsted</b><br/>Alison Marchetti, Ofsted HMI lead inspector<br/>Stuart Penwarden, Ofsted Inspector",
        LETTER)
    d.p("<b>Care Quality Commission</b><br/>Bethan Yeoward, CQC lead inspector", LETTER)
    d.person("Alison Marchetti", "Ofsted HMI lead inspector", "other")
    d.person("Stuart Penwarden", "Ofsted Inspector", "other")
    d.person("Bethan Yeoward", "CQC lead inspector", "other")
    d.add(PageBreak())
    d.p("<b>Appendix B: Kensington and Chelsea SEND profile (January 2024 census)</b>")
    d.date("January 2024", "2024-01")
    need_table(d, 53)
    area_table(d, ["Abingdon", "Brompton and Hans Town", "Chelsea Riverside", "Colville", "Courtfield",
                   "Dalgarno", "Earl's Court", "Golborne", "Holland", "Notting Dale", "Pembridge",
                   "Royal Hospital", "St Helen's"], 59, "Ward")
    school_table(d, 23, 14)
    return d


def hammersmith_wsoa() -> Doc:
    """A Cabinet report with the Written Statement of Action appended (2016 framework)."""
    committee = "Cabinet"
    rel = ("hammersmith-and-fulham/round79-2017-11-06-cabinet/"
           "Local Area SEND Written Statement of Action - Cabinet report and Appendix 1.pdf")
    d = Doc(rel, {"council": "London Borough of Hammersmith & Fulham", "council_slug": "hammersmith-and-fulham",
                  "committee": committee, "meeting_date": "2017-11-06", "title": "Local Area SEND Written Statement "
                  "of Action - Cabinet report and Appendix 1", "source_kind": "moderngov-document",
                  "url": "https://democracy.lbhf.gov.uk/documents/s88215/SEND%20Written%20Statement%20of%20Action"
                  ".pdf"},
            {"council": "London Borough of Hammersmith & Fulham", "committee": committee, "date": "2017-11-06"},
            "", "", "")
    d.page_label = "{n}"
    d.p("<b>LONDON BOROUGH OF HAMMERSMITH &amp; FULHAM</b>", CENTRE)
    d.table([["<b>Report to:</b>", "Cabinet"],
             ["<b>Date:</b>", "06/11/2017"],
             ["<b>Subject:</b>", "Local Area Special Educational Needs and Disabilities (SEND) Written Statement of "
              "Action"],
             ["<b>Report of:</b>", "Cabinet Member for Children and Education &ndash; Councillor Sunita Bhardwaj-"
              "Reeve"],
             ["<b>Open Report</b>", ""],
             ["<b>Classification:</b>", "For Decision"],
             ["<b>Key Decision:</b>", "No"],
             ["<b>Consultation:</b>", "Parents' Active Involvement Group (PAIG); Schools Forum; Hammersmith and "
              "Fulham Clinical Commissioning Group"],
             ["<b>Wards Affected:</b>", "All"],
             ["<b>Accountable Director:</b>", "Martin Gillanders, Executive Director of Children's Services"],
             ["<b>Report Author:</b><br/>Yvonne Akintola, Tri-borough Director for Special Educational Needs",
              "<b>Contact Details:</b><br/>Tel: 020 8753 3612<br/>E-mail: yvonne.akintola@lbhf.gov.uk"]],
            [5 * cm, 11.2 * cm], header=False)
    d.date("06/11/2017", "2017-11-06")
    d.person("Sunita Bhardwaj-Reeve", "Cabinet Member for Children and Education", "member")
    d.person("Martin Gillanders", "Executive Director of Children's Services", "officer")
    d.person("Yvonne Akintola", "Tri-borough Director for Special Educational Needs", "officer",
             "yvonne.akintola@lbhf.gov.uk", "020 8753 3612")
    d.h("1. EXECUTIVE SUMMARY")
    d.num("1.1", "In the week of 5 June 2017 Ofsted and the Care Quality Commission (CQC) inspected how well the "
          "local area identifies and meets the needs of children and young people with SEND. The inspection "
          "letter was published on 4 August 2017. It found strengths, but also four areas of significant "
          "weakness, and the local authority and the Clinical Commissioning Group (CCG) were required to produce a "
          "Written Statement of Action (WSoA).")
    d.dates_([("5 June 2017", "2017-06-05"), ("4 August 2017", "2017-08-04")])
    d.event("outcome-letter", "2017-08-04", None, "The inspection letter was published on 4 August 2017")
    d.num("1.2", "The WSoA at Appendix 1 has been written with parents, schools and health partners. It must be "
          "submitted to Ofsted no later than 10 November 2017. The CCG's Governing Body approved it on 1 November "
          "2017.")
    d.dates_([("10 November 2017", "2017-11-10"), ("1 November 2017", "2017-11-01")])
    d.event("wsoa-submitted", "2017-11-10", None, "It must be submitted to Ofsted no later than 10 November 2017")
    d.h("2. RECOMMENDATIONS")
    d.res("2.1", "That Cabinet approves the Written Statement of Action at Appendix 1 for submission to Ofsted.",
          "recommendation", style=NUM_PARA)
    d.res("2.2", "That authority be delegated to the Executive Director of Children's Services, in consultation with "
          "the Cabinet Member for Children and Education, to make any minor amendments to the Written Statement of "
          "Action before it is submitted.", "recommendation", style=NUM_PARA)
    d.res("2.3", "That Cabinet notes that progress will be reported to the Children and Education Policy and "
          "Accountability Committee every six months.", "recommendation", style=NUM_PARA)
    d.h("3. REASONS FOR DECISION")
    d.num("3.1", "The local area is required by the Chief Inspector to produce a WSoA. Approval by Cabinet and by "
          "the CCG ensures joint ownership.")
    d.h("4. PROPOSAL AND ISSUES")
    d.num("4.1", "The WSoA is organised under four priorities, one for each area of weakness. Each priority has "
          "a lead officer from the council and from health, a set of actions with timescales, and measures of "
          "success that parents helped to choose.")
    d.num("4.2", "Delivery will be overseen by a new SEND Improvement Board, chaired by the Executive Director and "
          "meeting monthly from December 2017. The Department for Education and NHS England will monitor progress "
          "through visits, the first of which is expected in March 2018. Ofsted and CQC may revisit the area to "
          "decide whether sufficient progress has been made.")
    d.dates_([("December 2017", "2017-12"), ("March 2018", "2018-03")])
    d.event("monitoring", "2018-03", None, "The Department for Education and NHS England will monitor progress "
            "through visits, the first of which is expected in March 2018")
    d.h("5. OPTIONS AND ANALYSIS OF OPTIONS")
    d.num("5.1", "There is no alternative to producing a WSoA; failure to do so would leave the local area open to "
          "intervention.")
    d.h("6. FINANCIAL IMPLICATIONS")
    d.num("6.1", "Costs of &pound;420,000 in 2017/18 and 2018/19 will be met from the High Needs Block and the "
          "CCG's transformation funding. Implications verified by: Kathleen Udeh, Head of Finance (Children's "
          "Services), tel. 020 8753 2751.")
    d.person("Kathleen Udeh", "Head of Finance (Children's Services)", "officer", None, "020 8753 2751")
    d.h("7. LEGAL IMPLICATIONS")
    d.num("7.1", "The inspection was carried out under section 20 of the Children Act 2004. Implications completed "
          "by: Rhodri Vaughan-Price, Chief Solicitor (Social Care and Education), 26 October 2017.")
    d.person("Rhodri Vaughan-Price", "Chief Solicitor (Social Care and Education)", "officer")
    d.date("26 October 2017", "2017-10-26")
    d.h("LOCAL GOVERNMENT ACT 2000 &ndash; LIST OF BACKGROUND PAPERS USED IN PREPARING THIS REPORT")
    d.table([["No.", "Description of Background Papers", "Name/Ext of holder of file/copy", "Department/Location"],
             ["1.", "Ofsted and CQC inspection letter, 4 August 2017", "Yvonne Akintola, ext 3612", "Children's "
              "Services, Town Hall"]], [1.2 * cm, 6.6 * cm, 4.4 * cm, 4 * cm])
    d.add(PageBreak())
    d.p("<b>Appendix 1</b>", RIGHT)
    d.p("Hammersmith &amp; Fulham Local Area<br/>Written Statement of Action", TITLE)
    d.p("In response to the joint local area SEND inspection by Ofsted and the CQC, 5 to 9 June 2017")
    d.date("5 to 9 June 2017", "2017-06-05", "2017-06-09")
    d.event("inspection", "2017-06-05", "2017-06-09", "the joint local area SEND inspection by Ofsted and the CQC, "
            "5 to 9 June 2017")
    d.p("<b>Foreword</b>", SUB)
    d.p("We are grateful to the inspectors, and above all to the parents and young people who spoke to them so "
        "frankly. We accept the findings in full. Families told inspectors that getting help is a battle. This "
        "statement sets out what we will do, together, so that it no longer is.")
    two_columns(d, ["Councillor Sunita Bhardwaj-Reeve<br/>Cabinet Member for Children and Education",
                    "Martin Gillanders<br/>Executive Director of Children's Services"],
                ["Dr Ravi Kanagaratnam<br/>Chair, Hammersmith and Fulham CCG",
                 "Janet Oduya<br/>Managing Director, Hammersmith and Fulham CCG"])
    d.person("Dr Ravi Kanagaratnam", "Chair, Hammersmith and Fulham CCG", "other")
    d.person("Janet Oduya", "Managing Director, Hammersmith and Fulham CCG", "officer")
    d.p("<b>Our priorities</b>", SUB)
    d.p("Each priority below begins with the weakness as the inspection letter expressed it.")
    prios = [
        ("Priority 1: Strategic leadership and joint commissioning",
         "Leaders across education, health and care have not developed a joint commissioning strategy, so "
         "services are not planned on an accurate understanding of the needs of children and young people with "
         "SEND.", ["joint-commissioning", "leadership-governance"],
         [("1a", "Joint SEND needs analysis completed and agreed by Health and Wellbeing Board", "Head of "
           "Commissioning / CCG", "Jan 2018"),
          ("1b", "Joint commissioning strategy for 0-25 SEND", "Head of Commissioning / CCG", "April 2018"),
          ("1c", "Jointly funded designated clinical officer appointed", "CCG", "Dec 2017")]),
        ("Priority 2: EHC plans",
         "The quality of Education, Health and Care plans is poor, and too few plans are completed within the 20 "
         "week timescale.", ["ehc-plans"],
         [("2a", "EHC plan quality standards co-produced with PAIG", "Head of SEN Assessment", "Feb 2018"),
          ("2b", "Monthly multi-agency audit of 10% of new plans", "Head of SEN Assessment", "Mar 2018"),
          ("2c", "Conversion of statements to EHC plans completed", "Head of SEN Assessment", "31/03/2018")]),
        ("Priority 3: Health services",
         "Children and young people wait too long for assessment by the child development service and for "
         "speech and language therapy.", ["health-services"],
         [("3a", "Child development service capacity review", "CCG / Community Trust", "Jan 2018"),
          ("3b", "SALT waiting time reduced to 18 weeks", "Community Trust", "Sep 2018")]),
        ("Priority 4: Working with parents and the local offer",
         "Parents and carers do not feel involved in decisions about their child, and the local offer is not "
         "well known or used.", ["co-production", "local-offer"],
         [("4a", "Co-production charter agreed with PAIG", "Participation Lead", "Jan 2018"),
          ("4b", "Local offer relaunched with parent reviewers", "Participation Lead", "May 2018"),
          ("4c", "Parent survey repeated", "Participation Lead", "Jul 2018")]),
    ]
    for head, text, themes, acts in prios:
        d.p(f"<b>{head}</b>", SUB)
        d.p(f"<i>Weakness identified:</i> &lsquo;{text}&rsquo;", INDENT)
        d.record_weak(text, themes)
        d.ruled([["Ref", "Action", "Lead", "By when"]] + [list(a) for a in acts],
                [1.2 * cm, 8.4 * cm, 4.2 * cm, 2.4 * cm])
        d.space(4)
    d.dates_([("Jan 2018", "2018-01"), ("April 2018", "2018-04"), ("Dec 2017", "2017-12"), ("Feb 2018", "2018-02"),
              ("Mar 2018", "2018-03"), ("31/03/2018", "2018-03-31"), ("Sep 2018", "2018-09"), ("May 2018",
                                                                                              "2018-05"),
              ("Jul 2018", "2018-07")])
    d.p("<b>How we will know we have made a difference</b>", SUB)
    d.ruled([["Measure", "Baseline (June 2017)", "Target (June 2018)", "Target (June 2019)"],
             ["New EHC plans issued in 20 weeks", "38%", "65%", "90%"],
             ["Plans judged good or better on audit", "22%", "50%", "75%"],
             ["SALT waiting time (weeks, median)", "31", "18", "12"],
             ["Parents who feel listened to", "29%", "50%", "70%"]], [6.8 * cm, 3.2 * cm, 3.1 * cm, 3.1 * cm])
    d.dates_([("June 2017", "2017-06"), ("June 2018", "2018-06"), ("June 2019", "2019-06")])
    d.p("<b>Governance and monitoring</b>", SUB)
    d.p("The SEND Improvement Board will receive a highlight report each month and will report to the Health and "
        "Wellbeing Board and the Children and Education Policy and Accountability Committee every six months, "
        "beginning in May 2018. The Board's membership is set out below.")
    d.ruled([["Member", "Organisation"],
             ["Martin Gillanders (Chair)", "LBHF Children's Services"],
             ["Janet Oduya", "Hammersmith and Fulham CCG"],
             ["Two parent representatives", "Parents' Active Involvement Group"],
             ["Headteacher representatives (primary, secondary, special)", "Schools"],
             ["Yvonne Akintola", "Tri-borough SEN service"]], [8.1 * cm, 8.1 * cm])
    d.add(PageBreak())
    d.p("<b>Appendix 2: SEND data profile (January 2017 census)</b>")
    d.date("January 2017", "2017-01")
    need_table(d, 61)
    area_table(d, ["Addison", "Askew", "Avonmore and Brook Green", "College Park and Old Oak", "Fulham Broadway",
                   "Fulham Reach", "Hammersmith Broadway", "North End", "Parsons Green and Walham", "Ravenscourt "
                   "Park", "Sands End", "Shepherd's Bush Green"], 67, "Ward")
    return d


DOCUMENTS = [hounslow_minutes, kent_report, hartlepool_report, hull_report, kensington_report, hammersmith_wsoa]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
