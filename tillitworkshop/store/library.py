"""The library: one SQLite file holding every session, opened safely.

Opening checks the file before anything writes to it (ours? healthy? not from
a newer version?), takes the lock, backs the library up when it has changed
since the last backup, and migrates it in one transaction. Every edit after
that is committed on its own (WAL, synchronous=FULL: a dead battery is a power
cut, and an acknowledged edit must survive it).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import backups, paths, phone_dots, retention, undo
from .changes import Change, ChangeAction, ChangeKind
from .check import (
    CheckReport,
    check_connection,
    check_remembered,
    inspect_header,
    refuse_if_too_new,
)
from .errors import (
    LibraryCorrupt,
    LibraryError,
    LibraryMissing,
    NotALibrary,
    NotFound,
    StorageError,
    UndoFailed,
    WalMissing,
)
from .lock import LibraryLock
from .restore import set_aside
from .schema import TABLES, is_current, migrate
from .wal_state import WalState

if TYPE_CHECKING:
    from sqlite_utils import Database

PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    # Deleted text is overwritten, not left in free pages of the file.
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",  # the undo log holds deleted text: never in a temp file
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA trusted_schema = OFF",
    # The undo triggers rely on it; set here, not left to sqlite-utils (which sets it when
    # imported, see Library.db), so they do not depend on what imports it first.
    "PRAGMA recursive_triggers = ON",
)


def sqlite_utils_on(conn: sqlite3.Connection) -> Database:
    """sqlite-utils on ``conn``, imported here on first use, the only place that does.

    The import took 120-160 ms when measured for the window's start-up (a third of it
    then; ~50 ms cumulative by ``python -X importtime`` with issue 17, against ~220 ms
    for the whole bare qasync window): opening an up-to-date library and reading a
    session need only ``conn`` (see ``Library.query``), so the window paints first and
    imports it right after (``Library.prepare_edits``).
    """
    from sqlite_utils import Database

    # No plugins: nothing installed beside us may hook into the library's connection.
    return Database(conn, execute_plugins=False)


def now() -> str:
    """The current local time as ISO 8601 with offset; one place so tests can pin it."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


class Reader:
    """Reads rows as dicts: the one way the store reads a library (and, in portable.py, a
    session file being imported). Edits write through ``Library.db`` inside
    ``Library.edit()``; statements about the file itself (pragmas, checks, the undo log)
    use the connection directly.

    Plain sqlite3, not sqlite-utils: reads on the way to the first window do not wait
    for sqlite-utils to be imported.
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """The rows, like sqlite-utils' ``Database.query``. The statement runs now; the
        rows are read as they are iterated."""
        cursor = self.conn.execute(sql, params)
        keys = [d[0] for d in cursor.description]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        """The first row, or None when there is none."""
        return next(self.query(sql, params), None)


class Library(Reader):
    """An open library. Use ``Library.open(folder)``; close it (or use ``with``)."""

    def __init__(self, folder: Path, path: Path, conn: sqlite3.Connection, lock: LibraryLock):
        super().__init__(conn)
        self.folder = folder
        self.path = path
        self._lock = lock
        self.last_stored: str | None = None
        self._depth = 0
        self._undo_installed = False
        self._state = WalState(path)
        self.closed = False
        # Set by open() when the last session's -wal file is gone (see wal_state): the
        # library opened, but may be older than the last edits; the caller says so.
        self.warning: WalMissing | None = None
        # Forgets a kill interrupted, finished by open() (store/forget.py's ForgetReports).
        self.finished_forgets: list[Any] = []

    @cached_property
    def db(self) -> Database:
        """sqlite-utils on this connection, for edits and migrations (``sqlite_utils_on``)."""
        return sqlite_utils_on(self.conn)

    @classmethod
    def open(cls, folder: str | os.PathLike[str] | None = None, *, backup: bool = True) -> Library:
        folder = paths.data_dir(folder)
        try:
            # Participants' names and what they said: readable by the user only.
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as e:
            raise LibraryError(
                f"Cannot create the library folder {folder}: {e.strerror}. "
                "Choose another folder with --data-dir.",
                folder, "cannot_create_folder", reason=e.strerror,
            ) from e
        path = paths.library_path(folder)
        existed = path.exists()
        missing = None if existed else missing_library(folder)
        if missing is not None:
            raise missing
        if existed:
            try:
                inspect_header(path)
            except (NotALibrary, LibraryCorrupt) as e:
                params = {k: v for k, v in e.params.items() if k != "path"}
                raise type(e)(str(e) + _backup_offer(path), path, e.code,
                              **params, backup=_good_backup_name(path)) from None
        lock = LibraryLock(path)
        try:
            lock.acquire()
        except OSError as e:  # EACCES; EROFS on a read-only file system; ENOSPC, EDQUOT
            raise LibraryError(
                f"Cannot write in {folder}: {e.strerror}. Choose a folder you may write to "
                "with --data-dir.",
                folder, "cannot_write_folder", reason=e.strerror,
            ) from e
        wal_lost = existed and WalState(path).wal_lost()  # before SQLite makes a new -wal
        try:
            conn = _connect(path, existed)
            _private(path)
        except BaseException:
            lock.release()
            raise
        lib = cls(folder, path, conn, lock)
        try:
            if wal_lost:
                lib.warning = _wal_missing(path)
            # Not after a lost -wal file: the older state would become the newest backup,
            # the one `restore latest` and the warning offer.
            elif existed and backup and lib._changed_since_backup():
                lib.backup()
            if backup:
                retention.expire(folder)  # backups older than the user keeps them
            if not is_current(conn):
                migrate(lib.db)
            lib._state.start()
            lib._finish_forgets()
        except BaseException:
            lib.close()
            raise
        return lib

    def _finish_forgets(self) -> None:
        """A forget killed after its change to the library: finish it (the copies) now."""
        if self.conn.execute("SELECT 1 FROM forgotten WHERE copies_pending = 1").fetchone():
            from .forget import finish_pending  # it imports this module

            self.finished_forgets = finish_pending(self)

    def _changed_since_backup(self) -> bool:
        """Whether the content differs from the newest backup's.

        File times cannot tell: closing a WAL library checkpoints it and so
        touches the file even when nothing was edited. Every edit moves a
        session's updated_at or a table's row count, so these fingerprint it.
        """
        return self._fingerprint() != backups.last_fingerprint(paths.backup_dir(self.folder))

    def _fingerprint(self) -> str:
        return fingerprint(self.conn)

    def backup(self) -> Path:
        """A new backup; LibraryCorrupt (offering the newest good backup) when the library
        fails the full check, which is then not backed up."""
        try:
            return backups.take_backup(self.conn, paths.backup_dir(self.folder),
                                       fingerprint=self._fingerprint())
        except LibraryCorrupt as e:
            problems = list(e.params.get("problems", []))  # type: ignore[call-overload]
            raise LibraryCorrupt(_corrupt_message(self.path, problems), self.path, "damaged",
                                 problems=problems, backup=_good_backup_name(self.path)) from None

    def backup_if_changed(self) -> Path | None:
        """A backup when the content changed since the last one, else None. Safe to run in
        another thread while this library is edited: it reads on a connection of its
        own (``backups.take_online_backup``), never ``self.conn``. None once closed."""
        if self.closed:
            return None
        return backups.take_online_backup(self.path, paths.backup_dir(self.folder), fingerprint)

    def check(self) -> list[CheckReport]:
        """The library's own report (the full check) first, then one per backup, newest first."""
        reports = [check_connection(self.conn, self.path, full=True)]
        reports += [check_remembered(p)
                    for p in backups.list_backups(paths.backup_dir(self.folder))]
        return reports

    def prepare_edits(self) -> None:
        """Make ready what edits need: sqlite-utils and the undo triggers (see ``undo``).

        The first edit does it if nothing did before; the window does it right after its
        first paint, which does not wait for it (together ~40 ms, most of it the import).
        The triggers go in after any migration, so that they list every column.
        """
        self.db  # noqa: B018 (built on first access)
        if not self._undo_installed:
            undo.install(self.conn)  # outside any edit: a rolled-back edit would drop them
            self._undo_installed = True

    @contextmanager
    def edit(self, undoable: bool = True) -> Iterator[Edit]:
        """One user edit: one transaction, committed (and fsynced) on leaving.

        Nested edits join the outer one. The edit's inverse statements are
        collected for undo before the commit; an edit that is not ``undoable``
        (a timer started or paused: the clock, not the content) leaves them out,
        so its change has nothing to undo and the window makes no step of it.
        """
        if self._depth == 0:
            self.prepare_edits()
        edit = Edit()
        self._depth += 1
        try:
            with self.db.atomic():
                yield edit
                if self._depth == 1:
                    edit.undo = undo.take(self.conn)
                    if not undoable:
                        edit.undo = ()
        except sqlite3.OperationalError as e:
            raise _storage_error(e, self.path) from e
        except sqlite3.DatabaseError as e:
            if isinstance(e, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                raise
            raise _storage_error(e, self.path) from e
        finally:
            self._depth -= 1
        if self._depth == 0:
            self.last_stored = now()
            self._state.note()

    def purge(self) -> None:
        """After a delete: checkpoint, so the wiped pages replace the old ones in the main
        file and the -wal file holds no earlier copy of the deleted text."""
        self._state.note(size=0)  # first: a kill after the truncation is not a lost -wal
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._state.note()

    def revert(self, change: Change) -> Change:
        """Undo ``change``; the returned change, reverted in turn, redoes it.

        All or nothing: when the database refuses any of it, nothing is applied and
        ``UndoFailed`` says what and why (the step can be tried again). NotFound when
        the change's session is gone (and this would not bring it back): then it never can.
        """
        sid = change.session_id
        if sid is not None and not self._session_exists(sid) \
                and not any(s.startswith("INSERT INTO [sessions]") for s in change.undo):
            raise NotFound(f"No session with id {sid}.", "no_row", table="sessions", id=sid)
        # Phones' dots an undo returns must fit their budgets (store/phone_dots.py).
        settle = sid if sid is not None and phone_dots.touches(change.undo) else None
        try:
            with self.edit() as edit:
                before = phone_dots.dots_of(self.conn, settle) if settle else {}
                try:
                    undo.replay(self.conn, change.undo)
                except sqlite3.OperationalError:
                    raise  # disk full, I/O: edit() says so as for any edit
                except sqlite3.DatabaseError as e:
                    raise _undo_failed(change, _why(e), str(e)) from e
                if settle:
                    phone_dots.settle(self.conn, settle, before)
                if sid is not None:  # unlogged: an undo is an edit, the session is newer
                    self.conn.execute("UPDATE sessions SET updated_at = ? WHERE id = ?",
                                      [now(), sid])
        except sqlite3.DatabaseError as e:  # a foreign key, checked at the commit
            raise _undo_failed(change, _why(e), str(e)) from e
        return edit.change(sid, change.kind, "reverted", change.ids)

    def _session_exists(self, session_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM sessions WHERE id = ?",
                                 [session_id]).fetchone() is not None

    def side_connection(self) -> Library:
        """A second connection to this library, for another thread's small edits (the
        room's phones, so that a commit's fsync never holds the window's loop). Same
        pragmas; no lock, backups or -wal watch of its own: this library holds them. WAL
        lets it write beside this connection's reads; writes take turns (busy_timeout).
        Close it before this library."""
        conn = sqlite3.connect(self.path, check_same_thread=False)
        for pragma in PRAGMAS:
            conn.execute(pragma)
        return Library(self.folder, self.path, conn, _NoLock())  # type: ignore[arg-type]

    def close(self) -> None:
        self.closed = True
        try:
            self.conn.close()
            self._state.close()  # only once SQLite has checkpointed and removed the -wal
        finally:
            self._lock.release()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _NoLock:
    """A side connection's lock: the library's own connection holds the real one."""

    def release(self) -> None:
        pass


class Edit:
    def __init__(self) -> None:
        self.undo: tuple[str, ...] = ()

    def change(self, session_id: str | None, kind: ChangeKind, action: ChangeAction,
               ids: Iterable[str] = ()) -> Change:
        return Change(session_id, kind, action, tuple(ids), self.undo)


def fingerprint(conn: sqlite3.Connection) -> str:
    """What the content is, cheaply: every edit moves a session's updated_at or a table's
    row count (see Library._changed_since_backup)."""
    parts = [str(conn.execute("SELECT MAX(updated_at) FROM sessions").fetchone()[0])]
    # A library of an older version, backed up before it is migrated, lacks the newer tables.
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in (t for t in TABLES if t in present):
        parts.append(str(conn.execute(f"SELECT COUNT(*), MAX(rowid) FROM [{table}]").fetchone()))
    return "|".join(parts)


def _wal_missing(path: Path) -> WalMissing:
    wal = path.with_name(path.name + "-wal")
    good = _good_backup_name(path)
    offer = (f" The newest good backup is {good}: run `tillitworkshop restore {good}` to go "
             "back to it (the current library is kept aside)." if good
             else " No good backup was found.")
    return WalMissing(f"{path} was not closed properly last time, and {wal.name}, which held "
                      "its latest edits, is missing: the library may be older than your last "
                      f"edits.{offer}", path, "wal_missing", wal=wal.name, backup=good)


def _connect(path: Path, existed: bool) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False)
    try:
        if existed:
            # The header may lag behind the -wal file; read the real values
            # before any pragma below writes to the file.
            refuse_if_too_new(path, conn.execute("PRAGMA user_version").fetchone()[0])
            report = check_connection(conn, path)
            # An older schema is upgraded below, not a fault.
            problems = [p for p in report.problems if not p.startswith("schema version")]
            if problems:
                raise LibraryCorrupt(_corrupt_message(path, problems), path, "damaged",
                                     problems=problems, backup=_good_backup_name(path))
        if not existed:
            # Build and stamp a new file while it is still in rollback-journal
            # mode, so the application id is in the main file's header from the
            # first moment (in WAL mode it could sit in the -wal file only).
            conn.execute("PRAGMA synchronous = FULL")
            migrate(sqlite_utils_on(conn))
        for pragma in PRAGMAS:
            conn.execute(pragma)
        return conn
    except sqlite3.DatabaseError as e:
        conn.close()
        raise LibraryCorrupt(_corrupt_message(path, [str(e)]), path, "damaged",
                             problems=[str(e)], backup=_good_backup_name(path)) from e
    except BaseException:
        conn.close()
        raise


def missing_library(folder: Path) -> LibraryMissing | None:
    """When ``folder`` has no library but backups or set-aside copies of one: the error
    that says so (a new, empty library would look like every session lost)."""
    path = paths.library_path(folder)
    kept = backups.list_backups(paths.backup_dir(folder)) or set_aside(folder)
    if path.exists() or not kept:
        return None
    good = _good_backup_name(path)
    if good is not None:
        todo = (f"Run `tillitworkshop restore latest` to go back to the newest good backup "
                f"({good})")
    else:
        todo = (f"No backup passes its check; restore a copy kept aside with "
                f"`tillitworkshop restore {kept[0]}`")
    return LibraryMissing(
        f"{path} is missing, but {folder} holds backups or copies of a library. {todo}, or "
        "move the backups folder and the library-replaced-/library-damaged- files away to "
        "start a new, empty library.", path, "library_missing", backup=good, kept=str(kept[0]))


def _private(path: Path) -> None:
    """Readable by the user only (SQLite gives its -wal and -shm files the same mode)."""
    if os.name == "posix" and path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)


def _corrupt_message(path: Path, problems: list[str]) -> str:
    return f"{path} is damaged: {'; '.join(problems)}.{_backup_offer(path)}"


def _good_backup_name(path: Path) -> str | None:
    """The file name of the newest backup that passes the full check, or None."""
    good = backups.newest_good(paths.backup_dir(path.parent))
    return None if good is None else good.name


def _backup_offer(path: Path) -> str:
    good = _good_backup_name(path)
    if good is None:
        return " No good backup was found."
    return (f" The newest good backup is {good}: run `tillitworkshop restore {good}`"
            " to go back to it (the damaged file is kept aside).")


# What a change's kind is called in a message, by its table (as NotFound names rows).
_TABLES = {"session": "sessions", "participant": "participants", "note": "notes",
           "rating": "ratings", "relationship": "relationship_marks",
           "commitment": "commitments", "agenda": "agenda_items",
           "room": "room_queue"}
_THINGS = {"relationship_marks": "trust mark", "agenda_items": "time box"}
_WHY = {"conflict": "it clashes with what is stored now ({})",
        "error": "the library refused it ({})"}


def _why(error: sqlite3.DatabaseError) -> str:
    return "conflict" if isinstance(error, sqlite3.IntegrityError) else "error"


def _undo_failed(change: Change, why: str, detail: str) -> UndoFailed:
    table = _TABLES.get(change.kind, change.kind)
    thing = _THINGS.get(table, table.rstrip("s").replace("_", " "))
    return UndoFailed(f"Could not undo or redo this change ({thing}): "
                      f"{_WHY[why].format(detail)}. Nothing was changed; the step stays in the "
                      "undo history.", "undo_failed", table=table, why=why, detail=detail)


def _storage_error(error: sqlite3.DatabaseError, path: Path) -> StorageError:
    """Disk full or an I/O error: the edit was rolled back; say so and what to do."""
    text = str(error).lower()
    if "full" in text:
        code, why = "disk_full", "the disk is full"
        todo = "Free some space (delete or move files), then try again"
    elif "readonly" in text or "read-only" in text:
        code, why = "read_only", "the library cannot be written (read-only)"
        todo = "Check the folder's permissions or choose another with --data-dir"
    else:
        code, why = "disk_error", f"the disk reported an error ({error})"
        todo = "Check the disk or save to another folder, then try again"
    return StorageError(f"This edit was not stored: {why}. {todo}; nothing stored before "
                        f"was lost. Library: {path}", path, code, detail=str(error))
