#!/usr/bin/env python3
"""Does a persona's "Who they are" quote each member's introduction?

For every member of every persona (the latest persona set of each study's workspace) with a job title
read for them (`Persona.member_titles`), whether the quote "Who they are" cites for them states that
title: as chosen by `personas.evidence.who_items` with the titles (the product since 2026-12-05,
thirty-first session) and without them (each member's earliest situation finding, before).

Run after `eval/run.py --sections extraction,personas` (it reads the workspaces that run left in
eval/.work/<study>). Usage: .venv/bin/python eval/who_probe.py [--blind]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

from harness import measures  # noqa: E402
from harness.study import blind_studies, corpus_studies, load_study  # noqa: E402
from harness.workspaces import WORK_DIR  # noqa: E402

from assistant.core.workspace import Workspace  # noqa: E402
from assistant.personas import evidence, synthesis  # noqa: E402
from assistant.personas.profiles import build_profiles, load_findings_by_interview  # noqa: E402
from assistant.personas.versions import latest_persona_set  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--blind", action="store_true", help="the studies of eval/blind instead of the corpus"
    )
    args = parser.parse_args(argv)
    total = before = after = 0
    role = Counter()
    for folder in blind_studies() if args.blind else corpus_studies():
        study = load_study(folder)
        gold = {Path(name).stem: persona for name, persona in study.assignment().items()}
        designed = {p["id"]: p for p in study.personas.get("personas", [])}
        root = WORK_DIR / folder.name
        if not (root / "personas").is_dir():
            print(f"{folder.name}: no personas in {root} (run eval/run.py first)", file=sys.stderr)
            continue
        workspace = Workspace(root)
        persona_set = latest_persona_set(workspace)
        if persona_set is None:
            continue
        profiles = {
            p.interview_id: p for p in build_profiles(workspace, load_findings_by_interview(workspace))
        }
        for persona in persona_set.personas:
            members = [profiles[m] for m in persona.members if m in profiles]
            items = [i for i in synthesis._items(members) if i.finding.category == "situation"]
            positions = synthesis._positions(workspace, members)
            earliest = {i.finding.interview_id: i for i in evidence.who_items(items, positions)[0]}
            chosen = {
                i.finding.interview_id: i
                for i in evidence.who_items(items, positions, persona.member_titles)[0]
            }
            for member, title in persona.member_titles.items():
                if member not in earliest:
                    continue
                total += 1
                before += evidence._states_title(title, earliest[member].finding.quote)
                after += evidence._states_title(title, chosen[member].finding.quote)
            for member in earliest:
                target = designed.get(gold.get(member, ""))
                if target is None:
                    continue
                words = measures._title_tokens(" ".join(target.get("typical_titles", [])))
                guessed = member in persona.guessed_titles or member not in persona.member_titles
                kind = "guessed or none" if guessed else "said"
                role[kind, "n"] += 1
                role[kind, "before"] += bool(measures._title_tokens(earliest[member].finding.quote) & words)
                role[kind, "after"] += bool(measures._title_tokens(chosen[member].finding.quote) & words)
    print(
        f"members with a title whose 'who they are' quote states it: {after} of {total} "
        f"(earliest situation finding instead: {before})"
    )
    for kind in ("said", "guessed or none"):
        print(
            f"members whose 'who they are' quote shares a word with their designed role's typical titles "
            f"(title {kind}): {role[kind, 'after']} of {role[kind, 'n']} "
            f"(earliest situation finding instead: {role[kind, 'before']})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
