"""Official outcomes beside the papers: the files read, the codes joined, the verdicts and views.

Small reference folders and databases written here test the rules; the shared
reference folder (../shared/reference) is loaded in full by the shared build.
"""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from pipeline import load
from pipeline.approvals import approver
from pipeline.build import Workspace, build
from pipeline.official import read
from pipeline.official.sources import SOURCES, find, refresh
from pipeline.schema import VIEW_SQL, VIEWS
from pipeline.send_terms import about_send
from tests.conftest import need_shared

MYSOCIETY_HEADER = ("local-authority-code,official-name,nice-name,gss-code,start-date,end-date,nation,region,"
                    "local-authority-type-name,alt-names,former-gss-codes,gov-uk-slug,old-ons-la-code\n")
OFSTED_2016_HEADER = (
    "Web link to Ofsted local authority webpage,Local authority code,Area name,Ofsted region,Inspection start date,"
    "Inspection publication date,Inspection outcome: written statement of action required?,"
    "Number significant weaknesses identified in written statement of action,Revisit start date,"
    "Revisit publication date,Revisit outcome: sufficient progress in addressing all significant weaknesses?,"
    "Number significant weaknesses where sufficient progress has been made,"
    "Number significant weaknesses where sufficient progress has not been made\n")
D2I_HEADER = ("URN,La Code,Region Code,LTLA23CD,Local Authority,Previous Inspection Date,Inspection Start Date,"
              "Inspection End Date,Outcome Grade,Inspection Outcome Text,Publication Date,Next Inspection,"
              "Next Inspection By Date,Inspection Link\n")


def write_reference(folder):
    """Two invented boroughs; Northby's GSS code changed in 2025, its 2016 row uses the old one."""
    (folder / "send_outcomes").mkdir(parents=True)
    (folder / "uk_local_authorities_future.csv").write_text(
        MYSOCIETY_HEADER
        + "NBY,Northby Metropolitan Borough Council,Northby,E08000901,,,England,North West,Metropolitan district,,,northby,\n"
        + "SBY,Southby Borough Council,Southby,E09000902,,,England,London,London borough,,,southby,902\n")
    (folder / "send_outcomes" / "dfe_las.csv").write_text(
        "new_la_code,la_name,date_of_operation,date_of_termination,parent_geography_code,entity_code,"
        "entity_description,status,old_la_code\n"
        "E08000901,Northby,01/01/2009,30/04/2025,E12000002,E08,Metropolitan Districts,terminated,901\n"
        "E08000999,Northby,01/05/2025,,E12000002,E08,Metropolitan Districts,live,901\n"
        "E09000902,Southby,01/01/2009,,E12000007,E09,London Boroughs,live,902\n")
    (folder / "send_outcomes" / "ofsted_area_send_2016_to_2022-08-31.csv").write_text(
        OFSTED_2016_HEADER
        + "Ofsted LA Webpage,E08000901,Northby,North West,2018-03-12,2018-05-01,Yes,4.0,2020-01-13,2020-03-02,Some,2.0,2.0\n"
        + "Ofsted LA Webpage,E09000902,Southby,London,2017-06-05,2017-07-20,No,,,,,,\n")
    (folder / "send_outcomes" / "d2i_area_send_2023_framework_2026-06-29.csv").write_text(
        D2I_HEADER
        + "99902,902,L,E09000902,southby,05/06/2017,03/03/25,07/03/25,3.0,There are widespread and/or systemic "
          "failings leading to significant concerns.,02/05/25,18 months,03/09/26,ofsted.gov.uk/50299999\n")
    (folder / "send_outcomes" / "adcs_send_outcomes_summary_2016-05_to_2022-07.csv").write_text(
        "LA,Region,Type,Visit Date,Publication Date,Link to visit report,Written Statement of Action\n"
        "Northby,NW,SEND,2018-03-12,2018-05-01,Report,Yes\n")


MINUTES = """Minutes of the Cabinet held on 30 January 2021.
SEND local area inspection
The local area was inspected by Ofsted and the CQC between 12 and 16 March 2018.
The Written Statement of Action was approved by Ofsted on 14 September 2018.
Ofsted and the CQC revisited the local area in January 2020.
RESOLVED that the SEND improvement report be noted.
"""


@pytest.fixture(scope="module")
def small_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("official")
    reference = root / "reference"
    write_reference(reference)
    corpus = root / "corpus"
    doc = corpus / "northby" / "2021-01-30-cabinet" / "minutes.txt"
    doc.parent.mkdir(parents=True)
    doc.write_text(MINUTES)
    ws = Workspace(corpus=corpus, work=root / "work", db=root / "minutes.db", reference=reference)
    build(ws, jobs=1)
    conn = sqlite3.connect(ws.db)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def test_reference_folder_is_read_and_codes_follow_changes(small_build):
    northby = small_build.execute("select * from councils where code = 'NBY'").fetchone()
    assert (northby["gss_code"], northby["dfe_la_number"], northby["send_area"]) == ("E08000999", "901", 1)
    assert northby["former_gss_codes"] == "E08000901"
    # the old code still finds the council
    assert small_build.execute("select council_code from council_gss_codes where gss_code = 'E08000901'").fetchone()[0] == "NBY"
    rows = {(r["council_code"], r["framework"]): r for r in small_build.execute("select * from official_outcomes")}
    assert set(rows) == {("NBY", "2016"), ("SBY", "2016"), ("SBY", "2023")}
    north = rows[("NBY", "2016")]
    assert (north["inspection_start"], north["wsoa_required"], north["significant_weaknesses"],
            north["revisit_start"], north["revisit_outcome"]) == ("2018-03-12", 1, 4, "2020-01-13", "some")
    south = rows[("SBY", "2023")]
    assert (south["inspection_start"], south["inspection_end"], south["outcome_grade"], south["next_inspection_due"]) == \
        ("2025-03-03", "2025-03-07", 3, "2026-09-03")
    assert south["report_url"] == "https://files.ofsted.gov.uk/v1/file/50299999"


def test_adcs_summary_is_never_loaded(small_build):
    files = [r[0] for r in small_build.execute("select file from official_sources")]
    assert files and not any("adcs" in f for f in files)
    assert not small_build.execute("select count(*) from official_outcomes where source_file like '%adcs%'").fetchone()[0]


def test_milestones_checked_against_the_official_record(small_build):
    checks = {r["type"]: r for r in small_build.execute("select * from milestone_checks")}
    assert checks["inspection"]["verdict"] == "agree"
    assert checks["inspection"]["official_date"] == "2018-03-12"
    assert checks["revisit"]["verdict"] == "agree"  # January 2020, officially 13 January
    assert checks["revisit"]["precision"] == "month"
    assert checks["inspection"]["page_link"].startswith("page_view?document_id=")


def test_area_summary_has_every_send_area(small_build):
    rows = {r["council_code"]: r for r in small_build.execute("select * from area_summary")}
    assert set(rows) == {"NBY", "SBY"}  # Southby has no papers and is there all the same
    assert rows["SBY"]["documents"] == 0 and rows["SBY"]["grade_2023"] == 3
    north = rows["NBY"]
    assert north["official_weaknesses"] == 4 and north["official_revisit_outcome"] == "some"
    assert north["wsoa_approved"] == "2018-09-14" and north["wsoa_approved_by"] == "Ofsted"
    assert north["months_to_wsoa_approved"] == pytest.approx(6.1, abs=0.1)
    assert north["months_to_revisit"] == pytest.approx(22.1, abs=0.1)
    assert north["dates_out_of_order"] is None


def test_resolutions_flagged_about_send(small_build):
    assert [r[0] for r in small_build.execute("select about_send from resolutions")] == [1]


# --- verdict rules on small cases -------------------------------------------------------------

def checks_for(events: list[tuple[str, str]], official: dict, sources=(("2016", "2016-05-01", "2022-08-31"),)):
    db = sqlite_utils.Database(memory=True)
    load.create_tables(db)
    db["councils"].insert({"code": "AAA", "name": "Aaa Council", "send_area": 1})
    db["documents"].insert({"id": 1, "path": "a.txt", "council": "Aaa Council", "council_code": "AAA"})
    db["events"].insert_all(
        {"id": n, "document_id": 1, "council_code": "AAA", "type": kind, "start_date": date, "page": 1}
        for n, (kind, date) in enumerate(events, start=1))
    db["official_outcomes"].insert({"id": 1, "council_code": "AAA", **official}, alter=True)
    db["official_sources"].insert_all(
        {"file": f"f{framework}", "framework": framework, "covers_from": start, "covers_to": end,
         "milestones": "inspection,outcome-letter,revisit,revisit-outcome"} for framework, start, end in sources)
    db.create_view("milestone_checks", VIEW_SQL["milestone_checks"])
    return [(r["extracted_date"], r["verdict"], r["days_apart"])
            for r in db.query("select * from milestone_checks order by event_id")]


def test_verdict_days_within_the_inspection_week_agree():
    official = {"framework": "2023", "inspection_start": "2024-03-04", "inspection_end": "2024-03-08"}
    sources = (("2023", "2023-01-01", "2026-06-29"),)
    assert checks_for([("inspection", "2024-03-04"), ("inspection", "2024-03-08"), ("inspection", "2024-03-11")],
                      official, sources) == [("2024-03-04", "agree", 0), ("2024-03-08", "agree", 0),
                                             ("2024-03-11", "conflict", 3)]


def test_verdict_2016_week_is_five_days_and_months_agree_by_month():
    official = {"framework": "2016", "inspection_start": "2019-01-28", "publication_date": "2019-04-10"}
    assert checks_for([("inspection", "2019-02-01"), ("inspection", "2019-01"), ("inspection", "2018-12"),
                       ("outcome-letter", "2019-04"), ("outcome-letter", "2019-04-03")], official) == [
        ("2019-02-01", "agree", 0), ("2019-01", "agree", 0), ("2018-12", "conflict", -28),
        ("2019-04", "agree", 0), ("2019-04-03", "conflict", -7)]


def test_verdict_no_official_record():
    official = {"framework": "2016", "inspection_start": "2019-01-28"}
    # no re-visit in the record; an inspection after the statistics end; one before they begin
    assert checks_for([("revisit", "2021-05-10"), ("inspection", "2023-06-05"), ("inspection", "2014-06")],
                      official) == [("2021-05-10", "no official record", None),
                                    ("2023-06-05", "no official record", 1585),
                                    ("2014-06", "no official record", -1673)]


def test_view_columns_are_the_documented_ones(small_build):
    for name, spec in VIEWS.items():
        columns = [r[1] for r in small_build.execute(f"pragma table_info({name})")]
        assert columns == list(spec["columns"]), name


# --- reading and refreshing ---------------------------------------------------------------------

def test_dates_and_flags_read_from_every_layout():
    assert read.iso_date("2021-09-20") == "2021-09-20"
    assert read.iso_date("02/02/26") == "2026-02-02"
    assert read.iso_date("27/03/2023") == "2023-03-27"
    assert [read.iso_date(v) for v in ("01/01/1900", "NA", "", "Not revisited yet", "31/02/2024")] == [None] * 5
    assert read.grade_of("Widespread and/or systemic failings") == 3
    assert read.grade_of("Typically positive experiences and outcomes") == 1
    assert read.number("2.0") == 2 and read.number("NA") is None


def test_refresh_uses_conditional_requests(tmp_path, httpserver):
    import httpx

    from pipeline.official import sources as sources_module

    las = SOURCES[3]
    assert las.key == "dfe_las"
    body = "new_la_code,la_name,old_la_code\nE09000902,Southby,902\n"
    httpserver.expect_request("/las.csv", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    httpserver.expect_request("/las.csv").respond_with_data(body, headers={"ETag": '"v1"'})
    httpserver.expect_request("/page.html").respond_with_data(
        "<html><body><table><tr><th>URN</th><th>Inspection Start Date</th></tr>"
        "<tr><td>1</td><td>02/02/26</td></tr></table></body></html>")
    httpserver.expect_request("/lookup.csv").respond_with_data("<html>not found</html>")
    httpserver.expect_request("/mi.csv").respond_with_data("", status=404)
    urls = {"dfe_las": "/las.csv", "d2i_2023": "/page.html", "ofsted_urns": "/lookup.csv", "ofsted_mi_2023": "/mi.csv"}
    original = list(sources_module.SOURCES)
    sources_module.SOURCES[:] = [s.__class__(**{**s.__dict__, "url": httpserver.url_for(urls[s.key])})
                                 if s.key in urls else s for s in original]
    try:
        with httpx.Client() as client:
            first = refresh(tmp_path, client=client)
            second = refresh(tmp_path, client=client)
    finally:
        sources_module.SOURCES[:] = original
    assert first["dfe_las"] == "updated" and second["dfe_las"] == "unchanged"
    assert (tmp_path / "reference" / "send_outcomes" / "dfe_las.csv").read_text() == body
    assert first["d2i_2023"] == "updated"
    converted = find(original[2], None, tmp_path)
    assert converted.parent == tmp_path / "reference" / "send_outcomes" and "Inspection Start Date" in converted.read_text()
    assert first["ofsted_urns"].startswith("not refreshed") and first["ofsted_mi_2023"].startswith("not refreshed")
    assert first["ofsted_2016"] == "final (not refreshed)"


# --- who approved, and what is about SEND -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Written Statement of Action was approved by Ofsted on 18 October 2019.", "Ofsted"),
    ("Lead Members noted the approval by Cabinet in February 2022 of a Written Statement of Action.", "Cabinet"),
    ("The WSoA will be signed off by the Health and Wellbeing Board on 24 July 2018 before going to Ofsted.",
     "Health and Wellbeing Board"),
    ("If the DfE/NHS England agree this we should have confirmation by 12 July 2019.", "DfE and NHS England"),
    ("The WSoA was declared fit for purpose by Ofsted and CQC on 3 May 2019.", "Ofsted and CQC"),
    ("The plan will be finalised and signed off by them by 9 August 2019.", None),
])
def test_who_approved(text, expected):
    assert approver(text) == expected


def test_about_send_reads_the_clause_and_its_item():
    page = "7. SEND Written Statement of Action progress\nThe report was presented.\n"
    assert about_send("That the report be noted.", page + "That the report be noted.", len(page)) == 1
    assert about_send("Agree the capital budget changes.", "Budget 2025-26\n", 15) == 0
    assert about_send("Officers will send the letter.", None, None) == 0  # send, the verb
    assert about_send("To note the SEND Strategy.", None, None) == 1


# --- the shared reference folder, loaded in full ------------------------------------------------

@pytest.fixture(scope="module")
def shared(shared_db):
    need_shared("reference", "send_outcomes")
    conn = sqlite3.connect(f"file:{shared_db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def test_shared_official_outcomes_every_code_resolves(shared):
    by_framework = dict(shared.execute("select framework, count(*) from official_outcomes group by 1").fetchall())
    assert by_framework["2016"] == 149 and by_framework["2023"] >= 96
    unresolved = shared.execute("""select area from official_outcomes o
                                   where not exists (select 1 from councils c where c.code = o.council_code)""").fetchall()
    assert not unresolved
    assert shared.execute("select count(*) from councils where send_area = 1 and dfe_la_number is null").fetchone()[0] == 0


def test_shared_areas_all_153_and_barnsley_old_code(shared):
    assert shared.execute("select count(*) from area_summary where send_area = 1").fetchone()[0] == 153
    assert shared.execute("select council_code from council_gss_codes where gss_code = 'E08000016'").fetchone()[0] == "BNS"
    assert shared.execute("select gss_code from councils where code = 'SHF'").fetchone()[0] == "E08000039"
    verdicts = {r[0] for r in shared.execute("select verdict from milestone_checks")}
    assert verdicts <= {"agree", "conflict", "no official record"} and "agree" in verdicts
