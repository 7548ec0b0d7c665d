"""A state's strikes and shelling name its forces as a warplane does ("Russian airstrikes",
"U.S. drone strikes"), also where the tagger reads the shelling as a verb. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report


def _event(pipeline, body, title="Strikes in the war"):
    [e] = pipeline.process(Report(id="t", title=title, text=f"{title}\n{body}\n",
                                  published=date(2024, 5, 15)))
    return e


@pytest.mark.parametrize("body, forces", [
    ("Russian airstrikes killed 10 civilians in Idlib on Tuesday, rescuers said.", "Military Forces of Russia"),
    ("Ten civilians were killed in Russian air strikes on Idlib on Tuesday, rescuers said.",
     "Military Forces of Russia"),
    ("US airstrikes killed 17 al-Shabaab fighters near Jilib in Somalia on Tuesday, officials said.",
     "Military Forces of the United States"),
    ("Russian shelling killed two people in Kherson on Tuesday, the regional governor said.",
     "Military Forces of Russia"),
    ("Two people were killed by Russian shelling in Kherson on Tuesday, the governor said.",
     "Military Forces of Russia"),
])
def test_a_states_strikes_are_its_forces(pipeline, body, forces):
    assert _event(pipeline, body).actor1.startswith(forces)


def test_a_strike_word_without_a_state_names_nobody(pipeline):
    e = _event(pipeline, "Unknown gunmen killed two farmers near Jilib on Tuesday after a strike by "
                         "workers at the port, officials said.")
    assert not e.actor1.startswith("Military Forces")


def test_shelling_alone_after_a_dateline_names_no_state(pipeline):
    [e] = pipeline.process(Report(id="d", text="KHERSON, Ukraine -- Shelling killed two people in the city "
                                               "on Tuesday, the regional governor said.\n",
                                  published=date(2024, 5, 15)))
    assert not e.actor1.startswith("Military Forces")


def test_a_dash_ends_the_words_a_country_is_read_from():
    from conflictlens.actors import default_dictionary, find_actor_mentions
    from conflictlens.nlp import parse
    [sent] = parse("KHERSON, Ukraine -- Forces opened fire on a car on Tuesday.").sents
    [forces] = [m for m in find_actor_mentions(sent, default_dictionary()) if m.text == "Forces"]
    assert forces.country_code == ""
    [sent] = parse("Ukrainian forces opened fire on a car on Tuesday.").sents
    assert [m.country_code for m in find_actor_mentions(sent, default_dictionary())] == ["UA"]
