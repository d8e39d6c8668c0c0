"""The package list in pyproject.toml names every package, so an install holds them all."""

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_every_package_of_the_source_is_installed():
    """A new package (a phase's folder under ui/phases, say) left out of ``packages`` would
    work in a checkout and be missing from an installed or frozen app."""
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(REPO).parts)
             for p in (REPO / "tillitworkshop").rglob("__init__.py")}
    assert found - listed == set()
