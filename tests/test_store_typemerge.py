"""Labels the codebook lets tell one incident (store/identity/kinds.py: one_kind, the pairs in
data/store/one_event_types.tsv): reports told from different sides code one incident under two
families (the gunfight and the bystanders it killed, the bombing and its victims), and the store joins them as it joins one family; what the codebook writes as
separate rows (an abduction beside a fight, arrests after an attack) stays apart. The stored
event keeps the label ranked highest in the codebook's order. Invented reports and places, in a
SQLite file (and PostgreSQL when one runs)."""
from __future__ import annotations

from datetime import date

from test_dedupe import event, report

from conflictlens.store import DedupeSettings, dedupe

DAY = date(2022, 1, 21)


def _attack(**kw):
    """The same day and place as test_dedupe.event (a gunfight), told as an attack on civilians."""
    base = dict(event_type="Violence against civilians", sub_event_type="Attack",
                actor1="Islamic State (Syria)", inter1=2, actor2="Civilians (Syria)", inter2=7,
                civilian_targeting="Civilians targeted", fatalities=4)
    return event(**{**base, **kw})


def test_an_attack_on_civilians_is_the_battle_or_bombing_of_the_same_day_and_place():
    battle = event()
    assert dedupe.matches(_attack(), battle)
    assert dedupe.matches(_attack(), event(event_type="Explosions/Remote violence",
                                           sub_event_type="Remote explosive/landmine/IED"))
    # a crowd's label with an attack or a crime stays apart (the crowd's label would rank first
    # and take the event out of the acts of violence the store follows by names)
    assert not dedupe.matches(_attack(), event(event_type="Riots", sub_event_type="Mob violence",
                                               actor1="Rioters (Syria)", inter1=5, actor2=""))
    burning = event(event_type="Other violence", sub_event_type="Arson", actor1="", inter1=0, actor2="")
    assert not dedupe.matches(burning, event(event_type="Protests", sub_event_type="Excessive force against protesters",
                                             actor1="Protesters (Syria)", inter1=6, actor2=""))
    # the pair is the codebook's; without it, two families stay apart
    assert not dedupe.matches(_attack(), battle, DedupeSettings(codebook_pairs=False))


def test_what_the_codebook_writes_as_separate_rows_stays_apart():
    battle = event()
    # militants fight, then abduct civilians: two rows (spec §0)
    assert not dedupe.matches(_attack(sub_event_type="Abduction/forced disappearance"), battle)
    # arrests after an attack are an event of their own
    arrests = event(event_type="Strategic developments", sub_event_type="Arrests",
                    actor1="Police Forces of Syria (2000-2024)", inter1=1, actor2="")
    assert not dedupe.matches(arrests, _attack())
    assert not dedupe.codebook_pair("Strategic developments", "Arrests", "Violence against civilians", "Attack")
    # the day and the place still decide
    assert not dedupe.matches(_attack(event_date=date(2022, 1, 23)), battle)


def test_either_way_round_and_every_sub_type_of_a_starred_type():
    for sub in ("Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Grenade"):
        assert dedupe.codebook_pair("Violence against civilians", "Attack", "Explosions/Remote violence", sub)
        assert dedupe.codebook_pair("Explosions/Remote violence", sub, "Violence against civilians", "Attack")
    assert not dedupe.codebook_pair("Riots", "Mob violence", "Violence against civilians", "Attack")


FIGHT = ("Jihadist fighters and Kurdish-led troops exchanged fire for hours around Ghuwayran on Friday, "
         "commander Rezan Hemo told Hawar News; two fighters died.")
DEAD = ("Four farm workers were killed at Ghuwayran on Friday, said Amina Darwish, whose brother Kawa "
        "was among them, speaking to Kurdistan 24.")


def _town_news(store):
    """Other news from the town: its name alone tells no incident."""
    for i, topic in enumerate(("bakery reopening", "school exams", "water pipeline", "wheat harvest")):
        store.add_report(report(f"town{i}", text=f"Ghuwayran news: the {topic} was discussed.",
                                published=date(2022, 1, 10)), [])


def test_a_report_of_the_victims_joins_the_stored_battle_and_the_battle_label_is_kept(store):
    _town_news(store)
    first = store.add_report(report("fight", text=FIGHT, published=DAY), [event(fatalities=2)])[0]
    second = store.add_report(report("dead", text=DEAD, published=DAY), [_attack()])[0]
    assert second.event_id_cnty == first.event_id_cnty
    e = store.event(first.event_id_cnty)
    assert set(e.article_ids) == {"fight", "dead"}
    # the codebook's priority: the battle row holds the civilians killed in it
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert store.counts()["events"] == 1


def test_without_the_pairs_the_two_reports_make_two_events(store):
    store.dedupe = DedupeSettings(codebook_pairs=False)
    _town_news(store)
    first = store.add_report(report("fight", text=FIGHT, published=DAY), [event(fatalities=2)])[0]
    second = store.add_report(report("dead", text=DEAD, published=DAY), [_attack()])[0]
    assert second.event_id_cnty != first.event_id_cnty


def test_the_attack_stored_first_takes_the_battle_label_when_the_battle_report_arrives(store):
    _town_news(store)
    first = store.add_report(report("dead", text=DEAD, published=DAY), [_attack()])[0]
    second = store.add_report(report("fight", text=FIGHT, published=DAY), [event(fatalities=2)])[0]
    assert second.event_id_cnty == first.event_id_cnty
    e = store.event(first.event_id_cnty)
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")


# -- one report's own rows (EventMatching._fold_own_rows) ------------------------------

def _unclaimed(**kw):
    """An attack on civilians whose report names no one who did it."""
    return _attack(actor1="Unidentified Armed Group (Syria)", inter1=3, **kw)


STORY = ("Four farm workers died at Ghuwayran on Friday when jihadist fighters and Kurdish-led troops "
         "traded fire around the silo where they worked, relatives said.")


def test_one_report_telling_one_incident_under_two_families_stores_one_event(store):
    """The lead codes the dead as an attack on civilians, the body the gunfire as a clash: one
    incident, one event, with the battle's label (the codebook's priority) and the higher toll."""
    got = store.add_report(report("story", text=STORY, published=DAY), [_unclaimed(), event(fatalities=2)])
    assert len({e.event_id_cnty for e in got}) == 1
    assert store.counts()["events"] == 1
    e = store.event(got[0].event_id_cnty)
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash") and e.fatalities == 4
    assert any(h["action"] == "own row folded" for h in store.history(e.event_id_cnty))


def test_a_later_report_of_either_label_joins_the_one_event(store):
    _town_news(store)
    eid = store.add_report(report("story", text=STORY, published=DAY), [_unclaimed(), event(fatalities=2)])[0].event_id_cnty
    assert store.add_report(report("fight", text=FIGHT, published=DAY), [event()])[0].event_id_cnty == eid
    assert store.add_report(report("dead", text=DEAD, published=DAY), [_attack()])[0].event_id_cnty == eid
    assert store.counts()["events"] == 1


def test_a_report_s_rows_of_other_incidents_stay_apart(store):
    rows = [
        _attack(),
        # another day
        event(event_date=date(2022, 1, 23)),
        # another town, about 100 km off
        event(latitude=37.05, longitude=41.22, location="Qamishli"),
        # the same day and place, other named sides: another fight (spec §0)
        event(actor1="Military Forces of Turkey (2016-)", inter1=8, actor2="Kurdish Militia", inter2=4),
        # the same family as the attack: the pipeline kept them apart itself
        _attack(sub_event_type="Abduction/forced disappearance", fatalities=0),
    ]
    got = store.add_report(report("many", text=STORY, published=DAY), rows)
    assert len({e.event_id_cnty for e in got}) == len(rows)


def test_a_group_named_fighting_and_killing_civilians_did_two_things(store):
    """Both rows name the doer: the fight with one side and the attack on civilians are two
    actor pairs, two rows (spec §0), however near."""
    rows = [event(), _attack()]
    got = store.add_report(report("many", text=STORY, published=DAY), rows)
    assert len({e.event_id_cnty for e in got}) == len(rows)


def test_without_the_fold_the_two_rows_make_two_events(store):
    store.dedupe = DedupeSettings(fold_own_rows=False)
    got = store.add_report(report("story", text=STORY, published=DAY), [_unclaimed(), event(fatalities=2)])
    assert len({e.event_id_cnty for e in got}) == 2
