"""Places the model cut or misread (branch leftovers): a town's name of three words whose tail the
model tags as a man's name ('Dera' + 'Ismail Khan') is read whole, not as its first word's namesake
elsewhere; the demonym of armed attackers ("Afghan militants") is no evidence of the country a town lies
in. Invented reports; the places are real."""
from __future__ import annotations

from datetime import date

from event_helpers import violent_rows


def _only(pipeline, text):
    [e] = violent_rows(pipeline, text + "\n", date(2024, 5, 15))
    return e


def test_three_word_town_with_a_personal_name_tail(pipeline):
    e = _only(pipeline, "Unknown attackers shot dead two policemen in Dera Ismail Khan on Friday "
                        "evening, officials said.")
    assert (e.location, e.country) == ("Dera Ismail Khan", "Pakistan")


def test_taxco_is_the_guerrero_town(pipeline):
    e = _only(pipeline, "Armed men killed a shopkeeper in Taxco on Wednesday, local media reported.")
    assert (e.admin1, e.country) == ("Guerrero", "Mexico")


def test_attackers_demonym_does_not_pull_the_town_abroad(pipeline):
    # the raiders' origin is no evidence of where the raid happened
    e = _only(pipeline, "Afghan militants stormed a police post in Zhob on Tuesday, killing three constables.")
    assert (e.location, e.country) == ("Zhob", "Pakistan")
