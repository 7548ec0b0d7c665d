"""Measure event classification on the CASE 2021 task 2 dev snippets (issue #4).

Each snippet of ``../shared/datasets/case2021-task2-dev/dev.tsv`` (columns id, text,
label, sub_event_type) is coded as one report, published on a fixed day so relative
dates resolve (the label depends on the type only). Two predictions per snippet:

* ``pipeline``: the sub-event type of the most confident event the full pipeline
  yields (``Pipeline().analyse``), or none. Scored as it is: a snippet whose event has no
  codable place or date gets no row (spec §4.1: events known only at country level are
  not recorded) and counts as a miss. The output also says how many snippets got a row,
  why the others did not, and the scores on the snippets with a row;
* ``unplaced``: as ``pipeline``, but a snippet with no row takes the type of the typed
  event the pipeline dropped only for want of a codable place (no place, or only a
  country: ``Analysis.dropped``), chosen as in ``candidates``. This scores the
  pipeline's own classification of the snippet's event, recorded or not; what is
  recorded as an ACLED row does not change;
* ``candidates``: the sentence-level typing before the episode stage (which drops an
  event with no resolvable place or date): the first candidate of the highest
  priority over all the snippet's sentences, or none.

The split is fixed: odd ids are the tuning half, even ids the held-out half.
Scores: weighted F1 over the 25 ACLED sub-event types (weighted by gold support over
the ACLED-labelled snippets, as the shared task did), macro F1 over the same 25
classes, the per-class table, the share of the non-ACLED snippets (crime, disasters,
diplomacy, attribution: empty sub_event_type) given no event, and throughput.
Exits cleanly (status 2) when ../shared is absent; the data is never copied.

    python bench/eval_classify.py [--half tune|held|both] [--mode pipeline|unplaced|candidates|all]
                                  [--errors] [--confusion] [--limit N] [--model DIR]
"""
from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "datasets" / "case2021-task2-dev" / "dev.tsv"
sys.path.insert(0, str(ROOT / "src"))

PUBLISHED = date(2020, 6, 30)
NONE = "none"


def load(path: Path) -> list[dict]:
    csv.field_size_limit(10 ** 8)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [{"id": r["id"], "text": r["text"] or "", "label": r["label"],
             "gold": (r.get("sub_event_type") or "").strip() or NONE} for r in rows]


def half_of(row: dict) -> str:
    try:
        return "tune" if int(row["id"]) % 2 == 1 else "held"
    except ValueError:
        return "tune" if sum(map(ord, row["id"])) % 2 else "held"


def candidate_label(analysis, select: str = "priority", mentions=None) -> str:
    """The snippet's label from its sentence candidates: a second event last, strong before weak; then
    ``first``: the earliest sentence, its highest-priority candidate (a snippet leads
    with its event), or ``priority``: the highest-priority candidate of any sentence;
    after the report-level rules of ``classifier.report_candidates`` (a protest told as
    turning violent is a riot; a capture told as without a fight is a transfer; a battle told apart
    after the explosion that leads the report, or a reaction told after the violence that leads it, is a
    second event, not the snippet's, whatever the strength of its trigger)."""
    from conflictlens.events.classifier import report_candidates
    from conflictlens.events.lexicon import priority
    best, key = None, None
    mentions = analysis.mentions if mentions is None else mentions
    keep = {id(c) for c in report_candidates([m.candidate for m in mentions])}
    for m in mentions:
        c = m.candidate
        if id(c) not in keep or m.date_source == "reference":
            continue  # "claimed responsibility for the attack": a statement about an event told elsewhere
        k = (c.apart_from_lead, not c.strong, m.sent_index if select == "first" else 0, priority(c.event_type, c.sub_event_type))
        if key is None or k < key:
            best, key = c, k
    return best.sub_event_type if best else NONE


def pipeline_label(analysis) -> str:
    if not analysis.events:
        return NONE
    best = max(analysis.events, key=lambda e: e.confidence)
    return best.sub_event_type


#: reasons the episode stage drops a typed event that are about its place only
PLACE_REASONS = ("no place", "known only at country level")


def unplaced_label(analysis) -> str:
    """The pipeline's label, else the type of the event it dropped for want of a place."""
    if analysis.events:
        return pipeline_label(analysis)
    unplaced = [m for m, reason in analysis.dropped if reason in PLACE_REASONS]
    return candidate_label(analysis, mentions=unplaced) if unplaced else NONE


def no_row_reason(analysis) -> str:
    """Why the full pipeline gave a snippet no row: '' when it gave one."""
    if analysis.events:
        return ""
    if not analysis.mentions:
        return "screened out" if analysis.doc is None else "no event candidate"
    reasons = Counter(reason for _m, reason in analysis.dropped)
    return "dropped: " + (reasons.most_common(1)[0][0] if reasons else "merged or filtered")


def report_pipeline_losses(rows, idx, preds, why_none, classes) -> None:
    """Where the full pipeline loses ACLED snippets, told as it is: a snippet whose event has no
    codable place or date gets no row (events known only at country level are not recorded,
    spec §4.1), and scores as a miss. Also the type accuracy on the snippets that did get a
    row, and how the sentence typing would have scored on those lost to the episode stage."""
    acled = [i for i in idx if rows[i]["gold"] != NONE]
    with_row = [i for i in acled if not why_none[i]]
    lost = Counter(why_none[i] for i in acled if why_none[i])
    print(f"pipeline rows: {len(with_row)}/{len(acled)} ACLED snippets got a row; no row because: "
          + ", ".join(f"{k} {v}" for k, v in lost.most_common()))
    if with_row:
        s = scores([(rows[i]["gold"], preds["pipeline"][i]) for i in with_row], classes)
        acc = sum(rows[i]["gold"] == preds["pipeline"][i] for i in with_row) / len(with_row)
        print(f"  on the {len(with_row)} snippets with a row: weighted F1 {s['weighted']:.3f}, accuracy {acc:.3f}")
    dropped = [i for i in acled if why_none[i].startswith("dropped")]
    if dropped:
        right = sum(rows[i]["gold"] == preds["candidates"][i] for i in dropped)
        print(f"  of the {len(dropped)} dropped by the episode stage, the sentence typing had {right} right")


def scores(pairs: list[tuple[str, str]], classes: list[str]) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    for gold, pred in pairs:
        if gold == pred:
            tp[gold] += 1
        else:
            fp[pred] += 1
            fn[gold] += 1
    table = {}
    for c in classes:
        p = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 0.0
        r = tp[c] / (tp[c] + fn[c]) if tp[c] + fn[c] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        table[c] = (p, r, f, tp[c] + fn[c])
    support = sum(s for *_x, s in table.values())
    weighted = sum(f * s for _p, _r, f, s in table.values()) / support if support else 0.0
    present = [c for c in classes if table[c][3]]
    macro = sum(table[c][2] for c in present) / len(present) if present else 0.0
    return {"table": table, "weighted": weighted, "macro": macro, "support": support}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--half", choices=["tune", "held", "both"], default="both")
    ap.add_argument("--mode", choices=["pipeline", "unplaced", "candidates", "all"], default="all")
    ap.add_argument("--errors", action="store_true", help="print the misclassified snippets")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--model", metavar="DIR", help="a model trained with `conflictlens train`")
    ap.add_argument("--no-table", action="store_true")
    ap.add_argument("--confusion", action="store_true",
                    help="print the counts of each (gold, predicted) error pair: aggregate, no snippet text")
    ap.add_argument("--select", choices=["first", "priority"], default="priority",
                    help="candidates mode: highest priority anywhere (default) or earliest sentence first")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"eval_classify: {args.data} not found (../shared absent); nothing to measure", file=sys.stderr)
        return 2

    from conflictlens.events.lexicon import SUB_EVENT_PRIORITY
    from conflictlens.model import Report
    from conflictlens.pipeline import Pipeline, Settings

    classes = [s for subs in SUB_EVENT_PRIORITY.values() for s in subs]
    rows = load(args.data)
    halves = ["tune", "held"] if args.half == "both" else [args.half]
    rows = [r for r in rows if half_of(r) in halves]
    if args.limit:
        rows = rows[:args.limit]
    if args.model:
        from conflictlens.events.model import stages_with_model
        from conflictlens.pipeline import DEFAULT_STAGES
        pipe = Pipeline(stages_with_model(DEFAULT_STAGES), settings=Settings(model_dir=args.model))
    else:
        pipe = Pipeline()
    pipe.analyse(Report(id="warm", text="Troops clashed with rebels in Aleppo.", published=PUBLISHED))

    preds: dict[str, list] = {"pipeline": [], "unplaced": [], "candidates": []}
    why_none: list[str] = []  # pipeline mode: why a snippet got no row ("" when it got one)
    t0 = time.perf_counter()
    words = 0
    failed = []
    for r in rows:
        report = Report(id=r["id"], text=r["text"], published=PUBLISHED)
        words += len(r["text"].split())
        try:
            a = pipe.analyse(report)
            preds["pipeline"].append(pipeline_label(a))
            preds["unplaced"].append(unplaced_label(a))
            why_none.append(no_row_reason(a))
        except Exception as exc:  # noqa: BLE001 - a stage failing on one snippet counts as no event
            failed.append(f"[{r['id']}] {type(exc).__name__}: {exc}")
            preds["pipeline"].append(NONE)
            preds["unplaced"].append(NONE)
            why_none.append("pipeline error")
            a = pipe.analyse_until(Report(id=r["id"], text=r["text"], published=PUBLISHED), "mentions")
        preds["candidates"].append(candidate_label(a, args.select))
    elapsed = time.perf_counter() - t0

    if failed:
        print(f"{len(failed)} snippet(s) failed in the pipeline (counted as no event): " + "; ".join(failed[:5]))
    modes = ["pipeline", "unplaced", "candidates"] if args.mode == "all" else [args.mode]
    print(f"CASE 2021 task 2 dev: {len(rows)} snippets; split by id parity (odd = tune, even = held-out); "
          f"published = {PUBLISHED}")
    print(f"throughput: {len(rows) / elapsed:.1f} snippets/s, {words / elapsed:.0f} words/s "
          f"({elapsed:.1f} s, one process, full pipeline)")
    for mode in modes:
        for half in halves:
            idx = [i for i, r in enumerate(rows) if half_of(r) == half]
            acled = [(rows[i]["gold"], preds[mode][i]) for i in idx if rows[i]["gold"] != NONE]
            other = [preds[mode][i] for i in idx if rows[i]["gold"] == NONE]
            s = scores(acled, classes)
            no_event = sum(p == NONE for p in other) / len(other) if other else 0.0
            print(f"\n== {mode} / {half} half: {len(idx)} snippets ({len(acled)} ACLED, {len(other)} non-ACLED)")
            print(f"weighted F1 {s['weighted']:.4f}  macro F1 {s['macro']:.4f}  "
                  f"accuracy {sum(g == p for g, p in acled) / max(1, len(acled)):.3f}  "
                  f"non-ACLED given no event {no_event:.3f} ({sum(p == NONE for p in other)}/{len(other)})")
            if mode == "pipeline":
                report_pipeline_losses(rows, idx, preds, why_none, classes)
            if not args.no_table:
                print(f"{'sub_event_type':<40} {'P':>5} {'R':>5} {'F1':>5} {'n':>4}")
                for c in classes:
                    p, rc, f, n = s["table"][c]
                    print(f"{c:<40} {p:5.2f} {rc:5.2f} {f:5.2f} {n:4d}")
            if args.confusion:
                pairs = Counter((g, p) for g, p in ((rows[i]["gold"], preds[mode][i]) for i in idx) if g != p)
                print("-- confusion (gold -> predicted: count):")
                for (g, p), n in pairs.most_common():
                    print(f"  {g} -> {p}: {n}")
            if args.errors:
                print("-- errors (gold -> predicted):")
                for i in idx:
                    g, p = rows[i]["gold"], preds[mode][i]
                    if g != p:
                        print(f"[{rows[i]['id']}] {g} -> {p}: {rows[i]['text'][:300]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
