"""From a parsed report to event mentions: classify each sentence, then attach to every
candidate the place, date, actors and deaths of its clause (falling back to the
paragraph and the report's narrative, as a coder would).
"""
from __future__ import annotations

from bisect import bisect_right
from datetime import date

from ..actors.dictionary import ActorDictionary
from ..actors.finder import find_actor_mentions
from ..model import DateMention, Evidence, PlaceMention, Report
from ..time import governing_date
from .classifier import classify_sentence
from .fatalities import find_death_figures
from .lexicon import Lexicon
from .mentions import (EventMention, choose_places, excluded_tokens, sentence_source_attributions,
                       subject_actor_mentions)


def _paragraph_of(paragraph_starts: list[int], char: int) -> int:
    return max(0, bisect_right(paragraph_starts, char) - 1)


def extract_mentions(doc, report: Report, places: list[PlaceMention], dates: list[DateMention],
                     lexicon: Lexicon, actors: ActorDictionary, country_of_word) -> list[EventMention]:
    """Every event mention of a report, in text order."""
    from ..nlp import paragraphs

    para_spans = paragraphs(doc.text)
    para_starts = [s for s, _ in para_spans]
    place_token_ids: set[int] = set()
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None:
            place_token_ids.update(range(span.start, span.end))

    mentions: list[EventMention] = []
    for s_index, sent in enumerate(doc.sents):
        if not sent.text.strip():
            continue
        actor_mentions = find_actor_mentions(sent, actors, country_of_word)
        candidates = classify_sentence(sent, lexicon, place_token_ids, actor_mentions)
        if not candidates:
            continue
        excluded = excluded_tokens(sent, lexicon)
        sent_places = [p for p in places if sent.start_char <= p.start < sent.end_char]
        sent_actors = [a for a in actor_mentions if doc.char_span(a.start, a.end, alignment_mode="expand").root.i
                       not in excluded]
        deaths = find_death_figures(doc.text, sent.start_char, sent.end_char)
        attributions = sentence_source_attributions(sent, lexicon) if deaths else []
        text = sent.text.rstrip()
        evidence = Evidence(text=text.strip(), start=sent.start_char + (len(text) - len(text.lstrip())),
                            end=sent.start_char + len(text))
        for n, cand in enumerate(candidates):
            t0, t1 = cand.trigger_span
            m = EventMention(
                candidate=cand, sent_index=s_index,
                paragraph=_paragraph_of(para_starts, sent.start_char), evidence=evidence,
                trigger_char=doc[t0].idx, actors=sent_actors,
                # deaths belong to the violent event of the sentence, not to a development beside it
                deaths=deaths if (n == 0 and cand.event_type != "Strategic developments") else [],
                attributed_sources=attributions,
                subject_actors=subject_actor_mentions(sent, cand, sent_actors),
            )
            chosen = choose_places(sent, cand, sent_places, excluded)
            if chosen:
                m.places, m.place_source = chosen, "sentence"
            else:
                vague = {p.country_code for p in sent_places if p.level == "country" and doc.char_span(
                    p.start, p.end, alignment_mode="expand").start not in excluded}
                if vague:
                    m.vague_place_only, m.vague_countries = True, vague
            _attach_date(m, doc, sent, cand, dates, report.anchor_date, para_spans)
            mentions.append(m)
    _fill_places_from_context(mentions, places, para_spans, doc)
    return mentions


def _attach_date(m: EventMention, doc, sent, cand, dates: list[DateMention], anchor: date | None,
                 para_spans) -> None:
    t0, t1 = cand.trigger_span
    ts, te = doc[t0].idx, doc[t1 - 1].idx + len(doc[t1 - 1].text)
    gov = governing_date(dates, ts, te, sent.start_char, sent.end_char, doc)
    if gov is not None:
        m.days, m.time_precision, m.date_source = list(gov.days), gov.precision, "sentence"
        m.date_text, m.date_relative = gov.text, gov.relative
        return
    para_start, para_end = para_spans[m.paragraph] if para_spans else (0, len(doc.text))
    # the paragraph's date (before the sentence first), then the narrative's latest date
    # a possessive date ("Friday's attack") dates another event's noun: no fallback
    usable = [d for d in dates if d.days and not d.text.endswith(("'s", "\u2019s"))]
    before = [d for d in usable if para_start <= d.start < sent.start_char]
    inside = [d for d in usable if sent.start_char <= d.start < para_end]
    earlier = [d for d in usable if d.start < para_start]
    for source, pool in (("paragraph", before[-1:] or inside[:1]), ("narrative", earlier[-1:])):
        if pool:
            d = pool[0]
            m.days, m.time_precision, m.date_source = list(d.days[-1:]), d.precision, source
            m.date_text, m.date_relative = d.text, d.relative
            return
    if anchor is not None:
        m.days, m.time_precision, m.date_source = [anchor], 1, "anchor"
        m.date_text, m.date_relative = "publication date", True


def _fill_places_from_context(mentions: list[EventMention], places: list[PlaceMention], para_spans, doc) -> None:
    """Mentions with no place in their sentence take the nearest place of their
    paragraph (earlier first); whether they may instead join an event already
    described is decided when episodes are formed."""
    usable = [p for p in places if p.level != "country"]
    for m in mentions:
        if m.places or m.vague_place_only:
            continue
        ps, pe = para_spans[m.paragraph] if para_spans else (0, len(doc.text))
        before = [p for p in usable if ps <= p.start < m.evidence.start]
        after = [p for p in usable if m.evidence.end <= p.start < pe]
        pick = before[-1:] or after[:1]
        if pick:
            m.places, m.place_source = pick, "paragraph"
