"""How a report tells its toll (an exact count, a lower bound, a vague count) travels with
its row into the store, where the lowest exact count wins over a lower bound or a vague
count told by another report (spec §6), on SQLite and PostgreSQL (the ``store`` fixture).
Sentences and names are invented."""
from __future__ import annotations

from datetime import date

from conflictlens.events.fatalities import find_death_figures, toll_kind
from conflictlens.store import dedupe, schema
from test_dedupe import event, report, undo_migration_10


def kind(text: str) -> str:
    return toll_kind(find_death_figures(text))


def test_a_figure_tells_its_kind():
    assert kind("Two porters were killed when the gunman opened fire.") == "exact"
    assert kind("At least two porters were killed when the gunman opened fire.") == "lower bound"
    assert kind("More than four porters were killed in the raid.") == "lower bound"
    assert kind("Dozens of porters were killed in the raid.") == "vague"
    assert kind("About ten porters were killed in the raid.") == "vague"
    # a vague figure beside an exact one leaves the whole toll vague
    assert kind("Two guards and several porters were killed in the raid.") == "vague"


def test_the_lowest_exact_count_beats_a_lower_bound_or_a_vague_count():
    T = dedupe.Toll
    day = date(2023, 3, 2)
    assert dedupe.coded_toll([T(1, "A", day, kind="lower bound"), T(3, "B", day)]) == (3, None)
    assert dedupe.coded_toll([T(3, "A", day, kind="vague"), T(4, "B", day), T(5, "C", day)]) == (4, None)
    # no report counts the dead: a lower bound, before a vague count, the lowest of them
    assert dedupe.coded_toll([T(3, "A", day, kind="vague"), T(2, "B", day, kind="lower bound"),
                              T(5, "C", day, kind="lower bound")]) == (2, None)
    assert dedupe.coded_toll([T(12, "A", day, kind="vague"), T(3, "B", day, kind="vague")]) == (3, None)
    # a report saying nothing of deaths is silent, whatever its kind
    assert dedupe.coded_toll([T(0, "A", day), T(2, "B", day, kind="lower bound")]) == (2, None)


def test_combine_notes_the_bound_and_codes_the_exact_count():
    a = event(article_id="a", fatalities=1, fatalities_kind="lower bound", source="Ridge Courier")
    b = event(article_id="b", fatalities=3, source="Valley Post")
    m = dedupe.combine([a, b])
    assert (m.fatalities, m.fatalities_kind) == (3, "exact")
    assert "at least 1 (Ridge Courier); 3 (Valley Post); the lowest exact count is coded" in m.notes
    plain = dedupe.combine([a.replace(fatalities_kind="exact"), b])
    assert plain.fatalities == 1 and "the lowest credible count is coded" in plain.notes


def test_the_store_keeps_each_reports_kind_and_codes_the_exact_count(store):
    first = store.add_report(report("courier", source="Ridge Courier", published=date(2022, 1, 22)),
                             [event(source="Ridge Courier", fatalities=1, fatalities_kind="lower bound")])
    eid = first[0].event_id_cnty
    assert store.event(eid).fatalities == 1  # the only toll told
    store.add_report(report("post", source="Valley Post", published=date(2022, 1, 23)),
                     [event(source="Valley Post", fatalities=3)])
    e = store.event(eid)
    assert e.article_ids == ("courier", "post") and e.fatalities == 3
    assert "the lowest exact count is coded" in e.notes
    assert [s["fatalities_kind"] for s in store.evidence(eid)] == ["lower bound", "exact"]
    # a vague count arriving later does not undercut the exact one
    store.add_report(report("wire", source="Lake Wire", published=date(2022, 1, 24)),
                     [event(source="Lake Wire", fatalities=2, fatalities_kind="vague")])
    assert store.event(eid).fatalities == 3


def test_sources_stored_before_the_migration_are_exact_counts(store):
    first = store.add_report(report("courier", published=date(2022, 1, 22)), [event(fatalities=4)])
    undo_migration_10(store)
    store._exec("DELETE FROM schema_version WHERE version >= 10")
    store._migrate()
    assert store.schema_version() == schema.LATEST_VERSION
    assert [s["fatalities_kind"] for s in store.evidence(first[0].event_id_cnty)] == ["exact"]


def test_a_lower_bound_above_the_exact_count_is_noted():
    a = event(article_id="a", fatalities=3, source="Valley Post")
    b = event(article_id="b", fatalities=5, fatalities_kind="lower bound", source="Ridge Courier")
    m = dedupe.combine([a, b])
    assert m.fatalities == 3
    assert "3 (Valley Post); at least 5 (Ridge Courier); the lowest exact count is coded" in m.notes


def test_the_kind_travels_with_the_row():
    from conflictlens.model import Report
    from conflictlens.pipeline import Pipeline, Settings
    p = Pipeline(settings=Settings(scope="all-violence"))
    told = {}
    for bound in ("At least two", "Two"):
        text = (f"{bound} porters were shot dead at a depot in Toledo, Ohio, on Thursday night, "
                "police said.\n")
        a = p.analyse(Report(id="t", title="", text=text, published=date(2026, 11, 27)))
        told[bound] = [(e.fatalities, e.fatalities_kind) for e in a.events]
    assert told == {"At least two": [(2, "lower bound")], "Two": [(2, "exact")]}
