"""Issue 3: an untagged name standing before a noun as its modifier ("an Orderville
spokesperson", "the Annabella plant") that the gazetteer knows only as one small town
is that town when the report names the town's state; without the state, or where the
name is a person's, it stays out. Reports invented for these tests; the towns are
real, the events are not."""
from __future__ import annotations

from geo_helpers import found


def test_a_small_town_before_a_noun_in_a_report_naming_its_state(geocoder):
    got = found(geocoder, "Ranchers across Utah counted their losses on Friday. An Orderville spokesperson "
                          "said two barns burned overnight.")
    assert got["Orderville"].admin1 == "Utah"


def test_a_small_town_naming_a_site_in_a_report_naming_its_state(geocoder):
    got = found(geocoder, "Ranchers across Utah counted their losses on Friday. The Annabella depot "
                          "was closed after the fire, officials said.")
    assert got["Annabella"].admin1 == "Utah"
    got = found(geocoder, "Ranchers across Utah counted their losses on Friday. An Annabella spokesperson "
                          "said the depot was closed.")
    assert got["Annabella"].admin1 == "Utah"


def test_no_small_town_without_its_state(geocoder):
    got = found(geocoder, "An Orderville spokesperson said two barns burned overnight.")
    assert "Orderville" not in got


def test_no_small_town_where_the_name_is_no_modifier(geocoder):
    got = found(geocoder, "Ranchers across Utah counted their losses on Friday. Orderville said "
                          "two barns burned overnight.")
    assert "Orderville" not in got


def test_a_persons_first_name_is_no_small_town(geocoder):
    got = found(geocoder, "Ranchers across Utah counted their losses on Friday. Annabella Jones, a "
                          "spokesperson, said two barns burned.")
    assert "Annabella" not in got and "Annabella Jones" not in got


def test_a_small_town_name_before_a_preposition_is_no_modifier(geocoder):
    got = found(geocoder, "Ranchers across Utah counted their losses on Friday. Anyone who saw the fire "
                          "should call Orderville at once.")
    assert "Orderville" not in got
