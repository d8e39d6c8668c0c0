"""The command line's commands (``cli`` parses and starts the window; this does the rest)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

from . import report
from .content import catalogue
from .exit_codes import EXIT_OK, EXIT_USAGE
from .store import Library, NotFound, exports, paths
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
    if args.command == "rollup":  # reads libraries through snapshots: never opens one
        return _rollup(args)
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
        elif args.command == "forget":
            _forget(lib, args)
        elif args.command == "export" and args.format == "person":
            _export_person(lib, args)
        elif args.command == "export" and args.format == "sqlite":
            sid = resolve_session(lib, args.session)
            export_portable(lib, sid, args.output, anonymise=args.anonymise)
            exports.record(lib, sid, "tillit", args.output, anonymised=args.anonymise)
        elif args.command == "export" and args.format == "pdf":
            workshop = load_workshop(lib, resolve_session(lib, args.session))
            written = report.export_pdf(workshop, args.kind, args.output, lang=args.lang)
            exports.record(lib, workshop.id, args.kind, args.output,
                           language=args.lang or workshop.language)
            if args.kind == "handouts":
                _say(f"{args.output}: {len(written)} PDF files")
            else:
                _say(written[0])
        elif args.command == "export" and args.format == "html":
            workshop = load_workshop(lib, resolve_session(lib, args.session))
            _say(report.export_html(workshop, args.output, lang=args.lang))
            exports.record(lib, workshop.id, "html", args.output,
                           language=args.lang or workshop.language)
        elif args.command == "export" and args.format == "csv":
            workshop = load_workshop(lib, resolve_session(lib, args.session))
            written = report.export_csv(workshop, args.output, lang=args.lang)
            exports.record(lib, workshop.id, "csv", args.output,
                           language=args.lang or workshop.language)
            _say(f"{args.output}: {len(written)} CSV files")
        elif args.command == "export":
            sid = resolve_session(lib, args.session)
            text = export_json(lib, sid, anonymise=args.anonymise)
            if args.output:
                write_atomically(args.output, text.encode("utf-8"))
                exports.record(lib, sid, "json", args.output, anonymised=args.anonymise)
            else:
                _print_whole(text)
                exports.record(lib, sid, "json", "-", anonymised=args.anonymise)
    return EXIT_OK


def _forget(lib: Library, args: argparse.Namespace) -> None:
    from .store.forget import find_person, forget

    sid = resolve_session(lib, args.session)
    try:
        pid = find_person(lib, sid, args.person)
    except NotFound:
        if not lib.finished_forgets:
            raise
        # Run again after an interrupted forget: opening the library finished it, and the
        # name is no longer there to be found.
        for done in lib.finished_forgets:
            _say(f"Finished the interrupted forget of participant {done.participant_id}: "
                 f"{done.count('rewritten')} copies rewritten, {done.count('deleted')} "
                 "damaged copies deleted.")
        return
    result = forget(lib, sid, pid, delete_notes=args.delete_notes)
    _say(f"Forgotten: participant {result.participant_id}"
         + (f", {result.notes_deleted} notes deleted" if args.delete_notes else
            "; their notes stay under their role") + ".")
    for outcome, said in (("rewritten", "copies rewritten without them"),
                          ("unchanged", "copies never held them"),
                          ("deleted", "damaged copies that held them deleted"),
                          ("damaged", "damaged copies left alone (they do not mention them)")):
        _say(f"  {result.count(outcome)} {said}")
    for c in result.copies:
        if c.outcome in ("deleted", "damaged"):
            _say(f"  {c.outcome}: {c.path.name} ({c.detail})")


def _export_person(lib: Library, args: argparse.Namespace) -> None:
    from .store.forget import find_person
    from .store.person import person_json

    sid = resolve_session(lib, args.session)
    pid = find_person(lib, sid, args.person)
    text = person_json(lib, sid, pid)
    if args.output:
        write_atomically(args.output, text.encode("utf-8"))
    else:
        _print_whole(text)
    exports.record(lib, sid, "person", args.output or "-", participants=[pid])


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


def _rollup(args: argparse.Namespace) -> int:
    from .rollup import roll_up_all

    # Worker processes are spawned by re-running Python: not from a frozen bundle, whose
    # executable is the app itself.
    workers = 1 if getattr(sys, "frozen", False) else min(4, os.cpu_count() or 1)
    result = roll_up_all(args.inputs, args.output, pdf=args.pdf, lang=args.lang, force=args.force,
                         workers=workers)
    for problem in result.problems:
        _say(f"{problem.source}: {problem.message}")
    s = result.summary
    if not result.written:
        _say("No sessions to roll up; nothing was written.")
        return EXIT_USAGE
    dates = f"{s.first_date} to {s.last_date}" if s.first_date != s.last_date else s.first_date
    cat = catalogue()
    sectors = [cat.sector(k).name("en") if k in cat.keys().sectors else k for k in s.sectors]
    _say(f"{s.sessions} sessions from {s.sites} sites, sectors: {', '.join(sectors)}; "
         f"{dates}; written to {result.output}"
         + (f" and {args.pdf}" if args.pdf else ""))
    if s.duplicates:
        _say(f"{s.duplicates} files held a session already read (counted once).")
    if result.skipped:
        _say(f"{result.skipped} skipped (named above).")
        return EXIT_USAGE
    return EXIT_OK


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
