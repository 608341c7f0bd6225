import sys

from events.subcommands import dispatch

SUBCOMMANDS = {"timex": "events.evaluate.timex", "events": "events.evaluate.events", "fakes": "events.evaluate.fakes",
               "learned": "events.evaluate.learned",
               "firstpass": "events.evaluate.firstpass", "trend": "events.evaluate.trend",
               "merge": "events.evaluate.merge"}

if __name__ == "__main__":
    sys.exit(dispatch("python -m events.evaluate", SUBCOMMANDS, sys.argv[1:]))
