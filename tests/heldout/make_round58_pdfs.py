"""Write the printed documents of the held-out round 58 (reportlab), and their gold.

Round 58 is a blind batch in the commonest templates, written with their gold before any extractor ran on them.
These are its three short PDFs: a Bracknell Forest Council report to its Children, Young People and Learning
Overview and Scrutiny Panel on the Accelerated Progress Plan (2016 framework; the two unprogressed weaknesses as
"(i)"/"(ii)" paragraphs, recommendations "2.1"/"2.2"); a Birmingham City Council Cabinet Member decision report
answering a 2023-framework area for priority action (the areas quoted in a ruled two-column table, "DECISION" with
"(a)" to "(c)"); and the Department for Education and NHS England letter to Coventry after a review of its
Accelerated Progress Plan (2016 framework, the two remaining weaknesses as bullets), an appendix to a scrutiny board.
Invented text, fictitious people. Page breaks are explicit, so the gold's page numbers follow from this script.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round58_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("58", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
NUM_PARA, ROMAN, LETTER, LETTER_BOLD, LETTER_BULLET = S.num_para, S.roman, S.letter, S.letter_bold, S.letter_bullet


class Doc(LongDoc):
    """A round 58 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True


# ---------------------------------------------------------------- Bracknell Forest (2016 framework, APP)
def bracknell_report() -> Doc:
    council = "Bracknell Forest Council"
    committee = "Children, Young People and Learning Overview and Scrutiny Panel"
    d = Doc("bracknell-forest/round58-2024-06-25-children-young-people-and-learning-overview-and-scrutiny-panel/"
            "SEND Accelerated Progress Plan - third review.pdf",
            {"council": council, "council_slug": "bracknell-forest", "committee": committee,
             "meeting_date": "2024-06-25", "title": "SEND Accelerated Progress Plan - third review",
             "source_kind": "moderngov-document",
             "url": "http://democratic.bracknell-forest.gov.uk/documents/s190412/SEND APP third review.pdf"},
            {"council": council, "committee": committee, "date": "2024-06-25"},
            "Bracknell Forest Council", "Unrestricted", "CYPL O&S Panel 25 June 2024")
    d.title("TO: CHILDREN, YOUNG PEOPLE AND LEARNING OVERVIEW AND SCRUTINY PANEL")
    d.p("<b>25 JUNE 2024</b>")
    d.p("<b>SEND ACCELERATED PROGRESS PLAN: OUTCOME OF THE THIRD REVIEW</b><br/>"
        "Executive Director: People")
    d.h("1 PURPOSE OF REPORT")
    d.num("1.1", "To inform the Panel of the outcome of the third review of the local area's Accelerated Progress "
          "Plan (APP) by the Department for Education (DfE) and NHS England, held on 12 March 2024, and of the work "
          "still to be done before the next review.")
    d.h("2 RECOMMENDATIONS")
    d.p("That the Panel:")
    d.res("2.1", "NOTES the outcome of the review of 12 March 2024 and the progress summarised in section 5; and",
          "recommendation", style=NUM_PARA)
    d.res("2.2", "IDENTIFIES any areas of the plan on which it wishes to receive more detailed reports during "
          "2024/25.", "recommendation", style=NUM_PARA)
    d.date("25 JUNE 2024", "2024-06-25")
    d.date("12 March 2024", "2024-03-12")
    d.h("3 BACKGROUND")
    d.num("3.1", "Ofsted and the Care Quality Commission (CQC) inspected the Bracknell Forest local area from 20 to 24 "
          "January 2020. A Written Statement of Action (WSoA) was declared fit for purpose on 29 June 2020.")
    d.date("from 20 to 24 January 2020", "2020-01-20", "2020-01-24")
    d.date("29 June 2020", "2020-06-29")
    d.event("inspection", "2020-01-20", "2020-01-24", "Ofsted and the Care Quality Commission (CQC) inspected the "
            "Bracknell Forest local area from 20 to 24 January 2020")
    d.event("wsoa-approved", "2020-06-29", None, "A Written Statement of Action (WSoA) was declared fit for purpose "
            "on 29 June 2020")
    d.num("3.2", "Inspectors revisited the area in June 2022. They found that sufficient progress had been made in "
          "addressing three of the five significant weaknesses. Progress had not been sufficient in the remaining "
          "two, which were:")
    d.date("June 2022", "2022-06")
    d.event("revisit", "2022-06", None, "Inspectors revisited the area in June 2022")
    d.weak("the variable quality of EHC plans, which too often do not reflect the child's needs or set out how they "
           "will be met, and the weak contribution of health and social care to them; and",
           ["ehc-plans"], marker="(i)", style=ROMAN)
    d.weak("the long waits that children and young people experience for an assessment of autism spectrum disorder "
           "and for support from the child and adolescent mental health service.",
           ["health-services"], marker="(ii)", style=ROMAN)
    d.num("3.3", "An APP was agreed with the DfE in October 2022. Reviews followed on 13 June 2023 and 5 December 2023. "
          "The review of 12 March 2024 was the third.")
    d.date("October 2022", "2022-10")
    d.date("13 June 2023", "2023-06-13")
    d.date("5 December 2023", "2023-12-05")
    d.event("progress-plan", "2022-10", None, "An APP was agreed with the DfE in October 2022")
    d.event("monitoring", "2023-06-13", None, "Reviews followed on 13 June 2023 and 5 December 2023")
    d.event("monitoring", "2023-12-05", None, "Reviews followed on 13 June 2023 and 5 December 2023")
    d.event("monitoring", "2024-03-12", None, "the third review of the local area's Accelerated Progress Plan (APP) "
            "by the Department for Education (DfE) and NHS England, held on 12 March 2024")
    d.h("4 ADVICE RECEIVED FROM STATUTORY AND OTHER OFFICERS")
    d.p("<b>Borough Solicitor</b>: there are no specific legal implications arising from this report. "
        "<b>Executive Director: Resources</b>: there are no direct financial implications.")
    d.add(PageBreak())
    d.h("5 PROGRESS")
    d.num("5.1", "The advisers' letter of 28 March 2024 recorded good progress on EHC plan quality. The table below "
          "summarises the main measures.")
    d.date("28 March 2024", "2024-03-28")
    d.ruled([["Measure", "Jun 2022", "Feb 2024", "Target, Mar 2025"],
             ["EHC plans rated good or better at audit", "34%", "69%", "80%"],
             ["Health advice returned within 6 weeks", "41%", "84%", "90%"],
             ["Median wait for autism assessment (weeks)", "71", "46", "26"],
             ["Children seen by CAMHS within 18 weeks", "52%", "63%", "85%"]],
            [7.0 * cm, 2.6 * cm, 2.6 * cm, 3.6 * cm])
    d.date("Feb 2024", "2024-02")
    d.date("Mar 2025", "2025-03")
    d.num("5.2", "Waiting times for autism assessment remain the area of greatest concern. Frimley ICB has agreed "
          "additional funding for an independent provider from 1 April 2024, and the median wait is expected to "
          "fall below 35 weeks by December 2024.")
    d.date("1 April 2024", "2024-04-01")
    d.date("December 2024", "2024-12")
    d.num("5.3", "The fourth review is expected in September 2024. The advisers have indicated that, if the current "
          "rate of progress continues, the DfE may then recommend that formal monitoring ends.")
    d.date("September 2024", "2024-09")
    d.event("monitoring", "2024-09", None, "The fourth review is expected in September 2024")
    d.h("6 CONSULTATION")
    d.p("The Bracknell Forest Parent Carer Forum contributed to the preparation of the review evidence and attended "
        "the review meeting.")
    d.h("Background Papers")
    d.p("Accelerated Progress Plan (October 2022); DfE and NHS England review letters.")
    d.h("Contact for further information")
    d.p("Helena Easthampstead, Assistant Director: Education and Learning - 01344 354012<br/>"
        "helena.easthampstead@bracknell-forest.gov.uk")
    d.p("Rowan Binfield-Shaw, Head of SEND - 01344 354077<br/>rowan.binfield-shaw@bracknell-forest.gov.uk")
    d.person("Helena Easthampstead", "Assistant Director: Education and Learning", "officer",
             "helena.easthampstead@bracknell-forest.gov.uk", "01344 354012")
    d.person("Rowan Binfield-Shaw", "Head of SEND", "officer", "rowan.binfield-shaw@bracknell-forest.gov.uk",
             "01344 354077")
    return d


# ---------------------------------------------------------------- Birmingham (2023 framework, decision report)
BIRMINGHAM_APA = [
    "Leaders across the partnership should urgently improve the timeliness, quality and review of EHC plans, so "
    "that they accurately reflect children's and young people's needs and are updated when those needs change.",
    "Leaders in the ICB and the local authority should reduce the waiting times for speech and language therapy "
    "and make sure that children and young people receive the therapy set out in their EHC plans.",
]


def birmingham_decision() -> Doc:
    council = "Birmingham City Council"
    maker = "Cabinet Member for Children, Young People and Families"
    d = Doc("birmingham/round58-2025-02-17-cabinet-member-for-children-young-people-and-families/"
            "Cabinet Member Decision - Speech and Language Therapy for children with EHC plans.pdf",
            {"council": council, "council_slug": "birmingham", "committee": maker, "meeting_date": "2025-02-17",
             "title": "Cabinet Member Decision - Speech and Language Therapy for children with EHC plans",
             "source_kind": "decision-report",
             "url": "https://www.birmingham.gov.uk/downloads/file/31207/cmd_speech_and_language_therapy"},
            {"council": council, "committee": maker, "date": "2025-02-17"},
            "Birmingham City Council", "Public Report", "Cabinet Member Decision", page_label="{n}")
    d.title("Birmingham City Council<br/>Report to the Cabinet Member for Children, Young People and Families")
    d.table([["Date of Decision:", "17 February 2025"],
             ["Subject:", "Speech and Language Therapy for children and young people with EHC plans: contract "
                          "variation"],
             ["Report of:", "Strategic Director, Children and Families"],
             ["Relevant Cabinet Member:", "Councillor Nadia Khan-Edgbaston"],
             ["Report author:", "Jerome Ladywood, Head of SEND Commissioning<br/>Email: "
                                "jerome.ladywood@birmingham.gov.uk"]],
            [4.5 * cm, 11.7 * cm], header=False)
    d.date("17 February 2025", "2025-02-17")
    d.person("Nadia Khan-Edgbaston", "Relevant Cabinet Member", "member")
    d.person("Jerome Ladywood", "Head of SEND Commissioning", "officer", "jerome.ladywood@birmingham.gov.uk")
    d.h("1. Executive Summary")
    d.num("1.1", "Ofsted and the CQC inspected the Birmingham local area partnership between 13 and 17 May 2024. "
          "The report, published on 22 July 2024, found widespread and/or systemic failings and set out the "
          "following areas for priority action:")
    d.date("between 13 and 17 May 2024", "2024-05-13", "2024-05-17")
    d.date("22 July 2024", "2024-07-22")
    d.event("inspection", "2024-05-13", "2024-05-17", "Ofsted and the CQC inspected the Birmingham local area "
            "partnership between 13 and 17 May 2024")
    d.event("outcome-letter", "2024-07-22", None, "The report, published on 22 July 2024, found widespread and/or "
            "systemic failings")
    d.ruled([["", "Area for priority action (as worded in the report)"],
             ["1", BIRMINGHAM_APA[0]], ["2", BIRMINGHAM_APA[1]]], [1.2 * cm, 15.0 * cm])
    d.record_weak(BIRMINGHAM_APA[0], ["ehc-plans"])
    d.record_weak(BIRMINGHAM_APA[1], ["health-services"])
    d.num("1.2", "The priority action plan was submitted on 4 September 2024. The Department for Education issued an "
          "Improvement Notice in October 2024, and the first stocktake with the Department and NHS England took "
          "place on 10 December 2024. This report responds to the second area for priority action.")
    d.date("4 September 2024", "2024-09-04")
    d.date("October 2024", "2024-10")
    d.date("10 December 2024", "2024-12-10")
    d.event("progress-plan", "2024-09-04", None, "The priority action plan was submitted on 4 September 2024")
    d.event("statutory-direction", "2024-10", None, "The Department for Education issued an Improvement Notice in "
            "October 2024")
    d.event("monitoring", "2024-12-10", None, "the first stocktake with the Department and NHS England took place on "
            "10 December 2024")
    d.num("1.3", "The existing contract with Birmingham Community Healthcare NHS Foundation Trust runs until 31 March "
          "2026. A variation of up to &pound;1.85m is proposed to fund 14 additional therapists from 1 April 2025, "
          "jointly with NHS Birmingham and Solihull ICB.")
    d.date("31 March 2026", "2026-03-31")
    d.date("1 April 2025", "2025-04-01")
    d.h("2. Recommendations")
    d.p("That the Cabinet Member for Children, Young People and Families:")
    d.res("2.1", "Approves a variation to the speech and language therapy contract of up to £1.85m over the period "
          "to 31 March 2026, as set out in section 4.", "recommendation", style=NUM_PARA)
    d.res("2.2", "Delegates to the Strategic Director, Children and Families, the finalisation of the variation with "
          "the ICB.", "recommendation", style=NUM_PARA)
    d.add(PageBreak())
    d.h("3. Options considered")
    d.p("Option 1, to wait for the recommissioning of the service in 2026, was rejected because children would wait a "
        "further year. Option 2, a spot purchase of independent therapy, was rejected as more costly and harder to "
        "quality-assure.")
    d.h("4. Financial and legal implications")
    d.p("The cost will be met from the High Needs Block (&pound;1.1m) and the ICB (&pound;0.75m). Finance comments "
        "provided by Priya Handsworth, Finance Business Partner, on 5 February 2025. Legal comments provided by Owen "
        "Selly-Oak, Solicitor, on 6 February 2025.")
    d.date("5 February 2025", "2025-02-05")
    d.date("6 February 2025", "2025-02-06")
    d.person("Priya Handsworth", "Finance Business Partner", "officer")
    d.person("Owen Selly-Oak", "Solicitor", "officer")
    d.h("5. Decision")
    d.p("I have considered the report and the recommendations, and I have decided:")
    d.res("(a)", "to approve a variation to the speech and language therapy contract of up to £1.85m over the period "
          "to 31 March 2026;", "resolution", style=HANG)
    d.res("(b)", "to delegate the finalisation of the variation to the Strategic Director, Children and Families;",
          "resolution", style=HANG)
    d.res("(c)", "to ask that progress on waiting times be reported to the SEND Improvement Board each quarter.",
          "resolution", style=HANG)
    d.table([["Signed:", "N. Khan-Edgbaston"], ["Cabinet Member for Children, Young People and Families", ""],
             ["Dated:", "17/02/2025"]], [8.1 * cm, 8.1 * cm], header=False, grid=False)
    d.p("This decision will come into force, unless called in, at the end of 24 February 2025.", SMALL)
    d.date("24 February 2025", "2025-02-24")
    return d


# ---------------------------------------------------------------- Coventry (2016 framework, DfE/NHS England letter)
COVENTRY_SW = [
    "the quality of education, health and care plans, including the timeliness and quality of contributions from "
    "health and social care; and",
    "the effectiveness of the area's arrangements for identifying and meeting the needs of children and young people "
    "receiving SEN support in mainstream schools.",
]


def coventry_letter() -> Doc:
    council = "Coventry City Council"
    committee = "Education and Children's Services Scrutiny Board (2)"
    d = Doc("coventry/round58-2023-11-15-education-and-childrens-services-scrutiny-board-2/"
            "Appendix 1 - DfE and NHS England APP review letter.pdf",
            {"council": council, "council_slug": "coventry", "committee": committee, "meeting_date": "2023-11-15",
             "title": "Appendix 1 - DfE and NHS England APP review letter", "source_kind": "moderngov-document",
             "url": "https://edemocracy.coventry.gov.uk/documents/s58814/Appendix 1 - DfE and NHS England APP "
                    "review letter.pdf"},
            {"council": council, "committee": committee, "date": "2023-11-15"},
            "", "", "", page_label="")
    d.p("Department for Education<br/>Sanctuary Buildings<br/>Great Smith Street<br/>London SW1P 3BT", LETTER)
    d.p("Kirsty Whitmore-Allesley<br/>Director of Education and Skills<br/>Coventry City Council", LETTER)
    d.p("Dr Femi Radford-Cole<br/>Chief Nursing Officer<br/>NHS Coventry and Warwickshire ICB", LETTER)
    d.p("By email", LETTER)
    d.p("20 October 2023", LETTER)
    d.date("20 October 2023", "2023-10-20")
    d.person("Kirsty Whitmore-Allesley", "Director of Education and Skills", "officer")
    d.person("Femi Radford-Cole", "Chief Nursing Officer", "officer")
    d.p("Dear Kirsty and Femi,", LETTER)
    d.p("<b>Coventry Local Area SEND: Accelerated Progress Plan - review meeting, 4 October 2023</b>", LETTER)
    d.date("4 October 2023", "2023-10-04")
    d.event("monitoring", "2023-10-04", None, "Accelerated Progress Plan - review meeting, 4 October 2023")
    d.p("Thank you, and your colleagues, for meeting us on 4 October for the first formal review of the local area's "
        "Accelerated Progress Plan (APP). As you know, the APP was required after Ofsted and the CQC revisited "
        "Coventry on 5-7 December 2022. Their letter, published on 2 February 2023, found that the area had made "
        "sufficient progress in two of the four significant weaknesses identified at the joint inspection in June "
        "2019, but not in the other two:", LETTER)
    d.date("5-7 December 2022", "2022-12-05", "2022-12-07")
    d.date("2 February 2023", "2023-02-02")
    d.date("June 2019", "2019-06")
    d.event("revisit", "2022-12-05", "2022-12-07", "Ofsted and the CQC revisited Coventry on 5-7 December 2022")
    d.event("revisit-outcome", "2023-02-02", None, "Their letter, published on 2 February 2023")
    d.event("inspection", "2019-06", None, "the joint inspection in June 2019")
    d.weak(COVENTRY_SW[0], ["ehc-plans"], marker="&ndash;", style=LETTER_BULLET)
    d.weak(COVENTRY_SW[1], ["identification"], marker="&ndash;", style=LETTER_BULLET)
    d.p("Your APP was submitted on 29 March 2023 and we confirmed on 21 April 2023 that it was agreed.", LETTER)
    d.date("29 March 2023", "2023-03-29")
    d.date("21 April 2023", "2023-04-21")
    d.event("progress-plan", "2023-03-29", None, "Your APP was submitted on 29 March 2023")
    d.event("progress-plan", "2023-04-21", None, "we confirmed on 21 April 2023 that it was agreed")
    d.p("<b>Summary of the review</b>", LETTER)
    d.p("We were encouraged by the improvement in EHC plan quality. Your multi-agency audit in August 2023 rated 64% "
        "of new plans as good or better, against 37% in January 2023, and the proportion of health advice returned "
        "within six weeks has risen to 81%. Parents from Coventry Parent Carer Forum told us that plans now read as "
        "if they were written about their own child.", LETTER)
    d.date("August 2023", "2023-08")
    d.date("January 2023", "2023-01")
    d.p("We were less assured about SEN support. The graduated approach guidance was launched in September 2023 and "
        "it is too early to see its effect; we would like to see evidence of its use in schools, and of the impact "
        "of the new inclusion outreach team, at the next review.", LETTER)
    d.date("September 2023", "2023-09")
    d.p("<b>Next steps</b>", LETTER)
    d.p("The next review meeting will take place in March 2024. Please send us your updated evidence pack two weeks "
        "before the meeting. We would also welcome a copy of the SEND sufficiency strategy once it has been agreed "
        "by Cabinet, which we understand is planned for 12 December 2023.", LETTER)
    d.date("March 2024", "2024-03")
    d.date("12 December 2023", "2023-12-12")
    d.event("monitoring", "2024-03", None, "The next review meeting will take place in March 2024")
    d.p("I am copying this letter to Councillor Kamran Ashwell-Stoke, Cabinet Member for Education and Skills, and "
        "to Hannah Brindley, SEND Adviser.", LETTER)
    d.person("Kamran Ashwell-Stoke", "Cabinet Member for Education and Skills", "member")
    d.person("Hannah Brindley", "SEND Adviser", "officer")
    d.p("Yours sincerely,", LETTER)
    d.table([["<b>Marcus Eldridge</b><br/>SEND Adviser<br/>Department for Education",
              "<b>Dr Angela Penfold</b><br/>Clinical Adviser, SEND<br/>NHS England"]],
            [8.1 * cm, 8.1 * cm], header=False, grid=False, style=LETTER)
    d.person("Marcus Eldridge", "SEND Adviser", "officer")
    d.person("Angela Penfold", "Clinical Adviser, SEND", "officer")
    return d


DOCUMENTS = [bracknell_report, birmingham_decision, coventry_letter]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
