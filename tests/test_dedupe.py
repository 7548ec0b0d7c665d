"""Event identity across reports, history, merges and duplicate reports, on both backends."""
from __future__ import annotations

import json
from datetime import date

import pytest

from conflictlens.model import Event, Evidence, Report
from conflictlens.store import DedupeSettings, open_store
from conflictlens.store import dedupe


def report(rid, text=None, source="Shafaq News", url=None, published=date(2022, 1, 23)):
    return Report(id=rid, text=text or f"Report {rid} about the prison attack, told its own way.",
                  title=rid, published=published, source=source,
                  url=url if url is not None else f"https://news.example/{rid}", origin=rid)


def event(**kw):
    base = dict(
        event_date=date(2022, 1, 21), event_type="Battles", sub_event_type="Armed clash",
        disorder_type="Political violence", time_precision=1,
        actor1="Islamic State (Syria)", inter1=2, actor2="QSD: Syrian Democratic Forces", inter2=2,
        iso=760, region="Middle East", country="Syria", admin1="Al Hasakeh", admin2="Al Hasakeh",
        location="Al Hasakeh - Ghuwayran", latitude=36.4929, longitude=40.7436, geo_precision=1,
        source="Shafaq News", source_scale="National", notes="IS fighters attacked Ghuwayran prison.",
        fatalities=20, evidence=Evidence("IS fighters attacked the prison", 0, 31), confidence=0.8,
        country_code="SY",
    )
    base.update(kw)
    return Event(**base)


# -- matching rules (pure) ------------------------------------------------------------

def test_matching_rules():
    e = event()
    assert dedupe.matches(event(source="Reuters", fatalities=35), e)
    # an air strike in the battle belongs to it (codebook aggregation); a protest does not
    assert dedupe.matches(event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike"), e)
    assert not dedupe.matches(event(event_type="Protests", sub_event_type="Peaceful protest"), e)
    # the next day is another ACLED row; a week-precise date overlaps it
    assert not dedupe.matches(event(event_date=date(2022, 1, 22)), e)
    assert dedupe.matches(event(event_date=date(2022, 1, 23), time_precision=2), e)
    assert dedupe.matches(event(event_date=date(2022, 1, 22)), e, DedupeSettings(day_window=1))
    # 10 km window: ~5 km is the same place, ~15 km is not; a region contains its towns
    assert dedupe.matches(event(latitude=36.5379), e)
    assert not dedupe.matches(event(latitude=36.63), e)
    assert dedupe.matches(event(latitude=36.63), e, DedupeSettings(place_window_km=20))
    assert dedupe.matches(event(latitude=36.1, longitude=40.9, geo_precision=3, location="Al Hasakeh"), e)
    assert not dedupe.matches(event(country_code="IQ", country="Iraq"), e)
    # actors: unnamed is compatible, a different named pair is not, a fuller name is
    assert dedupe.matches(event(actor1="Unidentified Armed Group (Syria)", actor2=""), e)
    assert dedupe.matches(event(actor1="Islamic State"), e)
    assert not dedupe.matches(event(actor1="Military Forces of Turkey (2016-)", actor2="Kurdish Militia"), e)


def test_combine_reconciles_by_the_codebook():
    a = event(article_id="a", fatalities=20, actor1="Islamic State", geo_precision=2, time_precision=2,
              event_date=date(2022, 1, 20))
    b = event(article_id="b", fatalities=35, source="Reuters", actor1="Islamic State (Syria)",
              geo_precision=1, location="Ghuwayran prison", latitude=36.49, time_precision=1)
    c = event(article_id="c", fatalities=0, source="AFP", actor2="")
    m = dedupe.combine([a, b, c])
    assert m.article_ids == ("a", "b", "c")
    assert m.fatalities == 20  # the lowest credible toll; a report naming none is not "zero"
    assert "35 (Reuters)" in m.notes and "20 (Shafaq News)" in m.notes
    assert m.source == "Shafaq News; Reuters; AFP"
    assert m.actor1 == "Islamic State (Syria)" and m.actor2 == "QSD: Syrian Democratic Forces"
    assert (m.location, m.geo_precision) == ("Ghuwayran prison", 1)
    assert (m.event_date, m.time_precision) == (date(2022, 1, 21), 1)
    assert m.article_id == "a" and m.evidence == a.evidence


def test_combine_takes_the_earliest_of_equally_precise_dates():
    # a follow-up report codes the incident on its own, later day: the event keeps the
    # day it happened, whichever report was stored first
    first = event(article_id="a", event_date=date(2022, 1, 24))
    earlier = event(article_id="b", event_date=date(2022, 1, 21))
    for order in ([first, earlier], [earlier, first]):
        assert dedupe.combine(order).event_date == date(2022, 1, 21)
    # a more precise date still wins over an earlier, vaguer one
    vague = event(article_id="c", event_date=date(2022, 1, 15), time_precision=2)
    assert dedupe.combine([vague, first]).event_date == date(2022, 1, 24)


def test_canonical_url_and_fingerprints():
    cu = dedupe.canonical_url
    assert cu("http://www.Example.org/news/a/?utm_source=x&id=3#top") == cu("https://example.org/news/a?id=3")
    assert cu("https://example.org/a") != cu("https://example.org/b")
    text = " ".join(f"word{i}" for i in range(300))
    same = dedupe.fingerprint("By Staff Writer\n" + text + "\nCopyright AP")
    assert dedupe.same_story(dedupe.fingerprint(text), same)
    longer = dedupe.fingerprint(text + " " + " ".join(f"more{i}" for i in range(200)))
    assert dedupe.same_story(longer, dedupe.fingerprint(text))
    other = dedupe.fingerprint(" ".join(f"other{i}" for i in range(300)))
    assert not dedupe.same_story(other, dedupe.fingerprint(text))


# -- the store, on SQLite and PostgreSQL ------------------------------------------------

def test_second_report_updates_the_event(store):
    first = store.add_report(report("shafaq"), [event(), event(event_date=date(2022, 1, 22), fatalities=6)])
    ids = [e.event_id_cnty for e in first]
    assert ids == ["SYR1", "SYR2"]
    second = store.add_report(report("reuters", source="Reuters"), [
        event(source="Reuters", fatalities=12, actor1="Islamic State (Syria)",
              evidence=Evidence("Clashes killed 12", 5, 22)),
        event(event_date=date(2022, 1, 23), source="Reuters", fatalities=4),
    ])
    assert [e.event_id_cnty for e in second] == ["SYR1", "SYR3"]  # ids never change
    assert store.counts() == {"reports": 2, "events": 3, "deletions": 0}
    syr1 = store.event("SYR1")
    assert syr1.article_ids == ("shafaq", "reuters")
    assert syr1.fatalities == 12 and "20 (Shafaq News)" in syr1.notes
    assert syr1.source == "Shafaq News; Reuters"
    assert [x["evidence"]["text"] for x in store.evidence("SYR1")] == [
        "IS fighters attacked the prison", "Clashes killed 12"]
    hist = store.history("SYR1")
    assert [(h["action"], h["article_id"]) for h in hist] == [("created", "shafaq"), ("updated", "reuters")]
    assert hist[1]["changes"]["fatalities"] == [20, 12]
    assert hist[1]["changes"]["article_ids"] == [["shafaq"], ["shafaq", "reuters"]]
    assert [e.event_id_cnty for e in store.events_for("reuters")] == ["SYR1", "SYR3"]
    # the same report again adds nothing
    store.add_report(report("reuters", source="Reuters"), [event(source="Reuters", fatalities=12)])
    assert store.counts()["events"] == 3 and len(store.history("SYR1")) == 2


def test_events_in_one_report_stay_apart_and_no_merge_setting(store):
    store.add_report(report("a"), [event(), event()])
    assert store.counts()["events"] == 2
    store.dedupe = DedupeSettings(enabled=False)
    store.add_report(report("b"), [event()])
    assert store.counts()["events"] == 3


def test_a_bridging_report_merges_two_stored_events(store):
    # two reports, one event each at the same place and day but with actors too vague to
    # tell apart... and then a report that ties them together
    store.add_report(report("a"), [event(actor1="Islamic State (Syria)", actor2="")])
    store.add_report(report("b", source="Reuters"), [event(actor1="", actor2="QSD: Syrian Democratic Forces",
                                                          source="Reuters", fatalities=30)])
    assert store.counts()["events"] == 1  # b already matched a (compatible actors)
    store.dedupe = DedupeSettings(enabled=False)
    store.add_report(report("c", source="AFP"), [event(actor1="", actor2="", source="AFP", fatalities=9)])
    store.dedupe = DedupeSettings()
    assert store.counts()["events"] == 2
    merged = store.add_report(report("d", source="AP"), [event(source="AP", fatalities=15)])
    assert [e.event_id_cnty for e in merged] == ["SYR1"]
    assert store.counts() == {"reports": 4, "events": 1, "deletions": 1}
    assert store.event("SYR1").article_ids == ("a", "b", "c", "d")
    assert store.event("SYR1").fatalities == 9
    gone = store.deletions()
    assert [(d["event_id_cnty"], d["reason"], d["survivor"], d["article_id"]) for d in gone] == [
        ("SYR2", "merged", "SYR1", "d")]
    assert [h["action"] for h in store.history("SYR2")] == ["created", "merged into"]
    assert [h["action"] for h in store.history("SYR1")][-1] == "absorbed"
    assert store.deletions(since=gone[0]["deleted_at"] + 1) == []


def test_reports_arriving_twice_are_stored_once_with_every_outlet(store):
    body = ("MAIDUGURI, Nigeria - Gunmen abducted dozens of schoolgirls from a boarding school in "
            "the town of Jangebe in Zamfara state early on Friday, police said, the latest in a "
            "series of mass kidnappings in the country's northwest. " * 3)
    first = store.add_report(report("ap-1", text=body, source="AP", url="https://ap.example/story/1"),
                             [event(event_type="Violence against civilians", sub_event_type="Abduction/forced disappearance",
                                    country_code="NG", country="Nigeria", location="Jangebe",
                                    latitude=12.6, longitude=6.6)])
    # the wire copy republished by another outlet, with its own byline
    copy = store.add_report(report("times-9", text="By the Associated Press\n" + body, source="Times"), [])
    assert copy == first and store.counts()["reports"] == 1
    # the same page again, under another id, through a tracking link
    again = report("ap-1b", text=body[:200], source="AP", url="http://www.ap.example/story/1/?utm_source=rss")
    store.add_report(again, [])
    assert store.counts() == {"reports": 1, "events": 1, "deletions": 0}
    assert sorted(o["article_id"] for o in store.outlets("ap-1")) == ["ap-1", "ap-1b", "times-9"]
    assert store.has_report(again) and store.primary_id("times-9") == "ap-1"
    # a later, longer version of the story updates it (higher toll, same event id)
    longer = body + " A police spokesman later said two guards were killed in the attack, and " \
        "that security forces had begun a search of the surrounding forest for the kidnappers."
    upd = store.add_report(report("ap-2", text=longer, source="AP", url=""),
                           [event(event_type="Violence against civilians", sub_event_type="Abduction/forced disappearance",
                                  country_code="NG", country="Nigeria", location="Jangebe",
                                  latitude=12.6, longitude=6.6, fatalities=2)])
    assert [e.event_id_cnty for e in upd] == [first[0].event_id_cnty]
    assert store.counts() == {"reports": 1, "events": 1, "deletions": 0}
    assert store.event(first[0].event_id_cnty).fatalities == 2


def test_export_carries_article_ids(store):
    import io

    from conflictlens.export import write_events
    store.add_report(report("a"), [event()])
    store.add_report(report("b"), [event(fatalities=3)])
    out = io.StringIO()
    write_events(store.events(), "jsonl", out)
    rows = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [r["article_ids"] for r in rows] == [["a", "b"]]
    out = io.StringIO()
    write_events(store.events(), "geojson", out)
    assert json.loads(out.getvalue())["features"][0]["properties"]["article_ids"] == ["a", "b"]
    out = io.StringIO()
    write_events(store.events(), "acled", out)
    assert len(out.getvalue().splitlines()[0].split(",")) == 31


# -- reports about the same incident: names they share --------------------------------

def test_report_names_and_their_overlap():
    text = ("Police said Darnell Okafor was shot on Birchwood Avenue on Monday. The police chief, "
            "Lena Marsh, said the Birchwood shooting was the second in March.")
    names = dedupe.report_names(text)
    # written in lower case elsewhere ("police"), calendar words and short words are no names
    assert names == ["avenue", "birchwood", "darnell", "lena", "marsh", "okafor"]
    even = lambda n: 1.0  # noqa: E731
    assert dedupe.names_overlap(["a", "b"], ["a", "b", "c", "d"], even) == 1.0
    assert dedupe.names_overlap(["a", "b"], ["b", "c"], even) == 0.5
    assert dedupe.names_overlap(["a", "b"], ["b", "c"], lambda n: 3.0 if n == "a" else 1.0) == 0.5
    assert dedupe.names_overlap([], ["a"], even) == 0.0


def crime(**kw):
    """A shooting outside ACLED's taxonomy, in a made-up town (~39.1 N, 94.6 W)."""
    base = dict(event_date=date(2021, 5, 3), event_type="Other violence", sub_event_type="Shooting",
                disorder_type="Other violence", actor1="Unidentified Armed Group (United States)", inter1=3,
                actor2="Civilians (United States)", inter2=7, iso=840, region="North America",
                country="United States", country_code="US", admin1="Missouri", location="Harlow Springs",
                latitude=39.1, longitude=-94.6, geo_precision=1, fatalities=1, source="", notes="",
                evidence=Evidence("A man was shot", 0, 15), confidence=0.6, tags="outside ACLED taxonomy")
    base.update(kw)
    return Event(**base)


OKAFOR = ("Darnell Okafor, 34, was shot dead outside the Quarry Lane laundromat in Harlow Springs, "
          "police said. Detective Ruth Abernathy said Okafor had argued with a neighbour. ")
OKAFOR_2 = ("Harlow Springs police asked for help finding the man who shot Darnell Okafor near the "
            "Quarry Lane laundromat. Detective Ruth Abernathy urged witnesses to call. ")
OKAFOR_3 = ("Family and friends of Darnell Okafor gathered at Quarry Lane to remember him; Detective "
            "Ruth Abernathy said no arrest had been made. ")
OTHER = ("A teenager, Maya Lindqvist, was wounded by a stray bullet on Fenwick Road in Harlow Springs "
         "while walking home from the Corbin Hall gym, police said. ")
FILLER = "The city council met to discuss the Riverside budget and the Hollis Park library. "


def test_reports_naming_the_same_people_corroborate_a_misplaced_misdated_crime(store):
    store.add_report(report("filler", text=FILLER, published=date(2021, 5, 1)), [])
    first = store.add_report(report("k1", text=OKAFOR, source="KHS", published=date(2021, 5, 3)), [crime()])
    # the second outlet dates the shooting by its own publication day and resolves the town
    # to a namesake in another country: the names both reports use say it is one incident
    second = store.add_report(report("k2", text=OKAFOR_2, source="Ledger", published=date(2021, 5, 5)), [
        crime(event_date=date(2021, 5, 5), country_code="GB", country="United Kingdom", iso=826,
              latitude=51.5, longitude=-0.2, location="Harlow", fatalities=2, source="Ledger")])
    assert [e.event_id_cnty for e in second] == [first[0].event_id_cnty]
    merged = store.event(first[0].event_id_cnty)
    assert merged.article_ids == ("k1", "k2") and merged.fatalities == 1
    hist = store.history(merged.event_id_cnty)
    assert hist[-1]["action"] == "updated" and hist[-1]["changes"]["related_report"] == [None, "k1"]
    # another incident in the same town two days later, with other names, stays apart
    other = store.add_report(report("k3", text=OTHER, source="KHS", published=date(2021, 5, 5)), [
        crime(event_date=date(2021, 5, 5), fatalities=0)])
    assert other[0].event_id_cnty != first[0].event_id_cnty
    assert store.counts()["events"] == 2
    # without the names, a town misplaced abroad and a day apart is another event
    store.add_report(report("k4", text=FILLER + " Nothing else.", published=date(2021, 5, 5)), [
        crime(event_date=date(2021, 5, 4), country_code="GB", country="United Kingdom", iso=826,
              latitude=51.5, longitude=-0.2, location="Harlow")])
    assert store.counts()["events"] == 3


def test_report_people():
    text = ("Prosecutors said Darnell Okafor was shot by Wendell J. Pryce on Quarry Lane. The police chief, "
            "Lena Marsh, said Police Chief Marsh would speak on Monday Morning.")
    # runs of names (a middle initial dropped); words written in lower case elsewhere break a run
    assert dedupe.report_people(text) == ["darnell okafor", "lena marsh", "quarry lane", "wendell pryce"]


OKAFOR_TRIAL = ("Wendell Pryce was charged in Mercer County with the murder of Darnell Okafor, shot outside "
                "the Quarry Lane laundromat in May. Detective Ruth Abernathy testified on Tuesday. ")
OKAFOR_CHARGED = ("Wendell Pryce was charged in Mercer County with the murder of Darnell Okafor, shot outside "
                  "the Quarry Lane laundromat. Detective Ruth Abernathy made the arrest on Tuesday. ")
OTHER_LATER = ("Lucas Ferreira, 19, was shot on Delancey Street in Harlow Springs on Sunday, police said; "
               "Sergeant Tomas Brandt asked witnesses to call. ")


def test_a_follow_up_months_later_naming_the_same_people_joins_the_incident(store):
    store.add_report(report("filler", text=FILLER, published=date(2021, 5, 1)), [])
    first = store.add_report(report("k1", text=OKAFOR, source="KHS", published=date(2021, 5, 3)), [crime()])
    eid = first[0].event_id_cnty
    # another shooting in the town a week later, other names: another incident
    other = store.add_report(report("k5", text=OTHER_LATER, published=date(2021, 5, 10)), [
        crime(event_date=date(2021, 5, 9), fatalities=0)])
    assert other[0].event_id_cnty != eid
    # the charges story dates the shooting by its own day and places it in the county seat:
    # far outside related_days, but it names the victim and the detective of the first report
    trial = store.add_report(report("k2", text=OKAFOR_TRIAL, source="Ledger", published=date(2021, 8, 10)), [
        crime(event_date=date(2021, 8, 10), location="Mercer", latitude=39.3, longitude=-94.9, fatalities=1)])
    assert [e.event_id_cnty for e in trial] == [eid]
    merged = store.event(eid)
    assert merged.article_ids == ("k1", "k2") and merged.event_date == date(2021, 5, 3)
    changes = store.history(eid)[-1]["changes"]
    assert changes["related_report"] == [None, "k1"] and changes["same_people"] == [None, True]
    assert store.counts()["events"] == 2
    # outside people_days, or without the rule, it is another event (unless the report tells a
    # court's proceedings: test_a_trial_report_dating_the_shooting_by_its_hearing_joins_the_earlier_incident)
    late = store.add_report(report("k3", text=OKAFOR_CHARGED, published=date(2023, 1, 9)), [
        crime(event_date=date(2023, 1, 9), fatalities=1)])
    assert late[0].event_id_cnty != eid
    assert DedupeSettings().people_days < 600


OKAFOR_JURY = ("Jurors in the trial of Wendell Pryce watched a recording of the night Darnell Okafor was shot "
               "outside the Quarry Lane laundromat; Detective Ruth Abernathy took the stand on Monday. ")
OKAFOR_RECORDING = ("A recording of the night Darnell Okafor was shot outside the Quarry Lane laundromat was "
                    "shown on Monday; Detective Ruth Abernathy described it. ")
JURY_SHOT = "Jurors watched a recording of the night Darnell Okafor was shot"
RECORDING_SHOT = "A recording showed the night Darnell Okafor was shot"


@pytest.mark.parametrize("cue", ["sentence", "report", None])
def test_a_trial_report_dating_the_shooting_by_its_hearing_joins_the_earlier_incident(store, cue):
    """A trial's report two years on codes the shooting it tells on the hearing's day (far
    past ``people_days``); its names are the stored incident's and the sentence telling the
    shooting recalls it (a trial word: dedupe.recalls), or the report tells a court's
    proceedings (dedupe.told_in_court), so it is that incident, coded on its own day, not a
    new event at the trial. With neither it stays another event."""
    store.add_report(report("filler", text=FILLER, published=date(2021, 5, 1)), [])
    eid = store.add_report(report("k1", text=OKAFOR + OKAFOR_2, published=date(2021, 5, 3)),
                           [crime()])[0].event_id_cnty
    told = JURY_SHOT if cue == "sentence" else RECORDING_SHOT
    text = OKAFOR_RECORDING if cue is None else OKAFOR_JURY
    trial = store.add_report(report("k9", text=text, published=date(2023, 6, 6)), [
        crime(event_date=date(2023, 6, 5), evidence=Evidence(told, 0, len(told)))])
    assert (trial[0].event_id_cnty == eid) is (cue is not None)
    assert store.event(eid).event_date == date(2021, 5, 3)


def test_a_report_tells_a_court_s_proceedings_by_a_hearing_word():
    assert dedupe.told_in_court("The jury heard from the detective on Monday.")
    assert dedupe.told_in_court("He was found guilty of the shooting.")
    assert not dedupe.told_in_court("He was charged with the shooting and held without bail.")


def test_a_corroborated_event_joins_the_incident_rather_than_a_side_mention(store):
    store.add_report(report("filler", text=FILLER, published=date(2021, 5, 1)), [])
    # the first report codes the shooting and, aside, the same shooting misplaced in a
    # nearby namesake; the second joins the shooting
    first = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [
        crime(), crime(location="Harlow", latitude=39.9, longitude=-95.4)])
    main, aside = first[0].event_id_cnty, first[1].event_id_cnty
    store.add_report(report("k2", text=OKAFOR_2, published=date(2021, 5, 3)), [crime()])
    # a third report places it nearer the side mention: its names (its best match is the
    # first report, which coded both) tell the event more related reports tell
    third = store.add_report(report("k3", text=OKAFOR_3, published=date(2021, 5, 4)), [
        crime(location="Elsewhere", latitude=40.3, longitude=-96.0)])
    assert [e.event_id_cnty for e in third] == [main]
    assert store.event(main).article_ids == ("k1", "k2", "k3") and store.event(aside).article_ids == ("k1",)


def test_a_charges_story_months_later_naming_the_same_people_is_a_related_report(store):
    store.add_report(report("filler", text=FILLER, published=date(2021, 5, 1)), [])
    first = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])
    eid = first[0].event_id_cnty
    # no violence coded, published three months on (beyond link_days): its full names tell it
    store.add_report(report("k2", text=OKAFOR_TRIAL, published=date(2021, 8, 10)), [])
    assert [e.event_id_cnty for e in store.events_for("k2", role="related")] == [eid]
    # a story that long after about someone else is linked to nothing
    store.add_report(report("k3", text=OTHER_LATER, published=date(2021, 8, 10)), [])
    assert store.events_for("k3", role="related") == []
    assert store.event(eid).article_ids == ("k1", "k2")


def test_one_shared_full_name_is_not_the_same_incident(store):
    # the store knows other news from the town: its name is no one's identity
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board")):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])
    first = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])
    # the same detective investigates another shooting in the town three weeks later
    other = store.add_report(report("k2", text=OTHER_LATER + " Detective Ruth Abernathy leads the case. "
                                    "Harlow Springs police said the Quarry laundromat was closed.",
                                    published=date(2021, 5, 24)), [crime(event_date=date(2021, 5, 23))])
    assert other[0].event_id_cnty != first[0].event_id_cnty
    assert store.counts()["events"] == 2


def test_battle_days_stay_apart_however_alike_the_reports():
    a, b = event(), event(event_date=date(2022, 1, 22))
    assert not dedupe.corroborates(b, a)  # ACLED: one row per day of a battle
    assert dedupe.corroborates(event(latitude=35.0, longitude=38.0), a)  # a misplaced town
    assert dedupe.corroborates(crime(event_date=date(2021, 5, 9)), crime())
    assert not dedupe.corroborates(crime(event_date=date(2021, 5, 20)), crime())
    # one outlet names no political actor, the other codes an attack on civilians
    assert dedupe.corroborates(crime(event_date=date(2021, 5, 5)), crime(
        event_type="Violence against civilians", sub_event_type="Attack", disorder_type="Political violence"))
    assert not dedupe.corroborates(event(event_type="Strategic developments", sub_event_type="Arrests"), a)


def test_an_attack_on_civilians_may_be_dated_late_as_a_crime_is():
    attack = lambda **kw: crime(event_type="Violence against civilians", sub_event_type="Attack",  # noqa: E731
                                disorder_type="Political violence", actor1="Police Forces of the United States",
                                inter1=1, tags="", **kw)
    # both reports code an attack (a named perpetrator), the second dated by its own day
    assert dedupe.corroborates(attack(event_date=date(2021, 5, 9)), attack())
    assert not dedupe.corroborates(attack(event_date=date(2021, 5, 20)), attack())  # beyond related_days
    assert not dedupe.corroborates(attack(event_date=date(2021, 5, 9)), attack(),
                                   DedupeSettings(attack_is_told_late=False))
    # a battle is still one row per day, even beside an attack
    assert not dedupe.corroborates(event(event_date=date(2022, 1, 22)), event())


def test_a_town_misplaced_abroad_brings_that_countrys_actors():
    police = crime(actor1="Police Forces of the United States")
    abroad = crime(actor1="Police Forces of the United Kingdom", actor2="Civilians (United Kingdom)",
                   country="United Kingdom", country_code="GB", iso=826, latitude=51.1, longitude=1.3)
    assert dedupe.without_country(abroad).actor1 == "Police Forces"
    assert not dedupe.actors_compatible(police, abroad)  # as coded, two police forces
    assert dedupe.corroborates(police, abroad)  # the same forces once the countries are left out
    # another perpetrator named in the same country is still another actor
    assert not dedupe.corroborates(police, abroad.replace(actor1="Crips", country="United States"))


def test_a_report_coding_no_violence_is_linked_to_the_event_it_names(store):
    store.add_report(report("filler", text=FILLER, published=date(2021, 5, 1)), [])
    # told before the event is stored: linked when the report that codes it arrives
    store.add_report(report("k3", text=OKAFOR_3, published=date(2021, 5, 8)), [])
    first = store.add_report(report("k1", text=OKAFOR, source="KHS", published=date(2021, 5, 3)), [crime()])
    eid = first[0].event_id_cnty
    # told after it, coding only an arrest: linked as well
    store.add_report(report("k2", text=OKAFOR_2, published=date(2021, 5, 6)), [
        crime(event_type="Strategic developments", sub_event_type="Arrests", disorder_type="Strategic developments",
              fatalities=0)])
    e = store.event(eid)
    assert e.article_ids == ("k1", "k3", "k2") and e.fatalities == 1 and e.source == ""
    assert [x.event_id_cnty for x in store.events_for("k3", role="related")] == [eid]
    assert store.events_for("k3") == []
    assert [h["action"] for h in store.history(eid)] == ["created", "related report", "related report"]
    # a report about someone else, or published long after, is linked to nothing
    store.add_report(report("k5", text=OTHER, published=date(2021, 5, 6)), [])
    store.add_report(report("k6", text=OKAFOR_3 + " A year on.", published=date(2022, 5, 8)), [])
    assert store.events_for("k5", role="related") == [] and store.events_for("k6", role="related") == []
    # nor is a brief with too few names to tell (one of the incident's: test_dedupe_briefs.py)
    store.add_report(report("k9", text="Update: Okafor.", published=date(2021, 5, 6)), [])
    assert store.events_for("k9", role="related") == []
    # the reconciled row is built from the coded reports only
    assert [c.article_id for c in store.contributions(eid)] == ["k1"]


def test_two_shootings_in_one_town_on_one_day_stay_apart(store):
    # the store knows other news from the town: its name weighs little
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board")):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])
    first = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])
    # same day, same town, no perpetrator named: alike in every coded field, but the
    # reports share almost none of their names
    other = store.add_report(report("k3", text=OTHER, published=date(2021, 5, 3)), [crime(fatalities=0)])
    assert other[0].event_id_cnty != first[0].event_id_cnty
    # a second report of the first shooting still joins it
    again = store.add_report(report("k2", text=OKAFOR_2, published=date(2021, 5, 3)), [crime()])
    assert again[0].event_id_cnty == first[0].event_id_cnty
    assert store.counts()["events"] == 2
    # reports too short to tell (a few names) are matched on what the events are
    store.add_report(report("k7", text="Harlow Springs shooting.", published=date(2021, 5, 3)), [crime()])
    assert store.counts()["events"] == 2
    # without the rule, a report alike to both makes them one
    store.dedupe = DedupeSettings(distinct_names=0)
    store.add_report(report("k8", text=OTHER + " Corbin Hall closed.", published=date(2021, 5, 3)), [crime()])
    assert store.counts()["events"] == 1


def test_a_report_coding_nothing_links_to_an_arrest_when_no_violence_is_stored(store):
    store.add_report(report("filler", text=FILLER, published=date(2021, 5, 1)), [])
    arrest = store.add_report(report("k2", text=OKAFOR_2, published=date(2021, 5, 6)), [
        crime(event_type="Strategic developments", sub_event_type="Arrests", disorder_type="Strategic developments",
              fatalities=0, event_date=date(2021, 5, 6))])
    store.add_report(report("k3", text=OKAFOR_3, published=date(2021, 5, 8)), [])
    assert [e.event_id_cnty for e in store.events_for("k3", role="related")] == [arrest[0].event_id_cnty]
    # an act of violence its names match comes first
    shooting = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])
    store.add_report(report("k4", text=OKAFOR_3 + " Candles were lit.", published=date(2021, 5, 8)), [])
    assert [e.event_id_cnty for e in store.events_for("k4", role="related")] == [shooting[0].event_id_cnty]


# -- reports with no date --------------------------------------------------------------

def undated(**kw):
    """What a report with no date tells of a shooting (events/rows.py: undated_rows)."""
    from conflictlens.events.rows import UNDATED
    return crime(event_date=UNDATED, time_precision=0, **kw)


def town_news(store, line="Harlow Springs news: the {topic} was discussed."):
    """Three ordinary reports of a town (its name, its officials) before the incidents under
    test, so the town's own names are common words of the store, not an incident's."""
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board")):
        store.add_report(report(f"town{i}", text=line.format(topic=topic), published=date(2021, 5, 1)), [])


def assert_absorbed(store, gone_id: str, survivor: str, by: str | None = None) -> None:
    """``gone_id`` was absorbed: no longer stored, and the deletions log points to ``survivor``
    (and to the report ``by`` that caused it, when given)."""
    assert store.event(gone_id) is None
    gone = [d for d in store.deletions() if d["event_id_cnty"] == gone_id]
    assert gone and gone[0]["survivor"] == survivor
    if by is not None:
        assert gone[0]["article_id"] == by


def first_reports(store, texts, published, ids=("f1", "f2"), **settings) -> str:
    """The town's ordinary news, then two reports of one incident coding the same crime, with
    the dedupe settings given; the event id they made."""
    store.dedupe = DedupeSettings(**settings)
    town_news(store)
    first = store.add_report(report(ids[0], text=texts[0], published=published), [crime()])[0].event_id_cnty
    store.add_report(report(ids[1], text=texts[1], published=published), [crime()])
    return first


MOURNERS = ("Mourners gathered on Sunday for the man shot outside a laundromat on Quarry Lane; Pastor "
            "Idris Kellerman led prayers. Councillor Ada Brennick asked for calm.")
NEIGHBOUR = ("A neighbour of Darnell Okafor, shot outside the Quarry Lane laundromat, said the Fenwick Road "
             "youth club will hold a vigil; Pastor Idris Kellerman will lead it.")


def test_what_an_undated_mention_describes():
    assert dedupe.describes(undated(), crime(event_date=date(2021, 5, 9)))  # any day
    assert dedupe.describes(undated(), crime(event_type="Violence against civilians", sub_event_type="Attack"))
    assert not dedupe.describes(undated(latitude=41.5, longitude=-90.5), crime())  # another town
    assert not dedupe.describes(undated(actor1="Crips", actor2="Bloods"), crime(actor1="Latin Kings", actor2=""))
    assert not dedupe.describes(undated(event_type="Protests", sub_event_type="Peaceful protest",
                                        disorder_type="Demonstrations"), crime())
    assert not dedupe.describes(event(event_date=date(1, 1, 1)), event(event_type="Riots", sub_event_type="Mob violence"))


def test_an_undated_report_is_linked_by_what_it_tells_whatever_the_order(store):
    related = lambda aid: [e.event_id_cnty for e in store.events_for(aid, role="related")]  # noqa: E731
    # (these short reports share few names: the threshold for what a mention tells is set
    # below the default, names alone still need undated_related_names; what their words
    # resemble links nothing here, not even several reports summed: test_dedupe_resemblance.py)
    store.dedupe = DedupeSettings(undated_names=0.15, resemblance_link=float("inf"))
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board")):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])
    # two reports with no date arrive before the shooting they tell is stored: they tell
    # one undated event (held out of the dated events and their counts)
    (held,) = store.add_report(report("u1", text=MOURNERS, published=None), [], undated=[undated()])
    assert store.add_report(report("u2", text=NEIGHBOUR, published=None), [], undated=[undated()]) == []
    assert held.time_precision == 0 and related("u2") == [held.event_id_cnty]
    assert list(store.events()) == [] and store.counts()["events"] == 0 and store.undated_count() == 1
    # another shooting in the town: u2 shares a street with its report, which dates the
    # undated event for now (its reports become related reports)
    other = store.add_report(report("k5", text=OTHER, published=date(2021, 5, 5)),
                             [crime(event_date=date(2021, 5, 5), fatalities=0)])[0].event_id_cnty
    assert other == held.event_id_cnty and related("u1") == related("u2") == [other]
    # the shooting they tell: weighed against the dated reports, both move to it
    first = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty
    assert related("u1") == related("u2") == [first]
    assert store.event(other).article_ids == ("k5",) and store.event(first).fatalities == 1
    assert store.history(other)[-1]["action"] == "related report moved"
    assert store.history(other)[-1]["changes"]["moved_to"] == [None, first]
    # arriving after the event, by the same rule
    store.add_report(report("u3", text=MOURNERS + " The family thanked the Brennick office.", published=None), [],
                     undated=[undated()])
    assert related("u3") == [first]
    # the same names alone are too few; a mention of a shooting in another town tells another one
    store.add_report(report("u4", text=MOURNERS + " Candles were lit.", published=None), [])
    store.add_report(report("u5", text=MOURNERS + " Flowers were laid.", published=None), [],
                     undated=[undated(latitude=41.5, longitude=-90.5, location="Elsewhere")])
    assert related("u4") == related("u5") == [] and store.events_for("u4") == []
    assert [e.location for e in store.events_for("u5")] == ["Elsewhere"]  # an undated event of its own
    assert [c.article_id for c in store.contributions(first)] == ["k1"]


def test_an_undated_report_sharing_a_few_names_with_a_shooting_in_its_town_stays_apart(store):
    related = lambda aid: [e.event_id_cnty for e in store.events_for(aid, role="related")]  # noqa: E731
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board")):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])
    first = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty
    # an undated report of a shooting in the same town, sharing only a street with k1 (the
    # old threshold, 0.15, linked it: test_an_undated_report_is_linked_by_what_it_tells_...):
    # held apart below undated_names (a town's incidents share its streets, its police, its
    # officials), an undated event of its own
    store.add_report(report("u1", text=MOURNERS, published=None), [], undated=[undated()])
    assert related("u1") == [] and dedupe.is_undated(store.events_for("u1")[0])
    assert store.event(first).article_ids == ("k1",)


def test_a_report_with_no_date_keeps_what_it_tells():
    from conflictlens.pipeline import Pipeline
    text = ("Gunmen shot dead three people at a market in Kano, police said. "
            "The attackers fled on motorcycles.")
    a = Pipeline(settings=None).analyse(Report(id="x", text=text, published=None))
    assert a.events == [] and a.undated and a.undated[0].location.startswith("Kano")
    assert a.undated[0].time_precision == 0 and a.undated[0].fatalities == 3
    dated = Pipeline(settings=None).analyse(Report(id="y", text=text, published=date(2023, 3, 4)))
    assert dated.events and dated.undated == []


def unplaced(**kw):
    """A shooting a report tells with neither date nor place (events/rows.py: undated_rows)."""
    return undated(**{**dict(actor1="", inter1=None, actor2="", inter2=None, iso=None, region="", country="",
                             country_code="", admin1="", location="", latitude=None, longitude=None,
                             geo_precision=0), **kw})


def test_what_a_mention_with_no_place_tells():
    assert dedupe.unplaced(unplaced()) and not dedupe.unplaced(undated())
    assert dedupe.tells_kind(unplaced(), crime(event_date=date(2021, 5, 9)))  # any day, any town
    assert dedupe.tells_kind(unplaced(), crime(event_type="Violence against civilians", sub_event_type="Attack"))
    assert dedupe.tells_kind(crime(), unplaced())  # an undated event made of one
    assert not dedupe.tells_kind(undated(), crime())  # a placed one describes (or not) by its place
    assert not dedupe.tells_kind(unplaced(), crime(event_type="Protests", sub_event_type="Peaceful protest",
                                                   disorder_type="Demonstrations"))
    assert not dedupe.describes(unplaced(), crime())


def test_a_report_with_no_date_or_place_keeps_the_kind_of_violence_it_tells():
    from conflictlens.pipeline import Pipeline, Settings
    text = "A teenager was shot and killed late at night, police said. The family asked for privacy."
    a = Pipeline(settings=Settings(scope="all-violence")).analyse(Report(id="x", text=text, published=None))
    assert a.events == [] and len(a.undated) == 1
    (u,) = a.undated
    assert dedupe.unplaced(u) and dedupe.is_undated(u) and u.time_precision == 0
    assert u.event_type == "Other violence" and "shot" in u.evidence.text
    # a report that places its violence keeps only that (a side mention tells nothing more)
    placed = Pipeline(settings=Settings(scope="all-violence")).analyse(Report(
        id="y", text="A man was shot dead in Kano, police said. Another was shot and wounded.", published=None))
    assert placed.undated and all(not dedupe.unplaced(e) for e in placed.undated)


CANDLES = ("The Okafor family gathered by the laundromat on Quarry Lane; Abernathy, the detective, said "
           "that no arrest had been made. Neighbours lit candles near Fenwick.")


def test_a_report_with_no_date_or_place_is_linked_by_the_kind_it_tells(store):
    related = lambda aid: [e.event_id_cnty for e in store.events_for(aid, role="related")]  # noqa: E731
    store.add_report(report("filler", text=FILLER, published=date(2021, 5, 1)), [])
    first = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty
    # names alone must reach undated_related_names; a shooting told with no place lowers it to unplaced_names
    store.dedupe = DedupeSettings(undated_related_names=0.99, unplaced_names=0.2, resemblance_link=float("inf"))
    store.add_report(report("u1", text=CANDLES, published=None), [])
    store.add_report(report("u2", text=CANDLES + " Candles were lit.", published=None), [],
                     undated=[unplaced(event_type="Protests", sub_event_type="Peaceful protest",
                                       disorder_type="Demonstrations")])
    assert related("u1") == related("u2") == []
    store.add_report(report("u3", text=CANDLES + " Flowers were laid.", published=None), [], undated=[unplaced()])
    assert related("u3") == [first]


def test_a_dated_report_coding_nothing_keeps_the_violence_it_tells_with_no_place():
    from conflictlens.pipeline import Pipeline, Settings
    pipe = Pipeline(settings=Settings(scope="all-violence"))
    text = "A teenager was shot and killed late at night, police said. The family asked for privacy."
    a = pipe.analyse(Report(id="x", text=text, published=date(2021, 5, 4)))
    assert a.events == [] and [dedupe.unplaced(u) and u.event_type for u in a.undated] == ["Other violence"]
    coded = pipe.analyse(Report(id="y", text="A man was shot dead in Kano, police said.", published=date(2021, 5, 4)))
    assert coded.events and coded.undated == []


def test_a_dated_report_coding_nothing_is_linked_by_the_kind_it_tells_with_no_place(store):
    related = lambda aid: [e.event_id_cnty for e in store.events_for(aid, role="related")]  # noqa: E731
    store.add_report(report("filler", text=FILLER, published=date(2021, 5, 1)), [])
    first = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty
    store.dedupe = DedupeSettings(related_names=0.99, unplaced_names=0.2, resemblance_link=float("inf"))
    store.add_report(report("d1", text=CANDLES, published=date(2021, 5, 5)), [])
    assert related("d1") == []
    store.add_report(report("d2", text=CANDLES + " Flowers were laid.", published=date(2021, 5, 5)), [],
                     undated=[unplaced()])
    assert related("d2") == [first]
    # within the link window only: a report published months later is about something else
    store.add_report(report("d3", text=CANDLES + " A year on.", published=date(2022, 5, 5)), [],
                     undated=[unplaced()])
    assert related("d3") == []


def test_an_undated_event_told_with_no_place_is_dated_by_the_shooting_its_names_match(store):
    store.add_report(report("filler", text=FILLER, published=date(2021, 5, 1)), [])
    store.dedupe = DedupeSettings(undated_join_related_names=0.99, unplaced_names=0.2)
    (held,) = store.add_report(report("u1", text=CANDLES, published=None), [], undated=[unplaced()])
    assert dedupe.is_undated(held) and store.undated_count() == 1
    (shot,) = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])
    assert shot.event_id_cnty == held.event_id_cnty and shot.location == "Harlow Springs"
    assert store.undated_count() == 0 and [e.event_id_cnty for e in store.events_for("u1", role="related")] == [
        shot.event_id_cnty]


def test_a_report_coding_nothing_is_linked_when_the_arrest_arrives(store):
    store.add_report(report("filler", text=FILLER, published=date(2021, 5, 1)), [])
    store.add_report(report("k3", text=OKAFOR_3, published=date(2021, 5, 8)), [])
    arrest = store.add_report(report("k2", text=OKAFOR_2, published=date(2021, 5, 6)), [
        crime(event_type="Strategic developments", sub_event_type="Arrests", disorder_type="Strategic developments",
              fatalities=0, event_date=date(2021, 5, 6))])
    assert [e.event_id_cnty for e in store.events_for("k3", role="related")] == [arrest[0].event_id_cnty]
    # and moved to the act of violence when that arrives (as if it had come first)
    shooting = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])
    assert [e.event_id_cnty for e in store.events_for("k3", role="related")] == [shooting[0].event_id_cnty]


# -- undated events --------------------------------------------------------------------

GRANT_1 = ("Tobias Grant, 19, was shot dead on Millbrook Avenue in Harlow Springs. His mother, "
           "Celeste Grant, said he had left the Ostrander Street bakery minutes before.")
GRANT_2 = ("Celeste Grant asked for the gunman who killed her son Tobias on Millbrook Avenue to come "
           "forward; the Ostrander Street bakery where he worked closed for the day.")
GRANT_3 = ("A vigil for Tobias Grant drew neighbours from Millbrook Avenue; Reverend Halvard Quist "
           "spoke for Celeste Grant and the family.")
GRANT_DATED = ("Police in Harlow Springs said Tobias Grant was shot on Millbrook Avenue on Monday "
               "night; Celeste Grant identified him. Detective Ruth Abernathy leads the inquiry.")


def _town_news(store):
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board")):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])


def test_undated_reports_of_one_shooting_make_one_undated_event_a_dated_report_dates(store):
    _town_news(store)
    (u1,) = store.add_report(report("g1", text=GRANT_1, published=None), [], undated=[undated(fatalities=1)])
    store.add_report(report("g2", text=GRANT_2, published=None), [], undated=[undated(fatalities=1)])
    store.add_report(report("g3", text=GRANT_3, published=None), [], undated=[undated(fatalities=2)])
    # another shooting in the same town, told with other names, is another undated event
    (u2,) = store.add_report(report("o1", text=OTHER, published=None), [], undated=[undated(fatalities=0)])
    assert u1.event_id_cnty != u2.event_id_cnty and dedupe.is_undated(u1)
    held = {e.event_id_cnty: e for e in store.events(undated=True)}
    assert set(held) == {u1.event_id_cnty, u2.event_id_cnty}
    assert set(held[u1.event_id_cnty].article_ids) == {"g1", "g2", "g3"} and held[u2.event_id_cnty].article_ids == ("o1",)
    # held out of what is exported as dated rows
    assert list(store.events()) == [] and store.counts()["events"] == 0
    # a dated report of the first one: the undated event takes its date and keeps its id;
    # the undated reports become its related reports (the row is the dated report's)
    (dated,) = store.add_report(report("g4", text=GRANT_DATED, published=date(2021, 5, 4)),
                                [crime(event_date=date(2021, 5, 3), fatalities=1)])
    assert dated.event_id_cnty == u1.event_id_cnty and dated.event_date == date(2021, 5, 3)
    assert dated.time_precision == 1 and set(dated.article_ids) == {"g1", "g2", "g3", "g4"}
    assert [c.article_id for c in store.contributions(dated.event_id_cnty)] == ["g4"]
    assert [e.event_id_cnty for e in store.events_for("g3", role="related")] == [dated.event_id_cnty]
    assert [e.event_id_cnty for e in store.events()] == [dated.event_id_cnty]
    assert store.undated_count() == 1 and store.event(u2.event_id_cnty).article_ids == ("o1",)
    assert store.history(dated.event_id_cnty)[-1]["changes"]["event_date"] == ["0001-01-01", "2021-05-03"]


def test_an_undated_event_is_absorbed_by_the_dated_event_a_report_joins(store):
    _town_news(store)
    (held,) = store.add_report(report("g1", text=GRANT_1, published=None), [], undated=[undated()])
    # the shooting is stored already from a report that shares no name with g1
    (first,) = store.add_report(report("b1", text="Harlow Springs shooting.", published=date(2021, 5, 3)),
                                [crime()])
    assert first.event_id_cnty != held.event_id_cnty
    # a report naming the victim joins the stored event, which absorbs the undated one
    (joined,) = store.add_report(report("g4", text=GRANT_DATED, published=date(2021, 5, 4)), [crime()])
    assert joined.event_id_cnty == first.event_id_cnty and store.event(held.event_id_cnty) is None
    assert set(store.event(first.event_id_cnty).article_ids) == {"b1", "g1", "g4"}
    gone = store.deletions()
    assert [(d["event_id_cnty"], d["reason"], d["survivor"]) for d in gone] == [
        (held.event_id_cnty, "merged", first.event_id_cnty)]
    assert store.undated_count() == 0


def test_undated_events_stay_out_of_the_export(tmp_path):
    import io
    from conflictlens.export import write_events
    s = open_store(str(tmp_path / "u.db"))
    s.add_report(report("g1", text=GRANT_1, published=None), [], undated=[undated()])
    for fmt in ("acled", "jsonl", "csv"):
        out = io.StringIO()
        assert write_events(s.events(), fmt, out, include_other_violence=True) == 0
    assert [e.event_date for e in s.events(undated=True)] == [dedupe.UNDATED]
    s.close()


def test_a_crime_and_an_acled_act_of_violence_on_one_day_and_place_are_one_event(store):
    attack = dict(event_type="Violence against civilians", sub_event_type="Attack",
                  disorder_type="Political violence")
    assert dedupe.matches(crime(**attack), crime())
    assert not dedupe.matches(crime(**attack), crime(), DedupeSettings(crime_is_violence=False))
    assert not dedupe.matches(crime(event_type="Strategic developments", sub_event_type="Arrests",
                                    disorder_type="Strategic developments"), crime())
    _town_news(store)
    (first,) = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])
    (again,) = store.add_report(report("k2", text=OKAFOR_2, published=date(2021, 5, 3)), [crime(**attack)])
    assert again.event_id_cnty == first.event_id_cnty
    # another incident that day in the town, told with other names, stays apart
    (other,) = store.add_report(report("k3", text=OTHER, published=date(2021, 5, 3)), [crime(**attack)])
    assert other.event_id_cnty != first.event_id_cnty


WIRE = ("Gunmen attacked a convoy on the Marrow Pass road near the village of Quentaro on Tuesday, "
        "killing four drivers and burning two lorries, a local official told reporters. " * 2)


def undo_migration_11(store):
    """A store from before migration 11 (and so 12): no ages kept for its reports."""
    undo_migration_12(store)
    store._exec("ALTER TABLE reports DROP COLUMN ages")


def undo_migration_12(store):
    """A store from before migration 12: no story groups."""
    store._exec("DROP TABLE report_groups")


def undo_migration_10(store):
    """A store from before migration 10 (and so 11): no kind of toll (exact, bound, vague) kept with its sources."""
    undo_migration_11(store)
    store._exec("ALTER TABLE event_sources DROP COLUMN toll_kind")


def undo_migration_9(store):
    """A store from before migration 9 (and so 10): no count of the reports using each name and word."""
    undo_migration_10(store)
    store._exec("DROP TABLE name_counts")
    store._exec("DROP TABLE term_counts")


def undo_migration_8(store):
    """A store from before migration 8 (and so 9): no content words kept for its reports."""
    undo_migration_9(store)
    store._exec("DROP TABLE report_terms")


def undo_migration_7(store):
    """A store from before migration 7 (and so 8): no toll told as an update kept with its sources."""
    undo_migration_8(store)
    for column in ("toll_update", "toll_evidence_text", "toll_evidence_start", "toll_evidence_end", "toll_told"):
        store._exec(f"ALTER TABLE event_sources DROP COLUMN {column}")


def test_copies_are_found_through_the_shingle_index_also_after_the_migration(store):
    first = store.add_report(report("w1", text=WIRE, source="Wire", url=""), [event()])
    assert store._value("SELECT COUNT(*) AS v FROM report_shingles WHERE article_id = 'w1'") > 1
    # a copy with its own byline, published two days later: the same story
    copy = report("w2", text="By a staff reporter. " + WIRE, source="Daily", url="",
                  published=date(2022, 1, 25))
    assert store.add_report(copy, []) == first and store.primary_id("w2") == "w1"
    # the same text published ten days later is compared with nothing (the window is three days)
    late = report("w3", text=WIRE, source="Weekly", url="", published=date(2022, 2, 2))
    store.add_report(late, [])
    assert store.primary_id("w3") == "w3" and store.counts()["reports"] == 2
    # a store from before the index (schema 4) is indexed by the migration
    store._exec("DROP TABLE report_shingles")
    store._exec("ALTER TABLE reports DROP COLUMN told_days")  # migration 6
    undo_migration_7(store)
    store._exec("DELETE FROM schema_version WHERE version >= 5")
    store._migrate()
    assert store._value("SELECT COUNT(*) AS v FROM report_shingles WHERE article_id = 'w1'") > 1
    again = report("w4", text=WIRE + " Updated.", source="Radio", url="", published=date(2022, 1, 22))
    store.add_report(again, [])
    assert store.primary_id("w4") == "w1"


ABERNATHY_EARLIER = ("At the Riverside budget hearing, Mayor Colin Ashby, Treasurer Nadia Oyelaran and Detective "
                     "Ruth Abernathy spoke about the Hollis Park library. ")
NANDAKUMAR = ("Priya Nandakumar, 22, was shot dead outside the Wexford Road laundromat in Harlow Springs, "
              "police said. Detective Ruth Abernathy said Nandakumar had argued with a neighbour. ")
OKAFOR_TITLED = ("Harlow Springs police asked for help finding whoever shot Coach Darnell Okafor outside a "
                 "laundromat. Witnesses were urged to call. ")


def _okafor_and_an_official(store):
    store.add_report(report("filler", text=FILLER, published=date(2021, 5, 1)), [])
    # the detective is quoted in other news too: her name is no one's identity
    store.add_report(report("k0", text=ABERNATHY_EARLIER, published=date(2021, 3, 20)), [])
    return store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty


@pytest.mark.parametrize("apart", [True, False])
def test_a_crime_days_later_naming_another_victim_is_another_incident(store, apart):
    store.dedupe = DedupeSettings(other_people_apart=apart)
    eid = _okafor_and_an_official(store)
    # same town, same detective, within related_days: but another victim, and no one named
    # that only the first incident's reports name
    later = store.add_report(report("k2", text=NANDAKUMAR, published=date(2021, 5, 9)), [
        crime(event_date=date(2021, 5, 8))])
    assert (later[0].event_id_cnty != eid) == apart


def test_a_crime_days_later_naming_the_same_victim_with_a_title_is_the_incident(store):
    eid = _okafor_and_an_official(store)
    later = store.add_report(report("k2", text=OKAFOR_TITLED, published=date(2021, 5, 6)), [
        crime(event_date=date(2021, 5, 6))])
    assert [e.event_id_cnty for e in later] == [eid]
    assert store.event(eid).article_ids == ("k1", "k2")



VEXLEY = ("Lorna Vexley opened fire at the Brackwell bottling plant in Harlow Springs late on Monday, killing "
          "two co-workers, police said. Captain Idris Mortlake said Vexley had been suspended that afternoon. ")
VEXLEY_CHARGED = "Lorna Vexley was charged with two counts of murder, police captain Idris Mortlake said. "
VEXLEY_NEXT_DAY = ("Workers returned to the Brackwell bottling plant in Harlow Springs a day after Lorna Vexley "
                   "shot two of them; its owners praised the Harlow Springs officers. ")


@pytest.mark.parametrize("days", [None, 0])
def test_a_crime_a_day_later_is_the_nights_incident_though_its_people_are_named_elsewhere(store, days):
    """The other-people test spares an incident told the next day (a night's shooting the next
    morning's report dates by its own day): the shooter named by a later charge story's reports
    too is still the shooter of this incident."""
    if days is not None:
        store.dedupe = DedupeSettings(other_people_days=days)
    store.add_report(report("filler", text=FILLER, published=date(2021, 4, 1)), [])
    eid = store.add_report(report("v1", text=VEXLEY, published=date(2021, 5, 4)), [crime()])[0].event_id_cnty
    # two months on, she is charged: a brief (too few names to link it) uses her name outside
    # the shooting's reports
    store.add_report(report("v3", text=VEXLEY_CHARGED, published=date(2021, 7, 5)), [
        crime(event_type="Strategic developments", sub_event_type="Arrests", disorder_type="Strategic developments",
              event_date=date(2021, 7, 5), actor1="Police Forces of the United States (2021-)", inter1=1,
              actor2="", inter2=0, fatalities=0)])
    later = store.add_report(report("v2", text=VEXLEY_NEXT_DAY, published=date(2021, 5, 4)), [
        crime(event_date=date(2021, 5, 4))])
    assert (later[0].event_id_cnty == eid) == (days is None)



BRAMWELL = ("A man was shot dead outside the Quarry Lane laundromat in Harlow Springs, Sergeant Hilda Bramwell "
            "of the Harlow Springs Police Department said. Medics from Saint Orrin took him to Westvale Memorial. ")
OKAFOR_SISTER = ("Darnell Okafor, the man shot dead outside the Quarry Lane laundromat in Harlow Springs, coached "
                 "at Corbin Hall, his sister Tamsin Okafor said. ")
OKAFOR_VIGIL = ("Friends of Darnell Okafor gathered at Corbin Hall, where his sister Tamsin Okafor asked whoever "
                "shot him to come forward. ")


def test_a_crime_dated_later_is_the_incident_a_related_report_of_it_names(store):
    """A report sharing names only with a stored event's related report (one that coded
    nothing, or whose undated event it became) corroborates that event as well as one sharing
    them with a report that coded it: the related report was linked to it by what it told."""
    store.add_report(report("filler", text=FILLER, published=date(2021, 4, 1)), [])
    eid = store.add_report(report("b1", text=BRAMWELL, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty
    # the victim's name comes with a report that codes nothing: a related report of the shooting
    store.add_report(report("b2", text=OKAFOR_SISTER, published=date(2021, 5, 5)), [])
    assert store.event(eid).article_ids == ("b1", "b2")
    # a vigil story dating the shooting by its own day names him and his sister, not the police
    later = store.add_report(report("b3", text=OKAFOR_VIGIL, published=date(2021, 5, 7)), [
        crime(event_date=date(2021, 5, 7))])
    assert [e.event_id_cnty for e in later] == [eid]
    assert store.history(eid)[-1]["changes"]["related_report"] == [None, "b2"]



VEXLEY_TWO_YEARS_ON = ("Two years after Lorna Vexley opened fire at the Brackwell bottling plant, Harlow Springs "
                       "workers gathered to remember the two colleagues who were shot. ")


@pytest.mark.parametrize("recalled", [None, 30])
def test_a_report_years_later_telling_the_shooting_it_names_is_related_to_it(store, recalled):
    """A report published long after an incident (an anniversary, a trial) that codes no act of
    violence but tells, undated, one of its kind and names its people is about it: no
    ``link_days`` window bounds it (``recalled_days``)."""
    if recalled is not None:
        store.dedupe = DedupeSettings(recalled_days=recalled)
    store.add_report(report("filler", text=FILLER, published=date(2021, 4, 1)), [])
    eid = store.add_report(report("v1", text=VEXLEY, published=date(2021, 5, 4)), [crime()])[0].event_id_cnty
    told = unplaced(evidence=Evidence(VEXLEY_TWO_YEARS_ON, 0, len(VEXLEY_TWO_YEARS_ON)))
    store.add_report(report("v4", text=VEXLEY_TWO_YEARS_ON, published=date(2023, 5, 4)), [], undated=[told])
    assert [e.event_id_cnty for e in store.events_for("v4", role="related")] == ([eid] if recalled is None else [])
    # the same report telling nothing of a shooting is no report of it
    store.add_report(report("v5", text=VEXLEY_TWO_YEARS_ON + " A plaque was unveiled.", published=date(2023, 5, 5)),
                     [])
    assert store.events_for("v5", role="related") == []


MORTLAKE_NEW_SHOOTING = ("A delivery driver was shot in the leg near the Brackwell bottling plant in Harlow Springs, "
                         "Captain Idris Mortlake said, a year after Lorna Vexley's rampage there. ")
NEW_SHOT = "A delivery driver was shot in the leg near the Brackwell bottling plant"


@pytest.mark.parametrize("published", [date(2021, 5, 20), date(2022, 5, 20)])
def test_a_shooting_of_the_page_day_is_no_report_of_the_town_s_shooting_a_year_before(store, published):
    """A report that tells, with no place, a shooting on its own page day (no trial, no
    anniversary, no earlier year in the sentence telling it: dedupe.recalls) and names the
    town, plant and police captain of a stored shooting is linked to it within ``link_days``
    only, not a year later (``recalled_days`` is for an incident the report recalls)."""
    store.add_report(report("filler", text=FILLER, published=date(2021, 4, 1)), [])
    eid = store.add_report(report("v1", text=VEXLEY, published=date(2021, 5, 4)), [crime()])[0].event_id_cnty
    shot = unplaced(evidence=Evidence(NEW_SHOT, 0, len(NEW_SHOT)))
    store.add_report(report("m1", text=MORTLAKE_NEW_SHOOTING, published=published), [], undated=[shot])
    assert [e.event_id_cnty for e in store.events_for("m1", role="related")] == (
        [eid] if published.year == 2021 else [])


def test_a_sentence_recalls_an_older_incident_by_a_cue_or_an_earlier_year():
    said = lambda text: unplaced(evidence=Evidence(text, 0, len(text)))  # noqa: E731
    assert dedupe.recalls(said("The trial of the man accused of the shooting opened."), date(2022, 5, 2))
    assert dedupe.recalls(said("She was shot outside the depot three years ago."), date(2022, 5, 2))
    assert dedupe.recalls(said("He was shot outside the depot in 2019."), date(2022, 5, 2))
    assert not dedupe.recalls(said("He was shot outside the depot in 2022."), date(2022, 5, 2))
    assert not dedupe.recalls(said("A cyclist took a stray round near the ferry depot at dusk."), date(2022, 5, 2))


# -- a toll told as an update (spec §6: the lowest figure until a confirmed one; §1: living data) --

def test_coded_toll_is_the_lowest_until_a_later_update():
    T = dedupe.Toll
    first, second = date(2022, 1, 22), date(2022, 1, 24)
    # conflicting counts: the lowest, whenever told (a higher plain count is no update)
    assert dedupe.coded_toll([T(20, "A", first), T(35, "B", second)]) == (20, None)
    # a risen toll published after the lower one is coded
    rise = T(35, "B", second, "rise")
    assert dedupe.coded_toll([T(20, "A", first), rise]) == (35, rise)
    # ... not when the lower figure was published later, or its date is unknown
    assert dedupe.coded_toll([T(20, "A", date(2022, 1, 25)), rise]) == (20, None)
    assert dedupe.coded_toll([T(20, "A", None), rise]) == (20, None)
    assert dedupe.coded_toll([T(20, "A", first), T(35, "B", None, "rise")]) == (20, None)
    # reports naming no toll are silent; of two updates the latest, then the lowest
    later = T(40, "C", date(2022, 1, 26), "official")
    assert dedupe.coded_toll([T(0, "X", first), T(20, "A", first), rise, later]) == (40, later)
    same_day = T(38, "D", date(2022, 1, 26), "rise")
    assert dedupe.coded_toll([T(20, "A", first), later, same_day]) == (38, same_day)
    # a later death adds its own victims to the toll told before, no more
    died = T(21, "E", second, "later_death")
    assert dedupe.coded_toll([T(20, "A", first), died]) == (21, died)
    assert dedupe.coded_toll([T(20, "A", first), T(23, "E", second, "later_death")]) == (20, None)
    two = T(22, "E", second, "later_death", late=2)
    assert dedupe.coded_toll([T(20, "A", first), two]) == (22, two)


def test_combine_notes_every_count_and_why_the_update_is_coded():
    a, b = event(article_id="a", fatalities=20), event(article_id="b", fatalities=35, source="Reuters")
    tolls = [dedupe.Toll(20, "Shafaq News", date(2022, 1, 22)),
             dedupe.Toll(35, "Reuters", date(2022, 1, 24), "rise")]
    m = dedupe.combine([a, b], tolls=tolls)
    assert m.fatalities == 35
    assert "20 (Shafaq News); 35 (Reuters)" in m.notes and "35 is coded, as Reuters told a risen toll" in m.notes
    plain = dedupe.combine([a, b], tolls=[t.__class__(t.count, t.source, t.published) for t in tolls])
    assert plain.fatalities == 20 and "the lowest credible count is coded" in plain.notes


def test_told_update_needs_the_events_toll():
    rise = [("rise", 35, 0, 30)]
    text = "The death toll rose to 35 now."
    kind, ev, told = dedupe.told_update(event(fatalities=35), [event(fatalities=35)], rise, text)
    assert kind == "rise" and (ev.start, ev.end, ev.text, told) == (0, 30, text[:30], 35)
    assert dedupe.told_update(event(fatalities=30), [event(fatalities=30)], rise, text) == ("", None, None)
    # a later death without a figure tells the toll of the report's one event with deaths
    later = [("later_death", None, 0, 30)]
    assert dedupe.told_update(event(fatalities=2), [event(fatalities=2), event(fatalities=0)], later, text)[0] \
        == "later_death"
    assert dedupe.told_update(event(fatalities=2), [event(fatalities=2), event(fatalities=1)], later, text) \
        == ("", None, None)


ROSE = ("Fighting went on at the prison on Monday. The death toll from the prison clashes rose to 35 on Monday, "
        "a monitor said.")


def test_a_later_report_of_a_risen_toll_updates_the_event(store):
    first = store.add_report(report("shafaq", published=date(2022, 1, 22)), [event(fatalities=20)])
    eid = first[0].event_id_cnty
    store.add_report(report("reuters", text=ROSE, source="Reuters", published=date(2022, 1, 24)),
                     [event(source="Reuters", fatalities=35)])
    e = store.event(eid)
    assert e.fatalities == 35 and e.article_ids == ("shafaq", "reuters")
    assert "20 (Shafaq News); 35 (Reuters); 35 is coded, as Reuters told a risen toll on 2022-01-24" in e.notes
    last = store.history(eid)[-1]
    assert last["changes"]["fatalities"] == [20, 35]
    told = last["changes"]["toll_evidence"][1]
    assert told["update"] == "rise" and ROSE[told["start"]:told["end"]] == told["text"]
    assert told["text"].startswith("The death toll from the prison clashes rose to 35")
    kept = store.evidence(eid)
    assert kept[0]["toll_evidence"] is None and kept[1]["toll_evidence"] == {
        "text": told["text"], "start": told["start"], "end": told["end"]}
    # a third report with the old, lower count published earlier changes nothing
    store.add_report(report("afp", source="AFP", published=date(2022, 1, 23)), [event(source="AFP", fatalities=20)])
    assert store.event(eid).fatalities == 35
    # ... one published later than the rise puts the lowest back (conflicting counts)
    store.add_report(report("ap", source="AP", published=date(2022, 1, 25)), [event(source="AP", fatalities=25)])
    e = store.event(eid)
    assert e.fatalities == 20 and "the lowest credible count is coded" in e.notes


def test_a_risen_toll_published_before_the_lower_one_is_no_update(store):
    # arrival order does not matter, publication does: the 'rise' came out before the lower count
    store.add_report(report("reuters", text=ROSE, source="Reuters", published=date(2022, 1, 21)),
                     [event(source="Reuters", fatalities=35)])
    (e,) = store.add_report(report("shafaq", published=date(2022, 1, 22)), [event(fatalities=20)])
    assert e.fatalities == 20 and "35 (Reuters)" in e.notes


def test_an_update_stored_first_is_coded_once_the_older_lower_count_arrives(store):
    store.add_report(report("reuters", text=ROSE, source="Reuters", published=date(2022, 1, 24)),
                     [event(source="Reuters", fatalities=35)])
    (e,) = store.add_report(report("shafaq", published=date(2022, 1, 22)), [event(fatalities=20)])
    assert e.fatalities == 35 and "35 is coded, as Reuters told a risen toll" in e.notes


def test_a_victims_later_death_updates_the_toll(store):
    (e,) = store.add_report(report("a", published=date(2022, 1, 22)), [event(fatalities=1)])
    text = "Police said the second man died of his wounds in hospital on Sunday."
    store.add_report(report("b", text=text, source="Ledger", published=date(2022, 1, 24)),
                     [event(source="Ledger", fatalities=2)])
    stored = store.event(e.event_id_cnty)
    assert stored.fatalities == 2 and "2 is coded, as Ledger told a victim's later death" in stored.notes


def test_a_later_death_told_alone_adds_to_the_earlier_toll():
    T = dedupe.Toll
    first, second, third = date(2022, 3, 5), date(2022, 3, 9), date(2022, 3, 12)
    # the first reports left the gunman alive; a follow-up tells only his death
    alone = T(1, "Herald", second, "later_death")
    assert dedupe.coded_toll([T(2, "Ledger", first), alone]) == (3, alone)
    assert dedupe.coded_toll([T(2, "Ledger", first), T(3, "Post", first), alone]) == (3, alone)
    # two follow-ups telling that death add it once
    again = T(1, "Gazette", third, "later_death")
    assert dedupe.coded_toll([T(2, "Ledger", first), alone, again])[0] == 3
    # the same victim's death told again (no fewer dead than before) adds nobody
    assert dedupe.coded_toll([T(1, "Ledger", first), T(1, "Herald", second, "later_death")])[0] == 1
    # ... nor a follow-up published with the toll, or before it
    assert dedupe.coded_toll([T(2, "Ledger", second), alone])[0] == 1
    assert dedupe.coded_toll([T(2, "Ledger", third), alone])[0] == 1


def test_a_gunmans_later_death_adds_to_his_victims_toll(store):
    (e,) = store.add_report(report("a", published=date(2022, 3, 5)), [event(fatalities=2)])
    text = "Deputies say the sniper died of complications in an Akron ward on Friday."
    store.add_report(report("b", text=text, source="Herald", published=date(2022, 3, 9)),
                     [event(source="Herald", fatalities=1)])
    stored = store.event(e.event_id_cnty)
    assert stored.fatalities == 3 and "3 is coded, as Herald told a victim's later death" in stored.notes


def test_a_store_from_before_migration_7_takes_updates(store):
    (e,) = store.add_report(report("shafaq", published=date(2022, 1, 22)), [event(fatalities=20)])
    undo_migration_7(store)
    store._exec("DELETE FROM schema_version WHERE version >= 7")
    store._migrate()
    store.add_report(report("reuters", text=ROSE, source="Reuters", published=date(2022, 1, 24)),
                     [event(source="Reuters", fatalities=35)])
    assert store.event(e.event_id_cnty).fatalities == 35
