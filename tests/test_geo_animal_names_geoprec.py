"""A one-word name an animal's word introduces ("a spaniel named Tyler", "the poodles --
Florence and Pip", "his canine partner, Tyler") is the animal's own, no place; a plural
animal word before a comma lists places ("sick horses, Lubbock and ..." is no naming)."""
from __future__ import annotations

from conflictlens.geo.people import animal_names
from conflictlens.nlp.parser import parse
from geo_helpers import found


def test_a_name_an_animals_word_introduces_is_no_place(geocoder):
    # Tyler, Texas and Florence, Alabama exist; here they are dogs
    got = found(geocoder, "The kennel show in Lubbock, Texas, drew 300 entries. Ada Munn brought "
                          "her rescue dog, a beagle named Tyler, to the agility ring.")
    assert "Tyler" not in got and got["Lubbock"].admin1 == "Texas"
    got = found(geocoder, "Deputies in Huntsville, Alabama, searched the woods with their tracking "
                          "hounds -- Florence and Pip -- until dawn.")
    assert "Florence" not in got and got["Huntsville"].admin1 == "Alabama"


def test_a_plural_animal_word_and_a_comma_do_not_name():
    doc = parse("Officials tested sick horses, Lubbock and Amarillo reported on Friday.")
    assert animal_names(doc) == set()
    doc = parse("Deputy Ann Roe and her canine partner, Tyler, found the stolen truck.")
    assert animal_names(doc) == {"tyler"}
