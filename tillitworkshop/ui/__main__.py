"""``python -m tillitworkshop.ui [DATA_DIR]``: the window alone, without the command line."""

import sys

from tillitworkshop.ui.shell.app import main

raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else None))
