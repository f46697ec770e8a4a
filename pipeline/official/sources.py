"""Which official files are read, where they are published, and under what licence.

Each file is found in the first reference folder that holds it: an explicit
``--reference DIR``, else the copy ``make pull`` refreshed into
``<work>/reference/``, else ``../shared/reference``. ``refresh`` re-downloads the
files that are still updated upstream with conditional requests (ETag), so an
unchanged file costs a 304.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED_REFERENCE = REPO.parent / "shared" / "reference"
SUBFOLDER = "send_outcomes"
# Reference only: no licence to republish (see PROVENANCE.md). Never opened by the loader.
NOT_FOR_PUBLICATION = ("adcs_",)
USER_AGENT = "MinutesMiner/0.1 (+https://github.com/minutes-miner/minutes-miner)"
GITHUB = "https://raw.githubusercontent.com"


@dataclass(frozen=True)
class Source:
    key: str
    pattern: str  # file name, or a glob for dated snapshots (the newest name wins)
    what: str
    licence: str
    url: str | None = None  # refreshed by `make pull` when set
    framework: str | None = None
    milestones: str = ""  # event types this file gives official dates for
    covers: tuple[str, str] | None = None  # inspections (and re-visits) dated in this window


SOURCES = [
    Source("ofsted_2016", "ofsted_area_send_2016_to_2022-08-31.csv",
           "Ofsted official statistics: area SEND inspections and re-visits under the 2016 framework, as at 31 August 2022",
           "Open Government Licence v3.0", None, "2016",
           "inspection,outcome-letter,revisit,revisit-outcome", ("2016-05-01", "2022-08-31")),
    Source("ofsted_mi_2023", "ofsted_area_send_mi_2023-01_to_2023-08.csv",
           "Ofsted management information: area SEND inspections under the 2023 framework, January to August 2023",
           "Open Government Licence v3.0",
           f"{GITHUB}/dfe-analytical-services/SEND-AP-Inclusion-Dashboard/main/data/ofsted/mi_ofsted_winter_2223.csv",
           "2023", "inspection,outcome-letter", ("2023-01-01", "2023-08-31")),
    Source("d2i_2023", "d2i_area_send_2023_framework_*.csv",
           "Data to Insight's weekly table of area SEND inspections under the 2023 framework (outcome grade read from each report)",
           "MIT (table); outcome text quoted from Ofsted reports, Open Government Licence v3.0",
           f"{GITHUB}/data-to-insight/ofsted-send-scrape-tool/main/index.html",
           "2023", "inspection,outcome-letter", ("2023-01-01", None)),
    Source("dfe_las", "dfe_las.csv",
           "DfE's list of local authorities: GSS codes, 3-digit LA numbers, dates of operation and termination",
           "MIT", f"{GITHUB}/dfe-analytical-services/dfe-published-data-qa/main/data/las.csv"),
    Source("ofsted_urns", "d2i_provider_data_lookup.csv",
           "Ofsted's local-authority URNs with DfE LA numbers and GSS codes (Data to Insight)",
           "MIT", f"{GITHUB}/data-to-insight/ofsted-send-scrape-tool/main/import_data/la_lookup/Provider_data_lookup.csv"),
]
BY_KEY = {s.key: s for s in SOURCES}


def folders(reference: Path | None, work: Path | None) -> list[Path]:
    """Where to look for the files, best first."""
    if reference is not None:
        return [Path(reference) / SUBFOLDER, Path(reference)]
    found = [Path(work) / "reference" / SUBFOLDER] if work is not None else []
    return found + [SHARED_REFERENCE / SUBFOLDER]


def find(source: Source, reference: Path | None, work: Path | None) -> Path | None:
    for folder in folders(reference, work):
        matches = sorted(p for p in folder.glob(source.pattern) if not p.name.startswith(NOT_FOR_PUBLICATION))
        if matches:
            return matches[-1]
    return None


def covers(source: Source, path: Path) -> tuple[str, str] | None:
    """The window a file covers; a dated snapshot covers up to its date."""
    if source.covers is None:
        return None
    start, end = source.covers
    if end is None:
        end = path.stem.rsplit("_", 1)[-1] if path.stem[-10:-6].isdigit() else "9999-12-31"
    return start, end


def fingerprint(paths: list[Path | None]) -> list[str | None]:
    """Content hashes, so the database is reloaded when a reference file changes."""
    return [hashlib.sha256(p.read_bytes()).hexdigest() if p else None for p in paths]


def refresh(work: Path, timeout: float = 30.0, client=None) -> dict[str, str]:
    """Download the files still updated upstream into ``<work>/reference/send_outcomes/``.

    Conditional requests (If-None-Match) make an unchanged file cost a 304.
    Returns each source's outcome: updated, unchanged or the reason it failed.
    Offline or on an error, the copy on disk is kept and the run goes on.
    """
    import datetime as dt

    import httpx

    target_dir = Path(work) / "reference" / SUBFOLDER
    target_dir.mkdir(parents=True, exist_ok=True)
    outcomes: dict[str, str] = {}
    own_client = client is None
    client = client or httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT})
    try:
        for source in SOURCES:
            if not source.url:
                outcomes[source.key] = "final (not refreshed)"
                continue
            etag_file = target_dir / f".{source.key}.etag"
            headers = {}
            existing = sorted(target_dir.glob(source.pattern))
            if existing and etag_file.exists():
                headers["If-None-Match"] = etag_file.read_text().strip()
            try:
                response = client.get(source.url, headers=headers)
            except httpx.HTTPError as error:
                outcomes[source.key] = f"not refreshed ({type(error).__name__}: {error})"
                continue
            if response.status_code == 304:
                outcomes[source.key] = "unchanged"
                continue
            if response.status_code != 200:
                outcomes[source.key] = f"not refreshed ({source.url} answered {response.status_code})"
                continue
            try:
                name, content = converted(source, response.content, dt.date.today())
            except ValueError as error:
                outcomes[source.key] = f"not refreshed ({error})"
                continue
            tmp = target_dir / f".{name}.partial"
            tmp.write_bytes(content)
            tmp.replace(target_dir / name)
            if response.headers.get("etag"):
                etag_file.write_text(response.headers["etag"])
            outcomes[source.key] = "updated"
    finally:
        if own_client:
            client.close()
    for key, outcome in outcomes.items():
        print(f"official outcomes: {BY_KEY[key].pattern}: {outcome}", file=sys.stderr)
    return outcomes


def converted(source: Source, content: bytes, today) -> tuple[str, bytes]:
    """The file name and bytes to store; Data to Insight's page becomes its table as CSV."""
    if source.key != "d2i_2023":
        head = content[:400].decode("utf-8-sig", errors="replace")
        if "," not in head or "<html" in head.lower():
            raise ValueError(f"{source.url} did not return a CSV table")
        return source.pattern, content
    import io

    import pandas as pd

    try:
        tables = pd.read_html(io.StringIO(content.decode("utf-8", errors="replace")))
    except ValueError as error:
        raise ValueError(f"no table in {source.url}: {error}") from error
    table = next((t for t in tables if "Inspection Start Date" in t.columns), None)
    if table is None:
        raise ValueError(f"{source.url} has no table with an 'Inspection Start Date' column")
    return source.pattern.replace("*", today.isoformat()), table.to_csv(index=False).encode("utf-8")
