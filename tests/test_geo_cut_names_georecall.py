"""Two forms of a place name the span finder lost whatever the words around it: a name
after "at" inside one capitalised run with an organisation ("the Animal Laboratory at
Ingatestone"), and a two-word name the model cut after its first word, leaving the second
untagged, tagged a nationality, or behind a lower-case article ("Deir ez-Zor")."""
from __future__ import annotations

from geo_helpers import tagged_places

from conflictlens.geo.spans import _split_at_preposition


def test_runs_split_on_preposition_at():
    text = "the Hollins Animal Laboratory at Ingatestone"
    parts = [text[a:b] for a, b in _split_at_preposition(text, 4, len(text))]
    assert parts == ["Hollins Animal Laboratory", "Ingatestone"]


def test_a_town_after_at_behind_an_organisation_is_found(geocoder):
    got = tagged_places(geocoder, "^Swabs/NOUN from/ADP the/DET dead/ADJ geese/NOUN went/VERB to/ADP the/DET/B-ORG "
                           "Hollins/PROPN/I-ORG Animal/PROPN/I-ORG Laboratory/PROPN/I-ORG at/ADP "
                           "Ingatestone/PROPN ,/PUNCT officials/NOUN in/ADP England/PROPN/B-GPE said/VERB ./PUNCT")
    assert "Ingatestone" in got and got["Ingatestone"].country_code == "GB"


def test_a_name_cut_before_a_lower_case_article_runs_on(geocoder):
    got = tagged_places(geocoder, "^Rockets/NOUN fell/VERB on/ADP Deir/PROPN/B-GPE ez-Zor/PROPN overnight/ADV ,/PUNCT "
                           "a/DET monitor/NOUN in/ADP Syria/PROPN/B-GPE said/VERB ./PUNCT")
    assert "Deir ez-Zor" in got and got["Deir ez-Zor"].country_code == "SY"


def test_a_second_word_tagged_a_nationality_runs_on(geocoder):
    got = tagged_places(geocoder, "^The/DET patient/NOUN was/AUX taken/VERB to/ADP a/DET clinic/NOUN in/ADP "
                           "Merthyr/PROPN/B-GPE Tydfil/PROPN/B-NORP on/ADP Friday/PROPN/B-DATE ./PUNCT")
    assert "Merthyr Tydfil" in got and got["Merthyr Tydfil"].country_code == "GB"


def test_a_units_second_word_left_untagged_runs_on(geocoder):
    got = tagged_places(geocoder, "^Two/NUM farms/NOUN in/ADP Kalimantan/PROPN/B-GPE Timur/PROPN province/NOUN ,/PUNCT "
                           "Indonesia/PROPN/B-GPE ,/PUNCT culled/VERB their/PRON ducks/NOUN ./PUNCT")
    assert "Kalimantan Timur" in got and got["Kalimantan Timur"].level == "admin1"
