"""The method's catalogue: principles, obstacles, chain roles and the rest (standard library only).

Usage::

    from tillitworkshop.content import catalogue

    cat = catalogue()
    cat.principle("stod").name("sv")  # "Stöd"
"""

from .model import (
    AgendaTemplateItem,
    Catalogue,
    Entry,
    Insight,
    Keys,
    Obstacle,
    Phase,
    Principle,
    Relationship,
    Role,
    Text,
    catalogue,
    load_catalogue,
    packaged_root,
)
from .validate import FILE_NAMES, LANGUAGES, CatalogueError

__all__ = [
    "FILE_NAMES",
    "LANGUAGES",
    "AgendaTemplateItem",
    "Catalogue",
    "CatalogueError",
    "Entry",
    "Insight",
    "Keys",
    "Obstacle",
    "Phase",
    "Principle",
    "Relationship",
    "Role",
    "Text",
    "catalogue",
    "load_catalogue",
    "packaged_root",
]
