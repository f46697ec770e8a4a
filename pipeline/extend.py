"""Tables and views built on top of the per-document facts (councils, views).

Kept apart from ``load`` so that cross-document derivations can grow without
touching the core schema.
"""

from __future__ import annotations


def extend_database(db, result) -> None:
    """Add derived tables and views; nothing yet beyond the core schema."""
    return None
