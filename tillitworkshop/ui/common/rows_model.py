"""A table over a list of rows, refilled whole when its source changes.

The roster, the agenda and the library's sessions are such tables: they share
the row bookkeeping and the header texts' plumbing; each says what its rows and
headers are, and how a cell reads.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from tillitworkshop.ui.common.indexes import AnyIndex


class RowsModel(QAbstractTableModel):
    def _fetch(self) -> Sequence:
        """The rows as they are now."""
        raise NotImplementedError

    def _headers(self) -> tuple[str, ...]:
        """The column headers, translated when asked (so they follow the language)."""
        raise NotImplementedError

    def refill(self) -> None:
        self.beginResetModel()
        self._rows = list(self._fetch())
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        headers = self._headers()
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(headers):
            return headers[section]
        return None

    def _row_at(self, index: AnyIndex):
        """The row of a valid index, or None."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]
