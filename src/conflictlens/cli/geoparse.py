"""``conflictlens geoparse``: every place mention in the reports, resolved."""
from __future__ import annotations

import json
import sys

from .common import ErrorCounter, add_input_options, iter_input, make_pipeline


def add_parser(sub) -> None:
    p = sub.add_parser("geoparse", help="write every place mention found, resolved against the gazetteer",
                       description="Write every place mention found in the reports, one JSON object a line: "
                                   "article_id, start, end, text, name, geonameid, latitude, longitude, "
                                   "country_code, admin1, feature_code, confidence, kind (name, or demonym: "
                                   "a country's adjective, never an event place). The outlet's home (--source, --url, or a "
                                   "JSONL report's source and url) is weak evidence among namesakes: see "
                                   "data/geo/outlets.tsv.")
    add_input_options(p)
    p.add_argument("--format", choices=["jsonl"], default="jsonl", help="output format (jsonl)")
    p.set_defaults(run=run)


def run(args) -> int:
    errors = ErrorCounter()
    pipeline = make_pipeline(args, stages=("parse", "dateline", "geocode"))
    for report in iter_input(args, errors):
        try:
            analysis = pipeline.analyse_until(report, "geocode")
        except Exception as exc:  # noqa: BLE001
            errors(f"{report.origin or report.id}: could not be processed: {type(exc).__name__}: {exc}")
            continue
        # (the outlet's home, from --source/--url or the report's metadata, is weak
        # evidence for names the report leaves open)
        for place in pipeline.geocoder.toponyms(analysis.doc, outlet=pipeline.outlet_home(report)):
            row = place.to_geoparse_row(report.id)
            # a province or district is written at its centre, as gazetteers give it; events
            # keep its capital (spec §4.2: precision 3 at the admin1 capital)
            centre = pipeline.geocoder.unit_centre(place)
            if centre is not None:
                row["latitude"], row["longitude"] = round(centre[0], 4), round(centre[1], 4)
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 1 if errors.count else 0
