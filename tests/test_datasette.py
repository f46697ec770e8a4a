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
