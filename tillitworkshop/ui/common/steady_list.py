"""A list view whose rows keep their size when their data changes.

QListView answers every dataChanged, even of a single row, by laying out all
its rows again and repainting its whole viewport; with a transparent list that
repaint reaches every widget behind it. Where each row's size is fixed by the
view (the problem board's cards, the chain's links), a changed row needs only
itself repainted, which QAbstractItemView's own handling does.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QListView

from tillitworkshop.ui.common.indexes import AnyIndex


class SteadyListView(QListView):
    def dataChanged(self, top_left: AnyIndex, bottom_right: AnyIndex, roles=()) -> None:
        QAbstractItemView.dataChanged(self, top_left, bottom_right, list(roles))
