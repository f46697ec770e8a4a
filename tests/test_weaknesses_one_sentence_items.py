"""A PDF list whose items are each one sentence ended by a full stop ends at its last item's full stop: the capital
that follows on the next line opens the report's next paragraph, however long the item's line (lines that run to
the margin), never more of the item."""

from __future__ import annotations

from pipeline.extract.weaknesses import lists
from pipeline.extract.weaknesses.text import lines_of
from pipeline.records import Page

PAGE = (
    "The Ofsted and CQC inspection of 2018 found three areas of significant weakness in the local area's practice:\n"
    "1. The lack of strategic leadership and of a shared vision for SEND across education, health and the care.\n"
    "2. The poor quality of EHC plans and the lack of timely contributions from health and social care teams.\n"
    "3. Poor transition arrangements for young people moving from children's services into adult services now.\n"
    "The Department for Education and NHS England have monitored progress at meetings held in January and in\n"
    "October 2019, and the next monitoring meeting is planned for April 2021 with the partnership board there.\n"
)


def pdf_items(page: str) -> list[str]:
    return [item.text for item in lists.extract(lines_of([Page(1, page)]), wrapped=True)]


def test_the_last_one_sentence_item_ends_at_its_full_stop():
    assert pdf_items(PAGE)[-1] == "Poor transition arrangements for young people moving from children's services " \
                                  "into adult services now."


def test_an_item_of_several_sentences_still_runs_on():
    page = PAGE.replace("2. The poor quality of EHC plans and the lack of timely contributions from health and social "
                        "care teams.\n", "2. The poor quality of EHC plans. Contributions from health and social care "
                                         "teams are often missing or late.\n")
    assert pdf_items(page)[-1].endswith("partnership board there.")
