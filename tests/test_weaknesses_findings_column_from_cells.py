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


def test_a_row_whose_separators_were_lost_ends_with_the_verdicts_of_the_other_rows():
    page = (INSPECTED + "Our view of each of the four areas in the plan is as follows:\n"
            "No. Area of the plan Assessment RAG\n"
            "1 | Use of joint data in the area's self-evaluation | Good progress | Green\n"
            "2 | Quality of EHC plans, including health advice | Some progress | Amber\n"
            "3 Awareness of the Local Offer among families Good progress Green\n"
            "4 | Joint commissioning, especially therapies | Limited progress | Red\n")
    assert texts(page) == ["Use of joint data in the area's self-evaluation",
                           "Quality of EHC plans, including health advice",
                           "Awareness of the Local Offer among families",
                           "Joint commissioning, especially therapies"]


WEB_INTRO = (
    "Our SEND improvement journey\n\n"
    "Ofsted and the CQC inspected the SEND services of the area and published a letter that set out in detail what"
    " the inspectors saw, who they spoke to and what they think about the services that families use today.\n\n")
WEB_END = ("\n\nWhat happens next\n\nWe meet every month with the parent carer forum and report to the cabinet on how"
           " the work is going, what has changed for families and what we plan to do next in each of the areas.\n")


def test_a_web_status_table_with_verdicts_that_carry_a_comment():
    page = (WEB_INTRO + "Area of significant weakness\n\nStatus at last review\n\n"
            "The weak oversight of pupils who attend alternative provision.\n\n"
            "Amber – a register of placements was set up this spring.\n\n"
            "The poor quality of health advice in EHC plans.\n\nAmber\n\n"
            "The lack of a shared strategy for SEND across the partnership.\n\n"
            "Green – the strategy was agreed by all partners." + WEB_END)
    assert texts(page) == ["The weak oversight of pupils who attend alternative provision.",
                           "The poor quality of health advice in EHC plans.",
                           "The lack of a shared strategy for SEND across the partnership."]


def test_a_web_table_numbered_in_a_hash_column_under_a_question_header():
    page = (WEB_INTRO + "#\n\nArea of significant weakness\n\nWhere are we now?\n\n"
            "1\n\nthe weak use of shared data across education, health and care\n\n"
            "Sufficient progress (revisit, 2021)\n\n"
            "2\n\nthe poor quality of EHC plans and the lack of care advice in them\n\n"
            "Not yet sufficient – part of the APP" + WEB_END)
    assert texts(page) == ["the weak use of shared data across education, health and care",
                           "the poor quality of EHC plans and the lack of care advice in them"]


def test_a_web_table_with_a_lead_and_a_short_position_note():
    page = (WEB_INTRO + "Area of significant weakness\n\nLead\n\nPosition at review\n\n"
            "The lack of a jointly agreed strategy for SEND, and weak accountability for its delivery\n\n"
            "SEND Board\n\nStrategy agreed; governance revised; evidence of impact still limited\n\n"
            "Inconsistent support for children with SEND in mainstream schools, leading to high exclusions\n\n"
            "Head of Inclusion\n\nExclusions down by a quarter; inclusion charter signed by most schools" + WEB_END)
    assert texts(page) == [
        "The lack of a jointly agreed strategy for SEND, and weak accountability for its delivery",
        "Inconsistent support for children with SEND in mainstream schools, leading to high exclusions"]


def test_an_unruled_table_of_coded_findings_under_a_header_naming_them():
    page = (INSPECTED + "Appendix 1: the findings and the plan\n"
            "Ref Finding (as worded in the report) Plan section\n"
            "AfPA 1 Leaders must make sure that needs assessments are finished on time, and that\n"
            "plans stay good as they get faster.\n"
            "Part A\n"
            "AfI 1 Leaders should tell families about changes to services in good time.\n"
            "Part B\n"
            "Appendix 2: the tracker\n")
    assert texts(page) == ["Leaders must make sure that needs assessments are finished on time, and that plans stay "
                           "good as they get faster.",
                           "Leaders should tell families about changes to services in good time."]


def test_coded_actions_are_not_coded_findings():
    page = (INSPECTED + "Ref Action Lead\n"
            "AfPA 1.1 Recruit more caseworkers to the team\nHead of SEND\n"
            "AfPA 1.2 Publish a new toolkit for schools\nHead of Inclusion\n")
    assert texts(page) == []


def test_a_one_row_table_labelled_with_the_finding_kind_heads_its_actions():
    page = (INSPECTED
            + "Area of significant weakness 2 | Families wait too long for an occupational therapy assessment.\n"
            "Ref Action Lead Due\n"
            "2a | Commission a second therapy provider | Head of Commissioning | Jan 2021\n"
            "2b | Report waits to the board each month | Designated Clinical Officer | Mar 2021\n")
    assert texts(page) == ["Families wait too long for an occupational therapy assessment."]


def test_a_one_column_table_of_numbered_findings_under_a_header_naming_them():
    page = (INSPECTED + "The report set out two areas for priority action.\n"
            "Area for priority action (as worded in the report)\n"
            "1 Leaders should make sure that plans are finished on time and are updated when needs\n"
            "change.\n"
            "2 Leaders should cut the time families wait for speech and language therapy.\n"
            "1.2 The plan was sent to the Department in the autumn.\n")
    assert texts(page) == ["Leaders should make sure that plans are finished on time and are updated when needs "
                           "change.",
                           "Leaders should cut the time families wait for speech and language therapy."]
