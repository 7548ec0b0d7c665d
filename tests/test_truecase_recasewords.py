"""An actor's acronym that is also an English word ("LeT" for "let") in all-capital copy
and in mixed-case text: written and read as the group only where the copy shows it is one."""
from __future__ import annotations

from conflictlens.actors import default_dictionary, find_actor_mentions
from conflictlens.nlp import parse
from conflictlens.nlp.truecase import restore_case


def _recased(p, text: str) -> str:
    return restore_case(text, p.name_form, is_place=p.place_word, ordinary=p.ordinary_name)


def test_an_acronym_spelt_as_a_verb_stays_the_verb_in_capital_copy(pipeline):
    text = ("SRINAGAR, 4 MAR 91 -- [TEXT] THE GOVERNOR SAID: WE WILL NOT LET THE ATTACKERS\n"
            "ESCAPE.  LET US RECALL THE VICTIMS OF THE BOMBING IN ANANTNAG.")
    out = _recased(pipeline, text)
    assert len(out) == len(text)
    assert "will not let the attackers" in out
    assert "Let us recall" in out  # a sentence's start, not the acronym
    assert "LeT" not in out


def test_an_acronym_in_brackets_or_before_its_expansion_is_the_group(pipeline):
    text = ("SRINAGAR, 4 MAR 91 -- [TEXT] THE POLICE BLAMED THE LET [LASHKAR-E-TAIBA] FOR THE\n"
            "BOMBING IN ANANTNAG, AND A SPOKESMAN OF THE GROUP (LET) DENIED IT.")
    out = _recased(pipeline, text)
    assert "the LeT [Lashkar-e-Taiba]" in out
    assert "(LeT)" in out


def test_an_acronym_that_is_no_english_word_is_written_as_one_anywhere(pipeline):
    text = "BOGOTA, 4 MAR 90 -- [TEXT] THE FARC AND THE ELN ATTACKED A POLICE POST IN CALI TODAY."
    out = _recased(pipeline, text)
    assert "The FARC and the ELN attacked" in out


def _named(text: str) -> set[str]:
    doc = parse(text)
    return {m.entry.name for s in doc.sents for m in find_actor_mentions(s, default_dictionary(), lambda w: None)
            if m.entry is not None}


def test_a_sentence_opening_with_let_names_no_group():
    assert "Lashkar-e-Taiba" not in _named("Let us recall that gunmen killed two policemen in Anantnag on Monday.")
    assert "Lashkar-e-Taiba" in _named("The LeT killed two policemen in Anantnag on Monday.")


def test_a_town_spelt_as_an_english_word_stays_the_word_without_a_place_slot(pipeline):
    text = ("LIMA, 3 JAN 90 -- [TEXT] THE NATIONALIST REPUBLICAN ALLIANCE SAID THE UNIVERSITY STUDENTS\n"
            "HAD A REAL OPPORTUNITY.  THREE YOUNG MEN FLED IN A LIGHT PLANE.")
    out = _recased(pipeline, text)
    assert len(out) == len(text)
    assert "republican alliance said the university students" in out
    assert "a real opportunity" in out
    assert "Three young men fled in a light plane" in out


def test_a_town_spelt_as_an_english_word_is_the_town_in_a_place_slot_or_beside_a_name(pipeline):
    text = ("LIMA, 3 JAN 90 -- [TEXT] A BOMB EXPLODED IN NORMAL, THE POLICE SAID, AND PRESIDENT\n"
            "GEORGE BUSH CONDEMNED IT.")
    out = _recased(pipeline, text)
    assert "exploded in Normal," in out
    assert "George Bush condemned" in out
