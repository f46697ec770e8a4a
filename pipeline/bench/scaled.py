"""``SCALE=N``: N copies of a corpus, each made cheaply different so no cache is shared."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any

from pipeline.bench.common import MB


PDF_MARK = b"\n%% minutes-miner bench copy %02d\n"  # a PDF comment after %%EOF: still a valid PDF


HTML_MARK = b"\n<!-- minutes-miner bench copy %02d -->\n"  # a comment: no text once parsed


def mark_copy(data: bytes, suffix: str, copy: int) -> bytes | None:
    """The bytes of copy number ``copy`` of a document, different from every other copy's
    but read to the same text; None for files that can be linked as they are."""
    if suffix == ".pdf":
        return data + PDF_MARK % copy
    if suffix in {".html", ".htm"}:
        return data + HTML_MARK % copy
    if suffix == ".txt":
        return data + b"\n" * copy  # trailing blank lines: the text stage strips them
    return None


def link_or_copy(source: Path, target: Path) -> str:
    try:
        os.link(source, target)
        return "hardlink"
    except OSError:
        pass
    try:
        target.symlink_to(source.resolve())
        return "symlink"
    except OSError:
        shutil.copy2(source, target)
        return "copy"


def make_scaled_corpus(source: Path, dest: Path, copies: int) -> dict[str, Any]:
    """``copies`` copies of ``source`` under ``dest/<council>-copyNN/...``.

    Documents are written out with a per-copy mark (a PDF comment after %%EOF, an
    HTML comment, trailing newlines for text) so each copy has its own content hash
    and is really read, while reading to the same text; sidecars are hard-linked
    (their council_slug is kept, so the 20x database has 20x the rows per council).
    """
    began = time.monotonic()
    files = sorted(p for p in source.rglob("*") if p.is_file() and not p.name.startswith("."))
    written = linked = bytes_written = 0
    how: dict[str, int] = {}
    for copy in range(1, copies + 1):
        tag = f"copy{copy:02d}"
        for file in files:
            parts = file.relative_to(source).parts
            if len(parts) == 1:  # README.md and the like at the top: once, unchanged
                if copy > 1:
                    continue
                target = dest / parts[0]
            else:
                target = dest / f"{parts[0]}-{tag}" / Path(*parts[1:])
            target.parent.mkdir(parents=True, exist_ok=True)
            suffix = file.suffix.lower()
            data = file.read_bytes() if suffix in {".pdf", ".html", ".htm", ".txt"} else None
            marked = mark_copy(data, suffix, copy) if data is not None and len(parts) > 1 else None
            if marked is not None:
                target.write_bytes(marked)
                written += 1
                bytes_written += len(marked)
            else:
                kind = link_or_copy(file, target)
                how[kind] = how.get(kind, 0) + 1
                linked += 1
    return {
        "copies": copies,
        "folder": str(dest),
        "documents_written": written,
        "mb_written": round(bytes_written / MB, 1),
        "files_linked": linked,
        "link_kinds": how,
        "seconds": round(time.monotonic() - began, 2),
        "how": "each copy under <council>-copyNN/; PDFs get a comment line after %%EOF, HTML an "
               "HTML comment, .txt trailing newlines (same text, new content hash, so the text "
               "cache cannot share copies); sidecars hard-linked, council_slug unchanged",
    }
