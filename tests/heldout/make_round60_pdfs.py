"""Write the printed documents of the held-out round 60 (reportlab), and their gold.

Round 60 is a blind batch in the commonest templates, written with their gold before any extractor ran on them.
These are its three short PDFs: a London Borough of Bexley report to its Children's Services Overview and Scrutiny
Committee on the Accelerated Progress Plan (2016 framework; the two unprogressed weaknesses as bullets, one
unnumbered recommendation); a Darlington Borough Council record of an officer's delegated decision to submit the
priority action plan (2023 framework; the findings in a ruled "Finding | Type" table, the decision as "(a)"/"(b)");
and a Durham County Council members' briefing note after the second review of its Accelerated Progress Plan
(2016 framework; the two remaining weaknesses run on in one sentence, no recommendations). Invented text,
fictitious people. Page breaks are explicit, so the gold's page numbers follow from this script.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round60_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("60", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
NUM_PARA, ROMAN, LETTER = S.num_para, S.roman, S.letter


class Doc(LongDoc):
    """A round 60 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True


# ---------------------------------------------------------------- Bexley (2016 framework, APP)
def bexley_report() -> Doc:
    council = "London Borough of Bexley"
    committee = "Children's Services Overview and Scrutiny Committee"
    d = Doc("bexley/round60-2023-01-24-childrens-services-overview-and-scrutiny-committee/"
            "SEND Accelerated Progress Plan update.pdf",
            {"council": council, "council_slug": "bexley", "committee": committee,
             "meeting_date": "2023-01-24", "title": "SEND Accelerated Progress Plan update",
             "source_kind": "moderngov-document",
             "url": "https://democracy.bexley.gov.uk/documents/s98114/SEND Accelerated Progress Plan update.pdf"},
            {"council": council, "committee": committee, "date": "2023-01-24"},
            "London Borough of Bexley", "Agenda Item 7", "Children's Services OSC, 24 January 2023")
    d.title("SEND Accelerated Progress Plan: progress update")
    d.table([["Committee", committee],
             ["Date", "24 January 2023"],
             ["Report of", "Director of Children's Services"],
             ["Cabinet Member", "Cabinet Member for Children's Services, Councillor Philippa Crayford"],
             ["Report author", "Owen Danson, Head of SEND Services (owen.danson@bexley.gov.uk, 020 3045 4711)"],
             ["Wards", "All"],
             ["Exempt", "No"]],
            [4.0 * cm, 12.2 * cm], header=False)
    d.date("24 January 2023", "2023-01-24")
    d.person("Philippa Crayford", "Cabinet Member for Children's Services", "member")
    d.person("Owen Danson", "Head of SEND Services", "officer", "owen.danson@bexley.gov.uk", "020 3045 4711")
    d.h("Purpose of report")
    d.p("This report updates the Committee on the Accelerated Progress Plan (APP) that the local area has been "
        "required to put in place following the Ofsted and Care Quality Commission (CQC) revisit in June 2022, and "
        "on the outcome of the first review of the plan by the Department for Education (DfE) and NHS England.")
    d.date("June 2022", "2022-06")
    d.h("Recommendation")
    d.res(None, "That the Committee notes the progress made against the Accelerated Progress Plan and comments on "
          "the priorities for the next six months set out in section 4.", "recommendation", style=BODY)
    d.h("1. Background")
    d.num("1.1", "Ofsted and the CQC carried out a joint inspection of the Bexley local area from 4 to 8 March 2019. "
          "The inspection letter, published on 24 April 2019, identified five areas of significant weakness, and a "
          "Written Statement of Action (WSoA) was accepted as fit for purpose on 2 September 2019.")
    d.date("from 4 to 8 March 2019", "2019-03-04", "2019-03-08")
    d.date("24 April 2019", "2019-04-24")
    d.date("2 September 2019", "2019-09-02")
    d.event("inspection", "2019-03-04", "2019-03-08", "Ofsted and the CQC carried out a joint inspection of the "
            "Bexley local area from 4 to 8 March 2019.")
    d.event("outcome-letter", "2019-04-24", None, "The inspection letter, published on 24 April 2019")
    d.event("wsoa-approved", "2019-09-02", None, "a Written Statement of Action (WSoA) was accepted as fit for "
            "purpose on 2 September 2019")
    d.num("1.2", "Inspectors revisited the area between 13 and 15 June 2022. Their letter of 27 July 2022 found that "
          "sufficient progress had been made in three of the five areas. Progress had not been sufficient in "
          "addressing:")
    d.date("between 13 and 15 June 2022", "2022-06-13", "2022-06-15")
    d.date("27 July 2022", "2022-07-27")
    d.event("revisit", "2022-06-13", "2022-06-15", "Inspectors revisited the area between 13 and 15 June 2022.")
    d.event("revisit-outcome", "2022-07-27", None, "Their letter of 27 July 2022 found that sufficient progress had "
            "been made in three of the five areas.")
    d.weak("The weak quality of EHC plans, many of which do not set out children's needs precisely or include "
           "meaningful outcomes, and the limited advice from health and social care that informs them.",
           ["ehc-plans"])
    d.weak("The long waits for an autism spectrum disorder assessment, and the lack of support for children and "
           "families while they wait.", ["health-services"])
    d.num("1.3", "The APP was submitted to the DfE and NHS England on 30 September 2022. The first formal review "
          "meeting took place on 6 December 2022, chaired by the DfE's SEND adviser, Ms Rachel Holmwood, with "
          "Mr Tariq Bashir, NHS England clinical adviser.")
    d.date("30 September 2022", "2022-09-30")
    d.date("6 December 2022", "2022-12-06")
    d.event("progress-plan", "2022-09-30", None, "The APP was submitted to the DfE and NHS England on 30 September "
            "2022.")
    d.event("monitoring", "2022-12-06", None, "The first formal review meeting took place on 6 December 2022")
    d.person("Rachel Holmwood", "SEND adviser", "officer")
    d.person("Tariq Bashir", "NHS England clinical adviser", "officer")
    d.add(PageBreak())
    d.h("2. Progress since the revisit")
    d.num("2.1", "The advisers' note of the review recorded that the partnership had made a \"strong start\" on EHC "
          "plan quality but that autism waiting times remained too long. The main measures are shown below.")
    d.ruled([["Measure", "Jun 2022", "Nov 2022", "Target, Sep 2023"],
             ["EHC plans judged good or better at multi-agency audit", "31%", "58%", "75%"],
             ["Health advice returned within six weeks", "44%", "71%", "90%"],
             ["Children waiting more than 52 weeks for autism assessment", "412", "367", "150"],
             ["Families using the waiting well offer", "n/a", "208", "400"]],
            [7.2 * cm, 2.5 * cm, 2.5 * cm, 3.9 * cm])
    d.date("Nov 2022", "2022-11")
    d.date("Sep 2023", "2023-09")
    d.num("2.2", "From 1 February 2023 the South East London ICB will fund additional assessment capacity from an "
          "independent provider for twelve months, with the aim of halving the longest waits by the end of "
          "December 2023.")
    d.date("1 February 2023", "2023-02-01")
    d.date("December 2023", "2023-12")
    d.h("3. Parent and carer engagement")
    d.num("3.1", "Bexley Voice, the parent carer forum, co-chairs the EHC plan quality workstream. A survey of "
          "parents will run in March 2023 and its results will be reported to this Committee.")
    d.date("March 2023", "2023-03")
    d.h("4. Next steps")
    d.num("4.1", "The second review meeting with the DfE and NHS England is expected in June 2023. The priorities "
          "until then are the roll-out of the EHC plan quality framework to all schools and the waiting well offer.")
    d.date("June 2023", "2023-06")
    d.event("monitoring", "2023-06", None, "The second review meeting with the DfE and NHS England is expected in "
            "June 2023.")
    d.h("5. Financial and legal implications")
    d.p("The additional assessment capacity is funded by the ICB. There are no direct legal implications arising "
        "from this report. <i>Legal implications verified by: Sunita Bexleyheath, Principal Lawyer, 10 January "
        "2023.</i>")
    d.date("10 January 2023", "2023-01-10")
    d.person("Sunita Bexleyheath", "Principal Lawyer", "officer")
    d.p("<b>Background papers:</b> Ofsted/CQC revisit letter, 27 July 2022; Bexley Accelerated Progress Plan.")
    return d


# ---------------------------------------------------------------- Darlington (2023 framework, PAP)
def darlington_decision() -> Doc:
    council = "Darlington Borough Council"
    committee = "Executive Director - People (delegated decision)"
    d = Doc("darlington/round60-2024-12-05-executive-director-people/"
            "Delegated Decision Record - Area SEND Priority Action Plan.pdf",
            {"council": council, "council_slug": "darlington", "committee": committee,
             "meeting_date": "2024-12-05", "title": "Delegated Decision Record - Area SEND Priority Action Plan",
             "source_kind": "decision-report",
             "url": "https://democracy.darlington.gov.uk/documents/s31907/Delegated Decision Record - Area SEND PAP.pdf"},
            {"council": council, "committee": committee, "date": "2024-12-05"},
            "Darlington Borough Council", "OFFICER DECISION RECORD", "Ref: ODR/PEO/2024/118")
    d.title("RECORD OF DECISION TAKEN BY AN OFFICER UNDER DELEGATED POWERS")
    d.ruled([["Decision taker", "James Skerningham, Executive Director - People"],
             ["In consultation with", "Councillor Hannah Cockerton, Cabinet Member for Children and Young People"],
             ["Subject", "Submission of the Area SEND Priority Action Plan to Ofsted"],
             ["Date of decision", "5 December 2024"],
             ["Key decision", "No"],
             ["Delegation relied on", "Part 3 of the Constitution, Scheme of Delegation to Officers, paragraph 4.2"]],
            [4.6 * cm, 11.6 * cm], header_rows=0)
    d.person("James Skerningham", "Executive Director - People", "officer")
    d.person("Hannah Cockerton", "Cabinet Member for Children and Young People", "member")
    d.date("5 December 2024", "2024-12-05")
    d.h("1. Background")
    d.p("Ofsted and the Care Quality Commission inspected the Darlington local area partnership between 16 and 20 "
        "September 2024. The report was published on 1 November 2024 and found widespread and/or systemic "
        "failings. The partnership must submit a priority action plan (PAP) to Ofsted by 9 December 2024.")
    d.date("between 16 and 20 September 2024", "2024-09-16", "2024-09-20")
    d.date("1 November 2024", "2024-11-01")
    d.date("9 December 2024", "2024-12-09")
    d.event("inspection", "2024-09-16", "2024-09-20", "Ofsted and the Care Quality Commission inspected the "
            "Darlington local area partnership between 16 and 20 September 2024.")
    d.event("outcome-letter", "2024-11-01", None, "The report was published on 1 November 2024")
    d.event("progress-plan", "2024-12-09", None, "The partnership must submit a priority action plan (PAP) to "
            "Ofsted by 9 December 2024.")
    d.p("The report's findings that the PAP must answer, and the areas for improvement to be addressed through "
        "the SEND Strategy, are:")
    apa1 = ("Leaders across the partnership must act urgently to improve the timeliness and quality of EHC needs "
            "assessments and plans, so that children and young people receive the support they need without delay.")
    apa2 = ("Leaders in the local authority and the ICB must work together to reduce the waiting times for "
            "neurodevelopmental assessment and for speech and language therapy.")
    afi1 = ("Leaders should strengthen the oversight of alternative provision and part-time timetables for "
            "children and young people with SEND.")
    afi2 = ("Leaders should improve communication with parents and carers so that they understand the support "
            "available and how decisions are made.")
    d.ruled([["", "Finding", "Type"],
             ["1", apa1, "Area for priority action"],
             ["2", apa2, "Area for priority action"],
             ["3", afi1, "Area for improvement"],
             ["4", afi2, "Area for improvement"]],
            [0.8 * cm, 11.2 * cm, 4.2 * cm])
    d.record_weak(apa1, ["ehc-plans"])
    d.record_weak(apa2, ["health-services"])
    d.record_weak(afi1, ["inclusion-provision", "data-oversight"])
    d.record_weak(afi2, ["co-production"])
    d.p("The draft PAP was endorsed by the SEND Partnership Board on 28 November 2024 and shared with the Children "
        "and Young People Scrutiny Committee's Chair, Councillor Anthony Hurworth, on 2 December 2024.")
    d.date("28 November 2024", "2024-11-28")
    d.date("2 December 2024", "2024-12-02")
    d.event("progress-plan", "2024-11-28", None, "The draft PAP was endorsed by the SEND Partnership Board on 28 "
            "November 2024")
    d.person("Anthony Hurworth", "Children and Young People Scrutiny Committee's Chair", "member")
    d.add(PageBreak())
    d.h("2. Decision")
    d.p("I, James Skerningham, Executive Director - People, having consulted the Cabinet Member, have decided:")
    d.res("(a)", "to approve the Area SEND Priority Action Plan attached at Appendix 1 for submission to Ofsted by "
          "9 December 2024; and", "resolution", style=LETTER)
    d.res("(b)", "that progress against the plan will be reported to Cabinet after each monitoring meeting with the "
          "Department for Education and NHS England, the first of which is expected in January 2025.",
          "resolution", style=LETTER)
    d.date("January 2025", "2025-01")
    d.event("monitoring", "2025-01", None, "each monitoring meeting with the Department for Education and NHS "
            "England, the first of which is expected in January 2025")
    d.h("3. Reasons for the decision")
    d.p("The submission of a PAP is a requirement of the area SEND inspection framework. The Cabinet meeting of "
        "14 January 2025 falls after the deadline, and the Scheme of Delegation allows the Executive Director to "
        "take the decision in consultation with the Cabinet Member.")
    d.date("14 January 2025", "2025-01-14")
    d.h("4. Alternative options considered and rejected")
    d.p("To seek an extension from Ofsted: rejected, as there are no grounds for one.")
    d.h("5. Conflicts of interest")
    d.p("None declared by the decision taker or the Cabinet Member consulted.")
    d.h("6. Legal and financial advice")
    d.p("Legal advice: Luke Eggleston, Assistant Director Law and Governance. Financial advice: Priti "
        "Haughton, Finance Manager (People). The actions in the plan are funded from existing budgets and the "
        "high needs block in 2024/25.")
    d.person("Luke Eggleston", "Assistant Director Law and Governance", "officer")
    d.person("Priti Haughton", "Finance Manager (People)", "officer")
    d.table([["Signed: J. Skerningham", "Date: 05/12/2024"],
             ["Executive Director - People", "Contact: send.improvement@darlington.gov.uk"]],
            [8.1 * cm, 8.1 * cm], header=False, grid=False)
    return d


# ---------------------------------------------------------------- Durham (2016 framework, APP review)
def durham_briefing() -> Doc:
    council = "Durham County Council"
    committee = "Children and Young People's Overview and Scrutiny Committee"
    d = Doc("durham/round60-2024-01-22-childrens-and-young-peoples-overview-and-scrutiny-committee/"
            "Members Briefing Note - SEND APP second review.pdf",
            {"council": council, "council_slug": "durham", "committee": committee,
             "meeting_date": "2024-01-22", "title": "Members Briefing Note - SEND APP second review",
             "source_kind": "moderngov-document",
             "url": "https://democracy.durham.gov.uk/documents/s187552/Members Briefing Note - SEND APP second review.pdf"},
            {"council": council, "committee": committee, "date": "2024-01-22"},
            "Durham County Council", "Members' Briefing Note", "Children and Young People's Services")
    d.page_label = "{n}"
    d.title("Members' Briefing Note")
    d.table([["To:", "Members of the Children and Young People's Overview and Scrutiny Committee"],
             ["From:", "Rachel Aycliffe, Corporate Director of Children and Young People's Services"],
             ["Date:", "11 January 2024"],
             ["Subject:", "Special educational needs and disabilities: second review of the Accelerated Progress Plan"]],
            [2.6 * cm, 13.6 * cm], header=False, grid=False)
    d.person("Rachel Aycliffe", "Corporate Director of Children and Young People's Services", "officer")
    d.date("11 January 2024", "2024-01-11")
    d.h("Why you are receiving this note")
    d.p("This note gives members advance information before the SEND item at the Committee's meeting on 22 "
        "January 2024. It is for information only and does not ask members to take a decision.")
    d.date("22 January 2024", "2024-01-22")
    d.h("Where we are")
    d.p("Members will recall that the joint Ofsted and CQC inspection of County Durham in December 2017 found "
        "weaknesses in five areas and that a Written Statement of Action followed. When inspectors came back "
        "on 6-8 March 2023, they were satisfied with progress in three areas, but found that the timeliness of "
        "the autism assessment and diagnosis pathway and the quality of health advice and outcomes in EHC plans "
        "had not improved enough. Their letter was published on 18 April 2023.")
    d.date("December 2017", "2017-12")
    d.date("6-8 March 2023", "2023-03-06", "2023-03-08")
    d.date("18 April 2023", "2023-04-18")
    d.event("inspection", "2017-12", None, "the joint Ofsted and CQC inspection of County Durham in December 2017")
    d.event("revisit", "2023-03-06", "2023-03-08", "When inspectors came back on 6-8 March 2023")
    d.event("revisit-outcome", "2023-04-18", None, "Their letter was published on 18 April 2023.")
    d.record_weak("the timeliness of the autism assessment and diagnosis pathway", ["health-services"])
    d.record_weak("the quality of health advice and outcomes in EHC plans", ["ehc-plans"])
    d.p("We sent our Accelerated Progress Plan (APP) to the Department for Education and NHS England on 30 June "
        "2023, and it was signed off by them in August 2023. The first six-monthly review took place in "
        "September 2023.")
    d.date("30 June 2023", "2023-06-30")
    d.date("August 2023", "2023-08")
    d.date("September 2023", "2023-09")
    d.event("progress-plan", "2023-06-30", None, "We sent our Accelerated Progress Plan (APP) to the Department for "
            "Education and NHS England on 30 June 2023")
    d.event("progress-plan", "2023-08", None, "it was signed off by them in August 2023")
    d.event("monitoring", "2023-09", None, "The first six-monthly review took place in September 2023.")
    d.h("The second review, 4 December 2023")
    d.date("4 December 2023", "2023-12-04")
    d.event("monitoring", "2023-12-04", None, "The second review, 4 December 2023")
    d.p("Advisers from the DfE (Mr Simon Ferryhill) and NHS England (Dr Joanne Stanhope) met the SEND and "
        "Inclusion Partnership Board. Their key messages were:")
    d.person("Simon Ferryhill", None, "officer")
    d.person("Joanne Stanhope", None, "officer")
    for text in ["the median wait from referral to autism diagnosis has fallen from 94 weeks in March 2023 to 71 "
                 "weeks, but remains well above the target of 52 weeks;",
                 "the health EHC audit now rates 64% of health sections as good, against 29% at the revisit;",
                 "the new 'waiting well' pack for families is valued by parents; and",
                 "the board should set out more clearly how it will know that children's outcomes are improving."]:
        d.p(f"&bull; {text}", BULLET)
    d.date("March 2023", "2023-03")
    d.add(PageBreak())
    d.h("What happens next")
    d.p("The advisers will write to confirm the outcome of the review. The third review is expected in June 2024. "
        "County Durham and Darlington NHS Foundation Trust will open a second diagnostic clinic in Bishop Auckland "
        "from 1 April 2024.")
    d.date("June 2024", "2024-06")
    d.date("1 April 2024", "2024-04-01")
    d.event("monitoring", "2024-06", None, "The third review is expected in June 2024.")
    d.ruled([["Milestone", "When"],
             ["Parent carer survey closes", "16 February 2024"],
             ["Second diagnostic clinic opens", "1 April 2024"],
             ["Third APP review", "June 2024"],
             ["Report to this Committee", "To be confirmed"]],
            [10.2 * cm, 6.0 * cm])
    d.date("16 February 2024", "2024-02-16")
    d.h("Further information")
    d.p("Please contact Mark Sedgefield, Head of SEND and Inclusion, on 03000 267 412 or "
        "mark.sedgefield@durham.gov.uk. Councillor Theresa Brancepeth, Cabinet Portfolio Holder for Children and "
        "Young People's Services, has been briefed.")
    d.person("Mark Sedgefield", "Head of SEND and Inclusion", "officer", "mark.sedgefield@durham.gov.uk",
             "03000 267 412")
    d.person("Theresa Brancepeth", "Cabinet Portfolio Holder for Children and Young People's Services", "member")
    return d


DOCUMENTS = [bexley_report, darlington_decision, durham_briefing]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
