"""Write the long printed documents of the held-out round 69 (reportlab), and their gold.

Round 69 is a blind batch of LONG PDFs (5 to 8 pages), written with their gold before any extractor ran on them:
a Cabinet report with the Ofsted/CQC re-visit letter appended (Lancashire, 2016 framework); an Accelerated Progress
Plan progress report with a tracker (Nottingham, 2016 framework, statutory direction); a Cabinet report with the
Written Statement of Action appended (North Tyneside, 2016 framework); a scrutiny report in the city's numbered
template with an appendix of findings (Peterborough, 2023 framework); an agenda reports pack (Leicester, 2023
framework); and printed minutes with "Discussion:"/"Decision:" sections (Medway, 2023 framework). Invented text,
fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round69_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles, two_columns  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("69", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
MINUTE, NUM_PARA, LETTER, LETTER_BOLD, LETTER_BULLET = S.minute, S.num_para, S.letter, S.letter_bold, S.letter_bullet
CENTRE, RIGHT, INDENT, SUB, PLAN, QUOTE, ROMAN = S.centre, S.right, S.indent, S.sub, S.plan_cell, S.quote, S.roman


class Doc(LongDoc):
    """A round 69 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#DDE3EC", "#EEF1F6", "#F4F4F4")


NEEDS = ["Autistic spectrum disorder", "Speech, language and communication needs", "Social, emotional and mental "
         "health", "Moderate learning difficulty", "Severe learning difficulty", "Profound and multiple learning "
         "difficulty", "Specific learning difficulty", "Physical disability", "Hearing impairment",
         "Visual impairment", "Multi-sensory impairment", "Other difficulty or disability"]
SCHOOLS = ["Ashgrove", "Beechwood", "Castleford Road", "Dale View", "Eastfield", "Foxhill", "Greenacres", "Hawthorn",
           "Ingleby", "Juniper", "Kestrel", "Lindenfield", "Millbrook", "Newlands", "Oakfield", "Priory", "Quarry Hill",
           "Rosewood", "St Cuthbert's", "Thistle Lane", "Underwood", "Valley Road", "Willowbank", "Yewtree"]


def need_table(d: Doc, seed: int):
    rows = [["Primary need", "EHC plans", "%", "SEN support", "%", "Change on last year"]]
    for i, need in enumerate(NEEDS):
        a, b = 31 + (i * 173 + seed * 11) % 710, 60 + (i * 241 + seed * 5) % 1380
        rows.append([need, str(a), f"{(a % 23) + 1}.{i % 10}", str(b), f"{(b % 18) + 1}.{(i * 7) % 10}",
                     f"{'+' if (i + seed) % 3 else '-'}{(i * 13 + seed) % 60}"])
    d.ruled(rows, [5.9 * cm, 2 * cm, 1.5 * cm, 2.3 * cm, 1.5 * cm, 2.9 * cm])


def school_table(d: Doc, seed: int, rows_n: int = 22):
    rows = [["School", "Phase", "Pupils", "SEN support %", "EHC plan %", "Suspensions (pupils with SEND)",
             "Resourced provision places"]]
    for i in range(rows_n):
        rows.append([f"{SCHOOLS[(i + seed) % len(SCHOOLS)]} {'Primary' if i % 4 else 'Academy'}",
                     "Primary" if i % 4 else "Secondary", str(180 + (i * 97 + seed * 31) % 1150),
                     f"{9 + (i * 5 + seed) % 11}.{(i * 3) % 10}", f"{1 + (i * 3 + seed) % 5}.{(i * 9) % 10}",
                     str((i * 13 + seed) % 19), str(((i * 5 + seed) % 4) * 4)])
    d.ruled(rows, [4 * cm, 1.8 * cm, 1.5 * cm, 2 * cm, 1.8 * cm, 3 * cm, 2.1 * cm])


def area_table(d: Doc, names: list[str], seed: int, label: str = "Area"):
    rows = [[label, "EHC plans maintained", "SEN support", "Requests for assessment (year)", "Issued in 20 weeks %",
             "In mainstream %"]]
    for i, name in enumerate(names):
        rows.append([name, str(101 + (i * 61 + seed * 19) % 420), str(330 + (i * 131 + seed) % 840),
                     str(17 + (i * 29 + seed) % 85), f"{22 + (i * 11 + seed) % 70}", f"{35 + (i * 7 + seed) % 40}"])
    d.ruled(rows, [3.8 * cm, 2.4 * cm, 2.1 * cm, 2.8 * cm, 2.5 * cm, 2.4 * cm])


def kpi_table(d: Doc, seed: int, columns: list[str], rows_in: list[str]):
    rows = [["Measure"] + columns]
    for i, name in enumerate(rows_in):
        rows.append([name] + [f"{20 + (i * 17 + j * 9 + seed) % 75}%" for j in range(len(columns))])
    width = (16.2 - 6.2) / len(columns)
    d.ruled(rows, [6.2 * cm] + [width * cm] * len(columns))


# ------------------------------------------------------------------------------------------------------------------
def lancashire_cabinet() -> Doc:
    rel = ("lancashire/round69-2021-12-09-cabinet/SEND Joint Local Area Revisit and Accelerated Progress Plan.pdf")
    d = Doc(rel, {"council": "Lancashire County Council", "council_slug": "lancashire", "committee": "Cabinet",
                  "meeting_date": "2021-12-09",
                  "title": "SEND Joint Local Area Revisit and Accelerated Progress Plan",
                  "source_kind": "moderngov-document",
                  "url": "https://council.lancashire.gov.uk/documents/s208114/SEND%20Revisit%20and%20APP.pdf"},
            {"council": "Lancashire County Council", "committee": "Cabinet", "date": "2021-12-09"},
            "", "", "")
    d.page_label = "{n}"
    d.p("<b>Report to the Cabinet</b>")
    d.p("Meeting to be held on Thursday, 9 December 2021")
    d.date("Thursday, 9 December 2021", "2021-12-09")
    d.p("Report of the Executive Director of Education and Children's Services")
    d.p("<b>Part I</b>", RIGHT)
    d.p("Electoral Division affected:<br/>(All Divisions);", RIGHT)
    d.p("Corporate Priorities:<br/>Delivering better services; Caring for the vulnerable;", RIGHT)
    d.p("<b>Special Educational Needs and Disabilities: Outcome of the Joint Local Area Revisit and the Accelerated "
        "Progress Plan</b><br/>(Appendices 'A' and 'B' refer)")
    d.p("Contact for further information:<br/>Lorraine Haworth-Birch, Tel: (01772) 534129, Head of SEND Improvement "
        "and Partnerships<br/>lorraine.haworth-birch@lancashire.gov.uk")
    d.person("Lorraine Haworth-Birch", "Head of SEND Improvement and Partnerships", "officer",
             "lorraine.haworth-birch@lancashire.gov.uk", "(01772) 534129")
    d.h("Brief Summary")
    d.p("Ofsted and the Care Quality Commission revisited the Lancashire local area between 20 and 22 September 2021 "
        "to decide whether sufficient progress had been made in addressing the twelve areas of significant "
        "weakness identified at the joint inspection of November 2017. The revisit letter, published on 29 "
        "October 2021, found that sufficient progress had been made in seven of the twelve areas, and that "
        "insufficient progress had been made in five.")
    d.date("between 20 and 22 September 2021", "2021-09-20", "2021-09-22")
    d.date("November 2017", "2017-11")
    d.date("29 October 2021", "2021-10-29")
    d.event("revisit", "2021-09-20", "2021-09-22", "Ofsted and the Care Quality Commission revisited the "
            "Lancashire local area between 20 and 22 September 2021")
    d.event("revisit-outcome", "2021-10-29", None, "The revisit letter, published on 29 October 2021")
    d.p("The Department for Education and NHS England now require the local area to prepare an Accelerated "
        "Progress Plan addressing the five areas, which must be submitted to the Department by 14 January 2022. "
        "This report sets out the findings and the proposed approach to the plan.")
    d.date("14 January 2022", "2022-01-14")
    d.event("progress-plan", "2022-01-14", None, "an Accelerated Progress Plan addressing the five areas, which must "
            "be submitted to the Department by 14 January 2022")
    d.p("This is deemed to be a Key Decision and the provisions of Standing Order C19 have been complied with.")
    d.h("Recommendation")
    d.p("Cabinet is asked to:")
    d.res("(i)", "Note the outcome of the joint local area SEND revisit, as set out in the letter at Appendix 'A'.",
          "recommendation")
    d.res("(ii)", "Approve the approach to the Accelerated Progress Plan set out at Appendix 'B', and the "
          "governance arrangements described in this report.", "recommendation")
    d.res("(iii)", "Authorise the Executive Director of Education and Children's Services, in consultation with the "
          "Cabinet Member for Education and Skills, to agree the final Accelerated Progress Plan with the Lancashire "
          "and South Cumbria Integrated Care System and to submit it to the Department for Education.",
          "recommendation")
    d.res("(iv)", "Request that progress against the plan is reported to the Education and Children's Services "
          "Scrutiny Committee every six months.", "recommendation")
    d.h("Detail")
    d.p("<i>Background</i>")
    d.p("The joint inspection of the local area by Ofsted and the Care Quality Commission took place from 13 to 17 "
        "November 2017. The outcome letter, published on 31 January 2018, required the local area to produce a "
        "Written Statement of Action, which was submitted on 4 May 2018 and declared fit for purpose on 27 June "
        "2018.")
    d.date("from 13 to 17 November 2017", "2017-11-13", "2017-11-17")
    d.date("31 January 2018", "2018-01-31")
    d.date("4 May 2018", "2018-05-04")
    d.date("27 June 2018", "2018-06-27")
    d.event("inspection", "2017-11-13", "2017-11-17", "The joint inspection of the local area by Ofsted and the "
            "Care Quality Commission took place from 13 to 17 November 2017.")
    d.event("outcome-letter", "2018-01-31", None, "The outcome letter, published on 31 January 2018")
    d.event("wsoa-submitted", "2018-05-04", None, "a Written Statement of Action, which was submitted on 4 May 2018")
    d.event("wsoa-approved", "2018-06-27", None, "declared fit for purpose on 27 June 2018")
    d.p("Since then the Department for Education and NHS England have monitored progress through regular review "
        "meetings, the most recent of which was held on 20 April 2021. The revisit had originally been expected in "
        "the spring of 2020 but was postponed because of the pandemic.")
    d.date("20 April 2021", "2021-04-20")
    d.event("monitoring", "2021-04-20", None, "the Department for Education and NHS England have monitored progress "
            "through regular review meetings, the most recent of which was held on 20 April 2021")
    d.p("<i>The revisit findings</i>")
    d.p("Inspectors found that the area had made sufficient progress in seven areas, including the identification "
        "of needs in the early years, the local offer, and the quality of EHC plans. The five areas in which progress "
        "was insufficient concern joint commissioning, waiting times for the neurodevelopmental pathway, the "
        "engagement of parents and carers, the variability of provision in mainstream schools, and preparation for "
        "adulthood. The full letter is at Appendix 'A'.")
    d.p("<i>Accelerated Progress Plan</i>")
    d.p("The plan will be overseen by the SEND Partnership Board, which is chaired jointly by the Executive Director "
        "and the Director of Nursing for the Integrated Care System. The Board agreed the draft structure of the plan "
        "at its meeting on 25 November 2021. Each area will have a named lead from the council and from health, and "
        "the Lancashire Parent Carer Forum has agreed to co-produce the measures of success.")
    d.date("25 November 2021", "2021-11-25")
    d.p("The Department for Education has indicated that the first formal review of the plan is likely to take "
        "place in April 2022, and reviews will then be held at least every six months.")
    d.date("April 2022", "2022-04")
    d.event("monitoring", "2022-04", None, "the first formal review of the plan is likely to take place in April "
            "2022")
    d.h("Consultations")
    d.p("The Lancashire Parent Carer Forum, the clinical commissioning groups and the Integrated Care System, "
        "headteacher representatives and the Lancashire Youth Council have been consulted on the approach.")
    d.h("Implications:")
    d.p("This item has the following implications, as indicated:")
    d.p("<i>Risk management</i>")
    d.p("Failure to make accelerated progress could lead to the Secretary of State using the powers available under "
        "section 497A of the Education Act 1996, including the issuing of a statutory direction.")
    d.p("<i>Financial</i>")
    d.p("The additional capacity for the plan, estimated at £1.2m in 2022/23, will be met from the SEND reserve "
        "agreed by Full Council in February 2021.")
    d.date("February 2021", "2021-02")
    d.p("<i>Legal</i>")
    d.p("The local area must comply with the requirements of the Children and Families Act 2014 and the SEND Code of "
        "Practice.")
    d.h("Local Government (Access to Information) Act 1985<br/>List of Background Papers")
    d.table([["Paper", "Date", "Contact/Tel"],
             ["Lancashire Written Statement of Action", "May 2018", "Lorraine Haworth-Birch, (01772) 534129"],
             ["Ofsted and CQC revisit letter", "29/10/2021", "Lorraine Haworth-Birch, (01772) 534129"]],
            [8 * cm, 3 * cm, 5.2 * cm])
    d.date("May 2018", "2018-05")
    d.p("Reason for inclusion in Part II, if appropriate: N/A")

    d.add(PageBreak())
    d.p("<b>Appendix 'A'</b>", RIGHT)
    d.p("27 October 2021", LETTER)
    d.date("27 October 2021", "2021-10-27")
    d.p("Mr Edwin Thackeray<br/>Executive Director of Education and Children's Services<br/>Lancashire County "
        "Council<br/>County Hall<br/>Preston<br/>PR1 8XJ", LETTER)
    d.person("Edwin Thackeray", "Executive Director of Education and Children's Services", "officer")
    d.p("Ms Philippa Gorst, Director of Nursing and Quality, Lancashire and South Cumbria Integrated Care System",
        LETTER)
    d.person("Philippa Gorst", "Director of Nursing and Quality, Lancashire and South Cumbria Integrated Care System",
             "officer")
    d.p("Councillor Ruth Mollison, Cabinet Member for Education and Skills", LETTER)
    d.person("Ruth Mollison", "Cabinet Member for Education and Skills", "member")
    d.p("Dear Mr Thackeray and Ms Gorst", LETTER)
    d.p("<b>Joint area SEND revisit in Lancashire</b>", LETTER)
    d.p("Between 20 and 22 September 2021, Ofsted and the Care Quality Commission (CQC) revisited the area of "
        "Lancashire to decide whether sufficient progress has been made in addressing each of the areas of "
        "significant weakness detailed in the inspection report letter published on 31 January 2018.", LETTER)
    d.p("As a result of the findings of the initial inspection and in accordance with the Children Act 2004 (Joint "
        "Area Reviews) Regulations 2015, Her Majesty's Chief Inspector (HMCI) determined that a Written Statement "
        "of Action (WSoA) was required because of significant areas of weakness in the area's practice. HMCI "
        "determined that the local authority and the area's clinical commissioning groups (CCGs) were jointly "
        "responsible for submitting the written statement to Ofsted. This was declared fit for purpose on 27 June "
        "2018.", LETTER)
    d.p("The area has made sufficient progress in addressing seven of the twelve significant weaknesses identified "
        "at the initial inspection. The area has not made sufficient progress in addressing five significant "
        "weaknesses. This letter outlines our findings from the revisit.", LETTER)
    d.p("The revisit was led by one of Her Majesty's Inspectors from Ofsted, Bernadette Calloway HMI, with a "
        "Children's Services Inspector from the CQC, Andrew Nwosu, and an Ofsted Inspector, Fiona Rigby. Inspectors "
        "spoke with children and young people with SEND, parents and carers, and local authority and National "
        "Health Service (NHS) officers.", LETTER)
    d.person("Bernadette Calloway", "HMI", "other")
    d.person("Andrew Nwosu", "Children's Services Inspector, CQC", "other")
    d.person("Fiona Rigby", "Ofsted Inspector", "other")
    d.p("<b>Main findings</b>", LETTER)
    d.p("At the initial inspection, inspectors found the following areas of significant weakness in the area's "
        "practice:", LETTER)
    for text, themes in [
        ("the lack of strategic leadership and vision across the partnership", ["leadership-governance"]),
        ("leaders' inaccurate understanding of the local area, because self-evaluation is not accurate",
         ["leadership-governance"]),
        ("the lack of a clear strategy for joint commissioning, and the very limited use of joint commissioning to "
         "meet the needs of children and young people", ["joint-commissioning"]),
        ("the poor quality of EHC plans, and the lack of a rigorous quality assurance process",
         ["ehc-plans", "data-oversight"]),
        ("the unacceptably long waiting times for assessment on the autism spectrum disorder (ASD) pathway, and "
         "the lack of support for families while they wait", ["health-services"]),
        ("the lack of effective co-production with parents and carers, and the poor communication that leaves "
         "many parents feeling unheard", ["co-production"]),
        ("the inconsistent identification of needs in the early years", ["identification"]),
        ("the variability in the quality of SEN support in mainstream schools", ["inclusion-provision"]),
        ("the high rates of exclusion of pupils with SEND", ["inclusion-provision"]),
        ("a local offer that is not well known to parents or used by them", ["local-offer"]),
        ("the underdeveloped arrangements for preparing young people for adulthood", ["preparing-for-adulthood"]),
        ("the poor outcomes for children and young people with SEND, particularly at key stage 4",
         ["outcomes"])]:
        d.weak(text, themes, style=LETTER_BULLET)
    d.p("Inspectors found that leaders have established a shared vision, reflected in the SEND strategy and in the "
        "work of the SEND Partnership Board. Self-evaluation is now accurate. The quality assurance of EHC plans "
        "has improved considerably, and the plans sampled by inspectors were generally of good quality. Health "
        "visitors and early years settings work together well to identify needs early. Exclusions of pupils with "
        "SEND have fallen sharply. The local offer has been rebuilt and is now widely used. Outcomes at key stage 4 "
        "have improved, although they remain below those seen nationally.", LETTER)
    d.p("The area has made sufficient progress in addressing seven significant weaknesses: strategic leadership; "
        "self-evaluation; the quality of EHC plans; identification in the early years; exclusions; the local "
        "offer; and outcomes.", LETTER)
    d.p("However, joint commissioning remains underdeveloped. Leaders have agreed a joint commissioning framework, "
        "but it has had little impact on the services that families receive. Waiting times for the ASD pathway "
        "have increased since the initial inspection, and some families have waited more than two years. Many "
        "parents told inspectors that they still do not feel listened to. The quality of SEN support varies widely "
        "between schools. Preparation for adulthood is improving for young people in special schools but remains "
        "weak for those in mainstream settings.", LETTER)
    d.p("The area has not made sufficient progress in addressing five significant weaknesses: joint commissioning; "
        "waiting times on the ASD pathway; co-production and communication with parents; the variability of SEN "
        "support; and preparation for adulthood.", LETTER)
    d.p("As not all the significant weaknesses have improved, it is for the Department for Education (DfE) and NHS "
        "England to determine the next steps. Ongoing monitoring and support will continue through the "
        "Accelerated Progress Plan process.", LETTER)
    d.p("Yours sincerely", LETTER)
    d.table([["Bernadette Calloway<br/>Her Majesty's Inspector", "Andrew Nwosu<br/>Children's Services Inspector"]],
            [8 * cm, 8 * cm], header=False, grid=False, style=LETTER)
    d.p("cc: Department for Education; NHS England; Lancashire Parent Carer Forum", LETTER)

    d.add(PageBreak())
    d.p("<b>Appendix 'B'</b>", RIGHT)
    d.h("Accelerated Progress Plan: proposed structure")
    d.ruled([["Area", "Council lead", "Health lead", "First milestone", "Example measure"],
             ["Joint commissioning", "Head of Commissioning (SEND)", "ICS Head of Children's Commissioning",
              "Feb 2022", "Joint commissioning plan for therapies agreed"],
             ["ASD pathway", "Head of SEND Improvement and Partnerships", "ICS Director of Nursing and Quality",
              "Mar 2022", "Longest wait below 78 weeks"],
             ["Co-production and communication", "Head of SEND Improvement and Partnerships",
              "Designated Clinical Officer", "Jan 2022", "Parent confidence survey baseline"],
             ["SEN support in mainstream", "Head of Inclusion", "Designated Clinical Officer", "Apr 2022",
              "Ordinarily available provision guidance used by all schools"],
             ["Preparing for adulthood", "Head of Service, Post-16", "Transition lead, adult services", "Jun 2022",
              "Every Year 9 review includes a preparing for adulthood plan"]],
            [3.6 * cm, 3.3 * cm, 3.3 * cm, 2.4 * cm, 3.6 * cm])
    for text, iso in [("Feb 2022", "2022-02"), ("Mar 2022", "2022-03"), ("Jan 2022", "2022-01"),
                      ("Jun 2022", "2022-06")]:
        d.date(text, iso)
    d.p("Figures for the district areas, as at the end of October 2021:")
    d.date("October 2021", "2021-10")
    area_table(d, ["Burnley", "Chorley", "Fylde", "Hyndburn", "Lancaster", "Pendle", "Preston", "Ribble Valley",
                   "Rossendale", "South Ribble", "West Lancashire", "Wyre"], 3, "District")
    d.p("Pupils with SEND by primary need, January census:")
    need_table(d, 5)
    d.p("Schools with the largest number of suspensions of pupils with SEND:")
    school_table(d, 2, 20)
    return d


# ------------------------------------------------------------------------------------------------------------------
def nottingham_progress() -> Doc:
    committee = "Children and Young People Scrutiny Committee"
    rel = ("nottingham/round69-2023-06-15-children-and-young-people-scrutiny-committee/SEND Accelerated Progress "
           "Plan and Statutory Direction - progress update.pdf")
    d = Doc(rel, {"council": "Nottingham City Council", "council_slug": "nottingham", "committee": committee,
                  "meeting_date": "2023-06-15",
                  "title": "SEND Accelerated Progress Plan and Statutory Direction - progress update",
                  "source_kind": "moderngov-document",
                  "url": "https://committee.nottinghamcity.gov.uk/documents/s151288/SEND%20APP%20update.pdf"},
            {"council": "Nottingham City Council", "committee": committee, "date": "2023-06-15"},
            "Nottingham City Council", "", "")
    d.page_label = "Page {n}"
    d.title("Children and Young People Scrutiny Committee")
    d.p("<b>15 June 2023</b>")
    d.date("15 June 2023", "2023-06-15")
    d.p("<b>Special Educational Needs and Disabilities: Accelerated Progress Plan and Statutory Direction</b>")
    d.p("<b>Report of the Statutory Scrutiny Officer</b>")
    d.h("1&nbsp;&nbsp;&nbsp;Purpose")
    d.num("1.1", "To review the progress made by the Nottingham local area partnership against its Accelerated "
          "Progress Plan (APP) for special educational needs and disabilities (SEND), and to consider the "
          "arrangements put in place under the statutory direction issued to the Council.")
    d.h("2&nbsp;&nbsp;&nbsp;Action required")
    d.num("2.1", "The Committee is asked:")
    d.res("1)", "to note the progress update on the Accelerated Progress Plan and the work of the SEND Improvement "
          "Board;", "recommendation", style=ROMAN)
    d.res("2)", "to make any comments or recommendations in response to the update, including on the areas where "
          "progress has been slower than planned; and", "recommendation", style=ROMAN)
    d.res("3)", "to consider whether it wishes to receive a further update following the next review meeting with "
          "the Department for Education and NHS England.", "recommendation", style=ROMAN)
    d.h("3&nbsp;&nbsp;&nbsp;Information")
    d.num("3.1", "The local area's arrangements for children and young people with SEND were inspected by Ofsted "
          "and the Care Quality Commission from 25 to 29 March 2019. The inspection letter, published on 29 May "
          "2019, identified six areas of significant weakness and required the Council and the then Nottingham and "
          "Nottinghamshire Clinical Commissioning Group to produce a Written Statement of Action (WSoA), which was "
          "declared fit for purpose in October 2019.")
    d.date("from 25 to 29 March 2019", "2019-03-25", "2019-03-29")
    d.date("29 May 2019", "2019-05-29")
    d.date("October 2019", "2019-10")
    d.event("inspection", "2019-03-25", "2019-03-29", "The local area's arrangements for children and young people "
            "with SEND were inspected by Ofsted and the Care Quality Commission from 25 to 29 March 2019.")
    d.event("outcome-letter", "2019-05-29", None, "The inspection letter, published on 29 May 2019")
    d.event("wsoa-approved", "2019-10", None, "a Written Statement of Action (WSoA), which was declared fit for "
            "purpose in October 2019")
    d.num("3.2", "Ofsted and the CQC revisited the area between 28 and 30 March 2022. Their letter of 26 May 2022 "
          "found that sufficient progress had been made in two of the six areas, and that insufficient progress had "
          "been made in the other four. As a result the partnership was required to prepare an APP, which was "
          "submitted to the Department for Education (DfE) on 15 July 2022.")
    d.date("between 28 and 30 March 2022", "2022-03-28", "2022-03-30")
    d.date("26 May 2022", "2022-05-26")
    d.date("15 July 2022", "2022-07-15")
    d.event("revisit", "2022-03-28", "2022-03-30", "Ofsted and the CQC revisited the area between 28 and 30 March "
            "2022.")
    d.event("revisit-outcome", "2022-05-26", None, "Their letter of 26 May 2022 found that sufficient progress had "
            "been made in two of the six areas")
    d.event("progress-plan", "2022-07-15", None, "an APP, which was submitted to the Department for Education (DfE) "
            "on 15 July 2022")
    d.num("3.3", "On 8 August 2022 the Secretary of State issued a statutory direction to the Council under section "
          "497A(4B) of the Education Act 1996. The direction requires the Council to co-operate with an adviser "
          "appointed by the DfE, to establish a SEND Improvement Board with an independent chair, and to report "
          "progress to the DfE each quarter. The Improvement Board first met on 21 September 2022 and is chaired by "
          "Moira Strachan-Hale, who was appointed by the DfE.")
    d.date("8 August 2022", "2022-08-08")
    d.date("21 September 2022", "2022-09-21")
    d.event("statutory-direction", "2022-08-08", None, "On 8 August 2022 the Secretary of State issued a statutory "
            "direction to the Council under section 497A(4B) of the Education Act 1996.")
    d.person("Moira Strachan-Hale", None, "other")
    d.num("3.4", "The first formal review of the APP with advisers from the DfE and NHS England was held on 22 "
          "November 2022, and the second on 9 May 2023. At the second review the advisers recognised the progress "
          "made on EHC plan timeliness, but asked for faster progress on waiting times for the neurodevelopmental "
          "pathway. The next review is expected in November 2023.")
    d.date("22 November 2022", "2022-11-22")
    d.date("9 May 2023", "2023-05-09")
    d.date("November 2023", "2023-11")
    d.event("monitoring", "2022-11-22", None, "The first formal review of the APP with advisers from the DfE and "
            "NHS England was held on 22 November 2022")
    d.event("monitoring", "2023-05-09", None, "the second on 9 May 2023")
    d.event("monitoring", "2023-11", None, "The next review is expected in November 2023.")
    d.num("3.5", "The Director of Education Services and the Portfolio Holder for Children, Young People and "
          "Education have been invited to attend the meeting to present the attached briefing and answer the "
          "Committee's questions. Representatives of the Nottingham and Nottinghamshire Integrated Care Board (ICB) "
          "and of Nottingham City Parent Carer Forum have also been invited.")
    d.h("4&nbsp;&nbsp;&nbsp;List of attached information")
    d.num("4.1", "Briefing note: Accelerated Progress Plan progress update, with the APP tracker (June 2023).")
    d.date("June 2023", "2023-06")
    d.h("5&nbsp;&nbsp;&nbsp;Background papers, other than published works or those disclosing exempt or confidential "
        "information")
    d.num("5.1", "None")
    d.h("6&nbsp;&nbsp;&nbsp;Published documents referred to in compiling this report")
    d.num("6.1", "Ofsted and CQC, Joint area SEND revisit in Nottingham, 26 May 2022.")
    d.num("6.2", "Minutes of the meeting of the Children and Young People Scrutiny Committee held on 13 October "
          "2022.")
    d.date("13 October 2022", "2022-10-13")
    d.h("7&nbsp;&nbsp;&nbsp;Wards affected")
    d.num("7.1", "All")
    d.h("8&nbsp;&nbsp;&nbsp;Contact information")
    d.num("8.1", "Kieran Oduya, Senior Governance Officer<br/>kieran.oduya@nottinghamcity.gov.uk<br/>0115 876 "
          "4297")
    d.person("Kieran Oduya", "Senior Governance Officer", "officer", "kieran.oduya@nottinghamcity.gov.uk",
             "0115 876 4297")

    d.add(PageBreak())
    d.title("Briefing note: SEND Accelerated Progress Plan")
    d.table([["Author:", "Ailsa Brennock, Director of Education Services"],
             ["Portfolio Holder:", "Councillor Nadia Ferrante, Portfolio Holder for Children, Young People and "
              "Education"],
             ["Date:", "1 June 2023"]], [3.6 * cm, 12.6 * cm], header=False, grid=False)
    d.person("Ailsa Brennock", "Director of Education Services", "officer")
    d.person("Nadia Ferrante", "Portfolio Holder for Children, Young People and Education", "member")
    d.date("1 June 2023", "2023-06-01")
    d.h("Summary of progress")
    d.p("The APP addresses the four areas of significant weakness in which the revisit found insufficient "
        "progress. Each area is set out below as a heading in the tracker, followed by its actions. Of the 27 "
        "actions in the plan, 12 are complete, 10 are on track (green), 4 are at risk of delay (amber) and 1 is "
        "off track (red).")
    d.p("The two areas in which the revisit found sufficient progress (the local offer, and the identification of "
        "needs in the early years) are no longer part of formal monitoring, but the Improvement Board continues to "
        "receive a quarterly dashboard on both.")
    d.h("Key messages")
    for text in [
        "In the twelve months to April 2023, 61% of new EHC plans were issued within 20 weeks, compared with 19% "
        "in the year before the revisit.",
        "The waiting list for autism assessment has fallen from 1,460 in July 2022 to 1,185, but the longest wait is "
        "still over 100 weeks. The ICB has commissioned an additional provider from March 2023.",
        "A co-produced communication charter was launched with the Parent Carer Forum in January 2023.",
        "The post-16 work has been slower than planned because two supported internship providers withdrew."]:
        d.p(f"&bull; {text}", BULLET)
    for text, iso in [("April 2023", "2023-04"), ("July 2022", "2022-07"), ("March 2023", "2023-03"),
                      ("January 2023", "2023-01")]:
        d.date(text, iso)
    d.h("APP tracker (position at 31 May 2023)")
    d.date("31 May 2023", "2023-05-31")
    rows = [["Ref", "Action", "Lead", "Due", "RAG", "Update"]]
    spans = []
    areas = [
        ("Area 1", "The weak strategic leadership of the local area, including the lack of joint accountability "
         "between the local authority and the CCG for improving outcomes for children and young people with SEND.",
         ["leadership-governance"],
         [("1.1", "SEND Improvement Board in place with independent chair and agreed terms of reference",
           "Director of Education Services", "Sep 2022", "Complete", "First met 21/09/2022."),
          ("1.2", "Joint outcomes framework agreed by the Council and the ICB", "Head of SEND Strategy", "Dec 2022",
           "Complete", "Agreed by both boards."),
          ("1.3", "Quarterly performance dashboard to the Improvement Board and to scrutiny",
           "Head of SEND Strategy", "Mar 2023", "Green", "Second dashboard presented in May.")]),
        ("Area 2", "The poor timeliness and quality of EHC plans, and the weak contribution of health and social "
         "care professionals to EHC needs assessments.", ["ehc-plans"],
         [("2.1", "Recruit six additional EHC co-ordinators", "Head of SEND Services", "Oct 2022", "Complete",
           "All posts filled."),
          ("2.2", "Multi-agency audit of 20 plans each month", "Principal Educational Psychologist", "Nov 2022",
           "Green", "Audits held monthly since November; 54% judged good."),
          ("2.3", "Health advice returned within six weeks in 90% of cases", "Designated Clinical Officer",
           "Jun 2023", "Amber", "Currently 78%.")]),
        ("Area 3", "The long waiting times for assessment on the neurodevelopmental pathway, and the lack of support "
         "for families while they wait.", ["health-services"],
         [("3.1", "Commission additional assessment capacity", "ICB Head of Children's Commissioning", "Mar 2023",
           "Complete", "Second provider started in March."),
          ("3.2", "Reduce longest wait to under 52 weeks", "ICB Head of Children's Commissioning", "Mar 2024",
           "Red", "Longest wait 104 weeks; trajectory under review."),
          ("3.3", "Pre-diagnostic support offer published on the local offer", "Head of Early Help", "Jan 2023",
           "Complete", "Published.")]),
        ("Area 4", "The underdeveloped arrangements for preparing young people with SEND for adulthood, including "
         "the limited range of post-16 pathways.", ["preparing-for-adulthood"],
         [("4.1", "Preparing for adulthood protocol agreed with adult social care", "Head of 14-25 Services",
           "Dec 2022", "Complete", "Agreed."),
          ("4.2", "Supported internship places increased to 60", "Head of 14-25 Services", "Sep 2023", "Amber",
           "Two providers withdrew; 38 places confirmed."),
          ("4.3", "Every Year 9 annual review includes a preparing for adulthood section",
           "Head of SEND Services", "Jul 2023", "Green", "71% of reviews in the spring term.")])]
    for ref, text, themes, actions in areas:
        spans.append(len(rows))
        rows.append([f"<b>{ref}:</b> {text}", "", "", "", "", ""])
        d.record_weak(text, themes)
        for a in actions:
            rows.append(list(a))
    d.ruled(rows, [1.1 * cm, 4.5 * cm, 3 * cm, 1.9 * cm, 1.9 * cm, 3.8 * cm], spans=spans)
    for text, iso in [("Sep 2022", "2022-09"), ("Dec 2022", "2022-12"), ("Mar 2023", "2023-03"),
                      ("Oct 2022", "2022-10"), ("Nov 2022", "2022-11"), ("Jun 2023", "2023-06"),
                      ("Mar 2024", "2024-03"), ("Jan 2023", "2023-01"), ("Sep 2023", "2023-09"),
                      ("Jul 2023", "2023-07"), ("21/09/2022", "2022-09-21")]:
        if not any(x["start"] == iso and x["end"] is None for x in d.dates):
            d.date(text, iso)
    d.h("Next steps")
    d.p("The Improvement Board will next meet on 19 July 2023 and will consider a revised trajectory for the "
        "neurodevelopmental pathway. The quarterly report to the DfE under the statutory direction is due by 31 July "
        "2023.")
    d.date("19 July 2023", "2023-07-19")
    d.date("31 July 2023", "2023-07-31")
    d.h("Data annex")
    d.p("Table A: children and young people with an EHC plan or receiving SEN support, by primary need")
    need_table(d, 8)
    d.p("Table B: EHC plans and requests by area of the city")
    area_table(d, ["Bulwell", "Bestwood", "Aspley", "Basford", "Sherwood", "Mapperley", "St Ann's", "Sneinton",
                   "Radford", "Lenton", "Meadows", "Clifton", "Wollaton", "Berridge"], 6, "Area")
    d.p("Table C: mainstream schools with resourced provision or high suspension rates")
    school_table(d, 9, 18)
    return d


# ------------------------------------------------------------------------------------------------------------------
def north_tyneside_cabinet() -> Doc:
    rel = ("north-tyneside/round69-2019-04-08-cabinet/Local Area SEND Written Statement of Action - Cabinet report "
           "and Appendix 1.pdf")
    d = Doc(rel, {"council": "North Tyneside Council", "council_slug": "north-tyneside", "committee": "Cabinet",
                  "meeting_date": "2019-04-08",
                  "title": "Local Area SEND Written Statement of Action - Cabinet report and Appendix 1",
                  "source_kind": "moderngov-document",
                  "url": "https://democracy.northtyneside.gov.uk/documents/s4127/SEND%20WSoA%20Cabinet.pdf"},
            {"council": "North Tyneside Council", "committee": "Cabinet", "date": "2019-04-08"},
            "", "", "")
    d.page_label = "{n}"
    d.p("<b>North Tyneside Council<br/>Report to Cabinet</b>", CENTRE)
    d.table([["Date:", "8 April 2019"],
             ["Title:", "Local Area Special Educational Needs and Disabilities (SEND) Written Statement of Action"],
             ["Portfolio(s):", "Children, Young People and Learning"],
             ["Cabinet Member(s):", "Councillor Beverley Ashdown"],
             ["Report from Service Area:", "Health, Education, Care and Safeguarding"],
             ["Responsible Officer:", "Graham Tulloch, Director of Children's and Adult Services<br/>Tel: (0191) 643 "
              "7317"],
             ["Wards affected:", "All"]], [4.4 * cm, 11.8 * cm], header=False)
    d.date("8 April 2019", "2019-04-08")
    d.person("Beverley Ashdown", "Cabinet Member, Children, Young People and Learning", "member")
    d.person("Graham Tulloch", "Director of Children's and Adult Services", "officer", None, "(0191) 643 7317")
    d.h("PART 1")
    d.num("1.1", "<b>Executive Summary:</b>")
    d.p("Between 26 and 30 November 2018, Ofsted and the Care Quality Commission (CQC) carried out a joint "
        "inspection of the North Tyneside local area to judge the effectiveness of the area in implementing the "
        "special educational needs and disability reforms set out in the Children and Families Act 2014. The "
        "outcome letter, published on 31 January 2019, recognised a number of strengths but identified four areas "
        "of significant weakness, and Her Majesty's Chief Inspector determined that a Written Statement of Action "
        "(WSoA) was required.", INDENT)
    d.date("Between 26 and 30 November 2018", "2018-11-26", "2018-11-30")
    d.date("31 January 2019", "2019-01-31")
    d.event("inspection", "2018-11-26", "2018-11-30", "Between 26 and 30 November 2018, Ofsted and the Care Quality "
            "Commission (CQC) carried out a joint inspection of the North Tyneside local area")
    d.event("outcome-letter", "2019-01-31", None, "The outcome letter, published on 31 January 2019")
    d.p("The Council and North Tyneside Clinical Commissioning Group (CCG) are jointly responsible for the WSoA, "
        "which must be submitted to Ofsted no later than 10 May 2019. This report presents the draft WSoA, attached "
        "as Appendix 1, for Cabinet's approval.", INDENT)
    d.date("10 May 2019", "2019-05-10")
    d.event("wsoa-submitted", "2019-05-10", None, "the WSoA, which must be submitted to Ofsted no later than 10 May "
            "2019")
    d.num("1.2", "<b>Recommendation(s):</b>")
    d.p("It is recommended that Cabinet:", INDENT)
    d.res("(1)", "approves the draft Written Statement of Action attached as Appendix 1 to this report;",
          "recommendation", style=ROMAN)
    d.res("(2)", "authorises the Director of Children's and Adult Services, in consultation with the Cabinet Member "
          "for Children, Young People and Learning and the Chief Officer of North Tyneside CCG, to make any final "
          "amendments to the WSoA before it is submitted to Ofsted; and", "recommendation", style=ROMAN)
    d.res("(3)", "agrees to receive a report on progress against the WSoA every six months.", "recommendation",
          style=ROMAN)
    d.num("1.3", "<b>Forward Plan:</b>")
    d.p("Twenty eight days notice of this report has been given and it first appeared on the Forward Plan that was "
        "published on 8 March 2019.", INDENT)
    d.date("8 March 2019", "2019-03-08")
    d.num("1.4", "<b>Council Plan and Policy Framework</b>")
    d.p("This report relates to the following priorities in the Our North Tyneside Plan 2018-2020: our people will "
        "be ready for school, work and life; our people will be supported to achieve their full potential.", INDENT)
    d.num("1.5", "<b>Information:</b>")
    d.num("1.5.1", "<i>Background</i>")
    d.p("The inspection found that the area had a good understanding of its strengths, that children and young "
        "people with SEND achieve well in the early years, and that special schools are highly regarded by parents. "
        "The four areas of significant weakness relate to joint commissioning, the quality of EHC plans, "
        "communication with parents, and the oversight of children on part-time timetables. They are set out in full "
        "in section 2 of the WSoA.", INDENT)
    d.num("1.5.2", "<i>Developing the WSoA</i>")
    d.p("The WSoA has been written with the North Tyneside Parent Carer Forum, school and college leaders and "
        "health providers. Two engagement events were held with parents and carers, on 26 February 2019 and 14 "
        "March 2019, attended by 112 people. The SEND Strategic Partnership Board considered the draft on 28 March "
        "2019.", INDENT)
    for text, iso in [("26 February 2019", "2019-02-26"), ("14 March 2019", "2019-03-14"),
                      ("28 March 2019", "2019-03-28")]:
        d.date(text, iso)
    d.num("1.5.3", "<i>Monitoring</i>")
    d.p("Once the WSoA is declared fit for purpose, progress will be monitored by the Department for Education and "
        "NHS England, and Ofsted and the CQC may revisit the area to assess whether sufficient progress has been "
        "made.", INDENT)
    d.num("1.6", "<b>Decision options:</b>")
    d.p("Option 1: Cabinet approves the recommendations in paragraph 1.2.<br/>Option 2: Cabinet does not approve the "
        "recommendations and asks officers to revise the WSoA. Option 1 is the recommended option.", INDENT)
    d.num("1.7", "<b>Reasons for recommended option:</b>")
    d.p("The Council has a statutory duty to submit a WSoA that is fit for purpose within 70 working days of the "
        "publication of the inspection letter.", INDENT)
    d.num("1.8", "<b>Appendices:</b>")
    d.p("Appendix 1: North Tyneside Local Area SEND Written Statement of Action (draft, version 0.9)", INDENT)
    d.num("1.9", "<b>Contact officers:</b>")
    d.p("Rachael Dunstable, Senior Manager, SEND and Inclusion, tel. (0191) 643 8821<br/>Alison Kerrigan, Head of "
        "Commissioning and Quality, North Tyneside CCG, tel. (0191) 293 1140<br/>Peter Lambton, Finance Business "
        "Manager, tel. (0191) 643 7062", INDENT)
    d.person("Rachael Dunstable", "Senior Manager, SEND and Inclusion", "officer", None, "(0191) 643 8821")
    d.person("Alison Kerrigan", "Head of Commissioning and Quality, North Tyneside CCG", "officer", None,
             "(0191) 293 1140")
    d.person("Peter Lambton", "Finance Business Manager", "officer", None, "(0191) 643 7062")
    d.num("1.10", "<b>Background information:</b>")
    d.p("Ofsted and CQC, Joint local area SEND inspection in North Tyneside, letter of 31 January 2019", INDENT)
    d.h("PART 2 &ndash; COMPLIANCE WITH PRINCIPLES OF DECISION MAKING")
    d.num("2.1", "<b>Finance and other resources</b>")
    d.p("The actions in the WSoA will be delivered from existing resources, with the exception of two additional "
        "EHC co-ordinator posts (£84,000 a year), which will be met from the High Needs Block in 2019/20.", INDENT)
    d.num("2.2", "<b>Legal</b>")
    d.p("The requirement for a WSoA is set out in the Children Act 2004 (Joint Area Reviews) Regulations 2015.",
        INDENT)
    d.num("2.3", "<b>Consultation/community engagement</b>")
    d.p("See paragraph 1.5.2.", INDENT)
    d.num("2.4", "<b>Human rights</b>&nbsp;&nbsp;There are no human rights implications.")
    d.num("2.5", "<b>Equalities and diversity</b>&nbsp;&nbsp;An equality impact assessment has been completed.")
    d.num("2.6", "<b>Risk management</b>&nbsp;&nbsp;The risk of failing to improve is recorded on the corporate risk "
          "register.")
    d.num("2.7", "<b>Crime and disorder</b>&nbsp;&nbsp;None.")
    d.num("2.8", "<b>Environment and sustainability</b>&nbsp;&nbsp;None.")
    d.h("PART 3 &ndash; SIGN OFF")
    d.table([["Chief Executive", "X"], ["Director(s) of Service", "X"], ["Mayor/Cabinet Member(s)", "X"],
             ["Chief Finance Officer", "X"], ["Monitoring Officer", "X"], ["Assistant Chief Executive", "X"]],
            [8 * cm, 2 * cm], header=False)

    d.add(PageBreak())
    d.p("<b>Appendix 1</b>", RIGHT)
    d.title("North Tyneside Local Area<br/>Written Statement of Action")
    d.p("Special educational needs and disabilities<br/>Draft version 0.9 &ndash; for Cabinet, 8 April 2019")
    d.h("Foreword")
    d.p("We are determined that every child and young person with SEND in North Tyneside has the best possible "
        "start in life. The inspection told us where we are doing well, and it told us clearly where we must do "
        "better. This statement sets out what we will do, who will do it and how we will know that it has made a "
        "difference for families.")
    d.table([["Mayor Norah Redpath<br/>Elected Mayor of North Tyneside", "Dr Callum Rennie<br/>Chair, North "
              "Tyneside Clinical Commissioning Group"],
             ["Graham Tulloch<br/>Director of Children's and Adult Services", "Joanne Prendergast<br/>Chair, North "
              "Tyneside Parent Carer Forum"]], [8 * cm, 8 * cm], header=False, grid=False)
    d.person("Norah Redpath", "Elected Mayor of North Tyneside", "member")
    d.person("Dr Callum Rennie", "Chair, North Tyneside Clinical Commissioning Group", "officer")
    d.person("Joanne Prendergast", "Chair, North Tyneside Parent Carer Forum", "other")
    d.h("1. Introduction")
    d.p("Between 26 and 30 November 2018, Ofsted and the CQC inspected the local area. This statement responds to "
        "the areas of significant weakness in the outcome letter. It will be overseen by the SEND Strategic "
        "Partnership Board, which reports to the Health and Wellbeing Board and to the CCG's Governing Body.")
    d.h("2. The areas of significant weakness")
    d.p("The letter of 31 January 2019 stated that the inspection raises significant concerns about the "
        "effectiveness of the area, and that the local area is required to produce and submit a WSoA to explain how "
        "it will tackle the following areas of significant weakness:")
    weak = [
        ("1.", "the lack of a joint commissioning strategy, and the absence of jointly commissioned services to meet "
         "identified gaps, particularly in therapies", ["joint-commissioning"]),
        ("2.", "the inconsistent quality of EHC plans, and the poor contribution of health and social care to EHC "
         "needs assessments", ["ehc-plans"]),
        ("3.", "weak communication with parents and carers, which means that many do not understand the local "
         "offer or how decisions about their children are made", ["co-production", "local-offer"]),
        ("4.", "the lack of oversight of children and young people with SEND who are on part-time timetables or "
         "educated other than at school", ["inclusion-provision", "data-oversight"])]
    for label, text, themes in weak:
        d.weak(text, themes, marker=label, style=HANG)
    d.h("3. Governance and monitoring")
    d.p("The SEND Strategic Partnership Board will receive a highlight report at every meeting. The first formal "
        "review with the Department for Education and NHS England is expected in November 2019, six months after "
        "the statement is declared fit for purpose.")
    d.date("November 2019", "2019-11")
    d.event("monitoring", "2019-11", None, "The first formal review with the Department for Education and NHS "
            "England is expected in November 2019")
    plans = [
        ("Priority 1: Joint commissioning", [
            ("1a", "Agree a joint commissioning strategy for SEND 0-25", "Head of Commissioning and Quality (CCG)",
             "Sep 2019", "Strategy agreed by Cabinet and the CCG Governing Body"),
            ("1b", "Jointly commission an occupational therapy service for children in mainstream schools",
             "Senior Manager, SEND and Inclusion", "Apr 2020", "Waits under 18 weeks"),
            ("1c", "Publish a joint needs assessment for SEND", "Public Health Manager", "Dec 2019",
             "Published on the local offer")]),
        ("Priority 2: Quality of EHC plans", [
            ("2a", "Multi-agency quality assurance framework for EHC plans", "Principal Educational Psychologist",
             "Jul 2019", "80% of plans audited judged good"),
            ("2b", "Designated Clinical Officer post established", "Head of Commissioning and Quality (CCG)",
             "Jun 2019", "Post filled; health advice in 6 weeks"),
            ("2c", "Training for social workers on contributions to EHC needs assessments",
             "Senior Manager, Safeguarding", "Oct 2019", "All teams trained")]),
        ("Priority 3: Communication with parents and carers", [
            ("3a", "Co-produce a communication strategy with the Parent Carer Forum", "Senior Manager, SEND and "
             "Inclusion", "Jul 2019", "Strategy launched"),
            ("3b", "Relaunch the local offer website", "Information Services Manager", "Jan 2020",
             "Parent survey: 60% find it useful")]),
        ("Priority 4: Part-time timetables and education other than at school", [
            ("4a", "Schools to notify the Council of every part-time timetable", "Head of Inclusion", "Sep 2019",
             "Register in place"),
            ("4b", "Monthly review of all children with SEND on part-time timetables", "Head of Inclusion",
             "Oct 2019", "No timetable longer than 6 weeks without review")])]
    for heading, actions in plans:
        d.h(heading)
        rows = [["Ref", "Action", "Lead", "By", "Success measure"]] + [list(a) for a in actions]
        d.ruled(rows, [1.1 * cm, 5.4 * cm, 3.9 * cm, 1.9 * cm, 3.9 * cm])
    for text, iso in [("Sep 2019", "2019-09"), ("Apr 2020", "2020-04"), ("Dec 2019", "2019-12"),
                      ("Jul 2019", "2019-07"), ("Jun 2019", "2019-06"), ("Oct 2019", "2019-10"),
                      ("Jan 2020", "2020-01")]:
        d.date(text, iso)
    d.h("4. Baseline information")
    d.p("EHC plans by primary need, January 2019 census:")
    d.date("January 2019", "2019-01")
    need_table(d, 11)
    d.p("Locality information:")
    area_table(d, ["North West", "North East", "South West", "Wallsend", "Whitley Bay", "Tynemouth", "Longbenton",
                   "Killingworth"], 12, "Locality")
    d.p("Schools with the highest use of part-time timetables for pupils with SEND (autumn term):")
    school_table(d, 13, 16)
    return d


# ------------------------------------------------------------------------------------------------------------------
def peterborough_scrutiny() -> Doc:
    committee = "Children and Education Scrutiny Committee"
    rel = ("peterborough/round69-2026-01-19-children-and-education-scrutiny-committee/Area SEND Inspection - "
           "Priority Action Plan Progress Report.pdf")
    d = Doc(rel, {"council": "Peterborough City Council", "council_slug": "peterborough", "committee": committee,
                  "meeting_date": "2026-01-19", "title": "Area SEND Inspection - Priority Action Plan Progress Report",
                  "source_kind": "moderngov-document",
                  "url": "https://democracy.peterborough.gov.uk/documents/s58812/PAP%20Progress%20Report.pdf"},
            {"council": "Peterborough City Council", "committee": committee, "date": "2026-01-19"},
            "", "", "")
    d.page_label = "{n}"
    d.table([["CHILDREN AND EDUCATION SCRUTINY COMMITTEE", "AGENDA ITEM No. 6"],
             ["19 JANUARY 2026", "PUBLIC REPORT"]], [11 * cm, 5.2 * cm], header=False)
    d.date("19 JANUARY 2026", "2026-01-19")
    d.space(6)
    d.table([["Report of:", "Martin Oyelaran, Executive Director of Children's Services"],
             ["Cabinet Member(s) responsible:", "Councillor Sadia Rahimi, Cabinet Member for Children's Services and "
              "Education"],
             ["Contact Officer(s):", "Helen Brackley, Assistant Director, SEND and Inclusion<br/>Tel. 07928 "
              "114305"]], [5.2 * cm, 11 * cm], header=False)
    d.person("Martin Oyelaran", "Executive Director of Children's Services", "officer")
    d.person("Sadia Rahimi", "Cabinet Member for Children's Services and Education", "member")
    d.person("Helen Brackley", "Assistant Director, SEND and Inclusion", "officer", None, "07928 114305")
    d.space(6)
    d.p("<b>AREA SEND INSPECTION: PRIORITY ACTION PLAN &ndash; PROGRESS REPORT</b>", CENTRE)
    d.table([["R E C O M M E N D A T I O N S"],
             ["FROM: Executive Director of Children's Services&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Deadline date: N/A"]],
            [16.2 * cm], header=False)
    d.p("It is recommended that the Children and Education Scrutiny Committee:")
    d.res("1.", "Notes the progress made against the Priority Action Plan since its submission to Ofsted, and the "
          "outcome of the first monitoring meeting with the Department for Education and NHS England.",
          "recommendation", style=NUMBERED)
    d.res("2.", "Comments on the areas where progress has been slowest, as shown in the tracker at Appendix 2.",
          "recommendation", style=NUMBERED)
    d.res("3.", "Agrees to receive the next progress report in June 2026, after the second monitoring meeting.",
          "recommendation", style=NUMBERED)
    d.date("June 2026", "2026-06")
    d.h("1.&nbsp;&nbsp;&nbsp;ORIGIN OF REPORT")
    d.num("1.1", "This report is presented to the Committee in line with the resolution of 8 September 2025 that the "
          "Committee receive regular updates on the local area's response to the area SEND inspection.")
    d.date("8 September 2025", "2025-09-08")
    d.h("2.&nbsp;&nbsp;&nbsp;PURPOSE AND REASON FOR REPORT")
    d.num("2.1", "The purpose of this report is to update the Committee on the Peterborough local area partnership's "
          "Priority Action Plan (PAP).")
    d.num("2.2", "This report is for the Children and Education Scrutiny Committee to consider under its Terms of "
          "Reference No. Part 3, Section 4, Overview and Scrutiny Functions, paragraph 2.1, Functions determined by "
          "the Council: Children's Services including (a) Education and (b) Special Educational Needs.")
    d.num("2.3", "This report links to the corporate priority of the best start in life for children and young "
          "people.")
    d.h("3.&nbsp;&nbsp;&nbsp;TIMESCALES")
    d.table([["Is this a Major Policy Item/Statutory Plan?", "NO", "If yes, date for Cabinet meeting", "N/A"]],
            [6 * cm, 1.6 * cm, 5.6 * cm, 3 * cm], header=False)
    d.h("4.&nbsp;&nbsp;&nbsp;BACKGROUND AND KEY ISSUES")
    d.num("4.1", "Ofsted and the Care Quality Commission carried out an area SEND inspection of the Peterborough "
          "local area partnership between 14 and 18 July 2025, under the framework introduced in January 2023, and "
          "published their report on 5 September 2025. The inspection resulted in the lowest of the three possible "
          "outcomes: there are widespread and/or systemic failings leading to significant concerns about the "
          "experiences and outcomes of children and young people with SEND, which the local area partnership must "
          "address urgently.")
    d.date("between 14 and 18 July 2025", "2025-07-14", "2025-07-18")
    d.date("January 2023", "2023-01")
    d.date("5 September 2025", "2025-09-05")
    d.event("inspection", "2025-07-14", "2025-07-18", "Ofsted and the Care Quality Commission carried out an area "
            "SEND inspection of the Peterborough local area partnership between 14 and 18 July 2025")
    d.event("outcome-letter", "2025-09-05", None, "published their report on 5 September 2025")
    d.num("4.2", "The previous inspection of the area, under the 2016 framework, took place in June 2019 and led to "
          "a Written Statement of Action.")
    d.date("June 2019", "2019-06")
    d.event("inspection", "2019-06", None, "The previous inspection of the area, under the 2016 framework, took "
            "place in June 2019")
    d.num("4.3", "The report identified two areas for priority action and three areas for improvement. They are "
          "reproduced in full at Appendix 1, with the section of the PAP that addresses each.")
    d.num("4.4", "The PAP was agreed by the SEND Partnership Board on 9 October 2025 and submitted to Ofsted on 16 "
          "October 2025, within the 35 working days allowed. It was published on the Local Offer on 3 November "
          "2025.")
    d.date("9 October 2025", "2025-10-09")
    d.date("16 October 2025", "2025-10-16")
    d.date("3 November 2025", "2025-11-03")
    d.event("progress-plan", "2025-10-09", None, "The PAP was agreed by the SEND Partnership Board on 9 October 2025")
    d.event("progress-plan", "2025-10-16", None, "submitted to Ofsted on 16 October 2025")
    d.event("progress-plan", "2025-11-03", None, "It was published on the Local Offer on 3 November 2025.")
    d.num("4.5", "The first monitoring meeting with the Department for Education's SEND adviser, Dr Eleanor "
          "Pickavance, and NHS England's regional clinical lead, Sanjay Mistry, was held on 11 December 2025. The "
          "advisers found the plan to be well focused, and said that the partnership should now concentrate on "
          "showing the impact of its actions on the timeliness of needs assessments.")
    d.date("11 December 2025", "2025-12-11")
    d.event("monitoring", "2025-12-11", None, "The first monitoring meeting with the Department for Education's "
            "SEND adviser, Dr Eleanor Pickavance, and NHS England's regional clinical lead, Sanjay Mistry, was held "
            "on 11 December 2025.")
    d.person("Dr Eleanor Pickavance", "SEND adviser, Department for Education", "officer")
    d.person("Sanjay Mistry", "regional clinical lead, NHS England", "officer")
    d.num("4.6", "Progress against the plan's 31 actions is summarised in the tracker at Appendix 2. Headline "
          "figures at the end of December 2025:")
    d.date("December 2025", "2025-12")
    for text in [
        "EHC needs assessments completed within 20 weeks: 37% in the autumn term, up from 11% in the spring term.",
        "Overdue needs assessments: 214, down from 402 at the time of the inspection.",
        "Joint strategic needs assessment for SEND: draft completed; to the Health and Wellbeing Board in March "
        "2026.",
        "Children missing education with an EHC plan: a named officer now reviews every case within ten days."]:
        d.p(f"&bull; {text}", BULLET)
    d.date("March 2026", "2026-03")
    d.num("4.7", "Ofsted and the CQC will carry out a monitoring inspection of the area, normally about 18 months "
          "after the publication of the report, and a full reinspection within about three years.")
    d.h("5.&nbsp;&nbsp;&nbsp;CONSULTATION")
    d.num("5.1", "Peterborough Parent Carer Forum co-produced the plan's measures of success and sits on the SEND "
          "Partnership Board. Its chair, Lorna Whitlock, will attend the meeting.")
    d.person("Lorna Whitlock", "chair, Peterborough Parent Carer Forum", "other")
    d.h("6.&nbsp;&nbsp;&nbsp;ANTICIPATED OUTCOMES OR IMPACT")
    d.num("6.1", "That the Committee is assured on the progress of the plan and identifies any areas for further "
          "scrutiny.")
    d.h("7.&nbsp;&nbsp;&nbsp;REASON FOR THE RECOMMENDATION")
    d.num("7.1", "To enable the Committee to carry out its role in scrutinising the partnership's response to the "
          "inspection.")
    d.h("8.&nbsp;&nbsp;&nbsp;ALTERNATIVE OPTIONS CONSIDERED")
    d.num("8.1", "Not to report progress: rejected, as the Committee asked for regular updates.")
    d.h("9.&nbsp;&nbsp;&nbsp;IMPLICATIONS")
    d.p("<i>Financial Implications</i>")
    d.num("9.1", "The additional EHC assessment capacity (£640,000) is funded from the Dedicated Schools Grant "
          "High Needs Block in 2025/26.")
    d.p("<i>Legal Implications</i>")
    d.num("9.2", "The Council has duties under Part 3 of the Children and Families Act 2014.")
    d.p("<i>Equalities Implications</i>")
    d.num("9.3", "The plan is intended to improve outcomes for children and young people with a protected "
          "characteristic.")
    d.p("<i>Carbon Impact Assessment</i>")
    d.num("9.4", "None.")
    d.h("10.&nbsp;&nbsp;&nbsp;BACKGROUND DOCUMENTS")
    d.p("Used to prepare this report, in accordance with the Local Government (Access to Information) Act 1985")
    d.num("10.1", "Ofsted and CQC, Area SEND inspection of Peterborough Local Area Partnership, September 2025.")
    d.date("September 2025", "2025-09")
    d.h("11.&nbsp;&nbsp;&nbsp;APPENDICES")
    d.num("11.1", "Appendix 1 &ndash; Inspection findings and where the PAP addresses them<br/>Appendix 2 &ndash; "
          "PAP tracker, December 2025")

    d.add(PageBreak())
    d.p("<b>APPENDIX 1 &ndash; INSPECTION FINDINGS AND WHERE THE PAP ADDRESSES THEM</b>")
    rows = [["Ref", "Finding (as worded in the inspection report)", "PAP section"]]
    findings = [
        ("AfPA 1", "Leaders must act urgently to reduce the number of EHC needs assessments that are not completed "
         "within 20 weeks, and must make sure that the quality of plans does not fall as timeliness improves.",
         ["ehc-plans"], "Section A"),
        ("AfPA 2", "Leaders across education, health and care must develop a shared understanding of the needs of "
         "children and young people with SEND and use it to commission the services that are needed, including "
         "speech and language therapy and support for emotional well-being.", ["joint-commissioning"],
         "Section B"),
        ("AfI 1", "Leaders should make sure that children with SEND who are electively home educated or missing "
         "education are known and supported.", ["inclusion-provision", "data-oversight"], "Section C"),
        ("AfI 2", "Leaders should improve the way that they communicate with parents and carers about changes to "
         "services, so that families know what is happening and why.", ["co-production"], "Section D"),
        ("AfI 3", "Leaders should strengthen transition planning for young people moving into adult health "
         "services.", ["preparing-for-adulthood"], "Section E")]
    for ref, text, themes, where in findings:
        rows.append([ref, text, where])
        d.record_weak(text, themes)
    d.ruled(rows, [1.8 * cm, 11.4 * cm, 3 * cm])
    d.space(10)
    d.p("<b>APPENDIX 2 &ndash; PAP TRACKER, DECEMBER 2025</b>")
    d.ruled([["Section", "Action", "Owner", "Target", "RAG", "Comment"],
             ["A", "Clear backlog of overdue needs assessments", "Head of SEND Services", "Mar 2026", "Amber",
              "214 overdue; trajectory slightly behind"],
             ["A", "Recruit eight EHC co-ordinators", "Head of SEND Services", "Nov 2025", "Green", "Complete"],
             ["A", "Monthly multi-agency audit of plans", "Principal Educational Psychologist", "Dec 2025", "Green",
              "First two audits held"],
             ["B", "Joint strategic needs assessment for SEND", "Director of Public Health", "Mar 2026", "Green",
              "Draft complete"],
             ["B", "Joint commissioning plan for therapies", "ICB Associate Director of Commissioning", "Jul 2026",
              "Amber", "Dependent on JSNA"],
             ["C", "Named officer for children missing education with an EHC plan", "Head of Inclusion",
              "Oct 2025", "Green", "In post"],
             ["D", "Quarterly newsletter co-produced with the forum", "Participation Lead", "Jan 2026", "Green",
              "First issue out"],
             ["E", "Transition protocol with adult health services", "Designated Clinical Officer", "Sep 2026",
              "Red", "Not started; capacity"]],
            [1.5 * cm, 4.6 * cm, 3.3 * cm, 1.9 * cm, 1.4 * cm, 3.5 * cm])
    for text, iso in [("Mar 2026", "2026-03"), ("Nov 2025", "2025-11"), ("Jul 2026", "2026-07"),
                      ("Oct 2025", "2025-10"), ("Jan 2026", "2026-01"), ("Sep 2026", "2026-09")]:
        if not any(x["start"] == iso and x["end"] is None for x in d.dates):
            d.date(text, iso)
    d.space(10)
    d.p("<b>Supporting data</b>")
    need_table(d, 14)
    area_table(d, ["Central", "Dogsthorpe", "East", "Fletton and Woodston", "Hampton", "North", "Orton", "Park",
                   "Paston and Walton", "Werrington", "Wittering"], 15, "Ward group")
    school_table(d, 16, 14)
    return d


# ------------------------------------------------------------------------------------------------------------------
def leicester_pack() -> Doc:
    committee = "Children, Young People and Education Scrutiny Commission"
    rel = ("leicester/round69-2026-03-03-children-young-people-and-education-scrutiny-commission/Agenda reports "
           "pack 03032026.pdf")
    d = Doc(rel, {"council": "Leicester City Council", "council_slug": "leicester", "committee": committee,
                  "meeting_date": "2026-03-03", "title": "Agenda reports pack 03032026",
                  "source_kind": "moderngov-document",
                  "url": "https://cabinet.leicester.gov.uk/documents/g13322/Public%20reports%20pack%2003rd-Mar-2026"
                         "%2017.30%20Children%20Young%20People%20and%20Education%20Scrutiny%20Commission.pdf"},
            {"council": "Leicester City Council", "committee": committee, "date": "2026-03-03"},
            "", "", "")
    d.page_label = "{n}"
    d.p("<b>Leicester City Council</b>", RIGHT)
    d.title("Children, Young People and Education Scrutiny Commission")
    d.table([["Date:", "TUESDAY, 3 MARCH 2026"], ["Time:", "5:30 pm"],
             ["Place:", "Meeting Rooms G.01 and G.02, Ground Floor, City Hall, 115 Charles Street, Leicester, "
              "LE1 1FZ"]], [2.6 * cm, 13.6 * cm], header=False, grid=False)
    d.date("TUESDAY, 3 MARCH 2026", "2026-03-03")
    d.p("<b>Members of the Commission</b>")
    d.p("Councillor Imran Dhanji (Chair)<br/>Councillor Roisin Callaghan (Vice-Chair)<br/>Councillors Amarjit "
        "Bhullar, Teresa Fordyce, Yusuf Hafeji, Sheila Kettleby, Daniel Oakes and Priti Vaghela")
    d.p("<b>Standing Invitees (Non-voting)</b><br/>Youth Council representatives<br/>Mark Sefton, Teaching Union "
        "representative")
    for name, role in [("Imran Dhanji", "Chair"), ("Roisin Callaghan", "Vice-Chair"), ("Amarjit Bhullar", None),
                       ("Teresa Fordyce", None), ("Yusuf Hafeji", None), ("Sheila Kettleby", None),
                       ("Daniel Oakes", None), ("Priti Vaghela", None)]:
        d.person(name, role, "member")
    d.person("Mark Sefton", "Teaching Union representative", "other")
    d.p("Members of the Commission are summoned to attend the above meeting to consider the items of business listed "
        "overleaf.")
    d.p("For Monitoring Officer")
    d.p("<b>Officer contact:</b> Bethany Pridmore, Governance Services, Tel: 0116 454 6352, e-mail: "
        "bethany.pridmore@leicester.gov.uk<br/>Leicester City Council, City Hall, 115 Charles Street, Leicester, "
        "LE1 1FZ")
    d.person("Bethany Pridmore", "Governance Services", "officer", "bethany.pridmore@leicester.gov.uk",
             "0116 454 6352")
    d.h("PUBLIC SESSION &ndash; AGENDA")
    d.table([["1.", "WELCOME AND APOLOGIES FOR ABSENCE"],
             ["2.", "DECLARATIONS OF INTEREST"],
             ["3.", "MINUTES OF THE PREVIOUS MEETING (Appendix A)<br/>The minutes of the meeting held on 2 December "
              "2025 are attached, and Members are asked to confirm them as a correct record."],
             ["4.", "CHAIR'S ANNOUNCEMENTS"],
             ["5.", "QUESTIONS, REPRESENTATIONS AND STATEMENTS OF CASE"],
             ["6.", "PETITIONS"],
             ["7.", "SEND STRATEGIC IMPROVEMENT PLAN: PROGRESS UPDATE (Appendix B)"],
             ["8.", "ELECTIVE HOME EDUCATION ANNUAL REPORT (Appendix C)"],
             ["9.", "WORK PROGRAMME (Appendix D)"],
             ["10.", "ANY OTHER URGENT BUSINESS"]], [1.2 * cm, 15 * cm], header=False, grid=False)
    d.date("2 December 2025", "2025-12-02")

    d.add(PageBreak())
    d.p("<b>Appendix A</b>", RIGHT)
    d.p("<b>Minutes of the Meeting of the<br/>CHILDREN, YOUNG PEOPLE AND EDUCATION SCRUTINY COMMISSION</b>", CENTRE)
    d.p("<b>Held: TUESDAY, 2 DECEMBER 2025 at 5:30 pm</b>", CENTRE)
    d.p("<u>P R E S E N T :</u>", CENTRE)
    d.p("<u>Councillor Dhanji (Chair)</u><br/><u>Councillor Callaghan (Vice Chair)</u>", CENTRE)
    d.p("Councillor Bhullar&nbsp;&nbsp;&nbsp;&nbsp;Councillor Fordyce&nbsp;&nbsp;&nbsp;&nbsp;Councillor Kettleby"
        "&nbsp;&nbsp;&nbsp;&nbsp;Councillor Oakes", CENTRE)
    d.p("<u>In Attendance</u><br/>Councillor Elaine Moorcroft, Deputy City Mayor, Education, Children and Young "
        "People", CENTRE)
    d.person("Elaine Moorcroft", "Deputy City Mayor, Education, Children and Young People", "member")
    d.p("* * * * * * * *", CENTRE)
    d.h("38.&nbsp;&nbsp;&nbsp;APOLOGIES FOR ABSENCE")
    d.p("Apologies were received from Councillor Hafeji and Councillor Vaghela.")
    d.h("39.&nbsp;&nbsp;&nbsp;DECLARATIONS OF INTEREST")
    d.p("Councillor Kettleby declared that she was a governor at a primary school with a designated special "
        "provision.")
    d.h("40.&nbsp;&nbsp;&nbsp;MINUTES OF THE PREVIOUS MEETING")
    d.p("<b>AGREED:</b>")
    d.res(None, "That the minutes of the meeting of the Children, Young People and Education Scrutiny Commission held "
          "on 14 October 2025 be confirmed as a correct record.", "resolution", style=INDENT)
    d.date("14 October 2025", "2025-10-14")
    d.h("41.&nbsp;&nbsp;&nbsp;SEND INSPECTION OUTCOME AND STRATEGIC IMPROVEMENT PLAN")
    d.p("The Strategic Director for Social Care and Education submitted a report on the outcome of the joint Ofsted "
        "and CQC inspection of the Leicester local area partnership, which had been carried out between 7 and 11 "
        "July 2025, and on the partnership's Strategic Improvement Plan.")
    d.date("between 7 and 11 July 2025", "2025-07-07", "2025-07-11")
    d.event("inspection", "2025-07-07", "2025-07-11", "the joint Ofsted and CQC inspection of the Leicester local "
            "area partnership, which had been carried out between 7 and 11 July 2025")
    d.p("The Director of SEND and Inclusion, Naveed Akhtar, presented the report. It was noted that:")
    d.person("Naveed Akhtar", "Director of SEND and Inclusion", "officer")
    d.p("&bull; The inspection report had been published on 22 August 2025. The partnership had received the middle "
        "of the three outcomes, meaning that the arrangements lead to inconsistent experiences and outcomes for "
        "children and young people with SEND.", BULLET)
    d.date("22 August 2025", "2025-08-22")
    d.event("outcome-letter", "2025-08-22", None, "The inspection report had been published on 22 August 2025.")
    d.p("&bull; The previous area inspection, in January 2018, had found no significant weaknesses.", BULLET)
    d.date("January 2018", "2018-01")
    d.event("inspection", "2018-01", None, "The previous area inspection, in January 2018, had found no significant "
            "weaknesses.")
    d.p("&bull; Inspectors had identified strengths in early identification, the work of the special schools and "
        "the Leicester Parent Carer Forum's involvement in strategic planning.", BULLET)
    d.p("&bull; Inspectors had set out three areas for improvement. These were that:", BULLET)
    for text, themes in [
        ("Leaders should make sure that EHC plans are completed within statutory timescales and that health and "
         "social care advice is received on time.", ["ehc-plans"]),
        ("Leaders should improve the consistency of support for children and young people with SEND in mainstream "
         "secondary schools, so that fewer are suspended or placed on part-time timetables.",
         ["inclusion-provision"]),
        ("The ICB should reduce waiting times for the children's community paediatric service and keep families "
         "informed while they wait.", ["health-services"])]:
        d.weak(text, themes, marker="&ndash;", style=ROMAN)
    d.p("&bull; The Strategic Improvement Plan had been signed off by the SEND Partnership Board on 30 October 2025 "
        "and would be published on the Local Offer website by 15 December 2025.", BULLET)
    d.date("30 October 2025", "2025-10-30")
    d.date("15 December 2025", "2025-12-15")
    d.event("progress-plan", "2025-10-30", None, "The Strategic Improvement Plan had been signed off by the SEND "
            "Partnership Board on 30 October 2025")
    d.event("progress-plan", "2025-12-15", None, "would be published on the Local Offer website by 15 December "
            "2025")
    d.p("In response to questions from Members, it was noted that the number of pupils with an EHC plan who had been "
        "suspended at least once had risen from 281 in 2023/24 to 339 in 2024/25; that the ICB's community "
        "paediatric waiting list stood at 2,140; and that the Council expected to receive the outcome of its Safety "
        "Valve negotiations in February 2026.")
    d.date("February 2026", "2026-02")
    d.p("The Deputy City Mayor thanked officers and partners and said that families' experience, not the rating, "
        "would be the test of success.")
    d.p("<b>AGREED:</b>")
    d.res("1)", "That the report be noted.", "resolution", style=ROMAN)
    d.res("2)", "That the Commission's thanks be passed to the parents, carers and young people who met inspectors.",
          "resolution", style=ROMAN)
    d.res("3)", "That a progress report on the Strategic Improvement Plan, including figures on suspensions of "
          "pupils with SEND, be brought to the meeting of the Commission in March 2026.", "resolution", style=ROMAN)
    d.date("March 2026", "2026-03")
    d.h("42.&nbsp;&nbsp;&nbsp;WORK PROGRAMME")
    d.res(None, "The work programme was noted.", "resolution", style=BODY)
    d.h("43.&nbsp;&nbsp;&nbsp;CLOSE OF MEETING")
    d.p("The meeting closed at 7:46 pm.")

    d.add(PageBreak())
    d.p("<b>Appendix B</b>", RIGHT)
    d.title("SEND Strategic Improvement Plan: Progress Update")
    d.p("Children, Young People and Education Scrutiny Commission<br/>Date of meeting: 3 March 2026")
    d.p("Lead director: Naveed Akhtar, Director of SEND and Inclusion")
    d.h("Useful information")
    d.p("&#9632; Ward(s) affected: All<br/>&#9632; Report author: Carys Elmhirst, Head of SEND Improvement<br/>"
        "&#9632; Author contact details: carys.elmhirst@leicester.gov.uk<br/>&#9632; Report version number: 1")
    d.person("Carys Elmhirst", "Head of SEND Improvement", "officer", "carys.elmhirst@leicester.gov.uk")
    d.h("1. Summary")
    d.num("1.1", "This report updates the Commission on the Strategic Improvement Plan agreed in response to the "
          "three areas for improvement in the area SEND inspection report of August 2025.")
    d.date("August 2025", "2025-08")
    d.h("2. Recommended actions/decision")
    d.num("2.1", "The Commission is recommended to:")
    d.res(None, "Note the progress made against the Strategic Improvement Plan.", "recommendation",
          shown_label="&bull;", style=BULLET)
    d.res(None, "Comment on the actions being taken to reduce suspensions of pupils with SEND in secondary schools.",
          "recommendation", shown_label="&bull;", style=BULLET)
    d.h("3. Scrutiny / stakeholder engagement")
    d.num("3.1", "The plan was co-produced with the Leicester Parent Carer Forum. The SEND Partnership Board "
          "reviewed progress on 12 February 2026.")
    d.date("12 February 2026", "2026-02-12")
    d.h("4. Background and options with supporting evidence")
    d.num("4.1", "The inspection took place between 7 and 11 July 2025 and the report was published on 22 August "
          "2025. Under the 2023 framework, the next full inspection is expected within about three years, and the "
          "partnership will hold an annual engagement meeting with Ofsted and the CQC.")
    d.h("5. Detailed report")
    d.num("5.1", "Progress against each area for improvement is summarised below.")
    d.ruled([["Area for improvement", "Key actions since December", "Measure", "Baseline", "Now"],
             ["EHC plan timeliness and advice", "Health and social care advice tracker; two additional "
              "educational psychologists", "Plans issued in 20 weeks", "42% (Jul 2025)", "58% (Jan 2026)"],
             ["Secondary inclusion and suspensions", "Inclusion partnership with 14 secondary schools; outreach "
              "from special schools", "Pupils with EHC plan suspended (term)", "151 (summer term)",
              "117 (autumn term)"],
             ["Community paediatrics waits", "ICB waiting list initiative; 'waiting well' information pack",
              "Longest wait (weeks)", "74 (Jul 2025)", "61 (Jan 2026)"]],
            [3.6 * cm, 4.6 * cm, 2.8 * cm, 2.6 * cm, 2.6 * cm])
    d.date("Jul 2025", "2025-07")
    d.date("Jan 2026", "2026-01")
    d.num("5.2", "The Safety Valve agreement with the Department for Education was confirmed on 20 February 2026 and "
          "will support the development of additional designated specialist provision in mainstream schools from "
          "September 2026.")
    d.date("20 February 2026", "2026-02-20")
    d.date("September 2026", "2026-09")
    d.h("6. Financial, legal, equalities, climate emergency and other implications")
    d.p("<b>6.1 Financial implications</b>")
    d.p("There are no direct financial implications arising from this report.<br/>Signed: Stuart Dearden, Principal "
        "Accountant, Tel 0116 454 4071")
    d.person("Stuart Dearden", "Principal Accountant", "officer", None, "0116 454 4071")
    d.p("<b>6.2 Legal implications</b>")
    d.p("The Council's duties under the Children and Families Act 2014 continue to apply.<br/>Signed: Harpreet "
        "Sangha, Principal Lawyer (Education), Legal Services, Tel 0116 454 1428")
    d.person("Harpreet Sangha", "Principal Lawyer (Education), Legal Services", "officer", None, "0116 454 1428")
    d.p("<b>6.3 Equalities implications</b>")
    d.p("Disability is a protected characteristic under the Equality Act 2010. The plan should help the Council meet "
        "its Public Sector Equality Duty.<br/>Signed: Olusegun Adeyemi, Equalities Officer, Tel 0116 454 4148")
    d.person("Olusegun Adeyemi", "Equalities Officer", "officer", None, "0116 454 4148")
    d.p("<b>6.4 Climate emergency implications</b>")
    d.p("There are no significant climate emergency implications.")
    d.h("7. Background information and other papers:")
    d.p("Area SEND inspection of Leicester Local Area Partnership, Ofsted and CQC, 22 August 2025.")
    d.h("8. Summary of appendices:")
    d.p("Appendix B1: SEND data dashboard, January 2026.")
    d.p("<b>Appendix B1: SEND data dashboard</b>")
    need_table(d, 17)
    area_table(d, ["Abbey", "Aylestone", "Beaumont Leys", "Belgrave", "Braunstone", "Evington", "Eyres Monsell",
                   "Humberstone", "Knighton", "Rushey Mead", "Saffron", "Westcotes"], 18, "Ward")
    d.add(PageBreak())
    d.p("<b>Appendix D</b>", RIGHT)
    d.h("Children, Young People and Education Scrutiny Commission &ndash; Work Programme 2025/26")
    d.ruled([["Meeting date", "Item", "Lead officer", "Notes"],
             ["14 October 2025", "School place planning", "Head of Education Sufficiency", "Complete"],
             ["2 December 2025", "SEND inspection outcome and Strategic Improvement Plan", "Director of SEND and "
              "Inclusion", "Complete"],
             ["3 March 2026", "SEND Strategic Improvement Plan progress; elective home education", "Director of "
              "SEND and Inclusion", "This meeting"],
             ["21 April 2026", "Youth justice plan; attendance strategy", "Head of Youth Offending Service",
              "Provisional"]],
            [3 * cm, 6.4 * cm, 4.2 * cm, 2.6 * cm])
    d.date("21 April 2026", "2026-04-21")
    school_table(d, 19, 12)
    return d


# ------------------------------------------------------------------------------------------------------------------
def medway_minutes() -> Doc:
    committee = "Children and Young People Overview and Scrutiny Committee"
    rel = ("medway/round69-2024-12-05-children-and-young-people-overview-and-scrutiny-committee/Record of the "
           "meeting 3 October 2024.pdf")
    d = Doc(rel, {"council": "Medway Council", "council_slug": "medway", "committee": committee,
                  "meeting_date": "2024-12-05", "title": "Record of the meeting 3 October 2024",
                  "source_kind": "moderngov-document",
                  "url": "https://democracy.medway.gov.uk/documents/g6921/Printed%20minutes%2003rd-Oct-2024.pdf"},
            {"council": "Medway Council", "committee": committee, "date": "2024-10-03"},
            "", "", "")
    d.page_label = "This record is available on our website &ndash; www.medway.gov.uk"
    d.p("<b>MEDWAY COUNCIL</b>", CENTRE)
    d.p("<b>MEETING</b>", CENTRE)
    d.title("Children and Young People Overview and Scrutiny Committee")
    d.p("<b>Record of the meeting held on Thursday, 3 October 2024<br/>6.30pm to 9.25pm</b>")
    d.date("Thursday, 3 October 2024", "2024-10-03")
    d.p("<b>RECORD</b>")
    d.p("<i>The record is subject to approval as an accurate record at the next meeting of this committee</i>")
    d.table([["<b>Present:</b>", "Councillors: Pennock (Chairperson), Ajayi (Vice-Chairperson), Brightwell, "
              "Cordell, Hamza, Lammiman, Okwuosa, Sidhu, Trevail and Whitstable"],
             ["", "Co-opted members without voting rights:<br/>Anthony Clewer (Church of England representative) and "
              "Emily Sowden (Parent Governor representative)"],
             ["<b>Substitutes:</b>", "Councillor Fenwick (substitute for Councillor Okwuosa)"],
             ["<b>In Attendance:</b>", "Councillor Adewale Osei, Portfolio Holder for Education<br/>Jonathan "
              "Whitcombe, Director of People &ndash; Children and Adults Services<br/>Natasha Birkett, Assistant "
              "Director, Education and SEND<br/>Priyanka Lall, Head of SEND<br/>Dr Miriam Hollins, Designated "
              "Clinical Officer, NHS Kent and Medway<br/>Greg Attwater, Youth Justice Service Manager<br/>Ciara "
              "Devlin, Democratic Services Officer"]], [3.2 * cm, 13 * cm], header=False, grid=False)
    for name, role in [("Pennock", "Chairperson"), ("Ajayi", "Vice-Chairperson"), ("Brightwell", None),
                       ("Cordell", None), ("Hamza", None), ("Lammiman", None), ("Okwuosa", None), ("Sidhu", None),
                       ("Trevail", None), ("Whitstable", None), ("Fenwick", "substitute")]:
        d.person(name, role, "member")
    d.person("Anthony Clewer", "Church of England representative", "other")
    d.person("Emily Sowden", "Parent Governor representative", "other")
    d.person("Adewale Osei", "Portfolio Holder for Education", "member")
    for name, role in [("Jonathan Whitcombe", "Director of People \u2013 Children and Adults Services"),
                       ("Natasha Birkett", "Assistant Director, Education and SEND"),
                       ("Priyanka Lall", "Head of SEND"),
                       ("Dr Miriam Hollins", "Designated Clinical Officer, NHS Kent and Medway"),
                       ("Greg Attwater", "Youth Justice Service Manager"),
                       ("Ciara Devlin", "Democratic Services Officer")]:
        d.person(name, role, "officer")

    d.h("364&nbsp;&nbsp;&nbsp;&nbsp;Apologies for absence")
    d.p("An apology for absence was received from Councillor Okwuosa.")
    d.h("365&nbsp;&nbsp;&nbsp;&nbsp;Record of meeting")
    d.p("<i>Decision:</i>")
    d.res(None, "The record of the meeting of the Committee held on 25 July 2024 was agreed and signed by the "
          "Chairperson as correct.", "resolution", style=BODY)
    d.date("25 July 2024", "2024-07-25")
    d.h("366&nbsp;&nbsp;&nbsp;&nbsp;Urgent matters by reason of special circumstances")
    d.p("There were none.")
    d.h("367&nbsp;&nbsp;&nbsp;&nbsp;Disclosable Pecuniary Interests and Other Significant Interests and Whipping")
    d.p("<i>Disclosable pecuniary interests</i>")
    d.p("There were none.")
    d.p("<i>Other significant interests (OSIs)</i>")
    d.p("There were none.")
    d.p("<i>Other interests</i>")
    d.p("Councillor Sidhu declared that her child attended a school in Medway and had an EHC plan. She remained in "
        "the meeting for the discussion of item 369.")

    d.h("368&nbsp;&nbsp;&nbsp;&nbsp;Attendance of the Portfolio Holder for Education")
    d.p("<i>Discussion:</i>")
    d.p("The Portfolio Holder for Education, Councillor Adewale Osei, gave an overview of the areas within his "
        "portfolio and answered Members' questions, which included:")
    for head, text in [
        ("School place planning", "A Member asked whether there would be enough secondary places in Strood from "
         "September 2025. The Portfolio Holder said that the expansion of two schools would provide 180 additional "
         "places, and that the council was in discussion with the Department for Education about a new free "
         "school."),
        ("Attendance", "In response to a question about persistent absence, the Portfolio Holder said that the "
         "rate in secondary schools had fallen to 22.6% in the 2023-24 academic year, still above the national "
         "figure. The attendance support team had been restructured in April 2024."),
        ("Elective home education", "Members asked about the growth in elective home education. The Portfolio "
         "Holder said that 1,112 children were recorded as home educated at the end of the summer term, and that "
         "around one in six had SEND."),
        ("Early years", "A Member asked about the expansion of funded childcare for working parents. The Portfolio "
         "Holder said that the take-up of the new entitlement for children aged from nine months had been strong "
         "since its introduction in September 2024.")]:
        d.p(f"<b>{head}</b> &ndash; {text}")
    for text, iso in [("September 2025", "2025-09"), ("April 2024", "2024-04"), ("September 2024", "2024-09")]:
        d.date(text, iso)
    d.p("<i>Decision:</i>")
    d.res(None, "The Committee noted the report and thanked the Portfolio Holder for his attendance.", "resolution",
          style=BODY)

    d.h("369&nbsp;&nbsp;&nbsp;&nbsp;Area SEND Inspection: Priority Action Plan Progress Report")
    d.p("<i>Discussion:</i>")
    d.p("The Assistant Director, Education and SEND, introduced the report, which set out the progress made by the "
        "Medway local area partnership since the area SEND inspection carried out by Ofsted and the Care Quality "
        "Commission from 11 to 15 March 2024. The inspection report had been published on 26 April 2024 and had "
        "found widespread and/or systemic failings leading to significant concerns about the experiences and "
        "outcomes of children and young people with SEND, the lowest of the three possible outcomes.")
    d.date("from 11 to 15 March 2024", "2024-03-11", "2024-03-15")
    d.date("26 April 2024", "2024-04-26")
    d.event("inspection", "2024-03-11", "2024-03-15", "the area SEND inspection carried out by Ofsted and the Care "
            "Quality Commission from 11 to 15 March 2024")
    d.event("outcome-letter", "2024-04-26", None, "The inspection report had been published on 26 April 2024")
    d.p("Members were reminded that the statutory direction issued to the Council by the Secretary of State on 16 "
        "June 2023, following the revisit under the previous framework, remained in force, and that the Department "
        "for Education's SEND adviser attended the Medway SEND Improvement Board.")
    d.date("16 June 2023", "2023-06-16")
    d.event("statutory-direction", "2023-06-16", None, "the statutory direction issued to the Council by the "
            "Secretary of State on 16 June 2023")
    d.p("The report had identified two areas for priority action. The Assistant Director reminded the Committee of "
        "them:")
    d.weak("Leaders across the partnership must take swift action to improve the timeliness and quality of EHC "
           "plans, including the contributions from health and social care, and to make sure that annual reviews "
           "take place and lead to changes when children's needs change.", ["ehc-plans"], marker="(i)",
           style=ROMAN)
    d.weak("Leaders must develop a shared strategy for inclusion across the partnership, so that children and young "
           "people with SEND can have their needs met in local mainstream schools and fewer are excluded, placed "
           "on part-time timetables or placed in independent special schools far from home.",
           ["inclusion-provision", "leadership-governance"], marker="(ii)", style=ROMAN)
    d.p("There were also three areas for improvement: that leaders should improve the quality and reach of the "
        "local offer so that families can find out what support is available; that the integrated care board "
        "should reduce the time that children wait for speech and language therapy and occupational therapy; and "
        "that leaders should make better use of the views of children and young people when planning services.")
    d.record_weak("leaders should improve the quality and reach of the local offer so that families can find out "
                  "what support is available", ["local-offer"])
    d.record_weak("the integrated care board should reduce the time that children wait for speech and language "
                  "therapy and occupational therapy", ["health-services"])
    d.record_weak("leaders should make better use of the views of children and young people when planning "
                  "services", ["co-production"])
    d.p("The Priority Action Plan had been agreed by the Cabinet on 28 May 2024 and submitted to Ofsted on 30 May "
        "2024. The first review meeting with advisers from the Department for Education and NHS England had taken "
        "place on 1 October 2024; the advisers had noted that the proportion of new plans issued within 20 weeks "
        "had risen from 9% to 34% between January and August 2024, but that the backlog of annual reviews "
        "remained too high. The next review was anticipated in April 2025.")
    d.date("28 May 2024", "2024-05-28")
    d.date("30 May 2024", "2024-05-30")
    d.date("1 October 2024", "2024-10-01")
    d.date("between January and August 2024", "2024-01", "2024-08")
    d.date("April 2025", "2025-04")
    d.event("progress-plan", "2024-05-28", None, "The Priority Action Plan had been agreed by the Cabinet on 28 May "
            "2024")
    d.event("progress-plan", "2024-05-30", None, "submitted to Ofsted on 30 May 2024")
    d.event("monitoring", "2024-10-01", None, "The first review meeting with advisers from the Department for "
            "Education and NHS England had taken place on 1 October 2024")
    d.event("monitoring", "2025-04", None, "The next review was anticipated in April 2025.")
    d.p("Members then raised a number of points and questions, which included:")
    for head, text in [
        ("Annual reviews", "A Member asked how many annual reviews were overdue. The Head of SEND said that 1,640 "
         "reviews had been overdue in March 2024 and that the figure was now 1,205. A dedicated annual review team "
         "had been in place since July 2024 and the aim was to clear the backlog by March 2025."),
        ("Therapy waiting times", "In response to a question, the Designated Clinical Officer said that the longest "
         "wait for speech and language therapy had fallen from 64 to 52 weeks. NHS Kent and Medway had agreed to "
         "fund a further eight therapists from January 2025."),
        ("Inclusion", "A Member asked what was being done to reduce suspensions. The Assistant Director said that an "
         "inclusion charter had been launched with headteachers in September 2024 and that 71 of the 94 schools "
         "had signed it."),
        ("Parents' confidence", "The Parent Governor representative said that many parents still found it hard to "
         "get a reply from caseworkers. The Director said that a new duty line had been introduced and that "
         "response times would be reported to the Improvement Board."),
        ("Scrutiny of the plan", "Members asked whether the Committee could see the Improvement Board's dashboard. "
         "The Director agreed to share it after each Board meeting.")]:
        d.p(f"<b>{head}</b> &ndash; {text}")
    for text, iso in [("March 2024", "2024-03"), ("July 2024", "2024-07"), ("March 2025", "2025-03"),
                      ("January 2025", "2025-01")]:
        d.date(text, iso)
    d.p("<i>Decision:</i>")
    d.p("The Committee:")
    d.res("a)", "noted the progress made against the Priority Action Plan and the outcome of the first review meeting "
          "with the Department for Education and NHS England;", "resolution", style=ROMAN)
    d.res("b)", "requested that the SEND Improvement Board's performance dashboard be circulated to Members of the "
          "Committee after each meeting of the Board; and", "resolution", style=ROMAN)
    d.res("c)", "agreed that a further progress report be presented to the Committee in April 2025, following the "
          "second review meeting.", "resolution", style=ROMAN)

    d.h("370&nbsp;&nbsp;&nbsp;&nbsp;Medway Youth Justice Partnership Plan 2024-25")
    d.p("<i>Discussion:</i>")
    d.p("The Youth Justice Service Manager introduced the plan, which had been approved by the Youth Justice "
        "Partnership Board on 18 July 2024. The number of first-time entrants to the youth justice system had "
        "fallen by 14% over the year. Members asked about the proportion of children in the youth justice system "
        "who had SEND; the Manager said that 41% had SEN support or an EHC plan, and that all children were now "
        "screened for speech and language needs.")
    d.date("18 July 2024", "2024-07-18")
    d.p("<i>Decision:</i>")
    d.res(None, "The Committee noted the Youth Justice Partnership Plan and recommended it to Full Council for "
          "approval.", "resolution", style=BODY)
    d.h("371&nbsp;&nbsp;&nbsp;&nbsp;Children's Services Improvement: Ofsted Monitoring Visit")
    d.p("<i>Discussion:</i>")
    d.p("The Director of People &ndash; Children and Adults Services introduced the report on the outcome of the "
        "Ofsted monitoring visit to children's social care services, under the inspection of local authority "
        "children's services framework, which had taken place on 20 and 21 August 2024. The visit had looked at "
        "the experiences of children in need and those subject to a child protection plan. The letter, published "
        "on 24 September 2024, had found that practice continued to improve, that managers knew their services "
        "well, and that caseloads had reduced, although the quality of supervision remained variable.")
    d.date("on 20 and 21 August 2024", "2024-08-20", "2024-08-21")
    d.date("24 September 2024", "2024-09-24")
    d.p("Members raised the following points:")
    for head, text in [
        ("Workforce", "A Member asked about the use of agency social workers. The Director said that the proportion "
         "had fallen from 31% in March 2023 to 17%, and that a further cohort of newly qualified social workers "
         "would join in November 2024."),
        ("Children with disabilities", "In response to a question, the Director confirmed that the visit had "
         "sampled the work of the children with disabilities team and that inspectors had found that assessments "
         "were thorough and that children's views were well recorded."),
        ("Supervision", "Members asked how the quality of supervision would be improved. The Director said that a "
         "new supervision policy had been agreed by the Children's Services Improvement Board in September 2024, "
         "with audits of supervision records every quarter."),
        ("Next steps", "The Director said that the next monitoring visit was expected in the early months of 2025 "
         "and was likely to focus on care leavers.")]:
        d.p(f"<b>{head}</b> &ndash; {text}")
    d.date("March 2023", "2023-03")
    d.date("November 2024", "2024-11")
    d.p("<i>Decision:</i>")
    d.res(None, "The Committee noted the outcome of the Ofsted monitoring visit and the areas of practice that "
          "would be the focus of further improvement.", "resolution", style=BODY)
    d.h("372&nbsp;&nbsp;&nbsp;&nbsp;Medway Virtual School Annual Report 2023-24")
    d.p("<i>Discussion:</i>")
    d.p("The Assistant Director, Education and SEND, introduced the annual report of the Virtual School Head. At "
        "the end of the 2023-24 academic year the Virtual School had supported 402 children in care of statutory "
        "school age, of whom 39% had an EHC plan and a further 28% received SEN support. Personal education plans "
        "had been completed on time for 94% of children. The Virtual School's role had been extended to children "
        "with a social worker, and a pilot with six secondary schools had started in January 2024.")
    d.date("January 2024", "2024-01")
    d.p("A Member asked why the attainment of children in care at key stage 4 had fallen. The Assistant Director "
        "said that the cohort was small and included a high proportion of children who had entered care in Year "
        "10 or 11, many of them unaccompanied asylum-seeking children. Another Member asked whether foster carers "
        "received training on SEND; the Assistant Director said that a course had been provided jointly with the "
        "fostering service since May 2024 and that 86 carers had attended.")
    d.date("May 2024", "2024-05")
    d.p("<i>Decision:</i>")
    d.res(None, "The Committee noted the Virtual School Annual Report 2023-24.", "resolution", style=BODY)
    d.h("373&nbsp;&nbsp;&nbsp;&nbsp;Work programme")
    d.p("<i>Discussion:</i>")
    d.p("The Democratic Services Officer introduced the work programme. Members asked that an item on home to school "
        "transport for children with SEND be added to the meeting on 16 January 2025.")
    d.date("16 January 2025", "2025-01-16")
    d.p("<i>Decision:</i>")
    d.res(None, "The Committee agreed the work programme, as amended at the meeting.", "resolution", style=BODY)
    d.space(18)
    d.p("<b>Chairperson</b>")
    d.p("Date:")
    d.p("<b>Ciara Devlin, Democratic Services Officer</b><br/>Telephone: 01634 332760<br/>Email: "
        "democratic.services@medway.gov.uk")
    for person in d.people:
        if person["name"] == "Ciara Devlin":
            person["email"], person["phone"] = "democratic.services@medway.gov.uk", "01634 332760"
    return d


DOCUMENTS = [lancashire_cabinet, nottingham_progress, north_tyneside_cabinet, peterborough_scrutiny, leicester_pack,
             medway_minutes]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
