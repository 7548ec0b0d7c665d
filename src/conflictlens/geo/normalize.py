"""Name keys that survive the many ways reports spell the same place.

English reports transliterate Arabic (and other) names inconsistently:
"al-Hasakeh", "Al-Hasakah", "Haseke"; "Abu Ghreib", "Abu Ghraib"; "al-Qaim", "Ka'im".
``normalize_name`` maps such variants to one key, so the gazetteer can be indexed
once and every spelling found in a report meets the same row. The rules only
collapse differences that transliteration produces (articles, vowels, doubled
letters, q/k, dh/z, ou/u); they never drop consonants, so unrelated names stay apart.
Exact matches are still preferred over key matches by the gazetteer.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Arabic definite article and its sun-letter assimilations, as separate words
#: after hyphens are turned into spaces ("al-Anbar", "ar-Rutba", "as Sulaymaniyah").
ARTICLES = frozenset(
    "al el il ul ad adh ah ar as ash at ath az an al- ed er es et ez en".split()
)

_APOSTROPHES = "'\u2018\u2019\u02bb\u02bc\u02bf\u02be\u0060\u00b4\u2032\u055a\u02c8"
_HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212_/"
_APOS_RE = re.compile("[" + re.escape(_APOSTROPHES) + "]")
_HYPHEN_RE = re.compile("[" + re.escape(_HYPHENS) + "]")
_NON_WORD = re.compile(r"[^\w\s]")
_DOUBLE = re.compile(r"(\w)\1+")
#: "ad-Din" ("of the faith") written apart or joined: "Salah ad Din", "Salah al-Din",
#: "Salahuddin", "Salaheddine", "Nasir-ud-Din" all become "<stem> din".
_DIN_APART = re.compile(r"\b(?:[aeiu][dlnrstz]|[aeiu]dh)\s+d(?:i|ee)ne?\b")
_DIN_JOINED = re.compile(r"\b([a-z]{3,}?)[aeiu][dl]?d(?:i|ee)ne?\b")

#: Ordered digraph rewrites applied inside each word; order matters ("ou" before "o").
_REWRITES: tuple[tuple[str, str], ...] = (
    ("dh", "z"),
    ("dj", "j"),
    ("ph", "f"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("q", "k"),
    ("ck", "k"),
    ("e", "a"),
    ("o", "u"),
    ("y", "i"),
)

# Arabic script: the article, letter variants, tatweel.
_AR_ARTICLE = re.compile(r"(?:^|(?<=\s))(?:ال|وال)(?=\S{2,})")
_AR_LETTERS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ـ": None,
    "ؤ": "و", "ئ": "ي",
})
_ARABIC_RANGE = re.compile(r"[\u0600-\u06ff]")


#: Latin letters that carry their mark inside the letter, so Unicode decomposition
#: keeps them: reports write them as the plain letters ("Dien Bien" for Điện Biên,
#: "Lodz" for Łódź, "Tromso" for Tromsø).
_STROKED = str.maketrans({
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
    "ħ": "h", "Ħ": "H", "ı": "i", "ŧ": "t", "Ŧ": "T", "ƒ": "f",
    "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th",
})


def strip_diacritics(s: str) -> str:
    """Drop combining marks (Latin accents, Arabic harakat), stroked letters' strokes
    and case."""
    decomposed = unicodedata.normalize("NFKD", s.translate(_STROKED))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def exact_key(s: str) -> str:
    """The lightest key: case, accents, apostrophes and spacing only.

    "Al Ḩasakah" and "al hasakah" share it; "Hasakeh" does not. The gazetteer
    scores a match on this key above a match on :func:`normalize_name`.
    """
    s = strip_diacritics(s)
    s = _APOS_RE.sub("", s)
    s = _HYPHEN_RE.sub(" ", s)
    s = _NON_WORD.sub(" ", s)
    return " ".join(s.split())


def _latin_word(w: str) -> str:
    for a, b in _REWRITES:
        w = w.replace(a, b)
    w = _DOUBLE.sub(r"\1", w)
    # Final -ah/-eh/-a/-e/-h are spellings of one Arabic ending (ta marbuta, alif).
    if len(w) > 3:
        w = re.sub(r"(?:ah|a|h)$", "", w)
    return w


def _arabic(s: str) -> str:
    s = s.translate(_AR_LETTERS)
    s = _AR_ARTICLE.sub("", s)
    return " ".join(s.split())


@lru_cache(maxsize=200_000)
def normalize_name(s: str) -> str:
    """Return the spelling-insensitive key of a place name.

    Lowercases, strips diacritics, removes apostrophes (Ka'im = Kaim), treats hyphens
    as spaces, writes "ad-Din" forms one way ("Salahuddin" = "Salah ad Din"), drops Arabic articles as separate words when another word follows
    (al-, el-, ash-, ar-...), then rewrites each word: dh->z, ou/oo->u, ee->i, q->k,
    e->a, o->u, y->i, doubled letters once, and a final -ah/-eh/-a/-e dropped.
    Arabic-script names lose the article ال and letter variants (ة->ه, أ->ا).
    """
    if not s:
        return ""
    if _ARABIC_RANGE.search(s):
        return _arabic(strip_diacritics(s))
    key = exact_key(s)
    if "d" in key:
        key = _DIN_JOINED.sub(r"\1 din", _DIN_APART.sub("din", key))
    words = key.split()
    if len(words) > 1:
        kept = [w for i, w in enumerate(words) if not (w in ARTICLES and i < len(words) - 1)]
        words = kept or words
    return " ".join(_latin_word(w) for w in words)
