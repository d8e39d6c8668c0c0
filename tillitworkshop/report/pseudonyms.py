"""Who may be named in a PDF: ``Names`` lives in the store (store/pseudonyms.py), which the
anonymised session file uses too; here for the report's modules."""

from ..store.pseudonyms import Names

__all__ = ["Names"]
