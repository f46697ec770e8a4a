"""SEND milestone events: which dated sentences are milestones, and of what type."""

from __future__ import annotations

import pytest

from pipeline.extract import events
from pipeline.extract.common.sentences import sentences
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def milestones(*texts: str) -> list[tuple[str, str, str | None]]:
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    return [(e.type, e.start_date, e.end_date) for e in events.extract(doc)]


@pytest.mark.parametrize("text, expected", [
    ("Between 28 January 2019 and 1 February 2019, the local area of Kent was inspected by Ofsted and CQC.",
     ("inspection", "2019-01-28", "2019-02-01")),
    ("In March 2019 the local area, including the CCG and schools, had a joint inspection of SEND.",
     ("inspection", "2019-03", None)),
    ("Ofsted and the CQC carried out a joint inspection of the local area from 4 to 8 December 2017.",
     ("inspection", "2017-12-04", "2017-12-08")),
    ("The inspection outcome letter was published on 12 February 2018 by Ofsted.",
     ("outcome-letter", "2018-02-12", None)),
    ("These are set out in the attached letter which was published on the Ofsted website on 29th March 2019.",
     ("outcome-letter", "2019-03-29", None)),
    ("The Ofsted SEND Inspection Report (February 2024) found inconsistent recording.",
     ("outcome-letter", "2024-02", None)),
    ("The Written Statement of Action needs to be submitted to the DfE by 28 June 2019.",
     ("wsoa-submitted", "2019-06-28", None)),
    ("The Written Statement of Action (WSoA) was approved by Ofsted on 3 September 2019.",
     ("wsoa-approved", "2019-09-03", None)),
    ("The WSoA was declared fit for purpose by Ofsted in August 2018.", ("wsoa-approved", "2018-08", None)),
    ("A DfE/NHS England monitoring visit took place on 12 November 2019.", ("monitoring", "2019-11-12", None)),
    ("Officials from the DfE had visited the Council in February 2023 and found little progress.",
     ("monitoring", "2023-02", None)),
    ("In February 2019 Ofsted and the Care Quality Commission (CQC) revisited the local area of Dorset.",
     ("revisit", "2019-02", None)),
    ("The Inspection Revisit took place in May 2021 and found insufficient progress.", ("revisit", "2021-05", None)),
    ("The revisit outcome letter was published on 10 January 2020.", ("revisit-outcome", "2020-01-10", None)),
    ("The DfE had therefore issued the Council with a Statutory Direction on 4th August 2023.",
     ("statutory-direction", "2023-08-04", None)),
    ("The Council received an Improvement Notice on 14 April 2023.", ("statutory-direction", "2023-04-14", None)),
    ("The final draft of the APP was submitted to the DfE in March 2020.", ("progress-plan", "2020-03", None)),
    ("We have to submit a priority action plan to Ofsted/ CQC for their approval by 7 March 2024.",
     ("progress-plan", "2024-03-07", None)),
    ("The local area received its inspection outcome letter on 4 May 2018.", ("outcome-letter", "2018-05-04", None)),
    ("The DfE and NHS England undertook a monitoring meeting on 5 March 2020.", ("monitoring", "2020-03-05", None)),
    ("The area was subject to a joint local area SEND inspection on 3–7 December 2018.",
     ("inspection", "2018-12-03", "2018-12-07")),
])
def test_each_milestone_type(text, expected):
    assert milestones(text) == [expected]


@pytest.mark.parametrize("text", [
    "A report on the WSoA will be considered by the People Scrutiny Panel on 31 March 2022.",  # a meeting
    "The Council's ILACS inspection took place in January 2020.",  # another inspection
    "The school was inspected by Ofsted in May 2019 and judged good.",
    "The latest CQC Inspection of the council took place in October 2024.",  # adult social care
    "I can confirm that a team inspected the roads on 10th and 11th March 2025.",
    "Saving to be revisited upon expiry of contract (July 24).",
    "In March 2023, 45% of EHC plans were issued within 20 weeks.",
    "The next review of the SEND strategy will be in March 2025.",
    "Improvement notice lifted in October 2024 after good progress on SEND.",
    "The Council published its annual SEND report in June 2023, two years after the local area inspection.",
    "Further to Minute No. 52 of 4 April 2017 the Committee considered the SEND inspection Statement of Action.",
    "Children's services were last inspected by Ofsted in June 2022 and judged good.",
    "Headteachers received the draft WSoA on 1 June 2019 for comment.",
    "On 6th February 2025, the Council received the Inspector’s Report on the Minerals and Waste Local Plan.",
    "The SEND Partnership Board met on 12 May 2021 to review progress against the WSoA.",
])
def test_not_milestones(text):
    assert milestones(text) == []


def test_each_anchor_takes_the_nearest_date_only():
    text = ("The first review of progress against the actions of the Accelerated Progress Plan took place on "
            "15th November 2023 and was published in January 2024.")
    assert milestones(text) == [("monitoring", "2023-11-15", None)]


def test_a_date_in_another_clause_goes_to_its_own_anchor():
    text = ("An Improvement Notice was issued by the then Minister in March 2023, and required the development "
            "of an Accelerated Progress Plan.")
    assert milestones(text) == [("statutory-direction", "2023-03", None)]


def test_a_relative_clause_acts_on_the_thing_just_named():
    text = ("The Board oversees the Written Statement of Action as agreed following the Improvement Notice for SEND, "
            "which was issued to the Council by the Minister on 15th May 2024.")
    assert milestones(text) == [("statutory-direction", "2024-05-15", None)]


def test_a_clause_without_a_subject_acts_on_the_sentences_topic_past_a_leading_phrase():
    text = ("Following the inspection in March 2019, the WSoA was co-produced with parents, "
            "and it was submitted on 20 June 2019.")
    assert sorted(milestones(text)) == [("inspection", "2019-03", None), ("wsoa-submitted", "2019-06-20", None)]


def test_two_milestones_in_one_sentence():
    text = "The WSoA was submitted to Ofsted on 20 May 2019 and was declared fit for purpose on 2 July 2019."
    assert sorted(milestones(text)) == [("wsoa-approved", "2019-07-02", None), ("wsoa-submitted", "2019-05-20", None)]


def test_a_bare_year_keeps_its_anchor_from_a_later_date():
    text = ("In February 2019 Ofsted and the CQC visited Dorset to see what improvements had been made "
            "since their last inspection in 2017.")
    assert milestones(text) == []


def test_an_approval_without_a_subject_borrows_the_previous_sentences():
    text = ("The Written Statement of Action needs to be submitted to the DfE by 28 June 2019. If the DfE agree "
            "this then we should have confirmation of that by 12 July 2019. If they require revisions then that "
            "will have to be signed off by them by 9 August 2019.")
    assert milestones(text) == [("wsoa-submitted", "2019-06-28", None), ("wsoa-approved", "2019-07-12", None),
                                ("wsoa-approved", "2019-08-09", None)]


def test_a_letter_takes_its_kind_from_the_sentences_before():
    text = ("Members were updated on the outcome of the SEND re-visit which took place on the week of "
            "September 26th, 2019. Due to the election there had been a delay in the final publication of the "
            "letter, and it had gone live to the public on the Local Offer on December 23rd, 2019.")
    assert milestones(text) == [("revisit", "2019-09-26", None), ("revisit-outcome", "2019-12-23", None)]


def test_an_inspection_that_checks_progress_is_a_revisit():
    text = ("A recent inspection, carried out in July 2025 by Ofsted and CQC, revealed that improvements have been "
            "made in relation to each of the areas for priority action.")
    assert milestones(text) == [("revisit", "2025-07", None)]


def test_a_report_published_today_takes_the_dateline():
    text = ("Outcome of Ofsted inspection published\n30 Jan 2024\n"
            "Ofsted / CQC have today published their report following their inspection of SEND services, "
            "which took place in November 2023.")
    assert sorted(milestones(text)) == [("inspection", "2023-11", None), ("outcome-letter", "2024-01-30", None)]


def test_the_event_quotes_its_sentence_exactly():
    page = "Background\n\n1.1 In July 2023, Ofsted and the CQC inspected\nSEND services. Other text."
    doc = segment([Page(1, page)])
    [event] = events.extract(doc)
    assert page[event.char_start:event.char_end] == event.quote
    assert event.text == "In July 2023, Ofsted and the CQC inspected SEND services."


def test_sentences_split_on_stops_blank_lines_markers_and_short_title_lines():
    text = ("Mr. Smith met Dr. Jones. Then\nthey left.\n\n• A bullet\n1.2 Numbered point.\n"
            "Ofsted Report - October 2019 (PDF)\nBetween 3 July and 7 July 2017, inspectors visited.")
    assert [text[b:e] for b, e in sentences(text)] == [
        "Mr. Smith met Dr. Jones.", "Then\nthey left.", "A bullet", "Numbered point.",
        "Ofsted Report - October 2019 (PDF)", "Between 3 July and 7 July 2017, inspectors visited."]


def test_an_improvement_plan_is_a_send_milestone_only_in_a_send_context():
    assert milestones("The Council's corporate Improvement Plan was approved by Cabinet in March 2023.") == []
    assert milestones("The SEND Improvement Plan was agreed with the DfE in March 2023.") == [
        ("progress-plan", "2023-03", None)]


@pytest.mark.parametrize("text, expected", [
    # the letter or report of a re-visit dates its publication, not the re-visit
    ("The re-visit report was published on 9 July 2021 and was shared with parents.",
     [("revisit-outcome", "2021-07-09", None)]),
    ("The findings were set out in the revisit letter of 14 January 2020, which found mixed progress.",
     [("revisit-outcome", "2020-01-14", None)]),
    # "visited ... to inspect": the verb is the inspection too
    ("During the week commencing 2 March 2020, inspectors from Ofsted came to inspect SEND arrangements.",
     [("inspection", "2020-03-02", None)]),
    # a visit by the DfE is monitoring; the Ofsted "re-visit" after it is not the DfE's visit
    ("The improvement notice was issued by the DfE on 3 May 2022, after the SEND re-visit in March 2022.",
     [("statutory-direction", "2022-05-03", None), ("revisit", "2022-03", None)]),
])
def test_reports_visits_and_verbs_of_revisits(text, expected):
    assert sorted(milestones(text)) == sorted(expected)


def test_a_second_verb_shares_the_subject_of_the_verb_before_it():
    text = ("The inspection letter, published on 2 April 2019, set out five weaknesses, which the partnership "
            "answered in a WSoA submitted on 20 June 2019 and approved by Ofsted on 9.8.2019.")
    assert milestones(text) == [("outcome-letter", "2019-04-02", None), ("wsoa-submitted", "2019-06-20", None),
                                ("wsoa-approved", "2019-08-09", None)]


def test_a_second_verb_without_a_verb_before_it_shares_the_sentences_subject():
    text = ("The Written Statement of Action answered the findings of the inspection and was approved by "
            "Ofsted on 4 October 2019.")
    assert milestones(text) == [("wsoa-approved", "2019-10-04", None)]


def test_the_letter_already_spoken_of_is_the_one_the_sentences_before_were_about():
    text = ("The Panel received a report on the Ofsted and CQC re-visit of the local area in May 2022. "
            "Officers said that the letter issued on 30 June 2022 showed that two weaknesses identified at "
            "the inspection in 2019 remained.")
    assert milestones(text) == [("revisit", "2022-05", None), ("revisit-outcome", "2022-06-30", None)]


@pytest.mark.parametrize("text", [
    # a board's own report is not an inspection's
    "The SEND Improvement Board agreed that it would publish its first annual report by June 2023.",
    # "a letter ... from Ofsted on their evaluation" of the statement of action is not the outcome letter
    "The Panel also considered a letter received by the Director of Children's Services, dated 3 May 2018, "
    "from Ofsted and the Care Quality Commission on their evaluation of the statement of action.",
])
def test_reports_that_are_not_inspection_reports(text):
    assert milestones("Ofsted and the CQC re-visited the local area. " + text) == []


@pytest.mark.parametrize("text, expected", [
    # "the plan" points back to the plan named in the sentences before (the WSoA is one too)
    ("The local area must now agree an Accelerated Progress Plan with the DfE. The plan had been submitted "
     "on 17 June 2022.", [("progress-plan", "2022-06-17", None)]),
    ("Officers have co-produced a Written Statement of Action with parents. Members heard how schools had "
     "helped. It was submitted to Ofsted on 3 May 2019.", [("wsoa-submitted", "2019-05-03", None)]),
    # ... and is SEND's where the sentence that named it says so
    ("The partnership has drafted a SEND improvement plan. It has four priorities. Each has a lead. "
     "Parents helped to write them. The plan will be submitted to the DfE by 29 February 2024.",
     [("progress-plan", "2024-02-29", None)]),
    # the 2023 framework's strategic action plan
    ("The SEND Strategic Action Plan was agreed by the Partnership Board on 6 July 2023.",
     [("progress-plan", "2023-07-06", None)]),
])
def test_a_plan_spoken_of_before(text, expected):
    assert milestones(text) == expected


def test_a_passive_verb_with_its_own_subject_borrows_nothing():
    text = ("The WSoA was declared fit for purpose on 19 August 2022. Progress was reported. A new quality "
            "assurance framework had been agreed with the forum, and the hub would open from April 2023.")
    assert milestones(text) == [("wsoa-approved", "2022-08-19", None)]


@pytest.mark.parametrize("text, expected", [
    # "the outcome of which was published": a relative clause after "of"
    ("The report updated the Panel on progress since the Ofsted and CQC area SEND inspection of 9 to 13 "
     "January 2023, the outcome of which was published on 3 March 2023.",
     [("inspection", "2023-01-09", "2023-01-13"), ("outcome-letter", "2023-03-03", None)]),
    # Ofsted only publishes the letter; which letter it is the sentences before say
    ("Ofsted and the CQC have published the findings of their re-visit to the city. The letter was published "
     "on the Ofsted website on 14 March 2022.", [("revisit-outcome", "2022-03-14", None)]),
    # a reference to the letter by its date, after the inspection it reports
    ("4.1 Ofsted and CQC: Joint area SEND inspection in Lewisham, letter of 11 April 2023.",
     [("outcome-letter", "2023-04-11", None)]),
    # papers cited at the end of a report date documents, not visits
    ("Background papers: Area SEND inspection of Somerset local area partnership, Ofsted, 21 November 2023",
     [("outcome-letter", "2023-11-21", None)]),
])
def test_letters_and_reports(text, expected):
    assert sorted(milestones(text)) == sorted(expected)


def test_an_inspection_letter_in_a_document_about_send():
    title = "Report title: Local area SEND inspection – progress\n\nTimeline\n\n"
    assert milestones(title + "The inspection letter was published on 11 April 2023.") == [
        ("outcome-letter", "2023-04-11", None)]
    assert milestones("Highways report\n\nTimeline\n\nThe inspection letter was published on 11 April 2023.") == []


@pytest.mark.parametrize("text, expected", [
    ("Services for children with SEND are improving, say Ofsted. Inspectors visited the borough between 8 "
     "and 12 January 2024 and met families.", [("inspection", "2024-01-08", "2024-01-12")]),
    ("Re-visit in 2021\n\nInspectors came back from 8 to 10 November 2021 to check our progress.",
     [("revisit", "2021-11-08", "2021-11-10")]),
    # the verb, said of the DfE, and a review left understood after the first
    ("Progress against the APP will be reviewed by the DfE and NHS England at six-monthly intervals, the "
     "first in March 2022.", [("monitoring", "2022-03", None)]),
    ("Members were told that the first review of progress by the DfE and NHS England had taken place on 24 "
     "March 2021 and that the next was expected in late September 2021.",
     [("monitoring", "2021-03-24", None), ("monitoring", "2021-09", None)]),
    ("Kathryn Abbs said that the adviser's notes of the previous review, on 13 September 2022, were positive "
     "about the WSoA.", [("monitoring", "2022-09-13", None)]),
])
def test_visits_and_reviews_said_in_other_words(text, expected):
    assert sorted(milestones(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a committee meeting's date is not the milestone's named before it
    ("RESOLVED that (a) the outcome of the re-visit be noted; and (b) a report be brought to the Panel's "
     "meeting in March 2022.", []),
    # a framework's date is not the inspection's
    ("Ofsted and the CQC inspected the SEND local area partnership under the framework introduced in "
     "January 2023.", []),
    # but a monitoring meeting keeps its own date
    ("The Director reported on the DfE and NHS England stocktake meeting held on 1 November 2022.",
     [("monitoring", "2022-11-01", None)]),
])
def test_dates_that_belong_to_something_else(text, expected):
    assert milestones(text) == expected


def test_each_row_of_a_text_table_is_a_sentence():
    text = ("The milestones of the SEND inspection cycle are below.\nMilestone | Date\n"
            "Inspection | 11-15 March 2019\nWSoA approved | 12 September 2019\n"
            "DfE and NHS England monitoring visit | w/c 4 Nov 2019\nImprovement notice lifted | 18 December 2020")
    assert [text[b:e] for b, e in sentences(text)][2:] == [
        "Inspection | 11-15 March 2019", "WSoA approved | 12 September 2019",
        "DfE and NHS England monitoring visit | w/c 4 Nov 2019", "Improvement notice lifted | 18 December 2020"]
    assert sorted(milestones(text)) == [("inspection", "2019-03-11", "2019-03-15"), ("monitoring", "2019-11-04", None),
                                        ("wsoa-approved", "2019-09-12", None)]



@pytest.mark.parametrize("cells, expected", [
    # date first, under a "Date | Event" header
    (["Key dates", "Date", "Event", "2 to 6 October 2017", "Local area SEND inspection by Ofsted and CQC",
      "14 December 2017", "Outcome letter published", "1 March 2018", "WSoA approved by Ofsted", "Next steps"],
     [("inspection", "2017-10-02", "2017-10-06"), ("outcome-letter", "2017-12-14", None),
      ("wsoa-approved", "2018-03-01", None)]),
    # the milestone first, the date in the second column
    (["Milestone", "Completed", "Local area SEND inspection by Ofsted and CQC", "2 to 6 October 2017",
      "Written statement of action submitted to Ofsted", "09/02/2018"],
     [("inspection", "2017-10-02", "2017-10-06"), ("wsoa-submitted", "2018-02-09", None)]),
    # no header: a run of cells that opens with a date is date-first
    (["11 May 2021", "DfE and NHS England review of progress", "8 November 2021",
      "DfE and NHS England review of progress"],
     [("monitoring", "2021-05-11", None), ("monitoring", "2021-11-08", None)]),
])
def test_a_timeline_table_read_one_cell_a_line(cells, expected):
    """A web page's table reaches the text one cell a line; a date cell is read with its row's other cell."""
    assert sorted(milestones("\n\n".join(cells))) == sorted(expected)


# --- weighed decisions (events.decide) and their evidence ---------------------

@pytest.mark.parametrize("text, expected", [
    # the inspection whose weaknesses a re-visit checked is the first inspection, not the re-visit
    ("Between 3 and 5 March 2021, Ofsted and the CQC revisited the area to decide whether sufficient progress "
     "had been made in addressing the areas of significant weakness identified at the inspection in June 2018.",
     [("inspection", "2018-06", None), ("revisit", "2021-03-03", "2021-03-05")]),
    ("Inspectors looked at what had changed since the previous local area inspection of SEND in April 2017 and "
     "the publication of the Written Statement of Action.", [("inspection", "2017-04", None)]),
    # but an inspection said to have checked progress on earlier weaknesses is the re-visit
    ("An inspection in May 2022 by Ofsted and the CQC found that progress had been made in each of the areas "
     "of significant weakness.", [("revisit", "2022-05", None)]),
])
def test_first_inspection_or_revisit(text, expected):
    assert sorted(milestones(text)) == sorted(expected)


def test_labelled_lines_are_sentences_of_their_own():
    text = "Area SEND inspection report\n\nInspection dates: 3 to 7 March 2025\nDates of previous inspection: 9 to 13 May 2019\n"
    assert sorted(milestones(text)) == [("inspection", "2019-05-09", "2019-05-13"),
                                        ("inspection", "2025-03-03", "2025-03-07")]


@pytest.mark.parametrize("text, expected", [
    # a date fronted before the clause it dates
    ("The Board heard that on the 14th June 2023, the Ofsted inspection report for the area was published.",
     [("outcome-letter", "2023-06-14", None)]),
    # whose report: the inspectors who published it, named after the date
    ("A report published today (3 May 2024) by national inspectors Ofsted and CQC praises the area's progress.",
     [("outcome-letter", "2024-05-03", None)]),
    # a plain action plan, after an inspection's weaknesses, is the WSoA
    ("After the inspection the council had to submit an action plan to Ofsted setting out how the areas of "
     "significant weakness would be addressed. The plan, submitted on 8 May 2023, was approved by Ofsted on "
     "30 May 2023.", [("wsoa-submitted", "2023-05-08", None), ("wsoa-approved", "2023-05-30", None)]),
    ("The climate action plan was approved by Cabinet on 3 March 2023.", []),
    # an inspection left understood after the plural named before it
    ("Area SEND inspections are unannounced, and the one for our borough took place in June 2019.",
     [("inspection", "2019-06", None)]),
    # the inspection regime of every area is no area's inspection
    ("From September 2016 every local area in England is being inspected by Ofsted and the CQC for SEND.", []),
    # a date before a conjunction and a new noun phrase is not that phrase's
    ("Officers described the SEND inspection in March 2018 and the publication of the improvement plan.",
     [("inspection", "2018-03", None)]),
    # a report is published once: its "dated" date is not a second publication
    ("The Ofsted inspection report (dated 4th October 2019) was published on 11th November 2019.",
     [("outcome-letter", "2019-11-11", None)]),
])
def test_pairing_cues(text, expected):
    assert sorted(milestones(text)) == sorted(expected)


def test_a_milestone_restated_by_its_month_is_one_event():
    text = ("SEND re-visit completed in May 2021\n\nOfsted and the CQC carried out a SEND re-visit of the local area "
            "on 24 to 27 May 2021.")
    assert milestones(text) == [("revisit", "2021-05-24", "2021-05-27")]


def test_a_verb_acting_on_another_object_is_no_milestone():
    text = "The Ofsted and CQC inspection of SEND services began when the council received formal notification."
    found = events.anchors(events.Sentence(1, 0, len(text), text, True, True), [])
    assert [a.type for a in found if a.action] == []


def test_every_event_says_why():
    doc = segment([Page(1, "Between 28 January 2019 and 1 February 2019, the local area of Kent was inspected by "
                           "Ofsted and CQC. The Written Statement of Action (WSoA) was approved by Ofsted on "
                           "3 September 2019.")])
    found = events.extract(doc)
    assert [e.type for e in found] == ["inspection", "wsoa-approved"]
    inspection, approval = found
    assert "send:sentence +3" in inspection.evidence and "order:leads +1.5" in inspection.evidence
    assert "verb:approve" in approval.evidence and "subject:wsoa" in approval.evidence
    assert "order:after +2" in approval.evidence and "gap:" in approval.evidence


def test_area_inspection_is_weighed_from_independent_cues():
    from pipeline.extract.events import decide

    text = "The inspection took place in December 2018 and inspectors were pleased."
    at = text.index("inspection") + len("inspection")
    on_a_send_page = decide.area_inspection(text, at, "", document_send=True)
    assert on_a_send_page.passes(decide.AREA_INSPECTION)
    assert "send:document +1" in on_a_send_page.reason() and "verb:took-place +1" in on_a_send_page.reason()
    assert not decide.area_inspection(text, at, "", document_send=False).passes(decide.AREA_INSPECTION)
    ilacs = "The ILACS inspection of SEND took place in May 2019."
    assert not decide.area_inspection(ilacs, ilacs.index("took"), "", True).passes(decide.AREA_INSPECTION)


def test_prose_that_states_a_month_and_its_days_keeps_both():
    text = ("Members noted the weaknesses identified at the local area SEND inspection in April 2018. Ofsted and the "
            "CQC inspected the local area between 16 and 20 April 2018.")
    assert milestones(text) == [("inspection", "2018-04", None), ("inspection", "2018-04-16", "2018-04-20")]


def test_it_points_back_to_the_plan_named_earlier_in_its_sentence():
    text = ("The letter required the local area to produce a Written Statement of Action because of significant "
            "weaknesses, and it must be submitted to Ofsted by 30 September 2019.")
    assert milestones(text) == [("wsoa-submitted", "2019-09-30", None)]


@pytest.mark.parametrize("text, expected", [
    # a meeting with the monitors is their review
    ("The partnership attended a meeting with the Department for Education and NHS England officials on "
     "November 14th 2023 to review progress against the APP.", [("monitoring", "2023-11-14", None)]),
    # the date of an update is not the re-visit's
    ("Ofsted re-visit of the borough's SEND services - progress plan update May 2023", []),
    # a link line ends its sentence: the next line's date is not the report's
    ("Read the local area SEND inspection report (PDF format, 210kb)\nIn June 2016, the council moved offices.",
     []),
    # prose that a blank line cut before its stop runs on into the next block
    ("Members heard that following a CQC and Ofsted Area SEND inspection of the Example\n\n"
     "Local Area Partnership between 12th – 16th February 2024. The inspectors found concerns.",
     [("inspection", "2024-02-12", "2024-02-16")]),
    # in a SEND context a plain action plan is an improvement plan; "put in place" approves
    ("Members were reminded that the SEND Action Plan was agreed by partners across the local area in "
     "March 2021.", [("progress-plan", "2021-03", None)]),
    ("After the inspection a Written Statement of Action was put in place in November 2020.",
     [("wsoa-approved", "2020-11", None)]),
])
def test_more_phrasings(text, expected):
    assert milestones(text) == expected


def test_a_heading_is_not_run_on_into_the_paragraph_after_it():
    text = ("Ofsted and Care Quality Commission (CQC) Joint Area Inspection of SEND\n\nIn response to the joint "
            "area inspection of SEND that took place between 5 to 9 July and the findings published on 8 October "
            "2021, the partnership wrote a plan.")
    assert milestones(text) == [("outcome-letter", "2021-10-08", None)]


@pytest.mark.parametrize("text, expected", [
    ("The Director had a meeting with the DfE on 3 May 2022 about capital funding for SEND schools.", []),
    ("The SEND partnership agreed an action plan for the Local Offer website in March 2022.", []),
    ("The SEND Board heard that the monitoring visit update on 5 May 2022 was positive.",
     [("monitoring", "2022-05-05", None)]),
])
def test_phrasings_that_are_not_these_milestones(text, expected):
    assert milestones(text) == expected


# --- who acts, on what: classes of phrasing the weighed cues read -----------------

@pytest.mark.parametrize("text, expected", [
    # a possessive report after the inspection the sentence named: that inspection's publication
    ("The Director told members that inspectors from Ofsted and the CQC inspected the area from 13 to 17 "
     "May 2024, and that its findings were welcome; their letter, issued on 9 July 2024, set out two priorities.",
     [("inspection", "2024-05-13", "2024-05-17"), ("outcome-letter", "2024-07-09", None)]),
    # the 2023 framework's strategic plan, updated after the inspection: the area's improvement plan
    ("Ofsted found widespread inconsistencies in the SEND partnership. The partnership's strategic plan "
     "must be revised and published by 30 September 2025.", [("progress-plan", "2025-09-30", None)]),
])
def test_milestones_read_by_who_acts_on_what(text, expected):
    assert sorted(milestones(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a new subject between a milestone's words and a date takes the date: a meeting, a committee's own
    # report, a post to be filled
    ("Inspectors will come back for a further SEND inspection in due course, and a stocktake session is "
     "pencilled in for October 2025.", []),
    ("It was agreed that the update on the DfE review be noted; and that a progress report on therapy "
     "waits be presented to the Panel in November 2025.", []),
    ("The WSoA was signed off in 2019. The Chief Nurse agreed that a new designated clinical officer "
     "would be appointed by April 2025.", []),
    # accepting a proposition approves no plan named before
    ("The Accelerated Progress Plan was discussed. The Director accepted that the plan was ambitious and "
     "that parents in March 2024 had asked for more.", []),
])
def test_dates_that_belong_to_another_subject(text, expected):
    assert milestones(text) == expected


def test_another_subject_is_in_the_evidence():
    from pipeline.extract.events.candidates import Anchor, Timex
    from pipeline.extract.events.decide import pair_evidence
    from pipeline.records import DateMention

    text = "The SEND inspection will follow, and a briefing session is booked for May 2026."
    anchor_at = text.index("inspection")
    date_at = text.index("May 2026")
    mention = DateMention(page=1, char_start=date_at, char_end=date_at + 8, quote="May 2026", text="May 2026",
                          start_date="2026-05", end_date=None)
    ev = pair_evidence(Anchor("inspection", anchor_at, anchor_at + 10), Timex(date_at, date_at + 8, mention),
                       text, [(0, len(text))], 0)
    assert "date:another-subject -3" in ev.reason() and not ev.passes(0.5)


@pytest.mark.parametrize("text", [
    "The improvement notice was withdrawn in June 2024 after strong progress.",
    "Members welcomed the removal of the statutory direction in February 2025.",
    "The Minister confirmed the decision to revoke the improvement notice on 3 March 2025.",
])
def test_an_ended_notice_is_not_issued(text):
    assert milestones(text) == []


def test_the_day_an_inspection_began_before_its_onsite_week_is_the_same_inspection():
    text = ("Westshire has been told that Ofsted and the CQC began their inspection of SEND on 3 March 2025. "
            "The onsite part of the inspection will run from 17 to 21 March 2025.")
    assert milestones(text) == [("inspection", "2025-03-17", "2025-03-21")]


@pytest.mark.parametrize("text, expected", [
    # a range of days after "framework" is the visit's, not the framework's
    ("The local area partnership was inspected under the new framework between 9 and 13 October 2023.",
     [("inspection", "2023-10-09", "2023-10-13")]),
    # the date in "following the re-visit in ..." is the re-visit's, not the notice's
    ("The council was issued with an Improvement Notice by the Department for Education on 17 May 2023, "
     "following the re-visit in February 2023.",
     [("revisit", "2023-02", None), ("statutory-direction", "2023-05-17", None)]),
])
def test_a_date_goes_to_the_thing_its_phrase_names(text, expected):
    assert sorted(milestones(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    # an inspection's action plan named in an agenda line; the date is the meeting's, after its label
    "Local Area SEND Inspection Improvement Plan - progress update\nMeeting: 03/02/2022 - Children's Scrutiny Panel",
    # the framework's start, not an area's inspection
    "In April 2017, a new kind of area SEND inspection was introduced by Ofsted and the CQC.",
])
def test_plans_meetings_and_frameworks_are_not_inspections(text):
    assert milestones(text) == []


def test_a_named_schools_inspection_is_not_the_areas():
    assert milestones("An Ofsted inspection of Brookside Primary School in June 2023 judged it Good, "
                      "and the SEND unit was praised.") == []


def test_a_direction_under_section_497a_is_a_statutory_direction():
    assert milestones("The Secretary of State gave the council a direction under section 497A of the Education "
                      "Act 1996 on 2 October 2023 about its SEND services.") == [("statutory-direction", "2023-10-02", None)]


# --- round 5's classes, in words of our own ----------------------------------

def test_several_reviews_dated_in_one_sentence_are_one_monitoring_event_each():
    text = ("Advisers from the DfE and NHS England assessed the partnership's progress on 3 May 2022, "
            "9 November 2022 and 2 May 2023, and Ofsted and the CQC revisited the area in January 2024.")
    assert sorted(milestones(text)) == [("monitoring", "2022-05-03", None), ("monitoring", "2022-11-09", None),
                                        ("monitoring", "2023-05-02", None), ("revisit", "2024-01", None)]
    [first, *listed] = [e for e in events.extract(segment([Page(1, text)])) if e.type == "monitoring"]
    assert "dates:listed" not in first.evidence and all("dates:listed" in e.evidence for e in listed)


def test_a_list_of_dates_stops_at_other_words():
    text = ("The DfE reviewed the council's progress on 4 April 2022 and a report went to Cabinet on "
            "6 June 2022.")
    assert milestones(text) == [("monitoring", "2022-04-04", None)]


def test_the_notice_named_plainly_is_the_improvement_notice_named_before():
    text = ("The Minister has ended the statutory direction for SEND in the borough. Officers said that the "
            "direction, originally issued on 9 March 2021, had been replaced by ordinary monitoring.")
    assert milestones(text) == [("statutory-direction", "2021-03-09", None)]
    assert milestones("Members were given notice of the meeting issued on 9 March 2021.") == []


def test_inspectors_staying_in_the_area_is_the_inspection():
    text = ("Inspectors spent four days with the local area SEND partnership, meeting families and leaders, "
            "between 11th and 15th March 2024.")
    assert milestones(text) == [("inspection", "2024-03-11", "2024-03-15")]


def test_a_standing_review_and_the_first_of_them():
    text = ("The DfE will monitor the plan. Regular reviews will be held each term, with the first in "
            "October 2022.")
    assert milestones(text) == [("monitoring", "2022-10", None)]


def test_the_inspectors_letter_named_by_its_date():
    text = ("Ofsted and the CQC inspected the SEND local area in March 2018. Its letter of 2 May 2018 asked "
            "for a Written Statement of Action.")
    assert milestones(text) == [("inspection", "2018-03", None), ("outcome-letter", "2018-05-02", None)]


def test_a_review_named_by_its_reviewers_and_held_on_a_date():
    text = "Members heard the outcome of the Department for Education and NHS England review held on 7 March 2023."
    assert milestones(text) == [("monitoring", "2023-03-07", None)]


def test_a_report_published_today_by_the_inspectors_named_after_the_verb():
    text = ("Published: 04/06/2024\n\nA report on services for children with special educational needs in "
            "the borough has been released and published today by Ofsted and the CQC.")
    assert milestones(text) == [("outcome-letter", "2024-06-04", None)]


def test_agreeing_to_do_something_about_the_plan_does_not_approve_it():
    assert milestones("The Panel agreed in March 2020 to review the Written Statement of Action twice a year.") == []
    assert milestones("The Panel agreed the Written Statement of Action in March 2020.") == [
        ("wsoa-approved", "2020-03", None)]


@pytest.mark.parametrize("text, expected", [
    ("Ofsted and the CQC inspected SEND services. The inspectors' letter of 12 May 2022 asked for a WSoA.",
     [("outcome-letter", "2022-05-12", None)]),
    ("Inspectors were in the borough from 3 to 7 March 2025 to look at SEND services.",
     [("inspection", "2025-03-03", "2025-03-07")]),
    ("DfE and NHS England officials met the partnership to review progress on 3 May 2022 and on 9 November 2022.",
     [("monitoring", "2022-05-03", None), ("monitoring", "2022-11-09", None)]),
    ("Progress reviews with the DfE took place in June 2022, December 2022 and June 2023.",
     [("monitoring", "2022-06", None), ("monitoring", "2022-12", None), ("monitoring", "2023-06", None)]),
])
def test_round_five_classes_in_other_words(text, expected):
    assert milestones(text) == expected


def test_a_report_named_as_the_inspections_is_its_letter_in_a_sentence_about_the_revisit():
    text = ("In June 2023 Ofsted and the CQC revisited the local area to check progress on the weaknesses set out "
            "in the inspection letter published on 3 March 2021.")
    assert sorted(milestones(text)) == [("outcome-letter", "2021-03-03", None), ("revisit", "2023-06", None)]


def test_a_plan_presented_to_those_who_agree_it():
    assert milestones("Officers said the SEND improvement plan would be presented to the Partnership Board "
                      "in April 2025.") == [("progress-plan", "2025-04", None)]
    assert milestones("A report on the Written Statement of Action was presented to the Panel on 4 May 2023.") == []
    assert milestones("RESOLVED that an update on the SEND Improvement Plan be presented to the Committee in "
                      "July 2025.") == []


def test_review_dates_listed_with_semicolons_or_in_brackets():
    assert milestones("DfE and NHS England reviews of the WSoA were held on 3 May 2022; 9 November 2022; and 2 May "
                      "2023.") == [("monitoring", "2022-05-03", None), ("monitoring", "2022-11-09", None),
                                   ("monitoring", "2023-05-02", None)]
    assert milestones("Six-monthly DfE reviews (May 2022, November 2022 and May 2023) found steady progress.") == [
        ("monitoring", "2022-05", None), ("monitoring", "2022-11", None), ("monitoring", "2023-05", None)]


@pytest.mark.parametrize("text, expected", [
    # the inspection named as the owner of a report that is published dates the report
    ("Ofsted published the outcome of the SEND inspection on 12 July 2024.", [("outcome-letter", "2024-07-12", None)]),
    ("On 12 July 2024 the report of the SEND inspection was made public.", [("outcome-letter", "2024-07-12", None)]),
    ("The local area received the inspection outcome on 12 July 2024.", [("outcome-letter", "2024-07-12", None)]),
    # ... unless the inspection is said to have happened then
    ("Members received the report of the SEND inspection carried out in March 2019.", [("inspection", "2019-03", None)]),
    ("The Panel received an update on the findings of the local area SEND inspection of the borough's partnership, "
     "which had been held from 3 to 7 June 2024.", [("inspection", "2024-06-03", "2024-06-07")]),
    # a date said with the verb that reports the milestone
    ("Ofsted confirmed on 2 October 2019 that the WSoA was fit for purpose.", [("wsoa-approved", "2019-10-02", None)]),
])
def test_reports_owned_by_an_inspection_and_dates_said_with_the_reporting_verb(text, expected):
    assert milestones(text) == expected


def test_the_notice_of_an_inspection_is_not_the_inspection_and_a_told_date_is_no_revisit():
    assert milestones("The local area was notified of the SEND inspection on 25 November 2024 and inspectors were "
                      "on site from 2 to 6 December 2024.") == [("inspection", "2024-12-02", "2024-12-06")]
    assert milestones("We were told on 14 January 2025 that the local area SEND partnership had made sufficient "
                      "progress at its revisit.") == []


def test_the_monitors_reviewing_progress_in_the_future_tense():
    assert milestones("The DfE and NHSE will review progress against the WSoA every six months, starting in "
                      "February 2020.") == [("monitoring", "2020-02", None)]
    # "reviews of progress" after the DfE is the noun, in another clause: not the DfE reviewing
    assert ("monitoring", "2021-07", None) not in milestones(
        "The APP must be agreed with the DfE by the end of July 2021, and formal reviews of progress will then "
        "take place every six months, the first in Jan 2022.")


# --- pronouns, ordinals, letters and possible visits (classes from the blind rounds) ---

def test_a_plan_named_before_and_then_acted_on_as_it():
    assert milestones("The local area had to write a Written Statement of Action after the SEND inspection. "
                      "The partnership sent it to Ofsted on 2 May 2021.") == [("wsoa-submitted", "2021-05-02", None)]
    assert ("progress-plan", "2024-11-29", None) in milestones(
        "After the SEND inspection the partners must refresh their strategic action plan. "
        "We intend to submit it on Friday 29 November 2024.")


def test_send_it_to_ofsted_is_a_submission_and_send_the_acronym_is_not():
    assert milestones("Following the SEND inspection, the area must revise its strategic action plan and "
                      "send it to Ofsted by 3 October 2025.") == [("progress-plan", "2025-10-03", None)]


def test_ordinals_of_these_stand_for_the_recurring_milestone_named_before():
    found = milestones("Officials of the DfE and NHS England hold review meetings with the partnership on the WSoA. "
                       "The first of these was held on 9 March 2021 and the second in Oct 2021.")
    assert sorted(found) == [("monitoring", "2021-03-09", None), ("monitoring", "2021-10", None)]


def test_an_approval_in_a_letter_dated_is_the_approval():
    assert ("wsoa-approved", "2020-01-17", None) in milestones(
        "The WSoA was submitted on 2 December 2019 and judged fit for purpose in a letter dated 17 January 2020.")


def test_the_letter_of_a_date_is_the_outcome_letter():
    assert milestones("The SEND inspection took place in 2019. The letter of 12 June 2019 set out four "
                      "significant weaknesses.") == [("outcome-letter", "2019-06-12", None)]


def test_a_letter_after_inspectors_came_back_is_the_revisits():
    found = milestones("Ofsted and the CQC inspected SEND in the area in 2018. Inspectors came back to check "
                       "on progress between 3 and 5 May 2021. The inspectors' letter went live on 9 June 2021.")
    assert ("revisit-outcome", "2021-06-09", None) in found
    assert ("outcome-letter", "2021-06-09", None) not in found


def test_monitoring_by_the_dfe_most_recently_on_a_date():
    assert milestones("Monitoring by the DfE had happened every six months, most recently on the 4th of "
                      "March 2023, when progress on the WSoA was judged good.") == [("monitoring", "2023-03-04", None)]


def test_a_revisit_that_may_come_at_any_time_is_no_milestone():
    assert milestones("The SEND inspection found weaknesses. Officers said a re-visit might happen at any "
                      "time from June 2024.") == []


def test_a_strategic_action_plan_in_a_send_paper_is_the_areas_plan():
    found = milestones("Ofsted and the CQC inspected SEND in the county in October 2024.\n\n"
                       "Waiting lists remain long. Families were not always heard. Plans vary in quality.\n\n"
                       "A strategic action plan has been written with parents and will be published by 28th "
                       "February 2025.")
    assert ("progress-plan", "2025-02-28", None) in found


def test_a_headline_is_not_joined_to_the_datelines_date():
    found = milestones("Joint inspection praises early years support for children with SEND locally\n\n"
                       "Press release | 3 June 2024\n\n"
                       "Inspectors visited the area from Monday 15 April to Friday 19 April 2024.")
    assert found == [("inspection", "2024-04-15", "2024-04-19")]


def test_a_letter_that_states_the_findings_is_the_outcome_letter():
    found = milestones("SEND Written Statement of Action: update\n\nAppendix B: the weaknesses\n\n"
                       "The letter of 7 May 2019 identified the following areas of significant weakness.")
    assert found == [("outcome-letter", "2019-05-07", None)]


def test_a_date_in_a_later_list_item_is_that_items():
    found = milestones("RESOLVED:\nThat the Scrutiny Panel:\na. note the outcome of the area SEND inspection and the "
                       "partnership's improvement plan;\nb. ask the Director of Education to report to the Panel in "
                       "March 2026 on the\nspeech therapy waiting times in each locality; and\nc. thank the families.")
    assert found == []


# --- general phrasings of visits, letters, plans and papers ------------------------

@pytest.mark.parametrize("texts, expected", [
    # the inspection team is the inspectors
    (["The local area SEND inspection report is attached.",
      "The inspection team spent two weeks with us, from 3 to 14 March 2025."],
     [("inspection", "2025-03-03", "2025-03-14")]),
    (["This paper is about the Ofsted and CQC inspection of SEND.",
      "The inspection team were on site between 3 and 7 March 2025."],
     [("inspection", "2025-03-03", "2025-03-07")]),
    # a stay of inspectors that the next sentence says was a return is the re-visit
    (["Inspectors from Ofsted and the CQC spent two days in the borough, from 4 to 5 May 2023. They returned to "
      "check on the progress made since the inspection in 2019."], [("revisit", "2023-05-04", "2023-05-05")]),
    (["Ofsted and CQC inspectors were on site from 9 to 11 October 2023. This was a re-visit of the local area."],
     [("revisit", "2023-10-09", "2023-10-11")]),
    # "the letter" after a list of whom inspectors met is the letter of the visit named before the list
    (["During the re-visit, inspectors spoke to:\n- parents\n- school leaders\n- health staff\n- social workers\n\n"
      "The letter was published on 3 July 2023."], [("revisit-outcome", "2023-07-03", None)]),
    # a plan named before, whose delivery to the inspectors is its submission
    (["The local area must write a Priority Action Plan. The plan must be with Ofsted by 5 June 2024."],
     [("progress-plan", "2024-06-05", None)]),
    (["Following the SEND inspection, the area must produce a priority action plan. "
      "It must reach the DfE by 12 August 2024."], [("progress-plan", "2024-08-12", None)]),
    # papers listed under a "Background papers" heading date the papers: an inspection there is its letter
    (["7. Background papers\n7.1 Joint area SEND inspection of Borsetshire, Ofsted and CQC, 3 March 2023."],
     [("outcome-letter", "2023-03-03", None)]),
    (["References\n\nArea SEND inspection of Wessex Local Area Partnership, Ofsted and CQC, 9 May 2024"],
     [("outcome-letter", "2024-05-09", None)]),
])
def test_general_phrasings_of_milestones(texts, expected):
    assert sorted(milestones(*texts)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("June 2022 - Local Area SEND Inspection\n\nInspection of the local area by Ofsted and the CQC\n\n"
     "13th – 17th June 2022\n\nFive inspectors will visit schools and services.",
     [("inspection", "2022-06-13", "2022-06-17")]),
    ("Ofsted and CQC revisit - March 2023\n\n6 to 8 March 2023\n\nWe will publish the letter here.",
     [("revisit", "2023-03-06", "2023-03-08")]),
    # a date line in another month is not the heading's visit (it may be the page's own date)
    ("June 2022 - Local Area SEND Inspection\n\n4 August 2022\n\nThe letter is below.",
     [("inspection", "2022-06", None)]),
])
def test_a_date_line_under_a_heading_gives_its_visit_the_days(text, expected):
    assert sorted(milestones(text)) == sorted(expected)


@pytest.mark.parametrize("texts, expected", [
    # a wrapped line of prose that begins after the sentence before on its line is no heading, however
    # capitalised ("The final APP is at Appendix" | "2 and must ...")
    (["The DfE requires an Accelerated Progress Plan (APP). The final APP is at Appendix\n"
      "2 and must be sent to the DfE by 14 October 2024."], [("progress-plan", "2024-10-14", None)]),
    (["Partners met Ofsted in May. The Written Statement Of Action Is At Annex\n"
      "A and was submitted to Ofsted on 5 May 2021."], [("wsoa-submitted", "2021-05-05", None)]),
    # "the revised plan" as the verb's object: the strategic action plan named before, in a SEND paper
    (["Our SEND partnership met in March.\n\nWe are refreshing the partnership's strategic action plan with "
      "families and schools to respond to the letter. We will publish the revised plan by 31 July 2024 "
      "and report on progress each term."], [("progress-plan", "2024-07-31", None)]),
    (["Ofsted inspected SEND services in 2024.\n\nLeaders are rewriting the strategic action plan with parents. "
      "The council will publish the updated plan by 15 September 2024."], [("progress-plan", "2024-09-15", None)]),
    # a report's link with its source and date in brackets dates the report, not the visit
    (["Ofsted and the CQC inspected SEND arrangements in the borough.\n\nRead the letter\n\n"
      "• Area SEND inspection of Northshire Local Area Partnership (Ofsted, 5 March 2024)"],
     [("outcome-letter", "2024-03-05", None)]),
    (["Joint local area SEND inspection in Westford (Ofsted and CQC, 12 June 2018)"],
     [("outcome-letter", "2018-06-12", None)]),
    # plain reviews said to have happened, after the words that name their monitors
    (["Officials from the DfE and NHS England check our WSoA twice a year. Reviews were held in May 2021 "
      "and November 2021."], [("monitoring", "2021-05", None), ("monitoring", "2021-11", None)]),
    (["The DfE monitors the Accelerated Progress Plan. A review took place on 3 March 2022."],
     [("monitoring", "2022-03-03", None)]),
])
def test_more_general_phrasings_of_milestones(texts, expected):
    assert sorted(milestones(*texts)) == sorted(expected)


def test_the_inspection_a_revisit_looked_back_at_is_the_area_inspection():
    # SEND is named in the title, not in the sentences near: the weaknesses and the re-visit say whose it is
    text = ("SEND re-visit: Accelerated Progress Plan\n\nThe Cabinet met in public. Members asked questions. "
            "The decision was unanimous.\n\nThe re-visit found that the area had made enough progress in two "
            "of the four significant weaknesses found at the inspection in May 2018.")
    assert milestones(text) == [("inspection", "2018-05", None)]


@pytest.mark.parametrize("text", [
    # a ModernGov issue page's links to its decisions and meetings are dated by the meeting
    "The DfE issued an improvement notice.\n\nDecisions\n\n• 12 Jan 2024 - SEND: Improvement Notice and "
    "Action Plan\n\nAgenda items\n\n• 12/01/2024 - Cabinet SEND: Statutory Direction and Action Plan",
    # a clause that opens with its own new subject acts on it, not on the sentence's topic
    "RESOLVED - That the progress against the Written Statement of Action be noted, and that a further update, "
    "including waiting times, be submitted to the Panel in May 2024.",
    # agreeing to do something else approves no plan named before
    "Members are asked to:\ni) note the progress made; and\nii) comment on the refreshed SEND improvement plan; and\n"
    "iii) agree to receive a further update on waiting times in March 2025.",
])
def test_no_milestone_in_meeting_links_or_a_committees_own_business(text):
    assert milestones(text) == []


@pytest.mark.parametrize("texts, expected", [
    # "the meeting" on progress, just after sentences that name the DfE or NHS England: their review
    (["Our adviser from the DfE looked at the revised plan in May. The meeting on 12th June 2021 was positive "
      "and showed the progress made on the two remaining areas."], [("monitoring", "2021-06-12", None)]),
    (["We met NHS England and the Department for Education to go through the APP. The follow-up meeting in "
      "October 2022 confirmed good progress."], [("monitoring", "2022-10", None)]),
    # ... but not the committee's own meeting
    (["The DfE wrote to the council in May. The meeting on 5 May 2022 noted the progress made."], []),
    # a date alone under a news headline is the page's dateline, not the headline's inspection
    (["Services for children with special educational needs inspected in Westshire\n\nMarch 2023\n\nOfsted and the CQC inspected "
      "SEND services in the county in January 2023."], [("inspection", "2023-01", None)]),
])
def test_a_meeting_spoken_of_and_a_dateline(texts, expected):
    assert sorted(milestones(*texts)) == sorted(expected)


@pytest.mark.parametrize("texts, expected", [
    # a re-submission is a submission
    (["Ofsted asked for changes to the WSoA. The revised WSoA was re-submitted on 4 February 2020."],
     [("wsoa-submitted", "2020-02-04", None)]),
    (["After the SEND inspection the written statement of action was resubmitted in May 2019."],
     [("wsoa-submitted", "2019-05", None)]),
    # a deadline named before the verb it bounds
    (["After the SEND inspection, the partnership has until 9 May 2024 to submit its priority action plan."],
     [("progress-plan", "2024-05-09", None)]),
    (["Ofsted found significant weaknesses. The council had until 28 June 2019 to submit a written statement "
      "of action."], [("wsoa-submitted", "2019-06-28", None)]),
    # a report whose findings are areas for priority action or significant weaknesses is the inspection's
    (["The inspection report was published on 10 March 2024 and identified three areas for priority action."],
     [("outcome-letter", "2024-03-10", None)]),
    (["Their report, published on 2 July 2018, set out four areas of significant weakness."],
     [("outcome-letter", "2018-07-02", None)]),
])
def test_resubmissions_deadlines_and_reports_of_send_findings(texts, expected):
    assert sorted(milestones(*texts)) == sorted(expected)


@pytest.mark.parametrize("texts, expected", [
    # a plan that "went to" the inspectors or the DfE was delivered: its submission
    (["After the SEND inspection, the WSoA, written with parents, went to Ofsted on 22 May 2019."],
     [("wsoa-submitted", "2019-05-22", None)]),
    # the Minister's direction, said with the verb
    (["The Secretary of State directed the council under section 497A on 16 May 2023."],
     [("statutory-direction", "2023-05-16", None)]),
    (["On 2 June 2024 the Minister directed Westshire Council under section 497A of the Education Act 1996."],
     [("statutory-direction", "2024-06-02", None)]),
])
def test_a_plan_that_went_to_ofsted_and_a_direction_said_with_the_verb(texts, expected):
    assert sorted(milestones(*texts)) == sorted(expected)


def test_a_labelled_line_is_not_joined_to_prose_cut_before_its_stop():
    """A sentence cut by a blank line runs on into the next line, but not into a labelled line:
    'Contact officer: ..., 14 March 2023' is the report's contact, not the inspection's date."""
    from pipeline.extract.events.segments import _prose_run_on

    cut = "Officers presented an update on the local area's work following the inspection of the"
    text = cut + "\n\nContact officer: Jane Smith, Head of SEND, 14 March 2023"
    label = text.index("Contact")
    assert _prose_run_on(text, [(0, len(cut)), (label, len(text))]) == [(0, len(cut)), (label, len(text))]
    # the same cut before a plain line of prose is joined
    prose = cut + "\n\nborough in March 2023 found three areas of weakness"
    rest = prose.index("borough")
    assert _prose_run_on(prose, [(0, len(cut)), (rest, len(prose))]) == [(0, len(prose))]


@pytest.mark.parametrize("texts, expected", [
    # the inspectors' stay in a place named by its name
    (["Ofsted and the CQC have published their report on our local area SEND arrangements. Inspectors were "
      "in North Tyneside from 3 to 21 March 2025."], [("inspection", "2025-03-03", "2025-03-21")]),
    (["The local area SEND inspection is over. The inspection team was in Kingston upon Thames for three weeks, "
      "between 4 and 22 March 2024."], [("inspection", "2024-03-04", "2024-03-22")]),
    # a month after "in" is no place
    (["Ofsted inspected our SEND services. Inspectors were in March 2024 clear about the weaknesses."], []),
])
def test_inspectors_who_were_in_a_named_place(texts, expected):
    assert sorted(milestones(*texts)) == sorted(expected)


@pytest.mark.parametrize("texts, expected", [
    # a report that "came out", "is due out", "was put online"
    (["Ofsted and the CQC visited Westshire between 11 and 15 March 2024 to look at SEND services. "
      "Their report came out on 23 April 2024."],
     [("inspection", "2024-03-11", "2024-03-15"), ("outcome-letter", "2024-04-23", None)]),
    (["Ofsted and the CQC visited Westshire between 11 and 15 March 2024 to look at SEND services. "
      "The inspection report was put online on 23 April 2024."],
     [("inspection", "2024-03-11", "2024-03-15"), ("outcome-letter", "2024-04-23", None)]),
])
def test_a_report_that_came_out(texts, expected):
    assert sorted(milestones(*texts)) == sorted(expected)


@pytest.mark.parametrize("texts, expected", [
    # "their report" is that of the visit named last, not of the older re-visit named before it
    (["The last SEND inspection, in March 2017, led to a WSoA, which was lifted after the re-visit in 2019. "
      "Ofsted and the CQC inspected the partnership under the new framework between 3 and 21 June 2024. "
      "Their report was published on 30 July 2024."],
     [("inspection", "2017-03", None), ("inspection", "2024-06-03", "2024-06-21"),
      ("outcome-letter", "2024-07-30", None)]),
    # a re-visit named last keeps its report
    (["The SEND inspection in 2017 found four significant weaknesses. Inspectors re-visited the area "
      "between 3 and 5 June 2019. Their report was published on 30 July 2019."],
     [("revisit", "2019-06-03", "2019-06-05"), ("revisit-outcome", "2019-07-30", None)]),
])
def test_their_report_is_the_last_visits(texts, expected):
    assert sorted(milestones(*texts)) == sorted(expected)


def test_a_cited_papers_month_restates_the_report_dated_in_the_body():
    body = ("Area SEND inspection outcome\n1. Ofsted and the CQC inspected the local area partnership between "
            "2 and 20 September 2024. The inspection report was published on 25 October 2024.\n"
            "2. Background papers\nArea SEND inspection of Westshire Local Area Partnership, Ofsted and CQC, "
            "October 2024.\n")
    assert sorted(milestones(body)) == [("inspection", "2024-09-02", "2024-09-20"),
                                        ("outcome-letter", "2024-10-25", None)]


def test_the_partnerships_updated_strategic_plan_further_on_in_an_inspection_paper():
    """The 2023 framework asks the partnership to update its strategic plan: in a paper whose findings
    section named the inspection, a section on the plan a few sentences later dates its publication."""
    text = ("Area SEND inspection outcome\n4. Findings\n4.1 The inspectors found that the partnership's "
            "arrangements lead to inconsistent outcomes for children with SEND. 4.2 Leaders know their "
            "area well. 4.3 Families value the hubs. 4.4 Members have asked about costs, which the recovery "
            "plan addresses.\n5. Strategic plan\n5.1 The partnership must publish its revised strategic plan "
            "by 14 March 2025. The draft has been written with parents.")
    assert milestones(text) == [("progress-plan", "2025-03-14", None)]


@pytest.mark.parametrize("text, expected", [
    # inspectors' stay, its span named by "the week" or "a fortnight"
    ("Inspectors from Ofsted and the CQC spent the week commencing 9 October 2023 in Northshire, meeting "
     "families and school leaders.", [("inspection", "2023-10-09", None)]),
    ("The inspection team from Ofsted spent a fortnight in the borough from 4 March 2024.",
     [("inspection", "2024-03-04", None)]),
    # a visit said again is the re-visit
    ("Ofsted and the CQC visited Eastmoor again from 14 to 16 June 2022 to see what had changed since the "
     "SEND inspection.", [("revisit", "2022-06-14", "2022-06-16")]),
    ("Inspectors from Ofsted inspected the local area for a second time between 1 and 3 May 2023.",
     [("revisit", "2023-05-01", "2023-05-03")]),
])
def test_a_stay_or_a_visit_again(text, expected):
    assert milestones(text) == expected


@pytest.mark.parametrize("texts, expected", [
    # "The outcome letter" that names no visit of its own is that of the re-visit spoken of before it
    (["Ofsted and the CQC re-visited the Westvale area on 7-9 November 2022 to check the progress on the "
      "weaknesses found at the inspection in May 2019. The outcome letter, published on 12 January 2023, "
      "found sufficient progress in three."],
     [("inspection", "2019-05", None), ("revisit", "2022-11-07", "2022-11-09"),
      ("revisit-outcome", "2023-01-12", None)]),
    # a report received before it is published is dated by its publication
    (["The SEND re-visit took place on 3-5 October 2022. The letter was received on 20 October 2022 and "
      "will be published by Ofsted on 1 November 2022."],
     [("revisit", "2022-10-03", "2022-10-05"), ("revisit-outcome", "2022-11-01", None)]),
    (["Ofsted inspected the SEND local area partnership from 6 to 10 March 2023. The council received the "
      "report on 12 April 2023; Ofsted published it on 20 April 2023."],
     [("inspection", "2023-03-06", "2023-03-10"), ("outcome-letter", "2023-04-20", None)]),
])
def test_whose_letter_and_when(texts, expected):
    assert sorted(milestones(*texts)) == sorted(expected)


def test_a_deadline_in_another_clause_is_no_visit():
    text = ("The improvement notice requires the council to address the weaknesses on which the SEND re-visit "
            "found too little progress – waiting times and plan quality – and to report improvement by the end "
            "of March 2025.")
    assert ("revisit", "2025-03", None) not in milestones(text)


@pytest.mark.parametrize("text, expected", [
    # the 2023 framework's updated strategic plan, in a paper about SEND
    ("SEND partnership news. Following workshops with families, we published the revised SEND strategic plan "
     "on 2 June 2025.", [("progress-plan", "2025-06-02", None)]),
    ("Our SEND news. We published our updated SEND Strategic Plan on 14 February 2025 after consulting parents.",
     [("progress-plan", "2025-02-14", None)]),
    # a plan named by its state alone ("the draft"), after an action plan for areas for improvement
    ("The SEND partnership is not required to send a plan to Ofsted but has written an action plan to address "
     "the areas for improvement. The draft was agreed by the Partnership Board on 5 March 2025.",
     [("progress-plan", "2025-03-05", None)]),
])
def test_the_partnerships_plan_by_other_names(text, expected):
    assert milestones(text) == expected


def test_an_appendix_of_background_papers_cites_the_report():
    body = ("Area SEND inspection outcome\n1. Ofsted and the CQC inspected the local area partnership between "
            "2 and 20 September 2024. The inspection report was published on 25 October 2024.\n"
            "Appendix 3: Background papers\nArea SEND inspection of Westshire Local Area Partnership, Ofsted and "
            "CQC, 25 October 2024.\n")
    assert sorted(milestones(body)) == [("inspection", "2024-09-02", "2024-09-20"),
                                        ("outcome-letter", "2024-10-25", None)]


@pytest.mark.parametrize("text, expected", [
    # a demonstrative subject of a passive verb: the plan named in the sentence just before
    ("The DfE require the area to write an Accelerated Progress Plan. This must be sent to the DfE by 3 May 2022.",
     [("progress-plan", "2022-05-03", None)]),
    ("After the SEND re-visit the partnership drafted a priority action plan. That was submitted on 9 June 2024.",
     [("progress-plan", "2024-06-09", None)]),
    # a verb coordinated after a possessive relative clause shares the sentence's subject, not the clause's noun
    ("The WSoA was written after the SEND inspection in May 2018, whose letter was published on 2 July 2018, "
     "and was submitted to Ofsted on 10 October 2018.",
     [("inspection", "2018-05", None), ("outcome-letter", "2018-07-02", None),
      ("wsoa-submitted", "2018-10-10", None)]),
    # a noun inside a parenthesis between the subject and its verb is not the verb's subject
    ("The SEND Improvement Plan, attached to the committee report, was approved by the Partnership Board on "
     "4 April 2024.", [("progress-plan", "2024-04-04", None)]),
    ("The Written Statement of Action, a copy of which is in the letter, was submitted on 2 August 2019.",
     [("wsoa-submitted", "2019-08-02", None)]),
    # the updated strategic plan under its own long name
    ("SEND news. We will publish our refreshed Local Area SEND and AP Strategic Plan by 31 January 2026.",
     [("progress-plan", "2026-01-31", None)]),
])
def test_the_plan_spoken_of_past_other_nouns(text, expected):
    assert sorted(milestones(text)) == sorted(expected)


def test_whose_report_is_the_report_of_the_inspection_it_hangs_on():
    text = ("Members were updated on progress since the area SEND inspection, which took place from 3 to 7 March "
            "2025, and whose report was published on 11 April 2025.")
    assert ("outcome-letter", "2025-04-11", None) in milestones(text)


def test_an_action_plan_after_a_2023_framework_inspection_is_no_wsoa():
    text = ("Ofsted and the CQC inspected the SEND local area partnership in May 2024. They found that the "
            "arrangements lead to inconsistent experiences and outcomes for children and young people with SEND. "
            "Leaders should improve transition planning. Leaders should shorten waits for assessment. "
            "Leaders should improve the local offer. The partnership sent an action plan to Ofsted on 2 August 2024.")
    found = milestones(text)
    assert ("progress-plan", "2024-08-02", None) in found
    assert not any(kind.startswith("wsoa") for kind, _, _ in found)


@pytest.mark.parametrize("text, expected", [
    # the inspectors' stay, on the area's own page: "here" is the area
    ("Ofsted and the CQC looked at SEND services in our borough. Inspectors were here from Tuesday 4 June to "
     "Friday 7 June 2019.", [("inspection", "2019-06-04", "2019-06-07")]),
    ("The SEND local area inspection team were here for a week, between 9 and 13 October 2017.",
     [("inspection", "2017-10-09", "2017-10-13")]),
    # the plan as the subject of what was reported: "wrote to say that it was fit for purpose"
    ("The council wrote a Written Statement of Action after the SEND inspection. We sent it in June 2018, "
     "and on 2 August 2018 the inspectors wrote back to say that it was fit for purpose.",
     [("wsoa-submitted", "2018-06", None), ("wsoa-approved", "2018-08-02", None)]),
    ("Our Written Statement of Action went to Ofsted in May 2019. In July 2019 inspectors confirmed that it "
     "had been approved.", [("wsoa-submitted", "2019-05", None), ("wsoa-approved", "2019-07", None)]),
    # the verb gapped after a second ordinal: "and the second on D"
    ("The DfE and NHS England review meetings began in 2022: the first review was on 3 May 2022 and the "
     "second on 8 November 2022.", [("monitoring", "2022-05-03", None), ("monitoring", "2022-11-08", None)]),
    ("The first DfE progress review of the APP took place in March 2023, the next in September 2023.",
     [("monitoring", "2023-03", None), ("monitoring", "2023-09", None)]),
    # the monitors reviewing the plan (or "it", the plan) are its monitoring
    ("The APP was sent to the DfE on 5 May 2023. DfE advisers reviewed it with leaders on 14 September 2023.",
     [("progress-plan", "2023-05-05", None), ("monitoring", "2023-09-14", None)]),
    ("Officials from NHS England and the DfE reviewed the Written Statement of Action with the partnership on "
     "20 March 2024.", [("monitoring", "2024-03-20", None)]),
])
def test_visits_and_approvals_in_plain_words(text, expected):
    assert sorted(milestones(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # "due" after a review or visit is said of it, not of the plan named before
    ("The Council must show progress against the plan, with the next review by the DfE and NHS England due "
     "in October 2025.", [("monitoring", "2025-10", None)]),
    ("Progress on the APP will be tested at a monitoring visit due on 12 March 2024.",
     [("monitoring", "2024-03-12", None)]),
    # ... but a plan due by a date is the plan's deadline
    ("The Priority Action Plan is due in May 2024.", [("progress-plan", "2024-05", None)]),
])
def test_due_is_said_of_the_nearest_milestone(text, expected):
    assert sorted(milestones(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    # an implications table's sign-off: initials and a date in a cell of their own
    "LEGAL IMPLICATIONS | The SEND Improvement Plan was agreed in line with the Council's duties. | JB 12/05/2025",
    "RISKS | Without progress the area could face an earlier re-inspection. | AK/LM 03.04.2024",
    # the links under a ModernGov "Decisions:" or "Agenda items:" heading are dated by the meeting
    "Decisions:\n\n14/03/2023 - SEND Re-visit and Accelerated Progress Plan\n\nAgenda items:\n\n"
    "14/03/2023 - Cabinet Item 6",
])
def test_dates_that_are_not_the_milestones(text):
    assert milestones(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The council wrote a Written Statement of Action after the SEND inspection. In a letter of 1 August "
     "2019 the inspectors said that it was fit for purpose.", [("wsoa-approved", "2019-08-01", None)]),
    ("After the re-visit the partnership wrote an Accelerated Progress Plan. By an e-mail dated 3 March 2022, "
     "the DfE confirmed that it had been approved.", [("progress-plan", "2022-03-03", None)]),
])
def test_a_letter_before_the_pronoun_is_how_the_approval_came(text, expected):
    assert milestones(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a renewed SEND strategy, the area's answer to an inspection, agreed by a board and then published
    ("Ofsted and the CQC inspected the area in May 2025. The revised SEND and Inclusion Strategy was ratified by "
     "the Local Area SEND Board on 9 July 2025.", [("inspection", "2025-05", None), ("progress-plan", "2025-07-09", None)]),
    ("After the inspection, officers said that our updated SEND Strategy would be endorsed by the Partnership "
     "Board on 3 March 2025 and will be published on the Local Offer by 28 March 2025.",
     [("progress-plan", "2025-03-28", None), ("progress-plan", "2025-03-03", None)]),
    ("Inspectors named three areas for improvement. The SEND Strategy Refresh was signed off by the Executive "
     "on 12 February 2025.", [("progress-plan", "2025-02-12", None)]),
])
def test_a_renewed_send_strategy_after_an_inspection_is_the_progress_plan(text, expected):
    assert sorted(milestones(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "The refreshed SEND Strategy was agreed by the Board on 9 July 2025.",  # no inspection it answers
    "The updated Housing Strategy was published on 2 May 2025 after the planning inspection.",  # not SEND's
])
def test_a_strategy_that_answers_no_send_inspection_is_no_milestone(text):
    assert milestones(text) == []


@pytest.mark.parametrize("text, expected", [
    # a plan named by whose it is
    ("The area must send a priority action plan to Ofsted. Rotherfield's plan was submitted on 4 April 2025.",
     [("progress-plan", "2025-04-04", None)]),
    ("The inspection asked for a priority action plan. The partnership's plan was sent to Ofsted on 2 June 2025.",
     [("progress-plan", "2025-06-02", None)]),
    # a second relative clause on the plan
    ("Members saw the Accelerated Progress Plan, which had been written with parents, and which has to be "
     "submitted to the DfE by 30 June 2023.", [("progress-plan", "2023-06-30", None)]),
    # a second verb after a modal shares the first verb's subject
    ("The Accelerated Progress Plan was approved by the Board on 3 May 2023 and would be submitted by 12 May 2023.",
     [("progress-plan", "2023-05-03", None), ("progress-plan", "2023-05-12", None)]),
])
def test_plans_named_by_owner_relative_or_a_second_verb(text, expected):
    assert sorted(milestones(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # the monitors' progress meeting, and their meeting held for a review
    ("Ofsted inspected the area. The DfE and NHS England will hold a progress meeting with leaders in March 2025.",
     [("monitoring", "2025-03", None)]),
    ("NHS England and the DfE met leaders on 4 February 2025 as part of their six-monthly review of the plan.",
     [("monitoring", "2025-02-04", None)]),
    # a further visit after the monitors' visit two sentences before is theirs again
    ("A DfE adviser visited the council on 8 May 2024 to check progress. She was pleased with the new panel. "
     "The next visit is expected in November 2024.", [("monitoring", "2024-05-08", None), ("monitoring", "2024-11", None)]),
])
def test_monitoring_meetings_and_visits_named_again(text, expected):
    assert sorted(milestones(text)) == sorted(expected)


def test_a_further_visit_after_the_inspectors_visit_is_no_monitoring():
    assert milestones("Ofsted and the CQC visited the area in 2024. A further visit is planned for June 2025.") == []


def test_a_timeline_one_row_a_line_dates_each_row_by_its_own_date():
    text = ("Key dates\nDate Milestone\n11-15 March 2024 Area SEND inspection of the partnership\n"
            "26 April 2024 Inspection report published\nJune 2024 New SEND panel set up\n"
            "9 December 2024 Review of progress with the DfE and NHS England\nMarch 2025 Parent survey\n")
    assert sorted(milestones(text)) == [("inspection", "2024-03-11", "2024-03-15"), ("monitoring", "2024-12-09", None),
                                        ("outcome-letter", "2024-04-26", None)]


def test_a_news_items_lead_that_a_report_has_been_published_takes_its_dateline():
    text = ("Inspectors' report on SEND in Westbury\n\nPress release | 4 June 2025\n\n"
            "A report by Ofsted and the CQC on services for children with SEND in Westbury has been published.\n\n"
            "Inspectors visited between 7 and 11 April 2025.")
    assert sorted(milestones(text)) == [("inspection", "2025-04-07", "2025-04-11"), ("outcome-letter", "2025-06-04", None)]


@pytest.mark.parametrize("text", [
    "The SEND inspection will be discussed by the Scrutiny Panel on 12 June 2025.",
    "An update on the Ofsted SEND re-visit goes to Cabinet on 3 July 2023.",
])
def test_a_visit_named_before_a_committees_date_takes_no_date(text):
    assert milestones(text) == []


# After a 2023-framework inspection (its outcome named in the document), an "action plan" that answers the
# report or inspection is the area's plan, dated by the deadline it is agreed by.
NEW_OUTCOME = ("The report states that the partnership's arrangements typically lead to positive experiences and "
               "outcomes for children and young people with SEND.")


@pytest.mark.parametrize("text, expected", [
    ("The SEND Partnership Board will agree an action plan responding to the report by 30 June 2024.",
     ("progress-plan", "2024-06-30", None)),
    ("Our partnership board will sign off an action plan in response to the inspection findings by 12 July 2024.",
     ("progress-plan", "2024-07-12", None)),
    ("Leaders will agree an action plan to address the report's recommendations by 1 August 2024.",
     ("progress-plan", "2024-08-01", None)),
])
def test_an_action_plan_answering_a_new_framework_report_is_the_areas_plan(text, expected):
    assert milestones(f"{NEW_OUTCOME}\n\n{text}") == [expected]


@pytest.mark.parametrize("text", [
    # a plan for something else, or one that answers no report
    "The Board will agree an action plan for the new youth centre by 30 June 2024.",
])
def test_an_action_plan_answering_nothing_is_no_milestone(text):
    assert milestones(f"{NEW_OUTCOME}\n\n{text}") == []


@pytest.mark.parametrize("text", [
    # a report on a plan's progress, submitted to a board, is not the plan's submission
    "A report on progress against the SEND Improvement Plan be submitted to the Board in June 2024.",
    "An update on the Accelerated Progress Plan will be submitted to the Committee in March 2023.",
    "A report on progress with the SEND Improvement Plan will be submitted to the Board in June 2024.",
])
def test_a_report_on_a_plans_progress_submitted_is_no_plan(text):
    assert milestones(f"Ofsted and the CQC inspected the area's SEND services.\n\n{text}") == []


@pytest.mark.parametrize("text, expected", [
    # a background paper listed in a row, its source and date after commas (no brackets): the report
    ("Section 100 D - Local Government Act 1972 - background documents\nDocument Location\n"
     "Area SEND inspection of Dunmere Local Area Partnership, Ofsted and CQC, 29 November 2024 | Ofsted website",
     [("outcome-letter", "2024-11-29", None)]),
    ("Background papers\nJoint local area SEND inspection in Dunmere, Ofsted and CQC, 22 January 2020.",
     [("outcome-letter", "2020-01-22", None)]),
    ("List of documents used\nArea SEND inspection of Dunmere, Ofsted, 3 May 2024 | www.gov.uk",
     [("outcome-letter", "2024-05-03", None)]),
])
def test_a_cited_inspection_in_a_list_row_is_its_report(text, expected):
    assert milestones(text) == expected


# ---------------------------------------------------------------- a plan agreed at a meeting, a meeting of a series


@pytest.mark.parametrize("text, expected", [
    ("The SEND inspection found four areas for improvement. The Partnership Board will agree an action plan responding to "
     "the areas for improvement at its meeting on 12 June 2025.", [("progress-plan", "2025-06-12", None)]),
    ("The re-visit found too little progress. The Board approved the Accelerated Progress Plan at its meeting held on "
     "4 April 2024.", [("progress-plan", "2024-04-04", None)]),
    # the meeting is the committee's where the plan is only received there, or the verb is "agree to receive"
    ("Ofsted inspected the area. The committee receive the SEND improvement plan, once agreed, at its meeting on "
     "11 March 2025.", []),
    ("After the inspection, the Committee agreed to receive the improvement plan at its meeting on 11 March 2025.", []),
    # the meeting after a sentence naming the monitors' meetings is one of them
    ("The DfE and NHS England have held regular monitoring meetings with the partnership. At the most recent meeting, "
     "on 2 October 2024, advisers noted good progress with the new pathway.", [("monitoring", "2024-10-02", None)]),
    ("NHS England and the DfE hold review meetings with leaders every six months. At the last meeting, on 9 May 2024, "
     "officials noted that waiting times had fallen.", [("monitoring", "2024-05-09", None)]),
    # a committee named in it makes the meeting the committee's
    ("The DfE and NHS England hold review meetings with the area every six months. At the last meeting, on "
     "9 May 2024, the Committee noted the update.", []),
])
def test_meetings_that_are_milestones(text, expected):
    """A plan agreed at a meeting takes the meeting's date; the meeting after a sentence naming the
    monitors' series of meetings is one of theirs."""
    assert milestones(text) == expected


def test_a_visits_month_restated_by_its_days_in_the_next_sentence_is_one_visit():
    assert milestones(
        "In March 2021, Ofsted and the CQC carried out a joint inspection of the local area's SEND arrangements. "
        "The inspection took place from 8 to 12 March 2021 and the letter was published on 6 May 2021."
    ) == [("outcome-letter", "2021-05-06", None), ("inspection", "2021-03-08", "2021-03-12")]
    # apart, in separate paragraphs, the two are kept (each states the milestone)
    assert ("inspection", "2021-03", None) in milestones(
        "In March 2021, Ofsted and the CQC carried out a joint inspection of the local area's SEND arrangements.\n\n"
        "Members asked about the timing of the plan.\n\n"
        "Inspectors were in the area from 8 to 12 March 2021 for the joint inspection.")


@pytest.mark.parametrize("text, expected", [
    ("Officials of the DfE and NHS England reviewed progress against the plan at meetings on 4 March 2022 and "
     "9 September 2022.", [("monitoring", "2022-03-04", None), ("monitoring", "2022-09-09", None)]),
    ("The Department for Education had reviewed the area's progress at meetings in May 2020 and "
     "November 2020, and was satisfied.", [("monitoring", "2020-05", None), ("monitoring", "2020-11", None)]),
    # another body's meeting stays another thing's date
    ("The DfE and NHS England reviewed progress; the Panel noted the outcome at its meeting on 5 June 2023.", []),
])
def test_the_meetings_a_review_was_held_at_date_the_review(text, expected):
    assert milestones(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a framework named by its year is dated already: the month after it is the visit's
    ("The area's previous SEND inspection, under the 2016 framework in March 2018, did not require a Written "
     "Statement of Action.", [("inspection", "2018-03", None)]),
    # arrangements "introduced in" a month date the arrangements, not the re-visit
    ("After the SEND inspection, areas inspected under the old framework will be re-visited under the "
     "arrangements introduced in January 2023.", []),
])
def test_the_date_of_a_framework_or_arrangements(text, expected):
    assert milestones(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a visit or review told of in a letter is not on the letter's date
    ("The date of the next DfE stocktake was confirmed by the Department for Education in a letter to the "
     "Director of Children's Services dated 12 March 2025.", []),
    # an approval by letter is
    ("The WSoA was approved, as Ofsted confirmed in a letter dated 2 May 2019.", [("wsoa-approved", "2019-05-02", None)]),
])
def test_a_letters_date(text, expected):
    assert milestones(text) == expected


def test_a_plan_answering_priority_actions_by_its_local_name():
    assert milestones("The partnership submitted its Priority Impact Plan to Ofsted on 4 November 2024, within "
                      "the required timescale.") == [("progress-plan", "2024-11-04", None)]


def test_papers_cited_under_a_heading_run_into_the_line_before_one_a_line():
    found = milestones(
        "The plan is at Appendix 1.\nAppendix 1: Improvement Plan - progress against the priority actions and "
        "areas for\nimprovement\nBackground papers\nArea SEND inspection of Northfield Local Area Partnership, Ofsted "
        "and CQC, 18 October 2024\nNorthfield Local Area SEND Strategy, 2 December 2024\nImprovement Notice: "
        "Northfield Council, Department for Education, 5 February\n2025")
    # the inspection cited is its report; the notice is not dated by the strategy's line above it
    assert found == [("outcome-letter", "2024-10-18", None), ("statutory-direction", "2025-02-05", None)]


def test_a_plan_brought_to_a_committees_meeting_is_not_submitted():
    assert milestones("Following the SEND inspection, members asked that the SEND Strategic Improvement Plan be "
                      "submitted to the meeting of this Committee on 9 April 2025.") == []
    # a plan submitted to those who judge it still is
    assert milestones("The APP must be submitted to the Department for Education by 28 June 2023.") == [
        ("progress-plan", "2023-06-28", None)]


def test_the_plan_points_back_to_the_plan_named_just_before():
    found = milestones(
        "The local area submitted its Accelerated Progress Plan to the DfE on 30 June 2022. The Board turned to "
        "other business. The Director presented the Better Care Fund (BCF) plan for 2023-25, which had been "
        "developed jointly. The plan had to be submitted to NHS England by 28 June 2023.")
    assert found == [("progress-plan", "2022-06-30", None)]


@pytest.mark.parametrize("text, expected", [
    # the nation's plan, published by the Government, is no area's
    ("After the SEND inspection, the SEND and alternative provision improvement plan published by the Government "
     "on 2 March 2023 set out national reforms.", []),
    # a bare plural subject of its own does not borrow the WSoA named before
    ("The WSoA was declared fit for purpose on 4 May 2022. Ratings were agreed by the SEND Improvement Board at its "
     "meeting on 15 February 2023.", [("wsoa-approved", "2022-05-04", None)]),
    # a thing added to the plan, its own verb after it
    ("The Priority Impact Plan is funded from the high needs block, together with a one-off investment of 1.2 "
     "million pounds agreed by Cabinet on 11 December 2024.", []),
    # a second predicate after "and" shares the sentence's subject, not the first predicate's object
    ("The SEND Improvement Plan 2025 was written by the partnership. The plan sets out how the partnership will "
     "respond to the findings of the Area SEND inspection and must be published by 30 June 2025.",
     [("progress-plan", "2025-06-30", None)]),
])
def test_whose_verb_it_is(text, expected):
    assert milestones(text) == expected


def test_a_visits_month_in_a_tables_heading_line_restates_its_days():
    found = milestones(
        "Inspectors re-visited the area from 11 to 13 October 2021, and the re-visit letter, published\n"
        "on 30 November 2021, found sufficient progress. The four areas, and the re-visit's finding on each,\n"
        "were:\nArea of significant weakness (2019) Re-visit finding (October 2021)\n"
        "The weak strategy for SEND | Sufficient progress.")
    assert ("revisit", "2021-10", None) not in found
    assert ("revisit", "2021-10-11", "2021-10-13") in found


def test_a_sentence_cut_by_a_page_break_is_read_whole():
    found = milestones(
        "Officials of the DfE and NHS England last reviewed progress on 3 May 2023. The next review meeting will "
        "take place",
        "in November 2023.\nThe Panel then turned to the school places review.")
    assert found == [("monitoring", "2023-05-03", None), ("monitoring", "2023-11", None)]
    # a heading at the foot of a page is not run into the next page's words
    assert milestones("The SEND inspection\nNext steps", "in 2024 the Panel will meet in March 2024 as usual.") == []


@pytest.mark.parametrize("text", [
    "Signed by: Jo Bloggs, Director of Children's Services\nAppendices: Appendix 1 - SEND Strategic Improvement Plan\n"
    "Background list of documents: Section 100D of the Local Government Act 1972\nTitle of document Location\n"
    "Area SEND inspection of Northfield local area partnership, 9 May 2025 | Ofsted website",
    "6.1 The plan is funded from existing budgets.\n7 Background papers\n"
    "Ofsted and CQC, Joint local area SEND inspection in Northfield, 10 December 2021",
])
def test_more_headings_of_papers_cited(text):
    # "Background list of documents", a numbered "7 Background papers", a table's column headings under them
    assert [e[0] for e in milestones(text)] == ["outcome-letter"]


def test_inspected_under_a_framework_in_a_month():
    assert milestones("The area was last inspected under the previous framework in March 2019, when inspectors "
                      "identified significant weaknesses in SEND.") == [("inspection", "2019-03", None)]
    assert milestones("The area was inspected under the SEND framework introduced in January 2023.") == []


def test_a_report_the_inspectors_said_it_in_published_today():
    assert milestones("27 March 2026\n\nNational inspectors have recognised the strength of partnership working "
                      "for children with special educational needs and disabilities (SEND), in a report published "
                      "today (27 March 2026).") == [("outcome-letter", "2026-03-27", None)]


def test_a_numbered_background_section_is_no_list_of_papers():
    assert milestones("3 Background information\n3.1 Ofsted and the CQC carried out a joint inspection of the SEND "
                      "local area from 4 to 8 October 2021.") == [("inspection", "2021-10-04", "2021-10-08")]


def test_a_draft_strategy_answering_the_inspection_agreed_and_published():
    assert milestones(
        "The WSoA responds to five areas of significant weakness found at the SEND inspection. A draft Joint SEND "
        "Strategy 2023-2026 was co-produced with parents and consulted on between 9 January and 17 February 2023. "
        "Cabinet is asked to endorse the draft, which will be finally approved by the Board on 27 April 2023 and "
        "published on the Local Offer in May 2023.") == [("progress-plan", "2023-04-27", None),
                                                         ("progress-plan", "2023-05", None)]
    # a draft strategy of another service is none
    assert milestones("A draft Leisure Strategy was consulted on. It will be approved by Cabinet on 4 May 2023.") == []


def test_a_long_pdfs_sentence_cut_by_its_running_header_and_footer():
    """Through the real text stage: the header and page number between the two halves of the sentence are
    removed, and the halves read as one sentence."""
    from pipeline.text.cleanup import clean_pages
    from pipeline.text.pdf import read_pdf
    from tests.pdfs import make_pdf

    filler = [f"Item {n} of the minutes recorded the Board's discussion of {w}." for n, w in
              enumerate(["housing", "transport", "schools", "health", "leisure"], start=1)]
    pages = [filler + ["Officials of the DfE and NHS England last reviewed progress against the SEND plan",
                       "on 3 May 2023, and found it sound. The next review meeting will take place"],
             ["in November 2023.", *filler],
             filler, filler]
    raw, _, _, _ = read_pdf(make_pdf(pages, header="Westshire Health and Wellbeing Board - 9 June 2023",
                                     footer_numbers=True))
    cleaned = clean_pages(raw)
    assert cleaned[1].startswith("in November 2023.")
    doc = segment([Page(i + 1, t) for i, t in enumerate(cleaned)])
    assert {(e.type, e.start_date) for e in events.extract(doc)} == {("monitoring", "2023-05-03"),
                                                                     ("monitoring", "2023-11")}


def test_a_schedules_row_does_not_lend_its_date_to_the_next_rows_review():
    # a board's meeting schedule, one date a row: a review named in one row is not the earlier row's date
    text = ("The local area was inspected by Ofsted and the CQC between 3 and 7 March 2025.\n\n"
            "Meeting schedule 2025/26\nMeeting Date Main business\n"
            "1 11 September 2025 Terms of reference; Priority Action Plan governance\n"
            "2 2 October 2025 Preparation for the first stocktake\n"
            "3 6 November 2025 Therapy waiting times\n")
    assert ("monitoring", "2025-09-11", None) not in milestones(text)
