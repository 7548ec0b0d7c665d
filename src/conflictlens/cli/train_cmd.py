"""``conflictlens train``: fit a sub-event classifier on an ACLED-format export."""
from __future__ import annotations

import sys


def add_parser(sub) -> None:
    p = sub.add_parser(
        "train", help="train a sub-event classifier on your own ACLED-format data",
        description="Fit TF-IDF + logistic regression from the `notes` to the `sub_event_type` of an "
                    "ACLED-format CSV (columns notes, event_type, sub_event_type) and save it to DIR "
                    "(manifest.json, vocabulary.json, weights.npz; no pickle). Use it with "
                    "`conflictlens extract --model DIR`: the rules still decide which sentences are events, "
                    "the model re-labels their sub-event type when it is confident.")
    p.add_argument("--acled", required=True, metavar="FILE.csv", help="ACLED-format CSV export")
    p.add_argument("--out", required=True, metavar="DIR", help="directory to write the model to")
    p.add_argument("--threshold", type=float, default=0.6,
                   help="re-label a rule candidate only when the model is at least this sure (default 0.6)")
    p.add_argument("--C", dest="c", type=float, default=10.0, help="inverse regularisation strength (default 10)")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..events.model import main_train
    try:
        main_train(args.acled, args.out, threshold=args.threshold, c=args.c)
    except (OSError, ValueError) as exc:
        print(f"conflictlens: error: {exc}", file=sys.stderr)
        return 1
    return 0
