"""Weaknesses in the classes rounds 15 to 17 showed were missed or taken wrongly (helper weak15), each on
invented pages. Precision: a member's question or concern in the debate, a request to submit the statutory
plan, praise against the time of the inspection, a table row's later cell (owner or lead), a re-visit's
verdict lines and the evidence under them, a monitoring page's progress notes. Recall: findings quoted in one
quotation after an announcing colon, a re-visit's lists under either verdict, "the areas X had been asked to
address were ...", requests set apart by ordinal adverbs, "Leaders across <bodies> should", a named noun's
repeated preposition, "underdeveloped"."""

from __future__ import annotations

from tests.weakness_pages import texts

FINDINGS = (
    "Ofsted and the CQC inspected the local area partnership in May 2025. The report set out two areas for "
    "improvement:\n\n"
    "(a) leaders should shorten the wait for occupational therapy assessments; and\n\n"
    "(b) the partnership should improve the transfer of records between schools.\n\n"
)


def test_members_questions_after_the_findings_are_not_findings():
    page = FINDINGS + (
        "The points raised by Members included:\n\n"
        "• Cllr Okafor queried whether the waiting list for occupational therapy was too long. The Assistant "
        "Director replied that it had fallen.\n\n"
        "• A Member expressed concern that too many pupils were still out of school. Officers noted the "
        "figures.\n"
    )
    assert texts(page) == [
        "leaders should shorten the wait for occupational therapy assessments; and",
        "the partnership should improve the transfer of records between schools.",
    ]


def test_questions_from_councillors_intro_is_debate():
    page = FINDINGS + (
        "In answer to questions from councillors, the following was noted:\n\n"
        "• too few families knew how to find the local offer;\n\n"
        "• the backlog of annual reviews remained too high.\n"
    )
    assert len(texts(page)) == 2


def test_request_to_submit_a_plan_is_a_next_step():
    page = (
        "Ofsted and the CQC re-visited the area in May 2025. Inspectors found that the area has not made "
        "sufficient progress in improving the timeliness of EHC plans.\n\n"
        "As progress has not been made in every area, the Department for Education has required the council "
        "and the ICB to produce an Accelerated Progress Plan by July 2025.\n"
    )
    assert any("the timeliness of EHC plans" in text for text in texts(page))
    assert not any("Accelerated Progress Plan" in text for text in texts(page))


def test_better_than_at_the_time_of_the_inspection_is_praise():
    page = (
        "Ofsted and the CQC re-visited the area in May 2025 to see how far the weaknesses found in 2022 had been "
        "addressed.\n\n"
        "Inspectors reported that families have a far clearer picture of the local offer than at the time of "
        "the inspection.\n"
    )
    assert texts(page) == []


def test_lead_column_of_a_findings_table_is_not_a_finding():
    page = (
        "4.1 Inspectors identified two areas for improvement. They are shown below with the lead for each.\n"
        "Finding Lead\n"
        "Area for improvement 1: Leaders should improve the speed of EHC needs assessments. | Service Manager, "
        "SEND Assessment, Northshire County Council\n"
        "Area for improvement 2: The ICB should reduce waits for speech and language therapy. | Deputy Director, "
        "Commissioning, Northshire ICB\n"
        "4.2 Since the inspection, the share of plans issued on time has grown, and a new parent charter has "
        "been signed with the forum.\n"
    )
    found = texts(page)
    assert not any(text in found for text in ("SEND Assessment", "Northshire ICB", "Commissioning"))
    assert not any("charter" in text for text in found)


# Recall: findings quoted one sentence each inside one quotation after an announcing colon -----------------

def test_findings_quoted_after_an_announcing_colon():
    page = (
        "Ofsted and the CQC inspected the partnership in March 2025.\n\n"
        "The Assistant Director summarised the areas for improvement in the inspectors' words: “The partnership "
        "should cut the time families wait for speech therapy. Leaders should make sure that plans are reviewed "
        "on time. Leaders across the council and the ICB should improve the local offer so that families can "
        "find help.” Members thanked her.\n"
    )
    assert texts(page) == [
        "The partnership should cut the time families wait for speech therapy.",
        "Leaders should make sure that plans are reviewed on time.",
        "Leaders across the council and the ICB should improve the local offer so that families can find help.",
    ]


def test_one_quoted_sentence_after_a_colon_is_a_quotation():
    page = (
        "Ofsted and the CQC inspected the partnership in March 2025.\n\n"
        "The Cabinet Member spoke about the areas for improvement: “We should all be proud of our staff.”\n"
    )
    assert texts(page) == []


# Recall: a re-visit's weaknesses under the verdict of sufficient progress are findings too -------------------

def test_revisit_lists_under_both_verdicts():
    page = (
        "Ofsted and the CQC carried out a re-visit in June 2024. The letter found that the area had made "
        "sufficient progress in addressing:\n\n"
        "* the speed of EHC needs assessments; and\n"
        "* the quality of information for families.\n\n"
        "Inspectors found that the area had not made sufficient progress in addressing:\n\n"
        "* the support for young people moving to adult services.\n"
    )
    assert texts(page) == [
        "the speed of EHC needs assessments; and",
        "the quality of information for families.",
        "the support for young people moving to adult services.",
    ]


def test_council_progress_over_its_own_work_is_not_a_verdict():
    page = (
        "Ofsted and the CQC inspected the area in 2023.\n\n"
        "Since then the council has made good progress in:\n\n"
        "* recruiting four new educational psychologists;\n"
        "* opening a new special school.\n"
    )
    assert texts(page) == []


def test_revisit_areas_in_parentheses_and_the_rest_under_but_not():
    page = (
        "Ofsted and the CQC re-visited the area in May 2024.\n\n"
        "The letter said that sufficient progress had been made in two of the five areas (the speed of EHC plans; "
        "and the local offer) but not in the other three, which were:\n\n"
        "(i) the support for pupils at SEN support;\n"
        "(ii) the waits for autism assessment; and\n"
        "(iii) the quality of transition planning.\n"
    )
    assert texts(page) == [
        "the speed of EHC plans", "the local offer", "the support for pupils at SEN support;",
        "the waits for autism assessment; and", "the quality of transition planning.",
    ]


def test_areas_the_partnership_was_required_to_improve_were():
    page = (
        "Ofsted and the CQC inspected the local area partnership in March 2024 and published their report in May.\n\n"
        "The Director explained the outcome. The areas the partnership has been required to improve are the "
        "quality of annual reviews; the lack of an agreed protocol for moving to adult services; and the "
        "support for pupils at SEN support.\n"
    )
    assert texts(page) == [
        "the quality of annual reviews",
        "the lack of an agreed protocol for moving to adult services",
        "the support for pupils at SEN support",
    ]


def test_requests_set_apart_by_ordinal_adverbs():
    page = (
        "1.1 Ofsted and the CQC inspected the local area partnership in January 2025 and published their report "
        "in March.\n\n"
        "1.2 The inspectors asked the partnership, first, to shorten waits for speech therapy; second, to "
        "improve the quality of annual reviews; and lastly, to widen the range of post-16 courses.\n"
    )
    assert texts(page) == [
        "shorten waits for speech therapy",
        "improve the quality of annual reviews",
        "widen the range of post-16 courses",
    ]


def test_underdeveloped_is_a_shortfall():
    page = (
        "Ofsted and the CQC inspected the local area partnership in October 2024.\n\n"
        "Inspectors noted that joint commissioning of therapies is under-developed.\n"
    )
    assert texts(page) == ["joint commissioning of therapies is under-developed"]


def test_verdict_lines_between_the_weaknesses_are_not_items():
    page = (
        "Ofsted and the CQC re-visited the area in October 2023 to judge progress on the weaknesses found in 2021.\n\n"
        "The three areas of significant weakness were:\n\n"
        "- Long waits for speech and language therapy.\n\n"
        "- Verdict: not enough progress\n\n"
        "- Weak oversight of pupils on part-time timetables.\n\n"
        "- Verdict: sufficient progress\n\n"
        "- Poor transition planning for young adults.\n\n"
        "- Verdict: not enough progress\n"
    )
    assert texts(page) == [
        "Long waits for speech and language therapy.",
        "Weak oversight of pupils on part-time timetables.",
        "Poor transition planning for young adults.",
    ]


def test_should_paragraphs_with_leaders_across_several_bodies():
    page = (
        "Ofsted and the CQC inspected the local area partnership in June 2025 and published their report in "
        "August.\n\n"
        "The report's priority actions are:\n\n"
        "Leaders across Northshire County Council and NHS Northshire and Westvale Integrated Care Board should "
        "agree a joint plan for therapy services.\n\n"
        "Leaders should reduce the number of pupils on part-time timetables.\n\n"
        "The plan will be taken to Cabinet in October.\n"
    )
    assert texts(page) == [
        "Leaders across Northshire County Council and NHS Northshire and Westvale Integrated Care Board should "
        "agree a joint plan for therapy services.",
        "Leaders should reduce the number of pupils on part-time timetables.",
    ]


def test_named_weaknesses_in_a_series_repeating_the_preposition():
    page = (
        "Ofsted and the CQC inspected the local area partnership in June 2025.\n\n"
        "Inspectors found weaknesses in the timeliness of health advice for plans, in the tracking of pupils "
        "in alternative provision, and in the quality of short breaks.\n"
    )
    assert texts(page) == [
        "the timeliness of health advice for plans",
        "the tracking of pupils in alternative provision",
        "the quality of short breaks",
    ]


def test_one_weakness_in_a_place_is_no_series():
    page = (
        "Ofsted and the CQC inspected the local area partnership in June 2025.\n\n"
        "The Cabinet Member said the weaknesses in Northshire were being tackled, in schools and in health.\n"
    )
    assert not any(text == "schools" for text in texts(page))


def test_progress_notes_under_labelled_weaknesses_are_not_findings():
    page = (
        "Ofsted and the CQC carried out a monitoring inspection of the partnership in September 2025.\n\n"
        "Area for improvement 1: Leaders should shorten waits for speech and language therapy.\n\n"
        "Finding: Inspectors found that the longest waits had halved, but that too many families still wait "
        "over a year.\n\n"
        "Area for improvement 2: The ICB should improve the quality of health advice for EHC plans.\n\n"
        "Update: Inspectors said that advice is now on time but that too much of it remains generic.\n"
    )
    found = texts(page)
    assert not any("wait over a year" in text or "remains generic" in text for text in found)


def test_evidence_under_a_verdict_line_is_not_another_finding():
    page = (
        "Ofsted and the CQC re-visited the area in October 2024 to judge progress on its three weaknesses.\n\n"
        "1) Weak joint commissioning of therapy services\n"
        "Verdict: not enough progress\n"
        "Therapy waits have shortened, but inspectors found that too many children still wait over a year.\n\n"
        "2) The poor quality of transition plans\n"
        "Verdict: sufficient progress\n"
        "Plans are now written with young people.\n"
    )
    assert not any("wait over a year" in text for text in texts(page))
