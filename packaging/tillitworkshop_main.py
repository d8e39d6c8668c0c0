"""The frozen application's entry point: the command line, which starts the window without a command."""

import multiprocessing
import sys

from tillitworkshop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
