"""A dollar sign says the country whose money it writes: the United States in most
reports, but the outlet's own country in a paper of another dollar country ("$35 million"
in a Canadian or Australian paper is that country's money, no sign of an American report;
data/geo/currency_sharers.tsv, geo/context.py currency_codes). A masthead's home, itself
read from the report's names, does not say so. Invented reports."""
from __future__ import annotations

from conflictlens.geo.context import currency_codes
from conflictlens.geo.outlet import OutletHome
from conflictlens.nlp.parser import parse

_TEXT = ("Council weighs freight plan. Officials want Dunmore Falls to become a hub for "
         "lorries; the plan needs $35 million, of which the town would find $4 million.")


def test_a_dollar_in_a_dollar_country_s_paper_is_that_country_s():
    assert currency_codes(_TEXT, "CA") == {"CA": 0.5}
    assert currency_codes(_TEXT, "AU") == {"AU": 0.5}


def test_a_dollar_elsewhere_still_says_the_united_states():
    assert currency_codes(_TEXT) == {"US": 0.5}
    assert currency_codes(_TEXT, "US") == {"US": 0.5}
    assert currency_codes(_TEXT, "FR") == {"US": 0.5}
    # (a sign after letters is another country's dollar, read by no one)
    assert currency_codes("It cost C$21 million.", "CA") == {}


def test_a_canadian_paper_s_dollars_make_no_american_report(geocoder):
    home = geocoder.outlet_home(url="http://www.dunmorepress.ca/news/local/1.html")
    assert home is not None and home.country_code == "CA"
    prior = geocoder._report(parse(_TEXT), False, home).prior
    assert "US" not in prior
    assert prior.share("CA") > 0.99

    # (a masthead's home is settled by the report's own names: no evidence of its money)
    masthead = OutletHome("CA", "CA.08", 43.0, -81.2, "Dunmore", "domain-masthead")
    prior = geocoder._prior(_TEXT, [], [], masthead)
    assert "US" in prior and "CA" not in prior
