"""Re-casing all-capital reports without moving any character."""
from __future__ import annotations

from conflictlens.nlp.truecase import mostly_upper, recase_capital_lines, restore_case

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


#: the words a headline capitalises only by style, in these tests
PLAIN = {"augustine", "bird", "flu", "confirmed", "in", "and", "two", "hurt", "as", "storm", "hits", "troops", "enter",
         "after", "warning"}.__contains__
COUNTRIES = {"romania": "Romania", "croatia": "Croatia", "china": "China"}.get


def test_all_capital_headline_in_ordinary_text_is_put_in_sentence_case():
    text = ("BIRD FLU CONFIRMED IN ROMANIA AND CROATIA\n"
            "Health officials said on Monday that swans near the coast carried the virus.")
    out = recase_capital_lines(text, COUNTRIES, PLAIN)
    assert out == ("Bird flu confirmed in Romania and Croatia\n"
                   "Health officials said on Monday that swans near the coast carried the virus.")


def test_capital_headline_before_its_lead_keeps_unknown_names_and_offsets():
    # (a town no list knows keeps its capital; the possessive is looked up without its 's)
    # (an abbreviation's stop ends no headline, and the word after it is a name's)
    text = "TWO HURT AS STORM HITS ST. AUGUSTINE. U.S. TROOPS ENTER MARSK AFTER CHINA'S WARNING. The county said so."
    out = recase_capital_lines(text, COUNTRIES, PLAIN)
    assert len(out) == len(text)
    assert out == "Two hurt as storm hits St. Augustine. U.S. troops enter Marsk after China's warning. The county said so."


def test_capital_datelines_and_acronyms_stay_as_written():
    for text in ("SOUTH VELTA, W.Va. -- Two people were hurt in a storm on Monday.",
                 "KANSAS CITY, Mo. (AP) -- The FBI and the ATF said so.",
                 "KXYZ (CBS/AP) VELTA, Okla. Two people were hurt in a storm on Monday.",
                 "Officials of the WHO and UNICEF met in Velta."):
        assert recase_capital_lines(text, COUNTRIES, PLAIN) == text


def test_pipeline_reads_the_countries_of_a_capital_headline(pipeline, centre_geocoder, nlp):
    text = ("BIRD FLU CONFIRMED IN ROMANIA AND CROATIA\n"
            "Health officials said on Monday that swans near the coast carried the virus.")
    doc = nlp(pipeline.prepare(text))
    assert {m.text for m in centre_geocoder.toponyms(doc)} == {"Romania", "Croatia"}
