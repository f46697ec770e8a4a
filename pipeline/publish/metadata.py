"""Datasette metadata: titles, descriptions, facets, search and canned queries.

Table and column descriptions come from ``pipeline.schema`` so the published
documentation is the schema's own.
"""

from __future__ import annotations

from pipeline.publish.dashboards import dashboards_config, markdown_text, search_pages_query, search_query
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
    "resolutions": ["council", "about_send", "kind", "action"],
    "people": ["council", "kind"],
    "events": ["council", "type"],
    "weaknesses": ["council", {"array": "themes"}],
    "dates": ["council"],
    "failures": ["stage"],
    "official_outcomes": ["framework", "wsoa_required", "revisit_outcome", "outcome_grade"],
    "councils": ["send_area", "region"],
}
VIEW_FACETS = {
    "milestone_checks": ["verdict", "type", "council"],
    "area_summary": ["region", "send_area"],
}
LABELS = {"documents": "title", "councils": "name"}
SORT = {"documents": "meeting_date", "dates": "start_date", "events": "start_date"}


def document_link(database: str, alias: str = "d") -> str:
    """SQL: a Markdown link to the document's row (rendered by datasette-render-markdown), not a bare id."""
    title = markdown_text(f"coalesce({alias}.title, {alias}.path)")
    return f"'[' || {title} || '](/{database}/documents/' || {alias}.id || ')' as document_link"


def page_view_query() -> dict:
    """One page's text with a fact's quote highlighted (templates/query.html draws it)."""
    start, end = "max(coalesce(cast(:start as integer), 0), 0)", "max(coalesce(cast(:end as integer), 0), 0)"
    return {
        "title": "A page of a document, the fact's quote highlighted",
        "description": "Every fact's page_link opens its page here, the quote highlighted; documents without a published URL too.",
        "sql": f"""select d.id as document_id, coalesce(d.title, d.path) as title, coalesce(c.name, d.council) as council,
  d.committee, d.meeting_date, p.page, d.page_count,
  substr(p.text, 1, {start}) as before,
  substr(p.text, {start} + 1, max({end} - {start}, 0)) as quote,
  substr(p.text, max({end}, {start}) + 1) as after,
  case when d.url is null then null when lower(d.path) like '%.pdf' then d.url || '#page=' || p.page
       else d.url end as source_link
from pages p join documents d on d.id = p.document_id
left join councils c on c.code = d.council_code
where p.document_id = :document_id and p.page = :page""",
        "hide_sql": True,
    }


def canned_queries(database: str = "minutes") -> dict[str, dict]:
    """Questions researchers ask again and again, answered in one click."""
    doc = document_link(database)
    return {
        "weaknesses_by_area": {
            "title": "Weaknesses of every area, side by side",
            "description": "Every significant weakness or area for improvement found, grouped by council, with the document it came from and its page, quote highlighted.",
            "sql": (
                f"select w.council, w.text as weakness, w.themes, {doc}, d.meeting_date, w.page_link, w.source_link\n"
                "from weaknesses w join documents d on d.id = w.document_id\n"
                "order by w.council, d.meeting_date, w.id"
            ),
        },
        "council_resolutions": {
            "title": "One council's resolutions and recommendations about SEND, in date order",
            "description": "Type part of a council's name (for example Kent) to list what its meetings resolved and what reports recommended about SEND, oldest first. Type yes in everything for all its resolutions (budgets, planning, ...).",
            "sql": (
                f"select d.meeting_date, d.committee, r.kind, r.label, r.action, r.text, {doc}, r.page_link, r.source_link\n"
                "from resolutions r join documents d on d.id = r.document_id\n"
                "where r.council like '%' || :council || '%'\n"
                "  and (r.about_send = 1 or lower(coalesce(:everything, '')) not in ('', '0', 'no'))\n"
                "order by d.meeting_date, d.id, r.id"
            ),
        },
        "send_resolutions": {
            "title": "Resolutions about SEND, every council",
            "description": "Resolution and recommendation clauses about SEND (about_send = 1), by council and date.",
            "sql": (
                f"select r.council, d.meeting_date, d.committee, r.kind, r.action, r.text, {doc}, r.page_link\n"
                "from resolutions r join documents d on d.id = r.document_id\n"
                "where r.about_send = 1\n"
                "order by r.council, d.meeting_date, r.id"
            ),
        },
        "officers_by_council": {
            "title": "Officers and their roles, by council",
            "description": "Paid staff named in each council's documents, with the roles stated, how many documents name them, and when they were last named.",
            "sql": (
                "select p.council, p.name, group_concat(distinct p.role) as roles, "
                "count(distinct p.document_id) as documents, max(d.meeting_date) as last_named\n"
                "from people p join documents d on d.id = p.document_id\n"
                "where p.kind = 'officer'\n"
                "group by p.council, p.name\n"
                "order by p.council, documents desc, p.name"
            ),
        },
        "members_by_council": {
            "title": "Councillors named, by council",
            "description": "Elected members named in each council's documents, with their roles.",
            "sql": (
                "select p.council, p.name, group_concat(distinct p.role) as roles, "
                "count(distinct p.document_id) as documents\n"
                "from people p join documents d on d.id = p.document_id\n"
                "where p.kind = 'member'\n"
                "group by p.council, p.name\n"
                "order by p.council, documents desc, p.name"
            ),
        },
        "milestone_conflicts": {
            "title": "Extracted milestones that conflict with Ofsted's record",
            "description": "Inspection, outcome-letter and re-visit dates read from the papers that Ofsted's official record contradicts, with the page they were read from.",
            "sql": (
                "select council, type, extracted_date, official_date, days_apart, framework, text, page_link, source_link\n"
                "from milestone_checks where verdict = 'conflict'\n"
                "order by council, extracted_date"
            ),
        },
        "failed_documents": {
            "title": "Documents that could not be read",
            "description": "Files the build could not process, and what to do about each.",
            "sql": "select path, stage, error from failures order by path, stage",
        },
        "page_view": page_view_query(),
        "search_pages": search_pages_query(database),
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
        if name in VIEW_FACETS:
            tables[name]["facets"] = VIEW_FACETS[name]
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
                "queries": {**canned_queries(database), "search_everything": search_query(database)},
            }
        },
    }
