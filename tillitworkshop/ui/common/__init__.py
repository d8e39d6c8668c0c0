"""What the phases share: the open session's state, the undo hub, the lists of notes,
small widgets and the window's sentences for errors."""
