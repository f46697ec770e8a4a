"""Progress lines for long stages: documents done of total, time taken and time left."""

from __future__ import annotations

import sys
import time


def format_seconds(seconds: float) -> str:
    """'42 s', '3 min 05 s', '1 h 02 min'."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def shorten(label: str, limit: int = 70) -> str:
    """``label`` cut to ``limit`` characters at a word or path boundary, with an ellipsis; never mid-word."""
    if len(label) <= limit:
        return label
    head = label[:limit - 1]
    cut = max(head.rfind(c) for c in " /_-")
    return (head[:cut] if cut > limit // 2 else head).rstrip(" /_-") + "…"


def say(message: str) -> None:
    """A status line for the person running the build (stderr, so stdout stays data)."""
    print(message, file=sys.stderr, flush=True)


class Progress:
    """Prints "<stage>: done/total documents" at most every ``interval`` seconds, and at the end.

    Lines say how long the stage has run and, once a few documents are done, about
    how long is left; on a terminal they overwrite each other.
    """

    def __init__(self, stage: str, total: int, interval: float = 2.0, stream=None, clock=time.monotonic):
        self.stage = stage
        self.total = total
        self.done = 0
        self.interval = interval
        self.stream = stream or sys.stderr
        self.clock = clock
        self.started = clock()
        self.last = self.started
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()

    def remaining(self) -> float | None:
        """Seconds left at the rate so far; None until there is a rate to go by."""
        elapsed = self.clock() - self.started
        if self.done == 0 or elapsed <= 0:
            return None
        return (self.total - self.done) * elapsed / self.done

    def line(self, label: str = "") -> str:
        text = f"{self.stage}: {self.done}/{self.total} documents, {format_seconds(self.seconds())}"
        if self.done < self.total:
            left = self.remaining()
            if left is not None and self.done >= min(5, self.total):
                text += f", about {format_seconds(left)} left"
            if label:
                text += f" ({shorten(label)})"
        return text

    def advance(self, label: str = "") -> None:
        self.done += 1
        now = self.clock()
        if self.done == self.total or now - self.last >= self.interval:
            self.last = now
            line = self.line(label)
            end = "\r" if self.tty and self.done < self.total else "\n"
            print(line.ljust(100) if self.tty else line, end=end, file=self.stream, flush=True)

    def seconds(self) -> float:
        return self.clock() - self.started
