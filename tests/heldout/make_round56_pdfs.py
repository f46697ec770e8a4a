"""Write the printed documents of the held-out round 56 (reportlab, on ``long_pdf_kit``).

Round 56 is a blind batch: documents written with their gold before any extractor ran on them. These three are the
printed forms: a South Gloucestershire Council report to its Children, Adults and Health Select Committee on the
2023-framework inspection outcome (areas for improvement as lettered paragraphs "(a)" to "(c)", recommendations as
"The Committee is recommended to:" over "i." and "ii."); an Oldham Council delegated officer decision record on the
2016-framework Accelerated Progress Plan (the unprogressed weaknesses as a numbered table column, "DECISION" as one
paragraph); and a Sefton Council briefing note to its Overview and Scrutiny Committee after a DfE and NHS England
review (2016 framework; the weaknesses as sentences in a paragraph opened with "Inspectors said that ..."). Invented
text, fictitious people. Each page's content is fixed with explicit breaks (``PageBreak``), so the gold's page
numbers follow from this script; ``write_gold`` reads each back with pdfplumber. Deterministic:

    /work/main/.venv/bin/python tests/heldout/make_round56_pdfs.py --gold
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("56", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))


class Doc(LongDoc):
    styles = S


# ---------------------------------------------------------------- South Gloucestershire (2023 framework)
def south_glos() -> Doc:
    rel = ("south-gloucestershire/round56-2025-09-23-children-adults-and-health-select-committee/"
           "Local Area SEND Inspection Outcome.pdf")
    d = Doc(rel, {"council": "South Gloucestershire Council", "council_slug": "south-gloucestershire",
                  "committee": "Children, Adults and Health Select Committee", "meeting_date": "2025-09-23",
                  "title": "Local Area SEND Inspection Outcome", "source_kind": "moderngov-document",
                  "url": "https://council.southglos.gov.uk/documents/s158204/Local%20Area%20SEND%20Inspection%20"
                         "Outcome.pdf"},
            {"council": "South Gloucestershire Council", "committee": "Children, Adults and Health Select Committee",
             "date": "2025-09-23"},
            "South Gloucestershire Council", "Children, Adults and Health Select Committee",
            "Agenda item 9", "Page {n}")
    d.title("Children, Adults and Health Select Committee")
    d.table([["Date of meeting", "23 September 2025"],
             ["Title", "Local Area SEND Inspection Outcome"],
             ["Lead officer", "Director of Children, Adults and Health"],
             ["Cabinet Member", "Cllr Priya Hanham, Cabinet Member for Children and Young People"],
             ["Author", "Gareth Frampton, Head of SEND and Inclusion, 01454 863 217, "
                        "gareth.frampton@southglos.gov.uk"]],
            [4.2 * cm, 12 * cm], header=False)
    d.date("23 September 2025", "2025-09-23")
    d.person("Priya Hanham", "Cabinet Member for Children and Young People", "member")
    d.person("Gareth Frampton", "Head of SEND and Inclusion", "officer", "gareth.frampton@southglos.gov.uk",
             "01454 863 217")
    d.h("Purpose of report")
    d.p("1. To inform the Committee of the outcome of the joint Ofsted and Care Quality Commission inspection of "
        "the South Gloucestershire local area partnership's special educational needs and disabilities arrangements, "
        "and of the partnership's response.")
    d.h("Recommendations")
    d.p("2. The Committee is recommended to:")
    recs = [("i.", "note the outcome of the inspection and the areas for improvement identified by inspectors; and"),
            ("ii.", "comment on the draft SEND and Alternative Provision Improvement Plan at Appendix B before it is "
                    "considered by Cabinet on 10 November 2025.")]
    for label, text in recs:
        d.res(label, text, "recommendation", style=S.num_para)
    d.date("10 November 2025", "2025-11-10")
    d.h("Background")
    d.p("3. The partnership was last inspected under the 2016 framework in March 2019, when no Written Statement of "
        "Action was required. The inspection under the current framework took place between 7 and 11 July 2025, "
        "and the report was published on 29 August 2025.")
    d.date("March 2019", "2019-03")
    d.date("between 7 and 11 July 2025", "2025-07-07", "2025-07-11")
    d.date("29 August 2025", "2025-08-29")
    d.event("inspection", "2019-03", None, "The partnership was last inspected under the 2016 framework in March 2019")
    d.event("inspection", "2025-07-07", "2025-07-11",
            "The inspection under the current framework took place between 7 and 11 July 2025")
    d.event("outcome-letter", "2025-08-29", None, "the report was published on 29 August 2025")
    d.p("4. The inspection found that the local area partnership's arrangements lead to inconsistent experiences and "
        "outcomes for children and young people with SEND. This is the middle of the three possible outcomes. The "
        "next full inspection will be within approximately three years.")
    d.p("5. Inspectors recognised a number of strengths, including the work of the Designated Clinical Officer, "
        "the inclusion hubs in secondary schools and the support given by the Bristol, North Somerset and South "
        "Gloucestershire ICB to the neurodevelopmental pathway.")
    d.story.append(PageBreak())
    d.h("Areas for improvement")
    d.p("6. The report sets out three areas for improvement, reproduced in full below:")
    weak = [("(a)", "Leaders across education, health and care should improve the timeliness of the EHC needs "
                    "assessment process, so that plans are issued within 20 weeks and annual reviews lead to plans "
                    "being updated promptly.", ["ehc-plans"]),
            ("(b)", "The ICB should work with providers to reduce the time children and young people wait for "
                    "speech and language therapy and for an autism assessment, and make sure families are supported "
                    "while they wait.", ["health-services"]),
            ("(c)", "Leaders should strengthen the way they gather and use the views of children, young people and "
                    "their families, so that co-production shapes strategic planning and the local offer.",
             ["co-production"])]
    for label, text, themes in weak:
        d.weak(text, themes, marker=label, style=S.num_para)
    d.h("Our response")
    d.p("7. The SEND Strategic Partnership Board endorsed the draft improvement plan on 15 September 2025. Each "
        "area for improvement has a named senior lead and a set of measures, summarised below.")
    d.date("15 September 2025", "2025-09-15")
    d.event("progress-plan", "2025-09-15", None,
            "The SEND Strategic Partnership Board endorsed the draft improvement plan on 15 September 2025")
    d.table([["Area", "Senior lead", "Measure by July 2026"],
             ["Timeliness of EHC plans", "Head of SEND and Inclusion", "65% of plans issued within 20 weeks"],
             ["Therapy and autism waits", "ICB Director of Nursing", "No child waits over 52 weeks for autism "
                                                                     "assessment"],
             ["Co-production", "Assistant Director, Education", "Parent carer forum survey: 60% confident"]],
            [5.4 * cm, 5 * cm, 5.8 * cm])
    d.date("July 2026", "2026-07")
    d.p("8. The plan will be published on the Local Offer website by 30 November 2025, and progress will be "
        "reported to this Committee every six months.")
    d.date("30 November 2025", "2025-11-30")
    d.event("progress-plan", "2025-11-30", None,
            "The plan will be published on the Local Offer website by 30 November 2025")
    d.h("Financial implications")
    d.p("9. There are no additional financial implications arising from this report. Comments provided by Helen "
        "Oldland, Finance Business Partner.")
    d.person("Helen Oldland", "Finance Business Partner", "officer")
    d.h("Background papers")
    d.p("Ofsted and CQC, Area SEND inspection of South Gloucestershire Local Area Partnership, 29 August 2025.")
    return d


# ---------------------------------------------------------------- Oldham (2016 framework)
def oldham() -> Doc:
    rel = ("oldham/round56-2023-06-20-executive-director-childrens-services/"
           "Delegated Officer Decision - SEND Accelerated Progress Plan support.pdf")
    d = Doc(rel, {"council": "Oldham Metropolitan Borough Council", "council_slug": "oldham",
                  "committee": "Executive Director, Children's Services", "meeting_date": "2023-06-20",
                  "title": "Delegated Officer Decision - SEND Accelerated Progress Plan support",
                  "source_kind": "moderngov-document",
                  "url": "https://committees.oldham.gov.uk/documents/s160341/Delegated%20Officer%20Decision%20-%20"
                         "SEND%20Accelerated%20Progress%20Plan%20support.pdf"},
            {"council": "Oldham Metropolitan Borough Council", "committee": "Executive Director, Children's Services",
             "date": "2023-06-20"},
            "Oldham Council", "Delegated Officer Decision", "Reference: CHS-DOD-23-014", "Page {n} of {total}")
    d.title("Delegated Officer Decision Record")
    d.table([["Decision reference", "CHS-DOD-23-014"],
             ["Subject", "Commissioning of additional educational psychology capacity to support the SEND "
                         "Accelerated Progress Plan"],
             ["Decision maker", "Executive Director, Children's Services"],
             ["Date of decision", "20 June 2023"],
             ["Report author", "Tanvir Chadderton, SEND Improvement Lead"],
             ["Portfolio holder consulted", "Councillor Maureen Lees-Hollins, Cabinet Member for Education and "
                                            "Skills"]],
            [5 * cm, 11.2 * cm], header=False)
    d.date("20 June 2023", "2023-06-20")
    d.person("Tanvir Chadderton", "SEND Improvement Lead", "officer")
    d.person("Maureen Lees-Hollins", "Cabinet Member for Education and Skills", "member")
    d.h("1. Reasons for the decision")
    d.num("1.1", "Ofsted and the Care Quality Commission carried out a joint inspection of the Oldham local area on "
                 "13 to 17 May 2019. A Written Statement of Action was required, and was declared fit for purpose "
                 "on 2 October 2019.")
    d.date("13 to 17 May 2019", "2019-05-13", "2019-05-17")
    d.date("2 October 2019", "2019-10-02")
    d.event("inspection", "2019-05-13", "2019-05-17",
            "Ofsted and the Care Quality Commission carried out a joint inspection of the Oldham local area on 13 to "
            "17 May 2019")
    d.event("wsoa-approved", "2019-10-02", None, "was declared fit for purpose on 2 October 2019")
    d.num("1.2", "The area was revisited from 6 to 8 February 2023. The revisit letter, dated 24 March 2023, found "
                 "that the area had not made sufficient progress in the weaknesses listed in the table below. The "
                 "Department for Education and NHS England asked for an Accelerated Progress Plan (APP), which was "
                 "submitted on 9 May 2023.")
    d.date("from 6 to 8 February 2023", "2023-02-06", "2023-02-08")
    d.date("24 March 2023", "2023-03-24")
    d.date("9 May 2023", "2023-05-09")
    d.date("March 2023", "2023-03")
    d.event("revisit", "2023-02-06", "2023-02-08", "The area was revisited from 6 to 8 February 2023")
    d.event("revisit-outcome", "2023-03-24", None, "The revisit letter, dated 24 March 2023")
    d.event("progress-plan", "2023-05-09", None, "an Accelerated Progress Plan (APP), which was submitted on 9 May 2023")
    weak = [("The waiting times for assessment by the educational psychology service are too long, which delays "
             "EHC needs assessments.", ["ehc-plans", "workforce"]),
            ("Too many children and young people with SEND are excluded or placed on reduced timetables.",
             ["inclusion-provision"]),
            ("Leaders do not have an accurate oversight of the quality of provision for children and young people "
             "receiving SEN support.", ["data-oversight", "identification"])]
    rows = [["No.", "Weakness not yet sufficiently improved (revisit, March 2023)", "APP lead"]]
    for i, (text, themes) in enumerate(weak, 1):
        rows.append([str(i), text, ["Principal Educational Psychologist", "Head of Inclusion",
                                    "Head of SEND Quality Assurance"][i - 1]])
        d.record_weak(text, themes)
    d.table(rows, [1.2 * cm, 10 * cm, 5 * cm])
    d.num("1.3", "The first APP review meeting with DfE and NHS England advisers is scheduled for 14 September "
                 "2023. The number of statutory assessments awaiting psychological advice stood at 212 on 31 May "
                 "2023, against 95 in May 2022.")
    d.date("14 September 2023", "2023-09-14")
    d.date("31 May 2023", "2023-05-31")
    d.date("May 2022", "2022-05")
    d.event("monitoring", "2023-09-14", None,
            "The first APP review meeting with DfE and NHS England advisers is scheduled for 14 September 2023")
    d.story.append(PageBreak())
    d.h("2. Alternative options considered")
    d.num("2.1", "Recruiting to permanent posts alone was considered, but recruitment campaigns in 2022 did not fill "
                 "the vacancies and would not reduce the backlog in time.")
    d.h("3. Decision")
    text = ("To approve the direct award of a contract for up to 1,400 hours of locum educational psychology "
            "assessment, at a cost not exceeding £168,000, for the period 1 July 2023 to 31 March 2024, funded from "
            "the High Needs Block.")
    d.res(None, text, "resolution")
    d.date("1 July 2023 to 31 March 2024", "2023-07-01", "2024-03-31")
    d.h("4. Consultation")
    d.num("4.1", "The Cabinet Member for Education and Skills was consulted on 15 June 2023 and supports the "
                 "decision. Oldham Parent Carer Forum was informed at its steering group on 12 June 2023.")
    d.date("15 June 2023", "2023-06-15")
    d.date("12 June 2023", "2023-06-12")
    d.h("5. Implications")
    d.num("5.1", "Finance: the cost is contained within the High Needs Block allocation (Lynne Beal, Finance "
                 "Manager).")
    d.num("5.2", "Legal: the award is compliant with Contract Procedure Rules (Omar Saddleworth, Senior Solicitor).")
    d.num("5.3", "Procurement: a waiver has been recorded (Kieran Royton, Category Manager).")
    d.person("Lynne Beal", "Finance Manager", "officer")
    d.person("Omar Saddleworth", "Senior Solicitor", "officer")
    d.person("Kieran Royton", "Category Manager", "officer")
    d.h("6. Signed")
    d.table([["Decision maker", "Signature", "Date"],
             ["Julia Werneth, Executive Director, Children's Services", "J. Werneth", "20/06/2023"]],
            [8 * cm, 4 * cm, 4.2 * cm])
    d.person("Julia Werneth", "Executive Director, Children's Services", "officer")
    return d


# ---------------------------------------------------------------- Sefton (2016 framework, briefing note)
def sefton() -> Doc:
    rel = ("sefton/round56-2024-01-16-overview-and-scrutiny-committee-childrens-services-and-safeguarding/"
           "Briefing Note - SEND Accelerated Progress Plan review.pdf")
    d = Doc(rel, {"council": "Sefton Metropolitan Borough Council", "council_slug": "sefton",
                  "committee": "Overview and Scrutiny Committee (Children's Services and Safeguarding)",
                  "meeting_date": "2024-01-16",
                  "title": "Briefing Note - SEND Accelerated Progress Plan review",
                  "source_kind": "moderngov-document",
                  "url": "https://modgov.sefton.gov.uk/documents/s251774/Briefing%20Note%20-%20SEND%20Accelerated%20"
                         "Progress%20Plan%20review.pdf"},
            {"council": "Sefton Metropolitan Borough Council",
             "committee": "Overview and Scrutiny Committee (Children's Services and Safeguarding)",
             "date": "2024-01-16"},
            "Sefton Council", "Briefing Note", "For information", "{n}")
    d.title("Briefing Note")
    d.p("<b>To:</b> Members of the Overview and Scrutiny Committee (Children's Services and Safeguarding)<br/>"
        "<b>From:</b> Siobhan Crosby, Assistant Director (Education Excellence)<br/>"
        "<b>Date:</b> 4 January 2024<br/>"
        "<b>Subject:</b> Outcome of the DfE and NHS England review of the SEND Accelerated Progress Plan")
    d.person("Siobhan Crosby", "Assistant Director (Education Excellence)", "officer")
    d.date("4 January 2024", "2024-01-04")
    d.h("Why you are receiving this note")
    d.p("At its meeting on 7 November 2023 the Committee asked to be told the outcome of the second review of the "
        "Accelerated Progress Plan. This note does not require a decision.")
    d.date("7 November 2023", "2023-11-07")
    d.h("Where we started")
    d.p("Sefton's local area was inspected by Ofsted and the CQC in November 2016 and a Written Statement of Action "
        "followed. When inspectors came back between 17 and 19 May 2022 they judged that two of the original "
        "weaknesses had still not been addressed well enough. Inspectors said that the area's strategy for "
        "identifying and meeting the needs of children and young people with SEND is not well understood by "
        "families or by front-line staff. They also said that the waiting times for the neurodevelopmental pathway "
        "remain too long, and that children and families receive little support while they wait.")
    for text, themes in [
        ("the area's strategy for identifying and meeting the needs of children and young people with SEND is not "
         "well understood by families or by front-line staff", ["leadership-governance", "co-production"]),
        ("the waiting times for the neurodevelopmental pathway remain too long, and that children and families "
         "receive little support while they wait", ["health-services"])]:
        d.record_weak(text, themes)
    d.date("November 2016", "2016-11")
    d.date("between 17 and 19 May 2022", "2022-05-17", "2022-05-19")
    d.event("inspection", "2016-11", None, "Sefton's local area was inspected by Ofsted and the CQC in November 2016")
    d.event("revisit", "2022-05-17", "2022-05-19", "When inspectors came back between 17 and 19 May 2022")
    d.p("The revisit letter was published on 1 July 2022. The Accelerated Progress Plan was signed off by the "
        "Department on 21 September 2022, and the first six-monthly review took place on 27 March 2023.")
    d.date("1 July 2022", "2022-07-01")
    d.date("21 September 2022", "2022-09-21")
    d.date("27 March 2023", "2023-03-27")
    d.event("revisit-outcome", "2022-07-01", None, "The revisit letter was published on 1 July 2022")
    d.event("progress-plan", "2022-09-21", None,
            "The Accelerated Progress Plan was signed off by the Department on 21 September 2022")
    d.event("monitoring", "2023-03-27", None, "the first six-monthly review took place on 27 March 2023")
    d.story.append(PageBreak())
    d.h("What the second review found")
    d.p("The second review was held on 11 December 2023 with Anita Rowe (DfE SEND Adviser) and Dr Colin Marsh "
        "(NHS England Clinical Adviser). Advisers concluded that Sefton has made good progress on communicating "
        "the SEND strategy, and that progress on the neurodevelopmental pathway is now evident but not yet "
        "sustained.")
    d.date("11 December 2023", "2023-12-11")
    d.event("monitoring", "2023-12-11", None, "The second review was held on 11 December 2023")
    d.person("Anita Rowe", "DfE SEND Adviser", "officer")
    d.person("Colin Marsh", "NHS England Clinical Adviser", "officer")
    d.table([["Measure", "March 2023", "November 2023"],
             ["Children waiting over 18 months for ASD assessment", "611", "288"],
             ["Families reporting they know where to find support", "38%", "57%"]],
            [8.6 * cm, 3.8 * cm, 3.8 * cm])
    d.date("March 2023", "2023-03")
    d.date("November 2023", "2023-11")
    d.h("What happens next")
    d.p("Formal monitoring under the APP will continue, and the next review is planned for June 2024. Advisers "
        "indicated that, if the current rate of progress is sustained, they would expect to recommend to Ministers "
        "that formal monitoring ends after that review.")
    d.date("June 2024", "2024-06")
    d.event("monitoring", "2024-06", None, "the next review is planned for June 2024")
    d.p("Councillor Gerard Waterloo, Cabinet Member for Education, will attend the Committee's meeting on 16 "
        "January 2024 to answer questions.")
    d.person("Gerard Waterloo", "Cabinet Member for Education", "member")
    d.date("16 January 2024", "2024-01-16")
    d.p("<b>Contact:</b> Siobhan Crosby, 0151 934 3071, siobhan.crosby@sefton.gov.uk")
    d.people[0]["email"] = "siobhan.crosby@sefton.gov.uk"
    d.people[0]["phone"] = "0151 934 3071"
    return d


if __name__ == "__main__":
    run([south_glos, oldham, sefton])
