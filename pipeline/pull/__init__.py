"""The pull stage: fill the corpus from councils' ModernGov sites, politely and incrementally.

``python -m pipeline pull`` reads ``sources.yml``, and for each council asks the
web service for committees, meetings and agenda items, keeps the items whose
title or text matches a keyword, and downloads their documents plus the
meeting's printed minutes and decision pages into ``<corpus>/<slug>/``.
Offline (``OFFLINE=1``, ``--offline``, or no network) it says so and returns 0:
the build then uses what the corpus already holds.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from pipeline.pull.council import CouncilFailed, CouncilPull
from pipeline.pull.http import Hosts, PoliteClient, Unreachable
from pipeline.pull.report import CouncilReport
from pipeline.pull.sources import Council, Sources, SourcesError, find_sources, load_sources
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
    report = CouncilReport(council=council.name, slug=council.slug)
    store = CouncilStore(corpus, council)
    if delay is None:
        delay = council.delay_seconds
    client = PoliteClient(sources.settings, hosts, delay=delay, verify=council.verify_tls)
    try:
        CouncilPull(council, sources.settings, client, store, report, today).run()
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
    for council in councils:
        if unreachable_in_a_row >= OFFLINE_AFTER and not hosts.answered:
            skipped = CouncilReport(council=council.name, slug=council.slug)
            skipped.finish("unreachable", "skipped: no network")
            reports.append(skipped)
            continue
        say(f"pull: {council.slug} ({council.name})")
        report = pull_one(council, sources, corpus, hosts, delay, today)
        reports.append(report)
        unreachable_in_a_row = unreachable_in_a_row + 1 if report.status == "unreachable" else 0
        print(report.summary(), flush=True)
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
    if delay is not None and delay < 0:
        say("pull: error: --delay must be 0 or more seconds")
        return 2
    say(f"pull: {len(councils)} councils from {sources.path} into {corpus}")
    reports = run_pull(sources, councils, corpus, delay)
    if reports and all(r.status == "unreachable" for r in reports):
        reason = reports[0].error
        say(f"pull: no network ({reason}): pull skipped; the build will use what {corpus_summary(corpus)}")
        args.offline = True  # tells the caller to skip its own network work too
        return 0
    failed = [r.slug for r in reports if r.status != "ok"]
    say(f"pull: done; {len(reports) - len(failed)} councils pulled" + (f", not pulled: {', '.join(failed)}" if failed else "")
        + f"; reports in {corpus}/<council>/pull-report.json")
    return 0
