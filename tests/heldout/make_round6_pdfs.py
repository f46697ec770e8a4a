"""Write the four printed documents of the held-out round 6 (reportlab).

Round 6 is a blind batch like round 5: documents of councils outside ../shared and the earlier
rounds, written with their gold before any extractor ran on them. These four are the printed
forms: long scrutiny minutes whose areas for improvement sit in a ruled table that breaks across
pages and whose resolutions run onto the last page, a City Mayor's record of decision, an officer
report with a heading per remaining weakness and a recommendations block, and short panel
minutes where "RESOLVED that" stands inside a paragraph and a re-visit's remaining weakness is
stated in prose. Invented text, fictitious people. Each page's content is fixed here with an
explicit page break, so the gold's page numbers follow from this script; the paragraph helpers
and page furniture are round 4's and round 5's. The output is deterministic (reportlab's
invariant mode), so rerunning it rewrites identical files:

    /work/main/.venv/bin/python tests/heldout/make_round6_pdfs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_round4_pdfs import CORPUS, body, heading, table, title  # noqa: E402
from make_round5_pdfs import grid, write  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Spacer  # noqa: E402


def southwark_minutes() -> Path:
    """Four pages of scrutiny minutes: attendance grid, public speakers, a ruled table across a page break."""
    pages = [
        [
            title("Southwark Council"),
            body("<b>EDUCATION AND LOCAL ECONOMY SCRUTINY COMMISSION</b>"),
            body("<b>MINUTES</b> of the Education and Local Economy Scrutiny Commission held on Tuesday 18 June "
                 "2024 at 7.00 pm at Southwark Council Offices, 160 Tooley Street, London SE1 2QH"),
            body("<b>PRESENT:</b>"),
            grid([
                ["Councillor Obiageli Carrington-Ruiz (Chair)", "Councillor Fenella Stroud (Vice-Chair)"],
                ["Councillor Dimitri Ashgrove", "Councillor Patience Nwachukwu-Bell"],
                ["Councillor Raymond Tisdall", "Councillor Yasmin Quarshie"],
            ], [8 * cm, 8 * cm]),
            body("<b>CO-OPTED MEMBERS:</b> Mr Leopold Anstruther (Roman Catholic Archdiocese of Southwark), "
                 "Ms Cerys Mawhinney (Parent Governor)"),
            body("<b>OTHER MEMBERS PRESENT:</b> Councillor Jasmine Ali-Prentice, Cabinet Member for Children, "
                 "Education and Refugees"),
            body("<b>OFFICER SUPPORT:</b> Nadine Orsborn-Kaye, Director of Education; Gilbert Achterberg-Moss, "
                 "Head of SEND; Priya Lakhani-Stowe, Scrutiny Project Manager"),
            body("<b>1. APOLOGIES</b>"),
            body("Apologies for absence were received from Councillor Hugo Brindley."),
            body("<b>2. NOTIFICATION OF ANY ITEMS OF BUSINESS WHICH THE CHAIR DEEMS URGENT</b>"),
            body("There were none."),
            body("<b>3. DISCLOSURE OF INTERESTS AND DISPENSATIONS</b>"),
            body("Councillor Quarshie declared that she is employed by a special school in a neighbouring "
                 "borough."),
        ],
        [
            body("<b>4. MINUTES</b>"),
            body("<b>RESOLVED:</b> That the minutes of the meeting held on 23 April 2024 be agreed as a correct "
                 "record."),
            body("<b>5. DEPUTATIONS</b>"),
            body("Ms Lorraine Obuya, speaking for Southwark Parents for Inclusion, told the Commission that "
                 "many families had waited more than a year for an EHC plan and that letters about delays had "
                 "not been sent. Mr Declan Fairbrother, a parent from Peckham, spoke about the lack of "
                 "speech and language therapy for his son in Year 9. The Chair thanked both speakers."),
            body("<b>6. AREA SEND INSPECTION: OUTCOME AND ACTION PLAN</b>"),
            body("The Director of Education presented the report. The inspection of the Southwark local area "
                 "partnership had taken place from 18 to 22 March 2024; the report, published on 10 May "
                 "2024, judged that the partnership's arrangements lead to inconsistent experiences and "
                 "outcomes. The Head of SEND took members through the inspectors' areas for improvement and "
                 "the partnership's response, which were set out in the table at paragraph 12 of the report:"),
            table([
                ["<b>Area for improvement</b>", "<b>Lead</b>"],
                ["Leaders should make sure that EHC plans are issued within 20 weeks and that families are "
                 "kept informed while their child's assessment is under way.", "Head of SEND"],
                ["The ICB should reduce waiting times for speech and language therapy and improve support for "
                 "secondary-age pupils in mainstream schools.", "ICB Place Executive"],
            ], [12 * cm, 4 * cm]),
        ],
        [
            table([
                ["Leaders should widen the range of supported internships and independent living options for "
                 "young people aged 16 to 25.", "Head of Post-16"],
                ["Leaders should use the information they hold to evaluate the impact of services on "
                 "children's outcomes.", "Director of Education"],
            ], [12 * cm, 4 * cm]),
            body("Dr Cressida Yelverton, Designated Clinical Officer, NHS South East London Integrated Care "
                 "Board, said that six speech and language therapists had been recruited since April 2024 and "
                 "that the average wait had fallen to 19 weeks."),
            body("Members asked about the number of EHC plans issued within 20 weeks. The Head of SEND said "
                 "that the figure for the year to May 2024 was 41%, against 58% nationally, and that the "
                 "strategic action plan aimed for 70% by July 2025."),
            body("Councillor Tisdall moved an amendment that the Commission recommend to Cabinet the "
                 "appointment of an independent SEND commissioner. The amendment was seconded by Councillor "
                 "Ashgrove. On being put to the vote, the amendment fell."),
            body("<b>RESOLVED:</b>"),
            body("1. That the outcome of the area SEND inspection and the partnership's strategic action plan "
                 "be noted."),
            body("2. That the Commission receive quarterly data on the timeliness of EHC plans, broken down by "
                 "the stage at which delays occur."),
        ],
        [
            body("3. That the Cabinet Member for Children, Education and Refugees be asked to respond in "
                 "writing to the points raised in the deputations."),
            body("4. That a joint session with the Health Scrutiny Commission on speech and language therapy be "
                 "held in the autumn."),
            body("<b>7. WORK PROGRAMME</b>"),
            body("<b>RESOLVED:</b> That the work programme be agreed, with the addition of the item on speech and "
                 "language therapy."),
            body("The meeting ended at 9.05 pm."),
            body("CHAIR:"),
            body("DATED:"),
        ],
    ]
    return write("southwark/round6-2024-07-16-education-and-local-economy-scrutiny-commission/"
                 "Minutes 18 June 2024.pdf", pages,
                 "Education and Local Economy Scrutiny Commission - Tuesday 18 June 2024", "Open",
                 "Southwark Council", page_label="{n}")


def leicester_mayoral_decision() -> Path:
    """A City Mayor's record of decision: decision clauses lettered, the findings inside 'Reasons'."""
    pages = [
        [
            title("LEICESTER CITY COUNCIL"),
            body("<b>RECORD OF DECISION BY THE CITY MAYOR</b>"),
            table([
                ["Decision title", "SEND Sufficiency: Expansion of Specialist Places and Neurodevelopmental Support"],
                ["Decision taker", "City Mayor"],
                ["Date of decision", "2nd April 2025"],
                ["Lead director", "Strategic Director, Social Care and Education"],
                ["Report author", "Ewan Castellano-Pryce, Head of Service, SEND Commissioning, "
                                  "ewan.castellano-pryce@leicester.gov.uk, 0116 454 2290"],
            ], [4.5 * cm, 11.5 * cm]),
            heading("DECISION"),
            body("Having considered the report, the City Mayor has decided to:"),
            body("a) approve capital expenditure of £6.8m to create 120 additional specialist places at three "
                 "secondary schools from September 2025;"),
            body("b) approve revenue funding of £750,000 a year for two years for a support service for "
                 "families waiting for an autism or ADHD assessment; and"),
            body("c) delegate to the Strategic Director, Social Care and Education, following consultation with "
                 "the Deputy City Mayor for Education, the award of the contracts needed to deliver (a) and "
                 "(b)."),
            heading("REASONS FOR DECISION"),
            body("The Ofsted and CQC inspection of the Leicester local area partnership in November 2024 found "
                 "that the partnership's arrangements lead to inconsistent experiences and outcomes. Two of "
                 "the four areas for improvement that the inspectors identified bear directly on this "
                 "decision: that too many children wait too long for an autism or ADHD assessment, with little "
                 "support in the meantime; and that there are not enough specialist places in the city for "
                 "secondary-age pupils with complex needs, so that many travel to placements outside "
                 "Leicester."),
        ],
        [
            heading("ALTERNATIVE OPTIONS CONSIDERED"),
            body("To continue to commission places from independent providers outside the city. This was "
                 "rejected as more costly and as keeping children away from their communities."),
            heading("CONSULTATION"),
            body("The Leicester Parent Carer Forum and the Children, Young People and Education Scrutiny "
                 "Commission (meeting of 05.03.2025) were consulted."),
            heading("DECLARATIONS OF INTEREST"),
            body("None."),
            Spacer(1, 12),
            body("Signed: Sir Anthony Brackenbury-Hale, City Mayor"),
            body("Date of publication: 03/04/2025. This decision may be implemented from 11 April 2025 unless "
                 "called in."),
        ],
    ]
    return write("leicester/round6-2025-04-02-city-mayor/Record of Decision - SEND Sufficiency.pdf", pages,
                 "Leicester City Council", "Executive Decision - City Mayor",
                 "Published under the Executive Arrangements Regulations 2012")


def kingston_report() -> Path:
    """An officer report: a heading per remaining weakness, DfE reviews, recommendations and contacts."""
    pages = [
        [
            title("Royal Borough of Kingston upon Thames"),
            body("<b>Children's and Adults' Care and Education Committee</b>"),
            body("<b>Date: 7 November 2023</b>"),
            body("<b>Accelerated Progress Plan for SEND: Update</b>"),
            body("<b>Report by:</b> Director of Children's Services, Achieving for Children"),
            body("<b>Status:</b> For information and comment"),
            heading("Summary"),
            body("This report updates the Committee on the Accelerated Progress Plan (APP) that Kingston "
                 "agreed with the Department for Education after the Ofsted and CQC re-visit of November "
                 "2022. The APP was approved by the DfE on 21 March 2023. The first six-monthly review by the "
                 "DfE and NHS England took place on 12 October 2023; advisers judged that progress was "
                 "being made but that it was not yet consistent across schools."),
            heading("Recommendations"),
            body("The Committee is recommended to:"),
            body("1. note the progress made against the Accelerated Progress Plan; and"),
            body("2. agree that a further report is brought to the Committee after the next DfE review, "
                 "expected in April 2024."),
            heading("Background"),
            body("1. The re-visit letter of 27 January 2023 found that the local area had not made sufficient "
                 "progress in two of the five areas of significant weakness identified in the 2019 "
                 "inspection. These two areas are the subject of the APP and are described below."),
        ],
        [
            heading("Area 1: SEN support in mainstream schools"),
            body("2. Mainstream schools vary too much in how well they identify and meet the needs of pupils "
                 "receiving SEN support, and too many of these pupils are referred for an EHC needs "
                 "assessment because schools have not been able to put the right support in place."),
            body("3. Since the plan was approved, every school has received the SEN support toolkit and 46 of "
                 "the borough's 52 schools have had a visit from an inclusion adviser."),
            heading("Area 2: Transition to adult health services"),
            body("4. Planning for young people moving from children's to adult health services starts too "
                 "late and does not involve the young person and their family well enough."),
            body("5. A transition nurse was appointed at Kingston Hospital in March 2023 and a joint clinic for "
                 "young people aged 17 has been running since April 2023."),
            heading("Financial implications"),
            body("6. The APP is funded from existing budgets and from the Safety Valve agreement."),
            heading("Contact officers"),
            table([
                ["Name", "Role", "Contact"],
                ["Wilhelmina Obst-Carver", "Associate Director, SEND and Inclusion",
                 "wilhelmina.obst-carver@achievingforchildren.org.uk<br/>020 8547 5012"],
                ["Declan Morrow-Yates", "APP Programme Manager",
                 "declan.morrow-yates@achievingforchildren.org.uk"],
            ], [4.5 * cm, 5 * cm, 6.5 * cm]),
        ],
    ]
    return write("kingston-upon-thames/round6-2023-11-07-childrens-and-adults-care-and-education-committee/"
                 "APP for SEND Update.pdf", pages,
                 "Kingston upon Thames - Children's and Adults' Care and Education Committee", "7 November 2023",
                 "Achieving for Children", page_label="Page {n}")


def bracknell_minutes() -> Path:
    """Short panel minutes: 'RESOLVED that' inside paragraphs and a re-visit's remaining weakness in prose."""
    pages = [
        [
            title("BRACKNELL FOREST COUNCIL"),
            body("<b>CHILDREN, YOUNG PEOPLE AND LEARNING OVERVIEW AND SCRUTINY PANEL</b>"),
            body("<b>26 SEPTEMBER 2023</b>"),
            body("<b>7.30 - 9.10 PM</b>"),
            body("<u>Present:</u> Councillors Ashwell-Ferris (Chair), Bhandari (Vice-Chair), Dunleavy, Kettering, "
                 "Moncrieff, Parfitt and Szymanski"),
            body("<u>Executive Member:</u> Councillor Pauline Redfearn"),
            body("<u>Also Present:</u> Grainne Ashworth-Pike, Executive Director: People; Lucinda Farebrother, "
                 "Assistant Director: Education and Learning; Connor Ruddle, Governance and Scrutiny Officer"),
            body("<u>Apologies for absence were received from:</u> Councillor Whitlock"),
            heading("13. Minutes and Matters Arising"),
            body("RESOLVED that the minutes of the meeting of the Panel held on 20 June 2023 be approved as a "
                 "correct record and signed by the Chair."),
            heading("14. SEND Re-visit Outcome"),
            body("The Assistant Director: Education and Learning reported that Ofsted and the CQC had re-visited "
                 "the area on 10, 11 and 12 July 2023 and that their letter had been published on 1 September "
                 "2023. The inspectors concluded that the area had made sufficient progress in addressing three "
                 "of the four significant weaknesses identified in 2021. The weakness that remains concerns the "
                 "underdeveloped arrangements for preparing young people with SEND for adulthood, including "
                 "the small number with a clear plan for education, employment or training after 16."),
            body("The Department for Education would now expect an Accelerated Progress Plan, to be agreed by "
                 "the end of November 2023. Members asked how many young people had been offered a supported "
                 "internship; the Assistant Director said there were 14 places this year against 5 last year."),
            body("Having considered the report, the Panel thanked officers and the Parent Carer Forum for "
                 "their work. RESOLVED that the Panel notes the re-visit letter and asks to review the draft "
                 "Accelerated Progress Plan at its meeting on 14 November 2023."),
            heading("15. Work Programme"),
            body("The Panel noted the work programme."),
        ],
    ]
    return write("bracknell-forest/round6-2023-11-14-children-young-people-and-learning-overview-and-scrutiny-panel/"
                 "Minutes 26 September 2023.pdf", pages,
                 "Children, Young People and Learning Overview and Scrutiny Panel", "26 September 2023",
                 "Unrestricted", page_label="{n}")


def main() -> None:
    for make in (southwark_minutes, leicester_mayoral_decision, kingston_report, bracknell_minutes):
        print(make().relative_to(CORPUS))


if __name__ == "__main__":
    main()
