"""The load stage: per-document text and facts -> one SQLite database.

The database is written to a temporary file beside the target and moved into
place only when complete, so a run that dies part-way leaves the previous
database untouched.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.cache import code_version, json_key
from pipeline.schema import FACT_TABLES, INDEXES, INTEGER_COLUMNS, TABLES

if TYPE_CHECKING:
    from pipeline.build import BuildResult

LOAD_CODE = ("load.py", "schema.py", "views.py", "extend.py", "councils.py", "approvals.py", "send_terms.py",
             "official")


def reference_fingerprint(work: Path | None, reference: Path | None) -> list:
    """The reference files the load reads, by content: a refreshed file means a reload."""
    from pipeline.councils import reference_path
    from pipeline.official.load import reference_files
    from pipeline.official.sources import fingerprint

    files = [reference_path(work or Path("extracted"), reference), *reference_files(reference, work).values()]
    return fingerprint(files)


def manifest_key(result: "BuildResult", work: Path | None = None, reference: Path | None = None) -> str:
    """Everything the database is a function of; equal keys mean nothing to do."""
    from pipeline.build import facts_key, text_key

    from pipeline.coverage import read_status

    return json_key(
        code_version(*LOAD_CODE, "coverage.py"),
        read_status(getattr(result, "corpus", None)),
        reference_fingerprint(work, reference),
        [(d.path, text_key(d), facts_key(d), d.meta_error) for d in result.documents],
        getattr(result, "problems", []),
        [r.get("version") if r else None for r in result.texts.values()],
        [r.get("version") if r else None for r in result.facts.values()],
    )


def current_manifest(db_path: Path) -> str | None:
    if not Path(db_path).exists():
        return None
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
            row = conn.execute("select value from build_info where key = 'manifest'").fetchone()
            return row[0] if row else None
    except sqlite3.Error:
        return None


def document_row(doc_id: int, doc, text: dict) -> dict[str, Any]:
    meta = doc.meta
    return {
        "id": doc_id,
        "path": doc.path,
        "council": meta.get("council"),
        "council_slug": meta.get("council_slug"),
        "committee": meta.get("committee"),
        "meeting_date": meta.get("meeting_date"),
        "published_meeting_date": meta.get("published_meeting_date") or meta.get("meeting_date"),
        "title": meta.get("title"),
        "url": meta.get("url"),
        "source_kind": meta.get("source_kind"),
        "sha256": doc.sha256,
        "page_count": len(text.get("pages", [])),
        "text_engine": text.get("engine"),
        "text_method": text.get("method"),
    }


def fact_rows(table: str, doc_id: int, facts: list[dict], council: str | None) -> list[dict]:
    rows = []
    for fact in facts:
        row = {"document_id": doc_id, "council": council, **fact}
        if table == "weaknesses":
            row["themes"] = json.dumps(row.get("themes") or [])
        rows.append(row)
    return rows


def create_tables(db) -> None:
    """Empty tables with declared types, keys and foreign keys, in schema order."""
    references = {"document_id": ("documents", "id"), "council_code": ("councils", "code")}
    # Referenced tables first, so every foreign key points at an existing table.
    for name in sorted(TABLES, key=lambda n: (n != "councils", n != "documents")):
        spec = TABLES[name]
        columns = {col: spec.get("types", {}).get(col, int if col in INTEGER_COLUMNS else str) for col in spec["columns"]}
        foreign_keys = [(col, *references[col]) for col in columns if col in references]
        db[name].create(columns, pk=spec.get("pk"), foreign_keys=foreign_keys)


def fill(db, result: "BuildResult") -> None:
    failed = result.failed_paths()
    for doc_id, doc in enumerate(result.documents, start=1):
        text = result.texts.get(doc.path) or {}
        facts = result.facts.get(doc.path) or {}
        row = document_row(doc_id, doc, text)
        meeting = facts.get("meeting") or {}
        for key in ("council", "committee", "meeting_date"):
            if meeting.get(key):
                row[key] = meeting[key]
        row["meeting_date_source"] = meeting.get("source")
        db["documents"].insert(row)
        # (a page's font headings, offsets the extractors read, are not a column of the published pages)
        db["pages"].insert_all({"document_id": doc_id, **{k: v for k, v in page.items() if k != "headings"}}
                               for page in text.get("pages", []))
        if doc.path in failed:
            continue
        for table in FACT_TABLES:
            rows = fact_rows(table, doc_id, facts.get(table, []), row["council"])
            if rows:
                db[table].insert_all(rows, alter=True)
    db["failures"].insert_all(result.failures())


def finish(db, manifest: str) -> None:
    for table, indexes in INDEXES.items():
        for columns in indexes:
            db[table].create_index(columns, if_not_exists=True)
    for name, spec in TABLES.items():
        if spec.get("fts"):
            db[name].enable_fts(spec["fts"], create_triggers=False, tokenize="porter")
    db["build_info"].insert_all(
        [
            {"key": "manifest", "value": manifest},
            {"key": "built_at", "value": time.strftime("%Y-%m-%dT%H:%M:%S%z")},
            {"key": "documents", "value": str(db["documents"].count)},
        ],
        replace=True,
    )
    db.vacuum()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def remove_stale_temporaries(db_path: Path) -> list[Path]:
    """Delete temporary databases left by loads that were killed (``.<name>.<pid>.tmp``
    whose process is gone); a concurrent build's live temporary is left alone."""
    removed = []
    prefix = f".{db_path.name}."
    for tmp in db_path.parent.glob(f".{db_path.name}.*.tmp*"):
        pid_text = tmp.name[len(prefix):].split(".tmp", 1)[0]
        if pid_text.isdigit() and int(pid_text) != os.getpid() and not _alive(int(pid_text)):
            try:
                tmp.unlink()
                removed.append(tmp)
            except OSError:
                pass
    if removed:
        print(f"load: removed {len(removed)} temporary database(s) left by an interrupted load", file=sys.stderr)
    return removed


def import_sqlite_utils():
    """sqlite_utils, imported without pandas unless pandas is already loaded.

    sqlite_utils imports pandas when it is installed (pull uses it), only to map
    ``pandas.Timestamp`` to a column type; the load writes plain Python values from
    JSON. Importing pandas cost 1.0 of the load stage's 1.8 CPU seconds on
    ../shared/corpus, so pandas is hidden (``import pandas`` fails) while
    sqlite_utils is first imported, and nothing else changes.
    """
    if "sqlite_utils" in sys.modules or "pandas" in sys.modules:
        import sqlite_utils

        return sqlite_utils
    sys.modules["pandas"] = None  # type: ignore[assignment]  # makes "import pandas" raise ImportError
    try:
        import sqlite_utils
    finally:
        del sys.modules["pandas"]
    return sqlite_utils


def load_database(db_path: Path, result: "BuildResult", force: bool = False, work: Path | None = None,
                  reference: Path | None = None) -> bool:
    """Build the database; returns False when it was already up to date.

    ``reference`` is the folder of official reference files (councils, send_outcomes/);
    by default the copies ``pull`` refreshed into ``<work>/reference/``, else ../shared/reference.
    """
    db_path = Path(db_path)
    manifest = manifest_key(result, work, reference)
    if db_path.parent.is_dir():
        remove_stale_temporaries(db_path)
    if not force and current_manifest(db_path) == manifest:
        print(f"load: database {db_path} is up to date, nothing to load", file=sys.stderr)
        return False
    sqlite_utils = import_sqlite_utils()  # after the check: a warm run need not spend its import
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f".{db_path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        db = sqlite_utils.Database(tmp)
        db.conn.execute("PRAGMA journal_mode = OFF")
        db.conn.execute("PRAGMA synchronous = OFF")
        create_tables(db)
        from pipeline.extend import extend_database

        fill(db, result)
        extend_database(db, result, work, reference)
        finish(db, manifest)
        db.close()
        os.replace(tmp, db_path)
    finally:
        tmp.unlink(missing_ok=True)
    print(f"load: wrote {db_path}", file=sys.stderr)
    return True
