"""A case recalled in passing is not the story's incident (issue #6): a brief about an old
robbery shares the robber's and the victim's names with a long shooting story that recalls
it in a sentence, but those names are a sliver of the long story's own
(dedupe.names_overlap, ``names_larger_share``). Invented reports, on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date

from conflictlens.store import dedupe
from test_dedupe import _town_news, crime, report

# fifty invented surnames: the volunteers, witnesses and streets a long story names
_ROSTER = [a + b for a in ("Bram", "Cor", "Del", "Fen", "Gar", "Hol", "Kes", "Lor", "Mar", "Nor")
           for b in ("wick", "ton", "ley", "ford", "by")]
LONG = ("Darnell Okafor, 34, was shot dead outside the Quarry Lane laundromat in Harlow Springs. "
        "Neighbours who searched the streets with the police were " + ", ".join(_ROSTER) + ". "
        "The shooting recalled the robbery of Vesna Marlowe's shop by Corbin Ashdale years ago.")
BRIEF = "Corbin Ashdale, jailed for robbing Vesna Marlowe's shop in Tallisford, lost his appeal."


def test_names_in_common_must_be_a_share_of_the_larger_report_too():
    even = lambda n: 1.0  # noqa: E731
    small, large = ["a", "b", "c"], ["a", "b", *(f"x{i}" for i in range(48))]
    assert dedupe.names_overlap(small, large, even) == 2 / 3
    assert dedupe.names_overlap(small, large, even, least_of_larger=0.05) == 0.0  # 2 of 50
    assert dedupe.names_overlap(small, large[:30], even, least_of_larger=0.05) == 2 / 3  # 2 of 30


def test_a_brief_about_a_case_recalled_in_passing_is_not_linked_to_the_story(store):
    _town_news(store)
    (shot,) = store.add_report(report("s", text=LONG, published=date(2021, 5, 4)), [crime()])
    store.add_report(report("b", text=BRIEF, published=date(2021, 5, 5)), [])
    assert "b" not in store.event(shot.event_id_cnty).article_ids


def test_a_brief_naming_the_storys_own_people_is_linked(store):
    _town_news(store)
    (shot,) = store.add_report(report("s", text=LONG, published=date(2021, 5, 4)), [crime()])
    own = "Darnell Okafor was mourned in Harlow Springs; Bramwick and Corton led the Quarry Lane vigil."
    store.add_report(report("b", text=own, published=date(2021, 5, 5)), [])
    assert "b" in store.event(shot.event_id_cnty).article_ids
