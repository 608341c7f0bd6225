"""``python -m events ingest|export|stats ...``: see events/cli.py."""
import sys

from events.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
