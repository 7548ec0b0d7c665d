"""Series of reports of one story, coded by the pipeline (``--scope all-violence``) and
ingested into a real store, as ``conflictlens ingest`` does: a town's next incident of the
same kind, weeks later, is not the first one's late follow-up when the two share only the
town's names (EventMatching._late_names_tell, ``late_telling_names``), while a follow-up
naming the victim still joins. Invented reports, people and venues; runs on SQLite (and
PostgreSQL when one runs)."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report
from conflictlens.store import DedupeSettings

# invented: a wire brief of a holdup (the town, the state's short form, the agency, the street)
BRIEF = ("PEORIA, Ill. (AP) — A cashier was shot and killed during a holdup at a gas station on "
         "Knoxville Avenue late Friday, police said.")
# invented: the next day's story naming the victim and the shop
NAMED = ("The cashier killed in Friday's holdup at the Fastway Mart on Knoxville Avenue in Peoria, "
         "Illinois, was Omar Haddad, 44, his family said. Detectives released photos of a man in a grey hoodie.")
# invented: another holdup on the same avenue five weeks later, told in the same words
NEXT = ("PEORIA, Ill. (AP) — A cashier was shot and wounded during a holdup at a gas station on "
        "Knoxville Avenue on Saturday night, police said. The cashier, Wendell Pryce, was expected to survive.")
# invented: a follow-up two months on, naming the victim and the shop
FOLLOW_UP = ("PEORIA, Ill. (AP) — Two months after Omar Haddad was shot at the Fastway Mart on Knoxville "
             "Avenue, his brother Samir Haddad asked on Sunday for anyone who saw the gunman to call police.")

SERIES = (("p1", BRIEF, date(2022, 9, 10)), ("p2", NAMED, date(2022, 9, 11)))

# invented: other news of the wire, so that names are weighed against a store of some size
OTHER_NEWS = ("The Lakeview school board in Rockford approved a new bus contract on Tuesday.",
              "Springfield lawmakers debated a bill on farm subsidies, Senator Ada Quill said.",
              "A barn fire near Galesburg destroyed hay bales; no one was hurt, the fire chief said.",
              "The Decatur city council named Rosa Lindqvist its new clerk on Monday.",
              "Champaign's marathon drew 4,000 runners on Saturday, organiser Pete Vance said.",
              "Bloomington opened a library branch on Elm Street, Mayor Dana Whitfield said.")


def ingest(store, pipeline, items):
    """Code each ``(id, text, published)`` with the pipeline and store it, as the CLI does;
    returns ``{article_id: [event ids]}``."""
    reports = [Report(id=rid, text=text, title="", published=day, source="Wire", url=f"https://wire.example/{rid}",
                      origin=rid) for rid, text, day in items]
    out = {}
    for report, events, undated in violence_pipeline_items(pipeline, reports):
        out[report.id] = [e.event_id_cnty for e in store.add_report(report, events, undated=undated)]
    return out


def violence_pipeline_items(pipeline, reports):
    return pipeline.process_many(reports, undated=True)


def _first(store, pipeline, **kw):
    store.dedupe = DedupeSettings(**kw)
    ingest(store, pipeline, [(f"n{i}", t, date(2022, 9, 1)) for i, t in enumerate(OTHER_NEWS)])
    got = ingest(store, pipeline, SERIES)
    assert len(set(got["p1"] + got["p2"])) == 1
    return got["p1"][0]


def test_the_towns_next_holdup_weeks_later_is_another_incident(store, violence_pipeline):
    first = _first(store, violence_pipeline)
    got = ingest(store, violence_pipeline, [("p3", NEXT, date(2022, 10, 16))])
    assert got["p3"] and first not in got["p3"]
    assert "p3" not in store.event(first).article_ids


def test_without_the_rule_the_next_holdup_joins_the_first(store, violence_pipeline):
    first = _first(store, violence_pipeline, late_telling_names=False)
    got = ingest(store, violence_pipeline, [("p3", NEXT, date(2022, 10, 16))])
    assert got["p3"] == [first]


def test_a_follow_up_naming_the_victim_still_joins(store, violence_pipeline):
    first = _first(store, violence_pipeline)
    got = ingest(store, violence_pipeline, [("p3", NEXT, date(2022, 10, 16)),
                                            ("p4", FOLLOW_UP, date(2022, 11, 14))])
    assert got["p4"] == [first]
    e = store.event(first)
    assert e.event_date == date(2022, 9, 9) and e.fatalities == 1
