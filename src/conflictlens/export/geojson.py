"""GeoJSON FeatureCollection of event points, for QGIS, kepler.gl, geojson.io.

Coordinates are ``[longitude, latitude]`` (RFC 7946 order, the reverse of ACLED's
columns). Events without coordinates are skipped: a null geometry would be valid
GeoJSON but most map tools drop or choke on it. Features are written one per line
so a large export streams instead of being built in memory.
"""
from __future__ import annotations

import json
from typing import Iterable, TextIO

from ..model import Event
from .jsonl import extended_row


def feature(event: Event) -> dict | None:
    """One Point feature with the JSONL row as properties; None without coordinates."""
    row = extended_row(event)
    lat, lon = row["latitude"], row["longitude"]
    if lat is None or lon is None:
        return None
    feat = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": row,
    }
    if event.event_id_cnty:
        feat["id"] = event.event_id_cnty
    return feat


def write(events: Iterable[Event], out: TextIO) -> int:
    """Write the collection; returns how many features were written."""
    out.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for event in events:
        feat = feature(event)
        if feat is None:
            continue
        out.write(",\n" if n else "\n")
        out.write(json.dumps(feat, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n
