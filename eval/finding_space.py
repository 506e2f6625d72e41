#!/usr/bin/env python3
"""How well a cosine tells "the same point" from "another point" on gold quotes, raw and in the
persona evidence's finding space (``FindingSpace``), each study scored with a space fitted on the
others.

Pairs: gold findings of one category, of different files (members) of one designed persona, labelled
same when their gold findings share a human-judged theme (``eval/themes``). For each study the
within-theme covariance is fitted on the other studies' gold quotes, with a grid of shrinks (times
the mean eigenvalue) and numbers of directions kept; the study's quotes are centred on their own mean
(or on their designed persona's mean) before the space is applied. Prints average precision and area
under the ROC curve, mean and worst study.

    .venv/bin/python eval/finding_space.py        # a few seconds once the corpus quotes are embedded

With ``--offline-pairs``: the sameness test's own pairs (offline findings of the shipped classifier
that are gold findings, ``sameness_rows``), every part held out: for each study the space and the
logistic weights are fitted on the others, and its pairs are scored with the features on plain
cosines, in the space, and both side by side (about 5 minutes).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

from harness import personas_fit  # noqa: E402
from harness.study import Study, corpus_studies, load_study  # noqa: E402
from harness.workspaces import shared_embedder  # noqa: E402


def _pairs(study: Study) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[int], np.ndarray]:
    """Pairs (a, b), whether each is one theme, the gold lines and each line's designed persona."""
    theme_of = study.theme_of()
    lines = sorted(theme_of)
    gold_of = study.assignment()
    files = np.asarray([study.gold[i]["file"] for i in lines])
    categories = np.asarray([study.gold[i]["category"] for i in lines])
    personas = np.asarray([gold_of.get(study.gold[i]["file"], "?") for i in lines])
    themes = np.asarray([theme_of[i] for i in lines])
    a, b = np.triu_indices(len(lines), 1)
    keep = (files[a] != files[b]) & (categories[a] == categories[b]) & (personas[a] == personas[b])
    return a[keep], b[keep], themes[a[keep]] == themes[b[keep]], lines, personas


def offline_pairs(studies: list[Study]) -> None:
    """Pair-level average precision of the sameness test, every part held out (see the docstring)."""
    from harness.workspaces import extract_offline, import_studies
    from sklearn.metrics import average_precision_score, roc_auc_score

    from assistant.extract.offline import OfflineExtractor

    embedder = shared_embedder()
    extractor = OfflineExtractor(embedder)
    prepared = []
    for study in studies:
        sw = import_studies(f"personas-{study.id}", [study], index=False)
        extract_offline(sw, extractor)
        prepared.append((study, sw))
    scores: dict[str, list[tuple[float, float]]] = {"plain cosines": [], "finding space": [], "both": []}
    for study, sw in prepared:
        training = [(s, w) for s, w in prepared if s.id != study.id]
        space = personas_fit.fit_finding_space([s for s, _w in training], embedder)

        def rows(s: Study, w, which: str, space=space):  # noqa: ANN001, ANN202
            plain, labels = personas_fit.sameness_rows(s, w, embedder, None)
            spaced, _same = personas_fit.sameness_rows(s, w, embedder, space)
            if which == "plain cosines":
                return plain, labels
            if which == "finding space":
                return spaced, labels
            return (np.hstack([spaced, plain[:, :4]]) if len(labels) else plain), labels

        for which, results in scores.items():
            parts = [rows(s, w, which) for s, w in training]
            parts = [(x, y) for x, y in parts if len(y)]
            mean, scale, coef, intercept = personas_fit._fit_logistic(
                np.vstack([x for x, _y in parts]), np.concatenate([y for _x, y in parts])
            )
            x, y = rows(study, sw, which)
            if not len(y) or not y.any():
                continue
            probability = 1.0 / (1.0 + np.exp(-(((x - mean) / scale) @ coef + intercept)))
            results.append((roc_auc_score(y, probability), average_precision_score(y, probability)))
    for which, results in scores.items():
        values = np.asarray(results)
        print(
            f"{which:16s} AUC {values[:, 0].mean():.3f}  AP {values[:, 1].mean():.3f} "
            f"(worst study {values[:, 1].min():.3f}, {len(values)} studies)"
        )


def main(argv: list[str] | None = None) -> int:
    from sklearn.metrics import average_precision_score, roc_auc_score

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("studies", nargs="*", type=Path)
    parser.add_argument("--offline-pairs", action="store_true", help="the sameness test's pairs, held out")
    args = parser.parse_args(argv)
    studies = [s for s in (load_study(f) for f in (args.studies or corpus_studies())) if s.theme_of()]
    if args.offline_pairs:
        offline_pairs(studies)
        return 0
    embedder = shared_embedder()
    data = {}
    for study in studies:
        a, b, same, lines, personas = _pairs(study)
        vectors = np.asarray(
            embedder.embed_documents([study.gold[i]["quote"] for i in lines]), dtype=np.float64
        )
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        data[study.id] = (a, b, same, vectors, personas)

    def score(name: str, transform) -> None:  # noqa: ANN001 - (held-out id, vectors, personas) -> vectors
        aps, aucs = [], []
        for held, (a, b, same, vectors, personas) in data.items():
            x = transform(held, vectors, personas)
            x = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
            cosine = np.einsum("ij,ij->i", x[a], x[b])
            aps.append(average_precision_score(same, cosine))
            aucs.append(roc_auc_score(same, cosine))
        print(
            f"{name:38s} AP {np.mean(aps):.3f} (worst {min(aps):.3f})  AUC {np.mean(aucs):.3f} (worst {min(aucs):.3f})"
        )

    score("raw cosine", lambda _h, v, _p: v)
    score("centred on the study", lambda _h, v, _p: v - v.mean(axis=0))
    shipped = (personas_fit.SPACE_SHRINK, personas_fit.SPACE_DIRECTIONS)
    spaces = {}
    try:
        for shrink in (1.0, 3.0, 10.0):
            for directions in (8, 16, 64):
                personas_fit.SPACE_SHRINK, personas_fit.SPACE_DIRECTIONS = shrink, directions
                for held in data:
                    spaces[held, shrink, directions] = personas_fit.fit_finding_space(
                        [s for s in studies if s.id != held], embedder
                    )
    finally:
        personas_fit.SPACE_SHRINK, personas_fit.SPACE_DIRECTIONS = shipped
    for shrink in (1.0, 3.0, 10.0):
        for directions in (8, 16, 64):
            mark = " (shipped)" if (shrink, directions) == shipped else ""
            score(
                f"space, shrink {shrink:g}, {directions} directions{mark}",
                lambda h, v, _p, s=shrink, d=directions: spaces[h, s, d].apply(v, v.mean(axis=0)),
            )

    def by_persona(held: str, vectors: np.ndarray, personas: np.ndarray) -> np.ndarray:
        out = np.empty_like(vectors)
        for persona in set(personas):
            rows = personas == persona
            out[rows] = spaces[(held, *shipped)].apply(vectors[rows], vectors[rows].mean(axis=0))
        return out

    score("shipped space, centred on each persona", by_persona)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
