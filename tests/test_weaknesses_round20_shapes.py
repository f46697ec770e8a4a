"""Weaknesses in the common real shapes round 20 missed, one class each, on invented pages (helper weak17): an
intro whose tail points at the weaknesses it has just named ("..., which were:") whatever it says was done about
them; a re-visit's verdict on a count of its weaknesses straight over their list; a web page's list that lost its
bullets, set one line an item after a blank line; a form's header fields are no intro; a table row's first cell
that labels the finding ("Priority action 1") only numbers the row; knowing the strengths and weaknesses is no
shortfall."""

from __future__ import annotations

from tests.weakness_pages import texts


# An intro's tail pointing at the weaknesses it named: "..., which were:" -----------------------------------

def test_progress_against_the_areas_of_weakness_which_were():
    page = (
        "Minutes:\n\n"
        "The Cabinet Member reminded the panel that Ofsted and the CQC had inspected the local area in 2022 and that"
        " the inspection letter had identified five areas of significant weakness.\n\n"
        "The Assistant Director outlined the progress made against each of the areas of significant weakness,"
        " which were:\n\n"
        "• the slow completion of needs assessments\n\n"
        "• the patchy offer of short breaks for disabled children\n\n"
        "• the unclear routes into adult social care\n\n"
        "Members thanked officers for the update.\n"
    )
    assert texts(page) == [
        "the slow completion of needs assessments",
        "the patchy offer of short breaks for disabled children",
        "the unclear routes into adult social care",
    ]


def test_a_response_to_the_areas_for_improvement_which_are():
    page = (
        "1. Background\n\n"
        "1.1 The area SEND inspection report by Ofsted and the CQC was published in March 2025.\n\n"
        "1.2 This report explains how the partnership has responded to the areas for improvement, which are:\n\n"
        "- waiting times for speech and language therapy are too long\n"
        "- the local offer is hard for families to find and use\n\n"
        "2. Recommendations\n"
    )
    assert texts(page) == [
        "waiting times for speech and language therapy are too long",
        "the local offer is hard for families to find and use",
    ]


def test_the_pointer_after_what_named_the_areas_or_in_a_sentence_of_its_own():
    named_by = (
        "Ofsted and the CQC inspected the local area in 2023.\n\n"
        "The Head of SEND reported on the progress made against the areas of weakness identified in the letter,"
        " namely:\n\n"
        "• the slow completion of needs assessments\n\n"
        "• the patchy offer of short breaks for disabled children\n"
    )
    pointer_apart = named_by.replace(" identified in the letter,\n namely:", ".").replace(
        " identified in the letter, namely:", " found by inspectors. These were:")
    expected = ["the slow completion of needs assessments", "the patchy offer of short breaks for disabled children"]
    assert texts(named_by) == expected
    assert texts(pointer_apart) == expected


def test_progress_made_against_the_areas_without_the_pointer_stays_a_response():
    page = (
        "Ofsted and the CQC inspected the local area in 2022 and identified areas of significant weakness.\n\n"
        "The Assistant Director outlined the progress made against each of the areas of significant weakness:\n\n"
        "• a new assessment hub has opened in the north of the county\n\n"
        "• a short breaks statement has been published on the website\n"
    )
    assert texts(page) == []


def test_strengths_which_were_are_no_weaknesses():
    page = (
        "Ofsted and the CQC inspected the local area in 2022.\n\n"
        "The Director said the letter had praised several strengths, which were:\n\n"
        "• the commitment of frontline staff\n\n"
        "• the work of the parent carer forum\n"
    )
    assert texts(page) == []


# A re-visit's verdict on a count, straight over its list; items a line each after a blank line --------------

REVISIT_PAGE = (
    "Our SEND revisit\n\n"
    "Ofsted and the CQC came back to the borough in May 2024 to check the progress made since the 2021 inspection."
    " The revisit letter was published in July 2024.\n\n"
    "Inspectors found that the area has made sufficient progress in tackling two of the four significant"
    " weaknesses:\n\n"
    "the late sharing of health advice for needs assessments\n"
    "the weak monitoring of children missing education\n\n"
    "Sufficient progress has not yet been made in addressing:\n\n"
    "the long delays in the autism diagnosis pathway\n"
    "the limited choice of post-16 courses for young people with SEND\n\n"
    "We have written an accelerated progress plan with our partners.\n"
)


def test_revisit_verdict_on_a_part_of_the_weaknesses_over_its_list():
    assert texts(REVISIT_PAGE)[:2] == [
        "the late sharing of health advice for needs assessments",
        "the weak monitoring of children missing education",
    ]


def test_unbulleted_lines_after_a_blank_line_below_the_intro():
    assert texts(REVISIT_PAGE)[2:] == [
        "the long delays in the autism diagnosis pathway",
        "the limited choice of post-16 courses for young people with SEND",
    ]


def test_a_verdict_of_enough_progress_with_no_count_is_no_intro():
    page = (
        "Ofsted and the CQC came back to the borough in May 2024 for their revisit.\n\n"
        "We are proud that we have made sufficient progress in our work on:\n\n"
        "the new inclusion hubs in each locality\n"
        "the parent carer forum's training programme\n"
    )
    assert texts(page) == []


# A form's header fields run together are no intro ----------------------------------------------------------

def test_front_sheet_fields_are_no_intro_over_the_report_sections():
    page = (
        "Report to: Education Scrutiny Panel\n"
        "Date: 4 June 2025\n"
        "Subject: Local Area SEND Inspection Update\n"
        "Service Area: Learning and Skills\n"
        "Wards Affected: All\n"
        "Cabinet\n"
        "Member:\n"
        "Councillor Ann Example, Cabinet Member for Learning\n"
        "1. Recommendation:\n"
        "1.1 That the Panel notes the update on the local area's SEND improvement work.\n"
        "2. Background to the report\n"
        "2.1 Ofsted and the CQC inspected the local area partnership in January 2025 and published their report\n"
        "in March 2025. The partnership has since written its improvement plan with families.\n"
        "3. Summary of the inspection outcome\n"
        "3.1 The report was shared with all schools and settings in the borough and with the parent carer forum.\n"
    )
    assert texts(page) == []


# A table row's first cell labelling its finding only numbers the row ---------------------------------------

def test_ruled_table_rows_labelled_by_kind_and_number():
    page = (
        "2. The inspection outcome\n"
        "2.1 Ofsted and the CQC inspected the partnership in October 2024. The table shows each finding and its\n"
        "current rating.\n"
        "Finding Inspection finding Rating\n"
        "Priority action 1 | Leaders should reduce the time families wait for an autism assessment. | Red\n"
        "Area for improvement 1 | Leaders should make the local offer easier for families to use. | Amber\n"
        "Area for improvement 2 | Leaders should improve the planning of transitions to adult health services. | Green\n"
        "3. Next steps\n"
    )
    assert texts(page) == [
        "Leaders should reduce the time families wait for an autism assessment.",
        "Leaders should make the local offer easier for families to use.",
        "Leaders should improve the planning of transitions to adult health services.",
    ]


# Praise under an intro that only says who spoke -------------------------------------------------------------

def test_praise_of_knowing_strengths_and_weaknesses_under_inspectors_found():
    page = (
        "Ofsted and the CQC inspected the local area partnership in February 2025.\n\n"
        "Inspectors found that:\n\n"
        "• leaders have an accurate understanding of the strengths and weaknesses of local services\n\n"
        "• too many children wait over a year for a speech and language therapy assessment\n"
    )
    assert texts(page) == ["too many children wait over a year for a speech and language therapy assessment"]


# A two-column table of strengths and improvements, its columns one after the other -------------------------

def test_two_column_table_strengths_then_improvements_in_turn():
    page = (
        "3. THE INSPECTION FINDINGS\n"
        "3.1 Ofsted and the CQC published the report of their area SEND inspection in May 2025. Its findings are\n"
        "summarised in the table below, with the full report on the Ofsted website.\n"
        "What is working well What needs to improve\n"
        "- Families speak highly of the short\n"
        "breaks service and its staff.\n"
        "- Health visitors identify needs early.\n"
        "- Leaders should shorten the waits for\n"
        "sensory assessments by occupational\n"
        "therapists.\n"
        "- Leaders should make sure that the\n"
        "Preparing for Adulthood team is involved\n"
        "from Year 9.\n"
        "3.2 The strategy has three workstreams and will be published in July 2025.\n"
    )
    assert texts(page) == [
        "Leaders should shorten the waits for sensory assessments by occupational therapists.",
        "Leaders should make sure that the Preparing for Adulthood team is involved from Year 9.",
    ]


def test_two_column_table_improvements_first():
    page = (
        "Ofsted and the CQC inspected the local area partnership in April 2025.\n"
        "Areas for development Strengths\n"
        "- Too many plans are issued late.\n"
        "- Leaders should improve the quality of annual reviews.\n"
        "- Families value the new SEND hubs.\n"
        "- Schools are well supported by the inclusion team.\n"
    )
    assert texts(page) == [
        "Too many plans are issued late.",
        "Leaders should improve the quality of annual reviews.",
    ]


def test_two_column_table_of_praise_only_gives_nothing():
    page = (
        "Ofsted and the CQC inspected the local area partnership in April 2025.\n"
        "What is working well What needs to improve\n"
        "- Families value the new SEND hubs.\n"
        "- Schools are well supported by the inclusion team.\n"
    )
    assert texts(page) == []


# A finding said again in a few words in a running sentence -------------------------------------------------

RESTATED_PAGE = (
    "SEND monitoring inspection: outcome\n\n"
    "Inspectors have found that we are making progress, but that young people are still waiting too long for"
    " mental health support.\n\n"
    "Ofsted and the CQC inspected the local area partnership in 2024 and set two priority actions.\n\n"
    "The priority actions were:\n\n"
    "• The ICB should reduce the time young people wait for mental health support from CAMHS.\n\n"
    "• Leaders should improve the quality of EHC plans.\n"
)


def test_a_short_restatement_in_a_sentence_is_not_another_finding():
    assert texts(RESTATED_PAGE) == [
        "The ICB should reduce the time young people wait for mental health support from CAMHS.",
        "Leaders should improve the quality of EHC plans.",
    ]


def test_a_sentence_finding_sharing_only_some_words_is_kept():
    page = RESTATED_PAGE.replace("young people are still waiting too long for mental health support",
                                 "the timeliness of EHC needs assessments is too variable")
    assert "the timeliness of EHC needs assessments is too variable" in texts(page)


# "In addition, X" going on with what inspectors reported ---------------------------------------------------

def test_in_addition_after_the_inspectors_concerns():
    page = (
        "2.1 Ofsted and the CQC inspected the local area partnership in January 2024. Inspectors were concerned\n"
        "that too many children with SEND are excluded from primary schools. In addition, families wait too long\n"
        "for wheelchairs and other specialist equipment. The board has met six times since the inspection.\n"
    )
    assert texts(page) == [
        "too many children with SEND are excluded from primary schools",
        "families wait too long for wheelchairs and other specialist equipment",
    ]


def test_in_addition_with_progress_or_the_council_speaking_is_no_finding():
    page = (
        "2.1 Ofsted and the CQC inspected the local area partnership in January 2024. Inspectors were concerned\n"
        "that too many children with SEND are excluded from primary schools. In addition, we know that our waits\n"
        "for equipment are too long. Furthermore, the number of exclusions has fallen by a third.\n"
    )
    assert texts(page) == ["too many children with SEND are excluded from primary schools"]


# A finding's clause joined to what is to happen next -------------------------------------------------------

def test_a_reported_finding_ends_before_what_is_to_be_done():
    page = (
        "The Committee received a presentation on the area SEND inspection report by Ofsted and the CQC.\n\n"
        "The inspection had highlighted that the transition to adult health services was poorly planned and was"
        " to be a focus of the new strategy.\n"
    )
    assert texts(page) == ["the transition to adult health services was poorly planned"]


# A line setting what follows beside the whole list is no item -----------------------------------------------

def test_in_addition_to_the_areas_is_not_an_item():
    page = (
        "Members heard that Ofsted and the CQC had inspected the local area partnership in January 2024 and that the"
        " report had been published in March 2024, with a judgement that the partnership's arrangements lead to"
        " inconsistent experiences and outcomes for children and young people with SEND.\n\n"
        "Following the inspection, further areas for improvement were identified as:\n\n"
        "Long waits for speech and language therapy\n\n"
        "Support for young people preparing for adulthood\n\n"
        "In addition to the areas for improvement several strengths\n"
    )
    assert texts(page) == [
        "Long waits for speech and language therapy",
        "Support for young people preparing for adulthood",
    ]


def test_two_column_table_read_as_rows_takes_the_improvement_column():
    page = (
        "4. KEY ISSUES\n"
        "4.1 Ofsted and the CQC published the report of their area SEND inspection in May 2025. The findings are\n"
        "summarised in the table below.\n"
        "What is working well | What needs to improve\n"
        "Families speak highly of the short breaks service. | Leaders should shorten the waits for sensory assessments.\n"
        "Health visitors identify needs early. | Leaders should involve the Preparing for Adulthood team from Year 9.\n"
        "4.2 The strategy has three workstreams and will be published in July 2025.\n"
    )
    assert texts(page) == [
        "Leaders should shorten the waits for sensory assessments.",
        "Leaders should involve the Preparing for Adulthood team from Year 9.",
    ]


def test_two_column_header_in_other_words():
    page = (
        "Ofsted and the CQC inspected the local area partnership in April 2025.\n"
        "What is going well What could be better\n"
        "- Families value the new SEND hubs.\n"
        "- Too few young people with EHC plans move into paid work.\n"
    )
    assert texts(page) == ["Too few young people with EHC plans move into paid work."]


# The framework's outcome in other words is no finding ------------------------------------------------------

def test_the_outcome_paraphrased_is_not_a_finding():
    page = (
        "The report of the area SEND inspection by Ofsted and the CQC was published today.\n\n"
        "The report concluded that children and young people with SEND have inconsistent experiences and outcomes"
        " across the borough. It also found that too many children wait more than a year for an ADHD assessment.\n"
    )
    assert texts(page) == ["too many children wait more than a year for an ADHD assessment"]


def test_inconsistent_experiences_of_one_service_is_a_finding():
    page = (
        "The report of the area SEND inspection by Ofsted and the CQC was published today.\n\n"
        "Inspectors found that young people have inconsistent experiences of the move to adult health services.\n"
    )
    assert texts(page) == ["young people have inconsistent experiences of the move to adult health services"]


# The other half of a re-visit's verdict: "not enough progress"; a count that was the first half's ------------

REVISIT_HALVES = (
    "Ofsted and the CQC revisited the borough in January 2023 to look at the progress made since the 2019"
    " inspection. The revisit letter was published in March 2023.\n\n"
)


def test_not_enough_progress_over_its_list():
    page = REVISIT_HALVES + (
        "Inspectors found that enough progress had been made in two of the four areas:\n\n"
        "• the timeliness of annual reviews\n\n"
        "• the joint commissioning of therapies\n\n"
        "but not enough progress had been made in:\n\n"
        "• the waits for an ADHD assessment\n\n"
        "• the use of part-time timetables\n"
    )
    assert texts(page)[2:] == ["the waits for an ADHD assessment", "the use of part-time timetables"]


def test_a_count_from_the_sentence_before_need_not_hold_for_the_other_half():
    page = REVISIT_HALVES + (
        "The letter says that we have made sufficient progress in three of the five areas of significant weakness:\n"
        "the timeliness of annual reviews\n"
        "the joint commissioning of therapies\n"
        "the information on the local offer\n\n"
        "We have not yet made sufficient progress in:\n"
        "the waits for an ADHD assessment\n"
        "the use of part-time timetables\n"
    )
    assert texts(page)[3:] == ["the waits for an ADHD assessment", "the use of part-time timetables"]


def test_web_table_whose_first_column_labels_each_finding():
    page = (
        "Area SEND inspection: our progress\n\n"
        "Ofsted and the CQC inspected the partnership in June 2024 and published their report in August 2024. The"
        " table below sets out each finding with our rating of progress so far.\n\n"
        "Finding\n\nWhat the report said\n\nRating\n\n"
        "Priority action 1\n\nLeaders should cut the waits for occupational therapy assessments.\n\nAmber\n\n"
        "Area for improvement 1\n\nLeaders should publish clearer information about short breaks.\n\nGreen\n\n"
        "Contact us\n"
    )
    assert texts(page) == [
        "Leaders should cut the waits for occupational therapy assessments.",
        "Leaders should publish clearer information about short breaks.",
    ]


def test_knowing_the_strengths_and_weaknesses_is_no_shortfall_under_inspectors_found():
    page = (
        "Ofsted and the CQC inspected the local area partnership in February 2025.\n\n"
        "Inspectors found that:\n\n"
        "• leaders know the partnership's strengths and weaknesses well\n\n"
        "• too few young people with SEND move into paid work\n"
    )
    assert texts(page) == ["too few young people with SEND move into paid work"]


def test_web_table_of_strengths_beside_what_must_improve():
    page = (
        "Our area SEND inspection\n\n"
        "Ofsted and the CQC inspected the local area partnership in March 2025 and published their report in May"
        " 2025. The table below summarises what they found.\n\n"
        "What is working well\n\nWhat needs to improve\n\n"
        "Families value the short breaks service.\n\nLeaders should reduce the waits for speech therapy.\n\n"
        "Needs are identified early in nurseries.\n\nLeaders should improve the quality of EHC plans.\n\n"
        "Contact us\n"
    )
    assert texts(page) == [
        "Leaders should reduce the waits for speech therapy.",
        "Leaders should improve the quality of EHC plans.",
    ]
