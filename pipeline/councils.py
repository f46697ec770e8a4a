"""Councils by their official codes, from mySociety's table of UK local authorities.

Documents name their council in many spellings ("Southend-on-Sea City
Council", folder "southend"); each is linked to one local-authority code so
that areas can be compared and joined with other data sets.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

REFERENCE_NAME = "uk_local_authorities_future.csv"
# Where mySociety publishes the table (MIT licence); see README "Councils".
REFERENCE_URL = ("https://raw.githubusercontent.com/mysociety/uk_local_authority_names_and_codes/"
                 "main/data/packages/uk_la_future/uk_local_authorities_future.csv")
SHARED_REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / REFERENCE_NAME
NOISE_WORDS = {"council", "county", "borough", "city", "metropolitan", "royal", "of", "the", "ua", "district", "and"}


def name_key(name: str) -> str:
    words = re.sub(r"[^a-z0-9 ]", " ", name.lower().replace("&", " and ")).split()
    return " ".join(w for w in words if w not in NOISE_WORDS)


def reference_path(work: Path, reference: Path | None = None) -> Path | None:
    """The table in ``--reference DIR`` when given; else the freshest: the one ``pull`` downloaded, else ../shared's."""
    candidates = [Path(reference) / REFERENCE_NAME] if reference else [Path(work) / "reference" / REFERENCE_NAME,
                                                                          SHARED_REFERENCE]
    for path in candidates:
        if path.exists():
            return path
    return None


def council_row(row: dict) -> dict:
    return {
        "code": row["local-authority-code"],
        "gss_code": row.get("gss-code") or None,
        "former_gss_codes": row.get("former-gss-codes") or None,
        "dfe_la_number": row.get("old-ons-la-code") if (row.get("old-ons-la-code") or "").isdigit() else None,
        "name": row["official-name"],
        "nice_name": row.get("nice-name"),
        "region": row.get("region") or None,
        "type": row.get("local-authority-type-name") or None,
        "slug": row.get("gov-uk-slug") or None,
        "start_date": row.get("start-date") or None,
        "end_date": row.get("end-date") or None,
        "nation": row.get("nation") or None,
    }


def load_councils(path: Path | None) -> list[dict]:
    if path is None:
        return []
    with open(path, newline="", encoding="utf-8") as handle:
        return [council_row(row) for row in csv.DictReader(handle)]


class CouncilIndex:
    """Find a council's code from any of its spellings, exact names first."""

    def __init__(self, path: Path | None):
        self.exact: dict[str, str] = {}
        self.loose: dict[str, str] = {}
        if path is None:
            return
        with open(path, newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        # Current authorities win ties over abolished ones with the same loose name.
        rows.sort(key=lambda r: bool(r.get("end-date")), reverse=True)
        for row in rows:
            code = row["local-authority-code"]
            names = [row["official-name"], row.get("nice-name") or ""] + (row.get("alt-names") or "").split(",")
            slug = row.get("gov-uk-slug") or ""
            self.exact[row["official-name"].strip().lower()] = code
            for name in names + [slug.replace("-", " ")]:
                if name.strip():
                    self.loose[name_key(name)] = code
            initials = "".join(word[0] for word in name_key(row["official-name"]).split())
            if len(initials) >= 3:  # folders such as "bcp" use the initials of a long name
                self.loose.setdefault(initials, code)

    def code_for(self, council: str | None, slug: str | None) -> str | None:
        if council and council.strip().lower() in self.exact:
            return self.exact[council.strip().lower()]
        for candidate in (council, slug and slug.replace("-", " ")):
            if candidate and name_key(candidate) in self.loose:
                return self.loose[name_key(candidate)]
        return None


def refresh(work: Path, timeout: float = 30.0) -> bool:
    """Download the current table into ``<work>/reference/`` (conditional GET); False when offline."""
    import httpx

    target = Path(work) / "reference" / REFERENCE_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    etag_file = target.with_suffix(".etag")
    headers = {"User-Agent": "MinutesMiner/0.1 (+https://github.com/minutes-miner/minutes-miner)"}
    if target.exists() and etag_file.exists():
        headers["If-None-Match"] = etag_file.read_text().strip()
    from pipeline.pull.http import TooLarge, bounded_get

    try:  # bounded: at most 2 minutes and 20 MB (the table is about 100 KB)
        status, answer, body = bounded_get(REFERENCE_URL, headers, timeout, deadline=120.0, limit=20 * 1024 * 1024)
    except (httpx.HTTPError, TooLarge) as error:
        print(f"councils: could not download the councils table ({error}); using the copy on disk", file=sys.stderr)
        return False
    if status == 304:
        return True
    if status != 200 or b"local-authority-code" not in body[:200]:
        print(f"councils: {REFERENCE_URL} answered {status}; using the copy on disk", file=sys.stderr)
        return False
    tmp = target.with_suffix(".tmp")
    tmp.write_bytes(body)
    tmp.replace(target)
    if answer.get("etag"):
        etag_file.write_text(answer["etag"])
    print(f"councils: table updated from {REFERENCE_URL}", file=sys.stderr)
    return True
