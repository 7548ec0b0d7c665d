"""Who takes, who claims, who arrests: event-coding rules about which side a row names.

* A place left by one side and entered by another, told in one sentence or in two, is a
  Non-violent transfer of territory whose actor1 is the side that takes it and actor2 the
  side that left (spec: Strategic developments, Non-violent transfer of territory).
* A group's claim is coded to whoever the group's name stands for on the attack's day: the
  Taliban are a rebel group before August 2021 and Afghanistan's state forces after it.
* A bombing named as the case of an arrest ("arrested three men over Sunday's bomb blast")
  is the earlier incident, not a new explosion of the arresting police.

All sentences are invented for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import VIOLENT, coded

NVT = "Non-violent transfer of territory"


def _transfer(pipeline, text: str, published: date):
    rows = [e for e in coded(pipeline, text, published) if e.sub_event_type == NVT]
    assert len(rows) == 1, [(e.event_type, e.sub_event_type, e.actor1, e.actor2) for e in coded(pipeline, text, published)]
    return rows[0]


@pytest.mark.parametrize("text, published, taker, leaver", [
    # one sentence: the parser joins the taker's name to the place or day before it
    ("Russian forces withdrew from Kherson and Ukrainian troops entered the city on Friday.",
     date(2022, 11, 12), "Military Forces of Ukraine", "Military Forces of Russia"),
    ("Russian forces withdrew from Kherson on Thursday and Ukrainian troops entered the city on Friday.",
     date(2022, 11, 12), "Military Forces of Ukraine", "Military Forces of Russia"),
    ("Government troops withdrew from Beledweyne on Monday and al-Shabaab fighters moved into the town hours later.",
     date(2024, 3, 6), "Al Shabaab", "Military Forces of Somalia"),
    ("Congolese soldiers withdrew from Rutshuru on Sunday and the M23 rebels moved into the town within hours.",
     date(2023, 6, 14), "M23", "Military Forces of the Democratic Republic of Congo"),
    ("Ethiopian troops withdrew from Mekelle on Monday and Tigrayan forces entered the city hours later.",
     date(2021, 6, 14), "TPLF", "Military Forces of Ethiopia"),
    # two sentences: the withdrawal, then the side that takes the place
    ("The army pulled out of Kidal on Monday. Tuareg rebels of the CMA took over the town on Tuesday.",
     date(2023, 5, 4), "CSP-PSD", "Military Forces of Mali"),
    ("Russian forces withdrew from Kherson on Thursday. Ukrainian troops entered the city on Friday.",
     date(2022, 11, 12), "Military Forces of Ukraine", "Military Forces of Russia"),
])
def test_the_side_that_moves_in_is_actor1(pipeline, text, published, taker, leaver):
    row = _transfer(pipeline, text, published)
    assert row.actor1.startswith(taker), (row.actor1, row.actor2)
    assert row.actor2.startswith(leaver), (row.actor1, row.actor2)


def test_a_taker_told_after_the_withdrawal_dates_the_transfer(pipeline):
    # left on Monday, taken on Tuesday: the place changed hands on Tuesday
    row = _transfer(pipeline, "The army pulled out of Kidal on Monday. Tuareg rebels of the CMA took over "
                              "the town on Tuesday.", date(2023, 5, 4))
    assert row.event_date == date(2023, 5, 2)


def test_a_withdrawal_alone_keeps_the_leaver_as_actor1(pipeline):
    row = _transfer(pipeline, "The army pulled out of Kidal on Tuesday.", date(2023, 5, 4))
    assert row.actor1.startswith("Military Forces of Mali") and not row.actor2


@pytest.mark.parametrize("text", [
    "The Taliban had claimed the attack on the mosque in Kabul that killed five people.",
    "A bomb exploded at a checkpoint in Kandahar on Monday, killing four people. The Taliban claimed the attack.",
    "Gunmen shot dead three worshippers at a shrine in Jalalabad on Monday. The Taliban claimed responsibility "
    "for the killings.",
])
def test_a_taliban_claim_after_2021_is_the_state_forces(pipeline, text):
    rows = [e for e in coded(pipeline, text, date(2024, 3, 6)) if e.event_type in VIOLENT]
    assert rows and all(e.actor1 == "Military Forces of Afghanistan (2021-)" and e.inter1 == 1 for e in rows), \
        [(e.event_type, e.actor1) for e in rows]


@pytest.mark.parametrize("text", [
    "The Taliban had claimed the attack on the mosque in Kabul that killed five people.",
    "A bomb exploded at a checkpoint in Kandahar on Monday, killing four people. The Taliban claimed the attack.",
])
def test_a_taliban_claim_before_2021_is_the_rebel_group(pipeline, text):
    rows = [e for e in coded(pipeline, text, date(2019, 3, 6)) if e.event_type in VIOLENT]
    assert rows and all(e.actor1 == "Taliban" and e.inter1 == 2 for e in rows), [(e.event_type, e.actor1) for e in rows]


@pytest.mark.parametrize("text", [
    "Police in Kano arrested three suspects over Sunday's bomb blast at a market.",
    "Colombian police captured a suspect in the car bomb attack on a police station in Cali.",
    "Security forces in Diyarbakir arrested five people in connection with the car bomb explosion.",
    "Police in Peshawar detained two men over the bombing of a bus station.",
])
def test_arrests_over_a_bombing_are_no_explosion(pipeline, text):
    rows = coded(pipeline, text, date(2024, 3, 6))
    assert not [e for e in rows if e.event_type in VIOLENT], [(e.event_type, e.actor1) for e in rows]
    assert all(e.sub_event_type == "Arrests" for e in rows), [(e.sub_event_type, e.actor1) for e in rows]


def test_a_bombing_told_as_news_beside_an_arrest_is_still_coded(pipeline):
    # the explosion is told with its own verb and toll: news, not the arrest's case
    rows = coded(pipeline, "A car bomb exploded outside a police station in Cali on Monday, killing two officers.",
                 date(2024, 3, 6))
    assert [e for e in rows if e.event_type == "Explosions/Remote violence"]
