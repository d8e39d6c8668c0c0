"""The one place the window names a role of the chain, from the content catalogue.

A group (a link of the chain, the role that owns a commitment, a role that said a note,
a row of the ratings by role) is named with the catalogue's name, "Politisk ledning";
one person (a participant's role) with its singular, "Politiker". Every screen asks
here, so a role is named the same way everywhere. The citizen link is named by the
session's sector ("Brukare" in omsorg, "Patienter" in health care), exactly as the PDFs
name it (``Catalogue.role_name``): every caller passes the open session's sector.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox

from tillitworkshop.content import catalogue


def role_name(key: str | None, lang: str, one: bool = False, sector: str | None = None) -> str:
    """The role ``key`` as a group, or with ``one`` as one person, in the session's
    ``sector``; "" for no role."""
    if not key:
        return ""
    return catalogue().role_name(key, lang, sector=sector, one=one)


def person(name: str, key: str | None, lang: str, sector: str | None = None) -> str:
    """A participant with their role: "Margareta Öberg · Politiker"."""
    role = role_name(key, lang, one=True, sector=sector)
    return f"{name} · {role}" if role else name


def role_keys(chain_only: bool = False) -> list[str]:
    """The roles in the catalogue's order (the chain's links only, with ``chain_only``)."""
    roles = catalogue().chain_links() if chain_only else catalogue().roles
    return [r.key for r in roles]


def rename_roles(combo: QComboBox, name: Callable[[str], str]) -> None:
    """Names a combo box's role items afresh with ``name`` (a new sector renames the
    citizen link), keeping what is chosen."""
    keys = set(role_keys())
    for i in range(combo.count()):
        key = combo.itemData(i)
        if key in keys:
            combo.setItemText(i, name(key))
