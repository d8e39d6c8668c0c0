"""Your first day in five steps: shown in an empty library, and on request from the
library's header (the same steps as the README's first section)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from tillitworkshop.ui.common.widgets import label


def steps() -> list[tuple[str, str]]:
    """(title, what to do) for each of the five steps, in the window's language."""
    return [
        (QCoreApplication.translate("FirstDay", "Prepare"), QCoreApplication.translate("FirstDay", "New session (Ctrl+N): organisation, sector and date. In "
                             "Preparation, add the roster, each with their role in the chain, "
                             "and adjust the agenda's time boxes.")),
        (QCoreApplication.translate("FirstDay", "Open the day"), QCoreApplication.translate("FirstDay", "Connect the projector and open the presenter window on it (F7), go to The good "
                                  "meeting (Ctrl+PgDown) "
                                  "and start the time box (F5). Type what the room says, Enter "
                                  "after each note.")),
        (QCoreApplication.translate("FirstDay", "Walk the chain"), QCoreApplication.translate("FirstDay", "In The governance chain, take the links one by one: the "
                                    "signals each receives, what creates value, what hinders, "
                                    "what it needs from the link above.")),
        (QCoreApplication.translate("FirstDay", "Principles, problems, commitments"), QCoreApplication.translate("FirstDay",
            "Show each principle card large (Ctrl+L) and type the room's ratings; place the "
            "problems on the six obstacles and give out the dots; write the commitments for "
            "the top problems.")),
        (QCoreApplication.translate("FirstDay", "Close"), QCoreApplication.translate("FirstDay", "In Closing, set the follow-up date and export the summary and the "
                           "handouts. Months later, record in Follow-up how each commitment "
                           "went.")),
    ]


def steps_html() -> str:
    items = "".join(f"<li><b>{title}.</b> {text}</li>" for title, text in steps())
    return f"<ol style='margin-left: 0px'>{items}</ol>"


class FirstDayDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("FirstDay", "Your first day in five steps"))
        box = QVBoxLayout(self)
        box.addWidget(label(QCoreApplication.translate("FirstDay", "Your first day in five steps"), "section", self))
        text = label(steps_html(), "", self, wrap=True)
        text.setMinimumWidth(420)
        box.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
