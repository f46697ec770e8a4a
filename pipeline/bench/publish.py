"""The publish stage's cost: ``make publish`` (Datasette's metadata) and Datasette's start-up.

Neither grows much with the corpus (the metadata is built from the schema;
Datasette opens the database immutable). ``make publish`` is counted in all
stages' CPU a page; Datasette's start-up is paid each time ``make serve`` starts
a server, not per build, so it is reported beside it.
CPU seconds come from the kernel (``wait4``) for the metadata process and from
psutil for the server, taken once it has answered its first page.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

START_TIMEOUT = 60.0  # seconds Datasette may take to answer its first request


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def metadata_cost(db: Path, code: Path) -> dict[str, Any]:
    """``python -m pipeline publish --metadata-only``, as ``make publish`` runs it."""
    cmd = [sys.executable, "-m", "pipeline", "publish", "--db", str(db), "--metadata-only"]
    began = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=code, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    return {"seconds": round(time.monotonic() - began, 3), "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
            "exit_code": os.waitstatus_to_exitcode(status)}


def server_cost(db: Path, code: Path) -> dict[str, Any]:
    """Datasette started as ``make serve`` starts it, until it has served the home page."""
    import psutil

    from pipeline.publish import datasette_command, write_metadata
    port = free_port()
    command = datasette_command(db, write_metadata(db), "127.0.0.1", port)
    began = time.monotonic()
    proc = subprocess.Popen(command, cwd=code, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        answered = None
        while time.monotonic() - began < START_TIMEOUT and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                    response.read()
                    answered = time.monotonic() - began
                    break
            except OSError:
                time.sleep(0.1)
        times = psutil.Process(proc.pid).cpu_times() if proc.poll() is None else None
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if answered is None or times is None:
        return {"error": "Datasette did not answer its home page"}
    return {"seconds_to_first_page": round(answered, 2), "cpu_seconds": round(times.user + times.system, 2)}


def publish_cost(db: Path, code: Path) -> dict[str, Any]:
    if not db.exists():
        return {"error": "no database was built"}
    metadata = metadata_cost(db, code)
    try:
        server = server_cost(db, code)
    except Exception as error:  # Datasette missing or broken: reported, the bench goes on
        server = {"error": f"{type(error).__name__}: {error}"}
    return {"metadata": metadata, "datasette_start": server,
            "basis": "metadata: publish --metadata-only (make publish), counted in all stages' CPU; "
                     "datasette_start: make serve's start-up to its first page, paid per server start"}
