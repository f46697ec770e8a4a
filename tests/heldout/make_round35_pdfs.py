"""Write the long printed documents of the held-out round 35 (reportlab), and their gold.

Round 35 is a blind batch of LONG PDFs (6 to 9 pages), written with their gold before any extractor ran on them, in
shapes of real long council papers that the earlier long-PDF rounds (22, 25, 27, 28, 31, 33) did not use: the
printed minutes of a full County Council meeting with recorded votes, a lost amendment and a lost motion (Kent); an
Integrated Care Board's public board pack with its previous minutes, action log, a SEND paper on a cover sheet and
its appendix (Hertfordshire); a Schools Forum agenda pack with a term-of-office membership table, minutes with
"Outcome:" lines and a Priority Action Plan progress report whose appendix tracker runs over pages (Ealing); a
scrutiny report with the Ofsted and CQC outcome letter reproduced in full as its appendix (Gloucestershire); a
covering report and a local area SEND annual report in chapters with boxed findings (Derbyshire); and a health
scrutiny agenda pack whose WSoA tracker gives each area of weakness only as a spanning row (Doncaster). Invented
text, fictitious people.

The framework is ``long_pdf_kit.py`` (shared with rounds 22, 25, 27, 28, 31 and 33, unchanged); ``--gold`` writes
the gold with the page of each resolution's and weakness's text read back from the written PDF; ``--check`` also
lists date-like strings missing from the gold. Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round35_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles, two_columns  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Table, TableStyle  # noqa: E402

S = styles("35", body=(10.5, 14.5, 6), cell=(8.8, 10.8), head=(11.5, 15, 10), title=(15, 19),
           quote={"leftIndent": 28})
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = STYLES = S.base
QUOTE, SUB, RIGHT = S.quote, S.sub, S.right


class Doc(LongDoc):
    """A round 35 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = STYLES
    column_lookup = True
    ruled_fills = ("#D9D9D9", "#F0F0F0", "#F0F0F0")

    def box(self, text: str, themes: list[str] | None = None, width: float = 16.2 * cm):
        """A shaded one-cell box; with ``themes`` its text is a weakness."""
        table = Table([[Paragraph(text, BODY)]], colWidths=[width])
        table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF3F8")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        self.story.append(KeepTogether([table]))
        self.space(6)
        if themes is not None:
            self.record_weak(text, themes)


# ------------------------------------------------------------------------------------------------------------------
# 1. Kent: printed minutes of a full County Council meeting
# ------------------------------------------------------------------------------------------------------------------

KENT_PRESENT = [
    ("Mr", "R", "Headcorn", "Chairman"), ("Mrs", "P", "Lenham", "Vice-Chairman"), ("Mr", "D", "Aylesham", None),
    ("Ms", "K", "Bearsted", None), ("Mr", "S", "Boughton", None), ("Mrs", "A", "Brenchley", None),
    ("Mr", "J", "Chartham", None), ("Dr", "G", "Cranbrook", None), ("Mr", "L", "Detling", None),
    ("Mrs", "E", "Eastry", None), ("Mr", "M", "Elham", None), ("Mr", "P", "Farningham", None),
    ("Ms", "R", "Goudhurst", None), ("Mr", "T", "Hadlow", None), ("Mrs", "F", "Harrietsham", None),
    ("Mr", "N", "Hawkinge", None), ("Mr", "C", "Ightham", None), ("Mrs", "V", "Kemsing", None),
    ("Mr", "B", "Lympne", None), ("Ms", "H", "Marden", None), ("Mr", "O", "Minster", None),
    ("Mr", "W", "Otford", None), ("Mrs", "L", "Pluckley", None), ("Mr", "A", "Rolvenden", None),
    ("Mr", "G", "Shoreham", None), ("Mrs", "D", "Smarden", None), ("Mr", "K", "Staplehurst", None),
    ("Ms", "J", "Tenterden", None), ("Mr", "E", "Wateringbury", None), ("Mrs", "S", "Yalding", None),
]
KENT_ROLES = {
    "Boughton": "Leader of the Council", "Elham": "Cabinet Member for Education and Skills",
    "Otford": "Leader of the Labour Group", "Goudhurst": "Leader of the Liberal Democrat Group",
    "Lympne": "Leader of the Green and Independent Group", "Rolvenden": "Cabinet Member for Finance",
    "Wateringbury": "Chairman of the Governance and Audit Committee",
}


def kent_council() -> Doc:
    d = Doc(
        "kent/round35-2025-12-11-county-council/16 October 2025 - County Council minutes.pdf",
        {"council": "Kent County Council", "council_slug": "kent", "committee": "County Council",
         "meeting_date": "2025-12-11", "title": "16 October 2025 - County Council minutes",
         "source_kind": "moderngov-document",
         "url": "https://democracy.kent.gov.uk/documents/s131906/16%20October%202025%20-%20County%20Council"
                "%20minutes.pdf"},
        {"council": "Kent County Council", "committee": "County Council", "date": "2025-10-16"},
        "KENT COUNTY COUNCIL", "County Council - Thursday, 16 October 2025",
        "Printed minutes 16th-Oct-2025 10.00 County Council", page_label="{n}")
    d.title("KENT COUNTY COUNCIL")
    d.h("COUNTY COUNCIL")
    d.p("MINUTES of a meeting of the County Council held in the Council Chamber, Sessions House, County Hall, "
        "Maidstone on Thursday, 16 October 2025.")
    d.date("Thursday, 16 October 2025", "2025-10-16")
    present = []
    for title, initial, surname, seat in KENT_PRESENT:
        text = f"{title} {initial} {surname}"
        present.append(f"{text} ({seat})" if seat else text)
    present.insert(present.index("Mrs D Smarden"), "Sir Bernard Sissinghurst, OBE")
    d.p("PRESENT: " + ", ".join(present[:-1]) + " and " + present[-1])
    for title, initial, surname, seat in KENT_PRESENT:
        d.person(f"{initial} {surname}", seat or KENT_ROLES.get(surname), "member")
    d.person("Bernard Sissinghurst", None, "member")
    d.p("IN ATTENDANCE: Mr I Wrotham (Democratic Services Manager), Ms C Fordwich (General Counsel), "
        "Mrs A Sellindge (Corporate Director, Children, Young People and Education) and Mr J Bredgar (Director of "
        "Education and SEN)")
    d.person("I Wrotham", "Democratic Services Manager", "officer")
    d.person("C Fordwich", "General Counsel", "officer")
    d.person("A Sellindge", "Corporate Director, Children, Young People and Education", "officer")
    d.person("J Bredgar", "Director of Education and SEN", "officer")
    d.h("UNRESTRICTED ITEMS")

    d.h("61. Apologies for Absence")
    d.p("(Item 1)")
    d.p("The Democratic Services Manager reported apologies from Mr Bexon, Mrs Challock, Mr Doddington and "
        "Ms Egerton. Mr Lydden had given his formal apologies but was attending the meeting virtually.")
    for name in ("Mr Bexon", "Mrs Challock", "Mr Doddington", "Ms Egerton", "Mr Lydden"):
        d.person(name, None, "member")
    d.h("62. Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda")
    d.p("(Item 2)")
    d.p("Mrs Kemsing declared an Other Significant Interest in Item 8 as a governor of a special school in Swale. "
        "Dr Cranbrook declared that a close family member received support under an education, health and care "
        "plan. Both Members remained in the Chamber for the item.")
    d.h("63. Minutes of the meeting held on 17 July 2025 and, if in order, to be approved as a correct record")
    d.date("17 July 2025", "2025-07-17")
    d.p("(Item 3)")
    d.res(None, "that the minutes of the meeting held on 17 July 2025 are correctly recorded and that they be "
                "signed by the Chairman.", "resolution", lead="RESOLVED", style=BODY)
    d.h("64. Chairman's Announcements")
    d.p("(Item 4)")
    d.p("1) The Chairman congratulated Miss Ellie Chiddingstone, a young carers' ambassador from Dartford, on "
        "receiving a national award for her work with young carers in schools.")
    d.person("Ellie Chiddingstone", "young carers' ambassador", "other")
    d.p("2) The Chairman reminded Members that the County Remembrance Service would be held at Canterbury "
        "Cathedral on Sunday 9 November 2025.")
    d.date("Sunday 9 November 2025", "2025-11-09")
    d.h("65. Questions")
    d.p("(Item 5)")
    d.p("1) In accordance with Procedure Rule 1.17(4), nine questions were asked and replies given. A record of "
        "all questions put and answers given at the meeting is available online.")
    d.p("2) In reply to a supplementary question from Mr Ightham on the backlog of annual reviews of education, "
        "health and care plans, Mr Elham, Cabinet Member for Education and Skills, said that the recovery plan "
        "aimed to clear every review overdue by more than twelve weeks by 31 March 2026, and that additional "
        "casework officers had been in post since 1 September 2025.")
    d.date("31 March 2026", "2026-03-31")
    d.date("1 September 2025", "2025-09-01")
    d.h("66. Report by Leader of the Council (Oral)")
    d.p("(Item 6)")
    d.p("1) The Leader, Mr Boughton, updated Members on the Council's financial position, on the proposals for "
        "local government reorganisation submitted to Government on 26 September 2025, and on the work of the "
        "SEND Improvement Board.")
    d.date("26 September 2025", "2025-09-26")
    d.p("2) Mr Otford, Leader of the Labour Group, Ms Goudhurst, Leader of the Liberal Democrat Group, and "
        "Mr Lympne, Leader of the Green and Independent Group, responded to the Leader's report.")
    d.res(None, "that the Leader's report be noted.", "resolution", lead="3) RESOLVED", style=BODY)

    d.h("67. Petitions")
    d.p("(Item 7)")
    d.p("1) Mrs Dawn Swingfield presented a petition of 3,412 signatures calling on the Council to open a special "
        "school for children with autism in Thanet. She said that children from the district travelled for up to "
        "an hour each way to school, and that many families had been waiting for a place since September 2024.")
    d.person("Dawn Swingfield", None, "other")
    d.date("September 2024", "2024-09")
    d.p("2) Mr Elham thanked the petitioners and said that a bid for a free special school in east Kent had been "
        "submitted to the Department for Education on 28 February 2025, with a decision expected by the end of "
        "the year.")
    d.date("28 February 2025", "2025-02-28")
    d.res(None, "that the petition be referred to the Cabinet Member for Education and Skills, who will respond to "
                "the lead petitioner within 28 days.", "resolution", lead="3) RESOLVED", style=BODY)

    d.h("68. Special Educational Needs and Disabilities: Review of the Statutory Direction and the Next Phase of "
        "the SEND Improvement Programme")
    d.p("(Item 8)")
    d.p("1) Mr Elham introduced the report, which set out the outcome of the latest review by the Department for "
        "Education and NHS England of the statutory direction issued to the Council, and the next phase of the "
        "SEND improvement programme. He moved, and Mr Staplehurst seconded, the recommendations set out on page "
        "37 of the agenda.")
    d.p("2) Mr Elham reminded Members that the Kent local area had been inspected by Ofsted and the Care Quality "
        "Commission in January 2019, and had been required to produce a Written Statement of Action, which had "
        "been approved in June 2019. Inspectors had re-visited the area between 26 and 30 September 2022. Their "
        "letter of 30 November 2022 had found that sufficient progress had been made in five of the nine areas of "
        "significant weakness. The four areas in which sufficient progress had not been made were:")
    d.date("January 2019", "2019-01")
    d.date("June 2019", "2019-06")
    d.date("between 26 and 30 September 2022", "2022-09-26", "2022-09-30")
    d.date("30 November 2022", "2022-11-30")
    d.event("inspection", "2019-01", None, "the Kent local area had been inspected by Ofsted and the Care Quality "
            "Commission in January 2019")
    d.event("wsoa-approved", "2019-06", None, "a Written Statement of Action, which had been approved in June 2019")
    d.event("revisit", "2022-09-26", "2022-09-30", "Inspectors had re-visited the area between 26 and 30 September "
            "2022.")
    d.event("revisit-outcome", "2022-11-30", None, "Their letter of 30 November 2022 had found that sufficient "
            "progress had been made in five of the nine areas of significant weakness.")
    for marker, text, themes in (
            ("(a)", "the lack of a clear and shared strategy across education, health and care to improve outcomes "
                    "for children and young people with SEND;", ["leadership-governance"]),
            ("(b)", "the poor quality and timeliness of EHC plans, and the weak contribution of health and social "
                    "care professionals to them;", ["ehc-plans"]),
            ("(c)", "the low awareness of the local offer among parents and carers, many of whom do not know what "
                    "support is available to them;", ["local-offer"]),
            ("(d)", "the disproportionate use of part-time timetables and exclusions for children and young people "
                    "with SEND.", ["inclusion-provision"])):
        d.weak(text, themes, marker=marker, style=HANG)
    d.p("3) As a result, the Secretary of State had issued a statutory direction to the Council on 29 March 2023, "
        "and the Council and NHS Kent and Medway had agreed an Accelerated Progress Plan with the Department for "
        "Education and NHS England in June 2023. Progress had since been reviewed every six months, most recently "
        "at a review meeting held on 10 September 2025.")
    d.date("29 March 2023", "2023-03-29")
    d.date("June 2023", "2023-06")
    d.date("10 September 2025", "2025-09-10")
    d.event("statutory-direction", "2023-03-29", None, "the Secretary of State had issued a statutory direction to "
            "the Council on 29 March 2023")
    d.event("progress-plan", "2023-06", None, "the Council and NHS Kent and Medway had agreed an Accelerated "
            "Progress Plan with the Department for Education and NHS England in June 2023")
    d.event("monitoring", "2025-09-10", None, "Progress had since been reviewed every six months, most recently at "
            "a review meeting held on 10 September 2025.")
    d.p("4) Following that review, the Minister for School Standards had written to the Leader on 2 October 2025 to "
        "confirm that the direction would remain in place. The Council and NHS Kent and Medway were required to "
        "submit a revised plan, covering the next phase of improvement, by 13 November 2025, and the next review "
        "of progress was expected in March 2026.")
    d.date("2 October 2025", "2025-10-02")
    d.date("13 November 2025", "2025-11-13")
    d.date("March 2026", "2026-03")
    d.event("progress-plan", "2025-11-13", None, "The Council and NHS Kent and Medway were required to submit a "
            "revised plan, covering the next phase of improvement, by 13 November 2025")
    d.event("monitoring", "2026-03", None, "the next review of progress was expected in March 2026")
    d.p("5) Mr Elham said that the independent SEND Improvement Adviser appointed by the Department in January "
        "2024, Dr Helen Quex, would continue to chair the SEND Improvement Board, whose next meeting would be held "
        "on 4 November 2025. He thanked Kent PACT, the county's parent carer forum, and its chair, Mrs Nina "
        "Stodmarsh, for their challenge and support.")
    d.date("January 2024", "2024-01")
    d.date("4 November 2025", "2025-11-04")
    d.person("Helen Quex", "independent SEND Improvement Adviser", "other")
    d.person("Nina Stodmarsh", "chair, Kent PACT", "other")
    d.p("6) Mrs Sellindge added that the proportion of new EHC plans issued within 20 weeks had risen from 9% in "
        "January 2023 to 46% in August 2025, and that the number of annual reviews overdue by more than twelve "
        "weeks had halved since March 2025.")
    d.date("January 2023", "2023-01")
    d.date("August 2025", "2025-08")
    d.date("March 2025", "2025-03")
    d.p("7) In the debate, Mr Otford said that families had waited too long for change and asked why the warnings "
        "given at the review meeting in February 2025 had not been acted on sooner. Mrs Lenham asked how the "
        "revised plan would reduce the use of part-time timetables in secondary schools. Ms Tenterden welcomed "
        "the recruitment of additional educational psychologists but asked how many posts remained vacant, and "
        "Dr Cranbrook asked that the views of young people be sought directly, not only through the forum.")
    d.date("February 2025", "2025-02")
    d.event("monitoring", "2025-02", None, "the warnings given at the review meeting in February 2025")
    d.p("8) Ms Goudhurst proposed and Mr Hadlow seconded the following amendment, to add a fourth "
        "recommendation:")
    d.p("\u201c(4) establishes a cross-party Member Working Group on SEND, to meet monthly and to report to each "
        "meeting of the County Council on the delivery of the revised plan.\u201d", QUOTE)
    d.p("9) Following the debate, the Chairman put the amendment set out in paragraph 8 to the vote and the voting "
        "was as follows:")
    d.p("<b>For (9)</b>")
    d.p("Mr Farningham, Ms Goudhurst, Mr Hadlow, Mr Ightham, Mr Lympne, Ms Marden, Mr Otford, Mrs Smarden, "
        "Ms Tenterden")
    d.p("<b>Against (20)</b>")
    d.p("Mr Aylesham, Ms Bearsted, Mr Boughton, Mrs Brenchley, Mr Chartham, Mr Detling, Mrs Eastry, Mr Elham, "
        "Mrs Harrietsham, Mr Hawkinge, Mr Headcorn, Mrs Lenham, Mr Minster, Mrs Pluckley, Mr Rolvenden, "
        "Mr Shoreham, Sir Bernard Sissinghurst, Mr Staplehurst, Mr Wateringbury, Mrs Yalding")
    d.p("<b>Abstain (2)</b>")
    d.p("Dr Cranbrook, Mrs Kemsing")
    d.p("Amendment lost.")
    d.p("10) The Chairman then put the recommendations set out in the report to the vote, and they were carried "
        "unanimously.")
    d.p("11) RESOLVED that the County Council:")
    d.res("(1)", "notes the outcome of the review of the statutory direction held on 10 September 2025 and the "
                 "Minister's letter of 2 October 2025;", "resolution")
    d.res("(2)", "endorses the approach to the next phase of the SEND improvement programme set out in section 4 "
                 "of the report, and delegates authority to the Corporate Director of Children, Young People and "
                 "Education, in consultation with the Cabinet Member for Education and Skills, to finalise and "
                 "submit the revised plan by 13 November 2025; and", "resolution")
    d.res("(3)", "asks that progress against the revised plan be reported to the Children's, Young People and "
                 "Education Cabinet Committee at each of its meetings and to the County Council every six months.",
          "resolution")

    d.h("69. Treasury Management Six Month Review 2025-26")
    d.p("(Item 9)")
    d.p("1) Mr Rolvenden, Cabinet Member for Finance, moved and Mr Boughton seconded the motion that the report be "
        "noted. Mr Rolvenden said that the Council's investments had returned an average of 4.6% in the six "
        "months to 30 September 2025 and that no new long-term borrowing had been taken out since March 2024.")
    d.date("30 September 2025", "2025-09-30")
    d.date("March 2024", "2024-03")
    d.res(None, "that the Treasury Management Six Month Review 2025-26 be noted.", "resolution",
          lead="2) RESOLVED", style=BODY)
    d.h("70. Kent and Medway Joint Health Overview and Scrutiny Committee: Terms of Reference")
    d.p("(Item 10)")
    d.p("1) Mr Shoreham moved and Mrs Pluckley seconded the motion set out in paragraph 5 of the report.")
    d.p("2) RESOLVED that the County Council:")
    d.res("(1)", "agrees the revised terms of reference of the Kent and Medway Joint Health Overview and Scrutiny "
                 "Committee set out in Appendix 1 to the report; and", "resolution")
    d.res("(2)", "notes that Medway Council agreed the same terms of reference at its meeting on 9 October 2025.",
          "resolution")
    d.date("9 October 2025", "2025-10-09")

    d.h("71. Motion for Time Limited Debate - Home to School Transport for Post-16 Learners with SEND")
    d.p("(Item 11)")
    d.p("1) Mr Lympne proposed and Mrs Smarden seconded the following motion:")
    d.p("\u201cThis Council (a) notes the concern of families at the changes to post-16 transport assistance "
        "introduced in September 2025; (b) calls on the Cabinet Member for Education and Skills to pause the new "
        "contribution charge for young people with EHC plans until a full equality impact assessment has been "
        "published; and (c) asks the Scrutiny Committee to review the policy before 31 January 2026.\u201d",
        QUOTE)
    d.date("September 2025", "2025-09")
    d.date("31 January 2026", "2026-01-31")
    d.p("2) Mr Elham said that the contribution charge was in line with that of neighbouring authorities and that "
        "a hardship scheme had been open to families since 1 August 2025.")
    d.date("1 August 2025", "2025-08-01")
    d.p("3) Following the debate, the Chairman put the motion to the vote. The motion was lost by 9 votes to 21, "
        "with 1 abstention.")
    d.h("72. Motion for Time Limited Debate - Young Carers")
    d.p("(Item 12)")
    d.p("1) Mrs Brenchley proposed and Ms Marden seconded the following motion:")
    clauses = (("(a)", "recognises the contribution of the county's young carers, and the effect that caring can have "
                       "on their attendance and attainment at school;"),
               ("(b)", "asks the Cabinet Member for Education and Skills to report to the Children's, Young People "
                       "and Education Cabinet Committee by March 2026 on the support given to young carers in "
                       "schools, including those who care for a brother or sister with SEND."))
    d.p("\u201cThis Council: " + " ".join(f"{label} {text}" for label, text in clauses) + "\u201d", QUOTE)
    d.p("2) Mr Hawkinge welcomed the motion and said that the Council's young carers' assessment had been "
        "simplified in June 2025. Ms Bearsted asked that the report include the number of young carers known to "
        "schools.")
    d.date("June 2025", "2025-06")
    d.p("3) Following the debate, the Chairman put the motion to the vote and it was carried unanimously.")
    d.p("4) RESOLVED that this Council:")
    for label, text in clauses:
        d.res(label, text, "resolution")
        d.resolutions[-1]["_last"] = True
    d.h("73. Appointment of Independent Persons")
    d.p("(Item 13)")
    d.p("1) The General Counsel reported that the term of office of one of the Council's two Independent Persons, "
        "appointed under the Localism Act 2011 to advise on complaints about Members' conduct, ended on 31 October "
        "2025. Following an open recruitment, the Selection and Member Services Committee had interviewed three "
        "candidates on 23 September 2025 and recommended the appointment of Mr Colin Densole.")
    d.date("31 October 2025", "2025-10-31")
    d.date("23 September 2025", "2025-09-23")
    d.person("Colin Densole", "Independent Person", "other")
    d.res(None, "that Mr Colin Densole be appointed as an Independent Person under section 28(7) of the Localism "
                "Act 2011 for a term of four years from 1 November 2025.", "resolution", lead="2) RESOLVED",
          style=BODY)

    d.h("74. Governance and Audit Committee Annual Report 2024-25")
    d.p("(Item 14)")
    d.p("1) Mr Wateringbury, Chairman of the Governance and Audit Committee, presented the Committee's annual "
        "report. He drew Members' attention to the internal audit of the SEND assessment service completed in "
        "April 2025, which had given limited assurance on the management of statutory timescales, and to the "
        "follow-up audit scheduled for January 2026.")
    d.date("April 2025", "2025-04")
    d.date("January 2026", "2026-01")
    d.p("2) Mrs Eastry asked whether the Committee would look again at the High Needs Block deficit, which had "
        "reached £168 million at 31 March 2025. Mr Wateringbury confirmed that the deficit would be a standing "
        "item on the Committee's agenda.")
    d.date("31 March 2025", "2025-03-31")
    d.res(None, "that the Governance and Audit Committee Annual Report 2024-25 be noted, and that the Committee be "
                "thanked for its work.", "resolution", lead="3) RESOLVED", style=BODY)

    d.h("75. Membership of Committees")
    d.p("(Item 15)")
    d.res(None, "that Mrs Kemsing replace Mr Detling as a Member of the Scrutiny Committee with effect from "
                "1 November 2025.", "resolution", lead="RESOLVED", style=BODY)
    d.date("1 November 2025", "2025-11-01")
    d.h("76. Date of Next Meeting")
    d.p("(Item 16)")
    d.p("The next meeting of the County Council will be held on Thursday, 11 December 2025 at 10.00 am.")
    d.date("Thursday, 11 December 2025", "2025-12-11")
    d.p("The meeting closed at 4.12 pm.")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 2. Hertfordshire: an Integrated Care Board's public board pack
# ------------------------------------------------------------------------------------------------------------------

def hertfordshire_icb() -> Doc:
    d = Doc(
        "hertfordshire/round35-2025-07-17-integrated-care-board/ICB Board Meeting in Public 17 July 2025 - "
        "papers.pdf",
        {"council": "Hertfordshire County Council", "council_slug": "hertfordshire",
         "committee": "NHS Hertfordshire and West Essex Integrated Care Board", "meeting_date": "2025-07-17",
         "title": "ICB Board Meeting in Public 17 July 2025 - papers", "source_kind": "committee-report",
         "url": "https://www.hertsandwestessex.ics.nhs.uk/download/board-meeting-in-public-17-july-2025-papers.pdf"},
        {"council": "Hertfordshire County Council", "committee": "NHS Hertfordshire and West Essex Integrated Care "
         "Board", "date": "2025-07-17"},
        "NHS Hertfordshire and West Essex Integrated Care Board", "Board Meeting in Public - 17 July 2025",
        "Papers for the Board Meeting in Public")
    d.title("NHS Hertfordshire and West Essex Integrated Care Board")
    d.h("Board Meeting in Public")
    d.p("<b>Thursday 17 July 2025, 10:00 - 12:30</b>")
    d.date("Thursday 17 July 2025", "2025-07-17")
    d.p("<b>Venue:</b> The Boardroom, Lordship House, The Campus, Welwyn Garden City AL8 6AE")
    d.p("The meeting will be live-streamed on the ICB's website. Members of the public may submit written "
        "questions about items on the agenda to the Board Secretary by 12:00 on Monday 14 July 2025.")
    d.date("Monday 14 July 2025", "2025-07-14")
    agenda = [["No.", "Item", "Purpose", "Lead", "Time"],
              ["1", "Welcome, apologies and quorum", "Note", "Chair", "10:00"],
              ["2", "Declarations of interest", "Note", "Chair", "10:02"],
              ["3", "Minutes of the Board meeting in public held on 22 May 2025", "Approve", "Chair", "10:05"],
              ["4", "Action log and matters arising", "Note", "Board Secretary", "10:10"],
              ["5", "Questions from the public", "Note", "Chair", "10:15"],
              ["6", "Chief Executive's report", "Note", "Chief Executive", "10:25"],
              ["7", "Patient story: waiting well for a neurodevelopmental assessment", "Discuss",
               "Chief Nursing Officer", "10:40"],
              ["8", "Area SEND inspection of Hertfordshire: SEND Strategic Improvement Plan", "Approve",
               "Chief Nursing Officer", "11:00"],
              ["9", "Integrated performance report, month 2", "Assure", "Chief Operating Officer", "11:30"],
              ["10", "Finance report, month 2", "Assure", "Chief Finance Officer", "11:50"],
              ["11", "Board Assurance Framework", "Approve", "Director of Corporate Affairs", "12:10"],
              ["12", "Any other business", "Note", "Chair", "12:25"]]
    d.table(agenda, [1.0 * cm, 7.6 * cm, 2.0 * cm, 4.0 * cm, 1.6 * cm])
    d.date("22 May 2025", "2025-05-22")
    d.p("Date of next meeting in public: Thursday 18 September 2025.")
    d.date("Thursday 18 September 2025", "2025-09-18")
    d.add(PageBreak())

    d.h("Item 3: Minutes of the Board Meeting in Public")
    d.p("Held on Thursday 22 May 2025 at 10:00, Wallace House, Hertford (draft, subject to approval)")
    d.ruled([["Present", ""],
             ["Paul Tewin", "ICB Chair (Chair)"],
             ["Dr Jane Halling", "Chief Executive"],
             ["Marion Bengeo", "Non-Executive Member (Audit and Risk)"],
             ["Ashok Hertingfordbury", "Non-Executive Member (Quality)"],
             ["Dr Naomi Letchmore", "Chief Nursing Officer"],
             ["Dr Ravi Colney", "Chief Medical Officer"],
             ["Helen Brickendon", "Chief Finance Officer"],
             ["Cllr Jonathan Amwell", "Partner Member, Local Authorities (Hertfordshire County Council)"],
             ["Deborah Cuffley", "Partner Member, Local Authorities (Director of Children's Services, "
                                 "Hertfordshire County Council)"],
             ["Martin Datchworth", "Partner Member, NHS Trusts (Chief Executive, Hertfordshire Community NHS "
                                   "Trust)"],
             ["In attendance", ""],
             ["Lucy Sacombe", "Director of Corporate Affairs and Board Secretary"],
             ["Samir Oxhey", "Associate Director, Children and Young People and SEND (item ICB/25/35)"],
             ["Grace Ayot", "Chair, Hertfordshire Parent Carer Involvement (item ICB/25/35)"],
             ["Apologies", ""],
             ["Thomas Nuthampstead", "Non-Executive Member (Finance and Performance)"]],
            [5.2 * cm, 11.0 * cm], header_rows=1, shade=(11, 15))
    d.person("Paul Tewin", "ICB Chair", "other")
    d.person("Jane Halling", "Chief Executive", "officer")
    d.person("Marion Bengeo", "Non-Executive Member (Audit and Risk)", "other")
    d.person("Ashok Hertingfordbury", "Non-Executive Member (Quality)", "other")
    d.person("Naomi Letchmore", "Chief Nursing Officer", "officer")
    d.person("Ravi Colney", "Chief Medical Officer", "officer")
    d.person("Helen Brickendon", "Chief Finance Officer", "officer")
    d.person("Jonathan Amwell", "Partner Member, Local Authorities (Hertfordshire County Council)", "member")
    d.person("Deborah Cuffley", "Partner Member, Local Authorities (Director of Children's Services, Hertfordshire "
             "County Council)", "officer")
    d.person("Martin Datchworth", "Partner Member, NHS Trusts (Chief Executive, Hertfordshire Community NHS Trust)",
             "officer")
    d.person("Lucy Sacombe", "Director of Corporate Affairs and Board Secretary", "officer")
    d.person("Grace Ayot", "Chair, Hertfordshire Parent Carer Involvement", "other")
    d.person("Thomas Nuthampstead", "Non-Executive Member (Finance and Performance)", "other")
    d.space(6)
    d.h("ICB/25/30 Welcome, apologies and quorum")
    d.p("The Chair welcomed members and the public. Apologies were noted from Thomas Nuthampstead. The meeting was "
        "quorate.")
    d.h("ICB/25/31 Declarations of interest")
    d.p("Dr Colney declared that he is a partner in a general practice in Stevenage. The interest was noted; no "
        "item on the agenda required him to withdraw.")
    d.h("ICB/25/32 Minutes of the meeting held on 20 March 2025")
    d.date("20 March 2025", "2025-03-20")
    d.p("The minutes of the meeting held on 20 March 2025 were APPROVED as an accurate record.")
    d.record_res(None, "The minutes of the meeting held on 20 March 2025 were APPROVED as an accurate record.",
                 "resolution")
    d.h("ICB/25/33 Action log and matters arising")
    d.p("The Board NOTED the action log and AGREED to close actions BIP/104 and BIP/107.")
    d.record_res(None, "The Board NOTED the action log and AGREED to close actions BIP/104 and BIP/107.",
                 "resolution")
    d.h("ICB/25/34 Questions from the public")
    d.p("One question had been received, from Mr Oliver Wareside, about waiting times for autism assessment for "
        "children in west Essex. The Chief Medical Officer's written answer was read out and would be published "
        "with the minutes.")
    d.person("Oliver Wareside", None, "other")
    d.h("ICB/25/35 Area SEND inspection of Hertfordshire Local Area Partnership")
    d.p("Dr Letchmore reported that Ofsted and the Care Quality Commission had inspected the Hertfordshire local "
        "area partnership between 10 and 28 March 2025, and that the report, published on 9 May 2025, found that "
        "the partnership's arrangements lead to inconsistent experiences and outcomes for children and young "
        "people with SEND. The partnership had to update and publish its strategic plan. Grace Ayot said that "
        "families recognised the findings, particularly on waiting times and communication, and welcomed the "
        "commitment to co-produce the plan. Marion Bengeo asked how the Board would be assured that the NHS "
        "actions were delivered; Samir Oxhey explained that the Quality Committee would receive a monthly "
        "dashboard.")
    d.date("between 10 and 28 March 2025", "2025-03-10", "2025-03-28")
    d.date("9 May 2025", "2025-05-09")
    d.event("inspection", "2025-03-10", "2025-03-28", "Ofsted and the Care Quality Commission had inspected the "
            "Hertfordshire local area partnership between 10 and 28 March 2025")
    d.event("outcome-letter", "2025-05-09", None, "the report, published on 9 May 2025, found that the "
            "partnership's arrangements lead to inconsistent experiences and outcomes")
    d.p("The Board NOTED the outcome of the inspection and AGREED that the updated SEND Strategic Improvement Plan "
        "be brought to the Board for approval on 17 July 2025.")
    d.record_res(None, "The Board NOTED the outcome of the inspection and AGREED that the updated SEND Strategic "
                       "Improvement Plan be brought to the Board for approval on 17 July 2025.", "resolution")
    d.h("ICB/25/36 Integrated performance report, month 12")
    d.p("The Board NOTED the report and the actions being taken to recover elective waiting times and the "
        "four-hour standard in both acute trusts.")
    d.record_res(None, "The Board NOTED the report and the actions being taken to recover elective waiting times "
                       "and the four-hour standard in both acute trusts.", "resolution")
    d.h("ICB/25/37 Finance report")
    d.p("Helen Brickendon reported a small surplus for 2024/25, subject to audit, and a draft plan for 2025/26 "
        "that relied on efficiency savings of 5.2%. The Board NOTED the month 12 position and the financial plan "
        "for 2025/26.")
    d.record_res(None, "The Board NOTED the month 12 position and the financial plan for 2025/26.", "resolution")
    d.h("ICB/25/38 Any other business")
    d.p("There was no other business. The meeting closed at 12:41.")
    d.space(8)
    d.h("Item 4: Action log (open and recently closed actions)")
    log = [["Ref", "Meeting", "Item", "Action", "Owner", "Due", "Status"],
           ["BIP/104", "20.03.25", "ICB/25/14", "Circulate the primary care access recovery plan to members",
            "COO", "22.05.25", "Closed"],
           ["BIP/107", "20.03.25", "ICB/25/18", "Add the CAMHS waiting list to the integrated performance report",
            "CMO", "22.05.25", "Closed"],
           ["BIP/109", "22.05.25", "ICB/25/35", "Bring the SEND Strategic Improvement Plan to the Board for "
            "approval", "CNO", "17.07.25", "On agenda (item 8)"],
           ["BIP/110", "22.05.25", "ICB/25/36", "Report on ambulance handover delays at the Lister site",
            "COO", "18.09.25", "Open"]]
    d.table(log, [1.5 * cm, 1.6 * cm, 1.8 * cm, 6.0 * cm, 1.3 * cm, 1.6 * cm, 2.4 * cm])
    d.add(PageBreak())

    d.h("Item 8")
    d.title("Area SEND inspection of Hertfordshire: SEND Strategic Improvement Plan")
    cover = [
        ["Meeting:", "ICB Board Meeting in Public"],
        ["Meeting date:", "17 July 2025"],
        ["Agenda item:", "8"],
        ["Executive lead:", "Dr Naomi Letchmore, Chief Nursing Officer"],
        ["Report author(s):", "Samir Oxhey, Associate Director, Children and Young People and SEND "
                              "(samir.oxhey@nhs.net); Bethany Tring, Designated Clinical Officer for SEND"],
        ["Purpose:", "Approval [X] &nbsp; Discussion [ ] &nbsp; Assurance [X] &nbsp; Information [ ]"],
        ["Previously considered by:", "ICB Quality Committee, 1 July 2025; Hertfordshire SEND Partnership Board, "
                                      "8 July 2025"],
        ["Recommendations:", "The Board is asked to:<br/>"
                             "&bull; APPROVE the ICB's commitments in the Hertfordshire SEND Strategic Improvement "
                             "Plan 2025-2028, summarised at Appendix 1;<br/>"
                             "&bull; NOTE the areas for improvement identified by the inspection and the "
                             "arrangements for monitoring the plan set out in section 5;<br/>"
                             "&bull; DELEGATE to the Chief Nursing Officer the agreement of minor amendments to "
                             "the ICB's commitments arising from the DfE and NHS England stocktake."],
        ["Board Assurance Framework:", "BAF 6: Children and young people with SEND do not receive timely health "
                                       "assessments and support."],
        ["Conflicts of interest:", "None identified."],
        ["Equality and health inequalities:", "Children with SEND from deprived areas wait longer for "
                                               "assessment; the plan includes targeted outreach."],
    ]
    d.ruled(cover, [4.2 * cm, 12.0 * cm], header_rows=0)
    d.date("1 July 2025", "2025-07-01")
    d.date("8 July 2025", "2025-07-08")
    for text in ("APPROVE the ICB's commitments in the Hertfordshire SEND Strategic Improvement Plan 2025-2028, "
                 "summarised at Appendix 1;",
                 "NOTE the areas for improvement identified by the inspection and the arrangements for monitoring "
                 "the plan set out in section 5;",
                 "DELEGATE to the Chief Nursing Officer the agreement of minor amendments to the ICB's commitments "
                 "arising from the DfE and NHS England stocktake."):
        d.record_res(None, text, "recommendation")
    d.person("Samir Oxhey", "Associate Director, Children and Young People and SEND", "officer",
             "samir.oxhey@nhs.net")
    d.person("Bethany Tring", "Designated Clinical Officer for SEND", "officer")
    d.h("1. Introduction")
    d.p("1.1 This paper asks the Board to approve the ICB's commitments in the updated SEND Strategic Improvement "
        "Plan, which the Hertfordshire local area partnership has produced in response to the area SEND "
        "inspection. The ICB and Hertfordshire County Council are jointly accountable for the plan.")
    d.h("2. Background")
    d.p("2.1 Ofsted and the CQC carried out the inspection over three weeks, 10&#8211;28 March 2025, under the "
        "area SEND inspection framework introduced in January 2023. Inspectors met children, young people and "
        "families, visited schools, health services and social care teams, and tracked the experiences of 12 "
        "children in detail.")
    d.date("January 2023", "2023-01")
    d.p("2.2 The report was published on 9 May 2025. The partnership received the middle of the three possible "
        "outcomes: its arrangements lead to inconsistent experiences and outcomes for children and young people "
        "with SEND, and it must work jointly to make improvements. The next full inspection will take place within "
        "approximately three years.")
    d.p("2.3 The partnership was previously inspected under the 2016 framework in November 2019 and re-visited in "
        "July 2022. The areas not then sufficiently improved were monitored through an Accelerated Progress Plan "
        "until a final review meeting with the Department for Education and NHS England on 13 June 2023.")
    d.date("November 2019", "2019-11")
    d.date("July 2022", "2022-07")
    d.date("13 June 2023", "2023-06-13")
    d.event("inspection", "2019-11", None, "The partnership was previously inspected under the 2016 framework in "
            "November 2019")
    d.event("revisit", "2022-07", None, "re-visited in July 2022")
    d.event("monitoring", "2023-06-13", None, "a final review meeting with the Department for Education and NHS "
            "England on 13 June 2023")
    d.h("3. What the inspection found")
    d.p("3.1 Inspectors recognised the strong working relationship between the ICB and the Council, the quality "
        "of the early years and portage offer, and the commitment of the designated clinical officer and the "
        "therapy teams. The four areas for improvement are set out below, as they appear in the report.")
    for n, (text, themes) in enumerate((
            ("Leaders across the partnership should reduce the waiting times for neurodevelopmental assessment "
             "and for speech and language therapy, and make sure that children and families receive effective "
             "support while they wait.", ["health-services"]),
            ("Leaders should strengthen joint commissioning between the local authority and the ICB, so that "
             "services are planned and funded using an accurate, shared understanding of children's needs.",
             ["joint-commissioning"]),
            ("Leaders should improve the way they communicate with parents and carers, so that families "
             "understand what support is available and are confident that their views influence decisions.",
             ["co-production"]),
            ("Leaders should improve the quality and timeliness of health advice to EHC needs assessments, and "
             "make sure that health needs and provision are clearly set out in EHC plans.", ["ehc-plans"])), 1):
        d.p(f"Area for improvement {n}", SUB)
        d.p(text)
        d.record_weak(text, themes)
    d.p("3.2 The areas for improvement on waiting times and health advice fall mainly to the ICB and its "
        "providers; the ICB is the joint lead for the other two.")
    d.h("4. The SEND Strategic Improvement Plan")
    d.p("4.1 The plan was co-produced with Hertfordshire Parent Carer Involvement and the SEND Youth Voice group, "
        "agreed by the Hertfordshire SEND Partnership Board on 8 July 2025, and will be published on the Local "
        "Offer by 31 July 2025. It replaces the SEND Strategy 2022-2025.")
    d.date("31 July 2025", "2025-07-31")
    d.event("progress-plan", "2025-07-08", None, "agreed by the Hertfordshire SEND Partnership Board on 8 July "
            "2025")
    d.event("progress-plan", "2025-07-31", None, "will be published on the Local Offer by 31 July 2025")
    d.p("4.2 The ICB's commitments are summarised at Appendix 1. They include additional neurodevelopmental "
        "assessment capacity from an independent provider, a 'waiting well' offer delivered with the parent "
        "carer forum, a service standard for health advice to EHC needs assessments, and a joint commissioning "
        "framework for therapies. The NHS element of the plan will cost an estimated £2.4 million in 2025/26, "
        "of which £1.1 million is non-recurrent.")
    d.h("5. Governance and monitoring")
    d.p("5.1 Delivery will be overseen by the Hertfordshire SEND Partnership Board, chaired jointly by the "
        "Director of Children's Services and the Chief Nursing Officer. The Board's independent adviser, "
        "Professor Alan Redbourn, will report to it each quarter.")
    d.person("Alan Redbourn", "independent adviser", "other")
    d.p("5.2 The Department for Education and NHS England will review progress against the plan at a first "
        "stocktake meeting on 23 September 2025. Kerry Ashwell, the Department's SEND adviser for the East of "
        "England, attends the Partnership Board as an observer. The ICB's Quality Committee will receive a "
        "monthly dashboard from September 2025.")
    d.date("23 September 2025", "2025-09-23")
    d.date("September 2025", "2025-09")
    d.event("monitoring", "2025-09-23", None, "The Department for Education and NHS England will review progress "
            "against the plan at a first stocktake meeting on 23 September 2025.")
    d.person("Kerry Ashwell", "the Department's SEND adviser for the East of England", "officer")
    d.h("6. Risks")
    d.table([["BAF ref", "Risk", "Score (L x I)", "Mitigation"],
             ["BAF 6", "Demand for neurodevelopmental assessment continues to rise faster than capacity", "4 x 4",
              "Independent provider contract; triage at the front door; waiting well offer"],
             ["BAF 6", "Therapy vacancies in the community trust delay the therapy trajectory", "3 x 4",
              "Regional recruitment; therapy assistants; apprenticeship route"],
             ["BAF 2", "The plan's NHS costs are not affordable within the 2025/26 allocation", "3 x 3",
              "Non-recurrent funding agreed; recurrent costs in the 2026/27 planning round"]],
            [1.6 * cm, 6.4 * cm, 2.2 * cm, 6.0 * cm])
    d.h("7. Next steps")
    for text in ("Publication of the plan on the Local Offer, with an easy-read version;",
                 "A Board development session on SEND, led by young people from the SEND Youth Voice group, on "
                 "9 October 2025;",
                 "A six-monthly report on the plan to the Board in public, the first in January 2026."):
        d.p("&bull; " + text, BULLET)
    d.date("9 October 2025", "2025-10-09")
    d.date("January 2026", "2026-01")
    d.add(PageBreak())

    d.h("Appendix 1: The ICB's commitments in the SEND Strategic Improvement Plan 2025-2028")
    d.p("Actions for which the ICB is the lead or a joint lead body. AFI = area for improvement, numbered as in "
        "section 3.", SMALL)
    rows = [["Ref", "Action", "ICB lead", "Milestone", "Measure of impact", "Status"]]
    for row in (
            ("1.1", "Commission additional neurodevelopmental assessment capacity from an independent provider",
             "Associate Director, CYP and SEND", "August 2025", "Median wait for assessment", "Complete"),
            ("1.2", "Launch a 'waiting well' offer with Hertfordshire Parent Carer Involvement, including "
             "workshops and a telephone advice line", "Designated Clinical Officer", "By 30 September 2025",
             "Families' feedback; calls to the advice line", "On track"),
            ("1.3", "Reduce the wait for community speech and language therapy to 18 weeks", "Chief Executive, "
             "Hertfordshire Community NHS Trust", "October 2025 to March 2026", "Percentage seen within 18 "
             "weeks", "At risk"),
            ("1.4", "Publish waiting times for each pathway on the Local Offer", "Associate Director, CYP and "
             "SEND", "Quarterly from October 2025", "Publication", "On track"),
            ("2.1", "Agree a joint commissioning framework for therapies and equipment with the Council",
             "Chief Finance Officer", "31 Dec 2025", "Framework agreed by both bodies", "On track"),
            ("2.2", "Complete a joint strategic needs assessment chapter on SEND", "Director of Public Health "
             "(joint)", "March 2026", "Chapter published", "Not started"),
            ("3.1", "Co-produce a health communications plan with families and publish a termly newsletter",
             "Head of Communications", "September 2025", "Parent survey results", "On track"),
            ("4.1", "Introduce a six-week service standard for health advice to EHC needs assessments",
             "Designated Clinical Officer", "By 31 October 2025", "Percentage of advice returned in six weeks",
             "On track"),
            ("4.2", "Quality-assure the health sections of a sample of EHC plans each month", "Designated "
             "Clinical Officer", "Monthly from November 2025", "Audit grades", "Not started")):
        rows.append(list(row))
    d.table(rows, [1.0 * cm, 5.4 * cm, 3.0 * cm, 2.4 * cm, 2.8 * cm, 1.6 * cm], split_in_row=True)
    d.date("August 2025", "2025-08")
    d.date("By 30 September 2025", "2025-09-30")
    d.date("October 2025 to March 2026", "2025-10", "2026-03")
    d.date("October 2025", "2025-10")
    d.date("31 Dec 2025", "2025-12-31")
    d.date("March 2026", "2026-03")
    d.date("By 31 October 2025", "2025-10-31")
    d.date("November 2025", "2025-11")
    d.p("Status at 4 July 2025.", SMALL)
    d.date("4 July 2025", "2025-07-04")
    d.h("Appendix 2: Glossary")
    for term, meaning in (("AFI", "Area for improvement"), ("BAF", "Board Assurance Framework"),
                          ("CAMHS", "Child and Adolescent Mental Health Services"),
                          ("DCO", "Designated Clinical Officer"),
                          ("EHC plan", "Education, health and care plan"),
                          ("SEND", "Special educational needs and/or disabilities")):
        d.p(f"<b>{term}</b> - {meaning}", SMALL)
    return d


# ------------------------------------------------------------------------------------------------------------------
# 3. Ealing: Schools Forum agenda pack
# ------------------------------------------------------------------------------------------------------------------

def ealing_schools_forum() -> Doc:
    d = Doc(
        "ealing/round35-2026-01-14-schools-forum/Agenda pack - Schools Forum - 14 January 2026.pdf",
        {"council": "London Borough of Ealing", "council_slug": "ealing", "committee": "Schools Forum",
         "meeting_date": "2026-01-14", "title": "Agenda pack - Schools Forum - 14 January 2026",
         "source_kind": "committee-report",
         "url": "https://www.egfl.org.uk/sites/default/files/Schools_Forum/2026-01-14/Agenda%20pack.pdf"},
        {"council": "London Borough of Ealing", "committee": "Schools Forum", "date": "2026-01-14"},
        "Ealing Schools Forum", "Wednesday 14 January 2026", "Ealing Council - Schools Forum agenda pack",
        page_label="{n}")
    d.title("EALING SCHOOLS FORUM")
    d.p("<b>Wednesday 14 January 2026 at 4.30pm</b>")
    d.date("Wednesday 14 January 2026", "2026-01-14")
    d.p("<b>Venue:</b> Council Chamber, Ealing Town Hall, New Broadway, London W5 2BY, and online")
    d.p("<b>Clerk to the Forum:</b> Gary Copley, Democratic Services. Telephone 020 8825 6174; email "
        "copleyg@ealing.gov.uk")
    d.person("Gary Copley", "Clerk to the Forum, Democratic Services", "officer", "copleyg@ealing.gov.uk",
             "020 8825 6174")
    d.p("Papers are published on the Ealing Grid for Learning seven days before the meeting. Published: "
        "Wednesday 7 January 2026.")
    d.date("Wednesday 7 January 2026", "2026-01-07")
    d.h("Membership")
    members = [["Category", "Member", "School or organisation", "Term of office ends"],
               ["Primary headteacher (maintained)", "Ruth Castlebar (Chair)", "Pitshanger Vale Primary School",
                "31 August 2027"],
               ["Primary headteacher (maintained)", "Imran Dormer", "Cleveland Park Primary School",
                "31 August 2026"],
               ["Primary governor (maintained)", "Joanna Twyford", "Walpole Fields Primary School",
                "31 August 2027"],
               ["Academy representative", "Desmond Hobbayne (Vice-Chair)", "Chief Executive, Brent River "
                "Learning Trust", "31 August 2028"],
               ["Academy representative", "Simone Lammas", "Headteacher, Northolt Park Academy",
                "31 August 2026"],
               ["Special schools", "Peter Gunnersbury", "Headteacher, Elthorne Gate School", "31 August 2027"],
               ["Alternative provision", "Farah Norwood", "Headteacher, Horsenden Pupil Referral Unit",
                "31 August 2026"],
               ["Early years (PVI)", "Helen Drayton", "Little Acorns Nursery, Hanwell", "31 August 2027"],
               ["16-19 providers", "Marcus Brentham", "Ealing Vale College", "31 August 2026"],
               ["Joint trade unions", "Olu Acton", "National Education Union, Ealing", "31 August 2027"],
               ["Observer", "Councillor Priya Hanwell", "Cabinet Member for Schools and Children's Services",
                "-"]]
    d.table(members, [4.2 * cm, 4.2 * cm, 5.2 * cm, 2.6 * cm])
    d.date("31 August 2027", "2027-08-31")
    d.date("31 August 2026", "2026-08-31")
    d.date("31 August 2028", "2028-08-31")
    d.person("Ruth Castlebar", "Chair; Primary headteacher (maintained), Pitshanger Vale Primary School", "other")
    d.person("Imran Dormer", "Primary headteacher (maintained), Cleveland Park Primary School", "other")
    d.person("Joanna Twyford", "Primary governor (maintained), Walpole Fields Primary School", "other")
    d.person("Desmond Hobbayne", "Vice-Chair; Chief Executive, Brent River Learning Trust", "other")
    d.person("Simone Lammas", "Headteacher, Northolt Park Academy", "other")
    d.person("Peter Gunnersbury", "Headteacher, Elthorne Gate School", "other")
    d.person("Farah Norwood", "Headteacher, Horsenden Pupil Referral Unit", "other")
    d.person("Helen Drayton", "Early years (PVI), Little Acorns Nursery, Hanwell", "other")
    d.person("Marcus Brentham", "16-19 providers, Ealing Vale College", "other")
    d.person("Olu Acton", "Joint trade unions, National Education Union, Ealing", "other")
    d.person("Priya Hanwell", "Cabinet Member for Schools and Children's Services", "member")
    d.h("Agenda")
    agenda = [["Item", "Business", "Paper", "Page"],
              ["1", "Welcome, apologies and declarations of interest", "-", "-"],
              ["2", "Minutes of the meeting held on 1 October 2025 and matters arising", "SF/26/01", "3"],
              ["3", "Schools Block funding formula 2026-27: outcome of consultation", "SF/26/02", "-"],
              ["4", "Central Schools Services Block 2026-27", "SF/26/03", "-"],
              ["5", "Early years funding 2026-27", "SF/26/04", "-"],
              ["6", "Area SEND inspection: Priority Action Plan progress and High Needs Block", "SF/26/05", "5"],
              ["7", "Forward plan and dates of meetings", "SF/26/06", "-"],
              ["8", "Any other business", "-", "-"]]
    d.table(agenda, [1.2 * cm, 10.4 * cm, 2.4 * cm, 2.2 * cm])
    d.date("1 October 2025", "2025-10-01")
    d.p("Items 3 to 5 are published as a separate supplement.", SMALL)
    d.add(PageBreak())

    d.h("SF/26/01 Minutes of the meeting of the Schools Forum held on Wednesday 1 October 2025")
    d.p("<b>Members present:</b> Ruth Castlebar (Chair), Imran Dormer, Joanna Twyford, Desmond Hobbayne, Peter "
        "Gunnersbury, Helen Drayton and Olu Acton.")
    d.p("<b>Observer:</b> Councillor Priya Hanwell (Cabinet Member for Schools and Children's Services).")
    d.p("<b>Officers:</b> Angela Northfields (Strategic Director, Children's Services), Leila Montpelier "
        "(Assistant Director, SEND and Inclusion), Tom Hangerhill (Head of Schools Finance) and Gary Copley "
        "(Clerk).")
    d.person("Angela Northfields", "Strategic Director, Children's Services", "officer")
    d.person("Leila Montpelier", "Assistant Director, SEND and Inclusion", "officer")
    d.person("Tom Hangerhill", "Head of Schools Finance", "officer")
    d.p("<b>Apologies:</b> Simone Lammas, Marcus Brentham and Farah Norwood.")
    d.h("1. Welcome, apologies and declarations of interest")
    d.p("The Chair welcomed members. Apologies were noted as above. Peter Gunnersbury declared an interest in "
        "item 7 as the headteacher of a special school that receives top-up funding from the High Needs Block.")
    d.h("2. Minutes of the meeting held on 9 July 2025")
    d.date("9 July 2025", "2025-07-09")
    d.p("<b>Outcome:</b> The minutes were agreed as an accurate record.")
    d.record_res(None, "The minutes were agreed as an accurate record.", "resolution")
    d.h("3. Matters arising")
    d.p("Tom Hangerhill confirmed that the revised scheme for financing schools had been published on "
        "15 September 2025, as agreed at the last meeting.")
    d.date("15 September 2025", "2025-09-15")
    d.h("4. Schools budget 2026-27: consultation with schools")
    d.p("Tom Hangerhill presented the proposals for consultation: the local formula would continue to mirror the "
        "national funding formula, and the Council would propose a transfer of 0.5% from the Schools Block to the "
        "High Needs Block. The consultation would run from 13 October to 7 November 2025, and the outcome would be "
        "reported in January. Members asked that the consultation explain the effect of the transfer on a "
        "typical primary and secondary school.")
    d.date("from 13 October to 7 November 2025", "2025-10-13", "2025-11-07")
    d.p("<b>Outcome:</b> The Forum noted the report and agreed the consultation questions at Appendix B, subject to "
        "the addition of worked examples for a typical primary and secondary school.")
    d.record_res(None, "The Forum noted the report and agreed the consultation questions at Appendix B, subject to "
                       "the addition of worked examples for a typical primary and secondary school.", "resolution")
    d.h("5. De-delegation 2026-27 (maintained schools members only)")
    d.p("Maintained primary school members voted on each service in turn: school improvement (3 for, 0 against); "
        "trade union facilities time (3 for, 0 against); free school meals eligibility checks (3 for, 0 against).")
    d.p("<b>Outcome:</b> Maintained primary members agreed the de-delegation of funding for school improvement, "
        "trade union facilities time and free school meals eligibility checks for 2026-27.")
    d.record_res(None, "Maintained primary members agreed the de-delegation of funding for school improvement, "
                       "trade union facilities time and free school meals eligibility checks for 2026-27.",
                 "resolution")
    d.h("6. Early years funding update")
    d.p("Helen Drayton asked when providers would be told their hourly rates for the expanded entitlement from "
        "September 2026. Officers said that rates would be confirmed once the Department's allocations were "
        "published, expected in December 2025.")
    d.date("September 2026", "2026-09")
    d.date("December 2025", "2025-12")
    d.p("<b>Outcome:</b> The Forum noted the update.")
    d.record_res(None, "The Forum noted the update.", "resolution")
    d.h("7. Area SEND inspection: verbal update")
    d.p("Leila Montpelier reported that Ofsted and the Care Quality Commission had inspected the Ealing local area "
        "partnership from 7 to 25 July 2025, and that the report, published on 5 September 2025, had found "
        "widespread and/or systemic failings. The partnership had to submit a Priority Action Plan to Ofsted by "
        "17 October 2025. Members asked how the plan would affect top-up funding and the timeliness of new "
        "plans, which schools were finding difficult to manage.")
    d.date("from 7 to 25 July 2025", "2025-07-07", "2025-07-25")
    d.date("5 September 2025", "2025-09-05")
    d.date("17 October 2025", "2025-10-17")
    d.event("inspection", "2025-07-07", "2025-07-25", "Ofsted and the Care Quality Commission had inspected the "
            "Ealing local area partnership from 7 to 25 July 2025")
    d.event("outcome-letter", "2025-09-05", None, "the report, published on 5 September 2025, had found widespread "
            "and/or systemic failings")
    d.event("progress-plan", "2025-10-17", None, "The partnership had to submit a Priority Action Plan to Ofsted by "
            "17 October 2025.")
    d.p("<b>Outcome:</b> The Forum noted the update and asked that a report on the Priority Action Plan, and on "
        "its implications for the High Needs Block, be brought to its January meeting.")
    d.record_res(None, "The Forum noted the update and asked that a report on the Priority Action Plan, and on its "
                       "implications for the High Needs Block, be brought to its January meeting.", "resolution")
    d.h("8. Dates of future meetings")
    d.p("Wednesday 14 January 2026, Wednesday 11 March 2026 and Wednesday 24 June 2026, all at 4.30pm.")
    d.date("Wednesday 11 March 2026", "2026-03-11")
    d.date("Wednesday 24 June 2026", "2026-06-24")
    d.p("The meeting ended at 6.05pm.")
    d.p("<b>Action log</b>")
    d.table([["No.", "Action", "Owner", "Due"],
             ["1", "Add worked examples to the Schools Block consultation", "Head of Schools Finance",
              "10 Oct 2025"],
             ["2", "Report on the Priority Action Plan and High Needs Block to the January meeting",
              "Assistant Director, SEND and Inclusion", "14 Jan 2026"],
             ["3", "Circulate the early years hourly rates when confirmed", "Head of Early Years", "Jan 2026"]],
            [1.2 * cm, 8.6 * cm, 4.4 * cm, 2.0 * cm])
    d.date("10 Oct 2025", "2025-10-10")
    d.date("Jan 2026", "2026-01")
    d.add(PageBreak())

    d.h("SF/26/05")
    d.table([["Report to:", "Schools Forum"], ["Date:", "14 January 2026"], ["Item:", "6"],
             ["Title:", "Area SEND inspection: Priority Action Plan progress and High Needs Block"],
             ["Report author:", "Nadia Ravenor, Head of SEND Commissioning (ravenorn@ealing.gov.uk, 020 8825 "
                                "9931)"],
             ["Lead officer:", "Leila Montpelier, Assistant Director, SEND and Inclusion"],
             ["For:", "Information and comment (all members)"]],
            [3.6 * cm, 12.6 * cm], header=False)
    d.person("Nadia Ravenor", "Head of SEND Commissioning", "officer", "ravenorn@ealing.gov.uk", "020 8825 9931")
    d.h("1. Purpose")
    d.p("1.1 To update the Forum on the partnership's Priority Action Plan, produced in response to the area SEND "
        "inspection, and on the forecast position of the High Needs Block, as the Forum asked on 1 October 2025.")
    d.h("2. Recommendations")
    d.p("Schools Forum is recommended to:")
    d.res("i)", "note the progress made against the Priority Action Plan, summarised at Appendix A;",
          "recommendation")
    d.res("ii)", "note the forecast High Needs Block position for 2025-26 at Appendix B; and", "recommendation")
    d.res("iii)", "comment on the proposed transfer of 0.5% from the Schools Block to the High Needs Block for "
                  "2026-27, before the Council's decision is reported to the Forum on 11 March 2026.",
          "recommendation")
    d.h("3. Background")
    d.p("3.1 Ofsted and the CQC inspected the Ealing local area partnership from 7 to 25 July 2025 under the area "
        "SEND inspection framework. The report, published on 5 September 2025, found that there are widespread "
        "and/or systemic failings leading to significant concerns about the experiences and outcomes of children "
        "and young people with SEND. This is the lowest of the three possible outcomes. At its previous "
        "inspection, under the 2016 framework, in May 2017, the area had not been required to produce a Written "
        "Statement of Action.")
    d.date("May 2017", "2017-05")
    d.event("inspection", "2017-05", None, "At its previous inspection, under the 2016 framework, in May 2017")
    d.p("3.2 Inspectors found much that is positive in Ealing's schools, including the inclusive practice of many "
        "mainstream primary schools and the specialist resource provisions. However, the report is clear that "
        "families wait too long and that the partnership's leaders do not yet have a shared, accurate view of "
        "children's needs.")
    d.p("3.3 The findings that the partnership must address are quoted in full below, as they appear in the "
        "report.")
    d.p("Areas for priority action", SUB)
    for text, themes in (
            ("Leaders across education, health and care must urgently improve the timeliness and quality of "
             "EHC needs assessments and plans, so that children's needs are identified accurately and the "
             "provision they need is specified and put in place without delay.", ["ehc-plans"]),
            ("Leaders must work together to establish effective joint governance and a shared strategy, using "
             "accurate information about children's needs, so that they can hold each other to account for the "
             "impact of their work.", ["leadership-governance"])):
        d.p(f"\u201c{text}\u201d", QUOTE)
        d.record_weak(text, themes)
    d.p("Areas for improvement", SUB)
    for text, themes in (
            ("Leaders should reduce the time that children and young people wait for speech and language "
             "therapy and for neurodevelopmental assessment.", ["health-services"]),
            ("Leaders should make sure that the support available at SEN support in mainstream schools is "
             "consistent, and that schools are held to account for its quality.",
             ["identification", "inclusion-provision"]),
            ("Leaders should improve the range of provision for young people aged 16 to 25, so that more of "
             "them are well prepared for adulthood and employment.", ["preparing-for-adulthood"])):
        d.p(f"\u201c{text}\u201d", QUOTE)
        d.record_weak(text, themes)
    d.h("4. The Priority Action Plan")
    d.p("4.1 The Priority Action Plan was submitted to Ofsted on 17 October 2025 and published on the Local Offer on "
        "31 October 2025. It was co-produced with Ealing Parent Carer Forum and the young people's SEND council, "
        "and each finding has a named senior lead from the Council or NHS North West London.")
    d.date("31 October 2025", "2025-10-31")
    d.event("progress-plan", "2025-10-31", None, "published on the Local Offer on 31 October 2025")
    d.p("4.2 Delivery is overseen by the SEND Improvement and Assurance Board, which has been chaired since "
        "November 2025 by Dr Winifred Osterley, an independent chair appointed by the Department for Education. "
        "The first monitoring meeting with the Department for Education and NHS England is scheduled for "
        "27 January 2026.")
    d.date("November 2025", "2025-11")
    d.date("27 January 2026", "2026-01-27")
    d.date("September 2025", "2025-09")
    d.person("Winifred Osterley", "independent chair", "other")
    d.event("monitoring", "2026-01-27", None, "The first monitoring meeting with the Department for Education and "
            "NHS England is scheduled for 27 January 2026.")
    d.p("4.3 Of the 31 actions in the plan, 9 are complete, 17 are on track and 5 are behind schedule. Progress on "
        "the actions that most affect schools is summarised at Appendix A. In brief:")
    for text in ("the backlog of needs assessments over 20 weeks has fallen from 412 to 268 since September 2025;",
                 "two additional educational psychologists and four EHC co-ordinators have been recruited;",
                 "a new inclusion quality mark for SEN support was launched with primary headteachers in "
                 "November 2025;",
                 "the ICB has commissioned 600 additional neurodevelopmental assessments for 2025-26."):
        d.p("&bull; " + text, BULLET)
    d.h("5. High Needs Block")
    d.p("5.1 The High Needs Block is forecast to overspend by £9.8 million in 2025-26, taking the cumulative "
        "deficit on the Dedicated Schools Grant to £41.6 million at 31 March 2026. At 31 March 2025 the "
        "deficit stood at £31.8 million. The statutory override, which keeps the deficit off the Council's "
        "general reserves, has been extended to March 2028.")
    d.date("31 March 2026", "2026-03-31")
    d.date("31 March 2025", "2025-03-31")
    d.date("March 2028", "2028-03")
    d.p("5.2 The Council's response to the Schools Block consultation, which ran from 13 October to 7 November "
        "2025, will be considered by Cabinet on 4 February 2026. Of 58 schools that responded, 34 opposed the "
        "transfer of 0.5% to the High Needs Block, mostly because of pressure on their own budgets.")
    d.date("4 February 2026", "2026-02-04")
    d.h("6. Risks")
    d.p("6.1 The main risks are that demand for EHC needs assessments continues to rise faster than capacity; that "
        "the recruitment of educational psychologists remains difficult; and that the High Needs Block deficit "
        "limits the investment available for the plan.")
    d.h("7. Financial and legal implications")
    d.p("7.1 The financial implications are set out in section 5 and Appendix B. <i>Comments provided by Tom "
        "Hangerhill, Head of Schools Finance, 5 January 2026.</i>")
    d.date("5 January 2026", "2026-01-05")
    d.p("7.2 The Schools Forums (England) Regulations 2012 require the local authority to consult the Forum on "
        "arrangements for pupils with SEN. <i>Comments provided by Bilal Greenford, Senior Lawyer, 6 January "
        "2026.</i>")
    d.date("6 January 2026", "2026-01-06")
    d.person("Bilal Greenford", "Senior Lawyer", "officer")
    d.h("8. Background papers")
    d.p("Ofsted and CQC, Area SEND inspection of Ealing Local Area Partnership, 5 September 2025.<br/>"
        "Ealing SEND Priority Action Plan, October 2025.")
    d.date("October 2025", "2025-10")

    d.h("Appendix A: Priority Action Plan - progress on the actions that most affect schools")
    d.p("Position at 19 December 2025. PA = area for priority action; AFI = area for improvement.", SMALL)
    d.date("19 December 2025", "2025-12-19")
    rows = [["Ref", "Action", "Lead", "Due", "Status", "Update"]]
    for row in (
            ("PA1.1", "Clear the backlog of EHC needs assessments over 20 weeks", "Head of SEND Assessment",
             "Mar 2026", "On track", "Backlog down from 412 to 268; weekly panel; locum psychologists until "
             "April 2026"),
            ("PA1.2", "Agree a quality standard for EHC plans and audit 20 plans each month with health and "
             "care colleagues", "Head of SEND Quality", "Nov 2025", "Complete", "Standard agreed; first three "
             "audits show 45% of plans good or better"),
            ("PA1.3", "Recruit educational psychologists and EHC co-ordinators", "Principal Educational "
             "Psychologist", "Jan 2026", "Behind", "Two psychologists and four co-ordinators in post; three "
             "psychologist posts vacant"),
            ("PA1.4", "Introduce a schools' portal to track each request for assessment", "Head of SEND "
             "Assessment", "Sept 2026", "On track", "Supplier appointed in December 2025"),
            ("PA1.5", "Publish termly data on the timeliness of assessments for each school", "Head of "
             "Performance", "Dec 2025", "Complete", "First termly report sent to headteachers"),
            ("PA2.1", "Establish the SEND Improvement and Assurance Board with an independent chair",
             "Strategic Director, Children's Services", "Nov 2025", "Complete", "First meeting held; "
             "terms of reference published"),
            ("PA2.2", "Publish a joint SEND dashboard for the partnership", "Head of Performance", "Feb 2026",
             "On track", "Draft shared with the Board"),
            ("PA2.3", "Refresh the SEND and Inclusion Strategy with families and schools", "Assistant Director, "
             "SEND and Inclusion", "July 2026", "On track", "Engagement events with headteachers in January "
             "and February 2026"),
            ("PA2.4", "Agree joint commissioning intentions for therapies and specialist places with the ICB",
             "Head of SEND Commissioning", "Mar 2026", "On track", "Draft intentions discussed with "
             "headteachers"),
            ("AFI1.1", "Commission additional speech and language therapy for mainstream schools", "ICB "
             "Children's Commissioning Lead", "Apr 2026", "Behind", "Tender delayed; interim provider from "
             "February 2026"),
            ("AFI1.2", "Offer 'waiting well' sessions for families in every family hub", "ICB Children's "
             "Commissioning Lead", "Jan 2026", "On track", "Sessions running in four of seven hubs"),
            ("AFI2.1", "Launch the inclusion quality mark and SEN support guidance", "Head of Inclusion",
             "Nov 2025", "Complete", "Launched with primary schools; secondary launch in March 2026"),
            ("AFI2.2", "Termly SENCo network audits of SEN support in every phase", "Head of Inclusion",
             "From Jan 2026", "On track", "First audits booked"),
            ("AFI3.1", "Create 40 supported internship places with employers and the college", "Head of "
             "Skills and Employment", "Sept 2026", "On track", "22 places agreed with employers"),
            ("AFI3.2", "Map post-16 pathways for young people with EHC plans with the college and employers",
             "Head of Skills and Employment", "Feb 2026", "On track", "Mapping workshops held"),
            ("AFI3.3", "Open a post-19 specialist hub at Ealing Vale College", "Head of SEND Commissioning",
             "Sept 2026", "Behind", "Capital works delayed; revised opening January 2027")):
        rows.append(list(row))
    d.table(rows, [1.5 * cm, 4.3 * cm, 2.9 * cm, 1.5 * cm, 1.8 * cm, 4.2 * cm], split_in_row=True)
    d.date("Mar 2026", "2026-03")
    d.date("April 2026", "2026-04")
    d.date("Feb 2026", "2026-02")
    d.date("July 2026", "2026-07")
    d.date("January 2027", "2027-01")
    d.p("Status: Complete; On track; Behind (the action will not be delivered by its due date without further "
        "action).", SMALL)
    d.h("Appendix B: High Needs Block forecast 2025-26")
    d.table([["", "Budget £m", "Forecast £m", "Variance £m"],
             ["Top-up funding: mainstream schools", "18.4", "21.7", "3.3"],
             ["Top-up funding: special schools and resourced provision", "34.9", "37.2", "2.3"],
             ["Independent and non-maintained special schools", "16.2", "19.6", "3.4"],
             ["Alternative provision and pupil referral unit", "7.1", "7.4", "0.3"],
             ["Post-16 and further education", "8.8", "9.3", "0.5"],
             ["Support services and therapies", "6.0", "6.0", "0.0"],
             ["Total", "91.4", "101.2", "9.8"]],
            [8.2 * cm, 2.6 * cm, 2.8 * cm, 2.6 * cm])
    d.p("Forecast at period 8 (November 2025). The Dedicated Schools Grant deficit brought forward at 1 April 2025 "
        "was £31.8 million.", SMALL)
    d.date("1 April 2025", "2025-04-01")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 4. Gloucestershire: scrutiny report with the Ofsted and CQC letter reproduced as its appendix
# ------------------------------------------------------------------------------------------------------------------

def gloucestershire_report() -> Doc:
    d = Doc(
        "gloucestershire/round35-2025-07-16-children-and-families-overview-and-scrutiny-committee/"
        "Area SEND Inspection Outcome - report and appendices.pdf",
        {"council": "Gloucestershire County Council", "council_slug": "gloucestershire",
         "committee": "Children and Families Overview and Scrutiny Committee", "meeting_date": "2025-07-16",
         "title": "Area SEND Inspection Outcome - report and appendices", "source_kind": "moderngov-document",
         "url": "https://glostext.gloucestershire.gov.uk/documents/s118452/Area%20SEND%20Inspection%20Outcome"
                "%20-%20report%20and%20appendices.pdf"},
        {"council": "Gloucestershire County Council", "committee": "Children and Families Overview and Scrutiny "
         "Committee", "date": "2025-07-16"},
        "Gloucestershire County Council", "Children and Families Overview and Scrutiny Committee",
        "Agenda Item 7 - 16 July 2025", page_label="Page {n}")
    d.title("Gloucestershire County Council")
    d.table([["Meeting:", "Children and Families Overview and Scrutiny Committee"],
             ["Date:", "Wednesday 16 July 2025"],
             ["Title of report:", "Area SEND Inspection of Gloucestershire Local Area Partnership - Outcome"],
             ["Report of:", "Ann Kingsholm, Executive Director of Children's Services"],
             ["Cabinet Member:", "Councillor Oliver Haresfield, Cabinet Member for Education and Skills"],
             ["Lead officer:", "Neil Slimbridge, Director of Education. Email: neil.slimbridge@gloucestershire"
                               ".gov.uk; tel: 01452 328441"],
             ["Divisions affected:", "All"],
             ["Key decision:", "No"],
             ["Exempt information:", "None"]],
            [4.0 * cm, 12.2 * cm], header=False)
    d.date("Wednesday 16 July 2025", "2025-07-16")
    d.person("Ann Kingsholm", "Executive Director of Children's Services", "officer")
    d.person("Oliver Haresfield", "Cabinet Member for Education and Skills", "member")
    d.person("Neil Slimbridge", "Director of Education", "officer", "neil.slimbridge@gloucestershire.gov.uk",
             "01452 328441")
    d.h("Purpose of report")
    d.p("To inform the Committee of the outcome of the area SEND inspection of the Gloucestershire local area "
        "partnership, carried out by Ofsted and the Care Quality Commission (CQC), and of the partnership's "
        "response.")
    d.h("Recommendations")
    d.p("It is recommended that the Committee (1) notes the outcome of the inspection and the inspectors' letter "
        "at Appendix 1; (2) comments on the partnership's response to the three areas for improvement, set out at "
        "Appendix 2; and (3) agrees to receive a progress report on the updated SEND strategic plan at its meeting "
        "on 21 January 2026.")
    d.record_res("(1)", "notes the outcome of the inspection and the inspectors' letter at Appendix 1;",
                 "recommendation")
    d.record_res("(2)", "comments on the partnership's response to the three areas for improvement, set out at "
                        "Appendix 2; and", "recommendation")
    d.record_res("(3)", "agrees to receive a progress report on the updated SEND strategic plan at its meeting on "
                        "21 January 2026.", "recommendation")
    d.date("21 January 2026", "2026-01-21")
    d.h("Reasons for recommendations")
    d.p("The Committee's work programme includes the oversight of services for children and young people with "
        "special educational needs and/or disabilities (SEND). The inspection outcome is the most significant "
        "independent evidence of the quality of those services since the Written Statement of Action.")
    d.h("1. Background")
    d.p("1.1 The Gloucestershire local area was last inspected under the previous framework in March 2022, when "
        "inspectors identified six areas of significant weakness and a Written Statement of Action was required. "
        "The Written Statement of Action was declared fit for purpose in August 2022, and progress against it was "
        "monitored by the Department for Education and NHS England until a final review meeting on 19 June 2024.")
    d.date("March 2022", "2022-03")
    d.date("August 2022", "2022-08")
    d.date("19 June 2024", "2024-06-19")
    d.event("inspection", "2022-03", None, "The Gloucestershire local area was last inspected under the previous "
            "framework in March 2022")
    d.event("wsoa-approved", "2022-08", None, "The Written Statement of Action was declared fit for purpose in "
            "August 2022")
    d.event("monitoring", "2024-06-19", None, "progress against it was monitored by the Department for Education "
            "and NHS England until a final review meeting on 19 June 2024.")
    d.p("1.2 The current framework, introduced in January 2023, has three possible outcomes. The partnership is "
        "inspected at least every five years, and more often where the outcome is less positive.")
    d.date("January 2023", "2023-01")
    d.h("2. The inspection")
    d.p("2.1 The partnership was notified of the inspection on 24 February 2025. Inspectors were in the county over "
        "the following three weeks, to 14 March 2025. They met children and young people, parents and carers, "
        "school and college leaders, and leaders and practitioners from the Council, the ICB and the NHS trusts. "
        "They tracked the experiences of 14 children and young people and considered 1,260 responses to an "
        "online survey of families.")
    d.date("24 February 2025", "2025-02-24")
    d.date("14 March 2025", "2025-03-14")
    d.p("2.2 The inspectors' letter was published on 25 April 2025 and is reproduced in full at Appendix 1.")
    d.date("25 April 2025", "2025-04-25")
    d.event("outcome-letter", "2025-04-25", None, "The inspectors' letter was published on 25 April 2025")
    d.h("3. Outcome and findings")
    d.p("3.1 The partnership received the most positive of the three outcomes: its SEND arrangements typically "
        "lead to positive experiences and outcomes for children and young people with SEND, and it is taking "
        "action where improvements are needed. The next full inspection will be within approximately five years.")
    d.p("3.2 The letter describes what the partnership does well and what it needs to do better, and sets out "
        "three areas for improvement in the table at its end. In summary, inspectors praised:")
    for text in ("the early identification of needs in the early years, including the health visiting and "
                 "portage teams;",
                 "the strong, trusting relationship between leaders and the Gloucestershire Parent Carer Forum;",
                 "the inclusive practice of many mainstream schools, supported by the advisory teaching service;",
                 "the short breaks offer and the work of the disabled children's social work team."):
        d.p("&bull; " + text, BULLET)
    d.h("4. The partnership's response")
    d.p("4.1 The SEND and Inclusion Partnership Board agreed an updated SEND strategic plan on 2 July 2025, and it "
        "will be published on the Local Offer by 25 July 2025, as the letter asks. Appendix 2 summarises the "
        "actions the plan sets out against each area for improvement.")
    d.date("2 July 2025", "2025-07-02")
    d.date("25 July 2025", "2025-07-25")
    d.event("progress-plan", "2025-07-02", None, "The SEND and Inclusion Partnership Board agreed an updated SEND "
            "strategic plan on 2 July 2025")
    d.event("progress-plan", "2025-07-25", None, "it will be published on the Local Offer by 25 July 2025")
    d.p("4.2 Ofsted and the CQC will hold an annual engagement meeting with the partnership. The partnership will "
        "continue to report to the Committee every six months.")
    d.p("4.3 The Gloucestershire Parent Carer Forum welcomed the letter. Its chair, Lynne Nailsworth, said that "
        "families would judge the partnership by whether waiting times fell over the coming year.")
    d.person("Lynne Nailsworth", "chair, Gloucestershire Parent Carer Forum", "other")
    d.h("5. Financial implications")
    d.p("5.1 The actions in the plan will be met from existing budgets and from the ICB's allocation for "
        "neurodevelopmental assessment. The High Needs Block is forecast to overspend by £6.3 million in 2025/26. "
        "<i>Comments provided by Stephen Tuffley, Finance Business Partner, on 30 June 2025.</i>")
    d.date("30 June 2025", "2025-06-30")
    d.person("Stephen Tuffley", "Finance Business Partner", "officer")
    d.h("6. Legal implications")
    d.p("6.1 Part 3 of the Children and Families Act 2014 places duties on the Council and the ICB to work jointly "
        "for children and young people with SEND. There are no direct legal implications arising from this report. "
        "<i>Comments provided by Priya Quedgeley, Lawyer (Children's Services), on 1 July 2025.</i>")
    d.date("1 July 2025", "2025-07-01")
    d.person("Priya Quedgeley", "Lawyer (Children's Services)", "officer")
    d.h("7. Risk assessment")
    d.table([["Risk", "Likelihood", "Impact", "Mitigation"],
             ["Waiting times for neurodevelopmental assessment continue to rise", "Likely", "High",
              "Additional ICB investment; waiting list validation; support while waiting"],
             ["Families' confidence falls if the plan's early milestones are missed", "Possible", "Medium",
              "Quarterly 'you said, we did' updates with the Parent Carer Forum"]],
            [6.0 * cm, 2.0 * cm, 1.8 * cm, 6.4 * cm])
    d.h("8. Equalities considerations")
    d.p("8.1 Children and young people with SEND share the protected characteristic of disability. The actions in "
        "the plan are intended to reduce inequalities in their access to support.")
    d.h("9. Consultation")
    d.p("9.1 The report was shared with the Chair of the Committee, Councillor Ruth Berkeley, before publication.")
    d.person("Ruth Berkeley", "Chair of the Committee", "member")
    d.h("Background documents")
    d.p("Ofsted and CQC, Area SEND inspection of Gloucestershire Local Area Partnership, 25 April 2025.<br/>"
        "Ofsted and CQC, Joint local area SEND inspection in Gloucestershire, letter of 13 May 2022.<br/>"
        "Gloucestershire SEND and Inclusion Strategy 2022-2025.")
    d.date("13 May 2022", "2022-05-13")
    d.event("outcome-letter", "2022-05-13", None, "Ofsted and CQC, Joint local area SEND inspection in "
            "Gloucestershire, letter of 13 May 2022.")
    d.h("Appendices")
    d.p("Appendix 1 - Letter from Ofsted and the CQC, 25 April 2025<br/>Appendix 2 - Summary of the partnership's "
        "response to the areas for improvement")
    d.add(PageBreak())

    d.h("Appendix 1")
    d.p("Ofsted<br/>Piccadilly Gate<br/>Store Street<br/>Manchester<br/>M1 2WD", RIGHT)
    d.p("T 0300 123 1231<br/>Textphone 0161 618 8524<br/>enquiries@ofsted.gov.uk<br/>www.gov.uk/ofsted", RIGHT)
    d.p("25 April 2025")
    d.p("Ann Kingsholm, Executive Director of Children's Services, Gloucestershire County Council<br/>"
        "Dr Carys Painswick, Chief Executive, NHS Gloucestershire Integrated Care Board<br/>"
        "Martin Frampton, Local Area Nominated Officer, Gloucestershire County Council")
    d.person("Carys Painswick", "Chief Executive, NHS Gloucestershire Integrated Care Board", "officer")
    d.person("Martin Frampton", "Local Area Nominated Officer, Gloucestershire County Council", "officer")
    d.p("Dear Ms Kingsholm, Dr Painswick and Mr Frampton")
    d.h("Area SEND inspection of Gloucestershire Local Area Partnership")
    d.p("Between 24 February and 14 March 2025, Ofsted and the Care Quality Commission (CQC) carried out a joint "
        "inspection of the local area partnership's special educational needs and/or disabilities (SEND) "
        "arrangements. The inspection was carried out by a team of inspectors including an Ofsted lead inspector, "
        "a team inspector from Ofsted and a children's services inspector from the CQC.")
    d.date("Between 24 February and 14 March 2025", "2025-02-24", "2025-03-14")
    d.event("inspection", "2025-02-24", "2025-03-14", "Between 24 February and 14 March 2025, Ofsted and the Care "
            "Quality Commission (CQC) carried out a joint inspection of the local area partnership's special "
            "educational needs and/or disabilities (SEND) arrangements.")
    d.h("Inspection outcome")
    d.p("The local area partnership's SEND arrangements typically lead to positive experiences and outcomes for "
        "children and young people with SEND. The local area partnership is taking action where improvements are "
        "needed.")
    d.p("The next full reinspection will be within approximately 5 years. Ofsted and CQC ask that the local area "
        "partnership updates and publishes its strategic plan based on the recommendations set out in this "
        "letter.")
    d.h("Information about the local area partnership")
    d.p("Gloucestershire County Council and NHS Gloucestershire Integrated Care Board (ICB) are jointly responsible "
        "for the planning and commissioning of services for children and young people with SEND in "
        "Gloucestershire. The commissioning of health services changed across England in 2022. On 1 July 2022, "
        "NHS Gloucestershire ICB became responsible for the commissioning of health services in Gloucestershire.")
    d.date("1 July 2022", "2022-07-01")
    d.p("Since the last inspection, the local authority has appointed a new executive director of children's "
        "services, in September 2023. The local authority commissions a range of alternative provision, including "
        "two pupil referral units.")
    d.date("September 2023", "2023-09")
    d.h("What is it like to be a child or young person with SEND in this area?")
    d.p("Children and young people with SEND in Gloucestershire are generally well supported. Many of them enjoy "
        "school, have friends and take part in clubs and activities in their communities. Children's needs are "
        "often identified early, particularly in the early years, where health visitors, portage workers and "
        "nursery staff work closely together.")
    d.p("Most parents who responded to the survey said that their children's needs are understood by their school. "
        "However, some families describe long waits for specialist assessments, and some feel that they have to "
        "fight for the support their children need. Young people who spoke to inspectors value the opportunities "
        "they have to share their views, including through the county's SEND youth forum.")
    d.h("What is the area partnership doing that is effective?")
    for text in ("Leaders have a clear and shared understanding of the strengths and weaknesses of the area's "
                 "SEND arrangements. They work well together and with the Parent Carer Forum.",
                 "Early years practitioners and health visitors identify children's needs early and make sure that "
                 "families receive help quickly.",
                 "Many mainstream schools are inclusive. The advisory teaching service gives schools effective "
                 "support and training.",
                 "Disabled children and their families benefit from a wide range of short breaks."):
        d.p("&bull; " + text, BULLET)
    d.h("What does the area partnership need to do better?")
    for text, themes in (
            ("Some children and young people wait too long for an assessment of their speech, language and "
             "communication needs, and for neurodevelopmental assessment. While they wait, families do not always "
             "know where to go for help.", ["health-services"]),
            ("The quality of EHC plans is variable. Some plans do not describe children's needs precisely, and "
             "health and social care sections are sometimes generic. Annual reviews do not always lead to plans "
             "being updated.", ["ehc-plans"]),
            ("Leaders' oversight of children and young people with SEND who attend alternative provision, or who "
             "have part-time timetables, is not sharp enough.", ["inclusion-provision", "data-oversight"]),
            ("Some young people aged 16 to 25 have too few opportunities to take part in supported internships "
             "and other pathways into employment.", ["preparing-for-adulthood"])):
        d.weak(text, themes)
    afis = (("Leaders across the partnership should reduce waiting times for speech and language therapy and for "
             "neurodevelopmental assessments, and improve the information and support available to families while "
             "they wait.", ["health-services"]),
            ("Leaders should strengthen the quality assurance of EHC plans, so that plans are precise, include "
             "meaningful health and social care advice, and are updated after annual reviews.", ["ehc-plans"]),
            ("Leaders should improve their oversight of children and young people with SEND who attend "
             "alternative provision or have part-time timetables, so that their provision is appropriate and "
             "regularly reviewed.", ["inclusion-provision", "data-oversight"]))
    d.table([["Areas for improvement"]] + [[text] for text, _ in afis], [16.2 * cm], style=BODY)
    for text, themes in afis:
        d.record_weak(text, themes)
    d.space(8)
    d.p("Yours sincerely")
    d.table([["<b>Ofsted</b>", "<b>Care Quality Commission</b>"],
             ["Rosemary Uley<br/>Regional Director", "Deborah Miserden<br/>Deputy Director, Multi-agency "
                                                     "Operations"],
             ["Jonathan Elmore<br/>HMI, Lead Inspector", "Samuel Coaley<br/>CQC Lead Inspector"],
             ["Kiran Hartpury<br/>Ofsted Inspector", "Aisha Sapperton<br/>CQC Inspector"]],
            [8.1 * cm, 8.1 * cm], header=False, grid=False, style=BODY)
    d.person("Rosemary Uley", "Regional Director, Ofsted", "other")
    d.person("Deborah Miserden", "Deputy Director, Multi-agency Operations, Care Quality Commission", "other")
    d.person("Jonathan Elmore", "HMI, Lead Inspector", "other")
    d.person("Samuel Coaley", "CQC Lead Inspector", "other")
    d.person("Kiran Hartpury", "Ofsted Inspector", "other")
    d.person("Aisha Sapperton", "CQC Inspector", "other")
    d.p("cc: Department for Education; Department of Health and Social Care; NHS England", SMALL)
    d.add(PageBreak())

    d.h("Appendix 2: Summary of the partnership's response to the areas for improvement")
    d.p("From the updated SEND strategic plan agreed by the SEND and Inclusion Partnership Board on 2 July 2025.",
        SMALL)
    rows = [["Area for improvement", "What we will do", "Lead", "By when"]]
    for row in (
            ("AFI 1: Waiting times", "Commission 700 additional neurodevelopmental assessments", "ICB Head of "
             "Children's Commissioning", "March 2026"),
            ("AFI 1: Waiting times", "Launch a 'waiting well' hub on the Local Offer with the Parent Carer Forum",
             "Head of SEND and Inclusion", "September 2025"),
            ("AFI 1: Waiting times", "Speech and language therapy drop-ins in every family hub", "Community "
             "Trust Therapy Lead", "From September 2025 to July 2026"),
            ("AFI 2: EHC plans", "Multi-agency audit of 15 plans each month, with findings reported to the Board",
             "Principal Officer, SEND Quality", "By December 2025"),
            ("AFI 2: EHC plans", "Annual review recovery plan and new review paperwork", "Head of SEND "
             "Casework", "April 2026"),
            ("AFI 3: Alternative provision", "A register of every child with SEND in alternative provision or on a "
             "part-time timetable, reviewed each half term", "Head of Inclusion", "October 2025"),
            ("AFI 3: Alternative provision", "Quality assurance visits to all commissioned alternative provision",
             "Head of Inclusion", "By 31 March 2026")):
        rows.append(list(row))
    d.table(rows, [3.6 * cm, 6.6 * cm, 3.6 * cm, 2.4 * cm])
    d.date("March 2026", "2026-03")
    d.date("September 2025", "2025-09")
    d.date("From September 2025 to July 2026", "2025-09", "2026-07")
    d.date("By December 2025", "2025-12")
    d.date("April 2026", "2026-04")
    d.date("October 2025", "2025-10")
    d.date("By 31 March 2026", "2026-03-31")
    d.p("The plan also includes actions on preparing for adulthood, which inspectors identified as an area to "
        "do better, and on co-production with families.", SMALL)
    return d


# ------------------------------------------------------------------------------------------------------------------
# 5. Derbyshire: covering report and the local area SEND annual report in chapters
# ------------------------------------------------------------------------------------------------------------------

def derbyshire_annual_report() -> Doc:
    d = Doc(
        "derbyshire/round35-2025-11-19-improvement-and-scrutiny-committee-children-and-young-people/"
        "Local Area SEND Annual Report 2024-25.pdf",
        {"council": "Derbyshire County Council", "council_slug": "derbyshire",
         "committee": "Improvement and Scrutiny Committee - Children and Young People", "meeting_date": "2025-11-19",
         "title": "Local Area SEND Annual Report 2024-25", "source_kind": "moderngov-document",
         "url": "https://democracy.derbyshire.gov.uk/documents/s41877/Local%20Area%20SEND%20Annual%20Report"
                "%202024-25.pdf"},
        {"council": "Derbyshire County Council", "committee": "Improvement and Scrutiny Committee - Children and "
         "Young People", "date": "2025-11-19"},
        "Derbyshire County Council", "Improvement and Scrutiny Committee - Children and Young People",
        "PUBLIC")
    d.title("DERBYSHIRE COUNTY COUNCIL")
    d.h("IMPROVEMENT AND SCRUTINY COMMITTEE - CHILDREN AND YOUNG PEOPLE")
    d.p("<b>19 November 2025</b>")
    d.date("19 November 2025", "2025-11-19")
    d.p("<b>Report of the Executive Director for Children's Services</b>")
    d.h("Local Area SEND Annual Report 2024-25")
    d.h("1. Purpose")
    d.p("1.1 To present the Local Area SEND Annual Report 2024-25, at Appendix 2, which sets out the progress made "
        "by the Derbyshire local area partnership since the area SEND inspection of March 2024, and to invite the "
        "Committee's comments.")
    d.date("March 2024", "2024-03")
    d.h("2. Information and Analysis")
    d.p("2.1 The annual report is the partnership's second. It is written for families and partners as well as for "
        "Members, and was endorsed by the SEND Improvement and Assurance Board on 30 October 2025.")
    d.date("30 October 2025", "2025-10-30")
    d.p("2.2 The report's key messages are that the timeliness of EHC needs assessments has improved markedly, "
        "although it remains below the national average; that the partnership now shares a single view of "
        "children's needs through a joint dashboard; and that waiting times for the neurodevelopmental pathway "
        "remain too long.")
    d.p("2.3 The Improvement Notice issued by the Department for Education remains in place. At the third "
        "stocktake of the Priority Action Plan, held on 6 November 2025, advisers from the Department for "
        "Education and NHS England recognised the progress on timeliness and asked for a sharper focus on the "
        "experience of families waiting for assessment.")
    d.date("6 November 2025", "2025-11-06")
    d.event("monitoring", "2025-11-06", None, "At the third stocktake of the Priority Action Plan, held on 6 November "
            "2025, advisers from the Department for Education and NHS England recognised the progress")
    d.h("3. Alternative Options Considered")
    d.p("3.1 Not to produce an annual report. This was rejected because the report is an important means of "
        "accountability to families and to Members.")
    d.h("4. Implications")
    d.p("4.1 Appendix 1 sets out the relevant implications considered in the preparation of the report.")
    d.h("5. Consultation")
    d.p("5.1 The annual report was co-produced with Derbyshire Parent Carer Voice and the SEND Youth Ambassadors "
        "between June and September 2025.")
    d.date("between June and September 2025", "2025-06", "2025-09")
    d.h("6. Partnership Opportunities")
    d.p("6.1 The report is published jointly by the Council and NHS Derby and Derbyshire Integrated Care Board.")
    d.h("7. Background Papers")
    d.p("7.1 Area SEND inspection of Derbyshire Local Area Partnership, Ofsted and CQC, 26 April 2024.<br/>"
        "7.2 Report to this Committee, SEND Priority Action Plan update, 18 September 2024.")
    d.date("26 April 2024", "2024-04-26")
    d.date("18 September 2024", "2024-09-18")
    d.h("8. Appendices")
    d.p("8.1 Appendix 1 - Implications.<br/>8.2 Appendix 2 - Local Area SEND Annual Report 2024-25.")
    d.h("9. Recommendation(s)")
    d.p("That Committee:")
    d.res("a)", "Notes the Local Area SEND Annual Report 2024-25 at Appendix 2.", "recommendation")
    d.res("b)", "Comments on the progress made against the two priority actions and three areas for improvement "
                "identified by the inspection.", "recommendation")
    d.res("c)", "Agrees to receive the next annual report in November 2026, with an interim update on the "
                "Priority Action Plan in May 2026.", "recommendation")
    d.date("November 2026", "2026-11")
    d.date("May 2026", "2026-05")
    d.h("10. Reasons for Recommendation(s)")
    d.p("10.1 To enable the Committee to scrutinise the partnership's progress in improving outcomes for children "
        "and young people with SEND.")
    d.p("<b>Report Author:</b> James Tansley, Assistant Director, SEND and Inclusion<br/>"
        "<b>Contact details:</b> james.tansley@derbyshire.gov.uk")
    d.person("James Tansley", "Assistant Director, SEND and Inclusion", "officer", "james.tansley@derbyshire.gov.uk")
    d.h("Appendix 1: Implications")
    d.p("<b>Financial</b><br/>1.1 The actions in the Priority Action Plan are funded from the Council's base budget, "
        "including £3.6 million of additional investment agreed for 2025-26, and from the ICB's allocation. The High "
        "Needs Block is forecast to overspend by £22.4 million in 2025-26.")
    d.p("<b>Legal</b><br/>2.1 The Improvement Notice sets out the improvements the Department expects. Failure to "
        "comply could lead to a statutory direction under section 497A of the Education Act 1996.")
    d.p("<b>Human Resources</b><br/>3.1 None arising directly from this report.")
    d.p("<b>Information Technology</b><br/>4.1 None.")
    d.p("<b>Equalities Impact</b><br/>5.1 The report is published in an easy read version and a version for young "
        "people.")
    d.p("<b>Corporate objectives and priorities for change</b><br/>6.1 The report supports the Council Plan "
        "priority of resilient, healthy and safe communities.")
    d.p("<b>Other</b><br/>7.1 None.")
    d.add(PageBreak())

    d.p("Appendix 2", RIGHT)
    d.title("Derbyshire Local Area Partnership<br/>Special Educational Needs and Disabilities<br/>"
            "Annual Report 2024-25")
    d.p("Published by Derbyshire County Council and NHS Derby and Derbyshire Integrated Care Board, "
        "November 2025")
    d.date("November 2025", "2025-11")
    d.h("Contents")
    for n, title in enumerate(("Foreword", "Derbyshire at a glance", "Our inspection and improvement journey",
                               "Progress against the priority actions and areas for improvement",
                               "Listening to children, young people and families", "Outcomes",
                               "Our priorities for 2025-26", "Governance"), 1):
        d.p(f"Chapter {n}&nbsp;&nbsp;{title}", SMALL)
    d.h("Chapter 1: Foreword")
    d.p("This is our second annual report since the area SEND inspection. We said last year that families would "
        "judge us by what changed for their children. This year more children received their EHC plan on time, and "
        "more families told us they felt listened to. But too many children still wait too long for an "
        "assessment, and we know that some families have lost trust in us. This report is honest about both.")
    d.ruled([["Councillor Alan Hathersage<br/>Cabinet Member for Children's Services and Education",
              "Carol Wirksworth<br/>Executive Director for Children's Services"],
             ["Dr Fiona Crich<br/>Chief Nurse, NHS Derby and Derbyshire ICB",
              "Donna Hartington<br/>Chair, Derbyshire Parent Carer Voice"]],
            [8.1 * cm, 8.1 * cm], header_rows=0, style=BODY)
    d.person("Alan Hathersage", "Cabinet Member for Children's Services and Education", "member")
    d.person("Carol Wirksworth", "Executive Director for Children's Services", "officer")
    d.person("Fiona Crich", "Chief Nurse, NHS Derby and Derbyshire ICB", "officer")
    d.person("Donna Hartington", "Chair, Derbyshire Parent Carer Voice", "other")
    d.h("Chapter 2: Derbyshire at a glance")
    d.table([["Measure", "January 2024", "January 2025"],
             ["Children and young people with an EHC plan", "7,912", "8,744"],
             ["Pupils receiving SEN support in schools", "16,380", "16,925"],
             ["New EHC plans issued within 20 weeks (previous calendar year)", "11%", "29%"],
             ["Children waiting for a neurodevelopmental assessment", "3,402", "3,870"],
             ["Appeals to the SEND Tribunal (previous calendar year)", "318", "296"]],
            [9.6 * cm, 3.3 * cm, 3.3 * cm])
    d.date("January 2024", "2024-01")
    d.date("January 2025", "2025-01")
    d.h("Chapter 3: Our inspection and improvement journey")
    d.p("3.1 In March 2024 Ofsted and the Care Quality Commission inspected our local area partnership under the "
        "framework introduced in January 2023. They found widespread and/or systemic failings leading to "
        "significant concerns about the experiences and outcomes of children and young people with SEND. It was the "
        "hardest message our partnership has received, and it was right.")
    d.date("January 2023", "2023-01")
    d.p("3.2 The inspection identified two priority actions and three areas for improvement. Each is set out, with "
        "our progress, in Chapter 4. The table below shows the main milestones since our first inspection.")
    d.table([["When", "What happened"],
             ["November 2017", "Local area inspection under the 2016 framework. No Written Statement of Action was "
                               "required."],
             ["4 to 8 March 2024", "Ofsted and CQC inspection under the 2023 framework."],
             ["26 April 2024", "Inspection report published: widespread and/or systemic failings."],
             ["6 June 2024", "Priority Action Plan submitted to Ofsted."],
             ["11 July 2024", "Improvement Notice issued by the Department for Education."],
             ["28 November 2024", "First DfE and NHS England stocktake of the Priority Action Plan."],
             ["February 2025", "Independent chair appointed to the SEND Improvement and Assurance Board."],
             ["22 May 2025", "Second DfE and NHS England stocktake."],
             ["November 2025", "Third stocktake (scheduled)."]],
            [3.6 * cm, 12.6 * cm])
    d.date("November 2017", "2017-11")
    d.date("4 to 8 March 2024", "2024-03-04", "2024-03-08")
    d.date("6 June 2024", "2024-06-06")
    d.date("11 July 2024", "2024-07-11")
    d.date("28 November 2024", "2024-11-28")
    d.date("February 2025", "2025-02")
    d.date("22 May 2025", "2025-05-22")
    d.event("inspection", "2017-11", None, "November 2017 Local area inspection under the 2016 framework.")
    d.event("inspection", "2024-03-04", "2024-03-08", "4 to 8 March 2024 Ofsted and CQC inspection under the 2023 "
            "framework.")
    d.event("outcome-letter", "2024-04-26", None, "26 April 2024 Inspection report published: widespread and/or "
            "systemic failings.")
    d.event("progress-plan", "2024-06-06", None, "6 June 2024 Priority Action Plan submitted to Ofsted.")
    d.event("statutory-direction", "2024-07-11", None, "11 July 2024 Improvement Notice issued by the Department for "
            "Education.")
    d.event("monitoring", "2024-11-28", None, "28 November 2024 First DfE and NHS England stocktake of the Priority "
            "Action Plan.")
    d.event("monitoring", "2025-05-22", None, "22 May 2025 Second DfE and NHS England stocktake.")
    d.h("Chapter 4: Progress against the priority actions and areas for improvement")
    d.p("Each finding is shown in the box as it appears in the inspection report, followed by what we have done and "
        "what has changed.")
    findings = (
        ("Priority action 1",
         "Leaders must urgently improve the timeliness of EHC needs assessments and the quality of EHC plans, "
         "including the contributions of health and social care, so that children and young people receive the "
         "right support at the right time.", ["ehc-plans"],
         "We recruited 14 educational psychologists and 22 EHC co-ordinators, introduced a weekly multi-agency "
         "panel and cleared the backlog of assessments over 20 weeks by July 2025. Health advice is now returned "
         "within six weeks in 84% of cases.",
         "In the six months between April and September 2025, 58% of new plans were issued within 20 weeks, "
         "compared with 11% in 2023. Audits rate 52% of new plans good or better."),
        ("Priority action 2",
         "Leaders across the partnership must establish a shared and accurate understanding of the needs of "
         "children and young people with SEND, and use it to plan and commission services jointly.",
         ["leadership-governance", "joint-commissioning"],
         "We published a joint SEND dashboard in January 2025 and a SEND chapter of the Joint Strategic Needs "
         "Assessment in June 2025. A joint commissioning group now reports to the Board each quarter.",
         "Commissioning decisions on therapies and specialist places for 2025-26 were taken jointly, using the "
         "same data."),
        ("Area for improvement 1",
         "Leaders should reduce waiting times for the neurodevelopmental pathway and for children's therapies, "
         "and improve the support offered to families while they wait.", ["health-services"],
         "The ICB commissioned 1,500 additional assessments from two independent providers and opened a 'waiting "
         "well' advice line with Derbyshire Parent Carer Voice in October 2024.",
         "The median wait for an autism assessment fell from 94 to 71 weeks, but the number waiting is still "
         "rising. This remains our greatest concern."),
        ("Area for improvement 2",
         "Leaders should improve communication with parents and carers, so that they are well informed about the "
         "progress of assessments and the support available through the Local Offer.",
         ["co-production", "local-offer"],
         "Families can now track each request for assessment online. We relaunched the Local Offer website, "
         "co-designed with parents, in March 2025.",
         "Visits to the Local Offer doubled, and complaints about communication fell by a third."),
        ("Area for improvement 3",
         "Leaders should improve their oversight of children with SEND who are not in full-time education, "
         "including those who are electively home educated or on part-time timetables.",
         ["inclusion-provision", "data-oversight"],
         "Every part-time timetable of a child with an EHC plan is now notified to the Council and reviewed "
         "within six weeks. A children missing education panel meets every fortnight.",
         "The number of children with EHC plans on part-time timetables fell from 214 in September 2024 to 131 in "
         "September 2025."))
    for label, text, themes, done, changed in findings:
        d.p(label, SUB)
        d.box(text, themes)
        d.p("<b>What we have done.</b> " + done)
        d.p("<b>What has changed.</b> " + changed)
    d.date("July 2025", "2025-07")
    d.date("between April and September 2025", "2025-04", "2025-09")
    d.date("June 2025", "2025-06")
    d.date("October 2024", "2024-10")
    d.date("March 2025", "2025-03")
    d.date("September 2024", "2024-09")
    d.date("September 2025", "2025-09")
    d.h("Chapter 5: Listening to children, young people and families")
    d.p("5.1 Our annual survey of families ran from 3 March to 11 April 2025 and received 2,214 responses, up from "
        "1,390 in 2024. The proportion of parents who said they were confident that their child's needs would be "
        "met rose from 31% to 42%.")
    d.date("from 3 March to 11 April 2025", "2025-03-03", "2025-04-11")
    d.p("5.2 Our SEND Youth Ambassadors met the Board twice during the year. Kai Monyash, one of the ambassadors, "
        "told the Board in February 2025 that young people wanted to be asked about their own plans, not only "
        "about services.")
    d.person("Kai Monyash", "SEND Youth Ambassador", "other")
    d.table([["You said", "We did"],
             ["You did not know where your child's assessment had got to.",
              "We introduced online tracking of every request for assessment."],
             ["The Local Offer was hard to use on a phone.",
              "We rebuilt it with parents, and it now works on any device."],
             ["You wanted to talk to someone while you waited for an autism assessment.",
              "We opened a 'waiting well' advice line with Derbyshire Parent Carer Voice."]],
            [8.1 * cm, 8.1 * cm])
    d.h("Chapter 6: Outcomes")
    d.p("6.1 In 2025, 21% of pupils at SEN support reached the expected standard in reading, writing and mathematics "
        "at the end of key stage 2, against 23% nationally. Attendance of pupils with EHC plans rose in 2024/25 "
        "but persistent absence remains above the national rate. At the end of March 2025, 4.1% of young people "
        "with EHC plans aged 16 and 17 were not in education, employment or training.")
    d.h("Chapter 7: Our priorities for 2025-26")
    for text in ("We will reduce the median wait for an autism assessment to 52 weeks by March 2026.",
                 "We will complete every annual review on time from January 2026.",
                 "We will open 180 new specialist places in mainstream schools by September 2026.",
                 "We will co-produce a new SEND and Inclusion Strategy with families, for publication in "
                 "July 2026."):
        d.p("&bull; " + text, BULLET)
    d.date("March 2026", "2026-03")
    d.date("January 2026", "2026-01")
    d.date("September 2026", "2026-09")
    d.date("July 2026", "2026-07")
    d.h("Chapter 8: Governance")
    d.p("The SEND Improvement and Assurance Board oversees the Priority Action Plan and reports to the Council's "
        "Cabinet and the ICB Board. It has been chaired since February 2025 by Professor Mark Eyam, an independent "
        "chair appointed by the Department for Education. Its members are:")
    d.person("Mark Eyam", "independent chair", "other")
    two_columns(d, ["Professor Mark Eyam - Independent Chair",
                    "Councillor Alan Hathersage - Cabinet Member",
                    "Carol Wirksworth - Executive Director for Children's Services",
                    "Dr Fiona Crich - Chief Nurse, NHS Derby and Derbyshire ICB",
                    "James Tansley - Assistant Director, SEND and Inclusion"],
                ["Rachel Youlgreave - Designated Clinical Officer",
                 "Dr Imogen Tideswell - Clinical Director, Derbyshire Community Health Services NHS Foundation "
                 "Trust",
                 "Gareth Ripley - Head of Disabled Children's Services",
                 "Donna Hartington - Chair, Derbyshire Parent Carer Voice",
                 "Sarah Baslow - Headteacher, Ashover Brook Primary School"])
    d.person("Rachel Youlgreave", "Designated Clinical Officer", "officer")
    d.person("Imogen Tideswell", "Clinical Director, Derbyshire Community Health Services NHS Foundation Trust",
             "officer")
    d.person("Gareth Ripley", "Head of Disabled Children's Services", "officer")
    d.person("Sarah Baslow", "Headteacher, Ashover Brook Primary School", "other")
    d.p("Helen Castleton, the Department for Education's SEND adviser, attends as an observer.")
    d.person("Helen Castleton", "the Department for Education's SEND adviser", "officer")
    d.p("<b>Contact us:</b> SEND Improvement Team, County Hall, Matlock DE4 3AG. Email: send.improvement@derbyshire"
        ".gov.uk", SMALL)
    return d


# ------------------------------------------------------------------------------------------------------------------
# 6. Doncaster: health scrutiny agenda pack with a WSoA progress report and its tracker
# ------------------------------------------------------------------------------------------------------------------

def doncaster_pack() -> Doc:
    d = Doc(
        "doncaster/round35-2021-12-09-health-and-adult-social-care-overview-and-scrutiny-panel/"
        "Agenda frontsheet and reports 09th-Dec-2021 10.00 Health and Adult Social Care Overview and Scrutiny "
        "Panel.pdf",
        {"council": "City of Doncaster Council", "council_slug": "doncaster",
         "committee": "Health and Adult Social Care Overview and Scrutiny Panel", "meeting_date": "2021-12-09",
         "title": "Agenda frontsheet and reports 09th-Dec-2021 10.00 Health and Adult Social Care Overview and "
                  "Scrutiny Panel", "source_kind": "moderngov-document",
         "url": "https://doncaster.moderngov.co.uk/documents/g5127/Public%20reports%20pack%2009th-Dec-2021%2010.00"
                "%20Health%20and%20Adult%20Social%20Care%20Overview%20and%20Scrutiny%20Panel.pdf"},
        {"council": "City of Doncaster Council", "committee": "Health and Adult Social Care Overview and Scrutiny "
         "Panel", "date": "2021-12-09"},
        "Doncaster Council", "Health and Adult Social Care Overview and Scrutiny Panel - 9th December 2021",
        "Public Document Pack", page_label="Page {n}")
    d.title("Doncaster Council")
    d.h("Agenda")
    d.p("To all Members of the")
    d.h("HEALTH AND ADULT SOCIAL CARE OVERVIEW AND SCRUTINY PANEL")
    d.p("Notice is given that a Meeting of the above Panel is to be held as follows:")
    d.table([["Venue", "Council Chamber, Civic Office, Waterdale, Doncaster DN1 3BU"],
             ["Date", "Thursday, 9th December, 2021"],
             ["Time", "10.00 am"]], [3.0 * cm, 13.2 * cm], header=False)
    d.date("Thursday, 9th December, 2021", "2021-12-09")
    d.p("<b>BROADCASTING NOTICE</b> This meeting is being filmed for subsequent broadcast via the Council's web "
        "site. The Council is a Data Controller under the Data Protection Act, and images collected during this "
        "recording will be retained in accordance with the Council's published policy.", SMALL)
    d.table([["Items for Discussion", "Page No."],
             ["1. Apologies for absence", ""],
             ["2. To consider the extent, if any, to which the public and press are to be excluded from the "
              "meeting", ""],
             ["3. Declarations of Interest, if any", ""],
             ["4. Minutes of the Health and Adult Social Care Overview and Scrutiny Panel held on 21st October "
              "2021", "1 - 4"],
             ["5. Public Statements", ""],
             ["6. Special Educational Needs and Disabilities (SEND): Written Statement of Action - Health Progress "
              "Update", "5 - 22"],
             ["7. Overview and Scrutiny Work Plan 2021/22", "23 - 30"]],
            [13.2 * cm, 3.0 * cm])
    d.date("21st October 2021", "2021-10-21")
    d.p("Chief Executive: <b>Joanne Auckley</b>")
    d.person("Joanne Auckley", "Chief Executive", "officer")
    d.p("Issued on: Wednesday, 1st December, 2021")
    d.date("Wednesday, 1st December, 2021", "2021-12-01")
    d.p("Governance Services Officer for this meeting: <b>Christine Rossington</b>, Tel. 01302 736712")
    d.person("Christine Rossington", "Governance Services Officer", "officer", None, "01302 736712")
    d.h("Members of the Panel")
    d.p("Chair - Councillor Sarah Tickhill<br/>Vice-Chair - Councillor Glyn Bawtry")
    d.person("Sarah Tickhill", "Chair", "member")
    d.person("Glyn Bawtry", "Vice-Chair", "member")
    panel = ["Lorraine Armthorpe", "Majid Balby", "Duncan Cantley", "Pat Conisbrough", "Tina Hexthorpe",
             "Rachel Sprotbrough", "Steve Wadworth"]
    d.table([["Councillors " + panel[0], panel[1], panel[2]], [panel[3], panel[4], panel[5]], [panel[6], "", ""]],
            [5.4 * cm, 5.4 * cm, 5.4 * cm], header=False, grid=False, style=BODY)
    for name in panel:
        d.person(name, None, "member")
    d.p("Co-opted Member (non-voting): Andrew Finningley (Healthwatch Doncaster)")
    d.person("Andrew Finningley", "Co-opted Member (non-voting), Healthwatch Doncaster", "other")
    d.add(PageBreak())

    d.h("DONCASTER METROPOLITAN BOROUGH COUNCIL")
    d.h("HEALTH AND ADULT SOCIAL CARE OVERVIEW AND SCRUTINY PANEL")
    d.p("<b>THURSDAY, 21ST OCTOBER, 2021</b>")
    d.p("A MEETING of the HEALTH AND ADULT SOCIAL CARE OVERVIEW AND SCRUTINY PANEL was held at the COUNCIL CHAMBER, "
        "CIVIC OFFICE on THURSDAY, 21ST OCTOBER, 2021, at 10.00 am.")
    d.p("PRESENT:<br/>Chair - Councillor Sarah Tickhill<br/>Vice-Chair - Councillor Glyn Bawtry<br/>"
        "Councillors Lorraine Armthorpe, Majid Balby, Pat Conisbrough, Rachel Sprotbrough and Steve Wadworth.")
    d.p("ALSO IN ATTENDANCE:")
    for text in ("Councillor Nigel Edlington - Cabinet Member for Adult Social Care",
                 "Phil Hatfield - Director of Adults, Health and Wellbeing",
                 "Dr Victor Askern - Director of Public Health",
                 "Anthony Bentley - Chief Operating Officer, NHS Doncaster Clinical Commissioning Group",
                 "Caroline Marr - Senior Governance Officer"):
        d.p(text, HANG)
    d.person("Nigel Edlington", "Cabinet Member for Adult Social Care", "member")
    d.person("Phil Hatfield", "Director of Adults, Health and Wellbeing", "officer")
    d.person("Victor Askern", "Director of Public Health", "officer")
    d.person("Anthony Bentley", "Chief Operating Officer, NHS Doncaster Clinical Commissioning Group", "officer")
    d.person("Caroline Marr", "Senior Governance Officer", "officer")
    d.h("14 APOLOGIES FOR ABSENCE")
    d.p("Apologies for absence were received from Councillors Duncan Cantley and Tina Hexthorpe, and from Andrew "
        "Finningley.")
    d.h("15 TO CONSIDER THE EXTENT, IF ANY, TO WHICH THE PUBLIC AND PRESS ARE TO BE EXCLUDED FROM THE MEETING")
    d.p("There were no items where the public and press were to be excluded.")
    d.h("16 DECLARATIONS OF INTEREST, IF ANY")
    d.p("Councillor Rachel Sprotbrough declared a non-pecuniary interest in agenda item 6 as she is employed by a "
        "home care provider in the borough.")
    d.h("17 MINUTES OF THE MEETING HELD ON 2ND SEPTEMBER 2021")
    d.date("2ND SEPTEMBER 2021", "2021-09-02")
    d.res(None, "that the minutes of the meeting held on 2nd September 2021 be agreed as a correct record.",
          "resolution", lead="<b>RESOLVED</b>", style=BODY)
    d.h("18 PUBLIC STATEMENTS")
    d.p("A public statement was made by Mrs Janet Owston about the time her son had waited for an autism "
        "assessment. The Chair thanked Mrs Owston and advised that the Panel would consider the Written Statement "
        "of Action for SEND, including the autism pathway, at its meeting in December.")
    d.person("Janet Owston", None, "other")
    d.h("19 WINTER PRESSURES AND SYSTEM RESILIENCE 2021/22")
    d.p("The Panel received a presentation from the Director of Adults, Health and Wellbeing and the Chief "
        "Operating Officer of the CCG on the plans of the health and care system for the winter. Members asked "
        "about discharge delays, the capacity of home care providers and the uptake of flu vaccination among care "
        "staff, which stood at 41% at 15th October 2021.")
    d.date("15th October 2021", "2021-10-15")
    d.res(None, "that the update be noted, and that the Panel receive a further update on system resilience at its "
                "meeting in March 2022.", "resolution", lead="<b>RESOLVED</b>", style=BODY)
    d.date("March 2022", "2022-03")
    d.h("20 HEALTH AND ADULT SOCIAL CARE OVERVIEW AND SCRUTINY WORK PLAN 2021/22")
    d.p("The Senior Governance Officer presented the Panel's work plan for the remainder of the year.")
    d.p("<b>RESOLVED</b> that:-")
    d.res("(1)", "the work plan be noted; and", "resolution")
    d.res("(2)", "a report on the health elements of the Written Statement of Action for special educational needs "
                 "and disabilities be added to the agenda for the meeting on 9th December 2021.", "resolution")
    d.space(16)
    d.p("CHAIR: ______________________ &nbsp;&nbsp;&nbsp; DATE: ______________________")
    d.add(PageBreak())

    d.p("<b>Report</b>", RIGHT)
    d.p("Date: 9th December 2021", RIGHT)
    d.p("To the Chair and Members of the Health and Adult Social Care Overview and Scrutiny Panel")
    d.h("SPECIAL EDUCATIONAL NEEDS AND DISABILITIES (SEND): WRITTEN STATEMENT OF ACTION - HEALTH PROGRESS UPDATE")
    d.table([["Relevant Cabinet Member(s)", "Wards Affected", "Key Decision"],
             ["Councillor Lucy Thorne - Cabinet Member for Children, Young People and Schools", "All", "No"]],
            [9.2 * cm, 3.5 * cm, 3.5 * cm])
    d.person("Lucy Thorne", "Cabinet Member for Children, Young People and Schools", "member")
    d.h("EXECUTIVE SUMMARY")
    d.p("1. This report updates the Panel on the progress made by the Doncaster local area against its Written "
        "Statement of Action (WSoA) for special educational needs and disabilities, with a focus on the actions "
        "led by NHS Doncaster Clinical Commissioning Group (CCG) and health providers.", NUMBERED)
    d.p("2. The WSoA addresses five areas of significant weakness identified by Ofsted and the Care Quality "
        "Commission in 2019. Two of them relate mainly to health services, and one is shared by education, health "
        "and social care.", NUMBERED)
    d.p("3. Good progress has been made in most areas, but waiting times for autism assessment, although falling, "
        "remain too long.", NUMBERED)
    d.h("EXEMPT REPORT")
    d.p("Not applicable.")
    d.h("RECOMMENDATIONS")
    d.res("4.", "That the Panel notes the progress made by the local area, and by health partners in particular, "
                "against the Written Statement of Action, as set out in the tracker at Appendix A.",
          "recommendation", style=NUMBERED)
    d.res("5.", "That the Panel identifies any areas on which it wishes to receive further information before the "
                "expected re-visit by Ofsted and the Care Quality Commission.", "recommendation", style=NUMBERED)
    d.h("WHAT DOES THIS MEAN FOR THE CITIZENS OF DONCASTER?")
    d.p("6. Children and young people with SEND, and their families, should receive timely assessments and the "
        "health support they need, so that they can achieve well and live independent lives.", NUMBERED)
    d.h("BACKGROUND")
    d.p("7. Ofsted and the CQC carried out a joint inspection of the Doncaster local area from 14th to 18th October "
        "2019, to judge how effectively the SEND reforms had been implemented. The inspection letter, published on "
        "9th December 2019, identified five areas of significant weakness and required the local area to produce a "
        "Written Statement of Action.", NUMBERED)
    d.date("from 14th to 18th October 2019", "2019-10-14", "2019-10-18")
    d.date("9th December 2019", "2019-12-09")
    d.event("inspection", "2019-10-14", "2019-10-18", "Ofsted and the CQC carried out a joint inspection of the "
            "Doncaster local area from 14th to 18th October 2019")
    d.event("outcome-letter", "2019-12-09", None, "The inspection letter, published on 9th December 2019, "
            "identified five areas of significant weakness")
    d.p("8. The Written Statement of Action was submitted on 14th February 2020 and was declared fit for purpose by "
        "Ofsted and the CQC on 20th March 2020.", NUMBERED)
    d.date("14th February 2020", "2020-02-14")
    d.date("20th March 2020", "2020-03-20")
    d.event("wsoa-submitted", "2020-02-14", None, "The Written Statement of Action was submitted on 14th February "
            "2020")
    d.event("wsoa-approved", "2020-03-20", None, "was declared fit for purpose by Ofsted and the CQC on 20th March "
            "2020")
    d.p("9. Progress is monitored by the Department for Education (DfE) and NHS England, whose advisers have met the "
        "local area at review meetings on 15th October 2020, 22nd April 2021 and 7th October 2021. The next review "
        "meeting is expected in April 2022, and the re-visit by Ofsted and the CQC during 2022.",
        NUMBERED)
    d.date("15th October 2020", "2020-10-15")
    d.date("22nd April 2021", "2021-04-22")
    d.date("7th October 2021", "2021-10-07")
    d.date("April 2022", "2022-04")
    for start in ("2020-10-15", "2021-04-22", "2021-10-07"):
        d.event("monitoring", start, None, "Progress is monitored by the Department for Education (DfE) and NHS "
                "England, whose advisers have met the local area at review meetings on 15th October 2020, 22nd "
                "April 2021 and 7th October 2021.")
    d.event("monitoring", "2022-04", None, "The next review meeting is expected in April 2022")
    d.p("10. The five areas of significant weakness are set out in Appendix A, where each heads the actions taken "
        "to address it. Areas 2 and 4 relate most directly to the work of the CCG and health providers, and area 3 "
        "is shared with education and social care.", NUMBERED)
    d.p("11. The WSoA is overseen by the SEND Improvement Board, chaired by the Director of Learning, Opportunities "
        "and Skills, Helen Barnby, with the CCG's Director of Nursing, Elaine Loversall, as vice-chair.", NUMBERED)
    d.person("Helen Barnby", "Director of Learning, Opportunities and Skills", "officer")
    d.person("Elaine Loversall", "Director of Nursing, NHS Doncaster Clinical Commissioning Group", "officer")
    d.h("HEALTH PROGRESS")
    d.p("12. <b>Autism assessment.</b> The waiting list for an autism assessment for children aged 5 to 18 stood at "
        "1,146 in March 2021 and at 872 at the end of October 2021. The median wait has fallen from 98 to 76 weeks. "
        "The CCG has funded an additional provider until March 2023 and a 'waiting well' offer delivered with "
        "Doncaster Parent Voice.", NUMBERED)
    d.date("March 2021", "2021-03")
    d.date("October 2021", "2021-10")
    d.date("March 2023", "2023-03")
    d.p("13. <b>Health advice to EHC needs assessments.</b> Since the appointment of a full-time Designated Clinical "
        "Officer, Dr Priya Warmsworth, in January 2021, the proportion of health advice returned within six weeks "
        "has risen from 38% to 81%.", NUMBERED)
    d.date("January 2021", "2021-01")
    d.person("Priya Warmsworth", "Designated Clinical Officer, NHS Doncaster CCG", "officer")
    d.p("14. <b>Therapies.</b> Between April and September 2021 the community trust recruited six speech and "
        "language therapists and three occupational therapists. Waits for a first therapy appointment have fallen "
        "to 14 weeks, but vacancies remain in the occupational therapy team.", NUMBERED)
    d.date("Between April and September 2021", "2021-04", "2021-09")
    d.p("15. <b>Emotional wellbeing and mental health.</b> Mental Health Support Teams have worked in 28 schools "
        "since September 2021, and the CAMHS single point of access now screens every referral for SEND.",
        NUMBERED)
    d.date("September 2021", "2021-09")
    d.p("16. <b>Co-production.</b> Doncaster Parent Voice, whose chair, Mrs Joanne Stainforth, sits on the SEND "
        "Improvement Board, co-produced the autism 'waiting well' offer and the new health sections of the EHC "
        "plan template.", NUMBERED)
    d.person("Joanne Stainforth", "chair, Doncaster Parent Voice", "other")
    d.h("OPTIONS CONSIDERED")
    d.p("17. The report is for information and scrutiny; no options are presented.", NUMBERED)
    d.h("REASONS FOR RECOMMENDED OPTION")
    d.p("18. To enable the Panel to scrutinise the contribution of health partners to the local area's improvement.",
        NUMBERED)
    d.h("IMPACT ON THE COUNCIL'S KEY OUTCOMES")
    d.table([["Outcomes", "Implications"],
             ["Doncaster Learning: our vision is for learning that prepares all children, young people and adults "
              "for a life that is fulfilling", "Timely assessment and support help children with SEND to achieve "
              "well."],
             ["Doncaster Caring: our vision is for a borough that cares together for its most vulnerable residents",
              "Families receive support while they wait for assessment."],
             ["Connected Council", "Joint working between the Council and the CCG."]],
            [8.1 * cm, 8.1 * cm])
    d.h("RISKS AND ASSUMPTIONS")
    d.p("19. The main risk is that the re-visit finds insufficient progress in one or more areas, in which case the "
        "DfE may require an Accelerated Progress Plan or issue an improvement notice.", NUMBERED)
    d.p("<b>LEGAL IMPLICATIONS</b> [Officer Initials: SRF &nbsp; Date: 26/11/21]")
    d.date("26/11/21", "2021-11-26")
    d.p("20. Part 3 of the Children and Families Act 2014 places duties on the Council and the CCG in respect of "
        "children and young people with SEND.", NUMBERED)
    d.p("<b>FINANCIAL IMPLICATIONS</b> [Officer Initials: HR &nbsp; Date: 25/11/21]")
    d.date("25/11/21", "2021-11-25")
    d.p("21. There are no direct financial implications. The additional autism assessment capacity is funded by the "
        "CCG.", NUMBERED)
    d.p("<b>HUMAN RESOURCES IMPLICATIONS</b> [Officer Initials: KG &nbsp; Date: 24/11/21]")
    d.date("24/11/21", "2021-11-24")
    d.p("22. None.", NUMBERED)
    d.p("<b>TECHNOLOGY IMPLICATIONS</b> [Officer Initials: PW &nbsp; Date: 24/11/21]")
    d.p("23. None.", NUMBERED)
    d.p("<b>HEALTH IMPLICATIONS</b> [Officer Initials: RS &nbsp; Date: 25/11/21]")
    d.p("24. The actions described will improve access to health assessment and support for children with SEND.",
        NUMBERED)
    d.p("<b>EQUALITY IMPLICATIONS</b> [Officer Initials: LH &nbsp; Date: 24/11/21]")
    d.p("25. Children and young people with SEND share the protected characteristic of disability.", NUMBERED)
    d.h("CONSULTATION")
    d.p("26. Health partners and Doncaster Parent Voice have contributed to this report.", NUMBERED)
    d.h("BACKGROUND PAPERS")
    d.p("27. Joint local area SEND inspection in Doncaster, Ofsted and CQC, 9th December 2019. Doncaster Written "
        "Statement of Action, February 2020.", NUMBERED)
    d.date("February 2020", "2020-02")
    d.h("GLOSSARY OF ACRONYMS AND ABBREVIATIONS")
    d.p("CAMHS - Child and Adolescent Mental Health Services; CCG - Clinical Commissioning Group; CQC - Care Quality "
        "Commission; DfE - Department for Education; EHC - Education, Health and Care; SEND - Special Educational "
        "Needs and Disabilities; WSoA - Written Statement of Action", SMALL)
    d.h("REPORT AUTHOR &amp; CONTRIBUTORS")
    d.p("Lisa Hickleton, Head of Service, SEND<br/>Tel: 01302 737205 &nbsp; Email: lisa.hickleton@doncaster.gov.uk")
    d.person("Lisa Hickleton", "Head of Service, SEND", "officer", "lisa.hickleton@doncaster.gov.uk",
             "01302 737205")
    d.p("Dr Priya Warmsworth, Designated Clinical Officer, NHS Doncaster CCG")
    d.p("<b>Helen Barnby</b><br/>Director of Learning, Opportunities and Skills")
    d.add(PageBreak())

    d.h("Appendix A: Written Statement of Action - progress tracker")
    d.p("Progress to 31st October 2021. RAG: G - complete or on track; A - some delay; R - off track.", SMALL)
    d.date("31st October 2021", "2021-10-31")
    areas = (
        ("The lack of a clear and shared strategic vision for SEND across education, health and social care, and "
         "weak joint self-evaluation", ["leadership-governance"], (
            ("1.1", "Agree a joint SEND strategy with the CCG and families", "SEND Improvement Board",
             "September 2020", "Strategy agreed by Cabinet and the CCG Governing Body in September 2020", "G"),
            ("1.2", "Refresh the joint self-evaluation each year", "Head of Service, SEND", "March 2021, then "
             "annually", "Second self-evaluation agreed by the Board in March 2021", "G"),
            ("1.3", "Report a joint SEND performance dashboard to the Board each quarter", "Head of Service, "
             "SEND", "From January 2021", "Dashboard reported each quarter since January 2021", "G"))),
        ("The long waiting times for assessment and diagnosis of autism spectrum disorder, and the lack of support "
         "for families while they wait", ["health-services"], (
            ("2.1", "Introduce a single neurodevelopmental pathway for children aged 0 to 18", "CCG Head of "
             "Children's Commissioning", "April 2021", "Pathway live; single point of referral", "G"),
            ("2.2", "Commission additional assessment capacity from an independent provider", "CCG Head of "
             "Children's Commissioning", "July 2021", "Provider started in August 2021; 300 assessments a year",
             "A"),
            ("2.3", "Offer pre- and post-diagnostic support with Doncaster Parent Voice", "CCG and Doncaster "
             "Parent Voice", "December 2021", "Workshops running monthly; advice line from November 2021", "G"),
            ("2.4", "Publish waiting times for the neurodevelopmental pathway on the Local Offer", "CCG Head of "
             "Children's Commissioning", "October 2021", "First figures published; to be updated monthly", "G"))),
        ("The poor quality of EHC plans, and the variable contribution of health and social care professionals to "
         "them", ["ehc-plans"], (
            ("3.1", "Introduce a quality assurance framework for EHC plans with multi-agency audit", "Head of "
             "Service, SEND", "November 2020", "Monthly audits; 61% of plans audited good or better", "G"),
            ("3.2", "Agree a six-week service standard for health advice", "Designated Clinical Officer",
             "March 2021", "81% of advice returned within six weeks", "G"),
            ("3.3", "Train social workers to write the social care section of EHC plans", "Head of Children's "
             "Social Care", "June 2021", "142 social workers trained", "G"),
            ("3.4", "Co-produce a new EHC plan template with families", "Head of Service, SEND", "December 2021",
             "Template agreed; in use from January 2022", "A"))),
        ("The limited access to speech and language therapy and occupational therapy for children and young "
         "people with EHC plans", ["health-services"], (
            ("4.1", "Commission therapies jointly through a section 75 agreement", "CCG and Head of SEND "
             "Commissioning", "September 2021", "Agreement drafted; sign-off delayed to February 2022", "A"),
            ("4.2", "Recruit speech and language therapists and occupational therapists", "Community trust",
             "From April 2021 to March 2022", "Nine therapists recruited; four occupational therapy vacancies",
             "A"),
            ("4.3", "Agree an equipment pathway for children with complex needs", "CCG Head of Children's "
             "Commissioning", "March 2022", "Pathway drafted with the community trust", "A"))),
        ("The weak engagement and co-production with parents and carers, and their low confidence in the local "
         "area's SEND arrangements", ["co-production"], (
            ("5.1", "Agree a co-production charter with Doncaster Parent Voice", "Head of Service, SEND",
             "June 2020", "Charter agreed and published", "G"),
            ("5.2", "Publish a termly 'you said, we did' update", "Head of Service, SEND", "From September 2020",
             "Five updates published", "G"),
            ("5.3", "Annual survey of parents and carers", "Head of Service, SEND", "Each May",
             "Confidence in the local area rose from 27% in 2019 to 44% in 2021", "A"),
            ("5.4", "Recruit young SEND champions to the SEND Improvement Board", "Participation Lead",
             "From April 2021", "Four champions recruited", "G"))))
    rows = [["Ref", "Action", "Lead", "Target date", "Progress to October 2021", "RAG"]]
    spans = []
    for n, (area, themes, actions) in enumerate(areas, 1):
        spans.append(len(rows))
        rows.append([f"<b>Area {n}:</b> {area}", "", "", "", "", ""])
        d.record_weak(area, themes)
        for action in actions:
            rows.append(list(action))
    d.ruled(rows, [1.0 * cm, 4.5 * cm, 3.0 * cm, 2.4 * cm, 4.1 * cm, 1.2 * cm], spans=spans)
    d.date("September 2020", "2020-09")
    d.date("July 2021", "2021-07")
    d.date("August 2021", "2021-08")
    d.date("December 2021", "2021-12")
    d.date("November 2021", "2021-11")
    d.date("November 2020", "2020-11")
    d.date("February 2022", "2022-02")
    d.date("From April 2021 to March 2022", "2021-04", "2022-03")
    d.date("June 2020", "2020-06")
    d.date("June 2021", "2021-06")
    d.date("January 2022", "2022-01")
    return d


DOCUMENTS = [kent_council, hertfordshire_icb, ealing_schools_forum, gloucestershire_report,
             derbyshire_annual_report, doncaster_pack]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
