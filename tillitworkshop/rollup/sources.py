"""What the roll-up reads: session files, folders of them, and library folders.

Every session goes through the checks ``import`` makes (store/reading.py,
store/portable.py, store/document_check.py): a file is read within limits, a portable
``.tillit`` file is copied and opened read-only with its schema compared entry by entry,
and every document is validated completely. A library folder is never opened as the app
opens it (that would take its lock, back it up and maybe migrate it): its file is copied
through SQLite's backup API from a read-only connection into a private temporary file,
and the copy is read like a portable file.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..store import paths
from ..store.errors import ImportRejected, LibraryCorrupt
from ..store.interchange import to_document, validate_document
from ..store.library import Reader
from ..store.portable import _check_schema, _read_document, is_portable
from ..store.read import load_workshop
from ..store.reading import parse_document, read_session_file
from ..store.schema import APPLICATION_ID, SCHEMA_VERSION
from .fastcheck import schema_check

SUFFIXES = (".tillit", ".json")


@dataclass(slots=True)
class Session:
    """One checked session document and where it came from."""

    document: dict[str, Any]
    source: str


@dataclass(slots=True)
class Problem:
    """An input that was skipped (``skipped``) or only remarked on."""

    source: str
    message: str
    skipped: bool = True


@dataclass(slots=True)
class Input:
    """One thing to read: a session file, or a library folder's file."""

    path: Path
    library: bool = False


def expand(arguments: list[Path], output: Path | None = None) -> tuple[list[Input], list[Problem]]:
    """The files and libraries named by ``arguments`` (folders searched recursively, in
    name order), and what is wrong with the arguments themselves."""
    found: list[Input] = []
    problems: list[Problem] = []
    seen: set[Path] = set()
    out = _resolved(output) if output is not None else None

    def add(item: Input, named: bool) -> None:
        key = _resolved(item.path)
        if key in seen:
            return
        seen.add(key)
        if out is not None and key in (out, metadata_path(out)):
            if named:  # found in a folder, it is last run's output: not worth a line
                problems.append(Problem(str(item.path), "is the output of this roll-up; "
                                                        "skipped"))
            return
        found.append(item)

    for arg in arguments:
        if not os.path.lexists(arg):
            problems.append(Problem(str(arg), "does not exist"))
        elif arg.is_dir():
            before = len(found)
            for item in _walk(arg, problems):
                add(item, False)
            if len(found) == before:
                problems.append(Problem(str(arg), "is a folder without session files "
                                                  "(.tillit, .json) or a library"))
        else:  # a library's own file, named: read as a library (through a snapshot)
            add(Input(arg, library=arg.name == paths.LIBRARY_FILE), True)
    return found, problems


def metadata_path(output: Path) -> Path:
    """Datasette's metadata file beside the roll-up: ROLLUP.metadata.json."""
    return output.with_name(output.stem + ".metadata.json")


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def _walk(folder: Path, problems: list[Problem]) -> Iterator[Input]:
    library = paths.library_path(folder)
    if library.is_file():
        yield Input(library, library=True)

    def unreadable(e: OSError) -> None:
        problems.append(Problem(str(e.filename), f"cannot be read: {e.strerror or e}"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        here = Path(root)
        # A library's backups are older copies of the sessions it holds: not inputs.
        dirs[:] = sorted(d for d in dirs if not (d == paths.BACKUP_DIR
                                                 and paths.library_path(here).is_file()))
        for name in sorted(files):
            if name == paths.LIBRARY_FILE and here != folder:
                yield Input(here / name, library=True)
            elif name.lower().endswith(SUFFIXES) and not name.startswith("."):
                yield Input(here / name)


@dataclass(slots=True)
class Timings:
    """Seconds spent in each step, for the benchmark's shares."""

    read: float = 0.0
    validate: float = 0.0
    rows: float = 0.0
    write: float = 0.0

    def add(self, other: Timings) -> None:
        self.read += other.read
        self.validate += other.validate
        self.rows += other.rows
        self.write += other.write


def read(item: Input, scratch: Path,
         timings: Timings | None = None) -> Iterator[Session | Problem]:
    """The checked sessions of one input; ImportRejected when it is refused whole. A
    library's session that fails the checks is a Problem, and its other sessions are read."""
    if item.library:
        yield from _read_library(item.path, scratch)
        return
    timings = timings or Timings()
    start = time.perf_counter()
    source = str(item.path)
    data = read_session_file(item.path)
    if is_portable(data):
        copy = scratch / "portable.sqlite"
        copy.write_bytes(data)
        del data
        try:
            doc = _read_document(copy, source)
        finally:
            copy.unlink(missing_ok=True)
    else:
        doc = parse_document(data, source)
        del data
    middle = time.perf_counter()
    timings.read += middle - start
    validate_document(doc, source, schema_check)
    timings.validate += time.perf_counter() - middle
    yield Session(doc, source)


def _read_library(path: Path, scratch: Path) -> Iterator[Session | Problem]:
    """Every session of a library, read from a snapshot: the live file is opened read-only
    (never locked, never written) and copied with the backup API, which sees the commits
    still in its ``-wal`` file that a plain copy of the file would miss."""
    source = str(path.parent)
    snapshot = Path(tempfile.mkstemp(dir=scratch, suffix=".sqlite")[1])
    try:
        _snapshot(path, snapshot, source)
        conn = sqlite3.connect(f"{snapshot.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA query_only = ON")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise _rejected(source, "is not a Tillit Workshop library")
            if version > SCHEMA_VERSION:
                raise _rejected(source, f"is a library of a newer Tillit Workshop (version "
                                        f"{version}; this one reads up to {SCHEMA_VERSION})")
            _check_schema(conn, version, source)
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise _rejected(source, "is damaged (integrity check failed)")
            reader = Reader(conn)
            ids = [r["id"] for r in reader.query("SELECT id FROM sessions ORDER BY rowid")]
            for sid in ids:
                named = f"{source} (session {sid})"
                try:
                    doc = to_document(load_workshop(reader, sid))
                    validate_document(doc, named, schema_check)
                except (ImportRejected, LibraryCorrupt) as e:
                    yield problem_of(e, named)
                    continue
                yield Session(doc, named)
        except sqlite3.DatabaseError as e:
            raise _rejected(source, f"cannot be read ({e})") from None
        finally:
            conn.close()
    finally:
        snapshot.unlink(missing_ok=True)


def _snapshot(path: Path, target: Path, source: str) -> None:
    wal = path.with_name(path.name + "-wal")
    if not wal.exists():
        # Not in use (closed cleanly): the file alone is whole, and a copy of it is made
        # without opening it, which would create -wal and -shm files beside it.
        shutil.copyfile(path, target)
        with open(target, "rb") as f:
            if f.read(16) != b"SQLite format 3\x00":
                raise _rejected(source, "holds a library.sqlite that is not an SQLite file")
        return
    # In use, maybe by this very process (the window rolling up its own library): the live
    # file is opened by SQLite only. Opening and closing it with a descriptor of our own
    # would drop the POSIX locks this process's connection holds on it (sqlite.org,
    # "How To Corrupt An SQLite Database File", 2.2).
    try:
        # In use by the app: its -wal and -shm exist, so a read-only connection creates
        # nothing and takes only a read lock, which never blocks the app's writes.
        live = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            copy = sqlite3.connect(target)
            try:
                live.backup(copy)
            finally:
                copy.close()
        finally:
            live.close()
    except sqlite3.DatabaseError as e:
        raise _rejected(source, f"cannot be read ({e})") from None


def problem_of(error: ImportRejected | LibraryCorrupt, source: str) -> Problem:
    """An input's problem, in one line, from the error that refused it."""
    if isinstance(error, ImportRejected):
        return Problem(error.source, "; ".join(
            m if f in ("file", "document") else f"{f}: {m}" for f, m in error.errors[:3]))
    return Problem(source, str(error))


def _rejected(source: str, message: str) -> ImportRejected:
    return ImportRejected(source, [("file", message)])
