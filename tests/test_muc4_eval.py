"""The MUC-4 evaluation's reading of the key templates, and its clean exit without data."""
from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from bench_helpers import load_bench

BENCH = Path(__file__).resolve().parents[1] / "bench" / "eval_muc4.py"
muc = load_bench("eval_muc4")


def test_exits_cleanly_without_the_data(tmp_path):
    r = subprocess.run([sys.executable, str(BENCH), "--data", str(tmp_path / "none.jsonl")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "not found" in r.stdout


def test_template_dates_places_and_deaths():
    assert muc.gold_dates("30 DEC 89") == [date(1989, 12, 30)]
    assert muc.gold_dates("(30 DEC 89) - 02 JAN 90")[-1] == date(1990, 1, 2)
    assert muc.gold_place("GUATEMALA: VELTA ALTA (DEPARTMENT): SANTA ORVAN DEL MONTE (TOWN)") == \
        ("GUATEMALA", ["velta alta", "santa orvan del monte"])
    t1 = {"HUM TGT: NUMBER": ['6: "JESUITS" / "CLERGYMEN"', '2: "MAIDS"'],
          "HUM TGT: EFFECT OF INCIDENT": ['DEATH: "MAIDS"', 'DEATH: "JESUITS" / "CLERGYMEN"']}
    t2 = {"HUM TGT: NUMBER": '2: "MAIDS"', "HUM TGT: EFFECT OF INCIDENT": 'DEATH: "MAIDS"'}
    assert muc.gold_deaths([t1, t2]) == 8  # the maids told twice count once
    assert muc.gold_deaths([{"HUM TGT: NUMBER": 'PLURAL: "PEASANTS"',
                             "HUM TGT: EFFECT OF INCIDENT": 'DEATH: "PEASANTS"'}]) is None


def test_template_perpetrators_are_canonicalised():
    t = {"INCIDENT: DATE": "17 FEB 90", "INCIDENT: LOCATION": "EL SALVADOR: VELTA (CITY)",
         "PERP: ORGANIZATION ID": ['"FMLN" / "FARABUNDO MARTI NATIONAL LIBERATION FRONT"', '"SALVADORAN ARMY"']}
    assert muc.gold_perps(t) == {"FMLN: Farabundo Marti National Liberation Front",
                                 "Military Forces of El Salvador (1989-1994)"}


def test_template_target_types_map_to_acled_types():
    civ = {"HUM TGT: TYPE": ['CIVILIAN: "PEASANTS"', 'GOVERNMENT OFFICIAL / LEGAL OR JUDICIAL: "A JUDGE"']}
    police = {"HUM TGT: TYPE": 'LAW ENFORCEMENT: "POLICEMEN"'}
    assert muc.gold_target_type([civ]) == 7
    assert muc.gold_target_type([police]) == 1
    assert muc.gold_target_type([civ, police]) is None  # mixed targets: no single type
    assert muc.gold_target_type([{"HUM TGT: TYPE": "-"}]) is None


def test_actor_eval_exits_cleanly_without_the_data(tmp_path):
    bench = BENCH.parent / "eval_actors.py"
    r = subprocess.run([sys.executable, str(bench), "--seed", str(tmp_path / "none")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "not found" in r.stdout


def test_right_town_accepts_an_acled_city_district_location():
    from types import SimpleNamespace as Ev
    ev = Ev(location="Ciudad Velta - Barrio Orvan", admin1="Velta Alta", admin2="")
    assert muc._right_town(ev, "barrio orvan")  # the template names the district
    assert muc._right_town(ev, "ciudad velta")  # or the city
    assert muc._right_town(ev, "velta alta")  # or the department
    assert not muc._right_town(ev, "santa orvan")
    assert not muc._right_town(Ev(location="Barrio Orvan Norte", admin1="", admin2=""), "santa orvan")
