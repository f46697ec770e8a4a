"""Write the printed documents of the held-out round 80 (reportlab), and their gold.

Round 80 is a blind batch in the commonest templates, written with their gold before any extractor ran on them.
These are its three short PDFs: a Durham County Council report to the Children and Young People's Overview and
Scrutiny Committee on the Accelerated Progress Plan (2016 framework; the two weaknesses not yet progressed as
quoted "(i)"/"(ii)" paragraphs); a London Borough of Ealing Cabinet Member decision report on funding for the
Priority Action Plan (2023 framework, lowest outcome; the two areas for priority action in an unruled two-column
table); and a Darlington Borough Council letter to parents and carers after the second monitoring meeting (2023
framework, lowest outcome; the areas for priority action quoted in italics), circulated to the Children and Young
People Scrutiny Committee. Invented text, fictitious people. Page breaks are explicit, so the gold's page numbers
follow from this script.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round80_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("80", body=(10.5, 14, 6), cell=(9.5, 12), head=(12, 15, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
NUM_PARA, SUB_PARA, ROMAN, QUOTE = S.num_para, S.sub_para, S.roman, S.quote
LETTER, LETTER_BOLD, LETTER_BULLET, RIGHT = S.letter, S.letter_bold, S.letter_bullet, S.right


class Doc(LongDoc):
    """A round 80 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True


# ---------------------------------------------------------------- Durham (2016 framework, APP)
DUR_SW = [
    "The lack of a coherent, jointly agreed approach to meeting the emotional and mental health needs of children "
    "and young people with SEND, and the long waits that families experience for assessment and support.",
    "The inconsistent quality of EHC plans, including the extent to which outcomes are specific and the input from "
    "health and social care.",
]


def durham_report() -> Doc:
    council = "Durham County Council"
    committee = "Children and Young People's Overview and Scrutiny Committee"
    d = Doc("durham/round80-2023-11-06-children-and-young-peoples-overview-and-scrutiny-committee/"
            "SEND Accelerated Progress Plan - update.pdf",
            {"council": council, "council_slug": "durham", "committee": committee, "meeting_date": "2023-11-06",
             "title": "SEND Accelerated Progress Plan - update", "source_kind": "committee-report",
             "url": "https://democracy.durham.gov.uk/documents/s184210/SEND APP update.pdf"},
            {"council": council, "committee": committee, "date": "2023-11-06"},
            "", "", "Durham County Council")
    d.p("<b>Children and Young People's Overview and Scrutiny Committee</b>")
    d.p("<b>6 November 2023</b>")
    d.date("6 November 2023", "2023-11-06")
    d.title("Special Educational Needs and Disabilities: Accelerated Progress Plan &ndash; update")
    d.p("<b>Report of John Pelaw-Hartley, Corporate Director of Children and Young People's Services</b>")
    d.person("John Pelaw-Hartley", "Corporate Director of Children and Young People's Services", "officer")
    d.p("<b>Electoral division(s) affected:</b> Countywide")
    d.h("Purpose of the Report")
    d.num("1", "To update members on progress against the local area's Accelerated Progress Plan (APP) for special "
          "educational needs and disabilities (SEND), including the outcome of the first review by the Department "
          "for Education (DfE) and NHS England, held on 19 September 2023.")
    d.date("19 September 2023", "2023-09-19")
    d.event("monitoring", "2023-09-19", None, "the outcome of the first review by the Department for Education (DfE) "
            "and NHS England, held on 19 September 2023.")
    d.h("Executive summary")
    d.num("2", "Ofsted and the Care Quality Commission (CQC) carried out a joint inspection of the local area from 4 to "
          "8 December 2017. A Written Statement of Action (WSoA) was required, and was accepted as fit for purpose "
          "in June 2018. The area was revisited from 6 to 8 March 2023; the revisit letter, dated 18 April 2023, "
          "found that sufficient progress had been made in three of the five significant weaknesses.")
    d.date("from 4 to 8 December 2017", "2017-12-04", "2017-12-08")
    d.date("June 2018", "2018-06")
    d.date("from 6 to 8 March 2023", "2023-03-06", "2023-03-08")
    d.date("18 April 2023", "2023-04-18")
    d.event("inspection", "2017-12-04", "2017-12-08", "Ofsted and the Care Quality Commission (CQC) carried out a "
            "joint inspection of the local area from 4 to 8 December 2017.")
    d.event("wsoa-approved", "2018-06", None, "A Written Statement of Action (WSoA) was required, and was accepted as "
            "fit for purpose in June 2018.")
    d.event("revisit", "2023-03-06", "2023-03-08", "The area was revisited from 6 to 8 March 2023")
    d.event("revisit-outcome", "2023-04-18", None, "the revisit letter, dated 18 April 2023, found that sufficient "
            "progress had been made in three of the five significant weaknesses.")
    d.num("3", "The APP, which was submitted on 30 June 2023, addresses the two weaknesses where progress was not "
          "sufficient. In the words of the revisit letter, these are:")
    d.date("30 June 2023", "2023-06-30")
    d.event("progress-plan", "2023-06-30", None, "The APP, which was submitted on 30 June 2023, addresses the two "
            "weaknesses where progress was not sufficient.")
    d.weak(DUR_SW[0], ["health-services", "joint-commissioning"], marker="(i)", style=SUB_PARA)
    d.weak(DUR_SW[1], ["ehc-plans"], marker="(ii)", style=SUB_PARA)
    d.h("Recommendation(s)")
    d.num("4", "Members of the Children and Young People's Overview and Scrutiny Committee are recommended to:")
    d.res("(a)", "note the progress made against the Accelerated Progress Plan and the feedback from the DfE and NHS "
          "England review;", "recommendation", style=SUB_PARA)
    d.res("(b)", "note that the second review is scheduled for 4 December 2023;", "recommendation", style=SUB_PARA)
    d.res("(c)", "receive a further update at the meeting in March 2024.", "recommendation", style=SUB_PARA)
    d.date("4 December 2023", "2023-12-04")
    d.event("monitoring", "2023-12-04", None, "the second review is scheduled for 4 December 2023")
    d.date("March 2024", "2024-03")
    d.add(PageBreak())
    d.h("Background")
    d.num("5", "The DfE's SEND adviser, Dr Catherine Shincliffe, and NHS England's adviser, Gary Brancepeth, "
          "chaired the September review. They recognised that the new emotional wellbeing and mental health pathway, "
          "launched in July 2023, was well regarded by schools, and that the multi-agency quality assurance of EHC "
          "plans was more robust. They asked for evidence of impact on waiting times by the next review.")
    d.person("Catherine Shincliffe", "The DfE's SEND adviser", "officer")
    d.person("Gary Brancepeth", "NHS England's adviser", "officer")
    d.date("July 2023", "2023-07")
    d.num("6", "The table below shows the main measures in the APP.")
    d.table([["Measure", "Baseline (Mar 2023)", "Sep 2023", "Target (Mar 2024)"],
             ["EHC plans issued within 20 weeks", "42%", "61%", "75%"],
             ["Plans audited as good or better", "38%", "55%", "70%"],
             ["Median wait for CYPS assessment (weeks)", "31", "26", "18"]],
            [6.4 * cm, 3.6 * cm, 2.4 * cm, 3.8 * cm])
    d.date("Mar 2023", "2023-03")
    d.date("Sep 2023", "2023-09")
    d.num("7", "Durham SEND Parent Carer Forum co-chairs the APP's two workstreams. Its survey of October 2023 found "
          "that 44% of families felt their child's plan reflected their needs, up from 29% in 2022.")
    d.date("October 2023", "2023-10")
    d.num("8", "The new area SEND inspection framework was introduced in January 2023. The local area will not be "
          "inspected under it until the APP has concluded.")
    d.date("January 2023", "2023-01")
    d.h("Background papers")
    d.p("Revisit letter, 18 April 2023; Accelerated Progress Plan, June 2023.")
    d.date("June 2023", "2023-06")
    d.h("Contact")
    d.p("Helen Framwellgate, Head of SEND and Inclusion &nbsp;&nbsp; Tel: 03000 268 504", SMALL)
    d.person("Helen Framwellgate", "Head of SEND and Inclusion", "officer", None, "03000 268 504")
    return d


# ---------------------------------------------------------------- Ealing (2023 framework, lowest outcome)
EAL_APA = [
    "Leaders across the partnership must urgently improve the timeliness of EHC needs assessments and annual "
    "reviews, and make sure that plans are written with families and reflect children's current needs.",
    "Leaders must improve the identification and assessment of speech, language and communication needs, and reduce "
    "the time children wait for speech and language therapy.",
]


def ealing_decision() -> Doc:
    council = "London Borough of Ealing"
    maker = "Cabinet Member for Schools and Children's Services"
    d = Doc("ealing/round80-2026-02-16-cabinet-member-for-schools-and-childrens-services/"
            "Cabinet Member Decision - Priority Action Plan investment 2026-27.pdf",
            {"council": council, "council_slug": "ealing", "committee": maker, "meeting_date": "2026-02-16",
             "title": "Cabinet Member Decision - Priority Action Plan investment 2026-27", "source_kind": "decision-report",
             "url": "https://ealing.moderngov.co.uk/documents/s80431/CMD PAP investment 2026-27.pdf"},
            {"council": council, "committee": maker, "date": "2026-02-16"},
            "Ealing Council", "PUBLIC", "Cabinet Member decision report")
    d.table([["Report for:", "DECISION BY CABINET MEMBER"],
             ["Title:", "Priority Action Plan for SEND: investment in 2026-27"],
             ["Portfolio:", "Cabinet Member for Schools and Children's Services, Councillor Kamaljit Norwood-Green"],
             ["Responsible Officer:", "Kerry Hanwell-Stone, Strategic Director, Children's Services"],
             ["Author:", "Oliver Perivale, Assistant Director SEND, 020 8825 7740, perivaleo@ealing.gov.uk"],
             ["Key decision:", "Yes (notice given on 9 January 2026)"],
             ["Report date:", "4 February 2026"]],
            [4.0 * cm, 12.2 * cm], header=False)
    d.person("Kamaljit Norwood-Green", "Cabinet Member for Schools and Children's Services", "member")
    d.person("Kerry Hanwell-Stone", "Strategic Director, Children's Services", "officer")
    d.person("Oliver Perivale", "Assistant Director SEND", "officer", "perivaleo@ealing.gov.uk", "020 8825 7740")
    d.date("9 January 2026", "2026-01-09")
    d.date("4 February 2026", "2026-02-04")
    d.h("1. Recommendations")
    d.p("That the Cabinet Member for Schools and Children's Services:")
    d.res("1.1", "Approves additional investment of &pound;1.26m from the High Needs Block in 2026-27 to deliver "
          "the Priority Action Plan, as set out in paragraph 3.4.".replace("&pound;", "\u00a3"), "recommendation",
          style=NUM_PARA)
    d.res("1.2", "Delegates authority to the Strategic Director, Children's Services, to award the speech and "
          "language therapy contract extension described in paragraph 3.5.", "recommendation", style=NUM_PARA)
    d.res("1.3", "Notes the feedback from the first monitoring meeting with the Department for Education and NHS "
          "England.", "recommendation", style=NUM_PARA)
    d.h("2. Reason for decision and options considered")
    d.num("2.1", "Ofsted and the CQC inspected Ealing's local area partnership between 7 and 25 July 2025. The "
          "report, published on 5 September 2025, found widespread and/or systemic failings and set out two areas for "
          "priority action:")
    d.date("between 7 and 25 July 2025", "2025-07-07", "2025-07-25")
    d.date("5 September 2025", "2025-09-05")
    d.event("inspection", "2025-07-07", "2025-07-25", "Ofsted and the CQC inspected Ealing's local area partnership "
            "between 7 and 25 July 2025.")
    d.event("outcome-letter", "2025-09-05", None, "The report, published on 5 September 2025, found widespread and/or "
            "systemic failings")
    d.table([["APA 1", EAL_APA[0]], ["APA 2", EAL_APA[1]]], [2.0 * cm, 14.2 * cm], header=False, grid=False)
    d.record_weak(EAL_APA[0], ["ehc-plans"])
    d.record_weak(EAL_APA[1], ["identification", "health-services"])
    d.num("2.2", "The Priority Action Plan was submitted to Ofsted on 17 October 2025. At the first monitoring meeting "
          "on 27 January 2026, the advisers judged that the plan was \u201cthe right plan\u201d but that capacity in "
          "the EHC assessment team and in speech and language therapy would limit the pace of change. The second "
          "meeting is expected in July 2026.")
    d.date("17 October 2025", "2025-10-17")
    d.date("27 January 2026", "2026-01-27")
    d.date("July 2026", "2026-07")
    d.event("progress-plan", "2025-10-17", None, "The Priority Action Plan was submitted to Ofsted on 17 October 2025.")
    d.event("monitoring", "2026-01-27", None, "At the first monitoring meeting on 27 January 2026")
    d.event("monitoring", "2026-07", None, "The second meeting is expected in July 2026.")
    d.num("2.3", "Option 1, to make no additional investment, was rejected because the plan's milestones for March 2027 "
          "could not be met. Option 2, to fund the work from reserves, was rejected as reserves are committed to the "
          "Dedicated Schools Grant deficit.")
    d.date("March 2027", "2027-03")
    d.add(PageBreak())
    d.h("3. Key implications")
    d.num("3.1", "The number of EHC plans maintained has risen from 3,112 in January 2024 to 3,874 in January 2026.")
    d.date("January 2024", "2024-01")
    d.date("January 2026", "2026-01")
    d.num("3.4", "The investment funds eight EHC coordinators and two educational psychologists for twelve months from "
          "1 April 2026.")
    d.date("1 April 2026", "2026-04-01")
    d.num("3.5", "The current speech and language therapy contract with London North West University Healthcare NHS "
          "Trust ends on 31 March 2026; a twelve-month extension would add 6.5 therapists.")
    d.date("31 March 2026", "2026-03-31")
    d.h("4. Financial, legal and equalities")
    d.p("Financial implications verified by Ravi Northolt, Finance Business Partner, on 3 February 2026. Legal "
        "implications verified by Sonia Acton-Vale, Senior Lawyer, on 3 February 2026. An equalities analysis is "
        "attached as Appendix 2.")
    d.person("Ravi Northolt", "Finance Business Partner", "officer")
    d.person("Sonia Acton-Vale", "Senior Lawyer", "officer")
    d.date("3 February 2026", "2026-02-03")
    d.h("5. Decision")
    d.table([["I agree the recommendations set out in this report.", ""],
             ["Signed: Cllr Kamaljit Norwood-Green", "Date: 16 February 2026"],
             ["Cabinet Member for Schools and Children's Services", ""]],
            [10.0 * cm, 6.2 * cm], header=False, grid=False)
    d.date("16 February 2026", "2026-02-16")
    d.p("This decision will come into effect at 5pm on 24 February 2026 unless called in.", SMALL)
    d.date("24 February 2026", "2026-02-24")
    return d


# ---------------------------------------------------------------- Darlington (2023 framework, lowest outcome)
DAR_APA = [
    "Leaders across education, health and care must work together to improve the quality and timeliness of EHC "
    "plans, so that they accurately describe children's needs and the support they should receive.",
    "Leaders must make sure that children and young people with SEND who are not attending school regularly, or "
    "who are on reduced timetables, are identified and helped back into full-time education.",
]


def darlington_letter() -> Doc:
    council = "Darlington Borough Council"
    committee = "Children and Young People Scrutiny Committee"
    d = Doc("darlington/round80-2025-09-08-children-and-young-people-scrutiny-committee/"
            "Appendix 2 - Letter to parents and carers July 2025.pdf",
            {"council": council, "council_slug": "darlington", "committee": committee, "meeting_date": "2025-09-08",
             "title": "Appendix 2 - Letter to parents and carers July 2025", "source_kind": "letter",
             "url": "https://democracy.darlington.gov.uk/documents/s22714/Appendix 2 Letter to parents July 2025.pdf"},
            {"council": council, "committee": committee, "date": "2025-09-08"},
            "", "", "Darlington Borough Council")
    d.p("Children and Adults Services<br/>Town Hall<br/>Feethams<br/>Darlington DL1 5QT", RIGHT)
    d.p("25 July 2025", RIGHT)
    d.date("25 July 2025", "2025-07-25")
    d.p("Dear parents and carers,", LETTER)
    d.p("<b>Update on our SEND Priority Action Plan</b>", LETTER_BOLD)
    d.p("We are writing to let you know how we are getting on with the improvements we promised after last year's "
        "inspection of SEND services in Darlington, and what the Department for Education and NHS England told us "
        "when they met us on 8 July 2025.", LETTER)
    d.date("8 July 2025", "2025-07-08")
    d.event("monitoring", "2025-07-08", None, "what the Department for Education and NHS England told us when they "
            "met us on 8 July 2025.")
    d.p("As many of you will remember, Ofsted and the Care Quality Commission visited Darlington from 16 September to "
        "4 October 2024. Their report came out on 1 November 2024 and was very clear that services were not good "
        "enough. Inspectors said two things had to change as a matter of priority:", LETTER)
    d.date("from 16 September to 4 October 2024", "2024-09-16", "2024-10-04")
    d.date("1 November 2024", "2024-11-01")
    d.event("inspection", "2024-09-16", "2024-10-04", "Ofsted and the Care Quality Commission visited Darlington from "
            "16 September to 4 October 2024.")
    d.event("outcome-letter", "2024-11-01", None, "Their report came out on 1 November 2024")
    d.weak(DAR_APA[0], ["ehc-plans"], marker="", style=QUOTE)
    d.weak(DAR_APA[1], ["inclusion-provision"], marker="", style=QUOTE)
    d.p("They also asked us to improve three other areas, which you can read about in the full report on the Local "
        "Offer.", LETTER)
    d.p("Our Priority Action Plan was sent to Ofsted on 9 December 2024, and this was our second formal meeting with "
        "the government's advisers; the first was on 29 January 2025. The advisers told us that:", LETTER)
    d.date("9 December 2024", "2024-12-09")
    d.date("29 January 2025", "2025-01-29")
    d.event("progress-plan", "2024-12-09", None, "Our Priority Action Plan was sent to Ofsted on 9 December 2024")
    d.event("monitoring", "2025-01-29", None, "the first was on 29 January 2025.")
    for text in ("more plans are now finished on time &ndash; 64% in the three months to June 2025, compared with "
                 "23% a year before;",
                 "every child on a reduced timetable now has a named person who checks on them each fortnight;",
                 "we still need to show that families can see the difference, especially when plans are reviewed."):
        d.p(f"&ndash; {text}", LETTER_BULLET)
    d.date("the three months to June 2025", "2025-06")
    d.p("We know some of you are still waiting too long, and we are sorry. The next meeting with the advisers is "
        "planned for January 2026, and we will write to you again afterwards. You are welcome at our family "
        "information event on Saturday 27 September 2025 at the Dolphin Centre.", LETTER)
    d.date("January 2026", "2026-01")
    d.event("monitoring", "2026-01", None, "The next meeting with the advisers is planned for January 2026")
    d.date("Saturday 27 September 2025", "2025-09-27")
    d.p("If you would like to talk to someone, please contact the SEND team on 01325 405 855 or "
        "send.improvement@darlington.gov.uk.", LETTER)
    d.p("Yours sincerely,", LETTER)
    d.table([["Lorraine Whinfield", "Dr Peter Cockerton"],
             ["Director of Children and Adults Services", "Director of Place, NHS North East and North Cumbria "
                                                          "Integrated Care Board (Darlington)"]],
            [8.1 * cm, 8.1 * cm], header=False, grid=False)
    d.person("Lorraine Whinfield", "Director of Children and Adults Services", "officer")
    d.person("Peter Cockerton", "Director of Place, NHS North East and North Cumbria Integrated Care Board "
             "(Darlington)", "officer")
    return d


DOCUMENTS = [durham_report, ealing_decision, darlington_letter]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
