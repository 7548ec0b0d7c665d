"""Country adjectives in toponym output (``Geocoder.toponyms``), never event places.

Invented sentences with real country adjectives.
"""
from __future__ import annotations

import pytest

from conflictlens.geo import Gazetteer, Geocoder
from conflictlens.geo.tables import national_demonyms
from conflictlens.nlp.parser import parse


@pytest.fixture(scope="module")
def geocoder(gazetteer_file) -> Geocoder:
    return Geocoder(Gazetteer.open(gazetteer_file, build_if_missing=False), unit_points="centre")


def demonyms(geocoder, text):
    return [m for m in geocoder.toponyms(parse(text)) if m.kind == "demonym"]


def test_country_adjective_is_a_toponym_of_its_country(geocoder):
    ms = demonyms(geocoder, "Georgian troops pulled back from the village on Tuesday.")
    assert [(m.text, m.country_code, m.level, m.geo_precision) for m in ms] == [("Georgian", "GE", "country", 3)]


def test_both_adjectives_of_a_hyphenated_pair_are_toponyms(geocoder):
    ms = demonyms(geocoder, "The talks marked the anniversary of the Israeli-Egyptian treaty.")
    assert [(m.text, m.country_code) for m in ms] == [("Israeli", "IL"), ("Egyptian", "EG")]
    ms = demonyms(geocoder, "Analysts said the Arab-Israeli dispute would not end soon.")
    assert [(m.text, m.country_code) for m in ms] == [("Israeli", "IL")]
    # a lower-case prefix or an article before the hyphen makes no pair
    assert demonyms(geocoder, "The pro-Israeli group and Mr Al-Iraqi met on Monday.") == []


def test_plural_people_word_counts(geocoder):
    ms = demonyms(geocoder, "Hundreds of Palestinians marched to the checkpoint.")
    assert [(m.text, m.country_code) for m in ms] == [("Palestinians", "PS")]


def test_demonyms_are_never_event_places(geocoder):
    doc = parse("Iraqi forces shelled the outskirts of Mosul.")
    assert all(m.kind == "name" for m in geocoder.find_places(doc))
    assert any(m.kind == "demonym" and m.country_code == "IQ" for m in geocoder.toponyms(doc))


def test_a_peoples_word_names_no_place(geocoder):
    assert demonyms(geocoder, "Kurdish fighters and Pashtun elders met at the river.") == []


@pytest.mark.parametrize("text, word, region, cc", [
    ("South Ossetian militias shelled the village on Tuesday.", "South Ossetian", "South Ossetia", "GE"),
    ("Hundreds of South Ossetians fled north on Tuesday.", "South Ossetians", "South Ossetia", "GE"),
    ("Two Texans were hurt in the crash on Tuesday.", "Texans", "Texas", "US"),
])
def test_a_regions_adjective_is_a_toponym_of_that_region(geocoder, text, word, region, cc):
    ms = demonyms(geocoder, text)
    assert [(m.text, m.name, m.country_code) for m in ms] == [(word, region, cc)]
    assert all(m.level != "country" for m in ms)


def test_a_regions_adjective_is_never_an_event_place(geocoder):
    doc = parse("South Ossetian militias shelled the outskirts of Tskhinvali.")
    assert all(m.kind == "name" for m in geocoder.find_places(doc))


def test_a_state_adjective_is_written_at_the_states_centre(geocoder):
    # as geoparse writes the state itself (unit_points="centre"), not at its capital
    m = demonyms(geocoder, "Two Texans were hurt in the crash on Tuesday.")[0]
    state = [x for x in geocoder.toponyms(parse("Two men were hurt in Texas on Tuesday.")) if x.text == "Texas"][0]
    assert (m.latitude, m.longitude) == (state.latitude, state.longitude)


def test_every_region_adjective_names_a_region_of_the_gazetteer(geocoder):
    from conflictlens.geo.demonym_mentions import _region
    from conflictlens.geo.tables import region_demonyms
    for word, (cc, _name) in region_demonyms().items():
        place = _region(geocoder.gaz, word)
        assert place is not None and place.country_code == cc, word
    assert "kurdish" not in national_demonyms() and "texan" not in national_demonyms()


def test_adjective_opening_a_place_name_is_that_place(geocoder):
    ms = geocoder.toponyms(parse("The ship sank in the Indian Ocean near French Guiana."))
    assert not any(m.kind == "demonym" for m in ms)


def test_lower_case_word_is_no_demonym(geocoder):
    assert demonyms(geocoder, "They cooked french fries and russian dressing.") == []


@pytest.mark.parametrize("text", [
    'County spokeswoman Dana French said the grant was audited in Frankfort, Kentucky.',
    # (the surname alone, once the report has named her in full)
    'Dana French spoke on Monday in Frankfort, Kentucky. "We helped the auditors," French said.',
])
def test_a_persons_name_is_no_demonym(geocoder, text):
    assert demonyms(geocoder, text) == []
