"""Import every file of the real data and the evaluation corpus: format, interviews, utterances, roles, time.

For each file: ``import_paths`` of a folder holding only that file (so it is treated as in a folder
import: documentation and non-transcripts are skipped, not errors) into one workspace per dataset,
index off, so the time is reading, parsing, role assignment, the interview check and the atomic save. Where a corpus manifest
names the participant's label, the assigned participant is compared with it (role agreement).

    .venv/bin/python bench/bench_import.py --markdown docs/import-table.md --json bench/results/bench_import.json

Defaults: --data ../shared/data/real, --corpus eval/corpus, --dev ../shared/data/dev (manifests there too).
``--table-rows N`` also times a generated CSV of N interviews (one per row, 8 turns each): the first
import and the idempotent re-import.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.core.workspace import Workspace  # noqa: E402
from assistant.ingest.importing import collect_files, folder_skip_reason, import_paths  # noqa: E402


@dataclass
class Row:
    dataset: str
    file: str
    status: str
    format: str
    interviews: int
    utterances: int
    participant: str
    confidence: float | None
    review: bool
    expected: str | None
    agrees: bool | None
    ms: float
    note: str


def _manifest(folder: Path) -> dict[str, str]:
    path = folder / "manifest.json"
    if not path.is_file():
        return {}
    files = json.loads(path.read_text(encoding="utf-8")).get("files", {})
    return {name: entry["participant"]["label"] for name, entry in files.items() if entry.get("participant")}


def bench_folder(folder: Path, dataset: str, scratch: Path) -> list[Row]:
    workspace = Workspace.init(scratch / dataset.replace("/", "_"))
    expected = _manifest(folder)
    rows: list[Row] = []
    for path, _ in collect_files([folder]):
        if path.parent != folder:
            continue
        reason = folder_skip_reason(path)  # judged in its own folder (an .extracted.txt beside its PDF)
        if reason:
            rows.append(
                Row(dataset, path.name, "skipped", "-", 0, 0, "", None, False, None, None, 0.0, reason[:90])
            )
            continue
        alone = scratch / "one-file" / dataset.replace("/", "_")
        shutil.rmtree(alone, ignore_errors=True)
        alone.mkdir(parents=True)
        shutil.copy2(path, alone / path.name)
        started = time.perf_counter()
        report = import_paths(workspace, [alone], index=False)
        elapsed = (time.perf_counter() - started) * 1000
        results = report.results
        imported = [r for r in results if r.status in ("imported", "unchanged")]
        transcripts = [workspace.load_transcript(r.interview_id) for r in imported if r.interview_id]
        status = results[0].status if len({r.status for r in results}) == 1 else "mixed"
        participants = sorted({t.interview.participant or "-" for t in transcripts})
        confidences = [
            t.interview.role_confidence for t in transcripts if t.interview.role_confidence is not None
        ]
        wanted = expected.get(path.name)
        agrees = None
        if wanted is not None:
            agrees = len(transcripts) == 1 and transcripts[0].interview.participant == wanted
        note = ""
        if status in ("skipped", "failed"):
            message = results[0].message
            note = message.split(f"{path.name}: ", 1)[-1][:90]  # failures start with the file's path
        elif any(t.interview.roles_need_review for t in transcripts):
            note = "; ".join(transcripts[0].interview.role_warnings)[:90] or "low confidence"
        rows.append(
            Row(
                dataset=dataset,
                file=path.name,
                status=status,
                format=", ".join(sorted({r.format or "-" for r in results if r.format})) or "-",
                interviews=len(transcripts),
                utterances=sum(len(t.utterances) for t in transcripts),
                participant=", ".join(participants[:2]) + (" …" if len(participants) > 2 else ""),
                confidence=round(min(confidences), 2) if confidences else None,
                review=any(t.interview.roles_need_review for t in transcripts),
                expected=wanted,
                agrees=agrees,
                ms=round(elapsed, 1),
                note=note,
            )
        )
    return rows


def markdown(rows: list[Row]) -> str:
    lines = [
        "| dataset | file | result | format | interviews | utterances | participant | conf. | check | manifest | ms |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        agreement = "-" if row.agrees is None else ("yes" if row.agrees else f"**no** ({row.expected})")
        result = row.status if not row.note else f"{row.status}: {row.note}"
        confidence = "-" if row.confidence is None else f"{row.confidence:.2f}"
        lines.append(
            f"| {row.dataset} | {row.file} | {result.replace('|', '/')} | {row.format} | {row.interviews} | "
            f"{row.utterances} | {row.participant.replace('|', '/')} | {confidence} | "
            f"{'flagged' if row.review else ''} | {agreement} | {row.ms:.0f} |"
        )
    return "\n".join(lines) + "\n"


def summary(rows: list[Row]) -> dict[str, object]:
    judged = [r for r in rows if r.agrees is not None]
    return {
        "files": len(rows),
        "imported": sum(r.status == "imported" for r in rows),
        "skipped": sum(r.status == "skipped" for r in rows),
        "failed": sum(r.status == "failed" for r in rows),
        "interviews": sum(r.interviews for r in rows),
        "utterances": sum(r.utterances for r in rows),
        "role_agreement": f"{sum(bool(r.agrees) for r in judged)}/{len(judged)}",
        "flagged_for_review": sum(r.review for r in rows),
        "flagged_with_manifest": sum(r.review for r in judged),
        "seconds": round(sum(r.ms for r in rows) / 1000, 1),
    }


def bench_table(rows: int, scratch: Path) -> dict[str, object]:
    """Import a generated table of ``rows`` interviews, then import it again (all unchanged)."""
    import csv

    path = scratch / "generated-table.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "transcript", "segment"])
        for number in range(rows):
            turns = []
            for turn in range(4):
                turns.append(f"Interviewer: Question {turn} for person {number}, what happened next?")
                turns.append(f"Participant: Answer {turn} from person {number}, with a few more words in it.")
            writer.writerow([f"p{number:05d}", "\n".join(turns), ("a", "b", "c")[number % 3]])
    workspace = Workspace.init(scratch / "table-workspace")
    started = time.perf_counter()
    first = import_paths(workspace, [path], index=False)
    first_s = time.perf_counter() - started
    started = time.perf_counter()
    again = import_paths(workspace, [path], index=False)
    again_s = time.perf_counter() - started
    return {
        "rows": rows,
        "imported": len(first.imported),
        "first_import_s": round(first_s, 1),
        "reimport_unchanged": len(again.unchanged),
        "reimport_s": round(again_s, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "real")
    parser.add_argument("--corpus", type=Path, default=REPO / "eval" / "corpus")
    parser.add_argument("--dev", type=Path, default=REPO.parent / "shared" / "data" / "dev")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--markdown", type=Path, default=None)
    parser.add_argument("--table-rows", type=int, default=0)
    args = parser.parse_args()
    folders: list[tuple[Path, str]] = []
    for root, label in ((args.data, "real"), (args.corpus, "corpus")):
        if root.is_dir():
            folders += [
                (folder, f"{label}/{folder.name}")
                for folder in sorted(p for p in root.iterdir() if p.is_dir())
            ]
    if args.dev.is_dir():
        folders.append((args.dev, "dev"))
    rows: list[Row] = []
    table: dict[str, object] | None = None
    with tempfile.TemporaryDirectory() as scratch:
        for folder, dataset in folders:
            rows.extend(bench_folder(folder, dataset, Path(scratch)))
        if args.table_rows:
            table = bench_table(args.table_rows, Path(scratch))
    totals = summary(rows)
    if table is not None:
        totals["generated_table"] = table
    print(json.dumps(totals, indent=2))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps({"summary": totals, "rows": [asdict(r) for r in rows]}, indent=1) + "\n"
        )
    if args.markdown:
        args.markdown.write_text(markdown(rows), encoding="utf-8")


if __name__ == "__main__":
    main()
