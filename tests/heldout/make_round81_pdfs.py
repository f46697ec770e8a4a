"""Write the long printed documents of the held-out round 81 (reportlab), and their gold.

Round 81 is a blind batch of LONG PDFs (5 to 8 pages), written with their gold before any extractor ran on them,
for councils beginning L to R: a Cabinet reports pack of three items (Redcar and Cleveland, 2016 framework); a select
commission cover report with the Ofsted/CQC outcome letter appended (Rotherham, 2016 framework); printed minutes of a
Health and Wellbeing Board (Rochdale, 2016 framework); a committee report with the area's improvement plan appended
(Richmond upon Thames, 2023 framework); an Executive report with a priority action plan tracker (Middlesbrough, 2023
framework); and printed minutes of an overview and scrutiny committee (Leicestershire, 2023 framework). Invented
text, fictitious people.

The framework is ``long_pdf_kit.py`` (unchanged); ``--gold`` writes the gold with the page of each resolution's and
weakness's text read back from the written PDF; ``--check`` also lists date-like strings missing from the gold.
Deterministic (reportlab's invariant mode):

    /work/main/.venv/bin/python tests/heldout/make_round81_pdfs.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_pdf_kit import area_table, kpi_table, LongDoc, need_table, run, school_table, styles, two_columns  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

S = styles("81", body=(10.5, 14, 6), cell=(9, 11), head=(11.5, 14, 9), title=(15, 19))
BODY, SMALL, CELL, HEAD, TITLE, BULLET, HANG, NUMBERED = S.base
MINUTE, NUM_PARA, LETTER, LETTER_BOLD, LETTER_BULLET = S.minute, S.num_para, S.letter, S.letter_bold, S.letter_bullet
CENTRE, INDENT, SUB, PLAN, RIGHT = S.centre, S.indent, S.sub, S.plan_cell, S.right


class Doc(LongDoc):
    """A round 81 document: ``long_pdf_kit.LongDoc`` in this round's styles, with column lookup."""

    styles = S
    column_lookup = True
    ruled_fills = ("#D9E2D0", "#EAF0E4", "#F4F4F4")
    unique_dates = True


# ------------------------------------------------------------------------------------------------------------------


# ------------------------------------------------------------------------------------------------------------------
def redcar_pack() -> Doc:
    """A Cabinet reports pack of three items, the second closing the Accelerated Progress Plan (2016 framework)."""
    rel = "redcar-and-cleveland/round81-2024-12-10-cabinet/Reports pack - Cabinet 10 December 2024.pdf"
    d = Doc(rel, {"council": "Redcar and Cleveland Borough Council", "council_slug": "redcar-and-cleveland",
                  "committee": "Cabinet", "meeting_date": "2024-12-10", "title": "Reports pack, Cabinet, 10 December 2024",
                  "source_kind": "moderngov-document",
                  "url": "https://redcar-cleveland.moderngov.co.uk/documents/g4417/Public%20reports%20pack%2010th-Dec-2024%2010.00%20Cabinet.pdf"},
            {"council": "Redcar and Cleveland Borough Council", "committee": "Cabinet", "date": "2024-12-10"},
            "Public Document Pack", "Redcar and Cleveland Borough Council", "Cabinet 10 December 2024")
    d.p("<b>REDCAR AND CLEVELAND BOROUGH COUNCIL</b>", CENTRE)
    d.p("<b>CABINET</b>", CENTRE)
    d.p("Tuesday 10th December 2024 at 10.00 am<br/>Council Chamber, Redcar and Cleveland House, Kirkleatham Street, "
        "Redcar, TS10 1RT", CENTRE)
    d.date("Tuesday 10th December 2024", "2024-12-10")
    d.p("Membership: Councillors Alec Thorburn (Leader), Maureen Pickering (Deputy Leader), Gail Hindmarsh, "
        "Owen Battersby, Rashid Khaliq, Colin Peverell and Sandra Wildgoose")
    for n, r in [("Alec Thorburn", "Leader"), ("Maureen Pickering", "Deputy Leader"), ("Gail Hindmarsh", None),
                 ("Owen Battersby", None), ("Rashid Khaliq", None), ("Colin Peverell", None),
                 ("Sandra Wildgoose", None)]:
        d.person(n, r, "member")
    d.p("Enquiries: Democratic Services, Tel: 01642 444037, democratic.services@redcar-cleveland.gov.uk")
    d.h("AGENDA")
    d.table([["1.", "Apologies for absence"], ["2.", "Declarations of interest"],
             ["3.", "Minutes of the meeting held on 12th November 2024 (to follow)"],
             ["4.", "Questions from the public"],
             ["5.", "Council Tax Base 2025/26 (Pages 3 - 4)"],
             ["6.", "SEND Improvement: Closure of the Accelerated Progress Plan and Next Steps (Pages 5 - 9)"],
             ["7.", "Home to School Transport Policy 2025/26 (Pages 10 - 11)"],
             ["8.", "Any other urgent business"]], [1.2 * cm, 15 * cm], header=False, grid=False)
    d.date("12th November 2024", "2024-11-12")
    d.p("John Sadler<br/>Chief Executive<br/>Published: 2nd December 2024")
    d.person("John Sadler", "Chief Executive", "officer")
    d.date("2nd December 2024", "2024-12-02")
    d.add(PageBreak())
    # item 5
    d.p("<b>Agenda Item 5</b>", RIGHT)
    d.table([["REPORT TO CABINET", ""], ["REPORTING OFFICER:", "Corporate Director of Resources"],
             ["PORTFOLIO:", "Finance and Governance, Councillor Maureen Pickering"],
             ["SUBJECT:", "COUNCIL TAX BASE 2025/26"], ["KEY DECISION:", "No"]], [5 * cm, 11.2 * cm],
            header=False, grid=False)
    d.h("1. PURPOSE OF THE REPORT")
    d.num("1.1", "To set the Council Tax Base for 2025/26 as required by the Local Authorities (Calculation of "
          "Council Tax Base) (England) Regulations 2012.")
    d.h("2. RECOMMENDATIONS")
    d.p("2.1 Cabinet is recommended to:")
    d.res("(a)", "approve the calculation of the Council Tax Base for 2025/26 as 41,236.4 Band D equivalent "
          "properties, as set out in Appendix 1;", "recommendation", style=S.roman)
    d.res("(b)", "note the collection rate assumption of 97.25% used in the calculation.", "recommendation",
          style=S.roman)
    d.h("3. RATIONALE FOR THE RECOMMENDATIONS")
    d.num("3.1", "The tax base must be set between 1 December and 31 January. It reflects the valuation list at "
          "30th September 2024, adjusted for discounts, exemptions and the Local Council Tax Reduction Scheme.")
    d.dates_([("30th September 2024", "2024-09-30")])
    d.ruled([["Band", "Properties", "Discounts", "Band D equivalent"], ["A", "39,861", "6,112", "21,014.7"],
             ["B", "11,204", "1,088", "7,742.1"], ["C", "8,957", "611", "7,145.9"], ["D", "3,318", "168", "3,150.0"],
             ["E to H", "2,247", "91", "2,183.7"]], [4 * cm, 4 * cm, 4 * cm, 4.2 * cm])
    d.p("Contact officer: Lesley Trattles, Chief Accountant, 01642 444129")
    d.person("Lesley Trattles", "Chief Accountant", "officer", phone="01642 444129")
    d.add(PageBreak())
    # item 6
    d.p("<b>Agenda Item 6</b>", RIGHT)
    d.table([["REPORT TO CABINET", ""], ["REPORTING OFFICER:", "Director of Children's Services"],
             ["PORTFOLIO:", "Children and Families, Councillor Gail Hindmarsh"],
             ["SUBJECT:", "SEND IMPROVEMENT: CLOSURE OF THE ACCELERATED PROGRESS PLAN AND NEXT STEPS"],
             ["KEY DECISION:", "No"]], [5 * cm, 11.2 * cm], header=False, grid=False)
    d.h("1. PURPOSE OF THE REPORT")
    d.num("1.1", "To report the end of formal Department for Education (DfE) and NHS England monitoring of the "
          "local area's Accelerated Progress Plan (APP) and to seek Cabinet's agreement to the arrangements that "
          "will follow it.")
    d.h("2. RECOMMENDATIONS")
    d.p("2.1 Cabinet is recommended to:")
    r6 = ["note the conclusion of the DfE and NHS England advisers that the local area has made sufficient "
          "progress against the two remaining areas of significant weakness, and that formal monitoring of the "
          "APP has ended;",
          "agree that the SEND Improvement Board be replaced from January 2025 by a SEND and Inclusion "
          "Partnership Board with the terms of reference at Appendix 2;",
          "request that the Children and Families Scrutiny Committee receives a six-monthly report on SEND "
          "performance, the first in June 2025."]
    for lab, t in zip(["(a)", "(b)", "(c)"], r6):
        d.res(lab, t, "recommendation", style=S.roman)
    d.dates_([("January 2025", "2025-01"), ("June 2025", "2025-06")])
    d.h("3. RATIONALE FOR THE RECOMMENDATIONS")
    d.num("3.1", "Ofsted and the Care Quality Commission (CQC) visited Redcar and Cleveland between 11 and 15 "
          "November 2019 to judge how well the area met its duties under the Children and Families Act 2014. "
          "Inspectors identified five areas of significant weakness, and a Written Statement of Action (WSOA) was "
          "sent to Ofsted on 21 February 2020. It was declared fit for purpose on 30 April 2020.")
    d.dates_([("between 11 and 15 November 2019", "2019-11-11", "2019-11-15"), ("21 February 2020", "2020-02-21"),
              ("30 April 2020", "2020-04-30")])
    d.event("inspection", "2019-11-11", "2019-11-15", "Ofsted and the Care Quality Commission (CQC) visited Redcar "
            "and Cleveland between 11 and 15 November 2019")
    d.event("wsoa-submitted", "2020-02-21", None, "a Written Statement of Action (WSOA) was sent to Ofsted on 21 "
            "February 2020")
    d.event("wsoa-approved", "2020-04-30", None, "It was declared fit for purpose on 30 April 2020")
    d.num("3.2", "Inspectors returned from 28 November to 1 December 2022. The revisit letter, published on 26 "
          "January 2023, found sufficient progress in three of the five areas. The table below sets each area "
          "beside the revisit judgement.")
    d.dates_([("from 28 November to 1 December 2022", "2022-11-28", "2022-12-01"), ("26 January 2023", "2023-01-26")])
    d.event("revisit", "2022-11-28", "2022-12-01", "Inspectors returned from 28 November to 1 December 2022")
    d.event("revisit-outcome", "2023-01-26", None, "The revisit letter, published on 26 January 2023, found "
            "sufficient progress in three of the five areas")
    w = [("The variable quality of EHC plans, which do not consistently capture children's needs or the outcomes "
          "sought for them", ["ehc-plans"], "Sufficient progress"),
         ("The lack of a coherent, jointly owned strategy for SEND across education, health and social care",
          ["leadership-governance"], "Sufficient progress"),
         ("Weak joint commissioning arrangements, leading to gaps in therapy and mental health provision",
          ["joint-commissioning"], "Not sufficient progress"),
         ("Parents' and carers' poor experience of communication with the local area and their low confidence in "
          "its services", ["co-production"], "Not sufficient progress"),
         ("The high rate of fixed-term exclusions of pupils receiving SEN support", ["inclusion-provision"],
          "Sufficient progress")]
    rows = [["", "Area of significant weakness (November 2019)", "Revisit judgement (2022)"]]
    for i, (t, th, j) in enumerate(w, 1):
        rows.append([str(i), t, j])
        d.record_weak(t, th)
    d.ruled(rows, [0.8 * cm, 11 * cm, 4.4 * cm])
    d.date("November 2019", "2019-11")
    d.event("inspection", "2019-11", None, "Area of significant weakness (November 2019)")
    d.num("3.3", "Because two areas had not progressed, the DfE and NHS England required an APP, which we submitted "
          "on 24 March 2023. Progress was then reviewed at six-monthly meetings on 10 October 2023, 16 April 2024 "
          "and 22 October 2024. At the last of these the advisers recommended that formal monitoring should end, "
          "and the Department confirmed this in a letter to the Director of Children's Services dated 14 November "
          "2024.")
    d.dates_([("24 March 2023", "2023-03-24"), ("10 October 2023", "2023-10-10"), ("16 April 2024", "2024-04-16"),
              ("22 October 2024", "2024-10-22"), ("14 November 2024", "2024-11-14")])
    d.event("progress-plan", "2023-03-24", None, "the DfE and NHS England required an APP, which we submitted on 24 "
            "March 2023")
    d.event("monitoring", "2023-10-10", None, "Progress was then reviewed at six-monthly meetings on 10 October 2023")
    d.event("monitoring", "2024-04-16", None, "16 April 2024")
    d.event("monitoring", "2024-10-22", None, "and 22 October 2024. At the last of these the advisers recommended "
            "that formal monitoring should end")
    d.num("3.4", "The advisers' note records that joint commissioning of speech and language therapy and the "
          "new neurodevelopmental pathway have reduced waits, and that the Parent Carer Forum, led by Ms Hayley "
          "Rudd, now co-chairs the co-production group. Waiting times for autism assessment remain longer than the "
          "partnership would wish and are a priority for 2025.")
    d.person("Hayley Rudd", "Parent Carer Forum", "other")
    d.h("4. INDICATORS")
    d.ruled([["Indicator", "Nov 2022", "Oct 2023", "Oct 2024", "North East"],
             ["New EHC plans issued within 20 weeks", "38%", "61%", "74%", "56%"],
             ["Speech and language therapy: wait over 18 weeks", "212", "140", "61", "n/a"],
             ["Parent survey: 'I feel listened to'", "31%", "44%", "57%", "n/a"],
             ["Fixed-term exclusions, SEN support (rate)", "11.2", "9.4", "8.1", "8.6"]],
            [7.4 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm])
    d.dates_([("Nov 2022", "2022-11"), ("Oct 2023", "2023-10"), ("Oct 2024", "2024-10")])
    d.h("5. FINANCIAL, LEGAL AND RISK IMPLICATIONS")
    d.num("5.1", "There are no new financial implications. The High Needs deficit is reported separately through "
          "the Schools Forum. The local area will be inspected again under the 2023 framework; notice is typically "
          "given ten working days before the inspection begins.")
    d.h("6. BACKGROUND PAPERS")
    d.p("Ofsted and CQC revisit letter (January 2023); Accelerated Progress Plan (March 2023); DfE letter of 14 "
        "November 2024.")
    d.dates_([("January 2023", "2023-01"), ("March 2023", "2023-03")])
    d.p("Contact officer: Debbie Marwood, Assistant Director, Education and Inclusion<br/>"
        "Tel: 01642 444530 &nbsp; Email: debbie.marwood@redcar-cleveland.gov.uk")
    d.person("Debbie Marwood", "Assistant Director, Education and Inclusion", "officer",
             "debbie.marwood@redcar-cleveland.gov.uk", "01642 444530")
    d.add(PageBreak())
    # item 7
    d.p("<b>Agenda Item 7</b>", RIGHT)
    d.table([["REPORT TO CABINET", ""], ["REPORTING OFFICER:", "Director of Children's Services"],
             ["PORTFOLIO:", "Children and Families, Councillor Gail Hindmarsh"],
             ["SUBJECT:", "HOME TO SCHOOL TRANSPORT POLICY 2025/26"], ["KEY DECISION:", "Yes"]],
            [5 * cm, 11.2 * cm], header=False, grid=False)
    d.h("1. PURPOSE OF THE REPORT")
    d.num("1.1", "To seek approval of the Home to School Transport Policy for 2025/26 following consultation held "
          "from 16 September to 28 October 2024.")
    d.date("from 16 September to 28 October 2024", "2024-09-16", "2024-10-28")
    d.h("2. RECOMMENDATIONS")
    d.res("2.1", "Cabinet is recommended to approve the Home to School Transport Policy 2025/26 at Appendix 1, "
                 "including the extension of independent travel training to all secondary pupils with EHC plans.",
          "recommendation", shown_label="2.1&nbsp;&nbsp;", style=NUM_PARA)
    d.h("3. RATIONALE FOR THE RECOMMENDATIONS")
    d.num("3.1", "182 responses were received. Most supported the travel training offer; concerns about the "
          "post-16 contribution are addressed in the policy's hardship provision.")
    d.ruled([["Route type", "Pupils", "Cost per pupil (&pound;)", "Change on year"],
             ["Taxi (single occupancy)", "96", "14,210", "+8%"], ["Shared minibus", "411", "5,960", "+3%"],
             ["Personal travel budget", "138", "2,740", "+21%"], ["Bus pass", "702", "610", "0%"],
             ["Independent travel training", "44", "1,150", "new"]], [6.2 * cm, 2.6 * cm, 3.8 * cm, 3.6 * cm])
    d.p("Contact officer: Ian Coverdale, Transport Commissioning Manager, 01642 444602")
    d.person("Ian Coverdale", "Transport Commissioning Manager", "officer", phone="01642 444602")
    d.h("Appendix: SEND need profile (January census)")
    need_table(d, 81)
    area_table(d, ["Coatham", "Dormanstown", "Eston", "Grangetown", "Guisborough", "Kirkleatham", "Loftus",
                   "Longbeck", "Newcomen", "Normanby", "Ormesby", "Saltburn", "Skelton East", "Teesville",
                   "Wheatlands", "Zetland"], 81, "Ward")
    return d


# ------------------------------------------------------------------------------------------------------------------
def rotherham_letter() -> Doc:
    """A select commission cover report with the 2016-framework outcome letter as its appendix."""
    committee = "Improving Lives Select Commission"
    rel = ("rotherham/round81-2019-07-09-improving-lives-select-commission/"
           "Local Area SEND Inspection Outcome - cover report and Appendix 1 Ofsted and CQC letter.pdf")
    d = Doc(rel, {"council": "Rotherham Metropolitan Borough Council", "council_slug": "rotherham",
                  "committee": committee, "meeting_date": "2019-07-09",
                  "title": "Local Area SEND Inspection Outcome - cover report and Appendix 1 Ofsted and CQC letter",
                  "source_kind": "moderngov-document",
                  "url": "https://moderngov.rotherham.gov.uk/documents/s119842/SEND%20Inspection%20Outcome.pdf"},
            {"council": "Rotherham Metropolitan Borough Council", "committee": committee, "date": "2019-07-09"},
            "Rotherham Metropolitan Borough Council", "Public Report", "Improving Lives Select Commission")
    d.p("<b>Public Report</b><br/><b>Improving Lives Select Commission</b>")
    d.table([["Committee Name and Date of Committee Meeting", "Improving Lives Select Commission &ndash; 09 July 2019"],
             ["Report Title", "Local Area Special Educational Needs and Disabilities (SEND) Inspection Outcome"],
             ["Is this a Key Decision and has it been included on the Forward Plan?", "No, but it has been included "
              "on the Forward Plan"],
             ["Strategic Director Approving Submission of the Report", "Glenys Ashworth-Lamb, Strategic Director of "
              "Children and Young People's Services"],
             ["Report Author(s)", "Marcus Threlfall, Head of Inclusion<br/>01709 254781 "
              "marcus.threlfall@rotherham.gov.uk"],
             ["Ward(s) Affected", "Borough-Wide"]], [6.8 * cm, 9.4 * cm], header=False)
    d.date("09 July 2019", "2019-07-09")
    d.person("Glenys Ashworth-Lamb", "Strategic Director of Children and Young People's Services", "officer")
    d.person("Marcus Threlfall", "Head of Inclusion", "officer", "marcus.threlfall@rotherham.gov.uk", "01709 254781")
    d.h("Report Summary")
    d.p("Between 11 March 2019 and 15 March 2019, Ofsted and the Care Quality Commission (CQC) carried out a joint "
        "inspection of the Rotherham local area to judge its effectiveness in implementing the special educational "
        "needs and disability reforms. The outcome letter was published on 20 May 2019 and is attached as Appendix 1. "
        "Her Majesty's Chief Inspector has determined that a Written Statement of Action (WSoA) is required because "
        "of significant areas of weakness in the local area's practice.")
    d.dates_([("Between 11 March 2019 and 15 March 2019", "2019-03-11", "2019-03-15"), ("20 May 2019", "2019-05-20")])
    d.event("inspection", "2019-03-11", "2019-03-15", "Between 11 March 2019 and 15 March 2019, Ofsted and the Care "
            "Quality Commission (CQC) carried out a joint inspection of the Rotherham local area")
    d.event("outcome-letter", "2019-05-20", None, "The outcome letter was published on 20 May 2019")
    d.h("Recommendations")
    d.p("That Improving Lives Select Commission:")
    for lab, t in [("1.", "Notes the findings of the local area SEND inspection set out in the letter at Appendix 1."),
                   ("2.", "Notes the timetable for producing the Written Statement of Action and its submission to "
                          "Ofsted by 28 August 2019."),
                   ("3.", "Agrees to receive the draft Written Statement of Action at its meeting in September 2019 "
                          "and thereafter a progress report every six months.")]:
        d.res(lab, t, "recommendation", style=HANG)
    d.dates_([("28 August 2019", "2019-08-28"), ("September 2019", "2019-09")])
    d.event("wsoa-submitted", "2019-08-28", None, "its submission to Ofsted by 28 August 2019")
    d.h("List of Appendices Included")
    d.p("Appendix 1 &ndash; Ofsted and CQC letter, Joint local area SEND inspection in Rotherham, 20 May 2019")
    d.h("Background Papers")
    d.p("Ofsted and CQC, <i>Local area SEND inspection framework</i>, updated May 2019")
    d.date("May 2019", "2019-05")
    d.h("Consideration by any other Council Committee, Scrutiny or Advisory Panel")
    d.p("Cabinet, 15 July 2019; Health and Wellbeing Board, 24 July 2019")
    d.dates_([("15 July 2019", "2019-07-15"), ("24 July 2019", "2019-07-24")])
    d.h("Council Approval Required")
    d.p("No")
    d.h("Exempt from the Press and Public")
    d.p("No")
    d.add(PageBreak())
    d.h("1. Background")
    d.num("1.1", "Local area SEND inspections look at how effectively the council, the clinical commissioning "
          "group (CCG), schools, settings and services work together to identify, meet and improve outcomes for "
          "children and young people with SEND. The inspection team comprised two of Her Majesty's Inspectors, a "
          "CQC children's services inspector and a SEND specialist inspector.")
    d.num("1.2", "Rotherham was given five working days' notice. During the week inspectors met 78 parents and "
          "carers, visited 16 schools and settings and reviewed a sample of 34 EHC plans.")
    d.h("2. Key Issues")
    d.num("2.1", "The letter recognises a number of strengths, including the quality of early years identification, "
          "the work of the Rotherham Parent Carers Forum and the commitment of the designated clinical officer. "
          "It also identifies four areas of significant weakness, which are listed at the end of Appendix 1.")
    d.num("2.2", "The WSoA must be co-produced with parents and carers and signed off by both the council and the "
          "CCG. A first co-production workshop took place on 18 June 2019 and a second is planned for 16 July 2019.")
    d.dates_([("18 June 2019", "2019-06-18"), ("16 July 2019", "2019-07-16")])
    d.h("3. Options considered and recommended proposal")
    d.num("3.1", "There are no options: the production of a WSoA is a statutory requirement.")
    d.h("4. Consultation on proposal")
    d.num("4.1", "The Rotherham Parent Carers Forum, represented by its chair, Mrs Jacqueline Oakes, has agreed to "
          "co-chair the WSoA steering group with the Head of Inclusion.")
    d.person("Jacqueline Oakes", "chair, Rotherham Parent Carers Forum", "other")
    d.h("5. Timetable and Accountability for Implementing this Decision")
    d.ruled([["Milestone", "Date"], ["Steering group established", "June 2019"],
             ["Draft WSoA to Improving Lives Select Commission", "10/09/2019"],
             ["Sign-off by Cabinet and CCG Governing Body", "August 2019"],
             ["Submission to Ofsted", "28 August 2019"]], [11 * cm, 5.2 * cm])
    d.dates_([("June 2019", "2019-06"), ("10/09/2019", "2019-09-10"), ("August 2019", "2019-08")])
    d.h("6. Financial and Procurement Advice and Implications")
    d.num("6.1", "The cost of the improvement programme will be met from the High Needs Block and the CCG's "
          "commissioning budget; no additional council funding is sought at this stage.")
    d.h("7. Legal Advice and Implications")
    d.num("7.1", "Section 20 of the Children and Families Act 2014 and the SEND Code of Practice set the duties "
          "against which the area was inspected.")
    d.h("8. Risks and Mitigation")
    d.num("8.1", "Failure to make sufficient progress would lead to a revisit, and potentially intervention by the "
          "Department for Education.")
    d.h("9. Accountable Officers")
    d.p("Glenys Ashworth-Lamb, Strategic Director of Children and Young People's Services<br/>Nathan Gorringe, "
        "Assistant Director, Education and Inclusion")
    d.person("Nathan Gorringe", "Assistant Director, Education and Inclusion", "officer")
    d.add(PageBreak())
    d.p("<b>Appendix 1</b>", RIGHT)
    d.p("Ofsted<br/>Piccadilly Gate<br/>Store Street<br/>Manchester<br/>M1 2WD", LETTER)
    d.p("20 May 2019", LETTER)
    d.p("Mrs Glenys Ashworth-Lamb<br/>Strategic Director of Children and Young People's Services<br/>Rotherham "
        "Metropolitan Borough Council<br/>Riverside House<br/>Main Street<br/>Rotherham S60 1AE", LETTER)
    d.p("Dr Harjit Bassi, Chief Officer, NHS Rotherham Clinical Commissioning Group<br/>Councillor Lorraine "
        "Crampton, Cabinet Member for Children's Services and Neighbourhood Working", LETTER)
    d.person("Harjit Bassi", "Chief Officer, NHS Rotherham Clinical Commissioning Group", "officer")
    d.person("Lorraine Crampton", "Cabinet Member for Children's Services and Neighbourhood Working", "member")
    d.p("Dear Mrs Ashworth-Lamb", LETTER)
    d.p("<b>Joint local area SEND inspection in Rotherham</b>", LETTER)
    d.p("Between 11 March 2019 and 15 March 2019, Ofsted and the Care Quality Commission (CQC) conducted a joint "
        "inspection of the local area of Rotherham to judge the effectiveness of the area in implementing the "
        "disability and special educational needs reforms as set out in the Children and Families Act 2014.", LETTER)
    d.p("The inspection was led by one of Her Majesty's Inspectors (HMI) from Ofsted, with a team of inspectors "
        "including an Ofsted Inspector and a children's services inspector from the CQC. Inspectors spoke with "
        "children and young people with special educational needs and/or disabilities (SEND), parents and carers, "
        "and local authority and National Health Service (NHS) officers.", LETTER)
    d.p("As a result of the findings of this inspection and in accordance with the Children Act 2004 (Joint Area "
        "Reviews) Regulations 2015, Her Majesty's Chief Inspector (HMCI) has determined that a Written Statement of "
        "Action (WSOA) is required because of significant areas of weakness in the local area's practice. HMCI has "
        "also determined that the local authority and the area's clinical commissioning group (CCG) are jointly "
        "responsible for submitting the written statement to Ofsted.", LETTER)
    d.p("<b>Main findings</b>", LETTER)
    main = [("Leaders in education and health have been slow to implement the reforms. Until recently, "
             "there was no shared understanding of the local area's strengths and weaknesses.",
             ["leadership-governance"]),
            ("The local area's self-evaluation is overly positive and is not rooted in an accurate analysis of the "
             "experiences of children, young people and families.", ["leadership-governance"]),
            (None, "Early years practitioners identify needs well. Health visitors and children's centre staff "
                   "work closely together, and the two-year-old integrated review is used effectively."),
            ("Too many EHC plans are of poor quality. Health and social care advice is often missing, and outcomes "
             "are vague and not measurable.", ["ehc-plans"]),
            (None, "The Rotherham Parent Carers Forum is a strong and well-respected voice. Its members contribute "
                   "to strategic planning and training."),
            ("Families wait too long for assessment of autism spectrum disorder. Some children wait more than "
             "two years, and there is little support while they wait.", ["health-services"]),
            ("The rate of permanent exclusion of children and young people with SEND is high and rising, and too "
             "many are placed on reduced timetables.", ["inclusion-provision"]),
            (None, "Young people who attend the supported internship programme speak highly of it, and an increasing "
                   "proportion move into paid employment.")]
    for item in main:
        if item[0] is None:
            d.p(f"&bull; {item[1]}", LETTER_BULLET)
        else:
            d.weak(item[0], item[1], style=LETTER_BULLET)
    d.p("<b>The effectiveness of the local area in identifying children and young people's special educational "
        "needs and/or disabilities</b>", LETTER)
    d.p("Identification in the early years is a strength. In schools, however, identification is inconsistent; the "
        "proportion of pupils receiving SEN support is lower than the national figure and varies widely between "
        "schools. The local offer website was relaunched in January 2019 but parents report that it is hard to "
        "navigate.", LETTER)
    d.date("January 2019", "2019-01")
    d.p("<b>The effectiveness of the local area in meeting the needs and improving the outcomes of children and "
        "young people</b>", LETTER)
    d.p("The designated clinical officer has improved the timeliness of health advice since her appointment in "
        "September 2018. The proportion of new EHC plans issued within 20 weeks rose to 71% in 2018, above the "
        "national figure. Nevertheless, the quality of plans is too variable, and annual reviews do not lead to "
        "plans being amended when needs change.", LETTER)
    d.date("September 2018", "2018-09")
    d.p("The inspection raises significant concerns about the effectiveness of the local area. The local area is "
        "required to produce and submit a Written Statement of Action to Ofsted that explains how the local area "
        "will tackle the following areas of significant weakness:", LETTER)
    sig = [("the lack of strategic leadership and accurate self-evaluation across education, health and care",
            ["leadership-governance"]),
           ("the poor quality of EHC plans and the limited contribution of health and social care to them",
            ["ehc-plans"]),
           ("the long waiting times for autism spectrum disorder assessment and the lack of support for families "
            "while they wait", ["health-services"]),
           ("the high rates of exclusion and the use of reduced timetables for children and young people with SEND",
            ["inclusion-provision"])]
    for t, th in sig:
        d.weak(t, th, style=LETTER_BULLET)
    d.p("Yours sincerely", LETTER)
    d.p("Joanne Kilbride<br/><b>Her Majesty's Inspector</b>", LETTER)
    d.person("Joanne Kilbride", "Her Majesty's Inspector", "other")
    d.table([["<b>Ofsted</b>", "<b>Care Quality Commission</b>"],
             ["Emma Rowcroft<br/>Regional Director", "Ursula Pennock<br/>Deputy Chief Inspector, Primary Medical "
              "Services, Children, Health and Justice"],
             ["Joanne Kilbride<br/>HMI Lead Inspector", "Aled Prothero<br/>CQC Inspector"],
             ["Sunita Varma<br/>Ofsted Inspector", ""]], [8.1 * cm, 8.1 * cm], header=False, grid=False,
            style=LETTER)
    d.person("Emma Rowcroft", "Regional Director", "other")
    d.person("Ursula Pennock", "Deputy Chief Inspector, Primary Medical Services, Children, Health and Justice",
             "other")
    d.person("Aled Prothero", "CQC Inspector", "other")
    d.person("Sunita Varma", "Ofsted Inspector", "other")
    d.p("cc: Department for Education; Clinical Commissioning Group; Director Public Health for the local area; "
        "Department of Health; NHS England", LETTER)
    d.h("Annex to Appendix 1 (council data, not part of the letter): SEND profile, January 2019 census")
    need_table(d, 19)
    area_table(d, ["Anston and Woodsetts", "Boston Castle", "Brinsworth and Catcliffe", "Dinnington", "Hellaby",
                   "Holderness", "Hoober", "Keppel", "Maltby", "Rawmarsh", "Rother Vale", "Rotherham East",
                   "Rotherham West", "Silverwood", "Sitwell", "Swinton", "Valley", "Wales", "Wath", "Wickersley",
                   "Wingfield"], 19, "Ward")
    return d


# ------------------------------------------------------------------------------------------------------------------
def rochdale_minutes() -> Doc:
    """Printed minutes of a Health and Wellbeing Board with a WSoA monitoring item (2016 framework)."""
    committee = "Health and Wellbeing Board"
    rel = "rochdale/round81-2019-05-21-health-and-wellbeing-board/Minutes - Health and Wellbeing Board 19 March 2019.pdf"
    d = Doc(rel, {"council": "Rochdale Borough Council", "council_slug": "rochdale", "committee": committee,
                  "meeting_date": "2019-05-21", "title": "Minutes - Health and Wellbeing Board 19 March 2019",
                  "source_kind": "moderngov-document",
                  "url": "https://democracy.rochdale.gov.uk/documents/g5812/Printed%20minutes%2019th-Mar-2019.pdf"},
            {"council": "Rochdale Borough Council", "committee": committee, "date": "2019-03-19"},
            "Rochdale Borough Council", "Health and Wellbeing Board", "Minutes")
    d.p("<b>HEALTH AND WELLBEING BOARD</b>", CENTRE)
    d.p("<b>MINUTES OF MEETING<br/>Tuesday, 19 March 2019</b>", CENTRE)
    d.date("Tuesday, 19 March 2019", "2019-03-19")
    d.p("PRESENT: Councillor Iftikhar Rahman (in the Chair); Councillors Bernadette Croft and Tahir Mahmood; Steve "
        "Halliwell (Chief Officer, Heywood, Middleton and Rochdale CCG); Dr Anjali Menon (Clinical Chair, HMR CCG); "
        "Gwen Whitworth (Director of Children's Services); Andrew Pilling (Director of Public Health); Sarah "
        "Fairclough (Healthwatch Rochdale); Superintendent Mark Quayle (Greater Manchester Police)")
    d.person("Iftikhar Rahman", "Chair", "member")
    d.person("Bernadette Croft", None, "member")
    d.person("Tahir Mahmood", None, "member")
    d.person("Steve Halliwell", "Chief Officer, Heywood, Middleton and Rochdale CCG", "officer")
    d.person("Anjali Menon", "Clinical Chair, HMR CCG", "other")
    d.person("Gwen Whitworth", "Director of Children's Services", "officer")
    d.person("Andrew Pilling", "Director of Public Health", "officer")
    d.person("Sarah Fairclough", "Healthwatch Rochdale", "other")
    d.person("Mark Quayle", "Greater Manchester Police", "officer")
    d.p("OFFICERS: K. Ridgway (Head of SEND and Inclusion), P. Dawtrey (Designated Clinical Officer, HMR CCG), "
        "L. Greenhalgh (Democratic Services)")
    d.person("K. Ridgway", "Head of SEND and Inclusion", "officer")
    d.person("P. Dawtrey", "Designated Clinical Officer, HMR CCG", "officer")
    d.person("L. Greenhalgh", "Democratic Services", "officer")
    d.p("ALSO IN ATTENDANCE: Councillor Neil Emmott (Cabinet Member for Children's Services); Mrs Rukhsana Begum "
        "(Rochdale Parent Carer Forum)")
    d.person("Neil Emmott", "Cabinet Member for Children's Services", "member")
    d.person("Rukhsana Begum", "Rochdale Parent Carer Forum", "other")
    d.p("<b>51 APOLOGIES</b>", MINUTE)
    d.p("Apologies for absence were received from Councillor Shah Wazir and from Nadia Kerr (Pennine Care NHS "
        "Foundation Trust).")
    d.person("Shah Wazir", None, "member")
    d.person("Nadia Kerr", "Pennine Care NHS Foundation Trust", "officer")
    d.p("<b>52 DECLARATIONS OF INTEREST</b>", MINUTE)
    d.p("There were no declarations of interest.")
    d.p("<b>53 MINUTES</b>", MINUTE)
    d.res(None, "That the minutes of the meeting of the Board held on 22 January 2019 be approved as a correct record.",
          "resolution", lead="<b>RESOLVED:</b>", style=BODY)
    d.date("22 January 2019", "2019-01-22")
    d.p("<b>54 SPECIAL EDUCATIONAL NEEDS AND DISABILITIES: WRITTEN STATEMENT OF ACTION - PROGRESS</b>", MINUTE)
    d.p("The Director of Children's Services and the Chief Officer of the CCG presented a joint report on progress "
        "against the local area's Written Statement of Action (WSoA).")
    d.p("The Board was reminded that Ofsted and the Care Quality Commission had inspected the local area between 5 and "
        "9 February 2018, and that their letter, published on 10 April 2018, had required a WSoA. The WSoA had been "
        "submitted on 17 July 2018 and had been declared fit for purpose on 3 October 2018. The letter had identified "
        "the following areas of significant weakness:")
    d.dates_([("between 5 and 9 February 2018", "2018-02-05", "2018-02-09"), ("10 April 2018", "2018-04-10"),
              ("17 July 2018", "2018-07-17"), ("3 October 2018", "2018-10-03")])
    d.event("inspection", "2018-02-05", "2018-02-09", "Ofsted and the Care Quality Commission had inspected the "
            "local area between 5 and 9 February 2018")
    d.event("outcome-letter", "2018-04-10", None, "their letter, published on 10 April 2018, had required a WSoA")
    d.event("wsoa-submitted", "2018-07-17", None, "The WSoA had been submitted on 17 July 2018")
    d.event("wsoa-approved", "2018-10-03", None, "had been declared fit for purpose on 3 October 2018")
    weak = [("the area's leaders do not have an accurate, shared understanding of how well the reforms have been "
             "implemented", ["leadership-governance"]),
            ("joint commissioning is underdeveloped and is not informed by a robust analysis of need",
             ["joint-commissioning"]),
            ("the timeliness and quality of EHC plans, including the conversion of statements", ["ehc-plans"]),
            ("the lack of a coherent pathway for the assessment of autism and ADHD", ["health-services"]),
            ("the local offer is not well known or used by families", ["local-offer"]),
            ("the inconsistent quality of support for young people preparing for adulthood",
             ["preparing-for-adulthood"])]
    for lab, (t, th) in zip(["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)"], weak):
        d.weak(t, th, marker=lab, style=S.roman)
    d.p("The first monitoring visit by the Department for Education and NHS England had taken place on 15 January "
        "2019. The advisers had recognised the progress made on the conversion of statements, which had been "
        "completed by 31 March 2018, and on the relaunched local offer, but had asked for faster progress on the "
        "autism and ADHD pathway and on joint commissioning. The next visit would take place in July 2019.")
    d.dates_([("15 January 2019", "2019-01-15"), ("31 March 2018", "2018-03-31"), ("July 2019", "2019-07")])
    d.event("monitoring", "2019-01-15", None, "The first monitoring visit by the Department for Education and NHS "
            "England had taken place on 15 January 2019")
    d.event("monitoring", "2019-07", None, "The next visit would take place in July 2019")
    d.p("In discussion the following points were made:")
    for t in ["Dr Menon reported that the CCG had commissioned an additional 0.6 FTE community paediatrician from "
              "1 April 2019 to reduce the backlog of neurodevelopmental assessments, which stood at 412 children.",
              "Mrs Begum welcomed the monthly drop-in sessions but said parents still learned about changes to "
              "services second-hand. She asked that the Forum see the revised communication plan before it was "
              "finalised.",
              "Members asked how schools were held to account for the use of reduced timetables. The Head of SEND "
              "and Inclusion explained that schools now notified the local authority of every reduced timetable, "
              "and that 37 had been notified in the spring term.",
              "Healthwatch Rochdale would publish its survey of young people's experience of transition in May "
              "2019."]:
        d.p(f"&bull; {t}", BULLET)
    d.dates_([("1 April 2019", "2019-04-01"), ("May 2019", "2019-05")])
    d.p("<b>RESOLVED:</b>")
    for lab, t in [("1.", "That the progress made against the Written Statement of Action be noted."),
                   ("2.", "That the revised communication plan be shared with the Rochdale Parent Carer Forum before "
                          "it is finalised."),
                   ("3.", "That a further report, including the outcome of the July monitoring visit, be presented "
                          "to the Board in September 2019.")]:
        d.res(lab, t, "resolution", style=HANG)
    d.date("September 2019", "2019-09")
    d.p("<b>55 JOINT STRATEGIC NEEDS ASSESSMENT: CHILDREN AND YOUNG PEOPLE CHAPTER</b>", MINUTE)
    d.p("The Director of Public Health introduced the refreshed chapter of the Joint Strategic Needs Assessment. The "
        "Board noted that the number of children with an EHC plan had risen by 14% in two years and that the "
        "prevalence of social, emotional and mental health needs was above the North West average.")
    d.ruled([["Indicator", "Rochdale", "North West", "England"],
             ["Pupils with an EHC plan (%)", "3.4", "3.0", "3.1"], ["Pupils on SEN support (%)", "12.1", "12.0", "11.9"],
             ["Children in low-income families (%)", "24.8", "20.2", "17.0"],
             ["Excess weight at Year 6 (%)", "37.2", "35.1", "34.3"]], [7.6 * cm, 2.8 * cm, 2.8 * cm, 3 * cm])
    d.res(None, "That the Children and Young People chapter of the Joint Strategic Needs Assessment be endorsed and "
          "published.", "resolution", lead="<b>RESOLVED:</b>", style=BODY)
    d.p("<b>56 BETTER CARE FUND: QUARTER 3 RETURN</b>", MINUTE)
    d.p("The Board considered the Better Care Fund quarter 3 return, which had been submitted to NHS England on 25 "
        "January 2019 under delegated authority.")
    d.date("25 January 2019", "2019-01-25")
    d.res(None, "That the submission of the quarter 3 return be ratified.", "resolution",
          lead="<b>RESOLVED:</b>", style=BODY)
    d.p("<b>57 ROCHDALE BOROUGH SAFEGUARDING CHILDREN PARTNERSHIP: ANNUAL REPORT</b>", MINUTE)
    d.p("The Independent Scrutineer of the Safeguarding Children Partnership presented the annual report for "
        "2017/18. The report highlighted the partnership's work on child sexual exploitation, neglect and the "
        "transition to the new multi-agency safeguarding arrangements required by Working Together 2018, which "
        "would be published by 29 June 2019 and take effect within three months.")
    d.date("29 June 2019", "2019-06-29")
    d.p("Members asked about the safeguarding of disabled children placed out of borough. The Director of "
        "Children's Services confirmed that every child placed in a residential special school was visited at "
        "least every six weeks and that the partnership's audit of these placements would report in the autumn.")
    d.ruled([["Measure", "2016/17", "2017/18"], ["Contacts to the Early Help and Safeguarding Hub", "14,862", "15,904"],
             ["Child protection plans at year end", "311", "286"], ["Children looked after at year end", "489", "517"],
             ["Disabled children with a child protection plan", "19", "23"],
             ["Multi-agency training places taken up", "2,106", "2,388"]], [9.6 * cm, 3.3 * cm, 3.3 * cm])
    d.res(None, "That the annual report be noted and that the Board receive the new safeguarding arrangements "
          "before their publication.", "resolution", lead="<b>RESOLVED:</b>", style=BODY)
    d.p("<b>58 FORWARD PLAN</b>", MINUTE)
    d.ruled([["Meeting", "Items"], ["21 May 2019", "Annual report of the Director of Public Health; Children's "
             "Safeguarding Partnership arrangements"],
             ["23 July 2019", "Locality plan refresh; Healthwatch annual report"],
             ["24 September 2019", "SEND WSoA progress (following monitoring visit); Suicide prevention strategy"]],
            [4 * cm, 12.2 * cm])
    d.dates_([("21 May 2019", "2019-05-21"), ("23 July 2019", "2019-07-23"), ("24 September 2019", "2019-09-24")])
    d.res(None, "That the forward plan be noted.", "resolution", lead="<b>RESOLVED:</b>", style=BODY)
    d.p("The meeting closed at 4.05 pm.")
    d.p("CHAIR")
    d.h("Appendix to minute 54: WSoA performance summary (tabled)")
    need_table(d, 54)
    school_table(d, 54, 24)
    area_table(d, ["Balderstone and Kirkholt", "Bamford", "Castleton", "Central Rochdale", "East Middleton",
                   "Hopwood Hall", "Kingsway", "Littleborough Lakeside", "Milkstone and Deeplish", "Milnrow and "
                   "Newhey", "Norden", "North Heywood", "North Middleton", "Smallbridge and Firgrove", "South "
                   "Middleton", "Spotland and Falinge", "Wardle, Shore and West Littleborough", "West Heywood",
                   "West Middleton"], 54, "Ward")
    return d


# ------------------------------------------------------------------------------------------------------------------
def richmond_plan() -> Doc:
    """A committee cover report with the area SEND improvement plan itself as its appendix (2023 framework)."""
    committee = "Education and Children's Services Committee"
    rel = ("richmond-upon-thames/round81-2025-06-24-education-and-childrens-services-committee/"
           "SEND Partnership Improvement Plan 2025-2027 - report and Appendix A.pdf")
    d = Doc(rel, {"council": "London Borough of Richmond upon Thames", "council_slug": "richmond-upon-thames",
                  "committee": committee, "meeting_date": "2025-06-24",
                  "title": "SEND Partnership Improvement Plan 2025-2027 - report and Appendix A",
                  "source_kind": "moderngov-document",
                  "url": "https://cabnet.richmond.gov.uk/documents/s118422/SEND%20Partnership%20Improvement%20Plan.pdf"},
            {"council": "London Borough of Richmond upon Thames", "committee": committee, "date": "2025-06-24"},
            "London Borough of Richmond upon Thames", "Education and Children's Services Committee",
            "Achieving for Children - Richmond")
    d.table([["Report title", "SEND Partnership Improvement Plan 2025&ndash;2027: first quarter update"],
             ["Date of meeting", "Tuesday 24 June 2025"],
             ["Report of", "Director of Education Services, Achieving for Children"],
             ["Lead member", "Councillor Priya Dhanjal, Chair, Education and Children's Services Committee"],
             ["Wards", "All"], ["Key decision", "No"], ["Exempt", "No"]], [4.5 * cm, 11.7 * cm], header=False)
    d.date("Tuesday 24 June 2025", "2025-06-24")
    d.person("Priya Dhanjal", "Chair, Education and Children's Services Committee", "member")
    d.h("1. Purpose of report")
    d.p("1.1 This report presents the Richmond SEND Partnership Improvement Plan 2025&ndash;2027 (Appendix A), which "
        "responds to the three areas for improvement in the area SEND inspection report, and gives the position at "
        "the end of its first quarter.")
    d.h("2. Recommendation")
    d.p("2.1 The Committee is invited to:")
    for lab, t in [("a)", "note the SEND Partnership Improvement Plan at Appendix A and the progress made in its "
                          "first quarter;"),
                   ("b)", "comment on the proposed measures of impact in section 6 of the plan; and"),
                   ("c)", "agree to receive the plan's annual review at its meeting in March 2026.")]:
        d.res(lab, t, "recommendation", style=S.roman)
    d.date("March 2026", "2026-03")
    d.h("3. Background")
    d.p("3.1 Ofsted and the Care Quality Commission inspected the Richmond upon Thames local area partnership from 4 "
        "to 8 November 2024. The report, published on 13 December 2024, judged that the partnership's arrangements "
        "typically lead to positive experiences and outcomes for children and young people with SEND, the highest "
        "of the three possible outcomes. The next full inspection is expected within five years.")
    d.dates_([("from 4 to 8 November 2024", "2024-11-04", "2024-11-08"), ("13 December 2024", "2024-12-13")])
    d.event("inspection", "2024-11-04", "2024-11-08", "Ofsted and the Care Quality Commission inspected the Richmond "
            "upon Thames local area partnership from 4 to 8 November 2024")
    d.event("outcome-letter", "2024-12-13", None, "The report, published on 13 December 2024")
    d.p("3.2 The improvement plan was endorsed by the SEND Partnership Board on 12 February 2025 and published on "
        "the Local Offer on 27 March 2025. The Committee considered the inspection outcome on 4 March 2025.")
    d.dates_([("12 February 2025", "2025-02-12"), ("27 March 2025", "2025-03-27"), ("4 March 2025", "2025-03-04")])
    d.event("progress-plan", "2025-02-12", None, "The improvement plan was endorsed by the SEND Partnership Board on "
            "12 February 2025")
    d.event("progress-plan", "2025-03-27", None, "published on the Local Offer on 27 March 2025")
    d.h("4. First quarter position")
    d.p("4.1 Of the 24 actions in the plan, 19 are on track, four are slightly behind and one, the recruitment of a "
        "second educational psychologist for the post-16 team, is delayed until September 2025.")
    d.date("September 2025", "2025-09")
    d.p("4.2 The South West London Integrated Care Board has confirmed recurrent funding for the neurodevelopmental "
        "support offer from 1 July 2025.")
    d.date("1 July 2025", "2025-07-01")
    d.h("5. Financial, legal and equality implications")
    d.p("5.1 The plan is delivered within existing budgets and the Safety Valve agreement. No legal implications "
        "arise. An equality impact assessment was completed in January 2025.")
    d.date("January 2025", "2025-01")
    d.h("6. Contact")
    d.p("Rachel Ogunleye, Director of Education Services, Achieving for Children<br/>"
        "rachel.ogunleye@achievingforchildren.org.uk &nbsp;|&nbsp; 020 8831 6142")
    d.person("Rachel Ogunleye", "Director of Education Services, Achieving for Children", "officer",
             "rachel.ogunleye@achievingforchildren.org.uk", "020 8831 6142")
    d.add(PageBreak())
    d.p("<b>Appendix A</b>", RIGHT)
    d.title("Richmond SEND Partnership Improvement Plan 2025&ndash;2027")
    d.p("<i>Richmond upon Thames Council &bull; Achieving for Children &bull; South West London Integrated Care Board "
        "&bull; Richmond Parent Carer Forum</i>")
    d.h("Foreword")
    d.p("We are proud that inspectors found that children and young people with SEND in Richmond typically have "
        "positive experiences. We also know that this is not true for every family. This plan sets out what we will "
        "do about the three things inspectors asked us to improve, and how families will know whether it is "
        "working.")
    d.table([["Councillor Priya Dhanjal<br/>Chair, Education and Children's Services Committee",
              "Ian Marchbank<br/>Director of Children's Services"],
             ["Dr Olusegun Adeyemi<br/>Place Clinical Lead, SWL ICB (Richmond)",
              "Claire Duthie<br/>Co-chair, Richmond Parent Carer Forum"]], [8.1 * cm, 8.1 * cm], header=False,
            grid=False)
    d.person("Ian Marchbank", "Director of Children's Services", "officer")
    d.person("Olusegun Adeyemi", "Place Clinical Lead, SWL ICB (Richmond)", "other")
    d.person("Claire Duthie", "Co-chair, Richmond Parent Carer Forum", "other")
    d.h("1. What the inspectors told us")
    d.p("The report, published in December 2024, recognised strong joint leadership, an effective Parent Carer "
        "Forum, good early identification in the early years and well-regarded specialist provision. It set out "
        "three areas for improvement, reproduced below in the report's words.")
    d.date("December 2024", "2024-12")
    afi = [("Leaders across the partnership should improve the timeliness of EHC needs assessments, and make sure "
            "that advice from health and social care is consistently of good quality.", ["ehc-plans"]),
           ("Leaders should work together to reduce waiting times for neurodevelopmental assessment, and ensure "
            "that children and their families receive suitable support while they wait.", ["health-services"]),
           ("The partnership should strengthen the information it gives to young people and their families about "
            "the options available to them as they prepare for adulthood.",
            ["preparing-for-adulthood", "local-offer"])]
    rows = []
    for i, (t, th) in enumerate(afi, 1):
        rows.append([f"<b>AFI {i}</b>", t])
        d.record_weak(t, th)
    d.ruled(rows, [1.8 * cm, 14.4 * cm], header_rows=0)
    d.h("2. Our priorities and actions")
    for i, acts in enumerate([
            [("1.1", "Set up a weekly multi-agency EHC panel with health and social care representation", "Apr 2025",
              "Complete"),
             ("1.2", "Introduce a quality assurance framework for health and care advice, audited quarterly",
              "Jun 2025", "On track"),
             ("1.3", "Recruit two additional EHC coordinators", "Jul 2025", "On track"),
             ("1.4", "Report 20-week timeliness monthly to the SEND Partnership Board", "May 2025", "Complete")],
            [("2.1", "Launch the 'Waiting Well' offer of parent workshops and a dedicated advice line",
              "Jul 2025", "On track"),
             ("2.2", "Commission additional assessment capacity from an independent provider", "Sep 2025",
              "Slightly behind"),
             ("2.3", "Agree a single neurodevelopmental pathway across Richmond and Kingston", "Dec 2025",
              "On track")],
            [("3.1", "Co-produce a 'Preparing for Adulthood' section of the Local Offer with young people",
              "Sep 2025", "On track"),
             ("3.2", "Hold annual transition fairs in partnership with Richmond upon Thames College", "Mar 2026",
              "Not started"),
             ("3.3", "Recruit a second educational psychologist for the post-16 team", "Sep 2025", "Delayed")]], 1):
        d.p(f"<b>Priority {i}</b>")
        d.ruled([["Ref", "Action", "By", "Q1 status"]] + [list(a) for a in acts],
                [1.2 * cm, 10 * cm, 2.2 * cm, 2.8 * cm])
    d.dates_([("Apr 2025", "2025-04"), ("Jun 2025", "2025-06"), ("Jul 2025", "2025-07"), ("May 2025", "2025-05"),
              ("Dec 2025", "2025-12")])
    d.h("3. What children, young people and families told us")
    d.p("Over 600 parents and carers and 140 children and young people took part in the engagement that shaped this "
        "plan, through the Parent Carer Forum's survey, school councils and the Youth Council's SEND panel.")
    for t in ["&ldquo;Once we had a plan the school was brilliant, but getting the plan took far too long.&rdquo;",
              "&ldquo;We waited two years for an autism assessment and nobody told us what we could do in the "
              "meantime.&rdquo;",
              "&ldquo;I didn't know what college courses I could do until Year 11. I wish someone had told me "
              "earlier.&rdquo; (young person, 16)",
              "&ldquo;The Local Offer has lots of information but it is hard to find the bit you need.&rdquo;"]:
        d.p(f"&bull; {t}", BULLET)
    d.h("4. Risks to delivery")
    d.ruled([["Risk", "Likelihood", "Impact", "Mitigation"],
             ["Rising demand for EHC needs assessments outstrips added capacity", "High", "High",
              "Monthly demand modelling; early help offer through SEN support in schools"],
             ["Independent provider cannot recruit assessors", "Medium", "High",
              "Second provider on framework; joint workforce plan with Kingston"],
             ["High Needs Block pressures reduce investment", "Medium", "Medium",
              "Safety Valve agreement monitored by Schools Forum"],
             ["Young people's engagement falls away after launch", "Low", "Medium",
              "Youth Council SEND panel meets each half term"]], [6 * cm, 2.3 * cm, 2 * cm, 5.9 * cm])
    d.h("5. How we will govern the plan")
    d.p("The SEND Partnership Board, chaired by the Director of Children's Services, oversees the plan and reports "
        "twice a year to this Committee and to the Richmond Place Committee of the ICB. Each priority has a lead: "
        "priority 1, Tamsin Holloway (Head of SEN Services); priority 2, Dr Mei Lin Chow (Designated Clinical "
        "Officer); priority 3, Owen Fairbrother (Head of Post-16 Inclusion).")
    d.person("Tamsin Holloway", "Head of SEN Services", "officer")
    d.person("Mei Lin Chow", "Designated Clinical Officer", "officer")
    d.person("Owen Fairbrother", "Head of Post-16 Inclusion", "officer")
    d.h("6. Measures of impact")
    d.ruled([["Measure", "Nov 2024", "Mar 2025", "Target Mar 2026"],
             ["New EHC plans issued within 20 weeks", "49%", "63%", "80%"],
             ["Health advice returned within six weeks", "58%", "71%", "90%"],
             ["Median wait for neurodevelopmental assessment (weeks)", "68", "61", "40"],
             ["Young people aged 16-25 with an EHC plan in education, employment or training", "86%", "87%", "90%"],
             ["Parents who agree the Local Offer is useful", "44%", "52%", "65%"]],
            [8.6 * cm, 2.4 * cm, 2.4 * cm, 2.8 * cm])
    d.dates_([("Nov 2024", "2024-11"), ("Mar 2025", "2025-03"), ("Mar 2026", "2026-03")])
    d.h("7. Richmond SEND profile")
    need_table(d, 24)
    school_table(d, 24, 20)
    area_table(d, ["East Sheen", "Fulwell and Hampton Hill", "Ham, Petersham and Richmond Riverside", "Hampton",
                   "Hampton North", "Hampton Wick", "Heathfield", "Kew", "Mortlake and Barnes Common", "North "
                   "Richmond", "St Margarets and North Twickenham", "South Richmond", "South Twickenham",
                   "Teddington", "Twickenham Riverside", "West Twickenham", "Whitton"], 24, "Ward")
    return d


# ------------------------------------------------------------------------------------------------------------------
def middlesbrough_tracker() -> Doc:
    """An Executive report on the priority action plan and Improvement Notice, with a tracker (2023 framework)."""
    rel = ("middlesbrough/round81-2025-12-10-executive/"
           "SEND Priority Action Plan and Improvement Notice - progress and tracker.pdf")
    d = Doc(rel, {"council": "Middlesbrough Council", "council_slug": "middlesbrough", "committee": "Executive",
                  "meeting_date": "2025-12-10",
                  "title": "SEND Priority Action Plan and Improvement Notice - progress and tracker",
                  "source_kind": "moderngov-document",
                  "url": "https://moderngov.middlesbrough.gov.uk/documents/s41937/SEND%20PAP%20progress.pdf"},
            {"council": "Middlesbrough Council", "committee": "Executive", "date": "2025-12-10"},
            "MIDDLESBROUGH COUNCIL", "", "Executive 10 December 2025")
    d.table([["Report of:", "Director of Education and Partnerships"],
             ["Relevant Executive Member:", "Executive Member for Education and Culture"],
             ["Submitted to:", "Executive"], ["Date:", "10 December 2025"],
             ["Title:", "SEND Priority Action Plan and Improvement Notice: progress to November 2025"],
             ["Report for:", "Decision"], ["Status:", "Public"],
             ["Council Plan priority:", "A Successful and Ambitious Town"], ["Key decision:", "No"],
             ["Why:", "Decision(s) will not incur expenditure or savings above &pound;250,000"],
             ["Subject to call in?:", "Yes"], ["Why:", "Non-urgent report"]], [5 * cm, 11.2 * cm], header=False)
    d.dates_([("10 December 2025", "2025-12-10"), ("November 2025", "2025-11")])
    d.h("Proposed decision(s)")
    d.p("That the Executive:")
    for t in ["NOTES the progress made against the Priority Action Plan and the Improvement Notice, as set out in "
              "the tracker at Appendix 1;",
              "NOTES the feedback from the first six-monthly stocktake with the Department for Education and NHS "
              "England;",
              "APPROVES the revised governance arrangements for the SEND Improvement Board at paragraph 4.3."]:
        d.res(None, t, "recommendation", shown_label="&bull;", style=BULLET)
    d.h("Executive summary")
    d.p("The area SEND inspection carried out by Ofsted and the CQC between 3 and 7 February 2025 found widespread "
        "and/or systemic failings leading to significant concerns about the experiences and outcomes of children "
        "and young people with SEND. The report was published on 1 April 2025. The local area partnership submitted "
        "its Priority Action Plan to Ofsted on 29 April 2025, and the Department for Education issued an Improvement "
        "Notice on 16 May 2025.")
    d.dates_([("between 3 and 7 February 2025", "2025-02-03", "2025-02-07"), ("1 April 2025", "2025-04-01"),
              ("29 April 2025", "2025-04-29"), ("16 May 2025", "2025-05-16")])
    d.event("inspection", "2025-02-03", "2025-02-07", "The area SEND inspection carried out by Ofsted and the CQC "
            "between 3 and 7 February 2025")
    d.event("outcome-letter", "2025-04-01", None, "The report was published on 1 April 2025")
    d.event("progress-plan", "2025-04-29", None, "submitted its Priority Action Plan to Ofsted on 29 April 2025")
    d.event("statutory-direction", "2025-05-16", None, "the Department for Education issued an Improvement Notice on "
            "16 May 2025")
    d.p("This report sets out progress to the end of November 2025. Of the 38 actions in the plan, 21 are complete, "
        "11 are on track and six are off track. The first stocktake, held on 9 September 2025, found that the "
        "partnership had 'a clearer grip on the scale of the challenge' but that families were not yet feeling the "
        "difference.")
    d.date("9 September 2025", "2025-09-09")
    d.event("monitoring", "2025-09-09", None, "The first stocktake, held on 9 September 2025")
    d.h("Purpose")
    d.num("1.", "To update the Executive on the partnership's response to the inspection and on compliance with the "
          "Improvement Notice.")
    d.h("Background and relevant information")
    d.num("2.", "The report identified two areas for priority action and three areas for improvement. The two areas "
          "for priority action must be addressed in the Priority Action Plan; the areas for improvement are "
          "addressed in the wider SEND Strategy 2025&ndash;2028. All five are set out, in the inspectors' words, in "
          "the first column of the tracker.")
    d.num("3.", "The Improvement Notice requires the council to work with a DfE-appointed SEND improvement adviser, "
          "Mr Graham Lowther, and to report progress to six-monthly stocktakes. The second stocktake is scheduled "
          "for 10 March 2026.")
    d.person("Graham Lowther", "DfE-appointed SEND improvement adviser", "officer")
    d.date("10 March 2026", "2026-03-10")
    d.event("monitoring", "2026-03-10", None, "The second stocktake is scheduled for 10 March 2026")
    d.num("4.", "Governance. 4.1 The SEND Improvement Board is independently chaired by Ms Frances Udall. 4.2 "
          "Attendance by health partners has improved since the Tees Valley ICB place director joined in June 2025. "
          "4.3 It is proposed that the Board meet monthly until the second stocktake, then every six weeks, and "
          "that a young people's reference group report to each meeting.")
    d.person("Frances Udall", "independent chair, SEND Improvement Board", "other")
    d.date("June 2025", "2025-06")
    d.h("Other potential alternative(s) and why these have not been recommended")
    d.num("5.", "None. The Improvement Notice makes the Priority Action Plan and its governance a requirement.")
    d.h("Impact(s) of the recommended decision(s)")
    d.ruled([["Topic", "Impact"],
             ["Financial (including procurement and Social Value)", "The improvement programme costs &pound;1.46m in "
              "2025/26, funded from the DSG Management Plan and a &pound;0.4m DfE grant."],
             ["Legal", "Failure to comply with the Improvement Notice could lead to a statutory direction under "
              "section 497A of the Education Act 1996."],
             ["Risk", "Risk CR-14 (SEND sufficiency and quality) remains on the strategic risk register."],
             ["Human Rights, Public Sector Equality Duty and Community Cohesion", "An impact assessment was "
              "completed in May 2025."]], [5.5 * cm, 10.7 * cm])
    d.date("May 2025", "2025-05")
    d.h("Actions to be taken to implement the recommended decision(s)")
    d.ruled([["Action", "Responsible officer", "Deadline"],
             ["Revised Board terms of reference", "Director of Education and Partnerships", "31/12/2025"],
             ["Evidence pack for second stocktake", "Head of SEND", "20/02/2026"],
             ["Young people's reference group established", "SEND Participation Lead", "January 2026"]],
            [7 * cm, 6 * cm, 3.2 * cm])
    d.dates_([("31/12/2025", "2025-12-31"), ("20/02/2026", "2026-02-20"), ("January 2026", "2026-01")])
    d.h("Appendices")
    d.p("1 &nbsp; Priority Action Plan and Improvement Notice tracker, position at 28 November 2025")
    d.date("28 November 2025", "2025-11-28")
    d.h("Background papers")
    d.ruled([["Body", "Report title", "Date"], ["Executive", "Area SEND Inspection Outcome", "14/05/2025"],
             ["Children and Young People's Learning Scrutiny Panel", "SEND Priority Action Plan", "16/06/2025"]],
            [6 * cm, 6.8 * cm, 3.4 * cm])
    d.dates_([("14/05/2025", "2025-05-14"), ("16/06/2025", "2025-06-16")])
    d.p("<b>Contact:</b> Rhiannon Veitch, Director of Education and Partnerships<br/><b>Email:</b> "
        "rhiannon_veitch@middlesbrough.gov.uk")
    d.person("Rhiannon Veitch", "Director of Education and Partnerships", "officer",
             "rhiannon_veitch@middlesbrough.gov.uk")
    d.add(PageBreak())
    d.p("<b>Appendix 1: Priority Action Plan and Improvement Notice tracker</b>")
    d.p("Position at 28 November 2025. Status: C complete; OT on track; X off track.")
    items = [
        ("APA1", "Leaders across education, health and care must urgently improve the timeliness and quality of EHC "
         "needs assessments and plans, so that children's needs are accurately identified and met without delay.",
         ["ehc-plans"],
         "EHC hub restructured; 20-week rate up from 9% to 31% since the inspection; plan audit shows 46% good",
         "X", "Head of SEND"),
        ("APA2", "Leaders must work together to reduce the very long waits for speech and language therapy and for "
         "neurodevelopmental assessment, and make sure that families get help while they wait.",
         ["health-services"],
         "ICB funding for 2 extra SALT posts; ND wait median 94 to 81 weeks; waiting list support line "
         "live", "X", "ICB Place Director"),
        ("AFI1", "Leaders should improve how they gather, analyse and use data about children with SEND, so that "
         "commissioning is informed by an accurate understanding of need.", ["data-oversight", "joint-commissioning"],
         "Joint SEND dashboard live; needs analysis to Board in the autumn", "OT", "Head of Commissioning"),
        ("AFI2", "Leaders should ensure that the use of part-time timetables and suspensions for children with SEND "
         "is reduced and closely monitored.", ["inclusion-provision"],
         "Part-time timetable protocol agreed; 61 notified (down from 104)", "OT", "Head of Inclusion"),
        ("AFI3", "The partnership should strengthen its communication with parents and carers, so that they "
         "understand what support is available and have confidence in it.", ["co-production"],
         "Parent Carer Forum co-chairs comms group; newsletter monthly", "C", "SEND Participation Lead")]
    rows = [["Area (inspection report, April 2025)", "Progress to date", "Status", "Lead"]]
    for ref, t, th, prog, rag, lead in items:
        rows.append([f"<b>{ref}</b> &ndash; {t}", prog, rag, lead])
        d.record_weak(t, th)
    d.ruled(rows, [6.8 * cm, 5.2 * cm, 1.4 * cm, 2.8 * cm])
    d.date("April 2025", "2025-04")
    d.p("Key milestones")
    d.ruled([["Milestone", "Date", "Status"], ["PAP submitted to Ofsted", "29/04/2025", "C"],
             ["Improvement Notice issued", "16/05/2025", "C"], ["First stocktake", "09/09/2025", "C"],
             ["Second stocktake", "10/03/2026", "Scheduled"],
             ["Ofsted/CQC monitoring inspection", "2026/27 (date not known)", "&ndash;"]], [8 * cm, 4 * cm, 4.2 * cm])
    d.add(PageBreak())
    d.p("<b>Appendix 2: Summary of stocktake feedback</b>")
    d.p("The Department for Education and NHS England wrote to the Chief Executive after the first stocktake. The "
        "feedback is summarised below under the headings the advisers used.")
    d.p("<b>What is going well</b>")
    for t in ["Leadership capacity has been strengthened, with a permanent Head of SEND and an independent chair "
              "of the Improvement Board.",
              "Health partners now attend every Board meeting and the ICB has committed recurrent funding to speech "
              "and language therapy.",
              "The Parent Carer Forum describes a more open relationship with the council."]:
        d.p(f"&bull; {t}", BULLET)
    d.p("<b>What needs to happen before the next stocktake</b>")
    for t in ["A clear trajectory to at least 50% of new EHC plans issued within 20 weeks.",
              "Evidence that the quality of new plans is improving, drawn from multi-agency audit.",
              "A reduction in the median wait for neurodevelopmental assessment, and data showing how many families "
              "use the support offered while they wait."]:
        d.p(f"&bull; {t}", BULLET)
    d.p("The advisers will also meet a group of young people from the SEND Youth Forum before the second stocktake.")
    d.h("SEND profile by ward")
    area_table(d, ["Acklam", "Ayresome", "Berwick Hills and Pallister", "Brambles and Thorntree", "Central",
                   "Coulby Newham", "Hemlington", "Kader", "Ladgate", "Linthorpe", "Longlands and Beechwood",
                   "Marton East", "Marton West", "Newport", "North Ormesby", "Nunthorpe", "Park End and Beckfield",
                   "Park", "Stainton and Thornton", "Trimdon"], 35, "Ward")
    need_table(d, 35)
    school_table(d, 35, 20)
    return d


# ------------------------------------------------------------------------------------------------------------------
def leicestershire_minutes() -> Doc:
    """Printed minutes of an overview and scrutiny committee in the county's style (2023 framework)."""
    committee = "Children and Families Overview and Scrutiny Committee"
    rel = ("leicestershire/round81-2025-11-03-children-and-families-overview-and-scrutiny-committee/"
           "Minutes of the meeting held on 8 September 2025.pdf")
    d = Doc(rel, {"council": "Leicestershire County Council", "council_slug": "leicestershire", "committee": committee,
                  "meeting_date": "2025-11-03", "title": "Minutes of the meeting held on 8 September 2025",
                  "source_kind": "moderngov-document",
                  "url": "https://politics.leics.gov.uk/documents/g7921/Printed%20minutes%2008th-Sep-2025.pdf"},
            {"council": "Leicestershire County Council", "committee": committee, "date": "2025-09-08"},
            "Leicestershire County Council", "", "")
    d.p("<b>Minutes of a meeting of the Children and Families Overview and Scrutiny Committee held at County Hall, "
        "Glenfield on Monday, 8 September 2025.</b>")
    d.date("Monday, 8 September 2025", "2025-09-08")
    d.p("<b>PRESENT</b>", CENTRE)
    d.p("Mrs. H. L. Pendleton CC (in the Chair)", CENTRE)
    two_columns(d, ["Mr. G. Ashby CC", "Mr. R. Chaudhry CC", "Mrs. M. E. Dorrell CC", "Mr. K. Feeney CC"],
                ["Ms. A. Kaur CC", "Mr. J. T. Osgood CC", "Mr. P. Whelan CC", "Dr. S. Yeomans CC"])
    d.person("H. L. Pendleton", "Chair", "member")
    for n in ["G. Ashby", "R. Chaudhry", "M. E. Dorrell", "K. Feeney", "A. Kaur", "J. T. Osgood", "P. Whelan",
              "S. Yeomans"]:
        d.person(n, None, "member")
    d.p("<b>In attendance</b>")
    d.p("Mrs. C. M. Radford CC, Cabinet Lead Member for Children and Family Services (minute 24 refers).<br/>"
        "Mr. Ewan Lockwood, Leicestershire Parent Carer Forum (minute 24 refers).")
    d.person("C. M. Radford", "Cabinet Lead Member for Children and Family Services", "member")
    d.person("Ewan Lockwood", "Leicestershire Parent Carer Forum", "other")
    d.p("<b>Officers present in accordance with Standing Order 17</b>")
    d.p("Jane Quorn &ndash; Director of Children and Family Services<br/>Simon Barkby &ndash; Assistant Director "
        "(Education, SEND and Commissioning)<br/>Dr. Farah Quereshi &ndash; Designated Clinical Officer, Leicester, "
        "Leicestershire and Rutland ICB<br/>Melanie Dunster &ndash; Head of Service, SEND Assessment and "
        "Commissioning")
    d.person("Jane Quorn", "Director of Children and Family Services", "officer")
    d.person("Simon Barkby", "Assistant Director (Education, SEND and Commissioning)", "officer")
    d.person("Farah Quereshi", "Designated Clinical Officer, Leicester, Leicestershire and Rutland ICB", "officer")
    d.person("Melanie Dunster", "Head of Service, SEND Assessment and Commissioning", "officer")
    d.p("<b>21. Minutes.</b>", MINUTE)
    d.p("The minutes of the meeting held on 2 June 2025 were taken as read, confirmed and signed.")
    d.record_res(None, "The minutes of the meeting held on 2 June 2025 were taken as read, confirmed and signed.",
                 "resolution")
    d.date("2 June 2025", "2025-06-02")
    d.p("<b>22. Question Time.</b>", MINUTE)
    d.p("The following question, received under Standing Order 34, was put by Mrs. Lorna Petts:")
    d.person("Lorna Petts", None, "other")
    d.p("&ldquo;How many families have been waiting more than 20 weeks for a decision on an EHC needs assessment "
        "request, and when will this backlog be cleared?&rdquo;", S.quote)
    d.p("The Chairman replied: &ldquo;At 31 July 2025, 212 requests had been open for more than 20 weeks, compared "
        "with 468 at 31 January 2025. The recovery plan aims to clear the backlog by the end of March 2026.&rdquo;")
    d.dates_([("31 July 2025", "2025-07-31"), ("31 January 2025", "2025-01-31"), ("March 2026", "2026-03")])
    d.p("<b>23. Declarations of interest.</b>", MINUTE)
    d.p("Mr. R. Chaudhry CC declared a personal interest in item 24 as a governor of a special school. Ms. A. Kaur CC "
        "declared a personal interest as the parent of a child with an EHC plan.")
    d.p("<b>24. Area SEND Inspection: Six Month Update on the Improvement Plan.</b>", MINUTE)
    d.p("The Committee considered a report of the Director of Children and Family Services which provided an update "
        "on delivery of the Local Area SEND Improvement Plan. A copy of the report marked &lsquo;Agenda Item "
        "8&rsquo; is filed with these minutes.")
    d.p("Members were reminded that Ofsted and the Care Quality Commission had inspected the local area partnership "
        "between 13 and 31 January 2025, with the report published on 14 March 2025. Inspectors had concluded that "
        "the partnership's arrangements led to inconsistent experiences and outcomes for children and young people "
        "with SEND. The improvement plan had been agreed by the SEND and Inclusion Partnership Board on 12 May 2025 "
        "and published on the Local Offer on 27 June 2025.")
    d.dates_([("between 13 and 31 January 2025", "2025-01-13", "2025-01-31"), ("14 March 2025", "2025-03-14"),
              ("12 May 2025", "2025-05-12"), ("27 June 2025", "2025-06-27")])
    d.event("inspection", "2025-01-13", "2025-01-31", "Ofsted and the Care Quality Commission had inspected the "
            "local area partnership between 13 and 31 January 2025")
    d.event("outcome-letter", "2025-03-14", None, "with the report published on 14 March 2025")
    d.event("progress-plan", "2025-05-12", None, "The improvement plan had been agreed by the SEND and Inclusion "
            "Partnership Board on 12 May 2025")
    d.event("progress-plan", "2025-06-27", None, "published on the Local Offer on 27 June 2025")
    d.p("The plan was organised around the four areas for improvement named in the report, which the Assistant "
        "Director summarised as follows:")
    afi = [("EHC needs assessments were not completed in a timely way, and plans were not reviewed and amended "
            "promptly when needs changed", ["ehc-plans"]),
           ("waiting times for neurodevelopmental assessment were too long and support for families while they "
            "waited was limited", ["health-services"]),
           ("needs were not always identified early enough in mainstream schools, and the quality of SEN support "
            "varied", ["identification"]),
           ("families did not always receive clear information about the support available, including through the "
            "Local Offer", ["local-offer"])]
    for lab, (t, th) in zip(["(i)", "(ii)", "(iii)", "(iv)"], afi):
        d.weak(t, th, marker=lab, style=S.roman)
    d.p("Arising from discussion the following points were made:")
    pts = ["The proportion of new EHC plans issued within 20 weeks had risen from 11% in January 2025 to 38% in July "
           "2025. Members welcomed the improvement but noted that the national average was about 46%. The Director "
           "said the target of 60% by March 2026 remained achievable if the additional educational psychology "
           "capacity commissioned from September 2025 was in post.",
           "In response to a question about annual reviews, the Head of Service reported that 71% of annual reviews "
           "had been completed within the statutory timescale in the summer term, against 54% a year earlier. "
           "Amendments following review were still taking too long.",
           "Dr. Quereshi explained that the ICB had invested in an additional neurodevelopmental assessment provider "
           "from 1 August 2025. The median wait had reduced from 97 to 88 weeks; the waiting well offer, including "
           "a helpline and online workshops, would launch in October 2025.",
           "Mr. Lockwood, speaking at the invitation of the Chairman, said that parents were noticing quicker "
           "responses from case officers, but that many still found the Local Offer website hard to use. He "
           "welcomed the co-produced redesign planned for November 2025.",
           "A member asked whether the partnership expected a monitoring visit. The Director explained that, under "
           "the current framework, Ofsted would hold annual engagement meetings with the partnership and that the "
           "next full inspection would normally be within three years. The first engagement meeting had taken "
           "place on 15 July 2025.",
           "Members asked that future reports show the position for each district, as the Committee was concerned "
           "about variation between Charnwood, Hinckley and Bosworth and North West Leicestershire."]
    for t in pts:
        d.p(f"&bull; {t}", BULLET)
    d.dates_([("January 2025", "2025-01"), ("July 2025", "2025-07"), ("September 2025", "2025-09"),
              ("1 August 2025", "2025-08-01"), ("October 2025", "2025-10"), ("November 2025", "2025-11"),
              ("15 July 2025", "2025-07-15")])
    d.p("<b>RESOLVED:</b>")
    for lab, t in [("(a)", "That the update on the Local Area SEND Improvement Plan be noted;"),
                   ("(b)", "That the Director of Children and Family Services be requested to include district-level "
                           "data on EHC needs assessment timeliness in the next update;"),
                   ("(c)", "That a further update be presented to the Committee in March 2026, to include the "
                           "outcome of the Local Offer redesign.")]:
        d.res(lab, t, "resolution", style=HANG)
    d.p("<b>25. Dedicated Schools Grant High Needs Block: Quarter 1 Monitoring.</b>", MINUTE)
    d.p("The Committee considered a report of the Director of Corporate Resources and the Director of Children and "
        "Family Services on the forecast position of the High Needs Block at quarter 1 of 2025/26. The forecast "
        "in-year deficit was &pound;38.7m, and the cumulative deficit would reach &pound;121.4m by 31 March 2026.")
    d.date("31 March 2026", "2026-03-31")
    d.ruled([["Area of spend", "Budget &pound;m", "Forecast &pound;m", "Variance &pound;m"],
             ["Independent special school placements", "41.2", "52.9", "11.7"],
             ["Mainstream top-up funding", "27.8", "34.6", "6.8"], ["Maintained special schools", "33.5", "36.0", "2.5"],
             ["Post-16 placements", "12.1", "15.3", "3.2"], ["Transport (SEND element)", "n/a", "n/a", "n/a"]],
            [7.4 * cm, 2.9 * cm, 2.9 * cm, 3 * cm])
    d.p("<b>RESOLVED:</b>")
    d.res(None, "That the report be noted.", "resolution", style=BODY)
    d.p("<b>26. Date of next meeting.</b>", MINUTE)
    d.record_res(None, "That the next meeting of the Committee be held on Monday, 3 November 2025 at 2.00pm.",
                 "resolution")
    d.p("<b>RESOLVED:</b>")
    d.p("That the next meeting of the Committee be held on Monday, 3 November 2025 at 2.00pm.")
    d.date("Monday, 3 November 2025", "2025-11-03")
    d.p("2.00 - 4.12 pm<br/>08 September 2025", RIGHT)
    d.p("CHAIRMAN", RIGHT)
    d.add(PageBreak())
    d.p("<b>Agenda Item 8, Appendix B (filed with minute 24): SEND data summary</b>")
    need_table(d, 8)
    area_table(d, ["Blaby", "Charnwood", "Harborough", "Hinckley and Bosworth", "Melton",
                   "North West Leicestershire", "Oadby and Wigston"], 8, "District")
    school_table(d, 8, 18)
    return d


DOCUMENTS = [redcar_pack, rotherham_letter, rochdale_minutes, richmond_plan, middlesbrough_tracker,
             leicestershire_minutes]


def main() -> None:
    run(DOCUMENTS, date_check=True)


if __name__ == "__main__":
    main()
