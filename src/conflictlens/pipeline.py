"""The pipeline: small stages composed by configuration, as in spaCy.

Each stage is a function ``stage(analysis, settings)`` that reads what earlier stages
added to the :class:`Analysis` and adds its own part. ``Pipeline(stages=[...])``
composes them by name, so any stage can be replaced (a trained classifier, another
geocoder) without touching the rest: register a new function with
:func:`register_stage` and name it in the configuration.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable

from .model import DateMention, Event, PlaceMention, Report

DEFAULT_STAGES = ("screen", "parse", "dateline", "geocode", "dates", "mentions", "episodes", "rows")


@dataclass
class Settings:
    gazetteer_path: str | None = None
    #: episode windows (see events.episodes)
    place_window_km: float = 10.0
    day_window: int = 3
    #: a sub-event model trained with `conflictlens train` (events.model), consulted by the classifier
    model_dir: str | None = None
    #: "political" (ACLED's taxonomy, the default) or "all-violence": also code violence with no
    #: political actor (shootings, homicides, kidnappings) as "Other violence" (events.other_violence)
    scope: str = "political"
    #: fold a report's episodes that tell one incident under several families into one row
    #: (events.fold). Off by default: on GVC train/dev it cost B-cubed 0.972 -> 0.970 and killed
    #: exact 179 -> 177 (rows that joined other events by chance), date exact 183 -> 184
    fold_incidents: bool = False

SCOPES = ("political", "all-violence")


@dataclass
class Analysis:
    """Everything the stages learn about one report."""

    report: Report
    doc: object = None
    places: list[PlaceMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    mentions: list = field(default_factory=list)
    episodes: list = field(default_factory=list)
    dropped: list = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    #: a report with no date: what its undated mentions tell (events/rows.py: undated_rows)
    undated: list[Event] = field(default_factory=list)
    #: set by a gate stage (the pre-screen) to end the analysis early
    done: bool = False
    #: a US report (its outlet, else its places): numeric dates month first (stage geocode)
    month_first: bool = False


STAGES: dict[str, Callable[[Analysis, "Pipeline"], None]] = {}


def register_stage(name: str):
    """Decorator: make a stage function available to pipeline configurations."""
    def wrap(fn):
        STAGES[name] = fn
        return fn
    return wrap


@register_stage("screen")
def _screen(a: Analysis, p: "Pipeline") -> None:
    """Skip the parse for reports with no trigger word at all (events.screen)."""
    from .events.screen import default_screen
    text = a.report.title + "\n" + a.report.text
    if not default_screen().may_hold_event(text):
        if p.settings.scope == "all-violence":
            from .events.other_violence import default_other_violence
            if default_other_violence().may_hold_event(text):
                return
        a.done = True


@register_stage("parse")
def _parse(a: Analysis, p: "Pipeline") -> None:
    if a.doc is None:
        from .nlp import load_nlp
        a.doc = load_nlp()(p.prepare(a.report.text))


@register_stage("dateline")
def _dateline(a: Analysis, p: "Pipeline") -> None:
    """With no publication date, anchor relative dates on the dateline (issue #2 §2), else on the
    date the page prints, else on the day the file is named for; with one, a dateline with no
    year gives the day, the publication date its year (time.dateline_day)."""
    from .time import dateline_day, find_dateline, find_page_stamp
    if a.report.published is None:
        day, _place = find_dateline(a.report.text)
        a.report.dateline_date = day
        if day is None:
            # the day the page prints it was published ("(Published Friday, May 6, 2016)") is its
            # publication date, as a crawler reads it from the page: the store dates it as such
            a.report.published = find_page_stamp(a.report.text)
        if day is None and a.report.published is None and a.report.name_date is not None:
            # the day the file is named for, last: a guess about the page, not the page's word
            a.report.published = a.report.name_date
            a.report.dateline_date = dateline_day(a.report.text, a.report.published)
        elif day is None and a.report.published is None:
            # a dateline with no year, its year from the report's own words
            a.report.dateline_date = dateline_day(a.report.text)
    else:
        a.report.dateline_date = dateline_day(a.report.text, a.report.published)


@register_stage("geocode")
def _geocode(a: Analysis, p: "Pipeline") -> None:
    """Places of the report; its outlet's home (source, URL) tips namesakes it leaves open."""
    home = p.outlet_home(a.report)
    a.places = p.geocoder.find_places(a.doc, outlet=home)
    # (a local outlet's state stands for the report's when it names none: home_state.py)
    a.report.home = p.geocoder.home_place(home)
    a.month_first = month_first(home, a.places)


def month_first(home, places) -> bool:
    """Does the report write numeric dates month first ("12/6/16": December 6)? Its outlet's
    country says (geo/outlet.py), else the country most of its places lie in
    (data/time/lexicon.toml ``[numeric_dates]``)."""
    from collections import Counter
    from .time.lexicon import MONTH_FIRST_COUNTRIES
    if home is not None and home.country_code:
        return home.country_code.upper() in MONTH_FIRST_COUNTRIES
    counts = Counter(m.country_code for m in places or () if m.country_code and m.kind == "name")
    top = counts.most_common(2)
    return bool(top) and top[0][0].upper() in MONTH_FIRST_COUNTRIES and (len(top) == 1 or top[0][1] > top[1][1])


@register_stage("dates")
def _dates(a: Analysis, p: "Pipeline") -> None:
    from .time import find_dates
    from .nlp import doc_text
    a.dates = find_dates(doc_text(a.doc), a.report.anchor_date, month_first=a.month_first)


@register_stage("mentions")
def _mentions(a: Analysis, p: "Pipeline") -> None:
    from .events.extractor import extract_mentions
    extra = ()
    if p.settings.scope == "all-violence":
        # sentences the political coder finds nothing in may tell a shooting, a murder...
        from .events.other_violence import classify_other_violence
        extra = (classify_other_violence,)
    a.mentions = extract_mentions(a.doc, a.report, a.places, a.dates, p.lexicon, p.actors, p.country_of_word,
                                  extra_sources=extra)
    if extra:
        from .events.home_state import event_places
        from .events.other_violence import review_mentions
        review_mentions(a.mentions, a.doc, event_places(a.places, a.report.home), a.dates, a.report.anchor_date, a.report.text)


@register_stage("episodes")
def _episodes(a: Analysis, p: "Pipeline") -> None:
    from .events import episodes
    episodes.PLACE_WINDOW_KM = p.settings.place_window_km
    episodes.DAY_WINDOW = p.settings.day_window
    a.episodes, a.dropped = episodes.build_episodes(a.mentions, a.report.anchor_date)
    # arrests at a protest are its intervention, not a strategic development of their own
    from .events.interventions import fold_arrests_into_protests
    a.episodes, a.dropped = fold_arrests_into_protests(a.episodes, a.dropped, a.mentions, a.doc, p.lexicon,
                                                       a.report.anchor_date)
    if p.settings.fold_incidents:
        # one incident told under several families (an attack, a riot, a shooting): one row
        from .events.fold import fold_incidents
        a.episodes = fold_incidents(a.episodes, a.doc, a.report.anchor_date)


@register_stage("rows")
def _rows(a: Analysis, p: "Pipeline") -> None:
    from .events.rows import (episode_rows, incident_weekdays, recalled_beside_undated, report_actor_ranking,
                             names_of_a_number_across_rows, split_by_places_told, split_over_places, undated_rows,
                             unplaced_rows, victims_named_once)
    from .geo import country_info
    a.episodes = split_by_places_told(a.episodes, a.places)
    report_actors = report_actor_ranking(a.episodes, p.actors, country_info)
    split_over_places(a.episodes, a.report.anchor_date)
    victims_named_once(a.episodes, a.report.anchor_date)
    names_of_a_number_across_rows(a.episodes, a.report.anchor_date)
    for ep in a.episodes:
        a.events.extend(episode_rows(ep, a.report, p.actors, country_info, report_actors))
    if a.report.anchor_date is None:
        a.undated = undated_rows(a.dropped, a.report, p.actors, country_info, report_actors)
        a.report.incident_weekdays = incident_weekdays(a.dropped)
        a.events = recalled_beside_undated(a.events, a.undated)
    elif not a.events:
        # a dated report that codes nothing: the violence it tells with no place, to link it by
        a.undated = unplaced_rows(a.dropped, a.report)


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


_STOP = _stop_words()
#: endings of English abstract nouns ("alliance", "university", "opportunity"): a place of
#: such a name is written so in re-cased copy only where the copy shows it (Pipeline.ordinary_name)
ABSTRACT_NOUN_ENDINGS = ("ity", "ance", "ence", "tion", "sion", "ment", "ness", "ship")
#: the shortest word re-casing writes as a place's name for its slot alone (Pipeline.place_word)
MIN_PLACE_WORD = 4


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """Demonyms and country names that point to exactly one country."""
    from .geo.tables import countries, demonyms
    out = {name.casefold(): cc for cc, (name, _iso, _region) in countries().items()}
    for word, codes in demonyms().items():
        if len(codes) == 1:
            out[word] = next(iter(codes))
    return out


class Pipeline:
    """Runs the configured stages over reports; heavy resources are loaded once."""

    def __init__(self, stages: Iterable[str] = DEFAULT_STAGES, settings: Settings | None = None):
        unknown = [s for s in stages if s not in STAGES]
        if unknown:
            raise ValueError(f"unknown pipeline stage(s): {', '.join(unknown)}; known: {', '.join(STAGES)}")
        self.stage_names = tuple(stages)
        self.settings = settings or Settings()
        if self.settings.scope not in SCOPES:
            raise ValueError(f"unknown scope {self.settings.scope!r}; choose one of {', '.join(SCOPES)}")
        self._geocoder = None
        from .actors import default_dictionary
        from .events.lexicon import default_lexicon
        self.lexicon = default_lexicon()
        self.actors = default_dictionary()

    @property
    def geocoder(self):
        if self._geocoder is None:
            from .geo import Gazetteer, Geocoder
            self._geocoder = Geocoder(Gazetteer.open(self.settings.gazetteer_path))
        return self._geocoder

    def outlet_home(self, report: Report):
        """Where the report's outlet is, from its ``source`` and ``url`` (geo/outlet.py)."""
        if not (report.source or report.url):
            return None
        return self.geocoder.outlet_home(report.source, report.url)

    @staticmethod
    def country_of_word(word: str) -> str | None:
        """ISO2 code a demonym or country name stands for ("Iraqi" -> "IQ"), if unambiguous."""
        return _country_words().get(word.casefold()) or _country_words().get(word.casefold().rstrip("."))

    def prepare(self, text: str) -> str:
        """The text the parser reads: same length as the report (offsets stay valid), hard
        wraps joined, and all-capital paragraphs, headlines and lines re-cased (nlp.truecase)."""
        from .nlp import prepare_text
        from .nlp.truecase import mostly_upper, recase_capital_lines, recase_title_lines, restore_case
        # (an all-capital report is old wire copy, hard-wrapped: its long lines run on)
        capitals = mostly_upper(text, 0.6)
        if capitals:
            text = restore_case(text, self.name_form, is_place=self.place_word, ordinary=self.ordinary_name)
        else:
            text = recase_capital_lines(text, self.name_form, self.plain_word)
            text = recase_title_lines(text, self.common_word)
        return prepare_text(text, hard_wrapped=capitals)

    @staticmethod
    def plain_word(word: str) -> bool:
        """A word an all-capital headline writes in capitals only by style: a function word or
        a word of the English word lists (nlp.parser.dictionary_word)."""
        from .nlp.parser import dictionary_word
        return word in _STOP or dictionary_word(word)

    def common_word(self, word: str) -> bool:
        """A word a Title Case headline capitalises only by style: a function word or a word of
        the event lexicon ("storm", "police", "post", "in"), and not a known name."""
        from .events.triggers import _stems
        if word in self._known_names():
            return False
        return word in _STOP or any(f in self._lexicon_words() for f in (word, *_stems(word)))

    def ordinary_name(self, word: str, form: str) -> bool:
        """A one-word name of re-cased copy that is as well an ordinary English word, so that
        only the copy can show it is the name (nlp.truecase._shown_as_name): an actor's
        acronym spelt as a word ("LeT" for "let"): a function word or a verb, adjective or
        adverb of the English word lists (names such as "FARC" stand in them as nouns only);
        a place's name, no country, month or other known name, that is such a word or an
        abstract noun (``ABSTRACT_NOUN_ENDINGS``: "Alliance", "University", "Opportunity",
        US towns of 20,000 that the lists hold among the names "Lima" and "Castro")."""
        from .nlp.parser import verb_or_modifier_word
        if any(c.isupper() for c in form[1:]):
            return word in _STOP or verb_or_modifier_word(word)
        if word in self._known_names():
            return False
        return verb_or_modifier_word(word) or word.endswith(ABSTRACT_NOUN_ENDINGS)

    def name_form(self, phrase: str) -> str | None:
        """How a known name is written ("san miguel" -> "San Miguel", "fmln" -> "FMLN")."""
        form = self._known_names().get(phrase)
        if form is not None:
            return form
        words = phrase.split()
        if len(words) > 3:
            return None
        if len(words) == 1 and (phrase in _STOP or phrase in self._lexicon_words() or len(phrase) < 4):
            return None
        for c in self.geocoder.gaz.lookup(phrase)[:5]:
            if len(words) == 1 and c.name.casefold() != phrase and self.plain_word(phrase):
                # an English word that is only another name of a place ("caller", a city's name in
                # another tongue) is the word: the place's own name ("Nice", "Reading") is re-cased
                continue
            if c.match == "exact" and (c.level != "city" or c.population >= (20000 if len(words) == 1 else 1000)):
                return " ".join(w[:1].upper() + w[1:] for w in phrase.split(" "))
        return None

    def place_word(self, word: str) -> str | None:
        """How a word re-casing found where a place's name stands is written, when the
        gazetteer knows a place of that very name however small ("uchiza" -> "Uchiza"), and it
        is no English word, no word of the event lexicon and no known name of another kind."""
        if len(word) < MIN_PLACE_WORD or self.plain_word(word) or word in self._lexicon_words() \
                or word in self._known_names():
            return None
        if any(c.match == "exact" and c.level in ("city", "admin1", "admin2") for c in self.geocoder.gaz.lookup(word)[:5]):
            return word[:1].upper() + word[1:]
        return None

    @lru_cache(maxsize=1)
    def _known_names(self) -> dict[str, str]:
        from .data import read_table
        from .geo.tables import countries, demonyms
        names: dict[str, str] = {}
        import calendar
        for cc, (name, _iso, _region) in countries().items():
            names[name.lower()] = name
        for word in [*calendar.month_name[1:], *calendar.day_name, "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
                     "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]:
            names[word.lower()] = word
        for word in demonyms():
            names.setdefault(word, word[:1].upper() + word[1:])
        for row in read_table("actors", "actors.tsv"):
            for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
                if alias[:1].isupper() and len(alias) > 2:
                    names.setdefault(alias.lower(), alias)
        return names

    @lru_cache(maxsize=1)
    def _lexicon_words(self) -> frozenset[str]:
        words = {w for t in self.lexicon.triggers for w in t.words}
        for cue in self.lexicon.cues.values():
            words |= {w for w in cue if isinstance(w, str)}
        return frozenset(words)

    def analyse(self, report: Report, doc=None) -> Analysis:
        a = Analysis(report=report, doc=doc)
        for name in self.stage_names:
            STAGES[name](a, self)
            if a.done:
                break
        return a

    def process_many(self, reports: Iterable[Report], batch_size: int = 64, undated: bool = False):
        """``(report, events)`` for each report, in order, parsing in batches with ``nlp.pipe``
        (with ``undated``: ``(report, events, undated events)``, for the store).

        When a report fails, ``events`` is the exception instead, and the batch goes on.
        """
        from .nlp import load_nlp

        batch: list[Analysis] = []

        def flush():
            todo = [a for a in batch if not a.done]
            docs = load_nlp().pipe((self.prepare(a.report.text) for a in todo), batch_size=batch_size)
            for a, doc in zip(todo, docs):
                a.doc = doc
            for a in batch:
                if a.done:
                    yield (a.report, [], []) if undated else (a.report, [])
                    continue
                try:
                    done = self.analyse(a.report, a.doc)
                    yield (a.report, done.events, done.undated) if undated else (a.report, done.events)
                except Exception as exc:  # noqa: BLE001 - one bad report must not stop a batch
                    yield (a.report, exc, []) if undated else (a.report, exc)
            batch.clear()

        parse_at = self.stage_names.index("parse") if "parse" in self.stage_names else 0
        for report in reports:
            a = Analysis(report=report)
            for name in self.stage_names[:parse_at]:
                STAGES[name](a, self)
                if a.done:
                    break
            batch.append(a)
            if len(batch) >= batch_size:
                yield from flush()
        if batch:
            yield from flush()

    def analyse_until(self, report: Report, last_stage: str) -> Analysis:
        """Run the stages up to and including ``last_stage`` (e.g. "geocode" for geoparse)."""
        a = Analysis(report=report)
        for name in self.stage_names:
            STAGES[name](a, self)
            if name == last_stage or a.done:
                break
        return a

    def process(self, report: Report) -> list[Event]:
        return self.analyse(report).events
