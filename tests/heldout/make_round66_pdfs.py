"""Write the printed documents of the held-out round 66 (reportlab), and their gold.

Round 66 is a blind batch in the commonest templates, written with their gold before any extractor ran on them.
These are its three short PDFs: a Devon County Council report to its Children's Scrutiny Committee on the Priority
Action Plan and the Improvement Notice (2023 framework, lowest outcome; the two areas for priority action in the first
column of a measures table, the four areas for improvement as "(i)"-"(iv)" sub-paragraphs); a Hampshire County Council
decision report to the Executive Lead Member for Children's Services on autism assessment capacity under the
Accelerated Progress Plan (2016 framework; the one remaining significant weakness quoted in italics); and the
Department for Education and NHS England letter to Blackburn with Darwen after the first review of its Accelerated
Progress Plan (2016 framework; each unprogressed weakness after a bold "Weakness one:"/"Weakness two:" label on the
same line), an appendix to the Executive Board. Invented text, fictitious people. Page breaks are explicit, so the
gold's page numbers follow from this script.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round66_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("66", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
NUM_PARA, ROMAN, QUOTE, LETTER, LETTER_BOLD = S.num_para, S.roman, S.quote, S.letter, S.letter_bold


class Doc(LongDoc):
    """A round 66 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True


# ---------------------------------------------------------------- Devon (2023 framework, lowest outcome)
DEVON_APA = [
    "Leaders across the local area partnership must urgently improve the timeliness and quality of EHC needs "
    "assessments and plans, so that children and young people receive the right support at the right time.",
    "Leaders must establish a shared and accurate understanding of the needs of children and young people with "
    "SEND, using joint data to plan and commission services.",
]
DEVON_AFI = [
    "health leaders should reduce the waiting times for neurodevelopmental assessment and speech and language "
    "therapy;",
    "leaders should improve communication with parents and carers, so that families know what is happening and have "
    "confidence in the system;",
    "leaders should reduce the use of part-time timetables and improve oversight of children and young people who are "
    "not in full-time education; and",
    "leaders should strengthen planning for the transition to adulthood, so that young people aged 16 to 25 have "
    "clear pathways.",
]


def devon_report() -> Doc:
    council = "Devon County Council"
    committee = "Children's Scrutiny Committee"
    d = Doc("devon/round66-2026-01-20-childrens-scrutiny-committee/"
            "SEND Priority Action Plan and Improvement Notice - progress report.pdf",
            {"council": council, "council_slug": "devon", "committee": committee, "meeting_date": "2026-01-20",
             "title": "SEND Priority Action Plan and Improvement Notice - progress report",
             "source_kind": "committee-report",
             "url": "https://democracy.devon.gov.uk/documents/s61204/SEND PAP and Improvement Notice progress.pdf"},
            {"council": council, "committee": committee, "date": "2026-01-20"},
            "Devon County Council", "CS/26/03", "Children's Scrutiny Committee")
    d.title("Children's Scrutiny Committee")
    d.p("<b>20 January 2026</b>")
    d.date("20 January 2026", "2026-01-20")
    d.p("<b>SEND Priority Action Plan and Improvement Notice: Progress Report</b>")
    d.p("Report of the Director of Children's Services")
    d.p("<i>Please note that the following recommendations are subject to consideration and determination by the "
        "Committee before taking effect.</i>", SMALL)
    d.h("1) Recommendation")
    d.p("It is recommended that the Children's Scrutiny Committee:")
    d.res("(a)", "notes the progress made against the Priority Action Plan and the conditions of the Improvement "
          "Notice since the last report;", "recommendation", style=HANG)
    d.res("(b)", "considers whether it wishes to hold a spotlight review of the transition to adulthood before the "
          "monitoring inspection.", "recommendation", style=HANG)
    d.h("2) Background")
    d.num("2.1", "Ofsted and the Care Quality Commission carried out an area SEND inspection of the Devon local area "
          "partnership from 3 to 7 March 2025. Their report, published on 22 April 2025, concluded that there are "
          "widespread and/or systemic failings leading to significant concerns about the experiences and outcomes of "
          "children and young people with SEND.")
    d.date("from 3 to 7 March 2025", "2025-03-03", "2025-03-07")
    d.date("22 April 2025", "2025-04-22")
    d.event("inspection", "2025-03-03", "2025-03-07", "Ofsted and the Care Quality Commission carried out an area "
            "SEND inspection of the Devon local area partnership from 3 to 7 March 2025.")
    d.event("outcome-letter", "2025-04-22", None, "Their report, published on 22 April 2025")
    d.num("2.2", "The partnership submitted its Priority Action Plan to Ofsted on 3 June 2025. The Department for "
          "Education issued an Improvement Notice to the Council on 18 June 2025, which requires the Council to "
          "work with a DfE-appointed SEND improvement adviser and to report quarterly to an Improvement Board.")
    d.date("3 June 2025", "2025-06-03")
    d.date("18 June 2025", "2025-06-18")
    d.event("progress-plan", "2025-06-03", None, "The partnership submitted its Priority Action Plan to Ofsted on 3 "
            "June 2025.")
    d.event("statutory-direction", "2025-06-18", None, "The Department for Education issued an Improvement Notice "
            "to the Council on 18 June 2025")
    d.num("2.3", "DfE and NHS England advisers have now held two reviews of the plan, on 24 June 2025 and on 4 "
          "November 2025. A third review is planned for March 2026.")
    d.date("24 June 2025", "2025-06-24")
    d.date("4 November 2025", "2025-11-04")
    d.date("March 2026", "2026-03")
    d.event("monitoring", "2025-06-24", None, "DfE and NHS England advisers have now held two reviews of the plan, "
            "on 24 June 2025 and on 4 November 2025.")
    d.event("monitoring", "2025-11-04", None, "DfE and NHS England advisers have now held two reviews of the plan, "
            "on 24 June 2025 and on 4 November 2025.")
    d.event("monitoring", "2026-03", None, "A third review is planned for March 2026.")
    d.h("3) Progress against the areas for priority action")
    d.num("3.1", "The table shows the headline measure for each area for priority action, at the time of the "
          "inspection and at the end of December 2025.")
    d.date("December 2025", "2025-12")
    d.table([["Area for priority action (inspection report)", "Headline measure", "March 2025", "December 2025"],
             [DEVON_APA[0], "New EHC plans issued within 20 weeks", "9%", "46%"],
             [DEVON_APA[1], "Joint needs assessment in place and used in commissioning decisions", "No",
              "Partly: agreed by the Health and Wellbeing Board on 6 November 2025"]],
            [6.4 * cm, 3.8 * cm, 2.6 * cm, 3.4 * cm])
    d.record_weak(DEVON_APA[0], ["ehc-plans"])
    d.record_weak(DEVON_APA[1], ["leadership-governance", "joint-commissioning"])
    d.date("6 November 2025", "2025-11-06")
    d.date("March 2025", "2025-03")
    d.add(PageBreak())
    d.h("4) The areas for improvement")
    d.num("4.1", "The report also set out four areas for improvement. In summary:")
    d.weak(DEVON_AFI[0], ["health-services"], marker="(i)", style=ROMAN)
    d.weak(DEVON_AFI[1], ["co-production"], marker="(ii)", style=ROMAN)
    d.weak(DEVON_AFI[2], ["inclusion-provision"], marker="(iii)", style=ROMAN)
    d.weak(DEVON_AFI[3], ["preparing-for-adulthood"], marker="(iv)", style=ROMAN)
    d.num("4.2", "Progress on these is slower. The number of children on part-time timetables fell from 412 in "
          "September 2025 to 356 in December 2025, but waits for neurodevelopmental assessment remain well above the "
          "18-week standard, and the preparing for adulthood workstream only began in October 2025.")
    d.date("September 2025", "2025-09")
    d.date("October 2025", "2025-10")
    d.h("5) Financial considerations")
    d.num("5.1", "The Council has agreed £3.1m of additional revenue funding for SEND improvement in 2025/26. The "
          "High Needs Block deficit is forecast to reach £211m by 31 March 2026, under the Safety Valve agreement.")
    d.date("31 March 2026", "2026-03-31")
    d.h("6) Conclusion")
    d.num("6.1", "Ofsted and the CQC are expected to carry out a monitoring inspection in the second half of 2026. "
          "The Improvement Board, chaired by Alison Yealmpton, will next meet on 12 February 2026.")
    d.date("12 February 2026", "2026-02-12")
    d.person("Alison Yealmpton", None, "other")
    d.space(8)
    d.p("<b>Julian Bratton</b><br/>Director of Children's Services")
    d.person("Julian Bratton", "Director of Children's Services", "officer")
    d.p("Electoral Divisions: All", SMALL)
    d.p("Cabinet Member for Children's Services and Schools: Councillor Lois Clyst", SMALL)
    d.person("Lois Clyst", "Cabinet Member for Children's Services and Schools", "member")
    d.p("Contact for enquiries: Fiona Shebbear, Head of SEND Strategy &ndash; Tel: 01392 383000 &ndash; "
        "Email: fiona.shebbear@devon.gov.uk", SMALL)
    d.person("Fiona Shebbear", "Head of SEND Strategy", "officer", "fiona.shebbear@devon.gov.uk", "01392 383000")
    d.p("Background papers: Area SEND inspection report (April 2025); Improvement Notice (June 2025).", SMALL)
    d.date("April 2025", "2025-04")
    d.date("June 2025", "2025-06")
    return d


# ---------------------------------------------------------------- Hampshire (2016 framework, decision report)
HAMPSHIRE_SW = ("The length of time that children and young people wait for an assessment of autism spectrum "
                "disorder, and the lack of support for them and their families while they wait.")


def hampshire_decision() -> Doc:
    council = "Hampshire County Council"
    maker = "Executive Lead Member for Children's Services"
    d = Doc("hampshire/round66-2022-03-17-executive-lead-member-for-childrens-services/"
            "SEND Accelerated Progress Plan - Autism Assessment Capacity.pdf",
            {"council": council, "council_slug": "hampshire", "committee": maker, "meeting_date": "2022-03-17",
             "title": "SEND Accelerated Progress Plan - Autism Assessment Capacity", "source_kind": "decision-report",
             "url": "https://democracy.hants.gov.uk/documents/s88420/Report.pdf"},
            {"council": council, "committee": maker, "date": "2022-03-17"},
            "HAMPSHIRE COUNTY COUNCIL", "Decision Report", "")
    d.title("HAMPSHIRE COUNTY COUNCIL")
    d.p("<b>Decision Report</b>")
    d.table([["Decision Maker:", "Executive Lead Member for Children's Services"],
             ["Date:", "17 March 2022"],
             ["Title:", "SEND Accelerated Progress Plan &ndash; Autism Assessment Capacity"],
             ["Report From:", "Director of Children's Services"],
             ["Contact name:", "Hugh Tremlett"],
             ["Tel:", "0370 779 4512"],
             ["Email:", "hugh.tremlett@hants.gov.uk"]],
            [4.0 * cm, 12.2 * cm], header=False)
    d.date("17 March 2022", "2022-03-17")
    d.person("Hugh Tremlett", None, "officer", "hugh.tremlett@hants.gov.uk", "0370 779 4512")
    d.h("Purpose of this Report")
    d.num("1.", "The purpose of this report is to seek approval for spending to increase autism assessment capacity, "
          "as part of the Accelerated Progress Plan agreed with the Department for Education and NHS England.")
    d.h("Recommendation(s)")
    d.p("That the Executive Lead Member for Children's Services:")
    d.res("2.", "Approves spend of up to £840,000 from the SEND improvement reserve over 2022/23 and 2023/24 to "
          "commission additional autism assessments and family support, jointly with the Hampshire and Isle of "
          "Wight clinical commissioning groups.", "recommendation", style=NUM_PARA)
    d.res("3.", "Notes the progress made since the Ofsted and CQC revisit, and the timetable for the next review by "
          "the Department for Education and NHS England.", "recommendation", style=NUM_PARA)
    d.h("Executive Summary")
    d.num("4.", "Hampshire's local area was first inspected from 5 to 9 March 2018, and the Written Statement of "
          "Action was approved in September 2018. Ofsted and the CQC revisited between 28 and 30 June 2021. The "
          "revisit letter, published on 13 August 2021, found that sufficient progress had been made in two of the "
          "three significant weaknesses, but not in the third, which the 2018 letter described as follows:")
    d.date("from 5 to 9 March 2018", "2018-03-05", "2018-03-09")
    d.date("September 2018", "2018-09")
    d.date("between 28 and 30 June 2021", "2021-06-28", "2021-06-30")
    d.date("13 August 2021", "2021-08-13")
    d.event("inspection", "2018-03-05", "2018-03-09", "Hampshire's local area was first inspected from 5 to 9 March "
            "2018")
    d.event("wsoa-approved", "2018-09", None, "the Written Statement of Action was approved in September 2018.")
    d.event("revisit", "2021-06-28", "2021-06-30", "Ofsted and the CQC revisited between 28 and 30 June 2021.")
    d.event("revisit-outcome", "2021-08-13", None, "The revisit letter, published on 13 August 2021, found that "
            "sufficient progress had been made in two of the three significant weaknesses")
    d.weak(HAMPSHIRE_SW, ["health-services"], marker="", style=QUOTE)
    d.num("5.", "The Accelerated Progress Plan (APP) was agreed with the Department for Education on 22 October "
          "2021. Its first review took place on 7 December 2021, when advisers recognised the new pre-assessment "
          "support offer but said that waiting times had not yet begun to fall. The second review is planned for 14 "
          "June 2022.")
    d.date("22 October 2021", "2021-10-22")
    d.date("7 December 2021", "2021-12-07")
    d.date("14 June 2022", "2022-06-14")
    d.event("progress-plan", "2021-10-22", None, "The Accelerated Progress Plan (APP) was agreed with the Department "
            "for Education on 22 October 2021.")
    d.event("monitoring", "2021-12-07", None, "Its first review took place on 7 December 2021")
    d.event("monitoring", "2022-06-14", None, "The second review is planned for 14 June 2022.")
    d.add(PageBreak())
    d.h("Contextual Information")
    d.num("6.", "At the end of January 2022, 2,314 children and young people were waiting for an autism assessment, "
          "of whom 61% had waited more than 18 weeks. Referrals rose by 27% between April and December 2021.")
    d.date("January 2022", "2022-01")
    d.date("between April and December 2021", "2021-04", "2021-12")
    d.num("7.", "The proposal would fund around 1,100 additional assessments through two independent providers and "
          "extend the pre-assessment family support service, delivered with Hampshire Parent Carer Network, until "
          "March 2024.")
    d.date("March 2024", "2024-03")
    d.h("Finance")
    d.num("8.", "The spend would be met from the SEND improvement reserve, which stood at £2.6m on 28 February 2022. "
          "The clinical commissioning groups have confirmed a matching contribution.")
    d.date("28 February 2022", "2022-02-28")
    d.h("Consultation and Equalities")
    d.num("9.", "Hampshire Parent Carer Network was consulted on the proposal in February 2022 and supports it. The "
          "equalities impact assessment found a positive impact on disabled children and young people and their "
          "families.")
    d.date("February 2022", "2022-02")
    d.h("Climate Change Impact Assessment")
    d.num("10.", "The decision relates to commissioned services and is not expected to have a significant climate "
          "change impact.")
    d.h("Conclusion")
    d.num("11.", "The additional capacity is needed to show the sustained reduction in waiting times that the "
          "Department for Education expects before the APP can be closed. Councillor Rebecca Lyndhurst, Executive "
          "Lead Member for Children's Services, has been briefed on the proposal.")
    d.person("Rebecca Lyndhurst", "Executive Lead Member for Children's Services", "member")
    return d


# ---------------------------------------------------------------- Blackburn with Darwen (2016 framework, DfE letter)
BWD_SW = [
    "the variable quality of EHC plans, and the lack of timely contributions to them from health and social care "
    "professionals.",
    "the high number of children and young people with SEND who are excluded from school, or who are educated on "
    "part-time timetables.",
]


def blackburn_letter() -> Doc:
    council = "Blackburn with Darwen Borough Council"
    committee = "Executive Board"
    d = Doc("blackburn-with-darwen/round66-2023-03-09-executive-board/"
            "Appendix B - DfE and NHS England APP review letter.pdf",
            {"council": council, "council_slug": "blackburn-with-darwen", "committee": committee,
             "meeting_date": "2023-03-09", "title": "Appendix B - DfE and NHS England APP review letter",
             "source_kind": "moderngov-document",
             "url": "https://democracy.blackburn.gov.uk/documents/s30117/Appendix B - DfE and NHS England APP review "
                    "letter.pdf"},
            {"council": council, "committee": committee, "date": "2023-03-09"},
            "Appendix B", "", "Executive Board, 9 March 2023")
    d.date("9 March 2023", "2023-03-09")
    d.p("Department for Education<br/>Sanctuary Buildings<br/>20 Great Smith Street<br/>London SW1P 3BT", LETTER)
    d.p("Gemma Haworth-Dunne<br/>Head of SEND and Inclusion<br/>Blackburn with Darwen Borough Council<br/>Town Hall, "
        "King William Street<br/>Blackburn BB1 7DY", LETTER)
    d.person("Gemma Haworth-Dunne", "Head of SEND and Inclusion", "officer")
    d.p("Dr Naveed Ashworth-Shah<br/>Director of Place<br/>NHS Lancashire and South Cumbria Integrated Care Board", LETTER)
    d.person("Naveed Ashworth-Shah", "Director of Place", "officer")
    d.p("14 February 2023", LETTER)
    d.date("14 February 2023", "2023-02-14")
    d.p("Dear Gemma and Naveed,", LETTER)
    d.p("<b>Blackburn with Darwen Accelerated Progress Plan: review meeting of 24 January 2023</b>", LETTER_BOLD)
    d.date("24 January 2023", "2023-01-24")
    d.event("monitoring", "2023-01-24", None, "Blackburn with Darwen Accelerated Progress Plan: review meeting of 24 "
            "January 2023")
    d.p("Thank you for meeting us, with colleagues from schools, the parent carer forum and the ICB, for the first "
        "review of your Accelerated Progress Plan (APP). This letter records what we found.", LETTER)
    d.p("As you know, the local area was first inspected in June 2019. When Ofsted and the CQC revisited from 16 to "
        "18 May 2022, their letter, dated 4 July 2022, found that sufficient progress had been made in three of the "
        "five areas of significant weakness. Your APP, which we received on 4 November 2022, addresses the other two:",
        LETTER)
    d.date("June 2019", "2019-06")
    d.date("from 16 to 18 May 2022", "2022-05-16", "2022-05-18")
    d.date("4 July 2022", "2022-07-04")
    d.date("4 November 2022", "2022-11-04")
    d.event("inspection", "2019-06", None, "the local area was first inspected in June 2019.")
    d.event("revisit", "2022-05-16", "2022-05-18", "When Ofsted and the CQC revisited from 16 to 18 May 2022")
    d.event("revisit-outcome", "2022-07-04", None, "their letter, dated 4 July 2022, found that sufficient progress "
            "had been made in three of the five areas of significant weakness.")
    d.event("progress-plan", "2022-11-04", None, "Your APP, which we received on 4 November 2022, addresses the "
            "other two")
    d.p(f"<b>Weakness one:</b> {BWD_SW[0]}", LETTER)
    d.record_weak(BWD_SW[0], ["ehc-plans"])
    d.p("We saw a clear improvement in the plans we sampled. Of the 20 plans issued in December 2022, 14 had health "
        "advice that was specific and measurable, against 5 of 20 in the audit of September 2022. Social care "
        "advice is still missing from too many plans for children known to early help.", LETTER)
    d.date("December 2022", "2022-12")
    d.date("September 2022", "2022-09")
    d.add(PageBreak())
    d.p(f"<b>Weakness two:</b> {BWD_SW[1]}", LETTER)
    d.record_weak(BWD_SW[1], ["inclusion-provision"])
    d.p("Progress here is more limited. Permanent exclusions of pupils with EHC plans have fallen, but 67 pupils with "
        "SEND were on part-time timetables in January 2023, only slightly fewer than the 74 recorded in May 2022. We "
        "were pleased to hear that every part-time timetable is now reviewed by the inclusion panel within six "
        "weeks.", LETTER)
    d.date("January 2023", "2023-01")
    d.date("May 2022", "2022-05")
    d.p("<b>Next steps</b>", LETTER_BOLD)
    d.p("Our next review will take place in June 2023. Before then, please send us the findings of your spring term "
        "EHC plan audit and a breakdown of part-time timetables by school by 28 April 2023.", LETTER)
    d.date("June 2023", "2023-06")
    d.date("28 April 2023", "2023-04-28")
    d.event("monitoring", "2023-06", None, "Our next review will take place in June 2023.")
    d.p("We are copying this letter to Councillor Ilyas Patel-Rowbotham, Executive Member for Children, Young People "
        "and Education, and to Ofsted.", LETTER)
    d.person("Ilyas Patel-Rowbotham", "Executive Member for Children, Young People and Education", "member")
    d.p("Yours sincerely,", LETTER)
    d.table([["<b>Joanne Pickup-Marsden</b><br/>SEND Adviser<br/>Department for Education",
              "<b>Dr Raymond Oyelaran</b><br/>Children and Young People's Clinical Adviser<br/>NHS England &ndash; "
              "North West"]],
            [8.1 * cm, 8.1 * cm], header=False, grid=False, style=LETTER)
    d.person("Joanne Pickup-Marsden", "SEND Adviser", "officer")
    d.person("Raymond Oyelaran", "Children and Young People's Clinical Adviser", "officer")
    return d


DOCUMENTS = [devon_report, hampshire_decision, blackburn_letter]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
