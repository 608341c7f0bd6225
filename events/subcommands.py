"""Run ``python -m PACKAGE SUBCOMMAND ...`` by importing the module that implements the subcommand.

Each such module has ``main(argv: list[str]) -> int``; importing lazily keeps one subcommand's heavy
imports (Dask, Playwright) out of the others.
"""
import importlib
import sys


def dispatch(prog: str, modules: dict[str, str], argv: list[str]) -> int:
    if not argv or argv[0] not in modules:
        print(f"usage: {prog} {{{','.join(modules)}}} ...", file=sys.stderr)
        return 2
    return importlib.import_module(modules[argv[0]]).main(argv[1:])
