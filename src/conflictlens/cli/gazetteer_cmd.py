"""``conflictlens gazetteer``: build the offline index, and look names up in it."""
from __future__ import annotations

import sys
import time


def add_parser(sub) -> None:
    p = sub.add_parser("gazetteer", help="build the gazetteer index or look a name up",
                       description="Manage the offline gazetteer (GeoNames cities500 with alternate names, "
                                   "admin1/admin2 units, countries), built from installed packages.")
    gsub = p.add_subparsers(dest="gazetteer_command", metavar="ACTION", required=True)
    b = gsub.add_parser("build", help="build (or rebuild) the index")
    b.add_argument("--path", metavar="FILE", help="where to write it (default: $CONFLICTLENS_GAZETTEER "
                                                  "or the user data dir)")
    b.add_argument("--if-missing", action="store_true",
                   help="do nothing when an up-to-date index is already there")
    b.set_defaults(run=run_build)
    lk = gsub.add_parser("lookup", help="show the candidates for a name, with their scores")
    lk.add_argument("name")
    lk.add_argument("--country", metavar="CC", help="ISO alpha-2 country prior (enables fuzzy matching)")
    lk.add_argument("--path", metavar="FILE", help="gazetteer index to use")
    lk.add_argument("--limit", type=int, default=10, help="how many candidates to show (default 10)")
    lk.set_defaults(run=run_lookup)


def run_build(args) -> int:
    from ..geo import Gazetteer, build_gazetteer
    t0 = time.perf_counter()
    if args.if_missing:
        gaz = Gazetteer.open(args.path, build_if_missing=True)
        print(f"conflictlens: gazetteer ready at {gaz.path} ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
        return 0
    path = build_gazetteer(args.path)
    print(f"conflictlens: gazetteer built at {path} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return 0


def run_lookup(args) -> int:
    from ..geo import Gazetteer
    gaz = Gazetteer.open(args.path)
    candidates = gaz.lookup(args.name, country=args.country)[: args.limit]
    if not candidates:
        print(f"no candidates for {args.name!r}" + (f" in {args.country}" if args.country else ""))
        return 1
    for c in candidates:
        fields = {k: getattr(c, k) for k in ("score", "name", "geonameid", "country_code", "admin1", "admin2",
                                              "level", "feature_code", "population", "latitude", "longitude")
                  if hasattr(c, k)}
        print("  ".join(f"{k}={v}" for k, v in fields.items()))
    return 0
