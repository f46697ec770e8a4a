"""Write the long printed documents of the held-out round 59 (reportlab), and their gold.

Round 59 is a blind batch of LONG PDFs (5 to 8 pages), written with their gold before any extractor ran on them, for
councils named L to Z: a scrutiny committee's agenda reports pack with the previous minutes and a 2016-framework
re-visit report (Northumberland); a 2023-framework Priority Action Plan as a scrutiny appendix (Suffolk); a Cabinet
report with the Ofsted/CQC re-visit letter as its appendix (South Tyneside); a scrutiny progress report with a tracker on
2023-framework areas for improvement (Warrington); printed minutes of an Executive with several items (North
Yorkshire); and a Cabinet report approving a Written Statement of Action, with appendices (Leicestershire). Invented text,
fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round59_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("59", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
MINUTE, NUM_PARA, LETTER, LETTER_BOLD, LETTER_BULLET = S.minute, S.num_para, S.letter, S.letter_bold, S.letter_bullet
SUB = ParagraphStyle("Sub59", parent=BODY, leftIndent=60, firstLineIndent=-24)


class Doc(LongDoc):
    """A round 59 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#DCE6F0", "#EEF2F7", "#F2F2F2")


NEEDS = ["Autistic spectrum disorder", "Speech, language and communication needs", "Social, emotional and mental "
         "health", "Moderate learning difficulty", "Severe learning difficulty", "Profound and multiple learning "
         "difficulty", "Specific learning difficulty", "Physical disability", "Hearing impairment",
         "Visual impairment", "Other difficulty or disability"]
SCHOOLS = ["Alder", "Brookside", "Church Lane", "Dovecote", "Eastfield", "Fernhill", "Greenacres", "Hawthorn",
           "Ivy Bank", "Kingsmead", "Lark Rise", "Meadowbrook", "Northgate", "Orchard", "Parkside", "Riverside",
           "Sandpiper", "Thornbury", "Underwood", "Victoria", "Westfield", "Wheatcroft", "Woodlands", "Yarrow"]


def area_table(d: Doc, names: list[str], seed: int, first: str = "Locality"):
    """Invented locality figures (no dates, no people)."""
    rows = [[first, "Children with EHC plan", "SEN support", "New requests (year)", "Issued in 20 weeks %",
             "Mainstream %"]]
    for i, name in enumerate(names):
        rows.append([name, str(110 + (i * 47 + seed * 19) % 420), str(380 + (i * 137 + seed) % 880),
                     str(18 + (i * 31 + seed) % 85), f"{28 + (i * 11 + seed) % 63}", f"{36 + (i * 7 + seed) % 42}"])
    d.ruled(rows, [3.8 * cm, 2.4 * cm, 2.2 * cm, 2.6 * cm, 2.6 * cm, 2.4 * cm])


def school_table(d: Doc, seed: int, rows_n: int = 30):
    """Invented school-level figures (no dates, no people)."""
    rows = [["School", "Phase", "On roll", "SEN support %", "EHC plan %", "Suspension rate", "Part-time timetables"]]
    for i in range(rows_n):
        rows.append([f"{SCHOOLS[(i + seed) % len(SCHOOLS)]} {'Primary' if i % 3 else 'High'}",
                     "Primary" if i % 3 else "Secondary", str(180 + (i * 83 + seed * 37) % 1300),
                     f"{9 + (i * 7 + seed) % 11}.{(i * 3) % 10}", f"{1 + (i * 5 + seed) % 5}.{(i * 7) % 10}",
                     f"{(i * 13 + seed) % 9}.{(i * 11) % 10}", str((i * 5 + seed) % 7)])
    d.ruled(rows, [4.2 * cm, 1.9 * cm, 1.6 * cm, 2 * cm, 1.9 * cm, 2.2 * cm, 2.4 * cm])


def need_table(d: Doc, seed: int):
    rows = [["Primary need", "EHC plans", "Share %", "SEN support", "Share %"]]
    for i, need in enumerate(NEEDS):
        a, b = 25 + (i * 191 + seed * 13) % 780, 55 + (i * 229 + seed * 7) % 1450
        rows.append([need, str(a), f"{(a % 27) + 1}.{i}", str(b), f"{(b % 23) + 1}.{(i * 3) % 10}"])
    d.ruled(rows, [6.6 * cm, 2.3 * cm, 2 * cm, 2.6 * cm, 2.5 * cm])


# ------------------------------------------------------------------------------------------------------------------
def northumberland_pack() -> Doc:
    rel = ("northumberland/round59-2021-10-14-family-and-childrens-services-overview-and-scrutiny-committee/Agenda "
           "reports pack 14th-Oct-2021 10.00 Family and Children's Services Overview and Scrutiny Committee.pdf")
    meeting = {"council": "Northumberland County Council", "committee": "Family and Children's Services Overview and Scrutiny Committee", "date": "2021-10-14"}
    d = Doc(rel, {"council": "Northumberland County Council", "council_slug": "northumberland",
                  "committee": "Family and Children's Services Overview and Scrutiny Committee", "meeting_date": "2021-10-14",
                  "title": "Agenda reports pack", "source_kind": "moderngov-document",
                  "url": "https://northumberland.moderngov.co.uk/documents/g4512/Public%20reports%20pack%2014th-Oct-2021"
                         "%2010.00%20Family%20and%20Childrens%20Services%20OSC.pdf"},
            meeting, "Northumberland County Council", "Family and Children's Services Overview and Scrutiny Committee", "", page_label="{n}")
    d.p("<b>Public Document Pack</b>")
    d.title("Northumberland County Council")
    d.p("Democratic Services<br/>County Hall, Morpeth, Northumberland, NE61 2EF")
    d.p("Date: Monday, 4 October 2021")
    d.date("Monday, 4 October 2021", "2021-10-04")
    d.p("Committee: <b>Family and Children's Services Overview and Scrutiny Committee</b>")
    d.p("Date: Thursday, 14 October 2021<br/>Time: 10.00 am<br/>Venue: Council Chamber, County Hall, Morpeth")
    d.date("Thursday, 14 October 2021", "2021-10-14")
    d.p("You are requested to attend the above meeting. The Agenda is attached. There will be some access to the "
        "meeting room for members of the press and public, but this will be limited; the meeting will also be "
        "webcast.")
    d.p("Graham Pettigrew<br/>Assistant Director - Legal and Democratic Services (Monitoring Officer)")
    d.person("Graham Pettigrew", "Assistant Director - Legal and Democratic Services (Monitoring Officer)", "officer")
    d.h("Members of the Committee")
    d.ruled([["Members", "Substitute Members"],
             ["Moira Threlkeld (Chairman)", "Stuart Proudlock"],
             ["Brian Ogle (Vice Chairman)", "Keith Armstrong"],
             ["Trevor Hindmarsh", "Paula Scaife"],
             ["Alison Charlton", "Jim Bolam"],
             ["Denise Robson", "Ruth Waddell"]], [8.1 * cm, 8.1 * cm])
    for name, role in [("Moira Threlkeld", "Chairman"), ("Brian Ogle", "Vice Chairman"), ("Trevor Hindmarsh", None),
                       ("Alison Charlton", None), ("Denise Robson", None), ("Stuart Proudlock", None), ("Keith Armstrong", None),
                       ("Paula Scaife", None), ("Jim Bolam", None), ("Ruth Waddell", None)]:
        d.person(name, role, "member")
    d.p("Your Committee Officer is:<br/><b>Lucy Fenwick-Dodd</b> Committee Officer<br/>Tel: 01670 622614<br/>"
        "Email: lucy.fenwick-dodd@northumberland.gov.uk")
    d.person("Lucy Fenwick-Dodd", "Committee Officer", "officer", "lucy.fenwick-dodd@northumberland.gov.uk", "01670 622614")
    d.h("AGENDA")
    d.ruled([["Item", "", "Page"],
             ["1", "Apologies for Absence and Substitutions", ""],
             ["2", "Disclosable Pecuniary Interests", ""],
             ["3", "Minutes of the meeting held on 16 September 2021", "1 - 4"],
             ["4", "Public Question Time", ""],
             ["5", "Member Question Time", ""],
             ["6", "Local Area SEND Re-visit: outcome and Accelerated Progress Plan", "5 - 14"],
             ["7", "Short Breaks Review - update", "verbal"],
             ["8", "Work Programme", "15 - 16"]], [1.5 * cm, 12 * cm, 2.7 * cm])
    d.date("16 September 2021", "2021-09-16")
    d.add(PageBreak())
    d.p("<b>Agenda Item 3</b>")
    d.title("Committee and Date<br/>Family and Children's Services Overview and Scrutiny Committee<br/>14 October 2021")
    d.h("MINUTES OF THE FAMILY AND CHILDREN'S SERVICES OVERVIEW AND SCRUTINY COMMITTEE MEETING HELD ON 16 SEPTEMBER 2021, 10.00 AM - 12.35 PM")
    d.p("Responsible Officer: Lucy Fenwick-Dodd<br/>Email: lucy.fenwick-dodd@northumberland.gov.uk Tel: 01670 622614")
    d.p("<b>Present</b><br/>Councillors Moira Threlkeld (Chairman), Brian Ogle (Vice Chairman), Trevor Hindmarsh, "
        "Alison Charlton and Stuart Proudlock (substitute for Denise Robson)")
    d.p("<b>In attendance</b><br/>Councillor Eileen Cessford (Portfolio Holder for Children and Education), "
        "Harriet Blenkinsop (Executive Director of People), Andrew Makepeace (Assistant Director, Education and Achievement), "
        "Sian Routledge (Head of SEND), Dr Mehreen Aslam (Designated Clinical Officer, NHS Northumberland CCG)")
    d.person("Eileen Cessford", "Portfolio Holder for Children and Education", "member")
    d.person("Harriet Blenkinsop", "Executive Director of People", "officer")
    d.person("Andrew Makepeace", "Assistant Director, Education and Achievement", "officer")
    d.person("Sian Routledge", "Head of SEND", "officer")
    d.person("Mehreen Aslam", "Designated Clinical Officer, NHS Northumberland CCG", "officer")
    d.p("<b>14 Apologies for Absence and Substitutions</b>", MINUTE)
    d.p("Apologies were received from Councillor Denise Robson. Councillor Stuart Proudlock attended as her substitute.")
    d.p("<b>15 Disclosable Pecuniary Interests</b>", MINUTE)
    d.p("None were declared.")
    d.p("<b>16 Minutes</b>", MINUTE)
    d.res(None, "That the minutes of the meeting held on 22 July 2021 be approved as a correct record and signed by "
          "the Chairman.", "resolution", lead="<b>RESOLVED:</b>", style=BODY)
    d.date("22 July 2021", "2021-07-22")
    d.p("<b>17 Public and Member Question Time</b>", MINUTE)
    d.p("No questions had been received from members of the public. One question had been received from "
        "Councillor Charlton about home to school transport for pupils with EHC plans at the start of term; the "
        "Portfolio Holder's written answer was circulated and is appended to the signed minutes.")
    d.p("<b>18 SEND Re-visit - initial feedback</b>", MINUTE)
    d.p("The Assistant Director explained that the local area had been re-visited by Ofsted and the CQC from 15 to "
        "17 June 2021 to check progress on the significant weaknesses found in February 2018. The letter had been "
        "published on 4 August 2021. A full report, with the Accelerated Progress Plan, would come to the next "
        "meeting. Members asked how parents had been told of the outcome and whether the CCG's recovery funding for "
        "speech and language therapy would continue beyond March 2022.")
    d.date("from 15 to 17 June 2021", "2021-06-15", "2021-06-17")
    d.date("February 2018", "2018-02")
    d.date("4 August 2021", "2021-08-04")
    d.date("March 2022", "2022-03")
    d.p("<b>RESOLVED:</b>")
    d.res("(a)", "That the initial feedback on the SEND re-visit be noted.", "resolution", shown_label="(a)")
    d.res("(b)", "That the Accelerated Progress Plan and a full report on the re-visit outcome be brought to the "
          "Committee's meeting on 14 October 2021.", "resolution", shown_label="(b)")
    d.res("(c)", "That the Head of SEND circulates to members the parent carer forum's summary of the re-visit "
          "feedback sessions.", "resolution", shown_label="(c)")
    d.p("<b>19 Work Programme</b>", MINUTE)
    d.res(None, "That the work programme be agreed, subject to the addition of a report on short breaks.",
          "resolution", lead="<b>RESOLVED:</b>", style=BODY)
    d.p("Signed ............................................ (Chairman)&nbsp;&nbsp;&nbsp; Date: "
        "...............................")
    d.add(PageBreak())
    d.p("<b>Agenda Item 6</b>")
    d.ruled([["Committee and Date", "Item"],
             ["Family and Children's Services Overview and Scrutiny Committee<br/>14 October 2021", "Public"]], [8.1 * cm, 8.1 * cm])
    d.title("Local Area SEND Re-visit: outcome and Accelerated Progress Plan")
    d.ruled([["Responsible Officer", "Andrew Makepeace"],
             ["e-mail:", "andrew.makepeace@northumberland.gov.uk"],
             ["Tel:", "01670 624088"]], [5 * cm, 11.2 * cm], header_rows=0)
    d.people[[p["name"] for p in d.people].index("Andrew Makepeace")].update(
        {"email": "andrew.makepeace@northumberland.gov.uk", "phone": "01670 624088"})
    d.h("1. Summary")
    d.p("In February 2018 Ofsted and the Care Quality Commission inspected the Northumberland local area's effectiveness "
        "in implementing the special educational needs and disability reforms. The inspection, which took place "
        "between 5 and 9 February 2018, found five significant weaknesses, and the letter of 10 April 2018 "
        "required a Written Statement of Action. Inspectors returned in June 2021 to judge progress.")
    d.date("between 5 and 9 February 2018", "2018-02-05", "2018-02-09")
    d.date("10 April 2018", "2018-04-10")
    d.date("June 2021", "2021-06")
    d.event("inspection", "2018-02-05", "2018-02-09", "The inspection, which took place between 5 and 9 February "
            "2018, found five significant weaknesses")
    d.event("outcome-letter", "2018-04-10", None, "the letter of 10 April 2018 required a Written Statement of "
            "Action")
    d.event("revisit", "2021-06-15", "2021-06-17", "the local area had been re-visited by Ofsted and the CQC from "
            "15 to 17 June 2021")
    d.event("revisit-outcome", "2021-08-04", None, "The letter had been published on 4 August 2021.")
    d.p("The re-visit letter, published on the Ofsted website on 4 August 2021, recognises that the area has made "
        "sufficient progress in three of the five areas. Inspectors found that the area had not made sufficient "
        "progress in addressing two significant weaknesses, namely (i) the inconsistent quality of EHC plans, "
        "which too often do not capture the views of children and their families or set out precise outcomes, and "
        "(ii) the lack of a jointly agreed approach to commissioning therapies between the local authority and the "
        "CCG, leading to long waits for speech and language therapy and occupational therapy.")
    d.record_weak("the inconsistent quality of EHC plans, which too often do not capture the views of children and "
                  "their families or set out precise outcomes", ["ehc-plans"])
    d.record_weak("the lack of a jointly agreed approach to commissioning therapies between the local authority and "
                  "the CCG, leading to long waits for speech and language therapy and occupational therapy",
                  ["joint-commissioning", "health-services"])
    d.h("2. Recommendations")
    d.p("Members are asked to:")
    d.res("A.", "Note the outcome of the SEND re-visit and the findings of the letter at Appendix 1.",
          "recommendation", shown_label="A.")
    d.res("B.", "Comment on the Accelerated Progress Plan at Appendix 2, which was submitted to the Department for "
          "Education on 30 September 2021.", "recommendation", shown_label="B.")
    d.res("C.", "Agree to receive a progress report on the Accelerated Progress Plan at each of its meetings in "
          "January and June 2022.", "recommendation", shown_label="C.")
    d.date("30 September 2021", "2021-09-30")
    d.date("January", "2022-01")
    d.date("June 2022", "2022-06")
    d.event("progress-plan", "2021-09-30", None, "the Accelerated Progress Plan at Appendix 2, which was submitted "
            "to the Department for Education on 30 September 2021")
    d.h("REPORT")
    d.h("3. Background")
    d.num("3.1", "The Written Statement of Action was accepted by Ofsted as fit for purpose in August 2018 and was "
          "overseen by the SEND Partnership Board. The Department for Education and NHS England reviewed progress "
          "every six months, the last such review taking place on 9 March 2021.")
    d.date("August 2018", "2018-08")
    d.date("9 March 2021", "2021-03-09")
    d.event("wsoa-approved", "2018-08", None, "The Written Statement of Action was accepted by Ofsted as fit for "
            "purpose in August 2018")
    d.event("monitoring", "2021-03-09", None, "The Department for Education and NHS England reviewed progress every "
            "six months, the last such review taking place on 9 March 2021.")
    d.num("3.2", "Where an area has not made sufficient progress in all its weaknesses, the Department requires an "
          "Accelerated Progress Plan (APP). The first APP review meeting with the Department's SEND adviser and "
          "NHS England is booked for 12 October 2021, and reviews will then take place every three months.")
    d.date("12 October 2021", "2021-10-12")
    d.event("monitoring", "2021-10-12", None, "The first APP review meeting with the Department's SEND adviser and "
            "NHS England is booked for 12 October 2021")
    d.h("4. What the re-visit found")
    d.num("4.1", "Inspectors found strong progress in the way that leaders across education, health and care now "
          "work together, in the co-production of the SEND strategy with the Northumberland Parent Carer Forum, and in "
          "the identification of needs in the early years. They noted that families' experiences are more positive "
          "where a child attends a school with a well-trained SENCo.")
    d.num("4.2", "The Committee should be aware that the timeliness of EHC plans issued within 20 weeks improved to "
          "71% in the twelve months to August 2021, but an audit in July 2021 rated only 48% of new plans as good.")
    d.date("August 2021", "2021-08")
    d.date("July 2021", "2021-07")
    d.h("5. The Accelerated Progress Plan")
    d.ruled([["APP priority", "Key actions", "Lead", "Milestone"],
             ["1. Quality of EHC plans", "Multi-agency quality assurance panel; audit cycle; training for case "
              "officers and SENCos; parent feedback at each plan issue", "Head of SEND", "Dec 2021"],
             ["", "Revised template co-produced with the Parent Carer Forum", "SEND Casework Manager", "Nov 2021"],
             ["2. Joint commissioning of therapies", "Joint therapies commissioning strategy agreed by the Joint "
              "Commissioning Group", "CCG Head of Children's Commissioning", "Jan 2022"],
             ["", "Waiting list initiative for SALT and OT, funded for two years", "CCG", "Oct 2021"]],
            [3.6 * cm, 6.6 * cm, 3.4 * cm, 2.6 * cm])
    d.date("Dec 2021", "2021-12")
    d.date("Nov 2021", "2021-11")
    d.date("Oct 2021", "2021-10")
    d.h("6. Risk assessment and opportunities appraisal")
    d.p("Failure to make progress under the APP could lead to the Secretary of State issuing a statutory direction. "
        "The APP is monitored monthly by the SEND Partnership Board, chaired by the Executive Director of People.")
    d.h("7. Financial implications")
    d.p("The CCG has committed recurrent funding to the waiting list initiative. Council actions are met from the "
        "High Needs Block and existing budgets.")
    d.h("List of Background Papers")
    d.p("Ofsted and CQC, Joint local area SEND re-visit in Northumberland, letter of 4 August 2021; Northumberland Written "
        "Statement of Action, 2018.")
    d.p("Cabinet Member (Portfolio Holder): Councillor Eileen Cessford, Children and Education<br/>"
        "Local Member: All<br/>Appendices: 1. Re-visit letter (published separately); 2. Accelerated Progress Plan; "
        "3. Local area data")
    d.add(PageBreak())
    d.h("Appendix 3: Local area data")
    area_table(d, ["Ashington", "Blyth", "Cramlington", "Bedlington", "Morpeth", "Hexham", "Alnwick",
                   "Berwick-upon-Tweed", "Prudhoe", "Ponteland", "Haltwhistle", "Amble"], 3, "Locality")
    d.space(8)
    need_table(d, 5)
    d.space(8)
    school_table(d, 2, 26)
    d.add(PageBreak())
    d.p("<b>Agenda Item 8</b>")
    d.h("Family and Children's Services Overview and Scrutiny Committee - Work Programme 2021/22")
    d.ruled([["Meeting date", "Item", "Lead officer"],
             ["14 October 2021", "SEND re-visit outcome and APP", "Andrew Makepeace"],
             ["14 October 2021", "Short breaks review - update", "Head of Disabled Children's Services"],
             ["29 November 2021", "Home to school transport for pupils with SEND", "Transport Manager"],
             ["29 November 2021", "Early Help annual report", "Head of Early Help"],
             ["17 January 2022", "APP progress report (first quarterly review)", "Sian Routledge"],
             ["14 March 2022", "Elective home education", "Head of Education Access"],
             ["13 June 2022", "APP progress report", "Sian Routledge"]], [3.6 * cm, 8.8 * cm, 3.8 * cm])
    d.date("29 November 2021", "2021-11-29")
    d.date("17 January 2022", "2022-01-17")
    d.date("14 March 2022", "2022-03-14")
    d.date("13 June 2022", "2022-06-13")
    return d


# ------------------------------------------------------------------------------------------------------------------
def suffolk_pap() -> Doc:
    rel = ("suffolk/round59-2024-03-14-education-and-childrens-services-scrutiny-committee/Appendix A - "
           "Suffolk Local Area Partnership Priority Action Plan.pdf")
    d = Doc(rel, {"council": "Suffolk County Council", "council_slug": "suffolk",
                  "committee": "Education and Children's Services Scrutiny Committee",
                  "meeting_date": "2024-03-14", "title": "Appendix A - Priority Action Plan",
                  "source_kind": "moderngov-document",
                  "url": "https://committeeminutes.suffolk.gov.uk/documents/s118942/Appendix%20A%20-%20Priority"
                         "%20Action%20Plan.pdf"},
            {"council": "Suffolk County Council",
             "committee": "Education and Children's Services Scrutiny Committee", "date": "2024-03-14"},
            "Suffolk Local Area Partnership", "Priority Action Plan - v1.2 (as submitted)",
            "Suffolk Council | NHS Suffolk and North East Essex ICB | Suffolk Parent Carer Network", page_label="{n}")
    d.title("Suffolk Local Area Partnership for SEND<br/>Priority Action Plan")
    d.p("Responding to the area SEND inspection of Suffolk, 16 to 20 October 2023")
    d.date("16 to 20 October 2023", "2023-10-16", "2023-10-20")
    d.event("inspection", "2023-10-16", "2023-10-20", "the area SEND inspection of Suffolk, 16 to 20 "
            "October 2023")
    d.h("Document control")
    d.ruled([["Version", "Date", "Change", "By"],
             ["0.4", "14/12/2023", "First draft to SEND Partnership Board", "SEND Improvement Lead"],
             ["0.9", "08/01/2024", "Parent Carer Network and ICB comments incorporated", "SEND Improvement Lead"],
             ["1.0", "15/01/2024", "Approved by the Cabinet Member (decision record)", "Democratic "
              "Services"],
             ["1.1", "17/01/2024", "ICB Chief Executive sign-off", "ICB"],
             ["1.2", "19/01/2024", "Submitted to Ofsted", "SEND Improvement Lead"]],
            [1.8 * cm, 2.4 * cm, 8.6 * cm, 3.4 * cm])
    d.date("14/12/2023", "2023-12-14")
    d.date("08/01/2024", "2024-01-08")
    d.date("15/01/2024", "2024-01-15")
    d.date("17/01/2024", "2024-01-17")
    d.date("19/01/2024", "2024-01-19")
    d.event("progress-plan", "2024-01-15", None, "Approved by the Cabinet Member (decision record)")
    d.event("progress-plan", "2024-01-17", None, "ICB Chief Executive sign-off")
    d.event("progress-plan", "2024-01-19", None, "Submitted to Ofsted")
    d.h("1. Foreword")
    d.p("We are sorry that too many children and young people with special educational needs and disabilities in "
        "Suffolk, and their families, have not had the experience they deserve. The inspection report, published "
        "on 8 December 2023, was clear that the partnership's arrangements lead to widespread and/or systemic "
        "failings, and it is right that inspectors judged us as they did. This plan sets out what we will do, by "
        "when, and how families will know that things are getting better.")
    d.date("8 December 2023", "2023-12-08")
    d.event("outcome-letter", "2023-12-08", None, "The inspection report, published on 8 December 2023")
    d.ruled([["Cllr Rachel Swindells<br/>Cabinet Member for Education, SEND and Skills",
              "Catherine Baldry<br/>Director of Children's Services",
              "Dr Owain Pritchard<br/>Chief Medical Officer, NHS Suffolk and North East Essex ICB",
              "Dawn Kettleborough<br/>Co-chair, Suffolk Parent Carer Network"]],
            [4.05 * cm] * 4, header_rows=0)
    d.person("Rachel Swindells", "Cabinet Member for Education, SEND and Skills", "member")
    d.person("Catherine Baldry", "Director of Children's Services", "officer")
    d.person("Owain Pritchard", "Chief Medical Officer, NHS Suffolk and North East Essex ICB", "officer")
    d.person("Dawn Kettleborough", "Co-chair, Suffolk Parent Carer Network", "other")
    d.h("2. What the inspectors asked us to do")
    d.p("The report sets two areas for priority action and three further areas for improvement. We have kept the "
        "inspectors' words so that progress can be judged against them.")
    d.ruled([["", "Area for priority action (APA)"],
             ["APA1", "Leaders across the partnership must urgently reduce the length of time children and young "
              "people wait for neurodevelopmental assessment, and make sure that children and families receive "
              "support while they wait."],
             ["APA2", "Leaders must improve the timeliness and quality of EHC plans, so that plans are issued within "
              "statutory timescales, reflect up-to-date advice from health and social care, and are reviewed "
              "annually."]], [1.6 * cm, 14.6 * cm])
    d.record_weak("Leaders across the partnership must urgently reduce the length of time children and young people "
                  "wait for neurodevelopmental assessment, and make sure that children and families receive support "
                  "while they wait.", ["health-services"])
    d.record_weak("Leaders must improve the timeliness and quality of EHC plans, so that plans are issued within "
                  "statutory timescales, reflect up-to-date advice from health and social care, and are reviewed "
                  "annually.", ["ehc-plans"])
    d.space(6)
    d.ruled([["", "Area for improvement (AFI)"],
             ["AFI1", "Leaders should make sure that the local offer gives families accurate, up-to-date "
              "information about the services available and how to reach them."],
             ["AFI2", "Leaders should strengthen the way young people with SEND are prepared for adulthood, "
              "including planning for post-16 education, employment and independent living from Year 9."],
             ["AFI3", "Leaders should improve their use of data to oversee the progress and outcomes of children "
              "and young people receiving SEN support."]], [1.6 * cm, 14.6 * cm])
    d.record_weak("Leaders should make sure that the local offer gives families accurate, up-to-date information "
                  "about the services available and how to reach them.", ["local-offer"])
    d.record_weak("Leaders should strengthen the way young people with SEND are prepared for adulthood, including "
                  "planning for post-16 education, employment and independent living from Year 9.",
                  ["preparing-for-adulthood"])
    d.record_weak("Leaders should improve their use of data to oversee the progress and outcomes of children and "
                  "young people receiving SEN support.", ["data-oversight", "outcomes"])
    d.p("Inspectors also recognised strengths: the early years inclusion service, the Suffolk Parent Carer Network's "
        "partnership with leaders, and the short breaks offer. We will protect these.")
    d.h("3. Governance and monitoring")
    d.p("The SEND Partnership Board, with an independent chair appointed by the Department for Education, will "
        "oversee the plan monthly from February 2024. The Department for Education and NHS England will hold the "
        "first of their six-monthly stocktakes in April 2024, and the Children's Services, Education and Skills "
        "Scrutiny Board will receive a progress report every six months, the first on 14 March 2024. Ofsted and "
        "the CQC will carry out a monitoring inspection, expected within 18 months of the report.")
    d.date("February 2024", "2024-02")
    d.date("April 2024", "2024-04")
    d.date("14 March 2024", "2024-03-14")
    d.event("monitoring", "2024-04", None, "The Department for Education and NHS England will hold the first of their "
            "six-monthly stocktakes in April 2024")
    d.p("Independent chair: Professor Anne-Marie Trevelyan-Cole. Senior responsible officers: Catherine Baldry (local "
        "authority) and Sanjay Varsani, Director of Strategy and Partnerships (ICB).")
    d.person("Anne-Marie Trevelyan-Cole", "Independent chair", "other")
    d.person("Sanjay Varsani", "Director of Strategy and Partnerships (ICB)", "officer")
    d.h("4. Actions")

    def plan(code: str, rows: list[list[str]]):
        d.ruled([[code, "Action", "Lead", "By", "How we will know"]] + rows,
                [1.4 * cm, 6.2 * cm, 2.8 * cm, 2.0 * cm, 3.8 * cm])
        d.space(8)

    plan("APA1", [["1.1", "Commission additional autism and ADHD assessment capacity from an independent provider",
                   "ICB Head of Children's Commissioning", "Mar 2024", "Waiting list falls by a third"],
                  ["1.2", "Launch 'Waiting Well' offer: parent workshops, sleep and behaviour advice, named contact",
                   "Head of Early Help", "Apr 2024", "Families on list offered support: 90%"],
                  ["1.3", "Single neurodevelopmental pathway across CAMHS and community paediatrics", "Clinical "
                   "Director, SNEE Children's", "Sep 2024", "Median wait under 52 weeks"]])
    plan("APA2", [["2.1", "Recruit six further EHC coordinators and a quality lead", "Head of SEND Assessment",
                   "Feb 2024", "Posts filled"],
                  ["2.2", "Health advice tracker with the Designated Clinical Officer; escalation at week 6",
                   "Designated Clinical Officer", "Mar 2024", "Health advice in 6 weeks: 85%"],
                  ["2.3", "Annual review recovery: backlog cleared by phase", "Head of SEND Assessment",
                   "Dec 2024", "Reviews in time: 80%"]])
    plan("AFI1-3", [["3.1", "Rebuild the Local Offer website with Parent Carer Network", "Local Offer Manager",
                     "Jun 2024", "Family survey rating"],
                    ["3.2", "Preparing for Adulthood pathway from Year 9, with colleges", "PfA Lead", "Jul 2024",
                     "Year 9 reviews with PfA outcomes: 95%"],
                    ["3.3", "SEN support dashboard for schools and the partnership board", "Head of Performance",
                     "May 2024", "Dashboard live; termly report"]])
    for text, iso in [("Mar 2024", "2024-03"), ("Apr 2024", "2024-04"), ("Sep 2024", "2024-09"),
                      ("Feb 2024", "2024-02"), ("Dec 2024", "2024-12"), ("Jun 2024", "2024-06"),
                      ("Jul 2024", "2024-07"), ("May 2024", "2024-05")]:
        if all(x["start"] != iso for x in d.dates):
            d.date(text, iso)
    d.h("5. Measures of success")
    d.ruled([["Measure", "Baseline (Sep 2023)", "Target (Mar 2025)"],
             ["EHC plans issued within 20 weeks", "31%", "65%"],
             ["Median wait for autism assessment (weeks)", "96", "52"],
             ["Annual reviews completed on time", "44%", "80%"],
             ["Parents who feel listened to (survey)", "38%", "60%"],
             ["Year 11 leavers with SEND in education, employment or training", "88%", "93%"]],
            [9.2 * cm, 3.5 * cm, 3.5 * cm])
    d.date("Sep 2023", "2023-09")
    d.date("Mar 2025", "2025-03")
    d.h("6. Risks")
    d.ruled([["Risk", "Mitigation"],
             ["Recruitment of clinicians and EHC coordinators", "Regional workforce offer; agency cover in the interim"],
             ["High needs deficit", "Safety Valve conversations with the Department"],
             ["Family confidence slow to recover", "Monthly 'You said, we did' bulletins with Parent Carer Network"]],
            [6 * cm, 10.2 * cm])
    d.add(PageBreak())
    d.h("Annex 1: Profile of need")
    need_table(d, 8)
    d.space(8)
    area_table(d, ["Ipswich", "Felixstowe", "Lowestoft", "Bury St Edmunds", "Haverhill",
                   "Newmarket", "Stowmarket", "Sudbury", "Beccles", "Bungay", "Halesworth", "Woodbridge",
                   "Leiston", "Saxmundham", "Hadleigh", "Mildenhall", "Brandon"], 6, "Town")
    d.add(PageBreak())
    d.h("Annex 2: Inclusion indicators by school (anonymised)")
    school_table(d, 9, 32)
    d.p("Glossary: APA - area for priority action; AFI - area for improvement; SNEE - Suffolk and North East Essex; ICB - "
        "integrated care board; PfA - preparing for adulthood.", SMALL)
    return d


# ------------------------------------------------------------------------------------------------------------------
def south_tyneside_cabinet() -> Doc:
    rel = ("south-tyneside/round59-2021-09-15-cabinet/Local Area SEND Revisit Outcome - report and Appendix 1 Ofsted CQC "
           "letter.pdf")
    d = Doc(rel, {"council": "South Tyneside Council", "council_slug": "south-tyneside",
                  "committee": "Cabinet", "meeting_date": "2021-09-15",
                  "title": "Local Area SEND Revisit Outcome", "source_kind": "moderngov-document",
                  "url": "https://www.southtyneside.gov.uk/moderngov/documents/s139820/Local%20Area%20SEND%20Revisit%20"
                         "Outcome.pdf"},
            {"council": "South Tyneside Council", "committee": "Cabinet", "date": "2021-09-15"},
            "", "", "", page_label="Page {n} of {total}")
    d.footer_centre = "Public Report"
    d.p("<b>Public Report<br/>Cabinet</b>")
    d.ruled([["Committee Name and Date of Committee Meeting"],
             ["Cabinet - 15 September 2021"],
             ["Report Title"],
             ["Local Area Special Educational Needs and Disabilities (SEND) Revisit Outcome"],
             ["Is this a Key Decision and has it been included on the Forward Plan?"],
             ["No, but it has been included on the Forward Plan"],
             ["Strategic Director Approving Submission of the Report"],
             ["Miriam Oldroyd, Strategic Director of Children and Young People's Services"],
             ["Report Author(s)"],
             ["Claire Dunmore, Head of Inclusion<br/>claire.dunmore@southtyneside.gov.uk<br/>0191 424 6512"],
             ["Ward(s) Affected"], ["Borough-Wide"]], [16.2 * cm], header_rows=0, shade=[0, 2, 4, 6, 8, 10])
    d.date("15 September 2021", "2021-09-15")
    d.person("Miriam Oldroyd", "Strategic Director of Children and Young People's Services", "officer")
    d.person("Claire Dunmore", "Head of Inclusion", "officer", "claire.dunmore@southtyneside.gov.uk", "0191 424 6512")
    d.h("Report Summary")
    d.p("In March 2019 Ofsted and the Care Quality Commission (CQC) carried out a joint inspection of the local area "
        "of South Tyneside to judge how effectively it had implemented the SEND reforms. The inspection identified four "
        "significant weaknesses and the local area was required to produce a Written Statement of Action (WSoA). "
        "Ofsted and the CQC revisited South Tyneside between 22 and 24 June 2021 to decide whether the area had made "
        "sufficient progress. The outcome letter, published on 9 August 2021, is at Appendix 1.")
    d.date("March 2019", "2019-03")
    d.date("between 22 and 24 June 2021", "2021-06-22", "2021-06-24")
    d.date("9 August 2021", "2021-08-09")
    d.event("revisit", "2021-06-22", "2021-06-24", "Ofsted and the CQC revisited South Tyneside between 22 and 24 June "
            "2021 to decide whether the area had made sufficient progress.")
    d.event("revisit-outcome", "2021-08-09", None, "The outcome letter, published on 9 August 2021, is at Appendix "
            "1.")
    d.p("Inspectors found sufficient progress in three of the four areas. Because one area remains, the Department "
        "for Education (DfE) and NHS England require an Accelerated Progress Plan (APP), which must be submitted by "
        "15 October 2021.")
    d.date("15 October 2021", "2021-10-15")
    d.event("progress-plan", "2021-10-15", None, "an Accelerated Progress Plan (APP), which must be submitted by 15 "
            "October 2021")
    d.h("Recommendations")
    d.p("That Cabinet:")
    d.res("1.", "Notes the outcome of the Ofsted and CQC revisit of the local area, and the sufficient progress made "
          "in three of the four areas of significant weakness.", "recommendation", shown_label="1.")
    d.res("2.", "Endorses the approach to the Accelerated Progress Plan set out in section 3 of this report, and "
          "delegates approval of the final plan to the Strategic Director of Children and Young People's Services "
          "in consultation with the Cabinet Member for Children and Young People's Services.", "recommendation",
          shown_label="2.")
    d.res("3.", "Requests that progress against the Accelerated Progress Plan is reported to the People "
          "Select Committee in January 2022.", "recommendation", shown_label="3.")
    d.date("January 2022", "2022-01")
    d.h("List of Appendices Included")
    d.p("Appendix 1 &nbsp; Ofsted and CQC revisit letter, 9 August 2021<br/>Appendix 2 &nbsp; Initial Equality "
        "Screening Assessment<br/>Appendix 3 &nbsp; Carbon Impact Assessment")
    d.h("Background Papers")
    d.p("Ofsted/CQC Joint local area SEND inspection in South Tyneside, letter of 2 May 2019; South Tyneside Written Statement "
        "of Action, 2019.")
    d.date("2 May 2019", "2019-05-02")
    d.event("outcome-letter", "2019-05-02", None, "Ofsted/CQC Joint local area SEND inspection in South Tyneside, letter "
            "of 2 May 2019")
    d.p("Council Approval Required: No<br/>Exempt from the Press and Public: No")
    d.add(PageBreak())
    d.h("1. Background")
    d.num("1.1", "The joint inspection took place from 4 to 8 March 2019. The WSoA was submitted on 31 July 2019 "
          "and declared fit for purpose on 23 September 2019. Since then the Department for Education and NHS England "
          "have monitored progress, most recently at a review meeting on 11 March 2021.")
    d.date("from 4 to 8 March 2019", "2019-03-04", "2019-03-08")
    d.date("31 July 2019", "2019-07-31")
    d.date("23 September 2019", "2019-09-23")
    d.date("11 March 2021", "2021-03-11")
    d.event("inspection", "2019-03-04", "2019-03-08", "The joint inspection took place from 4 to 8 March 2019.")
    d.event("wsoa-submitted", "2019-07-31", None, "The WSoA was submitted on 31 July 2019")
    d.event("wsoa-approved", "2019-09-23", None, "declared fit for purpose on 23 September 2019")
    d.event("monitoring", "2021-03-11", None, "the Department for Education and NHS England have monitored progress, "
            "most recently at a review meeting on 11 March 2021")
    d.num("1.2", "The revisit was carried out by one of Her Majesty's Inspectors and a CQC children's services "
          "inspector. They met children and young people, parents and carers, and leaders from the council, NHS South Tyneside Clinical Commissioning Group (CCG), schools and colleges.")
    d.h("2. Key Issues")
    d.num("2.1", "The letter confirms that the area has made sufficient progress in improving co-production with "
          "families, the quality of EHC plans, and the local offer. Insufficient progress was found in the oversight "
          "of part-time timetables and exclusions of children with SEND.")
    d.num("2.2", "Since the revisit, the Inclusion Service has started weekly reviews of every part-time timetable "
          "and the South Tyneside Parent Carer Forum has co-designed a guide for families. Fixed-term exclusions of "
          "children with EHC plans fell from 212 in the autumn term to 164 in the summer term.")
    d.h("3. Options considered and recommended Proposal")
    d.num("3.1", "The APP will be a short plan focused on the single outstanding area, with quarterly review meetings "
          "with the DfE SEND adviser and NHS England, the first expected in January 2022. It will be agreed by the "
          "SEND Strategic Board on 12 October 2021 before submission.")
    d.date("12 October 2021", "2021-10-12")
    d.event("monitoring", "2022-01", None, "quarterly review meetings with the DfE SEND adviser and NHS England, the "
            "first expected in January 2022")
    d.event("progress-plan", "2021-10-12", None, "It will be agreed by the SEND Strategic Board on 12 October 2021 "
            "before submission.")
    d.h("4. Consultation on proposal")
    d.num("4.1", "South Tyneside Parent Carer Forum, headteachers through the Inclusion Partnership, and the CCG have "
          "been consulted on the draft APP between 16 August and 3 September 2021.")
    d.date("between 16 August and 3 September 2021", "2021-08-16", "2021-09-03")
    d.h("5. Timetable and Accountability for Implementing this Decision")
    d.num("5.1", "The Strategic Director will approve the final plan, to be submitted by 15 October 2021.")
    d.h("6. Financial and Procurement Advice and Implications")
    d.num("6.1", "There are no direct financial implications. Actions are funded from the High Needs Block and the "
          "Children and Young People's Services budget (Named officer: Paul Gedling, Head of Finance, CYPS).")
    d.person("Paul Gedling", "Head of Finance, CYPS", "officer")
    d.h("7. Legal Advice and Implications")
    d.num("7.1", "The Children and Families Act 2014 places duties on the local authority and the CCG. Failure to "
          "make progress may lead to the Secretary of State using powers of intervention (Named officer: Aisha Rahman, Head of Legal Services).")
    d.person("Aisha Rahman", "Head of Legal Services", "officer")
    d.h("8. Accountability")
    d.p("Approvals obtained on behalf of Statutory Officers:")
    d.ruled([["", "Named Officer", "Date"],
             ["Chief Executive", "Jonathan Eddowes", "06/09/21"],
             ["Strategic Director of Finance &amp; Customer Services (S.151 Officer)", "Fiona Lumsden", "03/09/21"],
             ["Assistant Director of Legal Services (Monitoring Officer)", "Martin Chisholm", "02/09/21"]],
            [9 * cm, 4.2 * cm, 3 * cm])
    d.date("06/09/21", "2021-09-06")
    d.date("03/09/21", "2021-09-03")
    d.date("02/09/21", "2021-09-02")
    d.person("Jonathan Eddowes", "Chief Executive", "officer")
    d.person("Fiona Lumsden", "Strategic Director of Finance & Customer Services (S.151 Officer)", "officer")
    d.person("Martin Chisholm", "Assistant Director of Legal Services (Monitoring Officer)", "officer")
    d.p("Report Author: Claire Dunmore, Head of Inclusion<br/>This report is published on the Council's website.")
    d.add(PageBreak())
    d.p("<b>Appendix 1</b>")
    d.p("Ofsted<br/>Piccadilly Gate<br/>Store Street<br/>Manchester M1 2WD", LETTER)
    d.p("9 August 2021", LETTER)
    d.p("Miriam Oldroyd, Strategic Director of Children and Young People's Services, South Tyneside Metropolitan Borough "
        "Council<br/>Gavin Tulip, Chief Officer, NHS South Tyneside CCG<br/>"
        "Karen Liddle, Local area nominated officer", LETTER)
    d.person("Gavin Tulip", "Chief Officer, NHS South Tyneside CCG", "officer")
    d.person("Karen Liddle", "Local area nominated officer", "officer")
    d.p("Dear Ms Oldroyd and Mr Tulip", LETTER)
    d.p("<b>Joint area SEND revisit in South Tyneside</b>", LETTER)
    d.p("Between 22 June 2021 and 24 June 2021, Ofsted and the Care Quality Commission (CQC) revisited the area of "
        "South Tyneside to decide whether sufficient progress has been made in addressing each of the areas of "
        "significant weakness identified in the initial inspection letter published on 2 May 2019.", LETTER)
    d.p("As a result of the findings of the initial inspection and in accordance with the Children Act 2004 "
        "(Joint Area Reviews) Regulations 2015, Her Majesty's Chief Inspector (HMCI) determined that a WSoA was "
        "required because of significant areas of weakness in the area's practice. HMCI determined that the local "
        "authority and the area's clinical commissioning group(s) were jointly responsible for submitting the "
        "written statement to Ofsted.", LETTER)
    d.p("The area has made sufficient progress in addressing three of the four significant weaknesses identified "
        "at the initial inspection. This letter outlines our findings from the revisit.", LETTER)
    d.p("The revisit was led by one of Her Majesty's Inspectors from Ofsted and a children's services inspector "
        "from the CQC. Inspectors spoke with children and young people with SEND, parents and carers, and local "
        "authority and National Health Service (NHS) officers.", LETTER)
    d.p("<b>Main findings</b>", LETTER_BOLD)
    findings = [
        ("The lack of meaningful engagement and co-production with parents and carers, leading to a widespread "
         "lack of confidence in the local area's ability to meet children's needs.", ["co-production"],
         "Leaders have worked with the parent carer forum to rebuild trust. Parents now sit on every workstream. "
         "The area has made sufficient progress in addressing this significant weakness."),
        ("The poor quality of EHC plans, including weak contributions from health and social care and outcomes "
         "that are not specific.", ["ehc-plans"],
         "Plans issued in the last year are clearer and more ambitious. The area has made sufficient progress in "
         "addressing this significant weakness."),
        ("The local offer is not well known, and the information it contains is out of date and hard to "
         "navigate.", ["local-offer"],
         "The refreshed local offer is well used and regularly updated. The area has made sufficient progress in "
         "addressing this significant weakness."),
        ("The high rates of exclusion and the extensive use of part-time timetables for children and young people "
         "with SEND, and the weak oversight of these by leaders.", ["inclusion-provision", "data-oversight"],
         "Leaders now know which pupils are on part-time timetables, but too many remain on them for long periods "
         "and exclusion rates are still high. The area has not made sufficient progress in addressing this "
         "significant weakness."),
    ]
    for text, themes, finding in findings:
        d.p("The area's leaders were required to address this significant weakness:", LETTER)
        d.weak(text, themes, marker="", style=ParagraphStyle("Quote59", parent=LETTER, leftIndent=24,
                                                               fontName="Times-Italic"))
        d.p(finding, LETTER)
    d.p("As not all the significant weaknesses have improved, it is for the DfE and NHS England to determine the "
        "next steps. Ofsted and the CQC will not carry out any further revisit unless directed to do so by the "
        "Secretary of State.", LETTER)
    d.p("Yours sincerely", LETTER)
    d.p("Bernadette Quayle<br/><b>Her Majesty's Inspector</b>", LETTER)
    d.ruled([["Ofsted", "Care Quality Commission"],
             ["Margaret Ellery<br/>National Director, Regulation and Social Care",
              "Rohan Desai<br/>Deputy Chief Inspector, Primary Medical Services, Children Health and Justice"],
             ["Bernadette Quayle<br/>HMI Lead Inspector", "Daniel Carrick<br/>CQC Children's Services Inspector"]],
            [8.1 * cm, 8.1 * cm])
    d.person("Bernadette Quayle", "Her Majesty's Inspector", "other")
    d.person("Margaret Ellery", "National Director, Regulation and Social Care", "other")
    d.person("Rohan Desai", "Deputy Chief Inspector, Primary Medical Services, Children Health and Justice",
             "other")
    d.person("Daniel Carrick", "CQC Children's Services Inspector", "other")
    d.p("cc: Department for Education; Department of Health and Social Care; NHS England", LETTER)
    d.add(PageBreak())
    d.p("<b>Appendix 2 - Initial Equality Screening Assessment (summary)</b>")
    d.ruled([["Name of policy, service or function", "Accelerated Progress Plan (local area SEND)"],
             ["Lead person", "Claire Dunmore"],
             ["Date of screening", "02/09/21"],
             ["Is an Equality Analysis required?", "No - the plan improves access for a protected group"]],
            [8.1 * cm, 8.1 * cm], header_rows=0)
    d.space(8)
    d.p("<b>Supporting data: exclusions and part-time timetables by locality</b>")
    area_table(d, ["Jarrow", "Hebburn", "South Shields Central", "Boldon", "Cleadon",
                   "Whitburn", "Westoe", "Harton", "Simonside", "Primrose"], 11)
    d.space(8)
    school_table(d, 4, 30)
    return d


# ------------------------------------------------------------------------------------------------------------------
def warrington_progress() -> Doc:
    rel = ("warrington/round59-2025-03-17-children-young-people-and-families-scrutiny-committee/Item 7 - Area SEND "
           "Improvement Plan - Progress Report.pdf")
    d = Doc(rel, {"council": "Warrington Borough Council", "council_slug": "warrington",
                  "committee": "Children, Young People and Families Scrutiny Committee", "meeting_date": "2025-03-17",
                  "title": "Area SEND Improvement Plan - Progress Report", "source_kind": "council-document",
                  "url": "https://www.warrington.gov.uk/sites/default/files/2025-03/item_7_send_improvement_plan_"
                         "progress.pdf"},
            {"council": "Warrington Borough Council",
             "committee": "Children, Young People and Families Scrutiny Committee", "date": "2025-03-17"},
            "Warrington Borough Council", "Children, Young People and Families Scrutiny Committee - 17.03.25",
            "OFFICIAL", page_label="{n}")
    d.date("17.03.25", "2025-03-17")
    d.title("Report to the Children, Young People and Families Scrutiny Committee")
    d.ruled([["Meeting date:", "17 March 2025"],
             ["Report of:", "Director of Education and Learning"],
             ["Report author:", "Marcus Oyelaran, Head of Inclusion and SEND<br/>Telephone 01925 442976<br/>"
              "Email moyelaran@warrington.gov.uk"],
             ["Executive Board Member:", "Councillor Joanne Pettifer, Children's Services"],
             ["Title:", "Area SEND Improvement Plan - six-month progress report"]],
            [5 * cm, 11.2 * cm], header_rows=0)
    d.person("Marcus Oyelaran", "Head of Inclusion and SEND", "officer", "moyelaran@warrington.gov.uk",
             "01925 442976")
    d.person("Joanne Pettifer", "Executive Board Member, Children's Services", "member")
    d.h("1. Purpose of the report")
    d.p("To update the Committee on the Warrington Local Area Partnership's progress against the SEND improvement "
        "plan written in response to the area SEND inspection of spring 2024, and on the Department for Education "
        "(DfE) and NHS England's first review of the plan.")
    d.h("2. Recommendation")
    d.p("It is recommended that the Committee notes the progress reported against each area for improvement in "
        "the tracker at Appendix 1 and identifies any areas it wishes to examine in more depth at a future meeting.")
    d.record_res(None, "It is recommended that the Committee notes the progress reported against each area for "
                 "improvement in the tracker at Appendix 1 and identifies any areas it wishes to examine in more "
                 "depth at a future meeting.", "recommendation")
    d.h("3. Background")
    d.p("3.1 &nbsp; Ofsted and the Care Quality Commission carried out an area SEND inspection in Warrington between "
        "29 April and 17 May 2024. The report, published on 14 June 2024, found that the partnership's arrangements "
        "lead to inconsistent experiences and outcomes for children and young people with SEND (the middle of the "
        "three possible outcomes).")
    d.date("between 29 April and 17 May 2024", "2024-04-29", "2024-05-17")
    d.date("14 June 2024", "2024-06-14")
    d.event("inspection", "2024-04-29", "2024-05-17", "Ofsted and the Care Quality Commission carried out an area "
            "SEND inspection in Warrington between 29 April and 17 May 2024.")
    d.event("outcome-letter", "2024-06-14", None, "The report, published on 14 June 2024")
    d.p("3.2 &nbsp; Inspectors asked the partnership to address five areas for improvement. In summary, leaders "
        "were told that they should:")
    afis = [
        ("improve the timeliness of EHC needs assessments, and make sure that health and social care advice is "
         "received on time and is of good quality", ["ehc-plans"]),
        ("reduce waiting times for speech and language therapy and for the neurodevelopmental pathway", [
            "health-services"]),
        ("make sure that the work of the partnership to co-produce with families reaches beyond the parent carer "
         "forum, so that more parents understand and influence the support on offer", ["co-production"]),
        ("strengthen the oversight of children and young people who are not in full-time education, including "
         "those on part-time timetables and those who are electively home educated", ["inclusion-provision",
                                                                                      "data-oversight"]),
        ("improve the training and support for school staff in identifying and meeting needs at SEN support",
         ["workforce", "identification"]),
    ]
    for text, themes in afis:
        d.weak(text, themes, marker="&ndash;")
    d.p("3.3 &nbsp; The partnership's improvement plan was agreed by the SEND Partnership Board on 23 August 2024 "
        "and published on the Local Offer on 2 September 2024. The plan was reported to this Committee on 11 "
        "November 2024, when members asked for a six-monthly report with a RAG-rated tracker.")
    d.date("23 August 2024", "2024-08-23")
    d.date("2 September 2024", "2024-09-02")
    d.date("11 November 2024", "2024-11-11")
    d.event("progress-plan", "2024-08-23", None, "The partnership's improvement plan was agreed by the SEND "
            "Partnership Board on 23 August 2024")
    d.event("progress-plan", "2024-09-02", None, "published on the Local Offer on 2 September 2024")
    d.h("4. DfE and NHS England review")
    d.p("4.1 &nbsp; The first review meeting with the DfE's SEND adviser (Rachel Ambrose) and NHS England's SEND "
        "lead (Tom Whitcombe) took place on 5 December 2024. Advisers judged progress to be on track for four "
        "areas, with waiting times for speech and language therapy the area of greatest concern. The next review "
        "is planned for 6 March 2025, and its outcome will be reported orally at the meeting.")
    d.date("5 December 2024", "2024-12-05")
    d.date("6 March 2025", "2025-03-06")
    d.event("monitoring", "2024-12-05", None, "The first review meeting with the DfE's SEND adviser (Rachel Ambrose) "
            "and NHS England's SEND lead (Tom Whitcombe) took place on 5 December 2024.")
    d.event("monitoring", "2025-03-06", None, "The next review is planned for 6 March 2025")
    d.person("Rachel Ambrose", "DfE SEND adviser", "officer")
    d.person("Tom Whitcombe", "NHS England SEND lead", "officer")
    d.h("5. Progress summary")
    d.p("5.1 &nbsp; Of the 24 actions in the plan, 9 are complete (blue), 11 on track (green), 3 at risk (amber) "
        "and 1 off track (red). EHC plans issued within 20 weeks rose from 41% in June 2024 to 63% in January 2025. "
        "Median waits for speech and language therapy rose over the winter to 39 weeks; Bridgewater Community "
        "Healthcare has recruited four therapists who start in April 2025.")
    d.date("June 2024", "2024-06")
    d.date("January 2025", "2025-01")
    d.date("April 2025", "2025-04")
    d.p("5.2 &nbsp; The Parent Carer Forum ran 'SEND Matters' roadshows in six localities in October 2024, reaching "
        "312 families, and its survey will be repeated in May 2025.")
    d.date("October 2024", "2024-10")
    d.date("May 2025", "2025-05")
    d.h("6. Implications")
    d.p("Financial: none beyond the agreed plan. Legal: the Children and Families Act 2014 duties continue. "
        "Equality: the plan improves outcomes for disabled children. Implications checked by Sunita Parmar "
        "(Finance Business Partner) and Owen Caldicott (Solicitor).")
    d.person("Sunita Parmar", "Finance Business Partner", "officer")
    d.person("Owen Caldicott", "Solicitor", "officer")
    d.h("7. Background papers")
    d.p("Area SEND inspection report, Warrington Local Area Partnership (Ofsted, June 2024); report to this "
        "Committee, 11 November 2024.")
    d.add(PageBreak())
    d.h("Appendix 1 - SEND Improvement Plan tracker (position at 28 February 2025)")
    d.date("28 February 2025", "2025-02-28")
    rows = [["Ref", "Action", "Owner", "Due", "RAG", "Update"]]
    spans = []
    tracker = {
        "AFI 1 - EHC assessment timeliness and advice": [
            ("1.1", "Additional EHC coordinators (4 FTE)", "Head of SEND", "Sep 2024", "Blue", "Appointed"),
            ("1.2", "Health advice requests via single portal", "DCO", "Nov 2024", "Blue", "Live"),
            ("1.3", "Social care advice quality audit", "Head of CWD", "Jan 2025", "Green", "First audit done"),
            ("1.4", "Annual review hub", "Head of SEND", "Jun 2025", "Green", "Pilot in 3 schools"),
            ("1.5", "Tribunal learning reviews", "SEND Casework Manager", "Mar 2025", "Green", "Two held")],
        "AFI 2 - Therapy and neurodevelopmental waits": [
            ("2.1", "SALT recruitment and skill mix", "Bridgewater", "Apr 2025", "Amber", "4 therapists start"),
            ("2.2", "Neurodevelopmental triage in schools", "ICB Place", "Jul 2025", "Amber", "Procurement late"),
            ("2.3", "Waiting well offer", "Early Help", "Dec 2024", "Blue", "Launched"),
            ("2.4", "Data sharing on waits with schools", "ICB Place", "Mar 2025", "Red", "IG agreement pending")],
        "AFI 3 - Co-production beyond the forum": [
            ("3.1", "Locality roadshows", "Parent Carer Forum", "Oct 2024", "Blue", "312 families"),
            ("3.2", "Young people's SEND council", "Participation Lead", "Feb 2025", "Green", "First meeting held"),
            ("3.3", "'You said, we did' bulletin", "Comms", "Bi-monthly", "Green", "Three issues"),
            ("3.4", "Co-production charter refreshed", "Board", "Nov 2024", "Blue", "Adopted")],
        "AFI 4 - Children not in full-time education": [
            ("4.1", "Part-time timetable register and weekly review", "Inclusion Team", "Sep 2024", "Blue", "In place"),
            ("4.2", "EHE children with EHC plans: annual visits", "EHE Officer", "Jan 2025", "Green", "86% visited"),
            ("4.3", "Alternative provision framework", "Commissioning", "Sep 2025", "Amber", "Market engagement"),
            ("4.4", "Children missing education: SEND flag", "Education Welfare", "Oct 2024", "Blue", "Done"),
            ("4.5", "Termly report to Partnership Board", "Performance", "Termly", "Green", "On track")],
        "AFI 5 - Workforce at SEN support": [
            ("5.1", "Ordinarily available provision guide", "Head of Inclusion", "Nov 2024", "Blue", "Published"),
            ("5.2", "SENCo network and induction", "SEND Advisory Team", "Jan 2025", "Green", "Termly"),
            ("5.3", "Graduated approach training (all schools)", "SEND Advisory Team", "Jul 2025", "Green",
             "41 schools"),
            ("5.4", "Early years inclusion fund", "Early Years", "Apr 2025", "Green", "Criteria agreed"),
            ("5.5", "Teaching assistant accreditation", "Warrington & Vale Royal College", "Dec 2025", "Green",
             "Cohort 1")],
    }
    for head, items in tracker.items():
        spans.append(len(rows))
        rows.append([head, "", "", "", "", ""])
        for item in items:
            rows.append(list(item))
    d.ruled(rows, [1.1 * cm, 5.4 * cm, 3 * cm, 1.9 * cm, 1.4 * cm, 3.4 * cm], spans=spans)
    for text, iso in [("Sep 2024", "2024-09"), ("Nov 2024", "2024-11"), ("Jan 2025", "2025-01"),
                      ("Jun 2025", "2025-06"), ("Mar 2025", "2025-03"), ("Apr 2025", "2025-04"),
                      ("Jul 2025", "2025-07"), ("Dec 2024", "2024-12"), ("Oct 2024", "2024-10"),
                      ("Feb 2025", "2025-02"), ("Sep 2025", "2025-09"), ("Dec 2025", "2025-12")]:
        if all(x["start"] != iso or x["end"] for x in d.dates):
            d.date(text, iso)
    d.add(PageBreak())
    d.h("Appendix 2 - Key performance indicators")
    d.ruled([["Indicator", "Jun 2024", "Sep 2024", "Dec 2024", "Jan 2025", "Target"],
             ["EHC plans in 20 weeks (rolling 12 months)", "41%", "48%", "58%", "63%", "70%"],
             ["Health advice in 6 weeks", "52%", "61%", "74%", "77%", "90%"],
             ["SALT median wait (weeks)", "31", "33", "37", "39", "18"],
             ["Pupils on part-time timetables (SEND)", "118", "96", "81", "77", "50"],
             ["Suspensions of pupils with EHC plans (term)", "204", "n/a", "171", "n/a", "150"]],
            [6.2 * cm, 2 * cm, 2 * cm, 2 * cm, 2 * cm, 2 * cm])
    d.space(8)
    d.h("Appendix 3 - Locality and school data")
    area_table(d, ["Birchwood", "Burtonwood", "Culcheth", "Great Sankey", "Latchford", "Lymm", "Orford", "Penketh",
                   "Poplars and Hulme", "Stockton Heath", "Westbrook", "Woolston"], 14, "Ward")
    d.space(8)
    need_table(d, 12)
    d.space(8)
    school_table(d, 7, 28)
    return d


# ------------------------------------------------------------------------------------------------------------------
def north_yorkshire_executive() -> Doc:
    rel = ("north-yorkshire/round59-2025-03-18-executive/Printed minutes Tuesday 18th February 2025 11.00 "
           "Executive.pdf")
    d = Doc(rel, {"council": "North Yorkshire Council", "council_slug": "north-yorkshire", "committee": "Executive",
                  "meeting_date": "2025-03-18", "title": "Printed minutes 18th February 2025",
                  "source_kind": "moderngov-document",
                  "url": "https://edemocracy.northyorks.gov.uk/documents/g10712/Printed%20minutes%20Tuesday%2018th-"
                         "Feb-2025%2011.00%20Executive.pdf"},
            {"council": "North Yorkshire Council", "committee": "Executive", "date": "2025-02-18"},
            "North Yorkshire Council", "Executive", "", page_label="{n}")
    d.title("North Yorkshire Council")
    d.h("Executive")
    d.p("Minutes of the meeting held on Tuesday, 18th February 2025 commencing at 11.00 am at County Hall, "
        "Northallerton.")
    d.date("Tuesday, 18th February 2025", "2025-02-18")
    d.p("Councillor Roger Kitching in the Chair, plus Councillors Philip Horsley, Edward Thirkell, Susan Laverack, Colin Readman, "
        "Alan Fothergill, Margaret Appleyard, Graham Dinsdale, Lucy Metcalfe and David Gaunt.")
    d.p("In attendance: Councillors Owen Pickersgill and Hazel Brigham.")
    d.p("Officers present: Nicholas Ormerod (Chief Executive), Elaine Tindall (Corporate Director, Children and Young "
        "People's Service), Martin Ackroyd (Corporate Director, Resources), Farah Siddique (Assistant Chief Executive, "
        "Legal and Democratic Services), Julie Hebden (Assistant Director, Education and Skills), Mark Sowerby "
        "(Head of SEND Strategic Planning and Resources) and Linda Rushworth (Principal Democratic Services Officer).")
    d.p("Other attendees: Dr Kathryn Ibbotson (Designated Medical Officer, Humber and North Yorkshire ICB) and Nicola Ridsdale (Chair, North Yorkshire Parent Carer Voice), for minute 412.")
    d.p("Apologies: Councillor Tom Wrightson.")
    for name, role in [("Roger Kitching", "Chair"), ("Philip Horsley", None), ("Edward Thirkell", None), ("Susan Laverack", None),
                       ("Colin Readman", None), ("Alan Fothergill", None), ("Margaret Appleyard", None),
                       ("Graham Dinsdale", None), ("Lucy Metcalfe", None), ("David Gaunt", None),
                       ("Owen Pickersgill", None), ("Hazel Brigham", None)]:
        d.person(name, role, "member")
    for name, role in [("Nicholas Ormerod", "Chief Executive"),
                       ("Elaine Tindall", "Corporate Director, Children and Young People's Service"),
                       ("Martin Ackroyd", "Corporate Director, Resources"),
                       ("Farah Siddique", "Assistant Chief Executive, Legal and Democratic Services"),
                       ("Julie Hebden", "Assistant Director, Education and Skills"),
                       ("Mark Sowerby", "Head of SEND Strategic Planning and Resources"),
                       ("Linda Rushworth", "Principal Democratic Services Officer"),
                       ("Kathryn Ibbotson", "Designated Medical Officer, Humber and North Yorkshire ICB")]:
        d.person(name, role, "officer")
    d.person("Nicola Ridsdale", "Chair, North Yorkshire Parent Carer Voice", "other")
    d.person("Tom Wrightson", None, "member")
    d.p("Copies of all documents considered are in the Minute Book", SMALL)
    d.p("<b>409 &nbsp; Apologies for Absence</b>", MINUTE)
    d.p("As listed above.")
    d.p("<b>410 &nbsp; Minutes of the Meeting held on 4 February 2025</b>", MINUTE)
    d.p("<b>Resolved</b> &ndash;")
    d.res(None, "That the Minutes of the meeting of the Executive held on 4 February 2025, having been printed and "
          "circulated, be taken as read and be confirmed and signed by the Chair as a correct record.",
          "resolution", style=BODY)
    d.date("4 February 2025", "2025-02-04")
    d.p("<b>411 &nbsp; Declarations of Interest</b>", MINUTE)
    d.p("Councillor Appleyard declared a non-registerable interest in minute 412 as a governor of a special school "
        "and remained in the room.")
    d.p("<b>412 &nbsp; Area SEND Inspection: Priority Action Plan</b>", MINUTE)
    d.p("Considered &ndash; A report of the Corporate Director, Children and Young People's Service seeking "
        "approval of the Priority Action Plan prepared with the Humber and North Yorkshire Integrated Care Board "
        "following the area SEND inspection.")
    d.p("Councillor Margaret Appleyard, Executive Member for Children and Families, introduced the report. She "
        "reminded Members that Ofsted and the CQC had inspected the North Yorkshire local area partnership from 30 "
        "September to 18 October 2024 and that the report, published on 2 December 2024, had found widespread "
        "and/or systemic failings leading to significant concerns about the experiences and outcomes of children "
        "and young people with SEND.")
    d.people[[p["name"] for p in d.people].index("Margaret Appleyard")]["role"] = "Executive Member for Children and Families"
    d.date("from 30 September to 18 October 2024", "2024-09-30", "2024-10-18")
    d.date("2 December 2024", "2024-12-02")
    d.event("inspection", "2024-09-30", "2024-10-18", "Ofsted and the CQC had inspected the North Yorkshire local "
            "area partnership from 30 September to 18 October 2024")
    d.event("outcome-letter", "2024-12-02", None, "the report, published on 2 December 2024")
    d.p("The Corporate Director explained that the report had set out two areas for priority action, which the plan "
        "must address, and four areas for improvement. The areas for priority action were that leaders should take "
        "urgent action (a) to reduce the time taken to complete EHC needs assessments and issue plans, which in "
        "2023 left most families waiting far beyond 20 weeks, and (b) to make sure that children and young people "
        "who are unable to attend school because of their needs receive suitable full-time education without "
        "delay. The four areas for improvement concerned the commissioning of alternative provision, waiting "
        "times for the autism assessment pathway in the east of the county, the quality of preparation for "
        "adulthood in annual reviews from Year 9, and the consistency of the graduated approach in mainstream "
        "schools.")
    d.record_weak("to reduce the time taken to complete EHC needs assessments and issue plans, which in 2023 left "
                  "most families waiting far beyond 20 weeks", ["ehc-plans"])
    d.record_weak("to make sure that children and young people who are unable to attend school because of their "
                  "needs receive suitable full-time education without delay", ["inclusion-provision"])
    for text, themes in [("the commissioning of alternative provision", ["joint-commissioning", "inclusion-provision"]),
                         ("waiting times for the autism assessment pathway in the east of the county",
                          ["health-services"]),
                         ("the quality of preparation for adulthood in annual reviews from Year 9",
                          ["preparing-for-adulthood"]),
                         ("the consistency of the graduated approach in mainstream schools",
                          ["identification", "inclusion-provision"])]:
        d.record_weak(text, themes)
    d.p("The plan had to be submitted to Ofsted within 70 working days of the report, that is by 20 February 2025. "
        "It had been endorsed by the ICB Board on 12 February 2025 and by the SEND Partnership Board on 13 "
        "February 2025. The Department for Education and NHS England would hold the first stocktake in May 2025, "
        "and Ofsted would carry out a monitoring inspection, usually within eighteen months.")
    d.date("20 February 2025", "2025-02-20")
    d.date("12 February 2025", "2025-02-12")
    d.date("13 February 2025", "2025-02-13")
    d.date("May 2025", "2025-05")
    d.event("progress-plan", "2025-02-20", None, "The plan had to be submitted to Ofsted within 70 working days of "
            "the report, that is by 20 February 2025.")
    d.event("progress-plan", "2025-02-12", None, "It had been endorsed by the ICB Board on 12 February 2025")
    d.event("progress-plan", "2025-02-13", None, "and by the SEND Partnership Board on 13 February 2025")
    d.event("monitoring", "2025-05", None, "The Department for Education and NHS England would hold the first "
            "stocktake in May 2025")
    d.p("Dr Ibbotson said the ICB had agreed non-recurrent funding of &pound;1.2m for assessment capacity. Nicola Ridsdale "
        "welcomed the candour of the plan but said families would judge it on whether their children were in "
        "school. In response to questions from Councillor Pickersgill, the Assistant Director said that 214 children "
        "with EHC plans were without a school place at the end of January 2025, against 296 in September 2024.")
    d.date("January 2025", "2025-01")
    d.date("September 2024", "2024-09")
    d.p("Councillor Horsley proposed an additional recommendation, seconded by Councillor Metcalfe, that the Overview "
        "and Scrutiny Committee be asked to review progress in July 2025. This was agreed.")
    d.date("July 2025", "2025-07")
    d.p("<b>Resolved</b> &ndash; That the Executive:")
    d.res("(i)", "approves the Priority Action Plan at Appendix A for submission to Ofsted by 20 February 2025;",
          "resolution")
    d.res("(ii)", "notes the additional investment from the Dedicated Schools Grant and the ICB set out in paragraph 7 "
          "of the report;", "resolution")
    d.res("(iii)", "delegates to the Corporate Director, Children and Young People's Service, in consultation with the "
          "Executive Member for Children and Families, authority to make minor amendments to the plan following "
          "feedback from Ofsted; and", "resolution")
    d.res("(iv)", "asks the Children and Families Overview and Scrutiny Committee to review progress against the plan "
          "at its meeting in July 2025.", "resolution")
    d.p("<b>413 &nbsp; Revenue Budget 2025/26 and Medium Term Financial Strategy</b>", MINUTE)
    d.p("Considered &ndash; A report of the Corporate Director, Resources, recommending the budget for 2025/26 to "
        "Full Council on 19 February 2025.")
    d.date("19 February 2025", "2025-02-19")
    d.p("Councillor Horsley introduced the report. Members noted that the high needs block forecast an in-year deficit "
        "of &pound;14.7m and that the statutory override for the Dedicated Schools Grant was due to end in March "
        "2026.")
    d.date("March 2026", "2026-03")
    d.p("<b>Resolved</b> &ndash; That the recommendations in the report be commended to Full Council.")
    d.record_res(None, "That the recommendations in the report be commended to Full Council.", "resolution")
    d.p("<b>414 &nbsp; Home to School Transport Policy 2026/27 - consultation outcome</b>", MINUTE)
    d.p("Considered &ndash; A report of the Corporate Director, Environment. The consultation ran from 28 October "
        "to 9 December 2024 and received 1,406 responses, 41% from families of children with SEND.")
    d.date("from 28 October to 9 December 2024", "2024-10-28", "2024-12-09")
    d.p("<b>Resolved</b> &ndash;")
    d.res("(a)", "That the revised Home to School Transport Policy be approved with effect from 1 September 2026.",
          "resolution")
    d.res("(b)", "That the Corporate Director, Environment, in consultation with the Executive Member for Highways and "
          "Transportation, be authorised to publish the policy and the guidance for families by 31 March 2025.",
          "resolution")
    d.date("1 September 2026", "2026-09-01")
    d.date("31 March 2025", "2025-03-31")
    d.p("<b>415 &nbsp; Forward Plan</b>", MINUTE)
    d.p("Considered &ndash; The Forward Plan for the period 17 February 2025 to 28 February 2026.")
    d.date("17 February 2025 to 28 February 2026", "2025-02-17", "2026-02-28")
    d.p("<b>Resolved</b> &ndash; That the Forward Plan be noted.")
    d.record_res(None, "That the Forward Plan be noted.", "resolution")
    d.p("The meeting concluded at 12.47 pm.")
    d.p("MC")
    d.add(PageBreak())
    d.h("Appendix to minute 412: Priority Action Plan - summary of workstreams (as tabled)")
    d.ruled([["Workstream", "Headline actions", "Lead", "First milestone"],
             ["APA 1: EHC assessment", "Assessment recovery team; education psychology locums; health advice "
              "escalation", "Head of SEND Assessment", "Apr 2025"],
             ["APA 2: Children out of school", "Daily tracker of children without a place; interim tuition offer; "
              "special school expansion at Selby and Scarborough", "Assistant Director, Inclusion", "Mar 2025"],
             ["AFI: alternative provision", "AP commissioning framework", "Head of Commissioning", "Sep 2025"],
             ["AFI: autism pathway", "Additional assessment capacity in the east", "ICB", "Jun 2025"],
             ["AFI: preparing for adulthood", "Year 9 annual review standard", "PfA Lead", "Sep 2025"],
             ["AFI: graduated approach", "Ordinarily available provision refresh", "Head of Inclusion",
              "Nov 2025"]], [3.8 * cm, 6.6 * cm, 3.4 * cm, 2.4 * cm])
    for text, iso in [("Apr 2025", "2025-04"), ("Mar 2025", "2025-03"), ("Sep 2025", "2025-09"),
                      ("Jun 2025", "2025-06"), ("Nov 2025", "2025-11")]:
        d.date(text, iso)
    d.space(8)
    d.h("Children with EHC plans without a school place, by locality")
    area_table(d, ["Craven", "Hambleton", "Harrogate", "Richmondshire", "Ryedale", "Scarborough", "Selby",
                   "Whitby", "Northallerton", "Skipton", "Ripon", "Knaresborough"], 21)
    d.space(8)
    need_table(d, 16)
    d.space(8)
    school_table(d, 12, 30)
    return d


# ------------------------------------------------------------------------------------------------------------------
def leicestershire_cabinet() -> Doc:
    rel = ("leicestershire/round59-2019-03-19-cabinet/Local Area SEND Inspection - Written Statement of Action - report and "
           "appendices.pdf")
    d = Doc(rel, {"council": "Leicestershire County Council", "council_slug": "leicestershire", "committee": "Cabinet",
                  "meeting_date": "2019-03-19", "title": "Local Area SEND Inspection - Written Statement of Action",
                  "source_kind": "moderngov-document",
                  "url": "https://politics.leics.gov.uk/documents/s92417/Local%20Area%20SEND%20Inspection%20WSoA.pdf"},
            {"council": "Leicestershire County Council", "committee": "Cabinet", "date": "2019-03-19"},
            "", "", "", page_label="{n}")
    d.ruled([["Report to:", "Cabinet", "Date of Meeting:", "Tuesday 19 March 2019"],
             ["Subject:", "Local Area SEND Inspection - Written Statement of Action", "", ""],
             ["Report of:", "Director of Children and Family Services", "Wards Affected:", "All Wards"],
             ["Portfolio:", "Lead Member for Children and Family Services", "", ""],
             ["Is this a Key Decision:", "Yes", "Included in Forward Plan:", "Yes"],
             ["Exempt / Confidential Report:", "No", "", ""]], [3.6 * cm, 5.4 * cm, 3.6 * cm, 3.6 * cm],
            header_rows=0)
    d.date("Tuesday 19 March 2019", "2019-03-19")
    d.h("Summary:")
    d.p("To inform Cabinet of the outcome of the joint Ofsted and Care Quality Commission (CQC) inspection of the "
        "Leicestershire local area's effectiveness in identifying and meeting the needs of children and young people with "
        "special educational needs and/or disabilities (SEND), which took place between 26th and 30th November 2018, "
        "and to seek approval of the Written Statement of Action (WSoA) that the local area must submit in "
        "response.")
    d.date("between 26th and 30th November 2018", "2018-11-26", "2018-11-30")
    d.event("inspection", "2018-11-26", "2018-11-30", "the joint Ofsted and Care Quality Commission (CQC) inspection "
            "of the Leicestershire local area ... which took place between 26th and 30th November 2018")
    d.h("Recommendation(s):")
    d.p("Cabinet is recommended to:")
    d.res("(1)", "note the findings of the joint local area SEND inspection set out in the letter from Ofsted and the "
          "CQC at Appendix A;", "recommendation")
    d.res("(2)", "approve the Written Statement of Action at Appendix B for submission to Ofsted by 30 April 2019, "
          "jointly with West Leicestershire Clinical Commissioning Group and East Leicestershire and Rutland "
          "Clinical Commissioning Group;", "recommendation")
    d.res("(3)", "authorise the Director of Children and Family Services, in consultation with the Lead Member for Children and Family "
          "Services, to make any amendments to the WSoA required following comments from the Department for "
          "Education and NHS England before submission; and", "recommendation")
    d.res("(4)", "request six-monthly reports on progress to the Children and Families Overview and "
          "Scrutiny Committee, the first in November 2019.", "recommendation")
    d.date("30 April 2019", "2019-04-30")
    d.date("November 2019", "2019-11")
    d.event("wsoa-submitted", "2019-04-30", None, "approve the Written Statement of Action at Appendix B for "
            "submission to Ofsted by 30 April 2019")
    d.h("Reasons for the Recommendation(s):")
    d.p("The Children Act 2004 (Joint Area Reviews) Regulations 2015 require the local authority and the clinical "
        "commissioning groups to submit a WSoA within 70 working days of the publication of the inspection letter.")
    d.h("Alternative Options Considered and Rejected:")
    d.p("None. The WSoA is a statutory requirement.")
    d.h("What will it cost and how will it be financed?")
    d.p("(A) Revenue Costs: the WSoA is funded from existing budgets, the High Needs Block and a one-off contribution "
        "of &pound;350,000 from the CCGs. (B) Capital Costs: none.")
    d.h("Implications of the Proposals:")
    d.p("Legal Implications: set out in the Reasons above. Equality Implications: the WSoA is intended to improve "
        "outcomes for disabled children and young people. Contribution to the Strategic Plan: the WSoA supports the "
        "outcomes of keeping people safe and well and improving opportunities for all.")
    d.h("What consultations have taken place on the proposals and when?")
    d.p("(A) Internal Consultations: the Director of Corporate Resources (FD 5571/19) "
        "and the Director of Law and Governance (LD 4762/19) have been consulted and any comments have been "
        "incorporated into the report. (B) External Consultations: Leicestershire Parent Carer Forum, headteachers and the "
        "CCGs contributed at co-production events on 19 and 26 February 2019.")
    d.date("19", "2019-02-19")
    d.date("26 February 2019", "2019-02-26")
    d.h("Implementation Date for the Decision")
    d.p("Following the expiry of the \"call-in\" period for the Minutes of the Cabinet meeting.")
    d.ruled([["Contact Officer:", "Sarah Wigston"],
             ["Telephone Number:", "0116 305 7136"],
             ["Email Address:", "sarah.wigston@leics.gov.uk"]], [5 * cm, 11.2 * cm], header_rows=0)
    d.person("Sarah Wigston", "Contact Officer", "officer", "sarah.wigston@leics.gov.uk", "0116 305 7136")
    d.h("Appendices:")
    d.p("A. Ofsted/CQC inspection outcome letter (summary of findings)<br/>B. Written Statement of Action (summary)"
        "<br/>C. Local area data")
    d.h("Background Papers:")
    d.p("There are no background papers available for inspection.")
    d.h("1. Introduction/Background")
    d.num("1.1", "The inspection was carried out by a team of three inspectors: an Ofsted HMI, an Ofsted Inspector "
          "and a CQC children's services inspector. The outcome letter was published on 25th January 2019 and "
          "required a WSoA because of significant concerns about the effectiveness of the local area.")
    d.date("25th January 2019", "2019-01-25")
    d.event("outcome-letter", "2019-01-25", None, "The outcome letter was published on 25th January 2019")
    d.num("1.2", "Inspectors found some strengths, including the commitment of special schools, the short breaks "
          "offer and the work of the Leicestershire Parent Carer Forum. They also found six significant weaknesses, set out "
          "in full at Appendix A.")
    d.num("1.3", "The WSoA has been developed with the CCGs and families. It is structured around five priorities, "
          "each led by a named senior officer, and will be overseen by a new SEND Continuous Improvement Board "
          "chaired by the Chief Executive, meeting for the first time on 2 April 2019.")
    d.date("2 April 2019", "2019-04-02")
    d.num("1.4", "Once the WSoA is accepted, the Department for Education and NHS England will monitor progress "
          "through regular review meetings, the first expected in September 2019. Ofsted and the CQC may revisit "
          "the local area to assess progress.")
    d.date("September 2019", "2019-09")
    d.event("monitoring", "2019-09", None, "the Department for Education and NHS England will monitor progress "
            "through regular review meetings, the first expected in September 2019")
    d.add(PageBreak())
    d.h("Appendix A: Areas of significant weakness identified by inspectors")
    d.p("The letter of 25th January 2019 stated that the local area must produce and submit a Written Statement of "
        "Action to Ofsted that explains how it will tackle the following areas of significant weakness:")
    rows = [["", "Area of significant weakness", "WSoA priority", "Lead"]]
    items = [
        ("1", "The lack of a clear, shared strategy for SEND across education, health and care, and weak "
              "strategic leadership of the reforms", ["leadership-governance"], "P1", "Director of Children and Family Services"),
        ("2", "Ineffective joint commissioning arrangements, which have led to gaps in services, particularly for "
              "children and young people with social, emotional and mental health needs", ["joint-commissioning"],
         "P2", "CCG Chief Officer"),
        ("3", "Unacceptable waiting times for assessment on the autism and ADHD pathways and for speech and "
              "language therapy", ["health-services"], "P2", "CCG Chief Officer"),
        ("4", "The poor timeliness and quality of EHC plans, and the weak contribution of health and social care "
              "to assessments", ["ehc-plans"], "P3", "Head of Inclusion"),
        ("5", "Weak engagement and communication with parents and carers, many of whom lack confidence in the "
              "local area", ["co-production"], "P4", "Head of Communities"),
        ("6", "The local offer is underdeveloped and is not used by parents, carers or professionals", [
            "local-offer"], "P5", "Head of Inclusion"),
    ]
    for n, text, themes, pri, lead in items:
        rows.append([n, text, pri, lead])
        d.record_weak(text, themes)
    d.ruled(rows, [0.8 * cm, 9.8 * cm, 2 * cm, 3.6 * cm])
    d.space(8)
    d.p("The inspectors were: Jennifer Hardcastle HMI (lead), Olusegun Adeyemi (Ofsted Inspector) and Paula "
        "Brightwell (CQC Children's Services Inspector).")
    d.person("Jennifer Hardcastle", "HMI (lead)", "other")
    d.person("Olusegun Adeyemi", "Ofsted Inspector", "other")
    d.person("Paula Brightwell", "CQC Children's Services Inspector", "other")
    d.h("Appendix B: Written Statement of Action - summary of priorities and actions")
    d.ruled([["Priority", "Actions (summary)", "Lead officer", "By"],
             ["P1 Strategy and leadership", "Co-produced SEND strategy; SEND Continuous Improvement Board; joint "
              "self-evaluation", "Helen Stapleford, Director of Children and Family Services", "Jul 2019"],
             ["P2 Joint commissioning and health waits", "Joint commissioning plan; ASD/ADHD waiting list "
              "initiative; SALT recruitment", "Gareth Mountford, Managing Director, West Leicestershire "
              "CCG", "Dec 2019"],
             ["P3 EHC plans", "Assessment team restructure; multi-agency audit; health advice within six weeks",
              "Nadia Keswick, Head of Inclusion", "Oct 2019"],
             ["P4 Engagement", "Parent Carer Forum partnership agreement; termly 'SEND Together' events", "Colin Bramwell, Head of Communities", "Jun 2019"],
             ["P5 Local offer", "New local offer website co-designed with families", "Nadia Keswick", "Jan 2020"]],
            [3.6 * cm, 6.4 * cm, 4.2 * cm, 2 * cm])
    for text, iso in [("Jul 2019", "2019-07"), ("Dec 2019", "2019-12"), ("Oct 2019", "2019-10"),
                      ("Jun 2019", "2019-06"), ("Jan 2020", "2020-01")]:
        d.date(text, iso)
    d.person("Helen Stapleford", "Director of Children and Family Services", "officer")
    d.person("Gareth Mountford", "Managing Director, West Leicestershire CCG", "officer")
    d.person("Nadia Keswick", "Head of Inclusion", "officer")
    d.person("Colin Bramwell", "Head of Communities", "officer")
    d.space(8)
    d.h("WSoA timeline")
    d.ruled([["Milestone", "Date"],
             ["Inspection", "26/11/2018 - 30/11/2018"],
             ["Outcome letter published", "25/01/2019"],
             ["Co-production events", "19/02/2019 and 26/02/2019"],
             ["Cabinet approval", "19/03/2019"],
             ["SEND Continuous Improvement Board first meeting", "02/04/2019"],
             ["Submission to Ofsted (deadline)", "30/04/2019"]], [10 * cm, 6.2 * cm])
    d.add(PageBreak())
    d.h("Appendix C: Local area data")
    area_table(d, ["Blaby", "Charnwood", "Harborough", "Hinckley and Bosworth", "Melton", "North West Leicestershire",
                   "Oadby and Wigston", "Loughborough", "Coalville", "Market Harborough", "Lutterworth", "Shepshed"], 9, "District / town")
    d.space(8)
    need_table(d, 3)
    d.space(8)
    school_table(d, 15, 30)
    return d


DOCUMENTS = [northumberland_pack, suffolk_pap, south_tyneside_cabinet, warrington_progress, north_yorkshire_executive,
             leicestershire_cabinet]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
