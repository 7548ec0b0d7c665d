"""A report with no date that places the violence it tells (an undated mention at a town or
district) is not linked by its words alone to an event whose place it names no word of
(store/resemblance.py: _placed_elsewhere, ``word_links_name_place``): two shootings of one city,
told in alike words (a teenage boy, the hospital), in two neighbourhoods next to each other, are
two incidents. Invented reports, on SQLite and PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations

from conflictlens.store import DedupeSettings, dedupe
from test_dedupe import report, town_news, undated

# invented: two neighbourhoods of one made-up city, 3 km apart (inside the place window)
MARLOWE = dict(location="Marlowe Park", latitude=39.100, longitude=-94.600)
TANNER = dict(location="Tanner Flats", latitude=39.120, longitude=-94.625)

FIRST = ("A youth of fifteen lay dying by the skate ramp in Marlowe Park; paramedics rushed the "
         "wounded youth to the lakeside infirmary, where the coroner later confirmed his death.")
# invented: alike in words, told in the next neighbourhood, naming only its own
SECOND = ("A youth of fifteen, struck by a ricochet beside the skate ramp in Tanner Flats, had paramedics "
          "rush the wounded youth to the lakeside infirmary in grave condition.")
# invented: alike in words, told in the first neighbourhood
THIRD = ("The coroner confirmed that the youth of fifteen wounded by the skate ramp in Marlowe Park died at "
         "the lakeside infirmary after paramedics rushed him there.")


def _held(store):
    town_news(store)
    (held,) = store.add_report(report("u1", text=FIRST, published=None), [], undated=[undated(**MARLOWE)])
    assert dedupe.is_undated(held)
    return held


def test_a_report_placed_in_another_neighbourhood_is_not_linked_by_its_words(store):
    held = _held(store)
    store.add_report(report("u2", text=SECOND, published=None), [], undated=[undated(fatalities=0, **TANNER)])
    assert held.event_id_cnty not in [e.event_id_cnty for e in store.events_for("u2", role="related")]
    assert store.event(held.event_id_cnty).article_ids == ("u1",)


def test_without_the_rule_its_words_link_it(store):
    store.dedupe = DedupeSettings(word_links_name_place=False)
    held = _held(store)
    store.add_report(report("u2", text=SECOND, published=None), [], undated=[undated(fatalities=0, **TANNER)])
    assert [e.event_id_cnty for e in store.events_for("u2", role="related")] == [held.event_id_cnty]


def test_a_report_naming_the_events_neighbourhood_is_still_linked(store):
    held = _held(store)
    store.add_report(report("u3", text=THIRD, published=None), [], undated=[undated(**MARLOWE)])
    assert held.event_id_cnty in [e.event_id_cnty for e in store.events_for("u3", role="related")] + [
        e.event_id_cnty for e in store.events_for("u3")]
