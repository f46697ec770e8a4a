"""Weaknesses told sentence by sentence, set out as table rows, or after intros that say what must
improve: invented pages, one class of phrasing each (session 6, round 5's classes)."""

from __future__ import annotations

from pipeline.extract.weaknesses import cues
from tests.weakness_pages import extract, texts



# Findings told sentence by sentence -------------------------------------------------

def test_concerned_that_clauses_split_only_where_that_repeats():
    page = (
        "Ofsted and the CQC returned to Wexcombe in May to check the progress made since the SEND inspection of 2021.\n\n"
        "In 2021 the inspectors were concerned that families could not find clear information about the short breaks"
        " on offer. They were also concerned that annual reviews were held late and rarely changed the plan, and that"
        " children with medical needs missed weeks of school, with few receiving tuition. Lastly, they were concerned"
        " that the local offer and the council's website gave parents conflicting advice.\n"
    )
    assert texts(page) == [
        "families could not find clear information about the short breaks on offer",
        "annual reviews were held late and rarely changed the plan",
        "children with medical needs missed weeks of school, with few receiving tuition",
        "the local offer and the council's website gave parents conflicting advice",
    ]
    assert all("sentence:concerned-that" in item.evidence for item in extract(page))


def test_a_pronoun_finder_follows_an_inspection_that_was_concerned_about_things():
    page = (
        "The SEND inspection report was published in June. Inspectors were especially concerned about the number"
        " of pupils without a school place, and about the delays in issuing plans between the council and its"
        " health partners. They also found that transition planning was weak and that the parent carer forum"
        " had not been involved in setting priorities.\n"
    )
    assert texts(page) == [
        "the number of pupils without a school place",
        "the delays in issuing plans between the council and its health partners",
        "transition planning was weak",
        "the parent carer forum had not been involved in setting priorities",
    ]


def test_what_they_also_found_may_be_praise():
    page = (
        "The SEND re-visit letter was published today. Inspectors found that the timeliness of plans has been"
        " transformed. They also found that staff worked closely with families to write each plan.\n"
    )
    assert texts(page) == []


def test_members_concerned_that_are_debate():
    page = (
        "The report on the SEND inspection was presented. Members were concerned that the budget for transport"
        " would be overspent.\n"
    )
    assert texts(page) == []


def test_ordinal_sentences_after_one_announcing_the_areas():
    page = (
        "The Director explained that the SEND inspection by Ofsted and the CQC had gone well overall, but the"
        " inspectors had identified two areas in which the partnership should improve.\n\n"
        "The first was that school leaders should check more carefully that pupils on reduced timetables return"
        " to full-time education quickly. The second was that commissioners should shorten the wait for sensory"
        " assessments, which had reached 30 weeks.\n"
    )
    assert texts(page) == [
        "school leaders should check more carefully that pupils on reduced timetables return to full-time"
        " education quickly",
        "commissioners should shorten the wait for sensory assessments, which had reached 30 weeks",
    ]


def test_ordinal_sentences_need_an_announcement():
    page = ("The SEND inspection report was discussed at length.\n\n"
            "The first was that the meeting should start at six. The second was that tea should be served.\n")
    assert texts(page) == []


def test_the_areas_that_remain_are_an_enumeration():
    page = (
        "The re-visit letter from Ofsted and the CQC was received in March. Of the four areas of significant"
        " weakness, the area had made sufficient progress in two. The two areas that remain are the quality of"
        " health advice in plans, and the support for young people moving into adult services.\n"
    )
    assert texts(page) == ["the quality of health advice in plans",
                           "the support for young people moving into adult services"]


# Intros that say what must improve --------------------------------------------------

def test_a_lettered_list_after_improvement_was_needed_in_the_following():
    page = (
        "The Head of Service summarised the outcome of the SEND inspection by Ofsted and the CQC.\n\n"
        "Inspectors decided that improvement was needed in the following:\n\n"
        "a) how quickly speech and language therapy starts after referral;\n\n"
        "b) the accuracy of the information held on children missing education;\n\n"
        "c) the way health visitors share concerns with early years settings.\n\n"
        "The Board noted the report.\n"
    )
    assert texts(page) == [
        "how quickly speech and language therapy starts after referral;",
        "the accuracy of the information held on children missing education;",
        "the way health visitors share concerns with early years settings.",
    ]


def test_quoted_should_paragraphs_after_a_short_intro_leaning_on_the_sentence_before():
    page = (
        "Ofsted and the CQC have published the report of their SEND inspection of Hollinsby.\n\n"
        "The report asks the partnership to make improvements in two areas. It says:\n\n"
        "\"Leaders should make sure that the advice of educational psychologists is included in every plan before"
        " it is finalised, so that plans describe what each child needs to learn and how they will be helped.\"\n\n"
        "\"The integrated care board should reduce the time families wait for a first appointment with the"
        " neurodevelopmental service.\"\n\n"
        "The council welcomed the report.\n"
    )
    found = texts(page)
    # (each paragraph quoted whole: the item is the finding without its enclosing quotation marks)
    assert len(found) == 2 and found[0].startswith("Leaders should make sure") \
        and found[1].startswith("The integrated care board should reduce")


def test_counts_joined_by_and_are_summed():
    assert cues.stated_count("It names three areas for priority action and two further areas for improvement.") == 5
    assert cues.stated_count("asked to act urgently in two areas and to improve in three others:") == 5
    assert cues.stated_count("sufficient progress in two of the five areas") == 2


# Tables ---------------------------------------------------------------------------------

def test_piped_pdf_rows_under_a_header_naming_weaknesses():
    page = (
        "4. Progress since the inspection\n"
        "4.1 The table sets out each weakness in the SEND inspection letter and the latest DfE view.\n"
        "Weakness named in the letter Latest DfE view,\n"
        "March 2023\n"
        "Leaders do not know how well children with SEND achieve in mainstream schools | Some concerns\n"
        "The quality of plans varies too much between teams | On track\n"
        "Too few families take part in planning short breaks | Green\n"
        "5. Next steps\n"
    )
    assert texts(page) == [
        "Leaders do not know how well children with SEND achieve in mainstream schools",
        "The quality of plans varies too much between teams",
        "Too few families take part in planning short breaks",
    ]


def test_html_table_cells_a_paragraph_each_header_and_ratings_left_out():
    page = (
        "The Assistant Director presented the report. It set out what had been done since the joint SEND inspection"
        " of the local area in 2019, and what was still to do.\n\n"
        "The report of the joint SEND inspection was presented and the Committee looked at progress against each"
        " area of weakness:\n\n"
        "Area of weakness found by inspectors\n\n"
        "RAG status (June 2021)\n\n"
        "The local offer is out of date and hard to search\n\n"
        "Amber\n\n"
        "Health contributions to plans are often late\n\n"
        "Red\n\n"
        "The Committee noted the report. Members thanked the officers for their work with families and schools.\n"
    )
    assert texts(page) == ["The local offer is out of date and hard to search",
                           "Health contributions to plans are often late"]


def test_cells_labelled_with_their_kind_give_the_first_sentence():
    page = (
        "Our SEND inspection\n\n"
        "Ofsted and the CQC inspected our local area partnership in May and found two areas for priority action"
        " and one area for improvement.\n\n"
        "Finding\tWhat happens now\n"
        "Priority action: children who need an assessment of their needs wait far too long, and many miss"
        " school while they wait. A new assessment team started in July.\n"
        "Priority action: the plans written for young people over 16 are out of date. Every plan will be reviewed.\n"
        "Improvement: parents are not told what support schools must offer. A guide is being written.\n"
    )
    assert texts(page) == [
        "children who need an assessment of their needs wait far too long, and many miss school while they wait.",
        "the plans written for young people over 16 are out of date.",
        "parents are not told what support schools must offer.",
    ]


# Spurious ---------------------------------------------------------------------------------

def test_a_notice_header_block_naming_a_priority_action_plan_is_not_a_weakness():
    page = (
        "EXECUTIVE DECISION NOTICE\n"
        "Subject: SEND Priority Action Plan and Funding\n"
        "Decision reference: D/25/004\n"
        "Key decision: Yes\n"
        "Decision\n"
        "The Cabinet considered the report on the SEND inspection and RESOLVED:\n"
        "1. To approve the plan.\n"
    )
    assert texts(page) == []


def test_a_repeated_about_keeps_each_finding_whole():
    page = ("The SEND inspection report was published. Inspectors were concerned about the gaps in provision between"
            " the council and the health trusts, and about the lack of places for pupils with autism.\n")
    assert texts(page) == ["the gaps in provision between the council and the health trusts",
                           "the lack of places for pupils with autism"]


def test_two_gerunds_sharing_an_object_are_not_two_items():
    page = ("The SEND inspection letter named three weaknesses: the slow pace of joint commissioning, the poor"
            " involvement of young people in designing and evaluating services, and the variable quality of plans.\n")
    assert "the poor involvement of young people in designing and evaluating services" in texts(page)


def test_a_relative_clause_after_a_comma_stays_with_its_finding():
    page = ("The SEND re-visit found that the area had not made sufficient progress in the weakness concerning"
            " the reviews of plans, most of which were held months late. A new plan is due in May.\n")
    assert texts(page) == ["the reviews of plans, most of which were held months late"]


def test_a_preposition_repeated_after_semicolons_separates_whole_items():
    page = ("Ofsted and the CQC identified significant weaknesses in the area's use of data, which was out of date;"
            " in the timeliness of plans; and in the support for young people leaving school.\n")
    assert texts(page) == ["the area's use of data, which was out of date", "the timeliness of plans",
                           "the support for young people leaving school"]


def test_inspectors_raising_concerns_that_is_the_same_class():
    page = ("The SEND inspection report was published in May. Inspectors raised concerns that children waited too"
            " long for therapy, and that schools did not always follow the advice in plans.\n")
    assert texts(page) == ["children waited too long for therapy",
                           "schools did not always follow the advice in plans"]


def test_firstly_secondly_finally_after_an_announcement():
    page = ("The outcome of the SEND inspection was reported. Ofsted and the CQC identified three areas for"
            " improvement. Firstly, leaders should speed up the issue of plans. Secondly, the ICB should cut waits"
            " for autism assessments. Finally, leaders should make the local offer easier to use.\n")
    assert texts(page) == ["leaders should speed up the issue of plans",
                           "the ICB should cut waits for autism assessments",
                           "leaders should make the local offer easier to use"]


def test_firstly_without_an_announcement_is_nothing():
    page = ("The SEND inspection was discussed. Members raised concerns that the budget was overspent."
            " Firstly, the Chair welcomed everyone.\n")
    assert texts(page) == []


def test_findings_named_then_told_as_that_clauses():
    page = ("The report of the Ofsted and CQC SEND inspection set out two priority actions. The priority actions"
            " are that leaders should improve the quality of plans and that the ICB should reduce waiting times.\n")
    assert texts(page) == ["leaders should improve the quality of plans", "the ICB should reduce waiting times"]


def test_piped_rows_with_a_header_row_and_a_reference_column():
    page = (
        "2. Progress on each weakness\n"
        "The SEND inspection by Ofsted and the CQC in 2019 found the weaknesses below.\n"
        "Ref | Area of weakness | RAG\n"
        "1 | The local area's self-evaluation is not accurate | Amber\n"
        "2 | Plans do not reflect the needs of children | Red\n"
    )
    assert texts(page) == ["The local area's self-evaluation is not accurate",
                           "Plans do not reflect the needs of children"]


def test_a_progress_phrase_recalling_a_finding_already_set_out_is_not_another():
    page = (
        "The SEND re-visit letter was published. At the inspection in 2019, the inspectors were concerned that"
        " too few plans were finished on time. They were also concerned that leaders did not know how well"
        " children achieved, and that families waited too long for therapy.\n\n"
        "The letter finds sufficient progress in two of the three areas. However, the area has not made enough"
        " progress in reducing therapy waits.\n"
    )
    assert texts(page) == ["too few plans were finished on time",
                           "leaders did not know how well children achieved",
                           "families waited too long for therapy"]


def test_a_progress_phrase_is_the_finding_when_nothing_came_before():
    page = ("The SEND re-visit letter was published. The area has not made enough progress in reducing"
            " therapy waits.\n")
    assert texts(page) == ["reducing therapy waits"]


def test_information_about_the_support_on_offer_is_the_local_offer_theme():
    from pipeline.extract.weaknesses import themes
    assert themes.assign("the information given to families about the help they can get in schools")[0] == "local-offer"
    assert themes.assign("information sharing between agencies is weak") == ["data-oversight"]


def test_should_paragraphs_after_a_colon_intro_without_a_count():
    page = (
        "Ofsted and the CQC have published the report of the SEND inspection of the Ambridge local area"
        " partnership. It found that the partnership's arrangements lead to inconsistent experiences.\n\n"
        "The report sets out what the partnership should do to improve:\n\n"
        "\u201cLeaders should check that every annual review leads to an updated plan within four weeks, so that"
        " plans stay accurate as children grow and their needs change over the years they spend in school.\u201d\n\n"
        "\u201cCommissioners should agree with the trusts how long families will wait for a first occupational"
        " therapy appointment, and publish the waits so that families can see whether they are shrinking.\u201d\n\n"
        "Inspectors also praised the work of the parent carer forum.\n"
    )
    found = texts(page)
    assert len(found) == 2 and found[0].startswith("Leaders should check") \
        and found[1].startswith("Commissioners should agree")


def test_should_sentences_after_an_announcing_sentence():
    page = ("The Director reported on the SEND inspection by Ofsted and the CQC. The report identified areas for"
            " improvement. Leaders should make sure that plans are reviewed on time. The ICB should reduce waits"
            " for therapy.\n")
    assert texts(page) == ["Leaders should make sure that plans are reviewed on time.",
                           "The ICB should reduce waits for therapy."]


def test_what_the_meeting_should_do_is_not_a_finding():
    page = ("The Director reported on the SEND inspection by Ofsted and the CQC. The report identified areas for"
            " improvement. Members should note the report. It should be noted that the plan is late.\n")
    assert texts(page) == []


def test_one_was_that_the_other_was_that_inside_one_sentence():
    page = ("The Director reported on the SEND inspection by Ofsted and the CQC, which found two areas for"
            " improvement. One was that leaders should make sure that plans are reviewed on time; the other was"
            " that the ICB should reduce waits for therapy.\n")
    assert texts(page) == ["leaders should make sure that plans are reviewed on time",
                           "the ICB should reduce waits for therapy"]


def test_a_statutory_next_step_after_an_announcement_is_not_a_finding():
    page = ("The SEND inspection report by Ofsted and the CQC identified areas for priority action. The council"
            " should submit its plan to Ofsted within 35 working days. The partnership must publish the plan by"
            " June.\n")
    assert texts(page) == []


def test_web_table_of_findings_and_responses_a_cell_a_paragraph():
    page = (
        "Our SEND inspection\n\n"
        "Ofsted and the CQC inspected our local area in May. The table shows the areas for improvement and our"
        " response.\n\n"
        "Area for improvement\n\n"
        "What we are doing\n\n"
        "Children wait too long for an autism assessment.\n\n"
        "We have funded a second assessment team and waits fell by a third in six months.\n\n"
        "Plans are not updated after annual reviews.\n\n"
        "A new review team now checks every plan within four weeks of its review.\n\n"
        "Contact us\n"
    )
    assert texts(page) == ["Children wait too long for an autism assessment.",
                           "Plans are not updated after annual reviews."]


def test_piped_rows_with_a_response_column():
    page = ("The SEND inspection by Ofsted and the CQC took place in June.\n"
            "Finding | What we are doing | Due\n"
            "Too many plans are issued late | A new team of case officers | March 2025\n"
            "The local offer is out of date | A redesigned website | June 2025\n")
    assert texts(page) == ["Too many plans are issued late", "The local offer is out of date"]
