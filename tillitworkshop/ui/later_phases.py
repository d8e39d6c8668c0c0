"""The second half of the day's pages, in order, for the session view's stepper.

One registry, so that adding a phase touches this file and not the shell.
"""

from __future__ import annotations

# "module:Class", imported when the page is first shown (pages.py): importing every
# page at start-up (the closing page brings in reportlab) tripled the time to the window.
LATER = {
    "principles": ".principles:PrinciplesPage",
    "problems": ".problem_board:ProblemBoardPage",
    "commitments": ".commitments:CommitmentsPage",
    "closing": ".closing:ClosingPage",
    "followup": ".followup:FollowUpPage",
}
