"""The command line's commands (``cli`` parses and starts the window; this does the rest)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

from . import report
from .exit_codes import EXIT_OK, EXIT_USAGE
from .store import Library, paths
from .store.backups import list_backups
from .store.check import check_file, check_remembered
from .store.demo import add_demo
from .store.files import WriteError, clean_private_temp, write_atomically
from .store.interchange import export_json
from .store.library import missing_library
from .store.portable import export_portable, import_session
from .store.read import load_workshop
from .store.restore import restore_backup
from .store.sessions import list_sessions, resolve_session


def run(args: argparse.Namespace, folder: Path) -> int:
    """Carry out ``args.command`` (not None) on the library in ``folder``; the exit status."""
    if args.command == "check":
        return _check(folder)
    if args.command == "restore":
        used, aside = restore_backup(folder, args.backup)
        print(f"Restored {used.name}." + (f" The previous library is kept as {aside}." if aside else ""))
        return EXIT_OK
    with Library.open(folder) as lib:
        if lib.warning is not None:
            # Said, not refused: the library is whole, only maybe older; the command goes on
            # and `restore` (named in the line) is the user's choice.
            print(f"Warning: {lib.warning}", file=sys.stderr)
        clean_private_temp(lib.folder)  # what a killed export or import left there
        if args.command == "list":
            sessions = list_sessions(lib)
            if args.json:
                _say(json.dumps([asdict(s) for s in sessions], ensure_ascii=False, indent=1))
            elif not sessions:
                _say("No sessions yet. `tillitworkshop demo` adds a demo session.")
            for s in [] if args.json else sessions:
                _say(f"{s.id}  {s.date}  {s.sector:<18}  {s.organisation}")
        elif args.command == "demo":
            _say(add_demo(lib).session_id)
        elif args.command == "import":
            _say(import_session(lib, args.file).session_id)
        elif args.command == "export" and args.format == "sqlite":
            export_portable(lib, resolve_session(lib, args.session), args.output)
        elif args.command == "export" and args.format == "pdf":
            workshop = load_workshop(lib, resolve_session(lib, args.session))
            written = report.export_pdf(workshop, args.kind, args.output, lang=args.lang)
            if args.kind == "handouts":
                _say(f"{args.output}: {len(written)} PDF files")
            else:
                _say(written[0])
        elif args.command == "room":
            return _room(lib, resolve_session(lib, args.session), args.host, args.port)
        elif args.command == "export":
            text = export_json(lib, resolve_session(lib, args.session))
            if args.output:
                write_atomically(args.output, text.encode("utf-8"))
            else:
                _print_whole(text)
    return EXIT_OK


def _room(lib: Library, session_id: str, host: str, port: int) -> int:
    import asyncio

    from .room.serve import serve  # aiohttp: only for this command

    try:
        asyncio.run(serve(lib, session_id, host, port))
    except OSError as e:
        print(f"tillitworkshop: cannot listen on {host} port {port}: {e.strerror or e}. "
              "Choose another --host or --port.", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def _say(text: object) -> None:
    _print_whole(f"{text}\n")


def _print_whole(text: str) -> None:
    """Write ``text`` to stdout and flush it here, so that a full disk or a closed file
    behind stdout is reported as one line (not found at exit, after the status is set)."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as e:
        # What is left in the buffer would fail again at exit: let it go.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise WriteError(f"Cannot write to the standard output: {e.strerror or e}; what was "
                         "printed is incomplete.", "cannot_write_stdout",
                         reason=e.strerror or str(e)) from e


def _check(folder: Path) -> int:
    library = paths.library_path(folder)
    if not library.exists():
        missing = missing_library(folder)
        if missing is not None:
            raise missing
        print(f"No library yet in {folder}.")
        return EXIT_OK
    found = check_file(library)
    print(f"{library}: {'ok' if found.ok else 'DAMAGED: ' + '; '.join(found.problems)}")
    good = None
    for backup in list_backups(paths.backup_dir(folder)):
        r = check_remembered(backup)
        good = good or (backup if r.ok else None)
        print(f"  backup {backup.name}: {'ok' if r.ok else 'damaged: ' + '; '.join(r.problems)}")
    if found.ok:
        return EXIT_OK
    if good:
        print(f"To go back to the newest good backup: tillitworkshop restore {good.name}",
              file=sys.stderr)
    else:
        print("No good backup was found.", file=sys.stderr)
    return EXIT_USAGE
