"""Score a built database against the hand-checked gold files.

Rules from ``../shared/gold/GUIDELINES.md`` ("Scoring"): texts match on
word-overlap F1 >= 0.8 one-to-one, best pairs first; dates on (start, end);
events on (type, start); people on surname plus first initial.
"""

from __future__ import annotations

import fnmatch
import json
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path

TEXT_MATCH = 0.8
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "sir", "dame", "prof", "rev", "canon",
              "lord", "lady", "baroness"}
POSTNOMINALS = {"cbe", "obe", "mbe"}
TARGETS = {  # issue 9, on all of ../shared/gold
    "resolutions": 0.93, "weaknesses": 0.92, "dates": 0.97, "people": 0.95,
    "officers": 0.90, "members": 0.93, "meeting_date": 0.95, "resolution_kind": 0.95,
    "events": 0.92, "weakness_themes": 0.90,
}
# issue 10, on the gold PDFs of councils other than Kent (the floors' "other-pdfs" group)
OTHER_PDF_TARGETS = {"resolutions": 0.85, "dates": 0.90, "people": 0.88, "officers": 0.75, "members": 0.90}


def normalise_text(text: str) -> list[str]:
    return re.sub(r"[^\w\s]", " ", (text or "").lower()).split()


def overlap_f1(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    if not common:
        return 0.0
    precision, recall = common / len(a), common / len(b)
    return 2 * precision * recall / (precision + recall)


def name_key(name: str) -> str:
    words = [w for w in re.sub(r"[^\w\s'-]", " ", (name or "").lower()).split()]
    words = [w for w in words if w.strip(".") not in HONORIFICS | POSTNOMINALS]
    if not words:
        return ""
    if len(words) == 1:
        return words[0]
    return f"{words[-1]} {words[0][0]}"


def match_texts(predicted: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (predicted index, gold index), best overlap first."""
    p_words = [normalise_text(p["text"]) for p in predicted]
    g_words = [normalise_text(g["text"]) for g in gold]
    candidates = []
    for i, pw in enumerate(p_words):
        for j, gw in enumerate(g_words):
            score = overlap_f1(pw, gw)
            if score >= TEXT_MATCH:
                candidates.append((score, i, j))
    pairs, used_p, used_g = [], set(), set()
    for score, i, j in sorted(candidates, reverse=True):
        if i not in used_p and j not in used_g:
            pairs.append((i, j))
            used_p.add(i)
            used_g.add(j)
    return pairs


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def scores(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def load_gold(gold_dir: Path) -> dict[str, dict]:
    gold = {}
    for file in sorted(Path(gold_dir).rglob("*.gold.json")):
        data = json.loads(file.read_text(encoding="utf-8"))
        gold[data["document"]] = data
    return gold


def only_documents(gold: dict[str, dict], pattern: str) -> dict[str, dict]:
    """The gold documents whose corpus path matches a glob: one batch scored alone (a
    held-out round's first run), without copying its gold files elsewhere."""
    return {path: data for path, data in gold.items() if fnmatch.fnmatchcase(path, pattern)}


def load_predictions(db_path: Path) -> dict[str, dict]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view')")}
    out: dict[str, dict] = {}
    for doc in conn.execute("select * from documents"):
        out[doc["path"]] = {"meeting_date": doc["meeting_date"], "resolutions": [], "weaknesses": [],
                            "dates": [], "people": [], "events": []}
    for table in ["resolutions", "weaknesses", "dates", "people", "events"]:
        if table not in tables:
            continue
        query = f"select d.path, t.* from {table} t join documents d on d.id = t.document_id"
        for row in conn.execute(query):
            item = dict(row)
            if table == "weaknesses":
                item["themes"] = json.loads(item.get("themes") or "[]")
            out[row["path"]][table].append(item)
    conn.close()
    return out


def score_document(pred: dict, gold: dict, tallies: dict[str, Tally], kinds: Tally, themes: Tally) -> dict:
    """Score one document into the tallies; return its misses and spurious items."""
    report: dict[str, dict] = {}
    for fact in ["resolutions", "weaknesses"]:
        p_items, g_items = pred.get(fact, []), gold.get(fact, [])
        pairs = match_texts(p_items, g_items)
        tallies[fact].add(len(pairs), len(p_items) - len(pairs), len(g_items) - len(pairs))
        matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, j in pairs:
            if fact == "resolutions":
                kinds.add(int(p_items[i].get("kind") == g_items[j].get("kind")), 0, 0)
                kinds.fn += int(p_items[i].get("kind") != g_items[j].get("kind"))
            else:
                right = bool(set(p_items[i].get("themes") or []) & set(g_items[j].get("themes") or []))
                themes.add(int(right), 0, int(not right))
        report[fact] = {
            "missed": [g_items[j]["text"] for j in range(len(g_items)) if j not in matched_g],
            "spurious": [p_items[i]["text"] for i in range(len(p_items)) if i not in matched_p],
        }
    keyed = {
        "dates": (lambda d: (d.get("start_date", d.get("start")), d.get("end_date", d.get("end"))),),
        "events": (lambda e: (e.get("type"), e.get("start_date", e.get("start"))),),
    }
    for fact, (key,) in keyed.items():
        p_keys = {key(x) for x in pred.get(fact, [])}
        g_keys = {key(x) for x in gold.get(fact, [])}
        tallies[fact].add(len(p_keys & g_keys), len(p_keys - g_keys), len(g_keys - p_keys))
        report[fact] = {"missed": sorted(map(str, g_keys - p_keys)), "spurious": sorted(map(str, p_keys - g_keys))}
    for fact, kind in [("people", None), ("officers", "officer"), ("members", "member")]:
        p_keys = {name_key(x["name"]) for x in pred.get("people", []) if kind is None or x.get("kind") == kind}
        g_keys = {name_key(x["name"]) for x in gold.get("people", []) if kind is None or x.get("kind") == kind}
        p_keys.discard("")
        g_keys.discard("")
        tallies[fact].add(len(p_keys & g_keys), len(p_keys - g_keys), len(g_keys - p_keys))
        report[fact] = {"missed": sorted(g_keys - p_keys), "spurious": sorted(p_keys - g_keys)}
    return report


def score(predictions: dict[str, dict], gold: dict[str, dict]) -> dict:
    facts = ["resolutions", "weaknesses", "dates", "people", "officers", "members", "events"]
    tallies = {fact: Tally() for fact in facts}
    kinds, themes = Tally(), Tally()
    meeting_right = 0
    documents = {}
    for path, expected in sorted(gold.items()):
        pred = predictions.get(path)
        found = pred is not None
        pred = pred or {}
        report = score_document(pred, expected, tallies, kinds, themes)
        want = (expected.get("meeting") or {}).get("date")
        got = pred.get("meeting_date")
        meeting_right += int(want == got)
        report["meeting_date"] = {"expected": want, "got": got, "right": want == got}
        report["in_database"] = found
        documents[path] = report
    result = {fact: tallies[fact].scores() for fact in facts}
    result["resolution_kind"] = {"accuracy": round(kinds.tp / (kinds.tp + kinds.fn), 4) if kinds.tp + kinds.fn else 1.0}
    result["weakness_themes"] = {"accuracy": round(themes.tp / (themes.tp + themes.fn), 4) if themes.tp + themes.fn else 1.0}
    result["meeting_date"] = {"accuracy": round(meeting_right / len(gold), 4) if gold else 1.0}
    return {"scores": result, "documents": documents, "gold_documents": len(gold)}


def headline(scores: dict) -> dict[str, float]:
    """One number per target: F1 for fact types, accuracy for the rest."""
    return {name: values.get("f1", values.get("accuracy")) for name, values in scores.items()}


def missed_targets(scores: dict) -> list[str]:
    values = headline(scores)
    return [f"{name}: {values[name]:.3f} < {target}" for name, target in TARGETS.items()
            if name in values and values[name] < target]


def format_table(scores: dict) -> str:
    lines = [f"{'fact':<18}{'precision':>10}{'recall':>9}{'F1':>8}{'target':>8}  tp/fp/fn"]
    for name, values in scores.items():
        target = TARGETS.get(name)
        target_text = f"{target:.2f}" if target else ""
        if "f1" in values:
            lines.append(f"{name:<18}{values['precision']:>10.3f}{values['recall']:>9.3f}{values['f1']:>8.3f}"
                         f"{target_text:>8}  {values['tp']}/{values['fp']}/{values['fn']}")
        else:
            lines.append(f"{name:<18}{'accuracy':>19}{values['accuracy']:>8.3f}{target_text:>8}")
    return "\n".join(lines)


def format_documents(documents: dict) -> str:
    lines = []
    for path, report in documents.items():
        problems = []
        if not report["in_database"]:
            problems.append("  not in the database")
        for fact, found in report.items():
            if isinstance(found, dict) and "missed" in found:
                for item in found["missed"]:
                    problems.append(f"  {fact} missed:   {str(item)[:150]}")
                for item in found["spurious"]:
                    problems.append(f"  {fact} spurious: {str(item)[:150]}")
        if not report["meeting_date"]["right"]:
            problems.append(f"  meeting date: expected {report['meeting_date']['expected']}, got {report['meeting_date']['got']}")
        if problems:
            lines.append(path)
            lines.extend(problems)
    return "\n".join(lines)


def scores_by_group(predictions: dict[str, dict], gold: dict[str, dict]) -> dict[str, dict[str, float]]:
    """Headline scores for each gold group the floors watch (see pipeline/floors.py)."""
    from pipeline.floors import GROUPS, group_gold

    out = {}
    for group in GROUPS:
        subset = group_gold(gold, group)
        if subset:
            out[group] = headline(score(predictions, subset)["scores"])
    return out


def check_floors(predictions: dict[str, dict], gold: dict[str, dict], raise_them: bool) -> None:
    from pipeline.floors import FLOORS_FILE, below_floors, load_floors, raised, write_floors

    values = scores_by_group(predictions, gold)
    floors = load_floors()
    below = below_floors(values, floors)
    if raise_them:
        write_floors(raised(values, floors))
        print(f"floors raised where the scores beat them: {FLOORS_FILE}")
    elif below:
        print("below the recorded floors (tests/accuracy_floors.json): " + "; ".join(below))
    else:
        higher = [f"{g} {n}" for g, v in values.items() for n, x in v.items() if x - floors.get(g, {}).get(n, 0) >= 0.001]
        if higher:
            print(f"above their floors ({len(higher)}); run with --raise-floors to lock them in")


def main(args) -> int:
    gold_dir = Path(args.gold)
    if not gold_dir.is_dir():
        print(f"error: gold folder {gold_dir} not found; pass --gold (GOLD=...) pointing at ../shared/gold", file=sys.stderr)
        return 2
    gold = load_gold(gold_dir)
    from pipeline.floors import FLOORS_GOLD, measured_on

    pattern = getattr(args, "documents", None)
    raise_floors = getattr(args, "raise_floors", False)
    on_floors_gold = measured_on(gold_dir)
    if pattern:
        if raise_floors:
            print("error: --raise-floors needs the whole gold set; drop --documents", file=sys.stderr)
            return 2
        gold = only_documents(gold, pattern)
        if not gold:
            print(f"error: no gold document's path matches {pattern!r} (paths look like "
                  "'<council>/<meeting folder>/<file>'); check the pattern", file=sys.stderr)
            return 2
    if raise_floors and not on_floors_gold:
        print(f"error: the floors are recorded for {FLOORS_GOLD}, not {gold_dir}; --raise-floors is "
              "only for that gold", file=sys.stderr)
        return 2
    if not args.no_build:
        from pipeline.build import Workspace, build

        only = set(gold) if args.gold_only else None
        build(Workspace(corpus=Path(args.corpus), work=Path(args.work), db=Path(args.db), only=only,
                        doc_timeout=getattr(args, "doc_timeout", 300.0),
                        reference=Path(args.reference) if args.reference else None), jobs=args.jobs)
    predictions = load_predictions(Path(args.db))
    result = score(predictions, gold)
    if not args.quiet:
        print(format_documents(result["documents"]))
        print()
    print(format_table(result["scores"]))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    missed = missed_targets(result["scores"])
    print(f"\nscores written to {args.out}; " + (f"targets missed: {', '.join(missed)}" if missed else "all targets met"))
    if on_floors_gold and not pattern:
        check_floors(predictions, gold, raise_floors)
    elif pattern:
        print(f"{len(gold)} gold documents matching {pattern!r} scored; floors are for whole sets, not checked")
    else:
        print(f"floors (tests/accuracy_floors.json) are for {FLOORS_GOLD}, not checked against {gold_dir}")
    return 0
