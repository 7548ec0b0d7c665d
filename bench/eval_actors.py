"""Measure actors on the hand-coded seed reports: canonical names, types and interaction.

For every ``*.gold.json`` under ../shared/seed, codes its report with the full pipeline
(publication date and source from the gold file), matches our rows to the reference
events with the scorer's own rule (``../shared/eval/score_events.py``: same event type,
date in range, within the tolerance of a place), and checks each matched row:

* actor1 right: it names one of the gold's ``actor1_any`` (the order of the actors carries
  no meaning outside Violence against civilians, spec §3.1, so there either actor may);
* actor2 right: it names one of ``actor2_any`` (either actor, likewise); in Violence
  against civilians the victim must be a ``Civilians (...)`` actor2 (spec §2.5);
* canonical: every actor is a name the dictionary writes (``Islamic State``, not ``ISIS``;
  ``Military Forces of Iraq (2020-)`` with the period of the day);
* inter right: inter1/inter2 are the types those canonical names carry there (state forces
  abroad are 8); interaction right: the row's code is 10*min + max of those types (spec §3.4).

An event counts as right when one of its rows gets everything right. Required events only
in the headline figure; optional events are listed. Exits cleanly when ../shared is absent.

    python bench/eval_actors.py [--seed DIR]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))


def _scorer(path: Path):
    """The shared scorer's module (its ``matches`` and ``mentions``), so both agree."""
    spec = importlib.util.spec_from_file_location("score_events", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def interaction(i1: int | None, i2: int | None) -> int | None:
    codes = sorted(c for c in (i1, i2) if c)
    if not codes:
        return None
    return codes[0] * 10 if len(codes) == 1 else codes[0] * 10 + codes[1]


def check_row(row, gold: dict, scorer, dictionary) -> dict[str, bool]:
    """The actor checks of one matched row against one reference event."""
    a1, a2 = row.actor1 or "", row.actor2 or ""
    unordered = gold["event_type"] != "Violence against civilians"
    want1, want2 = gold.get("actor1_any"), gold.get("actor2_any")
    out = {}
    if want1:
        out["actor1"] = scorer.mentions(a1, want1) or (unordered and scorer.mentions(a2, want1))
    if want2:
        out["actor2"] = scorer.mentions(a2, want2) or (unordered and scorer.mentions(a1, want2))
    if gold["event_type"] == "Violence against civilians":
        out["actor2"] = out.get("actor2", True) and a2.startswith("Civilians (")
    expected = []
    for name, inter in ((a1, row.inter1), (a2, row.inter2)):
        if not name:
            continue
        want = dictionary.canonical_inter(name, row.country_code, row.event_date)
        expected.append((name, want, inter))
    out["canonical"] = all(want is not None for _, want, _ in expected)
    out["inter"] = all(want == inter for _, want, inter in expected)
    wants = [want for _, want, _ in expected]
    out["interaction"] = None not in wants and row.interaction == interaction(*wants, *[None] * (2 - len(wants)))
    return out


def evaluate(seed_dir: Path, scorer_path: Path) -> int:
    from conflictlens.actors import default_dictionary
    from conflictlens.model import Report
    from conflictlens.pipeline import Pipeline

    scorer = _scorer(scorer_path)
    dictionary = default_dictionary()
    pipeline = Pipeline()
    n_req = ok_req = 0
    for gold_path in sorted(seed_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        art = gold["article"]
        text = (seed_dir / art["file"]).read_text(encoding="utf-8")
        report = Report(id=art["file"], text=text, published=date.fromisoformat(art["published"]),
                        source=art.get("source", ""))
        rows = pipeline.process(report)
        print(f"{art['file']}: {len(rows)} rows")
        for g in gold["events"]:
            matched = [r for r in rows if scorer.matches(
                {"event_type": r.event_type, "event_date": r.event_date.isoformat(),
                 "latitude": r.latitude, "longitude": r.longitude}, g)]
            checks = [check_row(r, g, scorer, dictionary) for r in matched]
            right = any(all(c.values()) for c in checks)
            if g["status"] == "required":
                n_req += 1
                ok_req += right
            keys = ("actor1", "actor2", "canonical", "inter", "interaction")
            summary = " ".join(f"{k}={sum(c[k] for c in checks if k in c)}/{sum(k in c for c in checks)}"
                               for k in keys if any(k in c for c in checks))
            pairs = "; ".join(sorted({f"{r.actor1} [{r.inter1}] / {r.actor2 or '-'} [{r.inter2 or '-'}] "
                                      f"({r.interaction})" for r in matched}))
            print(f"  {g['id']:22} {g['status']:8} rows={len(matched)} {'RIGHT' if right else 'wrong' if matched else 'not found'}"
                  f"  {summary}\n      {pairs}")
    print(f"required events with the right canonical actor1/actor2 and types: "
          f"{ok_req / n_req if n_req else 0:.2f} ({ok_req}/{n_req})")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=Path, default=SHARED / "seed")
    ap.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score_events.py")
    args = ap.parse_args(argv)
    if not args.seed.exists() or not args.scorer.exists():
        print(f"eval_actors: {args.seed} or {args.scorer} not found (../shared absent); nothing to measure.")
        return 0
    return evaluate(args.seed, args.scorer)


if __name__ == "__main__":
    sys.exit(main())
