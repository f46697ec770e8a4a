"""Write the printed documents of the held-out round 48 (reportlab), with their sidecars and gold.

Round 48 is a blind batch: documents written with their gold before any extractor ran on them, by a writer who
never read the extractors. These three are the printed forms: an East Riding of Yorkshire Council report to an
overview and scrutiny sub-committee (2023-framework inspection, middle outcome, areas for improvement as bullets
of "Leaders should ..." sentences, "It is recommended that the Sub-Committee: (a) ... (c)"); a Council of the Isles
of Scilly decision record (2016 framework, approval of the Written Statement of Action, the weaknesses as "(a)" to
"(c)" paragraphs under a summary sentence, "DECISION:" over "1." and "2."); and a Department for Education and NHS
England letter to City of Westminster after a six-monthly WSoA review (2016 framework, the weaknesses as bold
numbered headings over progress paragraphs). Invented text, fictitious people. Each page's content is fixed with
an explicit page break, so the gold's page numbers follow from this script. The output is deterministic
(reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round48_pdfs.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_round4_pdfs import BODY, body, heading, title  # noqa: E402
from make_round5_pdfs import write  # noqa: E402
from make_round16_pdfs import front_sheet  # noqa: E402
from reportlab import rl_config  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph  # noqa: E402

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
INDENT = ParagraphStyle("Indent48", parent=BODY, leftIndent=18, firstLineIndent=-10)
PROVENANCE = "written for the held-out test set (invented text in the style of the council's papers)"


def item(marker: str, text: str):
    return Paragraph(marker + " " + text, INDENT)


def sidecars(relative: str, meta: dict, gold: dict) -> None:
    """The document's meta.json beside it and its gold file under gold/."""
    stem = relative.rsplit(".", 1)[0]
    meta = {**meta, "provenance": PROVENANCE}
    (HERE / "corpus" / (stem + ".meta.json")).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    path = HERE / "gold" / (stem + ".gold.json")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"document": relative, **gold}, indent=2, ensure_ascii=False) + "\n")


def R(text, kind, label, page):
    return {"text": text, "kind": kind, "label": label, "page": page}


def W(text, page, themes):
    return {"text": text, "page": page, "themes": themes}


def D(text, start, end=None):
    return {"text": text, "start": start, "end": end}


def P(name, role, kind, email=None, phone=None):
    return {"name": name, "role": role, "kind": kind, "email": email, "phone": phone}


def E(type_, start, end, text):
    return {"type": type_, "start": start, "end": end, "text": text}


# East Riding: report to a scrutiny sub-committee, 2023 framework, middle outcome ----------------------------

ER_RECS = [
    "note the outcome of the area SEND inspection carried out by Ofsted and the Care Quality Commission in March "
    "2025;",
    "consider the partnership's response to the three areas for improvement set out in section 5 of this report; "
    "and",
    "receive a further report on progress against the updated SEND and Alternative Provision Strategy action plan "
    "in January 2026.",
]
ER_AFI = [
    "Leaders should make sure that EHC plans are updated promptly after annual reviews, so that they reflect "
    "children's current needs and aspirations.",
    "Leaders should improve the way the partnership checks whether the support set out in EHC plans is delivered "
    "and makes a difference.",
    "Leaders in the ICB should reduce the time that children and young people wait for an assessment of their "
    "sensory and motor needs by occupational therapy.",
]
ER_PATH = ("east-riding/round48-2025-07-08-children-families-and-schools-overview-and-scrutiny-sub-committee/"
           "Area SEND Inspection Outcome 2025.pdf")


def east_riding_report() -> Path:
    pages = [
        [
            title("East Riding of Yorkshire Council"),
            front_sheet([
                ("Report to:", "Children, Families and Schools Overview and Scrutiny Sub-Committee"),
                ("Date of meeting:", "8 July 2025"),
                ("Wards:", "All Wards"),
                ("Report of:", "Director of Children, Families and Schools"),
                ("Portfolio Holder:", "Councillor Bethan Wrigglesworth, Portfolio Holder for Children, Families "
                 "and Schools"),
                ("Report author:", "Dominic Thwaite-Carrick, Head of Inclusion and SEND, (01482) 392781"),
            ]),
            heading("1. Purpose of report"),
            body("1.1 To inform the Sub-Committee of the outcome of the joint inspection of the East Riding local "
                 "area partnership's arrangements for children and young people with special educational needs "
                 "and/or disabilities (SEND)."),
            heading("2. Recommendation"),
            body("It is recommended that the Sub-Committee:"),
            item("(a)", ER_RECS[0]),
            item("(b)", ER_RECS[1]),
            item("(c)", ER_RECS[2]),
            heading("3. Background"),
            body("3.1 The area's previous inspection, under the 2016 framework, took place in November 2019 and led "
                 "to a Written Statement of Action. Ofsted and the CQC revisited in December 2022 and found "
                 "sufficient progress in all four areas of weakness."),
            body("3.2 Under the framework introduced in January 2023, the partnership received notice of its "
                 "inspection on 10 March 2025. Inspectors were on site from 17 to 21 March 2025."),
        ],
        [
            heading("4. Outcome"),
            body("4.1 The report was published on 2 May 2025. It concludes that the local area partnership's "
                 "arrangements lead to inconsistent experiences and outcomes for children and young people with "
                 "SEND. Inspectors recognised the strength of the partnership's preparing for adulthood work, the "
                 "Educational Psychology Service and the relationship with East Riding Parent Carer Forum."),
            heading("5. Areas for improvement"),
            body("5.1 The report identifies three areas for improvement:"),
            item("\u2022", ER_AFI[0]),
            item("\u2022", ER_AFI[1]),
            item("\u2022", ER_AFI[2]),
            body("5.2 The SEND Partnership Board agreed an updated action plan addressing all three on 3 June 2025. "
                 "The next full inspection is expected within three years."),
            heading("6. Implications"),
            body("6.1 Financial: the actions are funded from existing budgets and the High Needs Block. Legal: "
                 "none arising from this report."),
            heading("Background papers"),
            body("Ofsted and CQC, Area SEND inspection of East Riding of Yorkshire Local Area Partnership, May 2025."),
        ],
    ]
    path = write(ER_PATH, pages, "East Riding of Yorkshire Council",
                 "Children, Families and Schools Overview and Scrutiny Sub-Committee", "East Riding of Yorkshire Council")
    sidecars(ER_PATH, {
        "council": "East Riding of Yorkshire Council", "council_slug": "east-riding",
        "committee": "Children, Families and Schools Overview and Scrutiny Sub-Committee", "meeting_date": "2025-07-08",
        "title": "Area SEND Inspection Outcome 2025", "source_kind": "committee-report",
        "url": "https://www.eastriding.gov.uk/committee-documents/Area%20SEND%20Inspection%20Outcome%202025.pdf",
    }, {
        "meeting": {"council": "East Riding of Yorkshire Council",
                    "committee": "Children, Families and Schools Overview and Scrutiny Sub-Committee",
                    "date": "2025-07-08"},
        "resolutions": [R(ER_RECS[0], "recommendation", "(a)", 1), R(ER_RECS[1], "recommendation", "(b)", 1),
                        R(ER_RECS[2], "recommendation", "(c)", 1)],
        "weaknesses": [W(ER_AFI[0], 2, ["ehc-plans"]), W(ER_AFI[1], 2, ["data-oversight", "ehc-plans"]),
                       W(ER_AFI[2], 2, ["health-services"])],
        "dates": [D("8 July 2025", "2025-07-08"), D("March 2025", "2025-03"), D("January 2026", "2026-01"),
                  D("November 2019", "2019-11"), D("December 2022", "2022-12"), D("January 2023", "2023-01"),
                  D("10 March 2025", "2025-03-10"), D("from 17 to 21 March 2025", "2025-03-17", "2025-03-21"),
                  D("2 May 2025", "2025-05-02"), D("3 June 2025", "2025-06-03"), D("May 2025", "2025-05")],
        "people": [P("Bethan Wrigglesworth", "Portfolio Holder for Children, Families and Schools", "member"),
                   P("Dominic Thwaite-Carrick", "Head of Inclusion and SEND", "officer", None, "(01482) 392781")],
        "events": [
            E("inspection", "2019-11", None, "The area's previous inspection, under the 2016 framework, took place in "
              "November 2019 and led to a Written Statement of Action."),
            E("revisit", "2022-12", None, "Ofsted and the CQC revisited in December 2022 and found sufficient "
              "progress in all four areas of weakness."),
            E("inspection", "2025-03-17", "2025-03-21", "Inspectors were on site from 17 to 21 March 2025."),
            E("outcome-letter", "2025-05-02", None, "The report was published on 2 May 2025."),
            E("progress-plan", "2025-06-03", None, "The SEND Partnership Board agreed an updated action plan "
              "addressing all three on 3 June 2025."),
        ],
    })
    return path


# Isles of Scilly: decision record approving the WSoA, 2016 framework ---------------------------------------

SC_WEAK = [
    "Joint commissioning between the Council and the clinical commissioning group is underdeveloped, and there "
    "is no shared plan for the services that islanders need to travel to the mainland to receive.",
    "Too few EHC plans are issued within the statutory 20 weeks, and advice from health professionals is often "
    "missing from them.",
    "Information about children and young people with SEND is held separately by each service, so leaders "
    "cannot check how well the area is doing.",
]
SC_DEC = [
    "That the Written Statement of Action at Appendix A be approved for submission to Ofsted and the Care "
    "Quality Commission by 6 March 2018.",
    "That the Head of Education, Skills and Inclusion report progress against the Statement to the Children's "
    "Services Committee every six months, starting in September 2018.",
]
SC_PATH = "isles-of-scilly/round48-2018-02-27-chief-executive/Decision Record CE-2018-04 Written Statement of Action.pdf"


def scilly_decision() -> Path:
    pages = [
        [
            title("Council of the Isles of Scilly"),
            body("<b>RECORD OF DECISION</b>"),
            front_sheet([
                ("Reference:", "CE/2018/04"),
                ("Decision maker:", "Chief Executive, in consultation with the Chairman of the Council and the "
                 "Chairman of the Children's Services Committee"),
                ("Subject:", "Special Educational Needs and Disabilities - Written Statement of Action"),
                ("Key decision:", "No"),
            ]),
            heading("1. Background"),
            body("1.1 Ofsted and the Care Quality Commission inspected the islands' arrangements for children and "
                 "young people with special educational needs and disabilities from 9 to 13 October 2017. The "
                 "inspection letter was published on 4 December 2017. The letter recognised strong relationships "
                 "between the Five Islands School and families, but identified three areas of significant "
                 "weakness, summarised as follows:"),
            item("(a)", SC_WEAK[0]),
            item("(b)", SC_WEAK[1]),
            item("(c)", SC_WEAK[2]),
            body("1.2 The Council and Kernow Clinical Commissioning Group are jointly responsible for a Written "
                 "Statement of Action, which must reach Ofsted within 70 working days of the letter."),
        ],
        [
            heading("2. DECISION:"),
            item("1.", SC_DEC[0]),
            item("2.", SC_DEC[1]),
            heading("3. Reasons for the decision"),
            body("3.1 The next meeting of the Children's Services Committee, on 20 March 2018, falls after the "
                 "submission deadline, and the matter is therefore decided under the Chief Executive's urgency "
                 "powers."),
            heading("4. Consultation"),
            body("4.1 The draft Statement was discussed with parents at a meeting at the Town Hall on 13 February "
                 "2018 and with Nerys Hambly-Trewin, Designated Clinical Officer, Kernow CCG."),
            heading("5. Signatures"),
            body("Theo Bassinger-Holt, Chief Executive"),
            body("Councillor Amelia Pender-Sleeman, Chairman of the Council"),
            body("Councillor Jory Treneer, Chairman of the Children's Services Committee"),
            body("Date: 27 February 2018"),
            body("Contact: Hector Tregarthen, Head of Education, Skills and Inclusion, 01720 424485"),
        ],
    ]
    path = write(SC_PATH, pages, "Council of the Isles of Scilly", "Record of Decision CE/2018/04",
                 "Council of the Isles of Scilly")
    sidecars(SC_PATH, {
        "council": "Council of the Isles of Scilly", "council_slug": "isles-of-scilly",
        "committee": "Chief Executive", "meeting_date": "2018-02-27",
        "title": "Decision Record CE/2018/04 - Written Statement of Action", "source_kind": "committee-report",
        "url": "http://committees.scilly.gov.uk/documents/s5931/Decision%20Record%20CE-2018-04%20Written%20Statement"
               "%20of%20Action.pdf",
    }, {
        "meeting": {"council": "Council of the Isles of Scilly", "committee": "Chief Executive", "date": "2018-02-27"},
        "resolutions": [R(SC_DEC[0], "resolution", "1.", 2), R(SC_DEC[1], "resolution", "2.", 2)],
        "weaknesses": [W(SC_WEAK[0], 1, ["joint-commissioning"]), W(SC_WEAK[1], 1, ["ehc-plans"]),
                       W(SC_WEAK[2], 1, ["data-oversight"])],
        "dates": [D("from 9 to 13 October 2017", "2017-10-09", "2017-10-13"), D("4 December 2017", "2017-12-04"),
                  D("6 March 2018", "2018-03-06"), D("September 2018", "2018-09"), D("20 March 2018", "2018-03-20"),
                  D("13 February 2018", "2018-02-13"), D("27 February 2018", "2018-02-27")],
        "people": [P("Nerys Hambly-Trewin", "Designated Clinical Officer, Kernow CCG", "officer"),
                   P("Theo Bassinger-Holt", "Chief Executive", "officer"),
                   P("Amelia Pender-Sleeman", "Chairman of the Council", "member"),
                   P("Jory Treneer", "Chairman of the Children's Services Committee", "member"),
                   P("Hector Tregarthen", "Head of Education, Skills and Inclusion", "officer", None, "01720 424485")],
        "events": [
            E("inspection", "2017-10-09", "2017-10-13", "Ofsted and the Care Quality Commission inspected the islands' "
              "arrangements for children and young people with special educational needs and disabilities from 9 "
              "to 13 October 2017."),
            E("outcome-letter", "2017-12-04", None, "The inspection letter was published on 4 December 2017."),
            E("wsoa-submitted", "2018-03-06", None, "That the Written Statement of Action at Appendix A be approved "
              "for submission to Ofsted and the Care Quality Commission by 6 March 2018."),
        ],
    })
    return path


# Westminster: DfE and NHS England letter after a six-monthly WSoA review, 2016 framework ---------------------

WM_WEAK = [
    "The inconsistent quality of EHC plans, and the limited contribution to them from health and social care",
    "Weak joint commissioning arrangements for therapies and for children with social, emotional and mental "
    "health needs",
    "The lack of a clear and accessible local offer that parents can use to find support",
]
WM_PATH = ("westminster/round48-2018-11-19-family-and-people-services-policy-and-scrutiny-committee/"
           "Appendix 2 - DfE and NHS England review letter October 2018.pdf")


def westminster_letter() -> Path:
    pages = [
        [
            body("Department for Education, Sanctuary Buildings, Great Smith Street, London SW1P 3BT"),
            body("NHS England (London), Wellington House, 133-155 Waterloo Road, London SE1 8UG"),
            body("23 October 2018"),
            body("Sarah Molyneux-Hart<br/>Executive Director, Children's Services<br/>City of Westminster<br/>"
                 "64 Victoria Street<br/>London SW1E 6QP"),
            body("Dear Sarah,"),
            body("<b>Westminster SEND Written Statement of Action: six-monthly review</b>"),
            body("Thank you for hosting our review meeting on 9 October 2018, and please pass on our thanks to "
                 "colleagues from the CCG and to the parent carer forum representatives who attended."),
            body("As you know, the joint Ofsted and CQC inspection of the local area took place from 7 to 11 November "
                 "2016, and the letter published on 18 January 2017 required a Written Statement of Action. The "
                 "Statement was accepted as fit for purpose on 26 April 2017. This was our third review of "
                 "progress against it. We discussed each of the three areas of significant weakness in turn."),
            body("<b>1. " + WM_WEAK[0] + "</b>"),
            body("Your audit shows that 84% of plans audited in September 2018 were rated good or better, compared "
                 "with 41% a year earlier. Health advice is now returned within six weeks in most cases."),
        ],
        [
            body("<b>2. " + WM_WEAK[1] + "</b>"),
            body("The joint commissioning of speech and language therapy is now in place. The emotional wellbeing "
                 "service for children with SEND is still being procured, and we would like to see a contract "
                 "award date."),
            body("<b>3. " + WM_WEAK[2] + "</b>"),
            body("The relaunched local offer website went live in July 2018 and parents told us that it is much "
                 "easier to use."),
            body("Overall, we consider that the area is making good progress. Our next review is scheduled for "
                 "April 2019, and we expect that Ofsted and the CQC will revisit the area to assess progress later "
                 "in 2019."),
            body("Yours sincerely,"),
            body("Adrian Sommerville-Price<br/>SEND Adviser, Department for Education"),
            body("Dr Kirsty Obiora-Lane<br/>SEND Clinical Lead, NHS England (London)"),
            body("cc: Councillor Lydia Farquharson-Bell, Cabinet Member for Children and Young People"),
        ],
    ]
    path = write(WM_PATH, pages, "Department for Education / NHS England", "OFFICIAL", "City of Westminster")
    sidecars(WM_PATH, {
        "council": "City of Westminster", "council_slug": "westminster",
        "committee": "Family and People Services Policy and Scrutiny Committee", "meeting_date": "2018-11-19",
        "title": "Appendix 2 - DfE and NHS England review letter October 2018", "source_kind": "committee-report",
        "url": "https://committees.westminster.gov.uk/documents/s29418/Appendix%202%20-%20DfE%20and%20NHS%20England"
               "%20review%20letter%20October%202018.pdf",
    }, {
        "meeting": {"council": "City of Westminster", "committee": "Family and People Services Policy and Scrutiny "
                    "Committee", "date": "2018-11-19"},
        "resolutions": [],
        "weaknesses": [W(WM_WEAK[0], 1, ["ehc-plans"]), W(WM_WEAK[1], 2, ["joint-commissioning"]),
                       W(WM_WEAK[2], 2, ["local-offer"])],
        "dates": [D("23 October 2018", "2018-10-23"), D("9 October 2018", "2018-10-09"),
                  D("from 7 to 11 November 2016", "2016-11-07", "2016-11-11"), D("18 January 2017", "2017-01-18"),
                  D("26 April 2017", "2017-04-26"), D("September 2018", "2018-09"), D("July 2018", "2018-07"),
                  D("April 2019", "2019-04")],
        "people": [P("Sarah Molyneux-Hart", "Executive Director, Children's Services", "officer"),
                   P("Adrian Sommerville-Price", "SEND Adviser, Department for Education", "officer"),
                   P("Kirsty Obiora-Lane", "SEND Clinical Lead, NHS England (London)", "officer"),
                   P("Lydia Farquharson-Bell", "Cabinet Member for Children and Young People", "member")],
        "events": [
            E("monitoring", "2018-10-09", None, "Thank you for hosting our review meeting on 9 October 2018"),
            E("inspection", "2016-11-07", "2016-11-11", "the joint Ofsted and CQC inspection of the local area took "
              "place from 7 to 11 November 2016"),
            E("outcome-letter", "2017-01-18", None, "the letter published on 18 January 2017 required a Written "
              "Statement of Action"),
            E("wsoa-approved", "2017-04-26", None, "The Statement was accepted as fit for purpose on 26 April 2017."),
            E("monitoring", "2019-04", None, "Our next review is scheduled for April 2019"),
        ],
    })
    return path


def main() -> None:
    for make in (east_riding_report, scilly_decision, westminster_letter):
        print(make())


if __name__ == "__main__":
    main()
