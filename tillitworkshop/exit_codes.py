"""The command line's exit statuses, shared by ``cli`` (which parses) and ``commands``.

0 on success, 2 for bad input or usage (the message names the file or field and what
to do), 1 for an internal error.
"""

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE = 0, 1, 2
