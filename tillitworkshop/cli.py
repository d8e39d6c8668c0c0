"""The command line: the same program serves the facilitator and scripts.

Exit status 0 on success, 2 for bad input or usage (with a message naming the
file or field and what to do), 1 for an internal error (``exit_codes``). A
user's mistake never shows a traceback.

This module parses; ``commands`` carries out a command and ``ui.shell.app`` runs the
window. Each is imported only when it is used: the commands' modules bring
sqlite-utils, reportlab and pypdf, which the window's first paint does not wait
for (loading them first took the start to the first paint from 490 ms to
1,043 ms), and the window brings Qt, which no command needs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import NoReturn

from . import __version__
from .domain.validation import ValidationError
from .exit_codes import EXIT_INTERNAL, EXIT_OK, EXIT_USAGE
from .report import KINDS, LANGUAGES
from .store import StoreError, paths


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse exits 2 too; keep its wording short
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="tillitworkshop",
                     description="Tillit Workshop: facilitate a Besök Tillit day (SOU 2018:47).")
    parser.add_argument("--version", action="version", version=f"tillitworkshop {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=f"the library folder (also ${paths.ENV_DATA_DIR}); "
                             "default: the platform's user data folder")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    p = sub.add_parser("list", help="the sessions: id, organisation, date, sector")
    p.add_argument("--json", action="store_true", help="as JSON, for scripts")
    sub.add_parser("demo", help="add the demo session (a realistic day); print its id")
    p = sub.add_parser("import", help="import a session file (.json or a portable .tillit "
                                      "file); print the new id")
    p.add_argument("file", type=Path)
    p = sub.add_parser("export", help="export a session")
    fmt = p.add_subparsers(dest="format", metavar="FORMAT", required=True, parser_class=_Parser)
    j = fmt.add_parser("json", help="the JSON interchange file (docs/interchange.md)")
    j.add_argument("session", help="a session id or a unique prefix of one")
    j.add_argument("-o", "--output", type=Path, help="write to this file (default: print)")
    j.add_argument("--anonymise", action="store_true",
                   help="without names: participants as role pseudonyms (as in the PDFs), no "
                        "units, what they said kept under their role")
    pdf = fmt.add_parser("pdf", help="a PDF: the summary, the handouts, the principle cards "
                                     "or the follow-up report")
    pdf.add_argument("session", help="a session id or a unique prefix of one")
    pdf.add_argument("--kind", required=True, choices=KINDS,
                     help="summary (for the organisation), handouts (a folder: one PDF per "
                          "participant and one combined), cards (to print and cut), followup")
    pdf.add_argument("--lang", choices=LANGUAGES,
                     help="the language of the PDF (default: the session's)")
    pdf.add_argument("-o", "--output", type=Path, required=True, metavar="PATH",
                     help="the PDF file to write; for handouts, a new (or empty) folder")
    h = fmt.add_parser("html", help="the summary as one accessible HTML file (WCAG 2.1 AA), the "
                                     "version to publish")
    h.add_argument("session", help="a session id or a unique prefix of one")
    h.add_argument("--lang", choices=LANGUAGES, help="its language (default: the session's)")
    h.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                   help="the .html file to write")
    c = fmt.add_parser("csv", help="tables for Excel: notes, problems, ratings, commitments "
                                   "(docs/csv.md)")
    c.add_argument("session", help="a session id or a unique prefix of one")
    c.add_argument("--lang", choices=LANGUAGES,
                   help="sv: ';' and decimal comma, as Swedish Excel opens them; en: ',' and "
                        "decimal point (default: the session's language)")
    c.add_argument("-o", "--output", type=Path, required=True, metavar="FOLDER",
                   help="the folder to write the .csv files into (made if missing)")
    q = fmt.add_parser("sqlite", help="a portable single-session SQLite file (.tillit)")
    q.add_argument("session", help="a session id or a unique prefix of one")
    q.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    q.add_argument("--anonymise", action="store_true", help="without names, as for json")
    p = sub.add_parser("forget", help="forget a participant: name and unit removed from the "
                                      "library, every backup and the undo history (cannot be "
                                      "undone; docs/privacy.md)")
    p.add_argument("session", help="a session id or a unique prefix of one")
    p.add_argument("person", help="a participant id, or a name matching exactly one participant")
    p.add_argument("--delete-notes", action="store_true",
                   help="delete what they said too (default: it stays, under their role)")
    pe = fmt.add_parser("person", help="everything stored about one participant, as JSON "
                                       "(an access request; docs/privacy.md)")
    pe.add_argument("session", help="a session id or a unique prefix of one")
    pe.add_argument("person", help="a participant id, or a name matching exactly one participant")
    pe.add_argument("-o", "--output", type=Path, help="write to this file (default: print)")
    p = sub.add_parser("rollup", help="roll sessions of a programme up into one SQLite database "
                                      "(for Datasette), and a programme report")
    p.add_argument("inputs", nargs="+", type=Path, metavar="INPUT",
                   help="session files (.tillit, .json), folders of them, library folders")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="ROLLUP.sqlite",
                   help="the database to write (ROLLUP.metadata.json is written beside it)")
    p.add_argument("--pdf", type=Path, metavar="REPORT.pdf", help="also write the programme report")
    p.add_argument("--lang", choices=LANGUAGES, default="sv",
                   help="the language of the report and the metadata (default: sv)")
    p.add_argument("--force", action="store_true", help="replace an existing output")
    sub.add_parser("check", help="check the library and its backups")
    p = sub.add_parser("restore", help="replace the library with a backup (the current one kept aside)")
    p.add_argument("backup", help="a backup's file name (see `check`), a path, or 'latest'")
    p = sub.add_parser("room", help="open the room to phones without the window (docs/room.md); "
                                    "prints JOIN <url>, stops on Ctrl+C")
    p.add_argument("session", help="a session id or a unique prefix of one")
    p.add_argument("--host", default="127.0.0.1", metavar="ADDR",
                   help="the address to listen on: the laptop's address on the room's network "
                        "(default: 127.0.0.1, this computer only)")
    p.add_argument("--port", type=int, default=0, metavar="N", help="the port (default: a free one)")
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    """The command line parsed. Without arguments (started from the desktop: the window)
    the parser is not built: its twenty commands took 3.2 ms, 1.7 % of the start to the
    window's first paint (bench/bench_ui.py); a test holds this to what the parser says."""
    if not argv:
        return argparse.Namespace(data_dir=None, command=None)
    return build_parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse(argv)
    try:
        status = _run(args)
        _flush_stdout()
        return status
    except (StoreError, ValidationError) as e:
        print(f"tillitworkshop: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERNAL
    except BrokenPipeError:
        # The reader stopped early (`... | head`): nothing went wrong here. Point stdout at
        # /dev/null so the interpreter's last flush does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as e:  # a bug, not the user's mistake: say so plainly
        print(f"tillitworkshop: internal error: {type(e).__name__}: {e}", file=sys.stderr)
        return EXIT_INTERNAL


def _flush_stdout() -> None:
    """Flush what the command printed now, so a full disk behind stdout is one line and
    exit status 2, not a complaint of the interpreter at exit."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as e:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise StoreError(f"Cannot write to the standard output: {e.strerror or e}.",
                         "cannot_write_stdout", reason=e.strerror or str(e)) from e


def _run(args: argparse.Namespace) -> int:
    folder = paths.data_dir(args.data_dir)
    if args.command is None:
        missing = missing_display()
        if missing:
            print(f"tillitworkshop: {missing}", file=sys.stderr)
            return EXIT_USAGE
        from .ui.shell.app import main as run_window  # Qt: only for the window

        return run_window(folder)
    from . import commands

    return commands.run(args, folder)


def missing_display(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> str:
    """Why the window cannot be shown here, in one line with what to do; "" if it can.

    On Linux, Qt without a display to connect to aborts the process with a page of its
    own messages; this says it first. Windows and macOS always have one.
    """
    if not platform.startswith("linux"):
        return ""
    if any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return ""
    return ("no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): "
            "start it from a desktop session, or use a command (tillitworkshop --help).")
