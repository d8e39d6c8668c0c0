"""The SQLite library of sessions: opening safely, operations that return what
changed, reads that return domain objects, backups, checks and interchange.

The window and the command line call these; neither writes SQL of its own.
"""

from .changes import Change
from .errors import (
    Ambiguous,
    ImportRejected,
    LibraryCorrupt,
    LibraryError,
    LibraryLocked,
    LibraryMissing,
    LibraryTooNew,
    NotALibrary,
    NotFound,
    StorageError,
    StoreError,
    UndoFailed,
    WalMissing,
)
from .library import Library

__all__ = [
    "Ambiguous",
    "Change",
    "ImportRejected",
    "Library",
    "LibraryCorrupt",
    "LibraryError",
    "LibraryLocked",
    "LibraryMissing",
    "LibraryTooNew",
    "NotALibrary",
    "NotFound",
    "StorageError",
    "StoreError",
    "UndoFailed",
    "WalMissing",
]
