"""The one place the window names a role of the chain, from the content catalogue.

A group (a link of the chain, the role that owns a commitment, a role that said a note,
a row of the ratings by role) is named with the catalogue's name, "Politisk ledning";
one person (a participant's role) with its singular, "Politiker". Every screen asks
here, so a role is named the same way everywhere, and a catalogue that names roles
differently (per sector, say) changes every screen at once.
"""

from __future__ import annotations

from tillitworkshop.content import catalogue


def role_name(key: str | None, lang: str, one: bool = False) -> str:
    """The role ``key`` as a group, or with ``one`` as one person; "" for no role."""
    if not key:
        return ""
    role = catalogue().role(key)
    return role.singular(lang) if one else role.name(lang)


def person(name: str, key: str | None, lang: str) -> str:
    """A participant with their role: "Margareta Öberg · Politiker"."""
    role = role_name(key, lang, one=True)
    return f"{name} · {role}" if role else name


def role_keys(chain_only: bool = False) -> list[str]:
    """The roles in the catalogue's order (the chain's links only, with ``chain_only``)."""
    roles = catalogue().chain_links() if chain_only else catalogue().roles
    return [r.key for r in roles]
