"""The pull stage: fill the corpus from councils' committee-papers sites, politely and incrementally.

``python -m pipeline pull`` reads ``sources.yml`` and hands each council to the
adapter for its platform (``adapters.py``: ModernGov, CMIS). An adapter lists
committees and meetings, keeps the items whose title or text matches a keyword,
and downloads their documents into ``<corpus>/<slug>/``. A council whose
platform has no adapter is reported ("no adapter for <platform>"), not dropped.
Every run writes the coverage report (``<corpus>/pull-status.json``, loaded as
``council_status``).
Offline (``OFFLINE=1``, ``--offline``, or no network) it says so and returns 0:
the build then uses what the corpus already holds.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from pipeline.coverage import write_status
from pipeline.pull.adapters import adapter_for
from pipeline.pull.council import CouncilFailed
from pipeline.pull.http import Hosts, PoliteClient, Unreachable
from pipeline.pull.report import CouncilReport
from pipeline.pull.sources import MIN_DELAY_SECONDS, Council, Sources, SourcesError, find_sources, load_sources
from pipeline.pull.store import CouncilStore
from pipeline.progress import say

REPO_SOURCES = Path(__file__).resolve().parents[2] / "corpus" / "sources.yml"
# Consecutive councils that cannot be reached, with no host answering at all,
# before the run concludes there is no network and stops trying.
OFFLINE_AFTER = 2


def corpus_summary(corpus: Path) -> str:
    from pipeline.corpus import find_document_files

    count = len(find_document_files(corpus)) if corpus.is_dir() else 0
    return f"{corpus} already holds ({count} documents)"


def pull_one(council: Council, sources: Sources, corpus: Path, hosts: Hosts, delay: float | None,
             today: dt.date) -> CouncilReport:
    report = CouncilReport(council=council.name, slug=council.slug, platform=council.platform)
    adapter = adapter_for(council.platform)
    if adapter is None:
        report.finish("no-adapter", f"no adapter for {council.platform}")
        return report  # nothing written into the corpus: no folder for a council never pulled
    store = CouncilStore(corpus, council)
    settings = council.settings or sources.settings  # the council's overrides applied
    if delay is None:
        delay = council.delay_seconds
    client = PoliteClient(settings, hosts, delay=delay, verify=council.verify_tls, headers=council.headers,
                          proxy=council.proxy)
    try:
        adapter(council, settings, client, store, report, today).run()
        report.finish("ok")
    except Unreachable as error:
        report.finish("unreachable", f"{error.reason} ({error.url})")
    except CouncilFailed as error:
        report.finish("failed", str(error))
    except KeyboardInterrupt:
        report.finish("interrupted", "stopped (Ctrl-C); documents already stored are kept, run again to carry on")
        raise
    except Exception as error:  # a surprise in one council must not stop the others
        report.finish("failed", f"unexpected error: {type(error).__name__}: {error}")
    finally:
        report.requests = client.requests
        report.documents_stored = store.stored_count()
        client.close()
        if report.status != "unreachable" or store.root.exists():
            report.write(store.root)
    return report


def run_pull(sources: Sources, councils: list[Council], corpus: Path, delay: float | None = None,
             today: dt.date | None = None) -> list[CouncilReport]:
    """Pull each council in turn; returns their reports (skipped ones included)."""
    today = today or dt.date.today()
    hosts = Hosts()
    reports: list[CouncilReport] = []
    unreachable_in_a_row = 0
    try:
        for council in councils:
            if unreachable_in_a_row >= OFFLINE_AFTER and not hosts.answered and adapter_for(council.platform):
                skipped = CouncilReport(council=council.name, slug=council.slug, platform=council.platform)
                skipped.finish("unreachable", "skipped: no network")
                reports.append(skipped)
                continue
            say(f"pull: {council.slug} ({council.name}, {council.platform})")
            report = pull_one(council, sources, corpus, hosts, delay, today)
            reports.append(report)
            if report.status != "no-adapter":  # made no request: says nothing about the network
                unreachable_in_a_row = unreachable_in_a_row + 1 if report.status == "unreachable" else 0
            print(report.summary(), flush=True)
    finally:
        tried = [r for r in reports if r.status != "no-adapter"]
        if not tried or not all(r.status == "unreachable" for r in tried):  # no network: leave the corpus as it is
            by_slug = {c.slug: c for c in councils}
            write_status(corpus, [r.status_row(by_slug[r.slug]) for r in reports], keep={c.slug for c in sources.councils})
    return reports


def main(args) -> int:
    corpus = Path(args.corpus)
    if getattr(args, "offline", False) or os.environ.get("OFFLINE") == "1":
        say(f"pull: offline (OFFLINE=1 or --offline): pull skipped; the build will use what {corpus_summary(corpus)}")
        return 0
    try:
        sources = load_sources(find_sources(corpus, getattr(args, "sources", None), REPO_SOURCES))
        councils = sources.select(getattr(args, "council", None))
    except SourcesError as error:
        say(f"pull: error: {error}")
        return 2
    delay = getattr(args, "delay", None)
    if delay is not None and delay < MIN_DELAY_SECONDS:
        say(f"pull: error: --delay {delay:g} is too fast for a council's site; use at least {MIN_DELAY_SECONDS:g} seconds")
        return 2
    say(f"pull: {len(councils)} councils from {sources.path} into {corpus}")
    reports = run_pull(sources, councils, corpus, delay)
    tried = [r for r in reports if r.status != "no-adapter"]
    if tried and all(r.status == "unreachable" for r in tried):
        reason = tried[0].error
        say(f"pull: no network ({reason}): pull skipped; the build will use what {corpus_summary(corpus)}")
        args.offline = True  # tells the caller to skip its own network work too
        return 0
    failed = [r.slug for r in reports if r.status not in ("ok", "no-adapter")]
    no_adapter: dict[str, list[str]] = {}
    for r in reports:
        if r.status == "no-adapter":
            no_adapter.setdefault(r.platform, []).append(r.slug)
    say(f"pull: done; {sum(r.status == 'ok' for r in reports)} councils pulled"
        + (f", not pulled: {', '.join(failed)}" if failed else "")
        + "".join(f"; no adapter for {platform}: {', '.join(slugs)}" for platform, slugs in no_adapter.items())
        + f"; reports in {corpus}/<council>/pull-report.json, coverage in {corpus}/pull-status.json")
    for report in reports:
        if report.status not in ("ok", "no-adapter"):
            say(f"pull:   {report.slug}: {report.status}: {report.error}")
    return 1 if failed else 0
