"""What the geo tests share: the places a geocoder finds in a text, by their text; the places
the crime events of a report are coded at; a span's offsets in a text; a parse built by hand."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from spacy.tokens import Doc

from conflictlens.model import Report
from conflictlens.nlp.parser import parse


def found(geocoder, text):
    return {m.text: m for m in geocoder.find_places(parse(text))}


def violence_places(pipeline, title, body):
    """The places of the ``Other violence`` events a report of ``title`` and ``body`` codes."""
    r = Report(id="s", title=title, text=title + "\n\n" + body, published=date(2024, 5, 6))
    return {e.location for e in pipeline.process(r) if e.event_type == "Other violence"}


def span_at(text, place):
    """A stand-in span of ``place``'s first occurrence in ``text``."""
    start = text.index(place)
    return SimpleNamespace(start=start, end=start + len(place))


def tagged(tokens):
    """A parse of (word, space after, part of speech, entity tag[, sentence start]) rows, built
    by hand so that the model's tags are the ones under test; rows without the fifth field
    make one sentence."""
    rows = [tuple(row) if len(row) == 5 else (*row, i == 0) for i, row in enumerate(tokens)]
    words, spaces, pos, ents, starts = zip(*rows)
    return Doc(parse("x").vocab, words=list(words), spaces=list(spaces), pos=list(pos), ents=list(ents),
               sent_starts=list(starts))


def tagged_text(spec):
    """:func:`tagged` from a compact spec: tokens ``word/POS[/ENT]`` apart by spaces (ENT an
    IOB tag, "O" when left out); a token opening with "^" starts a sentence; punctuation
    (POS ``PUNCT``) takes no space before it, and the token before it none after."""
    toks = []
    for tok in spec.split():
        word, pos, *ent = tok.lstrip("^").split("/")
        toks.append([word, True, pos, ent[0] if ent else "O", tok.startswith("^") or not toks])
    for prev, nxt in zip(toks, toks[1:]):
        if nxt[2] == "PUNCT" and nxt[0] not in "(\"“":
            prev[1] = False
    toks[-1][1] = False
    return tagged([tuple(t) for t in toks])


def toponyms_by_name(geocoder, spec):
    """The geocoder's toponyms of a :func:`tagged_text` spec, by the text of their spans."""
    return {m.text: m for m in geocoder.toponyms(tagged_text(spec))}


def place_named(geocoder, text, name, outlet=None):
    """The first place the geocoder finds in ``text`` whose span reads ``name``, or None."""
    return next((m for m in geocoder.find_places(parse(text), outlet=outlet) if m.text == name), None)


def with_small_towns(geocoder, probe):
    """``geocoder`` when its gazetteer holds the US ZIP-code towns (``probe`` one of them);
    the test is skipped where the package or the towns are absent."""
    import pytest
    pytest.importorskip("zipcodes")
    if not geocoder.gaz.small_places(probe):
        pytest.skip("the session's gazetteer holds no small US towns")
    return geocoder


def tagged_places(geocoder, spec):
    """The places found in a hand-tagged text (see :func:`tagged_text`), by their text."""
    return {m.text: m for m in geocoder.find_places(tagged_text(spec), organisations=True)}
