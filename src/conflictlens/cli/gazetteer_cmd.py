"""``conflictlens gazetteer``: build the offline index, import places into it, and look names up."""
from __future__ import annotations

import sys
import time


def add_parser(sub) -> None:
    p = sub.add_parser("gazetteer", help="build the gazetteer index, import places, or look a name up",
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
    im = gsub.add_parser(
        "import", help="add places from GeoNames dumps or a CSV of your own places",
        description="Add places to the gazetteer index from files you downloaded or wrote: GeoNames dumps "
                    "(allCountries.txt or a country file such as IQ.txt, 19 tab-separated columns), "
                    "GeoNames alternateNamesV2.txt (names for places already in the index, matched by "
                    "geonameid: import it after the dumps), or a CSV with the header "
                    "name,aliases,lat,lon,country,parent (aliases |-separated; country an ISO alpha-2 code; "
                    "parent the admin unit or town the place lies in; optional population column). "
                    "Each file is one transaction; a malformed line is reported as FILE:LINE: reason and "
                    "skipped. A GeoNames feature already in the index only adds its names. "
                    "Imports are recorded in side tables of the index (user_places, user_names) that "
                    "'gazetteer build' and the automatic rebuild after an upgrade carry over and apply "
                    "again, so they survive rebuilds; deleting the index file drops them. Exit status: 0, 1 when a file "
                    "could not be read, 2 when some lines were malformed (the other lines are imported).")
    im.add_argument("files", nargs="+", metavar="FILE")
    im.add_argument("--format", choices=("geonames", "alternatenames", "csv"),
                    help="file format (default: guessed from the name and first line)")
    im.add_argument("--feature-classes", default=None, metavar="CLASSES",
                    help="GeoNames feature classes to import from dumps (default AHLPRSTV: all but undersea)")
    im.add_argument("--path", metavar="FILE", help="gazetteer index to extend (default: $CONFLICTLENS_GAZETTEER "
                                                  "or the user data dir; built first when missing)")
    im.set_defaults(run=run_import)


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


def run_import(args) -> int:
    from ..geo import Gazetteer
    from ..geo.imports import DEFAULT_CLASSES, import_file
    gaz = Gazetteer.open(args.path)  # builds the index first when missing or stale
    index = gaz.path
    gaz.close()
    status = 0
    for f in args.files:
        t0 = time.perf_counter()
        try:
            rep = import_file(index, f, kind=args.format, classes=args.feature_classes or DEFAULT_CLASSES)
        except (OSError, ValueError) as e:
            print(f"conflictlens: {e}", file=sys.stderr)
            status = 1
            continue
        print(f"conflictlens: {rep.summary()} ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
        if rep.errors:
            status = status or 2
    return status


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
