"""Styrkedjan (The chain walk-through): the governance chain link by link, and the five
trust relationships."""
