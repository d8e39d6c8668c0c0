"""A workaround for a reference-counting bug in PySide6 6.12 on Python 3.11.

Each time a Python override such as ``QAbstractItemModel.data`` returns None
to Qt, PySide6 6.12 drops one reference to None more than it took. Views ask
for unset roles thousands of times a second, so after a while None's count
reaches zero and the interpreter aborts ("none_dealloc: deallocating None").
Measured here: 200 calls of ``index.data()`` on a model returning None took 200
references from None.

Models return ``nothing()`` instead of None: it gives None back, first adding
the reference PySide6 will take, but only when a probe at import shows the
bug. (From Python 3.12 None is immortal and the probe finds nothing to fix.)
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QAbstractListModel):
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        return None


def _drops_none() -> bool:
    probe = _Probe()
    index = probe.index(0)
    before = sys.getrefcount(None)
    for _ in range(50):
        index.data(Qt.ItemDataRole.UserRole)
    lost = before - sys.getrefcount(None)
    for _ in range(max(0, lost)):  # give back what the probe itself cost
        _incref(None)
    return lost >= 50


DROPS_NONE = _drops_none()


def nothing() -> None:
    """None, safe to return from a model's data() or headerData() to Qt."""
    if DROPS_NONE:
        _incref(None)
    return None
