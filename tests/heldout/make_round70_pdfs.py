"""Write the printed documents of the held-out round 70 (reportlab), and their gold.

Round 70 is a blind batch in the commonest templates, written with their gold before any extractor ran on them.
These are its three short PDFs: a West Berkshire Council report to the Overview and Scrutiny Management Commission
on the SEND Improvement Plan (2023 framework, middle outcome; the three areas for improvement in the first column of
a progress table); a Somerset Council decision report to the Lead Member for Children and Families on the
Accelerated Progress Plan (2016 framework; the unprogressed significant weaknesses as "3.3.1"-"3.3.3" sub-paragraphs);
and a Trafford Council briefing note to the Children and Young People's Scrutiny Committee (2023 framework, middle
outcome; each area for improvement set in a boxed single-cell table). Invented text, fictitious people. Page breaks
are explicit, so the gold's page numbers follow from this script.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round70_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("70", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
NUM_PARA, SUB_PARA, ROMAN, QUOTE = S.num_para, S.sub_para, S.roman, S.quote


class Doc(LongDoc):
    """A round 70 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True


# ---------------------------------------------------------------- West Berkshire (2023 framework, middle outcome)
WB_AFI = [
    "Leaders should reduce delays in the EHC needs assessment process, so that more plans are issued within 20 "
    "weeks.",
    "Leaders should strengthen the way they gather and use the views of children, young people and their families "
    "when planning services.",
    "Leaders should improve the range of post-16 pathways, including supported internships, for young people with "
    "SEND.",
]


def west_berkshire_report() -> Doc:
    council = "West Berkshire Council"
    committee = "Overview and Scrutiny Management Commission"
    d = Doc("west-berkshire/round70-2024-10-08-overview-and-scrutiny-management-commission/"
            "SEND Improvement Plan - six month progress report.pdf",
            {"council": council, "council_slug": "west-berkshire", "committee": committee, "meeting_date": "2024-10-08",
             "title": "SEND Improvement Plan - six month progress report", "source_kind": "committee-report",
             "url": "https://decisionmaking.westberks.gov.uk/documents/s61877/SEND Improvement Plan progress.pdf"},
            {"council": council, "committee": committee, "date": "2024-10-08"},
            "West Berkshire Council", "Overview and Scrutiny Management Commission", "8 October 2024")
    d.title("SEND Improvement Plan &ndash; six month progress report")
    d.table([["Committee considering report:", "Overview and Scrutiny Management Commission"],
             ["Date of Committee:", "8 October 2024"],
             ["Portfolio Member:", "Councillor Heather Lambourn-Kintbury"],
             ["Report Author:", "Nathan Compton-Beedon"],
             ["Forward Plan Ref:", "OSMC/24/17"]],
            [5.0 * cm, 11.2 * cm], header=False)
    d.date("8 October 2024", "2024-10-08")
    d.person("Heather Lambourn-Kintbury", "Portfolio Member", "member")
    d.person("Nathan Compton-Beedon", "Report Author", "officer")
    d.h("1. Purpose of the Report")
    d.num("1.1", "To update the Commission on progress against the SEND Improvement Plan, six months after it was "
          "approved by the Executive on 21 March 2024.")
    d.date("21 March 2024", "2024-03-21")
    d.event("progress-plan", "2024-03-21", None, "six months after it was approved by the Executive on 21 March 2024.")
    d.h("2. Recommendation(s)")
    d.res("2.1", "The Commission is asked to note the progress made against the SEND Improvement Plan.",
          "recommendation", style=NUM_PARA, shown_label="2.1&nbsp;&nbsp;")
    d.res("2.2", "The Commission is asked to agree whether it wishes to receive a further report after the annual "
          "engagement meeting with Ofsted and the CQC.", "recommendation", style=NUM_PARA, shown_label="2.2&nbsp;&nbsp;")
    d.h("3. Implications and Impact Assessment")
    d.table([["Financial:", "The plan is delivered within existing budgets and the Dedicated Schools Grant. The High "
              "Needs Block is forecast to overspend by £4.2m in 2024/25."],
             ["Legal:", "None arising directly. Comments checked by Rosalind Hungerford, Legal Services, on 20 "
              "September 2024."],
             ["Equalities:", "The plan is intended to improve outcomes for disabled children and young people."]],
            [3.4 * cm, 12.8 * cm], header=False)
    d.person("Rosalind Hungerford", "Legal Services", "officer")
    d.date("20 September 2024", "2024-09-20")
    d.h("4. Background")
    d.num("4.1", "Ofsted and the CQC carried out a joint inspection of the West Berkshire local area partnership from "
          "20 to 24 November 2023. The report, published on 19 January 2024, found that the partnership's "
          "arrangements lead to inconsistent experiences and outcomes for children and young people with SEND.")
    d.date("from 20 to 24 November 2023", "2023-11-20", "2023-11-24")
    d.date("19 January 2024", "2024-01-19")
    d.event("inspection", "2023-11-20", "2023-11-24", "Ofsted and the CQC carried out a joint inspection of the West "
            "Berkshire local area partnership from 20 to 24 November 2023.")
    d.event("outcome-letter", "2024-01-19", None, "The report, published on 19 January 2024, found that the "
            "partnership's arrangements lead to inconsistent experiences and outcomes")
    d.num("4.2", "The inspectors identified three areas for improvement, which form the three workstreams of the "
          "plan. The table below sets each out with progress to the end of August 2024.")
    d.date("August 2024", "2024-08")
    d.add(PageBreak())
    d.h("5. Progress against the areas for improvement")
    d.table([["Area for improvement", "Progress to August 2024", "Status"],
             [WB_AFI[0], "64% of plans issued within 20 weeks between March and August 2024, against 38% in 2023. "
              "Two additional EHC co-ordinators in post since May 2024.", "Amber"],
             [WB_AFI[1], "Young people's panel meets monthly; parent carer forum co-chairs the SEND Partnership Board.",
              "Green"],
             [WB_AFI[2], "Supported internship places increased from 9 to 21 for September 2024 intake.", "Amber"]],
            [6.6 * cm, 7.4 * cm, 2.2 * cm])
    d.record_weak(WB_AFI[0], ["ehc-plans"])
    d.record_weak(WB_AFI[1], ["co-production"])
    d.record_weak(WB_AFI[2], ["preparing-for-adulthood"])
    d.date("between March and August 2024", "2024-03", "2024-08")
    d.date("May 2024", "2024-05")
    d.date("September 2024", "2024-09")
    d.num("5.1", "The annual engagement meeting with Ofsted and the CQC is expected in January 2025. The next full "
          "inspection is likely within three years of the last.")
    d.date("January 2025", "2025-01")
    d.h("6. Conclusion")
    d.num("6.1", "Good progress has been made on engagement, but timeliness of assessments remains below the level "
          "the partnership has set itself for March 2025.")
    d.date("March 2025", "2025-03")
    d.space(8)
    d.p("<b>Background Papers:</b> Area SEND inspection report (January 2024); Executive report, SEND Improvement Plan "
        "(21 March 2024).", SMALL)
    d.date("January 2024", "2024-01")
    d.p("Officer details: Nathan Compton-Beedon, Service Director, Education and SEND. Tel: 01635 519721. Email: "
        "nathan.compton-beedon@westberks.gov.uk", SMALL)
    d.people[1].update(role="Service Director, Education and SEND", email="nathan.compton-beedon@westberks.gov.uk",
                       phone="01635 519721")
    return d


# ---------------------------------------------------------------- Somerset (2016 framework, decision report)
SOM_SW = [
    "The lack of a clear and effective approach to joint commissioning, so that gaps in services, including speech "
    "and language therapy, are not addressed.",
    "Weaknesses in the timeliness and quality of EHC plans, including the quality of contributions from health and "
    "social care.",
    "The inconsistent use of the graduated response in schools, leading to high rates of exclusion for children and "
    "young people with SEND.",
]


def somerset_decision() -> Doc:
    council = "Somerset Council"
    maker = "Lead Member for Children and Families"
    d = Doc("somerset/round70-2024-04-18-lead-member-for-children-and-families/"
            "Accelerated Progress Plan - speech and language therapy recommissioning.pdf",
            {"council": council, "council_slug": "somerset", "committee": maker, "meeting_date": "2024-04-18",
             "title": "Accelerated Progress Plan - speech and language therapy recommissioning",
             "source_kind": "decision-report",
             "url": "https://democracy.somerset.gov.uk/documents/s44102/Decision report APP SaLT.pdf"},
            {"council": council, "committee": maker, "date": "2024-04-18"},
            "Somerset Council", "Lead Member Decision", "Decision date: 18 April 2024")
    d.title("Somerset Council")
    d.p("<b>Lead Member for Children and Families &ndash; Decision</b>")
    d.p("<b>Accelerated Progress Plan: speech and language therapy recommissioning</b>")
    d.table([["Lead Member:", "Cllr Imogen Quantock-Hale, Lead Member for Children and Families"],
             ["Lead Officer:", "Graham Wiveliscombe, Director of Education Partnerships and Skills"],
             ["Author:", "Lucy Brendon, Strategic Commissioning Manager, tel 01823 359204"],
             ["Decision date:", "18 April 2024"],
             ["Key decision:", "Yes"]],
            [3.6 * cm, 12.6 * cm], header=False)
    d.person("Imogen Quantock-Hale", "Lead Member for Children and Families", "member")
    d.person("Graham Wiveliscombe", "Director of Education Partnerships and Skills", "officer")
    d.person("Lucy Brendon", "Strategic Commissioning Manager", "officer", None, "01823 359204")
    d.date("18 April 2024", "2024-04-18")
    d.h("1. Summary")
    d.num("1.1", "This report seeks approval to jointly recommission the children's speech and language therapy "
          "service with NHS Somerset ICB from 1 October 2024, as one of the actions of the local area's Accelerated "
          "Progress Plan (APP).")
    d.date("1 October 2024", "2024-10-01")
    d.h("2. Recommendations")
    d.p("That the Lead Member for Children and Families:")
    d.res("a)", "approves the joint recommissioning of the children's speech and language therapy service with NHS "
          "Somerset ICB, for a term of five years with an option to extend by two years;", "recommendation",
          style=HANG)
    d.res("b)", "delegates the award of contract to the Director of Education Partnerships and Skills, in "
          "consultation with the Lead Member; and", "recommendation", style=HANG)
    d.res("c)", "notes the outcome of the fourth review of the APP by the Department for Education and NHS England.",
          "recommendation", style=HANG)
    d.h("3. Background")
    d.num("3.1", "The Somerset local area was inspected in December 2019 under the 2016 framework. When Ofsted and the "
          "CQC revisited from 13 to 15 June 2022, their letter of 26 July 2022 found that the area had not made "
          "sufficient progress in three of the five significant weaknesses.")
    d.date("December 2019", "2019-12")
    d.date("from 13 to 15 June 2022", "2022-06-13", "2022-06-15")
    d.date("26 July 2022", "2022-07-26")
    d.event("inspection", "2019-12", None, "The Somerset local area was inspected in December 2019 under the 2016 "
            "framework.")
    d.event("revisit", "2022-06-13", "2022-06-15", "When Ofsted and the CQC revisited from 13 to 15 June 2022")
    d.event("revisit-outcome", "2022-07-26", None, "their letter of 26 July 2022 found that the area had not made "
            "sufficient progress in three of the five significant weaknesses.")
    d.num("3.2", "The APP was submitted on 21 October 2022. The Department for Education issued a statutory direction "
          "to the Council on 14 February 2023. The APP has since been reviewed on 14 March 2023, 19 September 2023 "
          "and 12 March 2024.")
    d.date("21 October 2022", "2022-10-21")
    d.date("14 February 2023", "2023-02-14")
    d.date("14 March 2023", "2023-03-14")
    d.date("19 September 2023", "2023-09-19")
    d.date("12 March 2024", "2024-03-12")
    d.event("progress-plan", "2022-10-21", None, "The APP was submitted on 21 October 2022.")
    d.event("statutory-direction", "2023-02-14", None, "The Department for Education issued a statutory direction to "
            "the Council on 14 February 2023.")
    for iso in ("2023-03-14", "2023-09-19", "2024-03-12"):
        d.event("monitoring", iso, None, "The APP has since been reviewed on 14 March 2023, 19 September 2023 and "
                "12 March 2024.")
    d.num("3.3", "The three significant weaknesses in which progress was not sufficient are:")
    d.weak(SOM_SW[0], ["joint-commissioning", "health-services"], marker="3.3.1", style=SUB_PARA)
    d.weak(SOM_SW[1], ["ehc-plans"], marker="3.3.2", style=SUB_PARA)
    d.weak(SOM_SW[2], ["inclusion-provision"], marker="3.3.3", style=SUB_PARA)
    d.add(PageBreak())
    d.num("3.4", "At the review on 12 March 2024, advisers noted that the waiting list for speech and language therapy "
          "had fallen from 1,420 in April 2023 to 980 in February 2024, but that the current contract, which ends "
          "on 30 September 2024, does not allow the targeted support in schools that families have asked for. The "
          "next review is planned for September 2024.")
    d.date("April 2023", "2023-04")
    d.date("February 2024", "2024-02")
    d.date("30 September 2024", "2024-09-30")
    d.date("September 2024", "2024-09")
    d.event("monitoring", "2024-09", None, "The next review is planned for September 2024.")
    d.h("4. Options considered")
    d.num("4.1", "Extending the current contract was considered and rejected, as it would not deliver the model "
          "agreed in the APP.")
    d.h("5. Financial, legal and equalities implications")
    d.num("5.1", "The contract value is up to £2.9m a year, shared 60:40 between the ICB and the Council. Finance "
          "comments were provided by Declan Ilminster, Finance Business Partner, and legal comments by Priya "
          "Chard-Mendip, Senior Solicitor.")
    d.person("Declan Ilminster", "Finance Business Partner", "officer")
    d.person("Priya Chard-Mendip", "Senior Solicitor", "officer")
    d.h("6. Decision")
    d.p("I approve the recommendations set out in section 2 of this report.")
    d.record_res(None, "I approve the recommendations set out in section 2 of this report.", "resolution")
    d.p("Signed: <i>Imogen Quantock-Hale</i>, Lead Member for Children and Families. Date: 18 April 2024")
    return d


# ---------------------------------------------------------------- Trafford (2023 framework, briefing note)
TRA_AFI = [
    "Leaders should improve the consistency of the information that health practitioners contribute to EHC plans.",
    "Leaders should strengthen the tracking of the attendance and suspensions of children and young people with "
    "SEND.",
]


def trafford_briefing() -> Doc:
    council = "Trafford Council"
    committee = "Children and Young People's Scrutiny Committee"
    d = Doc("trafford/round70-2026-03-11-children-and-young-peoples-scrutiny-committee/"
            "Briefing Note - SEND Action Plan progress.pdf",
            {"council": council, "council_slug": "trafford", "committee": committee, "meeting_date": "2026-03-11",
             "title": "Briefing Note - SEND Action Plan progress", "source_kind": "moderngov-document",
             "url": "https://democratic.trafford.gov.uk/documents/s70214/Briefing Note SEND Action Plan progress.pdf"},
            {"council": council, "committee": committee, "date": "2026-03-11"},
            "TRAFFORD COUNCIL", "Briefing Note", "Children and Young People's Scrutiny Committee")
    d.title("Briefing Note")
    d.table([["To:", "Children and Young People's Scrutiny Committee"],
             ["Date:", "11 March 2026"],
             ["From:", "Corporate Director, Children's Services"],
             ["Subject:", "Area SEND inspection &ndash; progress with the SEND Action Plan"],
             ["Contact:", "Bernadette Urmston-Hale, SEND Improvement Manager, bernadette.urmston-hale@trafford.gov.uk"]],
            [3.2 * cm, 13.0 * cm], header=False)
    d.date("11 March 2026", "2026-03-11")
    d.person("Bernadette Urmston-Hale", "SEND Improvement Manager", "officer",
             "bernadette.urmston-hale@trafford.gov.uk")
    d.h("Purpose")
    d.p("This note gives the Committee the update on the SEND Action Plan it asked for at its meeting of 22 October "
        "2025. It is for information. The Committee is asked to note the contents of this briefing and to comment on "
        "the proposed measures for the second year of the plan.")
    d.record_res(None, "The Committee is asked to note the contents of this briefing and to comment on the proposed "
                 "measures for the second year of the plan.", "recommendation")
    d.date("22 October 2025", "2025-10-22")
    d.h("Background")
    d.p("Ofsted and the CQC inspected the Trafford local area partnership from 30 June to 4 July 2025. Their report "
        "(12 August 2025) found that arrangements lead to inconsistent experiences and outcomes. The partnership's "
        "SEND Action Plan was signed off by the SEND Partnership Board on 27 November 2025 and published on the Local "
        "Offer the following week.")
    d.date("from 30 June to 4 July 2025", "2025-06-30", "2025-07-04")
    d.date("12 August 2025", "2025-08-12")
    d.date("27 November 2025", "2025-11-27")
    d.event("inspection", "2025-06-30", "2025-07-04", "Ofsted and the CQC inspected the Trafford local area "
            "partnership from 30 June to 4 July 2025.")
    d.event("outcome-letter", "2025-08-12", None, "Their report (12 August 2025) found that arrangements lead to "
            "inconsistent experiences and outcomes.")
    d.event("progress-plan", "2025-11-27", None, "The partnership's SEND Action Plan was signed off by the SEND "
            "Partnership Board on 27 November 2025")
    d.p("The two areas for improvement, as worded in the report, are reproduced below.")
    for text, themes in ((TRA_AFI[0], ["ehc-plans", "health-services"]), (TRA_AFI[1], ["outcomes", "data-oversight"])):
        d.table([[text]], [16.2 * cm], header=False)
        d.space(6)
        d.record_weak(text, themes)
    d.h("Progress")
    d.p("Health advice: a new template for health advice was introduced in January 2026 after testing with the "
        "designated clinical officer, Dr Kofi Partington-Asante. Of the plans audited in February 2026, 78% had "
        "health outcomes that were specific and measurable.")
    d.date("January 2026", "2026-01")
    d.date("February 2026", "2026-02")
    d.person("Kofi Partington-Asante", "designated clinical officer", "officer")
    d.add(PageBreak())
    d.p("Attendance and suspensions: a termly dashboard is now shared with every school. Suspensions of pupils with "
        "EHC plans in the autumn term were 11% lower than a year earlier; persistent absence remains high at 34%.")
    d.h("Next steps")
    d.p("The partnership expects its annual engagement meeting with Ofsted and the CQC in July 2026. The Committee "
        "will receive the plan's year-one report in September 2026. Councillor Amit Sale-Kingsway, Executive Member "
        "for Children's Services, will attend that meeting.")
    d.date("July 2026", "2026-07")
    d.date("September 2026", "2026-09")
    d.person("Amit Sale-Kingsway", "Executive Member for Children's Services", "member")
    return d


DOCUMENTS = [west_berkshire_report, somerset_decision, trafford_briefing]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
