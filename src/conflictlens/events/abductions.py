"""Abductions that end in deaths: one incident, one row, an Attack with the toll.

"Gunmen seized two teachers on Monday. Their bodies were found later near the border.":
the dead found belong to the abduction (their deaths told apart join it,
fatalities.attach_deaths_told_apart), and the spec's ranking of harms (§2: an abduction is
"Abduction/forced disappearance" only with no further violence; one that ends in a killing
is an Attack) makes the row an Attack with their toll. The coding choice: the killing is a
second row only when a sentence tells it as an act of its own (its own killing verb, so an
event mention of its own) on a known other day or at a known other place; a body found,
with no day or place of the killing told, is the abduction's toll, not a second event.
"""
from __future__ import annotations

#: the sub-type of an abduction, and the one its row takes when it has deaths
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
ENDS_IN_DEATHS = "Attack"


def abduction_ending_in_deaths(event_type: str, sub: str, total: int) -> str:
    """The sub-type of a row with ``total`` deaths: an abduction whose victims are killed, told
    in its sentence or after it, is an Attack; any other row keeps ``sub``."""
    if (event_type, sub) == ABDUCTION and total > 0:
        return ENDS_IN_DEATHS
    return sub
