"""A small grammar of the calendar dates English councils write.

Day-month order ("28th January 2019", "Thursday, 30 January 2025",
"11/02/2022"), month-year ("September 2020", "Sept 2020", "April 25"), the
American order some press pages use ("September 26th, 2019") and ranges
("15 - 17 October 2019", "Between 28 January 2019 and 1 February 2019",
"26 November to 27th January 2025", "September to November 2022", "March 11th-15th 2019",
"from 18/09/2023 to 22/09/2023").

What is deliberately not a date (see the gold guidelines): a year alone,
seasons, quarters, financial or academic years ("2024-25", "2022/23"), times
of day, reference numbers ("Decision 24/00093") and a month name without a
year or a day beside it ("may", "March on"). A date must fix a month and a
year; "13th-17th March this year" takes its year from the document.

The grammar is a set of compiled patterns, each paired with a function that
turns its match into ISO dates; ``scan`` runs them all over a text and keeps
the longest match at each place, so a range wins over the dates inside it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import Callable

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}


def _forms(names) -> list[str]:
    """Each name as Capitalised, lower case or UPPER CASE (never mIxEd)."""
    return [form for name in names for form in (name.capitalize(), name, name.upper())]


FULL_NAMES = [n for n in MONTHS if len(n) > 4 or n in ("may", "june", "july")]
ABBREVIATIONS = [n for n in MONTHS if n not in FULL_NAMES]
# Longest first, so "September" is not read as "Sep"; an abbreviation may
# carry a full stop ("Sept."); the name ends at a word edge.
MONTH = (rf"(?:(?:{'|'.join(_forms(sorted(FULL_NAMES, key=len, reverse=True)))})"
         rf"|(?:{'|'.join(_forms(sorted(ABBREVIATIONS, key=len, reverse=True)))})\.?)(?![a-zA-Z])")
# A month written with a capital, for two-digit years: "Oct 24" yes, "may 10" no.
CAPITAL_MONTH = (rf"(?:(?:{'|'.join(n.capitalize() for n in sorted(MONTHS, key=len, reverse=True))})"
                 rf"|(?:{'|'.join(n.upper() for n in sorted(MONTHS, key=len, reverse=True))}))\.?(?![a-zA-Z])")
ORDINAL = r"(?:st|nd|rd|th|ST|ND|RD|TH)"
DAY = rf"(?:3[01]|[12]\d|0?[1-9]){ORDINAL}?(?![\d:])"
YEAR4 = r"(?:19[5-9]\d|20\d\d)(?![\d%])"
# A two-digit year ("27 April 22", "Oct 24"): not a count, a time, an ordinal or a decimal.
YEAR2 = r"(?:[0-3]\d)(?![\d%:]|\.\d|st|nd|rd|th|\s*(?:am|pm)\b)"
THIS_YEAR = r"this\s+year"
WEEKDAY = r"(?:(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)"
SEP = r"\s*(?:-|–|—|to|until|till)\s*"  # between the ends of a range
MONTH_SEP = rf"(?:{SEP}|\s*/\s*)"  # "September/October 2019"
LEFT = r"(?<![\w/.£$-])"  # a date does not continue a number, word or reference
# "Mar 26 Jun 26" (column headings): the 26 after a month is its year, not the next date's day.
NOT_A_MONTHS_YEAR = r"(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s)(?<!\bSept\s)"


def _dmy(p: str) -> str:
    """A day-month-year date, its groups named with prefix ``p`` so one pattern can hold two."""
    return (rf"{WEEKDAY}?(?:the\s+)?{NOT_A_MONTHS_YEAR}(?P<{p}d>{DAY})(?:\s+of)?\s+(?P<{p}m>{MONTH}),?\s+"
            rf"(?P<{p}y>{YEAR4}|{YEAR2}|{THIS_YEAR})")


def _dm(p: str) -> str:
    return rf"{WEEKDAY}?(?:the\s+)?(?P<{p}d>{DAY})(?:\s+of)?\s+(?P<{p}m>{MONTH})"


def _my(p: str) -> str:
    """Month and year; a two-digit year only after a capitalised month ("Oct 24")."""
    return (rf"(?:(?P<{p}m>{MONTH}),?\s+(?P<{p}y>{YEAR4})|(?P<{p}m2>{CAPITAL_MONTH})(?:\s+(?P<{p}y2>{YEAR2})"
            rf"|-(?P<{p}y3>{YEAR4}|{YEAR2})))")


def _month_year(m: re.Match, p: str) -> tuple[int, int]:
    """(year, month) of a ``_my`` group, whichever form matched."""
    if m[f"{p}m"]:
        return int(m[f"{p}y"]), _month(m[f"{p}m"])
    year = int(m[f"{p}y2"] or m[f"{p}y3"])  # "Oct 24", "Oct-24", "Oct-2024"
    return year if year >= 100 else 2000 + year, _month(m[f"{p}m2"])


BETWEEN = r"(?:(?:(?P<between>[Bb]etween|BETWEEN)|[Ff]rom|FROM)\s+)?"
# "and" joins a range's ends only after "between"; "to" and dashes always do.
JOIN = rf"(?:{SEP}|\s+(?(between)and|(?!))\s+)"
MONTH_JOIN = rf"(?:{MONTH_SEP}|\s+(?(between)and|(?!))\s+)"
QUALIFIER = r"(?:(?:[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd\s+of|[Bb]eginning\s+of)[\s-]+)?"


@dataclass
class Found:
    """One date or range in a text: where it is and what it means."""

    start: int
    end: int
    start_date: str
    end_date: str | None
    form: str = ""  # which pattern read it ("day-month-year", "range:month-year..month-year"): its evidence


@dataclass
class Context:
    """What a date may need from the rest of its document: the year that
    "this year" means (the first full date the document states)."""

    this_year: int | None = None
    # the whole document's pages, for what one page cannot tell alone (a minute-number series
    # whose other numbers are on other pages); read only when needed, once (``document_prefixes``)
    pages: tuple[str, ...] = ()
    _prefixes: frozenset[str] | None = None

    def document_prefixes(self) -> frozenset[str]:
        """The minute-number prefixes ("16.11") that two or more lines of the document share."""
        if self._prefixes is None:
            counts: dict[str, int] = {}
            for text in self.pages:
                if "." in text:
                    for m in MINUTE_NUMBER.finditer(text):
                        counts[m["prefix"]] = counts.get(m["prefix"], 0) + 1
            self._prefixes = frozenset(prefix for prefix, n in counts.items() if n > 1)
        return self._prefixes


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))


def _year(text: str, ctx: Context) -> int | None:
    if text.lower().startswith("this"):
        return ctx.this_year
    value = int(text)
    return value if value >= 100 else 2000 + value


def _iso(year: int | None, month: int, day: int | None = None) -> str | None:
    """ISO text for a real calendar day (or month); None for 31 February and the like."""
    if year is None or not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _range(start: str | None, end: str | None) -> tuple[str, str | None] | None:
    """A range whose ends are both real and in order; equal ends are one date."""
    if not start or not end or start > end:
        return None
    return (start, None) if start == end else (start, end)


def _start_year(start_month: int, end_month: int, end_year: int) -> int:
    """The year of a range's start when only its end states one:
    "26 November to 27th January 2025" starts in 2024."""
    return end_year - 1 if start_month > end_month else end_year


# --- builders: match -> (start, end) or None ------------------------------

def _single_dmy(m: re.Match, ctx: Context):
    iso = _iso(_year(m["ay"], ctx), _month(m["am"]), _day(m["ad"]))
    return (iso, None) if iso else None


def _single_mdy(m: re.Match, ctx: Context):
    iso = _iso(int(m["y"]), _month(m["m"]), _day(m["d"]))
    return (iso, None) if iso else None


def _single_my(m: re.Match, ctx: Context):
    iso = _iso(_year(m["y"], ctx), _month(m["m"]))
    return (iso, None) if iso else None


def _single_numeric(m: re.Match, ctx: Context):
    iso = _iso(_year(m["y"], ctx), int(m["m"]), int(m["d"]))
    return (iso, None) if iso else None


def _single_dotted(m: re.Match, ctx: Context):
    if m["d"]:
        return _single_numeric(m, ctx)
    iso = _iso(2000 + int(m["y2"]), int(m["m2"]), int(m["d2"]))
    return (iso, None) if iso else None


def _single_iso(m: re.Match, ctx: Context):
    iso = _iso(int(m["y"]), int(m["m"]), int(m["d"]))
    return (iso, None) if iso else None


def _range_dmy_dmy(m: re.Match, ctx: Context):
    return _range(_iso(_year(m["ay"], ctx), _month(m["am"]), _day(m["ad"])),
                  _iso(_year(m["by"], ctx), _month(m["bm"]), _day(m["bd"])))


def _range_dm_dmy(m: re.Match, ctx: Context):
    end_year, end_month = _year(m["by"], ctx), _month(m["bm"])
    if end_year is None:
        return None
    start_month = _month(m["am"])
    return _range(_iso(_start_year(start_month, end_month, end_year), start_month, _day(m["ad"])),
                  _iso(end_year, end_month, _day(m["bd"])))


def _range_d_dmy(m: re.Match, ctx: Context):
    year, month = _year(m["by"], ctx), _month(m["bm"])
    return _range(_iso(year, month, _day(m["ad"])), _iso(year, month, _day(m["bd"])))


def _range_listed_days(m: re.Match, ctx: Context):
    """"on 10, 11 and 12 July 2023", "on 13 and 14 May 2025": days listed one after another are one
    (two-day or longer) visit; a list with gaps ("3, 10 and 17 May", "17 and 19 May") is several dates."""
    days = [_day(d) for d in re.findall(r"\d+", m["days"])] + [_day(m["bd"])]
    if any(later != earlier + 1 for earlier, later in zip(days, days[1:])):
        return None
    return _range_d_dmy(m, ctx)


def _range_my_my(m: re.Match, ctx: Context):
    return _range(_iso(*_month_year(m, "a")), _iso(*_month_year(m, "b")))


def _range_numeric(m: re.Match, ctx: Context):
    return _range(_iso(_year(m["ay"], ctx), int(m["am"]), int(m["ad"])),
                  _iso(_year(m["by"], ctx), int(m["bm"]), int(m["bd"])))


def _numeric(p: str, sep: str) -> str:
    """A numeric day/month/year ("18/09/2023", "18.09.23"), its groups named with prefix ``p``;
    ``sep`` the separator's pattern (the second end repeats the first's: ``(?P=sep)``)."""
    left = r"(?<![\w/.-])" if p == "a" else ""  # the second end may follow a dash: "04/03/2024-08/03/2024"
    return (rf"{left}(?P<{p}d>0?[1-9]|[12]\d|3[01]){sep}(?P<{p}m>0?[1-9]|1[0-2])(?P=sep)"
            rf"(?P<{p}y>(?:19|20)\d\d|\d\d)(?![\w/]|\.\d)")


def _range_m_my(m: re.Match, ctx: Context):
    (end_year, end_month), start_month = _month_year(m, "b"), _month(m["am"])
    return _range(_iso(_start_year(start_month, end_month, end_year), start_month),
                  _iso(end_year, end_month))


Builder = Callable[[re.Match, Context], "tuple[str, str | None] | None"]

PATTERNS: list[tuple[re.Pattern, Builder, str]] = [
    # ranges
    (re.compile(LEFT + BETWEEN + _dmy("a") + JOIN + _dmy("b")), _range_dmy_dmy, "range:day-month-year..day-month-year"),
    (re.compile(LEFT + BETWEEN + _dm("a") + JOIN + _dmy("b")), _range_dm_dmy, "range:day-month..day-month-year"),
    (re.compile(LEFT + BETWEEN + rf"(?:the\s+)?(?P<ad>{DAY})" + JOIN + _dmy("b")), _range_d_dmy, "range:day..day-month-year"),
    # "on 10, 11 and 12 July 2023", "on 13 and 14 May 2025": consecutive days listed (``_range_listed_days``)
    (re.compile(LEFT + rf"(?P<days>(?P<ad>{DAY})(?:,\s*{DAY})*),?\s+(?:and|&)\s+(?:the\s+)?" + _dmy("b")),
     _range_listed_days, "range:listed-days..day-month-year"),
    # the month first, as press pages write it: "March 11th-15th 2019", "March 11-15, 2019",
    # "February 26th - March 2nd, 2019"
    (re.compile(LEFT + BETWEEN + rf"{WEEKDAY}?(?P<bm>{MONTH})\s+(?P<ad>{DAY})" + JOIN
                + rf"(?P<bd>{DAY}),?\s+(?P<by>{YEAR4})"), _range_d_dmy, "range:month-day..day-year"),
    (re.compile(LEFT + BETWEEN + rf"{WEEKDAY}?(?P<am>{MONTH})\s+(?P<ad>{DAY})" + JOIN
                + rf"{WEEKDAY}?(?P<bm>{MONTH})\s+(?P<bd>{DAY}),?\s+(?P<by>{YEAR4})"), _range_dm_dmy, "range:month-day..month-day-year"),
    (re.compile(LEFT + BETWEEN + QUALIFIER + _my("a") + JOIN + _my("b")), _range_my_my, "range:month-year..month-year"),
    (re.compile(LEFT + BETWEEN + rf"(?P<am>{MONTH})" + MONTH_JOIN + _my("b")), _range_m_my, "range:month..month-year"),
    # "from 18/09/2023 to 22/09/2023", "04.03.24 - 08.03.24": numeric ends, one separator throughout
    (re.compile(BETWEEN + _numeric("a", r"(?P<sep>[/.])") + JOIN + _numeric("b", "(?P=sep)")), _range_numeric,
     "range:numeric..numeric"),
    # single dates
    (re.compile(LEFT + _dmy("a")), _single_dmy, "day-month-year"),
    (re.compile(LEFT + rf"{WEEKDAY}?(?P<m>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR4})"), _single_mdy, "month-day-year"),
    (re.compile(LEFT + QUALIFIER + rf"(?P<m>{MONTH}),?\s+(?P<y>{YEAR4}|{THIS_YEAR})"), _single_my, "month-year"),
    # "Oct 24", "April 25": a two-digit year only after a capitalised month,
    # so "may 10" and "march 20" stay words.
    (re.compile(LEFT + rf"(?P<m>{CAPITAL_MONTH})(?:\s+|-)(?P<y>{YEAR2})(?!\s*[-–]\s*\d)"), _single_my, "month-yy"),
    # "13th-Feb-2025", "30-Sep-24", "05-MAR-2024" (ModernGov's printed names, spreadsheets' cells) and
    # "Feb-2025": the parts joined by hyphens, the month capitalised
    (re.compile(LEFT + rf"(?P<ad>{DAY})-(?P<am>{CAPITAL_MONTH})-(?P<ay>{YEAR4}|{YEAR2})(?![\w-])"), _single_dmy,
     "day-month-year:hyphens"),
    (re.compile(LEFT + rf"(?P<m>{CAPITAL_MONTH})-(?P<y>{YEAR4})(?![\w-])"), _single_my, "month-year:hyphen"),
    # 11/02/2022, 11/02/22, 11.02.2022, 29.10.24; never paragraph numbers like 3.1.12
    (re.compile(r"(?<![\w/.-])(?P<d>0?[1-9]|[12]\d|3[01])/(?P<m>0?[1-9]|1[0-2])/"
                r"(?P<y>(?:19|20)\d\d|\d\d)(?![\w/]|\.\d)"), _single_numeric, "numeric:d/m/y"),
    (re.compile(r"(?<![\w/.-])(?:(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>(?:19|20)\d\d)"
                r"|(?P<d2>0[1-9]|[12]\d|3[01])\.(?P<m2>0[1-9]|1[0-2])\.(?P<y2>\d\d))(?![\w/]|\.\d)"),
     _single_dotted, "numeric:d.m.y"),
    (re.compile(r"(?<![\w/.-])(?P<d>0?[1-9]|[12]\d|3[01])-(?P<m>0?[1-9]|1[0-2])-(?P<y>(?:19|20)\d\d)(?![\w/-])"),
     _single_numeric, "numeric:d-m-y"),
    (re.compile(r"(?<![\w/.-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w/-])"),
     _single_iso, "iso:y-m-d"),
]


# Readings that are not dates but would otherwise be read as one: they take their
# characters, so a shorter date inside them is not read either.
BLOCKERS: list[tuple[re.Pattern, str]] = [
    # "between March 9 and March 13": days of a month with no year (the 13 is no year)
    # (the first day cannot be a two-digit year: "Dec 25 to Jun 26" is two months)
    (re.compile(LEFT + BETWEEN + rf"{WEEKDAY}?{MONTH}\s+(?:[1-9]|{DAY}{ORDINAL})(?![\d:])" + JOIN + rf"(?:{MONTH}\s+)?{DAY}"
                r"(?!,?\s*(?:19|20)?\d\d\b|\s+(?:this\s+year)|\s*[/.]\d)"), "not-a-date:month-days"),
]
# "15.09.05 Village Hall": a minute number (year.month.item) at the start of a line, one of a
# series sharing its first two parts ("15.09.4 Matters Arising", "15.09.10 Finance").
MINUTE_NUMBER = re.compile(r"^[ \t]*(?P<prefix>\d\d\.\d\d)\.\d{1,3}(?=[ \t]+(?:[-–][ \t]*)?[A-Z])", re.MULTILINE)


def _minute_numbers(text: str, ctx: Context) -> list[tuple[int, int]]:
    """Spans of line-start minute numbers whose prefix at least one other line shares, on this page
    or elsewhere in the document ("16.11.11 Any Other Business" alone on a minutes book's last page)."""
    if "." not in text:
        return []
    found = [(m["prefix"], m.start("prefix"), m.end()) for m in MINUTE_NUMBER.finditer(text)]
    prefixes: dict[str, int] = {}
    for prefix, _, _ in found:
        prefixes[prefix] = prefixes.get(prefix, 0) + 1
    if any(n == 1 for n in prefixes.values()) and ctx.pages:
        shared = ctx.document_prefixes()
        prefixes = {prefix: 2 if prefix in shared else n for prefix, n in prefixes.items()}
    return [(start, end) for prefix, start, end in found if prefixes[prefix] > 1]


# Every date holds a month name or a numeric day/month/year; the full
# patterns run only near one (a cheap first pass over the lower-cased text),
# which keeps a 1,400-page corpus to about a second.
MONTH_CORE = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                        r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b")
NUMERIC_CORE = re.compile(r"\d[/.-]\d\d?[/.-]\d\d")
REACH_BEFORE, REACH_AFTER = 40, 40  # "Wednesday, the 13th of January", "September 26th, 2019" fit


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` that may hold a date, merged where they touch."""
    low = text.lower()
    cores = sorted(m.start() for rx in (MONTH_CORE, NUMERIC_CORE) for m in rx.finditer(low))
    windows: list[tuple[int, int]] = []
    for core in cores:
        start, end = max(0, core - REACH_BEFORE), min(len(text), core + REACH_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def scan(text: str, ctx: Context | None = None) -> list[Found]:
    """Every date and range in ``text``, in order, never overlapping: where
    patterns disagree the longest match wins (a range over its ends)."""
    ctx = ctx or Context()
    candidates: list[Found] = []
    blocked: list[Found] = []  # not dates, but they hold their characters
    windows = _windows(text)
    for start, end in windows:
        for pattern, build, form in PATTERNS:
            for match in pattern.finditer(text, start, end):
                value = build(match, ctx)
                if value:
                    candidates.append(Found(match.start(), match.end(), value[0], value[1], form))
        for pattern, form in BLOCKERS:
            blocked += [Found(m.start(), m.end(), "", None, form) for m in pattern.finditer(text, start, end)]
    if windows:
        blocked += [Found(start, end, "", None, "not-a-date:minute-number") for start, end in _minute_numbers(text, ctx)]
    candidates += blocked
    # longest first; a span is kept when none of its characters is taken yet: a check as
    # long as the date (linear in the text), not against every span kept so far
    taken = bytearray(len(text))
    kept: list[Found] = []
    for found in sorted(candidates, key=lambda f: (f.start - f.end, f.start, bool(f.start_date))):  # a blocker wins a tie
        if not any(taken[found.start:found.end]):
            taken[found.start:found.end] = b"\x01" * (found.end - found.start)
            kept.append(found)
    dates = [f for f in kept if f.start_date]
    dates += [listed for found in dates if found.form == "day-month-year" for listed in _listed_before(text, found, taken)]
    return sorted(dates, key=lambda f: f.start)


# "10th January, 7th March, 2nd May and 7th November 2017", "on 3, 10 and 17 May 2024": days (each with its
# month, or sharing the month after them) listed before a full date share its year; each is a date of its own.
LISTED_ITEM = rf"(?:{DAY})(?:\s+(?:of\s+)?{MONTH})?"
LISTED_BEFORE = re.compile(rf"{LEFT}(?:{WEEKDAY}?(?:the\s+)?{LISTED_ITEM}\s*,\s*)*{WEEKDAY}?(?:the\s+)?{LISTED_ITEM},?\s+(?:and|&)\s+"
                           r"(?:the\s+)?$")
LISTED_ONE = re.compile(rf"(?P<d>{DAY})(?:\s+(?:of\s+)?(?P<m>{MONTH}))?")
LISTED_REACH = 160  # characters before the full date searched for the list
LISTED_AND = re.compile(r"(?:\band|&)\s+(?:the\s+)?$")
NUMBER_BEFORE = re.compile(r"\d\s*[,.;]?\s*$")


def _listed_before(text: str, last: Found, taken: bytearray) -> list[Found]:
    """The listed days before a day-month-year date that close the list, each a date in its year."""
    begin = max(0, last.start - LISTED_REACH)
    if not LISTED_AND.search(text, max(begin, last.start - 10), last.start):
        return []  # a first look: the date closes a list only after "and"
    run = LISTED_BEFORE.search(text, begin, last.start)
    if not run or any(taken[run.start():run.end()]) or NUMBER_BEFORE.search(text, max(0, run.start() - 6), run.start()):
        return []  # (not a list of numbers whose last ones look like days: "paragraphs 3.1, 4 and 17 May 2024")
    year, month = int(last.start_date[:4]), int(last.start_date[5:7])
    items = [m for m in LISTED_ONE.finditer(text, run.start(), run.end())]
    found, current = [], month
    for item in reversed(items):
        current = _month(item["m"]) if item["m"] else current
        iso = _iso(year - 1 if current > month else year, current, _day(item["d"]))
        if iso is None:
            return []
        found.append(Found(item.start(), item.end(), iso, None, "listed:day-month..day-month-year"))
    return found[::-1]


def first_full_year(text: str) -> int | None:
    """The year of the first day-month-year date in a text: what "this year" means there."""
    for found in scan(text):
        if len(found.start_date) == 10:
            return int(found.start_date[:4])
    return None
