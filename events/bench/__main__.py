import sys

from events.subcommands import dispatch

SUBCOMMANDS = {
    "extract": "events.bench.extract",
    "ingest": "events.bench.ingest",
    "long": "events.bench.long",
    "dashboard": "events.bench.dashboard",
    "corpus": "events.bench.corpus",
    "scale": "events.bench.scale",
    "long": "events.bench.long",
}

if __name__ == "__main__":
    sys.exit(dispatch("python -m events.bench", SUBCOMMANDS, sys.argv[1:]))
