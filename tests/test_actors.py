"""Actor dictionary and mention finding."""
from __future__ import annotations

from datetime import date

from conflictlens.actors import default_dictionary, find_actor_mentions
from conflictlens.nlp import parse


def test_aliases_resolve_to_one_canonical_actor():
    d = default_dictionary()
    for alias in ("ISIS", "ISIL", "Daesh", "Islamic State", "IS militants"):
        assert d.named(alias).name == "Islamic State"
    assert d.named("SDF").name == d.named("Syrian Democratic Forces").name == "QSD: Syrian Democratic Forces"
    assert d.named("al-Shabaab").inter == 2


def test_state_forces_carry_the_regime_period():
    d = default_dictionary()
    assert d.state_forces("military", "IQ", "Iraq", date(2022, 1, 23)).name == "Military Forces of Iraq (2020-)"
    assert d.state_forces("military", "SY", "Syria", date(2022, 1, 23)).name == "Military Forces of Syria (2000-2024)"
    assert d.state_forces("police", "IQ", "Iraq", date(2023, 11, 16)).name == "Police Forces of Iraq (2022-)"
    # a country with no period on file is still named, without one
    assert d.state_forces("military", "ZZ", "Zedland", date(2022, 1, 1)).name == "Military Forces of Zedland"


def test_generic_actors_are_named_for_the_country():
    d = default_dictionary()
    assert d.generic_actor("civilians", 7, "SY", "Syria", None).name == "Civilians (Syria)"
    assert d.generic_actor("protesters", 6, "KE", "Kenya", None).name == "Protesters (Kenya)"
    assert d.generic_actor("unidentified", 3, "NG", "Nigeria", None).name == "Unidentified Armed Group (Nigeria)"


def test_taliban_are_the_state_after_august_2021():
    d = default_dictionary()
    assert d.named("Taliban", on=date(2020, 5, 1)).name == "Taliban"
    assert d.named("Taliban", on=date(2023, 5, 1)).name == "Military Forces of Afghanistan (2021-)"
    assert d.named("Taliban", on=date(2023, 5, 1)).inter == 1


def test_find_mentions_named_generic_and_demonym():
    doc = parse("Iraqi security forces and Kurdish-led forces fought ISIS militants, killing five civilians.")
    sent = next(doc.sents)
    ms = find_actor_mentions(sent, default_dictionary(), lambda w: {"iraqi": "IQ"}.get(w.lower()))
    got = {(m.entry.name if m.entry else m.role, m.country_code) for m in ms}
    assert ("military", "IQ") in got
    assert ("QSD: Syrian Democratic Forces", "") in got
    assert ("Islamic State", "") in got
    assert ("civilians", "") in got


# -- dictionary rules (issue 5) ----------------------------------------------------
import subprocess
import sys

import pytest


@pytest.mark.parametrize("alias,name", [
    ("Daesh", "Islamic State"), ("ISWAP", "Islamic State (West Africa)"), ("Wilayat Sinai", "Islamic State (Sinai)"),
    ("al-Shabab", "Al Shabaab"), ("Huthis", "Ansar Allah"), ("Ansarullah", "Ansar Allah"), ("RSF", "Rapid Support Forces"),
    ("M23", "M23: March 23 Movement"), ("JNIM", "JNIM: Group for Support of Islam and Muslims"),
    ("QSD", "QSD: Syrian Democratic Forces"), ("Asayesh", "Asayish: Kurdish Internal Security Forces"),
    ("Kurdistan Workers' Party", "PKK: Kurdistan Workers Party"), ("Wagner PMC", "Wagner Group"),
    ("Hayat Tahrir al-Sham", "HTS: Hayat Tahrir al-Sham"), ("Tehrik-e-Taliban Pakistan", "TTP: Tehreek-i-Taliban Pakistan"),
    ("AQAP", "AQAP: Al Qaeda in the Arabian Peninsula"), ("Ansaru", "Ansaru"), ("CODECO", "CODECO: Cooperative for Development of Congo"),
    ("Mayi-Mayi", "Mai-Mai Militia"), ("Hashd al-Shaabi", "Popular Mobilization Forces"), ("Hizballah", "Hezbollah"),
    ("Amba Boys", "Ambazonian Separatists"), ("Sendero Luminoso", "Shining Path"),
    ("FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN: Farabundo Marti National Liberation Front"),
    ("Tupac Amaru Revolutionary Movement", "MRTA: Tupac Amaru Revolutionary Movement"),
    ("ARMY OF NATIONAL LIBERATION", "ELN: National Liberation Army"), ("The Extraditables", "Medellin Cartel"),
])
def test_aliases_in_english_and_transliterations(alias, name):
    assert default_dictionary().named(alias).name == name


def test_active_years_choose_the_group_of_the_day():
    d = default_dictionary()
    assert d.named("FARC", on=date(1990, 1, 3)).name == "FARC: Revolutionary Armed Forces of Colombia"
    assert d.named("FARC", on=date(2022, 1, 3)) is None
    assert d.named("FARC dissidents", on=date(2022, 1, 3)).name == "FARC Dissident Forces"
    assert d.named("al-Nusra", on=date(2014, 1, 1)).name == "Al Nusra Front"
    assert d.named("HTS", on=date(2014, 1, 1)) is None
    assert d.named("M-19", on=date(1989, 11, 1)).inter == 2


def test_regime_periods_by_date_including_1989_91():
    d = default_dictionary()
    assert d.state_forces("military", "PE", "Peru", date(1990, 7, 27)).name == "Military Forces of Peru (1985-1990)"
    assert d.state_forces("military", "PE", "Peru", date(1990, 7, 28)).name == "Military Forces of Peru (1990-2000)"
    assert d.state_forces("military", "CO", "Colombia", date(1989, 8, 18)).name == "Military Forces of Colombia (1986-1990)"
    assert d.state_forces("police", "HN", "Honduras", date(1990, 3, 1)).name == "Police Forces of Honduras (1990-1994)"
    assert d.state_forces("military", "SV", "El Salvador", date(1990, 1, 3)).name == \
        "Military Forces of El Salvador (1989-1994)"
    # no date: the period in force now
    assert d.state_forces("military", "CO", "Colombia", None).name == "Military Forces of Colombia (2022-)"
    assert d.state_forces("military", "US", "United States", date(2022, 1, 1)).name == \
        "Military Forces of the United States (2021-2025)"


def test_every_country_has_a_word_naming_its_forces():
    from conflictlens.geo.tables import countries
    d = default_dictionary()
    for cc, (name, _n, _r) in countries().items():
        assert d.country_of_word(name) == cc, name
    for word, cc in [("Panamanian", "PA"), ("Costa Rican", "CR"), ("Uruguayan", "UY"), ("U.S.", "US"),
                     ("Salvadoran", "SV"), ("Iraqi", "IQ"), ("Congolese", "CD"), ("DRC", "CD")]:
        assert d.country_of_word(word) == cc, word


def test_a_regions_adjective_names_no_countrys_forces():
    # "South Ossetian forces" fought Georgia's: the geo table's region adjectives say no state
    d = default_dictionary()
    for word in ("South Ossetian", "Abkhaz", "Darfuri"):
        assert d.country_of_word(word) is None, word


@pytest.mark.parametrize("mention,country,on,name,inter", [
    ("Iraqi security forces", "", date(2022, 1, 23), "Military Forces of Iraq (2020-)", 1),
    ("Syrian army", "", date(2022, 1, 23), "Military Forces of Syria (2000-2024)", 1),
    ("Nigerian troops", "", date(2022, 1, 23), "Military Forces of Nigeria (2015-2023)", 1),
    ("Panamanian police", "", None, "Police Forces of Panama", 1),
    ("El Salvador's army", "", date(1990, 1, 3), "Military Forces of El Salvador (1989-1994)", 1),
    ("HONDURAN ARMY TROOPS", "", date(1990, 2, 1), "Military Forces of Honduras (1990-1994)", 1),
    ("troops", "PE", date(1989, 5, 1), "Military Forces of Peru (1985-1990)", 1),
    ("civilians", "SY", None, "Civilians (Syria)", 7),
    ("gunmen", "NG", None, "Unidentified Armed Group (Nigeria)", 3),
    ("the Atlacatl Battalion", "SV", date(1989, 11, 16), "Military Forces of El Salvador (1989-1994)", 1),
])
def test_generic_roles_resolve_with_the_country(mention, country, on, name, inter):
    res = default_dictionary().explain(mention, country, on)
    assert res.actor.name == name and res.actor.inter == inter


def test_unknown_named_groups_are_kept_as_named_political_militia():
    d = default_dictionary()
    a = d.explain("Zarate Quispe Liberation Front").actor  # invented
    assert (a.name, a.inter) == ("Zarate Quispe Liberation Front", 3)
    assert d.explain("GERARDO BARRIOS CIVIC FORCE").actor.name == "Gerardo Barrios Civic Force"
    assert d.unknown_group("Salvadoran Armed Forces") is None  # the state's forces, not a militia
    assert d.unknown_group("the National Army") is None
    assert d.unknown_group("bloody front") is None
    assert d.explain("Blorp") is None


def test_upper_case_is_is_not_the_islamic_state():
    doc = parse("THE ARMY REPORTED THAT IS WHERE THE FMLN TERRORISTS ATTACKED THE TOWN OF APOPA YESTERDAY.")
    names = [m.entry.name for m in find_actor_mentions(next(doc.sents), default_dictionary()) if m.entry]
    assert "Islamic State" not in names
    assert "FMLN: Farabundo Marti National Liberation Front" in names


def test_demonyms_the_geo_table_lacks_resolve_in_sentences():
    doc = parse("Panamanian troops clashed with smugglers near the border.")
    ms = find_actor_mentions(next(doc.sents), default_dictionary())
    assert any(m.role == "military" and m.country_code == "PA" for m in ms)


def _lookup(*args):
    return subprocess.run([sys.executable, "-m", "conflictlens.cli.main", "actors", "lookup", *args],
                          capture_output=True, text=True, timeout=120)


def test_cli_lookup_shows_the_rule_and_fails_on_unknown():
    r = _lookup("Daesh")
    assert r.returncode == 0 and "Islamic State" in r.stdout and "alias" in r.stdout and "Rebel group" in r.stdout
    r = _lookup("Iraqi security forces", "--date", "2022-01-23")
    assert r.returncode == 0 and "Military Forces of Iraq (2020-)" in r.stdout and "IQ" in r.stdout
    r = _lookup("civilians", "--country", "SY")
    assert r.returncode == 0 and "Civilians (Syria)" in r.stdout
    r = _lookup("Blorp")
    assert r.returncode == 1
    r = _lookup("FARC", "--date", "2022-01-01")
    assert r.returncode == 1 and "not active" in r.stdout


# -- informants are never parties (issue 5) -----------------------------------------

def _speakers(text):
    sent = next(parse(text).sents)
    return {m.text: m.speaker for m in find_actor_mentions(sent, default_dictionary())}


@pytest.mark.parametrize("text, informant", [
    ("Two men were shot dead outside a bar in Eldoret, police said.", "police"),
    ("Police said two traders were robbed and killed on the highway.", "Police"),
    ("A bomb killed two civilians in the market, the army said.", "army"),
    ("A trader was shot dead, according to the police.", "police"),
    ("A trader was shot dead, a spokesman for the police told reporters.", "police"),
    ("A police spokesman said a trader was shot dead.", "police"),
    ("The army command reported that rebels kidnapped 50 peasants.", "army"),
    ("The army blamed the National Liberation Army for the ambush.", "army"),
    ("The police attributed the bombing to the Shining Path.", "police"),
])
def test_informants_are_not_parties(text, informant):
    assert _speakers(text)[informant] is True


@pytest.mark.parametrize("text, actor", [
    ("Police said they had killed two armed robbers in a shootout.", "Police"),
    ("Al-Shabaab claimed responsibility for the bombing.", "Al-Shabaab"),
    ("Soldiers killed three militants near the border.", "Soldiers"),
])
def test_speakers_who_say_they_acted_are_parties(text, actor):
    assert _speakers(text)[actor] is False


def test_police_who_report_a_crime_are_not_its_actor(pipeline):
    from conflictlens.model import Report
    text = ("A shopkeeper was shot dead by gunmen in Nakuru, Kenya, on Saturday night, police said.\n\n"
            "The attackers fled on a motorcycle, according to the police.")
    events = pipeline.process(Report(id="informant", text=text, published=date(2023, 5, 15)))
    assert events
    for e in events:
        assert "Police" not in e.actor1 and "Police" not in e.actor2, (e.actor1, e.actor2)


def test_a_unit_of_a_named_group_is_that_group():
    d = default_dictionary()
    on = date(1989, 5, 1)
    for text in ("FARC 12th Front", "FARC 12TH FRONT", "Shining Path cell", "FMLN urban commando"):
        res = d.explain(text, "CO", on)
        assert res is not None and res.rule == "named group + its unit", text
    assert d.explain("FARC 12th Front", "CO", on).actor.name == d.named("FARC").name
    # a front nobody knows is still kept as named
    assert d.explain("Black Eagle Front", "CO", on).actor.name == "Black Eagle Front"


def test_canonical_names_and_their_types():
    d = default_dictionary()
    on = date(2022, 1, 23)
    assert d.canonical_inter("Islamic State", "SY", on) == 2
    assert d.canonical_inter("ISIS", "SY", on) is None  # an alias, not the canonical name
    assert d.canonical_inter("Military Forces of Iraq (2020-)", "IQ", on) == 1
    assert d.canonical_inter("Military Forces of Iraq (2020-)", "SY", on) == 8  # abroad
    assert d.canonical_inter("Military Forces of Iraq (2003-2020)", "IQ", on) is None  # not that day's period
    assert d.canonical_inter("Civilians (Syria)", "SY", on) == 7
    assert d.canonical_inter("Civilians (Narnia)", "SY", on) is None


def test_a_word_before_a_line_break_is_no_group_alias():
    doc = parse("The night attack is\nover, officials said. IS fighters attacked the town.")
    found = [[(m.text, m.entry.name if m.entry else m.role) for m in find_actor_mentions(s, default_dictionary())]
             for s in doc.sents]
    assert found[0] == []
    assert found[1] == [("IS fighters", "Islamic State")]


def test_rebels_stand_for_the_group_named_before(pipeline):
    from conflictlens.model import Report
    text = ("Fighters of the National Liberation Army (ELN) attacked a police post in "
            "Toribio, Colombia, on Friday.\n\nOn Saturday, rebels ambushed an army patrol near Corinto, "
            "killing two soldiers.")
    events = pipeline.process(Report(id="rebels", text=text, published=date(2023, 6, 12)))
    corinto = [e for e in events if e.location == "Corinto"]
    assert corinto and all("ELN" in (e.actor1 + e.actor2) for e in corinto), [(e.actor1, e.actor2) for e in events]
    # with no group named before, rebels are an unidentified armed group
    events = pipeline.process(Report(id="rebels2", text=text.split("\n\n")[1].replace("near Corinto", "near Corinto, Colombia"),
                                     published=date(2023, 6, 12)))
    assert events and events[0].actor1.startswith("Unidentified Armed Group") or \
        events[0].actor2.startswith("Unidentified Armed Group"), [(e.actor1, e.actor2) for e in events]


def test_rebels_told_before_the_only_named_group_are_that_group(pipeline):
    from conflictlens.model import Report
    text = ("Rebels ambushed an army patrol near Corinto, Colombia, on Saturday, killing two soldiers.\n\n"
            "The army blamed the National Liberation Army (ELN) for the ambush.")
    events = pipeline.process(Report(id="rebels3", text=text, published=date(2023, 6, 12)))
    assert events and all("ELN" in (e.actor1 + e.actor2) for e in events), [(e.actor1, e.actor2) for e in events]


def test_groups_are_not_named_before_they_existed():
    assert default_dictionary().named("Islamic State", on=date(1989, 6, 1)) is None


def test_a_battle_side_the_report_does_not_name_is_unidentified(pipeline):
    from conflictlens.model import Report
    text = "Soldiers repelled an attack near Gao, Mali, on Sunday.\n"
    events = pipeline.process(Report(id="side", text=text, published=date(2024, 1, 9)))
    battles = [e for e in events if e.event_type == "Battles"]
    assert battles and all(e.actor1.startswith("Military Forces of Mali") and e.actor2.startswith(
        "Unidentified Armed Group") and e.interaction == 13 for e in battles), [(e.actor1, e.actor2) for e in events]
    text = "Heavy fighting was reported near Gao, Mali, on Sunday, residents said.\n"
    for e in pipeline.process(Report(id="side2", text=text, published=date(2024, 1, 9))):
        if e.event_type == "Battles":
            assert e.actor1.startswith("Unidentified Armed Group") and e.inter1 == 3


def test_the_army_and_police_of_one_state_are_allies_in_a_battle(pipeline):
    from conflictlens.model import Report
    text = "Army and police units fought gunmen near Gao, Mali, on Sunday.\n"
    events = [e for e in pipeline.process(Report(id="allies", text=text, published=date(2024, 1, 9)))
              if e.event_type == "Battles"]
    assert events
    for e in events:
        assert not (e.actor1.startswith(("Military Forces of Mali", "Police Forces of Mali"))
                    and e.actor2.startswith(("Military Forces of Mali", "Police Forces of Mali"))), (e.actor1, e.actor2)


def test_forces_a_bomb_went_off_near_are_its_target(pipeline):
    from conflictlens.model import Report
    text = "A roadside bomb exploded near a police checkpoint in Jalalabad, Afghanistan, on Monday, wounding a passer-by.\n"
    events = pipeline.process(Report(id="near", text=text, published=date(2023, 6, 7)))
    blasts = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert blasts, [(e.event_type, e.actor1, e.actor2) for e in events]
    for e in blasts:  # the police were its target, not its planter
        assert e.actor1.startswith("Unidentified Armed Group") and e.actor2.startswith("Police Forces of")


def test_aircraft_with_a_demonym_are_that_state_s_forces(pipeline):
    from conflictlens.model import Report
    text = "A Salvadoran helicopter fired rockets at a Honduran patrol near Colomoncagua, Honduras, on Sunday.\n"
    events = pipeline.process(Report(id="heli", text=text, published=date(1989, 6, 5)))
    assert events and events[0].actor1.startswith("Military Forces of El Salvador")
    assert events[0].inter1 == 8  # state forces acting abroad
