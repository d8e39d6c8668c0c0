"""Backups during the day (issue 18): taken beside live edits, rotated by age, and a -wal
file lost after an unclean close noticed at the next opening."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap

from hypothesis import given
from hypothesis import strategies as st

from tillitworkshop.store import Library, WalMissing
from tillitworkshop.store.backups import (
    BACKUPS_KEPT,
    DAYS_KEPT,
    PREFIX,
    STAMP,
    SUFFIX,
    list_backups,
    stamp_of,
    take_backup,
    to_keep,
)
from tillitworkshop.store.check import check_file
from tillitworkshop.store.sessions import create_session, list_sessions

NOW = dt.datetime(2026, 3, 12, 15, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def name_at(when: dt.datetime) -> str:
    return f"{PREFIX}{when.astimezone(dt.UTC).strftime(STAMP)}{SUFFIX}"


# Rotation: a pure function of the names and the time

def test_a_day_of_backups_every_ten_minutes_keeps_the_newest_ten_and_one_a_day():
    """40 days with a backup every 10 minutes from 9 to 16: the newest 10 (today's last
    hour and a half) and the last backup of each of the 30 days."""
    names = [name_at(NOW.replace(hour=9) - dt.timedelta(days=d) + dt.timedelta(minutes=10 * i))
             for d in range(40) for i in range(43)]
    kept = to_keep(names, NOW)
    newest = sorted(names, reverse=True)[:BACKUPS_KEPT]
    evenings = {name_at(NOW.replace(hour=16) - dt.timedelta(days=d)) for d in range(1, DAYS_KEPT)}
    assert kept == set(newest) | evenings
    assert len(kept) == BACKUPS_KEPT + DAYS_KEPT - 1  # today's newest is among the newest 10


def test_days_are_the_local_calendar_days():
    """00:30 local time (23:30 UTC the day before) counts for its local day."""
    late, early = NOW.replace(hour=0, minute=30), NOW.replace(hour=0, minute=10)
    earlier_day = early - dt.timedelta(hours=1)  # 23:10 the evening before, local
    kept = to_keep([name_at(late), name_at(early), name_at(earlier_day)], NOW, newest=0)
    assert kept == {name_at(late), name_at(earlier_day)}


def test_names_that_are_not_stamps_only_count_among_the_newest():
    odd = f"{PREFIX}00000000T000000000000Z{SUFFIX}"
    assert stamp_of(odd) is None
    assert to_keep([odd], NOW, newest=1) == {odd}
    assert to_keep([odd, name_at(NOW)], NOW, newest=1) == {name_at(NOW)}


stamps = st.lists(st.datetimes(min_value=dt.datetime(2025, 1, 1), max_value=dt.datetime(2026, 6, 1),
                               timezones=st.just(dt.UTC)), max_size=80)


@given(stamps, st.integers(0, 12), st.integers(1, 40))
def test_rotation_keeps_the_newest_one_a_day_at_most_that_and_is_stable(times, newest, days):
    names = [name_at(t) for t in times]
    kept = to_keep(names, NOW, newest, days)
    assert kept <= set(names)
    assert set(sorted(set(names), reverse=True)[:newest]) <= kept
    assert len(kept) <= newest + days
    first = NOW.date() - dt.timedelta(days=days - 1)
    by_day: dict[dt.date, list[str]] = {}
    for n in names:
        by_day.setdefault(stamp_of(n).astimezone(NOW.tzinfo).date(), []).append(n)  # type: ignore[union-attr]
    for day, group in by_day.items():
        if first <= day <= NOW.date():
            assert max(group) in kept
    # Rotating what was kept removes nothing more.
    assert to_keep(kept, NOW, newest, days) == kept


def test_taking_a_backup_rotates_by_age(data_dir):
    """Backups of earlier days stay beyond the newest ten; those older than 30 days go."""
    with Library.open(data_dir) as lib:
        create_session(lib, "A", "skola", "2026-03-12")
        folder = data_dir / "backups"
        folder.mkdir()
        today = dt.datetime.now().astimezone()
        old = [folder / name_at(today - dt.timedelta(days=d)) for d in (3, 20, 45)]
        for p in old:
            p.write_bytes(b"")
        for _ in range(BACKUPS_KEPT):
            lib.backup()
        kept = {p.name for p in list_backups(folder)}
    assert old[0].name in kept and old[1].name in kept and old[2].name not in kept
    assert len(kept) == BACKUPS_KEPT + 2


# The backup the window takes: its own connection, beside live edits

def test_backup_if_changed_reads_beside_an_open_edit_and_skips_when_unchanged(lib, data_dir):
    create_session(lib, "Committed", "skola", "2026-03-12")
    lib.conn.execute("BEGIN IMMEDIATE")  # the window in the middle of an edit
    lib.conn.execute("UPDATE sessions SET organisation = 'Uncommitted'")
    taken = lib.backup_if_changed()  # waits for nothing: WAL lets it read the last commit
    lib.conn.execute("ROLLBACK")
    assert taken is not None and check_file(taken).ok
    copy = sqlite3.connect(taken)
    assert copy.execute("SELECT organisation FROM sessions").fetchall() == [("Committed",)]
    copy.close()
    assert lib.backup_if_changed() is None  # nothing changed since
    create_session(lib, "B", "skola", "2026-03-12")
    assert lib.backup_if_changed() is not None


def test_backups_taken_at_once_from_two_threads_both_arrive(lib, data_dir):
    """The window's timer backup and its closing one never sweep each other's partial file."""
    from concurrent.futures import ThreadPoolExecutor

    create_session(lib, "A", "skola", "2026-03-12")
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: take_backup(lib.conn, data_dir / "backups"), range(8)))
    assert all(p.exists() for p in results)


# A -wal file lost after an unclean close

KILLED = textwrap.dedent("""
    import os, sys
    from tillitworkshop.store import Library
    from tillitworkshop.store.sessions import create_session
    lib = Library.open(sys.argv[1])
    create_session(lib, "Edited before the kill", "skola", "2026-03-12")
    os._exit(0)  # no close: the edit lives in the -wal file only
""")


def _session_then_kill(data_dir) -> None:
    subprocess.run([sys.executable, "-c", KILLED, str(data_dir)], check=True)


def test_a_lost_wal_after_an_unclean_close_is_reported_with_the_newest_backup(data_dir):
    with Library.open(data_dir) as lib:
        create_session(lib, "Before", "skola", "2026-03-12")
    Library.open(data_dir).close()  # backs it up
    good = list_backups(data_dir / "backups")[0]
    _session_then_kill(data_dir)
    (data_dir / "library.sqlite-wal").unlink()  # a sync tool "tidied" it away
    (data_dir / "library.sqlite-shm").unlink(missing_ok=True)
    before = list_backups(data_dir / "backups")
    with Library.open(data_dir) as lib:
        assert isinstance(lib.warning, WalMissing)
        assert lib.warning.code == "wal_missing" and lib.warning.params["backup"] == good.name
        assert f"restore {good.name}" in str(lib.warning)
        assert [s.organisation for s in list_sessions(lib)] == ["Before"]
    # The older library was not backed up over the offer, and the warning is said once.
    assert list_backups(data_dir / "backups") == before
    with Library.open(data_dir) as lib:
        assert lib.warning is None


def test_no_warning_when_the_wal_survived_or_the_close_was_clean(data_dir):
    _session_then_kill(data_dir)  # the -wal file stays: SQLite recovers the edit
    with Library.open(data_dir) as lib:
        assert lib.warning is None
        assert [s.organisation for s in list_sessions(lib)] == ["Edited before the kill"]
        create_session(lib, "After", "skola", "2026-03-12")
    assert not (data_dir / "library.sqlite-wal").exists()  # a clean close removes it
    with Library.open(data_dir) as lib:
        assert lib.warning is None


def test_a_purge_that_empties_the_wal_is_not_a_loss(data_dir):
    """purge() truncates the -wal file; a kill after it is not taken for a lost one."""
    script = KILLED.replace("os._exit(0)", "lib.purge()\nos._exit(0)")
    subprocess.run([sys.executable, "-c", script, str(data_dir)], check=True)
    with Library.open(data_dir) as lib:
        assert lib.warning is None


def test_the_command_line_warns_in_one_line_and_goes_on(data_dir, capsys):
    from tillitworkshop import cli

    _session_then_kill(data_dir)
    (data_dir / "library.sqlite-wal").unlink()
    assert cli.main(["--data-dir", str(data_dir), "list"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("Warning: ") and "library.sqlite-wal" in err and err.count("\n") == 1


def test_no_warning_after_a_restore_put_another_file_in_place(data_dir):
    """restore moves the library and its -wal aside: the state file speaks of that file."""
    from tillitworkshop.store.restore import restore_backup

    with Library.open(data_dir) as lib:
        create_session(lib, "Before", "skola", "2026-03-12")
    _session_then_kill(data_dir)  # its opening backs "Before" up
    restore_backup(data_dir, "latest")
    with Library.open(data_dir) as lib:
        assert lib.warning is None
