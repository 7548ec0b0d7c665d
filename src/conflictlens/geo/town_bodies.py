"""A town's name before its own public body's word: a town, read in the state the report is set in.

"Darien police", "the Darien Fire Department", "Darien officers", "the Darien school
district" (``town_body_words.tsv``) name a town's own body. Where a town bears the name as
its own, the name is no province or country abroad that the report is not about (Panama's
Darien); in a report whose named units and settled towns all lie in one US state, it is
that state's town when it has a real one, not the larger namesake of another state.
"""
from __future__ import annotations

from .context import CountryPrior
from .gazetteer import Candidate
from .patterns import names_town_body
from .prior import NAMESAKE_SHARE
from .spans import _own_name


#: The country whose towns keep their own police, fire and school bodies by town, so that a
#: report set in one of its states reads "X police" there; elsewhere a first-level unit the
#: report names may come from the name itself (Dublin's own province) and police are
#: often a province's or a nation's
ONE_STATE_COUNTRY = "US"


def town_body_readings(text: str, end: int, key: str, cands: list[Candidate], prior: CountryPrior
                       ) -> list[Candidate]:
    """The readings of a name ``key`` ending at ``end`` that a town body's word after it
    allows (``cands`` unchanged without one, or where no town bears the name as its own):
    no first-level unit or country of a country the report is not about (its own
    mention left out: "Darien" alone says Panama) that is no bigger than the town or
    whose town the report's other names bear out, and, in a report whose named units
    and settled towns lie in one US state (:data:`ONE_STATE_COUNTRY`), that state's towns
    when it has a real one. Not for a name that is a unit of that unit's country ("Texas police" are the
    state's), nor for a village under :data:`.prior.NAMESAKE_SHARE` of its name's
    largest town in the country (a Boston of New York state is not where "Boston
    police" work)."""
    own = [c for c in cands if c.level == "city" and _own_name(c)]
    if not names_town_body(text, end) or not own:
        return cands
    # (a unit abroad gives way where it is no bigger than the largest such town, or where a
    # town of the name lies in a state another name of the report has a town in: "Upland
    # and Ontario police"; "Victoria police" alone stays Australia's state)
    largest_own = max(c.population for c in own)
    shared = any(prior.city_units.get(c.admin1_code, set()) - {key} for c in own)
    cands = [c for c in cands if not (
        c.level in ("admin1", "country", "continent") and prior.share(c.country_code, key) == 0
        and (shared or c.population <= largest_own))] or cands
    units = prior.admin1_codes | prior.local_admin1
    if len(units) != 1 or not next(iter(units)).startswith(f"{ONE_STATE_COUNTRY}."):
        return cands
    unit = next(iter(units))
    cc = ONE_STATE_COUNTRY
    if any(c.match == "exact" and (c.level == "country" or (c.level == "admin1" and c.country_code == cc))
           for c in cands):
        return cands
    largest = max((c.population for c in cands if c.level == "city" and c.country_code == cc and _own_name(c)),
                  default=0)
    towns = [c for c in cands if c.level == "city" and _own_name(c) and c.admin1_code == unit
             and c.population >= NAMESAKE_SHARE * largest]
    return towns or cands
