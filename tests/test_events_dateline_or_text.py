"""A report dated by the page's dateline, or by the page's own words.

A news item's lead ("Ofsted and the CQC have published the report of their inspection ...") or a report
"published today" takes the item's dateline, since it gives no date of its own. Where the item's text then
dates the same report itself ("The report was published on 13 October 2025"), that is the report's date:
a news item is often posted a day or more after the report came out.
"""

from __future__ import annotations

from pipeline.extract import events
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def milestones(*texts: str) -> list[tuple[str, str, str | None]]:
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    return sorted((e.type, e.start_date, e.end_date) for e in events.extract(doc))


def test_the_text_dates_the_report_the_lead_announced():
    text = ("SEND inspection report published\n\nPublished: 9 May 2025\n\n"
            "Ofsted and the Care Quality Commission have published the report of their inspection of the local area "
            "partnership's arrangements for children with SEND.\n\n"
            "Inspectors visited the county from 10 to 14 March 2025. The report was published on 6 May 2025.")
    assert milestones(text) == [("inspection", "2025-03-10", "2025-03-14"), ("outcome-letter", "2025-05-06", None)]


def test_a_report_out_today_whose_date_the_text_gives_takes_the_texts():
    text = ("News | 9 May 2025\n\n"
            "Ofsted and the CQC today published their report on SEND services in the borough.\n\n"
            "Their report was published on Wednesday 7 May 2025, after a visit in March.")
    assert milestones(text) == [("outcome-letter", "2025-05-07", None)]


def test_the_lead_keeps_the_dateline_where_the_text_gives_no_date():
    text = ("SEND inspection report published\n\nPublished: 9 May 2025\n\n"
            "Ofsted and the Care Quality Commission have published the report of their inspection of the local area "
            "partnership's arrangements for children with SEND.\n\n"
            "Inspectors visited the county from 10 to 14 March 2025.")
    assert milestones(text) == [("inspection", "2025-03-10", "2025-03-14"), ("outcome-letter", "2025-05-09", None)]
