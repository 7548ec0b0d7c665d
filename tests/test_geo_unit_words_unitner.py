"""A name before a unit word ("the Donetsk region", "Kherson oblast", "the Sumy and
Chernihiv regions") is the first-level unit the gazetteer files under the name and that
word, whatever the model tagged the name and wherever the report's demonyms point; a
compass word alone before the word ("the Eastern province of ...") stays out. Reports
are invented."""
from __future__ import annotations

from datetime import date

from geo_helpers import found

from conflictlens.model import Report


def test_region_word_makes_the_oblast_over_a_namesake_town_of_the_demonyms_country(geocoder):
    # (the Russian demonym once drew a small Russian town called Donetsk)
    got = found(geocoder, "Russian gunners shelled a farm in the Donetsk region late on Tuesday.")
    assert (got["Donetsk"].name, got["Donetsk"].country_code, got["Donetsk"].level) == \
        ("Donetska oblast", "UA", "admin1")


def test_region_word_reads_a_name_the_model_took_for_a_nationality(geocoder):
    got = found(geocoder, "A Russian drone set fire to a grain store in the Odesa region on Monday.")
    assert (got["Odesa"].name, got["Odesa"].level) == ("Odeska oblast", "admin1")


def test_a_plural_region_word_after_a_list_makes_each_item_a_unit(geocoder):
    got = found(geocoder, "Russian rockets fell on the Sumy and Chernihiv regions before dawn.")
    assert got["Sumy"].level == "admin1" and got["Sumy"].name == "Sumska oblast"
    assert got["Chernihiv"].level == "admin1" and got["Chernihiv"].name == "Chernihivska oblast"


def test_a_compass_word_before_a_unit_word_is_no_foreign_unit(geocoder):
    got = found(geocoder, "Inspectors found the virus on a duck farm in the Eastern province of "
                          "Prince Edward Island.")
    assert "Eastern" not in got


def _events(pipeline, text):
    return pipeline.process(Report(id="u", title="", text=text, published=date(2023, 3, 10)))


def test_event_in_the_donetsk_region_is_coded_at_the_oblast_of_ukraine(pipeline):
    evs = _events(pipeline, "Russian artillery shelled the village of Zorivka in the Donetsk region "
                            "on Tuesday, killing three civilians, regional officials said.")
    assert evs and all(e.country == "Ukraine" and e.admin1 == "Donetska oblast" for e in evs)


def test_event_in_the_odesa_region_is_coded_at_the_oblast_of_ukraine(pipeline):
    evs = _events(pipeline, "A Russian drone struck a fuel depot in the Odesa region on Monday, "
                            "killing two workers, the governor said.")
    assert evs and all(e.country == "Ukraine" and e.admin1 == "Odeska oblast" and e.geo_precision == 3
                       for e in evs)


def test_events_across_listed_regions_are_coded_at_each_oblast(pipeline):
    evs = _events(pipeline, "Russian missiles hit power stations in the Kharkiv and Poltava regions "
                            "overnight on Thursday, killing four people, Ukrainian officials said.")
    assert {e.admin1 for e in evs} == {"Kharkivska oblast", "Poltavska oblast"}
    assert all(e.country == "Ukraine" and e.geo_precision == 3 for e in evs)


def test_a_seat_named_by_a_spelling_of_its_own_name_is_the_town(geocoder):
    # (GeoNames files the city as Mykolayiv; "Mykolaiv" is the oblast's bare name too)
    got = found(geocoder, "Two rockets hit a shipyard in Mykolaiv early on Friday.")
    assert (got["Mykolaiv"].name, got["Mykolaiv"].level) == ("Mykolayiv", "city")


def test_event_in_a_dateline_town_spelt_otherwise_is_coded_at_the_town(pipeline):
    evs = _events(pipeline, "MYKOLAIV, Ukraine -- Shelling killed three residents of the city on Saturday, "
                            "the mayor said.")
    assert [(e.admin1, e.location, e.geo_precision) for e in evs] == [("Mykolaivska oblast", "Mykolayiv", 1)]
