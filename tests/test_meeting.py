"""Meeting metadata: the meeting a document records or is written for."""

from __future__ import annotations

import pytest

from pipeline.extract import meeting
from pipeline.extract.common.structure import segment
from pipeline.records import Document, Page

SIDECAR = {"council": "Kent County Council", "committee": "Cabinet", "meeting_date": "2025-03-04",
           "source_kind": "moderngov-document", "title": "x"}


def read(text: str, meta: dict | None = None, path: str = "kent/2025-03-04-cabinet/x.pdf"):
    source = Document(path=path, abspath="/x", sha256="0", meta=dict(SIDECAR if meta is None else meta))
    return meeting.extract(segment([Page(1, text)]), source)


@pytest.mark.parametrize("head, date", [
    ("KENT COUNTY COUNCIL\nCABINET\nMINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions\n"
     "House, County Hall, Maidstone on Thursday, 30 January 2025.\nPRESENT: Mr R W Gough", "2025-01-30"),
    ("From: Roger Gough, Leader\nTo: Cabinet – 4 March 2025\nSubject: Quarterly Performance Report", "2025-03-04"),
    ("From: Cabinet Member\nTo: Children’s, Young People and Education Cabinet Committee – 1\nOctober 2019\n"
     "Subject: SEND", "2019-10-01"),
    ("To: County Council 13th March 2025\nSubject: Adoption of the Plan", "2025-03-13"),
    ("Report title: SEND update\nMeeting date: 12 June 2023\nReport author: A Person", "2023-06-12"),
    ("Date of meeting\n5th July 2022\nReport of the Director", "2022-07-05"),
    ("Issue details\nWSoA\nNotice of proposed decision first published: 15/10/2021\n"
     "Decision due: 24 Nov 2021 by Cabinet\nLead member: Portfolio Holder (to 01/11/2021)", "2021-11-24"),
    ("Issue - meetings\nSEND IMPROVEMENT\nMeeting: 18/07/2024 - Health and Wellbeing Board (Item 7)", "2024-07-18"),
    ("Issue - decisions\nSEND Plan\n30/08/2019 - SEND Plan\nSian Rees reported on progress.", "2019-08-30"),
    ("Improvement and Scrutiny Committee - People - Friday, 20 December 2024 2.30 pm\nRequisition", "2024-12-20"),
    ("AGENDA\nCABINET\nThursday, 30th January, 2025, at 10.00 am Ask for: Georgina Little", "2025-01-30"),
    ("25 July 2019 ITEM: 4\nChildren's Services Overview and Scrutiny Committee", "2019-07-25"),
    ("Report to: Cabinet\nDate: 12 March 2020\nTitle: SEND Written Statement of Action", "2020-03-12"),
    # label columns without colons, as some counties set the head of their minutes and cover sheets
    ("minutes\n\nMeeting      SCHOOLS SELECT COMMITTEE\n\nDate         Tuesday 3 June 2025 (commencing at 2.00 pm)\n\n"
     "Membership", "2025-06-03"),
    ("Meeting\tCabinet\nDate\t9 October 2024\nTitle\tSEND Strategy", "2024-10-09"),
    ("minutes\n\nMeeting SCHOOLS SELECT COMMITTEE\n\nDate Tuesday 3 June 2025 (commencing at 2.00 pm)", "2025-06-03"),
])
def test_the_document_says_its_meeting(head, date):
    info = read(head)
    assert (info.meeting_date, info.source) == (date, "document")


def test_minutes_published_with_a_later_meeting_keep_their_own_meeting_and_committee():
    info = read("CORPORATE PARENTING PANEL– 29 October 2024\nMINUTES of the meeting held in the Darent Room.",
                meta={**SIDECAR, "committee": "County Council", "meeting_date": "2025-03-13"})
    assert (info.meeting_date, info.committee, info.council) == ("2024-10-29", "Corporate Parenting Panel",
                                                                 "Kent County Council")


def test_the_same_meeting_keeps_the_sidecars_committee_name():
    info = read("AGENDA\nCABINET\nThursday, 4th March, 2025, at 10.00 am")
    assert (info.meeting_date, info.committee) == ("2025-03-04", "Cabinet")


@pytest.mark.parametrize("head", [
    "Direct Dial: 03000 416892\nDate: 7 January 2025\nDear Member",  # a letter's date
    "Clear strategy in place\n13 May 2025\nImprovements in several areas have been recognised.",  # a dateline
    "Published Wednesday, 17th May 2023\nOfsted and CQC inspectors have praised the arrangements.",
    "Agenda item\nSEND update\nFurther to Minute No. 52 of 4 April 2017 the Committee considered the report.",
    "Venue: Town Hall\nApologies\nThat the minutes of the meeting held on the 16 September 2025 be approved.",
    "To recap, Ofsted assessed progress against the weaknesses in the letter dated 20 February 2020.",
])
def test_other_dates_near_the_top_are_not_the_meeting(head):
    info = read(head, meta={**SIDECAR, "meeting_date": None})
    assert (info.meeting_date, info.source) == (None, None)


def test_without_a_date_of_its_own_the_sidecar_stands():
    info = read("Agenda item\nSEND update\nThe report was noted.")
    assert (info.meeting_date, info.committee, info.source) == ("2025-03-04", "Cabinet", "sidecar")


def test_a_document_without_a_sidecar_takes_the_folder_names():
    meta = {"council": None, "council_slug": "kent", "committee": "Cabinet", "meeting_date": "2025-03-04",
            "title": "x", "source_kind": None, "url": None}
    info = read("Agenda item\nThe report was noted.", meta=meta)
    assert (info.meeting_date, info.source) == ("2025-03-04", "path")


def test_a_council_named_at_the_top_fills_a_missing_sidecar_council():
    meta = {**SIDECAR, "council": None}
    assert read("KENT COUNTY COUNCIL\nCABINET\nMINUTES of a meeting", meta=meta).council == "Kent County Council"
    assert read("COUNTY COUNCIL - THURSDAY, 9 JANUARY 2025", meta=meta).council is None  # a meeting, not a council
    assert read("SLOUGH BOROUGH COUNCIL\nReport", meta=SIDECAR).council == "Kent County Council"  # sidecar first


@pytest.mark.parametrize("head, date", [
    ("Children's Scrutiny Sub-Committee\nMeeting held on Tuesday, 8 February 2022 at 6.30 pm in the Town Hall",
     "2022-02-08"),
    ("Minutes of the Health and Wellbeing Board held at the Guildhall on 3 March 2021", "2021-03-03"),
    # the minutes' opening sentence, with weekday, ordinal and commas
    ("ADULTS AND HEALTH SCRUTINY PANEL\n\nA meeting of Adults and Health Scrutiny Panel was held on Monday, "
     "3rd March, 2025.\n\nPresent: Cllr A Person (Chair)", "2025-03-03"),
    ("The meeting of the Schools Forum was held remotely on Thursday 9th October 2025 at 2.00pm.", "2025-10-09"),
])
def test_a_meeting_held_on_heading_dates_the_minutes(head, date):
    info = read(head, meta={**SIDECAR, "meeting_date": "2025-04-01"})
    assert (info.meeting_date, info.source) == (date, "document")


def test_at_a_meeting_of_the_committee_on_a_date():
    from pipeline.extract.meeting import AT_MEETING

    before = "TITLE\n\nAt a meeting of the Children and Families Board on "
    assert AT_MEETING.search(before)["committee"] == "Children and Families Board"
    assert AT_MEETING.search("It was noted at the last meeting on ") is None


def test_a_meeting_was_held_sentence_names_the_committee_and_beats_the_approving_meeting():
    # minutes filed under the later meeting that approved them: the document's own date wins
    info = read("A meeting of the Corporate Parenting Board was held on Tuesday, 14th January, 2025.\n\n"
                "Present: Cllr B Person\n\nAGREED that the minutes of the meeting held on 10 December 2024 be "
                "confirmed as a correct record.", meta={**SIDECAR, "meeting_date": "2025-02-11"})
    assert (info.meeting_date, info.committee, info.source) == ("2025-01-14", "Corporate Parenting Board", "document")


@pytest.mark.parametrize("text", [
    "Agenda and minutes\n\nItems\n1.\nMinutes:\n\nRESOLVED that the minutes of the Schools Committee held on "
    "18 November 2021 be approved as a correct record.",
    "Agenda and minutes\n\nItems\n49.\n\nMinutes of the Meeting of the Schools Committee held on 30 November 2018 "
    "pdf icon PDF 170 KB\n\nMinutes:\n\nRESOLVED",
])
def test_an_earlier_meetings_minutes_do_not_date_this_meeting(text):
    assert meeting.from_document(segment([Page(1, text)])) == (None, None)


@pytest.mark.parametrize("head, date", [
    # a record of, or the attendance at, a named meeting
    ("Notes of the meeting of the Inclusion Partnership Board held on 1 December 2025", "2025-12-01"),
    ("Record of the meeting of the Fostering Panel, 14 November 2025\nPresent: A Person", "2025-11-14"),
    ("Present at the meeting of the Youth Council on 9 September 2025:\nA Person", "2025-09-09"),
    # an agenda's front page: the date over its time and venue
    ("Adult Social Care Board\n\nDate: Thursday 5 June 2025\nTime: 10.00 am\nVenue: Town Hall", "2025-06-05"),
    # a date alone on its line under the title of minutes, an agenda or a report to a meeting
    ("Minutes\n\nSchools Forum\n\n17 July 2025\n\nPresent: A Person", "2025-07-17"),
    ("Report to Executive\n\n11 November 2025\n\nSubject: Travel assistance", "2025-11-11"),
])
def test_more_ways_a_document_names_its_meeting(head, date):
    info = read(head, meta={**SIDECAR, "meeting_date": "2030-01-01"})
    assert (info.meeting_date, info.source) == (date, "document")


@pytest.mark.parametrize("head", [
    "SEND inspection report published\n\n3 March 2025\n\nThe council welcomed the report.",  # a news page's date
    "Letter to parents\nDate: 12 May 2025\nDear parent,",  # a letter's date, no time or venue after it
])
def test_a_date_near_the_top_of_other_papers_is_not_a_meeting(head):
    assert read(head).source == "sidecar"


def test_an_inspectors_report_to_a_council_is_dated_by_its_author_not_a_meeting():
    info = read("Report to Northshire County Council\nby A Person BSc MRTPI\nan Inspector appointed by the Secretary "
                "of State\n06 February 2025\nReport on the Examination of the Local Plan")
    assert info.source == "sidecar"


def test_a_web_page_of_minutes_dates_itself_by_its_opening_sentence_under_the_sites_header():
    """Through the real HTML reader: a council page's cookie banner, menu and breadcrumb, then the
    minutes' "A meeting of X was held on <weekday> <ordinal> <month> <year> at ..."; filed under the
    later meeting that approved them."""
    from pipeline.text.html import read_html

    menu = "".join(f"<li><a href='/s{i}'>Service area {i} for residents</a></li>" for i in range(60))
    page = (f"<html><body><header><div>We use cookies on this site.</div><nav><ul>{menu}</ul></nav></header>"
            "<div class='breadcrumb'>Home &gt; Meetings &gt; Minutes</div><h1>Schools and Learning Scrutiny Panel</h1>"
            "<p>A meeting of the Schools and Learning Scrutiny Panel was held on Tuesday 11th March 2025 at the "
            "Civic Centre, Northwick.</p><p>PRESENT Councillor Jo Bloggs (Chair)</p>"
            "<p>RESOLVED that the minutes of the meeting held on 4th February 2025 be approved.</p></body></html>")
    pages, _ = read_html(page.encode())
    info = read(pages[0], meta={**SIDECAR, "meeting_date": "2025-04-08"})
    assert (info.meeting_date, info.committee, info.source) == (
        "2025-03-11", "Schools and Learning Scrutiny Panel", "document")


@pytest.mark.parametrize("head, date, committee", [
    ("Meeting of Cabinet, Tuesday, 4th March, 2025 10.00 am\nVenue: Town Hall", "2025-03-04", "Cabinet"),
    ("Minutes of the Schools Forum meeting, 4 March 2025, held virtually", "2025-03-04", "Schools Forum"),
    ("The minutes of the Children's Services Scrutiny Committee – 4 March 2025\nPresent: A", "2025-03-04",
     "Children's Services Scrutiny Committee"),
    ("CHILDREN'S SCRUTINY PANEL\nHeld at County Hall on Tuesday 4 March 2025\nPresent: A", "2025-03-04", None),
    ("Present at the meeting on Tuesday 4 March 2025: Councillors A Bloggs, B Bloggs", "2025-03-04", None),
    ("SCHOOLS FORUM\nTuesday 4 March 2025\nMINUTES\nPresent: A", "2025-03-04", None),
    ("Minutes\nChildren and Young People Scrutiny Committee\nDate: 4 March 2025\nPresent: A", "2025-03-04", None),
])
def test_more_headings_of_minutes_that_date_their_meeting(head, date, committee):
    info = read(head, meta={**SIDECAR, "meeting_date": "2025-04-15"})
    assert (info.meeting_date, info.source) == (date, "document")
    if committee:
        assert info.committee == committee


def test_a_date_held_further_down_is_not_the_meeting():
    text = ("SEND update\n\nThe report sets out progress.\n\nThe council's SEND strategy was agreed in 2023 and a "
            "consultation on it was\nheld on 4 March 2025 with parents.\n\n" + "More text.\n" * 8)
    assert read(text).source == "sidecar"


@pytest.mark.parametrize("head, date, committee", [
    ("WESTSHIRE COUNCIL\n\nSCHOOLS ADMISSIONS FORUM\n\n3rd October 2023\n\nCouncillor A Bloggs (Chair)",
     "2023-10-03", "Schools Admissions Forum"),  # a body named on the line above
    ("Adult Social Care Committee\nTuesday 9 May 2023\n", "2023-05-09", "Adult Social Care Committee"),
    ("EASTFORD BOROUGH COUNCIL\n9 MAY 2023\n\nMembers present: Councillors A Bloggs and B Bloggs", "2023-05-09",
     None),  # over the attendance
])
def test_a_date_alone_under_the_bodys_name_or_over_the_attendance_is_the_meeting(head, date, committee):
    info = read(head, meta={**SIDECAR, "meeting_date": "2023-11-01"})
    assert (info.meeting_date, info.source) == (date, "document")
    assert info.committee == (committee or SIDECAR["committee"])


@pytest.mark.parametrize("head", [
    "Ofsted inspection of SEND services\n\n14 June 2022\n\nThe inspectors found that leaders know the area.",
    "Cabinet\n\nThe plan was agreed on\n12 May 2023\nafter a long debate, and inspectors visited.",
])
def test_a_date_alone_under_another_heading_is_not_the_meeting(head):
    assert read(head).source == "sidecar"


@pytest.mark.parametrize("head, date, committee", [
    ("MINUTES OF THE ADULTS AND HEALTH SCRUTINY PANEL MEETING HELD AT 7.30PM,\nON TUESDAY 8 MARCH 2022\n"
     "COUNCIL CHAMBER, TOWN HALL", "2022-03-08", "Adults and Health Scrutiny Panel"),
    ("Minutes of a meeting of the Schools Forum held at 2.00 p.m. in Committee Room 1\non Wednesday, 12 October 2022",
     "2022-10-12", "Schools Forum"),
    ("EASTFORD BOROUGH COUNCIL\nA meeting of the Corporate Parenting Board was held at 10.30 am, Civic Centre,\n"
     "on Thursday 3 November 2022.\nPresent: Councillor A Bloggs", "2022-11-03", "Corporate Parenting Board"),
])
def test_a_minutes_heading_with_its_time_and_a_line_break_before_on(head, date, committee):
    info = read(head, meta={**SIDECAR, "meeting_date": "2023-01-16"})
    assert (info.meeting_date, info.committee, info.source) == (date, committee, "document")


def test_a_time_held_in_a_paragraph_apart_is_not_the_meeting():
    text = ("SEND update\n\nThe annual review meeting was held at 6.00pm.\n\nThe consultation closed on "
            "4 March 2025 after parents responded.\n" + "More text.\n" * 8)
    assert read(text).source == "sidecar"


def test_printed_minutes_whose_committees_name_was_lost_keep_their_meeting():
    # ModernGov's printed minutes: "Meeting of <committee> held on ...", the name set apart and lost
    info = read("Westshire Scrutiny Panel\n\nMeeting of held on Tuesday, 11 February 2025 at 6.30 pm in the Council "
                "Chamber\n\nMINUTES\n\nPresent:\n\nCouncillor Ann Wren (Chair)\n")
    assert (info.meeting_date, info.source) == ("2025-02-11", "document")


def test_printed_minutes_whose_long_committee_name_wraps_before_held_on():
    # the sidecar dates the approving meeting; the minutes' own heading, wrapped over two lines, dates theirs
    info = read("Minutes of the Children, Families and Lifelong Learning Overview and\nScrutiny Committee Meeting held "
                "on 9 June 2025\nPresent: Jo Quenby (Chair)\n", meta={**SIDECAR, "meeting_date": "2025-07-14"})
    assert (info.meeting_date, info.source) == ("2025-06-09", "document")


def test_printed_minutes_with_the_sittings_times_after_the_date():
    """"21 October 2025 (7.00 - 9.10 pm)" alone on its line under "MINUTES OF A MEETING OF THE" and the
    committee: the minutes' own meeting, not the later one that approved them (the sidecar's)."""
    info = read("MINUTES OF A MEETING OF THE\n\nCHILDREN'S SCRUTINY SUB-COMMITTEE\n\nTown Hall\n\n"
                "14 October 2025 (7.00 - 9.05 pm)\n\nPresent:\n\nCouncillors Jo Bloggs (Chairman)",
                meta={**SIDECAR, "meeting_date": "2025-12-02"})
    assert (info.meeting_date, info.source) == ("2025-10-14", "document")
