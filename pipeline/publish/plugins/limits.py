"""Datasette plugin: one request cannot make the published server allocate without bound.

Loaded with ``--plugins-dir`` by ``pipeline.publish``. SQL typed into Datasette
can build values of any size (``select zeroblob(100000000)``) and return up to
``max_returned_rows`` of them; the SQL time limit does not help, as such a value
takes no time to make. So every connection gets SQLite's length limit (no
string or blob longer than ``MAX_VALUE_BYTES``), and each query's rows are
counted as they are fetched and refused past ``MAX_RESULT_BYTES`` in all. The
database is read-only, so a POST (or any other write method) is answered 405.
"""

from __future__ import annotations

import sqlite3
import weakref

from datasette import hookimpl

MAX_VALUE_BYTES = 10 * 1024 * 1024  # above the longest page a text file or web page gives
MAX_RESULT_BYTES = 50 * 1024 * 1024  # one query's rows, all told
READ_METHODS = {"GET", "HEAD", "OPTIONS"}


class ResultTooLarge(sqlite3.DatabaseError):
    """Raised while fetching; Datasette shows it as a query error, like a timeout."""


def _size(value) -> int:
    return len(value) if isinstance(value, (str, bytes)) else 8


def counting_row_factory(limit: int = MAX_RESULT_BYTES):
    """``sqlite3.Row`` rows, refusing a query once its rows pass ``limit`` bytes in all."""
    fetched: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def row_factory(cursor, row):
        total = fetched.get(cursor, 0) + sum(_size(value) for value in row)
        fetched[cursor] = total
        if total > limit:
            raise ResultTooLarge(f"the query's results are larger than {limit // (1024 * 1024)} MB; "
                                 "select fewer rows or shorter values")
        return sqlite3.Row(cursor, row)

    return row_factory


@hookimpl
def prepare_connection(conn):
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.row_factory = counting_row_factory()


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def read_only(scope, receive, send):
            if scope["type"] == "http" and scope.get("method", "GET").upper() not in READ_METHODS:
                body = b"405 Method Not Allowed: this database is published read-only\n"
                await send({"type": "http.response.start", "status": 405,
                            "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"allow", b"GET, HEAD"),
                                        (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
                return
            await app(scope, receive, send)
        return read_only
    return wrap
