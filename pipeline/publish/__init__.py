"""The publish stage: serve the database read-only with Datasette.

Datasette runs with this package's templates (the home page's "start here"
list, the page view that highlights a fact's quote, column descriptions one
click away) and its plugin that makes in-site ``*_link`` paths clickable.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

from pipeline.publish.metadata import build_metadata

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
PLUGINS = HERE / "plugins"


def write_metadata(db: Path) -> Path:
    """Write ``<db stem>.metadata.json`` beside the database and return its path."""
    path = db.with_name(f"{db.stem}.metadata.json")
    path.write_text(json.dumps(build_metadata(db.stem), indent=2), encoding="utf-8")
    return path


def datasette_command(db: Path, metadata: Path, host: str, port: int) -> list[str]:
    # -i: immutable, so Datasette opens the file read-only and can count rows once.
    return [sys.executable, "-m", "datasette", "serve", "-i", str(db), "-m", str(metadata),
            "-h", host, "-p", str(port), "--template-dir", str(TEMPLATES), "--plugins-dir", str(PLUGINS),
            "--setting", "sql_time_limit_ms", "5000",
            "--setting", "facet_time_limit_ms", "1000"]


def port_taken(host: str, port: int) -> bool:
    """True when something already listens on host:port (Datasette would die with a traceback)."""
    with socket.socket() as sock:
        sock.settimeout(1)
        try:
            sock.connect((host, port))
            return True  # something answered: a listener holds the port
        except OSError:
            pass
    with socket.socket() as sock:
        # As the server will: a socket lingering after a stopped server does not count.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as error:
            return error.errno in (errno.EADDRINUSE, errno.EACCES)
    return False


def serve(db: Path, host: str = "127.0.0.1", port: int = 8001, write_only: bool = False) -> int:
    if not db.exists():
        print(f"error: no database at {db}; build it first with 'make all' (or make all CORPUS=../shared/corpus)",
              file=sys.stderr)
        return 2
    metadata = write_metadata(db)
    print(f"publish: metadata written to {metadata}", file=sys.stderr)
    if write_only:
        return 0
    if port_taken(host, port):
        print(f"error: port {port} on {host} is already in use (another 'make serve'?). Stop that server, "
              f"or choose another port: make serve PORT={port + 1} (or --port {port + 1})", file=sys.stderr)
        return 2
    print(f"publish: serving {db} read-only on http://{host}:{port}/ (Ctrl-C to stop)", file=sys.stderr)
    command = datasette_command(db, metadata, host, port)
    os.execv(command[0], command)
    return 0  # not reached


def start_server(db: Path, host: str, port: int) -> subprocess.Popen:
    """Start Datasette in the background (tests, benchmarks); the caller stops it."""
    metadata = write_metadata(db)
    return subprocess.Popen(datasette_command(db, metadata, host, port),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
