"""The outlet's home: where the paper that published a report is, as weak geo evidence.

A local paper's report may name one ambiguous town ("Springfield") and nothing else
that says which; a human reader places it by the paper. The report's source (its
outlet's name) and URL are known from ingest (JSONL fields, HTML metadata,
``--source`` and ``--url``), so they are read here for a home place, by rules strict
enough to be trusted and weaker in the ranking than anything the report says:

1. the user-editable table ``data/geo/outlets.tsv`` (plus the file named by
   ``$CONFLICTLENS_OUTLETS``), which maps a domain or an outlet's name to a home
   place, a state or a country;
2. a place name inside the domain or the outlet's name, when the rest of it is made
   of newspaper words (``data/geo/outlet_words.tsv``: "news", "herald", "daily") and
   the name is a whole, long enough gazetteer name that is unambiguous at state
   level (all its real towns and counties lie in one first-level unit);
3. the country of the domain's country-code ending (``.ca``, ``.co.uk``), with the
   endings sold for other uses (``.tv``, ``.io``) left out
   (``data/geo/country_domains.tsv``).

A paper named after a town that several states share ("oxfordpress.com": which
Oxford?) stays unsettled until the report's places say which; a segment of the page's
path that is a US state's postal code ("/n/content/oh/story/", as chains of local
papers file their pages) or its full name ("/new-york/") settles it first, when a town
of that name lies in that state. An outlet known by nothing else whose path names a
state in full takes that state for its home, and the town or county of that state the
next segment names ("/tennessee/nashville/", as networks of local sites file pages).

The geocoder gives a candidate a small gain for lying in the home's country, more
for its state and for nearness to its town (:func:`outlet_gain`): enough to choose
among namesakes the report leaves open, never to outweigh a unit, a dateline or a
neighbouring town the report names.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from . import tables
from .gazetteer import Candidate, Gazetteer, haversine_km

#: weight of the home's country in the report's country prior (a country's name in
#: the text adds 1.0, a currency sign 0.5): it makes that country's places credible
OUTLET_WEIGHT = 0.25
#: gain of a candidate in the home's country (a report's own sole country gives 1.0)
OUTLET_COUNTRY = 0.1
#: gain of a town or county in the home's first-level unit (a state the report names
#: gives 0.3, the state it names most another 0.2)
OUTLET_STATE = 0.1
#: gain of a town or county at the home town's point, falling to 0 at OUTLET_NEAR_KM
OUTLET_NEAR = 0.1
OUTLET_NEAR_KM = 150.0
#: the key the outlet's weight is recorded under in the report's prior (no name's key):
#: the share a country has without it is what the report itself says
OUTLET_KEY = "\x00outlet"
#: a local outlet's report that names no state means no town smaller than FAR_TOWN_POP
#: farther than FAR_KM from the outlet's home (a Texas station's "Universal City" is
#: not the Californian one): such a paper writes the state of a town that far away
FAR_KM = 1000.0
FAR_TOWN_POP = 100_000
#: a place name read inside a domain or outlet name has at least this many letters
#: ("Ada", "Avon" are too easily parts of other words)
MIN_NAME_LETTERS = 5
#: a state's abbreviation read inside a domain has at least this many letters
#: ("mass", "penn"; "Pa." and "Ill." are too easily parts of other words)
MIN_STATE_LETTERS = 4
#: a namesake of at least this many people in another state makes a name ambiguous
NAMESAKE_POP = 1000
#: the ``how`` suffix of a home read from a paper's name that several towns share:
#: only the name is known until the report's places settle which town it is
MASTHEAD = "masthead"
#: hosts' leading labels that say nothing of the outlet ("www.", "m.")
_HOST_NOISE = frozenset({"www", "m", "mobile", "amp", "edition", "en"})
#: second-level labels of a country's domain ("co.uk", "com.lb", "org.eg")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "info"})


@dataclass(frozen=True)
class OutletHome:
    """Where an outlet is: a country, optionally a first-level unit and a town's point."""

    country_code: str
    admin1_code: str = ""
    latitude: float | None = None
    longitude: float | None = None
    name: str = ""
    #: "table", "domain", "name" (the outlet's name) or "country-domain"; "domain-masthead"
    #: or "name-masthead" for a town's name shared by several states (:attr:`masthead`);
    #: "domain-path" or "name-path" for such a name settled by the page's path (:func:`path_state`);
    #: "path" for an outlet known only by a path that names its state and town
    how: str = ""

    @property
    def masthead(self) -> bool:
        """True while only the name of the paper's town is known, not which town."""
        return self.how.endswith(MASTHEAD)


def far_from_home(c: Candidate, home: OutletHome | None, bare: bool = False) -> bool:
    """True for a town under :data:`FAR_TOWN_POP` people in a local outlet's country
    more than :data:`FAR_KM` from its home (the caller checks the report names no state);
    ``bare``: the name was said without a county's word, so a county that far is one too
    ("at Story" in a Texas paper is no Iowa county: a local paper says "X County" of a
    county, and names the state of one that far away)."""
    return (home is not None and home.latitude is not None
            and (c.level == "city" or (bare and c.level == "admin2"))
            and c.country_code == home.country_code and c.population < FAR_TOWN_POP
            and haversine_km(c.latitude, c.longitude, home.latitude, home.longitude) > FAR_KM)


def outlet_gain(c: Candidate, home: OutletHome | None) -> float:
    """A candidate's gain from the outlet's home (0 without one)."""
    if home is None or c.country_code != home.country_code:
        return 0.0
    s = OUTLET_COUNTRY
    if home.admin1_code and c.level in ("city", "admin2") and c.admin1_code == home.admin1_code:
        s += OUTLET_STATE
    if home.latitude is not None and c.level in ("city", "admin2"):
        # (a county too: "Marion County" with no state on a station near a state line is the
        # county across that line, not a far namesake holding a big city)
        d = haversine_km(c.latitude, c.longitude, home.latitude, home.longitude)
        s += OUTLET_NEAR * max(0.0, 1.0 - d / OUTLET_NEAR_KM)
    return s


# ------------------------------------------------------------------ tables

def _table_rows(path) -> list[list[str]]:
    with open(path, encoding="utf-8") as f:
        return tables.tsv_rows(f.read())


@lru_cache(maxsize=4)
def outlet_table(extra: str = "") -> dict[str, tuple[str, str, str]]:
    """Key (a domain, or an outlet's name casefolded) -> (place, ISO2, admin1): the
    packaged table, then the user's file ``extra`` (its rows win)."""
    from ..data import data_path
    out: dict[str, tuple[str, str, str]] = {}
    for path in [data_path("geo", "outlets.tsv"), *([extra] if extra else [])]:
        for row in _table_rows(path):
            row += [""] * (4 - len(row))
            key, place, cc, admin1 = row[:4]
            if key and cc:
                out[_name_key(key) if "." not in key or " " in key else key.casefold()] = (place, cc.upper(), admin1)
    return out


@lru_cache(maxsize=1)
def outlet_words() -> frozenset[str]:
    """Words of newspapers' and stations' names ("daily", "herald"), casefolded."""
    return frozenset(w for w in (r[0].casefold() for r in tables._rows("outlet_words.tsv")) if w.isalpha())


@lru_cache(maxsize=1)
def country_domains() -> dict[str, str]:
    """Country-code domain ending -> ISO2 ("" for an ending sold for other uses)."""
    out = {cc.casefold(): cc for cc in tables.countries()}
    for row in tables._rows("country_domains.tsv"):
        out[row[0].casefold().lstrip(".")] = row[1].upper() if len(row) > 1 else ""
    return out


def _name_key(name: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", name.casefold().replace("'", "").replace("’", "")))


# ------------------------------------------------------------------ reading

def host_of(url: str) -> str:
    """The host of a URL or bare domain, lower case, without port ("" if none)."""
    url = _archived(url or "").strip()
    if not url:
        return ""
    if "//" not in url:
        url = "//" + url
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.casefold().rstrip(".")


def path_segments(url: str) -> list[str]:
    """The page path's segments, lower case ("/News/OH/x" -> ["news", "oh", "x"]); none
    for a host with a country's ending (a ".de" page's "/de/" is its language)."""
    url = _archived(url or "").strip()
    if "/" not in url.split("//", 1)[-1]:
        return []
    try:
        parts = urlsplit(url if "//" in url else "//" + url)
    except ValueError:
        return []
    if _domain_parts((parts.hostname or "").casefold())[1]:
        return []
    return [seg for seg in parts.path.casefold().split("/") if seg]


def _slug_name(seg: str) -> str:
    """A path segment as a name's words ("new-york" -> "new york"); "" unless all letters."""
    name = seg.replace("-", " ").replace("_", " ")
    return name if name.replace(" ", "").isalpha() else ""


def path_state(url: str) -> tuple[str, str] | None:
    """The US state (ISO2, admin1 code) that a segment of the page's path names by its
    postal code ("/n/content/oh/story/..."), or None: no segment, several states, or a
    host with a country's ending (:func:`path_segments`)."""
    codes = postal_codes()
    found = {codes[seg] for seg in path_segments(url) if seg in codes}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def postal_codes() -> dict[str, tuple[str, str]]:
    """A US state's two-letter postal code, lower case ("oh") -> ("US", admin1 code),
    from ``data/geo/admin1_abbreviations.tsv``."""
    return {form.casefold(): units[0] for form, units in tables.admin1_abbreviations().items()
            if len(form) == 2 and form.isupper() and units[0][0] == "US" and len(set(units)) == 1}


#: an archive's copy of a page ("web.archive.org/web/20140320210556/http://host/..."):
#: the outlet is the page's own host, not the archive's
_ARCHIVED = re.compile(r"^(?:https?://)?(?:web\.)?archive\.(?:org|today|ph|is)/(?:web/)?\d{6,14}\w*/(.+)$", re.I)


def _archived(url: str) -> str:
    """The original URL of an archived copy, else ``url`` as given."""
    m = _ARCHIVED.match(url.strip())
    return m.group(1) if m else url


def _domain_parts(host: str) -> tuple[list[str], str]:
    """(the host's labels that may name the outlet, the ISO2 of its ending or "")."""
    labels = [x for x in host.split(".") if x]
    if len(labels) < 2:
        return [], ""
    tld = labels.pop()
    cc = country_domains().get(tld, "") if len(tld) == 2 else ""
    if len(tld) == 2 and len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    return [x for x in labels if x not in _HOST_NOISE], cc


class OutletReader:
    """Reads an outlet's home from its name and URL against a gazetteer (cached)."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        self._cache: dict[tuple[str, str], OutletHome | None] = {}

    def home(self, source: str = "", url: str = "") -> OutletHome | None:
        """The home of the outlet called ``source`` publishing at ``url``, or None."""
        segs = tuple(path_segments(url))
        key = (source or "", host_of(url), segs)
        if key not in self._cache:
            home = self._home(*key[:2])
            state = path_state(url) or self._path_named_state(segs)
            if home is None:
                home = self._path_home(segs)
            home = self._settled(home, state) if home is not None and state else home
            self._cache[key] = home
        return self._cache[key]

    def _path_named_state(self, segs: tuple[str, ...]) -> tuple[str, str] | None:
        """The one US state a segment of the page's path names in full ("/new-york/",
        "/tennessee/"), by the gazetteer's first-level names; None for none or several."""
        found = {s for seg in segs if (s := self._state_named(seg))}
        return found.pop() if len(found) == 1 else None

    @lru_cache(maxsize=1024)
    def _state_named(self, seg: str) -> tuple[str, str] | None:
        name = _slug_name(seg)
        if not name:
            return None
        for c in self.gaz.lookup(name, "US"):
            if c.level == "admin1" and c.match == "exact" and c.primary and c.name.casefold() == name:
                return (c.country_code, c.admin1_code)
        return None

    def _path_home(self, segs: tuple[str, ...]) -> OutletHome | None:
        """The home of an outlet known by nothing else, read from a path that files its
        pages by state and then town ("/tennessee/nashville/", as networks of local sites
        do): that state, and the town or county of that state the next segment names."""
        at = [i for i, seg in enumerate(segs) if self._state_named(seg)]
        if len({self._state_named(segs[i]) for i in at}) != 1:
            return None
        cc, admin1 = self._state_named(segs[at[0]])
        nxt = _slug_name(segs[at[0] + 1]) if at[0] + 1 < len(segs) else ""
        towns = [c for c in self.gaz.lookup(nxt, cc) if c.match == "exact" and c.primary
                 and c.level in ("city", "admin2") and c.admin1_code == admin1
                 and c.name.casefold() == nxt] if nxt else []
        if not towns:
            return OutletHome(cc, admin1, how="path")
        c = max(towns, key=lambda c: (c.level == "city", c.population))
        return OutletHome(cc, admin1, c.latitude, c.longitude, c.name, "path")

    def _settled(self, home: OutletHome, state: tuple[str, str]) -> OutletHome:
        """A masthead home (a town's name several states share) settled by the state the
        page's path names (:func:`path_state`): that state's biggest town of the name;
        ``home`` unchanged when it is no masthead or no such town lies in that state."""
        if not home.masthead or home.country_code not in ("", state[0]):
            return home
        towns = [c for c in self.gaz.lookup(home.name, state[0]) if c.level == "city" and c.match == "exact"
                 and c.primary and c.admin1_code == state[1]]
        if not towns:
            return home
        c = max(towns, key=lambda c: c.population)
        return OutletHome(c.country_code, c.admin1_code, c.latitude, c.longitude, c.name,
                          home.how[:-len(MASTHEAD) - 1] + "-path")

    def _home(self, source: str, host: str) -> OutletHome | None:
        table = outlet_table(os.environ.get("CONFLICTLENS_OUTLETS", ""))
        labels, cc = _domain_parts(host) if host else ([], "")
        # the table: the host or a parent domain ("news.example.com" -> "example.com"),
        # then the outlet's name
        parts = host.split(".") if host else []
        for i in range(len(parts) - 1):
            row = table.get(".".join(parts[i:]))
            if row:
                return self._table_home(row)
        if source and _name_key(source) in table:
            return self._table_home(table[_name_key(source)])
        for label in labels:
            home = self._home_in(re.split(r"[-_]", label), cc, "domain", spaced=False)
            if home is not None:
                return home
        if source:
            home = self._home_in([_name_key(source)], cc, "name", spaced=True)
            if home is not None:
                return home
        return OutletHome(cc, how="country-domain") if cc else None

    def _table_home(self, row: tuple[str, str, str]) -> OutletHome | None:
        place, cc, admin1 = row
        if not place:
            return OutletHome(cc, how="table")
        code = admin1 if not admin1 or "." in admin1 else f"{cc}.{admin1}"
        cands = [c for c in self.gaz.lookup(place, cc) if c.match != "fuzzy"
                 and c.level in ("city", "admin2", "admin1") and (not code or c.admin1_code == code)]
        if not cands:
            return OutletHome(cc, code, name=place, how="table")
        c = max(cands, key=lambda c: (c.match == "exact", c.level == "city", c.population))
        point = c.level == "city"
        return OutletHome(cc, c.admin1_code, c.latitude if point else None, c.longitude if point else None,
                          c.name, "table")

    def _home_in(self, chunks: list[str], cc: str, how: str, spaced: bool) -> OutletHome | None:
        """The one unambiguous place of chunks made of a place name and newspaper words."""
        homes = []
        names = []
        for chunk in chunks:
            if not chunk:
                continue
            seg = self._segment(chunk, spaced)
            if seg is None:
                return None  # a part that is neither a place nor a newspaper word
            names += seg
        for name in names:
            home = self._unambiguous(name, cc)
            if home is None:
                return self._masthead(name, cc, how) if len(names) == 1 else None
            homes.append(home)
        if not homes or len({(h.country_code, h.admin1_code) for h in homes}) > 1:
            return None
        h = homes[0]
        return OutletHome(h.country_code, h.admin1_code, h.latitude, h.longitude, h.name, how)

    def _masthead(self, name: str, cc: str, how: str) -> OutletHome | None:
        """A paper named after a town that several states share ("the Paris Beacon"):
        no home yet, only the name, which the report's other places settle
        (``Geocoder`` reads it with them); None when no real town bears the name."""
        if not any(c.level == "city" and c.match == "exact" and c.primary and c.population >= NAMESAKE_POP
                   for c in self.gaz.lookup(name, cc or None)):
            return None
        return OutletHome(cc, name=name, how=f"{how}-{MASTHEAD}")

    def _segment(self, chunk: str, spaced: bool) -> list[str] | None:
        """The place names of ``chunk`` read as newspaper words and place names (None
        when it cannot be read so). ``spaced``: the chunk has spaces between words."""
        words = outlet_words()
        if spaced:
            toks = chunk.split()
            n = len(toks)
            best: dict[int, list[str] | None] = {0: []}
            for i in range(n):
                if best.get(i) is None:
                    continue
                if toks[i] in words:
                    _keep(best, i + 1, best[i])
                for j in range(i + 1, min(n, i + 3) + 1):
                    name = " ".join(toks[i:j])
                    if self._is_place(name):
                        _keep(best, j, best[i] + [name])
            return best.get(n)
        s = chunk
        n = len(s)
        best = {0: []}
        for i in range(n):
            if best.get(i) is None:
                continue
            for w in words:
                if s.startswith(w, i):
                    _keep(best, i + len(w), best[i])
            for form in state_forms():
                if s.startswith(form, i):
                    _keep(best, i + len(form), best[i] + [form])
            for j in range(i + MIN_NAME_LETTERS, n + 1):
                name = self._place_form(s[i:j])
                if name:
                    _keep(best, j, best[i] + [name])
        return best.get(n)

    def _place_form(self, letters: str) -> str:
        """``letters`` as a gazetteer name, as written or split into two words
        ("lasvegas" -> "las vegas"); "" if neither is one."""
        if self._is_place(letters):
            return letters
        for k in range(2, len(letters) - 1):
            name = f"{letters[:k]} {letters[k:]}"
            if self._is_place(name):
                return name
        return ""

    @lru_cache(maxsize=4096)
    def _is_place(self, name: str) -> bool:
        if sum(ch.isalpha() for ch in name) < MIN_NAME_LETTERS or name in outlet_words():
            return False
        return any(c.match == "exact" and c.primary for c in self.gaz.lookup(name))

    def _unambiguous(self, name: str, cc: str) -> OutletHome | None:
        """The home a name read in a domain says: its one first-level unit (or country),
        or None when its real towns and counties lie in several (``cc``: only in that
        country)."""
        state = state_forms().get(name)
        if state and (not cc or state[0] == cc):
            return OutletHome(*state, name=name)
        cands = [c for c in self.gaz.lookup(name, cc or None) if c.match == "exact" and c.primary]
        units = [c for c in cands if c.level in ("country", "admin1")]
        places = [c for c in cands if c.level in ("city", "admin2")]
        if len(units) > 1:
            return None
        if units:
            u = units[0]
            if any(p.population >= NAMESAKE_POP and (p.country_code != u.country_code or (
                    u.level == "admin1" and p.admin1_code != u.admin1_code)) for p in places):
                return None
            return OutletHome(u.country_code, u.admin1_code if u.level == "admin1" else "", name=u.name)
        towns = [c for c in places if c.level == "city"]
        if not towns:
            return None
        top = max(towns, key=lambda c: c.population)
        if any(p.population >= NAMESAKE_POP and (p.country_code, p.admin1_code) != (top.country_code, top.admin1_code)
               for p in places):
            return None
        return OutletHome(top.country_code, top.admin1_code, top.latitude, top.longitude, top.name)


@lru_cache(maxsize=1)
def state_forms() -> dict[str, tuple[str, str]]:
    """A first-level unit's abbreviation of :data:`MIN_STATE_LETTERS` letters or more
    with its full stop, as a domain writes it ("mass" of "Mass.", "penn") -> (ISO2,
    admin1 code): "<state>live.com" is that state's outlet. Forms of two units are left out."""
    out: dict[str, list[tuple[str, str]]] = {}
    for form, units in tables.admin1_abbreviations().items():
        letters = form.rstrip(".").casefold()
        if form.endswith(".") and "." not in letters and len(letters) >= MIN_STATE_LETTERS:
            out.setdefault(letters, []).extend(units)
    return {k: v[0] for k, v in out.items() if len(set(v)) == 1}


def _keep(best: dict, at: int, names: list[str]) -> None:
    """Keep the reading with the fewest place names (then the first found) at ``at``."""
    if at not in best or (best[at] is not None and len(names) < len(best[at])):
        best[at] = list(names)
