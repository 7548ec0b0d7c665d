"""User extensions of the gazetteer: GeoNames dumps and a CSV of the user's own places.

``conflictlens gazetteer import`` reads

* GeoNames "geoname" dumps (``allCountries.txt`` or a country file such as
  ``IQ.txt``; 19 tab-separated columns: geonameid, name, asciiname,
  alternatenames, latitude, longitude, feature class, feature code, country code,
  cc2, admin1 code, admin2 code, admin3, admin4, population, elevation, dem,
  timezone, modification date);
* GeoNames ``alternateNamesV2.txt`` (alternateNameId, geonameid, isolanguage,
  alternate name, isPreferredName, isShortName, isColloquial, isHistoric, from, to);
  names are attached to places already in the index with that geonameid;
* a CSV of the user's own places with the header ``name,aliases,lat,lon,country,parent``
  (aliases ``|``-separated, country ISO alpha-2 or a country name, parent the name
  of the admin unit or town the place lies in; optional ``population``).

Each file is one transaction. A malformed line is reported as one line naming the
file and line number and skipped; the rest of the file goes in.

Imports are recorded in two side tables of the index (``user_places`` and
``user_names``) besides being applied to ``places``/``names``/``fuzzy``;
:func:`~conflictlens.geo.gazetteer.build_gazetteer` copies these tables from the
index it replaces and applies them again, so a rebuild (``gazetteer build``, or
the automatic rebuild after a schema change) keeps the user's imports. Deleting
the index file drops them.

A GeoNames feature whose geonameid is already in the index (a cities500 town, an
admin unit, a country) only adds its names: the packaged place keeps its
coordinates (admin units sit at their capital, by design). New features become
places: ADM1/ADM2 as ``admin1``/``admin2``, everything else (villages, camps,
prisons, wadis, mountains) at ``city`` level with its own feature code.
"""
from __future__ import annotations

import csv
import math
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .gazetteer import ALT, ALT_ACRONYM, NORMALISED_KEY, is_acronym, name_key_rows
from .normalize import exact_key, normalize_name

USER_SCHEMA = """
CREATE TABLE IF NOT EXISTS user_places(
    seq INTEGER PRIMARY KEY, source TEXT, geonameid INTEGER, name TEXT, lat REAL, lon REAL,
    cc TEXT, admin1_code TEXT, admin1 TEXT, admin2 TEXT, population INTEGER, level TEXT,
    feature_code TEXT, names TEXT);
CREATE TABLE IF NOT EXISTS user_names(geonameid INTEGER, name TEXT,
    PRIMARY KEY(geonameid, name)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS places_gid ON places(geonameid);
"""

#: alternateNamesV2 "languages" that are not names: links, postcodes, codes.
_NOT_NAMES = frozenset("link wkdt post iata icao faac unlc tcid fr_1793 phon piny".split())
#: GeoNames feature classes imported by default: all but undersea (U).
DEFAULT_CLASSES = "AHLPRSTV"


@dataclass
class ImportReport:
    path: str
    kind: str
    lines: int = 0
    places_added: int = 0
    names_added: int = 0
    merged: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.path}: {self.kind}, {self.lines} lines, {self.places_added} places added, "
                f"{self.merged} merged into existing places, {self.names_added} name keys added, "
                f"{self.skipped} skipped, {len(self.errors)} malformed")


def _usable(name: str) -> bool:
    from .gazetteer import _usable_alt
    return _usable_alt(name)


def detect_kind(path: Path) -> str:
    """"geonames", "alternatenames" or "csv", from the name and the first line."""
    name = path.name.lower()
    if name.endswith(".csv"):
        return "csv"
    if name.startswith("alternatenames"):
        return "alternatenames"
    with open(path, encoding="utf-8", errors="replace") as f:
        first = f.readline().rstrip("\n")
    cols = first.split("\t")
    if len(cols) >= 19:
        return "geonames"
    if 4 <= len(cols) <= 10 and cols[0].isdigit() and cols[1].isdigit():
        return "alternatenames"
    if "," in first and "name" in first.lower():
        return "csv"
    raise ValueError(f"{path}: cannot tell the format (expected a GeoNames dump, "
                     "alternateNamesV2.txt or a CSV with a name,aliases,lat,lon,country,parent header)")


def ensure_user_tables(con: sqlite3.Connection) -> None:
    con.executescript(USER_SCHEMA)


# ----------------------------------------------------------------------- applying

def _add_name_keys(con: sqlite3.Connection, pid: int, forms: list[str], n_primary: int) -> int:
    rows = name_key_rows(pid, forms, n_primary)
    before = con.total_changes
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", rows)
    return con.total_changes - before


def _apply_place(con: sqlite3.Connection, row: tuple) -> tuple[int, int]:
    """Put one ``user_places`` row into places/names; (places added, name keys added)."""
    (gid, name, lat, lon, cc, a1code, a1, a2, pop, level, fcode, names) = row
    forms = [f for f in names.split("\t") if f]
    if gid is not None:
        hit = con.execute("SELECT id FROM places WHERE geonameid=? ORDER BY id LIMIT 1", (gid,)).fetchone()
        if hit:
            return 0, _add_name_keys(con, hit[0], forms, 0)
    if not a1 and a1code:
        r = con.execute("SELECT name FROM places WHERE admin1_code=? AND level='admin1' LIMIT 1",
                        (a1code,)).fetchone()
        a1 = r[0] if r else ""
    from .gazetteer import ascii_name
    cur = con.execute(
        "INSERT INTO places(geonameid, name, lat, lon, cc, admin1, admin2, admin1_code, population, "
        "level, feature_code, capital_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,NULL)",
        (gid, ascii_name(name), lat, lon, cc, a1 or "", a2 or "", a1code or "", pop or 0, level, fcode))
    pid = cur.lastrowid
    return 1, _add_name_keys(con, pid, forms, 1)


def _apply_alt_names(con: sqlite3.Connection, pairs: Iterable[tuple[int, str]]) -> int:
    """Index (geonameid, name) pairs for the places with that geonameid."""
    con.execute("CREATE TEMP TABLE IF NOT EXISTS alt_stage(gid INTEGER, key TEXT, kind INTEGER)")
    con.execute("DELETE FROM alt_stage")
    batch = []
    for gid, name in pairs:
        ek = exact_key(name)
        if len(ek) < 2:
            continue
        if is_acronym(name):  # ("CAR": only text in capitals, as the build indexes it)
            batch.append((gid, ek, ALT_ACRONYM))
            continue
        batch.append((gid, ek, ALT))
        nk = normalize_name(name)
        if nk:
            batch.append((gid, nk, NORMALISED_KEY))
        if len(batch) > 100_000:
            con.executemany("INSERT INTO alt_stage VALUES (?,?,?)", batch)
            batch.clear()
    con.executemany("INSERT INTO alt_stage VALUES (?,?,?)", batch)
    before = con.total_changes
    con.execute("INSERT OR IGNORE INTO names SELECT s.key, s.kind, p.id FROM alt_stage s "
                "JOIN places p ON p.geonameid = s.gid")
    added = con.total_changes - before
    con.execute("DELETE FROM alt_stage")
    return added


def refresh_fuzzy(con: sqlite3.Connection) -> None:
    """Recompute the per-country fuzzy key table (after names were added)."""
    con.execute("DELETE FROM fuzzy")
    con.execute("INSERT INTO fuzzy SELECT p.cc, n.key, group_concat(n.place_id, ' ') FROM names n "
                "JOIN places p ON p.id = n.place_id "
                "WHERE n.kind = 1 AND p.cc != '' AND p.lat IS NOT NULL GROUP BY p.cc, n.key")


def replay_user_tables(con: sqlite3.Connection) -> None:
    """Apply every recorded import to a freshly built index (called by the build)."""
    rows = con.execute("SELECT geonameid, name, lat, lon, cc, admin1_code, admin1, admin2, population, "
                       "level, feature_code, names FROM user_places ORDER BY seq").fetchall()
    for row in rows:
        _apply_place(con, row)
    _apply_alt_names(con, con.execute("SELECT geonameid, name FROM user_names").fetchall())


# ----------------------------------------------------------------------- readers

def _err(report: ImportReport, lineno: int, msg: str, warn: Callable[[str], None]) -> None:
    line = f"{report.path}:{lineno}: {msg}"
    report.errors.append(line)
    warn(line)


def _float(s: str, lo: float, hi: float) -> float:
    v = float(s)
    if not (lo <= v <= hi) or math.isnan(v):
        raise ValueError(f"{s!r} out of range")
    return v


def _tsv_lines(path: Path, rep: ImportReport):
    """``(line number, columns)`` of a GeoNames dump, skipping blank and comment lines."""
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            rep.lines += 1
            yield lineno, line.split("\t")


def _import_geonames(con, path: Path, rep: ImportReport, warn, classes: str) -> None:
    for lineno, cols in _tsv_lines(path, rep):
        if len(cols) < 15:
            _err(rep, lineno, f"expected 19 tab-separated columns, found {len(cols)}", warn)
            continue
        try:
            gid = int(cols[0])
            lat = _float(cols[4], -90, 90)
            lon = _float(cols[5], -180, 180)
            pop = int(cols[14]) if cols[14].strip() else 0
        except ValueError as e:
            _err(rep, lineno, f"bad geonameid, coordinates or population ({e})", warn)
            continue
        name, fclass, fcode, cc = cols[1].strip(), cols[6].strip(), cols[7].strip(), cols[8].strip().upper()
        if not name:
            _err(rep, lineno, "empty name", warn)
            continue
        if fclass not in classes or not cc:
            rep.skipped += 1
            continue
        if fclass == "A" and fcode.startswith("PCL") or fcode in ("ADM3", "ADM4", "ADM5", "ADMD"):
            level = None  # countries and small units: names only, when already indexed
        elif fcode in ("ADM1", "ADM1H"):
            level = "admin1"
        elif fcode in ("ADM2", "ADM2H"):
            level = "admin2"
        else:
            level = "city"
        forms = [name, cols[2].strip(), *[a for a in cols[3].split(",") if _usable(a.strip())]]
        forms = list(dict.fromkeys(f.strip() for f in forms if f.strip()))
        a1code = f"{cc}.{cols[10].strip()}" if cols[10].strip() else ""
        exists = con.execute("SELECT 1 FROM places WHERE geonameid=? LIMIT 1", (gid,)).fetchone()
        if level is None and not exists:
            rep.skipped += 1
            continue
        row = (gid, name, lat, lon, cc, a1code, "", "", pop, level or "city", fcode or fclass,
               "\t".join(forms))
        con.execute("INSERT INTO user_places(source, geonameid, name, lat, lon, cc, admin1_code, admin1, "
                    "admin2, population, level, feature_code, names) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (str(path.name), *row))
        added, keys = _apply_place(con, row)
        rep.places_added += added
        rep.merged += 0 if added else 1
        rep.names_added += keys


def _import_alternatenames(con, path: Path, rep: ImportReport, warn) -> None:
    pairs: list[tuple[int, str]] = []

    def flush():
        con.executemany("INSERT OR IGNORE INTO user_names VALUES (?,?)", pairs)
        rep.names_added += _apply_alt_names(con, pairs)
        pairs.clear()

    # only names of places in the index are kept (a full alternateNamesV2 file names
    # every GeoNames feature)
    con.execute("CREATE TEMP TABLE IF NOT EXISTS known_gid(gid INTEGER PRIMARY KEY)")
    con.execute("DELETE FROM known_gid")
    con.execute("INSERT OR IGNORE INTO known_gid SELECT geonameid FROM places WHERE geonameid IS NOT NULL")
    known = con.execute("SELECT count(*) FROM known_gid").fetchone()[0]
    small = known < 3_000_000
    known_set = {r[0] for r in con.execute("SELECT gid FROM known_gid")} if small else None
    for lineno, cols in _tsv_lines(path, rep):
        if len(cols) < 4 or not cols[0].strip().isdigit() or not cols[1].strip().isdigit():
            _err(rep, lineno, "expected alternateNameId, geonameid, isolanguage, name, ... "
                              "(tab-separated, numeric ids)", warn)
            continue
        gid, lang, name = int(cols[1]), cols[2].strip(), cols[3].strip()
        historic = len(cols) > 7 and cols[7].strip() == "1"
        if lang in _NOT_NAMES or historic or not _usable(name):
            rep.skipped += 1
            continue
        if known_set is not None:
            if gid not in known_set:
                rep.skipped += 1
                continue
        elif not con.execute("SELECT 1 FROM known_gid WHERE gid=?", (gid,)).fetchone():
            rep.skipped += 1
            continue
        pairs.append((gid, name))
        if len(pairs) >= 50_000:
            flush()
    flush()


def _import_csv(con, path: Path, rep: ImportReport, warn) -> None:
    from .countries import country_info  # noqa: F401  (ensures tables load)
    from .gazetteer import LEVEL_RANK

    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header is None:
            return
        cols = [h.strip().lower() for h in header]
        need = ["name", "aliases", "lat", "lon", "country", "parent"]
        missing = [c for c in need if c not in cols]
        if missing:
            _err(rep, 1, f"header lacks {', '.join(missing)} (want {','.join(need)})", warn)
            return
        ix = {c: cols.index(c) for c in cols}
        for rec in reader:
            lineno = reader.line_num
            if not rec or not any(x.strip() for x in rec):
                continue
            rep.lines += 1
            if len(rec) < len(need):
                _err(rep, lineno, f"expected {len(cols)} comma-separated columns, found {len(rec)}", warn)
                continue
            get = lambda c: rec[ix[c]].strip() if ix.get(c) is not None and ix[c] < len(rec) else ""  # noqa: E731
            name = get("name")
            if not name:
                _err(rep, lineno, "empty name", warn)
                continue
            try:
                lat = _float(get("lat"), -90, 90)
                lon = _float(get("lon"), -180, 180)
                pop = int(get("population") or 0) if "population" in ix else 0
            except ValueError as e:
                _err(rep, lineno, f"bad lat/lon/population ({e})", warn)
                continue
            cc = _country_code(con, get("country"))
            if not cc:
                _err(rep, lineno, f"unknown country {get('country')!r} (use an ISO alpha-2 code)", warn)
                continue
            a1code = a1 = a2 = ""
            parent = get("parent")
            if parent:
                pk, pn = exact_key(parent), normalize_name(parent)
                rows = con.execute(
                    "SELECT p.admin1_code, p.admin1, p.admin2, p.level, p.name, p.population FROM names n "
                    "JOIN places p ON p.id = n.place_id WHERE p.cc = ? AND p.level != 'country' AND "
                    "((n.kind IN (0,2,3,4) AND n.key = ?) OR (n.kind = 1 AND n.key = ?))",
                    (cc, pk, pn)).fetchall()
                if not rows:
                    _err(rep, lineno, f"parent {parent!r} not found in {cc}; imported without it", warn)
                else:
                    best = max(rows, key=lambda r: (LEVEL_RANK.get(r[3], 0), r[5] or 0))
                    a1code, a1 = best[0] or "", best[1] or ""
                    a2 = best[2] or (best[4] if best[3] == "admin2" else "")
            forms = [name, *[a.strip() for a in get("aliases").split("|") if a.strip()]]
            dup = con.execute("SELECT 1 FROM user_places WHERE geonameid IS NULL AND name=? AND cc=? "
                              "AND lat=? AND lon=?", (name, cc, lat, lon)).fetchone()
            if dup:
                rep.skipped += 1
                continue
            row = (None, name, lat, lon, cc, a1code, a1, a2, pop, "city", "USER", "\t".join(forms))
            con.execute("INSERT INTO user_places(source, geonameid, name, lat, lon, cc, admin1_code, admin1, "
                        "admin2, population, level, feature_code, names) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (str(path.name), *row))
            added, keys = _apply_place(con, row)
            rep.places_added += added
            rep.names_added += keys


def _country_code(con, value: str) -> str:
    v = value.strip()
    if len(v) == 2 and v.isalpha():
        return v.upper()
    if not v:
        return ""
    r = con.execute("SELECT p.cc FROM names n JOIN places p ON p.id = n.place_id "
                    "WHERE n.kind IN (0,2,3,4) AND n.key = ? AND p.level = 'country' LIMIT 1",
                    (exact_key(v),)).fetchone()
    return r[0] if r else ""


def import_file(index: str | Path, path: str | Path, kind: str | None = None,
                classes: str = DEFAULT_CLASSES,
                warn: Callable[[str], None] | None = None) -> ImportReport:
    """Import one file into the index at ``index``, in one transaction."""
    path = Path(path)
    warn = warn or (lambda line: print(line, file=sys.stderr))
    kind = kind or detect_kind(path)
    rep = ImportReport(str(path), kind)
    con = sqlite3.connect(index, isolation_level=None)
    try:
        con.execute("PRAGMA synchronous=NORMAL")
        ensure_user_tables(con)
        con.execute("BEGIN")
        try:
            if kind == "geonames":
                _import_geonames(con, path, rep, warn, classes)
            elif kind == "alternatenames":
                _import_alternatenames(con, path, rep, warn)
            elif kind == "csv":
                _import_csv(con, path, rep, warn)
            else:
                raise ValueError(f"unknown import kind {kind!r}")
            refresh_fuzzy(con)
            n = con.execute("SELECT count(*) FROM places").fetchone()[0]
            con.execute("INSERT OR REPLACE INTO meta VALUES ('places', ?)", (str(n),))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    finally:
        con.close()
    return rep
