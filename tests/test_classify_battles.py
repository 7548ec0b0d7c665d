"""Issue #4, group A round: where a clash is no battle of the report's own, checked on invented
sentences (no dataset text)."""
from __future__ import annotations

import pytest

from classify_helpers import candidates


def report_labels(text: str) -> list[str]:
    from conflictlens.events.classifier import report_candidates
    return [c.sub_event_type for c in report_candidates(candidates(text))]


@pytest.mark.parametrize("text, news", [
    # fighting told as going on, growing or spreading, in the present or the perfect: the situation
    ("Rebels shelled the market in Velta on Monday, killing two traders. Heavy fighting continues along "
     "the front line.", "Shelling/artillery/missile attack"),
    ("Gunmen abducted a local official in Marsk. Fighting between the army and jihadists has intensified "
     "in the region.", "Abduction/forced disappearance"),
    ("Unknown gunmen killed a teacher in Tolma on Sunday. Clashes between the two militias have escalated "
     "since January.", "Attack"),
    # a long period with a perfect verb: weeks, recent months
    ("An air strike killed eight civilians in Qarsa on Monday. Government forces and rebels have clashed "
     "in the area for weeks.", "Air/drone strike"),
    ("Gunmen killed five farmers in Orvan on Sunday. Herders and farmers have clashed there in recent months.",
     "Attack"),
    # a place that has seen fighting lives with it
    ("A roadside bomb killed two soldiers near Velta on Friday. The district has seen heavy clashes between "
     "the army and the rebels.", "Remote explosive/landmine/IED"),
])
def test_ongoing_fighting_yields_to_the_news(text, news):
    got = report_labels(text)
    assert got and set(got) == {news}, got


@pytest.mark.parametrize("text", [
    # told in the past with its day, or alone, fighting that went on is still a battle
    "Heavy fighting continued near Velta on Monday, leaving six fighters dead.",
    "Heavy fighting continues between the army and the rebels near Marsk.",
    "Troops and rebels have clashed in Tolma over the weekend.",
    "Residents saw soldiers and militants clash in the market of Qarsa on Sunday.",
    "Fighting between the army and the rebels has killed 20 people in Orvan since Sunday.",
])
def test_fighting_told_as_news_stays_a_battle(text):
    assert "Armed clash" in report_labels(text)
