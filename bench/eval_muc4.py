"""Measure deaths, incident dates and places, and perpetrators on whole MUC-4 articles.

Runs the full pipeline (``Pipeline().process_many``) over the MUC-4 articles (upper-case
FBIS texts with datelines, "SAN SALVADOR, 3 JAN 90 (RADIO ...) --"; no publication date,
so the dateline anchors relative dates) and compares with the key templates:

(a) deaths: per article, the sum of our events' fatalities against the templates' human
    targets with effect DEATH and their numbers (targets told in several templates
    counted once; articles where a dead target has no number, "PLURAL", are left out);
(b) incidents: share of templates (with a dated incident in a named place) for which an
    event of the article has a day inside the incident's date and the right country,
    and, for "right town", also the location named by the template's last place (or
    the district part of an ACLED "City - District" location);
(c) perpetrators: share of our events, in articles whose templates name a perpetrator
    organisation, whose actor1 or actor2 is one of those organisations, each resolved
    to its canonical name with the same actor dictionary (country and date of the
    template; "ARMY" -> "Military Forces of El Salvador (1989-1994)"); and, stricter,
    whose actor1 is (the attacker comes first; in a battle either side may);
(d) targets: where every human target of an article's templates falls in one ACLED
    type (civilians, officials and politicians -> Civilians 7; military and police ->
    State forces 1; security guards -> External/Other forces 8), share of our violent
    events (battles, explosions, violence against civilians) whose actor2 has that type
    (in a battle, either actor).

The documents in file order are split in two: even positions are the part looked at
while tuning, odd positions the held-out part; both are printed, held-out first.
Exits cleanly when ../shared is absent (the data is never copied into the repository).

    python bench/eval_muc4.py [--limit N] [--errors tune|held] [--part all]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "datasets" / "muc4" / "muc4_docs_with_templates.jsonl"
sys.path.insert(0, str(ROOT / "src"))

_MONTHS = {m: i for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), 1)}
_DAY = re.compile(r"\b(\d{1,2}) (JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) (\d\d)\b")
_NUM = re.compile(r"^(\d+)\s*:\s*(.*)$")


def _list(v) -> list[str]:
    if v is None:
        return []
    return [x for x in (v if isinstance(v, list) else [v]) if x and x not in ("-", "*")]


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"\([^)]*\)", " ", s)
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def _right_town(event, town: str) -> bool:
    """The template's town is the event's location, admin unit, or a part of an ACLED
    "City - District" location (the template names a neighbourhood the event is coded
    at as the city's district: "Tegucigalpa - Modelo")."""
    if not town:
        return True
    location = _norm(event.location)
    if town in (location, _norm(event.admin1), _norm(event.admin2)):
        return True
    if location.startswith(town) or town.startswith(location or "#"):
        return True
    return any(_norm(part) == town for part in (event.location or "").split(" - ")[1:])


def _strings(v: str) -> list[str]:
    """'"FMLN" / "FARABUNDO MARTI ..."' -> the quoted alternatives."""
    out = [m.replace('\\"', "").strip() for m in re.findall(r'"((?:[^"\\]|\\.)*)"', v)]
    return [re.sub(r"\s*\[[^\]]*\]", "", x).strip() for x in out if x.strip()]


def gold_dates(v: str) -> list[date]:
    days = []
    for d, m, y in _DAY.findall(v or ""):
        try:
            days.append(date(1900 + int(y), _MONTHS[m], int(d)))
        except ValueError:
            pass
    if not days:
        return []
    if "-" in v and len(days) >= 2:  # a range: "(15 DEC 89) - 03 JAN 90" / "- 10 JAN 90"
        lo, hi = min(days), max(days)
        if (hi - lo).days <= 31:
            return [lo + timedelta(n) for n in range((hi - lo).days + 1)]
    if v.strip().startswith("-"):  # "- 10 JAN 90": on or before
        return [days[-1] - timedelta(n) for n in range(0, 8)]
    return days


def gold_place(v: str) -> tuple[str, list[str]]:
    """'EL SALVADOR: SAN MIGUEL (DEPARTMENT): SAN LUIS DE LA REINA (TOWN)' -> country, [places]."""
    first = (v if isinstance(v, str) else (v[0] if v else "")).split("/")[0]
    parts = [p.strip() for p in first.split(":") if p.strip()]
    if not parts:
        return "", []
    return parts[0], [_norm(p) for p in parts[1:]]


def gold_deaths(templates) -> int | None:
    """Dead human targets with numbers, each target counted once; None when a dead
    target has no number."""
    dead: dict[str, int | None] = {}
    for t in templates:
        numbers = {}
        for x in _list(t.get("HUM TGT: NUMBER")):
            m = _NUM.match(x)
            for s in _strings(x) or [x]:
                numbers[_norm(s)] = int(m.group(1)) if m else None
        for x in _list(t.get("HUM TGT: EFFECT OF INCIDENT")):
            if not x.startswith("DEATH"):
                continue
            names = _strings(x)
            key = _norm(names[0]) if names else ""
            n = next((numbers[_norm(s)] for s in names if _norm(s) in numbers), None)
            if key and key not in dead or dead.get(key) is None:
                dead[key] = n
    if any(v is None for v in dead.values()):
        return None
    return sum(dead.values())


_COUNTRY_CODES: dict[str, str] = {}


def country_code(name: str) -> str:
    from conflictlens.actors import default_dictionary
    if name not in _COUNTRY_CODES:
        _COUNTRY_CODES[name] = default_dictionary().country_of_word(name.title()) or ""
    return _COUNTRY_CODES[name]


def gold_perps(t) -> set[str]:
    """Canonical names of a template's perpetrator organisations."""
    from conflictlens.actors import default_dictionary
    d = default_dictionary()
    cname, _ = gold_place(t.get("INCIDENT: LOCATION") or "")
    cc = country_code(cname)
    days = gold_dates(t.get("INCIDENT: DATE") or "")
    on = days[-1] if days else None
    out = set()
    for v in _list(t.get("PERP: ORGANIZATION ID")):
        names = set()
        for s in _strings(v):
            res = d.explain(s, cc, on) or d.explain(s, cc, None)
            if res is not None and res.actor is not None:
                names.add(res.actor.name)
        out |= names or {_strings(v)[0].title()} if _strings(v) else names
    return out


#: MUC-4 human-target categories -> ACLED actor type (spec §3.3)
_TARGET_TYPES = {"CIVILIAN": 7, "POLITICAL FIGURE": 7, "GOVERNMENT OFFICIAL": 7, "LEGAL OR JUDICIAL": 7,
                 "DIPLOMAT": 7, "FORMER GOVERNMENT OFFICIAL": 7, "FORMER ACTIVE MILITARY": 7,
                 "ACTIVE MILITARY": 1, "LAW ENFORCEMENT": 1, "SECURITY GUARD": 8}
_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def gold_target_type(templates) -> int | None:
    """The one ACLED type of all human targets of an article's templates, else None."""
    types = set()
    for t in templates:
        for x in _list(t.get("HUM TGT: TYPE")):
            for cat in x.split(":")[0].split("/"):
                cat = cat.strip(" ?()")
                if cat:
                    types.add(_TARGET_TYPES.get(cat))
    return types.pop() if len(types) == 1 and None not in types else None


def evaluate(docs, results, show_errors: bool):
    deaths_ok = deaths_n = deaths_pos_ok = deaths_pos_n = 0
    inc_n = inc_date = inc_country = inc_dc = inc_full = 0
    perp_events = perp_ok = perp_a1 = 0
    tgt_events = tgt_ok = 0
    errs = Counter()
    examples: dict[str, list[str]] = {}

    def err(kind, text):
        errs[kind] += 1
        if show_errors and len(examples.setdefault(kind, [])) < 6:
            examples[kind].append(text)

    for doc in docs:
        events = results.get(doc["docid"], [])
        temps = [t for t in doc["templates"] if "OPTIONAL" not in str(t.get("MESSAGE: TEMPLATE", ""))]
        # (a) deaths
        gold = gold_deaths(doc["templates"])
        if gold is not None:
            got = sum(e.fatalities or 0 for e in events)
            deaths_n += 1
            deaths_ok += got == gold
            if gold > 0:
                deaths_pos_n += 1
                deaths_pos_ok += got == gold
                if got != gold:
                    err("deaths: none found" if got == 0 else ("deaths: too few" if got < gold else
                                                                "deaths: too many"),
                        f"{doc['docid']}: gold {gold}, got {got}")
            elif got:
                err("deaths: in an article with none", f"{doc['docid']}: got {got}")
        # (b) incidents
        for t in temps:
            days = gold_dates(t.get("INCIDENT: DATE") or "")
            cname, places = gold_place(t.get("INCIDENT: LOCATION") or "")
            if not days or not cname:
                continue
            inc_n += 1
            town = places[-1] if places else ""
            ok_date = [e for e in events if e.event_date in days]
            ok_country = [e for e in events if _norm(e.country) == _norm(cname)]
            ok_dc = [e for e in ok_date if _norm(e.country) == _norm(cname)]
            ok_full = [e for e in ok_dc if _right_town(e, town)]
            inc_date += bool(ok_date)
            inc_country += bool(ok_country)
            inc_dc += bool(ok_dc)
            inc_full += bool(ok_full)
            if not ok_full:
                if not events:
                    kind = "incident: no event in the article"
                elif not ok_country:
                    kind = "incident: wrong country"
                elif not ok_date:
                    kind = "incident: no event on the day"
                elif not ok_dc:
                    kind = "incident: right day and country on different events"
                else:
                    kind = "incident: wrong town"
                got = "; ".join(f"{e.event_date} {e.country}/{e.location}" for e in events[:4])
                err(kind, f"{doc['docid']}: gold {days[0]} {cname}/{town} | got {got}")
        # (c) perpetrators
        perps = set().union(*(gold_perps(t) for t in temps)) if temps else set()
        if perps:
            for e in events:
                perp_events += 1
                perp_a1 += e.actor1 in perps or (e.event_type == "Battles" and e.actor2 in perps)
                if e.actor1 in perps or e.actor2 in perps:
                    perp_ok += 1
                else:
                    a = e.actor1 or "-"
                    kind = ("perp: unidentified/generic actor" if a.startswith(("Unidentified", "Civilians"))
                            else "perp: state forces instead" if a.startswith(("Military", "Police"))
                            else "perp: other named actor")
                    err(kind, f"{doc['docid']}: gold {sorted(perps)} | got {e.actor1} / {e.actor2}")

        # (d) targets
        want = gold_target_type(temps) if temps else None
        if want is not None:
            for e in events:
                if e.event_type not in _VIOLENT:
                    continue
                tgt_events += 1
                got = {e.inter2} if e.event_type != "Battles" else {e.inter1, e.inter2}
                if want in got:
                    tgt_ok += 1
                else:
                    err("target: wrong actor2 type", f"{doc['docid']}: gold type {want} | got "
                        f"{e.event_type}: {e.actor1} [{e.inter1}] / {e.actor2 or '-'} [{e.inter2 or '-'}]")

    def share(k, n):
        return f"{k / n:.3f} ({k}/{n})" if n else "n/a"

    print(f"  (a) articles whose total deaths match:          {share(deaths_ok, deaths_n)}")
    print(f"      ... of those with deaths in the templates:  {share(deaths_pos_ok, deaths_pos_n)}")
    print(f"  (b) incidents found, right day:                 {share(inc_date, inc_n)}")
    print(f"      right country (any day):                    {share(inc_country, inc_n)}")
    print(f"      right day and country:                      {share(inc_dc, inc_n)}")
    print(f"      right day, country and town:                {share(inc_full, inc_n)}")
    print(f"  (c) events with the right perpetrator org:      {share(perp_ok, perp_events)}")
    print(f"      ... as actor1 (either side in a battle):    {share(perp_a1, perp_events)}")
    print(f"  (d) violent events whose actor2 has the type")
    print(f"      of the templates' human targets:            {share(tgt_ok, tgt_events)}")
    print("  error classes:")
    for kind, n in errs.most_common():
        print(f"    {n:5d}  {kind}")
        for x in examples.get(kind, []):
            print(f"           {x}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, help="only the first N documents (quick runs)")
    ap.add_argument("--errors", choices=["tune", "held"], help="show error examples for that part")
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"eval_muc4: {args.data} not found (../shared absent); nothing to measure.")
        return 0
    from conflictlens.model import Report
    from conflictlens.pipeline import Pipeline

    docs = [json.loads(line) for line in args.data.open(encoding="utf-8") if line.strip()]
    if args.limit:
        docs = docs[:args.limit]
    t0 = time.perf_counter()
    results, failed = {}, 0
    reports = [Report(id=d["docid"], text=d["text"]) for d in docs]
    for report, events in Pipeline().process_many(reports):
        if isinstance(events, Exception):
            failed += 1
            events = []
        results[report.id] = events
    secs = time.perf_counter() - t0
    print(f"MUC-4: {len(docs)} articles, {sum(len(v) for v in results.values())} events, "
          f"{failed} failed, {secs:.0f} s ({len(docs) / max(secs, 1e-9):.1f} articles/s)")
    parts = {"held-out (odd positions)": docs[1::2], "tuning (even positions)": docs[0::2]}
    for (name, part), key in zip(parts.items(), ("held", "tune")):
        print(f"\n{name}: {len(part)} articles")
        evaluate(part, results, args.errors == key)
    return 0


if __name__ == "__main__":
    sys.exit(main())
