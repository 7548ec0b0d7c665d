"""A name the model tags as a person, followed by ", Country" where it is a unit or
town of that country by its own name, is an address ("Binh Phuoc, Vietnam;" in a list of
clinics), even in a report about many other countries. Invented sentences; the places
are real, the clinics invented."""
from __future__ import annotations

from conflictlens.nlp.parser import parse

TEXT = ("A vaccine maker opened clinics in Thailand, Laos, Kenya, Nigeria, Ghana and Mali this "
        "year. Its newest clinics stand in Kumasi, Ghana; Binh Phuoc, Vietnam; and Bamako, Mali, "
        "the company said. Officials in Thailand, Kenya and Nigeria hope for more clinics in Kenya "
        "and Ghana.")


def test_a_person_tagged_unit_before_its_country_is_a_place(geocoder):
    places = {m.text: m for m in geocoder.find_places(parse(TEXT))}
    m = places["Binh Phuoc"]
    assert (m.level, m.country_code) == ("admin1", "VN")


def test_a_person_before_a_country_stays_a_person(geocoder):
    # no place of Vietnam is called so: the name stays a person's
    text = "The study was led by Tran Minh Hoang, Vietnam's chief malaria officer, and others."
    assert "Tran Minh Hoang" not in {m.text for m in geocoder.find_places(parse(text))}
