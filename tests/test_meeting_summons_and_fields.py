"""Meeting dates an agenda's summons or a web page's separated fields give.

- An agenda's summons, "A meeting of the X Committee will be held in Committee Room 1 ... on THURSDAY, 13
  NOVEMBER 2025", dates the meeting (the chief executive's date of issue below it does not).
- A committee page's "Date: Monday, 9th March, 2026 10.30 am" with "Venue:" a blank line below is the
  meeting's date, not the last meeting whose minutes it approves.
- "The next meeting of the Committee will be held on ..." is another meeting.
"""

from __future__ import annotations

from pipeline.extract import meeting
from pipeline.extract.common.structure import segment
from pipeline.records import Document, Page


def read(text: str, date: str = "2025-01-01"):
    source = Document(path="x/y/z.pdf", abspath="/x", sha256="0",
                      meta={"council": "X Council", "committee": "Cabinet", "meeting_date": date})
    return meeting.extract(segment([Page(1, text)]), source).meeting_date


def test_an_agendas_summons_dates_the_meeting():
    head = ("EXAMPLE COUNTY COUNCIL\nCHILDREN'S SCRUTINY COMMITTEE\nA meeting of the Children's Scrutiny Committee "
            "will be held\nin Committee Room 2, County Hall, Exampletown on TUESDAY, 3 MARCH 2026\nat 10.00 AM.\n"
            "Ann Lee\nChief Executive\n23 February 2026\nTo: Members of the Committee")
    assert read(head) == "2026-03-03"


def test_a_pages_date_field_with_its_venue_a_blank_line_below():
    head = ("Example Council Committee Meetings\n\nSchools Forum\n\nDate: Wednesday, 4th February, 2026 2.00 pm\n\n"
            "Venue: Room 1, Civic Centre\n\nAgenda items\n\n1.\n\nMinutes of the last meeting held on 12 November "
            "2025\n\nMinutes:\n\nThe minutes were confirmed.")
    assert read(head) == "2026-02-04"


def test_the_next_meeting_will_be_held_is_not_this_one():
    head = ("Briefing note\nThe next meeting of the Children's Scrutiny Committee will be held on 5 May 2026.")
    assert read(head, "2026-03-03") == "2026-03-03"
