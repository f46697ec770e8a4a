"""The corpus writer for one council: files, sidecars, validators, de-duplication.

Layout and sidecar keys follow ``../shared/corpus/README.md``. Every write is
atomic (temporary dotfile, then ``os.replace``), so Ctrl-C or a dead
connection never leaves half a document in the corpus, and the state file is
saved after each document, so the next run carries on where this one stopped.
Documents are never deleted: one that disappears upstream is marked in its sidecar.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

from pipeline.pull.sources import Council
from pipeline.pull.urls import normalise

STATE_FILE = ".pull-state.json"
CACHE_DIR = ".pull-cache"  # bodies of web-service answers and meeting pages, for 304s
SIDECAR = ".meta.json"
STATE_VERSION = 1
UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
MAX_STEM = 150


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def slugify(value: str, limit: int = 40) -> str:
    """``Children's Services O&S`` -> ``children-s-services-o-s``, cut like the corpus folders."""
    slug = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")
    return slug[:limit].strip("-") or "meeting"


def safe_stem(title: str) -> str:
    """A file name kept as published (spaces included), minus what file systems refuse."""
    stem = re.sub(r"\s+", " ", UNSAFE.sub(" ", title)).strip(" .")
    return stem[:MAX_STEM].strip(" .") or "document"


def sidecar_of(path: Path) -> Path:
    return path.with_name(path.stem + SIDECAR)


def partial_of(path: Path) -> Path:
    # A dotfile with ".partial" in its name: the build ignores both.
    return path.with_name(f".{path.name}.partial")


def write_json_atomic(path: Path, data: Any, indent: int | None = 2) -> None:
    """Write JSON so that a reader never sees half a file, even after Ctrl-C.

    Unlike a ``mkstemp`` file (mode 0600), the file gets the usual permissions
    (0666 less the umask), so a corpus stays readable by whoever shares it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        handle = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=indent)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


class CouncilStore:
    def __init__(self, corpus: Path, council: Council):
        self.council = council
        self.root = Path(corpus) / council.slug  # created on the first write, not before
        self.state_path = self.root / STATE_FILE
        state = read_json(self.state_path)
        if not isinstance(state, dict) or state.get("version") != STATE_VERSION:
            state = self.rebuild_state()
        self.state: dict[str, Any] = state

    # -- state ----------------------------------------------------------------

    def rebuild_state(self) -> dict[str, Any]:
        """A lost or unreadable state file is rebuilt from the sidecars the pull wrote."""
        state: dict[str, Any] = {"version": STATE_VERSION, "council": self.council.slug,
                                 "urls": {}, "documents": {}, "meetings": {}}
        for sidecar in sorted(self.root.glob(f"*/*{SIDECAR}")):
            meta = read_json(sidecar)
            if not isinstance(meta, dict) or not meta.get("document_key"):
                continue
            stem = sidecar.name[: -len(SIDECAR)]
            documents = [p for p in sidecar.parent.glob(glob_escape(stem) + ".*")
                         if p.stem == stem and not p.name.endswith(SIDECAR) and not p.name.startswith(".")]
            if not documents:
                continue
            state["documents"][meta["document_key"]] = {
                "path": documents[0].relative_to(self.root).as_posix(), "url": meta.get("url"),
                "sha256": meta.get("sha256"), "meeting_id": meta.get("meeting_id"),
                "gone_upstream": bool(meta.get("gone_upstream")),
            }
            if meta.get("url") and (meta.get("etag") or meta.get("last_modified")):
                state["urls"][normalise(meta["url"])] = {"etag": meta.get("etag"), "last_modified": meta.get("last_modified")}
        return state

    def save(self) -> None:
        write_json_atomic(self.state_path, self.state, indent=None)

    def clean_partials(self) -> int:
        """Remove temporary files a killed run (SIGKILL, power cut) could not clean up."""
        removed = 0
        for leftover in self.root.rglob(".*.partial"):
            leftover.unlink(missing_ok=True)
            removed += 1
        return removed

    # -- validators and cached answers ------------------------------------------

    def validators(self, url: str) -> dict | None:
        entry = self.state["urls"].get(url)
        return {"etag": entry.get("etag"), "last_modified": entry.get("last_modified")} if entry else None

    def remember(self, url: str, etag: str | None, last_modified: str | None) -> None:
        self.state["urls"][url] = {"etag": etag, "last_modified": last_modified, "checked_at": now_iso()}

    def cache_path(self, url: str) -> Path:
        # ".gz", not a document suffix: the build never mistakes a cached page for a document.
        return self.root / CACHE_DIR / (hashlib.sha256(url.encode()).hexdigest()[:32] + ".gz")

    def cached_body(self, url: str) -> bytes | None:
        try:
            return gzip.decompress(self.cache_path(url).read_bytes())
        except (OSError, EOFError, gzip.BadGzipFile):
            return None

    def cache_body(self, url: str, body: bytes) -> None:
        path = self.cache_path(url)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.partial")
        tmp.write_bytes(gzip.compress(body, compresslevel=6))
        os.replace(tmp, path)

    # -- documents ------------------------------------------------------------

    def meeting_folder(self, date: dt.date | None, committee: str) -> Path:
        prefix = date.isoformat() if date else "undated"
        return self.root / f"{prefix}-{slugify(committee)}"

    def known(self, key: str) -> dict | None:
        entry = self.state["documents"].get(key)
        if entry and entry.get("duplicate_of"):
            return entry
        if entry and (self.root / entry["path"]).exists():
            return entry
        return None

    def path_of(self, entry: dict) -> Path:
        return self.root / entry["path"]

    def by_sha(self, sha256: str, other_than: str) -> tuple[str, dict] | None:
        for key, entry in self.state["documents"].items():
            if key != other_than and entry.get("sha256") == sha256 and not entry.get("duplicate_of") \
                    and (self.root / entry["path"]).exists():
                return key, entry
        return None

    def allocate(self, folder: Path, stem: str, suffix: str, key: str) -> Path:
        """A free file name in ``folder``; a name another document owns gets the key appended."""
        folder.mkdir(parents=True, exist_ok=True)
        base = safe_stem(stem)
        tag = key.split(":", 1)[1] if key.startswith("attachment:") else hashlib.sha256(key.encode()).hexdigest()[:8]
        for name in [base, f"{base} ({tag})"] + [f"{base} ({tag}-{n})" for n in range(2, 1000)]:
            candidate = folder / f"{name}{suffix}"
            owner = read_json(sidecar_of(candidate))
            if isinstance(owner, dict) and owner.get("document_key") == key:
                return candidate  # ours, from a run that stopped before saving its state
            if owner is None and not candidate.exists():
                return candidate
        raise RuntimeError(f"no free file name for {stem} in {folder}")

    def commit(self, key: str, partial: Path, target: Path, meta: dict) -> None:
        """Sidecar first, then the document, then the state: a stop between any two
        steps leaves either nothing new or a complete file the next run recognises."""
        write_json_atomic(sidecar_of(target), meta)
        os.replace(partial, target)
        self.state["documents"][key] = {
            "path": target.relative_to(self.root).as_posix(), "url": meta.get("url"),
            "sha256": meta["sha256"], "meeting_id": meta.get("meeting_id"),
        }
        self.save()

    def write_bytes(self, key: str, target: Path, data: bytes, meta: dict) -> None:
        partial = partial_of(target)
        partial.write_bytes(data)
        try:
            self.commit(key, partial, target, meta)
        finally:
            partial.unlink(missing_ok=True)

    def read_sidecar(self, entry: dict) -> dict:
        meta = read_json(sidecar_of(self.path_of(entry)))
        return meta if isinstance(meta, dict) else {}

    def update_sidecar(self, entry: dict, changes: dict) -> bool:
        """Change sidecar keys only when they differ: a rewritten sidecar makes the build re-extract."""
        meta = self.read_sidecar(entry)
        if all(meta.get(k) == v for k, v in changes.items()):
            return False
        meta.update(changes)
        write_json_atomic(sidecar_of(self.path_of(entry)), meta)
        return True

    def alias(self, key: str, original_key: str, url: str, meeting_id: int | None) -> None:
        """The same bytes under another key: remember it, store nothing new."""
        original = self.state["documents"][original_key]
        meta = self.read_sidecar(original)
        also = meta.get("also_published_at") or []
        if url not in also and url != meta.get("url"):
            self.update_sidecar(original, {"also_published_at": also + [url]})
        self.state["documents"][key] = {"path": original["path"], "url": url, "sha256": original.get("sha256"),
                                        "meeting_id": meeting_id, "duplicate_of": original_key}
        self.save()

    def mark_gone(self, key: str, reason: str, today: dt.date) -> bool:
        """Keep the file; say in its sidecar that the council no longer publishes it."""
        entry = self.state["documents"].get(key)
        if not entry or entry.get("duplicate_of") or not self.path_of(entry).exists():
            return False
        meta = self.read_sidecar(entry)
        if meta.get("gone_upstream"):
            return False
        self.update_sidecar(entry, {"gone_upstream": True, "gone_upstream_since": today.isoformat(),
                                    "gone_upstream_reason": reason})
        entry["gone_upstream"] = True
        self.save()
        return True

    def mark_back(self, key: str) -> None:
        entry = self.state["documents"].get(key)
        if entry and entry.get("gone_upstream") and not entry.get("duplicate_of"):
            self.update_sidecar(entry, {"gone_upstream": False, "gone_upstream_since": None, "gone_upstream_reason": None})
            entry["gone_upstream"] = False

    def stored_count(self) -> int:
        return sum(1 for e in self.state["documents"].values() if not e.get("duplicate_of"))

    def documents_of_meeting(self, meeting_id: int) -> dict[str, dict]:
        return {k: e for k, e in self.state["documents"].items() if e.get("meeting_id") == meeting_id}

    # -- meetings ---------------------------------------------------------------

    def meeting_state(self, meeting_id: int) -> dict:
        return self.state["meetings"].get(str(meeting_id), {})

    def set_meeting_state(self, meeting_id: int, **values) -> None:
        self.state["meetings"][str(meeting_id)] = {**self.meeting_state(meeting_id), **values, "checked_at": now_iso()}
        self.save()
