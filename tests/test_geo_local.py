"""Local-news rules of the geocoder: unit abbreviations, county names as country
evidence, short names that are no evidence, and same-name towns read near the
report's other places. Sentences are written for these tests; the names in them are
real places (the gazetteer has no invented ones), the people and events invented.
"""
from __future__ import annotations

import pytest

from conflictlens.geo import Gazetteer, Geocoder
from conflictlens.geo import tables
from conflictlens.geo.geocoder import abbreviation_spans
from conflictlens.geo.patterns import read_context
from conflictlens.nlp.parser import doc_text, parse
from geo_helpers import found


# ---------------------------------------------------------------- abbreviations

def test_every_abbreviation_row_names_a_unit_of_the_gazetteer(geocoder):
    for form, units in tables.admin1_abbreviations().items():
        for cc, code in units:
            unit = geocoder.gaz.admin1(cc, code)
            assert unit is not None and unit.country_code == cc, (form, cc, code)


@pytest.mark.parametrize("text, forms", [
    ("A man from Peoria, Ill., was charged on Monday.", ["Ill."]),
    ("Sen. Jo Brandt (D-Calif.) spoke on Friday.", ["Calif."]),
    ("Roads closed in Dunmore, PA and in NSW after the storm.", ["PA", "NSW"]),
    ("CHARLESTON, W.Va. -- A fire destroyed a barn.", ["W.Va."]),
    ("A man from Beckley, W. Va., was hurt.", ["W. Va."]),
    # "Mass." and "IN" alone are words: read only after "Town, " or a party letter
    ("They attended Mass. Then they walked IN silence to the hall.", []),
])
def test_abbreviations_are_read_where_they_stand_for_a_unit(text, forms):
    assert [text[a:b] for a, b in abbreviation_spans(text)] == forms


def test_town_comma_abbreviation_places_the_town_in_that_unit(geocoder):
    got = found(geocoder, "A man from Peoria, Ill., was charged on Monday.")
    assert got["Ill."].level == "admin1" and got["Ill."].admin1 == "Illinois"
    # Peoria, Arizona is the larger town; the abbreviation says Illinois
    assert got["Peoria"].admin1 == "Illinois" and got["Peoria"].country_code == "US"


def test_an_abbreviation_elsewhere_in_the_report_informs_the_unit(geocoder):
    got = found(geocoder, "Sen. Jo Brandt (D-Ill.) toured a bakery in Springfield on Friday.")
    assert got["Springfield"].admin1 == "Illinois"


def test_an_abbreviation_of_two_countries_units_follows_the_report(geocoder):
    got = found(geocoder, "Bushfires near Perth, WA forced Australian families to leave.")
    assert got["WA"].country_code == "AU"
    got = found(geocoder, "Rain flooded Spokane, WA and Idaho on Friday.")
    assert got["WA"].country_code == "US"


# ---------------------------------------------------------------- country evidence

def prior_of(geocoder, text):
    doc = parse(text)
    t = doc_text(doc)
    spans = geocoder._spans(doc, t)
    return geocoder._prior(t, spans, [read_context(t, s.start, s.end) for s in spans])


def test_county_names_tell_the_country_of_a_local_report(geocoder):
    assert prior_of(geocoder, "A Yavapai County deputy found the stolen truck.").top() == "US"
    # so a town named like a capital abroad is the local one
    got = found(geocoder, "A Yavapai County deputy found the stolen truck near Bagdad on Sunday.")
    assert got["Bagdad"].country_code == "US" and got["Yavapai"].level == "admin2"


def test_a_short_alternate_name_is_no_country_evidence(geocoder):
    # "Mrs" is an alternate name of Marseille: it must not make the report French
    assert "FR" not in prior_of(geocoder, "Mrs Dorrance said the bakery would reopen.")
    assert "Mrs" not in found(geocoder, "Mrs Dorrance said the bakery would reopen.")


def test_a_person_tagged_name_alone_is_no_country_evidence(geocoder):
    assert "ML" not in prior_of(geocoder, "Gao said the talks would resume next week.")
    assert found(geocoder, "Gao said the talks would resume next week.") == {}


# ---------------------------------------------------------------- same-name towns

def test_a_name_shared_by_towns_is_read_near_the_reports_other_towns(geocoder):
    # Alexandria, Virginia (and Egypt) are larger; Sauk Centre lies only in Minnesota
    got = found(geocoder, "Flooding closed roads in Alexandria, in Fergus Falls and in Sauk Centre on Tuesday.")
    assert got["Sauk Centre"].admin1 == "Minnesota"
    assert got["Alexandria"].admin1 == "Minnesota"


def test_a_person_tagged_town_after_in_is_read_in_the_state_of_the_reports_towns(geocoder):
    # the small model tags "Glen Carbon" a person; "in" makes it a place, and with no
    # country named it is taken only because another name of the report (Edwardsville)
    # is a town of the same state
    got = found(geocoder, "The board met in Edwardsville on Monday. "
                          "Work on the new road in Glen Carbon begins next month.")
    assert got["Glen Carbon"].admin1 == "Illinois"
    assert "Glen Carbon" not in found(geocoder, "Flooding closed a road in Glen Carbon on Monday.")


def test_nearness_does_not_turn_a_province_into_a_village(geocoder):
    got = found(geocoder, "The suspect was wanted for attacks in Salahuddin and Diyala provinces "
                          "and was arrested in Kirkuk.")
    assert got["Salahuddin"].level == "admin1"


# ---------------------------------------------------------------- names inside names, datelines

def test_a_town_at_the_start_of_a_local_bodys_name_is_a_place(geocoder):
    got = found(geocoder, "A Yavapai County deputy said the Prescott Police Department arrested a man.")
    assert got["Prescott"].admin1 == "Arizona" and got["Prescott"].level == "city"


def test_a_unit_inside_a_military_commands_name_is_no_place(geocoder):
    got = found(geocoder, "Troops from the Nineveh Operations Command were deployed in Mosul, Iraq.")
    assert not any("Nineveh" in k for k in got) and "Mosul" in got


def test_the_dateline_place_is_a_place_whatever_the_ner_says(geocoder):
    got = found(geocoder, "Two hurt in barn fire. PRESCOTT — Firefighters were called on Monday.")
    assert got["PRESCOTT"].country_code == "US" and got["PRESCOTT"].level == "city"


def test_one_sense_per_report_for_a_name_tagged_a_person_elsewhere(geocoder):
    text = "Prescott woman charged. A Prescott woman was charged on Monday after a fire in Prescott, Ariz."
    got = [m for m in geocoder.find_places(parse(text)) if m.text == "Prescott"]
    assert len(got) == 3 and {m.admin1 for m in got} == {"Arizona"}
    # a title keeps a person a person
    assert "Prescott" not in found(geocoder, "Mayor Prescott said the Yavapai County road would reopen.")


def test_one_sense_from_a_public_building_the_model_tagged_a_facility(geocoder):
    # "Danville" is tagged an organisation, "Danville Municipal Building" a facility:
    # the town opening a public building's name is plainly one, as "in Danville" is
    text = "Danville approved the budget. The vote was held at Danville Municipal Building on Tuesday."
    got = [m for m in geocoder.find_places(parse(text)) if m.text == "Danville"]
    assert len(got) == 2 and len({m.admin1 for m in got}) == 1
    # a diner is no public body: the organisation-tagged name stays no place
    text = "Danville approved the budget. The vote was held at the Danville Diner on Tuesday."
    assert "Danville" not in found(geocoder, text)


def test_city_in_a_towns_own_name_is_kept(geocoder):
    assert found(geocoder, "A man was shot in Kansas City on Friday.")["Kansas City"].admin1 == "Missouri"
    got = found(geocoder, "Henderson and Boulder City will share a police training ground.")
    assert got["Boulder City"].admin1 == "Nevada" and got["Henderson"].admin1 == "Nevada"


def test_names_taken_for_people_or_bodies_match_only_as_spelt(geocoder):
    # a strong country prior must not turn "Senate" into Senath or "Cuomo" into Como
    got = found(geocoder, "Ohio, Iowa and Montana senators met. The Senate heard Cuomo and Dodd on Friday.")
    assert not {"Senate", "Cuomo", "Dodd"} & got.keys()


def test_names_taken_for_people_match_a_towns_other_name_only_as_its_spelling(geocoder):
    # GeoNames lists "McDaniel" among the old names of Lilburn, Georgia: a name the
    # model took for a person or body is no town by a name unlike the town's own
    got = found(geocoder, "Officers in Atlanta, Georgia, arrested a man on Monday. "
                          "McDaniel said the man had fled from a store.")
    assert "McDaniel" not in got and "Atlanta" in got
    # a spelling of the town's own name still counts ("Hasakeh" for Al-Hasakah), and
    # so does an abbreviation of it ("Phila." for Philadelphia)
    got = found(geocoder, "Kurdish forces in Syria said fighting continued. Hasakeh was quiet on Monday, they said.")
    assert got["Hasakeh"].country_code == "SY"
    got = found(geocoder, "Phila. officer charged with drug dealing. The officer worked in the city for ten years.")
    assert got["Phila"].admin1 == "Pennsylvania"


def test_a_legislature_or_a_feast_day_is_no_place(geocoder):
    # Congress, Arizona and Christmas, Florida exist; "Senate" is one letter from Senath
    got = found(geocoder, "Officials in Ohio lobbied Congress for help, and the bill is now in the Senate. "
                          "Sales in Toledo fell after Christmas.")
    assert not {"Congress", "Senate", "Christmas"} & got.keys() and got["Toledo"].admin1 == "Ohio"
    # a unit after a comma still places the town of that name
    got = found(geocoder, "A man from Christmas, Florida, won the contest in Orlando.")
    assert got["Christmas"].admin1 == "Florida"


def test_metro_before_a_city_is_that_city(geocoder):
    # the model tags "Metro Vancouver" an organisation, "Metro Nashville" a facility
    got = found(geocoder, "Metro Vancouver officials want more people to return old medicine, "
                          "a report in British Columbia said.")
    assert got["Vancouver"].admin1 == "British Columbia"
    got = found(geocoder, "The truck was stolen in Tennessee. Metro Nashville police records show the trailer is red.")
    assert got["Nashville"].admin1 == "Tennessee"
    # a place whose own name opens with the word keeps it whole
    got = found(geocoder, "Miners in Greater Sudbury, Ontario, went on strike.")
    assert "Sudbury" not in got and got["Greater Sudbury"].admin1 == "Ontario"


def test_a_name_before_based_or_born_is_a_place(geocoder):
    # the model tags "Northbrook" an organisation, "Rock Hill" a person
    got = found(geocoder, "Officials for Northbrook-based Crate & Barrel could not be reached on Tuesday.")
    assert got["Northbrook"].admin1 == "Illinois"
    got = found(geocoder, "Rock Hill-based Palmetto Cab Co. will give rides on Friday.")
    assert got["Rock Hill"].admin1 == "South Carolina"
    # without the suffix an organisation-tagged name in a report naming no country stays none
    assert "Northbrook" not in found(geocoder, "Officials for Northbrook could not be reached on Tuesday.")


def test_a_state_name_is_not_a_village_near_the_reports_towns(geocoder):
    got = found(geocoder, "Storms hit Sauk Centre and Fergus Falls, Minn., and parts of Iowa.")
    assert got["Iowa"].level == "admin1"


def test_a_country_in_a_list_is_not_a_town_of_the_next_country(geocoder):
    # "China, Japan" is two list items, not the town of China in Japan
    got = found(geocoder, "Officials in Mexico, China, Japan and Brazil reported cases.")
    assert got["China"].level == "country" and got["China"].country_code == "CN"


def test_a_country_name_is_not_a_village_near_the_reports_towns(geocoder):
    # Mexico has villages called Canada and Texas near Pachuca; nearness must not pick them
    got = found(geocoder, "Cases rose in Pachuca, Hidalgo, and in Texas and Canada.")
    assert got["Canada"].level == "country" and got["Texas"].level == "admin1"


def test_the_border_of_a_country_is_the_country(geocoder):
    got = found(geocoder, "Truck drivers waited for hours at the U.S. / Mexico border crossing.")
    assert got["Mexico"].level == "country"


def test_a_continent_at_the_end_of_a_longer_name(geocoder):
    got = found(geocoder, "Coffee growers fear a poor harvest across Central and South America.")
    assert got["South America"].level == "continent" and "America" not in got


def test_county_inside_an_organisations_name_tells_the_country(geocoder):
    assert prior_of(geocoder, "Call the Yavapai County Crimestoppers line with any tip.").top() == "US"


def test_unit_word_of_is_not_part_of_the_name_and_acronyms_are_no_evidence(geocoder):
    got = found(geocoder, "The City of Glen Carbon and the State of Illinois' web site list the TIF district.")
    assert got["Glen Carbon"].admin1 == "Illinois" and got["Illinois"].level == "admin1"
    # "TIF" is an alternate name of Taif: an organisation's acronym says nothing of Saudi Arabia,
    # and "the TIF district" is no district of Glen Carbon
    assert "TIF" not in got
    assert "SA" not in prior_of(geocoder, "The TIF board met. The TIF plan passed.")


def test_a_county_named_without_county_is_the_town_first(geocoder):
    # Arlington County, Virginia, would win by level; the larger town of Arlington is in Texas
    got = found(geocoder, "Council members in Arlington approved drilling near homes on Tuesday.")
    assert got["Arlington"].level == "city" and got["Arlington"].admin1 == "Texas"


def test_names_joined_by_a_hyphen_are_read_one_by_one(geocoder):
    got = found(geocoder, "The Lebanon-Syria treaty was signed in a Prescott-based office, Ariz.")
    assert got["Lebanon"].country_code == "LB" and got["Syria"].country_code == "SY"
    # an Arabic article stays with its name
    got = found(geocoder, "Clashes hit al-Qaim and Abu-Ghraib, Iraq.")
    assert got["al-Qaim"].name == "Al Qaim" and "Abu-Ghraib" in got


def test_a_unit_smaller_than_a_town_of_its_name_gets_no_level_bonus(geocoder):
    # Toledo is also a district of Belize of 30,000 people: never the reading of a bare
    # "Toledo" when towns of that name are far larger (Ohio's, or Spain's with its province)
    assert found(geocoder, "Two men were shot in Toledo on Friday.")["Toledo"].country_code != "BZ"


def test_a_country_inside_a_longer_name_is_ranked_like_any_name(geocoder):
    got = found(geocoder, "The story ran in South Georgia News. Another name was added in Catawba County.")
    assert got["Georgia"].country_code == "US" and got["Georgia"].level == "admin1"


def test_one_sense_only_for_places_in_the_reports_countries(geocoder):
    # a surname that the NER once tags as a place abroad does not make the person a town
    text = ("Deputies in Yavapai County said Maldonado was held. Witnesses from Maldonado "
            "said Maldonado had left. Maldonado denied it.")
    got = [m for m in geocoder.find_places(parse(text)) if m.text == "Maldonado"]
    assert all(m.country_code == "US" for m in got) or len(got) <= 1


def test_unit_centres_table_corrects_centres_pulled_by_islands(gazetteer_file):
    from conflictlens.geo.gazetteer import haversine_km
    gaz = Gazetteer.open(gazetteer_file, build_if_missing=False)
    england = next(c for c in gaz.lookup("England") if c.level == "admin1")
    lat, lon = gaz.centre(england.place_id)
    assert haversine_km(lat, lon, 52.56, -1.46) < 1
    # units not in the table keep their computed centre; events keep the capital
    texas = next(c for c in gaz.lookup("Texas") if c.level == "admin1")
    assert gaz.centre(texas.place_id) is not None
    m = found(Geocoder(gaz), "Floods hit England on Monday.")["England"]
    assert m.location == "London" and m.geo_precision == 3


def test_an_abbreviation_after_a_comma_is_a_container_not_a_list_item(geocoder):
    got = found(geocoder, "The senator flew home to Washington, D.C. after the vote was delayed.")
    assert got["Washington"].level == "city" and got["Washington"].admin1 == "District of Columbia"


def test_a_village_does_not_take_a_big_citys_name_from_nearness(geocoder):
    # Boston, New York (a village near Buffalo) is near the other towns, but Boston,
    # Massachusetts is a hundred times larger
    got = found(geocoder, "Flu emergencies were declared in Lackawanna, in Cheektowaga and in Boston.")
    assert got["Cheektowaga"].admin1 == "New York" and got["Boston"].admin1 == "Massachusetts"


def test_a_bare_capital_name_is_the_capital_not_the_unit(geocoder):
    got = found(geocoder, "Egypt cooperated closely with Washington at times.")
    assert got["Washington"].level == "city" and got["Washington"].admin1 == "District of Columbia"
    # the words around can still say the unit
    assert found(geocoder, "Officials in Washington state said the fires spread.")["Washington"].level == "admin1"


def test_country_names_match_only_as_spelt(geocoder):
    got = found(geocoder, "Police arrest suspected Albany serial rapist.")
    assert "Albany" in got and got["Albany"].level != "country"


def test_dateline_country_from_the_unit_after_the_comma(geocoder):
    text = "Child hurt in Hamilton\n\nHAMILTON, Ohio (WKRX) – Hamilton police say a child was hurt."
    got = [m for m in geocoder.find_places(parse(text)) if m.text.lower() == "hamilton"]
    # Bermuda has a parish called Hamilton; the dateline says Ohio, and the bare name is the
    # town, not Hamilton County
    assert got and all(m.admin1 == "Ohio" and m.level == "city" for m in got)
    # a country name in a dateline stays the country
    assert prior_of(geocoder, "Georgia – The prime minister of Georgia spoke in Tbilisi.").top() == "GE"


# ---------------------------------------------------------------- people's surnames

def test_the_surname_of_a_person_named_in_full_is_that_person(geocoder):
    # Baker, Oregon and Hughes County, Oklahoma exist; here they are people
    got = found(geocoder, "Martha Baker opened a bakery in Tulsa, Okla., last spring. "
                          "Baker said sales had doubled since then.")
    assert "Baker" not in got and got["Tulsa"].admin1 == "Oklahoma"
    got = found(geocoder, "Council member Ruth Hughes voted against the plan in Ardmore, Okla. "
                          "Hughes, 61, said the road was unsafe.")
    assert "Hughes" not in got and "Ardmore" in got


def test_the_surname_before_a_generational_suffix_is_that_person(geocoder):
    # Hastings, Nebraska exists; "Richard Hastings II" makes the later "Hastings" him
    text = ("A judge in Omaha, Nebraska, dismissed the charge against Richard Hastings II on Monday. "
            "Hastings, who works as a nurse, said he was relieved.")
    got = found(geocoder, text)
    assert "Hastings" not in got and "Omaha" in got
    # the suffix is no surname, and a town named before anyone is still a town
    got = found(geocoder, "Officers from Hastings and Omaha, Nebraska, arrested Tom Smith Jr. on Monday.")
    assert got["Hastings"].admin1 == "Nebraska"


def test_each_part_of_a_double_barrelled_surname_is_that_person(geocoder):
    # Green, Ohio exists; "Hugley-Green" split at its hyphen leaves a "Green" that is her
    text = ("School board member Pat Hugley-Green kept her seat in Columbus, Georgia. "
            "Hugley-Green won 63 percent of the vote.")
    got = found(geocoder, text)
    assert "Green" not in got and got["Columbus"].admin1 == "Georgia"
    # two towns joined by a hyphen are still read one by one
    got = found(geocoder, "Voters in Logan-Rogersville and Springfield, Missouri, approved the bond on Tuesday.")
    assert got["Rogersville"].admin1 == "Missouri"


def test_a_surname_the_words_place_is_still_a_place(geocoder):
    got = found(geocoder, "Tom Clinton drove to Clinton, Iowa, on Monday to see his brother.")
    assert got["Clinton"].admin1 == "Iowa"


def test_the_given_name_of_a_person_named_in_full_is_that_person(geocoder):
    # Justin, Texas and Ava, Missouri exist; here they are a boy and a girl named in full first
    got = found(geocoder, "Justin Corwell, 14, of Palisade, was hit by a stray round. "
                          "Justin had been camping with an uncle near Grand Junction, Colorado.")
    assert "Justin" not in got and got["Palisade"].admin1 == "Colorado"
    got = found(geocoder, "Ava Lindqvist, 6, was wounded by gunfire outside a store in Houston, Texas. "
                          "Ava died at a hospital, deputies said.")
    assert "Ava" not in got and got["Houston"].admin1 == "Texas"


def test_a_given_name_the_words_place_is_still_a_place(geocoder):
    got = found(geocoder, "Justin Burns drove to a store in Justin, Texas, on Monday.")
    assert got["Justin"].admin1 == "Texas"


def test_given_names_come_only_from_full_personal_names(geocoder):
    from conflictlens.geo.people import given_names

    doc = parse("Historic Dublin hosted a fair. Martha Baker and Henry County officials came.")
    got = given_names(doc, lambda name: any(c.match == "exact" for c in geocoder.gaz.lookup(name)))
    assert "martha" in got and "henry" not in got
    # a body the model took for a person, its second word written in lower case elsewhere
    doc = parse("Crews from Alverton Fire arrived at the fire on Main Street. Alverton Fire said no one was hurt.")
    assert "alverton" not in given_names(doc, lambda name: False)
    doc = parse("Ann Lee trained horses at Alverton Racecourse.")
    got = given_names(doc, lambda name: False)
    assert "ann" in got and "alverton" not in got


def test_surnames_come_only_from_full_personal_names(geocoder):
    from conflictlens.geo.people import surnames

    doc = parse("Historic Dublin hosted a fair. Martha Baker and Henry County officials came.")
    got = surnames(doc, lambda name: any(c.match == "exact" for c in geocoder.gaz.lookup(name)))
    assert "baker" in got and "county" not in got


def test_person_words_are_the_surnames_and_given_names_read_once():
    from conflictlens.geo.people import given_names, person_words, surnames

    doc = parse("Martha Baker spoke to Jo Kane. Baker said Jo was safe.")
    looked_up = []

    def is_place(name: str) -> bool:
        looked_up.append(name)
        return False
    got = person_words(doc, is_place)
    assert got == surnames(doc, lambda n: False) | given_names(doc, lambda n: False)
    assert {"baker", "martha"} <= got
    assert len(looked_up) == len(set(looked_up))  # each full name looked up once


def test_a_big_town_says_the_country_even_when_a_county_of_its_name_ranks_first(geocoder):
    # "Dallas" is first Dallas County, Texas; the town of 1.3 million is evidence all the same
    got = found(geocoder, "A Dallas woman was hurt in a crash near Athens on Friday, police said.")
    assert got["Athens"].country_code == "US"


def test_provinces_with_an_empty_north_sit_at_the_middle_of_their_extent(gazetteer_file):
    # Ontario reaches from Lake Erie (about 41.7 N) to Hudson Bay (about 56.9 N); its
    # towns stop near 53 N, so their extent alone would put it near Sault Ste. Marie
    gaz = Gazetteer.open(gazetteer_file, build_if_missing=False)
    ontario = next(c for c in gaz.lookup("Ontario") if c.level == "admin1")
    lat, _lon = gaz.centre(ontario.place_id)
    assert 48.5 < lat < 50.5
    # the province's events stay at its capital
    m = found(Geocoder(gaz), "Schools closed across Ontario on Monday.")["Ontario"]
    assert m.location == "Toronto"
    # a territory keeps its towns' centre (not the Arctic islands)
    yukon = next(c for c in gaz.lookup("Yukon") if c.level == "admin1")
    assert gaz.centre(yukon.place_id)[0] < 64


def test_a_sentences_article_is_no_part_of_the_name(geocoder):
    got = found(geocoder, "Flu cases rose in Texas this year. A Longview woman said she was scared.")
    assert got["Longview"].admin1 == "Texas"
    # unless the article is the place's own ("A Coruña")
    assert found(geocoder, "A Coruña fan was hurt in Spain.")["A Coruña"].country_code == "ES"


@pytest.mark.parametrize("text, name, admin1", [
    ("The board will meet at Ludlow Town Hall in Massachusetts on Monday.", "Ludlow", "Massachusetts"),
    ("The Ohio Supreme Court heard the case of a man from Dayton.", "Ohio", "Ohio"),
])
def test_a_place_opening_a_public_bodys_name_is_a_place(geocoder, text, name, admin1):
    got = {m.text: m for m in geocoder.find_places(parse(text))}
    assert got[name].admin1 == admin1


def test_state_opens_no_public_bodys_name(geocoder):
    # "the Lansing State Journal" is a newspaper
    assert "Lansing" not in found(geocoder, "He told the Lansing State Journal that he would run again.")


def test_a_word_the_report_also_writes_in_lower_case_is_no_town(geocoder):
    # Congress, Arizona exists; here it is the legislature
    got = found(geocoder, "Congress passed the bill on Tuesday. A congress aide in Dayton, Ohio, "
                          "said the vote was close.")
    assert "Congress" not in got and got["Dayton"].admin1 == "Ohio"
    # the words around still make a place of it
    assert found(geocoder, "A fire broke out in Congress, Arizona. The congress of the county met.")[
        "Congress"].admin1 == "Arizona"


# ---------------------------------------------------------------- abbreviated name words

def test_abbreviation_variants_go_both_ways_but_not_for_a_last_word():
    from conflictlens.geo.gazetteer import abbreviation_variants

    assert "saint paul" in abbreviation_variants("st paul")
    assert "mt vernon" in abbreviation_variants("mount vernon")
    assert {"point pleasant", "port pleasant"} <= set(abbreviation_variants("pt pleasant"))
    assert "port saint lucie" in abbreviation_variants("port st lucie")
    assert abbreviation_variants("main st") == ["main st"]  # a street


@pytest.mark.parametrize("short, full", [
    ("Ste. Genevieve", "Sainte Genevieve"), ("Mt. Vernon", "Mount Vernon"), ("Ft. Myers", "Fort Myers"),
])
def test_abbreviated_forms_find_the_towns_of_the_full_form(geocoder, short, full):
    got = {(c.name, c.admin1) for c in geocoder.gaz.lookup(short) if c.level == "city"}
    assert {(c.name, c.admin1) for c in geocoder.gaz.lookup(full) if c.level == "city"} <= got


def test_the_form_written_wins_where_nothing_else_decides(geocoder):
    # Saint-Louis is also a Senegalese region; "St. Louis" alone is the Missouri city
    assert found(geocoder, "A woman was wounded in St. Louis on Friday, police said.")[
        "St. Louis"].admin1 == "Missouri"
    # the New York Mount Vernon, which GeoNames does not write "Mt. Vernon"
    assert found(geocoder, "A teenager was shot in Mt. Vernon, N.Y., on Saturday.")[
        "Mt. Vernon"].admin1 == "New York"


def test_an_abbreviation_written_in_full_is_an_exact_match(geocoder):
    # "St." is "Saint": the same name, not a spelling variant, so no country prior is needed
    for short, full in [("St. Louis County", "Saint Louis County"), ("Ft. Bend County", "Fort Bend County"),
                        ("Mt. Vernon", "Mount Vernon")]:
        got = [c for c in geocoder.gaz.lookup(short) if c.name == full]
        assert got and all(c.match == "exact" for c in got)
    # the name as written still comes first where nothing else decides
    top = geocoder.gaz.lookup("Mt. Vernon")[0]
    assert top.name == "Mount Vernon" and not top.variant
    # a real misspelling is no such match: fuzzy, and only under a country prior
    assert geocoder.gaz.lookup("Sant Louis County") == []
    assert all(c.match == "fuzzy" for c in geocoder.gaz.lookup("Sant Louis County", "US"))


@pytest.mark.parametrize("text, name, full, admin1", [
    ("St. Louis County deputies said a man was shot on Tuesday.", "St. Louis County", "Saint Louis County",
     "Missouri"),
    ("Ft. Bend County deputies arrested two men after a chase on Friday.", "Ft. Bend County",
     "Fort Bend County", "Texas"),
    ("Ste. Genevieve County deputies said a barn burned down overnight.", "Ste. Genevieve County",
     "Sainte Genevieve County", "Missouri"),
    ("Mt. Vernon police said a man was shot on Tuesday.", "Mt. Vernon", "Mount Vernon", None),
])
def test_an_abbreviated_name_is_found_in_a_report_naming_no_country(geocoder, text, name, full, admin1):
    got = [m for m in found(geocoder, text).values() if name.startswith(m.text)]
    assert got and got[0].name == full and got[0].country_code == "US"
    if admin1:
        assert got[0].admin1 == admin1


@pytest.mark.parametrize("text, name", [
    ("Sant Louis County deputies said a man was shot on Tuesday.", "Sant Louis County"),
    ("Shreveprt police said a man was shot on Tuesday.", "Shreveprt"),
])
def test_a_misspelt_name_still_needs_a_country_prior(geocoder, text, name):
    assert name not in found(geocoder, text)


@pytest.mark.parametrize("text, name, admin1", [
    ("ST. PAUL, Minn. -- A man was shot early Sunday outside a bar, police said.", "ST. PAUL", "Minnesota"),
    # no state after it: the report's other places say which Saint Paul
    ("ST. PAUL -- Police said a man was shot on Friday near a park in Minneapolis.", "ST. PAUL", "Minnesota"),
    ("FORT WORTH, Texas (AP) -- A man was shot outside a store on Friday.", "FORT WORTH", "Texas"),
    ("NEW ORLEANS -- Two people were wounded in a shooting on Saturday.", "NEW ORLEANS", "Louisiana"),
    ("EAST ST. LOUIS, Ill. -- A man was killed in a shooting, police said.", "EAST ST. LOUIS", "Illinois"),
])
def test_an_upper_case_dateline_of_several_words_is_one_name(geocoder, text, name, admin1):
    got = found(geocoder, text)
    assert got[name].admin1 == admin1 and got[name].level == "city"
    # never a part of it on its own ("PAUL" is a region of Cape Verde)
    assert not [k for k in got if k != name and k in name]


def test_a_name_opened_by_an_abbreviated_word_is_a_place(geocoder):
    # the small model tags nothing in "Ft. Worth police", or only "Worth"
    assert found(geocoder, "Ft. Worth police said a man was shot on Friday.")["Ft. Worth"].admin1 == "Texas"
    got = found(geocoder, "Officers in St. Paul and Ft. Worth said two men were arrested.")
    assert got["Ft. Worth"].admin1 == "Texas" and "Worth" not in got
    # a saint's church or a name the gazetteer lacks as written is none
    got = found(geocoder, "He prayed to St. Jude at St. Mary's Church in St. Louis.")
    assert "St. Jude" not in got and "St. Mary" not in got and got["St. Louis"].admin1 == "Missouri"


def test_a_name_opened_by_an_abbreviated_word_in_capitals_is_whole(geocoder):
    # a transcript in capitals: the model tags the second word alone, which the
    # neighbourhood rule then put in the report's other city
    got = found(geocoder, "NEIGHBORS GATHERED IN THE ST. AUGUSTINE NEIGHBORHOOD. THE BOY IS IN A HOSPITAL IN "
                          "JACKSONVILLE.")
    assert got["ST. AUGUSTINE"].admin1 == "Florida" and got["ST. AUGUSTINE"].location != "Jacksonville - AUGUSTINE"
    assert "AUGUSTINE" not in got and "ST" not in got
    # (only in a passage in capitals: a repeated dateline amid ordinary text is left to the model)
    assert geocoder._abbreviated_names("ST. ALBANS, Vt. (WXYZ) –The police asked for help.") == []
    assert geocoder._abbreviated_names("THE POLICE IN ST. ALBANS ASKED FOR HELP.") != []
    # (nor a saint's possession in capitals)
    got = found(geocoder, "THE BOY WAS TAKEN TO ST. JOSEPH'S HOSPITAL IN ALBANY ON FRIDAY.")
    assert "ST. JOSEPH" not in got


# ---------------------------------------------------------------- surnames named like provinces

def test_a_surname_named_like_a_province_abroad_is_the_person(geocoder):
    # Van is a Turkish province; in a report on Texas it is the officer's surname
    got = found(geocoder, "Officer Tom Van said the suspect fled toward Dallas. Van said the man was armed.")
    assert "Van" not in got and got["Dallas"].admin1 == "Texas"
    # a state of the report's own country stays the state
    got = found(geocoder, "Rita Georgia met voters in Atlanta. Georgia said she would run in Augusta, Georgia.")
    assert got["Atlanta"].admin1 == "Georgia"


# ---------------------------------------------------------------- towns of one state

def test_towns_of_a_report_naming_no_state_are_read_in_the_state_they_share(geocoder):
    # Springfield, Missouri and Peoria, Arizona are the larger; both names have an Illinois town
    got = found(geocoder, "The family drove from Springfield to Peoria after the shooting, police said.")
    assert got["Springfield"].admin1 == "Illinois" and got["Peoria"].admin1 == "Illinois"
    # but no village takes a big city's name so
    got = found(geocoder, "A man who lives in Denver was shot in Aurora on Friday.")
    assert got["Denver"].admin1 == "Colorado"


def test_more_of_the_reports_towns_in_one_state_outweigh_one_in_another(geocoder):
    # Litchfield, New Hampshire is the larger; New Hampshire has a Danbury too, but
    # Connecticut has Danbury, New Milford and Bantam
    for text in ("Crews from Bantam, Danbury and New Milford helped put out the fire. The owner lives in Litchfield.",
                 "The owner lives in Litchfield. Crews came from Bantam, Danbury and New Milford."):
        assert found(geocoder, text)["Litchfield"].admin1 == "Connecticut"


def test_a_town_put_in_its_state_is_no_village_beside_a_big_county_of_its_name(geocoder):
    # Caddo Parish, Louisiana dwarfs Caddo, Oklahoma, a town of a thousand; but beside
    # Caddo County the town is measured against towns, not against the parish
    got = found(geocoder, "Orin Blevet adopted a pony in Caddo, Okla. last spring.")
    assert got["Caddo"].level == "city" and got["Caddo"].admin1 == "Oklahoma"


def test_an_independent_city_does_not_hold_its_own_town_as_a_named_town(geocoder):
    # the City of Norfolk (a county-level unit) is the town of Norfolk itself: naming
    # Norfolk is no evidence for the unit over the Norfolk of Nebraska
    city = next(c for c in geocoder.gaz.lookup("Norfolk") if c.name == "City of Norfolk")
    assert not geocoder._holds_named_town(city, {"Norfolk"})
    county = next(c for c in geocoder.gaz.lookup("Henry County") if c.admin1 == "Tennessee")
    assert geocoder._holds_named_town(county, {"Paris"})


# ---------------------------------------------------------------- provinces sharing a town's name

def test_a_province_named_like_a_town_abroad_counts_when_the_reports_towns_lie_in_it(geocoder):
    # Ontario, California is a city of 175,000: alone, "Ontario" says no country, but
    # with Toronto it is the province, and the bare dateline LONDON is London, Ontario
    got = found(geocoder, "LONDON -- A man from Ontario was charged in Toronto on Monday.")
    assert got["LONDON"].country_code == "CA" and got["LONDON"].admin1 == "Ontario"
    # without a town of the province, the dateline stays the capital
    got = found(geocoder, "LONDON -- The Prime Minister met the Premier of Ontario on Monday.")
    assert got["LONDON"].country_code == "GB"
    got = found(geocoder, "LONDON (Reuters) - A man was charged in Manchester on Monday.")
    assert got["LONDON"].country_code == "GB"
    # and the Californian city stays one among Californian towns
    assert found(geocoder, "A man from Ontario was arrested in Riverside on Monday.")["Ontario"].admin1 == "California"


# ---------------------------------------------------------------- datelines with a tag, "north X"

@pytest.mark.parametrize("text, name, admin1", [
    ("Man shot on Friday. ST. LOUIS (KTVI) - A man was shot on Friday.", "ST. LOUIS", "Missouri"),
    ("Fire destroys barn. PRESCOTT (AP) -- Firefighters were called on Monday.", "PRESCOTT", "Arizona"),
    ("Truck overturns. DENVER (Reuters) - A truck overturned on the highway.", "DENVER", "Colorado"),
])
def test_a_dateline_after_a_headline_may_carry_a_station_or_agency_tag(geocoder, text, name, admin1):
    from conflictlens.geo.context import dateline_place
    assert dateline_place(text) == name
    m = found(geocoder, text)[name]
    assert m.admin1 == admin1 and m.level == "city"


def test_a_direction_word_before_a_town_is_that_town_at_lower_precision(geocoder):
    # not Saint Louis County (spelt otherwise), nor "no place"
    m = found(geocoder, "Police say a man was killed in north St. Louis on Monday night.")["St. Louis"]
    assert m.level == "city" and m.admin1 == "Missouri" and m.geo_precision == 2
    m = found(geocoder, "Two men were shot in northern Prescott, Ariz., on Friday.")["Prescott"]
    assert m.level == "city" and m.geo_precision == 2
    # a province keeps its region reading
    assert found(geocoder, "Clashes in western Anbar left five dead.")["Anbar"].level == "admin1"


# ---------------------------------------------------------------- a state inside an organisation's name

@pytest.mark.parametrize("text, name, admin1", [
    ("A spokesman for the Indiana Department of Transportation said a man from Marion was hurt.",
     "Marion", "Indiana"),
    ("A man was hurt in Springfield, the Missouri State Highway Patrol said. Americans drive a lot.",
     "Springfield", "Missouri"),
])
def test_a_state_opening_an_organisations_name_says_the_reports_state(geocoder, text, name, admin1):
    assert found(geocoder, text)[name].admin1 == admin1


def test_a_country_name_opening_an_organisations_name_is_no_state(geocoder):
    # "Georgia Power" could be the state or the country: no state evidence from it
    from conflictlens.geo.context import CountryPrior
    from conflictlens.geo.geocoder import _Span
    prior = CountryPrior()
    assert geocoder._state_in_name("Georgia Power said the line was cut.", _Span(0, 13, "ORG"), prior) is None
    unit, office = geocoder._state_in_name("The Texas Rangers said.", _Span(0, 17, "ORG"), prior)
    assert unit.admin1_code == "US.TX" and not office
    unit, office = geocoder._state_in_name("The Indiana Department of Transportation said.",
                                           _Span(0, 38, "ORG"), prior)
    assert unit.admin1_code == "US.IN" and office
    # and it says the state only in a country the report is about: "Delta" opening an
    # airline's name in a report on Ohio is no Nigerian state
    got = found(geocoder, "Delta Air Lines cut flights from Dayton, Ohio.")
    assert all(m.country_code != "NG" for m in got.values())


def test_a_state_named_like_a_country_opening_an_organisations_name_is_the_state_of_its_towns(geocoder):
    # the report's town has a namesake in that state: the state, not the country
    got = found(geocoder, "Georgia Bureau of Investigation agents arrested a man in Albany on Monday.")
    assert got["Albany"].admin1 == "Georgia"
    # without the organisation a larger namesake stays
    assert found(geocoder, "Agents arrested a man in Albany on Monday.")["Albany"].admin1 != "Georgia"
    # no town of the state in the report: nothing said, the country's towns stay
    got = found(geocoder, "The Georgia Ministry of Defence said troops moved into Gori on Monday.")
    assert got["Gori"].country_code == "GE"


# ---------------------------------------------------------------- counties of one name

def test_a_county_holding_the_town_of_a_local_bodys_name_is_that_one(geocoder):
    got = found(geocoder, "The Athens Police Department arrested a man on Monday. "
                          "He was held at the Henderson County Jail on Tuesday.")
    assert got["Athens"].admin1 == "Texas"
    assert got["Henderson"].admin1 == "Texas" and got["Henderson"].level == "admin2"


def test_a_county_of_a_shared_name_is_in_the_state_the_report_names_most(geocoder):
    got = found(geocoder, "Boone County's jobless rate rose, figures released by Indiana show. "
                          "Indiana lost jobs, as did Kentucky. Boone County fared better than Indiana.")
    assert got["Boone"].admin1 == "Indiana"
    # named once each, no state is the report's own
    from conflictlens.geo.context import CountryPrior
    prior = CountryPrior()
    prior.admin1_mentions.update(["US.IN", "US.KY"])
    assert prior.home_admin1() == ""
    prior.admin1_mentions.update(["US.IN"])
    assert prior.home_admin1() == "US.IN"


# ---------------------------------------------------------------- namesakes across borders

@pytest.mark.parametrize("text", [
    "The jockey grew up in Newmarket and now trains horses near Huntingdon and Cambridge.",
    "He moved from Newmarket to Cambridge, then opened a shop near Huntingdon.",
])
def test_a_namesake_near_the_reports_settled_towns_wins_across_borders(geocoder, text):
    # Newmarket and Cambridge are also neighbouring towns of Ontario; Huntingdon settles
    # the report in England, and both names are read near it
    got = found(geocoder, text)
    assert got["Cambridge"].country_code == "GB" and got["Newmarket"].country_code == "GB"


def test_a_namesake_abroad_far_from_the_settled_towns_gains_nothing(geocoder):
    got = found(geocoder, "Students from Waltham and Cambridge marched on Saturday.")
    assert got["Cambridge"].admin1 == "Massachusetts"


def test_a_names_own_size_is_no_evidence_against_a_namesake_near_the_settled_towns(geocoder):
    # London says Britain by its size once a mention; next to Kitchener, that is no
    # evidence for its own reading: it is London, Ontario
    text = ("The team from Kitchener lost in London on Friday. Fans in London cheered, "
            "and the team plays in London again on Sunday.")
    got = [m for m in geocoder.find_places(parse(text)) if m.text == "London"]
    assert got and all(m.country_code == "CA" and m.admin1 == "Ontario" for m in got)


def test_with_no_settled_town_the_capital_keeps_its_name(geocoder):
    text = ("Protesters marched in London on Saturday. Police in London said the march "
            "through London was peaceful.")
    got = [m for m in geocoder.find_places(parse(text)) if m.text == "London"]
    assert got and all(m.country_code == "GB" for m in got)


# ---------------------------------------------------------------- the state of the settled towns

@pytest.mark.parametrize("text", [
    "A man was arrested in Valdosta on Wednesday, the first such arrest in Georgia this year.",
    "Deputies in Valdosta and Tifton said floods hit southern Georgia on Monday.",
])
def test_the_state_holding_the_reports_settled_towns_beats_a_country_of_its_name(geocoder, text):
    m = found(geocoder, text)["Georgia"]
    assert m.country_code == "US" and m.level == "admin1"


@pytest.mark.parametrize("text", [
    "Floods hit Georgia on Monday, officials in Tbilisi said.",
    "Troops crossed into Georgia on Monday, officials said.",
])
def test_without_settled_towns_of_the_state_georgia_stays_the_country(geocoder, text):
    assert found(geocoder, text)["Georgia"].country_code == "GE"


# ---------------------------------------------------------------- units read through their seat town

@pytest.mark.parametrize("text", [
    "A man was shot dead in Toledo on Saturday night, police said.",
    "Two people were wounded in a shooting in Toledo on Friday.",
])
def test_a_province_named_like_its_town_ranks_at_the_towns_size(geocoder, text):
    # the Spanish province (626k) is read through its town (86k): Toledo, Ohio (266k) wins
    assert found(geocoder, text)["Toledo"].country_code == "US"


@pytest.mark.parametrize("text", [
    "Gunfire erupted outside a bar in Toledo, Spain, on Sunday.",
    "Police in Seville and Toledo arrested three men on Sunday.",
    "Spanish police in Toledo arrested three men on Sunday.",
])
def test_the_spanish_toledo_stays_with_spanish_evidence(geocoder, text):
    assert found(geocoder, text)["Toledo"].country_code == "ES"


# ---------------------------------------------------------------- abbreviations that spell a word

@pytest.mark.parametrize("text", [
    "Police in Stockton said the shooting was an ACT of revenge.",
    "The shooting in Stockton was an ACT of terror, police said.",
])
def test_an_abbreviation_spelling_a_word_is_no_unit_alone(geocoder, text):
    got = found(geocoder, text)
    assert "ACT" not in got and got["Stockton"].country_code == "US"


@pytest.mark.parametrize("text", [
    "A man was shot in Canberra, ACT, on Sunday.",
    "A man was shot in Belconnen, ACT, on Sunday.",
])
def test_an_abbreviation_spelling_a_word_places_a_town_after_a_comma(geocoder, text):
    m = found(geocoder, text)["ACT"]
    assert m.country_code == "AU" and m.level == "admin1"


def test_word_abbreviations_are_marked_in_the_table():
    assert "ACT" in tables.admin1_abbreviation_words() and "ACT" in tables.admin1_abbreviations()
    assert "NSW" not in tables.admin1_abbreviation_words()


# ---------------------------------------------------------------- a capital's province as evidence

@pytest.mark.parametrize("text", [
    "Protests spread to Madrid and Toledo on Sunday, police said.",
    "Riot police were deployed in Madrid and in Toledo overnight.",
])
def test_a_capital_ranked_through_its_province_says_its_country(geocoder, text):
    # "Madrid" ranks as its region first, and Madrid, Colombia (135k) kept the region
    # from saying Spain; the capital (3.3M) dwarfs it, so it says Spain as a town would
    got = found(geocoder, text)
    assert got["Madrid"].country_code == "ES" and got["Toledo"].country_code == "ES"


@pytest.mark.parametrize("text", [
    "Officials in Madrid said the talks would resume. A Toledo man was shot on Friday in Ohio.",
    "A man was shot dead in Toledo on Saturday night, police said.",
])
def test_a_capital_abroad_does_not_outweigh_the_reports_own_state(geocoder, text):
    assert found(geocoder, text)["Toledo"].country_code == "US"


@pytest.mark.parametrize("text, town, country", [
    # a big city of a country the report names by other words dwarfs a namesake a
    # twentieth its size in the report's other country, as a capital abroad does
    ("American tourists from Chicago, Atlanta and Baltimore visited Russia and toured St. Petersburg, "
     "then flew home to the United States.", "St. Petersburg", "RU"),
    # ... not when the report says nothing else of that country
    ("American tourists from Chicago, Atlanta and Baltimore toured St. Petersburg, then flew home.",
     "St. Petersburg", "US"),
])
def test_a_big_city_of_a_country_the_report_names_dwarfs_a_namesake(geocoder, text, town, country):
    assert found(geocoder, text)[town].country_code == country


# ---------------------------------------------------------------- another name of a village, no country

@pytest.mark.parametrize("text", [
    "The boy died at Mercy.",
    "He was taken to Mercy, where he died.",
])
def test_a_village_by_another_of_its_names_is_no_answer_in_a_report_naming_no_country(geocoder, text):
    # "Mercy" is only the first word of Mercy-le-Bas, a French village of 1,351 (a
    # spelling of a whole name, "Haditha" for Hadithah, is still read: test_near_is_precision_2)
    assert "Mercy" not in found(geocoder, text)


@pytest.mark.parametrize("text, cc", [
    ("Two men were arrested in Waupun on Tuesday.", "US"),  # its own name, however small
    ("Fighting was reported near Mercy-le-Bas on Tuesday.", "FR"),
])
def test_a_village_by_its_own_name_is_still_read_in_a_report_naming_no_country(geocoder, text, cc):
    got = found(geocoder, text)
    assert len(got) == 1 and next(iter(got.values())).country_code == cc


# ---------------------------------------------------------------- a town before its local body's word

@pytest.mark.parametrize("text", [
    "A man from Brookfield, Connecticut, was arrested by Bethel police on Monday night.",
    "A man from Brookfield, Connecticut, was arrested by Bethel police.",
])
def test_a_title_word_before_a_towns_police_does_not_make_the_town_a_person(geocoder, text):
    # "by" and "said" precede people; "Bethel police" (tagged an organisation) is the
    # town's body, so the town
    m = found(geocoder, text)["Bethel"]
    assert m.country_code == "US" and m.admin1 == "Connecticut"


@pytest.mark.parametrize("text", [
    "A man was arrested in Kent, Ohio, said Ravenna Jones on Monday.",
    "A man from Kent, Ohio, was arrested by Ravenna on Monday night.",
])
def test_a_title_word_before_a_name_without_a_body_still_makes_it_a_person(geocoder, text):
    assert "Ravenna" not in found(geocoder, text)


@pytest.mark.parametrize("text, name", [
    ("A barn burned in Kent, Ohio, said Ravenna Police Chief Jo Kane.", "Ravenna"),
    ("A barn burned in Kent, Ohio, said Streetsboro Fire Chief Jo Kane.", "Streetsboro"),
])
def test_a_towns_name_before_its_bodys_title_in_a_persons_span_is_the_town(geocoder, text, name):
    m = found(geocoder, text)[name]
    assert m.country_code == "US" and m.admin1 == "Ohio"


def test_a_towns_name_before_a_bodys_title_needs_the_reports_country(geocoder):
    # read as an untagged name: no Ravenna in a report that names no country
    assert "Streetsboro" not in found(geocoder, "No one was hurt, said Streetsboro Fire Chief Jo Kane.")


# ---------------------------------------------------------------- a direction word before a county's short name

@pytest.mark.parametrize("text", [
    "The council approved a gas well in north Arlington on Tuesday.",
    "A new store opened in southeast Arlington on Tuesday, the mayor said.",
    "Arlington council backs gas wells. ARLINGTON -- The council approved a gas well in north Arlington.",
])
def test_a_direction_word_before_a_countys_short_name_is_part_of_the_town(geocoder, text):
    # "north Arlington" is a part of Arlington, Texas (a town of 390k), not Arlington
    # County, Virginia, which the name reaches only without its "County"
    got = [m for m in geocoder.find_places(parse(text)) if m.text == "Arlington"]
    assert got and all(m.level == "city" and m.admin1 == "Texas" for m in got)


@pytest.mark.parametrize("text", [
    "Shots were fired in south Arlington County on Tuesday, Virginia police said.",
    "Floods hit northern Nineveh on Tuesday, officials in Mosul said.",
])
def test_a_direction_word_before_a_units_own_name_is_still_the_unit(geocoder, text):
    got = [m for m in geocoder.find_places(parse(text)) if m.text in ("Arlington", "Nineveh")]
    assert got and got[0].level in ("admin1", "admin2")


# ---------------------------------------------------------------- two places joined by a hyphen

@pytest.mark.parametrize("text, second", [
    ("Flights between Washington-Moscow resumed.", "Moscow"),
    ("The Paris-Henry County Heritage Center opened in Tennessee.", "Henry"),
])
def test_the_second_of_two_places_joined_by_a_hyphen_is_read(geocoder, text, second):
    # the model tags only the first ("Washington"); the pair is read, then split
    assert second in found(geocoder, text)


def test_a_hyphen_pair_the_model_tagged_apart_is_not_read_twice(geocoder):
    ms = geocoder.find_places(parse("A man was shot in Batesburg-Leesville, South Carolina, on Monday."))
    spans = [(m.start, m.end) for m in ms]
    assert all(b1 <= a2 for (_a1, b1), (a2, _b2) in zip(spans, spans[1:])), spans


# ---------------------------------------------------------------- a title word before a town's officer

@pytest.mark.parametrize("text, name, admin1", [
    ("Flooding hit Ohio on Monday, said Kent Mayor Jo Kane.", "Kent", "Ohio"),
    ("Pupils fell ill in Batangas, Philippines, said Mabini Vice-Mayor Ester Cruz.", "Mabini", "Calabarzon"),
])
def test_a_title_word_before_a_towns_mayor_does_not_make_the_town_a_person(geocoder, text, name, admin1):
    assert found(geocoder, text)[name].admin1 == admin1


def test_a_title_word_before_a_persons_name_still_makes_it_a_person(geocoder):
    assert "Kent" not in found(geocoder, "Flooding hit Ohio on Monday, said Kent Jones, a farmer.")


# ---------------------------------------------------------------- one sense in a report naming no country

def test_a_town_the_words_place_keeps_its_sense_in_a_report_naming_no_country(geocoder):
    # untagged in the headline and the next sentence, placed only by "the town of"
    text = ("Mukwonago thanks donors with a plaque. Mukwonago invited all donors to a ceremony "
            "on Friday. The plaque will hang in the town of Mukwonago.")
    got = [m for m in geocoder.find_places(parse(text)) if m.text == "Mukwonago"]
    assert len(got) == 3 and {m.admin1 for m in got} == {"Wisconsin"}


def test_a_name_tagged_a_place_with_no_words_placing_it_does_not_spread(geocoder):
    text = "Maldonado was held on Monday. Witnesses from Maldonado said Maldonado had left. Maldonado denied it."
    assert len([m for m in geocoder.find_places(parse(text)) if m.text == "Maldonado"]) <= 1


# ---------------------------------------------------------------- a town's word before "of" and a list

@pytest.mark.parametrize("text, names", [
    ("Bird flu reached Romania this week. Vets culled hens in the villages of Zorlesti and Zegujani "
     "on Monday.", ("Zorlesti", "Zegujani")),
    ("Bird flu reached Romania this week. Vets culled hens in the villages of Zvorsca, Zamfira and "
     "Zegujani on Monday.", ("Zvorsca", "Zamfira", "Zegujani")),
])
def test_every_item_of_a_list_after_a_towns_word_is_a_town(geocoder, text, names):
    got = found(geocoder, text)
    assert all(got[n].country_code == "RO" and got[n].level == "city" for n in names), got


def test_a_list_after_another_word_is_no_town(geocoder):
    got = found(geocoder, "Bird flu reached Romania this week. Friends of Zorlesti and Zegujani met on Monday.")
    assert "Zorlesti" not in got and "Zegujani" not in got


def test_the_community_of_a_town_is_the_town(geocoder):
    got = found(geocoder, "A dead swan was found in the community of Tignish, on Prince Edward Island, Canada.")
    assert got["Tignish"].admin1 == "Prince Edward Island"
    # (in a report naming no country, a village needs more than the word)
    assert "Tignish" not in found(geocoder, "A dead swan was found in the community of Tignish on Monday.")


def test_a_list_after_a_towns_word_is_read_from_the_context():
    text = "Hens died in the villages of Zvorsca, Zamfira and Zegujani."
    ctx = read_context(text, text.index("Zegujani"), text.index("Zegujani") + len("Zegujani"))
    assert ctx.feature_before == "villages" and ctx.feature_kind_before == "unit"


# ---------------------------------------------------------------- a headline's first word tagged a place elsewhere

@pytest.mark.parametrize("text, name, admin1", [
    ("Rochester chess player wins title. The player grew up in Rochester, Minnesota.", "Rochester", "Minnesota"),
    ("Oshkosh students plant trees. The students planted the trees in Oshkosh, Wisconsin.", "Oshkosh", "Wisconsin"),
])
def test_a_headlines_first_word_the_report_tags_a_place_elsewhere_is_that_place(geocoder, text, name, admin1):
    got = [m for m in geocoder.find_places(parse(text)) if m.text == name]
    assert len(got) == 2 and {m.admin1 for m in got} == {admin1}


def test_a_currency_code_is_no_place(geocoder):
    text = "The US embassy said on Monday that the new road in Vietnam will cost US$58 million."
    assert [m.text for m in geocoder.find_places(parse(text))] == ["US", "Vietnam"]


# ---------------------------------------------------------------- a sentence's end is no title

@pytest.mark.parametrize("text, name, admin1", [
    ("A barn burned down near Madison, Wisconsin, on Monday, officials said. Pewaukee investigators "
     "are looking into the cause.", "Pewaukee", "Wisconsin"),
    ("Two men were hurt in Lansing, Michigan, officials said. Okemos firefighters helped at the scene.",
     "Okemos", "Michigan"),
])
def test_a_name_opening_the_sentence_after_said_is_no_person(geocoder, text, name, admin1):
    assert found(geocoder, text)[name].admin1 == admin1


@pytest.mark.parametrize("before, titled", [
    ("Nobody was hurt, officials said. ", False),
    ("The report was read by the director. ", False),
    ("The clinic is run by Dr. ", True),
    ("The wounded were seen by Lt. Gen. ", True),
    ("the plan, said ", True),
])
def test_only_an_abbreviated_title_may_end_in_a_full_stop(before, titled):
    text = before + "Okemos Smith spoke."
    assert read_context(text, len(before), len(before) + len("Okemos")).titled is titled


# ---------------------------------------------------------------- a town opening a local body's name, one sense

def test_a_town_opening_a_local_bodys_name_keeps_its_sense_in_the_report(geocoder):
    text = ("Pewaukee thanks donors with a plaque. Pewaukee invited all donors to a ceremony at the "
            "Pewaukee Police Department on Friday.")
    got = [m for m in geocoder.find_places(parse(text)) if m.text == "Pewaukee"]
    assert len(got) == 3 and {m.admin1 for m in got} == {"Wisconsin"}


def test_a_title_still_makes_a_person_of_a_name_a_local_body_opens(geocoder):
    text = "The Pewaukee Police Department thanked donors on Friday. Mayor Pewaukee said the plaque was ready."
    got = [m for m in geocoder.find_places(parse(text)) if m.text == "Pewaukee"]
    assert len(got) == 1 and got[0].start == text.index("Pewaukee")


def test_settlement_words_are_the_feature_words_that_say_a_town():
    from conflictlens.geo import tables

    words = tables.settlement_words()
    assert {"village", "towns", "community"} <= words
    assert not {"province", "state", "county", "prison"} & words
    assert words <= set(tables.feature_words())


# ---------------------------------------------------------------- lists under a unit word

def test_a_plural_unit_word_after_a_list_says_what_each_item_is():
    text = "Schools in Barrow, Jackson and Madison counties closed after the storm."
    for name in ("Barrow", "Jackson", "Madison"):
        at = text.index(name)
        assert read_context(text, at, at + len(name)).feature_after == "county", name
    text = "The fighting spread across Anbar and Nineveh provinces on Sunday."
    at = text.index("Anbar")
    assert read_context(text, at, at + 5).feature_after == "province"
    # after a single name the plural counts that unit's parts: Indiana's counties
    text = "Boone County is near the middle of Indiana counties."
    at = text.index("Indiana")
    assert read_context(text, at, at + 7).feature_after != "county"


def test_counties_listed_under_one_word_lie_in_one_state(geocoder):
    # Jackson County and Madison County exist in many states: Georgia alone has a
    # Barrow County too
    got = found(geocoder, "Schools in Barrow, Jackson and Madison counties closed after the storm.")
    assert got["Jackson"].level == "admin2" and got["Jackson"].admin1 == "Georgia"
    assert got["Madison"].level == "admin2" and got["Madison"].admin1 == "Georgia"


@pytest.mark.parametrize("text, forms", [
    # a full stop before a word in lower case ends no sentence: the unit's short form
    ("Mass. lawmakers put off the vote on the fuel tax.", ["Mass."]),
    ("A Fla. economist doubted the casino job figures.", ["Fla."]),
    ("They attended Mass. Then they walked home.", []),
])
def test_a_short_form_before_a_word_in_lower_case_is_the_unit(text, forms):
    assert [text[a:b] for a, b in abbreviation_spans(text)] == forms


def test_a_direction_before_a_short_form_is_no_name_of_its_own(geocoder):
    got = found(geocoder, "Western Mass. stargazers will meet on Friday.")
    assert set(got) == {"Mass."} and got["Mass."].admin1 == "Massachusetts"


def test_a_big_towns_name_read_abroad_says_that_country_for_the_other_names(geocoder):
    # "London" first says Britain (its largest namesake); read next to Sarnia and
    # Strathroy it is London, Ontario, and Brampton is then the Ontario city, not the
    # English village
    got = found(geocoder, "The hockey team won again in London on Friday. Fans drove in from Sarnia "
                          "and Strathroy for the game. The winger from Brampton scored twice.")
    assert got["London"].country_code == "CA"
    assert got["Brampton"].country_code == "CA" and got["Brampton"].admin1 == "Ontario"


def test_a_name_the_county_it_is_put_in_does_not_hold_is_that_county(geocoder):
    # no Rice Lake lies in Fulton County, Illinois (the town is in Wisconsin): the
    # county the report puts it in, as "Grantville, Pennsylvania" is Pennsylvania
    got = found(geocoder, "Dead fish turned up last week at Rice Lake in Fulton County, Illinois.")
    assert got["Rice Lake"].level == "admin2" and got["Rice Lake"].name == "Fulton County"
    assert got["Rice Lake"].admin1 == "Illinois"


def test_a_county_is_no_parish_of_that_name(geocoder):
    # Louisiana has a Madison Parish, no Madison County: the report names the county
    got = found(geocoder, "Officers from Shreveport, La., joined deputies of Madison County in the search on Monday.")
    assert got["Madison"].level == "admin2" and got["Madison"].name == "Madison County"


def test_a_towns_body_opening_a_longer_name_is_never_the_country(geocoder):
    # Palestine, Texas runs the school district; nothing in the report says which
    # Palestine, so no answer rather than the country
    got = found(geocoder, "Parenting night set. Palestine Independent School District Parent Involvement "
                          "Coordinator Jo Smith said the event is free.")
    assert all(m.level != "country" for m in got.values())


# ---------------------------------------------------------------- the report's money

def test_dollar_amounts_say_a_local_report_is_american(geocoder):
    # Mansfield, England is the largest Mansfield; a report counting in dollars is not English
    got = found(geocoder, "The Mansfield council will vote today on a $700,000 loan for a new parking lot.")
    assert got["Mansfield"].country_code == "US"
    got = found(geocoder, "The Mansfield council will vote today on a loan for a new parking lot.")
    assert got["Mansfield"].country_code == "GB"
    # another country's dollar ("US$" in an international report, "C$") says nothing
    got = found(geocoder, "The Mansfield council will vote today on a US$700,000 loan for a new parking lot.")
    assert got["Mansfield"].country_code == "GB"


def test_currency_codes_read_a_sign_before_an_amount_once():
    from conflictlens.geo.context import currency_codes
    assert currency_codes("It cost $40,000 and then $ 5 more.") == {"US": 0.5}
    assert currency_codes("It cost US$40,000 or C$5.") == {}
    assert currency_codes("The $ sign, and 40 dollars.") == {}


# ---------------------------------------------------------------- other names of a town

def test_a_town_of_the_name_beats_a_town_called_so_only_by_an_old_name(geocoder):
    # Springdale, Arkansas was once Shiloh, and is six times Shiloh, Illinois
    got = found(geocoder, "The students moved to a new school in Shiloh last year.")
    assert got["Shiloh"].name == "Shiloh"
    # Berea is an old name of Aleppo, which is no town of that name
    got = found(geocoder, "A woman was robbed in Berea on Friday.")
    assert got["Berea"].name == "Berea"
    # a city dwarfing every town of the name keeps it: Canton, Ohio is not Guangzhou's size
    got = found(geocoder, "Prices rose in Canton on Monday.")
    assert got["Canton"].country_code == "CN"


# ---------------------------------------------------------------- names the model cuts

def test_two_place_entities_one_space_apart_are_one_town_when_the_gazetteer_says_so(geocoder):
    # the small model tags "Gun" and "Barrel City" apart
    got = found(geocoder, "Kandace Marriott, 52, of Gun Barrel City, was found guilty on Friday.")
    assert got["Gun Barrel City"].admin1 == "Texas" and "Gun" not in got and "Barrel City" not in got


def test_a_place_entity_takes_the_untagged_word_after_it_that_completes_a_towns_name(geocoder):
    # the small model tags "Belle" of "in Belle Plaine" alone, and Belle is a Missouri town
    got = found(geocoder, "The school band won its third title in Belle Plaine on Saturday afternoon.")
    assert got["Belle Plaine"].admin1 == "Minnesota" and "Belle" not in got
    # a word that makes no town's name stays out: "Paris" before "Hilton"
    got = found(geocoder, "She stayed in Paris Hilton rooms twice last year.")
    assert "Paris Hilton" not in got


# ---------------------------------------------------------------- streets and area words

@pytest.mark.parametrize("text, street, town", [
    ("LITTLE ROCK, Ark. -- A man was shot on Tuesday while driving toward Van Buren St. with his cousin.",
     "Van", "LITTLE ROCK"),
    ("A girl was shot on Sunday morning on River Road in Moretown, Vermont State Police said.",
     "River Road", "Moretown"),
    ("The driver said they were on Van Buren St. when another car cut them off on a "
     "side road in Little Rock.", "Van", "Little Rock"),
])
def test_a_street_named_after_a_town_is_no_mention_of_it(geocoder, text, street, town):
    got = found(geocoder, text)
    assert street not in got and town in got


@pytest.mark.parametrize("text, name", [
    ("The man appeared in Bridgeport Superior Court on Monday.", "Bridgeport"),
    ("Butler County Coroner Dr. Richard Lee said a man from Ocala, Florida, died on Monday.", "Butler"),
])
def test_a_court_or_a_doctor_is_no_street(geocoder, text, name):
    assert name in found(geocoder, text)


def test_an_area_word_alone_is_no_town(geocoder):
    got = found(geocoder, "NASHVILLE, Tenn. -- Metro police said a boy, 3, shot himself in the arm on Monday.")
    assert "Metro" not in got and "NASHVILLE" in got


@pytest.mark.parametrize("text, town", [
    ("SAN ANTONIO -- A girl was shot on Tuesday while visiting friends at a Northwest Side home.", "SAN ANTONIO"),
    ("A boy was killed on the South Side on Friday, Chicago police said.", "Chicago"),
])
def test_a_citys_side_is_no_town_of_its_own(geocoder, text, town):
    got = found(geocoder, text)
    assert set(got) == {town}


# ---------------------------------------------------------------- neighbourhoods

@pytest.mark.parametrize("text, name, location", [
    ("A man was charged on Monday with killing a neighbor at a house in Pittsburgh's Allentown neighborhood.",
     "Allentown", "Pittsburgh - Allentown"),
    ("PITTSBURGH -- A woman, 40, was shot on Tuesday in the Allentown neighborhood, police said.",
     "Allentown", "Pittsburgh - Allentown"),
    # (no neighbourhood word: a small town far from the city whose police the report quotes)
    ("A boy, 5, was shot on Saturday in Madisonville, Cincinnati police said.",
     "Madisonville", "Cincinnati - Madisonville"),
    ("CINCINNATI -- A man, 19, was shot twice on Sunday in Madisonville, police said.",
     "Madisonville", "Cincinnati - Madisonville"),
])
def test_a_neighbourhood_of_the_reports_city_is_no_distant_town(geocoder, text, name, location):
    assert found(geocoder, text)[name].location == location


@pytest.mark.parametrize("text, name, location", [
    # (no neighbourhood word: the distant town it names)
    ("PITTSBURGH -- A man from Allentown was shot on Tuesday, police said.", "Allentown", "Allentown"),
    # (a big town, or one the report places itself, is that town)
    ("Cincinnati police said the suspect was arrested on Monday in Chicago.", "Chicago", "Chicago"),
    ("MINNEAPOLIS -- A man, 30, was arrested on Monday in Worthington, police said.", "Worthington", "Worthington"),
    ("Cincinnati police said the suspect was arrested on Monday in Madisonville, Kentucky.",
     "Madisonville", "Madisonville"),
    # (a neighbourhood named like a town near the city is that town's reading as before)
    ("Chicago police said a man, 24, was shot on Saturday night in the Englewood neighborhood.",
     "Englewood", "Englewood"),
])
def test_a_distant_town_without_a_neighbourhood_word_stays_itself(geocoder, text, name, location):
    assert found(geocoder, text)[name].location == location


def test_a_state_after_a_compass_word_opening_an_organisations_name_says_the_state(geocoder):
    # a body named for a region of a state ("Southern Indiana ...") says that state;
    # the whole name is read first, so a state whose own name opens with a compass
    # word stays that state
    from conflictlens.geo.context import CountryPrior
    from conflictlens.geo.geocoder import _Span
    prior = CountryPrior()
    unit, _office = geocoder._state_in_name("The Southern Indiana Food Pantry said.", _Span(0, 35, "ORG"), prior)
    assert unit.admin1_code == "US.IN"
    unit, _office = geocoder._state_in_name("West Virginia University said.", _Span(0, 24, "ORG"), prior)
    assert unit.admin1_code == "US.WV"
    assert geocoder._shared_state_in_name("The North Georgia Blood Bank said.", _Span(0, 28, "ORG")) != []


def test_a_town_opening_a_local_bodys_name_and_a_regional_body_of_its_state_agree(geocoder):
    # the only names are inside organisations' names: the town's police and a
    # hospital named for a region of the town's state
    got = found(geocoder, "A cyclist was hurt on Tuesday, according to the Albany Police. "
                          "He was taken to South Georgia Medical Center.")
    assert got["Albany"].admin1 == "Georgia"

