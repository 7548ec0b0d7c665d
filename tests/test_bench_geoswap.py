"""The --swap-names probe of bench/eval_geoparse.py (bench/geoswap.py): each gold toponym
renamed to another real place of its level and country, the gold moved with it."""
from __future__ import annotations

import pytest

from bench_helpers import load_bench
from conflictlens.geo import Gazetteer

# an invented article with real places; offsets counted by hand below
TEXT = "Floods hit Leeds on Monday. Leeds council said England had not seen such rain."


def _gold(text):
    out = []
    for name, lat, lon in (("Leeds", 53.80, -1.55), ("England", 52.5, -1.5)):
        at = 0
        while (at := text.find(name, at)) >= 0:
            out.append((at, at + len(name), name, lat, lon))
            at += len(name)
    return sorted(out)


@pytest.fixture(scope="module")
def gaz(gazetteer_file):
    return Gazetteer.open(gazetteer_file, build_if_missing=False)


def test_swap_renames_every_mention_alike_and_moves_the_gold(gaz):
    swapper = load_bench("geoswap").Swapper(gaz, 7)
    text, gold, pairs = swapper.swap(0, TEXT, _gold(TEXT))
    names = {g[2] for g in gold if g[2] != "England"}
    assert "Leeds" not in text and len(names) == 1  # one substitute for both mentions
    assert len(pairs) == 2
    for s, e, name, lat, lon in gold:
        assert text[s:e] == name
    sub = names.pop()
    place = [c for c in gaz.lookup(sub) if c.level == "city" and c.country_code == "GB"]
    assert place, sub  # a real British town
    # England holds the town, so it stays (the town's words still fit it)
    assert "England" in text


def test_swap_is_seeded(gaz):
    geoswap = load_bench("geoswap")
    first = geoswap.Swapper(gaz, 3).swap(0, TEXT, _gold(TEXT))
    again = geoswap.Swapper(gaz, 3).swap(0, TEXT, _gold(TEXT))
    assert first == again


def test_geovirus_offsets_counted_from_one_are_kept(gaz):
    """GeoVirus gives each name at text[start-1:end-1]: the swap keeps that convention."""
    gold = [(s + 1, e + 1, n, lat, lon) for s, e, n, lat, lon in _gold(TEXT)]
    text, new, _pairs = load_bench("geoswap").Swapper(gaz, 5).swap(0, TEXT, gold)
    for s, e, name, _lat, _lon in new:
        assert text[s - 1:e - 1] == name
