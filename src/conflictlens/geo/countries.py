"""ACLED's view of a country: its short name, ISO numeric code and region."""
from __future__ import annotations

from . import tables


def country_info(cc: str) -> tuple[str, int, str]:
    """Return ``(acled_country_name, iso_numeric, acled_region)`` for an ISO2 code.

    ACLED names countries by their short names ("Syria", not "Syrian Arab
    Republic") and groups them into its own regions (Egypt is Northern Africa,
    Turkey and Iran are the Middle East). Unknown codes give ``("", 0, "")``.
    """
    return tables.countries().get((cc or "").upper(), ("", 0, ""))
