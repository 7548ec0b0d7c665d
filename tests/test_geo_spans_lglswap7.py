"""Span finding for towns the small model tags as something else or runs into other words:
a dateline set off by a garbled long dash (U+0097, the Windows code page's em dash read as
Latin-1); a month and day written right after a name; "in A and B" tagged as one body; a
town's possessive opening a body's name; a name after a hyphen the tagged name before took
in; a legislator's home town of three words after the party letter. Real gazetteer towns
in invented sentences; the model's tags are pinned by hand where the rule is about them."""
from __future__ import annotations

from conflictlens.geo.context import dateline_span
from conflictlens.nlp.parser import parse
from geo_helpers import found, tagged_text


def test_a_dateline_set_off_by_a_garbled_long_dash(geocoder):
    text = "Barn fire draws crowd. WARTRACE \x97 Volunteer crews fought a barn fire on Sunday night."
    span = dateline_span(text)
    assert span is not None and text[span[0]:span[1]] == "WARTRACE"
    got = found(geocoder, text)
    assert got["WARTRACE"].name == "Wartrace" and got["WARTRACE"].country_code == "US"


def test_a_report_opening_with_a_garbled_dash_dateline():
    text = "WARTRACE \x97 Volunteer crews fought a barn fire on Sunday night."
    assert dateline_span(text) == (0, 8)


def test_a_month_and_day_after_a_name_are_no_part_of_it(geocoder):
    # (as `conflictlens geoparse` lists a report's toponyms)
    doc = parse("Re-enactors from Illinois will camp in Lakehurst April 4. On Sunday the focus is on crafts.")
    got = {m.text: m for m in geocoder.toponyms(doc)}
    assert got["Lakehurst"].name == "Lakehurst"


def test_two_towns_joined_by_and_that_the_model_took_for_one_body(geocoder):
    doc = tagged_text("^Deputies/NOUN raided/VERB two/NUM card/NOUN rooms/NOUN in/ADP Muncie/PROPN/B-ORG "
                      "and/CCONJ/I-ORG Fishers/PROPN/I-ORG last/ADJ year/NOUN ./PUNCT "
                      "^Indiana/PROPN/B-GPE police/NOUN led/VERB the/DET raids/NOUN ./PUNCT")
    got = {m.text: m for m in geocoder.find_places(doc)}
    assert got["Muncie"].name == "Muncie" and got["Fishers"].name == "Fishers"


def test_a_firm_named_with_and_stays_one_body(geocoder):
    # (no preposition of place before it: a body, whatever towns share its words)
    doc = tagged_text("^Shares/NOUN of/ADP Procter/PROPN/B-ORG and/CCONJ/I-ORG Gamble/PROPN/I-ORG "
                      "rose/VERB on/ADP Friday/PROPN/B-DATE ./PUNCT")
    assert not geocoder.find_places(doc)


def test_a_towns_possessive_opening_a_bodys_name(geocoder):
    doc = tagged_text("^She/PRON swam/VERB at/ADP Burnley/PROPN/B-ORG 's/PUNCT/I-ORG Padiham/PROPN/I-ORG "
                      "pool/NOUN every/DET week/NOUN in/ADP Lancashire/PROPN/B-GPE ./PUNCT")
    got = {m.text: m for m in geocoder.find_places(doc)}
    assert got["Burnley"].name == "Burnley" and got["Burnley"].country_code == "GB"


def test_a_given_names_possessive_is_no_town(geocoder):
    doc = tagged_text("^Crowds/NOUN lined/VERB up/ADP for/ADP Alice/PROPN/B-ORG 's/PUNCT/I-ORG "
                      "Bakery/PROPN/I-ORG ./PUNCT")
    assert "Alice" not in {m.text for m in geocoder.find_places(doc)}


def test_a_county_after_a_hyphen_the_tagged_county_took(geocoder):
    got = found(geocoder, "The new wilderness lies near the Greenbrier County-Pocahontas County boundary "
                          "in West Virginia.")
    assert any(m.name == "Pocahontas County" for m in got.values())


def test_a_legislators_home_town_of_three_words(geocoder):
    got = found(geocoder, "The pact was backed by state Sen. Jo Kane, R-Rancho Palos Verdes, and two others.")
    assert got["Rancho Palos Verdes"].name == "Rancho Palos Verdes"
