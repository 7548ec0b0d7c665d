"""Issue 6: reports with no date join an event by what is specific to its incident. A report
with no date telling people's ages, none of them (nor a year off) an age the reports of a stored
event tell, is not that event however many of its names they share, unless the two name someone
or something alike by a full name (NameEvidence._share_people: the town's, its streets', its
hospitals' and its officials' names left out): ``ages_unless_people``. Invented reports and
places only; runs on a SQLite file (and PostgreSQL when one runs)."""
from __future__ import annotations

from datetime import date

from conflictlens.store.dedupe import DedupeSettings
from test_dedupe import crime, report, undated

# invented: a teenager shot on a street of a made-up town, told with a date
TEEN = ("Harlow Springs: gunfire on Tamsin Court left a 17-year-old junior lifeless, Lieutenant Gideon "
        "Marwick said. Medics rushed him to Brackley Memorial Hospital. Casimir Oakhurst, 17, played trumpet.")
# invented: a girl wounded on the same street months later, told with no date
GIRL = ("Harlow Springs: a 4-year-old riding in a sedan on Tamsin Court was grazed by gunfire, Lieutenant "
        "Gideon Marwick said. Medics rushed her to Brackley Memorial Hospital; she is recovering.")
# invented: the teenager's killing retold with no date, his mother's age told, not his
MOTHER = ("Harlow Springs: Yolanda Oakhurst, 44, said her son Casimir Oakhurst loved the school "
          "band. Lieutenant Gideon Marwick said no arrest was made on Tamsin Court.")


def _town(store):
    # the store knows other news from the town: its name weighs little
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board")):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])


def _loose(**kw) -> DedupeSettings:
    # names decide nothing here: whatever share they have is above every threshold
    return DedupeSettings(undated_join_names=0.0, undated_join_related_names=0.0, undated_names=0.0,
                          undated_related_names=0.0, undated_group_names=0.0, told_days_names=0.0, **kw)


def _dated_then(store, text, **kw):
    """The teenager's dated event, and the events a report of ``text`` with no date is linked to."""
    store.dedupe = _loose(**kw)
    _town(store)
    (teen,) = store.add_report(report("d1", text=TEEN, published=date(2021, 9, 4)),
                               [crime(event_date=date(2021, 9, 4))])
    store.add_report(report("u1", text=text, published=None), [], undated=[undated()])
    return teen.event_id_cnty, [e.event_id_cnty for e in store.events_for("u1", role="related")]


def test_other_ages_and_only_the_towns_names_keep_a_report_with_no_date_apart(store):
    teen, linked = _dated_then(store, GIRL)
    assert teen not in linked


def test_without_the_rule_the_names_in_common_link_it(store):
    teen, linked = _dated_then(store, GIRL, ages_unless_people=False)
    assert linked == [teen]


def test_a_full_name_in_common_links_it_whatever_ages_it_tells(store):
    teen, linked = _dated_then(store, MOTHER)
    assert linked == [teen]


def _undated_then_dated(store, **kw):
    """The girl's undated event (two reports with no date), then the teenager's dated report:
    does it date the girl's undated event?"""
    store.dedupe = _loose(**kw)
    _town(store)
    store.add_report(report("u1", text=GIRL, published=None), [], undated=[undated()])
    store.add_report(report("u2", text=GIRL + " Her aunt prayed.", published=None), [], undated=[undated()])
    store.add_report(report("d1", text=TEEN, published=date(2021, 9, 4)), [crime(event_date=date(2021, 9, 4))])
    return store.undated_count()


def test_a_dated_report_telling_other_ages_does_not_date_the_undated_event(store):
    assert _undated_then_dated(store) == 1


def test_without_the_rule_it_dates_it(store):
    assert _undated_then_dated(store, ages_unless_people=False) == 0


# -- names that tell no one incident: the station's, its newsroom's, a street's, a hospital's --

# invented: two stories of one made-up station (host kqvr.example) about two incidents of its town
STATION_DATED = ("KQVR Weather: Harlow Springs: a man was shot on Larkspur Avenue on Friday. "
                 "Medics rushed the roofer to Brackley Hospital, Police noted. Action News will update.")
STATION_UNDATED = ("KQVR Weather: Harlow Springs: a woman was hurt when someone fired at a car. "
                   "Police asked drivers on Quillon Avenue to call Action News or Brackley Hospital.")


def _station(store, **kw):
    """The dated shooting of one station's story, and the events another story of it with no
    date (another incident: no one, no age in common) is linked to; the stories' words link
    nothing here (their resemblance is too high in so small a store to tell)."""
    store.dedupe = _loose(resemblance_link=9.0, **kw)
    _town(store)
    (shot,) = store.add_report(report("d1", text=STATION_DATED, url="https://www.kqvr.example/news/d1",
                                      published=date(2021, 9, 4)), [crime(event_date=date(2021, 9, 4))])
    store.add_report(report("u1", text=STATION_UNDATED, url="https://www.kqvr.example/news/u1", published=None),
                     [], undated=[undated()])
    return shot.event_id_cnty, [e.event_id_cnty for e in store.events_for("u1", role="related")]


def test_a_stations_names_alone_link_no_report_with_no_date(store):
    shot, linked = _station(store)
    assert shot not in linked


def test_without_the_rule_the_stations_names_link_it(store):
    shot, linked = _station(store, nothing_specific=False)
    assert linked == [shot]


def test_a_victims_name_in_common_still_links_it(store):
    store.dedupe = _loose(resemblance_link=9.0)
    _town(store)
    (shot,) = store.add_report(report("d1", text=STATION_DATED + " Ignatius Fairweather was named.",
                                      url="https://www.kqvr.example/news/d1", published=date(2021, 9, 4)),
                               [crime(event_date=date(2021, 9, 4))])
    store.add_report(report("u1", text=STATION_UNDATED + " Fairweather had moved in.",
                            url="https://www.kqvr.example/news/u1", published=None), [], undated=[undated()])
    assert [e.event_id_cnty for e in store.events_for("u1", role="related")] == [shot.event_id_cnty]


# -- a prosecutor, a police director, a schools superintendent: who speaks, no party ----------

def test_an_officials_full_name_after_his_title_is_no_ones():
    from conflictlens.store.identity import names
    text = ("Wexley County Prosecutor Elspeth Varnum and Lakeview Police Director Tobiah Quarrie spoke; "
            "the Wexley Schools Superintendent Marisol Enwright closed the school. Casimir Oakhurst, 17, "
            "was hurt.")
    people = names.report_people(text)
    assert "casimir oakhurst" in people
    assert not {"elspeth varnum", "tobiah quarrie", "marisol enwright"} & set(people)
