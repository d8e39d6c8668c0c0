"""Förberedelse (Preparation): the session's details, the roster with chain roles and
consent, and the agenda's time boxes."""
