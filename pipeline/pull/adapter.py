"""What every platform adapter shares: the run's bookkeeping, not the walk over a site.

An adapter is constructed with ``(council, settings, client, store, report, today)``
and its ``run()`` walks its platform's site. Documents and sidecars go through
one ``DocumentWriter``; listings are fetched conditionally and cached; meetings
settle, or are given up after ``max_meeting_attempts`` failed runs, the same
way for every platform, so ModernGov and CMIS councils are pulled alike.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from pipeline.pull.documents import DocumentWriter
from pipeline.pull.http import PoliteClient
from pipeline.pull.moderngov import MeetingRef
from pipeline.pull.report import CouncilReport
from pipeline.pull.sources import Council, Settings
from pipeline.pull.store import CouncilStore
from pipeline.pull.urls import normalise


class CouncilFailed(Exception):
    """The council cannot be pulled at all (no web service, blocked, no calendar, ...)."""


def keyword_pattern(keyword: str) -> re.Pattern:
    """A phrase on word boundaries; all-capitals words (SEND, EHCP) must match in capitals,
    so that the verb "send" does not select every item."""
    parts = [re.escape(w) if len(w) >= 2 and w.isupper() else f"(?i:{re.escape(w)})" for w in keyword.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)")


class Adapter:
    site = "committee papers"  # named in each sidecar's provenance

    def __init__(self, council: Council, settings: Settings, client: PoliteClient, store: CouncilStore,
                 report: CouncilReport, today: dt.date):
        self.council = council
        self.settings = settings
        self.client = client
        self.store = store
        self.report = report
        self.today = today
        self.keywords = [(k, keyword_pattern(k)) for k in council.keywords]
        self.documents = DocumentWriter(council, client, store, report, today, site=self.site)
        self.body_hashes: list[str] = []  # of the listings read for the meeting being pulled

    def run(self) -> None:
        raise NotImplementedError

    def keywords_in(self, text: str) -> list[str]:
        return [keyword for keyword, pattern in self.keywords if pattern.search(text)]

    def settled(self, meeting: MeetingRef) -> bool:
        """Fully pulled before, minutes out (or long past), and old: not worth re-polling."""
        state = self.store.meeting_state(meeting.id)
        if not state.get("complete") or meeting.date is None:
            return False
        age = (self.today - meeting.date).days
        limit = self.settings.settle_after_days
        return age > limit and (state.get("minute_published") or age > 2 * limit)

    # -- conditional fetch of listings ------------------------------------------------

    def fetch_cached(self, url: str, parse, conditional: bool = True):
        """GET with the validators of the last good answer; a 304 re-reads that answer.

        An answer is cached (and its validators kept) only once it has parsed,
        so an error page is never replayed as if it were current.
        """
        key = normalise(url)
        cached = self.store.cached_body(key) if conditional else None
        fetched = self.client.get(url, self.store.validators(key) if cached is not None else None)
        body = cached if fetched.not_modified else fetched.body
        self.body_hashes.append(hashlib.sha256(body or b"").hexdigest())
        parsed = parse(body)
        if conditional and not fetched.not_modified:
            self.store.cache_body(key, body)
            self.store.remember(key, fetched.etag, fetched.last_modified)
        return parsed

    def incomplete(self, ref: MeetingRef, url: str, reason: str, state: dict) -> None:
        """Count one more failed run of a meeting; after ``max_meeting_attempts`` give up on it,
        so a meeting that keeps failing is not re-polled (and re-downloaded) forever."""
        attempts = int(self.store.meeting_state(ref.id).get("attempts") or 0) + 1
        given_up = attempts >= self.settings.max_meeting_attempts
        self.store.set_meeting_state(ref.id, complete=False, attempts=attempts, given_up=given_up,
                                     last_failure=reason, **state)
        if given_up:
            self.report.meetings_given_up += 1
            self.report.problem(url, f"gave up on meeting {ref.id} ({ref.committee_title}, {ref.date}) after "
                                     f"{attempts} runs that did not complete: {reason}")

