"""A real Datasette server on a free loopback port, asked what researchers ask."""

from __future__ import annotations

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
