"""Where the geocoder puts places that are not towns: world sub-regions, seas, lakes,
islands and mountain ranges (``data/geo/macro_regions.tsv``), and the choices between
a state and its namesake city. Sentences are written for these tests; the places are
real, the events invented. No coordinate here comes from a geoparsing corpus.
"""
from __future__ import annotations

import pytest

from conflictlens.geo import Gazetteer, Geocoder
from conflictlens.geo import tables
from conflictlens.geo.gazetteer import haversine_km
from conflictlens.nlp.parser import parse
from geo_helpers import found


@pytest.fixture(scope="module")
def gaz(gazetteer_file) -> Gazetteer:
    return Gazetteer.open(gazetteer_file, build_if_missing=False)


@pytest.fixture(scope="module")
def geocoder(gaz) -> Geocoder:
    return Geocoder(gaz)



# ------------------------------------------------------------ regions and features

def test_region_table_rows_are_well_formed():
    names = set()
    for name, lat, lon, aliases, cc in tables.macro_regions():
        assert -90 <= lat <= 90 and -180 <= lon <= 180, name
        assert name not in names, f"{name} listed twice"
        names.add(name)
        assert cc == "" or cc in tables.countries(), name
    # conflict-relevant units must stay units: never shadowed by a region row
    assert not {"Red Sea", "Sinai", "Kashmir", "Niger Delta"} & names


@pytest.mark.parametrize("text, name, near", [
    ("Migrating swans carried the disease into Northern Europe last spring.", "Northern Europe", (60, 10)),
    ("Dead birds washed up on the shores of the Black Sea in March.", "Black Sea", (43.5, 34.5)),
    ("Farmers near Lake Titicaca reported sick llamas.", "Lake Titicaca", (-15.8, -69.4)),
    ("Pigs died on farms in Mindanao over the winter.", "Mindanao", (7.5, 125)),
    ("The virus may spread across the Ural Mountains.", "Ural Mountains", (60, 59.5)),
])
def test_sub_regions_and_natural_features_are_places(geocoder, text, name, near):
    m = found(geocoder, text)[name]
    assert m.level == "continent"
    assert haversine_km(m.latitude, m.longitude, *near) < 1


def test_an_island_beats_a_village_of_its_name(geocoder):
    # Luzon is also a small town in Mindanao; "northern Luzon" is the island
    m = found(geocoder, "Testing was done on farms in northern Luzon, in the Philippines.")["Luzon"]
    assert m.level == "continent" and m.latitude > 12


def test_a_region_is_never_an_event_place(pipeline):
    from datetime import date

    from conflictlens.model import Report

    a = pipeline.analyse(Report(
        id="t", text="Gunmen killed three fishermen on a boat in the Black Sea on Monday, officials said.",
        published=date(2022, 1, 23)))
    assert any(p.text == "Black Sea" for p in a.places)
    assert all((e.location or "") != "Black Sea" for e in a.events)


# ------------------------------------------------------------ state or namesake town

@pytest.mark.parametrize("text", [
    "Flu cases rose sharply across upstate New York this week.",
    "The first case was found in the state of New York in May.",
    "The New York Governor declared a public health emergency.",  # (before a name: no event place)
    "Patients may be sent to Buffalo, New York for treatment.",
    "Cases were confirmed in Utah, Washington and Oregon.",
    # a report that counts by state
    "Ohio counted one case, Kansas two and Texas three, while New York confirmed 28.",
])
def test_the_state_when_the_report_says_so(geocoder, text):
    got = found(geocoder, text)
    name = "Washington" if "Washington" in got else "New York"
    assert got[name].level == "admin1", text


def test_the_state_said_at_one_mention_holds_at_the_others(geocoder):
    # one name keeps one reading through a report: words by its first mention say
    # the state, so the bare mention later is the state too, not the city
    text = ("Lawmakers trimmed the New York state budget for clinics. "
            "Clinics in New York have reported 40 cases since March.")
    bare = [m for m in geocoder.find_places(parse(text)) if m.start > text.index("Clinics in")]
    assert bare and bare[0].text == "New York" and bare[0].level == "admin1"


@pytest.mark.parametrize("text, name", [
    ("Protesters marched through New York on Saturday.", "New York"),
    ("Egypt cooperated closely with Washington at times.", "Washington"),
    # a unit named like a big town is no evidence that its neighbour is a state
    ("Delegates flew in from Washington, New York and London.", "New York"),
    # a county named after its seat stays the town, however many counties are named
    ("Clashes in Turkana and Marsabit spread to Kisii on Monday.", "Kisii"),
])
def test_the_town_otherwise(geocoder, text, name):
    assert found(geocoder, text)[name].level == "city", text


# ------------------------------------------------------------ spans

def test_a_small_town_placed_in_its_province_is_credible(geocoder):
    # a town without a population figure, in a report that names no country, is
    # credible when the report puts it in its province ("X, Central Java")
    got = found(geocoder, "A rice farmer from Sukoharjo, Central Java, won the prize on Thursday.")
    assert got["Sukoharjo"].country_code == "ID" and got["Sukoharjo"].level == "city"


def test_an_entity_run_over_a_comma_is_read_as_its_parts(geocoder):
    got = found(geocoder, "Inspectors closed two markets at Pandi, Bulacan and Talavera last month.")
    assert got["Pandi"].country_code == "PH"


def test_a_trailing_direction_word_joins_the_name(geocoder):
    got = found(geocoder, "Farmers in Mashonaland West and Midlands lost most of their maize.")
    assert got["Mashonaland West"].level == "admin1" and got["Mashonaland West"].country_code == "ZW"


# ------------------------------------------------------------ unit centres

@pytest.mark.parametrize("unit, town", [("Hebei", "Shijiazhuang"), ("Heilongjiang", "Harbin"),
                                        ("Jiangsu", "Nanjing")])
def test_towns_misfiled_under_a_province_do_not_move_its_centre(gaz, unit, town):
    # a few villages far away carry these provinces' code without a county in them;
    # the centre comes from the towns whose county is known
    u = next(c for c in gaz.lookup(unit) if c.level == "admin1" and c.country_code == "CN")
    t = next(c for c in gaz.lookup(town) if c.level == "city" and c.country_code == "CN")
    assert haversine_km(*gaz.centre(u.place_id), t.latitude, t.longitude) < 400


def test_a_four_word_country_name_at_the_end_of_an_organisation(geocoder):
    got = found(geocoder, "The Ministry of Commerce of the People's Republic of China issued a notice on Tuesday.")
    assert [m.country_code for m in got.values()] == ["CN"]


# ------------------------------------------------------------ homonyms

def test_a_national_capital_abroad_outweighs_a_small_namesake(geocoder):
    text = ("The United States Department of Agriculture tested the samples. An expert at "
            "the Food and Agriculture Organization in Rome said the risk was low.")
    assert found(geocoder, text)["Rome"].country_code == "IT"


def test_a_small_namesake_placed_by_the_report_stays(geocoder):
    text = "The United States Department of Agriculture said a farm near Rome, New York was closed."
    assert found(geocoder, text)["Rome"].country_code == "US"


@pytest.mark.parametrize("text", [
    "The United States Department of Agriculture said a farm near Rome, Georgia was closed.",
    "The disorder was found in states including Georgia, Oklahoma, Pennsylvania and Wisconsin.",
])
def test_georgia_is_the_state_when_a_town_or_other_states_say_so(geocoder, text):
    m = found(geocoder, text)["Georgia"]
    assert m.country_code == "US" and m.level == "admin1"


def test_georgia_alone_is_the_country(geocoder):
    assert found(geocoder, "Talks between Georgia and Armenia resumed.")["Georgia"].country_code == "GE"


def test_every_unit_centre_row_names_a_unit(gaz):
    for code, (lat, lon) in tables.unit_centres().items():
        unit = gaz.admin1(code.split(".")[0], code)
        assert unit is not None, code
        # the listed centre is where geoparse output puts the unit
        assert gaz.centre(unit.place_id) == (lat, lon)


def test_florida_centre_is_on_land_not_in_the_gulf(gaz):
    # the Panhandle and the Keys put the middle of Florida's towns in the Gulf of Mexico
    fl = gaz.admin1("US", "US.FL")
    tampa = next(c for c in gaz.lookup("Tampa") if c.country_code == "US" and c.level == "city")
    assert haversine_km(*gaz.centre(fl.place_id), tampa.latitude, tampa.longitude) < 100


def test_a_first_level_unit_centre_follows_its_outline_not_its_extent(gaz):
    # Virginia is a triangle: the middle of its towns' extent lies towards its narrow
    # south-west; the centroid of the hull they trace lies near Farmville, in its middle
    va = gaz.admin1("US", "US.VA")
    farmville = next(c for c in gaz.lookup("Farmville") if c.admin1_code == "US.VA" and c.name == "Farmville")
    assert haversine_km(*gaz.centre(va.place_id), farmville.latitude, farmville.longitude) < 60


def test_a_province_spelt_without_its_stroked_d_is_found(geocoder):
    # the gazetteer has "Điện Biên"; English reports write "Dien Bien"
    got = found(geocoder, "Landslides were reported in Dien Bien province on Friday.")
    assert got["Dien Bien"].level == "admin1" and got["Dien Bien"].admin1 == "Dien Bien"


def test_hull_centroid_of_a_square_and_of_degenerate_sets():
    from conflictlens.geo.gazetteer import _hull_centroid
    lat, lon = _hull_centroid([(0, 0), (0, 2), (2, 0), (2, 2), (1.9, 1.9), (1.8, 1.7)])
    assert abs(lat - 1) < 1e-9 and abs(lon - 1) < 1e-9  # inner towns do not pull it
    assert _hull_centroid([(0, 0), (1, 1), (2, 2)]) is None  # no area
    assert _hull_centroid([(60, 179), (61, -179), (62, 178)]) is None  # across the antimeridian


@pytest.mark.parametrize("text, name, cc", [
    ("Flights to Da Nang International Airport were cancelled because of the storm.", "Da Nang", "VN"),
    ("A rocket hit Baghdad International Airport on Monday.", "Baghdad", "IQ"),
])
def test_a_qualified_site_is_placed_at_its_town(geocoder, text, name, cc):
    got = found(geocoder, text)
    assert got[name].country_code == cc and got[name].level == "city"


def test_a_spelling_variant_outside_the_place_named_is_no_answer(geocoder):
    # "Kalam" is no Kalama, Washington when the report puts it in Pakistan's Swat valley
    got = found(geocoder, "U.S. climbers were rescued near Kalam in the Swat Valley, Pakistan.")
    assert "Kalam" not in got or got["Kalam"].country_code == "PK"


def test_the_first_word_of_a_two_word_town_joins_the_entity(geocoder):
    # the small model tags only "Viejo"; "Mission Viejo" is a town's own name
    got = found(geocoder, "The outbreak hit a grill in Mission Viejo and a sushi bar in Fullerton.")
    assert got["Mission Viejo"].country_code == "US" and got["Mission Viejo"].level == "city"


def test_a_racecourse_is_a_site_of_its_town(geocoder):
    got = found(geocoder, "Race meetings at Randwick Racecourse in Sydney were called off.")
    assert got["Randwick"].country_code == "AU"


def test_a_direction_word_that_opens_a_place_name_stays(geocoder):
    got = found(geocoder, "West Bank Health Ministry official Sami Dar said doses arrived.")
    assert "West Bank" in got and got["West Bank"].country_code == "PS"


def test_a_comma_part_after_of_is_read_as_the_place(geocoder):
    got = found(geocoder, "In the Philippines, dengue cases rose in four Barangays of Santa Maria, Davao del Sur, last month.")
    assert got["Santa Maria"].country_code == "PH"


def test_a_region_inside_one_country_says_that_country(geocoder):
    got = found(geocoder, "Holiday lets in Cornwall in South West England were fully booked.")
    assert got["South West England"].country_code == "GB" and got["South West England"].level == "continent"
    assert got["Cornwall"].country_code == "GB"


def test_a_demonym_that_opens_a_region_name_joins_it(geocoder):
    # the model tags "American" as a demonym and "South" alone as a place
    got = found(geocoder, "Rations are burned while the poor of the American South go hungry.")
    assert got["American South"].level == "continent" and got["American South"].country_code == "US"


# ------------------------------------------------------------ names taken for people, titles

def test_a_unit_before_a_local_body_word_is_a_place_after_said(geocoder):
    # "said Devon" reads like a person; "Devon and Cornwall police" is a local body's name
    m = found(geocoder, "Two barns burned near Exeter, said Devon and Cornwall police.")
    assert m["Devon"].country_code == "GB" and m["Cornwall"].country_code == "GB"


def test_a_country_before_a_person_name_is_the_country(geocoder):
    m = found(geocoder, "The head of the UN Mission in South Sudan David Shearer said the camps were full.")
    assert m["South Sudan"].level == "country" and m["South Sudan"].country_code == "SS"
    m = found(geocoder, "Nigeria President Muhammadu Buhari visited Kano on Monday.")
    assert m["Nigeria"].country_code == "NG"
    assert not any(name.startswith("Nigeria ") for name in m)


def test_a_country_tagged_as_a_nationality_is_the_country(geocoder):
    m = found(geocoder, "The UN envoy for South Sudan David Shearer visited Juba on Monday.")
    assert m["South Sudan"].country_code == "SS"
    assert m["Juba"].country_code == "SS"


@pytest.mark.parametrize("text, name, cc, near", [
    ("Mayor of Boston Marty Walsh said the city in Massachusetts would open shelters.", "Boston", "US", (42.36, -71.06)),
    ("Officials in Illinois said the Mayor of Springfield closed schools.", "Springfield", "US", (39.80, -89.64)),
    ("Officials in Massachusetts said the Mayor of Springfield closed schools.", "Springfield", "US", (42.10, -72.59)),
    ("The Mayor of New York said the subway in the state would close.", "New York", "US", (40.71, -74.01)),
])
def test_the_place_after_mayor_of_is_a_town_of_the_reports_state(geocoder, text, name, cc, near):
    m = found(geocoder, text)
    assert "Mayor" not in m
    assert m[name].level == "city" and m[name].country_code == cc
    assert haversine_km(m[name].latitude, m[name].longitude, *near) < 30


def test_the_place_after_governor_of_is_the_state(geocoder):
    m = found(geocoder, "Governor of New York Andrew Cuomo closed schools in Albany.")
    assert m["New York"].level == "admin1"
    assert "Governor" not in m


# ------------------------------------------------------------ towns and the counties a report names

@pytest.mark.parametrize("text, name, near", [
    # Paris, Tennessee lies in Henry County; Gainesville, Texas in Cooke County
    ("Residents of Paris and Henry County will receive a letter from the rescue squad.", "Paris", (36.30, -88.33)),
    ("A Gainesville man was arrested by Cooke County deputies on Friday.", "Gainesville", (33.63, -97.13)),
    ("The City of Paris backs the tree project, Edgar County officials said.", "Paris", (39.61, -87.70)),
])
def test_a_town_of_a_shared_name_is_the_one_in_the_county_the_report_names(geocoder, text, name, near):
    m = found(geocoder, text)[name]
    assert m.country_code == "US"
    assert haversine_km(m.latitude, m.longitude, *near) < 30


def test_a_county_of_a_shared_name_is_the_one_holding_the_reports_town(geocoder):
    m = found(geocoder, "Residents of Paris and Henry County will receive a letter from the rescue squad.")
    county = next(v for k, v in m.items() if k.startswith("Henry"))
    assert county.level == "admin2"
    assert haversine_km(county.latitude, county.longitude, 36.30, -88.33) < 60


def test_a_countys_namesake_town_does_not_make_the_county(geocoder):
    # (a county alone, with no town of the report in it, is still read as a county)
    m = found(geocoder, "Henry County schools closed on Monday.")
    assert [v.level for k, v in m.items() if k.startswith("Henry")] == ["admin2"]


# ------------------------------------------------------------ country points

@pytest.mark.parametrize("text, name, points", [
    # China between the Factbook/GeoNames point and English Wikipedia's: within 161 km of both
    ("Health officials in China reported new cases.", "China", [(35, 105), (35, 103)]),
    # the others at the Factbook point
    ("The militia withdrew from positions in Libya.", "Libya", [(25, 17)]),
    ("Flooding struck Nigeria last week.", "Nigeria", [(10, 8)]),
])
def test_a_country_point_suits_each_convention(geocoder, text, name, points):
    m = found(geocoder, text)[name]
    assert m.level == "country"
    for lat, lon in points:
        assert haversine_km(m.latitude, m.longitude, lat, lon) <= 161, (name, lat, lon)


# ------------------------------------------------------------ where people live

@pytest.mark.parametrize("text, name", [
    ("A Lebanon woman was charged with theft on Tuesday, the sheriff said.", "Lebanon"),
    ("Palestine firefighters put out a kitchen fire on Elm Street late Tuesday.", "Palestine"),
    ("Jones, 49, Palestine, was indicted by the grand jury.", "Palestine"),
    ("Three Lebanon residents were hurt in the crash on Route 9.", "Lebanon"),
])
def test_a_name_used_for_residents_or_a_town_body_is_a_town_not_the_country(geocoder, text, name):
    m = found(geocoder, text)[name]
    assert m.level == "city" and m.country_code == "US"


@pytest.mark.parametrize("text, name, level, cc", [
    ("A Georgia man was arrested in Atlanta.", "Georgia", "admin1", "US"),
    ("Israeli jets struck targets in Lebanon on Tuesday.", "Lebanon", "country", "LB"),
    ("Kenya police said two men were arrested in Nairobi.", "Kenya", "country", "KE"),
])
def test_states_and_countries_otherwise(geocoder, text, name, level, cc):
    m = found(geocoder, text)[name]
    assert (m.level, m.country_code) == (level, cc)


@pytest.mark.parametrize("text", [
    "Unemployment rose in Boone County in February.",
    "Deputies from the Madison County Sheriff's Office closed the road.",
])
def test_x_county_is_a_county_not_the_town_named_x(geocoder, text):
    ms = [m for m in geocoder.find_places(parse(text)) if m.text in ("Boone", "Madison")]
    assert ms and all(m.level == "admin2" and m.name.endswith("County") for m in ms)


@pytest.mark.parametrize("text, surface", [
    ("Last week she cycled from her home town of Norman, Okla. to Washington D.C.", "Washington"),
    # units given as containers ("Okla.", "D.C.") are no count by state
    ("He rode from Norman, Okla. to Washington D.C. The ride to Washington took a month.", "Washington"),
    ("WASHINGTON — Lawmakers voted to tax bonuses paid by firms in New York, Connecticut and Ohio.",
     "WASHINGTON"),
])
def test_washington_is_the_capital_after_dc_or_as_a_dateline(geocoder, text, surface):
    ms = [m for m in geocoder.find_places(parse(text)) if m.text == surface]
    assert ms and all(m.level == "city" and haversine_km(m.latitude, m.longitude, 38.9, -77.04) < 20
                      for m in ms)


def test_a_dateline_named_like_its_state_is_the_town(geocoder):
    m = found(geocoder, "NEW YORK (AP) — Officials in Texas, Ohio and Florida reported cases.")["NEW YORK"]
    assert m.level == "city" and m.name == "New York City"


def test_a_state_counted_with_others_stays_the_state(geocoder):
    m = found(geocoder, "Governors of Texas and Kansas met. Washington has confirmed 28 cases.")["Washington"]
    assert m.level == "admin1"


@pytest.mark.parametrize("text, surface, unit", [
    ("Ilse grew up in Grantville, Pennsylvania, and left in 1950.", "Grantville", "Pennsylvania"),
    ("The suspect sits in the county lockup in Greenwood, W. Va., awaiting a hearing.", "Greenwood",
     "West Virginia"),
])
def test_a_town_unknown_in_the_state_the_report_puts_it_in_is_that_state(geocoder, text, surface, unit):
    m = found(geocoder, text)[surface]
    assert (m.level, m.name, m.geo_precision) == ("admin1", unit, 3)


def test_a_known_town_in_its_state_stays_the_town(geocoder):
    m = found(geocoder, "Martha was born in Hershey, Pennsylvania, on November 4, 1913.")["Hershey"]
    assert m.level == "city" and m.admin1 == "Pennsylvania"


def test_a_bare_dateline_does_not_outweigh_the_reports_other_names(geocoder):
    # ("ST. PAUL --" names no state: Calgary, a big town found in Canada only, says
    # the report's Edmonton is Alberta's, not the village in Kentucky)
    ms = found(geocoder, "ST. PAUL -- Police in Edmonton arrested a man wanted for fraud in Calgary.")
    assert ms["Edmonton"].country_code == "CA"


def test_a_dateline_with_its_state_keeps_its_weight(geocoder):
    ms = found(geocoder, "HAMILTON, Ohio -- Police in Hamilton arrested a man on Tuesday.")
    assert all(m.country_code == "US" for m in ms.values())


def test_a_village_in_a_named_state_does_not_take_a_big_citys_name(geocoder):
    # (Boston, New York is a village; the report's New York does not make it the Boston)
    ms = found(geocoder, "Measles spread across the United States. Boston's mayor declared a health "
                         "emergency while New York counted 20 deaths.")
    assert ms["Boston"].admin1 == "Massachusetts"


def test_a_village_the_report_places_in_its_state_stays(geocoder):
    ms = found(geocoder, "Snow closed schools in Boston, New York, and in Buffalo on Monday.")
    assert ms["Boston"].admin1 == "New York"


def test_a_legislators_party_and_home_town_names_the_town(geocoder):
    ms = found(geocoder, "Rep. Torrey Westrom, R-Elbow Lake, disagreed. State Rep. Jay Roberts "
                         "(R-Ocilla) is pushing the bill, as is Sen. Dick Durbin, D-Ill.")
    assert ms["Elbow Lake"].admin1 == "Minnesota" and ms["Ocilla"].admin1 == "Georgia"
    assert ms["Ill."].level == "admin1"


@pytest.mark.parametrize("text", [
    "He will also travel to the town of Gori, according to the defence ministry.",
    "Georgian troops left the base in Gori on Tuesday.",
])
def test_a_town_written_as_its_own_name_beats_a_province_spelt_alike(geocoder, text):
    m = found(geocoder, text)["Gori"]
    assert m.level == "city" and m.name == "Gori"


def test_a_local_body_named_after_a_town_is_not_a_capital_abroad(geocoder):
    ms = found(geocoder, "Paris firefighters put out a kitchen fire on Tuesday, the Texas fire marshal said.")
    assert ms["Paris"].country_code == "US" and ms["Paris"].admin1 == "Texas"


def test_an_abbreviated_name_is_read_near_the_reports_other_towns(geocoder):
    # ("Mt. Pleasant" is Mount Pleasant's own name written short: of the many, the one
    # near Des Moines and Iowa City)
    ms = found(geocoder, "The caucuses were held in Des Moines and Iowa City on Monday. "
                         "In Mt. Pleasant, turnout was low.")
    assert ms["Mt. Pleasant"].admin1 == "Iowa"


def test_a_province_abroad_does_not_stop_a_town_in_the_reports_county(geocoder):
    # (Alexandria is also an Egyptian governorate: no unit of the report's country)
    ms = found(geocoder, "The collision was on Broadway Street in Alexandria. The injured rider went to "
                         "the Douglas County Hospital and was then flown to St. Cloud.")
    assert ms["Alexandria"].admin1 == "Minnesota"
    ms = found(geocoder, "Protesters gathered in Alexandria and Cairo on Friday.")
    assert ms["Alexandria"].country_code == "EG"


@pytest.mark.parametrize("text, admin1", [
    ("The Pottawatomie County commission approved funds for the trail from Wamego to Manhattan.", "Kansas"),
    ("Wall Street firms in Manhattan cut jobs, the New York Times reported.", "New York"),
])
def test_a_real_town_near_the_reports_places_takes_a_big_citys_name(geocoder, text, admin1):
    assert found(geocoder, text)["Manhattan"].admin1 == admin1


def test_a_town_opening_a_public_bodys_name_is_read_as_a_place(geocoder):
    ms = found(geocoder, "\"We cooked all night,\" said Pell Arvander, a sophomore at Huntsville High School.")
    assert ms["Huntsville"].level == "city"


@pytest.mark.parametrize("text", [
    "Turkish Trade Minister Selin Ardak gave no figures.",  # a demonym names no place
    "The ward, run by the Sunnybrook Health Sciences Centre, has stopped admissions.",
])
def test_but_only_a_place_name_spelt_as_the_gazetteer_has_it(geocoder, text):
    assert found(geocoder, text) == {}


def test_the_place_of_a_body_named_x_of_place(geocoder):
    ms = found(geocoder, "Tamsin Oyelaran, who teaches history at the University of Hartford, "
                         "disagreed with the plan.")
    assert ms["Hartford"].admin1 == "Connecticut"
    # (a demonym after "of" stays none: "the Association of Turkish Doctors")
    assert "Turkish" not in found(geocoder, "A spokesman for the Council of Turkish Doctors spoke.")


@pytest.mark.parametrize("text, name, cc", [
    ("Clashes in South Ossetia killed three soldiers, officials in Tbilisi said.", "South Ossetia", "GE"),
    ("Aid convoys reached camps across Darfur last week.", "Darfur", "SD"),
    ("Shelling resumed in the Donbas overnight.", "Donbas", "UA"),
])
def test_regions_of_conflict_outside_the_units_say_their_country(geocoder, text, name, cc):
    # no unit of the gazetteer bears these names: listed as regions, they say their
    # country and never match a far town by spelling (a Russian town for South Ossetia)
    m = found(geocoder, text)[name]
    assert m.level == "continent" and m.country_code == cc


def test_a_province_named_after_a_region_stays_the_province(geocoder):
    m = found(geocoder, "Militants attacked a checkpoint in North Sinai, Egypt, on Monday.")["North Sinai"]
    assert m.level == "admin1" and m.country_code == "EG"
