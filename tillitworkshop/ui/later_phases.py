"""The second half of the day's pages, in order, for the session view's stepper.

One registry, so that adding a phase touches this file and not the shell.
"""

from __future__ import annotations

from .principles import PrinciplesPage

LATER = {
    "principles": PrinciplesPage,
}
