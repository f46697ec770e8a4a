"""Per-document stage outputs, keyed by content hash and stage version.

A stage's version is a hash of its own source code, so changing an extractor
invalidates exactly the outputs it produced and nothing else: reruns do only
what changed, with no version number for anyone to forget to bump.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

PACKAGE_ROOT = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def code_version(*parts: str) -> str:
    """Hash of the named modules/packages under ``pipeline/`` (e.g. "text", "records.py")."""
    digest = hashlib.sha256()
    for part in parts:
        target = PACKAGE_ROOT / part
        files = sorted(target.rglob("*.py")) if target.is_dir() else [target]
        for file in files:
            digest.update(file.relative_to(PACKAGE_ROOT).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def write_json_atomic(path: Path, data: Any) -> None:
    """Write JSON so that a reader never sees half a file, even after Ctrl-C."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class StageCache:
    """One folder of JSON outputs for one stage (``extracted/text/``, ``extracted/facts/``)."""

    def __init__(self, folder: Path, version: str):
        self.folder = Path(folder)
        self.version = version

    def path(self, key: str) -> Path:
        # The version is in the name so that "is it up to date?" is one stat.
        return self.folder / key[:2] / f"{key}.{self.version}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        try:
            return json.loads(self.path(key).read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return None

    def has(self, key: str) -> bool:
        return self.path(key).exists()

    def put(self, key: str, data: dict[str, Any]) -> None:
        target = self.path(key)
        write_json_atomic(target, {**data, "version": self.version})
        for stale in target.parent.glob(f"{key}.*.json"):
            if stale != target:
                stale.unlink(missing_ok=True)


def json_key(*values: Any) -> str:
    return hashlib.sha256(json.dumps(values, sort_keys=True, default=str).encode()).hexdigest()
