"""A real Datasette server on a free loopback port, asked what researchers ask."""

from __future__ import annotations

import html
import re

import httpx
import pytest



@pytest.fixture(scope="module")
def server(datasette_server):
    base, name, _ = datasette_server
    return base, name


def test_home_page_shows_title_and_tables(server):
    base, db = server
    page = httpx.get(base + "/").text
    assert "Minutes Miner" in page
    tables = httpx.get(f"{base}/{db}.json").json()
    names = {t["name"] for t in tables["tables"]}
    assert {"documents", "pages", "resolutions", "weaknesses", "dates", "people", "failures"} <= names


def test_table_page_with_facets_and_document_links(server):
    base, db = server
    data = httpx.get(f"{base}/{db}/documents.json?_shape=objects&_facet=council&_size=5").json()
    assert len(data["rows"]) == 5
    assert data["facet_results"]
    html = httpx.get(f"{base}/{db}/dates?_size=5").text
    assert f'href="/{db}/documents/' in html  # each fact links to its document


def test_full_text_search_over_pages(server):
    base, db = server
    data = httpx.get(f"{base}/{db}/pages.json", params={"_search": "written statement of action", "_shape": "objects"}).json()
    assert data["rows"]
    assert all("statement" in row["text"].lower() for row in data["rows"])


def test_canned_query_as_json(server):
    base, db = server
    data = httpx.get(f"{base}/{db}/council_resolutions.json", params={"council": "Kent", "_shape": "objects"}).json()
    assert "rows" in data
    officers = httpx.get(f"{base}/{db}/officers_by_council.json?_shape=objects").json()
    assert officers["rows"] is not None


def test_database_is_served_immutable(server):
    base, db = server
    databases = httpx.get(base + "/-/databases.json").json()
    assert [d["is_mutable"] for d in databases if d["name"] == db] == [False]


def test_home_page_starts_with_the_dashboard_views_and_tables(server):
    base, db = server
    page = httpx.get(base + "/").text
    start = page.index("Start here")
    dashboard = page.index('href="/-/dashboards/send-outcomes"')
    assert start < dashboard < page.index(f'href="/{db}/area_summary"') < page.index(f'href="/{db}/milestone_checks"') \
        < page.index(f'href="/{db}/weaknesses"') < page.index(f'href="/{db}/events"')
    assert "Every English SEND local area" in page  # with descriptions


def test_page_view_highlights_a_facts_quote(server):
    base, db = server
    fact = httpx.get(f"{base}/{db}/weaknesses.json", params={"_shape": "objects", "_size": 1}).json()["rows"][0]
    assert fact["page_link"].startswith(f"page_view?document_id={fact['document_id']}&page={fact['page']}&")
    page = httpx.get(f"{base}/{db}/" + fact["page_link"].split("#")[0]).text
    marked = page.split('<mark id="quote">', 1)[1].split("</mark>", 1)[0]
    assert html.unescape(marked) == fact["quote"]
    # the table page links each fact to it, and shows the document's title rather than a bare id
    table = httpx.get(f"{base}/{db}/weaknesses/{fact['id']}").text
    assert f'href="/{db}/page_view?' in table
    assert f'<a href="/{db}/documents/{fact["document_id"]}">' in table


def test_search_pages_is_ranked_with_snippets_and_phrases(server):
    base, db = server
    rows = httpx.get(f"{base}/{db}/search_pages.json", params={"q": "written statement of action", "_shape": "objects"}).json()["rows"]
    assert rows and [r["rank"] for r in rows] == sorted(r["rank"] for r in rows)
    assert all("[" in r["snippet"] and len(r["snippet"]) < 600 for r in rows)
    def hits(q):
        return httpx.get(f"{base}/{db}/search_pages.json", params={"q": q, "_shape": "objects"}).json()["rows"]

    assert hits("action of statement written") and hits('"action of statement written"') == []  # a phrase keeps its order
    everything = httpx.get(f"{base}/{db}/search_everything.json",
                           params={"q": '"written statement of action"', "_shape": "objects"}).json()["rows"]
    # the phrase is matched as one: its highlight starts at "written" (snippets may cut it short)
    assert everything and all(re.search(r"\[written", r["snippet"], re.IGNORECASE) for r in everything)


def test_canned_queries_name_council_and_document(server):
    base, db = server
    data = httpx.get(f"{base}/{db}/weaknesses_by_area.json", params={"_shape": "objects", "_size": 5}).json()
    row = data["rows"][0]
    assert row["council"] and row["document_link"].startswith("[") and f"](/{db}/documents/" in row["document_link"]
    assert "document_id" not in row
    send = httpx.get(f"{base}/{db}/council_resolutions.json", params={"council": "Kent", "everything": "", "_shape": "objects"}).json()
    every = httpx.get(f"{base}/{db}/council_resolutions.json", params={"council": "Kent", "everything": "yes", "_shape": "objects"}).json()
    assert len(send["rows"]) < len(every["rows"])


# -- abuse: one request cannot make the server allocate without bound, nor write ---------------


def sql(server, text: str) -> httpx.Response:
    base, db = server
    return httpx.get(f"{base}/{db}.json", params={"sql": text, "_shape": "objects"}, timeout=30)


def test_a_huge_value_is_refused_not_built(server):
    answer = sql(server, "select zeroblob(100000000) as x")
    assert answer.status_code >= 400 and len(answer.content) < 100_000
    assert "too big" in answer.text
    assert sql(server, "select count(*) as n from pages").json()["rows"][0]["n"] > 0  # and the server goes on


def test_many_large_values_are_refused_past_the_result_limit(server):
    answer = sql(server, "select zeroblob(5000000) as x from pages limit 20")  # 100 MB in all
    assert answer.status_code >= 400 and len(answer.content) < 100_000
    assert "larger than 50 MB" in answer.text


def test_writes_are_405_not_500(server):
    base, db = server
    for path in [f"/{db}/pages", f"/{db}", "/", f"/{db}/pages/1", f"/{db}/search_everything"]:
        answer = httpx.post(base + path, data={"text": "x"})
        assert answer.status_code == 405 and answer.headers["allow"] == "GET, HEAD", path


def test_the_sql_time_limit_is_kept(server):
    base, _ = server
    assert httpx.get(base + "/-/settings.json").json()["sql_time_limit_ms"] == 5000
