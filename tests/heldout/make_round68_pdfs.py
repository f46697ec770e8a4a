"""Write the printed documents of the held-out round 68 (reportlab), and their gold.

Round 68 is a blind batch in the commonest templates, written with their gold before any extractor ran on them.
These are its three short PDFs: a Dorset Council report to its People and Health Scrutiny Committee on the SEND
Priority Action Plan a year on (2023 framework, lowest outcome; the two areas for priority action and three areas
for improvement as multi-level numbered sub-paragraphs "3.2.1"-"3.3.3"); a London Borough of Enfield portfolio
decision report approving the Accelerated Progress Plan for submission (2016 framework; the three unprogressed
significant weaknesses in the middle column of a three-column table, capital roman "I."-"III." proposals and a signed
decision box); and the Department for Education and NHS England letter to the East Riding of Yorkshire after the
first review of its Accelerated Progress Plan (2016 framework; each unprogressed weakness quoted in a shaded box
over the advisers' findings), an appendix to a scrutiny sub-committee. Invented text, fictitious people. Page breaks
are explicit, so the gold's page numbers follow from this script.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round68_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle  # noqa: E402

S = styles("68", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
NUM_PARA, SUB_PARA, LETTER, LETTER_BOLD = S.num_para, S.sub_para, S.letter, S.letter_bold


class Doc(LongDoc):
    """A round 68 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True

    def box(self, text: str, style=None):
        """A quotation set in a shaded single-cell box, as letters and reports set off a quoted finding."""
        table = Table([[Paragraph(text, style or LETTER)]], colWidths=[15.6 * cm])
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E8EEF4")),
                                   ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#5A7A99")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        self.add(table)
        self.space(8)


# ---------------------------------------------------------------- Dorset (2023 framework, lowest outcome)
DORSET_APA = [
    "Leaders across the partnership must work together urgently to improve the timeliness of EHC needs "
    "assessments, so that children and young people's needs are assessed and met without delay.",
    "Leaders must make sure that the contributions of health and social care practitioners to EHC plans are "
    "timely and of good quality, and that plans are reviewed when children's needs change.",
]
DORSET_AFI = [
    "Leaders should improve the way that they communicate with parents and carers, so that families understand "
    "what is happening and are confident that their children's needs will be met.",
    "Leaders should reduce the waiting times for children and young people who need an assessment of autism or "
    "ADHD.",
    "Leaders should continue to develop their joint strategic oversight of the sufficiency of specialist "
    "placements, including alternative provision.",
]


def dorset_report() -> Doc:
    council = "Dorset Council"
    committee = "People and Health Scrutiny Committee"
    d = Doc("dorset/round68-2026-03-02-people-and-health-scrutiny-committee/"
            "SEND Priority Action Plan - One Year On.pdf",
            {"council": council, "council_slug": "dorset", "committee": committee, "meeting_date": "2026-03-02",
             "title": "SEND Priority Action Plan - One Year On", "source_kind": "committee-report",
             "url": "https://moderngov.dorsetcouncil.gov.uk/documents/s64410/SEND Priority Action Plan One Year On.pdf"},
            {"council": council, "committee": committee, "date": "2026-03-02"},
            "Dorset Council", "People and Health Scrutiny Committee", "People and Health Scrutiny Committee")
    d.title("SEND Priority Action Plan &ndash; One Year On")
    d.table([["Committee:", "People and Health Scrutiny Committee"],
             ["Date of Meeting:", "2 March 2026"],
             ["Portfolio Holder:", "Cllr Clare Sturminster, Children, Education, Skills and Early Help"],
             ["Local Councillor(s):", "All"],
             ["Executive Director:", "Theo Bridport, Executive Director of People &ndash; Children"]],
            [4.4 * cm, 11.8 * cm], header=False)
    d.date("2 March 2026", "2026-03-02")
    d.person("Clare Sturminster", "Portfolio Holder, Children, Education, Skills and Early Help", "member")
    d.person("Theo Bridport", "Executive Director of People – Children", "officer")
    d.p("<b>Report Author:</b> Harriet Wimborne<br/><b>Job Title:</b> Head of SEND Improvement<br/><b>Tel:</b> "
        "01305 224117<br/><b>Email:</b> harriet.wimborne@dorsetcouncil.gov.uk")
    d.person("Harriet Wimborne", "Head of SEND Improvement", "officer", "harriet.wimborne@dorsetcouncil.gov.uk",
             "01305 224117")
    d.p("<b>Report Status:</b> Public")
    d.p("<b>Brief Summary:</b> This report updates the committee on the partnership's progress a year after the "
        "Priority Action Plan was submitted, and on the findings of the second review by the Department for "
        "Education and NHS England.")
    d.p("<b>Recommendation:</b>")
    d.res(None, "That the committee considers the progress made against the Priority Action Plan and identifies any "
          "areas on which it would like a further report before the monitoring inspection.", "recommendation")
    d.p("<b>Reason for Recommendation:</b> To enable the committee to scrutinise the partnership's response to the "
        "area SEND inspection.")
    d.h("1. Background")
    d.num("1.1", "Ofsted and the Care Quality Commission inspected the Dorset local area partnership from 11 to 15 "
          "November 2024. The inspection report, published on 17 January 2025, found widespread and/or systemic "
          "failings leading to significant concerns about the experiences and outcomes of children and young people "
          "with SEND.")
    d.date("from 11 to 15 November 2024", "2024-11-11", "2024-11-15")
    d.date("17 January 2025", "2025-01-17")
    d.event("inspection", "2024-11-11", "2024-11-15", "Ofsted and the Care Quality Commission inspected the Dorset "
            "local area partnership from 11 to 15 November 2024.")
    d.event("outcome-letter", "2025-01-17", None, "The inspection report, published on 17 January 2025, found "
            "widespread and/or systemic failings")
    d.num("1.2", "Cabinet endorsed the Priority Action Plan on 4 February 2025, and it was submitted to Ofsted on 28 "
          "February 2025.")
    d.date("4 February 2025", "2025-02-04")
    d.date("28 February 2025", "2025-02-28")
    d.event("progress-plan", "2025-02-04", None, "Cabinet endorsed the Priority Action Plan on 4 February 2025")
    d.event("progress-plan", "2025-02-28", None, "it was submitted to Ofsted on 28 February 2025.")
    d.h("2. Monitoring by the Department for Education and NHS England")
    d.num("2.1", "Advisers from the DfE and NHS England held their first review of the plan on 20 May 2025 and their "
          "second on 18 November 2025. The third is expected in May 2026. Following the second review, the "
          "advisers wrote that the partnership had \"made demonstrable progress on timeliness\" but that the "
          "quality of health and care advice remained inconsistent.")
    d.date("20 May 2025", "2025-05-20")
    d.date("18 November 2025", "2025-11-18")
    d.date("May 2026", "2026-05")
    d.event("monitoring", "2025-05-20", None, "Advisers from the DfE and NHS England held their first review of the "
            "plan on 20 May 2025 and their second on 18 November 2025.")
    d.event("monitoring", "2025-11-18", None, "Advisers from the DfE and NHS England held their first review of the "
            "plan on 20 May 2025 and their second on 18 November 2025.")
    d.event("monitoring", "2026-05", None, "The third is expected in May 2026.")
    d.add(PageBreak())
    d.h("3. What the inspection asked of the partnership")
    d.num("3.1", "The report set out two areas for priority action and three areas for improvement. They are "
          "repeated here in the inspectors' words.")
    d.num("3.2", "Areas for priority action:")
    for number, (text, themes) in enumerate(zip(DORSET_APA, [["ehc-plans"], ["ehc-plans"]]), 1):
        d.p(f"3.2.{number}&nbsp;&nbsp;{text}", SUB_PARA)
        d.record_weak(text, themes)
    d.num("3.3", "Areas for improvement:")
    for number, (text, themes) in enumerate(zip(DORSET_AFI, [["co-production"], ["health-services"],
                                                             ["inclusion-provision", "joint-commissioning"]]), 1):
        d.p(f"3.3.{number}&nbsp;&nbsp;{text}", SUB_PARA)
        d.record_weak(text, themes)
    d.h("4. Progress")
    d.num("4.1", "The table below gives the headline measures agreed with the advisers.")
    d.table([["Measure", "November 2024", "January 2026", "Target"],
             ["New EHC plans issued within 20 weeks", "11%", "57%", "65% by 31 March 2026"],
             ["Health advice returned within 6 weeks", "38%", "81%", "90%"],
             ["Children waiting for autism assessment over 52 weeks", "1,140", "905", "Reduce each quarter"]],
            [6.6 * cm, 2.8 * cm, 2.8 * cm, 4.0 * cm])
    d.date("November 2024", "2024-11")
    d.date("January 2026", "2026-01")
    d.date("31 March 2026", "2026-03-31")
    d.num("4.2", "Dorset Parent Carer Council has co-produced a new communication charter, launched in September "
          "2025, and families now receive a named contact within five working days of a request for assessment.")
    d.date("September 2025", "2025-09")
    d.num("4.3", "Between April and December 2025 the ICB funded an additional 620 neurodevelopmental assessments. "
          "Waiting times remain the area where progress is slowest.")
    d.date("Between April and December 2025", "2025-04", "2025-12")
    d.h("5. Financial implications")
    d.num("5.1", "The Dedicated Schools Grant High Needs Block deficit is forecast at £118m by the end of 2025/26. The "
          "improvement programme is funded from a one-off £2.2m reserve agreed by Cabinet.")
    d.h("6. Next steps")
    d.num("6.1", "A monitoring inspection by Ofsted and the CQC is expected within 18 months of the report's "
          "publication. A mock inspection exercise with Partners in Practice is planned for 14 April 2026.")
    d.date("14 April 2026", "2026-04-14")
    d.p("<b>Appendices:</b> Appendix 1 &ndash; Priority Action Plan dashboard (January 2026)", SMALL)
    d.p("<b>Background Papers:</b> Area SEND inspection report (January 2025); DfE and NHS England review letter "
        "(December 2025)", SMALL)
    d.date("January 2025", "2025-01")
    d.date("December 2025", "2025-12")
    return d


# ---------------------------------------------------------------- Enfield (2016 framework, portfolio decision)
ENFIELD_SW = [
    "The lack of a clear, shared strategy across education, health and care to improve outcomes for children and "
    "young people with SEND, and weak oversight of the impact of the area's work.",
    "The poor quality of EHC plans, which too often do not reflect the needs of the child or contain clear "
    "outcomes.",
    "Long waiting times for assessment by the child and adolescent mental health service, and the lack of support "
    "for families while they wait.",
]


def enfield_decision() -> Doc:
    council = "London Borough of Enfield"
    maker = "Cabinet Member for Children's Services"
    d = Doc("enfield/round68-2023-01-20-cabinet-member-for-childrens-services/"
            "Portfolio Report - SEND Accelerated Progress Plan.pdf",
            {"council": council, "council_slug": "enfield", "committee": maker, "meeting_date": "2023-01-20",
             "title": "Portfolio Report - SEND Accelerated Progress Plan", "source_kind": "decision-report",
             "url": "https://governance.enfield.gov.uk/documents/s99310/Portfolio Report SEND APP.pdf"},
            {"council": council, "committee": maker, "date": "2023-01-20"},
            "London Borough of Enfield", "PORTFOLIO REPORT", "KD 5561")
    d.title("London Borough of Enfield")
    d.p("<b>PORTFOLIO REPORT</b>")
    d.table([["Report Title", "SEND Accelerated Progress Plan: approval for submission"],
             ["Report to", "Cabinet Member for Children's Services"],
             ["Date of Report", "9 January 2023"],
             ["Cabinet Member", "Cllr Ayla Winchmore"],
             ["Directors", "Tony Chase-Side, Executive Director People; Dr Ruth Bowes, Director of Education"],
             ["Report Author", "Marcus Palmers, Head of SEND Improvement, marcus.palmers@enfield.gov.uk"],
             ["Ward(s) affected", "All"],
             ["Key Decision Number", "KD 5561"],
             ["Classification", "Part 1 Public"]],
            [4.4 * cm, 11.8 * cm], header=False)
    d.date("9 January 2023", "2023-01-09")
    d.person("Ayla Winchmore", "Cabinet Member for Children's Services", "member")
    d.person("Tony Chase-Side", "Executive Director People", "officer")
    d.person("Ruth Bowes", "Director of Education", "officer")
    d.person("Marcus Palmers", "Head of SEND Improvement", "officer", "marcus.palmers@enfield.gov.uk",
             "020 8132 0420")
    d.h("Purpose of Report")
    d.num("1.", "To seek approval of the SEND Accelerated Progress Plan (APP) so that it can be submitted to the "
          "Department for Education (DfE) and NHS England by 31 January 2023, as the statutory direction requires.")
    d.date("31 January 2023", "2023-01-31")
    d.event("progress-plan", "2023-01-31", None, "so that it can be submitted to the Department for Education (DfE) "
            "and NHS England by 31 January 2023")
    d.h("Proposal(s)")
    d.p("2. The Cabinet Member for Children's Services is recommended to:")
    d.res("I.", "Approve the SEND Accelerated Progress Plan at Appendix A for submission to the DfE and NHS England.",
          "recommendation", style=HANG)
    d.res("II.", "Note that the plan was developed with Enfield Parent Carer Forum and the North Central London ICB, "
          "and endorsed by the SEND Partnership Board on 21 December 2022.", "recommendation", style=HANG)
    d.res("III.", "Delegate to the Executive Director People authority to make minor changes to the plan following "
          "feedback from the DfE and NHS England.", "recommendation", style=HANG)
    d.date("21 December 2022", "2022-12-21")
    d.event("progress-plan", "2022-12-21", None, "endorsed by the SEND Partnership Board on 21 December 2022.")
    d.h("Background")
    d.num("3.", "Ofsted and the CQC inspected the Enfield local area from 15 to 19 October 2018 and published their "
          "letter on 11 December 2018. Inspectors revisited from 12 to 14 July 2022; their letter of 23 August 2022 "
          "found sufficient progress in two of the five significant weaknesses. On 9 November 2022 the Secretary of "
          "State issued a statutory direction requiring the Council to work with a SEND adviser and to prepare an "
          "APP.")
    d.date("from 15 to 19 October 2018", "2018-10-15", "2018-10-19")
    d.date("11 December 2018", "2018-12-11")
    d.date("from 12 to 14 July 2022", "2022-07-12", "2022-07-14")
    d.date("23 August 2022", "2022-08-23")
    d.date("9 November 2022", "2022-11-09")
    d.event("inspection", "2018-10-15", "2018-10-19", "Ofsted and the CQC inspected the Enfield local area from 15 "
            "to 19 October 2018")
    d.event("outcome-letter", "2018-12-11", None, "published their letter on 11 December 2018.")
    d.event("revisit", "2022-07-12", "2022-07-14", "Inspectors revisited from 12 to 14 July 2022")
    d.event("revisit-outcome", "2022-08-23", None, "their letter of 23 August 2022 found sufficient progress in two "
            "of the five significant weaknesses.")
    d.event("statutory-direction", "2022-11-09", None, "On 9 November 2022 the Secretary of State issued a statutory "
            "direction requiring the Council to work with a SEND adviser and to prepare an APP.")
    d.num("4.", "The APP addresses the three weaknesses in which progress was not sufficient:")
    d.table([["WSoA priority", "Significant weakness (2018 letter)", "Revisit finding (2022)"],
             ["1", ENFIELD_SW[0], "Strategy agreed in 2021 but not yet understood by schools or families."],
             ["3", ENFIELD_SW[1], "Some improvement in new plans; older plans not yet updated."],
             ["5", ENFIELD_SW[2], "Waits have lengthened since 2020; the waiting well offer is new."]],
            [2.4 * cm, 8.2 * cm, 5.6 * cm])
    d.record_weak(ENFIELD_SW[0], ["leadership-governance"])
    d.record_weak(ENFIELD_SW[1], ["ehc-plans"])
    d.record_weak(ENFIELD_SW[2], ["health-services"])
    d.add(PageBreak())
    d.h("Main Considerations for the Council")
    d.num("5.", "The DfE and NHS England will review progress against the APP about every six months; the first "
          "review has been provisionally set for June 2023.")
    d.date("June 2023", "2023-06")
    d.event("monitoring", "2023-06", None, "the first review has been provisionally set for June 2023.")
    d.num("6.", "Financial implications: the plan is funded within the £1.4m SEND improvement budget agreed in "
          "February 2022. Legal implications: the Council must comply with the direction under section 497A of the "
          "Education Act 1996.")
    d.date("February 2022", "2022-02")
    d.h("Report Author")
    d.p("Marcus Palmers, Head of SEND Improvement, Tel: 020 8132 0420")
    d.space(10)
    d.table([["<b>DECISION OF THE CABINET MEMBER</b>"],
             ["Decision: I approve the recommendations set out in paragraph 2 of this report."],
             ["Signed: Cllr Ayla Winchmore, Cabinet Member for Children's Services"],
             ["Date: 20 January 2023"]],
            [16.2 * cm], header=False)
    d.record_res(None, "I approve the recommendations set out in paragraph 2 of this report.", "resolution")
    d.date("20 January 2023", "2023-01-20")
    return d


# ---------------------------------------------------------------- East Riding (2016 framework, DfE letter)
ER_SW = [
    "The variable quality of EHC plans, including the contributions made by health and social care professionals.",
    "The lack of a clear and well understood pathway for young people with SEND as they move into adulthood.",
]


def east_riding_letter() -> Doc:
    council = "East Riding of Yorkshire Council"
    committee = "Children, Families and Schools Overview and Scrutiny Sub-Committee"
    d = Doc("east-riding/round68-2025-06-17-children-families-and-schools-overview-and-scrutiny-sub-committee/"
            "Appendix 2 - DfE and NHS England APP review letter.pdf",
            {"council": council, "council_slug": "east-riding", "committee": committee, "meeting_date": "2025-06-17",
             "title": "Appendix 2 - DfE and NHS England APP review letter", "source_kind": "moderngov-document",
             "url": "https://newdemocracy.eastriding.gov.uk/documents/s41207/Appendix 2 - DfE and NHS England APP "
                    "review letter.pdf"},
            {"council": council, "committee": committee, "date": "2025-06-17"},
            "Appendix 2", "", "")
    d.p("Department for Education<br/>Piccadilly Gate<br/>Store Street<br/>Manchester M1 2WD", LETTER)
    d.p("Sent by email to:<br/>Andrea Leconfield, Director of Children's Services, East Riding of Yorkshire Council"
        "<br/>Matthew Sewerby, Place Director (East Riding), NHS Humber and North Yorkshire ICB", LETTER)
    d.person("Andrea Leconfield", "Director of Children's Services", "officer")
    d.person("Matthew Sewerby", "Place Director (East Riding)", "officer")
    d.p("Date: 8 April 2025", LETTER)
    d.date("8 April 2025", "2025-04-08")
    d.p("Dear Andrea and Matthew,", LETTER)
    d.p("<b>East Riding of Yorkshire: first review of the Accelerated Progress Plan</b>", LETTER_BOLD)
    d.p("Thank you to you and your colleagues for the time given to our review on 18 March 2025, and to the East "
        "Riding Parent Carer Forum for the families' views it gathered beforehand.", LETTER)
    d.date("18 March 2025", "2025-03-18")
    d.event("monitoring", "2025-03-18", None, "Thank you to you and your colleagues for the time given to our review "
            "on 18 March 2025")
    d.p("The local area was inspected in October 2021. The revisit by Ofsted and the CQC took place between 3 and 5 "
        "June 2024, and their letter of 16 July 2024 found that sufficient progress had not been made in two of the "
        "five significant weaknesses. Your Accelerated Progress Plan was submitted on 30 September 2024. We set out "
        "below each of the two weaknesses, as worded in the revisit letter, and what we found.", LETTER)
    d.date("October 2021", "2021-10")
    d.date("between 3 and 5 June 2024", "2024-06-03", "2024-06-05")
    d.date("16 July 2024", "2024-07-16")
    d.date("30 September 2024", "2024-09-30")
    d.event("inspection", "2021-10", None, "The local area was inspected in October 2021.")
    d.event("revisit", "2024-06-03", "2024-06-05", "The revisit by Ofsted and the CQC took place between 3 and 5 June "
            "2024")
    d.event("revisit-outcome", "2024-07-16", None, "their letter of 16 July 2024 found that sufficient progress had "
            "not been made in two of the five significant weaknesses.")
    d.event("progress-plan", "2024-09-30", None, "Your Accelerated Progress Plan was submitted on 30 September 2024.")
    d.box(ER_SW[0])
    d.record_weak(ER_SW[0], ["ehc-plans"])
    d.p("The multi-agency quality panel is a real strength. Of the 25 plans we sampled from those issued since "
        "November 2024, 17 had health advice that was specific to the child. Social care advice is present more "
        "often but is still generic in too many plans. Your February 2025 audit reached similar conclusions.",
        LETTER)
    d.date("November 2024", "2024-11")
    d.date("February 2025", "2025-02")
    d.add(PageBreak())
    d.box(ER_SW[1])
    d.record_weak(ER_SW[1], ["preparing-for-adulthood"])
    d.p("The Preparing for Adulthood team began work in January 2025 and it is too early to see impact. Young "
        "people we spoke to were not yet aware of the new transition reviews. We would like to see the pathway "
        "published on the Local Offer, as planned, by 30 June 2025.", LETTER)
    d.date("January 2025", "2025-01")
    d.date("30 June 2025", "2025-06-30")
    d.p("<b>Next steps</b>", LETTER_BOLD)
    d.p("We will hold the second review in September 2025. Please send us updated data on the timeliness and quality "
        "of EHC plans two weeks beforehand. We are copying this letter to Councillor Victoria Howden-Nafferton, "
        "Portfolio Holder for Children, Families and Schools.", LETTER)
    d.date("September 2025", "2025-09")
    d.event("monitoring", "2025-09", None, "We will hold the second review in September 2025.")
    d.person("Victoria Howden-Nafferton", "Portfolio Holder for Children, Families and Schools", "member")
    d.p("Yours sincerely,", LETTER)
    d.table([["<b>Karen Flamborough</b><br/>SEND Adviser<br/>Department for Education",
              "<b>Dr Simon Patrington</b><br/>SEND Clinical Adviser<br/>NHS England &ndash; North East and Yorkshire"]],
            [8.1 * cm, 8.1 * cm], header=False, grid=False, style=LETTER)
    d.person("Karen Flamborough", "SEND Adviser", "officer")
    d.person("Simon Patrington", "SEND Clinical Adviser", "officer")
    return d


DOCUMENTS = [dorset_report, enfield_decision, east_riding_letter]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
