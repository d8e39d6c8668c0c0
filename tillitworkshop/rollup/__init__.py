"""The programme's roll-up: many sessions' files into one read-only SQLite database, its
Datasette metadata, and a programme report (no Qt here).

The command line and the window share one entry point::

    from tillitworkshop.rollup import roll_up_all

    result = roll_up_all([Path("sessions/")], Path("programme.sqlite"), pdf=Path("report.pdf"),
                         lang="sv", force=True, progress=on_progress, cancel=is_cancelled)

``result.problems`` lists the inputs skipped (or remarked on), ``result.summary`` what was
rolled up. docs/rollup.md describes the database table by table.
"""

from __future__ import annotations

from pathlib import Path

from .run import (
    Cancel,
    Progress,
    Result,
    RollupCancelled,
    RollupError,
    Summary,
    check_output,
    roll_up,
)
from .sources import Problem, metadata_path

LANGUAGES = ("sv", "en")

__all__ = ["LANGUAGES", "Problem", "Result", "RollupCancelled", "RollupError", "Summary",
           "check_output", "metadata_path", "roll_up", "roll_up_all"]


def roll_up_all(arguments: list[Path], output: Path, *, pdf: Path | None = None,
                lang: str = "sv", force: bool = False, progress: Progress | None = None,
                cancel: Cancel | None = None, workers: int = 1) -> Result:
    """The database, its ``.metadata.json`` beside it, and the report when ``pdf`` is given.

    The report is checked for writing before anything is read (an existing one is
    replaced only with ``force``, like the database).
    """
    if lang not in LANGUAGES:
        raise RollupError(f"Unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}.",
                          "rollup_language", lang=lang)
    report = check_output(pdf, force) if pdf is not None else None
    result = roll_up(arguments, output, force=force, progress=progress, cancel=cancel,
                     workers=workers)
    if not result.written:
        return result
    from .metadata import write_metadata

    write_metadata(result.output, lang)
    if report is not None:
        if cancel is not None and cancel():
            raise RollupCancelled
        from .programme import write_report

        write_report(result.output, report, lang)
    return result
