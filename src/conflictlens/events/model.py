"""A sub-event classifier trained on a user's own coded data (issue #4 §3).

``conflictlens train --acled FILE.csv --out DIR`` fits TF-IDF (word 1-2 grams) and a
multinomial logistic regression from ACLED ``notes`` to ``sub_event_type``. The model
is saved explicitly, without pickle: ``manifest.json`` (format, labels, their event
types, vectorizer settings, the confidence threshold, training counts),
``vocabulary.json`` and ``weights.npz`` (idf, coefficients, intercepts; plain arrays).

At extraction time (``--model DIR``, ``Settings.model_dir``) the ``model`` stage runs
after the rule coder's ``mentions`` stage: detection stays with the rules (which
sentences are events, factuality), and the model re-labels the sub-event type of a
candidate when it is at least ``threshold`` sure, noting it in the explanation.
No model is shipped: ACLED's terms forbid redistributing one trained on their data.
"""
from __future__ import annotations

import csv
import json
import sys
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

FORMAT = "conflictlens-subevent-model/1"
DEFAULT_THRESHOLD = 0.6


def read_acled_csv(path: str | Path) -> tuple[list[str], list[str], dict[str, str]]:
    """(notes, sub_event_types, sub -> event_type) from an ACLED-format CSV export."""
    csv.field_size_limit(10 ** 8)
    texts, labels, types = [], [], {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        missing = {"notes", "sub_event_type"} - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        for row in reader:
            note, sub = (row.get("notes") or "").strip(), (row.get("sub_event_type") or "").strip()
            if not note or not sub:
                continue
            texts.append(note)
            labels.append(sub)
            if row.get("event_type"):
                types.setdefault(sub, row["event_type"].strip())
    return texts, labels, types


@dataclass
class SubEventModel:
    vectorizer: object
    classifier: object
    labels: list[str]
    event_types: dict[str, str]
    threshold: float = DEFAULT_THRESHOLD
    info: dict | None = None

    # -- fitting ---------------------------------------------------------------
    @classmethod
    def fit(cls, texts: list[str], labels: list[str], event_types: dict[str, str] | None = None,
            threshold: float = DEFAULT_THRESHOLD, c: float = 10.0, max_iter: int = 300) -> "SubEventModel":
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        if len(set(labels)) < 2:
            raise ValueError("need at least two sub-event types to train")
        min_df = 2 if len(texts) >= 1000 else 1
        vec = TfidfVectorizer(**_sk(_vec_params(min_df)))
        x = vec.fit_transform(texts)
        clf = LogisticRegression(C=c, max_iter=max_iter)
        clf.fit(x, labels)
        from .lexicon import SUB_EVENT_PRIORITY
        known = {s: t for t, subs in SUB_EVENT_PRIORITY.items() for s in subs}
        types = {s: (event_types or {}).get(s) or known.get(s, "") for s in clf.classes_}
        return cls(vec, clf, [str(s) for s in clf.classes_], types, threshold,
                   {"rows": len(texts), "features": len(vec.vocabulary_), "min_df": min_df, "C": c})

    # -- prediction ------------------------------------------------------------
    def predict_proba(self, texts: list[str]):
        return self.classifier.predict_proba(self.vectorizer.transform(texts))

    def predict(self, texts: list[str]) -> list[tuple[str, float]]:
        """(sub_event_type, probability) for each text."""
        probs = self.predict_proba(texts)
        return [(self.labels[int(row.argmax())], float(row.max())) for row in probs]

    # -- explicit save / load ----------------------------------------------------
    def save(self, out_dir: str | Path) -> Path:
        import numpy as np
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        vocab = {term: int(i) for term, i in self.vectorizer.vocabulary_.items()}
        (out / "vocabulary.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
        np.savez(out / "weights.npz", idf=self.vectorizer.idf_, coef=self.classifier.coef_,
                 intercept=self.classifier.intercept_)
        manifest = {
            "format": FORMAT, "labels": self.labels, "event_types": self.event_types,
            "threshold": self.threshold, "vectorizer": _vec_params(1) | {"min_df": (self.info or {}).get("min_df", 1)},
            "training": self.info or {}, "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        (out / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
        return out

    @classmethod
    def load(cls, model_dir: str | Path) -> "SubEventModel":
        import numpy as np
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        d = Path(model_dir)
        try:
            manifest = json.loads((d / "manifest.json").read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ValueError(f"{d}: not a conflictlens model (no manifest.json)") from None
        if manifest.get("format") != FORMAT:
            raise ValueError(f"{d}: unknown model format {manifest.get('format')!r}")
        vocab = json.loads((d / "vocabulary.json").read_text(encoding="utf-8"))
        with np.load(d / "weights.npz", allow_pickle=False) as w:
            idf, coef, intercept = w["idf"], w["coef"], w["intercept"]
        params = dict(manifest["vectorizer"])
        params.pop("min_df", None)
        vec = TfidfVectorizer(vocabulary=vocab, **_sk(params))
        vec.fit(["placeholder"])  # builds the fixed vocabulary; idf is replaced below
        vec.idf_ = idf
        clf = LogisticRegression()
        clf.classes_ = np.array(manifest["labels"])
        clf.coef_, clf.intercept_ = coef, intercept
        clf.n_features_in_ = coef.shape[1]
        return cls(vec, clf, list(manifest["labels"]), dict(manifest.get("event_types", {})),
                   float(manifest.get("threshold", DEFAULT_THRESHOLD)), manifest.get("training"))


def _sk(params: dict) -> dict:
    """JSON-safe vectorizer settings -> scikit-learn arguments (lists back to tuples)."""
    return {k: tuple(v) if isinstance(v, list) else v for k, v in params.items()}


def _vec_params(min_df: int) -> dict:
    return {"lowercase": True, "ngram_range": [1, 2], "sublinear_tf": True, "min_df": min_df,
            "strip_accents": "unicode", "token_pattern": r"(?u)\b\w[\w-]*\b"}


@lru_cache(maxsize=4)
def load_model(model_dir: str) -> SubEventModel:
    return SubEventModel.load(model_dir)


def relabel(mentions, model: SubEventModel, source: str = "model") -> int:
    """Re-label the sub-event type of rule candidates the model is confident about."""
    if not mentions:
        return 0
    preds = model.predict([m.evidence.text for m in mentions])
    changed = 0
    for m, (label, p) in zip(mentions, preds):
        c = m.candidate
        if p < model.threshold or label == c.sub_event_type:
            continue
        event_type = model.event_types.get(label) or ""
        if not event_type:
            continue
        c.explanation += f"; re-labelled {c.sub_event_type} -> {label} by the trained model {source} (p={p:.2f})"
        c.event_type, c.sub_event_type = event_type, label
        changed += 1
    return changed


def _model_stage(a, p) -> None:
    model_dir = getattr(p.settings, "model_dir", None)
    if model_dir and a.mentions:
        relabel(a.mentions, load_model(str(model_dir)), Path(model_dir).name)


def register() -> None:
    """Make the ``model`` stage known to pipeline configurations."""
    from ..pipeline import register_stage
    register_stage("model")(_model_stage)


def stages_with_model(stages) -> tuple[str, ...]:
    """The stage names with ``model`` right after ``mentions``."""
    register()
    stages = [s for s in stages if s != "model"]
    if "mentions" not in stages:
        return tuple(stages)
    at = stages.index("mentions") + 1 if "mentions" in stages else len(stages)
    return tuple(stages[:at] + ["model"] + stages[at:])


def main_train(acled: str, out: str, threshold: float = DEFAULT_THRESHOLD, c: float = 10.0) -> dict:
    t0 = time.perf_counter()
    texts, labels, types = read_acled_csv(acled)
    if not texts:
        raise ValueError(f"{acled}: no rows with both notes and sub_event_type")
    model = SubEventModel.fit(texts, labels, types, threshold=threshold, c=c)
    model.info["seconds"] = round(time.perf_counter() - t0, 1)
    model.info["source_file"] = Path(acled).name
    model.save(out)
    print(f"trained on {len(texts)} rows, {len(model.labels)} sub-event types, "
          f"{model.info['features']} features in {model.info['seconds']} s -> {out}", file=sys.stderr)
    return model.info
