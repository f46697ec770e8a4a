"""Official outcomes into the database: ``official_outcomes``, ``official_sources``,
``council_gss_codes``, and DfE's LA numbers and current GSS codes on ``councils``.

An official row is keyed on the council that is the SEND local area today: the
3-digit DfE LA number does not change when a GSS code does (Barnsley, Sheffield
2025) or when a county becomes a unitary authority with the same number (North
Yorkshire, Somerset 2023). Areas whose authority was abolished and split
(Cumbria, Northamptonshire) keep their own, ended, council.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pipeline.official import read
from pipeline.official.sources import BY_KEY, Source, covers, find

# DfE spells these differently from Ofsted's management information (see PROVENANCE.md).
NAME_RECODES = {"bristol": "bristol, city of", "durham": "county durham",
                "kingston upon hull": "kingston upon hull, city of", "st helens": "st. helens"}


def name_key(name: str | None) -> str:
    name = NAME_RECODES.get((name or "").strip().lower(), (name or "").strip().lower())
    return re.sub(r"[^a-z]+", " ", name.replace("&", "and")).strip()


def reference_files(reference: Path | None, work: Path | None) -> dict[str, Path | None]:
    return {key: find(source, reference, work) for key, source in BY_KEY.items()}


class Areas:
    """The English SEND local areas (one per live DfE LA number) and how codes lead to them."""

    def __init__(self, db, las: list[dict]):
        councils = list(db.query("select code, gss_code, former_gss_codes, dfe_la_number, end_date from councils"))
        self.by_gss: dict[str, str] = {}
        for row in sorted(councils, key=lambda r: r["end_date"] is not None):  # current councils win
            self.by_gss.setdefault(row["gss_code"], row["code"]) if row["gss_code"] else None
        for row in councils:
            for former in (row["former_gss_codes"] or "").split(","):
                if former:
                    self.by_gss.setdefault(former, row["code"])
        by_number = {r["dfe_la_number"]: r["code"] for r in councils if r["dfe_la_number"] and not r["end_date"]}
        self.las_by_gss = {la["gss_code"]: la for la in las if la["single"]}
        self.send_areas = [la for la in las if la["live"] and la["single"] and la["la_number"]]
        self.by_number: dict[str, str] = {}
        # An area's earlier codes (same LA number, now terminated) find a council that still has an old one.
        earlier: dict[str, list[str]] = {}
        for la in las:
            if la["single"] and la["la_number"] and not la["live"]:
                earlier.setdefault(la["la_number"], []).append(la["gss_code"])
        for la in self.send_areas:
            code = by_number.get(la["la_number"]) or self.by_gss.get(la["gss_code"]) or next(
                (self.by_gss[g] for g in earlier.get(la["la_number"], []) if g in self.by_gss), None)
            if code:
                self.by_number[la["la_number"]] = code
        self.by_name = {name_key(la["name"]): la["la_number"] for la in self.send_areas}

    def code(self, la_number: str | None = None, gss_code: str | None = None, name: str | None = None) -> str | None:
        if not la_number and gss_code in self.las_by_gss:
            la_number = self.las_by_gss[gss_code]["la_number"]
        if not la_number and name:
            la_number = self.by_name.get(name_key(name))
        return self.by_number.get(la_number) or self.by_gss.get(gss_code)


def update_councils(db, areas: Areas, las: list[dict], urns: dict[str, str]) -> None:
    """DfE's LA number, the current GSS code (the old one kept as former) and the SEND-area flag."""
    for la in areas.send_areas:
        code = areas.by_number.get(la["la_number"])
        if not code:
            print(f"official outcomes: no council in the councils table for {la['name']} ({la['gss_code']})",
                  file=sys.stderr)
            continue
        council = db["councils"].get(code)
        former = [c for c in (council["former_gss_codes"] or "").split(",") if c]
        if council["gss_code"] and council["gss_code"] != la["gss_code"]:
            former.append(council["gss_code"])
        db["councils"].update(code, {
            "dfe_la_number": la["la_number"], "gss_code": la["gss_code"], "send_area": 1,
            "former_gss_codes": ",".join(dict.fromkeys(former)) or None,
            "ofsted_urn": urns.get(la["la_number"]),
        })
    # A terminated code no other council holds stays with the area that kept its LA number.
    owned = {r["gss_code"] for r in db.query("select gss_code from councils where gss_code is not null")}
    for la in las:
        if la["live"] or not la["single"] or not la["la_number"] or la["gss_code"] in owned:
            continue
        code = areas.by_number.get(la["la_number"])
        if code and la["gss_code"] not in areas.by_gss:
            council = db["councils"].get(code)
            former = [c for c in (council["former_gss_codes"] or "").split(",") if c] + [la["gss_code"]]
            db["councils"].update(code, {"former_gss_codes": ",".join(dict.fromkeys(former))})
    db.execute("update councils set send_area = 0 where send_area is null")


def gss_code_rows(db) -> list[dict]:
    """Every GSS code, current or former, with the council it leads to."""
    out: dict[str, dict] = {}
    for row in db.query("select code, gss_code, former_gss_codes, end_date from councils order by end_date is not null"):
        if row["gss_code"]:
            out.setdefault(row["gss_code"], {"gss_code": row["gss_code"], "council_code": row["code"],
                                             "current": 0 if row["end_date"] else 1})
        for former in (row["former_gss_codes"] or "").split(","):
            if former:
                out.setdefault(former, {"gss_code": former, "council_code": row["code"], "current": 0})
    return list(out.values())


def outcome_rows(files: dict[str, Path | None], areas: Areas) -> list[dict]:
    rows: list[dict] = []
    if files["ofsted_2016"]:
        for row in read.framework_2016(files["ofsted_2016"]):
            rows.append({**row, "council_code": areas.code(gss_code=row["gss_code"]),
                         "source_file": files["ofsted_2016"].name})
    seen: dict[tuple, dict] = {}
    if files["d2i_2023"]:
        for row in read.framework_2023_d2i(files["d2i_2023"]):
            row = {**row, "council_code": areas.code(row["la_number"], row["gss_code"]),
                   "source_file": files["d2i_2023"].name}
            rows.append(row)
            seen[(row["council_code"], row["inspection_start"])] = row
    if files["ofsted_mi_2023"]:
        for row in read.framework_2023_mi(files["ofsted_mi_2023"]):
            code = areas.code(name=row["area"])
            twin = seen.get((code, row["inspection_start"]))
            if twin:  # the same inspection in both 2023 tables: one row, both files named
                for key, value in row.items():
                    if twin.get(key) is None:
                        twin[key] = value
                twin["source_file"] += "; " + files["ofsted_mi_2023"].name
            else:
                rows.append({**row, "council_code": code, "source_file": files["ofsted_mi_2023"].name})
    for row in rows:
        row.pop("gss_code", None)
        row.pop("la_number", None)
        row.pop("ofsted_urn", None)
    rows.sort(key=lambda r: (r["council_code"] or "~", r["framework"], r["inspection_start"] or ""))
    return [{"id": n, **row} for n, row in enumerate(rows, start=1)]


def source_rows(files: dict[str, Path | None], counts: dict[str, int]) -> list[dict]:
    from pipeline.official.sources import fingerprint

    out = []
    for key, path in files.items():
        source: Source = BY_KEY[key]
        if path is None:
            continue
        window = covers(source, path) or (None, None)
        out.append({"file": path.name, "what": source.what, "licence": source.licence, "url": source.url,
                    "framework": source.framework, "milestones": source.milestones or None,
                    "covers_from": window[0], "covers_to": window[1], "rows": counts.get(key),
                    "sha256": fingerprint([path])[0]})
    return out


def load_official(db, reference: Path | None = None, work: Path | None = None) -> None:
    """Fill the official tables and extend ``councils``; tables stay empty (and say so) without the files."""
    files = reference_files(reference, work)
    missing = [BY_KEY[k].pattern for k, p in files.items() if p is None]
    if missing:
        where = reference or "../shared/reference (or <work>/reference)"
        print(f"official outcomes: not found in {where}: {', '.join(missing)}", file=sys.stderr)
    las = read.local_authorities(files["dfe_las"]) if files["dfe_las"] else []
    urns = read.ofsted_urns(files["ofsted_urns"]) if files["ofsted_urns"] else {}
    areas = Areas(db, las)
    update_councils(db, areas, las, urns)
    db["council_gss_codes"].insert_all(gss_code_rows(db), pk="gss_code", replace=True)
    rows = outcome_rows(files, areas)
    if rows:
        db["official_outcomes"].insert_all(rows, pk="id", alter=True)
    unkeyed = [r["area"] for r in rows if not r["council_code"]]
    if unkeyed:
        print(f"official outcomes: no council found for {', '.join(unkeyed)}", file=sys.stderr)
    counts = {key: sum(1 for r in rows if path and path.name in r["source_file"]) for key, path in files.items()}
    counts["dfe_las"], counts["ofsted_urns"] = len(las), len(urns)
    db["official_sources"].insert_all(source_rows(files, counts), pk="file", replace=True)
