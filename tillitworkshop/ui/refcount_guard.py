"""A guard against a PySide6 6.12.0 fault on Python 3.11: its bindings release None
(and True/False) once more than they hold it, in every call of a method that returns
nothing (``setText``, ``setChecked``) and every empty QVariant read (``currentData()``).

On Python 3.12+ these objects are immortal and the fault is harmless. On 3.11 the
count reaches zero after some tens of thousands of such calls, and the process
aborts ("Fatal Python error: none_dealloc") — mid-workshop. Measured here:
``sys.getrefcount(None)`` falls by exactly one per ``QLabel.setText``.

``pin()`` gives these singletons a count no session can use up, as 3.12 does.
Remove it once the project requires Python 3.12 or a PySide6 without the fault.
"""

from __future__ import annotations

import ctypes
import sys

_PINNED = 1 << 40


def needed() -> bool:
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def pin() -> None:
    """Make None, True, False, NotImplemented and Ellipsis effectively immortal (3.11 only)."""
    if not needed():
        return
    for obj in (None, True, False, NotImplemented, Ellipsis):
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < _PINNED:
            count.value += _PINNED
