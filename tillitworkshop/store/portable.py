"""The portable session file: one session in a small SQLite file of our own schema.

Writing one is easy (import the session's document into an empty library and
VACUUM it into the file). Reading one is where the care goes, because the file
is untrusted: a crafted SQLite file can carry triggers, views and index
expressions that run code when read or written. So an import

- copies the file privately and opens the copy read-only and immutable, with
  ``trusted_schema=OFF`` and a time limit on every statement;
- compares its whole schema, entry by entry, with the schema our own
  migrations build for that version — any trigger, view, extra table, column
  or index is refused before a single row is read;
- never ATTACHes it to the library: the rows are read into a document that
  goes through the same validation as a JSON import, and only then written.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ..domain.validation import cut_text, shorten
from .changes import Change
from .check import SQLITE_MAGIC
from .errors import ImportRejected
from .files import private_temp, write_atomically
from .interchange import (
    import_document,
    parse_document,
    read_session_file,
    session_document,
    to_document,
)
from .library import Library, Reader
from .migrations import migrations
from .read import load_workshop
from .schema import APPLICATION_ID, SCHEMA_VERSION

TIME_LIMIT = 1.0  # seconds for reading one file, all statements together
ALLOWED_EXTRA = {("table", "sqlite_sequence")}


def export_portable(lib: Library, session_id: str, target: Path, anonymise: bool = False) -> Path:
    """Write one session as a portable single-session SQLite file at ``target`` (without
    names when ``anonymise``: store/anonymise.py).

    The scratch library is made in the library folder's private temporary folder and
    the file reaches ``target`` as every export does (``files.write_atomically``).
    """
    doc = session_document(lib, session_id, anonymise)
    with private_temp(lib.folder) as tmp:
        with Library.open(tmp, backup=False) as scratch:
            import_document(scratch, doc, "session")
            partial = tmp / "portable.sqlite"
            scratch.db.execute("VACUUM INTO ?", [str(partial)])
        return write_atomically(target, partial.read_bytes())


def is_portable(data: bytes) -> bool:
    """Whether the first bytes of a file are those of an SQLite file."""
    return data[:16] == SQLITE_MAGIC


def import_session(lib: Library, path: Path) -> Change:
    """Import a portable session file or a JSON interchange file, told apart by content;
    the file is read once, after ``read_session_file`` has refused what it must."""
    data = read_session_file(path)
    if is_portable(data):
        return _import_portable_bytes(lib, data, str(path))
    return import_document(lib, parse_document(data, str(path)), str(path))


def import_portable(lib: Library, path: Path) -> Change:
    return _import_portable_bytes(lib, read_session_file(path), str(path))


def _import_portable_bytes(lib: Library, data: bytes, source: str) -> Change:
    with private_temp(lib.folder) as tmp:
        copy = tmp / "import.sqlite"
        copy.write_bytes(data)
        del data
        doc = _read_document(copy, source)
    return import_document(lib, doc, source)


def _reject(source: str, message: str) -> ImportRejected:
    return ImportRejected(source, [("file", message)])


def _quoted(e: Exception) -> str:
    """SQLite's words, which may quote a name of the file's own making, cut short."""
    return cut_text(str(e))


def _read_document(copy: Path, source: str) -> dict[str, Any]:
    header = copy.read_bytes()[:100]
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise _reject(source, "is not a portable session file (not SQLite)")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise _reject(source, "is an SQLite file of another program, not a Tillit Workshop session")
    version = int.from_bytes(header[60:64], "big")
    if version > SCHEMA_VERSION:
        raise _reject(source, f"was written by a newer Tillit Workshop (version {version}; this "
                              f"one reads up to {SCHEMA_VERSION}). Update the app to import it.")
    if version < 1:
        raise _reject(source, "has no schema version; it is not a session file")
    conn = sqlite3.connect(f"{copy.as_uri()}?mode=ro&immutable=1", uri=True)
    deadline = time.monotonic() + TIME_LIMIT
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 1000)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
        _check_schema(conn, version, source)
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise _reject(source, "is damaged (integrity check failed)")
        reader = Reader(conn)
        ids = [r["id"] for r in reader.query("SELECT id FROM sessions")]
        if len(ids) != 1:
            raise _reject(source, f"holds {len(ids)} sessions; a portable file holds exactly one")
        return to_document(load_workshop(reader, ids[0]))
    except sqlite3.OperationalError as e:
        if "interrupted" in str(e):
            raise _reject(source, f"took more than {TIME_LIMIT:g} s to read; refused") from None
        raise _reject(source, f"cannot be read as a session file ({_quoted(e)})") from None
    except sqlite3.DatabaseError as e:
        raise _reject(source, f"is damaged ({_quoted(e)})") from None
    finally:
        conn.close()


def _check_schema(conn: sqlite3.Connection, version: int, source: str) -> None:
    found = {(t, n, tbl, sql) for t, n, tbl, sql in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master")}
    expected = _reference_schema(version)
    unexpected = sorted((t, n) for t, n, _, _ in found - expected if (t, n) not in ALLOWED_EXTRA)
    missing = sorted((t, n) for t, n, _, _ in expected - found)
    if unexpected or missing:
        parts = []
        if unexpected:
            parts.append("unexpected " + ", ".join(f"{t} {shorten(n)}" for t, n in unexpected[:10]))
        if missing:
            parts.append("missing " + ", ".join(f"{t} {shorten(n)}" for t, n in missing[:10]))
        raise _reject(source, "does not have the schema of a session file: " + "; ".join(parts)
                      + ". Nothing in it was run or imported.")


def _reference_schema(version: int) -> set[tuple[str, str, str, str]]:
    """sqlite_master as our migrations build it for ``version``."""
    db = Database(memory=True, execute_plugins=False)
    names = [m.name for m in migrations._migrations]
    stop = names[version] if version < len(names) else None
    migrations.apply(db, stop_before=stop)
    return {(t, n, tbl, sql) for t, n, tbl, sql in db.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master")}
