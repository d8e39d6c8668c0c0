"""Problemkartläggning (Problem mapping): problems on the six obstacles, grouped,
dot-voted, linked to principles."""
