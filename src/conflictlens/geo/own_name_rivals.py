"""A real city called by a name as its own outweighs a place the name only stands for:
a country's short form ("Salvador" of El Salvador: the Brazilian city) and a far city's
other spelling ("Cancun" of Changchun: the Mexican city) unless the report names the far
city's country ("Homs" in a report on Libya stays Al Khums). Why apart from the ranking:
these readings are not weighed against the city, they are not readings of the name as written at all once such a city exists."""
from __future__ import annotations

from .context import CountryPrior
from .gazetteer import Candidate
from .normalize import exact_key, normalize_name


def _real_cities(cands: list[Candidate]) -> dict[str, int]:
    """Country -> its largest town of :data:`.prior.OWN_NAME_CITY` people or more that bears the
    name, as written, as its own."""
    from .prior import OWN_NAME_CITY  # (prior reads this module)
    biggest: dict[str, int] = {}
    for town in cands:
        if town.level == "city" and town.match == "exact" and town.primary and town.population >= OWN_NAME_CITY:
            biggest[town.country_code] = max(town.population, biggest.get(town.country_code, 0))
    return biggest


def _short_form(name: str, c: Candidate) -> bool:
    """True when ``name`` is only a part of the country's own name ("Salvador")."""
    own, said = exact_key(c.name), exact_key(name)
    return own != said and f" {said}" in f" {own}" and len(said) < len(own)


def country_stand_in(name: str, cands: list[Candidate]) -> bool:
    """True when ``name``, a piece of a country's name ("Salvador"), is the own name of a
    real city in some other country: the name then says nothing of the first."""
    cities = _real_cities(cands)
    return any(c.level == "country" and _short_form(name, c) and any(cc != c.country_code for cc in cities)
               for c in cands)


def without_stand_ins(name: str, cands: list[Candidate], prior: CountryPrior, spelt_alike, name_part
                      ) -> list[Candidate]:
    """Where a real city bears ``name`` as written, ``cands`` without the stand-ins: a
    country named by a piece of its name (kept when other names of the report say
    that country) and a town abroad reached through one more spelling of its name (a
    short form of it, "Santa Cruz", stays). ``spelt_alike`` and ``name_part`` are the
    ranking's tests."""
    cities = _real_cities(cands)
    if not cities:
        return cands
    key = normalize_name(name)

    def abroad(c: Candidate) -> bool:
        return any(cc != c.country_code for cc in cities)

    def stand_in(c: Candidate) -> bool:
        if c.level == "country" and abroad(c) and _short_form(name, c):
            return prior.share(c.country_code, key) == 0
        return (c.level == "city" and c.match == "exact" and not c.primary and not c.variant and abroad(c)
                and prior.share(c.country_code, key) == 0  # "Homs" in a Libyan report is Al Khums
                and spelt_alike(name, c.name) and not name_part(key, c.name)
                and key.replace(" ", "") != normalize_name(c.name).replace(" ", ""))  # ("Georgetown")
    return [c for c in cands if not stand_in(c)]
