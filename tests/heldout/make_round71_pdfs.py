"""Write the long printed documents of the held-out round 71 (reportlab), and their gold.

Round 71 is a blind batch of LONG PDFs (5 to 8 pages), written with their gold before any extractor ran on them,
for councils beginning F to K: a Written Statement of Action document (Herefordshire, 2016 framework); printed
minutes of a scrutiny committee (Islington, 2023 framework); an Accelerated Progress Plan progress report with a
tracker (Knowsley, 2016 framework); an agenda reports pack (Gloucestershire, 2016 framework); printed minutes of a
Health and Wellbeing Board (Halton, 2023 framework); and a Cabinet report with the inspection report appended
(Kirklees, 2023 framework). Invented text, fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round71_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import area_table, kpi_table, LongDoc, need_table, run, school_table, styles, two_columns  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("71", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
MINUTE, NUM_PARA, LETTER, LETTER_BOLD, LETTER_BULLET = S.minute, S.num_para, S.letter, S.letter_bold, S.letter_bullet
CENTRE, INDENT, SUB, PLAN, RIGHT = S.centre, S.indent, S.sub, S.plan_cell, S.right


class Doc(LongDoc):
    """A round 71 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#D6E0EC", "#E9EEF5", "#F3F3F3")
    unique_dates = True


SCHOOLS = ["Ashgrove", "Beechwood", "Castlefield", "Dovecote", "Eastbrook", "Foxhill", "Greenacres", "Holmleigh",
           "Ingleby", "Juniper", "Kestrel", "Lindenhurst", "Millbrook", "Newlands", "Oakfield", "Pinewood",
           "Quarry Bank", "Redhill", "St Bede's", "Tanfield", "Underwood", "Valley", "Willowbank", "Yewtree"]


# ------------------------------------------------------------------------------------------------------------------
def herefordshire_wsoa() -> Doc:
    """A Written Statement of Action itself, as the appendix to a scrutiny committee report (2016 framework)."""
    committee = "Children and Young People Scrutiny Committee"
    rel = ("herefordshire/round71-2022-09-26-children-and-young-people-scrutiny-committee/"
           "Appendix 1 - Herefordshire Written Statement of Action.pdf")
    d = Doc(rel, {"council": "Herefordshire Council", "council_slug": "herefordshire", "committee": committee,
                  "meeting_date": "2022-09-26", "title": "Appendix 1 - Herefordshire Written Statement of Action",
                  "source_kind": "moderngov-document",
                  "url": "https://councillors.herefordshire.gov.uk/documents/s50099871/Appendix%201%20WSoA.pdf"},
            {"council": "Herefordshire Council", "committee": committee, "date": "2022-09-26"},
            "Herefordshire Council and NHS Herefordshire and Worcestershire ICB",
            "Written Statement of Action - final", "Herefordshire Local Area SEND Partnership")
    d.page_label = "{n}"
    d.title("Herefordshire Local Area<br/>Written Statement of Action")
    d.p("Special educational needs and/or disabilities (SEND)", CENTRE)
    d.p("Submitted to Ofsted and the Care Quality Commission: 25 August 2022", CENTRE)
    d.date("25 August 2022", "2022-08-25")
    d.event("wsoa-submitted", "2022-08-25", None, "Submitted to Ofsted and the Care Quality Commission: 25 August 2022")
    d.space(10)
    d.h("Document control")
    d.ruled([["Version", "Date", "Author", "Change"],
             ["0.4", "14.07.22", "SEND Improvement Lead", "First draft shared with Talk Community and HPCF"],
             ["0.7", "29.07.22", "SEND Improvement Lead", "Health actions added by the ICB"],
             ["0.9", "11.08.22", "Service Director", "Measures of success revised after the co-production event"],
             ["1.0", "23.08.22", "Director of Children's Services", "Final; signed off by the SEND Partnership Board"]],
            [1.8 * cm, 2.2 * cm, 4.4 * cm, 7.8 * cm])
    d.dates_([("14.07.22", "2022-07-14"), ("29.07.22", "2022-07-29"), ("11.08.22", "2022-08-11"),
              ("23.08.22", "2022-08-23")])
    d.h("Foreword")
    d.p("Between 7 and 11 March 2022, Ofsted and the Care Quality Commission (CQC) carried out a joint inspection of "
        "the local area of Herefordshire to judge how effectively the area implements the special educational needs "
        "and disability reforms set out in the Children and Families Act 2014.")
    d.date("Between 7 and 11 March 2022", "2022-03-07", "2022-03-11")
    d.event("inspection", "2022-03-07", "2022-03-11", "Between 7 and 11 March 2022, Ofsted and the Care Quality "
            "Commission (CQC) carried out a joint inspection of the local area of Herefordshire")
    d.p("The inspection letter, published on 26 May 2022, recognised the commitment of many practitioners and some "
        "strong practice in our special schools and in the early years. It also told us plainly that children, young "
        "people and families have been let down for too long. As a result of the findings, Her Majesty's Chief "
        "Inspector determined that a Written Statement of Action (WSoA) was required because of significant areas "
        "of weakness in the local area's practice.")
    d.date("26 May 2022", "2022-05-26")
    d.event("outcome-letter", "2022-05-26", None, "The inspection letter, published on 26 May 2022")
    d.p("This statement is owned jointly by the local authority and the integrated care board. It was written with "
        "Herefordshire Parent Carer Forum, and with young people from the Youth Voice SEND group, over the summer. "
        "We commit to report openly on progress every term.")
    two_columns(d, ["<b>Councillor Maureen Pritchard</b>", "Cabinet Member, Children and Families",
                    "<b>Darryl Fenwick</b>", "Director of Children's Services"],
                ["<b>Gail Ashworth</b>", "Chief Nursing Officer, NHS Herefordshire and Worcestershire ICB",
                 "<b>Hannah Bevan</b>", "Chair, Herefordshire Parent Carer Forum"])
    d.person("Maureen Pritchard", "Cabinet Member, Children and Families", "member")
    d.person("Darryl Fenwick", "Director of Children's Services", "officer")
    d.person("Gail Ashworth", "Chief Nursing Officer, NHS Herefordshire and Worcestershire ICB", "officer")
    d.person("Hannah Bevan", "Chair, Herefordshire Parent Carer Forum", "other")
    d.h("1. The areas of significant weakness")
    d.p("The inspection letter identified the following areas of significant weakness, which this statement must "
        "address:")
    weaknesses = [
        ("the lack of a strategic approach to joint commissioning across education, health and social care, so "
         "that gaps in services such as occupational therapy and short breaks are not identified or filled", [
             "joint-commissioning"]),
        ("weak leadership oversight of the quality of EHC plans, and the poor contribution of health and social "
         "care to them", ["ehc-plans", "leadership-governance"]),
        ("the long waits for autism spectrum disorder assessment and for support from the child and adolescent "
         "mental health service", ["health-services"]),
        ("the inconsistent identification of needs in mainstream schools, and the high number of children with "
         "SEND who are excluded or on reduced timetables", ["identification", "inclusion-provision"]),
        ("the ineffective communication with parents and carers, and the local offer, which is not well known or "
         "used", ["co-production", "local-offer"])]
    for i, (text, themes) in enumerate(weaknesses, 1):
        d.weak(text, themes, marker=f"{i}.", style=HANG)
    d.p("Each area of weakness forms one priority below. Actions carry a lead, a start and an end month and the "
        "evidence we will use to show impact. Progress will be reported to the SEND Partnership Board every six "
        "weeks and to the Children and Young People Scrutiny Committee twice a year.")
    d.h("2. Governance")
    d.ruled([["Group", "Chair", "Frequency", "Reports to"],
             ["SEND Partnership Board", "Director of Children's Services", "Six-weekly", "Health and Wellbeing "
              "Board; Cabinet"],
             ["WSoA Delivery Group", "Head of Additional Needs", "Fortnightly", "SEND Partnership Board"],
             ["Joint Commissioning Group", "ICB Associate Director of Commissioning", "Monthly", "SEND "
              "Partnership Board"],
             ["Parent and Young People Reference Group", "HPCF chair", "Half-termly", "SEND Partnership Board"]],
            [4.6 * cm, 4.6 * cm, 2.4 * cm, 4.6 * cm])
    d.p("The Department for Education and NHS England will hold progress reviews with the partnership. The first "
        "is expected in January 2023.")
    d.date("January 2023", "2023-01")
    d.event("monitoring", "2023-01", None, "The first is expected in January 2023")
    d.add(PageBreak())
    plans = [
        ("Priority 1: joint commissioning", [
            ("1.1", "Agree a joint commissioning strategy for 0-25 SEND", "ICB / LA commissioning", "Sep 2022",
             "Dec 2022", "Strategy agreed by Cabinet and ICB board"),
            ("1.2", "Needs analysis of therapy and short breaks", "Public health", "Sep 2022", "Nov 2022",
             "Gap analysis published"),
            ("1.3", "Recommission occupational therapy", "ICB", "Jan 2023", "Sep 2023", "Waiting list under 18 "
             "weeks")]),
        ("Priority 2: EHC plans", [
            ("2.1", "Multi-agency audit of 20 plans each month", "Head of Additional Needs", "Sep 2022", "Mar 2023",
             "75% of audited plans good or better"),
            ("2.2", "Health advice quality standard and DCO review", "Designated Clinical Officer", "Oct 2022",
             "Feb 2023", "90% of advice returned in 6 weeks"),
            ("2.3", "Social care advice template and training", "Head of Safeguarding", "Oct 2022", "Jan 2023",
             "All plans include care section")]),
        ("Priority 3: waiting times", [
            ("3.1", "Clear ASD assessment backlog with an independent provider", "ICB", "Oct 2022", "Jun 2023",
             "No child waits over 52 weeks"),
            ("3.2", "Single point of access for emotional wellbeing", "CAMHS provider", "Nov 2022", "Apr 2023",
             "Referral to first contact in 4 weeks")]),
        ("Priority 4: identification and inclusion", [
            ("4.1", "SENCo network and graduated approach toolkit", "Inclusion Service", "Sep 2022", "Dec 2022",
             "All schools use toolkit"),
            ("4.2", "Reduced timetable register and challenge", "Head of Education Access", "Sep 2022", "Oct 2022",
             "Register reviewed monthly")]),
        ("Priority 5: communication and local offer", [
            ("5.1", "Relaunch local offer with HPCF", "Talk Community", "Oct 2022", "Mar 2023",
             "Visits up by half"),
            ("5.2", "Termly 'You said, we did' newsletter", "SEND Improvement Lead", "Dec 2022", "Jul 2023",
             "Survey confidence up")])]
    months = set()
    for title, actions in plans:
        d.h(title)
        rows = [["Ref", "Action", "Lead", "Start", "End", "Measure of success"]]
        for ref, action, lead, start, end, measure in actions:
            rows.append([ref, action, lead, start, end, measure])
            months |= {start, end}
        d.ruled(rows, [1.1 * cm, 4.6 * cm, 3 * cm, 2 * cm, 2 * cm, 3.5 * cm])
    iso = {"Sep 2022": "2022-09", "Oct 2022": "2022-10", "Nov 2022": "2022-11", "Dec 2022": "2022-12",
           "Jan 2023": "2023-01", "Feb 2023": "2023-02", "Mar 2023": "2023-03", "Apr 2023": "2023-04",
           "Jun 2023": "2023-06", "Jul 2023": "2023-07", "Sep 2023": "2023-09"}
    for m in ["Sep 2022", "Dec 2022", "Nov 2022", "Jan 2023", "Sep 2023", "Mar 2023", "Oct 2022", "Feb 2023",
              "Jun 2023", "Apr 2023", "Jul 2023"]:
        assert m in months
        d.date(m, iso[m])
    d.h("3. Measures of success")
    kpi_table(d, ["New EHC plans issued within 20 weeks", "Audited plans rated good or better",
                  "Health advice returned within 6 weeks", "Children waiting over 52 weeks for ASD assessment",
                  "Parents who know about the local offer", "Children with SEND on reduced timetables",
                  "SEN support pupils with a current support plan"], 3)
    d.h("4. Risks")
    d.ruled([["Risk", "Likelihood", "Impact", "Mitigation"],
             ["Therapy recruitment", "High", "High", "Regional workforce bid; independent sector"],
             ["Schools' capacity", "Medium", "High", "SENCo network; outreach from special schools"],
             ["Families' trust", "Medium", "Medium", "Co-produced communication plan"]],
            [4.4 * cm, 2.4 * cm, 2.2 * cm, 7.2 * cm])
    d.h("Annex: local data")
    need_table(d, 5)
    school_table(d, 7, 18, SCHOOLS)
    d.p("Contact: Sian Morgan-Price, SEND Improvement Lead, sendimprovement@herefordshire.gov.uk")
    d.person("Sian Morgan-Price", "SEND Improvement Lead", "officer", "sendimprovement@herefordshire.gov.uk")
    return d


# ------------------------------------------------------------------------------------------------------------------
def islington_minutes() -> Doc:
    """Printed minutes of a scrutiny committee, approved at the next meeting (2023 framework)."""
    committee = "Children's Services Scrutiny Committee"
    rel = ("islington/round71-2025-09-15-childrens-services-scrutiny-committee/"
           "Minutes of Childrens Services Scrutiny Committee 14072025.pdf")
    d = Doc(rel, {"council": "London Borough of Islington", "council_slug": "islington", "committee": committee,
                  "meeting_date": "2025-09-15", "title": "Minutes of Children's Services Scrutiny Committee 14/07/2025",
                  "source_kind": "moderngov-document",
                  "url": "https://democracy.islington.gov.uk/documents/g7731/Printed%20minutes%2014th-Jul-2025.pdf"},
            {"council": "London Borough of Islington", "committee": committee, "date": "2025-07-14"},
            "", "", "Children's Services Scrutiny Committee - 14 July 2025")
    d.page_label = "{n}"
    d.p("<b>London Borough of Islington</b>", CENTRE)
    d.p("<b>Children's Services Scrutiny Committee - Monday, 14 July 2025</b>", CENTRE)
    d.date("Monday, 14 July 2025", "2025-07-14")
    d.p("Minutes of the meeting of the Children's Services Scrutiny Committee held at Committee Room 4, Town Hall, "
        "Upper Street, N1 2UD on Monday, 14 July 2025 at 7.00 pm.")
    members = [("Ngozi Adeyemi", "Chair"), ("Councillor Halloran", "Vice-Chair"), ("Councillor Desai", None),
               ("Councillor Whitcombe", None), ("Councillor Barros", None), ("Councillor Reddy", None)]
    d.table([["<b>Present:</b>", "Councillors: Adeyemi (Chair), Halloran (Vice-Chair), Desai, Whitcombe, Barros "
              "and Reddy"],
             ["<b>Co-opted Members:</b>", "Mr Desmond Okafor, Parent Governor Representative<br/>"
              "Ms Bernadette Lyle, Roman Catholic Diocese of Westminster"],
             ["<b>Also Present:</b>", "Councillor Sunita Marchetti, Executive Member for Children, Young People and "
              "Families"]], [4 * cm, 12.2 * cm], header=False, grid=False)
    for name, role in members:
        d.person(name, role, "member")
    d.person("Desmond Okafor", "Parent Governor Representative", "other")
    d.person("Bernadette Lyle", "Roman Catholic Diocese of Westminster", "other")
    d.person("Sunita Marchetti", "Executive Member for Children, Young People and Families", "member")
    d.p("<b>Councillor Ngozi Adeyemi in the Chair</b>")
    d.h("85&nbsp;&nbsp;&nbsp;INTRODUCTIONS (ITEM NO. 1)")
    d.p("The Chair welcomed everyone to the meeting. Members and officers introduced themselves.")
    d.h("86&nbsp;&nbsp;&nbsp;APOLOGIES FOR ABSENCE (ITEM NO. 2)")
    d.p("Apologies for absence were received from Councillor Hamid Rahimi and from Mr Oliver Tan (Church of England "
        "Diocese of London).")
    d.person("Hamid Rahimi", None, "member")
    d.person("Oliver Tan", "Church of England Diocese of London", "other")
    d.h("87&nbsp;&nbsp;&nbsp;DECLARATIONS OF SUBSTITUTE MEMBERS (ITEM NO. 3)")
    d.p("None.")
    d.h("88&nbsp;&nbsp;&nbsp;DECLARATIONS OF INTEREST (ITEM NO. 4)")
    d.p("Councillor Barros declared that her child attends a resourced provision in the borough. This was not a "
        "pecuniary interest.")
    d.h("89&nbsp;&nbsp;&nbsp;MINUTES OF THE PREVIOUS MEETING (ITEM NO. 5)")
    d.res(None, "That the minutes of the meeting held on 9 June 2025 be confirmed as an accurate record of "
          "proceedings and the Chair be authorised to sign them.", "resolution", lead="<b>RESOLVED:</b>", style=BODY)
    d.date("9 June 2025", "2025-06-09")
    d.h("90&nbsp;&nbsp;&nbsp;CHAIR'S REPORT (ITEM NO. 6)")
    d.p("The Chair reported that the Committee's visit to the Hungerford Road family hub had been moved to 22 "
        "September 2025.")
    d.date("22 September 2025", "2025-09-22")
    d.h("91&nbsp;&nbsp;&nbsp;AREA SEND INSPECTION: OUTCOME AND IMPROVEMENT PLAN (ITEM NO. 7)")
    d.p("Eleanor Vasquez-Reid, Director of Learning and Achievement, and Tom Ashcombe-Reyes, Head of SEND, introduced "
        "the report. Dr Marcus Ilesanmi, Designated Clinical Officer, North Central London ICB, and Fatima Choudhury, "
        "co-chair of Islington Parent Carer Forum, also attended for this item. The following main points were "
        "noted in the discussion:")
    d.person("Eleanor Vasquez-Reid", "Director of Learning and Achievement", "officer")
    d.person("Tom Ashcombe-Reyes", "Head of SEND", "officer")
    d.person("Dr Marcus Ilesanmi", "Designated Clinical Officer, North Central London ICB", "officer")
    d.person("Fatima Choudhury", "co-chair of Islington Parent Carer Forum", "other")
    points = [
        "Ofsted and the CQC had inspected the Islington local area partnership from 3 to 7 March 2025 under the "
        "framework introduced in 2023. The report, published on 17 April 2025, found that the partnership's "
        "arrangements typically lead to positive experiences and outcomes for children and young people with SEND. "
        "This was the highest of the three possible outcomes.",
        "Inspectors had spoken to more than 60 families and visited 14 settings. The report praised the inclusive "
        "culture of the borough's primary schools, the work of the early years inclusion team and the way the "
        "speech and language service is jointly commissioned.",
        "The report set out two areas for improvement, and officers had added a third from the partnership's own "
        "self-evaluation. Inspectors had said that:"]
    d.num("&bull;", points[0])
    d.dates_([("from 3 to 7 March 2025", "2025-03-03", "2025-03-07"), ("17 April 2025", "2025-04-17")])
    d.event("inspection", "2025-03-03", "2025-03-07", "Ofsted and the CQC had inspected the Islington local area "
            "partnership from 3 to 7 March 2025")
    d.event("outcome-letter", "2025-04-17", None, "The report, published on 17 April 2025")
    for text in points[1:]:
        d.num("&bull;", text)
    d.weak("leaders should further improve the timeliness of annual reviews of EHC plans, particularly for young "
           "people moving from school into further education; and", ["ehc-plans", "preparing-for-adulthood"],
           marker="(i)", style=S.sub_para)
    d.weak("leaders should strengthen their oversight of children with SEND who are electively home educated or "
           "missing education.", ["data-oversight"], marker="(ii)", style=S.sub_para)
    later = [
        "The partnership's own addition concerned waiting times for neurodevelopmental assessment, which remained "
        "above 18 months for some children. Members asked whether this was a weakness the inspectors had missed. "
        "Dr Ilesanmi said that inspectors had noted the work already under way; a new provider had started on 2 "
        "June 2025 and the waiting list had fallen by 140 since then.",
        "An improvement plan had been agreed by the SEND Partnership Board on 20 May 2025 and published on the "
        "local offer. It had 23 actions under the two areas for improvement and the partnership's own priority.",
        "A Member asked how many annual reviews were overdue. Officers said that 212 reviews were overdue at the "
        "end of June 2025, against 395 in November 2024. The target was for none to be more than four weeks late "
        "by March 2026.",
        "Ms Choudhury said that families welcomed the outcome but that many still found it hard to get a reply from "
        "caseworkers. The Forum would run a survey of families in October 2025.",
        "In response to a question, the Director said that the next inspection under the framework would normally "
        "take place within five years, but Ofsted could return earlier."]
    for text in later:
        d.num("&bull;", text)
    d.dates_([("2 June 2025", "2025-06-02"), ("20 May 2025", "2025-05-20"), ("end of June 2025", "2025-06"),
              ("November 2024", "2024-11"), ("March 2026", "2026-03"), ("October 2025", "2025-10")])
    d.event("progress-plan", "2025-05-20", None, "An improvement plan had been agreed by the SEND Partnership Board "
            "on 20 May 2025")
    d.p("<b>RESOLVED:</b>")
    for label, text in [("(a)", "That the outcome of the area SEND inspection, and the two areas for improvement, "
                         "be noted."),
                        ("(b)", "That the Committee's thanks be passed to staff across the partnership, and to "
                         "parents and carers who took part in the inspection."),
                        ("(c)", "That a progress report on the improvement plan, including annual review "
                         "timeliness and neurodevelopmental waiting times, be submitted to the Committee in "
                         "January 2026.")]:
        d.res(label, text, "resolution")
    d.date("January 2026", "2026-01")
    d.h("92&nbsp;&nbsp;&nbsp;SCRUTINY REVIEW: SCHOOL ATTENDANCE - DRAFT RECOMMENDATIONS (ITEM NO. 8)")
    d.p("The Committee considered draft recommendations of its review of persistent absence. Members discussed "
        "the attendance data below and the link between absence and unmet SEND needs.")
    rows = [["Group", "Persistent absence 2023/24 %", "Persistent absence 2024/25 %", "Severe absence %"]]
    for i, g in enumerate(["All pupils", "SEN support", "EHC plan", "Free school meals", "Children in need",
                           "Looked after children", "Young carers", "Pupils with a social worker"]):
        rows.append([g, f"{14 + (i * 7) % 19}.{i}", f"{13 + (i * 5) % 17}.{(i * 3) % 10}", f"{1 + i % 4}.{i}"])
    d.ruled(rows, [5.6 * cm, 3.6 * cm, 3.6 * cm, 3.4 * cm])
    d.res(None, "That the draft recommendations be agreed, subject to the Chair and Vice-Chair agreeing the final "
          "wording with the Director of Learning and Achievement, and the final report be submitted to the "
          "Executive.", "resolution", lead="<b>RESOLVED:</b>", style=BODY)
    d.h("93&nbsp;&nbsp;&nbsp;QUARTER 4 PERFORMANCE REPORT (ITEM NO. 9)")
    d.p("Councillor Marchetti presented the report. A Member asked about the rise in suspensions of pupils with "
        "EHC plans; the Executive Member said a breakdown by school would be circulated.")
    kpi_table(d, ["EHC plans issued within 20 weeks", "Annual reviews completed on time",
                  "Early years settings with inclusion training", "Pupils with EHC plans in mainstream",
                  "Care leavers in education, employment or training", "Re-referrals to children's social care"], 4,
              head=("Indicator", "2023/24", "Q4 2024/25", "Target", "Status"))
    d.res(None, "That the report be noted.", "resolution", lead="<b>RESOLVED:</b>", style=BODY)
    d.h("94&nbsp;&nbsp;&nbsp;WORK PROGRAMME 2025/26 (ITEM NO. 10)")
    d.ruled([["Meeting", "Items"],
             ["15 September 2025", "Annual report of the Islington Safeguarding Children Partnership; youth "
              "justice plan"],
             ["3 November 2025", "Family hubs; scrutiny review scope"],
             ["19 January 2026", "SEND improvement plan progress; school place planning"],
             ["16 March 2026", "Scrutiny review evidence; quarter 3 performance"]], [4 * cm, 12.2 * cm])
    d.dates_([("15 September 2025", "2025-09-15"), ("3 November 2025", "2025-11-03"),
              ("19 January 2026", "2026-01-19"), ("16 March 2026", "2026-03-16")])
    d.res(None, "That the work programme be noted, and the SEND improvement plan item be taken on 19 January 2026.",
          "resolution", lead="<b>RESOLVED:</b>", style=BODY)
    d.h("95&nbsp;&nbsp;&nbsp;EXECUTIVE MEMBER QUESTIONS (ITEM NO. 11)")
    d.p("Councillor Marchetti answered questions on the following matters:")
    for text in ["the number of children waiting for a specialist school place for September 2025 (14, of whom "
                 "9 had been offered a place in a resourced provision);",
                 "the uptake of the holiday activities programme by children with SEND, which had doubled since "
                 "the summer of 2024;",
                 "whether the borough would bid for a new special free school (a decision was expected from the "
                 "Department for Education by December 2025);",
                 "the council's response to parents' concerns about travel assistance eligibility, which would be "
                 "consulted on from 1 October to 12 November 2025."]:
        d.num("&bull;", text)
    d.dates_([("September 2025", "2025-09"), ("December 2025", "2025-12"),
              ("from 1 October to 12 November 2025", "2025-10-01", "2025-11-12")])
    d.p("<b>Appendix: SEND profile presented with item 7</b>")
    need_table(d, 9)
    area_table(d, ["Finsbury Park", "Highbury", "Holloway", "Tufnell Park", "Canonbury", "Clerkenwell",
                   "Barnsbury", "Archway", "Mildmay", "Bunhill"], 3, "Locality")
    school_table(d, 11, 20, SCHOOLS)
    d.p("The meeting ended at 9.32 pm")
    d.p("<b>CHAIR</b>")
    return d


# ------------------------------------------------------------------------------------------------------------------
def knowsley_progress() -> Doc:
    """An Accelerated Progress Plan progress report with a tracker (2016 framework)."""
    committee = "Children's Services Scrutiny Committee"
    rel = ("knowsley/round71-2024-01-17-childrens-services-scrutiny-committee/"
           "SEND Accelerated Progress Plan - progress update.pdf")
    d = Doc(rel, {"council": "Knowsley Metropolitan Borough Council", "council_slug": "knowsley",
                  "committee": committee, "meeting_date": "2024-01-17",
                  "title": "SEND Accelerated Progress Plan - progress update", "source_kind": "moderngov-document",
                  "url": "https://knowsley.moderngov.co.uk/documents/s81422/SEND%20APP%20progress%20update.pdf"},
            {"council": "Knowsley Metropolitan Borough Council", "committee": committee, "date": "2024-01-17"},
            "Knowsley Council", "Agenda Item 6", "")
    d.page_label = "Page {n}"
    d.p("<b>KNOWSLEY METROPOLITAN BOROUGH COUNCIL</b>")
    d.table([["Report to:", "Children's Services Scrutiny Committee"],
             ["Date of meeting:", "Wednesday 17 January 2024"],
             ["Report of:", "Executive Director (Children's Services)"],
             ["Cabinet Portfolio:", "Children's Services"],
             ["Title:", "Special Educational Needs and Disabilities (SEND): Accelerated Progress Plan - progress "
              "update"],
             ["Wards affected:", "All"]], [4.4 * cm, 11.8 * cm], header=False)
    d.date("Wednesday 17 January 2024", "2024-01-17")
    d.h("1. Purpose of the Report")
    d.num("1.1", "To update the Committee on progress against the Accelerated Progress Plan (APP) agreed with the "
          "Department for Education (DfE) and NHS England following the Ofsted and CQC re-visit in March 2023.")
    d.date("March 2023", "2023-03")
    d.event("revisit", "2023-03", None, "following the Ofsted and CQC re-visit in March 2023")
    d.h("2. Recommendation")
    d.p("That Scrutiny Committee:")
    for label, text in [("(i)", "notes the progress made against the Accelerated Progress Plan since the first DfE "
                         "and NHS England review;"),
                        ("(ii)", "notes the feedback from the review meeting held in September 2023 and the areas "
                         "identified for further work; and"),
                        ("(iii)", "requests a further update following the second review meeting.")]:
        d.res(label, text, "recommendation", style=S.sub_para)
    d.date("September 2023", "2023-09")
    d.event("monitoring", "2023-09", None, "the review meeting held in September 2023")
    d.h("3. Background")
    d.num("3.1", "The local area was inspected by Ofsted and the Care Quality Commission in February 2020. The "
          "inspection found six areas of significant weakness and a Written Statement of Action (WSoA) was required. "
          "The WSoA was declared fit for purpose on 21 August 2020, after a delay caused by the pandemic.")
    d.dates_([("February 2020", "2020-02"), ("21 August 2020", "2020-08-21")])
    d.event("inspection", "2020-02", None, "The local area was inspected by Ofsted and the Care Quality Commission "
            "in February 2020")
    d.event("wsoa-approved", "2020-08-21", None, "The WSoA was declared fit for purpose on 21 August 2020")
    d.num("3.2", "Inspectors re-visited the area between 14 and 16 March 2023 to decide whether the area had made "
          "sufficient progress in addressing the weaknesses. The outcome letter was published on 4 May 2023. "
          "Inspectors found that sufficient progress had been made in three of the six areas.")
    d.dates_([("between 14 and 16 March 2023", "2023-03-14", "2023-03-16"), ("4 May 2023", "2023-05-04")])
    d.event("revisit", "2023-03-14", "2023-03-16", "Inspectors re-visited the area between 14 and 16 March 2023")
    d.event("revisit-outcome", "2023-05-04", None, "The outcome letter was published on 4 May 2023")
    d.num("3.3", "The three areas in which insufficient progress had been made are those the APP must address. They "
          "are shown in the first column of the table below, in the wording of the 2020 inspection letter.")
    d.ruled([["Significant weakness (inspection letter, 2020)", "Re-visit finding", "APP priority"],
             ["The poor quality of EHC plans, which do not reflect children's needs or set out the outcomes they "
              "should achieve", "Not sufficient progress", "Priority 1"],
             ["The weak contribution of health services to the identification of needs and to EHC needs "
              "assessments", "Not sufficient progress", "Priority 2"],
             ["Too many children and young people with SEND are excluded from school, or attend school part-time",
              "Not sufficient progress", "Priority 3"],
             ["The lack of a clear strategy for SEND that is understood by leaders across education, health and "
              "care", "Sufficient progress", "-"],
             ["Weak joint commissioning arrangements", "Sufficient progress", "-"],
             ["Parents' lack of involvement in planning and reviewing services", "Sufficient progress", "-"]],
            [9 * cm, 4 * cm, 3.2 * cm])
    for text, themes in [
        ("The poor quality of EHC plans, which do not reflect children's needs or set out the outcomes they should "
         "achieve", ["ehc-plans"]),
        ("The weak contribution of health services to the identification of needs and to EHC needs assessments",
         ["health-services", "identification"]),
        ("Too many children and young people with SEND are excluded from school, or attend school part-time",
         ["inclusion-provision"]),
        ("The lack of a clear strategy for SEND that is understood by leaders across education, health and care",
         ["leadership-governance"]),
        ("Weak joint commissioning arrangements", ["joint-commissioning"]),
        ("Parents' lack of involvement in planning and reviewing services", ["co-production"])]:
        d.record_weak(text, themes)
    d.num("3.4", "The APP was submitted to the DfE on 16 June 2023. The first formal review with the DfE SEND "
          "Adviser and NHS England took place on 26 September 2023. The second is scheduled for 12 March 2024.")
    d.dates_([("16 June 2023", "2023-06-16"), ("26 September 2023", "2023-09-26"), ("12 March 2024", "2024-03-12")])
    d.event("progress-plan", "2023-06-16", None, "The APP was submitted to the DfE on 16 June 2023")
    d.event("monitoring", "2023-09-26", None, "The first formal review with the DfE SEND Adviser and NHS England took "
            "place on 26 September 2023")
    d.event("monitoring", "2024-03-12", None, "The second is scheduled for 12 March 2024")
    d.h("4. Progress")
    d.num("4.1", "Feedback from the first review was positive about the pace of change on EHC plan quality, but "
          "advisers asked for clearer evidence that health advice was improving and that the number of part-time "
          "timetables was falling in secondary schools.")
    d.num("4.2", "The tracker at Appendix 1 shows each action's status at 31 December 2023. Of 24 actions, 11 are "
          "complete, 10 are on track and 3 are behind schedule.")
    d.date("31 December 2023", "2023-12-31")
    kpi_table(d, ["Audited EHC plans rated good or better", "Health advice returned within 6 weeks",
                  "New plans issued within 20 weeks", "Secondary pupils with EHC plan on part-time timetable",
                  "Permanent exclusions of pupils with SEND (number)", "Parents satisfied with EHC process"], 6,
              head=("Measure", "Mar 2023", "Dec 2023", "Target", "RAG"))
    d.dates_([("Mar 2023", "2023-03"), ("Dec 2023", "2023-12")])
    d.h("5. Financial implications")
    d.num("5.1", "The APP is delivered within existing budgets and the £0.4m one-off allocation agreed by Cabinet "
          "on 19 July 2023.")
    d.date("19 July 2023", "2023-07-19")
    d.h("6. Risk assessment")
    d.num("6.1", "The main risk is recruitment of educational psychologists and speech and language therapists. "
          "Agency staff are covering four vacancies.")
    d.h("7. Equality implications")
    d.num("7.1", "The APP is intended to improve outcomes for a group protected under the Equality Act 2010.")
    d.p("<b>Tracey Winstanley</b><br/>Executive Director (Children's Services)")
    d.person("Tracey Winstanley", "Executive Director (Children's Services)", "officer")
    d.p("<b>Contact Officer:</b> Declan Murphy, Head of Inclusion and SEND<br/>Tel: 0151 443 3917<br/>"
        "Email: declan.murphy@knowsley.gov.uk")
    d.person("Declan Murphy", "Head of Inclusion and SEND", "officer", "declan.murphy@knowsley.gov.uk",
             "0151 443 3917")
    d.p("<b>Appendices:</b> Appendix 1 - APP tracker")
    d.add(PageBreak())
    d.h("Appendix 1 - Accelerated Progress Plan tracker (position at 31.12.23)")
    rows = [["No.", "Action", "Owner", "Due", "Status", "Commentary"]]
    tracker = [
        ("1.1", "Quality assurance framework for EHC plans", "Head of SEND Assessment", "Jul 2023", "Complete",
         "Framework in place; monthly moderation panel"),
        ("1.2", "Rewrite outcomes in 150 existing plans at annual review", "SEND Team Manager", "Mar 2024",
         "On track", "97 completed"),
        ("1.3", "Training for caseworkers on writing outcomes", "Workforce Lead", "Oct 2023", "Complete",
         "All 18 caseworkers trained"),
        ("1.4", "Parent feedback on draft plans", "KPCF / SEND Team", "Dec 2023", "Complete", "Survey live"),
        ("2.1", "Designated Clinical Officer quality check of health advice", "DCO", "Nov 2023", "On track",
         "Monthly sample of 15"),
        ("2.2", "Health advice template for community paediatrics", "ICB Place Director", "Sep 2023", "Complete",
         "In use"),
        ("2.3", "Neurodevelopmental pathway for under-5s", "ICB", "Apr 2024", "Behind",
         "Provider mobilisation delayed"),
        ("2.4", "Health visitor checks to flag speech delay", "Public Health", "Jan 2024", "On track",
         "Pilot in two family hubs"),
        ("3.1", "Part-time timetable register with fortnightly challenge", "Head of Access", "Jul 2023",
         "Complete", "Register reviewed by panel"),
        ("3.2", "Inclusion outreach from special schools", "Inclusion Lead", "Feb 2024", "On track",
         "Eight schools supported"),
        ("3.3", "Alternative provision quality framework", "Head of Access", "Dec 2023", "Behind",
         "Two providers yet to sign up"),
        ("3.4", "Headteacher-led inclusion charter", "Secondary Heads Group", "Jun 2024", "Behind",
         "Draft consulted on")]
    for row in tracker:
        rows.append(list(row))
    d.ruled(rows, [1 * cm, 4.8 * cm, 3 * cm, 2 * cm, 1.8 * cm, 3.6 * cm])
    d.dates_([("Jul 2023", "2023-07"), ("Mar 2024", "2024-03"), ("Oct 2023", "2023-10"), ("Nov 2023", "2023-11"),
              ("Sep 2023", "2023-09"), ("Apr 2024", "2024-04"), ("Jan 2024", "2024-01"), ("Feb 2024", "2024-02"),
              ("Jun 2024", "2024-06")])
    d.p("Key: Complete - action finished and evidence held; On track - due date will be met; Behind - due date "
        "at risk, recovery plan agreed.")
    d.h("Appendix 2 - Feedback from the first review meeting (summary)")
    d.p("The DfE SEND Adviser and the NHS England regional lead recorded the following at the meeting on 26 "
        "September 2023:")
    for text in ["The partnership's governance is clear and the SEND Improvement Board is well attended, including "
                 "by headteachers and the parent carer forum.",
                 "The quality assurance framework for EHC plans is robust; audit grades have moved in the right "
                 "direction since June 2023.",
                 "There is not yet enough evidence that health advice is consistently good. The DCO's sample should "
                 "be reported to the Board monthly.",
                 "The partnership should set out how it will reduce part-time timetables in the four secondary "
                 "schools with the highest use."]:
        d.p(f"&bull; {text}", BULLET)
    d.date("June 2023", "2023-06")
    d.h("Supporting data")
    need_table(d, 13)
    area_table(d, ["Kirkby", "Huyton", "Prescot", "Whiston", "Halewood", "Stockbridge Village", "Page Moss"], 5,
               "Township")
    school_table(d, 15, 22, SCHOOLS)
    return d


# ------------------------------------------------------------------------------------------------------------------
def gloucestershire_pack() -> Doc:
    """An agenda reports pack: frontsheet, previous minutes and the SEND re-visit report (2016 framework)."""
    committee = "Children and Families Overview and Scrutiny Committee"
    rel = ("gloucestershire/round71-2023-05-10-children-and-families-overview-and-scrutiny-committee/"
           "Agenda reports pack 10th-May-2023 10.00 Children and Families Overview and Scrutiny Committee.pdf")
    d = Doc(rel, {"council": "Gloucestershire County Council", "council_slug": "gloucestershire",
                  "committee": committee, "meeting_date": "2023-05-10",
                  "title": "Agenda reports pack 10th-May-2023 10.00 Children and Families Overview and Scrutiny "
                           "Committee", "source_kind": "moderngov-document",
                  "url": "https://glostext.gloucestershire.gov.uk/documents/g11422/Public%20reports%20pack%2010th-"
                         "May-2023%2010.00.pdf"},
            {"council": "Gloucestershire County Council", "committee": committee, "date": "2023-05-10"},
            "", "", "")
    d.page_label = "Page {n}"
    d.p("<b>Gloucestershire County Council</b>", RIGHT)
    d.title("Children and Families Overview and Scrutiny Committee")
    d.table([["Date:", "Wednesday, 10th May, 2023"], ["Time:", "10.00 am"],
             ["Place:", "Cabinet Suite - Shire Hall, Gloucester"],
             ["Enquiries to:", "Imogen Carver, Democratic Services Adviser, 01452 324907, "
              "imogen.carver@gloucestershire.gov.uk"]], [3.6 * cm, 12.6 * cm], header=False, grid=False)
    d.date("Wednesday, 10th May, 2023", "2023-05-10")
    d.person("Imogen Carver", "Democratic Services Adviser", "officer", "imogen.carver@gloucestershire.gov.uk",
             "01452 324907")
    d.p("<b>Membership:</b> Cllr Pauline Ledbury (Chair), Cllr Rupert Slade (Vice-Chair), Cllr Anya Marsh, Cllr "
        "Toby Fairford, Cllr Wendy Painswick, Cllr Ibrahim Daud, Cllr Colette Bourne and Cllr Neil Hampnett. "
        "Co-opted: Mrs Judith Kemble (Church of England diocese), Mr Aled Pryce (parent governor).")
    for name, role in [("Pauline Ledbury", "Chair"), ("Rupert Slade", "Vice-Chair"), ("Anya Marsh", None),
                       ("Toby Fairford", None), ("Wendy Painswick", None), ("Ibrahim Daud", None),
                       ("Colette Bourne", None), ("Neil Hampnett", None)]:
        d.person(name, role, "member")
    d.person("Judith Kemble", "Church of England diocese", "other")
    d.person("Aled Pryce", "parent governor", "other")
    d.h("AGENDA")
    d.table([["1", "Apologies"], ["2", "Minutes of the previous meeting (Pages 3 - 8)"],
             ["3", "Declarations of interest"], ["4", "Public questions"],
             ["5", "SEND re-visit outcome and Accelerated Progress Plan (Pages 9 - 22)"],
             ["6", "Children's social care performance (Pages 23 - 40)"],
             ["7", "Work plan (Pages 41 - 44)"]], [1.2 * cm, 15 * cm], header=False, grid=False)
    d.add(PageBreak())
    d.p("<b>Minutes of the Children and Families Overview and Scrutiny Committee</b> held on Wednesday 15 March "
        "2023 at Shire Hall, Gloucester.", CENTRE)
    d.date("Wednesday 15 March 2023", "2023-03-15")
    d.p("<b>Present:</b> Cllr Pauline Ledbury (Chair), Cllr Rupert Slade, Cllr Anya Marsh, Cllr Toby Fairford, Cllr "
        "Ibrahim Daud, Cllr Colette Bourne and Cllr Neil Hampnett; Mr Aled Pryce.")
    d.p("<b>Substitutes:</b> Cllr Harriet Lydney for Cllr Wendy Painswick.")
    d.person("Harriet Lydney", "substitute", "member")
    d.p("<b>Officers:</b> Ann Severn-Holt (Executive Director of Children's Services), Colin Birdlip (Director of "
        "Education), Rachel Uley (Head of SEND) and Imogen Carver.")
    for name, role in [("Ann Severn-Holt", "Executive Director of Children's Services"),
                       ("Colin Birdlip", "Director of Education"), ("Rachel Uley", "Head of SEND")]:
        d.person(name, role, "officer")
    d.h("29. APOLOGIES")
    d.p("Apologies were received from Cllr Wendy Painswick and Mrs Judith Kemble.")
    d.h("30. MINUTES")
    d.p("The minutes of the meeting held on 18 January 2023 were agreed as a correct record.")
    d.record_res(None, "The minutes of the meeting held on 18 January 2023 were agreed as a correct record.",
                 "resolution")
    d.date("18 January 2023", "2023-01-18")
    d.h("31. SEND RE-VISIT - VERBAL UPDATE")
    d.p("31.1 The Director of Education reported that Ofsted and the CQC had re-visited the Gloucestershire local "
        "area from 6 to 9 February 2023, to decide whether sufficient progress had been made since the inspection "
        "of June 2019. The letter was expected later in the month and a full report would come to the May meeting.")
    d.dates_([("from 6 to 9 February 2023", "2023-02-06", "2023-02-09"), ("June 2019", "2019-06")])
    d.event("revisit", "2023-02-06", "2023-02-09", "Ofsted and the CQC had re-visited the Gloucestershire local "
            "area from 6 to 9 February 2023")
    d.event("inspection", "2019-06", None, "the inspection of June 2019")
    d.p("31.2 Members asked whether families had been able to meet the inspectors. The Head of SEND said that 420 "
        "parents had completed the online survey and two focus groups had been held.")
    d.p("31.3 The committee <b>noted</b> the update and asked that the full letter be circulated to members as "
        "soon as it was published.")
    d.record_res(None, "The committee noted the update and asked that the full letter be circulated to members as "
                 "soon as it was published.", "resolution")
    d.h("32. EARLY HELP STRATEGY")
    d.p("32.1 Members considered the draft strategy. The consultation would run until 28 April 2023.")
    d.date("28 April 2023", "2023-04-28")
    d.p("32.2 <b>RESOLVED</b> that the committee endorses the draft Early Help Strategy and asks officers to "
        "report the consultation findings in July 2023.")
    d.record_res(None, "that the committee endorses the draft Early Help Strategy and asks officers to report the "
                 "consultation findings in July 2023.", "resolution")
    d.date("July 2023", "2023-07")
    d.p("CHAIR<br/>Meeting concluded at 12.40 pm")
    d.add(PageBreak())
    d.table([["Meeting:", "Children and Families Overview and Scrutiny Committee"],
             ["Date:", "10 May 2023"],
             ["Title:", "SEND re-visit outcome and Accelerated Progress Plan"],
             ["Cabinet Member:", "Cllr Stephen Frampton, Cabinet Member for Children's Safeguarding and Early Years "
              "and Cllr Lydia Tetbury, Cabinet Member for Education and Skills"],
             ["Lead officer:", "Colin Birdlip, Director of Education"]], [3.6 * cm, 12.6 * cm], header=False)
    d.person("Stephen Frampton", "Cabinet Member for Children's Safeguarding and Early Years", "member")
    d.person("Lydia Tetbury", "Cabinet Member for Education and Skills", "member")
    d.h("Recommendations")
    d.p("It is recommended that the Committee:")
    for label, text in [("1.", "Note the findings of the Ofsted and CQC re-visit letter at Annex 1."),
                        ("2.", "Comment on the draft Accelerated Progress Plan at Annex 2 before it is sent to the "
                         "Department for Education."),
                        ("3.", "Agree to receive six-monthly reports on the plan, the first in November 2023.")]:
        d.res(label, text, "recommendation")
    d.date("November 2023", "2023-11")
    d.h("1. Background")
    d.p("1.1 The 2019 inspection required a Written Statement of Action, which was declared fit for purpose on 14 "
        "November 2019. Since then the DfE and NHS England have monitored progress six-monthly.")
    d.date("14 November 2019", "2019-11-14")
    d.event("wsoa-approved", "2019-11-14", None, "a Written Statement of Action, which was declared fit for purpose "
            "on 14 November 2019")
    d.p("1.2 The re-visit letter was published on 24 March 2023. It found that the area had made sufficient progress "
        "in four of the seven significant weaknesses, and not sufficient progress in three. The seven weaknesses, as "
        "the 2019 letter described them, were:")
    d.date("24 March 2023", "2023-03-24")
    d.event("revisit-outcome", "2023-03-24", None, "The re-visit letter was published on 24 March 2023")
    for label, text, themes in [
        ("a)", "leaders' lack of understanding of the area's strengths and weaknesses, and weak strategic planning",
         ["leadership-governance"]),
        ("b)", "the absence of effective joint commissioning", ["joint-commissioning"]),
        ("c)", "the variable quality of EHC plans and the delays in issuing them", ["ehc-plans"]),
        ("d)", "the poor oversight of the use of part-time timetables and of exclusions of children with SEND",
         ["inclusion-provision", "data-oversight"]),
        ("e)", "long waiting times for the neurodevelopmental pathway and for speech and language therapy",
         ["health-services"]),
        ("f)", "the weak engagement of parents and carers, many of whom have lost confidence in the system",
         ["co-production"]),
        ("g)", "the poor preparation of young people for adulthood", ["preparing-for-adulthood"])]:
        d.weak(text, themes, marker=label, style=S.sub_para)
    d.p("1.3 Progress was judged insufficient in c), e) and f). The Secretary of State has required an Accelerated "
        "Progress Plan, to be agreed with the DfE and NHS England by 31 May 2023.")
    d.date("31 May 2023", "2023-05-31")
    d.event("progress-plan", "2023-05-31", None, "The Secretary of State has required an Accelerated Progress Plan, "
            "to be agreed with the DfE and NHS England by 31 May 2023")
    d.h("2. The draft plan")
    d.p("2.1 The draft plan was shaped at a workshop with Gloucestershire Parent Carer Forum on 19 April 2023. "
        "Its actions are summarised below.")
    d.date("19 April 2023", "2023-04-19")
    d.ruled([["Area", "Key actions", "Completion"],
             ["EHC plans", "Recruit six caseworkers; weekly tracking of 20-week timescale; audit programme",
              "Oct 2023"],
             ["Waiting times", "Additional autism assessment capacity; SLT waiting list initiative", "Mar 2024"],
             ["Parents and carers", "Co-production charter; local offer review; monthly drop-ins", "Dec 2023"]],
            [3.6 * cm, 9.6 * cm, 3 * cm])
    d.dates_([("Oct 2023", "2023-10"), ("Mar 2024", "2024-03"), ("Dec 2023", "2023-12")])
    d.h("3. Data")
    kpi_table(d, ["EHC plans issued within 20 weeks", "Children waiting over 18 weeks for SLT",
                  "Autism assessments completed within 12 months", "Parents who feel listened to",
                  "Young people 16-25 in education or training"], 2,
              head=("Measure", "2019", "Feb 2023", "Target", "RAG"))
    d.date("Feb 2023", "2023-02")
    need_table(d, 17)
    d.p("<b>Contact officer:</b> Rachel Uley, Head of SEND, rachel.uley@gloucestershire.gov.uk")
    next(x for x in d.people if x["name"] == "Rachel Uley")["email"] = "rachel.uley@gloucestershire.gov.uk"
    d.h("Work plan 2023/24")
    d.ruled([["Meeting", "Items"], ["12 July 2023", "Early Help Strategy consultation; fostering"],
             ["20 September 2023", "School places; elective home education"],
             ["15 November 2023", "SEND Accelerated Progress Plan - first six-monthly report"]],
            [4 * cm, 12.2 * cm])
    d.dates_([("12 July 2023", "2023-07-12"), ("20 September 2023", "2023-09-20"),
              ("15 November 2023", "2023-11-15")])
    school_table(d, 19, 14, SCHOOLS)
    return d


# ------------------------------------------------------------------------------------------------------------------
def halton_minutes() -> Doc:
    """Printed minutes of a Health and Wellbeing Board, in the borough's style (2023 framework)."""
    committee = "Health and Wellbeing Board"
    rel = "halton/round71-2025-05-21-health-and-wellbeing-board/Minutes 12 March 2025.pdf"
    d = Doc(rel, {"council": "Halton Borough Council", "council_slug": "halton", "committee": committee,
                  "meeting_date": "2025-05-21", "title": "Minutes 12 March 2025", "source_kind": "moderngov-document",
                  "url": "https://councillors.halton.gov.uk/documents/g8120/Printed%20minutes%2012th-Mar-2025.pdf"},
            {"council": "Halton Borough Council", "committee": committee, "date": "2025-03-12"},
            "", "", "")
    d.page_label = "Page {n}"
    d.p("<b>HEALTH AND WELLBEING BOARD</b>")
    d.p("At a meeting of the Health and Wellbeing Board on Wednesday, 12 March 2025 at the Karalius Suite, Halton "
        "Stadium, Widnes")
    d.date("Wednesday, 12 March 2025", "2025-03-12")
    d.p("Present: Councillors Lacey (Chair), Woolfall, Thornton and Nugent; Dr A. Mistry, J. Whitfield, R. Okoro, "
        "S. Pemberton, L. Garside and M. Dooley.")
    for name, role in [("Councillor Lacey", "Chair"), ("Councillor Woolfall", None), ("Councillor Thornton", None),
                       ("Councillor Nugent", None)]:
        d.person(name, role, "member")
    d.p("Apologies for Absence: Councillor Gallagher, K. Ravenscroft and Dr T. Hollins")
    d.person("Councillor Gallagher", None, "member")
    d.p("Absence declared on Council business: None")
    d.p("Also in attendance: A. Corrigan, Divisional Manager, SEND and Inclusion; H. Quayle, Halton Parent Carer "
        "Forum")
    d.ruled([["Board member", "Representing"],
             ["Dr A. Mistry", "One Halton Place, NHS Cheshire and Merseyside ICB (Vice-Chair)"],
             ["J. Whitfield", "Executive Director, Children's Services"],
             ["R. Okoro", "Director of Public Health"],
             ["S. Pemberton", "Director of Adult Social Services"],
             ["L. Garside", "Healthwatch Halton"],
             ["M. Dooley", "Cheshire Police"],
             ["K. Ravenscroft", "Bridgewater Community Healthcare NHS Foundation Trust"],
             ["Dr T. Hollins", "Mersey Care NHS Foundation Trust"]], [4 * cm, 12.2 * cm])
    for name, role, kind in [
            ("Dr A. Mistry", "One Halton Place, NHS Cheshire and Merseyside ICB (Vice-Chair)", "officer"),
            ("J. Whitfield", "Executive Director, Children's Services", "officer"),
            ("R. Okoro", "Director of Public Health", "officer"),
            ("S. Pemberton", "Director of Adult Social Services", "officer"),
            ("L. Garside", "Healthwatch Halton", "other"),
            ("M. Dooley", "Cheshire Police", "officer"),
            ("K. Ravenscroft", "Bridgewater Community Healthcare NHS Foundation Trust", "officer"),
            ("Dr T. Hollins", "Mersey Care NHS Foundation Trust", "officer"),
            ("A. Corrigan", "Divisional Manager, SEND and Inclusion", "officer"),
            ("H. Quayle", "Halton Parent Carer Forum", "other")]:
        d.person(name, role, kind)
    d.p("<i>Action</i>", RIGHT)
    d.h("HWB35&nbsp;&nbsp;&nbsp;MINUTES OF LAST MEETING")
    d.p("The Minutes of the meeting held on 15 January 2025 having been circulated were signed as a correct record.")
    d.record_res(None, "The Minutes of the meeting held on 15 January 2025 having been circulated were signed as a "
                 "correct record.", "resolution")
    d.date("15 January 2025", "2025-01-15")
    d.h("HWB36&nbsp;&nbsp;&nbsp;PHARMACEUTICAL NEEDS ASSESSMENT 2025")
    d.p("The Board considered the draft Pharmaceutical Needs Assessment, which must be published by 1 October "
        "2025. Consultation would run from 7 April to 6 June 2025.")
    d.dates_([("1 October 2025", "2025-10-01"), ("from 7 April to 6 June 2025", "2025-04-07", "2025-06-06")])
    d.p("RESOLVED: That")
    d.res("1)", "the draft Pharmaceutical Needs Assessment be approved for consultation; and", "resolution",
          style=S.sub_para)
    d.res("2)", "the Director of Public Health be authorised to make minor changes before it is published.",
          "resolution", style=S.sub_para)
    d.p("Director of Public Health", RIGHT)
    d.h("HWB37&nbsp;&nbsp;&nbsp;AREA SEND INSPECTION - PRIORITY ACTION PLAN UPDATE")
    d.p("The Board received a report of the Executive Director, Children's Services, which gave an update on the "
        "Priority Action Plan prepared after the local area SEND inspection. The partnership had been inspected "
        "from 9 to 13 September 2024, and the report was published on 25 October 2024. Inspectors concluded that "
        "there were widespread and/or systemic failings leading to significant concerns about the experiences and "
        "outcomes of children and young people with SEND, which the local area partnership must address urgently.")
    d.dates_([("from 9 to 13 September 2024", "2024-09-09", "2024-09-13"), ("25 October 2024", "2024-10-25")])
    d.event("inspection", "2024-09-09", "2024-09-13", "The partnership had been inspected from 9 to 13 September "
            "2024")
    d.event("outcome-letter", "2024-10-25", None, "the report was published on 25 October 2024")
    d.p("The report reminded the Board of the two areas for priority action, namely that:")
    d.weak("leaders across the partnership should urgently improve the timeliness and quality of EHC needs "
           "assessments and plans, so that children and young people get the right help at the right time; and",
           ["ehc-plans"], marker="&ndash;", style=S.sub_para)
    d.weak("leaders in the integrated care board and the local authority should act swiftly to reduce waiting "
           "times for speech and language therapy and neurodevelopmental assessment, and make sure families are "
           "supported while they wait.", ["health-services"], marker="&ndash;", style=S.sub_para)
    d.p("There were also four areas for improvement, about early identification of needs in the early years and "
        "in schools; oversight of alternative provision and part-time timetables; preparation for adulthood; and "
        "communication with families about the local offer. Members noted that these were being taken forward "
        "through the SEND Strategy rather than the Priority Action Plan.")
    for text, themes in [
            ("early identification of needs in the early years and in schools", ["identification"]),
            ("oversight of alternative provision and part-time timetables", ["inclusion-provision",
                                                                             "data-oversight"]),
            ("preparation for adulthood", ["preparing-for-adulthood"]),
            ("communication with families about the local offer", ["co-production", "local-offer"])]:
        d.record_weak(text, themes)
    d.p("The Priority Action Plan had been submitted to Ofsted on 2 December 2024. The first monitoring meeting "
        "with the Department for Education and NHS England had been held on 18 February 2025; officers from both "
        "had been positive about the governance now in place but had asked for faster progress on the assessment "
        "backlog. A second meeting was planned for July 2025.")
    d.dates_([("2 December 2024", "2024-12-02"), ("18 February 2025", "2025-02-18"), ("July 2025", "2025-07")])
    d.event("progress-plan", "2024-12-02", None, "The Priority Action Plan had been submitted to Ofsted on 2 December "
            "2024")
    d.event("monitoring", "2025-02-18", None, "The first monitoring meeting with the Department for Education and NHS "
            "England had been held on 18 February 2025")
    d.event("monitoring", "2025-07", None, "A second meeting was planned for July 2025")
    d.p("Ms Corrigan reported that 62% of new plans had been issued within 20 weeks in January 2025, compared with "
        "19% in September 2024. The speech and language therapy waiting list had fallen from 1,140 to 870 children. "
        "Ms Quayle said that families were starting to see a difference but that communication from the "
        "assessment team was still inconsistent.")
    d.dates_([("January 2025", "2025-01"), ("September 2024", "2024-09")])
    d.p("Members asked how health partners would sustain the additional therapy capacity after March 2026. Dr "
        "Mistry said that recurrent funding had been agreed in the ICB's place budget.")
    d.date("March 2026", "2026-03")
    d.ruled([["PAP measure", "Sep 2024", "Jan 2025", "Target Sep 2025"],
             ["New EHC plans issued within 20 weeks", "19%", "62%", "70%"],
             ["Children waiting over 18 weeks for SLT", "1,140", "870", "400"],
             ["Neurodevelopmental referrals waiting over 52 weeks", "610", "522", "250"],
             ["Audited plans judged good or better", "31%", "48%", "65%"]],
            [7.2 * cm, 2.8 * cm, 2.8 * cm, 3.4 * cm])
    d.dates_([("Sep 2024", "2024-09"), ("Jan 2025", "2025-01"), ("Sep 2025", "2025-09")])
    d.p("RESOLVED: That the Board")
    d.res("1)", "notes the progress made against the Priority Action Plan;", "resolution", style=S.sub_para)
    d.res("2)", "supports the continued pooling of therapy funding between the Council and the ICB; and",
          "resolution", style=S.sub_para)
    d.res("3)", "receives a further update after the second monitoring meeting.", "resolution", style=S.sub_para)
    d.p("Executive Director, Children's Services", RIGHT)
    d.h("HWB38&nbsp;&nbsp;&nbsp;BETTER CARE FUND QUARTER 3 RETURN")
    d.p("The Board was asked to ratify the quarter 3 return, submitted on 7 February 2025 under delegated "
        "authority.")
    d.date("7 February 2025", "2025-02-07")
    rows = [["Metric", "Plan", "Actual", "Assessment"]]
    for i, m in enumerate(["Avoidable admissions", "Discharge to usual place of residence", "Falls admissions 65+",
                           "Residential admissions 65+", "Reablement at 91 days", "Delayed discharges"]):
        rows.append([m, str(400 + i * 37), str(390 + i * 41), ["On track", "Not on track"][i % 2]])
    d.ruled(rows, [7 * cm, 3 * cm, 3 * cm, 3.2 * cm])
    d.res(None, "That the Board ratifies the Better Care Fund quarter 3 return.", "resolution",
          lead="RESOLVED:", style=BODY)
    d.h("HWB39&nbsp;&nbsp;&nbsp;CHILDREN'S HEALTH PROFILE")
    d.p("The Board considered the annual children's health profile. The tables tabled at the meeting are appended to "
        "these minutes.")
    d.res(None, "That the children's health profile be noted and referred to the Children, Young People and "
          "Families Policy and Performance Board.", "resolution", lead="RESOLVED:", style=BODY)
    d.h("HWB40&nbsp;&nbsp;&nbsp;HEALTHWATCH HALTON - ANNUAL PLAN")
    d.p("L. Garside presented Healthwatch Halton's priorities for the year, which include families' experience of "
        "waiting for neurodevelopmental assessment and of accessing dentistry. A report would be published in "
        "November 2025.")
    d.date("November 2025", "2025-11")
    d.res(None, "That the Healthwatch Halton annual plan be noted.", "resolution", lead="RESOLVED:", style=BODY)
    d.h("HWB41&nbsp;&nbsp;&nbsp;ONE HALTON PLACE PLAN - DELIVERY REPORT")
    d.p("The Board received the six-monthly delivery report on the One Halton Place Plan. Members asked about the "
        "falling uptake of childhood immunisations in Runcorn, and about support for young carers.")
    rows = [["Priority", "Lead", "Progress", "Status"]]
    for i, (prio, lead) in enumerate([
            ("Starting well: school readiness", "Director of Public Health"),
            ("Starting well: children's emotional health", "ICB Place Director"),
            ("Living well: healthy weight", "Director of Public Health"),
            ("Living well: alcohol harm", "Director of Public Health"),
            ("Ageing well: falls prevention", "Director of Adult Social Services"),
            ("Ageing well: intermediate care", "Director of Adult Social Services"),
            ("Mental health: crisis support", "Mersey Care NHS Foundation Trust"),
            ("Inequalities: community wealth building", "Chief Executive")]):
        rows.append([prio, lead, ["Milestones met", "Partly met", "Delayed"][i % 3],
                     ["Green", "Amber", "Red"][(i * 2) % 3]])
    d.ruled(rows, [6 * cm, 5 * cm, 3.2 * cm, 2 * cm])
    d.res(None, "That the delivery report be noted, and a focused session on childhood immunisations be held at "
          "the next meeting.", "resolution", lead="RESOLVED:", style=BODY)
    d.p("Meeting ended at 3.55 p.m.")
    d.add(PageBreak())
    d.p("<b>Appendix to minute HWB39: children's health profile - SEND tables</b>")
    need_table(d, 21)
    area_table(d, ["Widnes North", "Widnes South", "Runcorn East", "Runcorn West", "Ditton and Hale Bank",
                   "Halton Lea and Windmill Hill"], 7, "Neighbourhood")
    school_table(d, 23, 22, SCHOOLS)
    return d


# ------------------------------------------------------------------------------------------------------------------
def kirklees_cabinet() -> Doc:
    """A Cabinet report with the Ofsted/CQC inspection report appended (2023 framework)."""
    committee = "Cabinet"
    rel = "kirklees/round71-2025-09-16-cabinet/Local Area SEND Inspection outcome - report and appendices.pdf"
    d = Doc(rel, {"council": "Kirklees Council", "council_slug": "kirklees", "committee": committee,
                  "meeting_date": "2025-09-16", "title": "Local Area SEND Inspection outcome - report and "
                  "appendices", "source_kind": "moderngov-document",
                  "url": "https://democracy.kirklees.gov.uk/documents/s61877/Cabinet%20SEND%20inspection.pdf"},
            {"council": "Kirklees Council", "committee": committee, "date": "2025-09-16"},
            "", "", "")
    d.page_label = "{n}"
    d.p("<b>Name of meeting:</b> Cabinet<br/><b>Date:</b> 16 September 2025<br/><b>Title of report:</b> Local "
        "Area SEND Inspection - outcome and Strategic Action Plan")
    d.date("16 September 2025", "2025-09-16")
    d.p("<b>Purpose of report:</b> To inform Cabinet of the outcome of the Ofsted and CQC inspection of the "
        "Kirklees local area partnership's arrangements for children and young people with special educational "
        "needs and/or disabilities, and to seek endorsement of the partnership's Strategic Action Plan.")
    d.table([["Key Decision - Is it likely to result in spending or saving £500k or more, or to have a significant "
              "effect on two or more electoral wards?", "No"],
             ["Key Decision - Is it in the Council's Forward Plan (key decisions and private reports)?", "No"],
             ["The Decision - Is it eligible for call in by Scrutiny?", "Yes"],
             ["Date signed off by Strategic Director and name", "Vernon Kaye - 3 September 2025"],
             ["Is it also signed off by the Service Director for Finance?", "Jasmine Holmfirth - 4 September 2025"],
             ["Is it also signed off by the Service Director for Legal, Governance and Commissioning?",
              "Oliver Shepley - 4 September 2025"],
             ["Cabinet member portfolio", "Cllr Nadia Thornhill, Cabinet Member for Children's Services"]],
            [11 * cm, 5.2 * cm], header=False)
    d.dates_([("3 September 2025", "2025-09-03"), ("4 September 2025", "2025-09-04")])
    d.person("Vernon Kaye", "Strategic Director, Children and Families", "officer")
    d.person("Jasmine Holmfirth", "Service Director for Finance", "officer")
    d.person("Oliver Shepley", "Service Director for Legal, Governance and Commissioning", "officer")
    d.person("Nadia Thornhill", "Cabinet Member for Children's Services", "member")
    d.p("<b>Electoral wards affected:</b> All<br/><b>Ward councillors consulted:</b> No<br/><b>Public or private:</b> "
        "Public<br/><b>Has GDPR been considered?</b> Yes")
    d.h("1. Summary")
    d.p("1.1 Ofsted and the Care Quality Commission carried out an area SEND inspection of the Kirklees local area "
        "partnership between 9 and 13 June 2025. The inspection report was published on 24 July 2025 and is at "
        "Appendix A. The partnership's arrangements lead to inconsistent experiences and outcomes for children and "
        "young people with SEND. This is the middle of the three possible outcomes; the next full inspection will "
        "take place within approximately three years.")
    d.dates_([("between 9 and 13 June 2025", "2025-06-09", "2025-06-13"), ("24 July 2025", "2025-07-24")])
    d.event("inspection", "2025-06-09", "2025-06-13", "Ofsted and the Care Quality Commission carried out an area "
            "SEND inspection of the Kirklees local area partnership between 9 and 13 June 2025")
    d.event("outcome-letter", "2025-07-24", None, "The inspection report was published on 24 July 2025")
    d.p("1.2 The previous inspection, in January 2018 under the 2016 framework, had not required a Written "
        "Statement of Action.")
    d.date("January 2018", "2018-01")
    d.event("inspection", "2018-01", None, "The previous inspection, in January 2018")
    d.p("1.3 Inspectors identified four areas for improvement, set out in full at Appendix A. The partnership has "
        "written a Strategic Action Plan in response (Appendix B). It was agreed by the Kirklees SEND Partnership "
        "Board on 11 September 2025 and must be published on the Local Offer by 31 October 2025.")
    d.dates_([("11 September 2025", "2025-09-11"), ("31 October 2025", "2025-10-31")])
    d.event("progress-plan", "2025-09-11", None, "It was agreed by the Kirklees SEND Partnership Board on 11 September "
            "2025")
    d.event("progress-plan", "2025-10-31", None, "must be published on the Local Offer by 31 October 2025")
    d.h("2. Information required to take a decision")
    d.p("2.1 Inspectors found many strengths. Children's needs are identified early in the early years; family hubs "
        "offer well-used drop-in sessions; the parent carer forum is an equal partner; and young people value the "
        "supported internship programme. These strengths are to be built on, not only the weaknesses addressed.")
    d.p("2.2 Since the inspection, the timeliness of EHC needs assessments has improved: 54% of new plans were "
        "issued within 20 weeks in August 2025, compared with 38% in March 2025.")
    d.dates_([("August 2025", "2025-08"), ("March 2025", "2025-03")])
    d.h("3. Implications for the Council")
    d.p("3.1 <i>Working with people:</i> the plan was co-produced with Kirklees Parent Carer Forum. 3.2 "
        "<i>Financial:</i> the plan will be delivered within the High Needs Block recovery plan and the ICB's "
        "existing allocation. 3.3 <i>Legal:</i> there is no statutory requirement for Cabinet to approve the plan, "
        "but the Council is jointly accountable with the ICB for its delivery.")
    d.h("4. Consultation")
    d.p("4.1 The Children's Scrutiny Panel will consider the plan on 7 October 2025.")
    d.date("7 October 2025", "2025-10-07")
    d.h("5. Officer recommendations and reasons")
    d.p("Cabinet is asked to:")
    for label, text in [("a)", "note the outcome of the area SEND inspection and the areas for improvement "
                         "identified by inspectors;"),
                        ("b)", "endorse the Strategic Action Plan at Appendix B; and"),
                        ("c)", "delegate authority to the Strategic Director, Children and Families, in "
                         "consultation with the Cabinet Member for Children's Services, to agree any final "
                         "changes to the plan before it is published.")]:
        d.res(label, text, "recommendation", style=S.sub_para)
    d.p("<b>Reasons:</b> to ensure Cabinet has oversight of the partnership's response and that the plan is "
        "published on time.")
    d.h("6. Contact officer")
    d.p("Kamal Hussain, Head of SEND and Inclusion, kamal.hussain@kirklees.gov.uk, 01484 221000")
    d.person("Kamal Hussain", "Head of SEND and Inclusion", "officer", "kamal.hussain@kirklees.gov.uk",
             "01484 221000")
    d.add(PageBreak())
    d.p("<b>Appendix A</b>", RIGHT)
    d.title("Area SEND inspection of Kirklees Local Area Partnership")
    d.table([["Inspection dates:", "9 to 13 June 2025"], ["Dates of previous inspection:", "22 to 26 January 2018"]],
            [5.5 * cm, 10.7 * cm], header=False, grid=False)
    d.date("22 to 26 January 2018", "2018-01-22", "2018-01-26")
    d.event("inspection", "2018-01-22", "2018-01-26", "Dates of previous inspection: 22 to 26 January 2018")
    d.h("Inspection outcome")
    d.p("The local area partnership's arrangements lead to inconsistent experiences and outcomes for children and "
        "young people with special educational needs and/or disabilities (SEND). The local area partnership must "
        "work jointly to make improvements.", LETTER)
    d.h("Information about the local area partnership")
    d.p("Kirklees Council and NHS West Yorkshire Integrated Care Board (ICB) are jointly responsible for the "
        "planning and commissioning of services for children and young people with SEND in Kirklees.", LETTER)
    d.h("What is it like to be a child or young person with SEND in this area?")
    d.p("Many children and young people with SEND in Kirklees enjoy school, make friends and take part in their "
        "communities. Those whose needs are identified early get effective help. However, too many wait too long "
        "for an EHC plan, and some older young people do not get their annual reviews on time, which means their "
        "plans do not keep up with their changing needs. Some children wait a long time for speech and language "
        "therapy or for an assessment of autism or ADHD.", LETTER)
    d.h("What is the area partnership doing that is effective?")
    for text in ["Leaders have a shared and accurate understanding of the area's strengths and weaknesses.",
                 "Early years practitioners identify needs quickly and work well with health visitors.",
                 "The parent carer forum is well involved in strategic decisions."]:
        d.p(f"&bull; {text}", LETTER_BULLET)
    d.h("What does the area partnership need to do better?")
    d.p("Some schools make too much use of part-time timetables, and leaders do not have enough information about "
        "the quality of alternative provision used by schools.", LETTER)
    d.h("Areas for improvement")
    for text, themes in [
            ("Leaders across the partnership should improve the timeliness of EHC needs assessments so that "
             "children and young people receive the support they need without delay.", ["ehc-plans"]),
            ("Leaders should make sure that annual reviews of EHC plans take place on time and that plans are "
             "amended promptly, especially when young people move between phases of education.",
             ["ehc-plans"]),
            ("ICB leaders should reduce waiting times for neurodevelopmental assessment and for community speech "
             "and language therapy, and improve the support that families receive while they wait.",
             ["health-services"]),
            ("Leaders should strengthen their oversight of alternative provision and of the use of part-time "
             "timetables for children and young people with SEND.", ["inclusion-provision", "data-oversight"])]:
        d.weak(text, themes, marker="", style=LETTER)
    d.h("Local area partnership details")
    d.ruled([["Local authority", "Integrated care board"],
             ["Vernon Kaye, Strategic Director, Children and Families", "Ruth Ainley, Place Lead, Kirklees Health "
              "and Care Partnership, NHS West Yorkshire ICB"]], [8.1 * cm, 8.1 * cm])
    d.person("Ruth Ainley", "Place Lead, Kirklees Health and Care Partnership, NHS West Yorkshire ICB", "officer")
    d.h("Information about this inspection")
    d.p("This inspection was carried out by His Majesty's Inspector Helen Brearley (lead inspector), Ofsted "
        "Inspector Craig Denby and Children's Services Inspector Amrit Sangha (CQC lead inspector).", LETTER)
    d.person("Helen Brearley", "His Majesty's Inspector (lead inspector)", "other")
    d.person("Craig Denby", "Ofsted Inspector", "other")
    d.person("Amrit Sangha", "Children's Services Inspector (CQC lead inspector)", "other")
    d.add(PageBreak())
    d.p("<b>Appendix B</b>", RIGHT)
    d.h("Kirklees SEND Strategic Action Plan 2025-2028: summary")
    d.ruled([["AFI", "Headline actions", "Lead", "Milestone"],
             ["1", "Assessment hub; weekly panel; recruitment of three educational psychologists", "Head of SEND "
              "and Inclusion", "Dec 2025"],
             ["2", "Annual review team for phase transfer; transfer reviews by 15 February each year", "SEND "
              "Service Manager", "Feb 2026"],
             ["3", "Extra SLT sessions; neurodevelopmental waiting-well offer", "ICB Place Lead", "Mar 2026"],
             ["4", "Alternative provision framework; part-time timetable register", "Head of Inclusion",
              "Jan 2026"]], [1.2 * cm, 8.4 * cm, 3.8 * cm, 2.8 * cm])
    d.dates_([("Dec 2025", "2025-12"), ("Feb 2026", "2026-02"), ("Mar 2026", "2026-03"), ("Jan 2026", "2026-01")])
    d.h("Indicators")
    kpi_table(d, ["New EHC plans issued within 20 weeks", "Annual reviews completed within timescale",
                  "Phase transfer reviews completed by 15 February", "Children waiting over 18 weeks for SLT",
                  "Pupils with EHC plans on part-time timetables"], 8)
    need_table(d, 27)
    school_table(d, 29, 18, SCHOOLS)
    return d


DOCUMENTS = [herefordshire_wsoa, islington_minutes, knowsley_progress, gloucestershire_pack, halton_minutes,
             kirklees_cabinet]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
