"""PDF exports with reportlab: summary, handouts, principle cards and follow-up (no Qt here).

The window and the command line share one entry point::

    from tillitworkshop.report import export_pdf

    paths = export_pdf(workshop, "handouts", "/tmp/handouts", lang="sv",
                       tr=my_translator, progress=on_progress, cancel=is_cancelled)

``tr`` is any callable from an English text to its translation (default: the
built-in tables of ``strings``). ``progress(done, total)`` and ``cancel()``
are called between files, so the window can run the export in an executor,
show progress and stop it; a cancelled export raises ``ExportCancelled`` and
writes nothing.

Importing the package loads neither reportlab nor pypdf (the command line
names the kinds and languages, and starts the window, without them): the
renderers are imported by the first export.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import Workshop
from .output import Cancel, ExportCancelled, ExportError, Progress, write_file, write_folder
from .strings import LANGUAGES, Translator, translator

if TYPE_CHECKING:
    from .blocks import Ctx

KINDS = ("summary", "handouts", "cards", "followup")


def _renderer(kind: str) -> Callable[[Ctx], bytes]:
    """The function that lays out one PDF of ``kind`` ("summary", "cards", "followup")."""
    from . import cards, followup, summary

    return {"summary": summary.render, "cards": cards.render, "followup": followup.render}[kind]


__all__ = [
    "KINDS",
    "LANGUAGES",
    "ExportCancelled",
    "ExportError",
    "Translator",
    "export_csv",
    "export_html",
    "export_pdf",
    "render_html",
    "render_pdf",
    "translator",
]


def _context(workshop: Workshop, kind: str, lang: str | None, tr: Translator | None,
             today: dt.date | None) -> Ctx:
    if kind not in KINDS:
        raise ExportError(f"Unknown kind of PDF {kind!r}; choose one of {', '.join(KINDS)}.")
    lang = lang or (workshop.language if workshop.language in LANGUAGES else "sv")
    if lang not in LANGUAGES:
        raise ExportError(f"Unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}.")
    from .blocks import Ctx

    return Ctx(workshop, lang, tr or translator(lang), today=today or dt.date.today())


def render_pdf(workshop: Workshop, kind: str, lang: str | None = None,
               tr: Translator | None = None, today: dt.date | None = None) -> bytes:
    """One PDF in memory: "summary", "cards" or "followup" (handouts are many files)."""
    if kind == "handouts":
        raise ExportError("Handouts are one file per participant; use export_pdf with a folder.")
    ctx = _context(workshop, kind, lang, tr, today)
    return _renderer(kind)(ctx)


def export_pdf(workshop: Workshop, kind: str, out_path: str | Path, lang: str | None = None,
               tr: Translator | None = None, progress: Progress | None = None,
               cancel: Cancel | None = None, today: dt.date | None = None) -> list[Path]:
    """Write one kind of PDF for ``workshop`` and return the files written.

    "handouts" writes a folder at ``out_path`` (one PDF per participant and
    the combined file); the others write the file ``out_path``. ``lang`` is
    "sv" or "en" (default: the session's language). Files appear only when
    complete (written beside, then renamed). ``today`` is the date the
    follow-up report judges lateness by (default: today).
    """
    ctx = _context(workshop, kind, lang, tr, today)
    if kind == "handouts":
        from . import handouts

        files = handouts.render_all(ctx, progress, cancel)
        if cancel is not None and cancel():
            raise ExportCancelled
        return write_folder(Path(out_path), files)
    if cancel is not None and cancel():
        raise ExportCancelled
    data = _renderer(kind)(ctx)
    if progress is not None:
        progress(1, 1)
    return [write_file(Path(out_path), data)]


def render_html(workshop: Workshop, lang: str | None = None,
                tr: Translator | None = None) -> bytes:
    """The summary as one accessible, self-contained HTML document (UTF-8 bytes)."""
    from .html import render

    return render(_context(workshop, "summary", lang, tr, None))


def export_html(workshop: Workshop, out_path: str | Path, lang: str | None = None,
                tr: Translator | None = None) -> Path:
    """Write the HTML summary to ``out_path`` (written beside, then renamed into place)."""
    return write_file(Path(out_path), render_html(workshop, lang, tr))


def export_csv(workshop: Workshop, folder: str | Path, lang: str | None = None,
               tr: Translator | None = None) -> list[Path]:
    """Write the session's CSV tables for Excel into ``folder`` (docs/csv.md); the files."""
    from . import csv_export

    ctx = _context(workshop, "summary", lang, tr, None)
    return csv_export.write(Path(folder), csv_export.render(ctx))
