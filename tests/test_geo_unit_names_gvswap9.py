"""Names of units and small towns the rules were never tuned on: a unit's name the model
cut at its compass word or hyphen, two units listed whole, a county before a joint police
force, a unit a body's tag hid, and a small town's second mention. Invented reports (real
places)."""
from __future__ import annotations

from geo_helpers import found as found_places, tagged_text, toponyms_by_name

#: a report told mostly of towns elsewhere, so one unit's country is named only in passing
_ELSEWHERE = ("^Tests/NOUN in/ADP Manila/PROPN/B-GPE ,/PUNCT Cebu/PROPN/B-GPE ,/PUNCT Iloilo/PROPN/B-GPE ,/PUNCT "
              "Bacolod/PROPN/B-GPE and/CCONJ Davao/PROPN/B-GPE in/ADP the/DET Philippines/PROPN/B-GPE and/CCONJ "
              "in/ADP Texas/PROPN/B-GPE ,/PUNCT Ohio/PROPN/B-GPE and/CCONJ Iowa/PROPN/B-GPE in/ADP the/DET "
              "United/PROPN/B-GPE States/PROPN/I-GPE found/VERB sick/ADJ pigs/NOUN ./PUNCT ")


def test_two_units_listed_whole_share_no_compass_word(geocoder):
    # (not "South" + "East" read as one unit of another country, as "North and South Kivu" is)
    places = found_places(geocoder, "Health officials counted new cholera cases in the Matabeleland South and "
                             "Mashonaland East provinces this week. Zimbabwe asked for help.")
    assert places["Matabeleland South"].country_code == "ZW"
    assert places["Mashonaland East"].name == "Mashonaland East"
    assert not any(m.country_code == "BW" for m in places.values())


def test_a_unit_s_compass_word_taken_for_a_surname_stays_in_its_name(geocoder):
    places = found_places(geocoder, "A daily paper based in Kalimantan Barat said the farmer had kept chickens. "
                             "Indonesia has the most deaths.")
    assert places["Kalimantan Barat"].level == "admin1"
    assert places["Kalimantan Barat"].country_code == "ID"


def test_a_unit_s_name_past_its_hyphen_is_whole(geocoder):
    places = found_places(geocoder, "The minister was staying at the home of Jo Abashidze, deputy governor from the "
                             "Samegrelo-Zemo Svaneti region, when the heater failed. Georgia mourned him.")
    assert places["Samegrelo-Zemo Svaneti"].level == "admin1"
    assert places["Samegrelo-Zemo Svaneti"].country_code == "GE"


def test_a_county_before_a_joint_police_force_is_no_one_s_name(geocoder):
    # ("said" before the county is no title: the county and the town share the force)
    places = found_places(geocoder, "A fire broke out at a caravan park in England on Sunday. Inspector Jo Kane "
                             "said Staffordshire and Stoke police were alerted to the blaze.")
    assert places["Staffordshire"].level == "admin2"
    assert places["Stoke"].country_code == "GB"


def test_a_province_named_as_a_body_is_the_province(geocoder):
    places = toponyms_by_name(geocoder, _ELSEWHERE + "^Congolese/ADJ/B-NORP doctors/NOUN found/VERB cases/NOUN "
                                                     "in/ADP the/DET province/NOUN of/ADP Nord-Kivu/PROPN/B-ORG ./PUNCT")
    assert places["Nord-Kivu"].country_code == "CD"
    assert places["Nord-Kivu"].level == "admin1"
    places = toponyms_by_name(geocoder, _ELSEWHERE + "^An/DET Egyptian/ADJ/B-NORP sample/NOUN was/AUX tested/VERB "
                                                     "in/ADP Al/PROPN/B-ORG Qalyubiyah/PROPN/I-ORG ./PUNCT")
    assert places["Al Qalyubiyah"].country_code == "EG"
    # (where no words place it, a body's name stays one, whatever unit shares it)
    places = toponyms_by_name(geocoder, _ELSEWHERE + "^Congolese/ADJ/B-NORP doctors/NOUN thanked/VERB "
                                                     "Nord-Kivu/PROPN/B-ORG for/ADP the/DET help/NOUN ./PUNCT")
    assert "Nord-Kivu" not in places


def test_a_small_town_placed_in_its_state_is_that_town_again(geocoder):
    doc = tagged_text("^Horses/NOUN were/AUX held/VERB at/ADP Wasleys/PROPN/B-PERSON in/ADP South/PROPN/B-GPE "
                      "Australia/PROPN/I-GPE ./PUNCT ^A/DET mare/NOUN fell/VERB ill/ADJ at/ADP "
                      "Wasleys/PROPN/B-PERSON quarantine/NOUN station/NOUN ./PUNCT")
    towns = [m for m in geocoder.toponyms(doc) if m.text == "Wasleys"]
    assert len(towns) == 2
    assert {m.country_code for m in towns} == {"AU"}
    # (a name followed by a comma is no name put in a place: "Kane, their coach," is a person)
    doc = tagged_text("^Jo/PROPN/B-PERSON Kane/PROPN/I-PERSON ,/PUNCT their/PRON coach/NOUN ,/PUNCT "
                      "spoke/VERB ./PUNCT ^Kane/PROPN/B-PERSON said/VERB the/DET team/NOUN would/AUX "
                      "play/VERB in/ADP Ohio/PROPN/B-GPE ./PUNCT")
    assert "Kane" not in {m.text for m in geocoder.toponyms(doc)}


def test_a_university_s_town_is_the_town_the_world_knows(geocoder):
    # (the one town of its name, though the report's countries are elsewhere)
    places = found_places(geocoder, "Scientists from the universities of Oregon and Kirkcaldy found how the parasite "
                             "hides. Outbreaks hit Angola, Uganda, Chad and Sudan.")
    assert places["Kirkcaldy"].country_code == "GB"
    assert places["Oregon"].level == "admin1"


def test_a_body_at_a_town_holds_the_town(geocoder):
    places = toponyms_by_name(geocoder, "^Samples/NOUN went/VERB to/ADP the/DET National/PROPN/B-ORG "
                              "Avian/PROPN/I-ORG Laboratory/PROPN/I-ORG at/ADP/I-ORG Liversedge/PROPN/I-ORG "
                              "./PUNCT ^Farmers/NOUN across/ADP England/PROPN/B-GPE kept/VERB birds/NOUN "
                              "inside/ADV ./PUNCT")
    assert places["Liversedge"].country_code == "GB"
    assert not any("Laboratory" in name for name in places)


def test_a_country_s_name_is_no_village_the_report_does_not_place(geocoder):
    # (Brazil, Indiana is a village of a state the report does not name: the country's name
    # opening a body's name is the country)
    doc = tagged_text("^Clinics/NOUN in/ADP Texas/PROPN/B-GPE and/CCONJ Iowa/PROPN/B-GPE saw/VERB cases/NOUN "
                      "in/ADP the/DET United/PROPN/B-GPE States/PROPN/I-GPE ./PUNCT ^The/DET Brazil/PROPN/B-ORG "
                      "Centers/PROPN/I-ORG for/ADP/I-ORG Disease/PROPN/I-ORG Control/PROPN/I-ORG leads/VERB "
                      "the/DET work/NOUN ./PUNCT")
    places = {m.text: m for m in geocoder.toponyms(doc)}
    assert places["Brazil"].country_code == "BR"
    assert places["Texas"].country_code == "US"


def test_a_real_town_of_the_county_s_state_is_listed_not_inside_the_county(geocoder):
    # ("Rancho Cucamonga, Sacramento, ..." lists California's towns: no place of Sacramento
    # County the gazetteer lacks, as "Alverton, Sacramento County" would be)
    from conflictlens.geo.resolve import _listed_town_of_state
    county = next(c for c in geocoder.gaz.lookup("Sacramento County") if c.level == "admin2")
    assert _listed_town_of_state(county, geocoder.gaz.lookup("Rancho Cucamonga"))
    assert not _listed_town_of_state(county, geocoder.gaz.lookup("Alverton"))
