"""Reports linked by what their words resemble (store/resemblance.py: _link_resembling, _link_lonely),
when too few names link them: on SQLite and PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations

from datetime import date

from conflictlens.store import DedupeSettings
from conflictlens.store import dedupe
from test_dedupe import crime, report, undated

# invented reports, few capitalised names (too few for the names to link them)
PHARMACY = ("a gunman shot a pharmacist inside the corner drugstore by the fountain plaza; the pharmacist "
            "survived with wounds to her arm and the gunman fled on a bicycle, detectives said.")
PHARMACY_ARREST = ("detectives arrested a teenager accused of shooting the pharmacist inside the corner "
                   "drugstore by the fountain plaza; he had fled on a bicycle and was found hiding in a garage.")
DEPOT = ("a bus driver was shot at the tram depot on the ring road after a quarrel over a fare; the driver "
         "was taken to hospital and the shooter escaped in a van, detectives said.")
BOTH = ("detectives arrested a man they accuse of two shootings: the pharmacist at the corner drugstore "
        "by the fountain plaza and the bus driver at the tram depot on the ring road.")
FILLERS = ("the council approved the budget for the new swimming pool and the library roof.",
           "a storm brought down trees across the valley and closed two schools for the day.",
           "the football club signed a goalkeeper from the coast on a three season contract.")


def _town(store):
    for i, text in enumerate(FILLERS):
        store.add_report(report(f"f{i}", text=text, published=date(2021, 5, 1)), [])


def related(store, aid):
    return [e.event_id_cnty for e in store.events_for(aid, role="related")]


def test_content_words_and_their_resemblance():
    terms = dedupe.report_terms("The victims' relatives said the victim's brother was shot on Monday.")
    assert "victim" in terms and "victims" not in terms and "relative" in terms and "brother" in terms
    assert "the" not in terms and "said" not in terms and "monday" not in terms and "shot" in terms
    same = {"pharmacist": 1.0, "drugstore": 1.0}
    assert dedupe.resemblance(["pharmacist", "drugstore"], ["pharmacist", "drugstore"], same) == 1.0
    assert dedupe.resemblance(["pharmacist"], [], same) == 0.0
    # a rare word shared weighs more than a common one
    weight = {"pharmacist": 3.0, "shot": 0.5, "police": 0.5, "bakery": 0.5}
    assert dedupe.resemblance(["pharmacist", "shot"], ["pharmacist", "police"], weight) > \
        dedupe.resemblance(["pharmacist", "shot"], ["bakery", "shot"], weight)


def test_an_arrest_story_is_linked_to_the_shooting_its_words_tell(store):
    _town(store)
    pharmacy = store.add_report(report("k1", text=PHARMACY, published=date(2021, 5, 3)), [crime()])[0]
    depot = store.add_report(report("k2", text=DEPOT, published=date(2021, 5, 3)),
                             [crime(latitude=39.2, location="Harlow Springs depot")])[0]
    assert pharmacy.event_id_cnty != depot.event_id_cnty
    assert store.add_report(report("a1", text=PHARMACY_ARREST, published=date(2021, 5, 6)), []) == []
    assert related(store, "a1") == [pharmacy.event_id_cnty]
    assert store.history(pharmacy.event_id_cnty)[-1]["changes"]["resemblance"][1] >= \
        store.dedupe.resemblance_link
    # one that resembles both shootings alike tells neither apart: linked to none
    store.add_report(report("a2", text=BOTH, published=date(2021, 5, 6)), [])
    assert related(store, "a2") == []


def test_the_arrest_story_stored_first_is_linked_when_its_shooting_arrives(store):
    _town(store)
    store.add_report(report("a1", text=PHARMACY_ARREST, published=date(2021, 5, 6)), [])
    assert related(store, "a1") == []
    pharmacy = store.add_report(report("k1", text=PHARMACY, published=date(2021, 5, 3)), [crime()])[0]
    assert related(store, "a1") == [pharmacy.event_id_cnty]


def test_resemblance_alone_below_the_threshold_links_nothing(store):
    _town(store)
    store.dedupe = DedupeSettings(resemblance_link=0.99)
    store.add_report(report("k1", text=PHARMACY, published=date(2021, 5, 3)), [crime()])
    store.add_report(report("a1", text=PHARMACY_ARREST, published=date(2021, 5, 6)), [])
    assert related(store, "a1") == []


def test_an_arrest_story_is_not_linked_to_a_shooting_long_before_it(store):
    _town(store)
    store.add_report(report("k1", text=PHARMACY, published=date(2020, 5, 3)), [crime(event_date=date(2020, 5, 3))])
    store.add_report(report("a1", text=PHARMACY_ARREST, published=date(2021, 5, 6)), [])
    assert related(store, "a1") == []  # beyond link_days


def test_an_undated_event_joins_the_dated_shooting_its_report_resembles(store):
    _town(store)
    # a report with no date tells the shooting first: an undated event of its own
    (held,) = store.add_report(report("u1", text=PHARMACY_ARREST, published=None), [], undated=[undated()])
    assert dedupe.is_undated(held)
    # the dated report of it arrives: the undated event joins it (absorbed, its report related)
    dated = store.add_report(report("k1", text=PHARMACY, published=date(2021, 5, 3)), [crime()])[0]
    assert store.event(held.event_id_cnty) is None and store.undated_count() == 0
    assert related(store, "u1") == [dated.event_id_cnty]
    assert set(store.event(dated.event_id_cnty).article_ids) == {"k1", "u1"}


def test_an_undated_event_elsewhere_does_not_join(store):
    _town(store)
    store.add_report(report("u1", text=PHARMACY_ARREST, published=None), [],
                     undated=[undated(latitude=41.5, longitude=-90.5, location="Elsewhere")])
    store.add_report(report("k1", text=PHARMACY, published=date(2021, 5, 3)), [crime()])
    assert store.undated_count() == 1 and related(store, "u1") == []


def test_a_store_from_before_migration_8_keeps_working(store):
    from test_dedupe import undo_migration_8
    _town(store)
    store.add_report(report("k1", text=PHARMACY, published=date(2021, 5, 3)), [crime()])
    undo_migration_8(store)
    store._exec("DELETE FROM schema_version WHERE version >= 8")
    store._migrate()
    from conflictlens.store.schema import LATEST_VERSION
    assert store.schema_version() == LATEST_VERSION
    # the reports stored before keep no content words (their texts are not kept): nothing resembles them
    assert store._value("SELECT COUNT(*) AS v FROM report_terms") == 0
    store.add_report(report("a1", text=PHARMACY_ARREST, published=date(2021, 5, 6)), [])
    assert related(store, "a1") == [] and store._value("SELECT COUNT(*) AS v FROM report_terms") > 0


# a second report of the pharmacy shooting, told with other words than the first
PHARMACY_FOLLOWUP = ("the wounded pharmacist was treated for her arm; the drugstore stays shut and neighbours "
                     "offered a reward for the cyclist seen near the fountain.")
# an arrest story whose words resemble the depot report about as much as the pharmacy's best
# report, but the pharmacy's two reports taken together far more
ARREST_OF_THE_CYCLIST = ("detectives arrested a man after the reward; neighbours had seen him on a bicycle by "
                         "the plaza, and he had quarrelled with a bus driver over a fare before.")


def _two_shootings(store, depot_first=False):
    depot = None
    if depot_first:
        depot = store.add_report(report("k2", text=DEPOT, published=date(2021, 5, 3)),
                                 [crime(latitude=39.2, location="Harlow Springs depot")])[0]
    pharmacy = store.add_report(report("k1", text=PHARMACY, published=date(2021, 5, 3)), [crime()])[0]
    store.add_report(report("k3", text=PHARMACY_FOLLOWUP, published=date(2021, 5, 4)), [crime()])
    if not depot_first:
        depot = store.add_report(report("k2", text=DEPOT, published=date(2021, 5, 3)),
                                 [crime(latitude=39.2, location="Harlow Springs depot")])[0]
    assert {"k1", "k3"} <= set(store.event(pharmacy.event_id_cnty).article_ids)
    return pharmacy, depot


def test_an_event_told_by_several_resembling_reports_wins_over_one_report_as_close(store):
    _town(store)
    pharmacy, depot = _two_shootings(store)
    store.add_report(report("a3", text=ARREST_OF_THE_CYCLIST, published=date(2021, 5, 6)), [])
    near = store._resembling("a3")
    # one report at a time, the depot's is as close as the pharmacy's best: no event stands out
    assert max(near["k1"], near["k3"]) < store.dedupe.resemblance_ratio * near["k2"]
    # the pharmacy's reports taken together do
    assert near["k1"] + near["k3"] >= store.dedupe.resemblance_ratio * near["k2"]
    assert related(store, "a3") == [pharmacy.event_id_cnty]


def test_the_reports_taken_together_decide_whatever_the_order_of_arrival(store):
    _town(store)
    store.add_report(report("a3", text=ARREST_OF_THE_CYCLIST, published=date(2021, 5, 6)), [])
    # the depot's report and the pharmacy's first are as close to it: linked to neither yet; the
    # pharmacy's second report, when it arrives, makes its reports the closer taken together
    pharmacy, depot = _two_shootings(store, depot_first=True)
    assert related(store, "a3") == [pharmacy.event_id_cnty]


def test_one_clearly_closer_report_still_decides_before_the_sums(store):
    _town(store)
    pharmacy, depot = _two_shootings(store)
    # the depot's report alone resembles it far more than any pharmacy report: the depot
    store.add_report(report("a4", text=("a man was arrested for shooting the bus driver at the tram depot on the "
                                        "ring road after a quarrel over a fare; he had escaped in a van."),
                            published=date(2021, 5, 6)), [])
    assert related(store, "a4") == [depot.event_id_cnty]
