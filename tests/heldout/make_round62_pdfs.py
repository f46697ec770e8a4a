"""Write the printed documents of the held-out round 62 (reportlab), and their gold.

Round 62 is a blind batch in the commonest templates, written with their gold before any extractor ran on them.
These are its three short PDFs: a Warrington Borough Council report to its Children, Young People and Families
Scrutiny Committee on the first year of the Area SEND Strategic Improvement Plan (2023 framework, middle outcome;
each area for improvement quoted in its own numbered paragraph, "Members are asked to:" over "(1)"/"(2)"); a Swindon
Borough Council individual Cabinet Member decision setting up a parent carer co-production fund under the Accelerated
Progress Plan (2016 framework; the two unprogressed weaknesses as "a)"/"b)" paragraphs, recommendations "(a)"/"(b)"
and a decision record "1."/"2."); and the Department for Education and NHS England letter to South Tyneside after the
first review of its priority action plan (2023 framework, lowest outcome; each area for priority action under a bold
label, followed by the advisers' assessment), an appendix to the People Select Committee. Invented text, fictitious
people. Page breaks are explicit, so the gold's page numbers follow from this script.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round62_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("62", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
NUM_PARA, ROMAN, LETTER, LETTER_BOLD, QUOTE = S.num_para, S.roman, S.letter, S.letter_bold, S.quote


class Doc(LongDoc):
    """A round 62 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True


# ---------------------------------------------------------------- Warrington (2023 framework, middle outcome)
WARRINGTON_AFI = [
    "Leaders should improve the timeliness of EHC plans, which has fallen over the last two years.",
    "The ICB should reduce waiting times for the children's autism assessment pathway in Warrington.",
    "Leaders should make sure that the commissioning of short breaks is informed by the views of families and "
    "children.",
    "Leaders should make sure that the support provided to pupils on SEN support in mainstream schools is "
    "consistently effective.",
]


def warrington_report() -> Doc:
    council = "Warrington Borough Council"
    committee = "Children, Young People and Families Scrutiny Committee"
    d = Doc("warrington/round62-2025-11-25-children-young-people-and-families-scrutiny-committee/"
            "Area SEND Strategic Improvement Plan - year one progress.pdf",
            {"council": council, "council_slug": "warrington", "committee": committee,
             "meeting_date": "2025-11-25", "title": "Area SEND Strategic Improvement Plan - year one progress",
             "source_kind": "council-document",
             "url": "https://www.warrington.gov.uk/sites/default/files/2025-11/area-send-sip-year-one-progress.pdf"},
            {"council": council, "committee": committee, "date": "2025-11-25"},
            "Warrington Borough Council", "Children, Young People and Families Scrutiny Committee",
            "Agenda item 7")
    d.title("WARRINGTON BOROUGH COUNCIL")
    d.table([["Report to:", "Children, Young People and Families Scrutiny Committee"],
             ["Date:", "25 November 2025"],
             ["Report of:", "Director of Education and Inclusion"],
             ["Report author:", "Siobhan Fearnhead, Head of SEND Strategy and Improvement"],
             ["Contact details:", "sfearnhead@warrington.gov.uk &nbsp; Tel: 01925 443218"],
             ["Ward(s):", "All"]],
            [4.2 * cm, 12.0 * cm], header=False)
    d.date("25 November 2025", "2025-11-25")
    d.person("Siobhan Fearnhead", "Head of SEND Strategy and Improvement", "officer", "sfearnhead@warrington.gov.uk",
             "01925 443218")
    d.p("<b>TITLE: AREA SEND STRATEGIC IMPROVEMENT PLAN &ndash; YEAR ONE PROGRESS</b>")
    d.h("1. PURPOSE")
    d.num("1.1", "To update the Committee on progress against the four areas for improvement identified by the area "
          "SEND inspection of 2024, and on the partnership's preparations for its annual engagement meeting with "
          "Ofsted and the CQC.")
    d.h("2. RECOMMENDATIONS")
    d.p("Members are asked to:")
    d.res("(1)", "note the progress made in the first year of the Strategic Improvement Plan; and", "recommendation",
          style=HANG)
    d.res("(2)", "identify any area on which the Committee would like a more detailed report in 2026/27.",
          "recommendation", style=HANG)
    d.h("3. BACKGROUND")
    d.num("3.1", "Ofsted and the Care Quality Commission (CQC) inspected the Warrington local area partnership between "
          "29 April and 17 May 2024. The inspection report, published on 14 June 2024, found that the partnership's "
          "arrangements lead to inconsistent experiences and outcomes for children and young people with SEND.")
    d.date("between 29 April and 17 May 2024", "2024-04-29", "2024-05-17")
    d.date("14 June 2024", "2024-06-14")
    d.event("inspection", "2024-04-29", "2024-05-17", "Ofsted and the Care Quality Commission (CQC) inspected the "
            "Warrington local area partnership between 29 April and 17 May 2024")
    d.event("outcome-letter", "2024-06-14", None, "The inspection report, published on 14 June 2024")
    d.num("3.2", "The partnership's Strategic Improvement Plan was published on 23 August 2024. Because the outcome "
          "was not the lowest, there is no formal monitoring by the Department for Education; the plan is overseen "
          "by the SEND Partnership Board, which last met on 4 November 2025.")
    d.date("23 August 2024", "2024-08-23")
    d.date("4 November 2025", "2025-11-04")
    d.event("progress-plan", "2024-08-23", None, "The partnership's Strategic Improvement Plan was published on 23 "
            "August 2024")
    d.h("4. PROGRESS AGAINST THE AREAS FOR IMPROVEMENT")
    d.num("4.1", "Each area for improvement is set out below in the words of the inspection report, followed by a "
          "summary of progress at the end of October 2025.")
    d.date("October 2025", "2025-10")
    d.num("4.2", "<b>Area for improvement 1</b>")
    d.weak(WARRINGTON_AFI[0], ["ehc-plans"], marker="", style=QUOTE)
    d.p("Progress: 62% of new EHC plans were issued within 20 weeks between January and October 2025, compared with "
        "31% in 2023. A new quality assurance framework was introduced in March 2025.", S.indent)
    d.date("between January and October 2025", "2025-01", "2025-10")
    d.date("March 2025", "2025-03")
    d.num("4.3", "<b>Area for improvement 2</b>")
    d.weak(WARRINGTON_AFI[1], ["health-services"], marker="", style=QUOTE)
    d.p("Progress: the median wait has fallen from 74 to 52 weeks. NHS Cheshire and Merseyside ICB has commissioned "
        "an additional provider from 1 December 2025.", S.indent)
    d.date("1 December 2025", "2025-12-01")
    d.add(PageBreak())
    d.num("4.4", "<b>Area for improvement 3</b>")
    d.weak(WARRINGTON_AFI[2], ["joint-commissioning", "co-production"], marker="", style=QUOTE)
    d.p("Progress: 180 families and 46 children and young people took part in the short breaks review. The new "
        "short breaks offer was agreed by Cabinet on 15 September 2025 and starts in April 2026.", S.indent)
    d.date("15 September 2025", "2025-09-15")
    d.date("April 2026", "2026-04")
    d.num("4.5", "<b>Area for improvement 4</b>")
    d.weak(WARRINGTON_AFI[3], ["inclusion-provision", "identification"], marker="", style=QUOTE)
    d.p("Progress: the Warrington Inclusion Framework was launched with all schools in September 2025. It is too "
        "early to judge its impact.", S.indent)
    d.date("September 2025", "2025-09")
    d.h("5. NEXT STEPS")
    d.num("5.1", "The partnership's annual engagement meeting with Ofsted and the CQC took place on 8 October 2025. "
          "Inspectors noted the improvement in EHC plan timeliness and asked to see the impact of the Inclusion "
          "Framework at the next meeting, expected in autumn 2026.")
    d.date("8 October 2025", "2025-10-08")
    d.h("6. FINANCIAL IMPLICATIONS")
    d.num("6.1", "There are no new financial implications. The plan is funded from the High Needs Block and the "
          "ICB's existing budgets.")
    d.h("7. BACKGROUND PAPERS")
    d.p("Area SEND inspection report, June 2024; Strategic Improvement Plan, August 2024.")
    d.date("June 2024", "2024-06")
    d.date("August 2024", "2024-08")
    return d


# ---------------------------------------------------------------- Swindon (2016 framework, Cabinet Member decision)
SWINDON_SW = [
    "The poor quality of EHC plans and the weak contribution of health and social care to them.",
    "The limited engagement of parents and carers in the design of services, and their lack of confidence in the "
    "local area's arrangements.",
]


def swindon_decision() -> Doc:
    council = "Swindon Borough Council"
    maker = "Cabinet Member for Children's Services and Education"
    d = Doc("swindon/round62-2022-11-14-cabinet-member-for-childrens-services-and-education/"
            "Individual Cabinet Member Decision - SEND Parent Carer Co-production Fund.pdf",
            {"council": council, "council_slug": "swindon", "committee": maker, "meeting_date": "2022-11-14",
             "title": "Individual Cabinet Member Decision - SEND Parent Carer Co-production Fund",
             "source_kind": "moderngov-document",
             "url": "https://ww5.swindon.gov.uk/moderngov/documents/s118402/ICMD SEND Co-production Fund.pdf"},
            {"council": council, "committee": maker, "date": "2022-11-14"},
            "Swindon Borough Council", "Individual Cabinet Member Decision", "ICMD 2022/41")
    d.title("Individual Cabinet Member Decision")
    d.table([["Cabinet Member:", "Councillor Ruth Ashbury-Pike, Cabinet Member for Children's Services and "
                                 "Education"],
             ["Subject:", "SEND Parent Carer Co-production Fund"],
             ["Date of decision:", "14th November 2022"],
             ["Report author:", "Gemma Wroughton, Head of SEND"],
             ["Ward(s) affected:", "All"]],
            [4.2 * cm, 12.0 * cm], header=False)
    d.date("14th November 2022", "2022-11-14")
    d.person("Ruth Ashbury-Pike", "Cabinet Member for Children's Services and Education", "member")
    d.person("Gemma Wroughton", "Head of SEND", "officer")
    d.h("1. Purpose")
    d.p("To seek approval to establish a fund that pays parents and carers for their time and expenses when they "
        "help to design SEND services, as part of the local area's Accelerated Progress Plan.")
    d.h("2. Recommendations")
    d.p("It is recommended that the Cabinet Member:")
    d.res("(a)", "approves the establishment of a SEND Parent Carer Co-production Fund of up to £120,000 over the "
          "two years 2022/23 and 2023/24, to be met from the SEND improvement reserve;", "recommendation", style=HANG)
    d.res("(b)", "delegates to the Director of Children's Services the agreement of the fund's terms with the Swindon "
          "Parent Carer Forum.", "recommendation", style=HANG)
    d.h("3. Background")
    d.p("3.1 Ofsted and the Care Quality Commission inspected the local area from 4 to 8 March 2019 and published "
        "their letter on 9 May 2019. The Written Statement of Action was found to be fit for purpose on 4 September "
        "2019.")
    d.date("from 4 to 8 March 2019", "2019-03-04", "2019-03-08")
    d.date("9 May 2019", "2019-05-09")
    d.date("4 September 2019", "2019-09-04")
    d.event("inspection", "2019-03-04", "2019-03-08", "Ofsted and the Care Quality Commission inspected the local "
            "area from 4 to 8 March 2019")
    d.event("outcome-letter", "2019-05-09", None, "published their letter on 9 May 2019")
    d.event("wsoa-approved", "2019-09-04", None, "The Written Statement of Action was found to be fit for purpose "
            "on 4 September 2019")
    d.p("3.2 When inspectors revisited from 11 to 13 October 2021 they found that the area had made sufficient "
        "progress in two of the four significant weaknesses. Their letter of 30 November 2021 said that progress had "
        "not been sufficient in the following:")
    d.date("from 11 to 13 October 2021", "2021-10-11", "2021-10-13")
    d.date("30 November 2021", "2021-11-30")
    d.event("revisit", "2021-10-11", "2021-10-13", "When inspectors revisited from 11 to 13 October 2021")
    d.event("revisit-outcome", "2021-11-30", None, "Their letter of 30 November 2021")
    d.weak(SWINDON_SW[0], ["ehc-plans"], marker="a)", style=ROMAN)
    d.weak(SWINDON_SW[1], ["co-production"], marker="b)", style=ROMAN)
    d.p("3.3 An Accelerated Progress Plan (APP) was agreed with the Department for Education (DfE) and NHS England "
        "in February 2022. At the first review meeting, on 18 July 2022, the advisers said that parents were not "
        "yet involved early enough in the design of new services and that the Forum's capacity was stretched. The "
        "second review is planned for 24 January 2023.")
    d.date("February 2022", "2022-02")
    d.date("18 July 2022", "2022-07-18")
    d.date("24 January 2023", "2023-01-24")
    d.event("progress-plan", "2022-02", None, "An Accelerated Progress Plan (APP) was agreed with the Department for "
            "Education (DfE) and NHS England in February 2022")
    d.event("monitoring", "2022-07-18", None, "At the first review meeting, on 18 July 2022")
    d.event("monitoring", "2023-01-24", None, "The second review is planned for 24 January 2023.")
    d.p("3.4 The fund will pay parents &pound;20 an hour for design workshops, steering groups and recruitment "
        "panels, and will meet childcare and travel costs. The Forum will recruit a part-time co-production "
        "coordinator from January 2023.")
    d.date("January 2023", "2023-01")
    d.h("4. Financial and legal implications")
    d.p("The cost is within the &pound;400,000 SEND improvement reserve approved by Cabinet on 12th January 2022. "
        "Finance comments were provided by Priyanka Seth-Morris, Finance Business Partner (Children's Services), and "
        "legal comments by Rhodri Aubrey, Principal Solicitor.")
    d.date("12th January 2022", "2022-01-12")
    d.person("Priyanka Seth-Morris", "Finance Business Partner (Children's Services)", "officer")
    d.person("Rhodri Aubrey", "Principal Solicitor", "officer")
    d.add(PageBreak())
    d.h("Decision record")
    d.p("<b>Decision:</b> That the Cabinet Member for Children's Services and Education:")
    d.res("1.", "Approves the establishment of a SEND Parent Carer Co-production Fund of up to £120,000 over 2022/23 "
          "and 2023/24.", "resolution", style=HANG)
    d.res("2.", "Delegates to the Director of Children's Services the agreement of the terms of the fund with the "
          "Swindon Parent Carer Forum, and asks that its use be reported to the SEND Improvement Board every six "
          "months.", "resolution", style=HANG)
    d.p("<b>Reasons for decision:</b> Parents' lack of involvement in designing services is one of the two areas the "
        "APP must address. Paying parents for their time is expected to widen participation beyond the small group "
        "currently involved.")
    d.p("<b>Alternative options considered and rejected:</b> To continue to rely on volunteers. Rejected because the "
        "DfE advisers identified the Forum's capacity as a risk.")
    d.p("<b>Conflicts of interest declared:</b> None.")
    d.table([["Signed:", "R. Ashbury-Pike"], ["Date:", "14/11/2022"]], [8.1 * cm, 8.1 * cm], header=False,
            grid=False)
    d.p("This decision may be called in until 5.00 pm on 21st November 2022.", SMALL)
    d.date("21st November 2022", "2022-11-21")
    return d


# ---------------------------------------------------------------- South Tyneside (2023 framework, DfE/NHS England letter)
SOUTH_TYNESIDE_APA = [
    "Leaders should make sure that EHC needs assessments are completed within 20 weeks, so that children and young "
    "people receive the support they need without delay.",
    "Leaders should improve the quality of EHC plans, so that they accurately describe children's and young people's "
    "needs and the provision to meet them, and are reviewed when needs change.",
]


def south_tyneside_letter() -> Doc:
    council = "South Tyneside Council"
    committee = "People Select Committee"
    d = Doc("south-tyneside/round62-2025-09-18-people-select-committee/"
            "Appendix 2 - DfE and NHS England letter following the PAP review.pdf",
            {"council": council, "council_slug": "south-tyneside", "committee": committee,
             "meeting_date": "2025-09-18", "title": "Appendix 2 - DfE and NHS England letter following the PAP review",
             "source_kind": "council-document",
             "url": "https://www.southtyneside.gov.uk/media/3204/Appendix-2-DfE-and-NHS-England-letter.pdf"},
            {"council": council, "committee": committee, "date": "2025-09-18"},
            "", "", "People Select Committee, 18 September 2025 - Appendix 2")
    d.p("Department for Education<br/>Piccadilly Gate<br/>Store Street<br/>Manchester M1 2WD", LETTER)
    d.p("Jill Westoe<br/>Corporate Director of Children's Services<br/>South Tyneside Council", LETTER)
    d.p("Dr Ravi Harton<br/>Director of Place (South Tyneside)<br/>NHS North East and North Cumbria ICB", LETTER)
    d.p("9 July 2025", LETTER)
    d.date("9 July 2025", "2025-07-09")
    d.date("18 September 2025", "2025-09-18")
    d.person("Jill Westoe", "Corporate Director of Children's Services", "officer")
    d.person("Ravi Harton", "Director of Place (South Tyneside)", "officer")
    d.p("Dear Jill and Ravi,", LETTER)
    d.p("<b>South Tyneside local area partnership: review of the priority action plan, 24 June 2025</b>", LETTER)
    d.date("24 June 2025", "2025-06-24")
    d.event("monitoring", "2025-06-24", None, "review of the priority action plan, 24 June 2025")
    d.p("Thank you for hosting the first review of your priority action plan (PAP) at Jarrow Hall, and please pass "
        "on our thanks to the parents, young people and school leaders who spoke to us.", LETTER)
    d.p("As you know, Ofsted and the CQC inspected the partnership from 2 to 6 December 2024, and the inspection "
        "report was published on 31 January 2025. Following the report the Minister issued a statutory direction to "
        "the council in March 2025. Your PAP was submitted on 14 March 2025.", LETTER)
    d.date("from 2 to 6 December 2024", "2024-12-02", "2024-12-06")
    d.date("31 January 2025", "2025-01-31")
    d.date("March 2025", "2025-03")
    d.date("14 March 2025", "2025-03-14")
    d.event("inspection", "2024-12-02", "2024-12-06", "Ofsted and the CQC inspected the partnership from 2 to 6 "
            "December 2024")
    d.event("outcome-letter", "2025-01-31", None, "the inspection report was published on 31 January 2025")
    d.event("statutory-direction", "2025-03", None, "the Minister issued a statutory direction to the council in "
            "March 2025")
    d.event("progress-plan", "2025-03-14", None, "Your PAP was submitted on 14 March 2025.")
    d.p("We looked at each of the two areas for priority action in turn.", LETTER)
    d.p("<b>Area for priority action 1</b>", LETTER_BOLD)
    d.weak(SOUTH_TYNESIDE_APA[0], ["ehc-plans"], marker="", style=LETTER)
    d.p("<i>Our assessment:</i> good progress. 48% of assessments in April and May 2025 were completed within 20 "
        "weeks, up from 12% in the year before the inspection. The backlog of overdue assessments has halved.",
        LETTER)
    d.date("April and May 2025", "2025-04", "2025-05")
    d.add(PageBreak())
    d.p("<b>Area for priority action 2</b>", LETTER_BOLD)
    d.weak(SOUTH_TYNESIDE_APA[1], ["ehc-plans"], marker="", style=LETTER)
    d.p("<i>Our assessment:</i> some progress, but it is early. Your own audit in May 2025 rated 41% of plans as good, "
        "and health and social care advice is still missing from too many of them. We would like to see the results "
        "of the next audit, due in October 2025, before our next meeting.", LETTER)
    d.date("May 2025", "2025-05")
    d.date("October 2025", "2025-10")
    d.p("<b>Next steps</b>", LETTER_BOLD)
    d.p("We will meet you again in December 2025. In the meantime we would be grateful for a short update on the "
        "recruitment of EHC coordinators by 30 September 2025.", LETTER)
    d.date("December 2025", "2025-12")
    d.date("30 September 2025", "2025-09-30")
    d.event("monitoring", "2025-12", None, "We will meet you again in December 2025.")
    d.p("A copy of this letter goes to Councillor Dawn Pargeter, Lead Member for Children, Young People and Families, "
        "and to Ofsted.", LETTER)
    d.person("Dawn Pargeter", "Lead Member for Children, Young People and Families", "member")
    d.p("Yours sincerely,", LETTER)
    d.table([["<b>Eleanor Boldon</b><br/>SEND Adviser<br/>Department for Education",
              "<b>Dr Simon Cleadon</b><br/>SEND Clinical Adviser<br/>NHS England"]],
            [8.1 * cm, 8.1 * cm], header=False, grid=False, style=LETTER)
    d.person("Eleanor Boldon", "SEND Adviser", "officer")
    d.person("Simon Cleadon", "SEND Clinical Adviser", "officer")
    return d


DOCUMENTS = [warrington_report, swindon_decision, south_tyneside_letter]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
