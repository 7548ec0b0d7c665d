"""Whether a newly coded event is a stored one: the codebook's identity rules.

:func:`matches` compares what the events are (type, day, place, actors); :func:`corroborates`,
:func:`describes`, :func:`tells_kind` and :func:`told_again` are the looser comparisons the
store makes once the reports behind two events are known to share names, or when one side
has no date or no place to compare. Wording plays no part here.
"""
from __future__ import annotations

from ...model import Event
from .settings import DedupeSettings, DEFAULT_SETTINGS
from .kinds import family, is_crime, is_violent, one_kind, same_kind, VIOLENT
from .windows import (
    day_gap, distance, is_undated, page_dated, page_dated_after_told, page_dated_armed, same_place, later_day_soft, unplaced,
)
from .actors import actors_compatible, without_country


def matches(new: Event, stored: Event, s: DedupeSettings = DEFAULT_SETTINGS) -> bool:
    """Is ``new`` the same event as ``stored``? (what it is, not how it is worded)"""
    a, b = family(new.event_type, new.sub_event_type), family(stored.event_type, stored.sub_event_type)
    if a != b and not (s.crime_is_violence and a in VIOLENT and b in VIOLENT and "other violence" in (a, b)) \
            and not (s.codebook_pairs and one_kind(new, stored)):
        return False
    window = s.day_window
    if page_dated(new) or page_dated(stored) or (s.page_dated_armed and page_dated_armed(new, stored)):
        window = max(window, s.page_dated_days)
    if day_gap(new, stored, s) > window and not page_dated_after_told(new, stored, s):
        return False
    if not same_place(new, stored, s):
        return False
    return actors_compatible(new, stored)


def match_rank(new: Event, stored: Event, s: DedupeSettings = DEFAULT_SETTINGS) -> tuple:
    """Smaller is a better match: same day, nearer, same sub-event type, older id."""
    d = distance(new, stored)
    return (
        abs((new.event_date - stored.event_date).days),
        d if d is not None else s.place_window_km,
        new.sub_event_type != stored.sub_event_type,
        stored.timestamp,
    )


def corroborates(new: Event, stored: Event, s: DedupeSettings = DEFAULT_SETTINGS, people: bool = False,
                 recalled: bool = False, late: bool = False, anywhere: bool = False) -> bool:
    """Is ``new`` the same event as ``stored`` once the reports behind them are known to
    name the same people and places? Both must be acts of violence (one report may code as
    an attack on civilians what another codes as a shooting with no political actor),
    on the same day (ACLED codes a battle one row per day) or, when either report codes
    the incident outside ACLED's taxonomy or as an attack on civilians
    (``attack_is_told_late``), within ``related_days`` (a crime report often dates the
    incident by its own publication day), or within ``people_days`` when
    ``people`` (the reports share distinctive full names: :func:`report_people`), with
    compatible actors; or up to ``recalled_days`` after ``stored`` when ``recalled`` (the
    sentence telling ``new`` recalls an older incident, :func:`recalls`: a trial's report
    dated by the hearing tells the killing, which is coded on its own day, never the trial's);
    or up to ``late_days`` apart when ``late`` and the later of the two is dated softly
    (:func:`later_day_soft`: a week, a month, a day counted from a page published long after),
    both at the same place (:func:`same_place`: what it is must agree where its day cannot),
    or anywhere when ``anywhere`` (the caller knows the reports name the same person).
    The coded places may disagree, even
    on the country: a small town the report does not place in its country is the field
    most often resolved wrong (to a namesake abroad)."""
    if not (is_violent(new) and is_violent(stored)):
        return False
    # a crime, or an attack on civilians (a shooting, a murder: what crime reports tell,
    # coded so when the report names an armed perpetrator), is often dated by a report's own
    # day; a battle is one row per day
    told_late = s.attack_is_told_late and "civilians" in (family(new.event_type, new.sub_event_type),
                                                          family(stored.event_type, stored.sub_event_type))
    crime = is_crime(new) or is_crime(stored) or told_late
    window = max(s.related_days if crime else 0, s.day_window, s.people_days if people else 0)
    if recalled and stored.event_date <= new.event_date:
        window = max(window, s.recalled_days)
    if late and s.late_days and later_day_soft(new, stored) and (anywhere or same_place(new, stored, s)):
        window = max(window, s.late_days)
    if day_gap(new, stored, s) > window:
        return False
    if new.country and stored.country and new.country != stored.country:
        # a town resolved to a namesake abroad takes that country's forces and civilians
        new, stored = without_country(new), without_country(stored)
    return actors_compatible(new, stored)


def describes(mention: Event, stored: Event, s: DedupeSettings = DEFAULT_SETTINGS) -> bool:
    """Does an undated mention (events/rows.py: undated_rows) tell ``stored`` by what it is?
    Both acts of violence of the same family (or either coded outside ACLED's taxonomy, as
    in :func:`corroborates`), the same place, compatible actors; the date cannot be compared."""
    if not (is_violent(mention) and is_violent(stored)):
        return False
    if not same_kind(mention, stored):
        return False
    return same_place(mention, stored, s) and actors_compatible(mention, stored)


def told_again(row: Event, stored: Event, s: DedupeSettings = DEFAULT_SETTINGS) -> bool:
    """Is ``row``, coded by a report telling a court's proceedings (:func:`told_in_court`) on
    its hearing's day, the older killing ``stored`` the same report joined, told again? A trial
    story tells the killing in its headline and its lead, dated by the hearing, and again on
    its own day: one incident, one row. ``stored`` must be dated (to the day, week or month)
    more than ``court_fold_days`` before ``row`` (a new incident of the report's own days is
    no hearing's), and corroborate it up to ``recalled_days`` back (acts of violence,
    compatible actors: :func:`corroborates`)."""
    if not s.court_fold_days or is_undated(stored) or not row.time_precision:
        return False
    if (row.event_date - stored.event_date).days <= s.court_fold_days:
        return False
    return corroborates(row, stored, s, people=True, recalled=True)


def same_toll(a: Event, b: Event) -> bool:
    """Do two tellings give the same death toll, of at least one? (A report with no date
    tells the killing by what it is and whom it killed, not by its day.)"""
    return bool(a.fatalities) and a.fatalities == b.fatalities


def tells_kind(mention: Event, stored: Event) -> bool:
    """Does an undated mention told with no place (or an undated event made of one) tell
    what ``stored`` is, as far as it can: the same family of violence (as in
    :func:`describes`), compatible actors; neither the date nor the place can be compared."""
    if not (unplaced(mention) or unplaced(stored)) or not (is_violent(mention) and is_violent(stored)):
        return False
    if not same_kind(mention, stored):
        return False
    return actors_compatible(mention, stored)
