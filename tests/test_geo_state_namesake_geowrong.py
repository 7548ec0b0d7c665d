"""A first-level unit's own name dwarfs a village of that name abroad (geo/ranking.py
``_NameFacts.state_pop``): in a report full of one country's demonyms, "in Texas" is
still the US state, not a hamlet of that country called Texas."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def test_a_state_beats_a_hamlet_of_its_name_in_the_demonyms_country(geocoder):
    text = "Flu. Cases rose among Mexican workers in Texas, and in Mexican towns."
    found = {m.text: m for m in geocoder.toponyms(parse(text))}
    assert (found["Texas"].country_code, found["Texas"].level) == ("US", "admin1")


def test_a_town_the_report_places_keeps_its_name(geocoder):
    text = "Flu. Cases rose in Texas, Hidalgo, a village north of Pachuca in Mexico."
    found = {m.text: m for m in geocoder.toponyms(parse(text))}
    assert found["Texas"].country_code == "MX"
