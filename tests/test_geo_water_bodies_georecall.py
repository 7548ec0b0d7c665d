"""A large water body named like an admin unit ("the Red Sea") or missing from the world
regions ("the Gulf of Aden") is a toponym of geoparse output at its conventional point,
never an event's place; the unit's own reading ("Red Sea state") and a body's name
("the Red Sea Palace hotel") stay as they were."""
from __future__ import annotations

from conflictlens.nlp.parser import parse

TEXT = ("A cargo boat carrying rice sank during a storm in the Red Sea Thursday, a port official "
        "in Suakin said. Fighting resumed in Sudan's Red Sea state, and guests left the Red Sea "
        "Palace hotel. Pirates later seized a tanker in the Gulf of Aden.")


def test_a_sea_is_a_toponym_only(geocoder):
    doc = parse(TEXT)
    seas = [m for m in geocoder.toponyms(doc) if m.level == "continent"]
    assert [m.text for m in seas] == ["Red Sea", "Gulf of Aden"]
    assert seas[0].start == TEXT.index("Red Sea") and seas[0].geo_precision == 3 and not seas[0].country_code
    # the state keeps its unit reading; events read no sea
    places = geocoder.find_places(doc)
    assert [(m.text, m.level) for m in places if "Sea" in m.text or "Gulf" in m.text] == [("Red Sea", "admin1")]
