"""Find the documents of a corpus folder and read their sidecars.

Layout (``../shared/corpus/README.md``)::

    <corpus>/<council_slug>/<YYYY-MM-DD-committee | undated-committee>/<file>
    <corpus>/<council_slug>/<meeting folder>/<stem>.meta.json
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from pipeline.records import Document

DOCUMENT_SUFFIXES = {".pdf", ".html", ".htm", ".txt"}
SIDECAR_SUFFIX = ".meta.json"
MEETING_FOLDER = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})-(?P<committee>.+)$")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sidecar_path(document: Path) -> Path:
    return document.with_name(document.stem + SIDECAR_SUFFIX)


def find_document_files(corpus: Path) -> list[Path]:
    """Every document file under ``corpus``, sorted for a stable order."""
    return sorted(
        p
        for p in corpus.rglob("*")
        if p.is_file()
        and p.suffix.lower() in DOCUMENT_SUFFIXES
        and not p.name.startswith(".")
        and ".partial" not in p.name
    )


def infer_from_path(relative: str) -> dict[str, Any]:
    """What the folder names say about a document that has no (readable) sidecar."""
    parts = relative.split("/")
    meta: dict[str, Any] = {
        "council": None,
        "council_slug": parts[0] if len(parts) > 1 else None,
        "committee": None,
        "meeting_date": None,
        "title": Path(parts[-1]).stem,
        "source_kind": None,
        "url": None,
    }
    if len(parts) > 2:
        folder = parts[-2]
        match = MEETING_FOLDER.match(folder)
        committee_slug = None
        if match:
            meta["meeting_date"] = match["date"]
            committee_slug = match["committee"]
        elif folder.startswith("undated-"):
            committee_slug = folder[len("undated-"):]
        if committee_slug and committee_slug not in {"web", "moderngov"}:
            meta["committee"] = committee_slug.replace("-", " ").strip().capitalize()
    return meta


def read_sidecar(document: Path) -> tuple[dict[str, Any], str | None]:
    """Sidecar metadata and, when it could not be used, why."""
    path = sidecar_path(document)
    if not path.exists():
        return {}, None
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        return {}, f"sidecar {path.name} is not valid JSON ({error}); metadata inferred from the path"
    if not isinstance(data, dict):
        return {}, f"sidecar {path.name} is not a JSON object; metadata inferred from the path"
    return data, None


class HashCache:
    """Content hashes remembered by path, size and modification time.

    Hashing every file on every run is most of a warm build's time on a large
    corpus; a file whose size and mtime are unchanged keeps its hash.
    """

    def __init__(self, path: Path | None):
        self.path = Path(path) if path else None
        self.entries: dict[str, list] = {}
        self.changed = False
        if self.path and self.path.exists():
            try:
                self.entries = json.loads(self.path.read_text(encoding="utf-8"))
            except (json.JSONDecodeError, OSError):
                self.entries = {}

    def sha256(self, file: Path) -> str:
        stat = file.stat()
        key = str(file.resolve())
        known = self.entries.get(key)
        if known and known[0] == stat.st_size and known[1] == stat.st_mtime_ns:
            return known[2]
        digest = sha256_file(file)
        self.entries[key] = [stat.st_size, stat.st_mtime_ns, digest]
        self.changed = True
        return digest

    def save(self) -> None:
        if self.path and self.changed:
            from pipeline.cache import write_json_atomic

            write_json_atomic(self.path, self.entries)


def load_document(corpus: Path, file: Path, hashes: HashCache | None = None) -> Document:
    relative = file.relative_to(corpus).as_posix()
    meta = infer_from_path(relative)
    sidecar, error = read_sidecar(file)
    meta.update({k: v for k, v in sidecar.items() if v is not None or k not in meta})
    return Document(
        path=relative,
        abspath=str(file),
        sha256=hashes.sha256(file) if hashes else sha256_file(file),
        meta=meta,
        meta_error=error,
    )


def discover(corpus: Path, hash_cache: Path | None = None) -> list[Document]:
    """Every document of the corpus; ``hash_cache`` (a JSON file) spares re-hashing unchanged files."""
    corpus = Path(corpus)
    hashes = HashCache(hash_cache)
    docs = [load_document(corpus, file, hashes) for file in find_document_files(corpus)]
    hashes.save()
    return docs
