"""Each official file read into plain rows: ISO dates, numbers as numbers, blanks as None.

The files keep their publishers' layouts (see ../shared/reference/send_outcomes/
PROVENANCE.md); every quirk is handled here and nowhere else: day-first dates
with two-digit years, ``01/01/1900`` for "date not read", "Not revisited yet",
R's ``NA``, and area names in place of codes in the 2023 management information.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

REVISIT_OUTCOMES = {"yes": "all", "some": "some", "no": "none"}
# Ofsted's 2023-framework outcomes, as worded in reports and in the management information.
GRADE_WORDS = [
    (1, ("positive experiences",)),
    (2, ("inconsistent experiences",)),
    (3, ("widespread and/or systemic failings", "significant concerns", "systemic failings")),
]
REPORT_URL = "https://files.ofsted.gov.uk/v1/file/{}"


def rows(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(handle)]


def iso_date(value: str | None) -> str | None:
    """ISO date from YYYY-MM-DD, DD/MM/YYYY or DD/MM/YY; None for blanks, NA and 1900 placeholders."""
    value = (value or "").strip()
    if not value or value.upper() == "NA":
        return None
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?", value)
    if match:
        year, month, day = map(int, match.groups())
    else:
        match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", value)
        if not match:
            return None
        day, month, year = map(int, match.groups())
        if year < 100:
            year += 2000
    if year <= 1900:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def number(value: str | None) -> int | None:
    try:
        return int(float(value)) if value and value.upper() != "NA" else None
    except ValueError:
        return None


def yes_no(value: str | None) -> int | None:
    value = (value or "").strip().lower()
    return {"yes": 1, "no": 0}.get(value)


def grade_of(text: str | None) -> int | None:
    text = (text or "").lower()
    for grade, words in GRADE_WORDS:
        if any(w in text for w in words):
            return grade
    return None


def framework_2016(path: Path) -> list[dict]:
    """One row per area inspected between May 2016 and August 2022."""
    out = []
    for row in rows(path):
        revisit = row.get("Revisit start date", "")
        out.append({
            "gss_code": row["Local authority code"],
            "area": row["Area name"],
            "framework": "2016",
            "inspection_start": iso_date(row.get("Inspection start date")),
            "publication_date": iso_date(row.get("Inspection publication date")),
            "wsoa_required": yes_no(row.get("Inspection outcome: written statement of action required?")),
            "significant_weaknesses": number(row.get("Number significant weaknesses identified in written statement of action")),
            "revisit_start": iso_date(revisit),
            "revisited": 1 if iso_date(revisit) else (0 if revisit.lower().startswith("not revisited") else None),
            "revisit_publication": iso_date(row.get("Revisit publication date")),
            "revisit_outcome": REVISIT_OUTCOMES.get(
                row.get("Revisit outcome: sufficient progress in addressing all significant weaknesses?", "").lower()),
            "weaknesses_progressed": number(row.get("Number significant weaknesses where sufficient progress has been made")),
            "weaknesses_not_progressed": number(
                row.get("Number significant weaknesses where sufficient progress has not been made")),
        })
    return out


def framework_2023_d2i(path: Path) -> list[dict]:
    """Data to Insight's table: one row per area inspected under the 2023 framework."""
    out = []
    for row in rows(path):
        link = row.get("Inspection Link", "")
        report = re.search(r"(\d{6,})\s*$", link)
        text = row.get("Inspection Outcome Text") or None
        out.append({
            "la_number": row.get("La Code") or None,
            "gss_code": row.get("LTLA23CD") or None,
            "ofsted_urn": row.get("URN") or None,
            "area": row.get("Local Authority"),
            "framework": "2023",
            "inspection_start": iso_date(row.get("Inspection Start Date")),
            "inspection_end": iso_date(row.get("Inspection End Date")),
            "publication_date": iso_date(row.get("Publication Date")),
            "outcome_grade": number(row.get("Outcome Grade")) or grade_of(text),
            "outcome_text": text,
            "next_inspection": row.get("Next Inspection") or None,
            "next_inspection_due": iso_date(row.get("Next Inspection By Date")),
            "report_url": REPORT_URL.format(report.group(1)) if report else None,
        })
    return out


def framework_2023_mi(path: Path) -> list[dict]:
    """Ofsted's management information, January to August 2023: area names only, no codes."""
    out = []
    for row in rows(path):
        outcome = row.get("Inspection.outcome") or None
        out.append({
            "area": row.get("Local.area.partnership"),
            "framework": "2023",
            "inspection_start": iso_date(row.get("Inspection.start.date")),
            "publication_date": iso_date(row.get("Inspection.publication.date")),
            "outcome_grade": grade_of(outcome),
            "outcome_text": outcome,
            "priority_action_plan": yes_no(row.get("Priority.action.plan.required.")),
        })
    return out


def local_authorities(path: Path) -> list[dict]:
    """DfE's list: GSS code, name, LA number, operating from/to, live or terminated."""
    out = []
    for row in rows(path):
        gss, number_ = row.get("new_la_code", ""), row.get("old_la_code", "")
        out.append({
            "gss_code": gss,
            "name": row.get("la_name"),
            "la_number": number_ if re.fullmatch(r"\d{3}", number_) else None,
            "from": iso_date(row.get("date_of_operation")),
            "to": iso_date(row.get("date_of_termination")),
            "live": row.get("status") == "live",
            "single": bool(re.fullmatch(r"E\d{8}", gss)),  # not the "A / B" rows of shared services
        })
    return out


def ofsted_urns(path: Path) -> dict[str, str]:
    """DfE LA number -> Ofsted's URN for the local authority."""
    return {row["la_code"]: row["urn"] for row in rows(path) if row.get("la_code") and row.get("urn")}
