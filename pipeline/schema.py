"""The database schema in one place: tables, columns, and what each means.

``load`` creates the tables from this; ``publish`` turns the same words into
Datasette metadata, so the documentation cannot drift from the database.
"""

from __future__ import annotations

PROVENANCE_COLUMNS = {
    "page": "Page of the document the fact is on (1-based; web pages and text files have one page).",
    "char_start": "Where the quoted text starts in that page's text (pages.text), in characters.",
    "char_end": "Where the quoted text ends in that page's text (exclusive).",
    "quote": "The exact text the fact was read from: pages.text[char_start:char_end].",
}

TABLES: dict[str, dict] = {
    "documents": {
        "description": "One row per document of the corpus: a committee report, minutes, decision page or web page, with the meeting it belongs to.",
        "columns": {
            "id": "Document number in this database.",
            "path": "Path of the file relative to the corpus folder, '/' separators (as in the gold files).",
            "council": "Official name of the council.",
            "council_slug": "Short lower-case name used for the council's corpus folder.",
            "committee": "Committee or decision-maker the document belongs to.",
            "meeting_date": "Date of the meeting the document records or is written for (YYYY-MM-DD).",
            "published_meeting_date": "Date of the meeting the document was published with (minutes are usually published with the next meeting's papers).",
            "title": "Title of the document or web page.",
            "url": "Where the council published it.",
            "source_kind": "What kind of source it is: moderngov-document (a PDF), moderngov-agenda-item, moderngov-decision, moderngov-issue, council-web-page or committee-report.",
            "sha256": "SHA-256 of the file, to check a copy against.",
            "page_count": "Number of pages read (1 for web pages and text files; 0 when the document could not be read).",
            "text_engine": "What read the text: pdfplumber, pdfium, html or plain.",
        },
        "pk": "id",
    },
    "pages": {
        "description": "The clean text of every page, full-text searchable. Fact positions (char_start, char_end) index into this text.",
        "columns": {
            "document_id": "The document the page belongs to.",
            "page": "Page number, 1-based.",
            "text": "Text of the page: running headers, footers and page numbers removed.",
        },
        "pk": ("document_id", "page"),
        "fts": ["text"],
    },
    "resolutions": {
        "description": "What meetings resolved and what reports recommended: one row per numbered or lettered clause.",
        "columns": {
            "id": "Row number.",
            "document_id": "The document the clause is in.",
            "kind": "resolution (what a meeting or decision-maker decided) or recommendation (what a report asked a meeting to do).",
            "label": "The clause's own marker, such as (a), 1. or A., when it has one.",
            "action": "The verb that says what was done: noted, agreed, approved, endorsed, delegated, deferred, rejected, received, ...",
            "text": "The clause as written, without its label, whitespace collapsed.",
            **PROVENANCE_COLUMNS,
        },
        "pk": "id",
        "fts": ["text"],
    },
    "weaknesses": {
        "description": "Significant weaknesses and areas for improvement that an inspection or review identified: one row per item.",
        "columns": {
            "id": "Row number.",
            "document_id": "The document that lists the weakness.",
            "text": "The weakness as written, without its list marker.",
            "themes": "One or two themes from the gold guidelines' vocabulary, as a JSON array.",
            **PROVENANCE_COLUMNS,
        },
        "pk": "id",
        "fts": ["text"],
    },
    "dates": {
        "description": "Every calendar date or month named in a document, with ranges as one row.",
        "columns": {
            "id": "Row number.",
            "document_id": "The document the date is in.",
            "text": "The date as written.",
            "start_date": "ISO date (YYYY-MM-DD) or month (YYYY-MM).",
            "end_date": "End of a range, ISO; empty for a single date.",
            **PROVENANCE_COLUMNS,
        },
        "pk": "id",
    },
    "people": {
        "description": "Named people: one row per person per document, with their role and whether they are an officer (paid staff), a member (elected councillor) or other.",
        "columns": {
            "id": "Row number.",
            "document_id": "The document that names the person.",
            "name": "The name as written, honorifics kept.",
            "role": "Role or job title stated next to the name in this document.",
            "kind": "officer (council or NHS staff), member (elected councillor) or other (MPs, inspectors, the public).",
            "email": "Email address the document gives for the person.",
            "phone": "Phone number the document gives for the person.",
            **PROVENANCE_COLUMNS,
        },
        "pk": "id",
    },
    "events": {
        "description": "Dated milestones of each area's SEND inspection cycle (inspection, WSoA, re-visit, statutory direction, ...), read from the clause around a date.",
        "columns": {
            "id": "Row number.",
            "council": "Council the milestone belongs to.",
            "document_id": "The document that states it.",
            "type": "inspection, outcome-letter, wsoa-submitted, wsoa-approved, monitoring, revisit, revisit-outcome, statutory-direction or progress-plan.",
            "start_date": "ISO date or month of the milestone.",
            "end_date": "End of the milestone when it is a range (an inspection week).",
            "text": "The clause that states the milestone.",
            **PROVENANCE_COLUMNS,
        },
        "pk": "id",
    },
    "failures": {
        "description": "Documents, or parts of them, that could not be processed, and why. The rest of the build went on without them.",
        "columns": {
            "path": "Path of the file relative to the corpus folder.",
            "stage": "Where it failed: sidecar (its .meta.json), text or extract.",
            "error": "What went wrong and what to do about it.",
        },
    },
    "build_info": {
        "description": "When and from what this database was built.",
        "columns": {"key": "Setting.", "value": "Value."},
        "pk": "key",
    },
}

FACT_TABLES = ["resolutions", "weaknesses", "dates", "people", "events"]
# Columns researchers filter on; each gets an index.
INDEXES = {
    "documents": [["council_slug"], ["council"], ["meeting_date"], ["committee"], ["source_kind"]],
    "resolutions": [["document_id"], ["kind"], ["action"]],
    "weaknesses": [["document_id"]],
    "dates": [["document_id"], ["start_date"]],
    "people": [["document_id"], ["kind"], ["name"]],
    "events": [["document_id"], ["council"], ["type"], ["start_date"]],
    "failures": [["stage"]],
}

# Views built by pipeline.extend; documented here with the tables.
VIEWS: dict[str, dict] = {}
