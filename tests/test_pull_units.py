"""The pull stage's parts: parsers on the real fixtures, sources.yml, URLs, offline behaviour."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import socket
from pathlib import Path

import pytest
import yaml

import pipeline.pull as pull
import pipeline.pull.http as pull_http
from pipeline.pull.council import keyword_pattern
from pipeline.pull.http import Hosts, PoliteClient, retry_after
from pipeline.pull.moderngov import NotModernGov, parse_committees, parse_meeting, parse_meetings, parse_root
from pipeline.pull.pages import is_derived_pack, meeting_document_kind, parse_meeting_page
from pipeline.pull.sources import Settings, SourcesError, load_sources
from pipeline.pull.store import safe_stem, slugify
from pipeline.pull.urls import attachment_id, clean_href, document_key, normalise

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
MODERNGOV = SHARED / "fixtures" / "moderngov"
GLOUCESTER = MODERNGOV / "gloucester-city"
REFERENCE = SHARED / "reference" / "uk_local_authorities_future.csv"
PAGES = Path(__file__).resolve().parent / "fixtures" / "pull"

needs_fixtures = pytest.mark.skipif(not GLOUCESTER.is_dir(), reason="needs ../shared/fixtures/moderngov beside the clone")


@pytest.fixture(autouse=True)
def online(monkeypatch):
    monkeypatch.delenv("OFFLINE", raising=False)



@pytest.fixture
def server(running_server):
    running_server.clear()
    yield running_server
    running_server.clear()


@pytest.fixture
def no_sleep(monkeypatch) -> list[float]:
    recorded: list[float] = []
    monkeypatch.setattr(pull_http, "pause", recorded.append)
    return recorded


def settings(**overrides) -> Settings:
    values = {"user_agent": "MinutesMiner/0.1 (Minutes Miner; +https://example.org/mm)", "delay_seconds": 0.0,
              "timeout_seconds": 5, "connect_timeout_seconds": 2, "retries": 2, "backoff_seconds": 0.001}
    return Settings(**{**values, **overrides})


# -- the web service on the real responses --------------------------------------------------------


@needs_fixtures
def test_committees_and_meetings_parse_from_the_real_responses():
    committees = parse_committees((GLOUCESTER / "GetCommittees.xml").read_bytes())
    assert len(committees) == 131
    assert sum(c.expired for c in committees) == 116 and not any(c.deleted for c in committees)
    assert sum(c.category is not None for c in committees) == 43
    cabinet = next(c for c in committees if c.title == "Cabinet")
    assert cabinet.id == 129 and not cabinet.expired
    assert any("&" in c.title and "&amp;" not in c.title for c in committees)

    meetings = parse_meetings((GLOUCESTER / "GetMeetings.xml").read_bytes(), cabinet)
    assert len(meetings) == 20
    assert {m.status for m in meetings} == {"Confirmed", "Cancelled", "Confirmed; Special Meeting"}
    assert sum(m.cancelled for m in meetings) == 1
    special = next(m for m in meetings if m.id == 7837)
    assert special.date == dt.date(2025, 11, 21) and special.time == "12.30 pm" and special.committee_id == 129


@needs_fixtures
def test_get_meeting_parses_items_documents_and_double_escaped_html():
    raw = (GLOUCESTER / "GetMeeting_7837.xml").read_bytes()
    assert raw.count(b"&amp;nbsp;") == 94
    meeting = parse_meeting(raw)
    assert meeting.id == 7837 and meeting.date == dt.date(2025, 11, 21)
    assert meeting.minute_published and meeting.agenda_published
    assert len(meeting.items) == 5
    assert sum(len(item.documents) for item in meeting.items) == 7
    titles = [item.title for item in meeting.items]
    assert "Leader and Cabinet Members' Question Time (15 minutes)" in titles  # &amp;#39; decoded twice
    for item in meeting.items:
        assert "&amp;" not in item.agenda_html + item.minutes_html  # decoded once: real HTML now
        assert "&nbsp;" not in item.agenda_text and "nbsp" not in item.agenda_text  # decoded twice: text
    questions = next(i for i in meeting.items if i.id == 44463)
    assert "democratic.services@gloucester.gov.uk" in questions.agenda_text
    assert "\n" in questions.agenda_text and "  " not in questions.agenda_text  # Word wraps collapsed
    doc = questions.documents[0]
    assert (doc.attachment_id, doc.title, doc.restricted) == (65461, "Cabinet - Public Questions", False)
    assert doc.url == "https://democracy.Gloucester.gov.uk/mgConvert2PDF.aspx?ID=65461"
    assert doc.publication_date == dt.date(2025, 11, 13)


@needs_fixtures
@pytest.mark.parametrize("name, expected", [
    ("leeds_CouncillorsByWard_sharepoint_error.html", "an HTML page titled 'Error'"),
    ("denbighshire_CouncillorsByWard_https_redirect.html", "an HTML page"),
    ("eastherts_CouncillorsByWard_empty.xml", "XML with root <councillorsbyward>"),
])
def test_answers_that_are_not_the_expected_xml_raise_not_moderngov(name, expected):
    with pytest.raises(NotModernGov, match=expected.replace("(", r"\(")):
        parse_committees((MODERNGOV / "symroe-councillordata" / name).read_bytes())


@needs_fixtures
def test_an_empty_list_is_valid():
    root = parse_root((MODERNGOV / "symroe-councillordata" / "eastherts_CouncillorsByWard_empty.xml").read_bytes(),
                      "councillorsbyward", "GetCouncillorsByWard")
    assert root.findall("wards/ward") == []
    assert parse_committees(b"<?xml version='1.0'?><committees><committeescount> 0</committeescount></committees>") == []


def test_raw_html_inside_the_xml_is_tolerated():
    body = (b"<meeting><meetingid>1</meetingid><meetingdate>01/02/2024</meetingdate><agendaitems><agendaitem>"
            b"<agendaitemid>9</agendaitemid><agendaitemtitle>SEND update</agendaitemtitle>"
            b"<agendatext><div class=\"Section1\"><p>Written statement of action<br></p></div></agendatext>"
            b"</agendaitem></agendaitems></meeting>")
    meeting = parse_meeting(body)
    assert meeting.items[0].title == "SEND update"
    assert "Written statement of action" in meeting.items[0].agenda_text
    with pytest.raises(NotModernGov, match="empty answer"):
        parse_meeting(b"  \r\n")


# -- the meeting page ---------------------------------------------------------------------------


def test_meeting_page_gives_meeting_pdfs_item_documents_and_decision_links():
    url = "https://democracy.gloucester.gov.uk/ieListDocuments.aspx?CId=129&MId=7837"
    page = parse_meeting_page((PAGES / "ieListDocuments_7837.html").read_bytes(), url)
    assert page.heading == "Agenda and minutes"
    labels = [link.label for link in page.meeting_documents]
    assert labels == ["Public reports pack", "Printed minutes", "Printed decisions"]  # size suffix dropped
    minutes = page.meeting_documents[1]
    assert minutes.url == ("https://democracy.gloucester.gov.uk/documents/g7837/"
                           "Printed%20minutes%2021st-Nov-2025%2012.30%20Cabinet.pdf?T=1")
    wanted = ["printed minutes", "printed draft minutes", "printed decisions"]
    assert [meeting_document_kind(link, wanted) for link in page.meeting_documents] == [None, "printed minutes", "printed decisions"]
    assert is_derived_pack(page.meeting_documents[0]) and not is_derived_pack(minutes)

    assert [item.number for item in page.items] == ["50.", "51.", "52.", "55."]
    reorganisation = page.items[-1]
    assert reorganisation.title == "Final Proposals for Local Government Reorganisation in Gloucestershire"
    assert reorganisation.agenda_item_id == 44127
    assert [link.attachment_id for link in reorganisation.documents] == [65412, 65413, 65414, 65415, 65416, 65417]
    assert reorganisation.documents[2].label == "Appendix 2 Option 2 - East/West 2 Unitary"
    assert [link.url.rsplit("/", 1)[1] for link in reorganisation.decisions] == ["ieDecisionDetails.aspx?AIId=44127"]
    assert page.items[2].title == "Public Question Time (15 minutes)" and page.items[2].agenda_item_id is None


# -- URLs and names -----------------------------------------------------------------------------


def test_one_document_has_one_key_whatever_its_url():
    converted = "https://democracy.Gloucester.gov.uk/mgConvert2PDF.aspx?ID=65461"
    published = "https://democracy.gloucester.gov.uk/documents/s65461/Cabinet - Public Questions.pdf"
    assert attachment_id(converted) == attachment_id(published) == 65461
    assert document_key(converted) == document_key(clean_href(published, "")) == "attachment:65461"
    assert normalise(converted) == "https://democracy.gloucester.gov.uk/mgConvert2PDF.aspx?ID=65461"
    assert normalise("HTTPS://Example.org:443/a b#frag") == "https://example.org/a%20b"
    assert clean_href("documents/g1/Printed minutes\r\n08th-Jan.pdf?T=1", "https://x.gov.uk/mg/ieListDocuments.aspx") == \
        "https://x.gov.uk/mg/documents/g1/Printed%20minutes08th-Jan.pdf?T=1"
    assert clean_href("documents/s1/a%20b.pdf", "https://x.gov.uk/") == "https://x.gov.uk/documents/s1/a%20b.pdf"


def test_names_follow_the_corpus_layout():
    assert slugify("Children's Services Overview and Scrutiny Committee") == "children-s-services-overview-and-scrutin"
    assert slugify("Improvement and Scrutiny Committee - People") == "improvement-and-scrutiny-committee-peopl"
    assert safe_stem("Appendix 2 Option 2 - East/West 2: Unitary?") == "Appendix 2 Option 2 - East West 2 Unitary"


@pytest.mark.parametrize("keyword, text, hit", [
    ("SEND", "SEND Improvement Update", True),
    ("SEND", "Please send questions by noon", False),
    ("SEND", "SENDIASS annual report", False),
    ("SEN", "SEN support in schools", True),
    ("area SEND inspection", "Outcome of the Area SEND Inspection", True),
    ("written statement of action", "Written Statement of\nAction progress", True),
    ("special educational needs", "Special Educational Needs and Disabilities", True),
    ("EHCP", "ehcp timeliness", False),
])
def test_keywords_match_phrases_and_capitals_mean_capitals(keyword, text, hit):
    assert bool(keyword_pattern(keyword).search(text)) is hit


# -- sources.yml ----------------------------------------------------------------------------------


def test_the_repository_sources_file_is_valid_and_polite():
    sources = load_sources(REPO / "corpus" / "sources.yml")
    slugs = [c.slug for c in sources.councils]
    assert {"kent", "slough", "thurrock"} <= set(slugs) and len(slugs) >= 8
    assert "Minutes Miner" in sources.settings.user_agent and "https://" in sources.settings.user_agent
    assert sources.settings.delay_seconds >= 1.0
    assert sources.settings.timeout_seconds >= 10 and sources.settings.retries >= 1
    for council in sources.councils:
        assert council.base_url.startswith("https://"), council.slug
        assert "SEND" in council.keywords and "written statement of action" in council.keywords
        assert council.committee_matches("Cabinet")


@pytest.mark.skipif(not REFERENCE.is_file() or not (SHARED / "corpus").is_dir(), reason="needs ../shared beside the clone")
def test_sources_use_official_codes_and_cover_the_councils_in_the_shared_corpus():
    from pipeline.councils import CouncilIndex

    with open(REFERENCE, newline="", encoding="utf-8") as handle:
        codes = {row["local-authority-code"]: row for row in csv.DictReader(handle)}
    councils = load_sources(REPO / "corpus" / "sources.yml").councils
    for council in councils:
        row = codes[council.local_authority_code]
        assert row["gss-code"] == council.gss_code, council.slug
        assert not row["end-date"], f"{council.slug}: {row['official-name']} no longer exists"
    # Every council folder of the shared corpus that is a current SEND area is in sources.yml.
    index = CouncilIndex(REFERENCE)
    listed = {c.local_authority_code for c in councils}
    for folder in (SHARED / "corpus").iterdir():
        code = index.code_for(None, folder.name) if folder.is_dir() else None
        if code and not codes[code]["end-date"] and codes[code]["local-authority-type"] in ("CTY", "UA", "MD", "LBO", "SRA"):
            assert code in listed, folder.name


def minimal_sources(tmp_path: Path, **council) -> Path:
    data = {"defaults": {"project_url": "https://example.org/mm", "window": {"from": "2024-01-01"},
                         "committees": ["Cabinet"], "keywords": ["SEND"]},
            "councils": [{"name": "X Council", "slug": "x", "local_authority_code": "XXX", "gss_code": "E06000001",
                          "base_url": "https://democracy.x.gov.uk", **council}]}
    path = tmp_path / "sources.yml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("change, message", [
    ({"gss_code": "12345"}, "gss_code"),
    ({"base_url": "democracy.x.gov.uk"}, "base_url"),
    ({"committees": ["(unclosed"]}, "regular expression"),
    ({"window": {"from": "2024-01-01", "to": "2023-01-01"}}, "before window.from"),
    ({"slug": "Not A Slug"}, "slug"),
])
def test_mistakes_in_sources_name_the_council_and_key(tmp_path, change, message):
    with pytest.raises(SourcesError, match=message):
        load_sources(minimal_sources(tmp_path, **change))


def test_extra_keywords_add_to_the_defaults(tmp_path):
    council = load_sources(minimal_sources(tmp_path, extra_keywords=["statutory direction"])).councils[0]
    assert council.keywords == ["SEND", "statutory direction"]
    assert council.base_url == "https://democracy.x.gov.uk/"


def args(corpus: Path, sources: Path | None, **overrides) -> argparse.Namespace:
    return argparse.Namespace(**{"corpus": str(corpus), "sources": str(sources) if sources else None,
                                 "council": None, "offline": False, "delay": None, **overrides})


def test_bad_usage_returns_non_zero_with_a_message(tmp_path, capsys):
    assert pull.main(args(tmp_path / "corpus", tmp_path / "missing.yml")) == 2
    assert "does not exist" in capsys.readouterr().err
    broken = tmp_path / "broken.yml"
    broken.write_text("councils: [unclosed", encoding="utf-8")
    assert pull.main(args(tmp_path / "corpus", broken)) == 2
    assert "not valid YAML" in capsys.readouterr().err
    assert pull.main(args(tmp_path / "corpus", minimal_sources(tmp_path), council=["nowhere"])) == 2
    assert "no council with slug nowhere" in capsys.readouterr().err
    assert pull.main(args(tmp_path / "corpus", minimal_sources(tmp_path), delay=-1.0)) == 2


def test_sources_default_to_the_corpus_folder_then_the_repository(tmp_path, monkeypatch):
    from pipeline.pull.sources import find_sources

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    repo_default = tmp_path / "repo-sources.yml"
    repo_default.write_text("x", encoding="utf-8")
    assert find_sources(corpus, None, repo_default) == repo_default
    (corpus / "sources.yml").write_text("x", encoding="utf-8")
    assert find_sources(corpus, None, repo_default) == corpus / "sources.yml"


# -- offline ---------------------------------------------------------------------------------------


def test_offline_env_skips_the_pull_without_a_request(tmp_path, server, monkeypatch, capsys):
    monkeypatch.setenv("OFFLINE", "1")
    sources = minimal_sources(tmp_path, base_url=server.url_for("/"))
    assert pull.main(args(tmp_path / "corpus", sources)) == 0
    assert "pull skipped" in capsys.readouterr().err
    assert server.log == []
    monkeypatch.delenv("OFFLINE")
    assert pull.main(args(tmp_path / "corpus", None, offline=True)) == 0  # needs no sources file either
    assert "the build will use what" in capsys.readouterr().err


def test_connection_refused_skips_fast_and_touches_nothing(tmp_path, capsys, no_sleep):
    with socket.socket() as probe:  # a port with nobody listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    councils = [{"name": f"C{i}", "slug": f"c{i}", "local_authority_code": "XXX", "gss_code": "E06000001",
                 "base_url": f"http://127.0.0.1:{port}/"} for i in range(4)]
    path = tmp_path / "sources.yml"
    path.write_text(yaml.safe_dump({"defaults": {"project_url": "https://example.org/mm", "window": {"from": "2024-01-01"},
                                                 "committees": ["Cabinet"], "keywords": ["SEND"], "retries": 5,
                                                 "delay_seconds": 1},
                                    "councils": councils}), encoding="utf-8")
    corpus = tmp_path / "corpus"

    assert pull.main(args(corpus, path)) == 0

    err = capsys.readouterr().err
    assert "no network" in err and "pull skipped" in err
    assert all(wait <= 1.0 for wait in no_sleep)  # the pacing delay only: no back-off (retries: 5 would wait 2, 4, 8 s)
    assert not corpus.exists() or not any(corpus.iterdir())


def test_dns_failure_is_not_retried_and_the_run_stops_trying(tmp_path, monkeypatch, capsys, no_sleep):
    lookups: list[str] = []

    def no_dns(host, *rest, **kwargs):
        lookups.append(host)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    councils = [{"name": f"C{i}", "slug": f"c{i}", "local_authority_code": "XXX", "gss_code": "E06000001",
                 "base_url": f"https://democracy.council{i}.invalid/"} for i in range(5)]
    path = tmp_path / "sources.yml"
    path.write_text(yaml.safe_dump({"defaults": {"project_url": "https://example.org/mm", "window": {"from": "2024-01-01"},
                                                 "committees": ["Cabinet"], "keywords": ["SEND"]},
                                    "councils": councils}), encoding="utf-8")

    namespace = args(tmp_path / "corpus", path)
    assert pull.main(namespace) == 0

    assert namespace.offline is True  # so the CLI skips its own network work (the councils table)
    assert len(lookups) == pull.OFFLINE_AFTER  # one lookup per council tried, then the run gives up
    err = capsys.readouterr().err
    assert "DNS lookup failed" in err and "pull skipped" in err


# -- the client ----------------------------------------------------------------------------------


def test_retry_after_accepts_seconds_and_http_dates():
    assert retry_after("120") == 120.0
    assert retry_after(None) is None and retry_after("soon") is None
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=90)
    assert 80 <= retry_after(later.strftime("%a, %d %b %Y %H:%M:%S GMT")) <= 91


def test_missing_robots_allows_and_unavailable_robots_disallows(server, no_sleep):
    server.expect_request("/robots.txt").respond_with_data("gone", status=404)
    with PoliteClient(settings(), Hosts()) as client:
        assert client.allowed(server.url_for("/anything"))
    server.clear()
    server.expect_request("/robots.txt").respond_with_data("down", status=503)
    with PoliteClient(settings(), Hosts()) as client:
        assert not client.allowed(server.url_for("/anything"))  # RFC 9309: unreachable means disallow
    assert len(server.log) == 3  # one 503, retried twice


def test_robots_crawl_delay_slows_the_client_down(server, monkeypatch):
    recorded: list[float] = []
    clock = [0.0]
    monkeypatch.setattr(pull_http, "pause", lambda s: (recorded.append(round(s, 3)), clock.__setitem__(0, clock[0] + s)))
    monkeypatch.setattr(pull_http, "now", lambda: clock[0])
    server.expect_request("/robots.txt").respond_with_data("User-agent: *\nCrawl-delay: 5\n")
    server.expect_request("/a").respond_with_data("a")
    with PoliteClient(settings(delay_seconds=1.0), Hosts()) as client:
        client.get(server.url_for("/a"))
        client.get(server.url_for("/a"))
    assert recorded == [5.0, 5.0]  # robots.txt is read first, so its delay applies to every request after it


def test_client_sends_validators_and_reports_304(server, no_sleep):
    server.expect_request("/robots.txt").respond_with_data("", status=404)
    server.expect_request("/doc", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    with PoliteClient(settings(), Hosts()) as client:
        fetched = client.get(server.url_for("/doc"), {"etag": '"v1"', "last_modified": "Tue, 25 Nov 2025 09:00:00 GMT"})
    assert fetched.not_modified and fetched.body is None
    request = server.log[-1][0]
    assert request.headers["If-Modified-Since"] == "Tue, 25 Nov 2025 09:00:00 GMT"
    assert "Minutes Miner" in request.headers["User-Agent"]


# -- URL shapes and page types seen on real sites ---------------------------------------------------

KIRKLEES = MODERNGOV / "kirklees"


def test_url_shapes_seen_on_real_sites():
    from pipeline.pull.pages import decision_stem, is_decision_link
    from pipeline.pull.urls import meeting_page_id

    assert attachment_id("https://cyngor.example.gov.uk/ceconvert2pdf.aspx?ID=123") == 123  # Welsh sites
    assert document_key("https://x.gov.uk/ceconvert2pdf.aspx?ID=123") == document_key("https://x.gov.uk/documents/s123/a.pdf")
    assert meeting_page_id("https://x.gov.uk/ieListDocuments.aspx?CId=151&MID=4832") == 4832
    assert meeting_page_id("https://x.gov.uk/ieListDocuments.aspx?CId=151&MId=4832") == 4832
    assert meeting_page_id("https://x.gov.uk/CeListDocuments.aspx?CId=151&MId=77") == 77
    assert meeting_page_id("https://x.gov.uk/mgIssueHistoryHome.aspx?IId=6535") is None
    assert is_decision_link("mgDecisionDetails.aspx?IId=6535") and is_decision_link("ieDecisionDetails.aspx?ID=1")
    assert decision_stem("https://x.gov.uk/mgDecisionDetails.aspx?IId=6535") == "mgDecisionDetails-IId-6535"
    assert decision_stem("https://x.gov.uk/ieDecisionDetails.aspx?ID=13149") == "ieDecisionDetails-13149"


@needs_fixtures
@pytest.mark.parametrize("name", ["modgov_decision_detail.html", "modgov_decision_detail_no_documents.html",
                                  "modgov_decision_multi_paragraph.html", "modgov_decisions_list.html"])
def test_real_kirklees_pages_are_not_meeting_pages(name):
    from pipeline.pull.pages import looks_like_meeting_page

    assert not looks_like_meeting_page((KIRKLEES / name).read_bytes())
    assert looks_like_meeting_page((PAGES / "ieListDocuments_7837.html").read_bytes())


@needs_fixtures
def test_real_kirklees_decision_pages_and_lists():
    from pipeline.pull.pages import decided_at, decision_documents, decision_title, parse_decision_list

    url = "https://democracy.kirklees.gov.uk/ieDecisionDetails.aspx?ID=13149"
    detail = (KIRKLEES / "modgov_decision_detail.html").read_bytes()
    assert decision_title(detail) == "Minutes of Previous Meeting"
    documents = decision_documents(detail, url)
    assert [(d.label, d.attachment_id) for d in documents] == [("polc2 - 23.09.2015", 7942)]
    found = decided_at(detail, url)
    assert (found.meeting_id, str(found.date), found.committee) == (4832, "2015-10-19", "Policy Committee")
    assert decision_documents((KIRKLEES / "modgov_decision_detail_no_documents.html").read_bytes(), url) == []

    listed = parse_decision_list((KIRKLEES / "modgov_decisions_list.html").read_bytes(), url)
    assert [(d.url.rsplit("=", 1)[1], str(d.date)) for d in listed] == [("13567", "2025-04-01"), ("13149", "2025-11-03")]
    assert listed[0].title.startswith("Settlement Agreement with Network Rail") and "ref:" not in listed[0].title
    officer = parse_decision_list((KIRKLEES / "modgov_officer_decisions_list.html").read_bytes(), url)
    assert [(d.title, str(d.date)) for d in officer] == [("Admission of the Public", "2025-11-03")]


@pytest.mark.parametrize("doc, item, text, meeting, expected", [
    ("6 - CHAIR APPROVED  Minutes Audit Committee 25 Nov 2025", "Minutes", "", dt.date(2026, 2, 10), "2025-11-25"),
    ("Minutes", "Minutes of the previous meeting", "To approve the minutes of the meeting held on 3rd March, 2025.",
     dt.date(2025, 4, 1), "2025-03-03"),
    ("polc2 - 23.09.2015", "Minutes of Previous Meeting", "", dt.date(2015, 10, 19), "2015-09-23"),
    ("Printed minutes 21st-Nov-2025 12.30 Cabinet", "", "", dt.date(2025, 11, 21), None),  # its own meeting
    ("SEND report 25 Nov 2025", "SEND strategy", "", dt.date(2026, 2, 10), None),  # not minutes
])
def test_minutes_name_the_meeting_they_record(doc, item, text, meeting, expected):
    from pipeline.pull.pages import recorded_meeting

    found = recorded_meeting(doc, item, text, meeting)
    assert (found[0].isoformat() if found else None) == expected
