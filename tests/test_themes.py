"""Weakness themes: one made-up weakness per theme, and the rules that weigh them."""

from __future__ import annotations

import pytest

from pipeline.extract.weaknesses import themes

VOCABULARY = {"leadership-governance", "joint-commissioning", "co-production", "ehc-plans", "health-services",
              "identification", "inclusion-provision", "outcomes", "local-offer", "preparing-for-adulthood",
              "data-oversight", "workforce"}


@pytest.mark.parametrize("text, theme", [
    ("The partnership lacks a clear strategy and governance is weak", "leadership-governance"),
    ("Commissioners have not jointly commissioned services to fill known gaps", "joint-commissioning"),
    ("Parents and carers are not engaged in co-producing services", "co-production"),
    ("Too few EHC plans are issued within the 20-week timescale and annual reviews are late", "ehc-plans"),
    ("Long waiting times for CAMHS and for autism assessments", "health-services"),
    ("Needs are not identified early enough in the early years", "identification"),
    ("High rates of exclusion and the use of part-time timetables", "inclusion-provision"),
    ("Attainment and attendance of pupils with SEND are low", "outcomes"),
    ("The local offer website is hard to use", "local-offer"),
    ("Post-16 pathways and preparation for adulthood are underdeveloped", "preparing-for-adulthood"),
    ("Records are inaccurate and quality assurance is weak", "data-oversight"),
    ("Staff training is limited and recruitment of specialists is difficult", "workforce"),
])
def test_each_theme_from_its_own_vocabulary(text, theme):
    assert themes.assign(text)[0] == theme


def test_always_one_or_two_themes_from_the_vocabulary():
    for text in ["", "Transition", "Something entirely unrelated", "Leaders do not check the quality of EHC plans"]:
        found = themes.assign(text)
        assert 1 <= len(found) <= 2 and set(found) <= VOCABULARY


def test_second_theme_only_when_close():
    assert themes.assign("Waiting times for speech and language therapy and poor communication with parents") == [
        "health-services", "co-production"]
    assert themes.assign("The local offer is out of date") == ["local-offer"]


def test_nothing_matched_falls_back_to_leadership():
    assert themes.assign("The area is not doing enough") == ["leadership-governance"]


def test_the_partners_name_is_not_a_topic():
    # "education, health and care" names the partnership here, not EHC plans or health services
    assert themes.assign("Leaders in education, health and care have no shared vision") == ["leadership-governance"]
    assert themes.assign("Education, health and care plans are poorly written")[0] == "ehc-plans"


def test_who_a_weakness_concerns_is_not_what_it_is_about():
    # "pupils with an EHCP" is the group; their progress is the topic
    assert themes.assign("The poor progress of pupils with an EHCP at key stage 4")[0] == "outcomes"


def test_ties_go_to_the_more_specific_theme():
    scores = themes.scores("The local offer and the strategy")
    assert scores["local-offer"] == scores["leadership-governance"]
    assert themes.assign("The local offer and the strategy")[0] == "local-offer"


def test_an_age_range_to_25_is_about_adulthood():
    assert "preparing-for-adulthood" in themes.assign("The needs of young people aged 16 to 25 are not met")


def test_the_identification_of_needs_outweighs_the_needs_it_names():
    # the needs named (mental health) and where they lead (exclusion) are not the topic
    text = ("The identification of needs in primary schools is patchy. Some pupils' mental health needs go unnoticed"
            " until they face exclusion.")
    assert themes.assign(text)[0] == "identification"


def test_an_absence_of_something_is_not_absence_from_school():
    assert "outcomes" not in themes.assign("The absence of a clear plan for short breaks")
    assert themes.assign("Persistent absence of pupils with EHC plans is high")[0] == "outcomes"


def test_attending_a_setting_is_not_attendance():
    assert "outcomes" not in themes.assign("Weak oversight of pupils who attend unregistered settings")
    assert themes.assign("Pupils with SEND do not attend school regularly")[0] == "outcomes"


def test_education_employment_or_training_is_not_staff_training():
    assert themes.assign("too few young people were in education, employment or training after 16") \
        == ["preparing-for-adulthood"]
    assert "workforce" in themes.assign("school staff have not had training in autism")


def test_school_places_and_contributions_to_plans_have_their_themes():
    assert themes.assign("the shortage of appropriate school places, especially for children with ASD")[0] \
        == "inclusion-provision"
    assert "ehc-plans" in themes.assign("contributions from social care to inform the development of plans")


def test_the_leaders_who_must_act_are_not_the_theme():
    text = "Leaders across health, social care and education should ensure that they have effective systems to share information"
    assert themes.assign(text)[0] == "data-oversight"
    assert themes.assign("Multi-agency working requires strengthening to reduce delays")[0] == "joint-commissioning"
    assert themes.assign("Leaders do not have an accurate shared strategy")[0] == "leadership-governance"


def test_a_kind_of_need_yields_to_where_it_is_met():
    from pipeline.extract.weaknesses.themes import assign

    assert assign("the support for pupils with social, emotional and mental health needs in mainstream schools") \
        == ["inclusion-provision"]
    assert "health-services" in assign("the help available to children with SEMH needs")  # nothing else named


def test_moving_on_to_adult_services_and_adult_life_are_preparing_for_adulthood():
    from pipeline.extract.weaknesses.themes import assign

    assert assign("the planning for young people as they move into adult social care")[0] == "preparing-for-adulthood"
    assert assign("Students aged 16 and over are not well prepared for their adult lives.")[0] \
        == "preparing-for-adulthood"
    assert assign("academic progress is weak for older pupils")[0] == "outcomes"


def test_children_without_a_suitable_school_place_are_inclusion_provision():
    from pipeline.extract.weaknesses.themes import assign

    assert assign("leaders should make sure that pupils awaiting a specialist placement get a suitable full-time"
                  " education while they wait") == ["inclusion-provision"]
    assert assign("Too many children with EHC plans are not receiving suitable education.")[0] == "inclusion-provision"


@pytest.mark.parametrize("text", [
    "Poor monitoring of the attendance and progress of pupils with SEND who are placed in independent schools.",
    "There is weak oversight of the attendance and academic progress of children on part-time timetables.",
    "Leaders have little tracking of the outcomes and attendance of young people placed out of the borough.",
])
def test_a_weak_watch_over_something_is_data_oversight(text):
    assert "data-oversight" in themes.assign(text)


@pytest.mark.parametrize("text", [
    "Partners across the local area do not have a shared and accurate understanding of what families need.",
    "Health and council leaders lack a common understanding of the needs of the area's children.",
])
def test_partners_without_a_common_view_is_leadership(text):
    assert "leadership-governance" in themes.assign(text)
