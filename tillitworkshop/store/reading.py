"""Reading a file to import, within limits: nothing a file holds can make it hang, fill the
memory or take more than about a second to refuse.

``read_session_file`` refuses, before reading a byte, what is not a regular file (a
folder; a device such as /dev/zero, which never ends; a pipe, which waits for ever) and
what is larger than MAX_BYTES. ``parse_document`` refuses, before parsing, a file of
more lists and objects than a session can have (millions of ``{}`` took 5 s and 1.6 GB
to parse), and while parsing, more numbers than a session can have, integers of more
than Python's 4,300 digits, NaN and Infinity, and nesting deeper than Python's
recursion limit. Every message names the file and quotes nothing of it at length.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path
from typing import Any

from ..domain.validation import cut_text
from .errors import ImportRejected

MAX_BYTES = 64 * 1024 * 1024
# A session has at most 100,000 notes and 100,000 ratings (the schema's maxItems): about
# 310,000 lists and objects, 3.2 million texts (keys included) and 300,000 numbers at most.
# Twice that or more is refused before it takes seconds and gigabytes to parse.
MAX_CONTAINERS = 600_000
MAX_STRINGS = 4_000_000
MAX_NUMBERS = 1_000_000


def read_session_file(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a file to import, refusing before reading anything what is not a
    regular file (a folder, a device such as /dev/zero, a pipe that would wait for ever)
    or is larger than ``limit``."""
    source = str(path)
    limit = MAX_BYTES if limit is None else limit
    try:
        # stat first: opening a pipe waits for a writer, and Windows has no O_NONBLOCK.
        _refuse_unless_regular(os.stat(path), source, limit)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as e:
        raise ImportRejected(source, [("file", f"cannot be read: {e.strerror or e}")]) from e
    with os.fdopen(fd, "rb") as f:
        try:
            _refuse_unless_regular(os.fstat(f.fileno()), source, limit)  # swapped meanwhile?
            data = f.read(limit + 1)
        except OSError as e:
            raise ImportRejected(source, [("file", f"cannot be read: {e.strerror or e}")]) from e
    if len(data) > limit:  # it grew while read
        raise ImportRejected(source, [("file", f"is larger than {limit:,} bytes, the limit")])
    return data


def _refuse_unless_regular(st: os.stat_result, source: str, limit: int) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise ImportRejected(source, [("file", "is a folder; choose a session file "
                                               "(.json or .tillit)")])
    if not stat.S_ISREG(st.st_mode):
        raise ImportRejected(source, [("file", "is not a regular file (a device, a pipe or a "
                                               "socket); choose a session file")])
    if st.st_size > limit:
        raise ImportRejected(source, [("file", f"is {st.st_size:,} bytes; the limit is "
                                               f"{limit:,} ({limit // 2**20} MB)")])


def parse_document(data: bytes, source: str) -> dict[str, Any]:
    """Parse the bytes of a session file, refusing what is not JSON."""
    # Brackets inside texts count too: a bound, cheap to take before parsing.
    containers = data.count(b"{") + data.count(b"[")
    if containers > MAX_CONTAINERS:
        raise ImportRejected(source, [("file", f"holds {containers:,} lists and objects; a "
                                       f"session file holds at most {MAX_CONTAINERS:,}")])
    # Quotes over two, less escaped ones: a bound on the texts, within a factor of two.
    strings = (data.count(b'"') - data.count(b'\\"')) // 2
    if strings > MAX_STRINGS:
        raise ImportRejected(source, [("file", f"holds about {strings:,} texts; a session "
                                       f"file holds at most {MAX_STRINGS:,}")])
    numbers = _Counter(MAX_NUMBERS)
    try:
        doc = json.loads(data.decode("utf-8-sig"), parse_constant=_not_a_number,
                         parse_int=numbers.integer, parse_float=numbers.real)
    except UnicodeDecodeError:
        raise ImportRejected(source, [("file", "is not UTF-8 text")]) from None
    except RecursionError:
        raise ImportRejected(source, [("file", "is nested too deeply to be a session file")]) from None
    except json.JSONDecodeError as e:
        raise ImportRejected(source, [("file", f"is not valid JSON (line {e.lineno}, column "
                                       f"{e.colno}: {e.msg})")]) from None
    except _TooMany:
        raise ImportRejected(source, [("file", f"holds more than {MAX_NUMBERS:,} numbers; a "
                                       "session file holds far fewer")]) from None
    except ValueError as e:  # NaN or Infinity, or an integer of thousands of digits
        if "digits" in str(e):
            raise ImportRejected(source, [("file", f"holds a whole number of more than "
                                           f"{sys.get_int_max_str_digits():,} digits; no field "
                                           "of a session file takes one")]) from None
        raise ImportRejected(source, [("file", f"is not valid JSON: {cut_text(str(e))}")]) \
            from None
    return doc


def _not_a_number(word: str) -> None:
    raise ValueError(f"{word} is not a JSON number")


class _TooMany(Exception):
    pass


class _Counter:
    """Makes the numbers of a JSON text as ``json`` does, and stops after ``limit``."""

    def __init__(self, limit: int):
        self.left = limit

    def integer(self, text: str) -> int:
        self.left -= 1
        if self.left < 0:
            raise _TooMany
        return int(text)

    def real(self, text: str) -> float:
        self.left -= 1
        if self.left < 0:
            raise _TooMany
        return float(text)
