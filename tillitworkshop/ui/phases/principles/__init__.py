"""Principkort (Principle cards): the cards, reflections per card, the ratings grid and the
gap view between chain levels."""
