"""Issue 3 (LGL round): names the model cuts or tags in parts. A unit's own name with
"and" inside ("Castilla and Leon") is kept whole, not read as a town Castilla and a town
Leon; a state's short form the model tagged ("Mass.") is the state, not a near spelling of
a town (Mesa); a school's name read whole as a namesake afar ("Mount Pleasant High") still
gives, in toponym output, the town opening it. Reports invented for these tests; the
places are real, the people and events are not."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def _toponyms(geocoder, text, url=""):
    outlet = geocoder.outlet_home(url=url) if url else None
    return [(m.text, m.name, m.admin1, m.level) for m in geocoder.toponyms(parse(text), outlet=outlet)]


def test_a_unit_name_with_and_inside_is_one_name(geocoder):
    got = _toponyms(geocoder, "Jo Brill broke a wrist on Monday when she fell near the finish of the Castilla "
                              "and Leon relay. Riders in the Castilla and Leon relay rode 80 km that day.")
    names = {(text, name) for text, name, _a, _l in got}
    assert ("Castilla and Leon", "Castilla y Leon") in names
    assert not any(text in ("Castilla", "Leon") for text, _n, _a, _l in got)


def test_a_country_name_with_and_inside_stays_the_country(geocoder):
    got = _toponyms(geocoder, "A tanker registered in Trinidad and Tobago ran aground on Monday.")
    assert ("Trinidad and Tobago", "Trinidad and Tobago", "", "country") in got


def test_a_state_short_form_the_model_tagged_is_the_state(geocoder):
    got = _toponyms(geocoder, "Alverton Hall Leased To Mass. Concert Promoter. The hall was the town's "
                              "oldest, its owner said on Monday.",
                    url="https://www.courant.com/community/news/story.html")
    assert any(text.startswith("Mass") and name == "Massachusetts" for text, name, _a, _l in got)
    assert not any(name == "Mesa" for _t, name, _a, _l in got)


def test_a_school_named_after_its_town_gives_the_town(geocoder):
    text = ("Sam Kanab was sworn in as a deputy on Monday. He went to Mount Pleasant High School "
            "and studied at a college in Texas. He volunteers with the Mount Pleasant Fire Department and "
            "the Mount Pleasant Garden Club.")
    got = _toponyms(geocoder, text)
    school = text.index("Mount Pleasant High")
    assert any(text[school:school + 14] == t and name == "Mount Pleasant" and admin1 == "Texas"
               for t, name, admin1, _l in got if t == "Mount Pleasant")
    towns = [g for g in got if g[0] == "Mount Pleasant"]
    assert len(towns) == 3 and all(admin1 == "Texas" for _t, _n, admin1, _l in towns)
