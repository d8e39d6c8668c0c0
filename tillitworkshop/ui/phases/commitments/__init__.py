"""Åtaganden (Action commitments): who does what by when, the first step, how we will
know."""
