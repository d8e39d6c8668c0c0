"""Choosing the network the room opens on: the laptop's own addresses (QNetworkInterface)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from .addresses import lan_addresses


def choose_address(parent: QWidget, settings) -> str | None:
    """The address to listen on, asked of the facilitator (the last one chosen first);
    None when cancelled."""
    found = lan_addresses()
    items = [
        QCoreApplication.translate("RoomDialog", "%1 (%2)")
        .replace("%1", a.ip)
        .replace("%2", a.interface)
        if not a.ip.startswith("127.")
        else QCoreApplication.translate("RoomDialog", "%1 (this computer only)").replace("%1", a.ip)
        for a in found
    ]
    last = settings.get("room/address")
    current = next((i for i, a in enumerate(found) if a.ip == last), 0)
    chosen, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("RoomDialog", "Open the room"),
        QCoreApplication.translate(
            "RoomDialog",
            "Phones join over the network of the room: choose the laptop's address "
            "on it (the travel router's or the hotspot's Wi-Fi).",
        ),
        items,
        current,
        False,
    )
    if not ok or chosen not in items:
        return None
    ip = found[items.index(chosen)].ip
    settings.set("room/address", ip)
    return ip
