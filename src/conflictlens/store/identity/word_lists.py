"""The word lists under data/store that several identity modules read (one word a line).

Loading them here, once, keeps the lists editable as data and keeps the modules that
use them (the days a report tells, the names and words it uses, its court cues) from
each carrying a loader; the calendar's month and day names and the page furniture are
left out of a report's names and words alike.
"""
from __future__ import annotations

import re



def _cue_list(filename: str) -> list[str]:
    """The words or phrases of a data/store word list (one a line, "#" comments)."""
    from ...data import data_path
    with open(data_path("store", filename), encoding="utf-8") as f:
        return [w.strip() for w in f if w.strip() and not w.startswith("#")]


def _cues(filename: str) -> re.Pattern:
    """The words or phrases of a data/store word list, as one pattern."""
    cues = _cue_list(filename)
    return re.compile(r"\b(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues) + r")\b", re.IGNORECASE)


def _calendar_words() -> frozenset[str]:
    import calendar
    words = {w.lower() for w in (*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name,
                                 *calendar.day_abbr) if w}
    return frozenset(words | {"sept"})


_CALENDAR = _calendar_words()


#: page furniture (data/store/furniture_words.txt): share buttons, print and email links, photo
#: credits, words two pages of one site share whatever incident they tell
_FURNITURE = frozenset(_cue_list("furniture_words.txt"))
