"""The date grammar and the dates extractor: what is a date, what is not."""

from __future__ import annotations

import pytest

from pipeline.extract import dates
from pipeline.extract.dates.grammar import Context, scan
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def read(text: str, this_year: int | None = None) -> list[tuple[str, str, str | None]]:
    """(quote, start, end) of every date the grammar finds in ``text``."""
    return [(text[f.start:f.end], f.start_date, f.end_date) for f in scan(text, Context(this_year))]


@pytest.mark.parametrize("text, start, end", [
    ("28 January 2019", "2019-01-28", None),
    ("29th March 2019", "2019-03-29", None),
    ("Thursday, 30 January 2025", "2025-01-30", None),
    ("Thursday, 30th January, 2025", "2025-01-30", None),
    ("THURSDAY, 9 JANUARY 2025", "2025-01-09", None),
    ("Thu. 5 March 2020", "2020-03-05", None),
    ("the 2nd of March 2021", "2021-03-02", None),
    ("1ST MARCH 2020", "2020-03-01", None),
    ("September 26th, 2019", "2019-09-26", None),
    ("11/02/2022", "2022-02-11", None),
    ("11/02/22", "2022-02-11", None),
    ("31.3.2024", "2024-03-31", None),
    ("29.10.24", "2024-10-29", None),
    ("2019-05-04", "2019-05-04", None),
    ("September 2020", "2020-09", None),
    ("Sept 2020", "2020-09", None),
    ("Sept. 2020", "2020-09", None),
    ("late June 2021", "2021-06", None),
    ("27 April 22", "2022-04-27", None),
    ("Oct 24", "2024-10", None),
    ("Mar-23", "2023-03", None),
    ("16 january 2025", "2025-01-16", None),
    ("11.03.19", "2019-03-11", None),
    ("mid-October 2020", "2020-10", None),
    ("end of January 2021", "2021-01", None),
])
def test_single_dates(text, start, end):
    assert read(text) == [(text, start, end)]


@pytest.mark.parametrize("text, start, end", [
    ("15 - 17 October 2019", "2019-10-15", "2019-10-17"),
    ("4 to 8 December 2017", "2017-12-04", "2017-12-08"),
    ("14-18 March 2022", "2022-03-14", "2022-03-18"),
    ("Between 28 January 2019 and 1 February 2019", "2019-01-28", "2019-02-01"),
    ("between 11 and 13 February 2019", "2019-02-11", "2019-02-13"),
    ("between 18 November - 22 November 2019", "2019-11-18", "2019-11-22"),
    ("6th November – 17th December 2024", "2024-11-06", "2024-12-17"),
    ("September 2020 to March 2021", "2020-09", "2021-03"),
    ("September to November 2022", "2022-09", "2022-11"),
    ("April-May 2023", "2023-04", "2023-05"),
    ("September/October 2019", "2019-09", "2019-10"),
    ("Jan 24 – Mar 24", "2024-01", "2024-03"),
    ("16 January to 12th march 2025", "2025-01-16", "2025-03-12"),
    # the month first
    ("March 11th-15th 2019", "2019-03-11", "2019-03-15"),
    ("March 11-15, 2019", "2019-03-11", "2019-03-15"),
    ("between February 26th and March 2nd, 2019", "2019-02-26", "2019-03-02"),
    # numeric ends, one separator throughout
    ("from 07/10/2024 to 11/10/2024", "2024-10-07", "2024-10-11"),
    ("between 3/2/25 and 7/2/25", "2025-02-03", "2025-02-07"),
    ("14.11.2022 - 18.11.2022", "2022-11-14", "2022-11-18"),
    ("04/03/2024-08/03/2024", "2024-03-04", "2024-03-08"),
    ("between the 4th and 8th of March 2024", "2024-03-04", "2024-03-08"),
])
def test_ranges_are_one_date(text, start, end):
    assert read(text) == [(text, start, end)]


def test_a_range_without_its_start_year_takes_the_year_before():
    assert read("26 November to 27th January 2025") == [
        ("26 November to 27th January 2025", "2024-11-26", "2025-01-27")]
    assert read("November to February 2020")[0][1:] == ("2019-11", "2020-02")


def test_and_joins_a_range_only_after_between():
    assert read("on 1 May 2020 and 3 June 2020") == [
        ("1 May 2020", "2020-05-01", None), ("3 June 2020", "2020-06-03", None)]


def test_days_listed_one_after_another_are_one_range():
    assert read("visited on 4, 5 and 6 October 2022") == [("4, 5 and 6 October 2022", "2022-10-04", "2022-10-06")]
    assert read("on the 21st, 22nd, 23rd & 24th November 2021")[0][1:] == ("2021-11-21", "2021-11-24")
    # days with gaps are several meetings, not one visit, each a date in the month and year they share;
    # two consecutive days joined by "and" are a two-day visit, two days apart are two dates
    assert [r[1:] for r in read("panels on 2, 9 and 16 March 2023")] == [
        ("2023-03-02", None), ("2023-03-09", None), ("2023-03-16", None)]
    assert [r[1:] for r in read("on 7 and 8 June 2022")] == [("2022-06-07", "2022-06-08")]
    assert [r[1:] for r in read("a monitoring visit on 30th & 31st October 2024")] == [("2024-10-30", "2024-10-31")]
    assert [r[1:] for r in read("meetings on 17 and 19 May 2022")] == [("2022-05-17", None), ("2022-05-19", None)]


def test_this_year_needs_the_documents_year():
    assert read("inspected from 13th-17th March this year", this_year=2023)[0][1:] == ("2023-03-13", "2023-03-17")
    assert read("inspected from 13th-17th March this year") == []


@pytest.mark.parametrize("text", [
    "in 2023", "the 2024-25 budget", "2022/23", "Autumn 2021", "Spring term 2022", "Q3 2024",
    "within 12-18 months", "at 10.00 am", "Decision 24/00093", "paragraph 3.1.12", "Minute 52/2019",
    "you may 10 times", "may be", "they march on", "on 15th March", "March", "£5 March",
    "on Monday 3rd", "in 2019/20", "the Autumn Term 2020",
])
def test_not_dates(text):
    assert read(text) == []


def test_a_month_year_followed_by_a_financial_year_is_the_month():
    assert read("November 2024-25") == [("November 2024", "2024-11", None)]


def test_impossible_days_are_not_dates():
    assert [d[1] for d in read("on 31 February 2020")] == ["2020-02"]  # the month still stands
    assert read("31/02/2020") == []


def test_a_date_spread_over_lines_is_one_date():
    assert read("To: Cabinet Committee – 1\nOctober 2019")[0][1] == "2019-10-01"


def doc_of(*texts: str):
    return segment([Page(i + 1, t) for i, t in enumerate(texts)])


def test_extract_keeps_the_first_of_each_distinct_date_with_exact_provenance():
    page = "Met on 5 March 2020. Again on 5 March 2020, and on 6 March 2020."
    found = dates.extract(doc_of(page))
    assert [(d.start_date, d.char_start) for d in found] == [("2020-03-05", 7), ("2020-03-06", 51)]
    for d in found:
        assert page[d.char_start:d.char_end] == d.quote


def test_a_date_split_by_a_page_break_is_read_across_it():
    first, second = "The service grew. As of October", "2024, the team moved."
    found = dates.extract(doc_of(first, second))
    assert [(d.page, d.start_date, d.text, d.quote) for d in found] == [(1, "2024-10", "October 2024", "October")]
    assert first[found[0].char_start:found[0].char_end] == found[0].quote


def test_a_range_split_by_a_page_break_is_not_read_twice():
    found = dates.extract(doc_of("Consultation ran from 26 November to", "27th January 2025 online."))
    assert [(d.start_date, d.end_date) for d in found] == [("2024-11-26", "2025-01-27")]


def test_mentions_keeps_repeats_for_the_events_extractor():
    doc = doc_of("Met on 5 March 2020. Again on 5 March 2020.")
    assert len(dates.mentions(doc)) == 2
    assert len(dates.extract(doc)) == 1


def test_every_date_says_which_form_of_the_grammar_read_it():
    found = dates.extract(doc_of("Inspected 15 - 17 October 2019; letter of 11/02/2022; plan due September 2020; "
                                 "updated Oct 24."))
    assert [d.evidence for d in found] == ["grammar:range:day..day-month-year", "grammar:numeric:d/m/y",
                                           "grammar:month-year", "grammar:month-yy"]
    [split] = dates.extract(doc_of("The service grew. As of October", "2024, the team moved."))
    assert split.evidence == "grammar:month-year; page-break:joined"


def test_overlapping_readings_keep_the_longest_in_a_long_text():
    # the overlap check looks only at the characters a date covers, so many dates cost little
    text = " ".join(f"from {d} to {d + 1} March 2019, then 4 April 2020." for d in range(1, 28)) * 40
    found = scan(text)
    assert len(found) == 27 * 40 * 2
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert found[0].start_date == "2019-03-01" and found[0].end_date == "2019-03-02"


@pytest.mark.parametrize("text, expected", [
    # days of a month with no year: the 13 is a day, not the year 2013
    ("carried out the inspection between March 9 and March 13 - speaking to parents", []),
    ("visits on March 1st to March 12th, then a report", []),
    # column headings: "Mar 26 Jun 26" are two months, not the 26th of June 2026
    ("Funding £000s Mar 26 Jun 26\nTransport", [("Mar 26", "2026-03", None), ("Jun 26", "2026-06", None)]),
    # minute numbers (year.month.item) that a series of headings shares
    ("15.09.4 Matters Arising\n15.09.05 Village Hall\n15.09.10 Finance\nMet on 15.09.15.", [("15.09.15", "2015-09-15", None)]),
    # one dotted date at a line's start is still a date
    ("29.10.24 Cabinet meeting", [("29.10.24", "2024-10-29", None)]),
    # a range with its year is still read whole
    ("between March 9 and March 13, 2019", [("between March 9 and March 13, 2019", "2019-03-09", "2019-03-13")]),
])
def test_readings_that_are_not_the_date_they_look_like(text, expected):
    assert read(text) == expected


def test_a_change_of_date_names_two_dates_not_a_period():
    found = dates.extract(doc_of("Milestones: a 3 month delay to the register from Dec 25 to Jun 26. "
                                 "The consultation ran from March to May 2024."))
    assert [(d.quote, d.start_date, d.end_date) for d in found] == [
        ("Dec 25", "2025-12", None), ("Jun 26", "2026-06", None), ("from March to May 2024", "2024-03", "2024-05")]
    assert found[0].evidence == "grammar:month-yy; before:change-of-date +2; range:from-to +1"


def test_a_period_after_an_extension_is_still_a_period():
    found = dates.extract(doc_of("The fund was extended for a further 6 months from 30 September 2024 to 31 March 2025."))
    assert [(d.start_date, d.end_date) for d in found] == [("2024-09-30", "2025-03-31")]


def test_numeric_dates_joined_by_and_without_between_are_two_dates():
    assert read("on 01/03/2021 and 05/03/2021") == [
        ("01/03/2021", "2021-03-01", None), ("05/03/2021", "2021-03-05", None)]
    # ends out of order are no range
    assert [r[1:] for r in read("from 22/09/2023 to 18/09/2023")] == [("2023-09-22", None), ("2023-09-18", None)]


def test_a_numeric_range_says_which_form_read_it():
    found = dates.extract(doc_of("Inspectors visited from 18/09/2023 to 22/09/2023."))
    assert [(d.start_date, d.end_date) for d in found] == [("2023-09-18", "2023-09-22")]
    assert found[0].evidence.startswith("grammar:range:numeric..numeric")


def test_days_and_months_listed_before_a_full_date_share_its_year():
    # a schedule of meetings: each day, with its own month or the month after it, in the year that closes the list
    assert [r[1:] for r in read("Future meetings: 9th January, 6th March, 1st May and 3rd July 2018.")] == [
        ("2018-01-09", None), ("2018-03-06", None), ("2018-05-01", None), ("2018-07-03", None)]
    # a list that runs into the next year takes the year before for the months after the last one
    assert [r[1] for r in read("on 5 September, 7 November and 9 January 2019")] == ["2018-09-05", "2018-11-07", "2019-01-09"]
    # numbers that are not days: a paragraph list ending in a day is only the full date
    assert [r[1:] for r in read("see paragraphs 3.1, 4 and 17 May 2024")] == [("2024-05-17", None)]


def test_a_minute_number_is_no_date_though_the_others_of_its_series_are_on_other_pages():
    from pipeline.extract import dates
    from pipeline.extract.common.structure import segment
    from pipeline.records import Page

    doc = segment([Page(1, "18.03.1 Apologies\nNone.\n18.03.2 Minutes\nThe minutes of 6 February 2018 were approved."),
                   Page(2, "18.03.11 Any Other Business\nNone.")])
    assert [(d.start_date, d.end_date) for d in dates.extract(doc)] == [("2018-02-06", None)]


def test_dates_whose_parts_are_joined_by_hyphens():
    # ModernGov's printed documents ("Agenda frontsheet 13th-Mar-2025 15.00 Cabinet") and spreadsheet cells
    assert [r[1:] for r in read("see Agenda frontsheet 13th-Mar-2025 15.00 Cabinet")] == [("2025-03-13", None)]
    assert [r[1:] for r in read("Position at 30-Nov-24 | 05-MAR-2024")] == [("2024-11-30", None), ("2024-03-05", None)]
    assert [r[1:] for r in read("Forecast Feb-2025, for Jan-2024 - Mar-2024")] == [("2025-02", None), ("2024-01", "2024-03")]
    # a month in lower case or a reference that goes on is no date
    assert read("3-may-2024") == [] and read("ref 24-Mar-25x") == []
