"""Write the long printed documents of the held-out round 55 (reportlab), and their gold.

Round 55 is a blind batch of LONG PDFs (5 to 8 pages), written with their gold before any extractor ran on them:
a Health and Wellbeing Board cover report with the 2023-framework inspection report as its appendix (Barking and
Dagenham); printed minutes of a SEND Improvement Board with an action log on a 2016-framework re-visit and statutory
direction (BCP); a PDS committee progress report with a tracker on 2023-framework areas for improvement (Bromley); a
Cabinet report with the Accelerated Progress Plan as its appendix (Hertfordshire); a Cabinet report whose
recommendations come at its end, with the DfE's statutory direction letter as an appendix (Derbyshire); and a
standalone 2016-framework Written Statement of Action (Kingston upon Thames). Invented text, fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round55_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("55", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
MINUTE, NUM_PARA, LETTER, LETTER_BOLD, LETTER_BULLET, ARIAL_CELL = (S.minute, S.num_para, S.letter, S.letter_bold,
                                                                   S.letter_bullet, S.arial_cell)
SUB = ParagraphStyle("Sub55", parent=BODY, leftIndent=60, firstLineIndent=-24)


class Doc(LongDoc):
    """A round 55 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#E4E4E4", "#EDEDED", "#F0F0F0")


WARDS = ["Abbey", "Alibon", "Becontree", "Chadwell Heath", "Eastbrook", "Eastbury", "Gascoigne", "Goresbrook",
         "Heath", "Longbridge", "Mayesbrook", "Parsloes", "River", "Thames", "Valence", "Village", "Whalebone"]
NEEDS = ["Autistic spectrum disorder", "Speech, language and communication needs", "Social, emotional and mental "
         "health", "Moderate learning difficulty", "Severe learning difficulty", "Profound and multiple learning "
         "difficulty", "Specific learning difficulty", "Physical disability", "Hearing impairment",
         "Visual impairment", "Other difficulty or disability"]


def area_table(d: Doc, names: list[str], seed: int):
    """Invented locality figures (no dates, no people)."""
    rows = [["Locality", "Children with EHC plan", "SEN support", "New requests (year)", "Issued in 20 weeks %",
             "Mainstream %"]]
    for i, name in enumerate(names):
        rows.append([name, str(120 + (i * 53 + seed * 17) % 400), str(400 + (i * 131 + seed) % 900),
                     str(20 + (i * 29 + seed) % 90), f"{30 + (i * 13 + seed) % 60}", f"{38 + (i * 7 + seed) % 40}"])
    d.ruled(rows, [3.8 * cm, 2.4 * cm, 2.2 * cm, 2.6 * cm, 2.6 * cm, 2.4 * cm])


SCHOOLS = ["Ashgrove", "Beechwood", "Bramley", "Castleview", "Chestnut", "Dellfield", "Elmstead", "Foxhill",
           "Glebe", "Hazelmere", "Hollybank", "Juniper", "Kestrel", "Larchwood", "Maple", "Moorcroft", "Newlands",
           "Oakridge", "Pinewood", "Quarry Bank", "Rowan", "St Hilda's", "St Luke's", "Sycamore", "Thistle",
           "Upton", "Valley", "Wellfield", "Willow Green", "Yewtree"]


def school_table(d: Doc, seed: int, rows_n: int = 30):
    """Invented school-level figures (no dates, no people)."""
    rows = [["School", "Phase", "On roll", "SEN support %", "EHC plan %", "Suspension rate", "Part-time timetables"]]
    for i in range(rows_n):
        rows.append([f"{SCHOOLS[(i + seed) % len(SCHOOLS)]} {'Primary' if i % 3 else 'Academy'}",
                     "Primary" if i % 3 else "Secondary", str(190 + (i * 89 + seed * 41) % 1250),
                     f"{10 + (i * 7 + seed) % 10}.{(i * 3) % 10}", f"{1 + (i * 5 + seed) % 5}.{(i * 7) % 10}",
                     f"{(i * 13 + seed) % 9}.{(i * 11) % 10}", str((i * 7 + seed) % 6)])
    d.ruled(rows, [4.2 * cm, 1.9 * cm, 1.6 * cm, 2 * cm, 1.9 * cm, 2.2 * cm, 2.4 * cm])


def need_table(d: Doc, seed: int):
    rows = [["Primary need", "EHC plans", "Share %", "SEN support", "Share %"]]
    for i, need in enumerate(NEEDS):
        a, b = 30 + (i * 197 + seed * 11) % 800, 60 + (i * 233 + seed * 5) % 1500
        rows.append([need, str(a), f"{(a % 28) + 1}.{i}", str(b), f"{(b % 24) + 1}.{(i * 3) % 10}"])
    d.ruled(rows, [6.6 * cm, 2.3 * cm, 2 * cm, 2.6 * cm, 2.5 * cm])


# ------------------------------------------------------------------------------------------------------------------
def barking_hwb() -> Doc:
    rel = ("barking-and-dagenham/round55-2024-11-26-health-and-wellbeing-board/Area SEND Inspection Outcome - "
           "report and Appendix 1.pdf")
    d = Doc(rel, {"council": "London Borough of Barking and Dagenham", "council_slug": "barking-and-dagenham",
                  "committee": "Health and Wellbeing Board", "meeting_date": "2024-11-26",
                  "title": "Local Area SEND Inspection Outcome", "source_kind": "moderngov-document",
                  "url": "https://modgov.lbbd.gov.uk/Internet/documents/s171204/Area%20SEND%20Inspection%20Outcome.pdf"},
            {"council": "London Borough of Barking and Dagenham", "committee": "Health and Wellbeing Board",
             "date": "2024-11-26"},
            "HEALTH AND WELLBEING BOARD", "26 November 2024", "", page_label="{n}")
    d.footer_centre = ""
    d.title("HEALTH AND WELLBEING BOARD")
    d.p("<b>26 November 2024</b>")
    d.date("26 November 2024", "2024-11-26")
    d.ruled([["Title:", "Outcome of the Local Area Partnership SEND Inspection, September 2024"],
             ["Report of the Cabinet Member for Children's Social Care and Disabilities", ""],
             ["Open Report", "For Decision"],
             ["Wards Affected: All", "Key Decision: No"],
             ["Report Author: Yasmin Okonkwo-Bell, Head of SEND and Inclusion",
              "Contact Details:<br/>Tel: 020 8227 5519<br/>E-mail: yasmin.okonkwo-bell@lbbd.gov.uk"],
             ["Accountable Director: Desmond Akinyemi, Operational Director, Education, Youth and Childcare", ""],
             ["Accountable Strategic Leadership Director: Elaine Marchetti, Strategic Director, Children and Adults",
              ""]], [8.1 * cm, 8.1 * cm], header_rows=0)
    d.date("September 2024", "2024-09")
    d.person("Yasmin Okonkwo-Bell", "Head of SEND and Inclusion", "officer", "yasmin.okonkwo-bell@lbbd.gov.uk",
             "020 8227 5519")
    d.person("Desmond Akinyemi", "Operational Director, Education, Youth and Childcare", "officer")
    d.person("Elaine Marchetti", "Strategic Director, Children and Adults", "officer")
    d.h("Summary")
    d.p("Ofsted and the Care Quality Commission (CQC) jointly inspected the Barking and Dagenham local area "
        "partnership from 9 to 13 September 2024, under the area SEND inspection framework introduced in January "
        "2023. The inspection report was published on 1 November 2024 and is attached at Appendix 1.")
    d.date("from 9 to 13 September 2024", "2024-09-09", "2024-09-13")
    d.date("January 2023", "2023-01")
    d.date("1 November 2024", "2024-11-01")
    d.event("inspection", "2024-09-09", "2024-09-13",
            "Ofsted and the Care Quality Commission (CQC) jointly inspected the Barking and Dagenham local area "
            "partnership from 9 to 13 September 2024")
    d.event("outcome-letter", "2024-11-01", None, "The inspection report was published on 1 November 2024")
    d.p("Inspectors concluded that the local area partnership's arrangements lead to significant concerns about "
        "the experiences and outcomes of children and young people with SEND, which the partnership must address "
        "urgently. This is the least favourable of the three outcomes. In these circumstances the framework "
        "requires the local authority and the integrated care board (ICB) to prepare and submit a priority action "
        "plan, and the partnership will receive a monitoring inspection; a full reinspection follows within "
        "approximately three years.")
    d.p("The priority action plan must reach Ofsted no later than 13 December 2024. A draft was shared with the "
        "Department for Education's SEND adviser and NHS England on 18 November 2024 and the Board's comments are "
        "sought before it is finalised.")
    d.date("13 December 2024", "2024-12-13")
    d.date("18 November 2024", "2024-11-18")
    d.event("progress-plan", "2024-12-13", None,
            "The priority action plan must reach Ofsted no later than 13 December 2024.")
    d.h("Recommendation(s)")
    d.p("The Health and Wellbeing Board is recommended to:")
    for label, text in [
            ("(i)", "Note the outcome of the inspection and the report at Appendix 1;"),
            ("(ii)", "Comment on the draft priority action plan, in particular the actions for which NHS North East "
                     "London is the responsible body;"),
            ("(iii)", "Agree that the SEND Improvement Board reports to the Health and Wellbeing Board on delivery "
                      "of the plan at each of its meetings until the monitoring inspection; and"),
            ("(iv)", "Delegate authority to the Strategic Director, Children and Adults, in consultation with the "
                     "Chair of the Board and the ICB's Director of Partnerships, to agree the final plan for "
                     "submission.")]:
        d.res(label, text, "recommendation")
    d.h("Reason(s)")
    d.p("The Board holds the partners to account for the joint commissioning of services for children with SEND "
        "and has a statutory interest in the findings relating to health services.")
    d.h("1. Introduction and Background")
    d.num("1.1", "The area was last inspected under the 2016 framework in October 2017, when no written statement "
                 "of action was required. Since then the number of children and young people with an EHC plan "
                 "has risen by 71 per cent, with the largest growth in children of primary age with autism or "
                 "speech, language and communication needs.")
    d.date("October 2017", "2017-10")
    d.num("1.2", "Notification of the inspection was received on 2 September 2024. The inspection team of five "
                 "comprised three of His Majesty's Inspectors, a CQC children's services inspector and a CQC "
                 "inspector. Over 1,300 parents and carers completed the survey.")
    d.date("2 September 2024", "2024-09-02")
    d.h("2. Proposal and Issues")
    d.num("2.1", "The report sets out two areas for priority action and four areas for improvement, in the form "
                 "reproduced in Appendix 1. Both areas for priority action are for the local authority and the "
                 "ICB jointly.")
    d.num("2.2", "Work had begun before the inspection on several of the matters the report raises. The "
                 "EHC assessment service moved to a new case management system in July 2024, and a "
                 "neurodevelopmental pathway review began in June 2024.")
    d.date("July 2024", "2024-07")
    d.date("June 2024", "2024-06")
    d.num("2.3", "The draft plan is built around five workstreams, each led by a named senior officer and "
                 "co-chaired with a parent representative from the Barking and Dagenham Parent Carer Forum. The "
                 "forum's chair, Mrs Comfort Adeyemi-Lowe, has been part of drafting from the outset.")
    d.person("Comfort Adeyemi-Lowe", "chair, Barking and Dagenham Parent Carer Forum", "other")
    d.ruled([["Workstream", "Senior lead", "Links to"],
             ["1. Assessment and plans", "Head of SEND and Inclusion", "Priority action 1"],
             ["2. Health pathways and waiting well", "Director of Partnerships, NHS NEL (Barking and Dagenham)",
              "Priority action 2"],
             ["3. Inclusion in mainstream", "Operational Director, Education, Youth and Childcare",
              "Area for improvement 1, 3"],
             ["4. Preparing for adulthood", "Head of Adults' Commissioning", "Area for improvement 2"],
             ["5. Voice and communication", "Participation Lead", "Area for improvement 4"]],
            [5.4 * cm, 6.4 * cm, 4.4 * cm])
    d.num("2.4", "NHS North East London's Director of Partnerships for the place, Mr Tobias Wrenfield, will "
                 "co-chair the SEND Improvement Board with the Strategic Director. The first formal meeting with "
                 "the Department for Education and NHS England to review progress is expected in March 2025.")
    d.person("Tobias Wrenfield", "Director of Partnerships, NHS North East London", "officer")
    d.date("March 2025", "2025-03")
    d.event("monitoring", "2025-03", None,
            "The first formal meeting with the Department for Education and NHS England to review progress is "
            "expected in March 2025.")
    d.h("3. Consultation")
    d.num("3.1", "The report and draft plan were discussed with the parent carer forum on 12 November 2024 and "
                 "with head teachers at the Schools Forum on 14 November 2024.")
    d.date("12 November 2024", "2024-11-12")
    d.date("14 November 2024", "2024-11-14")
    d.h("4. Mandatory Implications")
    d.p("<b>4.1 Financial implications</b> - implications completed by: Olusegun Harcourt-Mensah, Finance Business "
        "Partner. The plan's additional costs in 2024/25 (£640,000) are met from the Dedicated Schools Grant high "
        "needs block and the ICB's place budget.")
    d.person("Olusegun Harcourt-Mensah", "Finance Business Partner", "officer")
    d.p("<b>4.2 Legal implications</b> - implications completed by: Dr Ruth Pemberton-Ansah, Principal Lawyer "
        "(Education). The local authority and ICB have joint duties under Part 3 of the Children and Families Act "
        "2014; a failure to make progress may lead to intervention by the Secretary of State.")
    d.person("Ruth Pemberton-Ansah", "Principal Lawyer (Education)", "officer")
    d.p("Public Background Papers Used in the Preparation of the Report: None. List of appendices: Appendix 1 - "
        "Area SEND inspection of Barking and Dagenham Local Area Partnership (published 1 November 2024).", SMALL)
    d.add(PageBreak())

    d.p("<b>Appendix 1</b>", LETTER)
    d.p("<b>Area SEND inspection of Barking and Dagenham Local Area Partnership</b>", LETTER_BOLD)
    d.ruled([["Inspection dates:", "9 to 13 September 2024"],
             ["Dates of previous inspection:", "16 to 20 October 2017"]], [5.5 * cm, 10.7 * cm], header_rows=0,
            style=LETTER)
    d.date("16 to 20 October 2017", "2017-10-16", "2017-10-20")
    d.event("inspection", "2017-10-16", "2017-10-20", "Dates of previous inspection: 16 to 20 October 2017")
    d.p("<b>Inspection outcome</b>", LETTER_BOLD)
    d.p("There are widespread and/or systemic failings leading to significant concerns about the experiences and "
        "outcomes of children and young people with special educational needs and/or disabilities (SEND), which "
        "the local area partnership must address urgently.", LETTER)
    d.p("A monitoring inspection will be carried out within approximately 18 months. This will be followed by a "
        "full reinspection.", LETTER)
    d.p("As a result of this inspection, Ofsted and CQC ask that the local area partnership prepares and submits a "
        "priority action plan (area SEND) to address the identified areas for priority action.", LETTER)
    d.p("<b>Information about the local area partnership</b>", LETTER_BOLD)
    d.p("The London Borough of Barking and Dagenham and NHS North East London Integrated Care Board are jointly "
        "responsible for the planning and commissioning of services for children and young people with SEND in "
        "Barking and Dagenham. The local authority commissions alternative provision from a range of providers, "
        "including the borough's pupil referral unit.", LETTER)
    d.p("<b>What is it like to be a child or young person with SEND in this area?</b>", LETTER_BOLD)
    d.p("Too many children and young people with SEND wait too long to have their needs assessed and met. Many "
        "families describe having to fight to get help. Children who are known to early years settings are often "
        "identified quickly, and the portage service is highly regarded. However, for many older children, needs "
        "are not recognised until they reach crisis point. Some children with SEND spend long periods out of full-"
        "time education.", LETTER)
    d.p("Young people who attend the borough's supported internship programme speak warmly of it, and several have "
        "moved into paid work. The short breaks offer is valued by the families who use it.", LETTER)
    d.p("<b>What does the area partnership need to do better?</b>", LETTER_BOLD)
    d.p("Leaders recognise many of the weaknesses identified in this inspection. Their strategic plans are not "
        "yet sharp enough about what will change for children, or by when.", LETTER)
    d.p("<b>Areas for priority action</b>", LETTER_BOLD)
    apa = [("Leaders across the partnership should urgently improve the timeliness and quality of EHC needs "
            "assessments and plans, including the contributions from health and social care, so that children's "
            "needs are accurately described and the provision they need is put in place without delay.",
            ["ehc-plans"]),
           ("Leaders in the ICB and the local authority should take swift action to reduce the waiting times for "
            "autism and ADHD assessments and for speech and language therapy, and make sure that children and "
            "families receive support while they wait.", ["health-services"])]
    rows = [["Responsible body", "Areas for priority action"]]
    for text, _ in apa:
        rows.append(["Barking and Dagenham local authority and NHS North East London Integrated Care Board", text])
    d.ruled(rows, [5 * cm, 11.2 * cm], style=LETTER)
    for text, themes in apa:
        d.record_weak(text, themes)
    d.p("<b>Areas for improvement</b>", LETTER_BOLD)
    afi = [("Leaders should strengthen the oversight of children with SEND who are on part-time timetables, are "
            "educated in alternative provision or are missing education, so that they return to full-time "
            "education as quickly as possible.", ["inclusion-provision"]),
           ("Leaders should improve planning for young people's transition to adulthood, including the "
            "transition from children's to adults' health services, so that it starts earlier and is better "
            "co-ordinated.", ["preparing-for-adulthood"]),
           ("Leaders should ensure that the graduated approach is applied consistently in mainstream schools, so "
            "that children at SEN support receive timely and effective help.", ["identification"]),
           ("Leaders should improve communication with parents and carers, including through the local offer, so "
            "that families know what support is available and how to get it.", ["co-production", "local-offer"])]
    rows = [["Responsible body", "Areas for improvement"]]
    for i, (text, _) in enumerate(afi):
        rows.append(["Barking and Dagenham local authority" if i in (0, 2) else
                     "Barking and Dagenham local authority and NHS North East London Integrated Care Board", text])
    d.ruled(rows, [5 * cm, 11.2 * cm], style=LETTER)
    for text, themes in afi:
        d.record_weak(text, themes)
    d.p("<b>Local area partnership details</b>", LETTER_BOLD)
    d.ruled([["Local Authority", "Integrated Care Board"],
             ["Elaine Marchetti<br/>Strategic Director, Children and Adults<br/>London Borough of Barking and "
              "Dagenham", "Henrietta Oyelaran-Sykes<br/>Chief Executive<br/>NHS North East London Integrated Care "
              "Board"]], [8.1 * cm, 8.1 * cm], style=LETTER)
    d.person("Henrietta Oyelaran-Sykes", "Chief Executive, NHS North East London Integrated Care Board", "officer")
    d.p("<b>Inspection team</b>", LETTER_BOLD)
    d.ruled([["Ofsted", "Care Quality Commission"],
             ["Marcus Delacroix-Hayes, Ofsted HMI lead inspector<br/>Priya Venkataraman, Ofsted HMI<br/>"
              "Neil Barraclough, Ofsted HMI",
              "Gemma Tolhurst, CQC lead inspector<br/>Aidan McGarrigle, CQC inspector"]],
            [8.1 * cm, 8.1 * cm], style=LETTER)
    d.person("Marcus Delacroix-Hayes", "Ofsted HMI lead inspector", "other")
    d.person("Priya Venkataraman", "Ofsted HMI", "other")
    d.person("Neil Barraclough", "Ofsted HMI", "other")
    d.person("Gemma Tolhurst", "CQC lead inspector", "other")
    d.person("Aidan McGarrigle", "CQC inspector", "other")
    d.add(PageBreak())
    d.h("Appendix 2 - Local area data pack (extract)")
    d.p("Figures at the January 2024 census unless stated.", SMALL)
    d.date("January 2024", "2024-01")
    area_table(d, WARDS, 3)
    d.space(8)
    need_table(d, 4)
    return d


# ------------------------------------------------------------------------------------------------------------------
def bcp_board_minutes() -> Doc:
    rel = ("bcp/round55-2024-03-05-childrens-services-overview-and-scrutiny-committee/SEND Improvement Board - "
           "minutes 20 February 2024.pdf")
    d = Doc(rel, {"council": "Bournemouth, Christchurch and Poole Council", "council_slug": "bcp",
                  "committee": "Children's Services Overview and Scrutiny Committee", "meeting_date": "2024-03-05",
                  "title": "SEND Improvement Board - minutes 20 February 2024", "source_kind": "moderngov-document",
                  "url": "https://democracy.bcpcouncil.gov.uk/documents/s51930/SEND%20Improvement%20Board%20minutes.pdf"},
            {"council": "Bournemouth, Christchurch and Poole Council", "committee": "SEND Improvement Board",
             "date": "2024-02-20"},
            "BCP SEND Improvement Board", "OFFICIAL", "Minutes - 20.02.24", page_label="Page {n} of {total}")
    d.date("20.02.24", "2024-02-20")
    d.title("BCP SEND Improvement Board")
    d.p("<b>Minutes of the meeting held on Tuesday 20 February 2024, 14:00 - 16:30, Civic Centre, Poole, and "
        "MS Teams</b>")
    d.ruled([["Present", "", ""],
             ["Name", "Organisation / role", "Initials"],
             ["Professor Alan Whitcombe", "Independent Chair", "AW"],
             ["Cllr Richard Penhaligon", "Portfolio Holder for Children, Young People, Education and Skills, BCP "
                                         "Council", "RP"],
             ["Cathy Marchbanks", "Director of Children's Services, BCP Council", "CM"],
             ["Jo Quennell", "Director of Education and Skills, BCP Council", "JQ"],
             ["Dr Hamid Sorensen", "Designated Medical Officer, NHS Dorset", "HS"],
             ["Lisa Treloar", "Deputy Director of Nursing, Children and Young People, NHS Dorset", "LT"],
             ["Beverley Oakhampton", "Co-chair, Parent Carer Forum", "BO"],
             ["Mark Ellery-Dunn", "Headteacher representative (special schools)", "ME"],
             ["In attendance", "", ""],
             ["Siobhan Cradock", "SEND Adviser, Department for Education", "SC"],
             ["Hugh Ravensworth", "NHS England SEND Adviser", "HR"],
             ["Kerry Fitzallen", "Head of SEND Improvement (minutes)", "KF"],
             ["Apologies", "", ""],
             ["Cllr Judith Carwardine", "", ""],
             ["Chief Inspector Dale Morrow", "Dorset Police", ""]],
            [5.4 * cm, 8.8 * cm, 2 * cm], header_rows=0, shade=(0, 10, 14))
    d.person("Alan Whitcombe", "Independent Chair", "other")
    d.person("Richard Penhaligon", "Portfolio Holder for Children, Young People, Education and Skills", "member")
    d.person("Cathy Marchbanks", "Director of Children's Services", "officer")
    d.person("Jo Quennell", "Director of Education and Skills", "officer")
    d.person("Hamid Sorensen", "Designated Medical Officer, NHS Dorset", "officer")
    d.person("Lisa Treloar", "Deputy Director of Nursing, Children and Young People, NHS Dorset", "officer")
    d.person("Beverley Oakhampton", "Co-chair, Parent Carer Forum", "other")
    d.person("Mark Ellery-Dunn", "Headteacher representative (special schools)", "other")
    d.person("Siobhan Cradock", "SEND Adviser, Department for Education", "officer")
    d.person("Hugh Ravensworth", "NHS England SEND Adviser", "officer")
    d.person("Kerry Fitzallen", "Head of SEND Improvement", "officer")
    d.person("Judith Carwardine", None, "member")
    d.person("Dale Morrow", "Dorset Police", "officer")
    d.p("<b>1. Welcome, apologies and declarations</b>", MINUTE)
    d.p("AW welcomed members, in particular HR attending for NHS England for the first time. Apologies were noted "
        "as above. No declarations of interest were made.")
    d.p("<b>2. Minutes of 16 January 2024 and matters arising</b>", MINUTE)
    d.date("16 January 2024", "2024-01-16")
    d.p("The minutes were agreed as an accurate record. Of the nine actions carried forward, six are complete and "
        "three are on the agenda or in the log at the end of these minutes.")
    d.record_res(None, "The minutes were agreed as an accurate record.", "resolution")
    d.p("<b>3. Local area SEND re-visit: outcome letter</b>", MINUTE)
    d.p("CM introduced the re-visit letter, published on 19 January 2024. Ofsted and the CQC had re-visited the "
        "area between 13 and 17 November 2023 to decide whether the partnership had made sufficient progress in "
        "addressing the areas of significant weakness identified at the inspection of 21 to 25 June 2021. The "
        "Written Statement of Action had been declared fit for purpose on 4 March 2022 after a resubmission.")
    d.date("19 January 2024", "2024-01-19")
    d.date("between 13 and 17 November 2023", "2023-11-13", "2023-11-17")
    d.date("21 to 25 June 2021", "2021-06-21", "2021-06-25")
    d.date("4 March 2022", "2022-03-04")
    d.event("revisit-outcome", "2024-01-19", None, "the re-visit letter, published on 19 January 2024")
    d.event("revisit", "2023-11-13", "2023-11-17",
            "Ofsted and the CQC had re-visited the area between 13 and 17 November 2023")
    d.event("inspection", "2021-06-21", "2021-06-25",
            "the areas of significant weakness identified at the inspection of 21 to 25 June 2021")
    d.event("wsoa-approved", "2022-03-04", None,
            "The Written Statement of Action had been declared fit for purpose on 4 March 2022 after a "
            "resubmission.")
    d.p("The letter found sufficient progress in one of the five areas. CM took the Board through the table "
        "below, which sets out each area in the words of the 2021 letter and the inspectors' finding.")
    sw = [("The lack of a clear, jointly owned strategy for SEND across education, health and care, and "
           "weaknesses in leaders' oversight of its implementation", ["leadership-governance"],
           "Not sufficient progress"),
          ("The poor timeliness and quality of EHC plans, including the weak contribution of health and social "
           "care to plans", ["ehc-plans"], "Not sufficient progress"),
          ("Long waiting times for the assessment of autism spectrum disorder and for access to speech and "
           "language therapy", ["health-services"], "Not sufficient progress"),
          ("The limited engagement and co-production with parents and carers, and their low confidence in the "
           "area's ability to meet their children's needs", ["co-production"], "Sufficient progress"),
          ("The high rate of exclusion and the number of children with SEND who are on reduced timetables or "
           "missing education", ["inclusion-provision"], "Not sufficient progress")]
    rows = [["No.", "Area of significant weakness (2021)", "Re-visit finding (2024)"]]
    for i, (text, _, finding) in enumerate(sw, 1):
        rows.append([str(i), text, finding])
    d.ruled(rows, [1.2 * cm, 10.6 * cm, 4.4 * cm])
    for text, themes, _ in sw:
        d.record_weak(text, themes)
    d.p("BO said that the forum welcomed the recognition of co-production but that families' day-to-day experience "
        "of assessment had not yet changed. HS described the new autism assessment provider, in place from "
        "October 2023; the longest waits were falling but remained over 80 weeks. ME asked for headteachers to be "
        "involved in designing the inclusion work rather than consulted on it afterwards.")
    d.date("October 2023", "2023-10")
    d.p("Agreed: The Board accepted the findings of the re-visit letter in full and asked that it be published on "
        "the Local Offer with a short summary for families co-written with the Parent Carer Forum.")
    d.record_res(None, "The Board accepted the findings of the re-visit letter in full and asked that it be "
                 "published on the Local Offer with a short summary for families co-written with the Parent Carer "
                 "Forum.", "resolution")
    d.p("<b>4. Statutory direction</b>", MINUTE)
    d.p("SC reported that the Minister had issued a statutory direction to the Council on 8 February 2024 under "
        "section 497A(4B) of the Education Act 1996. The direction requires the Council to co-operate with a "
        "DfE-appointed SEND commissioner's adviser, to maintain this Board with an independent chair, and to "
        "submit an Accelerated Progress Plan, agreed with NHS Dorset, to the Department by 26 March 2024. HR "
        "confirmed NHS England's expectations of the ICB would be set out in a parallel letter.")
    d.date("8 February 2024", "2024-02-08")
    d.date("26 March 2024", "2024-03-26")
    d.event("statutory-direction", "2024-02-08", None,
            "the Minister had issued a statutory direction to the Council on 8 February 2024")
    d.event("progress-plan", "2024-03-26", None,
            "submit an Accelerated Progress Plan, agreed with NHS Dorset, to the Department by 26 March 2024")
    d.p("RP said that the direction was a serious matter for the Council, and that Cabinet would receive a report "
        "on 13 March 2024. Members discussed the proposed first review of the plan by DfE and NHS England, which "
        "SC expected to take place in September 2024 and at six-monthly intervals afterwards.")
    d.date("13 March 2024", "2024-03-13")
    d.date("September 2024", "2024-09")
    d.event("monitoring", "2024-09", None,
            "the proposed first review of the plan by DfE and NHS England, which SC expected to take place in "
            "September 2024")
    d.p("Agreed:")
    for label, text in [
            ("a.", "that the Board notes the statutory direction and the requirements it places on the Council;"),
            ("b.", "that the draft Accelerated Progress Plan is brought to an extraordinary meeting of the Board on "
                   "12 March 2024 for sign-off by the Chair, the Director of Children's Services and NHS Dorset's "
                   "Chief Nursing Officer;"),
            ("c.", "that the four workstream leads provide measures with baselines and monthly trajectories for "
                   "each of the four areas not yet sufficiently improved.")]:
        d.res(label, text, "resolution")
    d.date("12 March 2024", "2024-03-12")
    d.p("<b>5. Dashboard: January data</b>", MINUTE)
    d.p("KF presented the dashboard. EHC plans issued within 20 weeks rose to 31 per cent in January from 9 per cent "
        "a year earlier. Annual reviews completed within timescale remained at 42 per cent. The Board asked for "
        "exceptions to be shown separately in future.")
    d.ruled([["Measure", "Jan 2023", "Oct 2023", "Nov 2023", "Dec 2023", "Jan 2024"],
             ["EHC plans in 20 weeks (%)", "9", "22", "25", "27", "31"],
             ["Annual reviews in timescale (%)", "35", "40", "41", "40", "42"],
             ["ASD assessment: longest wait (weeks)", "118", "97", "92", "88", "84"],
             ["SALT: median wait (weeks)", "31", "24", "23", "22", "21"],
             ["Children on reduced timetables", "212", "187", "179", "171", "166"],
             ["Permanent exclusions, SEND (year to date)", "14", "3", "5", "6", "8"]],
            [5.8 * cm, 2 * cm, 2 * cm, 2.1 * cm, 2.1 * cm, 2.2 * cm])
    for t, iso in [("Jan 2023", "2023-01"), ("Oct 2023", "2023-10"), ("Nov 2023", "2023-11"),
                   ("Dec 2023", "2023-12"), ("Jan 2024", "2024-01")]:
        if iso != "2023-10":
            d.date(t, iso)
    d.p("Noted.")
    d.p("<b>6. Parent Carer Forum update</b>", MINUTE)
    d.p("BO reported that 214 families had attended the forum's drop-ins since the last meeting. Recurring themes "
        "were delays in receiving draft plans, the length of waits for therapy and poor communication when a case "
        "officer changed. The forum's annual survey will open on 4 March 2024.")
    d.date("4 March 2024", "2024-03-04")
    d.p("<b>7. Preparing for adulthood: post-16 sufficiency</b>", MINUTE)
    d.p("JQ presented the post-16 sufficiency review. The number of young people aged 19 to 25 with an EHC plan had "
        "doubled in four years, and the review identified a shortage of local supported internship and specialist "
        "college places, particularly in Christchurch. ME said that special school sixth forms were at capacity. "
        "LT asked that transition to adult health services be included in the next stage of the review.")
    d.p("Agreed: The Board endorsed the review's recommendations and asked for a costed sufficiency plan to be "
        "brought to its June meeting.")
    d.record_res(None, "The Board endorsed the review's recommendations and asked for a costed sufficiency plan to "
                 "be brought to its June meeting.", "resolution")
    d.p("<b>8. Any other business</b>", MINUTE)
    d.p("None. Date of next meeting: extraordinary meeting 12 March 2024; ordinary meeting Tuesday 16 April 2024.")
    d.date("Tuesday 16 April 2024", "2024-04-16")
    d.h("Action log")
    d.ruled([["No.", "Action", "Owner", "Due", "Status"],
             ["23/41", "Share revised annual review recovery plan with forum", "JQ", "19/12/2023", "Complete"],
             ["23/44", "Autism waiting well offer: publish on Local Offer", "HS", "31/01/2024", "Complete"],
             ["24/02", "Report on reduced timetables by school", "JQ", "16/04/2024", "Open"],
             ["24/03", "Families' summary of re-visit letter", "KF / BO", "01/03/2024", "Open"],
             ["24/04", "Draft APP to extraordinary Board", "CM", "12/03/2024", "Open"],
             ["24/05", "Workstream measures and trajectories", "Workstream leads", "12/03/2024", "Open"],
             ["24/06", "Exceptions shown separately on dashboard", "KF", "16/04/2024", "Open"]],
            [1.5 * cm, 7.6 * cm, 2.6 * cm, 2.3 * cm, 2.2 * cm])
    d.date("19/12/2023", "2023-12-19")
    d.date("31/01/2024", "2024-01-31")
    d.date("01/03/2024", "2024-03-01")
    d.h("Annex: Accelerated Progress Plan - proposed structure (tabled)")
    rows = [["Workstream", "Weakness addressed", "Lead", "First milestone"]]
    for ws, sw_, lead, ms in [
            ("Strategy and governance", "1", "CM", "Revised SEND strategy to Board - May 2024"),
            ("Assessment and plans", "2", "JQ", "Backlog of overdue assessments cleared - June 2024"),
            ("Health pathways", "3", "HS / LT", "Single neurodevelopmental front door - July 2024"),
            ("Inclusion and attendance", "5", "JQ", "Reduced timetable protocol relaunched - April 2024")]:
        rows.append([ws, sw_, lead, ms])
    d.ruled(rows, [4.2 * cm, 3 * cm, 2.4 * cm, 6.6 * cm])
    d.date("May 2024", "2024-05")
    d.date("June 2024", "2024-06")
    d.date("July 2024", "2024-07")
    d.date("April 2024", "2024-04")
    d.h("Annex: Area data")
    area_table(d, ["Bournemouth Central", "Boscombe", "Kinson", "Winton", "Southbourne", "Christchurch",
                   "Highcliffe", "Broadstone", "Poole Town", "Hamworthy", "Parkstone", "Canford Heath",
                   "Creekmoor", "Oakdale", "Westbourne", "Throop"], 6)
    d.space(8)
    need_table(d, 9)
    d.space(8)
    d.h("Annex: Schools with the highest rates of reduced timetables (anonymised)")
    school_table(d, 6, 30)
    return d


# ------------------------------------------------------------------------------------------------------------------
def bromley_pds() -> Doc:
    rel = ("bromley/round55-2025-01-28-children-education-and-families-policy-development-and-scrutiny-committee/"
           "CEF25-003 Local Area SEND Inspection - Improvement Plan Progress.pdf")
    d = Doc(rel, {"council": "London Borough of Bromley", "council_slug": "bromley",
                  "committee": "Children, Education and Families Policy Development and Scrutiny Committee",
                  "meeting_date": "2025-01-28", "title": "Local Area SEND Inspection - Improvement Plan Progress",
                  "source_kind": "moderngov-document",
                  "url": "https://cds.bromley.gov.uk/documents/s50122103/CEF25-003%20SEND%20Improvement%20Plan.pdf"},
            {"council": "London Borough of Bromley",
             "committee": "Children, Education and Families Policy Development and Scrutiny Committee",
             "date": "2025-01-28"},
            "Report No. CEF25-003", "London Borough of Bromley", "PART ONE - PUBLIC", page_label="{n}")
    d.p("Report No.<br/>CEF25-003", SMALL)
    d.title("London Borough of Bromley")
    d.p("<b>PART ONE - PUBLIC</b>")
    d.ruled([["Decision Maker:", "CHILDREN, EDUCATION AND FAMILIES POLICY DEVELOPMENT AND SCRUTINY COMMITTEE"],
             ["Date:", "Tuesday 28 January 2025"],
             ["Decision Type:", "Non-Urgent | Non-Executive | Non-Key"],
             ["Title:", "LOCAL AREA SEND INSPECTION: IMPROVEMENT PLAN PROGRESS"],
             ["Contact Officer:", "Imogen Farquharson-Lee, Head of SEN and Inclusion<br/>Tel: 020 8461 7740 "
                                  "E-mail: imogen.farquharson-lee@bromley.gov.uk"],
             ["Chief Officer:", "Director of Children, Education and Families"],
             ["Ward:", "All Wards"]], [4 * cm, 12.2 * cm], header_rows=0)
    d.date("Tuesday 28 January 2025", "2025-01-28")
    d.person("Imogen Farquharson-Lee", "Head of SEN and Inclusion", "officer",
             "imogen.farquharson-lee@bromley.gov.uk", "020 8461 7740")
    d.h("1. REASON FOR REPORT")
    d.num("1.1", "Ofsted and the Care Quality Commission inspected the Bromley local area partnership between 15 "
                 "and 19 April 2024. The report, published on 24 May 2024, found that the partnership's "
                 "arrangements typically lead to positive experiences and outcomes for children and young people "
                 "with special educational needs and/or disabilities (SEND), the most positive of the three "
                 "outcomes in the 2023 framework. The report nonetheless set out areas for improvement. The next "
                 "full inspection is expected within approximately five years.")
    d.date("between 15 and 19 April 2024", "2024-04-15", "2024-04-19")
    d.date("24 May 2024", "2024-05-24")
    d.event("inspection", "2024-04-15", "2024-04-19",
            "Ofsted and the Care Quality Commission inspected the Bromley local area partnership between 15 and 19 "
            "April 2024.")
    d.event("outcome-letter", "2024-05-24", None, "The report, published on 24 May 2024")
    d.num("1.2", "This report gives the Committee the second six-monthly update on the improvement plan that the "
                 "SEND Governance Board agreed on 17 July 2024 (the first was considered on 1 October 2024). A "
                 "tracker of every action is at Appendix 1.")
    d.date("17 July 2024", "2024-07-17")
    d.date("1 October 2024", "2024-10-01")
    d.event("progress-plan", "2024-07-17", None,
            "the improvement plan that the SEND Governance Board agreed on 17 July 2024")
    d.h("2. RECOMMENDATION(S)")
    d.num("2.1", "The Committee is asked to:")
    for label, text in [
            ("(i)", "Note the progress made against the Local Area SEND Improvement Plan, as set out in Section 3 "
                    "and Appendix 1;"),
            ("(ii)", "Scrutinise the actions rated Amber or Red and the mitigations proposed; and"),
            ("(iii)", "Agree the topics for the Committee's SEND deep-dive session in June 2025.")]:
        d.res(label, text, "recommendation", style=SUB)
    d.date("June 2025", "2025-06")
    d.h("Impact on Vulnerable Adults and Children")
    d.p("1. Summary of Impact: The plan is intended to improve the experiences of children and young people with "
        "SEND and their families.")
    d.h("Transformation Policy")
    d.p("1. Policy Status: Existing Policy. 2. Making Bromley Even Better Priority: For children and young people "
        "to grow up, thrive and have the best life chances in families who flourish and are happy to call Bromley "
        "home.")
    d.h("Financial")
    d.p("1. Cost of proposal: No Cost. 2. Ongoing costs: Not Applicable. 3. Budget head/performance centre: "
        "Dedicated Schools Grant - High Needs Block.")
    d.h("Personnel")
    d.p("1. Number of staff (current and additional): Not Applicable.")
    d.h("Legal")
    d.p("1. Legal Requirement: Statutory Requirement. 2. Call-in: Not Applicable: This report does not involve an "
        "executive decision.")
    d.h("Customer Impact")
    d.p("1. Estimated number of users or customers (current and projected): 3,912 children and young people with "
        "an EHC plan at the January 2024 census.")
    d.date("January 2024", "2024-01")
    d.h("Ward Councillor Views")
    d.p("1. Have Ward Councillors been asked for comments? Not Applicable.")
    d.h("3. COMMENTARY")
    d.num("3.1", "Inspectors found a great deal to commend. Children's needs in the early years are identified "
                 "well, the specialist teaching service is highly valued by schools, and young people's preparation "
                 "for adulthood, including supported internships, is a strength.")
    d.num("3.2", "The 2023 framework replaced the previous arrangements in January 2023. Bromley was last "
                 "inspected in May 2019, when no written statement of action was required.")
    d.date("January 2023", "2023-01")
    d.date("May 2019", "2019-05")
    d.event("inspection", "2019-05", None, "Bromley was last inspected in May 2019")
    d.num("3.3", "Inspectors identified no areas for priority action. They identified four areas for improvement, "
                 "each of which is reproduced below in the words of the report:")
    for label, text, themes in [
            ("3.3.1", "Leaders across the partnership should improve the timeliness of annual reviews of EHC plans, "
                      "so that plans reflect children's and young people's current needs and aspirations, "
                      "particularly at points of transition.", ["ehc-plans"]),
            ("3.3.2", "Leaders in the ICB should reduce the time children and young people wait for "
                      "neurodevelopmental assessments and for occupational therapy, and improve the information "
                      "given to families while they wait.", ["health-services"]),
            ("3.3.3", "Partnership leaders should improve the quality assurance of EHC plans, including the "
                      "contributions from social care, so that the plans are consistently of good quality.",
             ["ehc-plans", "data-oversight"]),
            ("3.3.4", "Leaders should further develop the local offer so that it is easier for families to find "
                      "accurate and up-to-date information about the services available.", ["local-offer"])]:
        d.p(f"{label}&nbsp;&nbsp;{text}", SUB)
        d.record_weak(text, themes)
    d.num("3.4", "Progress since the last update is summarised below; detail is in Appendix 1.")
    d.p("<b>Annual reviews.</b> The percentage of annual reviews completed within the statutory timescale rose from "
        "47% in July 2024 to 68% in December 2024. A phase-transfer review team was established in September "
        "2024, and the reviews of the secondary transfer cohort are on course to finish by the statutory "
        "deadline of 15 February 2025.")
    d.date("July 2024", "2024-07")
    d.date("December 2024", "2024-12")
    d.date("September 2024", "2024-09")
    d.date("15 February 2025", "2025-02-15")
    d.p("<b>Neurodevelopmental and therapy waits.</b> The ICB commissioned additional assessment capacity from "
        "November 2024. The median wait for an autism assessment fell from 74 to 61 weeks; occupational therapy "
        "waits are unchanged and this action is rated Red. Mr Casimir Olowe-Barnes, Associate Director for "
        "Children and Young People at NHS South East London ICB (Bromley), will attend the meeting.")
    d.date("November 2024", "2024-11")
    d.person("Casimir Olowe-Barnes", "Associate Director for Children and Young People, NHS South East London ICB "
             "(Bromley)", "officer")
    d.p("<b>Plan quality.</b> A multi-agency audit of 60 plans in October 2024 rated 72% as good or better, against "
        "54% in the audit of February 2024. Social care advice was returned on time in 81% of cases.")
    d.date("October 2024", "2024-10")
    d.date("February 2024", "2024-02")
    d.p("<b>Local offer.</b> The redesigned Local Offer website, co-produced with Bromley Parent Voice, went live on "
        "2 December 2024. Ms Marianne Soutar, Chair of Bromley Parent Voice, has asked for an accessibility review "
        "in spring 2025.")
    d.date("2 December 2024", "2024-12-02")
    d.person("Marianne Soutar", "Chair of Bromley Parent Voice", "other")
    d.num("3.5", "The Department for Education's SEND adviser will next review the partnership's progress against "
                 "the plan on 6 March 2025. The Portfolio Holder for Children, Education and Families, Councillor Rosalind "
                 "Mayhew-Tait, will receive a briefing beforehand.")
    d.date("6 March 2025", "2025-03-06")
    d.event("monitoring", "2025-03-06", None,
            "The Department for Education's SEND adviser will next review the partnership's progress against the "
            "plan on 6 March 2025.")
    d.person("Rosalind Mayhew-Tait", "Portfolio Holder for Children, Education and Families", "member")
    d.p("Non-Applicable Headings: Procurement Implications. Background Documents: (Access via Contact Officer) "
        "Area SEND inspection report, 24 May 2024; report CEF24-041, 1 October 2024.", SMALL)
    d.add(PageBreak())
    d.h("APPENDIX 1 - LOCAL AREA SEND IMPROVEMENT PLAN TRACKER (POSITION AT 10 JANUARY 2025)")
    d.date("10 JANUARY 2025", "2025-01-10")
    rows = [["Ref", "Action", "Lead", "Target", "RAG", "Update"]]
    acts = [
        ("1.1", "Phase-transfer review team in post", "Head of SEN", "Sep 2024", "Green", "Complete."),
        ("1.2", "Weekly tracking of overdue annual reviews", "SEN Team Manager", "Oct 2024", "Green", "In place."),
        ("1.3", "Reduce overdue reviews to under 15%", "Head of SEN", "Mar 2025", "Amber", "21% at December."),
        ("1.4", "Schools' annual review training", "Educational Psychology", "Dec 2024", "Green", "Four sessions."),
        ("2.1", "Additional autism assessment provider", "ICB Associate Director", "Nov 2024", "Green", "Live."),
        ("2.2", "Occupational therapy recovery plan", "ICB Associate Director", "Jan 2025", "Red",
         "Recruitment failed; agency cover sought."),
        ("2.3", "'Waiting well' information pack", "Designated Clinical Officer", "Dec 2024", "Amber",
         "Draft with Parent Voice."),
        ("3.1", "Quarterly multi-agency plan audit", "Principal EP", "Oct 2024", "Green", "Second audit done."),
        ("3.2", "Social care advice quality standard", "Head of Service, CWD", "Nov 2024", "Green", "Issued."),
        ("3.3", "Plan-writing training for case officers", "SEN Team Manager", "Feb 2025", "Amber", "Booked."),
        ("4.1", "Co-produced Local Offer redesign", "Participation Lead", "Dec 2024", "Green", "Live."),
        ("4.2", "Accessibility review of Local Offer", "Participation Lead", "May 2025", "Amber", "Scoped."),
        ("4.3", "Termly families' newsletter", "Participation Lead", "Jan 2025", "Green", "First issue out.")]
    for a in acts:
        rows.append(list(a))
    d.ruled(rows, [1.1 * cm, 5 * cm, 3 * cm, 2.1 * cm, 1.4 * cm, 3.6 * cm])
    for t, iso in [("Sep 2024", "2024-09"), ("Oct 2024", "2024-10"), ("Mar 2025", "2025-03"),
                   ("Dec 2024", "2024-12"), ("Nov 2024", "2024-11"), ("Jan 2025", "2025-01"),
                   ("Feb 2025", "2025-02"), ("May 2025", "2025-05")]:
        if iso not in ("2024-09", "2024-10", "2024-12", "2024-11"):
            d.date(t, iso)
    d.space(8)
    d.h("APPENDIX 2 - KEY INDICATORS")
    d.ruled([["Indicator", "Jul 2024", "Sep 2024", "Nov 2024", "Dec 2024", "Target"],
             ["New EHC plans issued in 20 weeks (%)", "58", "61", "66", "69", "70"],
             ["Annual reviews in timescale (%)", "47", "55", "63", "68", "85"],
             ["Median ASD assessment wait (weeks)", "74", "71", "65", "61", "52"],
             ["Median OT wait (weeks)", "39", "40", "41", "41", "26"],
             ["Plans rated good or better at audit (%)", "54", "-", "72", "-", "80"],
             ["Local Offer visits (monthly)", "8,410", "9,002", "12,376", "11,980", "-"]],
            [5.6 * cm, 2 * cm, 2 * cm, 2 * cm, 2 * cm, 2.6 * cm])
    d.space(8)
    d.h("APPENDIX 3 - EHC PLANS BY PRIMARY NEED AND LOCALITY")
    need_table(d, 12)
    d.space(8)
    area_table(d, ["Beckenham", "Biggin Hill", "Bromley Town", "Chislehurst", "Cray Valley East", "Cray Valley "
                   "West", "Darwin", "Hayes and Coney Hall", "Orpington", "Penge and Cator", "Petts Wood",
                   "Shortlands", "West Wickham"], 2)
    return d


# ------------------------------------------------------------------------------------------------------------------
def hertfordshire_cabinet() -> Doc:
    rel = "hertfordshire/round55-2022-10-17-cabinet/SEND Accelerated Progress Plan - Cabinet report and Appendix A.pdf"
    d = Doc(rel, {"council": "Hertfordshire County Council", "council_slug": "hertfordshire", "committee": "Cabinet",
                  "meeting_date": "2022-10-17", "title": "SEND Accelerated Progress Plan",
                  "source_kind": "cmis-document",
                  "url": "https://democracy.hertfordshire.gov.uk/documents/s31488/SEND%20Accelerated%20Progress%20Plan.pdf"},
            {"council": "Hertfordshire County Council", "committee": "Cabinet", "date": "2022-10-17"},
            "", "Agenda Item No. 6", "", page_label="{n}")
    d.title("HERTFORDSHIRE COUNTY COUNCIL")
    d.p("<b>CABINET<br/>MONDAY 17 OCTOBER 2022 AT 2:00PM</b>")
    d.date("MONDAY 17 OCTOBER 2022", "2022-10-17")
    d.p("<b>SPECIAL EDUCATIONAL NEEDS AND DISABILITIES (SEND): ACCELERATED PROGRESS PLAN FOLLOWING THE OFSTED AND "
        "CQC RE-VISIT</b>")
    d.p("Report of the Director of Children's Services")
    d.p("Author: Benedict Arkwright-Sale, Assistant Director, Integrated Services for Learning (Tel: 01992 556812)")
    d.person("Benedict Arkwright-Sale", "Assistant Director, Integrated Services for Learning", "officer", None,
             "01992 556812")
    d.p("Executive Member: Fiona Hollingbery-Maitland, Education, Libraries and Early Years")
    d.person("Fiona Hollingbery-Maitland", "Executive Member, Education, Libraries and Early Years", "member")
    d.h("1. Purpose of report")
    d.num("1.1", "To inform Cabinet of the outcome of the Ofsted and Care Quality Commission (CQC) re-visit to "
                 "Hertfordshire's local area, and to seek approval of the Accelerated Progress Plan (APP) at "
                 "Appendix A for submission to the Department for Education (DfE) and NHS England.")
    d.h("2. Summary")
    d.num("2.1", "Ofsted and the CQC inspected the local area between 18 and 22 November 2019. The inspection "
                 "letter, published on 17 January 2020, identified six areas of significant weakness and required "
                 "a Written Statement of Action (WSoA). The WSoA was accepted as fit for purpose on 2 June 2020.")
    d.date("between 18 and 22 November 2019", "2019-11-18", "2019-11-22")
    d.date("17 January 2020", "2020-01-17")
    d.date("2 June 2020", "2020-06-02")
    d.event("inspection", "2019-11-18", "2019-11-22",
            "Ofsted and the CQC inspected the local area between 18 and 22 November 2019.")
    d.event("outcome-letter", "2020-01-17", None, "The inspection letter, published on 17 January 2020")
    d.event("wsoa-approved", "2020-06-02", None, "The WSoA was accepted as fit for purpose on 2 June 2020.")
    d.num("2.2", "Progress against the WSoA was reviewed by DfE and NHS England advisers in February 2021 and again "
                 "in October 2021. Inspectors re-visited from 4 to 6 July 2022 and their letter was published on 26 "
                 "August 2022.")
    d.date("February 2021", "2021-02")
    d.date("October 2021", "2021-10")
    d.date("from 4 to 6 July 2022", "2022-07-04", "2022-07-06")
    d.date("26 August 2022", "2022-08-26")
    d.event("monitoring", "2021-02", None,
            "Progress against the WSoA was reviewed by DfE and NHS England advisers in February 2021")
    d.event("monitoring", "2021-10", None, "and again in October 2021")
    d.event("revisit", "2022-07-04", "2022-07-06", "Inspectors re-visited from 4 to 6 July 2022")
    d.event("revisit-outcome", "2022-08-26", None, "their letter was published on 26 August 2022")
    d.num("2.3", "Inspectors judged that the area had made sufficient progress in three of the six areas: the "
                 "identification of needs in the early years, the local offer, and joint working with further "
                 "education colleges. Insufficient progress had been made in the other three, which are the "
                 "subject of the APP.")
    d.num("2.4", "Under the DfE's arrangements an area that has not made sufficient progress in all areas must "
                 "produce an APP. Hertfordshire's must be submitted by 21 October 2022. The plan was agreed by the "
                 "SEND Executive Board on 4 October 2022 and by the Hertfordshire and West Essex Integrated Care "
                 "Board on 6 October 2022.")
    d.date("21 October 2022", "2022-10-21")
    d.date("4 October 2022", "2022-10-04")
    d.date("6 October 2022", "2022-10-06")
    d.event("progress-plan", "2022-10-21", None, "Hertfordshire's must be submitted by 21 October 2022.")
    d.event("progress-plan", "2022-10-04", None, "The plan was agreed by the SEND Executive Board on 4 October 2022")
    d.event("progress-plan", "2022-10-06", None,
            "and by the Hertfordshire and West Essex Integrated Care Board on 6 October 2022")
    d.h("3. Recommendations")
    d.p("The Education, Libraries and Lifelong Learning Cabinet Panel considered this report on 6 October 2022 "
        "and recommends to Cabinet that:")
    for label, text in [
            ("3.1", "Cabinet notes the outcome of the Ofsted and CQC re-visit to the local area."),
            ("3.2", "Cabinet approves the Accelerated Progress Plan at Appendix A for submission to the Department "
                    "for Education and NHS England."),
            ("3.3", "Cabinet authorises the Director of Children's Services, in consultation with the Executive "
                    "Member for Education, Libraries and Early Years, to make any minor amendments to the plan "
                    "requested by the Department for Education before it is finalised.")]:
        d.res(label, text, "recommendation", style=NUM_PARA)
    d.h("4. Background")
    d.num("4.1", "Hertfordshire has more than 13,000 children and young people with an EHC plan, an increase of "
                 "around 60% since 2017. The High Needs Block deficit is forecast to reach £39m by March 2023.")
    d.date("March 2023", "2023-03")
    d.num("4.2", "The re-visit letter notes improvements since 2019: the early years SEND inclusion fund is well "
                 "used; the local offer has been redesigned with families; and colleges now receive information "
                 "about young people earlier. Parents told inspectors that communication had improved, but many "
                 "still find the EHC process slow and adversarial.")
    d.num("4.3", "Mrs Harriet Osei-Campbell, chair of Hertfordshire Parent Carer Involvement (HPCI), has been a member "
                 "of the APP drafting group, and HPCI's views are set out in section 6.")
    d.person("Harriet Osei-Campbell", "chair of Hertfordshire Parent Carer Involvement (HPCI)", "other")
    d.h("5. The Accelerated Progress Plan")
    d.num("5.1", "The APP (Appendix A) addresses each of the three areas of significant weakness in which progress "
                 "was insufficient, with actions, named leads, milestones and measures. It replaces the relevant "
                 "sections of the WSoA, and the remaining WSoA actions transfer to the SEND Strategy delivery plan.")
    d.num("5.2", "The DfE and NHS England will review progress at three-monthly intervals, beginning in January "
                 "2023, and the first review will be chaired by Ms Laurel Dempsey-Okafor, DfE SEND Adviser.")
    d.date("January 2023", "2023-01")
    d.event("monitoring", "2023-01", None,
            "The DfE and NHS England will review progress at three-monthly intervals, beginning in January 2023")
    d.person("Laurel Dempsey-Okafor", "DfE SEND Adviser", "officer")
    d.h("6. Consultation")
    d.num("6.1", "HPCI ran two online workshops for parents on 13 and 15 September 2022. Parents asked for clear "
                 "monthly reporting of EHC timeliness and a named contact for every family.")
    d.date("13 and 15 September 2022", "2022-09-13")
    d.date("15 September 2022", "2022-09-15")
    d.h("7. Financial Implications")
    d.num("7.1", "The additional staffing in the APP (£2.1m in a full year) is included in the Integrated Plan "
                 "proposals for 2023/24.")
    d.h("8. Equalities Implications")
    d.num("8.1", "An Equality Impact Assessment has been completed and is available from the author.")
    d.p("Background information: Ofsted/CQC re-visit letter, 26 August 2022; Written Statement of Action, June "
        "2020.", SMALL)
    d.date("June 2020", "2020-06")
    d.add(PageBreak())

    d.title("Appendix A")
    d.p("<b>Hertfordshire Local Area Accelerated Progress Plan (APP)</b>")
    d.ruled([["Version", "Status", "Date"], ["0.3", "Draft to HPCI and drafting group", "16/09/2022"],
             ["0.6", "SEND Executive Board", "04/10/2022"], ["1.0", "For Cabinet and submission", "10/10/2022"]],
            [2.5 * cm, 9 * cm, 4.7 * cm])
    d.date("16/09/2022", "2022-09-16")
    d.date("10/10/2022", "2022-10-10")
    d.p("Signed on behalf of the partnership by Jenna Whitlock-Brand, Director of Children's Services, and Dr "
        "Tomasz Kowalczyk-Reid, Director of Integrated Care, Hertfordshire and West Essex ICB.")
    d.person("Jenna Whitlock-Brand", "Director of Children's Services", "officer")
    d.person("Tomasz Kowalczyk-Reid", "Director of Integrated Care, Hertfordshire and West Essex ICB", "officer")
    for n, text, themes, acts in [
            (1, "The inconsistent quality and timeliness of EHC plans, and the weak contribution of health and "
                "social care to assessments.", ["ehc-plans"],
             [("1a", "Recruit 14 additional SEN officers and two team managers", "Head of SEN Operations",
               "Dec 2022"),
              ("1b", "Health advice returned within six weeks in 90% of cases", "Designated Clinical Officer",
               "Mar 2023"),
              ("1c", "Monthly multi-agency audit of new plans", "Principal Educational Psychologist", "Nov 2022")]),
            (2, "Children and young people wait too long for assessments of autism and ADHD and for therapy "
                "services, and families receive too little support while they wait.", ["health-services"],
             [("2a", "Single neurodiversity referral route across both community trusts", "ICB Head of "
               "Children's Commissioning", "Feb 2023"),
              ("2b", "Reduce 52-week-plus waits for autism assessment by half", "ICB Head of Children's "
               "Commissioning", "Jun 2023"),
              ("2c", "Pre- and post-diagnosis support offer published", "Designated Clinical Officer",
               "Jan 2023")]),
            (3, "Leaders' oversight of the progress and outcomes of children and young people with SEND, including "
                "those who are excluded or educated otherwise than in school, is not sharp enough.",
             ["data-oversight", "inclusion-provision"],
             [("3a", "SEND outcomes dashboard reported to the SEND Executive Board", "Head of Performance",
               "Dec 2022"),
              ("3b", "Tracking of every child with an EHC plan not in full-time education", "Head of Access and "
               "Inclusion", "Nov 2022"),
              ("3c", "Termly outcomes report to Cabinet Panel", "Assistant Director, ISL", "Apr 2023")])]:
        d.ruled([[f"Area of significant weakness {n}", text]], [4.3 * cm, 11.9 * cm], header_rows=0,
                shade=(0,))
        d.record_weak(text, themes)
        rows = [["Ref", "Action", "Lead", "Milestone"]] + [list(a) for a in acts]
        d.ruled(rows, [1.2 * cm, 8 * cm, 4.6 * cm, 2.4 * cm])
        d.space(8)
    for t, iso in [("Dec 2022", "2022-12"), ("Mar 2023", "2023-03"), ("Nov 2022", "2022-11"),
                   ("Feb 2023", "2023-02"), ("Jun 2023", "2023-06"), ("Jan 2023", "2023-01"), ("Apr 2023", "2023-04")]:
        if iso not in ("2023-03", "2023-01"):
            d.date(t, iso)
    d.h("Measures of success")
    d.ruled([["Measure", "Baseline (Aug 2022)", "Target Mar 2023", "Target Sep 2023"],
             ["New EHC plans issued in 20 weeks", "17%", "45%", "65%"],
             ["Health advice within six weeks", "38%", "75%", "90%"],
             ["Autism assessment waits over 52 weeks", "1,460", "1,100", "730"],
             ["EHC plan holders not in full-time education, tracked weekly", "62%", "100%", "100%"],
             ["Parents who say they were kept informed (HPCI survey)", "29%", "40%", "55%"]],
            [6.3 * cm, 3.3 * cm, 3.3 * cm, 3.3 * cm])
    d.date("Aug 2022", "2022-08")
    d.date("Sep 2023", "2023-09")
    d.h("Governance")
    d.p("The SEND Executive Board, co-chaired by the Director of Children's Services and the ICB's Director of "
        "Integrated Care, oversees the plan monthly. An APP delivery group meets fortnightly. Progress is reported "
        "to the Education, Libraries and Lifelong Learning Cabinet Panel each term and to the Health and "
        "Wellbeing Board twice a year.")
    d.h("Annex: district data")
    area_table(d, ["Broxbourne", "Dacorum", "East Herts", "Hertsmere", "North Herts", "St Albans", "Stevenage",
                   "Three Rivers", "Watford", "Welwyn Hatfield"], 8)
    d.space(8)
    need_table(d, 1)
    d.space(8)
    d.h("Annex: school-level indicators, children with SEND (anonymised)")
    school_table(d, 11, 34)
    return d


# ------------------------------------------------------------------------------------------------------------------
def derbyshire_cabinet() -> Doc:
    rel = ("derbyshire/round55-2024-07-25-cabinet/Area SEND Inspection - Statutory Direction and Priority Action "
           "Plan.pdf")
    d = Doc(rel, {"council": "Derbyshire County Council", "council_slug": "derbyshire", "committee": "Cabinet",
                  "meeting_date": "2024-07-25",
                  "title": "Area SEND Inspection - Statutory Direction and Priority Action Plan",
                  "source_kind": "moderngov-document",
                  "url": "https://democracy.derbyshire.gov.uk/documents/s26551/Area%20SEND%20Statutory%20Direction.pdf"},
            {"council": "Derbyshire County Council", "committee": "Cabinet", "date": "2024-07-25"},
            "PUBLIC", "", "", page_label="{n}")
    d.p("<b>FOR PUBLICATION</b>")
    d.title("DERBYSHIRE COUNTY COUNCIL")
    d.p("<b>CABINET</b>")
    d.p("<b>25 July 2024</b>")
    d.date("25 July 2024", "2024-07-25")
    d.p("<b>Report of the Executive Director - Children's Services</b>")
    d.p("<b>Area SEND Inspection: Statutory Direction and Priority Action Plan</b><br/>(Cabinet Member for "
        "Education)")
    d.h("1. Divisions Affected")
    d.num("1.1", "County-wide.")
    d.h("2. Key Decision")
    d.num("2.1", "This is not a Key Decision.")
    d.h("3. Purpose")
    d.num("3.1", "To inform Cabinet of the statutory direction issued to the Council by the Secretary of State for "
                 "Education, to report the submission of the Area SEND Priority Action Plan (PAP) and to seek "
                 "Cabinet's endorsement of the governance arrangements the direction requires.")
    d.h("4. Information and Analysis")
    d.num("4.1", "Ofsted and the Care Quality Commission carried out an area SEND inspection of the Derbyshire local "
                 "area partnership on 4 - 8 March 2024. The report was published on 26 April 2024. It concluded that "
                 "there are widespread and/or systemic failings leading to significant concerns about the "
                 "experiences and outcomes of children and young people with special educational needs and/or "
                 "disabilities, which the local area partnership must address urgently.")
    d.date("4 - 8 March 2024", "2024-03-04", "2024-03-08")
    d.date("26 April 2024", "2024-04-26")
    d.event("inspection", "2024-03-04", "2024-03-08",
            "Ofsted and the Care Quality Commission carried out an area SEND inspection of the Derbyshire local area "
            "partnership on 4 - 8 March 2024.")
    d.event("outcome-letter", "2024-04-26", None, "The report was published on 26 April 2024.")
    d.num("4.2", "The previous inspection, in November 2017, did not require a Written Statement of Action.")
    d.date("November 2017", "2017-11")
    d.event("inspection", "2017-11", None, "The previous inspection, in November 2017")
    d.num("4.3", "The report sets out three areas for priority action:")
    for text, themes in [
            ("Leaders across the partnership must urgently improve the timeliness of EHC needs assessments and "
             "the quality of the plans that result, so that children and young people receive the right support "
             "at the right time.", ["ehc-plans"]),
            ("Leaders must ensure that there is an accurate, shared understanding of the needs of children and "
             "young people with SEND across the partnership, and use it to plan and commission services jointly.",
             ["joint-commissioning", "data-oversight"]),
            ("Leaders must improve communication with families and the way in which their views inform the "
             "partnership's decisions, so that parents and carers have confidence in the support their children "
             "receive.", ["co-production"])]:
        d.weak(text, themes, marker="&bull;", style=BULLET)
    d.num("4.4", "It also sets out three areas for improvement:")
    for text, themes in [
            ("Leaders should reduce the waiting times for neurodevelopmental assessments and for speech and "
             "language therapy.", ["health-services"]),
            ("Leaders should strengthen the support for children and young people with SEND who are not in "
             "full-time education, including those on part-time timetables and those who are electively home "
             "educated.", ["inclusion-provision"]),
            ("Leaders should improve the planning for young people's move into adulthood, including access to "
             "post-16 provision close to home.", ["preparing-for-adulthood"])]:
        d.weak(text, themes, marker="&bull;", style=BULLET)
    d.num("4.5", "The PAP was submitted to Ofsted on 6 June 2024, within the 35 working days the framework allows. "
                 "It was developed with Derbyshire Parent Carer Voice, whose chair, Ms Philippa Renshaw-Oduya, "
                 "co-signed its foreword, and was endorsed by the Derby and Derbyshire Integrated Care Board on 30 "
                 "May 2024.")
    d.date("6 June 2024", "2024-06-06")
    d.date("30 May 2024", "2024-05-30")
    d.event("progress-plan", "2024-06-06", None, "The PAP was submitted to Ofsted on 6 June 2024")
    d.event("progress-plan", "2024-05-30", None,
            "was endorsed by the Derby and Derbyshire Integrated Care Board on 30 May 2024")
    d.person("Philippa Renshaw-Oduya", "chair, Derbyshire Parent Carer Voice", "other")
    d.num("4.6", "On 11 July 2024 the Department for Education issued the Council with a statutory direction under "
                 "section 497A(4B) of the Education Act 1996. The direction letter is at Appendix 2. It requires the "
                 "Council to establish a SEND Improvement and Assurance Board with an independent chair appointed "
                 "by the Department, to co-operate with the Department's adviser, and to report progress against "
                 "the PAP at six-monthly review meetings with the Department and NHS England, the first of which "
                 "will take place on 28 November 2024.")
    d.date("11 July 2024", "2024-07-11")
    d.date("28 November 2024", "2024-11-28")
    d.event("statutory-direction", "2024-07-11", None,
            "On 11 July 2024 the Department for Education issued the Council with a statutory direction")
    d.event("monitoring", "2024-11-28", None,
            "to report progress against the PAP at six-monthly review meetings with the Department and NHS England, "
            "the first of which will take place on 28 November 2024")
    d.num("4.7", "The Department has appointed Mr Graham Tollemache, a former director of children's services, as "
                 "the independent chair. The Board will meet for the first time on 12 September 2024.")
    d.person("Graham Tollemache", "independent chair, SEND Improvement and Assurance Board", "other")
    d.date("12 September 2024", "2024-09-12")
    d.num("4.8", "Progress since the inspection is summarised in the table below.")
    d.ruled([["Indicator", "Mar 2024", "Jun 2024", "Target Mar 2025"],
             ["EHC plans issued within 20 weeks", "7%", "14%", "40%"],
             ["Assessments open over 20 weeks", "1,246", "1,108", "400"],
             ["Neurodevelopmental referrals waiting over 18 months", "2,410", "2,290", "1,500"],
             ["Children with an EHC plan not in full-time education", "318", "301", "200"]],
            [8.2 * cm, 2.4 * cm, 2.4 * cm, 3.2 * cm])
    d.date("Mar 2024", "2024-03")
    d.date("Jun 2024", "2024-06")
    d.date("Mar 2025", "2025-03")
    d.h("5. Consultation")
    d.num("5.1", "None required for this report. The PAP was co-produced with families and partners.")
    d.h("6. Alternative Options Considered")
    d.num("6.1", "To take no action: rejected, as the Council must comply with the direction.")
    d.h("7. Implications")
    d.num("7.1", "Appendix 1 sets out the relevant implications.")
    d.h("8. Background Papers")
    d.num("8.1", "Area SEND inspection of Derbyshire Local Area Partnership, Ofsted and CQC, April 2024.")
    d.date("April 2024", "2024-04")
    d.h("9. Appendices")
    d.num("9.1", "Appendix 1 - Implications. Appendix 2 - Statutory direction letter. Appendix 3 - PAP summary.")
    d.h("10. Recommendation(s)")
    d.p("That Cabinet:")
    for label, text in [
            ("a)", "Notes the outcome of the area SEND inspection and the submission of the Priority Action Plan "
                   "on 6 June 2024."),
            ("b)", "Notes the statutory direction issued on 11 July 2024 and the Council's duty to comply with it."),
            ("c)", "Endorses the establishment of the SEND Improvement and Assurance Board under the independent "
                   "chair appointed by the Department for Education."),
            ("d)", "Requests six-monthly progress reports, the first to be presented to Cabinet in January 2025.")]:
        d.res(label, text, "recommendation")
    d.date("January 2025", "2025-01")
    d.h("11. Reasons for Recommendation(s)")
    d.num("11.1", "To ensure that Cabinet is sighted on the Council's statutory obligations and on the progress of "
                  "the partnership's improvement work.")
    d.p("<b>Report Author:</b> Lucinda Garside-Mbeki &nbsp; <b>Contact details:</b> "
        "lucinda.garside-mbeki@derbyshire.gov.uk")
    d.person("Lucinda Garside-Mbeki", None, "officer", "lucinda.garside-mbeki@derbyshire.gov.uk")
    d.add(PageBreak())
    d.h("Appendix 1 - Implications")
    d.p("<b>Legal</b> - The Council must comply with a direction given under section 497A(4B); failure may lead "
        "to further intervention. <b>Financial</b> - The independent chair's costs are met by the Department; "
        "additional assessment capacity of £1.3m is met from the high needs block. <b>Human Resources</b> - none. "
        "<b>Equalities Impact</b> - the PAP is intended to improve outcomes for a group with a protected "
        "characteristic. <b>Corporate objectives</b> - Resilient, Healthy and Safe Communities.")
    d.h("Appendix 2 - Statutory direction letter")
    d.p("Department for Education<br/>Sanctuary Buildings<br/>Great Smith Street<br/>London SW1P 3BT", LETTER)
    d.p("Joanne Frickley-Haworth<br/>Chief Executive<br/>Derbyshire County Council<br/>County Hall<br/>Matlock "
        "DE4 3AG", LETTER)
    d.person("Joanne Frickley-Haworth", "Chief Executive", "officer")
    d.p("11 July 2024", LETTER)
    d.p("Dear Ms Frickley-Haworth,", LETTER)
    d.p("<b>Direction under section 497A(4B) of the Education Act 1996 - special educational needs and "
        "disabilities</b>", LETTER)
    d.p("I am writing following the publication of the area SEND inspection report on the Derbyshire local area "
        "partnership, which found widespread and/or systemic failings. Having considered the report, the "
        "Priority Action Plan and the advice of my officials, I am satisfied that it is expedient to give the "
        "Council a direction in relation to its SEND functions.", LETTER)
    d.p("The direction, enclosed with this letter, requires the Council to:", LETTER)
    for item in ["establish and maintain a SEND Improvement and Assurance Board, with an independent chair "
                 "appointed by the Department;",
                 "co-operate with the Department's SEND adviser and provide the information they reasonably "
                 "require;",
                 "deliver the Priority Action Plan and report progress to the Department and NHS England at "
                 "review meetings held at least every six months; and",
                 "take any other action the Secretary of State reasonably considers necessary to secure "
                 "improvement."]:
        d.p(f"- {item}", LETTER_BULLET)
    d.p("The direction will remain in force until I am satisfied that sufficient improvement has been made. I am "
        "copying this letter to the Leader of the Council, Councillor Alasdair Penrose-Whitby, to the Chief "
        "Executive of NHS Derby and Derbyshire Integrated Care Board, and to His Majesty's Chief Inspector.",
        LETTER)
    d.person("Alasdair Penrose-Whitby", "Leader of the Council", "member")
    d.p("Yours sincerely,", LETTER)
    d.p("Eleanor Staveley-Quinn<br/>Director, SEND and Alternative Provision Intervention", LETTER)
    d.person("Eleanor Staveley-Quinn", "Director, SEND and Alternative Provision Intervention", "officer")
    d.add(PageBreak())
    d.h("Appendix 3 - Priority Action Plan summary")
    rows = [["Priority", "Key actions", "Lead", "By"]]
    for r in [("1. Assessment and plans", "Clear the backlog of assessments open over 20 weeks; quality "
               "assurance framework for new plans", "Director of Education", "Mar 2025"),
              ("1. Assessment and plans", "Health advice within six weeks through a single ICB request route",
               "Designated Clinical Officer", "Dec 2024"),
              ("2. Understanding need and joint commissioning", "Joint strategic needs assessment for SEND; "
               "joint commissioning strategy", "Assistant Director, Commissioning", "Jan 2025"),
              ("2. Understanding need and joint commissioning", "Sufficiency plan for specialist places",
               "Head of SEND Strategy", "Oct 2024"),
              ("3. Communication with families", "Family charter and named contact for every family in "
               "assessment", "Head of SEND Assessment", "Nov 2024"),
              ("3. Communication with families", "Quarterly 'you said, we did' report co-produced with "
               "Derbyshire Parent Carer Voice", "Participation Manager", "Sep 2024")]:
        rows.append(list(r))
    d.ruled(rows, [4.2 * cm, 6.8 * cm, 3.3 * cm, 1.9 * cm])
    for t, iso in [("Dec 2024", "2024-12"), ("Oct 2024", "2024-10"), ("Nov 2024", "2024-11"),
                   ("Sep 2024", "2024-09")]:
        d.date(t, iso)
    d.space(8)
    d.h("Appendix 3 (continued) - district data")
    area_table(d, ["Amber Valley", "Bolsover", "Chesterfield", "Derbyshire Dales", "Erewash", "High Peak",
                   "North East Derbyshire", "South Derbyshire"], 5)
    d.space(8)
    need_table(d, 7)
    return d


# ------------------------------------------------------------------------------------------------------------------
def kingston_wsoa() -> Doc:
    rel = ("kingston-upon-thames/round55-2019-07-09-childrens-and-adults-care-and-education-committee/"
           "Annex 1 - Kingston Local Area Written Statement of Action.pdf")
    d = Doc(rel, {"council": "Royal Borough of Kingston upon Thames", "council_slug": "kingston-upon-thames",
                  "committee": "Children's and Adults' Care and Education Committee", "meeting_date": "2019-07-09",
                  "title": "Annex 1 - Kingston Local Area Written Statement of Action",
                  "source_kind": "moderngov-document",
                  "url": "https://moderngov.kingston.gov.uk/documents/s92211/Annex%201%20-%20Written%20Statement%20of%20Action.pdf"},
            {"council": "Royal Borough of Kingston upon Thames",
             "committee": "Children's and Adults' Care and Education Committee", "date": "2019-07-09"},
            "Kingston Local Area - Written Statement of Action", "Version 0.7 (draft)",
            "Royal Borough of Kingston upon Thames | Achieving for Children | NHS Kingston CCG",
            page_label="{n}")
    d.title("Kingston Local Area<br/>Written Statement of Action")
    d.p("Special educational needs and disabilities (SEND) - our joint response to the Ofsted and Care Quality "
        "Commission inspection of March 2019")
    d.date("March 2019", "2019-03")
    d.ruled([["Document control", ""],
             ["Owner", "Kingston SEND Partnership Board"],
             ["Authors", "Rhiannon Ashdown-Pryce, Associate Director for SEND, Achieving for Children; Dr Felix "
                         "Mwangi-Howard, Designated Clinical Officer, NHS Kingston Clinical Commissioning Group"],
             ["Version 0.4 (20 June 2019)", "Draft to SEND Partnership Board"],
             ["Version 0.7 (28 June 2019)", "Draft for the Children's and Adults' Care and Education Committee, "
                                            "9 July 2019"],
             ["Submission", "To Ofsted and the CQC by 21 August 2019"]], [4.6 * cm, 11.6 * cm], header_rows=1)
    d.person("Rhiannon Ashdown-Pryce", "Associate Director for SEND, Achieving for Children", "officer")
    d.person("Felix Mwangi-Howard", "Designated Clinical Officer, NHS Kingston Clinical Commissioning Group",
             "officer")
    d.date("20 June 2019", "2019-06-20")
    d.date("28 June 2019", "2019-06-28")
    d.date("9 July 2019", "2019-07-09")
    d.date("21 August 2019", "2019-08-21")
    d.event("wsoa-submitted", "2019-08-21", None, "To Ofsted and the CQC by 21 August 2019")
    d.h("Foreword")
    d.p("We are sorry that too many children and young people with SEND in Kingston, and their families, have not "
        "had the experience they should. The inspection confirmed much of what families have been telling us. "
        "This statement sets out what we will do, by when, and how we will know that it has made a difference. "
        "It was written with families, and families will help us check that it is delivered.")
    d.ruled([["Councillor Nadine Ferreira-Holt<br/>Lead Member for Children's Services",
              "Ian Dobrowolski<br/>Director of Children's Services, Achieving for Children",
              "Sarah Kinnersley<br/>Managing Director, NHS Kingston CCG"]],
            [5.4 * cm, 5.4 * cm, 5.4 * cm], header_rows=0)
    d.person("Nadine Ferreira-Holt", "Lead Member for Children's Services", "member")
    d.person("Ian Dobrowolski", "Director of Children's Services, Achieving for Children", "officer")
    d.person("Sarah Kinnersley", "Managing Director, NHS Kingston CCG", "officer")
    d.h("1. Introduction")
    d.num("1.1", "Between 11 March 2019 and 15 March 2019, Ofsted and the CQC conducted a joint inspection of the "
                 "local area of Kingston upon Thames to judge the effectiveness of the area in implementing the "
                 "disability and special educational needs reforms set out in the Children and Families Act 2014.")
    d.date("Between 11 March 2019 and 15 March 2019", "2019-03-11", "2019-03-15")
    d.event("inspection", "2019-03-11", "2019-03-15",
            "Between 11 March 2019 and 15 March 2019, Ofsted and the CQC conducted a joint inspection of the local "
            "area of Kingston upon Thames")
    d.num("1.2", "The inspection outcome letter, published on 14 May 2019, determined that a Written Statement of "
                 "Action (WSoA) was required because of significant areas of weakness in the local area's "
                 "practice. The local authority and the clinical commissioning group are jointly responsible for "
                 "submitting this statement.")
    d.date("14 May 2019", "2019-05-14")
    d.event("outcome-letter", "2019-05-14", None, "The inspection outcome letter, published on 14 May 2019")
    d.num("1.3", "The letter identified four areas of significant weakness in the local area's practice. They "
                 "were:")
    weak = [("the lack of a clear, shared strategy across education, health and social care, and the absence of "
             "an accurate evaluation of the area's effectiveness", ["leadership-governance"]),
            ("the poor quality of EHC plans and the lack of oversight of their quality by leaders",
             ["ehc-plans", "data-oversight"]),
            ("the weak joint commissioning arrangements, including the long waiting times for the children's "
             "speech and language therapy service", ["joint-commissioning", "health-services"]),
            ("the inconsistent engagement with parents and carers, many of whom lack confidence in the support "
             "their children receive", ["co-production"])]
    for i, (text, themes) in enumerate(weak, 1):
        d.weak(text, themes, marker=f"{'abcd'[i - 1]})", style=SUB)
    d.num("1.4", "Inspectors also found strengths, which we will build on: early identification of needs in the "
                 "early years; the high-quality specialist provision in the borough's special schools; and the "
                 "well-regarded short breaks offer.")
    d.h("2. How we will be held to account")
    d.num("2.1", "The Kingston SEND Partnership Board, chaired by the Director of Children's Services, will oversee "
                 "delivery monthly. Kingston SEND Family Voice sits on the Board; its chair, Mrs Anjali "
                 "Thornbury-Grant, will co-chair a new WSoA Families' Reference Group.")
    d.person("Anjali Thornbury-Grant", "chair, Kingston SEND Family Voice", "other")
    d.num("2.2", "The Department for Education and NHS England will monitor progress. We expect the first "
                 "monitoring meeting to take place in January 2020, and six-monthly thereafter until the "
                 "re-visit.")
    d.date("January 2020", "2020-01")
    d.event("monitoring", "2020-01", None,
            "We expect the first monitoring meeting to take place in January 2020")
    d.num("2.3", "Progress will be reported to the Children's and Adults' Care and Education Committee each term "
                 "and to the Health and Wellbeing Board twice a year, the first report in November 2019.")
    d.date("November 2019", "2019-11")
    d.h("3. Our actions")
    plan = [
        ("Priority 1: Strategy and self-evaluation", [
            ("1.1", "Co-produce a SEND Strategy 2019-2022 with families and partners", "Associate Director for "
             "SEND", "Oct 2019", "Strategy published; families' survey shows awareness"),
            ("1.2", "Joint self-evaluation refreshed every six months", "Head of Quality Assurance, AfC",
             "Dec 2019", "SEF agreed by Partnership Board"),
            ("1.3", "SEND performance dashboard shared across partners", "Head of Performance", "Sep 2019",
             "Dashboard reviewed at each Board")]),
        ("Priority 2: Quality of EHC plans", [
            ("2.1", "Multi-agency quality assurance framework and monthly audit", "Principal Educational "
             "Psychologist", "Sep 2019", "70% of audited plans good by Jul 2020"),
            ("2.2", "Training for SEN case officers and health and care report writers", "SEN Service Manager",
             "Nov 2019", "All officers trained"),
            ("2.3", "Review of all plans at Year 9 against the new standard", "SEN Service Manager", "Mar 2020",
             "Reviews complete")]),
        ("Priority 3: Joint commissioning and therapy", [
            ("3.1", "Joint commissioning board for children with SEND", "Director of Commissioning, CCG",
             "Aug 2019", "Board in place"),
            ("3.2", "Recommission speech and language therapy with additional capacity", "Designated Clinical "
             "Officer", "Apr 2020", "Median wait under 18 weeks"),
            ("3.3", "Joint sufficiency assessment of specialist places", "Head of Commissioning, AfC", "Jan 2020",
             "Assessment agreed")]),
        ("Priority 4: Working with families", [
            ("4.1", "Co-production charter agreed with Family Voice", "Participation Lead", "Sep 2019",
             "Charter signed"),
            ("4.2", "Termly 'you said, we did' and family forums in each locality", "Participation Lead",
             "Oct 2019", "Four forums held"),
            ("4.3", "Named contact for every family going through assessment", "SEN Service Manager", "Jan 2020",
             "Parent confidence up by 15 points")])]
    for heading, acts in plan:
        d.p(f"<b>{heading}</b>")
        rows = [["No.", "Action", "Lead", "By when", "Success measure"]] + [list(a) for a in acts]
        d.ruled(rows, [1 * cm, 5.6 * cm, 3.6 * cm, 1.9 * cm, 4.1 * cm])
        d.space(6)
    for t, iso in [("Oct 2019", "2019-10"), ("Dec 2019", "2019-12"), ("Sep 2019", "2019-09"),
                   ("Jul 2020", "2020-07"), ("Nov 2019", "2019-11"), ("Mar 2020", "2020-03"), ("Aug 2019", "2019-08"),
                   ("Apr 2020", "2020-04"), ("Jan 2020", "2020-01")]:
        if iso not in ("2019-11", "2020-01"):
            d.date(t, iso)
    d.h("4. How we will measure impact")
    d.ruled([["Measure", "Baseline (Mar 2019)", "Target (Mar 2020)", "Target (Mar 2021)"],
             ["EHC plans issued within 20 weeks", "51%", "70%", "85%"],
             ["Audited plans rated good or better", "22%", "50%", "75%"],
             ["Median wait for speech and language therapy (weeks)", "31", "18", "12"],
             ["Parents confident in the support (Family Voice survey)", "34%", "45%", "60%"],
             ["Partners attending Partnership Board (%)", "64", "90", "90"]],
            [6.1 * cm, 3.4 * cm, 3.3 * cm, 3.4 * cm])
    d.date("Mar 2021", "2021-03")
    d.h("5. Risks")
    d.ruled([["Risk", "Mitigation", "Owner"],
             ["Recruitment of therapists", "Joint workforce plan with neighbouring CCGs", "CCG"],
             ["Rising demand for assessment", "Additional case officer capacity funded from high needs block",
              "AfC"],
             ["Families' confidence slow to improve", "Families' Reference Group reviews each action", "Board"]],
            [5 * cm, 8 * cm, 3.2 * cm])
    d.h("Annex: local area profile")
    area_table(d, ["Kingston Town", "Surbiton", "New Malden", "Chessington", "Tolworth", "Norbiton", "Coombe",
                   "Berrylands", "Old Malden", "Hook"], 4)
    d.space(8)
    need_table(d, 10)
    d.space(8)
    d.h("Annex: inclusion indicators by school (anonymised)")
    school_table(d, 17, 28)
    d.p("Glossary: AfC - Achieving for Children; CCG - clinical commissioning group; EHC - education, health and "
        "care; SEF - self-evaluation framework; WSoA - Written Statement of Action.", SMALL)
    return d


DOCUMENTS = [barking_hwb, bcp_board_minutes, bromley_pds, hertfordshire_cabinet, derbyshire_cabinet, kingston_wsoa]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
