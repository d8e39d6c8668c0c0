"""Records: plain classes whose fields are their ``__slots__``, in order.

The parts of a workshop and the catalogue's entries were dataclasses and named
tuples. Both write methods (``__init__``, ``__repr__``, ``__eq__``; a named
tuple's ``__new__``) as source text and compile them when their module is
imported: the 56 methods of the records the window needs before its first paint
took ~14 ms of every start (valgrind: 1,052 M instructions to the first paint
then, 1,003 M now). Here each record writes its ``__init__`` itself, so it is
compiled into the package's bytecode like any other function, and these bases
give equality, a readable repr and (frozen) immutability and a hash from the
fields, as a dataclass did. ``tests/test_plain_data.py`` keeps every ``__init__``
in step with its fields.
"""

from __future__ import annotations

from typing import Any


class Record:
    """Equal when of the same class with equal fields, those in ``_not_compared`` and the
    private ones (``_name``) aside, which ``repr`` leaves out too; mutable, so not
    hashable."""

    __slots__ = ()
    _not_compared: tuple[str, ...] = ()

    def _compared(self) -> tuple[Any, ...]:
        skip = self._not_compared
        return tuple(getattr(self, name) for name in _public(self) if name not in skip)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._compared() == other._compared()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in _public(self))
        return f"{type(self).__name__}({fields})"


class FrozenRecord(Record):
    """A record that cannot be changed once made, and so can be hashed."""

    __slots__ = ()

    def _init(self, **values: Any) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} cannot be changed ({name})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} cannot be changed ({name})")

    def __hash__(self) -> int:
        return hash(self._compared())

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        # copy and pickle make it again through ``__init__``, which alone may set fields
        return type(self), tuple(as_dict(self).values())


def _public(record: Record) -> list[str]:
    return [name for name in record.__slots__ if not name.startswith("_")]


def as_dict(record: Record) -> dict[str, Any]:
    """The fields by name, values as they are (as a named tuple's ``_asdict``)."""
    return {name: getattr(record, name) for name in _public(record)}


def replace(record: Record, **changes: Any) -> Any:
    """A new record like ``record`` with ``changes`` (as ``dataclasses.replace``)."""
    unknown = set(changes) - set(_public(record))
    if unknown:
        raise TypeError(f"{type(record).__name__} has no field {', '.join(sorted(unknown))}")
    return type(record)(**{**as_dict(record), **changes})
