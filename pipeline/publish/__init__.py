"""The publish stage: serve the database read-only with Datasette."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pipeline.publish.metadata import build_metadata

PLUGINS = Path(__file__).resolve().parent / "plugins"  # limits.py: value and result size caps, 405 for writes


def write_metadata(db: Path) -> Path:
    """Write ``<db stem>.metadata.json`` beside the database and return its path."""
    path = db.with_name(f"{db.stem}.metadata.json")
    path.write_text(json.dumps(build_metadata(db.stem), indent=2), encoding="utf-8")
    return path


def datasette_command(db: Path, metadata: Path, host: str, port: int) -> list[str]:
    # -i: immutable, so Datasette opens the file read-only and can count rows once.
    return [sys.executable, "-m", "datasette", "serve", "-i", str(db), "-m", str(metadata),
            "-h", host, "-p", str(port), "--setting", "sql_time_limit_ms", "5000",
            "--setting", "facet_time_limit_ms", "1000", "--plugins-dir", str(PLUGINS)]


def serve(db: Path, host: str = "127.0.0.1", port: int = 8001, write_only: bool = False) -> int:
    if not db.exists():
        print(f"error: no database at {db}; build it first with 'make all' (or make all CORPUS=../shared/corpus)",
              file=sys.stderr)
        return 2
    metadata = write_metadata(db)
    print(f"publish: metadata written to {metadata}", file=sys.stderr)
    if write_only:
        return 0
    print(f"publish: serving {db} read-only on http://{host}:{port}/ (Ctrl-C to stop)", file=sys.stderr)
    command = datasette_command(db, metadata, host, port)
    os.execv(command[0], command)
    return 0  # not reached


def start_server(db: Path, host: str, port: int) -> subprocess.Popen:
    """Start Datasette in the background (tests, benchmarks); the caller stops it."""
    metadata = write_metadata(db)
    return subprocess.Popen(datasette_command(db, metadata, host, port),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
