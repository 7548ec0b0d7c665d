"""Plain data objects that flow through the pipeline.

Every stage reads a :class:`Report` (and the spaCy ``Doc`` built from it) and adds
to what earlier stages produced; nothing here knows about spaCy, SQLite or the CLI,
so the objects can be stored, exported and tested on their own.
Character offsets are always offsets into ``Report.text``.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from datetime import date

#: The 31 ACLED export columns, in the order of the current ACLED CSV.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
    "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
    "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)

#: Columns of the JSONL contract beyond the 31 ACLED columns.
EXTRA_COLUMNS: tuple[str, ...] = ("article_id", "evidence", "confidence")


class InputError(Exception):
    """A report that cannot be read; ``origin`` names the file (and line)."""

    def __init__(self, origin: str, message: str):
        super().__init__(f"{origin}: {message}")
        self.origin = origin
        self.message = message


@dataclass
class Report:
    """One news report, as read from a file, a page or a JSONL line."""

    id: str
    text: str
    title: str = ""
    published: date | None = None
    source: str = ""
    url: str = ""
    origin: str = ""  # "path" or "path:line", for error messages
    #: set by the pipeline when the date comes from a dateline instead of metadata
    dateline_date: date | None = None
    #: the day the file's name carries ("ghuwayran-2022-01-23.txt"): the publication date when
    #: neither the caller, the page's metadata, a dateline nor a printed page date gives one
    name_date: date | None = None
    #: set by the pipeline for a report with no date: the weekdays that date the violence it
    #: could not date ("shot on Sunday": "Sun"), comma-joined (store/dedupe.py: fits_told_days)
    incident_weekdays: str = ""
    #: set by the pipeline when the report's outlet is a local one whose town is known: that
    #: town as a place "near" it (geo_precision 2, no span) (geo/outlet.py, events/home_state.py)
    home: "PlaceMention | None" = None

    @property
    def anchor_date(self) -> date | None:
        """The day relative dates are resolved against: the dateline's when it is on or before
        the publication date (a feed's or a crawl's later day: "Monday" counts from the day the
        report was filed), else publication, else dateline."""
        if self.published and self.dateline_date and self.dateline_date <= self.published:
            return self.dateline_date
        return self.published or self.dateline_date


@dataclass
class Evidence:
    """The sentence (or clause) an event or field was read from."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class PlaceMention:
    """A place named in a report and resolved against the gazetteer.

    ``location`` is the ACLED-style location name ("Al Hasakah - Ghuwayran"); for
    a mention below the gazetteer (a prison, a district) it is the containing
    place's name with the district appended, at that place's coordinates.
    """

    start: int
    end: int
    text: str
    name: str
    geonameid: int | None
    latitude: float
    longitude: float
    country_code: str
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    feature_code: str = ""
    population: int = 0
    confidence: float = 0.0
    location: str = ""
    geo_precision: int = 1
    #: "city", "admin1", "admin2", "country", "feature"
    level: str = "city"
    #: "name"; "demonym": a country's adjective ("Georgian troops"), listed by
    #: ``geoparse`` as a toponym of the country; "organisation": the place an
    #: organisation's name opens with ("the Alverton Science Museum"). Those two
    #: are toponym output only, never event places
    kind: str = "name"
    #: for a town: how many first-level units of its country hold a town of its very name
    #: (Madison's 25 US states, Kansas City's 2): a name so common means a far town only
    #: with its state written (events/home_state.py)
    name_units: int = 0
    #: for a country told with a compass word ("southern Lebanon"): its first-level unit
    #: called after that point (the South Governorate), if it has one; an event at a
    #: village the gazetteer does not know there is placed in it (events/extractor.py)
    compass_unit: "PlaceMention | None" = None

    def to_geoparse_row(self, article_id: str) -> dict:
        return {
            "article_id": article_id, "start": self.start, "end": self.end,
            "text": self.text, "name": self.name, "geonameid": self.geonameid,
            "latitude": round(self.latitude, 4), "longitude": round(self.longitude, 4),
            "country_code": self.country_code, "admin1": self.admin1,
            "feature_code": self.feature_code, "confidence": round(self.confidence, 3),
            "kind": self.kind,
        }


@dataclass
class DateMention:
    """A date or time expression, resolved to calendar days when it can be."""

    start: int
    end: int
    text: str
    days: list[date] = field(default_factory=list)
    #: ACLED time_precision: 1 day, 2 week window, 3 month
    precision: int = 1
    relative: bool = False
    #: a bare year ("in 2012", "the 2012 shooting"): no day, a bound on the day
    year: int | None = None


@dataclass
class DeathFigure:
    """A reported number of people killed, with the group it applies to."""

    count: int
    group: str
    start: int
    end: int
    text: str
    #: "exact", "at least", "more than", "vague"
    qualifier: str = "exact"
    #: told by a headline that tells no event of its own ("Three people dead east of Alverton"):
    #: the report's lead event's toll only when its body tells none
    headline: bool = False
    #: the index of the sentence that tells it, for a toll told apart from its event's sentence
    sentence: int | None = None
    #: told as whom someone killed ("killing 3"): the killer is not among them
    victims_only: bool = False
    #: told with "the" ("the three people inside died"): may name victims already counted
    definite: bool = False


@dataclass
class Actor:
    """An actor resolved to its canonical ACLED-style name and type code (1-8)."""

    name: str
    inter: int
    country: str = ""
    mention: str = ""


@dataclass
class Event:
    """One ACLED row plus the evidence, confidence and explanation behind it."""

    event_date: date
    event_type: str
    sub_event_type: str
    disorder_type: str
    time_precision: int = 1
    actor1: str = ""
    assoc_actor_1: str = ""
    inter1: int | None = None
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int | None = None
    civilian_targeting: str = ""
    iso: int | None = None
    region: str = ""
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 1
    source: str = ""
    source_scale: str = ""
    notes: str = ""
    fatalities: int = 0
    #: how the report tells ``fatalities``: "exact", "lower bound" ("at least 3") or "vague"
    #: ("dozens"); the store prefers exact counts (events.fatalities.toll_kind, store/dedupe.py)
    fatalities_kind: str = "exact"
    tags: str = ""
    timestamp: int = 0
    event_id_cnty: str = ""
    article_id: str = ""
    evidence: Evidence | None = None
    confidence: float = 0.0
    #: why the type was chosen (trigger, rule); not an ACLED column
    explanation: str = ""
    country_code: str = ""  # ISO alpha-2, used for ids and actor names
    #: every report behind the event (set by the store; empty for a freshly coded event)
    article_ids: tuple[str, ...] = ()

    @property
    def year(self) -> int:
        return self.event_date.year

    @property
    def interaction(self) -> int:
        """ACLED interaction code: lower actor type first; ``X0`` when actor2 is empty."""
        a = self.inter1 or 0
        b = self.inter2 or 0
        if not a and not b:
            return 0
        if not b:
            return a * 10
        if not a:
            return b * 10
        return 10 * min(a, b) + max(a, b)

    def to_row(self) -> dict:
        """The 31 ACLED columns plus ``article_id``, ``evidence``, ``confidence``."""
        from .export.labels import inter_label, interaction_label

        row = {
            "event_id_cnty": self.event_id_cnty,
            "event_date": self.event_date.isoformat(),
            "year": self.year,
            "time_precision": self.time_precision,
            "disorder_type": self.disorder_type,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "actor1": self.actor1,
            "assoc_actor_1": self.assoc_actor_1,
            "inter1": inter_label(self.inter1),
            "actor2": self.actor2,
            "assoc_actor_2": self.assoc_actor_2,
            "inter2": inter_label(self.inter2),
            "interaction": interaction_label(self.inter1, self.inter2),
            "civilian_targeting": self.civilian_targeting,
            "iso": self.iso,
            "region": self.region,
            "country": self.country,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "admin3": self.admin3,
            "location": self.location,
            "latitude": None if self.latitude is None else round(self.latitude, 4),
            "longitude": None if self.longitude is None else round(self.longitude, 4),
            "geo_precision": self.geo_precision,
            "source": self.source,
            "source_scale": self.source_scale,
            "notes": self.notes,
            "fatalities": self.fatalities,
            "tags": self.tags,
            "timestamp": self.timestamp,
            "article_id": self.article_id,
            "evidence": self.evidence.to_dict() if self.evidence else None,
            "confidence": round(self.confidence, 3),
        }
        return row

    def to_json(self) -> str:
        return json.dumps(self.to_row(), ensure_ascii=False)

    def replace(self, **changes) -> "Event":
        return dataclasses.replace(self, **changes)
