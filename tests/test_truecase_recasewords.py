"""An actor's acronym that is also an English word ("LeT" for "let") in all-capital copy
and in mixed-case text: written and read as the group only where the copy shows it is one."""
from __future__ import annotations

from conflictlens.actors import default_dictionary, find_actor_mentions
from conflictlens.nlp import parse
from conflictlens.nlp.truecase import restore_case
from conflictlens.pipeline import Pipeline


def _recased(text: str) -> str:
    p = Pipeline()
    return restore_case(text, p.name_form, is_place=p.place_word, ordinary=p.ordinary_name)


def test_an_acronym_spelt_as_a_verb_stays_the_verb_in_capital_copy():
    text = ("SRINAGAR, 4 MAR 91 -- [TEXT] THE GOVERNOR SAID: WE WILL NOT LET THE ATTACKERS\n"
            "ESCAPE.  LET US RECALL THE VICTIMS OF THE BOMBING IN ANANTNAG.")
    out = _recased(text)
    assert len(out) == len(text)
    assert "will not let the attackers" in out
    assert "Let us recall" in out  # a sentence's start, not the acronym
    assert "LeT" not in out


def test_an_acronym_in_brackets_or_before_its_expansion_is_the_group():
    text = ("SRINAGAR, 4 MAR 91 -- [TEXT] THE POLICE BLAMED THE LET [LASHKAR-E-TAIBA] FOR THE\n"
            "BOMBING IN ANANTNAG, AND A SPOKESMAN OF THE GROUP (LET) DENIED IT.")
    out = _recased(text)
    assert "the LeT [Lashkar-e-Taiba]" in out
    assert "(LeT)" in out


def test_an_acronym_that_is_no_english_word_is_written_as_one_anywhere():
    text = "BOGOTA, 4 MAR 90 -- [TEXT] THE FARC AND THE ELN ATTACKED A POLICE POST IN CALI TODAY."
    out = _recased(text)
    assert "The FARC and the ELN attacked" in out


def _named(text: str) -> set[str]:
    doc = parse(text)
    return {m.entry.name for s in doc.sents for m in find_actor_mentions(s, default_dictionary(), lambda w: None)
            if m.entry is not None}


def test_a_sentence_opening_with_let_names_no_group():
    assert "Lashkar-e-Taiba" not in _named("Let us recall that gunmen killed two policemen in Anantnag on Monday.")
    assert "Lashkar-e-Taiba" in _named("The LeT killed two policemen in Anantnag on Monday.")
