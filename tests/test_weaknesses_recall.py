"""Weaknesses: recall classes met in blind batches, each on invented pages of its own wording."""

from __future__ import annotations

from pipeline.extract.weaknesses import cues
from tests.weakness_pages import extract, texts


# Two kinds of finding counted in one intro ------------------------------------------

def test_counts_of_two_kinds_of_finding_add_up():
    assert cues.stated_count("set out two areas for priority action (APA) and three areas for improvement (AFI):") == 5
    assert cues.stated_count("identified four significant weaknesses and two areas of concern:") == 6
    assert cues.stated_count("set out one area for priority action and three areas for improvement:") == 4
    assert cues.stated_count("identified an area for priority action and four areas for improvement.") == 5
    # the same kind twice is not two lists: "three areas ... and two areas" stays the last count
    assert cues.stated_count("sufficient progress in three areas of weakness and two areas of weakness") == 2


def test_coded_paragraphs_under_an_intro_counting_two_kinds_are_all_read():
    page = (
        "Reasons for the decision:\n\n"
        "The SEND inspection report of 2 May 2024 set out one area for priority action (PA) and two areas for"
        " improvement (AI):\n\n"
        "PA1 - Leaders must reduce the time families wait for an EHC needs assessment.\n\n"
        "AI1 - Leaders should improve the transition of young people to adult social care.\n\n"
        "AI2 - Leaders should make sure that the local offer is kept up to date.\n\n"
        "Alternative options considered: none.\n"
    )
    assert len(texts(page)) == 3


# An intro sentence is not its own enumeration ----------------------------------------

def test_an_intro_ending_with_a_colon_is_not_an_item_of_its_own():
    page = (
        "The SEND inspection by Ofsted and the CQC reported in March.\n\n"
        "The priority actions were for the partnership to:\n\n"
        "• cut the waiting time for autism assessments, which is far too long;\n\n"
        "• make sure that children out of school receive a suitable full-time education.\n"
    )
    found = texts(page)
    assert "for the partnership to" not in found
    assert len(found) == 2


# A plainly named item among kept siblings --------------------------------------------

def test_a_plain_item_of_an_enumeration_is_kept_with_its_siblings():
    page = (
        "The SEND inspection by Ofsted and the CQC found three areas for improvement. These concerned the quality"
        " of annual reviews, short breaks provision, the reach of the local offer, and the oversight of children"
        " educated at home.\n"
    )
    found = {item.text: item.evidence for item in extract(page)}
    assert "short breaks provision" in found
    assert "list:siblings-kept" in found["short breaks provision"]


def test_a_plain_item_alone_gets_no_support():
    page = ("The SEND inspection by Ofsted and the CQC found an area for improvement. It concerned short breaks"
            " provision.\n")
    assert "short breaks provision" not in texts(page)


# The last item of a list before the next list's intro -------------------------------

def test_the_next_lists_intro_does_not_swallow_the_last_item():
    page = (
        "1.2 Ofsted and the CQC re-visited the area in March to judge progress against the five significant"
        " weaknesses. The re-visit letter found that the area had made sufficient progress in addressing the"
        " following significant weaknesses:\n\n"
        "• the poor understanding leaders had of the area\n\n"
        "• the weak role of health staff in assessments\n\n"
        "• the thin content of the local offer website\n\n"
        "whereas too little progress had been made in the following:\n\n"
        "• the late issue of EHC plans\n\n"
        "• the long waits for speech and language therapy\n\n"
        "1.3 A plan was agreed in May.\n"
    )
    found = texts(page)
    assert "the thin content of the local offer website" in found
    assert found[-2:] == ["the late issue of EHC plans", "the long waits for speech and language therapy"]


# A re-visit's weaknesses enumerated by verdict ----------------------------------------

def test_areas_put_right_enumerated_beside_the_ones_still_open_are_weaknesses():
    page = (
        "Ofsted and the CQC came back in June to check progress since the 2019 SEND inspection, which found four"
        " areas of significant weakness. The re-visit letter says the area has made sufficient progress in two of"
        " them: the oversight of home education, and the reach of the parent carer forum. It has not yet made"
        " enough progress in the other two: the late issue of EHC plans, and the long waits for speech therapy.\n"
    )
    assert texts(page) == ["the oversight of home education", "the reach of the parent carer forum",
                           "the late issue of EHC plans", "the long waits for speech therapy"]


def test_verdicts_split_across_paragraphs_with_semicolons():
    page = (
        "The SEND re-visit letter was published in May.\n\n"
        "Enough progress has been made against three of the five weaknesses: co-production with families; the"
        " timeliness of annual reviews; and the sharing of health data.\n\n"
        "Insufficient progress has been made in the remaining two, which were: the quality of plans; and"
        " exclusions of pupils with EHC plans.\n"
    )
    assert texts(page) == ["co-production with families", "the timeliness of annual reviews",
                           "the sharing of health data", "the quality of plans", "exclusions of pupils with EHC plans"]


def test_progress_praised_alone_or_in_part_is_still_no_weakness():
    alone = ("The SEND re-visit letter says that sufficient progress had been made in two areas: the local offer,"
             " and joint commissioning.\n")
    assert texts(alone) == []
    including = ("The SEND re-visit found sufficient progress in three areas, including the local offer. It found"
                 " insufficient progress in the quality of EHC plans.\n")
    assert "the local offer" not in texts(including)


# A stated count the enumeration falls one short of ----------------------------------

def test_a_count_one_more_than_the_items_splits_a_short_and():
    counted = ("After the SEND inspection by Ofsted and the CQC, four areas for priority action were identified,"
               " including joint working on a shared strategy, the commissioning of therapies, governance"
               " arrangements and providing timely assessments of need.\n")
    assert texts(counted)[-2:] == ["governance arrangements", "providing timely assessments of need"]
    three = counted.replace("four areas", "three areas")
    assert texts(three)[-1] == "governance arrangements and providing timely assessments of need"


# List intros naming what needs to improve in more wordings ---------------------------

INSPECTED = "Ofsted and the CQC inspected the local area's SEND arrangements in May 2023.\n\n"
LISTED = ("\n\n• the timeliness of EHC plans\n\n• the waits for speech and language therapy\n\n"
          "• the oversight of part-time timetables\n\nThe council will report back in June.\n")


def test_list_intros_naming_findings_in_other_words():
    for intro in ("The report highlighted three areas where leaders must act:",
                  "Three areas were identified for improvement:",
                  "The areas identified for development were:",
                  "The letter identified three things the partnership must do better:",
                  "The report asks leaders to improve:",
                  "Inspectors told us we need to get better at:",
                  "Inspectors found the following shortfalls:",
                  "The inspectors' main criticisms were:",
                  "The inspectors were particularly worried about:"):
        assert len(texts(INSPECTED + intro + LISTED)) == 3, intro


def test_intros_of_strengths_plans_or_members_concerns_still_list_nothing():
    for intro in ("Inspectors found the following strengths:",
                  "Members were worried about:",
                  "Our plan has three workstreams:",
                  "Areas where the partnership is doing well include:",
                  "The review looked at:"):
        assert texts(INSPECTED + intro + LISTED) == [], intro


# Sentences whose subject is the findings -------------------------------------------------

def test_findings_as_the_subject_of_a_verb_of_content():
    for sentence in ("The areas for improvement relate to the reach of the local offer, the delays in therapy"
                     " and the oversight of home education.",
                     "The priority actions concern the reach of the local offer, the delays in therapy and the"
                     " oversight of home education.",
                     "The three areas the partnership must improve are the reach of the local offer, the delays in"
                     " therapy and the oversight of home education."):
        page = "Ofsted and the CQC inspected the local area's SEND arrangements in May 2023. " + sentence + "\n"
        assert texts(page) == ["the reach of the local offer", "the delays in therapy",
                               "the oversight of home education"], sentence


def test_one_finding_as_the_subject_is_left_whole():
    page = ("The SEND re-visit letter was published. The remaining weakness relates to the support for young"
            " people moving to adult services, which is still patchy.\n")
    assert texts(page) == ["The remaining weakness relates to the support for young people moving to adult"
                           " services, which is still patchy"]


def test_a_count_of_one_kind_beside_an_uncounted_other_kind_bounds_nothing():
    assert cues.stated_count("The letter identified two areas for priority action and further areas for"
                             " improvement:") is None
    page = ("Ofsted and the CQC inspected the local area's SEND arrangements in March 2023.\n\n"
            "The letter set out two areas for priority action and some areas for improvement:\n\n"
            "• Waits for autism assessments are too long\n\n• EHC plans are of variable quality\n\n"
            "• The local offer is out of date\n\nWe have written an action plan.\n")
    assert len(texts(page)) == 3


# Coded findings -------------------------------------------------------------------------

def test_coded_findings_after_an_intro_without_a_count_drop_their_codes():
    page = ("Reasons for the decision:\n\nOfsted and the CQC inspected the area in May 2024. The letter set out the"
            " areas for priority action (PA) and the areas for improvement (AI):\n\n"
            "PA1 - Leaders must cut the wait for an autism assessment to under a year.\n\n"
            "PA 2 - Leaders must issue EHC plans within twenty weeks.\n\n"
            "AI1: Leaders should improve SEN support in mainstream schools.\n\n"
            "Alternative options: none.\n")
    assert texts(page) == ["Leaders must cut the wait for an autism assessment to under a year.",
                           "Leaders must issue EHC plans within twenty weeks.",
                           "Leaders should improve SEN support in mainstream schools."]


# A re-visit's verdicts in the passive, the areas put right as a series repeating its preposition ------

def test_progress_not_made_in_the_passive_introduces_a_list():
    for intro in ("Sufficient progress had not been made in two areas:", "Enough progress has not yet been seen in:"):
        assert cues.no_progress_intro(intro) and not cues.is_resolved(intro)
    page = ("The SEND re-visit letter from Ofsted and the CQC was published in May.\n"
            "Enough progress has not been made in two areas:\n"
            "- the quality of annual reviews of EHC plans\n"
            "- waiting times for occupational therapy\n")
    assert texts(page) == ["the quality of annual reviews of EHC plans", "waiting times for occupational therapy"]


def test_areas_put_right_as_a_series_repeating_its_preposition():
    page = ("The re-visit by Ofsted and the CQC found progress in three of the five significant weaknesses.\n"
            "Sufficient progress had been made in tackling the weaknesses in co-production with families, in the"
            " sharing of health information, and in the timeliness of annual reviews. Sufficient progress had not"
            " been made in the other two: the long waits for speech therapy, and the use of part-time timetables.\n")
    found = texts(page)
    assert found[:3] == ["co-production with families", "the sharing of health information",
                         "the timeliness of annual reviews"]
    assert "the long waits for speech therapy" in found
    on = ("The SEND re-visit letter says that enough progress has been made on the reach of the local offer and"
          " on the rate of exclusions. Progress has been too slow in the quality of EHC plans.\n")
    assert texts(on)[:2] == ["the reach of the local offer", "the rate of exclusions"]


def test_a_series_of_progress_praised_alone_is_no_weakness():
    page = ("The SEND re-visit letter says that sufficient progress had been made in the local offer, in"
            " co-production and in joint commissioning.\n")
    assert texts(page) == []


def test_the_last_of_a_long_ordinal_series_keeps_the_inspection_in_sight():
    page = ("Ofsted and the CQC inspected the local area in March. The inspection report set out five areas of"
            " concern. Firstly, the partnership's strategic plan for SEND was out of date and leaders did not"
            " know whether their work was making any difference to families. Secondly, far too many pupils with"
            " EHC plans had been suspended from their schools, some of them more than once in the same term, and"
            " the reasons for these suspensions had not been looked at by the local authority or by the schools."
            " Thirdly, the annual reviews of plans were often missed, and when they happened the plans were not"
            " updated to show the progress the child had made or the new advice from health and social care. Fourthly, children in the west of the county waited too long for an assessment of"
            " their speech and language needs. Finally, the short breaks offer was not known to most families.\n")
    found = texts(page)
    assert len(found) == 5 and found[-1] == "the short breaks offer was not known to most families"


def test_concern_about_the_areas_effectiveness_overall_is_no_finding():
    page = ("After its inspection, Ofsted asked the council for a written statement of action because inspectors"
            " had serious concerns about the effectiveness of the local area in supporting children and young"
            " people with SEND.\n")
    assert texts(page) == []
    assert texts(page.replace("the effectiveness of the local area in supporting",
                              "the ability of the partnership to meet the needs of")) == []


def test_praise_reported_beside_the_findings_is_no_weakness():
    page = ("The SEND re-visit letter from Ofsted was published in June. Inspectors found that the area had not made"
            " sufficient progress in reducing waits for autism assessments.\n\n"
            "Inspectors said that the partnership now knows what works and what does not, and that parents are much"
            " more positive about the support their children receive.\n")
    found = texts(page)
    assert found == ["reducing waits for autism assessments"]
    from pipeline.extract.weaknesses.item_cues import is_praise
    assert is_praise("leaders have a clear understanding of what is working and what isn't")
    assert not is_praise("leaders do not have an accurate understanding of the needs of children")


def test_the_evidence_under_a_bare_progress_verdict_is_no_further_finding():
    from pipeline.extract.weaknesses.candidates import announces
    assert not announces("Inspectors judged that the area has not made sufficient progress.")
    assert not announces("The re-visit found that the partnership had not made enough progress.")
    assert announces("The re-visit found that two weaknesses remain.")
    page = ("The re-visit by Ofsted and the CQC considered each weakness in turn. On the timeliness of plans,"
            " inspectors judged that the area has not made sufficient progress. Too few plans are issued within"
            " 20 weeks.\n")
    assert "Too few plans are issued within 20 weeks." not in texts(page)


def test_a_paragraph_number_after_a_full_stop_starts_a_new_sentence():
    from pipeline.extract.weaknesses.sentences import SENTENCE_END
    assert len(SENTENCE_END.split("Waits remain too long. 2.2 The Department for Education requires a plan.")) == 2
    assert len(SENTENCE_END.split("Plans rose by 4. 5 per cent more were late.")) == 1


# What an inspection asks someone to do or improve ------------------------------------

def test_a_clause_after_that_saying_who_must_introduces_the_list():
    page = ("The Ofsted and CQC inspection found widespread failings.\n"
            "The Director told members that the letter says that leaders in the partnership should:\n"
            "- cut the time families wait for an EHC needs assessment\n"
            "- make sure that annual reviews happen on time\n")
    assert texts(page) == ["cut the time families wait for an EHC needs assessment",
                           "make sure that annual reviews happen on time"]


def test_what_the_inspection_asks_someone_to_improve():
    page = ("The inspection by Ofsted and the CQC identified one area for priority action: the slow issue of"
            " EHC plans. They also asked leaders to improve the support for pupils who are home educated, and"
            " the take-up of short breaks.\n")
    found = texts(page)
    assert found[-2:] == ["the support for pupils who are home educated", "the take-up of short breaks"]
    letter = ("The SEND inspection letter was published in May. The letter also asked the ICB to reduce waits for"
              " occupational therapy, which had reached two years.\n")
    assert texts(letter) == ["reduce waits for occupational therapy, which had reached two years"]


def test_a_committee_asking_officers_to_improve_is_no_finding():
    page = ("The Ofsted inspection report was noted. Members asked officers to improve the reports brought to"
            " the committee, and the timeliness of the papers.\n")
    assert texts(page) == []


def test_asked_to_improve_in_so_many_areas_names_none():
    page = "The SEND inspection report came out in May. Inspectors asked the partnership to improve in three areas.\n"
    assert texts(page) == []
    assert texts(page.replace("to improve in three areas", "to address these weaknesses")) == []


# A paragraph's own decimal sub-paragraphs, each a quoted weakness over its verdict -------

def test_three_level_sub_paragraphs_under_a_paragraph_naming_the_weaknesses():
    page = ("3. Background\n"
            "3.1 Ofsted and the CQC carried out a SEND re-visit in May 2023.\n"
            "3.2 The re-visit letter reports on the three areas of significant weakness one by one.\n"
            "3.2.1 “The poor quality of the local offer, which parents found hard to use.”\n"
            "Inspectors judged that the area has made sufficient progress. The new website is well used.\n"
            "3.2.2 “The long waits for autism assessments for children of all ages.”\n"
            "Inspectors judged that the area has not made sufficient progress. Waits have grown.\n"
            "3.2.3 “The weak oversight of children who are educated at home.”\n"
            "Inspectors judged that the area has made sufficient progress.\n"
            "3.3 The council will now write an accelerated progress plan.\n")
    assert texts(page) == ["The poor quality of the local offer, which parents found hard to use.",
                           "The long waits for autism assessments for children of all ages.",
                           "The weak oversight of children who are educated at home."]


def test_sub_paragraphs_of_a_plain_paragraph_are_no_list():
    page = ("3.1 Ofsted and the CQC carried out a SEND re-visit in May 2023, and the council has held events.\n"
            "3.1.1 Officers met parents in June to talk about the plan for the coming year.\n"
            "3.1.2 Headteachers were told about the changes to top-up funding at their forum.\n")
    assert texts(page) == []


def test_requests_of_an_inspection_in_other_wordings():
    source = "The SEND inspection report by Ofsted and the CQC was published in May. "
    assert texts(source + "The report also asks the partnership to make sure that families know about the"
                          " short breaks on offer.\n") == ["make sure that families know about the short breaks on offer"]
    assert texts(source + "Inspectors asked that leaders improve the timeliness of plans and the quality of health"
                          " advice.\n") == ["the timeliness of plans", "the quality of health advice"]
    assert texts(source + "Inspectors found that too many plans were late. They want the ICB to improve the"
                          " oversight of children placed out of area.\n")[-1] == \
        "improve the oversight of children placed out of area"


def test_a_series_repeating_its_preposition_after_commas_alone():
    put_right = ("The SEND re-visit letter was published.\n\n"
                 "The area has made sufficient progress in improving the local offer, in developing co-production"
                 " and in reducing exclusions. It has not made sufficient progress in the timeliness of plans.\n")
    assert texts(put_right) == ["improving the local offer", "developing co-production", "reducing exclusions",
                                "the timeliness of plans"]
    still_open = ("The SEND re-visit letter from Ofsted was published in May.\n\n"
                  "Inspectors judged that enough progress has not been made in reducing the waits for speech therapy,"
                  " in improving the quality of plans, and in joint commissioning.\n")
    assert texts(still_open) == ["reducing the waits for speech therapy", "improving the quality of plans",
                                 "joint commissioning"]
    one = ("The SEND re-visit letter from Ofsted was published in May.\n\n"
           "Inspectors judged that the area has not made sufficient progress in the waits for therapy, in the north"
           " of the county.\n")
    assert texts(one) == ["the waits for therapy, in the north of the county"]


def test_a_wait_of_a_stated_length_is_a_shortfall():
    assert cues.states_shortfall("children waited more than two years for an assessment")
    assert cues.states_shortfall("families wait up to 18 months for a first appointment")
    assert not cues.states_shortfall("families wait for a first appointment at the clinic")


def test_list_intros_saying_what_must_be_worked_on_in_more_wordings():
    source = "Ofsted and the CQC published the report of their SEND inspection in March.\n\n"
    items = "- waiting times for speech and language therapy\n- the quality of EHC plans\n"
    for intro in ("The things we need to work on are:", "Inspectors want us to get better at:",
                  "The report says the partnership needs to:", "Areas we need to develop further:",
                  "The inspectors recommended that we:"):
        assert texts(source + intro + "\n" + items) == ["waiting times for speech and language therapy",
                                                        "the quality of EHC plans"], intro
    for intro in ("Councillors said the council should focus on:", "Members suggested that officers need to work on:"):
        assert texts(source + intro + "\n" + items) == [], intro


def test_a_verdict_after_each_listed_weakness_is_not_part_of_it():
    page = ("Ofsted and the CQC carried out a SEND re-visit in May 2023.\n\n"
            "The re-visit letter judged progress on each of the three significant weaknesses:\n"
            "- Joint commissioning: sufficient progress\n"
            "- Waits for autism assessment – not made sufficient progress\n"
            "- Co-production with parents (insufficient progress)\n")
    assert texts(page) == ["Joint commissioning", "Waits for autism assessment", "Co-production with parents"]


def test_the_areas_put_right_after_namely():
    page = ("Ofsted and the CQC carried out a SEND re-visit in May 2023.\n\n"
            "The area has made sufficient progress in addressing two of the three significant weaknesses, namely"
            " the reach of the local offer and the oversight of home education. It has not made sufficient"
            " progress in reducing exclusions.\n")
    assert texts(page) == ["the reach of the local offer", "the oversight of home education", "reducing exclusions"]


def test_ordinal_findings_in_more_wordings():
    source = ("Ofsted and the CQC published the report of their SEND inspection in March. The report set out three"
              " areas for improvement. ")
    assert texts(source + "The first was that too many plans were late. The second was that families waited too"
                          " long for CAMHS. The third and final area was that the short breaks offer was unclear.\n"
                 )[-1] == "the short breaks offer was unclear"
    assert texts(source + "One was the late issue of EHC plans. Another was the long waits for CAMHS. A further"
                          " area was the poor take-up of personal budgets.\n") == [
        "the late issue of EHC plans", "the long waits for CAMHS", "the poor take-up of personal budgets"]
