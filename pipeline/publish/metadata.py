"""Datasette metadata: titles, descriptions, facets, search and canned queries.

Table and column descriptions come from ``pipeline.schema`` so the published
documentation is the schema's own.
"""

from __future__ import annotations

from pipeline.publish.dashboards import dashboards_config, search_query
from pipeline.schema import TABLES, VIEWS

TITLE = "Minutes Miner"
DESCRIPTION = (
    "What English councils and their NHS partners recorded about local area SEND inspections: "
    "resolutions, inspection weaknesses, dates, milestones and the officers and members named, "
    "extracted from committee reports, minutes and decision pages. Every fact links to the "
    "document and page it was read from."
)
SOURCE = "Council committee papers (ModernGov sites and council web pages)"
SOURCE_URL = "https://github.com/minutes-miner/minutes-miner"
LICENSE = "Open Government Licence v3.0 (source documents); extracted data CC BY 4.0"
LICENSE_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"

FACETS = {
    "documents": ["council", "source_kind", "committee"],
    "resolutions": ["kind", "action"],
    "people": ["kind"],
    "events": ["council", "type"],
    "weaknesses": [{"array": "themes"}],
    "failures": ["stage"],
}
LABELS = {"documents": "title"}
SORT = {"documents": "meeting_date", "dates": "start_date", "events": "start_date"}


def canned_queries() -> dict[str, dict]:
    """Questions researchers ask again and again, answered in one click."""
    return {
        "weaknesses_by_area": {
            "title": "Weaknesses of every area, side by side",
            "description": "Every significant weakness or area for improvement found, grouped by council, with the document it came from.",
            "sql": (
                "select d.council, w.text as weakness, w.themes, d.title as document, d.meeting_date, "
                "w.page, d.id as document_id\n"
                "from weaknesses w join documents d on d.id = w.document_id\n"
                "order by d.council, d.meeting_date, w.id"
            ),
        },
        "council_resolutions": {
            "title": "One council's resolutions and recommendations in date order",
            "description": "Type part of a council's name (for example Kent) to list what its meetings resolved and what reports recommended, oldest first.",
            "sql": (
                "select d.meeting_date, d.committee, r.kind, r.label, r.action, r.text, "
                "d.title as document, r.page, d.id as document_id\n"
                "from resolutions r join documents d on d.id = r.document_id\n"
                "where d.council like '%' || :council || '%'\n"
                "order by d.meeting_date, d.id, r.id"
            ),
        },
        "officers_by_council": {
            "title": "Officers and their roles, by council",
            "description": "Paid staff named in each council's documents, with the roles stated, how many documents name them, and when they were last named.",
            "sql": (
                "select d.council, p.name, group_concat(distinct p.role) as roles, "
                "count(distinct p.document_id) as documents, max(d.meeting_date) as last_named\n"
                "from people p join documents d on d.id = p.document_id\n"
                "where p.kind = 'officer'\n"
                "group by d.council, p.name\n"
                "order by d.council, documents desc, p.name"
            ),
        },
        "members_by_council": {
            "title": "Councillors named, by council",
            "description": "Elected members named in each council's documents, with their roles.",
            "sql": (
                "select d.council, p.name, group_concat(distinct p.role) as roles, "
                "count(distinct p.document_id) as documents\n"
                "from people p join documents d on d.id = p.document_id\n"
                "where p.kind = 'member'\n"
                "group by d.council, p.name\n"
                "order by d.council, documents desc, p.name"
            ),
        },
        "failed_documents": {
            "title": "Documents that could not be read",
            "description": "Files the build could not process, and what to do about each.",
            "sql": "select path, stage, error from failures order by path, stage",
        },
    }


def table_metadata(name: str, spec: dict) -> dict:
    meta = {"description": spec["description"], "columns": dict(spec["columns"])}
    if FACETS.get(name):
        meta["facets"] = FACETS[name]
    if name in LABELS:
        meta["label_column"] = LABELS[name]
    if name in SORT:
        meta["sort_desc"] = SORT[name]
    return meta


def build_metadata(database: str) -> dict:
    tables = {name: table_metadata(name, spec) for name, spec in TABLES.items()}
    for name, spec in VIEWS.items():
        tables[name] = {"description": spec["description"], "columns": dict(spec["columns"])}
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        "source": SOURCE,
        "source_url": SOURCE_URL,
        "license": LICENSE,
        "license_url": LICENSE_URL,
        "plugins": dashboards_config(database),
        "databases": {
            database: {
                "description": DESCRIPTION,
                "tables": tables,
                "queries": {**canned_queries(), "search_everything": search_query(database)},
            }
        },
    }
