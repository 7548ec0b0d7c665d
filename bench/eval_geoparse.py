"""Score ``Geocoder.find_places`` on GeoVirus or LGL XML (../shared/datasets).

Reports toponym recall (gold spans overlapped by a predicted mention), precision
(predicted mentions overlapping a gold span), and accuracy within 161 km
(100 miles, the usual geoparsing tolerance) of the matched pairs, plus speed.
Nothing from the dataset is copied; it is read from the shared folder.
"""
from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from conflictlens.geo import Gazetteer, Geocoder
from conflictlens.geo.gazetteer import haversine_km
from conflictlens.nlp.parser import parse

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _articles(path: Path):
    root = ET.parse(path).getroot()
    for art in root.iter("article"):
        text = art.findtext("text") or ""
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
        yield text, gold


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(SHARED / "datasets" / "geo-geovirus" / "GeoVirus.xml"))
    ap.add_argument("--gazetteer", default=None)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", type=int, default=0, help="print this many misplaced toponyms")
    args = ap.parse_args(argv)
    geo = Geocoder(Gazetteer.open(args.gazetteer))
    n_gold = n_found = n_close = n_pred = n_pred_ok = 0
    parse_s = geo_s = 0.0
    words = 0
    docs = []
    errors = []
    missed = Counter()
    by_level: dict[str, list[int]] = {}
    for k, (text, gold) in enumerate(_articles(Path(args.data))):
        if args.limit and k >= args.limit:
            break
        t = time.perf_counter()
        doc = parse(text)
        parse_s += time.perf_counter() - t
        t = time.perf_counter()
        mentions = geo.find_places(doc)
        geo_s += time.perf_counter() - t
        words += len(text.split())
        docs.append(doc)
        n_pred += len(mentions)
        for m in mentions:
            if any(m.start < e and s < m.end for s, e, *_ in gold):
                n_pred_ok += 1
        for s, e, name, lat, lon in gold:
            n_gold += 1
            hit = [m for m in mentions if m.start < e and s < m.end]
            if not hit:
                missed[name] += 1
                continue
            n_found += 1
            d = haversine_km(lat, lon, hit[0].latitude, hit[0].longitude)
            tally = by_level.setdefault(hit[0].level, [0, 0])
            tally[0] += 1
            if d <= 161:
                n_close += 1
                tally[1] += 1
            else:
                errors.append((name, hit[0].name, hit[0].country_code, round(d)))
    print(f"articles={k + 1} gold={n_gold} predicted={n_pred}")
    print(f"recall={n_found / n_gold:.3f} precision={n_pred_ok / max(1, n_pred):.3f} "
          f"acc@161km(matched)={n_close / max(1, n_found):.3f} end-to-end={n_close / n_gold:.3f}")
    print(f"words={words} parse={parse_s:.1f}s find_places={geo_s * 1000:.0f}ms "
          f"({geo_s * 1000 / max(1, words) * 1000:.1f} ms per 1000 words)")
    t = time.perf_counter()
    for doc in docs:
        geo.find_places(doc)
    warm = time.perf_counter() - t
    print(f"find_places again with warm caches: {warm * 1000 / max(1, words) * 1000:.1f} ms per 1000 words")
    print("acc@161km by resolved level (admin units sit at their capital by design, "
          "countries at a conventional centre):")
    for level, (n, ok) in sorted(by_level.items(), key=lambda x: -x[1][0]):
        print(f"  {level:10} n={n:5d} acc={ok / n:.3f}")
    if args.errors:
        print("misplaced:", Counter(errors).most_common(args.errors))
        print("missed:", missed.most_common(args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
