"""Write the printed documents of the held-out round 74 (reportlab), and their gold.

Round 74 is a blind batch in the commonest templates, written with their gold before any extractor ran on them.
These are its three short PDFs: a West Sussex County Council report to the Children and Young People's Services
Scrutiny Committee on the Accelerated Progress Plan after a statutory direction (2016 framework; the unprogressed
significant weaknesses in an unruled two-column table, code | weakness); a Wiltshire Council Cabinet Member decision
report on publishing the Strategic Action Plan (2023 framework, middle outcome; the areas for improvement as dashed
lines, a decision with its own wording); and a Department for Education and NHS England letter to City of
Wolverhampton Council after the first Written Statement of Action monitoring meeting (2016 framework; each significant
weakness a bold "Significant weakness N &ndash;" paragraph followed by the advisers' findings). Invented text,
fictitious people. Page breaks are explicit, so the gold's page numbers follow from this script.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round74_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("74", body=(10.5, 14, 6), cell=(9.5, 12), head=(12, 15, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
NUM_PARA, SUB_PARA, QUOTE, LETTER, LETTER_BOLD, INDENT = S.num_para, S.sub_para, S.quote, S.letter, S.letter_bold, S.indent


class Doc(LongDoc):
    """A round 74 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True


# ---------------------------------------------------------------- West Sussex (2016 framework, scrutiny report)
WSX_SW = [
    ("SW2", "Leaders have not ensured that EHC plans are completed within the statutory timescale, and too many plans "
     "do not accurately reflect children and young people's needs.", ["ehc-plans"]),
    ("SW4", "Parents and carers have little confidence in the local area's ability to meet their children's needs, "
     "and too few are involved in shaping the services their children receive.", ["co-production"]),
    ("SW6", "There is no effective joint commissioning of therapy services, resulting in long waits for speech and "
     "language therapy and occupational therapy.", ["joint-commissioning", "health-services"]),
]


def west_sussex_report() -> Doc:
    council = "West Sussex County Council"
    committee = "Children and Young People's Services Scrutiny Committee"
    d = Doc("west-sussex/round74-2023-06-14-children-and-young-peoples-services-scrutiny-committee/"
            "SEND Accelerated Progress Plan - progress report.pdf",
            {"council": council, "council_slug": "west-sussex", "committee": committee, "meeting_date": "2023-06-14",
             "title": "SEND Accelerated Progress Plan - progress report", "source_kind": "committee-report",
             "url": "https://westsussex.moderngov.co.uk/documents/s41267/SEND Accelerated Progress Plan progress report.pdf"},
            {"council": council, "committee": committee, "date": "2023-06-14"},
            "West Sussex County Council", "Children and Young People's Services Scrutiny Committee", "14 June 2023")
    d.p("<b>Report to Children and Young People's Services Scrutiny Committee</b>")
    d.p("<b>14 June 2023</b>")
    d.date("14 June 2023", "2023-06-14")
    d.title("SEND Accelerated Progress Plan &ndash; progress report")
    d.p("<b>Report by Executive Director Children, Young People and Learning</b>")
    d.p("<b>Electoral division(s): All</b>")
    d.h("Summary")
    d.p("Following the Ofsted and Care Quality Commission revisit of the West Sussex local area from 15 to 17 February "
        "2022, the Council received a statutory direction from the Department for Education on 14 June 2022. The "
        "local area's Accelerated Progress Plan (APP) was submitted on 29 July 2022 and has since been reviewed twice "
        "by the Department for Education (DfE) and NHS England. This report sets out progress against the three "
        "significant weaknesses in which the revisit found that sufficient progress had not been made.")
    d.date("from 15 to 17 February 2022", "2022-02-15", "2022-02-17")
    d.date("14 June 2022", "2022-06-14")
    d.date("29 July 2022", "2022-07-29")
    d.event("revisit", "2022-02-15", "2022-02-17", "Following the Ofsted and Care Quality Commission revisit of the "
            "West Sussex local area from 15 to 17 February 2022")
    d.event("statutory-direction", "2022-06-14", None, "the Council received a statutory direction from the "
            "Department for Education on 14 June 2022.")
    d.event("progress-plan", "2022-07-29", None, "The local area's Accelerated Progress Plan (APP) was submitted on "
            "29 July 2022")
    d.h("Focus for scrutiny")
    d.p("The Committee is invited to consider whether the actions in the APP are having the intended impact for "
        "children and families. Key lines of enquiry include:")
    d.p("&bull; the pace of improvement in the timeliness of EHC plans;", BULLET)
    d.p("&bull; whether parents and carers are seeing a difference; and", BULLET)
    d.p("&bull; the progress of the joint commissioning of therapies with NHS Sussex.", BULLET)
    d.h("Recommendations")
    d.p("That the Committee:")
    d.res("(1)", "Notes the progress made against the Accelerated Progress Plan and the feedback from the second "
          "review by the DfE and NHS England;", "recommendation", style=HANG)
    d.res("(2)", "Identifies any areas where it would wish to see further information before the next review; and",
          "recommendation", style=HANG)
    d.res("(3)", "Agrees to receive a further report after the review expected in September 2023.", "recommendation",
          style=HANG)
    d.date("September 2023", "2023-09")
    d.event("monitoring", "2023-09", None, "the review expected in September 2023.")
    d.h("1. Background and context")
    d.num("1.1", "The local area was inspected from 4 to 8 March 2019. The inspection letter, published on 17 May "
          "2019, identified six areas of significant weakness, and the Written Statement of Action was declared fit "
          "for purpose on 2 September 2019.")
    d.date("from 4 to 8 March 2019", "2019-03-04", "2019-03-08")
    d.date("17 May 2019", "2019-05-17")
    d.date("2 September 2019", "2019-09-02")
    d.event("inspection", "2019-03-04", "2019-03-08", "The local area was inspected from 4 to 8 March 2019.")
    d.event("outcome-letter", "2019-05-17", None, "The inspection letter, published on 17 May 2019, identified six "
            "areas of significant weakness")
    d.event("wsoa-approved", "2019-09-02", None, "the Written Statement of Action was declared fit for purpose on "
            "2 September 2019.")
    d.num("1.2", "The revisit letter of 5 April 2022 found that sufficient progress had been made in three of the six "
          "areas. The three areas in which progress had not been sufficient, numbered as in the Written Statement "
          "of Action, are:")
    d.date("5 April 2022", "2022-04-05")
    d.event("revisit-outcome", "2022-04-05", None, "The revisit letter of 5 April 2022 found that sufficient progress "
            "had been made in three of the six areas.")
    d.table([[code, text] for code, text, _ in WSX_SW], [1.6 * cm, 14.4 * cm], header=False, grid=False)
    for _, text, themes in WSX_SW:
        d.record_weak(text, themes)
    d.add(PageBreak())
    d.num("1.3", "The first review of the APP with the DfE and NHS England took place on 18 October 2022 and the "
          "second on 9 March 2023. At the second review the advisers recognised that the timeliness of EHC plans "
          "had improved, but asked for stronger evidence that parents' experience was changing.")
    d.date("18 October 2022", "2022-10-18")
    d.date("9 March 2023", "2023-03-09")
    for iso in ("2022-10-18", "2023-03-09"):
        d.event("monitoring", iso, None, "The first review of the APP with the DfE and NHS England took place on 18 "
                "October 2022 and the second on 9 March 2023.")
    d.h("2. Progress")
    d.table([["Measure", "Jul 2022", "Dec 2022", "Apr 2023", "Target"],
             ["EHC plans issued within 20 weeks", "19%", "37%", "52%", "60% by Mar 2024"],
             ["Parents rating communication as good (survey)", "22%", "&ndash;", "35%", "50%"],
             ["Longest wait for speech and language therapy (weeks)", "74", "66", "49", "18"]],
            [6.4 * cm, 2.0 * cm, 2.0 * cm, 2.0 * cm, 3.6 * cm])
    d.date("Jul 2022", "2022-07")
    d.date("Dec 2022", "2022-12")
    d.date("Apr 2023", "2023-04")
    d.date("Mar 2024", "2024-03")
    d.num("2.1", "A jointly commissioned therapies service with NHS Sussex will begin on 1 September 2023. The "
          "service specification was co-produced with West Sussex Parent Carer Forum between November 2022 and "
          "February 2023.")
    d.date("1 September 2023", "2023-09-01")
    d.date("between November 2022 and February 2023", "2022-11", "2023-02")
    d.num("2.2", "The High Needs Block deficit is forecast to reach &pound;31.4m by the end of 2023/24. The Council "
          "is taking part in the DfE's Delivering Better Value programme.")
    d.h("3. Consultation, engagement and advice")
    d.num("3.1", "The Cabinet Member for Learning and Skills, Councillor Nigel Petworth-Grey, has been consulted on "
          "this report.")
    d.person("Nigel Petworth-Grey", "Cabinet Member for Learning and Skills", "member")
    d.h("4. Risk implications and mitigations")
    d.num("4.1", "If sufficient progress is not demonstrated, the Secretary of State may take further action under "
          "the statutory direction.")
    d.space(8)
    d.p("<b>Lucy Fairbairn-Hale</b><br/>Executive Director Children, Young People and Learning")
    d.person("Lucy Fairbairn-Hale", "Executive Director Children, Young People and Learning", "officer")
    d.p("<b>Contact Officer:</b> Gareth Shoreham-Pike, Assistant Director (Education and Skills), 0330 222 4519, "
        "gareth.shoreham-pike@westsussex.gov.uk")
    d.person("Gareth Shoreham-Pike", "Assistant Director (Education and Skills)", "officer",
             "gareth.shoreham-pike@westsussex.gov.uk", "0330 222 4519")
    d.p("<b>Background papers:</b> Ofsted and CQC revisit letter (April 2022); Statutory Direction (June 2022).",
        SMALL)
    d.date("April 2022", "2022-04")
    d.date("June 2022", "2022-06")
    return d


# ---------------------------------------------------------------- Wiltshire (2023 framework, decision report)
WIL_AFI = [
    ("Leaders should make sure that the quality of EHC plans, and of the advice from health and social care that "
     "informs them, is consistently good.", ["ehc-plans"]),
    ("Leaders should improve how they share information with families about the support available, including "
     "through the Local Offer.", ["local-offer", "co-production"]),
    ("Leaders should strengthen the oversight of children and young people with SEND who attend alternative "
     "provision or have reduced timetables.", ["inclusion-provision", "data-oversight"]),
]


def wiltshire_decision() -> Doc:
    council = "Wiltshire Council"
    maker = "Cabinet Member for Education and Skills"
    d = Doc("wiltshire/round74-2024-02-27-cabinet-member-for-education-and-skills/"
            "Cabinet Member Decision - SEND and AP Strategic Action Plan.pdf",
            {"council": council, "council_slug": "wiltshire", "committee": maker, "meeting_date": "2024-02-27",
             "title": "Cabinet Member Decision - SEND and AP Strategic Action Plan", "source_kind": "decision-report",
             "url": "https://cms.wiltshire.gov.uk/documents/s223914/CMD SEND and AP Strategic Action Plan.pdf"},
            {"council": council, "committee": maker, "date": "2024-02-27"},
            "Wiltshire Council", "Cabinet Member Decision", "Ref: CMD/ES/24/03")
    d.title("Wiltshire Council")
    d.p("<b>Cabinet Member Decision Report</b>")
    d.table([["Decision maker:", "Cabinet Member for Education and Skills, Cllr Harriet Avebury-Lowe"],
             ["Subject:", "SEND and Alternative Provision Strategic Action Plan"],
             ["Report author:", "Marcus Devizes-Pell, Head of SEND and Inclusion, marcus.devizes-pell@wiltshire.gov.uk"],
             ["Date of decision:", "27 February 2024"],
             ["Key decision:", "No"],
             ["Reference:", "CMD/ES/24/03"]],
            [3.8 * cm, 12.2 * cm], header=False)
    d.person("Harriet Avebury-Lowe", "Cabinet Member for Education and Skills", "member")
    d.person("Marcus Devizes-Pell", "Head of SEND and Inclusion", "officer", "marcus.devizes-pell@wiltshire.gov.uk")
    d.date("27 February 2024", "2024-02-27")
    d.h("1. Purpose of report")
    d.num("1.1", "To seek approval of the Wiltshire SEND and Alternative Provision Strategic Action Plan, which "
          "responds to the areas for improvement in the report of the area SEND inspection, so that it can be "
          "published on the Local Offer by 1 March 2024.")
    d.date("1 March 2024", "2024-03-01")
    d.event("progress-plan", "2024-03-01", None, "so that it can be published on the Local Offer by 1 March 2024.")
    d.h("2. Proposals")
    d.p("It is proposed that the Cabinet Member:")
    d.res("1)", "approves the SEND and Alternative Provision Strategic Action Plan at Appendix 1 for publication;",
          "recommendation", style=HANG)
    d.res("2)", "notes that the plan was endorsed by the Wiltshire SEND and Inclusion Partnership Board on 15 "
          "February 2024; and", "recommendation", style=HANG)
    d.res("3)", "agrees that progress is reported to the Children's Select Committee every six months.",
          "recommendation", style=HANG)
    d.date("15 February 2024", "2024-02-15")
    d.event("progress-plan", "2024-02-15", None, "the plan was endorsed by the Wiltshire SEND and Inclusion "
            "Partnership Board on 15 February 2024")
    d.h("3. Reason for proposals")
    d.num("3.1", "Under the area SEND inspection framework, a partnership whose inspection results in the middle "
          "outcome must update and publish its strategic plan, showing how it will address each area for "
          "improvement.")
    d.h("4. Background")
    d.num("4.1", "Ofsted and the CQC inspected the Wiltshire local area partnership between 6 and 10 November 2023. "
          "The inspection report was published on 19 January 2024. Inspectors found that the partnership's "
          "arrangements lead to inconsistent experiences and outcomes for children and young people with SEND, and "
          "that the partnership is taking action where improvements are needed.")
    d.date("between 6 and 10 November 2023", "2023-11-06", "2023-11-10")
    d.date("19 January 2024", "2024-01-19")
    d.event("inspection", "2023-11-06", "2023-11-10", "Ofsted and the CQC inspected the Wiltshire local area "
            "partnership between 6 and 10 November 2023.")
    d.event("outcome-letter", "2024-01-19", None, "The inspection report was published on 19 January 2024.")
    d.num("4.2", "Inspectors highlighted many strengths, including the Wiltshire Parent Carer Council's role in "
          "strategic planning and the quality of the early years inclusion service. The report sets out the "
          "following areas for improvement:")
    for text, themes in WIL_AFI:
        d.weak(text, themes, marker="&ndash;", style=INDENT)
    d.add(PageBreak())
    d.num("4.3", "The plan was drafted with parents, carers and young people at four workshops held between 29 "
          "January and 9 February 2024. Each area for improvement has a lead officer from the Council and from "
          "NHS Bath and North East Somerset, Swindon and Wiltshire ICB.")
    d.date("between 29 January and 9 February 2024", "2024-01-29", "2024-02-09")
    d.h("5. Main considerations")
    d.table([["Milestone", "Date"],
             ["Annual quality audit of EHC plans", "June 2024"],
             ["New Local Offer website live", "September 2024"],
             ["Alternative provision register and tracking in place", "July 2024"],
             ["First six-monthly report to Children's Select Committee", "October 2024"]],
            [11.0 * cm, 5.0 * cm])
    d.date("June 2024", "2024-06")
    d.date("September 2024", "2024-09")
    d.date("July 2024", "2024-07")
    d.date("October 2024", "2024-10")
    d.num("5.1", "The annual engagement meeting with Ofsted and the CQC is expected in early 2025. The next full "
          "inspection is expected to take place within three years.")
    d.h("6. Financial and legal implications")
    d.num("6.1", "The plan will be delivered within existing budgets for 2024/25. Financial comments were provided "
          "by Elaine Calne-Roberts, Finance Business Partner, and legal comments by Ben Tidworth, Solicitor.")
    d.person("Elaine Calne-Roberts", "Finance Business Partner", "officer")
    d.person("Ben Tidworth", "Solicitor", "officer")
    d.h("7. Decision")
    d.p("<b>Decision taken:</b> To approve the SEND and Alternative Provision Strategic Action Plan for publication "
        "on the Local Offer, and to note its endorsement by the SEND and Inclusion Partnership Board.")
    d.record_res(None, "To approve the SEND and Alternative Provision Strategic Action Plan for publication on the "
                 "Local Offer, and to note its endorsement by the SEND and Inclusion Partnership Board.", "resolution")
    d.table([["Signed:", "Cllr Harriet Avebury-Lowe, Cabinet Member for Education and Skills"],
             ["Date:", "27 February 2024"]],
            [3.0 * cm, 13.0 * cm], header=False, grid=False)
    return d


# ---------------------------------------------------------------- Wolverhampton (2016 framework, DfE/NHSE letter)
WLV_SW = [
    ("the lack of a shared, well-understood strategy across education, health and care for improving outcomes "
     "for children and young people with SEND", ["leadership-governance"]),
    ("weaknesses in the timeliness of EHC needs assessments and in the quality of EHC plans", ["ehc-plans"]),
    ("the long waiting times for the autism assessment pathway and for child and adolescent mental health "
     "services", ["health-services"]),
    ("the limited range of post-16 options for young people with SEND, including supported internships and "
     "apprenticeships", ["preparing-for-adulthood"]),
]


def wolverhampton_letter() -> Doc:
    council = "City of Wolverhampton Council"
    committee = "Children, Young People and Families Scrutiny Panel"
    d = Doc("wolverhampton/round74-2022-07-13-children-young-people-and-families-scrutiny-panel/"
            "Appendix 2 - DfE and NHS England letter following WSoA monitoring meeting.pdf",
            {"council": council, "council_slug": "wolverhampton", "committee": committee,
             "meeting_date": "2022-07-13",
             "title": "Appendix 2 - DfE and NHS England letter following WSoA monitoring meeting",
             "source_kind": "moderngov-document",
             "url": "https://wolverhampton.moderngov.co.uk/documents/s201544/Appendix 2 DfE NHSE letter.pdf"},
            {"council": council, "committee": committee, "date": "2022-07-13"},
            "Department for Education", "NHS England and NHS Improvement", "Appendix 2")
    d.body = LETTER
    d.p("Department for Education<br/>Piccadilly Gate<br/>Store Street<br/>Manchester M1 2WD", S.right)
    d.space(4)
    d.p("Rowena Castleford<br/>Director of Children's Services<br/>City of Wolverhampton Council")
    d.p("Jonathan Saddler-Keane<br/>Director of Commissioning<br/>Black Country and West Birmingham Clinical "
        "Commissioning Group")
    d.person("Rowena Castleford", "Director of Children's Services", "officer")
    d.person("Jonathan Saddler-Keane", "Director of Commissioning", "officer")
    d.p("11 March 2022", S.right)
    d.date("11 March 2022", "2022-03-11")
    d.p("Dear Rowena and Jonathan,")
    d.p("<b>City of Wolverhampton: Written Statement of Action &ndash; first monitoring meeting</b>", LETTER_BOLD)
    d.p("Thank you for meeting with us on 24 February 2022 to review the progress the local area has made in "
        "implementing its Written Statement of Action (WSoA). We are grateful to you and your colleagues, and to "
        "representatives of Voice of Wolverhampton parent carer forum, for your open and constructive approach.")
    d.date("24 February 2022", "2022-02-24")
    d.event("monitoring", "2022-02-24", None, "Thank you for meeting with us on 24 February 2022 to review the "
            "progress the local area has made in implementing its Written Statement of Action (WSoA).")
    d.p("As you know, the WSoA was required following the joint inspection by Ofsted and the Care Quality Commission "
        "between 10 and 14 May 2021, whose findings were published on 8 July 2021. The WSoA was submitted on 20 "
        "October 2021 and was declared fit for purpose on 9 December 2021. Our comments on each of the significant "
        "weaknesses follow.")
    d.date("between 10 and 14 May 2021", "2021-05-10", "2021-05-14")
    d.date("8 July 2021", "2021-07-08")
    d.date("20 October 2021", "2021-10-20")
    d.date("9 December 2021", "2021-12-09")
    d.event("inspection", "2021-05-10", "2021-05-14", "the joint inspection by Ofsted and the Care Quality "
            "Commission between 10 and 14 May 2021")
    d.event("outcome-letter", "2021-07-08", None, "whose findings were published on 8 July 2021.")
    d.event("wsoa-submitted", "2021-10-20", None, "The WSoA was submitted on 20 October 2021")
    d.event("wsoa-approved", "2021-12-09", None, "was declared fit for purpose on 9 December 2021.")
    findings = [
        "A SEND Partnership Board with an independent chair met for the first time in November 2021, and a SEND "
        "and Inclusion Strategy has been drafted with families. It is too early to see its impact.",
        "New EHC plans issued within 20 weeks rose from 31% in the year to March 2021 to 56% in the three months to "
        "January 2022. Quality audits show that health and social care advice is still too often generic.",
        "The CCG has commissioned additional assessment capacity from January 2022. Waits for a first autism "
        "assessment remain over a year for most children; we would like to see the trajectory for reducing them.",
        "The local area has agreed a post-16 sufficiency plan and 14 supported internship places are planned for "
        "September 2022.",
    ]
    for number, ((text, themes), finding) in enumerate(zip(WLV_SW, findings), 1):
        d.p(f"<b>Significant weakness {number} &ndash; {text}</b>", LETTER_BOLD)
        d.record_weak(text, themes)
        d.p(finding)
        if number == 2:
            d.add(PageBreak())
    d.date("November 2021", "2021-11")
    d.date("March 2021", "2021-03")
    d.date("January 2022", "2022-01")
    d.date("September 2022", "2022-09")
    d.p("<b>Next steps</b>", LETTER_BOLD)
    d.p("We will meet you again in September 2022 for the second monitoring meeting. Before then we would ask you "
        "to send us, by 30 June 2022, an updated WSoA dashboard with the measures for each weakness.")
    d.date("30 June 2022", "2022-06-30")
    d.event("monitoring", "2022-09", None, "We will meet you again in September 2022 for the second monitoring "
            "meeting.")
    d.p("Yours sincerely,")
    d.table([["<b>Karen Blythe-Osei</b><br/>SEND Adviser<br/>Department for Education",
              "<b>Dr Owen Tranmere</b><br/>Children and Young People's SEND Adviser<br/>NHS England and NHS "
              "Improvement"]],
            [8.0 * cm, 8.0 * cm], header=False, grid=False, style=LETTER)
    d.person("Karen Blythe-Osei", "SEND Adviser", "officer")
    d.person("Owen Tranmere", "Children and Young People's SEND Adviser", "officer")
    d.p("cc: Councillor Beverley Bilston-Cole, Cabinet Member for Education, Skills and Work; Ofsted; Care Quality "
        "Commission", SMALL)
    d.person("Beverley Bilston-Cole", "Cabinet Member for Education, Skills and Work", "member")
    return d


DOCUMENTS = [west_sussex_report, wiltshire_decision, wolverhampton_letter]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
