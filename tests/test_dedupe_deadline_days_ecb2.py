"""A day of the month told as a deadline or a day set ahead ("the council set a June 30 deadline",
"must be paid by June 30") is no day of the report's incident: store/dedupe.py told_days leaves
it out (data/store/deadline_words.txt), so a report with no date giving it is not kept from the
other reports of its incident by a day weeks off theirs. Invented reports, on SQLite and
PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations


from conflictlens.store import DedupeSettings
from conflictlens.store import dedupe
from test_dedupe import report, town_news, undated

# invented: a report with no date of a shooting, which gives only a deadline's day
SHOT = ("A man was shot at the Cobble Street ferry landing in Harlow Springs; the harbour master, "
        "two deckhands and a fishmonger heard the gunfire near the moored trawlers. The council set "
        "a June 30 deadline to repair the landing.")
# invented: a report with no date coding nothing, giving the shooting's day
WITNESSES = ("Deckhands and a fishmonger at the ferry landing told the harbour master "
             "about the gunfire on June 3, as gulls circled the moored trawlers.")


def test_a_deadline_day_is_no_incident_day():
    assert dedupe.told_days("The council set a June 30 deadline. A man was shot on June 3.") == "06-03"
    assert dedupe.told_days("The landlord must be paid by July 19, 2010, the tenants said.") == ""
    assert dedupe.told_days("The rent is due 4 August.") == ""
    assert dedupe.told_days("Talks will go on until March 2.") == ""
    # a day that is not set ahead stays
    assert dedupe.told_days("Fishermen marched on April 9 and a kiosk burned.") == "04-09"


def test_a_report_giving_a_deadline_day_does_not_keep_the_incident_from_its_other_reports(store):
    town_news(store)
    store.dedupe = DedupeSettings()
    (held,) = store.add_report(report("u1", text=SHOT, published=None), [],
                               undated=[undated(location="Harlow Springs")])
    store.add_report(report("w", text=WITNESSES, published=None), [])
    assert [e.event_id_cnty for e in store.events_for("w", role="related")] == [held.event_id_cnty]
