"""A name the small model tags a nationality (NORP) that is no demonym, right after a
preposition of place ("returned from Cancún"), is read as a place name (geo/spans.py)."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def test_a_foreign_name_tagged_a_nationality_after_from_is_a_place(geocoder):
    text = ("Swine flu. A school in Queens, New York, closed after pupils returned from "
            "Cancún.")
    doc = parse(text)
    assert any(e.text == "Cancún" and e.label_ == "NORP" for e in doc.ents)  # the premise
    found = {m.text: m for m in geocoder.toponyms(doc)}
    assert found["Cancún"].country_code == "MX"


def test_a_demonym_after_in_stays_an_adjective(geocoder):
    text = "Flu spreads. The virus was found in Mexican pigs at a farm near Veracruz."
    found = {(m.text, m.kind) for m in geocoder.toponyms(parse(text))}
    assert ("Mexican", "name") not in found
