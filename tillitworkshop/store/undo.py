"""Undo and redo for every edit, recorded by SQLite itself.

The pattern from sqlite.org/undoredo.html: temporary triggers on each table
write the inverse SQL of every row change (cascades included) to a temporary
log. An edit's inverse statements travel in its ``Change``; replaying them in
reverse undoes it, and the replay records its own inverse, which is the redo.
The triggers are TEMP: they live in this connection only, never in the file.

Four rules keep an undo in one session from touching anything else:

- A row is found by its table's primary key (``id``, or every column of a
  composite key), never by rowid: SQLite gives a freed rowid to the next row
  inserted, which may belong to another session.
- An UPDATE's inverse sets back only the columns that changed, so undoing a
  note does not also undo whatever else was written to its session's row.
- A counter (``COUNTERS``: a problem's dots) is set back by its own difference,
  not to its old value: phones add dots between the facilitator's edits without
  an undo step (issue 23), and undoing the facilitator's dot must leave theirs.
  With nothing else in between this is exactly the old value.
- Where the day is (``sessions.current_phase``) and when a session was last
  edited (``updated_at``) are never logged: an undo neither navigates nor makes
  a session older (``Library.revert`` moves ``updated_at`` forward).
"""

from __future__ import annotations

import sqlite3

from .schema import TABLES

LOG = "undo_log"  # unqualified: a trigger may not name a schema, and TEMP wins

# Columns an UPDATE's inverse never sets back: view state and bookkeeping, not content.
# (A deleted row comes back whole, these included.)
UNLOGGED = {"sessions": ("current_phase", "current_link", "updated_at")}
# Columns that others (the room's phones) add to between the facilitator's edits: an
# UPDATE's inverse adds back the difference instead. Dots are never below zero.
COUNTERS = {"notes": ("votes",)}


def install(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY, sql TEXT)")
    for table in TABLES:
        info = list(conn.execute(f"PRAGMA main.table_info([{table}])"))
        columns = [row[1] for row in info]
        keys = [row[1] for row in sorted((r for r in info if r[5]), key=lambda r: r[5])]
        rowid_alias = len(keys) == 1 and info[columns.index(keys[0])][2].upper() == "INTEGER"
        for when, statement in (("AFTER INSERT", _delete(table, keys)),
                                ("AFTER UPDATE", _update(table, columns, keys)),
                                ("BEFORE DELETE", _insert(table, columns, rowid_alias))):
            action = when.split()[1].lower()
            condition = ""
            if action == "update":
                logged = [c for c in columns if c not in UNLOGGED.get(table, ())]
                condition = " WHEN " + " OR ".join(f"old.[{c}] IS NOT new.[{c}]" for c in logged)
            conn.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_{action} {when} ON main.[{table}]"
                f"{condition} BEGIN INSERT INTO {LOG}(sql) VALUES ({statement}); END"
            )


def _where(keys: list[str], row: str) -> str:
    """SQL text (an expression building SQL text) that finds the row by its primary key."""
    return "||' AND '||".join(f"'[{k}]='||quote({row}.[{k}])" for k in keys)


def _delete(table: str, keys: list[str]) -> str:
    return f"'DELETE FROM [{table}] WHERE '||{_where(keys, 'new')}"


def _update(table: str, columns: list[str], keys: list[str]) -> str:
    logged = [c for c in columns if c not in UNLOGGED.get(table, ())]
    # Each changed column adds ",[c]=old"; substr drops the first comma.
    sets = "||".join(
        f"(CASE WHEN old.[{c}] IS NOT new.[{c}] THEN ',[{c}]='||{_old(table, c)} ELSE '' END)"
        for c in logged)
    return f"'UPDATE [{table}] SET '||substr({sets}, 2)||' WHERE '||{_where(keys, 'new')}"


def _old(table: str, column: str) -> str:
    """SQL text (an expression building SQL text) for the value an inverse sets back."""
    if column in COUNTERS.get(table, ()):
        return f"'MAX(0,[{column}]+('||(old.[{column}]-new.[{column}])||'))'"
    return f"quote(old.[{column}])"


def _insert(table: str, columns: list[str], rowid_alias: bool) -> str:
    names = ",".join(f"[{c}]" for c in columns)
    values = "||','||".join(f"quote(old.[{c}])" for c in columns)
    if rowid_alias:  # the key is the rowid: AUTOINCREMENT never hands it to another row
        return f"'INSERT INTO [{table}]({names}) VALUES('||{values}||')'"
    # The old rowid when it is still free, so the row sorts where it did among rows of
    # equal position; a new one when another row took it meanwhile.
    return (f"'INSERT INTO [{table}](rowid,{names}) SELECT CASE WHEN EXISTS (SELECT 1 FROM "
            f"[{table}] WHERE rowid='||old.rowid||') THEN NULL ELSE '||old.rowid||' END,'"
            f"||{values}")


def take(conn: sqlite3.Connection) -> tuple[str, ...]:
    """The inverse statements logged since the last call, oldest first; clears the log."""
    rows = tuple(r[0] for r in conn.execute(f"SELECT sql FROM {LOG} ORDER BY seq"))
    conn.execute(f"DELETE FROM {LOG}")
    return rows


def replay(conn: sqlite3.Connection, statements: tuple[str, ...]) -> None:
    """Apply inverse statements newest first (inside a transaction, which the caller
    rolls back on any error).

    Foreign keys are checked at commit, not per statement, because a cascade
    logs children and parents in an order the reverse of which need not suit.
    A DELETE or UPDATE that finds no row is not an error: replaying a cascade's
    DELETE of the parent removes (or sets null in) the children that the later
    statements name.
    """
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for sql in reversed(statements):
        conn.execute(sql)
