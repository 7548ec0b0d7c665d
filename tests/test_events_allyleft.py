"""One sentence joining two incidents, each at a place of its own, codes two rows."""
from datetime import date

from event_helpers import violent_rows

PUB = date(2024, 5, 15)


def test_two_clauses_at_two_places_are_two_events(violence_pipeline):
    rows = violent_rows(violence_pipeline, "In unrelated attacks on Tuesday, gunmen killed a traffic policeman in "
                                           "Mardan and a roadside bomb injured five people in Turbat.", PUB)
    got = sorted((e.location, e.event_type, e.sub_event_type, e.fatalities, e.event_date) for e in rows)
    assert got == [
        ("Mardan", "Battles", "Armed clash", 1, date(2024, 5, 14)),
        ("Turbat", "Explosions/Remote violence", "Remote explosive/landmine/IED", 0, date(2024, 5, 14))]
    shooting = next(e for e in rows if e.location == "Mardan")
    assert shooting.actor1 == "Unidentified Armed Group (Pakistan)" and shooting.actor2.startswith("Police Forces of Pakistan")
    # (one attack told in two clauses at one place stays one)
    rows = violent_rows(violence_pipeline, "On Tuesday gunmen stormed a checkpoint in Mardan and a bomb they "
                                           "planted wounded two guards.", PUB)
    assert len({e.location for e in rows}) <= 1
