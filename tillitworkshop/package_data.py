"""Where the data files are: the package ``tillitworkshop.resources`` (``resources/`` here).

It is a folder of files, found through the package's ``__path__``: that is
``resources/`` in a checkout, the installed package's folder, and in the frozen
application the folder the installer collects it into, where it is a namespace
package (the installer takes data files, not this package's module). Looking it
up through importlib.resources loads its modules and a resource reader for the
same answer: ~6 M instructions, 0.6 % of the window's start (bench/bench_ui.py).
"""

from __future__ import annotations

import functools
from pathlib import Path


@functools.cache
def _root() -> Path:
    # installed from resources/ (package-dir in pyproject.toml), where mypy does not look
    from . import resources  # type: ignore[attr-defined]

    return Path(next(iter(resources.__path__)))


def path(*parts: str) -> Path:
    """A data file or folder by its parts under ``resources/``: ``path("content")``."""
    return _root().joinpath(*parts)
