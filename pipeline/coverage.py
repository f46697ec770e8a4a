"""Coverage of the pull: which areas were pulled, which are missing, and why.

The pull writes one row per council of ``sources.yml`` to
``<corpus>/pull-status.json`` (merged over earlier runs, so the last success
survives a failed run); the load stage turns it into the ``council_status``
table and adds its verdict to ``area_summary``, so an area with no documents
still appears, with the reason. Kept free of the pull's HTTP imports: the
build reads it on every run.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

STATUS_FILE = "pull-status.json"  # ".json" is not a document suffix: the build never reads it as one
ADAPTED_PLATFORMS = ("moderngov", "cmis")  # pipeline/pull/adapters.py has an adapter for these

COUNCIL_STATUS_TABLE = {
    "description": "One row per council in sources.yml: what the last pull did for it, and when it last succeeded. "
                   "Areas with status other than ok are missing documents; reason says why.",
    "columns": {
        "council_code": "Local-authority code.",
        "council": "Council name.",
        "slug": "Its corpus folder.",
        "gss_code": "ONS GSS code.",
        "platform": "Committee-papers platform: moderngov, cmis, custom-html or unknown.",
        "base_url": "Where the pull looked for papers.",
        "status": "ok, failed, unreachable, no-adapter (no adapter for its platform), interrupted, or not-pulled.",
        "reason": "Why the council was not (fully) pulled.",
        "committees_matched": "Committees whose titles matched the patterns.",
        "committees": "Their titles, as a JSON array.",
        "meetings_listed": "Meetings in the pull window (cancelled ones left out).",
        "meetings_settled": "Meetings pulled completely before and old enough not to be polled again.",
        "meetings_failed": "Meetings whose listing could not be read in the last run.",
        "meetings_given_up": "Meetings that kept failing and are no longer polled.",
        "documents_fetched": "Documents new or updated in the last run.",
        "documents_unchanged": "Documents checked and unchanged in the last run.",
        "documents_failed": "Documents that could not be fetched in the last run.",
        "documents_stored": "Documents the corpus holds for the council.",
        "problems": "The commonest failure reasons of the last run, with counts.",
        "last_attempt": "When the last pull of the council finished (UTC).",
        "last_success": "When a pull of the council last succeeded (UTC).",
    },
    "pk": "slug",
    "types": {name: int for name in ("committees_matched", "meetings_listed", "meetings_settled", "meetings_failed",
                                     "meetings_given_up", "documents_fetched", "documents_unchanged",
                                     "documents_failed", "documents_stored")},
}

# Columns the pull's verdict adds to area_summary.
AREA_SUMMARY_COLUMNS = {
    "platform": "Committee-papers platform (council_status).",
    "pull_status": "What the last pull did: ok, failed, unreachable, no-adapter, ... (council_status).",
    "pull_reason": "Why the area is missing or incomplete (council_status).",
    "documents_pulled": "Documents the corpus holds from the pull (council_status.documents_stored).",
    "last_pull_success": "When a pull of the area last succeeded (council_status).",
}


def status_path(corpus: Path) -> Path:
    return Path(corpus) / STATUS_FILE


def pulled_rows(corpus: Path) -> list[dict]:
    try:
        data = json.loads(status_path(corpus).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    rows = data.get("councils") if isinstance(data, dict) else None
    return [row for row in rows.values() if isinstance(row, dict)] if isinstance(rows, dict) else []


def listed_rows(corpus: Path) -> list[dict]:
    """A row for every council ``<corpus>/sources.yml`` lists, as if never pulled, so that an
    offline build (or one before the first pull) still shows every area and why it is empty."""
    path = Path(corpus) / "sources.yml"
    if not path.is_file():
        return []
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return []
    rows = []
    for council in data.get("councils") or [] if isinstance(data, dict) else []:
        if not isinstance(council, dict) or not council.get("slug"):
            continue
        platform = str(council.get("platform") or "moderngov")
        adapted = platform in ADAPTED_PLATFORMS
        rows.append({
            "council_code": council.get("local_authority_code"), "council": council.get("name"),
            "slug": str(council["slug"]), "gss_code": council.get("gss_code"), "platform": platform,
            "base_url": council.get("papers_base_url") or council.get("base_url"),
            "status": "not-pulled" if adapted else "no-adapter",
            "reason": "not pulled yet (offline, or make pull has not run)" if adapted else f"no adapter for {platform}",
        })
    return rows


def read_status(corpus: Path | None) -> list[dict]:
    """One row per council: what the last pulls wrote, else what sources.yml lists."""
    if corpus is None:
        return []
    rows = {row.get("slug"): row for row in listed_rows(corpus)}
    pulled = {row.get("slug"): row for row in pulled_rows(corpus)}
    if rows:  # sources.yml decides which councils count; others were removed from it
        pulled = {slug: row for slug, row in pulled.items() if slug in rows}
    return list({**rows, **pulled}.values())


def write_status(corpus: Path, rows: list[dict], keep: set[str] | None = None) -> Path:
    """Merge this run's rows over the file's: a council not pulled this time keeps its row
    (unless it left sources.yml: not in ``keep``), and a failed run keeps its last success."""
    path = status_path(corpus)
    previous = {row.get("slug"): row for row in pulled_rows(corpus) if keep is None or row.get("slug") in keep}
    merged = dict(previous)
    for row in rows:
        last = previous.get(row["slug"]) or {}
        if row.get("status") != "ok":
            row["last_success"] = last.get("last_success")
        merged[row["slug"]] = row
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    tmp.write_text(json.dumps({"councils": merged}, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)
    return path


def add_council_status(db, rows: list[dict]) -> None:
    """Fill ``council_status`` and re-create ``area_summary`` with the pull's verdict per area.

    ``area_summary`` is wrapped, not rewritten, so its own columns stay whatever the
    schema defines; areas the pull knows but that have no documents are added to it.
    """
    columns = list(COUNCIL_STATUS_TABLE["columns"])
    if rows:
        db["council_status"].insert_all(({c: row.get(c) for c in columns} for row in rows), pk="slug", replace=True)
    summary_sql = db.execute("select sql from sqlite_master where type = 'view' and name = 'area_summary'").fetchone()
    if not summary_sql:
        return
    head = re.match(r"\s*create\s+view\s+(\"[^\"]+\"|\[[^\]]+\]|\S+)\s+as\s", summary_sql[0], re.IGNORECASE)
    if head is None:
        return
    inner = summary_sql[0][head.end():]
    summary_columns = [d[0] for d in db.execute("select * from area_summary limit 0").description]
    if "council_code" not in summary_columns:
        return
    filler = {"council_code": "st.council_code", "council": "st.council",
              "region": "(select region from councils c where c.code = st.council_code)", "documents": "0"}
    missing = ", ".join(f"{filler.get(c, 'null')} as {c}" for c in summary_columns)
    verdict = ("st.platform as platform, st.status as pull_status, st.reason as pull_reason, "
               "st.documents_stored as documents_pulled, st.last_success as last_pull_success")
    db.execute("drop view area_summary")
    db.execute(f"""create view area_summary as
with summary as ({inner.strip()}),
status as (select * from council_status where council_code is not null group by council_code)
select * from (
  select s.*, {verdict} from summary s left join status st on st.council_code = s.council_code
  union all
  select {missing}, {verdict} from status st
  where st.council_code not in (select council_code from summary where council_code is not null)
) order by council""")
