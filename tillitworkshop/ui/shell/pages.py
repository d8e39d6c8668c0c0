"""The phase pages of an open session, each built the first time it is shown.

Building every page when a session opens cost most of the start-up time, and
every built page follows every edit; a facilitator usually stays in two or
three phases. So a page is made on first use and added to the stack then, and
its module is imported then too (a page given as "module:Class"): the closing
page alone brings in reportlab.
"""

from __future__ import annotations

import importlib
import linecache
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget, QWidget

Maker = Callable[..., QWidget] | str  # a page class, or "package.module:Class"


def page_class(maker: Maker) -> Callable[..., QWidget]:
    """The class itself, importing its module for a "module:Class" string."""
    if not isinstance(maker, str):
        return maker
    module, _, name = maker.partition(":")
    return getattr(importlib.import_module(module, __package__), name)


class LazyPages(Mapping):
    """``pages[key]`` builds that page (once) with ``build(PageClass)`` and adds it to
    ``stack``; iteration lists every phase, built or not, in order."""

    def __init__(self, makers: Mapping[str, Maker], build: Callable[[Callable[..., QWidget]], QWidget],
                 stack: QStackedWidget):
        self._makers = dict(makers)
        self._build = build
        self._stack = stack
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            page = self._build(page_class(self._makers[key]))  # KeyError: no such page
            self._stack.addWidget(page)
            self._built[key] = page
            # PySide6's import hook kept the source of the page's modules, as it did for
            # start-up's (ui.shell.app.forget_module_sources): let go of it again. With every
            # page shown once, the window's peak is ~2 MB lower (bench/bench_memory.py).
            linecache.clearcache()
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)

    def built(self) -> dict[str, QWidget]:
        """The pages made so far (the others have not been shown yet)."""
        return dict(self._built)
