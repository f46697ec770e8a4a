"""Weaknesses in the shapes round 6 missed, one class of phrasing each, on invented pages (session 6,
helper weak7): findings enumerated inside one bullet's sentence, tables read row by row (a web table's
negated ratings, a PDF table broken by a page), a numbered heading per area over its paragraph, one
weakness "that remains", two quotations in one sentence, an item with its own "including"."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline.extract.weaknesses import sentences
from tests.weakness_pages import extract, texts
from pipeline.text.pdf import TABLE_ROWS, read_pdf



# Findings enumerated inside one sentence of a summary bullet ----------------------------------------

def test_areas_named_then_told_as_that_clauses_after_which_were():
    page = (
        "Item 6: Outcome of the area SEND inspection\n\n"
        "The Board received a summary of the inspection report from the Assistant Director:\n\n"
        "• Ofsted and the CQC had set out three areas for priority action, which were that commissioners must"
        " cut the wait for an occupational therapy assessment, that the council must make its annual reviews"
        " timely, and that school leaders must stop the informal exclusion of pupils with SEND;\n"
        "• a plan would follow within the statutory period.\n"
    )
    found = extract(page)
    assert [item.text for item in found] == [
        "commissioners must cut the wait for an occupational therapy assessment",
        "the council must make its annual reviews timely",
        "school leaders must stop the informal exclusion of pupils with SEND",
    ]
    assert all("sentence:named-that" in item.evidence for item in found)


def test_areas_for_improvement_relating_to_an_enumeration():
    page = (
        "The inspection letter was summarised for the Panel:\n\n"
        "• the local area partnership had two areas for improvement, relating to the accuracy of the"
        " information on the local offer website, and the planning of transport for post-16 students;\n"
        "• the partnership's next full inspection would take place within three years.\n"
    )
    found = extract(page)
    assert [item.text for item in found] == [
        "the accuracy of the information on the local offer website",
        "the planning of transport for post-16 students",
    ]
    assert all("count:2/2" in item.evidence for item in found)


def test_stock_concerns_about_the_outcome_are_not_an_enumeration():
    page = (
        "The SEND inspection report, published in March, found widespread and/or systemic failings leading to"
        " significant concerns about the experiences and outcomes of children and young people with SEND.\n"
    )
    assert texts(page) == []


# Tables read row by row -------------------------------------------------------------------------------

def test_web_table_rows_judged_not_yet_sufficient_are_read_and_its_header_cells_are_not():
    page = (
        "The report informs the Committee of the outcome of the re-visit by Ofsted and the CQC to the local area"
        " in January, and of the plan the Department for Education now expects.\n\n"
        "The 2021 inspection of the local area found three areas of significant weakness. The re-visit letter"
        " judged each of them as set out below:\n\n"
        "Weakness identified at the inspection (2021)\n\n"
        "Progress judged at the re-visit\n\n"
        "Leaders' plans for short breaks were out of date\n\n"
        "Sufficient progress\n\n"
        "Too few health assessments were completed on time\n\n"
        "Not yet sufficient progress\n\n"
        "Families were not told how decisions about their plans were made\n\n"
        "Insufficient progress\n\n"
        "The plan sets out the actions to be taken on the two areas where progress was not sufficient. It must be"
        " sent to the Department for Education within eight weeks and will be reviewed every six months.\n\n"
        "The Committee noted the report and asked for an update in the spring.\n"
    )
    assert texts(page) == [
        "Leaders' plans for short breaks were out of date",
        "Too few health assessments were completed on time",
        "Families were not told how decisions about their plans were made",
    ]


def test_pdf_table_rows_go_on_after_a_page_break_without_their_header():
    first = (
        "7. SEND INSPECTION\n"
        "The Head of Inclusion set out the inspectors' areas for improvement and who leads on each:\n"
        "Area for improvement Lead officer\n"
        "Leaders should check that plans for children in care are reviewed on time. | Head of Virtual School\n"
        "Commissioners should shorten the wait for wheelchair assessments. | ICB Commissioning Lead\n"
    )
    second = (
        "School leaders should reduce the use of part-time timetables. | Head of Inclusion\n"
        "RESOLVED: That the report be noted.\n"
    )
    found = extract(first, second)
    assert [item.text for item in found] == [
        "Leaders should check that plans for children in care are reviewed on time.",
        "Commissioners should shorten the wait for wheelchair assessments.",
        "School leaders should reduce the use of part-time timetables.",
    ]
    assert "table:continued" in found[-1].evidence and found[-1].page == 2


def test_pdf_table_rows_go_on_below_a_running_header_on_the_next_page():
    first = (
        "The SEND re-visit letter named two weaknesses that remain, with the officer leading on each:\n"
        "Weakness identified Lead officer\n"
        "Too few pupils with SEND in mainstream schools get the therapy in their plans | Head of SEND\n"
    )
    second = (
        "Westshire County Council - Scrutiny Panel 4 June 2024\n"
        "Page 3\n"
        "Families are not told how long they will wait for an autism assessment | ICB Place Lead\n"
        "The Panel noted the update.\n"
    )
    assert texts(first, second) == [
        "Too few pupils with SEND in mainstream schools get the therapy in their plans",
        "Families are not told how long they will wait for an autism assessment",
    ]


def test_piped_rows_after_a_page_break_under_no_table_of_weaknesses_are_not_read():
    first = (
        "The SEND inspection report was noted. Officers attending:\n"
        "Name Role\n"
        "Ann Smith | Head of SEND\n"
    )
    second = "Lee Jones | Head of Inclusion Services\n"
    assert texts(first, second) == []


def descender_table_pdf() -> bytes:
    """A line full of descenders right above a ruled table whose rows wrap, no space between them."""
    styles = getSampleStyleSheet()
    tight = ParagraphStyle("tight", parent=styles["BodyText"], spaceBefore=0, spaceAfter=0)
    cell = styles["BodyText"]
    rows = [("Area for improvement", "Lead"),
            ("Leaders should make sure that every plan is reviewed with the family within the year and"
             " that the review changes the plan when needs change.", "Head of SEND"),
            ("Commissioners should reduce the wait for speech and language therapy for pupils in"
             " mainstream schools.", "ICB Place Lead")]
    table = Table([[Paragraph(a, cell), Paragraph(b, cell)] for a, b in rows], colWidths=[340, 110])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([
        Paragraph("The inspectors' areas for improvement, and the groups applying to lead them, are set out"
                  " in the typography appendix, page eighty:", tight),
        table,
    ])
    return buffer.getvalue()


def test_a_table_right_below_a_line_with_descenders_is_read_a_row_a_line():
    pages, methods, _, _ = read_pdf(descender_table_pdf())
    assert methods == [TABLE_ROWS]
    assert "Commissioners should reduce the wait for speech and language therapy for pupils in mainstream" \
           " schools. | ICB Place Lead" in pages[0].splitlines()


# A numbered heading per area over its report paragraph ------------------------------------------------

def test_area_headings_over_numbered_paragraphs_give_the_first_paragraph_each():
    page = (
        "3. The re-visit found that the partnership had not made enough progress in three of its six areas of"
        " weakness. The three areas are explained below.\n"
        "Area 1: Post-16 pathways\n"
        "4. Too few young people with EHC plans move into employment, training or supported internships when\n"
        "they leave school.\n"
        "5. A supported internship programme with two employers began in September.\n"
        "Area 2: Joint commissioning\n"
        "6. Education, health and care leaders do not yet commission services together, so gaps in therapy\n"
        "provision persist.\n"
        "7. A joint commissioning board has met twice.\n"
        "Area 3: The local offer\n"
        "8. The local offer is hard to navigate and many families do not use it.\n"
        "9. Budget\n"
    )
    found = extract(page)
    assert [item.text for item in found] == [
        "Too few young people with EHC plans move into employment, training or supported internships when"
        " they leave school.",
        "Education, health and care leaders do not yet commission services together, so gaps in therapy"
        " provision persist.",
        "The local offer is hard to navigate and many families do not use it.",
    ]
    assert all("count:3/3" in item.evidence and "headings:numbered-areas" in item.evidence for item in found)


def test_area_headings_on_a_web_page_after_an_intro_that_promises_them():
    page = (
        "Our SEND inspection: what happens next\n\n"
        "Ofsted and the CQC inspected our local area partnership in May. They found two areas for improvement,"
        " set out below.\n\n"
        "Area 1: Pupils with SEND in mainstream schools\n\n"
        "Pupils on SEN support in mainstream schools do not always get the help they need, and too many are"
        " excluded.\n\n"
        "We have set up an inclusion team.\n\n"
        "Area 2: Waiting for therapy\n\n"
        "Children wait too long for occupational therapy.\n\n"
        "We have recruited four therapists.\n"
    )
    found = extract(page)
    assert [item.text for item in found] == [
        "Pupils on SEN support in mainstream schools do not always get the help they need, and too many are"
        " excluded.",
        "Children wait too long for occupational therapy.",
    ]
    assert all("count:2/2" in item.evidence for item in found)


def test_area_headings_over_plain_statements_are_not_weaknesses():
    page = (
        "The SEND strategy was reviewed after the inspection report.\n"
        "Area 1: North locality\n"
        "2. The north locality team moved to the new hub in May.\n"
        "Area 2: South locality\n"
        "3. The south locality team recruited two new officers.\n"
    )
    assert texts(page) == []


# One weakness stated in prose, two quotations, a pronoun ---------------------------------------------

def test_the_weakness_that_remains_concerns():
    page = (
        "The Service Director reported that SEND inspectors had re-visited the area in May and found sufficient"
        " progress in four of the five areas. The one weakness which is still outstanding relates to the"
        " variable quality of annual reviews, particularly for pupils in independent schools.\n"
    )
    assert texts(page) == [
        "The one weakness which is still outstanding relates to the variable quality of annual reviews,"
        " particularly for pupils in independent schools"
    ]


def test_two_quotations_in_one_reported_sentence_are_two_items():
    page = (
        "The SEND inspection letter was received in March. The inspection report said that \u201cleaders should"
        " check that advice from therapists is included in plans and that plans are finalised on time\u201d,"
        " and that \u201cthe council should improve how it informs families about the short breaks on"
        " offer\u201d.\n"
    )
    assert texts(page) == [
        "\u201cleaders should check that advice from therapists is included in plans and that plans are"
        " finalised on time\u201d",
        "\u201cthe council should improve how it informs families about the short breaks on offer\u201d",
    ]


def test_and_that_inside_a_quotation_does_not_split_it():
    text = 'stated that "A should do B and that C follows", and that "D should do E"'
    start = text.index("that") + len("that ")
    assert [text[a:b] for a, b in sentences.that_clauses(text, start)] == [
        '"A should do B and that C follows"', '"D should do E"']


def test_and_that_inside_a_single_quotation_does_not_split_it():
    text = "stated that ‘the ICB’s leaders should do B and that C follows’, and that ‘D should do E’"
    start = text.index("that") + len("that ")
    assert [text[a:b] for a, b in sentences.that_clauses(text, start)] == [
        "‘the ICB’s leaders should do B and that C follows’", "‘D should do E’"]


def test_a_remark_on_progress_with_a_pronoun_subject_is_not_a_weakness():
    page = (
        "The DfE review of the SEND plan took place in June; advisers concluded that progress had been made"
        " but that it was not yet consistent across the borough.\n"
    )
    assert texts(page) == []


# An item with its own "including" after the colon ---------------------------------------------------

def test_including_inside_an_item_after_the_colon_stays_with_it():
    page = (
        "The SEND re-visit letter was published in May. Inspectors judged that two significant weaknesses"
        " remained: the oversight of alternative provision, including the checks made on unregistered"
        " settings; and the slow recruitment of educational psychologists.\n"
    )
    assert texts(page) == [
        "the oversight of alternative provision, including the checks made on unregistered settings",
        "the slow recruitment of educational psychologists",
    ]


# Themes ----------------------------------------------------------------------------------------------

def test_moving_from_childrens_to_adult_services_is_preparing_for_adulthood():
    from pipeline.extract.weaknesses import themes

    assert themes.assign("Young people transferring from paediatric to adult care get little help to plan the"
                         " move.")[0] == "preparing-for-adulthood"


def test_using_the_information_held_is_data_oversight():
    from pipeline.extract.weaknesses import themes

    assert themes.assign("Commissioners rarely make use of the data they collect to see whether therapy improves"
                         " pupils' outcomes.")[0] == "data-oversight"


# Variants of the same classes ----------------------------------------------------------------------

def test_a_passive_reporting_verb_has_no_speaker_to_doubt():
    page = (
        "The SEND inspection report was discussed. Two areas for priority action were identified, namely that"
        " managers must shorten the wait for a sensory assessment, and that the council must answer families'"
        " letters within ten days.\n"
    )
    found = extract(page)
    assert len(found) == 2 and all("someone-says" not in item.evidence for item in found)
    # each clause of the "that" series without its "that", as the first
    assert found[1].text == "the council must answer families' letters within ten days"


def test_areas_for_improvement_identified_in_an_enumeration():
    page = (
        "The SEND inspection letter was published in July. Inspectors identified areas for improvement in the"
        " checks made on tuition agencies, the help given to parents at tribunal and the speed of transport"
        " decisions.\n"
    )
    assert texts(page) == ["the checks made on tuition agencies", "the help given to parents at tribunal",
                           "the speed of transport decisions"]


def test_the_weakness_still_to_be_addressed():
    page = ("The SEND re-visit letter arrived in June. The weakness still to be tackled concerns the poor uptake"
            " of personal budgets.\n")
    assert texts(page) == ["The weakness still to be tackled concerns the poor uptake of personal budgets"]


def test_a_weakness_heading_gives_its_paragraph_not_its_title():
    page = (
        "2. The SEND re-visit found two weaknesses still open, set out below.\n"
        "Weakness 1 - Therapy in special schools\n"
        "3. Pupils in special schools wait too long for physiotherapy, and some miss it for a whole term.\n"
        "4. A second physiotherapist started in May.\n"
        "Weakness 2 - Respite care\n"
        "5. Too few families can get overnight respite when they need it.\n"
        "6. Next steps\n"
    )
    assert texts(page) == [
        "Pupils in special schools wait too long for physiotherapy, and some miss it for a whole term.",
        "Too few families can get overnight respite when they need it.",
    ]


def test_a_labelled_title_that_judges_is_the_finding_and_its_paragraph_is_not():
    page = (
        "The SEND inspection letter set out two priority actions.\n"
        "Priority action 1: Waits for dyslexia screening are too long\n"
        "The partnership has funded a second screening clinic since the letter.\n"
        "Priority action 2: Too many reviews are late\n"
        "A new reviewing officer was recruited in June.\n"
    )
    assert texts(page) == ["Waits for dyslexia screening are too long", "Too many reviews are late"]


def test_web_table_with_a_judgement_column_and_a_commentary_column():
    page = (
        "This report tells the Panel what the Ofsted and CQC re-visit to the local area found in March, and what"
        " the Department for Education expects next.\n\n"
        "At the 2022 inspection the local area was found to have two areas of significant weakness. The letter"
        " judged progress on each as below:\n\n"
        "Area of significant weakness\n\n"
        "Judgement\n\n"
        "Commentary\n\n"
        "Children with SEND are not identified early enough in the early years\n\n"
        "The area has made sufficient progress.\n\n"
        "Health visitors now check every child at two and share concerns with nurseries, so more needs are"
        " picked up before school.\n\n"
        "Parents do not trust the council to keep them informed\n\n"
        "The area has not made sufficient progress.\n\n"
        "Parents told inspectors that letters still go unanswered and that the helpline is often closed.\n\n"
        "The Panel noted the report and thanked the parent carer forum for its work.\n"
    )
    assert texts(page) == ["Children with SEND are not identified early enough in the early years",
                           "Parents do not trust the council to keep them informed"]


# An inspection's recommendations are its areas for improvement; a committee report's are not -------------

def test_recommendations_an_inspection_made_in_one_sentence():
    page = (
        "The SEND inspection letter was published in May. The inspectors made two recommendations: that the"
        " council publish clearer guidance on school transport, and that the ICB shorten the wait for"
        " occupational therapy.\n"
    )
    found = extract(page)
    assert [item.text for item in found] == ["the council publish clearer guidance on school transport",
                                             "the ICB shorten the wait for occupational therapy"]
    assert all("sentence:inspection-recommends" in item.evidence for item in found)


def test_recommendations_an_inspection_made_as_a_list():
    page = (
        "The area SEND inspection letter was published in May and the outcome was the most positive.\n\n"
        "The inspectors made two recommendations:\n\n"
        "• Leaders should check that pupils on part-time timetables return to full time quickly.\n\n"
        "• The ICB should publish how long families wait for each therapy.\n\n"
        "The Committee thanked officers for the report.\n"
    )
    found = extract(page)
    assert [item.text for item in found] == [
        "Leaders should check that pupils on part-time timetables return to full time quickly.",
        "The ICB should publish how long families wait for each therapy."]
    assert all("intro:inspection-recommends" in item.evidence for item in found)


def test_a_committee_reports_own_recommendations_are_not_weaknesses():
    page = (
        "The report on the SEND inspection outcome was presented. The report made two recommendations: that the"
        " Committee note the inspection outcome, and that it agree the action plan.\n\n"
        "The Committee is recommended to:\n\n"
        "• note the outcome of the inspection;\n\n"
        "• agree the plan.\n"
    )
    assert texts(page) == []


def test_needed_to_improve_in_a_number_of_areas_then_a_colon():
    page = (
        "Ofsted and the CQC published their SEND inspection letter. It said the partnership needed to improve in"
        " three areas: the speed of transport decisions; the support for children missing education; and the"
        " way complaints are answered.\n"
    )
    assert texts(page) == ["the speed of transport decisions", "the support for children missing education",
                           "the way complaints are answered"]
