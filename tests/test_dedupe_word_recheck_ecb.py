"""A report linked to an event by its words alone (store/resemblance.py: _link_resembling) is weighed
again each time that event gains a report (_recheck_word_links): the words it shared with the
event's first report grow common as the event's later reports use them too, and the undated
event its own words tell (a sibling report's) may then be the one it resembles most
(``resemblance_ratio`` over the other). Invented reports, on SQLite and PostgreSQL (the
``store`` fixture)."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import DedupeSettings
from test_dedupe import crime, report, town_news, undated

# invented: the dated report of a shooting
SHOT = ("Darnell Okafor was shot outside the laundromat on Quarry Lane in Harlow Springs; detectives "
        "found shell casings beside a blue sedan, a tarpaulin and a torn umbrella.")
# invented: a report with no date telling a shooting in another town, by the shops that closed early
ELSEWHERE = dict(location="Tamsin Ford", latitude=38.2, longitude=-92.4)
CLOSED = ("A man was shot in Tamsin Ford; the greengrocer and the locksmith on the corner closed "
          "early and a florist pulled down her shutters, neighbours said.")
# invented: a report with no date coding nothing: the shooting's objects, and the shops
WITNESSES = ("Witnesses recalled shell casings, a blue sedan, a tarpaulin and a torn umbrella near a "
             "laundromat; the greengrocer and the locksmith closed early.")
# invented: later reports of the dated shooting, using its objects among many words of their own
LATER = [
    "Okafor's cousin spoke of the laundromat, the sedan, the shell casings, the tarpaulin and the torn blue umbrella, and of choir "
    "practice, basketball, his apprenticeship as a welder and his love of fishing trips.",
    "At the laundromat, investigators photographed the sedan, bagged the shell casings, the tarpaulin and the torn blue umbrella, "
    "measured tyre marks, interviewed cab drivers and reviewed doorbell cameras along the block.",
    "A fundraiser for Okafor's funeral named the laundromat, the sedan, the shell casings, the tarpaulin and the torn blue umbrella; bakers, "
    "mechanics and teachers from the parish donated quilts, casseroles and bicycle repairs.",
    "The laundromat owner said the sedan, the shell casings, the tarpaulin and the torn blue umbrella were gone by dawn; "
    "customers collected towels, sneakers, uniforms and blankets from the dryers.",
    "Shell casings, a blue sedan, a tarpaulin and a torn umbrella outside a laundromat: reporters described the "
    "scene while councillors debated streetlights, potholes, sidewalks and bus shelters.",
    "A vigil near the laundromat remembered the sedan, the shell casings, the tarpaulin and the torn blue umbrella; "
    "trumpets, candles, balloons and handwritten posters lined the pavement until midnight.",
]


def _linked(store, aid):
    return [e.event_id_cnty for e in store.events_for(aid, role="related")]


@pytest.mark.parametrize("recheck", [True, False])
def test_a_report_linked_by_its_words_is_weighed_again_as_its_event_grows(store, recheck):
    town_news(store)
    store.dedupe = DedupeSettings(recheck_word_links=recheck)
    (shot,) = store.add_report(report("k1", text=SHOT, published=date(2021, 5, 3)), [crime()])
    (held,) = store.add_report(report("u1", text=CLOSED, published=None), [], undated=[undated(**ELSEWHERE)])
    assert held.event_id_cnty != shot.event_id_cnty
    store.add_report(report("w", text=WITNESSES, published=None), [])
    assert _linked(store, "w") == [shot.event_id_cnty]
    for i, text in enumerate(LATER):
        store.add_report(report(f"k{i + 2}", text=text, published=date(2021, 5, 4)), [crime()])
    assert _linked(store, "w") == [held.event_id_cnty if recheck else shot.event_id_cnty]
