"""Write the six long printed documents of the held-out round 28 (reportlab), and their gold.

Round 28 is a blind batch of LONG PDFs, written with their gold before any extractor ran on them, in the layouts
of real long council papers: an agenda reports pack with front sheet, previous minutes, a SEND report and its
appendix (Kirklees), the signed printed minutes of a scrutiny committee (Walsall), a cabinet report whose appendix is
a Written Statement of Action progress tracker in a ruled table over several pages (Wigan), a Health and Wellbeing
Board's minutes with an actions table and named partner officers (Stockport), a scrutiny report on an Area SEND
inspection outcome with implications, a risk table and background papers (Cornwall), and a bundle of executive
decision notices (Tameside). Invented text, fictitious people.

The framework (``Doc``) is round 27's (copied, not imported): the text flows over the pages as reportlab lays it out
(running header and footer on every page), resolutions and weaknesses are recorded where they are written, dates,
people and events are listed by hand beside each document, and ``--gold`` writes the gold files with the page on
which each resolution's and weakness's text starts, read back from the written PDF with pdfplumber. ``--check``
also lists every date-like string of each PDF's text whose day or month is not in the gold (a check on the
writer's own listing). Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round28_pdfs.py          # the PDFs
    /work/main/.venv/bin/python tests/heldout/make_round28_pdfs.py --gold   # the PDFs and their gold
    /work/main/.venv/bin/python tests/heldout/make_round28_pdfs.py --check  # the PDFs, gold and the date check
"""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

rl_config.invariant = 1

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLD = HERE / "gold"
PROVENANCE = "written for the held-out test set (invented text in the style of the council's papers)"

STYLES = getSampleStyleSheet()
BODY = ParagraphStyle("Body28", parent=STYLES["BodyText"], fontName="Helvetica", fontSize=12, leading=17, spaceAfter=8)
SMALL = ParagraphStyle("Small28", parent=BODY, fontSize=8, leading=10)
CELL = ParagraphStyle("Cell28", parent=BODY, fontSize=9.5, leading=12, spaceBefore=0, spaceAfter=0)
HEAD = ParagraphStyle("Head28", parent=BODY, fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=12)
TITLE = ParagraphStyle("Title28", parent=BODY, fontName="Helvetica-Bold", fontSize=15, leading=20, spaceAfter=6)
BULLET = ParagraphStyle("Bullet28", parent=BODY, leftIndent=22, firstLineIndent=-12)
HANG = ParagraphStyle("Hang28", parent=BODY, leftIndent=32, firstLineIndent=-24)
PLANCELL = ParagraphStyle("Plan28", parent=BODY, fontSize=8.5, leading=10.5, spaceBefore=0, spaceAfter=0)
NUMBERED = ParagraphStyle("Num28", parent=BODY, leftIndent=36, firstLineIndent=-36)


def cells(rows, style=CELL):
    return [[c if not isinstance(c, str) else Paragraph(c, style) for c in row] for row in rows]


class Doc:
    """One document: its flowables, its sidecar and the gold facts recorded as it is written."""

    def __init__(self, relative: str, meta: dict, meeting: dict, header_left: str, header_right: str,
                 footer_left: str, page_label: str = "Page {n} of {total}"):
        self.relative = relative
        self.meta = meta
        self.meeting = meeting
        self.header_left, self.header_right, self.footer_left = header_left, header_right, footer_left
        self.page_label = page_label
        self.story: list = []
        self.resolutions: list[dict] = []
        self.weaknesses: list[dict] = []
        self.dates: list[dict] = []
        self.people: list[dict] = []
        self.events: list[dict] = []

    # -- text ------------------------------------------------------------------------------------------------
    def p(self, text: str, style=BODY):
        self.story.append(Paragraph(text, style))

    def h(self, text: str, style=HEAD):
        self.story.append(Paragraph(text, style))

    def title(self, text: str):
        self.story.append(Paragraph(text, TITLE))

    def space(self, height: float = 6):
        self.story.append(Spacer(1, height))

    def add(self, *flowables):
        self.story.extend(flowables)

    def res(self, label, text: str, kind: str, shown_label: str | None = None, lead: str = "", style=HANG):
        """A resolution or recommendation: rendered as ``lead label text``; recorded as text and label."""
        marker = shown_label if shown_label is not None else (label or "")
        parts = [x for x in (lead, marker, escape(text)) if x]
        self.story.append(KeepTogether([Paragraph(" ".join(parts), style)]))
        self.record_res(label, text, kind)

    def record_res(self, label, text: str, kind: str):
        self.resolutions.append({"text": text, "kind": kind, "label": label})

    def weak(self, text: str, themes: list[str], marker: str = "&bull;", style=BULLET):
        self.story.append(KeepTogether([Paragraph(f"{marker} {escape(text)}" if marker else escape(text), style)]))
        self.record_weak(text, themes)

    def record_weak(self, text: str, themes: list[str]):
        self.weaknesses.append({"text": text, "themes": themes})

    def table(self, rows, widths, header: bool = True, grid: bool = True, split_in_row: bool = False,
              bold_header: bool = True, style_cell=None):
        data = cells(rows, style_cell or CELL)
        table = Table(data, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1 if split_in_row else 0)
        style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        if grid:
            style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        else:
            style.append(("LEFTPADDING", (0, 0), (-1, -1), 0))
        if header and bold_header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")))
        table.setStyle(TableStyle(style))
        self.story.append(table)

    # -- gold facts listed by hand ------------------------------------------------------------------------------
    def date(self, text: str, start: str, end: str | None = None):
        self.dates.append({"text": text, "start": start, "end": end})

    def person(self, name: str, role: str | None, kind: str, email: str | None = None, phone: str | None = None):
        self.people.append({"name": name, "role": role, "kind": kind, "email": email, "phone": phone})

    def event(self, kind: str, start: str, end: str | None, text: str):
        self.events.append({"type": kind, "start": start, "end": end, "text": text})

    # -- output ----------------------------------------------------------------------------------------------
    def _build(self, target, total: int) -> int:
        def decorate(canvas, document):
            width, height = A4
            canvas.saveState()
            canvas.setFont("Helvetica", 8)
            canvas.drawString(2 * cm, height - 1.2 * cm, self.header_left)
            canvas.drawRightString(width - 2 * cm, height - 1.2 * cm, self.header_right)
            canvas.drawString(2 * cm, 1.2 * cm, self.footer_left)
            canvas.drawRightString(width - 2 * cm, 1.2 * cm, self.page_label.format(n=document.page, total=total))
            canvas.restoreState()

        import copy
        document = SimpleDocTemplate(target, pagesize=A4, topMargin=2.5 * cm, bottomMargin=2.5 * cm,
                                     leftMargin=2.4 * cm, rightMargin=2.4 * cm, title=Path(self.relative).stem,
                                     author="", subject="", creator="")
        document.build(copy.deepcopy(self.story), onFirstPage=decorate, onLaterPages=decorate)
        return document.page

    def write(self) -> Path:
        path = CORPUS / self.relative
        path.parent.mkdir(parents=True, exist_ok=True)
        total = self._build(io.BytesIO(), 0)
        pages = self._build(str(path), total)
        assert pages == total, (self.relative, pages, total)
        meta = dict(self.meta)
        meta["provenance"] = PROVENANCE
        path.with_suffix(".meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
        return path

    def write_gold(self) -> Path:
        import pdfplumber

        path = CORPUS / self.relative
        squash = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
        with pdfplumber.open(path) as pdf:
            bodies, table_cells, strips = [], [], []
            for page in pdf.pages:
                inner = page.crop((0, 2 * cm - 4, page.width, page.height - 2 * cm + 4))
                bodies.append(squash(inner.extract_text() or ""))
                table_cells.append([squash(cell) for table in inner.extract_tables() for row in table
                                    for cell in row if cell])
                xs = sorted({round(edge["x0"]) for edge in inner.vertical_edges})
                strips.append({(a, b): squash(inner.crop((a, inner.bbox[1], b, inner.bbox[3])).extract_text() or "")
                               for a, b in zip(xs, xs[1:]) if b - a > 10})

        def page_of(text: str) -> int:
            needle = squash(text)
            for number, body in enumerate(bodies, 1):
                if needle in body:
                    return number
            for number, found in enumerate(table_cells, 1):
                if any(needle in cell for cell in found):
                    return number
            for number, found in enumerate(strips, 1):  # a cell read column by column
                if any(needle in strip for strip in found.values()):
                    return number
            for number in range(1, len(bodies)):
                joined = bodies[number - 1] + bodies[number]
                if needle in joined:
                    return number
                for cut in range(10, len(needle) - 10):  # a table row broken across the page break
                    head, tail = needle[:cut], needle[cut:]
                    if any(c.endswith(head) for c in table_cells[number - 1]) and any(
                            c.startswith(tail) for c in table_cells[number]):
                        return number
                for column, above in strips[number - 1].items():  # a row broken where pdfplumber sees no cell
                    below = strips[number].get(column, "")
                    if any(above.endswith(needle[:cut]) and needle[cut:] in below
                           for cut in range(10, len(needle) - 5)):
                        return number
            raise AssertionError(f"{self.relative}: not found on any page: {text}")

        gold = {
            "document": self.relative,
            "meeting": self.meeting,
            "resolutions": [dict(r, page=page_of(r["text"])) for r in self.resolutions],
            "weaknesses": [{"text": w["text"], "page": page_of(w["text"]), "themes": w["themes"]}
                           for w in self.weaknesses],
            "dates": self.dates,
            "people": self.people,
            "events": self.events,
        }
        out = GOLD / Path(self.relative).with_suffix(".gold.json")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        return out


def two_columns(doc: Doc, left: list[str], right: list[str], widths=(8.1 * cm, 8.1 * cm)):
    """An attendance block set in two columns without rules, as printed minutes lay it out."""
    rows = []
    for i in range(max(len(left), len(right))):
        rows.append([left[i] if i < len(left) else "", right[i] if i < len(right) else ""])
    doc.table(rows, list(widths), header=False, grid=False)



def resolved(d: Doc, label, text: str, lead: str = "<b>Resolved</b> &ndash;", kind: str = "resolution"):
    d.res(label, text, kind, lead=lead, style=BODY if label is None else HANG)


# ------------------------------------------------------------------------------------------------------------------
# 1. Staffordshire: signed printed minutes of the Children and Young People Overview and Scrutiny Committee


MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
MONTH_NUMBER = {m[:3].lower(): i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                                                         "Oct", "Nov", "Dec"], 1)}
DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + MONTHS + r")\.?,?\s+(\d{4})\b", re.I)
MONTH_DAY_YEAR = re.compile(r"\b(" + MONTHS + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)
MONTH_YEAR = re.compile(r"\b(" + MONTHS + r")\.?,?\s+(\d{4})\b", re.I)
NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b")


def check_dates(doc: "Doc") -> None:
    """Every date-like string of the written PDF must have its day or month among the gold's starts and ends,
    and every gold start and end must be found in the PDF's text (a check on the hand-made listing)."""
    import pdfplumber

    with pdfplumber.open(CORPUS / doc.relative) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    text = re.sub(r"[ \t]+", " ", text)
    found: dict[str, str] = {}
    for m in DAY_MONTH_YEAR.finditer(text):
        found[f"{m[3]}-{MONTH_NUMBER[m[2][:3].lower()]:02d}-{int(m[1]):02d}"] = m[0]
    for m in MONTH_DAY_YEAR.finditer(text):
        found[f"{m[3]}-{MONTH_NUMBER[m[1][:3].lower()]:02d}-{int(m[2]):02d}"] = m[0]
    for m in NUMERIC.finditer(text):
        year = m[3] if len(m[3]) == 4 else "20" + m[3]
        if 1 <= int(m[2]) <= 12:
            found[f"{year}-{int(m[2]):02d}-{int(m[1]):02d}"] = m[0]
    months = {}
    for m in MONTH_YEAR.finditer(text):
        before = text[max(0, m.start() - 4):m.start()]
        if not re.search(r"\d\s*$", before):
            months[f"{m[2]}-{MONTH_NUMBER[m[1][:3].lower()]:02d}"] = m[0]
    gold = {d["start"] for d in doc.dates} | {d["end"] for d in doc.dates if d["end"]}
    pairs = [(d["start"], d["end"]) for d in doc.dates]
    assert len(pairs) == len(set(pairs)), (doc.relative, "duplicate date", [p for p in pairs if pairs.count(p) > 1])
    names = [p["name"] for p in doc.people]
    assert len(names) == len(set(names)), (doc.relative, "duplicate person")
    for iso, seen in sorted({**found, **months}.items()):
        if iso not in gold:
            print(f"   date in text not in gold: {seen!r} ({iso})")
    for iso in sorted(gold):
        if iso not in found and iso not in months:
            print(f"   gold date not seen as such in text: {iso}")


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


DOCUMENTS = [walsall_minutes]


def main() -> None:
    gold = "--gold" in sys.argv or "--check" in sys.argv
    for make in DOCUMENTS:
        doc = make()
        path = doc.write()
        print(path.relative_to(HERE), doc._build(io.BytesIO(), 0), "pages")
        if gold:
            print("  ", doc.write_gold().relative_to(HERE))
        if "--check" in sys.argv:
            check_dates(doc)


if __name__ == "__main__":
    main()
