"""Generate a large AI-moderated study (hundreds or thousands of interviews) from the evaluation corpus.

Each generated interview follows one corpus interview's questions verbatim (an AI moderator asks the
same scripted guide every time, so questions repeat across a real study) and rewrites every
participant answer so its text is new: each sentence is spliced, at a word near its middle, with a
sentence from another answer of the same study (same language, same domain), and every number is
redrawn. Texts therefore differ sentence by sentence and the embedding cache cannot make a benchmark
free; the language stays that of the study, with a natural length distribution.

``--mode recombined`` only recombines whole turns of different interviews (answers verbatim), so
most spans repeat and the embedding cache answers them: a cheap way to build a large workspace
whose cost is not the point (for example the 1,000 interviews that 10 new ones are added to).

The files are plain ``Interviewer:`` / ``Participant:`` text, written under ``bench/.work/`` (a
``.gitignore`` there keeps them out of git). Usage::

    .venv/bin/python bench/make_study.py --interviews 100 --out bench/.work/study-100
    .venv/bin/python bench/make_study.py --interviews 10 --offset 1000 --out bench/.work/add-10
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from assistant.core.sentences import split_sentences  # noqa: E402
from assistant.core.workspace import Workspace  # noqa: E402
from assistant.ingest.importing import import_paths  # noqa: E402

CORPUS = REPO / "eval" / "corpus"
WORK = REPO / "bench" / ".work"
_NUMBER = re.compile(r"\d+")


@dataclass
class CorpusStudy:
    """One corpus study as turns: each interview a list of (role, text)."""

    name: str
    interviews: list[list[tuple[str, str]]] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    """Every participant sentence of the study: the donors for splicing."""


def load_corpus(corpus: Path = CORPUS) -> list[CorpusStudy]:
    """Import every corpus study (no index) and keep its interviewer and participant turns."""
    studies: list[CorpusStudy] = []
    with tempfile.TemporaryDirectory(prefix="personas-make-study-") as scratch:
        workspace = Workspace.init(Path(scratch) / "corpus")
        for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
            import_paths(workspace, [folder], index=False, study=folder.name)
        by_study: dict[str, CorpusStudy] = {}
        for transcript in workspace.transcripts():
            name = transcript.interview.study or "study"
            study = by_study.setdefault(name, CorpusStudy(name))
            turns = [
                (u.role, u.text) for u in transcript.utterances if u.role in ("interviewer", "participant")
            ]
            study.interviews.append(turns)
            study.sentences.extend(
                piece.text
                for role, text in turns
                if role == "participant"
                for piece in split_sentences(text)
                if len(piece.text.split()) >= 4
            )
        studies = [by_study[name] for name in sorted(by_study)]
    return studies


def _redraw_numbers(text: str, rng: random.Random) -> str:
    """Every number replaced by another of the same number of digits (no leading zero added)."""

    def redraw(match: re.Match[str]) -> str:
        digits = len(match.group())
        if digits == 1:
            return str(rng.randint(1, 9))
        return str(rng.randint(10 ** (digits - 1), 10**digits - 1))

    return _NUMBER.sub(redraw, text)


def splice(sentence: str, donor: str, rng: random.Random) -> str:
    """The first part of ``sentence`` joined to the last part of ``donor``, each cut near its middle."""
    own, other = sentence.split(), donor.split()
    if len(own) < 4 or len(other) < 4:
        return sentence
    cut_own = max(2, min(len(own) - 1, round(len(own) * rng.uniform(0.35, 0.65))))
    cut_other = max(1, min(len(other) - 2, round(len(other) * rng.uniform(0.35, 0.65))))
    return " ".join(own[:cut_own] + other[cut_other:])


def rewrite_answer(text: str, study: CorpusStudy, rng: random.Random) -> str:
    """A new answer with the shape of ``text``: every sentence spliced with a donor, numbers redrawn."""
    pieces = []
    for piece in split_sentences(text):
        donor = rng.choice(study.sentences) if study.sentences else piece.text
        pieces.append(splice(piece.text, donor, rng))
    return _redraw_numbers(" ".join(pieces) if pieces else text, rng)


def make_interview(studies: list[CorpusStudy], number: int, seed: int, mode: str) -> tuple[str, str, int]:
    """(study name, file text, words) of generated interview ``number``."""
    rng = random.Random(seed * 1_000_003 + number)
    study = studies[number % len(studies)]
    skeleton = rng.choice(study.interviews)
    lines: list[str] = []
    words = 0
    answer_turns = [i for i, interview in enumerate(study.interviews) if interview]
    for position, (role, text) in enumerate(skeleton):
        if role == "interviewer":
            said = text
            label = "Interviewer"
        elif mode == "recombined":
            other = study.interviews[rng.choice(answer_turns)]
            answers = [t for r, t in other if r == "participant"]
            index = min(len(answers) - 1, position // 2) if answers else 0
            said = answers[index] if answers else text
            label = "Participant"
        else:
            said = rewrite_answer(text, study, rng)
            label = "Participant"
        said = " ".join(said.split())
        lines.append(f"{label}: {said}")
        words += len(said.split())
    return study.name, "\n".join(lines) + "\n", words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a large study from the evaluation corpus.")
    parser.add_argument("--interviews", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True, help="Folder to write (under bench/.work/).")
    parser.add_argument("--offset", type=int, default=0, help="Number of the first interview (0-based).")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--mode", choices=("spliced", "recombined"), default="spliced")
    args = parser.parse_args(argv)
    studies = load_corpus()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / ".gitignore").write_text("*\n", encoding="utf-8")
    total_words = 0
    sentences: set[str] = set()
    sentence_count = 0
    for number in range(args.offset, args.offset + args.interviews):
        study, text, words = make_interview(studies, number, args.seed, args.mode)
        (out / f"{study}-{number + 1:05d}.txt").write_text(text, encoding="utf-8")
        total_words += words
        for line in text.splitlines():
            if line.startswith("Participant: "):
                for piece in split_sentences(line[len("Participant: ") :]):
                    sentences.add(piece.text)
                    sentence_count += 1
    summary = {
        "interviews": args.interviews,
        "offset": args.offset,
        "seed": args.seed,
        "mode": args.mode,
        "words": total_words,
        "participant_sentences": sentence_count,
        "distinct_participant_sentences": len(sentences),
    }
    out.with_name(out.name + ".json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
