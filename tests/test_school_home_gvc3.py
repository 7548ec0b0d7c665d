"""A town that opens the name of a person's school ("a senior at Plano High School", "a graduate
of Plano High") tells where the victim studied, a home as "of Plano" does, not where the violence
was: it does not count toward the town the report is about (events.mentions.school_place), so a
report naming the school town more often than the scene is still placed at the scene. Invented
reports (real, well-known Texas towns)."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report


def _places(pipeline, title, body):
    r = Report(id="s", title=title, text=title + "\n\n" + body, published=date(2024, 3, 11))
    return [e.location for e in pipeline.process(r) if e.event_type == "Other violence"]


def test_school_town_is_no_scene(violence_pipeline):
    title = "Teen shot dead at party"
    body = ("A 17-year-old was shot and killed at a house party late Saturday, police said. "
            "The victim, a senior at Plano High School, was found in the backyard. "
            "Classmates at Plano High School held a vigil on Sunday. He was also a graduate of "
            "Plano Middle School.\n\nWaco police are asking anyone with information to call.")
    assert set(_places(violence_pipeline, title, body)) == {"Waco"}


def test_shooting_at_the_school_stays_there(violence_pipeline):
    title = "Student shot at Plano High School"
    body = ("A 16-year-old was shot and killed outside Plano High School on Monday morning, police "
            "said. Officers in Plano said the gunman fled. A relative drove in from Waco.")
    assert set(_places(violence_pipeline, title, body)) == {"Plano"}


def test_school_team_town_is_no_scene(violence_pipeline):
    title = "Plano student dies in shooting"
    body = ("A 17-year-old was shot and killed on a ranch in McLennan County on Sunday, deputies said. "
            "The Plano football team posted a tribute to him on its page. Plano students will hold a "
            "vigil on Friday.")
    assert {e.admin2 for e in violence_pipeline.process(Report(
        id="t", title=title, text=title + "\n\n" + body, published=date(2024, 3, 11)))
        if e.event_type == "Other violence"} == {"McLennan County"}
