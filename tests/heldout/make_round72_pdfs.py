"""Write the printed documents of the held-out round 72 (reportlab), and their gold.

Round 72 is a blind batch in the commonest templates, written with their gold before any extractor ran on them.
These are its three short PDFs: a Derbyshire County Council report to the Improvement and Scrutiny Committee -
Children and Young People on the Written Statement of Action (2016 framework; the five significant weaknesses as
"(1)"-"(5)" lower-case noun phrases); a Bedford Borough Council Portfolio Holder decision report (2023 framework,
lowest outcome, statutory direction; the two areas for priority action under bold run-in headings); and a letter to
the London Borough of Bromley from the Department for Education and NHS England after a WSoA monitoring review
(2016 framework; the weaknesses as bullets). Invented text, fictitious people. Page breaks are explicit, so the
gold's page numbers follow from this script.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round72_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import LongDoc, run, styles  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("72", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
NUM_PARA, SUB_PARA, ROMAN, QUOTE = S.num_para, S.sub_para, S.roman, S.quote


class Doc(LongDoc):
    """A round 72 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True


# ---------------------------------------------------------------- Derbyshire (2016 framework, WSoA progress)
DBY_SW = [
    "the lack of a clear, jointly owned strategy for SEND, and weak arrangements for checking the impact of the "
    "area's work",
    "the poor timeliness of EHC needs assessments and the conversion of statements to EHC plans",
    "the variable quality of EHC plans, including weak contributions from health and social care",
    "the lack of joint commissioning between the council and the clinical commissioning groups, including for "
    "therapies and equipment",
    "the limited communication with parents and carers, and their low confidence in the local area",
]


def derbyshire_report() -> Doc:
    council = "Derbyshire County Council"
    committee = "Improvement and Scrutiny Committee - Children and Young People"
    d = Doc("derbyshire/round72-2019-09-10-improvement-and-scrutiny-committee-children-and-young-people/"
            "SEND Written Statement of Action - progress report.pdf",
            {"council": council, "council_slug": "derbyshire", "committee": committee, "meeting_date": "2019-09-10",
             "title": "SEND Written Statement of Action - progress report", "source_kind": "committee-report",
             "url": "https://democracy.derbyshire.gov.uk/documents/s8812/SEND WSoA progress report.pdf"},
            {"council": council, "committee": committee, "date": "2019-09-10"},
            "Derbyshire County Council", "PUBLIC", "Agenda Item 6")
    d.title("DERBYSHIRE COUNTY COUNCIL")
    d.p("<b>IMPROVEMENT AND SCRUTINY COMMITTEE &ndash; CHILDREN AND YOUNG PEOPLE</b>")
    d.p("<b>10 September 2019</b>")
    d.date("10 September 2019", "2019-09-10")
    d.p("<b>Report of the Executive Director for Children's Services</b>")
    d.p("<b>SPECIAL EDUCATIONAL NEEDS AND DISABILITIES: WRITTEN STATEMENT OF ACTION &ndash; PROGRESS REPORT</b>")
    d.h("1. Purpose of the Report")
    d.p("To inform the Committee of progress against the local area's Written Statement of Action (WSoA) and of the "
        "outcome of the third monitoring visit by the Department for Education and NHS England.")
    d.h("2. Information and Analysis")
    d.p("2.1 Ofsted and the Care Quality Commission inspected the Derbyshire local area between 13 and 17 November "
        "2017. The inspection letter, dated 26 January 2018, required the local area to produce a WSoA because of "
        "significant concerns about its effectiveness. The letter identified five areas of significant weakness:")
    d.date("between 13 and 17 November 2017", "2017-11-13", "2017-11-17")
    d.date("26 January 2018", "2018-01-26")
    d.event("inspection", "2017-11-13", "2017-11-17", "Ofsted and the Care Quality Commission inspected the Derbyshire "
            "local area between 13 and 17 November 2017.")
    d.event("outcome-letter", "2018-01-26", None, "The inspection letter, dated 26 January 2018, required the local "
            "area to produce a WSoA")
    for n, (text, themes) in enumerate(zip(DBY_SW, [["leadership-governance"], ["ehc-plans"], ["ehc-plans"],
                                                    ["joint-commissioning"], ["co-production"]]), 1):
        d.weak(text + (";" if n < 4 else "; and" if n == 4 else "."), themes, marker=f"({n})", style=SUB_PARA)
    d.p("2.2 The WSoA was submitted to Ofsted on 9 April 2018 and was declared fit for purpose on 6 June 2018. It is "
        "overseen by the SEND Improvement Board, chaired by the Executive Director for Children's Services.")
    d.date("9 April 2018", "2018-04-09")
    d.date("6 June 2018", "2018-06-06")
    d.event("wsoa-submitted", "2018-04-09", None, "The WSoA was submitted to Ofsted on 9 April 2018")
    d.event("wsoa-approved", "2018-06-06", None, "was declared fit for purpose on 6 June 2018")
    d.p("2.3 Officers of the Department for Education and NHS England have visited the local area three times to "
        "monitor progress: on 18 October 2018, 12 March 2019 and 25 July 2019. Following the visit in July 2019 the "
        "advisers wrote that the area is &ldquo;making steady progress&rdquo; and that the timeliness of EHC plans "
        "had improved markedly.")
    for t, iso in (("18 October 2018", "2018-10-18"), ("12 March 2019", "2019-03-12"), ("25 July 2019", "2019-07-25")):
        d.date(t, iso)
        d.event("monitoring", iso, None, "Officers of the Department for Education and NHS England have visited the "
                "local area three times to monitor progress: on 18 October 2018, 12 March 2019 and 25 July 2019.")
    d.date("July 2019", "2019-07")
    d.event("monitoring", "2019-07", None, "Following the visit in July 2019 the advisers wrote that the area is "
            "\u201cmaking steady progress\u201d")
    d.add(PageBreak())
    d.p("2.4 Key measures are set out below.")
    d.table([["Measure", "Dec 2017", "Dec 2018", "Jun 2019"],
             ["New EHC plans issued within 20 weeks", "14%", "49%", "71%"],
             ["Statements converted to EHC plans", "62%", "100%", "100%"],
             ["Parents rating communication good (survey)", "23%", "35%", "41%"]],
            [8.2 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm])
    d.date("Dec 2017", "2017-12")
    d.date("Dec 2018", "2018-12")
    d.date("Jun 2019", "2019-06")
    d.p("2.5 A joint commissioning strategy with Derby and Derbyshire CCG was agreed in May 2019. Parent confidence "
        "remains the area of least progress. The local area expects Ofsted and the CQC to re-visit within 18 months "
        "of the letter being published; no date has been notified.")
    d.date("May 2019", "2019-05")
    d.h("3. Considerations")
    d.p("In preparing this report the relevance of the following factors has been considered: financial, legal, "
        "human rights, equality of opportunity, health, environmental, transport, property and crime and disorder.")
    d.h("4. Background Papers")
    d.p("Ofsted and CQC letter, 26 January 2018. Written Statement of Action, April 2018.")
    d.date("April 2018", "2018-04")
    d.h("5. Officer's Recommendation")
    d.p("That the Committee:")
    d.res("(a)", "notes the progress made against the Written Statement of Action; and", "recommendation", style=HANG)
    d.res("(b)", "receives a further report once the date of the re-visit by Ofsted and the Care Quality Commission "
          "is known.", "recommendation", style=HANG)
    d.space(10)
    d.p("<b>Jane Hasland-Moor</b><br/>Executive Director for Children's Services")
    d.p("Contact: Owen Bakewell-Tansley, Assistant Director, SEND and Inclusion, tel 01629 536874, "
        "owen.bakewell-tansley@derbyshire.gov.uk", SMALL)
    d.person("Jane Hasland-Moor", "Executive Director for Children's Services", "officer")
    d.person("Owen Bakewell-Tansley", "Assistant Director, SEND and Inclusion", "officer",
             "owen.bakewell-tansley@derbyshire.gov.uk", "01629 536874")
    return d


# ---------------------------------------------------------------- Bedford (2023 framework, lowest outcome)
BED_APA = [
    "Leaders across the partnership must ensure that the EHC needs assessment process is timely and that plans "
    "accurately describe children's needs and the provision required to meet them.",
    "Leaders must improve the availability of suitable specialist places and support in mainstream schools, so that "
    "fewer children and young people with SEND are placed far from home or are without a school place.",
]


def bedford_decision() -> Doc:
    council = "Bedford Borough Council"
    maker = "Portfolio Holder for Education and Schools"
    d = Doc("bedford/round72-2025-02-14-portfolio-holder-for-education-and-schools/"
            "Portfolio Holder Decision - Additional Resource Provision places.pdf",
            {"council": council, "council_slug": "bedford", "committee": maker, "meeting_date": "2025-02-14",
             "title": "Portfolio Holder Decision - Additional Resource Provision places", "source_kind": "decision-report",
             "url": "https://councillorsupport.bedford.gov.uk/documents/s61420/PH Decision ARP places.pdf"},
            {"council": council, "committee": maker, "date": "2025-02-14"},
            "Bedford Borough Council", "Portfolio Holder Decision", "PH/ED/25/04")
    d.title("Bedford Borough Council &ndash; Portfolio Holder Decision")
    d.table([["Report of:", "Director of Children's Services"],
             ["Portfolio Holder:", "Councillor Farida Kempston-Rowe, Portfolio Holder for Education and Schools"],
             ["Report author:", "Matthew Elstow, Head of SEND Sufficiency (matthew.elstow@bedford.gov.uk)"],
             ["Subject:", "Additional Resource Provision places in mainstream schools"],
             ["Reference:", "PH/ED/25/04"],
             ["Date of decision:", "14 February 2025"]],
            [4.0 * cm, 12.2 * cm], header=False)
    d.person("Farida Kempston-Rowe", "Portfolio Holder for Education and Schools", "member")
    d.person("Matthew Elstow", "Head of SEND Sufficiency", "officer", "matthew.elstow@bedford.gov.uk")
    d.date("14 February 2025", "2025-02-14")
    d.h("1. Executive Summary")
    d.p("This report asks the Portfolio Holder to approve the creation of 48 Additional Resource Provision (ARP) "
        "places in six mainstream schools from September 2025. The places are an action in the local area "
        "partnership's Priority Action Plan.")
    d.date("September 2025", "2025-09")
    d.h("2. Recommendations")
    d.p("It is recommended that the Portfolio Holder:")
    d.res("i.", "approve the creation of 48 ARP places in the six schools listed in Appendix 1, at a capital cost of "
          "£2.4m funded from the High Needs Provision Capital Allocation;", "recommendation", style=HANG)
    d.res("ii.", "approve place funding of £10,000 per place per year from the High Needs Block; and",
          "recommendation", style=HANG)
    d.res("iii.", "delegate authority to the Director of Children's Services to agree service level agreements with "
          "each school.", "recommendation", style=HANG)
    d.h("3. Background")
    d.p("3.1 Ofsted and the Care Quality Commission inspected the Bedford Borough local area partnership from 15 to "
        "19 July 2024. The inspection report, published on 30 August 2024, found widespread and/or systemic failings "
        "leading to significant concerns about the experiences and outcomes of children and young people with SEND. "
        "The Department for Education issued a statutory direction to the Council on 4 September 2024.")
    d.date("from 15 to 19 July 2024", "2024-07-15", "2024-07-19")
    d.date("30 August 2024", "2024-08-30")
    d.date("4 September 2024", "2024-09-04")
    d.event("inspection", "2024-07-15", "2024-07-19", "Ofsted and the Care Quality Commission inspected the Bedford "
            "Borough local area partnership from 15 to 19 July 2024.")
    d.event("outcome-letter", "2024-08-30", None, "The inspection report, published on 30 August 2024, found "
            "widespread and/or systemic failings")
    d.event("statutory-direction", "2024-09-04", None, "The Department for Education issued a statutory direction to "
            "the Council on 4 September 2024.")
    d.p("3.2 The inspectors identified two areas for priority action, as follows.")
    d.p(f"<b>Priority action 1.</b> {BED_APA[0]}")
    d.record_weak(BED_APA[0], ["ehc-plans"])
    d.p(f"<b>Priority action 2.</b> {BED_APA[1]}")
    d.record_weak(BED_APA[1], ["inclusion-provision"])
    d.p("3.3 The Priority Action Plan was submitted to Ofsted on 27 September 2024. The Department for Education's "
        "SEND adviser reviewed progress with partners on 14 January 2025 and asked for a costed plan for specialist "
        "sufficiency by the end of March 2025.")
    d.date("27 September 2024", "2024-09-27")
    d.date("14 January 2025", "2025-01-14")
    d.date("March 2025", "2025-03")
    d.event("progress-plan", "2024-09-27", None, "The Priority Action Plan was submitted to Ofsted on 27 September "
            "2024.")
    d.event("monitoring", "2025-01-14", None, "The Department for Education's SEND adviser reviewed progress with "
            "partners on 14 January 2025")
    d.add(PageBreak())
    d.p("3.4 In January 2025, 71 children with EHC plans were placed in independent special schools outside the "
        "borough, compared with 52 in January 2023. The ARP places are expected to allow around 30 children to be "
        "educated nearer home each year.")
    d.date("January 2025", "2025-01")
    d.date("January 2023", "2023-01")
    d.h("4. Implications")
    d.table([["Finance", "The revenue cost of £480,000 a year is met within the High Needs Block forecast for "
              "2025/26. Checked by Stephen Cardington, Finance Business Partner, 6 February 2025."],
             ["Legal", "The Council has a duty under section 14 of the Education Act 1996 to secure sufficient "
              "schools. Checked by Anita Goldington, Senior Lawyer, 7 February 2025."],
             ["Equalities", "An equality impact assessment has been completed; the proposal has a positive impact "
              "on disabled children."]],
            [3.0 * cm, 13.2 * cm], header=False)
    d.person("Stephen Cardington", "Finance Business Partner", "officer")
    d.person("Anita Goldington", "Senior Lawyer", "officer")
    d.date("6 February 2025", "2025-02-06")
    d.date("7 February 2025", "2025-02-07")
    d.h("5. Decision")
    d.p("Decision of the Portfolio Holder: As recommended.")
    d.p("Reason for the decision: to increase specialist provision within the borough, in line with the Priority "
        "Action Plan.")
    d.p("Signed: Cllr Farida Kempston-Rowe&nbsp;&nbsp;&nbsp;&nbsp;Date: 14/02/2025")
    d.p("Call-in expires: 21/02/2025", SMALL)
    d.date("21/02/2025", "2025-02-21")
    return d


# ---------------------------------------------------------------- Bromley (2016 framework, monitoring letter)
BRO_SW = [
    "Leaders have not established effective joint commissioning arrangements, so gaps in provision, particularly "
    "for children with social, emotional and mental health needs, persist.",
    "The timeliness and quality of EHC plans are inconsistent, and health and social care advice is often late or "
    "generic.",
    "Communication with parents and carers is poor, and many families are not aware of the local offer.",
]


def bromley_letter() -> Doc:
    council = "London Borough of Bromley"
    committee = "Children, Education and Families Policy Development and Scrutiny Committee"
    d = Doc("bromley/round72-2020-03-24-children-education-and-families-policy-development-and-scrutiny-committee/"
            "Appendix B - DfE and NHS England WSoA review letter February 2020.pdf",
            {"council": council, "council_slug": "bromley", "committee": committee, "meeting_date": "2020-03-24",
             "title": "Appendix B - DfE and NHS England WSoA review letter February 2020", "source_kind": "letter",
             "url": "https://cds.bromley.gov.uk/documents/s50078412/Appendix B DfE NHSE review letter.pdf"},
            {"council": council, "committee": committee, "date": "2020-03-24"},
            "Department for Education", "SEND Delivery and Improvement", "Sanctuary Buildings, London SW1P 3BT",
            page_label="{n}")
    d.p("Department for Education<br/>Sanctuary Buildings<br/>Great Smith Street<br/>London SW1P 3BT", SMALL)
    d.space(8)
    d.p("Ms Lydia Fennimore<br/>Director of Children's Services<br/>London Borough of Bromley<br/>Civic Centre, "
        "Stockwell Close<br/>Bromley BR1 3UH")
    d.person("Lydia Fennimore", "Director of Children's Services", "officer")
    d.p("27 February 2020")
    d.date("27 February 2020", "2020-02-27")
    d.p("Dear Lydia,")
    d.p("<b>Bromley local area: review of progress against the Written Statement of Action</b>")
    d.p("Thank you for hosting our review meeting on 11 February 2020, and please pass on our thanks to colleagues "
        "from South East London CCG, schools and Bromley Parent Voice, who gave up their time to attend.")
    d.date("11 February 2020", "2020-02-11")
    d.event("monitoring", "2020-02-11", None, "Thank you for hosting our review meeting on 11 February 2020")
    d.p("As you know, following the joint Ofsted and CQC inspection of 13 to 17 May 2019, the inspection letter of "
        "12 July 2019 required the local area to produce a Written Statement of Action, which was declared fit for "
        "purpose on 18 November 2019. The statement addresses the following areas of significant weakness:")
    d.date("13 to 17 May 2019", "2019-05-13", "2019-05-17")
    d.date("12 July 2019", "2019-07-12")
    d.date("18 November 2019", "2019-11-18")
    d.event("inspection", "2019-05-13", "2019-05-17", "following the joint Ofsted and CQC inspection of 13 to 17 May "
            "2019")
    d.event("outcome-letter", "2019-07-12", None, "the inspection letter of 12 July 2019 required the local area to "
            "produce a Written Statement of Action")
    d.event("wsoa-approved", "2019-11-18", None, "which was declared fit for purpose on 18 November 2019")
    d.weak(BRO_SW[0], ["joint-commissioning"])
    d.weak(BRO_SW[1], ["ehc-plans"])
    d.weak(BRO_SW[2], ["co-production", "local-offer"])
    d.p("<b>Progress</b>")
    d.p("We were encouraged by the pace of change in the first three months. In particular we noted that 58% of new "
        "EHC plans were issued within 20 weeks between October and December 2019, compared with 31% in the same "
        "period of 2018, and that the designated clinical officer, Dr Ifeoma Chislehurst, has introduced a quality "
        "standard for health advice.")
    d.date("between October and December 2019", "2019-10", "2019-12")
    d.person("Ifeoma Chislehurst", "designated clinical officer", "officer")
    d.p("We would, however, like to see a clearer plan for joint commissioning of social, emotional and mental health "
        "support, with timescales, before our next meeting. Parents who spoke to us still did not feel well informed.")
    d.add(PageBreak())
    d.p("<b>Next steps</b>")
    d.p("We propose to hold the next review in June 2020. In the meantime, please send us the updated joint "
        "commissioning plan by 30 April 2020. We are happy for this letter to be shared with elected members and "
        "with Bromley Parent Voice.")
    d.date("June 2020", "2020-06")
    d.event("monitoring", "2020-06", None, "We propose to hold the next review in June 2020.")
    d.date("30 April 2020", "2020-04-30")
    d.p("Yours sincerely,")
    d.space(14)
    d.table([["Alan Farnborough<br/>SEND Adviser<br/>Department for Education",
              "Dr Ruth Petts-Wood<br/>SEND Adviser<br/>NHS England and NHS Improvement"]],
            [8.1 * cm, 8.1 * cm], header=False, grid=False)
    d.person("Alan Farnborough", "SEND Adviser, Department for Education", "officer")
    d.person("Ruth Petts-Wood", "SEND Adviser, NHS England and NHS Improvement", "officer")
    d.p("cc: Councillor Peter Beckenham-Orpington, Portfolio Holder for Children, Education and Families; Ofsted "
        "Regional Director, London", SMALL)
    d.person("Peter Beckenham-Orpington", "Portfolio Holder for Children, Education and Families", "member")
    return d


DOCUMENTS = [derbyshire_report, bedford_decision, bromley_letter]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
