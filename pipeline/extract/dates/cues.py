"""Phrase classes around a date that say what kind of mention it is.

The grammar (``dates.grammar``) proposes every calendar reference and blocks
readings that are no dates (minute numbers, days of a month with no year);
these cues speak about a reading in its context.
"""

from __future__ import annotations

import re

I = re.IGNORECASE

# "a delay to the milestone from Dec 25 to Jun 26", "moved from March 2026 to July 2026": the
# "from ... to ..." of a change of date names two dates, not a period.
RESCHEDULED = re.compile(
    r"\b(?:delay(?:ed|s|ing)?|slipp(?:ed|age|ing)|mov(?:ed|ing)|pushed\s+back|brought\s+forward|re-?profiled?"
    r"|rescheduled|postponed|deferred|re-?phased|changed?)\b[^.;]{0,160}$", I)  # not "extended ... for 6 months from"
RESCHEDULED_REACH = 200  # characters before a range searched for the change it names
RANGE_FROM = re.compile(r"(?:from|FROM|From)\s")  # matched at the range's start
# the words that join a range's ends ("to", a dash); "until" and "till" name a period
JOIN = re.compile(r"\s+to\s+|\s*[-–—]\s*")
