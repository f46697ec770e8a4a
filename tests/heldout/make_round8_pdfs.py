"""Write the three printed documents of the held-out round 8 (reportlab).

Round 8 is a fourth blind batch: documents written with their gold before any extractor ran on
them, by a writer who did not read ``pipeline/``. These three are the printed forms: a Barnet
officer report with a ruled front sheet, numbered recommendations, "should" bullets that break
from page 1 onto page 2 and a "Milestone | Date" table; a Luton record of executive decision with
boxed headings and a re-visit's findings told in two sentences ("sufficient progress had been made
in two areas: X, and Y" / "the remaining three, which were: A; B; and C"); and Warrington Health
and Wellbeing Board minutes with a ruled attendance table, a public question, the areas for
improvement as the left-hand cells of an "Area for improvement | Partnership lead" table, and
"The Board AGREED:" over "a) ... c)". Invented text, fictitious people. Each page's content is
fixed here with an explicit page break, so the gold's page numbers follow from this script; the
paragraph helpers and page furniture are round 4's and round 5's. The output is deterministic
(reportlab's invariant mode), so rerunning it rewrites identical files:

    /work/main/.venv/bin/python tests/heldout/make_round8_pdfs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_round4_pdfs import CORPUS, body, heading, table, title  # noqa: E402
from make_round5_pdfs import grid, write  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

# The bullet glyph is set in Vera (shipped with reportlab), as a word processor sets it in a font that
# has one; Helvetica's built-in encoding would print it but extract it as an unmapped character.
pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
BULLET = '<font name="Vera">\u2022</font> '

BARNET_AREAS = [
    "Leaders should work with schools to reduce the number of suspensions of pupils with SEND, which has risen "
    "over the past two years.",
    "The ICB and the council should make sure that the waiting list for the children's occupational therapy "
    "service is reduced, and that families receive advice while they wait.",
    "Leaders should improve the consistency of annual reviews of EHC plans, so that plans are updated promptly "
    "when children move between phases of education.",
    "Leaders should make better use of the information they hold about young people aged 19 to 25 with EHC "
    "plans, to plan the further education and employment options available to them.",
]
BARNET_RECOMMENDATIONS = [
    "That the Committee notes the outcome of the inspection and the areas for improvement identified by "
    "inspectors.",
    "That the Committee comments on the partnership's updated strategic action plan at Appendix B.",
    "That the Committee agrees to receive a further report on progress in July 2025.",
]
LUTON_DECISIONS = [
    "noted the outcome of the Ofsted and CQC re-visit of the Luton local area, set out in Appendix A;",
    "approved the Accelerated Progress Plan at Appendix B for submission to the Department for Education and "
    "NHS England; and",
    "agreed that £850,000 from the high needs block of the Dedicated Schools Grant be used to fund additional "
    "EHC plan co-ordinators in 2023/24.",
]
WARRINGTON_ROWS = [
    ("Leaders should improve the timeliness of EHC plans, which has fallen over the last two years.",
     "Director of Education and Inclusion"),
    ("The ICB should reduce waiting times for the children's autism assessment pathway in Warrington.",
     "ICB Place Director, Warrington"),
    ("Leaders should make sure that the commissioning of short breaks is informed by the views of families and "
     "children.", "Assistant Director, Commissioning"),
    ("Leaders should make sure that the support provided to pupils on SEN support in mainstream schools is "
     "consistently effective.", "Head of Inclusion"),
]
WARRINGTON_AGREED = [
    "to note the outcome of the area SEND inspection and the areas for improvement;",
    "to endorse the approach to updating the strategic action plan set out in the presentation; and",
    "to ask the SEND Partnership Board to report to the Health and Wellbeing Board on the autism assessment "
    "pathway at its meeting in December 2024.",
]


def barnet_report() -> Path:
    """A three-page officer report: ruled front sheet, bullets across a page break, a milestone table."""
    pages = [
        [
            title("AGENDA ITEM 9"),
            body("<b>Overview and Scrutiny Committee</b>"),
            table([
                ["Title", "Barnet Local Area SEND Partnership: Inspection Outcome and Strategic Action Plan"],
                ["Date of meeting", "20 January 2025"],
                ["Report of", "Executive Director, Children and Family Services"],
                ["Wards", "All"],
                ["Status", "Public"],
                ["Enclosures", "Appendix A - Ofsted and CQC inspection letter; Appendix B - Strategic Action Plan"],
                ["Officer Contact Details", "Priya Ventham-Cole, Head of SEND and Inclusion, "
                                           "priya.ventham-cole@barnet.gov.uk, 020 8359 4477"],
            ], [4.5 * cm, 11.5 * cm]),
            heading("Summary"),
            body("This report informs the Committee of the outcome of the area SEND inspection of the Barnet local "
                 "area partnership, which took place from 9 to 27 September 2024, and of the partnership's updated "
                 "strategic action plan."),
            heading("Recommendations"),
            body("1. " + BARNET_RECOMMENDATIONS[0]),
            body("2. " + BARNET_RECOMMENDATIONS[1]),
            body("3. " + BARNET_RECOMMENDATIONS[2]),
            heading("1. Why this report is needed"),
            body("1.1 The inspection letter was published on 8 November 2024. It found that the partnership's "
                 "arrangements typically lead to positive experiences and outcomes for children and young people "
                 "with SEND. This is the highest of the three possible outcomes."),
            body("1.2 Inspectors found many strengths. Children's needs are identified early, the Barnet SEND "
                 "Youth Forum has shaped the design of the new local offer website, and leaders know the area "
                 "well."),
            body("1.3 Even so, the letter identified the following areas for improvement for the partnership:"),
            body(BULLET + BARNET_AREAS[0]),
            body(BULLET + BARNET_AREAS[1]),
        ],
        [
            body(BULLET + BARNET_AREAS[2]),
            body(BULLET + BARNET_AREAS[3]),
            body("1.4 As the outcome was positive, the partnership was not required to produce a Priority Action "
                 "Plan. It has, however, updated its strategic action plan to address each area, and published it "
                 "on 13 December 2024."),
            heading("2. Timeline"),
            table([
                ["<b>Milestone</b>", "<b>Date</b>"],
                ["Inspection (on-site and off-site activity)", "9 to 27 September 2024"],
                ["Inspection letter published", "8 November 2024"],
                ["Updated strategic action plan published", "13 December 2024"],
                ["SEND Improvement Board reviews the plan", "29 January 2025"],
                ["Next full inspection expected", "by autumn 2029"],
            ], [10 * cm, 6 * cm]),
            heading("3. Reasons for recommendations"),
            body("3.1 The Committee's terms of reference include scrutiny of services for children and young "
                 "people with SEND. The recommendations allow Members to follow the partnership's progress."),
            heading("4. Alternative options considered and not recommended"),
            body("4.1 None."),
        ],
        [
            heading("5. Implications of decision"),
            body("5.1 <b>Resources (Finance and Value for Money):</b> The additional £640,000 for occupational "
                 "therapy was agreed by the North Central London ICB in October 2024. There are no other financial "
                 "implications arising from this report."),
            body("5.2 <b>Legal and Constitutional References:</b> Section 20 of the Education and Inspections Act "
                 "2006 and section 48 of the Health and Social Care Act 2008 provide for the joint inspection of "
                 "local area partnerships."),
            body("5.3 <b>Consultation and Engagement:</b> The strategic action plan was written with Barnet Parent "
                 "Carer Forum. Its chair, Elaine Costa-Whitlock, will attend the meeting."),
            heading("6. Background papers"),
            body("6.1 Area SEND inspection of Barnet Local Area Partnership, Ofsted and CQC, 8 November 2024."),
        ],
    ]
    return write("barnet/round8-2025-01-20-overview-and-scrutiny-committee/SEND Inspection Outcome and Strategic "
                 "Action Plan.pdf", pages, "Barnet Council", "Overview and Scrutiny Committee - 20 January 2025",
                 "OFFICIAL", page_label="Page {n} of {total}")


def luton_decision() -> Path:
    """A record of executive decision: boxed front table, decisions, a re-visit told in two sentences."""
    pages = [
        [
            title("LUTON BOROUGH COUNCIL"),
            body("<b>RECORD OF EXECUTIVE DECISION</b>"),
            table([
                ["Decision maker", "Executive"],
                ["Date of meeting", "19 June 2023"],
                ["Subject", "SEND Accelerated Progress Plan"],
                ["Portfolio holder", "Councillor Javed Rashid-Coombe, Portfolio Holder for Children's Services"],
                ["Report author", "Nasreen Achterberg-Sole, Service Director, SEND and Inclusion"],
                ["Key decision", "Yes"],
                ["Forward Plan reference", "KD/2023/041"],
            ], [4.5 * cm, 11.5 * cm]),
            heading("DECISION(S) TAKEN"),
            body("The Executive:"),
            body("(1) " + LUTON_DECISIONS[0]),
            body("(2) " + LUTON_DECISIONS[1]),
            body("(3) " + LUTON_DECISIONS[2]),
            heading("REASONS FOR THE DECISION(S)"),
            body("Ofsted and the Care Quality Commission re-visited the Luton local area from 20 to 23 March 2023 to "
                 "decide whether sufficient progress had been made in addressing the five significant weaknesses "
                 "identified at the joint inspection of June 2019. The re-visit letter of 9 May 2023 concluded that "
                 "sufficient progress had been made in two areas: joint commissioning, and the information "
                 "available to families through the local offer."),
            body("Insufficient progress had been made in the remaining three, which were: the variability in the "
                 "quality of EHC plans; the lack of timely access to child and adolescent mental health services; "
                 "and the high rate of suspension and exclusion of children and young people with SEND."),
            body("Where a re-visit finds insufficient progress, the Department for Education requires an Accelerated "
                 "Progress Plan. The Plan must be agreed with the Department and NHS England by 30 June 2023."),
        ],
        [
            heading("ALTERNATIVE OPTIONS CONSIDERED AND REJECTED"),
            body("None. An Accelerated Progress Plan is required by the Department for Education."),
            heading("CONFLICTS OF INTEREST DECLARED"),
            body("None."),
            heading("CONSULTATION"),
            body("Luton Parent Carer Forum was consulted on the draft Plan. Its chair, Deborah Ince-Warrilow, asked "
                 "that the Plan include clear measures for the time families wait for mental health support, and "
                 "these have been added."),
            table([
                ["Chair of the meeting", "Councillor Imran Kazmi-Doyle, Leader of the Council"],
                ["Date of publication", "21/06/2023"],
                ["Call-in expires", "28/06/2023"],
            ], [4.5 * cm, 11.5 * cm]),
            body("This decision will come into force, if not called in, on 29/06/2023."),
        ],
    ]
    return write("luton/round8-2023-06-19-executive/Executive Decision Record SEND Accelerated Progress Plan.pdf",
                 pages, "Luton Borough Council", "Executive - 19 June 2023", "Record of Executive Decision",
                 page_label="Page {n}")


def warrington_minutes() -> Path:
    """Three pages of board minutes: a ruled attendance table, a findings table, AGREED a) ... c)."""
    pages = [
        [
            title("WARRINGTON BOROUGH COUNCIL"),
            body("<b>HEALTH AND WELLBEING BOARD</b>"),
            body("<b>Minutes of the meeting held on Thursday 27 June 2024 at 2.00 pm in the Council Chamber, "
                 "Warrington Town Hall</b>"),
            body("<b>Members present:</b>"),
            table([
                ["Councillor Patricia Winstanley-Oke (Chair)", "Warrington Borough Council"],
                ["Councillor Denis Cartwright-Ellis", "Warrington Borough Council"],
                ["Carl Marsh-Okonjo, Director of Public Health", "Warrington Borough Council"],
                ["Dr Tom Halewood-Ruiz, GP and Clinical Lead", "NHS Cheshire and Merseyside ICB (Warrington Place)"],
                ["Alison Tavistock-Moore, Chief Executive", "Healthwatch Warrington"],
                ["Superintendent Mark Beddoes-Kaur", "Cheshire Constabulary"],
            ], [8.5 * cm, 7.5 * cm]),
            body("<b>In attendance:</b> Zoe Fairclough-Singh (Director of Education and Inclusion), Hamza "
                 "Lindqvist-Ure (Democratic Services Officer)"),
            body("<b>Apologies:</b> Councillor Ruth Ashburner-Pye"),
            heading("HWB10 Minutes"),
            body("The minutes of the meeting held on 21 March 2024 were approved as a correct record."),
            heading("HWB11 Public Questions"),
            body("A question was received from Mrs Janet Oduya-Birch about the length of time children in "
                 "Warrington waited for an autism assessment. The Chair replied that this would be covered under "
                 "the next item."),
        ],
        [
            heading("HWB12 Area SEND Inspection Outcome"),
            body("The Director of Education and Inclusion gave a presentation on the inspection of the Warrington "
                 "local area partnership, which had taken place between 29 April and 17 May 2024. The letter, "
                 "published on 14 June 2024, had found that the partnership's arrangements lead to inconsistent "
                 "experiences and outcomes for children and young people with SEND."),
            body("Inspectors had found that children's needs in the early years were identified well and that the "
                 "Warrington Parent Carer Forum was a strong partner. The presentation set out the four areas for "
                 "improvement from the letter, and the lead for each, as follows:"),
            table([["<b>Area for improvement</b>", "<b>Partnership lead</b>"]]
                  + [list(row) for row in WARRINGTON_ROWS], [11 * cm, 5 * cm]),
            body("The partnership's strategic action plan had to be updated and submitted to Ofsted by 23 August "
                 "2024."),
            body("Dr Halewood-Ruiz reported that a second provider had been commissioned for autism assessments and "
                 "that the longest waits were expected to fall from 26 months to under 18 months by March 2025."),
            body("Ms Tavistock-Moore said that Healthwatch had heard from many families who did not know who to "
                 "contact while they waited. Members asked about the number of children on part-time timetables, "
                 "which the Board considered a concern although it was not raised by inspectors."),
        ],
        [
            body("The Board <b>AGREED</b>:"),
            body("a) " + WARRINGTON_AGREED[0]),
            body("b) " + WARRINGTON_AGREED[1]),
            body("c) " + WARRINGTON_AGREED[2]),
            heading("HWB13 Better Care Fund"),
            body("The Board noted the Better Care Fund year-end return for 2023/24."),
            heading("HWB14 Date of Next Meeting"),
            body("Thursday 26 September 2024 at 2.00 pm."),
            body("Signed ........................ Chair"),
        ],
    ]
    return write("warrington/round8-2024-09-26-health-and-wellbeing-board/Minutes 27 June 2024.pdf", pages,
                 "Health and Wellbeing Board", "27 June 2024", "Warrington Borough Council", page_label="{n}")


def main() -> None:
    for make in (barnet_report, luton_decision, warrington_minutes):
        print(make().relative_to(CORPUS))


if __name__ == "__main__":
    main()
