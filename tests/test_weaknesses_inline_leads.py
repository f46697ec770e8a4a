"""An enumeration run inside one sentence whose lead has no colon (or asks rather than names): the lead ends where
the series begins (a spaced dash, "namely", the verb that equates the lead with the series, what the area should do,
or the first of a run of inline markers), and the lead is weighed as a list's intro is, with three more ways of
naming the findings: the inspection asking the area to do the listed things, a re-visit's elliptic verdict, and a
count of areas that matches the items. Invented sentences."""

from __future__ import annotations

from tests.weakness_pages import texts

HEAD = "SEND update\n\nOfsted and the CQC revisited Northshire's local area in May 2022.\n\n"


def test_counted_areas_equated_with_a_semicolon_series():
    page = HEAD + ("The letter found enough progress in one area but not in the others. The two areas still needing "
                   "attention were the patchy oversight of pupils on reduced timetables, including those in alternative "
                   "provision; and the slow issue of equipment by the community therapy service.\n")
    assert texts(page) == [
        "the patchy oversight of pupils on reduced timetables, including those in alternative provision",
        "the slow issue of equipment by the community therapy service",
    ]


def test_elliptic_verdict_then_a_dash():
    page = HEAD + ("Their letter said that sufficient progress had been made on most of them but not on two – the "
                   "weak joint planning of short breaks, which had left families without respite; and the poor "
                   "quality of advice from social care in plans.\n")
    assert texts(page) == [
        "the weak joint planning of short breaks, which had left families without respite",
        "the poor quality of advice from social care in plans",
    ]


def test_inspection_asks_leaders_with_markers_after_a_colon():
    page = HEAD + ("The report, published in June 2024, asked leaders to: (i) shorten the wait for sensory "
                   "assessments; (ii) make sure that annual reviews lead to changes in plans; and (iii) widen the "
                   "choice of post-16 courses for young people with complex needs.\n")
    assert texts(page) == [
        "shorten the wait for sensory assessments",
        "make sure that annual reviews lead to changes in plans",
        "widen the choice of post-16 courses for young people with complex needs",
    ]


def test_inspectors_found_leaders_should_each_verb_an_item():
    page = HEAD + ("They also found that leaders should widen the range of short breaks so that carers get respite; "
                   "speed up the return of advice from social workers; and train more staff in schools to spot "
                   "language needs.\n")
    assert texts(page) == [
        "widen the range of short breaks so that carers get respite",
        "speed up the return of advice from social workers",
        "train more staff in schools to spot language needs",
    ]


def test_shared_verb_stays_out_of_the_first_object():
    page = HEAD + ("The report gives three areas for improvement. Leaders should improve the accuracy of the needs "
                   "data; the reach of the parent forum beyond its members; and the oversight of children missing "
                   "education.\n")
    assert texts(page) == [
        "the accuracy of the needs data",
        "the reach of the parent forum beyond its members",
        "the oversight of children missing education",
    ]


def test_runs_of_markers_without_a_colon():
    page = HEAD + ("The two areas where inspectors had not seen enough progress were (a) the late completion of "
                   "assessments by the educational psychology service and (b) the lack of a shared approach to "
                   "moving into adult care.\n")
    assert texts(page) == [
        "the late completion of assessments by the educational psychology service",
        "the lack of a shared approach to moving into adult care",
    ]


def test_the_councils_own_list_in_one_sentence_is_no_finding():
    page = HEAD + ("Our three priorities for the coming year are to open a resource base in the north; recruit two "
                   "more therapists; and publish a new short breaks statement.\n")
    assert texts(page) == []


def test_services_listed_with_semicolons_are_no_findings():
    page = HEAD + ("The partnership's offer includes a sensory support service; a portage team for pre-school "
                   "children; and a family liaison officer in each secondary school.\n")
    assert texts(page) == []


def test_a_directors_own_list_of_next_steps_is_no_finding():
    page = HEAD + ("The Director said that the council should now recruit more caseworkers; publish the new "
                   "strategy; and hold a conference for schools in the autumn.\n")
    assert texts(page) == []
