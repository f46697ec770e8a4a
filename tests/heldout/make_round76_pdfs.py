"""Write the printed documents of the held-out round 76 (reportlab), and their gold.

Round 76 is a blind batch in the commonest templates, written with their gold before any extractor ran on them.
These are its three short PDFs: a Cheshire East Council report to the Children and Families Committee on the
Priority Action Plan (2023 framework, lowest outcome; the two areas for priority action as "Area for priority
action A/B" table rows); a Bracknell Forest Council Executive Member decision report approving the Written Statement
of Action for submission (2016 framework; the weaknesses as "i."-"v." items in a lettered paragraph); and a Brighton
and Hove City Council member briefing note on the first monitoring meeting after the 2025 area SEND inspection (2023
framework, lowest outcome; the priority actions quoted, the areas for improvement as dashes). Invented text,
fictitious people. Page breaks are explicit, so the gold's page numbers follow from this script.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round76_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("76", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
NUM_PARA, SUB_PARA, ROMAN, QUOTE = S.num_para, S.sub_para, S.roman, S.quote


class Doc(LongDoc):
    """A round 76 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True


# ---------------------------------------------------------------- Cheshire East (2023 framework, lowest outcome)
CHE_APA = [
    "Leaders across education, health and care must make sure that EHC needs assessments are completed within "
    "statutory timescales and that plans are reviewed and updated when children's needs change.",
    "The partnership must urgently reduce waiting times for neurodevelopmental assessment and for speech and language "
    "therapy, and make sure that families receive support while they wait.",
]


def cheshire_east_report() -> Doc:
    council = "Cheshire East Council"
    committee = "Children and Families Committee"
    d = Doc("cheshire-east/round76-2026-01-19-children-and-families-committee/"
            "SEND Priority Action Plan - progress update.pdf",
            {"council": council, "council_slug": "cheshire-east", "committee": committee, "meeting_date": "2026-01-19",
             "title": "SEND Priority Action Plan - progress update", "source_kind": "committee-report",
             "url": "https://moderngov.cheshireeast.gov.uk/documents/s129842/SEND PAP progress update.pdf"},
            {"council": council, "committee": committee, "date": "2026-01-19"},
            "Cheshire East Council", "OPEN", "Children and Families Committee")
    d.title("Children and Families Committee")
    d.table([["Date of Meeting:", "19 January 2026"],
             ["Report Title:", "SEND Priority Action Plan &ndash; progress update"],
             ["Report of:", "Claire Wilmslow-Hart, Executive Director of Children's Services"],
             ["Report Reference No:", "CF/31/25-26"],
             ["Ward(s) Affected:", "All Wards"],
             ["For Decision or Scrutiny:", "Scrutiny"]],
            [4.6 * cm, 11.6 * cm], header=False)
    d.date("19 January 2026", "2026-01-19")
    d.person("Claire Wilmslow-Hart", "Executive Director of Children's Services", "officer")
    d.h("1. Purpose of Report")
    d.p("1.1 This report updates the Committee on delivery of the Cheshire East local area partnership's Priority "
        "Action Plan (PAP) and on the second monitoring meeting with the Department for Education (DfE) and NHS "
        "England, which took place on 14 October 2025.")
    d.date("14 October 2025", "2025-10-14")
    d.event("monitoring", "2025-10-14", None, "the second monitoring meeting with the Department for Education (DfE) "
            "and NHS England, which took place on 14 October 2025.")
    d.h("2. Executive Summary")
    d.p("2.1 The area SEND inspection carried out by Ofsted and the Care Quality Commission between 16 September and 4 "
        "October 2024 concluded that there are widespread and/or systemic failings leading to significant concerns "
        "about the experiences and outcomes of children and young people with SEND. The report was published on 15 "
        "November 2024.")
    d.date("between 16 September and 4 October 2024", "2024-09-16", "2024-10-04")
    d.date("15 November 2024", "2024-11-15")
    d.event("inspection", "2024-09-16", "2024-10-04", "The area SEND inspection carried out by Ofsted and the Care "
            "Quality Commission between 16 September and 4 October 2024")
    d.event("outcome-letter", "2024-11-15", None, "The report was published on 15 November 2024.")
    d.p("2.2 The two areas for priority action, and the plan's headline progress against each, are summarised "
        "below.")
    d.table([["", "Area for priority action", "Position at December 2025"],
             ["A", CHE_APA[0], "72% of new plans issued within 20 weeks (Nov 2024: 21%); annual review backlog "
                               "down from 1,140 to 610."],
             ["B", CHE_APA[1], "Median wait for autism assessment 58 weeks (Sep 2024: 81 weeks); waiting-well "
                               "offer launched in June 2025."]],
            [1.0 * cm, 9.0 * cm, 6.2 * cm])
    d.record_weak(CHE_APA[0], ["ehc-plans"])
    d.record_weak(CHE_APA[1], ["health-services"])
    d.date("December 2025", "2025-12")
    d.date("Nov 2024", "2024-11")
    d.date("Sep 2024", "2024-09")
    d.date("June 2025", "2025-06")
    d.p("2.3 The inspectors also identified three areas for improvement, which are addressed through the SEND "
        "Strategy and are reported to the SEND Partnership Board.")
    d.h("3. Recommendations")
    d.p("3.1 The Children and Families Committee is recommended to:")
    d.res("(a)", "note the progress made in delivering the Priority Action Plan and the feedback from the second DfE "
          "and NHS England monitoring meeting;", "recommendation", style=HANG)
    d.res("(b)", "note that the third monitoring meeting is expected in April 2026; and", "recommendation", style=HANG)
    d.res("(c)", "agree to receive the next progress report in June 2026.", "recommendation", style=HANG)
    d.date("April 2026", "2026-04")
    d.event("monitoring", "2026-04", None, "the third monitoring meeting is expected in April 2026")
    d.date("June 2026", "2026-06")
    d.add(PageBreak())
    d.h("4. Background")
    d.p("4.1 The PAP was co-produced with the Cheshire East Parent Carer Forum, approved by the SEND Partnership Board "
        "and submitted to Ofsted on 6 January 2025. The first monitoring meeting was held on 29 April 2025; the "
        "advisers' note of that meeting was received on 12 May 2025.")
    d.date("6 January 2025", "2025-01-06")
    d.date("29 April 2025", "2025-04-29")
    d.date("12 May 2025", "2025-05-12")
    d.event("progress-plan", "2025-01-06", None, "The PAP was co-produced with the Cheshire East Parent Carer Forum, "
            "approved by the SEND Partnership Board and submitted to Ofsted on 6 January 2025.")
    d.event("monitoring", "2025-04-29", None, "The first monitoring meeting was held on 29 April 2025")
    d.p("4.2 At the October meeting the DfE SEND adviser, Martin Sandbach, and NHS England's SEND lead, Dr Priya "
        "Alsager, recognised the improvement in EHC plan timeliness. They asked the partnership to show more clearly "
        "how families' experience of waiting for assessment is changing, and to strengthen the oversight of annual "
        "reviews by the Quality Assurance Group.")
    d.person("Martin Sandbach", "DfE SEND adviser", "officer")
    d.person("Priya Alsager", "NHS England's SEND lead", "officer")
    d.p("4.3 Demand continues to rise. The table below shows the number of EHC plans maintained by the Council.")
    d.table([["", "Jan 2023", "Jan 2024", "Jan 2025"],
             ["EHC plans maintained", "4,310", "4,982", "5,604"],
             ["New plans issued in the year", "702", "815", "1,046"]],
            [7.0 * cm, 3.0 * cm, 3.0 * cm, 3.0 * cm])
    for t, iso in (("Jan 2023", "2023-01"), ("Jan 2024", "2024-01"), ("Jan 2025", "2025-01")):
        d.date(t, iso)
    d.h("5. Implications")
    d.p("5.1 Legal: the Council has statutory duties under the Children and Families Act 2014. Finance: the PAP is "
        "delivered within the 2025/26 budget, with the dedicated schools grant deficit reported separately to the "
        "Finance Sub-Committee.")
    d.h("6. Access to Information")
    d.p("Contact Officer: Rebecca Nantwich, Head of SEND Improvement<br/>Email: rebecca.nantwich@cheshireeast.gov.uk",
        SMALL)
    d.person("Rebecca Nantwich", "Head of SEND Improvement", "officer", "rebecca.nantwich@cheshireeast.gov.uk")
    d.p("Appendices: Appendix 1 &ndash; PAP highlight report (December 2025).", SMALL)
    return d


# ---------------------------------------------------------------- Bracknell Forest (2016 framework, WSoA)
BFC_SW = [
    "the local area's leaders have not established a shared strategy for SEND, and self-evaluation is not accurate",
    "EHC plans are of poor quality and too few are completed within 20 weeks",
    "health and social care contributions to EHC needs assessments are weak",
    "there is no effective joint commissioning of services for children and young people with SEND",
    "the local offer is not well known by parents and does not give them the information they need",
]


def bracknell_decision() -> Doc:
    council = "Bracknell Forest Council"
    maker = "Executive Member for Children, Young People and Learning"
    d = Doc("bracknell-forest/round76-2020-06-02-executive-member-for-children-young-people-and-learning/"
            "Executive Member Decision - SEND Written Statement of Action.pdf",
            {"council": council, "council_slug": "bracknell-forest", "committee": maker, "meeting_date": "2020-06-02",
             "title": "Executive Member Decision - SEND Written Statement of Action", "source_kind": "decision-report",
             "url": "https://democratic.bracknell-forest.gov.uk/documents/s151208/EM Decision SEND WSoA.pdf"},
            {"council": council, "committee": maker, "date": "2020-06-02"},
            "Unrestricted", "", "Bracknell Forest Council")
    d.p("<b>TO: THE EXECUTIVE MEMBER FOR CHILDREN, YOUNG PEOPLE AND LEARNING</b>")
    d.p("<b>2 JUNE 2020</b>")
    d.date("2 JUNE 2020", "2020-06-02")
    d.title("SEND WRITTEN STATEMENT OF ACTION")
    d.p("<b>Executive Director: People</b>")
    d.h("1 PURPOSE OF REPORT")
    d.p("1.1 To seek the Executive Member's approval of the local area's Written Statement of Action (WSoA), prepared "
        "jointly with the East Berkshire Clinical Commissioning Group, so that it can be submitted to Ofsted by the "
        "deadline of 5 June 2020.")
    d.date("5 June 2020", "2020-06-05")
    d.event("wsoa-submitted", "2020-06-05", None, "so that it can be submitted to Ofsted by the deadline of 5 June "
            "2020.")
    d.h("2 RECOMMENDATION")
    d.p("2.1 That the Executive Member approves the Written Statement of Action attached at Annex A for submission "
        "to Ofsted and the Care Quality Commission.")
    d.record_res("2.1", "That the Executive Member approves the Written Statement of Action attached at Annex A for "
                 "submission to Ofsted and the Care Quality Commission.", "recommendation")
    d.h("3 REASONS FOR RECOMMENDATION")
    d.p("3.1 The local area is required to produce a WSoA within 70 working days of the publication of the "
        "inspection letter. The Covid-19 pandemic has not changed that requirement.")
    d.h("4 ALTERNATIVE OPTIONS CONSIDERED")
    d.p("4.1 None. Submission of a WSoA is a statutory requirement.")
    d.h("5 SUPPORTING INFORMATION")
    d.p("5.1 Ofsted and the CQC carried out a joint inspection of the local area from 20 January to 24 January 2020. "
        "Their findings were published in a letter on 16 March 2020, which asked the local area to produce a WSoA "
        "explaining how it will tackle the following areas of significant weakness in the local area's practice:")
    d.date("from 20 January to 24 January 2020", "2020-01-20", "2020-01-24")
    d.date("16 March 2020", "2020-03-16")
    d.event("inspection", "2020-01-20", "2020-01-24", "Ofsted and the CQC carried out a joint inspection of the local "
            "area from 20 January to 24 January 2020.")
    d.event("outcome-letter", "2020-03-16", None, "Their findings were published in a letter on 16 March 2020")
    for marker, text, themes in zip(("i.", "ii.", "iii.", "iv.", "v."), BFC_SW,
                                    (["leadership-governance"], ["ehc-plans"], ["ehc-plans"],
                                     ["joint-commissioning"], ["local-offer"])):
        d.weak(text + ("." if marker == "v." else ";"), themes, marker=marker, style=ROMAN)
    d.p("5.2 The WSoA was drafted through workshops held between 23 March and 15 May 2020, most of them online, with "
        "the Bracknell Forest Parent Carer Forum, schools and health providers. It was endorsed by the SEND "
        "Partnership Board on 27 May 2020.")
    d.date("between 23 March and 15 May 2020", "2020-03-23", "2020-05-15")
    d.date("27 May 2020", "2020-05-27")
    d.add(PageBreak())
    d.p("5.3 Once Ofsted and the CQC have confirmed that the WSoA is fit for purpose, progress will be monitored by "
        "the DfE and NHS England, with a first review expected in October 2020, and Ofsted and the CQC will re-visit "
        "the area to check progress.")
    d.date("October 2020", "2020-10")
    d.event("monitoring", "2020-10", None, "progress will be monitored by the DfE and NHS England, with a first review "
            "expected in October 2020")
    d.h("6 ADVICE RECEIVED FROM STATUTORY AND OTHER OFFICERS")
    d.p("<b>Borough Solicitor</b> &ndash; The relevant legal provisions are contained within the main body of the "
        "report.")
    d.p("<b>Borough Treasurer</b> &ndash; The actions in the WSoA will be met from existing budgets and the High Needs "
        "Block, subject to the review reported to the Schools Forum on 11 June 2020.")
    d.date("11 June 2020", "2020-06-11")
    d.p("<b>Equalities Impact Assessment</b> &ndash; An initial screening has been completed and is available on "
        "request.")
    d.h("7 CONSULTATION")
    d.p("7.1 Principal groups consulted: the Parent Carer Forum, headteachers, East Berkshire CCG, Healthwatch.")
    d.h("Background Papers")
    d.p("Ofsted/CQC joint local area SEND inspection letter, 16 March 2020")
    d.h("Contact for further information")
    d.p("Sandra Warfield, Head of Targeted Services &ndash; 01344 354021<br/>sandra.warfield@bracknell-forest.gov.uk")
    d.person("Sandra Warfield", "Head of Targeted Services", "officer", "sandra.warfield@bracknell-forest.gov.uk",
             "01344 354021")
    d.space(10)
    d.table([["Decision:", "Approved as recommended"],
             ["Signed:", "Councillor Gareth Binfield, Executive Member for Children, Young People and Learning"],
             ["Date:", "2 June 2020"]],
            [3.0 * cm, 13.2 * cm], header=False)
    d.person("Gareth Binfield", "Executive Member for Children, Young People and Learning", "member")
    return d


# ---------------------------------------------------------------- Brighton and Hove (2023 framework, lowest outcome)
BH_APA = [
    "Leaders should urgently improve the timeliness and quality of EHC plans, so that children and young people "
    "receive the right support at the right time.",
    "Leaders should act quickly to reduce the number of children and young people with SEND who are out of school or "
    "on reduced timetables.",
]
BH_AFI = [
    "strengthen how the partnership uses information about children's needs to plan and commission services",
    "improve communication with families, so that they understand what support is available and how to get it",
    "make sure that young people aged 16 to 25 are well prepared for their next steps",
]


def brighton_briefing() -> Doc:
    council = "Brighton and Hove City Council"
    committee = "Children, Families and Schools Committee"
    d = Doc("brighton-hove/round76-2025-09-22-children-families-and-schools-committee/"
            "Member Briefing - SEND monitoring meeting September 2025.pdf",
            {"council": council, "council_slug": "brighton-hove", "committee": committee, "meeting_date": "2025-09-22",
             "title": "Member Briefing - SEND monitoring meeting September 2025", "source_kind": "briefing-note",
             "url": "https://democracy.brighton-hove.gov.uk/documents/s214470/Member Briefing SEND monitoring.pdf"},
            {"council": council, "committee": committee, "date": "2025-09-22"},
            "Brighton & Hove City Council", "Member Briefing", "Families, Children and Learning")
    d.title("Member Briefing")
    d.table([["Subject:", "SEND Priority Action Plan &ndash; first DfE and NHS England monitoring meeting"],
             ["Date of briefing:", "10 September 2025"],
             ["For:", "Members of the Children, Families and Schools Committee"],
             ["From:", "Deb Rottingdean, Corporate Director, Families, Children and Learning"]],
            [3.6 * cm, 12.6 * cm], header=False, grid=False)
    d.date("10 September 2025", "2025-09-10")
    d.person("Deb Rottingdean", "Corporate Director, Families, Children and Learning", "officer")
    d.h("Why you are receiving this note")
    d.p("Members asked at the committee's meeting on 16 June 2025 to be kept informed between meetings about the "
        "city's response to the area SEND inspection. This note reports on the first monitoring meeting, held on 2 "
        "September 2025.")
    d.date("16 June 2025", "2025-06-16")
    d.date("2 September 2025", "2025-09-02")
    d.event("monitoring", "2025-09-02", None, "This note reports on the first monitoring meeting, held on 2 "
            "September 2025.")
    d.h("Recap")
    d.p("Inspectors from Ofsted and the CQC were in the city from 10 to 28 February 2025. Their report, which came "
        "out on 4 April 2025, gave the lowest of the three possible outcomes. It named two areas for priority "
        "action:")
    d.date("from 10 to 28 February 2025", "2025-02-10", "2025-02-28")
    d.date("4 April 2025", "2025-04-04")
    d.event("inspection", "2025-02-10", "2025-02-28", "Inspectors from Ofsted and the CQC were in the city from 10 to "
            "28 February 2025.")
    d.event("outcome-letter", "2025-04-04", None, "Their report, which came out on 4 April 2025, gave the lowest of "
            "the three possible outcomes.")
    d.weak(BH_APA[0], ["ehc-plans"], marker="1.", style=QUOTE)
    d.weak(BH_APA[1], ["inclusion-provision"], marker="2.", style=QUOTE)
    d.p("It also set out three areas for improvement. Leaders should:")
    for n, (text, themes) in enumerate(zip(BH_AFI, (["data-oversight", "joint-commissioning"], ["co-production"],
                                                    ["preparing-for-adulthood"]))):
        d.weak(text + ("." if n == 2 else ";"), themes, marker="&ndash;", style=BULLET)
    d.p("The Priority Action Plan was signed off by the SEND Partnership Board on 12 May 2025 and sent to Ofsted on 30 "
        "May 2025.")
    d.date("12 May 2025", "2025-05-12")
    d.date("30 May 2025", "2025-05-30")
    d.event("progress-plan", "2025-05-12", None, "The Priority Action Plan was signed off by the SEND Partnership "
            "Board on 12 May 2025")
    d.event("progress-plan", "2025-05-30", None, "The Priority Action Plan was signed off by the SEND Partnership "
            "Board on 12 May 2025 and sent to Ofsted on 30 May 2025.")
    d.h("What the advisers said")
    d.p("The meeting was chaired by Helen Portslade, SEND adviser at the Department for Education, with Mark "
        "Hangleton from NHS England. They judged early progress to be &ldquo;positive but fragile&rdquo;. In summary:")
    d.person("Helen Portslade", "SEND adviser at the Department for Education", "officer")
    d.person("Mark Hangleton", None, "officer")
    for text in ("the number of EHC needs assessments outstanding beyond 20 weeks has fallen from 412 in March 2025 "
                 "to 236 in August 2025;",
                 "a multi-agency panel now reviews every reduced timetable each fortnight;",
                 "the advisers want to see better evidence that parents have noticed a difference."):
        d.p(f"&bull; {text}", BULLET)
    d.date("March 2025", "2025-03")
    d.date("August 2025", "2025-08")
    d.h("Next steps")
    d.p("The second monitoring meeting has been arranged for 10 February 2026. A full report will go to the committee "
        "on 17 November 2025.")
    d.date("10 February 2026", "2026-02-10")
    d.event("monitoring", "2026-02-10", None, "The second monitoring meeting has been arranged for 10 February 2026.")
    d.date("17 November 2025", "2025-11-17")
    d.p("If you have any questions, please contact Tom Hollingbury, Assistant Director, Inclusion and SEND, on 01273 "
        "290618 or tom.hollingbury@brighton-hove.gov.uk.")
    d.person("Tom Hollingbury", "Assistant Director, Inclusion and SEND", "officer",
             "tom.hollingbury@brighton-hove.gov.uk", "01273 290618")
    return d


DOCUMENTS = [cheshire_east_report, bracknell_decision, brighton_briefing]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
