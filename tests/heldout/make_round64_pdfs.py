"""Write the printed documents of the held-out round 64 (reportlab), and their gold.

Round 64 is a blind batch in the commonest templates, written with their gold before any extractor ran on them.
These are its three short PDFs: a North Northamptonshire Council report to its Children, Education and Skills
Scrutiny Committee on the priority action plan (2023 framework, lowest outcome; the areas for priority action and
for improvement as rows of a two-column table, recommendations "a)"/"b)"/"c)"); an Oxfordshire County Council
delegated decision report of the Cabinet Member for Education on accelerated progress plan funding (2016
framework; the unprogressed weaknesses as "A."-"C." paragraphs, recommendation and decision record); and a Slough
Borough Council briefing note to the Education and Children's Services Scrutiny Panel after the re-visit (2016
framework; the weaknesses in a table with the inspectors' judgement beside each). Invented text, fictitious
people. Page breaks are explicit, so the gold's page numbers follow from this script.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF. Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round64_pdfs.py --gold
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("64", body=(10.5, 14, 6), cell=(9.5, 12), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base


class Doc(LongDoc):
    """A round 64 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True


# ---------------------------------------------------------------- North Northamptonshire (2023, lowest outcome)
NNC_APA = [
    "Leaders across the partnership must urgently improve the timeliness of EHC needs assessments, so that "
    "children and young people do not wait too long for their needs to be assessed and met.",
    "Leaders must make sure that there is a shared and accurate understanding of the partnership's performance, "
    "and use this to hold services to account for the difference they make.",
]
NNC_AFI = [
    "The ICB and its providers should reduce the waiting times for neurodevelopmental assessment in the north of "
    "the county.",
    "Leaders should strengthen the way they involve parents and carers in planning and reviewing services.",
    "Leaders should improve the quality and consistency of preparing for adulthood planning from Year 9 onwards.",
]


def nnc_report() -> Doc:
    council = "North Northamptonshire Council"
    committee = "Children, Education and Skills Scrutiny Committee"
    d = Doc("north-northamptonshire/round64-2025-12-04-children-education-and-skills-scrutiny-committee/"
            "Priority Action Plan - first DfE review.pdf",
            {"council": council, "council_slug": "north-northamptonshire", "committee": committee,
             "meeting_date": "2025-12-04", "title": "Priority Action Plan - first DfE review",
             "source_kind": "council-document",
             "url": "https://northnorthants.moderngov.co.uk/documents/s41872/Priority%20Action%20Plan%20-%20first%20DfE%20review.pdf"},
            {"council": council, "committee": committee, "date": "2025-12-04"},
            "North Northamptonshire Council", "Children, Education and Skills Scrutiny Committee",
            "Children, Education and Skills Scrutiny Committee - 4 December 2025")
    d.title("North Northamptonshire Council")
    d.p("<b>Children, Education and Skills Scrutiny Committee<br/>4 December 2025</b>")
    d.date("4 December 2025", "2025-12-04")
    d.table([["Report Title", "Area SEND Partnership: Priority Action Plan &ndash; outcome of the first DfE and "
              "NHS England review"],
             ["Report Author", "Marcus Okonjo-Reeve, Assistant Director, Education and Inclusion<br/>"
              "marcus.okonjo-reeve@northnorthants.gov.uk"],
             ["Executive Member", "Cllr Helen Tarrant, Executive Member for Children, Families and Education"]],
            [4.2 * cm, 12.0 * cm], header=False)
    d.person("Marcus Okonjo-Reeve", "Assistant Director, Education and Inclusion", "officer",
             "marcus.okonjo-reeve@northnorthants.gov.uk")
    d.person("Helen Tarrant", "Executive Member for Children, Families and Education", "member")
    d.table([["Key Decision", "No"], ["Exempt information", "No"], ["Appendices", "Appendix A &ndash; letter from "
             "the DfE and NHS England dated 3 November 2025"]], [4.2 * cm, 12.0 * cm], header=False)
    d.date("3 November 2025", "2025-11-03")
    d.h("1. Purpose of Report")
    d.p("1.1 To inform the Committee of the outcome of the first formal review of the partnership's Priority Action "
        "Plan (PAP) by the Department for Education and NHS England, held on 14 October 2025.")
    d.date("14 October 2025", "2025-10-14")
    d.event("monitoring", "2025-10-14", None, "the first formal review of the partnership's Priority Action Plan "
            "(PAP) by the Department for Education and NHS England, held on 14 October 2025")
    d.h("2. Recommendations")
    d.p("2.1 It is recommended that the Scrutiny Committee:")
    d.res("a)", "Notes the findings of the DfE and NHS England review set out in Appendix A;", "recommendation",
          style=HANG)
    d.res("b)", "Comments on the progress made against the two areas for priority action; and", "recommendation",
          style=HANG)
    d.res("c)", "Agrees to receive a further update after the second review, expected in January 2026.",
          "recommendation", style=HANG)
    d.date("January 2026", "2026-01")
    d.event("monitoring", "2026-01", None, "the second review, expected in January 2026")
    d.h("3. Background")
    d.p("3.1 Ofsted and the Care Quality Commission carried out an area SEND inspection of the North "
        "Northamptonshire local area partnership from 9 to 13 June 2025. The report was published on 25 July 2025. "
        "The partnership received the lowest of the three possible outcomes: there are widespread and/or systemic "
        "failings leading to significant concerns about the experiences and outcomes of children and young people "
        "with SEND.")
    d.date("from 9 to 13 June 2025", "2025-06-09", "2025-06-13")
    d.date("25 July 2025", "2025-07-25")
    d.event("inspection", "2025-06-09", "2025-06-13", "Ofsted and the Care Quality Commission carried out an area "
            "SEND inspection of the North Northamptonshire local area partnership from 9 to 13 June 2025")
    d.event("outcome-letter", "2025-07-25", None, "The report was published on 25 July 2025.")
    d.p("3.2 The partnership's PAP was submitted to Ofsted on 2 September 2025, within the 30 working days allowed. "
        "The table below reproduces the areas identified in the inspection report.")
    d.date("2 September 2025", "2025-09-02")
    d.event("progress-plan", "2025-09-02", None, "The partnership's PAP was submitted to Ofsted on 2 September 2025")
    rows = [["<b>Type</b>", "<b>As stated in the inspection report</b>"]]
    rows += [["Area for priority action " + str(i + 1), t] for i, t in enumerate(NNC_APA)]
    rows += [["Area for improvement " + str(i + 1), t] for i, t in enumerate(NNC_AFI)]
    d.table(rows, [4.2 * cm, 12.0 * cm])
    d.record_weak(NNC_APA[0], ["ehc-plans"])
    d.record_weak(NNC_APA[1], ["leadership-governance", "data-oversight"])
    d.record_weak(NNC_AFI[0], ["health-services"])
    d.record_weak(NNC_AFI[1], ["co-production"])
    d.record_weak(NNC_AFI[2], ["preparing-for-adulthood"])
    d.add(PageBreak())
    d.h("4. Outcome of the review")
    d.p("4.1 The advisers judged that the partnership had made a positive start. In particular they noted that "
        "the number of EHC needs assessments open for more than 20 weeks had fallen from 412 at the end of June 2025 "
        "to 263 at the end of September 2025, and that a single partnership performance dashboard had been "
        "in use since 1 October 2025.")
    d.date("June 2025", "2025-06")
    d.date("September 2025", "2025-09")
    d.date("1 October 2025", "2025-10-01")
    d.p("4.2 The advisers asked the partnership to set out a trajectory for assessment timeliness to March 2027 and "
        "to evidence how the views of families are changing practice, not only being collected.")
    d.date("March 2027", "2027-03")
    d.table([["<b>Measure</b>", "<b>June 2025</b>", "<b>Sept 2025</b>", "<b>Target March 2026</b>"],
             ["New EHC plans issued within 20 weeks", "9%", "23%", "45%"],
             ["Assessments open over 20 weeks", "412", "263", "150"],
             ["Neurodevelopmental waits over 52 weeks (north)", "1,140", "1,018", "700"]],
            [7.0 * cm, 2.8 * cm, 2.8 * cm, 3.6 * cm])
    d.date("March 2026", "2026-03")
    d.h("5. Implications")
    d.p("5.1 <b>Financial:</b> the additional EHC coordinator posts agreed by the Executive on 18 September 2025 "
        "are funded from the High Needs Block for 2025/26.")
    d.date("18 September 2025", "2025-09-18")
    d.p("5.2 <b>Legal:</b> there are no legal implications arising from this report. Legal comments were provided "
        "by Amrit Sandhu, Principal Lawyer (People).")
    d.person("Amrit Sandhu", "Principal Lawyer (People)", "officer")
    d.h("6. Background Papers")
    d.p("6.1 Area SEND inspection of North Northamptonshire Local Area Partnership, Ofsted and CQC, 25 July 2025.")
    return d


# ---------------------------------------------------------------- Oxfordshire (2016 framework, APP)
OXF_WEAK = [
    "The lack of a coherent, jointly agreed strategy across education, health and care, which has meant that "
    "leaders have not been able to tackle weaknesses in a co-ordinated way.",
    "Parents' and carers' lack of confidence in the local area's ability to meet their children's needs, and "
    "weak communication with families.",
    "The inconsistent quality of EHC plans, and the absence of health and social care advice in too many of them.",
]


def oxfordshire_decision() -> Doc:
    council = "Oxfordshire County Council"
    committee = "Cabinet Member for Education and Young People's Services"
    d = Doc("oxfordshire/round64-2022-07-12-cabinet-member-for-education-and-young-peoples-services/"
            "CMDEYPS12JUL22 - Parent Carer Engagement Grant.pdf",
            {"council": council, "council_slug": "oxfordshire", "committee": committee,
             "meeting_date": "2022-07-12", "title": "Parent Carer Engagement Grant - Accelerated Progress Plan",
             "source_kind": "council-document",
             "url": "https://mycouncil.oxfordshire.gov.uk/documents/s61240/CMDEYPS12JUL22%20-%20Parent%20Carer%20Engagement%20Grant.pdf"},
            {"council": council, "committee": committee, "date": "2022-07-12"},
            "Oxfordshire County Council", "Divisions affected: All",
            "CMDEYPS 12 July 2022")
    d.p("Divisions Affected &ndash; All", SMALL)
    d.title("DELEGATED DECISIONS BY CABINET MEMBER FOR EDUCATION AND YOUNG PEOPLE'S SERVICES")
    d.p("<b>12 July 2022</b>")
    d.date("12 July 2022", "2022-07-12")
    d.p("<b>Parent Carer Engagement Grant &ndash; Accelerated Progress Plan</b>")
    d.p("<b>Report by Corporate Director for Children's Services</b>")
    d.h("RECOMMENDATION")
    d.p("1. The Cabinet Member is RECOMMENDED to approve a grant of &pound;48,000 to Oxfordshire Family Voice for "
        "2022/23 to lead co-produced engagement under the Accelerated Progress Plan, subject to a grant agreement "
        "to be finalised by the Head of SEND.")
    d.record_res("1.", "The Cabinet Member is RECOMMENDED to approve a grant of £48,000 to Oxfordshire Family Voice "
                 "for 2022/23 to lead co-produced engagement under the Accelerated Progress Plan, subject to a grant "
                 "agreement to be finalised by the Head of SEND.", "recommendation")
    d.h("Executive Summary")
    d.p("2. Ofsted and the CQC revisited the Oxfordshire local area between 7 and 9 February 2022 to decide whether "
        "sufficient progress had been made in addressing the areas of significant weakness identified at the "
        "inspection in November 2018. Their letter, published on 4 April 2022, found that the area had made "
        "sufficient progress in addressing two of the five weaknesses but not in the following three:")
    d.date("between 7 and 9 February 2022", "2022-02-07", "2022-02-09")
    d.date("November 2018", "2018-11")
    d.date("4 April 2022", "2022-04-04")
    d.event("revisit", "2022-02-07", "2022-02-09", "Ofsted and the CQC revisited the Oxfordshire local area between "
            "7 and 9 February 2022")
    d.event("inspection", "2018-11", None, "the inspection in November 2018")
    d.event("revisit-outcome", "2022-04-04", None, "Their letter, published on 4 April 2022")
    for label, text, themes in zip("ABC", OXF_WEAK, [["leadership-governance"], ["co-production"],
                                                     ["ehc-plans"]]):
        d.weak(text, themes, marker=f"{label}.", style=HANG)
    d.p("3. The Department for Education and NHS England required the area to produce an Accelerated Progress Plan "
        "(APP). The APP was agreed with the Department on 20 May 2022 and its first review meeting is scheduled for "
        "27 September 2022.")
    d.date("20 May 2022", "2022-05-20")
    d.date("27 September 2022", "2022-09-27")
    d.event("progress-plan", "2022-05-20", None, "The APP was agreed with the Department on 20 May 2022")
    d.event("monitoring", "2022-09-27", None, "its first review meeting is scheduled for 27 September 2022")
    d.p("4. Weakness B is the one that parents raised most often with inspectors. Oxfordshire Family Voice, the "
        "Department-recognised parent carer forum, has proposed a programme of termly listening events, a "
        "co-production charter and a network of parent champions in each of the county's localities.")
    d.add(PageBreak())
    d.h("Financial Implications")
    d.p("5. The grant is met from the one-off SEND improvement reserve approved by Cabinet on 15 March 2022. "
        "Comments checked by: Priya Castellano, Strategic Finance Business Partner, "
        "priya.castellano@oxfordshire.gov.uk.")
    d.date("15 March 2022", "2022-03-15")
    d.person("Priya Castellano", "Strategic Finance Business Partner", "officer", "priya.castellano@oxfordshire.gov.uk")
    d.h("Legal Implications")
    d.p("6. The Council has power to make the grant under section 1 of the Localism Act 2011. Comments checked by: "
        "Dominic Ashworth-Hale, Head of Legal (Contracts).")
    d.person("Dominic Ashworth-Hale", "Head of Legal (Contracts)", "officer")
    d.p("<b>KEVIN LINDQVIST</b><br/>Corporate Director for Children's Services")
    d.person("Kevin Lindqvist", "Corporate Director for Children's Services", "officer")
    d.table([["Contact Officer:", "Fiona Bramley, Head of SEND, 07584 902117"], ["Date:", "June 2022"]],
            [4.0 * cm, 12.2 * cm], header=False, grid=False)
    d.person("Fiona Bramley", "Head of SEND", "officer", None, "07584 902117")
    d.date("June 2022", "2022-06")
    d.h("RECORD OF DECISION")
    d.p("The Cabinet Member for Education and Young People's Services, Councillor Liz Brenchley, considered the "
        "report on 12 July 2022 in the presence of Councillor Tom Faraday-Lowe (Shadow Cabinet Member).")
    d.person("Liz Brenchley", "Cabinet Member for Education and Young People's Services", "member")
    d.person("Tom Faraday-Lowe", "Shadow Cabinet Member", "member")
    d.res(None, "to approve the grant of £48,000 to Oxfordshire Family Voice as recommended, and to ask for a "
          "report on the use of the grant by March 2023.", "resolution", lead="<b>Decision:</b>", style=BODY)
    d.date("March 2023", "2023-03")
    return d


# ---------------------------------------------------------------- Slough (2016 framework, revisit)
SLOUGH_WEAK = [
    "Leaders' understanding of the local area's strengths and weaknesses is not accurate, and their plans are not "
    "sharp enough to bring about improvement.",
    "There is no effective joint commissioning to meet the needs of children and young people with SEND.",
    "The quality of EHC plans is poor, and plans are not routinely reviewed and updated when needs change.",
    "Too many children and young people with SEND are excluded from school or are not in full-time education.",
]


def slough_briefing() -> Doc:
    council = "Slough Borough Council"
    committee = "Education and Children's Services Scrutiny Panel"
    d = Doc("slough/round64-2023-07-13-education-and-childrens-services-scrutiny-panel/"
            "Briefing Note - SEND re-visit and Accelerated Progress Plan.pdf",
            {"council": council, "council_slug": "slough", "committee": committee,
             "meeting_date": "2023-07-13", "title": "Briefing Note - SEND re-visit and Accelerated Progress Plan",
             "source_kind": "council-document",
             "url": "https://democracy.slough.gov.uk/documents/s73518/Briefing%20Note%20-%20SEND%20re-visit.pdf"},
            {"council": council, "committee": committee, "date": "2023-07-13"},
            "Slough Borough Council", "Briefing Note", "ECS Scrutiny Panel, 13 July 2023")
    d.title("BRIEFING NOTE")
    d.table([["To:", "Education and Children's Services Scrutiny Panel"],
             ["Meeting date:", "13 July 2023"],
             ["From:", "Neil Hartigan, Executive Director of People (Children)"],
             ["Author:", "Rachael Ofori, Interim Head of SEND (rachael.ofori@slough.gov.uk)"],
             ["Subject:", "Area SEND re-visit and the Accelerated Progress Plan"]],
            [3.6 * cm, 12.6 * cm], header=False, grid=False)
    d.date("13 July 2023", "2023-07-13")
    d.person("Neil Hartigan", "Executive Director of People (Children)", "officer")
    d.person("Rachael Ofori", "Interim Head of SEND", "officer", "rachael.ofori@slough.gov.uk")
    d.h("Why the Panel is receiving this note")
    d.p("Members asked at their meeting of 16 March 2023 to be briefed once the outcome of the area SEND re-visit "
        "was known. This note does not ask the Panel to make a decision. The Panel is asked to note the outcome of "
        "the re-visit and the Accelerated Progress Plan submitted in response.")
    d.date("16 March 2023", "2023-03-16")
    d.record_res(None, "The Panel is asked to note the outcome of the re-visit and the Accelerated Progress Plan "
                 "submitted in response.", "recommendation")
    d.h("What happened")
    d.p("Slough's first area SEND inspection took place in February 2020 and found significant weaknesses in the "
        "local area's practice. The Written Statement of Action was declared fit for purpose on 15 September 2020. "
        "Because progress was slow, the Secretary of State issued a statutory direction to the council on 1 "
        "December 2021, covering children's services as a whole.")
    d.date("February 2020", "2020-02")
    d.date("15 September 2020", "2020-09-15")
    d.date("1 December 2021", "2021-12-01")
    d.event("inspection", "2020-02", None, "Slough's first area SEND inspection took place in February 2020")
    d.event("wsoa-approved", "2020-09-15", None, "The Written Statement of Action was declared fit for purpose on 15 "
            "September 2020.")
    d.event("statutory-direction", "2021-12-01", None, "the Secretary of State issued a statutory direction to the "
            "council on 1 December 2021")
    d.p("Inspectors from Ofsted and the CQC re-visited Slough from 27 February to 2 March 2023. Their letter was "
        "published on 25 April 2023. Of the eight significant weaknesses, the area had made sufficient progress in "
        "four. Inspectors judged that it had not made sufficient progress in the four below.")
    d.date("from 27 February to 2 March 2023", "2023-02-27", "2023-03-02")
    d.date("25 April 2023", "2023-04-25")
    d.event("revisit", "2023-02-27", "2023-03-02", "Inspectors from Ofsted and the CQC re-visited Slough from 27 "
            "February to 2 March 2023.")
    d.event("revisit-outcome", "2023-04-25", None, "Their letter was published on 25 April 2023.")
    rows = [["<b>Significant weakness (2020)</b>", "<b>What inspectors found in 2023</b>"],
            [SLOUGH_WEAK[0], "Self-evaluation is more realistic, but the SEND strategy was only agreed in January "
             "2023 and has not yet made a difference."],
            [SLOUGH_WEAK[1], "A joint commissioning officer is now in post; few services have been jointly "
             "commissioned."],
            [SLOUGH_WEAK[2], "An audit in December 2022 found 38% of plans good or better."],
            [SLOUGH_WEAK[3], "Suspensions of pupils with EHC plans rose in the autumn term."]]
    d.table(rows, [8.4 * cm, 7.8 * cm])
    d.date("January 2023", "2023-01")
    d.date("December 2022", "2022-12")
    d.record_weak(SLOUGH_WEAK[0], ["leadership-governance"])
    d.record_weak(SLOUGH_WEAK[1], ["joint-commissioning"])
    d.record_weak(SLOUGH_WEAK[2], ["ehc-plans"])
    d.record_weak(SLOUGH_WEAK[3], ["inclusion-provision"])
    d.add(PageBreak())
    d.h("What happens next")
    d.p("The Accelerated Progress Plan was sent to the Department for Education and NHS England on 31 May 2023. "
        "The first six-monthly review with the DfE SEND adviser, Mr Colin Pettifer, and the NHS England adviser, "
        "Dr Sunita Rao, is booked for 5 December 2023.")
    d.date("31 May 2023", "2023-05-31")
    d.date("5 December 2023", "2023-12-05")
    d.event("progress-plan", "2023-05-31", None, "The Accelerated Progress Plan was sent to the Department for "
            "Education and NHS England on 31 May 2023.")
    d.event("monitoring", "2023-12-05", None, "The first six-monthly review with the DfE SEND adviser, Mr Colin "
            "Pettifer, and the NHS England adviser, Dr Sunita Rao, is booked for 5 December 2023.")
    d.person("Colin Pettifer", "DfE SEND adviser", "officer")
    d.person("Sunita Rao", "NHS England adviser", "officer")
    d.p("The SEND Improvement Board, chaired by Councillor Pavan Gill, Lead Member for Education and Children's "
        "Services, meets monthly; its next meeting is on 26 July 2023. Parents can contact the SEND team on "
        "01753 475111.")
    d.person("Pavan Gill", "Lead Member for Education and Children's Services", "member")
    d.date("26 July 2023", "2023-07-26")
    return d


DOCUMENTS = [nnc_report, oxfordshire_decision, slough_briefing]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
