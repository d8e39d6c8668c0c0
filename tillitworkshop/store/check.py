"""Is this file a healthy library of ours? Asked at every open, by `check`, and of backups.

A 0-byte file passes SQLite's own quick_check, and so does another program's
database, so the check also reads our application_id, the schema version and
the tables. The header is read from the file's bytes first, which has no side
effects: a library from a newer version is refused before SQLite touches it.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .errors import LibraryCorrupt, LibraryTooNew, NotALibrary
from .schema import APPLICATION_ID, EXPECTED_TABLES, SCHEMA_VERSION

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


def check_connection(conn: sqlite3.Connection, path: Path) -> CheckReport:
    """Integrity and identity of an open library."""
    report = CheckReport(path)
    try:
        result = [row[0] for row in conn.execute("PRAGMA quick_check")]
        if result != ["ok"]:
            report.problems.append("integrity check failed: " + "; ".join(result[:5]))
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
    missing = EXPECTED_TABLES - tables
    if missing:
        report.problems.append("tables missing: " + ", ".join(sorted(missing)))
    return report


def check_file(path: Path) -> CheckReport:
    """Check a library or backup file without changing it or leaving files beside it.

    SQLite creates -wal and -shm files even for a read-only open, so the file
    (with its -wal, which may hold the newest commits) is copied first.
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
    with tempfile.TemporaryDirectory(prefix="tillit-check-") as tmp:
        copy = Path(tmp) / "copy.sqlite"
        shutil.copyfile(path, copy)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        conn = sqlite3.connect(copy)
        try:
            inner = check_connection(conn, path)
        finally:
            conn.close()
    return inner
