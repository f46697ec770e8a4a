"""Two list shapes: an item named too plainly to judge ("the length of time that families wait for X") among items of
the same list that judge is kept with them, as a sentence's enumeration's items are; and a re-visit's elliptic verdict
over its list, "but not in the following three:", counts three items, not the two put right before it."""

from __future__ import annotations

from pipeline.extract.weaknesses import cues
from tests.weakness_pages import texts


def test_a_plainly_named_item_is_kept_with_its_judging_siblings():
    page = ("3.1 The inspection in May 2019 found much to commend. It also identified significant weaknesses.\n"
            "Those with most bearing on children in care were set out in the letter as follows:\n"
            "– the variable quality of EHC plans, and the lack of health advice to them\n"
            "– the length of time that families wait for assessments by the autism service\n"
            "– weak joint commissioning arrangements, which have not met the needs of children placed away\n"
            "– the proportion of pupils with SEND on part-time timetables, including those in care\n"
            "3.2 The letter's other areas of weakness are addressed elsewhere.\n")
    found = texts(page)
    assert "the length of time that families wait for assessments by the autism service" in found
    assert "the proportion of pupils with SEND on part-time timetables, including those in care" in found


def test_the_following_three_counts_the_list():
    intro = ("In their letter, published in May 2021, they found sufficient progress in two of the five areas, but "
             "not in the following three:")
    assert cues.progress_count(intro) == 3


def test_all_three_items_after_the_following_three():
    page = ("4.2 Inspectors re-visited the area in March 2021 to decide whether sufficient progress had been made.\n"
            "In their letter, published in May 2021, they found sufficient progress in two of the five areas,\n"
            "but not in the following three:\n"
            "4.2.1 the lack of suitable local specialist provision, which results in too many children\n"
            "being educated out of the borough\n"
            "4.2.2 the high rates of exclusion of pupils with SEND in secondary schools\n"
            "4.2.3 the poor timeliness and quality of EHC plans, including the advice of health\n"
            "4.3 The Department therefore required an Accelerated Progress Plan.\n")
    assert "the poor timeliness and quality of EHC plans, including the advice of health" in texts(page)
