"""Rolling sessions up: read every input, keep one version of each session, write the file.

The database is written into a temporary file beside the output and renamed into place
when whole, so a failed or cancelled run leaves the previous roll-up as it was. Inputs are
read one at a time and their rows written at once: memory holds one session, whatever
the number of files.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import sqlite3
import tempfile
import time
from collections import deque
from collections.abc import Callable, Generator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..store.errors import ImportRejected, LibraryCorrupt, StoreError
from ..store.files import WriteError, _target, _temp_beside, fsync_dir
from .database import Writer
from .rows import SessionRows, moment, session_rows
from .sources import Input, Problem, Timings, expand, metadata_path, problem_of, read

# Below this many inputs per worker, starting processes (~0.5 s each) is not worth it.
PARALLEL_FROM = 20
IN_FLIGHT = 4

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class RollupError(StoreError):
    """The roll-up cannot be written as asked (a message for the user)."""


class RollupCancelled(Exception):
    """The user cancelled; the output was left as it was."""


@dataclass(slots=True)
class Summary:
    sessions: int = 0
    sites: int = 0
    sectors: list[str] = field(default_factory=list)
    first_date: str | None = None
    last_date: str | None = None
    duplicates: int = 0
    older_versions: int = 0


@dataclass(slots=True)
class Result:
    output: Path
    problems: list[Problem]
    summary: Summary
    timings: Timings
    written: bool = True

    @property
    def skipped(self) -> int:
        return sum(p.skipped for p in self.problems)


@dataclass(slots=True)
class _Kept:
    """The version of a session in the roll-up, and every version's digest met so far."""

    digest: str
    changed: str
    source: str
    seen: set[str]


def check_output(output: Path, force: bool) -> Path:
    """The file to write, refused before anything is read: an existing one without
    ``force``, one in a folder that does not exist, or not a regular file."""
    output = Path(output).expanduser()
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        raise RollupError(f"Cannot write {output}: the folder {parent} does not exist.",
                          "rollup_no_folder", path=str(output), folder=str(parent))
    try:
        target = _target(output)
    except WriteError as e:
        raise RollupError(str(e), e.code, **e.params) from e
    if target.exists() and not force:
        raise RollupError(f"{output} exists; add --force to replace it.", "rollup_exists",
                          path=str(output))
    return target


def roll_up(arguments: list[Path], output: Path, *, force: bool = False,
            progress: Progress | None = None, cancel: Cancel | None = None,
            workers: int = 1) -> Result:
    """Roll ``arguments`` (files, folders, libraries) up into ``output``; with ``workers``
    processes reading and checking the inputs when there are many."""
    target = check_output(output, force)
    inputs, problems = expand(arguments, target)
    timings = Timings()
    try:
        tmp = _temp_beside(target.parent, folder=False)
    except WriteError as e:
        raise RollupError(str(e), e.code, **e.params) from e
    summary = Summary()
    try:
        tmp.unlink()
        writer = Writer(tmp)
        try:
            kept: dict[str, _Kept] = {}
            results = _results(inputs, workers)
            for done, (found, skipped, spent) in enumerate(results):
                if cancel is not None and cancel():
                    raise RollupCancelled
                timings.add(spent)
                start = time.perf_counter()
                for rows, source in found:
                    _keep(rows, source, writer, kept, problems, summary)
                timings.write += time.perf_counter() - start
                problems.extend(skipped)
                if progress is not None:
                    progress(done + 1, len(inputs))
            if not kept:
                writer.abandon()
                tmp.unlink(missing_ok=True)
                return Result(target, problems, summary, timings, written=False)
            writer.finish()
        except BaseException:
            results.close()  # stops the worker processes now, not when collected
            writer.abandon()
            raise
        _summarise(tmp, summary)
        _fsync(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except (OSError, sqlite3.OperationalError) as e:  # a full disk, a folder taken away
        reason = getattr(e, "strerror", None) or str(e)
        raise RollupError(f"Cannot write {target}: {reason}.", "cannot_write_file",
                          path=str(target), reason=reason) from e
    finally:
        tmp.unlink(missing_ok=True)
    return Result(target, problems, summary, timings)


Found = tuple[list[tuple[SessionRows, str]], list[Problem], Timings]


def read_input(item: Input) -> Found:
    """One input's sessions as rows (with their sources), and the problems that skipped it
    or some of its sessions: the part of the work that runs in a worker process when there
    are many inputs."""
    timings = Timings()
    found: list[tuple[SessionRows, str]] = []
    problems: list[Problem] = []
    try:
        with tempfile.TemporaryDirectory(prefix="tillitworkshop-rollup-") as scratch:
            for session in read(item, Path(scratch), timings):
                if isinstance(session, Problem):
                    problems.append(session)
                    continue
                start = time.perf_counter()
                found.append((session_rows(session.document), session.source))
                timings.rows += time.perf_counter() - start
    except ImportRejected as e:
        problems.append(problem_of(e, str(item.path)))
    except LibraryCorrupt as e:  # text that is not UTF-8, found as the session is read
        p = e.params
        problems.append(Problem(str(item.path), f"is damaged: record {p.get('record')} of "
                                                f"table {p.get('table')} holds text that is "
                                                "not UTF-8"))
    except (StoreError, sqlite3.DatabaseError, UnicodeDecodeError, OSError) as e:
        # Other damage found past the checks: this input is skipped, the others rolled up.
        problems.append(Problem(str(item.path), f"cannot be read: {e}"))
    return found, problems, timings


def _results(inputs: list[Input], workers: int) -> Generator[Found, None, None]:
    """``read_input`` of each input, in order; in ``workers`` processes when more than one,
    with a few inputs in flight per worker so that memory does not grow with their number."""
    if workers <= 1 or len(inputs) < 2 * PARALLEL_FROM:
        yield from map(read_input, inputs)
        return
    # spawn, not fork: the window's process has threads, which a fork would copy half-way.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        pending: deque[Future[Any]] = deque()
        queue = iter(inputs)
        for item in itertools.islice(queue, workers * IN_FLIGHT):
            pending.append(pool.submit(read_input, item))
        while pending:
            result = pending.popleft().result()
            item_next = next(queue, None)
            if item_next is not None:
                pending.append(pool.submit(read_input, item_next))
            yield result


def _keep(rows: SessionRows, source: str, writer: Writer, kept: dict[str, _Kept],
          problems: list[Problem], summary: Summary) -> None:
    before = kept.get(rows.key)
    if before is not None and rows.digest in before.seen:
        summary.duplicates += 1
        return
    if before is not None:
        before.seen.add(rows.digest)
        summary.older_versions += 1
        newer = (moment(rows.changed), source) > (moment(before.changed), before.source)
        old, new = (before.source, source) if newer else (source, before.source)
        changed = rows.changed if newer else before.changed
        problems.append(Problem(new, f"is a newer version of the session in {old}; "
                                     f"kept this one (changed {changed})", skipped=False))
        if not newer:
            return
        writer.remove(rows.key)
    writer.add(rows)
    seen = before.seen if before is not None else {rows.digest}
    kept[rows.key] = _Kept(rows.digest, rows.changed, source, seen)


def _summarise(path: Path, summary: Summary) -> None:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT COUNT(*), COUNT(DISTINCT organisation), MIN(date), MAX(date) "
                           "FROM sessions").fetchone()
        summary.sessions, summary.sites, summary.first_date, summary.last_date = row
        summary.sectors = [r[0] for r in conn.execute(
            "SELECT DISTINCT s.sector FROM sessions s LEFT JOIN sectors o ON o.key = s.sector "
            "ORDER BY o.position, s.sector")]
    finally:
        conn.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


__all__ = ["Result", "RollupCancelled", "RollupError", "Summary", "check_output", "metadata_path",
           "roll_up"]
