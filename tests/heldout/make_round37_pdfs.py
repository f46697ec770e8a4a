"""Write the three printed documents of the held-out round 37 (reportlab).

Round 37 is a blind batch: documents written with their gold before any extractor ran on them, in the commonest
real templates. These three are the short printed forms:

- a Northumberland County Council report to an overview and scrutiny committee, one year after a 2023-framework
  inspection (the county's front matter with "Report of" and "Cabinet Member", "It is recommended that members of
  the Committee:" over "(i) ... (iii)", the five areas for improvement as bullets inside a shaded call-out box
  whose own heading is the only lead-in, a plan agreed, refreshed and published, Ofsted's annual engagement
  meeting, an implications table and a "Report sign off" table of named officers and the portfolio holder);
- a London Borough of Redbridge record of a Cabinet Member decision (a ruled record table whose "Decision" cell
  holds "has decided to:" over "(i) ... (iii)", publication and call-in dates as dd/mm/yyyy; on page 2 the four
  areas for improvement "reproduced below as they appear in the report" as "A." to "D." hanging paragraphs, the
  board's endorsement, consultation, finance and legal comments with dates, a signature line and a contact);
- a Worcestershire County Council briefing note to an overview and scrutiny panel on a 2016-framework revisit
  (the five areas of significant weakness as two bulleted lists, the three with sufficient progress on page 1
  and the two without on page 2, each under its own verdict lead-in; an APP submitted and agreed; "The Panel is
  asked to:" over two unnumbered bullets; contact points and background papers).

Invented text, fictitious people. Each page's content is fixed here with an explicit page break, so the gold's
page numbers follow from this script; ``--check`` reads the PDFs back with pdfplumber and confirms that every
resolution and weakness of the gold stands on the page the gold gives, that no page overflowed, and lists any
date-like string of a PDF that the gold's dates do not hold. The output is deterministic (reportlab's invariant
mode), so rerunning it rewrites identical files:

    /work/main/.venv/bin/python tests/heldout/make_round37_pdfs.py [--check]
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
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle  # noqa: E402

rl_config.invariant = 1
HANG = ParagraphStyle("Hang37", parent=BODY, leftIndent=28, firstLineIndent=-20)
# The bullet glyph is set in Vera (shipped with reportlab), as rounds 8 and 11 do, so that it extracts as "•".
pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
BULLET = ParagraphStyle("Bullet37", parent=BODY, leftIndent=18, bulletIndent=6, bulletFontName="Vera")
GOLD = Path(__file__).resolve().parent / "gold"

NORTHUMBERLAND = ("northumberland/round37-2025-11-13-family-and-childrens-services-overview-and-scrutiny-committee/"
                  "Area SEND Improvement Plan One Year On.pdf")
REDBRIDGE = ("redbridge/round37-2024-07-22-cabinet-member-for-children-and-young-people/"
             "Cabinet Member Decision - SEND Partnership Improvement Plan.pdf")
WORCESTERSHIRE = ("worcestershire/round37-2025-03-20-children-and-families-overview-and-scrutiny-panel/"
                  "Briefing Note - SEND Revisit Outcome and Accelerated Progress Plan.pdf")


def hang(text: str):
    return Paragraph(text, HANG)


def bullet(text: str):
    return Paragraph(text, BULLET, bulletText="\u2022")


def call_out(title_text: str, items: list[str]):
    """A shaded box of one cell: a bold title over bulleted paragraphs, as reports set a quotation apart."""
    cell = [Paragraph(f"<b>{title_text}</b>", BODY)] + [bullet(item) for item in items]
    box = Table([[cell]], colWidths=[16 * cm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.75, colors.HexColor("#1F4E79")),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EAF1F8")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return box


def record_table(rows: list[tuple[str, list]]):
    """A ruled two-column record: a bold label and a cell of one or more paragraphs."""
    cells = [[Paragraph(f"<b>{label}</b>", BODY), value] for label, value in rows]
    grid = Table(cells, colWidths=[4.2 * cm, 11.8 * cm])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2"))]))
    return grid


NORTHUMBERLAND_AREAS = [
    "Leaders should improve the timeliness of EHC plans, particularly for children and young people who move into "
    "the county.",
    "The partnership should reduce waiting times for autism and ADHD assessments in the west of the county.",
    "Leaders should make sure that children in rural areas can access specialist provision without long journeys.",
    "Leaders should improve the Local Offer so that families can easily find the information they need.",
    "Leaders should strengthen the quality assurance of EHC plans and annual reviews.",
]


def northumberland_report() -> Path:
    pages = [
        [
            title("Northumberland County Council"),
            body("<b>FAMILY AND CHILDREN'S SERVICES OVERVIEW AND SCRUTINY COMMITTEE</b>"),
            body("<b>13 November 2025</b>"),
            body("<b>Area SEND Inspection: Improvement Plan &ndash; One Year On</b>"),
            front_sheet([
                ("Report of:", "Mark Ashburn, Executive Director of Children, Young People and Education"),
                ("Cabinet Member:", "Councillor Rachel Wearmouth-Hall, Children, Young People and Education"),
            ]),
            heading("Purpose of report"),
            body("To update the Committee on progress against the Area SEND Improvement Plan in its first year, "
                 "following the area SEND inspection of the Northumberland local area partnership in July 2024."),
            heading("Recommendations"),
            body("It is recommended that members of the Committee:"),
            hang("(i) note the progress made against the Area SEND Improvement Plan since the inspection;"),
            hang("(ii) comment on the priorities proposed for the plan's second year, set out in paragraph 3.1; "
                 "and"),
            hang("(iii) agree to receive a further report in November 2026, after Ofsted's next annual engagement "
                 "meeting."),
            heading("Link to Corporate Plan"),
            body("This report supports the Corporate Plan priority of tackling inequalities, in particular making "
                 "sure that children and young people with SEND achieve their potential."),
            heading("Key issues"),
            body("1. The Ofsted and CQC inspection found that the partnership's arrangements lead to inconsistent "
                 "experiences and outcomes for children and young people with SEND, and identified five areas for "
                 "improvement."),
            body("2. The timeliness of EHC plans has improved markedly. Waiting times for autism and ADHD "
                 "assessments in the west of the county remain the partnership's biggest challenge."),
        ],
        [
            heading("1. Background"),
            body("1.1 Ofsted and the Care Quality Commission (CQC) inspected the Northumberland local area "
                 "partnership from 1 to 5 July 2024. The report was published on 16 August 2024."),
            body("1.2 Inspectors highlighted many strengths, including the work of Northumberland Parent Carer "
                 "Forum, the county's early years inclusion service and the quality of provision in special "
                 "schools. The box below reproduces the five areas for improvement as the report states them."),
            call_out("What the inspection report asked us to improve", NORTHUMBERLAND_AREAS),
            Spacer(1, 8),
            body("1.3 The Area SEND Improvement Plan was agreed by the SEND Strategic Board on 24 October 2024. "
                 "After a review of its first year, a refreshed plan was agreed by the Board on 18 September 2025 "
                 "and published on the Local Offer on 1 October 2025."),
            heading("2. Progress"),
            body("2.1 Timeliness: 71% of new EHC plans were issued within 20 weeks in the year to September 2025, "
                 "compared with 42% in the year to September 2024. Plans for children who move into the county "
                 "are now allocated to a case officer within five working days."),
            body("2.2 Neurodevelopmental assessments: NHS North East and North Cumbria Integrated Care Board "
                 "opened a neurodevelopmental hub in Hexham in June 2025. The average wait in the west of the "
                 "county has fallen from 98 weeks to 71 weeks, which is still too long."),
            body("2.3 Local Offer: a new Local Offer website, designed with parents, went live in March 2025 and "
                 "has been visited more than 40,000 times."),
        ],
        [
            body("2.4 Ofsted's annual engagement meeting with the partnership took place on 7 October 2025. As "
                 "the partnership did not receive the lowest outcome, there is no formal monitoring by the "
                 "Department for Education."),
            heading("3. Priorities for year two"),
            body("3.1 The Board proposes three priorities for the second year: autism and ADHD waiting times in "
                 "the west of the county, specialist places closer to home, and the quality of annual reviews."),
            heading("Implications"),
            table([["<b>Policy</b>", "The plan supports the SEND Strategy 2024-2027."],
                   ["<b>Finance and value for money</b>", "Delivered within existing budgets and the High Needs "
                    "Block."],
                   ["<b>Legal</b>", "The council has duties under Part 3 of the Children and Families Act 2014."],
                   ["<b>Equalities</b>", "The plan is intended to improve outcomes for children with SEND."],
                   ["<b>Risk assessment</b>", "Risks are held on the SEND Strategic Board's risk register."],
                   ["<b>Wards</b>", "All"]],
                  [5 * cm, 11 * cm]),
            heading("Background papers"),
            body("Ofsted and CQC, Area SEND inspection of Northumberland Local Area Partnership, 16 August 2024."),
            heading("Report sign off"),
            table([["<b>Authors must ensure that officers and members have agreed the content of the report:</b>",
                    "<b>Full name of officer</b>"],
                   ["Monitoring Officer/Legal", "Stephen Hexham-Lowe"],
                   ["Executive Director of Finance &amp; Section 151 Officer", "Jan Amble-Curtis"],
                   ["Relevant Executive Director", "Mark Ashburn"],
                   ["Chief Executive", "Helen Alnmouth"],
                   ["Portfolio Holder(s)", "Rachel Wearmouth-Hall"]],
                  [10 * cm, 6 * cm]),
            heading("Author and Contact Details"),
            body("Paula Coulthard-Reay, Head of SEND and Inclusion<br/>Telephone: 01670 623574<br/>"
                 "Email: paula.coulthard-reay@northumberland.gov.uk"),
        ],
    ]
    return write(NORTHUMBERLAND, pages, "Northumberland County Council",
                 "Family and Children's Services Overview and Scrutiny Committee - 13 November 2025", "",
                 page_label="Page {n}")


REDBRIDGE_DECISIONS = [
    "(i) approve the Redbridge SEND Partnership Improvement Plan 2024-2026 at Appendix A;",
    "(ii) agree that the Plan be published on the Local Offer by 31st July 2024; and",
    "(iii) note that progress against the Plan will be reported to the People Scrutiny Committee twice a year.",
]
REDBRIDGE_AREAS = [
    "A. The partnership should reduce waiting times for speech and language therapy for children aged over five.",
    "B. Leaders should ensure that annual reviews of EHC plans are completed on time and that plans are amended "
    "promptly after a review.",
    "C. Leaders should strengthen the support for young people with SEND as they prepare for adulthood, "
    "particularly in finding employment and training.",
    "D. The partnership should improve the consistency of the support that pupils receive at SEN support in "
    "secondary schools.",
]


def redbridge_decision() -> Path:
    pages = [
        [
            title("London Borough of Redbridge"),
            body("<b>RECORD OF CABINET MEMBER DECISION</b>"),
            record_table([
                ("Decision reference", [Paragraph("CMD/CYP/2024/09", BODY)]),
                ("Decision maker", [Paragraph("Councillor Sabiha Choudhury-Lane, Cabinet Member for Children and "
                                              "Young People", BODY)]),
                ("Subject", [Paragraph("Redbridge SEND Partnership Improvement Plan 2024-2026", BODY)]),
                ("Date of decision", [Paragraph("22nd July 2024", BODY)]),
                ("Decision", [Paragraph("The Cabinet Member for Children and Young People has decided to:", BODY)]
                 + [hang(text) for text in REDBRIDGE_DECISIONS]),
                ("Reasons for decision", [Paragraph(
                    "The Plan sets out how the local area partnership will respond to the areas for improvement "
                    "identified by the area SEND inspection, and was prepared with parents, schools and the "
                    "Integrated Care Board.", BODY)]),
                ("Alternative options", [Paragraph(
                    "To respond through the existing SEND Strategy alone. Rejected, because families asked for a "
                    "single plan that shows what will change in response to the inspection.", BODY)]),
                ("Conflicts of interest", [Paragraph("None declared.", BODY)]),
                ("Dispensation granted", [Paragraph("N/A", BODY)]),
                ("Date of publication", [Paragraph("23/07/2024", BODY)]),
                ("Call-in expiry date", [Paragraph("30/07/2024", BODY)]),
            ]),
            Spacer(1, 8),
            body("This decision is subject to call-in and may not be implemented until the call-in period has "
                 "expired."),
        ],
        [
            heading("Background"),
            body("1. Ofsted and the Care Quality Commission inspected the Redbridge local area partnership from 4 to "
                 "8 December 2023. Their report, published on 2 February 2024, found that the partnership's "
                 "arrangements lead to inconsistent experiences and outcomes for children and young people with "
                 "SEND."),
            body("2. The four areas that inspectors said the partnership should improve are reproduced below as they "
                 "appear in the report:"),
        ] + [hang(text) for text in REDBRIDGE_AREAS] + [
            body("3. The Plan was co-produced with Redbridge SEND Parent Forum and was endorsed by the Redbridge SEND "
                 "Partnership Board on 9th July 2024. The Board will review it every quarter. As the inspection "
                 "outcome was not the lowest, the partnership will not be monitored by the Department for Education; "
                 "Ofsted will hold an annual engagement meeting with the partnership."),
            body("4. Councillor Vikram Lalani, Chair of the People Scrutiny Committee, was consulted on 15th July "
                 "2024 and supported the Plan."),
            heading("Financial implications"),
            body("The Plan will be delivered within the Children and Young People's Services budget and the High "
                 "Needs Block. (Finance comments: Daniel Okafor-Reeve, Finance Business Partner, 16/07/2024.)"),
            heading("Legal implications"),
            body("The council has duties under Part 3 of the Children and Families Act 2014 and the SEND Code of "
                 "Practice. (Legal comments: Ruth Barkingside, Senior Solicitor, 16/07/2024.)"),
            Spacer(1, 10),
            body("Signed: Councillor Sabiha Choudhury-Lane&nbsp;&nbsp;&nbsp;&nbsp; Date: 22/07/2024"),
            body("Contact officer: Natalie Ferreira-Dunn, Head of SEND and Inclusion, 020 8708 3221, "
                 "natalie.ferreira-dunn@redbridge.gov.uk"),
        ],
    ]
    return write(REDBRIDGE, pages, "London Borough of Redbridge", "Record of Cabinet Member Decision", "",
                 page_label="Page {n} of {total}")


WORCESTERSHIRE_PROGRESSED = [
    "the lack of a shared understanding among leaders of the local area's strengths and weaknesses, and weak "
    "self-evaluation",
    "the lack of co-production with parents and carers at a strategic level",
    "the variable quality of support for children and young people at SEN support in mainstream schools",
]
WORCESTERSHIRE_NOT_PROGRESSED = [
    "the inconsistent quality of EHC plans and the poor timeliness of annual reviews",
    "the long waiting times for assessment by the Neurodevelopmental Service and for speech and language therapy",
]


def worcestershire_briefing() -> Path:
    pages = [
        [
            title("Worcestershire County Council"),
            body("<b>CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY PANEL</b>"),
            body("<b>20 MARCH 2025</b>"),
            body("<b>BRIEFING NOTE: SEND REVISIT OUTCOME AND ACCELERATED PROGRESS PLAN</b>"),
            heading("Summary"),
            body("1. This briefing note has been prepared at the request of the Panel. It sets out the outcome of "
                 "the Ofsted and Care Quality Commission (CQC) revisit of the Worcestershire local area and the "
                 "Accelerated Progress Plan (APP) agreed as a result. The Cabinet Member with Responsibility for "
                 "Education, Councillor Hugo Pershore-Blake, has been invited to the meeting, together with "
                 "officers of Worcestershire Children First and Dr Imogen Malvern-Rees, Designated Clinical "
                 "Officer, NHS Herefordshire and Worcestershire Integrated Care Board."),
            heading("Background"),
            body("2. Ofsted and the CQC inspected the local area from 31 January to 4 February 2022 and published "
                 "their letter on 31 March 2022. The Written Statement of Action (WSoA) was declared fit for "
                 "purpose on 23 August 2022. Progress was then reviewed by the Department for Education (DfE) and "
                 "NHS England at six-monthly meetings, the last of which took place on 12 September 2024."),
            heading("The revisit"),
            body("3. Inspectors revisited the area from 14 to 16 October 2024 to decide whether it had made "
                 "sufficient progress in addressing each of the five areas of significant weakness. Their letter "
                 "was published on 29 November 2024."),
            body("4. Inspectors judged that the area had made sufficient progress in addressing:"),
        ] + [bullet(text) for text in WORCESTERSHIRE_PROGRESSED],
        [
            body("5. However, the area had not made sufficient progress in addressing:"),
        ] + [bullet(text) for text in WORCESTERSHIRE_NOT_PROGRESSED] + [
            body("6. The letter recognised the much stronger partnership with Worcestershire Parent Carer Forum and "
                 "the new SEN support guidance for schools, which headteachers told inspectors they valued."),
            heading("The Accelerated Progress Plan"),
            body("7. Because insufficient progress was found in two areas, the DfE and NHS England required an APP. "
                 "The APP was submitted to the DfE on 31 January 2025 and was agreed on 24 February 2025. The first "
                 "APP review meeting is scheduled for June 2025, and reviews will then take place every six months "
                 "until the DfE is satisfied that sufficient progress has been made."),
            body("8. Key actions in the APP include an EHC plan quality assurance framework co-produced with "
                 "parents, a single point of access for neurodevelopmental referrals from April 2025, and four "
                 "additional speech and language therapists funded by the Integrated Care Board."),
            heading("Purpose of the Meeting"),
            body("9. The Panel is asked to:"),
            bullet("consider the outcome of the revisit and the Accelerated Progress Plan; and"),
            bullet("determine whether it wishes to make any comments or recommendations to the Cabinet Member with "
                   "Responsibility for Education."),
        ],
        [
            heading("Supporting Information"),
            body("Appendix 1 &ndash; Letter from Ofsted and CQC, 29 November 2024 (available online)"),
            body("Appendix 2 &ndash; Worcestershire SEND Accelerated Progress Plan, February 2025"),
            heading("Contact Points"),
            body("<b>Specific Contact Points for this report</b>"),
            body("Tamsin Redditch-Ward, Assistant Director for Education and Early Help, Worcestershire Children "
                 "First<br/>Tel: 01905 845612<br/>Email: tredditch-ward@worcschildrenfirst.org.uk"),
            body("Emma Kidderminster, Overview and Scrutiny Officer<br/>Tel: 01905 844964<br/>"
                 "Email: scrutiny@worcestershire.gov.uk"),
            heading("Background Papers"),
            body("In the opinion of the proper officer (in this case the Assistant Director for Legal and "
                 "Governance) the following are the background papers relating to the subject matter of this "
                 "report:"),
            bullet("Agenda and minutes of the Children and Families Overview and Scrutiny Panel on 21 September "
                   "2023"),
            body("All agendas and minutes are available on the Council's website."),
        ],
    ]
    return write(WORCESTERSHIRE, pages, "Worcestershire County Council",
                 "Children and Families Overview and Scrutiny Panel - 20 March 2025", "",
                 page_label="{n}")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.lower())).strip()


MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
DATE_LIKE = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS})\b,?\s+\d{{4}}|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b",
                       re.IGNORECASE)


def check(paths: list[Path]) -> int:
    """Every gold resolution and weakness of each PDF on the page the gold gives; the page count as written; the
    date-like strings of each PDF that no gold date's text holds (printed for a reader to judge)."""
    import pdfplumber

    expected_pages = {NORTHUMBERLAND: 3, REDBRIDGE: 2, WORCESTERSHIRE: 3}
    failures = 0
    for relative in (NORTHUMBERLAND, REDBRIDGE, WORCESTERSHIRE):
        with pdfplumber.open(CORPUS / relative) as pdf:
            raw = [page.extract_text() or "" for page in pdf.pages]
        texts = [_norm(text) for text in raw]
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
        gold_dates = " | ".join(_norm(date["text"]) for date in gold["dates"])
        for number, text in enumerate(raw, start=1):
            for match in DATE_LIKE.finditer(re.sub(r"\s+", " ", text)):
                if _norm(match.group(0)) not in gold_dates:
                    print(f"DATE? {relative} p{number}: {match.group(0)}")
    print("check:", "ok" if not failures else f"{failures} failures")
    return failures


def main() -> None:
    paths = [make() for make in (northumberland_report, redbridge_decision, worcestershire_briefing)]
    for path in paths:
        print(path)
    if "--check" in sys.argv[1:]:
        sys.exit(1 if check(paths) else 0)


if __name__ == "__main__":
    main()
