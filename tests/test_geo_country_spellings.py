"""A country named by its own name is that country, never a town whose name only a
spelling-insensitive key brings close to it, however much the report is about the town's
country."""
from __future__ import annotations

from collections import Counter

from conflictlens.geo.context import CountryPrior
from conflictlens.geo.patterns import read_context
from conflictlens.nlp.parser import parse


def test_a_countrys_own_name_is_no_other_spelling_of_a_town(geocoder):
    # "Iraq" keys like Yreka, California: in a report (and paper) about the United
    # States it still says Iraq
    text = "The veteran is sure his time in Iraq made him ill."
    sp = next(s for s in geocoder._spans(parse(text), text) if s.name(text) == "Iraq")
    prior = CountryPrior(weights=Counter({"US": 5.0, "IQ": 0.2}))
    got = geocoder._resolve(text, sp, read_context(text, sp.start, sp.end), prior, lambda: None)
    assert (got.cand.level, got.cand.country_code) == ("country", "IQ")
