"""Places in re-cased all-capital wire copy: a name cut by the copy's hard wrap, a small town
the re-casing name lists are too coarse for, named where a place's name stands; and the event's
place told in a "where" clause of its scene noun. Invented reports, real place names."""
from __future__ import annotations

from conflictlens.model import Report
from conflictlens.nlp.truecase import restore_case

NAMES = {"san miguel": "San Miguel", "la paz": "La Paz", "december": "December"}


def test_a_name_cut_by_a_line_wrap_is_recased_and_keeps_the_wrap():
    text = "A BOMB WENT OFF IN LA\nPAZ ON 30 DECEMBER.  THE ARMY SAID SO."
    out = restore_case(text, NAMES.get)
    assert len(out) == len(text)
    assert out == "A bomb went off in La\nPaz on 30 December.  The army said so."


_WRAPPED = ("SAN SALVADOR, 12 FEB 90 (RADIO CADENA) -- [TEXT] TWO MASKED GUNMEN LATE LAST NIGHT SHOT\n"
            "DEAD A JUDGE OF THE APPEALS COURT OUTSIDE HIS FAMILY BAKERY IN SAN\n"
            "MIGUEL, A FIREMAN TOLD THIS STATION.\n")


def test_a_town_cut_by_a_line_wrap_is_the_events_place(pipeline):
    events = pipeline.process(Report(id="t", text=_WRAPPED))
    assert events and {e.location for e in events} == {"San Miguel"}


def test_a_small_town_in_a_places_slot_is_recased_all_through_the_report(pipeline):
    text = ("TEGUCIGALPA, 3 APR 90 (RADIO AMERICA) -- [TEXT] REBELS FIRED ON A POLICE POST IN JUCUAPA\n"
            "EARLY TODAY.  THE JUCUAPA POLICE CHIEF SAID NO ONE WAS HURT.\n")
    out = pipeline.prepare(text)
    assert "post in Jucuapa" in out and "The Jucuapa police chief" in out
    # (a word the gazetteer knows only as a small town is left alone outside such a slot)
    assert "Jucuapa" not in pipeline.prepare("THE JUCUAPA POLICE CHIEF SAID NO ONE WAS HURT.  THE ARMY SAID SO.")


def test_an_english_word_in_a_places_slot_stays_a_word(pipeline):
    out = pipeline.prepare("THE GUNMEN WERE HIDING IN CANYONS NEAR THE BORDER.  THE ARMY SAID SO.")
    assert "in canyons near" in out


_SMALL_TOWN = ("SAN SALVADOR, 4 FEB 90 (RADIO CADENA) -- [TEXT] GUERRILLAS ATTACKED THE MAYOR'S OFFICE IN\n"
               "SESORI, SAN MIGUEL DEPARTMENT, EARLY TODAY, KILLING TWO SOLDIERS.  THE SESORI GARRISON\n"
               "REPELLED THE ATTACK AFTER TWO HOURS OF FIGHTING.\n")


def test_a_small_town_in_a_places_slot_is_the_events_place(pipeline):
    events = pipeline.process(Report(id="t", text=_SMALL_TOWN))
    assert events and events[0].location == "Sesori"
    assert events[0].country == "El Salvador"


_WHERE_CLAUSE = ("LIMA, 4 MAR 90 (EFE) -- [TEXT] A DYNAMITE CHARGE BLEW UP ON SATURDAY BY THE DOOR OF A HOTEL\n"
                 "WHERE VISITING BANKERS STAY IN THE SAN ISIDRO DISTRICT IN LIMA, WOUNDING TWO DOORMEN.\n")


def test_a_where_clause_places_the_scene_noun(pipeline):
    # (the clause tells where the hotel, the scene, is: the district is the event's place)
    events = pipeline.process(Report(id="t", text=_WHERE_CLAUSE))
    assert events and events[0].location == "San Isidro"


def test_a_where_clause_places_the_scene_noun_in_ordinary_text(pipeline):
    from datetime import date
    text = ("Police said a bomb went off on Sunday outside an office building where several embassies have "
            "their consulates in the Miraflores district of Lima, wounding a guard.")
    events = pipeline.process(Report(id="t", text=text, published=date(1990, 3, 5)))
    assert events and events[0].location == "Miraflores"
