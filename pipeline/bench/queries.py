"""How long the canned queries and full-text searches take on a built database."""

from __future__ import annotations

import re
import sqlite3
import time
from pathlib import Path
from typing import Any

from pipeline.bench.common import DATASETTE_TIME_LIMIT_MS, MB


def representative_queries() -> dict[str, dict]:
    """Used when the publish stage's canned queries cannot be imported."""
    return {
        "weaknesses_by_council": {"title": "Weaknesses by council", "sql":
            "select d.council, w.text, w.themes, d.title, w.page from weaknesses w "
            "join documents d on d.id = w.document_id order by d.council, d.meeting_date, w.id"},
        "council_resolutions": {"title": "One council's resolutions in date order", "sql":
            "select d.meeting_date, r.kind, r.action, r.text from resolutions r "
            "join documents d on d.id = r.document_id where d.council like '%' || :council || '%' "
            "order by d.meeting_date, d.id, r.id"},
        "officers_by_council": {"title": "Officers by council", "sql":
            "select d.council, p.name, group_concat(distinct p.role), count(distinct p.document_id) "
            "from people p join documents d on d.id = p.document_id where p.kind = 'officer' "
            "group by d.council, p.name order by d.council"},
    }


def search_queries() -> dict[str, dict]:
    return {
        "fts_pages_count": {
            "title": "Full-text search: pages matching 'statement of action' (count)",
            "sql": "select count(*) from pages_fts where pages_fts match 'statement of action'",
        },
        "fts_pages_top50": {
            "title": "Full-text search: best 50 pages for 'statement of action', with snippets",
            "sql": "select p.document_id, p.page, snippet(pages_fts, -1, '<b>', '</b>', '...', 12) "
                   "from pages_fts join pages p on p.rowid = pages_fts.rowid "
                   "where pages_fts match 'statement of action' order by rank limit 50",
        },
        "fts_resolutions": {
            "title": "Full-text search: resolutions mentioning 'written statement'",
            "sql": "select r.id, r.text from resolutions_fts join resolutions r on r.rowid = resolutions_fts.rowid "
                   "where resolutions_fts match '\"written statement\"'",
        },
    }


def time_queries(db: Path, repeats: int = 3) -> dict[str, Any]:
    try:
        from pipeline.publish.metadata import canned_queries

        canned, source = canned_queries(), "pipeline.publish.metadata.canned_queries"
    except Exception:  # not there yet, or broken: time the same kinds of question
        canned, source = representative_queries(), "representative queries (no pipeline.publish.metadata)"
    queries = {**canned, **search_queries()}
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = conn.execute("select council from documents where council is not null "
                           "group by council order by count(*) desc limit 1").fetchone()
        values = {"council": row[0] if row else ""}
        results = {}
        for name, query in queries.items():
            sql = query["sql"]
            params = {p: values.get(p, "") for p in re.findall(r"(?<!:):(\w+)", sql)}
            times, fetched, error = [], [], None
            for _ in range(repeats):
                began = time.perf_counter()
                try:
                    fetched = conn.execute(sql, params).fetchall()
                except sqlite3.Error as exc:
                    error = str(exc)
                    break
                times.append((time.perf_counter() - began) * 1000)
            entry: dict[str, Any] = {"title": query.get("title", name)}
            if error:
                entry["error"] = error
            else:
                entry.update(rows=len(fetched), first_ms=round(times[0], 2), best_ms=round(min(times), 2),
                             under_datasette_limit=max(times) < DATASETTE_TIME_LIMIT_MS)
                if len(fetched) == 1 and len(fetched[0]) == 1:  # a count
                    entry["value"] = fetched[0][0]
            if params:
                entry["params"] = params
            results[name] = entry
    finally:
        conn.close()
    return {"source": source, "database_mb": round(db.stat().st_size / MB, 1), "queries": results}


def table_counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table' "
                                            "and name in ('documents','pages','resolutions','weaknesses',"
                                            "'dates','people','events','failures')")]
        return {n: conn.execute(f"select count(*) from [{n}]").fetchone()[0] for n in sorted(names)}
    finally:
        conn.close()
