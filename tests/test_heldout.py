"""Generalisation check: extraction on documents the rules were NOT written against.

``tests/heldout/corpus`` holds short documents in the styles of councils that are
not in ../shared (Devon, Medway, Bristol, Leeds, Essex, Norfolk, Croydon, Tameside,
Stockport, Sunderland, Walsall, Lincolnshire, Wakefield, Cornwall, Bradford,
Hampshire, Barnet, Gloucestershire, Solihull, Rotherham, Kirklees and, in later
rounds, many more), and ``tests/heldout/gold`` the facts a careful reader takes from them under
../shared/gold/GUIDELINES.md. The gold was written before the extractors were run on
these documents and is not to be edited to match their output (only to fix a genuine
mistake against the guidelines). How the set was built, its first scores and its known
misses: tests/heldout/README.md.

The floors below sit a little under what the extractors achieve, so that a
change which helps ../shared/gold but hurts documents written differently
fails here. Raise them when the extractors get better; never lower them to
make a change pass without saying why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate import format_documents, format_table, headline, load_gold, load_predictions, score

HELDOUT = Path(__file__).resolve().parent / "heldout"

# F1 for fact types, accuracy for kind / themes / meeting date (see tests/heldout/README.md).
# Each batch was scored once before any rule was changed for it; those first runs are the
# generalisation estimate and are kept in the README. These floors sit just under the whole
# set's figures measured after the session-5 branches were merged (weak5, res5, ppl5; none of
# them saw the round5- documents), on 85 documents; the weaknesses and events floors were then
# lowered to just under the figures on all 101, when the blind round6- batch (16 new documents of
# councils no rule was written against) was added and scored with no extractor changed, and the
# events floor again on all 113 when the blind round7- batch (12 documents) was added, and the
# events, people, members and weaknesses floors on all 137 when the blind round8- and round9- batches (12
# documents each, written side by side) were added, and the resolutions, events and weaknesses floors on
# all 149 when the blind round10- batch (12 documents) was added, and the events and weaknesses floors on
# all 161 when the blind round11- batch (12 documents) was added:
FLOORS = {
    # Just under the whole set's figures (113 documents) after the session-6 merges. Each batch's first
    # run, before any rule changed for it, is in tests/heldout/README.md: round7- first ran at
    # resolutions 0.951, weaknesses 0.636, events 0.868, officers 0.941, members 0.947, meeting 0.833.
    # Lowered from 0.995 on the first run of round10- (whole set of 149: 0.991; new unseen documents, no
    # extractor changed); raised by other11 (tuned on round10-): whole set of 149 at 0.999.
    # Lowered from 0.997 on the first run of round13- (whole set of 185: 0.996, 487/1/3; new unseen documents, no
    # extractor changed).
    # Lowered from 0.995 on the first run of round14- (whole set of 197: 0.991, 517/2/7; new unseen documents,
    # scored with the extractors of bd2299a, none changed).
    # Raised by other14 (tuned on round13- and round14-): 209 at 0.999 (553/0/1).
    "resolutions": 0.99,  # 0.991 (2570/25/23) on 839 after session 12's merges (rounds 68- to 83-, 96 new unseen documents, each first run before any rule changed for it; text33, events36, weak34, weak35, weak37 to weak39, weak42, weak43, people41, res40); 0.990 (2172/23/21, just at 0.99) on 695 with round64- to round67- (36 new unseen documents written after the session's last rule; none changed for them); 0.995 (1659/7/10, just under 0.995) on 503 with round46- (new unseen long PDFs, final extractors of 48694b0, none changed for them); 0.997 (1514/3/5) on 449 after other24 (tuned on round39- and round40-); 0.994 (1506/4/13) on 449 after other23 (tuned on round34- to round38-); 0.997 (1449/3/5) on 431 after other23 (tuned on round34- to round38-; 0.990 before); 0.990 (1382/7/21) on 425 with round37- (new unseen documents, no extractor changed); 0.992 on 413 with round34- to round36- (new unseen documents, no extractor changed); 0.998 on 371 after other21 (tuned on round28- to round31-); 0.995 on 353 after other20 (tuned on round24- to round27-); 0.987 on 353 after other19 (tuned on round21- to round23-); 0.984 on 347 with round29- (new unseen documents); 0.988 on 317 with round25- (new unseen long PDFs); 0.995 on 287 with round21- and round22- (new unseen documents, no extractor changed); 1.000 on 161 after other12; 0.999 on 149 after other11; 0.991 on round10-'s first run; 1.000 after other8 (0.995 before) (round5- first ran at 0.899, round4- at 0.850)
    "resolution_kind": 0.99,  # 1.0; round4- first ran at 0.941
    "dates": 0.995,  # 1.000 on 173 after other13 (0.999 before); round7- first ran at 0.969, round6- at 0.976
    # Lowered on the first runs of round8- and round9- (137: 0.977) and of round10- (149: 0.983), raised by
    # other9 (tuned on round8-), other10 (round9-) and other11 (round10-); lowered for round11-'s first run
    # (161: 0.986, no extractor changed), then 0.991 on 161 after other11.
    # 0.99 when round12- came in (173: 0.994; new unseen documents).
    # 0.985 on the first run of round14- (197: 0.989, 766/6/11; new unseen documents, extractors of bd2299a).
    # 0.985 on the first run of round15- (209: 0.986, 824/9/14; new unseen documents).
    # other14 (tuned on round13- and round14-): 0.992 on 209 (829/5/9).
    # 0.975 on the first run of round16- (221: 0.978, 868/10/29; new unseen documents).
    # 0.98 on 221 after other14 (0.983, 873/6/24; round15- and round16- unread: 0.889 and 0.846 blind, unchanged).
    "events": 0.95,  # 0.955 (3369/115/201, just at 0.955) on 695 with round64- to round67- (36 new unseen documents written after the session's last rule; none changed for them); 0.959 (3197/103/171) on 659 with round56- to round63- (48 new unseen documents written after the session's last rule; none changed for them); 0.969 (2783/71/107) on 581 with round52- to round55- (new unseen documents, none changed for them); 0.974 (2644/65/76) on 551 with round47- to round51- (new unseen documents, extractors of 5385675, none changed for them); 0.979 (2412/48/55) on 503 with round46- (new unseen long PDFs, final extractors of 48694b0, none changed for them); 0.984 (2311/41/35) on 479 with round43- (new unseen documents, final extractors of 48694b0, none changed for it); 0.987 (2179/37/20) on 449 after other24 (tuned on round39- and round40-); 0.982 (2169/48/30) on 449 after other23 (tuned on round34- to round38-); 0.985 (2069/38/24) on 431 after other23 (tuned on round34- to round38-; 0.980 before); 0.973 on 425 with round37- (new unseen documents, no extractor changed); 0.978 on 413 with round34- to round36- (new unseen documents, no extractor changed); 0.984 on 377 with round33- (new unseen long PDFs); 0.988 on 353 after other19; 0.979 on 353 with round28- (new unseen long PDFs); 0.985 on 317 with round25- (new unseen long PDFs); 0.990 on 287 with round21- and round22- (new unseen documents, no extractor changed); 0.998 on 233 after other15 (0.982 before; tuned on round15- to round17-); 0.994 on 173 with round12-; 0.999 on 161 after other12 (tuned on round11-); 0.991 on 161 after other11; round6- first ran at 0.863, round7- at 0.868, round8- at 0.863, round9- at 0.915, round10- at 0.911 (0.933 blind after other10), round11- at 0.889 (0.889 blind after other11)
    # other13 (tuned on round12-): 0.999 on 173; 0.99 on 197 after other13 (0.994, 772/5/5).
    "meeting_date": 0.99,  # 0.994 on 659 with round56- to round63- (48 new unseen documents written after the session's last rule; none changed for them); 1.000 on 449 after other24 (tuned on round39- and round40-); 0.998 on 449 after other23 (tuned on round34- to round38-); 0.993 on 443 with round39- (new unseen documents, extractors of b85b423, none changed for it); 1.000 on 353 after other20; 1.0; round7- first ran at 0.833 (a date alone under the body's name, since read)
    # Lowered from 0.995 on the first run of round8- and round9- (whole set of 137: 0.991; new unseen documents,
    # no extractor changed).
    # Raised by other9 (tuned on round8- only): whole set of 137 at 0.998.
    # 0.995 when round12- came in (173: 0.997; new unseen documents).
    # 0.995 on the first run of round16- (221: 0.996, 1367/5/6; new unseen documents).
    # 0.99 on the first run of round17- (233: 0.992, 1432/9/13; new unseen documents, extractors of e7ce3b4).
    # 0.985 on the first run of round18- (245: 0.989, 1503/10/23; new unseen documents).
    # 0.99 on 245 after other15 (0.993, 1511/7/15; round18- unread: 0.928 blind, unchanged).
    # 0.995 on 245 after other16 (0.999, 1525/1/1; tuned on round15- to round18-).
    "people": 0.99,  # 0.993 (4810/25/41) on 695 with round64- to round67- (36 new unseen documents written after the session's last rule; none changed for them); 0.998 (3355/5/11) on 449 after people23 (tuned on round34- to round38-); 0.992 (3337/26/29) on 449 after people22 (tuned on round32- and round33-); 0.990 (3328/31/38) on 449 with round40- (new unseen long PDFs, extractors of a943f88, none changed for it); 0.994 on 413 with round34- to round36- (new unseen documents, no extractor changed); 0.998 on 371 after other21 (tuned on round28- to round31-); 0.995 on 371 after other20 (rounds 30 and 31 unread); 0.998 on 353 after other20 (tuned on round24- to round27-); 0.990 on 317 with round25- (new unseen long PDFs); 0.997 on 173 with round12-; 0.999 after other10 (0.998 before), 0.998 after other9 (0.991 before), 0.999 after other8 (0.995 before); round7- first ran at 0.973, people3- at 0.800, round8- at 0.913, round9- at 0.986
    # 0.99 on the first run of round14- (197: 0.995, 436/2/2; new unseen documents, extractors of bd2299a).
    # 0.99 on the first run of round15- (209: 0.994, 460/2/4; new unseen documents).
    # other14 (tuned on round13- and round14-): officers 0.997 (462/1/2) and people 0.998 on 209.
    # 0.99 on 221 after other14 (0.995, 487/3/2).
    # 0.985 on the first run of round18- (245: 0.989, 539/4/8; new unseen documents).
    # 0.995 on 245 after other16 (1.000, 547/0/0).
    "officers": 0.975,  # 0.976 (2378/69/49) on 839 after session 12's merges (rounds 68- to 83-, 96 new unseen documents, each first run before any rule changed for it; text33, events36, weak34, weak35, weak37 to weak39, weak42, weak43, people41, res40); 0.975 (1846/48/47) on 659 with round56- to round63- (48 new unseen documents written after the session's last rule; none changed for them); 0.984 (1327/16/27) on 467 with round41- and round42- (new unseen documents, extractors of 36b9464, none changed for them); 0.986 (1281/13/24) on 449 after people23 (tuned on round34- to round38-); 0.978 (1270/22/35) on 449 after people22 (tuned on round32- and round33-); 0.972 on 431 with round38- (new unseen long PDFs; extractors of b85b423, none changed for it); 0.980 on 413 with round34- to round36- (new unseen documents, no extractor changed); 0.993 on 371 after other21 (tuned on round28- to round31-); 0.988 on 371 with round30- and round31- (new unseen documents); 0.992 on 353 after other19; 0.983 on 353 with round28- (new unseen long PDFs); 0.990 on 299 with round23- (new unseen documents, no extractor changed); 0.994 on 287 with round22- (new unseen long PDFs, no extractor changed); 0.999 on 173 with round12-; 1.000 after other10 (0.998 before), 0.998 after other9 (0.994 before), 1.000 after other8 (0.992 before); round4- first ran at 0.901, people3- at 0.722
    # other13 (tuned on round12-): people 0.999 and officers 1.000 on 173; on 197 after other13, people 0.998
    # and officers 0.997.
    # Lowered from 0.99 on the first run of round8- and round9- (whole set of 137: 0.991).
    # Raised by other9 (tuned on round8- only): whole set of 137 at 0.999.
    # Lowered from 0.997 on the first run of round12- (whole set of 173: 0.996, 561/3/2; new unseen documents,
    # no extractor changed); 0.997 again after other13 (tuned on round12-: 173 at 1.000).
    # 0.99 on the first run of round16- (221: 0.995, 714/3/4; new unseen documents).
    # 0.985 on the first run of round17- (233: 0.988, 745/7/11; new unseen documents).
    # other15 (tuned on round15- to round17-): 0.994 on 233.
    # 0.98 on the first run of round18- (245: 0.982, 781/9/19; new unseen documents).
    # 0.985 on 245 after other15 (0.988, 787/6/13).
    # 0.995 on 245 after other16 (1.000, 800/0/0).
    "members": 0.99,  # 0.990 (2583/20/30) on 839 after session 12's merges (rounds 68- to 83-, 96 new unseen documents, each first run before any rule changed for it; text33, events36, weak34, weak35, weak37 to weak39, weak42, weak43, people41, res40); 0.988 (2199/18/36) on 695 with round64- to round67- (36 new unseen documents written after the session's last rule; none changed for them); 0.995 (1685/7/10, just under 0.995) on 479 with round43- (new unseen documents, final extractors of 48694b0, none changed for it); 0.996 (1602/7/7) on 449 after other24 (tuned on round39- and round40-); 0.995 (1602/8/7) on 449 after people23 (tuned on round34- to round38-); 0.987 (1593/27/16) on 449 after people22 (tuned on round32- and round33-); 0.981 on 431 with round38- (new unseen long PDFs; extractors of b85b423, none changed for it); 0.987 on 413 with round34- to round36- (new unseen documents, no extractor changed); 0.993 on 389 after other21 (tuned on round28- to round31-); 0.990 on 377 with round33- (new unseen long PDFs); 0.995 on 353 after other20 (tuned on round24- to round27-); 0.985 on 335 with round27- (new unseen long PDFs); 0.991 on 317 with round25- (new unseen long PDFs); 1.000 after other10 (0.999 before), 0.999 after other9 (0.991 before), 1.000 after other8 (0.992 before); round7- first ran at 0.947, people2- at 0.658, round8- at 0.899, round9- at 0.985
    # Lowered from 0.99 on the first run of round8- and round9- (whole set of 137: 0.957; new unseen documents,
    # no extractor changed).
    # Raised to 0.97 after weak9 tuned on round8-; set to 0.93 when round10- was added (whole set of 149 with
    # weak9: 0.937; round10-'s first run, before weak9, gave 0.918 on 149; new unseen documents); 0.95 after
    # weak10 tuned on round9- (149: 0.958; round10- still unread); 0.935 when round11- was added (161: 0.941
    # with weak10; new unseen documents, no extractor changed); 0.975 after weak11 tuned on round10- (161:
    # 0.979; round11- still unread: 0.727 blind).
    # Lowered from 0.975 on the first run of round12- (whole set of 173: 0.951, 536/4/51; new unseen documents,
    # no extractor changed).
    # 0.965 after weak12 tuned on round11- (173: 0.970; round12- still unread: 0.476 blind).
    # Lowered from 0.965 on the first run of round13- (whole set of 185: 0.958, 589/4/48; new unseen documents,
    # no extractor changed).
    # Lowered from 0.955 on the first run of round14- (whole set of 197: 0.936, 613/13/71; new unseen
    # documents, scored with the extractors of bd2299a, none changed).
    # weak13 (tuned on round12-): 0.999 on 173 (587/1/0); 0.955 on 197 after weak13 (0.961, 645/13/39;
    # round13- and round14- still unread: 0.791 and 0.593 blind).
    # 0.95 on the first run of round15- (209: 0.953, 685/20/48; new unseen documents, extractors of b0c48b8).
    # weak14 (tuned on round13- and round14-): 0.988 on 209 (724/9/9); 0.965 on 233 after weak14 (0.968,
    # 807/20/33; round15- to round17- unread: 0.833, 0.667 and 0.927 blind).
    # 0.93 on the first run of round16- (221: 0.935, 707/22/76; new unseen documents, extractors of b0c48b8).
    # weak15 (tuned on round15- to round17-): 0.993 on 233 (834/5/6); 0.975 on 257 after weak15 (0.982,
    # 934/7/27; round18- and round19- unread: 0.881 and 0.914 blind).
    # 0.96 on the first run of round18- (245: 0.963, 859/22/45; new unseen documents, extractors of 7d184c4).
    # 0.955 on the first run of round19- (257: 0.959, 906/22/55; new unseen documents, extractors of 53249d1).
    # 0.985 on the first run of round20- (269: 0.986, 1001/13/16; new unseen documents, extractors of 2df6d4a).
    "weaknesses": 0.955,  # 0.959 (3036/107/153) on 839 after session 12's merges (rounds 68- to 83-, 96 new unseen documents, each first run before any rule changed for it; text33, events36, weak34, weak35, weak37 to weak39, weak42, weak43, people41, res40); 0.936 (2443/129/206) on 695 with round64- to round67- (36 new unseen documents written after the session's last rule; none changed for them); 0.943 (2338/103/180) on 659 with round56- to round63- (48 new unseen documents written after the session's last rule; none changed for them); 0.962 (2022/52/107) on 551 with round47- to round51- (new unseen documents, extractors of 5385675, none changed for them); 0.975 (1859/27/67) on 497 with round45- (new unseen documents, final extractors of 48694b0, none changed for them); 0.981 (1840/26/45) on 485 with round44- (new unseen long PDFs, final extractors of 48694b0, none changed for them); 0.990 (1801/14/23) on 467 after weak23 (rounds 41 and 42 unseen by it; set to 0.99 on 449 without them); 0.992 (1749/14/15) on 449 after weak23 (tuned on round39- and round40-); 0.983 (1725/21/39) on 449 after weak22 (tuned on round34- to round38-; 0.961 before); 0.958 (1607/53/87) on 431 with round38- (new unseen long PDFs; extractors of b85b423, none changed for it); 0.970 on 413 with round34- to round36- (new unseen documents, no extractor changed); 0.987 on 389 after weak20 (tuned on round28- to round31-); 0.980 on 389 with round32- and round33- (new unseen documents); 0.987 on 371 after weak19 (tuned on round24- to round27-); 0.982 on 353 after weak18 (tuned on round21- to round23-); 0.964 on 353 with round28- (new unseen long PDFs); 0.970 on 347 with round29- (new unseen documents); 0.976 on 317 after weak17 (tuned on round20-); 0.966 on 317 with round25- (new unseen long PDFs); 0.969 on 311 with round24- (new unseen documents, no extractor changed); 0.974 on 287 with round22- (new unseen long PDFs, no extractor changed); 0.983 on 281 with round21- (new unseen documents, no extractor changed); 0.994 on 257 after weak16 (0.982 before); 0.970 on 173 after weak12; 0.979 on 161 after weak11; 0.941 on 161 with round11-; round10- 0.381 blind after weak9 and weak10, 1.000 tuned by weak11; 0.958 on 149 after weak10 (0.937 before); round9- 0.776 blind after weak9, 1.000 tuned by weak10; 0.999 (0.967 before weak8); round7- first ran at 0.636 (0.687 blind after weak7, 1.000 tuned by weak8), round5- at 0.488, round8- at 0.904, round9- at 0.667
    "weakness_themes": 0.995,  # 1.000 on 173 after weak12; round4- first ran at 0.913
}


@pytest.fixture(scope="module")
def heldout_result(tmp_path_factory):
    from pipeline.build import Workspace, build

    work = tmp_path_factory.mktemp("heldout-build")
    build(Workspace(corpus=HELDOUT / "corpus", work=work, db=work / "h.db"), jobs=1)
    gold = load_gold(HELDOUT / "gold")
    return score(load_predictions(work / "h.db"), gold), gold


def test_every_heldout_document_has_gold_and_a_sidecar():
    documents = [p for p in (HELDOUT / "corpus").rglob("*") if p.suffix in {".txt", ".html", ".pdf"}]
    assert len(documents) >= 12
    gold = load_gold(HELDOUT / "gold")
    for document in documents:
        relative = document.relative_to(HELDOUT / "corpus").as_posix()
        assert relative in gold, f"no gold for {relative}"
        assert document.with_name(document.stem + ".meta.json").exists(), f"no sidecar for {relative}"


def test_heldout_documents_are_all_extracted(heldout_result):
    result, gold = heldout_result
    missing = [path for path, report in result["documents"].items() if not report["in_database"]]
    assert missing == [], missing
    assert result["gold_documents"] == len(gold)


def test_heldout_scores_stay_above_their_floors(heldout_result):
    result, _ = heldout_result
    values = headline(result["scores"])
    below = [f"{name}: {values[name]:.3f} < {floor}" for name, floor in FLOORS.items() if values[name] < floor]
    report = format_table(result["scores"]) + "\n\n" + format_documents(result["documents"])
    assert not below, "held-out scores fell below their floors: " + "; ".join(below) + "\n\n" + report
