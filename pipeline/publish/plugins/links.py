"""Datasette plugin: links inside the site as links, and documents by title rather than bare ids.

Datasette links values that start with http(s) only; a fact's ``page_link``
is a path relative to the database's URL (``page_view?...``), so it would show as text. And
a fact's own row page shows ``document_id`` as a bare number (the table page
labels foreign keys, the row page does not): here it becomes the document's
title, linked to the document.
"""

from datasette import hookimpl
from markupsafe import Markup, escape

LABELS = {"page_link": "page, quote highlighted"}


@hookimpl
def render_cell(value, column, table, database, datasette):
    if isinstance(value, str) and column.endswith("_link") and value.startswith("page_view?"):
        href = datasette.urls.database(database) + "/" + value
        return Markup(f'<a href="{escape(href)}">{escape(LABELS.get(column, "open"))}</a>')
    if column == "document_id" and isinstance(value, int) and table not in (None, "documents"):
        return document_title_link(datasette, database, value)
    return None


def document_title_link(datasette, database: str, document_id: int):
    async def inner():
        db = datasette.get_database(database)
        row = (await db.execute("select coalesce(title, path) from documents where id = ?", [document_id])).first()
        title = row[0] if row else f"document {document_id}"
        href = datasette.urls.row(database, "documents", str(document_id))
        return Markup(f'<a href="{escape(href)}">{escape(title)}</a>&nbsp;<em>{document_id}</em>')

    return inner
