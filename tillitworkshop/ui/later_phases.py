"""The second half of the day's pages, in order, for the session view's stepper.

One registry, so that adding a phase touches this file and not the shell.
"""

from __future__ import annotations

from .closing import ClosingPage
from .commitments import CommitmentsPage
from .followup import FollowUpPage
from .principles import PrinciplesPage
from .problem_board import ProblemBoardPage

LATER = {
    "principles": PrinciplesPage,
    "problems": ProblemBoardPage,
    "commitments": CommitmentsPage,
    "closing": ClosingPage,
    "followup": FollowUpPage,
}
