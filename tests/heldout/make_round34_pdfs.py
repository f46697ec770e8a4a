"""Write the three printed documents of the held-out round 34 (reportlab).

Round 34 is a blind batch: documents written with their gold before any extractor ran on them, in the commonest
real templates. These three are the short printed forms:

- a Calderdale Council report to a scrutiny panel (front-sheet table, "Members are invited to:" over "(a) ... (c)"
  recommendations, a 2023-framework top outcome whose three areas for improvement follow "the report says that
  leaders should:" as "a) ... c)" hanging paragraphs, the list broken by a page break after its second item);
- a Derbyshire County Council record of decision of a Cabinet Member (a decision-notice front table, priority
  actions and areas for improvement as en-dash lines under two lead-ins, the second list running over the page
  break, "The Cabinet Member for Education, having considered the report, decided:" over "(1) to approve ...",
  an exemption from call-in and a "Signed: ... Date: 30.05.2024" line);
- a Lancashire County Council briefing note to a scrutiny committee (Lancashire's "Contact for further
  information" front table, a single "Recommendation" paragraph, the six areas of significant weakness of a 2016
  inspection as numbered paragraphs running over the page break, monitoring meetings by month, an expected revisit
  "between May and July 2021" and a background-papers table).

Invented text, fictitious people. Each page's content is fixed here with an explicit page break, so the gold's
page numbers follow from this script; ``--check`` reads the PDFs back with pdfplumber and confirms that every
resolution and weakness of the gold stands on the page the gold gives (and that no page overflowed). The output is
deterministic (reportlab's invariant mode), so rerunning it rewrites identical files:

    /work/main/.venv/bin/python tests/heldout/make_round34_pdfs.py [--check]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_round4_pdfs import BODY, CORPUS, body, heading, table, title  # noqa: E402
from make_round5_pdfs import write  # noqa: E402
from make_round16_pdfs import front_sheet  # noqa: E402
from reportlab import rl_config  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Paragraph  # noqa: E402

rl_config.invariant = 1
HANG = ParagraphStyle("Hang34", parent=BODY, leftIndent=28, firstLineIndent=-20)
DASH = ParagraphStyle("Dash34", parent=BODY, leftIndent=16, firstLineIndent=-12)
GOLD = Path(__file__).resolve().parent / "gold"

CALDERDALE = ("calderdale/round34-2026-01-20-people-children-and-young-peoples-scrutiny-panel/"
              "Area SEND Inspection Outcome and Response.pdf")
DERBYSHIRE = ("derbyshire/round34-2024-05-30-cabinet-member-for-education/"
              "Record of Decision - Area SEND Inspection Priority Action Plan.pdf")
LANCASHIRE = ("lancashire/round34-2021-03-23-education-and-childrens-services-scrutiny-committee/"
              "Briefing Note - SEND Written Statement of Action.pdf")


def hang(text: str):
    return Paragraph(text, HANG)


def dash(text: str):
    return Paragraph("&ndash; " + text, DASH)


CALDERDALE_AREAS = [
    "reduce waiting times for autism assessments for children over the age of five, and improve the support "
    "offered to families while they wait;",
    "improve the consistency of annual reviews of EHC plans, so that plans are updated when children's needs "
    "change; and",
    "improve the information available to young people and their families about post-16 options, including "
    "supported internships and apprenticeships.",
]


def calderdale_report() -> Path:
    pages = [
        [
            title("Calderdale Metropolitan Borough Council"),
            front_sheet([
                ("Meeting:", "People, Children and Young People's Scrutiny Panel"),
                ("Date:", "Tuesday 20 January 2026"),
                ("Subject:", "Area SEND Inspection: Outcome and Response"),
                ("Wards affected:", "All"),
                ("Report of:", "Director, Children and Young People's Services"),
                ("Author:", "Louise Sowerby, Head of SEND and Inclusion"),
                ("Telephone / email:", "01422 392620 / louise.sowerby@calderdale.gov.uk"),
                ("Cabinet Member:", "Councillor Adam Elland-Mears, Cabinet Member for Children and Young "
                 "People's Services"),
                ("Key decision:", "No"),
            ]),
            heading("1. Purpose of the report"),
            body("1.1 To inform Members of the outcome of the area SEND inspection of the Calderdale local area "
                 "partnership and of the partnership's response to it."),
            heading("2. Recommendations"),
            body("Members are invited to:"),
            hang("(a) note the outcome of the area SEND inspection and the strengths identified by inspectors;"),
            hang("(b) comment on the partnership's response to the three areas for improvement; and"),
            hang("(c) agree to receive a progress report at the Panel's meeting in July 2026."),
            heading("3. Background"),
            body("3.1 Ofsted and the Care Quality Commission inspected the Calderdale local area partnership between "
                 "15 September and 3 October 2025, under the area SEND inspection framework. The report was "
                 "published on 7 November 2025."),
            body("3.2 Calderdale's previous local area inspection, in March 2019, did not require a Written "
                 "Statement of Action."),
        ],
        [
            heading("4. Inspection findings"),
            body("4.1 The partnership received the highest of the three inspection outcomes: the local area "
                 "partnership's arrangements typically lead to positive experiences and outcomes for children and "
                 "young people with SEND."),
            body("4.2 Inspectors found that leaders have an accurate understanding of the local area's strengths and "
                 "weaknesses, that Calderdale Parent Carer Forum is involved at every level of decision-making, and "
                 "that children's needs are identified early in nurseries and primary schools. Young people told "
                 "inspectors that they felt listened to."),
            body("4.3 To improve further, the report says that leaders should:"),
            hang("a) " + CALDERDALE_AREAS[0]),
            hang("b) " + CALDERDALE_AREAS[1]),
        ],
        [
            hang("c) " + CALDERDALE_AREAS[2]),
            heading("5. The partnership's response"),
            body("5.1 The SEND Partnership Board agreed an updated SEND Strategy and improvement plan on 4 December "
                 "2025, and the plan was published on the Local Offer on 16 January 2026. It sets out actions, "
                 "measures and leads for each of the three areas."),
            body("5.2 As the partnership received the highest outcome, there will be no formal monitoring by the "
                 "Department for Education. Ofsted will hold its annual engagement meeting with the partnership in "
                 "March 2026."),
            heading("6. Financial implications"),
            body("6.1 There are no additional financial implications. (Checked by Martin Hebden, Finance Manager, "
                 "8 January 2026.)"),
            heading("7. Legal implications"),
            body("7.1 The council has duties under Part 3 of the Children and Families Act 2014. (Checked by Sarah "
                 "Todmorden, Senior Lawyer, 9 January 2026.)"),
            heading("8. Background documents"),
            body("Ofsted and CQC, Area SEND inspection of Calderdale Local Area Partnership, report published 7 "
                 "November 2025."),
            body("For further information contact: Louise Sowerby, Head of SEND and Inclusion, Tel: 01422 392620."),
        ],
    ]
    return write(CALDERDALE, pages, "Calderdale Council",
                 "People, Children and Young People's Scrutiny Panel - 20 January 2026", "",
                 page_label="Page {n} of {total}")


DERBYSHIRE_PRIORITY_ACTIONS = [
    "Leaders across the partnership must urgently improve the timeliness of EHC needs assessments and the quality of "
    "the plans that are issued, including the contributions from health and social care.",
    "Leaders must improve their oversight of children and young people with SEND who are electively home educated, "
    "missing education or on part-time timetables, so that they receive the support they need.",
]
DERBYSHIRE_AREAS = [
    "Leaders should develop a shared and accurate self-evaluation of the local area and use it to plan "
    "improvements.",
    "Leaders should reduce the waiting times for speech and language therapy and for neurodevelopmental "
    "assessments.",
    "Leaders should make sure that the Local Offer gives families accurate and up-to-date information about the "
    "support available.",
]


def derbyshire_decision() -> Path:
    pages = [
        [
            title("Derbyshire County Council"),
            body("<b>RECORD OF DECISION OF THE CABINET MEMBER FOR EDUCATION</b>"),
            front_sheet([
                ("Decision maker:", "Councillor Alexandra Ashover, Cabinet Member for Education"),
                ("Date of decision:", "Thursday 30th May 2024"),
                ("Subject:", "Area SEND Inspection - Priority Action Plan"),
                ("Decision reference:", "CM/ED/2024/17"),
                ("Key decision:", "Yes"),
                ("Report author:", "Karen Belper, Assistant Director, SEND and Inclusion"),
            ]),
            heading("1. Background"),
            body("1.1 Ofsted and the Care Quality Commission inspected the Derbyshire local area partnership from 4 to "
                 "22 March 2024. The inspection report, published on 26 April 2024, found that there are widespread "
                 "and/or systemic failings leading to significant concerns about the experiences and outcomes of "
                 "children and young people with SEND."),
            body("1.2 The report set out the following priority actions, which the partnership must address through "
                 "a Priority Action Plan:"),
            dash(DERBYSHIRE_PRIORITY_ACTIONS[0]),
            dash(DERBYSHIRE_PRIORITY_ACTIONS[1]),
            body("1.3 The report also identified the following areas for improvement:"),
            dash(DERBYSHIRE_AREAS[0]),
        ],
        [
            dash(DERBYSHIRE_AREAS[1]),
            dash(DERBYSHIRE_AREAS[2]),
            body("1.4 The partnership must submit its Priority Action Plan to Ofsted by 6 June 2024. The plan has "
                 "been prepared with Derbyshire Parent Carer Voice and was agreed by the Derbyshire SEND Strategic "
                 "Partnership Board on 21 May 2024."),
            body("1.5 On 15 May 2024 the Department for Education wrote to the Council to say that it was "
                 "considering whether to issue an Improvement Notice. The first review of progress by the "
                 "Department for Education and NHS England is expected in November 2024."),
            heading("2. Decision"),
            body("The Cabinet Member for Education, having considered the report, decided:"),
            hang("(1) to approve the Priority Action Plan attached at Appendix 1 for submission to Ofsted;"),
            hang("(2) to authorise the Executive Director for Children's Services, in consultation with the Cabinet "
                 "Member, to make minor amendments to the Plan before it is submitted; and"),
            hang("(3) to receive a report on progress against the Plan every six months."),
            heading("3. Reasons for the decision"),
            body("To meet the requirement to submit a Priority Action Plan to Ofsted setting out how the partnership "
                 "will address the priority actions."),
            heading("4. Alternative options considered"),
            body("None. The partnership is required to submit a plan."),
            heading("5. Declarations of interest and consultees"),
            body("No interests were declared. Consulted: Councillor Graham Bakewell-Hurt, Chair of the Improvement and "
                 "Scrutiny Committee - Children and Young People; Dr Ruth Matlock, Designated Clinical Officer, NHS "
                 "Derby and Derbyshire ICB."),
            body("This decision is exempt from call-in because any delay would prevent the Plan being submitted by "
                 "the date required by Ofsted."),
            body("Signed: Councillor Alexandra Ashover, Cabinet Member for Education&nbsp;&nbsp;&nbsp; Date: "
                 "30.05.2024"),
            body("Contact officer: Karen Belper, Assistant Director, SEND and Inclusion, Tel: 01629 536218, "
                 "karen.belper@derbyshire.gov.uk"),
        ],
    ]
    return write(DERBYSHIRE, pages, "Derbyshire County Council", "Record of Decision - Cabinet Member for Education",
                 "", page_label="{n}")


LANCASHIRE_WEAKNESSES = [
    "The lack of strategic leadership and of a shared vision for SEND across education, health and care.",
    "Weak joint commissioning arrangements, which have not addressed gaps in services, particularly for children "
    "with social, emotional and mental health needs.",
    "The poor quality of EHC plans and the lack of timely contributions from health and social care.",
    "Long waiting times for the autism assessment pathway and for speech and language therapy.",
    "The lack of an effective local offer, so that parents do not know what support is available.",
    "Poor transition arrangements for young people moving from children's to adult services.",
]


def lancashire_briefing() -> Path:
    pages = [
        [
            title("Lancashire County Council"),
            body("<b>Education and Children's Services Scrutiny Committee</b>"),
            body("Meeting to be held on Tuesday, 23 March 2021"),
            body("<b>Briefing Note: SEND Written Statement of Action - preparing for the Ofsted and CQC revisit</b>"),
            front_sheet([
                ("Electoral Division affected:", "(All Divisions);"),
                ("Corporate Priorities:", "Delivering better services;"),
                ("Contact for further information:", "Eleanor Garstang, Tel: 01772 532419, Head of Service, SEND, "
                 "eleanor.garstang@lancashire.gov.uk"),
            ]),
            heading("Brief Summary"),
            body("This briefing note updates the committee on the local area's progress against its Written "
                 "Statement of Action (WSoA) ahead of the expected revisit by Ofsted and the Care Quality "
                 "Commission."),
            heading("Recommendation"),
            body("The committee is asked to note the briefing and to consider whether it wishes to receive a further "
                 "report after the revisit."),
            heading("Detail"),
            body("Ofsted and the CQC inspected the Lancashire local area between 13th and 17th November 2017. The "
                 "inspection letter, published on 31 January 2018, required a WSoA. The WSoA was submitted on 4 May "
                 "2018 and was declared fit for purpose on 27 June 2018."),
            body("The WSoA is organised around the six areas of significant weakness set out in the inspection "
                 "letter:"),
        ] + [hang(f"{number}. {text}") for number, text in enumerate(LANCASHIRE_WEAKNESSES[:4], start=1)],
        [hang(f"{number}. {text}") for number, text in enumerate(LANCASHIRE_WEAKNESSES[4:], start=5)] + [
            body("The Department for Education and NHS England have monitored progress at meetings held in January "
                 "2019, October 2019 and, virtually, in November 2020. The next monitoring meeting is planned for "
                 "20th April 2021."),
            body("Ofsted has indicated that the revisit is likely to take place between May and July 2021. Inspectors "
                 "will judge whether the local area has made sufficient progress in each of the six areas."),
            body("Since September 2019 the WSoA has been overseen by the SEND Partnership Board, chaired by Sean "
                 "Preesall, Director of Education and Skills. County Councillor Jayne Whalley, Cabinet Member for "
                 "Education and Skills, attends every meeting of the board."),
            body("Progress since the inspection includes the proportion of new EHC plans issued within 20 weeks "
                 "rising to 68%, a new all-age autism pathway and a redesigned Local Offer website co-produced with "
                 "Lancashire Parent Carer Forum."),
            heading("Local Government (Access to Information) Act 1985 - List of Background Papers"),
            table([["<b>Paper</b>", "<b>Date</b>", "<b>Contact/Tel</b>"],
                   ["Ofsted and CQC inspection letter, Lancashire local area", "31 January 2018",
                    "Eleanor Garstang, 01772 532419"],
                   ["Lancashire Written Statement of Action", "June 2018", "Eleanor Garstang, 01772 532419"]],
                  [7 * cm, 3.5 * cm, 5.5 * cm]),
            body("Reason for inclusion in Part II, if appropriate: N/A"),
        ],
    ]
    return write(LANCASHIRE, pages, "Lancashire County Council",
                 "Education and Children's Services Scrutiny Committee - 23 March 2021", "",
                 page_label="Page {n}")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.lower())).strip()


def check(paths: list[Path]) -> int:
    """Every gold resolution and weakness of each PDF on the page the gold gives; the page count as written."""
    import pdfplumber

    expected_pages = {CALDERDALE: 3, DERBYSHIRE: 2, LANCASHIRE: 2}
    failures = 0
    for relative in (CALDERDALE, DERBYSHIRE, LANCASHIRE):
        with pdfplumber.open(CORPUS / relative) as pdf:
            texts = [_norm(page.extract_text() or "") for page in pdf.pages]
        if len(texts) != expected_pages[relative]:
            print(f"PAGES {relative}: {len(texts)} != {expected_pages[relative]}")
            failures += 1
        gold = json.loads((GOLD / relative).with_suffix(".gold.json").read_text())
        for kind in ("resolutions", "weaknesses"):
            for item in gold[kind]:
                found = [n for n, text in enumerate(texts, start=1) if _norm(item["text"]) in text]
                if found != [item["page"]]:
                    print(f"PAGE {relative} {kind}: gold {item['page']}, found {found}: {item['text'][:60]}")
                    failures += 1
    print("check:", "ok" if not failures else f"{failures} failures")
    return failures


def main() -> None:
    paths = [make() for make in (calderdale_report, derbyshire_decision, lancashire_briefing)]
    for path in paths:
        print(path)
    if "--check" in sys.argv[1:]:
        sys.exit(1 if check(paths) else 0)


if __name__ == "__main__":
    main()
