"""What the geo tests share: the places a geocoder finds in a text, by their text."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def found(geocoder, text):
    return {m.text: m for m in geocoder.find_places(parse(text))}
