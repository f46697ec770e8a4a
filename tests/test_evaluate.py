"""The scorer follows the guidelines' rules on small made-up cases."""

from __future__ import annotations

from pipeline.evaluate import match_texts, name_key, overlap_f1, score


def test_name_key_drops_honorifics_and_postnominals():
    assert name_key("Mr R W Gough") == name_key("Roger Gough") == "gough r"
    assert name_key("Cllr Jane Smith OBE") == "smith j"
    assert name_key("McKay") == "mckay"


def test_text_match_needs_overlap_of_0_8_and_is_one_to_one():
    assert overlap_f1("the plan be noted".split(), "the plan be noted".split()) == 1.0
    pairs = match_texts([{"text": "Agree the plan."}, {"text": "agree the plan"}], [{"text": "Agree the plan"}])
    assert len(pairs) == 1
    assert match_texts([{"text": "Note the report"}], [{"text": "Approve the budget for 2025"}]) == []


def test_score_counts_dates_people_and_kinds():
    gold = {"a.pdf": {"meeting": {"date": "2025-01-30"},
                      "resolutions": [{"text": "Note the report", "kind": "resolution"}],
                      "weaknesses": [], "events": [],
                      "dates": [{"start": "2025-01-30", "end": None}, {"start": "2019-03", "end": None}],
                      "people": [{"name": "Jane Smith", "kind": "officer"}]}}
    pred = {"a.pdf": {"meeting_date": "2025-01-30",
                      "resolutions": [{"text": "note the report.", "kind": "recommendation"}],
                      "weaknesses": [], "events": [],
                      "dates": [{"start_date": "2025-01-30", "end_date": None}, {"start_date": "2020-01", "end_date": None}],
                      "people": [{"name": "Ms J Smith", "kind": "member"}]}}
    result = score(pred, gold)["scores"]
    assert result["resolutions"]["f1"] == 1.0
    assert result["resolution_kind"]["accuracy"] == 0.0
    assert (result["dates"]["tp"], result["dates"]["fp"], result["dates"]["fn"]) == (1, 1, 1)
    assert result["people"]["f1"] == 1.0
    assert result["officers"]["recall"] == 0.0
    assert result["meeting_date"]["accuracy"] == 1.0


def test_one_batch_is_scored_alone_by_a_glob_on_its_paths():
    from pipeline.evaluate import only_documents

    gold = {"york/round5-2024-x/page.html": {}, "york/round6-2024-y/page.html": {}, "kent/2019-z/report.pdf": {}}
    assert list(only_documents(gold, "*/round6-*")) == ["york/round6-2024-y/page.html"]
    assert list(only_documents(gold, "york/*")) == ["york/round5-2024-x/page.html", "york/round6-2024-y/page.html"]
    assert only_documents(gold, "*/round7-*") == {}


def _eval_args(tmp_path, **overrides):
    import argparse

    values = dict(gold=str(tmp_path / "gold"), documents=None, raise_floors=False, no_build=True,
                  db=str(tmp_path / "none.db"), quiet=True, out=str(tmp_path / "eval.json"))
    values.update(overrides)
    return argparse.Namespace(**values)


def test_a_batch_with_no_document_or_raising_floors_is_refused_with_a_reason(tmp_path, capsys):
    import json

    from pipeline.evaluate import main

    folder = tmp_path / "gold" / "york" / "round5-2024-x"
    folder.mkdir(parents=True)
    (folder / "page.gold.json").write_text(json.dumps({"document": "york/round5-2024-x/page.html"}))
    assert main(_eval_args(tmp_path, documents="*/round9-*")) == 2
    assert "no gold document's path matches '*/round9-*'" in capsys.readouterr().err
    assert main(_eval_args(tmp_path, documents="*/round5-*", raise_floors=True)) == 2
    assert "--raise-floors needs the whole gold set" in capsys.readouterr().err


def test_floors_are_raised_only_from_the_gold_they_were_measured_on(tmp_path, capsys):
    from pipeline.evaluate import main
    from pipeline.floors import FLOORS_FILE

    before = FLOORS_FILE.read_text()
    (tmp_path / "gold").mkdir()
    assert main(_eval_args(tmp_path, raise_floors=True)) == 2
    assert "--raise-floors is only for that gold" in capsys.readouterr().err
    assert FLOORS_FILE.read_text() == before
