"""Issue #6: one incident told under several families is one row (events.fold; invented sentences)."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report

PUBLISHED = date(2019, 5, 13)


@pytest.fixture(scope="module")
def violence_pipeline():
    """``--scope all-violence --fold-incidents``."""
    from conflictlens.pipeline import Pipeline, Settings
    return Pipeline(settings=Settings(scope="all-violence", fold_incidents=True))


def _rows(pipeline, text: str):
    return pipeline.process(Report(id="r1", text=text, published=PUBLISHED))


def _kinds(rows):
    return sorted((e.event_date.isoformat(), e.event_type, e.sub_event_type, e.location) for e in rows)


def test_an_attack_and_a_shooting_of_one_night_and_town_are_one_row(violence_pipeline):
    # the officers only came to the scene: no political actor, the crime's type; the dead counted once
    rows = _rows(violence_pipeline, "Officers responded to a shooting in Dayton on Saturday night and found a man "
                                    "dead on the sidewalk. The man was shot several times outside a bar, police said.")
    assert _kinds(rows) == [("2019-05-11", "Other violence", "Shooting", "Dayton")]
    assert rows[0].actor1.startswith("Unidentified Armed Group")
    assert rows[0].fatalities == 1


def test_the_victims_told_twice_are_not_added_up(violence_pipeline):
    rows = _rows(violence_pipeline, "Two brothers and their cousin were killed on Saturday, Dayton police said. "
                                    "Detectives combed the car wash where the three were gunned down on Saturday in "
                                    "Dayton.")
    assert _kinds(rows) == [("2019-05-11", "Other violence", "Shooting", "Dayton")]
    assert rows[0].fatalities == 3


def test_an_incident_told_as_another_stays_apart(violence_pipeline):
    rows = _rows(violence_pipeline, "Officers responded to a shooting in Dayton on Saturday night and found a man "
                                    "dead on the sidewalk. The man was shot several times outside a bar, police said. "
                                    "Separately, a cyclist was wounded by gunfire near a Dayton park on Saturday.")
    assert [(e.event_type, e.fatalities) for e in rows] == [("Other violence", 1), ("Other violence", 0)]


def test_another_town_is_another_incident(violence_pipeline):
    rows = _rows(violence_pipeline, "Officers responded to a shooting in Dayton on Saturday night and found a man "
                                    "dead on the sidewalk. Hours later a teenager was shot in the arm in Springfield.")
    assert {e.location for e in rows} == {"Dayton", "Springfield"}


def test_state_forces_that_fired_keep_the_codebook_type(violence_pipeline, nlp):
    from conflictlens.events.fold import _doers
    from conflictlens.events.mentions import EventMention
    from conflictlens.model import Evidence

    rows = _rows(violence_pipeline, "Officers shot and killed an armed man in Dayton on Saturday night after he "
                                    "opened fire on them outside a bar.")
    assert [e.event_type for e in rows] == ["Violence against civilians"]

    class _Trigger:  # the trigger "shot" of each sentence
        def __init__(self, i):
            self.i = i

        def head(self, doc):
            return doc[self.i]

    class _Candidate:
        def __init__(self, i):
            self.triggers = [_Trigger(i)]

    def doers(text: str, word: str) -> list[str]:
        doc = nlp(text)
        i = next(t.i for t in doc if t.text == word)
        from conflictlens.actors.finder import ActorMention
        officers = next(t for t in doc if t.lower_ in ("officers", "police"))
        actor = ActorMention(text=officers.text, start=officers.idx, end=officers.idx + len(officers.text),
                             head_i=officers.i, inter=1, role="police")
        m = EventMention(candidate=_Candidate(i), sent_index=0, paragraph=0, evidence=Evidence(text, 0, len(text)),
                         trigger_char=doc[i].idx, actors=[actor])
        return [actor.text] if _doers(m, doc) else []

    assert doers("Officers shot a man outside a bar.", "shot") == ["Officers"]
    assert doers("A man was shot by police outside a bar.", "shot") == ["police"]
    assert doers("Officers responded to the shooting outside a bar.", "shooting") == []
    assert doers("Police detectives are looking into the gunfire that killed a courier.", "killed") == []


def test_folding_is_asked_for(nlp):
    # off by default (the store links such rows already; see pipeline.Settings.fold_incidents);
    # the command line's --fold-incidents turns it on
    from conflictlens.cli.main import build_parser
    from conflictlens.cli.common import make_pipeline

    args = build_parser().parse_args(["ingest", "feed.jsonl", "--scope", "all-violence", "--fold-incidents"])
    assert make_pipeline(args).settings.fold_incidents
    args = build_parser().parse_args(["ingest", "feed.jsonl", "--scope", "all-violence"])
    assert not make_pipeline(args).settings.fold_incidents


def test_a_report_of_several_events_keeps_them_in_order(shared, violence_pipeline):
    # the seed report tells a battle, arrests, an abduction... on one day and place: no crime among
    # them, nothing folded, nor reordered
    from conflictlens.pipeline import Pipeline, Settings
    text = (shared / "seed" / "ghuwayran-2022-01-23.txt").read_text(encoding="utf-8")
    report = lambda: Report(id="seed", text=text, published=date(2022, 1, 23))  # noqa: E731
    plain = Pipeline(settings=Settings(scope="all-violence")).process(report())
    folded = violence_pipeline.process(report())
    assert [(e.event_date, e.event_type, e.sub_event_type, e.location, e.fatalities) for e in folded] == [
        (e.event_date, e.event_type, e.sub_event_type, e.location, e.fatalities) for e in plain]
