"""Write the long printed documents of the held-out round 57 (reportlab), and their gold.

Round 57 is a blind batch of LONG PDFs (5 to 8 pages), written with their gold before any extractor ran on them:
an Ofsted/CQC re-visit letter as a scrutiny appendix behind a short cover sheet (Hounslow, 2016 framework); a
priority action plan document appended to a scrutiny report (Blackpool, 2023 framework); a Cabinet report on a
statutory direction with appendices (Birmingham, 2016 framework); printed minutes of a policy development and
scrutiny panel (Bath and North East Somerset, 2023 framework); a progress report with a tracker table (Barnet, 2023
framework); and a WSoA highlight report to an overview and scrutiny panel (Bracknell Forest, 2016 framework).
Invented text, fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round57_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("57", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
MINUTE, NUM_PARA, LETTER, LETTER_BOLD, LETTER_BULLET = S.minute, S.num_para, S.letter, S.letter_bold, S.letter_bullet


class Doc(LongDoc):
    """A round 57 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#DCE6F1", "#EEF3F8", "#F2F2F2")


NEEDS = ["Autistic spectrum disorder", "Speech, language and communication needs", "Social, emotional and mental "
         "health", "Moderate learning difficulty", "Severe learning difficulty", "Profound and multiple learning "
         "difficulty", "Specific learning difficulty", "Physical disability", "Hearing impairment",
         "Visual impairment", "Other difficulty or disability"]
SCHOOLS = ["Alder", "Brookside", "Cedars", "Downland", "Elmhurst", "Fernlea", "Gorse Hill", "Harefield", "Ivydene",
           "Jubilee", "Kingsmead", "Laburnum", "Meadowbank", "Northgate", "Orchard", "Parkside", "Queensway",
           "Riverside", "Southfields", "Thornbury", "Upland", "Victoria", "Westfield", "Woodlands"]


def need_table(d: Doc, seed: int):
    rows = [["Primary need", "EHC plans", "Share %", "SEN support", "Share %"]]
    for i, need in enumerate(NEEDS):
        a, b = 25 + (i * 181 + seed * 13) % 700, 50 + (i * 241 + seed * 7) % 1400
        rows.append([need, str(a), f"{(a % 27) + 1}.{i}", str(b), f"{(b % 23) + 1}.{(i * 3) % 10}"])
    d.ruled(rows, [6.6 * cm, 2.3 * cm, 2 * cm, 2.6 * cm, 2.5 * cm])


def school_table(d: Doc, seed: int, rows_n: int = 24):
    rows = [["School", "Phase", "On roll", "SEN support %", "EHC plan %", "Suspensions", "Part-time timetables"]]
    for i in range(rows_n):
        rows.append([f"{SCHOOLS[(i + seed) % len(SCHOOLS)]} {'Primary' if i % 3 else 'Academy'}",
                     "Primary" if i % 3 else "Secondary", str(180 + (i * 97 + seed * 43) % 1200),
                     f"{9 + (i * 7 + seed) % 11}.{(i * 3) % 10}", f"{1 + (i * 5 + seed) % 5}.{(i * 7) % 10}",
                     str((i * 13 + seed) % 19), str((i * 7 + seed) % 6)])
    d.ruled(rows, [4.2 * cm, 1.9 * cm, 1.6 * cm, 2 * cm, 1.9 * cm, 2.2 * cm, 2.4 * cm])


def area_table(d: Doc, names: list[str], seed: int):
    rows = [["Area", "Children with EHC plan", "SEN support", "New requests (year)", "Issued in 20 weeks %",
             "Mainstream %"]]
    for i, name in enumerate(names):
        rows.append([name, str(110 + (i * 59 + seed * 19) % 420), str(380 + (i * 127 + seed) % 880),
                     str(18 + (i * 31 + seed) % 85), f"{28 + (i * 11 + seed) % 62}", f"{36 + (i * 7 + seed) % 41}"])
    d.ruled(rows, [3.8 * cm, 2.4 * cm, 2.2 * cm, 2.6 * cm, 2.6 * cm, 2.4 * cm])


# ------------------------------------------------------------------------------------------------------------------
def hounslow_revisit_letter() -> Doc:
    rel = ("hounslow/round57-2024-02-27-overview-and-scrutiny-committee/Appendix A - Ofsted and CQC revisit "
           "letter.pdf")
    d = Doc(rel, {"council": "London Borough of Hounslow", "council_slug": "hounslow",
                  "committee": "Overview and Scrutiny Committee", "meeting_date": "2024-02-27",
                  "title": "Appendix A - Ofsted and CQC revisit letter", "source_kind": "moderngov-document",
                  "url": "https://democraticservices.hounslow.gov.uk/documents/s188412/Appendix%20A%20-%20Revisit%20letter.pdf"},
            {"council": "London Borough of Hounslow", "committee": "Overview and Scrutiny Committee",
             "date": "2024-02-27"},
            "London Borough of Hounslow", "Overview and Scrutiny Committee", "27 February 2024",
            page_label="{n}")
    d.date("27 February 2024", "2024-02-27")
    d.title("Overview and Scrutiny Committee")
    d.p("<b>Report title:</b> Local Area SEND Revisit - outcome and next steps")
    d.p("<b>Report author:</b> Priya Varsani-Holt, Assistant Director, SEND and Inclusion "
        "(priya.varsani-holt@hounslow.gov.uk, 020 8583 4471)")
    d.p("<b>Lead Member:</b> Councillor Gurpal Dhesi, Cabinet Member for Education, Children and Youth")
    d.p("<b>Date of meeting:</b> Tuesday 27 February 2024")
    d.person("Priya Varsani-Holt", "Assistant Director, SEND and Inclusion", "officer",
             "priya.varsani-holt@hounslow.gov.uk", "020 8583 4471")
    d.person("Gurpal Dhesi", "Cabinet Member for Education, Children and Youth", "member")
    d.h("1. Purpose of this paper")
    d.num("1.1", "This cover sheet introduces the letter from Ofsted and the Care Quality Commission following their "
                 "revisit to the Hounslow local area, which is reproduced in full at Appendix A. The letter was "
                 "published on the Ofsted website on 12 January 2024.")
    d.date("12 January 2024", "2024-01-12")
    d.event("revisit-outcome", "2024-01-12", None,
            "The letter was published on the Ofsted website on 12 January 2024.")
    d.num("1.2", "Members will recall the update given to the Committee on 7 November 2023, a week before the "
                 "inspectors arrived. The Children's Services improvement dashboard for Quarter 3 is on the "
                 "agenda as a separate item.")
    d.date("7 November 2023", "2023-11-07")
    d.h("2. Recommendation")
    d.p("The Committee is asked to consider the letter at Appendix A and the partnership's proposed response, and "
        "to make any comments or recommendations to Cabinet ahead of the submission of the Accelerated Progress "
        "Plan on 23 February 2024.")
    d.record_res(None, "The Committee is asked to consider the letter at Appendix A and the partnership's proposed "
                       "response, and to make any comments or recommendations to Cabinet ahead of the submission "
                       "of the Accelerated Progress Plan on 23 February 2024.", "recommendation")
    d.date("23 February 2024", "2024-02-23")
    d.event("progress-plan", "2024-02-23", None,
            "the submission of the Accelerated Progress Plan on 23 February 2024")
    d.h("3. Summary of the proposed response")
    d.num("3.1", "The partnership has drafted an Accelerated Progress Plan (APP) covering the two areas where "
                 "inspectors did not find sufficient progress. It was considered by the SEND Partnership Board on "
                 "6 February 2024 and by the North West London Integrated Care Board's Hounslow borough committee "
                 "on 13 February 2024. The Department for Education and NHS England will review progress against "
                 "it, the first review being pencilled in for June 2024.")
    d.date("6 February 2024", "2024-02-06")
    d.date("13 February 2024", "2024-02-13")
    d.date("June 2024", "2024-06")
    d.event("monitoring", "2024-06", None,
            "The Department for Education and NHS England will review progress against it, the first review "
            "being pencilled in for June 2024.")
    d.num("3.2", "Contact for enquiries: Tomasz Wilczek, Democratic Services Officer, 020 8583 2065.")
    d.person("Tomasz Wilczek", "Democratic Services Officer", "officer", None, "020 8583 2065")
    d.add(PageBreak())
    # ---- the letter ----
    d.p("<b>Appendix A</b>", LETTER)
    d.p("Ofsted<br/>Piccadilly Gate<br/>Store Street<br/>Manchester<br/>M1 2WD", LETTER)
    d.p("T 0300 123 1231<br/>www.gov.uk/ofsted", LETTER)
    d.p("10 January 2024", LETTER)
    d.date("10 January 2024", "2024-01-10")
    d.p("Ms Eleanor Castellano<br/>Executive Director of Children's Services<br/>London Borough of Hounslow<br/>"
        "Hounslow House<br/>7 Bath Road<br/>Hounslow TW3 3EB", LETTER)
    d.p("Ms Ruth Adebayo-Kline, Executive Managing Director, Hounslow Borough, NHS North West London Integrated "
        "Care Board<br/>Mr Kevin Sandhu, Local Area Nominated Officer", LETTER)
    d.person("Eleanor Castellano", "Executive Director of Children's Services", "officer")
    d.person("Ruth Adebayo-Kline", "Executive Managing Director, Hounslow Borough, NHS North West London "
                                   "Integrated Care Board", "officer")
    d.person("Kevin Sandhu", "Local Area Nominated Officer", "officer")
    d.p("Dear Ms Castellano and Ms Adebayo-Kline", LETTER)
    d.p("<b>Joint area SEND revisit in Hounslow</b>", LETTER_BOLD)
    d.p("Between 13 November 2023 and 15 November 2023, Ofsted and the Care Quality Commission (CQC) revisited the "
        "area of Hounslow to decide whether sufficient progress has been made in addressing each of the areas of "
        "significant weakness detailed in the inspection report letter published on 21 May 2019.", LETTER)
    d.date("Between 13 November 2023 and 15 November 2023", "2023-11-13", "2023-11-15")
    d.date("21 May 2019", "2019-05-21")
    d.event("revisit", "2023-11-13", "2023-11-15",
            "Between 13 November 2023 and 15 November 2023, Ofsted and the Care Quality Commission (CQC) revisited "
            "the area of Hounslow")
    d.event("outcome-letter", "2019-05-21", None, "the inspection report letter published on 21 May 2019")
    d.p("As a result of the findings of the initial inspection and in accordance with the Children Act 2004 "
        "(Joint Area Reviews) Regulations 2015, Her Majesty's Chief Inspector (HMCI) determined that a Written "
        "Statement of Action (WSoA) was required because of significant areas of weakness in the area's practice. "
        "HMCI determined that the local authority and the area's clinical commissioning group (CCG) were jointly "
        "responsible for submitting the written statement to Ofsted. This was declared fit for purpose on "
        "9 September 2019.", LETTER)
    d.date("9 September 2019", "2019-09-09")
    d.event("wsoa-approved", "2019-09-09", None, "This was declared fit for purpose on 9 September 2019.")
    d.p("The area has made sufficient progress in addressing three of the five significant weaknesses identified at "
        "the initial inspection. This letter outlines our findings from the revisit.", LETTER)
    d.p("The revisit was led by one of His Majesty's Inspectors from Ofsted, with a team of inspectors including an "
        "Ofsted Inspector and a children's services inspector from the CQC. Inspectors spoke with children and "
        "young people with special educational needs and/or disabilities (SEND), parents and carers, and local "
        "authority and National Health Service (NHS) officers. They looked at a range of information about the "
        "performance of the area, including the area's self-evaluation, and met leaders from the area for health, "
        "social care and education. Inspectors reviewed performance data and evidence about the local offer and "
        "joint commissioning.", LETTER)
    d.p("As part of the revisit, inspectors considered the area's progress since the inspection of 4 to 8 March "
        "2019, when the following significant weaknesses were identified:", LETTER)
    d.date("4 to 8 March 2019", "2019-03-04", "2019-03-08")
    d.event("inspection", "2019-03-04", "2019-03-08", "the inspection of 4 to 8 March 2019")
    for text, themes in [
            ("the absence of a shared strategy, owned by leaders across education, health and care, for improving "
             "outcomes for children and young people with SEND", ["leadership-governance"]),
            ("weak joint commissioning arrangements, which mean that leaders do not have a clear view of need or "
             "of the gaps in provision", ["joint-commissioning"]),
            ("the poor quality of EHC plans and the lack of timely contributions to them from health and social "
             "care professionals", ["ehc-plans"]),
            ("long waiting times for assessment of autism spectrum disorder and for speech and language therapy",
             ["health-services"]),
            ("the lack of engagement with parents and carers, and the low confidence that many have in the area's "
             "arrangements", ["co-production"])]:
        d.weak(text, themes, marker="&bull;", style=LETTER_BULLET)
    d.p("<b>Findings</b>", LETTER_BOLD)
    d.p("<b>Leaders' shared strategy</b>", LETTER_BOLD)
    d.p("Leaders have made sufficient progress in addressing this significant weakness. Since 2021, a refreshed "
        "SEND and Inclusion Strategy has been agreed by all partners. Leaders share a realistic understanding of "
        "what is working and what is not. The SEND Partnership Board, chaired since April 2022 by the Executive "
        "Director of Children's Services, holds partners to account more effectively than before.", LETTER)
    d.date("April 2022", "2022-04")
    d.p("<b>Joint commissioning</b>", LETTER_BOLD)
    d.p("The area has not made sufficient progress in addressing this significant weakness. Although a joint "
        "commissioning framework was signed in October 2022, leaders do not yet use information about need to "
        "plan services together. Gaps remain in the commissioning of therapies for young people aged 19 to 25 and "
        "in short-break provision for children with complex needs. Parents told inspectors that the services "
        "available depend too much on where they live and which school their child attends.", LETTER)
    d.date("October 2022", "2022-10")
    d.p("<b>The quality of EHC plans</b>", LETTER_BOLD)
    d.p("Leaders have made sufficient progress. Plans are now written with families, and the proportion issued "
        "within 20 weeks has risen from a low point in the summer of 2020. Health advice is returned on time in "
        "most cases. Leaders' audits show that social care contributions are improving, although this work is at "
        "an early stage.", LETTER)
    d.p("<b>Waiting times for assessment and therapy</b>", LETTER_BOLD)
    d.p("The area has not made sufficient progress. Children wait too long for an autism assessment: at the time "
        "of the revisit the median wait was 71 weeks. Waiting lists for speech and language therapy have grown. "
        "Leaders have put in place support while families wait, but many parents are unaware of it.", LETTER)
    d.p("<b>Engagement with parents and carers</b>", LETTER_BOLD)
    d.p("Leaders have made sufficient progress. The Hounslow Parent Carer Forum is involved in planning at every "
        "level. Co-produced communication, including a monthly newsletter, has helped to rebuild trust, although "
        "some parents remain sceptical.", LETTER)
    d.p("<b>Next steps</b>", LETTER_BOLD)
    d.p("The area has made sufficient progress in addressing three of the significant weaknesses. The area has not "
        "made sufficient progress in addressing two significant weaknesses. As a result, the Department for "
        "Education and NHS England will determine the next steps. This may include a formal review meeting.",
        LETTER)
    d.p("Yours sincerely", LETTER)
    d.ruled([["Ofsted", "Care Quality Commission"],
             ["Bridget Ashworth-Lowe<br/>Regional Director", "Victor Omondi<br/>Deputy Director, Multi-agency "
                                                             "Operations"],
             ["Lorna Pettigrew<br/>HMI Lead Inspector", "Samira Qadri<br/>CQC Children's Services Inspector"],
             ["Neil Rutherford<br/>Ofsted Inspector", ""]], [8.1 * cm, 8.1 * cm])
    d.person("Bridget Ashworth-Lowe", "Regional Director", "other")
    d.person("Victor Omondi", "Deputy Director, Multi-agency Operations", "other")
    d.person("Lorna Pettigrew", "HMI Lead Inspector", "other")
    d.person("Samira Qadri", "CQC Children's Services Inspector", "other")
    d.person("Neil Rutherford", "Ofsted Inspector", "other")
    d.p("cc: Department for Education; Department of Health and Social Care; NHS England", LETTER)
    d.add(PageBreak())
    d.h("Appendix B: Hounslow SEND data summary")
    d.p("Figures as at 31 December 2023 unless stated. Ward-level figures are rounded to the nearest five.")
    d.date("31 December 2023", "2023-12-31")
    d.ruled([["Measure", "Dec 2022", "Jun 2023", "Dec 2023", "London"],
             ["EHC plans issued within 20 weeks (%)", "41", "52", "63", "48"],
             ["Median wait for autism assessment (weeks)", "58", "66", "71", "-"],
             ["Children waiting for SLT assessment", "612", "688", "734", "-"],
             ["Annual reviews completed on time (%)", "37", "45", "54", "-"],
             ["Parents rating communication good (%)", "29", "38", "44", "-"]],
            [6.6 * cm, 2.3 * cm, 2.3 * cm, 2.3 * cm, 2.3 * cm])
    d.date("Dec 2022", "2022-12")
    d.date("Jun 2023", "2023-06")
    d.date("Dec 2023", "2023-12")
    d.space(8)
    area_table(d, ["Bedfont", "Brentford East", "Brentford West", "Chiswick Gunnersbury", "Chiswick Homefields",
                   "Cranford", "Feltham North", "Feltham West", "Hanworth Park", "Heston Central", "Hounslow Central",
                   "Hounslow Heath", "Isleworth", "Osterley and Spring Grove", "Syon and Brentford Lock"], 3)
    d.space(8)
    need_table(d, 5)
    d.space(8)
    school_table(d, 2, 24)
    return d



# ------------------------------------------------------------------------------------------------------------------
def blackpool_pap() -> Doc:
    rel = ("blackpool/round57-2025-02-13-children-and-young-peoples-scrutiny-committee/SEND Priority Action Plan "
           "report and Appendix 6a.pdf")
    d = Doc(rel, {"council": "Blackpool Council", "council_slug": "blackpool",
                  "committee": "Children and Young People's Scrutiny Committee", "meeting_date": "2025-02-13",
                  "title": "SEND Priority Action Plan", "source_kind": "moderngov-document",
                  "url": "https://democracy.blackpool.gov.uk/documents/s92217/SEND%20Priority%20Action%20Plan.pdf"},
            {"council": "Blackpool Council", "committee": "Children and Young People's Scrutiny Committee",
             "date": "2025-02-13"},
            "", "", "", page_label="{n}")
    d.ruled([["Report to:", "CHILDREN AND YOUNG PEOPLE'S SCRUTINY COMMITTEE"],
             ["Relevant Officer:", "Hannah Brocklehurst, Director of Children's Services"],
             ["Date of Meeting:", "13 February 2025"]], [4.2 * cm, 12 * cm], header_rows=0)
    d.date("13 February 2025", "2025-02-13")
    d.person("Hannah Brocklehurst", "Director of Children's Services", "officer")
    d.title("SEND PRIORITY ACTION PLAN")
    d.h("1.0 Purpose of the report:")
    d.num("1.1", "To present the Priority Action Plan submitted to Ofsted following the area SEND inspection of "
                 "the Blackpool local area partnership, and to set out how delivery will be monitored.")
    d.h("2.0 Recommendation(s):")
    d.res("2.1", "To scrutinise the Priority Action Plan attached at Appendix 6(a) and identify any areas on which "
                 "the Committee wishes to receive further information.", "recommendation", style=NUM_PARA)
    d.res("2.2", "To agree that progress against the plan is reported to the Committee every six months, alongside "
                 "the findings of the Department for Education and NHS England reviews.", "recommendation",
          style=NUM_PARA)
    d.h("3.0 Reasons for recommendation(s):")
    d.num("3.1", "To ensure that the Committee is able to hold the partnership to account for the improvements "
                 "required by the inspection.")
    d.num("3.2", "Is the recommendation contrary to a plan or strategy adopted or approved by the Council? No")
    d.num("3.3", "Is the recommendation in accordance with the Council's approved budget? Yes")
    d.h("4.0 Other alternative options to be considered:")
    d.num("4.1", "None. The submission of a Priority Action Plan is a requirement of the inspection framework.")
    d.h("5.0 Council priority:")
    d.num("5.1", "The relevant Council priority is \"Communities: Creating stronger communities and increasing "
                 "resilience\".")
    d.h("6.0 Background information")
    d.num("6.1", "Ofsted and the Care Quality Commission carried out a joint inspection of the local area "
                 "partnership's arrangements for children and young people with special educational needs and/or "
                 "disabilities between 23 September and 11 October 2024. The inspection report was published on "
                 "15 November 2024 and was reported to the Committee at its meeting on 28 November 2024.")
    d.date("between 23 September and 11 October 2024", "2024-09-23", "2024-10-11")
    d.date("15 November 2024", "2024-11-15")
    d.date("28 November 2024", "2024-11-28")
    d.event("inspection", "2024-09-23", "2024-10-11",
            "Ofsted and the Care Quality Commission carried out a joint inspection of the local area partnership's "
            "arrangements for children and young people with special educational needs and/or disabilities between "
            "23 September and 11 October 2024.")
    d.event("outcome-letter", "2024-11-15", None, "The inspection report was published on 15 November 2024")
    d.num("6.2", "The partnership received the third, and least positive, of the three possible inspection "
                 "outcomes: there are widespread and/or systemic failings leading to significant concerns about the "
                 "experiences and outcomes of children and young people with SEND. The report identified two areas "
                 "for priority action and three areas for improvement, which are set out in full in the plan.")
    d.num("6.3", "The Priority Action Plan was co-produced with Blackpool Parent Carer Forum over six workshops in "
                 "December 2024, signed off by the SEND Partnership Board on 7 January 2025 and by NHS Lancashire "
                 "and South Cumbria Integrated Care Board, and submitted to Ofsted on 10 January 2025, within the "
                 "required 35 working days.")
    d.date("December 2024", "2024-12")
    d.date("7 January 2025", "2025-01-07")
    d.date("10 January 2025", "2025-01-10")
    d.event("progress-plan", "2025-01-07", None, "signed off by the SEND Partnership Board on 7 January 2025")
    d.event("progress-plan", "2025-01-10", None, "submitted to Ofsted on 10 January 2025")
    d.num("6.4", "The Department for Education and NHS England will hold six-monthly review meetings with the "
                 "partnership, the first of which is scheduled for 19 March 2025. A monitoring inspection will take "
                 "place within 18 months of the publication of the report, and a full reinspection within three "
                 "years.")
    d.date("19 March 2025", "2025-03-19")
    d.event("monitoring", "2025-03-19", None,
            "The Department for Education and NHS England will hold six-monthly review meetings with the "
            "partnership, the first of which is scheduled for 19 March 2025.")
    d.num("6.5", "Does the information submitted include any exempt information? No")
    d.h("7.0 List of Appendices:")
    d.p("Appendix 6(a): Blackpool Local Area Partnership SEND Priority Action Plan, January 2025")
    d.date("January 2025", "2025-01")
    d.h("8.0 Financial considerations:")
    d.num("8.1", "The plan is funded from existing budgets, the high needs block and a one-off ICB contribution of "
                 "&pound;420,000 in 2025/26.")
    d.h("9.0 Legal considerations:")
    d.num("9.1", "The Children and Families Act 2014 places duties on the Council and the ICB in respect of "
                 "children and young people with SEND.")
    d.h("10.0 Risk management considerations:")
    d.num("10.1", "The principal risk is that improvement is not fast enough before the monitoring inspection. "
                  "This is mitigated through the governance described in the plan.")
    d.h("11.0 Background papers:")
    d.num("11.1", "Ofsted and CQC, Blackpool area SEND inspection report, 15 November 2024.")
    d.add(PageBreak())
    # ---- the plan ----
    d.title("Blackpool Local Area Partnership<br/>SEND Priority Action Plan")
    d.p("Submitted to Ofsted: 10 January 2025 | Version 1.3 | Owner: SEND Partnership Board")
    d.h("Foreword")
    d.p("We accept the findings of the inspection in full. Children, young people and families in Blackpool have "
        "told us for too long that the system does not work well enough for them, and the inspectors heard the "
        "same. This plan sets out what we will do, by when, and how families will know it is making a "
        "difference.")
    d.ruled([["Signed on behalf of the partnership", "", ""],
             ["Councillor Jim Ormerod<br/>Cabinet Member for Children's Services", "Hannah Brocklehurst<br/>Director of "
              "Children's Services", "Dr Sarah Whitlow<br/>Director of Nursing, NHS Lancashire and South Cumbria "
              "ICB"]], [5.4 * cm, 5.4 * cm, 5.4 * cm], header_rows=1)
    d.person("Jim Ormerod", "Cabinet Member for Children's Services", "member")
    d.person("Sarah Whitlow", "Director of Nursing, NHS Lancashire and South Cumbria ICB", "officer")
    d.h("Governance")
    d.p("The SEND Partnership Board, chaired by the Director of Children's Services, owns this plan. An Improvement "
        "Delivery Group, chaired by Michael Tattersall, Head of SEND, meets fortnightly and reports to each Board. "
        "Progress is reported to the Children and Young People's Scrutiny Committee, the Health and Wellbeing "
        "Board and the ICB's Blackpool Place Board.")
    d.person("Michael Tattersall", "Head of SEND", "officer")
    for n, (apa, themes, rows) in enumerate([
            ("Leaders across education, health and care should urgently improve the timeliness and quality of "
             "EHC needs assessments and plans, so that children and young people receive the right support at "
             "the right time, and ensure that annual reviews are completed and lead to plans being updated.",
             ["ehc-plans"],
             [["1.1", "Recruit four additional EHC co-ordinators and a health advice co-ordinator", "HoS SEND",
               "Mar 2025", "20-week rate above 60%"],
              ["1.2", "Introduce a multi-agency quality assurance panel meeting monthly", "Principal EP",
               "Feb 2025", "80% of audited plans good"],
              ["1.3", "Clear the backlog of overdue annual reviews", "SEND Service Manager", "Jul 2025",
               "No review more than 3 months overdue"]]),
            ("Leaders should take swift action to reduce waiting times for neurodevelopmental assessment and "
             "speech and language therapy, and ensure that families receive support while they wait.",
             ["health-services"],
             [["2.1", "Commission additional autism assessment capacity from an independent provider",
               "ICB Place Director", "Apr 2025", "Waits under 52 weeks"],
              ["2.2", "Launch a 'waiting well' offer with the Parent Carer Forum", "Designated Clinical Officer",
               "Mar 2025", "Families report support while waiting"],
              ["2.3", "Train 120 school staff in early language support", "SLT Lead", "Sep 2025",
               "Referrals appropriate at 85%"]])], 1):
        d.ruled([[f"Area for priority action {n}"], [apa]], [16.2 * cm], header_rows=1)
        d.record_weak(apa, themes)
        d.space(4)
        d.ruled([["Ref", "Action", "Lead", "By", "Measure of success"]] + rows,
                [1.1 * cm, 6.6 * cm, 3 * cm, 1.7 * cm, 3.8 * cm])
        d.space(8)
    for t, iso in [("Mar 2025", "2025-03"), ("Feb 2025", "2025-02"), ("Jul 2025", "2025-07"),
                   ("Apr 2025", "2025-04"), ("Sep 2025", "2025-09")]:
        d.date(t, iso)
    d.h("Areas for improvement")
    d.p("The three areas for improvement will be addressed through the refreshed SEND and Inclusion Strategy action "
        "plan, monitored by the same Board:")
    afis = [("Leaders should improve the quality and reach of the local offer so that parents and carers can easily "
             "find information about the services available to them.", ["local-offer"]),
            ("Leaders should strengthen the arrangements for preparing young people for adulthood, including the "
             "range of post-16 pathways and supported internships.", ["preparing-for-adulthood"]),
            ("Leaders should reduce the use of part-time timetables and the rate of suspensions for children with "
             "SEND, and improve the oversight of pupils in alternative provision.", ["inclusion-provision"])]
    d.ruled([["No.", "Area for improvement", "Lead", "Strategy workstream"]] +
            [[str(i), t, lead, ws] for i, ((t, _), lead, ws) in enumerate(zip(afis, [
                "Head of Commissioning", "Head of Post-16", "Head of Inclusion"], [
                "Communication and information", "Preparing for adulthood", "Inclusion"]), 1)],
            [1 * cm, 9.2 * cm, 2.8 * cm, 3.2 * cm])
    for t, th in afis:
        d.record_weak(t, th)
    d.h("Measuring impact")
    d.ruled([["Indicator", "Baseline (Oct 2024)", "Mar 2025", "Sep 2025", "Mar 2026"],
             ["New EHC plans issued within 20 weeks", "31%", "45%", "60%", "70%"],
             ["Annual reviews overdue", "412", "300", "150", "50"],
             ["Median wait for autism assessment (weeks)", "96", "85", "65", "52"],
             ["Parents who feel listened to (survey)", "27%", "35%", "45%", "55%"],
             ["Suspensions, pupils with EHC plan (rate)", "18.4", "17.0", "15.5", "14.0"]],
            [6.2 * cm, 2.6 * cm, 2.4 * cm, 2.4 * cm, 2.6 * cm])
    d.date("Oct 2024", "2024-10")
    d.date("Mar 2026", "2026-03")
    d.space(8)
    need_table(d, 8)
    d.space(8)
    school_table(d, 9, 22)
    return d



# ------------------------------------------------------------------------------------------------------------------
def birmingham_cabinet() -> Doc:
    rel = ("birmingham/round57-2021-05-25-cabinet/SEND Statutory Direction and Accelerated Progress Plan - Cabinet "
           "report.pdf")
    d = Doc(rel, {"council": "Birmingham City Council", "council_slug": "birmingham", "committee": "Cabinet",
                  "meeting_date": "2021-05-25", "title": "SEND Statutory Direction and Accelerated Progress Plan",
                  "source_kind": "cmis-document",
                  "url": "https://birmingham.cmis.uk.com/birmingham/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=4xq9"},
            {"council": "Birmingham City Council", "committee": "Cabinet", "date": "2021-05-25"},
            "", "", "Page {n} of {total}", page_label="")
    d.title("Birmingham City Council<br/>Report to Cabinet")
    d.p("<b>25<super>th</super> May 2021</b>")
    d.date("25th May 2021", "2021-05-25")
    d.ruled([["Subject:", "SPECIAL EDUCATIONAL NEEDS AND DISABILITIES (SEND): STATUTORY DIRECTION AND "
                          "ACCELERATED PROGRESS PLAN"],
             ["Report of:", "Dr Marcus Eldridge-Yeo, Director, Education and Skills"],
             ["Relevant Cabinet Member:", "Councillor Amina Rashford - Education, Skills and Culture"],
             ["Relevant O &amp; S Chair(s):", "Councillor Delroy Haughton - Education and Children's Social Care"],
             ["Report author:", "Fiona McGillivray, Assistant Director, SEND and Inclusion<br/>Telephone No: "
                                "0121 303 8814<br/>Email Address: fiona.mcgillivray@birmingham.gov.uk"]],
            [4.6 * cm, 11.6 * cm], header_rows=0)
    d.person("Marcus Eldridge-Yeo", "Director, Education and Skills", "officer")
    d.person("Amina Rashford", "Cabinet Member for Education, Skills and Culture", "member")
    d.person("Delroy Haughton", "Chair, Education and Children's Social Care Overview and Scrutiny Committee",
             "member")
    d.person("Fiona McGillivray", "Assistant Director, SEND and Inclusion", "officer",
             "fiona.mcgillivray@birmingham.gov.uk", "0121 303 8814")
    d.ruled([["Are specific wards affected?", "No - All wards affected"],
             ["Is this a key decision?", "No"],
             ["Is the decision eligible for call-in?", "Yes"],
             ["Does the report contain confidential or exempt information?", "No"]],
            [10.2 * cm, 6 * cm], header_rows=0)
    d.h("1 Executive Summary")
    d.num("1.1", "This report informs Cabinet that on 11<super>th</super> March 2021 the Minister for Children and "
                 "Families issued a statutory direction to the Council under section 497A(4B) of the Education Act "
                 "1996, following the outcome of the Ofsted and Care Quality Commission (CQC) SEND revisit, and "
                 "seeks Cabinet's endorsement of the Accelerated Progress Plan (APP) that the partnership must "
                 "deliver.")
    d.date("11th March 2021", "2021-03-11")
    d.event("statutory-direction", "2021-03-11", None,
            "on 11th March 2021 the Minister for Children and Families issued a statutory direction to the Council "
            "under section 497A(4B) of the Education Act 1996")
    d.num("1.2", "The revisit took place from 30<super>th</super> November to 2<super>nd</super> December 2020. The "
                 "letter, published on 22<super>nd</super> January 2021, found that the local area had made "
                 "sufficient progress in two of the six areas of significant weakness identified in 2018, and "
                 "insufficient progress in four.")
    d.date("30th November to 2nd December 2020", "2020-11-30", "2020-12-02")
    d.date("22nd January 2021", "2021-01-22")
    d.event("revisit", "2020-11-30", "2020-12-02",
            "The revisit took place from 30th November to 2nd December 2020.")
    d.event("revisit-outcome", "2021-01-22", None, "The letter, published on 22nd January 2021")
    d.h("2 Recommendations")
    d.p("That Cabinet:")
    for label, text in [
            ("2.1", "Notes the statutory direction issued to the Council on 11th March 2021 and the requirements it "
                    "places on the Council, set out in Appendix 1."),
            ("2.2", "Endorses the Accelerated Progress Plan at Appendix 2, agreed with the Birmingham and Solihull "
                    "Clinical Commissioning Group and submitted to the Department for Education."),
            ("2.3", "Notes that progress against the plan will be reviewed by the Department for Education and NHS "
                    "England at three-monthly intervals, and requests six-monthly reports to Cabinet."),
            ("2.4", "Delegates to the Director, Education and Skills, in consultation with the Cabinet Member for "
                    "Education, Skills and Culture, authority to agree any amendments to the plan required by the "
                    "Department for Education.")]:
        d.res(label, text, "recommendation", style=NUM_PARA)
    d.h("3 Background")
    d.num("3.1", "Ofsted and the CQC inspected the Birmingham local area between 25<super>th</super> and "
                 "29<super>th</super> June 2018. The inspection letter, published on 14<super>th</super> August "
                 "2018, required a Written Statement of Action (WSoA) because of significant concerns about the "
                 "effectiveness of the area. The WSoA was submitted on 26<super>th</super> October 2018 and was "
                 "deemed fit for purpose on 4<super>th</super> December 2018.")
    d.date("between 25th and 29th June 2018", "2018-06-25", "2018-06-29")
    d.date("14th August 2018", "2018-08-14")
    d.date("26th October 2018", "2018-10-26")
    d.date("4th December 2018", "2018-12-04")
    d.event("inspection", "2018-06-25", "2018-06-29",
            "Ofsted and the CQC inspected the Birmingham local area between 25th and 29th June 2018.")
    d.event("outcome-letter", "2018-08-14", None, "The inspection letter, published on 14th August 2018")
    d.event("wsoa-submitted", "2018-10-26", None, "The WSoA was submitted on 26th October 2018")
    d.event("wsoa-approved", "2018-12-04", None, "was deemed fit for purpose on 4th December 2018")
    d.num("3.2", "The six areas of significant weakness, and the revisit's judgement on each, are tabled in "
                 "Appendix 1. In summary, inspectors recognised improvement in the timeliness of EHC plans and in "
                 "the local offer, but found that leaders had not done enough to improve joint commissioning, "
                 "co-production with families, the quality of plans or the oversight of children's outcomes.")
    d.num("3.3", "The Department for Education and NHS England held monitoring meetings with the area during the "
                 "life of the WSoA, the last of them on 8<super>th</super> October 2020, shortly before the revisit "
                 "was announced.")
    d.date("8th October 2020", "2020-10-08")
    d.event("monitoring", "2020-10-08", None,
            "The Department for Education and NHS England held monitoring meetings with the area during the life "
            "of the WSoA, the last of them on 8th October 2020")
    d.num("3.4", "The direction requires the Council to co-operate with a SEND Improvement Adviser appointed by the "
                 "Department, to deliver an Accelerated Progress Plan, and to establish a SEND Improvement Board "
                 "with an independent chair. The Board met for the first time on 20<super>th</super> April 2021.")
    d.date("20th April 2021", "2021-04-20")
    d.num("3.5", "The APP was submitted to the Department for Education on 7<super>th</super> May 2021. The first "
                 "formal review of progress by the Department and NHS England is expected in August 2021.")
    d.date("7th May 2021", "2021-05-07")
    d.date("August 2021", "2021-08")
    d.event("progress-plan", "2021-05-07", None,
            "The APP was submitted to the Department for Education on 7th May 2021.")
    d.event("monitoring", "2021-08", None,
            "The first formal review of progress by the Department and NHS England is expected in August 2021.")
    d.h("4 Options considered and Recommended Proposal")
    d.num("4.1", "The direction is binding on the Council; there is no option not to comply. Cabinet could decline "
                 "to endorse the APP, but this would weaken the partnership's governance.")
    d.h("5 Consultation")
    d.num("5.1", "Birmingham Parent Carer Forum contributed to the APP through three workshops held in April 2021. "
                 "Schools were consulted through the Birmingham Education Partnership.")
    d.date("April 2021", "2021-04")
    d.h("6 Risk Management")
    d.num("6.1", "The highest risks are the capacity of the SEND assessment service and the pace of change in "
                 "commissioned health services. Both are on the Directorate risk register.")
    d.h("7 Compliance Issues:")
    d.num("7.1", "How are the recommended decisions consistent with the City Council's priorities, plans and "
                 "strategies? The plan supports the outcome that Birmingham is an entrepreneurial city to learn, "
                 "work and invest in.")
    d.num("7.2", "Legal Implications: the Council is under a duty to comply with a direction given under section "
                 "497A of the Education Act 1996.")
    d.num("7.3", "Financial Implications: the APP is costed at &pound;3.2m in 2021/22, met from the high needs "
                 "block and a reserve agreed by Cabinet in February 2021.")
    d.date("February 2021", "2021-02")
    d.num("7.4", "Public Sector Equality Duty: an Equality Analysis (EQUA714) has been completed.")
    d.h("8 Appendices")
    d.p("Appendix 1 - Statutory direction: requirements and the areas of significant weakness<br/>Appendix 2 - "
        "Accelerated Progress Plan (summary)<br/>Appendix 3 - Equality Analysis")
    d.h("9 Background Documents")
    d.p("Ofsted/CQC revisit letter, 22<super>nd</super> January 2021; Direction to Birmingham City Council, "
        "11<super>th</super> March 2021.")
    d.add(PageBreak())
    d.h("Appendix 1 - Statutory direction: requirements and the areas of significant weakness")
    d.p("The direction requires the Council to:")
    for t in ["co-operate with the Secretary of State's SEND Improvement Adviser and provide such information as "
              "the Adviser may reasonably request;",
              "establish a SEND Improvement Board, chaired independently, which reports to the Department;",
              "prepare and deliver an Accelerated Progress Plan addressing the areas where insufficient progress "
              "was found; and",
              "report on progress to the Department at intervals it specifies."]:
        d.p("&bull; " + t, BULLET)
    d.p("The areas of significant weakness from the 2018 inspection, and the revisit's findings:")
    rows = [["", "Area of significant weakness (2018)", "Progress at revisit (2020)"]]
    weak6 = [("The local area's strategic leadership and self-evaluation are weak; leaders do not have an "
              "accurate understanding of the area's effectiveness.", ["leadership-governance"], "Insufficient"),
             ("Joint commissioning arrangements are underdeveloped and are not informed by a secure understanding "
              "of need.", ["joint-commissioning"], "Insufficient"),
             ("Parents and carers are not routinely involved in co-producing plans and services, and many have "
              "lost confidence in the area.", ["co-production"], "Insufficient"),
             ("EHC plans are too often late and of poor quality, with weak contributions from health and social "
              "care.", ["ehc-plans"], "Insufficient (quality); sufficient (timeliness)"),
             ("The local offer is not well known and is not useful to families.", ["local-offer"], "Sufficient"),
             ("Leaders do not monitor the outcomes of children and young people with SEND, including those "
              "excluded or missing education.", ["data-oversight", "outcomes"], "Sufficient")]
    for n, (t, th, j) in enumerate(weak6, 1):
        rows.append([str(n), t, j])
        d.record_weak(t, th)
    d.ruled(rows, [0.8 * cm, 11 * cm, 4.4 * cm])
    d.space(10)
    d.h("Appendix 2 - Accelerated Progress Plan (summary)")
    d.ruled([["Priority", "Key actions", "Lead", "Milestone", "RAG"],
             ["Leadership and self-evaluation", "Independent chair appointed; self-evaluation refreshed with "
              "partners", "Director, Education and Skills", "Jun 2021", "Green"],
             ["Joint commissioning", "Joint commissioning strategy agreed by the CCG and the Council; needs "
              "analysis completed", "Head of Joint Commissioning", "Sep 2021", "Amber"],
             ["Co-production", "Co-production charter signed; family reference group established", "Parent "
              "Carer Forum / AD SEND", "Jul 2021", "Amber"],
             ["Quality of EHC plans", "Quality assurance framework; monthly multi-agency audits", "AD SEND",
              "Oct 2021", "Red"]], [3.4 * cm, 6.2 * cm, 3.2 * cm, 1.9 * cm, 1.5 * cm])
    for t, iso in [("Jun 2021", "2021-06"), ("Sep 2021", "2021-09"), ("Jul 2021", "2021-07"),
                   ("Oct 2021", "2021-10")]:
        d.date(t, iso)
    d.space(8)
    d.p("Measures of impact will be reported to the SEND Improvement Board each month. Baselines are as at 31st "
        "March 2021.")
    d.date("31st March 2021", "2021-03-31")
    d.ruled([["Measure", "Baseline", "Target (Mar 2022)"],
             ["EHC plans issued within 20 weeks", "34%", "60%"],
             ["Plans audited as good or better", "22%", "50%"],
             ["Parents who agree they are listened to", "19%", "40%"],
             ["Health advice returned within 6 weeks", "58%", "90%"]], [8.2 * cm, 4 * cm, 4 * cm])
    d.date("Mar 2022", "2022-03")
    d.space(8)
    d.h("Appendix 3 - Equality Analysis (extract)")
    d.p("The plan is expected to have a positive impact on children and young people with a disability and their "
        "families. The tables below show the profile of children and young people with an EHC plan.")
    need_table(d, 12)
    d.space(8)
    area_table(d, ["Edgbaston", "Erdington", "Hall Green", "Hodge Hill", "Ladywood", "Northfield", "Perry Barr",
                   "Selly Oak", "Sutton Coldfield", "Yardley"], 6)
    d.space(8)
    school_table(d, 14, 24)
    return d



# ------------------------------------------------------------------------------------------------------------------
def banes_minutes() -> Doc:
    rel = ("bath-and-north-east-somerset/round57-2024-05-20-children-adults-health-and-wellbeing-policy-development-"
           "and-scrutiny-panel/Minutes 18 March 2024.pdf")
    d = Doc(rel, {"council": "Bath and North East Somerset Council", "council_slug": "bath-and-north-east-somerset",
                  "committee": "Children, Adults, Health and Wellbeing Policy Development and Scrutiny Panel",
                  "meeting_date": "2024-05-20", "title": "Minutes 18 March 2024", "source_kind": "moderngov-document",
                  "url": "https://democracy.bathnes.gov.uk/documents/g6412/Printed%20minutes%2018th-Mar-2024.pdf"},
            {"council": "Bath and North East Somerset Council",
             "committee": "Children, Adults, Health and Wellbeing Policy Development and Scrutiny Panel",
             "date": "2024-03-18"},
            "", "", "", page_label="{n}")
    d.footer_centre = "Children, Adults, Health and Wellbeing Policy Development and Scrutiny Panel- Monday, 18th March, 2024"
    d.title("BATH AND NORTH EAST SOMERSET")
    d.p("<b>CHILDREN, ADULTS, HEALTH AND WELLBEING POLICY DEVELOPMENT AND SCRUTINY PANEL</b>")
    d.p("Monday, 18th March, 2024")
    d.date("Monday, 18th March, 2024", "2024-03-18")
    d.p("<b>Present:-</b> Councillors Rachel Penrose-Vance (Chair), Owen Trefusis (Vice-Chair), Lucy Ambrose, "
        "Dermot Keeble and Harriet Ollerenshaw")
    d.p("<b>Co-opted Non-Voting Members:</b> Kate Lindqvist (Bath and North East Somerset Parent Carer Forum)")
    d.p("<b>Also in attendance:</b> Martin Gwinnett (Director of Education and Safeguarding), Claire Ostrowski "
        "(Head of SEND and Inclusion), Dr Nadia Fairbrother (Designated Clinical Officer, BSW Integrated Care "
        "Board), Benedict Arkwright (Senior Democratic Services Officer)")
    d.p("<b>Cabinet Member in attendance:</b> Councillor Paul Mayhew-Croft, Cabinet Member for Children's Services")
    for n, r, k in [("Rachel Penrose-Vance", "Chair", "member"), ("Owen Trefusis", "Vice-Chair", "member"),
                    ("Lucy Ambrose", None, "member"), ("Dermot Keeble", None, "member"),
                    ("Harriet Ollerenshaw", None, "member"),
                    ("Kate Lindqvist", "Bath and North East Somerset Parent Carer Forum", "other"),
                    ("Martin Gwinnett", "Director of Education and Safeguarding", "officer"),
                    ("Claire Ostrowski", "Head of SEND and Inclusion", "officer"),
                    ("Nadia Fairbrother", "Designated Clinical Officer, BSW Integrated Care Board", "officer"),
                    ("Benedict Arkwright", "Senior Democratic Services Officer", "officer"),
                    ("Paul Mayhew-Croft", "Cabinet Member for Children's Services", "member")]:
        d.person(n, r, k)
    d.p("<b>71 WELCOME AND INTRODUCTIONS</b>", MINUTE)
    d.p("The Chair welcomed everyone to the meeting.")
    d.p("<b>72 EMERGENCY EVACUATION PROCEDURE</b>", MINUTE)
    d.p("The Democratic Services Officer drew attention to the evacuation procedure as listed on the call to the "
        "meeting.")
    d.p("<b>73 APOLOGIES FOR ABSENCE AND SUBSTITUTIONS</b>", MINUTE)
    d.p("Councillor Sabina Quayle had sent her apologies to the Panel; Councillor Lucy Ambrose was present as her "
        "substitute for the duration of the meeting.")
    d.person("Sabina Quayle", None, "member")
    d.p("<b>74 DECLARATIONS OF INTEREST</b>", MINUTE)
    d.p("Councillor Harriet Ollerenshaw declared an other interest in item 79 as a governor of a special school in "
        "Keynsham.")
    d.p("<b>75 TO ANNOUNCE ANY URGENT BUSINESS AGREED BY THE CHAIR</b>", MINUTE)
    d.p("There was none.")
    d.p("<b>76 ITEMS FROM THE PUBLIC OR COUNCILLORS - TO RECEIVE DEPUTATIONS, STATEMENTS, PETITIONS OR "
        "QUESTIONS RELATING TO THE BUSINESS OF THIS MEETING</b>", MINUTE)
    d.p("Mrs Fenella Abbiss addressed the Panel regarding her son's wait of more than a year for an assessment of "
        "his speech and language needs. She asked that the Panel seek assurance that the new therapy contract "
        "would reduce waiting times. A copy of the statement has been placed on the Minute Book.")
    d.person("Fenella Abbiss", None, "other")
    d.p("The Chair thanked her for her statement and asked that the Head of SEND and Inclusion provide a written "
        "response.")
    d.p("<b>77 MINUTES: 22ND JANUARY 2024</b>", MINUTE)
    d.date("22ND JANUARY 2024", "2024-01-22")
    d.p("The Panel confirmed the minutes of the previous meeting as a true record and they were duly signed by the "
        "Chair.")
    d.record_res(None, "The Panel confirmed the minutes of the previous meeting as a true record and they were duly "
                       "signed by the Chair.", "resolution")
    d.p("<b>78 CABINET MEMBER UPDATE</b>", MINUTE)
    d.p("Councillor Paul Mayhew-Croft addressed the Panel. He highlighted the opening of the new resource base at "
        "a primary school in Midsomer Norton in February 2024, and said that consultation on the school place "
        "planning strategy would run from 8th April to 17th May 2024.")
    d.date("February 2024", "2024-02")
    d.date("8th April to 17th May 2024", "2024-04-08", "2024-05-17")
    d.p("Councillor Dermot Keeble asked whether the resource base was full. The Cabinet Member replied that it had "
        "eleven of its twelve places filled.")
    d.p("The Panel RESOLVED to note the update.")
    d.record_res(None, "to note the update.", "resolution")
    d.p("<b>79 LOCAL AREA SEND INSPECTION - STRATEGIC ACTION PLAN UPDATE</b>", MINUTE)
    d.p("The Director of Education and Safeguarding introduced the report. He reminded the Panel that Ofsted and "
        "the CQC had inspected the local area partnership from 18th - 22nd September 2023 under the new framework, "
        "and that the report, published on 2nd November 2023, had concluded that the partnership's arrangements "
        "typically lead to positive experiences and outcomes for children and young people with SEND, but that "
        "improvements are needed. This is the middle of the three outcomes.")
    d.date("18th - 22nd September 2023", "2023-09-18", "2023-09-22")
    d.date("2nd November 2023", "2023-11-02")
    d.event("inspection", "2023-09-18", "2023-09-22",
            "Ofsted and the CQC had inspected the local area partnership from 18th - 22nd September 2023")
    d.event("outcome-letter", "2023-11-02", None, "the report, published on 2nd November 2023")
    d.p("The Head of SEND and Inclusion explained that the partnership's Strategic Action Plan had been submitted "
        "to Ofsted on 29th November 2023 and published on the Local Offer. The plan addresses the areas for "
        "improvement set out in the report, which were that leaders should:")
    d.date("29th November 2023", "2023-11-29")
    d.event("progress-plan", "2023-11-29", None,
            "the partnership's Strategic Action Plan had been submitted to Ofsted on 29th November 2023")
    for t, th in [
            ("improve the timeliness of EHC needs assessments, and ensure that the contributions of health and "
             "social care professionals to plans are specific and of consistently good quality", ["ehc-plans"]),
            ("reduce the waiting times for speech and language therapy and for the neurodevelopmental pathway, and "
             "strengthen the support available to families while they wait", ["health-services"]),
            ("make sure that the partnership's oversight of children and young people in alternative provision and "
             "on reduced timetables is robust", ["data-oversight", "inclusion-provision"])]:
        d.weak(t, th, marker="&bull;")
    d.p("She told the Panel that the proportion of new plans issued within 20 weeks had risen to 58% in February, "
        "against 41% in September 2023. A quality assurance panel with health and social care representation had "
        "met monthly since December 2023.")
    d.date("September 2023", "2023-09")
    d.date("December 2023", "2023-12")
    d.p("Dr Nadia Fairbrother said that a new speech and language therapy contract had started on 1st March 2024 and "
        "that the ICB expected the longest waits to fall below 30 weeks by the end of the year. Families on the "
        "neurodevelopmental pathway were now offered a \"waiting well\" session within six weeks of referral.")
    d.date("1st March 2024", "2024-03-01")
    d.p("Kate Lindqvist commented that the forum welcomed the plan but that parents' experience varied greatly "
        "between schools. She asked how the plan would be monitored.")
    d.p("The Director replied that there was no formal monitoring by the Department for Education under this "
        "outcome, but that the partnership had chosen to invite the Department's SEND adviser, Gareth Pimlott, to "
        "review progress with the SEND Partnership Board on 4th June 2024. The next full inspection was expected "
        "within three years.")
    d.person("Gareth Pimlott", "SEND adviser, Department for Education", "officer")
    d.date("4th June 2024", "2024-06-04")
    d.event("monitoring", "2024-06-04", None,
            "the partnership had chosen to invite the Department's SEND adviser, Gareth Pimlott, to review progress "
            "with the SEND Partnership Board on 4th June 2024")
    d.p("Panel members raised the following points:")
    for t in ["Councillor Owen Trefusis asked how many children were on reduced timetables. The Head of SEND and "
              "Inclusion replied that 64 children with an EHC plan were recorded on reduced timetables in January "
              "2024, and that schools were now required to notify the Council of each one.",
              "Councillor Lucy Ambrose asked whether the therapy contract was adequately funded. The Designated "
              "Clinical Officer said that it had been increased by 18% for 2024/25.",
              "Councillor Harriet Ollerenshaw asked that the Panel receive the partnership's annual SEND "
              "self-evaluation when it is refreshed in July 2024."]:
        d.p("&bull; " + t, BULLET)
    d.date("January 2024", "2024-01")
    d.date("July 2024", "2024-07")
    d.p("<b>RESOLVED</b> that the Panel:")
    for label, text in [
            ("(1)", "Notes the progress made against the Strategic Action Plan since its submission in November "
                    "2023;"),
            ("(2)", "Asks that the written response to the public statement made by Mrs Abbiss be shared with "
                    "all Panel members;"),
            ("(3)", "Requests a further update, including the outcome of the review with the Department for "
                    "Education's SEND adviser, at its meeting in September 2024.")]:
        d.res(label, text, "resolution")
    d.date("November 2023", "2023-11")
    d.date("September 2024", "2024-09")
    d.p("<b>80 HEALTHWATCH BATH AND NORTH EAST SOMERSET ANNUAL REPORT</b>", MINUTE)
    d.p("Alistair Fenwick, Healthwatch Manager, presented the annual report. He highlighted that 412 people had "
        "shared their experience of local health and care services during the year, and that the top concern "
        "raised was access to GP appointments.")
    d.person("Alistair Fenwick", "Healthwatch Manager", "other")
    d.p("Councillor Dermot Keeble asked how Healthwatch reached younger people. Mr Fenwick replied that a young "
        "people's panel had been set up in October 2023.")
    d.date("October 2023", "2023-10")
    d.p("<b>RESOLVED</b> that the Panel thanks Healthwatch for its report and notes its priorities for the "
        "coming year.")
    d.record_res(None, "that the Panel thanks Healthwatch for its report and notes its priorities for the coming "
                       "year.", "resolution")
    d.p("<b>81 PANEL WORKPLAN</b>", MINUTE)
    d.p("The Panel considered its workplan for the remainder of the municipal year.")
    d.ruled([["Meeting date", "Item", "Lead officer"],
             ["20th May 2024", "Children's Services Annual Complaints Report", "Head of Quality Assurance"],
             ["15th July 2024", "Adult Social Care Market Position Statement", "Director of Adult Social Care"],
             ["16th September 2024", "SEND Strategic Action Plan - update", "Head of SEND and Inclusion"],
             ["18th November 2024", "Child and Adolescent Mental Health Services", "BSW ICB"]],
            [4 * cm, 8 * cm, 4.2 * cm])
    d.date("20th May 2024", "2024-05-20")
    d.date("15th July 2024", "2024-07-15")
    d.date("16th September 2024", "2024-09-16")
    d.date("18th November 2024", "2024-11-18")
    d.p("<b>RESOLVED</b> that the workplan be agreed, subject to the addition of the SEND self-evaluation to the "
        "July meeting.")
    d.record_res(None, "that the workplan be agreed, subject to the addition of the SEND self-evaluation to the "
                       "July meeting.", "resolution")
    d.p("The meeting ended at 12.48 pm")
    d.p("Chair(person) ..............................................")
    d.p("Date Confirmed and Signed ......................................")
    d.p("Prepared by Democratic Services")
    d.add(PageBreak())
    d.h("Annex to minute 79: SEND data presented to the Panel")
    d.ruled([["Indicator", "Sep 2023", "Dec 2023", "Feb 2024", "Target (Sep 2024)"],
             ["New EHC plans issued within 20 weeks", "41%", "49%", "58%", "70%"],
             ["Plans with quality-assured health advice", "62%", "71%", "77%", "90%"],
             ["Median wait for SLT (weeks)", "44", "46", "41", "30"],
             ["Children on reduced timetables (EHC plan)", "81", "72", "64", "40"]],
            [6.2 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm, 2.8 * cm])
    d.space(8)
    need_table(d, 15)
    d.space(8)
    area_table(d, ["Bath City North", "Bath City South", "Keynsham", "Midsomer Norton", "Radstock",
                   "Chew Valley", "Saltford", "Peasedown St John", "Paulton", "Timsbury"], 11)
    d.space(8)
    school_table(d, 5, 24)
    return d



# ------------------------------------------------------------------------------------------------------------------
def barnet_progress() -> Doc:
    rel = ("barnet/round57-2025-07-09-children-and-young-people-overview-and-scrutiny-sub-committee/SEND Strategic "
           "Action Plan - progress report and Appendix A tracker.pdf")
    d = Doc(rel, {"council": "London Borough of Barnet", "council_slug": "barnet",
                  "committee": "Children and Young People Overview and Scrutiny Sub-Committee",
                  "meeting_date": "2025-07-09", "title": "SEND Strategic Action Plan - progress report",
                  "source_kind": "moderngov-document",
                  "url": "https://barnet.moderngov.co.uk/documents/s91544/SEND%20Strategic%20Action%20Plan%20progress.pdf"},
            {"council": "London Borough of Barnet",
             "committee": "Children and Young People Overview and Scrutiny Sub-Committee", "date": "2025-07-09"},
            "", "", "", page_label="{n}")
    d.footer_centre = "OFFICIAL"
    d.ruled([["", "Children and Young People Overview and Scrutiny Sub-Committee<br/>9 July 2025"],
             ["Title", "Local Area SEND Inspection: Strategic Action Plan progress report"],
             ["Report of", "Executive Director, Children and Family Services"],
             ["Wards", "All"],
             ["Status", "Public"],
             ["Urgent", "No"],
             ["Key", "No"],
             ["Enclosures", "Appendix A - Strategic Action Plan tracker (June 2025)<br/>Appendix B - Performance "
                            "indicators"],
             ["Officer Contact Details", "Oluwaseun Hargreaves-Ndiaye, Director of Education and Skills - "
                                         "oluwaseun.hargreaves-ndiaye@barnet.gov.uk<br/>Bethany Crowther, Head of "
                                         "SEN and Inclusion - bethany.crowther@barnet.gov.uk"]],
            [4.4 * cm, 11.8 * cm], header_rows=0)
    d.date("9 July 2025", "2025-07-09")
    d.date("June 2025", "2025-06")
    d.person("Oluwaseun Hargreaves-Ndiaye", "Director of Education and Skills", "officer",
             "oluwaseun.hargreaves-ndiaye@barnet.gov.uk")
    d.person("Bethany Crowther", "Head of SEN and Inclusion", "officer", "bethany.crowther@barnet.gov.uk")
    d.h("Summary")
    d.p("This report updates the Sub-Committee on delivery of the Barnet local area partnership's Strategic Action "
        "Plan, which responds to the areas for improvement in the Ofsted and CQC area SEND inspection report. "
        "Of the 24 actions in the plan, 11 are complete, 10 are on track and 3 are behind schedule. The tracker is "
        "attached at Appendix A.")
    d.h("Officers' Recommendations")
    for label, text in [
            ("1.", "That the Sub-Committee notes the progress made in delivering the SEND Strategic Action Plan, as "
                   "set out in this report and Appendix A."),
            ("2.", "That the Sub-Committee considers the three actions rated red and comments on the recovery "
                   "measures proposed."),
            ("3.", "That the Sub-Committee agrees to receive the next progress report in January 2026.")]:
        d.res(label, text, "recommendation", style=NUM_PARA)
    d.date("January 2026", "2026-01")
    d.h("1. Why this report is needed")
    d.num("1.1", "Ofsted and the Care Quality Commission (CQC) inspected the Barnet local area partnership under "
                 "the area SEND inspection framework from 9 to 27 September 2024. The inspection report was "
                 "published on 8 November 2024. The partnership received the second of the three possible "
                 "outcomes: its arrangements typically lead to positive experiences and outcomes for children and "
                 "young people with SEND, although improvements are needed.")
    d.date("from 9 to 27 September 2024", "2024-09-09", "2024-09-27")
    d.date("8 November 2024", "2024-11-08")
    d.event("inspection", "2024-09-09", "2024-09-27",
            "Ofsted and the Care Quality Commission (CQC) inspected the Barnet local area partnership under the "
            "area SEND inspection framework from 9 to 27 September 2024.")
    d.event("outcome-letter", "2024-11-08", None, "The inspection report was published on 8 November 2024.")
    d.num("1.2", "Inspectors found much that is working well, including the early years inclusion offer, the "
                 "Barnet Parent Carer Forum's influence on strategy and the quality of the specialist teaching "
                 "service.")
    d.num("1.3", "The report said that leaders across the partnership should (a) improve the timeliness of annual "
                 "reviews, so that EHC plans are kept up to date as children's needs change; (b) reduce the time "
                 "that children and young people wait for an ADHD or autism assessment; (c) make sure that "
                 "information for young people and families about preparing for adulthood is clear and easy to "
                 "find; and (d) strengthen the use of data on the outcomes of children and young people with SEND "
                 "to check the difference that services make.")
    for t, th in [
            ("improve the timeliness of annual reviews, so that EHC plans are kept up to date as children's needs "
             "change", ["ehc-plans"]),
            ("reduce the time that children and young people wait for an ADHD or autism assessment",
             ["health-services"]),
            ("make sure that information for young people and families about preparing for adulthood is clear and "
             "easy to find", ["preparing-for-adulthood", "local-offer"]),
            ("strengthen the use of data on the outcomes of children and young people with SEND to check the "
             "difference that services make", ["data-oversight"])]:
        d.record_weak(t, th)
    d.num("1.4", "The Strategic Action Plan was agreed by the SEND and Inclusion Partnership Board on 4 December "
                 "2024 and published on the Local Offer on 13 December 2024. It was last reported to this "
                 "Sub-Committee on 26 February 2025.")
    d.date("4 December 2024", "2024-12-04")
    d.date("13 December 2024", "2024-12-13")
    d.date("26 February 2025", "2025-02-26")
    d.event("progress-plan", "2024-12-04", None,
            "The Strategic Action Plan was agreed by the SEND and Inclusion Partnership Board on 4 December 2024")
    d.event("progress-plan", "2024-12-13", None, "published on the Local Offer on 13 December 2024")
    d.h("2. Progress since the last report")
    d.p("<b>Annual reviews.</b> The annual review team was restructured in March 2025 into three locality teams. "
        "The proportion of reviews completed within timescale rose from 38% in December 2024 to 61% in May 2025. "
        "Action AR3 (digital annual review portal) is red: the supplier's go-live date has moved from April 2025 "
        "to October 2025.", NUM_PARA)
    for t, iso in [("March 2025", "2025-03"), ("December 2024", "2024-12"), ("May 2025", "2025-05"),
                   ("April 2025", "2025-04"), ("October 2025", "2025-10")]:
        d.date(t, iso)
    d.p("<b>Neurodevelopmental assessment.</b> North Central London ICB has commissioned 600 additional assessments "
        "for 2025/26. The waiting list has stopped growing but the median wait remains 74 weeks. Action ND2 is "
        "red.", NUM_PARA)
    d.p("<b>Preparing for adulthood.</b> A new preparing for adulthood section of the Local Offer went live on 2 "
        "June 2025, co-written with the Youth Assembly.", NUM_PARA)
    d.date("2 June 2025", "2025-06-02")
    d.p("<b>Outcomes data.</b> The SEND outcomes dashboard was presented to the Partnership Board on 21 May 2025; "
        "action OD4, linking health data at pupil level, is red pending a data-sharing agreement.", NUM_PARA)
    d.date("21 May 2025", "2025-05-21")
    d.num("2.1", "There is no formal Department for Education monitoring for this inspection outcome. The "
                 "Department's regional SEND adviser, Imogen Lavery, attended the Board's stocktake on 18 June "
                 "2025 and her feedback has been reflected in the revised milestones.")
    d.person("Imogen Lavery", "regional SEND adviser", "officer")
    d.date("18 June 2025", "2025-06-18")
    d.event("monitoring", "2025-06-18", None,
            "The Department's regional SEND adviser, Imogen Lavery, attended the Board's stocktake on 18 June 2025")
    d.h("3. Alternative options considered and not recommended")
    d.num("3.1", "None; the report is for information and scrutiny.")
    d.h("4. Post decision implementation")
    d.num("4.1", "The Sub-Committee's comments will be reported to the SEND and Inclusion Partnership Board on 10 "
                 "September 2025.")
    d.date("10 September 2025", "2025-09-10")
    d.h("5. Implications of decision")
    d.num("5.1", "<b>Corporate Priorities and Performance.</b> The plan supports the Our Plan for Barnet priority of "
                 "family friendly Barnet.")
    d.num("5.2", "<b>Resources.</b> Actions are funded within existing budgets and the Dedicated Schools Grant "
                 "Safety Valve agreement.")
    d.num("5.3", "<b>Legal and Constitutional References.</b> The Sub-Committee's terms of reference include "
                 "scrutiny of services for children with SEND.")
    d.num("5.4", "<b>Insight, Equalities and Consultation.</b> The Cabinet Member for Family Friendly Barnet, "
                 "Councillor Nadia Sorensen-Pike, has been consulted.")
    d.person("Nadia Sorensen-Pike", "Cabinet Member for Family Friendly Barnet", "member")
    d.h("6. Background papers")
    d.num("6.1", "Report to this Sub-Committee, 26 February 2025: Local Area SEND Inspection outcome and Strategic "
                 "Action Plan.")
    d.add(PageBreak())
    d.h("Appendix A - Strategic Action Plan tracker (June 2025)")
    rows = [["Ref", "Action", "Owner", "Due", "RAG", "Update"],
            ["AFI 1: Annual reviews", "", "", "", "", ""]]
    data = [
        ("AR1", "Restructure the annual review team into locality teams", "HoS SEN", "Mar 2025", "Complete",
         "Three locality teams live"),
        ("AR2", "Recruit five annual review officers", "HoS SEN", "Apr 2025", "Complete", "All posts filled"),
        ("AR3", "Procure a digital annual review portal", "Head of Digital", "Oct 2025", "Red",
         "Supplier delay; interim forms in use"),
        ("AR4", "Quarterly audit of amended plans", "QA Lead", "Jul 2025", "Green", "First audit completed"),
        ("AR5", "Training for SENCOs on outcomes-focused reviews", "EP Service", "Sep 2025", "Green",
         "Four sessions held"),
        ("AR6", "Report review timeliness to Board monthly", "Performance", "Jan 2025", "Complete", "In dashboard")]
    rows += [list(r) for r in data]
    rows.append(["AFI 2: Neurodevelopmental assessment", "", "", "", "", ""])
    data = [
        ("ND1", "Commission additional assessments", "ICB", "Apr 2025", "Complete", "600 commissioned"),
        ("ND2", "Reduce median wait below 52 weeks", "ICB", "Mar 2026", "Red", "Median 74 weeks"),
        ("ND3", "Needs-led support in schools without diagnosis", "HoS Inclusion", "Sep 2025", "Green",
         "Pilot in 14 schools"),
        ("ND4", "Waiting well offer with the forum", "ICB / PCF", "Feb 2025", "Complete", "Launched"),
        ("ND5", "Single point of access for referrals", "ICB", "Nov 2025", "Amber", "Specification agreed"),
        ("ND6", "Publish waiting times on the Local Offer", "ICB", "Jun 2025", "Complete", "Monthly")]
    rows += [list(r) for r in data]
    rows.append(["AFI 3: Preparing for adulthood", "", "", "", "", ""])
    data = [
        ("PA1", "Co-produce a PfA section of the Local Offer", "Local Offer Lead", "Jun 2025", "Complete",
         "Live 2 June"),
        ("PA2", "PfA outcomes in every Year 9 review", "HoS SEN", "Dec 2025", "Amber", "54% of reviews"),
        ("PA3", "Expand supported internships to 40 places", "Post-16 Lead", "Sep 2025", "Green", "36 places"),
        ("PA4", "Transition protocol with adult social care", "AD Adults", "Oct 2025", "Green", "Draft agreed"),
        ("PA5", "Young people's PfA guide", "Youth Assembly", "Jul 2025", "Green", "At design stage"),
        ("PA6", "Health transition clinics at 16", "ICB", "Jan 2026", "Amber", "Two clinics running")]
    rows += [list(r) for r in data]
    rows.append(["AFI 4: Outcomes data", "", "", "", "", ""])
    data = [
        ("OD1", "SEND outcomes dashboard", "Performance", "May 2025", "Complete", "Presented to Board"),
        ("OD2", "Termly data packs for schools", "Performance", "Sep 2025", "Green", "Template agreed"),
        ("OD3", "Attendance and suspension data by need", "Performance", "Feb 2025", "Complete", "In dashboard"),
        ("OD4", "Link health data at pupil level", "ICB / Performance", "Dec 2025", "Red", "Awaiting DSA"),
        ("OD5", "Annual SEND self-evaluation", "DES", "Nov 2025", "Green", "Timetable set"),
        ("OD6", "Family experience survey", "PCF", "Mar 2025", "Complete", "712 responses")]
    rows += [list(r) for r in data]
    spans = [i for i, r in enumerate(rows) if r[0].startswith("AFI")]
    d.ruled(rows, [1.2 * cm, 5.6 * cm, 2.6 * cm, 1.7 * cm, 1.7 * cm, 3.4 * cm], spans=spans)
    for t, iso in [("Mar 2025", "2025-03"), ("Apr 2025", "2025-04"), ("Oct 2025", "2025-10"), ("Jul 2025", "2025-07"),
                   ("Sep 2025", "2025-09"), ("Jan 2025", "2025-01"), ("Mar 2026", "2026-03"), ("Feb 2025", "2025-02"),
                   ("Nov 2025", "2025-11"), ("Jun 2025", "2025-06"), ("Dec 2025", "2025-12"), ("Jan 2026", "2026-01"),
                   ("May 2025", "2025-05")]:
        if iso not in {x["start"] for x in d.dates if x["end"] is None}:
            d.date(t, iso)
    d.space(10)
    d.h("Appendix B - Performance indicators")
    d.ruled([["Indicator", "Dec 2024", "Mar 2025", "May 2025", "Target"],
             ["Annual reviews within timescale", "38%", "49%", "61%", "80%"],
             ["New EHC plans within 20 weeks", "72%", "75%", "78%", "80%"],
             ["Median wait, autism assessment (weeks)", "77", "76", "74", "52"],
             ["Young people aged 16-25 in EET (EHC plan)", "83%", "84%", "84%", "88%"],
             ["Local Offer page views (month)", "14,210", "15,930", "18,450", "-"]],
            [6.4 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm, 2.6 * cm])
    d.space(8)
    need_table(d, 19)
    d.space(8)
    area_table(d, ["Barnet Vale", "Burnt Oak", "Childs Hill", "Colindale North", "East Finchley", "Edgware",
                   "Finchley Church End", "Friern Barnet", "Golders Green", "Hendon", "Mill Hill", "Totteridge"], 8)
    return d



# ------------------------------------------------------------------------------------------------------------------
def bracknell_highlight() -> Doc:
    rel = ("bracknell-forest/round57-2021-01-19-children-young-people-and-learning-overview-and-scrutiny-panel/"
           "SEND Written Statement of Action - Highlight Report.pdf")
    d = Doc(rel, {"council": "Bracknell Forest Council", "council_slug": "bracknell-forest",
                  "committee": "Children, Young People and Learning Overview and Scrutiny Panel",
                  "meeting_date": "2021-01-19", "title": "SEND Written Statement of Action - Highlight Report",
                  "source_kind": "moderngov-document",
                  "url": "https://democratic.bracknell-forest.gov.uk/documents/s162088/SEND%20WSoA%20Highlight%20Report.pdf"},
            {"council": "Bracknell Forest Council",
             "committee": "Children, Young People and Learning Overview and Scrutiny Panel", "date": "2021-01-19"},
            "Unrestricted", "", "", page_label="{n}")
    d.p("<b>TO: CHILDREN, YOUNG PEOPLE AND LEARNING OVERVIEW AND SCRUTINY PANEL<br/>19 JANUARY 2021</b>")
    d.date("19 JANUARY 2021", "2021-01-19")
    d.title("SPECIAL EDUCATIONAL NEEDS AND DISABILITIES (SEND): WRITTEN STATEMENT OF ACTION - HIGHLIGHT REPORT")
    d.p("<b>Executive Director: People</b>")
    d.h("1 PURPOSE OF REPORT")
    d.num("1.1", "To give the Panel the third highlight report on delivery of the local area's Written Statement of "
                 "Action (WSoA), covering the period from 1 September to 31 December 2020.")
    d.date("from 1 September to 31 December 2020", "2020-09-01", "2020-12-31")
    d.h("2 RECOMMENDATION(S)")
    d.res("2.1", "That the Panel notes the progress made against each of the four priority areas of the Written "
                 "Statement of Action, and the areas where delivery has been delayed by the COVID-19 pandemic.",
          "recommendation", style=NUM_PARA)
    d.res("2.2", "That the Panel identifies any area of the WSoA on which it wishes to receive a more detailed "
                 "report at a future meeting.", "recommendation", style=NUM_PARA)
    d.h("3 REASONS FOR RECOMMENDATION(S)")
    d.num("3.1", "The Panel agreed in July 2020 to receive a highlight report at each meeting until the local area "
                 "is re-visited.")
    d.date("July 2020", "2020-07")
    d.h("4 ALTERNATIVE OPTIONS CONSIDERED")
    d.num("4.1", "None.")
    d.h("5 SUPPORTING INFORMATION")
    d.p("<i>Background</i>")
    d.num("5.1", "A joint Ofsted and Care Quality Commission (CQC) inspection of the Bracknell Forest local area "
                 "took place during the week commencing 20 January 2020 and ended on 24 January 2020. The outcome "
                 "letter was published on 16 March 2020 and required the local authority and East Berkshire "
                 "Clinical Commissioning Group to produce a WSoA.")
    d.date("20 January 2020", "2020-01-20")
    d.date("24 January 2020", "2020-01-24")
    d.date("16 March 2020", "2020-03-16")
    d.event("inspection", "2020-01-20", "2020-01-24",
            "A joint Ofsted and Care Quality Commission (CQC) inspection of the Bracknell Forest local area took "
            "place during the week commencing 20 January 2020 and ended on 24 January 2020.")
    d.event("outcome-letter", "2020-03-16", None, "The outcome letter was published on 16 March 2020")
    d.num("5.2", "Because of the pandemic, Ofsted extended the deadline for submission. The WSoA was submitted on 5 "
                 "June 2020 and Ofsted confirmed on 29 June 2020 that it was fit for purpose.")
    d.date("5 June 2020", "2020-06-05")
    d.date("29 June 2020", "2020-06-29")
    d.event("wsoa-submitted", "2020-06-05", None, "The WSoA was submitted on 5 June 2020")
    d.event("wsoa-approved", "2020-06-29", None, "Ofsted confirmed on 29 June 2020 that it was fit for purpose")
    d.num("5.3", "The four areas of significant weakness, and the highlight status of the WSoA priority that "
                 "addresses each, are summarised in the table below.")
    wk = [("Leaders' self-evaluation is not accurate enough, and strategic plans do not focus sharply on "
           "improving outcomes for children and young people.", ["leadership-governance"], "Amber"),
          ("There is no effective joint commissioning strategy across education, health and social care.",
           ["joint-commissioning"], "Amber"),
          ("The EHC plan process is inconsistent; too many plans are not completed within 20 weeks and the quality "
           "of advice from health and social care varies.", ["ehc-plans"], "Green"),
          ("Too many children and young people with SEND are excluded from school or attend on a part-time "
           "timetable.", ["inclusion-provision"], "Red")]
    rows = [["Priority", "Area of significant weakness identified at inspection", "Status (Dec 2020)"]]
    for n, (t, th, rag) in enumerate(wk, 1):
        rows.append([f"Priority {n}", t, rag])
        d.record_weak(t, th)
    d.ruled(rows, [2.4 * cm, 10.6 * cm, 3.2 * cm])
    d.date("Dec 2020", "2020-12")
    d.p("<i>Monitoring by the Department for Education and NHS England</i>")
    d.num("5.4", "The first formal monitoring visit from the Department for Education and NHS England took place "
                 "virtually on 15 October 2020. Advisers, including Colin Hebblethwaite (DfE SEND Adviser), "
                 "recognised the strong start made on EHC plan timeliness and challenged the partnership on "
                 "exclusions. The next review is scheduled for 23 February 2021.")
    d.date("15 October 2020", "2020-10-15")
    d.date("23 February 2021", "2021-02-23")
    d.person("Colin Hebblethwaite", "DfE SEND Adviser", "officer")
    d.event("monitoring", "2020-10-15", None,
            "The first formal monitoring visit from the Department for Education and NHS England took place "
            "virtually on 15 October 2020.")
    d.event("monitoring", "2021-02-23", None, "The next review is scheduled for 23 February 2021.")
    d.p("<i>Highlights by priority</i>")
    d.num("5.5", "<b>Priority 1: Leadership.</b> The SEND Strategic Partnership Board has been reconstituted with an "
                 "independent chair, Dr Yvonne Castleford, who chaired her first meeting on 3 November 2020. The "
                 "self-evaluation was rewritten with parents during October 2020.")
    d.person("Yvonne Castleford", "independent chair, SEND Strategic Partnership Board", "other")
    d.date("3 November 2020", "2020-11-03")
    d.date("October 2020", "2020-10")
    d.num("5.6", "<b>Priority 2: Joint commissioning.</b> A joint commissioning strategy was drafted by 30 "
                 "November 2020 and will go to the CCG Governing Body in March 2021. Delivery is amber because the "
                 "needs analysis was delayed by the redeployment of CCG staff.")
    d.date("30 November 2020", "2020-11-30")
    d.date("March 2021", "2021-03")
    d.num("5.7", "<b>Priority 3: EHC plans.</b> In the four months to December 2020, 87% of new plans were issued "
                 "within 20 weeks. Health advice returned within six weeks rose to 81%.")
    d.num("5.8", "<b>Priority 4: Inclusion.</b> Fixed-term exclusions of pupils with EHC plans rose in the autumn "
                 "term. A revised inclusion charter was agreed with headteachers on 8 December 2020; the status is "
                 "red until the trend improves.")
    d.date("8 December 2020", "2020-12-08")
    d.h("6 ADVICE RECEIVED FROM STATUTORY AND OTHER OFFICERS")
    d.p("<b>Borough Solicitor</b>")
    d.num("6.1", "Nothing to add to the report.")
    d.p("<b>Borough Treasurer</b>")
    d.num("6.2", "There are no direct financial implications arising from this report.")
    d.p("<b>Equalities Impact Assessment</b>")
    d.num("6.3", "Not required for a progress report.")
    d.p("<b>Strategic Risk Management Issues</b>")
    d.num("6.4", "Failure to make sufficient progress before the re-visit could result in a statutory direction.")
    d.h("7 CONSULTATION")
    d.num("7.1", "Bracknell Forest SEND Parent Carer Forum has contributed to this report.")
    d.p("<u>Background Papers</u>")
    d.p("Ofsted/CQC outcome letter, 16 March 2020<br/>Bracknell Forest Written Statement of Action, June 2020")
    d.date("June 2020", "2020-06")
    d.p("<u>Contact for further information</u>")
    d.p("Lindsay Okafor-Bright, Assistant Director: Education and Learning - 01344 354061<br/>"
        "lindsay.okafor-bright@bracknell-forest.gov.uk")
    d.person("Lindsay Okafor-Bright", "Assistant Director: Education and Learning", "officer",
             "lindsay.okafor-bright@bracknell-forest.gov.uk", "01344 354061")
    d.add(PageBreak())
    d.h("Annex 1: WSoA action tracker (extract), December 2020")
    rows = [["Ref", "Action", "Lead", "Due", "RAG"]]
    acts = [("1.1", "Refresh SEND self-evaluation with parents", "AD Education", "Nov 2020", "Complete"),
            ("1.2", "Appoint independent chair of Partnership Board", "Exec Director", "Oct 2020", "Complete"),
            ("1.3", "SEND strategy 2021-2024 co-produced", "AD Education", "Apr 2021", "Amber"),
            ("2.1", "Joint needs analysis", "CCG / Commissioning", "Dec 2020", "Red"),
            ("2.2", "Joint commissioning strategy", "Head of Commissioning", "Mar 2021", "Amber"),
            ("2.3", "Pooled budget for therapies", "CCG", "Sep 2021", "Not started"),
            ("3.1", "EHC hub and case officer capacity", "Head of SEN", "Sep 2020", "Complete"),
            ("3.2", "Health advice tracker with CCG", "DCO", "Oct 2020", "Complete"),
            ("3.3", "Multi-agency QA audits", "Head of SEN", "Jan 2021", "Green"),
            ("4.1", "Inclusion charter with headteachers", "Head of Inclusion", "Dec 2020", "Complete"),
            ("4.2", "Part-time timetable notification process", "Head of Inclusion", "Feb 2021", "Amber"),
            ("4.3", "Outreach from special schools", "Head of Inclusion", "Apr 2021", "Green")]
    rows += [list(a) for a in acts]
    d.ruled(rows, [1.2 * cm, 7.2 * cm, 3.6 * cm, 2 * cm, 2.2 * cm])
    for t, iso in [("Nov 2020", "2020-11"), ("Oct 2020", "2020-10"), ("Apr 2021", "2021-04"),
                   ("Mar 2021", "2021-03"), ("Sep 2021", "2021-09"), ("Sep 2020", "2020-09"),
                   ("Jan 2021", "2021-01"), ("Feb 2021", "2021-02")]:
        if iso not in {x["start"] for x in d.dates if x["end"] is None}:
            d.date(t, iso)
    d.space(10)
    d.h("Annex 2: Indicators")
    d.ruled([["Indicator", "Jan 2020", "Jun 2020", "Dec 2020", "Target"],
             ["New EHC plans within 20 weeks", "46%", "71%", "87%", "90%"],
             ["Health advice within 6 weeks", "52%", "66%", "81%", "95%"],
             ["Fixed-term exclusions, EHC plan (rate)", "9.1", "6.2", "10.4", "6.0"],
             ["Pupils with EHC plan on part-time timetables", "38", "29", "41", "15"]],
            [6.4 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm, 2.6 * cm])
    d.date("Jan 2020", "2020-01")
    d.space(8)
    need_table(d, 23)
    d.space(8)
    area_table(d, ["Binfield", "Bracknell Town Centre", "Crowthorne", "Easthampstead", "Great Hollands",
                   "Harmans Water", "Owlsmoor", "Priestwood", "Sandhurst", "Warfield", "Winkfield"], 13)
    d.space(8)
    school_table(d, 11, 24)
    d.space(10)
    d.h("Annex 3: Parent Carer Forum survey - headline results")
    d.p("The forum's survey ran for four weeks in the autumn term; 286 parents and carers responded.")
    d.ruled([["Statement", "Agree %", "Neither %", "Disagree %"],
             ["I know where to find information about SEND services", "58", "17", "25"],
             ["My child's EHC plan describes their needs accurately", "49", "19", "32"],
             ["Professionals work together to support my child", "37", "21", "42"],
             ["I was involved in writing my child's plan", "61", "12", "27"],
             ["My child's school meets their needs", "55", "15", "30"],
             ["I feel listened to by the local authority", "34", "22", "44"],
             ["I feel listened to by health services", "41", "24", "35"],
             ["I have confidence that things are improving", "39", "28", "33"]],
            [9.4 * cm, 2.2 * cm, 2.2 * cm, 2.4 * cm])
    return d


DOCUMENTS = [hounslow_revisit_letter, blackpool_pap, birmingham_cabinet, banes_minutes, barnet_progress, bracknell_highlight]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
