"""Names the words around placed though the model took them for no place: in a report
naming no country, a home the words give ("12 Elm St., Kutztown") as the report's evidence
of where its other homes of that name lie; and a name before a police rank and an
officer's name ("Hastings Investigator Jane Roe"), the town whose force the officer serves."""
from __future__ import annotations

from geo_helpers import tagged_places, tagged_text


def test_a_home_given_by_an_address_settles_the_names_other_homes(geocoder):
    # a death notice naming no country: the address makes Kutztown a town, and so the
    # sister's home "of Kutztown", which the model left untagged, is that town too
    doc = tagged_text("^She/PRON is/AUX survived/VERB by/ADP a/DET sister/NOUN ,/PUNCT Ann/PROPN/B-PERSON "
                      "Doe/PROPN/I-PERSON of/ADP Kutztown/PROPN ;/PUNCT and/CCONJ two/NUM grandsons/NOUN ./PUNCT "
                      "^Services/NOUN will/AUX be/AUX held/VERB at/ADP the/DET funeral/NOUN home/NOUN ,/PUNCT "
                      "12/NUM Elm/PROPN St./PROPN ,/PUNCT Kutztown/PROPN/B-GPE ./PUNCT")
    homes = [m for m in geocoder.find_places(doc, organisations=True) if m.text == "Kutztown"]
    assert len(homes) == 2 and all(m.admin1 == "Pennsylvania" for m in homes)


def test_a_name_before_a_police_rank_and_an_officers_name_is_the_officers_town(geocoder):
    # the model took the town for a body and "by" reads as a title before a person; the
    # rank and the officer's name after it make it the town whose force she serves
    got = tagged_places(geocoder, "^The/DET complaint/NOUN was/AUX filed/VERB by/ADP Hastings/PROPN/B-ORG "
                           "Investigator/PROPN Jane/PROPN/B-PERSON Roe/PROPN/I-PERSON ,/PUNCT Nebraska/PROPN/B-GPE "
                           "officials/NOUN said/VERB ./PUNCT")
    assert "Hastings" in got and got["Hastings"].admin1 == "Nebraska"


def test_a_name_before_a_common_noun_and_a_name_is_no_officers_town(geocoder):
    got = tagged_places(geocoder, "^The/DET complaint/NOUN was/AUX filed/VERB by/ADP Hastings/PROPN/B-ORG "
                           "Holdings/PROPN/I-ORG Jane/PROPN/B-PERSON Roe/PROPN/I-PERSON ,/PUNCT Nebraska/PROPN/B-GPE "
                           "officials/NOUN said/VERB ./PUNCT")
    assert "Hastings" not in got
