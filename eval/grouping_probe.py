#!/usr/bin/env python3
"""How the grouping's representation of a participant decides persona ARI, with non-targets set aside.

Each study's participants are represented as the product represents them (`personas/profiles.py`,
`grouping.py`, `synthesis.py`) or in one of the variants below, the designed non-targets are left out
(so only the representation and the clustering are judged, not the disqualifier), and the rest are
clustered into round(n / typical size) groups, a group of one left unassigned as the product does.
Printed per variant: mean and worst ARI against the designed personas, and each study's.

* ``shipped``: situation and decision findings (centred), buying-position signals, job titles (0.5),
  the words of the participant's quotes (`personas/wording.py`, ``synthesis.WORDS_WEIGHT``);
* ``words-W``: the same with the words at weight W (0 is the grouping before the words block);
* ``no-titles``: without the job-title block (nor words);
* ``learned-titles``: titles the learned reader reads where the grammar patterns read none;
* ``all-categories``: every category's findings instead of situation and decision;
* ``average-linkage``: the shipped vectors, average linkage on cosine distance instead of Ward;
* ``set-similarity``: average linkage on how well each one's findings match the other's (mean of
  best matches, both ways);
* ``titles-only``: the job-title block alone;
* ``wccn`` / ``lda-N``: the shipped vectors through a metric fitted on the *other* studies' designed
  personas (within-persona covariance whitened; or the N most discriminant directions);
* ``designed-k``: the shipped vectors with the designed number of personas (is k the problem?);
* ``consensus-G``: consensus clustering (evidence accumulation): Ward on the vectors of every
  combination of weights in grid G (signal weight times 0.5, 1, 2; title weight; words weight), how
  often each two participants share a group, then average linkage on that (docs/evaluation.md,
  "Where the evidence fails, and consensus over nearby weights"; the grids are around the weights
  shipped before the forty-sixth session, words 0.35).

``--blind`` runs the same on the eighteen blind studies the words weight was chosen on
(``WEIGHT_CHOSEN_ON``; after `eval/run.py --no-loso --sections extraction,personas eval/blind/*/`),
``--all`` on the corpus and those eighteen together, and two or more study folders named on the
command line on those alone. Each run
ends with two choices made leave-one-study-out among the studies it ran (for each study, the candidate
with the best mean ARI on the others, the shipped one on a tie), scored on the study left out: the
words weight, and the grouping with or without consensus.

The numbers (signal weight, typical size, title reader) are the shipped ones, fitted on the corpus,
so this compares representations; it is not a held-out figure for any of them.

Run after `eval/run.py --sections extraction,personas` (it reads the held-out findings that run left
in eval/.work/<study>). Usage: .venv/bin/python eval/grouping_probe.py [--blind | --all | STUDY_FOLDER ...]
"""

from __future__ import annotations

import statistics
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

from harness.personas_fit import _profiles  # noqa: E402
from harness.study import blind_studies, corpus_studies, load_study  # noqa: E402
from harness.workspaces import shared_embedder  # noqa: E402
from title_probe import study_workspace  # noqa: E402

import assistant.personas.synthesis as synthesis  # noqa: E402
from assistant.personas.grouping import shipped_model, ward_groups, with_signals  # noqa: E402
from assistant.personas.profiles import profile_vectors  # noqa: E402
from assistant.personas.wording import with_words  # noqa: E402

ALL_CATEGORIES = ("situation", "decision", "pain", "impact", "trigger", "critical_event", "channel")
WORDS_GRID = (0.0, 0.35, 0.5, 0.7, 1.0, 1.4, 2.0, 2.8, 4.0, 8.0)
CONSENSUS_GRIDS = {
    "3x3x3": ((0.5, 1.0, 2.0), (0.25, 0.5, 1.0), (0.25, 0.35, 0.5)),
    "2x2x2": ((0.5, 2.0), (0.25, 1.0), (0.25, 0.5)),
    "wide": ((0.0, 1.0, 2.0), (0.0, 0.5, 1.0), (0.0, 0.35, 0.7)),
    "narrow": ((0.75, 1.0, 1.5), (0.35, 0.5, 0.7), (0.3, 0.35, 0.4)),
    "titles-words": ((1.0,), (0.25, 0.5, 1.0), (0.25, 0.35, 0.5)),
}
"""Per grid: factors of the shipped signal weight, title weights, words weights."""
WEIGHT_CHOSEN_ON = frozenset(
    "budget-app-en buhuchet-ru bygg-sv cabinete-ro diabete-fr elaiones-el eventos-es-mx hagwon-ko "
    "hausverwaltung-de kirana-hinglish knihovny-cs kotihoito-fi kouba-ja madaris-ar minsu-zh "
    "oncall-saas-en quancafe-vi toko-online-id".split()
)
"""The blind studies ``--blind`` and ``--all`` read: the eighteen on which, with the corpus, the words
weight was chosen (2026-12-07). Blind studies written since are scored by naming their folders."""
SIGNAL_COLUMNS = 10
"""Width of the buying-position block (`grouping.SIGNAL_FEATURES` / 2), zeros where a study has none."""


def _unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.maximum(np.linalg.norm(rows, axis=-1, keepdims=True), 1e-9)


def held_out_profiles(study: Any) -> tuple[list[Any], list[str], list[int]] | None:
    """A study's profiles from the held-out findings ``eval/run.py`` left in its workspace, their
    designed personas, and the indexes of the participants outside the negative personas; None (after
    saying what to run) when fewer than four profiles are there."""
    profiles, gold = _profiles(study, study_workspace(study.id))
    if len(profiles) < 4:
        print(f"{study.id}: {len(profiles)} profiles (run eval/run.py --sections extraction,personas first)")
        return None
    negatives = study.negative_personas()
    return profiles, gold, [i for i, g in enumerate(gold) if g not in negatives]


def _ari(truth: list[str], labels: list[int]) -> float:
    from sklearn.metrics import adjusted_rand_score

    counts = Counter(labels)
    guess = [label if counts[label] > 1 else 1000 + i for i, label in enumerate(labels)]
    return float(adjusted_rand_score(truth, guess))


def _linkage(distances: np.ndarray, k: int) -> list[int]:
    from sklearn.cluster import AgglomerativeClustering

    model = AgglomerativeClustering(n_clusters=k, metric="precomputed", linkage="average")
    return [int(x) for x in model.fit_predict(distances)]


def _print_choice(title: str, results: dict[str, dict[str, float]], candidates: list[str]) -> None:
    """For each study, the candidate with the best mean ARI on the other studies (the shipped grouping
    on a tie), and that candidate's ARI on the study: what choosing among them gives held out."""
    shipped = results["shipped"]
    held = {}
    for study in shipped:
        chosen = max(
            candidates,
            key=lambda c: (
                statistics.mean(v for s, v in results[c].items() if s != study),
                c in ("shipped", f"words-{synthesis.WORDS_WEIGHT}"),
            ),
        )
        held[study] = (chosen, results[chosen][study])
    values = [v for _c, v in held.values()]
    print(
        f"{title:22} mean {statistics.mean(values):.3f} worst {min(values):+.2f}  "
        + " ".join(f"{study[:8]}={c.split('-', 1)[-1]}:{v:.2f}" for study, (c, v) in held.items())
    )


def _consensus(
    base: np.ndarray,
    profiles: list[Any],
    said: list[Any],
    embedder: Any,
    model: Any,
    rest: list[int],
    k: int,
    grid: Any,
) -> list[int]:
    """Average linkage on how often two participants share a Ward group over the grid's weightings
    (``base``: the participants' profile vectors before signals, titles and words)."""
    together = np.zeros((len(rest), len(rest)))
    runs = 0
    for factor in grid[0]:
        signals = with_signals(base, profiles, embedder, factor * model.signal_weight)
        for title_weight in grid[1]:
            titled = synthesis._with_occupations(signals, said, profiles, embedder, title_weight)
            for words_weight in grid[2]:
                labels = np.asarray(ward_groups(with_words(titled, profiles, words_weight)[rest], k))
                together += labels[:, None] == labels[None, :]
                runs += 1
    return _linkage(1 - together / runs, k)


def _set_similarity(profiles: list[Any], embedder: Any) -> np.ndarray:
    vectors = []
    for profile in profiles:
        texts = [f.statement for f in profile.of(("situation", "decision"))] or [
            f.statement for f in profile.findings
        ]
        vectors.append(embedder.embed_documents(texts).astype(np.float64))
    centre = np.vstack(vectors).mean(axis=0)
    vectors = [_unit(v - centre) for v in vectors]
    similarity = np.eye(len(profiles))
    for i in range(len(profiles)):
        for j in range(len(profiles)):
            if i != j:
                pair = vectors[i] @ vectors[j].T
                similarity[i, j] = (pair.max(axis=1).mean() + pair.max(axis=0).mean()) / 2
    return similarity


def _full_width(vectors: np.ndarray, dimension: int) -> np.ndarray:
    """Vectors before the words block padded to one width: situation and decision, the signals block
    (absent at a signal weight of 0), the job-title block (absent where fewer than two named one)."""
    findings, rest = vectors[:, : 2 * dimension], vectors[:, 2 * dimension :]
    assert rest.shape[1] in (0, SIGNAL_COLUMNS, dimension, SIGNAL_COLUMNS + dimension), rest.shape
    signals = (
        rest[:, :SIGNAL_COLUMNS] if rest.shape[1] in (SIGNAL_COLUMNS, SIGNAL_COLUMNS + dimension) else None
    )
    titles = rest[:, -dimension:] if rest.shape[1] in (dimension, SIGNAL_COLUMNS + dimension) else None
    blank = np.zeros((len(vectors), SIGNAL_COLUMNS))
    return np.hstack(
        [
            findings,
            blank if signals is None else signals,
            np.zeros((len(vectors), dimension)) if titles is None else titles,
        ]
    ).astype(np.float64)


def _metric(training: list[tuple[np.ndarray, list[str]]], kind: str, dims: int) -> np.ndarray:
    """A projection fitted on other studies' designed personas (rows centred on their study)."""
    import scipy.linalg

    rows = np.vstack([x - x.mean(axis=0) for x, _g in training])
    labels = [f"{n}:{g}" for n, (_x, gold) in enumerate(training) for g in gold]
    within = np.zeros((rows.shape[1], rows.shape[1]))
    between = np.zeros_like(within)
    for label in sorted(set(labels)):
        members = rows[[i for i, x in enumerate(labels) if x == label]]
        mean = members.mean(axis=0)
        within += (members - mean).T @ (members - mean)
        between += len(members) * np.outer(mean, mean)
    within /= len(rows)
    between /= len(rows)
    ridge = np.trace(within) / len(within)
    if kind == "wccn":
        values, vectors = np.linalg.eigh(within)
        return vectors @ np.diag(1.0 / np.sqrt(values + ridge)) @ vectors.T
    values, vectors = scipy.linalg.eigh(between, within + ridge * np.eye(len(within)))
    return vectors[:, np.argsort(values)[::-1][:dims]]


def main() -> int:
    embedder = shared_embedder()
    model = shipped_model()
    arguments = sys.argv[1:]
    unknown = [a for a in arguments if a.startswith("-") and a not in ("--blind", "--all")]
    named = [Path(a) for a in arguments if not a.startswith("-")]
    if unknown or (named and len(named) != len(arguments)):
        print("usage: eval/grouping_probe.py [--blind | --all | STUDY_FOLDER ...]", file=sys.stderr)
        return 2
    chosen_on = [f for f in blind_studies() if f.name in WEIGHT_CHOSEN_ON]
    folders = (
        named
        if named
        else [*corpus_studies(), *chosen_on]
        if "--all" in arguments
        else chosen_on
        if "--blind" in arguments
        else corpus_studies()
    )
    if len(folders) < 2:
        print("eval/grouping_probe.py: name two or more study folders", file=sys.stderr)
        return 2
    studies = [load_study(folder) for folder in folders]
    prepared: dict[str, tuple[list[Any], list[str], list[int]]] = {}
    shipped: dict[str, np.ndarray] = {}
    results: dict[str, dict[str, float]] = {}

    def record(name: str, study: str, value: float) -> None:
        results.setdefault(name, {})[study] = value

    for study in studies:
        found = held_out_profiles(study)
        if found is None:
            return 1
        profiles, gold, rest = found
        prepared[study.id] = (profiles, gold, rest)
        said = [synthesis._grouping_title(p) for p in profiles]
        learned = [
            t or synthesis._learned_title(p, embedder, model.titles)
            for t, p in zip(said, profiles, strict=True)
        ]
        base = profile_vectors(profiles, embedder)
        signals = with_signals(base, profiles, embedder, model.signal_weight)
        k = int(np.clip(round(len(rest) / model.typical_size), 2, 6))
        truth = [gold[i] for i in rest]
        titled = synthesis._with_occupations(signals, said, profiles, embedder, synthesis.OCCUPATION_WEIGHT)
        variants: dict[str, np.ndarray] = {
            "shipped": with_words(titled, profiles, synthesis.WORDS_WEIGHT),
            **{f"words-{w}": with_words(titled, profiles, w) for w in WORDS_GRID},
            "no-titles": signals,
            "learned-titles": synthesis._with_occupations(
                signals, learned, profiles, embedder, synthesis.OCCUPATION_WEIGHT
            ),
            "all-categories": synthesis._with_occupations(
                with_signals(
                    profile_vectors(profiles, embedder, ALL_CATEGORIES),
                    profiles,
                    embedder,
                    model.signal_weight,
                ),
                said,
                profiles,
                embedder,
                synthesis.OCCUPATION_WEIGHT,
            ),
            "titles-only": synthesis._with_occupations(
                np.zeros((len(profiles), 1)), said, profiles, embedder, 1.0
            ),
        }
        for name, vectors in variants.items():
            record(name, study.id, _ari(truth, ward_groups(vectors[rest], k)))
        chosen = variants["shipped"][rest]
        record("average-linkage", study.id, _ari(truth, _linkage(1 - chosen @ chosen.T, k)))
        similarity = _set_similarity([profiles[i] for i in rest], embedder)
        record("set-similarity", study.id, _ari(truth, _linkage(1 - similarity, k)))
        record("designed-k", study.id, _ari(truth, ward_groups(chosen, len(set(truth)))))
        for grid_name, grid in CONSENSUS_GRIDS.items():
            record(
                f"consensus-{grid_name}",
                study.id,
                _ari(truth, _consensus(base, profiles, said, embedder, model, rest, k, grid)),
            )
        shipped[study.id] = _full_width(titled, embedder.dimension)  # (metrics: before the words block)

    metrics: dict[str, Callable[[list[tuple[np.ndarray, list[str]]]], np.ndarray]] = {
        "wccn": lambda t: _metric(t, "wccn", 0),
        "lda-8": lambda t: _metric(t, "lda", 8),
        "lda-16": lambda t: _metric(t, "lda", 16),
    }
    for name, fit in metrics.items():
        for study in studies:
            profiles, gold, rest = prepared[study.id]
            training = [
                (shipped[other][prepared[other][2]], [prepared[other][1][i] for i in prepared[other][2]])
                for other in prepared
                if other != study.id
            ]
            rows = shipped[study.id][rest]
            projected = _unit((rows - rows.mean(axis=0)) @ fit(training))
            k = int(np.clip(round(len(rest) / model.typical_size), 2, 6))
            record(name, study.id, _ari([gold[i] for i in rest], ward_groups(projected, k)))

    for name, per_study in results.items():
        values = list(per_study.values())
        cells = " ".join(f"{study[:8]}={value:.2f}" for study, value in per_study.items())
        print(f"{name:22} mean {statistics.mean(values):.3f} worst {min(values):+.2f}  {cells}")
    _print_choice("words weight chosen LOSO", results, [f"words-{w}" for w in WORDS_GRID])
    _print_choice(
        "consensus chosen LOSO", results, ["shipped"] + [f"consensus-{grid}" for grid in CONSENSUS_GRIDS]
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
