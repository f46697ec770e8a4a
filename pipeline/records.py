"""The record types every stage shares.

A stage is a pure function of one document, so records are plain dataclasses
that serialise to JSON for the per-document caches under ``extracted/``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Document:
    """One file of the corpus with its sidecar metadata."""

    path: str  # relative to the corpus folder, "/" separators (as in the gold files)
    abspath: str
    sha256: str
    meta: dict[str, Any] = field(default_factory=dict)
    meta_error: str | None = None  # why the sidecar could not be read, if it could not

    @property
    def suffix(self) -> str:
        return self.path.rsplit(".", 1)[-1].lower() if "." in self.path else ""


@dataclass
class Page:
    page: int  # 1-based; documents without pages (web pages, text) have one page
    text: str
    # How the text was read: text-layer, table-rows, layout-reread, ocr, needs-ocr (PDFs); html; plain
    method: str = "text-layer"
    # Where in ``text`` the lines the PDF's fonts set as headings start (bold or larger lines, pipeline.text.fonts)
    headings: list[int] = field(default_factory=list)


@dataclass
class TextResult:
    """Output of the text stage for one document."""

    pages: list[Page]
    error: str | None = None  # set when nothing usable could be read
    warnings: list[str] = field(default_factory=list)
    engine: str | None = None

    @property
    def method(self) -> str | None:
        """The document's method: its pages' methods in reading order, without repeats."""
        methods = list(dict.fromkeys(p.method for p in self.pages))
        return "+".join(methods) or None

    @property
    def needs_ocr(self) -> list[int]:
        """Pages that have no usable text layer and were not read because Tesseract is missing."""
        return [p.page for p in self.pages if p.method == "needs-ocr"]

    def to_json(self) -> dict[str, Any]:
        return {
            "pages": [asdict(p) for p in self.pages],
            "error": self.error,
            "warnings": self.warnings,
            "engine": self.engine,
            "method": self.method,
            "needs_ocr": self.needs_ocr,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "TextResult":
        return cls(
            pages=[Page(**p) for p in data["pages"]],
            error=data.get("error"),
            warnings=list(data.get("warnings", [])),
            engine=data.get("engine"),
        )


@dataclass
class Fact:
    """Provenance every fact carries: ``page_text[char_start:char_end] == quote``."""

    page: int
    char_start: int
    char_end: int
    quote: str
    evidence: str = ""  # the cues that decided this fact (pipeline/extract/common/evidence.py)


@dataclass
class Resolution(Fact):
    kind: str = "resolution"  # or "recommendation"
    label: str | None = None
    text: str = ""  # the clause without its label, whitespace collapsed
    action: str | None = None  # noted, agreed, approved, ...


@dataclass
class Weakness(Fact):
    text: str = ""
    themes: list[str] = field(default_factory=list)


@dataclass
class DateMention(Fact):
    text: str = ""
    start_date: str = ""
    end_date: str | None = None


@dataclass
class Person(Fact):
    name: str = ""
    role: str | None = None
    kind: str = "other"  # officer, member, other
    email: str | None = None
    phone: str | None = None


@dataclass
class Event(Fact):
    type: str = ""
    start_date: str = ""
    end_date: str | None = None
    text: str = ""


@dataclass
class MeetingInfo:
    council: str | None = None
    committee: str | None = None
    meeting_date: str | None = None
    # provenance of the date when read from the document itself
    source: str | None = None  # "document" or "sidecar" or "path"


@dataclass
class Facts:
    """Output of the extract stage for one document."""

    meeting: MeetingInfo
    resolutions: list[Resolution] = field(default_factory=list)
    weaknesses: list[Weakness] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    FACT_TYPES = {
        "resolutions": Resolution,
        "weaknesses": Weakness,
        "dates": DateMention,
        "people": Person,
        "events": Event,
    }

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"meeting": asdict(self.meeting)}
        for name in self.FACT_TYPES:
            out[name] = [asdict(f) for f in getattr(self, name)]
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Facts":
        kwargs = {
            name: [kind(**f) for f in data.get(name, [])]
            for name, kind in cls.FACT_TYPES.items()
        }
        return cls(meeting=MeetingInfo(**data["meeting"]), **kwargs)
