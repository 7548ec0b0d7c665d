"""Places that are the target of an attack in short reports with no dateline: the name an
attack word takes ("struck X", "airstrikes on X", "X came under fire") is a place
candidate whatever the model tagged it, held to the gazetteer's exact names; and the
attacker's demonym ("Russian missiles") says where the attack comes from, not where it
lands. Invented reports; the places are real."""
from __future__ import annotations

from datetime import date

from event_helpers import coded, violent_rows
from geo_helpers import found

WEDNESDAY = date(2024, 5, 15)


def _only(rows):
    assert len(rows) == 1, [(e.event_type, e.location, e.country) for e in rows]
    return rows[0]


def test_a_town_struck_by_the_attackers_missiles_lies_in_the_attacked_country(pipeline):
    e = _only(violent_rows(pipeline, "Russian missiles struck Kherson on Tuesday, killing three "
                                     "residents, the governor said.", WEDNESDAY))
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence",
                                                "Shelling/artillery/missile attack")
    assert e.actor1.startswith("Military Forces of Russia")
    assert (e.location, e.country, e.geo_precision) == ("Kherson", "Ukraine", 1)
    assert (e.event_date, e.fatalities) == (date(2024, 5, 14), 3)


def test_airstrikes_on_a_town_place_the_event_there(pipeline):
    e = _only(violent_rows(pipeline, "Israeli airstrikes on Khan Younis killed seven people on Monday, "
                                     "medics said.", WEDNESDAY))
    assert e.event_type == "Explosions/Remote violence"
    assert e.actor1.startswith("Military Forces of Israel")
    assert (e.location, e.country) == ("Khan Yunis", "Palestine")
    assert (e.event_date, e.fatalities) == (date(2024, 5, 13), 7)


def test_a_small_namesake_at_home_gives_way_to_the_larger_town_attacked(pipeline):
    e = _only(violent_rows(pipeline, "Russian forces shelled the town of Pokrovsk on Sunday, killing "
                                     "an elderly man.", WEDNESDAY))
    assert e.sub_event_type == "Shelling/artillery/missile attack"
    assert (e.location, e.admin1, e.country) == ("Pokrovsk", "Donetska oblast", "Ukraine")
    assert e.actor2 == "Civilians (Ukraine)"
    assert (e.event_date, e.fatalities) == (date(2024, 5, 12), 1)
    # (a village the gazetteer lacks, beside the army of its own country, is no old name abroad)
    rows = violent_rows(pipeline, "Malian soldiers fought jihadists near Boni on Tuesday, killing four.", WEDNESDAY)
    assert all(e.country != "Germany" for e in rows)


def test_a_town_the_attackers_artillery_shelled_across_a_border(pipeline):
    e = _only(violent_rows(pipeline, "Turkish artillery shelled Manbij on Friday, killing a shepherd.",
                           WEDNESDAY))
    assert e.actor1.startswith("Military Forces of Turkey")
    assert (e.location, e.country) == ("Manbij", "Syria")
    assert (e.event_date, e.fatalities) == (date(2024, 5, 10), 1)


def test_a_transliterated_town_struck_by_a_neighbours_jets(pipeline):
    e = _only(violent_rows(pipeline, "Saudi airstrikes on Saada killed five civilians on Sunday.", WEDNESDAY))
    assert e.actor1 == "Military Forces of Saudi Arabia"
    assert (e.location, e.country) == ("Sa'dah", "Yemen")
    assert e.actor2 == "Civilians (Yemen)"
    assert e.fatalities == 5


def test_the_residents_of_a_town_march_there(pipeline):
    rows = coded(pipeline, "Angry residents of Goma took to the streets on Friday over rising fuel prices.",
                 WEDNESDAY)
    e = _only([r for r in rows if r.event_type == "Protests"])
    assert (e.location, e.country) == ("Goma", "Democratic Republic of Congo")
    assert e.event_date == date(2024, 5, 10)


def test_a_stretch_between_two_towns_is_one_event_at_the_first(pipeline):
    rows = coded(pipeline, "Soldiers defused a roadside bomb on the road between Mogadishu and Afgoye "
                           "on Sunday.", WEDNESDAY)
    assert len(rows) == 1, [(e.event_type, e.location) for e in rows]
    assert (rows[0].location, rows[0].geo_precision) == ("Mogadishu", 2)
    assert rows[0].event_date == date(2024, 5, 12)


def test_a_person_struck_is_no_place_where_a_town_struck_is(geocoder):
    assert "Kim" not in found(geocoder, "Putin struck Kim off the guest list on Monday.")
    assert "Ali" not in found(geocoder, "Gunmen attacked Ali near his home on Monday.")
    places = found(geocoder, "Russian drones hit Vovchansk on Monday, officials said.")
    assert places["Vovchansk"].country_code == "UA"


def test_bare_strike_verbs_need_a_force_weapon_or_fighters_before_them():
    from conflictlens.geo.patterns import read_context

    def target(text, name):
        start = text.index(name)
        return read_context(text, start, start + len(name)).target
    assert target("Jihadist fighters stormed Djibo at dawn.", "Djibo")
    assert target("Shells hit the market after Israeli tanks pounded Beit Hanoun.", "Beit Hanoun")
    assert target("Strikes on Jilib went on all night.", "Jilib")
    assert not target("The rifle went off, hitting Jackson, his cousin said.", "Jackson")
    assert not target("Mobs raided Ahmed's shop on Friday.", "Ahmed")
