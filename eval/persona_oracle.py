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

Usage: .venv/bin/python eval/persona_oracle.py [STUDY_DIR...] [--json out.json]
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
from assistant.personas.evidence import Item  # noqa: E402

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
    print(json.dumps(row), file=sys.stderr, flush=True)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("studies", nargs="*", type=Path)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    engines = Engines("oracle", loso=False, log=lambda _message: None)
    rows = [run_study(load_study(p), engines) for p in (args.studies or corpus_studies())]
    total = {k: sum(r[k] for r in rows) for k in rows[0] if k != "study"}
    print("| study | attributes kept | citations kept (of every allowed finding) | labels kept |")
    print("|---|---|---|---|")
    for r in [*rows, {"study": "**total**", **total}]:
        print(
            f"| {r['study']} | {r['attributes_kept']} of {r['attributes']} | {r['citations_kept']} of "
            f"{r['citations']} | {r['labels_kept']} of {r['labels']} |"
        )
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "total": total}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
