"""Geolocation: find the places a report names and resolve them offline.

``Gazetteer`` indexes installed GeoNames-derived data in SQLite; ``Geocoder`` finds
place mentions in a parsed report and ranks gazetteer candidates using the
report's own context (countries, units and "X in Y" phrases it contains).
"""
from .countries import country_info
from .gazetteer import Candidate, Gazetteer, build_gazetteer, default_gazetteer_path
from .geocoder import Geocoder
from .normalize import normalize_name

__all__ = [
    "Candidate", "Gazetteer", "Geocoder", "build_gazetteer", "country_info", "default_gazetteer_path",
    "normalize_name",
]
