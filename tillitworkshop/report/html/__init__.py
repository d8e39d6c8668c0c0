"""The summary as one accessible, self-contained HTML file (no Qt, no scripts, no external
resources): the version of the summary to publish, since reportlab's PDFs carry no structure
tree. ``report.export_html`` is the entry point."""

from .summary import render

__all__ = ["render"]
