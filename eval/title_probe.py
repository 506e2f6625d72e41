#!/usr/bin/env python3
"""Held-out check of the job-title readers, with every language treated as one the code never saw.

Job titles come from grammar patterns of seven languages (`personas/occupations.py`); in any other
language `personas/titles.py` reads them with a model fitted on what the patterns read. To measure
that reader on languages it never saw, every participant of every study is read by a title model
fitted without their study and without their language, and the corpus is grouped with those titles in
place of the patterns' (each study with grouping numbers fitted on the other studies, as
`eval/run.py` does). Printed first: participants whose title as shipped names their designed
role (the label measure's test, per participant). Then per variant: persona labels that name the
designed role, persona ARI (mean and worst study):

* ``patterns``: the grammar patterns alone (the reader before 2026-12-02, fourteenth session); here
  and in ``shipped`` the labels read introductions (situation and decision quotes) and the grouping
  weighs the patterns' titles read in any quote, as shipped since the thirtieth session;
* ``shipped``: the patterns, then the learned reader fitted on the other studies where they read
  nothing (what `eval/run.py` measures);
* ``none``: no title at all (what a language outside the seven got before the learned reader);
* ``learned@BAR``: the learned reader alone, titles below BAR not read (grouping and labels);
* ``labels@BAR``: the learned reader for labels only, grouping on the patterns' titles;
* ``fallback@BAR``: the patterns, and the learned reader where they read nothing (what the seven
  languages would get if the learned reader were used there too; it is not);
* ``checked@BAR`` / ``checked-labels@BAR``: the patterns' title kept when the learned reader scores
  it at least BAR in the clauses that hold it (or none holds it), else the learned reader's own best
  span (bar 0.1); for grouping and labels, or for labels only (tried on 2026-12-04, not kept);
* ``nested``: for each study the bar that groups the *other* studies best, then that study's ARI.

Run after `eval/run.py --sections extraction,personas` (it reads the held-out findings that run left
in eval/.work/<study>). Usage: .venv/bin/python eval/title_probe.py [--show]
"""

from __future__ import annotations

import argparse
import pickle
import re
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Any

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

from harness import measures, title_fit  # noqa: E402
from harness.personas_fit import fit_grouping_model  # noqa: E402
from harness.study import corpus_studies, load_study  # noqa: E402
from harness.title_fit import fit_title_model  # noqa: E402
from harness.workspaces import WORK_DIR, StudyWorkspace, shared_embedder  # noqa: E402

import assistant.personas.synthesis as synthesis  # noqa: E402
from assistant.core.words import base_language  # noqa: E402
from assistant.core.workspace import Workspace  # noqa: E402
from assistant.personas.occupations import PATTERN_LANGUAGES  # noqa: E402
from assistant.personas.profiles import build_profiles, load_findings_by_interview  # noqa: E402
from assistant.personas.titles import (  # noqa: E402
    MASK,
    TITLE_BAR,
    _intro_query,
    _probability,
    clause_features,
    clauses_of,
    dictionary_form,
    read_title,
    span_features,
)

BARS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
CHECK_BARS = (0.02, 0.05, 0.1, 0.2)
CACHE = Path("/tmp/title_probe")
SHIPPED = synthesis._occupation


def title_probability(
    findings: Any, language: str | None, embedder: Any, model: Any, title: str
) -> float | None:
    """How much ``title`` (words a grammar pattern read as the participant's job) reads like a job
    title to the learned reader: its best clause probability times span probability over the
    participant's clauses that hold it, or None when none of them does (or the model is another
    embedder's)."""
    if len(model.clause_coef) != embedder.dimension + 2:
        return None
    wanted = re.compile(r"(?<!\w)" + re.escape(title) + r"(?!\w)", re.IGNORECASE)
    clauses = clauses_of(findings)
    holding = [(i, clause, match) for i, clause in enumerate(clauses) if (match := wanted.search(clause))]
    if not holding:
        return None
    query = _intro_query(embedder)
    scores = _probability(
        clause_features(embedder.embed_documents(clauses), query), model.clause_coef, model.clause_intercept
    )[[i for i, _c, _m in holding]]
    holding_pairs = [(clause, m) for _i, clause, m in holding]
    pairs = [(m.group(0), clause[: m.start()] + MASK + clause[m.end() :]) for clause, m in holding_pairs]
    vectors = embedder.embed_documents([text for pair in pairs for text in pair])
    rows = span_features(vectors[0::2], vectors[1::2], [len(span.split()) for span, _m in pairs])
    return float((_probability(rows, model.span_coef, model.span_intercept) * scores).max())


def participant_titles(
    studies: list[Any], workspaces: dict[str, StudyWorkspace], profiles: dict[str, list[Any]], read: dict
) -> str:
    """Participants of designed (not negative) personas whose title, as shipped (the patterns, then the
    held-out learned reader at its bar), shares a word with their designed persona's typical titles
    or name (the label measure's test, per participant): right, and read at all; and how the learned
    reader's titles fare where the patterns read none, in the patterns' languages and outside them."""
    right = named = total = 0
    guessed: Counter[tuple[bool, bool]] = Counter()
    for study in studies:
        gold = study.assignment()
        designed = {p["id"]: p for p in study.personas.get("personas", [])}
        for profile in profiles[study.id]:
            key = workspaces[study.id].file_of.get(profile.interview_id, "")
            target = designed.get(gold.get(key.split("/", 1)[-1], ""))
            if target is None or target.get("negative"):
                continue
            title, probability = read.get((study.id, profile.interview_id), (None, 0.0))
            said = SHIPPED(profile)
            title = said or (
                dictionary_form(title, profile.language) if title and probability >= TITLE_BAR else None
            )
            words = measures._title_tokens(
                " ".join(target.get("typical_titles", [])) + " " + target.get("name", "")
            )
            total += 1
            named += title is not None
            good = bool(title and measures._title_tokens(title) & words)
            right += good
            if title and not said:
                guessed[base_language(profile.language) in PATTERN_LANGUAGES, good] += 1
    return (
        f"participants whose title (shipped reader) names their designed role: {right} of {total}"
        f" ({named} read); the learned reader's where the patterns read none: in their languages"
        f" {guessed[True, True]} right, {guessed[True, False]} wrong; outside them {guessed[False, True]}"
        f" right, {guessed[False, False]} wrong"
    )


def study_workspace(study_id: str) -> StudyWorkspace:
    workspace = Workspace(WORK_DIR / study_id)
    file_of = {}
    for interview_id in workspace.interview_ids():
        transcript = workspace.load_transcript(interview_id)
        file_of[interview_id] = f"{study_id}/{Path(transcript.interview.source_file).name}"
    return StudyWorkspace(workspace=workspace, file_of=file_of, failures=[])


def cached(name: str, make: Any) -> Any:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{name}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    value = make()
    path.write_bytes(pickle.dumps(value))
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print every label and every title read")
    parser.add_argument("--c", type=float, default=title_fit.C, help="regularisation of the title models")
    args = parser.parse_args(argv)
    title_fit.C = args.c
    embedder = shared_embedder()
    studies = [load_study(folder) for folder in corpus_studies()]
    workspaces = {s.id: study_workspace(s.id) for s in studies}
    profiles = {
        s.id: build_profiles(
            workspaces[s.id].workspace, load_findings_by_interview(workspaces[s.id].workspace)
        )
        for s in studies
    }
    models = {
        s.id: cached(
            f"grouping-{s.id}",
            lambda s=s: fit_grouping_model(
                [(o, workspaces[o.id]) for o in studies if o.id != s.id], embedder
            ),
        )
        for s in studies
    }
    # every participant read by a title model that saw neither their study nor their language
    read: dict[tuple[str, str], tuple[str | None, float]] = {}
    checked: dict[tuple[str, str], float | None] = {}
    silver_total = silver_same = 0
    for study in studies:
        for language in sorted({base_language(p.language) for p in profiles[study.id]}):
            training = [
                p
                for o in studies
                if o.id != study.id
                for p in profiles[o.id]
                if base_language(p.language) != language
            ]
            model = cached(
                f"titles-{args.c}-{study.id}-{language}", lambda t=training: fit_title_model(t, embedder)
            )
            model.bar = 0.0
            for p in profiles[study.id]:
                if base_language(p.language) == language:
                    read[study.id, p.interview_id] = read_title(p.findings, p.language, embedder, model)
                    silver = SHIPPED(p)
                    if silver:
                        checked[study.id, p.interview_id] = title_probability(
                            p.findings, p.language, embedder, model, silver
                        )
                    if silver:
                        silver_total += 1
                        found = (read[study.id, p.interview_id][0] or "").lower().split()
                        silver_same += bool(set(found) & set(silver.lower().split()))
                    if args.show:
                        print(
                            f"{study.id:22} {language} patterns={silver!r:36}"
                            f" ({checked.get((study.id, p.interview_id))}) learned={read[study.id, p.interview_id]}"
                        )
    print(f"learned titles sharing a word with the patterns' title: {silver_same} of {silver_total}")
    print(participant_titles(studies, workspaces, profiles, read))

    def learned(bar: float) -> Any:
        def reader(profile: Any, embedder: Any = None, titles: Any = None) -> str | None:
            title, probability = read.get((profile.study, profile.interview_id), (None, 0.0))
            return dictionary_form(title, profile.language) if title and probability >= bar else None

        return reader

    readers: dict[str, tuple[Any, bool]] = {
        # the grouping weighs the patterns' titles read anywhere (``_grouping_title``) in both
        "patterns": (lambda profile, *a, **k: SHIPPED(profile), True),
        "shipped": (SHIPPED, True),
        "none": (lambda *a, **k: None, False),
    }

    def fallback(bar: float) -> Any:
        def reader(profile: Any, embedder: Any = None, titles: Any = None) -> str | None:
            return SHIPPED(profile) or learned(bar)(profile)

        return reader

    def checked_reader(bar: float) -> Any:
        def reader(profile: Any, embedder: Any = None, titles: Any = None) -> str | None:
            said = SHIPPED(profile)
            probability = checked.get((profile.study, profile.interview_id))
            if said and (probability is None or probability >= bar):
                return said
            return learned(TITLE_BAR)(profile)

        return reader

    for bar in CHECK_BARS:
        readers[f"checked@{bar}"] = (checked_reader(bar), False)
        readers[f"checked-labels@{bar}"] = (checked_reader(bar), True)
    for bar in BARS:
        readers[f"learned@{bar}"] = (learned(bar), False)
        readers[f"fallback@{bar}"] = (fallback(bar), False)
        readers[f"labels@{bar}"] = (learned(bar), True)
    shipped_grouping = synthesis._grouping_title

    ari: dict[str, dict[str, float]] = {}
    for variant, (reader, labels_only) in readers.items():
        synthesis._occupation = reader
        synthesis._grouping_title = shipped_grouping if labels_only else reader
        titled = judged = 0
        for study in studies:
            sw = workspaces[study.id]
            persona_set = synthesis.synthesize_from_findings(
                load_findings_by_interview(sw.workspace),
                workspace=sw.workspace,
                engine="offline",
                grouping_model=models[study.id],
            )
            row = measures.score_personas(study, sw, persona_set)
            ari.setdefault(variant, {})[study.id] = row["ari"]
            titled += row["label_title_match"]
            judged += row["labels_judged"]
            if args.show:
                print(f"  {variant} {study.id}: {row['labels']}")
        synthesis._occupation = SHIPPED
        synthesis._grouping_title = shipped_grouping
        scores = ari[variant]
        worst = min(scores, key=scores.__getitem__)
        print(
            f"{variant:12} labels name the role {titled}/{judged}  ARI {statistics.mean(scores.values()):.3f}"
            f" worst {scores[worst]:.2f} ({worst})  "
            + " ".join(f"{k[:8]}={v:.2f}" for k, v in scores.items()),
            flush=True,
        )
    nested = {}
    for study in studies:
        bar = max(
            BARS,
            key=lambda b: statistics.mean(v for k, v in ari[f"learned@{b}"].items() if k != study.id),
        )
        nested[study.id] = (bar, ari[f"learned@{bar}"][study.id])
    worst = min(nested, key=lambda k: nested[k][1])
    print(
        f"nested       ARI {statistics.mean(v for _b, v in nested.values()):.3f} worst {nested[worst][1]:.2f} ({worst})"
        f"  bars chosen: {dict(Counter(b for b, _v in nested.values()))}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
