"""Settings kept between runs, behind one typed list of keys (QSettings underneath).

Every key the window stores is declared in ``KEYS`` with its type, default and
purpose, so nothing reads or writes a setting by a string typed elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "TillitWorkshop"
APPLICATION = "TillitWorkshop"


@dataclass(frozen=True, slots=True)
class Key:
    """One setting: its key in the settings file, its type, its default and what it is."""

    name: str
    type: type
    default: Any
    doc: str


KEYS: tuple[Key, ...] = (
    Key("window/geometry", QByteArray, QByteArray(), "the main window's size and place"),
    Key("session/last", str, "", "the session open when the window was last closed"),
    Key("ui/language", str, "sv", "the window's language, sv or en (ui/i18n.py); Swedish by default"),
    Key("ui/sidebar", str, "full", "the session's phase list: full, numbers (only) or hidden"),
    Key("export/folder", str, "", "the folder last exported to: the export dialogs open there "
        "(the user's Documents folder the first time; ui/common/export_paths.py)"),
    Key("backup/minutes", int, 10, "minutes between the window's backups while there are edits "
        "(besides those at opening and closing); 0: none during the day"),
    Key("presenter/screen", str, "", "the screen the presenter window was last on, as "
        "name|x|y|width|height (ui/presenter/screens.py); empty: the first that is not the primary"),
    Key("room/address", str, "", "the address the room was last opened on (ui/room)"),
    Key("room/accept_all", bool, False, "accept phones' notes without moderation (ui/room)"),
)
_BY_NAME = {k.name: k for k in KEYS}


class Settings:
    """Typed access to ``KEYS``; pass a QSettings (tests give one in a temporary file)."""

    def __init__(self, store: QSettings | None = None):
        self._store = store if store is not None else QSettings(ORGANISATION, APPLICATION)

    def get(self, name: str) -> Any:
        key = _BY_NAME[name]
        value = self._store.value(key.name, key.default)
        if value is None:
            return key.default
        try:  # a hand-edited file may hold anything: its value is then the default
            if key.type is QByteArray:
                return value if isinstance(value, QByteArray) else QByteArray(value)  # type: ignore[call-overload]  # anything: TypeError
            return key.type(value)
        except (TypeError, ValueError):
            return key.default

    def set(self, name: str, value: Any) -> None:
        key = _BY_NAME[name]
        if not isinstance(value, key.type):
            raise TypeError(f"setting {name} takes {key.type.__name__}, not {type(value).__name__}")
        # QSettings rewrites its file (and syncs it to disk twice) for any value set, even
        # the one it holds; opening the last session again would do so at every start.
        # Only the user's own file counts: a system-wide default equal to the value
        # would otherwise keep the user's choice from being written.
        fallbacks = self._store.fallbacksEnabled()
        self._store.setFallbacksEnabled(False)
        try:
            held = self._store.contains(key.name) and self.get(name) == value
        finally:
            self._store.setFallbacksEnabled(fallbacks)
        if not held:
            self._store.setValue(key.name, value)

    def sync(self) -> None:
        self._store.sync()
