"""Rules of ``Geocoder.find_places``: spans, country prior, ranking, precision, no-answer.

Invented names pin the rules for places below the gazetteer (a prison, a
neighbourhood); real names pin ranking and precision. The seed article is read
from ../shared and skipped when that folder is absent.
"""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from conflictlens.geo import Gazetteer, Geocoder, build_gazetteer, default_gazetteer_path
from conflictlens.geo.gazetteer import SCHEMA_VERSION, _schema, haversine_km
from conflictlens.nlp.parser import parse


# Same helper as in test_geo_gazetteer.py (test modules do not import each other here).
def gazetteer_path() -> Path:
    """A current index, shared by the geo test modules of one session.

    The default index is reused when it is current; otherwise one is built once
    into a temporary directory and its path kept in the environment.
    """
    env = os.environ.get("CONFLICTLENS_TEST_GAZETTEER")
    if env and Path(env).exists():
        return Path(env)
    default = default_gazetteer_path()
    if default.exists() and _schema(default) == SCHEMA_VERSION:
        path = default
    else:
        tmp = tempfile.mkdtemp(prefix="conflictlens-gaz-")
        atexit.register(shutil.rmtree, tmp, True)  # ~90 MB: do not leave it behind
        path = Path(tmp) / "gazetteer.sqlite"
        build_gazetteer(path)
    os.environ["CONFLICTLENS_TEST_GAZETTEER"] = str(path)
    return path


SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "ghuwayran-2022-01-23.txt"


@pytest.fixture(scope="session")
def geocoder() -> Geocoder:
    return Geocoder(Gazetteer.open(gazetteer_path(), build_if_missing=False))


def places(geocoder, text):
    return geocoder.find_places(parse(text))


def one(geocoder, text, surface):
    hits = [m for m in places(geocoder, text) if m.text == surface]
    assert len(hits) == 1, (surface, places(geocoder, text))
    return hits[0]


def near(m, lat, lon, km=15):
    return haversine_km(m.latitude, m.longitude, lat, lon) <= km


# ---------------------------------------------------------------- below the gazetteer

def test_site_in_a_town_is_town_dash_site(geocoder):
    m = one(geocoder, "Iraqi forces raided the Zarbaniyya prison in al-Hasakeh on Monday.", "Zarbaniyya")
    assert m.location == "Al Hasakah - Zarbaniyya" and m.geo_precision == 1
    assert m.name == "Al Hasakah" and m.country_code == "SY" and m.level == "feature"
    assert near(m, 36.50, 40.75)


def test_area_of_a_city(geocoder):
    m = one(geocoder, "Fighters spread to the Al-Qarnous area of Al-Hasakah city.", "Al-Qarnous")
    assert m.location == "Al Hasakah - Al Qarnous" and m.geo_precision == 1


def test_neighbourhood_after_a_town_in_the_same_paragraph(geocoder):
    m = one(geocoder, "Clashes hit Mosul. Gunmen attacked the Qubbatra neighbourhood.", "Qubbatra")
    assert m.location == "Mosul - Qubbatra" and m.geo_precision == 1


def test_a_placed_name_is_placed_everywhere_and_typos_follow(geocoder):
    text = ("The Zarbaniyya prison break alarmed officials.\n"
            "Fighters stormed the Zarbaniyya prison in al-Hasakeh.\n"
            "The siege of Zarbanyyia prison went on.")
    found = [m for m in places(geocoder, text) if m.level == "feature"]
    assert [m.text for m in found] == ["Zarbaniyya", "Zarbaniyya", "Zarbanyyia"]
    assert {m.location for m in found} == {"Al Hasakah - Zarbaniyya"}


def test_unplaced_names_are_an_explicit_no_answer(geocoder):
    # Ghuwayran is not in the gazetteer; it must never land on a village elsewhere.
    assert places(geocoder, "The Ghuwayran prison was attacked, witnesses said.") == []
    assert places(geocoder, "Syrian troops shelled the Qubbatra neighbourhood.") == []


# ---------------------------------------------------------------- precision

@pytest.mark.parametrize("text, surface", [
    ("Fighting was reported near Ramadi.", "Ramadi"),
    ("Shells fell on the outskirts of Fallujah.", "Fallujah"),
    ("Troops were deployed around Haditha.", "Haditha"),
    ("Iraqi troops were posted near the Abu Ghreib facility.", "Abu Ghreib"),
])
def test_near_is_precision_2(geocoder, text, surface):
    m = one(geocoder, text, surface)
    assert m.geo_precision == 2 and m.level == "city" and m.country_code == "IQ"


@pytest.mark.parametrize("text, surface", [
    ("Troops swept the western desert of al-Anbar.", "al-Anbar"),
    ("Troops swept al-Anbar's western desert.", "al-Anbar"),
    ("Iraqi troops reinforced Anbar province.", "Anbar"),
])
def test_regions_are_precision_3_at_the_admin1_capital(geocoder, text, surface):
    m = one(geocoder, text, surface)
    assert m.geo_precision == 3 and m.level == "admin1" and m.location == "Ramadi"
    assert m.admin1 == "Al Anbar" and near(m, 33.42, 43.31)


def test_direction_turns_a_town_name_into_its_province(geocoder):
    m = one(geocoder, "Kurdish forces advanced in northern Hasakah.", "Hasakah")
    assert m.level == "admin1" and m.geo_precision == 3 and m.location == "Al Hasakah"


def test_a_town_named_like_its_province_is_the_town(geocoder):
    m = one(geocoder, "Clashes broke out in Al-Hasakah on Friday.", "Al-Hasakah")
    assert m.level == "city" and m.geo_precision == 1 and m.feature_code == "PPLA"


def test_country_alone_is_country_level(geocoder):
    m = one(geocoder, "Syria said it had closed the border.", "Syria")
    assert m.level == "country" and m.country == "Syria" and m.country_code == "SY"
    assert m.feature_code == "PCLI"


@pytest.mark.parametrize("text, surface", [
    ("Troops were deployed around the Iraqi capital.", "the Iraqi capital"),
    ("The capital was calm, Iraqi officials said.", "The capital"),
    ("Iraq's capital was calm.", "Iraq's capital"),
])
def test_the_capital(geocoder, text, surface):
    m = one(geocoder, text, surface)
    assert m.name == "Baghdad" and m.feature_code == "PPLC"


def test_a_region_of_a_town_is_precision_2(geocoder):
    m = one(geocoder, "Gunmen attacked the border area of al-Qaim, Iraqi officials said.", "al-Qaim")
    assert m.geo_precision == 2 and m.level == "city" and m.name == "Al Qaim"


# ---------------------------------------------------------------- prior and ranking

def test_dateline_sets_the_country(geocoder):
    # "Hit" alone is too ambiguous to place; a Baghdad dateline makes it the Iraqi town
    assert places(geocoder, "Two bombs exploded in the market of Hit on Sunday.") == []
    text = "BAGHDAD (Reuters) - Two bombs exploded in the market of Hit on Sunday."
    m = one(geocoder, text, "Hit")
    assert m.country_code == "IQ" and m.admin1 == "Al Anbar"


@pytest.mark.parametrize("text, place", [
    ("BAGHDAD (Reuters) - Two bombs", "BAGHDAD"),
    ("MOSUL, Iraq, Jan 2 - Police said", "MOSUL"),
    ("Damascus — Syrian forces", "Damascus"),
    ("After al-Hasakeh prisonbreak, Iraqi forces", ""),
    ("Shafaq News/ A joint force", ""),
])
def test_dateline_place(text, place):
    from conflictlens.geo.context import dateline_place
    assert dateline_place(text) == place


def test_demonym_weights():
    from conflictlens.geo.context import demonym_codes
    found = demonym_codes("Iraqis and Kurdish-led forces met South Sudanese officials; iraqi")
    assert [codes for _s, _e, codes in found] == [{"IQ": 1.0}, {"IQ": 0.3, "SY": 0.3}, {"SS": 1.0}]

def test_demonyms_inform_the_prior_but_are_not_places(geocoder):
    found = places(geocoder, "Lebanese troops deployed in Tripoli after clashes.")
    assert [m.text for m in found] == ["Tripoli"] and found[0].country_code == "LB"
    assert one(geocoder, "Libyan militias clashed in Tripoli overnight.", "Tripoli").country_code == "LY"


def test_x_comma_y_container(geocoder):
    assert one(geocoder, "Clashes in Tripoli, Lebanon left two dead.", "Tripoli").country_code == "LB"
    m = one(geocoder, "Police in Springfield, Illinois arrested two men.", "Springfield")
    assert m.admin1 == "Illinois"
    il = one(geocoder, "Police in Springfield, Illinois arrested two men.", "Illinois")
    assert il.location == "Springfield"  # the state capital, from the capitals table


def test_without_context_only_exact_spellings_count(geocoder):
    # "Abu Ghreib" is a transliteration of Abu Ghurayb; with no country named it is
    # not credible enough, with "Iraqi" it is.
    assert places(geocoder, "Troops were posted near the Abu Ghreib facility.") == []
    assert one(geocoder, "Iraqi troops were posted near the Abu Ghreib facility.", "Abu Ghreib").name == "Abu Ghurayb"


def test_titles_make_a_person(geocoder):
    text = "Iraqi officials met Major-General Haditha al-Ani, who said the road was closed."
    assert not any("Haditha" in m.text for m in places(geocoder, text))


def test_fields_are_filled(geocoder):
    m = one(geocoder, "Iraqi forces entered al-Qaim on Sunday.", "al-Qaim")
    assert (m.name, m.geonameid, m.country_code, m.country) == ("Al Qaim", 92138, "IQ", "Iraq")
    assert m.admin1 == "Al Anbar" and m.feature_code == "PPL" and m.population > 10_000
    assert 0 < m.confidence <= 1 and m.location == "Al Qaim" and m.geo_precision == 1
    assert (m.start, m.end) == (21, 28)


# ---------------------------------------------------------------- the seed article

@pytest.fixture(scope="module")
def seed(geocoder):
    if not SEED.is_file():
        pytest.skip("../shared is absent (fresh clone)")
    return geocoder.find_places(parse(SEED.read_text(encoding="utf-8")))


@pytest.mark.parametrize("surface, name, lat, lon, precision", [
    ("al-Qaim", "Al Qaim", 34.37, 41.05, None),
    ("al-Rutba", "Ar Rutbah", 33.04, 40.28, None),
    ("Haditha", "Hadithah", 34.14, 42.38, None),
    ("Abu Ghreib", "Abu Ghurayb", 33.29, 44.07, 2),
    ("Baghdad", "Baghdad", 33.34, 44.40, 1),
    ("the Iraqi capital", "Baghdad", 33.34, 44.40, 1),
    ("al-Hasakeh", "Al Hasakah", 36.50, 40.75, 1),
    ("Al-Hasakah", "Al Hasakah", 36.50, 40.75, 1),
])
def test_seed_towns(seed, surface, name, lat, lon, precision):
    hits = [m for m in seed if m.text == surface]
    assert hits, surface
    for m in hits:
        assert m.name == name and haversine_km(m.latitude, m.longitude, lat, lon) < 15
        if precision:
            assert m.geo_precision == precision


def test_seed_ghuwayran_is_a_district_of_al_hasakah(seed):
    hits = [m for m in seed if m.text.startswith("Ghuw")]
    assert len(hits) >= 8
    for m in hits:
        assert m.location == "Al Hasakah - Ghuwayran" and m.geo_precision == 1
        assert m.country_code == "SY" and near(m, 36.50, 40.75)


def test_seed_regions_and_countries(seed):
    anbar = [m for m in seed if m.text == "al-Anbar"]
    assert len(anbar) == 2 and all(m.geo_precision == 3 and m.location == "Ramadi" for m in anbar)
    syria = [m for m in seed if m.text == "Syria"]
    assert syria and all(m.level == "country" for m in syria)


def test_seed_no_people_or_organisations(seed):
    texts = " ".join(m.text for m in seed)
    for not_a_place in ("Rami", "Abdul-Rahman", "Jabbar", "Taie", "Hawks", "SDF", "ISIS", "Shafaq", "Suqour"):
        assert not_a_place not in texts
    assert {m.country_code for m in seed} <= {"IQ", "SY", "US"}


# ---------------------------------------------------------------- speed

def test_speed_on_a_long_report(geocoder):
    if not SEED.is_file():
        pytest.skip("../shared is absent (fresh clone)")
    text = "\n".join([SEED.read_text(encoding="utf-8")] * 2)  # ~1,600 words
    doc = parse(text)
    geocoder.find_places(doc)  # warm the lookup caches
    t = time.perf_counter()
    for _ in range(5):
        geocoder.find_places(doc)
    assert (time.perf_counter() - t) / 5 < 0.05
