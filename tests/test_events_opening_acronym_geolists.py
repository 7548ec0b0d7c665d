"""A paragraph opening with a group's acronym stays one sentence, and a noun of displacement
that qualifies a camp names the camp, not a displacement. Invented reports."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report
from conflictlens.nlp.parser import parse


def _events(pipeline, body, title="Attack in Ituri"):
    return pipeline.process(Report(id="t", title=title, text=f"{title}\n{body}\n",
                                   published=date(2024, 5, 15)))


def test_an_opening_acronym_is_no_sentence_of_its_own():
    doc = parse("Attack in Ituri\nCODECO militiamen attacked a village near Djugu on Monday night.")
    assert [s.text.strip() for s in doc.sents][1].startswith("CODECO militiamen attacked")


def test_a_full_stop_still_ends_a_sentence_before_a_lower_case_word():
    doc = parse("The town fell. iPhones were seized by the rebels.")
    assert len(list(doc.sents)) == 2


def test_the_acronym_opening_a_paragraph_is_the_attacker(pipeline):
    [e] = _events(pipeline, "CODECO militiamen attacked a village near Djugu on Monday night, "
                            "killing 12 people.")
    assert e.actor1.startswith("CODECO")
    assert e.sub_event_type == "Attack" and e.fatalities == 12


def test_an_attack_on_a_displacement_camp_is_an_attack(pipeline):
    [e] = _events(pipeline, "In Ituri province, militiamen attacked a displacement camp near "
                            "Djugu on Monday night, killing 12 people with machetes.")
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert e.fatalities == 12


def test_a_displacement_told_as_a_noun_of_its_own_is_still_one(pipeline):
    [e] = _events(pipeline, "The displacement of thousands of villagers from Djugu territory "
                            "continued on Monday, aid groups said.", title="Exodus in Ituri")
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Other")
