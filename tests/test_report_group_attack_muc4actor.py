"""A bombing or killing whose own sentences name no party is put down to the one armed group
the report names in that country (a suspected perpetrator is still the actor, spec §3), even
when the report names it only in a sentence that tells no event; with two groups, or with
"unidentified gunmen" told, it stays unidentified. Invented reports."""
from __future__ import annotations

from conflictlens.model import Report


def _actor1(pipeline, text: str, kind: str) -> str:
    events = pipeline.process(Report(id="t", text=text))
    hits = [e.actor1 for e in events if e.event_type == kind]
    assert hits, [(e.event_type, e.actor1) for e in events]
    return hits[0]


BOMB = ("SAN SALVADOR, 14 MAR 90 (RADIO NORTE) -- [TEXT] THREE DYNAMITE CHARGES EXPLODED EARLY "
        "TODAY AT THE DOOR OF A BANK BRANCH IN SANTA ANA, DESTROYING ITS FRONT.\n\n"
        "   THE DEFENSE MINISTER SAID THE FMLN HAS STEPPED UP ITS CAMPAIGN OF TERROR AGAINST "
        "THE COUNTRY'S ECONOMY.")


def test_a_bombing_with_no_party_is_the_report_group(pipeline):
    assert _actor1(pipeline, BOMB, "Explosions/Remote violence").startswith("FMLN")


def test_two_groups_leave_it_unidentified(pipeline):
    text = BOMB + ("\n\n   A SPOKESMAN ADDED THAT THE DEATH SQUADS OF THE FAR RIGHT HAVE ALSO "
                   "THREATENED THE BANK'S OWNERS.")
    assert _actor1(pipeline, text, "Explosions/Remote violence").startswith("Unidentified Armed Group")


def test_unidentified_doers_told_stay_unidentified(pipeline):
    text = BOMB.replace("THREE DYNAMITE CHARGES EXPLODED", "THREE DYNAMITE CHARGES PLANTED BY UNIDENTIFIED GUNMEN EXPLODED")
    assert _actor1(pipeline, text, "Explosions/Remote violence").startswith("Unidentified Armed Group")


def test_doers_told_unknown_stay_unidentified(pipeline):
    # "persons" is no armed party, but the sentence says the doers are not known
    text = BOMB.replace("THREE DYNAMITE CHARGES EXPLODED", "THREE DYNAMITE CHARGES LEFT BY UNKNOWN PERSONS EXPLODED")
    assert _actor1(pipeline, text, "Explosions/Remote violence").startswith("Unidentified Armed Group")


def test_an_unclaimed_attack_stays_unidentified(pipeline):
    # "no group claimed responsibility": the group named besides is no suspect the report gives
    text = BOMB + "\n\n   NO GROUP HAS SO FAR CLAIMED RESPONSIBILITY FOR THE BLASTS AT THE BANK."
    assert _actor1(pipeline, text, "Explosions/Remote violence").startswith("Unidentified Armed Group")
