"""The library's schema: its version, its tables, and bringing a file up to date.

``SCHEMA_VERSION`` is the number of migrations (``migrations.py``); it is written
to ``PRAGMA user_version`` in the same transaction as the migrations, so a
library's version and its tables never disagree.

sqlite-utils, which runs the migrations and every edit, takes 120-160 ms to
import (click, dateutil, pluggy); opening an up-to-date library needs neither,
so it is imported when first used (``Library.db``), after the window is shown.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

# "TiWo": marks our files so that another program's SQLite file is refused.
APPLICATION_ID = 0x5469576F

SCHEMA_VERSION = 4  # len(migrations.migrations._migrations), which a test checks
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' own, which a test checks

# Every table of the current schema, parents before children.
TABLES = (
    "sessions",
    "participants",
    "agenda_items",
    "notes",
    "note_principles",
    "ratings",
    "relationship_marks",
    "commitments",
    "commitment_problems",
    "commitment_principles",
    "commitment_status",
    "commitment_insights",
    "forgotten",
    "exports",
    "export_participants",
)
# Kept in the library but not content: no undo, not in a backup's fingerprint (store/drafts.py).
NOT_CONTENT_TABLES = ("drafts",)
# What `check` expects to find.
EXPECTED_TABLES = frozenset({*TABLES, *NOT_CONTENT_TABLES, MIGRATIONS_TABLE})
# Tables a later migration made: a library of an older version lacks them until migrated.
ADDED_IN = {"drafts": 3, "commitment_insights": 3,
            "forgotten": 4, "exports": 4, "export_participants": 4}


def expected_tables(version: int) -> frozenset[str]:
    """The tables a library of schema ``version`` has."""
    return frozenset(t for t in EXPECTED_TABLES if ADDED_IN.get(t, 0) <= version)


def is_current(conn: sqlite3.Connection) -> bool:
    """Whether the file is ours and at this version: then there is nothing to migrate."""
    return (conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            and conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID)


def migrate(db: Database) -> list[str]:
    """Apply pending migrations and stamp the file, all in one transaction.

    Returns the names applied. Nested ``atomic()`` blocks become savepoints,
    so a migration that fails halfway rolls back every step and the version.
    """
    from .migrations import migrations

    pending = [m.name for m in migrations.pending(db)]
    if not pending and db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID:
        return []
    with db.atomic():
        migrations.apply(db)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return pending
