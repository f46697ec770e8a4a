"""Write the printed documents of the held-out round 82 (reportlab), and their gold.

Round 82 is a blind batch in the commonest templates, written with their gold before any extractor ran on them.
These are its three short PDFs: a South Tyneside Council report to the People Select Committee on the Accelerated
Progress Plan (2016 framework; the original significant weaknesses as bullets inside a numbered section, the
recommendations as lettered clauses after "The Select Committee is asked to:"); a Suffolk County Council Cabinet
Member decision report on the Written Statement of Action (2016 framework; the significant weaknesses as the second
column of a ruled "Ref | Significant weakness | Lead" table, recommendations "That the Cabinet Member:" over "(a)"-"(c)",
a signed decision box with no wording of its own); and a Warrington Borough Council member briefing note on the area
SEND inspection outcome (2023 framework, lowest outcome; the areas for priority action in a shaded box, the areas for
improvement as lettered clauses). Invented text, fictitious people. Page breaks are explicit, so the gold's page
numbers follow from this script.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round82_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle  # noqa: E402

S = styles("82", body=(10.5, 14, 6), cell=(9.5, 12), head=(12, 15, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
NUM_PARA, SUB_PARA, QUOTE, LETTER, LETTER_BOLD, INDENT = S.num_para, S.sub_para, S.quote, S.letter, S.letter_bold, S.indent


class Doc(LongDoc):
    """A round 82 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True


# ---------------------------------------------------------------- South Tyneside (2016, select committee report)
STY_SW = [
    ("Leaders' self-evaluation is not sufficiently rigorous and is not used well enough to drive improvement.",
     ["leadership-governance"]),
    ("The timeliness and quality of EHC plans are poor, and health and social care contributions to plans are weak.",
     ["ehc-plans"]),
    ("Joint commissioning arrangements are underdeveloped and do not address gaps in provision, including for "
     "children and young people with social, emotional and mental health needs.", ["joint-commissioning"]),
    ("The local offer is not well publicised, and parents and carers find it difficult to use.", ["local-offer"]),
    ("There are long waiting times for the autism assessment pathway.", ["health-services"]),
]


def south_tyneside_report() -> Doc:
    council = "South Tyneside Council"
    committee = "People Select Committee"
    d = Doc("south-tyneside/round82-2022-03-10-people-select-committee/"
            "SEND Accelerated Progress Plan - update to People Select Committee.pdf",
            {"council": council, "council_slug": "south-tyneside", "committee": committee,
             "meeting_date": "2022-03-10", "title": "SEND Accelerated Progress Plan - update to People Select Committee",
             "source_kind": "committee-report",
             "url": "https://www.southtyneside.gov.uk/media/41882/SEND-Accelerated-Progress-Plan-update.pdf"},
            {"council": council, "committee": committee, "date": "2022-03-10"},
            "South Tyneside Council", "People Select Committee, 10 March 2022", "Agenda item 6")
    d.title("People Select Committee")
    d.p("<b>Date:</b> 10 March 2022")
    d.p("<b>Report of:</b> Corporate Director of Children, Adults and Health")
    d.p("<b>Subject:</b> Special Educational Needs and Disabilities (SEND) &ndash; Accelerated Progress Plan update")
    d.date("10 March 2022", "2022-03-10")
    d.h("1. Purpose of the report")
    d.num("1.1", "To update the Select Committee on progress against the local area's Accelerated Progress Plan (APP) "
          "and on the second review meeting held with the Department for Education and NHS England on 3 February "
          "2022.")
    d.date("3 February 2022", "2022-02-03")
    d.event("monitoring", "2022-02-03", None, "the second review meeting held with the Department for Education and "
            "NHS England on 3 February 2022")
    d.h("2. Recommendations")
    d.p("The Select Committee is asked to:")
    d.res("(a)", "note the progress made against the Accelerated Progress Plan;", "recommendation", style=HANG)
    d.res("(b)", "note the feedback from the Department for Education and NHS England following the review on 3 "
          "February 2022; and", "recommendation", style=HANG)
    d.res("(c)", "agree to receive a further report after the next review, which is expected in July 2022.",
          "recommendation", style=HANG)
    d.date("July 2022", "2022-07")
    d.event("monitoring", "2022-07", None, "the next review, which is expected in July 2022")
    d.h("3. Background")
    d.num("3.1", "Ofsted and the Care Quality Commission carried out a joint inspection of the local area's SEND "
          "arrangements from 4 to 8 March 2019. The outcome letter was published on 2 May 2019.")
    d.date("from 4 to 8 March 2019", "2019-03-04", "2019-03-08")
    d.date("2 May 2019", "2019-05-02")
    d.event("inspection", "2019-03-04", "2019-03-08", "Ofsted and the Care Quality Commission carried out a joint "
            "inspection of the local area's SEND arrangements from 4 to 8 March 2019.")
    d.event("outcome-letter", "2019-05-02", None, "The outcome letter was published on 2 May 2019.")
    d.num("3.2", "The letter identified five areas of significant weakness in the local area's practice:")
    for text, themes in STY_SW:
        d.weak(text, themes)
    d.num("3.3", "The Written Statement of Action was submitted on 31 July 2019 and was judged fit for purpose on "
          "23 September 2019.")
    d.date("31 July 2019", "2019-07-31")
    d.date("23 September 2019", "2019-09-23")
    d.event("wsoa-submitted", "2019-07-31", None, "The Written Statement of Action was submitted on 31 July 2019")
    d.event("wsoa-approved", "2019-09-23", None, "was judged fit for purpose on 23 September 2019.")
    d.num("3.4", "Inspectors revisited the area between 22 and 24 June 2021. Their letter of 9 August 2021 found that "
          "sufficient progress had been made in three of the five areas, but not in the timeliness and quality of EHC "
          "plans or in joint commissioning. The APP addressing those two areas was submitted to the Department for "
          "Education on 15 October 2021.")
    d.date("between 22 and 24 June 2021", "2021-06-22", "2021-06-24")
    d.date("9 August 2021", "2021-08-09")
    d.date("15 October 2021", "2021-10-15")
    d.event("revisit", "2021-06-22", "2021-06-24", "Inspectors revisited the area between 22 and 24 June 2021.")
    d.event("revisit-outcome", "2021-08-09", None, "Their letter of 9 August 2021 found that sufficient progress had "
            "been made in three of the five areas")
    d.event("progress-plan", "2021-10-15", None, "The APP addressing those two areas was submitted to the Department "
            "for Education on 15 October 2021.")
    d.add(PageBreak())
    d.h("4. Progress")
    d.num("4.1", "The table below summarises the APP's key measures.")
    d.table([["Measure", "Jun 2021", "Oct 2021", "Jan 2022", "Target (Sep 2022)"],
             ["New EHC plans issued within 20 weeks", "41%", "56%", "68%", "85%"],
             ["Plans with health advice received within 6 weeks", "47%", "63%", "74%", "90%"],
             ["Jointly commissioned SEMH places", "12", "18", "24", "30"]],
            [6.4 * cm, 2.0 * cm, 2.0 * cm, 2.0 * cm, 3.6 * cm])
    d.date("Jun 2021", "2021-06")
    d.date("Oct 2021", "2021-10")
    d.date("Jan 2022", "2022-01")
    d.date("Sep 2022", "2022-09")
    d.num("4.2", "At the review on 3 February 2022, advisers recognised the improvement in timeliness but asked for "
          "more evidence that the quality of plans had improved. A multi-agency audit of 60 plans took place in "
          "February 2022 and its findings will be reported to the SEND Partnership Board on 22 March 2022.")
    d.date("February 2022", "2022-02")
    d.date("22 March 2022", "2022-03-22")
    d.num("4.3", "A joint commissioning strategy for SEND was agreed by the Council and South Tyneside Clinical "
          "Commissioning Group in December 2021.")
    d.date("December 2021", "2021-12")
    d.h("5. Financial implications")
    d.num("5.1", "There are no direct financial implications arising from this report. High Needs Block pressures in "
          "2021/22 are reported separately.")
    d.space(8)
    d.p("<b>Contact:</b> Louise Whitburn-Hay, Strategic Lead for SEND, 0191 424 6521, "
        "louise.whitburn-hay@southtyneside.gov.uk")
    d.person("Louise Whitburn-Hay", "Strategic Lead for SEND", "officer", "louise.whitburn-hay@southtyneside.gov.uk",
             "0191 424 6521")
    return d


# ---------------------------------------------------------------- Suffolk (2016, Cabinet Member decision report)
SFK_SW = [
    ("SW1", "Leaders across education, health and care do not have a shared understanding of the local area's "
     "strengths and weaknesses, and strategic planning is not co-ordinated.", ["leadership-governance"],
     "Assistant Director, Inclusion"),
    ("SW2", "Too many EHC plans are not completed within 20 weeks, and the quality of plans is inconsistent.",
     ["ehc-plans"], "Head of SEN Service"),
    ("SW3", "Parents and carers have little confidence in the local area's SEND services, and communication with "
     "families is poor.", ["co-production"], "Head of Engagement"),
    ("SW4", "The rates of fixed-term and permanent exclusion of pupils with SEND are too high.",
     ["inclusion-provision"], "Head of Inclusion Support"),
]


def suffolk_decision() -> Doc:
    council = "Suffolk County Council"
    maker = "Cabinet Member for Education and Skills"
    d = Doc("suffolk/round82-2019-02-21-cabinet-member-for-education-and-skills/"
            "Cabinet Member decision - SEND Written Statement of Action.pdf",
            {"council": council, "council_slug": "suffolk", "committee": maker, "meeting_date": "2019-02-21",
             "title": "Cabinet Member decision - SEND Written Statement of Action",
             "source_kind": "decision-report",
             "url": "https://committeeminutes.suffolk.gov.uk/searchResult.aspx?qry=c_decision&ref=CM-ES-2019-04"},
            {"council": council, "committee": maker, "date": "2019-02-21"},
            "Suffolk County Council", "Decision by a Cabinet Member", "Decision reference: CM/ES/2019/04")
    d.title("Decision by a Cabinet Member")
    d.table([["Title", "Local Area SEND Inspection &ndash; Written Statement of Action"],
             ["Cabinet Member", "Councillor Gordon Thurlow-Reeve, Cabinet Member for Education and Skills"],
             ["Date of decision", "21 February 2019"],
             ["Key decision?", "No"],
             ["Report author", "Amanda Stradbroke, Assistant Director, Inclusion. Tel: 01473 264 829"]],
            [4.2 * cm, 11.8 * cm], header=False)
    d.person("Gordon Thurlow-Reeve", "Cabinet Member for Education and Skills", "member")
    d.date("21 February 2019", "2019-02-21")
    d.person("Amanda Stradbroke", "Assistant Director, Inclusion", "officer", None, "01473 264 829")
    d.h("1. What is the decision being asked for?")
    d.p("That the Cabinet Member:")
    d.res("(a)", "approves the Written Statement of Action for submission to Ofsted and the Care Quality Commission "
          "by 1 March 2019;", "recommendation", style=HANG)
    d.res("(b)", "notes that the Written Statement of Action has been agreed by the Governing Bodies of the Ipswich "
          "and East Suffolk and West Suffolk Clinical Commissioning Groups; and", "recommendation", style=HANG)
    d.res("(c)", "agrees that progress be reported to the Education and Children's Services Scrutiny Committee "
          "every six months.", "recommendation", style=HANG)
    d.date("1 March 2019", "2019-03-01")
    d.event("wsoa-submitted", "2019-03-01", None, "approves the Written Statement of Action for submission to Ofsted "
            "and the Care Quality Commission by 1 March 2019;")
    d.h("2. Reason for the decision")
    d.p("Ofsted and the Care Quality Commission inspected the Suffolk local area from 19 to 23 November 2018. The "
        "inspection letter, published on 22 January 2019, determined that a Written Statement of Action was required "
        "because of significant areas of weakness in the local area's practice. The local authority and the Clinical "
        "Commissioning Groups are jointly responsible for the statement, which must be submitted within 70 working "
        "days of the letter.")
    d.date("from 19 to 23 November 2018", "2018-11-19", "2018-11-23")
    d.date("22 January 2019", "2019-01-22")
    d.event("inspection", "2018-11-19", "2018-11-23", "Ofsted and the Care Quality Commission inspected the Suffolk "
            "local area from 19 to 23 November 2018.")
    d.event("outcome-letter", "2019-01-22", None, "The inspection letter, published on 22 January 2019, determined "
            "that a Written Statement of Action was required")
    d.p("The statement is organised around the four significant weaknesses set out in the letter:")
    d.ruled([["Ref", "Significant weakness", "Lead officer"]]
            + [[ref, text, lead] for ref, text, _, lead in SFK_SW], [1.4 * cm, 10.6 * cm, 4.0 * cm])
    for _, text, themes, _ in SFK_SW:
        d.record_weak(text, themes)
    d.p("The draft was shaped by six engagement events held with parents and carers between 4 and 15 February "
        "2019, and by an online survey which received 1,148 responses.")
    d.date("between 4 and 15 February 2019", "2019-02-04", "2019-02-15")
    d.add(PageBreak())
    d.h("3. Alternative options")
    d.p("None. The Children and Families Act 2014 framework requires a Written Statement of Action in these "
        "circumstances.")
    d.h("4. Who will be affected by this decision?")
    d.p("Children and young people with SEND aged 0 to 25 and their families. Following submission, officers from "
        "the Department for Education and NHS England will monitor progress, with the first monitoring visit "
        "expected in June 2019.")
    d.date("June 2019", "2019-06")
    d.event("monitoring", "2019-06", None, "officers from the Department for Education and NHS England will monitor "
            "progress, with the first monitoring visit expected in June 2019.")
    d.h("5. Consultation and advice")
    d.p("Legal advice was provided by Karen Holbrook-Dunn, Senior Solicitor, on 12 February 2019. Finance: Peter "
        "Walsham, Finance Business Partner, 13 February 2019.")
    d.date("12 February 2019", "2019-02-12")
    d.date("13 February 2019", "2019-02-13")
    d.person("Karen Holbrook-Dunn", "Senior Solicitor", "officer")
    d.person("Peter Walsham", "Finance Business Partner", "officer")
    d.h("6. Decision")
    d.table([["I agree the recommendations set out in section 1.", ""],
             ["Signed: Councillor Gordon Thurlow-Reeve", "Date: 21 February 2019"]],
            [11.0 * cm, 5.0 * cm], header=False)
    d.p("Declarations of interest: none. Dispensations: none.", SMALL)
    return d


# ---------------------------------------------------------------- Warrington (2023, member briefing note)
WRT_APA = [
    ("Leaders across the partnership must urgently improve the timeliness of EHC needs assessments and make sure that "
     "plans are written with, and accurately describe the needs of, the children and young people they are for.",
     ["ehc-plans"]),
    ("Leaders must make sure that the neurodevelopmental pathway is effective, so that children and young people are "
     "assessed promptly and families receive support while they wait.", ["health-services"]),
]
WRT_AFI = [
    ("a)", "Leaders should improve the range of post-16 options for young people with SEND, including supported "
     "internships and supported employment.", ["preparing-for-adulthood"]),
    ("b)", "Leaders should make sure that the local offer is up to date and easy for families to use.",
     ["local-offer"]),
    ("c)", "School leaders and the local authority should work together to reduce the use of part-time timetables for "
     "pupils with SEND.", ["inclusion-provision"]),
]


def warrington_briefing() -> Doc:
    council = "Warrington Borough Council"
    committee = "Children, Young People and Families Scrutiny Committee"
    d = Doc("warrington/round82-2024-07-15-children-young-people-and-families-scrutiny-committee/"
            "Member briefing - area SEND inspection outcome.pdf",
            {"council": council, "council_slug": "warrington", "committee": committee, "meeting_date": "2024-07-15",
             "title": "Member briefing - area SEND inspection outcome", "source_kind": "briefing-note",
             "url": "https://www.warrington.gov.uk/sites/default/files/2024-07/member-briefing-area-send-inspection-outcome.pdf"},
            {"council": council, "committee": committee, "date": "2024-07-15"},
            "Warrington Borough Council", "Member briefing", "OFFICIAL")
    d.title("Member briefing: area SEND inspection outcome")
    d.table([["To:", "All Members of the Children, Young People and Families Scrutiny Committee"],
             ["From:", "Paula Culcheth-Rowe, Director of Education and Inclusion"],
             ["Date:", "28 June 2024"]],
            [2.4 * cm, 13.6 * cm], header=False, grid=False)
    d.person("Paula Culcheth-Rowe", "Director of Education and Inclusion", "officer")
    d.date("28 June 2024", "2024-06-28")
    d.h("Summary")
    d.p("Ofsted and the CQC carried out an area SEND inspection of the Warrington local area partnership from 29 "
        "April to 17 May 2024. Their report was published on 14 June 2024. The outcome is the lowest of the three "
        "possible outcomes: inspectors found widespread and/or systemic failings leading to significant concerns "
        "about the experiences and outcomes of children and young people with SEND. This briefing explains what the "
        "report says and what happens next. The report will be discussed in full at the Committee on 15 July 2024.")
    d.date("from 29 April to 17 May 2024", "2024-04-29", "2024-05-17")
    d.date("14 June 2024", "2024-06-14")
    d.date("15 July 2024", "2024-07-15")
    d.event("inspection", "2024-04-29", "2024-05-17", "Ofsted and the CQC carried out an area SEND inspection of the "
            "Warrington local area partnership from 29 April to 17 May 2024.")
    d.event("outcome-letter", "2024-06-14", None, "Their report was published on 14 June 2024.")
    d.h("What inspectors found")
    d.p("Inspectors recognised some real strengths, including the early years SEND support team, the quality of "
        "specialist school provision and the commitment of frontline staff. However, they set out two areas for "
        "priority action:")
    box = Table([[Paragraph("<b>Areas for priority action</b>", CELL)]]
                + [[Paragraph(text, CELL)] for text, _ in WRT_APA], colWidths=[16.0 * cm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E8EEF4")),
                             ("BOX", (0, 0), (-1, -1), 0.75, colors.HexColor("#2F4F6F")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    d.add(box)
    for text, themes in WRT_APA:
        d.record_weak(text, themes)
    d.p("They also identified three areas for improvement:")
    for label, text, themes in WRT_AFI:
        d.p(f"{label}&nbsp;&nbsp;{text}", SUB_PARA)
        d.record_weak(text, themes)
    d.add(PageBreak())
    d.h("What happens next")
    d.p("The partnership must submit a Priority Action Plan to Ofsted within 30 working days of the report, that is "
        "by 26 July 2024. A draft was discussed with Warrington Parent Carer Forum on 24 June 2024 and will go to "
        "the SEND Partnership Board on 9 July 2024.")
    d.date("26 July 2024", "2024-07-26")
    d.date("24 June 2024", "2024-06-24")
    d.date("9 July 2024", "2024-07-09")
    d.event("progress-plan", "2024-07-26", None, "The partnership must submit a Priority Action Plan to Ofsted within "
            "30 working days of the report, that is by 26 July 2024.")
    d.p("Advisers from the Department for Education and NHS England will then review progress with the partnership "
        "every six months. Ofsted and the CQC will return for a monitoring inspection, normally about 18 months after "
        "the report.")
    d.p("Early actions already under way include:")
    for text in ["four additional EHC co-ordinators in post from 1 July 2024;",
                 "a weekly assessment tracker reviewed by the Director since May 2024;",
                 "a single point of access for neurodevelopmental referrals, with Cheshire and Merseyside ICB, "
                 "planned for September 2024."]:
        d.p(f"&bull; {text}", BULLET)
    d.date("1 July 2024", "2024-07-01")
    d.date("May 2024", "2024-05")
    d.date("September 2024", "2024-09")
    d.p("Councillor Jean Padgate-Moss, Cabinet Member for Children and Families, has asked that all Members are "
        "offered a briefing session; two sessions will be held on Monday 8 July 2024 at 2.00pm and 6.00pm.")
    d.person("Jean Padgate-Moss", "Cabinet Member for Children and Families", "member")
    d.date("Monday 8 July 2024", "2024-07-08")
    d.p("For further information please contact Andrew Birchwood, Assistant Director, SEND, on 01925 442 975 or at "
        "abirchwood@warrington.gov.uk.")
    d.person("Andrew Birchwood", "Assistant Director, SEND", "officer", "abirchwood@warrington.gov.uk", "01925 442 975")
    return d


DOCUMENTS = [south_tyneside_report, suffolk_decision, warrington_briefing]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
