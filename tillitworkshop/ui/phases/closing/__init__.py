"""Avslutning (Closing): what the day captured, the follow-up date and the exports."""
