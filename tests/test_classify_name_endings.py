"""A capitalised word that ends a name inside a running sentence ("Marsha Lynch", "Ted Burns")
is no trigger, whatever label the small model gives the name; the verb ("a mob lynched a man")
still is. Invented reports only."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report


def _types(pipeline, text):
    r = Report(id="names", title="", text=text, published=date(2016, 5, 10))
    return [(e.event_type, e.sub_event_type) for e in pipeline.analyse(r).events]


def test_a_suspects_surname_is_no_lynching(violence_pipeline):
    text = ("DALLAS, Ga. - A man was shot dead on Sunday. The county sheriff's office arrested 23-year-old "
            "Jo Lynch and 45-year-old Marsha Lynch.\n")
    assert ("Riots", "Mob violence") not in _types(violence_pipeline, text)


def test_a_mob_lynching_a_man_is_still_mob_violence(pipeline):
    text = "KANO, Nigeria - A mob lynched a man accused of stealing a phone in Kano on Sunday, police said.\n"
    assert ("Riots", "Mob violence") in _types(pipeline, text)
