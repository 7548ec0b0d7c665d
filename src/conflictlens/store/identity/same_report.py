"""The same report arriving twice: the same page, or a wire copy republished elsewhere.

:func:`canonical_url` drops what does not change the page (tracking parameters, mobile
hosts); :func:`fingerprint` samples a text's word 4-grams so :func:`similarity` can tell a
copy or a near-copy from a look-alike without keeping the text.
"""
from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .settings import DedupeSettings, DEFAULT_SETTINGS


_TRACKING = re.compile(r"^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid|smid|outputtype)$", re.I)


def canonical_url(url: str) -> str:
    """A URL with the differences that do not change the page removed ('' for none)."""
    url = (url or "").strip()
    if not url or "://" not in url:
        return ""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if host.startswith(("m.", "amp.")):
        host = host.split(".", 1)[1]
    path = re.sub(r"/(amp|index\.html?)/?$", "/", parts.path or "/")
    path = path.rstrip("/") or "/"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not _TRACKING.match(k)))
    return urlunsplit(("https", host, path, query, ""))


_WORD = re.compile(r"\w+")


SHINGLE = 4


SAMPLE_MOD = 4


#: sampled 4-grams a text needs before near-identity is judged on samples (~30 words)
MIN_SAMPLE = 8


def fingerprint(text: str) -> str:
    """Sampled hashes of the text's word 4-grams (every 4-gram whose hash is 0 mod 4):
    the same sample for the same 4-grams in any text, so containment can be estimated."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        grams = [" ".join(words)] if words else []
    else:
        grams = [" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]
    hashes = set()
    for g in grams:
        h = int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big")
        if h % SAMPLE_MOD == 0:
            hashes.add(h)
    whole = hashlib.blake2b(" ".join(words).encode(), digest_size=8).hexdigest()
    return whole + "|" + " ".join(format(h, "x") for h in sorted(hashes))


def shingles(fp: str) -> list[str]:
    """What a fingerprint is indexed by: its sampled hashes and '=' + its whole-text hash.
    Two texts :func:`same_story` tells alike share at least one."""
    if not fp:
        return []
    whole, _, sample = fp.partition("|")
    return ["=" + whole, *sample.split()]


def similarity(fp_a: str, fp_b: str) -> tuple[float, float]:
    """(resemblance, containment of the smaller sample in the larger) of two fingerprints."""
    if fp_a.split("|")[0] == fp_b.split("|")[0]:
        return 1.0, 1.0
    a, b = set(fp_a.split("|")[-1].split()), set(fp_b.split("|")[-1].split())
    if not a or not b:
        return 0.0, 0.0
    both = len(a & b)
    return both / len(a | b), both / min(len(a), len(b))


def same_story(fp_new: str, fp_old: str, s: DedupeSettings = DEFAULT_SETTINGS) -> bool:
    if fp_new.split("|")[0] == fp_old.split("|")[0]:
        return True  # the same words
    resemblance, containment = similarity(fp_new, fp_old)
    small = min(len(fp_new.split("|")[-1].split()), len(fp_old.split("|")[-1].split()))
    if small < MIN_SAMPLE:  # too short to tell a copy from a look-alike by sampling
        return False
    return resemblance >= s.text_resemblance or containment >= s.text_containment
