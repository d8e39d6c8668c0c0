"""Undo and redo for every edit, recorded by SQLite itself.

The pattern from sqlite.org/undoredo.html: temporary triggers on each table
write the inverse SQL of every row change (cascades included) to a temporary
log. An edit's inverse statements travel in its ``Change``; replaying them in
reverse undoes it, and the replay records its own inverse, which is the redo.
The triggers are TEMP: they live in this connection only, never in the file.
"""

from __future__ import annotations

import sqlite3

from .schema import TABLES

LOG = "undo_log"  # unqualified: a trigger may not name a schema, and TEMP wins


def install(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY, sql TEXT)")
    for table in TABLES:
        columns = [row[1] for row in conn.execute(f"PRAGMA main.table_info([{table}])")]
        sets = "||','||".join(f"'[{c}]='||quote(old.[{c}])" for c in columns)
        values = "||','||".join(f"quote(old.[{c}])" for c in columns)
        names = ",".join(f"[{c}]" for c in columns)
        conn.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_insert AFTER INSERT ON main.[{table}] "
            f"BEGIN INSERT INTO {LOG}(sql) VALUES "
            f"('DELETE FROM [{table}] WHERE rowid='||new.rowid); END"
        )
        conn.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_update AFTER UPDATE ON main.[{table}] "
            f"BEGIN INSERT INTO {LOG}(sql) VALUES "
            f"('UPDATE [{table}] SET '||{sets}||' WHERE rowid='||old.rowid); END"
        )
        conn.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_delete BEFORE DELETE ON main.[{table}] "
            f"BEGIN INSERT INTO {LOG}(sql) VALUES "
            f"('INSERT INTO [{table}](rowid,{names}) VALUES('||old.rowid||','||{values}||')'); END"
        )


def take(conn: sqlite3.Connection) -> tuple[str, ...]:
    """The inverse statements logged since the last call, oldest first; clears the log."""
    rows = tuple(r[0] for r in conn.execute(f"SELECT sql FROM {LOG} ORDER BY seq"))
    conn.execute(f"DELETE FROM {LOG}")
    return rows


def replay(conn: sqlite3.Connection, statements: tuple[str, ...]) -> None:
    """Apply inverse statements newest first (inside a transaction).

    Foreign keys are checked at commit, not per statement, because a cascade
    logs children and parents in an order the reverse of which need not suit.
    """
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for sql in reversed(statements):
        conn.execute(sql)
