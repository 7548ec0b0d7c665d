"""A name a report gives as someone's home is a town, not the country of that name: after a
person's age ("Ann Marsh, 71, of Lebanon"), after a house address ("508 Kettle St., Lebanon"),
or after a person listed by home in a report that gives homes so (an obituary, a police log).
Invented people and streets, real places."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def lebanon(geocoder, text):
    return {(m.country_code, m.level) for m in geocoder.toponyms(parse(text)) if m.text == "Lebanon"}


def test_home_after_an_age_and_of_is_a_town(centre_geocoder):
    text = "Ann Marsh, 71, of Lebanon, died Sunday at her home. Services will be held at the Grove Funeral Home."
    assert lebanon(centre_geocoder, text) == {("US", "city")}


def test_home_after_a_house_address_is_a_town(centre_geocoder):
    text = "Ann Marsh died Sunday at her home, 508 Kettle St., Lebanon. Services will be held at the Grove Funeral Home."
    assert lebanon(centre_geocoder, text) == {("US", "city")}


def test_relative_of_a_town_in_a_report_giving_homes(centre_geocoder):
    text = ("Ann Marsh, 71, died Sunday at her home, 508 Kettle St., Alverton. She leaves a son, Tom, "
            "husband of Mary Marsh of Lebanon; and sisters Jo Kane of Lebanon. She worked at the Central "
            "Bank of Jordan.")
    assert lebanon(centre_geocoder, text) == {("US", "city")}
    assert any(m.text == "Jordan" and m.level == "country" for m in centre_geocoder.toponyms(parse(text)))


def test_a_ruler_or_minister_of_a_country_stays_the_country(centre_geocoder):
    text = "King Abdul Hamid of Jordan, and Prime Minister Tom Marsh of Lebanon, met in Paris on Sunday."
    got = {m.text: (m.country_code, m.level) for m in centre_geocoder.toponyms(parse(text))}
    assert got["Jordan"] == ("JO", "country") and got["Lebanon"] == ("LB", "country")
