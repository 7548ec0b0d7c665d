"""Measure the PLOVER event type and mode we emit against the PLOVER gold sentences (issue #4 §4).

Each sentence of ``../shared/datasets/plover-gsr/PLOVER_GSR_CAMEO.json`` is coded as one
report (published on its gold ``date`` when it has one). Our coder types a sentence
with ACLED sub-event types (the sentence-level typing, as ``eval_classify.py
--mode candidates`` picks it: no place or date is needed); the PLOVER code is then
``events/plover.py``'s mapping of that sub-event type. Reported:

* coverage: how many gold sentences our coder types at all, by gold PLOVER type (most
  PLOVER types, AGREE, DEMAND, THREATEN, ..., are statements that ACLED does not code
  and that we should leave untyped);
* on the sentences we type: PLOVER event type accuracy, and mode accuracy where the gold
  sentence has a mode;
* the confusion (gold -> ours) of the typed sentences.

The gold file is PLOVER 0.5b1, which still has a FIGHT type for conventional military
force; the 2021 CAMEO-to-PLOVER table our mapping follows files those events under
ASSAULT (CAMEO 19 -> ASSAULT). Accuracy is given both strictly and with gold FIGHT read
as ASSAULT. Nothing was tuned on this set. Exits with status 2 when ../shared is absent.

    python bench/eval_plover.py [--errors]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "datasets" / "plover-gsr" / "PLOVER_GSR_CAMEO.json"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

#: PLOVER 0.5b1 types renamed or merged in the 2021 table the mapping follows
RENAMED_2021 = {"FIGHT": "ASSAULT"}


def load(path: Path) -> list[dict]:
    items = json.loads(path.read_text(encoding="utf-8"))
    return [x for x in items if x.get("text") and x.get("event") and x["event"] != "DOCUMENT"]


def published(item: dict) -> date:
    try:
        return date.fromisoformat(item.get("date", ""))
    except ValueError:
        return date(2000, 1, 1)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--errors", action="store_true", help="print the sentences typed with a wrong PLOVER type")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"eval_plover: {args.data} not found (../shared absent); nothing to measure", file=sys.stderr)
        return 2

    from eval_classify import NONE, candidate_label
    from conflictlens.events.plover import plover_for
    from conflictlens.model import Report
    from conflictlens.pipeline import Pipeline

    items = load(args.data)
    pipe = Pipeline()
    t0 = time.perf_counter()
    typed = []  # (item, sub_event_type, PloverCode)
    for it in items:
        a = pipe.analyse_until(Report(id=it["id"], text=it["text"], published=published(it)), "mentions")
        sub = candidate_label(a)
        if sub != NONE:
            typed.append((it, sub, plover_for(sub)))
    elapsed = time.perf_counter() - t0

    gold_n = Counter(it["event"] for it in items)
    typed_n = Counter(it["event"] for it, _s, _c in typed)
    print(f"PLOVER gold sentences (plover-gsr, PLOVER 0.5b1): {len(items)}; typed by our coder: {len(typed)} "
          f"({len(items) / elapsed:.1f} sentences/s)")
    print(f"{'gold PLOVER type':<14} {'gold':>5} {'typed':>6}")
    for ev, n in gold_n.most_common():
        print(f"{ev:<14} {n:5d} {typed_n[ev]:6d}")

    def ours(code) -> str:
        return code.event if code else NONE

    strict = sum(ours(c) == it["event"] for it, _s, c in typed)
    merged = sum(ours(c) == RENAMED_2021.get(it["event"], it["event"]) for it, _s, c in typed)
    with_mode = [(it, c) for it, _s, c in typed if it.get("mode")]
    mode_ok = sum(bool(c) and c.mode == it["mode"] for it, c in with_mode)
    n = max(1, len(typed))
    print(f"\nPLOVER event type accuracy on the {len(typed)} typed sentences: {strict / n:.3f} strict, "
          f"{merged / n:.3f} with 0.5b1 FIGHT read as ASSAULT (2021 table)")
    print(f"PLOVER mode accuracy on the {len(with_mode)} typed sentences with a gold mode: "
          f"{mode_ok / max(1, len(with_mode)):.3f} ({mode_ok}/{len(with_mode)})")
    scope = {"ASSAULT", "FIGHT", "PROTEST", "COERCE", "MOBILIZE", "RETREAT"}
    in_scope = [it for it in items if it["event"] in scope]
    got = [(it, c) for it, _s, c in typed if it["event"] in scope]
    print(f"gold types with an ACLED counterpart ({', '.join(sorted(scope))}): {len(in_scope)} sentences, "
          f"{len(got)} typed, {sum(ours(c) == RENAMED_2021.get(it['event'], it['event']) for it, c in got)} "
          f"with the right PLOVER type")
    print("\nconfusion of the typed sentences (gold -> ours):")
    for (g, p), k in Counter((it["event"], ours(c)) for it, _s, c in typed).most_common():
        print(f"  {g:<12} -> {p:<10} {k:3d}")
    if args.errors:
        print("\n-- typed with another PLOVER type (gold -> ours, our sub-event type):")
        for it, sub, c in typed:
            if ours(c) != RENAMED_2021.get(it["event"], it["event"]):
                print(f"[{it['id']}] {it['event']} -> {ours(c)} ({sub}): {it['text'][:200]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
