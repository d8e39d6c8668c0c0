"""The phases of the day, one package each, and the one registry of their pages.

Each package holds its phase's page (``page.py``), models and widgets. ``PAGES``
lists them in the order of the day, as ``"module:Class"``: a page's module is
imported when the page is first shown (``shell/pages.py``), because importing every
page at start-up (the closing page brings in reportlab) tripled the time to the
window. Adding a phase means adding its package and one line here.
"""

from __future__ import annotations

PAGES: dict[str, str] = {
    "preparation": "tillitworkshop.ui.phases.preparation.page:PreparationPage",
    "good_meeting": "tillitworkshop.ui.phases.good_meeting.page:GoodMeetingPage",
    "chain": "tillitworkshop.ui.phases.chain.page:ChainPage",
    "principles": "tillitworkshop.ui.phases.principles.page:PrinciplesPage",
    "problems": "tillitworkshop.ui.phases.problems.page:ProblemBoardPage",
    "commitments": "tillitworkshop.ui.phases.commitments.page:CommitmentsPage",
    "closing": "tillitworkshop.ui.phases.closing.page:ClosingPage",
    "followup": "tillitworkshop.ui.phases.followup.page:FollowUpPage",
}
