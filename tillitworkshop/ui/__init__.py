"""The facilitator's window (PySide6 on a qasync event loop).

The only package that imports Qt. Screens call ``tillitworkshop.store`` for every
read and edit; each edit is one step of the undo hub (``common/undo.py``).

- ``shell/``: start-up (``app.main(data_dir)``), the main window, the library, an
  open session's stepper and timer, settings, language, look, find;
- ``phases/``: one package per phase of the day, and the registry of their pages;
- ``common/``: what the phases share.
"""
