"""Event identity across reports and duplicate reports: pure functions, no database.

The store's mixins reach these modules through :mod:`conflictlens.store.dedupe`, which
re-exports every name; each module here has one reason to change: the settings, the shared
word lists, what kind of violence an event is (kinds), its date and place windows (windows),
its actors, the days an undated report tells (told_days), the identity rules (same_event),
reports recalling an older incident (recalls), the names and content words reports share
(names, terms), the coded toll (tolls), reconciling versions (combine), a version's JSON and
history diff (versions), and the same report arriving twice (same_report).
"""
