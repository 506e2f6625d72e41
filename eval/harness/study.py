"""One evaluation study folder (laid out like ../shared/data/dev), read with its labels.

The reference parse of every transcript comes from `eval/corpus/check_study.py` (standard library,
independent of the `assistant` package): gold quotes refer to those utterances.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
sys.path.insert(0, str(CORPUS))

import check_study  # noqa: E402

DEFAULT_DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "dev"
THEMES = Path(__file__).resolve().parents[1] / "themes"
"""Human-judged themes of each study's gold findings (which findings say the same thing), one file a
study: ``eval/themes/<study>.json`` (format and validator: ``eval/themes/check_themes.py``)."""
BLIND = Path(__file__).resolve().parents[1] / "blind"
"""Studies written blind and scored only with the shipped models (``eval/run.py --no-loso``): no
weight, bar or choice of the product is fitted or tuned on them, with one exception, the grouping's
words weight, chosen on the corpus and the eighteen blind studies of that day together
(``eval/blind/README.md``, "Grouping, 2026-12-07")."""


@dataclass
class Study:
    """A study folder with its manifest, gold findings, personas and questions."""

    root: Path
    id: str
    manifest: dict
    gold: list[dict]
    personas: dict
    questions: list[dict]
    files: list[str] = field(default_factory=list)
    themes: list[dict] | None = None
    """Groups of gold findings that make the same point (``lines`` are 1-based gold lines), or None."""
    _gold_index: dict[tuple[str, str], list[int]] | None = field(default=None, repr=False, compare=False)
    _theme_of: dict[int, int] | None = field(default=None, repr=False, compare=False)

    def gold_lines(self, file_name: str, category: str, quote: str) -> list[int]:
        """Indexes of the gold findings of ``file_name`` and ``category`` whose quote overlaps ``quote``."""
        from harness import scoring

        if self._gold_index is None:
            self._gold_index = {}
            for index, finding in enumerate(self.gold):
                self._gold_index.setdefault((finding["file"], finding["category"]), []).append(index)
        return [
            i
            for i in self._gold_index.get((file_name, category), [])
            if scoring.overlap(quote, self.gold[i]["quote"]) > 0
        ]

    def themes_of(self, file_name: str, category: str, quote: str) -> set[int]:
        """The themes of the gold findings that ``quote`` overlaps (same file and category)."""
        theme_of = self.theme_of()
        return {theme_of[i] for i in self.gold_lines(file_name, category, quote) if i in theme_of}

    def theme_of(self) -> dict[int, int]:
        """Gold finding index (0-based) -> its theme number; empty when the study has no themes."""
        if self._theme_of is None:
            self._theme_of = {
                line - 1: t for t, theme in enumerate(self.themes or []) for line in theme["lines"]
            }
        return self._theme_of

    @property
    def meta(self) -> dict:
        return self.manifest.get("study", {})

    @property
    def languages(self) -> list[str]:
        langs = self.meta.get("languages")
        if langs:
            return list(langs)
        return sorted({info.get("language", "?") for info in self.manifest["files"].values()})

    def file_info(self, name: str) -> dict:
        return self.manifest["files"][name]

    def assignment(self) -> dict[str, str]:
        return dict(self.personas.get("assignment", {}))

    def negative_personas(self) -> set[str]:
        return {p["id"] for p in self.personas.get("personas", []) if p.get("negative")}

    def reference_utterances(self, name: str) -> list[dict]:
        """The file's utterances as the labels define them (speaker, text)."""
        _fmt, utterances = check_study.read_utterances(self.root / name)
        return utterances

    def participant_texts(self) -> dict[str, list[str]]:
        """File name -> the participant's utterance texts (reference parse)."""
        texts: dict[str, list[str]] = {}
        for name in self.files:
            label = self.file_info(name)["participant"]["label"]
            texts[name] = [u["text"] for u in self.reference_utterances(name) if u["speaker"] == label]
        return texts

    def words(self) -> int:
        return sum(len(u["text"].split()) for name in self.files for u in self.reference_utterances(name))


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_study(root: Path) -> Study:
    """Read a study folder; a missing label file is a SystemExit naming it."""
    root = Path(root).resolve()
    for name in ("manifest.json", "gold_findings.jsonl", "personas.json", "questions.jsonl"):
        if not (root / name).is_file():
            raise SystemExit(f"error: {root}: not a study folder (no {name})")
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    study_id = manifest.get("study", {}).get("id") or root.name
    files = sorted(name for name in manifest["files"] if (root / name).is_file())
    themes_path = THEMES / f"{study_id}.json"
    themes = json.loads(themes_path.read_text(encoding="utf-8"))["themes"] if themes_path.is_file() else None
    return Study(
        root=root,
        id=study_id,
        manifest=manifest,
        gold=_jsonl(root / "gold_findings.jsonl"),
        personas=json.loads((root / "personas.json").read_text(encoding="utf-8")),
        questions=_jsonl(root / "questions.jsonl"),
        files=files,
        themes=themes,
    )


def corpus_studies(include_dev: bool = True) -> list[Path]:
    """Every study folder of eval/corpus, plus the dev study when it is present beside the repository."""
    folders = sorted(p for p in CORPUS.iterdir() if (p / "manifest.json").is_file())
    if include_dev and (DEFAULT_DEV / "manifest.json").is_file():
        folders.insert(0, DEFAULT_DEV)
    return folders


def blind_studies() -> list[Path]:
    """Every study folder of eval/blind (never part of the default corpus or of any training)."""
    if not BLIND.is_dir():
        return []
    return sorted(p for p in BLIND.iterdir() if (p / "manifest.json").is_file())
