"""The SEND outcomes dashboard (datasette-dashboards) and the search-everything query.

``dashboards_config(database)`` returns the ``plugins`` section of the Datasette
metadata: one dashboard, ``send-outcomes``, whose charts are SQL queries over the
published database drawn with Vega-Lite in the browser. The dashboard's filters
(region, council, date range) are bound into every chart's SQL with
datasette-dashboards' optional ``[[ ... :name ... ]]`` blocks, which are dropped
when the filter is empty. Each ``[[ ]]`` block must stay on one line.

Every mark that stands for facts links to them: timeline points open the source
document at the page (``source_link``), heat-map and bar cells open the matching
weaknesses, summary rows open the area's timeline and documents.

``search_query()`` is the canned query ``search_everything``: one full-text search
over page text, resolutions and weaknesses at once (Datasette's own search is one
table at a time and datasette-search-all is not installed).
"""

from __future__ import annotations

SLUG = "send-outcomes"

# The gold guidelines' vocabularies, in their order, so colours and axes stay
# the same whatever the filters leave.
EVENT_TYPES = [
    "inspection", "outcome-letter", "wsoa-submitted", "wsoa-approved", "monitoring",
    "revisit", "revisit-outcome", "statutory-direction", "progress-plan",
]
EVENT_COLOURS = [
    "#d62728", "#ff7f0e", "#1f77b4", "#2ca02c", "#7f7f7f",
    "#9467bd", "#e377c2", "#111111", "#8c564b",
]
THEMES = [
    "leadership-governance", "joint-commissioning", "co-production", "ehc-plans",
    "health-services", "identification", "inclusion-provision", "outcomes",
    "local-offer", "preparing-for-adulthood", "data-oversight", "workforce",
]
RESOLUTION_KINDS = ["resolution", "recommendation"]
VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
# Counts: whole-number labels only, however few the rows.
INTEGER_AXIS = {"tickMinStep": 1, "format": "d", "labelExpr": "datum.value % 1 ? '' : datum.label"}


def html(expr: str) -> str:
    """SQL that HTML-escapes ``expr`` (the table chart writes cells as HTML)."""
    return f"replace(replace(replace(coalesce({expr}, ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;')"


def month(expr: str) -> str:
    """SQL turning an ISO date or month into a full date Vega-Lite can parse."""
    return f"case when length({expr}) = 7 then {expr} || '-01' else substr({expr}, 1, 10) end"


def area_filters(region: str, council: str, date: str | None = None) -> str:
    """The dashboard filters as optional SQL clauses (each dropped when its filter is empty)."""
    clauses = [f"[[ and {region} = :region ]]", f"[[ and {council} = :council ]]"]
    if date:
        clauses += [f"[[ and {date} >= :since ]]", f"[[ and {date} <= :until ]]"]
    return "\n".join(clauses)


# The area of a document: the council it is coded to (official name and region).
DOC_AREA = "left join councils c on c.code = d.council_code"


def metric_sql(what: str) -> str:
    """A count that is always one row (metric charts read the first row)."""
    if what == "areas":
        return ("select count(distinct d.council_code) as n from documents d\n" + DOC_AREA + "\nwhere 1 = 1\n"
                + area_filters("c.region", "c.name", "d.meeting_date"))
    if what == "documents":
        return ("select count(*) as n from documents d\n" + DOC_AREA + "\nwhere 1 = 1\n"
                + area_filters("c.region", "c.name", "d.meeting_date"))
    if what == "milestones":
        return ("select count(*) as n from area_timeline t\nwhere 1 = 1\n"
                + area_filters("t.region", "t.council", "t.start_date"))
    if what == "official-only":
        return ("select count(*) as n from area_summary s\nwhere s.documents = 0 and (s.official_inspection is not null "
                "or s.inspection_2023 is not null)\n" + area_filters("s.region", "s.council"))
    if what == "conflicts":
        return ("select count(*) as n from milestone_checks m left join councils c on c.code = m.council_code\n"
                "where m.verdict = 'conflict'\n" + area_filters("c.region", "c.name", "m.extracted_date"))
    table = {"weaknesses": "weaknesses", "resolutions": "resolutions"}[what]
    send_only = " and x.about_send = 1" if what == "resolutions" else ""
    return (f"select count(*) as n from {table} x join documents d on d.id = x.document_id\n" + DOC_AREA
            + f"\nwhere 1 = 1{send_only}\n" + area_filters("c.region", "c.name", "d.meeting_date"))


def timeline_sql(database: str) -> str:
    return f"""select t.council, t.type, t.start_date, t.end_date, {month('t.start_date')} as start,
  t.text, t.document, t.page,
  coalesce(t.source_link, '/{database}/documents/' || t.document_id) as link
from area_timeline t
where t.start_date is not null
{area_filters('t.region', 't.council', 't.start_date')}
order by t.council, t.start_date"""


def theme_rows() -> str:
    """One row per weakness and theme, with the dashboard's area filters applied."""
    return f"""from weaknesses w
join documents d on d.id = w.document_id
{DOC_AREA},
json_each(case when json_valid(w.themes) then w.themes else '[]' end) th
where 1 = 1
{area_filters('c.region', 'c.name', 'd.meeting_date')}"""


def weakness_themes_sql(database: str) -> str:
    where_area = ("'&_where=' || 'document_id%20in%20(select%20id%20from%20documents%20where%20council_code%3D%27'"
                  " || d.council_code || '%27)'")
    return f"""select coalesce(c.name, d.council) as council, th.value as theme, count(*) as weaknesses,
  '/{database}/weaknesses?themes__contains=' || th.value || {where_area} as link
{theme_rows()}
group by 1, 2
order by 1, 2"""


def theme_totals_sql(database: str) -> str:
    return f"""select th.value as theme, count(distinct d.council_code) as areas, count(*) as weaknesses,
  '/{database}/weaknesses?themes__contains=' || th.value as link
{theme_rows()}
group by 1
order by areas desc, weaknesses desc"""


def resolutions_sql() -> str:
    return f"""select {month("substr(d.meeting_date, 1, 7)")} as month, r.kind, count(*) as resolutions
from resolutions r
join documents d on d.id = r.document_id
{DOC_AREA}
where d.meeting_date is not null and r.about_send = 1
{area_filters('c.region', 'c.name', 'd.meeting_date')}
group by 1, 2
order by 1, 2"""


def summary_sql(database: str) -> str:
    def link(href: str, text: str) -> str:
        return f"'<a href=\"{href}' || s.council_code || '\">' || {text} || '</a>'"

    def both(official: str, extracted: str) -> str:
        return f"coalesce({official}, '–') || ' / ' || coalesce({extracted}, '–')"

    return f"""select {link(f'/{database}/area_timeline?council_code=', html('s.council'))} as "Area",
  {html('s.region')} as "Region",
  {both('s.official_inspection', 's.first_inspection')} as "Inspection (official / papers)",
  case s.official_wsoa_required when 1 then 'yes' when 0 then 'no' else '' end as "WSoA required",
  {both('s.official_weaknesses', 's.extracted_weaknesses')} as "Weaknesses (official / papers)",
  coalesce(s.wsoa_approved, '') || coalesce(' (' || {html('s.wsoa_approved_by')} || ')', '') as "WSoA approved (papers)",
  coalesce(s.official_revisit, s.revisit, '') as "Re-visit",
  coalesce(s.official_revisit_outcome, '') as "Re-visit: progress in",
  coalesce(s.statutory_direction, '') as "Statutory direction",
  coalesce(s.grade_2023, '') as "2023 grade",
  coalesce(s.months_to_wsoa_approved, '') as "Months to WSoA approved",
  coalesce(s.months_to_revisit, '') as "Months to re-visit",
  coalesce({html('s.dates_out_of_order')}, '') as "Dates out of order",
  case when s.conflicts > 0 then '<a href="/{database}/milestone_checks?verdict=conflict&council_code=' || s.council_code
       || '">' || s.conflicts || '</a>' else '0' end as "Conflicts",
  {link(f'/{database}/documents?_sort_desc=meeting_date&council_code=', 's.documents')} as "Documents"
from area_summary s
where 1 = 1
{area_filters('s.region', 's.council')}
order by s.documents = 0, s.council"""


def table_or_note(sql: str, columns: int, note: str) -> str:
    """A table chart's query that returns one row saying ``note`` when it finds nothing.

    datasette-dashboards' table renderer reads the column names from the first row,
    so an empty result is a JavaScript error and an empty card.
    """
    blanks = ", ''" * (columns - 1)
    return f"""with found as (
{sql}
)
select * from found
union all
select {sql_string(note)}{blanks} where not exists (select 1 from found)"""


def durations_sql(database: str) -> str:
    """One row per area and duration (inspection to WSoA approval, to re-visit), in months."""
    def part(measure: str, column: str) -> str:
        return f"""select s.council, '{measure}' as measure, s.{column} as months,
  substr(coalesce(s.official_inspection, s.first_inspection), 1, 4) as year,
  '/{database}/area_timeline?council_code=' || s.council_code as link
from area_summary s
where s.{column} is not null
{area_filters('s.region', 's.council', 'coalesce(s.official_inspection, s.first_inspection)')}"""

    return (part("inspection to WSoA approved", "months_to_wsoa_approved") + "\nunion all\n"
            + part("inspection to re-visit", "months_to_revisit") + "\norder by 1, 2")


def directions_sql(database: str) -> str:
    """Areas with a statutory direction in their papers or a re-visit short of sufficient progress everywhere."""
    return f"""select '<a href="/{database}/area_timeline?council_code=' || s.council_code || '">' || {html('s.council')} || '</a>' as "Area",
  coalesce(s.statutory_direction, '') as "Statutory direction (papers)",
  coalesce(s.official_revisit, '') as "Re-visit (official)",
  case s.official_revisit_outcome when 'some' then 'some weaknesses only' when 'none' then 'no weakness'
       else coalesce(s.official_revisit_outcome, '') end as "Sufficient progress in",
  coalesce(s.grade_2023, '') as "2023 grade"
from area_summary s
where (s.statutory_direction is not null or s.official_revisit_outcome in ('some', 'none') or s.grade_2023 = 3)
{area_filters('s.region', 's.council')}
order by s.council"""


def conflicts_sql(database: str) -> str:
    return f"""select {html('m.council')} as "Area", m.type as "Milestone", m.extracted_date as "Papers say",
  coalesce(m.official_date, '') || coalesce(' to ' || m.official_end, '') as "Ofsted says",
  m.days_apart as "Days apart",
  '<a href="/{database}/' || m.page_link || '" target="_blank">' || {html('substr(m.text, 1, 120)')} || '</a>' as "Clause (opens its page)"
from milestone_checks m left join councils c on c.code = m.council_code
where m.verdict = 'conflict'
{area_filters('c.region', 'c.name', 'm.extracted_date')}
order by m.council, m.extracted_date"""


def coverage_sql(database: str) -> str:
    return f"""select '<a href="/{database}/official_outcomes?council_code=' || s.council_code || '">' || {html('s.council')} || '</a>' as "Area",
  {html('s.region')} as "Region", coalesce(s.official_inspection, '') as "Inspected (2016 framework)",
  case s.official_wsoa_required when 1 then 'yes' when 0 then 'no' else '' end as "WSoA required",
  coalesce(s.inspection_2023, '') as "Inspected (2023 framework)", coalesce(s.grade_2023, '') as "2023 grade"
from area_summary s
where s.documents = 0 and (s.official_inspection is not null or s.inspection_2023 is not null)
{area_filters('s.region', 's.council')}
order by s.council"""


def filters(database: str) -> dict:
    in_corpus = "c.code in (select council_code from area_summary)"
    return {
        "region": {
            "name": "Region",
            "type": "select",
            "db": database,
            "query": f"select distinct c.region from councils c where {in_corpus} and c.region is not null order by 1",
        },
        "council": {
            "name": "Council",
            "type": "select",
            "db": database,
            # Narrowed to the chosen region.
            "query": f"select c.name from councils c where {in_corpus}\n[[ and c.region = :region ]]\norder by c.name",
        },
        "since": {"name": "From (date)", "type": "date"},
        "until": {"name": "To (date)", "type": "date"},
    }


def empty_note(message: str) -> dict:
    """A layer that says ``message`` when the chart's query returned no rows.

    dashboards.js passes the rows as the spec's only top-level inline data, which
    Vega-Lite names ``source_0``; this layer has its own one-row data set.
    """
    return {
        "data": {"values": [{}]},
        "mark": {"type": "text", "fontSize": 14, "color": "#666", "align": "left", "baseline": "top",
                 "x": 0, "y": 4,
                 "text": {"expr": f"length(data('source_0')) ? '' : {message!r}"}},
    }


def timeline_chart() -> dict:
    x = {"field": "start", "type": "temporal", "title": "Date of milestone"}
    y = {"field": "council", "type": "nominal", "title": None, "axis": {"labelLimit": 260}}
    return {
        "height": {"step": 24},
        "layer": [
            {   # one grey line per area, from its first milestone to its last
                "mark": {"type": "rule", "color": "#c8c8c8", "strokeWidth": 2},
                "encoding": {
                    "y": y,
                    "x": {**x, "aggregate": "min"},
                    "x2": {"field": "start", "aggregate": "max"},
                },
            },
            {
                "mark": {"type": "point", "filled": True, "size": 120, "opacity": 0.9, "cursor": "pointer"},
                "encoding": {
                    "y": y,
                    "x": x,
                    "color": {"field": "type", "type": "nominal", "title": "Milestone",
                              "scale": {"domain": EVENT_TYPES, "range": EVENT_COLOURS},
                              "legend": {"orient": "bottom", "columns": 5}},
                    "shape": {"field": "type", "type": "nominal", "title": "Milestone",
                              "scale": {"domain": EVENT_TYPES}},
                    "href": {"field": "link"},
                    "tooltip": [
                        {"field": "council", "title": "Area"},
                        {"field": "type", "title": "Milestone"},
                        {"field": "start_date", "title": "Date"},
                        {"field": "end_date", "title": "Until"},
                        {"field": "text", "title": "As stated"},
                        {"field": "document", "title": "Document"},
                        {"field": "page", "title": "Page"},
                    ],
                },
            },
            empty_note("No milestones found for these filters"),
        ],
    }


def themes_chart() -> dict:
    x = {"field": "theme", "type": "nominal", "title": None, "scale": {"domain": THEMES},
         "axis": {"labelAngle": -35, "orient": "top"}}
    y = {"field": "council", "type": "nominal", "title": None, "axis": {"labelLimit": 220}}
    return {
        "height": {"step": 24},
        "layer": [
            {
                "mark": {"type": "rect", "cursor": "pointer"},
                "encoding": {
                    "x": x,
                    "y": y,
                    "color": {"field": "weaknesses", "type": "quantitative", "title": "Weaknesses",
                              "scale": {"scheme": "oranges"}, "legend": {"format": "d"}},
                    "href": {"field": "link"},
                    "tooltip": [
                        {"field": "council", "title": "Area"},
                        {"field": "theme", "title": "Theme"},
                        {"field": "weaknesses", "title": "Weaknesses", "type": "quantitative"},
                    ],
                },
            },
            {   # the numbers link too: a click on a cell's number opens the same weaknesses
                "mark": {"type": "text", "fontSize": 11, "cursor": "pointer"},
                "encoding": {"x": x, "y": y, "text": {"field": "weaknesses", "type": "quantitative"},
                             "href": {"field": "link"},
                             "color": {"condition": {"test": "datum.weaknesses >= 4", "value": "white"},
                                       "value": "black"}},
            },
            empty_note("No weaknesses found for these filters"),
        ],
    }


def theme_totals_chart() -> dict:
    return {"layer": [{
        "mark": {"type": "bar", "cursor": "pointer", "color": "#e6550d"},
        "encoding": {
            "y": {"field": "theme", "type": "nominal", "title": None, "sort": "-x"},
            "x": {"field": "areas", "type": "quantitative", "title": "Areas",
                  "axis": INTEGER_AXIS},
            "href": {"field": "link"},
            "tooltip": [
                {"field": "theme", "title": "Theme"},
                {"field": "areas", "title": "Areas", "type": "quantitative"},
                {"field": "weaknesses", "title": "Weaknesses", "type": "quantitative"},
            ],
        },
    }, empty_note("No weaknesses found for these filters")]}


def resolutions_chart() -> dict:
    return {"layer": [{
        "mark": {"type": "bar"},
        "encoding": {
            "x": {"field": "month", "type": "temporal", "timeUnit": "yearmonth", "title": "Month of meeting"},
            "y": {"field": "resolutions", "type": "quantitative", "aggregate": "sum",
                  "title": "Clauses", "axis": INTEGER_AXIS},
            "color": {"field": "kind", "type": "nominal", "title": None,
                      "scale": {"domain": RESOLUTION_KINDS, "range": ["#1f77b4", "#9ecae1"]},
                      "legend": {"orient": "bottom"}},
            "tooltip": [
                {"field": "month", "type": "temporal", "timeUnit": "yearmonth", "title": "Month"},
                {"field": "kind", "title": "Kind"},
                {"field": "resolutions", "type": "quantitative", "title": "Clauses"},
            ],
        },
    }, empty_note("No resolutions or recommendations of dated meetings for these filters")]}


DURATION_MEASURES = ["inspection to WSoA approved", "inspection to re-visit"]
DURATION_COLOURS = ["#2ca02c", "#9467bd"]


def durations_chart() -> dict:
    colour = {"field": "measure", "type": "nominal", "title": None,
              "scale": {"domain": DURATION_MEASURES, "range": DURATION_COLOURS}, "legend": {"orient": "bottom"}}
    return {"height": {"step": 16}, "layer": [{
        "mark": {"type": "bar", "cursor": "pointer"},
        "encoding": {
            "y": {"field": "council", "type": "nominal", "title": None, "axis": {"labelLimit": 220}},
            "yOffset": {"field": "measure", "type": "nominal", "scale": {"domain": DURATION_MEASURES}},
            "x": {"field": "months", "type": "quantitative", "title": "Months after the inspection"},
            "color": colour,
            "href": {"field": "link"},
            "tooltip": [{"field": "council", "title": "Area"}, {"field": "measure", "title": "From"},
                        {"field": "months", "title": "Months", "type": "quantitative"},
                        {"field": "year", "title": "Inspected in"}],
        },
    }, empty_note("No area has both dates for these filters")]}


def durations_by_year_chart() -> dict:
    return {"layer": [{
        "mark": {"type": "point", "filled": True, "size": 70, "opacity": 0.8, "cursor": "pointer"},
        "encoding": {
            "x": {"field": "year", "type": "ordinal", "title": "Year of inspection", "axis": {"labelAngle": 0}},
            "xOffset": {"field": "measure", "type": "nominal", "scale": {"domain": DURATION_MEASURES}},
            "y": {"field": "months", "type": "quantitative", "title": "Months"},
            "color": {"field": "measure", "type": "nominal", "title": None,
                      "scale": {"domain": DURATION_MEASURES, "range": DURATION_COLOURS},
                      "legend": {"orient": "bottom"}},
            "href": {"field": "link"},
            "tooltip": [{"field": "council", "title": "Area"}, {"field": "measure", "title": "From"},
                        {"field": "months", "title": "Months", "type": "quantitative"},
                        {"field": "year", "title": "Inspected in"}],
        },
    }, empty_note("No durations for these filters")]}


def guide_markdown(database: str) -> str:
    return f"""**Search everything**: page text, resolutions and weaknesses in one go.

<form action="/{database}/search_everything" method="get">
<input type="search" name="q" placeholder='e.g. "written statement of action"' aria-label="Search everything" size="30">
<input type="submit" value="Search">
</form>

- [Areas side by side](/{database}/area_summary): official and extracted, durations, conflicts
- [Milestones checked against Ofsted's dates](/{database}/milestone_checks?_facet=verdict)
- [Ofsted's official outcomes](/{database}/official_outcomes), [every milestone of every area](/{database}/area_timeline)
- [Search pages](/{database}/search_pages), ranked, with the passage that matched
- [Weaknesses](/{database}/weaknesses), [resolutions](/{database}/resolutions), [documents](/{database}/documents)

Click a point, cell or bar to open the facts behind it; every fact links to its document and page.
"""


def dashboards_config(database: str) -> dict:
    """The metadata ``plugins`` section: the ``send-outcomes`` dashboard over ``database``."""

    def metric(title: str, what: str) -> dict:
        return {"title": title, "db": database, "query": metric_sql(what), "library": "metric",
                "display": {"field": "n"}}

    def vega(title: str, query: str, display: dict, new_tab: bool = False) -> dict:
        # SVG rather than vega-embed's default canvas: crisp, selectable and inspectable marks.
        # The plugin bundles Vega-Lite 6: say so, or vega-embed warns that a v5 spec runs on v6.
        embed: dict = {"renderer": "svg"}
        if new_tab:  # links to published documents open beside the dashboard, not in its place
            embed["loader"] = {"target": "_blank"}
        display = {"$schema": VEGA_LITE_SCHEMA, **display, "usermeta": {"embedOptions": embed}}
        return {"title": title, "db": database, "query": query, "library": "vega-lite", "display": display}

    dashboard = {
        "title": "SEND inspection outcomes",
        "description": (
            "Which areas had statutory directions or failed re-visits, how long each took from inspection to an "
            "approved WSoA and to its re-visit, and which weaknesses recur: Ofsted's official outcomes beside what "
            "councils' committee papers say, where the two disagree, and which areas we hold no papers for. Filter by "
            "region, council or date range (documents by meeting date, milestones by their own date)."
        ),
        "settings": {"allow_fullscreen": True},
        "layout": [
            ["guide", "guide", "areas", "documents"],
            ["guide", "guide", "official-only", "conflict-count"],
            ["guide", "guide", "milestones", "weaknesses"],
            ["directions", "directions", "directions", "directions"],
            ["durations", "durations", "durations-by-year", "durations-by-year"],
            ["themes", "themes", "themes", "theme-totals"],
            ["conflicts", "conflicts", "conflicts", "conflicts"],
            ["timeline", "timeline", "timeline", "timeline"],
            ["resolutions", "resolutions", "resolutions", "resolution-count"],
            ["summary", "summary", "summary", "summary"],
            ["coverage", "coverage", "coverage", "coverage"],
        ],
        "filters": filters(database),
        "charts": {
            "guide": {
                "library": "markdown",
                "display": guide_markdown(database),
                "settings": {
                    "extra_tags": ["form", "input"],
                    "extra_attrs": {"form": ["action", "method"],
                                    "input": ["type", "name", "placeholder", "aria-label", "size", "value"]},
                },
            },
            "areas": metric("Areas with papers", "areas"),
            "documents": metric("Documents", "documents"),
            "milestones": metric("Milestones", "milestones"),
            "weaknesses": metric("Weaknesses found", "weaknesses"),
            "official-only": metric("Areas with official outcomes but no papers here", "official-only"),
            "conflict-count": metric("Extracted dates that conflict with Ofsted's", "conflicts"),
            "directions": {"title": "Areas with statutory directions, failed re-visits or grade 3 (official and papers)",
                           "db": database, "library": "table",
                           "query": table_or_note(directions_sql(database), 5, "None for these filters")},
            "durations": vega("Months from inspection to an approved WSoA and to the re-visit, by area",
                              durations_sql(database), durations_chart()),
            "durations-by-year": vega("The same durations by year of inspection", durations_sql(database),
                                      durations_by_year_chart()),
            "conflicts": {"title": "Where the papers and Ofsted disagree (milestone_checks)", "db": database,
                          "library": "table",
                          "query": table_or_note(conflicts_sql(database), 6, "No conflict for these filters")},
            "coverage": {"title": "Areas with official outcomes but no papers in this database", "db": database,
                         "library": "table",
                         "query": table_or_note(coverage_sql(database), 6, "None for these filters")},
            "timeline": vega("Milestones per area (click a point for the source page, in a new tab)",
                             timeline_sql(database), timeline_chart(), new_tab=True),
            "themes": vega("Weakness themes by area (click a cell for the weaknesses)",
                           weakness_themes_sql(database), themes_chart()),
            "theme-totals": vega("Themes that recur across areas", theme_totals_sql(database),
                                 theme_totals_chart()),
            "resolutions": vega("Resolutions and recommendations about SEND, by month of meeting", resolutions_sql(),
                                resolutions_chart()),
            "resolution-count": metric("Resolutions and recommendations about SEND (dated or not)", "resolutions"),
            "summary": {"title": "Every SEND area side by side: official / from the papers", "db": database,
                        "library": "table",
                        "query": table_or_note(summary_sql(database), 15, "No area for these filters")},
        },
    }
    return {
        "datasette-dashboards": {SLUG: dashboard},
        # search_everything's document_link column holds a Markdown link to the document's row.
        "datasette-render-markdown": {"columns": ["document_link"]},
    }


# ASCII punctuation FTS5 would read as syntax; '"' (phrases) and '_' are kept.
FTS_PUNCTUATION = "()*:^-+{}[],.;'!?/\\&|<>=~@#$%`"


def fts_query_ctes(param: str = ":q") -> str:
    """SQL common table expressions ending in ``query(terms)``: the search box as a valid FTS5 query.

    Words must all match (stemmed); "double-quoted words" match as a phrase. Lower
    case takes away AND/OR/NOT/NEAR's meaning as operators, other punctuation becomes
    a space, and unbalanced quotes are dropped, so no input is a syntax error.
    """
    # One character at a time (a recursive CTE): nested replace() calls overflow SQLite's parser.
    return f"""typed(text) as (select lower(coalesce({param}, ''))),
cleaned(i, text) as (
  select 0, '' union all
  select i + 1, text || case when instr({sql_string(FTS_PUNCTUATION)}, substr((select text from typed), i + 1, 1)) > 0
                             then ' ' else substr((select text from typed), i + 1, 1) end
  from cleaned where i < length((select text from typed))
),
balanced(text) as (select case when (length(text) - length(replace(text, '"', ''))) % 2 = 0
                               then replace(text, '"', ' " ') else replace(text, '"', ' ') end
                   from cleaned order by i desc limit 1),
query(terms) as (select case when trim(text) = '' then '""' else text end from balanced)"""


def sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def search_pages_query(database: str) -> dict:
    """Page text ranked by relevance (bm25), each hit shown as a snippet with its page link."""
    return {
        "title": "Search pages",
        "description": (
            "Full-text search over every page, best matches first (bm25). Every word must appear (stemmed); put a phrase "
            "in \"double quotes\". Each hit shows the passage that matched, [in brackets], and opens its page here."),
        "sql": f"""with recursive {fts_query_ctes()}
select snippet(pages_fts, 0, '[', ']', ' … ', 24) as snippet, d.council, d.meeting_date,
  {markdown_document(database)}, p.page,
  'page_view?document_id=' || p.document_id || '&page=' || p.page || '&start=&end=' as page_link,
  pages_fts.rank as rank
from pages_fts join pages p on p.rowid = pages_fts.rowid
join documents d on d.id = p.document_id
where pages_fts match (select terms from query)
order by pages_fts.rank
limit 200""",
        "hide_sql": True,
    }


def markdown_document(database: str) -> str:
    title = markdown_text("coalesce(d.title, d.path)")
    return f"'[' || {title} || '](/{database}/documents/' || d.id || ')' as document_link"


def markdown_text(expr: str) -> str:
    """SQL escaping ``expr`` for use as Markdown link text."""
    for char in ("\\", "[", "]", "*", "_", "`", "<"):
        expr = f"replace({expr}, '{char}', '\\{char}')"
    return expr


def search_query(database: str | None = None) -> dict:
    """The canned query ``search_everything`` (parameter ``:q``).

    With ``database``, each hit's ``document_link`` is a Markdown link to the
    document's row page (datasette-render-markdown renders that column, see
    ``dashboards_config``); without it, the plain ``document`` title.
    """
    if database:
        document = markdown_document(database)
    else:
        document = "coalesce(d.title, d.path) as document"

    def part(tier: int, source: str, fts: str, table: str, link: str) -> str:
        return f"""  select {tier} as tier, {fts}.rank as rank, '{source}' as source, x.document_id, x.page,
    snippet({fts}, 0, '[', ']', ' … ', 16) as snippet, {link} as source_link
  from {fts} join {table} x on x.rowid = {fts}.rowid
  where {fts} match (select terms from query)"""

    sql = f"""with recursive {fts_query_ctes()},
hits as (
{part(1, 'resolution', 'resolutions_fts', 'resolutions', 'x.source_link')}
  union all
{part(2, 'weakness', 'weaknesses_fts', 'weaknesses', 'x.source_link')}
  union all
{part(3, 'page', 'pages_fts', 'pages', 'null')}
)
select h.source, {document}, d.council, d.meeting_date, h.page, h.snippet,
  coalesce(h.source_link, case when d.url is null then null
                               when lower(d.path) like '%.pdf' then d.url || '#page=' || h.page
                               else d.url end) as source_link,
  h.document_id
from hits h join documents d on d.id = h.document_id
order by h.tier, h.rank
limit 500"""
    return {
        "title": "Search everything",
        "description": (
            "Full-text search over page text, resolutions and weaknesses at once. Every word typed must "
            "appear (words are stemmed: inspect finds inspected); put a phrase in \"double quotes\". Resolutions and weaknesses come first, "
            "then pages, best matches first; matches are shown in [brackets]. The document opens its "
            "row here (with all its facts); source_link opens the published document at the page."
        ),
        "sql": sql,
        "hide_sql": True,
    }
