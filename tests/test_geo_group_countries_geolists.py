"""An armed group of one country named in a report says the report's country, as a demonym
does: a small town of that country is read though only a foreign power is named beside it.
Invented sentences; the places and groups are real."""
from __future__ import annotations

from geo_helpers import found

from conflictlens.geo.context import group_codes


def test_groups_of_one_country_say_it():
    assert group_codes("Fighters of al-Shabaab and the Houthis were named.") == {"SO": 1.0, "YE": 1.0}


def test_a_group_counts_once_and_words_spelt_as_acronyms_do_not():
    assert group_codes("Hamas said. Hamas denied it. Let us go. Is it so?") == {"PS": 1.0}


def test_a_small_town_beside_a_foreign_power_and_a_local_group(geocoder):
    places = found(geocoder, "Strikes overnight\n\nUS airstrikes killed 17 al-Shabaab fighters near "
                             "Jilib on Tuesday, the defence ministry said.")
    assert places["Jilib"].country_code == "SO"

