"""ecbcode11: a crime named as what a punishment is served for is no event told.

A story about an escaped or released convict recalls what he was serving his sentence for
("serving twelve years in jail for rape", "serving 20 years for the stabbing of a guard",
"jailed for the shooting"): the crime is an old conviction, tied to the punishment by
"for" as "charged with" or "convicted of" tie it to the charge (data/events/cues.toml:
punishment_words), not violence of the report's day."""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import coded

ESCAPE = ("Inmate escapes from prison van\n\n"
          "A convict slipped away from a transport van outside Scranton, Pennsylvania on Monday, officials said.\n"
          "Harlan Voss had been serving a long prison term for the rape of a neighbour in Wayne County.\n"
          "He was also serving 20 years for the stabbing of a guard in Scranton.\n")


def _kinds(rows) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.location) for e in rows]


def test_crimes_a_sentence_is_served_for_are_no_events(violence_pipeline):
    rows = coded(violence_pipeline, ESCAPE, date(2015, 3, 3))
    assert not [e for e in rows if e.sub_event_type in ("Sexual violence", "Homicide", "Attack")], _kinds(rows)


@pytest.mark.parametrize("sentence", [
    "A guard was stabbed in the prison yard in Scranton, Pennsylvania on Monday.",
    "He stabbed a guard at the prison in Scranton, Pennsylvania on Monday before he was jailed again.",
])
def test_a_stabbing_told_as_an_act_is_still_coded(violence_pipeline, sentence):
    rows = coded(violence_pipeline, "Guard hurt in prison\n\n" + sentence + "\n", date(2015, 3, 3))
    assert [e for e in rows if e.event_type == "Other violence"], _kinds(rows)
