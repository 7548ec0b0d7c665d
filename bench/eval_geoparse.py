"""Score ``Geocoder.find_places`` on GeoVirus or LGL XML (../shared/datasets).

Reports toponym recall (gold spans overlapped by a predicted mention), precision
(predicted mentions overlapping a gold span), accuracy within 161 km (100 miles,
the usual geoparsing tolerance) of the matched pairs, end-to-end accuracy (found
and within 161 km, over all gold toponyms), the median error in km of the matched
pairs, and the main error classes, plus speed: the gazetteer's build time (from its
metadata), the time to open it, the memory it takes once queried, and lookups per
second with cold and warm caches.

Each article's URL or domain (LGL ``<url>``/``<domain>``, GeoVirus ``<source>``) is
passed as the outlet's home (geo/outlet.py), as ``conflictlens geoparse --url`` does;
``--no-outlet`` leaves it out.

Each dataset is split once and for all by document position: even positions
(0, 2, 4, ...) are the *tuned* half, the only one to look at while changing rules;
odd positions are the *held-out* half, reported separately and never inspected
for tuning (``--errors`` lists examples from the tuned half only).
Nothing from the dataset is copied; it is read from the shared folder.

    python bench/eval_geoparse.py                        # GeoVirus
    python bench/eval_geoparse.py --data ../shared/datasets/geo-lgl/lgl.xml --errors 20
    python bench/eval_geoparse.py --swap-names 1 --errors 30   # tuned half, names swapped

``--swap-names SEED`` scores the tuned half with each gold toponym's name replaced by
another real gazetteer place of the same level (towns: the same country and
first-level unit, similar population) and the gold point moved to it (bench/geoswap.py):
a probe of whether finding and ranking generalise to names the rules were never
tuned on. ``--errors`` then also lists each miss with the words around it.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # this checkout's code, not an installed copy

from conflictlens.geo import Gazetteer, Geocoder  # noqa: E402
from conflictlens.geo.gazetteer import haversine_km  # noqa: E402
from conflictlens.nlp.parser import load_nlp  # noqa: E402
from conflictlens.pipeline import Pipeline, Settings  # noqa: E402

SHARED = ROOT.parent / "shared"


def _articles(path: Path):
    """(text, gold toponyms, the outlet's URL or domain) of each article."""
    root = ET.parse(path).getroot()
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        # LGL: <url> and <domain>; GeoVirus: <source> (a URL)
        where = art.findtext("url") or art.findtext("domain") or art.findtext("source") or ""
        gold = []
        # GeoVirus: <location><name/><start/><end/><lat/><lon/>;
        # LGL: <toponym><start/><end/><phrase/><gaztag><lat/><lon/></gaztag>
        for loc in [*art.iter("location"), *art.iter("toponym")]:
            try:
                gold.append((int(loc.findtext("start")), int(loc.findtext("end")),
                             loc.findtext("name") or loc.findtext("phrase"),
                             float(loc.findtext("lat") or loc.findtext("gaztag/lat")),
                             float(loc.findtext("lon") or loc.findtext("gaztag/lon"))))
            except (TypeError, ValueError):
                continue  # a toponym the annotators could not resolve
        yield text, gold, where.strip()


SPLITS = ("tuned", "held-out")


def split_of(k: int) -> str:
    """The fixed split of the k-th document (0-based): even tuned, odd held-out."""
    return SPLITS[k % 2]


class Tally:
    """Scores of one split."""

    def __init__(self) -> None:
        self.docs = self.n_gold = self.n_found = self.n_close = self.n_pred = self.n_pred_ok = 0
        self.n_names = self.n_names_ok = 0  # predictions that are names, not demonyms
        self.dists: list[float] = []
        self.classes: Counter = Counter()
        self.by_level: dict[str, list[int]] = {}
        self.errors: list[tuple] = []
        self.missed: Counter = Counter()
        self.false_pos: list[str] = []  # predicted spans overlapping no gold span
        self.missed_at: list[str] = []  # missed gold spans with the words around them
        self.missed_kinds: Counter = Counter()  # (the model's tag, the word before) of misses
        self.swapped = 0  # gold toponyms given another name (--swap-names)

    def lines(self, name: str) -> list[str]:
        med = statistics.median(self.dists) if self.dists else float("nan")
        out = [f"[{name}] articles={self.docs} gold={self.n_gold} predicted={self.n_pred}",
               f"[{name}] recall={self.n_found / max(1, self.n_gold):.3f} "
               f"precision={self.n_pred_ok / max(1, self.n_pred):.3f} "
               f"acc@161km(matched)={self.n_close / max(1, self.n_found):.3f} "
               f"end-to-end={self.n_close / max(1, self.n_gold):.3f} median_error_km={med:.1f}",
               f"[{name}] precision of names alone (no demonyms; GeoVirus counts none)="
               f"{self.n_names_ok / max(1, self.n_names):.3f}"]
        total = max(1, self.n_gold)
        out.append(f"[{name}] error classes (share of all gold toponyms):")
        for cls, n in self.classes.most_common():
            out.append(f"    {cls:58} {n:5d}  {n / total:.3f}")
        out.append(f"[{name}] acc@161km by resolved level:")
        for level, (n, ok) in sorted(self.by_level.items(), key=lambda x: -x[1][0]):
            out.append(f"    {level:10} n={n:5d} acc={ok / n:.3f}")
        return out


def _rss_mb() -> float:
    """This process's resident memory now (Linux), else its peak, in MB."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def gazetteer_figures(path, names: list[str]) -> list[str]:
    """Open the gazetteer afresh, look every name up twice (cold, then cached) and
    report the open time, lookups per second and the memory this took."""
    rss0 = _rss_mb()
    t = time.perf_counter()
    gaz = Gazetteer.open(path)
    gaz.lookup("Baghdad")  # the first query pages in the index
    open_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    for n in names:
        gaz.lookup(n)
    cold = time.perf_counter() - t
    t = time.perf_counter()
    for n in names:
        gaz.lookup(n)
    warm = time.perf_counter() - t
    rss1 = _rss_mb()
    meta = gaz.meta()
    size = gaz.path.stat().st_size / 1e6
    gaz.close()
    return [f"gazetteer: {gaz.path} ({size:.0f} MB on disk, {meta.get('places')} places, "
            f"{meta.get('names')} name keys), built in {meta.get('built_seconds')} s",
            f"gazetteer: opened and first query in {open_ms:.1f} ms; memory +{rss1 - rss0:.0f} MB "
            f"after opening and {len(names)} lookups",
            f"gazetteer: {len(names) / max(cold, 1e-9):,.0f} lookups/s cold (distinct names, no cache), "
            f"{len(names) / max(warm, 1e-9):,.0f} lookups/s warm"]


def _classify_miss(gaz: Gazetteer, name: str, lat: float, lon: float) -> str:
    cands = gaz.lookup(name)
    if not cands:
        return "missed: name not in gazetteer"
    if any(haversine_km(lat, lon, c.latitude, c.longitude) <= 161 for c in cands):
        return "missed: in gazetteer, span not found or rejected"
    return "missed: in gazetteer only as other places"


def _classify_wrong(gaz: Gazetteer, name: str, m, lat: float, lon: float, d: float) -> str:
    if m.level in ("country", "continent", "admin1", "admin2"):
        # within 2000 km: usually the right unit, with its point (capital or
        # conventional centre) far from the annotators' point (often the centroid);
        # beyond: a wrong unit (Georgia the country for the US state)
        return (f"wrong place: {m.level} level, >2000 km (wrong unit)" if d > 2000
                else f"wrong place: {m.level} level, unit point vs gold point")
    cands = gaz.lookup(m.text) or gaz.lookup(name)
    if any(haversine_km(lat, lon, c.latitude, c.longitude) <= 161 for c in cands):
        return "wrong place: homonym, right candidate ranked lower"
    if d > 2000:
        return "wrong place: no candidate near gold, >2000 km"
    return "wrong place: no candidate near gold, <=2000 km"


def _miss_kind(doc, s: int, e: int, mark: str) -> str:
    """A missed toponym's class for the --swap-names summary: the model's entity label over
    it (or the part of speech of its first word), one word or several, and the word before
    it when that is a preposition (GeoVirus offsets may be one past the name: both read)."""
    span = doc.char_span(s, e, alignment_mode="expand") or doc.char_span(
        max(0, s - 1), max(0, e - 1), alignment_mode="expand")
    if span is None or not len(span):
        return f"unaligned{mark}"
    labels = {t.ent_type_ for t in span if t.ent_type_}
    tag = "/".join(sorted(labels)) or f"untagged {span[0].pos_}"
    before = doc[span.start - 1].lower_ if span.start else ""
    lead = before if before in ("in", "of", "at", "from", "to", "near", "for", "on", "the") else "-"
    words = "one word" if len(span.text.split()) == 1 else "several words"
    return f"{tag}, {words}, before: {lead}{mark}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(SHARED / "datasets" / "geo-geovirus" / "GeoVirus.xml"))
    ap.add_argument("--gazetteer", default=None)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--split", choices=("both", *SPLITS), default="both",
                    help="score only one half (default both, reported separately)")
    ap.add_argument("--unit-points", choices=("seat", "centre"), default="centre",
                    help="where admin units are put: at their approximate centroid (default, as "
                         "`conflictlens geoparse` writes them) or at their capital (as events are)")
    ap.add_argument("--no-outlet", action="store_true",
                    help="ignore each article's URL or domain (read by default as the outlet's home, "
                         "weak evidence for ambiguous names: geo/outlet.py)")
    ap.add_argument("--errors", type=int, default=0,
                    help="print this many misplaced and missed toponyms of the tuned half")
    ap.add_argument("--false-positives", type=int, default=0,
                    help="print this many predicted spans of the tuned half that overlap no "
                         "gold span, each with the words around it")
    ap.add_argument("--swap-names", type=int, default=None, metavar="SEED",
                    help="score the tuned half with every resolvable gold toponym renamed to "
                         "another real place of its level and country (bench/geoswap.py)")
    args = ap.parse_args(argv)
    if args.swap_names is not None:
        args.split = "tuned"  # a probe for tuning: never run on the held-out half
    if not Path(args.data).exists():
        print(f"no data at {args.data} (../shared absent): nothing to score")
        return 0
    names = sorted({g[2] for _text, gold, _where in _articles(Path(args.data)) for g in gold if g[2]})
    gaz_lines = gazetteer_figures(args.gazetteer, names)
    gaz = Gazetteer.open(args.gazetteer)
    geo = Geocoder(gaz, unit_points=args.unit_points)
    # (the text is read as `conflictlens geoparse` reads it: all-capital and Title Case
    # headlines re-cased, hard wraps joined; Pipeline.prepare)
    pipeline = Pipeline(stages=("parse",), settings=Settings(gazetteer_path=args.gazetteer))
    nlp = load_nlp()
    tallies = {s: Tally() for s in SPLITS}
    swapper = None
    if args.swap_names is not None:
        sys.path.insert(0, str(ROOT / "bench"))
        from geoswap import Swapper
        swapper = Swapper(gaz, args.swap_names)
    parse_s = geo_s = 0.0
    words = 0
    docs = []
    for k, (text, gold, where) in enumerate(_articles(Path(args.data))):
        if args.limit and k >= args.limit:
            break
        split = split_of(k)
        if args.split != "both" and split != args.split:
            continue
        tl = tallies[split]
        tl.docs += 1
        swapped_at: set[int] = set()
        if swapper is not None:
            text, gold, pairs = swapper.swap(k, text, gold)
            tl.swapped += len(pairs)
            swapped_at = {start for _old, _new, start in pairs}
        t = time.perf_counter()
        doc = nlp(pipeline.prepare(text))
        parse_s += time.perf_counter() - t
        t = time.perf_counter()
        # as `conflictlens geoparse --url` lists them
        mentions = geo.toponyms(doc, outlet=None if args.no_outlet else geo.outlet_home(url=where))
        geo_s += time.perf_counter() - t
        words += len(text.split())
        docs.append(doc)
        tl.n_pred += len(mentions)
        for m in mentions:
            ok = any(m.start < e and s < m.end for s, e, *_ in gold)
            tl.n_pred_ok += ok
            if not ok and split == "tuned":
                tl.false_pos.append(f"{m.text!r} -> {m.name} ({m.country_code}, {m.level}, {m.kind}): "
                                    f"...{text[max(0, m.start - 60):m.end + 60]!r}...")
            if m.kind != "demonym":
                tl.n_names += 1
                tl.n_names_ok += ok
        for s, e, name, lat, lon in gold:
            tl.n_gold += 1
            hit = [m for m in mentions if m.start < e and s < m.end]
            if not hit:
                tl.missed[name] += 1
                tl.classes[_classify_miss(gaz, name, lat, lon)] += 1
                if split == "tuned":
                    mark = " (swapped)" if s in swapped_at else ""
                    if swapper is not None:
                        tl.missed_kinds[_miss_kind(doc, s, e, mark)] += 1
                    tl.missed_at.append(f"{name!r}{mark}: ...{text[max(0, s - 60):e + 60]!r}...")
                continue
            tl.n_found += 1
            d = haversine_km(lat, lon, hit[0].latitude, hit[0].longitude)
            tl.dists.append(d)
            lv = tl.by_level.setdefault(hit[0].level, [0, 0])
            lv[0] += 1
            if d <= 161:
                tl.n_close += 1
                lv[1] += 1
            else:
                tl.classes[_classify_wrong(gaz, name, hit[0], lat, lon, d)] += 1
                tl.errors.append((name, hit[0].name, hit[0].country_code, hit[0].level, round(d)))
    print(f"data={args.data} unit_points={args.unit_points}")
    for split in SPLITS:
        if tallies[split].docs:
            print("\n".join(tallies[split].lines(split)))
            if swapper is not None:
                print(f"[{split}] names swapped (--swap-names {args.swap_names}): "
                      f"{tallies[split].swapped} of {tallies[split].n_gold} gold toponyms")
    print(f"words={words} parse={parse_s:.1f}s find_places={geo_s * 1000:.0f}ms "
          f"({geo_s * 1000 / max(1, words) * 1000:.1f} ms per 1000 words)")
    t = time.perf_counter()
    for doc in docs:
        geo.find_places(doc)
    warm = time.perf_counter() - t
    print(f"find_places again with warm caches: {warm * 1000 / max(1, words) * 1000:.1f} ms per 1000 words")
    print("\n".join(gaz_lines))
    if args.errors:
        tl = tallies["tuned"]
        print("misplaced (tuned half):", Counter(tl.errors).most_common(args.errors))
        print("missed (tuned half):", tl.missed.most_common(args.errors))
        if swapper is not None:
            print("missed by kind (tuned half; the model's tag, size, word before):")
            for kind, n in tl.missed_kinds.most_common():
                print(f"    {kind:70} {n:4d}")
            for line in tl.missed_at[:args.errors]:
                print("    " + line.replace("\n", " "))
    if args.false_positives:
        fps = tallies["tuned"].false_pos
        print(f"false positives (tuned half): {len(fps)}")
        for line in fps[:args.false_positives]:
            print("    " + line.replace("\n", " "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
