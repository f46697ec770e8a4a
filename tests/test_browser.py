"""The published site in a real browser: Debian's Chromium driven by Playwright.

A Datasette server is started on the database built from ../shared/corpus; the
dashboard, a council's pages and the searches are opened as a researcher would,
checked for rendered charts and results, and screenshotted into
extracted/test-artifacts/ (CI keeps them as artifacts).

Skipped, with the reason, when /usr/bin/chromium is absent (``make browser-deps``
installs it) or Playwright cannot launch it.
"""

from __future__ import annotations

import html
import os
import re
import sqlite3
import urllib.parse
from pathlib import Path

import httpx
import pytest

from pipeline.publish.dashboards import SLUG, dashboards_config, search_query

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "extracted" / "test-artifacts"
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))  # Debian's; override for other systems
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VEGA_CHARTS = ["timeline", "themes", "theme-totals", "resolutions", "durations", "durations-by-year"]
# The marks that stand for rows of each chart's query (legends and axes excluded).
ROW_MARKS = {
    "timeline": "g.mark-symbol.role-mark path",
    "themes": "g.mark-rect.role-mark path",
    "theme-totals": "g.mark-rect.role-mark path",
    "resolutions": "g.mark-rect.role-mark path",
    "durations": "g.mark-rect.role-mark path",
    "durations-by-year": "g.mark-symbol.role-mark path",
}


@pytest.fixture(scope="module")
def server(datasette_server):
    return datasette_server


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium ('make browser-deps') to run browser tests")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) is not installed")
    try:
        playwright = sync_api.sync_playwright().start()
    except Exception as exc:  # noqa: BLE001 - any failure to start the driver means: cannot test here
        pytest.skip(f"playwright could not start: {exc}")
    try:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    except Exception as exc:  # noqa: BLE001
        playwright.stop()
        pytest.skip(f"playwright could not launch {CHROMIUM}: {exc}")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.errors = []  # uncaught JavaScript errors, asserted empty by the tests
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    yield page
    context.close()


def shot(page, name: str) -> Path:
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=path, full_page=True)
    return path


def chart_rows(base: str, db: str, chart: str, filters: dict | None = None) -> list[dict]:
    """What the chart's own query returns, through Datasette's JSON API, as the dashboard asks it."""
    from datasette_dashboards import replace_opts_in_query

    filters = filters or {}
    query = dashboards_config(db)["datasette-dashboards"][SLUG]["charts"][chart]["query"]
    params = {"sql": replace_opts_in_query(query, filters), "_shape": "objects", **filters}
    data = httpx.get(f"{base}/{db}.json", params=params, timeout=30).json()
    assert "rows" in data, data
    return data["rows"]


def options(page, key: str) -> list[str]:
    """The non-blank choices of a dashboard filter (a select, or an input with a datalist)."""
    texts = page.locator(f"select#{key} option, datalist#{key}-list option").evaluate_all(
        "els => els.map(e => e.value)")
    return [t for t in texts if t]


def wait_for_charts(page) -> None:
    """Until Vega has drawn every chart (as SVG: the dashboard asks vega-embed for it) and the table is filled."""
    page.wait_for_function(
        "(slugs) => slugs.every(s => document.querySelector(`#chart-${s} svg.marks`))", arg=VEGA_CHARTS)
    page.wait_for_selector("#chart-summary table tbody tr")
    page.wait_for_timeout(300)  # let Vega finish its last render pass


def check_charts(page, base: str, db: str, filters: dict | None = None) -> None:
    for slug in VEGA_CHARTS:
        rows = chart_rows(base, db, slug, filters)
        marks = page.locator(f"#chart-{slug} svg.marks {ROW_MARKS[slug]}").count()
        note = page.locator(f"#chart-{slug} svg.marks").text_content()
        if rows:
            # one mark per row (the timeline: one point per milestone), and no 'nothing found' note
            assert marks == len(rows), f"{slug}: {marks} marks for {len(rows)} rows"
            assert "for these filters" not in note
        else:
            assert marks == 0
            assert "for these filters" in note, f"{slug}: empty chart without its note"


def test_dashboard_renders_every_chart(page, server):
    base, db, _ = server
    page.goto(f"{base}/-/dashboards/{SLUG}")
    wait_for_charts(page)
    check_charts(page, base, db)
    # metrics are numbers drawn into their cards
    for slug in ("areas", "documents", "milestones", "weaknesses", "resolution-count", "official-only",
                 "conflict-count"):
        assert page.locator(f"#chart-{slug} p").inner_text().strip().isdigit()
    documents = int(page.locator("#chart-documents p").inner_text())
    assert documents == httpx.get(f"{base}/{db}/documents.json?_size=0").json()["filtered_table_rows_count"]
    # the summary table: one row per area, each linking to its timeline and documents
    summary = chart_rows(base, db, "summary")
    assert page.locator("#chart-summary table tbody tr").count() == len(summary) > 0
    assert page.locator(f"#chart-summary a[href^='/{db}/area_timeline?council_code=']").count() == len(summary)
    # filters: region and council options come from the database (a datalist past 100 options)
    assert len(options(page, "region")) > 0
    areas = sorted(html.unescape(re.sub("<[^>]+>", "", row["Area"])) for row in summary)
    assert sorted(options(page, "council")) == areas
    # the search box posts to the canned query
    assert page.locator(f"form[action='/{db}/search_everything'] input[name=q]").count() == 1
    assert not page.errors, page.errors
    assert shot(page, "dashboard").stat().st_size > 20_000


def test_chart_marks_link_to_their_facts(server):
    base, db, _ = server
    # timeline points open the source document at the page (or the document's row when it has no URL)
    for row in chart_rows(base, db, "timeline"):
        assert row["link"].startswith(("http://", "https://", f"/{db}/documents/"))
        if row["link"].startswith("http") and row["page"] and ".pdf" in row["link"].lower():
            assert row["link"].endswith(f"#page={row['page']}")
    # a heat-map cell opens exactly the weaknesses it counts, a theme bar all of that theme's
    for chart in ("themes", "theme-totals"):
        for row in [r for r in chart_rows(base, db, chart) if r["link"]][:8]:
            url = base + row["link"].replace(f"/{db}/weaknesses?", f"/{db}/weaknesses.json?", 1)
            data = httpx.get(url + "&_size=0").json()  # (httpx params= would replace the link's query)
            assert data["filtered_table_rows_count"] >= row["weaknesses"] > 0
            if chart == "themes":
                assert data["filtered_table_rows_count"] == row["weaknesses"]


def test_dashboard_filtered_to_one_council(page, server):
    base, db, database = server
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        council, region = conn.execute(
            """select c.name, c.region from documents d join councils c on c.code = d.council_code
               group by c.code order by count(*) desc limit 1""").fetchone()
    filters = {"region": region, "council": council}
    page.goto(f"{base}/-/dashboards/{SLUG}?{urllib.parse.urlencode(filters)}")
    wait_for_charts(page)
    check_charts(page, base, db, filters)
    assert page.locator("#council").input_value() == council
    assert page.locator("#chart-areas p").inner_text().strip() == "1"
    assert page.locator("#chart-summary table tbody tr").count() == 1
    assert council in page.locator("#chart-summary table tbody tr").inner_text()
    # the council filter offers the councils of the chosen region only
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        in_region = [name for (name,) in conn.execute(
            """select name from councils where region = ? and code in (select council_code from area_summary)
               order by name""", [region])]
    assert options(page, "council") == in_region
    assert not page.errors, page.errors
    shot(page, "dashboard-one-council")


def test_dashboard_says_when_nothing_matches(page, server):
    """A date range with no papers: every chart draws its 'nothing found' note instead of a blank."""
    base, db, _ = server
    filters = {"since": "2999-01-01"}
    page.goto(f"{base}/-/dashboards/{SLUG}?{urllib.parse.urlencode(filters)}")
    wait_for_charts(page)
    for slug in VEGA_CHARTS:
        assert chart_rows(base, db, slug, filters) == []
    check_charts(page, base, db, filters)  # asserts the notes
    for slug in ("documents", "milestones", "weaknesses"):
        assert page.locator(f"#chart-{slug} p").inner_text().strip() == "0"
    assert not page.errors, page.errors
    shot(page, "dashboard-nothing-matches")


def test_council_page_and_its_documents(page, server):
    base, db, database = server
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        # the council with the most documents that have a source URL (some sidecars have none)
        code, name, count, with_url = conn.execute(
            """select c.code, c.name, count(*), count(d.url) from documents d join councils c on c.code = d.council_code
               group by c.code having count(*) <= 100 order by count(d.url) desc, c.code limit 1""").fetchone()
    page.goto(f"{base}/{db}/councils/{code}")
    assert name in page.locator("h1").inner_text() or name in page.content()
    # Datasette lists the documents that point at this council (documents.council_code)
    link = page.locator(f"a[href*='council_code={code}']").first
    assert link.count() == 1
    shot(page, "council-row")
    link.click()
    page.wait_for_selector("table.rows-and-columns tbody tr")
    assert f"{count} row" in page.locator("h3").first.inner_text()
    assert page.locator("table.rows-and-columns tbody tr").count() == count
    # each document links to where the council published it
    assert page.locator("table.rows-and-columns td.col-url a[href^='http']").count() == with_url > 0
    assert not page.errors, page.errors
    shot(page, "council-documents")


def test_search_pages(page, server):
    base, db, _ = server
    search = {"_search": "written statement of action"}
    page.goto(f"{base}/{db}/pages?{urllib.parse.urlencode(search)}")
    page.wait_for_selector("table.rows-and-columns tbody tr")
    expected = httpx.get(f"{base}/{db}/pages.json", params={**search, "_shape": "objects"}).json()["rows"]
    texts = page.locator("table.rows-and-columns td.col-text").all_inner_texts()
    assert len(texts) == len(expected) > 0
    assert 'search matches "written statement of action"' in page.locator("h3").first.inner_text()
    # each page links to its document
    assert page.locator(f"table.rows-and-columns td.col-document_id a[href^='/{db}/documents/']").count() == len(texts)
    assert not page.errors, page.errors
    shot(page, "search-pages")


def run_search(page, url: str, db: str) -> list[str]:
    page.goto(url)
    page.wait_for_selector("table.rows-and-columns tbody tr")
    sources = page.locator("table.rows-and-columns td.col-source").all_inner_texts()
    snippets = page.locator("table.rows-and-columns td.col-snippet").all_inner_texts()
    assert sources and len(sources) == len(snippets)
    assert all("[" in s for s in snippets)  # matches are marked in the snippet
    assert set(sources) <= {"resolution", "weakness", "page"}
    # every hit links to its document's row here (document_link is rendered from Markdown)
    links = page.locator(f"table.rows-and-columns td.col-document_link a[href^='/{db}/documents/']")
    assert links.count() == len(sources)
    return sources


def test_search_everything_sql(page, server):
    """The search_everything SQL, run on Datasette's SQL page with the q parameter."""
    base, db, _ = server
    query = {"sql": search_query(db)["sql"], "q": "inspection"}
    sources = run_search(page, f"{base}/{db}?{urllib.parse.urlencode(query)}", db)
    assert "page" in sources
    # any input is valid FTS: quotes, operators, brackets
    odd = httpx.get(f"{base}/{db}.json",
                    params={"sql": search_query(db)["sql"], "q": '"SEND (AND OR', "_shape": "objects"})
    assert odd.status_code == 200, odd.text
    assert not page.errors, page.errors
    shot(page, "search-everything-sql")


def test_search_everything_canned_query(page, server):
    base, db, _ = server
    if httpx.get(f"{base}/{db}/search_everything.json", params={"q": "x"}).status_code == 404:
        pytest.skip("canned query search_everything is not wired into metadata.canned_queries() yet")
    run_search(page, f"{base}/{db}/search_everything?q=written+statement+of+action", db)
    assert not page.errors, page.errors
    shot(page, "search-everything")


def test_home_page_links_the_dashboard(page, server):
    base, db, _ = server
    page.goto(base + "/")
    start = page.locator("section.start-here")
    assert start.locator("dt a").first.inner_text().startswith("SEND inspection outcomes")
    names = start.locator("dt a").all_inner_texts()
    assert names.index("area_summary") < names.index("milestone_checks") < names.index("weaknesses")
    start.locator("a[href='/-/dashboards/send-outcomes']").click()
    wait_for_charts(page)
    assert page.url.endswith("/-/dashboards/send-outcomes")
    assert not page.errors, page.errors
    shot(page, "home-to-dashboard")


def test_durations_chart_and_conflicts_table(page, server):
    base, db, database = server
    page.goto(f"{base}/-/dashboards/{SLUG}")
    wait_for_charts(page)
    durations = chart_rows(base, db, "durations")
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        expected = conn.execute("""select count(months_to_wsoa_approved) + count(months_to_revisit)
                                   from area_summary""").fetchone()[0]
        conflicts = conn.execute("select count(*) from milestone_checks where verdict = 'conflict'").fetchone()[0]
    assert len(durations) == expected > 0
    assert page.locator("#chart-durations svg.marks g.mark-rect.role-mark path").count() == len(durations)
    # the conflicts table: one row per conflict, each opening the clause's page
    rows = page.locator("#chart-conflicts table tbody tr")
    assert rows.count() == conflicts > 0
    link = rows.first.locator("a").first
    assert link.get_attribute("href").startswith(f"/{db}/page_view?")
    assert int(page.locator("#chart-conflict-count p").inner_text()) == conflicts
    shot(page, "dashboard-durations-conflicts")


def test_fact_page_view_highlights_the_quote(page, server):
    base, db, database = server
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        # a fact from a document with no published URL: the page view is its only way to the text
        link, quote, number = conn.execute("""select e.page_link, e.quote, e.page from weaknesses e
                                              join documents d on d.id = e.document_id
                                              where d.url is null order by e.page desc, e.id limit 1""").fetchone()
    page.goto(f"{base}/{db}/{link}")
    mark = page.locator(".page-text mark#quote")
    assert mark.inner_text() == quote
    box, viewport = mark.bounding_box(), page.viewport_size
    assert 0 <= box["y"] <= viewport["height"]  # scrolled to the quote
    assert page.locator("a", has_text="previous page").count() == (1 if number > 1 else 0)
    assert not page.errors, page.errors
    shot(page, "page-view")


def test_heatmap_numbers_open_their_weaknesses(page, server):
    base, db, _ = server
    page.goto(f"{base}/-/dashboards/{SLUG}")
    wait_for_charts(page)
    number = page.locator("#chart-themes svg.marks g.mark-text.role-mark text").first
    with page.expect_navigation():
        number.click()
    assert f"/{db}/weaknesses?themes__contains=" in page.url


def test_timeline_points_open_in_a_new_tab(page, server):
    base, db, _ = server
    # Published documents live on councils' sites: answer for them here, so the test never leaves 127.0.0.1.
    page.context.route(lambda url: not url.startswith(base),
                       lambda route: route.fulfill(status=200, content_type="text/html", body="<p>stand-in</p>"))
    page.goto(f"{base}/-/dashboards/{SLUG}")
    wait_for_charts(page)
    dashboard = page.url
    links = {row["link"] if row["link"].startswith("http") else base + row["link"]
             for row in chart_rows(base, db, "timeline")}
    with page.context.expect_page() as opened:
        page.locator("#chart-timeline svg.marks g.mark-symbol.role-mark path").last.click()  # drawn on top
    tab = opened.value
    tab.wait_for_load_state()
    assert tab.url in links
    assert page.url == dashboard  # the dashboard stays where it was
