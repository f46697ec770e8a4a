"""sources.yml for every SEND area: the generator, per-council overrides, councils without an
adapter, focused committee patterns, and the coverage report in the database."""

from __future__ import annotations

import argparse
import csv
import json
import re
import sqlite3
from pathlib import Path

import pytest
import yaml
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import pipeline.pull as pull
import pipeline.pull.http as pull_http
from pipeline.coverage import ADAPTED_PLATFORMS, add_council_status, read_status
from pipeline.pull.adapters import adapter_for
from pipeline.pull.generate import generate, site_folder
from pipeline.pull.moderngov import parse_committees
from pipeline.pull.sources import PLATFORMS, SourcesError, load_sources
from tests.conftest import need_shared

REPO = Path(__file__).resolve().parents[1]
REPO_SOURCES = REPO / "corpus" / "sources.yml"


@pytest.fixture(autouse=True)
def online(monkeypatch):
    monkeypatch.delenv("OFFLINE", raising=False)


@pytest.fixture
def no_sleep(monkeypatch) -> list[float]:
    recorded: list[float] = []
    monkeypatch.setattr(pull_http, "pause", recorded.append)
    return recorded


# -- the generator -------------------------------------------------------------------------------


def test_the_repository_file_lists_every_send_area_with_its_platform():
    platforms = need_shared("reference", "council_platforms.csv")
    with open(platforms, newline="", encoding="utf-8") as handle:
        rows = {row["local_authority_code"]: row for row in csv.DictReader(handle)}
    councils = load_sources(REPO_SOURCES).councils
    assert len(councils) == len(rows) == 153
    assert {c.local_authority_code for c in councils} == set(rows)
    assert len({c.slug for c in councils}) == 153
    by_code = {c.local_authority_code: c for c in councils}
    for code, row in rows.items():
        council = by_code[code]
        assert council.gss_code == row["gss_code"], code
        label = PLATFORMS[row["cms_type"]]
        # LGSF's "Custom HTML" councils whose URL is a ModernGov page are tried with the ModernGov adapter.
        assert council.platform == label or (label == "custom-html" and council.platform == "moderngov"), code
        if council.platform in ("moderngov", "cmis"):
            assert council.base_url.startswith("https://") and council.base_url.endswith("/"), code
    counts = {p: sum(c.platform == p for c in councils) for p in PLATFORMS.values()}
    assert counts["cmis"] == 10 and counts["moderngov"] >= 132
    assert by_code["CAM"].base_url == "https://cambridgeshire.cmis.uk.com/ccc_live/"
    assert by_code["SND"].base_url == "https://committees.sunderland.gov.uk/committees/cmis5/"
    assert by_code["BRY"].platform == "moderngov" and by_code["BRY"].base_url == "https://cds.bromley.gov.uk/"


def test_regenerating_the_repository_file_changes_nothing(tmp_path):
    need_shared("reference", "council_platforms.csv")
    copy = tmp_path / "sources.yml"
    copy.write_text(REPO_SOURCES.read_text(encoding="utf-8"), encoding="utf-8")
    from pipeline.pull.generate import CODES_CSV, PLATFORMS_CSV

    generate(PLATFORMS_CSV, CODES_CSV, copy)
    assert copy.read_text(encoding="utf-8") == REPO_SOURCES.read_text(encoding="utf-8")


def test_regenerating_keeps_hand_made_keys_and_follows_a_moved_council(tmp_path):
    codes = need_shared("reference", "uk_local_authorities_future.csv")
    platforms = tmp_path / "platforms.csv"
    header = "local_authority_code,gss_code,name,type,cms_type,base_url,lgsf_folder\n"
    platforms.write_text(header
                         + "KEN,E10000016,Kent County Council,CTY,ModernGov,http://democracy.kent.gov.uk,KEN-kent\n"
                         + "NFK,E10000020,Norfolk County Council,CTY,CMIS,https://norfolkcc.cmis.uk.com/norfolkcc/Councillors.aspx,NFK-norfolk\n"
                         + "HPL,E06000001,Hartlepool Borough Council,UA,Custom HTML,https://www.hartlepool.gov.uk/councillors,HPL-hartlepool\n",
                         encoding="utf-8")
    out = tmp_path / "sources.yml"
    generate(platforms, codes, out)
    first = yaml.safe_load(out.read_text())
    kent = first["councils"][1]
    assert (kent["slug"], kent["platform"], kent["base_url"], kent["alternate_base_urls"]) == (
        "kent", "moderngov", "https://democracy.kent.gov.uk/", ["http://democracy.kent.gov.uk/"])
    assert first["councils"][0]["platform"] == "custom-html"
    assert first["councils"][2]["base_url"] == "https://norfolkcc.cmis.uk.com/norfolkcc/"

    # A researcher adds overrides and a comment to the defaults; LGSF then moves Norfolk.
    text = out.read_text().replace("  project_url:", "  # our contact is in the README\n  project_url:")
    text = text.replace("    slug: kent\n", "    slug: kent\n    delay_seconds: 5\n    http:\n      headers: {Referer: 'https://democracy.kent.gov.uk/'}\n")
    out.write_text(text)
    platforms.write_text(platforms.read_text().replace("norfolkcc.cmis.uk.com/norfolkcc/", "cmis.norfolk.gov.uk/cmis5/"))
    generate(platforms, codes, out)
    again = out.read_text()
    assert "# our contact is in the README" in again
    council = {c.slug: c for c in load_sources(out).councils}
    assert council["kent"].delay_seconds == 5 and council["kent"].headers == {"Referer": "https://democracy.kent.gov.uk/"}
    assert council["norfolk"].base_url == "https://cmis.norfolk.gov.uk/cmis5/"


@pytest.mark.parametrize("url, platform, folder", [
    ("https://democracy.derby.gov.uk/cmis5/Councillors/tabid/62/ScreenMode/Alphabetical/Default.aspx", "cmis",
     "https://democracy.derby.gov.uk/cmis5/"),
    ("https://cmis.hullcc.gov.uk/cmis/CouncillorsandSeniorOfficers/CouncillorsandSeniorOfficers.aspx", "cmis",
     "https://cmis.hullcc.gov.uk/cmis/"),
    ("https://cds.bromley.gov.uk/mgMemberIndex.aspx?FN=ALPHA&VW=LIST&PIC=0", "moderngov", "https://cds.bromley.gov.uk/"),
    ("https://www.southampton.gov.uk/moderngov", "moderngov", "https://www.southampton.gov.uk/moderngov/"),
    ("http://Democracy.Blackpool.gov.uk", "moderngov", "http://democracy.blackpool.gov.uk/"),
])
def test_the_site_folder_is_derived_from_lgsfs_url(url, platform, folder):
    assert site_folder(url, platform) == folder


# -- focused committee patterns --------------------------------------------------------------------


def test_the_default_committees_are_focused_on_children_and_send():
    gloucester = parse_committees(need_shared("fixtures", "moderngov", "gloucester-city", "GetCommittees.xml").read_bytes())
    council = load_sources(REPO_SOURCES).councils[0]
    followed = sorted(c.title for c in gloucester if council.committee_matches(c.title))
    assert followed == ["Cabinet", "Council"]
    for title in ("Higher Education Sub Committee", "Leisure Education And Tourism Committee",
                  "Appointment Sub Committee for Director of Adult Social Services", "Planning Committee"):
        assert not council.committee_matches(title), title
    for title in ("Children and Young People Scrutiny Committee", "Children's Services Overview and Scrutiny",
                  "Schools Forum", "Health and Wellbeing Board", "Education and Skills Select Committee",
                  "People Scrutiny Committee", "County Council", "SEND Improvement Board"):
        assert council.committee_matches(title), title


# -- overrides, councils without an adapter -------------------------------------------------------


def sources_file(tmp_path: Path, councils: list[dict], **defaults) -> Path:
    data = {"defaults": {"project_url": "https://example.org/mm", "window": {"from": "2025-11-15", "to": "2025-11-30"},
                         "committees": ["^Cabinet$"], "keywords": ["SEND"], "delay_seconds": 2.0, "retries": 0,
                         **defaults},
            "councils": councils}
    path = tmp_path / "sources.yml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def council(slug: str, base: str, **extra) -> dict:
    return {"name": f"{slug.title()} Council", "slug": slug, "local_authority_code": "XXX", "gss_code": "E06000001",
            "base_url": base, **extra}


def run(corpus: Path, sources: Path) -> int:
    return pull.main(argparse.Namespace(corpus=str(corpus), sources=str(sources), council=None, offline=False, delay=None))


@pytest.fixture(scope="module")
def server():
    running = HTTPServer(host="127.0.0.1", port=0)
    running.start()
    yield running
    running.stop()


def test_overrides_are_data_user_agent_headers_delay_timeouts_and_papers_host(tmp_path, server, monkeypatch):
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        if request.path == "/robots.txt":
            return Response("", status=404)
        return Response("<html><head><title>Forbidden</title></head></html>", status=403)

    server.clear()
    server.expect_request(re.compile(".*")).respond_with_handler(handler)
    clock, pauses = [0.0], []
    monkeypatch.setattr(pull_http, "now", lambda: clock[0])
    monkeypatch.setattr(pull_http, "pause", lambda s: (pauses.append(round(s, 3)), clock.__setitem__(0, clock[0] + s)))
    timeouts = []
    real_client = pull_http.PoliteClient.__init__

    def spy(self, settings, *args, **kwargs):
        timeouts.append((settings.timeout_seconds, settings.connect_timeout_seconds))
        real_client(self, settings, *args, **kwargs)

    monkeypatch.setattr(pull_http.PoliteClient, "__init__", spy)
    councillors = "https://councillors.example.invalid/"
    path = sources_file(tmp_path, [council(
        "picky", councillors, papers_base_url=server.url_for("/papers/"), delay_seconds=1.25, timeout_seconds=90,
        connect_timeout_seconds=4, user_agent="MinutesMiner/0.1 (Minutes Miner; +{project_url}; picky@example.org)",
        http={"headers": {"Referer": "https://picky.example/mgWhatsNew.aspx?bcr=1"}, "verify_tls": False})])

    assert run(tmp_path / "corpus", path) == 1  # the council failed (403): the pull says so

    report = json.loads((tmp_path / "corpus" / "picky" / "pull-report.json").read_text())
    assert report["status"] == "failed" and "HTTP 403" in report["error"]
    asked = [r for r in seen if r.path != "/robots.txt"]
    assert asked and all(r.path.startswith("/papers/") for r in asked)  # the papers host, not the councillor host
    for request in seen:
        assert request.headers["User-Agent"] == "MinutesMiner/0.1 (Minutes Miner; +https://example.org/mm; picky@example.org)"
        assert request.headers["Referer"] == "https://picky.example/mgWhatsNew.aspx?bcr=1"
    assert pauses and set(pauses) == {1.25}  # the council's delay, not the default 2 s
    assert timeouts == [(90.0, 4.0)]
    assert load_sources(path).councils[0].verify_tls is False


@pytest.mark.parametrize("change, message", [
    ({"user_agent": "python-requests/2.31"}, "must name Minutes Miner"),
    ({"http": {"headers": {"User-Agent": "Mozilla/5.0"}}}, "set user_agent on the council"),
    ({"http": {"proxy": "ftp://proxy"}}, "proxy"),
    ({"platform": "sharepoint"}, "platform"),
    ({"delay_secs": 3}, "unknown key delay_secs"),
    ({"platform": "cmis", "cmis": {"calendar_url": "https://x/Default.aspx"}}, "{date}"),
])
def test_a_wrong_override_names_the_council_and_key(tmp_path, change, message):
    with pytest.raises(SourcesError, match=re.escape(message)):
        load_sources(sources_file(tmp_path, [council("x", "https://democracy.x.gov.uk/", **change)]))


def test_a_council_without_an_adapter_is_reported_not_dropped(tmp_path, server, capsys):
    server.clear()
    path = sources_file(tmp_path, [
        council("hartlepool", "https://www.hartlepool.gov.uk/councillors", platform="custom-html",
                local_authority_code="HPL", gss_code="E06000001"),
        council("nowhere", "https://example.invalid/", platform="unknown"),
    ])
    corpus = tmp_path / "corpus"

    assert run(corpus, path) == 0

    out, err = capsys.readouterr()
    assert "hartlepool: NO-ADAPTER: no adapter for custom-html" in err + out
    assert "no adapter for custom-html: hartlepool" in err and "no adapter for unknown: nowhere" in err
    assert server.log == []  # nothing was asked of anybody
    status = json.loads((corpus / "pull-status.json").read_text())["councils"]
    assert status["hartlepool"]["status"] == "no-adapter" and status["hartlepool"]["reason"] == "no adapter for custom-html"
    assert status["hartlepool"]["council_code"] == "HPL" and status["hartlepool"]["platform"] == "custom-html"
    assert not (corpus / "hartlepool").exists()


def test_adapters_exist_for_exactly_the_platforms_the_coverage_report_calls_adapted():
    for platform in PLATFORMS.values():
        assert (adapter_for(platform) is not None) == (platform in ADAPTED_PLATFORMS), platform


# -- the coverage report in the database ------------------------------------------------------------


def test_council_status_and_area_summary_show_every_area_and_why_it_is_missing(tmp_path):
    """An offline build of a corpus with sources.yml and one pulled council: the table lists all
    three councils, and area_summary gains the areas that have no documents, with the reason."""
    import sqlite_utils

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "sources.yml").write_text(yaml.safe_dump({"defaults": {}, "councils": [
        {"name": "Kent County Council", "slug": "kent", "local_authority_code": "KEN", "gss_code": "E10000016",
         "platform": "moderngov", "base_url": "https://democracy.kent.gov.uk/"},
        {"name": "Hartlepool Borough Council", "slug": "hartlepool", "local_authority_code": "HPL",
         "gss_code": "E06000001", "platform": "custom-html", "base_url": "https://www.hartlepool.gov.uk/councillors"},
        {"name": "Norfolk County Council", "slug": "norfolk", "local_authority_code": "NFK", "gss_code": "E10000020",
         "platform": "cmis", "base_url": "https://norfolkcc.cmis.uk.com/norfolkcc/"},
    ]}), encoding="utf-8")
    (corpus / "pull-status.json").write_text(json.dumps({"councils": {"kent": {
        "council_code": "KEN", "council": "Kent County Council", "slug": "kent", "platform": "moderngov",
        "status": "failed", "reason": "HTTP 403 (access refused)", "documents_stored": 4,
        "last_success": "2026-11-01T10:00:00Z", "meetings_listed": 12}, "gone": {"slug": "gone", "status": "ok"}}}))
    rows = {row["slug"]: row for row in read_status(corpus)}
    assert set(rows) == {"kent", "hartlepool", "norfolk"}  # "gone" left sources.yml
    assert rows["hartlepool"]["reason"] == "no adapter for custom-html"
    assert rows["norfolk"]["status"] == "not-pulled"

    db = sqlite_utils.Database(tmp_path / "x.db")
    db["councils"].insert_all([{"code": "KEN", "name": "Kent County Council", "region": "South East"},
                               {"code": "HPL", "name": "Hartlepool Borough Council", "region": "North East"},
                               {"code": "NFK", "name": "Norfolk County Council", "region": "East of England"}], pk="code")
    db["documents"].insert({"id": 1, "council_code": "KEN"}, pk="id")
    db.create_view("area_summary", "select d.council_code, c.name as council, c.region, count(*) as documents "
                                   "from documents d join councils c on c.code = d.council_code group by d.council_code")
    db["council_status"].create({"slug": str, "council_code": str, "council": str, "platform": str, "status": str,
                                 "reason": str, "documents_stored": int, "last_success": str, "meetings_listed": int,
                                 "gss_code": str, "base_url": str, "committees_matched": int, "committees": str,
                                 "meetings_settled": int, "meetings_failed": int, "meetings_given_up": int,
                                 "documents_fetched": int, "documents_unchanged": int, "documents_failed": int,
                                 "problems": str, "last_attempt": str}, pk="slug")
    add_council_status(db, list(rows.values()))

    summary = {r["council_code"]: r for r in db.query("select * from area_summary")}
    assert set(summary) == {"KEN", "HPL", "NFK"}
    assert (summary["KEN"]["documents"], summary["KEN"]["pull_status"], summary["KEN"]["pull_reason"]) == (
        1, "failed", "HTTP 403 (access refused)")
    assert summary["KEN"]["last_pull_success"] == "2026-11-01T10:00:00Z" and summary["KEN"]["documents_pulled"] == 4
    assert (summary["HPL"]["documents"], summary["HPL"]["region"], summary["HPL"]["pull_status"]) == (0, "North East", "no-adapter")
    assert summary["NFK"]["platform"] == "cmis" and "not pulled yet" in summary["NFK"]["pull_reason"]


def test_an_offline_make_all_on_the_repository_corpus_lists_every_area(tmp_path):
    """What a fresh clone's offline build shows: every area of sources.yml in council_status."""
    from pipeline.build import Workspace, build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "sources.yml").write_text(REPO_SOURCES.read_text(encoding="utf-8"), encoding="utf-8")
    build(Workspace(corpus=corpus, work=tmp_path / "work", db=tmp_path / "x.db"), jobs=1)
    with sqlite3.connect(tmp_path / "x.db") as db:
        counts = dict(db.execute("select status, count(*) from council_status group by status").fetchall())
        areas = db.execute("select count(*) from area_summary where pull_status is not null").fetchone()[0]
    assert sum(counts.values()) == 153 and counts["no-adapter"] == 8 and counts["not-pulled"] == 145
    assert areas == 153
