"""Is this file a healthy library of ours? Asked at every open, by `check`, and of backups.

A 0-byte file passes SQLite's own quick_check, and so does another program's
database, so the check also reads our application_id, the schema version and
the tables. The header is read from the file's bytes first, which has no side
effects: a library from a newer version is refused before SQLite touches it.

Opening runs ``quick_check``, which reads every page but neither compares the
tables with their indexes nor looks at text. The full check (`check`, before
every backup, of every backup offered for restore) adds both: ``integrity_check``
("row 49 missing from index") and every TEXT value decoded as UTF-8, since
SQLite stores whatever bytes it is given and Python fails on them only when an
export reads them. Measured (best of 3, warm cache): 2,000 notes (1 MB)
quick_check 0.5 ms, integrity_check 2.0 ms, UTF-8 3.9 ms; 100,000 notes (41 MB)
32.8 ms, 187 ms, 184 ms. quick_check plus a per-index count took 31.6 ms there,
but a flipped byte in an index key keeps the count, so integrity_check it is.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import LibraryCorrupt, LibraryTooNew, NotALibrary
from .schema import APPLICATION_ID, SCHEMA_VERSION, expected_tables

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(slots=True)
class CheckReport:
    """What checking one library or backup file found: ``ok`` when ``problems`` is empty."""

    path: Path
    problems: list[str] = field(default_factory=list)
    user_version: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def inspect_header(path: Path) -> int:
    """Check the raw header; return the schema version it records.

    Raises NotALibrary, LibraryCorrupt or LibraryTooNew with a message that
    names the file and says what to do.
    """
    size = path.stat().st_size
    if size == 0:
        raise NotALibrary(
            f"{path} is empty (0 bytes), so it holds no sessions. "
            "Restore a backup with `tillitworkshop restore`, or move the file away "
            "to start a new library.",
            path, "empty_file",
        )
    with path.open("rb") as f:
        header = f.read(HEADER_SIZE)
    if not header.startswith(SQLITE_MAGIC):
        if SQLITE_MAGIC.startswith(header):
            raise LibraryCorrupt(f"{path} is cut short ({size} bytes): the file is damaged.", path,
                             "cut_short", size=size)
        raise NotALibrary(
            f"{path} is not a Tillit Workshop library (it is not an SQLite file). "
            "Move it away, or point --data-dir at the folder that holds your library.",
            path, "not_sqlite",
        )
    if len(header) < HEADER_SIZE:
        raise LibraryCorrupt(f"{path} is cut short ({size} bytes): the file is damaged.", path,
                             "cut_short", size=size)
    app_id = int.from_bytes(header[68:72], "big")
    version = int.from_bytes(header[60:64], "big")
    if app_id != APPLICATION_ID:
        raise NotALibrary(
            f"{path} is an SQLite file of another program, not a Tillit Workshop library. "
            "It was left untouched; point --data-dir at another folder.",
            path, "other_program",
        )
    refuse_if_too_new(path, version)
    return version


def refuse_if_too_new(path: Path, version: int) -> None:
    if version > SCHEMA_VERSION:
        raise LibraryTooNew(
            f"{path} was written by a newer version of Tillit Workshop (library version "
            f"{version}, this app reads up to {SCHEMA_VERSION}). It was left untouched: "
            "install the newer version to open it.",
            path, "too_new", version=version, supported=SCHEMA_VERSION,
        )


def check_connection(conn: sqlite3.Connection, path: Path, full: bool = False) -> CheckReport:
    """Integrity and identity of an open library; ``full``: indexes and text too."""
    report = CheckReport(path)
    try:
        pragma = "integrity_check(20)" if full else "quick_check(20)"
        result = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
        if result != ["ok"]:
            report.problems.append("integrity check failed: " + "; ".join(result[:5]))
        if full:
            report.problems += [b.problem for b in bad_text(conn, limit=5)]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        report.user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as e:
        report.problems.append(f"SQLite cannot read it: {e}")
        return report
    if app_id != APPLICATION_ID:
        report.problems.append("it is not a Tillit Workshop library (wrong application id)")
    if report.user_version != SCHEMA_VERSION:
        report.problems.append(
            f"schema version {report.user_version}, expected {SCHEMA_VERSION}"
        )
    missing = expected_tables(report.user_version or 0) - tables
    if missing:
        report.problems.append("tables missing: " + ", ".join(sorted(missing)))
    return report


def full_check(conn: sqlite3.Connection, path: Path) -> CheckReport:
    return check_connection(conn, path, full=True)


@dataclass(slots=True)
class BadText:
    """A stored value that is not UTF-8: where it is, for a message that names it."""

    table: str
    column: str
    record: str  # the row's id (or rowid)
    session_id: str | None

    @property
    def problem(self) -> str:
        session = f" of session {self.session_id}" if self.session_id else ""
        return (f"{self.table} record {self.record}{session}: {self.column} is not UTF-8 text")


def bad_text(conn: sqlite3.Connection, limit: int = 1) -> list[BadText]:
    """Up to ``limit`` TEXT values that do not decode as UTF-8, table by table.

    Read as bytes (CAST AS BLOB): read as text, Python's sqlite3 would fail on
    the first one with no word of where it is.
    """
    found: list[BadText] = []
    for table, columns in _text_columns(conn):
        key = "CAST(id AS BLOB)" if "id" in columns else "rowid"
        session = "CAST(session_id AS BLOB)" if "session_id" in columns else "NULL"
        cast = ", ".join(f"CAST([{c}] AS BLOB)" for c in columns)
        for row in conn.execute(f"SELECT {key}, {session}, {cast} FROM [{table}]"):
            for column, value in zip(columns, row[2:], strict=True):
                if isinstance(value, bytes) and not _is_utf8(value):
                    found.append(BadText(table, column, _shown(row[0]), _shown(row[1])
                                         if row[1] is not None else None))
                    if len(found) >= limit:
                        return found
    return found


def _text_columns(conn: sqlite3.Connection) -> Iterator[tuple[str, list[str]]]:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    for table in tables:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")
                   if "TEXT" in (r[2] or "").upper() or not r[2]]
        if columns:
            yield table, columns


def _is_utf8(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _shown(value: object) -> str:
    """An id for a message: its text, or its bytes escaped when they are the damage."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "backslashreplace")[:80]
    return str(value)


def check_file(path: Path) -> CheckReport:
    """The full check of a library or backup file, without changing it or leaving files
    beside it.

    SQLite creates -wal and -shm files even for a read-only open, so a file with a
    -wal (which may hold the newest commits) is copied with it first; one without
    is opened ``immutable``, which creates neither.
    """
    report = CheckReport(path)
    try:
        inspect_header(path)
    except (NotALibrary, LibraryCorrupt, LibraryTooNew) as e:
        report.problems.append(str(e))
        return report
    except OSError as e:
        report.problems.append(f"cannot read {path}: {e.strerror}")
        return report
    wal = path.with_name(path.name + "-wal")
    if not wal.exists():
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
        try:
            return full_check(conn, path)
        finally:
            conn.close()
    with tempfile.TemporaryDirectory(prefix="tillit-check-") as tmp:
        copy = Path(tmp) / "copy.sqlite"
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        conn = sqlite3.connect(copy)
        try:
            inner = full_check(conn, path)
        finally:
            conn.close()
    return inner


CHECKED = ".checked.json"


def check_remembered(path: Path) -> CheckReport:
    """``check_file`` of a backup, remembered in its folder's ``.checked.json``.

    A backup never changes after it is written, so one check serves every later
    restore and offer; the entry is keyed by name, size and mtime, so a file that
    did change (or a new one under an old name) is checked again.
    """
    try:
        st = path.stat()
    except OSError:
        return check_file(path)
    key = [st.st_size, st.st_mtime_ns]
    cache_file = path.parent / CHECKED
    try:
        cache = json.loads(cache_file.read_text(encoding="utf-8"))
        if not isinstance(cache, dict):
            cache = {}
    except (OSError, ValueError):
        cache = {}
    entry = cache.get(path.name)
    if isinstance(entry, dict) and entry.get("key") == key \
            and isinstance(entry.get("problems"), list):
        return CheckReport(path, [str(p) for p in entry["problems"]], entry.get("user_version"))
    report = check_file(path)
    cache = {name: e for name, e in cache.items() if (path.parent / name).exists()}
    cache[path.name] = {"key": key, "problems": report.problems,
                        "user_version": report.user_version}
    _write_cache(cache_file, cache)
    return report


def _write_cache(cache_file: Path, cache: dict[str, object]) -> None:
    """Under a temporary name, then renamed: never half a file. A failure only costs a
    check next time."""
    partial = cache_file.with_name(f"{cache_file.name}.{os.getpid()}")
    try:
        partial.write_text(json.dumps(cache, ensure_ascii=False), encoding="utf-8")
        os.chmod(partial, 0o600)
        os.replace(partial, cache_file)
    except OSError:
        partial.unlink(missing_ok=True)
