"""``python -m pipeline <stage>``: one subcommand per stage, plus build, eval and bench."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

DEFAULT_CORPUS = os.environ.get("CORPUS", "corpus")
DEFAULT_DB = os.environ.get("DB", "extracted/minutes.db")
DEFAULT_WORK = os.environ.get("WORK", "extracted")


def workspace(args):
    from pipeline.build import Workspace

    reference = getattr(args, "reference", None)
    return Workspace(corpus=Path(args.corpus), work=Path(args.work), db=Path(args.db),
                     doc_timeout=getattr(args, "doc_timeout", None),
                     reference=Path(reference) if reference else None)


def doc_timeout(value: str):
    """argparse type for --doc-timeout (seconds; 0 for no limit)."""
    from pipeline.runner import parse_timeout

    try:
        return parse_timeout(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def default_doc_timeout():
    from pipeline.runner import DEFAULT_DOC_TIMEOUT, parse_timeout

    try:
        return parse_timeout(os.environ.get("DOC_TIMEOUT"))
    except ValueError as error:
        print(f"warning: {error}; using {DEFAULT_DOC_TIMEOUT:g} s", file=sys.stderr)
        return DEFAULT_DOC_TIMEOUT


def cmd_build(args) -> int:
    from pipeline.build import build

    result = build(workspace(args), jobs=args.jobs)
    failed = result.failed_paths()
    return 0 if (not result.documents or len(failed) < len(result.documents)) else 1


def cmd_text(args) -> int:
    from pipeline.build import run_text
    from pipeline.corpus import discover
    from pipeline.runner import make_executor

    ws = workspace(args)
    docs = discover(ws.corpus, ws.hash_cache())
    with make_executor(args.jobs, ws.doc_timeout) as pool:
        texts, _ = run_text(ws, docs, pool, then_extract=False)
    failed = sum(1 for t in texts.values() if t.get("error"))
    print(f"text: {len(docs) - failed} documents read, {failed} failed", file=sys.stderr)
    return 0


def cmd_extract(args) -> int:
    from pipeline.build import run_extract, run_text
    from pipeline.corpus import discover
    from pipeline.runner import make_executor

    ws = workspace(args)
    docs = discover(ws.corpus, ws.hash_cache())
    with make_executor(args.jobs, ws.doc_timeout) as pool:
        texts, _ = run_text(ws, docs, pool)
        run_extract(ws, docs, texts, pool)
    return 0


def cmd_load(args) -> int:
    from pipeline.build import BuildResult, run_extract, run_text
    from pipeline.corpus import scan
    from pipeline.load import load_database
    from pipeline.runner import InlineExecutor

    ws = workspace(args)
    found = scan(ws.corpus, ws.hash_cache())
    docs = found.documents
    result = BuildResult(documents=docs, problems=found.problems, corpus=ws.corpus)
    # With up-to-date caches these only read them; missing outputs are made here.
    result.texts, _ = run_text(ws, docs, InlineExecutor(ws.doc_timeout))
    result.facts, _ = run_extract(ws, docs, result.texts, InlineExecutor(ws.doc_timeout))
    load_database(ws.db, result, force=args.force, work=ws.work, reference=ws.reference)
    return 0


def cmd_publish(args) -> int:
    from pipeline.publish import serve

    return serve(Path(args.db), host=args.host, port=args.port, write_only=args.metadata_only)


def cmd_pull(args) -> int:
    from pipeline.pull import main as pull_main

    corpus = Path(args.corpus)
    if not corpus.is_dir() and not args.sources:
        # Without this, the pull would fall back to another folder's sources.yml and exit 0.
        print(f"pull: error: corpus folder {corpus} does not exist; create it with a sources.yml "
              "(see README, Adding a council), or pass --sources FILE to pull into a new folder", file=sys.stderr)
        return 2
    status = pull_main(args)
    if not args.offline and os.environ.get("OFFLINE") != "1":
        from pipeline.councils import refresh
        from pipeline.official.sources import refresh as refresh_official

        refresh(Path(args.work))
        refresh_official(Path(args.work))
    return status


def cmd_sources(args) -> int:
    from pipeline.pull.generate import main as sources_main

    return sources_main(args)


def cmd_eval(args) -> int:
    from pipeline.evaluate import main as eval_main

    return eval_main(args)


def cmd_bench(args) -> int:
    from pipeline.bench import main as bench_main

    return bench_main(args)


def cmd_soak(args) -> int:
    from pipeline.bench.soak import main as soak_main

    return soak_main(args)


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", default=DEFAULT_CORPUS, help="corpus folder (default: %(default)s)")
    parser.add_argument("--db", default=DEFAULT_DB, help="database to write (default: %(default)s)")
    parser.add_argument("--work", default=DEFAULT_WORK, help="folder for per-document outputs (default: %(default)s)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: JOBS or the number of cores)")
    parser.add_argument("--doc-timeout", type=doc_timeout, default=default_doc_timeout(), metavar="SECONDS",
                        help="time limit of one document in one stage; it is stopped and recorded in failures "
                             "(default: DOC_TIMEOUT or 300; 0 for no limit)")
    parser.add_argument("--reference", default=os.environ.get("REFERENCE") or None, metavar="DIR",
                        help="folder of official reference files (the councils table, send_outcomes/); default: "
                             "what 'pull' refreshed into <work>/reference/, else ../shared/reference")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    sub = top.add_subparsers(dest="command", required=True)
    for name, func, help_text in [
        ("build", cmd_build, "text, extract and load: the whole database from a corpus folder"),
        ("text", cmd_text, "read every document's text into extracted/text/"),
        ("extract", cmd_extract, "extract facts from the text into extracted/facts/"),
        ("load", cmd_load, "build the SQLite database from the per-document outputs"),
    ]:
        p = sub.add_parser(name, help=help_text)
        add_common(p)
        if name == "load":
            p.add_argument("--force", action="store_true", help="rebuild even when up to date")
        p.set_defaults(func=func)

    p = sub.add_parser("publish", help="serve the database with Datasette (read-only)")
    p.add_argument("--db", default=DEFAULT_DB, help="database to serve (default: %(default)s)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s, this machine only)")
    p.add_argument("--port", type=int, default=int(os.environ.get("PORT") or 8001),
                   help="port to listen on (default: PORT or %(default)s)")
    p.add_argument("--metadata-only", action="store_true", help="write the Datasette metadata and exit")
    p.set_defaults(func=cmd_publish)

    p = sub.add_parser("pull", help="download committee papers from the councils in sources.yml")
    p.add_argument("--corpus", default=DEFAULT_CORPUS, help="corpus folder to fill; it must exist (default: %(default)s)")
    p.add_argument("--sources", default=None, help="sources file (default: <corpus>/sources.yml)")
    p.add_argument("--council", action="append", metavar="SLUG", help="only this council slug (repeatable)")
    p.add_argument("--offline", action="store_true", default=os.environ.get("OFFLINE") == "1",
                   help="skip the network and build from what the corpus holds (also OFFLINE=1)")
    p.add_argument("--delay", type=float, default=None, help="seconds between requests to a host")
    p.add_argument("--work", default=DEFAULT_WORK,
                   help="where the refreshed reference tables (councils, official outcomes) are kept (default: %(default)s)")
    p.set_defaults(func=cmd_pull)

    p = sub.add_parser("sources", help="write corpus/sources.yml for every SEND local area (keeps hand-made keys)")
    p.add_argument("--platforms", default=None, help="council_platforms.csv (default: ../shared/reference/)")
    p.add_argument("--codes", default=None, help="mySociety's uk_local_authorities_future.csv (default: ../shared/reference/)")
    p.add_argument("--out", default="corpus/sources.yml", help="the sources file to write (default: %(default)s)")
    p.set_defaults(func=cmd_sources)

    p = sub.add_parser("eval", help="score the database against the gold files")
    add_common(p)
    p.add_argument("--gold", default=os.environ.get("GOLD", "../shared/gold"), help="folder of gold files (default: %(default)s)")
    p.add_argument("--out", default="extracted/eval.json", help="where to write the scores")
    p.add_argument("--no-build", action="store_true", help="score the existing database as it is")
    p.add_argument("--quiet", action="store_true", help="print the table only, not per-document misses")
    p.add_argument("--gold-only", action="store_true", help="build only the documents that have gold files (quick)")
    p.add_argument("--documents", metavar="GLOB", default=None,
                   help="score only the gold documents whose corpus path matches GLOB, e.g. '*/round6-*' "
                        "(one batch of the held-out set); the floors are not checked")
    p.add_argument("--raise-floors", action="store_true",
                   help="raise tests/accuracy_floors.json to the scores measured, where higher (never lowers)")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("bench", help="time a cold and a warm build and the text engines")
    add_common(p)
    p.add_argument("--scale", type=int, default=int(os.environ.get("SCALE", "1")),
                   help="build N copies of the corpus, each made different (default: SCALE or 1)")
    p.add_argument("--out", default="extracted/bench.json", help="where to write the figures (default: %(default)s)")
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("soak", help="time builds of large and hostile inputs (8 MB and 50 MB text, deep HTML)")
    add_common(p)
    p.add_argument("--out", default="extracted/soak.json", help="where to write the timings (default: %(default)s)")
    p.set_defaults(func=cmd_soak)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted: finished outputs are kept; run the same command again to carry on", file=sys.stderr)
        return 130
