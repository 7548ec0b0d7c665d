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
