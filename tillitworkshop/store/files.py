"""Files outside the library: written whole or not at all, never over what is not ours.

Every export goes through ``write_atomically`` (one file) or ``write_folder`` (the
handouts): the data is written to a temporary beside the target, fsynced, and renamed
into place. The temporary is named ``.tillitworkshop-tmp-<pid>-...`` so that one a kill
left behind is recognised and removed the next time anything is written into that
folder (``clean_leftovers``): the target folders are the user's choice, so there is no
list of them to clean at start. A target that exists and is not a regular file (a
device, a pipe, a folder where a file is expected) is refused, never replaced.

Work that needs a whole session on disk (a portable file on its way in or out) uses
``private_temp``: a 0700 folder inside the library folder, removed when the work ends
and, after a kill, by the next use or the next opening (``clean_private_temp``).
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from .errors import StoreError
from .names import safe_file_name

TEMP_PREFIX = ".tillitworkshop-tmp-"
STALE_AFTER = 3600.0  # seconds: a leftover of a live process older than this is stale too
PRIVATE_TEMP = "temp"  # the private temporary folder's name inside the library folder

__all__ = ["PRIVATE_TEMP", "TEMP_PREFIX", "WriteError", "clean_leftovers", "clean_private_temp",
           "private_temp", "safe_file_name", "write_atomically", "write_folder"]


class WriteError(StoreError):
    """A file cannot be written where the user asked (a message for the user)."""


def _reason(e: OSError) -> str:
    return e.strerror or str(e)


def _target(path: str | os.PathLike[str]) -> Path:
    """The file to write for ``path``: refused when it exists and is not a regular file;
    a link to a regular file is followed (the link stays, its file is replaced)."""
    path = Path(path).expanduser()
    try:
        st = path.stat()
    except FileNotFoundError:
        if path.is_symlink():  # a link to nothing: not ours to replace
            raise _not_a_file(path) from None
        return path
    except OSError as e:  # a name too long, a folder on the way that is a file, ...
        raise WriteError(f"Cannot write {path}: {_reason(e)}.", "cannot_write_file",
                         path=str(path), reason=_reason(e)) from e
    if stat.S_ISDIR(st.st_mode):
        raise WriteError(f"{path} is a folder; give a file name.", "is_folder", path=str(path))
    if not stat.S_ISREG(st.st_mode):
        raise _not_a_file(path)
    return path.resolve() if path.is_symlink() else path


def _not_a_file(path: Path) -> WriteError:
    return WriteError(f"{path} exists and is not a regular file (a device, a pipe or a broken "
                      "link); it was left as it is. Give another file name.", "not_a_file",
                      path=str(path))


def _temp_beside(parent: Path, *, folder: bool) -> Path:
    """A new temporary file or folder in ``parent``, with a name ``clean_leftovers`` knows."""
    clean_leftovers(parent)
    prefix = f"{TEMP_PREFIX}{os.getpid()}-"
    try:
        if folder:
            return Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
        fd, tmp = tempfile.mkstemp(prefix=prefix, dir=parent)
        os.close(fd)
        return Path(tmp)
    except OSError as e:
        raise WriteError(f"Cannot write in {parent}: {_reason(e)}.", "cannot_write_in",
                         path=str(parent), reason=_reason(e)) from e


def umask() -> int:
    """The process's umask, read without changing it where the system allows (Linux):
    ``os.umask`` can only be read by setting it, which for a moment would give files
    another thread creates (a backup) the wrong mode."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def _as_umask_says(path: Path, folder: bool = False) -> None:
    """An export gets the mode any new file of the user's gets (mkstemp and mkdtemp make
    theirs private): the same for every kind of export, as the user's umask says."""
    if os.name == "posix":
        os.chmod(path, (0o777 if folder else 0o666) & ~umask())


def _write(path: Path, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` beside ``path``, fsync it, and rename it into place."""
    path = _target(path)
    tmp = _temp_beside(path.parent if str(path.parent) else Path("."), folder=False)
    try:
        _write(tmp, data)
        _as_umask_says(tmp)
        os.replace(tmp, path)
    except BaseException as e:
        tmp.unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise WriteError(f"Cannot write {path}: {_reason(e)}.", "cannot_write_file",
                             path=str(path), reason=_reason(e)) from e
        raise
    return path


def write_folder(path: str | os.PathLike[str], files: Mapping[str, bytes],
                 replaceable: Callable[[Path], bool]) -> list[Path]:
    """Write ``files`` into a new folder ``path``, all or nothing.

    The files are written into a temporary folder beside ``path`` that is then renamed
    into place. An existing folder is replaced only when ``replaceable(entry)`` holds for
    everything in it (an earlier export); anything else is refused.
    """
    path = Path(path).expanduser()
    try:
        st = path.lstat()
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise WriteError(f"Cannot write {path}: {_reason(e)}.", "cannot_write_file",
                         path=str(path), reason=_reason(e)) from e
    if st is not None and not stat.S_ISDIR(st.st_mode):
        raise WriteError(f"{path} exists and is not a folder; give a new or empty folder.",
                         "not_a_folder", path=str(path))
    if st is not None:
        others = sorted(p.name for p in path.iterdir() if not replaceable(p))
        if others:
            raise WriteError(f"{path} already holds other files ({', '.join(others[:3])}); "
                             "choose a new or empty folder.", "folder_not_empty", path=str(path),
                             names=", ".join(others[:3]))
    parent = path.parent if str(path.parent) else Path(".")
    tmp = _temp_beside(parent, folder=True)
    try:
        for name, data in files.items():
            _write(tmp / name, data)
            _as_umask_says(tmp / name)
        _as_umask_says(tmp, folder=True)
        if st is not None:
            aside = _temp_beside(parent, folder=True)
            aside.rmdir()
            os.replace(path, aside)
            os.replace(tmp, path)
            shutil.rmtree(aside, ignore_errors=True)
        else:
            os.replace(tmp, path)
    except BaseException as e:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(e, OSError):
            raise WriteError(f"Cannot write {path}: {_reason(e)}.", "cannot_write_file",
                             path=str(path), reason=_reason(e)) from e
        raise
    return [path / name for name in files]


def clean_leftovers(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the temporaries that a killed export left in ``folder``; the ones removed.

    A temporary is a leftover when the process named in it is no longer running (checked
    on POSIX only: Windows has no harmless way to ask) or it is older than STALE_AFTER.
    Nothing but names starting with TEMP_PREFIX is ever touched.
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = [e for e in os.scandir(folder) if e.name.startswith(TEMP_PREFIX)]
    except OSError:
        return removed
    for entry in entries:
        pid = _pid_in(entry.name)
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
            if pid == os.getpid() or (_running(pid) and age < STALE_AFTER):
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
        except OSError:
            continue  # gone already, or not ours to remove: the next time
        removed.append(Path(entry.path))
    return removed


def _pid_in(name: str) -> int | None:
    head = name.removeprefix(TEMP_PREFIX).split("-", 1)[0]
    return int(head) if head.isdigit() and len(head) < 10 else None


def _running(pid: int | None) -> bool:
    if pid is None or sys.platform == "win32":
        return True  # unknown: leave it to the age
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


def clean_private_temp(library_folder: Path) -> list[Path]:
    """Remove what killed processes left in the library folder's private temporary folder."""
    return clean_leftovers(library_folder / PRIVATE_TEMP)


@contextmanager
def private_temp(library_folder: Path) -> Iterator[Path]:
    """A new folder only this user can read, removed on leaving; in the library folder
    (already private), or the system's temporary folder when that cannot be written."""
    root = library_folder / PRIVATE_TEMP
    prefix = f"{TEMP_PREFIX}{os.getpid()}-"
    try:
        root.mkdir(mode=0o700, exist_ok=True)
        clean_leftovers(root)
        tmp = Path(tempfile.mkdtemp(prefix=prefix, dir=root))
    except OSError:
        tmp = Path(tempfile.mkdtemp(prefix=prefix))  # mkdtemp makes it 0700
    try:
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (POSIX; elsewhere the file system
    does not offer it)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
