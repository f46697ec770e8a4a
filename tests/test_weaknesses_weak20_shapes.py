"""Weaknesses in long-PDF and common shapes rounds 28 to 31 missed or misread, one class each, on invented pages
(helper weak20): a recommendations list whose clauses open with the deciding body's verb in the third person
("It is recommended that Cabinet: (i) notes ... (ii) endorses ...") is no list of findings; knowing the weaknesses is
praise; a decision record's "Alternative options considered and rejected:" is no finding; a closing ", which are
addressed in ..." clause ends an enumeration; an ask counting the areas before a colon names them after it;
infinitives after the colon of an inspection's clause naming the findings are findings; a footnote's number after a
full stop still ends the sentence pointing to the numbered paragraphs; a row's wrapped last cell is no header, and a
table row read as a sentence no finding; counted findings "which concerned A, and B" are A and B."""

from __future__ import annotations

from tests.weakness_pages import texts


# Recommendations in the third person under "It is recommended that Cabinet:" -------------------------------------

THIRD_PERSON_RECOMMENDATIONS = (
    "Purpose of the report\n"
    "To update Cabinet on the progress made against the Written Statement of Action, which answers the areas of\n"
    "significant weakness found by the joint local area SEND inspection.\n"
    "Recommendations\n"
    "It is recommended that Cabinet:\n"
    "(i) notes the progress made against each of the four areas of significant weakness, as set out in\n"
    "Appendix A;\n"
    "(ii) endorses the SEND board's view that three areas are on track and one needs further work;\n"
    "(iii) agrees that the board report to Cabinet again in the spring; and\n"
    "(iv) delegates to the Director of Children's Services the approval of the evidence for the re-visit.\n"
    "1. Background\n"
    "1.1 The inspection took place in March 2019.\n"
)


def test_third_person_recommendations_are_no_findings():
    assert texts(THIRD_PERSON_RECOMMENDATIONS) == []


# Knowing the weaknesses is praise ------------------------------------------------------------------------------

KNOWS_ITS_WEAKNESSES = (
    "4. Inspection outcome\n"
    "4.1 Ofsted and the CQC inspected the local area partnership in February 2025. The inspection found two\n"
    "areas for improvement.\n"
    "4.2 Area for improvement 1: Leaders should reduce the time that families wait for an autism\n"
    "assessment.\n"
    "4.3 Area for improvement 2: Leaders should improve the quality of annual reviews of EHC plans.\n"
    "4.4 Inspectors also reported that leaders have a clear understanding of the partnership's weaknesses,\n"
    "and that schools value the outreach service.\n"
    "5. Next steps\n"
    "5.1 The partnership will publish its updated plan in the summer.\n"
)


def test_an_understanding_of_the_weaknesses_is_praise_not_a_finding():
    found = texts(KNOWS_ITS_WEAKNESSES)
    assert not any("understanding" in text for text in found)


def test_no_understanding_of_the_weaknesses_is_still_a_finding():
    from pipeline.extract.weaknesses import item_cues
    assert item_cues.is_praise("leaders have an accurate understanding of the area's weaknesses")
    assert not item_cues.is_praise("leaders do not have an accurate understanding of the area's weaknesses")


# A decision record's "Alternative options considered and rejected:" --------------------------------------------

DECISION_FIELDS = (
    "Decisions of the Cabinet\n"
    "7. SEND: end of monitoring and the new SEND Strategy\n"
    "Consideration was given to a report on the end of formal monitoring of the Written Statement of Action,\n"
    "which had answered the areas of significant weakness found by the joint SEND inspection.\n"
    "RESOLVED\n"
    "(i) That the SEND Strategy 2025-2028 be approved.\n"
    "Reasons for the decision: The strategy sets the partnership's priorities now that the inspection's\n"
    "weaknesses have been addressed. Alternative options considered and rejected: To keep the old plan\n"
    "unchanged: rejected, as its actions are complete and its scope was limited to two areas.\n"
    "8. Treasury management\n"
)


def test_a_decision_records_alternative_options_are_no_finding():
    assert texts(DECISION_FIELDS) == []


# A closing clause saying where the enumerated items are dealt with ---------------------------------------------

POINTED_ON = (
    "Ofsted and the CQC inspected the local area partnership in March 2025. The inspection report found that the "
    "partnership's arrangements lead to inconsistent experiences and outcomes for children and young people with "
    "SEND. Inspectors identified three areas for improvement, relating to the timeliness of annual reviews, the "
    "support for children who are not in school, and the advice given to young people about their options after "
    "16, which are addressed in the third part of the plan.\n"
)


def test_a_closing_which_are_addressed_in_clause_is_no_part_of_the_last_item():
    found = texts(POINTED_ON)
    assert found[-1] == "the advice given to young people about their options after 16"
    assert not any("addressed" in text for text in found)


# An ask that counts the areas before a colon and names them after it ------------------------------------------

ASKS_COUNTED_AREAS = (
    "What the inspectors said\n\n"
    "Ofsted and the CQC inspected the local area partnership in May 2025. Inspectors found that children and young "
    "people with SEND often have inconsistent experiences and outcomes.\n\n"
    "The report sets out two priority actions:\n\n"
    "• Leaders should reduce the time that families wait for an assessment of autism.\n\n"
    "• Leaders should improve the way schools and health services share information about children.\n\n"
    "{ask} to improve three further areas: the timeliness of annual reviews, the range of short breaks, and the "
    "advice for young people about work.\n\n"
    "Our plan\n\nWe will publish our plan in June.\n"
)


def test_areas_counted_before_a_colon_in_an_ask_are_findings():
    for ask in ("It also asks leaders", "The report also asks the partnership"):
        assert texts(ASKS_COUNTED_AREAS.replace("{ask}", ask))[2:] == [
            "the timeliness of annual reviews", "the range of short breaks", "the advice for young people about work"]


def test_an_ask_of_members_to_consider_areas_is_no_finding():
    page = ASKS_COUNTED_AREAS.replace("{ask}", "The chair asks members").replace("to improve three", "to consider three")
    assert len(texts(page)) == 2


# Infinitives after the colon of an inspection's clause naming the findings -------------------------------------

NAMED_INFINITIVES = (
    "Ofsted and the CQC inspected the local area partnership between 3 and 7 March 2025. The report found that the "
    "partnership's arrangements lead to inconsistent experiences and outcomes for children and young people with "
    "SEND.\n\n"
    "{clause}: to reduce the time families wait for an autism assessment; and to improve the quality of the advice "
    "given to young people about work.\n\n"
    "The partnership submitted its plan on 2 May 2025.\n"
)


def test_infinitives_after_an_inspections_named_findings_are_findings():
    assert texts(NAMED_INFINITIVES.replace("{clause}", "Inspectors identified two priority actions")) == [
        "to reduce the time families wait for an autism assessment",
        "to improve the quality of the advice given to young people about work",
    ]


def test_infinitives_after_the_councils_own_clause_stay_responses():
    page = NAMED_INFINITIVES.replace("{clause}", "Our plan answers the two priority actions in two ways")
    assert texts(page) == []


# A footnote's number after the full stop of the sentence pointing to the numbered paragraphs --------------------

FOOTNOTED_POINTER = (
    "3 Background\n"
    "3.1 Ofsted and the CQC inspected the local area partnership in May 2025 and published their report on\n"
    "1 July 2025. The partnership received the middle of the three outcomes.\n"
    "3.2 Inspectors set out two priority actions and three areas for improvement, which are reproduced in\n"
    "paragraphs 3.3 to 3.7 below.1\n"
    "3.3 Priority action 1: Leaders should improve the quality of EHC plans, so that they describe children's\n"
    "needs accurately and are updated when those needs change.\n"
    "3.4 Priority action 2: Leaders should set up joint governance of the partnership's SEND services.\n"
    "3.5 Area for improvement 1: Leaders should reduce the time that families wait for a speech and language\n"
    "therapy assessment, and ensure that families are supported while they wait.\n"
    "3.6 Area for improvement 2: Leaders should improve the way they communicate with parents and carers,\n"
    "and the information in the local offer, so that families know what support is available.\n",
    "3.7 Area for improvement 3: Leaders should make sure that young people with SEND get timely advice about\n"
    "their options after the age of 16.\n"
    "3.8 A strategic improvement plan will be agreed by the SEND Partnership Board in September.\n",
)


def test_numbered_paragraphs_pointed_to_by_a_sentence_with_a_footnote_number():
    found = texts(*FOOTNOTED_POINTER)
    assert len(found) == 5
    assert all("Leaders should" in text for text in found)
    assert "the information in the local offer" in found[3] and "after the age of 16" in found[4]


# A risk table's wrapped cell is no header ------------------------------------------------------------------------

RISK_TABLE = (
    "4 Background\n"
    "4.1 Ofsted and the CQC inspected the local area partnership in May 2025 and found that children and young\n"
    "people with SEND often have inconsistent experiences and outcomes.\n"
    "6 Risk Implications\n"
    "Risk Likelihood Impact Mitigation\n"
    "The plan's actions are not delivered on time | Medium | High | Programme office; monthly\n"
    "Improvement Board reviews of every action\n"
    "Recruitment of therapists is not achieved | High | High | Regional workforce plan\n"
    "Demand for assessments continues to rise faster than capacity | High | Medium | Early help hubs\n"
    "7 Equality Implications\n"
    "7.1 None.\n"
)


def test_a_rows_wrapped_last_cell_is_not_a_header_naming_weaknesses():
    assert texts(RISK_TABLE) == []


def test_a_risk_rows_cells_are_not_one_sentence_naming_a_shortfall():
    page = RISK_TABLE.replace("The plan's actions are not delivered on time",
                              "The re-visit finds insufficient progress in one or more areas")
    assert texts(page) == []


# Counted findings whose relative clause says what they concern -----------------------------------------------

def test_counted_findings_which_concerned_a_and_b():
    page = (
        "Minutes\n\n"
        "12.3 The inspection report identified two priority actions, which concerned the speed of assessments for "
        "autism, and the support for children who cannot attend school full time. It also identified two areas for "
        "improvement: the advice given to young people about work, and the range of short breaks.\n\n"
        "12.4 Members asked about the timetable for the plan.\n"
    )
    assert texts(page) == [
        "the speed of assessments for autism",
        "the support for children who cannot attend school full time",
        "the advice given to young people about work",
        "the range of short breaks",
    ]
