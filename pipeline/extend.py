"""Tables and views built on top of the per-document facts.

Councils are linked by official code and Ofsted's official outcomes loaded
beside them; fact rows get their council, a link to their source page and one
to the page inside Datasette; resolutions are flagged as about SEND or not;
views give the comparisons researchers would otherwise build by hand. Kept
apart from ``load`` so that cross-document derivations grow here without
touching the core schema.
"""

from __future__ import annotations

from pipeline.approvals import approver
from pipeline.councils import CouncilIndex, load_councils, reference_path
from pipeline.schema import FACT_TABLES, VIEW_SQL
from pipeline.send_terms import about_send


def add_councils(db, work, reference=None) -> None:
    path = reference_path(work, reference)
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


def page_link_sql(table: str = "") -> str:
    """SQL for the link to a fact's page inside Datasette, its quote highlighted (canned query page_view).

    Relative to the database's URL (``/<database>/``), so the database's content does not
    depend on its file name; the publish plugin makes it a link.
    """
    t = f"{table}." if table else ""
    return (f"'page_view?document_id=' || {t}document_id || '&page=' || {t}page"
            f" || '&start=' || {t}char_start || '&end=' || {t}char_end || '#quote'")


def add_page_links(db) -> None:
    for table in FACT_TABLES:
        db.execute(f"update {table} set page_link = {page_link_sql()}")


def add_fact_councils(db) -> None:
    """Every fact row names its council, so tables and canned queries need no join to show it."""
    for table in FACT_TABLES:
        db.execute(f"""update {table} set
            council_code = (select council_code from documents d where d.id = {table}.document_id),
            council = coalesce((select council from documents d where d.id = {table}.document_id), council)""")


def add_approvers(db) -> None:
    rows = db.execute("select id, text, quote from events where type = 'wsoa-approved'").fetchall()
    for event_id, text, quote in rows:
        db.execute("update events set approved_by = ? where id = ?", [approver(text or quote), event_id])


def add_about_send(db) -> None:
    rows = db.execute("""select r.id, r.text, p.text, r.char_start from resolutions r
                         left join pages p on p.document_id = r.document_id and p.page = r.page""").fetchall()
    for rid, text, page_text, start in rows:
        db.execute("update resolutions set about_send = ? where id = ?", [about_send(text, page_text, start), rid])


def extend_database(db, result, work=None, reference=None) -> None:
    from pipeline.official import load_official

    add_councils(db, work or "extracted", reference)
    load_official(db, reference, work)
    add_fact_councils(db)
    add_source_links(db)
    add_page_links(db)
    add_approvers(db)
    add_about_send(db)
    for name, sql in VIEW_SQL.items():
        db.create_view(name, sql, replace=True)
    from pipeline.coverage import add_council_status, read_status

    add_council_status(db, read_status(getattr(result, "corpus", None)))
