"""Write the printed documents of the held-out round 78 (reportlab), and their gold.

Round 78 is a blind batch in the commonest templates, written with their gold before any extractor ran on them.
These are its three short PDFs: a South Gloucestershire Council report to the Children, Adults and Health Select
Committee on the SEND Strategic Improvement Plan (2023 framework, middle outcome; the areas for improvement as
lettered hanging paragraphs inside a numbered section, recommendations as unlabelled bullets); a Telford & Wrekin
Council record of a Cabinet Member decision funding the Priority Action Plan (2023 framework, lowest outcome; the areas
for priority action in the first column of a ruled funding table, a "DECIDED:" over numbered clauses); and a
Department for Education and NHS England letter to Stockton-on-Tees Borough Council after the third review of the
Priority Action Plan (2023 framework; each area for priority action quoted in italics under a bold "Area for priority
action N" heading, followed by the advisers' findings). Invented text, fictitious people. Page breaks are explicit, so
the gold's page numbers follow from this script.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round78_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("78", body=(10.5, 14, 6), cell=(9.5, 12), head=(12, 15, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
NUM_PARA, SUB_PARA, QUOTE, LETTER, LETTER_BOLD, INDENT = S.num_para, S.sub_para, S.quote, S.letter, S.letter_bold, S.indent


class Doc(LongDoc):
    """A round 78 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True


# ---------------------------------------------------------------- South Gloucestershire (2023, select committee report)
SGL_AFI = [
    ("(a)", "leaders should improve the quality and timeliness of annual reviews so that EHC plans are kept up to date "
     "as children and young people's needs change;", ["ehc-plans"]),
    ("(b)", "leaders should reduce the waiting times for occupational therapy and for assessment on the "
     "neurodevelopmental pathway;", ["health-services"]),
    ("(c)", "leaders should make sure that the Local Offer is accessible and up to date, so that families can find "
     "the information they need;", ["local-offer"]),
    ("(d)", "leaders should strengthen their oversight of the use of alternative provision and part-time timetables "
     "for children and young people with SEND.", ["inclusion-provision", "data-oversight"]),
]


def south_glos_report() -> Doc:
    council = "South Gloucestershire Council"
    committee = "Children, Adults and Health Select Committee"
    d = Doc("south-gloucestershire/round78-2026-01-26-children-adults-and-health-select-committee/"
            "SEND Strategic Improvement Plan - six month review.pdf",
            {"council": council, "council_slug": "south-gloucestershire", "committee": committee,
             "meeting_date": "2026-01-26", "title": "SEND Strategic Improvement Plan - six month review",
             "source_kind": "committee-report",
             "url": "https://council.southglos.gov.uk/documents/s162118/SEND Strategic Improvement Plan six month review.pdf"},
            {"council": council, "committee": committee, "date": "2026-01-26"},
            "South Gloucestershire Council", "Children, Adults and Health Select Committee", "26 January 2026")
    d.title("Children, Adults and Health Select Committee")
    d.table([["Date of meeting:", "26 January 2026"],
             ["Title of report:", "SEND Strategic Improvement Plan &ndash; six month review"],
             ["Report of:", "Director of Children's Services"],
             ["Cabinet Member:", "Cllr Rachel Yate-Hollis, Cabinet Member for Children and Young People"],
             ["Contact officer:", "Owen Kingswood, Head of SEND, 01454 863 517, owen.kingswood@southglos.gov.uk"],
             ["Wards affected:", "All"]],
            [4.0 * cm, 12.0 * cm], header=False)
    d.date("26 January 2026", "2026-01-26")
    d.person("Rachel Yate-Hollis", "Cabinet Member for Children and Young People", "member")
    d.person("Owen Kingswood", "Head of SEND", "officer", "owen.kingswood@southglos.gov.uk", "01454 863 517")
    d.h("1. Purpose of report")
    d.num("1.1", "To update the Select Committee on progress against the SEND Strategic Improvement Plan, six months "
          "after the publication of the local area SEND inspection report, and to invite the Committee's comments "
          "before the plan is refreshed in April 2026.")
    d.date("April 2026", "2026-04")
    d.h("2. Recommendations")
    d.p("The Select Committee is recommended to:")
    d.res(None, "note the progress made against the SEND Strategic Improvement Plan since August 2025;",
          "recommendation", shown_label="&bull;", style=BULLET)
    d.res(None, "comment on the proposed priorities for the refreshed plan, set out in section 6; and",
          "recommendation", shown_label="&bull;", style=BULLET)
    d.res(None, "agree to receive the refreshed plan at its meeting in July 2026.", "recommendation",
          shown_label="&bull;", style=BULLET)
    d.date("August 2025", "2025-08")
    d.date("July 2026", "2026-07")
    d.h("3. Background")
    d.num("3.1", "Ofsted and the Care Quality Commission inspected the South Gloucestershire local area partnership "
          "between 7 and 25 July 2025. The report was published on 29 August 2025.")
    d.date("between 7 and 25 July 2025", "2025-07-07", "2025-07-25")
    d.date("29 August 2025", "2025-08-29")
    d.event("inspection", "2025-07-07", "2025-07-25", "Ofsted and the Care Quality Commission inspected the South "
            "Gloucestershire local area partnership between 7 and 25 July 2025.")
    d.event("outcome-letter", "2025-08-29", None, "The report was published on 29 August 2025.")
    d.num("3.2", "Inspectors found that the local area partnership's arrangements lead to inconsistent experiences "
          "and outcomes for children and young people with SEND, and that the partnership must work jointly to make "
          "improvements. This is the middle of the three possible outcomes. The next full inspection will take place "
          "within approximately three years.")
    d.num("3.3", "Inspectors recognised strengths in the early years, in the work of the Parent Carer Forum and in "
          "post-16 provision. The report set out four areas for improvement:")
    for label, text, themes in SGL_AFI:
        d.p(f"{label}&nbsp;&nbsp;{text}", SUB_PARA)
        d.record_weak(text, themes)
    d.num("3.4", "The SEND Partnership Board agreed the Strategic Improvement Plan on 15 September 2025, and it was "
          "published on the Local Offer on 30 September 2025.")
    d.date("15 September 2025", "2025-09-15")
    d.date("30 September 2025", "2025-09-30")
    for iso in ("2025-09-15", "2025-09-30"):
        d.event("progress-plan", iso, None, "The SEND Partnership Board agreed the Strategic Improvement Plan on 15 "
                "September 2025, and it was published on the Local Offer on 30 September 2025.")
    d.add(PageBreak())
    d.h("4. Progress to date")
    d.table([["Measure", "Jul 2025", "Oct 2025", "Dec 2025", "Target"],
             ["Annual reviews completed within timescale", "38%", "47%", "59%", "80%"],
             ["Longest wait for occupational therapy (weeks)", "66", "60", "52", "26"],
             ["Local Offer pages reviewed in last 12 months", "41%", "70%", "88%", "100%"],
             ["Pupils with EHC plans on part-time timetables", "96", "81", "64", "&ndash;"]],
            [6.4 * cm, 2.0 * cm, 2.0 * cm, 2.0 * cm, 3.6 * cm])
    d.date("Jul 2025", "2025-07")
    d.date("Oct 2025", "2025-10")
    d.date("Dec 2025", "2025-12")
    d.num("4.1", "A relaunched Local Offer website went live on 3 November 2025, having been tested with 40 parents "
          "and young people between September and October 2025.")
    d.date("3 November 2025", "2025-11-03")
    d.date("between September and October 2025", "2025-09", "2025-10")
    d.num("4.2", "An officer from the Department for Education and a representative of NHS England met the partnership "
          "for an annual engagement meeting on 2 December 2025.")
    d.date("2 December 2025", "2025-12-02")
    d.h("5. Financial implications")
    d.num("5.1", "The Dedicated Schools Grant High Needs Block is forecast to overspend by &pound;7.6m in 2025/26. "
          "The plan is delivered within existing resources.")
    d.h("6. Proposed priorities for the refreshed plan")
    d.num("6.1", "Annual reviews and occupational therapy waits will remain priorities, with a new focus on "
          "preparation for adulthood.")
    d.h("7. Equalities implications")
    d.num("7.1", "An equalities impact assessment was completed in September 2025.")
    d.date("September 2025", "2025-09")
    d.space(8)
    d.p("<b>Author:</b> Owen Kingswood, Head of SEND")
    d.p("<b>Director:</b> Lucy Filton-Barr, Director of Children's Services")
    d.person("Lucy Filton-Barr", "Director of Children's Services", "officer")
    d.p("<b>Background papers:</b> Area SEND inspection report, August 2025.", SMALL)
    return d


# ---------------------------------------------------------------- Telford & Wrekin (2023, Cabinet Member decision)
TW_APA = [
    ("Leaders across the partnership should urgently improve the timeliness, quality and co-ordination of EHC needs "
     "assessments and plans, including the contributions from health and social care.", ["ehc-plans"], "£412,000"),
    ("Leaders should ensure that children and young people with SEND who are not in school, or who are on reduced "
     "timetables, are identified quickly and receive suitable full-time education.", ["inclusion-provision"],
     "£268,000"),
]


def telford_decision() -> Doc:
    council = "Telford & Wrekin Council"
    maker = "Cabinet Member for Education, Employment and Skills"
    d = Doc("telford-and-wrekin/round78-2025-10-02-cabinet-member-for-education-employment-and-skills/"
            "Record of Cabinet Member Decision - SEND Priority Action Plan funding.pdf",
            {"council": council, "council_slug": "telford-and-wrekin", "committee": maker,
             "meeting_date": "2025-10-02", "title": "Record of Cabinet Member Decision - SEND Priority Action Plan funding",
             "source_kind": "decision-report",
             "url": "https://democracy.telford.gov.uk/documents/s22418/Record of Cabinet Member Decision SEND PAP funding.pdf"},
            {"council": council, "committee": maker, "date": "2025-10-02"},
            "Telford & Wrekin Council", "Record of Cabinet Member Decision", "Decision ref: CMD/EES/2025/19")
    d.title("Record of Cabinet Member Decision")
    d.table([["Cabinet Member", "Cllr Shaun Wellington-Hart, Cabinet Member for Education, Employment and Skills"],
             ["Subject", "Funding for the SEND Priority Action Plan"],
             ["Date of decision", "2 October 2025"],
             ["Key decision", "Yes &ndash; included in the Notice of Key Decisions published 29 August 2025"],
             ["Report author", "Naomi Madeley-Cross, Service Delivery Manager, SEND, 01952 385 641"],
             ["Decision reference", "CMD/EES/2025/19"]],
            [4.2 * cm, 11.8 * cm], header=False)
    d.person("Shaun Wellington-Hart", "Cabinet Member for Education, Employment and Skills", "member")
    d.date("2 October 2025", "2025-10-02")
    d.date("29 August 2025", "2025-08-29")
    d.person("Naomi Madeley-Cross", "Service Delivery Manager, SEND", "officer", None, "01952 385 641")
    d.h("1. Background")
    d.num("1.1", "Ofsted and the Care Quality Commission inspected the Telford and Wrekin local area partnership from "
          "24 March to 11 April 2025. The inspection report, published on 16 May 2025, concluded that there are "
          "widespread and/or systemic failings leading to significant concerns about the experiences and outcomes of "
          "children and young people with SEND.")
    d.date("from 24 March to 11 April 2025", "2025-03-24", "2025-04-11")
    d.date("16 May 2025", "2025-05-16")
    d.event("inspection", "2025-03-24", "2025-04-11", "Ofsted and the Care Quality Commission inspected the Telford "
            "and Wrekin local area partnership from 24 March to 11 April 2025.")
    d.event("outcome-letter", "2025-05-16", None, "The inspection report, published on 16 May 2025, concluded that "
            "there are widespread and/or systemic failings leading to significant concerns about the experiences and "
            "outcomes of children and young people with SEND.")
    d.num("1.2", "The partnership submitted its Priority Action Plan to Ofsted on 25 June 2025. Cabinet endorsed the "
          "plan on 10 July 2025 and delegated decisions on its funding to the Cabinet Member.")
    d.date("25 June 2025", "2025-06-25")
    d.date("10 July 2025", "2025-07-10")
    d.event("progress-plan", "2025-06-25", None, "The partnership submitted its Priority Action Plan to Ofsted on 25 "
            "June 2025.")
    d.event("progress-plan", "2025-07-10", None, "Cabinet endorsed the plan on 10 July 2025 and delegated decisions "
            "on its funding to the Cabinet Member.")
    d.num("1.3", "The table below shows each area for priority action in the inspection report and the funding "
          "proposed for 2025/26.")
    d.ruled([["Area for priority action", "Proposed funding 2025/26"]]
            + [[text, amount] for text, _, amount in TW_APA], [12.0 * cm, 4.0 * cm])
    for text, themes, _ in TW_APA:
        d.record_weak(text, themes)
    d.num("1.4", "The funding will pay for four additional EHC co-ordinators, a health advice co-ordinator hosted by "
          "NHS Shropshire, Telford and Wrekin, and a Children Missing Education officer, from 1 November 2025 to "
          "31 March 2027.")
    d.date("1 November 2025", "2025-11-01")
    d.date("31 March 2027", "2027-03-31")
    d.num("1.5", "The Department for Education and NHS England will hold their first formal review of the plan in "
          "November 2025.")
    d.date("November 2025", "2025-11")
    d.event("monitoring", "2025-11", None, "The Department for Education and NHS England will hold their first "
            "formal review of the plan in November 2025.")
    d.h("2. Options considered")
    d.num("2.1", "Not to allocate funding. Rejected: the plan could not be delivered within existing staffing.")
    d.add(PageBreak())
    d.h("3. Decision")
    d.p("Having considered the report and the advice of officers, the Cabinet Member DECIDED:")
    d.res("1.", "To approve the allocation of £680,000 from the SEND Improvement Reserve to fund the Priority Action "
          "Plan in 2025/26 and 2026/27, as set out in the table at paragraph 1.3.", "resolution", style=HANG)
    d.res("2.", "To delegate to the Director: Education and Skills, in consultation with the Cabinet Member, authority "
          "to reallocate funding between the two areas for priority action, within the total approved.", "resolution",
          style=HANG)
    d.res("3.", "To note that progress will be reported to the Children and Young People Scrutiny Committee after "
          "each review by the Department for Education and NHS England.", "resolution", style=HANG)
    d.h("4. Reasons for the decision")
    d.p("To provide the capacity needed to deliver the Priority Action Plan and demonstrate improvement before the "
        "Ofsted and CQC monitoring inspection.")
    d.h("5. Consultation")
    d.p("Legal: Amrit Dawley, Team Leader, Legal Services, 18 September 2025. Finance: Peter Ketley-Shaw, Finance "
        "Manager, 19 September 2025.")
    d.person("Amrit Dawley", "Team Leader, Legal Services", "officer")
    d.person("Peter Ketley-Shaw", "Finance Manager", "officer")
    d.date("18 September 2025", "2025-09-18")
    d.date("19 September 2025", "2025-09-19")
    d.p("Declarations of interest: none. Dispensations granted: none.")
    d.space(10)
    d.table([["Signed: <i>S. Wellington-Hart</i>", "Date: 2 October 2025"],
             ["Cabinet Member for Education, Employment and Skills", ""]],
            [9.0 * cm, 7.0 * cm], header=False, grid=False)
    d.p("This decision will come into force on 10 October 2025 unless called in.", SMALL)
    d.date("10 October 2025", "2025-10-10")
    return d


# ---------------------------------------------------------------- Stockton-on-Tees (2023, DfE and NHS England letter)
STK_APA = [
    ("Leaders across the partnership should urgently improve the timeliness and quality of EHC plans, so that "
     "children and young people receive the support set out in them without delay.", ["ehc-plans"]),
    ("Leaders should work together to reduce the length of time children and young people wait for autism and ADHD "
     "assessments and for mental health support, and provide effective support while they wait.",
     ["health-services"]),
]


def stockton_letter() -> Doc:
    council = "Stockton-on-Tees Borough Council"
    committee = "Children and Young People Select Committee"
    d = Doc("stockton-on-tees/round78-2026-03-11-children-and-young-people-select-committee/"
            "Appendix 2 - DfE and NHS England review letter January 2026.pdf",
            {"council": council, "council_slug": "stockton-on-tees", "committee": committee,
             "meeting_date": "2026-03-11", "title": "Appendix 2 - DfE and NHS England review letter January 2026",
             "source_kind": "letter",
             "url": "https://moderngov.stockton.gov.uk/documents/s30417/Appendix 2 DfE and NHS England review letter January 2026.pdf"},
            {"council": council, "committee": committee, "date": "2026-03-11"},
            "", "", "Appendix 2", page_label="{n}")
    d.body = LETTER
    d.p("Department for Education<br/>SEND and Alternative Provision Directorate<br/>Sanctuary Buildings<br/>"
        "Great Smith Street<br/>London SW1P 3BT", S.right)
    d.space(6)
    d.p("Martin Thornaby-Gill<br/>Director of Children's Services<br/>Stockton-on-Tees Borough Council")
    d.p("Kelly Norton-Brace<br/>Director of Place (Stockton-on-Tees)<br/>NHS North East and North Cumbria ICB")
    d.person("Martin Thornaby-Gill", "Director of Children's Services", "officer")
    d.person("Kelly Norton-Brace", "Director of Place (Stockton-on-Tees)", "officer")
    d.p("3 February 2026", S.right)
    d.date("3 February 2026", "2026-02-03")
    d.p("Dear Martin and Kelly,")
    d.p("<b>Stockton-on-Tees Priority Action Plan: third review</b>", LETTER_BOLD)
    d.p("Thank you for your time and that of your colleagues at the third review of the Priority Action Plan (PAP), "
        "which we held with you in Stockton on 20 January 2026. We were pleased to be joined by representatives of "
        "Stockton-on-Tees Parent Carer Forum.")
    d.date("20 January 2026", "2026-01-20")
    d.event("monitoring", "2026-01-20", None, "the third review of the Priority Action Plan (PAP), which we held with "
            "you in Stockton on 20 January 2026.")
    d.p("As you know, the area SEND inspection of Stockton-on-Tees took place between 3 and 21 February 2025, and the "
        "report was published on 2 April 2025. Your PAP was submitted on 20 May 2025, and we have reviewed it with "
        "you on 8 July 2025 and 14 October 2025. This letter sets out our findings against each of the two areas for "
        "priority action.")
    d.date("between 3 and 21 February 2025", "2025-02-03", "2025-02-21")
    d.date("2 April 2025", "2025-04-02")
    d.date("20 May 2025", "2025-05-20")
    d.date("8 July 2025", "2025-07-08")
    d.date("14 October 2025", "2025-10-14")
    d.event("inspection", "2025-02-03", "2025-02-21", "the area SEND inspection of Stockton-on-Tees took place between "
            "3 and 21 February 2025")
    d.event("outcome-letter", "2025-04-02", None, "the report was published on 2 April 2025.")
    d.event("progress-plan", "2025-05-20", None, "Your PAP was submitted on 20 May 2025")
    for iso in ("2025-07-08", "2025-10-14"):
        d.event("monitoring", iso, None, "we have reviewed it with you on 8 July 2025 and 14 October 2025.")
    findings = [
        "The proportion of EHC plans issued within 20 weeks has risen from 22% in February 2025 to 63% in the three "
        "months to December 2025. Your multi-agency audits show that fewer plans now rate as inadequate. We would now "
        "like to see the same improvement in annual reviews.",
        "The ICB has commissioned an additional provider for autism assessments from November 2025, and the longest "
        "wait has begun to fall. Waits for ADHD assessment remain very long. The new \"Waiting Well\" offer has been "
        "well received by parents, but take-up among secondary-age young people is low.",
    ]
    for number, ((text, themes), finding) in enumerate(zip(STK_APA, findings), 1):
        d.p(f"<b>Area for priority action {number}</b>", LETTER_BOLD)
        d.p(f"<i>{text}</i>", QUOTE)
        d.record_weak(text, themes)
        d.p(finding)
        if number == 1:
            d.add(PageBreak())
    d.date("February 2025", "2025-02")
    d.date("December 2025", "2025-12")
    d.date("November 2025", "2025-11")
    d.p("<b>Next steps</b>", LETTER_BOLD)
    d.p("Our fourth review will take place in July 2026. Ofsted and the CQC will carry out a monitoring inspection "
        "of the area; we would encourage you to keep your self-evaluation up to date. Please send us your updated "
        "PAP tracker by 30 April 2026.")
    d.date("July 2026", "2026-07")
    d.date("30 April 2026", "2026-04-30")
    d.event("monitoring", "2026-07", None, "Our fourth review will take place in July 2026.")
    d.p("Yours sincerely,")
    d.table([["<b>Fiona Hartlepool-Ames</b><br/>SEND Adviser<br/>Department for Education",
              "<b>Dr Ruth Ingleby</b><br/>SEND Clinical Adviser<br/>NHS England &ndash; North East and Yorkshire"]],
            [8.0 * cm, 8.0 * cm], header=False, grid=False, style=LETTER)
    d.person("Fiona Hartlepool-Ames", "SEND Adviser", "officer")
    d.person("Ruth Ingleby", "SEND Clinical Adviser", "officer")
    d.p("cc: Councillor Lisa Billingham-Evans, Cabinet Member for Children and Young People; Ofsted; Care Quality "
        "Commission", SMALL)
    d.person("Lisa Billingham-Evans", "Cabinet Member for Children and Young People", "member")
    return d


DOCUMENTS = [south_glos_report, telford_decision, stockton_letter]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
