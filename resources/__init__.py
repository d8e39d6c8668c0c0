"""Data files of Tillit Workshop: the method catalogue, the demo session, fonts, icons."""
