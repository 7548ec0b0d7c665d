"""Toponym recall on names the gazetteer lacks: a name the words make a place (a town's
word, a bearing, a home, "in X", "X, Kenya", a place-tagged name after a preposition) is a
toponym of the unit after it, of the paragraph's last unit or of the report's country,
precision 3, whatever the model tagged it (geo/sublocal.py _unlisted_in_report_area);
"X, in Y" puts X in Y (geo/patterns.py); a nationality-tagged name after "the village of"
is a name (geo/spans.py). Invented reports and place names."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse


def toponyms(geocoder, text):
    return {m.text: m for m in geocoder.toponyms(parse(text))}


def test_comma_and_in_put_a_town_in_its_unit(geocoder):
    m = toponyms(geocoder, "Cases were reported in the town of Kelundoro, in Nakuru county, on Monday.")["Kelundoro"]
    assert (m.name, m.country_code, m.level, m.geo_precision) == ("Nakuru", "KE", "admin1", 3)


@pytest.mark.parametrize("text, name", [
    ("Rebels shelled the villages of Orvelli and Tashmeni in Georgia overnight.", "Orvelli"),
    ("Rebels shelled Gori in Georgia. Mirvaki, a Georgian town a short drive away, was hit too.", "Mirvaki"),
    ("Aid workers left Juba in South Sudan and drove northeast to Loriben on Tuesday.", "Loriben"),
])
def test_town_s_word_or_bearing_places_an_unknown_name(geocoder, text, name):
    m = toponyms(geocoder, text)[name]
    assert m.geo_precision == 3 and m.level in ("country", "admin1")
    assert m.country_code in ("GE", "SS")


def test_unit_after_a_comma_is_the_unknown_town_s(geocoder):
    m = toponyms(geocoder, "Trial sites were opened in Pailor, Cambodia, and Vetrangi, Laos, last year.")["Vetrangi"]
    assert (m.country_code, m.level) == ("LA", "country")


def test_place_tagged_name_after_in_is_a_place_of_the_paragraph_s_unit(geocoder):
    text = "Firefighters were called to a farm in Cornwall on Monday. A hazmat crew was at the scene in Trevanock."
    m = toponyms(geocoder, text)["Trevanock"]
    # (the paragraph's county, not England: test_geo_report_district_gvnear8.py)
    assert (m.name, m.country_code, m.level, m.geo_precision) == ("Cornwall", "GB", "admin2", 3)


@pytest.mark.parametrize("text, name", [
    ("The Kelundoro-based charity in Kenya said the clinic had closed.", "Kelundoro"),
    ("Rep. Jane Moore, D-Vetaga, said the Ohio bill would fail.", "Vetaga"),
])
def test_a_suffix_or_a_party_letter_makes_a_home(geocoder, text, name):
    assert toponyms(geocoder, text)[name].geo_precision == 3


@pytest.mark.parametrize("text, kept, left", [
    ("Tom Welby, a city official in Malakoff, Texas, said the water in Vetrolin was safe.", "Vetrolin", "Tom Welby"),
    ("Many in the Tamil community back the plan, officials in Vetrolin, Sri Lanka, said.", "Vetrolin", "Tamil"),
    ("The site in Illinois lies south of Birchmoor Shopping Center, near the village of Vetrolin.",
     "Vetrolin", "Birchmoor Shopping Center"),
    ("Jo Doe, of 1 Carrowmore, Tipperary, was charged in the village of Vetrolin.", "Vetrolin", "Carrowmore"),
    ("Reports from Kenya said the outbreak in Vetrolin began with Kelundoro's death.", "Vetrolin", "Kelundoro"),
])
def test_people_buildings_and_addresses_stay_out(geocoder, text, kept, left):
    found = toponyms(geocoder, text)
    assert kept in found and left not in found
