"""Write the long printed documents of the held-out round 63 (reportlab), and their gold.

Round 63 is a blind batch of LONG PDFs (5 to 8 pages), written with their gold before any extractor ran on them:
printed minutes of a cabinet committee on a statutory direction (Kent, 2016 framework); a committee report with the
Written Statement of Action appended (Hartlepool, 2016 framework); an Ofsted/CQC outcome letter behind a scrutiny
cover sheet (Essex, 2023 framework); an Accelerated Progress Plan progress report with a tracker (Durham, 2016
framework); printed minutes of a health and wellbeing board (Ealing, 2023 framework); and a Cabinet report with a
priority action plan appended (Cumberland, 2023 framework). Invented text, fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round63_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles, two_columns  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("63", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
MINUTE, NUM_PARA, LETTER, LETTER_BOLD, LETTER_BULLET = S.minute, S.num_para, S.letter, S.letter_bold, S.letter_bullet
CENTRE, INDENT, SUB, PLAN = S.centre, S.indent, S.sub, S.plan_cell


class Doc(LongDoc):
    """A round 63 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#D9E2EC", "#EEF2F6", "#F3F3F3")
    # weaknesses whose first occurrence is a two-column table that pdfplumber reads interleaved with its other
    # column (the kit then finds only the later, full-width repetition): text -> page, checked by hand
    first_pages: dict[str, int] = {}

    def write_gold(self):
        import json

        out = super().write_gold()
        if self.first_pages:
            gold = json.loads(out.read_text())
            for item in gold["weaknesses"]:
                item["page"] = self.first_pages.get(item["text"], item["page"])
            out.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        return out


NEEDS = ["Autistic spectrum disorder", "Speech, language and communication needs", "Social, emotional and mental "
         "health", "Moderate learning difficulty", "Severe learning difficulty", "Profound and multiple learning "
         "difficulty", "Specific learning difficulty", "Physical disability", "Hearing impairment",
         "Visual impairment", "Other difficulty or disability"]
SCHOOLS = ["Ashdown", "Beechcroft", "Castleview", "Dene Park", "Eastbrook", "Foxhill", "Greenacre", "Holmewood",
           "Ingleby", "Juniper", "Kirkstead", "Linthorpe", "Moorside", "Newlands", "Oakwood", "Pinewood",
           "Quarry Bank", "Rowan", "Saltwell", "Tanfield", "Underhill", "Valley Road", "Wharton", "Yewtree"]


def need_table(d: Doc, seed: int):
    rows = [["Primary need", "EHC plans", "Share %", "SEN support", "Share %"]]
    for i, need in enumerate(NEEDS):
        a, b = 30 + (i * 173 + seed * 11) % 690, 60 + (i * 233 + seed * 5) % 1350
        rows.append([need, str(a), f"{(a % 26) + 1}.{i}", str(b), f"{(b % 21) + 1}.{(i * 3) % 10}"])
    d.ruled(rows, [6.6 * cm, 2.3 * cm, 2 * cm, 2.6 * cm, 2.5 * cm])


def school_table(d: Doc, seed: int, rows_n: int = 22):
    rows = [["School", "Phase", "On roll", "SEN support %", "EHC plan %", "Suspensions", "Part-time timetables"]]
    for i in range(rows_n):
        rows.append([f"{SCHOOLS[(i + seed) % len(SCHOOLS)]} {'Primary' if i % 3 else 'Academy'}",
                     "Primary" if i % 3 else "Secondary", str(170 + (i * 89 + seed * 41) % 1150),
                     f"{9 + (i * 7 + seed) % 11}.{(i * 3) % 10}", f"{1 + (i * 5 + seed) % 5}.{(i * 7) % 10}",
                     str((i * 13 + seed) % 19), str((i * 7 + seed) % 6)])
    d.ruled(rows, [4.2 * cm, 1.9 * cm, 1.6 * cm, 2 * cm, 1.9 * cm, 2.2 * cm, 2.4 * cm])


def area_table(d: Doc, names: list[str], seed: int, label: str = "Area"):
    rows = [[label, "Children with EHC plan", "SEN support", "New requests (year)", "Issued in 20 weeks %",
             "Mainstream %"]]
    for i, name in enumerate(names):
        rows.append([name, str(105 + (i * 61 + seed * 17) % 430), str(370 + (i * 131 + seed) % 860),
                     str(16 + (i * 29 + seed) % 88), f"{26 + (i * 13 + seed) % 63}", f"{35 + (i * 7 + seed) % 42}"])
    d.ruled(rows, [3.8 * cm, 2.4 * cm, 2.2 * cm, 2.6 * cm, 2.6 * cm, 2.4 * cm])


# ------------------------------------------------------------------------------------------------------------------
def kent_minutes() -> Doc:
    rel = ("kent/round63-2023-07-11-childrens-young-people-and-education-cabinet-committee/Minutes of the meeting "
           "of 16 May 2023.pdf")
    d = Doc(rel, {"council": "Kent County Council", "council_slug": "kent",
                  "committee": "Children's, Young People and Education Cabinet Committee",
                  "meeting_date": "2023-07-11", "title": "Minutes of the meeting of 16 May 2023",
                  "source_kind": "moderngov-document",
                  "url": "https://democracy.kent.gov.uk/documents/g9231/Printed%20minutes%2016th-May-2023.pdf"},
            {"council": "Kent County Council", "committee": "Children's, Young People and Education Cabinet Committee",
             "date": "2023-05-16"},
            "KENT COUNTY COUNCIL", "", "")
    d.title("KENT COUNTY COUNCIL")
    d.p("<b>CHILDREN'S, YOUNG PEOPLE AND EDUCATION CABINET COMMITTEE</b>")
    d.p("MINUTES of a meeting of the Children's, Young People and Education Cabinet Committee held in the Council "
        "Chamber, Sessions House, County Hall, Maidstone on Tuesday, 16 May 2023.")
    d.date("Tuesday, 16 May 2023", "2023-05-16")
    d.p("PRESENT: Mr D L Ashworth (Chair), Mrs P M Beresford (Vice-Chairman), Mr M Callender, Mrs S Dyer, "
        "Mr P Eldridge-Mohan, Ms K Fairweather, Mr J Gosling, Mr T Hannaford, Mrs L Illingworth, Mr R Jessop and "
        "Mrs C Kettle")
    for name in ["Mr D L Ashworth", "Mrs P M Beresford", "Mr M Callender", "Mrs S Dyer", "Mr P Eldridge-Mohan",
                 "Ms K Fairweather", "Mr J Gosling", "Mr T Hannaford", "Mrs L Illingworth", "Mr R Jessop",
                 "Mrs C Kettle"]:
        role = {"Mr D L Ashworth": "Chair", "Mrs P M Beresford": "Vice-Chairman"}.get(name)
        d.person(name, role, "member")
    d.p("ALSO PRESENT: Mr N Lockyer (Cabinet Member for Education and Skills) and Mrs V Marchetti (Deputy Cabinet "
        "Member for Education and Skills)")
    d.person("Mr N Lockyer", "Cabinet Member for Education and Skills", "member")
    d.person("Mrs V Marchetti", "Deputy Cabinet Member for Education and Skills", "member")
    d.p("IN ATTENDANCE: Ms H Norwood (Corporate Director Children, Young People and Education), Mr G Oyelaran "
        "(Director of Education and SEN), Mrs A Pettifer (Assistant Director, SEN Improvement), Dr F Quayle "
        "(Director of Children's Commissioning, NHS Kent and Medway), Mr S Rendall (Interim Director, Integrated "
        "Children's Services) and Mrs J Sowerby (Democratic Services Officer)")
    for name, role in [("Ms H Norwood", "Corporate Director Children, Young People and Education"),
                       ("Mr G Oyelaran", "Director of Education and SEN"),
                       ("Mrs A Pettifer", "Assistant Director, SEN Improvement"),
                       ("Dr F Quayle", "Director of Children's Commissioning, NHS Kent and Medway"),
                       ("Mr S Rendall", "Interim Director, Integrated Children's Services"),
                       ("Mrs J Sowerby", "Democratic Services Officer")]:
        d.person(name, role, "officer")
    d.p("<b>UNRESTRICTED ITEMS</b>", CENTRE)

    d.p("<b>141. Apologies and Substitutes</b><br/>(Item 2)", MINUTE)
    d.p("1. Apologies had been received from Mr W Tranter and Ms E Upcott. Mr J Gosling was present as a substitute "
        "for Mr Tranter.")
    d.person("Mr W Tranter", None, "member")
    d.person("Ms E Upcott", None, "member")
    d.p("<b>142. Declarations of Interests by Members in items on the agenda</b><br/>(Item 3)", MINUTE)
    d.p("1. Mrs Dyer declared that she was a governor of a special school in Swale. Mr Hannaford declared that a "
        "close family member had an Education, Health and Care Plan.")
    d.p("<b>143. Minutes of the meeting held on 7 March 2023</b><br/>(Item 4)", MINUTE)
    d.date("7 March 2023", "2023-03-07")
    d.p("1. Mr Callender asked that minute 131(3) be amended to show that the figure he had quoted related to "
        "mainstream places only. Subject to that correction it was")
    d.res(None, "RESOLVED that the minutes of the meeting held on 7 March 2023 are correctly recorded and that "
                "they be signed by the Chair.", "resolution", style=BODY)
    d.p("<b>144. Verbal updates by Cabinet Members and Corporate Director</b><br/>(Item 5)", MINUTE)
    d.p("1. Mr Lockyer gave a verbal update on the following:")
    d.p("(a) The annual SENCO conference, attended by more than 300 school staff at the Kent Event Centre, where "
        "the new Kent Mainstream Core Standards had been launched.", INDENT)
    d.p("(b) Secondary national offer day, 1 March 2023, on which 88.6% of Kent applicants had been offered a "
        "place at one of their four preferred schools.", INDENT)
    d.date("1 March 2023", "2023-03-01")
    d.p("(c) Visits he had made to two new specialist resource provisions, opening in September 2023 at schools "
        "in Dartford and Ashford.", INDENT)
    d.date("September 2023", "2023-09")
    d.p("2. Ms Norwood updated the Committee on recruitment to the new SEN area teams, 46 of whose 58 posts had "
        "been filled, and on the appointment of an interim Director of Integrated Children's Services.")
    d.p("3. RESOLVED that the verbal updates be noted.")
    d.record_res(None, "RESOLVED that the verbal updates be noted.", "resolution")

    d.p("<b>145. Special Educational Needs and Disabilities: Statutory Direction and Accelerated Progress Plan"
        "</b><br/>(Item 6)", MINUTE)
    d.p("1. Mr Oyelaran introduced the report, which set out the position following the Ofsted and Care Quality "
        "Commission revisit of the Kent local area, which took place from 26 to 30 September 2022. The revisit "
        "letter, published on 30 November 2022, found that the area had not made sufficient progress in addressing "
        "any of the nine significant weaknesses identified at the joint inspection of 21 to 25 January 2019, the "
        "report of which was published on 18 March 2019.")
    d.date("26 to 30 September 2022", "2022-09-26", "2022-09-30")
    d.date("30 November 2022", "2022-11-30")
    d.date("21 to 25 January 2019", "2019-01-21", "2019-01-25")
    d.date("18 March 2019", "2019-03-18")
    d.event("revisit", "2022-09-26", "2022-09-30",
            "the Ofsted and Care Quality Commission revisit of the Kent local area, which took place from 26 to 30 "
            "September 2022")
    d.event("revisit-outcome", "2022-11-30", None, "The revisit letter, published on 30 November 2022")
    d.event("inspection", "2019-01-21", "2019-01-25", "the joint inspection of 21 to 25 January 2019")
    d.event("outcome-letter", "2019-03-18", None, "the report of which was published on 18 March 2019")
    d.p("2. Following the revisit, the Minister for Children, Families and Wellbeing had issued a Statutory "
        "Direction to the Council on 29 March 2023 under section 497A(4B) of the Education Act 1996. The Direction "
        "required the Council to co-operate with the Department for Education and the Commissioner appointed by the "
        "Secretary of State, and to produce an Accelerated Progress Plan jointly with NHS Kent and Medway. The plan "
        "must be submitted to the Department by 30 June 2023.")
    d.date("29 March 2023", "2023-03-29")
    d.date("30 June 2023", "2023-06-30")
    d.event("statutory-direction", "2023-03-29", None,
            "the Minister for Children, Families and Wellbeing had issued a Statutory Direction to the Council on "
            "29 March 2023")
    d.event("progress-plan", "2023-06-30", None, "The plan must be submitted to the Department by 30 June 2023.")
    d.p("3. Mrs Pettifer reminded Members that the weaknesses which the Accelerated Progress Plan must address "
        "were, as set out in the 2019 letter:")
    for label, text, themes in [
            ("(a)", "the local area's strategy for SEND is not well understood by parents, schools or staff, and "
                    "leaders have not communicated it effectively", ["leadership-governance", "co-production"]),
            ("(b)", "the disconnect between the local area's leaders and families, and the lack of trust and "
                    "confidence among parents and carers", ["co-production"]),
            ("(c)", "the inconsistent quality of EHC plans, and the poor contribution to them from health and "
                    "social care", ["ehc-plans"]),
            ("(d)", "the variable quality of provision in mainstream schools and the over-reliance on specialist "
                    "and independent placements", ["inclusion-provision"]),
            ("(e)", "the high rates of exclusion and the use of part-time timetables for pupils with SEND",
             ["inclusion-provision"]),
            ("(f)", "long waiting times for neurodevelopmental assessments and for children and young people "
                    "needing therapy", ["health-services"]),
            ("(g)", "weaknesses in joint commissioning, which mean that gaps in services are not identified or "
                    "addressed", ["joint-commissioning"]),
            ("(h)", "the lack of a coherent approach to preparing young people for adulthood",
             ["preparing-for-adulthood"]),
            ("(i)", "ineffective monitoring of the quality of provision and of outcomes achieved by children and "
                    "young people with SEND", ["data-oversight"])]:
        d.weak(text, themes, marker=label, style=HANG)
    d.p("4. Dr Quayle set out the health contribution to the plan, including a single neurodevelopmental pathway "
        "for 0 to 25 year olds to be in place by April 2024, and an additional 14 speech and language therapists "
        "recruited since January 2023.")
    d.date("April 2024", "2024-04")
    d.date("January 2023", "2023-01")
    d.p("5. The Chair invited the Kent PACT parent carer forum to address the Committee. Mrs R Vardy, its "
        "co-chair, said that parents wanted to see the plan change what happened at the annual review, not only "
        "the numbers of plans issued on time.")
    d.person("Mrs R Vardy", "co-chair, Kent PACT parent carer forum", "other")
    d.p("6. In response to questions from Members, officers said that:")
    for text in [
            "the Commissioner, Mr K Whitlock, had met the Leader and Corporate Director on three occasions and would "
            "report to the Minister each quarter;",
            "the first formal review of progress against the plan by the Department and NHS England was expected "
            "in October 2023, with six-monthly reviews after that;",
            "the backlog of annual reviews stood at 4,112 at the end of April 2023, down from 5,870 in "
            "November 2022; and",
            "the SEND Improvement Board would be chaired by the Commissioner and would meet monthly from June "
            "2023."]:
        d.p("&bull; " + text, BULLET)
    d.person("Mr K Whitlock", "Commissioner", "other")
    d.date("October 2023", "2023-10")
    d.event("monitoring", "2023-10", None,
            "the first formal review of progress against the plan by the Department and NHS England was expected "
            "in October 2023")
    d.date("April 2023", "2023-04")
    d.date("November 2022", "2022-11")
    d.date("June 2023", "2023-06")
    d.p("7. Mr Jessop proposed and Mrs Illingworth seconded that the Committee ask for a monthly written briefing "
        "on the backlog of annual reviews. The motion was put to the vote and was lost.")
    d.p("8. RESOLVED that the Committee:")
    for label, text in [
            ("(a)", "note the Statutory Direction issued to the Council and the requirements it sets out;"),
            ("(b)", "endorse the approach to the development of the Accelerated Progress Plan, as set out in "
                    "section 5 of the report;"),
            ("(c)", "ask that the draft plan be shared with Members of the Committee before it is submitted to "
                    "the Department; and"),
            ("(d)", "receive a report on progress against the plan at each of its meetings until further notice.")]:
        d.res(label, text, "resolution")

    d.p("<b>146. 23/00041 - Proposed expansion of Hillview School for Girls, Tonbridge</b><br/>(Item 7)", MINUTE)
    d.p("1. Mr Oyelaran introduced the report, which proposed the permanent expansion of the school from 210 to "
        "240 places in Year 7 from September 2024, following a public consultation which ran from 9 January to "
        "10 February 2023.")
    d.date("September 2024", "2024-09")
    d.date("9 January to 10 February 2023", "2023-01-09", "2023-02-10")
    d.p("2. RESOLVED that the decision proposed to be taken by the Cabinet Member for Education and Skills, to "
        "issue a public notice to expand the school and, subject to no objections being received, to expand it, "
        "be endorsed.")
    d.record_res(None, "RESOLVED that the decision proposed to be taken by the Cabinet Member for Education and "
                       "Skills, to issue a public notice to expand the school and, subject to no objections being "
                       "received, to expand it, be endorsed.", "resolution")
    d.p("<b>147. Performance Monitoring</b><br/>(Item 8)", MINUTE)
    d.p("1. Mr Rendall introduced the Children, Young People and Education performance scorecard, with data to "
        "the end of March 2023. Of the 31 key performance indicators, 14 were rated green, 9 amber and 8 red. "
        "The percentage of EHC plans issued within 20 weeks was 38%, against a target of 60%.")
    d.date("March 2023", "2023-03")
    d.p("2. RESOLVED that the performance scorecard be noted.")
    d.record_res(None, "RESOLVED that the performance scorecard be noted.", "resolution")
    d.p("<b>148. Work Programme 2023/24</b><br/>(Item 9)", MINUTE)
    d.p("1. Members asked that the annual report of the Virtual School Kent be added to the programme for the "
        "meeting on 11 July 2023.")
    d.date("11 July 2023", "2023-07-11")
    d.p("2. RESOLVED that, subject to that addition, the work programme for 2023/24 be agreed.")
    d.record_res(None, "RESOLVED that, subject to that addition, the work programme for 2023/24 be agreed.",
                 "resolution")
    d.p("The meeting closed at 12.48 pm.")
    d.add(PageBreak())
    d.h("Annex to minute 147: scorecard extract (SEN)")
    d.ruled([["Indicator", "Target", "Previous", "Latest", "RAG"],
             ["EHC plans issued within 20 weeks (rolling 12 months) %", "60", "33", "38", "Red"],
             ["Annual reviews completed within timescale %", "50", "19", "24", "Red"],
             ["Children with EHC plan in mainstream %", "45", "37", "38", "Amber"],
             ["Pupils with EHC plan permanently excluded (number)", "0", "6", "4", "Amber"],
             ["Tribunal appeals lodged (rolling 12 months)", "300", "512", "488", "Red"],
             ["Parents satisfied with EHC needs assessment process %", "60", "31", "36", "Red"],
             ["Children in independent non-maintained special schools", "1,300", "1,611", "1,584", "Red"],
             ["Young people with EHC plan in education, employment or training at 17 %", "85", "79", "81",
              "Amber"]],
            [8.2 * cm, 1.7 * cm, 1.9 * cm, 1.7 * cm, 1.7 * cm])
    d.space(8)
    need_table(d, 3)
    d.space(8)
    area_table(d, ["Ashford", "Canterbury", "Dartford", "Dover", "Folkestone and Hythe", "Gravesham", "Maidstone",
                   "Sevenoaks", "Swale", "Thanet", "Tonbridge and Malling", "Tunbridge Wells"], 5, "District")
    d.space(8)
    school_table(d, 2, 24)
    return d


# ------------------------------------------------------------------------------------------------------------------
HARTLEPOOL_WEAK = [
    ("The timeliness and quality of EHC plans, including the contribution made to them by health and social care "
     "professionals.", ["ehc-plans"]),
    ("The lack of a jointly agreed strategy for SEND across education, health and social care, and weak "
     "arrangements for joint commissioning.", ["leadership-governance", "joint-commissioning"]),
    ("Parents' and carers' limited involvement in shaping services and their low confidence in the local area's "
     "ability to meet their children's needs.", ["co-production"]),
    ("The long waits for an assessment for autism spectrum disorder and for children's occupational therapy.",
     ["health-services"]),
]


def hartlepool_wsoa() -> Doc:
    rel = ("hartlepool/round63-2019-03-12-childrens-services-committee/Written Statement of Action - report and "
           "Appendix 1.pdf")
    d = Doc(rel, {"council": "Hartlepool Borough Council", "council_slug": "hartlepool",
                  "committee": "Children's Services Committee", "meeting_date": "2019-03-12",
                  "title": "Written Statement of Action - report and Appendix 1", "source_kind": "moderngov-document",
                  "url": "https://hartlepool.moderngov.co.uk/documents/s4412/6.1%20WSoA%20report%20and%20appendix.pdf"},
            {"council": "Hartlepool Borough Council", "committee": "Children's Services Committee",
             "date": "2019-03-12"},
            "Children's Services Committee - 12 March 2019", "6.1", "Hartlepool Borough Council",
            page_label="{n}")
    d.date("12 March 2019", "2019-03-12")
    d.p("<b>CHILDREN'S SERVICES COMMITTEE</b>", CENTRE)
    d.p("<b>12 March 2019</b>", CENTRE)
    d.ruled([["Report of:", "Director of Children's and Joint Commissioning Services"],
             ["Subject:", "LOCAL AREA SEND INSPECTION - WRITTEN STATEMENT OF ACTION"]],
            [3.5 * cm, 12.6 * cm], header_rows=0)
    d.h("1. TYPE OF DECISION/APPLICABLE CATEGORY")
    d.num("1.1", "Non key decision.")
    d.h("2. PURPOSE OF REPORT")
    d.num("2.1", "To present to Members the Written Statement of Action (WSoA) prepared jointly by the Council and "
                 "NHS Hartlepool and Stockton-on-Tees Clinical Commissioning Group in response to the local area "
                 "SEND inspection, and to seek approval for its submission to Ofsted.")
    d.h("3. BACKGROUND")
    d.num("3.1", "Ofsted and the Care Quality Commission carried out a joint inspection of the local area of "
                 "Hartlepool during the week of 15 October 2018 to 19 October 2018, to judge the effectiveness of "
                 "the area in implementing the special educational needs and disability reforms set out in the "
                 "Children and Families Act 2014.")
    d.date("15 October 2018 to 19 October 2018", "2018-10-15", "2018-10-19")
    d.event("inspection", "2018-10-15", "2018-10-19",
            "Ofsted and the Care Quality Commission carried out a joint inspection of the local area of Hartlepool "
            "during the week of 15 October 2018 to 19 October 2018")
    d.num("3.2", "The outcome letter was published on 10 December 2018 and was reported to this Committee on "
                 "15 January 2019. Inspectors identified a number of strengths, including the quality of the "
                 "early years inclusion team and the commitment of special school leaders, but found four areas "
                 "of significant weakness in the local area's practice:")
    d.date("10 December 2018", "2018-12-10")
    d.date("15 January 2019", "2019-01-15")
    d.event("outcome-letter", "2018-12-10", None, "The outcome letter was published on 10 December 2018")
    for i, (text, themes) in enumerate(HARTLEPOOL_WEAK):
        d.weak(text, themes, marker=f"{i + 1}.", style=HANG)
    d.num("3.3", "Because of these weaknesses, Her Majesty's Chief Inspector determined that a Written Statement "
                 "of Action is required. The Council and the CCG are jointly responsible for it, and it must be "
                 "submitted to Ofsted no later than 22 March 2019, 70 working days after the letter's "
                 "publication.")
    d.date("22 March 2019", "2019-03-22")
    d.event("wsoa-submitted", "2019-03-22", None,
            "it must be submitted to Ofsted no later than 22 March 2019")
    d.num("3.4", "The draft was shaped at three co-production events with Hartlepool Parent Carer Forum, held on "
                 "24 January 2019, 7 February 2019 and 21 February 2019, and at a session with the young people of the "
                 "Hartlepool Youth Council. The SEND Strategic Partnership Board agreed the draft on 28 February "
                 "2019.")
    d.date("24 January 2019", "2019-01-24")
    d.date("7 February 2019", "2019-02-07")
    d.date("21 February 2019", "2019-02-21")
    d.date("28 February 2019", "2019-02-28")
    d.h("4. PROPOSALS")
    d.num("4.1", "The WSoA (Appendix 1) sets out, for each area of weakness, the actions to be taken, the lead "
                 "officer, the timescale and the measures by which progress will be judged. Progress will be "
                 "overseen by a SEND Improvement Group reporting to the Board, and monitored by the Department for "
                 "Education and NHS England.")
    d.h("5. RISK IMPLICATIONS")
    d.num("5.1", "If the WSoA is not judged fit for purpose, it must be revised and resubmitted, and further "
                 "intervention from the Department for Education is possible.")
    d.h("6. FINANCIAL CONSIDERATIONS")
    d.num("6.1", "The actions will be met from existing budgets, including the High Needs Block, and from a "
                 "contribution of &pound;180,000 from the CCG in 2019/20.")
    d.h("7. LEGAL CONSIDERATIONS")
    d.num("7.1", "The Children and Families Act 2014 and the SEND Code of Practice place joint duties on the "
                 "Council and the CCG to commission services for children and young people with SEND.")
    d.h("8. CHILD AND FAMILY POVERTY, EQUALITY AND DIVERSITY CONSIDERATIONS")
    d.num("8.1", "There are no equality or diversity implications beyond those described in the report.")
    d.h("9. RECOMMENDATIONS")
    d.res("9.1", "Members note the outcome of the local area SEND inspection and the work undertaken with parents "
                 "and partners to prepare the Written Statement of Action.", "recommendation", style=NUM_PARA)
    d.res("9.2", "Members approve the Written Statement of Action at Appendix 1 for submission to Ofsted and the "
                 "Care Quality Commission.", "recommendation", style=NUM_PARA)
    d.res("9.3", "Members receive six-monthly reports on progress against the Written Statement of Action.",
          "recommendation", style=NUM_PARA)
    d.h("10. REASONS FOR RECOMMENDATIONS")
    d.num("10.1", "The submission of the WSoA is a statutory requirement following the inspection.")
    d.h("11. BACKGROUND PAPERS")
    d.num("11.1", "Ofsted and CQC letter, Joint local area SEND inspection in Hartlepool, 10 December 2018.")
    d.h("12. CONTACT OFFICERS")
    d.p("Janine Orrell-Beck<br/>Director of Children's and Joint Commissioning Services<br/>Level 4, Civic Centre"
        "<br/>Hartlepool TS24 8AY<br/>Tel: 01429 523732<br/>E-mail: janine.orrell-beck@hartlepool.gov.uk")
    d.person("Janine Orrell-Beck", "Director of Children's and Joint Commissioning Services", "officer",
             "janine.orrell-beck@hartlepool.gov.uk", "01429 523732")
    d.p("Declan Mayhew<br/>Head of Inclusion and SEND<br/>Tel: 01429 523914<br/>"
        "E-mail: declan.mayhew@hartlepool.gov.uk")
    d.person("Declan Mayhew", "Head of Inclusion and SEND", "officer", "declan.mayhew@hartlepool.gov.uk",
             "01429 523914")
    d.add(PageBreak())
    # ---- Appendix 1: the WSoA ----
    d.p("<b>APPENDIX 1</b>", CENTRE)
    d.title("Hartlepool Local Area Written Statement of Action")
    d.p("Hartlepool Borough Council and NHS Hartlepool and Stockton-on-Tees Clinical Commissioning Group")
    d.h("Foreword")
    d.p("We accept the findings of the inspection in full. Families told inspectors that they had to fight for "
        "help, and we are sorry that this has been their experience. This statement sets out what we will do, "
        "together, to put it right, and how families will be able to see the difference.")
    d.ruled([["Councillor Brenda Lightfoot", "Sally Greenhalgh", "Dr Marcus Tennant"],
             ["Chair, Children's Services Committee", "Director of Children's and Joint Commissioning Services "
              "(Deputy)", "Chief Officer, NHS Hartlepool and Stockton-on-Tees CCG"]],
            [5.4 * cm, 5.4 * cm, 5.4 * cm], header_rows=0)
    d.person("Brenda Lightfoot", "Chair, Children's Services Committee", "member")
    d.person("Sally Greenhalgh", "Director of Children's and Joint Commissioning Services (Deputy)", "officer")
    d.person("Marcus Tennant", "Chief Officer, NHS Hartlepool and Stockton-on-Tees CCG", "officer")
    d.h("Governance and monitoring")
    d.p("The SEND Improvement Group, chaired by the Director of Children's and Joint Commissioning Services, will "
        "meet monthly from April 2019 and report to each meeting of the SEND Strategic Partnership Board. The "
        "first formal monitoring visit by the Department for Education and NHS England is expected in September "
        "2019.")
    d.date("April 2019", "2019-04")
    d.date("September 2019", "2019-09")
    d.event("monitoring", "2019-09", None,
            "The first formal monitoring visit by the Department for Education and NHS England is expected in "
            "September 2019.")
    for iso in ["2019-06", "2019-07", "2019-10", "2019-12", "2020-03"]:
        label = {"2019-06": "Jun 2019", "2019-07": "Jul 2019", "2019-10": "Oct 2019", "2019-12": "Dec 2019",
                 "2020-03": "Mar 2020"}[iso]
        d.date(label, iso)
    actions = [
        [("1.1", "Introduce a multi-agency EHC panel with health and social care representation each week",
          "Head of Inclusion and SEND", "Apr 2019"),
         ("1.2", "Quality assure a tenth of new plans each month against an agreed audit tool", "SEND Manager",
          "Jun 2019"),
         ("1.3", "Train health and social care staff in writing outcome-focused advice", "Designated Clinical "
          "Officer", "Oct 2019")],
        [("2.1", "Agree a joint SEND strategy with the CCG, schools and the Parent Carer Forum", "Director",
          "Jul 2019"),
         ("2.2", "Produce a joint commissioning plan based on a refreshed needs analysis", "Head of Joint "
          "Commissioning", "Dec 2019")],
        [("3.1", "Co-produce a parent participation charter with Hartlepool Parent Carer Forum", "Participation "
          "Lead", "Jun 2019"),
         ("3.2", "Publish a 'you said, we did' summary each term on the Local Offer", "SEND Manager", "Oct 2019")],
        [("4.1", "Commission additional autism assessment capacity to clear the waiting list", "CCG Head of "
          "Commissioning", "Oct 2019"),
         ("4.2", "Reduce the wait for occupational therapy to 18 weeks", "Provider Service Manager", "Mar 2020")]]
    for i, ((text, _themes), rows) in enumerate(zip(HARTLEPOOL_WEAK, actions)):
        d.h(f"Area of significant weakness {i + 1}")
        d.ruled([[text]], [16.2 * cm], header_rows=0, shade=[0])
        d.space(4)
        d.ruled([["Ref", "Action", "Lead", "By"]] + [list(r) for r in rows],
                [1.2 * cm, 9 * cm, 3.9 * cm, 2.1 * cm])
        d.p("<b>How we will know:</b> " + [
            "at least 60% of new plans issued within 20 weeks, and 80% of audited plans judged good or better.",
            "a published joint strategy and commissioning plan, with a jointly funded post in place.",
            "parents' confidence, measured by the Forum's annual survey, rises by 15 percentage points.",
            "no child waits more than 18 weeks for an autism assessment."][i])
    d.space(8)
    need_table(d, 9)
    d.space(8)
    area_table(d, ["Burn Valley", "De Bruce", "Fens and Greatham", "Foggy Furze", "Hart", "Headland and Harbour",
                   "Jesmond", "Manor House", "Rossmere", "Rural West", "Seaton", "Victoria"], 8, "Ward")
    return d


# ------------------------------------------------------------------------------------------------------------------
def essex_letter() -> Doc:
    rel = ("essex/round63-2025-04-10-people-and-families-policy-and-scrutiny-committee/PAF-08-25 Appendix - Area "
           "SEND inspection report.pdf")
    d = Doc(rel, {"council": "Essex County Council", "council_slug": "essex",
                  "committee": "People and Families Policy and Scrutiny Committee", "meeting_date": "2025-04-10",
                  "title": "PAF/08/25 Appendix - Area SEND inspection report", "source_kind": "cmis-document",
                  "url": "https://cmis.essex.gov.uk/essexcmis5/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=PAF0825"},
            {"council": "Essex County Council", "committee": "People and Families Policy and Scrutiny Committee",
             "date": "2025-04-10"},
            "Essex County Council", "PAF/08/25", "")
    d.date("10 April 2025", "2025-04-10")
    d.ruled([["Reference Number: PAF/08/25", ""],
             ["Report title: Area SEND inspection of Essex - outcome", ""],
             ["Report to: People and Families Policy and Scrutiny Committee", ""],
             ["Report author: Councillor Imogen Pargeter, Cabinet Member for Education Excellence, Lifelong "
              "Learning and Employability", ""],
             ["Date: 10 April 2025", "For: Discussion"],
             ["Enquiries to: Craig Hollinshead, Director, SEND Strategy and Innovation, "
              "craig.hollinshead@essex.gov.uk", ""],
             ["County Divisions affected: All Essex", ""]],
            [11.2 * cm, 5 * cm], header_rows=0)
    d.person("Imogen Pargeter", "Cabinet Member for Education Excellence, Lifelong Learning and Employability",
             "member")
    d.person("Craig Hollinshead", "Director, SEND Strategy and Innovation", "officer",
             "craig.hollinshead@essex.gov.uk")
    d.h("1. Introduction")
    d.num("1.1", "Ofsted and the Care Quality Commission inspected the Essex local area partnership's arrangements "
                 "for children and young people with special educational needs and/or disabilities in January "
                 "2025. The report was published on 14 March 2025 and is attached as the Appendix.")
    d.date("January 2025", "2025-01")
    d.date("14 March 2025", "2025-03-14")
    d.event("outcome-letter", "2025-03-14", None, "The report was published on 14 March 2025")
    d.num("1.2", "The partnership received the middle of the three possible outcomes. Under the framework, the "
                 "partnership must update and publish its strategic plan, and Ofsted and CQC will carry out the "
                 "next full inspection within approximately three years.")
    d.h("2. Action required")
    d.num("2.1", "The Committee is asked to consider the report and the partnership's response, and to identify "
                 "any matters on which it wishes to receive a further report.")
    d.record_res("2.1", "The Committee is asked to consider the report and the partnership's response, and to "
                        "identify any matters on which it wishes to receive a further report.", "recommendation")
    d.h("3. Background and proposal")
    d.num("3.1", "The partnership's updated SEND Strategy and Improvement Plan will be agreed by the Essex SEND "
                 "Partnership Board on 21 May 2025 and published on the Local Offer by 30 May 2025.")
    d.date("21 May 2025", "2025-05-21")
    d.date("30 May 2025", "2025-05-30")
    d.event("progress-plan", "2025-05-21", None,
            "The partnership's updated SEND Strategy and Improvement Plan will be agreed by the Essex SEND "
            "Partnership Board on 21 May 2025")
    d.event("progress-plan", "2025-05-30", None, "published on the Local Offer by 30 May 2025")
    d.num("3.2", "Members will be aware that the previous inspection, under the 2016 framework, did not require a "
                 "written statement of action. Cabinet will consider the annual SEND sufficiency report on "
                 "20 May 2025.")
    d.date("20 May 2025", "2025-05-20")
    d.h("4. List of appendices")
    d.p("Appendix: Ofsted and CQC, Area SEND inspection of Essex Local Area Partnership (report published "
        "14 March 2025).")
    d.add(PageBreak())
    # ---- the report ----
    d.p("<b>Area SEND inspection of Essex Local Area Partnership</b>", LETTER)
    d.p("Inspection dates: 13 to 24 January 2025", LETTER)
    d.date("13 to 24 January 2025", "2025-01-13", "2025-01-24")
    d.event("inspection", "2025-01-13", "2025-01-24", "Inspection dates: 13 to 24 January 2025")
    d.p("Dates of previous inspection: 4 to 8 February 2019", LETTER)
    d.date("4 to 8 February 2019", "2019-02-04", "2019-02-08")
    d.event("inspection", "2019-02-04", "2019-02-08", "Dates of previous inspection: 4 to 8 February 2019")
    d.p("<b>Inspection outcome</b>", LETTER_BOLD)
    d.p("The local area partnership's special educational needs and/or disabilities (SEND) arrangements lead to "
        "inconsistent experiences and outcomes for children and young people with SEND. The local area "
        "partnership must work jointly to make improvements.", LETTER)
    d.p("The next full reinspection will be within approximately three years. Ofsted and CQC ask that the local "
        "area partnership updates and publishes its strategic plan based on the recommendations set out in this "
        "report.", LETTER)
    d.p("<b>Information about the local area partnership</b>", LETTER_BOLD)
    d.p("Essex County Council and NHS Mid and South Essex, NHS Hertfordshire and West Essex and NHS Suffolk and "
        "North East Essex Integrated Care Boards are jointly responsible for the planning and commissioning of "
        "services for children and young people with SEND in Essex. The local authority commissions a range of "
        "alternative provision, and its four quadrants each have an inclusion partnership of schools.", LETTER)
    d.p("<b>What is it like to be a child or young person with SEND in this area?</b>", LETTER_BOLD)
    d.p("Many children and young people with SEND in Essex have their needs identified early and go on to make "
        "good progress. Young children benefit from the early years SEND inclusion funding and the work of "
        "specialist teachers in nurseries. However, the experience of children and young people varies too much "
        "across the county. Some families wait too long for their child's needs to be assessed, and some plans "
        "do not describe those needs accurately. Older children who attend school part time, or who do not "
        "attend at all, are not always known to leaders quickly enough.", LETTER)
    d.p("Young people speak highly of the supported internships offered by the county's colleges. Since "
        "September 2023, the number of young people with an EHC plan in paid employment at 20 has risen. "
        "Children who use short breaks enjoy them and their parents value them.", LETTER)
    d.date("September 2023", "2023-09")
    d.p("<b>What is the area partnership doing that is effective?</b>", LETTER_BOLD)
    for text in ["Leaders share an accurate understanding of the area's strengths and weaknesses, informed by "
                 "the views of children, young people and families.",
                 "Health visitors and early years practitioners identify needs early, and the integrated review at "
                 "two years is well embedded.",
                 "The Essex Family Forum is an equal partner on the SEND Partnership Board, and its members "
                 "helped to redesign the annual review process.",
                 "Practitioners in the preparing for adulthood team know the young people they work with well."]:
        d.p("&bull; " + text, LETTER_BULLET)
    d.p("<b>What does the area partnership need to do better?</b>", LETTER_BOLD)
    d.p("Too many EHC plans are not issued within the statutory time limit, and the quality of plans is "
        "inconsistent. Waiting times for neurodevelopmental assessment are too long in the south of the county. "
        "Leaders do not have a clear enough oversight of children who are on part-time timetables.", LETTER)
    d.p("<b>Areas for improvement</b>", LETTER_BOLD)
    afi = [
        ("Leaders across the partnership should improve the timeliness of EHC needs assessments and ensure that "
         "the advice from health and social care practitioners is of consistently high quality, so that plans "
         "accurately reflect children's needs.", ["ehc-plans"]),
        ("Integrated care board leaders should work with providers to reduce waiting times for autism and ADHD "
         "assessments in the south of the county, and ensure that families are supported while they wait.",
         ["health-services"]),
        ("The local authority should strengthen its oversight of children and young people with SEND who are "
         "on part-time timetables, are missing education or are in unregistered alternative provision.",
         ["data-oversight", "inclusion-provision"]),
        ("Leaders should ensure that the local offer is up to date and easy for families to use, so that "
         "families know what support is available without an EHC plan.", ["local-offer"])]
    d.ruled([["Areas for improvement"]] + [[t] for t, _ in afi], [16.2 * cm])
    for t, themes in afi:
        d.record_weak(t, themes)
    d.p("<b>Local area partnership details</b>", LETTER_BOLD)
    d.ruled([["Local authority", "Integrated care boards"],
             ["Essex County Council", "NHS Mid and South Essex Integrated Care Board"],
             ["Nadia Whitcombe, Director of Children's Services", "Hamish Prowse, Executive Chief Nurse"],
             ["www.essex.gov.uk", "NHS Hertfordshire and West Essex; NHS Suffolk and North East Essex"]],
            [8.1 * cm, 8.1 * cm])
    d.person("Nadia Whitcombe", "Director of Children's Services", "officer")
    d.person("Hamish Prowse", "Executive Chief Nurse", "officer")
    d.p("<b>Information about this inspection</b>", LETTER_BOLD)
    d.p("This inspection was carried out under section 20(1) of the Children Act 2004. Ofsted and CQC used the "
        "area SEND inspection framework and handbook. The inspection team met children and young people, "
        "parents and carers, and leaders from education, health and care, and reviewed 19 cases in depth.",
        LETTER)
    d.p("<b>Inspection team</b>", LETTER_BOLD)
    d.ruled([["Ofsted", "Care Quality Commission"],
             ["Rosalind Ackerley, Ofsted HMI, lead inspector", "Daniel Fenwick-Shaw, CQC lead inspector"],
             ["Tobias Mwangi, Ofsted HMI", "Lorna Birtwhistle, CQC inspector"],
             ["Harriet Quennell, Ofsted Inspector", ""]], [8.1 * cm, 8.1 * cm])
    for name, role in [("Rosalind Ackerley", "Ofsted HMI, lead inspector"),
                       ("Daniel Fenwick-Shaw", "CQC lead inspector"), ("Tobias Mwangi", "Ofsted HMI"),
                       ("Lorna Birtwhistle", "CQC inspector"), ("Harriet Quennell", "Ofsted Inspector")]:
        d.person(name, role, "other")
    d.add(PageBreak())
    d.h("Supporting information provided to the Committee: the Essex SEND population")
    need_table(d, 14)
    d.space(8)
    area_table(d, ["North East", "Mid", "South", "West", "Basildon", "Braintree", "Brentwood", "Castle Point",
                   "Chelmsford", "Colchester", "Epping Forest", "Harlow", "Maldon", "Rochford", "Tendring",
                   "Uttlesford"], 4, "Quadrant / district")
    d.space(8)
    school_table(d, 7, 26)
    return d


# ------------------------------------------------------------------------------------------------------------------
def durham_progress() -> Doc:
    rel = ("durham/round63-2023-12-11-children-and-young-peoples-overview-and-scrutiny-committee/SEND Accelerated "
           "Progress Plan - progress update.pdf")
    d = Doc(rel, {"council": "Durham County Council", "council_slug": "durham",
                  "committee": "Children and Young People's Overview and Scrutiny Committee",
                  "meeting_date": "2023-12-11", "title": "SEND Accelerated Progress Plan - progress update",
                  "source_kind": "moderngov-document",
                  "url": "https://democracy.durham.gov.uk/documents/s190233/SEND%20APP%20update.pdf"},
            {"council": "Durham County Council", "committee": "Children and Young People's Overview and Scrutiny "
             "Committee", "date": "2023-12-11"},
            "Durham County Council", "", "")
    d.p("<b>Children and Young People's Overview and Scrutiny Committee</b>")
    d.p("<b>11 December 2023</b>")
    d.date("11 December 2023", "2023-12-11")
    d.title("SEND Accelerated Progress Plan: progress update")
    d.p("<b>Report of John Hatherley, Corporate Director of Children and Young People's Services</b>")
    d.person("John Hatherley", "Corporate Director of Children and Young People's Services", "officer")
    d.p("<b>Electoral division(s) affected:</b> Countywide.")
    d.h("Purpose of the Report")
    d.num("1", "To update members on progress against the Accelerated Progress Plan (APP) agreed following the "
               "revisit of the County Durham local area by Ofsted and the Care Quality Commission.")
    d.h("Executive summary")
    d.num("2", "Inspectors revisited the local area from 6 to 8 March 2023 to judge progress against the "
               "significant weaknesses identified at the inspection of 27 November to 1 December 2017. Their "
               "letter, published on 18 April 2023, found sufficient progress in three of the five weaknesses.")
    d.date("6 to 8 March 2023", "2023-03-06", "2023-03-08")
    d.date("27 November to 1 December 2017", "2017-11-27", "2017-12-01")
    d.date("18 April 2023", "2023-04-18")
    d.event("revisit", "2023-03-06", "2023-03-08", "Inspectors revisited the local area from 6 to 8 March 2023")
    d.event("inspection", "2017-11-27", "2017-12-01", "the inspection of 27 November to 1 December 2017")
    d.event("revisit-outcome", "2023-04-18", None, "Their letter, published on 18 April 2023")
    d.num("3", "Insufficient progress had been made in addressing two areas:")
    for text, themes in [
            ("the variable quality of EHC plans, and the timeliness of annual reviews", ["ehc-plans"]),
            ("the poor experience of families waiting for an assessment through the neurodevelopmental pathway",
             ["health-services"])]:
        d.weak(text, themes, style=BULLET)
    d.num("4", "The APP addressing these areas was submitted to the Department for Education (DfE) and NHS "
               "England on 30 June 2023. The first formal review meeting with DfE and NHS England advisers took "
               "place on 4 December 2023; advisers judged that the partnership had made a positive start. The "
               "next review is due in June 2024.")
    d.date("30 June 2023", "2023-06-30")
    d.date("4 December 2023", "2023-12-04")
    d.date("June 2024", "2024-06")
    d.event("progress-plan", "2023-06-30", None,
            "The APP addressing these areas was submitted to the Department for Education (DfE) and NHS England "
            "on 30 June 2023.")
    d.event("monitoring", "2023-12-04", None,
            "The first formal review meeting with DfE and NHS England advisers took place on 4 December 2023")
    d.event("monitoring", "2024-06", None, "The next review is due in June 2024.")
    d.h("Recommendation(s)")
    d.p("Members of Children and Young People's Overview and Scrutiny Committee are recommended to:")
    d.res("(a)", "note the progress made against the Accelerated Progress Plan, as summarised in Appendix 2;",
          "recommendation")
    d.res("(b)", "note the feedback from the first DfE and NHS England review meeting;", "recommendation")
    d.res("(c)", "agree to receive a further update following the second review.", "recommendation")
    d.h("Background")
    d.num("5", "The partnership's SEND and Inclusion Board oversees the APP. Its independent chair, Professor "
               "Ruth Lanchester, has met the two workstream leads monthly since July 2023.")
    d.person("Ruth Lanchester", "independent chair, SEND and Inclusion Board", "other")
    d.date("July 2023", "2023-07")
    d.num("6", "Between April 2023 and October 2023, the percentage of new EHC plans issued within 20 weeks rose "
               "from 41% to 63%, and 84% of plans audited in October were judged good or better. The number of "
               "annual reviews overdue fell from 1,208 to 716.")
    d.date("April 2023", "2023-04")
    d.date("October 2023", "2023-10")
    d.num("7", "County Durham and Darlington NHS Foundation Trust and Tees, Esk and Wear Valleys NHS Foundation "
               "Trust opened a single front door for the neurodevelopmental pathway on 2 October 2023. Families "
               "now receive a named contact and a 'waiting well' offer, co-produced with Making Changes Together, "
               "the county's parent carer forum.")
    d.date("2 October 2023", "2023-10-02")
    d.num("8", "A revised Local Offer website went live on 13 November 2023.")
    d.date("13 November 2023", "2023-11-13")
    d.h("Contact: Katharine Ellwood Tel: 03000 268 445")
    d.person("Katharine Ellwood", None, "officer", None, "03000 268 445")
    d.add(PageBreak())
    d.h("Appendix 1: Implications")
    for head, text in [
            ("Legal Implications", "The Council has a statutory duty under the Children and Families Act 2014."),
            ("Finance", "The APP is funded from the High Needs Block and an ICB contribution."),
            ("Consultation", "Making Changes Together and young people's groups helped to shape the APP."),
            ("Equality and Diversity / Public Sector Equality Duty", "The APP aims to reduce inequality of "
             "experience for disabled children."),
            ("Climate Change", "None."), ("Human Rights", "None."), ("Crime and Disorder", "None."),
            ("Staffing", "Four additional EHC coordinators were appointed from September 2023."),
            ("Accommodation", "None."), ("Risk", "Failure to make progress could lead to further intervention."),
            ("Procurement", "None.")]:
        d.p(f"<b>{head}</b><br/>{text}")
    d.date("September 2023", "2023-09")
    d.add(PageBreak())
    d.h("Appendix 2: APP tracker (position at 30 November 2023)")
    d.date("30 November 2023", "2023-11-30")
    rows = [["No.", "Action", "Lead", "Target", "RAG", "Update"],
            ["Priority 1: EHC plans and annual reviews", "", "", "", "", ""],
            ["1.1", "Weekly multi-agency quality panel", "Head of SEND", "Jul 2023", "Green", "In place; 42 panels "
             "held"],
            ["1.2", "Annual review recovery team", "SEND Service Manager", "Sept 2023", "Green", "Team of six in "
             "post"],
            ["1.3", "Clear annual reviews overdue by more than 3 months", "SEND Service Manager", "Mar 2024",
             "Amber", "716 overdue; trajectory on track"],
            ["1.4", "Health advice returned within 6 weeks", "Designated Clinical Officer", "Dec 2023", "Amber",
             "79% in October"],
            ["1.5", "Audit of plans with parents and young people", "Principal Educational Psychologist",
             "Jan 2024", "Green", "First joint audit complete"],
            ["Priority 2: neurodevelopmental pathway", "", "", "", "", ""],
            ["2.1", "Single front door for referrals", "ICB Place Lead", "Oct 2023", "Green", "Opened"],
            ["2.2", "'Waiting well' offer and named contact", "ICB Place Lead", "Nov 2023", "Green", "Live"],
            ["2.3", "Reduce the longest wait to 52 weeks", "Trust Service Manager", "Jun 2024", "Red", "Longest wait "
             "78 weeks"],
            ["2.4", "Needs-led support in schools before diagnosis", "Head of Inclusion", "Apr 2024", "Amber",
             "Pilot in 20 schools"]]
    d.ruled(rows, [1.1 * cm, 4.8 * cm, 3.1 * cm, 2.1 * cm, 1.4 * cm, 3.7 * cm], spans=[1, 7])
    for label, iso in [("Jul 2023", None), ("Sept 2023", None), ("Mar 2024", "2024-03"), ("Dec 2023", "2023-12"),
                       ("Jan 2024", "2024-01"), ("Oct 2023", None), ("Nov 2023", "2023-11"), ("Jun 2024", None),
                       ("Apr 2024", "2024-04")]:
        if iso:
            d.date(label, iso)
    d.space(8)
    d.h("Appendix 3: supporting data")
    need_table(d, 21)
    d.space(8)
    school_table(d, 15, 22)
    return d



# ------------------------------------------------------------------------------------------------------------------
def ealing_minutes() -> Doc:
    rel = ("ealing/round63-2026-02-03-health-and-wellbeing-board/Minutes - 25 November 2025.pdf")
    d = Doc(rel, {"council": "London Borough of Ealing", "council_slug": "ealing",
                  "committee": "Health and Wellbeing Board", "meeting_date": "2026-02-03",
                  "title": "Minutes - 25 November 2025", "source_kind": "moderngov-document",
                  "url": "https://ealing.moderngov.co.uk/documents/g8127/Printed%20minutes%2025th-Nov-2025.pdf"},
            {"council": "London Borough of Ealing", "committee": "Health and Wellbeing Board", "date": "2025-11-25"},
            "Health and Wellbeing Board", "", "Health and Wellbeing Board 25.11.25", page_label="{n}")
    d.title("Ealing Health and Wellbeing Board")
    d.p("<b>Minutes</b> of the meeting held on Tuesday 25 November 2025 at 6.00pm in the Council Chamber, Ealing "
        "Town Hall, New Broadway, W5 2BY")
    d.date("Tuesday 25 November 2025", "2025-11-25")
    d.p("<b>Present:</b>")
    two_columns(d, ["Councillor Marguerite Oduya (Chair)", "Councillor Hamza Tilbury", "Councillor Felicity Noakes",
                    "Councillor Rajan Bhogal"],
                ["Dr Simone Achterberg, Ealing Borough Medical Director, NW London ICB",
                 "Elliot Crane-Masood, Strategic Director, Children's Services",
                 "Precious Ndlovu, Director of Public Health", "Yusuf Galloway, Chair, Healthwatch Ealing"])
    d.person("Marguerite Oduya", "Chair", "member")
    d.person("Hamza Tilbury", None, "member")
    d.person("Felicity Noakes", None, "member")
    d.person("Rajan Bhogal", None, "member")
    d.person("Simone Achterberg", "Ealing Borough Medical Director, NW London ICB", "officer")
    d.person("Elliot Crane-Masood", "Strategic Director, Children's Services", "officer")
    d.person("Precious Ndlovu", "Director of Public Health", "officer")
    d.person("Yusuf Galloway", "Chair, Healthwatch Ealing", "other")
    d.p("<b>Also present:</b> Bronwen Ashcroft (Assistant Director, SEND and Inclusion), Tariq Delacourt-Hale "
        "(Designated Clinical Officer for SEND), Mina Kaczmarek (Co-chair, Ealing Parent Carer Forum) and Leona "
        "Whitfield (Committee Officer)")
    d.person("Bronwen Ashcroft", "Assistant Director, SEND and Inclusion", "officer")
    d.person("Tariq Delacourt-Hale", "Designated Clinical Officer for SEND", "officer")
    d.person("Mina Kaczmarek", "Co-chair, Ealing Parent Carer Forum", "other")
    d.person("Leona Whitfield", "Committee Officer", "officer")
    d.p("<b>1 Apologies for Absence</b>", MINUTE)
    d.p("Apologies were received from Councillor Gideon Farrow and from Annika Stolz, Borough Director, NW London "
        "ICB, for whom Dr Achterberg attended.")
    d.person("Gideon Farrow", None, "member")
    d.person("Annika Stolz", "Borough Director, NW London ICB", "officer")
    d.p("<b>2 Urgent Matters</b>", MINUTE)
    d.p("There were none.")
    d.p("<b>3 Declarations of Interest</b>", MINUTE)
    d.p("Councillor Bhogal declared a non-pecuniary interest in item 6 as a parent of a child with an EHC plan.")
    d.p("<b>4 Minutes</b>", MINUTE)
    d.res(None, "That the minutes of the meeting held on 16 September 2025 be agreed as a true and correct record.",
          "resolution", lead="<b>Resolved:</b>", style=BODY)
    d.date("16 September 2025", "2025-09-16")
    d.p("<b>5 Better Care Fund: Quarter 2 Return</b>", MINUTE)
    d.p("Precious Ndlovu presented the return, which had been submitted to NHS England on 31 October 2025 under "
        "delegated authority. Spending was on plan; the discharge metric was off track because of winter "
        "pressures that had started early.")
    d.date("31 October 2025", "2025-10-31")
    d.res(None, "That the Board ratified the Quarter 2 Better Care Fund return.", "resolution",
          lead="<b>Resolved:</b>", style=BODY)
    d.p("<b>6 Area SEND Inspection: Outcome and Priority Action Plan</b>", MINUTE)
    d.p("Elliot Crane-Masood introduced the report. Ofsted and the Care Quality Commission had inspected the "
        "Ealing local area partnership between 7 July and 25 July 2025, and the report had been published on 5 "
        "September 2025. The partnership had received the lowest of the three outcomes: there were widespread "
        "and/or systemic failings leading to significant concerns about the experiences and outcomes of "
        "children and young people with SEND.")
    d.date("between 7 July and 25 July 2025", "2025-07-07", "2025-07-25")
    d.date("5 September 2025", "2025-09-05")
    d.event("inspection", "2025-07-07", "2025-07-25",
            "Ofsted and the Care Quality Commission had inspected the Ealing local area partnership between 7 July "
            "and 25 July 2025")
    d.event("outcome-letter", "2025-09-05", None, "the report had been published on 5 September 2025")
    d.p("Inspectors had set out two areas for priority action:")
    for label, text, themes in [
            ("1.", "Leaders across education, health and care must establish effective joint governance and "
                   "oversight, so that they know the impact of their work on children and young people with SEND "
                   "and act quickly when it is not good enough.", ["leadership-governance", "data-oversight"]),
            ("2.", "The local authority and the integrated care board must urgently reduce the time taken to "
                   "complete EHC needs assessments and ensure that plans are reviewed and updated when needs "
                   "change.", ["ehc-plans"])]:
        d.weak(text, themes, marker=label, style=HANG)
    d.p("They had also found that leaders should improve communication with parents and carers so that families "
        "know what is happening at each stage; strengthen the identification of speech, language and "
        "communication needs in the early years; and increase the number of local specialist places for young "
        "people aged 16 to 25.")
    for text, themes in [
            ("improve communication with parents and carers so that families know what is happening at each stage",
             ["co-production"]),
            ("strengthen the identification of speech, language and communication needs in the early years",
             ["identification"]),
            ("increase the number of local specialist places for young people aged 16 to 25",
             ["preparing-for-adulthood", "inclusion-provision"])]:
        d.record_weak(text, themes)
    d.p("Bronwen Ashcroft explained that the Priority Action Plan had been submitted to Ofsted on 17 October 2025, "
        "ahead of the deadline, after it had been signed off by the Leader, the Chief Executive and the ICB's "
        "Chief Nursing Officer. The first monitoring meeting with the Department for Education and NHS England "
        "was fixed for 27 January 2026 and would be held every six months thereafter.")
    d.date("17 October 2025", "2025-10-17")
    d.date("27 January 2026", "2026-01-27")
    d.event("progress-plan", "2025-10-17", None,
            "the Priority Action Plan had been submitted to Ofsted on 17 October 2025")
    d.event("monitoring", "2026-01-27", None,
            "The first monitoring meeting with the Department for Education and NHS England was fixed for 27 "
            "January 2026")
    d.p("Mina Kaczmarek said the Parent Carer Forum had been involved in writing the plan, but that many parents "
        "still heard about changes second-hand. She asked that the Forum's survey, to close on 12 December 2025, "
        "be used as one of the plan's measures.")
    d.date("12 December 2025", "2025-12-12")
    d.p("In discussion, members asked:")
    for text in ["how the Board would know that waiting times for speech and language therapy were falling "
                 "(the ICB would add the measure to the Board's dashboard from January 2026);",
                 "whether schools had been told of the outcome (all headteachers had been briefed on 9 "
                 "September 2025); and",
                 "what the Board's own role would be, given that the SEND Partnership Board led the plan."]:
        d.p("&bull; " + text, BULLET)
    d.date("January 2026", "2026-01")
    d.date("9 September 2025", "2025-09-09")
    d.p("The Chair thanked the Forum for its work. It was")
    d.p("<b>RESOLVED:</b> That the Health and Wellbeing Board:")
    for label, text in [
            ("i.", "noted the outcome of the area SEND inspection and the areas for priority action;"),
            ("ii.", "endorsed the Priority Action Plan as submitted to Ofsted;"),
            ("iii.", "agreed that the SEND Partnership Board would report to it on progress twice a year, the first "
                     "report to follow the monitoring meeting in January 2026.")]:
        d.res(label, text, "resolution")
    d.p("<b>7 Joint Local Health and Wellbeing Strategy: Annual Report</b>", MINUTE)
    d.p("The Director of Public Health presented the annual report. The Board discussed childhood immunisation "
        "rates, which remained below the London average.")
    d.p("The Board <b>AGREED</b> to publish the annual report, subject to the addition of a summary for residents.")
    d.record_res(None, "The Board AGREED to publish the annual report, subject to the addition of a summary for "
                       "residents.", "resolution")
    d.p("<b>8 Forward Plan</b>", MINUTE)
    d.p("The forward plan was noted. The next meeting would be held on 3 February 2026.")
    d.date("3 February 2026", "2026-02-03")
    d.p("<i>The meeting ended at 8.02pm.</i>")
    d.p("Chair ..............................................")
    d.add(PageBreak())
    d.h("Annex to minute 6: inspection evidence summarised for the Board")
    d.ruled([["Measure", "Ealing", "London", "England"],
             ["New EHC plans issued within 20 weeks %", "21", "52", "46"],
             ["Annual reviews completed within 12 months %", "58", "71", "69"],
             ["Children with EHC plan in mainstream %", "44", "41", "38"],
             ["Median wait for SLT assessment (weeks)", "31", "19", "22"],
             ["Median wait for autism assessment (weeks)", "64", "48", "51"],
             ["Young people 16-25 placed out of borough %", "37", "24", "22"]],
            [8.6 * cm, 2.5 * cm, 2.5 * cm, 2.6 * cm])
    d.space(8)
    need_table(d, 17)
    d.space(8)
    area_table(d, ["Acton", "Ealing", "Greenford", "Hanwell", "Northolt", "Perivale", "Southall"], 12, "Town")
    d.space(8)
    school_table(d, 19, 24)
    d.space(8)
    d.h("Annex to minute 5: Better Care Fund metrics (Quarter 2)")
    d.ruled([["Metric", "Plan", "Actual", "On track?"],
             ["Avoidable admissions per 100,000 population", "182", "176", "Yes"],
             ["Discharge to usual place of residence %", "93.0", "91.4", "No"],
             ["Falls admissions per 100,000 aged 65+", "1,640", "1,602", "Yes"],
             ["Permanent admissions to care homes per 100,000 aged 65+", "455", "448", "Yes"],
             ["Reablement: still at home 91 days after discharge %", "82", "84", "Yes"]],
            [8.6 * cm, 2.5 * cm, 2.5 * cm, 2.6 * cm])
    d.space(8)
    d.h("Annex to minute 6: Priority Action Plan milestones reported to the Board")
    d.ruled([["Milestone", "Partnership lead", "Status"],
             ["Joint SEND Executive established with ICB and schools", "Chief Executive", "Complete"],
             ["EHC recovery team recruited (12 posts)", "Assistant Director, SEND and Inclusion", "In progress"],
             ["Weekly joint tracking of assessments over 20 weeks", "Head of SEND Assessment", "Complete"],
             ["Parent communication charter co-produced with the Forum", "Participation Lead", "In progress"],
             ["Annual reviews backlog cleared", "Head of SEND Assessment", "Not started"],
             ["Outcomes dashboard reported to the SEND Partnership Board", "Head of Performance", "In progress"]],
            [8 * cm, 5.4 * cm, 2.8 * cm])
    return d


# ------------------------------------------------------------------------------------------------------------------
CUMBERLAND_APA = [
    ("Leaders across the partnership must work together urgently to agree and implement a shared strategy for "
     "SEND, with clear accountability for improving the experiences and outcomes of children and young people.",
     ["leadership-governance"]),
    ("Leaders must take swift action to reduce the number of children and young people with SEND who are "
     "excluded, on reduced timetables or not in school, and ensure that they receive suitable education.",
     ["inclusion-provision"]),
]
CUMBERLAND_AFI = [
    ("Health leaders should reduce waiting times for speech and language therapy and occupational therapy, "
     "particularly in the west of the county.", ["health-services"]),
    ("The local authority should ensure that annual reviews take place on time and that plans are updated "
     "promptly afterwards.", ["ehc-plans"]),
    ("Leaders should improve the quality and accessibility of the local offer.", ["local-offer"]),
]


def cumberland_cabinet() -> Doc:
    rel = ("cumberland/round63-2025-10-14-cabinet/Local Area SEND Inspection - Priority Action Plan - report and "
           "appendices.pdf")
    d = Doc(rel, {"council": "Cumberland Council", "council_slug": "cumberland", "committee": "Cabinet",
                  "meeting_date": "2025-10-14",
                  "title": "Local Area SEND Inspection - Priority Action Plan - report and appendices",
                  "source_kind": "moderngov-document",
                  "url": "https://cumberland.moderngov.co.uk/documents/s31877/SEND%20PAP%20Cabinet%20report.pdf"},
            {"council": "Cumberland Council", "committee": "Cabinet", "date": "2025-10-14"},
            "Cumberland Council", "Cabinet", "Public", page_label="Page {n} of {total}")
    d.first_pages = {}
    d.title("Cumberland Council")
    d.ruled([["Report Title", "Local Area SEND Inspection: Priority Action Plan"],
             ["Meeting", "Cabinet"], ["Date", "14 October 2025"],
             ["Cabinet Member(s)", "Councillor Eleri Pennington, Cabinet Member for Children's Services"],
             ["Report Author", "Gareth Lowthian, Director of Children's Services"],
             ["Key Decision", "Yes"], ["Within Policy and Budget Framework", "Yes"], ["Public / Private", "Public"],
             ["Wards affected", "All"]],
            [5 * cm, 11.2 * cm], header_rows=0)
    d.date("14 October 2025", "2025-10-14")
    d.person("Eleri Pennington", "Cabinet Member for Children's Services", "member")
    d.person("Gareth Lowthian", "Director of Children's Services", "officer")
    d.h("1.0 Executive Summary")
    d.num("1.1", "Ofsted and the Care Quality Commission carried out an area SEND inspection of the Cumberland "
                 "local area partnership from 30 June to 18 July 2025. Their report, published on 29 August 2025, "
                 "found widespread and/or systemic failings. The partnership is required to produce a Priority "
                 "Action Plan (PAP) and submit it to Ofsted within 35 working days.")
    d.date("30 June to 18 July 2025", "2025-06-30", "2025-07-18")
    d.date("29 August 2025", "2025-08-29")
    d.event("inspection", "2025-06-30", "2025-07-18",
            "Ofsted and the Care Quality Commission carried out an area SEND inspection of the Cumberland local "
            "area partnership from 30 June to 18 July 2025")
    d.event("outcome-letter", "2025-08-29", None, "Their report, published on 29 August 2025")
    d.num("1.2", "This report presents the draft PAP (Appendix 1) for approval. The areas for improvement are "
                 "summarised at Appendix 2.")
    d.h("2.0 Recommendations")
    d.p("Cabinet is asked to:")
    for label, text in [
            ("(i)", "Note the findings of the area SEND inspection."),
            ("(ii)", "Approve the Priority Action Plan at Appendix 1."),
            ("(iii)", "Delegate authority to the Director of Children's Services, in consultation with the Cabinet "
                      "Member for Children's Services and the ICB Director of Nursing, to make any final changes "
                      "to the plan before it is submitted to Ofsted by 31 October 2025."),
            ("(iv)", "Agree that progress is reported to Cabinet every six months.")]:
        d.res(label, text, "recommendation")
    d.date("31 October 2025", "2025-10-31")
    d.event("progress-plan", "2025-10-31", None, "before it is submitted to Ofsted by 31 October 2025")
    d.h("3.0 Background")
    d.num("3.1", "Inspectors identified two areas for priority action:")
    d.ruled([["Area for priority action", "Partnership lead"]] +
            [[t, lead] for (t, _), lead in zip(CUMBERLAND_APA, ["Chief Executive and ICB Chief Executive",
                                                              "Director of Children's Services"])],
            [12 * cm, 4.2 * cm])
    for t, themes in CUMBERLAND_APA:
        d.record_weak(t, themes)
        d.first_pages[t] = 1  # both rows read back on page 1 (interleaved with the lead column)
    d.num("3.2", "Inspectors also recognised strengths, including the work of the Cumberland Parent Carer "
                 "Forum, the early help offer in Carlisle, and the post-16 pathways developed with colleges.")
    d.num("3.3", "A draft of the PAP was considered by the SEND Partnership Board on 2 October 2025 and by the "
                 "Children and Young People Scrutiny Panel on 8 October 2025, whose comments are at Appendix 3. "
                 "The Department for Education and NHS England will monitor progress at six-monthly intervals, "
                 "the first review expected in March 2026.")
    d.date("2 October 2025", "2025-10-02")
    d.date("8 October 2025", "2025-10-08")
    d.date("March 2026", "2026-03")
    d.event("monitoring", "2026-03", None,
            "The Department for Education and NHS England will monitor progress at six-monthly intervals, the "
            "first review expected in March 2026.")
    d.h("4.0 Options considered")
    d.num("4.1", "The production of a PAP is a requirement of the framework; no other option was considered.")
    d.h("5.0 Reasons for the recommendations")
    d.num("5.1", "To meet the requirement to submit a PAP, and to give Cabinet oversight of progress.")
    d.h("6.0 Implications")
    d.p("<b>Resources:</b> The plan requires investment of &pound;1.4m in 2025/26, funded from reserves and the "
        "Dedicated Schools Grant (Section 151 Officer: Hannah Bewley).")
    d.person("Hannah Bewley", "Section 151 Officer", "officer")
    d.p("<b>Legal:</b> The inspection was carried out under section 20 of the Children Act 2004 (Monitoring "
        "Officer: Alistair Fenby).")
    d.person("Alistair Fenby", "Monitoring Officer", "officer")
    d.p("<b>Health and Wellbeing:</b> The plan supports the Joint Health and Wellbeing Strategy.")
    d.p("<b>Contact Officer:</b> Sophie Redpath, Head of SEND, sophie.redpath@cumberland.gov.uk")
    d.person("Sophie Redpath", "Head of SEND", "officer", "sophie.redpath@cumberland.gov.uk")
    d.p("<b>Appendices:</b> 1 Priority Action Plan; 2 Areas for improvement; 3 Comments of the Scrutiny Panel.")
    d.add(PageBreak())
    d.h("Appendix 1: Cumberland Local Area Partnership Priority Action Plan (draft for Cabinet)")
    d.p("Submitted to Ofsted: by 31 October 2025. Signed on behalf of the partnership by Gareth Lowthian and Jessica "
        "Armitage-Coyle, Director of Nursing, NHS North East and North Cumbria ICB.")
    d.person("Jessica Armitage-Coyle", "Director of Nursing, NHS North East and North Cumbria ICB", "officer")
    for i, (text, _themes) in enumerate(CUMBERLAND_APA, 1):
        d.h(f"Priority {i}")
        d.ruled([[text]], [16.2 * cm], header_rows=0, shade=[0])
        d.space(3)
        rows = [["Action", "Owner", "Start", "Complete", "Measure of impact"]]
        rows += ([["Establish a joint SEND Executive with delegated authority", "Chief Executive", "Nov 2025",
                   "Dec 2025", "Executive meeting monthly"],
                  ["Agree a joint SEND and inclusion strategy", "DCS", "Nov 2025", "Apr 2026",
                   "Strategy agreed by all partners"],
                  ["Introduce a shared outcomes dashboard", "Head of Performance", "Jan 2026", "May 2026",
                   "Dashboard reviewed at each Executive"]] if i == 1 else
                 [["Daily oversight of pupils on reduced timetables", "Head of Inclusion", "Nov 2025", "Jan 2026",
                   "All known to the local authority"],
                  ["Inclusion outreach from special schools", "Head of SEND", "Jan 2026", "Jul 2026",
                   "Suspensions down by a quarter"],
                  ["Commission additional alternative provision in the west", "Head of Commissioning", "Feb 2026",
                   "Sep 2026", "30 additional places"]])
        d.ruled(rows, [5.4 * cm, 3 * cm, 2.2 * cm, 2.3 * cm, 3.3 * cm])
    for label, iso in [("Nov 2025", "2025-11"), ("Dec 2025", "2025-12"), ("Apr 2026", "2026-04"),
                       ("Jul 2026", "2026-07"), ("May 2026", "2026-05"), ("Feb 2026", "2026-02"),
                       ("Sep 2026", "2026-09"), ("Jan 2026", "2026-01")]:
        d.date(label, iso)
    d.h("Appendix 2: Areas for improvement")
    d.p("The inspection report also identified the following areas for improvement, which the partnership will "
        "address through its SEND strategy rather than the PAP:")
    for text, themes in CUMBERLAND_AFI:
        d.weak(text, themes)
    d.h("Appendix 3: Comments of the Children and Young People Scrutiny Panel, 8 October 2025")
    d.p("The Panel welcomed the plan and asked Cabinet to make sure that the measures of impact include the views "
        "of children and young people, and that the west of the county is not left behind. The Panel's chair, "
        "Councillor Dominic Heseltine-Ward, will attend Cabinet to present these comments.")
    d.person("Dominic Heseltine-Ward", "chair, Children and Young People Scrutiny Panel", "member")
    d.space(6)
    need_table(d, 23)
    d.space(8)
    area_table(d, ["Allerdale", "Carlisle", "Copeland", "Keswick", "Maryport", "Whitehaven", "Workington",
                   "Wigton", "Cockermouth", "Brampton"], 6, "Locality")
    d.space(8)
    school_table(d, 5, 22)
    return d

DOCUMENTS = [kent_minutes, hartlepool_wsoa, essex_letter, durham_progress, ealing_minutes, cumberland_cabinet]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
