"""Geo resolution gives one answer for one report, whatever ran before it and whatever
the hash seed: names gathered into sets are weighed in the order the report first
mentions them, so a tie between two countries goes to the one it names first."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conflictlens.nlp.parser import parse

ROOT = Path(__file__).resolve().parents[1]

#: two counties of one name each, one Canadian and one American, weigh the same: the
#: bare "the capital" is that of the country named first
TIE = ("Volunteers from Renfrew County joined planters from Fayette County on Monday. A rally "
       "followed in the capital, where officers detained two cooks.")
TIE_SWAPPED = ("Volunteers from Fayette County joined planters from Renfrew County on Monday. A rally "
               "followed in the capital, where officers detained two cooks.")
OTHERS = [
    "Two farmers were wounded near Springfield on Tuesday, deputies in Sangamon County said.",
    "Gunmen opened fire on a bus outside Kano, killing four passengers, police in Nigeria said.",
    "A car bomb went off in a market of Kirkuk, and an Iraqi official said six people died.",
]

_SCRIPT = """
import json, sys
from conflictlens.geo import Gazetteer, Geocoder
from conflictlens.nlp.parser import parse
geo = Geocoder(Gazetteer.open(sys.argv[1], build_if_missing=False))
print(json.dumps([[m.text, m.level, m.country_code, round(m.latitude, 4), round(m.longitude, 4)]
                  for m in geo.find_places(parse(sys.argv[2]))]))
"""


def places(geo, doc):
    return [[m.text, m.level, m.country_code, round(m.latitude, 4), round(m.longitude, 4)]
            for m in geo.find_places(doc)]


def _capital(rows):
    return next(r for r in rows if r[0] == "the capital")


def test_a_country_tie_goes_to_the_country_named_first(geocoder):
    assert _capital(places(geocoder, parse(TIE)))[2] == "CA"
    assert _capital(places(geocoder, parse(TIE_SWAPPED)))[2] == "US"


def test_a_report_reads_the_same_after_other_reports(geocoder, gazetteer_file):
    from conflictlens.geo import Gazetteer, Geocoder

    alone = places(Geocoder(Gazetteer.open(gazetteer_file, build_if_missing=False)), parse(TIE))
    for text in OTHERS:
        geocoder.find_places(parse(text))
    assert places(geocoder, parse(TIE)) == alone
    assert places(geocoder, parse(TIE)) == alone


def test_a_report_reads_the_same_under_any_hash_seed(gazetteer_file):
    outs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed,
               "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
        run = subprocess.run([sys.executable, "-c", _SCRIPT, str(gazetteer_file), TIE],
                             capture_output=True, text=True, env=env, check=True)
        outs.add(run.stdout.strip().splitlines()[-1])
    assert len(outs) == 1
    assert _capital(json.loads(outs.pop()))[2] == "CA"

