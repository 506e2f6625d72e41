#!/usr/bin/env python3
"""Does persona drafting keep what a perfect drafter writes? The drafting oracle, through the real checks.

For each study: the scripted oracle model extracts every interview through the real direct pipeline
(the gold findings, verified), then, for each designed persona, an oracle drafter writes what the
study's designers wrote about it: the label from its typical job titles, one attribute per line of
its description (key pains, goals, triggers, channels, decision role, disqualifiers), each citing
every member finding of the categories that field allows. The product's own checks then decide
(``assistant/personas/drafting.py``): a citation stays when its category fits the field and its
finding says what the statement says (multilingual similarity), an attribute stays when one citation
does, and the label stays when its words are the members' own. Reported: attributes kept, citations
kept, labels kept, per study and in total.

Then, with the study's human-judged themes (``eval/themes``): for each designed persona and each
theme some member of it has a finding in, the drafter writes the theme's label as the statement
(a paraphrase of the point, as a model would write) and cites every member finding of the field's
categories. Reported: of the citations the check keeps, how many are findings of that theme (does a
kept quote say what the statement says?), and how many of the theme's member findings it keeps.

Usage: .venv/bin/python eval/persona_oracle.py [STUDY_DIR...] [--json out.json] [--pairs pairs.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

from harness.engines import Engines  # noqa: E402
from harness.study import Study, corpus_studies, load_study  # noqa: E402
from harness.workspaces import import_studies  # noqa: E402

from assistant.core.models import Finding  # noqa: E402
from assistant.personas.drafting import (  # noqa: E402
    DraftAttribute,
    PersonaDraft,
    attributes_from_draft,
    draft_messages,
    label_is_grounded,
)
from assistant.personas.evidence import CATEGORY_FIELD, Item  # noqa: E402

FIELDS = {
    "key_pains": "pains",
    "goals": "goals",
    "key_triggers": "triggers",
    "channels": "channels",
    "decision_role": "decision_role",
    "disqualifiers": "disqualifiers",
}


def oracle_findings(study: Study, engines: Engines) -> tuple[dict[str, list[Finding]], dict[str, str]]:
    """Interview id -> the oracle's verified findings (as `eval/run.py --engine oracle` extracts
    them), and interview id -> file name."""
    sw = import_studies(f"persona-oracle-{study.id}", [study], index=False)
    results = engines.extract(study, sw)
    names = {i: key.split("/", 1)[1] for i, key in sw.file_of.items()}
    return {i: result.shown_findings() for i, result in results.items()}, names


def draft_of(persona: dict[str, Any], short_ids: dict[str, Item]) -> PersonaDraft:
    """What the designers wrote about ``persona``, as a draft citing every finding a field allows."""
    from assistant.personas.drafting import FIELD_CATEGORIES

    attributes = []
    for key, field in FIELDS.items():
        value = persona.get(key) or []
        lines = [value] if isinstance(value, str) else list(value)
        allowed = FIELD_CATEGORIES[field]
        ids = [short for short, item in short_ids.items() if item.finding.category in allowed]
        attributes += [DraftAttribute(field=field, statement=line, finding_ids=ids) for line in lines if line]
    titles = persona.get("typical_titles") or [persona.get("name", "")]
    return PersonaDraft(label=titles[0], summary=persona.get("description", ""), attributes=attributes)


def run_study(study: Study, engines: Engines) -> dict[str, Any]:
    findings, names = oracle_findings(study, engines)
    by_file = {name: interview_id for interview_id, name in names.items()}
    assignment = study.assignment()
    row = {"study": study.id, "attributes": 0, "attributes_kept": 0, "citations": 0, "citations_kept": 0}
    row.update(labels=0, labels_kept=0, personas=0)
    study_items = [Item(f"{i}#{n}", f) for i in findings for n, f in enumerate(findings[i], start=1)]
    for persona in study.personas.get("personas", []):
        members = [by_file[f] for f, p in assignment.items() if p == persona["id"] and f in by_file]
        items = [Item(f"{m}#{n}", f) for m in members for n, f in enumerate(findings[m], start=1)]
        if not items:
            continue
        row["personas"] += 1
        _messages, short_ids = draft_messages(items, negative=bool(persona.get("negative")), hint_label="")
        draft = draft_of(persona, short_ids)
        kept, _dropped = attributes_from_draft(
            draft, short_ids, engines.embedder, len(members), background=study_items
        )
        row["attributes"] += len(draft.attributes)
        row["attributes_kept"] += len(kept)
        row["citations"] += sum(
            1 for a in draft.attributes for i in a.finding_ids if i in short_ids
        )  # every allowed finding
        row["citations_kept"] += sum(len(a.citations) for a in kept)
        row["labels"] += 1
        row["labels_kept"] += label_is_grounded(draft.label, items)
        if study.themes:
            _theme_check(study, persona, items, names, engines, study_items, len(members), row)
    print(json.dumps(row), file=sys.stderr, flush=True)
    return row


PAIRS: list[dict[str, Any]] | None = None
"""With --pairs: every (theme statement, cited finding) with its similarity, for choosing the bar."""


def _record_pairs(
    study_id: str,
    persona_id: str,
    statement: str,
    field: str,
    ids: list[str],
    short_ids: dict[str, Item],
    truth: set[str],
    engines: Engines,
    study_items: list[Item],
) -> None:
    from assistant.personas.drafting import _background

    vectors = engines.embedder.embed_documents([statement] + [short_ids[i].finding.statement for i in ids])
    background = _background(field, study_items, engines.embedder)
    mean, std = float("-inf"), 1.0  # too few findings to compare with: the floor alone decides
    if background is not None:
        sims = background @ vectors[0]
        mean, std = float(sims.mean()), float(sims.std())
    for short, similarity in zip(ids, vectors[1:] @ vectors[0], strict=True):
        assert PAIRS is not None
        PAIRS.append(
            {
                "study": study_id,
                "persona": persona_id,
                "statement": statement,
                "member": short_ids[short].finding.interview_id,
                "similarity": float(similarity),
                "z": (float(similarity) - mean) / max(std, 1e-9),
                "true": short in truth,
            }
        )


Z_GRID = [round(0.5 + 0.1 * i, 1) for i in range(21)]


def _kept(pairs: list[dict[str, Any]], z: float) -> list[dict[str, Any]]:
    """The citations the product keeps at bar ``z``: over the floor and z, the closest of each member."""
    from assistant.personas.drafting import MODEL_SUPPORT_FLOOR

    best: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for pair in pairs:
        if pair["similarity"] >= MODEL_SUPPORT_FLOOR and pair["z"] >= z:
            key = (pair["study"], pair["persona"], pair["statement"], pair["member"])
            if key not in best or pair["similarity"] > best[key]["similarity"]:
                best[key] = pair
    return list(best.values())


def _counts(pairs: list[dict[str, Any]], z: float) -> tuple[int, int, int]:
    kept = _kept(pairs, z)
    return sum(p["true"] for p in kept), len(kept), sum(p["true"] for p in pairs)


def _f_half(counts: tuple[int, int, int]) -> float:
    tp, kept, true = counts
    precision, recall = tp / max(kept, 1), tp / max(true, 1)
    return 1.25 * precision * recall / max(0.25 * precision + recall, 1e-9)


def choose_support_z(pairs: list[dict[str, Any]]) -> None:
    """The bar on z for each study held out (best F0.5 on the others), and what it keeps there, over
    citations of points 2+ members share; then the bar on every study (the shipped one)."""
    members: dict[tuple[str, str, str], set[str]] = {}
    for pair in pairs:
        if pair["true"]:
            members.setdefault((pair["study"], pair["persona"], pair["statement"]), set()).add(pair["member"])
    print()
    print(
        "| held-out study | bar (z) | kept citations of shared points that are the point | of the point's findings kept |"
    )
    print("|---|---|---|---|")
    total = [0, 0, 0]
    for held in sorted({p["study"] for p in pairs}):
        z = max(Z_GRID, key=lambda v: (_f_half(_counts([p for p in pairs if p["study"] != held], v)), v))
        shared = [
            p
            for p in pairs
            if p["study"] == held and len(members.get((p["study"], p["persona"], p["statement"]), ())) >= 2
        ]
        tp, kept, true = _counts(shared, z)
        total = [total[0] + tp, total[1] + kept, total[2] + true]
        print(
            f"| {held} | {z} | {tp} of {kept} ({tp / max(kept, 1):.2f}) | {tp} of {true} ({tp / max(true, 1):.2f}) |"
        )
    print(
        f"| **total** | | {total[0]} of {total[1]} ({total[0] / max(total[1], 1):.2f}) |"
        f" {total[0]} of {total[2]} ({total[0] / max(total[2], 1):.2f}) |"
    )
    z = max(Z_GRID, key=lambda v: (_f_half(_counts(pairs, v)), v))
    print(f"bar on every study: z = {z}")


def _theme_check(
    study: Study,
    persona: dict[str, Any],
    items: list[Item],
    names: dict[str, str],
    engines: Engines,
    study_items: list[Item],
    member_count: int,
    row: dict[str, Any],
) -> None:
    """Each theme's label as a drafted statement citing every member finding of its field's categories."""
    from assistant.personas.drafting import FIELD_CATEGORIES

    item_themes = {
        item.id: study.themes_of(names[item.finding.interview_id], item.finding.category, item.finding.quote)
        for item in items
    }
    _messages, short_ids = draft_messages(items, negative=bool(persona.get("negative")), hint_label="")
    short_of = {item.id: short for short, item in short_ids.items()}
    present = sorted({t for themes in item_themes.values() for t in themes})
    for theme in present:
        info = study.themes[theme]  # type: ignore[index]
        field = CATEGORY_FIELD[info["category"]]
        allowed = FIELD_CATEGORIES[field]
        ids = [short for short, item in short_ids.items() if item.finding.category in allowed]
        truth = {short_of[i] for i, themes in item_themes.items() if theme in themes}
        members = {short_ids[s].finding.interview_id for s in truth}
        draft = PersonaDraft(
            label="",
            summary="",
            attributes=[DraftAttribute(field=field, statement=info["label"], finding_ids=ids)],
        )
        kept, _dropped = attributes_from_draft(
            draft, short_ids, engines.embedder, member_count, background=study_items
        )
        kept_ids = {short_of[i] for a in kept for i in a.finding_ids if i in short_of}
        if PAIRS is not None:
            _record_pairs(
                study.id, persona["id"], info["label"], field, ids, short_ids, truth, engines, study_items
            )
        shared = len(members) >= 2
        for prefix in ("theme", "shared_theme") if shared else ("theme",):
            row[f"{prefix}_statements"] = row.get(f"{prefix}_statements", 0) + 1
            row[f"{prefix}_true"] = row.get(f"{prefix}_true", 0) + len(truth)
            row[f"{prefix}_kept"] = row.get(f"{prefix}_kept", 0) + len(kept_ids)
            row[f"{prefix}_kept_true"] = row.get(f"{prefix}_kept_true", 0) + len(kept_ids & truth)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("studies", nargs="*", type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--pairs", type=Path, help="write every theme statement's cited findings with their similarity"
    )
    args = parser.parse_args(argv)
    global PAIRS
    if args.pairs:
        PAIRS = []
    engines = Engines("oracle", loso=False, log=lambda _message: None)
    rows = [run_study(load_study(p), engines) for p in (args.studies or corpus_studies())]
    keys = sorted({k for r in rows for k in r if k != "study"})
    total = {k: sum(r.get(k, 0) for r in rows) for k in keys}
    print("| study | attributes kept | citations kept (of every allowed finding) | labels kept |")
    print("|---|---|---|---|")
    for r in [*rows, {"study": "**total**", **total}]:
        print(
            f"| {r['study']} | {r['attributes_kept']} of {r['attributes']} | {r['citations_kept']} of "
            f"{r['citations']} | {r['labels_kept']} of {r['labels']} |"
        )
    if "theme_kept" in total:
        print()
        print(
            "| study | theme statements | kept citations of the theme (precision) | theme findings kept (recall) | same, themes of 2+ members |"
        )
        print("|---|---|---|---|---|")
        for r in [*rows, {"study": "**total**", **total}]:
            if "theme_kept" not in r:
                continue
            print(
                f"| {r['study']} | {r['theme_statements']} | {r['theme_kept_true']} of {r['theme_kept']}"
                f" ({r['theme_kept_true'] / max(r['theme_kept'], 1):.2f}) | {r['theme_kept_true']} of {r['theme_true']}"
                f" ({r['theme_kept_true'] / max(r['theme_true'], 1):.2f}) | {r.get('shared_theme_kept_true', 0)} of"
                f" {r.get('shared_theme_kept', 0)} ({r.get('shared_theme_kept_true', 0) / max(r.get('shared_theme_kept', 0), 1):.2f})"
                f" / recall {r.get('shared_theme_kept_true', 0) / max(r.get('shared_theme_true', 0), 1):.2f} |"
            )
    if args.pairs and PAIRS is not None:
        args.pairs.write_text(json.dumps(PAIRS), encoding="utf-8")
        choose_support_z(PAIRS)
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "total": total}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
