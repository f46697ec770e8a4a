"""What a new user meets first: help texts, clear errors instead of silence or tracebacks."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

from pipeline.cli import main, parser
from pipeline.progress import shorten
from pipeline.publish import serve


def test_every_option_has_help():
    top = parser()
    commands = top._subparsers._group_actions[0].choices
    missing = [f"{name} {action.dest}" for name, sub in commands.items() for action in sub._actions
               if not action.help and action.dest != "help"]
    assert not missing


def test_pull_into_a_missing_corpus_fails_clearly(tmp_path, capsys):
    status = main(["pull", "--corpus", str(tmp_path / "nonexistent"), "--work", str(tmp_path / "work")])
    assert status == 2
    assert "does not exist" in capsys.readouterr().err


def test_serve_on_a_taken_port_says_so(tmp_path, shared_db, capsys):
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        db = tmp_path / "minutes.db"
        db.write_bytes(shared_db.read_bytes())
        assert serve(db, "127.0.0.1", port) == 2
    err = capsys.readouterr().err
    assert f"port {port}" in err and "PORT=" in err and "Traceback" not in err


def test_make_serve_takes_a_port():
    # -o setup: take the environment as set up; -n: print the commands without running them
    repo = Path(__file__).resolve().parents[1]
    out = subprocess.run(["make", "-n", "-o", "setup", "serve", "PORT=8123"], capture_output=True, text=True,
                         check=True, cwd=repo).stdout
    assert '--port "8123"' in out


def test_progress_labels_are_cut_between_words():
    label = "kent/2019-07-11-childrens-young-people-and-education-cabinet-committee/Item 7 - Written Statement.pdf"
    short = shorten(label)
    assert len(short) <= 70 and short.endswith("…")
    assert label.startswith(short[:-1]) and label[len(short) - 1] in " /_-"
    assert shorten("short label") == "short label"
