"""Progress lines for long stages: documents done of total, and the current stage."""

from __future__ import annotations

import sys
import time


class Progress:
    """Prints "<stage>: done/total" at most every ``interval`` seconds, and at the end."""

    def __init__(self, stage: str, total: int, interval: float = 2.0, stream=None):
        self.stage = stage
        self.total = total
        self.done = 0
        self.interval = interval
        self.stream = stream or sys.stderr
        self.started = time.monotonic()
        self.last = 0.0
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()

    def advance(self, label: str = "") -> None:
        self.done += 1
        now = time.monotonic()
        if self.done == self.total or now - self.last >= self.interval:
            self.last = now
            line = f"{self.stage}: {self.done}/{self.total} documents"
            if label and self.done < self.total:
                line += f" ({label[:70]})"
            end = "\r" if self.tty and self.done < self.total else "\n"
            print(line.ljust(100) if self.tty else line, end=end, file=self.stream, flush=True)

    def seconds(self) -> float:
        return time.monotonic() - self.started
