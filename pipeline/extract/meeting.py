"""Meeting metadata: council, committee and date of the meeting a document belongs to."""

from __future__ import annotations

from pipeline.extract.structure import StructuredDocument
from pipeline.records import Document, MeetingInfo


def extract(doc: StructuredDocument, source: Document) -> MeetingInfo:
    meta = source.meta
    return MeetingInfo(
        council=meta.get("council"),
        committee=meta.get("committee"),
        meeting_date=meta.get("meeting_date"),
        source="sidecar" if meta.get("meeting_date") else None,
    )
