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
            "text_method": "How its pages' text was read, joined by + when pages differ: text-layer, table-rows, layout-reread, ocr, needs-ocr (see pages.method), html or plain.",
        },
        "pk": "id",
    },
    "pages": {
        "description": "The clean text of every page, full-text searchable. Fact positions (char_start, char_end) index into this text.",
        "columns": {
            "document_id": "The document the page belongs to.",
            "page": "Page number, 1-based.",
            "text": "Text of the page: running headers, footers and page numbers removed.",
            "method": "How the text was read: text-layer (the PDF's own text), table-rows (the PDF's own text, with the rows of ruled tables that PDFium split across lines written one line a row, cells joined by ' | '), layout-reread (pdfplumber's layout analysis, where PDFium ran the words together), ocr (rendered at 200 dpi and read by Tesseract: the page had no usable text layer), needs-ocr (no usable text layer and Tesseract was not installed: install it with make ocr-deps), html (a web page) or plain (a text file).",
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
TABLES["councils"]["columns"].update({
    "former_gss_codes": "GSS codes the council had before (comma-separated): an old code still finds it here and in council_gss_codes.",
    "send_area": "1 for the 153 English SEND local areas (a live DfE local authority number), else 0.",
    "ofsted_urn": "Ofsted's unique reference number for the local authority.",
})
TABLES["councils"]["description"] = (
    "Every UK local authority with its official codes, from mySociety's table of UK local authorities, with DfE's "
    "3-digit LA numbers and current GSS codes for the English SEND local areas. Documents and official outcomes link here by code.")
for _fact in FACT_TABLES:
    # council and council_code right after document_id, so they show beside the fact.
    _columns = TABLES[_fact]["columns"]
    _columns.pop("council", None)
    _at = list(_columns).index("document_id") + 1
    _items = list(_columns.items())
    _items[_at:_at] = [("council", "Council the document belongs to."),
                       ("council_code", "Local-authority code of that council (links to councils).")]
    TABLES[_fact]["columns"] = dict(_items)
    TABLES[_fact]["columns"].update({
        "source_link": "The published document, opened at the fact's page (#page=N) for PDFs; empty when the council's URL is not known.",
        "page_link": "This page's text inside Datasette with the quote highlighted (works for every document, with or without a source URL); relative to the database's URL, e.g. /minutes/page_view?....",
    })
    INDEXES[_fact].append(["council_code"])
TABLES["events"]["columns"]["approved_by"] = (
    "For wsoa-approved: who approved it, when the clause says (Ofsted, DfE and NHS England, Cabinet, Health and Wellbeing "
    "Board, ...). A cabinet's approval is not Ofsted's acceptance.")
TABLES["resolutions"]["columns"]["about_send"] = (
    "1 when the clause, or the lines just before it on its page (its agenda item), is about SEND: special educational "
    "needs, EHC plans, the inspection, the WSoA, high needs; 0 otherwise (budgets, planning, ...).")
INDEXES["documents"].append(["council_code"])
INDEXES["resolutions"].append(["about_send"])

TABLES["official_outcomes"] = {
    "description": (
        "Ofsted's official outcomes of area SEND inspections: one row per area and inspection, under the 2016 framework "
        "(Ofsted's official statistics to 31 August 2022) and the 2023 framework (Ofsted's management information and "
        "Data to Insight's weekly table). Keyed on the council that is the SEND local area today (same DfE LA number)."),
    "columns": {
        "id": "Row number.",
        "council_code": "The council (links to councils).",
        "area": "The area's name as the source file spells it.",
        "framework": "2016 (inspections May 2016 to 2022: WSoA and re-visit) or 2023 (graded outcomes).",
        "inspection_start": "First day of the inspection (ISO date).",
        "inspection_end": "Last day of the inspection, where the source gives it (2023 framework).",
        "publication_date": "When the inspection's outcome letter or report was published.",
        "wsoa_required": "2016 framework: 1 when a Written Statement of Action was required, 0 when not.",
        "significant_weaknesses": "2016 framework: number of significant weaknesses the WSoA had to address.",
        "revisit_start": "2016 framework: first day of the re-visit.",
        "revisited": "2016 framework: 1 re-visited, 0 'not revisited yet' (as at 31 August 2022), empty when no WSoA.",
        "revisit_publication": "When the re-visit's outcome letter was published.",
        "revisit_outcome": "Sufficient progress at the re-visit in: all, some or none of the significant weaknesses.",
        "weaknesses_progressed": "Significant weaknesses where the re-visit found sufficient progress.",
        "weaknesses_not_progressed": "Significant weaknesses where it did not.",
        "outcome_grade": "2023 framework: 1 typically positive experiences and outcomes, 2 inconsistent, 3 widespread and/or systemic failings.",
        "outcome_text": "2023 framework: the outcome as worded in the report (or the management information).",
        "next_inspection": "2023 framework: when the next full inspection is due, as the report words it (3 years, 18 months, ...).",
        "next_inspection_due": "2023 framework: date the next full inspection is due by.",
        "priority_action_plan": "2023 framework (management information): 1 when a priority action plan was required.",
        "report_url": "The inspection report on Ofsted's file server, where known.",
        "source_file": "The reference file(s) the row was read from (see official_sources).",
    },
    "pk": "id",
}
TABLES["official_sources"] = {
    "description": "The official files official_outcomes and the councils' LA numbers were read from, with their licence and what dates they cover.",
    "columns": {
        "file": "File name in the reference folder.",
        "what": "What the file is.",
        "licence": "Its licence.",
        "url": "Where make pull refreshes it from (empty: a final release, not refreshed).",
        "framework": "Inspection framework it covers (2016 or 2023).",
        "milestones": "Milestone types it gives official dates for (milestone_checks compares these).",
        "covers_from": "First inspection date the file covers.",
        "covers_to": "Last inspection date the file covers: an extracted date outside every window has no official record to check.",
        "rows": "Rows read from it.",
        "sha256": "SHA-256 of the file read.",
    },
    "pk": "file",
}
TABLES["council_gss_codes"] = {
    "description": "Every GSS code, current or former, with the council it leads to: an old code (Barnsley's E08000016) still finds its council.",
    "columns": {
        "gss_code": "ONS GSS code.",
        "council_code": "The council (links to councils).",
        "current": "1 when it is the council's current code.",
    },
    "pk": "gss_code",
}
INDEXES["official_outcomes"] = [["council_code"], ["framework"], ["inspection_start"]]
INDEXES["council_gss_codes"] = [["council_code"]]
INTEGER_COLUMNS = {"id", "document_id", "page", "char_start", "char_end", "page_count", "wsoa_required",
                   "significant_weaknesses", "revisited", "weaknesses_progressed", "weaknesses_not_progressed",
                   "outcome_grade", "priority_action_plan", "send_area", "current", "rows", "about_send"}

# Views built by pipeline.extend, documented beside their SQL.
from pipeline.views import VIEW_SQL, VIEWS  # noqa: E402,F401

# The pull's coverage report (pipeline/coverage.py fills it and adds its verdict to area_summary).
from pipeline.coverage import AREA_SUMMARY_COLUMNS, COUNCIL_STATUS_TABLE  # noqa: E402

TABLES["council_status"] = COUNCIL_STATUS_TABLE
VIEWS["area_summary"]["columns"].update(AREA_SUMMARY_COLUMNS)
