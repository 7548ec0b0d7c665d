"""A place name romanised another way than the gazetteer's (Somali official orthography
vs English, Russian vs Ukrainian, French vs English in the Sahel) is the country's
place when the report is about that country, through the country's spelling rules
(``transliteration_variants.tsv``), never worldwide and below an exact name.
Invented sentences; the places are real."""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import only_violent_event

PUBLISHED = date(2024, 3, 20)


def test_somali_x_written_h_is_the_town_under_the_country_only(gazetteer_file):
    from conflictlens.geo import Gazetteer

    gaz = Gazetteer(gazetteer_file)
    top = gaz.lookup("Harardhere", "SO")[0]
    assert top.name == "Xarardheere" and top.variant and top.score < gaz.NORMALISED
    assert not any(c.country_code == "SO" for c in gaz.lookup("Harardhere"))


def test_french_ou_written_w_is_the_town_under_the_country_only(gazetteer_file):
    from conflictlens.geo import Gazetteer

    gaz = Gazetteer(gazetteer_file)
    assert any("Ouallam" in c.name for c in gaz.lookup("Wallam", "NE"))
    assert not any(c.country_code == "NE" for c in gaz.lookup("Wallam"))


@pytest.mark.parametrize("text, town", [
    # a Somali town in English spelling, from a capital's dateline
    ("MOGADISHU, Somalia -- Al-Shabaab gunmen stormed an army checkpoint in Harardhere on Monday, "
     "killing three soldiers, a local elder said.", "Xarardheere"),
    # Somali doubled vowels and dh left out
    ("Somali forces fought al-Shabaab militants near Bardere in the Gedo region on Sunday; seven "
     "militants were killed.", "Baardheere"),
    # Somali "Ceel" written "El", over a respelling abroad
    ("Al-Shabaab militants seized a military camp in El Dher, Somalia, on Saturday after a battle "
     "that killed four soldiers.", "Ceeldheer"),
    # the Russian g written for the Ukrainian h
    ("Russian forces shelled Gulyaypole in the Zaporizhzhia region on Tuesday, killing two "
     "civilians, local officials said.", "Hulyaypole"),
    # the English w for the French ou in Niger
    ("NIAMEY, Niger -- Armed men on motorcycles raided the town of Wallam on Friday, killing nine "
     "civilians, a local official said.", "Ouallam"),
])
def test_a_town_spelt_another_way_is_the_countrys_town(pipeline, text, town):
    assert only_violent_event(pipeline, text, PUBLISHED).location == town


def test_russian_spelling_of_a_province_seat_is_the_seat(pipeline):
    e = only_violent_event(pipeline, "KYIV -- Russian cruise missiles hit Zhitomyr on Sunday, "
                                     "killing four civilians, Ukrainian officials said.", PUBLISHED)
    assert (e.location, e.geo_precision) == ("Zhytomyr", 1)
