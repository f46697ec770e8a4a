"""The ModernGov adapter: committees -> meetings -> matching items -> documents.

The web service says which items a meeting has and which documents they link;
the meeting page adds the printed minutes, printed decisions and decision
pages. Everything is keyed (attachment id, else normalised URL) so a document
reached twice is fetched and stored once, and every failure below the council
level is recorded in the report and skipped, so one bad meeting or document
never stops the rest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from pipeline.pull.adapter import Adapter, CouncilFailed, keyword_pattern
from pipeline.pull.documents import DocTask
from pipeline.pull.http import Disallowed, FetchError, Unreachable
from pipeline.pull.moderngov import (
    AgendaItem,
    Committee,
    MeetingRef,
    NotModernGov,
    WebService,
    parse_committees,
    parse_meeting,
)
from pipeline.pull.pages import (
    decided_at,
    decision_documents,
    decision_stem,
    decision_title,
    is_derived_pack,
    looks_like_meeting_page,
    meeting_document_kind,
    parse_decision_list,
    parse_meeting_page,
    recorded_meeting,
)
from pipeline.pull.urls import clean_href, document_key

__all__ = ["CouncilFailed", "CouncilPull", "keyword_pattern"]


class CouncilPull(Adapter):
    """The ModernGov adapter: web service first, HTML pages for what it leaves out."""

    site = "ModernGov"

    # -- the council --------------------------------------------------------------

    def run(self) -> None:
        self.report.partials_removed = self.store.clean_partials()
        service, committees = self.connect()
        chosen = [c for c in committees if self.council.committee_matches(c.title) and not c.deleted
                  and (self.council.include_expired_committees or not c.expired)]
        self.report.committees = [c.title for c in chosen]
        if not chosen:
            self.report.problem(service.url("GetCommittees"), "no committee matches the patterns in sources.yml")
        meetings: dict[int, MeetingRef] = {}
        start, end = self.council.window(self.today)
        for committee in chosen:
            for meeting in self.committee_meetings(service, committee, start, end):
                meetings.setdefault(meeting.id, meeting)
        self.report.meetings = len(meetings)
        for meeting in sorted(meetings.values(), key=lambda m: (m.date, m.id)):
            if self.settled(meeting):
                self.report.meetings_settled += 1
            elif self.store.meeting_state(meeting.id).get("given_up"):
                self.report.meetings_given_up += 1
            else:
                self.pull_meeting(service, meeting)
        if self.council.delegated_decisions:
            self.pull_delegated_decisions(service, start, min(end, self.today))

    def connect(self) -> tuple[WebService, list[Committee]]:
        """The first base URL whose web service answers GetCommittees with XML."""
        reasons, unreachable = [], []
        for base in [self.council.papers_url, *self.council.alternate_base_urls]:
            service = WebService(self.client, base)
            try:
                committees = self.fetch_cached(service.url("GetCommittees"), parse_committees, conditional=False)
            except Unreachable as error:
                unreachable.append(error)
                reasons.append(f"{base}: {error.reason}")
                continue
            except Disallowed as error:
                reasons.append(f"{base}: the web service is {error.reason}")
                continue
            except (NotModernGov, FetchError) as error:
                reasons.append(f"{base}: {getattr(error, 'reason', None) or error}")
                continue
            self.report.base_url = base
            return service, committees
        if len(unreachable) == len(reasons):
            raise unreachable[0]
        raise CouncilFailed("no ModernGov web service: " + "; ".join(reasons))

    def committee_meetings(self, service: WebService, committee: Committee, start: dt.date, end: dt.date) -> list[MeetingRef]:
        try:
            meetings = service.meetings(committee, start, end)
        except (NotModernGov, FetchError) as error:
            self.report.problem(service.meetings_url(committee, start, end),
                                f"GetMeetings for {committee.title}: {getattr(error, 'reason', None) or error}")
            return []
        return [m for m in meetings if not m.cancelled]

    # -- a meeting ---------------------------------------------------------------------

    def matches(self, item: AgendaItem) -> list[str]:
        haystack = "\n".join([item.title, item.agenda_text, *(d.title for d in item.documents)])
        return self.keywords_in(haystack)

    def pull_meeting(self, service: WebService, ref: MeetingRef) -> None:
        self.report.meetings_checked += 1
        self.body_hashes = []
        url = service.meeting_url(ref.id)
        try:
            meeting = self.fetch_cached(url, parse_meeting)
        except (NotModernGov, FetchError) as error:
            self.report.meetings_failed += 1
            reason = f"GetMeeting {ref.id}: {getattr(error, 'reason', None) or error}"
            self.report.problem(url, reason)
            self.incomplete(ref, url, reason, {})
            return
        selected = []
        for item in meeting.items:
            matched = self.matches(item)
            if matched and not item.public:
                self.report.skipped_restricted += 1
            elif matched:
                selected.append((item, matched))
        self.report.items_matched += len(selected)
        listed = {document_key(clean_href(d.url, service.base_url), d.attachment_id)
                  for item in meeting.items for d in item.documents}
        state = {"date": ref.date.isoformat() if ref.date else None, "committee_id": ref.committee_id,
                 "minute_published": meeting.minute_published, "matched_items": len(selected)}
        if not selected or not meeting.display_allowed:
            self.store.set_meeting_state(ref.id, complete=True, attempts=0, **state)
            return

        tasks = self.item_tasks(service, selected, ref)
        page_url = service.meeting_page_url(ref.committee_id, ref.id)
        page_ok = self.page_tasks(service, ref, selected, tasks, listed)
        listings = hashlib.sha256("".join(self.body_hashes).encode()).hexdigest()
        previous = self.store.meeting_state(ref.id)
        unchanged = page_ok and previous.get("listings_sha256") == listings
        unique: dict[str, DocTask] = {}
        failures = 0
        while tasks:
            task = tasks.pop(0)
            if task.key in unique:
                self.report.documents_duplicate += 1  # listed twice: fetched and stored once
                continue
            unique[task.key] = task
            if not self.documents.fetch(task, ref, listing_unchanged=unchanged):
                failures += 1
            tasks += self.followed_tasks(task, ref)
        if page_ok:
            self.mark_unlisted(ref, listed | set(unique))
        state["listings_sha256"] = listings if page_ok else None
        if failures == 0 and page_ok:
            self.store.set_meeting_state(ref.id, complete=True, attempts=0, **state)
        else:
            why = f"{failures} documents failed" if page_ok else "the meeting page could not be read"
            self.incomplete(ref, page_url, why, state)

    def followed_tasks(self, task: DocTask, ref: MeetingRef) -> list[DocTask]:
        """Documents a fetched decision page lists ("Accompanying Documents")."""
        tasks = []
        for link in task.followed:
            recorded = recorded_meeting(link.label, task.title, "", ref.date)
            tasks.append(DocTask(key=document_key(link.url), url=link.url, stem=link.label, title=link.label,
                                 source_kind="moderngov-document", origin=f"decision page {task.url}", item=task.item,
                                 matched=task.matched, attachment_id=link.attachment_id, committee=task.committee,
                                 recorded_date=recorded[0] if recorded else None,
                                 recorded_from=recorded[1] if recorded else None))
        task.followed = []
        return tasks

    def item_tasks(self, service: WebService, selected, ref: MeetingRef) -> list[DocTask]:
        tasks = []
        for item, matched in selected:
            for doc in item.documents:
                if doc.restricted:
                    self.report.skipped_restricted += 1
                    continue
                url = clean_href(doc.url, service.base_url)
                recorded = recorded_meeting(doc.title, item.title, item.agenda_text, ref.date)
                tasks.append(DocTask(
                    key=document_key(url, doc.attachment_id), url=url, stem=doc.title or f"attachment {doc.attachment_id}",
                    title=doc.title, source_kind="moderngov-document", origin="web service GetMeeting",
                    item=item, matched=matched, attachment_id=doc.attachment_id,
                    recorded_date=recorded[0] if recorded else None, recorded_from=recorded[1] if recorded else None,
                ))
            tasks.append(DocTask(
                key=f"item:{item.id}", url=service.agenda_item_url(item.id), stem=f"mgAi-{item.id}", title=item.title,
                source_kind="moderngov-agenda-item", origin="web service GetMeeting (agenda text, minutes, decision)",
                item=item, matched=matched,
            ))
        return tasks

    def page_tasks(self, service: WebService, ref: MeetingRef, selected, tasks: list[DocTask], listed: set[str]) -> bool:
        """Add what only the meeting page lists; False when the page could not be read."""
        url = service.meeting_page_url(ref.committee_id, ref.id)

        def parse(body: bytes):
            if not looks_like_meeting_page(body or b""):
                raise NotModernGov("the meeting page has no ModernGov meeting content")
            return parse_meeting_page(body, url)

        try:
            page = self.fetch_cached(url, parse)
        except (NotModernGov, FetchError) as error:
            if isinstance(error, Disallowed):
                self.report.skipped_robots += 1
            self.report.problem(url, f"meeting page: {getattr(error, 'reason', None) or error}")
            return False
        for link in page.all_links():
            listed.add(document_key(link.url))
        for link in page.meeting_documents:
            kind = meeting_document_kind(link, self.council.meeting_documents)
            if kind:
                name = Path(unquote(urlsplit(link.url).path)).stem or link.label
                tasks.append(DocTask(key=document_key(link.url), url=link.url, stem=name, title=name,
                                     source_kind="moderngov-document", origin="meeting page", kind=kind))
            elif is_derived_pack(link):
                self.report.skipped_packs += 1
        by_id = {item.id: (item, matched) for item, matched in selected}
        by_title = {re.sub(r"\W+", " ", item.title.lower()).strip(): (item, matched) for item, matched in selected}
        for page_item in page.items:
            found = by_id.get(page_item.agenda_item_id) or by_title.get(re.sub(r"\W+", " ", page_item.title.lower()).strip())
            if not found:
                continue
            item, matched = found
            for link in page_item.documents:
                recorded = recorded_meeting(link.label, item.title, item.agenda_text, ref.date)
                tasks.append(DocTask(key=document_key(link.url), url=link.url, stem=link.label, title=link.label,
                                     source_kind="moderngov-document", origin="meeting page", item=item, matched=matched,
                                     attachment_id=link.attachment_id,
                                     recorded_date=recorded[0] if recorded else None,
                                     recorded_from=recorded[1] if recorded else None))
            for link in page_item.decisions:
                tasks.append(DocTask(key=document_key(link.url), url=link.url, stem=decision_stem(link.url, item.id),
                                     title=f"Decision: {item.title}", source_kind="moderngov-decision", origin="meeting page",
                                     item=item, matched=matched, title_from_page=decision_title,
                                     follow=decision_documents))
        return True

    def mark_unlisted(self, ref: MeetingRef, listed: set[str]) -> None:
        for key in self.store.documents_of_meeting(ref.id):
            if key not in listed and not key.startswith("item:"):
                if self.store.mark_gone(key, "no longer listed for the meeting", self.today):
                    self.report.documents_gone += 1

    # -- delegated and officer decisions ------------------------------------------------

    def pull_delegated_decisions(self, service: WebService, start: dt.date, end: dt.date) -> None:
        """Decisions taken outside meetings exist only as HTML lists (``mgDelegatedDecisions.aspx``,
        of which the officer decisions are a subset). The window is read in quarters (wide ranges
        time out); a quarter older than ``settle_after_days`` read once is not read again."""
        done = self.store.state.setdefault("decision_ranges", {})
        matched: dict[str, tuple] = {}
        for first, last in quarters(start, end):
            label = f"{first.isoformat()}/{last.isoformat()}"
            settled = (self.today - last).days > self.settings.settle_after_days
            if settled and done.get(label):
                continue
            url = service.delegated_decisions_url(first, last)
            try:
                listed = self.fetch_cached(url, lambda body, url=url: parse_decision_list(body or b"", url))
            except (NotModernGov, FetchError) as error:
                self.report.problem(url, f"delegated decisions: {getattr(error, 'reason', None) or error}")
                if isinstance(error, Disallowed) or (isinstance(error, FetchError) and error.status in (401, 403, 404, 410)):
                    break  # no such list here, or not for us: say so once, not once a quarter
                continue
            self.report.decisions_listed += len(listed)
            for decision in listed:
                keywords = self.keywords_in(decision.title)
                if keywords:
                    matched.setdefault(document_key(decision.url), (decision, keywords))
            done[label] = settled
        self.report.decisions_matched += len(matched)
        for key, (decision, keywords) in matched.items():
            entry = self.store.known(key)
            if entry and decision.date and (self.today - decision.date).days > self.settings.settle_after_days:
                self.report.documents_unchanged += 1  # a settled decision: not fetched again
                continue
            ref = MeetingRef(id=None, date=decision.date, time="", status="", committee_id=None,
                             committee_title="Delegated decisions")
            tasks = [DocTask(key=key, url=decision.url, stem=decision_stem(decision.url), title=decision.title,
                             source_kind="moderngov-decision", origin="delegated decisions list", matched=keywords,
                             title_from_page=decision_title, follow=decision_documents, page_meta=decision_meta)]
            seen: set[str] = set()
            while tasks:
                task = tasks.pop(0)
                if task.key in seen:
                    continue
                seen.add(task.key)
                self.documents.fetch(task, ref)
                tasks += self.followed_tasks(task, ref)
        self.store.save()


def quarters(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    ranges, first = [], start
    while first <= end:
        month = first.month + 3
        following = dt.date(first.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
        last = min(following - dt.timedelta(days=1), end)
        ranges.append((first, last))
        first = following
    return ranges


def decision_meta(markup: bytes, url: str) -> dict:
    """A decision taken at a meeting names it ("Decided at meeting", MId= or MID=)."""
    found = decided_at(markup, url)
    if not found:
        return {}
    meta = {"decided_at_meeting_id": found.meeting_id}
    if found.committee:
        meta["decided_at_committee"] = found.committee
    if found.date:
        meta["decision_date"] = found.date.isoformat()
    return meta
