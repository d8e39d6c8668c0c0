"""The facilitator's window (PySide6 on a qasync event loop).

The only package that imports Qt. Screens call ``tillitworkshop.store`` for
every read and edit; each edit goes through one undo command (``undo.py``).
``app.main(data_dir)`` starts the window.
"""
