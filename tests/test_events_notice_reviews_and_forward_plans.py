"""Dates near an Improvement Notice that are not the notice's, a forward plan's rows and a table's dated rows.

- "the Improvement Notice will be formally reviewed in September 2025", "a review of the Improvement Notice in
  March 2026": the notice reviewed is the DfE's monitoring of it, a monitoring event, not a statutory direction.
- "Loss of the Improvement Notice's adviser capacity | ... | March 2026": the notice as the owner of another
  thing; the date is that thing's.
- A forward plan's "Meeting Items" columns over rows "1 April 2025 SEND: outcome of the DfE review; ...": each
  row is dated by the meeting that takes the papers, whatever milestone a title names.
- Papers cited in one list ("... SEND inspection in Westshire, letter of D1; re-visit letter, D2"): each item is
  its own report, the inspection's letter not typed by the re-visit named in another item.
- A table flattened to lines, "First stocktake" | "21 October 2025 (planned)": the milestone's cell, numbered by its
  ordinal, then its date's cell.
"""

from __future__ import annotations

from pipeline.extract import events
from pipeline.extract.common.structure import segment
from pipeline.records import Page

INSPECTED = "Ofsted and the CQC carried out an area SEND inspection of the partnership in March 2024. "


def later(text: str) -> list[tuple[str, str, str | None]]:
    doc = segment([Page(1, INSPECTED + text)])
    return [(e.type, e.start_date, e.end_date) for e in events.extract(doc)
            if (e.type, e.start_date) != ("inspection", "2024-03")]


def test_the_notice_reviewed_is_monitoring():
    assert later("The Improvement Notice will be formally reviewed in September 2025.") == [
        ("monitoring", "2025-09", None)]
    assert later("A review of the Improvement Notice took place on 4 March 2026.") == [
        ("monitoring", "2026-03-04", None)]


def test_the_notice_issued_is_still_a_direction():
    assert later("The Improvement Notice was issued on 3 May 2024.") == [("statutory-direction", "2024-05-03", None)]


def test_the_notices_adviser_is_not_the_notice():
    assert later("R04 | Loss of the Improvement Notice's adviser capacity. | Jo Bloggs | 2 | 3 | Handover plan. | "
                 "May 2026") == []


def test_forward_plan_rows_are_the_meetings_dates():
    text = ("\nForward plan\nItems are agreed by the Chair.\nMeeting Items\n"
            "2 June 2026 SEND: outcome of the DfE and NHS England review; budget\n"
            "6 October 2026 SEND: Improvement Notice review; annual report\n")
    assert later(text) == []


def test_cited_letters_each_their_own_visit():
    assert later("Background papers: SEND inspection in Westshire, letter of 4 May 2019; re-visit letter, "
                 "9 June 2022.") == [("outcome-letter", "2019-05-04", None), ("revisit-outcome", "2022-06-09", None)]


def test_a_tables_ordinal_cell_over_its_date_cell():
    """"First review" | "12 May 2025" | ...: a table's row flattened to lines, the milestone's cell numbered by its
    ordinal, then the cell of its date (planned or held); a news title over a dateline has no ordinal."""
    text = ("\nThe DfE and NHS England review our progress every six months.\n\nReviews with the DfE and NHS England\n\n"
            "Review\n\nDate\n\nWhat officials said\n\nFirst review\n\n12 May 2025\n\nGood progress on plans.\n\n"
            "Second review\n\n10 November 2025 (planned)\n\nTo follow\n")
    assert later(text) == [("monitoring", "2025-05-12", None), ("monitoring", "2025-11-10", None)]
    assert later("\nSEND improvement news\n\n12 May 2025\n\nThe council has published its plan for schools.\n") == []
