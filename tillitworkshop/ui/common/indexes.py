"""The index type of Qt's item models and views, as PySide6 declares their methods."""

from __future__ import annotations

from typing import TypeAlias

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

# PySide6 types every index parameter of QAbstractItemModel, QAbstractItemView and
# QStyledItemDelegate as either kind, so an override must accept both (they read alike).
AnyIndex: TypeAlias = QModelIndex | QPersistentModelIndex
