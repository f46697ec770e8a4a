"""Find the documents of a corpus folder and read their sidecars.

Layout (``../shared/corpus/README.md``)::

    <corpus>/<council_slug>/<YYYY-MM-DD-committee | undated-committee>/<file>
    <corpus>/<council_slug>/<meeting folder>/<stem>.meta.json

A corpus is whatever a researcher's downloads and file system made of it, so
nothing found here may stop a build: a file or folder that cannot be used
(unreadable, a FIFO, a link out of the corpus, a broken sidecar) becomes a
``problem`` with its reason, and everything else is read.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import stat as stat_module
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.records import Document

DOCUMENT_SUFFIXES = {".pdf", ".html", ".htm", ".txt"}
SIDECAR_SUFFIX = ".meta.json"
MEETING_FOLDER = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})-(?P<committee>.+)$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The documented sidecar keys and the JSON types each may hold (null is always allowed).
SIDECAR_TYPES: dict[str, tuple[type, ...]] = {
    "council": (str,), "council_slug": (str,), "committee": (str,), "meeting_date": (str,),
    "title": (str,), "source_kind": (str,), "url": (str,), "provenance": (str, dict),
    "sha256": (str,), "truncated": (bool,), "note": (str,),
}
MAX_SIDECAR_BYTES = 1 << 20  # real sidecars are a few hundred bytes
CORPUS_STAGE = "corpus"  # failures row stage for files that are not documents at all


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def printable_path(text: str) -> str:
    """A path as valid UTF-8 text: bytes a file name holds that are not UTF-8 (kept by
    Python as surrogates) are written as ``\\xNN``, so JSON and SQLite can store it."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate from a JSON escape, not from a file name
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def sidecar_path(document: Path) -> Path:
    return document.with_name(document.stem + SIDECAR_SUFFIX)


@dataclass
class Scan:
    """What a corpus folder holds: document files, and what could not be used and why."""

    files: list[Path] = field(default_factory=list)
    problems: list[dict[str, str]] = field(default_factory=list)

    def problem(self, corpus: Path, path: str | Path, error: str) -> None:
        relative = os.path.relpath(path, corpus)
        self.problems.append({"path": printable_path(Path(relative).as_posix()), "stage": CORPUS_STAGE, "error": error})


def _is_document_name(name: str) -> bool:
    return Path(name).suffix.lower() in DOCUMENT_SUFFIXES and not name.startswith(".") and ".partial" not in name


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def scan_files(corpus: Path) -> Scan:
    """Every document file under ``corpus`` (sorted), without following links out of it.

    Walks with an explicit stack, so a deep tree cannot exhaust the recursion limit.
    """
    corpus = Path(corpus)
    root = os.path.realpath(corpus)
    scan = Scan()
    stack = [str(corpus)]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as error:
            scan.problem(corpus, folder, f"folder cannot be read ({error.strerror or error}); its documents are left out")
            continue
        for entry in entries:
            try:
                _classify(corpus, root, entry, stack, scan)
            except OSError as error:
                scan.problem(corpus, entry.path, f"cannot be examined ({error.strerror or error}); skipped")
    scan.files.sort()
    return scan


def _classify(corpus: Path, root: str, entry: os.DirEntry, stack: list[str], scan: Scan) -> None:
    """File ``entry`` as a document, a folder to walk, something to ignore, or a problem."""
    name = entry.name
    if entry.is_symlink():
        target = os.path.realpath(entry.path)
        if not _inside(target, root):
            scan.problem(corpus, entry.path, "symbolic link to a place outside the corpus folder; not followed")
        elif not os.path.exists(target):
            scan.problem(corpus, entry.path, "broken symbolic link; skipped")
        elif os.path.isfile(target) and _is_document_name(name):
            scan.files.append(Path(entry.path))
        # a link to a folder inside the corpus: that folder is walked anyway
        return
    if entry.is_dir(follow_symlinks=False):
        stack.append(entry.path)
        return
    mode = entry.stat(follow_symlinks=False).st_mode
    if not stat_module.S_ISREG(mode):
        kind = ("a named pipe (FIFO)" if stat_module.S_ISFIFO(mode) else "a socket" if stat_module.S_ISSOCK(mode)
                else "a device" if stat_module.S_ISCHR(mode) or stat_module.S_ISBLK(mode) else "not a regular file")
        scan.problem(corpus, entry.path, f"{kind}, not a document file; skipped")
        return
    if _is_document_name(name):
        scan.files.append(Path(entry.path))


def find_document_files(corpus: Path) -> list[Path]:
    """Every document file under ``corpus``, sorted for a stable order."""
    return scan_files(corpus).files


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


def _is_text(value: str) -> bool:
    """True when ``value`` can be written as UTF-8 (JSON's "\\ud800" escapes make lone surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_scalar(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, str):
        return _is_text(value)
    return value is None or isinstance(value, (bool, int))


def _bad_value(key: str, value: Any) -> str | None:
    """Why a sidecar value cannot be used, or None when it can."""
    if value is None:
        return None
    allowed = SIDECAR_TYPES.get(key)
    if allowed is None:  # keys the pull adds (meeting_id, etag, ...): any plain value
        return None if _is_scalar(value) else "not a plain value"
    if not isinstance(value, allowed):
        return f"a {type(value).__name__}, expected {' or '.join(t.__name__ for t in allowed)}"
    if isinstance(value, str) and not _is_text(value):
        return "not valid Unicode text"
    if key == "meeting_date" and not ISO_DATE.match(value):
        return "not a YYYY-MM-DD date"
    if isinstance(value, dict) and not all(_is_scalar(v) for v in value.values()):
        return "an object holding more than plain values"
    return None


def read_sidecar(document: Path) -> tuple[dict[str, Any], str | None]:
    """Sidecar metadata and, when it (or some of its keys) could not be used, why.

    Never raises: a sidecar that is missing, a folder, too long a name, not JSON,
    nested too deep or not an object is ignored; keys of the wrong type are dropped.
    """
    path = sidecar_path(document)
    name = printable_path(path.name)
    try:
        if not path.exists():
            return {}, None
        if not path.is_file():
            return {}, f"sidecar {name} is not a file; metadata inferred from the path"
        if path.stat().st_size > MAX_SIDECAR_BYTES:
            return {}, f"sidecar {name} is larger than {MAX_SIDECAR_BYTES} bytes; metadata inferred from the path"
        raw = path.read_bytes()
    except OSError as error:
        if error.errno == 36:  # ENAMETOOLONG: the document's name leaves no room for ".meta.json"
            return {}, None
        return {}, f"sidecar {name} cannot be read ({error.strerror or error}); metadata inferred from the path"
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as error:  # JSONDecodeError is a ValueError
        return {}, f"sidecar {name} is not valid JSON ({error}); metadata inferred from the path"
    except RecursionError:
        return {}, f"sidecar {name} is nested too deeply to be a sidecar; metadata inferred from the path"
    if not isinstance(data, dict):
        return {}, f"sidecar {name} is not a JSON object; metadata inferred from the path"
    bad = {key: why for key, value in data.items() if (why := "a key that is not text" if not _is_text(key) else _bad_value(key, value))}
    if bad:
        listed = "; ".join(f"{printable_path(key)[:60]} ({why})" for key, why in sorted(bad.items())[:10])
        clean = {key: value for key, value in data.items() if key not in bad}
        return clean, f"sidecar {name} has keys of the wrong type, ignored: {listed}"
    return data, None


class HashCache:
    """Content hashes remembered by path, size, modification time and inode change time.

    Hashing every file on every run is most of a warm build's time on a large
    corpus; a file whose size, mtime and ctime are unchanged keeps its hash. The
    ctime catches a file rewritten with its size and mtime restored (``touch -r``,
    some copy tools), which the mtime alone would miss.
    """

    def __init__(self, path: Path | None):
        self.path = Path(path) if path else None
        self.entries: dict[str, list] = {}
        self.changed = False
        if self.path and self.path.exists():
            self.entries = self._read(self.path)

    def _read(self, path: Path) -> dict[str, list]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError, OSError, RecursionError) as error:
            self._warn(f"cannot be read ({type(error).__name__})")
            return {}
        if not isinstance(data, dict):
            self._warn("is not a JSON object")
            return {}
        good = {key: value for key, value in data.items() if self._valid(value)}
        if len(good) < len(data):
            self._warn(f"has {len(data) - len(good)} damaged entries")
            self.changed = True
        return good

    @staticmethod
    def _valid(entry: Any) -> bool:
        return (isinstance(entry, list) and len(entry) == 4 and all(type(v) is int for v in entry[:3])
                and isinstance(entry[3], str) and len(entry[3]) == 64)

    def _warn(self, what: str) -> None:
        print(f"warning: hash cache {self.path} {what}; those files are hashed again", file=sys.stderr)
        self.changed = True

    def sha256(self, file: Path) -> str:
        stat = file.stat()
        key = printable_path(str(file.resolve()))
        known = self.entries.get(key)
        if known and known[:3] == [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns]:
            return known[3]
        digest = sha256_file(file)
        self.entries[key] = [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, digest]
        self.changed = True
        return digest

    def save(self) -> None:
        if self.path and self.changed:
            from pipeline.cache import write_json_atomic

            try:
                write_json_atomic(self.path, self.entries)
            except OSError as error:  # only a cache: the next run hashes again
                print(f"warning: cannot write the hash cache {self.path} ({error})", file=sys.stderr)


def load_document(corpus: Path, file: Path, hashes: HashCache | None = None) -> Document:
    """The document at ``file``; raises OSError when the file cannot be read."""
    relative = printable_path(file.relative_to(corpus).as_posix())
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


@dataclass
class Discovery:
    documents: list[Document]
    problems: list[dict[str, str]]  # failures rows (stage "corpus") for what is not a usable document


def scan(corpus: Path, hash_cache: Path | None = None) -> Discovery:
    """Every readable document of the corpus, and a failures row for everything else."""
    corpus = Path(corpus)
    found = scan_files(corpus)
    problems = list(found.problems)
    hashes = HashCache(hash_cache)
    docs = []
    for file in found.files:
        relative = file.relative_to(corpus).as_posix()
        try:
            doc = load_document(corpus, file, hashes)
        except OSError as error:
            problems.append({"path": printable_path(relative), "stage": CORPUS_STAGE,
                             "error": f"file cannot be read ({error.strerror or error}); skipped"})
            continue
        if printable_path(relative) != relative:
            problems.append({"path": doc.path, "stage": CORPUS_STAGE,
                             "error": "file name is not valid UTF-8; read, and recorded with its odd bytes as \\xNN"})
        docs.append(doc)
    hashes.save()
    return Discovery(docs, problems)


def discover(corpus: Path, hash_cache: Path | None = None) -> list[Document]:
    """Every document of the corpus; ``hash_cache`` (a JSON file) spares re-hashing unchanged files.
    What cannot be used is reported on stderr (``scan`` returns it as data)."""
    found = scan(corpus, hash_cache)
    for problem in found.problems:
        print(f"warning: {problem['path']}: {problem['error']}", file=sys.stderr)
    return found.documents
