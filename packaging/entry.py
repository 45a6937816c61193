"""Entry point of the frozen bundle: the same command line as ``event-loader``."""

import sys

from app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
