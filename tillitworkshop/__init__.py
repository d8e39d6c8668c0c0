"""Tillit Workshop: facilitate a Besök Tillit day (SOU 2018:47) on one laptop, offline."""

__version__ = "0.1.0"
