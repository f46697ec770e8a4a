"""Write the long printed documents of the held-out round 40 (reportlab), and their gold.

Round 40 is a blind batch of LONG PDFs (6 to 9 pages), written with their gold before any extractor ran on them, in
shapes of real long council papers that the earlier long-PDF rounds (22, 25, 27, 28, 31, 33, 35, 36, 38) did not
use: a Local Area SEND Partnership Board pack with a self-assessment and a risk register (Devon); a 2023-framework
Ofsted and CQC inspection report published on its own (Coventry); a Corporate Parenting Panel's minutes book with
the Virtual School's report appended (Essex); a Cabinet pack with a high-needs sufficiency report that recalls the
inspection cycle (Reading); a scrutiny panel pack whose appendix is the Accelerated Progress Plan itself (Salford);
and a joint committee pack of the council and the integrated care board (Bradford). Invented text, fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round40_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles, two_columns  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("40", body=(10.5, 14, 5.5), cell=(8.8, 10.8), head=(11, 14, 8), title=(14, 18),
           minute={"spaceBefore": 8}, num_para={"leftIndent": 34, "firstLineIndent": -34})
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
CENTRE, RIGHT, MINUTE, INDENT, NUM_PARA, SUB_PARA = S.centre, S.right, S.minute, S.indent, S.num_para, S.sub_para
DASH = ParagraphStyle("Dash40", parent=BODY, leftIndent=54, firstLineIndent=-14)
LETTER = ParagraphStyle("Letter40", parent=BODY, fontSize=12, leading=17, spaceAfter=9)
LETTER_HEAD = ParagraphStyle("LetterHead40", parent=LETTER, fontName="Helvetica-Bold", fontSize=13, spaceBefore=8)


class Doc(LongDoc):
    """A round 40 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True


def setp(d: Doc, who: str, **changes) -> None:
    """Complete a person already listed (a later line gives the full name, an email or a phone)."""
    [person] = [p for p in d.people if p["name"] == who]
    person.update(changes)


# ------------------------------------------------------------------------------------------------------------------
# 1. Devon: Local Area SEND Partnership Board pack, with a self-assessment and a risk register
# ------------------------------------------------------------------------------------------------------------------

def devon_partnership_board() -> Doc:
    d = Doc("devon/round40-2025-10-09-send-local-area-partnership-board/"
            "SEND Local Area Partnership Board pack 9 October 2025.pdf",
            {"council": "Devon County Council", "council_slug": "devon",
             "committee": "SEND Local Area Partnership Board", "meeting_date": "2025-10-09",
             "title": "SEND Local Area Partnership Board - meeting pack, 09/10/2025",
             "source_kind": "moderngov-document",
             "url": "https://democracy.devon.gov.uk/documents/g6120/Public%20reports%20pack%2009th-Oct-2025%2014.00"
                    "%20SEND%20Local%20Area%20Partnership%20Board.pdf"},
            {"council": "Devon County Council", "committee": "SEND Local Area Partnership Board",
             "date": "2025-10-09"},
            "Devon SEND Local Area Partnership Board", "Thursday 9 October 2025",
            "Devon County Council | NHS Devon | Devon Parent Carer Forum")
    d.date("Thursday 9 October 2025", "2025-10-09")
    d.title("SEND Local Area Partnership Board")
    d.p("<b>Date:</b> Thursday 9 October 2025, 2.00 pm &nbsp;&nbsp; <b>Venue:</b> Committee Suite, County Hall, "
        "Topsham Road, Exeter (and by video link)")
    d.p("<b>Board membership:</b> Dr Alison Yealmpton (Independent Chair); Councillor Lois Clyst (Cabinet Member "
        "for Children's Services and Schools); Councillor Peter Ashreigney (Chair, Children's Scrutiny Committee); "
        "Julian Bratton (Director of Children's Services); Fiona Shebbear (Head of SEND Strategy); Dr Mark "
        "Witheridge (Chief Medical Officer, NHS Devon); Karen Lustleigh (Designated Clinical Officer, NHS Devon); "
        "Rebecca Molland (Co-Chair, Devon Parent Carer Forum); Sam Hittisleigh (Headteacher, Clyst Vale Academy, "
        "representing secondary schools); Andrew Chulmleigh (Principal, Exe Valley College); and Naomi Kentisbeare "
        "(SEND Adviser, Department for Education, observer).")
    d.person("Alison Yealmpton", "Independent Chair", "other")
    d.person("Lois Clyst", "Cabinet Member for Children's Services and Schools", "member")
    d.person("Peter Ashreigney", "Chair, Children's Scrutiny Committee", "member")
    d.person("Julian Bratton", "Director of Children's Services", "officer")
    d.person("Fiona Shebbear", "Head of SEND Strategy", "officer")
    d.person("Mark Witheridge", "Chief Medical Officer, NHS Devon", "officer")
    d.person("Karen Lustleigh", "Designated Clinical Officer, NHS Devon", "officer")
    d.person("Rebecca Molland", "Co-Chair, Devon Parent Carer Forum", "other")
    d.person("Sam Hittisleigh", "Headteacher, Clyst Vale Academy, representing secondary schools", "other")
    d.person("Andrew Chulmleigh", "Principal, Exe Valley College", "other")
    d.person("Naomi Kentisbeare", "SEND Adviser, Department for Education, observer", "officer")
    d.p("<b>Board support:</b> Gemma Parracombe, Partnership Business Manager, 01392 383417, "
        "gemma.parracombe@devon.gov.uk")
    d.person("Gemma Parracombe", "Partnership Business Manager", "officer", "gemma.parracombe@devon.gov.uk",
             "01392 383417")
    d.h("Agenda")
    d.ruled([["No.", "Item", "Presenter", "For", "Page"],
             ["1", "Welcome, apologies and declarations of interest", "Chair", "-", "-"],
             ["2", "Notes and decisions of the meeting held on 10 July 2025", "Chair", "Approval", "2"],
             ["3", "Voice of children, young people and families: the summer survey", "Parent Carer Forum",
              "Information", "-"],
             ["4", "Local area SEND self-assessment, autumn 2025", "Head of SEND Strategy", "Decision", "3"],
             ["5", "Partnership risk register", "Partnership Business Manager", "Assurance", "6"],
             ["6", "Forward plan and any other business", "Chair", "-", "-"]],
            [1.0 * cm, 7.6 * cm, 3.6 * cm, 2.0 * cm, 2.0 * cm])
    d.date("10 July 2025", "2025-07-10")
    d.p("Papers marked '-' are verbal. The next meeting is on Thursday 11 December 2025.", SMALL)
    d.date("Thursday 11 December 2025", "2025-12-11")
    d.add(PageBreak())

    d.title("Item 2: Notes and decisions, 10 July 2025")
    d.p("<b>In the room:</b> Dr A Yealmpton (chair), Cllr L Clyst, Cllr P Ashreigney, J Bratton, F Shebbear, "
        "K Lustleigh, R Molland, S Hittisleigh. <b>Online:</b> Dr M Witheridge, N Kentisbeare. "
        "<b>Apologies:</b> A Chulmleigh; Cllr Hugh Morchard (Vice-Chair, Children's Scrutiny Committee).")
    d.person("Hugh Morchard", "Vice-Chair, Children's Scrutiny Committee", "member")
    d.h("2.1 Matters arising", MINUTE)
    d.p("The notes of 8 May 2025 were confirmed as accurate.")
    d.record_res(None, "The notes of 8 May 2025 were confirmed as accurate.", "resolution")
    d.p("The Chair reported that the Department for Education and NHS "
        "England had held their first review of the Priority Action Plan on 24 June 2025 and had described "
        "progress on the timeliness of plans as 'encouraging but fragile'.")
    d.date("8 May 2025", "2025-05-08")
    d.date("24 June 2025", "2025-06-24")
    d.event("monitoring", "2025-06-24", None, "the Department for Education and NHS England had held their first "
            "review of the Priority Action Plan on 24 June 2025")
    d.h("2.2 Health waiting times", MINUTE)
    d.p("Dr Witheridge presented the neurodevelopmental pathway data. Waits for an autism assessment had fallen "
        "from 118 to 96 weeks, but the speech and language therapy waiting list had grown. Members of the Forum "
        "asked how families waiting were being supported; the designated clinical officer described the 'waiting "
        "well' offer launched in June 2025.")
    d.date("June 2025", "2025-06")
    d.p("<b>The Board reached the following decisions:</b>")
    d.res("D1", "To endorse the neurodevelopmental pathway recovery trajectory, with a report back on speech and "
                "language therapy waits in October.", "resolution", shown_label="<b>D1</b>")
    d.res("D2", "To ask NHS Devon and the Council to present a jointly funded proposal for therapy capacity in "
                "special schools before the end of the financial year.", "resolution", shown_label="<b>D2</b>")
    d.h("2.3 Preparing for adulthood", MINUTE)
    d.p("Mr Chulmleigh's paper, presented in his absence by the Head of SEND Strategy, described the supported "
        "internship programme, which would grow from 42 to 60 places from September 2025.")
    d.date("September 2025", "2025-09")
    d.res("D3", "To note the expansion of supported internships and to receive the preparing for adulthood "
                "dashboard at each meeting from December.", "resolution", shown_label="<b>D3</b>")
    d.ruled([["Action", "Owner", "Due", "Status"],
             ["Circulate the 'waiting well' leaflet to Board members", "KL", "31/07/2025", "Complete"],
             ["Joint therapy capacity proposal (D2)", "JB / MW", "31/03/2026", "Open"],
             ["Add PfA dashboard to forward plan (D3)", "GP", "11/12/2025", "Complete"]],
            [8.0 * cm, 2.4 * cm, 2.6 * cm, 3.2 * cm])
    d.date("31/07/2025", "2025-07-31")
    d.date("31/03/2026", "2026-03-31")
    d.add(PageBreak())

    d.title("Item 4: Local area SEND self-assessment, autumn 2025")
    d.p("<b>Report of:</b> Fiona Shebbear, Head of SEND Strategy, on behalf of the Local Area Partnership<br/>"
        "<b>Status:</b> For decision")
    d.h("What the Board is asked to do")
    d.res("(1)", "Agree the autumn 2025 self-assessment as the partnership's shared view of its effectiveness, for "
                 "publication on the Local Offer.", "recommendation")
    d.res("(2)", "Agree the four improvement priorities for 2026 set out in section 5.", "recommendation")
    d.res("(3)", "Note the self-assessed position against each priority action and area for improvement, and "
                 "the evidence gaps identified.", "recommendation")
    d.h("1. Where we started")
    d.num("1.1", "Ofsted and the Care Quality Commission carried out an area SEND inspection of the Devon local "
                 "area partnership from 3 to 7 March 2025 under the 2023 framework. Their report, published on 22 "
                 "April 2025, concluded that there are widespread and/or systemic failings leading to significant "
                 "concerns about the experiences and outcomes of children and young people with SEND, which the "
                 "local area partnership must address urgently.")
    d.date("from 3 to 7 March 2025", "2025-03-03", "2025-03-07")
    d.date("22 April 2025", "2025-04-22")
    d.event("inspection", "2025-03-03", "2025-03-07", "Ofsted and the Care Quality Commission carried out an area "
            "SEND inspection of the Devon local area partnership from 3 to 7 March 2025")
    d.event("outcome-letter", "2025-04-22", None, "Their report, published on 22 April 2025")
    d.num("1.2", "The partnership submitted its Priority Action Plan to Ofsted on 3 June 2025. The Department for "
                 "Education issued an Improvement Notice to the Council on 18 June 2025, and the first review of "
                 "progress by the Department and NHS England took place on 24 June 2025; the second is due on "
                 "4 November 2025.")
    d.date("3 June 2025", "2025-06-03")
    d.date("18 June 2025", "2025-06-18")
    d.date("4 November 2025", "2025-11-04")
    d.event("progress-plan", "2025-06-03", None, "The partnership submitted its Priority Action Plan to Ofsted on "
            "3 June 2025")
    d.event("statutory-direction", "2025-06-18", None, "The Department for Education issued an Improvement Notice "
            "to the Council on 18 June 2025")
    d.event("monitoring", "2025-11-04", None, "the second is due on 4 November 2025")
    d.num("1.3", "Inspectors also recognised strengths: the commitment of frontline practitioners, the quality of "
                 "the portage service and the inclusive practice of many early years settings.")
    d.h("2. Self-assessment against the inspection findings")
    d.num("2.1", "The table grades our position against each finding on the partnership's four-point scale "
                 "(1 not yet started, 2 early progress, 3 good progress, 4 embedded). Grades were moderated by the "
                 "Board's task group on 15 September 2025, with the Parent Carer Forum.")
    d.date("15 September 2025", "2025-09-15")
    findings = [
        ("Leaders across the local area partnership must urgently improve the timeliness and quality of EHC "
         "needs assessments and plans, so that children and young people's needs are accurately identified and met "
         "without delay.", ["ehc-plans"]),
        ("Leaders must establish a shared and accurate understanding of the needs of children and young people "
         "with SEND, using joint data, so that their strategy and commissioning are based on evidence of impact.",
         ["leadership-governance", "data-oversight"]),
        ("Health leaders should reduce the waiting times for neurodevelopmental assessment and speech and language "
         "therapy, and support families while they wait.", ["health-services"]),
        ("Leaders should improve communication with parents and carers, so that families know what is happening "
         "and have confidence in the system.", ["co-production"]),
        ("Leaders should reduce the use of part-time timetables and improve oversight of children and young people "
         "who are not in full-time education.", ["inclusion-provision", "data-oversight"]),
        ("Leaders should strengthen planning for the transition to adulthood, so that young people aged 16 to 25 "
         "have clear pathways into employment, independent living and adult health services.",
         ["preparing-for-adulthood"]),
    ]
    rows = [["Ref", "Finding (in the inspectors' words)", "Grade", "Our evidence and gaps"],
            ["PA1", findings[0][0], "2", "Timeliness of new plans 38% (Aug 2025) from 9%; audit shows quality of "
                                         "health and care advice still weak. Gap: no audit of amended plans."],
            ["PA2", findings[1][0], "2", "Joint outcomes framework drafted; Board dashboard live since July 2025. "
                                         "Gap: school-level data not yet shared with health."],
            ["AFI1", findings[2][0], "3", "Autism waits down to 96 weeks; 'waiting well' offer live. Gap: SALT "
                                          "waits."],
            ["AFI2", findings[3][0], "2", "Local Offer relaunched; hits up 40%. Gap: families still report poor "
                                          "communication from caseworkers."],
            ["AFI3", findings[4][0], "1", "Part-time timetable register agreed; data collection starts January "
                                          "2026."],
            ["AFI4", findings[5][0], "2", "Transition protocol with adult social care signed; too early to show "
                                          "impact."]]
    d.ruled(rows, [1.3 * cm, 7.2 * cm, 1.3 * cm, 6.4 * cm])
    for text, themes in findings:
        d.record_weak(text, themes)
    d.date("Aug 2025", "2025-08")
    d.date("July 2025", "2025-07")
    d.date("January 2026", "2026-01")
    d.num("2.2", "Overall, the partnership grades itself at 2 (early progress). The moderation group judged that "
                 "the evidence of impact on children's experiences is not yet strong enough to grade any priority "
                 "action higher.")
    d.h("3. What families are telling us")
    d.num("3.1", "The Forum's summer survey, open from 2 June to 18 July 2025, had 1,146 responses. 31% of "
                 "parents agreed that they were kept informed about their child's assessment, compared with 19% "
                 "a year earlier. Parents of children in mainstream secondary schools were the least positive.")
    d.date("from 2 June to 18 July 2025", "2025-06-02", "2025-07-18")
    d.h("4. Strengths we will build on")
    for text in ("the portage and early years inclusion service, valued by families;",
                 "the joint SEND training programme for school staff, now reaching 212 schools;",
                 "the work of the Designated Clinical Officer in improving health advice for plans."):
        d.p("&bull; " + text, BULLET)
    d.h("5. Improvement priorities for 2026")
    for text in ("Priority 1: every plan issued within 20 weeks and of good quality;",
                 "Priority 2: one partnership dataset and outcomes framework;",
                 "Priority 3: shorter waits and better support while waiting;",
                 "Priority 4: inclusion in mainstream schools, with fewer part-time timetables."):
        d.p("&bull; " + text, BULLET)
    d.h("6. Next steps")
    d.num("6.1", "Subject to the Board's agreement, the self-assessment will be published on the Local Offer by "
                 "31 October 2025 and shared with the Department for Education before the review on 4 November "
                 "2025.")
    d.date("31 October 2025", "2025-10-31")
    d.p("<b>Contact:</b> Fiona Shebbear, Head of SEND Strategy, fiona.shebbear@devon.gov.uk", SMALL)
    setp(d, "Fiona Shebbear", email="fiona.shebbear@devon.gov.uk")
    d.add(PageBreak())

    d.title("Item 5: Partnership risk register, October 2025")
    d.date("October 2025", "2025-10")
    d.p("<b>Report of:</b> Gemma Parracombe, Partnership Business Manager")
    d.p("<b>Recommendation:</b> That the Board reviews the risk register and confirms that the mitigations are "
        "sufficient, or directs further action.")
    d.record_res(None, "That the Board reviews the risk register and confirms that the mitigations are sufficient, "
                       "or directs further action.", "recommendation")
    d.p("Scores are likelihood (L) multiplied by impact (I), each on a scale of 1 to 5. Risks scoring 15 or more "
        "are reported to the Council's Corporate Risk Group and NHS Devon's Board Assurance Framework.")
    risks = [
        ("R01", "Demand for EHC needs assessment continues to rise faster than capacity, so timeliness falls back.",
         "Fiona Shebbear", "4", "5", "20", "Recruitment of 12 caseworkers; weekly tracking; agency cover.",
         "31 January 2026"),
        ("R02", "High needs block deficit grows beyond the statutory override, limiting investment in early "
         "support.", "Julian Bratton", "5", "4", "20", "Safety Valve discussions with DfE; deficit recovery plan.",
         "Ongoing"),
        ("R03", "Health advice for EHC plans not returned within six weeks because of therapy vacancies.",
         "Karen Lustleigh", "3", "4", "12", "Contract variation with community provider; locum therapists.",
         "30 November 2025"),
        ("R04", "Parents lose confidence in the improvement programme because change is not visible to them.",
         "Rebecca Molland", "3", "4", "12", "'You said, we did' bulletin; co-produced communications plan.",
         "Ongoing"),
        ("R05", "Insufficient specialist places in the north of the county, leading to long journeys and "
         "independent placements.", "Julian Bratton", "4", "4", "16", "Two new resource bases from September "
         "2026; capital programme.", "September 2026"),
        ("R06", "Data held by the Council and NHS Devon cannot be matched, so the outcomes framework is delayed.",
         "Dr Mark Witheridge", "3", "3", "9", "Data sharing agreement signed; analyst seconded.", "December 2025"),
        ("R07", "Schools do not sign up to the part-time timetable register, so children missing education are not "
         "seen.", "Sam Hittisleigh", "3", "4", "12", "Headteacher associations to promote; Schools Forum report.",
         "January 2026"),
        ("R08", "Loss of the Improvement Notice's independent adviser capacity before the plan is embedded.",
         "Dr Alison Yealmpton", "2", "3", "6", "Transition plan for advisory support.", "March 2026"),
    ]
    d.ruled([["ID", "Risk", "Owner", "L", "I", "Score", "Mitigation", "Target date"]] + [list(r) for r in risks],
            [1.0 * cm, 3.9 * cm, 2.3 * cm, 0.7 * cm, 0.7 * cm, 1.1 * cm, 3.1 * cm, 3.4 * cm])
    d.date("31 January 2026", "2026-01-31")
    d.date("30 November 2025", "2025-11-30")
    d.date("September 2026", "2026-09")
    d.date("December 2025", "2025-12")
    d.date("March 2026", "2026-03")
    d.h("Changes since the last meeting")
    d.p("R03 has been reduced from 16 to 12 following the contract variation agreed in August 2025. R07 is new. "
        "R09 (capacity of the Parent Carer Forum) has been closed after additional grant funding was confirmed.")
    d.h("Risks for escalation")
    d.p("R01 and R02 score 20 and remain above the partnership's appetite. Both are on the corporate risk register, "
        "and R02 will be considered by Cabinet on 12 November 2025.")
    d.date("12 November 2025", "2025-11-12")
    d.add(PageBreak())
    d.title("Item 6: Forward plan")
    d.ruled([["Meeting", "Standing items", "Themed items"],
             ["11 December 2025", "PAP dashboard; risk register; families' voice", "Preparing for adulthood dashboard; "
                                                                                   "therapy capacity proposal (D2)"],
             ["12 February 2026", "PAP dashboard; risk register; families' voice", "Inclusion and part-time "
                                                                                   "timetables; early years"],
             ["16 April 2026", "PAP dashboard; risk register; families' voice", "Annual self-assessment refresh; "
                                                                                "outcomes framework"]],
            [3.2 * cm, 6.0 * cm, 7.0 * cm])
    d.date("12 February 2026", "2026-02-12")
    d.date("16 April 2026", "2026-04-16")
    d.p("Items for the forward plan can be sent to the Partnership Business Manager at any time.")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 2. Coventry: a 2023-framework area SEND inspection report published on its own
# ------------------------------------------------------------------------------------------------------------------

def coventry_report() -> Doc:
    d = Doc("coventry/round40-2024-12-05-education-and-childrens-services-scrutiny-board/"
            "Appendix 1 - Area SEND inspection of Coventry Local Area Partnership.pdf",
            {"council": "Coventry City Council", "council_slug": "coventry",
             "committee": "Education and Children's Services Scrutiny Board (2)", "meeting_date": "2024-12-05",
             "title": "Appendix 1 - Area SEND inspection of Coventry Local Area Partnership",
             "source_kind": "moderngov-document",
             "url": "https://edemocracy.coventry.gov.uk/documents/s71402/Appendix%201%20-%20Area%20SEND%20inspection"
                    "%20of%20Coventry%20Local%20Area%20Partnership.pdf"},
            {"council": "Coventry City Council", "committee": "Education and Children's Services Scrutiny Board (2)",
             "date": "2024-12-05"},
            "Area SEND inspection of Coventry Local Area Partnership", "Ofsted | Care Quality Commission",
            "Inspection dates: 30 September to 4 October 2024", page_label="{n}")
    d.body = LETTER
    d.date("30 September to 4 October 2024", "2024-09-30", "2024-10-04")
    d.event("inspection", "2024-09-30", "2024-10-04", "Inspection dates: 30 September to 4 October 2024")
    d.p("<b>Area SEND inspection of Coventry Local Area Partnership</b>", ParagraphStyle(
        "Big40", parent=LETTER, fontSize=18, leading=24))
    d.p("Inspection dates: 30 September to 4 October 2024")
    d.p("Dates of previous inspection: 20 to 24 May 2019")
    d.date("20 to 24 May 2019", "2019-05-20", "2019-05-24")
    d.event("inspection", "2019-05-20", "2019-05-24", "Dates of previous inspection: 20 to 24 May 2019")
    d.h("Inspection outcome", LETTER_HEAD)
    d.p("The local area partnership's SEND arrangements lead to inconsistent experiences and outcomes for children "
        "and young people with special educational needs and/or disabilities (SEND). The local area partnership "
        "must work jointly to make improvements.")
    d.p("The next full area SEND inspection will be within approximately three years. Ofsted and the Care Quality "
        "Commission (CQC) ask that the local area partnership updates and publishes its strategic plan based on "
        "the recommendations set out in this report.")
    d.add(PageBreak())
    d.h("Information about the local area partnership", LETTER_HEAD)
    d.p("Coventry City Council and NHS Coventry and Warwickshire Integrated Care Board (ICB) are responsible for the "
        "planning and commissioning of services for children and young people with SEND in Coventry.")
    d.p("Following the previous inspection, the local area was required to produce a Written Statement of Action. "
        "A re-visit in March 2022 found that the area had made sufficient progress in addressing all of the "
        "significant weaknesses identified.")
    d.date("March 2022", "2022-03")
    d.event("revisit", "2022-03", None, "A re-visit in March 2022 found that the area had made sufficient progress")
    d.p("Since September 2023, the council has commissioned alternative provision through a single framework. "
        "The council's director of children's services took up post in January 2024.")
    d.date("September 2023", "2023-09")
    d.date("January 2024", "2024-01")
    d.date("September 2024", "2024-09")
    d.h("What is it like to be a child or young person with SEND in this area?", LETTER_HEAD)
    for text in (
        "Many children and young people with SEND in Coventry have their needs identified early. Health visitors "
        "and early years practitioners work well together, and children under five benefit from the specialist "
        "portage and early support service. Families speak highly of the family hubs, where they can get advice "
        "in one place.",
        "However, the experiences of children and young people with SEND are too variable once they start school. "
        "Some receive well-planned support in mainstream schools and make good progress. Others wait too long for "
        "their needs to be assessed, and their education, health and care (EHC) plans do not describe their needs "
        "precisely. Some parents say that they have had to fight to get the right support.",
        "Children and young people who need specialist health services, such as speech and language therapy, "
        "wait too long. Waiting times for an autism assessment are over two years for some children. Although the "
        "ICB has introduced a 'waiting well' offer, many families are not aware of it.",
        "Young people preparing for adulthood in Coventry have access to a broad post-16 offer. Supported "
        "internships are effective, and many young people move into paid work. Children in care with SEND are "
        "well supported by the virtual school.",
        "Children and young people with SEND who attend mainstream primary schools are often well included in the "
        "life of their school. Many schools have benefited from the council's inclusion outreach service, and "
        "special educational needs coordinators (SENCos) value the network meetings and training that the council "
        "provides. In these schools, children's needs are understood and their views are sought when their support "
        "is planned.",
        "At secondary school, the picture is less positive. Too many pupils with SEND are suspended or placed on "
        "part-time timetables, and some spend long periods out of school while they wait for a specialist place. "
        "Leaders know this and have begun to act, but it is too soon to see the impact of their work on "
        "children's experiences.",
        "Children and young people with SEND have opportunities to take part in a wide range of activities. The "
        "short breaks offer is well regarded. Young people told inspectors that they enjoy the youth clubs run by "
        "the council and the voluntary sector, and that they feel safe there. Young carers with SEND are "
        "identified and supported well.",
        "Children who are looked after and those on child protection plans who have SEND have their needs met "
        "well. Social workers know these children well and work closely with schools and health practitioners. "
        "Health assessments for children in care identify their needs, and the designated nurse checks that "
        "recommendations are followed through.",
    ):
        d.p(text)
    d.h("What is the area partnership doing that is effective?", LETTER_HEAD)
    for text in (
        "Leaders have an accurate understanding of the area's strengths and weaknesses. Their self-evaluation "
        "is honest, and the partnership's SEND and alternative provision strategy is co-produced with the parent "
        "carer forum.",
        "The designated clinical officer has improved the quality of health advice for EHC needs assessments.",
        "The local offer website is well used, and families value the range of short breaks.",
        "Practitioners in education, health and care work well together for children with complex medical needs.",
        "Leaders have commissioned additional specialist places, including two new resource bases for autistic "
        "pupils, which opened in September 2024 and are already making a difference for the pupils who attend.",
        "The parent carer forum is a strong and equal partner. Its members sit on the SEND partnership board and "
        "have shaped the partnership's priorities, including the design of the new annual review process.",
        "Post-16 providers work closely with the council to plan for young people's next steps. The number of young "
        "people with EHC plans in supported internships has doubled in three years.",
    ):
        d.p("&bull; " + text, ParagraphStyle("LetterBullet40", parent=LETTER, leftIndent=22, firstLineIndent=-12))
    d.h("What does the area partnership need to do better?", LETTER_HEAD)
    for text in (
        "Too many EHC needs assessments are not completed within 20 weeks. In 2023, 46% of new plans were issued "
        "on time. Leaders' actions have started to improve this, but the quality of plans is inconsistent.",
        "Annual reviews are not always held on time, and plans are not updated when needs change. This means that "
        "some plans, particularly at the point of transfer to secondary school, are out of date.",
        "Waiting times for neurodevelopmental assessments and therapies are too long.",
        "Leaders do not have an accurate oversight of the use of part-time timetables for children with SEND.",
    ):
        d.weak(text, [], marker="", style=LETTER)
    for w, themes in zip(d.weaknesses, (["ehc-plans"], ["ehc-plans"], ["health-services"],
                                        ["inclusion-provision", "data-oversight"])):
        w["themes"] = themes
    d.h("Areas for improvement", LETTER_HEAD)
    afis = [
        ("Leaders across the partnership should improve the timeliness of EHC needs assessments and ensure that EHC "
         "plans are of consistently high quality and are reviewed and updated promptly when children's needs "
         "change.", ["ehc-plans"]),
        ("Leaders in the ICB and the council should work together to reduce waiting times for neurodevelopmental "
         "assessments and speech and language therapy, and make sure that families are supported while they "
         "wait.", ["health-services"]),
        ("Leaders should strengthen their oversight of children and young people with SEND who are on part-time "
         "timetables or attend alternative provision, so that their needs are met and they receive a full-time "
         "education.", ["inclusion-provision", "data-oversight"]),
        ("Leaders should improve the way that they communicate with parents and carers about the support available "
         "and the progress of their child's assessment.", ["co-production"]),
    ]
    box = ParagraphStyle("Box40", parent=LETTER, borderWidth=0.5, borderColor=colors.black, borderPadding=6,
                         spaceBefore=6, spaceAfter=12)
    for text, themes in afis:
        d.weak(text, themes, marker="", style=box)
    d.h("Local area partnership details", LETTER_HEAD)
    d.ruled([["Local Authority", "Integrated Care Board"],
             ["Coventry City Council", "NHS Coventry and Warwickshire ICB"],
             ["Daniel Keresley, Director of Children's Services", "Dr Priya Allesley, Executive Chief Nursing "
                                                                  "Officer"],
             ["www.coventry.gov.uk", "www.happyhealthylives.uk"]],
            [8.1 * cm, 8.1 * cm], style=ParagraphStyle("CellL40", parent=CELL, fontSize=11, leading=14))
    d.person("Daniel Keresley", "Director of Children's Services", "officer")
    d.person("Priya Allesley", "Executive Chief Nursing Officer", "officer")
    d.h("Information about this inspection", LETTER_HEAD)
    d.p("This inspection was carried out under section 20 of the Children Act 2004. It was an initial full "
        "inspection under the area SEND inspection framework introduced in January 2023.")
    d.date("January 2023", "2023-01")
    d.p("Inspectors met children, young people, parents and carers, and leaders and practitioners from education, "
        "health and social care. They reviewed the experiences of 14 children and young people, and considered "
        "1,062 responses to the online survey for parents and carers, open from 16 to 27 September 2024.")
    d.date("from 16 to 27 September 2024", "2024-09-16", "2024-09-27")
    d.h("Inspection team", LETTER_HEAD)
    d.ruled([["Ofsted", "Care Quality Commission"],
             ["Helen Binley, Ofsted HMI Lead inspector", "Marcus Radford, CQC Lead inspector"],
             ["Jo Whoberley, Ofsted HMI", "Sunita Wyken, CQC inspector"],
             ["Craig Longford, Ofsted Inspector", ""]],
            [8.1 * cm, 8.1 * cm], style=ParagraphStyle("CellL40b", parent=CELL, fontSize=11, leading=14))
    d.person("Helen Binley", "Ofsted HMI Lead inspector", "other")
    d.person("Marcus Radford", "CQC Lead inspector", "other")
    d.person("Jo Whoberley", "Ofsted HMI", "other")
    d.person("Sunita Wyken", "CQC inspector", "other")
    d.person("Craig Longford", "Ofsted Inspector", "other")
    d.p("Report published: 14 November 2024")
    d.date("14 November 2024", "2024-11-14")
    d.event("outcome-letter", "2024-11-14", None, "Report published: 14 November 2024")
    d.add(PageBreak())
    d.p("The Office for Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects to "
        "achieve excellence in the care of children and young people, and in education and skills for learners of "
        "all ages. The Care Quality Commission is the independent regulator of health and adult social care in "
        "England.", SMALL)
    d.p("If you would like a copy of this document in a different format, such as large print or Braille, please "
        "telephone 0300 123 1231, or email enquiries@ofsted.gov.uk. You may reuse this information (not including "
        "logos) free of charge in any format or medium, under the terms of the Open Government Licence.", SMALL)
    d.p("Ofsted, Piccadilly Gate, Store Street, Manchester M1 2WD. T: 0300 123 1231. Reference no. 80285. "
        "&copy; Crown copyright 2024", SMALL)
    return d


# ------------------------------------------------------------------------------------------------------------------
# 3. Essex: the Corporate Parenting Panel's minutes book, with the Virtual School's SEND report appended
# ------------------------------------------------------------------------------------------------------------------

def essex_corporate_parenting() -> Doc:
    d = Doc("essex/round40-2019-11-13-corporate-parenting-panel/"
            "Minutes book - Corporate Parenting Panel 11 September 2019.pdf",
            {"council": "Essex County Council", "council_slug": "essex", "committee": "Corporate Parenting Panel",
             "meeting_date": "2019-11-13", "title": "Minutes book - Corporate Parenting Panel, 11 September 2019",
             "source_kind": "cmis-document",
             "url": "https://cmis.essex.gov.uk/essexcmis5/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=vK2xR7"},
            {"council": "Essex County Council", "committee": "Corporate Parenting Panel", "date": "2019-09-11"},
            "Essex County Council - Corporate Parenting Panel", "Minutes: 11 September 2019",
            "Minutes book: to be confirmed on 13 November 2019", page_label="CPP {n}")
    d.date("11 September 2019", "2019-09-11")
    d.date("13 November 2019", "2019-11-13")
    d.title("Corporate Parenting Panel: Minutes Book")
    d.p("This minutes book holds the minutes of the meeting of the Corporate Parenting Panel held on 11 September "
        "2019, with the reports received at that meeting appended, for confirmation at the meeting on 13 November "
        "2019.")
    d.ruled([["Contents", "Page"],
             ["Minutes of the meeting held on 11 September 2019 (minutes CPP/19/19 to CPP/25/19)", "2"],
             ["Appendix A: Report CPP/10/19, The education of children in care with SEND", "4"],
             ["Appendix B: Children in Care Council - 'Pledge refresh' consultation results", "6"]],
            [14.0 * cm, 2.2 * cm])
    d.p("<b>Corporate Parenting Panel: terms of reference (extract)</b>")
    d.p("The Panel acts on behalf of the Council as corporate parent. It monitors the outcomes of children in care "
        "and care leavers, including their education, health, placement stability and transition to adulthood; "
        "hears directly from children in care and care leavers; and makes recommendations to the Cabinet.")
    d.p("Enquiries about these minutes: Ian Coggeshall, Democratic Services Officer, 033301 34579, "
        "ian.coggeshall@essex.gov.uk", SMALL)
    d.add(PageBreak())
    d.p("<b>Minutes of a meeting of the Corporate Parenting Panel held at County Hall, Chelmsford, on Wednesday, "
        "11 September 2019 at 10.00 am</b>", CENTRE)
    d.p("<b>Present:</b>")
    d.ruled([["Member", "Attending as"],
             ["Councillor Margaret Writtle", "Chairman; Cabinet Member for Children and Families"],
             ["Councillor Tom Boreham", "Vice-Chairman"],
             ["Councillor Jenny Danbury", "Member"],
             ["Councillor Rafiq Galleywood", "Member"],
             ["Councillor Susan Rettendon", "Member"],
             ["Councillor Alan Springfield", "Substitute for Councillor D Tiptree"],
             ["Kayleigh Moulsham", "Children in Care Council representative"],
             ["Joshua Broomfield", "Care leaver representative"]],
            [6.5 * cm, 9.7 * cm])
    d.person("Margaret Writtle", "Chairman; Cabinet Member for Children and Families", "member")
    d.person("Tom Boreham", "Vice-Chairman", "member")
    d.person("Jenny Danbury", "Member", "member")
    d.person("Rafiq Galleywood", "Member", "member")
    d.person("Susan Rettendon", "Member", "member")
    d.person("Alan Springfield", "Substitute for Councillor D Tiptree", "member")
    d.person("D Tiptree", None, "member")
    d.person("Kayleigh Moulsham", "Children in Care Council representative", "other")
    d.person("Joshua Broomfield", "Care leaver representative", "other")
    d.p("<b>Officers and partners present:</b> Clare Hatfield-Peverel, Director, Local Delivery (Children and "
        "Families); Mark Stisted, Head of the Virtual School; Dr Eleanor Maldon, Designated Doctor for Looked After "
        "Children, Mid Essex CCG; Paula Terling, Head of SEND Strategy; and Ian Coggeshall, Democratic Services "
        "Officer (clerk).")
    d.person("Clare Hatfield-Peverel", "Director, Local Delivery (Children and Families)", "officer")
    d.person("Mark Stisted", "Head of the Virtual School", "officer")
    d.person("Eleanor Maldon", "Designated Doctor for Looked After Children, Mid Essex CCG", "officer")
    d.person("Paula Terling", "Head of SEND Strategy", "officer")
    d.person("Ian Coggeshall", "Democratic Services Officer (clerk)", "officer", "ian.coggeshall@essex.gov.uk",
             "033301 34579")
    d.h("CPP/19/19 &nbsp; Apologies and substitutions", MINUTE)
    d.p("Apologies were received from Councillor Derek Tiptree, for whom Councillor Springfield substituted, and "
        "from Councillor Ray Feering.")
    setp(d, "D Tiptree", name="Derek Tiptree")
    d.person("Ray Feering", None, "member")
    d.h("CPP/20/19 &nbsp; Declarations of interest", MINUTE)
    d.p("Councillor Danbury declared a personal interest as a foster carer registered with an independent agency.")
    d.h("CPP/21/19 &nbsp; Minutes of the meeting held on 10 July 2019", MINUTE)
    d.date("10 July 2019", "2019-07-10")
    d.p("The minutes of the meeting held on 10 July 2019 were approved as a correct record and were signed by the "
        "Chairman.")
    d.record_res(None, "The minutes of the meeting held on 10 July 2019 were approved as a correct record and were "
                       "signed by the Chairman.", "resolution")
    d.h("CPP/22/19 &nbsp; Voice of the Child: Children in Care Council update", MINUTE)
    d.p("Kayleigh Moulsham and Joshua Broomfield presented the Children in Care Council's summer activity, "
        "including the 'Pledge refresh' consultation that ran between 1 and 26 July 2019. Young people had said "
        "that they wanted fewer changes of social worker and better help with money when leaving care.")
    d.date("between 1 and 26 July 2019", "2019-07-01", "2019-07-26")
    d.p("The Panel:")
    d.res("(a)", "thanked the Children in Care Council for its presentation;", "resolution", style=INDENT)
    d.res("(b)", "agreed that the refreshed Pledge be presented to Cabinet for adoption in December 2019; and",
          "resolution", style=INDENT)
    d.date("December 2019", "2019-12")
    d.res("(c)", "asked the Director to report on social worker stability at the next meeting.", "resolution",
          style=INDENT)
    d.h("CPP/23/19 &nbsp; Children in care with special educational needs and disabilities", MINUTE)
    d.p("The Panel received report CPP/10/19 by the Head of the Virtual School (attached as Appendix A to these "
        "minutes) on the education of children in care who have special educational needs and disabilities, and "
        "the implications for them of the joint local area SEND inspection.")
    d.p("Mr Stisted reminded members that Ofsted and the CQC had inspected the Essex local area between 4 and 8 "
        "February 2019, and that the outcome letter, published on 9 April 2019, had required a Written Statement "
        "of Action. The Written Statement had been submitted on 12 July 2019 and had been declared fit for purpose "
        "by Ofsted on 21 August 2019. The first monitoring meeting with the Department for Education and NHS "
        "England would be held on 5 November 2019.")
    d.date("between 4 and 8 February 2019", "2019-02-04", "2019-02-08")
    d.date("9 April 2019", "2019-04-09")
    d.date("12 July 2019", "2019-07-12")
    d.date("21 August 2019", "2019-08-21")
    d.date("5 November 2019", "2019-11-05")
    d.event("inspection", "2019-02-04", "2019-02-08", "Ofsted and the CQC had inspected the Essex local area "
            "between 4 and 8 February 2019")
    d.event("outcome-letter", "2019-04-09", None, "the outcome letter, published on 9 April 2019, had required a "
            "Written Statement of Action")
    d.event("wsoa-submitted", "2019-07-12", None, "The Written Statement had been submitted on 12 July 2019")
    d.event("wsoa-approved", "2019-08-21", None, "had been declared fit for purpose by Ofsted on 21 August 2019")
    d.event("monitoring", "2019-11-05", None, "The first monitoring meeting with the Department for Education and "
            "NHS England would be held on 5 November 2019")
    d.p("In response to members' questions, the following points were made:")
    for text in ("Councillor Galleywood asked how many children in care had an EHC plan; Mr Stisted replied that 231 "
                 "of the 1,084 children in care of school age (21%) had a plan, and a further 268 received SEN "
                 "support.",
                 "Councillor Rettendon asked why plans for children placed outside Essex took longer; officers "
                 "explained that the receiving authority's services had to contribute, and that a protocol with "
                 "neighbouring authorities had been agreed in June 2019.",
                 "The Vice-Chairman asked whether health assessments included a check for speech and language "
                 "needs; Dr Maldon confirmed that they would from October 2019.",
                 "Joshua Broomfield asked that young people be told who their SEND caseworker was; the Head of SEND "
                 "Strategy agreed to take this away."):
        d.p("&ndash; " + text, DASH)
    d.date("June 2019", "2019-06")
    d.date("October 2019", "2019-10")
    d.p("<b>Resolved:</b>")
    d.res("1.", "That the report be noted.", "resolution", style=INDENT)
    d.res("2.", "That the Panel receives a six-monthly update on the progress of the Written Statement of Action "
                "for children in care, the first in March 2020.", "resolution", style=INDENT)
    d.date("March 2020", "2020-03")
    d.res("3.", "That the Chairman writes to the Chief Executive of Mid Essex CCG about the waiting times for "
                "therapy assessments for children in care.", "resolution", style=INDENT)
    d.h("CPP/24/19 &nbsp; Performance scorecard, Quarter 1", MINUTE)
    d.p("The Panel considered the scorecard for the quarter ending 30 June 2019. Placement stability had improved; "
        "the proportion of care leavers in education, employment or training was 58%, below the target of 65%.")
    d.date("30 June 2019", "2019-06-30")
    d.p("<b>Resolved:</b> That the scorecard be noted, and that the care leavers' employment offer be added to the "
        "work programme.")
    d.record_res(None, "That the scorecard be noted, and that the care leavers' employment offer be added to the "
                       "work programme.", "resolution")
    d.h("CPP/25/19 &nbsp; Date of next meeting", MINUTE)
    d.p("The next meeting will be held on Wednesday, 13 November 2019 at 10.00 am. The meeting closed at 12.20 pm.")
    d.space(18)
    d.p("Chairman ............................................ &nbsp;&nbsp; Date ....................")
    d.add(PageBreak())

    d.title("Appendix A: Report CPP/10/19")
    d.ruled([["Report title", "The education of children in care with special educational needs and disabilities"],
             ["Report to", "Corporate Parenting Panel, 11 September 2019"],
             ["Report author", "Mark Stisted, Head of the Virtual School, mark.stisted@essex.gov.uk, 033301 "
                               "36410"],
             ["Enquiries to", "Paula Terling, Head of SEND Strategy, 033301 38522"]],
            [4.0 * cm, 12.2 * cm])
    setp(d, "Mark Stisted", email="mark.stisted@essex.gov.uk", phone="033301 36410")
    setp(d, "Paula Terling", phone="033301 38522")
    d.h("1. Purpose")
    d.num("1.1", "To inform the Panel about the education of children in care who have SEND, and about the areas "
                 "of the joint local area SEND inspection that bear most on them.")
    d.h("2. Recommendation")
    d.num("2.1", "That the Panel notes this report and agrees to monitor the progress of the Written Statement of "
                 "Action as it affects children in care.")
    d.record_res("2.1", "That the Panel notes this report and agrees to monitor the progress of the Written "
                        "Statement of Action as it affects children in care.", "recommendation")
    d.h("3. The joint local area SEND inspection")
    d.num("3.1", "The inspection in February 2019 found much to commend: the identification of needs in the early "
                 "years, the commitment of special schools and the work of the designated clinical officer. It "
                 "also identified significant weaknesses. Those with the most bearing on children in care were "
                 "set out in the letter as follows:")
    d.date("February 2019", "2019-02")
    weak = [
        ("the variable quality of EHC plans, and the lack of contributions from health and social care to "
         "assessments and plans", ["ehc-plans"]),
        ("the length of time that families wait for assessments by the child and adolescent mental health service "
         "and for speech and language therapy", ["health-services"]),
        ("weak joint commissioning arrangements, which have not ensured that services meet the needs of children "
         "and young people placed outside the county", ["joint-commissioning"]),
        ("the high rates of fixed-term exclusion of pupils with SEND, including those who are looked after",
         ["inclusion-provision"]),
    ]
    for text, themes in weak:
        d.weak(text, themes, marker="&ndash;", style=DASH)
    d.num("3.2", "The letter's other areas of significant weakness are addressed in other parts of the Written "
                 "Statement of Action and are not repeated here.")
    d.h("4. Children in care with SEND: the picture in Essex")
    d.ruled([["Measure", "Children in care", "All pupils in Essex", "Children in care (national)"],
             ["Pupils with an EHC plan", "21%", "3.2%", "27%"],
             ["Pupils receiving SEN support", "25%", "11.9%", "29%"],
             ["Key stage 2: expected standard in reading, writing and maths", "34%", "64%", "37%"],
             ["Key stage 4: average Attainment 8 score", "21.4", "46.7", "19.1"],
             ["At least one fixed-term exclusion", "9.8%", "2.1%", "11.7%"],
             ["Persistent absence", "10.6%", "10.9%", "12.0%"]],
            [6.6 * cm, 3.0 * cm, 3.3 * cm, 3.3 * cm])
    d.num("4.1", "Figures are for the academic year 2017/18, the latest validated; national comparators were "
                 "published by the Department for Education on 28 March 2019.")
    d.date("28 March 2019", "2019-03-28")
    d.h("5. What the Virtual School is doing")
    for text in ("every child in care with an EHC plan has a Personal Education Plan reviewed each term, aligned with "
                 "the plan's outcomes;",
                 "a SEND adviser in the Virtual School has attended every annual review of a child placed out of "
                 "county since April 2019;",
                 "a training programme for designated teachers on attachment and trauma has reached 310 schools;",
                 "the Virtual School has agreed with the SEND service that no child in care will move school without "
                 "a planning meeting."):
        d.p("&bull; " + text, BULLET)
    d.date("April 2019", "2019-04")
    d.h("6. The Written Statement of Action")
    d.num("6.1", "The Written Statement of Action has five priorities. The Virtual School leads the actions on "
                 "exclusions and contributes to those on EHC plans. Its milestones for children in care are:")
    d.ruled([["Action", "Lead", "Milestone"],
             ["Health and social care advice for every plan of a child in care returned within six weeks",
              "Designated Doctor", "31 December 2019"],
             ["Protocol for plans of children placed out of county reviewed with the eastern region authorities",
              "Head of SEND Strategy", "31 January 2020"],
             ["Exclusions of children in care with SEND reduced by a quarter", "Head of the Virtual School",
              "July 2020"],
             ["Termly audit of plans for children in care, with the Independent Reviewing Officers",
              "Head of SEND Strategy", "From October 2019"]],
            [9.2 * cm, 3.8 * cm, 3.2 * cm])
    d.date("31 December 2019", "2019-12-31")
    d.date("31 January 2020", "2020-01-31")
    d.date("July 2020", "2020-07")
    d.h("7. Risks")
    d.num("7.1", "The main risk is the capacity of health services to provide advice in time, given vacancies in "
                 "the looked-after children's health team. A second is the number of children placed in other "
                 "authorities' areas (38% of children in care of school age).")
    d.h("8. Financial, legal and equality implications")
    d.num("8.1", "There are no direct financial implications. The Council's duties as corporate parent are set out "
                 "in the Children and Social Work Act 2017. An equality impact assessment was completed for the "
                 "Written Statement of Action on 1 July 2019.")
    d.date("1 July 2019", "2019-07-01")
    d.h("9. Background papers")
    d.p("Joint local area SEND inspection in Essex: outcome letter, 9 April 2019. Essex Written Statement of Action, "
        "July 2019.")
    d.date("July 2019", "2019-07")
    d.add(PageBreak())
    d.title("Appendix B: Children in Care Council - 'Pledge refresh' consultation results")
    d.p("Responses from 187 children in care and 64 care leavers, collected by the Children in Care Council and the "
        "participation team. Percentages are of those who answered each question.")
    d.ruled([["Pledge statement (2016 wording)", "Agree", "Not sure", "Disagree", "What young people said"],
             ["We will make sure you have a social worker who knows you", "48%", "17%", "35%",
              "'I have had five social workers in two years.'"],
             ["We will help you to do well at school", "71%", "18%", "11%",
              "'My PEP meetings are good but I don't always know what happens after.'"],
             ["We will listen to you and take your views seriously", "57%", "24%", "19%",
              "'They ask, but nothing changes.'"],
             ["We will help you stay in touch with your family and friends", "63%", "20%", "17%",
              "'Contact is always at the office.'"],
             ["We will make sure you get the health care you need", "69%", "22%", "9%",
              "'I waited a year for counselling.'"],
             ["We will help you get ready to leave care", "44%", "31%", "25%",
              "'Nobody told me about my leaving care grant.'"],
             ["We will make sure you know what support there is for your special educational needs", "39%",
              "35%", "26%", "'I didn't know I had an EHCP until I was 15.'"],
             ["We will celebrate your achievements", "66%", "21%", "13%", "'The awards evening was the best.'"]],
            [5.4 * cm, 1.5 * cm, 1.6 * cm, 1.7 * cm, 6.0 * cm])
    d.h("What the Children in Care Council proposes")
    for text in ("a new pledge on keeping the same social worker wherever possible, with a promise of an explanation "
                 "when a change is unavoidable;",
                 "a pledge that every young person with SEND will know who their SEND caseworker is and how to "
                 "contact them;",
                 "a 'money ready' pledge for care leavers, including help with bank accounts and budgeting from age "
                 "16;",
                 "a pledge on health, that no child in care waits longer than 18 weeks for emotional health support;",
                 "the pledge to be reviewed every two years by the Children in Care Council with the Panel."):
        d.p("&bull; " + text, BULLET)
    d.p("The refreshed Pledge will be launched at the Children in Care Council's celebration event in January "
        "2020, subject to Cabinet's adoption.")
    d.date("January 2020", "2020-01")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 4. Reading: a Cabinet agenda pack with a high needs and SEND sufficiency report that recalls the inspection cycle
# ------------------------------------------------------------------------------------------------------------------

def reading_cabinet() -> Doc:
    d = Doc("reading/round40-2022-03-21-policy-committee/Agenda reports pack 21 March 2022.pdf",
            {"council": "Reading Borough Council", "council_slug": "reading", "committee": "Policy Committee",
             "meeting_date": "2022-03-21", "title": "Agenda reports pack, Policy Committee 21/03/2022",
             "source_kind": "moderngov-document",
             "url": "https://democracy.reading.gov.uk/documents/g4231/Public%20reports%20pack%2021st-Mar-2022%2018.30"
                    "%20Policy%20Committee.pdf"},
            {"council": "Reading Borough Council", "committee": "Policy Committee", "date": "2022-03-21"},
            "READING BOROUGH COUNCIL", "POLICY COMMITTEE - 21 MARCH 2022", "Public Document Pack",
            page_label="Page {n}")
    d.date("21 MARCH 2022", "2022-03-21")
    d.p("<b>READING BOROUGH COUNCIL</b>", CENTRE)
    d.p("Civic Offices, Bridge Street, Reading RG1 2LU", CENTRE)
    d.p("To: Councillors Brock Caversham (Chair), Tilehurst, Whitley-Wood, Emmer, Pangbourne, Sonning, Calcot, "
        "Southcote, Woodley and Earley.", CENTRE)
    d.person("Brock Caversham", "Chair", "member")
    for name in ("Tilehurst", "Whitley-Wood", "Emmer", "Pangbourne", "Sonning", "Calcot", "Southcote", "Woodley",
                 "Earley"):
        d.person(name, None, "member")
    d.p("Direct: 0118 937 2153 &nbsp; e-mail: simon.burghfield@reading.gov.uk", CENTRE)
    d.p("11 March 2022", CENTRE)
    d.date("11 March 2022", "2022-03-11")
    d.p("Your contact is: Simon Burghfield - Committee Services", CENTRE)
    d.person("Simon Burghfield", "Committee Services", "officer", "simon.burghfield@reading.gov.uk", "0118 937 2153")
    d.p("<b>NOTICE OF MEETING - POLICY COMMITTEE 21 MARCH 2022</b>", CENTRE)
    d.p("A meeting of the Policy Committee will be held on Monday, 21 March 2022 at 6.30 pm in the Council Chamber, "
        "Civic Offices, Bridge Street, Reading. The Agenda for the meeting is set out below.")
    d.p("SARAH THEALE<br/>CHIEF EXECUTIVE", RIGHT)
    d.person("Sarah Theale", "Chief Executive", "officer")
    d.ruled([["", "", "ACTION", "WARDS AFFECTED", "PAGE NO"],
             ["1.", "DECLARATIONS OF INTEREST", "-", "-", "-"],
             ["2.", "MINUTES OF THE MEETING HELD ON 14 FEBRUARY 2022", "Decision", "-", "-"],
             ["3.", "PETITIONS AND QUESTIONS", "-", "-", "-"],
             ["4.", "HIGH NEEDS BLOCK AND SEND SUFFICIENCY STRATEGY 2022-2027", "Decision", "BOROUGHWIDE", "2"],
             ["5.", "HOUSING REVENUE ACCOUNT BUSINESS PLAN", "Decision", "BOROUGHWIDE", "-"],
             ["6.", "CORPORATE PLAN PERFORMANCE: QUARTER 3", "Information", "BOROUGHWIDE", "-"]],
            [1.0 * cm, 8.2 * cm, 2.2 * cm, 2.9 * cm, 1.9 * cm])
    d.date("14 FEBRUARY 2022", "2022-02-14")
    d.p("<b>WEBCASTING NOTICE</b>: please note that this meeting may be filmed for live and/or subsequent "
        "broadcast via the Council's website.", SMALL)
    d.add(PageBreak())

    d.p("<b>READING BOROUGH COUNCIL<br/>REPORT BY EXECUTIVE DIRECTOR OF CHILDREN'S SERVICES</b>", CENTRE)
    d.ruled([["TO:", "POLICY COMMITTEE", "", ""],
             ["DATE:", "21 MARCH 2022", "AGENDA ITEM:", "4"],
             ["TITLE:", "HIGH NEEDS BLOCK AND SEND SUFFICIENCY STRATEGY 2022-2027", "", ""],
             ["LEAD COUNCILLOR:", "COUNCILLOR ALICE PURLEY", "PORTFOLIO:", "EDUCATION"],
             ["SERVICE:", "EDUCATION AND SEND", "WARDS:", "BOROUGHWIDE"],
             ["LEAD OFFICER:", "DAVID BINFIELD", "TEL:", "0118 937 4410"],
             ["JOB TITLE:", "DIRECTOR OF EDUCATION", "E-MAIL:", "david.binfield@brighterfuturesforchildren.org"]],
            [3.3 * cm, 5.2 * cm, 3.0 * cm, 4.7 * cm], header_rows=0)
    d.person("Alice Purley", "Lead Councillor for Education", "member")
    d.person("David Binfield", "Director of Education", "officer", "david.binfield@brighterfuturesforchildren.org",
             "0118 937 4410")
    d.h("1. PURPOSE OF REPORT AND EXECUTIVE SUMMARY")
    d.num("1.1", "This report presents the High Needs Block and SEND Sufficiency Strategy 2022-2027 for approval. "
                 "The strategy sets out how the Council, with Brighter Futures for Children, will secure enough "
                 "good local places for children and young people with special educational needs and disabilities "
                 "(SEND), and bring spending on high needs back within the grant.")
    d.num("1.2", "The strategy also responds to the findings of the joint local area SEND inspection and of the "
                 "re-visit, summarised in section 4, several of which concern the sufficiency of local provision.")
    d.h("2. RECOMMENDED ACTION")
    d.p("2.&nbsp;&nbsp;That Policy Committee:", NUM_PARA)
    for label, text in (
        ("2.1", "approves the High Needs Block and SEND Sufficiency Strategy 2022-2027 at Appendix A;"),
        ("2.2", "approves the creation of 120 additional specialist places by September 2025, as set out in "
                "paragraph 5.4, subject to the capital programme;"),
        ("2.3", "notes the high needs block deficit recovery plan and its submission to the Department for "
                "Education; and"),
        ("2.4", "delegates authority to the Executive Director of Children's Services, in consultation with the Lead "
                "Councillor for Education, to agree the detailed specifications of the new provision."),
    ):
        d.res(label, text, "recommendation", style=SUB_PARA)
    d.date("September 2025", "2025-09")
    d.h("3. POLICY CONTEXT")
    d.num("3.1", "The Children and Families Act 2014 places a duty on the Council to keep its SEND provision under "
                 "review. The SEND Review green paper, published on 29 March 2022, is expected shortly and may "
                 "change the national framework; the strategy will be reviewed once it is known.")
    d.date("29 March 2022", "2022-03-29")
    d.h("4. THE INSPECTION CYCLE")
    d.num("4.1", "Ofsted and the Care Quality Commission inspected the Reading local area from 22 to 26 January "
                 "2018. Their letter of 23 March 2018 identified five areas of significant weakness, and a Written "
                 "Statement of Action was submitted on 9 July 2018 and declared fit for purpose in September 2018.")
    d.date("from 22 to 26 January 2018", "2018-01-22", "2018-01-26")
    d.date("23 March 2018", "2018-03-23")
    d.date("9 July 2018", "2018-07-09")
    d.date("September 2018", "2018-09")
    d.event("inspection", "2018-01-22", "2018-01-26", "Ofsted and the Care Quality Commission inspected the Reading "
            "local area from 22 to 26 January 2018")
    d.event("outcome-letter", "2018-03-23", None, "Their letter of 23 March 2018 identified five areas of "
            "significant weakness")
    d.event("wsoa-submitted", "2018-07-09", None, "a Written Statement of Action was submitted on 9 July 2018")
    d.event("wsoa-approved", "2018-09", None, "declared fit for purpose in September 2018")
    d.num("4.2", "Inspectors re-visited the area from 6 to 8 September 2021 to decide whether sufficient progress "
                 "had been made. In their letter, published on 2 November 2021, they found sufficient progress in "
                 "two of the five areas, but not in the following three:")
    d.date("from 6 to 8 September 2021", "2021-09-06", "2021-09-08")
    d.date("2 November 2021", "2021-11-02")
    d.event("revisit", "2021-09-06", "2021-09-08", "Inspectors re-visited the area from 6 to 8 September 2021")
    d.event("revisit-outcome", "2021-11-02", None, "In their letter, published on 2 November 2021")
    for label, text, themes in (
        ("4.2.1", "the lack of sufficient and suitable local specialist provision, which results in too many "
                  "children and young people being educated out of the borough or in independent settings",
         ["inclusion-provision"]),
        ("4.2.2", "the high rates of exclusion and the use of part-time timetables for pupils with SEND in "
                  "mainstream secondary schools", ["inclusion-provision"]),
        ("4.2.3", "the poor timeliness and quality of EHC plans, including the contributions of health and social "
                  "care", ["ehc-plans"]),
    ):
        d.weak(text, themes, marker=label, style=SUB_PARA)
    d.num("4.3", "The Department for Education and NHS England therefore required an Accelerated Progress Plan, "
                 "which was submitted on 17 December 2021 and agreed on 20 January 2022. The first formal review of "
                 "progress against it will take place in May 2022.")
    d.date("17 December 2021", "2021-12-17")
    d.date("20 January 2022", "2022-01-20")
    d.date("May 2022", "2022-05")
    d.event("progress-plan", "2021-12-17", None, "an Accelerated Progress Plan, which was submitted on 17 December "
            "2021")
    d.event("progress-plan", "2022-01-20", None, "agreed on 20 January 2022")
    d.event("monitoring", "2022-05", None, "The first formal review of progress against it will take place in May "
            "2022")
    d.num("4.4", "The re-visit letter recognised improvements in the local offer and in co-production with the "
                 "Reading Parent Carer Forum, which were found to have been sufficiently addressed.")
    d.h("5. THE SUFFICIENCY STRATEGY")
    d.num("5.1", "On 31 January 2022 there were 1,402 children and young people with an EHC plan maintained by "
                 "Reading, an increase of 58% since January 2017. Of these, 27% attended a special school and 14% "
                 "an independent or non-maintained special school, compared with 6% nationally.")
    d.date("31 January 2022", "2022-01-31")
    d.date("January 2017", "2017-01")
    d.ruled([["Primary need", "Jan 2019", "Jan 2020", "Jan 2021", "Jan 2022", "Forecast 2027"],
             ["Autistic spectrum disorder", "298", "341", "389", "452", "640"],
             ["Social, emotional and mental health", "176", "205", "231", "268", "360"],
             ["Speech, language and communication", "161", "172", "190", "214", "250"],
             ["Moderate learning difficulty", "121", "118", "122", "126", "130"],
             ["Severe or profound learning difficulty", "97", "101", "106", "111", "125"],
             ["Other", "139", "150", "166", "231", "255"],
             ["Total", "992", "1,087", "1,204", "1,402", "1,760"]],
            [5.4 * cm, 2.0 * cm, 2.0 * cm, 2.0 * cm, 2.0 * cm, 2.8 * cm])
    d.date("Jan 2019", "2019-01")
    d.date("Jan 2020", "2020-01")
    d.date("Jan 2021", "2021-01")
    d.num("5.2", "The strategy has four objectives: to support inclusion in mainstream schools; to create more local "
                 "specialist places; to commission post-16 provision in Reading; and to bring the high needs block "
                 "into balance.")
    d.num("5.3", "The high needs block deficit was £8.4m at 31 March 2021 and is forecast to reach £11.9m at "
                 "31 March 2022 without action.")
    d.date("31 March 2021", "2021-03-31")
    d.date("31 March 2022", "2022-03-31")
    d.num("5.4", "The additional places are set out below.")
    d.ruled([["Provision", "Type", "Opening", "Places"],
             ["Kennet Valley resource base (primary, autism)", "Resource base", "September 2022", "16"],
             ["Thames Lido secondary SEMH unit", "Resource base", "January 2023", "20"],
             ["Avon Way special school expansion", "Special school", "September 2023", "40"],
             ["New special free school (Green Park)", "Free school", "September 2025", "32"],
             ["Post-16 supported learning hub", "Further education", "September 2024", "12"]],
            [6.6 * cm, 3.4 * cm, 4.2 * cm, 2.0 * cm])
    d.date("September 2022", "2022-09")
    d.date("January 2023", "2023-01")
    d.date("September 2023", "2023-09")
    d.date("September 2024", "2024-09")
    d.h("6. CONTRIBUTION TO STRATEGIC AIMS")
    d.num("6.1", "The strategy contributes to the Corporate Plan priority of ensuring that children and young "
                 "people have the best start in life through education and early help.")
    d.h("7. COMMUNITY ENGAGEMENT AND CONSULTATION")
    d.num("7.1", "The strategy was co-produced with the Reading Parent Carer Forum and consulted on between 1 "
                 "November 2021 and 10 January 2022, with 412 responses. Schools Forum considered it on 13 January "
                 "2022.")
    d.date("between 1 November 2021 and 10 January 2022", "2021-11-01", "2022-01-10")
    d.date("13 January 2022", "2022-01-13")
    d.h("8. EQUALITY IMPACT ASSESSMENT")
    d.num("8.1", "An equality impact assessment is attached at Appendix B. It concludes that the strategy will have a "
                 "positive impact on disabled children and young people.")
    d.h("9. LEGAL IMPLICATIONS")
    d.num("9.1", "Legal Services (Kate Shinfield, Solicitor) have been consulted. The Council must comply with its "
                 "duties under section 27 of the Children and Families Act 2014.")
    d.person("Kate Shinfield", "Solicitor", "officer")
    d.h("10. FINANCIAL IMPLICATIONS")
    d.num("10.1", "The capital cost of the places is estimated at £14.2m, funded by the High Needs Provision Capital "
                  "Allocation and basic need grant. The revenue saving from reduced independent placements is "
                  "estimated at £2.1m a year by 2026. Finance comments were provided by Neil Mortimer, Finance "
                  "Business Partner.")
    d.person("Neil Mortimer", "Finance Business Partner", "officer")
    d.ruled([["Risk", "Likelihood", "Impact", "Mitigation"],
             ["Capital costs rise above estimate", "Medium", "High", "Fixed-price contracts; contingency of 10%"],
             ["Demand exceeds forecast", "High", "High", "Annual refresh of the forecast"],
             ["Free school delayed by the DfE", "Medium", "Medium", "Interim places at Avon Way"]],
            [5.0 * cm, 2.2 * cm, 2.0 * cm, 7.0 * cm])
    d.h("11. BACKGROUND PAPERS")
    d.p("Joint local area SEND inspection in Reading, letter of 23 March 2018; re-visit letter, 2 November 2021; "
        "Accelerated Progress Plan, December 2021.")
    d.date("December 2021", "2021-12")
    d.add(PageBreak())
    d.title("Appendix A: High Needs Block and SEND Sufficiency Strategy 2022-2027 (summary)")
    d.p("<b>Our vision:</b> every child and young person with SEND in Reading is able to learn in a local setting "
        "that meets their needs, with their family's confidence, and to move into adult life with a plan.")
    d.ruled([["Objective", "What we will do", "How we will know"],
             ["1. Inclusion in mainstream", "Inclusion fund for schools; outreach from special schools; SEND "
                                            "training for every SENCO", "Fewer exclusions of pupils with SEND; more "
                                                                        "pupils with plans in mainstream"],
             ["2. Local specialist places", "120 new places (section 5.4); commissioning framework for independent "
                                            "schools", "Fewer pupils placed outside Reading"],
             ["3. Post-16", "Supported learning hub; supported internships with the Council and NHS",
              "More young people in education, employment or training at 19"],
             ["4. Financial balance", "Deficit recovery plan; banding review", "In-year balance by 2025-26"]],
            [3.6 * cm, 6.6 * cm, 6.0 * cm])
    d.p("The strategy's delivery will be overseen by the SEND Strategic Partnership Board, which will report to "
        "Policy Committee annually, the first report in March 2023.")
    d.date("March 2023", "2023-03")
    d.add(PageBreak())
    d.title("Appendix B: Equality Impact Assessment (summary)")
    d.p("Completed by: David Binfield, Director of Education. Date: 1 March 2022.")
    d.date("1 March 2022", "2022-03-01")
    d.ruled([["Protected characteristic", "Likely impact", "Evidence and mitigation"],
             ["Disability", "Positive", "More local specialist places reduce travel times and allow children to "
                                        "attend school in their own community."],
             ["Age", "Positive", "The post-16 hub extends provision to age 25; transition planning begins at 14."],
             ["Sex", "Neutral", "Boys are over-represented among children with EHC plans (73%); the strategy does "
                                "not treat boys and girls differently, but outreach will check that girls' needs, "
                                "particularly autism, are identified."],
             ["Race", "Neutral / monitor", "Black Caribbean pupils are over-represented among pupils with SEND who "
                                           "are excluded; the inclusion fund will monitor exclusions by ethnicity."],
             ["Religion or belief", "Neutral", "No differential impact identified."],
             ["Pregnancy and maternity", "Neutral", "No differential impact identified."],
             ["Sexual orientation; gender reassignment", "Neutral", "No differential impact identified."],
             ["Socio-economic disadvantage", "Positive", "Families on low incomes are less able to travel to "
                                                         "out-of-borough placements and to appeal decisions."]],
            [4.4 * cm, 2.8 * cm, 9.0 * cm])
    d.h("Consultation feedback on equality")
    d.p("Of the 412 consultation responses, 61 raised matters of equality. The most common were the lack of places "
        "for girls with social, emotional and mental health needs, the accessibility of the Local Offer for families "
        "whose first language is not English, and travel arrangements for young people aged over 16. Each has been "
        "addressed in the final strategy: an SEMH resource base will admit girls from its opening; key pages of the "
        "Local Offer will be translated into the five most common community languages; and the post-16 travel "
        "policy will be reviewed by September 2022.")
    d.p("<b>Conclusion of the assessment:</b> the strategy should proceed, with monitoring of exclusions by ethnicity and sex reported "
        "annually to the SEND Strategic Partnership Board.")
    return d


# ------------------------------------------------------------------------------------------------------------------
# 5. Salford: a scrutiny panel pack whose appendix is the Accelerated Progress Plan itself
# ------------------------------------------------------------------------------------------------------------------

def salford_scrutiny() -> Doc:
    d = Doc("salford/round40-2022-07-11-childrens-services-scrutiny-panel/"
            "Childrens Services Scrutiny Panel 11 July 2022 - agenda pack.pdf",
            {"council": "Salford City Council", "council_slug": "salford",
             "committee": "Children's Services Scrutiny Panel", "meeting_date": "2022-07-11",
             "title": "Children's Services Scrutiny Panel - 11 July 2022 - agenda pack",
             "source_kind": "moderngov-document",
             "url": "https://sccdemocracy.salford.gov.uk/documents/g3890/Public%20reports%20pack%2011th-Jul-2022"
                    "%2014.00%20Childrens%20Services%20Scrutiny%20Panel.pdf"},
            {"council": "Salford City Council", "committee": "Children's Services Scrutiny Panel",
             "date": "2022-07-11"},
            "Children's Services Scrutiny Panel", "Monday, 11 July 2022", "Salford City Council",
            page_label="{n}")
    d.date("Monday, 11 July 2022", "2022-07-11")
    d.title("CHILDREN'S SERVICES SCRUTINY PANEL")
    d.p("Monday, 11 July 2022 at 2.00 pm, Council Chamber, Salford Civic Centre, Chorley Road, Swinton, M27 5AW")
    d.h("Membership")
    two_columns(d, ["Councillor Jane Irlam (Chair)", "Councillor Ronnie Pendlebury (Deputy Chair)",
                    "Councillor Asif Cadishead", "Councillor Bernadette Kersal", "Councillor Tom Monton"],
                ["Councillor Lucy Walkden", "Councillor Derek Boothstown", "Councillor Faye Winton",
                 "Mr Paul Ellenbrook (Church of England diocese)", "Mrs Hana Clifton (parent governor)"])
    for name, role in (("Jane Irlam", "Chair"), ("Ronnie Pendlebury", "Deputy Chair"), ("Asif Cadishead", None),
                       ("Bernadette Kersal", None), ("Tom Monton", None), ("Lucy Walkden", None),
                       ("Derek Boothstown", None), ("Faye Winton", None)):
        d.person(name, role, "member")
    d.person("Paul Ellenbrook", "Church of England diocese", "other")
    d.person("Hana Clifton", "parent governor", "other")
    d.p("Contact: Sophie Agecroft, Democratic Services, 0161 793 2571, sophie.agecroft@salford.gov.uk")
    d.person("Sophie Agecroft", "Democratic Services", "officer", "sophie.agecroft@salford.gov.uk", "0161 793 2571")
    d.h("Agenda")
    for n, text in (("1.", "Apologies for absence"), ("2.", "Declarations of interest"),
                    ("3.", "Minutes of the meeting held on 13 June 2022 (pages 2 - 3)"),
                    ("4.", "SEND Accelerated Progress Plan: progress report (pages 4 - 9)"),
                    ("5.", "Children's Services Scrutiny Panel work programme 2022/23 (verbal)"),
                    ("6.", "Any other business")):
        d.num(n, text)
    d.date("13 June 2022", "2022-06-13")
    d.add(PageBreak())
    d.title("CHILDREN'S SERVICES SCRUTINY PANEL<br/>13 June 2022")
    d.p("<b>Meeting commenced:</b> 2.00 pm &nbsp; <b>Meeting ended:</b> 3.45 pm")
    d.p("<b>PRESENT:</b> Councillor Irlam - in the Chair; Councillors Pendlebury, Cadishead, Kersal, Walkden and "
        "Winton; Mrs H Clifton.")
    d.p("<b>ALSO PRESENT:</b> Councillor Mark Barton-Moss, Lead Member for Children's and Young People's Services.")
    d.person("Mark Barton-Moss", "Lead Member for Children's and Young People's Services", "member")
    d.p("<b>OFFICERS:</b> Gill Eccles, Strategic Director for People; Nadia Weaste, Assistant Director, Education "
        "and Skills; Chris Ordsall, Head of SEND; Sophie Agecroft, Democratic Services.")
    d.person("Gill Eccles", "Strategic Director for People", "officer")
    d.person("Nadia Weaste", "Assistant Director, Education and Skills", "officer")
    d.person("Chris Ordsall", "Head of SEND", "officer")
    d.h("1. APOLOGIES FOR ABSENCE", MINUTE)
    d.p("Apologies were received from Councillors Monton and Boothstown and Mr P Ellenbrook.")
    d.h("2. DECLARATIONS OF INTEREST", MINUTE)
    d.p("None.")
    d.h("3. MINUTES OF THE PREVIOUS MEETING", MINUTE)
    d.p("RESOLVED: THAT the minutes of the meeting held on 11 April 2022 be approved as a correct record.")
    d.date("11 April 2022", "2022-04-11")
    d.record_res(None, "THAT the minutes of the meeting held on 11 April 2022 be approved as a correct record.",
                 "resolution")
    d.h("4. ELECTIVE HOME EDUCATION ANNUAL REPORT", MINUTE)
    d.p("Nadia Weaste presented the annual report. 512 children were electively home educated on 1 May 2022, an "
        "increase of 19% on the previous year; 23% of those newly registered had SEND. Members asked about the "
        "reasons given by parents, and whether any children had been removed from school rolls at the suggestion "
        "of the school. The Assistant Director said that she was aware of two cases, both challenged.")
    d.date("1 May 2022", "2022-05-01")
    d.p("RESOLVED: THAT")
    d.res("(1)", "the annual report be noted;", "resolution", style=INDENT)
    d.res("(2)", "the Panel's concern about the rise in home education among children with SEND be reported to the "
                 "Lead Member; and", "resolution", style=INDENT)
    d.res("(3)", "a further report on off-rolling be brought to the Panel in the autumn.", "resolution",
          style=INDENT)
    d.h("5. WORK PROGRAMME", MINUTE)
    d.p("RESOLVED: THAT the SEND Accelerated Progress Plan be considered at the meeting on 11 July 2022, with the "
        "plan itself appended.")
    d.record_res(None, "THAT the SEND Accelerated Progress Plan be considered at the meeting on 11 July 2022, with "
                       "the plan itself appended.", "resolution")
    d.add(PageBreak())

    d.p("<b>Part 1 &nbsp; ITEM NO. 4</b>", RIGHT)
    d.p("<b>REPORT OF THE STRATEGIC DIRECTOR FOR PEOPLE</b>", CENTRE)
    d.p("<b>TO THE CHILDREN'S SERVICES SCRUTINY PANEL ON 11 JULY 2022</b>", CENTRE)
    d.p("<b>TITLE: SEND ACCELERATED PROGRESS PLAN: PROGRESS REPORT</b>", CENTRE)
    d.p("<b>RECOMMENDATIONS:</b> The Panel is requested to:")
    for text in ("note the progress made against the Accelerated Progress Plan since it was agreed;",
                 "comment on the plan's priorities and measures of success; and",
                 "identify any areas it wishes to scrutinise in more depth during 2022/23."):
        d.res(None, text, "recommendation", shown_label="&bull;", style=BULLET)
    d.p("<b>EXECUTIVE SUMMARY:</b> The re-visit of the Salford local area by Ofsted and the CQC found that three "
        "of the significant weaknesses identified in 2018 had not been sufficiently addressed. The Department for "
        "Education and NHS England required an Accelerated Progress Plan, which is attached as Appendix 1. This "
        "report sets out the progress made.")
    d.p("<b>BACKGROUND DOCUMENTS:</b> Salford local area SEND inspection letter, 2 August 2018; Written Statement of "
        "Action, November 2018; re-visit letter, 7 March 2022.")
    d.date("2 August 2018", "2018-08-02")
    d.date("November 2018", "2018-11")
    d.date("7 March 2022", "2022-03-07")
    d.p("<b>CONTACT OFFICER:</b> Chris Ordsall, Head of SEND, 0161 778 0435, chris.ordsall@salford.gov.uk")
    setp(d, "Chris Ordsall", email="chris.ordsall@salford.gov.uk", phone="0161 778 0435")
    d.p("<b>WARD(S) TO WHICH REPORT RELATE(S):</b> All")
    d.h("DETAILS:")
    d.num("1.", "The joint local area SEND inspection of Salford took place between 11 and 15 June 2018 and the "
                "outcome letter was published on 2 August 2018. The local area's Written Statement of Action was "
                "declared fit for purpose on 30 November 2018.")
    d.date("between 11 and 15 June 2018", "2018-06-11", "2018-06-15")
    d.date("30 November 2018", "2018-11-30")
    d.event("inspection", "2018-06-11", "2018-06-15", "The joint local area SEND inspection of Salford took place "
            "between 11 and 15 June 2018")
    d.event("outcome-letter", "2018-08-02", None, "the outcome letter was published on 2 August 2018")
    d.event("wsoa-approved", "2018-11-30", None, "The local area's Written Statement of Action was declared fit for "
            "purpose on 30 November 2018")
    d.num("2.", "Ofsted and the CQC re-visited Salford from 24 to 26 January 2022. The re-visit letter, dated "
                "7 March 2022, found that the area had made sufficient progress in two of the five areas and "
                "insufficient progress in the other three. Inspectors judged that the area had not yet addressed "
                "(a) the inconsistent quality of EHC plans and the delays in issuing them; (b) the weak "
                "arrangements for joint commissioning, particularly of therapies and of support for children's "
                "emotional and mental health; and (c) the lack of a coherent pathway for young people moving into "
                "adulthood.")
    d.date("from 24 to 26 January 2022", "2022-01-24", "2022-01-26")
    d.event("revisit", "2022-01-24", "2022-01-26", "Ofsted and the CQC re-visited Salford from 24 to 26 January 2022")
    d.event("revisit-outcome", "2022-03-07", None, "The re-visit letter, dated 7 March 2022")
    d.record_weak("the inconsistent quality of EHC plans and the delays in issuing them", ["ehc-plans"])
    d.record_weak("the weak arrangements for joint commissioning, particularly of therapies and of support for "
                  "children's emotional and mental health", ["joint-commissioning", "health-services"])
    d.record_weak("the lack of a coherent pathway for young people moving into adulthood",
                  ["preparing-for-adulthood"])
    d.num("3.", "An Accelerated Progress Plan was submitted to the Department for Education on 22 April 2022 and "
                "agreed by the Department and NHS England on 19 May 2022. The first of the quarterly review "
                "meetings with the Department's SEND adviser, Ruth Astley, and NHS England's SEND lead, Dr Owen "
                "Pendleton, is on 6 September 2022.")
    d.date("22 April 2022", "2022-04-22")
    d.date("19 May 2022", "2022-05-19")
    d.date("6 September 2022", "2022-09-06")
    d.event("progress-plan", "2022-04-22", None, "An Accelerated Progress Plan was submitted to the Department for "
            "Education on 22 April 2022")
    d.event("progress-plan", "2022-05-19", None, "agreed by the Department and NHS England on 19 May 2022")
    d.event("monitoring", "2022-09-06", None, "The first of the quarterly review meetings with the Department's SEND "
            "adviser, Ruth Astley, and NHS England's SEND lead, Dr Owen Pendleton, is on 6 September 2022")
    d.person("Ruth Astley", "SEND adviser, Department for Education", "officer")
    d.person("Owen Pendleton", "SEND lead, NHS England", "officer")
    d.num("4.", "Progress since May 2022 includes: 61% of new plans issued within 20 weeks in June 2022 (from 34% "
                "in January 2022); a jointly commissioned speech and language therapy service for mainstream "
                "schools, with the Integrated Care Board, from 1 June 2022; and a Preparing for Adulthood Board, "
                "chaired by the Assistant Director for Adult Social Care, Kevin Swinton.")
    d.date("June 2022", "2022-06")
    d.date("January 2022", "2022-01")
    d.date("1 June 2022", "2022-06-01")
    d.person("Kevin Swinton", "Assistant Director for Adult Social Care", "officer")
    d.date("May 2022", "2022-05")
    d.num("5.", "Parents and carers remain sceptical. The Salford Parent Carer Forum's survey in May 2022 found that "
                "only 27% of respondents felt that things were getting better.")
    d.num("6.", "<b>KEY POLICY AREAS:</b> Children and Families Act 2014; SEND Code of Practice 2015. "
                "<b>FINANCIAL IMPLICATIONS:</b> met from existing budgets and the high needs block (supplied by "
                "Andrea Lower, Finance Manager). <b>LEGAL IMPLICATIONS:</b> none beyond those set out (supplied by "
                "Tony Hulton, Principal Solicitor).")
    d.person("Andrea Lower", "Finance Manager", "officer")
    d.person("Tony Hulton", "Principal Solicitor", "officer")
    d.add(PageBreak())

    d.title("Appendix 1: Salford Local Area SEND Accelerated Progress Plan (version 1.2, June 2022)")
    d.p("Senior responsible officer: Gill Eccles, Strategic Director for People. ICB lead: Dr Farah Hope, Director "
        "of Nursing (Salford locality). Plan agreed by the SEND Strategic Board on 14 April 2022.")
    d.person("Farah Hope", "Director of Nursing (Salford locality)", "officer")
    d.date("14 April 2022", "2022-04-14")
    d.p("RAG: G = complete or on track; A = some slippage; R = off track.", SMALL)
    head = ["Ref", "Action", "Lead", "By when", "Measure of success", "RAG"]
    rows = [head,
            ["Area 1: Timeliness and quality of EHC plans", "", "", "", "", ""],
            ["1.1", "Recruit eight additional EHC coordinators and a quality assurance lead", "C Ordsall",
             "30/06/2022", "All posts filled", "G"],
            ["1.2", "Introduce a multi-agency panel to agree health and care advice within six weeks",
             "Dr F Hope", "31/07/2022", "90% of advice within six weeks", "A"],
            ["1.3", "Monthly audit of 10% of new and amended plans, with parent carer representatives", "C Ordsall",
             "From 01/07/2022", "80% of audited plans rated good", "A"],
            ["1.4", "Clear the backlog of overdue annual reviews", "C Ordsall", "31/12/2022",
             "No review more than 12 months overdue", "R"],
            ["Area 2: Joint commissioning of therapies and emotional health support", "", "", "", "", ""],
            ["2.1", "Agree a joint commissioning strategy for SEND with the ICB", "G Eccles / Dr F Hope",
             "30/09/2022", "Strategy agreed by both boards", "A"],
            ["2.2", "Commission a speech and language therapy service for mainstream schools", "Dr F Hope",
             "01/06/2022", "Service live; waiting times under 18 weeks", "G"],
            ["2.3", "Extend the mental health support teams to all secondary schools", "Dr F Hope",
             "31/03/2023", "All 16 secondary schools covered", "A"],
            ["2.4", "Publish a joint needs assessment for children's emotional wellbeing", "N Weaste",
             "31/10/2022", "Assessment published on the Local Offer", "G"],
            ["Area 3: Preparing for adulthood pathway", "", "", "", "", ""],
            ["3.1", "Establish a Preparing for Adulthood Board", "K Swinton", "31/05/2022", "Board meeting monthly",
             "G"],
            ["3.2", "Co-produce a pathway from age 14 with young people and the Forum", "K Swinton",
             "30/11/2022", "Pathway published; used in all Year 9 reviews", "A"],
            ["3.3", "Double the number of supported internships", "N Weaste", "September 2022",
             "40 internships", "A"],
            ["3.4", "Joint transition protocol between children's and adult health services", "Dr F Hope",
             "31/01/2023", "Protocol signed; audit of 20 transitions", "R"]]
    d.ruled(rows, [1.0 * cm, 5.8 * cm, 2.4 * cm, 2.3 * cm, 3.8 * cm, 0.9 * cm], spans=(1, 6, 11))
    for iso, text in (("2022-06-30", "30/06/2022"), ("2022-07-31", "31/07/2022"), ("2022-07-01", "01/07/2022"),
                      ("2022-12-31", "31/12/2022"), ("2022-09-30", "30/09/2022"), ("2023-03-31", "31/03/2023"),
                      ("2022-10-31", "31/10/2022"), ("2022-05-31", "31/05/2022"), ("2022-11-30", "30/11/2022"),
                      ("2023-01-31", "31/01/2023")):
        d.date(text, iso)
    d.date("September 2022", "2022-09")
    d.h("Key performance indicators")
    d.ruled([["Indicator", "Baseline (Jan 2022)", "March 2022", "June 2022", "Target (March 2023)"],
             ["New EHC plans issued within 20 weeks", "34%", "47%", "61%", "80%"],
             ["Health advice returned within six weeks", "52%", "58%", "66%", "90%"],
             ["Annual reviews completed on time", "41%", "44%", "49%", "85%"],
             ["Parents who say things are getting better", "18%", "-", "27%", "50%"],
             ["Young people with a plan in supported internships", "19", "22", "24", "40"]],
            [6.2 * cm, 2.6 * cm, 2.2 * cm, 2.2 * cm, 3.0 * cm])
    d.date("March 2022", "2022-03")
    d.date("March 2023", "2023-03")
    d.h("Governance and reporting")
    d.p("Progress is reported monthly to the SEND Strategic Board and quarterly to the Department for Education and "
        "NHS England. The plan will be refreshed after the first quarterly review and the revised version brought to "
        "the Panel in November 2022.")
    d.date("November 2022", "2022-11")
    d.p("Version control: v1.0 submitted 22 April 2022; v1.1 agreed 19 May 2022; v1.2 updated for the Panel, "
        "June 2022.", SMALL)
    return d


# ------------------------------------------------------------------------------------------------------------------
# 6. Bradford: a joint committee pack of the Council and the NHS integrated care board
# ------------------------------------------------------------------------------------------------------------------

def bradford_joint_committee() -> Doc:
    d = Doc("bradford/round40-2025-02-04-bradford-district-and-craven-health-and-care-joint-committee/"
            "Joint Committee 4 February 2025 - agenda and reports.pdf",
            {"council": "City of Bradford Metropolitan District Council", "council_slug": "bradford",
             "committee": "Bradford District and Craven Health and Care Joint Committee",
             "meeting_date": "2025-02-04",
             "title": "Bradford District and Craven Health and Care Joint Committee - 04/02/2025 - agenda and "
                      "reports",
             "source_kind": "moderngov-document",
             "url": "https://bradford.moderngov.co.uk/documents/g9172/Public%20reports%20pack%2004th-Feb-2025%2010.00"
                    "%20Bradford%20District%20and%20Craven%20Health%20and%20Care%20Joint%20Committee.pdf"},
            {"council": "City of Bradford Metropolitan District Council",
             "committee": "Bradford District and Craven Health and Care Joint Committee", "date": "2025-02-04"},
            "Bradford District and Craven Health and Care Joint Committee", "Tuesday 4 February 2025",
            "City of Bradford MDC and NHS West Yorkshire ICB", page_label="{n}")
    d.date("Tuesday 4 February 2025", "2025-02-04")
    d.title("Bradford District and Craven Health and Care Joint Committee")
    d.p("A joint committee of the City of Bradford Metropolitan District Council and NHS West Yorkshire Integrated "
        "Care Board, established under section 65Z5 of the National Health Service Act 2006.")
    d.p("<b>Tuesday 4 February 2025 at 10.00 am, Committee Room 1, City Hall, Bradford</b>")
    d.h("Members of the Joint Committee")
    d.ruled([["Appointed by the Council", "Appointed by the ICB"],
             ["Councillor Imran Heaton (Co-Chair), Leader of the Council",
              "Professor Ruth Thornbury (Co-Chair), ICB Place Partnership Chair"],
             ["Councillor Sue Manningham, Portfolio Holder for Children and Families",
              "Dr Kamran Allerton, Clinical Director, Bradford District and Craven"],
             ["Councillor Dave Idle, Portfolio Holder for Healthy People and Places",
              "Joanne Shipley, Director of Nursing and Quality (Bradford place)"],
             ["Councillor Nasreen Tong, Opposition Group nominee", "Graham Eccleshill, Place Director"],
             ["Marcus Wibsey, Strategic Director, Children's Services (non-voting)",
              "Helen Denholme, Chief Executive, Bradford District Care NHS Foundation Trust (non-voting)"]],
            [8.1 * cm, 8.1 * cm])
    d.person("Imran Heaton", "Co-Chair, Leader of the Council", "member")
    d.person("Ruth Thornbury", "Co-Chair, ICB Place Partnership Chair", "other")
    d.person("Sue Manningham", "Portfolio Holder for Children and Families", "member")
    d.person("Kamran Allerton", "Clinical Director, Bradford District and Craven", "officer")
    d.person("Dave Idle", "Portfolio Holder for Healthy People and Places", "member")
    d.person("Joanne Shipley", "Director of Nursing and Quality (Bradford place)", "officer")
    d.person("Nasreen Tong", "Opposition Group nominee", "member")
    d.person("Graham Eccleshill", "Place Director", "officer")
    d.person("Marcus Wibsey", "Strategic Director, Children's Services", "officer")
    d.person("Helen Denholme", "Chief Executive, Bradford District Care NHS Foundation Trust", "officer")
    d.p("<b>Governance Officer:</b> Farzana Queensbury, 01274 432268, farzana.queensbury@bradford.gov.uk")
    d.person("Farzana Queensbury", "Governance Officer", "officer", "farzana.queensbury@bradford.gov.uk",
             "01274 432268")
    d.h("AGENDA")
    d.ruled([["Item", "Business", "Lead", "Page"],
             ["A.", "Apologies, declarations of interest and minutes of 3 December 2024", "Co-Chairs", "2"],
             ["B.", "SEND improvement: Priority Action Plan progress", "M Wibsey / J Shipley", "4"],
             ["C.", "Joint commissioning of children's therapies: section 75 agreement", "G Eccleshill", "7"],
             ["D.", "Forward plan", "Governance Officer", "8"]],
            [1.3 * cm, 9.5 * cm, 3.6 * cm, 1.8 * cm])
    d.date("3 December 2024", "2024-12-03")
    d.p("Date of publication: Monday 27 January 2025", SMALL)
    d.date("Monday 27 January 2025", "2025-01-27")
    d.add(PageBreak())

    d.title("Minutes of the Joint Committee, Tuesday 3 December 2024")
    d.p("<b>Members present</b> - Council: Councillors Heaton (in the Chair), Manningham, Idle and Tong. ICB: "
        "Professor Thornbury, Dr Allerton, Joanne Shipley and Graham Eccleshill.")
    d.p("<b>In attendance</b> - Marcus Wibsey (Strategic Director, Children's Services); Helen Denholme (Chief "
        "Executive, BDCFT); Lesley Buttershaw (Assistant Director, SEND and Inclusion); Farzana Queensbury "
        "(Governance Officer).")
    d.person("Lesley Buttershaw", "Assistant Director, SEND and Inclusion", "officer")
    d.h("25. DECLARATIONS OF INTEREST", MINUTE)
    d.p("Dr Allerton declared an interest as a partner in a general practice in Keighley.")
    d.h("26. MINUTES", MINUTE)
    d.p("<b>The Joint Committee AGREED</b> &ndash; That the minutes of the meeting held on 1 October 2024 be signed "
        "as a correct record.")
    d.date("1 October 2024", "2024-10-01")
    d.record_res(None, "That the minutes of the meeting held on 1 October 2024 be signed as a correct record.",
                 "resolution")
    d.h("27. WINTER PLANNING 2024/25", MINUTE)
    d.p("The Place Director presented the winter plan for the district. Members asked about the resilience of "
        "children's community services over the holiday period and about the discharge of young people from "
        "hospital into community settings.")
    d.p("<b>The Joint Committee AGREED</b> &ndash;")
    d.res("(1)", "That the winter plan be endorsed.", "resolution", style=INDENT)
    d.res("(2)", "That a report on children's community services be included in the spring update.", "resolution",
          style=INDENT)
    d.h("28. SEND IMPROVEMENT: FIRST REVIEW BY THE DEPARTMENT FOR EDUCATION AND NHS ENGLAND", MINUTE)
    d.p("Lesley Buttershaw reported that the first review of the Priority Action Plan by the Department for "
        "Education and NHS England had taken place on 19 November 2024. The reviewers had recognised the pace of "
        "recruitment but had asked for more evidence of impact for families. Councillor Tong asked whether "
        "parents were represented on the SEND Improvement Board; the Co-Chair confirmed that two parent carer "
        "forum members sat on it.")
    d.date("19 November 2024", "2024-11-19")
    d.event("monitoring", "2024-11-19", None, "the first review of the Priority Action Plan by the Department for "
            "Education and NHS England had taken place on 19 November 2024")
    d.p("<b>The Joint Committee AGREED</b> &ndash; That the feedback from the first review be noted, and that a "
        "full progress report be presented to the next meeting.")
    d.record_res(None, "That the feedback from the first review be noted, and that a full progress report be "
                       "presented to the next meeting.", "resolution")
    d.p("<i>ACTION: Strategic Director, Children's Services</i>")
    d.p("Chair", SMALL)
    d.p("<i>Note: These minutes are subject to approval as a correct record at the next meeting of the Joint "
        "Committee.</i>", SMALL)
    d.add(PageBreak())

    d.p("<b>Report of the Strategic Director, Children's Services, and the Director of Nursing and Quality "
        "(Bradford place) to the meeting of the Bradford District and Craven Health and Care Joint Committee to be "
        "held on 4 February 2025</b>")
    d.p("<b>B</b>", RIGHT)
    d.p("<b>Subject: SEND improvement: Priority Action Plan progress</b>")
    d.p("<b>Summary statement:</b> This report updates the Joint Committee on the local area partnership's progress "
        "against the Priority Action Plan prepared after the area SEND inspection of 2024, and on the Improvement "
        "Notice issued to the Council.")
    d.ruled([["Marcus Wibsey<br/>Strategic Director, Children's Services<br/>Joanne Shipley<br/>Director of Nursing "
              "and Quality", "Portfolio:<br/>Children and Families<br/>Healthy People and Places"],
             ["Report Contact: Lesley Buttershaw<br/>Phone: (01274) 439310<br/>E-mail: "
              "lesley.buttershaw@bradford.gov.uk", "Overview and Scrutiny Area:<br/>Children's Services"]],
            [8.1 * cm, 8.1 * cm], header_rows=0)
    setp(d, "Lesley Buttershaw", phone="(01274) 439310", email="lesley.buttershaw@bradford.gov.uk")
    d.h("1. SUMMARY")
    d.num("1.1", "Ofsted and the CQC carried out an area SEND inspection of the Bradford local area partnership "
                 "between 13 and 17 May 2024. The report, published on 9 July 2024, found that there are "
                 "widespread and/or systemic failings leading to significant concerns about the experiences and "
                 "outcomes of children and young people with SEND.")
    d.date("between 13 and 17 May 2024", "2024-05-13", "2024-05-17")
    d.date("9 July 2024", "2024-07-09")
    d.event("inspection", "2024-05-13", "2024-05-17", "Ofsted and the CQC carried out an area SEND inspection of the "
            "Bradford local area partnership between 13 and 17 May 2024")
    d.event("outcome-letter", "2024-07-09", None, "The report, published on 9 July 2024")
    d.h("2. BACKGROUND")
    d.num("2.1", "The inspectors identified two priority actions, one for the partnership as a whole and one for "
                 "the Integrated Care Board, which are shown in the table with the body accountable for each.")
    d.ruled([["Priority action", "Accountable"],
             ["Leaders across the partnership must urgently improve the timeliness, quality and oversight of EHC "
              "needs assessments and plans, including the contribution of health and social care professionals.",
              "Council and ICB jointly"],
             ["ICB leaders must reduce the unacceptably long waiting times for autism and ADHD assessment and for "
              "child and adolescent mental health services, and ensure that children are supported while they wait.",
              "ICB"]],
            [12.2 * cm, 4.0 * cm])
    d.record_weak("Leaders across the partnership must urgently improve the timeliness, quality and oversight of EHC "
                  "needs assessments and plans, including the contribution of health and social care professionals.",
                  ["ehc-plans"])
    d.record_weak("ICB leaders must reduce the unacceptably long waiting times for autism and ADHD assessment and for "
                  "child and adolescent mental health services, and ensure that children are supported while they "
                  "wait.", ["health-services"])
    d.num("2.2", "The report also set out four areas for improvement: leaders should (i) develop a shared strategy "
                 "for SEND and inclusion, co-produced with families, with clear measures of impact; (ii) improve the "
                 "identification of needs in the early years and at SEN support in mainstream schools; (iii) "
                 "reduce the number of children with SEND who are excluded or on part-time timetables; and (iv) "
                 "improve the information on the Local Offer so that families can find the help they need.")
    for text, themes in (
        ("develop a shared strategy for SEND and inclusion, co-produced with families, with clear measures of impact",
         ["leadership-governance", "co-production"]),
        ("improve the identification of needs in the early years and at SEN support in mainstream schools",
         ["identification"]),
        ("reduce the number of children with SEND who are excluded or on part-time timetables",
         ["inclusion-provision"]),
        ("improve the information on the Local Offer so that families can find the help they need", ["local-offer"]),
    ):
        d.record_weak(text, themes)
    d.num("2.3", "The partnership submitted its Priority Action Plan to Ofsted on 20 August 2024. On 2 September "
                 "2024 the Minister for School Standards issued an Improvement Notice to the Council, and appointed "
                 "Dr Philippa Cottingley as independent chair of the SEND Improvement Board.")
    d.date("20 August 2024", "2024-08-20")
    d.date("2 September 2024", "2024-09-02")
    d.event("progress-plan", "2024-08-20", None, "The partnership submitted its Priority Action Plan to Ofsted on 20 "
            "August 2024")
    d.event("statutory-direction", "2024-09-02", None, "On 2 September 2024 the Minister for School Standards issued "
            "an Improvement Notice to the Council")
    d.person("Philippa Cottingley", "independent chair of the SEND Improvement Board", "other")
    d.num("2.4", "The inspectors also found strengths, including the work of the Bradford Inclusion Hubs, the "
                 "Born in Bradford research partnership and the quality of support for children with complex "
                 "medical needs.")
    d.h("3. REPORT ISSUES")
    d.num("3.1", "Progress against the plan at 31 December 2024 is summarised below.")
    d.date("31 December 2024", "2024-12-31")
    d.ruled([["Measure", "May 2024 (inspection)", "Sept 2024", "Dec 2024", "Target (Sept 2025)"],
             ["New EHC plans issued within 20 weeks", "7%", "15%", "32%", "60%"],
             ["Health advice returned within six weeks", "44%", "51%", "63%", "90%"],
             ["Children waiting over 52 weeks for autism assessment", "2,410", "2,380", "2,115", "1,200"],
             ["CAMHS: waiting over 18 weeks for treatment", "612", "590", "544", "300"],
             ["Suspensions of pupils with SEND (termly)", "1,944", "-", "1,802", "1,500"],
             ["Parents reporting improved communication", "-", "22%", "29%", "50%"]],
            [6.0 * cm, 2.7 * cm, 2.1 * cm, 2.1 * cm, 3.3 * cm])
    d.date("May 2024", "2024-05")
    d.date("Sept 2024", "2024-09")
    d.date("Dec 2024", "2024-12")
    d.date("Sept 2025", "2025-09")
    d.num("3.2", "The second review by the Department for Education and NHS England is scheduled for 18 March 2025, "
                 "and the Improvement Notice will be formally reviewed in September 2025.")
    d.date("18 March 2025", "2025-03-18")
    d.event("monitoring", "2025-03-18", None, "The second review by the Department for Education and NHS England is "
            "scheduled for 18 March 2025")
    d.event("monitoring", "2025-09", None, "the Improvement Notice will be formally reviewed in September 2025")
    d.num("3.3", "The main risks to delivery are the recruitment of educational psychologists, the capacity of "
                 "health providers and the high needs block deficit, forecast at £31.6m at 31 March 2025.")
    d.date("31 March 2025", "2025-03-31")
    d.h("4. FINANCIAL AND RESOURCE APPRAISAL")
    d.num("4.1", "Investment of £4.8m from the Council and £2.2m from the ICB has been agreed for 2024-25.")
    d.h("5. LEGAL APPRAISAL")
    d.num("5.1", "The Council is subject to the Improvement Notice; failure to comply could lead to a statutory "
                 "direction under section 497A of the Education Act 1996.")
    d.h("6. RECOMMENDATIONS")
    d.p("The Joint Committee is recommended to:")
    for label, text in (
        ("A.", "Note the progress made against the Priority Action Plan and the Improvement Notice."),
        ("B.", "Endorse the proposed additional ICB investment in the neurodevelopmental pathway set out in section 3."),
        ("C.", "Request a further report to its meeting on 3 June 2025 on the outcome of the DfE and NHS England "
               "review."),
    ):
        d.res(label, text, "recommendation")
    d.date("3 June 2025", "2025-06-03")
    d.h("7. BACKGROUND DOCUMENTS")
    d.p("Area SEND inspection of Bradford Local Area Partnership, Ofsted and CQC, 9 July 2024; Improvement Notice, "
        "2 September 2024; Bradford SEND Priority Action Plan, August 2024.")
    d.date("August 2024", "2024-08")
    d.add(PageBreak())

    d.p("<b>Report of the Place Director to the meeting of the Joint Committee to be held on 4 February 2025</b>")
    d.p("<b>C</b>", RIGHT)
    d.p("<b>Subject: Joint commissioning of children's therapies: section 75 agreement</b>")
    d.p("<b>Summary statement:</b> The report proposes a pooled budget under section 75 of the National Health "
        "Service Act 2006 for speech and language therapy, occupational therapy and physiotherapy for children, from "
        "1 April 2025.")
    d.date("1 April 2025", "2025-04-01")
    d.p("<b>Report Contact:</b> Owen Saltaire, Head of Joint Commissioning, owen.saltaire@bradford.gov.uk")
    d.person("Owen Saltaire", "Head of Joint Commissioning", "officer", "owen.saltaire@bradford.gov.uk")
    d.num("1.1", "Children's therapies are currently commissioned separately by the Council (for needs set out in "
                 "EHC plans) and by the ICB (for clinical need). Families and schools describe the result as "
                 "confusing, and waiting lists are held in three places.")
    d.num("1.2", "A pooled budget of £9.4m, hosted by the Council, would fund a single service specification and a "
                 "single waiting list. The agreement would run for three years, to 31 March 2028.")
    d.date("31 March 2028", "2028-03-31")
    d.ruled([["Contribution", "2025-26", "2026-27", "2027-28"],
             ["City of Bradford MDC (high needs block)", "£3.9m", "£4.0m", "£4.1m"],
             ["NHS West Yorkshire ICB", "£5.5m", "£5.6m", "£5.7m"],
             ["Total", "£9.4m", "£9.6m", "£9.8m"]],
            [7.6 * cm, 2.8 * cm, 2.8 * cm, 3.0 * cm])
    d.num("1.3", "Consultation with schools and the parent carer forum ran from 4 to 29 November 2024.")
    d.date("from 4 to 29 November 2024", "2024-11-04", "2024-11-29")
    d.h("RECOMMENDATIONS")
    d.p("The Joint Committee is recommended to:")
    d.res("A.", "Approve the establishment of a pooled budget for children's therapies under section 75 of the "
                "National Health Service Act 2006 from 1 April 2025.", "recommendation")
    d.res("B.", "Delegate the finalisation of the agreement to the Strategic Director, Children's Services, and the "
                "Place Director.", "recommendation")
    d.add(PageBreak())
    d.p("<b>D</b>", RIGHT)
    d.h("Forward plan")
    d.p("The forward plan is agreed by the Co-Chairs and published with each agenda. Members may propose items "
        "through the Governance Officer. Items are drawn from the Joint Committee's delegated functions, the "
        "Bradford District and Craven Partnership's five-year plan and matters referred by the Council's Health and "
        "Social Care Overview and Scrutiny Committee and the Children's Services Overview and Scrutiny Committee.")
    d.ruled([["Meeting", "Items"],
             ["1 April 2025", "SEND: outcome of the DfE and NHS England review; Better Care Fund plan"],
             ["3 June 2025", "SEND: PAP progress report; children's mental health transformation"],
             ["30 September 2025", "SEND: Improvement Notice review; annual report"]],
            [3.6 * cm, 12.6 * cm])
    d.date("30 September 2025", "2025-09-30")
    return d


DOCUMENTS = [devon_partnership_board, coventry_report, essex_corporate_parenting, reading_cabinet, salford_scrutiny,
             bradford_joint_committee]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
