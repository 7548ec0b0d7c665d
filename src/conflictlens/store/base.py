"""The event store's behaviour, shared by the SQLite and PostgreSQL backends.

A backend supplies a connection, how a statement is run (``?`` placeholders are
turned into its own) and how a write transaction starts; everything else (migrations,
ids, event identity across reports, history, deletions, duplicate reports) is in the
mixins :class:`BaseStore` is made of, so both backends behave the same.

Write transactions are serialised (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: a
transaction-scoped advisory lock), so two ingest processes never both decide that an
event or a report is new: the second one sees what the first committed.

Each mixin has one reason to change (its module docstring says which):

- ingest.py: the ingest transaction, one report and its events (``add_report``)
- report_copies.py: copies and later versions of stored reports, their outlets
- matching.py: the stored event a coded event joins
- related.py: reports that code no violence, linked to the event they tell
- resemblance.py: reports linked by their words alone
- undated.py: undated events (reports with no date) and their dating
- story_groups.py: reports that code nothing and tell one story
- name_evidence.py: what the names reports share tell (same or other incident)
- word_index.py: the name, content word and shingle indexes and their counts
- reconcile.py: an event's row from its reports' versions, merges
- history.py: event history and the deletions log
- event_rows.py: ids and the events table's rows
- event_queries.py: events read back (exports, counts)
- plumbing.py: backend hooks, transactions, migrations, counters
"""
from __future__ import annotations

from .dedupe import DEFAULT_SETTINGS, DedupeSettings
from .event_queries import EventQueries
from .event_rows import UNKNOWN_PREFIX, EventRows, content_hash, country_prefix, id_order  # noqa: F401 - re-exported
from .history import HistoryLog
from .ingest import LONGER_VERSION, ReportIngest  # noqa: F401 - re-exported
from .matching import EventMatching
from .name_evidence import NameEvidence
from .plumbing import StorePlumbing
from .reconcile import FieldReconciliation
from .related import RelatedLinking
from .report_copies import ReportCopies
from .resemblance import ResemblanceLinking
from .schema import LATEST_VERSION
from .story_groups import StoryGroups
from .undated import UndatedEvents
from .word_index import WordIndex


class BaseStore(ReportIngest, ReportCopies, EventMatching, RelatedLinking, ResemblanceLinking, UndatedEvents,
                StoryGroups, NameEvidence, WordIndex, FieldReconciliation, HistoryLog, EventRows, EventQueries,
                StorePlumbing):
    """Reports, their coded events, every event's sources and history."""

    dedupe: DedupeSettings = DEFAULT_SETTINGS

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


__all__ = ["BaseStore", "LATEST_VERSION", "content_hash", "country_prefix", "UNKNOWN_PREFIX"]
