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
    "evidence": "Why the row is here: the cues that decided it, each 'cue:value' with its weight, e.g. 'intro:areas-for-improvement +2; count:4/4 +1; list:bullet +1'.",
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
            "meeting_date_source": "Where meeting_date was read: document (its own heading or cover), sidecar, or path.",
            "title": "Title of the document or web page.",
            "url": "Where the council published it.",
            "source_kind": "What kind of source it is: moderngov-document (a PDF), moderngov-agenda-item, moderngov-decision, moderngov-issue, council-web-page or committee-report.",
            "sha256": "SHA-256 of the file, to check a copy against.",
            "page_count": "Number of pages read (1 for web pages and text files; 0 when the document could not be read).",
            "text_engine": "What read the text: pdfium, pdfplumber, tesseract (OCR), html or plain, joined by + when more than one did.",
            "text_method": "How its pages' text was read, joined by + when pages differ: text-layer, layout-reread, ocr, needs-ocr (see pages.method), html or plain.",
        },
        "pk": "id",
    },
    "pages": {
        "description": "The clean text of every page, full-text searchable. Fact positions (char_start, char_end) index into this text.",
        "columns": {
            "document_id": "The document the page belongs to.",
            "page": "Page number, 1-based.",
            "text": "Text of the page: running headers, footers and page numbers removed.",
            "method": "How the text was read: text-layer (the PDF's own text), layout-reread (pdfplumber's layout analysis, where PDFium ran the words together), ocr (rendered at 200 dpi and read by Tesseract: the page had no usable text layer), needs-ocr (no usable text layer and Tesseract was not installed: install it with make ocr-deps), html (a web page) or plain (a text file).",
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
            "stage": "Where it failed: corpus (the file itself: unreadable, a link out of the corpus, a FIFO, an odd name), sidecar (its .meta.json; the document is still read), text, extract, or ocr (some pages need OCR and Tesseract is not installed; the other pages are read).",
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

TABLES["councils"] = {
    "description": "Every UK local authority with its official codes, from mySociety's table of UK local authorities. Documents link here by code.",
    "columns": {
        "code": "Three-letter local-authority code (ISO 3166-2:GB style, e.g. KEN).",
        "gss_code": "ONS GSS code (e.g. E10000016).",
        "dfe_la_number": "The DfE's three-digit local-authority number (e.g. 886), used in school and SEND statistics.",
        "name": "Official name.",
        "nice_name": "Short everyday name.",
        "region": "English region or nation.",
        "type": "Kind of authority: county, unitary authority, metropolitan district, London borough, ...",
        "slug": "The council's slug on GOV.UK.",
        "start_date": "When the authority was created, if recently.",
        "end_date": "When it was abolished, if it has been.",
        "nation": "England, Scotland, Wales or Northern Ireland.",
    },
    "pk": "code",
}
TABLES["documents"]["columns"]["council_code"] = "Local-authority code of the council (links to councils)."
for _fact in ["resolutions", "weaknesses", "dates", "people", "events"]:
    TABLES[_fact]["columns"]["source_link"] = "The published document, opened at the fact's page (#page=N) for PDFs."
TABLES["events"]["columns"]["council_code"] = "Local-authority code of the council (links to councils)."
INDEXES["documents"].append(["council_code"])
INDEXES["events"].append(["council_code"])

# Views built by pipeline.extend; documented here with the tables.
VIEWS: dict[str, dict] = {
    "area_timeline": {
        "description": "One row per council and SEND milestone, in date order: when each area was inspected, submitted and had its WSoA approved, was re-visited or directed.",
        "columns": {
            "council_code": "Local-authority code.",
            "council": "Council name.",
            "region": "Region of the council.",
            "type": "Milestone type (see events.type).",
            "start_date": "Date or month of the milestone.",
            "end_date": "End of the milestone when a range.",
            "text": "The clause that states it.",
            "document_id": "The document it was read from.",
            "document": "Title of that document.",
            "page": "Page of the document.",
            "source_link": "The published document at that page.",
        },
    },
    "area_summary": {
        "description": "One row per council: its first inspection, WSoA dates, re-visit and statutory direction, how many weaknesses and which themes, how many resolutions, and its latest document.",
        "columns": {
            "council_code": "Local-authority code.",
            "council": "Council name.",
            "region": "Region.",
            "first_inspection": "Earliest inspection date stated in its documents.",
            "wsoa_submitted": "Earliest date the WSoA was (or was due to be) submitted.",
            "wsoa_approved": "Earliest date the WSoA was approved.",
            "revisit": "Latest re-visit date.",
            "statutory_direction": "Earliest statutory direction or improvement notice date.",
            "weaknesses": "Number of weaknesses extracted.",
            "themes": "Weakness themes found, as a JSON array.",
            "resolutions": "Number of resolution and recommendation clauses.",
            "documents": "Number of documents.",
            "latest_document_date": "Meeting date of its most recent document.",
        },
    },
}

VIEW_SQL = {
    "area_timeline": """
select e.council_code, coalesce(c.name, e.council) as council, c.region, e.type, e.start_date, e.end_date,
       e.text, e.document_id, d.title as document, e.page, e.source_link
from events e
join documents d on d.id = e.document_id
left join councils c on c.code = e.council_code
order by council, e.start_date, e.type""",
    "area_summary": """
with areas as (select distinct council_code from documents where council_code is not null)
select a.council_code, c.name as council, c.region,
  (select min(start_date) from events e where e.council_code = a.council_code and e.type = 'inspection') as first_inspection,
  (select min(start_date) from events e where e.council_code = a.council_code and e.type = 'wsoa-submitted') as wsoa_submitted,
  (select min(start_date) from events e where e.council_code = a.council_code and e.type = 'wsoa-approved') as wsoa_approved,
  (select max(start_date) from events e where e.council_code = a.council_code and e.type = 'revisit') as revisit,
  (select min(start_date) from events e where e.council_code = a.council_code and e.type = 'statutory-direction') as statutory_direction,
  (select count(*) from weaknesses w join documents d on d.id = w.document_id where d.council_code = a.council_code) as weaknesses,
  (select json_group_array(distinct t.value) from weaknesses w join documents d on d.id = w.document_id,
          json_each(w.themes) t where d.council_code = a.council_code) as themes,
  (select count(*) from resolutions r join documents d on d.id = r.document_id where d.council_code = a.council_code) as resolutions,
  (select count(*) from documents d where d.council_code = a.council_code) as documents,
  (select max(meeting_date) from documents d where d.council_code = a.council_code) as latest_document_date
from areas a join councils c on c.code = a.council_code
order by c.name""",
}

# The pull's coverage report (pipeline/coverage.py fills it and adds its verdict to area_summary).
from pipeline.coverage import AREA_SUMMARY_COLUMNS, COUNCIL_STATUS_TABLE  # noqa: E402

TABLES["council_status"] = COUNCIL_STATUS_TABLE
VIEWS["area_summary"]["columns"].update(AREA_SUMMARY_COLUMNS)
