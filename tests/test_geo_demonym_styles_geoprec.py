"""A country's adjective before a style's noun ("Mexican food", "an Irish pub", "Irish
songs", "a French immersion school") names the manner of a dish, a pub or a song made
where the report is: no toponym of the country in ``geoparse`` output. The same adjective
before the country's people or bodies ("Mexican officials") stays one."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def demonyms(geocoder, text):
    return [m.text for m in geocoder.toponyms(parse(text)) if m.kind == "demonym"]


def test_an_adjective_naming_a_style_is_no_toponym(geocoder):
    text = ("The county fair in Tuckerton opens Friday with Polish sausage, Mexican food from two "
            "trucks and Irish songs by a local band at the Greek and Italian food tent.")
    assert demonyms(geocoder, text) == []
    assert demonyms(geocoder, "Parents in Tuckerton asked for a French immersion class.") == []


def test_an_adjective_of_people_or_bodies_stays_a_toponym(geocoder):
    assert demonyms(geocoder, "Mexican officials met the Tuckerton council on Friday.") == ["Mexican"]
