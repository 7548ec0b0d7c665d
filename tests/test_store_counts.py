"""The per-name and per-word report counts (migration 9: name_counts, term_counts) stay
equal to a count over report_names / report_terms as reports are added, changed and
replaced by a longer version, on SQLite and PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations

from datetime import date

from conflictlens.store import schema
from test_dedupe import crime, report, undo_migration_9

RIVER = ("Police said a fisherman was shot near the Lantern Bridge in Harlow Springs; "
         "the fisherman's brother told Harlow Springs Gazette the gunman fled along the river path.")
MARKET = ("A vendor was wounded at the Copper Market in Harlow Springs when a gunman opened fire; "
          "Sheriff Dana Whitlock said the market would reopen on Friday.")
MARKET_LONGER = MARKET + (" Witnesses said the gunman argued with the vendor over a debt before the shooting, "
                          "and Sheriff Dana Whitlock asked anyone with video of the market to come forward.")


def _recount(store, table: str, column: str) -> dict[str, int]:
    return {r["w"]: r["v"] for r in store._all(
        f"SELECT {column} AS w, COUNT(*) AS v FROM {table} GROUP BY {column}")}


def _kept(store, counts: str, column: str) -> dict[str, int]:
    return {r["w"]: r["v"] for r in store._all(f"SELECT {column} AS w, reports AS v FROM {counts} WHERE reports > 0")}


def _check(store) -> None:
    names, terms = _recount(store, "report_names", "name"), _recount(store, "report_terms", "term")
    assert _kept(store, "name_counts", "name") == names
    assert _kept(store, "term_counts", "term") == terms
    assert store._name_counts(list(names) + ["Nowhere Town"]) == names
    assert store._term_counts(list(terms)) == terms


def test_counts_follow_added_changed_and_longer_reports(store):
    store.add_report(report("r1", text=RIVER, published=date(2021, 5, 3)), [crime()])
    store.add_report(report("r2", text=MARKET, published=date(2021, 5, 3)), [crime(latitude=39.2)])
    _check(store)
    # the same id with a new text: its words are counted once, the old ones no more
    store.add_report(report("r1", text=RIVER.replace("fisherman", "ferryman"), published=date(2021, 5, 3)),
                     [crime()])
    _check(store)
    assert "fisherman" not in store._term_counts(["fisherman"])
    # a longer version of a stored report (another id, the same page) becomes its text
    store.add_report(report("r3", text=MARKET_LONGER, url="https://news.example/r2", published=date(2021, 5, 4)),
                     [crime(latitude=39.2)])
    _check(store)
    assert store.counts()["reports"] == 2


def test_migration_counts_reports_stored_before_it(store):
    store.add_report(report("r1", text=RIVER, published=date(2021, 5, 3)), [crime()])
    store.add_report(report("r2", text=MARKET, published=date(2021, 5, 3)), [crime(latitude=39.2)])
    undo_migration_9(store)
    store._exec("DELETE FROM schema_version WHERE version >= 9")
    store._migrate()
    assert store.schema_version() == schema.LATEST_VERSION
    _check(store)


def test_many_words_are_counted_in_chunks(store):
    words = [f"word{i:04d}" for i in range(1200)]
    with store._transaction():
        store._index_terms("w1", words, fresh=True)
        store._index_terms("w2", words[:700], fresh=True)
    counts = store._term_counts(words + ["absent"])
    assert len(counts) == 1200 and counts["word0001"] == 2 and counts["word0999"] == 1
