"""Write the six long printed documents of the held-out round 28 (reportlab), and their gold.

Round 28 is a blind batch of LONG PDFs, written with their gold before any extractor ran on them, in the layouts
of real long council papers: an agenda reports pack with front sheet, previous minutes, a SEND report and its
appendix (Kirklees), the signed printed minutes of a scrutiny committee (Walsall), a cabinet report whose appendix is
a Written Statement of Action progress tracker in a ruled table over several pages (Wigan), a Health and Wellbeing
Board's minutes with an actions table and named partner officers (Stockport), a scrutiny report on an Area SEND
inspection outcome with implications, a risk table and background papers (Cornwall), and a bundle of executive
decision notices (Tameside). Invented text, fictitious people.

The framework (``Doc``, from ``long_pdf_kit.py``, shared with rounds 22, 25 and 27) is round 27's, with round 25's
date check: the text flows over the pages as reportlab lays it out (running header and footer on every page),
resolutions and weaknesses are recorded where they are written, dates, people and events are listed by hand beside
each document, and ``--gold`` writes the gold files with the page on which each resolution's and weakness's text
starts, read back from the written PDF with pdfplumber. ``--check`` also lists every date-like string of each PDF's
text whose day or month is not in the gold (a check on the writer's own listing). Deterministic (reportlab's
invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round28_pdfs.py          # the PDFs
    /work/main/.venv/bin/python tests/heldout/make_round28_pdfs.py --gold   # the PDFs and their gold
    /work/main/.venv/bin/python tests/heldout/make_round28_pdfs.py --check  # the PDFs, gold and the date check
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, resolved, run, styles, two_columns  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import KeepTogether, PageBreak, Paragraph  # noqa: E402

S = styles("28", body=(12, 17, 8), cell=(9.5, 12), head=(12.5, 16, 12), title=(15, 20))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = STYLES = S.base
PLANCELL = S.plan_cell


class Doc(LongDoc):
    """A round 28 document: ``long_pdf_kit.LongDoc`` in this round's styles (round 27's sizes), with 2.5 cm top
    and bottom margins and a text found whole in one table column of a page counted as on that page."""

    styles = STYLES
    margin_y = 2.5 * cm
    column_lookup = True


# ------------------------------------------------------------------------------------------------------------------
# 1. Walsall: signed printed minutes of the Education Overview and Scrutiny Committee (CMIS)
# ------------------------------------------------------------------------------------------------------------------

def walsall_minutes() -> Doc:
    d = Doc(
        "walsall/round28-2025-11-04-education-overview-and-scrutiny-committee/"
        "Minutes - Education Overview and Scrutiny Committee 16 September 2025.pdf",
        {"council": "Walsall Metropolitan Borough Council", "council_slug": "walsall",
         "committee": "Education Overview and Scrutiny Committee", "meeting_date": "2025-11-04",
         "title": "Minutes - Education Overview and Scrutiny Committee 16 September 2025",
         "source_kind": "committee-report",
         "url": "https://cmispublic.walsall.gov.uk/cmis/Portals/0/Documents/Minutes%20-%20Education%20Overview"
                "%20and%20Scrutiny%20Committee%2016%20September%202025.pdf"},
        {"council": "Walsall Metropolitan Borough Council", "committee": "Education Overview and Scrutiny Committee",
         "date": "2025-09-16"},
        "Walsall Council", "Education Overview and Scrutiny Committee",
        "Education Overview and Scrutiny Committee - 16 September 2025")
    d.title("EDUCATION OVERVIEW AND SCRUTINY COMMITTEE")
    d.p("<b>Tuesday 16 September 2025 at 6.00 p.m.</b>")
    d.p("Meeting held in Conference Room 2, the Council House, Lichfield Street, Walsall")
    d.p("<b>Present</b>")
    two_columns(d, ["Councillor M. Rushall (Chair)", "Councillor T. Okafor (Vice-Chair)", "Councillor H. Begum",
                    "Councillor D. Caldmore", "Councillor J. Fellows"],
                ["Councillor P. Harrowby", "Councillor S. Latif", "Councillor R. Nethercott",
                 "Councillor E. Sandwell-Price", "Councillor W. Yardley"])
    d.p("<b>Co-opted members</b>")
    two_columns(d, ["Mrs C. Moxley", "Mr A. Delves"], ["Parent Governor Representative (Primary)",
                                                      "Church of England Diocese of Lichfield"])
    d.p("<b>In attendance</b>")
    two_columns(d, ["Councillor G. Bentley", "Councillor F. Aldridge-Mace"],
                ["Portfolio Holder, Education and Skills", "Portfolio Holder, Children's Services"])
    d.p("<b>Officers</b>")
    two_columns(d, ["Lorraine Ashmore", "Duncan Pleck", "Yvonne Brereton", "Karl Hatherton", "Naomi Chuckery",
                    "Ravinder Sohal", "Beth Wednesfield"],
                ["Executive Director, Children's Services", "Director, Access and Inclusion",
                 "Head of SEND Services", "Head of Education Welfare and Attendance",
                 "Designated Clinical Officer, NHS Black Country Integrated Care Board",
                 "Post-16 Participation Manager", "Democratic Services Officer"])
    d.h("28/25 Apologies")
    d.p("Apologies for absence were received on behalf of Councillor A. Birchills and Councillor L. Goscote, and "
        "from Mr N. Tamebridge (Roman Catholic Archdiocese of Birmingham).")
    d.h("29/25 Substitutions")
    d.p("Councillor W. Yardley substituted for Councillor A. Birchills for the duration of the meeting.")
    d.h("30/25 Declarations of interest and party whip")
    d.p("Councillor H. Begum declared a non-pecuniary interest in item 34/25 as a governor of Oakwood School. "
        "Mrs C. Moxley declared a non-pecuniary interest in the same item as the parent of a child with an "
        "Education, Health and Care plan. There were no declarations of a party whip.")
    d.h("31/25 Minutes of the previous meeting")
    d.p("The Committee considered the minutes of the meeting held on 15 July 2025.")
    resolved(d, None, "That the minutes of the meeting held on 15 July 2025, a copy having been sent to each member "
             "of the Committee, be approved and signed by the Chair as a true and accurate record.",
             lead="<b>Resolved:</b>")
    d.h("32/25 Local Government (Access to Information) Act 1985 (as amended)")
    d.p("There were no items to be considered in private session.")
    d.h("33/25 Questions from members of the public")
    d.p("One question had been received under Part 4.3 of the Council's constitution, from Mr Imran Palfrey, a "
        "resident of Bloxwich, who asked how many children had been waiting longer than 20 weeks for an "
        "Education, Health and Care plan on 31 August 2025. The Portfolio Holder for Education and Skills "
        "replied that 118 children had been waiting longer than 20 weeks on that date, compared with 264 on "
        "31 August 2024, and that a written answer would be placed on the Council's website.")
    resolved(d, None, "That the question and the response of the Portfolio Holder be noted.",
             lead="<b>Resolved:</b>")
    d.h("34/25 Special Educational Needs and Disabilities (SEND): Accelerated Progress Plan - progress update")
    d.p("The Director, Access and Inclusion, presented the report (annexed), which set out the local area "
        "partnership's progress against its Accelerated Progress Plan (APP) since the Committee last considered it "
        "on 11 February 2025. The Director reminded members of the history of the inspection.")
    d.p("Ofsted and the Care Quality Commission (CQC) carried out a joint inspection of the Walsall local area "
        "between 11 and 15 March 2019. The inspection letter was published on 14 May 2019 and required the local "
        "area to produce a Written Statement of Action (WSoA), which was declared fit for purpose in October 2019. "
        "Inspectors re-visited the area from 21 to 23 June 2022. In their letter of 18 August 2022 they found "
        "that the area had made sufficient progress in two of the five areas of significant weakness:")
    d.weak("the lack of a shared understanding among leaders across education, health and care of the local "
           "area's strengths and weaknesses;", ["leadership-governance"])
    d.weak("the poor quality and accessibility of the information in the local offer;", ["local-offer"])
    d.p("and that it had not made sufficient progress in the remaining three:")
    d.weak("the timeliness and quality of EHC plans, including the contribution of health and social care "
           "professionals;", ["ehc-plans"])
    d.weak("the waiting times for the autism spectrum disorder assessment pathway; and", ["health-services"])
    d.weak("the high rate of fixed-term exclusions of children and young people with SEN support.",
           ["inclusion-provision"])
    d.p("The APP was submitted to the Department for Education (DfE) on 30 September 2022. DfE and NHS England "
        "advisers had reviewed progress at meetings in March 2023, October 2023 and May 2024, and most recently "
        "on 3 July 2025, when they had judged that progress on EHC plan timeliness was now secure. The next review "
        "meeting was scheduled for January 2026. The Director reported that 64 per cent of new EHC plans had been "
        "issued within 20 weeks in the period from January 2025 to June 2025, against 9 per cent in the year "
        "before the re-visit.")
    d.p("The Designated Clinical Officer told the Committee that the average wait for an autism assessment had "
        "fallen from 101 weeks in December 2022 to 47 weeks in August 2025, and that a second provider had been "
        "commissioned from 1 April 2025. The Head of Education Welfare and Attendance added that fixed-term "
        "exclusions of pupils at SEN support had fallen by 22 per cent in the 2024/25 academic year.")
    d.p("Members asked questions and made comments, which included:")
    for text in [
        "whether the improvement in timeliness had been achieved at the expense of the quality of plans; the Head "
        "of SEND Services said that audits in June 2025 rated 81 per cent of new plans good or better;",
        "how long families in the north of the borough still waited for an autism assessment, and what support "
        "was offered while they waited;",
        "why secondary schools' use of part-time timetables was not reported, and whether the Committee could "
        "see those figures at its next meeting;",
        "the work of the parent carer forum in co-producing the annual review guidance published in May 2025.",
    ]:
        d.p(f"&bull; {escape(text)}", BULLET)
    d.p("The Chair thanked officers and the Designated Clinical Officer for the report.")
    d.p("<b>Resolved:</b>")
    resolved(d, "(1)", "That the progress made against the Accelerated Progress Plan be noted.", lead="")
    resolved(d, "(2)", "That the Director, Access and Inclusion, provide the Committee with data on the use of "
             "part-time timetables for pupils with SEND, by school phase, for its meeting on 4 November 2025.",
             lead="")
    resolved(d, "(3)", "That a further update be brought to the Committee following the DfE and NHS England review "
             "in January 2026.", lead="")
    d.h("35/25 School attendance: annual report 2024/25")
    d.p("The Head of Education Welfare and Attendance presented the annual report. Overall absence in Walsall "
        "schools was 6.9 per cent in 2024/25, and persistent absence had fallen to 19.8 per cent. Members "
        "welcomed the attendance support teams introduced in January 2025 and asked that fixed penalty notices be "
        "reported by ward.")
    d.p("In response to questions, the Head of Education Welfare and Attendance explained that the attendance of "
        "pupils with EHC plans remained lower than that of their peers, at 88.4 per cent, and that the largest gap "
        "was in Year 9. A pilot with six secondary schools, running from September 2025 to July 2026, would test "
        "whether early help workers based in schools could reduce persistent absence among pupils with SEN "
        "support. Members asked that the pilot's interim findings be shared with the Committee, and noted that "
        "the Department for Education's guidance on working together to improve school attendance had become "
        "statutory in August 2024.")
    resolved(d, None, "That the school attendance annual report 2024/25 be noted.", lead="<b>Resolved:</b>")
    d.h("36/25 Young people not in education, employment or training (NEET)")
    d.p("The Post-16 Participation Manager reported that 4.1 per cent of 16 and 17 year olds were NEET or whose "
        "activity was not known at the end of March 2025, and described the Careers Hub programme. Members "
        "asked about young people with EHC plans, of whom 7.8 per cent were NEET.")
    d.p("The Post-16 Participation Manager said that the number of supported internships had risen from 19 to "
        "46 over two years, and that a local employers' pledge would be launched on 20 November 2025. Members "
        "asked whether transport costs were a barrier to college for young people with SEND, and whether the "
        "Council's own apprenticeships were open to young people with EHC plans. The Portfolio Holder for "
        "Education and Skills said that the Council had ring-fenced five apprenticeships for care leavers and "
        "young people with EHC plans in the current year, and would report on their take-up.")
    d.p("<b>Resolved:</b>")
    resolved(d, "(1)", "That the report be noted.", lead="")
    resolved(d, "(2)", "That the Committee receive a briefing note on the participation of young people with EHC "
             "plans aged 16 to 25, including supported internships.", lead="")
    d.h("37/25 Elective home education")
    d.p("The Executive Director, Children's Services, introduced a report on children educated at home. On 1 July "
        "2025 there were 812 children on the elective home education register, an increase of 14 per cent on a "
        "year earlier; 61 of them had an EHC plan and a further 140 had been receiving SEN support when they left "
        "school. The Executive Director explained that the Children's Wellbeing and Schools Bill would introduce "
        "a statutory register, and that the Council had already written to every family on the register in "
        "April 2025 to offer a visit from an education welfare officer.")
    d.p("Members expressed concern that some families had chosen home education because they felt a school could "
        "not meet their child's needs, and asked whether the SEND service was told when a child with an EHC plan "
        "was withdrawn. The Head of SEND Services confirmed that a case officer reviewed every such plan within "
        "six weeks, and that a joint protocol with the parent carer forum had been agreed on 9 June 2025. Members "
        "also asked how many children on the register were known to children's social care; the Executive "
        "Director undertook to provide that figure after the meeting.")
    d.p("<b>Resolved:</b>")
    resolved(d, "(1)", "That the report on elective home education be noted.", lead="")
    resolved(d, "(2)", "That the Committee write to the Portfolio Holder for Education and Skills to support the "
             "creation of a statutory register of children not in school.", lead="")
    resolved(d, "(3)", "That the number of children on the elective home education register who are known to "
             "children's social care be circulated to members.", lead="")
    d.h("38/25 Recommendation tracker")
    d.p("Members considered the tracker of recommendations made by the Committee in 2024/25.")
    resolved(d, None, "That the recommendation tracker be noted.", lead="<b>Resolved:</b>")
    d.h("39/25 Areas of focus 2025/26 and Forward Plan")
    d.p("The Democratic Services Officer presented the Committee's areas of focus and the Forward Plans of the "
        "Cabinet and the Black Country Executive Joint Committee.")
    d.p("<b>Resolved:</b>")
    resolved(d, "(1)", "That the areas of focus for 2025/26 be agreed, subject to the addition of an item on "
             "home to school transport for pupils with SEND.", lead="")
    resolved(d, "(2)", "That the Forward Plans be noted.", lead="")
    d.h("40/25 Date of next meeting")
    resolved(d, None, "That the date of the next meeting, 4 November 2025, be noted.", lead="<b>Resolved:</b>")
    d.p("The meeting terminated at 8.12 p.m.")
    d.space(18)
    d.p("Signed: ...............................................")
    d.p("Date: .................................................")

    for text, start, end in [
        ("16 September 2025", "2025-09-16", None), ("15 July 2025", "2025-07-15", None),
        ("31 August 2025", "2025-08-31", None), ("31 August 2024", "2024-08-31", None),
        ("11 February 2025", "2025-02-11", None),
        ("between 11 and 15 March 2019", "2019-03-11", "2019-03-15"), ("14 May 2019", "2019-05-14", None),
        ("October 2019", "2019-10", None), ("from 21 to 23 June 2022", "2022-06-21", "2022-06-23"),
        ("18 August 2022", "2022-08-18", None), ("30 September 2022", "2022-09-30", None),
        ("March 2023", "2023-03", None), ("October 2023", "2023-10", None), ("May 2024", "2024-05", None),
        ("3 July 2025", "2025-07-03", None), ("January 2026", "2026-01", None),
        ("from January 2025 to June 2025", "2025-01", "2025-06"), ("December 2022", "2022-12", None),
        ("August 2025", "2025-08", None), ("1 April 2025", "2025-04-01", None), ("June 2025", "2025-06", None),
        ("May 2025", "2025-05", None), ("4 November 2025", "2025-11-04", None), ("January 2025", "2025-01", None),
        ("March 2025", "2025-03", None), ("1 July 2025", "2025-07-01", None), ("April 2025", "2025-04", None),
        ("9 June 2025", "2025-06-09", None), ("from September 2025 to July 2026", "2025-09", "2026-07"),
        ("August 2024", "2024-08", None), ("20 November 2025", "2025-11-20", None),
    ]:
        d.date(text, start, end)
    for name, role, kind in [
        ("M. Rushall", "Chair", "member"), ("T. Okafor", "Vice-Chair", "member"), ("H. Begum", None, "member"),
        ("D. Caldmore", None, "member"), ("J. Fellows", None, "member"), ("P. Harrowby", None, "member"),
        ("S. Latif", None, "member"), ("R. Nethercott", None, "member"), ("E. Sandwell-Price", None, "member"),
        ("W. Yardley", None, "member"),
        ("Mrs C. Moxley", "Parent Governor Representative (Primary)", "other"),
        ("Mr A. Delves", "Church of England Diocese of Lichfield", "other"),
        ("G. Bentley", "Portfolio Holder, Education and Skills", "member"),
        ("F. Aldridge-Mace", "Portfolio Holder, Children's Services", "member"),
        ("Lorraine Ashmore", "Executive Director, Children's Services", "officer"),
        ("Duncan Pleck", "Director, Access and Inclusion", "officer"),
        ("Yvonne Brereton", "Head of SEND Services", "officer"),
        ("Karl Hatherton", "Head of Education Welfare and Attendance", "officer"),
        ("Naomi Chuckery", "Designated Clinical Officer, NHS Black Country Integrated Care Board", "officer"),
        ("Ravinder Sohal", "Post-16 Participation Manager", "officer"),
        ("Beth Wednesfield", "Democratic Services Officer", "officer"),
        ("A. Birchills", None, "member"), ("L. Goscote", None, "member"),
        ("Mr N. Tamebridge", "Roman Catholic Archdiocese of Birmingham", "other"),
        ("Imran Palfrey", "resident of Bloxwich", "other"),
    ]:
        d.person(name, role, kind)
    d.event("inspection", "2019-03-11", "2019-03-15", "Ofsted and the Care Quality Commission (CQC) carried out a "
            "joint inspection of the Walsall local area between 11 and 15 March 2019.")
    d.event("outcome-letter", "2019-05-14", None, "The inspection letter was published on 14 May 2019")
    d.event("wsoa-approved", "2019-10", None, "a Written Statement of Action (WSoA), which was declared fit for "
            "purpose in October 2019")
    d.event("revisit", "2022-06-21", "2022-06-23", "Inspectors re-visited the area from 21 to 23 June 2022.")
    d.event("revisit-outcome", "2022-08-18", None, "In their letter of 18 August 2022 they found that the area had "
            "made sufficient progress in two of the five areas of significant weakness")
    d.event("progress-plan", "2022-09-30", None, "The APP was submitted to the Department for Education (DfE) on "
            "30 September 2022.")
    for start, text in [("2023-03", "DfE and NHS England advisers had reviewed progress at meetings in March 2023"),
                        ("2023-10", "at meetings in March 2023, October 2023 and May 2024"),
                        ("2024-05", "at meetings in March 2023, October 2023 and May 2024"),
                        ("2025-07-03", "and most recently on 3 July 2025"),
                        ("2026-01", "The next review meeting was scheduled for January 2026.")]:
        d.event("monitoring", start, None, text)
    return d

# ------------------------------------------------------------------------------------------------------------------
# 2. Wigan: a Cabinet report with its Written Statement of Action progress tracker as an appendix table
# ------------------------------------------------------------------------------------------------------------------

def wigan_cabinet() -> Doc:
    d = Doc(
        "wigan/round28-2021-12-16-cabinet/"
        "SEND Written Statement of Action - Progress Report.pdf",
        {"council": "Wigan Metropolitan Borough Council", "council_slug": "wigan", "committee": "Cabinet",
         "meeting_date": "2021-12-16", "title": "SEND Written Statement of Action - Progress Report",
         "source_kind": "moderngov-document",
         "url": "https://democracy.wigan.gov.uk/documents/s41877/SEND%20Written%20Statement%20of%20Action%20-%20"
                "Progress%20Report.pdf"},
        {"council": "Wigan Metropolitan Borough Council", "committee": "Cabinet", "date": "2021-12-16"},
        "Wigan Council", "Cabinet - 16 December 2021", "SEND Written Statement of Action - Progress Report")
    d.table([
        ["Report to:", "Cabinet"],
        ["Date of meeting:", "Thursday 16 December 2021"],
        ["Report title:", "Special Educational Needs and Disabilities (SEND): Written Statement of Action - "
                          "Progress Report"],
        ["Cabinet Portfolio:", "Children and Families - Councillor Bernadette Ashurst"],
        ["Report of:", "Director for Children's Services"],
        ["Report author:", "Gareth Pemberton, Assistant Director, Education and Inclusion"],
        ["Contact details:", "gareth.pemberton@wigan.gov.uk / 01942 486512"],
        ["Wards affected:", "All"],
        ["Key decision:", "No"],
        ["Exempt information:", "None"],
    ], [4.6 * cm, 11.6 * cm], header=False)
    d.h("Purpose of the report")
    d.p("To update Cabinet on the progress made by the Wigan local area partnership against its Written Statement "
        "of Action (WSoA), which responds to the areas of significant weakness found by the joint local area SEND "
        "inspection, and to set out the arrangements for the re-visit by Ofsted and the Care Quality Commission "
        "(CQC) that is expected in the first half of 2022.")
    d.h("Recommendations")
    d.p("It is recommended that Cabinet:")
    for label, text in [
        ("(i)", "notes the progress made against each of the five areas of significant weakness, as set out in the "
                "tracker at Appendix 1;"),
        ("(ii)", "endorses the partnership's self-assessment that two areas are on track (green) and three require "
                 "further work (amber) before the re-visit;"),
        ("(iii)", "agrees that the SEND Improvement Board continue to report progress to Cabinet every six months; "
                  "and"),
        ("(iv)", "delegates to the Director for Children's Services, in consultation with the Portfolio Holder for "
                 "Children and Families, the approval of the partnership's evidence pack for the re-visit."),
    ]:
        d.res(label, text, "recommendation", style=HANG)
    d.h("1. Background")
    d.p("1.1 Between 4 and 8 November 2019 Ofsted and the CQC carried out a joint inspection of the local area of "
        "Wigan to judge how effectively it implements the special educational needs and disability reforms set "
        "out in the Children and Families Act 2014. The inspection letter, published on 10 January 2020, "
        "recognised many strengths, including the commitment of staff in early years settings and the quality of "
        "the Wigan Parent Carer Forum's partnership work, but identified five areas of significant weakness.")
    d.p("1.2 The local area was required to produce a WSoA. The WSoA was submitted to Ofsted on 24 April 2020, "
        "having been delayed by the pandemic, and was declared fit for purpose by Ofsted and the CQC on 12 June "
        "2020. The five areas of significant weakness are reproduced in the first column of Appendix 1, with "
        "the actions the partnership committed to and the progress made against each.<super>1</super>")
    d.p("1.3 Since then the Department for Education (DfE) and NHS England have monitored progress. Review "
        "meetings were held on 18 March 2021 and 7 October 2021, and a further review is planned for February "
        "2022. At the October meeting advisers noted 'clear and sustained progress' on the timeliness of EHC "
        "needs assessments but asked the partnership to evidence the impact of its work with parents.")
    d.h("2. Current position")
    d.p("2.1 The SEND Improvement Board, chaired by the Director for Children's Services and with the Wigan "
        "Parent Carer Forum, NHS Greater Manchester (Wigan locality), Wigan schools and the Wigan and Leigh "
        "college as members, has met monthly since July 2020. It receives the tracker at Appendix 1 at every "
        "meeting, with the evidence for each RAG rating checked by an independent adviser.")
    d.p("2.2 The partnership has completed 37 of the 52 actions in the WSoA. The proportion of new EHC plans "
        "issued within 20 weeks, excluding exceptions, rose from 31 per cent in 2019 to 78 per cent in the six "
        "months from April 2021 to September 2021. Waiting times for the autism assessment pathway have fallen "
        "but remain above the 18-week target, and the parent survey carried out in October 2021 showed that "
        "confidence among parents, though improving, was still lower than the partnership wanted.")
    d.p("2.3 The partnership expects to be re-visited in the first half of 2022. A re-visit preparation group, "
        "led by the Assistant Director, Education and Inclusion, will assemble the evidence pack by 31 January "
        "2022, and a practice re-visit with peer reviewers from another Greater Manchester authority took place "
        "on 25 and 26 November 2021.")
    d.p("2.4 Progress against each area in summary:")
    for text in [
        "Area 1 (strategy and leadership): the SEND Strategy 2020-2023 was co-produced with families and agreed in "
        "July 2020, and the SEND Improvement Board's joint outcomes framework has been reported quarterly since "
        "October 2020. The independent adviser's review in September 2021 judged governance to be robust.",
        "Area 2 (EHC needs assessments and plans): timeliness has improved substantially and audits show plans of "
        "better quality, with health and care advice now returned on time in most cases.",
        "Area 3 (identification of needs): the graduated approach toolkit is in use in every school, but practice "
        "still varies between schools and localities, and the integrated review at age two is not yet universal.",
        "Area 4 (autism and therapy waiting times): waits have fallen, but the partnership does not expect to meet "
        "its 18-week target for autism assessment until after the additional capacity starts in January 2022.",
        "Area 5 (engagement with parents and carers): the co-production charter is embedded and parents' "
        "confidence has almost doubled since May 2020, but remains below half.",
    ]:
        d.p(f"&bull; {escape(text)}", BULLET)
    d.p("2.5 The SEND Improvement Board has an independent chair, Dr Frances Marsland, appointed by the DfE in "
        "August 2020. In her most recent report to the Board she advised that the partnership should focus on "
        "showing the impact of its work for families, not only on completing actions.")
    d.h("3. Options considered")
    d.p("3.1 Cabinet could choose not to receive regular reports. This is not recommended: the WSoA is a "
        "statutory plan for which the Council and NHS partners are jointly accountable, and members' scrutiny "
        "of it is part of the evidence inspectors will look for.")
    d.h("4. Implications")
    d.p("4.1 <b>Financial.</b> The additional cost of the WSoA in 2021/22 is £1.24m, met from the High Needs Block "
        "(£0.71m) and from the Council's reserves for children's services improvement (£0.53m). There are no "
        "further financial implications arising from this report.")
    d.p("4.2 <b>Legal.</b> The Council has duties under Part 3 of the Children and Families Act 2014 and the SEND "
        "Code of Practice (January 2015). Failure to make sufficient progress at the re-visit could lead to the "
        "Secretary of State using the powers of intervention in section 497A of the Education Act 1996.")
    d.p("4.3 <b>Risk.</b> The main risks are set out in the table below.")
    d.table([
        ["Risk", "Likelihood", "Impact", "Mitigation"],
        ["Re-visit finds insufficient progress in one or more areas", "Medium", "High",
         "Independent challenge of the evidence for each RAG rating; practice re-visit held in November 2021"],
        ["Demand for EHC needs assessment continues to rise", "High", "Medium",
         "Additional case officers funded to March 2023; weekly panel"],
        ["Autism pathway waiting times do not fall further", "Medium", "High",
         "Additional clinical capacity commissioned by NHS partners from January 2022"],
    ], [5.6 * cm, 2.4 * cm, 2 * cm, 6.2 * cm])
    d.p("4.4 <b>Equality.</b> The WSoA is intended to improve outcomes for children and young people with SEND, a "
        "group with a protected characteristic under the Equality Act 2010. No adverse impact has been "
        "identified.")
    d.h("5. Consultation")
    d.p("5.1 This report has been prepared with the members of the SEND Improvement Board. The Wigan Parent Carer "
        "Forum's chair, Andrea Culcheth, has contributed to the evidence for area 5 and has asked that the "
        "next parent survey, due in April 2022, include questions on annual reviews. The Children and Young "
        "People Scrutiny Committee considered an earlier version of the tracker on 23 November 2021 and asked for "
        "more information on waiting times for occupational therapy, which is now included.")
    d.h("6. Reasons for the recommendations")
    d.p("6.1 Regular reporting to Cabinet ensures that the Council's leadership holds the partnership to account "
        "for the WSoA, and the delegation at recommendation (iv) allows the evidence pack to be approved in time "
        "if the re-visit is announced before Cabinet next meets on 17 February 2022.")
    d.h("7. Sign-off")
    d.table([
        ["Implications", "Officer", "Date"],
        ["Finance", "Rachel Ince, Finance Manager (Children and Families)", "30 November 2021"],
        ["Legal", "Simon Tyldesley, Principal Lawyer (Education)", "1 December 2021"],
        ["Director", "Helen Orrell, Director for Children's Services", "2 December 2021"],
    ], [3.5 * cm, 9 * cm, 3.7 * cm])
    d.h("8. Background papers")
    d.p("Joint local area SEND inspection in Wigan: inspection letter, 10 January 2020.")
    d.p("Wigan Local Area Written Statement of Action, April 2020.")
    d.p("Report to Cabinet, 'SEND Written Statement of Action - Progress Report', 17 June 2021.")
    d.p("<super>1</super> The wording of each area is that of the inspection letter. The RAG ratings are the "
        "SEND Improvement Board's, agreed at its meeting on 9 December 2021.", SMALL)
    d.space(14)
    d.title("Appendix 1: Written Statement of Action - progress tracker (position at 30 November 2021)")
    d.p("This tracker is maintained by the SEND Improvement Board's programme office and updated monthly. For each "
        "area of significant weakness it shows the actions the partnership committed to in the WSoA, a summary of "
        "progress and the evidence of impact, and the Board's rating. Ratings are moderated by the independent "
        "adviser before each Board meeting, and an area is rated green only when the evidence shows an impact on "
        "children and families, not only that actions are complete. The full action plan, with leads and "
        "timescales for each of the 52 actions, is published on the local offer.")
    d.p("Key: G - on track, evidence of impact; A - actions under way, impact not yet secure; R - off track.",
        SMALL)
    areas = [
        ("1", "The lack of a clear, co-produced strategy for SEND across education, health and social care, and "
              "the weak oversight by leaders of the impact of the area's work.", ["leadership-governance"],
         "SEND Strategy 2020-2023 co-produced and agreed; SEND Improvement Board established; joint outcomes "
         "framework reported quarterly.",
         "Strategy agreed by the Health and Wellbeing Board on 22 July 2020. Outcomes framework reported to the "
         "Board since October 2020. Independent adviser's review in September 2021 found governance 'robust and "
         "well understood'.", "G"),
        ("2", "The poor timeliness of EHC needs assessments and the variable quality of EHC plans, which do not "
              "consistently reflect the contributions of health and social care professionals.", ["ehc-plans"],
         "Recruit six case officers; weekly multi-agency panel; quality assurance framework with health and "
         "care sign-off; training for all contributors.",
         "78% of new plans issued within 20 weeks (April 2021 to September 2021). Audit of 60 plans in "
         "October 2021: 72% good or better, against 38% at baseline. Health advice returned within six weeks in "
         "91% of cases.", "G"),
        ("3", "The inconsistent identification and assessment of needs in early years settings and for children "
              "and young people at SEN support.", ["identification"],
         "Graduated approach toolkit; SENCO network; early years inclusion fund; two-year-old progress checks "
         "shared with health visitors.",
         "Toolkit launched in all schools in March 2021. The early years inclusion fund has supported 214 "
         "children. The proportion of requests for assessment that evidence a graduated approach has risen, "
         "but variation between schools remains wide, and the integrated review at two is not yet in place in "
         "every locality.", "A"),
        ("4", "The long waiting times for the autism assessment pathway and for occupational therapy.",
         ["health-services"],
         "Additional assessment capacity; single point of access; waiting-well offer for families.",
         "Average wait for autism assessment fell from 74 weeks (December 2019) to 51 weeks (October 2021); "
         "occupational therapy waits fell to 16 weeks. Additional capacity commissioned from January 2022.",
         "A"),
        ("5", "The weak engagement of parents and carers, many of whom lack confidence in the area's ability to "
              "meet their children's needs.", ["co-production"],
         "Co-production charter with the Parent Carer Forum; 'You said, we did' reporting; refreshed local "
         "offer; parent survey every six months.",
         "Charter signed in November 2020. Local offer relaunched on 1 September 2021. Parent survey, October "
         "2021: 49% confident, against 27% in the first survey of May 2020.", "A"),
    ]
    header = ["No.", "Area of significant weakness", "What we said we would do", "Progress and evidence of impact",
              "RAG"]
    widths = [1 * cm, 4.3 * cm, 4.2 * cm, 5.5 * cm, 1.2 * cm]
    rows = [header]
    for number, area, themes, actions, progress, rag in areas[:3]:
        rows.append([number, escape(area), actions, progress, rag])
        d.record_weak(area, themes)
    # row 4 runs over the page break, as a long row is split where the page ends
    number, area, themes, actions, progress, rag = areas[3]
    d.record_weak(area, themes)
    rows.append([number, "The long waiting times for the autism assessment pathway and for",
                 "Additional assessment capacity; single point of access; waiting-well offer",
                 "Average wait for autism assessment fell from 74 weeks (December 2019) to 51 weeks", rag])
    d.table(rows, widths, style_cell=CELL)
    d.add(PageBreak())
    rows = [header, ["", "occupational therapy.", "for families.",
                     "(October 2021); occupational therapy waits fell to 16 weeks. Additional capacity commissioned "
                     "from January 2022.", ""]]
    number, area, themes, actions, progress, rag = areas[4]
    rows.append([number, escape(area), actions, progress, rag])
    d.record_weak(area, themes)
    d.table(rows, widths, style_cell=CELL)
    d.space(10)
    d.p("Completed actions: 37 of 52. Next update to the SEND Improvement Board: 13 January 2022.", SMALL)
    d.add(PageBreak())
    d.title("Appendix 2: Key performance indicators")
    d.table([
        ["Indicator", "Baseline (Nov 2019)", "March 2021", "June 2021", "September 2021", "Target"],
        ["New EHC plans issued within 20 weeks (excluding exceptions)", "31%", "58%", "71%", "78%", "80%"],
        ["EHC plans audited as good or better", "38%", "55%", "64%", "72%", "75%"],
        ["Health advice returned within 6 weeks", "44%", "79%", "88%", "91%", "95%"],
        ["Average wait for autism assessment (weeks)", "74", "66", "58", "51", "18"],
        ["Average wait for occupational therapy (weeks)", "29", "24", "19", "16", "18"],
        ["Annual reviews completed on time", "41%", "57%", "63%", "69%", "85%"],
        ["Parents confident in the local area's support", "27%", "38%", "n/a", "49%", "60%"],
        ["Fixed-term exclusions of pupils with EHC plans (rate)", "14.2", "n/a", "9.8", "n/a", "8.0"],
    ], [5.4 * cm, 2.3 * cm, 2 * cm, 2 * cm, 2.4 * cm, 2 * cm])
    d.p("Notes: figures for June 2021 were reported to the SEND Improvement Board on 8 July 2021. The parent survey "
        "was not carried out in June 2021. Exclusion rates are per 100 pupils and are published termly.", SMALL)

    for text, start, end in [
        ("16 December 2021", "2021-12-16", None), ("Between 4 and 8 November 2019", "2019-11-04", "2019-11-08"),
        ("10 January 2020", "2020-01-10", None), ("24 April 2020", "2020-04-24", None),
        ("12 June 2020", "2020-06-12", None), ("18 March 2021", "2021-03-18", None),
        ("7 October 2021", "2021-10-07", None), ("February 2022", "2022-02", None), ("July 2020", "2020-07", None),
        ("from April 2021 to September 2021", "2021-04", "2021-09"), ("October 2021", "2021-10", None),
        ("31 January 2022", "2022-01-31", None), ("25 and 26 November 2021", "2021-11-25", None),
        ("25 and 26 November 2021", "2021-11-26", None), ("January 2015", "2015-01", None),
        ("November 2021", "2021-11", None), ("March 2023", "2023-03", None), ("January 2022", "2022-01", None),
        ("30 November 2021", "2021-11-30", None), ("1 December 2021", "2021-12-01", None),
        ("2 December 2021", "2021-12-02", None), ("April 2020", "2020-04", None), ("17 June 2021", "2021-06-17", None),
        ("9 December 2021", "2021-12-09", None), ("22 July 2020", "2020-07-22", None), ("October 2020", "2020-10", None),
        ("September 2021", "2021-09", None), ("March 2021", "2021-03", None), ("December 2019", "2019-12", None),
        ("November 2020", "2020-11", None), ("1 September 2021", "2021-09-01", None), ("May 2020", "2020-05", None),
        ("13 January 2022", "2022-01-13", None), ("August 2020", "2020-08", None),
        ("April 2022", "2022-04", None), ("23 November 2021", "2021-11-23", None),
        ("17 February 2022", "2022-02-17", None), ("Nov 2019", "2019-11", None), ("June 2021", "2021-06", None),
        ("8 July 2021", "2021-07-08", None),
    ]:
        d.date(text, start, end)
    d.person("Bernadette Ashurst", "Cabinet Portfolio: Children and Families", "member")
    d.person("Gareth Pemberton", "Assistant Director, Education and Inclusion", "officer",
             "gareth.pemberton@wigan.gov.uk", "01942 486512")
    d.person("Rachel Ince", "Finance Manager (Children and Families)", "officer")
    d.person("Simon Tyldesley", "Principal Lawyer (Education)", "officer")
    d.person("Helen Orrell", "Director for Children's Services", "officer")
    d.person("Dr Frances Marsland", "independent chair, SEND Improvement Board", "other")
    d.person("Andrea Culcheth", "chair, Wigan Parent Carer Forum", "other")
    d.event("inspection", "2019-11-04", "2019-11-08", "Between 4 and 8 November 2019 Ofsted and the CQC carried out "
            "a joint inspection of the local area of Wigan")
    d.event("outcome-letter", "2020-01-10", None, "The inspection letter, published on 10 January 2020")
    d.event("wsoa-submitted", "2020-04-24", None, "The WSoA was submitted to Ofsted on 24 April 2020")
    d.event("wsoa-approved", "2020-06-12", None, "was declared fit for purpose by Ofsted and the CQC on 12 June 2020")
    d.event("monitoring", "2021-03-18", None, "Review meetings were held on 18 March 2021 and 7 October 2021")
    d.event("monitoring", "2021-10-07", None, "Review meetings were held on 18 March 2021 and 7 October 2021")
    d.event("monitoring", "2022-02", None, "a further review is planned for February 2022")
    return d

# ------------------------------------------------------------------------------------------------------------------
# 3. Kirklees: an agenda reports pack (front sheet, previous minutes, the SEND report and its appendix)
# ------------------------------------------------------------------------------------------------------------------

def kirklees_pack() -> Doc:
    d = Doc(
        "kirklees/round28-2025-10-07-childrens-scrutiny-panel/"
        "Agenda reports pack 07th-Oct-2025 10.00 Childrens Scrutiny Panel.pdf",
        {"council": "Kirklees Council", "council_slug": "kirklees", "committee": "Children's Scrutiny Panel",
         "meeting_date": "2025-10-07", "title": "Agenda reports pack 07th-Oct-2025 10.00 Childrens Scrutiny Panel",
         "source_kind": "moderngov-document",
         "url": "https://democracy.kirklees.gov.uk/documents/g8841/Public%20reports%20pack%2007th-Oct-2025%2010.00%20"
                "Childrens%20Scrutiny%20Panel.pdf"},
        {"council": "Kirklees Council", "committee": "Children's Scrutiny Panel", "date": "2025-10-07"},
        "Kirklees Council", "Children's Scrutiny Panel - 7 October 2025", "Public Document Pack",
        page_label="Page {n}")
    d.title("Kirklees Council")
    d.p("<b>Agenda</b>")
    d.title("Children's Scrutiny Panel")
    d.p("<b>Venue:</b> Council Chamber - Huddersfield Town Hall")
    d.p("<b>Date:</b> Tuesday 7 October 2025")
    d.p("<b>Time:</b> 10.00 am")
    d.p("<b>Contact:</b> Joanna Mirfield, Principal Governance and Democratic Engagement Officer, Tel: 01484 221743, "
        "Email: joanna.mirfield@kirklees.gov.uk")
    d.p("<b>Membership</b>")
    two_columns(d, ["Councillor Rosemary Hepworth (Chair)", "Councillor Adnan Rafiq", "Councillor Thomas Golcar",
                    "Councillor Megan Linthwaite", "Councillor Shabana Akhtar"],
                ["Councillor Peter Birkby", "Councillor Carol Honley", "Toby Marsden (Co-optee)",
                 "Revd Anne Skelmanthorpe (Co-optee)", "Farida Patel (Co-optee)"])
    d.p("<b>Substitutes panel:</b> Councillors Batley-Clarke, Netherton, Ravensknowle and Wooldale may substitute "
        "for members of their political group.", SMALL)
    d.h("Agenda")
    d.table([
        ["", "Item", "Pages"],
        ["1", "Membership of the Panel: to receive apologies for absence and details of substitutes", ""],
        ["2", "Minutes of previous meeting: to approve the minutes of the meeting held on 22 July 2025", "3 - 6"],
        ["3", "Declarations of interest", ""],
        ["4", "Admission of the public: to determine whether any items should be considered in private", ""],
        ["5", "Deputations/Petitions", ""],
        ["6", "Public question time", ""],
        ["7", "Area SEND inspection: outcome and the Partnership's improvement plan (report of the Service "
              "Director, Learning and Early Support)", "7 - 14"],
        ["8", "Work programme 2025/26", "15 - 16"],
    ], [1 * cm, 12.5 * cm, 2.6 * cm])
    d.p("This agenda was published on Monday 29 September 2025.", SMALL)
    d.add(PageBreak())
    d.title("Contact Officer: Joanna Mirfield")
    d.h("KIRKLEES COUNCIL")
    d.h("CHILDREN'S SCRUTINY PANEL")
    d.p("<b>Tuesday 22nd July 2025</b>")
    d.p("<b>Present:</b> Councillor Rosemary Hepworth (Chair), Councillor Adnan Rafiq, Councillor Thomas Golcar, "
        "Councillor Megan Linthwaite, Councillor Peter Birkby, Councillor Carol Honley, Toby Marsden (Co-optee), "
        "Farida Patel (Co-optee)")
    d.p("<b>In attendance:</b> Councillor Nadia Thornhill (Cabinet Member for Children's Services), Vernon Kaye "
        "(Strategic Director, Children and Families), Ruth Almondbury (Service Director, Learning and Early "
        "Support), Darren Flockton (Head of Service, Children in Care and Care Leavers), Leanne Marsh (Virtual "
        "School Headteacher), Joanna Mirfield (Principal Governance and Democratic Engagement Officer)")
    d.p("<b>Apologies:</b> Councillor Shabana Akhtar, Revd Anne Skelmanthorpe (Co-optee)")
    d.h("1 Membership of the Panel")
    d.p("Apologies were received from Councillor Akhtar and Revd Skelmanthorpe. There were no substitutes.")
    d.h("2 Minutes of previous meeting")
    resolved(d, None, "That the minutes of the meeting held on 10 June 2025 be approved as a correct record.",
             lead="<b>RESOLVED</b> &ndash;")
    d.h("3 Declarations of interest")
    d.p("No interests were declared.")
    d.h("4 Admission of the public")
    d.p("All items were considered in public session.")
    d.h("5 Deputations/Petitions")
    d.p("No deputations or petitions were received.")
    d.h("6 Public question time")
    d.p("No questions were asked.")
    d.h("7 Virtual School Headteacher's annual report 2024/25")
    d.p("The Panel received the annual report of the Virtual School Headteacher, which described the educational "
        "progress of children in care and care leavers. Leanne Marsh reported that 97 per cent of children in care "
        "had a personal education plan reviewed in the summer term, that 31 per cent of children in care had an "
        "EHC plan, and that the number of children in care excluded for a fixed period had fallen. In response to "
        "questions the Panel was informed that a new post-16 adviser had been in post since 1 April 2025, and that "
        "the Virtual School would extend its role to children with a social worker from September 2025.")
    resolved(d, "1)", "That the Virtual School Headteacher's annual report 2024/25 be noted.",
             lead="<b>RESOLVED</b> &ndash;")
    resolved(d, "2)", "That the Panel's thanks be passed on to the staff of the Virtual School and to designated "
             "teachers in Kirklees schools.", lead="")
    resolved(d, "3)", "That the Panel receive figures on the attendance of children in care with EHC plans at its "
             "meeting in January 2026.", lead="")
    d.h("8 Sufficiency of placements for children in care")
    d.p("Darren Flockton presented an update on the sufficiency strategy. Kirklees had opened two new children's "
        "homes in 2025, the second on 16 June 2025, and 64 per cent of children in care lived in family-based "
        "placements. The Panel asked about the costs of external residential placements and about the number of "
        "children placed more than 20 miles from Kirklees.")
    resolved(d, None, "That the update be noted and that a further update, including the costs of external "
             "placements, be provided in the 2026/27 municipal year.", lead="<b>RESOLVED</b> &ndash;")
    d.h("9 Work programme 2025/26")
    resolved(d, None, "That the work programme for 2025/26 be agreed, with the addition of an item on the outcome "
             "of the Area SEND inspection at the meeting on 7 October 2025.", lead="<b>RESOLVED</b> &ndash;")
    d.add(PageBreak())

    # the report
    d.table([
        ["Name of meeting:", "Children's Scrutiny Panel"],
        ["Date:", "7 October 2025"],
        ["Title of report:", "Area SEND inspection: outcome and the Partnership's improvement plan"],
        ["Purpose of report:", "To inform the Panel of the outcome of the Area SEND inspection of the Kirklees "
                               "local area partnership and of the partnership's plan to address the areas for "
                               "improvement."],
        ["Key Decision - Is it likely to result in spending or saving £250k or more, or to have a significant "
         "effect on two or more electoral wards?", "No"],
        ["Is it eligible for call in by Scrutiny?", "Not applicable"],
        ["Date signed off by Strategic Director &amp; name", "Vernon Kaye - 24 September 2025"],
        ["Is it also signed off by the Service Director for Finance?", "Jasmine Holmfirth - 23 September 2025"],
        ["Is it also signed off by the Service Director for Legal, Governance and Commissioning?",
         "Oliver Shepley - 23 September 2025"],
        ["Cabinet member portfolio", "Councillor Nadia Thornhill, Children's Services"],
        ["Electoral wards affected:", "All"],
        ["Public or private:", "Public"],
        ["Has GDPR been considered?", "Yes. The report contains no personal data."],
    ], [7 * cm, 9.2 * cm], header=False)
    d.h("1. Summary")
    d.p("1.1 Ofsted and the Care Quality Commission (CQC) carried out an Area SEND inspection of the Kirklees local "
        "area partnership from 9 to 13 June 2025, under the framework introduced in January 2023. The inspection "
        "report was published on 24 July 2025. The partnership's previous inspection, under the earlier framework, "
        "was in January 2018.")
    d.p("1.2 Inspectors judged that the local area partnership's SEND arrangements lead to inconsistent "
        "experiences and outcomes for children and young people with SEND. The local area partnership must work "
        "jointly to make improvements. The next full inspection will be within approximately three years, and "
        "Ofsted and the CQC will hold an annual engagement meeting with the partnership in the meantime.")
    d.h("2. Information required to take a decision")
    d.p("2.1 Inspectors found many strengths. They reported that children and young people with SEND in "
        "Kirklees are known well by the professionals who work with them, that the portage and early support "
        "services identify needs quickly, and that the Kirklees Parent Carer Forum is a valued and influential "
        "partner.")
    d.p("2.2 The report sets out the following areas for improvement:")
    d.weak("Leaders across the partnership should improve the timeliness of EHC needs assessments, so that "
           "children and young people receive the support set out in their plans without delay.", ["ehc-plans"])
    d.weak("Leaders should ensure that annual reviews of EHC plans take place on time and that plans are amended "
           "promptly when needs change, particularly at points of transition.", ["ehc-plans"])
    d.weak("Integrated care board leaders should reduce the waiting times for neurodevelopmental assessment and "
           "for children's community speech and language therapy.", ["health-services"])
    d.weak("Leaders should strengthen their oversight of the quality of alternative provision and of the use of "
           "part-time timetables for children and young people with SEND.",
           ["inclusion-provision", "data-oversight"])
    d.p("2.3 The partnership has drawn up a SEND Area Partnership Improvement Plan in response. The plan was agreed "
        "by the Kirklees SEND Partnership Board on 11 September 2025 and will be published on the local offer by "
        "31 October 2025. A summary of its milestones is at Appendix 1.")
    d.p("2.4 Since the inspection the partnership has recruited eight additional EHC coordinators, the first of "
        "whom started on 1 September 2025, and the NHS West Yorkshire Integrated Care Board has approved additional "
        "funding for neurodevelopmental assessment from November 2025. The proportion of new EHC plans issued "
        "within 20 weeks was 43 per cent in the period from January to August 2025.")
    d.h("3. Implications for the Council")
    d.p("3.1 <b>Council Plan.</b> The improvement plan supports the Council Plan's priority that children have the "
        "best start in life.")
    d.p("3.2 <b>Financial implications.</b> The eight additional EHC coordinators cost £412,000 a year and are "
        "funded from the High Needs Block within the Safety Valve agreement. The High Needs Block's deficit "
        "recovery plan will be reported to Cabinet on 18 November 2025.")
    d.p("3.3 <b>Legal implications.</b> The Council has duties under Part 3 of the Children and Families Act 2014, "
        "including to issue a final EHC plan within 20 weeks of a request for assessment. The inspection "
        "outcome does not require a Written Statement of Action.")
    d.p("3.4 <b>Climate change and air quality, and other implications.</b> None.")
    d.h("4. Consultees and their opinions")
    d.p("4.1 The Kirklees Parent Carer Forum was consulted on the improvement plan. Its chair, Ellen Scammonden, "
        "said that the forum welcomed the plan's focus on timeliness and annual reviews and would help to measure "
        "whether families notice the difference. The Designated Clinical Officer, Dr Priya Lindley, contributed "
        "the health actions.")
    d.h("5. Next steps and timelines")
    d.p("5.1 The SEND Partnership Board will monitor the plan at every meeting. The Panel may wish to receive a "
        "progress update in spring 2026 and to consider the partnership's preparation for the first annual "
        "engagement meeting with Ofsted and the CQC, expected in July 2026.")
    d.h("6. Officer recommendations and reasons")
    d.p("That the Children's Scrutiny Panel:")
    for label, text in [
        ("(a)", "notes the outcome of the Area SEND inspection and the areas for improvement identified;"),
        ("(b)", "comments on the SEND Area Partnership Improvement Plan summarised in Appendix 1; and"),
        ("(c)", "agrees to receive a progress update on the plan at its meeting in March 2026."),
    ]:
        d.res(label, text, "recommendation")
    d.p("Reason: to enable the Panel to scrutinise the partnership's response to the inspection.")
    d.h("7. Cabinet Portfolio Holder's recommendations")
    d.p("The Cabinet Member for Children's Services, Councillor Nadia Thornhill, supports the recommendations.")
    d.h("8. Contact officer")
    d.p("Kamal Hussain, Head of SEND and Inclusion. Tel: 01484 225390. Email: kamal.hussain@kirklees.gov.uk")
    d.h("9. Background Papers and History of Decisions")
    d.p("Area SEND inspection of Kirklees Local Area Partnership, Ofsted and CQC, 24 July 2025.")
    d.p("Report to Cabinet, 'High Needs Block: Safety Valve agreement', 12 March 2024.")
    d.h("10. Service Director responsible")
    d.p("Ruth Almondbury, Service Director, Learning and Early Support")
    d.add(PageBreak())
    d.title("Appendix 1: SEND Area Partnership Improvement Plan - summary of milestones")
    d.p("Ref. AFI 1 to AFI 4 refer to the areas for improvement in the order in which the inspection report sets "
        "them out.", SMALL)
    d.table([
        ["Ref.", "Key action", "Lead", "Milestone", "Status"],
        ["AFI 1", "Recruit eight EHC coordinators and introduce a weekly decision-making panel", "Head of SEND and "
         "Inclusion", "All in post by 31 December 2025", "On track"],
        ["AFI 1", "Agree a health advice turnaround standard of six weeks with all NHS providers", "Designated "
         "Clinical Officer", "November 2025", "On track"],
        ["AFI 2", "Clear the backlog of overdue annual reviews, prioritising Years 6 and 11", "SEND Casework "
         "Manager", "From October 2025 to March 2026", "Started"],
        ["AFI 2", "Introduce a phase transfer timetable published to families", "Head of SEND and Inclusion",
         "15 February 2026", "Not started"],
        ["AFI 3", "Commission additional neurodevelopmental assessment capacity", "ICB Place Director", "From "
         "November 2025", "On track"],
        ["AFI 3", "Extend the speech and language therapy drop-in offer to all family hubs", "ICB Place Director",
         "By April 2026", "Started"],
        ["AFI 4", "Introduce a register of alternative providers with quality assurance visits", "Head of "
         "Access and Inclusion", "January 2026", "Started"],
        ["AFI 4", "Report the use of part-time timetables to the SEND Partnership Board termly", "Head of Access "
         "and Inclusion", "From December 2025", "On track"],
    ], [1.4 * cm, 6.4 * cm, 3.4 * cm, 3.3 * cm, 1.9 * cm])
    d.p("Status at 19 September 2025.", SMALL)

    for text, start, end in [
        ("Tuesday 7 October 2025", "2025-10-07", None), ("22 July 2025", "2025-07-22", None),
        ("Monday 29 September 2025", "2025-09-29", None), ("10 June 2025", "2025-06-10", None),
        ("1 April 2025", "2025-04-01", None), ("September 2025", "2025-09", None), ("January 2026", "2026-01", None),
        ("16 June 2025", "2025-06-16", None), ("24 September 2025", "2025-09-24", None),
        ("23 September 2025", "2025-09-23", None), ("from 9 to 13 June 2025", "2025-06-09", "2025-06-13"),
        ("January 2023", "2023-01", None), ("24 July 2025", "2025-07-24", None), ("January 2018", "2018-01", None),
        ("11 September 2025", "2025-09-11", None), ("31 October 2025", "2025-10-31", None),
        ("1 September 2025", "2025-09-01", None), ("November 2025", "2025-11", None),
        ("from January to August 2025", "2025-01", "2025-08"), ("18 November 2025", "2025-11-18", None),
        ("July 2026", "2026-07", None), ("March 2026", "2026-03", None), ("12 March 2024", "2024-03-12", None),
        ("31 December 2025", "2025-12-31", None), ("From October 2025 to March 2026", "2025-10", "2026-03"),
        ("15 February 2026", "2026-02-15", None), ("April 2026", "2026-04", None), ("December 2025", "2025-12", None),
        ("19 September 2025", "2025-09-19", None),
    ]:
        d.date(text, start, end)
    for name, role, kind, email, phone in [
        ("Joanna Mirfield", "Principal Governance and Democratic Engagement Officer", "officer",
         "joanna.mirfield@kirklees.gov.uk", "01484 221743"),
        ("Rosemary Hepworth", "Chair", "member", None, None), ("Adnan Rafiq", None, "member", None, None),
        ("Thomas Golcar", None, "member", None, None), ("Megan Linthwaite", None, "member", None, None),
        ("Shabana Akhtar", None, "member", None, None), ("Peter Birkby", None, "member", None, None),
        ("Carol Honley", None, "member", None, None), ("Toby Marsden", "Co-optee", "other", None, None),
        ("Anne Skelmanthorpe", "Co-optee", "other", None, None), ("Farida Patel", "Co-optee", "other", None, None),
        ("Batley-Clarke", "substitute", "member", None, None), ("Netherton", "substitute", "member", None, None),
        ("Ravensknowle", "substitute", "member", None, None), ("Wooldale", "substitute", "member", None, None),
        ("Nadia Thornhill", "Cabinet Member for Children's Services", "member", None, None),
        ("Vernon Kaye", "Strategic Director, Children and Families", "officer", None, None),
        ("Ruth Almondbury", "Service Director, Learning and Early Support", "officer", None, None),
        ("Darren Flockton", "Head of Service, Children in Care and Care Leavers", "officer", None, None),
        ("Leanne Marsh", "Virtual School Headteacher", "officer", None, None),
        ("Jasmine Holmfirth", "Service Director for Finance", "officer", None, None),
        ("Oliver Shepley", "Service Director for Legal, Governance and Commissioning", "officer", None, None),
        ("Ellen Scammonden", "chair, Kirklees Parent Carer Forum", "other", None, None),
        ("Dr Priya Lindley", "Designated Clinical Officer", "officer", None, None),
        ("Kamal Hussain", "Head of SEND and Inclusion", "officer", "kamal.hussain@kirklees.gov.uk", "01484 225390"),
    ]:
        d.person(name, role, kind, email, phone)
    d.event("inspection", "2025-06-09", "2025-06-13", "Ofsted and the Care Quality Commission (CQC) carried out an "
            "Area SEND inspection of the Kirklees local area partnership from 9 to 13 June 2025")
    d.event("outcome-letter", "2025-07-24", None, "The inspection report was published on 24 July 2025.")
    d.event("inspection", "2018-01", None, "The partnership's previous inspection, under the earlier framework, "
            "was in January 2018.")
    d.event("progress-plan", "2025-09-11", None, "The plan was agreed by the Kirklees SEND Partnership Board on 11 "
            "September 2025")
    d.event("progress-plan", "2025-10-31", None, "and will be published on the local offer by 31 October 2025")
    return d

# ------------------------------------------------------------------------------------------------------------------
# 4. Stockport: minutes of the Health and Wellbeing Board, with an action log and named partner officers
# ------------------------------------------------------------------------------------------------------------------

def stockport_minutes() -> Doc:
    d = Doc(
        "stockport/round28-2025-09-17-health-and-wellbeing-board/"
        "Printed minutes 11th-Jun-2025 14.00 Health and Wellbeing Board.pdf",
        {"council": "Stockport Metropolitan Borough Council", "council_slug": "stockport",
         "committee": "Health and Wellbeing Board", "meeting_date": "2025-09-17",
         "title": "Printed minutes 11th-Jun-2025 14.00 Health and Wellbeing Board",
         "source_kind": "moderngov-document",
         "url": "http://democracy.stockport.gov.uk/documents/g31207/Printed%20minutes%2011th-Jun-2025%2014.00%20"
                "Health%20and%20Wellbeing%20Board.pdf"},
        {"council": "Stockport Metropolitan Borough Council", "committee": "Health and Wellbeing Board",
         "date": "2025-06-11"},
        "Stockport Metropolitan Borough Council", "Health and Wellbeing Board",
        "Health and Wellbeing Board - 11 June 2025")
    d.title("HEALTH AND WELLBEING BOARD")
    d.p("<b>Meeting:</b> 11 June 2025 &nbsp;&nbsp; <b>At:</b> 2.00 pm &nbsp;&nbsp; <b>Venue:</b> Committee Room 1, "
        "Town Hall, Stockport")
    d.h("PRESENT")
    d.p("<b>Stockport Metropolitan Borough Council:</b> Councillor Judith Cheadle (Cabinet Member for Health and "
        "Adult Social Care) (Chair); Councillor Owen Marple (Cabinet Member for Children, Families and Education); "
        "Councillor Lisa Heaton-Mersey (Opposition Spokesperson); Jennifer Offerton (Director of Public Health); "
        "Simon Brinnington (Director of Children's Services); Ayesha Kaur (Director of Adult Social Care).")
    d.p("<b>NHS Greater Manchester (Stockport locality):</b> Dr Martin Woodford (Clinical Director and Vice-Chair); "
        "Claire Reddish (Deputy Place Lead for Health and Care Integration).")
    d.p("<b>Provider and partner organisations:</b> Jonathan Hazel (Chief Operating Officer, Stockport NHS "
        "Foundation Trust); Patrick Romiley (Director of Operations for Stockport, Pennine Care NHS Foundation "
        "Trust); Superintendent Gemma Brinksway (Greater Manchester Police); Maureen Cale (Chair, Healthwatch "
        "Stockport); Tariq Shaw (Chief Executive, Sector3, for the voluntary, community, faith and social enterprise "
        "sector); Hannah Adswood (Co-Chair, Stockport Parent Carer Forum).")
    d.h("ALSO IN ATTENDANCE")
    d.p("Rowena Bredbury (Head of SEND and Inclusion), Dr Nikhil Vernon (Designated Clinical Officer for SEND, NHS "
        "Greater Manchester), Philippa Gatley (Public Health Consultant), Graham Hatherlow (Strategic Lead, Better "
        "Care Fund) and Sophie Lancashire (Democratic Services Officer).")
    d.h("1. DECLARATIONS OF INTEREST")
    d.p("Hannah Adswood declared a personal interest in minute 6 as the parent of a young person with an Education, "
        "Health and Care plan.")
    d.h("2. MINUTES")
    d.p("The Minutes (copies of which had been circulated) of the meeting held on 12 March 2025 were considered.")
    resolved(d, None, "That the Minutes of the meeting held on 12 March 2025 be approved as a correct record and "
             "signed by the Chair.", lead="<b>RESOLVED</b> &ndash;")
    d.h("3. CHAIR'S ANNOUNCEMENTS")
    d.p("The Chair welcomed Superintendent Gemma Brinksway to her first meeting of the Board, and thanked Maureen "
        "Cale, who would stand down as Chair of Healthwatch Stockport at the end of July 2025, for her contribution "
        "over seven years.")
    d.h("4. PUBLIC QUESTION TIME")
    d.p("Members of the public were invited to submit questions on any matter within the powers of the Board. One "
        "question had been submitted, by Ms Deborah Hazelgrove, asking when children waiting for an autism "
        "assessment in Stockport would be seen within the national standard. Dr Martin Woodford responded that "
        "the longest waits had fallen from 96 weeks in June 2024 to 61 weeks in May 2025, that a third assessment "
        "provider would start on 1 August 2025, and that the locality aimed to see every child referred within 52 "
        "weeks by March 2026.")
    resolved(d, None, "That the question and the response be noted.", lead="<b>RESOLVED</b> &ndash;")
    d.h("5. JOINT STRATEGIC NEEDS ASSESSMENT: CHILDREN AND YOUNG PEOPLE")
    d.p("The Public Health Consultant presented the refreshed children and young people chapter of the Joint "
        "Strategic Needs Assessment, which drew on data published up to April 2025. Among other findings, the "
        "number of children and young people with an EHC plan had risen by 41 per cent in five years, and speech, "
        "language and communication needs were now the most common primary need among children at SEN support. "
        "Board members discussed the links between deprivation, school readiness and the identification of needs, "
        "and asked that the chapter inform the partnership's SEND Improvement Plan.")
    d.p("<b>RESOLVED</b> &ndash;")
    resolved(d, "(1)", "That the children and young people chapter of the Joint Strategic Needs Assessment be "
             "approved for publication.", lead="")
    resolved(d, "(2)", "That partners be asked to use the chapter's findings in their commissioning plans for "
             "2026/27.", lead="")
    d.h("6. AREA SEND INSPECTION: OUTCOME AND IMPROVEMENT PLAN")
    d.p("The Director of Children's Services and the Deputy Place Lead for Health and Care Integration submitted a "
        "joint report (copies of which had been circulated) on the outcome of the Area SEND inspection of the "
        "Stockport local area partnership.")
    d.p("The Board was informed that Ofsted and the Care Quality Commission had inspected the partnership from 3 to "
        "7 February 2025, under the Area SEND framework introduced in January 2023, and that the inspection report "
        "had been published on 20 March 2025. The partnership's previous inspection, in September 2018, had "
        "required a Written Statement of Action, and the area had been released from formal DfE monitoring in "
        "March 2022.")
    d.p("Inspectors judged that the local area partnership's arrangements typically lead to positive experiences "
        "and outcomes for children and young people with SEND. They found that leaders had a shared ambition, "
        "that families' views shaped services, and that the early years SEND team identified needs early. The "
        "report nevertheless set out three areas for improvement:")
    d.weak("Leaders should ensure that the health contributions to EHC plans are specific and that the outcomes in "
           "plans are reviewed and updated at annual reviews;", ["ehc-plans"], marker="a)")
    d.weak("Leaders should reduce the time that children and young people wait for an autism assessment, and "
           "strengthen the support available to families while they wait;", ["health-services"], marker="b)")
    d.weak("Leaders should improve the range of post-16 pathways, including supported internships and "
           "employment, for young people with SEND as they prepare for adulthood.",
           ["preparing-for-adulthood"], marker="c)")
    d.p("The Head of SEND and Inclusion explained that the partnership's SEND Improvement Plan had been agreed by "
        "the SEND Partnership Board on 14 May 2025 and would be published on the Local Offer by 30 June 2025. The "
        "plan set out the actions against each area for improvement, with a lead and a measure of impact. Ofsted "
        "and the CQC would hold an annual engagement meeting with the partnership, the first expected in the "
        "spring of 2026, and the next full inspection would take place within five years.")
    d.p("The Designated Clinical Officer for SEND described the work under way to improve health advice, "
        "including a quality assurance tool piloted from January 2025 and training for therapists, health visitors "
        "and school nurses. The Co-Chair of the Stockport Parent Carer Forum said that the forum was proud of the "
        "outcome, which reflected years of co-production, but that the waits for autism assessment and the lack "
        "of work experience for young people with EHC plans were the issues parents raised most often.")
    d.p("In discussion, Board members made the following points:")
    for text in [
        "the Director of Operations for Stockport, Pennine Care NHS Foundation Trust, reported that the mental "
        "health support teams now covered 78 per cent of Stockport schools;",
        "the Chief Executive of Sector3 offered to broker work placements with voluntary organisations for young "
        "people with SEND;",
        "the Director of Adult Social Care said that a preparing for adulthood protocol between children's and "
        "adults' services would be agreed by September 2025;",
        "the Chair of Healthwatch Stockport asked that families' experience of waiting be measured as well as the "
        "length of waits.",
    ]:
        d.p(f"&bull; {escape(text)}", BULLET)
    d.p("<b>RESOLVED</b> &ndash;")
    resolved(d, "(1)", "That the outcome of the Area SEND inspection be noted, and the Board's congratulations be "
             "conveyed to children and young people, families and staff across the partnership.", lead="")
    resolved(d, "(2)", "That the SEND Improvement Plan be endorsed.", lead="")
    resolved(d, "(3)", "That each partner organisation identify a named lead for the plan's actions that fall to "
             "it, and notify the Director of Children's Services by 31 July 2025.", lead="")
    resolved(d, "(4)", "That a progress report on the SEND Improvement Plan, including autism assessment waiting "
             "times, be submitted to the Board's meeting on 10 December 2025.", lead="")
    d.h("7. BETTER CARE FUND PLAN 2025/26")
    d.p("The Strategic Lead, Better Care Fund, reported that the Better Care Fund plan for 2025/26 had been "
        "submitted to NHS England on 31 March 2025 under delegated authority, and had been approved on 16 May 2025. "
        "The plan's metrics included avoidable admissions, discharge to usual place of residence and admissions "
        "to residential care.")
    resolved(d, None, "That the submission of the Better Care Fund plan for 2025/26 under delegated authority be "
             "endorsed.", lead="<b>RESOLVED</b> &ndash;")
    d.h("8. PHARMACEUTICAL NEEDS ASSESSMENT 2025")
    d.p("The Director of Public Health presented the draft Pharmaceutical Needs Assessment, which the Board was "
        "required to publish by 1 October 2025. A statutory consultation would run from 23 June 2025 to 22 August "
        "2025.")
    d.p("<b>RESOLVED</b> &ndash;")
    resolved(d, "(1)", "That the draft Pharmaceutical Needs Assessment be approved for consultation.", lead="")
    resolved(d, "(2)", "That authority to approve the final Pharmaceutical Needs Assessment be delegated to the "
             "Director of Public Health, in consultation with the Chair.", lead="")
    d.h("9. SUICIDE PREVENTION STRATEGY: ANNUAL UPDATE")
    d.p("The Public Health Consultant gave the annual update on the Stockport Suicide Prevention Strategy. The "
        "Board noted the real-time surveillance system introduced in October 2024 and the training delivered to "
        "412 frontline staff.")
    resolved(d, None, "That the annual update be noted.", lead="<b>RESOLVED</b> &ndash;")
    d.h("10. CHILDHOOD IMMUNISATION UPTAKE")
    d.p("The Director of Public Health reported on the uptake of childhood immunisations. Uptake of the second dose "
        "of the measles, mumps and rubella vaccine at five years had fallen to 86.1 per cent, below the 95 per cent "
        "needed for herd immunity, with the lowest uptake in Brinnington and Central Stockport. A catch-up "
        "campaign had run from 6 January 2025 to 28 February 2025 and had reached 1,240 children. Board members "
        "discussed the role of family hubs, early years settings and special schools in encouraging uptake, and "
        "the Co-Chair of the Parent Carer Forum said that some parents of children with sensory needs found clinic "
        "settings distressing and would welcome quieter appointments.")
    d.p("The Chief Operating Officer, Stockport NHS Foundation Trust, agreed that the school-age immunisation "
        "service would offer adjusted appointments in special schools from September 2025. The Clinical Director "
        "said that general practices with the lowest uptake would be offered additional support through the "
        "primary care quality scheme.")
    d.p("<b>RESOLVED</b> &ndash;")
    resolved(d, "(1)", "That the report on childhood immunisation uptake be noted.", lead="")
    resolved(d, "(2)", "That the Board support a further catch-up campaign in the autumn term, targeted at the "
             "neighbourhoods with the lowest uptake.", lead="")
    resolved(d, "(3)", "That the Director of Public Health report uptake by neighbourhood to the Board annually.",
             lead="")
    d.h("11. FORWARD PLAN")
    d.p("The Democratic Services Officer submitted the Board's forward plan for 2025/26.")
    resolved(d, None, "That the forward plan be agreed, subject to the addition of the SEND Improvement Plan "
             "progress report in December 2025.", lead="<b>RESOLVED</b> &ndash;")
    d.h("12. DATE OF NEXT MEETING")
    d.p("The next meeting of the Board will be held on 17 September 2025 at 2.00 pm.")
    d.p("The meeting closed at 4.05 pm.")
    d.h("ACTION LOG")
    d.table([
        ["Minute", "Action", "Owner", "Due"],
        ["4", "Publish the written response to the public question on the Board's web page", "Democratic "
         "Services Officer", "25 June 2025"],
        ["5", "Share the JSNA chapter with the SEND Partnership Board", "Public Health Consultant", "June 2025"],
        ["6", "Notify named leads for the SEND Improvement Plan actions", "All partners", "31 July 2025"],
        ["6", "Bring the SEND Improvement Plan progress report, with autism waiting times", "Head of SEND and "
         "Inclusion / Designated Clinical Officer for SEND", "10 December 2025"],
        ["6", "Agree the preparing for adulthood protocol and report it to the Board", "Director of Adult Social "
         "Care", "September 2025"],
        ["8", "Publish the Pharmaceutical Needs Assessment", "Director of Public Health", "1 October 2025"],
    ], [1.6 * cm, 7.6 * cm, 4.4 * cm, 2.6 * cm])
    d.space(16)
    d.p("Chair ................................................")

    for text, start, end in [
        ("11 June 2025", "2025-06-11", None), ("12 March 2025", "2025-03-12", None), ("July 2025", "2025-07", None),
        ("June 2024", "2024-06", None), ("May 2025", "2025-05", None), ("1 August 2025", "2025-08-01", None),
        ("March 2026", "2026-03", None), ("April 2025", "2025-04", None),
        ("from 3 to 7 February 2025", "2025-02-03", "2025-02-07"), ("January 2023", "2023-01", None),
        ("20 March 2025", "2025-03-20", None), ("September 2018", "2018-09", None), ("March 2022", "2022-03", None),
        ("14 May 2025", "2025-05-14", None), ("30 June 2025", "2025-06-30", None), ("January 2025", "2025-01", None),
        ("September 2025", "2025-09", None), ("31 July 2025", "2025-07-31", None),
        ("10 December 2025", "2025-12-10", None), ("31 March 2025", "2025-03-31", None),
        ("16 May 2025", "2025-05-16", None), ("1 October 2025", "2025-10-01", None),
        ("from 23 June 2025 to 22 August 2025", "2025-06-23", "2025-08-22"), ("October 2024", "2024-10", None),
        ("December 2025", "2025-12", None), ("17 September 2025", "2025-09-17", None),
        ("25 June 2025", "2025-06-25", None), ("June 2025", "2025-06", None),
        ("from 6 January 2025 to 28 February 2025", "2025-01-06", "2025-02-28"),
    ]:
        d.date(text, start, end)
    for name, role, kind in [
        ("Judith Cheadle", "Cabinet Member for Health and Adult Social Care; Chair", "member"),
        ("Owen Marple", "Cabinet Member for Children, Families and Education", "member"),
        ("Lisa Heaton-Mersey", "Opposition Spokesperson", "member"),
        ("Jennifer Offerton", "Director of Public Health", "officer"),
        ("Simon Brinnington", "Director of Children's Services", "officer"),
        ("Ayesha Kaur", "Director of Adult Social Care", "officer"),
        ("Dr Martin Woodford", "Clinical Director and Vice-Chair, NHS Greater Manchester (Stockport locality)",
         "officer"),
        ("Claire Reddish", "Deputy Place Lead for Health and Care Integration", "officer"),
        ("Jonathan Hazel", "Chief Operating Officer, Stockport NHS Foundation Trust", "officer"),
        ("Patrick Romiley", "Director of Operations for Stockport, Pennine Care NHS Foundation Trust", "officer"),
        ("Gemma Brinksway", "Superintendent, Greater Manchester Police", "officer"),
        ("Maureen Cale", "Chair, Healthwatch Stockport", "other"),
        ("Tariq Shaw", "Chief Executive, Sector3", "other"),
        ("Hannah Adswood", "Co-Chair, Stockport Parent Carer Forum", "other"),
        ("Rowena Bredbury", "Head of SEND and Inclusion", "officer"),
        ("Dr Nikhil Vernon", "Designated Clinical Officer for SEND, NHS Greater Manchester", "officer"),
        ("Philippa Gatley", "Public Health Consultant", "officer"),
        ("Graham Hatherlow", "Strategic Lead, Better Care Fund", "officer"),
        ("Sophie Lancashire", "Democratic Services Officer", "officer"),
        ("Ms Deborah Hazelgrove", None, "other"),
    ]:
        d.person(name, role, kind)
    d.event("inspection", "2025-02-03", "2025-02-07", "Ofsted and the Care Quality Commission had inspected the "
            "partnership from 3 to 7 February 2025")
    d.event("outcome-letter", "2025-03-20", None, "the inspection report had been published on 20 March 2025")
    d.event("inspection", "2018-09", None, "The partnership's previous inspection, in September 2018, had required a "
            "Written Statement of Action")
    d.event("progress-plan", "2025-05-14", None, "the partnership's SEND Improvement Plan had been agreed by the SEND "
            "Partnership Board on 14 May 2025")
    d.event("progress-plan", "2025-06-30", None, "and would be published on the Local Offer by 30 June 2025")
    return d

# ------------------------------------------------------------------------------------------------------------------
# 5. Cornwall: an overview and scrutiny report on an Area SEND inspection outcome, with its appendix
# ------------------------------------------------------------------------------------------------------------------

def cornwall_report() -> Doc:
    d = Doc(
        "cornwall/round28-2025-11-19-children-and-families-overview-and-scrutiny-committee/"
        "Area SEND Inspection Outcome and Improvement Notice.pdf",
        {"council": "Cornwall Council", "council_slug": "cornwall",
         "committee": "Children and Families Overview and Scrutiny Committee", "meeting_date": "2025-11-19",
         "title": "Area SEND Inspection Outcome and Improvement Notice", "source_kind": "moderngov-document",
         "url": "https://democracy.cornwall.gov.uk/documents/s188204/Area%20SEND%20Inspection%20Outcome%20and%20"
                "Improvement%20Notice.pdf"},
        {"council": "Cornwall Council", "committee": "Children and Families Overview and Scrutiny Committee",
         "date": "2025-11-19"},
        "Cornwall Council", "Children and Families Overview and Scrutiny Committee", "19 November 2025")
    d.title("Cornwall Council")
    d.table([
        ["Report to:", "Children and Families Overview and Scrutiny Committee"],
        ["Date:", "19 November 2025"],
        ["Title:", "Area SEND Inspection Outcome and Improvement Notice"],
        ["Portfolio Area:", "Children and Families"],
        ["Divisions Affected:", "All"],
        ["Relevant Director:", "Trudy Penhallow, Strategic Director for Care and Wellbeing"],
        ["Local Member(s) briefed:", "Not applicable"],
        ["Authors, Roles and Contact Details:", "Morwenna Tregenza, Service Director, Education and SEND, "
         "morwenna.tregenza@cornwall.gov.uk, 01872 322410; Daniel Hocking, SEND Improvement Programme Manager, "
         "daniel.hocking@cornwall.gov.uk, 01872 327715"],
        ["Approval and clearance obtained:", "Yes"],
        ["Key decision?", "No"],
        ["Published in advance on Cabinet Forward Plan?", "Not applicable"],
        ["Urgency Procedure(s) used:", "No"],
    ], [5.2 * cm, 11 * cm], header=False)
    d.h("Recommendations:")
    for label, text in [
        ("1.", "That the Committee notes the outcome of the Area SEND inspection of the Cornwall local area "
               "partnership and the Improvement Notice issued to the Council and the Integrated Care Board."),
        ("2.", "That the Committee considers the Priority Action Plan and identifies any areas on which it wishes to "
               "receive further assurance."),
        ("3.", "That the Committee includes six-monthly progress reports on the Priority Action Plan in its work "
               "programme, the first to be received in May 2026."),
    ]:
        d.res(label, text, "recommendation", style=NUMBERED)
    d.h("1 Executive Summary")
    d.p("1.1 Ofsted and the Care Quality Commission (CQC) carried out an Area SEND inspection of the Cornwall local "
        "area partnership between 12 May 2025 and 16 May 2025. The inspection report, published on 1 July 2025, "
        "found that there are widespread and/or systemic failings leading to significant concerns about the "
        "experiences and outcomes of children and young people with SEND, which the local area partnership must "
        "address urgently.")
    d.p("1.2 The partnership submitted its Priority Action Plan to Ofsted on 12 August 2025. The Department for "
        "Education (DfE) issued an Improvement Notice to Cornwall Council and NHS Cornwall and Isles of Scilly "
        "Integrated Care Board on 29 August 2025, and appointed an independent chair for the partnership's SEND "
        "Improvement Board.")
    d.h("2 Purpose of Report")
    d.p("2.1 To inform the Committee of the inspection outcome, the findings and the partnership's response, and to "
        "enable the Committee to plan its scrutiny of the improvement programme.")
    d.h("3 Background")
    d.p("3.1 The Area SEND inspection framework was introduced in January 2023. It has three possible outcomes; "
        "Cornwall received the lowest. The partnership was last inspected, under the previous framework, in March "
        "2018, when inspectors identified no areas of significant weakness.")
    d.p("3.2 Inspectors found strengths in the local area. Children and young people in special schools and "
        "resourced provision generally receive good support; the virtual school's work with children in care who "
        "have SEND is effective; and the Parent Carer Council for Cornwall is a committed partner.")
    d.p("3.3 However, inspectors found that too many children and young people wait too long for their needs to be "
        "identified and met, that the quality of EHC plans is poor, and that many families have lost confidence in "
        "the partnership. Inspectors set out two priority actions and three areas for improvement, which are "
        "reproduced in paragraphs 3.4 to 3.8 below.<super>1</super>")
    items = [
        ("3.4", "Priority action 1:", "Leaders across education, health and care should establish effective joint "
         "governance and accountability for SEND, with an accurate shared understanding of the local area's "
         "strengths and weaknesses and a single plan to improve the experiences and outcomes of children and "
         "young people.", ["leadership-governance"]),
        ("3.5", "Priority action 2:", "Leaders should urgently improve the timeliness and quality of EHC needs "
         "assessments and plans, so that plans accurately describe children's needs and the provision to meet them, "
         "with timely and specific contributions from health and social care.", ["ehc-plans"]),
        ("3.6", "Area for improvement 1:", "Leaders should reduce the waiting times for speech and language therapy, "
         "occupational therapy and neurodevelopmental assessment, and ensure that children and families are "
         "supported while they wait.", ["health-services"]),
        ("3.7", "Area for improvement 2:", "Leaders should improve the way they communicate with parents and carers, "
         "and the information in the local offer, so that families know what support is available and how to "
         "access it.", ["co-production", "local-offer"]),
        ("3.8", "Area for improvement 3:", "Leaders should strengthen the oversight of children and young people who "
         "are on part-time timetables, in alternative provision or missing education, so that their needs are "
         "known and met.", ["inclusion-provision", "data-oversight"]),
    ]
    for number, label, text, themes in items:
        d.add(KeepTogether([Paragraph(f"{number} <b>{label}</b> {escape(text)}", NUMBERED)]))
        d.record_weak(text, themes)
    d.p("3.9 The Priority Action Plan sets out, for each priority action and area for improvement, the actions to be "
        "taken, the lead officer and partner, the measures of impact and the timescales. It was agreed by the SEND "
        "Partnership Board on 6 August 2025, before its submission, and is published on the local offer.")
    d.p("3.10 The Improvement Notice requires the Council and the Integrated Care Board to deliver the Priority "
        "Action Plan, to establish a SEND Improvement Board with an independent chair, and to report progress to "
        "the DfE and NHS England at six-monthly stocktakes. The first stocktake was held on 16 October 2025, and "
        "the next is scheduled for February 2026. The membership of the SEND Improvement Board is at Appendix A.")
    d.p("3.11 Early progress includes: the EHC needs assessment team's caseloads have been reduced from an average "
        "of 214 to 160 since June 2025; a weekly multi-agency decision panel started on 1 September 2025; the ICB "
        "has commissioned an additional speech and language therapy service for the west of the county from "
        "January 2026; and a new co-produced communications plan was launched on 20 October 2025.")
    d.h("4 Financial Implications")
    d.p("4.1 The Priority Action Plan is estimated to cost £3.2m over two years, of which £1.9m is met from the "
        "Council's children's services budget and reserves and £1.3m by the ICB. The High Needs Block deficit was "
        "£41.6m at 31 March 2025 and is subject to the statutory override.")
    d.p("<i>Finance comments provided by: Jory Angove, Strategic Finance Business Partner, 28 October 2025.</i>")
    d.h("5 Legal/Governance Implications")
    d.p("5.1 The Improvement Notice is issued under the Secretary of State's powers in section 497A of the "
        "Education Act 1996. If the Secretary of State is not satisfied with progress, the Council may be issued "
        "with a statutory direction.")
    d.p("<i>Legal comments provided by: Lowenna Carne, Senior Lawyer (Education and Children), 29 October 2025.</i>")
    d.h("6 Risk Implications")
    d.table([
        ["Risk", "Likelihood", "Impact", "Mitigation"],
        ["The pace of improvement is not sufficient to satisfy the DfE at the stocktakes", "Medium", "High",
         "Independent chair; monthly Improvement Board; programme office tracking every action"],
        ["Recruitment of EHC coordinators and therapists is not achieved", "High", "High",
         "Market supplement approved in September 2025; regional workforce collaboration"],
        ["Demand for EHC needs assessment continues to rise faster than capacity", "High", "Medium",
         "Graduated approach and SEN support offer to schools; early help hubs"],
        ["Families' confidence does not improve", "Medium", "High",
         "Co-produced communications plan; monthly drop-ins with the Parent Carer Council"],
    ], [5.6 * cm, 2.3 * cm, 1.9 * cm, 6.4 * cm])
    d.h("7 Equality and Diversity Implications")
    d.p("7.1 Children and young people with SEND share protected characteristics under the Equality Act 2010. The "
        "Priority Action Plan is intended to reduce the inequalities identified by inspectors, including for "
        "children in rural areas and on the Isles of Scilly border services.")
    d.h("8 Consultation and Engagement")
    d.p("8.1 The Priority Action Plan was developed with the Parent Carer Council for Cornwall, whose co-chair, "
        "Kerenza Opie, sits on the SEND Improvement Board, and with young people through the SEND Youth Forum, who "
        "met the Portfolio Holder for Children and Families, Councillor Peter Bolitho, on 15 July 2025.")
    d.h("9 Appendices")
    d.p("Appendix A: Membership of the SEND Improvement Board and meeting schedule")
    d.h("10 Background Papers")
    d.p("Area SEND inspection of Cornwall Local Area Partnership, Ofsted and CQC, 1 July 2025.")
    d.p("Improvement Notice: Cornwall Council and NHS Cornwall and Isles of Scilly ICB, Department for Education, "
        "29 August 2025.")
    d.p("Report to Cabinet, 'SEND Priority Action Plan', 10 September 2025.")
    d.h("11 Approval and clearance of report")
    d.table([
        ["Final report sign offs", "This report has been cleared by", "Date"],
        ["Governance/Legal (required)", "Lowenna Carne", "29/10/2025"],
        ["Finance (required)", "Jory Angove", "28/10/2025"],
        ["Equality and Diversity", "Not required", ""],
        ["Service Director", "Morwenna Tregenza", "30/10/2025"],
        ["Strategic Director", "Trudy Penhallow", "31/10/2025"],
    ], [5.6 * cm, 6.8 * cm, 3.8 * cm])
    d.p("<super>1</super> The wording is that of the inspection report. The labels 'Priority action' and 'Area for "
        "improvement' and their numbering are the report's.", SMALL)
    d.add(PageBreak())
    d.title("Appendix A: Membership of the SEND Improvement Board and meeting schedule")
    d.table([
        ["Member", "Role", "Organisation"],
        ["Dr Alison Kernick", "Independent Chair (appointed by the DfE)", "-"],
        ["Trudy Penhallow", "Strategic Director for Care and Wellbeing (DCS)", "Cornwall Council"],
        ["Morwenna Tregenza", "Service Director, Education and SEND", "Cornwall Council"],
        ["Rebecca Polglase", "Chief Nursing Officer", "NHS Cornwall and Isles of Scilly ICB"],
        ["Dr Hamish Tonkin", "Designated Clinical Officer for SEND", "NHS Cornwall and Isles of Scilly ICB"],
        ["Gwen Trewin", "Director of Children's Services, Community Health", "Cornwall Partnership NHS "
                                                                           "Foundation Trust"],
        ["Kerenza Opie", "Co-Chair", "Parent Carer Council for Cornwall"],
        ["Mark Pascoe", "Headteacher, representing special schools", "Nancealverne Academy Trust"],
        ["Councillor Peter Bolitho", "Portfolio Holder for Children and Families (observer)", "Cornwall Council"],
        ["Ellie Chenoweth", "DfE SEND Adviser (observer)", "Department for Education"],
    ], [4.6 * cm, 6.4 * cm, 5.2 * cm])
    d.h("Meeting schedule 2025/26")
    d.table([
        ["Meeting", "Date", "Main business"],
        ["1", "18 September 2025", "Terms of reference; Priority Action Plan governance"],
        ["2", "9 October 2025", "Preparation for the first stocktake"],
        ["3", "13 November 2025", "EHC needs assessment recovery; therapy waiting times"],
        ["4", "11 December 2025", "Communications and the local offer"],
        ["5", "15 January 2026", "Part-time timetables and alternative provision"],
        ["6", "12 February 2026", "Preparation for the second stocktake"],
    ], [2 * cm, 4 * cm, 10.2 * cm])
    d.p("Meetings from March 2026 will be held monthly, on the second Thursday, subject to review by the "
        "independent chair.", SMALL)

    for text, start, end in [
        ("19 November 2025", "2025-11-19", None), ("May 2026", "2026-05", None),
        ("between 12 May 2025 and 16 May 2025", "2025-05-12", "2025-05-16"), ("1 July 2025", "2025-07-01", None),
        ("12 August 2025", "2025-08-12", None), ("29 August 2025", "2025-08-29", None),
        ("January 2023", "2023-01", None), ("March 2018", "2018-03", None), ("6 August 2025", "2025-08-06", None),
        ("16 October 2025", "2025-10-16", None),
        ("February 2026", "2026-02", None), ("June 2025", "2025-06", None), ("1 September 2025", "2025-09-01", None),
        ("January 2026", "2026-01", None), ("20 October 2025", "2025-10-20", None),
        ("31 March 2025", "2025-03-31", None), ("28 October 2025", "2025-10-28", None),
        ("29 October 2025", "2025-10-29", None), ("September 2025", "2025-09", None),
        ("15 July 2025", "2025-07-15", None), ("10 September 2025", "2025-09-10", None),
        ("30/10/2025", "2025-10-30", None), ("31/10/2025", "2025-10-31", None),
        ("18 September 2025", "2025-09-18", None), ("9 October 2025", "2025-10-09", None),
        ("13 November 2025", "2025-11-13", None), ("11 December 2025", "2025-12-11", None),
        ("15 January 2026", "2026-01-15", None), ("12 February 2026", "2026-02-12", None),
        ("March 2026", "2026-03", None),
    ]:
        d.date(text, start, end)
    for name, role, kind, email, phone in [
        ("Trudy Penhallow", "Strategic Director for Care and Wellbeing", "officer", None, None),
        ("Morwenna Tregenza", "Service Director, Education and SEND", "officer", "morwenna.tregenza@cornwall.gov.uk",
         "01872 322410"),
        ("Daniel Hocking", "SEND Improvement Programme Manager", "officer", "daniel.hocking@cornwall.gov.uk",
         "01872 327715"),
        ("Jory Angove", "Strategic Finance Business Partner", "officer", None, None),
        ("Lowenna Carne", "Senior Lawyer (Education and Children)", "officer", None, None),
        ("Kerenza Opie", "Co-Chair, Parent Carer Council for Cornwall", "other", None, None),
        ("Peter Bolitho", "Portfolio Holder for Children and Families", "member", None, None),
        ("Dr Alison Kernick", "Independent Chair (appointed by the DfE)", "other", None, None),
        ("Rebecca Polglase", "Chief Nursing Officer, NHS Cornwall and Isles of Scilly ICB", "officer", None, None),
        ("Dr Hamish Tonkin", "Designated Clinical Officer for SEND, NHS Cornwall and Isles of Scilly ICB",
         "officer", None, None),
        ("Gwen Trewin", "Director of Children's Services, Community Health, Cornwall Partnership NHS Foundation "
                        "Trust", "officer", None, None),
        ("Mark Pascoe", "Headteacher, representing special schools", "other", None, None),
        ("Ellie Chenoweth", "DfE SEND Adviser (observer)", "officer", None, None),
    ]:
        d.person(name, role, kind, email, phone)
    d.event("inspection", "2025-05-12", "2025-05-16", "Ofsted and the Care Quality Commission (CQC) carried out an "
            "Area SEND inspection of the Cornwall local area partnership between 12 May 2025 and 16 May 2025.")
    d.event("outcome-letter", "2025-07-01", None, "The inspection report, published on 1 July 2025")
    d.event("progress-plan", "2025-08-12", None, "The partnership submitted its Priority Action Plan to Ofsted on 12 "
            "August 2025.")
    d.event("statutory-direction", "2025-08-29", None, "The Department for Education (DfE) issued an Improvement "
            "Notice to Cornwall Council and NHS Cornwall and Isles of Scilly Integrated Care Board on 29 August 2025")
    d.event("inspection", "2018-03", None, "The partnership was last inspected, under the previous framework, in "
            "March 2018")
    d.event("progress-plan", "2025-08-06", None, "It was agreed by the SEND Partnership Board on 6 August 2025, "
            "before its submission.")
    d.event("monitoring", "2025-10-16", None, "The first stocktake was held on 16 October 2025")
    d.event("monitoring", "2026-02", None, "and the next is scheduled for February 2026")
    return d

# ------------------------------------------------------------------------------------------------------------------
# 6. Tameside: the Executive Cabinet's published decisions, with the SEND item's report in the council's template
# ------------------------------------------------------------------------------------------------------------------

def decision_block(d: Doc, clauses, reasons: str, alternatives: str, lead: str = "<b>RESOLVED</b>"):
    """One item's decision: an unnumbered clause or "(i) ..." clauses, then reasons and alternatives."""
    if isinstance(clauses, str):
        resolved(d, None, clauses, lead=lead)
    else:
        d.p(lead)
        for label, text in clauses:
            resolved(d, label, text, lead="")
    d.p(f"<b>Reasons for the decision:</b> {reasons}")
    d.p(f"<b>Alternative options considered and rejected:</b> {alternatives}")


def tameside_decisions() -> Doc:
    d = Doc(
        "tameside/round28-2025-06-25-executive-cabinet/Decisions 25th-Jun-2025 14.00 Executive Cabinet.pdf",
        {"council": "Tameside Metropolitan Borough Council", "council_slug": "tameside",
         "committee": "Executive Cabinet", "meeting_date": "2025-06-25",
         "title": "Decisions 25th-Jun-2025 14.00 Executive Cabinet", "source_kind": "moderngov-document",
         "url": "http://tameside.moderngov.co.uk/documents/g5127/Decisions%2025th-Jun-2025%2014.00%20Executive%20"
                "Cabinet.pdf"},
        {"council": "Tameside Metropolitan Borough Council", "committee": "Executive Cabinet", "date": "2025-06-25"},
        "Tameside Metropolitan Borough Council", "Executive Cabinet - Wednesday, 25 June 2025",
        "Decisions - Executive Cabinet")
    d.title("Decisions")
    d.p("<b>Executive Cabinet</b>")
    d.p("<b>Date:</b> Wednesday, 25 June 2025 &nbsp; <b>Time:</b> 2.00 pm &nbsp; <b>Venue:</b> Committee Room 1, "
        "Tameside One, Market Place, Ashton-under-Lyne")
    d.p("<b>Present:</b> Councillor Gerald Hattersley (Chair), Councillors Mossley, Droylsden-Hart, Stalybridge, "
        "Audenshaw, Denton and Hyde-Kelly.")
    d.p("<b>Apologies:</b> Councillor Longdendale.")
    d.p("<b>Publication date:</b> 27 June 2025. These decisions will come into force, and may be implemented, on "
        "expiry of five working days after publication (after 5.00 pm on 4 July 2025) unless called in by the "
        "Overview Panel.", SMALL)
    d.p("<b>Contact:</b> Carl Haughton, Democratic Services, 0161 342 2146, carl.haughton@tameside.gov.uk", SMALL)
    d.h("1. Declarations of interest")
    d.p("There were no declarations of interest.")
    d.h("2. Minutes of the previous meeting")
    decision_block(d, "That the minutes of the meeting of Executive Cabinet held on 28 May 2025 be approved as a "
                      "correct record.",
                   "To confirm the record of the previous meeting.", "None.")
    d.h("3. Revenue monitoring statement at 31 May 2025")
    d.p("Consideration was given to a report of the Executive Leader and the Director of Resources, which set out "
        "the forecast revenue position for 2025/26 at the end of period 2. The Council forecast an overspend of "
        "£4.9m, of which £3.6m was in children's services, mainly in external placements and home to school "
        "transport, and the Dedicated Schools Grant high needs deficit was forecast to rise to £18.2m by 31 March "
        "2026.")
    decision_block(d, [("(i)", "That the forecast outturn position and the associated risks for 2025/26 be noted."),
                       ("(ii)", "That directorates be required to identify mitigating savings to bring forecast "
                                "expenditure within budget by the end of period 4."),
                       ("(iii)", "That the updated high needs deficit management plan be noted.")],
                   "To ensure the Council's finances are properly monitored and controlled.",
                   "None; the Council is required to monitor its budget throughout the year.")
    d.h("4. SEND: closure of the Accelerated Progress Plan and the SEND and Inclusion Strategy 2025-2028")
    d.p("Consideration was given to a report of the Executive Member for Education and Achievement and the Director "
        "of Education (appended), which set out how the local area had completed its Accelerated Progress Plan "
        "following the conclusion of formal monitoring by the Department for Education and NHS England, and sought "
        "approval of the SEND and Inclusion Strategy 2025-2028.")
    decision_block(d, [("(i)", "That the conclusion of formal monitoring of the Accelerated Progress Plan by the "
                               "Department for Education and NHS England be noted, and the thanks of Executive "
                               "Cabinet be recorded to the families, schools and staff who contributed to it."),
                       ("(ii)", "That the SEND and Inclusion Strategy 2025-2028 be approved for publication."),
                       ("(iii)", "That the SEND and Inclusion Partnership Board oversee the delivery of the "
                                 "strategy and report its progress to Executive Cabinet annually."),
                       ("(iv)", "That the Director of Education, in consultation with the Executive Member for "
                                "Education and Achievement, be authorised to make minor amendments to the "
                                "strategy before publication.")],
                   "The strategy sets the partnership's priorities for children and young people with SEND now "
                   "that formal monitoring has ended, and responds to the framework under which the area will next "
                   "be inspected.",
                   "To continue the Accelerated Progress Plan without a new strategy: rejected, as the plan's "
                   "actions are complete and its focus was limited to two areas.")
    d.h("5. Household Support Fund 2025/26")
    d.p("Consideration was given to a report of the Executive Member for Adults, Health and Population Health on the "
        "allocation of the Household Support Fund for the period from 1 April 2025 to 31 March 2026.")
    decision_block(d, "That the allocation of the Household Support Fund as set out in section 4 of the report, "
                      "including free school meal holiday vouchers and a targeted fund for families of disabled "
                      "children, be approved.",
                   "To deliver support to households in line with the grant conditions.",
                   "A single application-based scheme: rejected, as it would be slower to reach families.")
    d.h("6. Home to school transport: dynamic purchasing system")
    d.p("Consideration was given to a report of the Executive Member for Education and Achievement seeking approval "
        "to establish a dynamic purchasing system for home to school transport for pupils with SEND, to run from "
        "1 September 2025 to 31 August 2029.")
    decision_block(d, [("(i)", "That a dynamic purchasing system for home to school transport be established for "
                               "an initial period of four years."),
                       ("(ii)", "That the award of call-off contracts under the system be delegated to the "
                                "Director of Education.")],
                   "To secure sufficient, compliant and better value transport for eligible pupils.",
                   "Continuing the existing framework, which expires on 31 August 2025: rejected, as it has too "
                   "few operators.")
    d.h("7. Urgent items")
    d.p("There were no urgent items.")
    d.space(10)
    d.p("<b>Appendix - Item 4</b>")
    d.add(PageBreak())

    # the SEND report, in the council's template
    d.table([
        ["Report to:", "EXECUTIVE CABINET"],
        ["Date:", "25 June 2025"],
        ["Executive Member:", "Councillor Fiona Stalybridge - Executive Member (Education and Achievement)"],
        ["Reporting Officer:", "Martin Broadbottom - Director of Education"],
        ["Subject:", "SEND: CLOSURE OF THE ACCELERATED PROGRESS PLAN AND THE SEND AND INCLUSION STRATEGY "
                     "2025-2028"],
        ["Report Summary:", "The local area completed its Accelerated Progress Plan, and formal monitoring by the "
                            "Department for Education and NHS England ended on 2 June 2025. The report summarises "
                            "the progress made and presents the SEND and Inclusion Strategy 2025-2028 for "
                            "approval."],
        ["Recommendations:", "That Executive Cabinet be recommended to:"],
        ["", "(i) Note that formal monitoring of the Accelerated Progress Plan has concluded."],
        ["", "(ii) Approve the SEND and Inclusion Strategy 2025-2028."],
        ["", "(iii) Agree that the SEND and Inclusion Partnership Board reports annually on the strategy."],
        ["", "(iv) Delegate minor amendments to the strategy to the Director of Education in consultation with the "
             "Executive Member."],
        ["Corporate Plan:", "The strategy supports the Corporate Plan priority 'Starting well'."],
        ["Policy Implications:", "The strategy replaces the SEND Strategy 2021-2024."],
        ["Financial Implications: (Authorised by the statutory Section 151 Officer &amp; Chief Finance "
         "Officer)", "There are no direct financial implications of approving the strategy. Its delivery will be "
                     "funded within the High Needs Block of the Dedicated Schools Grant and existing budgets, and "
                     "it supports the deficit management plan."],
        ["Legal Implications: (Authorised by the Borough Solicitor)", "The Council has duties under Part 3 of the "
         "Children and Families Act 2014 and the SEND Code of Practice. Members must have regard to the Public "
         "Sector Equality Duty."],
        ["Risk Management:", "Set out in section 6 of the report."],
        ["Access to Information:", "The background papers relating to this report can be inspected by contacting "
                                   "Joanne Mottram, Head of SEND, by telephone on 0161 342 3985 or by e-mail at "
                                   "joanne.mottram@tameside.gov.uk"],
    ], [5 * cm, 11.2 * cm], header=False)
    for label, text in [
        ("(i)", "Note that formal monitoring of the Accelerated Progress Plan has concluded."),
        ("(ii)", "Approve the SEND and Inclusion Strategy 2025-2028."),
        ("(iii)", "Agree that the SEND and Inclusion Partnership Board reports annually on the strategy."),
        ("(iv)", "Delegate minor amendments to the strategy to the Director of Education in consultation with the "
                 "Executive Member."),
    ]:
        d.record_res(label, text, "recommendation")
    d.h("1. INTRODUCTION")
    d.p("1.1 This report informs Executive Cabinet that the local area has completed its Accelerated Progress Plan "
        "(APP), and presents the new SEND and Inclusion Strategy 2025-2028, co-produced with families, schools and "
        "health partners.")
    d.h("2. BACKGROUND")
    d.p("2.1 Ofsted and the Care Quality Commission (CQC) inspected the Tameside local area from 9 to 13 September "
        "2019. The inspection letter was published on 5 November 2019 and identified five areas of significant "
        "weakness, requiring a Written Statement of Action (WSoA). The WSoA was declared fit for purpose on 20 "
        "March 2020.")
    d.p("2.2 Inspectors re-visited the area from 24 to 26 January 2023. Their letter, published on 9 March 2023, "
        "found that the area had made sufficient progress in three of the five areas, but had not made sufficient "
        "progress in addressing two areas of significant weakness:")
    d.weak("the inconsistent quality of EHC plans and the lack of timely contributions to them from health and "
           "social care; and", ["ehc-plans"], marker="&#8226;")
    d.weak("the weak strategic oversight and joint commissioning of speech and language therapy and of support "
           "for children and young people's emotional and mental health.",
           ["joint-commissioning", "health-services"], marker="&#8226;")
    d.p("2.3 The Secretary of State required an APP to address these two areas. The APP was submitted to the "
        "Department for Education (DfE) on 21 April 2023. The DfE and NHS England reviewed progress at meetings in "
        "October 2023, April 2024 and November 2024. At the final review meeting, on 2 June 2025, advisers "
        "confirmed that the area had made sufficient progress and that formal monitoring would end.")
    d.h("3. PROGRESS")
    d.p("3.1 Over the life of the APP the quality of EHC plans has improved markedly: in the multi-agency audit of "
        "March 2025, 79 per cent of plans were judged good or better, against 36 per cent in the audit carried out "
        "before the re-visit, and health advice was returned within six weeks in 93 per cent of cases.")
    d.p("3.2 A jointly commissioned speech and language therapy service started on 1 October 2023, and a mental "
        "health support team now works in every secondary school and in most primary schools. The average wait "
        "for a first speech and language therapy appointment fell from 39 weeks to 14 weeks. The Tameside and "
        "Glossop Parent Carer Forum co-chaired the APP board throughout, and its chair, Lesley Carrbrook, has "
        "written to support the new strategy.")
    d.h("4. THE SEND AND INCLUSION STRATEGY 2025-2028")
    d.p("4.1 The strategy was co-produced over a series of workshops held between January and April 2025, and was "
        "endorsed by the SEND and Inclusion Partnership Board on 15 May 2025. It sets four priorities: inclusion "
        "in mainstream schools, early identification and support, preparing for adulthood, and a sustainable "
        "high needs system. It anticipates the next inspection under the Area SEND framework introduced in "
        "January 2023.")
    d.p("4.2 The Partnership Board, chaired by the Director of Education, includes Dr Sunil Dukinfield, Designated "
        "Clinical Officer for NHS Greater Manchester (Tameside locality), and representatives of headteachers, "
        "colleges and the Parent Carer Forum.")
    d.h("5. CONSULTATION")
    d.p("5.1 The draft strategy was published for consultation from 3 March 2025 to 13 April 2025. 412 responses "
        "were received, 61 per cent of them from parents and carers. A summary of the responses and of the "
        "changes made is available from the report author.")
    d.h("6. RISK MANAGEMENT")
    d.table([
        ["Risk area", "Detail", "RAG rating"],
        ["Financial", "Continued growth in demand for EHC plans increases the high needs deficit.", "Red"],
        ["Reputational", "Progress made under the APP is not sustained after monitoring ends.", "Amber"],
        ["Service delivery", "Therapy recruitment does not keep pace with need.", "Amber"],
    ], [3.4 * cm, 10 * cm, 2.8 * cm])
    d.h("7. RECOMMENDATIONS")
    d.p("7.1 As set out at the front of the report.")

    for text, start, end in [
        ("Wednesday, 25 June 2025", "2025-06-25", None), ("27 June 2025", "2025-06-27", None),
        ("4 July 2025", "2025-07-04", None), ("28 May 2025", "2025-05-28", None), ("31 May 2025", "2025-05-31", None),
        ("31 March 2026", "2026-03-31", None), ("from 1 April 2025 to 31 March 2026", "2025-04-01", "2026-03-31"),
        ("from 1 September 2025 to 31 August 2029", "2025-09-01", "2029-08-31"), ("31 August 2025", "2025-08-31", None),
        ("2 June 2025", "2025-06-02", None), ("from 9 to 13 September 2019", "2019-09-09", "2019-09-13"),
        ("5 November 2019", "2019-11-05", None), ("20 March 2020", "2020-03-20", None),
        ("from 24 to 26 January 2023", "2023-01-24", "2023-01-26"), ("9 March 2023", "2023-03-09", None),
        ("21 April 2023", "2023-04-21", None), ("October 2023", "2023-10", None), ("April 2024", "2024-04", None),
        ("November 2024", "2024-11", None), ("March 2025", "2025-03", None), ("1 October 2023", "2023-10-01", None),
        ("between January and April 2025", "2025-01", "2025-04"), ("15 May 2025", "2025-05-15", None),
        ("January 2023", "2023-01", None), ("from 3 March 2025 to 13 April 2025", "2025-03-03", "2025-04-13"),
    ]:
        d.date(text, start, end)
    for name, role, kind, email, phone in [
        ("Gerald Hattersley", "Chair", "member", None, None), ("Mossley", None, "member", None, None),
        ("Droylsden-Hart", None, "member", None, None),
        ("Fiona Stalybridge", "Executive Member (Education and Achievement)", "member", None, None),
        ("Audenshaw", None, "member", None, None), ("Denton", None, "member", None, None),
        ("Hyde-Kelly", None, "member", None, None), ("Longdendale", None, "member", None, None),
        ("Carl Haughton", "Democratic Services", "officer", "carl.haughton@tameside.gov.uk", "0161 342 2146"),
        ("Martin Broadbottom", "Director of Education", "officer", None, None),
        ("Joanne Mottram", "Head of SEND", "officer", "joanne.mottram@tameside.gov.uk", "0161 342 3985"),
        ("Lesley Carrbrook", "chair, Tameside and Glossop Parent Carer Forum", "other", None, None),
        ("Dr Sunil Dukinfield", "Designated Clinical Officer for NHS Greater Manchester (Tameside locality)",
         "officer", None, None),
    ]:
        d.person(name, role, kind, email, phone)
    d.event("inspection", "2019-09-09", "2019-09-13", "Ofsted and the Care Quality Commission (CQC) inspected the "
            "Tameside local area from 9 to 13 September 2019.")
    d.event("outcome-letter", "2019-11-05", None, "The inspection letter was published on 5 November 2019")
    d.event("wsoa-approved", "2020-03-20", None, "The WSoA was declared fit for purpose on 20 March 2020.")
    d.event("revisit", "2023-01-24", "2023-01-26", "Inspectors re-visited the area from 24 to 26 January 2023.")
    d.event("revisit-outcome", "2023-03-09", None, "Their letter, published on 9 March 2023")
    d.event("progress-plan", "2023-04-21", None, "The APP was submitted to the Department for Education (DfE) on 21 "
            "April 2023.")
    for start, text in [("2023-10", "The DfE and NHS England reviewed progress at meetings in October 2023, April "
                                    "2024 and November 2024."),
                        ("2024-04", "at meetings in October 2023, April 2024 and November 2024"),
                        ("2024-11", "at meetings in October 2023, April 2024 and November 2024"),
                        ("2025-06-02", "At the final review meeting, on 2 June 2025, advisers confirmed that the area "
                                       "had made sufficient progress and that formal monitoring would end.")]:
        d.event("monitoring", start, None, text)
    return d


DOCUMENTS = [walsall_minutes, wigan_cabinet, kirklees_pack, stockport_minutes, cornwall_report,
             tameside_decisions]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
