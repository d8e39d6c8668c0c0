"""Errors a user can act on. Their text (English) is printed as it is by the CLI; the
window says them in its language from ``code`` and ``params`` (tillitworkshop.ui.messages)."""

from __future__ import annotations


class StoreError(Exception):
    """Base of every error the store reports to a user (exit status 2 in the CLI).

    ``code`` names the case (empty when there is none) and ``params`` holds what the
    sentence is built from, so a window can say it in another language.
    """

    def __init__(self, message: str, code: str = "", **params: object):
        super().__init__(message)
        self.code = code
        self.params = params


class LibraryError(StoreError):
    """The library file cannot be used as it is."""

    def __init__(self, message: str, path: object = None, code: str = "", **params: object):
        self.path = path
        if path is not None:
            params.setdefault("path", str(path))
        super().__init__(message, code, **params)


class NotALibrary(LibraryError):
    """The file is not SQLite, is empty, or is not one of ours."""


class LibraryCorrupt(LibraryError):
    """The file is ours but fails its integrity check."""


class LibraryMissing(LibraryError):
    """No library file where backups or set-aside copies say there was one."""


class LibraryTooNew(LibraryError):
    """The file was written by a newer version of the app."""


class LibraryLocked(LibraryError):
    """Another running app has the library open."""


class WalMissing(LibraryError):
    """Not raised: ``Library.warning`` after an unclean close whose -wal file is gone. The
    library opened, but may be older than the last edits; ``backup`` names the newest
    good backup (or None)."""


class StorageError(LibraryError):
    """An edit could not be written (disk full, I/O error); it was rolled back whole."""


class UndoFailed(StoreError):
    """An undo or redo could not be applied; it was rolled back whole and can be tried again.

    ``params``: ``table`` (what the step changed), ``why`` ("conflict": it clashes with
    what is stored now; "error": any other refusal of the database) and ``detail``
    (SQLite's words).
    """


class NotFound(StoreError):
    """No session (or part of one) matches what was asked for."""


class Ambiguous(StoreError):
    """A session id prefix matches more than one session."""


class ImportRejected(StoreError):
    """A session file failed validation; nothing was written.

    ``errors`` lists (field path, message) pairs, at most a screenful of them.
    """

    def __init__(self, source: str, errors: list[tuple[str, str]]):
        self.source = source
        self.errors = errors
        shown = "\n".join(f"  {path}: {message}" for path, message in errors[:20])
        more = f"\n  ... and {len(errors) - 20} more" if len(errors) > 20 else ""
        super().__init__(f"{source}: not imported, nothing was changed.\n{shown}{more}",
                         "not_imported", source=source, errors=errors)
