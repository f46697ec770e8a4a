"""What a pull did for each council, printed and kept beside the council's documents.

The report is the researcher's answer to "is this council's folder complete,
and if not, why?", so every failure carries its URL and a short reason.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pipeline.pull.store import now_iso, write_json_atomic

REPORT_FILE = "pull-report.json"  # ".json" is not a document suffix, so the build ignores it
MAX_PROBLEMS = 200  # keep the report readable when a whole site misbehaves


@dataclass
class CouncilReport:
    council: str
    slug: str
    status: str = "running"  # ok | failed | unreachable | no-adapter | interrupted
    error: str | None = None  # why the council as a whole failed
    platform: str = "moderngov"
    base_url: str | None = None
    started_at: str = field(default_factory=now_iso)
    finished_at: str | None = None
    committees: list[str] = field(default_factory=list)  # titles followed
    meetings: int = 0  # in the window, not cancelled
    meetings_checked: int = 0
    meetings_settled: int = 0  # fully pulled earlier and old enough not to re-poll
    meetings_failed: int = 0
    meetings_given_up: int = 0  # failed on max_meeting_attempts runs: no longer polled
    items_matched: int = 0
    documents_new: int = 0
    documents_updated: int = 0
    documents_unchanged: int = 0
    documents_failed: int = 0
    documents_duplicate: int = 0  # same document reached twice; stored once
    documents_gone: int = 0  # newly marked gone upstream
    skipped_restricted: int = 0
    skipped_robots: int = 0
    skipped_packs: int = 0  # reports packs and frontsheets: they repeat the item reports
    skipped_known: int = 0  # stored before, no validators, listing unchanged: known by content hash, not re-fetched
    decisions_listed: int = 0  # delegated and officer decisions in the window
    decisions_matched: int = 0
    partials_removed: int = 0
    documents_stored: int = 0  # what the corpus holds for the council after the run
    requests: int = 0
    problems: list[dict] = field(default_factory=list)

    def problem(self, url: str | None, reason: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append({"url": url, "reason": reason})

    def finish(self, status: str, error: str | None = None) -> None:
        self.status = status
        self.error = error
        self.finished_at = now_iso()

    def status_row(self, council) -> dict:
        """The council's row of the coverage report (``council_status``)."""
        reasons = Counter(p["reason"] for p in self.problems)
        return {
            "council_code": council.local_authority_code, "council": self.council, "slug": self.slug,
            "gss_code": council.gss_code, "platform": self.platform, "base_url": self.base_url or council.papers_url,
            "status": self.status, "reason": self.error,
            "committees_matched": len(self.committees), "committees": json.dumps(self.committees, ensure_ascii=False),
            "meetings_listed": self.meetings, "meetings_settled": self.meetings_settled,
            "meetings_failed": self.meetings_failed, "meetings_given_up": self.meetings_given_up,
            "documents_fetched": self.documents_new + self.documents_updated,
            "documents_unchanged": self.documents_unchanged + self.skipped_known,
            "documents_failed": self.documents_failed, "documents_stored": self.documents_stored,
            "problems": "; ".join(f"{r} (x{n})" for r, n in reasons.most_common(5)) or None,
            "last_attempt": self.finished_at,
            "last_success": self.finished_at if self.status == "ok" else None,
        }

    def summary(self) -> str:
        if self.status in ("failed", "unreachable", "no-adapter"):
            return f"{self.slug}: {self.status.upper()}: {self.error}"
        line = (
            f"{self.slug}: {self.status}; {len(self.committees)} committees, {self.meetings} meetings "
            f"({self.meetings_checked} checked, {self.meetings_settled} settled), {self.items_matched} matching items; "
            f"documents {self.documents_new} new, {self.documents_updated} updated, {self.documents_unchanged} unchanged, "
            f"{self.documents_failed} failed"
        )
        extras = [f"{n} {label}" for n, label in [
            (self.documents_duplicate, "reached twice (stored once)"), (self.documents_gone, "gone upstream (kept)"),
            (self.skipped_robots, "disallowed by robots.txt"), (self.meetings_failed, "meetings failed"),
            (self.meetings_given_up, "meetings given up"), (self.skipped_known, "known by content hash (not re-fetched)"),
            (self.decisions_matched, "delegated decisions matched"),
        ] if n]
        if extras:
            line += "; " + ", ".join(extras)
        reasons = Counter(p["reason"] for p in self.problems)
        if reasons:
            line += "; why: " + "; ".join(f"{reason} (x{n})" if n > 1 else reason for reason, n in reasons.most_common(3))
        return line

    def write(self, folder: Path) -> Path:
        path = Path(folder) / REPORT_FILE
        write_json_atomic(path, asdict(self))
        return path
