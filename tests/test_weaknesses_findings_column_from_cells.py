"""A ruled table's findings column decided from its cells, once per table (invented tables)."""

from __future__ import annotations

from tests.weakness_pages import texts

INSPECTED = "Ofsted and the CQC inspected the local area's SEND arrangements in 2019.\n"


def test_bare_noun_phrases_beside_verdicts_and_ratings_under_a_header_naming_areas():
    page = (INSPECTED + "Our view of each of the five areas in the plan is as follows:\n"
            "No. Area of the plan Assessment RAG\n"
            "1 | Use of joint data in the area's self-evaluation | Good progress | Green\n"
            "2 | Quality of EHC plans, including health advice | Some progress | Amber\n")
    assert texts(page) == ["Use of joint data in the area's self-evaluation",
                           "Quality of EHC plans, including health advice"]


def test_a_yes_no_column_under_a_wrapped_header_with_a_question():
    page = (INSPECTED + "The findings were set out in the table below:\n"
            "Significant weakness (as worded in the 2020 letter) Sufficient\nprogress?\n"
            "1 | The poor quality of EHC plans, with weak health advice | Yes\n"
            "2 | Long waits for speech and language therapy, and little support while families wait | No\n")
    assert texts(page) == ["The poor quality of EHC plans, with weak health advice",
                           "Long waits for speech and language therapy, and little support while families wait"]


def test_the_findings_stand_behind_a_responsible_body():
    page = (INSPECTED + "Responsible body Areas for improvement\n"
            "The local authority | Leaders should make sure that annual reviews are held on time.\n"
            "The local authority and the ICB | Leaders should improve the information given to families on the "
            "local offer.\n")
    assert texts(page) == ["Leaders should make sure that annual reviews are held on time.",
                           "Leaders should improve the information given to families on the local offer."]


def test_the_leftmost_column_reading_as_findings_before_a_progress_note_column():
    page = (INSPECTED + "The plan addresses the two weaknesses where progress was not enough:\n"
            "Ref Significant weakness Revisit finding\n"
            "1 | The lack of a shared strategy across education, health and care. | Strategy agreed but not yet "
            "known by schools.\n"
            "2 | The poor quality of EHC plans, which do not reflect needs. | Some improvement in new plans; older "
            "plans not yet updated.\n")
    assert texts(page) == ["The lack of a shared strategy across education, health and care.",
                           "The poor quality of EHC plans, which do not reflect needs."]


def test_trackers_plans_data_tables_and_risk_registers_give_nothing():
    tracker = (INSPECTED + "Action tracker\n"
               "A1 | Recruit three more caseworkers | Complete | Green\n"
               "A2 | Publish a new graduated approach toolkit | In progress | Amber\n")
    progress_after_rating = (INSPECTED + "Area of significant weakness 2: weak oversight of part-time timetables\n"
                             "2.1 | Register of timetables kept. | Head of Inclusion | Jun 2020 | A | Went live "
                             "late, and not all schools use it.\n"
                             "2.2 | Termly checks of every timetable. | Head of Inclusion | Sep 2020 | R | Checks "
                             "are not yet done in every school.\n")
    plan = (INSPECTED + "Priority 3: waiting times\nRef Action Lead By Measure of success\n"
            "3.1 | Clear the backlog of autism assessments | ICB | Jun 2023 | No child waits too long\n"
            "3.2 | A single point of access for wellbeing | Provider | Apr 2023 | Families are not passed around\n")
    data = (INSPECTED + "Area Action Measure Baseline Now\n"
            "Plan timeliness | Two more psychologists | Plans in 20 weeks | 42% | 58%\n"
            "Suspensions | Inclusion partnership with schools | Pupils suspended | 151 | 117\n")
    risks = (INSPECTED + "Risk Likelihood Impact Mitigation\n"
             "Recruitment of caseworkers is not achieved | High | High | Market supplement\n"
             "Demand for assessments keeps rising too fast | High | Medium | Early help offer\n")
    self_evaluation = (INSPECTED + "Area What is working well What we need to improve\n"
                       "Identification | Strong early years support for families | Assessments are not timely "
                       "enough\n"
                       "Transition | Good supported internships for young people | Too few post-16 options in the "
                       "east\n")
    for page in (tracker, plan, data, risks, self_evaluation):
        assert texts(page) == [], page
    # the progress notes after the ratings are never the findings column
    assert not [text for text in texts(progress_after_rating) if text.startswith(("Went", "Checks"))]
