"""The laptop's addresses on its networks, from QNetworkInterface: never by contacting
an outside host."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface


@dataclass(frozen=True, slots=True)
class Address:
    ip: str
    interface: str  # the interface's human-readable name ("Wi-Fi", "wlp2s0")


def lan_addresses() -> list[Address]:
    """IPv4 addresses of the interfaces that are up, loopback last (this computer only)."""
    found: list[Address] = []
    loopback: list[Address] = []
    for iface in QNetworkInterface.allInterfaces():
        flags = iface.flags()
        if not (flags & QNetworkInterface.InterfaceFlag.IsUp
                and flags & QNetworkInterface.InterfaceFlag.IsRunning):
            continue
        for entry in iface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            target = loopback if ip.isLoopback() else found
            target.append(Address(ip.toString(), iface.humanReadableName()))
    return found + (loopback or [Address("127.0.0.1", "lo")])
