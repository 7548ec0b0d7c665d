"""The names a report uses, and how much two reports share them.

Reports about the same incident name the same victims, suspects, streets and schools;
reports about another incident in the same town do not. The store weighs these names
(rarer ones more) beside what the events are, where a coded place or date is the weak field.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...events.fatalities.lexicon import NUMBER_WORDS, _alt
from .word_lists import _CALENDAR, _cue_list, _FURNITURE


_STREET_WORDS = frozenset(_cue_list("street_words.txt"))

#: words of offices and ranks (data/store/office_words.txt): a full name made of them but one
#: word names an office, not a person
OFFICE_WORDS = frozenset(_cue_list("office_words.txt"))

#: last words of the names of hospitals and clinics (data/store/care_place_words.txt): where a
#: city's wounded are taken, no incident's own
CARE_PLACE_WORDS = frozenset(_cue_list("care_place_words.txt"))

#: words of newsrooms and their pages (data/store/newsroom_words.txt): a station's own names
#: ("Action News", "Weather") tell no one incident it covers
NEWSROOM_WORDS = frozenset(_cue_list("newsroom_words.txt"))

#: last words of the names of companies (data/store/company_words.txt): an outlet's owner,
#: named in the copyright line of its stories of every incident
COMPANY_WORDS = frozenset(_cue_list("company_words.txt"))


def things_named(a, b, place: str = "") -> float:
    """The share of the smaller of two reports' full names (:func:`report_people`: victims,
    suspects, schools, shops) that the other uses too, those naming the place (``place``: its
    words, a city's "Little Rock") and streets (data/store/street_words.txt: a town's killings
    share its streets) left out: whom and what two tellings of one killing both name; 0 when
    either names none. The same person with or without a title ("Coroner Jane Doe", "Jane
    Doe") is named by both."""
    drop = set(re.findall(r"[a-z]+", place.lower()))
    a, b = ({frozenset(n.split()) for n in x if not set(n.split()) & drop and n.split()[-1] not in _STREET_WORDS}
            for x in (a, b))
    if not a or not b:
        return 0.0
    small, large = sorted((a, b), key=len)
    return sum(1 for n in small if any(n <= m or m <= n for m in large)) / len(small)


_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z'\u2019-]*[A-Za-z]")


_LOWER = re.compile(r"\b[a-z][a-z'\u2019-]*[a-z]")


#: names a report must use before what it shares with another says anything
MIN_NAMES = 5


def report_names(text: str) -> list[str]:
    """The names a report uses, lower-cased: capitalised words of three letters or more
    that the report never writes in lower case ("Police said" is no name when "police"
    occurs too), month and day names and page furniture ("Share", "Facebook", "Print": the
    site's template, not the incident) left out. Sorted, each once."""
    lower = set(_LOWER.findall(text))
    out = set()
    for word in _CAPITALISED.findall(text):
        low = word.lower().replace("\u2019", "'")
        if len(low) >= 3 and low not in lower and low not in _CALENDAR and low not in _FURNITURE:
            out.add(low)
    return sorted(out)


#: a person's age: "a 14-year-old", "14 years old", "Jo Marsh, 38,", "age 7", "aged 7"
#: ("age 17 months" is a baby's: :data:`_BABY_AGE`)
_AGE = re.compile(r"\b(\d{1,3})[- ]years?[- ]old\b|(?<=[A-Za-z]), (\d{1,3}),"
                  r"|\bage(?:d)? (\d{1,3})\b(?! (?:months?|weeks?|days?)\b)")


_NUMBER_WORDS = _alt(NUMBER_WORDS)

#: a baby's age in months, weeks or days ("a 2-month-old girl", "a six-week-old", "aged 17
#: months", not the 17-year-old :data:`_AGE` read there before): told as
#: age 0, so that a baby is not the 49-year-old of another incident's stories
_BABY_AGE = re.compile(rf"\b(?:\d{{1,2}}|{_NUMBER_WORDS})[- ](?:months?|weeks?|days?)[- ]old\b"
                       rf"|\bage(?:d)? \d{{1,2}} (?:months?|weeks?|days?)\b", re.I)

#: switch of the reading above
BABY_AGES = True

#: a person's age in words ("a six-year-old", "twenty-one years old"): one story of a shooting
#: writes the victim's age in figures, the next in words; read as the figure, the two are not
#: "other ages" (a town's other incident), and the same two ages link them
_WORD_AGE = re.compile(rf"\b({_NUMBER_WORDS}(?:[- ]{_NUMBER_WORDS})?)[- ]years?[- ]old\b", re.I)

#: switch of the reading above
WORD_AGES = True


def told_ages(text: str) -> str:
    """The ages of people a report tells, comma-joined and sorted ('14,47'); '' when none.
    A baby told in months, weeks or days is ``0``."""
    text = text or ""
    ages = {int(next(g for g in m.groups() if g)) for m in _AGE.finditer(text)}
    if WORD_AGES:
        from ...events.fatalities.quantities import parse_number
        ages |= {n for m in _WORD_AGE.finditer(text) if (n := parse_number(m.group(1).replace("-", " ")))}
    told = {a for a in ages if 0 < a < 120}
    if BABY_AGES and _BABY_AGE.search(text):
        told.add(0)
    return ",".join(str(a) for a in sorted(told))


_PERSON = re.compile(r"\b[A-Z][a-z'\u2019-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'\u2019-]+){1,2}\b")


#: a title that makes the full name after it an examiner's or a spokesperson's
_EXAMINER_BEFORE = re.compile(r"(?:^|\s)(%s)\s*$" % "|".join(
    re.escape(w) for w in _cue_list("examiner_titles.txt")), re.I)


def report_people(text: str) -> list[str]:
    """The full names a report uses ("Jane Doe", "John Q. Public"), lower-cased and
    space-joined: runs of two or three capitalised words (a middle initial allowed) on one
    line, each a name of :func:`report_names` (never written in lower case, no month or
    day), and (``INITIAL_NAMES``) people named by initials ("J. Doe": "j. doe",
    :func:`_initial_people`). Places and offices qualify too ("Rock Falls"); the store counts only rare ones.
    Sorted, each once."""
    single = set(report_names(text))
    out = set()
    for line in text.splitlines():
        for m in _PERSON.finditer(line):
            if _EXAMINER_BEFORE.search(line, max(0, m.start() - 16), m.start()):
                continue  # "Dr. Jo Marsh", "coroner Jo Marsh": who examined or spoke, no party
            words = [w.lower().replace("\u2019", "'") for w in m.group(0).split() if not w.endswith(".")]
            if len(words) >= 2 and all(w in single for w in words):
                out.add(" ".join(words))
        if INITIAL_NAMES:
            out.update(_initial_people(line, single))
    return sorted(out)


#: a person named by initials and a surname: "J. Marsh", "J.R. Marsh", "J. R. Marsh" (not a
#: middle initial: nothing capitalised or dotted just before), or "Marsh, J." (no second
#: initial after it: not "Brookfield, N.Y."); the surname alone, no capitalised word after it
_INITIALS_FIRST = re.compile(r"(?<![\w.,'\u2019-])((?:[A-Z]\.\s?){1,2})([A-Z][a-z'\u2019-]+[a-z])\b(?!\s+[A-Z][a-z])(?!-)")
_SURNAME_FIRST = re.compile(r"(?<![\w.'\u2019-])([A-Z][a-z'\u2019-]+[a-z]),\s([A-Z])\.(?!\s?[A-Z]\.)(?![\w-])")
#: what stands before a middle initial ("George W.") or a second initial ("U. S."): a name's word
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'\u2019-]*|[A-Z]\.)\s+$")

#: two initials that are no one's (data/store/initial_abbreviations.txt: "U.S.", "L.A.")
_NO_ONES_INITIALS = frozenset(_cue_list("initial_abbreviations.txt"))

#: switch of the reading of names by initials (:func:`_initial_people`)
INITIAL_NAMES = True


def _initial_people(line: str, single) -> set[str]:
    """The people a line names by initials and a surname, as their first initial and surname
    ("j. marsh" for "J. Marsh", "J.R. Marsh" and "Marsh, J."), the surname one of the report's
    names (``single``: never written in lower case). One outlet writes "Jo Marsh", another "J.
    Marsh": read as no full name, the second report named no one its event's reports name
    (:func:`initial_full_names` makes the two one person)."""
    out = set()
    for m in _INITIALS_FIRST.finditer(line):
        if _NAME_BEFORE.search(line, max(0, m.start() - 40), m.start()):
            continue
        initials = m.group(1).replace(" ", "").lower()
        if len(initials) > 2 and initials in _NO_ONES_INITIALS:
            continue
        out.add(f"{initials[0]}. {m.group(2).lower()}")
    for m in _SURNAME_FIRST.finditer(line):
        if _NAME_BEFORE.search(line, max(0, m.start() - 40), m.start()):
            continue
        out.add(f"{m.group(2).lower()}. {m.group(1).lower()}")
    return {n for n in out if n.split()[-1].replace("\u2019", "'") in single}


def initial_full_names(a: str, b: str) -> bool:
    """Does a full name by initials (:func:`_initial_people`: "j. marsh") name the person of
    another full name, written out ("jo marsh", "jo ann marsh", "detective jo marsh"): the same
    surname, the first name (the first word, or the one before the surname after a title)
    opening with the initial? Either may be the one by initials."""
    x, y = a.split(), b.split()
    if len(x) < 2 or len(y) < 2 or x[-1] != y[-1]:
        return False
    for short, full in ((x, y), (y, x)):
        if len(short) == 2 and short[0].endswith(".") and len(short[0]) == 2 and not full[0].endswith(".") \
                and any(w[:1] == short[0][0] for w in _first_names(full)):
            return True
    return False


def _first_names(words: list[str]) -> set[str]:
    """What may be the first name of a written-out full name: its first word, or the word
    before its surname after a title ("detective jo marsh"); no office's word."""
    return {w for w in (words[0], words[-2]) if w not in OFFICE_WORDS}


#: spellings of one sound in two transliterations of a surname (data/store/name_spellings.txt)
_SPELLINGS = tuple(tuple(line.split()[:2]) for line in _cue_list("name_spellings.txt") if len(line.split()) >= 2)


def _one_edit(a: str, b: str) -> bool:
    """Are two words one letter apart (one changed, dropped or added)?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    i = next((i for i, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[i:] == long_[i + 1:]


def _spelled(word: str) -> str:
    """A surname written with one spelling for each sound of data/store/name_spellings.txt,
    doubled letters as one."""
    for old, new in _SPELLINGS:
        word = word.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", word)


def surname_variants(a: str, b: str, least: int = 6) -> bool:
    """Are two different surnames (lower case) one surname spelled two ways: both at least
    ``least`` letters long, and one letter apart ("Kowalsky", "Kowalski") or alike once the
    spellings of a transliteration are made one (:func:`_spelled`: "Tchaikowsky",
    "Chaikovsky")? Short surnames one letter apart are
    often two families' ("Hale", "Hall"); a letter added at the end is a people's word or a
    plural, not a spelling ("Africa", "African")."""
    if a == b or min(len(a), len(b)) < least or not (a.isalpha() and b.isalpha()):
        return False
    if a.startswith(b) or b.startswith(a):
        return False  # a letter added at the end: a people's or a plural ("South African")
    return _one_edit(a, b) or _spelled(a) == _spelled(b)


def variant_full_names(a: str, b: str, least: int = 6) -> bool:
    """Do two full names (dedupe.report_people, lower case) name one person whose surname two
    outlets spell differently: the same first name, the same number of words, the same middle
    words, and surnames that are :func:`surname_variants`? A first name told by one and an
    initial by the other is left to the names both write alike."""
    x, y = a.split(), b.split()
    if len(x) < 2 or len(x) != len(y) or x[:-1] != y[:-1] or len(x[0]) < 2:
        return False
    return surname_variants(x[-1], y[-1], least)


def initialled_first_names(mine, theirs) -> tuple[set[str], set[str]]:
    """The first names each side's written-out full names give that the other side writes as
    an initial (:func:`initial_full_names`): ``(mine's, theirs')``. "Jo" of "Jo Marsh" is no
    name the report writing "J. Marsh" fails to use."""
    def first(full: str, initial: str) -> set[str]:
        words = full.split()
        return {w for w in _first_names(words) if w[:1] == initial[:1]} if not words[0].endswith(".") else set()
    pairs = [(m, t) for m in mine for t in theirs if initial_full_names(m, t)]
    return (set().union(*(first(m, t) for m, t in pairs)) if pairs else set(),
            set().union(*(first(t, m) for m, t in pairs)) if pairs else set())


def surname_respellings(mine, theirs, my_names=(), their_names=(), least: int = 6) -> dict[str, str]:
    """The surnames of the full names ``theirs`` that are respellings of those of ``mine``
    (:func:`variant_full_names`), as ``{their surname: my surname}``: what one report's names
    are when counted against the other's. Not where either report writes both spellings (two
    people of one family, or two families), nor where a surname has two respellings."""
    mine_set, their_set = set(my_names), set(their_names)
    out: dict[str, str] = {}
    for m in mine:
        for t in theirs:
            if not variant_full_names(m, t, least):
                continue
            ms, ts = m.split()[-1], t.split()[-1]
            if ts in mine_set or ms in their_set or out.get(ts, ms) != ms:
                return {k: v for k, v in out.items() if k != ts}
            out[ts] = ms
    return out


def owned_names(users: dict[str, set[str]], reports: set[str]) -> list[str]:
    """The names an event's ``reports`` use mostly: of the other stored reports using each
    name (``users``), more are theirs than not. A brief's few names tell its incident only
    when they are that incident's own (a victim's, a street's), not a city's or a state's."""
    return sorted(n for n, us in users.items() if len(us & reports) > len(us - reports))


def place_words(*events) -> set[str]:
    """The words naming where these events are (town, units, country, the country's own
    adjective: data/geo/demonyms.tsv, and the short forms of its first-level units:
    data/geo/admin1_abbreviations.tsv, "Tenn." of a dateline): every report of any incident
    there uses them."""
    from ...geo.tables import national_demonyms
    out: set[str] = set()
    for e in events:
        for v in (e.location, e.admin1, e.admin2, e.admin3, e.country):
            out.update(re.findall(r"[a-z]+", (v or "").lower()))
        if e.country_code:
            out.update(w for w, cc in national_demonyms().items() if cc == e.country_code and " " not in w)
            out |= unit_abbreviation_words(e.country_code)
    return out


@lru_cache(maxsize=None)
def unit_abbreviation_words(country_code: str) -> frozenset[str]:
    """The words of a country's first-level units' short forms ("Tenn.", "Ill.", "NSW"), not
    those spelling an English word ("ACT"): a dateline's state, no name of one incident."""
    from ...geo.tables import admin1_abbreviation_words, admin1_abbreviations
    words = {w.lower() for w in admin1_abbreviation_words()}
    return frozenset(w for form, units in admin1_abbreviations().items()
                     if any(cc == country_code for cc, _code in units) and form.lower() not in words
                     for w in re.findall(r"[a-z]+", form.lower()))


def names_overlap(a, b, weight, least_of_larger: float = 0.0) -> float:
    """The weighted share of the smaller report's names that the other report also uses
    (``weight(name)``: rarer names weigh more); 0 when either has none, or when the names in
    common are less than ``least_of_larger`` of the larger report's (a long story recalling
    another incident in passing names its people, a sliver of its own names: a brief about
    that incident shares them all)."""
    a, b = set(a), set(b)
    if not a or not b:
        return 0.0
    both = sum(weight(n) for n in a & b)
    wa, wb = sum(weight(n) for n in a), sum(weight(n) for n in b)
    if both < least_of_larger * max(wa, wb):
        return 0.0
    return both / min(wa, wb)
