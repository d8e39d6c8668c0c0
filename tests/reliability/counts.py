"""How hard the reliability suite pushes: modest in `make test`, large in `make stress`."""

import os

STRESS = os.environ.get("TILLIT_STRESS") == "1"


def count(normal: int, stress: int) -> int:
    return stress if STRESS else normal


def report(name: str, **figures) -> None:
    """Print a figure line; `make stress` shows them (pytest -s)."""
    print(f"\n[reliability] {name}: " + ", ".join(f"{k}={v}" for k, v in figures.items()))
