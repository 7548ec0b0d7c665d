"""Resolution rules of gvacc10: a country's own name over a namesake town abroad that the
report names only a state of; a clause opening with its country; "X residents" of a country."""
from __future__ import annotations

from conflictlens.nlp.parser import parse

BEES = ("Beekeepers across the United States lost a third of their hives last winter. "
        "The U.S. farm agency blamed a mite. Die-offs were logged in Colorado, Ohio, Texas "
        "and Iowa. Keepers in Ohio were hit worst. Hives in parts of Poland also died off, "
        "researchers said. U.S. growers fear for the almond crop.")


def _by_text(geocoder, text):
    return {m.text: m for m in geocoder.toponyms(parse(text))}


def test_country_name_over_village_of_a_state_named_elsewhere(centre_geocoder):
    # Ohio is named in a list of states, never with the name: Poland is the country
    poland = _by_text(centre_geocoder, BEES)["Poland"]
    assert (poland.country_code, poland.level) == ("PL", "country")


def test_village_placed_by_its_state_keeps_the_name(centre_geocoder):
    text = "Beekeepers in Ohio lost half their hives. Poland, Ohio, was hit hardest."
    poland = _by_text(centre_geocoder, text)["Poland"]
    assert (poland.country_code, poland.level) == ("US", "city")


def test_clause_opening_with_a_country_holds_its_towns(centre_geocoder):
    text = "Measles returned this year. In Canada, Hamilton and London each saw cases, nurses said."
    london = _by_text(centre_geocoder, text)["London"]
    assert london.country_code == "CA"


def test_each_clause_of_a_roundup_takes_its_own_country(centre_geocoder):
    text = "Flu cases rose. In Argentina, Cordoba and Rosario saw deaths; in Spain, Cordoba was spared."
    found = [m for m in centre_geocoder.toponyms(parse(text)) if m.text == "Cordoba"]
    assert [m.country_code for m in found] == ["AR", "ES"]


def test_a_country_opening_an_earlier_sentence_holds_nothing(centre_geocoder):
    text = "In Canada, nurses went on strike. London saw the largest march."
    london = _by_text(centre_geocoder, text)["London"]
    assert london.country_code == "GB"


def test_residents_of_a_country_the_report_is_about(centre_geocoder):
    # "X residents" makes a town of X only in a country the report is about: here the
    # report is on Mexico and Canada, so they are the country's, not a Missouri town's
    text = ("Doctors fear a new superbug found in Mexico will reach Canada. "
            "Some 3 million Mexico residents are infected each year, officials estimate.")
    found = [m for m in centre_geocoder.toponyms(parse(text)) if m.text == "Mexico"]
    assert found and all(m.level == "country" for m in found)


def test_residents_of_a_town_in_the_reports_country(centre_geocoder):
    text = "Officials in Nashville said a Lebanon woman was hurt."
    lebanon = _by_text(centre_geocoder, text)["Lebanon"]
    assert (lebanon.country_code, lebanon.level) == ("US", "city")
