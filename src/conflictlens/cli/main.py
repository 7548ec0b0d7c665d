"""The ``conflictlens`` command: one sub-command per module in this package.

    conflictlens extract   reports in, events out (stdout)
    conflictlens geoparse  every place mention found, resolved
    conflictlens ingest    reports in, events into the store
    conflictlens export    events out of the store
    conflictlens gazetteer build / lookup
"""
from __future__ import annotations

import argparse
import sys

from . import export_cmd, extract, gazetteer_cmd, geoparse, history_cmd, ingest_cmd

COMMANDS = {
    "extract": extract,
    "geoparse": geoparse,
    "ingest": ingest_cmd,
    "export": export_cmd,
    "gazetteer": gazetteer_cmd,
    "train": __import__("conflictlens.cli.train_cmd", fromlist=["train_cmd"]),
    "actors": __import__("conflictlens.cli.actors_cmd", fromlist=["actors_cmd"]),
    "history": history_cmd,
}


def build_parser() -> argparse.ArgumentParser:
    from .. import __version__

    parser = argparse.ArgumentParser(
        prog="conflictlens",
        description="Code news reports about armed conflict into ACLED-compatible events, offline.",
    )
    parser.add_argument("--version", action="version", version=f"conflictlens {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, module in COMMANDS.items():
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args) or 0
    except BrokenPipeError:  # e.g. `conflictlens extract ... | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
