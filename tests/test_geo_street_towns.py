"""A town's possessive before a street's name ("onto Alverton's Main Street") places the
street in the town: the words make the name a place, as "in X" does, whatever the model
tagged it. Invented sentences, real places."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def test_town_before_its_street_is_placed_whatever_the_tag(centre_geocoder):
    # the model tags "Rock Hill's" a body; the report's few American words are enough
    # for a placed town, not for a bare name
    text = ("Irish dancers, Irish pipers and Irish bands will join American fans. The party "
            "heads down Rock Hill's Main Street at noon.")
    assert ("Rock Hill", "US") in [(m.text, m.country_code) for m in centre_geocoder.toponyms(parse(text))]


def test_town_before_a_bodys_name_is_not_placed_so(centre_geocoder):
    text = ("Irish dancers, Irish pipers and Irish bands will join American fans. The party "
            "heads down Rock Hill's Main Stage at noon.")
    assert "Rock Hill" not in [m.text for m in centre_geocoder.toponyms(parse(text))]
