"""Options and helpers shared by the commands that read reports."""
from __future__ import annotations

import argparse
import sys
from datetime import date

from ..ingest import FORMATS, read_reports
from ..model import InputError


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}")


def add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="report files or folders; '-' or nothing reads standard input")
    p.add_argument("--input-format", choices=FORMATS, default="auto",
                   help="input kind: text, html (main text extracted), jsonl (one report a line: "
                        "id, text, optional title, published, source, url); auto guesses (default)")
    p.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD",
                   help="publication date of text and HTML reports (relative dates are resolved against it); "
                        "without it: the page's own date, a dateline, a printed page date, else a "
                        "year-first day in the file name (report-2023-05-07.txt)")
    p.add_argument("--source", metavar="NAME",
                   help="the outlet that published the reports (its home is weak evidence for ambiguous "
                        "place names: data/geo/outlets.tsv, $CONFLICTLENS_OUTLETS)")
    p.add_argument("--url", metavar="URL",
                   help="the address the reports were published at (its domain may say the outlet's home); "
                        "JSONL reports keep their own url field")
    p.add_argument("--max-bytes", type=int, default=10 * 1024 * 1024, metavar="N",
                   help="reject input files (or JSONL lines) larger than this (default 10 MB)")
    p.add_argument("--gazetteer", metavar="FILE",
                   help="gazetteer index to use (default: $CONFLICTLENS_GAZETTEER or the user data dir)")
    p.add_argument("--model", metavar="DIR",
                   help="a sub-event model from `conflictlens train`: re-labels confident sub-event types")
    p.add_argument("--scope", choices=("political", "all-violence"), default="political",
                   help="political: ACLED's taxonomy only (default); all-violence: also code violence with no "
                        "political actor (shootings, homicides, accidental shootings, kidnappings) as event "
                        "type 'Other violence', tagged 'outside ACLED taxonomy'")
    p.add_argument("--fold-incidents", action="store_true",
                   help="with --scope all-violence: one row for one incident a report codes under several "
                        "event families (an attack and a shooting of one day and place)")


class ErrorCounter:
    """Reports bad input as one line on stderr and remembers that something failed."""

    def __init__(self):
        self.count = 0

    def __call__(self, message: str) -> None:
        self.count += 1
        print(f"conflictlens: error: {message}", file=sys.stderr)


def iter_input(args, errors: ErrorCounter):
    """Reports from the command line's inputs; bad ones are reported and skipped."""
    paths = args.paths or ["-"]
    for item in read_reports(paths, args.input_format, args.published, args.source,
                             stdin=sys.stdin.buffer, max_bytes=args.max_bytes):
        if isinstance(item, InputError):
            errors(str(item))
            continue
        if getattr(args, "url", None) and not item.url:
            item.url = args.url
        yield item


def make_pipeline(args, stages=None):
    from ..pipeline import DEFAULT_STAGES, Pipeline, Settings
    model_dir = getattr(args, "model", None)
    if model_dir:
        from ..events.model import stages_with_model
        stages = stages_with_model(stages or DEFAULT_STAGES)
    return Pipeline(stages or DEFAULT_STAGES, settings=Settings(gazetteer_path=getattr(args, "gazetteer", None),
                                                                model_dir=model_dir,
                                                                scope=getattr(args, "scope", None) or "political",
                                                                fold_incidents=getattr(args, "fold_incidents", False)))


def process_all(pipeline, reports, errors: ErrorCounter, undated: bool = False):
    """``(report, events)`` (with ``undated``: ``(report, events, undated events)``) for
    each report that could be processed; failures are reported on stderr and the batch goes on."""
    for item in pipeline.process_many(reports, undated=undated):
        report, events = item[0], item[1]
        if isinstance(events, Exception):
            errors(f"{report.origin or report.id}: could not be processed: "
                   f"{type(events).__name__}: {events}")
            continue
        yield item
