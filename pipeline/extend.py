"""Tables and views built on top of the per-document facts.

Councils are linked by official code; fact rows get a link to their source
page; two views give the comparisons researchers would otherwise build by hand.
Kept apart from ``load`` so that cross-document derivations grow here without
touching the core schema.
"""

from __future__ import annotations

from pipeline.councils import CouncilIndex, load_councils, reference_path
from pipeline.schema import FACT_TABLES, VIEW_SQL


def add_councils(db, work) -> None:
    path = reference_path(work)
    db["councils"].insert_all(load_councils(path), pk="code", replace=True)
    index = CouncilIndex(path)
    for doc_id, council, slug in db.execute("select id, council, council_slug from documents").fetchall():
        code = index.code_for(council, slug)
        if code:
            db.execute("update documents set council_code = ? where id = ?", [code, doc_id])
    # A document without a council name gets the official one.
    db.execute("""update documents set council = (select name from councils where code = documents.council_code)
                  where council is null and council_code is not null""")


def add_source_links(db) -> None:
    """``url#page=N`` for PDFs (browsers open the page), the plain URL otherwise."""
    for table in FACT_TABLES:
        db.execute(f"""
            update {table} set source_link = (
                select case when d.url is null then null
                            when lower(d.path) like '%.pdf' then d.url || '#page=' || {table}.page
                            else d.url end
                from documents d where d.id = {table}.document_id)""")


def add_event_council_codes(db) -> None:
    db.execute("""update events set council_code = (select council_code from documents d where d.id = events.document_id),
                  council = coalesce(council, (select council from documents d where d.id = events.document_id))""")


def extend_database(db, result, work=None) -> None:
    add_councils(db, work or "extracted")
    add_source_links(db)
    add_event_council_codes(db)
    for name, sql in VIEW_SQL.items():
        db.create_view(name, sql, replace=True)
    from pipeline.coverage import add_council_status, read_status

    add_council_status(db, read_status(getattr(result, "corpus", None)))
