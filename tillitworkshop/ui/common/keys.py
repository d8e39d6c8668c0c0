"""Key chords that desktop environments commonly take for themselves, and their alternatives.

Openbox and LXDE move a window with Alt+Shift+arrows; GNOME, KDE and others switch
workspaces with Ctrl+Alt+arrows. A chord of ours among them never reaches the window
there, so every such chord is bound together with an alternative that does.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

ARROWS = ("Up", "Down", "Left", "Right")
TAKEN = frozenset(f"{mods}+{arrow}" for mods in ("Alt+Shift", "Ctrl+Alt") for arrow in ARROWS)
ALTERNATIVE = {f"{mods}+{arrow}": f"Ctrl+Shift+{arrow}"
               for mods in ("Alt+Shift", "Ctrl+Alt") for arrow in ARROWS}


def is_taken(key: QKeySequence) -> bool:
    return key.toString(QKeySequence.SequenceFormat.PortableText) in TAKEN


def with_alternatives(*keys: str) -> list[QKeySequence]:
    """``keys``, each followed by its alternative when a desktop may take it."""
    out: list[QKeySequence] = []
    for key in keys:
        out.append(QKeySequence(key))
        portable = QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
        if portable in ALTERNATIVE:
            out.append(QKeySequence(ALTERNATIVE[portable]))
    return out
