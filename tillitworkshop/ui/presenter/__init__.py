"""The projector's window: what the room sees, following the facilitator (issue 20)."""
