"""Per-document stage outputs, keyed by content hash and stage version.

A stage's version is a hash of its own source code, so changing an extractor
invalidates exactly the outputs it produced and nothing else: reruns do only
what changed, with no version number for anyone to forget to bump.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

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
    """One folder of JSON outputs for one stage (``extracted/text/``, ``extracted/facts/``).

    A cache file can be damaged by a full disk, a crash of another tool or a hand
    edit; one that is truncated, empty, not UTF-8, not JSON or not of the stage's
    shape (``validate``) is reported, discarded and treated as missing, so its
    document is simply processed again.
    """

    def __init__(self, folder: Path, version: str, validate: Callable[[dict], bool] | None = None):
        self.folder = Path(folder)
        self.version = version
        self.validate = validate

    def path(self, key: str) -> Path:
        # The version is in the name so that "is it up to date?" is one stat.
        return self.folder / key[:2] / f"{key}.{self.version}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        """The output stored for ``key``, or None when there is none or it was damaged."""
        path = self.path(key)
        try:
            data = json.loads(path.read_bytes().decode("utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, UnicodeDecodeError, RecursionError) as error:
            self.discard(path, f"{type(error).__name__}: {str(error)[:80]}")
            return None
        if not isinstance(data, dict) or data.get("version") != self.version:
            self.discard(path, "not an output of this stage")
            return None
        if self.validate is not None and not self.validate(data):
            self.discard(path, "not of the expected shape")
            return None
        return data

    def discard(self, path: Path, why: str) -> None:
        print(f"warning: damaged cache file {path} ({why}); discarded, its document is processed again",
              file=sys.stderr)
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink(missing_ok=True)
        except OSError as error:
            print(f"warning: cannot remove {path} ({error})", file=sys.stderr)

    def has(self, key: str) -> bool:
        return self.path(key).is_file()

    def put(self, key: str, data: dict[str, Any]) -> dict[str, Any]:
        """Store ``data`` for ``key``; returns it as stored (with the stage version)."""
        target = self.path(key)
        stored = {**data, "version": self.version}
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)  # something made a folder where the output goes
        write_json_atomic(target, stored)
        self._drop_other_versions(target, key)
        return stored

    @staticmethod
    def _drop_other_versions(target: Path, key: str) -> None:
        """Remove the key's outputs of other stage versions beside ``target``. A scan of
        the folder's names, not ``Path.glob``: glob compiles a new pattern for every key,
        which cost more CPU than writing the output."""
        prefix = f"{key}."
        with os.scandir(target.parent) as entries:
            stale = [e.path for e in entries
                     if e.name.startswith(prefix) and e.name.endswith(".json") and e.name != target.name]
        for path in stale:
            Path(path).unlink(missing_ok=True)


def json_key(*values: Any) -> str:
    return hashlib.sha256(json.dumps(values, sort_keys=True, default=str).encode()).hexdigest()
