"""A death told as "killed while hunting" (or "died while hunting"), with no shooting word, is an
accidental shooting (data/events/other_violence.tsv): a hunt's death is a shot gone astray. The
victim's school town ("a junior at Plano High School") is his home, not the hunt's place (the
county the killing's sentence names). Invented reports (real Texas counties and towns)."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report


def _coded(pipeline, title, body):
    r = Report(id="h", title=title, text=title + "\n\n" + body, published=date(2024, 11, 18))
    return [(e.sub_event_type, e.admin2, e.fatalities) for e in pipeline.process(r)
            if e.event_type == "Other violence"]


def test_killed_while_hunting_is_an_accidental_shooting_at_the_hunt(violence_pipeline):
    title = "Plano teen killed while hunting in McLennan County"
    body = ("A 16-year-old junior at Plano High School was killed while hunting with his uncle in "
            "McLennan County early on Saturday, game wardens said. He died at the scene. Plano High "
            "School students wore orange on Monday in his memory.")
    assert _coded(violence_pipeline, title, body) == [("Accidental shooting", "McLennan County", 1)]


def test_hunting_without_a_death_is_no_event(violence_pipeline):
    title = "Deer season opens in McLennan County"
    body = ("Hunters were out early on Saturday in McLennan County, and wardens said the opening day "
            "passed quietly. A Plano family said they went hunting there every year.")
    assert _coded(violence_pipeline, title, body) == []
