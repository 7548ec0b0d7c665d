"""A country's foreign spelling ("Uman" for Oman) is second to a town bearing that
name as its own in the country the report is about; the country's English names keep it."""
from __future__ import annotations

from geo_helpers import found


def test_foreign_spelling_of_a_country_yields_to_a_town_of_the_reports_country(geocoder):
    text = "KYIV, Ukraine - Russian rockets hit Uman overnight, killing two people."
    m = found(geocoder, text)["Uman"]
    assert (m.level, m.country_code) == ("city", "UA")


def test_a_country_by_its_english_name_stays_the_country(geocoder):
    text = "KYIV, Ukraine - The minister flew to Oman on Monday for talks on grain exports."
    m = found(geocoder, text)["Oman"]
    assert (m.level, m.country_code) == ("country", "OM")


def test_a_foreign_spelling_alone_still_reads_as_the_country(geocoder):
    text = "Envoys met in Uman to talk about shipping lanes near the Gulf."
    m = found(geocoder, text)["Uman"]
    assert m.country_code == "OM"
