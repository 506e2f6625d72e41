#!/usr/bin/env python3
"""Can the words around a name tell a person from a thing named like one? (tried 2026-12-05, not kept)

Products, firms and suppliers named like people ("an app called <given name>", "<surname> Logistics")
are what pseudonymisation over-redacts most. This probe asks whether the multilingual embedder can
tell them apart by context alone: for every name word of the PII gold (speakers, people mentioned)
and every name-like word of the kept terms (a capitalised word of 3+ letters among the 3,000 most
popular given names or surnames somewhere), each participant sentence that holds it is embedded with
the name or term masked ("X"), and the word's contexts are averaged. A logistic regression fitted on
the other studies (corpus and blind studies, leave one study out) scores each word's probability of
being a person. Printed: area under the ROC curve, per study, and how many people would be taken for
things at the bars that recover some of the things.

Usage: .venv/bin/python eval/pii_context_probe.py   (about 2 minutes; reads only eval/corpus, eval/blind)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import numpy as np

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

from harness.study import blind_studies, corpus_studies, load_study  # noqa: E402

from assistant.core.sentences import split_sentences  # noqa: E402
from assistant.ingest.lexicon import name_lexicon  # noqa: E402
from assistant.providers.embeddings import classifier_embedder  # noqa: E402

NAME_LIKE_RANK = 3000
MAX_CONTEXTS = 8


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _mentions(word: str, term: str, sentences: list[str]) -> list[str]:
    found = []
    for sentence in sentences:
        if re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", sentence):
            masked = re.sub(r"(?<!\w)" + re.escape(term) + r"(?!\w)", "X", sentence)
            found.append(re.sub(r"(?<!\w)" + re.escape(word) + r"(?!\w)", "X", masked)[:400])
    return found[:MAX_CONTEXTS]


def collect() -> list[dict]:
    lexicon = name_lexicon()
    rows = []
    for path in [*corpus_studies(), *blind_studies()]:
        study = load_study(path)
        files = json.loads((path / "manifest.json").read_text(encoding="utf-8"))["files"]
        texts = study.participant_texts()
        for name, info in files.items():
            pii = info.get("pii") or {}
            people = [
                *pii.get("speaker_names", []),
                *pii.get("mentioned_full_names", []),
                *pii.get("mentioned_first_names", []),
            ]
            person_words = {w for p in people for w in _words(p) if len(w) >= 3 and w[0].isupper()}
            sentences = [s.text for t in texts.get(name, []) for s in split_sentences(t)]
            items = [
                (w, p, 1)
                for p in sorted(set(people), key=len, reverse=True)
                for w in _words(p)
                if w in person_words
            ]
            items += [
                (w, k, 0)
                for k in pii.get("keep", [])
                for w in _words(k)
                if w[0].isupper()
                and len(w) >= 3
                and w not in person_words
                and min(lexicon.ranks(w)) <= NAME_LIKE_RANK
            ]
            seen = set()
            for word, term, label in items:
                if (word, label) in seen:
                    continue
                seen.add((word, label))
                contexts = _mentions(word, term, sentences)
                if contexts:
                    rows.append({"study": study.id, "word": word, "label": label, "contexts": contexts})
    return rows


def main() -> int:
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    rows = collect()
    embedder = classifier_embedder()
    texts = sorted({c for r in rows for c in r["contexts"]})
    vectors = dict(zip(texts, embedder.embed_documents(texts), strict=True))
    x = np.array([np.mean([vectors[c] for c in r["contexts"]], axis=0) for r in rows])
    y = np.array([r["label"] for r in rows])
    groups = np.array([r["study"] for r in rows])
    p = np.zeros(len(rows))
    for study in sorted(set(groups)):
        train = groups != study
        model = LogisticRegression(C=1.0, max_iter=2000).fit(x[train], y[train])
        p[~train] = model.predict_proba(x[~train])[:, 1]
    print(f"person words {int(y.sum())}, name-like words of kept terms {int((y == 0).sum())}")
    print(f"held-out AUC (person vs thing): {roc_auc_score(y, p):.3f}")
    for study in sorted(set(groups)):
        here = groups == study
        if len(set(y[here])) > 1:
            print(f"  {study:24} {roc_auc_score(y[here], p[here]):.3f} ({int(here.sum())} words)")
    for bar in (0.1, 0.2, 0.3, 0.4, 0.5):
        people = int(((p < bar) & (y == 1)).sum())
        things = int(((p < bar) & (y == 0)).sum())
        print(f"  P(person) below {bar}: {things} things recovered, {people} people taken for things")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
