"""Issue 3: a name right after a news outlet's noun in lower case ("the tabloid Kanab", "the
news agency Delta", ``data/geo/media_nouns.tsv``) is the outlet's own name and no toponym;
the same name after a preposition stays the town. Reports invented for these tests; the
towns are real, the outlets and events are not."""
from __future__ import annotations

from geo_helpers import found

_OPENING = "Crowds gathered in Provo, Utah, on Friday, "


def test_a_tabloids_name_is_no_town(geocoder):
    got = found(geocoder, _OPENING + "the tabloid Kanab reported.")
    assert "Provo" in got
    assert "Kanab" not in got


def test_a_news_agencys_name_is_no_town(geocoder):
    got = found(geocoder, _OPENING + "the news agency Delta reported.")
    assert "Delta" not in got


def test_a_town_after_a_preposition_stays(geocoder):
    got = found(geocoder, _OPENING + "a reporter from Kanab said.")
    assert got["Kanab"].admin1 == "Utah"
