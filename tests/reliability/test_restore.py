"""Restore cannot lose the library: kill -9 at any step leaves a complete library (the old
one or the restored one) under library.sqlite; an old -wal is never applied to the restored
file; set-aside copies are rotated; a missing library is said, not made anew."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3

import pytest

from tillitworkshop.cli import main
from tillitworkshop.store import Library, LibraryMissing
from tillitworkshop.store import restore as restore_module
from tillitworkshop.store.backups import list_backups
from tillitworkshop.store.check import check_file
from tillitworkshop.store.restore import ASIDE_KEPT, restore_backup, set_aside
from tillitworkshop.store.sessions import create_session, list_sessions

from .counts import count, report

OLD = {"Lövhälla kommun", "Norrby region"}  # the library at the kill: two sessions
RESTORED = {"Lövhälla kommun"}  # its backup: one


@pytest.fixture
def crashed(tmp_path):
    """The files of a library whose last writer died: commits still in its -wal; a backup
    of an earlier state. Returns (folder, the saved files to put back each round)."""
    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        create_session(lib, "Lövhälla kommun", "skola", "2026-03-12")
    Library.open(folder).close()  # backed up
    saved = tmp_path / "saved"
    saved.mkdir()
    lib = Library.open(folder, backup=False)
    create_session(lib, "Norrby region", "omsorg", "2026-03-13")
    for name in ("library.sqlite", "library.sqlite-wal", "library.sqlite-shm"):
        shutil.copyfile(folder / name, saved / name)  # as a kill -9 would leave them
    lib.close()
    assert (saved / "library.sqlite-wal").stat().st_size > 0
    put_back(folder, saved)
    return folder, saved


def put_back(folder, saved):
    for p in folder.iterdir():
        if p.is_file():
            p.unlink()
    for p in saved.iterdir():
        shutil.copyfile(p, folder / p.name)


def organisations(folder):
    with Library.open(folder, backup=False) as lib:
        return {s.organisation for s in list_sessions(lib)}


STEPS = [(os, "replace"), (os, "link"), (os, "fsync"), (os, "unlink"), (shutil, "copyfile"),
         (sqlite3, "connect")]


def _child(folder, write_fd):
    """Restore the latest backup, writing a line before and after every file operation."""
    try:
        for module, name in STEPS:
            real = getattr(module, name)

            def step(*args, _real=real, **kwargs):
                os.write(write_fd, b".\n")
                result = _real(*args, **kwargs)
                os.write(write_fd, b".\n")
                return result

            setattr(module, name, step)
        restore_backup(folder, "latest")
        os.write(write_fd, b"done\n")
    finally:
        os._exit(0)


def _restore_killed_after(folder, steps_wanted):
    """Fork a restore; kill -9 it once it has written ``steps_wanted`` lines (before or
    after an operation: a kill then lands between two, or during one)."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _child(folder, write_fd)
    os.close(write_fd)
    seen = b""
    with os.fdopen(read_fd, "rb", buffering=0) as pipe:
        while seen.count(b"\n") < steps_wanted and b"done" not in seen:
            chunk = pipe.read(4096)
            if not chunk:
                break
            seen += chunk
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        seen += pipe.read()
    return b"done" in seen, seen.count(b"\n")


def test_kill_9_during_restore_always_leaves_a_whole_library(crashed):
    folder, saved = crashed
    _, steps = _restore_killed_after(folder, 10**9)  # run through once: how many lines
    assert organisations(folder) == RESTORED
    rng = random.Random(18047)
    kills = count(20, 100)
    outcomes = {"old": 0, "restored": 0}
    for _ in range(kills):
        put_back(folder, saved)
        _restore_killed_after(folder, rng.randint(0, steps))
        library = folder / "library.sqlite"
        assert library.exists()
        found = check_file(library)
        assert found.ok, found.problems
        got = organisations(folder)
        assert got in (OLD, RESTORED)
        outcomes["old" if got == OLD else "restored"] += 1
    restore_backup(folder, "latest")  # and a restore after a killed one leaves nothing behind
    assert not list(folder.glob(".restoring-*"))
    report("kill -9 during restore", kills=kills, steps=steps, **outcomes, missing=0,
           damaged=0)
    assert outcomes["old"] and outcomes["restored"]  # the kills fell on both sides


def test_an_old_wal_is_kept_with_the_old_library_not_applied_to_the_restored_one(crashed):
    folder, _ = crashed
    _, aside = restore_backup(folder, "latest")
    assert not (folder / "library.sqlite-wal").exists()
    assert organisations(folder) == RESTORED and check_file(folder / "library.sqlite").ok
    shutil.copyfile(aside, folder / "library.sqlite")  # the copy kept aside is whole on its own
    assert organisations(folder) == OLD


def test_set_aside_copies_are_rotated(crashed):
    folder, _ = crashed
    for _ in range(ASIDE_KEPT + 3):
        restore_backup(folder, "latest")
    assert len(set_aside(folder)) == ASIDE_KEPT
    assert len(list(folder.glob("library-*"))) == ASIDE_KEPT


def test_a_missing_library_is_said_and_its_backup_offered(crashed, capsys):
    """No library.sqlite beside backups: no new, empty library; exit 2 offering restore."""
    folder, _ = crashed
    restore_backup(folder, "latest")
    for p in folder.glob("library.sqlite*"):
        p.unlink()
    with pytest.raises(LibraryMissing) as missing:
        Library.open(folder)
    assert missing.value.params["backup"] == list_backups(folder / "backups")[0].name
    assert not (folder / "library.sqlite").exists()
    assert main(["--data-dir", str(folder), "list"]) == 2
    assert main(["--data-dir", str(folder), "check"]) == 2
    assert "tillitworkshop restore latest" in capsys.readouterr().err
    assert main(["--data-dir", str(folder), "restore", "latest"]) == 0
    assert organisations(folder) == RESTORED


def test_only_set_aside_copies_left_is_said_too(crashed):
    folder, _ = crashed
    restore_backup(folder, "latest")
    shutil.rmtree(folder / "backups")
    (folder / "library.sqlite").unlink()
    with pytest.raises(LibraryMissing) as missing:
        Library.open(folder)
    assert "library-replaced-" in str(missing.value)


def test_hard_links_unsupported_the_old_library_is_copied(crashed, monkeypatch):
    folder, _ = crashed

    def no_links(*args):
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(restore_module.os, "link", no_links)
    _, aside = restore_backup(folder, "latest")
    assert organisations(folder) == RESTORED and check_file(aside).ok
