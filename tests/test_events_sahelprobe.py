"""Sahel and West African conflict reporting (branch sahelprobe). Invented reports written for
these tests; the places and groups are real."""
from __future__ import annotations

from datetime import date

from event_helpers import violent_rows

def _violent(pipeline, text, published=date(2024, 3, 8)):
    return violent_rows(pipeline, text + "\n", published)


# --- claims of responsibility told after the attack (events.claims)

def test_a_claim_in_the_next_sentence_names_the_attacker(pipeline):
    [e] = _violent(pipeline, "GAO, Mali -- Gunmen on motorcycles shot dead nine traders at a weekly market "
                             "in Ansongo on Wednesday, a local councillor said.\n\nIn a message on social "
                             "media, JNIM said that its men carried out the assault.\n\nFighters of the "
                             "Islamic State Sahel Province also roam the district.")
    assert e.actor1.startswith("JNIM")
    assert (e.location, e.fatalities) == ("Ansongo", 9)


def test_a_claim_later_in_the_paragraph_names_the_attacker_of_a_battle(pipeline):
    [e] = _violent(pipeline, "MAIDUGURI, Nigeria -- Armed men attacked an army base in Monguno on Tuesday "
                             "and fought troops for two hours, a soldier said. Officials gave no toll. "
                             "ISWAP claimed the attack in a statement on Thursday.")
    assert e.event_type == "Battles"
    assert {e.actor1, e.actor2} >= {"Islamic State (West Africa)"}
    assert not any(a.startswith("Unidentified") for a in (e.actor1, e.actor2))


def test_a_denied_claim_leaves_the_attacker_unidentified(pipeline):
    [e] = _violent(pipeline, "GAO, Mali -- Gunmen on motorcycles shot dead nine traders at a weekly market "
                             "in Ansongo on Wednesday, a local councillor said.\n\nJNIM, which is active in "
                             "the area, denied responsibility for the assault in a message.")
    assert e.actor1.startswith("Unidentified Armed Group")


def test_a_group_named_in_the_claimants_epithet_claims_nothing(pipeline):
    [e] = _violent(pipeline, "KAYA, Burkina Faso -- Unknown assailants killed six worshippers at a church "
                             "in Kaya on Sunday, a priest said.\n\nThe al-Qaeda-affiliated JNIM claimed "
                             "responsibility for the killings.")
    assert e.actor1.startswith("JNIM")


def test_no_group_claiming_the_attack_keeps_it_unidentified(pipeline):
    [e] = _violent(pipeline, "KANO, Nigeria -- A suicide bomber wearing an explosive vest blew himself up at a bus park "
                             "in Biu on Friday, killing six travellers, police said.\n\nNo group claimed the "
                             "bombing, though Boko Haram often strikes the area.")
    assert e.actor1.startswith("Unidentified Armed Group")
    assert e.sub_event_type == "Suicide bomb"
