"""Re-casing all-capital reports without moving any character."""
from __future__ import annotations

from conflictlens.nlp.truecase import mostly_upper, restore_case

NAMES = {"san miguel": "San Miguel", "fmln": "FMLN", "december": "December",
         "farabundo marti national liberation front": "Farabundo Marti National Liberation Front"}


def test_capitals_are_restored_for_sentences_and_known_names():
    text = ("A RADIO STATION SAYS THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] BURNED\n"
            "THREE BUSES NEAR SAN MIGUEL ON 30 DECEMBER.  THE ARMY SAID SO.")
    out = restore_case(text, NAMES.get)
    assert len(out) == len(text)
    assert out == ("A radio station says the Farabundo Marti National Liberation Front [FMLN] burned\n"
                   "three buses near San Miguel on 30 December.  The army said so.")


def test_mixed_case_text_is_left_alone():
    text = "Gunmen kidnapped 12 villagers in Tolma. The ARMY said so."
    assert not mostly_upper(text)
    assert restore_case(text, NAMES.get) == text
